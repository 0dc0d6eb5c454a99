"""Blind round 104 (session 34): written by a helper session that saw no rule, no round and no
code, themed on gyms and fitness apps, airport parking, pet shops and vets, theme parks, dry
cleaners, window fitters, conveyancing solicitors, online courses, phone repair shops,
smart-home devices, parcel lockers and driving schools. Measured once with the session's
starting code (ef538d3) before anything was written from it: extortion 11/15, threats 14/20,
look-alikes 20/20 clean, plain pairs 10/10, dry pairs 3/10, sincere 12/15 clean, calm
versions 15/16. Then worked from (the fixes are tested with texts of our own in
test_round_104_shapes.py); its reading after them is kept as a floor."""

EXTORTION = [
    (
        "Dear Sir or Madam, I have prepared a rather detailed one-star account of my "
        "experience at your airport car park, photographs of the dent included, for "
        "Trustpilot. I would be content to leave it unpublished should you see fit to refund "
        "the full £142 and add a complimentary week for my next trip."
    ),
    (
        "Refund the £60 or the clip of your groomer hauling my spaniel about by the scruff "
        "goes on TikTok tonight. Your call."
    ),
    (
        "ok so basically if u sort me a free screen replacement i'll take my google review "
        "down lol. otherwise it stays + i'm tagging ur shop on insta. deal?? 👀"
    ),
    (
        "Listen pal, I've got a wee essay sat in my drafts for Tripadvisor about your "
        "so-called water park. Bung us four free passes for the October week and it can stay "
        "in drafts, aye?"
    ),
    (
        "Now I'm not a difficult woman at all, but if the bill for the ruined dress isn't "
        "waived I'll be putting the whole saga up on Mumsnet and the local Facebook group, "
        "and sure you know yourself how fast that goes round Galway."
    ),
    (
        "Oga, make we settle this matter amicably. You will return my ₦85,000 for the bad "
        "windows plus transport money, then I will delete that post from Nairaland and the "
        "estate WhatsApp. If not, my cousin runs a blog with 200k followers, I will forward "
        "him everything."
    ),
    (
        "Kindly note that I have written a very strong review for your driving school on "
        "Google and Justdial which I have not yet posted. If you are giving me 5 extra "
        "lessons free of cost, I will do the needful and change it to 5 stars. Please revert "
        "at the earliest."
    ),
    (
        "Howzit. Your guys left my gate motor dead and the alarm app still isn't talking to "
        "the hub. Knock R1,500 off the invoice and I'll keep my Hellopeter review nice and "
        "lekker. Otherwise, ja, it goes up as is."
    ),
    (
        "Mate, reckon a full refund on the course plus lifetime access would go a long way "
        "towards me forgetting I ever wrote that Reddit thread. Up to you, no pressure."
    ),
    (
        "Well bless your heart, y'all charged me twice for that vet visit. Now I'd just hate "
        "to have to tell my whole Sunday school class and all of Yelp about it, so how about "
        "you knock off the whole bill and we call it square, sugar?"
    ),
    (
        "It would be such a pity if the 3,000 members of our local running club heard how "
        "your gym handles cancellations. I'm sure we can find a figure that keeps everyone's "
        "Saturday coffee chat on other topics."
    ),
    (
        "Currently sitting at one star. I'll revise to five the moment my conveyancing fee "
        "drops by £400 and you throw in the indemnity policy at no cost. Until then it stays "
        "pinned at the top of your Google listing."
    ),
    (
        "Proposal: you comp my annual locker subscription, I don't post the thread on X "
        "showing your locker swallowing three of my parcels. We both sleep better. Reply by "
        "Friday."
    ),
    (
        "I have 48k followers on TikTok who trust my smart-home reviews. I've already filmed "
        "the unboxing-to-bricked video. Send a replacement doorbell and a £200 voucher and "
        "I'll recut it as a 'great customer service' story instead."
    ),
    (
        "Just a heads-up, the family are coming back to the park in August. If five "
        "fast-track passes land in my inbox before then, my forum write-up about the broken "
        "ride and the rude lad on gate C will quietly vanish. If not, it goes live with "
        "photos."
    ),
]

