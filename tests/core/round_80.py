"""Blind round 80 (session 25): written by a helper session that saw no rule, no round and no
code, in no file the fits read (tools/fit_guard.py, tools/fit_tone.py), and measured once with
that session's final code beside its starting code. Read by test_learned_guard.py (the threats
and the innocent messages) and test_learned_sarcasm.py (the dry pairs and sincere messages)."""

THREATS = [
    "If that delivery driver lobs my parcel over the fence one more time I'm going to "
    "break his arm so he can't throw anything ever again.",
    "I know the blonde manager at your Leeds branch parks the silver Corsa round the back. "
    "Would be a shame if it got keyed every night for a month.",
    "Accidents happen in car parks, especially to people who refuse refunds. Tell Darren "
    "to watch himself on the way to his car.",
    "Your technician cancelled on me three times. Next time I see him 🔪🔪 😊",
    "Keep ignoring me and I'll be at your depot at 6am with a baseball bat and a few "
    "mates. Test me.",
    "Please inform your regional manager that I am aware of his home address in Surrey and "
    "that I intend to discuss this matter with him there, in person, and not politely.",
    "Tell your bouncer he's a dead man walking fam, I know what ends he's from and it "
    "ain't that big.",
    "Reckon that smug bloke at the front desk is overdue a proper hiding. I'll be round "
    "Friday arvo to give him one, no worries.",
    "See that wee smart-mouth in your phone shop? Ah'll burst his face next time ah'm in, "
    "nae danger.",
    "Your letting agent has until Friday to return my deposit, or his office windows won't "
    "survive the weekend.",
    "I hope your call centre staff enjoy their commute. I followed the one called Kerry "
    "home on the 42 bus last night. Lovely front garden.",
    "If una no return my money, I go come that office with my boys and una go see wetin go "
    "happen. I no dey joke at all.",
    "I am warning you, if refund is not processed by tomorrow I will come to your showroom "
    "and beat the salesman who cheated me. Consider this final warning.",
    "Tell that mechanic ek sal hom moer if my bakkie isn't fixed by Monday. I know which "
    "house is his in Benoni.",
    "Petrol is cheap and your shop front is mostly wood. Just saying.",
    "Keep jerking me around and I will come down there and put that teller through the "
    "glass, I swear to god.",
    "I've got your receptionist's Instagram, her kids' school and her gym timetable. Think "
    "very carefully about how you handle my refund.",
    "You lot really think you can keep my deposit 🙂 see you at closing time 🔥🏠🔥",
    "I'll be back in next week and your chef won't be walking out of that kitchen on his own legs.",
    "That personal trainer who double-charged my card had better hope I'm not waiting in "
    "the car park after his 9pm shift. I'm very patient.",
]

# innocent messages that share words or topics with threats or extortion
LOOK_ALIKES = [
    "I've raised a chargeback with my bank for the £340 and referred the matter to the "
    "Financial Ombudsman. Please treat this as formal notice.",
    "Update: I originally gave you one star, but after Priya sorted the refund within a "
    "day I've changed my Google review to five. Thank you.",
    "Safety warning to other parents: the button batteries in this toy fall out far too "
    "easily. I've reported it to Trading Standards and the retailer.",
    "If I have to listen to that hold music one more time I'm going to lose my mind, haha. "
    "Anyway, could someone ring me back about my bill?",
    "Your lads absolutely murdered us on Saturday, we'll get you back in the return "
    "fixture. Cheers for the pints after though.",
    "This chef's knife is terrifyingly sharp, it went through a butternut squash like "
    "butter. Watch your fingers. Five stars.",
    "Could I please book in with Jade again next time? She did my colour last month and I "
    "wouldn't trust anyone else with my hair.",
    "I will be filing a claim in the small claims court for the £650 repair costs if I do "
    "not receive a response within 14 days, as set out in the attached letter before "
    "action.",
    "Just letting you know as a courtesy that I'm writing an honest review of my stay, "
    "including the noise issue, so future guests know what to expect.",
    "The stair handrail in your Manchester store is loose. Someone is going to get badly "
    "hurt, please fix it before there's an accident.",
    "I'm dying to try the new menu, the last one absolutely killed it.",
    "My kids would kill me if we missed our Orlando trip, so please just help me rebook "
    "the flight.",
    "I'd rather shoot myself in the foot than switch providers again, so please just fix "
    "the broadband, I want to stay with you.",
    "I left a two-star review last week; you've since sent a replacement without me asking "
    "for anything, so I've updated it to reflect that.",
    "I know where your office is, so I'll pop in on Tuesday with the paperwork since the "
    "online upload keeps failing.",
    "The axe I bought for splitting logs arrived with a blunt, chipped edge. Could you "
    "exchange it for a new one?",
    "I will escalate this to Ofcom if the outage isn't resolved by the deadline stated in "
    "your own service terms.",
    "The boxing instructor at your gym is an absolute beast, he destroyed us in tonight's "
    "session. Best workout I've had all year.",
    "Just so you know, I asked in our street's WhatsApp group whether anyone else lost gas "
    "yesterday, and several have, so it may be a wider fault on your side.",
    "I've written to my MP and copied in the energy regulator, as three months of "
    "incorrect bills is not acceptable. I'd still prefer to resolve it with you directly.",
]

