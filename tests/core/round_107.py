"""Blind round 107 (session 35): written by a helper session that saw no rule, no round and no
code, at the start of the session, themed on dentists and orthodontists, holiday cottages and
glamping, insurance claims, mobile networks, furniture and mattresses, private schools and
tutors, plumbers and electricians, food delivery, bridal shops, letting agents, airlines and lost
luggage, garden centres and landscapers. Held out: measured with the session's starting code
(be9bc03) and again with 8aa41a6 (the session's round-108 work) before anything was written from
it, and both read the same: extortion 14/15, threats 16/20, look-alikes 19/20 clean, plain pairs
10/10, dry pairs 2/10, sincere 14/15, calm versions 16/16. Then worked from (the fixes are tested
with texts of our own in test_round_107_108_shapes.py); its reading after them is kept as a
floor."""

EXTORTION = [
    (
        "Dear Sir/Madam, I have prepared a rather detailed account of our stay at Bramble "
        "Hollow Cottage for Tripadvisor, covering the damp bedding and the absent hot water. "
        "I would be prepared to leave it unpublished in return for a full refund of the £640 "
        "and a complimentary weekend in the autumn. I look forward to your confirmation by "
        "Friday."
    ),
    (
        "Refund the £89 delivery charge and the Google review disappears. Don't, and it goes "
        "up tonight with the photos of your driver dragging my wardrobe across the gravel. "
        "Your choice."
    ),
    (
        "hiya so basically if u sort me a free whitening top up ill take the tiktok down lol "
        "its on 40k views already so ur call babe x"
    ),
    (
        "Listen pal, yer plumber's left ma kitchen like a paddlin pool. Knock the callout "
        "charge aff the bill an I'll no be puttin the pictures up on the Paisley Facebook "
        "group. Fair's fair, eh?"
    ),
    (
        "Ah sure look, I'd hate to have to write up the whole saga about the fees and the "
        "supply teacher on Mumsnet, the school-gate crowd would have a field day with it. A "
        "small goodwill gesture on next term's invoice and we'll say no more about it."
    ),
    (
        "Good afternoon ma. I have already typed my review of your bridal shop for Nairaland "
        "and Instagram, with clear pictures of the stained lace, but I have not posted it "
        "yet. If you refund ₦150,000 out of the ₦420,000 I paid, I will just delete it and "
        "we move on. The choice is yours ma, I am waiting till Sunday evening."
    ),
    (
        "Respected Sir, I am having one very strong review ready for Justdial and Google "
        "regarding your orthodontic clinic. Kindly give 50% waiver on aligner charges of "
        "₹38,000 and I will be keeping the same pending only. Please revert at the earliest."
    ),
    (
        "Howzit. Your garden service guys left my yard looking like a veld fire went through "
        "it. Pay back R4,500 and I'll hold off on the HelloPeter post, ja? Otherwise it's up "
        "tonight with pics. No stress, just saying."
    ),
    (
        "Mate, happy to forget all about the ProductReview post if you chuck in the mattress "
        "protector and waive the delivery. Otherwise it goes live with the whole sorry saga, "
        "photos and all. Ball's in your court."
    ),
    (
        "Well bless your heart. I've got a Yelp review about your electrician about half "
        "written and honey, it is not kind. Y'all knock $200 off that invoice and I reckon I "
        "could find some nicer words to finish it with."
    ),
    (
        "It would be such a pity if my 18k followers found out how your glamping pods let in "
        "water the minute it drizzles. I'm sure we can come to an arrangement that keeps "
        "this between us. A free midweek stay would go a long way."
    ),
    (
        "I'll happily move my Trustpilot rating back up to five stars once the claim for "
        "Biscuit's surgery is paid in full. Until then it stays at one, with screenshots of "
        "every email your claims team sent me."
    ),
    (
        "Here's the offer: you waive the early termination fee on my contract and I delete "
        "the thread on X. It's on 3k reposts and climbing. I'd move quickly if I were you."
    ),
    (
        "Your airline lost my bag for nine days. I've got a 12-minute video cut and ready "
        "for YouTube and r/travel. Upgrade my return to business class and it quietly stays "
        "in my drafts. Otherwise it publishes Monday at 9am."
    ),
    (
        "My draft Google review of your agency mentions the mould, the deposit and Gary by "
        "name. I'm willing to keep it to myself if the full £1,150 deposit comes back "
        "without deductions. Consider this a courtesy heads-up before I press post."
    ),
]

