"""Blind round 95 (session 31): written by a helper session that saw no rule, no round and no
code, themed on utilities, telecoms, garages, gyms, vets, dentists, letting agents and removals.
Measured once with the session's starting code (4a9b21a): threats 14/20, extortion 14/15,
look-alikes 20/20 clean, plain pairs 10/10, dry pairs 9/10, sincere 15/15, calm versions 10/10.
Then worked from (test_round_95_97.py): threats 20/20. Left: a trade whose public act is "I'll
just... not hit post", and one dry jab ("The silence in between was very restful")."""

EXTORTION = [
    (
        "Here's how this goes. Knock the £180 callout charge off my account and "
        "the Trustpilot review comes down the same afternoon. Leave it on and the "
        "review stays, photos of the still-leaking boiler included."
    ),
    (
        "Look lads I'm not trying to be awkward but if ye refund the €95 for the "
        "diagnostic that diagnosed nothing, I'll happily go back and bump that "
        "Google review up to four stars. Sure we'll say no more about it."
    ),
    (
        "Kindly note that I have posted a detailed review on the Play Store page "
        "of your app regarding the broadband outage. Kindly do the needful and "
        "credit Rs. 2,400 to my account for the 9 days without service, upon which "
        "I shall be editing the review to positive. Else it will remain as it is."
    ),
    (
        "Hi po, I already posted in our subdivision Facebook group about how your "
        "branch keeps charging me even after I cancelled my membership. If you can "
        "return the ₱3,500 po I will delete the post na, promise. If not I will "
        "just leave it there so the others are aware."
    ),
    (
        "I'd hate for my RateMDs review to be the first thing people see when they "
        "search your clinic, but that's where we are. A refund of the $340 for the "
        "filling that fell out within a week would go a long way toward me "
        "reconsidering how it's worded."
    ),
    (
        "Y'all got till Friday to make this right on the $1,200 'protection "
        "package' I never asked for. Take it off the contract and I won't post the "
        "video of your finance guy on TikTok. My niece says it'd do real numbers."
    ),
    (
        "Funny how reviews can change, eh. Mine on allagents is sitting at one star "
        "the now, but if my £650 deposit landed back in my account this week I "
        "reckon I'd be feeling a lot more generous about youse."
    ),
    (
        "Good day. Your movers broke my wardrobe and my TV stand during the "
        "relocation on the 14th. I am giving your company the opportunity to "
        "compensate me £400 before I publish my full experience on Trustpilot and "
        "Nairaland. The choice is yours sir."
    ),
    (
        "Ja no, I'm not impressed. R2,800 for a consult and my dog is still "
        "limping. Sort out a refund and I'll pull the Hellopeter complaint, "
        "otherwise it stays up and I'm adding the invoice for everyone to see."
    ),
    (
        "Mate, I've got a pretty detailed post half-written for r/australia about "
        "the NBN install your tech botched. Chuck me three months free and I'll "
        "just... not hit submit. Seems fair to me."
    ),
    (
        "Listen nuh, de light bill say $780 an me was overseas de whole month. "
        "Unnu fix it an give me back mi money an mi will tek down di Facebook "
        "post. Otherwise it staying right deh fi everybody see."
    ),
    (
        "I booked the dash cam fitting through your garage's Amazon listing. Happy "
        "to change my review from 1 star to 5 if you send me a £50 gift card for "
        "the hassle - just let me know and I'll sort it tonight."
    ),
    (
        "Thinking of doing an Instagram story series on my 'experience' with your "
        "PT sessions. 11k followers, mostly local gym people. Or you could just "
        "refund the 10-session block (£450) and I'd be happy to do a nice little "
        "shout-out instead. Your call x"
    ),
    (
        "Without prejudice: should your firm agree to waive the £300 check-out "
        "fee, I am prepared to withdraw my published Google review and the "
        "corresponding post on the residents' Facebook page. Absent such agreement "
        "by 5pm on 12 June, both will remain and will be expanded upon."
    ),
    (
        "Sir I gave 2 star to your service centre on Google for the delay. If you "
        "waive the labour charges of ₹3,150 I will update it to 5 star and write "
        "good things only. Please confirm by today evening itself."
    ),
]

