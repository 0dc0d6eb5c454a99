"""Blind round 114 (session 36): written by a helper session that saw no rule, no round and no
code, themed on veterinary clinics, gyms and fitness apps, removal companies, wedding venues and
photographers, mobile networks, heating engineers, garden centres, driving schools, handmade
marketplaces, language schools, cinema chains, broadband installers in Ghana and the Philippines.
Held out: measured with the session's starting code (a3ae595), which read extortion 12/15,
threats 14/20, look-alikes 18/20, plain pairs 10/10, dry pairs 9/10, sincere 15/15, calm versions
16/16; then with the learned guards refitted on rounds 80-113 and the session's table changes,
written from older rounds only: extortion 13/15, threats 16/20, the rest the same. Only then were
forms written from it (harm told by its outcome on a body, a weapon waited with or brought, a
deletable clip; tested with texts of our own in test_session_36_shapes.py): extortion 14/15,
threats 18/20, kept as a floor."""

EXTORTION = [
    (
        "Dear Practice Manager, I have drafted a rather detailed Google review of my "
        "experience at Willowbrook Veterinary Clinic regarding Biscuit's dental. I am "
        "prepared to leave it unpublished, provided the £340 invoice is brought back down to "
        "the £180 originally quoted. I shall await your reply until Friday."
    ),
    (
        "Refund the £85 joining fee and the Trustpilot review never sees daylight. Don't, "
        "and it goes up tonight with the photos of your changing rooms."
    ),
    ("u want my 1 star off ur etsy shop?? send £20 back on paypal n il make it 5 stars lol easy"),
    (
        "Listen pal, I've got a wee essay sat in my Tripadvisor drafts aboot yer venue and "
        "that buffet. Knock two hundred quid aff the final bill and it stays in drafts. Yer "
        "choice, like."
    ),
    (
        "Ah look, I'd hate to be putting the whole saga up on Mumsnet, so it'd be grand "
        "altogether if the removal lads covered the broken mirror and a bit extra for the "
        "hassle, and we'll say no more about it."
    ),
    (
        "Oga manager, I dey give una till Monday. If una no refund my ₦45,000 joining fee, "
        "that video of your trainer sleeping on the bench go enter TikTok with your gym name "
        "for caption. Make una reason am well well."
    ),
    (
        "Kindly note I have written 1-star review on Google and also on the expat forum for "
        "your language institute. I will be removing the same if you are providing me free "
        "Level B2 batch worth ₹18,000. Please revert at the earliest."
    ),
    (
        "Howzit. Your oke left my geyser leaking all over the show. Sort me out with a free "
        "service and R1,500 back and I'll leave Hellopeter alone, hey. Otherwise the whole "
        "of Durbanville reads about it by the weekend."
    ),
    (
        "Mate, I've got 14k followers on Insta and an absolute cracker of a story about your "
        "driving instructor. Chuck in five free lessons and that story just never happens. "
        "Fair deal, I reckon."
    ),
    (
        "Well bless your heart, I'd sure hate for my whole Sunday school class to read on "
        "Facebook how y'all's landscaper left my azaleas. Now if that $1,200 invoice was to "
        "get a little friendlier, I reckon I'd plumb forget what I was fixin' to write."
    ),
    (
        "Your store has such a lovely 4.8 on Google. It would be a real pity for that little "
        "number to start sliding over one early-termination fee, wouldn't it? I'm sure we "
        "can both avoid that."
    ),
    (
        "Currently sitting at 1 star on Yelp. I'll happily bump it up to 5 the minute the "
        "cinema sends over a year of free tickets for my trouble. Your move."
    ),
    (
        "I've got a post ready for r/Philippines about your fibre installer no-show. Three "
        "screenshots and your agent's full name. I'll delete it the moment you credit my "
        "account with three months free, ₱4,797. Not a second before."
    ),
    (
        "@SwiftLinkGH I have a 12-tweet thread ready with your installer's voice notes. DM "
        "me a full refund of GH₵ 1,450 plus 3 months free and it stays in drafts. You have "
        "48 hours."
    ),
    (
        "We still haven't reviewed you on Hitched or Bridebook yet. Honestly, how those "
        "reviews end up reading depends entirely on whether you throw in the second album "
        "for free. Let us know what you decide x"
    ),
]

