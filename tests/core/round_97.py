"""Blind round 97 (session 31): written by a helper session that saw no rule, no round and no
code (its brief had no theme, so it mixed trades and currencies). Measured once with the
session's starting code (4a9b21a): threats 12/20, extortion 14/15, look-alikes 20/20 clean,
plain pairs 10/10, dry pairs 5/10, sincere 15/15, calm versions 10/10. Then worked from
(test_round_95_97.py): threats 19/20, extortion 15/15. Left: a house told by its door and hanging
baskets with "Tell Sandra I said hello" (a delivery complaint names a door and a number too), and
five dry jabs with no failure word for the sarcasm to lean on ("Such attention to detail.")."""

EXTORTION = [
    (
        "Look, I'm not one for a fuss, but that 1-star on Google is staying put "
        "unless I see the €85 back on my card by Friday. Refund lands, review goes. "
        "Simple as that now."
    ),
    (
        "Please be advised that I am prepared to withdraw my Trustpilot review in its "
        "entirety upon receipt of a full refund of £249.00. Should payment not be "
        "received within seven days, the review will remain and will be expanded to "
        "include this correspondence."
    ),
    (
        "hiya so my video about ur eyelash glue is sat in my TikTok drafts rn 👀 "
        "send me a £50 voucher and it never sees the light of day x"
    ),
    (
        "Kindly do the needful and process refund of Rs 4,500 at the earliest. Once "
        "amount is received I will surely revise my Amazon rating from 1 star to 5 "
        "star, otherwise same review I will be posting in all my society WhatsApp "
        "groups also."
    ),
    (
        "Oga, I no wan spoil your name. Refund my ₦38,000 today and I go comot the "
        "post wey I put for Facebook. If you no pay, the whole Lekki go hear am."
    ),
    (
        "Aye, funny how reviews can change, eh? The Yelp one's sitting at one star "
        "the now. Sort us oot wi a free meal for four and it might just find its way "
        "up tae five."
    ),
    (
        "Howzit. Honestly I'd happily take my Hellopeter review down, but I'm going "
        "to need that R1,200 deposit back first. Ball's in your court, boet."
    ),
    (
        "Mate, the TripAdvisor review's half written. Chuck us a night's credit, say "
        "$220, and I reckon the room could go from 'filthy' to 'a bit quirky'. Up to "
        "you."
    ),
    (
        "Good day po. I will edit my Shopee review and remove the photos po if you "
        "can send back ₱2,350 thru GCash. If not po, I will also share it in our "
        "subdivision group on FB. Thank you po."
    ),
    (
        "Mi nah go lie, mi review pon Google ago stay right deh till unnu give mi "
        "back mi JMD $15,000. Pay up and mi tek it down same day."
    ),
    (
        "I'd hate for the two hundred or so people following my Reddit thread to get "
        "the wrong idea about your company. A goodwill gesture of, say, $150 would go "
        "a long way towards me posting an update that it was all sorted."
    ),
    (
        "My story about your spa goes live on Instagram at 6pm to my 18k followers. "
        "Comp the treatment (£120) and I'll swap it for a glowing one instead. Let me "
        "know before then, babe."
    ),
    (
        "I have wrote already bad review on Booking and on Google. If you give me "
        "back 180 euro I change both to 4 star. This is fair deal for both I think."
    ),
    (
        "My Checkatrade review for your lads is drafted and ready. Knock £300 off the "
        "invoice and it'll say 'tidy job, would use again'. Otherwise it says exactly "
        "what they did to my patio, with pictures."
    ),
    (
        "Further to our call, I confirm that I will amend my Amazon seller feedback "
        "to positive and delete the attached images upon receipt of a replacement "
        "unit and a $40 credit. Absent both, the feedback stands and a video will "
        "follow."
    ),
]

