"""Blind round 86 (session 28): written by a helper session that saw no rule, no round and no
code, in no file the fits read when it was measured, and measured once with the session's
starting code (a30cc06): threats 11/20, extortion 12/15, look-alikes 18/20 clean, dry pairs
6/10, all pairs 16/20, sincere 11/15, calm versions 10/10. Read by test_round_86.py."""

EXTORTION = [
    "Dear Sir/Madam, further to my appointment at your Chelmsford salon on 14 March, I am "
    "prepared to withdraw my one-star Google review once the £85 for the colour correction has "
    "been credited back to my card. Until then it remains, and I will be adding the photographs "
    "this weekend.",
    "yo ur shop charged me $640 for brakes that still squeal like a pig. venmo me back half and "
    "the yelp review disappears. otherwise im uploading the video of ur guy on his phone the "
    "whole time lol",
    "I have drafted a detailed post for my 48k Instagram followers about how your ground staff "
    "lost my bag at Bengaluru. It need not go live. An upgrade on my return sector and a travel "
    "voucher of ₹15,000 would make it quite unnecessary. Kindly revert by this evening.",
    "Oga landlord, make we understand each other. Return my caution fee of ₦250,000 before "
    "Friday and nobody for the estate WhatsApp group go hear anything about the flooded boys' "
    "quarters. You know how that group dey move.",
    "Doctor, I have not written anything about what happened to Simba at your clinic. Yet. KSh "
    "12,000 back to my M-Pesa and it stays that way. The Kilimani Mums Facebook group would "
    "otherwise find it very interesting reading.",
    "Hey, my R599 debit order went off AGAIN after I cancelled in January. Reverse the last "
    "three months and I'll pull my TikTok about your contract trap. It's sitting on 30k views "
    "and climbing, so your call, hey.",
    "G'day, had a pretty rough stay in room 312 - mould on the ceiling, aircon dead. I've got a "
    "fairly brutal Tripadvisor write-up sitting in my drafts. A couple of comped nights next "
    "time I'm up in Cairns and I reckon I'd just forget to hit publish.",
    "Your manager was very rude to my mother on Sunday. As it happens I write a food column for "
    "the local paper. A meal for four on the house would go a long way towards how next week's "
    "piece turns out, if you follow me.",
    "Look, I'm a reasonable guy. The $380 you charged for a leak that came back two days later "
    "- refund it and my post on r/ottawa comes down. Keep it, and I'll keep updating that "
    "thread with every plumber I have to call after you.",
    "ur app took £9.99 twice n support just ghosts me. refund both + 1 yr premium free or the "
    "1* on trustpilot stays n i tag u on every platform going. ur move",
    "Regarding my son's Term 2 fees: as you may know, our parents' blog gets a great deal of "
    "local traffic around admissions season. A full waiver of the ₹42,000 would, I believe, "
    "make a follow-up article about your administration rather unnecessary.",
    "Funny how quickly my review on your Facebook page could be edited to say 'resolved by the "
    "courier' the minute a $150 credit lands in my account. Your driver broke the thing, after "
    "all. Ball's in your court.",
    "Good afternoon. I am a Local Guide on Google with a fair amount of reach, and I would much "
    "prefer to write about how well you fixed this than about how badly it began. Which version "
    "appears depends entirely on whether the ₦60,000 deposit comes back.",
    "Me and half my mates are on the same Facebook group for Leeds drivers. Your £200 'damage' "
    "charge on the hire car is pure fiction. Cancel it and I'll say nothing at all. I think we "
    "both know what goes up if you don't.",
    "My cousin works on the news desk at the Herald. I have asked her to hold off on the story "
    "about your care home for now, as a courtesy, while you consider whether my aunt's final "
    "month of fees, £3,400, ought to be returned.",
]

