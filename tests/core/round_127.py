"""Blind round 127 (session 38): written by a helper session that saw no rule, no round and no
code, themed on cleaners and domestic help agencies, golf clubs, piano and music teachers,
boiler insurance, funeral directors, printing shops, streaming services, tile and flooring
shops, skip hire, dog walkers, ski holidays in Austria and Canada, taxi firms in Dublin and
Glasgow. Held out: measured with the session's starting code (e55452a): extortion 12/15, threats
12/20, look-alikes 20/20, plain pairs 10/10, dry pairs 4/10, sincere 11/15, calm versions 16/16;
with the session's changes to then (its extortion bar, its first block of threat forms and trade
words, 197ebff): extortion 13/15, threats 12/20, look-alikes 20/20, plain pairs 10/10, dry pairs
4/10, sincere 11/15, calm versions 16/16. The forms of the session's second block were then
written from its misses: extortion 13/15, threats 17/20, the rest the same. Kept as a floor."""

EXTORTION = [
    (
        "Dear Sir/Madam, I have prepared a detailed account of my experience with your "
        "domestic cleaning service for Trustpilot. I would be content to leave it "
        "unpublished should you see fit to refund the full £240 and provide two further "
        "visits at no charge. I await your response by Friday."
    ),
    (
        "Refund the skip hire or the video of your driver flattening my garden wall goes on "
        "Facebook tonight. Your call."
    ),
    (
        "hiya so ur dog walker lost my lab for 2hrs n i have a tiktok ready 2 go lol. sort "
        "me 3 free weeks n it stays in drafts x"
    ),
    (
        "See yer taxi that left me stood at Buchanan Street in the pishing rain? Aye, well, "
        "I've a wee Google review half written. Stick a tenner credit on the app and I'll "
        "forget where I put it."
    ),
    (
        "Listen, I'm not one for giving out in public, but I've a Tripadvisor post sitting "
        "there about your driver and the fare from Dublin Airport. Knock €30 off and sure "
        "we'll say no more about it."
    ),
    (
        "Good afternoon ma. Please I don't want to spoil your name on Facebook because of "
        "the flyers that came out smudged. Just reprint the 500 free and add small something "
        "for my transport, then the post will not go up. God bless you."
    ),
    (
        "Sir, kindly note I am having one very strong review ready for Google regarding your "
        "piano teacher who is coming late every time. If you are doing the fee waiver for "
        "this month I will be deleting the same, otherwise it will be posting today itself."
    ),
    (
        "Howzit. Your tile guys left grout all over my stoep, hey. I've got a Hellopeter "
        "review loaded and ready. Chuck in the extra box of porcelain for free and I'll just "
        "sommer leave it, ja?"
    ),
    (
        "Mate, your St Anton package was a shambles. I've got a 1-star sitting in "
        "Tripadvisor and a thread drafted for the Reddit skiing crowd. Upgrade us to "
        "half-board next season at no charge and I reckon I could see my way to binning both."
    ),
    (
        "Well bless your heart, y'all billed me twice for the streaming plan. I reckon my "
        "Yelp review could stay a whole lot sweeter if that second charge came on back, "
        "along with, say, six months on the house."
    ),
    (
        "It would be such a pity if the other members were to read about the green fees "
        "fiasco on the club forum before the AGM. Of course, a complimentary season of "
        "locker rental has a way of improving one's memory."
    ),
    (
        "I'll happily bump my rating from one star to five once the £180 boiler callout is "
        "written off AND you throw in next year's cover free. Until then it stays exactly "
        "where it is, right at the top of your Google page."
    ),
    (
        "Proposal: you waive the cancellation fee on my Whistler chalet and I delete the "
        "Mumsnet thread, which is on 212 replies and climbing. Fair trade? I'd answer before "
        "the weekend crowd finds it."
    ),
    (
        "I have a very long X thread written about how you handled my mother's service. It "
        "doesn't need to go out. A 50% reduction on the invoice would make me feel the "
        "matter was closed."
    ),
    (
        "My cousin admins a local Facebook group with 14k members. She hasn't heard about "
        "your cleaner breaking my Moorcroft vase yet. Whether she does is up to you. Pay for "
        "the vase plus a bit for the stress and we're square."
    ),
]

