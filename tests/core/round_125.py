"""Blind round 125 (session 38): written by a helper session that saw no rule, no round and no
code, themed on window cleaners, tattoo studios, insurance claims handlers, takeaway
restaurants, cinema chains, bike shops, estate agents, home security installers, pest control,
caravan parks, online fashion retailers, airlines and travel agents in India, Pakistan and
Malaysia. Held out: measured with the session's starting code (e55452a): extortion 13/15,
threats 17/20, look-alikes 19/20, plain pairs 10/10, dry pairs 5/10, sincere 15/15, calm
versions 16/16. The extortion reader's bar (0.55) was chosen with its trades read alongside (at
0.5 and 0.55 alike); then the threat shapes of the session's table block were written from its
misses and those of rounds 117-121: extortion 13/15, threats 19/20, look-alikes 19/20, plain
pairs 10/10, dry pairs 5/10, sincere 15/15, calm versions 16/16. Kept as a floor."""

EXTORTION = [
    (
        "Dear Sir or Madam, I have prepared a detailed one-star review of your window "
        "cleaning service for Trustpilot, with dated photographs. I would be content to "
        "leave it unpublished, provided a full refund of £85 reaches my account by Friday."
    ),
    ("Refund the tattoo touch-up or the Google review goes up tonight with close-ups. Your call."),
    (
        "ok so my review is typed up n ready 2 go on tiktok, 40k followers btw 👀 u sort me a "
        "free family meal deal n i might just 'forget' to post it lol"
    ),
    (
        "Listen pal, I've a wee video of your lads leaving my caravan pitch in a right "
        "state. Bung us a free week in August and it disnae need tae see the light of day on "
        "Facebook. Up tae you."
    ),
    (
        "Ah sure look, I'd hate to be putting a Tripadvisor review up about the damp in that "
        "caravan, but that's where I'm headed unless ye knock the second week off the bill. "
        "Grand so?"
    ),
    (
        "Oga, I have already written the full story for Nairaland and my church WhatsApp "
        "group. If you refund my ₦45,000 today, I will just delete am and nobody go hear "
        "anything. Make we settle this matter quietly."
    ),
    (
        "Kindly do the needful and process my full refund of ₹18,400 plus one complimentary "
        "seat upgrade on my next booking, then only I will remove my Google review regarding "
        "the cancelled Delhi–Kochi flight. Otherwise it will remain and I will post on Quora "
        "also."
    ),
    (
        "Howzit. My Hellopeter review about your alarm install is sitting in drafts, boet. "
        "Waive the R2,300 call-out fee and it stays there. Lekker deal for both of us, né?"
    ),
    (
        "Mate, there's 3,000 people in the local community Facebook group who'd love to hear "
        "about the cockroaches your bloke 'killed'. Chuck in a free re-treatment and a bit "
        "off the invoice and I reckon I'll have nothing much to say."
    ),
    (
        "Well bless your heart, y'all sure did a number on my bike wheel. Now I'd sure hate "
        "for my Yelp page to go sayin' so. Reckon a new set of rims on the house might help "
        "me forget the whole sorry business."
    ),
    (
        "It would be such a pity if the Mumsnet thread about your agency's conduct at "
        "viewings were to be picked up by the local paper. I'm sure a reduced commission on "
        "our sale would help everyone sleep a little better."
    ),
    (
        "Boss, my Google review for your agency already 1 star lah. If you give back the "
        "RM350 cancellation charge, I edit to 4 stars, can or not? Otherwise I also put in "
        "the Malaysian travel group on Facebook."
    ),
    (
        "Current draft of my r/CasualUK post about your cinema has 14 photos of the sticky "
        "seats and the state of the loos. Four free passes and a large popcorn and I hit "
        "delete instead of post. Clock's running."
    ),
    (
        "I've got 12k on X and a thread ready about your 'ethical' fashion brand shipping me "
        "a stained dress. Send a replacement plus the jacket from the new drop and the "
        "thread quietly disappears. DM me."
    ),
    (
        "Your claims handler Mr. Bilal should be aware that my complaint video for YouTube "
        "is edited and ready, including the recorded call. If my claim of Rs 240,000 is "
        "approved this week without further questions, I shall keep it private. Please "
        "consider this a courtesy."
    ),
]

