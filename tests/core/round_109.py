"""Blind round 109 (session 35): written by a helper session that saw no rule, no round and no
code, after the session's round-107 and 108 work, themed on vets and pet insurance, gyms, airport
car hire, home-care agencies, online marketplaces, roofers and damp-proofing, festivals and
ticketing, student accommodation, funeral directors, GP surgeries and private clinics, couriers,
rural broadband. Held out until measured with the session's starting code (be9bc03) and with
70e5c94 (all the round-107 and 108 work): extortion 11/15 with both, threats 12/20 with both,
look-alikes 20/20 with both, plain pairs 10/10, dry pairs 4/10 with both (marked 4 and 5),
sincere 15/15 and 14/15, calm versions 16/16. Then worked from (the fixes are tested with texts
of our own in test_round_109_110_shapes.py); its reading after them is kept as a floor."""

EXTORTION = [
    (
        "Dear Practice Manager, I have drafted a detailed Google review regarding my dog "
        "Bramble's treatment on 4 June. I am prepared to leave it unpublished should the "
        "practice see fit to waive the £412 invoice in full. I await your proposal by Friday."
    ),
    (
        "Refund the £89 joining fee and my Trustpilot review stays in drafts. Don't, and it "
        "goes live tonight with photos of your changing rooms."
    ),
    (
        "hiya so ur vinted listing said 'like new' lol. send me £15 back n i'll leave u 5 "
        "stars, otherwise its 1 star n i'm screenshotting it for the vinted mums grp x"
    ),
    (
        "Aye, see that review I put up on Google aboot yer roofers leavin ma gutter hingin "
        "aff? Ah'll take it doon the minute ye knock two hunner quid aff the bill. No before."
    ),
    (
        "Now listen, I've a post half written for the parish Facebook page about yer "
        "broadband. Throw in six months free and sure I'll never press send. Grand job."
    ),
    (
        "Good afternoon sir. I am giving you chance to settle this matter amicably. Credit "
        "my account the sum of ₦45,000 and I will not post the video of your delivery boy on "
        "TikTok. The ball is in your court."
    ),
    (
        "Kindly note I have prepared one detailed review for Tripadvisor and also Google. If "
        "you are doing the needful and reversing the damage charge of ₹18,000 on my car "
        "hire, I will be keeping it pending only."
    ),
    (
        "Howzit. My review of your res is sitting ready on HelloPeter and Google and eish, "
        "it's not pretty. Give back the R3,500 deposit and I'll make it disappear, lekker?"
    ),
    (
        "Mate, I'm sitting on a Reddit thread that'd sink your festival for next year. Bump "
        "me and the missus up to VIP camping on the house and I reckon I'd lose interest in "
        "posting it."
    ),
    (
        "Well bless your heart, I've got a Yelp review wrote up that'd curl your hair. Now "
        "if y'all found a way to comp Mama's last two weeks of care, I reckon I could sit on "
        "it a spell."
    ),
    (
        "It would be such a pity if the 11,000 people on our local Mumsnet board heard how "
        "the funeral flowers arrived wilted. I'm sure a gesture of, say, half the floral "
        "charge would keep things between us."
    ),
    (
        "I'll update my rating from one star to five once the £120 'excess cleaning fee' is "
        "back in my account. Not a moment before."
    ),
    (
        "Here's the deal: you quietly cancel the last 9 months of my gym contract and I "
        "delete the X thread that's sitting on 40k views. Everyone walks away happy."
    ),
    (
        "Your courier smashed my mirror. I've 60k followers. Either you cover the mirror AND "
        "send £50 for my trouble, or the unboxing video goes up Sunday morning. Your move."
    ),
    (
        "Hello, I wonder if we might come to an arrangement. My Google review of the surgery "
        "is currently one star with a fairly detailed account. A same-week appointment for "
        "my husband, without the usual triage wait, would go a long way towards my "
        "revisiting it."
    ),
]