THREATS = [
    (
        "I know where your manager parks his silver Audi. Be a shame if it weren't "
        "in one piece tomorrow morning."
    ),
    (
        "Your delivery driver came to my door today. Next time I'll be waiting for "
        "him, and he won't be walking back to his van the way he came."
    ),
    "hope your shop burns down with the lot of you still inside 🔥🔥🔥",
    (
        "Lovely photos of your kids on your Facebook, by the way. St Joseph's "
        "Primary, isn't it? Small world."
    ),
    (
        "Keep ignoring my emails and see what happens the next time you're locking "
        "up on your own at 10."
    ),
    ("I'm coming down there and I'm putting that smug receptionist through the front window."),
    "wud b a pity if sumthin happend 2 ur van overnight, jus sayin 🚐🔨",
    ("Tell Darren I haven't forgotten him. He'll understand when he sees me."),
    ("My brothers don't do complaint forms. They'll be visiting your Leeds branch in person."),
    ("Every one of your staff deserves a good kicking, starting with the lad on till 3."),
    "hope ur van gets torched n u with it ya scammin rats",
    (
        "Blue door, number 14, lovely hanging baskets. Tell Sandra I said hello. "
        "I'll pop round and say it myself soon enough."
    ),
    (
        "Hope you enjoy the drive home on the A52 tonight. Your brakes looked a bit "
        "tired when I walked past your car."
    ),
    (
        "Funny how fragile shop windows are. Shame to see yours go, with all that "
        "new stock sitting behind it."
    ),
    (
        "Ah swear doon, if that manager's face is in the shop when ah come in the "
        "morra he's getting it burst."
    ),
    "see you at closing time 🔪🙂",
    ("I hope someone does to your daughter what your company did to my mum."),
    (
        "Bruv you man better refund me or I'm pulling up to the shop with the "
        "mandem, no joke, someone's getting dropped."
    ),
    (
        "I've got your engineer's reg written down. If I were him I'd keep an eye "
        "on his car. And his kneecaps."
    ),
    (
        "Don't bother with the refund. I'll come and take what I'm owed out of your "
        "till myself, and God help whoever's standing behind it."
    ),
]

LOOK_ALIKES = [
    (
        "I've left a 2-star review on Trustpilot describing what happened. I've kept "
        "it factual and I'm not asking for anything in return for it."
    ),
    (
        "If I don't hear back within 14 days I'll refer this to the Financial "
        "Ombudsman Service, as your final response letter says I'm entitled to do."
    ),
    (
        "I'll come in tomorrow at about 10 with the receipt so someone can look at "
        "the heel that came off."
    ),
    (
        "When we arrived the room was an absolute bomb site: unmade beds, towels on "
        "the floor and half a pizza in the bin."
    ),
    (
        "My back is killing me and the mattress you sold me is making it worse. Can "
        "I arrange a return within the 100-night trial?"
    ),
    (
        "I was assaulted in your car park on 3 March while the lights were out. I'm "
        "not blaming your staff, but I'd like to know whether the CCTV was kept."
    ),
    (
        "I've raised a chargeback with my bank for the £64.99 because the parcel "
        "never arrived. Just letting you know so it doesn't come as a surprise."
    ),
    (
        "I've submitted a small claims application for the £450 deposit, so you "
        "should receive paperwork from the court in the next few weeks."
    ),
    (
        "I've reported the mis-sold warranty to Trading Standards and they've given "
        "me a reference number, TS-88213, in case you need it."
    ),
    (
        "The fire alarm went off three times during our stay and nobody came to "
        "check on us. It was genuinely frightening with a baby in the room."
    ),
    ("Your driver threw my parcel over the gate and smashed the vase inside. Photos attached."),
    (
        "My Google review was taken down and I don't know why. It was honest and "
        "didn't break any rules. Did your business report it?"
    ),
    (
        "Please treat this as a formal complaint. I expect a written response by "
        "30 September, after which I'll escalate it to the ombudsman."
    ),
    (
        "The queue was murder and the kids were climbing the walls, but the staff "
        "were lovely once we got to the front."
    ),
    (
        "I'd kill for your old recipe. Whatever you've done to the new one, please "
        "bring the original back."
    ),
    (
        "I know where the problem is: the complaints email on your website bounces. "
        "Could you give me one that works?"
    ),
    (
        "It's a shame to lose a customer of twelve years over a £6 delivery charge, "
        "but honestly that's where I am. Please close my account."
    ),
    (
        "My son was bitten by the owner's dog by the pool. He's fine now, but I "
        "think guests should be warned there's a dog on site."
    ),
    (
        "The boiler blew up, literally, there was a bang and smoke, two days after "
        "your engineer fitted it. Please send someone out urgently."
    ),
    (
        "My solicitor advised me to put this in writing, so: your fitter cracked "
        "the worktop on 4 May and I'd like it replaced at your cost."
    ),
]