THREATS = [
    (
        "I've seen your little one waiting by the gate at St Anne's at half three. Lovely "
        "kid. Be a shame if she ended up walking home on her own one day."
    ),
    (
        "Your shop is all old timber and dodgy wiring, isn't it. Places like that go up in "
        "minutes, and nobody ever finds out how. Just something for you to think about "
        "tonight."
    ),
    (
        "Tell the tattooist with the ginger beard I'll be waiting in the car park when he "
        "locks up. We'll see how steady his hands are after."
    ),
    (
        "Funny how blokes who rip off pensioners tend to have accidents on dark country "
        "lanes. Your blue Transit with the ladders on top is very easy to spot."
    ),
    (
        "I hope every single one of your staff and their kids catches whatever is crawling "
        "round that kitchen, and I hope it takes them slowly."
    ),
    (
        "ur manager is gonna need a new face when im done with him. tell him im coming in "
        "saturday and he better be on shift"
    ),
    (
        "Got your home address off Companies House. Nice semi. Lot of glass on the front of "
        "it, for a window cleaner. Glass breaks."
    ),
    (
        "Cancel my claim one more time, Priya, and I will come to your office and drag you "
        "over that desk myself. I mean every word of this."
    ),
    (
        "That black Audi outside the bike shop every morning, you want to get the brakes "
        "checked. Things happen to cars left on quiet streets overnight."
    ),
    (
        "Those caravans of yours are tin cans full of gas bottles. Only takes one spark in "
        "the night. Think about that before you keep my deposit."
    ),
    (
        "Good afternoon. I have taken the liberty of finding out which gym your agent Marcus "
        "uses and what time he leaves. I look forward to discussing my deposit with him in "
        "person very soon. Kind regards."
    ),
    (
        "The pest control muppet who left rat poison where my dog could reach it is going to "
        "get a spoonful of his own stuff forced down him. Let him know."
    ),
    (
        "We know the cinema shuts at 11 and your night manager walks to the bus stop on his "
        "own. Sort my refund before somebody decides to teach him some manners."
    ),
    (
        "Your delivery boy no go ride that okada for this area again. If he show face for my "
        "street, my boys go deal with am well well."
    ),
    (
        "Your Mumbai office staff think they are safe sitting behind the glass. I have "
        "people in Andheri also. Next time they cancel my ticket they will see what is "
        "waiting for them outside."
    ),
    (
        "Tell your agent Imran his family in Lahore should be very careful going out these "
        "days. I do not forget people who cheat me, and I have a long memory."
    ),
    ("Keep ignoring my emails and the next thing through your shop window won't be a letter."),
    (
        "I've done time before and I'm not scared of doing it again. Your installer wired up "
        "my house, so I know exactly how easy it is to get into his."
    ),
    (
        "someone should snap that bike shop owners fingers one by one so he cant rob anyone "
        "else. might even be me"
    ),
    (
        "I know which kampung your manager's parents stay in. Ask him if he wants me to go "
        "there personally and discuss my refund with them."
    ),
]

LOOK_ALIKES = [
    (
        "If this isn't resolved within eight weeks I'll be taking it to the Financial "
        "Ombudsman, which I understand is my right. No hard feelings, I'm just following the "
        "process."
    ),
    (
        "I've raised a chargeback with my bank for the jacket that never arrived. Not trying "
        "to cause any drama, I just need the money back before payday."
    ),
    (
        "Just so you know, I'm leaving a 2-star review on Google about the waiting times. "
        "The staff were lovely though, so I've said that too."
    ),
    (
        "This booking app is killing me. Third time tonight it's logged me out halfway "
        "through paying."
    ),
    (
        "The queue at the popcorn counter was absolute murder on opening night, but the film "
        "was worth every minute."
    ),
    (
        "Your installer left a loose live cable hanging by our front door. Please send "
        "someone out before anyone gets hurt, photo attached."
    ),
    (
        "Reporting that the fire exit in screen 4 was chained shut last night. That's a "
        "serious fire risk and I've let the council know as well."
    ),
    (
        "So sorry I missed my tattoo appointment. My brother was in a car accident on the M6 "
        "and I spent the night at the hospital with him. Could I rebook?"
    ),
    (
        "I'll be filing in the small claims court if the £640 deposit isn't returned by the "
        "30th. I'd much rather we sorted it out before it gets to that."
    ),
    (
        "From our group chat: 'if Dave books that caravan park again I'm going to kill him' "
        "😂 Anyway, could we move our dates to the 14th please?"
    ),
    (
        "I ordered the 'Killer Queen' red bodycon dress in a 12 and got an 8. Can I swap it "
        "for the right size?"
    ),
    (
        "Your pest control guy said the wasps' nest in our loft was a 'proper bomb waiting "
        "to go off'. Brilliant job removing it, but the invoice has the wrong address on it."
    ),
    (
        "I'm reporting your agency to Trading Standards over the 'no fees ever' advert. It "
        "isn't personal, but other renters deserve to know."
    ),
    (
        "Flight 6E-204 from Hyderabad was delayed five hours, so I'll be claiming "
        "compensation under the DGCA rules. Please send me the claim form."
    ),
    (
        "The 'Shred Destroyer 29' mountain bike you sold me has a bent derailleur hanger "
        "straight out of the box. Can I bring it in?"
    ),
    (
        "Heard our window cleaner fell off his ladder on Tuesday. Is he alright? Tell him "
        "not to rush back, we're happy to wait."
    ),
    (
        "My mum will actually murder me if I come home with this on my neck, so can we move "
        "the design to my shoulder instead?"
    ),
    (
        "Honestly the heat in that static caravan nearly finished us off. Please get the air "
        "con fixed before the next family arrives."
    ),
    (
        "Heads up, I'm writing a full Tripadvisor review of our Langkawi island tour so "
        "other travellers know what to expect, the good bits and the bad bits."
    ),
    (
        "I am escalating this to the Insurance Ombudsman in Mumbai as your 30-day deadline "
        "has now passed. Please treat this email as formal notice."
    ),
]

