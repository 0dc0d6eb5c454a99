"""Blind round 100 (session 32): written by a helper session that saw no rule, no round and no
code, themed on phone repair shops, taxi apps, hotels, utilities, driving schools, pharmacies,
cinemas, removals, insurers and language schools. Measured once with the starting code
(0ce3f1c): extortion 10/15, threats 14/20, look-alikes 20/20 clean, plain pairs 9/10, dry pairs
8/10, sincere 15/15, calm versions 16/16. Its calm versions and threats were then worked from
(test_calm_versions_99.py, test_round_99_100.py): threats 20/20. Left: five trades told in
dialect or at a distance ("…and sure the Google review can come down", "mi will delete it", a
HelloPeter post "that's where this is going", a TikTok "I will not post … na", reviews that
"can change when people feel properly looked after")."""

# -*- coding: utf-8 -*-

EXTORTION = [
    (
        "Further to my complaint regarding the screen replacement (job no. PR-44817), "
        "I am prepared to amend my Trustpilot review to reflect a satisfactory outcome "
        "once the £89 repair fee has been returned to my account."
    ),
    (
        "Ah lads, I'm not looking for trouble at all. Sort me out with the fifty euro back "
        "for that taxi that never showed and sure the Google review can come down, no bother."
    ),
    (
        "See if yous refund the deposit for the removal van that turned up four hours late, "
        "ma Yelp review disappears. Simple as. If no, it stays up and I'm adding the photos."
    ),
    (
        "Kindly do the needful and process the refund of Rs 4,500 for the cancelled driving "
        "lessons, after which I will be removing my one-star review from Justdial. "
        "Please revert at the earliest."
    ),
    (
        "Abeg I no want wahala. Send back my N35,000 for the hotel booking you charged twice "
        "and I go change the Google review to 5 stars that same day. Na you go decide."
    ),
    (
        "Shame man, I really don't want to put you guys on HelloPeter, but if the R1,200 "
        "insurance excess isn't back in my account by Friday, that's where this is going, "
        "with screenshots."
    ),
    (
        "Look mate, I've got a draft sitting on ProductReview about the pharmacy stuff-up. "
        "Chuck us a $100 gift card and I reckon I'll call it a one-off, yeah? "
        "Otherwise it goes live tonight."
    ),
    (
        "Hi po, just to inform that my TikTok about your hotel is already edited, very detailed po "
        "with the cockroach video. But if you can give us 2 nights free with upgrade for our "
        "anniversary, I will not post it na. Thank you po."
    ),
    (
        "Listen nuh, mi have di Facebook post ready bout how unnu treat mi at di cinema. "
        "Gimme back mi $3,000 JMD plus some free ticket an mi will delete it, easy so."
    ),
    (
        "Funny how reviews can change when people feel properly looked after. I'd hate for my "
        "TripAdvisor one to stay the way it is. Anyway, you have my booking number if you'd "
        "like to discuss a goodwill gesture."
    ),
    (
        "So here's my thinking: I'll happily bump my Amazon review of your course bundle from "
        "one star to five if you PayPal me the full £79 and leave my access on. Everyone wins."
    ),
    (
        "My thread on r/CasualUK about your water billing is sitting at 2k upvotes. Credit my "
        "account £250 and I'll lock it and add an edit saying you sorted it. Your call."
    ),
    (
        "I have 38k followers on Instagram, mostly language learners. Refund the €340 for the "
        "B2 course and I'll keep it to a neutral story. No refund and the reel explaining why "
        "your school is a rip-off goes up on Monday."
    ),
    (
        "Hi, I'll be straight with you. There's a Checkatrade review in my drafts about the move. "
        "Knock £300 off the final invoice and it never sees the light of day. If not, it's going "
        "up with every photo of the broken wardrobe."
    ),
    (
        "I am willing to take down both my Google and Trustpilot reviews about the smart meter "
        "fiasco in exchange for a £150 credit on my account. Let me know by the end of the week, "
        "as the offer won't stand forever."
    ),
]