PAIRS = [
    # --- calm vs openly heated ---
    (
        "My order #48213 was due on 2 May and still hasn't arrived. Could you tell "
        "me where it is, please?",
        "Order #48213 was due on 2 MAY. It's now the 19th!!! WHERE IS IT?? Does "
        "anyone actually work there or is it just a bot pretending???",
    ),
    (
        "Our broadband has dropped out every evening this week between 7 and 10pm. "
        "Could an engineer check the line?",
        "FIVE nights in a row the internet has died at 7pm!!! I pay you £45 a month "
        "for THIS?? Absolute joke of a company, sort it out NOW!!!",
    ),
    (
        "The food we were served on Saturday was cold in the middle, and the "
        "replacement took another 40 minutes.",
        "Cold food, then a FORTY minute wait for more cold food!!! Your chef "
        "shouldn't be allowed near a microwave, never mind a kitchen!!!",
    ),
    (
        "I've been charged twice for the same £89.50 payment on 11 June. Please "
        "refund the duplicate.",
        "You've taken £89.50 out of my account TWICE!!! Do you people even check "
        "anything?? Give me my money back TODAY!!!",
    ),
    (
        "My suitcase didn't arrive on flight LH902 on 8 August. Is there an update on where it is?",
        "My bag has been LOST for nine days and not ONE person has called me back!!! "
        "Useless, useless, USELESS airline!!!",
    ),
    (
        "I cancelled my gym membership in March but I'm still being charged. Could "
        "you stop the payments and refund April and May?",
        "I CANCELLED in March!!! Stop stealing £39.99 off me every month, you "
        "shameless bunch of crooks!!!",
    ),
    (
        "The damp in the bedroom was reported on 2 January and hasn't been looked at "
        "yet. Could you book a visit?",
        "FOUR MONTHS of black mould in my kid's bedroom and you still haven't sent "
        "anyone!!! You are the WORST letting agent in this city!!!",
    ),
    (
        "My mobile bill has gone up by £7 a month without notice. Could you explain the increase?",
        "Who decided I'd pay £7 MORE a month without telling me?!?! Sneaky, "
        "greedy, pathetic company!!!",
    ),
    (
        "There was loud music from the room next door until 3am. I'd like to know "
        "if anything can be done about the cost of that night.",
        "NO SLEEP till 3am because your night manager couldn't be bothered to knock "
        "on ONE door!!! Worst hotel I've EVER stayed in!!!",
    ),
    (
        "The wardrobe was delivered with a split side panel. Could you send a replacement panel?",
        "The wardrobe came SMASHED!!! Did your drivers play football with it?? I "
        "want a NEW one, not excuses!!!",
    ),
    # --- calm vs dry sarcastic (no !, no capitals, no swearing, no insults) ---
    (
        "My parcel has been through four depots in nine days and still hasn't been "
        "delivered. Could you tell me when it will arrive?",
        "I've been following my parcel's tour of the Midlands with real interest. "
        "Four depots in nine days is quite an itinerary for a phone case. Do let me "
        "know if it ever feels like settling down near my address.",
    ),
    (
        "I waited on hold for 52 minutes yesterday before the call was cut off. "
        "Could someone call me back instead?",
        "I now know every bar of your hold music and have started adding a harmony. "
        "Fifty-two minutes is a lovely amount of time to spend with a recording that "
        "values my call so much it hung up on me.",
    ),
    (
        "The replacement kettle you sent leaks from the same place as the original. "
        "Could I have a refund instead?",
        "Delighted to report that the replacement kettle is a perfect match for the "
        "original, right down to the little puddle it leaves on the worktop. Such "
        "attention to detail.",
    ),
    (
        "I was told my refund would take three to five working days, but it has now "
        "been six weeks. Could you check what has happened?",
        "It has been six weeks since you told me three to five working days, so I "
        "can only assume your working days are a good deal longer than mine. I look "
        "forward to the next one.",
    ),
    (
        "Our room wasn't ready until three hours after check-in time. Could you explain why?",
        "It was thoughtful of you to give us the full lobby experience for three "
        "hours before letting us near a room. Those armchairs are clearly the real "
        "highlight of the hotel.",
    ),
    (
        "We ordered at 7pm and our mains didn't arrive until after 9pm. I'd like to "
        "raise this with the manager.",
        "We ordered at seven, and the mains arrived just in time to count as a "
        "midnight snack. Your kitchen takes the slow food movement more literally "
        "than anyone I've met.",
    ),
    (
        "My latest gas bill is based on an estimate that is about three times my "
        "usual usage. Could you use my actual meter reading?",
        "Going by your estimate I have apparently been heating a small swimming "
        "pool all winter. I only wish I owned one, given how much I seem to be "
        "paying for it.",
    ),
    (
        "I've tried your online chat several times but it can't help with a billing "
        "error. How can I reach a person?",
        "Your chatbot and I have now had the same conversation eleven times. It is "
        "wonderfully consistent, I'll give it that. It has not once understood a "
        "word I've said.",
    ),
    (
        "The last train was cancelled on Friday and the replacement bus never came. "
        "I'd like to claim for the taxi.",
        "Cancelling the last train home and replacing it with a bus that also turned "
        "out not to exist was a bold piece of minimalism. The taxi driver sends his "
        "thanks.",
    ),
    (
        "I've been trying to cancel my subscription online but the process keeps "
        "looping back to offers. Please cancel it for me.",
        "Cancelling my subscription has turned out to be the most engaging feature "
        "you offer. Seven screens, two surveys and a discount I never asked for, and "
        "somehow I'm still a valued member.",
    ),
]

