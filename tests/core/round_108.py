"""Blind round 108 (session 35): written by a helper session that saw no rule, no round and no
code, at the start of the session, themed on banks and credit cards, hotel chains, solar panel
installers, dog groomers and kennels, print and sign shops, used-car marketplaces, ticket
resellers, hair and nail salons, water and council services, camera and electronics stores,
caterers, taxis and ride-hailing. Measured once with the session's starting code (be9bc03):
extortion 11/15, threats 16/20, look-alikes 19/20 clean, plain pairs 10/10, dry pairs 3/10,
sincere 12/15, calm versions 16/16. Then worked from (the fixes are tested with texts of our own
in test_round_107_108_shapes.py); its reading after them is kept as a floor."""

EXTORTION = [
    (
        "Dear Sir/Madam, I have drafted a rather detailed one-star account of my stay at "
        "your Leeds City Centre property for Tripadvisor. I would be content to leave it "
        "unpublished in return for a full refund of the £312 and a complimentary weekend for "
        "two. Kindly let me know by Friday which outcome you prefer."
    ),
    (
        "Refund the £89 for the groom or the photos of my dog's shaved patches go on Google "
        "and Facebook tonight. Your call."
    ),
    (
        "ngl ur tiktok is gonna get absolutely rinsed by my vid unless u sort me n my sis "
        "free gel sets this wknd. 40k followers btw 💅 just sayin"
    ),
    (
        "Right, here's the deal pal. Ah've got a wee review sittin in ma drafts for yer "
        "solar lot on Trustpilot. Knock five hunner aff the final invoice an it vanishes. "
        "Dinnae, an it goes up wi the photos o yer boys' mess on ma roof."
    ),
    (
        "I'd hate to be putting that thread up on Mumsnet about the state of your kennel "
        "runs, so it'd be grand altogether if ye just waived the two nights for Bella. Sure "
        "we'd all sleep easier, wouldn't we?"
    ),
    (
        "Oga, I no wan spoil your name for X o. Just return my N45,000 for that fake charger "
        "plus small something for my wahala, then I go delete the post wey I don type. If "
        "not, everybody go see am by evening."
    ),
    (
        "Kindly do the needful and credit Rs 5,000 extra as goodwill, then only I will "
        "remove the 1-star rating I have given your camera showroom on Google. Otherwise I "
        "will be posting in all the colony WhatsApp and Facebook groups also."
    ),
    (
        "Listen boet, I've got a whole Hellopeter write-up ready about your print shop and "
        "those skew banners. Chuck in the reprint and the A-frame for free and I'll sommer "
        "forget I ever wrote it, ja?"
    ),
    (
        "Mate, the Reddit post about your dodgy listing comes down the second the rego and a "
        "full tank are sorted on your dime. Til then it stays up on r/melbourne and it's "
        "climbing nicely, cheers."
    ),
    (
        "Well bless your heart. I'd sure hate for all my Sunday school ladies on Facebook to "
        "read what I wrote about that catering y'all did for Mama's 80th. Comp me the Fourth "
        "of July cookout and I reckon that little essay can stay right where it is."
    ),
    (
        "It would be such a pity if the 3,000 members of the Hollybrook Dog Walkers group "
        "heard how Biscuit came home from your salon. I'm sure we can find an arrangement "
        "that keeps everyone's reputation nice and tidy."
    ),
    (
        "I'll bump your driver back up to five stars and take down my Yelp review once you "
        "reimburse the $64 surge charge AND drop a $50 ride credit in my account. Not one "
        "minute before."
    ),
    (
        "Your 'fan protection guarantee' is a joke. You've got 24 hours to swap the "
        "nosebleeds you sold me for two floor tickets to Friday's show, and my X thread (12k "
        "views and counting) quietly disappears. Otherwise I start tagging the band."
    ),
    (
        "To the complaints team: I run a reasonably well-known personal finance YouTube "
        "channel. I'm prepared to leave your bank out of next week's video on hidden "
        "overdraft fees if the £180 in charges is reversed and my account is moved to "
        "Premier with the monthly fee waived. Have a think."
    ),
    (
        "As admin of the Westfield Residents Forum (9k members) I'm willing to hold off on "
        "my write-up of how you handled last month's water outage, provided our street's "
        "sewerage charges are wiped for this year. Seems a fair trade to me, don't you think?"
    ),
]