THREATS = [
    (
        "Your receptionist with the butterfly tattoo leaves by the side door at half five. "
        "Be a shame if she went down those steps one of these dark evenings."
    ),
    (
        "I know which nursery your manager's little girl goes to. Pink coat, picked up at 3. "
        "Refund me or I'll be waiting at that gate for a chat with her."
    ),
    (
        "Security guard at Gate C, the ginger one in the yellow hi-vis. I've got his face on "
        "my phone and mates who'll be there next year. He won't be walking out of that field."
    ),
    (
        "Keep ignoring my emails, pal, and I'll come down to the gym and put your head "
        "through that mirror wall."
    ),
    ("Folk that rob grieving families don't tend to make old bones themselves. Just saying."),
    (
        "Lovely van you drive, the white Transit with the ladders on top. Brake lines are "
        "funny things, aren't they."
    ),
    "I hope your shop burns down with you locked inside it.",
    ("Next time your courier comes up my lane he's leaving in an ambulance, I promise you that."),
    (
        "Got your home address off Companies House. Me and my brothers are paying a visit "
        "Saturday. Bring the deposit or bring a first aid kit."
    ),
    (
        "Good morning. I simply wanted you to know I have been sitting outside your practice "
        "for several days and have noted when each of your vets arrives and leaves. I "
        "thought you ought to be aware. Have a pleasant week."
    ),
    "ur lucky im not the type to wait in the car park with a bat. my cousin is tho",
    (
        "Cancel my contract or I swear on my mother I'll put every window in that place in, "
        "then start on your Audi."
    ),
    (
        "Tell that engineer if he shows his face in this townland again he'll be going home "
        "without his kneecaps."
    ),
    "Ye'll be gettin a visit, son. An it'll no be a polite wan.",
    (
        "Your landlord's kids walk past my building every morning. I'd hate for anything to "
        "happen to them just because Daddy won't fix the mould."
    ),
    (
        "A can of petrol costs four quid. Your office door is wooden. Think on that while "
        "you decide about my refund."
    ),
    (
        "I've been told where the carer who dropped my dad lives. She won't sleep easy "
        "again, I'll see to that personally. Every night."
    ),
    ("Nobody would miss a crooked Etsy seller. Remember that next time you open your front door."),
    (
        "Son, where I come from a man who cheats a widow gets taken out back. You'd do well "
        "to recall I'm from there."
    ),
    "Hope your dog gets the same 'care' mine did. Then you. Slowly.",
]

LOOK_ALIKES = [
    (
        "I've now referred my pet insurance claim (ref PI-20931) to the Financial Ombudsman "
        "Service and will follow their guidance from here."
    ),
    (
        "If the deposit isn't returned within 14 days I'll be filing in the small claims "
        "court. That's not a threat, it's just the next step the tenancy scheme advised."
    ),
    "This booking app is killing me, it's logged me out four times this morning.",
    (
        "The queue at the car hire desk was absolute murder, 90 minutes in the heat with two "
        "toddlers."
    ),
    (
        "Just so you know, I'll be leaving an honest Google review about the roofing work, "
        "good and bad. No need to reply."
    ),
    (
        "FIRE RISK: the extension lead in the kitchen of Flat 4B is scorched and smells of "
        "burning plastic. Please send someone before anyone gets hurt."
    ),
    (
        "There's a loose cable hanging off the pole outside our house since your engineer "
        "visited. Could be dangerous for the kids walking to school."
    ),
    (
        "Sorry the parcel's late, the depot rang to say the driver was in an accident on the "
        "A9 and is in hospital. Hope he's ok."
    ),
    "I'm going to kill my sister, she's booked us both into the 6am gym induction 😂",
    (
        "Ordered the 'Slaughterhouse Red' candle from your Etsy shop and it arrived snapped "
        "in half. Could I get a replacement?"
    ),
    (
        "I have started a chargeback with my bank for the festival tickets, as the event was "
        "cancelled and no refund was offered."
    ),
    (
        "I'll be reporting this to Trading Standards; the damp-proofing guarantee you gave "
        "us doesn't seem worth the paper it's printed on."
    ),
    (
        "The funeral director was a lifesaver, honestly. Although the hearse nearly died on "
        "the hill, poor thing."
    ),
    (
        "My cat's flea treatment is called 'Bug Assassin' and the tube leaked all over the "
        "inside of the box."
    ),
    (
        "The GP receptionist said she'd shoot me an email with the results. Still waiting a "
        "week later."
    ),
    "Gonna destroy you at squash next week Dave, you're going down 😈 book the court for 7",
    (
        "I'll be posting a review of the halls on the uni forum so next year's first years "
        "know what to expect. Four stars, mould aside."
    ),
    (
        "Broadband is dead again. Third time this month out here in Connemara. Can someone "
        "please look at the exchange?"
    ),
    (
        "I know where your depot is, so I'll just collect the parcel myself tomorrow. No "
        "need to redeliver."
    ),
    (
        "Warning for other owners: the dog chew you sold is a choking hazard, our lab nearly "
        "choked on a piece. I've reported it to the manufacturer too."
    ),
]

