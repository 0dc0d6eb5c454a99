"""Blind round 124 (session 38): written by a helper session that saw no rule, no round and no
code, themed on plumbers and heating engineers, mattress and sofa retailers, nurseries and
childminders, hair and barber shops, car dealerships, mobile networks, hotels in Spain and
Portugal, courier and parcel lockers, garden centres, locksmiths, second-hand marketplaces,
matatu and bus operators in Kenya and South Africa. Held out: measured with the session's
starting code (e55452a): extortion 13/15, threats 16/20, look-alikes 19/20, plain pairs 10/10,
dry pairs 4/10, sincere 14/15, calm versions 16/16. The extortion reader's bar (0.55) was chosen
with its trades read alongside (at 0.5 and 0.55 alike); then the threat shapes of the session's
table block were written from its misses and those of rounds 117-121: extortion 13/15, threats
18/20, look-alikes 19/20, plain pairs 10/10, dry pairs 4/10, sincere 14/15, calm versions 16/16.
Kept as a floor."""

EXTORTION = [
    (
        "Dear Sir or Madam, I have drafted a fairly detailed Trustpilot review regarding the "
        "corner sofa (order SF-20931) that arrived with a split seam. I would be content to "
        "leave it unpublished should you refund the £79 delivery charge and add a goodwill "
        "payment of £150 by Friday. I trust we can resolve this discreetly."
    ),
    (
        "Refund the call-out fee or the Google review goes live tonight, with photos of the "
        "mess your plumber left under my sink. Your call."
    ),
    (
        "hiya so basically if u knock 50 quid off my cut n colour ill take the tiktok down, "
        "its on 3k views already lol so up 2 u hun x"
    ),
    (
        "Listen pal, I've got a Facebook post sat in my drafts about yer locksmith charging "
        "£240 for a five-minute job. Slip us a hundred back and it never sees daylight. If "
        "no, it's going on every Glasgow group I'm in, and there's a fair few."
    ),
    (
        "Ah look, I've no interest in making a holy show of the hotel on Tripadvisor, but if "
        "a couple of free nights were to come my way for the bother with the aircon in "
        "Albufeira, sure I'd be happy to let the whole thing go quiet."
    ),
    (
        "Oga, make una hear me well. Refund my 45k for the fake iPhone your vendor sold me "
        "on this marketplace, or I go drop the full gist for Nairaland and X with the man's "
        "name and face. E go sweet you? Choose wisely."
    ),
    (
        "Kindly note I have prepared one detailed review for Google regarding your Andheri "
        "service centre. If you do the needful and waive the ₹3,500 labour charge, I will "
        "not be posting the same. Awaiting your positive reply at the earliest."
    ),
    (
        "Howzit. Your taxi left me standing in Bree Street for two hours. I've got a lekker "
        "long Hellopeter review ready to go, but if you sort me out with a month of free "
        "rides, ja, we can call it square and I'll just delete it."
    ),
    (
        "Mate, happy to bump my one star up to a five on Google once the dealership chucks "
        "in that free first service and the window tint your bloke promised. Til then it "
        "stays up, and I'll keep adding to it every week."
    ),
    (
        "Well bless your heart. I've got a Yelp review about y'all's mattress store wrote up "
        "real nice and detailed. I'd just hate to hit that post button, so if y'all could "
        "see your way to refunding that restocking fee, I reckon I could forget the whole "
        "thing."
    ),
    (
        "It would be such a pity if the Mumsnet thread about staff at Little Acorns smoking "
        "by the side gate got bumped back up. A lot of local mums still read that board. "
        "Perhaps we could discuss my September invoice before anyone replies to it?"
    ),
    (
        "Happy to revisit my one-star on Trustpilot the moment the replacement SIM and a "
        "free month land on my account. Until then it stays exactly where it is, right at "
        "the top of your page where everyone can see it."
    ),
    (
        "I've got a pretty detailed write-up ready for r/CasualUK about your parcel locker "
        "eating my package and your chatbot going round in circles. Those threads get ugly "
        "fast. Reimburse the £89 plus something for my time and it stays in my drafts."
    ),
    (
        "Before I post this thread tagging your CEO and @BBCWatchdog, here's one chance: "
        "free boiler servicing for the next two years and the thread never gets sent. Tick "
        "tock."
    ),
    (
        "The video of your delivery van reversing over my new rose bed is honestly "
        "hilarious. Twelve seconds, great angle. It doesn't need to go anywhere near TikTok "
        "if the roses are replaced free and there's a £50 voucher in it for me."
    ),
]