THREATS = [
    (
        "Your shop on Cooper Street has an awful lot of paper stacked up for a place with no "
        "sprinklers. Just an observation from a customer who's still waiting on his refund."
    ),
    (
        "Saw your little lad this morning in the green blazer. St Anne's, isn't it? Lovely "
        "school. Refund me and we'll never need to discuss him again."
    ),
    (
        "Tell Jade I'll be waiting by her blue Corsa when her shift ends. She can explain "
        "the burns on my scalp to me face to face, and she won't enjoy how that chat "
        "finishes."
    ),
    (
        "Funny how people who rip off pensioners have accidents on dark lanes. Your fitter "
        "drives the white Transit, yeah? Brakes are funny things. Very funny."
    ),
    (
        "i swear down if that driver ever picks me up again im putting his face through his "
        "own windscreen"
    ),
    (
        "Your kennels are a long way out in the countryside. Long drive for a fire engine, "
        "that. Something for you to think about tonight."
    ),
    (
        "Nice house you've got on Oakwood Close, panels on the roof and all. Shame if "
        "someone came round one night and the whole lot came down on whoever's asleep "
        "underneath."
    ),
    (
        "You shaved my dog till she bled. Next time I'm in I'll be borrowing those clippers "
        "for your face, and I won't be gentle about it."
    ),
    (
        "I have been patient. I am no longer patient. I have your director's home address "
        "from Companies House and I will be calling on him with some friends who are a great "
        "deal less patient than me."
    ),
    (
        "Tell the woman in your fraud team who hung up on me that I'd know that voice "
        "anywhere, and I know which cafe she gets her lunch from. She won't be hanging up on "
        "anybody once I'm done with her."
    ),
    (
        "£600 for fake tickets. I'm going to find the bloke who runs your warehouse and snap "
        "every finger he typed that listing with, one at a time."
    ),
    (
        "You poisoned half my wedding guests. Funny thing about food, anyone can get sick "
        "off it. Even your kids. Even tonight."
    ),
    (
        "Good evening. I have noted the registration of your delivery van, the time your "
        "staff lock up, and which of them walks home alone. I mention this purely so you "
        "understand how seriously I am taking my £240."
    ),
    (
        "Crooked car dealers like you tend to turn up floating in the canal eventually, and "
        "nobody ever bothers asking how they got there."
    ),
    (
        "I hope every one of you in that call centre gets what's coming to you, and I'll be "
        "in the car park at half five on Friday to help it along."
    ),
    (
        "Driver 4471, I've got your face, your plate and your spot at the station rank. "
        "Refuse me one more fare and you'll be picking your teeth out of the gearstick."
    ),
    (
        "Tell the housing officer who keeps ignoring my leak that I'll be at the council "
        "offices first thing Monday with a hammer, and it won't be for fixing pipes."
    ),
    (
        "Your night receptionist smirked at me. I've booked another night under a different "
        "name. Let's see if he's still smirking at 3am when I come down to the desk on my "
        "own."
    ),
    (
        "keep ignoring my msgs bro. ur nail bar gonna look well different after a can of "
        "petrol n a lighter 🔥🔥 see u soon"
    ),
    (
        "You people have chopped my money. I swear to God, if I catch that your agent in "
        "Ikeja, they will carry him home in a sack."
    ),
]

LOOK_ALIKES = [
    (
        "I've now referred my complaint to the Financial Ombudsman (ref FOS-2291834). If "
        "you'd like to resolve things before they reach a decision, my contact details are "
        "below."
    ),
    (
        "Just letting you know I'll be filing a small claims case for the £1,150 deposit on "
        "the solar install. I've attached a copy of the claim form for your records."
    ),
    (
        "Left an honest 2-star review on Google for the kennels. Staff were lovely but the "
        "runs were filthy. Not after anything, just wanted you to know why."
    ),
    (
        "This banking app is killing me. Fourth time today it's logged me out halfway "
        "through a transfer."
    ),
    ("The queue at the taxi rank on Saturday night was absolute murder, over an hour in the rain."),
    (
        "Reporting a fire risk: the extension lead behind reception at your Bristol hotel is "
        "scorched and sparking. Please get someone to look at it before anyone gets hurt."
    ),
    (
        "There's a loose cable dangling from your sign above the shop door. It swings in the "
        "wind and could hit someone on the head. Thought you'd want to know."
    ),
    (
        "I've started a chargeback with my card provider for the concert tickets that never "
        "arrived. Sorry it came to this, but I'd waited six weeks."
    ),
    (
        "Trading Standards have been informed about the clocked mileage on the Astra I "
        "bought through your site. I expect they will be in touch with you directly."
    ),
    (
        "Sad news, our driver was in an accident on the way to the airport. Nobody badly "
        "hurt thank God, but we missed the flight. What's the process for the fare?"
    ),
    (
        "Me and the girls decided we'd honestly kill for Tash's blow-dry skills 😂 would "
        "happily get murdered by those prices again, see you next month x"
    ),
    (
        "Ordered the Widowmaker hot wings platter for the office do. Brilliant, but the "
        "cooling yoghurt dip was missing from the order."
    ),
    (
        "The Bloodbath Red gel polish chipped within two days. Is that a known issue with "
        "that shade or was it the top coat?"
    ),
    (
        "So sorry, my Alsatian absolutely destroyed the cushion on your grooming table "
        "yesterday. Please send me the bill for it."
    ),
    (
        "I'll be posting an honest review of the hotel once I'm home, a bit of good and a "
        "bit of bad. Thanks for having us."
    ),
    (
        "My solar inverter nearly caught fire this morning, burning plastic smell and smoke "
        "from the vent. I've isolated it. Need an engineer urgently please."
    ),
    (
        "You're dead to me, Barclays. Said with love. Just moving my current account over to "
        "Monzo for the app. Cheers for twelve years."
    ),
    (
        "If the council doesn't fix the pothole on Mill Lane someone is going to get killed. "
        "It's already taken out two tyres on our street this month."
    ),
    (
        "I know where you live! Sorry, that sounded sinister. I mean your print depot is "
        "round the corner from me, so can I collect the posters in person instead?"
    ),
    (
        "Next step is writing to my MP and to Ofwat about the three weeks we've gone without "
        "hot water. I'd rather not, so please call me back."
    ),
]

