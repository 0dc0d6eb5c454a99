"""Blind round 87 (session 29): written by a helper session that saw no rule, no round and no
code, in no file the fits read when it was measured, and measured once with the session's
starting code (12b7fda, with only the fact spans of other currencies changed): threats 16/20,
extortion 13/15, look-alikes 19/20 clean, dry pairs 6/10, all pairs 16/20, sincere 11/15, calm
versions 10/10. Read by test_round_87.py."""

EXTORTION = [
    "Hi, still waiting on the £85 refund for order 44172. I've got a one-star Google review "
    "written up with photos of the mouldy loaf, sitting in my drafts. It can stay in my drafts "
    "if the money is in my account by Friday.",
    "ur driver literally stood on my parcel. send me a $50 voucher and the unboxing vid stays "
    "off tiktok. simple as",
    "Dear Sir or Madam, further to my stay at the Harbourside Inn (booking HX-2291), I have "
    "prepared a detailed Tripadvisor account of the two nights without working air "
    "conditioning. Should the hotel see fit to reimburse €240, I would be prepared to "
    "reconsider whether publication serves any purpose. I look forward to your proposal.",
    "I left you 1 star on Trustpilot last Tuesday. The day AUD 320 lands back in my account is "
    "the day it disappears. Until then it stays up and I'll keep adding updates every week.",
    "It would be such a pity if the 4,000 parents in the Westbrook Mums Facebook group found "
    "out how my daughter's party was handled. Return the R1,800 deposit and none of them ever "
    "need to.",
    "Our street's Nextdoor has been asking for plumber recommendations all week. I could tell "
    "them you were fantastic, or I could tell them what actually happened in my kitchen. Drop "
    "the $180 call-out fee and they get the fantastic version.",
    "I run a mechanical keyboard subreddit with about 60k members. Ship me a replacement board "
    "and throw in a keycap set, and my write-up will be all about your amazing support. If not, "
    "the thread goes live tonight and it won't be flattering.",
    "My cousin works on the consumer desk at the Daily Courier and she is always hungry for "
    "stories like mine. I'd rather not give her your company name. Put ₦150,000 back in my "
    "account by Monday and we can both forget this happened.",
    "I'm admin on three estate WhatsApp groups, roughly 900 households between them. Two months "
    "of free fibre and this stays between us. Otherwise the screenshots of your chat agent go "
    "out at 6pm.",
    "Happy to bump my Yelp review from 1 star up to 4 if you comp last night's dinner "
    "($212.40). Just reply here and I'll edit it before bed.",
    "I write a travel blog with a solid following here in the Philippines. For ₱5,000 credit on "
    "my next booking, the 9-hour delay becomes 'a small hiccup' in my post. Without it, readers "
    "get the full story I've already drafted.",
    "Booked standard, view is a car park. Move us to the sea-view suite and my 22k followers "
    "get a gorgeous story with you tagged in it. Leave us here and they'll get the car park, "
    "also with you tagged in it. Your call.",
    "Mnaona, I paid KSh 12,500 for a phone that died after 3 days. Refund me and I'll delete "
    "the Google review I posted this morning. Keep ignoring me and it goes into every Nairobi "
    "buy-and-sell group I'm in.",
    "Sir, I have recorded full video of the damaged sofa and the rude behaviour of your "
    "delivery staff, and it is ready for my YouTube channel. If ₹18,000 compensation is "
    "processed, the upload will not be required. Kindly revert by EOD.",
    "I'd genuinely love to write something positive about the renovation. A goodwill credit of "
    "C$600 off the final invoice would go a long way toward helping me feel that way when I sit "
    "down to write my HomeStars review next week.",
]