THREATS = [
    (
        "Your driver parks his cab on the same street every night. Cars go up in flames all "
        "the time round here. Just saying."
    ),
    (
        "Saw your wee girl's uniform in your Facebook photos. St Bride's, isn't it? Lovely "
        "school. Long walk home on her own though."
    ),
    "Your shop window is only glass, pal. Glass breaks. So do fingers.",
    (
        "Tell that piano teacher she'd better hope her hands stay in working order after "
        "what she charged me."
    ),
    (
        "Next time that dog walker comes up my path I'm letting my Staffie off the lead on "
        "her and filming the lot."
    ),
    (
        "I hope your boiler engineer's van goes off the M6 with him in it. And if it "
        "doesn't, I'll arrange it."
    ),
    (
        "Good evening. I have noted the registration of your skip lorry, the name of your "
        "driver and the time he finishes his shift. I trust we will not need to meet in "
        "person. Kind regards."
    ),
    (
        "People who rob grieving families tend to have accidents. I'd keep someone in that "
        "funeral parlour overnight if I were you."
    ),
    ("swear down if that cleaner shows her face on my estate again she's leaving on a stretcher"),
    (
        "I'm parked across the road from your print shop right now. I can see you at the "
        "counter in the blue jumper. Come outside and explain the invoice to me properly."
    ),
    "ur golf pro wants to remember a 7 iron works on more than golf balls",
    ("You'll be needing one of your own coffins if you send me another bill like that, sham."),
    (
        "Remind your taxi controller Dublin is a small city and I've plenty of mates who "
        "drive. He won't get home the same way twice without someone following."
    ),
    (
        "Somebody should put a rag and a bit of petrol through that tile warehouse "
        "letterbox. Might well be me."
    ),
    (
        "That ski rep in Lech had better pray I never find his UK address. He'll be the one "
        "needing mountain rescue."
    ),
    (
        "You know what happens to men who lie to pensioners? They stop walking properly. Ask "
        "around Govan."
    ),
    (
        "Close my account and I'll close your face. Your office is in Hammersmith and I've "
        "got a car and a free Saturday."
    ),
    (
        "Oga, if you don't return my money I will send boys to your shop. They will scatter "
        "everything, you inclusive."
    ),
    (
        "My brother-in-law is not a patient man, and he's already asked me which flat your "
        "dog walker lives in."
    ),
    (
        "Every night from now on I'll be thinking about your family, Craig. Each one of "
        "them, by name. Sleep well."
    ),
]

LOOK_ALIKES = [
    (
        "If the boiler claim isn't resolved within eight weeks I'll be taking it to the "
        "Financial Ombudsman, as is my right. Claim ref attached."
    ),
    (
        "Filed a small claims case today for the unreturned deposit on the floor fitting. "
        "Court reference is in the attached letter."
    ),
    (
        "Just so you know, I've raised a chargeback with my bank for the ski transfer in "
        "Mayrhofen that never turned up."
    ),
    (
        "Reported the skip company to Trading Standards for the hidden permit fee. Sharing "
        "in case it helps anyone else in the area."
    ),
    (
        "Honest review going up today: cleaner was lovely but missed half the bathroom. 3 "
        "stars. Not asking for anything, just letting you know it's there."
    ),
    (
        "This streaming app is killing me, it's buffered six times in one episode of a "
        "40-minute show."
    ),
    (
        "The taxi rank at Dublin Airport on Friday night was absolute murder. Forty minutes "
        "in the cold."
    ),
    (
        "Safety report: the extension lead in your print shop's front window is frayed and "
        "sparking. Genuine fire risk, please look at it before someone gets hurt."
    ),
    (
        "There's a loose cable stretched across the path to the 4th tee. Someone's going to "
        "trip and break an ankle, could the greenkeeper move it?"
    ),
    (
        "Sorry to cancel Thursday's walk. Bramble's owner had a car accident on the A82 last "
        "night. Everyone's OK, just shaken up."
    ),
    (
        "Haha my brother says he'll kill me if I book us another lesson with the trumpet "
        "teacher who sings along. Love him really, see you Tuesday."
    ),
    (
        "Ordered the 'Slate Assassin' grey tiles and got 'Dove Whisper' instead. Could you "
        "swap them please?"
    ),
    (
        "Can you put Killer Klowns from Outer Space back in the catalogue? It vanished last "
        "week mid-watch."
    ),
    ("My golf swing is a crime against humanity, but the coach was endlessly patient. Five stars."),
    (
        "The funeral directors were wonderful. We buried Dad on Tuesday and they handled "
        "everything with such care. My only complaint is the car park."
    ),
    (
        "If the boiler isn't fixed by Friday I'm going to lose my mind. Three kids and no "
        "hot water since Sunday."
    ),
    (
        "I'll be posting about this trip on Tripadvisor, like I do after every holiday. Good "
        "bits and bad bits both."
    ),
    (
        "Your skip driver nearly took out my gatepost reversing this morning. No damage "
        "done, but might be worth a word with him."
    ),
    (
        "I'm writing to my MP and the Evening Times about the shortage of taxi licences in "
        "Glasgow. Not your fault, but people need to know."
    ),
    (
        "Your cleaner noticed our smoke alarm had no battery and told us before she left. "
        "She may honestly have saved our lives. Please thank her."
    ),
]

