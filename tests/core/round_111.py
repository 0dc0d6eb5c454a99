"""Blind round 111 (session 35): written by a helper session that saw no rule, no round and no
code, during the session's round-109 and 110 work, themed on wedding venues and caterers, driving
tests and instructors, appliance warranties, boat and caravan dealers, private landlords in Dublin
and Lagos, coffee chains, sports clubs and leisure centres, chimney sweeps and log suppliers,
dental aligners, electric car chargers, cleaning companies, language apps and online tutors. Held
out until measured with the session's starting code (be9bc03) and with df43d39 (all the rounds
107-110 work): extortion 10/15 and 11/15, threats 10/20 with both, look-alikes 20/20 with both,
plain pairs 10/10, dry pairs 7/10 with both, sincere 15/15 with both, calm versions 16/16. Then
worked from (the fixes are tested with texts of our own in test_round_111_shapes.py); its reading
after them is kept as a floor."""

EXTORTION = [
    (
        "Dear Sir/Madam, I have drafted a rather detailed account of our wedding reception "
        "at Hawthorn Barn for Google Reviews, including the photographs of the cold lamb. I "
        "would be content to leave it unpublished should a refund of £1,200 reach my account "
        "by Friday."
    ),
    (
        "Refund the £85 cleaning fee and the Trustpilot review goes in the bin. Don't, and "
        "it goes live tonight with photos of the skirting boards."
    ),
    (
        "hiya so my tiktok of ur flat white w the hair in it is on 2k views already lol. "
        "free drinks for a month n i'll archive it 🤷‍♀️ up 2 u"
    ),
    (
        "Listen pal, that caravan ye sold us leaks like a sieve. I've a wee post sat ready "
        "for the Caravan Talk forum. Knock four hundred quid aff the service bill and it can "
        "stay sat there gathering dust."
    ),
    (
        "Ah here, I'm not looking for trouble. Give me back the deposit in full, €1,650, and "
        "sure I'll say nothing on Reddit about the mould in the back bedroom. Grand?"
    ),
    (
        "Oga, I no want spoil your name for Facebook o. Just return my ₦350,000 caution fee "
        "make we settle am quietly. If not, the whole Lekki tenants group go hear everything "
        "by evening."
    ),
    (
        "Kindly note I have prepared one detailed review for your tutoring app on Google "
        "Play with all screenshots. If you are crediting back ₹4,999 for the Gold plan by "
        "tomorrow itself, I will not be posting the same. Please revert."
    ),
    (
        "Howzit. Your chimney oke left soot all over my lounge, ja. My Hellopeter review is "
        "half-written. Sort me out with a free sweep next winter plus R800 back and I'll "
        "leave it sitting as a draft, hey."
    ),
    (
        "Mate, the EV charger install was a shocker. I'll happily bump my 1-star up to a "
        "five on Google once you chuck in the extra 10 metres of cable for nothing. Ball's "
        "in your court."
    ),
    (
        "Well bless your heart, y'all's aligner company sure has made a mess of my smile. "
        "Now I'd hate for my Facebook church group of 3,000 ladies to hear all about it. A "
        "full refund would go a long way toward keeping me quiet as a church mouse."
    ),
    (
        "It would be such a pity if the 14,000 members of the Dublin Renters subreddit "
        "happened to see the state of the boiler you call 'recently serviced'. Just "
        "something to think about while you're deciding on my rent increase."
    ),
    (
        "I'll update my rating once the £340 for the replacement oven door lands in my "
        "account - not a minute before. Until then it stays at one star with the full story."
    ),
    (
        "Here's the deal: comp our table for the rugby club dinner and I'll take down the "
        "Yelp write-up about the dodgy prawns. Everyone wins, nobody needs to read about "
        "Tuesday night."
    ),
    (
        "I post quite a lot on Mumsnet and people do tend to listen to me about driving "
        "instructors in this area. Return the £220 for the block booking and I won't feel "
        "the need to start a thread with your name in the title."
    ),
    (
        "You have 48 hours to waive my cancellation charge for the boat survey or I post the "
        "whole email thread on X and tag every sailing account I follow. 11k followers. Your "
        "call, Trevor."
    ),
]