THREATS = [
    (
        "I know where your manager parks his car. Be a shame if it wasn't in one piece "
        "tomorrow morning."
    ),
    "Hope your removal van gets torched with all your lying staff still in it 🔥🔥",
    (
        "Tell the receptionist with the red hair I'll be waiting outside when her shift ends. "
        "She'll know who I am."
    ),
    "You lot have got kids, haven't you? Think about that before you refuse my claim again.",
    "Next time that instructor opens his mouth to me I'm breaking his jaw. Swear down.",
    "Keep ignoring me. I've got your depot address and a full jerry can 🙂",
    (
        "Your driver better pray I never get in his car again. I've got his plate memorised. "
        "And his face."
    ),
    (
        "Would be awful if something ended up in the stock at your Elm Road branch, wouldn't it? "
        "Pharmacies are so vulnerable these days."
    ),
    "Fix my phone by Friday or I'm coming in with a hammer, and it won't be for the phone.",
    "I hope your manager's house floods the way mine did, ideally with him asleep inside it.",
    "bruv ur cashier is gonna get merked on sight, tell him i said that 🔪",
    (
        "Nice little cinema you've got. Lots of fire exits. Would be a pity if some of them "
        "got chained shut one night."
    ),
    (
        "I've had a look at your claims handler's Facebook. Lovely family. Lovely house on "
        "Birchwood Close too."
    ),
    (
        "Every one of you deserves a brick through the windscreen and I might just be the one "
        "to deliver it."
    ),
    (
        "I'm not saying anything's going to happen to your office. I'm just saying I wouldn't "
        "be standing near the front window on Monday."
    ),
    "Wallahi if that driver comes round my ends again he's not leaving on his own two legs.",
    (
        "Ye'll be picking yer teeth up aff the floor if that engineer shows his face at ma "
        "door again."
    ),
    "Remember my face. I'll remember yours, and I know which bus you get home.",
    ("Hope the next person through your door is carrying something heavier than a complaint 💣"),
    (
        "Your teacher Carlos humiliated me in front of the whole class. He'll never teach again, "
        "one way or another, and he won't see me coming."
    ),
]

LOOK_ALIKES = [
    (
        "I've left a 2-star review on Google describing exactly what happened with my screen "
        "repair. I've kept it to the facts."
    ),
    (
        "If this isn't resolved within eight weeks I will refer the matter to the Energy "
        "Ombudsman, as I'm entitled to do."
    ),
    (
        "I'll come in tomorrow at 10am with the phone and the receipt so someone can take a "
        "proper look at it."
    ),
    (
        "When the removal men left, the flat was a bomb site: boxes everywhere and the fridge "
        "somehow in the bathroom."
    ),
    (
        "My back is killing me after two nights on that mattress. Is there any chance I "
        "could move rooms?"
    ),
    (
        "I was assaulted by another passenger at your taxi rank on 3 March. I've reported it to "
        "the police (crime ref 24/11873) and would like to know whether your CCTV captured it."
    ),
    (
        "Please treat this as a formal complaint. I expect a written response by 14 June, after "
        "which I will consider making a small claims application."
    ),
    "I've raised a chargeback with my bank for the £59.99, as the course was never delivered.",
    (
        "I'm reporting the shelf pricing to Trading Standards, because the label and the till "
        "price for the hay fever tablets didn't match."
    ),
    (
        "I updated my review this morning to mention how quickly you sorted the refund. "
        "Thanks again."
    ),
    (
        "The film itself was a total bomb, but the staff were lovely. My only real complaint "
        "is the sticky seats."
    ),
    (
        "My instructor nearly got us both killed pulling out at the roundabout without looking. "
        "I'd like a different instructor for my remaining lessons, please."
    ),
    (
        "I've written to the Financial Ombudsman Service about how my claim was handled and "
        "attached a copy of your final response letter."
    ),
    (
        "Could you tell me the address of your head office? I'd like to send a formal letter "
        "by recorded delivery."
    ),
    (
        "Your driver was attacked by a drunk man after dropping me off. I've given the police a "
        "witness statement and I really hope he's okay."
    ),
    (
        "I'll be writing up my honest experience on TripAdvisor once I'm home, the good bits "
        "and the bad."
    ),
    (
        "The water pressure is so weak it's criminal, honestly. Any idea when the engineer "
        "will be out?"
    ),
    (
        "I know where your branch is, I've been going there for years, which is exactly why "
        "this has been so disappointing."
    ),
    (
        "Your insurer has 30 days from today to respond; after that I'll escalate to the "
        "ombudsman, as set out in your own complaints procedure."
    ),
    (
        "Please shoot me an email when the replacement part arrives. The waiting is murder, "
        "but I understand it's a supplier issue."
    ),
]