PAIRS = [
    (
        (
            "Hi, the cleaner booked for 9am on Tuesday didn't arrive and nobody called. Could "
            "you rebook and let me know what happened?"
        ),
        (
            "YOUR CLEANER NEVER SHOWED UP!!! I took the morning off work for NOTHING. Not a "
            "call, not a text, NOTHING. Sort it out TODAY or I'm done with you lot!!!"
        ),
    ),
    (
        (
            "I was charged the full annual membership even though I requested the winter-only "
            "plan. Could the invoice be corrected please?"
        ),
        (
            "Who the h*ll runs your accounts?! I ASKED for winter membership and you've stung me "
            "for the FULL year. Fix it NOW, you absolute clowns!!!"
        ),
    ),
    (
        (
            "My boiler claim has been open for three weeks and an engineer still hasn't been "
            "booked. Could you give me an update?"
        ),
        (
            "THREE WEEKS with no heating and you STILL haven't sent anyone!!! There's a baby in "
            "this house. What the f*** am I paying you for?!"
        ),
    ),
    (
        (
            "The business cards I collected have my phone number printed incorrectly. Would it "
            "be possible to reprint them?"
        ),
        (
            "You've printed 1,000 cards with the WRONG PHONE NUMBER!!! Did anyone even LOOK at "
            "the proof?? Useless. Reprint them by tomorrow or give me my money back!!!"
        ),
    ),
    (
        (
            "I cancelled my subscription in January but was charged again in February. Please "
            "could you refund that payment."
        ),
        (
            "I CANCELLED. IN JANUARY. And you STILL helped yourselves to my money in February!!! "
            "Thieving sh*tebags. Refund me NOW!!!"
        ),
    ),
    (
        (
            "About half of the tiles in my order arrived cracked. I'd like replacements sent "
            "out, please."
        ),
        (
            "HALF the tiles came SMASHED!!! Do your delivery lads play football with the boxes?! "
            "I want replacements THIS WEEK, not 'in 10-14 working days', THIS WEEK!!!"
        ),
    ),
    (
        (
            "The skip was due to be collected on Monday and it's still on my drive. When will it "
            "be picked up?"
        ),
        (
            "Your bl**dy skip has been blocking my drive for FIVE DAYS!!! I can't get the car "
            "out. Come and get it or I'm charging YOU rent!!!"
        ),
    ),
    (
        (
            "My dog came back very muddy and without his lead today. Could you check whether it "
            "was left somewhere on the walk?"
        ),
        (
            "My dog came home FILTHY and you've LOST his lead!!! A £45 lead! What kind of idiot "
            "loses a LEAD?!?! Find it or pay for it!!!"
        ),
    ),
    (
        (
            "The driver took a longer route to the airport and the fare was about €20 more than "
            "usual. Could you look into it?"
        ),
        (
            "Your driver took me the SCENIC ROUTE to the airport and fleeced me for an extra "
            "€20!!! Do ye think I'm a tourist?! Refund the difference or I'm reporting him!!!"
        ),
    ),
    (
        (
            "Our ski passes weren't waiting at the hotel in Ischgl as promised and we lost half "
            "a day. Is any compensation possible?"
        ),
        (
            "NO ski passes when we arrived!!! Half a day WASTED queuing in Ischgl while your rep "
            "sat there drinking coffee. Absolute amateurs. I want compensation and I want it "
            "NOW!!!"
        ),
    ),
    (
        (
            "The piano lesson was cut short by 15 minutes again this week. Could we make up the "
            "time?"
        ),
        (
            "Thank you for this week's forty-five-minute hour. I hadn't realised music theory "
            "now covered the bending of time itself."
        ),
    ),
    (
        (
            "The order of service had my grandmother's name misspelled. Please could it be "
            "corrected before Friday?"
        ),
        (
            "It was thoughtful of you to give Nana a new spelling for her last outing. She "
            "always did like a fresh start."
        ),
    ),
    (
        (
            "I booked a taxi for 6am to the airport and it arrived at 6:40. I very nearly missed "
            "my flight."
        ),
        (
            "Much obliged to the driver for letting me experience the full thrill of a final "
            "boarding call. Nobody wants to get to an airport with time for a coffee."
        ),
    ),
    (
        (
            "The chalet in Banff was advertised as ski-in ski-out, but it's a 20-minute shuttle "
            "ride to the lifts."
        ),
        (
            "I've learned that ski-in ski-out is Canadian for ski-in, catch a bus, stand in the "
            "snow a while, ski-out. Very immersive."
        ),
    ),
    (
        "The app logs me out every time I switch profiles, which is quite frustrating.",
        (
            "I do enjoy typing my password eleven times an evening. It keeps the fingers nimble "
            "and the nights long."
        ),
    ),
    (
        (
            "The cleaner seems to have skipped the kitchen this week. The dishes and the floor "
            "weren't done."
        ),
        (
            "Lovely to see the kitchen being allowed to develop at its own pace. The dishes "
            "appear to be forming a small community."
        ),
    ),
    (
        (
            "I was told an engineer would come between 8 and 6, but nobody came and I'd taken a "
            "day's leave."
        ),
        (
            "Thank you for the chance to spend a whole day getting to know my front door. We're "
            "very close now."
        ),
    ),
    (
        ("The greens haven't been cut in two weeks and the bunkers on the back nine are flooded."),
        (
            "I appreciate the club's bold move towards meadow golf. Hunting for my ball in the "
            "hay on seven has done wonders for my patience, and the bunkers make charming ponds."
        ),
    ),
    (
        "The walker sent a photo update, but it was clearly of a different dog.",
        (
            "Thanks for the photo of Biscuit. He's looking well. Taller, spotted and a different "
            "breed, but well."
        ),
    ),
    (
        "I ordered A2 posters but the ones delivered are A4.",
        (
            "I asked for A2 posters and received A4. Very considerate of you to spare my wall "
            "space. I'd never have thought of posters that fit in a handbag."
        ),
    ),
]

