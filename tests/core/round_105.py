"""Blind round 105 (session 34): written by a helper session that saw no rule, no round and no
code, at the start of the session, themed on estate agents, opticians, kitchen fitters, cruise
lines, train operators, concert venues, restaurants and takeaways, tyre and exhaust shops,
launderettes, pharmacies, energy brokers and language schools. Held out: measured once with the
starting code (ef538d3) and once near the session's end (74544c0), nothing written from it before.
Start and final: extortion 12/15 and 12/15, threats 11/20 and 11/20, look-alikes 19/20 clean
both, plain pairs 10/10 both, dry pairs 7/10 both, sincere 12/15 and 14/15 clean, calm versions
16/16 both. Only after that was it worked from (test_round_105_shapes.py): extortion 13/15,
threats 20/20, look-alikes 20/20, sincere 15/15, dry pairs 7/10; that reading is kept as a
floor."""

EXTORTION = [
    (
        "Dear Ms Harcourt, I have drafted a rather detailed Trustpilot review of my "
        "experience with your lettings department. I would be content to leave it "
        "unpublished should the £450 admin fee be refunded in full by Friday. I trust we "
        "understand one another."
    ),
    (
        "Knock £80 off the bill and the Google review stays at five stars. Don't, and it "
        "goes to one. Your call."
    ),
    (
        "ngl my tiktok has 40k followers n that kebab was literally raw. send me 3 free "
        "meals n i'll delete the vid b4 it blows up x"
    ),
    (
        "Listen pal, yer machine ate ma good jumper. Ye can gie us the forty quid for it or "
        "I'll be putting the hale story on the Glasgow Facebook group the night. Up tae you."
    ),
    (
        "Sure look, I've a post half written for Tripadvisor about the cabin that smelled of "
        "drains. I'd be happy enough to let it sit in the drafts if ye'd see your way to an "
        "upgrade on the next sailing. Grand?"
    ),
    (
        "Oga pharmacist, I don't want to spoil your name on Google o. Just refund my 15,000 "
        "naira and add small something for my stress, then I will not post anything. If not, "
        "the whole Lekki will hear."
    ),
    (
        "Kindly note I have prepared a detailed review for Google and Justdial regarding the "
        "faculty absence. Same will be withheld if you are providing two months fee waiver. "
        "Please revert at the earliest."
    ),
    (
        "Ja, so the worktop is skew and your oke left the place a mess. I've got a "
        "Hellopeter review ready to go, boet. Waive the last payment and it disappears, hey. "
        "Simple."
    ),
    (
        "Mate, I've got a thread sitting in drafts for r/melbourne about your bar staff. "
        "Chuck us two VIP passes to the next gig and I reckon I'll forget I ever wrote it."
    ),
    (
        "Well bless your heart, I'd hate for folks on Yelp to read about that hair in my "
        "gumbo. Y'all comp our whole table next Sunday and I reckon I can keep my thoughts "
        "to myself."
    ),
    (
        "It would be such a pity if the local Mumsnet board heard how my daughter's "
        "prescription got muddled. Some of those mums book half the school's eye tests with "
        "you. I'm sure a free pair of frames would settle my nerves."
    ),
    (
        "I'll happily bump my rating up from one star once the 'goodwill gesture' lands in "
        "my account. £200 feels about right. Until then the review, and the photos of the "
        "toilet in coach C, stay up."
    ),
    (
        "Here's how this works. You waive the £300 exit fee, I take down the X thread that's "
        "sitting on 12k views. You don't, I pin it and tag Ofgem. Clock's ticking."
    ),
    (
        "Before I hit post on the HomeOwners forum I thought I'd give you a chance. Full "
        "deposit back plus £100 for the hassle and there'll be nothing to post. Otherwise it "
        "goes up with your branch manager's name in the title."
    ),
    (
        "I can tone my review down, take out the bit about the teacher smelling of wine at "
        "10am, if you credit me a free week of classes. Otherwise it goes up word for word "
        "tonight."
    ),
]