THREATS = [
    (
        "Your van's parked outside number 14 every night with all your tools in it. Be a "
        "shame if it didn't start one morning. Or wasn't there at all."
    ),
    (
        "Saw your little lad at pickup today in his St Brendan's jumper. Lovely boy. Be a "
        "good dad and refund my deposit."
    ),
    (
        "Sofas go up quick, don't they? A whole warehouse of foam. Just something to think "
        "about while you ignore my emails."
    ),
    (
        "Blokes who rip off pensioners tend to fall off ladders. Funny how often that "
        "happens round here."
    ),
    (
        "Good afternoon. I have noted your engineer's van registration, his first name and "
        "the estate he lives on. I'm sure none of that will become relevant provided the "
        "refund arrives by Thursday. Kind regards."
    ),
    "touch my car one more time and ill snap every finger on them greasy hands of yours",
    (
        "That girl who butchered my hair, Kayleigh, she finishes at 6 yeah? I'll be waiting "
        "by the bins out back. She'll look a lot worse than me by the time I'm done with her."
    ),
    (
        "Conductor of KCB 123X, you pushed my mother out at Githurai. We know your stage. "
        "Next time you pass there you will not reach Ngara with your teeth."
    ),
    (
        "Tell that driver on route 103 not to show his face at Bellville rank again. The "
        "guys have seen his picture and they are waiting for him."
    ),
    "You of all people know how easy it is to get into a house. So do I now. Sleep tight.",
    (
        "I hope the night manager at your Benidorm hotel dies slowly and his kids have to "
        "watch. I mean every word."
    ),
    (
        "Your showroom's got a lot of glass. I've got a very heavy van. Refund me before I "
        "do the maths."
    ),
    (
        "I've got the address of your Croydon shop and a full can of petrol in my boot. "
        "Unlock my phone or find out what happens."
    ),
    (
        "If one more bruise turns up on my son I will come in and put that manager through "
        "the wall in front of all the parents."
    ),
    (
        "Your driver Darren lobbed my parcel over the gate again. Next time he comes down my "
        "road he's leaving in an ambulance."
    ),
    (
        "Lovely greenhouses you've got. Be terrible if some lads got in overnight with a bag "
        "of bricks. Terrible. Anyway, about my refund."
    ),
    (
        "I've got your name, your mum's address off the returns label and a lot of free "
        "time. Scam someone else and see who turns up at her door."
    ),
    "Come Saturday you'll be needing a barber yourself. Well, a nurse, for the stitches.",
    (
        "ur gonna get wats comin 2 u wen my cuzzins find ur shop. not even joking. start "
        "counting ur days"
    ),
    (
        "Do give my regards to your wife. Blonde, drives the white Qashqai, works mornings "
        "at the Tesco on Merton Road? I'd hate for her to have anything to worry about."
    ),
]

LOOK_ALIKES = [
    (
        "If this isn't sorted within eight weeks I'll be referring my complaint about the "
        "boiler finance to the Financial Ombudsman. I've kept copies of everything."
    ),
    (
        "Just to let you know I've raised a chargeback with my bank for the sofa that never "
        "arrived, so you're not surprised when it comes through."
    ),
    (
        "Reported the dealership to Trading Standards this morning. The 'minor advisory' "
        "they didn't mention was a corroded brake pipe."
    ),
    (
        "For transparency, I'm writing an honest Tripadvisor review of our week in Lagos, "
        "Portugal. Some good, some bad. I'm not asking for anything, just thought you should "
        "hear it from me first."
    ),
    (
        "This booking app is killing me. Four times I've tried to book a fade and it logs me "
        "out at the payment screen every time."
    ),
    (
        "The queue at the parcel locker was absolute murder this morning, easily 20 people "
        "and only one screen working."
    ),
    (
        "Safety report: the socket behind the bed in room 311 is hanging off the wall with "
        "bare wires showing. Fire risk, please get someone to look before a child touches it."
    ),
    (
        "There's a loose cable running across the floor by the EV charger on your forecourt. "
        "My dad nearly went flying. Please tape it down before someone gets hurt."
    ),
    (
        "Sad news, the matatu I was on had an accident near Kikuyu yesterday. Nobody badly "
        "hurt thank God. Just asking how to claim for my luggage."
    ),
    (
        "lol if Dave books that barber again I'm going to kill him, his fade looked like a "
        "staircase 😂"
    ),
    (
        "The 'Killer Deal' memory foam mattress is anything but. Springs are poking through "
        "after six weeks."
    ),
    (
        "Ordered Slug Slaughter pellets and Weedkiller Max from your garden centre website. "
        "Only the pellets arrived."
    ),
    ("My phone bill is daylight robbery. £68 for a month where I was abroad for three days."),
    (
        "I'll be leaving a one-star review. No deal, nothing to discuss. I just want other "
        "parents to know what happened at pick-up on Tuesday."
    ),
    (
        "If the £420 isn't refunded by the end of the month I will be filing in small "
        "claims. I have all the receipts and the locksmith's invoice."
    ),
    (
        "Your engineer left and about an hour later the kitchen smelt strongly of gas. We "
        "called the emergency line and they capped it. Please send someone who can explain "
        "what went wrong."
    ),
    ("I'm dying to know where my parcel is. Tracking has said 'out for delivery' since Tuesday."),
    (
        "Your bus on route 5 shot through the red light at Jan Smuts Avenue at 07:40 today. "
        "Someone is going to get killed at that crossing. Please speak to the driver."
    ),
    (
        "Per Citizens Advice, please treat this email as a formal letter before action "
        "regarding the unrefunded deposit for Mia's nursery place."
    ),
    (
        "The 'Bomba' cocktail at the pool bar knocked me flat, ha. Staff were lovely. My "
        "only complaint is the music going until 2am when my kids are trying to sleep."
    ),
]