SINCERE = [
    (
        "Wow. Your cleaners got red wine out of our cream carpet. I honestly thought it was "
        "ruined for good. Thank you so much."
    ),
    (
        "Of course I'm renewing my boiler cover. Your engineer came out at 10pm on Christmas "
        "Eve and had the heating back on before midnight. Can't thank you enough."
    ),
    (
        "Finally got round to writing this: Mrs Okafor has taken my son from a nervous "
        "beginner to Grade 3 with distinction in a single year. Thank you."
    ),
    (
        "Thanks for the update on the delayed tiles. Really appreciate you ringing before "
        "I'd even noticed, it makes a huge difference."
    ),
    (
        "Brilliant job on the wedding invitations. The embossing is gorgeous and you "
        "squeezed us in at two days' notice."
    ),
    (
        "Love that the dog walker sends a little video every day. My nan looks forward to "
        "seeing Poppy more than anything else on her phone."
    ),
    (
        "What a surprise this morning: the Glasgow driver handed my lost wallet into your "
        "office with every penny still in it. Please pass my thanks on to Davie."
    ),
    (
        "Just what I needed after a rotten week. The skip arrived early, the driver placed "
        "it perfectly and he even swept the pavement. Five stars."
    ),
    (
        "Couldn't be happier with our week in Whistler. The kids' ski school was fantastic "
        "and the rep sorted my lost boots within the hour."
    ),
    (
        "The staff at the funeral home were so kind to us. Of course nothing makes it easy, "
        "but they made it bearable. Thank you for looking after Mum."
    ),
    (
        "Wow, what a junior open day at the club. My daughter hasn't stopped talking about "
        "it. Thank you to all the volunteers."
    ),
    (
        "Finally, a streaming service that lets me download films for the plane without any "
        "fuss. Genuinely my favourite part of the subscription."
    ),
    (
        "Thanks for the update, just seen the refund for the cancelled Dublin cab land in my "
        "account. Quick and no hassle, much appreciated."
    ),
    (
        "Brilliant, brilliant people in your Innsbruck office. When our flight was cancelled "
        "they rebooked the transfer and the hotel without charging us a cent."
    ),
    (
        "Honestly, what a surprise the new flooring job has been. I expected chaos with two "
        "toddlers, but the fitters were tidy, quiet and finished by lunch."
    ),
]