THREATS = [
    (
        "Saw which car is yours in the staff car park. Silver Corsa, nice alloys. Shame if "
        "the brakes started acting funny on the bypass one night."
    ),
    (
        "Your receptionist's got a lovely little terrace on Elm Grove. Those old "
        "timber-framed houses go up like kindling, so I've heard."
    ),
    (
        "Tell the dentist who butchered my mouth that I'll be by the side door at six. He "
        "can find out how he likes having his own jaw rearranged."
    ),
    (
        "Lovely uniforms at St Anne's, the green blazers. Your two come out of the side gate "
        "at ten past three, don't they? Have a think about that before you reject my claim "
        "again."
    ),
    (
        "Landlords who keep other people's deposits have a funny habit of falling down their "
        "own stairs. Mind how you go."
    ),
    (
        "Dear Ms Okafor, I do hope you're keeping well, and that your mother is managing, "
        "living on her own as she does on Carrow Road. I'd hate for anything to happen to "
        "her while this claim is outstanding. Kind regards."
    ),
    ("send that useless plumber back round here and he'll be leaving in an ambulance, not his van"),
    (
        "if my luggage isnt found by friday im coming down to that desk with a bat and ill "
        "start with the girl in the red glasses"
    ),
    ("The tutor who failed my son would do well to start his car very carefully from now on."),
    (
        "I've got a can of petrol in the boot and plenty of free time. Your showroom is full "
        "of foam mattresses. Do the maths."
    ),
    (
        "Nice big front window on your garden centre. Glass is expensive to replace. Every "
        "week, if that's what it takes."
    ),
    (
        "Tell Darren the electrician I've got his van reg and a few mates who owe me "
        "favours. He won't be holding a screwdriver with those hands much longer."
    ),
    (
        "Sleep well tonight. Properly well. Doors locked? Back windows? You never know who's "
        "waiting outside a bridal shop after closing."
    ),
    (
        "u reject my claim 1 more time n ur gonna find out wot happens 2 ppl who mess wiv my "
        "family. already got ur sisters insta x"
    ),
    (
        "Oga, I swear, if this landlord no return my deposit, the boys will pay him a visit "
        "for Lekki and he will not like how they greet him."
    ),
    (
        "You've got a little dog, haven't you, Mrs Patel? Saw it in the window of the "
        "cottage office. Dogs get out. The lane's very busy in summer."
    ),
    (
        "I'm not going to shout. I'm just going to wait. Every evening, at the end of your "
        "road, until you understand that you don't get to keep my money."
    ),
    (
        "See if that landscaper sets foot in Govan again, he'll be gettin buried under his "
        "ain decking. Tell him that fae me."
    ),
    (
        "Your call centre's at Doxford Park, isn't it. I'll be there Thursday and I'm not "
        "coming to chat. Tell whoever calls herself 'Jade' on your live chat to take the day "
        "off. Permanently."
    ),
    (
        "The delivery rider who spat on my door should know I've got his face on my doorbell "
        "camera and I'll be waiting at the restaurant pickup till he shows. He'll be eating "
        "through a straw for a month."
    ),
]

LOOK_ALIKES = [
    (
        "I've now referred this to the Financial Ombudsman (case ref attached). I'll accept "
        "whatever they decide."
    ),
    (
        "If my deposit isn't returned within 14 days I'll start a small claims case. Not a "
        "threat, just letting you know the next step so nobody's surprised."
    ),
    (
        "I've raised a chargeback with my bank for the £312 mattress that never arrived. "
        "Please don't chase me for the payment in the meantime."
    ),
    (
        "Just so you know, I'll be leaving an honest review on Trustpilot about the delays. "
        "Nothing you need to do, it's just so other parents know what to expect from the "
        "tutoring agency."
    ),
    "This app is killing me. Third time my order has vanished at the checkout screen.",
    (
        "The queue at baggage reclaim was absolute murder, two hours for one carousel and no "
        "staff anywhere."
    ),
    (
        "Reporting a fire risk: the socket your electrician fitted in our kitchen is "
        "scorching hot and smells of burning plastic. Please send someone urgently, we've "
        "switched it off at the fuse box."
    ),
    (
        "There's a loose cable hanging from the ceiling of the yurt, right above the kids' "
        "bunk. Someone could get hurt, so could you fix it before the next guests arrive?"
    ),
    (
        "Your delivery van was in an accident on the M6 on the way to us. Nobody hurt, thank "
        "goodness, but the wardrobe is written off. Can we rebook?"
    ),
    (
        "Haha Jess said she'd kill me if I booked the same cottage as last year so we're "
        "trying the shepherd's hut instead 😂"
    ),
    (
        "The 'Slug Assassin' pellets I bought from your garden centre didn't kill a single "
        "slug. Can I get a refund?"
    ),
    (
        "I'm reporting your 'free fitting' advert to Trading Standards, as the fitting was "
        "charged at £75 on the invoice."
    ),
    (
        "The orthodontist warned me the first week of braces would be murder and she wasn't "
        "wrong. Any tips on soft foods?"
    ),
    (
        "I'll be contacting the Property Redress Scheme about the deductions and I've copied "
        "in my local councillor."
    ),
    (
        "Fire alarm went off at the cottage at 3am, turned out to be the toaster. Just "
        "flagging that the detector sits right above it."
    ),
    (
        "The 'Killer Queen' veil from your spring bridal range has a snag in the lace. Could "
        "I swap it for another one?"
    ),
    (
        "Honestly I could strangle whoever designed this claim form. Twelve pages to report "
        "a cracked windscreen."
    ),
    (
        "Please let the electrician know he left a live wire exposed in the loft. My husband "
        "nearly got a shock. Not blaming anyone, it just needs fixing."
    ),
    (
        "Our son's tutor said he'd smash his maths exam and he got a 9! Will be writing a "
        "glowing review."
    ),
    (
        "My complaint about the mis-sold contract has been logged with Ofcom. I'll let them "
        "decide and stop chasing your team."
    ),
]

