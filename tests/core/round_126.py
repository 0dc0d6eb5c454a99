"""Blind round 126 (session 38): written by a helper session that saw no rule, no round and no
code, themed on water and energy utilities, music festivals, children's party entertainers,
carpet fitters, physiotherapists, council bin collections, pawnbrokers, e-scooter rentals,
escape rooms, camping gear shops, private hospitals in Nigeria and Ghana, bus and ferry services
in the Philippines and Indonesia. Held out: measured with the session's starting code (e55452a):
extortion 13/15, threats 12/20, look-alikes 20/20, plain pairs 10/10, dry pairs 7/10, sincere
15/15, calm versions 15/16; with the session's changes to then (its extortion bar, its first
block of threat forms and trade words, 197ebff): extortion 14/15, threats 12/20, look-alikes
20/20, plain pairs 10/10, dry pairs 7/10, sincere 15/15, calm versions 16/16. The forms of the
session's second block were then written from its misses: extortion 15/15, threats 17/20, the
rest the same. Kept as a floor."""

EXTORTION = [
    (
        "Dear Sir/Madam, I have prepared a detailed one-star review of my father's admission "
        "at your Lekki clinic and it is ready to go on Google. I would be content to leave "
        "it unpublished if the ₦185,000 admission deposit is returned in full by Friday. I "
        "trust we can settle this quietly between ourselves."
    ),
    (
        "Refund the £240 for the carpet or the Trustpilot review with close-ups of those "
        "seams goes live tonight. Your call."
    ),
    (
        "hiya so my vid of ur scooter chucking me in the road has 2k views on tiktok already "
        "lol. gimme 6 months free rides n ill take it down x"
    ),
    (
        "Listen pal, ah've got a wee Tripadvisor review sittin in ma drafts aboot yer escape "
        "room. Bung us a free booking for six an' it never sees the light o' day. Otherwise "
        "it's gaun up, spelling mistakes an' aw."
    ),
    (
        "Ah sure look, I'd hate to be putting up that thread on Mumsnet about the clown ye "
        "sent to our Aoife's party. Full refund and a voucher for her next birthday and "
        "we'll say no more about it, grand?"
    ),
    (
        "Oga manager, I have written down everything that happened to my mother in your "
        "ward, with the names of the nurses. Before I post it on Facebook and Nairaland, "
        "call me. If you return the N450k and add something small for my trouble, I will "
        "delete it. I am not a wicked person."
    ),
    (
        "Kindly note I am having 14,000 followers on X and the complaint regarding your pawn "
        "shop undervaluing my wife's gold bangles is ready to post. If you revise the "
        "valuation to ₹1,20,000 the matter will be closed from my side itself."
    ),
    (
        "Howzit. I've got a whole Hellopeter review typed up about the water meter cock-up, "
        "with pics of the reading. Sort the R3,800 credit on my account and I'll just leave "
        "it there, hey. Otherwise, eish, it goes up and I tag the municipality too."
    ),
    (
        "Mate, reckon the Google review can stay in drafts if you chuck in a replacement "
        "tent for the one that flooded at Falls. Fair trade, yeah?"
    ),
    (
        "Bless your heart, I know y'all set a lot of store by them five stars on Yelp. I've "
        "got a real long write-up about your physical therapist and my shoulder that I'd "
        "just as soon keep to myself, if y'all could see fit to wipe out the last three "
        "session charges."
    ),
    (
        "It would be such a pity if the festival subreddit (38k members, very chatty) heard "
        "exactly how your security handled my girlfriend's bag search. Funny how a couple of "
        "VIP upgrades for next year would put the whole thing clean out of my mind."
    ),
    (
        "Current rating: 1 star. I'll bump it to 5 on Trustpilot the very day the £60 "
        "'missed collection' charge vanishes from my council account AND you throw in a free "
        "garden waste permit for the year. Ball's in your court."
    ),
    (
        "Here's the deal. Free ferry tickets for my family of five on the Batangas to "
        "Calapan route in December and my Facebook post stays down. No tickets, it goes up "
        "in the Pinoy Travellers group this Sunday with the video."
    ),
    (
        "I've got the whole call with your billing team recorded. Transfer £500 compensation "
        "by Monday or it goes on YouTube and every energy-switching forum I post on, with "
        "your agent's full name in the title."
    ),
    (
        "Sir, I have many photo of your bus driver using handphone while driving Jakarta to "
        "Bandung. If you give me refund plus 2 free ticket, I will not upload to Instagram "
        "and Google Maps review. If no answer, I upload tomorrow morning."
    ),
]

