"""Blind round 115 (session 36): written by a helper session that saw no rule, no round and no
code, themed on pet food subscriptions, roofers and builders, private dentists and clinics, rail
operators, student accommodation, furniture stores, meal kits, laundrettes, e-scooter rentals,
bakeries, estate agents in Lagos and Johannesburg, car washes. Held out: measured with the
session's starting code (a3ae595), which read extortion 10/15, threats 9/20, look-alikes 20/20,
plain pairs 10/10, dry pairs 4/10, sincere 13/15, calm versions 16/16; then with the learned
guards refitted on rounds 80-113 and the session's table changes, written from older rounds
only: extortion 13/15, threats 12/20, the rest the same. Only then were forms written from it
(harm told by its outcome on a body, a weapon waited with or brought; tested with texts of our own
in test_session_36_shapes.py): threats 16/20, kept as a floor."""

EXTORTION = [
    (
        "Dear Sir/Madam, I have drafted a rather detailed Trustpilot review of my experience "
        "with your pet food subscription. I am prepared to leave it unpublished should you "
        "refund the last three boxes in full and add a complimentary month. I trust we can "
        "reach a sensible arrangement."
    ),
    (
        "Refund the £240 by Friday or the 1-star goes on Google with close-ups of your "
        "so-called flashing. Your call."
    ),
    (
        "hiya so ur birthday cake was dry af lol. send me 50 quid n a free cupcake box n my "
        "tiktok stays in drafts 🙂 deal??"
    ),
    (
        "Listen pal, ah've got a Tripadvisor review sittin here aboot yer cafe that'd curdle "
        "the cream on yer scones. Knock the whole afternoon tea aff the bill an it never "
        "sees the light o day. Simple as."
    ),
    (
        "Ah sure look, I've a Google review half wrote about yer car wash scratchin me door. "
        "Throw us a free valet every month till Christmas and I'll never press post, grand?"
    ),
    (
        "Oga, I am telling you now, if my inspection fee of ₦150,000 is not back in my "
        "account by tomorrow, I will put your agency on Nairaland and Twitter and my cousins "
        "will add twenty one-star reviews by evening. But if you settle me well, this matter "
        "will die here."
    ),
    (
        "Kindly note I have already prepared one detailed Google review regarding treatment "
        "at your dental clinic. If you are waiving off the balance amount of ₹8,000 I will "
        "do the needful and not post it. Please revert at the earliest."
    ),
    (
        "Howzit. Got a HelloPeter review ready to go about your Sandton agency, bru. Sort "
        "out my deposit plus a little something for my trouble and it stays on my phone. "
        "Otherwise it's lekker reading for the whole of Joburg."
    ),
    (
        "Mate, your e-scooter binned me at the lights and you still charged me $38. Chuck me "
        "a year of free rides and I'll mark the Reddit thread 'resolved'. No rides, no edit."
    ),
    (
        "Well bless your heart. I've been fixin' to write y'all up on Yelp for that sofa "
        "with the busted leg. Now if a store credit for, oh, five hundred dollars were to "
        "find its way to me, I reckon I could plumb forget the whole thing."
    ),
    (
        "It would be such a pity if the 4,000 members of our university housing Facebook "
        "group learned how long my mould report sat ignored. I suspect a small rent "
        "reduction would help me remember this term much more fondly."
    ),
    (
        "I'll bump my rating from one star to five the moment the £60 compensation AND two "
        "free meal kits land in my account. Not a minute before. Until then the review stays "
        "up, pinned, with photos."
    ),
    (
        "I'm fairly active on Mumsnet and a thread about your laundrette shrinking my son's "
        "entire school uniform could do very well there. Alternatively you replace "
        "everything plus a £100 voucher and I quietly delete it. Entirely up to you."
    ),
    (
        "I've got 12k followers on X and a 90 sec clip of your guard being rude to me at "
        "Reading. That clip becomes very deletable in exchange for first class upgrades on "
        "my season ticket for the rest of the year. DM me."
    ),
    (
        "Right, a proposition. I moderate a homeowners' forum with a good few hundred locals "
        "on it, and my 'avoid this roofing firm' post is sitting in drafts. Waive the "
        "scaffolding charge and it never goes live. I might even say something nice about "
        "you."
    ),
]