THREATS = [
    (
        "Your receptionist drives the little red Fiat parked round the back of the clinic. "
        "Lovely car. Shame how easily those things catch light."
    ),
    (
        "I know your kids go to St Bride's. I've watched them at pick-up. Think very "
        "carefully before you keep my deposit."
    ),
    (
        "Tell that instructor if he ever sets foot on my street again he'll be leaving it in "
        "an ambulance."
    ),
    (
        "People who rip off grieving pet owners tend to have very short, very unlucky lives. "
        "Just an observation."
    ),
    (
        "I'd keep an eye on the garden centre at night if I were you. All that dry bark "
        "mulch stacked against the fence. Lot of fuel."
    ),
    (
        "Next time your technician shows his face in our barangay he won't be walking back "
        "to his van."
    ),
    (
        "I hope someone cuts your brakes, you thieving removal scum. And if nobody else gets "
        "round to it, I might."
    ),
    "That photographer ruined our day so I'll ruin her face. Simple as.",
    (
        "Very politely, Mr Adeyemi: I have your home address from the enrolment form. I "
        "would strongly suggest you refund me before I decide to pay you a personal visit "
        "with a few friends."
    ),
    (
        "ur broadband guy came 4 times n did nothing. nxt time he comes we r waiting for him "
        "with cutlass. tell him."
    ),
    (
        "Funny how many accidents happen on ladders. Your boiler man should be careful up in "
        "those lofts. Very, very careful."
    ),
    (
        "I've been parked across from your gym every evening this week. I know when you lock "
        "up, and I know you're on your own when you do."
    ),
    (
        "Somebody should put a brick through every window of that cinema with the manager "
        "still inside. I'm volunteering."
    ),
    (
        "You've got a nice house, Mrs Khoury. Big windows. Be a terrible thing if a few of "
        "them came in one night while the little ones were asleep."
    ),
    (
        "If my dog dies because of your vet I will come down there and you'll be the one "
        "needing a vet, understand?"
    ),
    (
        "Tell Darren at the language school he's a dead man walking. I'm not joking and I'm "
        "not bothering with the police first."
    ),
    (
        "Every day I walk past your little workshop and picture it with the shutters kicked "
        "in and everything smashed to bits. Keep ignoring my emails and see if I stop at "
        "picturing it."
    ),
    (
        "I will find the manager of your high street store after closing and we'll have a "
        "conversation he won't be able to repeat without new teeth."
    ),
    (
        "Mark my words, the removal men who dropped my piano will get exactly what they "
        "deserve, and it'll be me delivering it, with a baseball bat."
    ),
    (
        "Genuinely praying that wedding coordinator ends up in a ditch on the drive home one "
        "night. And if nobody upstairs is listening, I'll see to it myself."
    ),
]

LOOK_ALIKES = [
    (
        "I've escalated this to the ombudsman and will be starting a chargeback with my bank "
        "if I don't hear back by the 30th."
    ),
    (
        "Just a heads up: I'm going to leave an honest review on Google about the removal. "
        "I'm not after anything, I just want other people to know what to expect."
    ),
    (
        "This fitness app is killing me. Day 3 of the 30-day challenge and I can't walk down "
        "the stairs. 10/10 would suffer again."
    ),
    (
        "The queue at the cinema on Saturday was absolute murder, but the staff were lovely "
        "once we got in."
    ),
    (
        "Safety issue: there's a loose cable hanging from the ceiling in studio 2 at the "
        "gym, right above the rowing machines. Please get it looked at before someone gets "
        "hurt."
    ),
    (
        "Your engineer left with the gas smell unresolved and said it was 'fine'. I've "
        "reported it to the gas emergency line and they've capped the boiler. There's a "
        "genuine fire risk and I want it on record."
    ),
    (
        "Sorry to cancel tomorrow's lesson. I was in a minor accident on the ring road "
        "yesterday. Nobody hurt, but the car's a write-off."
    ),
    ("Haha Tom I'm going to kill you for booking us into the 6am spin class 😂 see you there"),
    (
        "Ordered the 'Killer Bee' hot sauce gift set from the handmade market and it arrived "
        "smashed. Can I get a replacement please?"
    ),
    (
        "I'll be taking this to the small claims court. I have the quote, the invoice and "
        "photos of the damage to the hallway."
    ),
    (
        "I've reported the venue to Trading Standards over the hidden 'cake cutting fee'. "
        "I'd still rather sort it out directly with you."
    ),
    (
        "The garden centre's 'Slug Assassin' pellets did absolutely nothing. My hostas look "
        "like lace. I'd like my money back."
    ),
    (
        "Reporting a fall: an elderly lady slipped on the wet decking by the garden centre "
        "café this morning. Staff were great with her, but that surface badly needs a "
        "non-slip mat."
    ),
    (
        "I'll be posting a review on Tripadvisor tonight, 2 stars, mostly for the music "
        "volume at the reception. No hard feelings, the food was decent."
    ),
    (
        "The wedding photographer absolutely killed it. Every shot is stunning. Both our "
        "mums are in bits."
    ),
    (
        "My cat nearly died last night and the out-of-hours vet saved her. I'm writing "
        "because your own phone line went straight to voicemail, and that needs fixing."
    ),
    (
        "If the fibre isn't connected by Friday I'm cancelling and going with another "
        "provider. I work from home in Accra and can't keep losing days."
    ),
    (
        "We've reported the van driver to the police: he hit our gatepost reversing and "
        "drove off. We have dashcam footage. Could your company please contact us about the "
        "insurance?"
    ),
    (
        "The language school's exam week was a massacre, half my class failed the listening "
        "section. Is there a resit date yet?"
    ),
    (
        "Network's been down for six hours. I'm not threatening anything, I just need to "
        "know whether to ask for a bill credit or whether it's being fixed."
    ),
]