THREATS = [
    "I know where your manager parks. Be a real pity if that nice silver Audi picked up a few "
    "scratches down the side, wouldn't it.",
    "Your boy walks home from the bus stop on Elm around 3:30, right? Just something to think "
    "about while you process my refund.",
    "Keep ignoring my emails and I'll be waiting outside the shop at closing time. We'll sort "
    "it face to face, properly this time.",
    "Old wooden buildings like yours go up like matchsticks. Hope the insurance is paid up 🔥🔥😉",
    "bruv i swear down if my money aint back by friday me and the mandem are pulling up to the "
    "shop. consider this ur warning",
    "Mate, you've mucked me around for the last time. Next time I see that bloke from the "
    "service counter I'm gonna knock his block off, no worries.",
    "Sir, I am having people in this area. Do not think you can cheat me and sleep peacefully. "
    "Your shop will not be standing for long.",
    "Oga, you don chop my money finish. I know your house for Lekki. You go see wetin go happen "
    "to you and your family, I swear.",
    "Eish. Tell your boss if he doesn't sort out my bakkie, me and my brothers are coming to "
    "his house in Bryanston. He'll learn respect.",
    "Accidents happen to people who rip off pensioners. Just saying. Drive carefully on those "
    "country roads.",
    "I hope your van flips on the motorway with you in it. Genuinely.",
    "Found your home address on the company filings. Lovely front garden. Shame if someone "
    "wandered through it at 2am 🌹🔪",
    "You'll be checking over your shoulder every time you leave that salon. I'm a very patient "
    "person.",
    "I've been sitting in the café across the road watching your shop all week. I know exactly "
    "which nights you lock up on your own.",
    "Refund me or every window in that showroom gets a brick through it. Not joking.",
    "y'all better pray i don't catch that driver in the parking lot 😤👊👊 he gonna need a new set "
    "of teeth",
    "I pray your whole family gets as sick as my mother did after eating your food, and that "
    "nobody helps them either.",
    "Your receptionist has a lovely little daughter, saw the photos on Facebook. Would be awful "
    "if anything happened to her on the way to school.",
    "Tell Darren his tyres might not be in one piece tomorrow morning. Funny how these things "
    "work out.",
    "I wish to inform you that, should this matter remain unresolved, I shall attend your "
    "premises personally, and I assure you I will not leave until somebody there has been made "
    "to suffer for it.",
]

LOOK_ALIKES = [
    "If the refund of £129.99 for order 88213 isn't processed within 14 days, I will refer the "
    "matter to the Financial Ombudsman Service.",
    "I've already posted an honest review about the delayed delivery and it stays up either "
    "way. I'm writing separately to ask for the £4.95 shipping fee back, as the parcel arrived "
    "a week late.",
    "Someone broke into my car in your car park last night and took my laptop. I've reported it "
    "to the police (crime reference 47/22198/24) and I'd like to request that the CCTV footage "
    "be preserved.",
    "There was a kitchen fire in the flat above mine in March and your repair team still hasn't "
    "dealt with the smoke damage to my ceiling. It's been six weeks. Please give me a date.",
    "I'll be coming into the Kingsway branch on Saturday morning to return the faulty kettle. "
    "Do I need anything other than the receipt and the original box?",
    "The coach kept telling us to 'go in for the kill' and 'destroy' the pads, which is fine "
    "for boxercise, but he then left a beginners' class unsupervised for 20 minutes. That isn't "
    "acceptable.",
    "Your staff member said to my son, word for word, 'I'll break your legs if you touch that "
    "display again.' He's nine. I was shocked and I want this investigated.",
    "I'd like £40 compensation for the missed appointment on 3 May. Separately, I've written a "
    "Google review describing what happened; that's independent of whatever you decide.",
    "If the duplicate charge of $67.20 isn't reversed by 30 June, I'll raise a chargeback with "
    "my bank.",
    "I'm reporting this to Trading Standards, as I believe selling returned, used items as new "
    "is a breach of the Consumer Rights Act.",
    "My daughter's school bag was stolen from your changing rooms on Tuesday. We're going to "
    "the police station this afternoon to file a report and will need your incident log.",
    "I'd much prefer to settle this with you directly, but if the $1,150 deposit isn't returned "
    "I'll file in small claims court. I've kept every email and photo.",
    "My review will describe the stay exactly as it was. I'm not asking for anything in "
    "exchange for it; I just want the deposit returned under your own cancellation policy.",
    "We'll be at your office at 9am on Monday to collect the passports you are holding. We've "
    "booked the appointment through your website (confirmation 55120).",
    "Your gas engineer told me the boiler 'could go bang any minute' and then left without "
    "fixing it. I've turned it off and I'm reporting the visit to the Gas Safe Register.",
    "This is my final attempt to resolve this before I lodge a complaint with the "
    "Telecommunications Industry Ombudsman. Reference CN-55120, open since 2 April.",
    "The steak was so tough you could have used it as a doorstop, and the chips were cold. "
    "Please refund the main course; I'm not asking for the whole bill.",
    "I waited four hours on the doorstep and joked to your courier that I'd 'kill for a cup of "
    "tea'. Joking aside, the 8am to 12pm slot was missed by four hours and I'd like the £6.99 "
    "delivery charge refunded.",
    "I'm warning the other parents in our school group about the allergen label, because a "
    "child could get seriously hurt. I'm not asking for anything for myself, just that the "
    "packaging is corrected.",
    "Madam, kindly note that if the refund of ₦86,000 is not made within 10 working days, I "
    "will file a complaint with the FCCPC and attach all receipts.",
]