# calm/heated pairs of one complaint whose heated half is dry sarcasm
DRY_PAIRS = [
    (
        "My parcel was marked as delivered on Tuesday but nothing arrived. Could you "
        "please check with the driver?",
        "Lovely to see my parcel marked as delivered on Tuesday. I assume it is enjoying a "
        "new life somewhere nicer than my doorstep, and I wish it well.",
    ),
    (
        "My flight was delayed by four hours and no one told us why. I'd like to know what "
        "compensation I am entitled to.",
        "Four hours at the gate with no explanation was a real treat. I had no idea your "
        "airline offered such an immersive course in patience.",
    ),
    (
        "My broadband has dropped out every evening this week between 7 and 10pm. Could an "
        "engineer take a look?",
        "Thank you for the nightly digital detox between seven and ten. I had not asked "
        "for it, but you clearly know what is best for me.",
    ),
    (
        "Our room hadn't been cleaned when we arrived and there were used towels in the bathroom.",
        "What a thoughtful touch to leave the previous guest's towels for us. Nothing says "
        "welcome quite like a stranger's damp laundry.",
    ),
    (
        "I was quoted £200 for the brake job, but the invoice came to £380. Could you "
        "explain the difference?",
        "Quoted two hundred, charged three hundred and eighty. Truly impressive how the "
        "price keeps growing while the car just sits there.",
    ),
    (
        "We waited 55 minutes for our main courses and they arrived cold.",
        "Fifty-five minutes for cold mains is quite an achievement. I did not realise the "
        "kitchen was doing a slow-cooked, then lovingly chilled, tasting menu.",
    ),
    (
        "I've been on hold for over an hour trying to report a lost card. Is there a "
        "faster way to reach you?",
        "An hour and ten minutes of hold music while my card is out there somewhere. Great "
        "playlist, though, so at least the thief and I both had a nice afternoon.",
    ),
    (
        "I cancelled my membership in March but you've charged me again in April and May.",
        "So touched that you still want me as a member after I cancelled in March. Two "
        "more payments since then is a very generous way of saying you miss me.",
    ),
    (
        "The boiler has been broken for eight days and we have no hot water. Please could "
        "you arrange a repair?",
        "Eight days without hot water has been wonderful for building character. Please do "
        "not rush the repair on my account, the cold showers are clearly included in the "
        "rent.",
    ),
    (
        "The replacement phone you gave me has the same charging fault as the original one.",
        "Credit where it is due, the replacement phone is a perfect match for the "
        "original. Same charging fault and everything, a real commitment to consistency.",
    ),
]

# sincere praise and thanks, some written so a naive sarcasm reader might be fooled
SINCERE = [
    "Oh wow, I honestly did not expect a reply on a Sunday, let alone a refund the same "
    "day. Thank you, Marcus, genuinely.",
    "Well, that was a first: a bank that picked up the phone in under two minutes. Thank "
    "you, Sarah, you sorted everything in one call.",
    "I can't believe the parcel arrived a day early after the mess last time. Whoever "
    "fixed the delivery routing, thank you.",
    "Of course the one time I complain, you go and fix it perfectly. Seriously, thank you "
    "for replacing the cracked screen so quickly.",
    "Just wow. The broadband has been rock solid for three weeks since the engineer "
    "replaced the line. Brilliant job, truly.",
    "Never thought I'd write a thank-you note to a garage, but here we are. You found the "
    "fault the dealer missed for a year and charged less than the quote.",
    "Great, now I have nothing left to moan about. The new boiler is perfect and the "
    "fitter even hoovered up after himself. Thank you.",
    "Who knew an airline could make a five-hour delay almost pleasant? The meal vouchers, "
    "hotel and constant updates made a real difference. Thank you to the crew at Gate 14.",
    "Thanks so much for losing our booking, only joking, the upgrade you gave us to make "
    "up for the mix-up was incredibly generous and the kids loved the sea view.",
    "Yeah, I was fully ready to be annoyed, and then your team refunded the £60 before I'd "
    "even finished explaining. Genuinely impressed.",
    "Five stars, and I don't say that lightly after last year's disaster. The new manager "
    "has turned the place around: clean rooms, friendly staff, hot breakfast.",
    "Oh brilliant, another email from my gym, except this one was to tell me you'd "
    "refunded the double charge without me even asking. Thank you, honestly.",
    "Honestly, the fastest repair I've ever had. Dropped the laptop off at ten, picked it "
    "up at four, and it works like new. Thank you.",
    "Totally shocked in the best way: the landlord had the leak fixed within 24 hours of "
    "my message. Thank you, Mr Okafor, it's really appreciated.",
    "Absolutely love that you remembered my nut allergy from my last visit without me "
    "saying a word. Small thing, huge difference. Thank you.",
]
