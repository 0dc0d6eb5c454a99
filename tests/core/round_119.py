"""Blind round 119 (session 37): written by a helper session that saw no rule, no round and no
code, written while the guards' refit was being tried, themed on kitchen fitters, dog groomers
and kennels, online tutoring platforms, storage units, florists, satellite TV providers, taxi
firms, computer repair shops, nail salons, ferry operators, camping and caravan parks,
electronics retailers in Malaysia and Jamaica. Held out: measured with the session's starting
code (299a0a8): extortion 12/15, threats 12/20, look-alikes 19/20, plain pairs 10/10, dry pairs
6/10, sincere 13/15, calm versions 16/16. With the session's changes (words of praise VADER
rates low, a jab's window's praise; an accident foretold is no threat): extortion 12/15, threats
12/20, look-alikes 19/20, plain pairs 10/10, dry pairs 7/10, sincere 13/15, calm versions 16/16.
The praise words were chosen with the misses of rounds 80-119 in view, so those dry pairs are in
sample. Kept as a floor."""

EXTORTION = [
    (
        "Dear Sir/Madam, I have drafted a detailed one-star account of your kitchen "
        "installation for Trustpilot. I would be content to leave it unsubmitted, should you "
        "see fit to refund the £640 labour charge in full by Friday. I trust we understand "
        "one another."
    ),
    (
        "Refund the 58 quid fare and the dashcam clip of your driver on his phone never goes "
        "anywhere near X. Ignore this and it goes up with your firm tagged. You've got till "
        "the pubs shut."
    ),
    (
        "ur groomer nicked my dogs ear. gimme the next 3 grooms free n i wont put it on "
        "tiktok. got 12k followers btw so u decide lol"
    ),
    (
        "See if yous don't sort oot the refund for that pitch, the whole caravan forum's "
        "gettin the full story wi' pictures. Sling us the £85 back an' I'll keep ma gob "
        "shut, simple as that."
    ),
    (
        "Ah look, I've no wish to be going onto Tripadvisor about that ferry cabin, sure "
        "what good would it do anyone. But if an upgrade on the return leg was to appear on "
        "the booking, I'd say the whole thing would slip my mind entirely."
    ),
    (
        "Oga, I am not a troublesome person. Just refund my ₦145,000 for the fake charger "
        "and I will not put your shop on Nairaland and Instagram. If not, everybody in Lekki "
        "go hear your matter. Make we settle am quietly."
    ),
    (
        "Kindly do the needful and waive the remaining ₹4,500 tuition fee, then I will not "
        "be posting the review I have already prepared for Google. Otherwise I will be "
        "forced to share it in all the parents' WhatsApp groups also."
    ),
    (
        "Listen boet, I've got a Hellopeter review sitting in my drafts about your installer "
        "and my roof. Six months free on the premium package and I hit delete, lekker. "
        "Otherwise it goes live tonight, hey."
    ),
    (
        "Mate, your kennel sent my kelpie home with a cough that sounds like a lawnmower. "
        "Chuck us the $400 back and I'll leave it at a polite three stars on Google instead "
        "of the novel I've written. Fair's fair."
    ),
    (
        "Well bless your heart, y'all charged me double for that fill. Now I'd hate for my "
        "little Yelp write-up to go live with all them close-ups of the liftin' acrylics. A "
        "full refund'd sure help me forget where I saved it, sugar."
    ),
    (
        "It would be a real pity if my Mumsnet thread about your 'climate-controlled' "
        "storage units full of mould started trending in the run-up to Christmas. Two "
        "months' rent waived would go a long way to me losing interest in updating it."
    ),
    (
        "You're currently on 1 star from me on Google. I'll happily bump it to 5 the minute "
        "the £220 for the failed motherboard repair lands in my account. Not a penny before, "
        "not a star before."
    ),
    (
        "Proposal: you do the flowers for my daughter's wedding at cost, and my Facebook "
        "post from last week about the dead roses quietly vanishes. Everybody wins. Let me "
        "know by noon tomorrow."
    ),
    (
        "Boss, the TV I bought from your Lowyat outlet got dead pixel already. You give me "
        "RM500 voucher, I delete my Shopee and Google review lah. If not I also post in "
        "r/malaysia, your choice."
    ),
    (
        "Mi nuh wan' mash up unu business, but if mi nuh get back mi $38,000 fi di laptop by "
        "Monday, every likkle ting going pon Facebook an' X wid di receipt. Gimme di money "
        "an' mi seh nutten."
    ),
]