THREATS = [
    (
        "I've seen the little pink bike your daughter leaves chained outside the bakery "
        "after school. Roads round there are busy. Kids don't always look."
    ),
    (
        "That roof of yours is nice and dry, isn't it. Dry things catch so easily. Think on "
        "that when you're deciding about my refund."
    ),
    (
        "Builders who rob pensioners tend to fall off ladders. Gravity's funny like that. "
        "I'd check your footing every morning if I were you."
    ),
    (
        "Your receptionist with the red hair finishes at six, doesn't she. I'll be waiting "
        "by her car to discuss my bill in person."
    ),
    (
        "Next time I'm in that showroom I'm bringing a bat, and the sofas won't be the only "
        "thing getting broken."
    ),
    (
        "I pray every night that your van goes off the motorway with you in it, and if "
        "prayers don't work I've got other ideas."
    ),
    (
        "That white Range Rover on your drive looks lovely in the mornings. Shame how easy "
        "brake lines are to get at."
    ),
    (
        "Fine. Keep my deposit. Just remember your office in Lekki has glass doors, and I "
        "have plenty of free time and a full jerrycan."
    ),
    (
        "Friendly reminder that I know which bay you work at the car wash and what time you "
        "lock up on your own. Sleep tight."
    ),
    (
        "You people will not finish this year well. I have boys in Surulere who will come "
        "and greet you in your office, and you will not enjoy the greeting."
    ),
    (
        "If that conductor puts his hands on my bag one more time he'll be collecting his "
        "teeth off the platform with a dustpan."
    ),
    (
        "Tell your meal-kit driver to stop blocking my drive. Next time it's his tyres and "
        "then his face."
    ),
    (
        "Got your dentist's home address off Companies House. Maybe I'll pop round one "
        "evening and do a few extractions of my own."
    ),
    (
        "To the halls manager: you have 24 hours. After that I'm coming to your office and "
        "nobody in it walks out the same."
    ),
    (
        "Funny how little shops like yours go up in flames overnight. Funnier how nobody "
        "ever works out who did it."
    ),
    (
        "Your lad's in Year 4 at St Anne's, right? Lovely school. Very easy gates to walk "
        "through at pickup."
    ),
    (
        "Whoever took a swirl brush to my paintwork should enjoy having two working hands "
        "while it lasts."
    ),
    (
        "I will find the scooter company rep who fined me and make sure the only scooter he "
        "rides from now on is a mobility one."
    ),
    (
        "Dear Mrs Okafor, thank you for your letter. I do hope your mother in Randburg is "
        "keeping well. It would be awful for her to get a visitor she wasn't expecting. Kind "
        "regards."
    ),
    "keep ignoring me n see if ur laundrette still has windows on monday. or you in it",
]

LOOK_ALIKES = [
    ("If I don't hear back within 14 days I'll be taking this to the Dental Complaints Service."),
    (
        "Just to let you know, I've raised a chargeback with my bank for the three meal-kit "
        "boxes that never turned up."
    ),
    (
        "I'm writing an honest review on Trustpilot about the delays. Not asking for "
        "anything, just thought it fair you heard it from me first."
    ),
    (
        "This app is absolutely killing me, it logged me out four times while I was trying "
        "to unlock the scooter."
    ),
    (
        "The queue at the bakery this morning was murder but honestly the almond croissants "
        "were worth every minute."
    ),
    (
        "Reporting a fire risk: the plug on dryer 7 at your laundrette is sparking and "
        "smells of burning. Please switch it off before someone gets hurt."
    ),
    (
        "There's a loose cable dangling from your scaffolding on Elm Road right over the "
        "pavement. Someone could trip or get a nasty shock."
    ),
    (
        "Sorry to be the bearer of bad news, but one of your valeters was in a car accident "
        "outside the depot this morning. He was shaken but walking about. Thought the "
        "manager should know."
    ),
    (
        "Ordered the 'Death by Chocolate' cake and a box of 'Killer Brownies' for my dad's "
        "birthday and both arrived two hours late."
    ),
    (
        "Lol my flatmate says he'll murder me if I nick his meal kit again. Anyway, actual "
        "complaint: my kit had no sauce sachet."
    ),
    (
        "If the deposit isn't returned I'll be filing in the small claims court with all my "
        "receipts and the check-out report."
    ),
    (
        "Trading Standards will be hearing from me about the misleading 'free trial' on your "
        "cat food subscription."
    ),
    (
        "My recliner arrived with the mechanism broken. It's called the 'Assassin' gaming "
        "recliner, which felt a bit on the nose."
    ),
    (
        "Leaving a 2-star review because the room was freezing, but the staff were lovely so "
        "it's not all bad."
    ),
    (
        "The roofer nearly gave me a heart attack quoting £9k for a few slates, so I'm "
        "getting two more quotes."
    ),
    (
        "Complaint for the Rail Ombudsman: my Delay Repay claim was rejected three times "
        "with no reason given."
    ),
    (
        "We're going to absolutely destroy this cake at the office party tomorrow, just a "
        "shame the delivery was an hour late."
    ),
    (
        "The new dog food made my labrador violently sick twice. Please could someone ring "
        "me about a refund and what's in this batch."
    ),
    (
        "I've reported your agent to LASRERA for collecting two agency fees on the same "
        "Ikeja flat. I'll let them handle it from here."
    ),
    (
        "I'd kill for a flat with hot water at this point. Ours has had none since Tuesday, "
        "room 12B, please send someone."
    ),
]