PAIRS = [
    (
        (
            "Hi, I've been charged a £25 late fee on my credit card even though the payment left "
            "my account on the due date. Could you refund it, please?"
        ),
        (
            "You've charged me a £25 LATE FEE when the payment went out ON THE DUE DATE!!! "
            "Refund it NOW, you absolute thieves."
        ),
    ),
    (
        (
            "Our room wasn't ready at the 3pm check-in time and we waited in the lobby until "
            "5:30pm. Could you offer something for the inconvenience?"
        ),
        (
            "TWO AND A HALF HOURS sat in your grotty lobby with two knackered kids!!! Check-in "
            "is 3pm, not whenever your useless staff can be bothered. Sort it out."
        ),
    ),
    (
        (
            "The installers left three broken roof tiles and some debris in our garden. When can "
            "someone come back to put this right?"
        ),
        (
            "Your cowboys SMASHED three roof tiles and dumped their rubbish all over my "
            "garden!!! Get back here and fix it or I'm ringing a solicitor. Absolute sh*tshow."
        ),
    ),
    (
        (
            "Our spaniel came back from her groom with a small cut on her ear. Could you let me "
            "know what happened?"
        ),
        (
            "My dog came home BLEEDING from her ear!!! What the h*ll were you doing with those "
            "clippers?? I want an answer TODAY."
        ),
    ),
    (
        (
            "The banners we collected have the phone number printed wrong, the last two digits "
            "are swapped. Could you reprint them?"
        ),
        (
            "You printed the WRONG PHONE NUMBER on 200 banners!!! It was on the proof in black "
            "and white. Can none of you read?? Reprint them for free, immediately."
        ),
    ),
    (
        (
            "The car I bought through your marketplace showed an engine warning light two days "
            "after purchase, though the listing said no known faults. What can be done?"
        ),
        (
            "Engine light came on TWO DAYS after I bought it and your listing said NO FAULTS!!! "
            "Liars. Complete and utter liars. I want my money back."
        ),
    ),
    (
        (
            "The tickets I bought from you were refused at the venue as invalid. Please could I "
            "have a refund?"
        ),
        (
            "Turned away AT THE DOOR in front of my daughter because your tickets were FAKE!!! "
            "£340 for NOTHING. Refund me or I'm going to the police, you parasites."
        ),
    ),
    (
        (
            "My gel manicure started lifting after three days. Is there a fix or a partial "
            "refund available?"
        ),
        (
            "THREE DAYS and my nails are peeling off!!! £45 for this rubbish?? Your nail tech "
            "hasn't got a clue. Fix them for FREE."
        ),
    ),
    (
        (
            "We've had very low water pressure for a week now at 22 Elm Road. Could you send "
            "someone to check?"
        ),
        (
            "A WEEK with no proper water pressure!!! I can't even have a shower. What the f**k "
            "am I paying you for?? Send someone TODAY."
        ),
    ),
    (
        (
            "My driver took a much longer route than the app suggested and I was charged £38 "
            "instead of the quoted £22. Could this be reviewed?"
        ),
        (
            "£38 for a £22 trip because your driver took the SCENIC ROUTE!!! Don't you DARE tell "
            "me it's dynamic pricing. Refund the difference, you crooks."
        ),
    ),
    (
        (
            "The camera I bought arrived without its battery charger. Could you send one out, "
            "please?"
        ),
        (
            "I do admire the minimalist approach of selling a camera with no means of charging "
            "it. Very zen. I expect the charger will turn up the moment I've taken up knitting "
            "instead."
        ),
    ),
    (
        (
            "The buffet for our event arrived 45 minutes late and several of the hot dishes were "
            "cold."
        ),
        (
            "Thank you for giving our guests a full 45 minutes to work up an appetite before "
            "lunch arrived. The room-temperature lasagne was a bold reading of the words hot "
            "buffet."
        ),
    ),
    (
        "I've been on hold for 40 minutes trying to report a lost card.",
        (
            "Forty minutes of the same eight bars of panpipes. I now know them better than my "
            "own children. Meanwhile my lost card is presumably having a lovely weekend "
            "somewhere."
        ),
    ),
    (
        "Housekeeping didn't service our room for two days running.",
        (
            "Two days without housekeeping. I appreciate the hotel trusting us to build our own "
            "relationship with the towels. We've grown quite close, the towels and I."
        ),
    ),
    (
        (
            "Our dog was returned unwashed and smelling strongly, even though we paid for the "
            "bath add-on."
        ),
        (
            "Kind of you to preserve the authentic kennel fragrance on Rufus. The car will carry "
            "the memory for months. I assume the £15 bath was more of a concept than a service."
        ),
    ),
    (
        (
            "The service fee on my order only appeared at the final checkout step and nearly "
            "doubled the price."
        ),
        (
            "What a thrill to discover at the very last click that the service fee was roughly "
            "the price of the ticket. It's like a surprise party, except I'm the one paying for "
            "the cake."
        ),
    ),
    (
        "My bin hasn't been collected for three weeks despite reporting it twice.",
        (
            "Three weeks and two reports later, the foxes on our street have never eaten so "
            "well. Do pass on their compliments to the collections team."
        ),
    ),
    (
        "The driver cancelled on me four times in a row and I ended up missing my train.",
        (
            "Four cancellations in a row. Your app is less a taxi service and more a raffle I "
            "keep entering. The train, to its great credit, left exactly on time."
        ),
    ),
    (
        "I've emailed three times about my installation date and haven't had a reply.",
        (
            "Three emails, no replies. I can only assume the office works on the same principle "
            "as the panels, and nothing happens unless the sun is shining directly on it."
        ),
    ),
    (
        "The business cards you printed have a typo in my surname.",
        (
            "Lovely cards. I'd never thought to spell my own surname with two l's, but you've "
            "opened my eyes. I'll be introducing myself rather differently from now on."
        ),
    ),
]