THREATS = [
    (
        "Your groomer - Kayleigh, isn't it? Blue Corsa, parks round the back by the bins. "
        "It'd be a pity if she came out one evening and it didn't start. Or if she found "
        "something worse than a flat battery."
    ),
    (
        "Drove past your kitchen showroom last night. Lot of glass on that frontage, Darren. "
        "Glass breaks."
    ),
    (
        "My brother did eight years for less than what your kennel did to my dog. He's out "
        "now and he asked me for your address. I gave it to him."
    ),
    (
        "The little one in the green blazer, St Aidan's, out the gate at 3:15. Lovely "
        "family. Tell your tutoring company to refund me before I start taking an interest "
        "in the school run."
    ),
    (
        "Funny how often ferry deckhands go over the side in bad weather and nobody sees a "
        "thing. Think on that next time you refuse my refund, Mr Hughes."
    ),
    (
        "im gonna come down that nail salon and put ur face in the UV lamp u thieving cow. "
        "see how u like being cured"
    ),
    (
        "I hope your storage units go up in flames with you inside. If they don't, I might "
        "help them along."
    ),
    (
        "Good afternoon. I would simply like you to know that I have been keeping a note of "
        "which member of staff locks up the florist's each evening, and at what time. No "
        "reply is necessary."
    ),
    (
        "That satellite engineer who wrecked my roof has a ladder. So do I. Next time he's "
        "up one on my street, I'll be the one at the bottom holding it."
    ),
    ("A can of petrol costs four quid. Your caravans are made of wood and plastic. Refund me."),
    (
        "Tell your driver Imran I've got his reg and his shift pattern. Next time he pulls "
        "up on Market Street it won't be a fare waiting for him."
    ),
    "Your repair shop will be a crime scene by Friday if my data isn't back on my desk.",
    (
        "You think I don't know your house at Taman Desa? Your wife drive white Myvi right? "
        "Better you settle my phone fast or one day she will have problem on the road."
    ),
    (
        "Unu tief mi money fi di TV. Mi know whey di manager live a Portmore. Tell him seh "
        "mi an' mi bredren dem soon come look fi him, an' it nah go be fi chat."
    ),
    (
        "Someone's going to take a bat to you one day for the way you run that kennel, and "
        "honestly I'd buy them a drink after. Might save them the trouble and do it myself."
    ),
    (
        "Found your mum on Facebook. Nice bungalow in Clacton, lovely hanging baskets. Does "
        "she know what her son does to people's dogs at work? Maybe I'll pop round and tell "
        "her."
    ),
    (
        "Keep ignoring my emails about the tutoring refund, Priya. I'm sure your brakes are "
        "fine. Probably. I'd get them checked though."
    ),
    (
        "Next time that ferry docks I'll be waiting at the foot of the ramp for the purser "
        "who laughed at me, and he won't be walking back up it."
    ),
    (
        "I genuinely pray your fitter gets his hands crushed under one of those granite "
        "worktops so he never butchers another kitchen. And if God's too busy, I'll see to "
        "it personally."
    ),
    (
        "No need to process the refund. I'll collect what I'm owed my own way. Your phone "
        "shop has a back door onto the alley and you lock up alone at nine."
    ),
]

LOOK_ALIKES = [
    (
        "If this isn't resolved within eight weeks I'll be taking it to the ombudsman - your "
        "own complaints leaflet says that's my right, so I'm just flagging it now."
    ),
    (
        "Just to let you know as a courtesy, I've filed a small claims case for the £1,150 "
        "the kitchen fitters still owe me. The hearing is in June."
    ),
    (
        "Chargeback submitted through my bank for the storage unit deposit. No hard "
        "feelings, it's just the process when I can't get a reply."
    ),
    (
        "I'll be leaving an honest review on Trustpilot about Saturday's grooming "
        "appointment, the good bits and the bad. Please don't offer me anything for it, I'd "
        "rather it just reflected what happened."
    ),
    (
        "This tutoring app is killing me. Third time this week it's logged me out mid-lesson "
        "and I lose the whiteboard."
    ),
    (
        "The queue for the ferry this morning was absolute murder. Two hours in the sun with "
        "a car full of kids and a panting dog."
    ),
    (
        "Reporting a fire risk: the hook-up post on pitch 14 is scorched and sparking when "
        "you plug in. Please get someone to look at it before somebody gets hurt."
    ),
    (
        "There's a loose cable hanging off the satellite dish bracket above your front door. "
        "Someone could trip over it or get a shock, thought you should know."
    ),
    (
        "Sorry to report that the taxi I was in had an accident on the A38 last night. "
        "Driver and I are both fine, but I need a receipt for my insurance claim please."
    ),
    (
        "lol if Dave books that nail place for the hen do again i swear i'll kill him 😂 last "
        "time my gels lasted 2 days"
    ),
    (
        "Your 'Killer Deal' Samsung TV bundle was advertised at RM2,399 but I was charged "
        "RM2,599 at checkout. Please correct and refund the difference."
    ),
    (
        "I ordered the 'Death by Chocolate' bouquet for my mum's birthday and it arrived "
        "without the truffles. Flowers were lovely, just missing the chocolate part."
    ),
    (
        "I've reported the 'free installation' advert to Trading Standards as I think it's "
        "misleading. They said they'll contact you directly."
    ),
    (
        "I know where the problem is now: it's the power supply on the PC you repaired. It "
        "blew again this morning, same smell as before."
    ),
    (
        "I'm going to post in the caravan club forum that your shower block is closed until "
        "August so other members can plan. Just a heads-up, nothing you need to do."
    ),
    (
        "My hard drive died again and this time it took my whole thesis with it. Please tell "
        "me your repair shop can recover something."
    ),
    (
        "Di lightning mash up mi TV an' di surge protector from unu shop neva help at all. "
        "Warranty claim form attached, please advise."
    ),
    (
        "Fair warning: my two spaniels are a nightmare in the bath, so your groomer might "
        "want an extra pair of hands. They will try to destroy the dryer."
    ),
    (
        "The 'Destroyer' burger in the ferry café nearly finished me off, in a good way. But "
        "the card machine charged me twice, €14.50 each time."
    ),
    (
        "Thanks for refunding the kennel fee. I'm happy to update my review to 5 stars now "
        "it's sorted - and no need for the voucher you mentioned."
    ),
]