PAIRS = [
    (
        (
            "Hi, I was charged £65 for a check-up that the practice cancelled on the day. Could "
            "you refund it, please?"
        ),
        (
            "You CANCELLED my appointment and STILL took £65 off my card?!! Absolute cowboys. "
            "Refund it TODAY or I'm going to my bank."
        ),
    ),
    (
        (
            "The cottage hadn't been cleaned before we arrived: crumbs on the worktops and hair "
            "in the shower. We'd appreciate a partial refund."
        ),
        (
            "ARRIVED TO A FILTHY COTTAGE!!! Someone else's HAIR in the shower, crumbs "
            "EVERYWHERE. £780 for this?? Disgusting. I want money back NOW."
        ),
    ),
    (
        (
            "My claim for the rear bumper damage (ref CL-448201) has been open for six weeks. "
            "Could you give me an update?"
        ),
        (
            "SIX WEEKS. Six f***ing weeks for a bumper. CL-448201. Does anyone in your office "
            "actually WORK?? Pick up the phone!!!"
        ),
    ),
    (
        "I've had no signal at home for five days. Is there a known outage in the LS6 area?",
        (
            "FIVE DAYS with no signal and your chatbot keeps telling me to 'restart my device'. "
            "I HAVE. Useless, the lot of you!! Fix the mast or let me out of this contract."
        ),
    ),
    (
        "My mattress arrived with a tear in the cover. Could you arrange a replacement?",
        (
            "£899 for a mattress that turned up RIPPED?!? Did your drivers drag it down the "
            "street?? Replacement by Saturday, no excuses, no 'we'll look into it'."
        ),
    ),
    (
        (
            "My daughter's tutor has missed two sessions without notice. Could we rearrange them "
            "or have them credited?"
        ),
        (
            "Second no-show in a fortnight!! My daughter sat at the kitchen table waiting for an "
            "HOUR. Total joke of an agency. Credit both sessions or we're done."
        ),
    ),
    (
        ("My order arrived cold and the garlic naan was missing. Could I have a partial refund?"),
        (
            "Stone COLD curry, NO naan, and the driver dumped it on the step and legged it. 50 "
            "minutes late!!! Refund the lot, you clowns."
        ),
    ),
    (
        (
            "My dress alterations were due last Friday and aren't finished. The wedding is in "
            "three weeks, so could you give me a firm date?"
        ),
        (
            "My wedding is in THREE WEEKS and my dress STILL isn't altered!!! You promised last "
            "Friday. If it's not done by Monday I want every single penny back. Unbelievable."
        ),
    ),
    (
        "The boiler has been broken since Tuesday. Please could someone come out to fix it?",
        (
            "NO HEATING since Tuesday with a newborn in the flat and you lot can't even be "
            "bothered to return a call!!! Pathetic. Get an engineer here TODAY."
        ),
    ),
    (
        (
            "My suitcase didn't arrive on flight BA0287 and I've had no update for four days. "
            "File ref LHRBA12345."
        ),
        (
            "FOUR DAYS and not one update on my suitcase!! LHRBA12345. I've been wearing the "
            "same clothes since Tuesday. Where the h*ll is my bag?!"
        ),
    ),
    (
        (
            "The hedge plants I ordered arrived dead, with brown leaves and dry roots. Could "
            "they be replaced?"
        ),
        (
            "Thank you for the twelve beech hedging plants. I had been hoping for a hedge, but a "
            "neat row of kindling is a lovely alternative, and so low maintenance."
        ),
    ),
    (
        "The plumber was booked for between 8 and 12 but didn't turn up. Can we rebook?",
        (
            "I took the whole morning off to wait for your plumber between eight and twelve. It "
            "was a good chance to get to know my front door. We're quite close now."
        ),
    ),
    (
        "I was on hold for 40 minutes and then the call was cut off.",
        (
            "I now know every note of your hold music, including the slightly flat bit where the "
            "loop restarts. Another couple of calls and I'll be able to perform it at your staff "
            "party."
        ),
    ),
    (
        (
            "You've excluded my dog's knee surgery as pre-existing, but he never had knee "
            "problems before. Could you review the decision?"
        ),
        (
            "It's reassuring to learn that Murphy's knee was pre-existing. Apparently he was "
            "born with a ruptured ligament and simply chose to run about on it for six years out "
            "of politeness."
        ),
    ),
    (
        (
            "My sofa delivery has been rescheduled for the third time. Could you confirm a "
            "definite date?"
        ),
        (
            "Third rescheduled delivery for the sofa. I think of it less as furniture now and "
            "more as a pen pal, writing to me every few weeks from a distant warehouse."
        ),
    ),
    (
        (
            "I was charged £60 at the gate for a cabin bag that was within the size limit. Could "
            "that be refunded?"
        ),
        (
            "Sixty pounds well spent to watch your gate agent measure my bag, confirm it fitted, "
            "and charge me anyway. That kind of devotion to procedure is rare these days."
        ),
    ),
    (
        "My son's retainer appointment has been moved four times. Could we get a fixed slot?",
        (
            "My son's retainer appointment has now moved four times, which is fitting, as his "
            "teeth seem to be drifting at roughly the same pace as your diary."
        ),
    ),
    (
        (
            "The hot tub at the glamping site wasn't working during our stay, although it was in "
            "the listing."
        ),
        (
            "The hot tub was, as advertised, a tub. Nobody promised hot, to be fair. The "
            "cold-water therapy in October was much appreciated, particularly by the children."
        ),
    ),
    (
        "My order was marked as delivered but never arrived.",
        (
            "The app says my order was delivered at 19:42. I've checked the doorstep, the bins "
            "and next door's porch, so I can only conclude it was delivered spiritually. Very "
            "nourishing."
        ),
    ),
    (
        (
            "You deducted £200 from my deposit for carpet cleaning, but I had it professionally "
            "cleaned and have the receipt."
        ),
        (
            "Two hundred pounds to clean a carpet I'd already paid a professional to clean. I'd "
            "love your cleaner's details; anyone who can charge that much to clean something "
            "already clean is wasted on lettings."
        ),
    ),
]