SINCERE = [
    (
        "Wow. Just wow. Priya at the Camden salon fixed the colour disaster another place "
        "left me with and I actually cried happy tears in the chair. Thank you so much."
    ),
    (
        "Of course you went above and beyond, that's why we've used your kennels for nine "
        "years. Thank you for the daily photos of Molly, they made our holiday."
    ),
    (
        "Finally got the solar panels switched on today and the app's already showing 3.2kW. "
        "The team were brilliant from start to finish. Worth every day of the wait."
    ),
    (
        "Thanks for the update on my fraud claim, really appreciate how quickly you kept me "
        "in the loop. The money's already back in my account."
    ),
    (
        "Brilliant driver tonight, she waited with the headlights on while I walked my nan "
        "to her front door. Five stars and a tip from me."
    ),
    (
        "Love that you print a proof on the actual card stock before the full run. Saved me "
        "from a very embarrassing colour choice. Great little shop."
    ),
    (
        "What a surprise! The hotel remembered our anniversary from a note I'd forgotten I'd "
        "even added to the booking and left fizz in the room. We were so touched."
    ),
    (
        "The replacement lens cap you sent free of charge was just what I needed before my "
        "trip to Iceland. Didn't expect that at all, thank you."
    ),
    (
        "Couldn't be happier with the catering for Dad's 70th. Everyone's still talking "
        "about the lamb. Please pass our thanks on to Chef Dimitri and his team."
    ),
    (
        "Honestly, wow, the water came back on an hour earlier than your text said. Big "
        "thanks to the crew out working in the rain on Albert Street."
    ),
    (
        "Of course it was the groomer who noticed the lump on Bailey's side that we'd all "
        "missed, and thank goodness she did. Vet says we caught it early. We owe you one."
    ),
    (
        "Finally, a ticket site that refunds without a fight. Show got cancelled, money back "
        "in 3 days, no forms, no hassle. I'll definitely be buying from you again."
    ),
    (
        "The staff at the Leicester branch were brilliant with my mum, who doesn't do online "
        "banking. Patient, kind, no rushing her at all. Thank you, Marcus."
    ),
    (
        "Just what I needed after a 14-hour flight: a driver holding a sign with my name "
        "spelled right and a cold bottle of water waiting. Small things, big difference."
    ),
    (
        "bought a used golf thru ur site and the seller was exactly as described, car is "
        "spotless. love that the inspection report came with it. well chuffed tbh"
    ),
]