SINCERE = [
    (
        "Wow, fantastic service from start to finish. Priya on the phone sorted my "
        "booking in five minutes and even rang back to check the confirmation had "
        "come through. Thank you."
    ),
    (
        "I was pretty annoyed last week when the wrong sofa turned up, but your team "
        "collected it and brought the right one within three days, and the drivers "
        "were lovely. Great job, genuinely."
    ),
    (
        "Of course I'll be recommending you. After the way you handled my dad's "
        "claim, with so much patience, I couldn't not."
    ),
    (
        "Just wanted to say a proper thank you to the lads who fitted our kitchen. "
        "Spotless, on time and they even took the old units away. Couldn't fault it."
    ),
    (
        "Thank you so much to the night staff on ward 7 and to the pharmacy desk for "
        "sorting Mum's prescription mix-up so quickly. It meant a lot to all of us."
    ),
    (
        "Brilliant, just brilliant. My laptop came back from repair two days early "
        "and running better than when I bought it."
    ),
    (
        "Honestly, the refund came through the same afternoon I rang. I was bracing "
        "myself for a fight and there wasn't one. Thank you, Tom."
    ),
    (
        "Ta very much for the replacement bike wheel, mate. Arrived next day, fits "
        "perfectly, and the handwritten note was a nice touch."
    ),
    (
        "Great job on the wedding cake. Everyone was asking where it came from and "
        "I've passed your details on to at least six people."
    ),
    (
        "Thank you po for the fast delivery and the careful packing. All the plates "
        "arrived without a single chip. Will order again!"
    ),
    (
        "Our flight was cancelled, which wasn't anyone's fault, and your agent had "
        "us rebooked and in a hotel within the hour. I really appreciated the calm "
        "and kindness."
    ),
    (
        "Wow. I didn't expect anyone to actually read my feedback, let alone change "
        "the menu because of it. The gluten-free options are fantastic now, thank "
        "you."
    ),
    (
        "Big thanks to the team at the Cork branch. My card was cloned on holiday "
        "and ye had it blocked, refunded and a new one posted out before I was even "
        "home."
    ),
    (
        "Sure, there was a hiccup with the first install, but the engineer came back "
        "on a Saturday to fix it and stayed until everything worked. Excellent "
        "service, really."
    ),
    (
        "I know I was short with your colleague on the phone last month, so I wanted "
        "to say sorry and thank you. The boiler's been perfect ever since."
    ),
]

