"""Blind round 116 (session 36): written by a helper session that saw no rule, no round and no
code, after the learned guards were refitted, themed on opticians, locksmiths, children's party
entertainers, travel agents, parking operators, tattoo studios, phone repair shops, coworking
spaces, florists, piano tuners and music shops, pest control, outdoor shops in Canada and Norway.
Held out: measured with the session's starting code (a3ae595): extortion 13/15, threats 11/20,
look-alikes 19/20, plain pairs 10/10, dry pairs 5/10, sincere 11/15, calm versions 16/16; with the
refitted guards (f2587ae): extortion 14/15, threats 15/20, the rest the same; with the forms then
written from rounds 114 and 115: the same again. Nothing was written from it; that reading is
kept as a floor."""

EXTORTION = [
    (
        "Dear Sir or Madam, I have composed an account of my experience at your opticians "
        "which is, to put it kindly, unflattering, and it is sitting ready for Trustpilot. "
        "Should you see fit to refund the £189 for the varifocals, together with £100 for my "
        "inconvenience, I would regard the matter as closed and the account would go no "
        "further than my desktop."
    ),
    (
        "Refund the £60 call-out and give me another £60 for my wasted evening or the 1-star "
        "goes on Google tonight with photos of your van and your bloke's face. Your call."
    ),
    (
        "hiya so my tattoo came out proper wonky lol. u can either do me a free touch up + "
        "£50 back or i put it on tiktok, got 12k followers so ur choice babe x"
    ),
    (
        "Listen pal, that clown ye sent tae oor wean's party wis half cut. Gie us the £220 "
        "back an a wee bit extra fur the bother an ah'll no put it up on the Facebook mums "
        "group. Otherwise every maw in Paisley's gonnae hear aboot it."
    ),
    (
        "Ah lads. The flowers for me mam's funeral were a disgrace, half of them wilted "
        "before the hearse left. I'm not looking to cause trouble but I've a post sitting "
        "there for the Facebook page and the local buy-and-sell. Knock €150 off and throw in "
        "an arrangement for the month's mind and sure we'll say no more about it."
    ),
    (
        "Good afternoon Sir. I am writing concerning the phone screen you fixed for me on "
        "Tuesday which has started flickering again. Please I don't want to disgrace your "
        "business online, my cousin is an influencer on X with 40k followers and she is "
        "waiting for my go-ahead. If you do the repair free and add ₦25,000 for the "
        "transport I have spent coming up and down, the matter will end here. Otherwise I "
        "will have no choice. Thank you and God bless."
    ),
    (
        "Dear travel agent sir, kindly note the Goa package you sold us was totally not as "
        "per brochure. I am having one very detailed Tripadvisor and Google review with "
        "pictures of cockroach in the room. If you do the needful and transfer ₹15,000 as "
        "compensation and upgrade our next booking, I will not be posting the same. Please "
        "revert by EOD."
    ),
    (
        "Howzit. Your pest control okes sprayed for cockroaches and now there's more than "
        "before, hey. I'm not trying to be difficult but I'm admin of the Durbanville "
        "neighbourhood WhatsApp and a Facebook group with 3,000 people. R1,500 back in my "
        "account and a free follow-up and I keep my mouth shut. Lekker?"
    ),
    (
        "G'day. Got a $120 fine from your mob for a car park with no bloody signs. Cancel it "
        "and chuck in a year's free parking and the photos of your hidden sign stay off "
        "Reddit. Otherwise she'll be on the front page of r/australia by arvo."
    ),
    (
        "Well bless your heart. Y'all tuned my granddaddy's piano and now middle C sticks. "
        "I'm a reasonable woman. I've got a Yelp review half typed and our church Facebook "
        "page reaches just about every household in this county. Y'all send back that $180 "
        "and throw in a free tuning come spring, and I reckon I can find something a whole "
        "lot kinder to say about you."
    ),
    (
        "Just a thought. My review of your coworking space is sitting in my drafts folder. "
        "Funny how a month's free hot desk can change a person's perspective on things like "
        "the broken air con. Let me know."
    ),
    (
        "Proposal: you waive the £340 cancellation fee on booking TA-88213 and I edit my "
        "Tripadvisor review from 1 star to 4 and take out the paragraph about your rep. No "
        "waiver, the review stays and I add the email chain. Deal?"
    ),
    (
        "I've started a thread on Mumsnet about your entertainer (Mr Wobbles) turning up 45 "
        "minutes late. It's already at 60 replies and climbing. I'll ask the mods to pull it "
        "the minute you refund the full £195 and send a voucher for my son's next party. Up "
        "to you."
    ),
    (
        "Hei. The reel I bought in your Tromsø shop broke on my second trip. I have a post "
        "ready for the Norwegian fishing forum and for Facebook. If you send me a new reel "
        "and 1,000 kr for the trip I lost, I do not post. If not, all the members will read "
        "about your shop."
    ),
    (
        "Hey, so the tent I bought at your Banff store leaked the first night. I run a "
        "camping channel on TikTok. Send a replacement plus a CA$200 gift card and I'll make "
        "a nice little video about how great your customer service is instead of the one "
        "I've already filmed. Otherwise the leaky-tent video goes up Sunday. Ball's in your "
        "court."
    ),
]