PAIRS = [
    (
        (
            "Hi, my dog food subscription was charged twice this month (£32.99 each time). Could "
            "you refund the duplicate, please?"
        ),
        (
            "You've CHARGED ME TWICE AGAIN!!! £32.99 x2 for ONE bag of kibble. Refund it NOW, "
            "you useless lot."
        ),
    ),
    (
        (
            "The roofer said he'd be back on Monday to finish the flashing but nobody came. "
            "Could you confirm a new date?"
        ),
        (
            "WHERE THE H*** IS YOUR ROOFER?!? Half my flashing is missing and rain's pouring "
            "through the ceiling. Get someone here TODAY or I'm done with you clowns!!!"
        ),
    ),
    (
        (
            "I was quoted £450 for the crown but the invoice says £620. Could you explain the "
            "difference?"
        ),
        (
            "£620?!?! You QUOTED £450. This is daylight robbery and your front desk knows it. "
            "Sort it out or I'm cancelling EVERY appointment!!!"
        ),
    ),
    (
        (
            "My 08:12 service was cancelled and I missed an interview as a result. How do I "
            "claim compensation?"
        ),
        (
            "CANCELLED. AGAIN!!! I missed a JOB INTERVIEW because of your pathetic excuse for a "
            "railway. Absolute s***show. Refund me and then some."
        ),
    ),
    (
        "There's been no heating in flat 4B for five days now. Could maintenance take a look?",
        (
            "FIVE DAYS with no heating!!! We're students, not penguins. Get off your a**es and "
            "FIX IT."
        ),
    ),
    (
        "My wardrobe arrived with a cracked door panel. Could you arrange a replacement part?",
        (
            "Cracked door on a £900 wardrobe?!? Did your warehouse lads play football with it??? "
            "Replacement THIS WEEK or full refund, NO EXCUSES!!!"
        ),
    ),
    (
        "This week's box was missing the chicken for two of the recipes.",
        (
            "NO CHICKEN. Two recipes, ZERO chicken. What am I meant to do, boil the recipe "
            "card??? Useless!!!"
        ),
    ),
    (
        (
            "The service wash seems to have lost one of my duvet covers. Could you check whether "
            "it was left in a machine?"
        ),
        (
            "You LOST my duvet cover!!! How do you lose something the size of a BED?!? Find it "
            "or pay for it, end of."
        ),
    ),
    (
        (
            "I was charged for a 2-hour ride but I ended it after 15 minutes. The app didn't "
            "register the lock."
        ),
        (
            "2 HOURS?!?! I rode for FIFTEEN MINUTES. Your rubbish app can't even lock a scooter. "
            "Refund me or I'm going to my bank, you bunch of thieves!!!"
        ),
    ),
    (
        (
            "After the valet there's a swirl mark on my bonnet that wasn't there before. Could "
            "someone take a look?"
        ),
        (
            "Your 'premium valet' SCRATCHED MY BONNET!!! Did you wash it with a brillo pad??? "
            "Fix it at YOUR cost, d***heads."
        ),
    ),
    (
        (
            "Our wedding cake was delivered an hour after the reception started. We'd like to "
            "discuss a partial refund."
        ),
        (
            "Delivering the wedding cake an hour after the speeches was a bold artistic choice. "
            "Our guests especially enjoyed the suspense, and I'm sure the partial refund will "
            "arrive with the same flair for drama."
        ),
    ),
    (
        (
            "I paid an inspection fee for a flat in Yaba but the agent didn't turn up. Please "
            "could it be refunded?"
        ),
        (
            "Thank you for the inspection experience in Yaba. Two hours outside a locked gate "
            "gave me a real feel for the property's exterior. I look forward to the refund "
            "whenever it feels emotionally ready."
        ),
    ),
    (
        (
            "It's been three months since I moved out of the Rosebank flat and my deposit still "
            "hasn't been returned."
        ),
        (
            "Three months since I left Rosebank, and my deposit is clearly enjoying its extended "
            "stay with you. I wouldn't dream of rushing it home."
        ),
    ),
    (
        (
            "The train was so overcrowded that I had to stand in the vestibule all the way from "
            "Leeds."
        ),
        (
            "I paid for a seat from Leeds and was instead given two hours of balance training in "
            "the vestibule. Very thoughtful of you to include the core workout at no extra cost."
        ),
    ),
    (
        "I was on hold for 40 minutes trying to reschedule my dental appointment.",
        (
            "Forty minutes of pan pipes just to move a check-up. I now appreciate that the "
            "clinic's approach to pain management begins well before the chair."
        ),
    ),
    (
        "The recipe card says 25 minutes but it took me over an hour with all the prep.",
        (
            "Your '25-minute' risotto took a little over an hour, which I assume is 25 minutes "
            "in some other time zone. On the bright side, my dinner guests got to know each "
            "other remarkably well."
        ),
    ),
    (
        ("I cancelled my subscription in January but you're still sending boxes and charging me."),
        (
            "I cancelled in January, yet the boxes keep coming. It's almost touching, like an ex "
            "who won't take the hint but at least brings biscuits. My bank statement is rather "
            "less charmed."
        ),
    ),
    (
        "The room was advertised as fully furnished but it came with no desk or chair.",
        (
            "Lovely to discover that 'fully furnished' means a bed and a positive attitude. "
            "Writing my dissertation cross-legged on the carpet has really deepened my "
            "connection to the building."
        ),
    ),
    (
        "My white shirts came back pink after the service wash.",
        (
            "I appreciate you taking the initiative and updating all five of my white work "
            "shirts to a soft salmon. Colleagues keep asking who my stylist is, so I've been "
            "giving them your address."
        ),
    ),
    (
        "The builders left rubble and broken tiles across my front garden when they finished.",
        (
            "Nothing rounds off a kitchen extension quite like a scattered installation of "
            "broken tiles across the lawn. The neighbours think it's modern sculpture, so in a "
            "way you've raised the tone of the street."
        ),
    ),
]