SINCERE = [
    (
        "Wow. Dr Mensah fitted my son's braces today and he actually smiled in the mirror "
        "for the first time in years. Thank you so much."
    ),
    (
        "Of course I'll recommend you! The cottage was spotless, the welcome hamper was a "
        "lovely touch, and the kids haven't stopped talking about the lambs."
    ),
    (
        "Finally got the claim paid for the burst pipe, and honestly Sandra in your claims "
        "team was wonderful from start to finish. Couldn't have asked for more."
    ),
    (
        "Thanks for the update on my bag! Just collected it from the courier, everything's "
        "there, even the bottle of olive oil. Much appreciated."
    ),
    (
        "Brilliant job from your electrician Tom today. Tidy, quick, and he explained "
        "everything to my dad without talking down to him. Will definitely use you again."
    ),
    (
        "Love that you text before the driver arrives, it meant I could get the baby down "
        "before the doorbell went. Small thing but it really helps."
    ),
    (
        "What a surprise! My old maths tutor from Year 9 has joined your agency and my "
        "daughter's booked in with her. She's the reason I passed."
    ),
    (
        "The replacement mattress topper is just what I needed after my back operation. "
        "Thank you for sorting it so quickly and without any fuss."
    ),
    (
        "Couldn't be happier with the dress. Amara did the alterations in a week and it fits "
        "like a glove. I cried, mum cried, everyone cried."
    ),
    (
        "Wow, the new mast is real! Full bars in the kitchen for the first time since we "
        "moved to the village in 2019. Thank you to whoever pushed for it."
    ),
    (
        "Of course things go wrong in old houses, but the way you handled the leak, round "
        "within the hour with a dehumidifier, was brilliant. Best landlord we've had."
    ),
    (
        "Finally, a landscaper who turns up when he says he will! The patio looks amazing "
        "and the neighbours are jealous. Five stars from us."
    ),
    (
        "Thanks for the update about the vet claim, so relieved it's covered. Poppy is "
        "already back to chasing pigeons."
    ),
    (
        "Just wanted to say the captain's announcement about the delay was really clear and "
        "kind. Love that the crew brought water round to everyone while we waited."
    ),
    (
        "What a surprise to find a handwritten note and a free packet of sweet pea seeds in "
        "my garden centre order. Just what I needed this week, honestly."
    ),
]