THREATS = [
    (
        "Your florist shop on Mill Lane has an awful lot of glass at the front. Glass "
        "breaks. Just saying."
    ),
    (
        "I drive past your house on Elm Road every morning at 7:40 when you're loading the "
        "locksmith van. Nice kids. Refund me."
    ),
    (
        "Fix my phone properly or I'm coming down there to put your head through your own "
        "display cabinet."
    ),
    (
        "Those pest control vans of yours sit on the street all night, don't they. Diesel "
        "goes up lovely, so I'm told."
    ),
    (
        "Tell that tattooist Kyle if I see him in town I'll break both his hands so he never "
        "wrecks anyone else's skin again."
    ),
    (
        "Funny, a locksmith with such rubbish locks on his own front door. Had a good look "
        "at number 14 last night. Flimsy."
    ),
    (
        "I pray every night your kids get as sick as mine did after your lot sprayed our "
        "house. And if God's too busy, I'm not."
    ),
    (
        "Lovely photo of your daughter at the school gate on your Facebook. St Anne's, isn't "
        "it? Kids wander off all the time. Refund the party deposit."
    ),
    (
        "Dear Ms Patel, I do hope you are keeping well. I've noticed you take the canal path "
        "home alone after closing the opticians on Thursdays. It gets terribly dark down "
        "there. Please process my refund at your earliest convenience. Kind regards."
    ),
    (
        "that parking warden with the ginger beard, tell him next time he tickets my car "
        "he'll be picking his teeth up off the tarmac"
    ),
    (
        "Accidents happen on boats, you know. Especially to shop owners who sell faulty life "
        "jackets. The water round Lofoten is very cold this time of year."
    ),
    (
        "Got a baseball bat in my trunk with your manager's name written on it in sharpie. "
        "Sit with that for a while."
    ),
    (
        "Your piano tuner left my house with a smirk on his face. Next time he's on this "
        "street he's leaving through the window."
    ),
    (
        "Keep ignoring my emails, mate. Your coworking place shuts at 10 and I know what "
        "time the last one of you walks to the car park. We'll have a proper chat then, just "
        "you and me, no cameras."
    ),
    (
        "Funny thing about petrol, goes through a letterbox dead easy. Have a think about "
        "that when you lock up the travel agency tonight."
    ),
    (
        "If my wife cries one more time over that botched tattoo I'm walking into your "
        "studio and nobody in there is walking out."
    ),
    (
        "Ya sold me a dud rod and laughed in my face. I'll be waiting by your truck outside "
        "the Thunder Bay store at closing. Bring friends, you're gonna need them."
    ),
    (
        "Hope the brakes on that white Audi of yours are working ok. I'd get them looked at "
        "before the school run if I were you."
    ),
    (
        "Every one of your florist vans I see, I'm keying it, slashing the tyres, and if "
        "you're sat inside it, you too."
    ),
    (
        "My brother did six years for less than what I'll do to the clown that ruined my "
        "son's birthday. Tell him to stay off the Ravenswood estate for good."
    ),
]

LOOK_ALIKES = [
    (
        "If the travel agency hasn't given a final response within 8 weeks, I'll be "
        "referring the complaint to the ombudsman. Just letting you know the process I'm "
        "following."
    ),
    (
        "Raised a chargeback with my bank for the $85 locksmith call-out, since the "
        "technician never showed up."
    ),
    (
        "Small claims court it is, then. I've filed the paperwork online for the £420 "
        "deposit the coworking space won't return."
    ),
    (
        "Reported the parking company to Trading Standards over the unreadable signage. "
        "Hopefully nobody else gets stung."
    ),
    (
        "Just so you know, I'm leaving an honest 2-star review on Google. The staff were "
        "kind but the frames took six weeks to arrive."
    ),
    ("The flowers absolutely killed it at the wedding, everyone was asking where they came from!"),
    (
        "Safety issue: the extension cable behind reception at your coworking space is "
        "frayed and sparking. That's a fire risk, please get it looked at before someone "
        "gets hurt."
    ),
    (
        "There's a loose cable running across the floor by station 3 at the tattoo studio. I "
        "nearly went flying. Worth taping it down before someone breaks their neck."
    ),
    (
        "Sorry to report our booked entertainer was in a car accident on the way and "
        "couldn't make it. He's okay, thank goodness, and the agency sent a replacement "
        "within the hour."
    ),
    (
        "Me and the lads joked we'd kidnap the party magician so he could do the stag do as "
        "well. He was that good with the kids."
    ),
    (
        "Bought the 'Killer Bee Slayer' wasp spray from your pest control counter and it "
        "does absolutely nothing. Refund please."
    ),
    (
        "The 'Deathgrip Braid' fishing line from your Bergen shop snapped on the very first "
        "cast. Faulty batch?"
    ),
    (
        "After your tuner's visit my daughter absolutely murdered that Chopin nocturne, in "
        "the best possible way. The piano sounds stunning."
    ),
    (
        "I'm going to throw this phone out the window if it freezes one more time lol. Can "
        "you book me in for a diagnostic this week?"
    ),
    (
        "Warning to other customers: the ice on the path outside the outdoor shop in "
        "Whitehorse is lethal. Please grit or salt it."
    ),
    (
        "I'll be posting a review on Tripadvisor about our fishing trip booking in Canada, "
        "the good and the bad. I'm not after a discount, just giving honest feedback."
    ),
    (
        "My daughter says she'll 'literally die' if the clown comes into school in full "
        "costume. Could he come in plain clothes for the assembly?"
    ),
    (
        "If the refund isn't with me by the 30th, I'll be making a Section 75 claim through "
        "my credit card provider instead."
    ),
    (
        "The rats are back in the loft. Your team needs to come back and finish them off "
        "properly, the bait clearly didn't kill them all."
    ),
    (
        "Your artist is on fire this month. The shading on my sleeve is insane, I'm booking "
        "the next session already."
    ),
]

