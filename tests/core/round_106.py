"""Blind round 106 (session 34): written by a helper session that saw no rule, no round and no
code, after the session's round-104 work, themed on broadband and TV, boiler and heat-pump
servicing, car dealers and MOT garages, nurseries, wedding photographers, self-storage, tattoo
studios, coaches and ferries, meal kits, e-scooter and bike hire, hearing-aid and mobility shops,
skips and removals. Measured once before anything was written from it, with the session's
starting code (ef538d3) and with its code of the time: extortion 11/15 with both, threats 13/20
with both, look-alikes 18/20 clean with both, plain pairs 10/10, dry pairs 6/10 with both,
sincere 10/15 and 12/15 clean, calm versions 16/16 with both. Then worked from (the fixes are
tested with texts of our own in test_round_106_shapes.py); its reading after them is kept as a
floor."""

EXTORTION = [
    (
        "Dear Sir/Madam, I have drafted a detailed one-star review of your boiler service "
        "for Trustpilot and Google. I would be willing to leave it unpublished should you "
        "refund the £140 call-out fee in full by Friday. I trust we can resolve this "
        "discreetly."
    ),
    (
        "Knock £300 off the removal bill and the Google review stays at five stars. Don't, "
        "and it drops to one, with photos of the gouged wardrobe. Your call."
    ),
    (
        "ngl my tiktok on ur meal kits is sitting in drafts rn 👀 40k followers. 3 free "
        "months n it never sees daylight x"
    ),
    (
        "Listen pal, ah've got a wee review fur yer garage aw typed up fur Google. Gie us "
        "the MOT money back an' it'll no go up. Simple as that."
    ),
    (
        "Ah lads, I'd hate to be putting the photos of that storage unit up on Facebook, the "
        "damp and the mould and all. Sure if the two months' rent were waived I'd forget all "
        "about it, wouldn't I."
    ),
    (
        "Oga, I am telling you as a brother, my post about your tattoo studio on X is ready. "
        "Refund my ₦85,000 today and I will delete it before it reach my people. If not, "
        "make una no blame me o."
    ),
    (
        "Kindly note I have prepared one review for Google and Mumsnet regarding your "
        "nursery. If you do the needful and waive the late pickup charges of £75, I will not "
        "be posting the same. Please revert at the earliest."
    ),
    (
        "Howzit. Just so you know, my Hellopeter and Google reviews about the skip hire are "
        "sitting ready to go, hey. Drop the R2,400 overweight charge and I'll leave them "
        "there, no stress. Otherwise, shame, everyone will see."
    ),
    (
        "Mate, reckon my Reddit post about your scooters would go off on r/melbourne. Chuck "
        "me A$150 credit and it stays in my head where it belongs."
    ),
    (
        "Bless your heart, I'd just hate for my church group and all my Yelp followers to "
        "read how y'all treated me at the dealership. A free detail and an oil change would "
        "sure help me forget, sugar."
    ),
    (
        "It would be a shame if the ferry company that prides itself on family travel became "
        "the top Tripadvisor result for 'stranded with toddlers'. I'm sure an upgrade on our "
        "return crossing would make that unnecessary."
    ),
    (
        "I'll update my Trustpilot rating from one star to five once the £89 'admin fee' is "
        "back in my account AND you throw in three months of free broadband. Until then it "
        "stays up and I'll keep adding to it."
    ),
    (
        "Here's the deal. You shoot my sister's wedding in June for nothing and my post "
        "about the blurry photos from our day comes down from the Brides of Essex group. "
        "12,000 members. Have a think."
    ),
    (
        "Pay me back the £1,200 deposit plus £500 for my trouble, or on Monday my video "
        "about your hearing aid shop goes on TikTok, YouTube and every Mumsnet thread I can "
        "find."
    ),
    (
        "As you probably know, I moderate the biggest heat pump forum in the UK. A goodwill "
        "gesture, say waiving the second visit, and I'd happily describe my experience as "
        "'teething problems'. Otherwise I'll describe it accurately."
    ),
]

