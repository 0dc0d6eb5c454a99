"""Blind round 129 (session 38): written by a helper session that saw no rule, no round and no
code, written after the session's changes were made, to check them, themed on garage door and
gate installers, florists, online electronics marketplaces, hearing aid clinics, yoga studios,
removal vans, breakdown recovery, holiday cottages in Wales and Cornwall, school trips, printer
ink subscriptions, scooter and motorbike dealers in Hanoi and Jakarta, cab companies in
Johannesburg. Held out: measured with the session's starting code (e55452a): extortion 14/15,
threats 12/20, look-alikes 19/20, plain pairs 10/10, dry pairs 4/10, sincere 12/15, calm
versions 16/16. With the session's final forms and bars: threats 13/20, the rest the same.
Nothing was written from it. Kept as a floor."""

EXTORTION = [
    (
        "Dear Sir or Madam, I have drafted a rather detailed one-star review of our stay at "
        "Gwel an Mor cottage for Tripadvisor. I would be prepared to leave it unpublished, "
        "should you see your way to refunding the £180 cleaning surcharge in full. I look "
        "forward to your prompt reply."
    ),
    "Refund the ink sub or the Trustpilot review goes live tonight. Your call.",
    (
        "ok so ur shop wrecked my mums bday flowers lol. gimme 50 quid back n a free bouquet "
        "n i wont put it on tiktok. got 12k followers btw x"
    ),
    (
        "Listen pal, the van turned up three hours late an' scratched ma maw's sideboard. "
        "Knock a hunner off the bill an' I'll no bother puttin' it on Google. Otherwise the "
        "whole o' Paisley's gonnae hear aboot it."
    ),
    (
        "Ah sure look, I don't want to be writing up the whole saga on Mumsnet, but if the "
        "school trip deposit found its way back to me by Friday I'd say no more about it. "
        "Grand?"
    ),
    (
        "Oga, I beg, make una settle me small. Refund my ₦85,000 for the fake earbuds and I "
        "go remove the post from Nairaland sharp sharp. If not, everybody go hear am."
    ),
    (
        "Kindly do the needful and reverse the ₹4,200 charged for the hearing aid fitting. "
        "Only then I will be deleting my Google review, which is presently having more than "
        "200 likes. Please revert at the earliest."
    ),
    (
        "Howzit. Your driver took the long way round Sandton and charged me R640. Sort me "
        "out with the difference plus a couple of free rides and the Hellopeter post comes "
        "down, no stress. Otherwise it stays up, boet."
    ),
    (
        "Mate, honestly, your gate install's a shocker. Chuck the keypad in for free and "
        "I'll bump the Google review from one star to four. Fair trade, yeah?"
    ),
    (
        "Well bless your heart, I've got a real long Yelp review about your garage door crew "
        "typed up and just a-sittin' in my drafts. Reckon it could stay there if y'all "
        "waived that $149 service call fee."
    ),
    (
        "It would be such a pity if the 3,000 members of the Hanoi Expat Riders Facebook "
        "group learned how you handle warranty claims. I'm sure we can find a friendlier "
        "arrangement, shall we say a free service and new tyres?"
    ),
    (
        "I'll update my rating once my second month at the studio is credited back. Until "
        "then it sits at one star, and I'll be adding photos of the changing rooms every "
        "week."
    ),
    (
        "Here's the deal. You cover the tow and the £95 callout, I delete the Reddit thread. "
        "That's it. Clock's ticking, it's at 400 upvotes already and climbing."
    ),
    (
        "Got a thread about your 'refurbished' phones ready to post on X, tagging every "
        "consumer journalist I can find. DM me a $150 voucher code and it never sees "
        "daylight."
    ),
    (
        "Bro, I already write in Kaskus about your dealer in Kemang, very bad experience. If "
        "you give me free helmet and first service gratis, I will edit it to say good. Deal "
        "or no?"
    ),
]