PAIRS = [
    # calm vs openly heated
    (
        (
            "I dropped my phone off on 2 May for a battery replacement and was told it would be "
            "ready in two days. It's now 9 May and I haven't had an update. Could you let me know "
            "the status?"
        ),
        (
            "I dropped my phone off on 2 May for a BATTERY replacement. TWO DAYS, you said!!! "
            "It's now 9 May and NOBODY has bothered to tell me a thing. How hard is it to swap a "
            "battery, you clowns?!"
        ),
    ),
    (
        (
            "My driver took a much longer route than the app suggested, and the fare was £38 "
            "instead of the £22 estimate. I'd like the difference refunded."
        ),
        (
            "Your driver took me on a SIGHTSEEING TOUR of half the city and charged £38 for a £22 "
            "trip!!! Either he's a crook or he can't read a map. REFUND ME NOW."
        ),
    ),
    (
        (
            "Our room wasn't cleaned during our three-night stay, even though we left the sign "
            "on the handle each morning. Could you look into this?"
        ),
        (
            "THREE NIGHTS and not ONE clean!!! We hung the sign out every single morning. Do your "
            "housekeeping staff actually exist or are they just a rumour?! Disgraceful."
        ),
    ),
    (
        (
            "My direct debit has gone up from £95 to £210 a month without any explanation, and my "
            "usage hasn't changed. Please review this."
        ),
        (
            "You've more than DOUBLED my direct debit from £95 to £210 without a single word!!! "
            "My usage hasn't changed at all. This is daylight ROBBERY and you know it!!!"
        ),
    ),
    (
        (
            "My instructor has cancelled three lessons this month with less than an hour's notice. "
            "I'd like those refunded or to be moved to another instructor."
        ),
        (
            "Your instructor has cancelled on me THREE times this month with under an hour's "
            "notice!!! I took time off work for nothing. Utterly useless, the whole lot of you!!"
        ),
    ),
    (
        (
            "I received a text saying my prescription was ready, but when I went in to collect it, "
            "it wasn't. I had to come back the following day."
        ),
        (
            "You TEXTED me to say it was ready and then it WASN'T!!! I dragged myself in while "
            "I was ill for nothing. What is WRONG with you people?!"
        ),
    ),
    (
        (
            "The film started 25 minutes late and the projector cut out twice. I'd like a refund "
            "for our two tickets, please."
        ),
        (
            "Started 25 MINUTES LATE and then the projector died TWICE!!! Worst cinema in the "
            "country, hands down. I want my money back for BOTH tickets!!!"
        ),
    ),
    (
        (
            "A leg was broken off our dining table during the move on 14 August. Please let me "
            "know how to make a claim."
        ),
        (
            "Your gorillas snapped the leg off our dining table on 14 August!!! Did anyone even "
            "TRY to be careful?! I expect FULL compensation, not excuses."
        ),
    ),
    (
        (
            "I submitted my claim six weeks ago with every document you requested and haven't had "
            "a decision yet. Could you give me an update?"
        ),
        (
            "SIX WEEKS since I sent you EVERY document you asked for!!! Still no decision. Funny "
            "how my premium leaves my account bang on time every month, isn't it?!"
        ),
    ),
    (
        (
            "The course advertised native-speaker teachers, but two of the three teachers I've "
            "had so far weren't. I'd like to discuss this."
        ),
        (
            "You ADVERTISED native speakers and two of my three teachers clearly AREN'T!!! False "
            "advertising, plain and simple. Absolute con artists!!!"
        ),
    ),
    # calm vs dry sarcastic
    (
        (
            "My phone came back from the screen repair with the front camera no longer working. "
            "It was working fine before I brought it in."
        ),
        (
            "Thank you for replacing my screen and including a complimentary camera removal at "
            "no extra charge. I had been meaning to take fewer selfies."
        ),
    ),
    (
        (
            "The app showed my driver as three minutes away for twenty-five minutes, and I missed "
            "my train as a result."
        ),
        (
            "I do admire the optimism of an app that can say three minutes away for twenty-five "
            "minutes straight. My train, sadly, did not share its faith."
        ),
    ),
    (
        (
            "The pool advertised as a main feature on your website was closed for our entire stay, "
            "and nobody told us before we arrived."
        ),
        (
            "The pool looked wonderful on your website, and I'm sure it looks just as wonderful "
            "behind the padlock. How thoughtful to keep it a surprise until check-in."
        ),
    ),
    (
        (
            "The water supply to my street has been off for three days, and the nearest bottled "
            "water station is two miles away."
        ),
        (
            "Three days without running water has really helped me reconnect with my ancestors. "
            "The two-mile walk to your bottled water station is a lovely touch, very immersive."
        ),
    ),
    (
        (
            "I paid for a block of ten lessons in March and, because of instructor availability, "
            "have only had four by July."
        ),
        (
            "I bought ten lessons in March and have enjoyed four so far, so at this pace I should "
            "be fully qualified just in time to drive myself to my retirement party."
        ),
    ),
    (
        (
            "I was handed someone else's medication at the counter. Luckily I noticed the name "
            "on the label before taking any."
        ),
        (
            "It was very generous of your counter staff to let me sample someone else's "
            "medication. Fortunately I still read labels, a quaint habit I can warmly recommend."
        ),
    ),
    (
        (
            "The air conditioning in screen 4 wasn't working, and it was extremely hot for the "
            "whole film."
        ),
        (
            "I hadn't realised screen four doubled as a sauna. Two and a half hours of steam and a "
            "superhero film for the price of one ticket is remarkable value."
        ),
    ),
    (
        (
            "The removal team arrived at 3pm instead of the agreed 8am, so we handed our keys back "
            "late and had to pay the landlord a penalty."
        ),
        (
            "I'm grateful your team chose three o'clock over eight. It gave us seven peaceful "
            "hours "
            "on the floor of an empty flat, and the landlord's late-key penalty makes a lovely "
            "souvenir."
        ),
    ),
    (
        ("I've been asked for the same receipts three times by three different claim handlers."),
        (
            "I've now sent the same receipts to three different claim handlers and am starting to "
            "feel like part of the team. Do let me know if a fourth would like a set; I've had "
            "them laminated."
        ),
    ),
    (
        (
            "The online course promised weekly live sessions, but there has only been one in the "
            "past two months."
        ),
        (
            "Your weekly live sessions are so exclusive that one has taken place in two months. "
            "I do appreciate a course that teaches patience as a bonus module."
        ),
    ),
]