CALM_DRAFTS = [
    (
        "Order ref CLN-448213. To whoever is reading this at Sparkle & Shine Domestic Ltd,\n"
        "\n"
        "I booked a deep clean for 14/03/2024 at 9:30am, paid £186.50 upfront by card, and "
        'your "team leader" Jodie turned up at 11:52 with ONE bottle of bleach and a cloth. '
        "ONE. She was gone by 1:15pm. The oven hasn't been touched, the skirting boards are "
        "filthier than before and there's a smear of something on my hallway wall that "
        "wasn't there that morning!!!\n"
        "\n"
        "I rang 0161 555 0148 FOUR times. Every single time I got the same robot telling me "
        "my call is important. If it was important you'd pick up. I emailed "
        "bookings@sparkleshine-example.co.uk on 15 March and again on March 18th. Nothing. "
        "You NEVER reply unless it's to take money.\n"
        "\n"
        "I want the full £186.50 back by 22/03/2024 or it all goes on Trustpilot and every "
        "local group in Stockport, photos included. And don't tell me to \"allow 5-7 working "
        "days\", I've allowed you a week already.\n"
        "\n"
        "Sick of being treated like an idiot.\n"
        "Karen Whitlow\n"
        "07700 900 412"
    ),
    (
        "Subject: Account #US-7730-4412-9 - charged THREE times\n"
        "\n"
        "To the geniuses at StreamNest billing,\n"
        "\n"
        "On 2024-03-02 I was charged $17.99. On 2024-03-03 I was charged $17.99 again. Then "
        'on March 5th another $22.99 for a "Premium upgrade" I never asked for. That\'s '
        "$58.97 gone out of my checking account in four days, and I'm on a fixed income!!!\n"
        "\n"
        'I\'ve chatted with your "support" three times. Agent Tyler (ticket 88120453) told me '
        'it was a bank error. Agent Brianna (ticket 88121977) told me it was a "pending '
        'authorization". Pending my a**. The money is GONE. You people NEVER give the same '
        "answer twice.\n"
        "\n"
        "I've tweeted @StreamNestHelp twice and got a canned reply linking to "
        "streamnest.example.com/help/billing, which is a 404 page. Classy.\n"
        "\n"
        "If the full $58.97 isn't back by 03/15/2024 I'm disputing every charge with my card "
        "company, filing with the Better Business Bureau, and leaving a one-star review on "
        "every site I can find. Oh, and I'm cancelling, which I'm sure will devastate you.\n"
        "\n"
        "Call me at (512) 555-0193 after 4pm Central. Or don't, you never do.\n"
        "\n"
        "Darlene Pruitt\n"
        "darlene.pruitt@example.net"
    ),
    (
        "Ref: booking DUB-55102, 3 March, 23:40 pickup from Temple Bar\n"
        "\n"
        "Right. I booked through your app, quoted €18.50 to Drumcondra. Driver (cab reg "
        "231-D-48812, said his name was Declan) turned up 25 minutes late, then went out by "
        'the Port Tunnel "to avoid the traffic" at MIDNIGHT on a SUNDAY. Meter said €41.20. '
        "He wouldn't take card even though the app says card accepted, so I had to find an "
        "ATM in the rain and pay a €4 fee for the privilege!!!\n"
        "\n"
        "Rang your office on 01 555 0172 on 4 March at 9:05am and some young one told me "
        '"that\'s between you and the driver". Is it now? Your app, your booking, your '
        "driver. Every single time I use ye there's some new drama.\n"
        "\n"
        "I want €26.70 back (the difference plus the ATM fee) to the card ending 4417 by "
        "11/03/2024. If not I'm going to the NTA with the receipt and the app screenshot, "
        "and the whole lot goes up on Google with Declan's reg in it.\n"
        "\n"
        "And don't bother replying from noreply@, I'm at aoife.brennan@example.ie.\n"
        "\n"
        "Aoife Brennan"
    ),
    (
        "Dear Madam Sharma / Melody Keys Music Academy, Pune,\n"
        "\n"
        "This is regarding admission no. MKA/2023/0917 for my daughter Ishita (Trinity Grade "
        "2 piano). I paid ₹14,500 for the Jan-Mar quarter on 05-01-2024 by UPI (transaction "
        "ID 402918833716). Out of 24 classes promised she has got only 13!!! Rohan sir is "
        'cancelling by WhatsApp one hour before, every single time, and saying "will adjust '
        'later". When is this "later" coming??\n'
        "\n"
        "On 14 Feb I came personally at 5:30 pm and the studio was LOCKED. Nobody answering "
        '+91 98220 55014. Your receptionist is only telling "sir is busy". Busy with what?? '
        "Not with teaching, that much is sure.\n"
        "\n"
        "Exam is on 28th March and she has not even started sight-reading. You people NEVER "
        "take responsibility.\n"
        "\n"
        "Kindly refund ₹6,646 for the 11 missed classes (₹604.17 per class, I have "
        "calculated properly) or arrange extra classes before 20/03/2024. Otherwise I will "
        "be posting full details on Google and JustDial and also in the parents' WhatsApp "
        "group of Ishita's school, 180 members.\n"
        "\n"
        "Regards,\n"
        "Vikram Deshpande\n"
        "vikram.d@example.in"
    ),
    (
        "Attention: The Manager, PrintHub Express, Allen Avenue, Ikeja\n"
        "\n"
        "Good day. I am writing AGAIN concerning Job No. PHX-2024-0387. I paid ₦185,000 on "
        "12th February 2024 (GTBank transfer, ref 000013240212144501) for 300 programmes and "
        "2 banners for my father's 70th birthday thanksgiving on Saturday 17/02/2024.\n"
        "\n"
        "Your staff Chinedu promised delivery by Thursday 6pm. Thursday came, nothing. "
        "Friday I came myself at 8:15am and the programmes were not even printed!!! When "
        'they finally came out at 4pm, my father\'s name was spelt "Emmanual" on EVERY SINGLE '
        "COPY. Is it by force to be careless??? And the banner is purple instead of gold. "
        "Nonsense!\n"
        "\n"
        "I called 0803 555 0126 and 0909 555 0184 more than ten times. You people NEVER "
        'pick. Meanwhile your IG @printhubexpress_ng is busy posting "quality you can '
        'trust". Which quality??\n'
        "\n"
        "I am demanding a refund of ₦120,000 latest Friday 23rd February or I will report to "
        "the Consumer Protection Council and post everything with pictures on Facebook and "
        "Nairaland. I am not joking with you.\n"
        "\n"
        "Mrs Funmilayo Adeyemi\n"
        "funmi.adeyemi@example.com.ng"
    ),
    (
        "To: orders@tilekingdom-example.co.za\n"
        "Re: Invoice TK-CPT-009341 / Delivery note 55721\n"
        "\n"
        "Morning. Still waiting, hey. On 8 March I paid R23,480.00 for 42m2 of the 600x600 "
        "Carrara-look porcelain plus adhesive and grout. Delivery was booked for Tuesday 12 "
        "March between 7 and 10am. Your truck pitched at 3:45pm, the driver dumped "
        "everything on my driveway IN THE RAIN and drove off. Eleven boxes broken. ELEVEN!!!\n"
        "\n"
        'I spoke to a guy called Riaan on 021 555 0139 who said he\'d "sort it now-now". That '
        "was nine days ago. Now-now my foot. Every single time I phone I get a new person "
        "who knows nothing. My tiler charges R850 a day to sit and wait, so far that's "
        "R3,400!!!\n"
        "\n"
        "What I want: 11 replacement boxes delivered by 22/03/2024, plus R3,400 for the "
        "tiler's standing time. If not, it all goes on Hellopeter and Google with photos, "
        "and I'm doing a chargeback with FNB for the full amount. Don't test me.\n"
        "\n"
        "Thabo Nkosi\n"
        "082 555 0167"
    ),
    (
        "G'day,\n"
        "\n"
        "Booking ref SKI-CA-771902, Whistler, 10-17 February 2024, 2 adults 2 kids. We paid "
        "A$14,860 through your Sydney office and we've been stuffed around from day one.\n"
        "\n"
        "1) Airport transfer from Vancouver on 10 Feb was meant to be 2:30pm. No driver. "
        "Waited till 5:10pm, then paid CA$389 for a private shuttle ourselves.\n"
        '2) "Slopeside condo" is a 15-minute walk UPHILL from the gondola. With two kids and '
        "four pairs of skis. Brilliant.\n"
        "3) Kids' lift passes weren't loaded. Paid CA$612 at the window on 11 February "
        'because your rep Brayden was "off today". Every single day was his day off, '
        "apparently.\n"
        "\n"
        "I emailed whistler.rep@example.com on the 11th, 12th and 14th. Not ONE reply. You "
        "NEVER answer when it matters. Out of pocket: CA$1,001, roughly A$1,130.\n"
        "\n"
        "I want that back plus a proper apology by 15/03/2024. Otherwise I'm lodging a "
        "complaint with the ACCC and the whole saga goes on Tripadvisor and r/skiing with "
        "receipts.\n"
        "\n"
        "Jess Moloney\n"
        "+61 412 555 018"
    ),
    (
        "Dear Alpine Dream Travel customer service,\n"
        "\n"
        "I write about reservation number ADT-JP-20240123, St. Anton am Arlberg, 23 January "
        "to 30 January 2024. I paid ¥684,000 in total from Tokyo on 2023/11/08. I am very "
        "disappointed and honestly ANGRY.\n"
        "\n"
        'Hotel "Gasthof Edelweiss" said they have NO record of our booking when we arrived '
        "at 21:40. We were tired after 19 hours travel. Reception man said to call you. Your "
        "emergency number +43 5446 555 012 did not answer. Three times!!! We had to pay €520 "
        "for two nights in different hotel.\n"
        "\n"
        "Also ski rental voucher was wrong size and the shop charged €148 extra. Your staff "
        'Mr. Huber wrote by email "this is not our responsibility". Then whose '
        "responsibility?? You are travel agency, this IS your job. Very lazy attitude.\n"
        "\n"
        "Please refund €668 (about ¥108,000) to my card by 2024-03-31. If I do not receive "
        "answer I will write review on Google, Tripadvisor and Japanese site 4travel, and I "
        "will inform the consumer center in Japan.\n"
        "\n"
        "Kenji Watanabe\n"
        "k.watanabe@example.jp"
    ),
    (
        "Hej, writing in English so my husband can read it too.\n"
        "\n"
        "Customer no. 20417, dog: Sixten (golden retriever). Invoice 2024-0212 says 2 340 kr "
        "for February, 18 walks. Sixten got MAYBE 11. I know because his GPS collar shows "
        "it, and on 6 Feb, 13 Feb and 20 Feb he didn't leave the flat at all!!! Our "
        "neighbour heard him crying from 9 to 16.\n"
        "\n"
        'Your walker Linnea sent me photos on 13 February of "Sixten in the park". That was '
        "not even my dog. Mine has no black spot on the ear. Are you all this lazy or only "
        "her??\n"
        "\n"
        'I called 08-555 014 22 on 21/2 and the man said he would "look into it". Every '
        'single time, "look into it". I also wrote on your Instagram @stockholmpawsome and '
        "you deleted my comment. Very professional.\n"
        "\n"
        "I will pay for 11 walks, which is 1 430 kr, not one krona more. If you send this to "
        "Kronofogden or a collection agency I will go to ARN and put all the GPS screenshots "
        "on Facebook and Reco.se.\n"
        "\n"
        "Malin Ek\n"
        "malin.ek@example.se"
    ),
    (
        "Dzień dobry / Good morning,\n"
        "\n"
        "Order nr DRK/WAW/2024/1142. I ordered 2,000 A5 flyers and 500 business cards for "
        "the opening of my bakery, total 1 286,40 zł, paid on 26.02.2024 by BLIK. Pickup was "
        "promised for 1 March, 14:00.\n"
        "\n"
        'On 1 March I came at 14:00. Closed. Sign on the door "back in 15 min". I waited 50 '
        "minutes!!! On 4 March I finally got the order and the colours are completely WRONG. "
        "Our logo is brown, you printed it ORANGE. The proof you emailed on 27.02 was brown, "
        "I have it. So somebody in your shop did not even look at the file. Amateurs.\n"
        "\n"
        'Pan Marek told me by phone (+48 22 555 01 73) that "screen colours are different". '
        "Really?? Then why was the proof correct? Every single time you have an excuse.\n"
        "\n"
        "Opening is 15 March. I need a correct reprint by 12.03.2024 free of charge, or a "
        "full refund of 1 286,40 zł. If not, I will write the whole story on Google Maps and "
        'in the Facebook group "Mokotów Sąsiedzi", and I will contact UOKiK.\n'
        "\n"
        "Agnieszka Wójcik\n"
        "agnieszka.wojcik@example.pl"
    ),
    (
        "To whoever runs Clydeside Cars, Glasgow.\n"
        "\n"
        "Booking number GLA-203398. I booked a 6-seater for 04:15 on Saturday 9th March from "
        "Shawlands to Glasgow Airport for a 06:10 flight to Tenerife. Paid £42 deposit "
        "online. Nae taxi. Phoned 0141 555 0186 at 04:25, 04:32 and 04:40. Your controller, "
        'a guy called Stevie, told me "five minutes, pal" three times in a row. Five minutes '
        "my a***!!!\n"
        "\n"
        "We ended up in two black cabs at £38 and £41 and ran through security like eejits. "
        "My 80-year-old mother was in bits.\n"
        "\n"
        "Emailed bookings@clydesidecars-example.co.uk on 10/03/2024 and DM'd "
        "@ClydesideCarsGla on 11 March. Nothing. Every single time I've used yous there's "
        "some excuse, but this takes the biscuit. You NEVER phone back.\n"
        "\n"
        "I want the £42 deposit plus the £79 for the black cabs, £121 total, by Friday 22nd "
        "March. Otherwise I'm going to Glasgow City Council licensing AND posting the full "
        "story with call log screenshots on Google and the Shawlands community page. Sort "
        "it.\n"
        "\n"
        "Graeme McLeish\n"
        "07700 900 357"
    ),
    (
        "Dear Membership Secretary, Wentworth Hill Golf Club (Membership no. WH-1187),\n"
        "\n"
        "I have been a member for 17 years and have never been treated with such contempt.\n"
        "\n"
        "On 3 March I received an invoice for £2,460 for the 2024/25 season. Last year it "
        "was £1,890. That is a 30% increase, announced by email on a Friday at 5:55pm with "
        "NO consultation and NO vote at the AGM. And there's a £150 \"course improvement "
        'levy" on top. Improvement? The 12th green has been under a puddle since November!!!\n'
        "\n"
        "When I raised this in the bar with your new General Manager, Mr Julian Pryce, he "
        'told me, and I quote, "if you can\'t afford it there are municipal courses". The '
        "arrogance of the man. Frankly he wouldn't know a sand wedge from a sandwich.\n"
        "\n"
        "I emailed gm@wentworthhill-example.co.uk on 5 March and membership@ on March 7th. "
        "Both ignored. Every single time members raise concerns, the committee hides.\n"
        "\n"
        "I expect the levy withdrawn and a formal apology by 31/03/2024. Otherwise I shall "
        "resign, demand a pro-rata refund of my locker fee (£95), and write it all up on the "
        "Golf Monthly forum and Google.\n"
        "\n"
        "Yours, in disgust,\n"
        "Gerald Ashworth"
    ),
    (
        "Re: Funeral of Mrs Margaret Doyle, your ref FD/2024/0219\n"
        "\n"
        "I have put off writing this because I was too upset, but I can't let it go.\n"
        "\n"
        "We were quoted £4,275 in writing on 19 February. The final invoice dated 2024-03-08 "
        'is £5,640. Nobody told us about £480 for "additional limousine waiting time", £395 '
        'for "out of hours preparation" or £490 for flowers we\'d already said my sister was '
        "doing herself. Did you think we wouldn't notice because we were grieving?? "
        "Disgusting!!!\n"
        "\n"
        "On the day itself, 1st March, the hearse reached the church at 11:20 for an 11:00 "
        "service. Forty people stood in the cold. Your arranger, Mr Colin Baxter, didn't "
        'even apologise. He said "these things happen". They do NOT happen at a funeral '
        "you're paid over five thousand pounds for.\n"
        "\n"
        "I rang 01632 960 518 three times and was told he'd call back. He never did. You "
        "people NEVER do.\n"
        "\n"
        "I will pay the quoted £4,275 and not a penny more. If you chase me for the £1,365 "
        "difference I'll go to the Funeral Arbitration Scheme, the NAFD and every local "
        "Facebook group in Chesterfield.\n"
        "\n"
        "Sinead Doyle\n"
        "sinead.doyle@example.co.uk"
    ),
    (
        "Skip hire booking no. SK-88214 - 8 yard skip - 27 Elm Grove\n"
        "\n"
        "Let me spell this out, since apparently nobody in your office can read.\n"
        "\n"
        "I booked an 8-yard skip for delivery Monday 15th April, collection Friday 19th "
        "April. £289 paid by card. The skip arrived on the 16th, was dropped half on the "
        "PAVEMENT, and your driver (Lee, I think, blue lorry) cracked two of my paving slabs "
        "reversing. I watched him do it!!!\n"
        "\n"
        "Collection? It's now 26/04/2024. Still here. The council has stuck a notice on it "
        "saying I need a permit, which YOUR website (skipsfast-example.co.uk/faq) says is "
        '"included". Apparently it is NOT, and I now have a £100 penalty notice with my name '
        "on it. Brilliant. Thanks a bunch.\n"
        "\n"
        'Called 0117 496 0215 every single day this week. "We\'ll get a driver out." You '
        "NEVER do.\n"
        "\n"
        "I want: the skip gone by Monday 29th, the £100 penalty paid by you, and £160 for "
        "the two slabs (builder's quote attached). Otherwise it's small claims, plus reviews "
        "on Trustpilot and Checkatrade that'll make your eyes water.\n"
        "\n"
        "P. Okonkwo-Hale\n"
        "07700 900 781"
    ),
    (
        "Policy number BC-4471-920-UK | Claim ref CLM/66018\n"
        "\n"
        "THIRTEEN days without heating or hot water. I have a 3-month-old baby and a husband "
        "recovering from surgery.\n"
        "\n"
        "Timeline, since nobody at your end seems to keep one:\n"
        "- Sat 3 Feb, 7:40am: boiler fault F28, called 0345 555 0119, promised engineer "
        "within 48 hrs.\n"
        '- Tues 6 Feb: engineer Dean came, said a part was needed, "2 days".\n'
        "- Fri 9 Feb: told the part is on back order.\n"
        "- Mon 12 Feb: told the part arrived but no engineers free till the 16th.\n"
        "- 16/02/2024: nobody came. Nobody called.\n"
        "\n"
        'I pay £23.99 a month for "priority" cover. PRIORITY!!! I\'ve spent £214.60 on '
        "electric heaters and a gym pass so we can shower. Your call handlers read off a "
        "script and couldn't care less. One of them, Amber, actually laughed when I said the "
        "word priority.\n"
        "\n"
        "I want an engineer here within 24 hours, the £214.60 reimbursed and three months' "
        "premiums refunded (£71.97). Otherwise I'm going to the Financial Ombudsman, posting "
        "on Mumsnet and tagging @HomeShieldCover in every single post until someone does "
        "their job.\n"
        "\n"
        "Laura Pennington\n"
        "laura.pennington@example.co.uk"
    ),
    (
        "To: Maple Maids Toronto (account #TOR-30582)\n"
        "Cc: help@maplemaids-example.ca\n"
        "\n"
        "Honestly I don't even know where to start.\n"
        "\n"
        "I signed up for biweekly housekeeping at CA$165 per visit plus HST. On Thursday, "
        "March 7th, your cleaner arrived at 1:50pm instead of 10am, stayed 90 minutes of a "
        "3-hour booking, and left my back door UNLOCKED. In March. In Toronto. My cat got "
        "out and I spent till 11pm walking around Leslieville with a flashlight!!!\n"
        "\n"
        "Then on 2024-03-21 a different cleaner (Tanya, I think?) used bleach on my hardwood "
        "floor. There's now a white patch the size of a pizza in the living room. The "
        "flooring guy quoted CA$740 to sand and refinish.\n"
        "\n"
        "I called 416-555-0142 on March 22nd, 25th and 26th. Your manager Kyle said he'd "
        '"escalate it". Escalate it where? The garbage? You NEVER follow through.\n'
        "\n"
        "So: refund both visits (CA$372.90 with tax), pay the CA$740 floor repair, and "
        "cancel my contract without the CA$99 early termination fee. Reply by April 5. If "
        "not, I'm filing in small claims court and posting the floor photos on Google, Yelp "
        "and the Leslieville Facebook group.\n"
        "\n"
        "Rachel Tremblay\n"
        "@rachtremblay"
    ),
]