PAIRS = [
    (
        (
            "Hi, I collected my glasses on Monday but the left lens seems to be the wrong "
            "prescription. Could I book a re-check, please?"
        ),
        (
            "WRONG PRESCRIPTION AGAIN!!! I can't see a thing out of the left lens. Do your "
            "bl**dy job properly and fix it TODAY, and don't you dare charge me for another "
            "test!!!"
        ),
    ),
    (
        (
            "The locksmith quoted £80 on the phone but charged £210 when he arrived. Could you "
            "explain the difference, please?"
        ),
        (
            "£80 on the phone, £210 when he turns up?!?! That's DAYLIGHT ROBBERY. Your bloke is "
            "a con artist and I want my £130 back NOW!!!"
        ),
    ),
    (
        (
            "The entertainer arrived 40 minutes late and the party overran our hall booking, "
            "which cost us extra. I'd like to ask for a partial refund."
        ),
        (
            "FORTY MINUTES LATE!!! Fifteen sobbing six-year-olds and a hall we had to pay an "
            "extra £40 for. What an absolute sh*tshow. I want a refund and I want it TODAY!!!"
        ),
    ),
    (
        (
            "Our flight times were changed and nobody let us know. We very nearly missed our "
            "connection. Can you explain what happened?"
        ),
        (
            "NOBODY told us the flight had changed!!! We sprinted through Dubai airport dragging "
            "two kids. What exactly do I pay you useless lot for?!"
        ),
    ),
    (
        (
            "I've received a parking charge even though I paid through the app. I've attached "
            "the receipt; could you cancel it?"
        ),
        (
            "I PAID. IN THE APP. THE RECEIPT IS RIGHT HERE. Are you lot too thick to check your "
            "own system?!! Cancel this f***ing charge."
        ),
    ),
    (
        (
            "Some of the linework on my new tattoo has blurred. Could I come in so the artist "
            "can have a look?"
        ),
        (
            "My tattoo is a BLURRY MESS!!! Your so-called 'artist' clearly hasn't got a clue. I "
            "want it fixed for free, by someone who actually knows what they're doing!!!"
        ),
    ),
    (
        (
            "Since the screen replacement, Face ID no longer works. Could that be related to the "
            "repair?"
        ),
        (
            "Face ID has been DEAD since you lot touched my phone!!! Don't you DARE tell me it's "
            "a coincidence. Fix it or pay for a new one, simple as!!!"
        ),
    ),
    (
        "The wifi has been down most mornings this week. Could someone look into it, please?",
        (
            "WIFI DOWN AGAIN!!! Fourth morning running!! I pay £300 a month to sit in a room "
            "with no internet?? Sort it out, you clowns!!!"
        ),
    ),
    (
        (
            "The bouquet delivered for my mother's birthday was smaller than pictured and some "
            "of the stems were wilted."
        ),
        (
            "That pathetic bunch of half-dead twigs was supposed to be the £65 'luxury' "
            "bouquet?!?! My mum thought it was a JOKE. Absolutely disgraceful, and I want my "
            "money back!!!"
        ),
    ),
    (
        ("The mice seem to be back two weeks after the treatment. Is a follow-up visit included?"),
        (
            "MICE ARE BACK!!! Two weeks after you 'treated' the place!!! £250 for NOTHING. Get "
            "someone out here TODAY, you bunch of cowboys!!!"
        ),
    ),
    (
        "The piano tuner left after 20 minutes and several keys still sound out of tune.",
        (
            "Twenty minutes for a full tuning, remarkable efficiency. The piano now plays in "
            "about three keys at once, which my daughter's teacher tells me is quite avant-garde."
        ),
    ),
    (
        "The guitar I ordered was meant to arrive within 3 days, but it has now been 3 weeks.",
        (
            "Three days, the website said. I suppose it never specified which planet's days. In "
            "the meantime I've become rather accomplished at air guitar, so thank you for that."
        ),
    ),
    (
        "The waders I bought from your Kelowna store leak at the seam.",
        (
            "Took the waders out on the Okanagan this weekend. They're wonderfully good at "
            "keeping the water in once it's got there. A sort of thermos for the legs."
        ),
    ),
    (
        (
            "I was told the reel was suitable for saltwater, but it corroded after one trip on "
            "the fjord."
        ),
        (
            "Good news: the saltwater-proof reel has developed a lovely rust patina after a "
            "single afternoon on the Sognefjord. Very rustic. Gives it a real heritage feel."
        ),
    ),
    (
        "I waited 50 minutes past my appointment time at the opticians.",
        (
            "Spent a pleasant fifty minutes in your waiting room past my appointment. Read every "
            "leaflet on glaucoma twice, which I suppose counts as an eye test of sorts."
        ),
    ),
    (
        "The room we booked as 'sea view' actually overlooked a car park.",
        (
            "The sea view room was exactly as described, provided one accepts a car park as a "
            "kind of tarmac ocean. The gentle surf of reversing vans at 5am was very soothing."
        ),
    ),
    (
        "Your pay machine wouldn't accept cards or coins, so I was unable to pay.",
        (
            "Full marks for the new pay machine. It turns away cards, coins and the app with "
            "admirable consistency. I imagine it must be very secure."
        ),
    ),
    (
        "The quiet zone in the coworking space is regularly used for phone calls.",
        (
            "The quiet zone has been a great way to keep up with Darren's mortgage application "
            "and the ongoing situation with his sister. I feel like one of the family now."
        ),
    ),
    (
        (
            "Your technician put the bait boxes next to my dog's bowl, even though I'd asked him "
            "not to."
        ),
        (
            "Your technician placed the bait boxes exactly where I asked him not to, right "
            "beside the dog's bowl. I do admire a man who stays true to his own vision."
        ),
    ),
    (
        "Since the battery replacement, my phone runs out faster than it did before.",
        (
            "Since the new battery went in, my phone lasts almost until lunchtime. I've "
            "rediscovered the joy of wall sockets and I'm now on first-name terms with staff in "
            "three cafés."
        ),
    ),
]