PAIRS = [
    (
        (
            "Hi, we were charged £95 for a consultation we were told would be £60. Could you "
            "explain the difference?"
        ),
        (
            "You charged me £95 for a consult you QUOTED at £60!!! Who the h*ll do you think you "
            "are? Explain it or refund it. TODAY."
        ),
    ),
    (
        (
            "I cancelled my membership in January but I'm still being billed £39.99 a month. "
            "Please stop the payments and refund February and March."
        ),
        (
            "I CANCELLED IN JANUARY. Why are you STILL taking £39.99 off me every month?!?! Stop "
            "it NOW and give me February and March back, you bunch of leeches!!"
        ),
    ),
    (
        (
            "Two boxes from our move on 12 May are missing, one marked 'kitchen' and one "
            "'books'. Could you check the van and the depot?"
        ),
        (
            "TWO of my boxes have VANISHED. Kitchen and books. Did your clowns just help "
            "themselves?! Check your f***ing van and FIND THEM!!!"
        ),
    ),
    (
        (
            "The venue told us the garden would be available for photos, but it was closed on "
            "the day. We'd like to discuss a partial refund."
        ),
        (
            "You PROMISED us the garden for photos and it was LOCKED on our WEDDING DAY!!! "
            "Unbelievable. Absolute amateurs. I want money back and I want it NOW!!"
        ),
    ),
    (
        (
            "I've had no signal at home for two weeks. Is there an outage in my area, and can I "
            "get a credit for the days without service?"
        ),
        (
            "TWO WEEKS with NO SIGNAL!!! I'm paying you £45 a month for a very expensive "
            "paperweight. Sort your s**t out and credit my account!!!"
        ),
    ),
    (
        (
            "Your engineer said he'd arrive between 8 and 12 but didn't come. I took the day off "
            "work. Could we rebook and discuss compensation?"
        ),
        (
            "I took a DAY OFF for your engineer and he NEVER SHOWED!!! Not a call, not a text, "
            "NOTHING. Useless, absolutely useless. Who's paying my lost wages?!"
        ),
    ),
    (
        (
            "My instructor has cancelled three lessons this month at short notice. My test is on "
            "the 22nd. Could I be assigned someone more reliable?"
        ),
        (
            "THIRD cancellation this month!!! My test is on the 22nd and your instructor can't "
            "be bothered to turn up?! Give me someone who actually WORKS for a living!!"
        ),
    ),
    (
        (
            "The necklace I ordered arrived with a broken clasp. Could the seller send a "
            "replacement or a refund, please?"
        ),
        (
            "£48 for a necklace that fell apart the SECOND I opened it!!! Cheap tat. Refund me "
            "NOW or I'm reporting this so-called 'seller' to the whole platform!!!"
        ),
    ),
    (
        (
            "We were promised classes of no more than eight students, but there are fifteen in "
            "my group. Could this be looked into?"
        ),
        (
            "FIFTEEN people in a class you SWORE would be max EIGHT!!! You lied to get my money. "
            "Liars, the lot of you. Fix it!!!"
        ),
    ),
    (
        (
            "The installer came on Tuesday but left without connecting the router. Please send "
            "someone back to finish the job."
        ),
        (
            "Your so-called installer came Tuesday and LEFT WITHOUT CONNECTING ANYTHING!!! What "
            "kind of nonsense company is this?! Send someone back NOW or refund my GH₵ 850!!!"
        ),
    ),
    (
        (
            "The film started 25 minutes late on Saturday and the sound kept cutting out. I'd "
            "like a refund for our two tickets."
        ),
        (
            "Saturday's screening was quite the treat: twenty-five minutes of adverts, then a "
            "film with the acoustics of a submarine radio. Very immersive. I'll take a refund "
            "for the two tickets whenever the projectionist has a spare moment."
        ),
    ),
    (
        (
            "I phoned the clinic four times yesterday about my dog's test results and nobody "
            "called back."
        ),
        (
            "Four calls yesterday about Rufus's blood results. I assume the silence means the "
            "lab is still building suspense. I do admire the commitment to drama."
        ),
    ),
    (
        "The showers in the women's changing room have been cold for over a week.",
        (
            "Thank you for the bracing cold showers all week. I hadn't realised my membership "
            "included cryotherapy. Very generous of you not to charge extra for it."
        ),
    ),
    (
        "Your team arrived four hours late and we nearly lost our completion slot.",
        (
            "Turning up four hours late on completion day was an inspired way to add a little "
            "adventure to our move. We so rarely get to watch a solicitor panic in real time."
        ),
    ),
    (
        "It's been five months since the wedding and we still haven't received our photos.",
        (
            "Five months on and still no photos. I can only assume each one is being "
            "hand-painted in oils. We'll do our best to hang on to the memories until then."
        ),
    ),
    (
        "I was put on hold for 40 minutes and then the call dropped.",
        (
            "Forty minutes of the same eight bars of pan pipes, then cut off. I've rarely felt "
            "so thoroughly attended to. I now know that tune better than my own postcode."
        ),
    ),
    (
        "The boiler was serviced last week and has broken down twice since.",
        (
            "The boiler has broken down twice since your service last week. Clearly it was so "
            "overwhelmed by the attention that it needed a couple of lie-downs. Such a sensitive "
            "appliance."
        ),
    ),
    (
        "The new turf laid on Monday has turned yellow and is lifting at the edges.",
        (
            "The turf you laid on Monday has already reached a rich straw colour and is curling "
            "up at the edges like a forgotten sandwich. A bold, rustic look. Not quite what was "
            "on the quote, but who am I to stand in the way of art."
        ),
    ),
    (
        "The online portal has been down for three days, so I can't submit my homework.",
        (
            "Three days without the portal. I've been treating it as an advanced listening "
            "exercise in the sound of nothing happening. My homework and I are enjoying the "
            "quiet together."
        ),
    ),
    (
        ("The technician said my fibre would be connected within 7 days. It's now been 3 weeks."),
        (
            "Seven working days, your technician said. Three weeks later, I can only admire how "
            "flexible the concept of a week has become. I'm learning so much about time."
        ),
    ),
]