PAIRS = [
    (
        (
            "Your engineer was booked for 8 to 12 on Tuesday but didn't arrive. Could you let me "
            "know when he can come instead?"
        ),
        (
            "BOOKED 8 TILL 12 AND NOBODY TURNED UP!!! I took a day off work for this. Useless, "
            "absolutely useless. Give me a time TODAY or I want my deposit back."
        ),
    ),
    (
        "The mattress we received has a stain on one side. Can I arrange an exchange, please?",
        (
            "You sent me a STAINED mattress?!?! Who checks these things, a blind man?? Get it "
            "out of my house and bring a clean one, I'm not paying £600 for somebody else's "
            "mess!!!"
        ),
    ),
    (
        (
            "My son came home in someone else's clothes again today. Could staff check the "
            "labels at pick-up?"
        ),
        (
            "THIRD time this month he's come home in another kid's clothes!!! Do any of you "
            "actually look at the children?? Sort it out or I'm pulling him out."
        ),
    ),
    (
        (
            "The car was sold as having a full service history but two stamps are missing. Could "
            "you look into this?"
        ),
        (
            "FULL service history my a**e!!! Two stamps missing and you lot swore blind it was "
            "all there. Liars, the lot of you. I want answers by MONDAY."
        ),
    ),
    (
        (
            "I was charged roaming fees in France even though my plan includes EU roaming. "
            "Please could you refund them?"
        ),
        (
            "£47 in ROAMING CHARGES when my plan INCLUDES EU roaming!!! Are you thick or just "
            "thieves?? Refund it NOW."
        ),
    ),
    (
        "My parcel shows as delivered to locker 2214 but the collection code isn't working.",
        (
            "The stupid locker won't open and your c**p app says DELIVERED!!! That's the third "
            "code you've sent me and none of them work. Get someone down here NOW."
        ),
    ),
    (
        "I asked for a number 3 on the sides and got a number 1. I'm not happy with it.",
        (
            "ASKED FOR A 3, GOT A 1!!! I look like a boiled egg. Does your barber even listen or "
            "is he deaf?? I want my £18 back."
        ),
    ),
    (
        (
            "Our room at the hotel in Salou is next to the lift and very noisy at night. Could "
            "we be moved?"
        ),
        (
            "We've been next to the b****y LIFT for three nights!!! Not a wink of sleep. Your "
            "reception staff just shrug at us. MOVE US TODAY or we're checking out."
        ),
    ),
    (
        ("The quote on the phone was £80 but I was charged £190. Can you explain the difference?"),
        (
            "£80 on the phone, £190 on the card machine!!! Absolute cowboys. You'll be hearing "
            "from my bank, you robbing s***s."
        ),
    ),
    (
        (
            "The matatu from Thika charged me 150 shillings instead of 100 because it was "
            "raining. Is this allowed?"
        ),
        (
            "150 BOB because it's RAINING?!?! Your conductor is a thief and your driver was on "
            "his phone the whole way. FIRE THEM BOTH!!!"
        ),
    ),
    (
        "The engineer fixed the boiler but it stopped working again the next day.",
        (
            "Very impressive work on the boiler. It ran for almost a full day before going cold "
            "again, which I gather is something of a record for your engineers."
        ),
    ),
    (
        "My sofa was due ten weeks ago and I still don't have a delivery date.",
        (
            "Ten weeks and counting. I've started to think of the sofa less as furniture and "
            "more as a philosophical idea, something to be believed in rather than sat on."
        ),
    ),
    (
        ("Could you let us know in advance when you're closing? We only found out this morning."),
        (
            "Thank you for the thoughtful heads-up at 7:15 this morning that you'd be closed "
            "today. It gave me a full eight minutes to rearrange my entire working day."
        ),
    ),
    (
        "My colour came out much more orange than the photo I showed the stylist.",
        (
            "I brought in a photo of ash blonde and left looking like a traffic cone. I suppose "
            "the photo was more of a loose suggestion, really."
        ),
    ),
    (
        "I've been on hold for 40 minutes trying to cancel my contract.",
        (
            "Forty minutes of the same eight bars of pan pipes. I now know them better than my "
            "own wedding song, so thank you for the education."
        ),
    ),
    (
        "The courier left my parcel in the recycling bin and it got wet.",
        (
            "I do appreciate the creativity of leaving my parcel in the recycling bin on "
            "collection morning. It added a real sense of jeopardy to my week."
        ),
    ),
    (
        "The pool was closed for our entire stay, although the website said it was open.",
        (
            "The photos of the pool on your website were lovely. It was nice to be able to look "
            "at them from a sunbed beside the empty concrete hole."
        ),
    ),
    (
        "The hardy olive tree I bought from you died within a month.",
        (
            "The label did say hardy. I suppose it didn't say for how long, and four weeks is a "
            "perfectly respectable life for a tree."
        ),
    ),
    (
        (
            "The seller sent a different phone from the one in the listing, and support hasn't "
            "replied to my case."
        ),
        (
            "Your buyer protection is such a comforting idea. I opened my case eleven days ago, "
            "and the thought that someone might read it one day keeps me going."
        ),
    ),
    (
        (
            "The overnight bus from Johannesburg to Cape Town left two hours late and there was "
            "no announcement about the delay."
        ),
        (
            "Leaving two hours late without a word was a thoughtful touch. It gave all of us at "
            "Park Station plenty of time to get to know one another."
        ),
    ),
]