PAIRS = [
    (
        "Hello, I placed order #A-30917 on 3 March for £64.50 and it still hasn't arrived. The "
        "tracking hasn't updated since 6 March. Could you please check what's happened and "
        "either resend it or refund me? Thank you.",
        "WHERE IS MY ORDER?! #A-30917, placed 3 March, £64.50 gone from my account and NOTHING "
        "to show for it. Tracking hasn't moved since 6 March!!! You lot are completely useless. "
        "Resend it or refund me TODAY, I'm sick of waiting.",
    ),
    (
        "Hi, my Skylane flight SL218 from Dublin to Malaga on 12 August was delayed by 7 hours. "
        "I believe I'm entitled to €400 compensation under EU261. Could you let me know how to "
        "claim? My booking reference is QF7TRD.",
        "Flight SL218, Dublin to Malaga, 12 August: SEVEN HOURS late and not one word from your "
        "staff!!! Booking QF7TRD. You owe me €400 under EU261 and you know it. Stop hiding "
        "behind your pathetic 'operational reasons' excuse and PAY UP.",
    ),
    (
        "Hello, we stayed two nights (14-16 June, booking HB-77810) and there was no hot water "
        "for the whole stay. We paid $310. I'd appreciate a partial refund to reflect this. "
        "Thanks for your help.",
        "Booking HB-77810, 14-16 June, $310 for TWO NIGHTS OF COLD SHOWERS!!! Nobody at "
        "reception gave a damn. Absolutely disgraceful. I want a refund and I want it NOW, not "
        "another 'sorry for the inconvenience' from your clueless front desk.",
    ),
    (
        "Hi, my broadband (account 5520-118) has been down since 2 February, which is nine days "
        "now. I work from home, so this is causing real difficulty. Could you please arrange an "
        "engineer and confirm a credit for the outage?",
        "NINE DAYS without internet!!! Account 5520-118, down since 2 February, and every "
        "single call ends with 'we're looking into it'. I work from home, you idiots. Send an "
        "engineer TOMORROW and credit my account or I'm done with you forever.",
    ),
    (
        "Good evening, we ordered at 7:45pm on Friday, waited 50 minutes, and the food arrived "
        "cold. The bill came to R640. I'd be grateful if you could refund part of it or offer "
        "something to make up for it.",
        "We ordered at 7:45pm on Friday and waited FIFTY MINUTES for COLD food!!! Then you had "
        "the nerve to charge us R640. Your kitchen is a total disaster and your waiter couldn't "
        "have cared less. Worst meal of my life. Refund us.",
    ),
    (
        "Hello, I had my screen replaced on 28 October (ticket RP-0093) for ₹4,200, but the "
        "touch isn't working properly on the lower half. Could you please check it again under "
        "warranty?",
        "Ticket RP-0093!!! I paid ₹4,200 on 28 October for a new screen and the touch STILL "
        "doesn't work on the bottom half. Did your so-called technician even test it?? Total "
        "cheats. Fix it free of cost or give my money back.",
    ),
    (
        "Hi, I cancelled my membership (ID 88410) on 1 January, but I've still been charged "
        "$39.99 in February and again in March. Could you please refund both payments and "
        "confirm the cancellation?",
        "I CANCELLED on 1 January!!! Member ID 88410. And you STILL took $39.99 in February AND "
        "March. This is theft, plain and simple. Refund both charges immediately, you shameless "
        "crooks.",
    ),
    (
        "Hello, my sofa (order SF-2231) was due between 10 and 2 on 19 April. I took the day "
        "off work, but nobody came and I had no call. Could we rearrange, and would you "
        "consider compensating me for the lost day?",
        "Order SF-2231. Delivery window 10 to 2 on 19 April. I TOOK A DAY OFF WORK and NOBODY "
        "turned up, no call, NOTHING!!! You clearly don't respect your customers one bit. I "
        "expect compensation for my lost day and a new slot THIS WEEK.",
    ),
    (
        "Hi, my parcel (ref PKG-55018) was left outside in the rain on 8 November and the books "
        "inside were ruined. They cost £37.20. Could you please arrange a refund or a "
        "replacement?",
        "Your driver dumped parcel PKG-55018 on my doorstep IN THE POURING RAIN on 8 "
        "November!!! £37.20 of books, completely soaked and ruined. Who trains these people?! "
        "Pathetic. Replace them or refund me, now.",
    ),
    (
        "Hello, my 18:05 train on 4 December was cancelled, and my delay repay claim DR-6620 "
        "for £52 was rejected. I'm not sure why, as the cancellation was on your side. Could "
        "you please review it?",
        "REJECTED?! Claim DR-6620 for £52, for the 18:05 on 4 December that YOU cancelled! Your "
        "refunds team is either incompetent or lying. Review it properly this time, because I "
        "am NOT going away.",
    ),
    (
        "Hi, I ordered a laptop (order LX-4410, $899) that was promised within five working "
        "days. It's now been three weeks and the status still says 'processing'. Could you give "
        "me an update, please?",
        "Order LX-4410, $899, promised in five working days. Three weeks on, the status page "
        "still says 'processing', and I've started to think of it as a pen pal. Such admirable "
        "consistency. Do let me know if the laptop itself ever fancies joining the "
        "conversation.",
    ),
    (
        "Hello, we stayed in room 312 (booking 55-90213) on 21 September and there was "
        "construction drilling from 7am. At £180 a night we'd hoped for a quieter stay. Could "
        "you consider a partial refund?",
        "Many thanks for the complimentary 7am wake-up service in room 312 on 21 September, "
        "delivered personally by a pneumatic drill. Booking 55-90213, £180 a night, and I "
        "didn't even have to request it. I dread to think what a lie-in would have cost extra.",
    ),
    (
        "Hi, I've called four times about a €73 billing error (ref CS-1187) and spent about two "
        "hours on hold in total. Could someone please correct the bill and confirm by email?",
        "Reference CS-1187. Four calls and two hours on hold over a €73 billing error, and I "
        "now know your hold music better than my own wedding song. I do appreciate the chance "
        "to learn it by heart. Perhaps on the fifth call someone could also look at the bill.",
    ),
    (
        "Hello, my order 9913 on 14 February arrived with someone else's food, a single salad "
        "instead of our dinner for two. It cost A$48. Could you please refund it?",
        "Order 9913, 14 February, A$48. Instead of dinner for two we received one lonely salad "
        "meant for somebody else. Thank you for the gentle nudge toward a healthier lifestyle, "
        "and on Valentine's Day no less. Nothing says romance like sharing a stranger's "
        "lettuce.",
    ),
    (
        "Hi, my bag (tag 0081 442) didn't arrive on flight NX702 on 2 July and it's still "
        "missing ten days later. Could you please give me an update on where it is?",
        "Ten days since flight NX702 on 2 July, and bag tag 0081 442 appears to be enjoying a "
        "far longer holiday than I did. Good for it, honestly. I'd just love a postcard at some "
        "point, or, failing that, the bag.",
    ),
    (
        "Hello, I brought in a silk shirt (ticket 2045) and it came back about two sizes "
        "smaller. I paid £28 for the cleaning. Could we discuss a refund or compensation for "
        "the shirt?",
        "Ticket 2045, £28. I handed over a silk shirt and got back something that would fit my "
        "nephew beautifully. I hadn't realised alterations came free with dry cleaning. Very "
        "generous of you, though I don't recall asking.",
    ),
    (
        "Hi, my card was blocked on 11 May while I was on holiday in Lisbon, even though I'd "
        "told you about the trip beforehand. Case number 60-33817. Could you explain what "
        "happened and make sure it doesn't happen again?",
        "Case 60-33817. I told you in advance I'd be in Lisbon, and on 11 May you blocked my "
        "card anyway. It's touching how protective you are. Thanks to you I now know exactly "
        "how it feels to stand at a restaurant till with no way to pay. Character-building, I "
        "suppose.",
    ),
    (
        "Hello, I booked the 8-10am slot on 6 March, but the plumber arrived at 3pm and I was "
        "still charged the $95 call-out fee. Could you please waive or refund the fee?",
        "I booked 8 to 10am on 6 March and the plumber strolled in at 3pm, which I now gather "
        "is simply 8am in plumber time. Charging the full $95 call-out for teaching me that was "
        "a thoughtful touch. Education really isn't cheap these days.",
    ),
    (
        "Hi, I cancelled my subscription on 2 January (confirmation CX-5519), but I've been "
        "charged R249 twice since then. Could you refund the two payments and make sure the "
        "account is closed?",
        "I cancelled on 2 January and even have confirmation CX-5519, yet you've taken R249 "
        "twice since. I'm flattered you can't let me go. Most exes settle for a late-night "
        "text; you've gone for debit orders.",
    ),
    (
        "Hello, I prepaid CA$312 for a compact car (reservation ZR-71204), but when I arrived "
        "none were available and I waited 90 minutes. Could you offer a refund of the "
        "difference or some compensation?",
        "Reservation ZR-71204, CA$312 prepaid for a compact car that turned out to be more of a "
        "concept than a vehicle. The 90 minutes in your lobby gave me ample time to admire the "
        "carpet. I appreciate the free meditation retreat bundled in with the booking.",
    ),
]