THREATS = [
    (
        "Your little tyre place on Carlow Road has a lot of cardboard stacked by the back "
        "door. Dry weather we've been having. Just saying."
    ),
    (
        "Saw your lad at the school gates this morning, the one with the blue rucksack. Tell "
        "him to mind himself on the walk home. Roads are dangerous for boys whose dads rob "
        "people."
    ),
    (
        "Next time I'm in that pharmacy I'm not coming to talk. I'm coming for the bald one "
        "behind the counter, and the counter won't help him."
    ),
    (
        "People who rip off pensioners tend to have accidents on dark stairwells. Think "
        "about that when you're locking up the office tonight."
    ),
    (
        "Fix my kitchen by Friday or I'll come round and rearrange your face the way your "
        "lads rearranged my cupboards."
    ),
    (
        "I hope your train comes off the rails with you driving it, and I'll be stood on the "
        "bridge clapping when it does."
    ),
    (
        "That silver Audi in the staff bay behind the opticians would look very different "
        "with the tyres slashed and the windscreen in. I know it's yours."
    ),
    (
        "To the chef at Bella Napoli: I've got your shift pattern. I'll be in the car park "
        "after close on Saturday. Come out on your own."
    ),
    (
        "I'm very calm now. That should worry you more than the shouting did. I've got "
        "nothing left to lose and all the time in the world to sit outside your house on Elm "
        "Grove."
    ),
    (
        "Your receptionist with the red hair finishes at six, doesn't she. I'll be waiting "
        "by the bus stop for a proper chat, just the two of us."
    ),
    (
        "One more email telling me to 'allow 10 working days' and I'll drive down there and "
        "put a brick through every window in the branch."
    ),
    (
        "the bouncer who shoved me better pray he never clocks me on a night out cos he wont "
        "be walking home after"
    ),
    "Petrol's cheap enough. Your launderette is full of lint. You work it out.",
    (
        "Give my regards to your wife and your two girls at St Bride's. I'll be passing them "
        "on in person soon enough."
    ),
    (
        "Cruise ships are very big and the sea is very dark at night. Your steward should "
        "bear that in mind before he speaks to my mother like that again."
    ),
    "I've dealt with men like your manager before. None of them worked again afterwards.",
    (
        "Keep ignoring me, Deepak. Every day you ignore me is another evening I spend "
        "outside your flat working out which window is the bedroom."
    ),
    (
        "Whoever fitted my exhaust is getting one fitted somewhere very uncomfortable when I "
        "find him. Tell him I've got his van reg."
    ),
    (
        "Dear Sir, I would advise your staff to vary their route home from the station. I "
        "shan't be writing again."
    ),
    (
        "If I'm not getting my money back then somebody in that office is getting hurt, "
        "simple as. I'm not messing about this time."
    ),
]

LOOK_ALIKES = [
    (
        "If I don't hear back within 14 days I'll be referring this to the Property "
        "Ombudsman. I'd much rather sort it with you directly though."
    ),
    (
        "I've filed a small claims case online for the £640 the kitchen fitters still owe "
        "me. The papers should reach your office this week."
    ),
    (
        "Just so you know, I've raised a chargeback with my bank for the cancelled concert "
        "tickets, as the venue hasn't answered me in six weeks."
    ),
    (
        "Reported the takeaway to trading standards and the council food safety team. I'm "
        "not after anything from you, just wanted it on record."
    ),
    (
        "I'm going to leave an honest review on Google about the wait at the opticians. "
        "Three stars: the staff were lovely, the booking system wasn't."
    ),
    (
        "This app is killing me. Third time today it's logged me out halfway through booking "
        "the 08:14 to Leeds."
    ),
    (
        "The queue at the pharmacy this morning was absolute murder, forty people and one "
        "pharmacist. Not their fault, they're clearly short-staffed."
    ),
    (
        "Heads up: the dryer nearest the door at your Station Road launderette is sparking "
        "at the plug. Fire risk, please get someone to look at it before it catches."
    ),
    (
        "There's a loose cable hanging from the ceiling above row F in the main hall. "
        "Someone could trip or get a shock, please fix it before Saturday's show."
    ),
    (
        "Sad news, my husband had a car accident on the way to collect his glasses, so we "
        "need to move his fitting to next week. He's okay, just bruised."
    ),
    (
        "Ordered the Death by Chocolate and the Atomic Wings and both came out lukewarm. "
        "Killer menu, shame about the kitchen."
    ),
    (
        "Me to my flatmate after the tyre place quoted £420: 'I will strangle you if you "
        "kerb the alloys one more time.' She knows I love her 😂"
    ),
    (
        "Our Spanish teacher says she'll murder us if we don't do the subjunctive homework. "
        "Best class I've ever taken, honestly."
    ),
    (
        "You've been warned, Sarah: the tiramisu at Luca's is dangerous. I had two. No "
        "regrets whatsoever."
    ),
    (
        "I'll be writing up this cruise on my blog whatever you decide, readers deserve to "
        "know what the Baltic itinerary is really like. Happy to include your reply if you'd "
        "like to give one."
    ),
    (
        "Your broker absolutely bombed that meeting, wrong tariff figures on every slide. If "
        "the bill isn't corrected I'll take it to the Energy Ombudsman."
    ),
    "The Inferno Burger nearly blew my head off. Five stars, would suffer again.",
    (
        "The gas hob your fitters installed smells of gas when the back burner is on. I've "
        "turned the supply off and rung the emergency line, please send someone urgently."
    ),
    (
        "Before anyone panics: the 'fire' at the venue last night was the pyro during the "
        "encore. Everyone's fine and the show was unreal."
    ),
    (
        "Left a one-star on Trustpilot for the letting agent. Didn't ask for anything, don't "
        "expect anything, I just want other renters to know about the damp."
    ),
]