PAIRS = [
    (
        (
            "Hi, I was charged £68 for a consultation that lasted about five minutes, and I "
            "don't think Milo's ear was properly examined. Could you review the charge?"
        ),
        (
            "£68 for FIVE MINUTES?!?! Your vet barely even LOOKED at Milo's ear!!! Absolute "
            "daylight robbery. I want that charge reversed TODAY."
        ),
    ),
    (
        (
            "I'd like to cancel my annual gym membership as I've moved to Leeds. Please let me "
            "know what you need from me."
        ),
        (
            "I have MOVED TO LEEDS. I am NOT paying for a gym 200 miles away!!! Cancel the d*mn "
            "contract NOW and stop hiding behind your 'policy', you useless lot."
        ),
    ),
    (
        (
            "I've been charged €300 for a scratch that was already there when I collected the "
            "car at Malaga. I have photos from pickup."
        ),
        (
            "€300 for a scratch that was ALREADY THERE!!! I have PHOTOS, you scammers. Refund it "
            "or I go to my bank, you absolute cowboys."
        ),
    ),
    (
        (
            "The carer didn't arrive for Mum's morning visit today and nobody rang us. Could you "
            "explain what happened?"
        ),
        (
            "NOBODY CAME for Mum this morning and NOBODY RANG!!! She sat in wet clothes till "
            "lunchtime. What the h*ll are we paying you for?!"
        ),
    ),
    (
        (
            "The jacket I received is a size smaller than the listing said. Could I return it "
            "for a refund?"
        ),
        "LISTED AS LARGE. IT'S A MEDIUM. Are you blind or just a liar?!! Refund me NOW.",
    ),
    (
        (
            "The roof is leaking again in the same spot you repaired in October. Could you "
            "arrange a visit, please?"
        ),
        (
            "SAME LEAK, SAME SPOT, THREE MONTHS LATER!!! Did you even go up the ladder?? Get "
            "your sh*t-for-brains crew back here THIS WEEK."
        ),
    ),
    (
        (
            "My e-ticket was rejected at the gate even though I bought it from your official "
            "site. Can you help?"
        ),
        (
            "BOUGHT FROM YOUR OWN SITE AND YOU TURNED ME AWAY AT THE GATE?!?! £280 down the "
            "drain. Pathetic. SORT IT."
        ),
    ),
    (
        ("There's been black mould in my bedroom for three weeks now and I've reported it twice."),
        (
            "THREE WEEKS of black mould and TWO reports ignored!!! I'm breathing this cr*p in "
            "every night. Fix it or I'm withholding rent, you clowns."
        ),
    ),
    (
        ("The parcel was marked as delivered but it isn't here and none of my neighbours have it."),
        (
            "'DELIVERED' MY A**E!!! It's not here, the neighbours don't have it, your driver's a "
            "LIAR. FIND IT."
        ),
    ),
    (
        (
            "Our broadband in Co. Mayo has been down since Tuesday. Is there an estimated time "
            "for the fix?"
        ),
        (
            "DOWN SINCE TUESDAY!!! I work from home, you muppets!! Give me a fix time TODAY or "
            "I'm cancelling."
        ),
    ),
    (
        (
            "My claim for Luna's surgery has been pending for seven weeks. Could you give me an "
            "update?"
        ),
        (
            "Seven weeks for a claim decision. I can only assume each invoice is being copied "
            "out by hand by monks. Luna sends her regards from the sofa she has since fully "
            "recovered on."
        ),
    ),
    (
        (
            "The order of service had my father's name misspelt. I'd like it corrected before "
            "the reprints."
        ),
        (
            "It was thoughtful of you to give my father a new middle name for his funeral. He "
            "always did say he fancied a change."
        ),
    ),
    (
        (
            "I've rung the surgery at 8am five days running and can't get through to book an "
            "appointment."
        ),
        (
            "Five mornings of redialling at eight sharp. I now have the reflexes of a concert "
            "pianist, so the surgery has cured something, at least."
        ),
    ),
    (
        "I was quoted £180 for the scan but invoiced £260. Could you explain the difference?",
        (
            "Quoted £180, invoiced £260. I hadn't realised the quote was more of an opening bid. "
            "Do let me know when the auction closes."
        ),
    ),
    (
        "The seller still hasn't posted the dress and it's been ten days.",
        (
            "Ten days and the dress still hasn't left the seller's house. I expect it's getting "
            "its affairs in order before such a long journey."
        ),
    ),
    (
        "The showers in the men's changing room have been cold for two weeks.",
        (
            "Two weeks of cold showers. Very generous of you to include cryotherapy in the "
            "standard membership at no extra cost."
        ),
    ),
    (
        "The driver left my parcel in the green bin and it was taken away with the rubbish.",
        (
            "Thank you for choosing the wheelie bin as my safe place. The council collected it "
            "this morning, so it's very safe now, just not with me."
        ),
    ),
    (
        "Our connection in rural Sutherland drops out every evening from about 7pm.",
        (
            "The broadband takes a little lie-down every evening around seven. It's nice that "
            "something up here keeps sensible hours."
        ),
    ),
    (
        (
            "The estate car I booked wasn't available, so I was given a much smaller car but "
            "charged the same price."
        ),
        (
            "I booked an estate and was handed something my suitcase could have driven. Paying "
            "the estate price for it was a lovely touch of nostalgia."
        ),
    ),
    (
        "Different carers keep coming every day and Dad finds it confusing.",
        (
            "Dad has met eleven different carers this fortnight. He's never been so popular; "
            "we're thinking of putting out a guest book."
        ),
    ),
]