SINCERE = [
    (
        "Wow. The cake for my mum's 70th was even better than the photo, she actually cried. "
        "Thank you so much to Priya and the team."
    ),
    (
        "Of course I'll recommend you! The roofers were on time every single day and left "
        "the place tidier than we keep it."
    ),
    (
        "Finally found a dentist who doesn't make me want to bolt for the door. Dr Mensah "
        "was so patient with me, thank you."
    ),
    (
        "Thanks for the update on the delay, the text alert meant I could grab a coffee "
        "instead of freezing on the platform. Genuinely helpful."
    ),
    (
        "Brilliant service from the laundrette on Mill Street. They got red wine out of my "
        "grandmother's lace tablecloth and I honestly thought it was ruined."
    ),
    (
        "Love that you pop a little treat for the dog in every box. Biscuit now goes bananas "
        "every time the postman comes."
    ),
    (
        "What a surprise, I was dreading returning the sofa but your driver just swapped it "
        "there and then. Couldn't have been easier."
    ),
    (
        "Just what I needed after a 12-hour shift: a meal kit that really does take 20 "
        "minutes and tastes amazing. Thank you."
    ),
    (
        "Couldn't be happier with our new flat in Ikoyi. Mr Adebayo answered every question, "
        "even at 10pm. God bless you sir."
    ),
    (
        "Oh wow, the valeter found my daughter's missing earring under the seat and left it "
        "in a little envelope on the dash. Above and beyond."
    ),
    (
        "Finally! My first scooter ride all month without the app crashing. Whatever you "
        "fixed in the update, it worked. Cheers."
    ),
    (
        "Thanks for the update about the boiler in Block C. As an international student it "
        "really helps to be kept in the loop."
    ),
    (
        "Brilliant, brilliant, brilliant. The agent in Fourways found us a house with a "
        "garden for the kids and within budget. Dankie!"
    ),
    (
        "Of course it poured the day they stripped the roof, but they had tarps up in ten "
        "minutes and not a drop came in. Really impressed."
    ),
    (
        "What a lovely surprise to find a handwritten note in with my order. Small thing, "
        "but it made my week."
    ),
]