PAIRS = [
    (
        (
            "Hi, I'm still waiting for my £1,200 deposit to be returned. The check-out "
            "inspection was on 2 May. Could you give me an update, please?"
        ),
        (
            "Where is my DEPOSIT?! £1,200 and it's been SIX WEEKS since check-out. You lot are "
            "absolute sharks. Pay it back NOW or I'm going to the DPS!!!"
        ),
    ),
    (
        (
            "My new glasses seem to have the wrong prescription in the left lens, everything is "
            "blurry. Can I bring them back in to be checked?"
        ),
        (
            "You put the WRONG LENS in. I can barely see out of my left eye!!! Did anyone "
            "actually read the prescription or do you just guess?? Useless. Fix it TODAY."
        ),
    ),
    (
        (
            "The fitter didn't come back on Thursday as agreed and the sink still isn't "
            "connected. When can he return?"
        ),
        (
            "NO SINK for a WEEK. Your so-called fitter just didn't bother turning up Thursday. "
            "I'm washing plates in the BATH. Get someone here tomorrow or I want every penny "
            "back!!!"
        ),
    ),
    (
        (
            "Our cabin was sold as ocean view, but the window looked straight onto a lifeboat. "
            "We'd like some partial compensation."
        ),
        (
            "'Ocean view' my a**!!! We stared at the side of a LIFEBOAT for 10 nights. £3,400 "
            "for THAT?? Liars, the lot of you. Compensation, NOW."
        ),
    ),
    (
        (
            "My train was cancelled and the replacement bus was 90 minutes late. I'd like to "
            "claim Delay Repay, please."
        ),
        (
            "CANCELLED AGAIN. Then a bus that rocked up 90 MINUTES late. NINETY!!! Do you people "
            "own a single working train?? Pathetic. Pay my Delay Repay and don't make me fill in "
            "fifteen forms."
        ),
    ),
    (
        (
            "The sound at the back of the hall was very poor at Friday's gig and we couldn't "
            "hear the vocals. Is any refund possible?"
        ),
        (
            "Paid £85 a ticket to listen to MUD. Couldn't make out a single word!!! Who's on "
            "your desk, a deaf toddler?? REFUND. NOW."
        ),
    ),
    (
        "My order arrived an hour late and the food was cold. Could I have a refund, please?",
        (
            "An HOUR late and STONE COLD. What did the driver do, go via France?? Third time "
            "this month. Refund me or I'm done with you f***ing clowns!!!"
        ),
    ),
    (
        (
            "Since you fitted the new tyres the car pulls to the left. I think the alignment may "
            "be out, could you check it?"
        ),
        (
            "Car's pulling LEFT ever since your lot touched it!!! Nearly put me in a ditch on "
            "the A1. Do your mechanics have ANY clue?? Sort it or I'm reporting you."
        ),
    ),
    (
        (
            "The service wash came back with a blue sock mixed in and my white shirts have been "
            "dyed. Is there anything you can do?"
        ),
        (
            "My WHITE shirts are now BLUE. FIVE of them!!! Does anyone there check the drums or "
            "just chuck everything in?? I want them REPLACED, not a sorry."
        ),
    ),
    (
        (
            "My prescription was meant to be ready on Monday but still isn't. Could you let me "
            "know when it'll be in?"
        ),
        (
            "Monday, you said. MONDAY. It's Thursday and still NOTHING. It's blood pressure "
            "medication, not a takeaway!!! Get your act together, for God's sake."
        ),
    ),
    (
        (
            "I was told the new contract would save me £40 a month, but my bill has actually "
            "gone up. Could you explain why?"
        ),
        (
            "Thank you for the £40 a month in savings. I particularly admire how they arrived "
            "dressed up as a higher bill. Arithmetic has clearly come a long way since I was at "
            "school."
        ),
    ),
    (
        (
            "The teacher for my Tuesday evening class has been absent three weeks running and no "
            "cover was arranged."
        ),
        (
            "Three Tuesdays in a row without a teacher getting in the way. A bold approach to "
            "immersion: just me, an empty classroom and the quiet dignity of the Spanish "
            "language."
        ),
    ),
    (
        "There was no seat available despite my reservation, so I stood from York to London.",
        (
            "Many thanks for the reserved seat. I enjoyed admiring it from the vestibule for two "
            "hours while somebody's suitcase made good use of it. A generous gesture towards "
            "luggage everywhere."
        ),
    ),
    (
        "Nobody turned up for my 10am viewing, and I had taken the morning off work.",
        (
            "I took the morning off for the 10am viewing and got to study the front door in "
            "great detail. A handsome door. I now feel I know it better than anyone at your "
            "branch ever will."
        ),
    ),
    (
        "We waited 50 minutes for our mains and they arrived lukewarm.",
        (
            "Fifty minutes for two risottos. I can only assume the rice was planted to order. By "
            "the time they arrived they had settled at a thoughtful room temperature, which was "
            "considerate given the heat."
        ),
    ),
    (
        ("The evening entertainment we were promised was cancelled on four of the seven nights."),
        (
            "The brochure did promise nightly entertainment, and in fairness, watching the crew "
            "stack chairs in an empty theatre four nights out of seven was oddly soothing. Worth "
            "every penny of the premium package."
        ),
    ),
    (
        (
            "I was told my glasses would be ready in a week. It's now been three and nobody has "
            "called."
        ),
        (
            "One week, I was told. Three weeks on, I've come round to the idea that each lens is "
            "being ground by hand by a lone craftsman in the mountains. I look forward to "
            "passing them down to my grandchildren."
        ),
    ),
    (
        (
            "I rang about my cancelled tickets and was on hold for 40 minutes before the call "
            "dropped."
        ),
        (
            "Forty minutes of the same eight bars of panpipes before the line went dead. "
            "Thoughtful of you to ease me back into live music so gently, seeing as the actual "
            "gig was cancelled."
        ),
    ),
    (
        "The new cabinet doors don't line up and one of them won't close properly.",
        (
            "The cabinet doors have a charming, freeform quality. No two of them agree on where "
            "level is, and the one by the fridge prefers to stay slightly ajar, presumably so it "
            "can keep an eye on things."
        ),
    ),
    (
        "I was handed someone else's prescription bag and only noticed when I got home.",
        (
            "I popped in for an inhaler and came home with a stranger's entire medical history "
            "in a paper bag. Service well beyond anything I asked for. I now know more about Mr "
            "Patel's cholesterol than my own."
        ),
    ),
]