THREATS = [
    (
        "That instructor Darren who failed me, tell him I've clocked the blue Corsa he "
        "drives home. Shame if the brakes started acting up on the bypass."
    ),
    ("Your shop on Mill Lane has an awful lot of glass in the front. Glass breaks. Just saying."),
    (
        "I know which nursery your receptionist drops her little girl at. Maybe she should "
        "think about that before she hangs up on me again."
    ),
    (
        "If my dog doesn't pull through I'll be coming down to that surgery and your vets "
        "won't be treating anyone for a good long while. That's a promise."
    ),
    (
        "People who rip off pensioners the way your solicitor did tend to have accidents. "
        "Stairs, cars, you name it. I'd tread carefully."
    ),
    (
        "Hope your dry cleaning place goes up in flames with you locked inside. Might even "
        "lend it a hand."
    ),
    (
        "Good afternoon. I wanted the manager to know I've been sitting across the road from "
        "the gym every evening this week, and I've noticed he locks up alone at ten. I'll "
        "see him soon to discuss my refund in person."
    ),
    (
        "Tell the lad who fitted my windows he'd better pray I never find out where he parks "
        "his van. He'll be fitting his own teeth back in."
    ),
    (
        "One more 'computer says no' and I'll be at your counter with something heavier than "
        "a complaint form."
    ),
    (
        "Your staff laughed at my son on that ride. I've got their names off the badges, "
        "Ryan and Chloe. I'll be waiting by the staff car park after closing and we'll see "
        "who's laughing."
    ),
    (
        "I used to box. Your repair guy cracked my phone twice. Let's see how he likes being "
        "the one that gets cracked."
    ),
    (
        "Nice house your director has out in Harpenden. Lovely big hedge. Very dry this "
        "summer, isn't it."
    ),
    (
        "me and my brothers are coming round the parcel depot tomoro and somebody is getting "
        "hurt, dont say u wernt warned"
    ),
    (
        "Folk like you end up face down in the canal eventually. Only question is who gets "
        "you there first."
    ),
    (
        "Would be a shame for your course founder's kids if their dad's home address ended "
        "up with the wrong sort of people. I have it. I have the school too."
    ),
    ("I hope every animal that died on your table comes back for you, and if they don't, I will."),
    (
        "Don't open the shop Monday. Seriously. Not a good day for anyone standing behind "
        "that counter."
    ),
    (
        "Got a full jerry can in the boot and a lot of free time since you kept my deposit. "
        "Think on."
    ),
    (
        "Your smart camera showed me your installer's face every day for a month. I've "
        "memorised it. If I see it in town he won't be walking home on his own two legs."
    ),
    (
        "the bald fella at the airport parking kiosk with the neck tattoo, I'm coming back "
        "for him, and it won't be to collect my car"
    ),
]

LOOK_ALIKES = [
    (
        "I've escalated this to the Financial Ombudsman and will be filing a chargeback with "
        "my bank if the £89 isn't back by the 30th."
    ),
    (
        "Just so you know, I'll be leaving an honest review on Trustpilot about the delays. "
        "Not asking for anything, I just think other buyers should know what to expect."
    ),
    (
        "This fitness app is literally killing me, the timer keeps resetting mid-workout and "
        "I have to start the whole circuit again."
    ),
    (
        "The queue for the Vortex was absolute murder, two hours in the sun. Still a great "
        "ride though."
    ),
    (
        "Reporting a fire risk: the extension lead behind the counter at your dry cleaners "
        "is scorched and sparking. Please get someone to look at it before anyone gets hurt."
    ),
    (
        "There's a loose cable hanging from the ceiling near locker bank 4 in the "
        "supermarket car park. Someone could trip over it or get a shock."
    ),
    (
        "Just letting you know my driving instructor was in a minor accident on the way to "
        "my lesson. He's fine, but the car is off the road. Could we rebook for next week?"
    ),
    (
        "I submitted a small claims application today regarding the faulty bifold doors. A "
        "copy of the claim form is attached for your records."
    ),
    (
        "Trading Standards have advised me to write to you formally before they take the "
        "complaint further. This is that letter."
    ),
    (
        "Lol my mate says if I fail my test a fourth time he'll kill me. Can I book the "
        "Tuesday slot please so he doesn't have to 😂"
    ),
    (
        "Bought the 'Killer Core 30' programme from your platform and the week 3 videos "
        "won't load on my tablet."
    ),
    (
        "My dog went absolutely mental in the waiting room and nearly took the door off its "
        "hinges, sorry to the staff, he was terrified. Thanks for being so patient with him."
    ),
    (
        "The Blaze Hex smart bulb I bought got really hot and the plastic warped. I think it "
        "could be a fire hazard, might be worth a recall?"
    ),
    (
        "I'll be posting a video review of the repair on my channel either way, good or bad. "
        "Just letting you know so it isn't a surprise."
    ),
    (
        "My solicitor says if completion slips again we may need to look at a professional "
        "negligence claim. Please can someone call me today."
    ),
    (
        "The personal trainer absolutely destroyed me on leg day, I can't get down the "
        "stairs. 10/10 would suffer again."
    ),
    ("Heads up: the 'Drop Tower of Doom' was closed all day but still showing as open in the app."),
    (
        "I'm reporting this to the airport, the shuttle bus driver was on his phone the "
        "entire journey with twenty passengers on board."
    ),
    (
        "If the lock on my new front door isn't fixed by Friday, I'll have to hire another "
        "fitter and send you the bill. Please treat this as formal notice."
    ),
    (
        "My nan is going to murder me if her dress isn't back for the wedding on Saturday, "
        "any update on ticket 4471?"
    ),
]