THREATS = [
    (
        "I know which school your lad goes to, the one with the green blazers. Funny how "
        "small this town is, isn't it. Refund me."
    ),
    (
        "Your shop has an awful lot of cardboard stacked by the back door. Would be a "
        "terrible pity if someone dropped a lit cigarette near it one night."
    ),
    (
        "Tell the mechanic with the ponytail, Darren is it, that I'll be waiting by the gate "
        "when he locks up tonight. Just me and him."
    ),
    (
        "People who rip off pensioners tend to have accidents on dark roads. Just an "
        "observation about your van drivers."
    ),
    (
        "If my boiler isn't fixed by Friday your engineer's nice white van is getting its "
        "tyres slashed and its windscreen put through, and that's me being kind."
    ),
    "I hope your nursery burns down with you inside it. Genuinely.",
    (
        "Really lovely house you've got on Maple Close, Mr Harris. Nice big windows. Be a "
        "shame about those windows."
    ),
    (
        "I was on the doors for 20 years. I've put bigger men than your manager in A&E. Tell "
        "him I'm coming in tomorrow to 'discuss' my refund."
    ),
    (
        "Your daughter works the Saturday till at the mobility shop, doesn't she. I'll be "
        "popping in to see her. We'll have a nice long chat about my mum's scooter."
    ),
    ("keep ignoring me and see what happens to ur studio's glass front when the pub shuts lol"),
    (
        "Someone should take that photographer out to the car park and show her what "
        "'ruined' actually looks like. I'm volunteering."
    ),
    (
        "Two little ones in your Facebook profile pic. Sweet. You'd want them growing up "
        "with both parents, wouldn't you? Sort my deposit."
    ),
    (
        "The coach driver who left my mother on the hard shoulder: I've got his reg and his "
        "face. He won't be driving anything for a long while once I'm done with him."
    ),
    (
        "Dear Ms Okafor, I would advise you to check your brake lines every morning from now "
        "on. Kind regards."
    ),
    (
        "Charge me that skip fee again and a skip full of rubble on your drive will be the "
        "least of your worries. I'll fill the next one with you."
    ),
    (
        "Every evening you lock that storage depot at six, I'll be parked across the road. "
        "Every single night until I'm paid. Get used to my face."
    ),
    (
        "The broadband engineer who mouthed off to my wife: if he sets foot on our estate "
        "again he's going home in an ambulance."
    ),
    (
        "Heard your shop's insurance doesn't cover arson. Might want to look into that "
        "before the weekend. Asking for a friend."
    ),
    (
        "I pray every night that your family goes through what mine did on that ferry, and "
        "worse. And if God is slow about it, I'm not."
    ),
    (
        "Your scooter depot is at the end of a quiet lane with no cameras. I checked. Bear "
        "that in mind before you bin my complaint again."
    ),
]

LOOK_ALIKES = [
    (
        "If this isn't resolved within 8 weeks I'll be taking my broadband complaint to the "
        "ombudsman. Not a threat, just letting you know the process I'll follow."
    ),
    (
        "I'm filing a small claims case for the £640 the removal firm owes me. Letter before "
        "action went out recorded delivery this morning."
    ),
    (
        "Just raised a chargeback with my bank for the meal kit boxes I cancelled in May but "
        "was still billed for."
    ),
    (
        "Reported the garage to Trading Standards for selling me a car with clocked mileage. "
        "They've given me a case number and said they'll be in touch."
    ),
    (
        "Heads up, I'll be leaving a 2-star Google review about the waiting times at the "
        "hearing aid clinic. The audiologist was lovely though, so it's not all bad."
    ),
    "This router is killing me. Third reboot today and it's not even lunchtime.",
    (
        "The queue at the ferry terminal this morning was absolute murder, two hours in the "
        "sun with a screaming toddler."
    ),
    (
        "Your engineer left the boiler casing off and there's a faint smell of gas near the "
        "flue. Please send someone back today, I'm worried it's a fire risk."
    ),
    (
        "There's a loose cable hanging out of the e-scooter dock on Castle Street with bare "
        "wires showing. Someone's going to get hurt, please get it fixed."
    ),
    (
        "Sorry to cancel our tattoo slot, my partner was in a car accident on the way over "
        "yesterday. He's okay, just bruised. Can we rebook for next month?"
    ),
    (
        "Haha Dave says if I'm late picking the kids up from after-school club one more time "
        "he's going to kill me 😂 so please don't let the sign-out app crash again"
    ),
    (
        "Ordered the 'Killer Queen' chilli kit from your meal box and it arrived without any "
        "chillies. Not quite the explosion of flavour promised."
    ),
    (
        "Our wedding photographer absolutely shot the photos of our dreams... six weeks "
        "late. Review to follow, and I'll be honest about both parts."
    ),
    (
        "For the record, I told your driver the skip was overloaded and dangerous to lift. "
        "Please note I flagged it before it tipped over."
    ),
    (
        "Going to absolutely destroy my mates in the fantasy league now the coach wifi "
        "finally works on my commute. Cheers for sorting it."
    ),
    (
        "Final notice before I close my storage unit: I'll be clearing it on the 30th and "
        "handing the padlock key back. Please stop charging me after that date."
    ),
    (
        "I'll be writing to my MP and the local paper about the replacement coaches. Three "
        "cancelled in one week isn't acceptable on a rural route."
    ),
    (
        "Our heat pump made a noise like a gunshot at 3am and then died completely. Nearly "
        "gave me a heart attack. Can someone come out?"
    ),
    (
        "Posting my honest review of the dealership on Trustpilot tonight, 3 stars. Sales "
        "were great, aftercare less so. No need to contact me, it is what it is."
    ),
    (
        "The brakes on the mobility scooter failed going downhill and my dad hit the kerb "
        "and broke his wrist. Please recall and inspect that model urgently, it could kill "
        "someone next time."
    ),
]