CALM_DRAFTS = [
    (
        "Dear Brightsmile Dental,\n"
        "\n"
        "I am writing AGAIN about invoice BSD-20417 for £1,280 for a crown that fell out on "
        "14/03/2024, exactly nine days after Dr Alan Murray fitted it. Your receptionist "
        'Kerry told me on the phone (0161 496 0732) that it was "my fault for eating '
        'toffee". Are you SERIOUS?!\n'
        "\n"
        "I have emailed accounts@brightsmile-dental.co.uk three times (3 March, 18 March and "
        "2 April) and you NEVER reply. Every single time I ring I'm put on hold for 25 "
        "minutes and then cut off at 5.30pm on the dot.\n"
        "\n"
        "I want the crown refitted free of charge and the £95 emergency fee refunded. If I "
        "don't hear back by Friday 12 April at 12:00 I will be posting the whole story on "
        "Google and Facebook and reporting you to the General Dental Council. Frankly your "
        "practice is a sh*tshow.\n"
        "\n"
        "Mrs Janet Holloway\n"
        "Patient no. 88213"
    ),
    (
        "To whoever runs Koala Creek Glamping (bookings@koalacreekglamping.com.au),\n"
        "\n"
        "Booking #KCG-55190, 2 nights, 8-10 February 2024, A$720 paid in full. Your website "
        '(www.koalacreekglamping.com.au/tents) promises a "luxury bell tent with ensuite". '
        "What we got was a tent with a puddle in it and a compost toilet 200 metres away "
        "next to the generator. LUXURY?! Are you having a laugh?\n"
        "\n"
        "I rang 0412 555 019 at 7:15pm on the Friday and got Shane, who told me \"it's "
        'camping, mate, what do you expect" and hung up. Brilliant customer service, Shane, '
        "truly world class.\n"
        "\n"
        "You NEVER answer emails. I sent three (Feb 10th, Feb 14th and 2024-02-20). Not one "
        "reply. Every single time I call it goes to voicemail.\n"
        "\n"
        "I want A$360 back, half, by 1 March. If not, the whole story goes on Google, "
        "Tripadvisor and my Instagram @jess.outdoors.au, and I'll be lodging a complaint "
        "with NSW Fair Trading. Don't test me.\n"
        "\n"
        "Jess Whitlock"
    ),
    (
        "Claim number: SAF-MTR-2024-08812\n"
        "Policy: 4471-229-01\n"
        "\n"
        "To the claims department at Safeguard Motor Insurance,\n"
        "\n"
        "My Polo was written off in a hailstorm in Centurion on 27 November 2023. It is now "
        "2024-01-19 and I have not been paid a single cent. Your assessor, Mr Pieter van "
        "Wyk, valued the car at R148,000, then your letter of 11/01/2024 offered R96,500. "
        "WHERE did the other R51,500 go?! Did it blow away with the hail?\n"
        "\n"
        "I have phoned 0860 123 456 more times than I can count. Every single time I'm told "
        '"the file is with the assessor". Thandi at the call centre promised on Tuesday at '
        "14:20 that I'd get a callback within 24 hours. Guess what. Nothing. You people are "
        "useless.\n"
        "\n"
        "Funny how you manage to debit R1,245 from my account on the 1st of every month "
        "without fail though, hey.\n"
        "\n"
        "Pay the full R148,000 by 31 January or I go straight to the Ombudsman for "
        "Short-Term Insurance and put this on HelloPeter and on X, tagging @SafeguardZA. "
        "Sort it out.\n"
        "\n"
        "Nomvula Dlamini\n"
        "nomvula.dlamini@gmail.com | 082 555 0147"
    ),
    (
        "Subject: COMPLAINT - Mobile no. +91 98450 12345 - Ticket #SRN8823410\n"
        "\n"
        "Dear Sir/Madam,\n"
        "\n"
        "This is my FOURTH complaint regarding my postpaid connection. Since 5th March my "
        "bill is showing ₹3,870 instead of my plan amount of ₹599. Your executive Mr Rahul "
        'at the Koramangala store told me on 07-03-2024 at 4.30 pm "system issue, it will '
        "auto-correct\". NOTHING has auto-corrected!!! Instead this month's bill is ₹4,412.\n"
        "\n"
        "Every single time I call 198 I am transferred three times and then disconnected. "
        "You people NEVER call back. Honestly I have seen better service at a roadside tea "
        "stall.\n"
        "\n"
        "I emailed appellate@skylinkmobile.in on March 9th and again on 2024-03-15. No "
        'reply. I also tweeted @SkylinkCares, they replied "please DM us". I DM-ed. Nothing.\n'
        "\n"
        "Kindly reverse the excess ₹3,813 and the late fee of ₹100 within 7 days, otherwise "
        "I will approach TRAI and the consumer forum and port my number out. Do the needful "
        "immediately.\n"
        "\n"
        "Regards,\n"
        "Suresh Ramaswamy"
    ),
    (
        "Dear MeblePlus customer service (obsluga@mebleplus.pl),\n"
        "\n"
        'Order no. MP/2024/118734, corner sofa "Verona", grey, 4,299 zł, paid by BLIK on 2 '
        "February 2024. Delivery promised for 16.02.2024 between 8:00 and 14:00. Your driver "
        'turned up at 19:40, said the sofa "doesn\'t fit through the door" (it does, I '
        "measured TWICE!!!) and took it away again. Too lazy to even take the packaging off.\n"
        "\n"
        "Then your colleague Pan Tomasz on +48 22 555 01 87 told me I must pay another 250 "
        "zł for redelivery. Are you KIDDING me? Your driver couldn't be bothered and I pay "
        "for it?\n"
        "\n"
        "I wrote to you on 17/02, 19/02 and 2024-02-26. You NEVER answer. Every single time "
        "I call I wait 30+ minutes listening to the same awful jingle.\n"
        "\n"
        "I want the sofa delivered free of charge before 8 March, plus 250 zł compensation "
        "for the day of leave I wasted. If not, I will complain to UOKiK and write a review "
        "on Google and Ceneo that nobody in your company will enjoy reading.\n"
        "\n"
        "Magdalena Kowalczyk\n"
        "ul. Długa 14/3, Kraków"
    ),
    (
        "Dear Management of Brightminds Tutorial Centre, Ikeja,\n"
        "\n"
        "I am writing with serious annoyance about my son Chidi's WAEC preparation classes. "
        "I paid ₦185,000 on 3rd January 2024 (receipt no. BTC/0042/24) for twelve weeks. "
        "Since then your tutor Mr Adebayo has missed FIVE lessons!!! Five!! And on "
        "14/02/2024 he came at 4:45pm instead of 3pm and spent half the class pressing "
        "phone.\n"
        "\n"
        'When I called your office line 0803 555 2417, one madam told me "the tutor '
        'travelled for burial, exercise patience". Patience for how long? Every single time '
        "it is one excuse or the other. You people NEVER take responsibility.\n"
        "\n"
        "I sent emails to admin@brightmindstutorials.ng on February 16th and 2024-02-28. No "
        'response. Even your Instagram @brightminds_ikeja ignored my DM but posted "Enrol '
        'now!" the same day. Wonderful.\n'
        "\n"
        "I am demanding a refund of ₦77,000 for the missed classes by Friday 15 March, or I "
        "will report you to the Lagos State Consumer Protection Agency and post this "
        "everywhere including Nairaland. Rubbish service.\n"
        "\n"
        "Mrs Ngozi Eze\n"
        "0809 555 6611"
    ),
    (
        "Re: Invoice #HP-3307, Harbourview Plumbing & Heating\n"
        "\n"
        "Hi Dave (and whoever actually reads info@harbourviewplumbing.ca),\n"
        "\n"
        "On Jan 22nd your tech Kyle came to our house in Dartmouth, NS for a leaking water "
        "heater. He was here 45 minutes, swapped a valve and charged CA$612.40, including a "
        'CA$180 "emergency callout" even though I booked a 9:00am slot three days earlier!\n'
        "\n"
        "Two days later, 2024-01-24 at 6:10am, the same valve let go and flooded the "
        "basement. Carpet ruined, drywall soaked. Kyle's response on his cell "
        '(902-555-0193)? "Not my problem, bud." UNREAL.\n'
        "\n"
        "I've called the office five times. You NEVER call back. Every single time I'm told "
        'Dave is "on a job". Dave must be on a job 24/7. Impressive work ethic, Dave.\n'
        "\n"
        "I want the CA$612.40 refunded, the valve replaced properly at no cost, and CA$1,150 "
        "toward the restoration company's bill. If I don't hear back by February 9 I'm "
        "filing in Nova Scotia small claims and posting the whole d*mn saga on Google, "
        "HomeStars and the Dartmouth community Facebook page.\n"
        "\n"
        "Mark Leblanc"
    ),
    (
        "To QuickBento support (help@quickbento.jp),\n"
        "\n"
        "Order ID QB-JP-77120934, placed 2024/03/09 at 12:05 for delivery at 12:45. Total "
        "¥3,480 plus ¥350 delivery fee. It arrived at 14:10. FOURTEEN TEN!! Cold, and the "
        "soup had leaked all over the katsu. Your rider left it in the lobby of the wrong "
        "building (I'm in Tower B, not Tower A, it's in the delivery notes in capital "
        "letters).\n"
        "\n"
        'Your chat agent "Yuki" offered me a ¥200 coupon. ¥200!!! That doesn\'t even cover '
        "the delivery fee. Thank you SO much for your generosity.\n"
        "\n"
        "This is the third time this month (also 2 March and March 6th). You NEVER deliver "
        'on time to our office and every single time the excuse is "high demand". Then hire '
        "more riders.\n"
        "\n"
        "Full refund of ¥3,830 to my card ending 4417 by the end of this week, please. "
        "Otherwise I'm writing an App Store review, posting the photos on X tagging "
        "@QuickBentoJP, and telling the whole office (60 people who order lunch daily) to "
        "delete your useless app.\n"
        "\n"
        "Daniel Hughes\n"
        "+81 90-5555-0128"
    ),
    (
        "Subject: Order #BB-10482 - WHERE IS MY DRESS\n"
        "\n"
        "To Belle & Bloom Bridal, Atlanta (orders@belleandbloombridal.com),\n"
        "\n"
        'I ordered my gown ("Savannah", ivory, size 8) on October 3rd, 2023. Paid a $1,450 '
        "deposit and the remaining $1,450 on 01/15/2024. Your consultant Tiffany promised it "
        'would arrive "by mid-February at the latest". My wedding is April 6th. It is now '
        "March 11 and there is still no dress.\n"
        "\n"
        "Every single time I call (404-555-0176) I'm told it's \"in transit from the "
        'designer". In transit from WHERE? The moon?! You NEVER give me a tracking number. '
        "Tiffany has stopped answering my texts, and when I came in Saturday at 11:30am the "
        "manager, Brooke, rolled her eyes at me. Unbelievably rude.\n"
        "\n"
        "I want the dress in my hands by March 18, or a full refund of $2,900. If neither "
        "happens I'm disputing the charges with Amex, reviewing you on Google, Yelp and The "
        "Knot, and posting a TikTok on @laurenplansawedding.\n"
        "\n"
        "This is supposed to be the happiest time of my life and you've made it a total "
        "sh*tshow.\n"
        "\n"
        "Lauren Mitchell"
    ),
    (
        "Re: Deposit for Apt 4, 12 Leeson Park Avenue, Dublin 6 - Tenancy ref LPA/2291\n"
        "\n"
        "To Donnelly Lettings (lettings@donnellylettings.ie),\n"
        "\n"
        "I moved out on 31/01/2024 and handed the keys to your agent Ciarán at 10am. The "
        "flat was spotless. I have 74 photos and a receipt for a professional clean (€220). "
        "Now I get a letter dated 20 February deducting €1,100 of my €1,800 deposit for "
        '"redecoration", "carpet replacement" and "general wear".\n'
        "\n"
        "General WEAR? That carpet was there since the 90s!! It was threadbare the day I "
        "moved in in 2019, it says so in your own inventory report.\n"
        "\n"
        "I've rang 01 555 3409 six times. You NEVER return calls. Every single time I'm told "
        'Ciarán is "out on a viewing". He must be the busiest man in Dublin.\n'
        "\n"
        "If the full €1,800 isn't back in my account by 15 March, I'm opening a dispute with "
        "the RTB and putting your name all over Google reviews and r/ireland so nobody else "
        "gets stung by you cowboys.\n"
        "\n"
        "Aoife Brennan\n"
        "087 555 2214"
    ),
    (
        "Baggage file: ARNSK48213 / Flight SK1417 Stockholm-Manchester, 19 December 2023\n"
        "\n"
        "To NordAir Customer Relations (baggage@nordair.se),\n"
        "\n"
        "My suitcase has now been missing for 23 DAYS. It had all our Christmas presents in "
        "it. My son opened his presents on 25 December out of a carrier bag I bought at the "
        "airport at 23:40 because your desk was closed!!!\n"
        "\n"
        "I have spent 4,870 kr on essentials (receipts attached, plus £186 spent in the UK). "
        'Your agent Erik on +46 8 555 123 40 told me on 2 January at 09:15 that "interim '
        'expenses are capped at 1,000 kr". That is NOT what your website says '
        "(www.nordair.se/baggage/delayed). Did Erik even read it?\n"
        "\n"
        'You NEVER update the tracker. Every single time I check it says "Searching". Thank '
        "you, I'm aware. So am I.\n"
        "\n"
        "I want the bag found, or its full value paid (approx. 12,500 kr) plus all expenses, "
        "by 20 January. Otherwise I'm filing with the ARN and going public on X "
        "(@NordAirHelp), Reddit and Trustpilot. Fed up to the back teeth.\n"
        "\n"
        "Helen Sørensen-Bryce\n"
        "helen.sb@outlook.com"
    ),
    (
        "FAO: Green Horizon Landscapes Ltd (quotes@greenhorizonlandscapes.co.uk)\n"
        "Job ref: GHL-0915 - Patio and turf, 27 Ashbourne Road, Derby\n"
        "\n"
        "Your lads started on Monday 8th April and were meant to finish by the 12th. They "
        "finished on 26/04/2024. FOURTEEN days late. And the patio already has a crack "
        "across three slabs and slopes TOWARDS the house, so every time it rains water pools "
        "by the back door!!\n"
        "\n"
        'I paid £6,450 up front (bank transfer 02/04/2024), plus £380 for "additional '
        'hardcore" nobody mentioned in the quote. Your foreman Lee told me "that\'s just how '
        'patios settle, love". It is not how patios settle, Lee.\n'
        "\n"
        "I've called Mr Jenkins on 07700 900431 four times. You NEVER pick up. Meanwhile "
        'facebook.com/greenhorizonderby posted a "beautiful finished patio!" photo on April '
        "29th. Not mine, obviously.\n"
        "\n"
        "Relay the slabs with the correct fall by 31 May and refund the £380, or I'm taking "
        "you to small claims and leaving a VERY honest review on Checkatrade and Google. "
        "Bloody cowboys.\n"
        "\n"
        "Richard Ashworth"
    ),
    (
        "Claim #PW-2024-338170 - Policyholder: Maria Gonzalez - Pet: Luna, 4-year-old "
        "Labrador\n"
        "\n"
        "To PawWell Pet Insurance claims team,\n"
        "\n"
        "Luna had emergency surgery for a swallowed sock on February 3rd in Austin, TX. "
        "Total bill $4,286.55. I submitted every document on 2/5/2024 through your app. Your "
        'denial letter dated February 27 says "gastrointestinal conditions are pre-existing" '
        "because Luna had ONE upset stomach in 2021. ONE. From eating grass!!\n"
        "\n"
        "I've paid $62.40 a month since 2020 without missing a payment. That's almost $3,000 "
        "to you people. The first time I actually need you, you find a loophole. Wow. Great "
        "business model.\n"
        "\n"
        "A rep named Kevin (1-800-555-0142) admitted on 3/1 at 2:45pm CT that the vet notes "
        '"don\'t clearly support" the denial and promised an escalation, ESC-55102. Nothing '
        "since. You NEVER follow through.\n"
        "\n"
        "Reprocess and pay the claim in full within 14 days or I'm filing with the Texas "
        "Department of Insurance and posting on Reddit and Facebook tagging "
        "@PawWellInsurance. Absolute bull***t.\n"
        "\n"
        "Maria Gonzalez\n"
        "maria.g.atx@gmail.com"
    ),
    (
        "To Dr Fiona Tan and the team at SmileLine Orthodontics, Chatswood\n"
        "\n"
        "Patient: Oliver Nguyen (DOB 12/06/2011), account no. SLO-40217\n"
        "\n"
        "We signed up for Oliver's braces in June 2023 for A$7,200 on a plan of A$300/month. "
        "On 14 March 2024 a bracket came loose and it has been digging into his cheek ever "
        'since. Your front desk gave us the "next available" appointment: 2nd May. SEVEN '
        "WEEKS with a wire cutting his mouth?!\n"
        "\n"
        "I've called 02 9555 3184 every morning this week. Every single time Chloe says "
        'you\'re "fully booked", yet smilelineortho.com.au/book shows gaps for NEW patients. '
        "So new patients get seen and paying ones don't? Classy.\n"
        "\n"
        'On top of that we were charged a A$95 "emergency fee" in January for fixing the '
        "SAME bracket. Which is clearly not fixed.\n"
        "\n"
        "I want Oliver seen this week, the A$95 refunded and a written explanation. If not "
        "I'll complain to AHPRA and leave a review on Google. You NEVER take anything "
        "seriously until someone goes public.\n"
        "\n"
        "Thi Nguyen\n"
        "thi.nguyen@bigpond.com"
    ),
    (
        "Claim no. 2024-HJ-009311\n"
        "Policy: HUS-77402-DK\n"
        "\n"
        "Dear Trygheden Insurance,\n"
        "\n"
        "On 2024-01-06 a pipe burst under the kitchen floor of our house in Aarhus while we "
        "were away. Your emergency line (+45 70 55 55 12) took 3 hours to send anyone. By "
        "then the water had reached the living room.\n"
        "\n"
        "Your loss adjuster, Mr Lars Holm, visited on 9 January at 10:30 and estimated the "
        "damage at 185,000 kr. On 14/02/2024 I received an offer of 62,000 kr because the "
        'pipe was "poorly maintained". It was installed in 2018 by a certified plumber and I '
        "have sent you the invoice TWICE!!!\n"
        "\n"
        "I am sick of this. You NEVER read what I send. Every single time I call I have to "
        "explain the whole case from the beginning to someone new. Do you people not keep "
        "notes? Incompetent.\n"
        "\n"
        "I expect a revised offer within 10 working days. Otherwise I will take this to "
        "Ankenævnet for Forsikring and write about it on Trustpilot, where you currently "
        "have 1.8 stars. I can see why.\n"
        "\n"
        "Sophie Andersen\n"
        "sophie.andersen@mail.dk"
    ),
    (
        "Order: SB-DE-2024-051877\n"
        "\n"
        "Hello SchlafBest customer service (service@schlafbest.de),\n"
        "\n"
        'I ordered your "CloudRest Hybrid" mattress, 160x200, for €1,049 on 28.01.2024 with '
        'the famous "100 night trial". On night 41 (March 9th) I requested a return because '
        "my back is killing me. Your return form promised collection within 14 days.\n"
        "\n"
        "It is now 2024-04-02. No collection. Three bookings (15/03, 22/03 and 29/03, all "
        "8:00-12:00) and your courier NEVER showed up. I took three mornings off work for "
        "this!!! Every single time I phone 030 555 8821 I'm told \"the carrier will contact "
        "you\". They don't.\n"
        "\n"
        "Your agent Jonas promised in the chat on 25 March at 17:05 a €50 voucher for the "
        "trouble. Never arrived either. Shocking.\n"
        "\n"
        "Collect the mattress this week and refund the full €1,049 to my PayPal "
        "(k.weber@web.de) by 12 April, or I go to the Verbraucherzentrale and post a review "
        "on Trustpilot and Google with every one of these dates. I'm done being polite with "
        "you clowns.\n"
        "\n"
        "Katrin Weber"
    ),
]