THREATS = [
    (
        "That white van of yours sits outside the same house on Elm Road every night. "
        "Petrol's cheap enough. Have a think about that before you cash my deposit."
    ),
    (
        "Your little girl's got the lilac bag with the unicorn on it, hasn't she. Dropped "
        "off at the gates at 8:40 sharp. Refund the party money."
    ),
    (
        "Shame if that lovely big shop window met a brick one night. Things get thrown about "
        "round here after the pubs shut."
    ),
    (
        "Pawnbrokers who rob pensioners the way you lot do tend to get fished out of the "
        "canal eventually. Just an observation."
    ),
    (
        "Give me my money back or the next floor your fitter kneels on will be the last one "
        "he gets up from without a stick."
    ),
    (
        "Next time I see that physio in the car park he's going home in an ambulance. Pass "
        "that on to him, word for word."
    ),
    (
        "Hope your bin lorry driver's paid up his life insurance, because I'll be waiting at "
        "the end of my street on Tuesday with something heavier than a complaint form."
    ),
    (
        "The staff nurse who insulted my father, tell her we have her address in Dansoman. "
        "Tell her to be very careful when she is walking home at night."
    ),
    (
        "I got a good look at your engineer when he cut my mum's water off. I'll know his "
        "face anywhere. He won't know his own after I'm done with it."
    ),
    (
        "Oga, you people do not know who you are playing with. By this time next week that "
        "your hospital gate will not be standing. Ask around about me."
    ),
    (
        "Lovely family photos on your Facebook, Mr Dela Cruz. The little ones look so happy "
        "by the pool. It would be terrible if anything changed that."
    ),
    (
        "That smug kid on your escape room front desk, I'll lock HIM in a room and we'll see "
        "how quick he finds the way out."
    ),
    (
        "ur bus conductor put his hands on my sister. tell him his mother will be buying "
        "black clothes. we are coming to the terminal friday."
    ),
    (
        "Fire takes hold very fast in those old wooden ticket offices by the pier. I'd check "
        "the extinguishers if I were you. Tonight, ideally."
    ),
    (
        "Every clown deserves a proper send-off. I've got your entertainer's reg plate and "
        "I'm going to give him one he'll never forget."
    ),
    (
        "Keep ignoring my emails, Trailhead Outdoors. I've got nothing left to lose and "
        "plenty of nights free to sit in my car outside your manager's house until he gets "
        "the message."
    ),
    (
        "One more bill for £900 and I'm driving to your call centre in Bolton and making "
        "sure the first person through that door doesn't get back up."
    ),
    (
        "The scooter company's enforcement bloke who fined me lives two streets over. Walks "
        "his dog about ten. Very dark lane, that. Anything could happen to a man down there."
    ),
    (
        "I pray God visits on your children what you have visited on mine. And if He is slow "
        "about it, I will help Him."
    ),
    (
        "Dear festival organisers, your head of security will not be enjoying next year's "
        "event, as he will be watching it from a hospital bed. Kind regards."
    ),
]

LOOK_ALIKES = [
    (
        "If this isn't resolved within eight weeks I'll be taking it to the Energy "
        "Ombudsman. Not a threat, it's literally the process in your own letter."
    ),
    (
        "I've started a claim through Money Claim Online for the £420 carpet fitting. You'll "
        "receive the paperwork from the court directly."
    ),
    (
        "Just so you know, I'm leaving an honest 2-star review on Google about the physio. "
        "Nothing personal, the therapist was lovely, it's the booking system that's chaos."
    ),
    (
        "This app is killing me. Third time today it's logged me out mid-ride and charged "
        "the unlock fee again."
    ),
    (
        "The queue for the festival shuttle buses was absolute murder. Two hours in the rain "
        "with a toddler."
    ),
    (
        "Reporting a fire risk: the extension lead behind the bookcase in Room 3 of your "
        "escape room is frayed and held together with tape. Someone could get hurt."
    ),
    (
        "There's a loose electricity cable hanging off the pole outside 22 Marsh Lane, low "
        "enough for kids to grab. Please send someone urgently."
    ),
    (
        "Just letting you know your Cubao to Baguio bus was in an accident near Tarlac this "
        "morning. Driver seems ok but the passengers are stuck on the roadside with no "
        "information."
    ),
    (
        "I'm raising a chargeback with my bank for the festival tickets, since the Saturday "
        "was cancelled and you haven't replied in 30 days."
    ),
    (
        "Reported you to Trading Standards over the 'waterproof' jacket that soaked through "
        "in an hour. They said they'd be in touch with you."
    ),
    (
        "lol Dave you are DEAD when your missus finds out you bought another tent 😂 (sorry, "
        "wrong chat, that was meant for my brother)"
    ),
    (
        "The Annihilator foam blaster in the party bag broke within ten minutes. Could we "
        "get a replacement for my son please?"
    ),
    (
        "Your kids' entertainer absolutely killed it, the children were howling. Shame the "
        "booking company then charged us twice for the same party."
    ),
    (
        "The Blaze 3000 gas canister arrived with a cracked seal. I haven't used it for "
        "safety reasons. How do I return it?"
    ),
    (
        "I'm going to keep chasing this until someone takes responsibility. I'll write to my "
        "MP if that's what it takes."
    ),
    (
        "The bin lorry clipped my wheelie bin and it's split down the side. Not blaming the "
        "crew, it was blowing a gale, but I need a new one."
    ),
    (
        "We nearly died of heat in that ferry cabin, no aircon for six hours to Lombok. "
        "Please fix it before someone actually faints."
    ),
    (
        "I'll post a full review on Tripadvisor when we're home, the good and the bad. The "
        "room itself was fantastic, the welcome less so."
    ),
    (
        "On my solicitor's advice I'm putting this in writing: the pawn ticket records a "
        "different weight for my ring than the one I handed over. I expect an explanation "
        "within 14 days."
    ),
    (
        "The hospital bill in Accra was a punch in the gut, GH₵9,000 for two nights. Could I "
        "please have an itemised breakdown?"
    ),
]