SINCERE = [
    (
        "Wow. The vet nurse stayed late to sit with Biscuit after his op and rang us at 10pm "
        "to say he'd eaten. Thank you so much, we were in bits."
    ),
    (
        "Of course I'll recommend you! The roofers cleared every scrap of debris and even "
        "fixed our gate latch without being asked."
    ),
    (
        "Finally got my pet insurance payout today once the vet sent the missing records. "
        "Thanks for chasing them for me, it really helped."
    ),
    (
        "Thanks for the update on the parcel, really appreciated the text with the new slot. "
        "It turned up bang on time."
    ),
    (
        "Brilliant service at the Glasgow Airport desk. Karen upgraded us for free because "
        "of the child seat mix-up. Made the holiday start well."
    ),
    (
        "Love that you let me freeze my gym membership while I recovered from surgery. "
        "Didn't expect that at all, thank you."
    ),
    (
        "What a surprise! My daughter's birthday order from your Etsy shop came with a "
        "handwritten card and a little extra charm. She was thrilled."
    ),
    (
        "Just what I needed after a rotten week: the GP rang back within the hour and sorted "
        "my prescription. Thank you Dr Okafor."
    ),
    (
        "Couldn't be happier with how the funeral directors looked after us. They remembered "
        "Nan loved sweet peas and had them on the coffin."
    ),
    ("Wow, engineer out to us near Dingle the same day. Broadband's flying now. Fair play to ye."),
    (
        "Of course nobody can control the weather and the Sunday had to be called off, but "
        "the refund landed in three days. Really decent of you."
    ),
    (
        "Finally, a student landlord who answers emails. New boiler fitted within 48 hours. "
        "Genuinely, thank you."
    ),
    (
        "Thanks for the update about Mum's new carer. We met Priya today and Mum hasn't "
        "stopped talking about her. Perfect match."
    ),
    (
        "Brilliant, brilliant, brilliant. The Vinted seller wrapped the vintage lamp like a "
        "newborn and it arrived in one piece."
    ),
    (
        "Honestly couldn't be happier with the damp course. One winter on and the back "
        "bedroom is bone dry for the first time in years."
    ),
]