THREATS = [
    "I know where your sales manager parks his silver Qashqai. Just saying.",
    ("Hope someone puts a brick through your showroom window, you thieving lot 🧱🔥"),
    (
        "Tell the engineer who came out Tuesday I've got his van reg written down. "
        "Be a shame if he had a bad day on his next job."
    ),
    ("Your receptionist better not be on her own when I come in Friday. I'm done talking."),
    ("If my dog dies because of your vet I swear I'll come down there and do the same to him."),
    ("Hope your office burns down with the lot of ye inside it."),
    (
        "Lovely family photos on your Facebook by the way. Nice school uniforms. "
        "Be a pity if I got bored and went looking for the school."
    ),
    (
        "Keep on ignoring me. My brother-in-law's got a truck and a whole lotta "
        "free time, and he knows right where y'all's warehouse is at."
    ),
    ("Tell yer gaffer he's gettin a doin next time I see him in the Co-op. Mark my words."),
    "see u at the gym tmrw 🔪🔪 ur PT knows what he did",
    (
        "You people are cheating public. If my money not returned I will come "
        "with my people and break your service centre. Remember this."
    ),
    (
        "Sige, keep ignoring me. But your technician who came to the house, alam "
        "ko na kung saan siya nakatira. Ingat siya pauwi ha."
    ),
    (
        "That property of yours on Elm Road has a lot of dry timber stacked round "
        "the back. Would be a terrible thing if it caught, wouldn't it."
    ),
    ("Next time your meter reader sets foot on my property he won't be walking off it."),
    (
        "Honestly someone should key every car on your lot, and I might just be "
        "that someone. Have a nice day eh."
    ),
    (
        "I hope the dentist who did this gets his hands crushed in a car door so "
        "he never works on anyone again."
    ),
    (
        "I've been very patient. I've also been noting what time your last staff "
        "member locks up. 6:40, isn't it?"
    ),
    (
        "Your removal men scratched my piano. I've got their names off the "
        "paperwork and I'll be paying each of them a personal visit. They won't "
        "enjoy it."
    ),
    (
        "Tell that letting agent she's lucky I'm a patient man. I won't be for "
        "much longer, and I know which car is hers."
    ),
    (
        "Accidents happen on those dark back roads your engineers use. Be a real "
        "shame if one of them didn't make it home for their tea 🙂"
    ),
]

LOOK_ALIKES = [
    (
        "I've left a 2-star review on Google describing exactly what happened "
        "with the boiler repair, and I've kept it factual."
    ),
    (
        "If I don't hear back within 8 weeks I'll be taking this to the Energy "
        "Ombudsman, as I understand is my right."
    ),
    (
        "I'll come in tomorrow at 10 to collect the car and go through the "
        "invoice with the service manager."
    ),
    (
        "The flat was an absolute bomb site when we got the keys - bin bags, "
        "mould, a broken fridge. Photos attached."
    ),
    (
        "This toothache is killing me and the earliest appointment I've been "
        "offered is three weeks away. Is there a cancellation list?"
    ),
    (
        "Please treat this as a formal complaint. I'd appreciate a response by "
        "30 April, after which I'll raise a chargeback with my card provider."
    ),
    (
        "Just to let you know, I was assaulted in your gym car park last night. "
        "Could you preserve the CCTV footage so the police can look at it?"
    ),
    (
        "Your technician absolutely smashed it today, fixed in twenty minutes. "
        "My only complaint is the two-week wait to get him out."
    ),
    (
        "I'm going to small claims if the £240 for the damaged sofa isn't paid; "
        "I've attached the removal company's own inventory sheet."
    ),
    (
        "The vet said Bella might not survive the night, and the bill was £1,100 "
        "before anyone told us the cost. I'd like an itemised breakdown please."
    ),
    (
        "I'll be reporting the dealership to Trading Standards - the car was sold "
        "as having full service history and it doesn't."
    ),
    (
        "Dead on arrival - the router never powered on. Can you post a "
        "replacement rather than sending a technician?"
    ),
    (
        "I know where the problem is - it's the stopcock under the sink, not the "
        "mains. Your plumber walked straight past it."
    ),
    (
        "I'm going to ring ComReg about this if it's not sorted, ye've had three "
        "goes at fixing the line already."
    ),
    (
        "My landlord threatened to change the locks while I was at work. As the "
        "letting agent, can you confirm in writing that this won't happen?"
    ),
    (
        "The instructor nearly killed me with that burpee session, in a good way. "
        "But I still want to query the double charge on the 3rd."
    ),
    (
        "Sir, I will visit the service centre tomorrow morning with the job card. "
        "Kindly keep the old parts ready for inspection."
    ),
    (
        "The movers dropped the boxes marked FRAGILE and the glass shattered "
        "everywhere - it was a massacre of my grandmother's china. I'm claiming "
        "on the removal insurance."
    ),
    (
        "I've filed a complaint with the CCTS about the billing error and posted "
        "my experience on Reddit so others know what to check on their bills."
    ),
    (
        "Y'all burned me on the trade-in value, but I'll admit the salesman was "
        "honest about it. I'm fixing to ask for a second appraisal."
    ),
]