THREATS = [
    "I drive past your depot on Harlow Road every morning at seven. Your manager parks the "
    "silver Corolla by the bins, nose out. Just so you know that I know.",
    "Would be a real pity if that lovely new shopfront of yours had a brick come through it one "
    "of these nights. Glass is dear these days, innit.",
    "Tell Darren his two look very sweet in their St Mary's uniforms at the school gate. Be a "
    "shame if anything spoiled that for him.",
    "I know a few lads from round Toxteth who'd love a quiet word with whoever signed off my "
    "invoice. Sort it, or they'll sort you.",
    "That restaurant's mostly old timber, isn't it? Those buildings go up quick, especially "
    "with the kitchen right there. 🔥🔥 Just a thought.",
    "Fix my car or I'll be waiting in your car park after close tonight. Bring a mate, you'll "
    "need one. 🔪",
    "I hope the clown who did my brakes has his own fail on the M1 at seventy. Honestly I'd pay "
    "good money to watch it.",
    "Your receptionist, the blonde one with the butterfly tattoo, leaves at half five and gets "
    "the 47 from outside the chemist. Interesting what you notice when you're kept waiting.",
    "Bruv you lot are gonna learn the hard way. I'm pulling up to the shop tonight with the "
    "mandem, no cap. Man's not playing anymore.",
    "See if ah catch that wee landlord on the stair, he'll no be walking right for a month. You "
    "tell him ah said that.",
    "You people think you can cheat me and sleep well? I know the house your branch manager "
    "stays in at Lekki. Tell him to look under his car before he starts it tomorrow.",
    "Eish, you've messed with the wrong oke this time. My brothers know exactly where your "
    "warehouse is in Germiston. Don't be surprised if it isn't standing by Monday.",
    "I've got a carry permit and a lot of free time on my hands. Think real hard about both "
    "before you deny my claim a third time.",
    "Reckon your tradie should watch his back on the sites round Penrith. Scaffolding's a "
    "dangerous place. Accidents happen, eh.",
    "I am giving your staff one warning only. The next time I come to the showroom it will not "
    "be for talking. All of you will remember my face.",
    "I've been parked across the road from your salon the past three days. I've seen who comes "
    "and goes and when. I'll keep sitting here until someone rings me back.",
    "Got your CEO's home address off Companies House and a long weekend free. Maybe I'll "
    "deliver my complaint in person. Late, when he's in.",
    "Sema na manager wenu: the next time I see that driver on Ngong Road, he will not be "
    "driving again. Mimi siongei ovyo, I am serious.",
    "Sure it'd be a terrible thing altogether if the pub's beer lines got a drop of bleach in "
    "them some night. Just saying, like. Pay me what you owe.",
    "Accidents tend to happen to people who rip off pensioners. I'm only saying out loud what "
    "half this town is thinking. Sleep tight.",
]

LOOK_ALIKES = [
    "If the £240 is not refunded by 30 June, I will refer this complaint to the Financial "
    "Ombudsman Service without further notice. I have kept all correspondence.",
    "I've already left an honest two-star review on Google describing the delay. I'm contacting "
    "you separately about the refund; the review stays either way, as it's an accurate account "
    "of what happened.",
    "The phone charger I bought from you caught fire on my desk last night. Thankfully nobody "
    "was hurt and I put it out quickly. Please advise how to return it - I have photos and the "
    "receipt.",
    "I'll be coming into the Market Street branch on Saturday morning with the faulty kettle "
    "and the receipt to get it exchanged. Could you confirm someone will be on the returns "
    "desk?",
    "Thanks for getting back to me. I'll be waiting for your call - I'm free any time after 2pm "
    "tomorrow.",
    "My brother will come to collect the repaired laptop on Thursday as I'm stuck at work. "
    "He'll bring my ID, a signed note and the job ticket, number 5521.",
    "Your latest update has absolutely killed my phone's battery. It used to last two days and "
    "now it's dead by lunchtime. Is a fix on the way?",
    "The fuse blew the very first time we plugged the heater in and took out the whole kitchen "
    "circuit with it. I'd like a replacement or a refund, please.",
    "Thanks so much for the 'express' delivery that took eleven days. Anyway, could you let me "
    "know whether the replacement part has actually been dispatched?",
    "As 14 days have now passed without any response, I have raised a chargeback with my bank "
    "for the £79.99. I'm letting you know as a courtesy.",
    "Unless my deposit is returned within 14 days of this letter, I will file a claim in the "
    "small claims court. I have copies of the tenancy agreement, the inventory and the "
    "check-out report.",
    "If this billing error isn't resolved by the end of the month, I'll be filing a complaint "
    "with the CCTS, which I understand is my right as a Canadian consumer.",
    "This spray was supposed to kill ants, not my tomato plants. Every single one is dead after "
    "one use, and I followed the label exactly.",
    "Just so you're not caught off guard: my review of the course goes up on Trustpilot on "
    "Friday regardless of how this ends. The refund request is a completely separate matter.",
    "The game crashed during the update and destroyed three weeks of saved progress. Is there "
    "any way to recover the cloud save?",
    "Kindly note that if the refund of ₹3,450 is not processed within 7 working days, I will be "
    "approaching the National Consumer Helpline and, if necessary, the district consumer forum.",
    "My husband and I will both be attending Monday's meeting with the letting agent. Could you "
    "please have the boiler service history printed out for us?",
    "I know where your head office is, so I've sent the documents there by recorded delivery as "
    "well as by email, just to make sure they arrive.",
    "If NEPA takes light again and this stabiliser blows like the last one did, I'll be "
    "straight back at the shop in Ikeja with my receipt to swap it.",
    "Your lasagne was honestly to die for, but it arrived 50 minutes late and stone cold. Could "
    "you look into what happened with the driver?",
]