SINCERE = [
    (
        "I just wanted to say a huge thank you to Priya at the Kingsway branch. My screen was "
        "shattered and she had it fixed in under an hour, and even rescued my photos when the "
        "phone wouldn't boot. Wonderful service."
    ),
    (
        "Wow, fantastic. I genuinely didn't expect my insurance claim to be settled in four days. "
        "Thank you to everyone who handled it so quickly and kindly."
    ),
    (
        "Of course I'll be recommending you to friends. After the mix-up with the first booking, "
        "your team went above and beyond to put it right. Thank you."
    ),
    (
        "Great job to the removal crew on Saturday. Not a single scratch, and they even put the "
        "kids' bunk beds back together. We're so grateful."
    ),
    (
        "Our taxi driver last night, Tomasz, waited until we were safely inside because it was "
        "late and dark. A small thing, but it meant a lot. Please pass on our thanks."
    ),
    (
        "I was upset when our room wasn't ready at check-in, but the manager upgraded us and "
        "sent up a cake for my mum's birthday. It turned a bad start into a lovely weekend. "
        "Thank you."
    ),
    (
        "Thank you to the water engineers who worked through the night on Hill Street. We had "
        "our supply back by breakfast. Really appreciated."
    ),
    (
        "Passed my driving test first time today! Thank you Graham for your patience over all "
        "those lessons, especially the roundabouts."
    ),
    (
        "The pharmacist spotted an interaction between my new prescription and something I was "
        "already taking, and rang my GP straight away. She may well have saved me a hospital "
        "visit. Thank you so much."
    ),
    (
        "Well, that was brilliant. I complained about the billing error last week expecting a "
        "fight, and instead got an apology, a corrected bill and a credit. Thank you, genuinely."
    ),
    (
        "Just a note to say the cinema staff on Friday were lovely with my son, who is autistic. "
        "They found us seats near the exit and checked on us halfway through. We'll be back."
    ),
    (
        "Muchas gracias to my teacher Elena. Six months ago I couldn't order a coffee in Spanish, "
        "and last week I had a whole conversation with my mother-in-law. Amazing."
    ),
    (
        "Of course it was a hassle when the energy switch failed, but your team kept me updated "
        "at every step and had it sorted within a week. Great job, really."
    ),
    (
        "I want to thank whoever reviewed my appeal. The claim was originally declined, but after "
        "I sent the extra photos you reconsidered and paid in full. Fair and quick, thank you."
    ),
    (
        "Amazing course, honestly the best money I've spent this year. The tutor answered every "
        "forum question within a day. Thank you for putting it together."
    ),
]