SINCERE = [
    (
        "Wow. Dr Patel stayed an hour past closing to stitch up Luna's paw. We couldn't be "
        "happier, thank you all so much."
    ),
    (
        "Of course I'll recommend you! The removal team wrapped every single plant pot and "
        "even rebuilt the bunk beds. Legends."
    ),
    (
        "Finally passed my driving test on the third go!! Thank you Gareth for never giving "
        "up on me. Best instructor ever."
    ),
    (
        "Thanks for the update on the repair, really appreciate you keeping me posted. It "
        "made the wait so much easier."
    ),
    (
        "Brilliant service from the heating engineer this morning. Turned up early, "
        "explained everything, and the house is toasty again."
    ),
    (
        "Love that the gym app now lets you freeze your membership while you're injured. "
        "Used it this week, took 30 seconds. Great change."
    ),
    (
        "What a surprise to come home and find the landscapers had also cleared the old shed "
        "rubbish, no charge. Genuinely touched, thank you."
    ),
    (
        "Just what I needed after a rough week: the cinema staff upgraded us to the "
        "recliners for no reason at all. Small thing, made our night."
    ),
    (
        "The wedding photos arrived and we couldn't be happier. We've cried at every single "
        "one. Thank you, Amara."
    ),
    (
        "Wow, the fibre installer in East Legon had us connected in under two hours and "
        "tidied up all the cables. Very impressed, thank you!"
    ),
    (
        "Of course it took a while, it's handmade, and it was worth every day of the wait. "
        "The quilt is gorgeous and my gran adores it."
    ),
    (
        "Finally, a phone network where a human answers in under a minute. Switched last "
        "month and no regrets at all."
    ),
    (
        "Thanks for the update about the class moving to Thursday, that actually suits me "
        "much better. See you then!"
    ),
    (
        "Brilliant news that the clinic opens on Sundays now. As a shift worker it makes "
        "life so much easier. Thank you for listening to feedback."
    ),
    (
        "Salamat po to the technician who came out in the rain in Cebu to fix our line. Just "
        "what we needed with the kids' online exams this week."
    ),
]