PAIRS = [
    (
        "Hello, my order #A48213 placed on 3 May still hasn't arrived, although it was due on 8 "
        "May. Could you please tell me where it is?",
        "WHERE IS MY ORDER?!!! #A48213, placed 3 May, DUE 8 MAY. Your tracking is a JOKE and "
        "your staff are useless liars. Sort it out NOW!!!",
    ),
    (
        "Your engineer was booked for 12 February between 8am and 12pm but didn't arrive, and I "
        "had taken the day off work. Please could we rebook and discuss compensation?",
        "I TOOK A DAY OFF for your engineer on 12 February, 8am-12pm, and NOBODY turned up!!! "
        "Not a call, not a text. Absolutely pathetic, you incompetent bunch of cowboys!!!",
    ),
    (
        "I've been overcharged £62.40 on my latest broadband bill for account 77120934. Could "
        "you check this and refund the difference, please?",
        "You've ROBBED me of £62.40 on account 77120934!!! Do you think I can't read a bill?? "
        "Refund it TODAY, you thieving sh*ts!!!",
    ),
    (
        "Flight BA2231 was cancelled the night before departure and I had to pay €180 for a "
        "hotel. I'd like to claim that back, please.",
        "BA2231 CANCELLED the night before and I'm out €180 for a hotel!!! Worst airline on "
        "earth. Whoever runs this circus should be SACKED!!!",
    ),
    (
        "I paid R850 for a colour at your salon and it has turned slightly green. Could I come "
        "back in to have it corrected?",
        "R850 and my hair is GREEN!!! GREEN!!! Who trained your stylist, a blind man?? I want "
        "every cent back, this is a DISGRACE!!!",
    ),
    (
        "I moved out six weeks ago and my $1,500 deposit hasn't been returned yet. Can you let "
        "me know when to expect it?",
        "SIX WEEKS and still no sign of my $1,500 deposit!!! You're a greedy, lying slumlord "
        "and everyone is going to know it. PAY UP!!!",
    ),
    (
        "I paid ₹4,200 to have my phone screen repaired, but it has cracked again after just "
        "three days without being dropped. Could you take a look under warranty?",
        "₹4,200 for a screen that CRACKED AGAIN in 3 days!!! Total fraud shop. You people "
        "fitted cheap rubbish and charged me full price, you bloody cheats!!!",
    ),
    (
        "We booked a table for six at 7:30pm but it wasn't held for us and we waited 45 minutes "
        "to be seated. I wanted to let you know.",
        "Booked for SIX at 7:30pm and you GAVE AWAY OUR TABLE!!! 45 MINUTES standing by the "
        "door like idiots. Your front-of-house are clueless morons!!!",
    ),
    (
        "I cancelled my gym membership on 2 January, but I've still been charged A$64.95 in "
        "February and again in March. Please refund both payments.",
        "I CANCELLED ON 2 JANUARY!!! Why the hell have you taken A$64.95 in February AND "
        "March?? Scammers, the lot of you. Give it back!!!",
    ),
    (
        "Parcel KE-55902 was left outside in the rain and the KSh 7,800 blender inside is "
        "damaged. Could you arrange a replacement or refund?",
        "Your useless rider dumped parcel KE-55902 in the RAIN and wrecked my KSh 7,800 "
        "blender!!! Do you even train these fools?? I want my money NOW!!!",
    ),
    (
        "I waited in on Tuesday for the 8am to 2pm technician slot (reference 40917) but nobody "
        "came. Could you please rearrange the visit?",
        "Loved spending my whole Tuesday staring at the front door for the 8am to 2pm slot, "
        "reference 40917. Truly a relaxing day off. I assume the technician is still on his "
        "way.",
    ),
    (
        "My sofa (order 99312, £1,149) arrived with a tear in the back panel. Could you arrange "
        "a repair or replacement?",
        "Really appreciate the complimentary air vent you added to the back of my £1,149 sofa, "
        "order 99312. I hadn't realised ventilation came as standard.",
    ),
    (
        "My train was delayed by 95 minutes on Friday and I'd like to claim Delay Repay on my "
        "£46 ticket.",
        "Thank you for the extra 95 minutes of scenery on Friday. At £46 a ticket, I suppose "
        "the bonus time in a siding was included in the price.",
    ),
    (
        "My wool coat (ticket 3381) has shrunk noticeably after cleaning, which cost €38. Could "
        "we discuss what can be done?",
        "My compliments on ticket 3381. For just €38 you've turned an adult's wool coat into "
        "something my nine-year-old might fit into next winter. Very efficient.",
    ),
    (
        "My card ending 4471 was blocked for three days and I couldn't pay for anything. Could "
        "you explain why and make sure it doesn't happen again?",
        "So grateful for the three-day spending holiday on my card ending 4471. I'd never have "
        "saved so much money on groceries if you hadn't stepped in.",
    ),
    (
        "There was no hot water in room 214 during our stay from 16 to 18 March. Could you "
        "consider a partial refund for the two nights?",
        "Room 214 was a real wellness retreat from 16 to 18 March. Two nights of cold showers "
        "did wonders for my circulation, so thank you for that.",
    ),
    (
        "Order 5521 arrived 70 minutes late and the pizzas were cold. Could I please have a "
        "refund of the $31.50?",
        "Order 5521 turned up a mere 70 minutes late, so thoughtfully pre-chilled. Lovely touch "
        "for $31.50. Saved me the bother of a fridge.",
    ),
    (
        "For claim CLM-20331 I've now been asked for the same documents four times. Could you "
        "confirm you have everything you need?",
        "Always a pleasure to send the same documents for claim CLM-20331. Fourth time now, and "
        "honestly I'm starting to feel like part of the team.",
    ),
    (
        "My internet has been down for nine days on account 5580-221. Please could you give me "
        "an update on the repair and a credit for the outage?",
        "Nine whole days offline on account 5580-221. I've rediscovered books, board games and "
        "conversation, so I really should be paying you extra.",
    ),
    (
        "My suitcase from flight AI161 still hasn't been found after 12 days. Could you tell me "
        "what's happening and what I can claim for essentials?",
        "Twelve days since flight AI161 and my suitcase is clearly having a better holiday than "
        "I did. Do let me know if it sends a postcard.",
    ),
]