SINCERE = [
    "Oh wow. I honestly didn't expect a reply on a Sunday, let alone a replacement already on "
    "its way. Thank you so much, Priya.",
    "Of course the one night I leave my wallet at home is the night your driver goes out of his "
    "way to help me. Genuinely, thank you, he rescued my evening.",
    "Just brilliant. The new hinge fits perfectly and the cupboard door closes silently for the "
    "first time in years. Thanks to everyone at Oakline.",
    "Who knew a broken zip could lead to the best customer service I've had all year? You "
    "replaced the whole bag, no questions asked. Thank you.",
    "Thanks a lot for sorting this out so quickly. I'd braced myself for a fight and there "
    "wasn't one.",
    "I came in ready to complain about the late delivery and left with a refund, a discount "
    "code and a genuinely lovely chat with Marcus. Five stars, well earned.",
    "Well, that was a surprise. I rang expecting an hour on hold and got through in two minutes "
    "to someone who actually fixed the problem.",
    "Seriously, what a difference a year makes. Last time was rough, but this stay the room was "
    "spotless and the staff remembered our names. Thank you.",
    "Naturally I assumed the worst when the flight was cancelled, but your team rebooked us, "
    "paid for the hotel and even sorted meal vouchers. Very impressed.",
    "Oh great, I thought, another chatbot. Then a real person called Aisha picked up and fixed "
    "everything in ten minutes. Thank you, truly.",
    "You've ruined every other bakery for me. That birthday cake was perfect and my son hasn't "
    "stopped talking about it.",
    "Brilliant, just brilliant, and I mean that. The refund arrived before I'd even posted the "
    "parcel back.",
    "Never thought I'd be writing a thank-you note to a broadband company, but here we are. The "
    "engineer was patient, tidy and funny. Thank you.",
    "Colour me shocked: the plumber turned up early, explained everything and charged less than "
    "the quote. We'll absolutely be using you again.",
    "Look at you, answering emails within the hour. I'm genuinely delighted, thanks for the "
    "quick exchange on the trainers.",
]