PAIRS = [
    (
        (
            "My broadband has been down since Monday the 3rd and I've called support "
            "twice. Could you please book an engineer and confirm a credit for the "
            "outage?"
        ),
        (
            "My broadband has been DEAD since Monday and I've rung you TWICE!!! Your "
            "support team are useless and nobody has a clue. Get an engineer out NOW "
            "and credit my account!!!"
        ),
    ),
    (
        (
            "I collected my car on Friday after the brake service and the grinding "
            "noise is still there. Please can I bring it back in to be rechecked at "
            "no charge?"
        ),
        (
            "Picked my car up Friday and the brakes are STILL grinding!!! What "
            "exactly did I pay £310 for?? You clowns clearly never even touched it. "
            "I want it fixed FREE and I want it done this week!!!"
        ),
    ),
    (
        (
            "I cancelled my membership in March with the required 30 days' notice, "
            "but I've been charged for April and May. Please refund both payments."
        ),
        (
            "I CANCELLED in March!!! You've STILL taken April AND May off me. This is "
            "daylight robbery, your whole cancellation process is a scam. Refund me "
            "IMMEDIATELY!!!"
        ),
    ),
    (
        (
            "We were quoted around £200 for Milo's dental, but the invoice came to "
            "£640. Could someone explain the difference?"
        ),
        (
            "Quoted £200 and you charge us £640?!?! Nobody rang us, NOBODY asked "
            "permission. You lot are vultures preying on people who love their "
            "pets!!!"
        ),
    ),
    (
        (
            "My crown came loose two weeks after it was fitted. I'd like it refitted "
            "under warranty - please let me know the next available slot."
        ),
        (
            "TWO WEEKS and my $1,400 crown is already falling out!!! Does your "
            "dentist even know what he's doing?? I'm not paying another cent, fix it "
            "or I'm done with you people!!!"
        ),
    ),
    (
        (
            "The boiler in the flat has been broken for nine days. Could you chase "
            "the landlord and give me a date for the repair?"
        ),
        (
            "NINE DAYS with no heating or hot water!!! I've got a baby in this flat! "
            "You take my rent on the dot every month but can't be bothered to answer "
            "one email?? Absolutely disgraceful!!!"
        ),
    ),
    (
        (
            "Two boxes from our move on the 12th didn't arrive at the new house. "
            "Could you check whether they're still at the depot?"
        ),
        (
            "TWO boxes missing and ye haven't a notion where they are!!! Complete "
            "cowboys. That's my kids' stuff in there. Find them TODAY or I want the "
            "full value back!!!"
        ),
    ),
    (
        (
            "Sir, the electricity bill for May shows 1,240 units whereas our usual "
            "consumption is about 300. Kindly arrange a meter check."
        ),
        (
            "1,240 UNITS?!?! We are using 300 units only every month!!! Your "
            "department is totally careless and cheating the public. Send someone to "
            "check the meter TODAY itself, I am fed up!!!"
        ),
    ),
    (
        (
            "The used truck I bought on the 2nd had its engine light come on the day "
            "after. I'd like you to look at it under the 30-day warranty."
        ),
        (
            "Bought the truck on the 2nd and the engine light came on the VERY NEXT "
            "DAY!!! Y'all sold me a lemon and knew it. Crooks, every last one of ya. "
            "Fix it or give me my money back!!!"
        ),
    ),
    (
        (
            "Good day. My postpaid bill shows roaming charges of ₱4,800 but I did not "
            "travel this month. Kindly review and reverse them."
        ),
        (
            "₱4,800 ROAMING?!? I did not even leave Cebu!!! Your billing is a joke, "
            "grabe talaga. Reverse this NOW or I'm porting out!!!"
        ),
    ),
    (
        (
            "Our removal was booked for 8am and the van arrived at 2:15pm, which "
            "meant we missed the key handover slot at the new house."
        ),
        (
            "Thank you for the 8am removal that arrived at a quarter past two. It "
            "gave us a rare chance to sit on the floor of an empty house and reflect "
            "on our life choices, and the estate agent was delighted to stay late."
        ),
    ),
    (
        (
            "The showers in the men's changing room have been cold for three weeks "
            "and I've reported it twice at reception."
        ),
        (
            "Really appreciate the bracing showers you've been offering for three "
            "weeks now. I hadn't realised cryotherapy was included in the standard "
            "membership. Mentioning it twice at reception was clearly me being "
            "greedy."
        ),
    ),
    (
        (
            "My internet speed has averaged 4 Mbps against the 70 Mbps in my "
            "contract for the past month."
        ),
        (
            "I've been enjoying the vintage experience of your seventy megabit "
            "package, which faithfully delivers four. It takes me right back to "
            "dial-up, and really, who needs to watch anything in the evening."
        ),
    ),
    (
        (
            "We waited an hour and a half past our appointment time with a cat in a "
            "carrier, and nobody updated us."
        ),
        (
            "Lovely to spend ninety minutes in your waiting room with a cat who has "
            "firm opinions about carriers. Nobody came to tell us anything, which kept "
            "the suspense going beautifully. We'll treasure the scratches."
        ),
    ),
    (
        (
            "I was charged for a hygienist appointment that the practice cancelled "
            "on the morning of the visit."
        ),
        (
            "Such an inventive system, charging me for the hygienist appointment you "
            "cancelled that morning. I'd never paid for a cleaning I didn't receive "
            "before, so thank you for broadening my horizons."
        ),
    ),
    (
        (
            "The deposit deduction of £220 for cleaning doesn't match the check-out "
            "report, which rated the flat as clean."
        ),
        (
            "I'm impressed that a flat your own check-out report described as clean "
            "needed £220 of cleaning. Whoever did it must have been remarkably "
            "thorough, especially as they managed it without going in."
        ),
    ),
    (
        (
            "My hydro bill was estimated for five months in a row and now includes a "
            "catch-up charge of $612."
        ),
        (
            "Five months of estimated bills followed by a surprise catch-up of six "
            "hundred and twelve dollars. It's like a savings plan I never signed up "
            "for, managed by someone else, using my money. Very thoughtful."
        ),
    ),
    (
        (
            "The garage kept my car for eleven days for what was quoted as a one-day "
            "clutch replacement, and I had no updates in between."
        ),
        (
            "I do want to thank the garage for the eleven-day clutch replacement, "
            "quoted at one. The silence in between was very restful, and I've "
            "really got to know the number 42 bus and all of its regulars."
        ),
    ),
    (
        (
            "I was told on the phone my plan would be $45 a month, but my first bill "
            "is $78 with fees nobody mentioned."
        ),
        (
            "How generous of y'all to let my forty-five dollar plan grow into "
            "seventy-eight once it got comfortable. I do love a surprise, and those "
            "fees nobody mentioned were the sweetest surprise of all."
        ),
    ),
    (
        (
            "The car I bought was advertised with two keys but I only received one, "
            "and the dealership hasn't replied to my two emails."
        ),
        (
            "Grand altogether, the car came with one of the two keys advertised. I "
            "suppose sharing is caring. And ye've been so prompt with my two emails "
            "that I'm thinking of having the silence framed."
        ),
    ),
]