PAIRS = [
    (
        (
            "Hi, our water has been brown since Monday morning. Could you let us know when it "
            "will be fixed and whether it's safe to bath the baby in?"
        ),
        (
            "FIVE DAYS of brown water out of the taps and NOBODY at your company can tell me if "
            "it's safe to bath my baby in!!! Get someone out here TODAY."
        ),
    ),
    (
        (
            "The festival app listed the Friday headliner at 9pm but they came on at 7:30 and we "
            "missed most of the set. Is there any compensation?"
        ),
        (
            "Paid £289 to see the headliner and your USELESS app said 9pm!! We caught the last "
            "two songs. Absolute sh*tshow. I want money back, not a sorry."
        ),
    ),
    (
        (
            "The entertainer arrived 45 minutes late to my son's party but still left at the "
            "agreed time, so the children only had about an hour. I'd like a partial refund."
        ),
        (
            "Your clown rolls up 45 MINUTES LATE and still clears off at 4 on the dot!!! Twenty "
            "crying six-year-olds and one raging mum. Partial refund NOW, I'm not asking twice."
        ),
    ),
    (
        (
            "The hallway carpet has a visible join down the middle and the gripper is lifting by "
            "the front door. Could the fitter come back and look at it?"
        ),
        (
            "Who the h*ll puts a JOIN right down the middle of a hall?! Gripper's sticking up, "
            "I've stubbed my toe on it twice. Send someone competent, not the cowboy from "
            "Tuesday."
        ),
    ),
    (
        (
            "I was charged £65 for a physio session I cancelled 48 hours in advance. Could you "
            "reverse that please?"
        ),
        (
            "I CANCELLED two full days ahead and you STILL took £65!!! Does your reception "
            "actually read emails or just pocket the cash? Refund it."
        ),
    ),
    (
        (
            "Our recycling on Fern Close hasn't been collected for three weeks. Could you check "
            "what's happened?"
        ),
        (
            "THREE WEEKS. Three weeks of recycling stacked up on Fern Close and the foxes are "
            "throwing a rave. What the f*** do we pay council tax for?!! Sort it."
        ),
    ),
    (
        (
            "I came to redeem my watch within the agreed period but was told it had already been "
            "sold. Could you explain how that happened?"
        ),
        (
            "You SOLD my dad's watch BEFORE the redemption date?!?! That was all I had left of "
            "him. You lot are thieves, plain and simple. I want it back or I want answers."
        ),
    ),
    (
        (
            "The scooter cut out halfway through my trip but the app kept charging for another "
            "30 minutes. Please refund the extra time."
        ),
        (
            "Your junk scooter died on a hill and the app kept billing me for 30 MINUTES while I "
            "pushed the d*mn thing home!!! Refund me, you clowns."
        ),
    ),
    (
        (
            "My brother was discharged from your Abuja hospital three days ago but we still "
            "haven't received the medical report we paid ₦25,000 for. When will it be ready?"
        ),
        (
            "Three days!!! THREE DAYS and no medical report after paying ₦25,000. Is this how "
            "you treat people? Your records office is full of lazy people. I need that report "
            "TODAY."
        ),
    ),
    (
        (
            "Our 6am ferry from Cebu to Bohol was cancelled without notice and we weren't "
            "offered a rebooking. What are our options?"
        ),
        (
            "NO NOTICE, NO REBOOKING, NO ANSWERS!!! We waited at Pier 1 from 5am with two kids "
            "for a ferry that NEVER came. Worst outfit in the Visayas, hands down."
        ),
    ),
    (
        (
            "The lock on the final puzzle was broken, so we couldn't finish even though we'd "
            "solved it. We'd like to rebook or have a refund."
        ),
        (
            "We solved the final puzzle in 52 minutes, which was apparently the padlock's cue to "
            "retire. A bold design choice, making the last room unwinnable. Very immersive. "
            "We'll take a refund whenever the real exit turns up."
        ),
    ),
    (
        (
            "The tent I bought last month leaked at the seams on the first night of rain. I'd "
            "like to return it."
        ),
        (
            "Thank you for the tent. It turns out it doubles as a paddling pool after twenty "
            "minutes of light drizzle, which wasn't on the label but is a generous extra. I'd "
            "like to swap it for one that prefers being a tent."
        ),
    ),
    (
        (
            "My bill has been estimated again even though I submitted a meter reading on the "
            "2nd. Could you use the actual reading please?"
        ),
        (
            "Interesting to see my bill estimated again. I did send the real reading on the 2nd, "
            "but I appreciate guessing is more of a creative outlet for your team. Perhaps next "
            "quarter you could consult my horoscope."
        ),
    ),
    (
        (
            "The bus from Yogyakarta to Surabaya left two hours late and the air conditioning "
            "wasn't working. I'd like a partial refund."
        ),
        (
            "Thank you for the two-hour wait in Yogyakarta and the complimentary sauna all the "
            "way to Surabaya. I hadn't realised the ticket included a full detox. I'll accept a "
            "partial refund in lieu of the bonus dehydration."
        ),
    ),
    (
        (
            "I waited four hours in outpatients despite having an 11am appointment. Is there any "
            "way to improve the scheduling?"
        ),
        (
            "My 11am appointment was honoured at 3pm, which I suppose is 11am somewhere. I did "
            "appreciate the chance to memorise every poster in outpatients. Very educational, "
            "the hand-washing one in particular."
        ),
    ),
    (
        (
            "The crew emptied my bin but left it in the middle of the pavement, and a wheelchair "
            "user couldn't get past."
        ),
        (
            "Thoughtful of the crew to leave my empty bin precisely in the centre of the "
            "pavement. The lady from number 9 got a bonus obstacle course in her wheelchair on "
            "the way to the shops. Inclusive, in its own way."
        ),
    ),
    (
        (
            "It's been eight weeks since the festival was cancelled and I still haven't had my "
            "refund. Could you give me a date?"
        ),
        (
            "Week eight of waiting for my refund. I've started thinking of it less as money owed "
            "and more as a long-term investment in your company's wellbeing. Do let me know when "
            "it matures."
        ),
    ),
    (
        (
            "The magician did the same trick three times and didn't bring the balloon animals "
            "that were listed in our package."
        ),
        (
            "The magician's coin trick was so good he did it three times, in case anyone "
            "blinked. The balloon animals from our package also vanished completely, so credit "
            "where it's due on that one."
        ),
    ),
    (
        (
            "My physio keeps changing and every new one asks me to explain my injury from the "
            "beginning."
        ),
        (
            "Five sessions, five physiotherapists. I now tell the story of my knee with real "
            "polish, pauses in all the right places. If the walking doesn't come back, at least "
            "I have a future in spoken word."
        ),
    ),
    (
        (
            "I was on hold for over an hour to report a leak and the call dropped just as I "
            "reached the front of the queue."
        ),
        (
            "Seventy minutes of the same four bars of panpipes, then a gentle click and silence "
            "the moment I reached the front. A tender way to end our time together. The leak, "
            "meanwhile, has made itself very much at home."
        ),
    ),
]