THREATS = [
    (
        "Your daughter wears the green blazer from St Anne's, doesn't she. Lovely little "
        "school. Be a real pity if she ended up walking home on her own one of these dark "
        "evenings."
    ),
    (
        "That florist of yours has a lot of dried stuff in the window. Only takes the one "
        "match, that does."
    ),
    (
        "I've seen the black Corsa you park round the back. Brake lines are funny things, "
        "mate. Fragile."
    ),
    ("people like you who rob pensioners tend to end up face down in the Taff. just saying."),
    (
        "I hope the next time you break down on the M5 nobody comes for you, and a lorry "
        "finds you before the tow truck does."
    ),
    (
        "Tell Gary the fitter that if I clap eyes on him in Pontypridd again he'll be "
        "leaving in the back of an ambulance."
    ),
    (
        "I've got friends in Soweto who would love a quiet word with your driver Sipho. He "
        "won't be holding a steering wheel for a good while after."
    ),
    (
        "Been parked outside your place in Padstow twice this week. Nice view of the harbour "
        "from the front bedroom. Sleep well tonight."
    ),
    (
        "You smirked at my mother in that clinic. Do it again and you'll be needing one of "
        "your own hearing aids by the time I've finished with your head."
    ),
    (
        "come down the studio tomorrow and see what happens to your precious glass front. "
        "and to you. namaste x"
    ),
    (
        "My cousin rides with a crew in Hanoi. They know which shop is yours. They know "
        "which bike is yours. Think about that on the ride home."
    ),
    (
        "Would be a tragedy if one of your removal vans rolled down Clifton Hill with the "
        "handbrake off. With you standing in front of it."
    ),
    (
        "I'm a patient man. I'll wait by the depot gates every evening until your manager "
        "walks out. Then we settle this the old-fashioned way, no paperwork."
    ),
    (
        "I've got the itinerary for next week's Brecon trip. Interesting that you put your "
        "own lad's name on the list. Room 14, isn't it?"
    ),
    (
        "Keep ignoring me and the next thing through your letterbox won't be a complaint "
        "letter, it'll be a can of petrol."
    ),
    (
        "Saw your wife at the Tesco in Truro on Saturday. Tell her I said hello. She didn't "
        "see me. Next time she will."
    ),
    (
        "Kau tipu saya lagi, besok toko kau saya bakar. Serius. (Cheat me again and tomorrow "
        "I burn your shop. Serious.)"
    ),
    (
        "I hope that gate crushes you flat, you thieving little c***. And if it doesn't, "
        "I'll finish the job myself."
    ),
    (
        "Funny how accidents happen to people who don't answer their emails. Ladders, "
        "mostly. You've got a lot of ladders on that van of yours."
    ),
    (
        "I've got the courier's name off the tracking page. Don't think I won't find him at "
        "the depot and break both his hands so he never 'loses' a parcel again."
    ),
]

LOOK_ALIKES = [
    (
        "If this isn't resolved within 14 days I'll be referring it to the Financial "
        "Ombudsman. Not a threat, just letting you know what the next step is."
    ),
    (
        "I've filed a small claims case for the £340 deposit on the Tenby cottage. The court "
        "papers should reach you this week."
    ),
    (
        "I've raised a chargeback with my bank for the ink subscription I cancelled back in "
        "January. Sending you the confirmation so you're aware."
    ),
    (
        "Reported the gate installer to Trading Standards: the automatic gate has no safety "
        "edge and nearly closed on a child at the school run."
    ),
    (
        "Just so you know, I'll be writing an honest review of the yoga retreat on Google "
        "this weekend. Some good, some bad. Nothing you need to do."
    ),
    "This printer app is killing me. Fourth time today it's asked me to log in.",
    (
        "The queue at the hearing clinic was murder this morning, but the audiologist was an "
        "absolute sweetheart."
    ),
    (
        "Fire risk: the socket beside the kettle in Bwthyn Bach is scorched and smells of "
        "burning. Please get an electrician in before the next guests arrive."
    ),
    (
        "There's a loose cable dangling from the garage door motor, looks like it could give "
        "someone a nasty shock. Can you send someone to make it safe?"
    ),
    (
        "Sorry to tell you one of your recovery trucks was in an accident on the A30 near "
        "Bodmin this morning. Driver looked OK. Our car was on the back, what happens now?"
    ),
    (
        "haha Dave if you sign us up for that school trip again I will actually murder you 😂 "
        "love you mate"
    ),
    (
        "Ordered the 'Killer Queen' bouquet and got carnations instead of roses. Could you "
        "swap them please?"
    ),
    (
        "The Assassin's Creed bundle I bought from the marketplace arrived with a cracked "
        "disc. Replacement please."
    ),
    (
        "Your salesman in Jakarta was a beast at haggling with the finance company for me, "
        "got a brilliant rate. Genuinely, thank you."
    ),
    (
        "I'm going to post about our stay on Tripadvisor whatever happens, because other "
        "families deserve to know how kind the owner was when our little one got ill."
    ),
    (
        "Our removal men absolutely smashed it. Whole house packed in two hours, not a "
        "scratch on anything."
    ),
    "The Hot Yoga 'Inferno' class nearly finished me off. 10/10, will be back Thursday.",
    (
        "Cab driver in Braamfontein had to brake hard and I bumped my head on the seat. Not "
        "his fault, a minibus cut in. Just reporting it in case you need it for insurance."
    ),
    (
        "I'll be sharing my experience on Mumsnet whether or not there's a refund. I just "
        "think parents should know the trip was cancelled with two hours' notice."
    ),
    (
        "Heads up: the smoke alarm at the Mousehole cottage kept chirping all night. Think "
        "it's the battery dying, not a real fire, but worth swapping."
    ),
]