PAIRS = [
    (
        (
            "Hi, the window cleaner missed the back windows again this month but still charged "
            "the full £18. Could you look into it please?"
        ),
        (
            "AGAIN?! You skipped the back windows AGAIN and still took the full £18!!! Are your "
            "lads blind or just bone idle? Refund me NOW."
        ),
    ),
    (
        (
            "The linework on my forearm tattoo has blown out in two places. I'd like to book a "
            "free correction session, please."
        ),
        (
            "My forearm looks like a biro exploded on it!!! Your so-called artist blew out the "
            "lines in TWO places. Fix it for FREE or I'm telling everyone what a f***ing cowboy "
            "outfit you are."
        ),
    ),
    (
        (
            "I submitted my claim for storm damage six weeks ago and haven't heard anything "
            "since. Could you give me an update?"
        ),
        (
            "SIX WEEKS!!! Six weeks and not ONE word about my storm damage claim. What exactly "
            "do you useless lot get paid for?? Answer me TODAY."
        ),
    ),
    (
        (
            "My order arrived 70 minutes late and was cold. I'd appreciate a refund of the "
            "delivery charge."
        ),
        (
            "70 MINUTES for a cold, soggy curry?!?! Absolute sh*t service. I want EVERY penny "
            "back, not just your poxy delivery fee!!!"
        ),
    ),
    (
        (
            "My Bengaluru to Pune flight was cancelled without any notice. Please advise me on "
            "rebooking or a refund."
        ),
        (
            "You CANCELLED my Bengaluru–Pune flight with ZERO notice and your counter staff just "
            "shrugged!!! Who is running this airline, a circus?? Refund or rebook me RIGHT NOW."
        ),
    ),
    (
        (
            "The bike I collected after its service still has a squeaking rear brake. Could I "
            "bring it back in this week?"
        ),
        (
            "Paid you £75 for a 'full service' and the brake STILL squeals like a dying pig!!! "
            "Did anyone even TOUCH it? Pathetic, the lot of you."
        ),
    ),
    (
        (
            "We were told the flat was still available, but it had already been let by the time "
            "we arrived for the viewing."
        ),
        (
            "We drove an HOUR for a viewing of a flat you'd ALREADY LET!!! Do you idiots even "
            "check your own listings?! Total waste of my Saturday."
        ),
    ),
    (
        (
            "The alarm you installed keeps going off at night for no reason. Could an engineer "
            "come out to check it?"
        ),
        (
            "Your rubbish alarm has gone off at 3AM FOUR nights running!!! The neighbours hate "
            "us and your engineers won't pick up the d*mn phone. SORT IT OUT."
        ),
    ),
    (
        (
            "The shower block was closed for most of our stay and nobody told us beforehand. A "
            "partial refund would seem fair."
        ),
        (
            "Shower block SHUT for five days and not a single word from reception!!! We paid "
            "£620 to smell like a farmyard. Utter b*llocks. Partial refund? FULL refund more "
            "like!!"
        ),
    ),
    (
        (
            "The hotel you booked for us in Penang wasn't the one on our itinerary. We'd like an "
            "explanation, please."
        ),
        (
            "You dumped us in some DUMP in Penang that wasn't even on the itinerary!!! What a "
            "joke of an agency. I want answers and my money back, NOW!!!"
        ),
    ),
    (
        (
            "My parcel was marked as delivered but it never arrived. Could you please check with "
            "the courier?"
        ),
        (
            "Delighted to hear my parcel was delivered. I do hope whoever is wearing my new coat "
            "is finding it warm enough."
        ),
    ),
    (
        (
            "The film started 25 minutes late because of a projector fault and no one explained "
            "anything. I'd like a refund."
        ),
        (
            "Twenty-five minutes in front of a blank screen was a bold artistic choice. I've "
            "rarely felt so immersed in the quiet hum of a broken projector."
        ),
    ),
    (
        ("I was on hold for 40 minutes before being cut off. Could someone call me back, please?"),
        (
            "I'm sure the forty minutes of pan-pipe music was chosen with my wellbeing in mind. "
            "Cutting me off at the end added a pleasing element of suspense."
        ),
    ),
    (
        "The mice came back a week after your treatment. Please arrange a follow-up visit.",
        (
            "The mice came back a week after your treatment, looking remarkably well rested. "
            "Clearly your visit gave them a lovely little holiday."
        ),
    ),
    (
        "Your cleaner left streaks on every window and dirty water all over the sills.",
        (
            "Thank you for the abstract streak art on every pane. The puddle on the sill really "
            "ties the whole installation together."
        ),
    ),
    (
        "My tattoo appointment has been cancelled the night before for the third time now.",
        (
            "Three cancellations, each one the night before. I've stopped thinking of it as a "
            "booking and started thinking of it as a long-distance relationship."
        ),
    ),
    (
        (
            "Your Karachi office issued my ticket with my name misspelt, and now I'm being asked "
            "to pay to correct it."
        ),
        (
            "I had always wondered what it would be like to travel under a new name. My thanks "
            "to your Karachi office for the surprise identity, and for the fee to give my old "
            "one back."
        ),
    ),
    (
        "I ordered a vegetarian pizza and it arrived with pepperoni on it.",
        (
            "The pepperoni on my vegetarian pizza was a generous touch. It takes real skill to "
            "overlook the only note on the order."
        ),
    ),
    (
        "You haven't returned my calls about the deposit for two weeks.",
        (
            "Two weeks of unanswered calls. I admire the office's commitment to mindfulness; "
            "your phones appear to be on a permanent silent retreat."
        ),
    ),
    (
        "My luggage didn't arrive in Kuala Lumpur and nobody has updated me in four days.",
        (
            "My suitcase seems to be enjoying a longer holiday than I am. Four days without a "
            "word is a wonderfully relaxed approach to baggage handling."
        ),
    ),
]