PAIRS = [
    (
        (
            "The fitters left the worktop join uneven and there's about a 3mm gap by the sink. "
            "Could someone come back to fix it?"
        ),
        (
            "Your so-called FITTERS left a GAP by the sink you could post a letter through!!! "
            "Get someone back here THIS WEEK or don't bother sending the final invoice, you "
            "useless lot."
        ),
    ),
    (
        (
            "My cockapoo was booked in for a trim but came back shaved almost to the skin. I'd "
            "like to discuss a partial refund."
        ),
        (
            "WHAT have you done to my dog?!! I asked for a TRIM and you've SHAVED her like a "
            "bl**dy supermarket chicken!!! I want every penny back, you absolute clowns."
        ),
    ),
    (
        (
            "The tutor didn't join Tuesday's session and I was still charged. Could you refund "
            "that lesson please?"
        ),
        (
            "Tutor NO-SHOW again and you STILL took my money!!! That's the THIRD time. Refund it "
            "NOW or I'm cancelling the lot, what a sh*t platform."
        ),
    ),
    (
        (
            "The access code for my unit stopped working and I couldn't get my things on "
            "Saturday. Can you reset it?"
        ),
        (
            "LOCKED OUT of my own unit on a Saturday with a van and three mates waiting!!! Your "
            "'helpline' is a joke. Reset the f***ing code TODAY."
        ),
    ),
    (
        (
            "The signal has dropped every evening this week between 7 and 10pm. Could an "
            "engineer check the dish?"
        ),
        (
            "EVERY. SINGLE. NIGHT. The signal dies the second the match kicks off!!! I pay £64 a "
            "month for a black screen. Send an engineer or I'm DONE with you cowboys."
        ),
    ),
    (
        (
            "The driver didn't arrive for my 5am airport booking and I had to find another cab. "
            "I'd like the booking fee refunded."
        ),
        (
            "5AM, suitcase in hand, and your driver NEVER SHOWED!!! Nearly missed my flight "
            "thanks to your pathetic firm. Refund me and sack whoever runs dispatch!!"
        ),
    ),
    (
        (
            "My laptop came back with the same fault it went in with. Could you take another "
            "look free of charge?"
        ),
        (
            "£120 and my laptop comes back EXACTLY as broken as it went in!!! Did anyone even "
            "OPEN it?? Fix it for free or give me my money back, you bunch of chancers."
        ),
    ),
    (
        "Two nails lifted within three days of my gel set. Could I book in for a fix?",
        (
            "THREE DAYS and two nails already hanging off!!! £45 for this rubbish?? Fix them "
            "properly or I'm telling everyone I know to stay well away from you."
        ),
    ),
    (
        (
            "Our sailing was cancelled without any notification and we only found out at the "
            "port. We'd like to claim compensation."
        ),
        (
            "Sat at the port for THREE HOURS before anyone bothered telling us the sailing was "
            "CANCELLED!!! Two kids, a dog, zero info. Disgraceful. I want compensation and an "
            "apology, not another cr*ppy voucher."
        ),
    ),
    (
        (
            "The headphones I bought last week have stopped charging. Can I exchange them under "
            "warranty?"
        ),
        (
            "Bought LAST WEEK only and already SPOIL!!! Don't tell me must send to KL for two "
            "months. EXCHANGE NOW, I'm not stupid lah!!!"
        ),
    ),
    (
        (
            "When I collected Bella from the kennels she'd lost weight and seemed very hungry. "
            "Could you tell me how often she was fed?"
        ),
        (
            "Thank you for returning Bella noticeably lighter. I hadn't realised I'd booked her "
            "into a residential fitness retreat, but she does look ever so streamlined. I'm sure "
            "the feeding chart exists somewhere."
        ),
    ),
    (
        (
            "The anniversary flowers arrived a day late, after the dinner. Could I get a refund "
            "on the delivery charge?"
        ),
        (
            "The anniversary roses arrived the morning after, which did give my wife something "
            "to remember the day by. Very avant-garde, delivering the gift and the reason for "
            "the apology in the same bunch."
        ),
    ),
    (
        "The hot water in the shower block was off for our whole four-night stay.",
        (
            "Four nights of cold showers. I hadn't realised the pitch fee included a "
            "complimentary wild swimming experience. Very bracing. The children will be talking "
            "about it for years, possibly to a professional."
        ),
    ),
    (
        "I've been waiting three weeks for the replacement remote you promised.",
        (
            "Three weeks now without the replacement remote. I've grown quite attached to "
            "walking over to the television to change channel, and my step count has never "
            "looked healthier. Do take your time."
        ),
    ),
    (
        (
            "The driver took a much longer route than necessary and the fare was about £18 more "
            "than usual."
        ),
        (
            "Please thank your driver for the guided tour of every roundabout in the county. At "
            "only eighteen pounds extra it was practically a sightseeing package. I'll bring a "
            "flask next time."
        ),
    ),
    (
        "You quoted two days for the screen replacement and it's now been eleven.",
        (
            "Two days, the quote said. We are on day eleven. I can only assume the screen is "
            "being hand-blown by a glassmaker in Murano, in which case I look forward to the "
            "craftsmanship."
        ),
    ),
    (
        (
            "My son's tutor has changed four times this term, which is making it hard for him to "
            "keep up."
        ),
        (
            "Four tutors in a single term. It's generous of you to introduce my son to so many "
            "people he'll never see again. Consistency is terribly overrated at eleven, I'm told."
        ),
    ),
    (
        "The onboard café ran out of food about an hour into a six-hour crossing.",
        (
            "One hour into a six-hour crossing and the café had sold its final sandwich. A bold "
            "way to introduce intermittent fasting at sea. The children found it "
            "character-building, eventually."
        ),
    ),
    (
        "The fitter left dust and offcuts all over the living room after the installation.",
        (
            "How thoughtful of your fitter to leave us a keepsake of the installation in every "
            "room. The sawdust on the sofa is a particularly personal touch. We'll be finding "
            "souvenirs until spring."
        ),
    ),
    (
        (
            "The fridge I bought from your Half Way Tree store was delivered with a dent in the "
            "door."
        ),
        (
            "The fridge arrived with a dent already in the door, which saves me the bother of "
            "putting one there myself. Most considerate. It would have been a shame for it to "
            "look new for too long."
        ),
    ),
]