PAIRS = [
    (
        (
            "Hi, the electric gate you installed on 4 June has stopped responding to the remote. "
            "Could someone come out this week?"
        ),
        (
            "The gate you lot put in TWO WEEKS AGO is DEAD!!! Remote does NOTHING. Get someone "
            "out here TODAY or I'm ripping the whole useless thing out myself!!!"
        ),
    ),
    (
        (
            "The funeral wreath arrived an hour after the service had started. I'd like to "
            "discuss a refund, please."
        ),
        (
            "You delivered my NAN'S funeral wreath AFTER the service started!!! Have you ANY "
            "idea how that felt?? Absolute clowns. Full refund. NOW."
        ),
    ),
    (
        (
            "The laptop I ordered was listed as new but arrived with someone else's files on it. "
            "Please arrange a return."
        ),
        (
            "'Brand new' my a***!!! The laptop came with SOMEONE ELSE'S HOLIDAY PHOTOS on it!!! "
            "What kind of s***show are you running?? Refund me and BAN that seller!!!"
        ),
    ),
    (
        (
            "My father's hearing aid has whistled constantly since the fitting. Can we book a "
            "readjustment?"
        ),
        (
            "THREE fittings and Dad's aid STILL whistles like a kettle!!! £2,400 for THIS?? Are "
            "your audiologists even qualified??? SORT IT!!!"
        ),
    ),
    (
        (
            "I was charged for March even though I cancelled my membership in February. Please "
            "could you refund it?"
        ),
        (
            "I CANCELLED in FEBRUARY!!! Why the h*** have you taken March money?! Namaste my "
            "backside. Give it BACK."
        ),
    ),
    (
        "Your team broke a leg off our dining table during the move. How do I make a claim?",
        (
            "Your gorillas SNAPPED the leg off my dining table and then LAUGHED about it!!! Who "
            "hires these people?!? I want compensation and I want it THIS WEEK!!!"
        ),
    ),
    (
        ("I waited four hours on the hard shoulder for a recovery truck. I'd like an explanation."),
        (
            "FOUR HOURS on the hard shoulder with two kids in the car!!! FOUR!!! A breakdown "
            "service that doesn't turn UP. Pathetic. Absolutely f***ing pathetic!!!"
        ),
    ),
    (
        (
            "The cottage in Abersoch had no hot water for our whole stay. Would you consider a "
            "partial refund?"
        ),
        (
            "NO HOT WATER for SEVEN DAYS!!! We paid £1,150 to wash with a KETTLE!!! Useless, "
            "lying owners. I want money back, not another 'sorry for the inconvenience'!!!"
        ),
    ),
    (
        (
            "The school trip coach left without my son and nobody phoned me. I'd like to know "
            "what happened."
        ),
        (
            "You LEFT MY SON at a SERVICE STATION and NOBODY CALLED ME?!?! He's ELEVEN!!! What "
            "is WRONG with you people???"
        ),
    ),
    (
        (
            "Your ink subscription sent three cartridges this month although I'd paused "
            "deliveries. Please cancel and refund the extra."
        ),
        (
            "I PAUSED the d*mn subscription!!! Why are there THREE boxes of ink on my doorstep?? "
            "Stop charging me, you thieving muppets!!!"
        ),
    ),
    (
        (
            "The scooter I bought from your Hanoi shop broke down two days after purchase. Can "
            "you repair it under warranty?"
        ),
        (
            "Two whole days of flawless riding before the scooter gave up. I hadn't realised the "
            "warranty was meant to be admired rather than used. Very modern approach."
        ),
    ),
    (
        (
            "My motorbike has been at your Jakarta workshop for three weeks waiting for a part. "
            "Is there any update?"
        ),
        (
            "Three weeks now. I've come to think of the bike as a long-term resident of your "
            "workshop. I do hope it's settling in and making friends."
        ),
    ),
    (
        (
            "The driver took a much longer route from the airport and I was overcharged for the "
            "trip."
        ),
        (
            "I'd like to thank the driver for the scenic tour of Johannesburg's ring roads on "
            "the way from the airport. I hadn't asked for it, but at R900 it was clearly the "
            "premium package."
        ),
    ),
    (
        "I was kept on hold for 40 minutes when I called to report my breakdown.",
        (
            "Forty minutes of the same eight bars of panpipes while parked on the hard shoulder "
            "in the rain. I now know that melody better than my own children's birthdays."
        ),
    ),
    (
        "I ordered red roses for our anniversary and received yellow chrysanthemums instead.",
        (
            "Yellow chrysanthemums instead of red roses. A bold reading of the brief. My wife "
            "now suspects I'm either apologising for something or planning her funeral, so thank "
            "you for the marital intrigue."
        ),
    ),
    (
        (
            "The headphones were sent to the wrong address and the tracking says they've been "
            "delivered."
        ),
        (
            "According to tracking, my headphones are living their best life at an address I've "
            "never set foot in. I'm glad somebody's enjoying them."
        ),
    ),
    (
        "I've left three voicemails about my appointment and haven't had a call back.",
        (
            "Three voicemails so far. I can only assume the clinic is checking whether I can "
            "hear silence. Good news, I can, and very clearly."
        ),
    ),
    (
        "The class was overbooked and I had to do the session in the corridor.",
        (
            "Doing downward dog in the corridor beside the recycling bins was a real lesson in "
            "non-attachment. Particularly non-attachment to the fee I paid for an actual mat "
            "space."
        ),
    ),
    (
        "The listing said sea views, but the cottage looks out over a car park.",
        (
            "The sea view was everything the listing promised, provided one thinks of a council "
            "car park as a body of water. At high tide the parked hatchbacks shimmer quite "
            "nicely."
        ),
    ),
    (
        "The installer didn't turn up for the booked slot and nobody let me know.",
        (
            "Took a day's leave to wait for your installer. Nobody came, nobody rang. Still, I "
            "had a very restful day gazing at my driveway, so in a sense you've branched out "
            "into wellness."
        ),
    ),
]