THREATS = [
    (
        "Your little blue Fiesta sits on Abbey Road every night under that broken "
        "streetlight. Be a real pity if the brake lines got tired on the hill."
    ),
    (
        "I've clocked your examiners leaving the test centre at half five. One of them is "
        "going to have a very long evening, and he won't be driving home after it."
    ),
    (
        "Do you know how fast a thatched roof goes up? You should, you sell firewood. Think "
        "about that when you're tucking yourself in tonight."
    ),
    (
        "Tell Siobhan on reception I'll be waiting by the car park barrier after her shift. "
        "She won't be smiling at customers for a good while after."
    ),
    (
        "You've two girls at St Brigid's, haven't you. Lovely green uniforms. I'd keep them "
        "close at pick-up if I were you."
    ),
    (
        "Landlords like you in Surulere end up floating in the lagoon. Ask around about the "
        "last one."
    ),
    (
        "I hope your trailer rolls off the slipway with you strapped in it, and I hope "
        "nobody's around to hear you."
    ),
    (
        "Your coffee shop has very big windows. Glass is expensive. So are hospital bills. "
        "Have a think about which you'd rather pay for."
    ),
    (
        "next time i see that instructor hes getting his teeth knocked down his throat and i "
        "mean every word of that"
    ),
    (
        "Polite reminder that I have your home address from the warranty paperwork, and your "
        "wife's name, and the time she walks the spaniel. Sort my fridge."
    ),
    (
        "The caterer who ruined my daughter's wedding had better hope I never catch him "
        "alone in that kitchen. Plenty of knives in a kitchen."
    ),
    (
        "Somebody ought to put one of your cleaners through a window, and I'm more than "
        "happy to volunteer for the job."
    ),
    (
        "Enjoy your little football club while it still has a pavilion. Old timber and a can "
        "of petrol don't get on."
    ),
    (
        "I'm coming down to that leisure centre and by the time I'm done your lifeguard is "
        "going to need a lifeguard."
    ),
    (
        "That charging point on Mill Lane outside your house? I'd keep the kids well away "
        "from it after tonight. Cables get live in all sorts of ways."
    ),
    (
        "Kindly inform your tutor Mr Kapoor that my brothers now have his photograph and his "
        "address, and they are not so patient as me."
    ),
    (
        "That chimney sweep who wrecked my lounge is going to be picking his own brushes out "
        "of his ribs. Tell him I'm coming to return them."
    ),
    (
        "I pray every night your shop burns to the ground with you locked in the back. "
        "Lately I've been thinking prayer might need a hand."
    ),
    (
        "You've made a proper enemy today. I don't forget faces and I've got nothing but "
        "time. Your lad plays under-12s at the rec on Saturdays, yeah?"
    ),
    (
        "Dear Ms Okafor, I would advise you not to drive home across Third Mainland Bridge "
        "alone for some time. People do go over the railings. Regards."
    ),
]

LOOK_ALIKES = [
    (
        "If the deposit isn't returned within 14 days I'll be filing with the Residential "
        "Tenancies Board. That's not a threat, it's just the next step in the process."
    ),
    (
        "I've opened a chargeback with my bank for the £49 aligner subscription I cancelled "
        "back in January. Reference is on the email below."
    ),
    (
        "Just so you know, I'll be leaving an honest review on Google about the venue, good "
        "and bad. The food was lovely, the organisation really wasn't."
    ),
    (
        "This language app is killing me with its streak notifications at 11pm 😂 I'm "
        "learning Portuguese, not training for the army"
    ),
    (
        "The queue at the coffee place this morning was absolute murder, but honestly the "
        "flat white was worth it."
    ),
    (
        "Reporting a fire risk: the log store by your yard gate has a frayed extension lead "
        "running right through it. Please check it before someone gets hurt."
    ),
    (
        "The EV charger at bay 3 has a loose cable dangling at head height. Someone could "
        "trip or get a shock - please send an engineer today."
    ),
    (
        "I'm taking the caravan dealer to small claims for the £1,100 damp repair. Court "
        "paperwork goes in on Monday."
    ),
    (
        "Our instructor was in a minor bump on the roundabout yesterday, nobody hurt "
        "thankfully, so could you please reschedule my Thursday lesson?"
    ),
    (
        "Haha Dave you absolute menace, beat me at squash again and I'm burying you under "
        "the car park 😂 see you Thursday, I'm buying the pints"
    ),
    (
        "Ordered the 'Widowmaker' chilli burger at the club bar. Lived up to its name, in "
        "the best way. Will be back."
    ),
    (
        "I've reported the oven warranty company to Trading Standards - they refused a "
        "repair that was clearly covered in their own terms."
    ),
    (
        "The 'Killer Spin' programme on my new washer shredded two shirts. Is this a known "
        "fault? Still under warranty."
    ),
    (
        "I will be escalating this to the Financial Ombudsman if I don't hear back by the "
        "30th. Please treat this as my final response request."
    ),
    (
        "The cleaners absolutely destroyed it today - oven looks brand new, bathroom "
        "sparkling. Best £60 I've spent all year."
    ),
    (
        "My review is going up tonight whatever happens. I just wanted you to have the "
        "chance to reply to it publicly if you'd like to."
    ),
    (
        "The chimney sweep warned us the flue was a real fire hazard, which was good of him. "
        "Could you send a quote for relining?"
    ),
    (
        "The 'Assassin' sit-on kayak we bought from you has a hairline crack along the hull. "
        "Is that covered under the warranty?"
    ),
    (
        "I'm going to fight this parking fine from the leisure centre all the way. I have "
        "the receipt showing I was in the pool the whole time."
    ),
    (
        "Please can you service the generator in the compound? It goes off like a bomb every "
        "time it starts and it frightens the children."
    ),
]