SINCERE = [
    (
        "Wow, fantastic service from your engineer Dave today. He explained "
        "everything, cleaned up after himself and had the heating back on in "
        "under an hour. Thank you."
    ),
    (
        "I was really upset last month about the billing mix-up, but Priya in "
        "your accounts team sorted it in one call and even followed up by email "
        "the next day. Genuinely grateful."
    ),
    (
        "Of course I'll be recommending you to everyone - the vets at the Westgate "
        "practice were so gentle with our old boy at the end. Thank you for "
        "giving him such dignity."
    ),
    (
        "Great job to the removals crew on Saturday. Three flights of stairs, no "
        "lift, and not a single scratch on anything. The lads were great craic "
        "too, fair play to them."
    ),
    (
        "Just wanted to say thank you to Dr. Mendoza and the team. I've been "
        "terrified of dentists for twenty years and you made it painless, "
        "literally. Salamat po!"
    ),
    (
        "Honestly I didn't expect much after the first install went wrong, but "
        "the second technician was superb and the credit you applied was more "
        "than fair. Thank you for making it right."
    ),
    (
        "My son and I want to thank Marcus, the service advisor at your "
        "dealership. He could easily have upsold us but told us straight what we "
        "did and didn't need. That's rare these days."
    ),
    (
        "Thank you for answering the phone at 11pm when our pipe burst. The "
        "emergency plumber was here within the hour. You've got a customer for "
        "life."
    ),
    (
        "Sir, I am very thankful to your service centre staff who repaired my "
        "scooter the same day when I was travelling for my daughter's wedding. "
        "God bless you all."
    ),
    (
        "Well, that was a lovely surprise - a letting agent that returned our "
        "deposit in full and on time. Seriously, thank you, it made the move so "
        "much easier."
    ),
    (
        "Y'all were just wonderful when our AC quit in the middle of July. Your "
        "tech even checked my mama's window unit for free. We sure do appreciate "
        "it."
    ),
    (
        "Amazing, really - I went to cancel my membership after losing my job and "
        "your manager froze it for three months instead and waived the fee. I'll "
        "be back, and I'll be telling people why."
    ),
    (
        "I know I sent a pretty frustrated email last week about the roaming "
        "charges. I just want to say thanks for reversing them so quickly, and "
        "for being so kind on the phone."
    ),
    (
        "Thanks so much to everyone at the clinic for fitting our rescue pup in "
        "on the holiday Monday. She's doing great and eating like a horse. You "
        "folks are the best."
    ),
    (
        "Brilliant, just brilliant. The car was ready a day early, the final bill "
        "matched the quote to the penny, and someone had even hoovered the "
        "inside. Thank you."
    ),
]