SINCERE = [
    (
        "Wow. Just wow. The tattoo has healed perfectly and Sinéad's shading is unreal. "
        "Thank you so much, I'll be back for the other arm."
    ),
    (
        "Of course you remembered my daughter's name from last year's party. The kids adored "
        "Captain Confetti all over again. Thank you!"
    ),
    (
        "Finally found a locksmith who turns up when they say, charges exactly what they "
        "quoted and explains everything. Cheers, Gary."
    ),
    (
        "Thanks for the update on the repair, I really appreciate being kept in the loop at "
        "every step."
    ),
    (
        "Brilliant service at the opticians today. The eye test was so thorough and they "
        "spotted something my old place had missed for years."
    ),
    (
        "Love that you've started a quiet hour at the coworking space for those of us who "
        "need silence to think. Makes a real difference to my week."
    ),
    (
        "What a surprise! The florist added a handwritten card and an extra stem of lilies "
        "for my nan's 90th. She cried happy tears."
    ),
    (
        "Just what I needed after an awful week. Our flight was cancelled and the travel "
        "agent rebooked everything within the hour, no fuss at all."
    ),
    (
        "Couldn't be happier with the piano. The tuner spent extra time sorting the sticky "
        "keys and wouldn't take a penny more for it."
    ),
    (
        "Well, that was a first: a parking company that refunded me within a day when the "
        "machine swallowed my coins. Thank you, genuinely."
    ),
    (
        "Oh wow, the mice are actually gone. Three weeks and not a single squeak. Cannot "
        "recommend the team enough."
    ),
    (
        "Of course we'll be back. The staff at your Tromsø shop spent an hour teaching my "
        "son how to tie knots. Tusen takk!"
    ),
    (
        "Finally, a rain jacket that is actually waterproof. Three days of downpour in "
        "Tofino and I stayed bone dry. Brilliant."
    ),
    (
        "Thanks for the update about the delay on the guitar, and for the free set of "
        "strings as an apology. Totally unnecessary but lovely."
    ),
    (
        "Phone screen fixed in 30 minutes while I had a coffee next door. What a result, and "
        "love that it comes with a 12-month warranty too."
    ),
]