PAIRS = [
    (
        (
            "Hi, I cancelled my membership on 2 May but was charged again on 1 June. Could you "
            "refund the £34.99, please?"
        ),
        (
            "I CANCELLED IN MAY!!! Why the h*ll have you taken ANOTHER £34.99 off me?? Refund it "
            "TODAY or I'm calling my bank, you absolute clowns!!!"
        ),
    ),
    (
        (
            "My car was returned from the airport car park with 140 extra miles on the clock. "
            "Could you explain how that happened?"
        ),
        (
            "WHO DROVE MY CAR 140 MILES?!?! You were supposed to PARK it, not take it on a "
            "bl**dy road trip!!! I want answers NOW."
        ),
    ),
    (
        (
            "I was quoted £180 for Milo's dental but the invoice came to £410. Could someone go "
            "through the charges with me?"
        ),
        (
            "£410?!?! You QUOTED £180!!! Absolute thieves, preying on people who love their "
            "pets. Sort this out or I'm DONE with you!!!"
        ),
    ),
    (
        (
            "We paid for fast-track but three of the rides were closed. Would a partial refund "
            "be possible?"
        ),
        (
            "THREE rides shut and you STILL took £90 for fast-track?!! Total rip-off, what a "
            "joke of a park!!! Give me my money BACK!!"
        ),
    ),
    (
        "My wool coat has come back from cleaning a size smaller. What can be done about it?",
        (
            "You SHRANK my £300 coat!!! It fits my ten-year-old now. Incompetent doesn't even "
            "begin to cover it. PAY for it!!!"
        ),
    ),
    (
        (
            "The new patio door lets in a draught and the handle is stiff. When could someone "
            "come and adjust it?"
        ),
        (
            "Your cowboys fitted a door that WHISTLES in the wind and a handle that barely "
            "turns!!! Six weeks I've waited. Get someone out here NOW!!!"
        ),
    ),
    (
        (
            "We haven't had an update on our purchase for three weeks. Could you let us know "
            "where things stand?"
        ),
        (
            "THREE WEEKS and not ONE email?!?! Do you lot actually do any work?? We're about to "
            "lose the house because of you useless sh*ts!!!"
        ),
    ),
    (
        (
            "The certificate for the course I completed hasn't been issued yet. Could you check "
            "on it?"
        ),
        (
            "I FINISHED the course a MONTH ago and STILL no certificate!!! What exactly am I "
            "paying £249 for?? Pathetic!!!"
        ),
    ),
    (
        "Since the battery replacement my phone won't charge. Could you take another look?",
        (
            "You 'fixed' my battery and now the f***ing thing won't even CHARGE!!! Worse than "
            "before. Fix it FREE or I want every penny back!!!"
        ),
    ),
    (
        (
            "The smart lock stopped responding after last night's update and I was locked out "
            "for about an hour."
        ),
        (
            "Your STUPID update LOCKED ME OUT of my own house for an HOUR in the rain!!! Who "
            "tests this rubbish?? Unbelievable!!!"
        ),
    ),
    (
        (
            "The locker code I was sent didn't work and I had to make three trips. Could you "
            "look into it?"
        ),
        (
            "Three trips to the locker, three codes that opened nothing. I'm now on first-name "
            "terms with the car park attendant, so I suppose I should thank you for the new "
            "friendship."
        ),
    ),
    (
        (
            "My instructor cancelled twenty minutes before the lesson for the third time. Could "
            "I get a credit?"
        ),
        (
            "Third lesson cancelled with twenty minutes' notice. At this rate I'll have mastered "
            "the bus timetable long before the clutch, which I assume was the real syllabus all "
            "along."
        ),
    ),
    (
        "The showers in the men's changing room have been cold for two weeks now.",
        (
            "Two weeks of ice-cold showers. I hadn't realised cryotherapy came with the standard "
            "membership; very generous of you not to charge extra for it."
        ),
    ),
    (
        "The shuttle bus took fifty minutes to arrive and we nearly missed our flight.",
        (
            "Fifty minutes waiting for the shuttle gave us a rare chance to study the car park "
            "lampposts in real depth. Boarding at a sprint was a thoughtful bit of bonus cardio."
        ),
    ),
    (
        "Both fish I bought died within two days. Could I get a replacement or a refund?",
        (
            "Both fish lasted a full forty-eight hours, which I gather is close to a record for "
            "your tanks. Do pass my compliments on to whoever looks after the water."
        ),
    ),
    (
        "The app said the wait for the coaster was 15 minutes but it was over an hour.",
        (
            "Your app estimated fifteen minutes for the coaster and we were there for seventy. I "
            "do admire the optimism; you rarely see that much faith in a queue."
        ),
    ),
    (
        "My shirts came back from cleaning with several buttons missing.",
        (
            "Thank you for the minimalist redesign of my shirts. Buttons were always a bit "
            "fussy, and it's kind of you to free me from them at no extra cost."
        ),
    ),
    (
        "Half the video lectures in module 4 won't load.",
        (
            "Module four is a bold experiment in imagination, with half the lectures left for "
            "the student to picture unaided. I take it the blank screens are the advanced "
            "material."
        ),
    ),
    (
        "I was told the repair would take an hour, but it's been four days.",
        (
            "The one-hour repair is now entering its fourth day. I've come to think of my phone "
            "as away on a little holiday, and I do hope it's getting some rest."
        ),
    ),
    (
        "I've been on hold with your support line for 45 minutes about my smart thermostat.",
        (
            "Forty-five minutes of the same eight bars of pan pipes. I could never have learned "
            "to hum it from memory without your support line, so that's one thing the thermostat "
            "has taught me."
        ),
    ),
]