SINCERE = [
    (
        "Wow. Your engineer came out at 10pm on a Sunday to get our supply back on and "
        "didn't charge a call-out fee. Thank you so much, you've made our week."
    ),
    (
        "Of course the bus was late, there was a landslide near Baguio and nobody could help "
        "that. But the conductor kept everyone fed and calm for five hours. Please thank him "
        "for us."
    ),
    (
        "Finally got decent water pressure after the new main went in and it's like living "
        "in a different house. Thank you to Mark and the whole crew."
    ),
    (
        "Thanks for the update on the line-up change, really appreciated you emailing "
        "everyone early so we could rejig our Saturday."
    ),
    (
        "Brilliant job by the carpet fitters today. Tidy, quick, friendly, and they even "
        "helped shift the piano back for us."
    ),
    (
        "Love that you now text the night before if bin day changes. Such a small thing but "
        "it's made a real difference for my dad, who can't keep track anymore."
    ),
    (
        "What a surprise! You held my ring an extra week past the loan date because I was in "
        "hospital. I honestly didn't expect that kindness from a pawnshop. Thank you."
    ),
    (
        "Just what I needed after my knee op. Ama the physio was patient, funny and honest "
        "with me, and I'm walking without the stick now."
    ),
    (
        "Couldn't be happier with the party. Captain Bubbles had twenty-five five-year-olds "
        "eating out of his hand and my daughter still talks about him every day."
    ),
    (
        "Well, that was a lovely surprise. The nurses at the Ikeja clinic remembered my "
        "mum's name from her last visit and asked after her grandchildren. God bless you all."
    ),
    (
        "Of course I'll recommend you to everyone. Your escape room staff stayed late and "
        "wrote out all the clues so my dad, who's deaf, could finish with us. Above and "
        "beyond."
    ),
    (
        "Finally!! Three years of searching and your shop had the exact replacement pole for "
        "my 1998 Vango tent. You are legends, thank you."
    ),
    (
        "Wow, the crew on the Padang Bai to Lombok crossing carried my grandmother's "
        "wheelchair up the ramp by hand, in the rain. Thank you, truly."
    ),
    (
        "Thanks for the refund, it landed in two days with no fuss at all. Brilliant "
        "service, I'll definitely be renting your scooters again."
    ),
    (
        "I was braced for a fight over the electricity bill, to be honest, but Priya sorted "
        "the whole thing in one call and explained every line. Couldn't be happier."
    ),
]