CALM_DRAFTS = [
    (
        "Subject: Claim PX-448210 -- AGAIN\n"
        "\n"
        "To whoever is pretending to run claims at PawSure,\n"
        "\n"
        "This is my FOURTH email about Luna's cruciate surgery. Surgery was at Hollybank "
        "Vets on 14/03/2024, invoice HB-77231, total £3,412.50. I submitted the claim on 18 "
        "March at 09:12 with EVERY document your checklist asked for. You NEVER read them. "
        "Every single time I ring 0345 600 1123 I get a different story.\n"
        "\n"
        'Sophie (2 April, 14:40) said "approved, payment in 5 working days". Then Darren (9 '
        'April, 11:05) said it was "under clinical review". Which one of you is lying?? '
        "Because somebody is.\n"
        "\n"
        "I've paid £38.70 a month since 2019. That's well over £2,000 for NOTHING. Pathetic.\n"
        "\n"
        "If £3,262.50 (total minus my £150 excess) is not in my account by 2024-04-19 I'm "
        "going to the Financial Ombudsman AND posting the whole thread on Trustpilot and "
        "tagging @PawSureUK. Don't test me.\n"
        "\n"
        "Rachel Dunmore\n"
        "rachel.dunmore@gmail.com | 07700 914 362"
    ),
    (
        "Hey IronPeak Fitness (or whoever reads this, probably nobody LOL),\n"
        "\n"
        "I have been trying to cancel membership #IPF-20931 since January 6th. I moved from "
        "Austin to Denver on 12/28/2023 for work. Your contract allows cancellation with "
        '"proof of relocation" and I sent my lease to cancel@ironpeakfit.com on 01/08/2024. '
        "ZERO reply.\n"
        "\n"
        "Since then you've charged my card $64.99 on Feb 1, Mar 1 and Apr 1. That's $194.97 "
        "for a gym I literally can't get to without driving 900 miles!!! Plus a $49 \"annual "
        'maintenance fee" on March 15th. Maintenance of WHAT? The treadmills were broken '
        "when I left.\n"
        "\n"
        'Called (512) 555-0148 at 6:15pm on March 20. Tyler said "the manager handles that". '
        'Manager Brandon has apparently "been out" for three weeks. Convenient.\n'
        "\n"
        "You people NEVER answer, you just bill. I've disputed the charges with Chase and "
        "I'm filing with the Texas AG consumer protection division Monday. And yes, the "
        "Google review goes up tonight.\n"
        "\n"
        "Refund $243.97. Cancel it. Done.\n"
        "\n"
        "- Marcus Webb, @marcuswebb_atx"
    ),
    (
        "RE: Booking ref MAL-5582-KX / Rental agreement 00918344\n"
        "\n"
        "I collected a Seat Leon from your desk at Malaga Airport T3 on 3 August 2024 at "
        "23:50 after queueing ONE HOUR AND FORTY MINUTES with two exhausted kids. Fine. "
        "Whatever. But then:\n"
        "\n"
        '- You forced "premium cover" on me (€187.20) claiming my card "wasn\'t accepted" for '
        "the €1,200 deposit. It's a Visa with a £6,000 limit!!\n"
        '- On return (10/08/2024, 06:15) the guy at bay 14, badge "Javier", found a '
        '"scratch" on the rear bumper that is CLEARLY on my timestamped pickup photos.\n'
        '- You then took another €350 "damage admin" anyway. From the card that "wasn\'t '
        'accepted". Funny, that.\n'
        "\n"
        "Every single time I hire from you lot it's a new scam. Crooks in polo shirts.\n"
        "\n"
        "I want €537.20 back. Photos: https://photos.app.goo.gl/aB7kLm2Qx. I've contacted "
        "ECC-Net and I'm disputing it with my bank.\n"
        "\n"
        "Gareth Hughes\n"
        "+44 7911 203 887\n"
        "g.hughes77@outlook.com"
    ),
    (
        "Subject: Complaint against Sunrise Care Clinic - Bill No. SCC/2024/11873\n"
        "\n"
        "Dear Sir/Madam,\n"
        "\n"
        "I am writing with great anger. My father (72 yrs) was admitted at Sunrise Care "
        "Clinic, Pune on 2024-02-11 for simple cataract procedure. Package quoted on phone "
        "by your Mr. Anil Kulkarni was ₹45,000 all inclusive. Final bill handed on 13th "
        "February: ₹78,650!!!\n"
        "\n"
        'What is this "consumables ₹12,400" and "room upgrade ₹9,800" when we NEVER asked '
        "for upgrade? Nursing staff also rude, one sister was shouting at my mother in "
        "corridor at 11:30 pm. Shameful. Is this how you treat senior citizens??\n"
        "\n"
        'I have called 020-2567 8812 total seven times. Every single time "billing person '
        'not available". Mail to billing@sunrisecare.in also no response since 15/02/2024.\n'
        "\n"
        "If extra ₹33,650 is not refunded within 10 days I am filing in District Consumer "
        "Commission and putting full details on Google and Practo with photo of the bill. "
        "Don't think I will keep quiet.\n"
        "\n"
        "Regards,\n"
        "Suresh Deshpande\n"
        "+91 98220 41567"
    ),
    (
        "To: customercare@swiftdispatch.ng\n"
        "Cc: @SwiftDispatchNG\n"
        "\n"
        "Good day,\n"
        "\n"
        "This is the third time I am writing about waybill number SD-LAG-0094417. I paid "
        "₦18,500 on 5th March for same-day delivery of a laptop from Ikeja to Lekki. Your "
        'rider, one Emeka, called me at 4:52pm on 05/03/2024 saying "I dey come". That was '
        "the LAST I heard. Today is March 12th!!!\n"
        "\n"
        "I have called 0803 112 4470 and 0909 556 2210 like twenty times. Your staff "
        'Blessing told me "exercise patience ma". Patience for what? The laptop is worth '
        "₦640,000. It is my daughter's school laptop!!!\n"
        "\n"
        "You people are NEVER serious. Every single time na story. Is your company run by "
        "ghosts??\n"
        "\n"
        "I want the laptop delivered or full value ₦658,500 (laptop + delivery fee) refunded "
        "by Friday 15 March, 5pm. Otherwise I am going to the FCCPC and I will post "
        "everything on X and Nairaland with screenshots.\n"
        "\n"
        "Mrs Adaeze Okonkwo\n"
        "08034417729"
    ),
    (
        "Subject: Res deposit - Unit 4C, Varsity Lofts Stellenbosch - Lease VL-22-0417\n"
        "\n"
        "Hi Thandi / whoever is actually in charge,\n"
        "\n"
        "I moved out on 30 November 2023. The checkout inspection was done by your agent "
        'Pieter at 10:00 and he SAID ON CAMERA the unit was "spotless". I have the video.\n'
        "\n"
        "Now it's 2024-01-22 and I've got R2,150 of my R6,500 deposit back. Deductions: "
        'R1,800 "painting", R1,200 "carpet clean" (THERE IS NO CARPET, IT\'S TILES!!!), '
        'R1,350 "admin". Are you guys serious?? Admin for what, sending me an email with a '
        "typo?\n"
        "\n"
        "Emailed deposits@varsitylofts.co.za on 5 Jan, 12 Jan and 19 Jan. Nothing. Phoned "
        "021 883 9020, voicemail every single time. Incredible business model, honestly.\n"
        "\n"
        "I want the remaining R4,350 paid by 31/01/2024. If not, it's the Rental Housing "
        "Tribunal, a full post on HelloPeter and the student Facebook group (12k members, "
        "just saying).\n"
        "\n"
        "Lwazi Ndlovu\n"
        "lwazi.ndlovu@sun.ac.za\n"
        "072 455 0931"
    ),
    (
        "G'day Sunset Sounds ticketing team,\n"
        "\n"
        "Order #SS24-118830, two GA camping tickets, A$749.90 total incl. the A$29.95 "
        '"booking fee" (lol). Bought 12 Sept 2023 at 9:01am, the second they went live.\n'
        "\n"
        "Festival was 2/3/2024 - 3/3/2024. We got to the gate Saturday 11:20am and your "
        'scanner said both tickets were "already used". ALREADY USED?? By WHO?!? We\'d driven '
        'nine hours. The security bloke (lanyard said "Kyle") basically told us to rack off.\n'
        "\n"
        'Your "support" line 1300 552 118 rang out. The chatbot on sunsetsounds.com.au/help '
        "kept sending me the FAQ about glitter. Unbelievable. You lot couldn't organise a "
        "sausage sizzle.\n"
        "\n"
        "I've got the confirmation email, bank statement and a video of the scanner. I want "
        "the FULL A$749.90 back plus our A$186 in petrol. No reply by 20 March and I'm "
        "lodging with NSW Fair Trading, posting the lot on r/australia and tagging "
        "@sunsetsoundsfest.\n"
        "\n"
        "Cheers (not really),\n"
        "Jess Tamura\n"
        "jesstamura88@gmail.com"
    ),
    (
        "Subject: Invoice #R-2291 - Northshore Roofing - UNACCEPTABLE\n"
        "\n"
        "Mr. Dale Fournier,\n"
        "\n"
        "You quoted me CA$14,800 on September 9th for a full tear-off and re-shingle at 42 "
        "Birchwood Cres, Sudbury. I paid the CA$5,000 deposit by e-transfer on 09/12/2023. "
        "Your crew showed up October 3rd at 7:10am, stripped HALF the roof, and left. A "
        "tarp. That's what I got. A TARP held down with two bricks!!!\n"
        "\n"
        "It rained Oct 6. Water through the ceiling in my daughter's room. Drywall repair "
        "alone is CA$1,975 (quote from Hamid at Birch Drywall attached).\n"
        "\n"
        "I've texted 705-555-0192 eleven times. You NEVER answer. Your office manager Krista "
        'says "he\'s on another job" every single time. Must be nice.\n'
        "\n"
        "Here's where this goes: finish the job by 2023-10-27 and cover the drywall, or I "
        "file in Small Claims, report you to the BBB, and post detailed reviews with photos "
        "on Google and HomeStars. I'm done being polite.\n"
        "\n"
        "Karen Lapointe\n"
        "karen.lapointe@bell.net"
    ),
    (
        "eBay order 23-11042-88731 - item NOT as described\n"
        "\n"
        'Hello seller "vintagecamera_uk",\n'
        "\n"
        'I live in Osaka and bought your "MINT condition" Nikon FM2 for ¥68,400 + ¥4,200 '
        "shipping on 14 January. It arrived 2024/02/02 with fungus inside the lens and the "
        "shutter stuck at 1/60. MINT?? Are you joking me?\n"
        "\n"
        "I sent 4 messages through eBay (Feb 2, Feb 4, Feb 7 at 21:30 JST, Feb 10). You "
        "NEVER replied, but you had time to list 6 more cameras this week. I can see them. "
        "Every single time I check, new items, but no answer for me.\n"
        "\n"
        "Repair shop in Namba says repair cost is ¥31,000. Photos: "
        "https://imgur.com/a/Fm2fungus\n"
        "\n"
        "I do not want repair. I want full refund ¥72,600 and I send camera back if you pay "
        "shipping. If no answer by 17/02/2024 I open Money Back Guarantee case and leave "
        "negative feedback with the photos so other buyers know. Honestly this is cheating.\n"
        "\n"
        "Kenji Morimoto\n"
        "kenji.m@docomo.ne.jp"
    ),
    (
        "To: kundtjanst@omsorgshuset.se - Omsorgshuset Hemtjanst AB\n"
        "\n"
        "(Writing in English because my brother in London needs to read this too.)\n"
        "\n"
        "Our mother Birgitta Lind, 86, Vasagatan 12, Uppsala. Customer number OH-55120. We "
        "pay 9,850 kr a month for TWO visits a day.\n"
        "\n"
        "On 21 January the evening carer did not come. On 23 January, not. On 27/01/2024 she "
        "came at 22:40 when Mamma was already asleep in her chair, still in her shoes!!! "
        "Nobody called. I rang 018-44 12 90 on the 28th and your coordinator Johan said "
        '"staff shortage, it happens". It HAPPENS? She is 86 and cannot get up alone!!\n'
        "\n"
        "Every single week something. You NEVER send the same person twice, she doesn't know "
        "who is in her house. Disgraceful.\n"
        "\n"
        "I want a written explanation, 2,450 kr refunded for missed visits, and a fixed "
        "carer from 1 March. Otherwise I report to IVO and the kommun, and I write about "
        "this in the Uppsala seniors Facebook group.\n"
        "\n"
        "Anna Lind-Carter\n"
        "+46 70 318 22 74"
    ),
    (
        "Vinted transaction #4471920385 - this seller is a JOKE\n"
        "\n"
        "Hi Vinted support,\n"
        "\n"
        'I bought a "brand new with tags" Patagonia jacket from @kasia_szafa_krk for 420 zł '
        "+ 16,99 zł InPost shipping on 2024-05-06. Paczkomat code 883194, collected in "
        "Krakow on May 9th at 18:20.\n"
        "\n"
        "Inside the bag: a FAKE. No tags, logo stitched crooked, smells like a basement. I "
        'opened an "item not as described" case within 2 hours (10:15 pm same day) with 9 '
        'photos. Seller replied "is original, you are liar" and BLOCKED me. Lovely.\n'
        "\n"
        'Then your system closed my case on 12/05/2024 saying "no response from buyer". I '
        "RESPONDED. Three times!!! Does anyone there actually read anything or is it all "
        "bots?\n"
        "\n"
        "Every single time there's a problem on Vinted the buyer loses. I want 436,99 zł "
        "back to my card, not Vinted balance. If this isn't fixed by 20 May I complain to "
        "UOKiK and make a full TikTok on how your dispute system works (or doesn't).\n"
        "\n"
        "Magdalena Nowak\n"
        "magda.nowak92@wp.pl"
    ),
    (
        "Subject: Account 30018823 - NO broadband since 14th October - Kilcar, Co. Donegal\n"
        "\n"
        "To whoever is reading this up in Dublin,\n"
        "\n"
        "Our line has been dead since Saturday 14/10/2023, around 3pm. Fault ref "
        "FLT-9920-DL. I've rung 1800 939 111 every single day. I've spoken to Aoife, Ciaran, "
        '"Mark" and a lad who wouldn\'t give his name, and every one of them says "an '
        "engineer's been assigned\". Grand. WHERE IS HE?\n"
        "\n"
        "I run a B&B. Guests are cancelling because there's no Wi-Fi, that's €640 in "
        "cancellations so far (booking refs attached). We're paying €59.99 a month for a "
        "service that doesn't EXIST!!\n"
        "\n"
        'The engineer was "due" on 19 October, then 24 Oct, then 2023-10-30. Nobody came. '
        "NEVER. Not once.\n"
        "\n"
        "I want the line fixed this week, full credit for every day it's been down, and the "
        "€640 covered. If not I'm going to ComReg, to my TD and to the Donegal Live Facebook "
        "page, and I'll name yous.\n"
        "\n"
        "Siobhan McGinley\n"
        "087 412 3390 | smcginley.kilcar@eircom.net"
    ),
    (
        'Re: Ticket #HL-774102 - Highland Fibre "Superfast" (ha)\n'
        "\n"
        "Right. I've been patient. I've been VERY patient.\n"
        "\n"
        "Croft 3, Achmelvich, Lochinver, IV27 4JB. Contract started 1 June 2023, "
        '£42.50/month for "up to 80Mbps". Speed test this morning, 07:45, 25/09/2023: '
        "1.9Mbps. ONE POINT NINE. Daily screenshots for a month: "
        "https://drive.google.com/drive/folders/achmelvich-speeds\n"
        "\n"
        "Your technician Callum came on 8 September, looked at the box, said \"aye, that's "
        'the line" and drove off. That was the whole visit, and you billed me £65 for it!!!\n'
        "\n"
        "Every single time I phone 0800 028 4411 I'm told to turn the router off and on. "
        "I've turned it off and on more times than your CEO has turned up to work.\n"
        "\n"
        "I want the £65 callout refunded, £127.50 back for three months of rubbish, and an "
        "engineer who actually climbs a pole. Otherwise it's Ofcom, the ombudsman and my "
        "MSP, and the lot goes in @HighlandFibre's replies and on the Assynt community page.\n"
        "\n"
        "Fiona MacLeod\n"
        "fiona.macleod@btinternet.com"
    ),
    (
        "To: Mr. Earl Whitaker, Whitaker & Sons Funeral Home, Macon GA\n"
        "\n"
        "I never in my life thought I'd have to write a letter like this to a funeral home.\n"
        "\n"
        "My mother, Dorothy Anne Pruitt, passed March 3rd, 2024. Service was in your chapel "
        "on 03/09/2024 at 11:00 AM. Contract #WS-2024-0318. We paid $9,480 in full, check "
        "#1142, on March 5.\n"
        "\n"
        "1. The casket was NOT the Mahogany Heritage we picked ($3,200). It was the Oak "
        "Classic ($2,150). I know oak when I see it, sir.\n"
        '2. The programs spelled her name "Dorthy". Her NAME.\n'
        "3. The family limo was 25 minutes late and the driver, Travis, was on his phone the "
        "whole ride.\n"
        "\n"
        "I called (478) 555-0173 four times and you NEVER called back. Your assistant "
        'Darlene said you were "at the lake". How nice for you.\n'
        "\n"
        "I want the $1,050 casket difference and $350 for the programs refunded by April 1. "
        "If not, I'm going to the Georgia State Board of Funeral Service, and every church "
        "in Bibb County is going to hear about this. Google too.\n"
        "\n"
        "Linda Pruitt-Hayes\n"
        "lindaph@att.net"
    ),
    (
        "FAO: Practice Manager, Harley Wellness Clinic\n"
        "Patient ID: HWC-00381772\n"
        "\n"
        "I'm writing about my appointment on Thursday 7 March 2024, booked for 2:15pm with "
        "Dr Priya Sandhu. I arrived at 2:05. I was seen at 3:50. ONE HOUR AND 45 MINUTES in "
        "a waiting room with a broken coffee machine and a TV looping adverts for your own "
        "botox packages. Delightful.\n"
        "\n"
        "The consultation lasted 9 minutes. Nine. I was then charged £295 at reception by "
        "Chloe, who rolled her eyes when I queried it.\n"
        "\n"
        'Blood results promised "within 48 hours" by email to j.ashworth@protonmail.com '
        'never came. I rang 020 7946 0321 on 12/03, 14/03 and 18/03. Every single time "the '
        "doctor will call you back\". Spoiler: she didn't.\n"
        "\n"
        "You NEVER explain anything. You just take the card and smile. For £295 I expect "
        "basic competence, not this sh*tshow.\n"
        "\n"
        "Refund the consultation, or send my results AND a written apology by 2024-03-25. "
        "Otherwise: CQC complaint, Doctify review and a very honest Google review.\n"
        "\n"
        "James Ashworth"
    ),
    (
        "Subject: Damp-proof guarantee DPC-30-88214 - Dryline Damp Solutions\n"
        "\n"
        "Mr. Gavin Pryce,\n"
        "\n"
        "You injected a chemical DPC at 17 Heol y Nant, Pontypridd, CF37 4LR on 21-22 "
        'November 2022. Price: £4,860 incl. VAT. You gave us a "30-YEAR GUARANTEE" (your '
        "capitals, on the certificate).\n"
        "\n"
        "Fourteen months on, the back wall is wetter than before you came. Plaster bubbling, "
        "black spots behind the wardrobe, my youngest's inhaler use has doubled. Your "
        "surveyor Rhys came on 2024-01-16 at 9:30, poked it with a meter and said \"that's "
        'condensation, open a window". OPEN A WINDOW. In January. In Wales!!!\n'
        "\n"
        "I've emailed guarantees@drylinedamp.co.uk on 17 Jan, 24 Jan and 1 Feb, and phoned "
        "01443 555 782. You NEVER reply in writing because you know it won't stand up.\n"
        "\n"
        "An independent surveyor (report IS-2024-117, cost £350) says the DPC was drilled at "
        "the wrong height.\n"
        "\n"
        "Redo the work properly or refund £4,860 plus the £350 report by 29/02/2024. "
        "Otherwise it's small claims, Trading Standards and a full write-up with photos on "
        "Checkatrade and Facebook. Your choice, pal.\n"
        "\n"
        "Eleri Jones\n"
        "07831 226 514"
    ),
]