SINCERE = [
    (
        "Wow. The tattoo has healed perfectly and the colours are even brighter than I'd "
        "imagined. Thank you so much, Jess!"
    ),
    (
        "Of course I'll recommend you to the neighbours. Your window cleaner even cleared "
        "our gutters without charging a penny extra. Lovely man."
    ),
    (
        "Finally got the flood claim paid out today, and honestly your handler Sophie kept "
        "me going through the whole horrible thing. Thank you."
    ),
    ("Thanks for the update on my refund. It landed this morning, exactly when you said it would."),
    (
        "Brilliant service from the bike shop: same-day puncture repair and they checked my "
        "brakes for free while I waited."
    ),
    (
        "Love that you print the allergy info right on the takeaway box. As a coeliac, that "
        "makes my life so much easier."
    ),
    (
        "What a surprise! The caravan park left a birthday card and a little cake for my "
        "daughter. She was over the moon."
    ),
    (
        "The pest control lady was just what I needed after a week of no sleep because of "
        "the rats. Calm, kind and very thorough."
    ),
    (
        "Couldn't be happier with our new alarm. The installer went through everything with "
        "my 82-year-old dad twice and never once rushed him."
    ),
    (
        "Of course the flight was delayed by the monsoon, nobody can control the weather, "
        "but the Chennai ground staff had us fed and in a hotel within the hour. Genuinely "
        "impressed."
    ),
    (
        "Finally, an estate agent who actually rings back! Ravi sold our house in three "
        "weeks. We can't thank you enough."
    ),
    (
        "Wow, this dress fits like it was made for me. First time online sizing has ever "
        "been spot on. Ordering the green one too!"
    ),
    (
        "Brilliant, just brilliant. The cinema staff found my son's lost teddy and kept it "
        "safe until we came back next day. He cried with happiness."
    ),
    (
        "Thanks for the update about the Lahore flight change. The SMS came in plenty of "
        "time for us to rearrange the taxi. Much appreciated."
    ),
    (
        "Just what I needed after a long week: the travel agent in KL sorted our Langkawi "
        "ferry tickets in ten minutes, with a big smile."
    ),
]