CALM_DRAFTS = [
    (
        "Account no. 8830 2219 4471 - THIS IS THE FOURTH TIME I'm writing!!! On "
        "3 March I submitted a meter reading of 45,210 and you STILL billed me "
        "£1,184.66 on an estimate of 47,900. I rang 0330 088 2211 on 6, 11 and 19 "
        "March and waited over 50 minutes each time. You NEVER answer and your "
        "chatbot is useless. I emailed complaints@brightwattenergy.co.uk with "
        "photos of the meter and got nothing back. You are a shambles of a "
        "company!!! If the bill isn't corrected and the £86 late fee removed by "
        "5pm Friday 29 March, I'm going straight to the Energy Ombudsman and "
        "posting the whole saga on Twitter tagging @BrightWattHelp so everyone "
        "can see how you treat your customers."
    ),
    (
        "Ref: CX-558102. I've been without broadband since 14/02 and it's now "
        "02/03 - that's SIXTEEN DAYS!!! Your technician was booked for 21/02 "
        "between 8am and 1pm, I took a day off work (€180 lost) and NOBODY turned "
        "up. Rang 1800 555 303 three times and got cut off twice. Your staff "
        "haven't a clue and don't care. I'm paying €64.99 a month for NOTHING!!! "
        "I want the full month credited and a confirmed appointment in writing to "
        "seanmurphy84@eircom.net by Wednesday. Otherwise I'm lodging a complaint "
        "with ComReg, putting the lot up on boards.ie and tagging @FastLineIE on "
        "X. Ye are an absolute joke of a company."
    ),
    (
        "Job card no. HSC/BLR/2024/07731 dated 18-06-2024. I gave my car for "
        "regular service at your Whitefield branch and you have charged ₹14,850 "
        "when the estimate was ₹6,200!!! Unauthorised replacement of brake pads "
        "and wiper blades, NOBODY called me for approval. When I called the "
        "service advisor Mr. Rakesh on +91 98450 22716 he simply disconnected. You "
        "people NEVER take responsibility!!! This is pure cheating. I have all the "
        "WhatsApp messages as proof. Refund the excess ₹8,650 within 3 working "
        "days or I will file in consumer court and post the full invoice on "
        "Twitter tagging @RoadstarCares and your head office. Shameful service!!!"
    ),
    (
        "Account No. 0912-338-7765. Good day. I am VERY disappointed!!! My water "
        "bill for May is ₱6,420 when my usual is ₱900 only. I reported a leak on "
        "the street line last April 28 (ticket #WTR-22014) and NO ONE came. I "
        "called your hotline (02) 8981-5800 more than ten times, always busy!!! "
        "You people never answer. I went to your Mandaue office on June 3 at "
        "9:30am, waited 4 hours, then was told to come back. Grabe, this is "
        "unacceptable. Please adjust my bill and send confirmation to "
        "marites.dlc@gmail.com before June 15. If not, I will file a complaint "
        "with the regulator and post everything on Facebook tagging "
        "@ClearFlowWaterPH. Kawawa naman ang mga customers niyo!!!"
    ),
    (
        "Member ID 004-77215. I cancelled my membership IN PERSON at your Yonge "
        "St location on January 9 and got a paper receipt. You have STILL charged "
        "my Visa $64.99 on Feb 1, Mar 1 and Apr 1 - that's $194.97 you've taken "
        "from me!!! I've emailed memberservices@peakfitclubs.ca four times and "
        "called 1-866-555-0142, and you NEVER respond. Your front desk staff just "
        "shrug. Pathetic!!! I want a full refund by April 20 or I'm filing a "
        "chargeback with my bank, reporting you to Consumer Protection Ontario "
        "and posting the whole thing to r/toronto with screenshots. See "
        "https://imgur.com/a/pk7Fz2 for the receipt. Enough is enough."
    ),
    (
        "Deal #TX-40917, 2019 Silverado, bought 05/11 at your Tyler lot for "
        "$31,450. Your finance manager Brad swore up and down the rate was 6.9% - "
        "the contract I got in the mail says 11.4%!!! That's an extra $4,100 over "
        "the loan. I called (903) 555-0188 Monday, Tuesday and Thursday and y'all "
        "NEVER call back. Y'all are liars and crooks, plain and simple!!! I want "
        "the contract corrected to what was promised by June 1, in writing to "
        "dwaynep1972@yahoo.com. If not, I'm filing with the Texas Attorney "
        "General and the Better Business Bureau and posting the recording on "
        "Facebook and TikTok @dwayne_tx_outdoors. Everybody in Smith County is "
        "gonna hear about this."
    ),
    (
        "Tenancy ref LET/4471/B, Flat 2, 14 Harcourt Road. You have held my "
        "£1,350 deposit since I moved out on 31 August - that's SEVEN WEEKS!!! The "
        "check-out report dated 1 Sept says 'good condition throughout' yet you "
        "now claim £480 for 'redecoration'. ABSOLUTE NONSENSE!!! I emailed "
        "lettings@harcourtandpryce.co.uk on 4, 11 and 25 September and you never "
        "reply. Your property manager hung up on me when I rang 0161 555 0923. "
        "You are the most incompetent, dishonest agency I have ever dealt with. "
        "Return the full deposit within 7 days or I'm raising a dispute with the "
        "DPS, reporting you to The Property Ombudsman and leaving reviews "
        "everywhere, starting with Google and allagents.co.uk."
    ),
    (
        "Invoice #VX-22819, patient: Bramble (springer spaniel). I brought her in "
        "on 12/10 at 8:15am for what your receptionist called a 'routine' lump "
        "removal, quoted at £450. I was handed a bill for £1,276.40 at pickup "
        "with NO warning!!! Nobody phoned me on 07700 900412 for consent to the "
        "extra tests, and she came home with her stitches already splitting. You "
        "lot clearly care more about money than animals!!! I've emailed "
        "practice@glenview-vets.co.uk twice with no reply, you NEVER get back to "
        "anyone. I want an itemised invoice and a refund of the unauthorised "
        "£826.40 by 31 October, or I'm complaining to the RCVS and posting photos "
        "of her wound on Instagram @bramble_the_springer."
    ),
    (
        "Patient no. 55190. On 2 February at 3:40pm Dr Hale did a root canal on "
        "my lower left molar at your Kings Road practice - £695, paid in full on "
        "card ending 4421. Three weeks later it is STILL agony and I can barely "
        "eat!!! I've phoned 020 7946 0331 every single day and your receptionists "
        "NEVER put me through, just 'she'll call you back', which she never "
        "does!!! This is the worst dental care I have ever had and a private "
        "practice charging that much should be ashamed. I want an emergency "
        "appointment this week and a written explanation sent to "
        "j.okafor@outlook.com, otherwise I'm reporting Dr Hale to the GDC and "
        "putting a full review with x-ray photos on Google."
    ),
    (
        "Booking #MV-2024-0883, move from Vancouver to Calgary on July 8, quoted "
        "$3,200 flat rate in writing. On delivery your driver refused to unload "
        "until I paid an extra $1,150 for 'fuel and stairs'!!! That is a total "
        "RIP-OFF!!! My dining table arrived with a cracked leg and two boxes "
        "marked FRAGILE were crushed. I've called 604-555-0176 nine times and "
        "emailed claims@northernhaulmoving.ca - you NEVER reply. Your crew were "
        "rude and your office is even worse!!! I want the $1,150 refunded and a "
        "damage claim opened by July 31. If not, I'm going to the BBB and the "
        "Competition Bureau and posting the video of your driver on TikTok and "
        "Instagram @kaylamovesnorth. Every single person I know will see it."
    ),
]