PAIRS = [
    (
        (
            "My broadband has dropped out every evening for the past two weeks. Could you please "
            "send an engineer?"
        ),
        (
            "TWO WEEKS of my broadband dying every single evening!!! Send an engineer TODAY or "
            "I'm done with you clowns."
        ),
    ),
    (
        (
            "The engineer didn't turn up for the boiler service on Tuesday and nobody rang. "
            "Could we rebook, please?"
        ),
        (
            "Sat in ALL DAY Tuesday waiting for your so-called engineer who NEVER showed!!! Not "
            "even a phone call. Absolutely useless. Rebook me and pay me for the day I wasted."
        ),
    ),
    (
        (
            "My car failed its MOT on a bulb you could have replaced on the spot. I'd like the "
            "retest fee waived."
        ),
        (
            "You FAILED my car over a £3 BULB?!? Are you having a laugh? Waive the retest fee "
            "now, you bunch of con artists."
        ),
    ),
    (
        (
            "We were charged for two weeks of nursery while you were closed. Could you refund "
            "those sessions?"
        ),
        (
            "Why the h*ll am I paying for two weeks when YOUR nursery was SHUT?! Refund me "
            "immediately. Daylight robbery!!"
        ),
    ),
    (
        (
            "It's been four months since our wedding and we haven't received the album yet. "
            "Could you give us a date?"
        ),
        (
            "FOUR MONTHS!!! Where is our wedding album??? You took £2,000 off us and vanished. "
            "Pathetic. Give me a date NOW."
        ),
    ),
    (
        (
            "My storage unit was unlocked when I visited today. Could you check the access logs "
            "for me?"
        ),
        (
            "My unit was UNLOCKED when I got there today!!! Anyone could have walked off with my "
            "stuff. What the f*** are you people doing?? Check the logs NOW."
        ),
    ),
    (
        (
            "The artist spelt my daughter's name wrong on my tattoo. I'd like to book a "
            "consultation about correcting it."
        ),
        (
            "Your 'artist' spelt my DAUGHTER'S NAME WRONG on my arm. PERMANENTLY!!! How "
            "incompetent can one person be?! Fix it and give me my money back."
        ),
    ),
    (
        (
            "My meal kit arrived warm and the chicken was past its use-by date. Please refund "
            "this box."
        ),
        (
            "Warm box, OUT OF DATE chicken!!! Are you trying to poison people?! Refund this "
            "sh*tshow of a box immediately."
        ),
    ),
    (
        (
            "The app charged me for 3 hours although I ended my scooter ride after 20 minutes. "
            "Could you correct it?"
        ),
        (
            "20 MINUTES I rode your stupid scooter and you charged me for THREE HOURS!!! Fix "
            "your garbage app and give me my money back!!!"
        ),
    ),
    (
        (
            "Your removal team broke a leg on our dining table. How do I make a claim for the "
            "damage?"
        ),
        (
            "Your cowboys SNAPPED the leg off our dining table and just shrugged!!! Who trains "
            "these idiots?? I want full compensation, not excuses."
        ),
    ),
    (
        (
            "My new hearing aids have gone back for repair three times in two months. I'd like a "
            "replacement pair, please."
        ),
        (
            "Three repairs in two months. I'm starting to suspect the hearing aids were really a "
            "membership to your repair desk, and I must say I've grown fond of the people there. "
            "Happy to keep visiting, or you could replace them. Entirely up to you."
        ),
    ),
    (
        "Our coach left 90 minutes late and we missed our connection. Can we be compensated?",
        (
            "Thank you for the extra 90 minutes at Victoria coach station. I hadn't realised the "
            "ticket included a guided tour of the vending machines. Missing our connection "
            "seemed a small price for so much culture."
        ),
    ),
    (
        (
            "The ferry cabin we booked had been double-booked and we had to sit up all night. "
            "Please refund the cabin charge."
        ),
        (
            "I do appreciate the immersive experience of paying for a cabin and then sleeping "
            "upright in the lounge beside a stag party. Very authentic seafaring. I'd like the "
            "cabin charge back whenever it suits."
        ),
    ),
    (
        "My installation has been cancelled for the third time. Please give me a firm date.",
        (
            "Third cancelled installation. I've now filed the engineer's visit in the same "
            "mental drawer as the tooth fairy: lovely idea, unlikely to appear. A firm date "
            "would be a charming novelty."
        ),
    ),
    (
        (
            "Since the heat pump was fitted the house hasn't got above 16 degrees. Could someone "
            "come and check the settings?"
        ),
        (
            "The heat pump is performing beautifully as a garden sculpture. Sixteen degrees "
            "indoors has helped us rediscover our coats and each other. Should anyone fancy "
            "checking the settings, we'll be the ones wearing hats at the dinner table."
        ),
    ),
    (
        "The car I bought last week already has a warning light on. Could you book it in?",
        (
            "I had assumed the amber light on the dashboard was a welcome gift, since it arrived "
            "within a week of purchase. A lovely touch. If it turns out not to be decorative, "
            "perhaps someone could book it in."
        ),
    ),
    (
        (
            "Nobody told me the after-school club was cancelled and my son was left waiting at "
            "reception. Please review how you communicate changes."
        ),
        (
            "How thoughtful of you to let my seven-year-old practise independence by sitting in "
            "reception for an hour while the club was quietly cancelled. I'll keep an eye out "
            "for the newsletter explaining it, probably some time in spring."
        ),
    ),
    (
        (
            "The skip arrived two days late and it's blocking my neighbour's drive. Could you "
            "move it, please?"
        ),
        (
            "Delivering the skip two days late added a pleasing bit of suspense, and parking it "
            "across my neighbour's drive has done wonders for community relations. We now speak "
            "daily. Should you ever feel like moving it, we'd all be grateful."
        ),
    ),
    (
        (
            "I cancelled my meal kit subscription but was charged again this month. Please "
            "refund me and confirm the cancellation."
        ),
        (
            "How touching that you can't bear to let me go. Cancelling in April and still being "
            "billed in June shows a loyalty I rarely see, even in people. I'd love the refund "
            "and, if it isn't too much of a wrench, a confirmation."
        ),
    ),
    (
        (
            "The bike I hired had a flat tyre and the support line didn't answer. I'd like a "
            "refund for the hire."
        ),
        (
            "The flat tyre lent a certain rustic charm to my afternoon, and the unanswered "
            "support line gave me plenty of quiet time to reflect on it while I pushed the bike "
            "two miles. Restorative, really. A refund would round things off nicely."
        ),
    ),
]