CALM_DRAFTS = [
    (
        "Dear Halden Bank complaints team,\n"
        "\n"
        "This is the THIRD time I am writing about this and frankly I am sick of being "
        "fobbed off. On 14/03/2024 at 09:42 a payment of £1,249.99 left my current account "
        "(sort code 20-45-77, account ending 3381) to a merchant I have NEVER heard of. I "
        "rang 0345 600 2290 that same morning and spoke to a man called Gavin who told me it "
        'would be "sorted within 48 hours". It was not sorted. Nothing was sorted. Your '
        "people NEVER call back!!!\n"
        "\n"
        "My complaint reference is HB-CMP-0098812. I have emailed "
        "fraud.support@haldenbank.co.uk twice, on 16 March and again on March 21st, and "
        "received a grand total of one automated reply. Brilliant. Truly world-class.\n"
        "\n"
        "I want the £1,249.99 back in full, plus the £35 unarranged overdraft fee you had "
        "the cheek to charge me on 2024-03-15 because of YOUR failure. If this is not "
        "resolved by 5pm on Friday 29 March I am going straight to the Financial Ombudsman "
        "and posting the whole sorry saga on X, tagging @HaldenBankHelp, so everyone can see "
        "how you treat a customer of 17 years.\n"
        "\n"
        "Absolutely disgusted,\n"
        "Mrs Karen Oduya"
    ),
    (
        "To whoever actually reads these at Crestline Suites,\n"
        "\n"
        "I stayed at your Nashville Midtown location, confirmation #CSN-448201-B, checking "
        "in March 3rd and out March 6th. Three nights at $219 a night plus a $45 "
        '"destination fee" that nobody EVER explained. When I got home I found an extra $380 '
        'on my Visa ending 7712 for "smoking remediation". I DON\'T SMOKE. Never have. My '
        "kids were in that room with me, for crying out loud!!!\n"
        "\n"
        "I called the front desk at (615) 555-0148 on 3/8 at 2:15pm and a guy named Trent "
        'basically laughed and said "take it up with corporate". Corporate\'s email, '
        "guestcare@crestlinesuites.com, bounced. Twice. Your contact page "
        "(www.crestlinesuites.com/contact) just loops back to the FAQ. Every single time. Is "
        "this a hotel or an escape room?\n"
        "\n"
        "Refund the $380 by March 20th or I'm disputing it with my card issuer AND leaving a "
        "review on every site that'll let me type. The Tripadvisor one will have photos of "
        "the stained carpet, since we're apparently sharing now.\n"
        "\n"
        "Darnell Price\n"
        "darnell.price77@gmail.com"
    ),
    (
        "Sehr geehrte Damen und Herren, actually no, I will write this in English so there "
        "is NO misunderstanding.\n"
        "\n"
        "Order number SP-DE-2023-11874. Your company, SonnenDach GmbH, installed a 9.6 kWp "
        "system on our house in Freiburg on 12.09.2023. Total paid: €14,380.00. Since 2 "
        "January the inverter shows error code F-212 and produces NOTHING. Zero kWh. I have "
        "the app screenshots.\n"
        "\n"
        "I called your hotline +49 761 555 3020 on 4 January, 11 January and 19 January. "
        'Each time somebody promises a technician "next week". Herr Brandt personally '
        "promised me on 2024-01-19 at 10:30 that someone would come by 26 January. Nobody "
        "came. Nobody called. Completely useless, all of you!!!\n"
        "\n"
        "I have lost at least €260 in feed-in tariff and extra grid costs so far. I expect: "
        "(1) a technician on site within 7 days, (2) compensation of €260, (3) written "
        "confirmation to m.keller@posteo.de.\n"
        "\n"
        "If not, my lawyer will handle it and the whole story goes on Google and in the "
        'Facebook group "Solar Baden-Württemberg", 18,000 members. Your choice.\n'
        "\n"
        "Markus Keller"
    ),
    (
        "Subject: WORST SERVICE EVER - Order #VX-IN-55098231\n"
        "\n"
        "Sir/Madam,\n"
        "\n"
        "I purchased a Sony A7 IV body from your Koramangala showroom on 14/02/2024 for "
        "₹2,09,990 (invoice no. KRM/24/00419). Within ONE WEEK the shutter started making "
        "grinding noise. I visited the store on 22 Feb and the salesman Mr. Rakesh told me "
        '"sir this is normal sound only". NORMAL?? Are you joking with me??\n'
        "\n"
        "Then I called customer care 1800-425-7788 on 23rd, 26th and 28th February. Every "
        "single time I am kept on hold 30+ minutes and then the call is getting "
        'disconnected. Complaint ticket CC-998127 is still showing "under review". Under '
        "review since 3 weeks!!!\n"
        "\n"
        "I have emailed support@vistaxelectronics.in and tagged @VistaxCares on Twitter. No "
        "reply. Very shameful for such a big brand.\n"
        "\n"
        "I want full replacement or refund of ₹2,09,990 within 7 days. Otherwise I will "
        "approach the consumer forum and also make a video for my YouTube channel showing "
        "how you are cheating customers. Don't take me lightly.\n"
        "\n"
        "Regards,\n"
        "Arvind Subramaniam\n"
        "+91 98450 33271"
    ),
    (
        "Good day,\n"
        "\n"
        "I am writing to complain about trip ID RD-LAG-7723019 on Saturday, 9 March 2024. I "
        "booked from Lekki Phase 1 to Murtala Muhammed Airport at 4:50am. App quoted "
        '₦18,500. Your driver Emeka (plate KJA 482 GH) kept stopping to "buy fuel", then '
        "took Third Mainland Bridge in traffic and I MISSED my 7:15am flight to Abuja!!!\n"
        "\n"
        "Then you charged my card ₦31,200. THIRTY-ONE THOUSAND! For a trip that made me miss "
        "my flight. I had to pay ₦145,000 for a new ticket. Who will pay for that?? Your "
        "driver was rude and on phone the whole time, shouting.\n"
        "\n"
        "I have sent 4 messages through in-app support and one email to help.ng@rydego.com. "
        'Every single reply is copy-paste "we are sorry for your experience". Sorry cannot '
        "refund me.\n"
        "\n"
        "I am demanding: refund of the ₦12,700 overcharge, ₦145,000 for the flight, and the "
        "driver suspended. I am giving you till 15/03/2024. After that I post the full story "
        "on Twitter @ChiomaWrites and on Nairaland, and my lawyer will write you.\n"
        "\n"
        "Chioma Eze\n"
        "0803 555 1294"
    ),
    (
        "To the owner of Pampered Paws, Durbanville,\n"
        "\n"
        "I am LIVID. On Tuesday 5 March I dropped off my Maltese, Coco, at 08:30 for a full "
        "groom (booking ref PP-2291). I paid R650 upfront. When I fetched her at 14:00 she "
        "had a bald patch the size of my palm on her back and clipper rash all over her "
        'belly. Your groomer, a girl called Bianca, said "she was wriggling". She\'s a 4kg '
        "dog!!! How incompetent can you possibly be??\n"
        "\n"
        "The vet at Tygerberg Animal Clinic charged me R1,180 for the consult and cream on "
        "2024-03-06. I have the invoice. I sent it to info@pamperedpaws.co.za and WhatsApped "
        "082 555 7364. Blue ticks, no reply. Classic.\n"
        "\n"
        "I want the R650 and the R1,180 refunded, total R1,830, by 20/03/2024. If I don't "
        "see it, Coco's photos go on Hellopeter and in every Cape Town dog owners' group I'm "
        'in, and there are a LOT. You clearly have never heard the word "care".\n'
        "\n"
        "Lindiwe van der Merwe"
    ),
    (
        "G'day,\n"
        "\n"
        'Listing ID AU-CM-8823417 on your site: a 2016 Mazda CX-5 advertised as "one owner, '
        'full service history, no accidents". I paid A$18,750 on 3 February 2024 to a seller '
        "called Dave_CX5 and drove it home from Parramatta.\n"
        "\n"
        "On 11/02/2024 my mechanic in Penrith found the front chassis rail had been repaired "
        "after a MAJOR smash and the odometer has probably been wound back. Full service "
        'history? Two stamps from 2017. Your "Verified Seller" badge is an absolute JOKE!!!\n'
        "\n"
        "I rang your support line 1300 555 812 on 12 Feb at 9:05am and spoke to Jess, who "
        'said she\'d "escalate it". Since then, nothing. Emails to trust@carmartoz.com.au '
        "unanswered. Dave's number (0412 555 390) is now disconnected. Convenient, isn't it?\n"
        "\n"
        "Your buyer guarantee covers up to A$5,000 for misrepresented vehicles. I want that "
        "paid in full, plus the A$450 mechanic's report. I've lodged a complaint with NSW "
        "Fair Trading (ref FT-24-110923) and if you keep dodging me it all goes on "
        "r/australia with @carmartoz tagged. Sort it out, mate.\n"
        "\n"
        "Ben Hollister"
    ),
    (
        "Hi,\n"
        "\n"
        "Order #TKX-CA-30918455. On 2024-01-08 I paid CA$1,146.40 for four tickets (Section "
        "112, Row F) to the Toronto show on 14 April at Scotiabank Arena. Tickets were "
        '"guaranteed to arrive by 7 April". It is now April 12th. NOTHING in my account. '
        "NOTHING in my inbox. My daughter has been counting down since Christmas!!!\n"
        "\n"
        "I have called 1-888-555-0177 five times. Each rep (Kyle, then Priya, then someone "
        'who wouldn\'t give a name) says "the seller has until 48 hours before the event". '
        "That is NOT what your site says. I have a screenshot of www.tixxchange.ca/guarantee "
        "dated 8 January.\n"
        "\n"
        "Email to support@tixxchange.ca on April 10th at 11:48pm: auto-reply. Tweet to "
        "@TixxchangeHelp: ignored. You people really are something else.\n"
        "\n"
        "I want the actual tickets by 6pm tomorrow or a full refund PLUS the 150% guarantee "
        "you advertise. Otherwise I'm filing a chargeback with Amex and reporting you to the "
        "Competition Bureau. And yes, I will be writing about this everywhere.\n"
        "\n"
        "Sarah Lefebvre\n"
        "(416) 555-2847"
    ),
    (
        "Dear Guest Relations,\n"
        "\n"
        "Booking number HRJ-TYO-551902, Hotel Rivage Shinjuku, 2 nights from 20 March 2024. "
        "I paid ¥68,400 in advance through your website.\n"
        "\n"
        "When we arrived at 22:45 on March 20th after a 13-hour flight from London, "
        'reception told us the room had been "released". Released?? I had the confirmation '
        "email open on my phone RIGHT THERE. The night manager, Mr. Sato, kept repeating "
        '"very sorry, fully booked" like a broken record. We ended up paying ¥41,000 for one '
        "night elsewhere at 00:30 with two exhausted children. What a welcome to Japan, "
        "thanks ever so much.\n"
        "\n"
        "My card was STILL charged the full ¥68,400. I wrote to reservations@rivagehotels.jp "
        "on 22/03 and 25/03. No reply. I phoned +81 3-5555-0192 from the UK and it cost me "
        "£2 a minute to listen to your hold music!!!\n"
        "\n"
        "I want the ¥68,400 refunded AND the ¥41,000 we were forced to spend. If this isn't "
        "done by 10 April I'm disputing it with my bank and posting a very detailed review "
        "on Tripadvisor and Booking.com.\n"
        "\n"
        "James Whitfield\n"
        "j.whitfield@btinternet.com"
    ),
    (
        "Hej,\n"
        "\n"
        "Order 2024-0317-SWE: 500 A2 posters and 40 roll-up banners for our stand at "
        "Stockholmsmässan. Total paid: 23 480 kr, invoice 88120, paid on 1 March.\n"
        "\n"
        "Delivery was promised for 13/03/2024 before 12:00. The posters arrived on 15 March "
        "at 16:20, the day AFTER the fair opened!!! And the banners? The logo is PINK. Our "
        "brand colour is deep red, Pantone 186 C, which I wrote in the order AND in my email "
        "to your project manager Johan Lindqvist on 5 March. Did anyone even read it??\n"
        "\n"
        'I called 08-555 123 40 three times. "Johan is in a meeting." Every single time. Is '
        "Johan ever NOT in a meeting?\n"
        "\n"
        "We lost two days of the fair with an empty stand. I expect a full refund of 23 480 "
        "kr and a written response to emma.berg@nordkraftdesign.se within 5 working days. "
        "Otherwise we leave reviews on Google and Trustpilot and take this to Allmänna "
        "reklamationsnämnden. Honestly, amateur hour.\n"
        "\n"
        "Emma Berg\n"
        "Nordkraft Design AB"
    ),
    (
        "Dzień dobry / Good morning,\n"
        "\n"
        "I write about catering order KAT/2024/0412 for my son's First Communion on Sunday 5 "
        "May 2024 at our house in Kraków. Agreed menu for 40 people, total 6 800 zł, deposit "
        "2 000 zł paid on 2024-04-10.\n"
        "\n"
        "Delivery was agreed for 13:00. Your van came at 14:35!!! Guests sat at empty tables "
        "for an hour and a half. The rosół was lukewarm, half the pierogi were missing, and "
        'the cake had the WRONG NAME on it. "Kacper" instead of "Kuba". Do you know how my '
        "son felt??\n"
        "\n"
        'The driver, Pan Tomasz, said "not my problem, call office". I called +48 12 555 40 '
        "22 eight times that afternoon. Nobody answered. Your page facebook.com/SmakCatering "
        "deleted my comment. Very professional, thank you.\n"
        "\n"
        "I will NOT pay the remaining 4 800 zł. I want the 2 000 zł deposit returned by 20 "
        "May. If not, I go to the Rzecznik Konsumentów and write everything on Google and "
        "Facebook with photos. Shame on you.\n"
        "\n"
        "Agnieszka Nowak\n"
        "a.nowak84@wp.pl"
    ),
    (
        "Hi there,\n"
        "\n"
        'Appointment ref SAL-DUB-3317, Saturday 16th March, 11am, with your "senior '
        'colourist" Aoife at the Grafton Street branch. Balayage and cut, €285 paid by card. '
        "I showed her THREE reference photos of soft honey blonde. I walked out looking like "
        "a traffic cone. ORANGE. Patchy at the back. And she kept telling me it would "
        '"settle". Settle into what??\n'
        "\n"
        "I rang 01 555 8824 on Monday 18/03 and the manager, Siobhán, offered me a €40 "
        "voucher. FORTY euro. After you wrecked my hair a week before my sister's wedding!!! "
        "Are you having a laugh?\n"
        "\n"
        "I then had to pay a salon in Ranelagh €190 on 21 March to correct it. I have the "
        "receipt and before/after photos.\n"
        "\n"
        "I'm asking for the €285 plus the €190, so €475 total, refunded by 5 April. Email "
        "niamh.oconnor@gmail.com. If I hear nothing, those photos go on TikTok "
        "(@niamhdoeshair, 22k followers) and I'm going to the Small Claims Procedure. Not "
        "bluffing.\n"
        "\n"
        "Niamh O'Connor"
    ),
    (
        "Account number 4420 118 7731, Mr & Mrs Patel, 9 Larch Avenue, Reading RG4 7QT.\n"
        "\n"
        "For the FOURTH time: our bill dated 02/02/2024 says we owe £1,486.22 for one "
        "quarter. Our usual bill is about £120. Either the meter is faulty OR you've read "
        "the wrong one. We are two pensioners, not a swimming pool!!!\n"
        "\n"
        "Timeline, since nobody in your office seems to keep one:\n"
        "- 6 February: called 0800 555 0312, spoke to Darren, promised a meter check.\n"
        "- 19 February: nobody came. Waited in ALL DAY.\n"
        "- 27 February: called again, spoke to Michelle, ref WC-7741902. Callback promised "
        "within 48 hours. Never came.\n"
        "- 2024-03-08: received a final demand threatening debt collection. Wonderful. Truly "
        "top-notch service.\n"
        "\n"
        "We have emailed customercare@thamesvalewater.co.uk and tweeted @ThamesvaleH2O. "
        "Silence.\n"
        "\n"
        "We want the bill cancelled, a proper meter reading, and £150 compensation for the "
        "missed appointments. If you pass this to debt collectors I go straight to CCWater "
        "and the Ombudsman, and my grandson will make sure it's all over Facebook.\n"
        "\n"
        "Rajesh Patel\n"
        "07700 900412"
    ),
    (
        "Order #BXP-2024-778193, placed January 28th, 2024.\n"
        "\n"
        'I ordered a Canon RF 24-70mm f/2.8 lens for $2,399.00 plus $34.99 "expedited" '
        "shipping. What arrived on 2/6/2024 was a USED lens with a scratched front element "
        "and somebody else's UV filter still screwed on. No lens cap. Serial number doesn't "
        "even match the invoice!!! You sold me someone's return as NEW. Unbelievable.\n"
        "\n"
        "I opened RMA #R-55203 on Feb 6 at 7:40pm. A rep named Kevin said a prepaid label "
        "would be emailed \"within 24 hours\". It's now February 19. No label. I've called "
        "(212) 555-0199 every day this week and spent 2 hours 10 minutes on hold in total. I "
        "timed it.\n"
        "\n"
        "Your Yelp page is full of people saying the same thing, so I guess this is just how "
        "you do business. Great work, guys.\n"
        "\n"
        "I want a prepaid label TODAY and a full refund of $2,433.99 to my Mastercard, or "
        "I'm filing a chargeback and reporting you to the BBB and the NY Attorney General. "
        "And the unboxing video goes on r/photography.\n"
        "\n"
        "Tom Reyes\n"
        "tom.reyes.photo@gmail.com"
    ),
    (
        "COMPLAINT: FAILED TRANSFER, REF FTB/NIP/240312/0098214\n"
        "\n"
        "Dear Sir/Madam,\n"
        "\n"
        "On 12/03/2024 at 11:26am I transferred ₦750,000 from my account 0123456789 to my "
        "supplier in Kano via your mobile app. The app debited me but the money NEVER "
        "arrived. Supplier confirmed nothing entered. I have been running up and down since "
        "then!!!\n"
        "\n"
        "I visited your Wuse II branch in Abuja on 13 March and the customer service "
        'officer, Mrs Adaeze, told me to "wait 24 hours for reversal". I waited. 14 March, '
        'nothing. 18 March, nothing. Called 0700 555 2000 and was told "your complaint has '
        'been escalated". Escalated to where? To the moon??\n'
        "\n"
        "Meanwhile my business is suffering and my supplier is threatening to cancel our "
        "contract. You people always do this. EVERY single time there is issue, na "
        '"escalated".\n'
        "\n"
        "I demand full reversal of ₦750,000 within 48 hours, plus the ₦53.75 transfer "
        "charge. If not, I will report to CBN Consumer Protection and write on Twitter "
        "tagging @FTBankCare. Enough is enough.\n"
        "\n"
        "Ibrahim Musa\n"
        "ibrahim.musa.ent@yahoo.com"
    ),
    (
        "Dear Woodhatch Boarding Kennels,\n"
        "\n"
        "We collected our two Labradors, Bramble and Hector, on Sunday 11 August 2024 at 4pm "
        "after a 10-night stay (booking WBK-0811-22, £420 paid in full on 28/07/2024). "
        "Bramble has visibly lost weight and Hector has kennel cough so bad he retched all "
        'night. Your website (www.woodhatchkennels.co.uk) says "all dogs walked twice daily '
        'and monitored by qualified staff". Monitored by WHO exactly??\n'
        "\n"
        "When I asked Sharon at collection why nobody told us Hector was coughing, she "
        'shrugged and said "they all get it". We were in Spain with our phones on the whole '
        "time. You had my number, 07911 555 640, and my email, paul.harding@outlook.com. Not "
        "ONE call. Not one!!!\n"
        "\n"
        "The bill from Crossways Vets on 12th August came to £236.50, and we had to cancel a "
        "long weekend in the Lakes because Hector couldn't travel, losing a £155 deposit.\n"
        "\n"
        "I want the vet bill paid and a partial refund of £200 by 31/08/2024. If not, the "
        "review goes on Google and Facebook and I'm reporting you to the council licensing "
        "team. Fourteen years we've used you. Never again.\n"
        "\n"
        "Paul Harding"
    ),
]