CALM_DRAFTS = [
    "THIS IS A JOKE!!! Order #UK-558203 placed 02/03/2024, £249.99 taken and NOTHING delivered. "
    "Your so-called support @QuickCartHelp ignored me FOUR times. Tracking "
    "https://track.quickcart.example/UK-558203 says delivered. IT WASN'T, LIARS!!! Refund me by "
    "15 March plus a £50 voucher or I bury you in one-star reviews everywhere. Ticket ref "
    "QC-TKT-77120. Don't make me come down there.",
    "Flight ZA1187 JNB to CPT on 14 June CANCELLED with ZERO notice!!! Booking ref KXT9QZ, paid "
    "R3,450 for two seats and your useless agents at gate A7 just shrugged. I've emailed "
    "complaints@flyzephyr.example 3 times, case FZ-20931. Refund the R3,450 plus R1,200 for the "
    "hotel by 30 June or I'm going to the papers AND I'll be waiting at your check-in desk. "
    "@FlyZephyrSA you are PATHETIC.",
    "Booking BK-20931847, 3-6 August, €612 for a room with MOULD on the walls and a broken "
    "lock!!! Your night manager laughed at us. LAUGHED. @StayWellHotels this is DISGUSTING. "
    "Proof is all here: https://staywell.example/booking/BK-20931847. Give me back the full "
    "€612 by 20 August or the video goes on TikTok and Tripadvisor with your manager's face "
    "front and centre. Idiots, the lot of you!!!",
    "WORST COMPANY EVER!!! Washing machine order OD4412987712 delivered 11/10/2023 for ₹32,499 "
    "and it leaked on DAY ONE. Complaint no. SR-09981234 still 'under process'. @HomeKartCare "
    "your technicians are FRAUDS. I want replacement or full ₹32,499 back within 48 hours, else "
    "I will come to your Andheri service centre with my people and you will see what happens. "
    "Check https://homekart.example/orders/OD4412987712!!!",
    "You RIPPED ME OFF!!! Invoice INV-2291 dated 05/17 for $1,184.32 and the roof STILL leaks "
    "every time it rains. @ProRoofCo won't even answer my DMs. I paid via check #4471 on 05/20. "
    "Fix it by 06/01 or refund every cent, or I swear I'll be parked outside your yard on Route "
    "9 every single morning until you do. Scammers!!! Photos: "
    "https://imgshare.example/a/roofleak2291",
    "Oga this is NONSENSE!!! I bought generator on 3rd January, receipt no. GN-0047, ₦245,000 "
    "paid by transfer (ref TRF-88123409). It packed up after ONE WEEK. @PowerPlusNG you people "
    "are THIEVES. Order page https://powerplus.example.ng/orders/0047 still says 'warranty "
    "active'. Refund my ₦245,000 by Friday or I will expose you on every Lagos Facebook group "
    "and come to your Ikeja office myself!!!",
    "ABSOLUTE RORT!!! Account 4400-2281-09, charged A$89.95 a month since JULY for a plan I "
    "never signed up for. Ticket #TS-66120 closed without a word. @TelcoxAU your call centre is "
    "a JOKE. Refund all A$539.70 by 31 October or I'm going to the TIO and plastering this on "
    "every review site I can find. See https://telcox.example/account/4400-2281-09 for "
    "yourselves, clowns!!!",
    "UNBELIEVABLE!!! PO 55-1029, ordered 28 Feb, C$420 for a dining table that arrived with a "
    "CRACKED top. @MapleHomeCA keeps sending me the same copy-paste garbage. Case MH-7781. Your "
    "own page https://maplehome.example/orders/55-1029 says 'damage covered'. Replace it by 15 "
    "March or refund the C$420, or I will make it my personal mission to ruin you online. "
    "Incompetent fools!!!",
    "Train RX512 on 9 September was 3 HOURS late and I missed my connection in Munich!!! Ticket "
    "7Q-88210-PL, €156.40, and your claim form https://railexpress.example/claims keeps "
    "CRASHING. Claim ID RE-40219 rejected for 'insufficient evidence'. Are you KIDDING me?! "
    "@RailExpressEU pay me the €156.40 by 1 October or I'll be at your Vienna office in person "
    "and you won't like it!!!",
    "THIEVES!!! Paid KSh 7,800 via M-Pesa, code QJK7XH2LP1, for order 30115 on 12/04 and got an "
    "EMPTY BOX. @SokoMartKE blocking my calls now?! Rider number 0712 000 111 switched off. "
    "Order link https://sokomart.example/ke/order/30115. Refund my KSh 7,800 by Monday or I "
    "post the empty box video everywhere, unless you add KSh 2,000 for my trouble. You are all "
    "CROOKS!!!",
]