SINCERE = [
    (
        "Wow. The florist rebuilt the whole wedding arch in under an hour after the wind "
        "knocked it flat. Thank you, genuinely, you saved our day."
    ),
    (
        "Of course I'll recommend you to everyone. The new hearing aids have given Mum her "
        "dinner-table chat back, she's laughing at jokes again."
    ),
    (
        "Finally got my refund from the marketplace, and they added a £10 voucher for the "
        "hassle without me even asking. Really fair, thank you."
    ),
    (
        "Thanks for the update on the gate parts, it's so helpful knowing exactly when to "
        "expect you. Appreciate the clear communication."
    ),
    (
        "Brilliant service from your recovery driver Kev. Had us off the A55 in 25 minutes "
        "and even found the kids a packet of biscuits."
    ),
    (
        "Love that you put a little bag of Welsh cakes in the welcome basket. Such a "
        "thoughtful touch after a long drive."
    ),
    (
        "What a surprise to find a handwritten card from the yoga studio for my 60th. Made "
        "my whole week, honestly."
    ),
    (
        "Just what I needed after a horrible moving day: the removal team put the beds back "
        "together before they left. Thank you so much."
    ),
    (
        "Couldn't be happier with the Honda Vision from your Hanoi shop. Smooth ride, fair "
        "price, and Linh explained every bit of the paperwork."
    ),
    "Oh wow, the ink turned up the morning after I ran out. Perfect timing, thank you.",
    (
        "The school trip to St Fagans was fantastic. Of course now my daughter wants a "
        "Victorian slate for Christmas. Thank you to all the staff."
    ),
    (
        "Finally found a cab company in Joburg I trust. Driver Thabo waited until I was "
        "inside my gate at 1am. Thank you, that means a lot."
    ),
    (
        "Thanks for the update, and honestly thanks for telling me straight that the scooter "
        "would be a week late instead of stringing me along. Respect."
    ),
    (
        "Well, what a lovely surprise, the owner left a bottle of fizz for our anniversary. "
        "We'll be back in Cornwall next year for certain."
    ),
    (
        "Great job Jakarta team! Showroom spotless, test ride brilliant, paperwork done in "
        "ten minutes. Of course I bought it."
    ),
]