SINCERE = [
    (
        "Wow. The plumber was here within an hour of my call on Christmas Eve and wouldn't "
        "charge extra for it. Thank you so much, Gary, you saved our Christmas dinner."
    ),
    (
        "Of course I'll recommend you to the other mums. The staff have been amazing with "
        "Leo's settling in, he ran in this morning without even looking back."
    ),
    (
        "Finally got our sofa and it's perfect. Worth every day of the wait, and thanks to "
        "Priya for keeping me updated every single week."
    ),
    (
        "Thanks for the update on my parcel, the photo of where the driver left it was "
        "really helpful. Found it straight away."
    ),
    (
        "Brilliant cut as always, Tomasz. My wife says I look ten years younger, and she "
        "doesn't hand out compliments."
    ),
    (
        "Love that you put a water bowl and treats out for dogs by the garden centre café. "
        "Made my old spaniel's day, and mine."
    ),
    (
        "What a surprise to find a bottle of vinho verde and a handwritten card in our room "
        "in Porto for our anniversary. We were genuinely touched, thank you to the whole "
        "team."
    ),
    (
        "Just what I needed after a long week. The matatu crew played good music, drove "
        "carefully and even helped my cucu down with her bags at Kangemi."
    ),
    (
        "Couldn't be happier with the car. Andile didn't push any extras on me and the "
        "handover was spotless. Already told my brother to come to you."
    ),
    (
        "Wow, my network actually refunded the roaming charges before I even asked. Didn't "
        "think that happened. Well done, genuinely."
    ),
    (
        "The locksmith was here in 12 minutes when I was locked out with my baby inside. Of "
        "course I panicked, but he was so calm and kind. Cannot thank him enough."
    ),
    (
        "Finally, a mattress that doesn't wreck my back. First full night's sleep in months. "
        "I was sceptical about the 100-night trial but you were right."
    ),
    (
        "Thanks for the update about the delay, it really helped to know the night before. "
        "We just moved the appointment and it was no trouble at all."
    ),
    (
        "Bought a secondhand pram on here and the seller threw in a rain cover for free. "
        "Love that people on this app are this kind."
    ),
    (
        "What a surprise, the bus to Durban got in early! The driver was friendly and the "
        "aircon worked the whole way. Will definitely book again."
    ),
]