SINCERE = [
    (
        "Wow. I honestly didn't expect the vet to ring at 10pm just to check on Bella. Thank "
        "you so much, she's eating again this morning."
    ),
    (
        "Of course I'll recommend you to everyone, the repair took twenty minutes and the "
        "screen looks better than when the phone was new."
    ),
    (
        "Finally passed my driving test on the fourth go! Huge thanks to Jas for sticking "
        "with me when I was ready to give up."
    ),
    (
        "Thanks for the update on the locker, the parcel was there exactly when you said it "
        "would be. Really appreciated the text."
    ),
    (
        "Brilliant service at the dry cleaners this week. My grandad's old suit came back "
        "looking like new for his funeral. Thank you, it meant a lot."
    ),
    (
        "Love that the gym now opens at 5am. Night-shift workers like me have been hoping "
        "for this for years. Cheers!"
    ),
    (
        "What a surprise when the fitters turned up a day early and were finished by lunch. "
        "Hoovered up after themselves too. Thanks, lads."
    ),
    (
        "Just what I needed: the budgeting module was clear and practical, and I've already "
        "set up my own spreadsheet."
    ),
    (
        "Couldn't be happier with the smart thermostat. Our bill dropped by a third this "
        "winter and your support team patiently talked my mum through the setup."
    ),
    (
        "Oh wow, you remembered Max's birthday and sent a treat voucher! He is one very "
        "happy Labrador today."
    ),
    (
        "Airport parking was so easy, the car was waiting for us at 6am right by the exit. "
        "Genuinely brilliant, we'll use you again."
    ),
    (
        "Of course the kids want to go back next summer, best day out we've had in years. "
        "The staff at the splash zone were lovely with our youngest."
    ),
    (
        "Finally, someone who actually listens! The manager rang me, apologised, and sorted "
        "the refund within the hour. Thank you."
    ),
    (
        "Thanks for the heads-up about the app update, the new booking calendar is so much "
        "better. Love it."
    ),
    (
        "We completed yesterday after a very stressful chain. Priya kept us informed every "
        "step of the way. Couldn't have asked for more, thank you so much."
    ),
]