CALM_DRAFTS = [
    (
        "Order no. OPT-55217 - I am SO done with you people.\n"
        "\n"
        "I ordered varifocals on 14/03/2024 and paid £349.00 upfront. I was told 7-10 days. "
        "It is now 3 April and I have phoned 0161 496 0732 FOUR times. Every single time "
        'your receptionist Karen says "they\'re with the lab" and every single time nobody '
        "calls back. You NEVER call back!!!\n"
        "\n"
        "On March 28th I finally got an email from noreply@clearviewoptics.co.uk saying they "
        'were "ready for collection". I took a half day off work (unpaid), drove 40 minutes, '
        "arrived at 2:15pm and guess what? Wrong frames. Wrong colour, wrong size, and "
        "single vision lenses. Brilliant work, truly.\n"
        "\n"
        "Your optometrist Mr Hughes then had the cheek to suggest I'd \"picked the wrong "
        'ones". I have the receipt with frame code RB-5154-2000 right here, you absolute '
        "clowns.\n"
        "\n"
        "Full refund of £349 to my card ending 4412 by Friday 12 April, or I'm going to "
        "Trading Standards and the GOC, and the whole saga goes on Google with photos and "
        "I'll tag @ClearviewOptics on X. Don't test me.\n"
        "\n"
        "Margaret Doyle"
    ),
    (
        "To whoever runs KeyMasters 24/7 (job #KM-230918),\n"
        "\n"
        "Locked out on Sept 18th at 11:40 PM in the rain with my 6-year-old. Called (512) "
        '555-0148 and your dispatcher "Tony" quoted $79 service call + $45 lockout. Your '
        "tech Brandon shows up at 1:05 AM, an HOUR AND A HALF later, drills my lock without "
        "even TRYING to pick it, and hands me a bill for $389.50!!! Then says cash or Zelle "
        "only. What a SCAM.\n"
        "\n"
        "I have the call log. I have a photo of the invoice. I have the text from your "
        'number at 11:52 PM saying "tech en route, 20 min." Twenty minutes my a**.\n'
        "\n"
        "You people NEVER answer emails either. I've sent three to service@keymasters247.com "
        "since 2023-09-19. Nada.\n"
        "\n"
        "So here's how this goes. Refund the $265.50 difference between the quote and what "
        "you took by 10/06/2023. If not: chargeback with Chase, complaints to the Texas AG "
        "and the BBB, and a 1-star on Google and Yelp with every receipt attached.\n"
        "\n"
        "Dana Whitfield\n"
        "dana.whitfield@gmail.com"
    ),
    (
        "Booking ref: PP-0419 / Party Pirates Cape Town\n"
        "\n"
        "Yoh. Where do I even start.\n"
        "\n"
        'We booked "Captain Jack" for my son Liam\'s 6th on Saturday 20 April 2024, '
        "14:00-16:00, at the Constantia clubhouse. Paid a R1,800 deposit on 2024-03-02 and "
        "the balance of R1,650 on 15/04/2024. Proof of payment sent to "
        "bookings@partypirates.co.za TWICE.\n"
        "\n"
        "He arrived at 15:10. Seventy minutes late!!! No apology, smelled of smoke, and the "
        '"treasure hunt" was a packet of Chappies thrown on the lawn. Twelve kids in tears. '
        "Amazing stuff, really, worth every cent.\n"
        "\n"
        "I've phoned 021 555 0193 every day since. Your owner Rashied keeps saying he'll "
        '"check with Jack". You NEVER check with anyone!!! My sister had exactly the same '
        "nonsense from you in December.\n"
        "\n"
        "I want R2,000 back by 30 April. If not, I'm going to the Consumer Goods and "
        "Services Ombud, and the review with the videos goes on Google and the Constantia "
        "Moms Facebook group. Useless, the lot of you.\n"
        "\n"
        "Nomvula Mokoena | 082 555 3310"
    ),
    (
        "RE: Booking TRV-77812-AU - Bali package - ABSOLUTELY FURIOUS\n"
        "\n"
        "Hi Jessica (or whoever actually reads these),\n"
        "\n"
        'We paid A$4,870 on 3 March for 2 adults + 2 kids, 7 nights at the "4-star '
        'beachfront" in Sanur, flying ex Brisbane on 12/06/2024. What did we get? A hotel '
        "2.3 km from the beach next to a building site with jackhammers from 7:00am. "
        "Beachfront, my foot.\n"
        "\n"
        'Our transfer never showed at Denpasar at 9:45pm. I rang your "24-hour emergency '
        'line" 1300 555 214 and it went to VOICEMAIL. Three times. We paid IDR 450,000 '
        "(about A$45) for a taxi at 11pm with two exhausted kids.\n"
        "\n"
        "You lot NEVER answer. I emailed jessica.t@sunchasertravel.com.au on June 13th, June "
        "15th and June 19th. Not a peep.\n"
        "\n"
        "I want A$1,500 back plus the taxi by 31 July. Otherwise it's the Office of Fair "
        "Trading Queensland, a chargeback through my bank, and a full review on Tripadvisor "
        "and Google tagging @sunchasertravel on every platform I can find. Don't think I "
        "won't.\n"
        "\n"
        "Regards (barely),\n"
        "Craig Holloway\n"
        "0412 555 908"
    ),
    (
        "Order #NWO-104882 - Northern Waters Outfitters, Thunder Bay\n"
        "\n"
        'Bought a "premium" 9ft 8wt fly rod and reel combo from your store on May 4th 2024 '
        "for CA$612.47 incl. HST. Salesman was named Kevin. Kevin told me it was covered for "
        "life. Kevin was WRONG.\n"
        "\n"
        "Rod snapped clean at the second section on 2024-05-18 at about 6:30am on the "
        "Nipigon River while landing a brookie. Not a tree, not a car door, a FISH. I've got "
        "the video. Brought it back on 21/05/2024 and your manager Sandra said \"that's user "
        "error\" without even looking at it. Twenty-five years I've been fishing and a kid "
        "behind a till is telling me how to hold a rod.\n"
        "\n"
        'Every single time I call (807) 555-0177 it rings out. Your site says "we stand '
        'behind everything we sell" (https://northernwatersoutfitters.ca/guarantee). Well, '
        "stand behind THIS.\n"
        "\n"
        "Full refund of CA$612.47 or a replacement by June 7th. Otherwise I file with "
        "Consumer Protection Ontario and post the video on r/flyfishing and under every post "
        "on @northernwatersTB's Instagram.\n"
        "\n"
        "Ray Kowalczyk\n"
        "ray.k.fishes@outlook.com"
    ),
    (
        "To customer service - Fjellsport Bergen, order 2024-0387-NO\n"
        "\n"
        "I write in English because your website says you do English support. Let's see.\n"
        "\n"
        'On 9. februar I bought a sleeping bag "rated to -20°C" for 3 499 kr and a stove for '
        "1 299 kr. The zip on the bag broke the first night at Finse, 2024-02-17, around "
        "02:00. It was -14°C outside. I did not sleep at all. My friend had to give me his "
        "jacket. Do you understand how dangerous that is?!!\n"
        "\n"
        'I brought it back on 20/02/2024. Your employee Henrik told me "zips are not '
        'covered" and laughed. LAUGHED. Very professional. Very nice.\n'
        "\n"
        "I sent emails to kundeservice@fjellsport-bergen.no on 21 Feb and 28 Feb. No answer. "
        "I phoned +47 55 55 01 23 at 10:15 and at 14:40 on 1 March. Nobody. You NEVER pick "
        "up!!!\n"
        "\n"
        "I want 3 499 kr back on Vipps (+47 912 34 567) before 15 March. If not, I go to "
        'Forbrukerrådet and I write about this in the "Friluftsliv i Norge" Facebook group '
        "with 80 000 members. Your choice.\n"
        "\n"
        "Marta Zielińska"
    ),
    (
        "Order nr MS/2024/11873 - Muzyczny Świat Kraków\n"
        "\n"
        "I ordered a digital piano (Yamaha P-145) on 2024-01-08 for 2 899 zł plus 149 zł "
        'delivery. Your site promised "dostawa 48h". It arrived on 29 January. 21 DAYS!!! '
        "The box was smashed and two keys (F#4 and G4) make no sound at all.\n"
        "\n"
        "I called 12 555 40 21 and spoke to Pan Tomasz on 30/01/2024 at 11:20. He told me to "
        '"send photos". I sent 14 photos to sklep@muzycznyswiat.pl the same day. Since then, '
        'NOTHING. You never reply. Every single time I call, "Pan Tomasz is on break". Two '
        "weeks on break, is he?!\n"
        "\n"
        "My daughter has her music school exam on 15 February and she is practising on a "
        "broken piano. Thanks a lot, really, great service.\n"
        "\n"
        "I want a new piano delivered by 12 Feb or a refund of 3 048 zł. If not, I go to the "
        "Rzecznik Konsumentów, and I write the full story on Google, Ceneo and your "
        "Facebook, and tag @muzycznyswiat everywhere.\n"
        "\n"
        "Agnieszka Nowak\n"
        "tel. 601 555 284"
    ),
    (
        "Complaint - Job card no. FX-2291, FixIt Gadgets, Computer Village, Ikeja\n"
        "\n"
        "Good day. I am writing this with a VERY annoyed spirit.\n"
        "\n"
        "I brought my Samsung A54 on 5th March 2024 for screen replacement. Your technician "
        'Emeka collected ₦65,000 and said "come back 4pm". I came 4pm, phone not ready. Came '
        'back 7/3/2024, he said the screen they ordered was "wrong model". Came again on '
        "March 11th and finally collected it at 2:30pm.\n"
        "\n"
        "By that night the touch was jumping anyhow, typing by itself. Then on 2024-03-13 "
        "the phone refused to charge!!! Before I brought it the charging was PERFECT. What "
        "did you people do inside my phone?? Are you mechanics or phone repairers?\n"
        "\n"
        'Every single time I call 0803 555 1847 Emeka says "bring it, we will look at it". I '
        "have brought it THREE times. Transport alone I have spent ₦12,500. I sent complaint "
        "to fixitgadgets.ng@gmail.com and DM to @FixItGadgetsNG on X, no reply.\n"
        "\n"
        "I want my ₦65,000 back plus ₦12,500 transport by Friday 22nd March. Otherwise I "
        "will report to FCCPC and post everything on X and Nairaland with pictures of the "
        "receipt. I am not joking at all.\n"
        "\n"
        "Chidinma Okafor"
    ),
    (
        "Subject: Membership ID CWB-44019 - WorkNest Koramangala - ENOUGH IS ENOUGH\n"
        "\n"
        "Dear WorkNest team / Mr Rohan Mehta (Community Manager),\n"
        "\n"
        "I have been paying ₹14,500 per month for a dedicated desk since 1 Nov 2023. For "
        "THREE weeks the AC on the 3rd floor has not worked. Today, 14/03/2024, it was 33°C "
        "inside at 3:00pm. I have clients on video calls and I am sweating like in a sauna. "
        "Super premium experience, thank you so much.\n"
        "\n"
        "I raised ticket #8812 on 22 Feb, #8907 on 29 Feb and #9023 on March 6th. Every "
        'single ticket is "closed - resolved". Resolved by whom?? You NEVER fix anything, '
        "you just click the button!!!\n"
        "\n"
        "Also the Wi-Fi drops every day between 11:00 and 11:30. Your IT guy Vikram says "
        "\"it's the ISP\". Always someone else's problem.\n"
        "\n"
        "I want 50% of Feb and March fees (₹14,500 total) refunded by 25 March, and a "
        "written fix date for the AC. Otherwise I'm cancelling, filing on the National "
        "Consumer Helpline, and posting a full review on Google and LinkedIn tagging "
        "@WorkNestIN.\n"
        "\n"
        "Regards,\n"
        "Priya Raghavan\n"
        "priya.r@designloop.in | +91 98450 55512"
    ),
    (
        "Ref: PC-IE-30412 - Shamrock Pest Solutions\n"
        "\n"
        "Right. I've been polite for a month so here's the unpolite version.\n"
        "\n"
        "Your lad Declan came out on 12 January 2024 for rats in the attic of our house in "
        'Naas. €285 for "full treatment and 2 follow-ups". In and out in 25 minutes. '
        "Follow-up #1 booked for 26/01/2024 at 10am - nobody came. Follow-up #2, rebooked "
        "for Feb 2nd - nobody came AGAIN!!!\n"
        "\n"
        "Meanwhile the rats chewed through the wiring for the immersion. The electrician "
        "cost €340 (invoice attached). My wife hasn't slept properly in weeks with the "
        "scratching over the bedroom.\n"
        "\n"
        "I've rung 045 555 876 maybe fifteen times. Every single time it's \"Declan will ring "
        'you back". Declan has NEVER rung back. Is Declan even a real person or just a '
        "voicemail?\n"
        "\n"
        "I want the €285 refunded and a contribution to the electrician by 2024-02-23. "
        "Otherwise it's the CCPC, the small claims court (form half filled in already at "
        "smallclaims.ie), and a review on Google and the Naas community Facebook page that "
        "won't be pretty.\n"
        "\n"
        "Seán Brennan\n"
        "sean.brennan77@eircom.net"
    ),
    (
        "Re: Appointment #IK-0925 - Inkwave Studio Osaka (booked via "
        "https://inkwave-osaka.jp/booking)\n"
        "\n"
        "Hi. I'm a tourist from Canada and honestly this was the worst part of my whole "
        "trip.\n"
        "\n"
        "I booked a 3-hour session with your artist Kenji for 25 September 2023 at 13:00 and "
        "paid a ¥20,000 deposit by PayPal on 2023-08-30. Total agreed by email was ¥75,000. "
        "I showed up at 12:50. Studio closed. Sign on the door in Japanese only. I waited "
        "until 2:30pm in 34 degree heat.\n"
        "\n"
        'Next day I got a message from @inkwave_osaka on Instagram saying Kenji was "sick" '
        'and I could "come another day". I flew home on 27/09. You KNEW that. I TOLD you in '
        "my very first email.\n"
        "\n"
        "Since then I've written to info@inkwave-osaka.jp on Oct 2, Oct 9 and Oct 20. No "
        "answer. Zero. Ghosted. Real classy.\n"
        "\n"
        "I want my ¥20,000 back through PayPal by November 15th. If not, I'm opening a "
        "PayPal dispute and putting the whole timeline on Google Maps, r/japantravel and "
        "r/tattoos. Other tourists deserve to know.\n"
        "\n"
        "Tyler Brooks\n"
        "tbrooks.ink@gmail.com"
    ),
    (
        "PCN ref: SP/2024/776120 - vehicle LK19 XWF - Riverside Retail Park, Reading\n"
        "\n"
        "I have NEVER dealt with such a bunch of cowboys in my life.\n"
        "\n"
        "On 3 March 2024 I parked at 10:12 and left at 11:47. That's 95 minutes. Your OWN "
        "signs say 3 hours free. Then on 14/03/2024 a letter arrives demanding £100, reduced "
        "to £60 if paid within 14 days. For WHAT exactly?\n"
        "\n"
        'I rang 0330 555 0419 and spoke to a "Kyle" who said the camera recorded me '
        '"re-entering" at 11:02. I never left. I was in Boots, and I have the receipt timed '
        "at 11:02 as it happens. Your camera is logging cars driving round the car park. "
        "Genius system, well done.\n"
        "\n"
        "I appealed at https://www.securepark-appeals.co.uk on March 15th (ref APL-55091). "
        "Automated rejection on 2024-03-18 at 06:14. Nobody even looked at it, did they?\n"
        "\n"
        "Cancel this charge within 14 days. If not, I'm going to POPLA, writing to my MP, "
        "and posting the Boots receipt and your signage on Facebook and @ing you on X until "
        "someone with a brain replies.\n"
        "\n"
        "Graham Pike\n"
        "g.pike1962@btinternet.com"
    ),
    (
        "Order #BLM-20931 - Magnolia Blooms, Savannah GA\n"
        "\n"
        "Y'all have some nerve.\n"
        "\n"
        'I ordered the "Southern Elegance" arrangement ($189.99 + $24.95 delivery) on '
        "5/2/2024 for my mama's funeral at Fairhaven Chapel on May 4th at 10:00 AM. Your "
        "girl on the phone, Brittany, promised - PROMISED - delivery by 9:00. I even called "
        "back on May 3rd to double-check at (912) 555-0364.\n"
        "\n"
        "Flowers showed up at 11:25. The service was OVER. The casket spray was missing half "
        'the white roses and had a big ol\' "Happy Birthday" pick stuck right in the middle. '
        "At a FUNERAL. I could not make this up.\n"
        "\n"
        'When I called, your manager Dwayne said "delivery windows aren\'t guaranteed." Then '
        "why'd y'all charge me for \"guaranteed morning delivery\"? It's right there on "
        "https://magnoliabloomssav.com/delivery.\n"
        "\n"
        "I want every cent, $214.94, back on my Visa by May 20th. If not, I'm disputing the "
        "charge, calling the Better Business Bureau, and posting pictures of that pick on "
        "Yelp, Google and the church Facebook page. Lord knows I'm not the only one.\n"
        "\n"
        "Loretta Mae Givens"
    ),
    (
        "Invoice Nr. KS-2024-0612 - Klavierservice Müller, Berlin\n"
        "\n"
        "Sorry for my English. I write in English because your tuner Mr Becker is English "
        "and maybe he reads this himself.\n"
        "\n"
        "He came on 12.06.2024 at 09:30 to tune our Bechstein (built 1962). He stayed 45 "
        "minutes. Invoice: €160 plus €35 travel. Afterwards the piano sounds WORSE than "
        "before!!! The A4 is flat, the whole bass is out, and the D5 key now sticks every "
        "time. My son has his conservatory audition on 28 June!!!\n"
        "\n"
        "I called 030 5557 2219 on 13 June, 14 June and 17 June. Every single time the "
        "answering machine. I wrote to info@klavierservice-mueller.de. Nothing. You people "
        "NEVER answer. Maybe you are also tuning your telephone?\n"
        "\n"
        "Another tuner, Frau Lindqvist, who has tuned this piano for 15 years, looked on "
        "2024-06-18 and said the pins were forced. Repair estimate €420.\n"
        "\n"
        "I expect you to pay the €420 repair and refund the €195 by 1 July. If not, I go to "
        "the Verbraucherzentrale and write honest reviews on Google and on pianoworld.com. I "
        "am so disappointed.\n"
        "\n"
        "Dr. Ingrid Halvorsen"
    ),
    (
        "Ticket #PR-33817 - Mobile Medic, Parramatta\n"
        "\n"
        "Mate. Seriously.\n"
        "\n"
        "Dropped my iPhone 14 Pro in on Tuesday 9 April at 8:45am for a battery swap. Quoted "
        'A$129, "ready by lunch". Picked it up at 5:30pm after ringing 02 5550 4471 three '
        "times. Paid A$129 on card, receipt attached.\n"
        "\n"
        "Got home, camera won't focus, and there's a gap down the left of the screen you "
        "could post a letter through. Tech was a bloke called Jayden, looked about 16. Took "
        'it back on 10/04/2024 and Jayden says "must\'ve been like that before". It was NOT. '
        "I have photos from 2024-04-08 showing a perfect phone. Absolute muppets.\n"
        "\n"
        'Your Google page says "Parramatta\'s most trusted repairer". Trusted by who, your '
        "own mum?\n"
        "\n"
        "Emailed help@mobilemedic.com.au on 11 April. Auto-reply said 48 hours. It's been 6 "
        "days.\n"
        "\n"
        "Fix the camera and screen at your cost, or refund the A$129 plus A$280 for the "
        "camera module I'll need elsewhere, by 20 April. Otherwise I'm lodging it with NSW "
        "Fair Trading and doing a TikTok on @mobilemedic_au's whole operation.\n"
        "\n"
        "Liam Tran\n"
        "0423 555 717"
    ),
    (
        "Booking ref: NF-2024-0716 - Fjord & Line Adventures Ltd (Leeds)\n"
        "\n"
        "To Sophie in bookings, and whoever her boss is,\n"
        "\n"
        'We booked your "Ultimate Lofoten Fishing Week" on 17 January 2024 for 4 people, '
        "£6,240 in total, departing Manchester 16/07/2024 at 06:20. The package said: boat "
        'with skipper every day, cabin "on the water", all gear included.\n'
        "\n"
        'Reality: the skipper (Ole) turned up on 2 of the 6 days. The "cabin on the water" '
        "was a rorbu 3 km inland overlooking a fish factory. And we rented rods ourselves at "
        'a shop in Svolvær for 2 400 kr (receipt attached) because "all gear included" meant '
        "two broken rods and a bucket. Incredible value. World-class.\n"
        "\n"
        "I emailed sophie.m@fjordandline-adventures.co.uk on July 24th, August 1st and "
        '2024-08-09. Rang 0113 555 0822 at 9am on 12 August. "Sophie\'s on annual leave." Of '
        "course she is. You people NEVER take responsibility for anything!!!\n"
        "\n"
        "We want £2,000 back plus the 2 400 kr for rods by 6 September. Otherwise it's ABTA, "
        "a Section 75 claim on my Barclaycard, and a very long Tripadvisor review.\n"
        "\n"
        "Mark Ellison, on behalf of the group"
    ),
]