CALM_DRAFTS = [
    (
        "Dear Willowbrook Vets,\n"
        "\n"
        "I am writing about invoice INV-20931 for my dog Bramble, seen by Dr Hollis on "
        "14/03/2024 at 16:40. I was quoted £180 for the dental over the phone by your "
        "receptionist Kerry (I have the call log: 01632 960418, 3 mins 12 secs). The bill "
        "came to £412.50!!! NOBODY called me to ask permission for the extra extractions. "
        "NOBODY.\n"
        "\n"
        "This is EVERY SINGLE TIME with you lot. You NEVER ring back, you NEVER explain the "
        "charges, and then you act shocked when people complain. Kerry actually rolled her "
        "eyes at me at the desk. Very professional.\n"
        "\n"
        "I want the difference (£232.50) refunded to the card ending 4471 by 28 March. If "
        "not, I am going straight to the RCVS, and the full story goes on Google and in the "
        "Bramley Village Facebook group, which has 6,000 members who all have pets. Email me "
        "at j.fenwick.home@example.co.uk. Don't make me chase you again.\n"
        "\n"
        "Joanne Fenwick"
    ),
    (
        "To whoever runs IronPeak Fitness (Austin, TX),\n"
        "\n"
        "Membership #IP-558201. I cancelled IN PERSON on March 3rd with a guy named Tyler at "
        'the front desk at about 6:15pm. He said "you\'re all set." I was NOT all set. You '
        'charged me $59.99 on April 1 and May 1, plus a $25 "annual facility fee" I never '
        "agreed to. That's $144.98 of my money!!!\n"
        "\n"
        "I called (512) 555-0147 three times and sat on hold 35 min each time before getting "
        'hung up on. Your app says "contact support" and support is an email address '
        "(help@ironpeakfit.example.com) that auto-replies and then ghosts you. Real classy.\n"
        "\n"
        "I've already opened a dispute with my bank, and if this isn't reversed by June 15 "
        "I'm filing with the Texas AG and posting the whole saga on r/Austin and Yelp. Tyler "
        "needs retraining, or honestly just a different career.\n"
        "\n"
        "- Marcus D."
    ),
    (
        "Sehr geehrte Damen und Herren, fine, I'll write this in English since your office "
        "pretended not to understand me on the phone.\n"
        "\n"
        "Booking ref UMZ-2024-0877, move from Berlin-Friedrichshain to Leipzig on "
        "2024-04-19. Quoted €1.850 fixed price. Your crew (foreman: Dieter K.) arrived at "
        "11:30 instead of 08:00, dropped my grandmother's cabinet on the stairs and then had "
        'the NERVE to tell me it was "already damaged". It was NOT. I have photos '
        "timestamped 07:52 that morning!!!\n"
        "\n"
        'Then the invoice arrives: €2.340. An extra €490 for "waiting time". Waiting for '
        "WHAT? For your guys to finish their döner in the van?!\n"
        "\n"
        "I will pay the agreed €1.850 and not one cent more. The cabinet repair quote is "
        "€375 and you are covering it. Reply to lena.brandt@example.de or call +49 30 5550 "
        "1289 by 10 May. Otherwise it's the Verbraucherzentrale, a lawyer, and a very, very "
        "detailed Google review with pictures.\n"
        "\n"
        "Lena Brandt"
    ),
    (
        "Hello Mr. Rohan / Candid Frames Studio,\n"
        "\n"
        "This is REGARDING our wedding on 9 February 2024 at Jaipur, booking no. "
        "CFS/WED/2411. We paid ₹1,20,000 advance on 02/12/2023 and balance ₹85,000 on the "
        "day itself. Total ₹2,05,000. It is now 3 MONTHS and still NO album, NO drone video, "
        "only 40 edited photos in a Drive link (candidframes.example.in/sharma-wedding) out "
        "of which half are blurry!!!\n"
        "\n"
        'Every time I am calling +91 98290 41207 your assistant Pooja is saying "sir, '
        'editing is going on, two more weeks". Two more weeks since FEBRUARY. You people '
        "think we are fools??\n"
        "\n"
        "I am giving you till 15th May. Full album plus video delivered, or ₹85,000 refund. "
        "Otherwise I will post on Instagram tagging @candidframes.jaipur and every wedding "
        "page, and file complaint in consumer forum. My cousin is advocate, don't test me.\n"
        "\n"
        "Vikram Sharma\n"
        "vikram.sharma88@example.in"
    ),
    (
        "Dear Customer Care,\n"
        "\n"
        "My number is 0803 555 2196. On 21/01/2024 I recharged ₦10,000 and bought the 25GB "
        "monthly bundle for ₦6,500. By 2pm the same day the bundle had ENTIRELY finished. "
        "25GB in five hours?! Is it magic?? I was only on WhatsApp!!\n"
        "\n"
        "I have called 300 times, check my call logs, and your agent Chidinma keeps telling "
        'me "sir, kindly restart your phone". I have restarted this phone until the phone '
        "itself is tired. Complaint reference CC-NG-7740183 was opened and then CLOSED "
        "without anybody calling me. Nonsense!!\n"
        "\n"
        "I want the ₦6,500 reversed and the bundle restored by Friday 26th. If not, I am "
        "taking this to the NCC and I will post all the screenshots on X tagging "
        "@LinkaMobileNG for everybody to see. You people should fear God.\n"
        "\n"
        "Emeka Obi\n"
        "emekaobi.work@example.com"
    ),
    (
        "Hi there,\n"
        "\n"
        "Job card #HW-3312. Your plumber Sipho came to replace my geyser element on 5 March "
        'at 09:00. Charged R2,850 cash (no receipt, "the card machine is broken"). By 7pm '
        "that evening water was pouring through my ceiling. THROUGH MY CEILING. The ceiling "
        "board alone is R4,200 to replace!!!\n"
        "\n"
        "I phoned 021 555 0193 that night and your after-hours line just rang and rang. Next "
        'morning your office lady said Sipho is "on leave". Very convenient, hey. Nobody has '
        "come back. NOBODY. Every single time I call I get a different story.\n"
        "\n"
        "I want (1) someone here by Friday 15 March before noon to fix it properly, (2) the "
        "R2,850 refunded, and (3) the ceiling repair covered. Otherwise it's Hellopeter, the "
        "Consumer Goods and Services Ombud, and every Facebook group in the Northern "
        "Suburbs. My email is nadia.vw@example.co.za, use it.\n"
        "\n"
        "Nadia van Wyk"
    ),
    (
        "G'day,\n"
        "\n"
        "Quote Q-1187 from GreenEdge Landscaping, Brisbane. Deposit A$4,500 paid 3 Jan 2024 "
        'for a retaining wall and new turf, job starting "week of the 15th". It\'s now '
        "2024-02-26 and I've had ONE visit. One bloke (Jake) dropped off a pallet of "
        "sleepers, had a smoko, and left. The sleepers have been sitting on my nature strip "
        "for SIX WEEKS and the council's now sent me a warning letter!!!\n"
        "\n"
        "I've texted Jake on 0491 570 156 eleven times. Blue ticks, no reply. Your website "
        '(greenedge-landscapes.example.com.au) still says "reliable, on time, every time". '
        "Mate. Come on.\n"
        "\n"
        "Either the crew is here Monday 4 March at 7am, or I want the full A$4,500 back. "
        "After that it's Fair Trading QLD and a long post on the Brisbane subreddit and your "
        "Google page. Not mucking around anymore.\n"
        "\n"
        "Steve Kowalczyk"
    ),
    (
        "Subject: Refund request, student ID LS-TOR-40912, THIRD EMAIL\n"
        "\n"
        "Hello Ms. Tremblay,\n"
        "\n"
        "I enrolled in the 12-week intensive French course starting 8 January and paid "
        "CA$2,640 on 2023-12-14 (transaction #TX88412). The timetable promised 20 hours a "
        "week. Since February we get maybe 12, because our teacher Julien cancels every "
        "Friday. EVERY Friday. Last week he cancelled at 8:55 for a 9:00 class!!!\n"
        "\n"
        "Your office told me on 19/02 that a substitute would be arranged. There was no "
        "substitute. There was a locked classroom and a sticky note. Is this a school or a "
        "joke?\n"
        "\n"
        "I am asking for a pro-rated refund of CA$1,056 for the missing hours. Reply to "
        "ana.ribeiro.to@example.ca or call 416-555-0182 before March 1st. If I don't hear "
        "back I'll be filing with Ontario Consumer Protection and writing honest reviews on "
        "Google and in every expat group in Toronto. I'm done being polite.\n"
        "\n"
        "Ana Ribeiro"
    ),
    (
        "To Cineplex Tokyo Bay customer service,\n"
        "\n"
        "Booking number CTB-0413-55821, 4 seats for the 19:30 IMAX showing on 13 April 2024. "
        "Paid ¥9,600 by card. We arrived at 19:10 and were told the screening was cancelled "
        'due to a "technical issue". No email, no SMS, nothing, even though you had my email '
        "(d.okafor.jp@example.jp) AND my phone (090-5550-3318).\n"
        "\n"
        "The staff member, Mr Sato, offered us ¥1,000 vouchers. ¥1,000!!! We had travelled "
        "ninety minutes with two tired kids. When I asked for a manager he said the manager "
        '"is not available today". Seriously?!\n'
        "\n"
        'Your website (cineplex-tokyobay.example.jp/faq) says refunds take "3-5 business '
        'days". It is now 2 May. No refund.\n'
        "\n"
        "Refund the ¥9,600 in full plus our travel costs (¥3,280) by 10 May, or I post about "
        "this on Google Maps and Tripadvisor and tag @CineplexTBay on X. Very disappointing "
        "and, honestly, rude.\n"
        "\n"
        "Daniel Okafor"
    ),
    (
        "Hej,\n"
        "\n"
        "I am writing in English so there is NO misunderstanding this time.\n"
        "\n"
        "Customer no. TS-20417, Trafikskola Nordljus, Uppsala. I paid 14 500 kr on "
        "2024-01-08 for a package of 15 lessons plus risk training. I have had 9 lessons. "
        "Your instructor Mikael has cancelled FOUR times, once by text 20 minutes before "
        '(07:40 for an 08:00 lesson). Now your office says the package "expired" on 31 March '
        "and my remaining 6 lessons are gone?!?! Nobody ever mentioned an expiry date. It is "
        "not in the contract I signed. I have read it three times.\n"
        "\n"
        "I need the 6 lessons back or a refund of 5 800 kr. I have a test booked on "
        "14/05/2024 and I am NOT losing it because of your chaos.\n"
        "\n"
        "Call me on 070-555 28 91 or email elin.holm@example.se. If I hear nothing by Friday "
        "I go to ARN and write about this on Reco and Facebook. You should be ashamed.\n"
        "\n"
        "Elin Holm"
    ),
    (
        "Hello,\n"
        "\n"
        "Order #RK-88120-PL on your marketplace (rekodzielo-market.example.pl), seller "
        '"WoolenDreamsKrakow". Hand-knitted baby blanket, 289 zł + 18 zł shipping, paid '
        "03.02.2024. Seller promised dispatch within 5 days. It arrived on March 11th, a "
        "month late, and it's ACRYLIC, not merino like the listing says. It even has a "
        "factory label inside!!! Handmade, my a**.\n"
        "\n"
        "I opened dispute D-55431 on 12 March. Your support agent Kasia closed it after 2 "
        'days saying "the seller has responded". The seller\'s response was a sticker emoji. '
        "A STICKER EMOJI.\n"
        "\n"
        "I want a full refund of 307 zł including postage, and a return label paid by you. "
        "Email m.zielinska@example.pl, phone +48 601 555 214. If this is not resolved by "
        "2024-03-25 I'm going to UOKiK and posting the whole story with photos on Instagram "
        "(@handmade_scams_pl is already interested). Your platform is protecting fakes.\n"
        "\n"
        "Magda Zielińska"
    ),
    (
        "Good afternoon,\n"
        "\n"
        "I am writing AGAIN about account GH-FBR-30918. I paid GH₵ 1,450 on 6th February "
        "2024 for fibre installation at my house in Spintex, Accra. The technician, Kwabena, "
        'came on 12/02 at 10am, drilled two holes in my wall, and said the cable "has not '
        'come". He never came back!!!\n'
        "\n"
        "Since then I have called 0302 555 781 at least fifteen times. Each time someone "
        'says "we will call you back within 24 hours". Nobody has EVER called back. Not '
        "once. I run my business from home and I have been buying mobile data, over GH₵ 600 "
        "so far, because of your company.\n"
        "\n"
        "Enough is enough. Either the installation is completed by 1 March or I want my full "
        "GH₵ 1,450 back plus the data costs. I have already drafted a complaint to the NCA "
        "and I will post on X tagging @SwiftLinkGH and in the Accra Tech Facebook group. You "
        "people take customers for granted.\n"
        "\n"
        "Akosua Mensah\n"
        "akosua.mensah.biz@example.com.gh"
    ),
    (
        "To FiberMax PH Support,\n"
        "\n"
        "Acct no. 0091-4477-21, Cebu City. Installation was scheduled for March 3 between "
        '8am and 12nn. Your installer team arrived 4:45PM, said the pole was "too far", and '
        "left. Rescheduled to March 9. NO ONE CAME. Rescheduled again to 2024-03-16. Again "
        "NO ONE!!!\n"
        "\n"
        "Meanwhile you already billed me ₱1,699 for March plus a ₱3,500 installation fee. "
        "For WHAT? For a router still sealed in its box on my table?!\n"
        "\n"
        "I've spoken to agents Joy, Mark and Kristine on your hotline (02) 8555 0123. Ticket "
        'numbers: FM-558812, FM-559047, FM-560211. Every one says "escalated". Escalated to '
        "where, the moon??\n"
        "\n"
        "I want the ₱5,199 refunded or the line installed THIS WEEK. If not I'm filing with "
        "the DTI and NTC and posting everything on Facebook tagging @FiberMaxPH. Don't send "
        "me template replies anymore.\n"
        "\n"
        "Rhea Villanueva\n"
        "rhea.villanueva@example.ph\n"
        "0917 555 4412"
    ),
    (
        "Dear Ms Gallagher,\n"
        "\n"
        "Re: wedding booking WV-2024-118, Ballyross House, Saturday 8 June 2024.\n"
        "\n"
        "We paid a €6,000 deposit on 14/09/2023 and a further €9,500 on 2 April. Last "
        'Tuesday at 3.20pm your events coordinator, Shane, rang to say the marquee is "no '
        "longer available\" and we'll have to use the old barn instead, same price!!! The "
        "barn that, according to your own website (ballyrosshouse.example.ie/venues), seats "
        "90. We have 140 guests. ONE HUNDRED AND FORTY.\n"
        "\n"
        "You have known about this since March at least, because a supplier told us. You "
        "NEVER said a word. Not one.\n"
        "\n"
        "So. Either the marquee is reinstated in writing by 20 May, or we want the full "
        "€15,500 back so we can try to salvage something. If we have to, we'll go to the "
        "CCPC and the small claims court, and believe me every wedding group in Munster will "
        "hear about it. My mother is already drafting.\n"
        "\n"
        "Ciara & Dónal\n"
        "ciara.donal.wedding@example.ie\n"
        "087 555 3019"
    ),
    (
        "Hi FitPulse team (or whichever bot reads these),\n"
        "\n"
        'Your app charged me $119.99 on 2024-03-14 for an "annual renewal", in DOLLARS, '
        "which my bank converted to £96.41 plus a £2.65 foreign transaction fee. I turned "
        "auto-renew OFF on 3 March. I have the screenshot, timestamped 21:47.\n"
        "\n"
        "I emailed support@fitpulse.example.com on the 15th, 17th and 20th. Got three "
        'replies from "Ashley" pasting the same FAQ link '
        "(fitpulse.example.com/help/billing). Ashley, love, I can read. I read the FAQ. "
        "That's how I knew how to turn it OFF.\n"
        "\n"
        "Your app is fantastic at telling me I've missed my steps every single day, but "
        "apparently can't register one tap on a toggle. Incredible technology.\n"
        "\n"
        "Refund the full $119.99 and the fee by 31/03/2024 or I'm raising a chargeback and "
        "leaving 1 star on the App Store and Google Play with the screenshots. DM me at "
        "@liv_runs_leeds if that's easier.\n"
        "\n"
        "Olivia Grant, user ID 7782-QX"
    ),
    (
        "To the Manager, Thistle & Thorn Garden Centre, Perth\n"
        "\n"
        "Order no. TT-40556. On Saturday 13th April at roughly 11:30 I bought 3 x Japanese "
        "maples at £89.99 each, plus compost and a £15 delivery charge. Total £299.47, card "
        "receipt in hand. Delivery was booked for Tuesday 16/04. It came Thursday, at "
        "7.40PM, in the dark, and your driver (Craig, according to the van) dumped the trees "
        "on the driveway and drove off. Two of the three have snapped trunks!!!\n"
        "\n"
        'I rang 01738 555904 next morning and a lassie called Shona told me "plants are '
        "living things, damage happens\". Oh is that right?! So I'm meant to pay £180 for "
        "firewood?\n"
        "\n"
        "I want two replacement maples delivered PROPERLY, or £179.98 back on my card, by 30 "
        "April. I've already put photos on the Perth Community Facebook page and folk are "
        "NOT impressed. Next stop Trading Standards and a proper Google review.\n"
        "\n"
        "Iain MacLeod\n"
        "iain.macleod54@example.co.uk"
    ),
]