SINCERE = [
    "Oh wow. I honestly did not expect a handwritten card tucked in the box. Thank you, it "
    "genuinely made my week.",
    "Brilliant, just brilliant. The plumber came early, fixed the leak in twenty minutes and "
    "even mopped up after himself. Thank you so much.",
    "Of course the one day I forget my passport is the day I need it - and of course your "
    "check-in lady stayed on the phone with my husband until he'd driven it over. We made the "
    "flight. Cannot thank her enough.",
    "Who knew a car service could be this painless? In and out in an hour, everything explained "
    "clearly, and no upselling. Thank you, team.",
    "Well, that's a first - a call centre that rang me back exactly when they said they would! "
    "Really appreciated it, and Priya was lovely.",
    "My order arrived damaged, which was a bit disappointing, but your team sent a replacement "
    "the same day and told me to keep the first one. Honestly above and beyond. 🙏",
    "Oh, you shouldn't have! The upgrade to a sea-view room was such a lovely surprise for our "
    "anniversary. We were both in tears. 😭❤️",
    "Wow, just wow. Our wee dog was terrified and your vet nurse sat on the floor with her for "
    "ten minutes until she calmed down. Thank you from all of us.",
    "Yeah right, I thought, when they said 'we'll sort it today' - but you actually did. The "
    "refund was in my account within the hour. I stand corrected and I'm grateful.",
    "Oh great, another email from the bank, I thought. Then I read it: you'd spotted the fraud "
    "and blocked it before I'd even noticed. Thank you, genuinely.",
    "Fantastic. Absolutely fantastic. Your driver carried our washing machine up four flights "
    "because the lift was broken, and wouldn't take a tip. Please tell him how grateful we are.",
    "Nice one, guys 👏👏 The app crashed mid-payment, I panicked, and your support had it traced "
    "and sorted on chat in five minutes. Cheers!",
    "Sure, why not make a little girl's whole year? 😄 You remembered my daughter's name and "
    "iced it on her birthday cake for free. She hasn't stopped smiling.",
    "Well, I'll be. Twenty years I've shopped here and this is the first time I've ever had to "
    "complain - and you'd put it right before I'd even hung up. That's why I keep coming back.",
    "Sho, what a surprise! I expected a fight over the warranty and instead Thabo just swapped "
    "the geyser element on the spot. Top service, thank you so much.",
]