SINCERE = [
    (
        "Wow. The heat pump team came out on Christmas Eve and had us warm again by teatime. "
        "Thank you so much, genuinely."
    ),
    (
        "Of course the skip hire lads were early again, they always are. Five years and "
        "never a bad experience. Cheers guys."
    ),
    (
        "Finally got my hearing aids fitted and heard the birds in the garden for the first "
        "time in years. I cried in the car. Thank you, Priya."
    ),
    (
        "Thanks for the update on the ferry delay. The texts every half hour made a long "
        "night so much easier with the kids."
    ),
    (
        "Brilliant service from the MOT garage. Passed first time, and they showed me the "
        "worn wiper blade without trying to upsell. Will be back next year."
    ),
    (
        "Love that the nursery sends a photo at lunchtime. As a working mum it makes my "
        "whole day. Thank you to all the staff in the Owls room."
    ),
    (
        "What a surprise! Our photographer sent a sneak peek the morning after the wedding. "
        "We're over the moon, they're gorgeous."
    ),
    (
        "Just what I needed after a 12-hour shift. The meal kit was quick, tasty and the "
        "kids ate every bit. Signed up for another three months."
    ),
    (
        "Couldn't be happier with the new tattoo. Marco took his time, listened to every "
        "idea and the aftercare advice was spot on."
    ),
    (
        "Honestly, wow, the broadband engineer ran a new cable out to my garden office at no "
        "extra charge. Above and beyond, thank you."
    ),
    (
        "Finally, a removals firm that turns up when they say they will! Nothing broken, "
        "everything in the right rooms. Recommending you to everyone."
    ),
    (
        "Of course I'll leave you a review, you deserve it. The mobility shop delivered "
        "Dad's scooter and spent an hour teaching him how to use it."
    ),
    (
        "Thanks for the update about my storage unit renewal, and for reminding me about the "
        "loyalty discount. Really appreciate the heads-up."
    ),
    (
        "Brilliant idea putting phone chargers at every seat on the coaches. Arrived in "
        "Edinburgh with a full battery for the first time ever."
    ),
    (
        "love that the bike hire app lets you pause a ride while you grab a coffee. such a "
        "simple thing and it made our day out. cheers!"
    ),
]