SINCERE = [
    (
        "Wow. The groomer got every single knot out of Biscuit's coat without shaving him, "
        "and he came home wagging. Thank you so much, Jade."
    ),
    (
        "Of course I'll be booking the kennels again at Christmas - Rosie didn't even want "
        "to leave when I came to pick her up!"
    ),
    (
        "Finally got my laptop back and it's faster than the day I bought it. Thank you Mo, "
        "you're a genius."
    ),
    (
        "Thanks for the update about the ferry delay - the text at 6am meant we didn't have "
        "to sit at the port for hours. Really appreciated."
    ),
    (
        "Brilliant job from the kitchen fitters. Tidy, on time, and they even sorted the "
        "wonky cupboard door in the utility room for free."
    ),
    (
        "Love that you let us swap pitches when the rain came in. The warden even helped us "
        "move the awning. Five stars from the Hendersons."
    ),
    (
        "What a surprise to find a handwritten card and a bag of treats with Milo's things "
        "at pickup! Made my whole day."
    ),
    (
        "The bouquet was just what I needed after a horrible week. My sister cried (the good "
        "kind of crying). Thank you."
    ),
    (
        "Couldn't be happier with my nails. First set that's lasted three weeks without "
        "lifting. See you next month, Tam!"
    ),
    (
        "Terima kasih! Staff at the Penang branch helped me set up the whole TV and "
        "soundbar, and of course they never charge anything. Very nice service."
    ),
    (
        "Big up di staff at di Montego Bay store - mi phone fix same day an' dem even clean "
        "di case. Respect!"
    ),
    (
        "My daughter's maths tutor is brilliant. She went from a 4 to a 7 in one term and "
        "actually enjoys it now. Of course we're renewing."
    ),
    (
        "Wow, the satellite engineer came out on a Sunday evening just so we could watch the "
        "final. Above and beyond, honestly."
    ),
    (
        "Finally, a taxi firm that turns up early! The driver helped my mum with her "
        "wheelchair too. We'll be using you every time."
    ),
    (
        "Thanks for the update about the storage price freeze - honestly didn't expect it, "
        "and it really helps this year."
    ),
]