PAIRS = [
    (
        (
            "Hello, the caterer arrived 90 minutes late to our wedding and the starters were "
            "served cold. We'd like to discuss a partial refund, please."
        ),
        (
            "NINETY MINUTES LATE to my WEDDING!!! Cold starters, clueless staff, and you still "
            "expect full payment?? Refund me NOW you absolute clowns!!!"
        ),
    ),
    (
        (
            "My driving test was cancelled on the day for the second time. Could you please "
            "prioritise me for the next available slot?"
        ),
        (
            "CANCELLED AGAIN?!?! Second time ON THE DAY!!! I took unpaid leave for this s**t. "
            "Get me a slot THIS WEEK or I'm going straight to the DVSA!!!"
        ),
    ),
    (
        (
            "My dishwasher is still under warranty but the engineer hasn't turned up for two "
            "booked appointments. Please could you confirm a new date?"
        ),
        (
            "TWO no-shows!!! I've sat in all day TWICE waiting for your so-called 'engineer'. "
            "What exactly am I paying this warranty for?? Absolutely p*ss-poor!!!"
        ),
    ),
    (
        (
            "The caravan we bought in May has a damp reading in the front corner. We'd like it "
            "inspected under the dealer warranty."
        ),
        (
            "You sold us a DAMP caravan and swore blind it was bone dry!!! Liars, the whole lot "
            "of you. Inspect it THIS WEEK or I want every penny back!!!"
        ),
    ),
    (
        (
            "Hi, the heating has been off since Tuesday and it's getting quite cold in the flat. "
            "Could you arrange a repair please?"
        ),
        (
            "NO HEATING SINCE TUESDAY!!! It's freezing and you're ignoring my texts while "
            "happily taking €2,100 a month off me. Fix it TODAY you greedy gobsh*te!!!"
        ),
    ),
    (
        (
            "My loyalty stamps disappeared after the app update. I had nine out of ten. Could "
            "you restore them please?"
        ),
        (
            "Your USELESS app WIPED my stamps!!! NINE out of ten!!! Put them back, this is "
            "daylight robbery!!!"
        ),
    ),
    (
        (
            "The pool has been closed without notice three times this month. Could I get a "
            "partial refund on my membership?"
        ),
        (
            "CLOSED AGAIN?!? Third time this month with ZERO notice!!! I want my money back, you "
            "bunch of useless muppets!!!"
        ),
    ),
    (
        (
            "My latest set of aligners doesn't fit properly and is causing pain. Could an "
            "orthodontist please review my case?"
        ),
        (
            "These aligners are WRECKING my gums!!! Does ANYONE at your company know what "
            "they're doing?? Get a REAL orthodontist on my case NOW!!!"
        ),
    ),
    (
        (
            "The end-of-tenancy clean missed the oven and the bathroom. Could someone come back "
            "to finish the job?"
        ),
        (
            "You call THAT a clean?!?! Oven filthy, bathroom disgusting, and I paid £280 for "
            "this cr*p!!! Send someone back TOMORROW morning!!!"
        ),
    ),
    (
        (
            "I was charged for an annual renewal after I'd cancelled. Could you refund the "
            "£79.99 please?"
        ),
        (
            "I CANCELLED!!! And you STILL took £79.99 off me?! Scammers, the lot of you!!! "
            "Refund it immediately or I'm reporting you!!!"
        ),
    ),
    (
        (
            "The public charger at the retail park has been out of order for three weeks. Could "
            "you give me an estimated repair date?"
        ),
        (
            "Three weeks now the charger at the retail park has shown its lovely 'out of "
            "service' screen. I do admire the consistency. My car and I have become regulars at "
            "the petrol station next door, which I suppose is a sort of progress."
        ),
    ),
    (
        (
            "The bulk bag of kiln-dried logs we received is damp and won't burn. Could you "
            "collect it and send a replacement?"
        ),
        (
            "Thank you for the kiln-dried logs. I assume the kiln was somewhere near a river. "
            "They hiss very nicely, which is good of them, since they don't do much else."
        ),
    ),
    (
        (
            "The outboard we bought was meant to be serviced before collection, but the service "
            "record is blank. Can you confirm whether it was done?"
        ),
        (
            "I love that the service record for my outboard is a blank sheet. Very minimalist. "
            "It leaves a great deal to the imagination, which is exactly what I look for in "
            "engine maintenance."
        ),
    ),
    (
        (
            "My instructor has been 15 to 20 minutes late for the last four lessons, but I'm "
            "still charged for the full hour. Could this be adjusted?"
        ),
        (
            "Paying for an hour and getting forty minutes has been a valuable lesson in itself. "
            "I hadn't realised the package included a free module on patience."
        ),
    ),
    (
        (
            "We were promised exclusive use of the venue, but another party was in the next room "
            "during our speeches."
        ),
        (
            "We were thrilled to learn that exclusive use includes a fortieth birthday next door "
            "with a karaoke machine. Nothing lifts a best man's speech quite like a distant "
            "Bonnie Tyler."
        ),
    ),
    (
        (
            "Sir, the water pump has been faulty for two weeks and we have been buying water. "
            "Please can you fix it?"
        ),
        (
            "Many thanks for the two weeks of free fitness training, carrying jerrycans up to "
            "the third floor. I have cancelled my gym membership. Truly, the spoilt pump has "
            "been a blessing to this household."
        ),
    ),
    (
        (
            "I paid for the junior football camp but my son's place was given to someone else. "
            "Please refund or reinstate his place."
        ),
        (
            "What a generous gesture, giving my son's paid place to another child. He's learning "
            "early that football is about sharing. A shame the invoice wasn't told."
        ),
    ),
    (
        "I've been on hold for 40 minutes trying to book a repair for my fridge freezer.",
        (
            "I'm sure the forty minutes of pan pipes were chosen with my wellbeing in mind. The "
            "freezer has defrosted in the meantime, so in a sense you've already solved one "
            "problem: there's no food left to keep cold."
        ),
    ),
    (
        (
            "The tutor didn't join our scheduled session at 5pm and we weren't notified. Can we "
            "reschedule without being charged?"
        ),
        (
            "My daughter spent a productive hour looking at an empty video call. I suppose it "
            "counts as independent study, though I hadn't realised that was what the £35 was for."
        ),
    ),
    (
        (
            "My oat latte was made with dairy milk again, and I'm intolerant. Could staff please "
            "be reminded?"
        ),
        (
            "I appreciate the thought behind switching my oat latte to dairy for the third time. "
            "I had clearly forgotten what an afternoon curled up on the sofa feels like, so "
            "thank you for the refresher."
        ),
    ),
]