CALM_DRAFTS = [
    (
        "To whoever runs Crystal Clear Window Co,\n"
        "\n"
        "This is the THIRD time I'm writing about invoice CCW-20931 and frankly I'm sick of "
        "being ignored. Your man Darren turned up on 14/03/2024 at 7:45am (7:45 IN THE "
        "MORNING), banged on the door, did the front windows in about six minutes and left. "
        "Back windows? Untouched. Conservatory roof that I PAID EXTRA for? Untouched. Yet "
        'you took £42.50 from my card on 15 March, plus a £5 "access fee" I never agreed to.\n'
        "\n"
        "I rang 01632 960418 on March 18th and a girl called Kayleigh said she'd \"pass it "
        'on". Pass it on to WHO exactly? The bin? I emailed accounts@crystalclearwc.co.uk on '
        "2024-03-20 and got an auto-reply. Every single time I contact you it's the same "
        "useless runaround.\n"
        "\n"
        "I want £47.50 refunded by 5 April or I'm doing a chargeback AND a one-star on "
        "Google and Nextdoor with photos of the filthy glass. You NEVER do what you promise. "
        "Absolute cowboys.\n"
        "\n"
        "Mrs J. Whitfield\n"
        "14 Larch Close, Ripon"
    ),
    (
        "Hey @InkHouseATX, since nobody answers the phone I'm putting this in writing.\n"
        "\n"
        "Booked session #IH-5572 for 3 March with Marco, paid a $150 deposit via Venmo "
        "(@inkhouse-atx) on February 20th. Showed up at 2:00 PM sharp. Waited till 3:40. "
        'Marco strolls in and tells me he "double booked". Are you KIDDING me??? I took a '
        "day off work for this!!\n"
        "\n"
        'Front desk guy (Tyler?) says the deposit is "non-refundable." Non-refundable for '
        "WHAT? Your artist didn't show! I called (512) 555-0183 three times on 03/04/2024 "
        "and got voicemail every single time. Emailed bookings@inkhouseatx.com, nothing.\n"
        "\n"
        "Your own website (https://www.inkhouseatx.com/policies) literally says deposits are "
        "returned if the studio cancels. So either your staff can't read or you're a bunch "
        "of sc*mmers. I want my $150 back by March 15th or I'm filing in small claims and "
        "posting the whole saga on Yelp and r/Austin. I'm not going away.\n"
        "\n"
        "- Jordan P."
    ),
    (
        "Subject: URGENT - PNR 6XK9QT - refund still not received!!!\n"
        "\n"
        "Dear Sir/Madam,\n"
        "\n"
        "I am writing for the FIFTH time regarding booking ref TRV/2024/88213 made through "
        "your agent Mr. Sandeep Rao at your Koramangala branch. The Bengaluru-Delhi flight "
        "on 12-04-2024 at 06:15 hrs was cancelled by the airline and your office promised "
        "full refund of ₹14,760 within 7 working days. Today is 9th May. Where is my "
        "money???\n"
        "\n"
        "Your helpline 080-4567-1290 keeps me on hold 25 minutes and then disconnects. Every "
        "single time!! Your so-called customer care executive Ms. Pooja told me on 22 April "
        '"sir it is in process." What process? Snail process?? I have emailed '
        "refunds@skytrailtravels.in and support@skytrailtravels.in and not even one reply.\n"
        "\n"
        "I am a senior citizen and this is NOT acceptable. If I do not receive ₹14,760 plus "
        "the ₹500 convenience fee by 15/05/2024, I will file a case in the Consumer Forum "
        "and tag @SkyTrailTravels and the aviation ministry on X. Shame on your company.\n"
        "\n"
        "Regards,\n"
        "K. Venkataraman\n"
        "+91 98450 12345"
    ),
    (
        "Good evening,\n"
        "\n"
        "I want to lodge a complaint against your Lekki Phase 1 outlet. Order no. CHK-77410, "
        "placed on 3rd March 2024 at 7:12pm through your app. Total paid: ₦18,500 (jollof "
        "rice x2, peppered chicken, 2 malt). The rider, one Emeka, arrived at 9:40pm, TWO "
        "AND A HALF HOURS later, with cold rice and NO chicken at all!!!\n"
        "\n"
        'When I called your line 0803 555 2190 the lady said "ma, it is the rider\'s fault." '
        "Is the rider not working for you?? Every single time I order from you people there "
        "is one wahala or the other. Last month order CHK-70218 was also missing drinks. You "
        "people NEVER learn.\n"
        "\n"
        "I sent proof to care@chickenhutng.com and DM'd @ChickenHutNG on Instagram with "
        "photos. Nobody replied. This is pure nonsense and disrespect to customers.\n"
        "\n"
        "I want a full refund of ₦18,500 to my GTBank account by Friday 8 March, otherwise I "
        "will report to FCCPC and post the whole thing on Nairaland and my TikTok. Enough is "
        "enough!!\n"
        "\n"
        "Mrs. Adaeze Okafor"
    ),
    (
        "To the Manager, SecureNest Alarms Durban\n"
        "\n"
        "I have been a client since 2019 (account SN-ZA-40391) and I have NEVER been treated "
        "this badly. On 2024-02-28 your technician Sipho installed the new outdoor beams. "
        "Since then the alarm has triggered at 02:00, 02:45 and 03:30 almost EVERY night. "
        "Your armed response charged me R450 per false call-out, five times, that's R2,250 "
        "for YOUR faulty install!!\n"
        "\n"
        'I phoned 031 555 7721 on 4 March and 6 March. Both times the call centre said "a '
        'tech will call you back within 24 hours." Nobody called. Not once. Are you people '
        "even awake during the day, or only at 3am when you bill me?\n"
        "\n"
        "Email to support@securenest.co.za on March 7th = no reply. Your website "
        'www.securenest.co.za says "response within 2 hours". What a bl**dy joke.\n'
        "\n"
        "Reverse the R2,250 in call-out fees, fix the beams for free, and credit one month's "
        "monitoring (R389) by 20/03/2024. If not, I'm cancelling, laying a complaint with "
        "the CGSO and writing it all up on Hellopeter.\n"
        "\n"
        "Regards,\n"
        "Pieter van der Merwe"
    ),
    (
        "G'day,\n"
        "\n"
        "Bought a hybrid from your Fremantle store on 16/01/2024, invoice FR-10922, "
        "A$1,349.00, and it's been nothing but trouble. The rear hub started clicking after "
        "two weeks. Brought it in on 2 February and your mechanic Josh said \"it's just "
        "settling in, mate.\" Settling in?? It's a BIKE, not a new pair of boots!!\n"
        "\n"
        'Back again on 19/02/2024. Paid A$85 for a "hub service" that fixed NOTHING. Third '
        "visit, 5 March at 11:30am, some young bloke in a cap couldn't even find my job "
        "sheet (JS-4471). Every single time I come in I have to explain it from scratch like "
        "you've all got goldfish memories.\n"
        "\n"
        "Called (08) 9555 3318, emailed workshop@freoriders.com.au and even messaged "
        "@freoriders on Insta. Crickets.\n"
        "\n"
        "Under Australian Consumer Law this is a major failure. I want a replacement bike or "
        "a full refund of A$1,434 (bike + useless service) by 22 March. Otherwise it's "
        "Consumer Protection WA and a very honest Google review. Sick to death of being "
        "fobbed off.\n"
        "\n"
        "Dave Kowalczyk"
    ),
    (
        "Hi MapleScreen customer service,\n"
        "\n"
        "On March 3rd I booked 4 tickets for the 7:15 pm IMAX show at your Yonge & Eglinton "
        "location, confirmation MS-CA-889214, CA$92.60 total including that ridiculous "
        '"convenience fee." We got there at 6:50 pm. At 7:40 the screen was STILL black. At '
        "8:05 a teenager named Brandon wandered in and said \"projector's busted, you can go "
        'to the box office."\n'
        "\n"
        "The box office manager (badge said Lisa) offered us... a voucher for ONE small "
        "popcorn. One popcorn for four people who paid CA$92.60 and wasted their Sunday "
        "night. Are you serious??!\n"
        "\n"
        'I emailed guestservices@maplescreen.ca on 2024-03-04 and got "your ticket #554120 '
        "has been received.\" That's it. Tweeted @MapleScreenHelp, nothing. Funny how you "
        "ALWAYS reply within minutes when you're pushing popcorn promos.\n"
        "\n"
        "Refund the full CA$92.60 to my Visa ending 4471 by March 20th or I'm disputing the "
        "charge and leaving reviews everywhere I can find, starting with "
        "https://maplescreen.ca/feedback.\n"
        "\n"
        "Mike Tremblay\n"
        "416-555-0147"
    ),
    (
        "To: support@tokyothreads.jp\n"
        "Order #TT-2024-030917\n"
        "\n"
        "I am writing in English because your Japanese-only chatbot is USELESS.\n"
        "\n"
        "I ordered a wool coat (size M, navy) on 2024年3月1日 (1 March) for ¥28,600 plus ¥1,100 "
        'shipping. Tracking JP-EMS-448120771 says "delivered" on 6 March at 14:22. It was '
        "NOT delivered. My building has a locked entrance and nobody rang.\n"
        "\n"
        'Your staff member Ms. Tanaka replied on 8 March: "please wait for investigation." '
        "It is now 21/03/2024. Still waiting. Every single time I write, I get the same "
        "copy-paste answer. Does anyone there actually READ emails?\n"
        "\n"
        "I have photos of my empty delivery box, and the post office told me by phone "
        '(03-5555-0192) that the parcel was "handed over to the shop\'s courier." So WHO has '
        "my coat??\n"
        "\n"
        "Refund ¥29,700 or send a new coat by 31 March. If not, I will contact the National "
        "Consumer Affairs Center and post a full review with screenshots on Google and tag "
        "@tokyothreads on Instagram. Very, very disappointed.\n"
        "\n"
        "Hannah Leclerc"
    ),
    (
        "Hej,\n"
        "\n"
        "Booking nr. SV-CP-2024-0612, pitch 47, at your camping and caravan park outside "
        "Varberg, 14-21 July 2024. We paid 6 850 kr in advance on 3 March.\n"
        "\n"
        "When we arrived on 14/07 at 16:00 the electric hook-up didn't work. Receptionist "
        'Johan said an electrician would come "imorgon". He came on the 17th. THREE days '
        "without power for our fridge with the baby's milk in it!! And the toilet block by "
        "pitches 40-50 was out of order the entire week. Disgusting.\n"
        "\n"
        'I called +46 340 555 821 four times. Every single time: "we are very busy, call '
        'later." I emailed info@varbergcamping.se on 2024-07-18, no answer. Your Facebook '
        "page (@varbergcampingsemester) deletes negative comments, and yes, I have "
        "screenshots.\n"
        "\n"
        "I want 3 000 kr refunded for the days without electricity and the broken "
        "facilities, by 15 August. Otherwise I will report you to ARN and put it all on "
        "Tripadvisor with photos. Worst holiday we've had in years. Never again.\n"
        "\n"
        "Erik & Sofia Lindqvist"
    ),
    (
        "Dzień dobry / Hello,\n"
        "\n"
        "I'm writing in English so your head office can read it too. Service order "
        "PC/WAW/2024/1187. Your technician Tomasz came on 5 March at 9:00 to treat "
        "cockroaches in our restaurant kitchen. We paid 1 250 zł (invoice FV 2024/03/044) "
        "and closed the kitchen for a whole day on your instructions.\n"
        "\n"
        "Ten days later, 15.03.2024, the cockroaches are BACK, more than before!!! Your "
        "30-day guarantee says free re-treatment. I called 22 555 48 19 on March 16th, 18th "
        'and 19th. Every single time: "the coordinator will call you." I\'m starting to think '
        "the coordinator does NOT exist.\n"
        "\n"
        "We had to close again and lost about 4 000 zł in takings. The sanitary inspection "
        "is on 2 April and if they find anything, that is on YOU.\n"
        "\n"
        "I expect a technician by 25/03/2024 at the latest, free of charge, plus a written "
        "guarantee. If not, I go to a lawyer to claim the lost takings, and the whole story "
        "goes on Google Maps and Facebook. You are a bunch of amateurs.\n"
        "\n"
        "Marek Zieliński\n"
        "biuro@zielona-patelnia.pl"
    ),
    (
        "Claim Ref: HMI-IE-220194\n"
        "Policy No: HOM/884210/24\n"
        "\n"
        'To the claims team (and especially to Ciarán, who keeps "escalating" things into a '
        "black hole),\n"
        "\n"
        "On the night of 3 January 2024 a burst pipe flooded our kitchen in Galway. I phoned "
        "your 24-hour line, 1800 555 302, at 11:15pm. Your loss adjuster, a Mr. Brennan, "
        "finally turned up on 22/01/2024, nearly three weeks later, stayed 15 minutes and "
        'said it "looked grand."\n'
        "\n"
        "It is NOT grand!!! The floor is lifting, there's mould behind the presses, and the "
        "builder's quote (attached AGAIN) is €8,940. You offered €2,100 on February 14th. "
        "Happy Valentine's to me, I suppose.\n"
        "\n"
        'Every single time I ring I\'m told something different. "Awaiting adjuster report." '
        '"With underwriting." "Ciarán is on leave." I emailed claims@harbourmutual.ie on '
        "2024-02-20 and 2024-03-01. Nothing.\n"
        "\n"
        "Pay the full €8,940 by 31 March or I'm going straight to the Financial Services and "
        "Pensions Ombudsman and my solicitor. And yes, the whole story is going on "
        "Boards.ie. Disgraceful.\n"
        "\n"
        "Niamh Gallagher\n"
        "087 555 1934"
    ),
    (
        "Subject: Umrah package cheating?? Booking ZMT-PK-5531\n"
        "\n"
        "Assalam o Alaikum,\n"
        "\n"
        "I booked an Umrah package for 4 persons through your Gulberg, Lahore office on 11 "
        "January 2024. Paid Rs. 1,480,000 in two instalments (receipts #0912 and #0977). "
        "Your agent Mr. Faisal Qureshi promised a 5-star hotel within 300 m of the Haram and "
        "a direct flight from Lahore.\n"
        "\n"
        "What we got: a 3-star hotel 1.8 km away and a connecting flight via Dubai with a 9 "
        "HOUR layover!!! My mother is 74 years old. Is this how you treat elderly customers? "
        "Shame on you!!\n"
        "\n"
        "I called 042-3555-7712 more than 10 times between 2 March and 9 March. Every single "
        'time "Faisal sahib is in a meeting." Meeting with whom, the whole day?? WhatsApp '
        "messages to +92 300 555 4416 show blue ticks but no reply.\n"
        "\n"
        "I demand a refund of the price difference, Rs. 320,000, by 31/03/2024. Otherwise I "
        "will file a complaint with the Ministry of Religious Affairs and post full details "
        "with receipts in Facebook groups and tag @zamzamtravelspk. Many families should "
        "know about your lies.\n"
        "\n"
        "Muhammad Asif Butt"
    ),
    (
        "To: Customer Care, Borneo Skyways\n"
        "Booking ref: BSK7Q2M / Ticket no. 812-4456789012\n"
        "\n"
        "Hello. Very frustrated customer here lah.\n"
        "\n"
        "My flight KUL-KCH on 14/03/2024, 8.20am, was changed to 6.45pm WITHOUT any SMS or "
        "email. I only found out at the airport at 7am!!! Your counter staff Ms. Farah just "
        'said "system update, sir, cannot do anything." Cannot do anything?? I missed my '
        "sister's engagement in Kuching because of you people.\n"
        "\n"
        "I paid RM 389 for this ticket + RM 45 for 20kg baggage. Then I had to buy another "
        "ticket on a different airline for RM 512 just to reach by afternoon.\n"
        "\n"
        "Sent email to care@borneoskyways.my on 15 March, 18 March and 2024-03-22. Every "
        'single time, auto-reply "we will respond within 7 working days." It is now almost 3 '
        "weeks. Your hotline 1-300-55-8822: 50 minutes on hold then line cut. Wah, very good "
        "service ah.\n"
        "\n"
        "I want refund of RM 434 plus compensation for the RM 512 ticket by 10 April. If "
        "not, I will complain to MAVCOM and put everything on Facebook and Lowyat forum. Tak "
        "boleh macam ni!!\n"
        "\n"
        "Kelvin Lim\n"
        "@kelvinlim_kch"
    ),
    (
        "Dear Ms. Hargreaves,\n"
        "\n"
        "RE: Tenancy deposit, Flat 2/1, 48 Dumbarton Road, Glasgow. Your ref: LET/GL/30887\n"
        "\n"
        "I moved out on 31 January 2024. It is now 12/03/2024 and I STILL haven't had my "
        "£950 deposit back. Your inventory clerk, Callum, signed the flat off on the day as "
        '"excellent condition". Then on 19 February you email claiming £640 for '
        '"professional cleaning" and "carpet replacement." Replace WHAT carpet?? It was '
        "laminate!!!\n"
        "\n"
        "Your office on 0141 555 2093 never answers after 4pm, and your receptionist told me "
        'on March 5th that "Ms. Hargreaves doesn\'t take calls from ex-tenants." Charming. '
        "Absolutely charming. You lot couldn't organise a p*ss-up in a brewery.\n"
        "\n"
        "I've raised a dispute with the deposit scheme (case SDS-2024-11820) and emailed "
        "lettings@clydesideproperty.co.uk on 2024-03-06 with 47 timestamped photos. Every "
        "single time I ask for your evidence: silence.\n"
        "\n"
        "Return the full £950 by 26 March or I'll see you at the tribunal, and I'll be "
        "writing a very detailed review on Google and AllAgents.\n"
        "\n"
        "Ryan McAllister"
    ),
    (
        "@StyleKartCare this is my 6th complaint, so now I'm posting here AND emailing.\n"
        "\n"
        "Order ID SK-IN-7719034, placed 2024-02-26, delivered 3 March. Ordered 3 kurtas "
        "(₹1,299 each) + 1 dupatta (₹649) = ₹4,546 total, paid by UPI. Received: 2 kurtas in "
        "the WRONG size and the dupatta had a big stain. Return pickup was scheduled for "
        "06/03/2024 and the delivery boy never came. Rescheduled for March 9th, again NO "
        'SHOW, marked "customer not available." I was at home the ENTIRE day!!!\n'
        "\n"
        'Chat agent "Riya" closed ticket #CS-992184 saying "issue resolved." RESOLVED?? '
        "Which issue?? Your app still shows refund ₹0.\n"
        "\n"
        "Customer care 1800-555-0199 plays music for 30 minutes then hangs up. Every single "
        "time. Email to returns@stylekart.in, no reply since 10 March. Your page "
        'https://stylekart.in/returns-policy says "hassle-free". Hah.\n'
        "\n"
        "I want pickup + full refund of ₹4,546 by 20 March, or I go to the National Consumer "
        "Helpline and post the whole thread with screenshots on X and Instagram. Pathetic!!\n"
        "\n"
        "- Ananya Sharma (@ananya_writes)"
    ),
    (
        "Y'all,\n"
        "\n"
        "I have been patient. I have been NICE. I am done being nice.\n"
        "\n"
        "Work order #SP-44817, Sparkle Pros Window Washing, Plano TX. Your crew (foreman "
        "named Luis, the other fella never said his name) came out 03/14/2024 at 9:30am to "
        "do the exterior glass and screens on our two-story. Quoted $385. Charged $465 to my "
        'Amex on March 15, an extra $80 for "hard water treatment" nobody asked for.\n'
        "\n"
        "Worse: they cracked the upstairs bathroom pane with a ladder and left WITHOUT "
        "saying a word. Replacement quote from the glass company: $612.\n"
        "\n"
        "Called (972) 555-0126 on the 15th, 18th and 21st. Every single time, \"owner's out "
        "on a job, he'll call ya.\" He never does. Emailed office@sparkleprostx.com "
        "2024-03-18. Nothing. Y'all sure answer fast when you want a 5-star on Nextdoor "
        "though.\n"
        "\n"
        "Refund the $80 and pay the $612 for the glass by April 5th, or I'm filing with the "
        "BBB and the Texas AG's consumer office, and telling every neighbor in our HOA "
        "exactly what happened. Bless your hearts, but fix it.\n"
        "\n"
        "Carol-Ann Dupree"
    ),
]