CALM_DRAFTS = [
    (
        "Right so I brought my iPhone 13 into your Oxford Street branch on 3rd March (job ref "
        "FX-20931) for a screen replacement quoted at £129 and the lad on the counter said two "
        "hours tops and then it was two days and then when I finally got it back the Face ID "
        "doesn't work and the battery dies in about four hours and when I rang 020 7946 0321 "
        "nobody picked up and when I emailed repairs@fixfastphones.co.uk I got an auto reply and "
        "NOTHING else, you NEVER answer, you're a bunch of cowboys!!! I want the full £129 back by "
        "Friday or I'm reporting you to Trading Standards and putting the whole saga on Trustpilot "
        "and tagging @FixFastUK so everyone can see what a joke you are."
    ),
    (
        "Booking ref RX-558201. 14/09, 23:40. Pickup Central Station. Driver never came. App said "
        "'arrived'. He hadn't. Charged me a £7.50 no-show fee. Then £46.20 for the black cab I had "
        "to take instead. Called 0330 088 1234 three times. Hung up on twice. Useless!!! Your chat "
        "bot is a brick wall. Nobody EVER reads anything. I want the £7.50 back and the £46.20 "
        "covered. Seven days. After that it goes to the taxi licensing team at Transport for "
        "London and a thread on X tagging @RideXUK. Done being polite."
    ),
    (
        "Dear Guest Relations Manager,\n"
        "I am writing regarding reservation #HX-7741902 at your Midtown location, 11-14 October, "
        "total charged $1,186.40 to my Visa ending 4417. On arrival at 4:15pm we were told our "
        "king room had been 'reallocated' and were put in a twin room above the kitchen "
        "extractor, which ran until 2am EVERY night. The front desk was RUDE and dismissive, and "
        "the night manager told me to 'try earplugs'!!! I have emailed "
        "guestcare@harborlinehotels.com "
        "three times and you have NEVER replied. I require a refund of at least $600 within 14 "
        "days. Failing that, I will file complaints with the Better Business Bureau and the New "
        "York State Attorney General's Bureau of Consumer Frauds, and publish a full account on "
        "TripAdvisor.\n"
        "Sincerely,\n"
        "Margaret O'Donnell"
    ),
    (
        "Account number 8812-4409-17. Here is what you have done to me since January:\n"
        "1. Moved me onto a tariff I never agreed to (your letter dated 12/01).\n"
        "2. Billed me £642.18 for one quarter when my normal bill is about £190.\n"
        "3. Booked an engineer for 2 Feb at 8am who never turned up. I lost a day's pay.\n"
        "4. Promised a call back on 0800 015 2277 'within 48 hours'. It has been FIVE WEEKS.\n"
        "5. Ignored every single email to help@brightgridenergy.co.uk.\n"
        "You are the most INCOMPETENT company I have ever dealt with!!! Correct the bill and pay "
        "£100 compensation by 31 March, or I am going straight to the Energy Ombudsman and "
        "reporting you to Ofgem."
    ),
    (
        "Hello, I write again because nobody answer me. My name is Tomasz Wójcik, account nr "
        "3300-918-22, address 14 Castle View, Athlone. From 5th of June there is no water pressure "
        "in my house, only few drops in the shower. I call 1800 555 019 six times, always they say "
        "engineer is coming, engineer NEVER coming!!! Also you charge me €87.50 for 'connection "
        "check' what nobody did. This is not normal, in my country is not possible like this. You "
        "are liars, all of you!!! If not fixed before 20 June I make official complaint to the "
        "Commission for Regulation of Utilities and I write everything on the Facebook group "
        "'Athlone Community Noticeboard' where is 12 thousand people."
    ),
    (
        "G'day, fourth time writing so I'll keep it blunt. Booking ref DS-30012, package of 10 "
        "lessons, paid $720 AUD on 2 Feb. Problems: your instructor Darren turned up late to 3 of "
        "6 lessons, spent one whole lesson on his phone, the car had a dodgy handbrake, and then "
        "you CANCELLED my test booking for 18 April without telling me, I found out at the test "
        "centre!!! Nobody answers 1300 555 208 and info@steadywheels.com.au bounces. Absolute "
        "amateurs!!! Refund the four unused lessons ($288) plus the $60 test fee by Friday or I'm "
        "lodging a complaint with NSW Fair Trading and putting the full story on Google and "
        "ProductReview."
    ),
    (
        "I cannot believe I even have to write this. On Tuesday 7 May at about 5:45pm I collected "
        "my mum's repeat prescription from your High Street branch (ref 77-FD-0912) and when we "
        "got home we found you'd given her 20mg tablets instead of 5mg, FOUR TIMES her dose, and "
        "if I hadn't checked she would have taken them!!! I rang the branch on 01632 960455 and "
        "the woman just said 'these things happen'. THESE THINGS HAPPEN?! Head office at "
        "customercare@wellspringpharmacy.co.uk sent a generic reply. You NEVER take anything "
        "seriously. I am reporting this to the General Pharmaceutical Council tomorrow and posting "
        "it on the village Facebook page and Google reviews so other families know to check."
    ),
    (
        "Order #CN-4471-0093. Sat 22 Nov, 7:10pm, Screen 6. Paid CAD $58.40 for two recliner "
        "seats plus popcorn. Recliners broken. Both of them. Sound cut out for ten minutes. Staff "
        "shrugged. 'Not our department.' Then whose?!! Emailed support@marqueecinemas.ca twice. "
        "Nothing. DM'd @MarqueeCinemas. Seen, no reply. Called 613-555-0178. Voicemail full. "
        "Pathetic!!! You NEVER fix anything. Full refund within a week or I'm filing with the "
        "Better Business Bureau and posting the video of the broken seats on TikTok and r/ottawa."
    ),
    (
        "Dear Sir or Madam,\n"
        "Re: Removal contract MV-2024-0817, move date 17 August, 26 Ash Grove, Leeds to 3 Ferry "
        "Lane, York. Quoted £1,450; invoiced £1,890.\n"
        "Your crew arrived at 11:20 rather than 8:00; a Victorian mirror valued at £400 was "
        "smashed; the sofa was left on the driveway in the rain; and £440 in 'additional hours' "
        "was charged for delays YOUR crew caused!!! Your foreman was abusive and your office "
        "(0113 496 0772) has NEVER returned a single call. Frankly, you are a disgrace to the "
        "trade.\n"
        "Unless I receive £840 by 30 September, I shall refer this to the British Association of "
        "Removers, issue a claim through Money Claim Online, and publish my review on Trustpilot.\n"
        "Yours faithfully,\n"
        "D. Hartley"
    ),
    (
        "I have been a client for eleven years, policy number HS-009281-ZA, and when my geyser "
        "burst on 3 January and flooded the whole house your assessor only came on 24 January and "
        "then your claims department rejected it as 'wear and tear' which is absolute nonsense, I "
        "have the plumber's report, I have the photos, I sent EVERYTHING to "
        "claims@securehomeinsure.co.za and phoned 086 555 0142 so many times I know the hold "
        "music by heart!!! You people are CROOKS in suits. The repair cost me R38,750 and I want "
        "it "
        "paid in full by month end or I'm going to the Ombudsman for Short-Term Insurance and "
        "posting the whole thing on HelloPeter."
    ),
    (
        "Respected Sir/Madam,\n"
        "This is regarding my enrolment ID LNG-IN-55219 for IELTS Advanced Batch starting 1st "
        "July, fees paid Rs 18,500 via UPI on 25th June (txn 4102 8837 6610). Till date only 3 "
        "classes happened out of 12, teacher is changing every time and study material link "
        "https://learn.skyboundacademy.in/materials is showing error 404 only. I have called "
        "+91 98765 43210 many many times, nobody is picking up!!! Your staff is totally useless "
        "and "
        "cheating students only. Kindly refund full amount within 7 days otherwise I will file "
        "complaint in District Consumer Disputes Redressal Commission and also put full details "
        "on Google reviews and Quora.\n"
        "Thanking you,\n"
        "Rahul Verma"
    ),
    (
        "Order #OC-88213, 'Full-Stack Bootcamp Pro', $1,499 charged 3/14 to my Amex.\n"
        "Here's a list, since apparently nobody at your company reads paragraphs:\n"
        "1) Module 6 to 11 videos won't load. Been that way since April.\n"
        "2) 'Lifetime mentorship' = one 15-minute call, rescheduled FOUR times.\n"
        "3) https://skillforge.io/refunds says 30 days, your agent says 14.\n"
        "4) support@skillforge.io has NEVER answered a ticket (#55102, #55340, #55871).\n"
        "This is a SCAM dressed up as an education company!!! Refund in full by May 31 or I'm "
        "filing with the FTC and the California Attorney General, disputing the charge with Amex, "
        "and posting a full breakdown on r/learnprogramming."
    ),
    (
        "Good day. I used your app on 12/10/2024 at 9:47pm from Ikeja to Lekki, trip ID "
        "RH-NG-338401. Estimated fare ₦8,500 but you charged me ₦23,400!!! The driver switched off "
        "the app halfway and told me to pay cash on top, when I refused he insulted me and dropped "
        "me by the roadside at night. Do you know how dangerous that is?! I have sent 5 emails to "
        "help.ng@ridezap.com and called 0700 555 0199, nobody is responding. You people don't care "
        "about customers at all, EVERYTHING na lie!!! Refund the difference of ₦14,900 within 72 "
        "hours or I will report you to the Federal Competition and Consumer Protection Commission "
        "and post everything on X tagging @RideZapNG."
    ),
    (
        "Hi, I am very disappointed and angry. Booking no. PH-HTL-20451, 3 nights at your Makati "
        "branch, 15-18 March, paid PHP 14,850 via GCash. Aircon was broken the whole stay, we are "
        "sleeping in 32 degrees, front desk promise everyday 'technician will come', NEVER came!!! "
        "Then they refuse to transfer us because 'fully booked' but online I see many rooms "
        "available. Also they charge 1,200 pesos minibar we did not touch. Very very "
        "unprofessional "
        "staff, shameful for a 4-star hotel!!! I emailed reservations@palmcrest.ph and called "
        "(02) 8555 0147, no answer. Refund at least 2 nights or I will complain to the DTI and the "
        "Department of Tourism and post on Facebook and TripAdvisor with all the photos."
    ),
    (
        "Customer ref LW-1187234. Third email. Since 2 September there's been a burst main outside "
        "41 Craigmount Road with water running down the street for SIX WEEKS, my basement has "
        "flooded twice, and every time I phone 0800 555 0118 some script-reader tells me it's "
        "'logged'. LOGGED?! It's been logged since September!!! Your contractors dug up my front "
        "path on 19 Sept, left a trench, and never came back. My wee boy nearly broke his ankle in "
        "it. You are completely useless, every one of you, from the call centre up. Fix it and pay "
        "£500 for the basement by 31 October, or it goes to the Scottish Public Services Ombudsman "
        "and the Evening News, and the video goes on @LothianWaterSvc's Facebook page."
    ),
    (
        "To whoever actually reads these,\n"
        "Claim no. MTR-IE-440921. My car was rear-ended at the lights on the Naas Road on 8 "
        "January, the other driver admitted fault, Gardaí attended (incident no. 2401-0833). Since "
        "then: three different handlers, two lost sets of photos, and one 'independent' assessor "
        "who valued my 2019 Golf at €9,000 when every listing on DoneDeal says €14,500 minimum. "
        "I'm now paying €42 a day for a hire car because you 'cancelled cover in error'!!! I ring "
        "01 555 0362 and sit on hold for 50 minutes EVERY time. Shower of chancers, the lot of "
        "you. "
        "Sort this by 28 February or it goes to the Financial Services and Pensions Ombudsman and "
        "the consumer column of the Irish Independent.\n"
        "Seán Kavanagh"
    ),
]