CALM_DRAFTS = [
    (
        "Subject: Ref KF-20931 - kitchen install at 14 Larch Close, STILL not finished\n"
        "\n"
        "To whoever is actually in charge at Brightline Kitchens (because it clearly isn't "
        "Gary),\n"
        "\n"
        "Your fitters started on 04/03/2024 and promised it would be done by Friday 8 March. "
        "It is now 2024-03-27 and I still have no hob, a sink propped up on a paint tin and "
        "a worktop with a crack you could lose a biro in. I paid £6,480 up front plus a £350 "
        '"extras" invoice (INV-7781) that nobody has explained.\n'
        "\n"
        'Every single time I ring 01632 960442 I get Gary telling me "the lads will be round '
        'Tuesday". You NEVER turn up on Tuesday!!! Not once. Lovely to know my six grand is '
        "funding such a relaxing working week for you all.\n"
        "\n"
        "I've emailed complaints@brightlinekitchens.co.uk three times (12 March, 18th March, "
        "21/03/24) and had nothing but an auto-reply. Useless, the lot of you.\n"
        "\n"
        "If the job isn't finished and the worktop replaced by 5pm on 3 April, I'm going to "
        "Trading Standards, filing in small claims for the full £6,830, and posting every "
        "photo on Google, Checkatrade and @BrightlineKitch on X. Don't test me.\n"
        "\n"
        "Mrs J. Okafor\n"
        "07700 900318"
    ),
    (
        "Hey Pampered Paws,\n"
        "\n"
        "Appointment #PP-4471, Saturday March 9th at 10:30 AM, my goldendoodle Murphy, "
        'groomer "Tiffani". I paid $95 plus a $20 tip (card ending 6621) and picked him up '
        "at 2:15 PM with a NICK on his ear and a bald patch on his back leg the size of a "
        "silver dollar!!!\n"
        "\n"
        "Every single time I bring him in there's something. In January it was nails cut to "
        "the quick, in February he came home soaking wet. You NEVER call me when something "
        "goes wrong, I find out when I see blood on my car seat. Great job, really, five "
        "stars for creativity.\n"
        "\n"
        "Vet bill from Riverside Animal Clinic on 3/11/2024 was $184.60 (invoice attached). "
        "I expect that AND the $95 back. Tiffani can practice with her clippers on somebody "
        "else's d*mn dog.\n"
        "\n"
        "Call me at (555) 014-2278 or email dana.whitfield88@gmail.com by end of day Friday. "
        "If I don't hear back, the photos go on Yelp, in the Maple Grove Moms Facebook "
        "group, tagged @pamperedpawsmn on Instagram, and I'm filing in small claims court. "
        "Your choice.\n"
        "\n"
        "Dana W."
    ),
    (
        "Dear LearnLoop Support Team,\n"
        "\n"
        "This is my FIFTH mail regarding Ticket No. LL-IN-558120. My son Aarav (Class 10, "
        "Student ID 77310492) was enrolled in the Maths Board Prep package on 2nd January "
        "2024 for ₹18,999, paid via UPI ref 402318774561.\n"
        "\n"
        "Your tutor Mr. Rohit Sharma has cancelled 7 out of 12 sessions, each time 10 "
        'minutes before the 6:00 PM slot. Every single time the app says "tutor unavailable, '
        'rescheduled" and you NEVER ask whether the new time suits us!!! Board exams start '
        "15-03-2024. Very nice timing, thank you so much for this wonderful service.\n"
        "\n"
        "I spoke to one Ms. Kavya on +91 98450 12734 on 21/02/2024 who promised a refund of "
        '₹9,500 in "5-7 working days". It is now 2024-03-04. Nothing. Is your support team '
        "sleeping or what?? Absolutely useless b*ggers.\n"
        "\n"
        "Refund the full ₹18,999 to the original UPI by 8 March or I will file on the "
        "National Consumer Helpline and in consumer court, and post full details on Google, "
        "Quora and @LearnLoopIndia on X. I have screenshots of every cancellation.\n"
        "\n"
        "Regards,\n"
        "Sunita Mehra\n"
        "sunita.mehra@rediffmail.com"
    ),
    (
        "To the Manager, SafeKeep Storage Ikeja,\n"
        "\n"
        "I am writing about Unit B-114, Contract No. SKS/LAG/2023/0912. I have paid ₦85,000 "
        "monthly since 1 September 2023, last payment ₦255,000 for the quarter on 02/01/2024 "
        "(receipt SK-00388).\n"
        "\n"
        "On 14th February I came at 11am to collect my goods and found the padlock CUT and "
        "half my property GONE. Two standing fans, a 43\" TV, my late father's documents!!! "
        'Your security man, one Mr. Tunde, said he "did not see anything". Did not see '
        "anything?? Is he there to sleep??\n"
        "\n"
        'Every single time I call 0803 555 0147 they tell me "the manager is in a meeting". '
        "You NEVER call back. Wonderful security company, truly, you even protect the "
        "thieves from being disturbed.\n"
        "\n"
        "I reported at Area F Police Station on 2024-02-15 (Extract No. 4471). My lawyer, "
        "Barr. Chika Eze, will write to you formally if I do not receive ₦1,200,000 "
        "compensation by 29 February. Everything is also going on Nairaland and Instagram "
        "with @safekeepng tagged. Rubbish people, sh*t service.\n"
        "\n"
        "Mrs Folake Adeyemi\n"
        "folake.adeyemi@yahoo.com"
    ),
    (
        "Hi Petal & Stem,\n"
        "\n"
        'Order #PS-30218, placed online on 10 May 2024: R1,450 for the "Grand Protea" '
        "arrangement plus R120 delivery to my mother in Durbanville for Mother's Day (Sunday "
        "12th May). Delivery window 9am to 12pm.\n"
        "\n"
        "The flowers arrived at 4:40 PM on MONDAY. Half the proteas were brown and the vase "
        "was cracked!!! My mom thought I'd forgotten her. Thanks a lot, really, best "
        "Mother's Day present ever - a side order of guilt.\n"
        "\n"
        "I phoned 021 555 0193 on the Sunday at 1pm, 2:30pm AND 4pm. Every single time some "
        "oke called Ruan told me \"it's on the van, ma'am\". You NEVER had it on the van, did "
        "you? Useless, lying idiots.\n"
        "\n"
        "I want a full refund of R1,570 to my card ending 4402 by Friday 17/05/2024. Not a "
        "voucher. If it's not in my account, the photos go on Hellopeter, Google and "
        "@petalandstem_za on Instagram, and I'm lodging it with the Consumer Goods and "
        "Services Ombud. Don't mess me around.\n"
        "\n"
        "Lerato Mokoena\n"
        "lerato.m@webmail.co.za"
    ),
    (
        "G'day SkyReach,\n"
        "\n"
        "Account 6620-4418-03. I've been on your Premium Sport package at A$89/month since "
        "2022 and for the past three weeks the signal has dropped out every single time it "
        "rains. Which, in Cairns, in February, is EVERY DAY!!!\n"
        "\n"
        "Technician visit booked for 12/02/2024 between 8am and 12pm. Nobody came. Rebooked "
        'for Feb 19th, 1-5pm. Nobody came. Your bloke "Shane" rang at 5:47pm to say he was '
        '"running a bit late". A week late, mate?\n'
        "\n"
        "I've now spent 2 hrs 40 mins on hold to 1300 555 207 (the hold music's a real treat "
        "by the way, I can hum every note). You NEVER call back when you say you will. Most "
        "useless mob I've ever dealt with. Bl**dy cowboys.\n"
        "\n"
        "I want A$267 credited for the three months I've paid for a frozen screen, and a "
        "tech on site before 1 March. Otherwise it's off to the TIO with my case notes, and "
        "the whole saga goes on productreview.com.au and @SkyReachAU on X.\n"
        "\n"
        "Cheers (not really),\n"
        "Mick Donovan\n"
        "mick.donovan@bigpond.com"
    ),
    (
        "Re: Trip ID 88-20417, Maple Cabs Toronto\n"
        "\n"
        "On March 3rd, 2024 I booked a car from 221 Queen St W to Pearson for 4:15 AM. "
        "Confirmation came through at 11:02 PM the night before (code MC-7Q2X). The car "
        "NEVER CAME. I called dispatch at 416-555-0132 four times between 4:20 and 4:50 and "
        'every single time "Brenda" said the driver was "two minutes away". Two minutes away '
        "for thirty minutes. Impressive physics.\n"
        "\n"
        "I had to take an Uber at CA$78.40 surge and STILL missed my 6:10 AM flight to "
        'Calgary (rebooking fee CA$150). Then your app charged my Visa a CA$12 "no-show fee" '
        "for MY no-show!!! Are you kidding me??\n"
        "\n"
        "I want CA$240.40 back: the surge fare, the rebooking fee, and your ridiculous "
        "no-show charge. Receipts attached. Reply to r.patel.tor@outlook.com by 2024-03-15.\n"
        "\n"
        "If not, I'm filing a chargeback, reporting you to the City of Toronto licensing "
        "office, and posting the whole timeline on Google Reviews and @MapleCabsTO. Get your "
        "sh*t together.\n"
        "\n"
        "Rahul Patel"
    ),
    (
        "To: support@pcdoctor-shibuya.jp\n"
        "Subject: Repair No. R-240311-07 - WHERE IS MY LAPTOP??\n"
        "\n"
        "Dear Mr. Tanaka,\n"
        "\n"
        "I dropped my ThinkPad at your Shibuya shop on 11 March 2024 at 18:30. Diagnosis fee "
        '¥5,500, estimated repair ¥32,000, "ready in 5 business days". Today is 2024年4月2日 (2 '
        "April). Three weeks.\n"
        "\n"
        'Every single time I call 03-5555-0186 the person says "checking with the '
        'technician", puts me on hold for 15 minutes, then the line drops. You NEVER call '
        "back. Wow, truly world-class service, I'm so glad I chose you over the official "
        "store.\n"
        "\n"
        "My entire master's thesis is on that drive. If ANY files are lost I will hold you "
        "fully responsible. I will contact the Consumer Affairs Center, post reviews on "
        "Google Maps and Kakaku.com, and write about it on X (@PCDoctorShibuya - I see you "
        "have 3,200 followers). Incompetent d*mn clowns.\n"
        "\n"
        "Return my laptop repaired, or unrepaired with a full refund of the ¥5,500, by "
        "Friday 5 April 17:00. Tel: 080-5555-2941.\n"
        "\n"
        "Oliver Grant"
    ),
    (
        "Hej Glow Nails Södermalm,\n"
        "\n"
        "Booking ref GN-1187, 2024-05-18 at 14:00 with Jenny. I paid 890 kr for a gel set "
        "with extensions + 150 kr nail art (Swish confirmation 5TR8Q). By Tuesday 21/5, FOUR "
        "nails had lifted and one snapped clean off while I was opening a door!!!\n"
        "\n"
        "I came back on 23 May at 16:30 like Jenny told me to, and she said the fix would "
        "cost ANOTHER 350 kr. Seriously?? Every single time I've been to you something goes "
        "wrong and you NEVER take responsibility. Such a lovely business model, charging "
        "twice for one job. Genius.\n"
        "\n"
        "Jenny also rolled her eyes at me in front of other customers. Rude, unprofessional "
        "cow. Yes, I said it.\n"
        "\n"
        "I want the 1,040 kr back to my Swish number 070-555 23 81 by 31 May. Otherwise I "
        "report you to ARN, leave reviews on Google and Bokadirekt, and post the photos on "
        "TikTok @linnea.glows (11k followers, just so you know). Don't f*ck me around.\n"
        "\n"
        "Linnéa Berg\n"
        "linnea.berg@gmail.com"
    ),
    (
        "Subject: Booking IRF-992013 - Dublin to Holyhead, 22/12/2023, 08:05 sailing\n"
        "\n"
        "To Customer Relations, Irish Sea Ferries,\n"
        "\n"
        "I booked a car + 4 passengers + pet cabin for €412.60 (paid 3 Nov 2023, card ending "
        '7719). At 07:10 on the 22nd we were told at check-in the sailing was "delayed". At '
        "11:45 it was cancelled. NOBODY told us anything in between!!! No food vouchers, no "
        "info, two kids and a terrified spaniel in the car for five hours. Grand job, lads, "
        "very festive.\n"
        "\n"
        "Every single time I rang +353 1 555 0179 I got an automated message. You NEVER "
        "texted, though my mobile (087 555 3326) is on the booking. We ended up on the 20:15 "
        "sailing and got into Wales after midnight.\n"
        "\n"
        'Your man at the kiosk, Declan, told my husband to "take it up with the weather". '
        "Smart-arse.\n"
        "\n"
        "I want €206.30 compensation plus €86 in food receipts by 31 January 2024. If not, I "
        "go to the National Transport Authority, and the photos go on Tripadvisor and to "
        "@IrishSeaFerries. I'm not going away.\n"
        "\n"
        "Aoife Brennan\n"
        "aoife.brennan@eircom.net"
    ),
    (
        "Camping Les Pins Dorés - Réservation n° LPD-2024-0615\n"
        "\n"
        "To the management,\n"
        "\n"
        "We booked a mobile home (Emplacement 47) from 6 July to 20 July 2024, €1,960 total, "
        "deposit €588 paid 14/01/2024. On arrival at 16:00 on the 6th the unit had NO "
        "working air con, a broken fridge and ants ALL over the kitchen!!! In 34 degrees. "
        "With a baby.\n"
        "\n"
        'Your receptionist, Mme Laurent, told us "c\'est normal en été". Normal?? Ants in the '
        "baby's bottle is normal?? We were moved to pitch 112 on 9 July, next to the bins "
        "and the disco, which thumped until 1:30am every single night. Thank you so much for "
        "the complimentary nightclub, exactly what a 7-month-old needs.\n"
        "\n"
        "You NEVER answered our emails to reservations@lespinsdores.fr (6th, 8th and 11th "
        "July). Absolute bunch of clowns.\n"
        "\n"
        "We want €840 refunded (first 3 nights + the price difference) to the card ending "
        "3310 by 2024-08-15. Otherwise I'll go to the European Consumer Centre, file a "
        "chargeback, and post everything on Tripadvisor, Google and your Facebook page. "
        "Honestly, a sh*t holiday.\n"
        "\n"
        "Tom & Gemma Rowe\n"
        "+44 7700 900561"
    ),
    (
        "To: cs@megatronik.com.my\n"
        "Order No: MT-MY-7730215\n"
        "\n"
        "Hello,\n"
        "\n"
        'I bought Samsung 55" TV from your Mid Valley outlet on 18/11/2023, RM3,299, plus '
        "extended warranty RM249 (receipt 00-4418-221). Salesman name Jason Lim. On 2 Feb "
        "2024 the screen got green lines and now totally cannot on!!!\n"
        "\n"
        "Already send to your service centre in Petaling Jaya on 5 February, job sheet "
        "SC-20931. Until today, 2024-03-08, no news. Every single time I call 03-5555 0274 "
        'the girl say "waiting for part from Korea". You NEVER give me date. Wah, very '
        "efficient, maybe the part is swimming from Korea.\n"
        "\n"
        'I paid EXTENDED warranty for what?? Useless fellas. Your Jason also say "if got any '
        'problem just WhatsApp me" - now he block me already. Bl**dy joke.\n'
        "\n"
        "Please replace the unit or refund RM3,548 by 15 March. If not I will file at "
        "Tribunal Tuntutan Pengguna, complain to KPDN, and post in the Lowyat forum, "
        "Facebook and tag @MegatronikMY. I keep all screenshots.\n"
        "\n"
        "Ahmad Faizal\n"
        "012-555 8874"
    ),
    (
        "Subject: Invoice #KT-045821 - laptop bought at Kingston Tech, New Kingston\n"
        "\n"
        "Good day,\n"
        "\n"
        "On 9th January 2024 I bought an HP laptop from your Knutsford Blvd branch for "
        'J$124,500 (cash) + J$15,000 for the "Gold Protection Plan". Sales rep: Shanice. '
        "Three weeks later, 30/01/2024, the charging port burnt out and the machine won't "
        "power on!!!\n"
        "\n"
        "I brought it back on February 1st at 10:15am. Your tech, Mr. Campbell, tell me is "
        '"water damage" so warranty void. WATER DAMAGE?? The laptop never leave my desk. Unu '
        "must think mi born yesterday. Every single time mi call 876-555-0143 it ring out, "
        "and you NEVER answer the WhatsApp either. Top class customer service, really.\n"
        "\n"
        "I have a job interview on Zoom next week and mi cyaan do it pon mi phone. Fix the "
        "d*mn thing under warranty or refund the full J$139,500 by 2024-02-16.\n"
        "\n"
        "Otherwise I'm going to the Consumer Affairs Commission and Small Claims Court, and "
        "the whole story going on Facebook and @kingstontechja on Instagram with photos. "
        "Don't play with me.\n"
        "\n"
        "Marcia Thompson\n"
        "marcia.t.ja@gmail.com"
    ),
    (
        "Til Fjordhund Hundepensjonat,\n"
        "\n"
        "Booking no. FH-3321, my two huskies, Luna and Balto, 27/06/2024 to 14 July 2024. "
        "Total 7,840 kr, paid in full by Vipps on 1 June (ref 9920-4471).\n"
        "\n"
        "When I collected them on 14 July at 12:00, Balto had a deep cut on his front paw "
        "that had NOT been treated and Luna had lost almost 3 kg!!! Your assistant Ingrid "
        'said "dogs sometimes don\'t eat in kennels". Fantastic, thanks so much, very '
        "reassuring.\n"
        "\n"
        "The vet (15.07.2024) charged 2,950 kr for stitches and antibiotics. You NEVER "
        "called me once in two and a half weeks, although my mobile +47 912 55 018 was on "
        "the form. I checked the webcam at www.fjordhund.no/live every day and every single "
        'time it was "offline". Funny that.\n'
        "\n"
        "I want the vet bill + 50% of the stay (6,870 kr total) refunded by 2024-08-01. If "
        "not, I go to Forbrukerrådet, report you to Mattilsynet for animal welfare, and post "
        "the photos on Google and Facebook. You are a disgrace, and Ingrid is a heartless "
        "d*mn idiot.\n"
        "\n"
        "Erik Solberg\n"
        "erik.solberg@online.no"
    ),
    (
        "Reklamacja / Complaint - Booking BF-PL-60417, Gdynia to Karlskrona, 2024-04-19, "
        "21:00\n"
        "\n"
        "Dear Baltic Star Ferries,\n"
        "\n"
        "I paid 1,420 zł for a car and a 2-berth outside cabin (booked 3 March 2024, BLIK "
        "payment ID 88213047). On board I was put in an INSIDE cabin next to the engine "
        "room: no window, broken shower, stained sheets!!!\n"
        "\n"
        'I went to reception at 21:40 and the purser, Mr. Kowalski, said "full ship, nothing '
        'to do". Then he laughed. Great, thanks for the Baltic sauna experience, worth every '
        "złoty.\n"
        "\n"
        "I emailed reklamacje@balticstar.pl on 22.04.2024, 29/04/2024 and May 6th. Every "
        'single time: automatic answer "we will respond within 14 days". You NEVER respond. '
        "Useless, rude people.\n"
        "\n"
        "I want the price difference of 480 zł plus the 95 zł breakfast I never got because "
        'the restaurant was "closed for inventory". Total 575 zł to my account by 31 May. '
        "Otherwise I report you to UOKiK and the consumer ombudsman, and post reviews on "
        "Google, Tripadvisor and your Facebook. Sh*t service.\n"
        "\n"
        "Marta Zielińska\n"
        "+48 601 555 218"
    ),
    (
        "Hi StudyNest Support (ticket #SN-204417),\n"
        "\n"
        "Annual plan, 48 sessions, $1,152 billed to my Amex on 2024-01-08. My daughter Chloe "
        '(grade 8) has had 9 sessions. NINE. Out of 20 booked. Your "top-rated" tutor, '
        "Brandon K., has no-showed 6 times, always for the 7:30 PM EST slot, and every "
        'single time your system marks it "student absent"!!! She was sitting there with her '
        "headset on.\n"
        "\n"
        "I spoke to Kelsey on live chat (Feb 14th, 8:52 PM) and to a manager called Derek on "
        "1-800-555-0167 on 2/27. Both promised credits. You NEVER applied them. Love how "
        "responsive you are when it's time to bill me, though. Really impressive.\n"
        "\n"
        "Here's what happens next: refund the 39 unused sessions ($936) by March 15, 2024. "
        'Not credits. Not a "learning voucher". Money.\n'
        "\n"
        "Otherwise I'm disputing the whole $1,152 with Amex, filing with the BBB, and "
        "posting screenshots to r/homeschool and @StudyNestHQ on X. Honestly, what a cr*p "
        "operation.\n"
        "\n"
        "Jennifer Alvarez\n"
        "jen.alvarez@icloud.com"
    ),
]