CALM_DRAFTS = [
    (
        'Order ref GD-20417, garage door "installation" at 14 Maple Close, Harrogate\n'
        "\n"
        "I have now phoned 01632 960412 ELEVEN times since 14/03/2024 and every single time "
        'I\'m told Darren "will call you back". He NEVER does!!! You took a £2,350 deposit on '
        "3 February, the door was fitted on March 3rd, and it has jammed half-open four "
        "times since. Last Tuesday at 7:40am it came down on my wife's bonnet.\n"
        "\n"
        "Your fitter, Liam, left the old springs in my flowerbed and the motor cover hanging "
        "off by one screw. Absolutely shoddy. Is anybody there actually trained??\n"
        "\n"
        "I emailed complaints@yorkdoorsdirect.example.co.uk on 2024-03-18 and got an "
        'auto-reply. Your Facebook page says "family values, 5-star care". What a joke.\n'
        "\n"
        "If the door is not repaired AND the £180 bonnet repair paid by 5pm Friday 29 March, "
        "I'm going to Trading Standards and small claims, and the whole saga goes on Google "
        "and Checkatrade with photos. Don't test me.\n"
        "\n"
        "Mr P. Hollis\n"
        "07700 900318"
    ),
    (
        "Re: Order #FL-88213, wedding of Jenna & Marcus, Saturday June 8th, 2024\n"
        "\n"
        "To whoever runs Petal & Stem (petalandstem.example.com),\n"
        "\n"
        "I paid $1,875.00 on 12 January for 8 centerpieces, 2 arches and the bridal bouquet. "
        "What showed up at the Magnolia Barn at 2:15pm (ceremony was at 3:00!!!) was HALF "
        "the order, wilted peonies and NO arch flowers at all. Your delivery guy, Brent, "
        'shrugged and said "that\'s what was on the sheet." UNBELIEVABLE.\n'
        "\n"
        "I called (615) 555-0147 nine times. Voicemail. Every. Single. Time. I DM'd "
        "@petalandstemTN on Instagram and you LEFT ME ON READ while posting pictures of "
        "somebody else's wedding that same evening. Classy.\n"
        "\n"
        'Your owner, Kayla, promised me on the phone on 3/14/24 that "nothing will go '
        'wrong." Cute.\n'
        "\n"
        "I want at least $1,200 refunded by June 21. If not, I'm filing a chargeback with "
        "Amex, reporting you to the BBB, and my sister (40k followers) will be doing a full "
        "TikTok breakdown. And honestly? You'd deserve every second of it.\n"
        "\n"
        "Jenna Whitfield\n"
        "jenna.whitfield@example.net"
    ),
    (
        'Order no. 302-4471982-5519, "Refurbished Grade A" Samsung Galaxy S23\n'
        "Seller: TechNova_Outlet (ID 88412) on your marketplace\n"
        "\n"
        "Paid €489,99 on 2024-02-11. Phone arrived 19.02.2024 with a CRACKED back, 71% "
        'battery health and somebody else\'s Google account still locked on it. "Grade A". '
        "Sure. A for ABSURD.\n"
        "\n"
        'Opened a return case (DE-RC-66120) on 20 Feb. Your agent "Lukas" closed it three '
        'days later saying "seller has responded". The seller responded with ONE word: '
        '"used". Are you kidding me??? I reopened it, your chatbot sent me round in circles '
        "for 45 minutes at 22:10 and then disconnected.\n"
        "\n"
        "You people NEVER read what customers actually write. Every single time it's "
        "copy-paste garbage.\n"
        "\n"
        "Email: m.keller@example.de, phone +49 30 5550 1984. I expect the full €489,99 back "
        "plus €6,90 return postage by 15 March. Otherwise I go to the Verbraucherzentrale "
        "and the European Consumer Centre, and the whole thing goes on Reddit with "
        "screenshots. Enough is enough.\n"
        "\n"
        "Markus Keller"
    ),
    (
        "Subject: Complaint, Patient ID HA/BLR/20931, Koramangala branch\n"
        "\n"
        "Sir/Madam,\n"
        "\n"
        "My father Mr. R. Subramanian (age 78) was fitted with hearing aids on 5th January "
        "2024. Amount paid ₹1,38,500 by card, receipt no. 004512. From day one there is "
        "whistling, and the right device dies after 2 hours. We have come to the clinic FOUR "
        'times: 12/01, 27/01, 9 Feb and 2024-03-01. Each time Dr. Nisha says "adjustment is '
        'done" and each time NOTHING changes!!!\n'
        "\n"
        "On 1st March we waited 1 hour 50 minutes (appointment 11:30 am, seen at 1:20 pm) "
        'and your receptionist Pooja told my father to "speak louder". To a HEARING patient. '
        "Shameful behaviour, is this how you treat elders?\n"
        "\n"
        "I have written to care@clearsoundclinics.example.in and called 080-4555-0192 many "
        "times. No reply, only ringing.\n"
        "\n"
        "Kindly note: if replacement devices are not provided within 7 days, I will file in "
        "the District Consumer Commission and post full details with video on Google and "
        "Practo. Kindly do the needful.\n"
        "\n"
        "Venkat Subramanian\n"
        "+91 98450 12345"
    ),
    (
        "Membership no. YS-7712, Bondi Flow Studio\n"
        "\n"
        "Hey. I've tried being nice. Now I'm done.\n"
        "\n"
        "I paused my membership on 2 April (email sent 9:14am to "
        "hello@bondiflow.example.com.au, I have the screenshot) because of my knee surgery. "
        "You STILL charged me A$189 on 15/04/2024 and again on 15 May. That's A$378 for "
        "classes I physically COULD NOT attend.\n"
        "\n"
        'Your manager Chloe told me on the phone (02 5550 1234) that "pauses need to be '
        'requested in person". Where does it say that?? Not on your website, not in the '
        "T&Cs, nowhere. You just make it up as you go, don't you.\n"
        "\n"
        'And the cherry on top: your Instagram @bondiflowyoga posts about "compassion and '
        'community" every single day. Bit rich, mate.\n'
        "\n"
        "I want the A$378 back by Friday 31 May. If not, I'm lodging a complaint with NSW "
        "Fair Trading, disputing both payments with my bank, and leaving brutally honest "
        "reviews everywhere. Ommmm.\n"
        "\n"
        "Sophie Tran"
    ),
    (
        "RE: Booking #MV-2024-0419, move from Mississauga to Ottawa, April 19th\n"
        "\n"
        "I'm writing this at 2am because I'm too angry to sleep.\n"
        "\n"
        'The quote was CA$2,100 "all-in". On the day your foreman, Derek, told us it would '
        'be CA$3,460 or they\'d "leave the stuff on the driveway". A HOSTAGE situation with '
        "my grandmother's dresser!!! We paid because we had no choice (e-transfer ref "
        "CA8f2K91, 19/04/2024, 6:52pm).\n"
        "\n"
        'Then in Ottawa we found a smashed 55" TV, a gouged hardwood floor in the new hall, '
        'and two boxes MISSING. Your office (905-555-0173) said "file a claim online". The '
        "claim form at movewellcanada.example.ca/claims gives a 404. Of course it does.\n"
        "\n"
        "You NEVER answer emails. I've sent four to claims@movewellcanada.example.ca since "
        "April 22.\n"
        "\n"
        "Refund the CA$1,360 overcharge and pay for the TV (CA$899) by May 15th, or I'm "
        "going to the Better Business Bureau, small claims court and CBC Marketplace. Not "
        "joking, Derek.\n"
        "\n"
        "Aaron & Priya Desai"
    ),
    (
        "Case no. BR-55-90321\n"
        "\n"
        "Broke down on the E4 just north of Uppsala on 2024-01-07 at 16:20, minus 18 "
        "degrees, with my two kids in the back. Called your emergency line +46 8 555 012 34. "
        'Your operator Johan promised a truck "within 45 minutes".\n'
        "\n"
        "It arrived at 19:55. THREE AND A HALF HOURS in the freezing dark. My youngest was "
        "crying from the cold!!! Then the driver (Mattias) told me my plan didn't cover "
        "towing over 50 km and charged me 2,450 kr on the spot.\n"
        "\n"
        'I pay you 1,199 kr a year for "Premium Plus". PREMIUM. What exactly is premium '
        "about leaving a family on the hard shoulder in January??\n"
        "\n"
        "I emailed kundservice@nordhjalp.example.se on 8 January and again on 15 January. "
        'Nothing. Your account @NordHjalp replied "please DM us" and then ignored the DM. '
        "Brilliant customer care, truly world class.\n"
        "\n"
        "Refund the 2,450 kr plus a year's membership by 31/01/2024, or this goes to ARN and "
        "every review site I can find.\n"
        "\n"
        "Erik Lindqvist"
    ),
    (
        'Booking ref: WCH-66781, "Ty Gwyn" near Llanberis, 22-29 July 2023\n'
        "\n"
        "Dear Mrs Evans,\n"
        "\n"
        "We arrived at 4pm on 22/07 to find the key safe code didn't work. Rang you on 01632 "
        "960555, no answer. Rang the emergency number 07700 900871, no answer. We sat in the "
        "car for TWO HOURS with a toddler and a dog until your cleaner Bethan happened to "
        "turn up.\n"
        "\n"
        "Inside: mouse droppings in the cutlery drawer, black mould above the shower, and "
        'the "log burner" was a broken electric heater. We paid £1,285 plus a £150 damage '
        "deposit!!! For THIS?!\n"
        "\n"
        'Your listing on cottagesofsnowdonia.example.co.uk says "recently refurbished". '
        "Recently in which century??\n"
        "\n"
        "You NEVER replied to my three emails (23 July, 26th July and 2023-08-02). Every "
        'single time it\'s "your message has been received".\n'
        "\n"
        "I want at least £600 back plus the full deposit by 1 September, otherwise it's "
        "Trading Standards, small claims, and the photos go on Tripadvisor and Airbnb. "
        "Diolch. Not.\n"
        "\n"
        "Gareth Price"
    ),
    (
        "Booking 4471-KRN, Fisherman's Loft, St Ives, 10 to 17 August 2024\n"
        "\n"
        "Hello,\n"
        "\n"
        "We are a family from Utrecht and we drove 11 hours to your cottage. The booking "
        'said "parking for 2 cars". There is NO parking!!! The "parking" is a double yellow '
        "line. We got a £70 ticket on 11/08/2024 at 08:35 and another one on 13 August.\n"
        "\n"
        "We paid €2.140 (about £1,820) by bank transfer on 3 March, reference NL-KRN-0881. "
        "The wifi did not work ONE day. The washing machine leaked over the kitchen floor on "
        "August 12th at 9 in the evening. Your manager Tom said on the phone \"that's just "
        'Cornwall for you". What does this even mean??\n'
        "\n"
        "I emailed stay@kernowlofts.example.co.uk and messaged @KernowLofts on Instagram. "
        "You NEVER answer, only when it is about payment, then very fast. Funny how that "
        "works.\n"
        "\n"
        "I ask €600 refund plus the two parking fines (£140) before 2024-09-15. If not, I "
        "make a complaint with my credit card and the Consumentenbond, and write a very "
        "detailed review on Booking and Google.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "Sanne de Vries"
    ),
    (
        "Re: School trip Krakow to Berlin, 14-17 May 2024, booking no. ST/PL/2024/0533\n"
        "\n"
        "To the tour operator,\n"
        "\n"
        "I write as parent representative for class 7B. We paid 1.850 zł per child (34 "
        "children = 62.900 zł) on 2024-02-20. The programme promised a 4-star hotel and a "
        "guide.\n"
        "\n"
        "What we got: a hostel 40 minutes outside Berlin, 12 kids in one room with ONE "
        "bathroom, and NO guide on day 2 and 3!!! Your coordinator, Mr Tomasz Nowak, did not "
        "answer his phone (+48 12 555 04 21) for the whole of 15 May. The teachers had to "
        "plan everything themselves.\n"
        "\n"
        "Two children got food poisoning on 16/05. The hostel called an ambulance at 23:40. "
        "Nobody from your company came. NOBODY.\n"
        "\n"
        'Your website wycieczki-szkolne.example.pl still says "safety first". Really??\n'
        "\n"
        'Every single time we ask for documents you say "tomorrow". We want a 50% refund '
        "(31.450 zł) and a written explanation by 10 June, or we go to the consumer "
        "ombudsman and the local press.\n"
        "\n"
        "Agnieszka Kowalczyk\n"
        "agnieszka.k@example.pl"
    ),
    (
        'Account no. INK-JP-004412 / subscription "Plan M"\n'
        "\n"
        "To InkFlow support,\n"
        "\n"
        "I cancelled my ink subscription in the app on 3 February 2024 at 21:07. I have the "
        "screenshot with confirmation number C-77810.\n"
        "\n"
        "You still charged my card ¥1,480 on 3 March, ¥1,480 on April 3rd and ¥1,480 on "
        "2024-05-03. ¥4,440 total for cartridges I did not want!!! And when I bought a new "
        "printer, you REMOTELY DISABLED my old cartridges. Is this even legal??\n"
        "\n"
        'Your useless chat agent "Yuki" told me to "please wait for system". I waited. Six '
        'weeks. Every single time I open the chat it says "high volume, try again later".\n'
        "\n"
        "Email support@inkflow.example.jp never replies. Phone 03-5555-0198: hold music for "
        "38 minutes, then disconnected at exactly 17:00. Very convenient for you.\n"
        "\n"
        "Please refund ¥4,440 by 31 May. If not, I report to the National Consumer Affairs "
        "Center and post the whole story on X (@kenji_prints_tokyo) with all screenshots.\n"
        "\n"
        "Sato Kenji"
    ),
    (
        "Complaint: scooter purchase, invoice HN-24-01187, Dong Da showroom\n"
        "\n"
        'Hi, I\'m an English teacher living in Hanoi. On 18/01/2024 I bought a "nearly new" '
        "Honda Air Blade from your shop. Paid 42.000.000₫ (about $1,700) cash, and your "
        "salesman Minh wrote the receipt himself.\n"
        "\n"
        "Within ONE WEEK: the brakes squeal, the engine cuts out at every traffic light, and "
        "the odometer had obviously been wound back (service book says 31,000 km in 2022, "
        "dash says 8,400 km). You SOLD ME A LIE!!!\n"
        "\n"
        "I came back on 27 January at 10am, on 3 February and again on 2024-02-14. Every "
        'single time Minh says "boss not here, come tomorrow". Tomorrow never comes.\n'
        "\n"
        "I've messaged your Zalo (+84 24 5555 0166) and your Facebook page "
        "facebook.com/xemayhanoi.example loads of times. Seen, no reply.\n"
        "\n"
        "I want a full refund or a different bike of equal value by 1 March. Otherwise "
        "everything goes in the big Hanoi expat groups (200k members between them) and to "
        "the consumer protection office. Your choice.\n"
        "\n"
        "Dan Whitmore\n"
        "dan.whitmore@example.com"
    ),
    (
        "Complaint: order no. JKT-KMG-2024-0772, Yamaha NMAX, dealer Kemang\n"
        "\n"
        "Good afternoon,\n"
        "\n"
        "I pay down payment Rp 8.500.000 on 5 March 2024 and your sales, Mas Rizky, promise "
        "the motor will be ready 12 March, with registration and plate in 2 weeks. Today is "
        "2024-04-20. NO MOTOR. NO PLATE. NOTHING!!!\n"
        "\n"
        'I come to the dealer 4 times, every time waiting 1-2 hours and then "sorry pak, '
        'still indent". But my neighbour buy the SAME NMAX from you on March 20th and he '
        "already get it!!! So you lie to me, yes??\n"
        "\n"
        "I call 021-5555-0139 and WhatsApp Rizky +62 812 5555 0102, he read but no reply. "
        'Your Instagram @motorkemang.example only answer "mohon DM kak". I already DM!!!\n'
        "\n"
        "Please return my full DP Rp 8.500.000 (around $540) or give the motor before "
        "30/04/2024. If not I will report to YLKI and post video on TikTok and Kaskus. Very "
        "bad service, I am so disappointed with you all.\n"
        "\n"
        "Budi Santoso\n"
        "budi.s@example.co.id"
    ),
    (
        "Trip ID JHB-77120-CT, OR Tambo to Melville, 14/03/2024\n"
        "\n"
        "Good day,\n"
        "\n"
        'I booked your "premium airport transfer" on jozicabs.example.co.za for a R450 fixed '
        'fare. Flight landed 22:05, I was outside by 22:40. The driver (app says "Sibusiso '
        'M., white Corolla") arrived at 23:35, then said the fixed fare "doesn\'t apply at '
        'night" and demanded R780 CASH!!! A woman alone at the airport near midnight, what '
        "was I supposed to do??\n"
        "\n"
        "He also stopped for petrol in Edenvale with me in the car at 23:58 and was on a "
        "phone call the whole way. Zero respect.\n"
        "\n"
        "I phoned your 24hr line on 011 555 0148 at 00:20 and it rang out. Emailed "
        "help@jozicabs.example.co.za on 15 March and 19 March. NOTHING. You NEVER reply "
        "unless it's a promo code.\n"
        "\n"
        "I want the R330 difference back, and I want to know what action is taken against "
        "this driver, by 31 March. Otherwise it's the National Consumer Commission, "
        "HelloPeter, and a long thread on X tagging @JoziCabs. Enough.\n"
        "\n"
        "Thandiwe Mokoena"
    ),
    (
        "Re: Quote Q-3391 / job no. 2024-118, automated sliding gate, Ballincollig, Co. Cork\n"
        "\n"
        "Right. I've been patient since February and I'm done being patient.\n"
        "\n"
        "You took €4,800 (50% deposit, paid 2 Feb 2024 by bank transfer) and promised the "
        'install "within 4 weeks". Your lads arrived on the 3rd of April, dug up my whole '
        "drive, laid the track CROOKED and left. The motor is still sitting in a box in my "
        "garage. It's 2024-05-10!!!\n"
        "\n"
        'Your man Declan told me on the phone (021 555 0193) "Monday, definitely". Which '
        "Monday, Declan? There've been seven of them.\n"
        "\n"
        "And the hole they left by the gate pier? My neighbour's child nearly went into it "
        "at half seven last Thursday evening. Do ye even care??\n"
        "\n"
        "Emails to info@rebelgates.example.ie: ignored. Messages to the Facebook page: "
        "ignored. Every single time.\n"
        "\n"
        "Finish the job by 24/05/2024 or refund the €4,800. If not, it's the Small Claims "
        "Court and the CCPC, and a very honest Google review with photos of that gate. Don't "
        "make me.\n"
        "\n"
        "Siobhan O'Brien"
    ),
    (
        "Order No: KNG-NG-55102987, Apple AirPods Pro 2 (seller: GadgetKing_Lagos)\n"
        "\n"
        "Good day,\n"
        "\n"
        "I paid ₦285,000 on 2024-06-02 through your marketplace. Delivery came 9th June to "
        "my office in Ikeja. What was inside the box?? FAKE AirPods!!! Serial not on Apple "
        "site, case is lighter, sound is like radio from 1995. I returned via your pickup on "
        "11/06/2024 at 2:30pm, tracking RT-88231.\n"
        "\n"
        'Since then your customer care lady, Blessing, keeps telling me "refund is '
        'processing, exercise patience". It has been THREE WEEKS. I have called 0700 555 '
        "0177 every single day. Today I waited 52 minutes before the line dropped.\n"
        "\n"
        "You people NEVER take action on fake sellers. The same GadgetKing_Lagos is still "
        "selling as I type. Check it yourself: "
        "marketplace.example.ng/seller/gadgetking-lagos.\n"
        "\n"
        "I want my full ₦285,000 by 30th June. If not, I will report to the FCCPC, write the "
        "whole story on Nairaland and post on X from @chinedu_okafor. My money is not for "
        "play.\n"
        "\n"
        "Chinedu Okafor\n"
        "chinedu.okafor@example.com.ng"
    ),
]