CALM_DRAFTS = [
    (
        "Subject: Order #PF-558213, THIRD time this year!!!\n"
        "\n"
        "To whoever actually reads these (probably nobody, as usual),\n"
        "\n"
        "I've been a PawPantry customer since 14/03/2022 and EVERY SINGLE TIME something "
        "goes wrong it's me chasing you. The box due on 3 March never arrived. Your tracking "
        'link (https://track.pawpantry.co.uk/PF-558213) has said "out for delivery" for nine '
        "days. You still took £47.50 on 2024-03-01 at 06:02.\n"
        "\n"
        "I rang 0330 123 4567 on March 5th and spoke to Dean, who promised a callback within "
        "24 hours. Shock horror, NOTHING. Then I emailed help@pawpantry.co.uk and got a bot. "
        "My two spaniels do not eat promises, Dean.\n"
        "\n"
        "I want the £47.50 back plus the £8.99 I spent at Tesco on emergency food. If this "
        "isn't sorted by 5pm on 15/03/2024 I'm raising a chargeback and writing the "
        "Trustpilot review of the century. Absolutely p*ss-poor.\n"
        "\n"
        "Mrs J. Harrow"
    ),
    (
        "Subject: Quote Q-2291 / Job ref CR-0417, Cullen Roofing, Galway\n"
        "\n"
        "Mr Cullen,\n"
        "\n"
        "You quoted me €6,800 on 12 January for the full re-slate. The invoice dated "
        '2024-02-28 says €9,350. Where did the extra €2,550 come from?? "Unforeseen timber"? '
        "I was THERE, Seamus. I watched your lads spend half of Tuesday in the van eating "
        "chips.\n"
        "\n"
        "And the gutter on the back left is now hanging off. Your foreman Declan told me at "
        "4:45pm on 29 Feb \"sure it'll hold\". It did not hold. It's in my neighbour's garden. "
        "You NEVER answer 091 555 872 after lunch and seamus@cullenroofing.ie bounces back.\n"
        "\n"
        "I'll pay the €6,800 we agreed and not one cent more. If the gutter isn't fixed by "
        "Friday 8th March I'm going to the Small Claims Procedure and putting the photos up "
        "on every Galway Facebook group going. Shower of cowboys.\n"
        "\n"
        "Aoife Brennan"
    ),
    (
        "Subject: Billing dispute, Patient ID 00348812, appointment March 3rd\n"
        "\n"
        "Dr. Liang and the team at Bayview Smile Clinic,\n"
        "\n"
        "I came in on March 3rd at 10:30 AM for ONE filling. I left with a bill for CA$1,240 "
        'and a "consultation fee" nobody mentioned. Your receptionist Kayla told me on the '
        "phone (416-555-0192) it would be CA$310 max. I have the call log.\n"
        "\n"
        "Then my insurer (policy SL-7720-4) tells me you billed them for TWO fillings. Are "
        "you kidding me?! One tooth was touched. ONE. Either someone can't count or someone "
        "is padding claims, and honestly I'm not sure which is worse.\n"
        "\n"
        "You have until 2024-03-20 to send a corrected invoice to m.okoro.tor@gmail.com. "
        "Otherwise I'm filing a complaint with the college and leaving a Google review that "
        "will make your 4.8 stars look very different. Unbelievable.\n"
        "\n"
        "Michael Okoro"
    ),
    (
        "Subject: Booking ref NL7K-4Q2P, cancelled 17:45 Stockholm to Göteborg\n"
        "\n"
        "Hej, or whatever you say to a company that clearly doesn't care.\n"
        "\n"
        "My 17:45 train on 14/03/2024 was cancelled at 17:41. FOUR minutes' notice. I paid 1 "
        '249 kr for first class and your woman at the desk (badge: Linnea) told me to "try '
        'tomorrow". Tomorrow! I had a flight from Landvetter at 07:10 the next morning, '
        "which I then missed. New flight: 2 380 kr.\n"
        "\n"
        "I've tweeted @nordlinjen_help three times. Nothing. Your claim form at "
        "https://nordlinjen.se/ersattning crashes when you upload a receipt. You NEVER fix "
        "it. Every single time I travel with you something breaks.\n"
        "\n"
        "I expect 1 249 kr plus the 2 380 kr flight, 3 629 kr in total, in my account by 31 "
        "March. If not I'm going to ARN and writing about this everywhere. Pathetic.\n"
        "\n"
        "Erik Sandberg\n"
        "+46 70 555 13 22"
    ),
    (
        "Subject: URGENT, Room 312, Hawthorn House, Contract HH-24-0981\n"
        "\n"
        "Dear Ms. Pritchard,\n"
        "\n"
        "I am writing AGAIN. My parents transferred ₹2,15,000 (about £2,050) on 2 September "
        'for first term rent and your portal still shows me "in arrears". I have sent the '
        "SWIFT receipt to accommodation@hawthornliving.co.uk FOUR times: 05/09, 12/09, 19/09 "
        "and 2024-09-26. Four!!!\n"
        "\n"
        "Meanwhile the window in 312 does not close, the shower is cold since 9 Sept and "
        "your maintenance man Gary entered my room at 8:15am without knocking. Is this what "
        "£189 a week buys?? You NEVER reply, you only send automatic £25 late-fee warnings.\n"
        "\n"
        "If my account is not corrected and the late fees removed by 4 October, I will go to "
        "the Students' Union, the ombudsman, and post everything on r/UniUK. My father is "
        "also speaking to a lawyer in Pune. Enough is enough.\n"
        "\n"
        "Regards,\n"
        "Ananya Kulkarni\n"
        "+44 7700 900 431"
    ),
    (
        "Subject: Order 77-HB-20931, corner lounge, Harbour Living Parramatta\n"
        "\n"
        "G'day. Or not so good day, actually.\n"
        "\n"
        'Paid A$3,499 on 2 February for the "Bondi" modular corner lounge. Delivery promised '
        '"within 6 weeks". It\'s now 2024-04-19. TEN WEEKS. Your sales guy Brodie swore blind '
        'it was "in the warehouse, mate". Clearly the warehouse of his imagination.\n'
        "\n"
        "I've rung (02) 9555 0148 every Monday like a good little customer. Every time it's "
        '"we\'ll escalate". Escalate to WHERE? The moon?? And you charged A$150 delivery on '
        "top, when your own site (harbourliving.com.au/sale) says free delivery over "
        "A$2,000.\n"
        "\n"
        "So here's the deal: lounge in my living room by 26/04 or the full A$3,649 back. "
        "Otherwise it's NSW Fair Trading, a chargeback through my bank and a very honest "
        "Google review. Bloody ridiculous.\n"
        "\n"
        "Kylie Nguyen\n"
        "kylie.nguyen88@outlook.com"
    ),
    (
        "Subject: Account #MK-4471930, spoiled box AGAIN\n"
        "\n"
        "Hey FreshFork team,\n"
        "\n"
        "Box delivered Tuesday March 12th, left on my porch at 2:47 PM in 84 degree heat "
        "with ice packs melted to soup. The salmon smelled like a dock. That's $79.96 for a "
        "box of garbage. This is the THIRD time since January 9th. Every single time I "
        "report it I get a $10 credit and a \"we're so sorry!!\" email from Jordan. I don't "
        "want sorry, Jordan. I want food I can eat.\n"
        "\n"
        'Your chat (freshfork.com/help) told me to "contact the carrier". I didn\'t hire the '
        "carrier. I hired YOU.\n"
        "\n"
        "Refund the full $79.96 to my Visa ending 4417 and cancel the subscription effective "
        "2024-03-13. If I see one more charge I'm disputing it and posting the photos on "
        "r/mealkits and tagging @FreshForkEats. Honestly embarrassing for a company your "
        "size.\n"
        "\n"
        "- Dana Whitfield\n"
        "(512) 555-0176"
    ),
    (
        "Subject: Order nr 2024/03/118, Pralnia Bąbel, Kraków\n"
        "\n"
        "Dear Sir/Madam,\n"
        "\n"
        "My English is not perfect but I am VERY angry so I write anyway. On 14.03.2024 at "
        "18:20 I left 3 shirts, 1 wool coat and a duvet for service wash. Price 146 zł, paid "
        "by card. When I collect on 16 March your employee Pani Renata gives me the coat "
        "SHRUNK to size for a child!!! Wool coat, 890 zł, bought in December.\n"
        "\n"
        'She says "is the label fault". The label says DRY CLEAN ONLY. You can read, yes?? '
        "Then she laughed. Laughed at me!\n"
        "\n"
        "I want 890 zł for the coat and refund of 146 zł. Total 1036 zł. Contact me at "
        "tomasz.wrobel@wp.pl or +48 601 555 732 before 25/03/2024. If not, I go to consumer "
        "ombudsman and I write on Google Maps and in Facebook group of Podgórze with photos. "
        "Never again.\n"
        "\n"
        "Tomasz Wróbel"
    ),
    (
        "Subject: Rider ID 88-20417-JP, ride on 2 May, a fine of ¥5,000??\n"
        "\n"
        "Hi ZipRide support,\n"
        "\n"
        'Are you serious?! I got a "parking violation" fine of ¥5,000 for ride #R-99314 on 2 '
        "May. I parked in the official port at Shibuya East, exactly where your app sent me, "
        "timestamp 23:14, and I took the photo like you require. The photo is RIGHT THERE in "
        "your app.\n"
        "\n"
        'Your agent Kenji replied "the photo is not clear". It\'s a photo of a scooter in a '
        "rack. What more clarity do you need, a portrait artist? I was also charged ¥1,870 "
        "for the ride, which was 11 minutes. Your own price list (zipride.jp/pricing) says "
        "¥15 a minute. Do the maths.\n"
        "\n"
        "Remove the fine and recharge the ride properly. Copying this to support@zipride.jp "
        "and @ZipRideJP. If it's not fixed by 05/10/2024, sorry, I mean 10 May, I'm "
        "disputing it with Amex and leaving one star on the App Store. Ridiculous.\n"
        "\n"
        "Sam O'Connell\n"
        "080-5555-2290"
    ),
    (
        "Subject: Wedding cake order #WC-0623, Sugar & Crumb Bakery, Leeds\n"
        "\n"
        "Dear Holly,\n"
        "\n"
        "I've been trying to reach you since Sunday. Our wedding was Saturday 22 June 2024. "
        "The three-tier lemon and elderflower cake we paid £685 for (deposit £200 on "
        "10/01/2024, balance £485 on 2024-06-01) arrived at 6:40pm. Cake cutting was 5:30pm. "
        "Our guests watched us cut a SUPERMARKET sponge the venue coordinator bought in a "
        "panic.\n"
        "\n"
        "When yours did arrive the top tier was leaning like Pisa. Your driver Callum "
        'shrugged and said "traffic". Traffic! You\'re 4 miles away!!!\n'
        "\n"
        "You've ignored three voicemails on 0113 555 0247 and my email to "
        "orders@sugarandcrumb.co.uk. I want a full refund of £685. If I don't hear back by 5 "
        "July I'm filing a small claim, and our photographer has kindly offered to share her "
        "pictures of your leaning masterpiece on Instagram. Shameful.\n"
        "\n"
        "Rachel & Tom Ashworth"
    ),
    (
        "Subject: Rent and agency fee, 3-bed flat, Admiralty Way, Lekki Phase 1 (Ref: "
        "LK/RNT/0452)\n"
        "\n"
        "Dear Mr. Chukwuemeka,\n"
        "\n"
        "This is my FOURTH letter. On 14/02/2024 I paid your agency ₦4,500,000 as one year "
        "rent, ₦450,000 agency fee and ₦450,000 legal fee into your GTBank account. Total "
        "₦5,400,000. You promised keys by 1 March. It is now 3 April and the landlord says "
        "he has not received one kobo from you!\n"
        "\n"
        'Every time I call 0803 555 2146 your secretary Blessing says "Oga is in a meeting". '
        "Which meeting runs for one month?? Are you people SERIOUS? My family is squatting "
        "with my in-laws in Surulere because of your wahala.\n"
        "\n"
        "I have screenshots of every WhatsApp message. If the keys or my full ₦5,400,000 are "
        "not with me by 10 April, I am going to LASRERA and the police, and I will expose "
        "your agency on Nairaland and tag @LekkiHomesNG. Enough of this nonsense.\n"
        "\n"
        "Mrs. Funmilayo Adeyemi\n"
        "funmi.adeyemi@yahoo.com"
    ),
    (
        "Subject: Deposit refund, Unit 14, The Aspens, Bryanston (Lease ref JHB-RL-22817)\n"
        "\n"
        "Good day Mr. van der Merwe,\n"
        "\n"
        "I moved out of Unit 14 on 31 January 2024. Your inspector Thabo signed off the "
        "outgoing inspection at 11:00 that morning with ZERO issues. I have his signature. "
        "Now on 2024-03-14 you email me to say you're deducting R8,750 from my R18,000 "
        'deposit for "repainting and carpet cleaning". Carpet cleaning?? The unit has TILES. '
        "Every single room.\n"
        "\n"
        "The refund was due 14 days after inspection. That was six weeks ago. I've called "
        "011 555 7720 nine times. You NEVER pick up after 3pm.\n"
        "\n"
        "I want my full R18,000 plus interest in my account by 21/03/2024. Otherwise it's "
        "the Rental Housing Tribunal, the PPRA, and HelloPeter gets every detail. You guys "
        "are a joke, eish.\n"
        "\n"
        "Lerato Mokoena\n"
        "lerato.mokoena@gmail.com | +27 82 555 3391"
    ),
    (
        "Subject: Ticket #CW-30988, Sparkle Express Car Wash, Birmingham AL\n"
        "\n"
        "To the manager, whoever that is this week,\n"
        "\n"
        "Brought my 2021 F-150 in on Saturday, March 9th around 1:15pm for the $49.99 "
        '"Platinum Shine". By the time I got home my passenger mirror was hanging by the '
        "wires. Your attendant (tag said TREVOR) saw it happen in the tunnel and told me, "
        'and I quote, "that happens sometimes". Well it don\'t happen to MY truck.\n'
        "\n"
        "Dealership quote for the mirror is $612.40. I've got the paperwork. I've called "
        "(205) 555-0143 four times and left messages. Nobody calls back. Y'all NEVER call "
        "back.\n"
        "\n"
        "I want the $612.40 plus the $49.99 I paid for the privilege of getting my truck "
        "busted up. You got till 03/22/2024. After that it's the BBB, small claims, and a "
        "real long Yelp review with pictures. Sorry excuse for a business.\n"
        "\n"
        "Wayne Pickett\n"
        "wpickett.bama@gmail.com"
    ),
    (
        "Subject: Complaint regarding bill no. SMC/OPD/2024/11873, Sunrise Multispeciality "
        "Clinic, Andheri West\n"
        "\n"
        "Respected Sir/Madam,\n"
        "\n"
        "I am writing with great pain and frustration. On 3rd March 2024 I brought my mother "
        "(age 68) for knee consultation, appointment at 11:00 AM. We were seen at 2:40 PM. "
        "THREE AND HALF HOURS in the corridor with no chair for a senior citizen. Is this "
        "how you treat patients?\n"
        "\n"
        'Then the bill came, ₹14,750 for "consultation, X-ray and physiotherapy". '
        "Physiotherapy was NEVER done! Your physio Mr. Rakesh was on leave, your own "
        "receptionist Ms. Sneha told us. Still you charged ₹3,500 for it.\n"
        "\n"
        "Kindly refund ₹3,500 immediately and send corrected bill to "
        "pradeep.joshi1956@gmail.com. If not done by 2024-03-15, I will file in Consumer "
        "Forum and write full story on Google and Practo. Shameful behaviour by so-called "
        "premium clinic.\n"
        "\n"
        "Pradeep Joshi\n"
        "+91 98200 55512"
    ),
    (
        "Subject: Extension contract BK-1147, Hartley & Sons Builders, Croydon\n"
        "\n"
        "Gary,\n"
        "\n"
        "Since texting me back is apparently beneath you, here it is in writing. We signed "
        'on 14/11/2023 for a single-storey rear extension, £38,500, completion "mid-February '
        "latest\". It's 2024-04-02. The roof is a tarp. The tarp is now in the garden of "
        "number 42.\n"
        "\n"
        "Paid so far: £10,000 on 15 November, £12,500 on 8 January, £6,000 on 2 February. "
        "That's £28,500 for a shell with no windows. Your site lad Kieran told my wife on 27 "
        'March "Gary\'s in Tenerife". Lovely for Gary!!! Hope he enjoyed it on our money.\n'
        "\n"
        "You've got until 12 April to get a crew back full-time. If not I'm instructing a "
        "solicitor, reporting you to Trading Standards, and posting the whole saga on "
        "Checkatrade and the Croydon Facebook group. Absolute cowboys.\n"
        "\n"
        "Martin Oyelaran\n"
        "07700 900 862 | m.oyelaran@btinternet.com"
    ),
    (
        "Subject: Delay Repay claim DR-6629104 REJECTED, 07:04 York to King's Cross, "
        "2024-02-19\n"
        "\n"
        "To the so-called Customer Relations team,\n"
        "\n"
        "Your 07:04 from York on 19 February reached King's Cross at 09:58 instead of 08:52. "
        "That's 66 minutes late. I have the ticket (£142.30 anytime return, ref TRK-88Q3F) "
        'and screenshots from your OWN app. Yet your email from "Sophie, Customer Relations" '
        'on 4 March says my claim is "not eligible". NOT ELIGIBLE?!\n'
        "\n"
        "Every single time I claim, you reject it first and hope I give up. I've read the "
        "threads on r/uktrains, I know the game. I've tweeted @LNR_Help twice and got a "
        'copy-paste "sorry to hear that, please DM us".\n'
        "\n"
        "I want 50% of £142.30, so £71.15, exactly as your Passenger Charter says. If it "
        "isn't paid by 18/03/2024 I'm going to the Rail Ombudsman, and you'll be the "
        "headline of my next newsletter to 3,000 commuters. Disgraceful.\n"
        "\n"
        "Helen Fairbrother\n"
        "helen.fairbrother@protonmail.com"
    ),
]