SINCERE = [
    (
        "Wow. The wedding caterers went above and beyond - they made a gluten-free version "
        "of the cake for my nan without us even asking. Thank you so much."
    ),
    (
        "Of course I'll recommend you! Passed first time with Gary as my instructor and "
        "honestly couldn't be happier."
    ),
    (
        "Finally got my dishwasher repaired under the warranty and the engineer was "
        "brilliant - explained everything and even wiped down the floor after. Thanks."
    ),
    (
        "Thanks for the update on the charger repair, really appreciate being kept in the "
        "loop every step of the way."
    ),
    (
        "Brilliant service from the chimney sweep today. Bang on time, no mess at all, and "
        "he showed me the camera footage of the flue."
    ),
    (
        "Love that you now give an extra stamp for bringing your own cup. Small thing, but "
        "it makes a difference to me."
    ),
    (
        "What a surprise - my landlord in Ranelagh replaced the boiler before winter without "
        "me having to chase once. Genuinely grateful, fair play to him."
    ),
    (
        "The online Spanish tutor was just what I needed before my trip. I could actually "
        "order food and chat with the host family by the end."
    ),
    (
        "Wow, I wasn't expecting a handwritten note with the log delivery. Lovely touch, and "
        "the logs are bone dry."
    ),
    (
        "Couldn't be happier with our caravan. The dealer did a full hour-long handover and "
        "even rang a week later to check we were getting on alright."
    ),
    (
        "Finally! After six months my aligners are done and my teeth look amazing. The "
        "support team answered every daft question I threw at them."
    ),
    (
        "Of course the leisure centre staff remembered my dad's name - they've been so kind "
        "to him since his hip op. Thank you all, truly."
    ),
    (
        "Thanks for the update about the pool closure, the email came in plenty of time and "
        "we rearranged the kids' lessons easily."
    ),
    (
        "Brilliant job by the cleaners on our end-of-tenancy clean - we got the full deposit "
        "back. Worth every penny."
    ),
    (
        "Our landlord in Ikeja fixed the borehole the same day I reported it. What a "
        "surprise and what a relief. God bless you sir."
    ),
]