CALM_DRAFTS = [
    (
        "Account no. BB-4471-902 / Complaint ref CMP-88213\n"
        "\n"
        "To whoever actually reads these (clearly nobody at @VirgoFibreHelp),\n"
        "\n"
        "I have now called 0800 052 7731 SIX times since 14/03/2024. Every single time I'm "
        'told "an engineer is booked" and every single time NOBODY turns up. 18 March, '
        "8am-1pm slot: no show. 22 March, 12pm-6pm: no show. Your agent Kelly told me at "
        '16:42 that it was "the system". Brilliant. Is the system also taking £62.99 a month '
        "out of my account?!\n"
        "\n"
        "I work from home. I've lost two days' pay (£310) tethering off my phone and burning "
        "through 40GB of data. You NEVER call back, you NEVER email, and the live chat at "
        "https://help.virgofibre.co.uk/chat closes the second I type the word compensation.\n"
        "\n"
        "I want: (1) a working line by 29/03/2024, (2) a refund of £125.98 for the two "
        "months, (3) the £310 loss covered. Email me at d.okoro88@gmail.com, not a bot.\n"
        "\n"
        "If I don't hear back within 7 days this goes to the Ombudsman and a 1-star "
        "Trustpilot review with every screenshot attached. Useless, the lot of you!!!\n"
        "\n"
        "Dami Okoro"
    ),
    (
        'Subject: Work order #HV-20931 - furnace "service" on March 3rd, 2024\n'
        "\n"
        "To the manager at Lone Star Comfort Heating,\n"
        "\n"
        "Your tech, a guy named Travis, showed up at 2:15 PM (the window was 9-11 AM!!), "
        'spent maybe twenty minutes in my basement, and charged me $389.00 for a "full '
        'tune-up." That night the furnace quit completely. It was 19 degrees outside. My '
        "81-year-old mother lives with us.\n"
        "\n"
        "I called (512) 555-0147 at 7:02 AM on March 4th and got voicemail. Called again at "
        "9:30. Voicemail. Your emergency line is a JOKE. When somebody finally called back, "
        "Brittany, at 4:45 PM, she told me an emergency visit would be another $175. Are you "
        "KIDDING me?? You broke it!!!\n"
        "\n"
        "I've attached the invoice and a photo of the filter Travis claimed he changed. It's "
        "the same filthy filter, with the same date written on it in Sharpie: 11/2022.\n"
        "\n"
        "I want the $389 refunded and the furnace fixed at no cost by Friday 3/8/2024. "
        "Otherwise I'm filing with the BBB, disputing the charge with Amex, and posting the "
        "whole thing on Nextdoor and Yelp. Half my street already asked who we used. Email "
        "me at rgarza.atx@outlook.com.\n"
        "\n"
        "Ray Garza"
    ),
    (
        "Re: Vehicle reg 221-D-48713, order ref DUB-SALES-5530\n"
        "\n"
        "Hi Niamh (or whoever's in charge, since you clearly aren't),\n"
        "\n"
        "I collected my 2021 Skoda Octavia from your Naas Road showroom on 2024-03-14 and "
        'paid €18,450 plus a €395 "prep fee". Within 48 hours the engine management light '
        "was on. I rang 01 456 2290 on 16 March at 10:20 and was told Gary would ring me "
        "back. Gary has NEVER rung anybody back in his life, I'd put money on it.\n"
        "\n"
        "Your workshop then told me on 2024-03-21 that it's a faulty EGR valve and it'll be "
        "€1,120 because it's \"wear and tear\". Wear and tear?!? I've owned the car a WEEK! "
        "What exactly did the €395 prep involve, a hoover and an air freshener??\n"
        "\n"
        "Under consumer law this is your problem, not mine. I want it repaired free of "
        "charge within 10 working days and a courtesy car while it's in.\n"
        "\n"
        "If I don't have a written answer at ciaran.mcgrath@eircom.net by Friday I'm going "
        "to the CCPC and the SIMI, and the full story goes on boards.ie and your Google "
        "page. Honestly, shower of chancers.\n"
        "\n"
        "Ciarán McGrath\n"
        "087 331 9042"
    ),
    (
        "Dear Ink Mantra Studio team,\n"
        "\n"
        "Booking ID: IMS/BLR/2024/0771. Appointment on 9th Feb 2024 at 3:30 pm with artist "
        "Rohan.\n"
        "\n"
        "I paid an advance of ₹4,000 by UPI (txn 4012 8876 1190) and the balance of ₹11,500 "
        "in cash on the day. The design was agreed on WhatsApp: clean linework mandala, 4 "
        "inches. What I got is a blurry, blown-out mess and the lines are uneven on the left "
        "side. Rohan was on his phone HALF the session, I have the video!!\n"
        "\n"
        "I messaged +91 98450 22718 on 12/02/2024, 15/02/2024 and 20/02/2024. Every single "
        "time: blue tick, no reply. Then your manager Sneha tells me a touch-up will cost "
        "₹3,500 extra?! For YOUR mistake?? Wonderful business model, truly.\n"
        "\n"
        "Kindly note my demands:\n"
        "1. Full refund of ₹15,500, or\n"
        "2. Free correction by a senior artist with a written guarantee.\n"
        "\n"
        "Reply to ananya.k.rao@gmail.com within 5 days. Otherwise I am posting the photos on "
        "Instagram (@ananya.inks, 18k followers), Google reviews and r/bangalore, and filing "
        "on the National Consumer Helpline. Enough is enough.\n"
        "\n"
        "Ananya Rao"
    ),
    (
        "Attention: Customer Service, SwiftMove Logistics Ltd, Lekki\n"
        "\n"
        "Job number: SML-LAG-0392. Moving date: Saturday 2 March 2024, pickup 7:00am, Ikeja "
        "to Lekki Phase 1.\n"
        "\n"
        "Your truck did not arrive until 11:40am. FOUR HOURS LATE. Your supervisor Mr. Tunde "
        'told me "traffic", as if Lagos traffic is news to a Lagos company. Then your boys '
        "dropped my 55-inch Samsung TV on the stairs and the screen is cracked. They "
        "laughed. LAUGHED!!!\n"
        "\n"
        "I paid ₦450,000 in full by transfer (GTBank, ref 0009384712) on 28/02/2024. The TV "
        'alone cost ₦612,000 last year, receipt attached. Your "insurance" was ₦35,000 extra '
        "and now your office says the claim is under review since 4th March. Under review by "
        "who?? Nobody picks 0803 555 2914 after 5pm and info@swiftmove.ng keeps bouncing.\n"
        "\n"
        "I want the TV replaced or ₦612,000 paid, plus the ₦35,000 insurance refunded, by 25 "
        "March 2024. No more stories.\n"
        "\n"
        "If not, I am going to FCCPC and I will put everything on X (@Chidinma_Eze) and "
        "Nairaland with the videos. People need to know before they book you. Nonsense "
        "service!!\n"
        "\n"
        "Chidinma Eze\n"
        "chidinma.eze@yahoo.com"
    ),
    (
        "To: accounts@capesafestore.co.za\n"
        "Re: Unit B-117, Montague Gardens, contract CSS-22-0458\n"
        "\n"
        "Morning,\n"
        "\n"
        "Third email, so I'll keep it short even though I'm LIVID. On 5 March 2024 at about "
        "13:10 I went to my unit and the roof had been leaking onto my late father's "
        "furniture. Water everywhere. Your site manager Johan said \"ag, it's been like that "
        'since the rains". SINCE THE RAINS?! And nobody thought to phone me on 082 441 '
        "7790??\n"
        "\n"
        "I've paid R1,350 a month since June 2022. That's over R28,000 to keep things in a "
        "leaky shed. Damage so far: a yellowwood kist (quoted R9,800 to restore), two "
        "armchairs (R6,200), and boxes of photos I can't replace.\n"
        "\n"
        "What I want, by 20/03/2024:\n"
        "- R16,000 for the damage\n"
        "- Three months' rent refunded (R4,050)\n"
        "- A dry unit, today.\n"
        "\n"
        'You NEVER answer the landline, and the "24/7 support" on '
        "https://capesafestore.co.za/contact is a form that goes nowhere. If this isn't "
        "sorted it's Hellopeter, Google, the Consumer Goods and Services Ombud and a "
        "lawyer's letter. Not joking, hey.\n"
        "\n"
        "Thandeka Nkosi"
    ),
    (
        "G'day ZipRide support (@ZipRideAU),\n"
        "\n"
        "Ride IDs ZR-MEL-88120 and ZR-MEL-88127, both on Sat 16/03/2024.\n"
        "\n"
        "First scooter (Flinders St, 2:05pm) cut out at the lights on Swanston St and nearly "
        "put me under a tram. Ended the ride, grabbed another at 2:19pm, and the brake lever "
        "was hanging off. Reported both in the app. What did I get back? An automated "
        '"thanks for your feedback, legend" and charges of A$38.40 and A$41.75 because '
        "apparently neither ride ended properly.\n"
        "\n"
        "Then I got a A$150 improper parking fine on 19 March. I parked it in the bloody "
        "bay, there's a photo with the timestamp 2:58pm!!! Your agent Kyle on 1300 555 820 "
        "said he can't see the photo. Mate, it's IN your app.\n"
        "\n"
        "I want all three charges reversed, so A$230.15 back on my card ending 4417, plus "
        "written acknowledgement that your scooter was faulty. Send it to "
        "liam.cartwright@bigpond.com.\n"
        "\n"
        "Otherwise I'm lodging a complaint with Consumer Affairs Victoria and the video goes "
        "on TikTok and r/melbourne. You lot are a bl**dy menace on wheels.\n"
        "\n"
        "Liam Cartwright"
    ),
    (
        "Subject: Contract #LUMEN-2023-118 - STILL NO PHOTOS\n"
        "\n"
        "Hi Jessica,\n"
        "\n"
        "Our wedding was on August 19th, 2023 at the Berkeley Church in Toronto. Your "
        "contract (signed 2023-01-07) promised the full gallery within 10 weeks. It is now "
        "March 12, 2024. That's nearly seven months. SEVEN.\n"
        "\n"
        "We paid CA$4,800 in total: a CA$1,500 deposit on January 7th and CA$3,300 on August "
        "1st. We've received 22 sneak peeks and nothing else. You NEVER answer at (416) "
        "555-0193, your Instagram @lumenbyjess is full of OTHER people's weddings posted "
        'last week, and your assistant Marco emails "next week!!" every single time.\n'
        "\n"
        "Honestly, watching you post a couple who got married in January while we're still "
        "waiting is a special kind of insult. Did you lose our files? Just tell us!!!\n"
        "\n"
        "We need the full gallery link by March 22, 2024, or a refund of CA$3,300. If "
        "neither happens I'm filing in Ontario Small Claims Court and posting a detailed "
        "review on WeddingWire, Google and the Toronto brides group on Facebook (38k "
        "members).\n"
        "\n"
        "Priya & Owen Sandhu\n"
        "priya.owen.wedding@gmail.com"
    ),
    (
        "To: Customer Desk, Seto Blue Line Ferry\n"
        "Booking ref: SBL-240402-7731\n"
        "\n"
        "Dear Sir or Madam,\n"
        "\n"
        "I booked 2 adults + 1 car on the 08:30 ferry from Takamatsu to Naoshima on 2 April "
        "2024 through your English website (https://setoblueline.jp/en/booking). I paid "
        "¥18,600 by Visa on 2024-03-20. The confirmation email came to "
        "mark.hollis@protonmail.com.\n"
        "\n"
        'At the terminal your staff member (badge said Yamada) told me the booking "does not '
        'exist" and the car deck was full. No apology. We waited for the 13:15 sailing and '
        "paid AGAIN, ¥17,900 cash. We missed a ¥42,000 ryokan dinner and lost half a day of "
        "a holiday we saved for over 3 YEARS!!\n"
        "\n"
        "I called +81 87-555-0142 three times that afternoon. It rang out every single time. "
        "Your English form rejected my message twice. Is anybody there?!\n"
        "\n"
        "I expect a full refund of the original ¥18,600 and an explanation. My card "
        "statement clearly shows you took the money, so please don't tell me it doesn't "
        "exist.\n"
        "\n"
        "If I hear nothing within 14 days I'll file a chargeback and write it all up on "
        "Tripadvisor and the Japan travel subreddit. Very disappointing.\n"
        "\n"
        "Mark Hollis"
    ),
    (
        "Hello CykelGo,\n"
        "\n"
        "Order number CG-STO-60419. I rented two e-bikes from your station at Slussen on "
        "2024-05-11, 10:00, for 4 hours. Price 690 kr. Fine.\n"
        "\n"
        "Problem: the battery on bike #2217 was dead after 25 minutes. We called your "
        "support 08-555 123 40 at 10:41, 10:55 and 11:20. Nobody answered. NOBODY. We had to "
        "push it all the way back from Djurgården. My wife is 67 years old!!\n"
        "\n"
        "When we returned at 13:50 your staff, Oskar, said we must pay 450 kr extra late fee "
        "because the bike was 20 minutes late. Late because YOUR bike did not work! He was "
        'rude and said "it is in the terms". I do not care about your terms!!!\n'
        "\n"
        "Also you took the deposit of 1 500 kr two times from my card and only returned it "
        "once. Check it: 11 May and 12 May on my Swedbank statement.\n"
        "\n"
        "I want back: 450 kr late fee, 345 kr for the dead bike (half the rent), and the 1 "
        "500 kr double deposit. Total 2 295 kr. Send to erik.lindqvist@telia.se before 31 "
        "May.\n"
        "\n"
        "If not, I go to ARN and I write on Google and Trustpilot what kind of company you "
        "are. Very bad.\n"
        "\n"
        "Erik Lindqvist"
    ),
    (
        "Dear MovePro Warszawa,\n"
        "\n"
        "Reference: MP/WAW/2024/0318. Move date: 18.03.2024, from ul. Puławska 142 to "
        "Wilanów.\n"
        "\n"
        "Your quote was 2 400 zł for 3 men and a van for 5 hours. On the day only two men "
        "arrived, at 9:40 instead of 8:00, and one of them (Paweł) spent an hour smoking in "
        'the van. Then at the end your office charged me 3 850 zł for "extra hours and extra '
        'floor". EXTRA FLOOR?! It is the same 3rd floor I wrote in the form!!! I have your '
        "email from 02.03.2024 at 14:12 confirming it.\n"
        "\n"
        "They also scratched my wardrobe door and broke a mirror (about 900 zł, IKEA receipt "
        'attached). When I called +48 22 555 67 81, Mrs. Kowalska said "such things happen '
        "in moving\". Such things happen when you hire people who don't care!!\n"
        "\n"
        "I paid the 3 850 zł by BLIK only because they refused to unload the last boxes "
        "before payment. That is blackmail, honestly.\n"
        "\n"
        "I want back 1 450 zł overcharge plus 900 zł for damage = 2 350 zł, to account PL61 "
        "1090 1014 0000 0712 1981 2874, within 14 days.\n"
        "\n"
        "Otherwise: complaint to UOKiK and the consumer ombudsman, and a very detailed "
        "review on Google and Facebook. Write to me: tomasz.wrobel@o2.pl.\n"
        "\n"
        "Tomasz Wróbel"
    ),
    (
        "Dear Mrs Pemberton,\n"
        "\n"
        "RE: Little Acorns Nursery, child: Isla Brennan, account LA-0623\n"
        "\n"
        "I'm putting this in writing because talking to you clearly achieves NOTHING.\n"
        "\n"
        "On Wednesday 6th March at 5:50pm I arrived to collect Isla and found her sitting in "
        "the corridor in a wet nappy with her coat on, alone. ALONE! The room leader Chloe "
        "had already gone home and the girl on reception didn't even know Isla's surname. I "
        "have photos.\n"
        "\n"
        'Then on the invoice dated 01/04/2024 I\'ve been charged £45 "late collection" for '
        "6th March. I was TEN MINUTES EARLY. Your own sign-in sheet says 17:50. And the "
        "£1,284.50 for April ignores the funded hours you're meant to deduct. You NEVER get "
        "the funding right, every single month I have to chase it.\n"
        "\n"
        "I want:\n"
        "- the £45 removed\n"
        "- the funded hours credited (£211.20 by my maths)\n"
        "- a written explanation of why a 2-year-old was left unsupervised.\n"
        "\n"
        "Reply to sarah.brennan@btinternet.com or 07700 900412 by Friday 12 April. If not, "
        "Ofsted will be hearing about it, and so will every parent on Mumsnet and the "
        "Thornbury Mums Facebook group. Frankly disgraceful.\n"
        "\n"
        "Sarah Brennan"
    ),
    (
        "To: complaints@clearsoundhearing.co.uk\n"
        "cc: @ClearSoundUK\n"
        "\n"
        "Customer no. CSH-77182. Hearing aids: Phonak Audeo P90, pair, bought 21/11/2023 for "
        "£3,495.\n"
        "\n"
        "I'm 74, I'm not daft, and I'm sick of being treated as if I am. Since January the "
        "left aid has cut out every single day. Your audiologist, Mr Davies, told me on 8 "
        "January it was wax and charged me £60 for microsuction I did not need. On 2 "
        'February it was "the battery door", another £25. On 29 February it was "my '
        "settings\". Same fault. Three visits, £85 gone, and I STILL can't hear my "
        "granddaughter on the phone.\n"
        "\n"
        'Your Station Road branch promised a "lifetime aftercare package". Lifetime of what, '
        "excuses??\n"
        "\n"
        "I rang 0345 600 2210 on 11 March at 10:15 and held for 38 minutes before being cut "
        'off. Your branch manager Karen has been "in meetings" for a fortnight.\n'
        "\n"
        "I want the left aid replaced under warranty and the £85 refunded, in writing, "
        "within 14 days. My son is a solicitor and has already drafted a letter. I'll also "
        "be writing to Trading Standards and putting the whole sorry tale on Trustpilot.\n"
        "\n"
        "Yours, thoroughly fed up,\n"
        "Geoffrey Hall"
    ),
    (
        "Subject: Complaint - heat pump installation, order WP-2024-1187\n"
        "\n"
        "Dear Mr. Becker,\n"
        "\n"
        "I write in English because my German is not good enough for how angry I am.\n"
        "\n"
        "Your company installed our Vaillant heat pump on 15.01.2024 in Freiburg. Price: "
        "€21,740, of which we paid €13,044 after the subsidy. Since then the house is cold. "
        "17 degrees in the living room in February! Your technician Herr Schulz came on "
        '02.02.2024 at 14:00, looked at it for 10 minutes and said "it needs time to learn". '
        "It is a heat pump, not a baby!!!\n"
        "\n"
        "The electricity bill for February alone is €412. Our old gas heating was €180 a "
        "month. This is a disaster, and you NEVER answer the hotline 0761 555 3390 after "
        "15:00. Your emails come from noreply@becker-waermetechnik.de, so I cannot even "
        "reply!\n"
        "\n"
        "We request:\n"
        "1. A full check of the sizing and settings by an independent engineer by "
        "2024-03-15.\n"
        "2. Compensation for the extra electricity (€232 so far).\n"
        "\n"
        "If we hear nothing, we go to the Verbraucherzentrale and our lawyer, and we put a "
        "review on Google and MyHammer. Honestly, a shameful job.\n"
        "\n"
        "Daniela & Tom Whitfield\n"
        "d.whitfield@posteo.de"
    ),
    (
        "Booking ref HIF-9920431 - Oban to Craignure, 27 July\n"
        "\n"
        "To the complaints team at Hebridean Isles Ferries,\n"
        "\n"
        "We booked the 09:55 sailing for a car and four passengers, paid £96.40 on "
        "02/05/2024, and got confirmation at 11:08 that day. On 27 July we arrived at 09:15, "
        'well before check-in closed, and were told the sailing was cancelled "due to a '
        'technical issue". No text. No email. Your app said ON TIME until 09:30!!\n'
        "\n"
        "We were put on standby for the 13:05, then the 16:00, then told maybe tomorrow. "
        "With two kids under six and a cottage on Mull we'd paid £1,150 for, that's a day "
        "and a night lost. We slept in the car in the terminal car park. Your staff member "
        "Alasdair was polite enough, but the woman on 0800 066 5000 (Morag) actually laughed "
        "when I asked about compensation.\n"
        "\n"
        "EVERY SINGLE SUMMER this happens and you NEVER learn. You couldn't organise a "
        "p*ss-up in a distillery.\n"
        "\n"
        "I want the fare refunded, £164 for the lost cottage night, and £38 for food. Reply "
        "to fionamacleod76@gmail.com.\n"
        "\n"
        "Otherwise it's straight to my MSP, Tripadvisor and the Mull community page on "
        "Facebook.\n"
        "\n"
        "Fiona MacLeod"
    ),
    (
        "To: support@freshcrate.com\n"
        "From: kendra.wallace@icloud.com\n"
        "Subject: Order FC-US-3391207 - I AM DONE\n"
        "\n"
        "Hi, whoever is reading this today,\n"
        "\n"
        "Let me get this straight. I cancelled my FreshCrate subscription on January 28th, "
        "2024 at 9:12 PM. I have the confirmation screenshot (cancellation code XR-4410). "
        "And yet you charged my card $89.94 on Feb 5, $89.94 on Feb 12, and $89.94 on Feb "
        "19. That's $269.82 for boxes I did not want, rotting on my porch in Phoenix in "
        "80-degree heat because I wasn't home.\n"
        "\n"
        "I called (888) 555-0128 and a very chipper rep named Tyler told me the cancellation "
        '"didn\'t go through on our end." Oh, wonderful!! So the confirmation email you sent '
        "me was, what, a prank??\n"
        "\n"
        "Your Instagram (@freshcratekitchen) is all happy families and perfectly seared "
        "salmon. Meanwhile my porch smells like dead fish. Every single time I call it's a "
        "different story.\n"
        "\n"
        "Refund all $269.82 by March 1st or I'm disputing every charge with Chase, reporting "
        "you to the FTC and the Arizona AG, and posting the porch video on TikTok. You "
        "people are unbelievable.\n"
        "\n"
        "Kendra Wallace"
    ),
]