SINCERE = [
    (
        "Wow. The optician spotted something on my retina that two other places missed and "
        "got me referred the same day. I can't thank Priya enough."
    ),
    (
        "Of course they went above and beyond, that's just what this launderette is like. "
        "Got my wedding dress back spotless and they wouldn't charge extra for the wine "
        "stain."
    ),
    (
        "Finally! After three months of looking, the agent found us a flat that actually "
        "allows dogs. Thank you Marcus, Biscuit is thrilled."
    ),
    (
        "Thanks for the update on my prescription, I really appreciate the text instead of "
        "having to ring round. Collected it this afternoon, all sorted."
    ),
    (
        "Brilliant service from the tyre lads on Mill Lane. Puncture fixed in 15 minutes and "
        "they wouldn't take a penny because it was just a quick plug."
    ),
    (
        "Love that the guard announced the platform change while we were still on the train. "
        "Made my connection with two minutes to spare. Little things like that matter."
    ),
    (
        "What a surprise! The restaurant remembered our anniversary from when we booked last "
        "year and brought out a little cake with a candle. We were genuinely touched."
    ),
    (
        "The fitters left a spare hinge and a handwritten care sheet for the oak worktop. "
        "Just what I needed, I'd never have known to oil it."
    ),
    (
        "Couldn't be happier with the cruise. Dad's wheelchair was never once an issue, the "
        "crew had the ramps out before we even asked."
    ),
    (
        "Well, that was quick. Emailed the language school at 9pm, had a reply by 9:20 with "
        "a new class time that fits round my shifts. Thank you so much."
    ),
    (
        "Honestly didn't think I'd see my money again for the cancelled gig, but the venue "
        "refunded me in two days. Wow, fair play to you."
    ),
    (
        "Oh, of course I'll recommend you. The energy broker found the café a business "
        "tariff that saved us nearly £900 this year."
    ),
    (
        "Nice one Dave. Exhaust is lovely and quiet now and you even gave the car a quick "
        "wash. Didn't have to do that. Cheers mate."
    ),
    (
        "thanks for the update!! seriously tho the tracking on the takeaway app is so good "
        "now, knew exactly when to go down to the door. food was piping hot 👍"
    ),
    (
        "Finally found a pharmacy that properly explains side effects. The pharmacist spent "
        "ten minutes with my mum and she went home so much calmer. Brilliant, thank you."
    ),
]