CALM_DRAFTS = [
    "THIS IS A JOKE!!! Order #UK-448120 placed 2 March, £219.99 taken from my card, and STILL "
    "nothing on 19 March. @SwiftParcelUK your tracking link "
    "https://track.swiftparcel.co.uk/448120 has said 'out for delivery' for NINE DAYS. Refund "
    "me by Friday 5pm or I'm going to small claims and writing a review EVERYONE will read!!!",
    "@SkyLinkAir you absolute clowns!!! Booking ref QX7H2M, flight SL402 Lagos to London on "
    "14/06 cancelled with 3 hours' notice. I paid ₦1,280,000 for 2 seats and your agent at desk "
    "12 LAUGHED at me. Full compensation by 30 June or I report you to the NCAA and post the "
    "video everywhere!!!",
    "Booking HTL-90217, 3 nights 21-24 Nov, $687 paid upfront. Room 509 had NO heating, a "
    "broken lock and someone else's hair in the bed!!! Your night manager Kyle was rude and "
    "useless. I want a FULL refund by Monday or this goes straight to Tripadvisor with every "
    "photo. DISGUSTING!!!",
    "Invoice #GR-3312 from 4 April: €1,150 for a 'new clutch' and the car died AGAIN on the N7 "
    "at 8:40am on the 9th. You are COWBOYS!!! I want the car fixed properly at your cost within "
    "7 days or I'm reporting you to the CCPC and suing for every cent. Don't test me!!!",
    "SEVEN WEEKS waiting on my bond of A$2,400 for Unit 4/18 Beach Rd, lease ended 31 Jan!!! "
    "@CoastalRealtyQLD your property manager ignores every email (ref CR-7741). Lodge the "
    "release form by 5pm Thursday or I'm lodging with QCAT and telling every renter in "
    "Townsville what crooks you are!!!",
    "Order ID 408-1173352, placed 11/02, ₹18,499 for a washing machine that LEAKS ALL OVER MY "
    "FLOOR!!! Technician visit on 15/02 at 10am never happened, complaint no. SRV-88412 "
    "'closed' without a word. Replace it by 25/02 or I'm going to the consumer court and "
    "tagging @yourbrand_in on every post!!!",
    "You USELESS lot!!! Policy HOM-552190, claim filed 3 August for £4,260 of storm damage, and "
    "on 2 October I'm STILL being asked for the same photos. Your handler Gemma hasn't answered "
    "6 emails. Pay out by 16 October or I'm straight to the Ombudsman and the papers!!!",
    "Membership #FIT-20876. I cancelled IN WRITING on 5 Sept and you've taken R749 on 1 Oct AND "
    "1 Nov!!! Your branch manager at Sandton called me a liar to my face. Refund R1,498 within "
    "5 working days or I go to the Consumer Goods and Services Ombud and post the recording on "
    "X @FitZoneSA!!!",
    "WHAT A SCAM!!! Tickets ref TKT-66218, 2 x CA$189.50 for the 12 July show, event cancelled "
    "and NO REFUND after 30 days. Your 'help centre' "
    "https://help.showpass-tickets.ca/case/66218 just loops. Pay me CA$379 by 20 August or I'm "
    "filing a chargeback and reporting you to Consumer Protection Ontario!!!",
    "Safaricom paid KSh 23,500 on 8 March, receipt QHJ4K7LM2P, for a laptop that was meant to "
    "arrive in 2 days. It's 28 March and NOTHING!!! @ShopHaraka_KE blocked me on WhatsApp, how "
    "professional!!! Deliver by Monday or refund me in full, otherwise I report you to the "
    "Competition Authority and warn the whole of Twitter!!!",
]