CALM_DRAFTS = [
    (
        "Subject: Order #PLM-55821 - STILL NO HOT WATER\n"
        "\n"
        "To whoever actually reads these,\n"
        "\n"
        "On 14/03/2024 your engineer Craig Whitlow came out to replace the diverter valve on "
        "my Worcester combi. I paid £285.00 upfront by card (ref TXN-4471-AB). He was here "
        "from 9:10 to 9:40. THIRTY MINUTES. By 6pm that evening the boiler was flashing EA "
        "again and we've had cold showers ever since.\n"
        "\n"
        "I have rung 0161 496 0732 four times. Every single time I'm told someone will \"call "
        'back within the hour". Nobody has EVER called back. Your office girl, Stacey I '
        "think, actually laughed when I said I had a newborn in the house. Lovely.\n"
        "\n"
        "I want either a qualified engineer here before Friday 22 March or a full refund of "
        "the £285 plus the £60 I spent on an electric heater. Otherwise it's a one-star "
        "review on Checkatrade, Google AND a claim through moneyclaim.gov.uk. I've kept "
        "every text.\n"
        "\n"
        "Don't bother emailing me at d.okafor.home@gmail.com with another \"we value your "
        'feedback" c**p.\n'
        "\n"
        "Dean Okafor"
    ),
    (
        "Hi DreamNest Team,\n"
        "\n"
        "I'm writing AGAIN about order DN-2024-008817. I bought the Cloud Nine Hybrid Queen "
        'on March 3rd for $1,249.99 plus $89 "white glove" delivery. Your delivery guys (one '
        "was Marcus, the other didn't bother introducing himself) dropped it in my driveway "
        "at 7:45pm, refused to carry it upstairs and LEFT THE OLD MATTRESS they were "
        "supposed to haul away. White glove my foot!!!\n"
        "\n"
        "I called (555) 014-2298 on 3/6, 3/8 and 3/11. Each time a different story. First it "
        'was "a system glitch," then "driver\'s discretion," then Tanya in customer care told '
        'me I should\'ve "read the fine print." There IS no fine print, I screenshotted your '
        "checkout page at dreamnest-beds.com/delivery.\n"
        "\n"
        "So here's where we are: refund the $89 and send someone to take the old mattress by "
        "March 20th, or I'm disputing the charge with Amex, posting this whole s**t show on "
        "Yelp and tagging @DreamNestBeds everywhere. You NEVER answer emails so I'm cc'ing "
        "corporate too.\n"
        "\n"
        "Sincerely (barely),\n"
        "Linda Kowalczyk\n"
        "Charlotte, NC"
    ),
    (
        "Dear Mrs Hargreaves,\n"
        "\n"
        "I am putting this in writing because talking to your staff at the door gets me "
        'NOWHERE. Invoice INV-0934 for February charges me £1,126.40 for "full-time '
        'sessions" when Amelia was off sick from 5 Feb to 9 Feb and you SENT HER HOME on 19 '
        "Feb at 10:30am for a temperature of 37.6. That is at least £280 I should not be "
        "paying.\n"
        "\n"
        "Then there's the 30 hours funding code (50012847731) which I gave to Jodie on 2nd "
        'January. You\'ve "lost" it. Again. This happens every single term!!! I have the '
        "email I sent to office@sunflowerdaynursery.co.uk on 02/01/2024 at 08:14 with the "
        "code in it.\n"
        "\n"
        "Honestly, it's like dealing with children. Oh wait.\n"
        "\n"
        "Please send a corrected invoice by 15 March. If I don't get one I'll be contacting "
        "the local authority early years team and Ofsted, and I'll be posting in the "
        "Bramhall Mums Facebook group which, as you know, has about 4,000 members.\n"
        "\n"
        "Kind regards,\n"
        "Rebecca Ashworth\n"
        "07700 900418"
    ),
    (
        "G'day,\n"
        "\n"
        'Booking ref FADE-7732, Saturday 2024-03-09, 11:15am with "Jace" at your Fortitude '
        "Valley shop. Paid A$55 for a skin fade and beard trim through your booking page. "
        "What I got was a fade with a STEP in it you could park a ute on, and half my beard "
        "gone because he was busy yelling at the footy on the telly.\n"
        "\n"
        'Came back Monday 11/03 and your manager Rhys said "it\'ll grow back, mate" and '
        "offered 10% off next time. Next time?!?! There is NOT going to be a next time. My "
        "sister's wedding was that Saturday and in every photo I look like I lost a fight "
        "with a whipper snipper.\n"
        "\n"
        "I want the A$55 back plus the A$40 I paid a barber in Newstead to fix the bl**dy "
        "mess (receipt attached). PayID is 0491 570 156, or email "
        "tomo.briggs87@outlook.com.au.\n"
        "\n"
        "If not, every review site I can find gets the photos, and I'll tag "
        "@valleybladesbarbers on Insta so your 12k followers can have a laugh too. Dead set "
        "useless.\n"
        "\n"
        "Tom Briggs"
    ),
    (
        "To the General Manager, Northshore Auto Group,\n"
        "\n"
        "RE: Stock #NS24-1187, 2021 Honda CR-V EX-L, VIN ending 4K2209\n"
        "\n"
        'I purchased this vehicle on February 26, 2024 for CA$34,995 plus CA$799 in "admin '
        'and documentation fees" that your salesman, Kevin Tran, assured me were '
        "NON-NEGOTIABLE. Funny how my neighbour bought from you the same week and got them "
        "waived.\n"
        "\n"
        "On 2024-03-02 the check engine light came on. Your service desk (Brenda) booked me "
        'in for March 18th - two and a half weeks!!! - and told me to "just drive it '
        'gently." Are you serious? I have two kids in car seats.\n'
        "\n"
        'Your "certified 150-point inspection" clearly consisted of someone kicking the '
        "tires and checking the cupholders. Brilliant work.\n"
        "\n"
        "I expect a loaner by end of this week and a written explanation of those fees. Call "
        "me at (604) 555-0187 or email h.mcallister@shaw.ca. If I don't hear back by March "
        "8, I'm filing with the VSA and posting a full write-up on Google and r/vancouver. "
        "You NEVER return calls, so I'm not holding my breath.\n"
        "\n"
        "Heather McAllister"
    ),
    (
        "Respected Sir/Madam,\n"
        "\n"
        "This is my FIFTH complaint regarding the same issue. Complaint no. 1-8834920155, "
        "mobile number 98XXX 41207. I recharged the ₹2,999 annual plan on 05-03-2024 at "
        "10:42 PM through your app, amount debited from my HDFC account (UPI ref "
        "406512873390) but plan is NOT activated till date!!!\n"
        "\n"
        'Every single time I call customer care, your executive says "sir, it will reflect '
        'within 24 hours". It has been 9 days. One executive, Mr. Rohit, disconnected the '
        "call when I asked for his senior. Is this your customer service? Shameful.\n"
        "\n"
        "My mother is admitted in hospital and I am using my neighbour's hotspot to contact "
        "doctors. You people have no sense at all.\n"
        "\n"
        "Kindly activate the plan immediately OR refund the full ₹2,999 plus compensation. "
        "Otherwise I will be approaching the consumer forum and posting on X tagging @TRAI "
        "and your CEO. I have all screenshots.\n"
        "\n"
        "Regards,\n"
        "Suresh Venkataraman\n"
        "Chennai\n"
        "Alternate no: 044 2815 6630\n"
        "suresh.venkat1979@yahoo.co.in"
    ),
    (
        "Reservation: HBS-4429107 | Hotel Marina Sol, Torremolinos | 12-19 August 2024\n"
        "\n"
        "Hola, although clearly nobody there reads English emails, because this is my THIRD.\n"
        "\n"
        'We paid €1,680 for a "sea view double with balcony". We got room 104, which looks '
        "straight onto the bins and a kitchen extractor that runs from 6:00 to midnight. At "
        'reception, Javier told me "all rooms have sea view, you just need to lean out". '
        "LEAN OUT. From the first floor. Over the bins.\n"
        "\n"
        "Day three the aircon died. 34 degrees. Maintenance came on day FIVE. The "
        "all-inclusive sangria was so watered down my husband called it homeopathic. What a "
        "p*ss-take.\n"
        "\n"
        "Your own website (marinasol-hotels.es/rooms) shows sea view at €45 a night extra, "
        "so I want €315 back, plus something for the aircon. Reply to "
        "gemma.thornton@btinternet.com or ring +44 7700 900562.\n"
        "\n"
        "Otherwise it's Tripadvisor, Booking.com and a chargeback with Barclaycard. You "
        "NEVER reply to anything, so I've already started the review.\n"
        "\n"
        "Gemma Thornton"
    ),
    (
        "Good day,\n"
        "\n"
        "I want to lodge a formal complaint against your Ikeja branch. Waybill no. "
        "SPX-LAG-0092214, sent from Abuja on 27/02/2024, contents: one HP laptop, declared "
        "value ₦685,000. Shipping fee paid ₦14,500 including insurance.\n"
        "\n"
        "Your tracking said delivered on 1st March at 3:12pm. DELIVERED TO WHO??? I was at "
        "home the entire day. Your rider, one Emeka, later called me from 0803 555 0194 "
        'saying the parcel was "with the estate security". Estate security has never seen '
        "it. That number has been switched off ever since.\n"
        "\n"
        "I have gone to your office on Allen Avenue THREE times. Each time the lady there "
        '(Blessing) tells me "the matter has been escalated". Escalated to heaven?? Una no '
        "serious at all!!!\n"
        "\n"
        "I am giving you until 15 March to produce the laptop or pay the full ₦685,000 as "
        "the insurance covers. After that I will petition the FCCPC, post everything on "
        "Nairaland, and tag @SwiftParcelNG on X with the CCTV from my gate showing no rider "
        "came.\n"
        "\n"
        "Yours faithfully,\n"
        "Adaeze Nwosu\n"
        "adaeze.nwosu@gmail.com"
    ),
    (
        "Hej,\n"
        "\n"
        "I'm writing in English because my Swedish is not good enough to be this angry.\n"
        "\n"
        "Order GC-118043 from Blomsterhallen, placed 2024-04-20. I paid 4 350 kr for three "
        "espaliered apple trees, a raised bed kit and delivery to Sollentuna. Delivery was "
        "promised for 27 April between 08:00 and 12:00. Nobody came. I phoned 08-123 456 78 "
        'and a man called Henrik said the driver "had a flat tyre". Fine, these things '
        "happen.\n"
        "\n"
        "Then it happened AGAIN on 4 May. On 11 May the trees finally arrived, two of them "
        "snapped in half and the raised bed missing half its screws. The driver left "
        "everything on the pavement and drove off. Absolutely useless, the lot of you.\n"
        "\n"
        "I want 2 900 kr back for the broken trees plus the 395 kr delivery charge, or "
        "replacements delivered by someone who can read an address. Reply to "
        "karin.lindqvist@telia.com.\n"
        "\n"
        "Otherwise I'm reporting you to ARN and writing exactly what happened on Reco.se and "
        "your Facebook page. Every single Saturday this spring has been wasted waiting for "
        "your van.\n"
        "\n"
        "Karin Lindqvist"
    ),
    (
        "Dzień dobry / Hello,\n"
        "\n"
        "On 8 March 2024 at around 23:30 I called your 24h number (+48 512 345 678) because "
        "I was locked out of my flat on ul. Marszałkowska in Warsaw. Your dispatcher quoted "
        "250 zł on the phone. Your locksmith, who said his name was Paweł, arrived at 00:40, "
        "drilled out the lock in ten minutes WITHOUT ASKING, then demanded 1 200 zł for "
        '"night rate plus new cylinder".\n'
        "\n"
        "I had no choice, it was past midnight and I had my 4-year-old with me. I paid by "
        'BLIK (ref 88120334). The "new cylinder" he fitted is the cheapest one from '
        "Castorama, 39 zł, I checked.\n"
        "\n"
        "You are not locksmiths, you are SHARKS. This is a scam and you know it perfectly "
        "well!!!\n"
        "\n"
        "I demand a refund of 950 zł within 14 days to account PL61 1090 1014 0000 0712 1981 "
        "2874, or I go to the Rzecznik Konsumentów and UOKiK, and post the full story with "
        "the invoice on Google Maps and the Warsaw expats group. Reply to "
        "j.harrison.waw@proton.me.\n"
        "\n"
        "James Harrison"
    ),
    (
        "To Support Team,\n"
        "\n"
        "Transaction ID: m48829103577. I bought used Nintendo Switch OLED on 2024/03/02 for "
        '¥28,500 + ¥850 shipping. Listing said "working perfect, minor scratch". When I '
        "received it on 3/5 at 19:20, the screen has BIG crack and the joy-con is not "
        "charging at all.\n"
        "\n"
        "I contacted the seller (@hikari_shop_88) same day. No reply for 5 days. Then seller "
        'leave me BAD rating saying I am "difficult buyer"!!! Are you kidding me??\n'
        "\n"
        "I opened a case with your support on 6 March. Your reply was copy-paste template "
        'three times. Every single time same message, "please communicate with the other '
        'party". I DID. He is ignoring me. What is the point of buyer protection if you '
        "NEVER protect the buyer? Wonderful system.\n"
        "\n"
        "Photos and unboxing video attached. Please refund ¥29,350 in full and remove the "
        "unfair rating. If no proper answer by the 15th, I will post the whole thing on X "
        "and the Tokyo expat Reddit, and contact the consumer center.\n"
        "\n"
        "Daniel Ferreira\n"
        "d.ferreira.tokyo@gmail.com\n"
        "080-5555-0123"
    ),
    (
        "To the Management, Mwangaza Shuttle Sacco\n"
        "\n"
        "I am writing to complain about matatu KDH 482Q on the Kitengela-Town route on "
        "Tuesday 12th March 2024. I boarded at Kitengela stage at 6:05am. Fare posted was "
        'KSh 150 but the conductor (name tag said Otieno) charged everyone KSh 250 "because '
        "of traffic\". When I asked why, he told me to alight if I don't like it. In the "
        "middle of Mombasa Road!!!\n"
        "\n"
        "The driver was overlapping the whole way, on his phone, and nearly hit a boda at "
        "Syokimau. My daughter was crying. You people NEVER train your crews, every single "
        "week there is a new story on Twitter about your vehicles.\n"
        "\n"
        "I paid by M-Pesa to your till 5523981, confirmation code SCL4H7XK2P. I want the "
        "extra KSh 100 refunded, yes I know it is small, it is the principle, and I want to "
        "know what action is taken on that driver.\n"
        "\n"
        "If there is no response by Friday I am reporting to NTSA with the plate and the "
        "video I took, and posting it on @NairobiCommuters. Call me on 0712 555 903.\n"
        "\n"
        "Wanjiru Kamau"
    ),
    (
        "Subject: Ticket TRX-ZA-7781204 - Durban to Johannesburg, 29/03/2024\n"
        "\n"
        "To whom it may concern at Transkaroo Coaches,\n"
        "\n"
        "I booked seats 14B and 14C on the 21:30 overnight from Durban to Joburg and paid "
        "R1,360 on your website (transkaroo.co.za/book) on 15 March. The bus arrived at "
        "23:55. No SMS, no announcement, nothing. Two and a half hours on a cold bench with "
        "my 70-year-old mother.\n"
        "\n"
        'When we finally got on, 14B was taken by someone your driver "sold a ticket to" for '
        "cash. Eish. We were squashed at the back next to a toilet that didn't flush for 8 "
        "hours, and the aircon was so cold my mom shivered under two jerseys. Seriously, "
        "whoever runs your operations must be a genius.\n"
        "\n"
        'I phoned 031 555 0147 on 30 March and a Thandeka said a refund "is not possible as '
        'the trip was completed". COMPLETED?! We got there four hours late!\n'
        "\n"
        "I want the full R1,360 back. If not, I'm going to the National Consumer Commission "
        "and Hellopeter, and tagging @Transkaroo on every post. You never learn, do you?\n"
        "\n"
        "Naledi Mokoena\n"
        "naledi.mokoena@webmail.co.za"
    ),
    (
        "Booking no. 3371.228.904 - Hotel Alfama Azul, Lisbon, 2-6 October 2024\n"
        "\n"
        "Dear Ms. Duarte,\n"
        "\n"
        "I must complain in the strongest terms. We arrived at 15:00 on 2 October, check-in "
        'was promised from 14:00. We were told the room "is not ready" and waited in the '
        "lobby until 18:20!!! Over three hours. No drink offered, nothing.\n"
        "\n"
        "Room 512 smelled of cigarettes so strongly my wife had an asthma attack in the "
        'night. The night porter, Rui, told us there were "no other rooms", but next morning '
        "I saw you were still SELLING rooms online for the same dates. So you lie to us. "
        "Very nice.\n"
        "\n"
        'Breakfast was "included", yet the final bill charged €18 per person each day, total '
        "€144. I paid €1,236.00 by Visa and I have the confirmation from "
        "reservas@alfamaazul.pt saying breakfast included.\n"
        "\n"
        "I ask a refund of the €144 and one night, €273. If no answer within 10 days I will "
        "file in the Livro de Reclamações, write everything on Booking.com and Tripadvisor, "
        "and dispute with my bank. Every single thing on this trip went wrong and nobody "
        "cared.\n"
        "\n"
        "Markus Brenner\n"
        "+49 151 5550 2741"
    ),
    (
        "Hi,\n"
        "\n"
        "Order number SOF/IE/228147. I ordered the Harlow 3-seater in sage velvet from your "
        "Naas Road store on the 12th of January, paid a €450 deposit, balance of €1,049 due "
        "on delivery day, which was meant to be 16/02/2024.\n"
        "\n"
        "It didn't come on the 16th. It didn't come on the 23rd. It came on March 1st, in "
        'GREY. Not sage. GREY. Your delivery lads said "sure it\'s nearly the same" and '
        "legged it before I could say a word. They also took a chunk out of my hallway wall "
        "on the way in, photos attached.\n"
        "\n"
        "I've rung 01 555 8832 every single day this week. Every single time Siobhán is \"on "
        "her lunch\". Is she on a lunch that's lasted since Monday? Ye must think I'm some "
        "eejit.\n"
        "\n"
        "I want the correct sofa delivered and the grey one gone by 15 March, plus €120 for "
        "the wall. Or a full refund of €1,499. Otherwise it's the CCPC, the Small Claims "
        "Court, and the whole saga on Boards.ie and your Facebook page, where let's be "
        "honest you're not exactly flying as it is.\n"
        "\n"
        "Ciara Brennan\n"
        "ciarabrennan.kildare@eircom.net"
    ),
    (
        'Subject: Job ref HTG/EDI/40917 - boiler "service" 7 Nov\n'
        "\n"
        "Right. I've been polite for three weeks and it's got me nowhere.\n"
        "\n"
        "Your engineer Gordon McLeish came on Thursday 7 November at 8.15am for an annual "
        "service on my Vaillant, booked through heatright-scotland.co.uk. Charged £95. He "
        "was out the door by 8.40. He didn't even take the front panel off, I watched him. "
        "Filled the certificate in sitting in his van.\n"
        "\n"
        "Two days later, 9/11/2024, the boiler lost pressure and the house was 11 degrees. "
        "It's NOVEMBER in Edinburgh. My husband is on chemo. I phoned 0131 496 0288 and "
        "Lorraine said the earliest slot was the 14th, and that'd be another £120 call-out. "
        "ANOTHER £120 to fix what your man didn't check!!!\n"
        "\n"
        "Every single time I phone it's a different excuse. You NEVER take responsibility "
        "for anything.\n"
        "\n"
        "I want a free return visit by someone competent within 48 hours and the £95 "
        "refunded. Failing that, I'm reporting Gordon to Gas Safe, going to Advice Direct "
        'Scotland, and reviewing you on Google and Checkatrade. And no, a "10% off next '
        "service\" voucher won't cut it.\n"
        "\n"
        "Moira Henderson\n"
        "@moira_hendo"
    ),
]