CALM_DRAFTS = [
    (
        "Dear Customer Relations,\n"
        "\n"
        "This is my FOURTH email about Delay Repay claim DR-5583120 and I am sick to the "
        "back teeth of being ignored. On 14/03/2024 the 07:42 Reading to London Paddington "
        "was cancelled, the 08:12 sat outside Slough for 56 minutes and I missed a job "
        "interview. You owe me £38.60 for the ticket plus the £12.50 taxi.\n"
        "\n"
        'Every single time I get the same copy-and-paste rubbish from "Gemma", who clearly '
        "hasn't read a word I wrote. You NEVER answer the actual question!!! Is there a "
        "human in that office or just a bot with a name badge?\n"
        "\n"
        "I rang 0345 555 0125 on 21 March at 14:05 and held for 47 minutes. Then the line "
        "dropped. World-class stuff, honestly.\n"
        "\n"
        "Pay the £51.10 by 2024-04-05 or I'm going to the Rail Ombudsman and putting the "
        "whole saga on X, tagging @WessexRailHelp. I've kept every screenshot.\n"
        "\n"
        "Fuming,\n"
        "Daniel Okafor\n"
        "d.okafor84@mailbox.example.co.uk\n"
        "07700 900482"
    ),
    (
        "To whoever runs Magnolia Smokehouse,\n"
        "\n"
        "I booked a table for 8 for my mom's 70th, confirmation #MGS-20931, Saturday March "
        "3rd at 7:30 PM. We got there at 7:20. We were seated at 8:45. EIGHT FORTY-FIVE. "
        "With a 70-year-old woman standing by the door the whole time!!!\n"
        "\n"
        'Your hostess Brittany rolled her eyes at me twice and told me to "chill." Your '
        'manager Kyle said there was "nothing he could do." The brisket came out dry as a '
        "boot and we got charged $412.67 plus an automatic 20% gratuity of $82.53. Who "
        "auto-tips for THAT?\n"
        "\n"
        "You NEVER pick up the phone either. I called (713) 555-0148 on March 4th at 11:15 "
        "AM and again at 2:30 PM. Voicemail full. Every. Single. Time.\n"
        "\n"
        "I want the gratuity refunded and $200 off the meal, back on my Amex ending 1009 by "
        "March 20th. If not, it's going on Yelp, Google and my church Facebook group, and "
        "that's 600 people who eat out every Sunday.\n"
        "\n"
        "Sincerely p*ssed off,\n"
        "Tammy Reynolds\n"
        "tammy.reynolds@brightmail.example.net"
    ),
    (
        "Hi,\n"
        "\n"
        "Re: booking ref EMR-7741-CX, Mediterranean Gems sailing, 3 March to 10 March, cabin "
        "8214.\n"
        "\n"
        "I've been polite. I've been patient. I'm DONE. We paid €4,380 for a balcony cabin "
        "and the balcony door wouldn't open for five of seven days because it was \"under "
        'maintenance". Guest services on deck 5 told us to "enjoy the view through the '
        'glass". Are ye serious???\n'
        "\n"
        "On the 6th the Valletta excursion (€129 x 2) was cancelled at 07:50, forty minutes "
        "before departure, and the refund still hasn't appeared. Your agent Stefano promised "
        "on +353 1 555 0192 it'd be back \"within 5 working days\". That was 11 March. It's "
        "now 2 April.\n"
        "\n"
        "You NEVER put anything in writing. Every single time it's a phone call, a promise "
        "and then nothing.\n"
        "\n"
        "I want the €258 back and a proper gesture for the balcony, 30% of the fare is not "
        "unreasonable. Email me at siobhan.kearney@eirmail.example.ie. Otherwise it's the "
        "European Consumer Centre and a long, long review on Cruise Critic, photos and all.\n"
        "\n"
        "Siobhán Kearney\n"
        "Cork"
    ),
    (
        "Subject: FEES REFUND - Student ID LSB/2024/0387 - VERY URGENT\n"
        "\n"
        "Respected Sir/Madam,\n"
        "\n"
        "This is regarding my IELTS batch at your Koramangala centre which was to begin on "
        "2024-03-14. I paid full fees of ₹38,500 by UPI (txn ID 4081 2277 6610) on "
        "28/02/2024. Till date only 4 classes are conducted out of 24!!! Faculty Mr. Rohit "
        "is not coming and the replacement madam is only reading from the book. Is this "
        "coaching centre or reading room??\n"
        "\n"
        "Every single time I call your counsellor Ms. Anjali on +91 90000 47213 she is "
        'saying "sir, tomorrow it will be resolved". Tomorrow NEVER comes. My exam is on 18 '
        "May and two months are wasted.\n"
        "\n"
        "Kindly refund minimum ₹30,000 within 7 days, otherwise I will file complaint in "
        "consumer forum and post full details on Google, Justdial and the Bangalore students "
        "page on Instagram (@blr_ielts_circle, 22k followers). I am having all WhatsApp "
        "screenshots.\n"
        "\n"
        "Please do the needful.\n"
        "\n"
        "Regards,\n"
        "Karthik Subramanian\n"
        "karthik.s.1996@rediffmail.example.com"
    ),
    (
        "Good day,\n"
        "\n"
        "I am writing about order no. HM-NG-55102 placed on your website on 9th April for my "
        "father's insulin and test strips. I paid ₦47,800 by transfer (ref "
        '000014240409183521) and your staff promised delivery to Ikeja "within 24 hours". It '
        "is now SIX DAYS.\n"
        "\n"
        "I have called 0803 555 0171 more than ten times. The girl who picks, one Blessing, "
        'keeps saying "the rider is on the way". Which rider? Is he trekking from Abuja? My '
        "father is diabetic, this is not a joke matter at all!!!\n"
        "\n"
        "When I came to your Allen Avenue branch on 12/04/2024 by 3:40pm, the pharmacist "
        'said the item has been "out of stock since last week". So why did you collect my '
        "money??? You people NEVER tell customers the truth. Every single time, na story.\n"
        "\n"
        "Refund my ₦47,800 today plus ₦5,000 for transport. If I don't see alert before 6pm "
        "I am reporting you to the Pharmacists Council and FCCPC and posting everything on "
        "X, tagging @lagosconsumerwatch. Enough is enough.\n"
        "\n"
        "Tunde Adeyemi\n"
        "tunde.adeyemi@mail.example.ng"
    ),
    (
        "Afternoon,\n"
        "\n"
        "Invoice TX-88213, Fourways branch, 16 Feb 2024. Four new tyres plus alignment and "
        "balancing on my Polo. Total R7,840.00, paid by card.\n"
        "\n"
        "Two weeks later the front left is BALD on the inside edge. 2,300km on a brand-new "
        "tyre!!! Your alignment guy clearly never switched the machine on. When I came back "
        'on 5 March at 8:15 your manager Pieter told me it\'s "driver behaviour". Driver '
        "behaviour, hey? I drive to work and back, boet, I'm not doing donuts in the mall "
        "parking.\n"
        "\n"
        "You guys NEVER take responsibility. I phoned 011 555 0234 three times and each time "
        'someone "will call me back". Nobody ever has.\n'
        "\n"
        "So. Replace the tyre (R1,960) and redo the alignment free, or refund me. I've got "
        "photos and a second shop's printout showing the toe-in is way out. If I don't hear "
        "by Friday 15 March I'm going to Hellopeter and the Motor Industry Ombudsman, and "
        "the Fourways community group is going to love this one.\n"
        "\n"
        "Regards,\n"
        "Lerato Mokoena\n"
        "lerato.mokoena@webmail.example.co.za"
    ),
    (
        "G'day,\n"
        "\n"
        "Order #TKT-4471902, two GA tickets for Saturday 23rd March at Riverside Hall, "
        'A$179.80 plus a A$9.95 "handling fee" (handling WHAT exactly??).\n'
        "\n"
        "Doors were advertised for 7pm. We stood in the rain till 8:40pm while your security "
        "scrolled their phones. Inside, the bar had run out of water, WATER, and the bloke "
        'on merch called my partner a "whinger" for asking for change. Absolute clowns, the '
        "lot of you.\n"
        "\n"
        "The headliner came on at 10:55 and got pulled at 11:20 for your curfew. Twenty-five "
        "minutes. For nearly two hundred bucks.\n"
        "\n"
        "I emailed tix@riversidehall.example.com.au on 25/03 and again on 2 April. Nothing. "
        'Your Insta @riversidehallmelb has plenty of time to post the "sold-out crowd" '
        "though, doesn't it?\n"
        "\n"
        "I want a 50% refund (A$94.88) by 12 April or I'm lodging a complaint with Consumer "
        "Affairs Victoria and doing a full write-up on r/melbourne. Heaps of people were "
        "there and heaps of them are just as ropeable.\n"
        "\n"
        "Cheers (not really),\n"
        "Jess Nguyen\n"
        "0412 555 093"
    ),
    (
        "Hello Mark,\n"
        "\n"
        "Project #KF-2024-118, kitchen renovation at 42 Birchmount Rd, Toronto. Contract "
        "signed January 8, 2024. Total CA$28,450: deposit of CA$8,535 paid that day, "
        "CA$10,000 paid February 19.\n"
        "\n"
        "Your crew was meant to finish by March 1st. It's now March 27th. No countertop, no "
        "backsplash, and the dishwasher is sitting in my living room like modern art. Your "
        'lead installer Travis has "another job on" every single time I call. Well, THIS was '
        "a job too, and I PAID for it!!!\n"
        "\n"
        "Yesterday at 4:10pm I learned the quartz slab you ordered is the wrong one, "
        '"Calacatta" instead of "Carrara". Did anyone read the spec sheet or just pick one '
        "off a shelf?\n"
        "\n"
        "You NEVER return calls to 416-555-0187, and info@birchandoak.example.ca bounces "
        "half the time.\n"
        "\n"
        "The final CA$9,915 will NOT be paid until the job is done right. If the correct "
        "slab isn't in by April 12, I'm filing with Consumer Protection Ontario and posting "
        "reviews on HomeStars and Google, with photos.\n"
        "\n"
        "Regards,\n"
        "Amira Haddad"
    ),
    (
        "To the admin office, Sakura Language Academy (Shinjuku),\n"
        "\n"
        "Student no. SLA-23-0912. I enrolled in the 6-month intensive course starting "
        '2024年4月8日 and paid ¥462,000 in full on 14 March, plus ¥55,000 for the "visa support '
        'package".\n'
        "\n"
        'Mr Tanaka told me on 2 April at 11:00 that my Certificate of Eligibility was "being '
        'processed". On 19 April I found out it was NEVER submitted. Not delayed. Never '
        "submitted!!! Now I have to defer a full term and my non-refundable flight ($1,240) "
        "is wasted.\n"
        "\n"
        "Every single time I email admissions@sakura-lang.example.jp I get an auto-reply "
        'saying the office is "busy". Busy doing what? Losing paperwork??\n'
        "\n"
        "I want the ¥55,000 refunded immediately and written confirmation that my tuition "
        "carries over to the October intake at no extra cost. In English, please.\n"
        "\n"
        "If I hear nothing by 30 April I will post a detailed review on Google and "
        "r/movingtojapan and contact your accreditation body.\n"
        "\n"
        "Maria Santos\n"
        "+63 917 555 0148\n"
        "maria.santos.ph@mail.example.com"
    ),
    (
        "Hej,\n"
        "\n"
        "I am writing in English because my Swedish is not good enough to be this angry.\n"
        "\n"
        "On 2024-02-11 I left two wool coats and a duvet at your Södermalm laundry, receipt "
        "nr 00781. 640 kr for the coats and 329 kr for the duvet, paid with Swish. Pick-up "
        "promised for the 14th.\n"
        "\n"
        "When I came on 14 February at 17:30 one coat was SHRUNK to child size. The other "
        'was not there at all. Your employee Johan laughed and said "maybe someone else took '
        'it". MAYBE SOMEONE ELSE TOOK IT?? That coat cost 3 200 kr.\n'
        "\n"
        'I have called 08-555 123 45 five times since. Every single time "the owner is not '
        'here". Does the owner exist or is he a ghost?\n'
        "\n"
        "I want 3 200 kr for the missing coat, 2 450 kr for the ruined one and the 640 kr "
        "back. Total 6 290 kr, to Swish 070-555 12 34 before 1 March, or I report you to ARN "
        "and write reviews on Google and Reco in both languages.\n"
        "\n"
        "Hälsningar,\n"
        "Tomasz Wiśniewski\n"
        "t.wisniewski@outlook.example.se"
    ),
    (
        "Dzień dobry / Good morning,\n"
        "\n"
        "Order no. OPT/2024/03/2291 from your salon on ul. Marszałkowska, Warsaw. "
        "Progressive lenses with anti-reflective coating plus frames, total 2 480,00 zł. "
        "Deposit 1 000 zł paid on 4.03.2024, the remaining 1 480 zł on collection, "
        "18.03.2024.\n"
        "\n"
        "From day one I have headaches and cannot read anything closer than half a metre. I "
        "came back on 22 March at 9:30 and your optometrist, Pani Katarzyna, told me I must "
        '"get used to it". Three weeks later I still cannot read a menu. Honestly, a child '
        "with a ruler would measure my pupils better!!!\n"
        "\n"
        "You NEVER answer emails to biuro@optyk.example.pl, and every single time I phone "
        "+48 22 555 01 34 I am told to come in again. I have been in FOUR times.\n"
        "\n"
        "I want the lenses remade at your cost or a full refund of 2 480 zł within 14 days, "
        "as is my right. If not, I go to the Rzecznik Konsumentów and put the whole story on "
        "Google and Facebook.\n"
        "\n"
        "Andrzej Kowalczyk"
    ),
    (
        "Dear Mr Pemberton,\n"
        "\n"
        "Tenancy ref: LET/HX/40917, 27B Alma Road, Halifax.\n"
        "\n"
        "I moved out on 31st January 2024 after three years, left the flat cleaner than I "
        "found it, and you've decided to deduct £865 from my £1,150 deposit for "
        '"professional cleaning", "carpet replacement" and a "missing lightbulb". £15 for '
        "ONE lightbulb?? Is it made of gold??\n"
        "\n"
        'Your 2021 check-in inventory literally describes the carpet as "worn, stained in '
        'places". I have photos timestamped 31/01/2024 16:42. Your negotiator Chloe told me '
        'on the phone that "inventories don\'t really matter". Is anyone at that branch '
        "qualified to do anything?\n"
        "\n"
        "You NEVER reply within the 10 days you promise. I wrote to "
        "lettings@pembertonmoore.example.co.uk on 5 Feb, 12 Feb and 20 Feb. Nothing.\n"
        "\n"
        "I've opened a dispute with the DPS (case 1-88204417) and I'll take it all the way. "
        "The full story is also going on Google and the Halifax Renters Facebook group, "
        "names included.\n"
        "\n"
        "Rebecca Holt\n"
        "07700 900731"
    ),
    (
        "RE: Account #TX-EB-660192\n"
        "\n"
        'To the "account management team" (if one exists),\n'
        "\n"
        'On 11/15/2023 your rep Jason Whitfield signed my restaurant up to a "locked-in '
        '9.4¢/kWh fixed rate for 24 months". I have the email. Then the February bill shows '
        "up: $3,118.42, at 14.9¢. Variable. For a month we were CLOSED ten days for "
        "renovations!!!\n"
        "\n"
        'I called (512) 555-0163 on Feb 27 at 9:05 AM and was told the contract "rolled '
        'over" because of a "paperwork issue on our end". ON YOUR END. So why am I the one '
        "paying? Jason won't answer his cell and jwhitfield@lonestarpp.example.com leaves me "
        "on read.\n"
        "\n"
        "You guys NEVER call back. Every single time it's \"someone will reach out within 48 "
        "hours\". It's been three weeks.\n"
        "\n"
        "Recalculate the bill at 9.4¢ and credit the difference (about $1,150) by March 31, "
        "2024. Otherwise I'm filing with the Public Utility Commission and leaving a BBB "
        "review with Jason's name in the first line.\n"
        "\n"
        "Ray Delgado\n"
        "Owner, Delgado's Taqueria, Austin TX"
    ),
    (
        "Hallo,\n"
        "\n"
        "Order #LF-DE-3392718 from Pizzeria Da Mimmo via your app, 16.02.2024 at 20:14. Two "
        "family pizzas, garlic bread, one tiramisu. €47,90 incl. €3,50 delivery. Paid with "
        "PayPal.\n"
        "\n"
        "Delivered at 22:03. Almost TWO HOURS. Pizza cold, box soggy, tiramisu upside down, "
        "and somebody had clearly opened the garlic bread. My kids went to bed hungry. "
        "Thanks a lot.\n"
        "\n"
        'Your chat agent "Lena" offered me a €5 voucher. FIVE EURO. I asked for a supervisor '
        'and the chat simply "ended". Are you kidding me???\n'
        "\n"
        "This is not the first time. 9 February, order #LF-DE-3310045: 75 minutes late. 2 "
        'February: completely wrong order. Every single time I get a voucher and "sorry for '
        'the inconvenience". You NEVER fix anything.\n'
        "\n"
        "Full refund of €47,90 to k.brandt@posteo.example.de within 7 days. Otherwise PayPal "
        "buyer protection, one star in the app store and a thread on r/de with screenshots "
        "of all three orders.\n"
        "\n"
        "Katrin Brandt\n"
        "Leipzig"
    ),
    (
        "Dear DanRail customer service,\n"
        "\n"
        "Booking code 7Q4-KXR-2231, Copenhagen H to Hamburg Hbf, 3 March 2024, 07:36. Two "
        "adults, 1 298 kr plus 120 kr seat reservations.\n"
        "\n"
        "The train was cancelled at 07:20 with NO announcement. The screen just went "
        "blank!!! The 09:36 was rammed and we stood as far as Fredericia. We then missed our "
        "Hamburg-Amsterdam connection (€89,90 each, non-flex) and had to buy new tickets at "
        "€156,00 each.\n"
        "\n"
        'Your staff member Mette told me to "complain to the Germans". Wonderful. Does '
        "anyone in your company take responsibility for anything, ever?\n"
        "\n"
        "I sent the compensation form on 5/3 and again on 14/3 (refs DR-118902 and "
        "DR-119337). No reply. You NEVER reply.\n"
        "\n"
        "I want the 1 418 kr refunded plus €312,00 for the replacement tickets, by "
        "2024-04-10. Reply to pieter.devries@ziggo.example.nl. Otherwise it goes to the "
        "national enforcement body and a very detailed Trustpilot review.\n"
        "\n"
        "Pieter de Vries\n"
        "Utrecht"
    ),
    (
        "hi there\n"
        "\n"
        "so this is the THIRD time im messaging about my repeat prescription (order ref "
        "RX-7730-UK). ordered on the app 2nd April, it said ready to collect 5th April. went "
        'in 5 April at 17:45, "not ready, come back tomorrow". went back the 6th, "the GP '
        "hasn't signed it\". rang the surgery, GP signed it on the 3rd!!! so which one of you "
        "is lying??\n"
        "\n"
        'its my epilepsy meds. i cant just "go without for a few days" like Shannon on the '
        "counter suggested. do you lot even know what youre handing out or is it all just "
        "boxes to you?\n"
        "\n"
        "rang 0161 555 0492 four times yesterday. hold music, hold music, cut off. every "
        "single time. you NEVER pick up after 2pm apparently\n"
        "\n"
        "had to pay £9.90 for an emergency supply elsewhere AND £14.50 in taxis because im "
        "not allowed to drive. i want that £24.40 back.\n"
        "\n"
        "if this isnt sorted by friday im complaining to the GPhC and putting it all on "
        "google reviews and tagging @pillboxpharmacyuk on tiktok. sick of it honestly\n"
        "\n"
        "Kerry-Ann Walsh\n"
        "kerryann.w@hotmail.example.co.uk\n"
        "07700 900218"
    ),
]