CALM_DRAFTS = [
    (
        "ORDER #SP-20931847 — placed 14 March, paid £312.40, promised delivery 18 "
        "March. It is now 9 April and NOTHING has arrived!!! I have called "
        "0330 123 4567 SIX times, waited over an hour each time, and you NEVER "
        "answer. I emailed help@swiftparcel.co.uk on 22 March, 27 March and 3 April "
        "and got the same useless copy-paste reply every single time. Your tracking "
        "page (https://track.swiftparcel.co.uk/SP-20931847) has said 'out for "
        "delivery' for TWO WEEKS. You are the most incompetent, lying company I "
        "have ever dealt with!!! If I do not have the parcel or a full refund by "
        "Friday 12 April I am posting everything on Trustpilot and tagging "
        "@SwiftParcelUK on X so everyone can see how you treat customers."
    ),
    (
        "Booking ref HTL-77421-B, 3 nights at your Galway hotel, 6-9 June, €687 "
        "paid in full. We arrived at 4pm and the room was NOT ready until 7:15pm!!! "
        "The shower was broken, the carpet was soaking, and when I rang reception "
        "(+353 91 555 0182) at 11pm NOBODY picked up. Your duty manager, Ciaran, was "
        "rude, dismissive and frankly useless. I have emailed "
        "reservations@westbayhotel.ie twice and you ALWAYS ignore me. I want a "
        "refund of at least €400 within 10 days, or I will be putting the photos up "
        "on TripAdvisor and Google and reporting you to Fáilte Ireland. Don't test "
        "me!!!"
    ),
    (
        "Account number 4417 2290 3381. You have taken $148.62 from my checking "
        "account on 2 Feb, 2 Mar AND 2 Apr for a plan I CANCELLED on 28 January "
        "(confirmation #CXL-55120, I have the screenshot!!!). I called "
        "1-800-555-0147 on 5 Feb and was promised a callback within 48 hours. It "
        "never came. It NEVER comes with you people. I am sick of your lies and "
        "your clueless reps!!! Refund all $445.86 by April 20 or I am filing a "
        "complaint with the CFPB and the state attorney general, and I'll be "
        "posting the whole saga on Reddit (r/personalfinance) and tagging "
        "@ClearWaveTelecom."
    ),
    (
        "Flight AK 6172 KUL to SIN on 17 October, booking ref XJ4P9Q. Cancelled with "
        "TWO hours' notice and NO rebooking offered!!! I paid RM 842 for myself and "
        "my daughter and had to buy new tickets with another airline for RM 1,310. "
        "I submitted claim CLM-00918273 through your website on 18 October and it "
        "has been 'under review' for SEVEN WEEKS. Your hotline 03-2171 9333 just "
        "rings out. Your staff are hopeless and you clearly never intend to pay "
        "anyone back!!! If the full RM 1,310 is not refunded by 31 December I will "
        "take this to MAVCOM and post the whole thing on Facebook and TikTok."
    ),
    (
        "Car repair job no. 55918, Toyota Corolla reg KN19 XTY, dropped off 2 "
        "September for a cambelt change quoted at £480. You charged me £1,136.90 "
        "without calling me first!!! When I picked it up on 6 September the engine "
        "light was ON and there was oil all over the drive by the evening. I have "
        "rung 01632 960 741 every day since and you ALWAYS say the manager is 'out'. "
        "Total cowboys, the lot of you!!! Email me at dan.hewitt@mailbox.co.uk with "
        "a refund of the £656.90 overcharge by 20 September, or I go to the Motor "
        "Ombudsman and put the invoice and photos on Facebook for every driver in "
        "town to see."
    ),
    (
        "Policy number HM-3381-0029-AU. My claim for the storm damage on 14 February "
        "(claim ref 2024-ST-77812) was lodged the SAME DAY with photos and three "
        "builder quotes. Five months later and you still haven't paid a cent of the "
        "AU$18,450!!! Every time I ring 13 22 45 I get a different person who has "
        "NEVER read the file. Your assessor didn't even turn up on 3 April like he "
        "promised. This is disgusting treatment of a customer of fourteen years!!! "
        "If the claim isn't settled by 30 July I'm going to AFCA and I'll be "
        "posting every email on Facebook and tagging @HomeMateInsurance."
    ),
    (
        "Order no. FK-2291-88456, placed 3 Nov, Rs 24,999 for a 43-inch TV. "
        "Delivered with a CRACKED screen on 7 Nov!!! I raised return request "
        "RR-7730291 the same day, with video. Three technician visits booked, ZERO "
        "technicians came. I have called 1800 208 9898 eleven times and your "
        "executives just keep saying 'please wait 48 hours'. You people NEVER keep "
        "your word!!! Mail me at ravi.k.menon@inboxmail.in with refund confirmation "
        "by 25 November, otherwise I am filing in the consumer forum and posting "
        "the video on X and YouTube tagging @FlipKartSupport and your CEO."
    ),
    (
        "Tenancy ref LET/0418/22, Flat 3, 27 Dalton Road. I reported the broken "
        "boiler on 9 December by phone (0161 496 0223) and by email to "
        "maintenance@citylets.co.uk. It is now 6 January and we have had NO heating "
        "and NO hot water for four weeks with a newborn in the flat!!! You have "
        "ignored seven emails. Your property manager, Karen, is an absolute "
        "disgrace and should be sacked!!! I pay £1,150 a month for this. If a Gas "
        "Safe engineer is not here by Friday 10 January I'm reporting you to the "
        "council and the Property Ombudsman and posting the whole thread on "
        "Facebook."
    ),
    (
        "Wedding booking WD-2023-0614, venue deposit of R 35,000 paid on 12 January. "
        "You CANCELLED our date on 2 May, six weeks before the wedding, by "
        "WhatsApp!!! Your coordinator promised a full refund 'within 14 days'. It "
        "is now 20 June and we have received NOTHING. You NEVER answer on "
        "021 555 0198 and your email events@vineyardvenues.co.za bounces back. "
        "You're a bunch of con artists and I will make sure everyone knows it!!! "
        "Pay back the R 35,000 by 30 June or I will lay a complaint with the "
        "National Consumer Commission and post it on Hellopeter, Facebook and "
        "Instagram tagging @VineyardVenuesSA."
    ),
    (
        "Subscription ID SUB-88317-CA, billed CA$29.99 monthly since 2021. On 1 "
        "August you doubled it to CA$59.98 with ZERO notice!!! I tried to cancel "
        "online at https://account.streamhub.ca/cancel and it loops back to 'special "
        "offers' every single time. Your live chat 'agent' closed the chat on me "
        "TWICE. I have emailed support@streamhub.ca four times and you ALWAYS send "
        "the same robot answer. Shady, greedy, pathetic company!!! Cancel the "
        "account and refund the CA$29.99 overcharge by 15 August or I'm reporting "
        "you to the CRTC and the Competition Bureau and posting it all on Reddit."
    ),
]