CALM_DRAFTS = [
    (
        "Booking ref WV-20931 - Hawthorn Barn, wedding on 14/09/2024\n"
        "\n"
        "To whoever actually reads these,\n"
        "\n"
        "I have now emailed events@hawthornbarn.co.uk FOUR times and rung 01452 778 310 "
        "every single day since 16 September. NOBODY has called back. Not once!!! Your "
        "events manager, Chloe Barnes, promised us the orangery for the drinks reception and "
        "on the day we were shoved onto a wet patio at 3:15pm with no cover.\n"
        "\n"
        "We paid a £2,750 deposit on 2 February 2023 and the balance of £9,480 on "
        "2024-08-01. For that money I expected a venue that didn't run out of prosecco by "
        "8pm. Genuinely, how do you run out of prosecco AT A WEDDING?? Amateurs.\n"
        "\n"
        "I want £1,500 refunded by 30/10/2024. If not, my full review with photos goes on "
        "Google, Hitched and Facebook, and I will be speaking to a solicitor. You NEVER "
        "answer, so let's see if that gets a reply.\n"
        "\n"
        "Furious,\n"
        "Hannah Pritchard\n"
        "07700 914 562"
    ),
    (
        "Re: Driving test application no. DT-IE-558120 / test centre Finglas\n"
        "\n"
        "This is my THIRD complaint. My test was booked for Tuesday 5 March 2024 at 10:40 "
        'and when I turned up the tester, a Mr Declan Rourke, told me it was "cancelled due '
        'to staffing". Nobody texted my mobile (087 341 9920) or emailed me at '
        "aoife.byrne94@gmail.com. I'd paid €85 for the test plus €40 to hire my instructor's "
        "car for the morning. So €125 down the drain, thanks a million!!!\n"
        "\n"
        "Every single time I ring the booking line I get a different story. One girl said "
        'March 19th, another said "sometime in April". Which is it?? Do ye even talk to each '
        "other in there? Useless, the lot of ye.\n"
        "\n"
        "I want the €40 car hire reimbursed and a guaranteed date before 2024-04-12, because "
        "my job offer in Naas depends on me driving. If I don't hear back by Friday I'm "
        "going to my TD and posting the whole saga on r/ireland.\n"
        "\n"
        "Aoife Byrne"
    ),
    (
        "Subject: Claim #KW-4471-093 - oven STILL broken\n"
        "\n"
        'Hi "Customer Success Team" (lol),\n'
        "\n"
        'My Gallant Pro 30" range has been dead since July 8th. Your tech, Brandon, came out '
        "on 07/15/2024, said it needed a control board, ordered it, and vanished. I've "
        "called 1-800-555-0142 eleven times. ELEVEN!!! Average hold: 47 minutes. I have the "
        "call log. What the h*ll are you people doing over there?\n"
        "\n"
        "I paid $389.99 for the 3-year Platinum Protection Plan on top of the $1,849 range. "
        'Your website (www.gallantcare.com/claims) still says "Part on order" and has said '
        "that since 7/22. Meanwhile my family of five has been eating takeout for a MONTH - "
        "about $640 I'm never getting back.\n"
        "\n"
        "You people NEVER call when you say you will. I want a replacement unit or a full "
        "refund of the plan by August 20, 2024, or I'm filing with the BBB and my state "
        "attorney general, and tagging @GallantHomeUS in a thread with every receipt.\n"
        "\n"
        "- Marcus Delgado\n"
        "Austin, TX\n"
        "marcus.delgado@outlook.com"
    ),
    (
        "G'day Coastline Marine,\n"
        "\n"
        "Re: Invoice CM-88217, 5.4m runabout and trailer, picked up 2024-01-19 from your "
        "Hope Island yard.\n"
        "\n"
        "I've been patient. I've been VERY patient. But this is a bl**dy joke now!!! The "
        'boat was sold to me for A$38,500 as "fully serviced, trailer rego current". Two '
        "weeks later the trailer bearings cooked on the M1 at 6:40am and I was stuck on the "
        "shoulder for three hours. Rego had lapsed on 31/12/2023 and your salesman Troy "
        "Hennessy knew that full well.\n"
        "\n"
        "Towing cost me A$620 and the bearings another A$340. Troy's mobile (0412 557 903) "
        "goes straight to voicemail every single time, and your service manager Kelly told "
        'me to "take it up with the previous owner". Mate, YOU were the seller.\n'
        "\n"
        "I want A$960 back in my account by 15 Feb. If it's not there I'm lodging with Fair "
        "Trading and posting the whole story on the Boat Owners Australia Facebook group and "
        "under every post on @coastlinemarineqld. Good luck selling to anyone on the Gold "
        "Coast after that.\n"
        "\n"
        "Wayne Mitchell\n"
        "wmitchell@bigpond.com"
    ),
    (
        "To: aftersales@lochsidecaravans.co.uk\n"
        "Re: Order LC/2023/0457 - 2021 four-berth tourer, VIN ending 7731\n"
        "\n"
        "Right. I've had it up to HERE with you lot.\n"
        "\n"
        'We bought the van on 3rd June 2023 for £21,995 with your so-called "Gold Pack" at '
        "£695, which Gordon McLeish told us covered damp for 12 months. Come October the "
        "front lounge reads 38% on a damp meter. I phoned on 10/10/2023, 17/10/2023 and 2 "
        'November. Each time "someone will call you back". Nobody ever does. NEVER.\n'
        "\n"
        'Then on 2023-11-21 your workshop lad Callum said it was "within tolerance". Within '
        "tolerance?? There's MOULD behind the cushions, son!!! My wife has asthma.\n"
        "\n"
        "I want the repair done properly, at your cost, before the end of January, plus the "
        "£180 I paid for the independent habitation check. Otherwise it's Trading Standards, "
        "small claims, and a very detailed post on the Caravan Talk forum for every other "
        "poor soul thinking of buying from you.\n"
        "\n"
        "Don't ring the landline, ring my mobile: 07812 330 418.\n"
        "\n"
        "Alistair Reid, Perth"
    ),
    (
        "Subject: 14 Clanbrassil Terrace, Apt 3 - DEPOSIT (again)\n"
        "\n"
        "Mr Fitzgerald,\n"
        "\n"
        "I moved out on 31/01/2024 and handed back both keys to your agent Niamh at 11:30 "
        "that morning. It's now March 3rd and I've still not seen a cent of my €2,400 "
        "deposit. You've ignored 6 emails to p.fitzgerald@fitzlettings.ie and 4 WhatsApps to "
        "086 712 4450. Blue ticks every time, so don't pretend you didn't see them!!!\n"
        "\n"
        'You\'re now claiming €650 for "repainting" a wall that was already scuffed when I '
        "moved in. I have dated photos from 2022-02-01 showing the exact same marks. Nice "
        "try.\n"
        "\n"
        "Honestly you're the worst landlord I've had in eleven years of renting in this "
        "city, and that's saying something. You NEVER fixed the shower in two years but "
        "you'll charge me for paint?? Absolute sh*te.\n"
        "\n"
        "Full deposit back by 15 March or I'm lodging a dispute with the RTB (www.rtb.ie, "
        "form already filled in) and posting the full timeline on r/DublinRenters. Your "
        "call.\n"
        "\n"
        "Paul Kiernan\n"
        "@paulkiernan_dub"
    ),
    (
        "Dear Chief Adeyemi,\n"
        "\n"
        "RE: FLAT 4B, 22 ADEBAYO DOHERTY ROAD, LEKKI PHASE 1 - SERVICE CHARGE AND GENERATOR\n"
        "\n"
        "Sir, with all due respect, this matter has reached its limit!!! I paid ₦4,500,000 "
        "for two years rent on 14/02/2023 and ₦600,000 service charge on 2023-03-01. The "
        "generator has been spoilt since 5 January and your caretaker, Mr Emeka, keeps "
        'telling me "Oga is aware". Aware since January?? We are now in April!!!\n'
        "\n"
        "Every single time I call your line 0803 421 7765 you are in a meeting. Meanwhile I "
        "am buying diesel at ₦1,250 per litre for my own small gen, ₦187,000 so far, "
        "receipts attached. This is wickedness, plain and simple.\n"
        "\n"
        "I want the service charge refunded or the generator fixed within 7 days, that is on "
        "or before April 12th. If not, I am taking this to the Lagos State Tenancy Tribunal "
        "and I will post everything, with pictures, on Nairaland and the Lekki Residents "
        "WhatsApp group.\n"
        "\n"
        "Mrs Funmilayo Ojo\n"
        "funmi.ojo@yahoo.com\n"
        "@funmi_ojo_"
    ),
    (
        "To: feedback@beanhousecoffee.jp\n"
        "Store: Shibuya Dogenzaka branch (store #0217)\n"
        "\n"
        "I'm writing in English because your Japanese form keeps crashing, which tells you "
        "everything.\n"
        "\n"
        "On 2024/05/18 at 08:12 I ordered two iced lattes and a matcha scone, total ¥1,480, "
        "paid with the app (order ID BH-77310042). The app charged me TWICE. ¥2,960 gone. I "
        'showed the barista, name badge "Sato", both charges on my phone and he just said '
        '"please contact head office". Great, thanks, super helpful!!!\n'
        "\n"
        'I contacted head office. Three times. Your chatbot "Bean-chan" told me to "restart '
        'the app". Restarting the app does NOT refund my money, Bean-chan!!!\n'
        "\n"
        "I've been a Gold member for 3 years, easily ¥150,000 spent at your stores. And THIS "
        "is how you treat regulars?? Refund the duplicate ¥1,480 by 31 May, or I cancel my "
        "membership and post the receipts on X for my 9k followers (@tokyo_caffeinated) and "
        "on Google Maps.\n"
        "\n"
        "James Whitfield\n"
        "+81 90-4417-2285"
    ),
    (
        "Subject: Membership #SCC-10984 - SQUASH COURTS\n"
        "\n"
        "Hi Thandi,\n"
        "\n"
        "I'm sorry but I am DONE being polite. I pay R1,250 a month for the family "
        "membership (debit order on the 1st, every single month, never once late). Since 3 "
        'March the squash courts have been "under maintenance". Today is 2024-04-22. Seven '
        "weeks!!! Nobody is even working on them. I walked past at 17:30 on Thursday: lights "
        "off, nothing touched.\n"
        "\n"
        "Your manager, Pieter van Wyk, promised me a pro-rata credit of R900 on 28/03/2024. "
        "Where is it?? Not on my statement. Not in my inbox (k.naidoo@mweb.co.za). Not "
        "anywhere.\n"
        "\n"
        "Honestly, the kiosk can't even get a toasted sarmie right but you'll happily put "
        "fees up 8% from July. Brilliant. World class.\n"
        "\n"
        "Credit me R900 by the end of the month or I'm cancelling, complaining to the "
        "Consumer Goods and Services Ombud, and putting a one-star Hellopeter review up with "
        "the whole email chain. Call me on 082 665 1203 if you actually want to fix it.\n"
        "\n"
        "Kavitha Naidoo"
    ),
    (
        "Re: Order #FL-33018 - 2 x bulk bags hardwood + chimney sweep (combined deal)\n"
        "\n"
        'Hello "Rob",\n'
        "\n"
        'You sold me £260 of "kiln-dried ash, under 20% moisture" on 9 November. Delivered '
        "12/11/2023 at 7:05am, nice and early, woke the whole street. I've now tested them "
        "with a moisture meter: 31%, 34%, 29%. They SIZZLE. My stove glass is black within "
        "the hour. Absolute cowboys!!!\n"
        "\n"
        "And the sweep you sent on 2023-11-14 (a lad called Jordan) didn't put a dust sheet "
        "down, left soot all over my cream rug, and didn't give me a certificate for my "
        "house insurance. I've rung 01354 692 118 five times. You NEVER pick up after 3pm. "
        "What a load of b*llocks.\n"
        "\n"
        "So here's what happens next: you collect the logs and refund the £260, and either "
        "pay the £95 rug cleaning bill or send someone to clean it. By 30 November. "
        "Otherwise Trading Standards get a call, and my review, with the moisture readings "
        "and photos, goes on Google, Facebook and Checkatrade.\n"
        "\n"
        "Mrs Deborah Hale\n"
        "debhale1961@btinternet.com"
    ),
    (
        "Subject: Complaint - Order ALN-IN-290417 / Patient ID 55821\n"
        "\n"
        "Dear Team,\n"
        "\n"
        "This is the FIFTH time I am writing. Kindly do the needful THIS time!!!\n"
        "\n"
        'I took your ₹89,999 "Complete Smile Plan" on EMI (₹7,500 per month, first debit '
        "05-01-2024). Trays 1 to 6 were fine. Trays 7 onwards do not fit AT ALL, there is a "
        "2mm gap on the upper left and my gums are bleeding. Your Dr Ritika Menon said on a "
        'video call dated 14/03/2024 at 6:30 PM that new impressions will be sent "within '
        'one week". It is now 2024-04-09. Nothing has come.\n'
        "\n"
        "Every single time I call 1800-419-2231 I am getting a different executive who is "
        'asking me to "share photos again". I have shared photos SEVEN times. Are you people '
        "even reading??\n"
        "\n"
        "Please pause my EMI immediately and send refit trays, or refund ₹45,000. If no "
        "response by 15th April I will file on the National Consumer Helpline and post my "
        "full experience on YouTube and under @clearsmile_india on Instagram.\n"
        "\n"
        "Regards,\n"
        "Aniket Kulkarni\n"
        "Pune | +91 98220 41736"
    ),
    (
        "To: kundeservice@ladenett.no\n"
        "Case no.: LN-2024-018842\n"
        "Charger: fast charger, Sandvika, stall 4\n"
        "\n"
        "Hei,\n"
        "\n"
        'I\'m writing in English so there is no "misunderstanding" this time.\n'
        "\n"
        "On 2024-02-11 at 19:48 I started a session on stall 4. The charger stopped after 3 "
        'minutes, but your app kept the session open and charged me 1,164 kr for "86 kWh". '
        "My car's battery is 77 kWh in total. Physically impossible. Somebody on your "
        'support line (a Mats, I think) said "the meter is always correct". The meter is '
        "WRONG, Mats!!!\n"
        "\n"
        "I've sent screenshots from the car app 3 times. You reply with the same template "
        "every single time. Copy-paste, copy-paste. Do any of you actually own an electric "
        "car?\n"
        "\n"
        "Refund 1,164 kr to the card ending 4471 by 1 March, or I'm taking it to "
        "Forbrukerrådet and posting the screenshots in the big Norwegian EV owners Facebook "
        "group (90,000 members, you know the one).\n"
        "\n"
        "Ingrid Solberg\n"
        "+47 926 41 308"
    ),
    (
        "Subject: Move-out clean booking #SR-5531\n"
        "\n"
        "To the manager (not the chatbot, please),\n"
        "\n"
        "I booked your move-out clean for Friday 3 May, 09:00-15:00, at Hornsgatan 88. Price "
        "4,850 kr after the RUT deduction. Your team (two ladies, one named Elin on the "
        "confirmation SMS from 070-412 88 31) arrived at 11:40 and LEFT at 14:10. The oven "
        "was untouched, the balcony door glass still had handprints, and there was hair in "
        "the shower drain. Hair!!!\n"
        "\n"
        "My landlord inspected on 2024-05-04 and failed the clean. I had to pay another firm "
        '3,200 kr to redo it on 6/5. Your "100% satisfaction guarantee" on www.rentglans.se '
        "is apparently a joke, because when I called, Johan told me \"we don't do re-cleans "
        'at weekends". How convenient.\n'
        "\n"
        "I want 3,200 kr reimbursed by 20 May. If not, I file with ARN and I'll leave "
        "reviews on Reco and Google with the landlord's inspection report attached.\n"
        "\n"
        "Sofia Lindqvist\n"
        "sofia.lindqvist@gmail.com"
    ),
    (
        "Subject: Subscription LINGOLEAP-PL-774193 - refund NOW\n"
        "\n"
        "Hello,\n"
        "\n"
        "I'm a teacher in Kraków and I don't have time for this nonsense!!! On 2024-01-02 I "
        'cancelled my "Lingoleap Super" trial BEFORE it ended (screenshot time-stamped '
        "21:14). On 9 January you charged me 479,99 zł for a full year anyway. Then on 9/2 "
        'ANOTHER 59,99 zł for a "family add-on" I never asked for.\n'
        "\n"
        'Your support, "Kasia from Lingoleap", answered me after 11 days to say "the '
        'cancellation was not completed". It WAS. I have the confirmation email from '
        "noreply@lingoleap.app. Do you even read what customers send you??\n"
        "\n"
        "You people NEVER answer in less than a week. Every single time it's a copy-paste "
        "reply in bad Polish.\n"
        "\n"
        "Refund 539,98 zł in total by 29 February. Otherwise I go to my bank for a "
        "chargeback, report you to UOKiK, and write a long review on the App Store and "
        "r/Polska. Your cartoon owl can cry about it.\n"
        "\n"
        "Marta Zielińska\n"
        "tel. +48 601 228 947"
    ),
    (
        "To: Mrs Bisi Alade, CEO, Royal Platter Catering (Abuja)\n"
        "Event: Traditional wedding, Saturday 17th August 2024, Hall B\n"
        "Invoice: RP/AUG/0912\n"
        "\n"
        "Madam,\n"
        "\n"
        "I am VERY disappointed. We paid ₦3,800,000 on 2024-06-30 for 400 guests: jollof, "
        "fried rice, small chops, asun, pounded yam and egusi. By 4:30pm the jollof had "
        'finished. FINISHED!!! Guests were told "food don finish" by your staff at the '
        "serving table. My in-laws were there. Do you know what kind of shame that is??\n"
        "\n"
        "Your coordinator, Mr Tunde, was nowhere to be found. I called 0809 112 4478 nine "
        'times between 4:40pm and 6pm. Not one answer. Then he sent a text: "Sorry ma, '
        'traffic." Traffic?? You were supposed to be INSIDE the hall!!!\n'
        "\n"
        "I demand a refund of at least ₦1,200,000 by 31/08/2024. If not, my lawyer will "
        "write to you and I will post the full story on Instagram (@bukola.weds.seun, 14k "
        "followers) and on every Abuja wedding vendor page.\n"
        "\n"
        "Mrs Bukola Adebanjo-Eze\n"
        "bukkyade@gmail.com"
    ),
    (
        "Subject: Tutor no-shows - account #TT-CA-60215\n"
        "\n"
        "Hi TutorTrack support,\n"
        "\n"
        "I've had enough. I prepaid CA$540 on Sept 4th for 12 Grade 11 math sessions for my "
        "son with Mr Vikram Shah. Four times now he has not shown up. FOUR!!! Sept 19, "
        "09/26/2024, Oct 3rd and 2024-10-10, all 7:00pm Eastern, all with my son sitting in "
        "front of a blank Zoom screen with his textbook open.\n"
        "\n"
        'Your "Happiness Team" (ha) keeps giving the sessions back as "tutor credits" '
        "instead of money. I don't want credits for a tutor who doesn't turn up!!! I want my "
        "money. I'm also told Mr Shah is paid ₹2,400 a session through your platform, so "
        "where exactly is the rest of my CA$45 an hour going?\n"
        "\n"
        "Every single time I write to help@tutortrack.io I get a reply 5 days later signed "
        '"Ashley". Ashley, please read this one.\n'
        "\n"
        "Refund the 4 missed sessions (CA$180) by October 25, or I'm filing a chargeback "
        "with Visa and posting on r/ontario and your Trustpilot page.\n"
        "\n"
        "Jennifer Lam\n"
        "Mississauga, ON\n"
        "(905) 555-0187"
    ),
]