CALM_DRAFTS = [
    (
        "To whoever is unlucky enough to open this at Severnside Water,\n"
        "\n"
        "Account number SW-448120937. On 14/03/2024 at about 07:15 my kitchen tap started "
        "spitting brown sludge. I rang 0345 600 2211 THREE times that day and every single "
        'time your agent (Gareth, then Denise, then Gareth AGAIN!!) told me a crew was "on '
        'its way". Nobody came until 19 March.\n'
        "\n"
        "Meanwhile I spent £86.40 on bottled water, receipts attached. Your own page, "
        "www.severnsidewater.co.uk/compensation, says the Guaranteed Standards Scheme pays "
        "£50 after 48 hours. So where is it?!\n"
        "\n"
        "You NEVER call back. You NEVER read the notes. Do I have to tweet @SevernsideWater "
        "a photo of my bath looking like a mug of builder's tea before anyone does their "
        "d*mn job?\n"
        "\n"
        "I want the £50 GSS payment, the £86.40 refunded and a written apology to "
        "mrs.h.oakley@btinternet.com by 2024-04-05, or this goes to CCWater and onto every "
        "local Facebook group I'm in.\n"
        "\n"
        "Helen Oakley"
    ),
    (
        "Subject: ORDER #FST-2024-77815 - WHERE IS MY REFUND???\n"
        "\n"
        "Hi Desert Bloom Fest team (or whoever actually reads these),\n"
        "\n"
        "I bought 2 x GA weekend passes + 1 car camping pass on Jan 9th, total $742.18 (card "
        'ending 4471). Sunday was cancelled at 2:40pm on May 19 because of "wind". Fine. '
        "Your email from refunds@desertbloomfest.com on May 21 promised a prorated refund of "
        "$214 within 10 business days.\n"
        "\n"
        "It is now June 28. I have emailed SIX times. Kayla in your support chat told me "
        '"it\'s processing" on 6/11 and then closed the chat on me. Classy!!\n'
        "\n"
        'Not to mention the $38 "premium" shuttle that never showed, so we walked 2 miles '
        "back to the lot in the pitch dark.\n"
        "\n"
        "I'm done being polite. If I don't see $252 back on my card by July 5th I'm filing a "
        "chargeback, reporting you to the Nevada AG and posting this whole thread on "
        "r/festivals tagging @desertbloomfest. You people are a f***ing joke.\n"
        "\n"
        "Call me at (702) 555-0148 if you actually want to fix this.\n"
        "- Marcus T."
    ),
    (
        "Hi Magic Mickey Parties,\n"
        "\n"
        "Booking ref MMP/0923/IE. I booked you for the twins' 5th birthday on Saturday 3 "
        "August, 2pm to 4pm at the community hall in Naas. Paid a €180 deposit on 12 June by "
        'bank transfer and the €120 balance in cash on the day to "Mickey" himself (Declan, '
        "I gather).\n"
        "\n"
        "He rolled in at 2.50pm smelling of smoke. Did the SAME balloon dog for 40 minutes, "
        "told a joke about divorce in front of twenty kids, then left at 3.55 saying he had "
        '"another gig in Newbridge". My sister has the lot on video.\n'
        "\n"
        "Nobody answered 087 555 3390 that evening and your Facebook page deleted my comment "
        "by Monday. Real professional, lads!!!\n"
        "\n"
        "I want €150 back to the IBAN ending 4418 within 14 days. If not, I'm going to the "
        "CCPC, the video goes on TikTok (@aoife.m.mum, 9k followers, go on, check) and "
        "there'll be a review on every page you advertise on.\n"
        "\n"
        "Aoife Murphy\n"
        "aoifemurphy88@gmail.com"
    ),
    (
        "G'day Flooring Kings Parramatta,\n"
        "\n"
        "Invoice FK-20931, job done 2024-02-07. Quote was A$3,480 for 42 m2 of twist pile in "
        "the lounge and three bedrooms. Paid A$1,740 up front and the other A$1,740 on the "
        "day to your fitter, Shane.\n"
        "\n"
        "Within a WEEK bedroom 2 had rippled like the surf at Bondi. The ensuite door won't "
        "shut because nobody trimmed it. There's a bloody great gap at the lounge skirting "
        "you could lose a coin in. Photos: https://imgur.com/a/fk20931photos\n"
        "\n"
        'I rang 02 9555 0172 on 12 Feb, 19 Feb and 1 March. EVERY single time, "Shane will '
        'call you back". Shane has not called me back. Shane is a ghost.\n'
        "\n"
        "You've got until 15/03/2024 to send someone who knows what a knee kicker is, at no "
        "charge. Otherwise it's NSW Fair Trading, NCAT and a very detailed Google review. "
        "And don't tell me that's a threat, mate, it's a promise.\n"
        "\n"
        "Cheers (not really),\n"
        "Bev Nguyen\n"
        "0412 555 908"
    ),
    (
        "Re: Patient file #PT-55302, Lakeshore Physio & Sport, Toronto\n"
        "\n"
        "To the clinic manager (Dr. Rebecca Liu?),\n"
        "\n"
        "I've been a patient since October 3rd, 2023 for a rotator cuff injury. You billed "
        "my insurer, Sun Life, for 11 sessions at CA$120 each, but I attended 8. I have my "
        "calendar AND the reminder texts from 416-555-0193 to prove it. That's CA$360 for "
        "sessions I never had!!\n"
        "\n"
        "When I raised it at reception on Jan 16 around 5:30pm, your front desk guy (Tyler) "
        'rolled his eyes and said "the system doesn\'t lie". Well, the system is wrong, '
        "genius.\n"
        "\n"
        "I was also hit with a CA$45 late-cancellation fee for Dec 22, the day of the ice "
        "storm, when the clinic was literally CLOSED. Unbelievable.\n"
        "\n"
        "I expect a corrected statement sent to Sun Life and to j.okafor.to@outlook.com by "
        "Feb 2. If not, I'm reporting this to the College of Physiotherapists of Ontario and "
        "to my insurer as billing fraud, and it's going in the comments on @LakeshorePhysio.\n"
        "\n"
        "Jide Okafor"
    ),
    (
        "Dear Waste Services, Glenmuir District Council,\n"
        "\n"
        "Case ref WS/24/118-372. 14 Rowan Crescent, KA7 3QP.\n"
        "\n"
        "This is the FIFTH time this year my grey bin has been missed: 9 Jan, 23 Jan, 6th "
        "February, 5/3/24 and today, Tuesday 19 March. Every single time I report it at "
        "www.glenmuir.gov.uk/binreport and every single time I get an automated \"we'll "
        'collect within 3 working days". You never do.\n'
        "\n"
        "I've paid £42.50 for the brown bin permit AND paid my neighbour's lad £15 twice to "
        "take bags to the tip. The lorry drives straight PAST my house, it's on my doorbell "
        "camera at 07:42 this morning.\n"
        "\n"
        "Kirsty on 0300 555 0456 was lovely, but lovely doesn't shift rotting nappies. Your "
        'crew supervisor, a Mr Dunbar, apparently "doesn\'t take calls". Of course he '
        "doesn't.\n"
        "\n"
        "Collect within 48 hours and refund the £42.50, or I'm going to my councillor, the "
        "SPSO and the community Facebook page with the footage. I'm sick to the back teeth "
        "of this.\n"
        "\n"
        "R. McAllister"
    ),
    (
        "Attention: Manager, Goldrush Pawn & Loan, Durban North\n"
        "\n"
        "Pawn ticket no. GP-0074519. On 2 January 2024 I pawned my late husband's gold Omega "
        "and a diamond ring for a loan of R6,500 over 3 months, at the rate your man Sipho "
        "explained. I came to redeem on March 28th at 11:20 with R8,190 CASH, exactly what "
        "your own statement said I owed.\n"
        "\n"
        'Your teller said the items were "forfeited" on the 25th. That is a LIE. My contract '
        "says 2024-04-02, I have it in my hand. Then I find the same watch on your website "
        "for R24,999: www.goldrushpawn.co.za/shop/item/88213. Are you joking with me?!!\n"
        "\n"
        "I phoned 031 555 7720 four times. Nobody phoned back. I emailed "
        "complaints@goldrushpawn.co.za on 29/03/2024. Nothing.\n"
        "\n"
        "Take that watch off sale TODAY and let me redeem at the contract price, or I go to "
        "the National Credit Regulator, Carte Blanche and Hellopeter, in that order. You "
        "prey on widows and you should be ashamed.\n"
        "\n"
        "Mrs Thandi Mkhize\n"
        "072 555 4481"
    ),
    (
        "Hello Zoomr support (support@zoomr.eu),\n"
        "\n"
        "Account: k.wisniewska@wp.pl. Ride ID ZR-PL-3390182, Krakow, 2024-05-11, started "
        "22:04 near the Rynek.\n"
        "\n"
        "The brake failed on Grodzka street and I had to jump off. Bruised knee, torn jeans, "
        "cracked phone. I ended the ride at 22:11 but your app showed it ACTIVE until 01:37 "
        'and charged me 112,40 zł!!! Plus a 250 zł "damage fee" because the scooter was '
        '"outside parking zone". I was standing in the road bleeding, sorry I did not park '
        "it nicely for you.\n"
        "\n"
        'Your chat agent "Tomasz" sent me copy-paste 3 times. Same text every single time. '
        "Are you a robot? Is anybody human there?\n"
        "\n"
        "I want 362,40 zł back on my card by 20 May, and check scooter #KR-0447 before it "
        "kills somebody. If not, I report to UOKiK, tweet @ZoomrPolska and post in every "
        "Krakow group on Facebook. I am not joking.\n"
        "\n"
        "Katarzyna Wiśniewska\n"
        "+48 600 555 219"
    ),
    (
        "To: info@labyrinth-escape.jp\n"
        "Subject: Booking LX-5512 / Shibuya branch / TERRIBLE\n"
        "\n"
        "Hi,\n"
        "\n"
        'Group of 6 booked for "The Cursed Ryokan" on 3 March at 19:30. Paid ¥26,400 in '
        "advance (¥4,400 each) on your website. We arrived at 19:20. Your staff member, name "
        "tag Kenji, left us in the stairwell until 19:55, then said we still had to be out "
        "by 20:30 for the next group. So 35 minutes of a 60-minute room!!\n"
        "\n"
        "Half the props were broken. The UV torch had no battery. One lock was already open. "
        'When I asked for a partial refund Kenji said "rule is rule" and pointed at the '
        "door. Top-class service, really.\n"
        "\n"
        "Your English Tripadvisor page has 4.8 stars. It will NOT by the weekend unless "
        "someone from head office calls me on 090-5555-1187 or emails "
        "dan.harper.jp@gmail.com by Friday 8th.\n"
        "\n"
        "I want ¥13,200 back. Half. That's fair. I'm not asking for the moon.\n"
        "\n"
        "Dan Harper"
    ),
    (
        "Hei Fjellbutikken kundeservice,\n"
        "\n"
        'Order nr 100-48823, bought online 14.06.2024, delivered 18 June. Tent "Trollvegg 3 '
        'Pro" 4 799 kr and sleeping bag 1 299 kr. Total 6 098 kr.\n'
        "\n"
        "Sorry for English, my Norwegian is bad when I am angry. And I am VERY angry.\n"
        "\n"
        "First night in Jotunheimen the pole SNAPPED at 02:00 in light wind. Not storm. "
        'Light wind. My daughter and I slept in the car. The bag says "comfort -5" and we '
        "were freezing at +4. Did you test ANY of this??\n"
        "\n"
        "I called +47 22 55 50 19 on 24 June, Ingrid said send photos. I sent photos same "
        "day to kundeservice@fjellbutikken.no. Since then NOTHING. Two weeks. You never "
        "answer, NEVER.\n"
        "\n"
        "Refund 6 098 kr before 15 July. If not, Forbrukerrådet gets everything and the "
        "photos go on Instagram @anna.outdoors.family. You sell toy mountain gear to people "
        "going to real mountains. Dangerous!!\n"
        "\n"
        "Anna Berg"
    ),
    (
        "TO THE MEDICAL DIRECTOR, CEDARCREST SPECIALIST HOSPITAL, ABUJA\n"
        "RE: BILL NO. CSH/IP/2024/00931, PATIENT MR EMEKA ADEYEMI\n"
        "\n"
        "Sir,\n"
        "\n"
        "My father was brought in on the 2nd of February 2024 at 11:40pm with a suspected "
        "stroke. Your emergency desk demanded ₦500,000 deposit BEFORE any doctor would look "
        "at him. We transferred at 11:58pm. Then we waited till 1:15am for Dr. Bello!!! Over "
        "an hour while my father could not speak.\n"
        "\n"
        'At discharge on 9/2/24 the bill was ₦2,870,000, including ₦180,000 "specialist '
        'consultation" he never had and three days of drugs after the drip was removed. Your '
        "billing officer Mrs Okon shouted at my mother in front of everybody. Is this how "
        "you treat elderly people?\n"
        "\n"
        "I have called 0803 555 2046 and 0909 555 1172 repeatedly and emailed "
        "billing@cedarcresthospital.ng on 12th February. No reply.\n"
        "\n"
        "You have 7 days to give an itemised bill and refund the wrong charges. Otherwise I "
        "go to MDCN and FCCPC and everything goes on X @Chidi_Adeyemi with receipts. You "
        "people should fear God.\n"
        "\n"
        "Chidi Adeyemi"
    ),
    (
        "Dear Patient Relations, Lifeline Medical Centre, East Legon\n"
        "\n"
        "Folder number LMC-118204. I brought my son Kwame (6) in on 21 April 2024 at about "
        "8pm with high fever. Your triage nurse, Sister Abena, said no doctor until morning "
        'unless we paid a GH₵1,500 "express fee". We paid by MoMo to 024 555 8831, '
        "transaction ID 51882093417.\n"
        "\n"
        "Still no doctor till 10:40pm, and then he was on his phone the ENTIRE time. Malaria "
        "test done twice and charged twice, GH₵350 x 2. Final bill GH₵6,240, but Acacia "
        "Health says you billed them GH₵7,100 for the same stay. How??\n"
        "\n"
        'We were even told to pay $120 cash for "imported drugs". No receipt.\n'
        "\n"
        "I wrote to info@lifelinemedical.com.gh twice. Zero response. You NEVER call back, "
        "only when it is time to collect money!!\n"
        "\n"
        "Refund the double charge and explain the GH₵1,500 and the $120, or I report to the "
        "HeFRA and post this for all the East Legon mothers to see.\n"
        "\n"
        "Mrs Efua Mensah\n"
        "efua.mensah@yahoo.com"
    ),
    (
        "Subject: Complaint, Ticket No. NL-2024-0613-4471, Cubao to Baguio\n"
        "\n"
        "Good day Northstar Liner,\n"
        "\n"
        "Family of 4 on the 10:30 PM deluxe trip, June 13, 2024, booked at "
        "www.northstarliner.ph/book. Total ₱3,960 (₱990 each). The bus left Cubao at 12:15 "
        'AM, almost 2 hours late, no announcement. The "deluxe" CR was locked the whole trip '
        "and the aircon dripped on my mother's seat.\n"
        "\n"
        'The conductor, Mr. Ramos, said "reklamo kayo sa office" and laughed. Very '
        "professional po. Then the driver stopped 45 minutes in Tarlac to eat while EVERYONE "
        "waited in the heat.\n"
        "\n"
        "I called your hotline (02) 8555-0193 from 8am to 11am on 14/06. No one answered. "
        "Messaged facebook.com/northstarlinerph, seen zone lang.\n"
        "\n"
        "Refund ₱1,980 (half) to my GCash 0917 555 6620 or I file with LTFRB and post the "
        "videos on TikTok @jessa.travels.ph. Kayo ang pinakawalang-kwentang bus company sa "
        "Luzon!!!\n"
        "\n"
        "Jessa Villanueva"
    ),
    (
        "To: cs@nusaferry.co.id\n"
        "CC: @NusaFerry_ID\n"
        "\n"
        "Booking code NF-88K21Q. Sanur to Nusa Penida fast boat, 14 July 2024, 09:00. 2 "
        "adults, paid €54 online (site said Rp 450.000 per person, my statement says €54.37, "
        "whatever).\n"
        "\n"
        "We were at the Sanur counter at 08:20 as told. Your staff (Wayan, blue shirt) took "
        'our vouchers and said "wait here". At 09:05 we watched OUR boat leave. He said we '
        'were "not checked in". We were standing 3 metres from him!!!\n'
        "\n"
        "He then sold us new tickets for 10:30, Rp 600.000 extra, cash only, NO receipt. "
        "Then the 10:30 boat had about 20 more passengers than life jackets. I counted. This "
        "is not about comfort, it is about SAFETY.\n"
        "\n"
        "Refund the Rp 600.000 and explain, by 2024-07-31. I'm also sending this to the "
        "tourism ministry, and believe me every backpacker forum will hear about it. Shame "
        "on you.\n"
        "\n"
        "Lukas Becker\n"
        "+49 151 5555 8820"
    ),
    (
        "To: The Nodal Officer, Shakti Power Distribution Ltd, Pune Circle\n"
        "\n"
        "Consumer No. 170045588231. Complaint ref SPD/PN/24/55910, registered 3rd March "
        "2024.\n"
        "\n"
        "Respected Sir/Madam,\n"
        "\n"
        "My February bill came as ₹18,742 when my usual is ₹2,100 to ₹2,600. Your meter "
        "reader obviously never visited: the photo on the bill is my NEIGHBOUR'S meter, flat "
        "402, not 204. I informed your Kothrud office on 4/3/2024, where one Mr. Deshmukh "
        'said "pay first, complaint later". Pay for what?! Somebody else\'s AC?!\n'
        "\n"
        "I called 1800 555 3344 six times. Every single time the call drops after the IVR. I "
        'tweeted @ShaktiPowerCare on March 9th, you said "DM us" and then ignored the DM.\n'
        "\n"
        "On 18 March at 2:30pm your lineman DISCONNECTED my supply without notice. My "
        "78-year-old father is on an oxygen concentrator. Do you understand what you have "
        "done??\n"
        "\n"
        "Restore supply today, correct the bill and pay compensation as per standards of "
        "performance. Else I approach the CGRF, the Ombudsman and the newspapers also.\n"
        "\n"
        "Ravi Kulkarni\n"
        "ravi.kulkarni1962@gmail.com | 98220 55510"
    ),
    (
        "Hi Wildwood Festival ticketing,\n"
        "\n"
        "Order ref WWF24-003317, placed 12/11/2023 at 09:01 (yes, I sat there refreshing). 2 "
        'x weekend tickets at £265 + "Meadow Bell Tent" at £640, plus £38.50 booking fees, '
        "for 23rd to 26th August.\n"
        "\n"
        "We arrived Friday at 3pm. No bell tent. Not pitched, not anywhere. Charlotte on the "
        'glamping desk said they were "a few tents short" and offered general camping with '
        "our own kit. We don't HAVE kit, that's why we paid £640!!\n"
        "\n"
        "We bought a £79 pop-up from the site shop and a £24 sleeping bag each. My partner "
        "flew in from Dublin for this (€189 on Ryanair, thanks) and slept on a yoga mat.\n"
        "\n"
        '@wildwoodfest keeps posting "best weekend ever" while ignoring the comments. I '
        "emailed hello@wildwoodfestival.co.uk on 28 Aug and Sept 4th. Not even an "
        "auto-reply. You NEVER respond, it's pathetic.\n"
        "\n"
        "Refund £640 plus £127 for the emergency kit within 14 days, or it's a Section 75 "
        "claim and a brutally honest Trustpilot review.\n"
        "\n"
        "Sam Okonjo-Price"
    ),
]