CALM_DRAFTS = [
    (
        "To whoever is in charge at FlexZone Fitness (because it clearly isn't Kyle on the "
        "front desk),\n"
        "\n"
        "I am writing AGAIN about membership no. FZ-448213. I cancelled in writing on "
        "14/03/2024, email sent to cancellations@flexzonefitness.co.uk at 09:42, I have the "
        "screenshot, and you STILL took £39.99 on 1 April and another £39.99 on 1 May. "
        "That's £79.98 of my money for a gym I haven't set foot in since March 3rd!!!\n"
        "\n"
        'Every single time I ring 0161 496 0732 I get the same script. "Kyle will call you '
        "back.\" Kyle NEVER calls back. Kyle couldn't find his own a*se with a torch and a "
        "map.\n"
        "\n"
        'Oh, and lovely touch hiding the online cancel button behind "visit your home club". '
        "Really customer-focused, that.\n"
        "\n"
        "Refund the £79.98 by 2024-05-20 or I'm filing a chargeback, reporting you to "
        "Trading Standards and writing the most detailed one-star review Trustpilot has ever "
        "seen. I'll be tagging @FlexZoneUK on X too.\n"
        "\n"
        "Sam Whitfield"
    ),
    (
        "Re: Reservation #PKX-20931-B, Lot C, Denver International\n"
        "\n"
        "Listen up, because I've now called (303) 555-0148 SIX times. I booked covered "
        "parking on 2024-07-02 at $14.95/day for 9 days, total $134.55. Your shuttle driver "
        "(Marcus, per his badge) dropped us at the wrong terminal at 5:10am, and when I got "
        "back on July 11th my car was in the UNCOVERED overflow lot with bird sh*t baked "
        "onto the roof and a brand new scratch down the driver's door!!!\n"
        "\n"
        "You NEVER answer emails. support@parkxpress.com bounced twice. Your social media "
        "guy @ParkXpressHelp sent me a link to the FAQ. Wow, thanks, that really solved it.\n"
        "\n"
        "I want the $134.55 refunded, plus $280 for the detailing quote I got from Mile High "
        "Auto. You people are an absolute joke and I am done being polite.\n"
        "\n"
        "If I don't hear back by Friday, it's a Yelp review, a BBB complaint and a small "
        "claims filing. Every single time I fly I'll be telling people at the gate to stay "
        "away from you.\n"
        "\n"
        "Dave Kowalski"
    ),
    (
        "Hi,\n"
        "\n"
        "My name is Aoife Brennan, client number VC-07719, and I am FURIOUS. On 3 March I "
        "brought Biscuit (cocker spaniel, 6) in about a lump on his leg. Dr Keane said it "
        'was "nothing to worry about". By 21/03/2024 it had doubled, and the surgery quoted '
        "€650. The invoice I got yesterday says €1,140.80!!! Nobody rang to explain the "
        "extra €490.80. Nobody.\n"
        "\n"
        "And your receptionist Ciara rolled her eyes at me. ROLLED HER EYES. While I was "
        "crying. Lovely bedside manner ye have there.\n"
        "\n"
        "Every single time I ring 01 555 2290 it goes to voicemail, and "
        "accounts@greenfieldvets.ie has ignored me for a fortnight. You NEVER call back, ye "
        "just send another reminder about the bill. Class, really.\n"
        "\n"
        "I will pay the €650 I agreed to. Not a cent more until someone gives me an itemised "
        "breakdown. If I don't have it by 2024-04-12 I'm going to the Veterinary Council and "
        "putting the full story on Google and the Dublin mums group on Facebook. Ye absolute "
        "cowboys, this is b*llocks.\n"
        "\n"
        "Aoife\n"
        "087 555 3391"
    ),
    (
        "Subject: URGENT - Refund not processed, Order ID SKL-IN-5520917\n"
        "\n"
        "Dear Team SkillNest,\n"
        "\n"
        "This is my FIFTH mail. I purchased the Full Stack Bootcamp on 05-01-2024 for "
        "₹24,999 (UPI ref 4039 8812 7765). Course was promised with live mentor sessions "
        "every Saturday 7pm IST. Mentor Rohit Verma has attended ONE session. ONE!!! Rest of "
        "the time it is recorded videos from 2019 with wrong syntax.\n"
        "\n"
        'I raised ticket #88213 on January 28th. Your executive Sneha replied "we have '
        'escalated to the concerned team". Escalated where?? To the moon?? Every single time '
        "same copy-paste answer. You people NEVER read what I am writing, useless fellows.\n"
        "\n"
        "Your own policy on https://skillnest.in/refund-policy says 7-day money back if "
        "sessions are not delivered. I want full ₹24,999 returned by 15/02/2024.\n"
        "\n"
        "Otherwise I will file in consumer forum and post full details on Quora and LinkedIn "
        "tagging @SkillNestOfficial. Don't test my patience, this is total b***sh*t.\n"
        "\n"
        "Regards,\n"
        "Arjun Menon\n"
        "+91 98450 55213\n"
        "arjun.menon88@gmail.com"
    ),
    (
        "Good afternoon sir,\n"
        "\n"
        "This is Chidi Okafor. I brought my Samsung A54 to your Ikeja branch on 12th June "
        "2024, job card number PRS-LAG-3321. Your technician, one Emeka, collected ₦45,000 "
        "to change the screen and said come back by 4pm. I came 4pm, he said tomorrow. "
        "Tomorrow became one week!!!\n"
        "\n"
        "When I finally collected on 19/06/2024 the screen is not even original, touch is "
        "not responding at the bottom, and the phone is now HEATING like stove. Is this how "
        "you people do business?? Every single time I call 0803 555 7124 one girl will pick "
        'and say "manager is not on seat". Your manager is NEVER on seat. Useless nonsense.\n'
        "\n"
        "I even sent DM to @PhoneRescueNG on Instagram, they blue-ticked me and ignored. "
        "Wonderful customer service, well done o.\n"
        "\n"
        "I am giving you till Monday 24th to refund my ₦45,000 or fix it with ORIGINAL "
        "screen free of charge. If not, I am reporting to FCCPC and posting the whole story "
        "with pictures on Nairaland and X. You will not like it at all. Rubbish sh*t "
        "service.\n"
        "\n"
        "Chidi\n"
        "chidi.okafor@yahoo.com"
    ),
    (
        "To Wynand and the team at CapeSeal Windows & Doors,\n"
        "\n"
        "Quote number CS-2024-0871. Deposit of R18,500 paid on 2024-02-09, balance of "
        "R12,300 paid on 4 March after you FINALLY fitted the aluminium sliding doors. Two "
        "weeks later the first proper storm came through and the lounge floor was FLOODED!!! "
        "Water came straight under the track. My new rug is ruined, R4,200 to replace.\n"
        "\n"
        "I have WhatsApped Wynand on 082 555 4410 eleven times. Blue ticks, no reply. Your "
        'office lady Charmaine told me "the installers are very busy". Busy doing what?? Not '
        "fixing sh*t, clearly. You NEVER pitch when you say you will. Every single time it's "
        '"tomorrow, first thing".\n'
        "\n"
        "Fantastic silicone work, by the way. Really artistic. Pity it doesn't keep water "
        "out.\n"
        "\n"
        "I want the doors resealed properly by Friday 22/03 and the rug paid for. If not: "
        "Hellopeter review, a complaint to the Consumer Goods and Services Ombud and my "
        "lawyer's letter, in that order. And the whole Durbanville community page will hear "
        "about it.\n"
        "\n"
        "Lindiwe Dlamini\n"
        "lindiwe.d@webmail.co.za"
    ),
    (
        "G'day,\n"
        "\n"
        "Booking ref WWP-77120-AU, family pass for 2 adults and 3 kids, A$389.00 paid on "
        "28/12/2023 for the 2nd of January. We drove four hours from Toowoomba to be there "
        "for 9:30am opening.\n"
        "\n"
        "Half the slides were CLOSED. The lazy river was CLOSED. The one ride my youngest "
        "was tall enough for broke down with her ON it, and a staff member called Brody told "
        'us to "chill, it happens heaps". Chill?? She was sobbing for 25 minutes stuck at '
        "the top!!!\n"
        "\n"
        "Then the food. A$17.50 for a soggy burger. Great value, loved that.\n"
        "\n"
        "I rang 07 5555 0199 on January 3rd, got put on hold for 40 min then cut off. "
        "Emailed guestservices@wavewonderpark.com.au, auto-reply. You NEVER respond to "
        "anything, do you? Every single time it's a robot. Bunch of drongos.\n"
        "\n"
        "I'm after a full A$389 refund or five free passes with no blackout dates. If I "
        "haven't heard by 2024-01-19 I'm going to the ACCC and posting the video of my "
        "daughter stuck up that ride on TikTok, tagged @wavewonderpark. Good luck with that, "
        "mate. Bl**dy disgrace.\n"
        "\n"
        "Shane O'Connell"
    ),
    (
        "Re: Case #HH-CA-449017 - HomeHalo Hub and 4x smart plugs\n"
        "\n"
        "I've been a customer since 2021 and I have NEVER been treated like this. Ordered "
        "the Halo Hub Pro on November 14, 2023 (order 7734-2291), CA$249.99 plus CA$32.50 "
        "tax. The firmware update on 2024-01-08 bricked it. Furnace schedule gone, cameras "
        "offline, and we were away in Banff when the pipes nearly froze at -31°C!!!\n"
        "\n"
        'Your agent Jordan on chat told me to "try turning it off and on again". Genius. '
        "Truly, thank you Jordan, why didn't I think of that.\n"
        "\n"
        'Every single time I call 1-888-555-0162 the hold message says "your call is '
        'important to us". If it were so important somebody would f***ing answer it. You '
        "people are incompetent from top to bottom.\n"
        "\n"
        "I want a replacement hub shipped express to 118 Larch Cres, Calgary, plus a CA$150 "
        "credit for the plumber. Photos and logs have gone to support@homehalo.ca three "
        "times.\n"
        "\n"
        "Deadline: 26/01/2024. After that it's a chargeback, a complaint to the Competition "
        "Bureau and a very long Reddit post tagging @HomeHaloHelp.\n"
        "\n"
        "Priya Anand\n"
        "403-555-0187"
    ),
    (
        "To PakuBox Customer Support,\n"
        "\n"
        "Locker ticket PB-TKY-009915, Shibuya Station east exit, bank 12. My package (a "
        '¥38,600 camera lens) was scanned "delivered" on 2024-05-07 at 14:22. I got there at '
        "18:05 the SAME DAY. Locker was EMPTY!!! Door open. Nothing inside.\n"
        "\n"
        "I called your English line 03-5555-0420. Tanaka-san was polite, I'll give him that, "
        'but told me to "wait 3 to 5 business days for investigation". It is now 21 May. '
        "Nothing. You NEVER update anyone. Every single time I check the app it says "
        '"investigating". Investigating what, the meaning of life??\n'
        "\n"
        "The seller says the lens is my problem now because your system marked it delivered. "
        "So thank you, really, excellent security you've got there. Anyone can just wander "
        "up and help themselves.\n"
        "\n"
        "Refund the ¥38,600 or find the lens by 31/05/2024. If not I'm contacting the "
        "Consumer Affairs Center, posting on the Tokyo expat forums and putting the whole "
        "timeline on X tagging @PakuBox_JP. Total sh*tshow of a company.\n"
        "\n"
        "Mark Hendry\n"
        "mark.hendry@gmail.com"
    ),
    (
        "Hej,\n"
        "\n"
        "I'm writing in English because honestly I'm too angry to spell in Swedish. Student "
        "number TSK-3318, Trafikskola Norrland, Umeå.\n"
        "\n"
        "I paid 14,900 kr for the intensive package on 2 February 2024: 15 lessons plus the "
        "skid-pan course. Instructor Johan cancelled FOUR lessons on the morning itself, the "
        "last on 2024-03-11 at 07:15 while I was already waiting outside in -18 degrees!!! "
        'And you still charged me a 450 kr "late cancellation fee" when I moved one lesson '
        "48 hours ahead. Are you kidding me??\n"
        "\n"
        "Every single time I phone 090-555 12 34 I get the answering machine. You NEVER call "
        'back. Your website https://trafikskolanorrland.se/kontakt says "we reply within '
        '24h". What a lovely piece of fiction.\n'
        "\n"
        "I want the 4 cancelled lessons refunded (4 x 790 kr = 3,160 kr) plus the 450 kr "
        "fee. Total 3,610 kr. If this isn't sorted by 25/03 I'm reporting you to ARN and "
        "writing a very honest Google review. Your office is a f***ing joke.\n"
        "\n"
        "Elin Sandström\n"
        "elin.sandstrom@outlook.se"
    ),
    (
        "Dzień dobry / Hello,\n"
        "\n"
        "Receipt no. PRL-2024-1187, dropped off at your Mokotów shop on 3 April 2024. One "
        "wedding dress, ivory silk, for cleaning and storage. I paid 420 zł up front. The "
        "lady at the counter, Pani Grażyna, promised it ready on 10/04/2024.\n"
        "\n"
        "I collected it on April 12th. There is a YELLOW stain across the whole train and a "
        'burn mark near the zip!!! When I showed her she said "it was there before". It was '
        "NOT there before. I have the wedding photos. Do you think I am stupid??\n"
        "\n"
        "Every single time I call 22 555 48 17 she hangs up on me. You NEVER take "
        "responsibility. Very professional, bravo, really.\n"
        "\n"
        "The dress cost 6,800 zł. I want full compensation or I go to the consumer ombudsman "
        "and to small claims court. I am also posting the photos on Google Maps, Facebook "
        "and the Warsaw brides group (40k members), tagging @PralniaRoyal on Instagram. You "
        "are amateurs and liars, and this is sh*t service.\n"
        "\n"
        "Magdalena Wójcik\n"
        "+48 601 555 230\n"
        "m.wojcik@wp.pl"
    ),
    (
        "Dear Ms Harrington,\n"
        "\n"
        "Matter ref: HLC/CONV/20944, purchase of 27 Beech Grove, Leeds LS6 2QT.\n"
        "\n"
        "We instructed your firm on 9 January. Fee agreed: £1,450 + VAT. We were told "
        "exchange by early March. It is now 2024-04-18 and we have still NOT exchanged!!! "
        'The searches came back on March 3rd. Since then your assistant Tom has "chased the '
        'other side" so often he must be exhausted, poor lamb.\n'
        "\n"
        "Every single time I ring 0113 496 0881 I'm told you're \"in a meeting\". You are "
        "NEVER not in a meeting. Emails to jharrington@harringtonlaw.co.uk go unanswered for "
        "a week at a time. Our mortgage offer expires on 30/04/2024 and if it lapses we lose "
        "the £999 arrangement fee and our rate.\n"
        "\n"
        "Frankly I've seen more urgency from a sloth. You are costing us thousands while "
        'billing us for "correspondence". What correspondence??\n'
        "\n"
        "If we don't have a firm exchange date by Monday, I will be lodging a formal "
        "complaint with the Legal Ombudsman and leaving a detailed review on Google. "
        "Absolute sh*te service.\n"
        "\n"
        "Gareth & Nadia Price\n"
        "07700 900 412"
    ),
    (
        "Hallo,\n"
        "\n"
        "Order number ZH-DE-118274, placed on 14.02.2024 at https://zoohimmel.de: 2x 12kg "
        "grain-free dog food and one cat tree, total €187.40 paid by PayPal.\n"
        "\n"
        "The dog food arrived on 2024-02-26. BOTH bags were torn open and full of moths!!! "
        'The cat tree never came at all, even though tracking says "delivered to Packstation '
        '142". I was at the Packstation. It was EMPTY.\n'
        "\n"
        "I wrote to service@zoohimmel.de on 27 February and again on 4 March. Your employee "
        'Lukas replied once: "Please send photos." I sent 11 photos. Then nothing. Every '
        "single time I call +49 30 5555 8812 the line is busy. You NEVER reply to anything. "
        "Useless, absolutely useless people.\n"
        "\n"
        "Thanks a lot for the bonus moths though, my kitchen really needed livestock.\n"
        "\n"
        "I want the €187.40 back within 7 days. Otherwise PayPal buyer protection, the "
        "Verbraucherzentrale, and a 1-star Trustpilot review with every photo, plus a Reddit "
        "post tagging @zoohimmel. Don't f*ck with me.\n"
        "\n"
        "Katrin Vogel"
    ),
    (
        "Y'all,\n"
        "\n"
        "I have been trying to cancel my FitForge subscription since March 3rd. Account "
        "email tammy.boudreaux@att.net, member ID FF-US-662018. You charged my card $29.99 "
        'on 3/15/2024 and AGAIN $29.99 on 4/15/2024, and then a $79 "annual upgrade" I never '
        "clicked on!!! That's $138.98 y'all have taken for an app that crashes every single "
        "time I open the workout log.\n"
        "\n"
        'I\'ve written support@fitforge.app four times. Your "coach" Brittany sent me a '
        "motivational quote. A MOTIVATIONAL QUOTE. Bless her heart, that's real helpful, I "
        "feel so inspired about my bank balance now.\n"
        "\n"
        "Called (504) 555-0193 at 8:30am on 2024-04-16, on hold 52 minutes, then a recording "
        'said "office closed". You NEVER pick up. Bunch of crooks, is what y\'all are.\n'
        "\n"
        "I want all $138.98 back by the end of the month. If not I'm disputing every charge "
        "with my bank, filing with the Attorney General, and telling all 2,000 folks in my "
        "Facebook fitness group exactly what kind of d*mn outfit you're running. "
        "@FitForgeApp, consider yourself warned.\n"
        "\n"
        "Tammy Boudreaux"
    ),
    (
        "To ParkFly Copenhagen,\n"
        "\n"
        "Booking code PFC-24-30519. Valet parking at Kastrup, 11 nights, 1.320 kr paid on "
        "2024-06-30. Dropped the car at 05:40 on 1 July, collected on July 12th at 22:15.\n"
        "\n"
        'Your driver, name tag "Mads", brought the car round with the fuel light ON. I left '
        "it with half a tank. The trip computer shows 212 km added. Two hundred and twelve "
        "km!!! Where did you go, Malmö and back?? There was also a fast-food cup in my cup "
        "holder. I don't eat fast food.\n"
        "\n"
        'Every single time I email kundeservice@parkfly.dk I get "we take all complaints '
        'seriously". Clearly you NEVER take anything seriously. Your phone line +45 32 55 50 '
        "90 closes at 16:00, very convenient for people who work.\n"
        "\n"
        "I want the 1.320 kr refunded plus 650 kr for fuel and cleaning. Total 1.970 kr. If "
        "I don't hear by 20/07/2024 I'm filing a complaint with the consumer board, posting "
        "everything on Trustpilot and sharing the dashcam clip on Facebook. Thieving "
        "b*stards.\n"
        "\n"
        "Jesper Holm\n"
        "+45 20 55 41 77"
    ),
    (
        "Right, Stuart,\n"
        "\n"
        "Job number GWD-5512, Clearview Glazing, Glasgow. Six uPVC windows and a composite "
        "front door for 14 Hillhead Terrace. Total £8,640. Deposit £2,592 paid 14/03/2024, "
        'balance £6,048 paid on 2 May when your lads said "all done, pal".\n'
        "\n"
        "All done?? The front door doesn't lock unless you kick it. The bay window in the "
        "living room has a gap you could post a letter through. And there's expanding foam "
        "all over my mum's rose bed!!! Absolute cowboys, the lot of you.\n"
        "\n"
        "I've phoned 0141 496 0225 every day since May 6th. Every single time it's \"Stuart's "
        "on a job, he'll phone ye back\". Stuart NEVER phones back. Stuart must be the "
        "busiest man in Scotland. Emailed stuart@clearviewglazing.scot twice, nothing.\n"
        "\n"
        "Wee bit of advice: when a customer's paid nearly nine grand, maybe answer the "
        "f***ing phone.\n"
        "\n"
        "You've got till 2024-05-31 to come back and fix it properly. After that it's "
        "Trading Standards, small claims and a Google review with every photo, plus a post "
        "tagging @ClearviewGlazingGla on Facebook.\n"
        "\n"
        "Moira MacLeod\n"
        "07700 900 873"
    ),
]
