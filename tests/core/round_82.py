"""Blind round 82 (session 27): written by a helper session that saw no rule, no round and no
code, in no file the fits read (tools/fit_guard.py, tools/fit_tone.py), and measured once with
that session's starting code (cba8249): threats 16/20, extortion 14/15, look-alikes 18/20 clean,
dry pairs 4/10, all pairs 14/20, sincere 14/15, calm versions 10/10. The session's threat forms
and calm-version fixes were then written from its misses (a development round since). Read by
test_threat_forms_round82.py."""

EXTORTION = [
    "Refund the £68 for the ruined highlights and I'll take my 1-star off Google tonight. "
    "Otherwise it stays up and I'm adding photos.",
    "comp our whole bill from saturday or my 40k followers on tiktok get the full story "
    "of that cold biryani. your call x",
    "Happy to change my Trustpilot review to 5 stars once you waive the £35 late "
    "cancellation fee. Just let me know when it's done.",
    "How my review of your removal service reads this weekend depends entirely on whether "
    "that £120 'stair surcharge' comes off the invoice.",
    "Dear Sir/Madam, I write regarding booking ref WV-2291. Should you see fit to refund "
    "the £400 deposit in full, I would be prepared to withdraw my published reviews on "
    "Hitched and Facebook. I trust we can reach an understanding.",
    "bro just send me a free replacement screen and the video never goes up. simple as 📱🤝",
    "I've got a post drafted for the Pollokshields Mums group (12k members). It doesn't "
    "need to go live if the school blazer order gets refunded by Friday, know what I "
    "mean.",
    "Listen, bump me up to the suite for the rest of my stay and I'll happily delete the "
    "TripAdvisor review about the mouldy bathroom. Fair trade.",
    "Abeg, just reverse the ₦45,000 charge and I go remove the post I dropped on Twitter "
    "about your shop. If not, I go tag everybody.",
    "ok so if u give me 3 months free membership i'll edit my google review to something "
    "nicer. if not it stays at 1 star and im adding more",
    "Sir, kindly note my review on Zomato will be updated to 5 stars only after you "
    "refund Rs 1,850 for order #ZM88213. Till then it remains as is and I will be posting "
    "in 3 more food groups.",
    "I'm a reviewer with a decent Instagram following in Brisbane. Waive the $290 excess "
    "on the rental and I'll make sure my story about your depot is 'positive'. Otherwise, "
    "well, honesty is my brand.",
    "Your call, mate. Knock the $1,800 off the dealer fees and my YouTube walkthrough of "
    "the purchase will be glowing. Leave it on and the video goes out Thursday titled "
    "'Don't buy from Coastline Motors'.",
    "Funny how reviews can change. Mine could go from 1 star to 5 overnight if Buddy's "
    "vet bill came down to what we were actually quoted. Just saying.",
    "Po, pls refund my ₱3,200 for the lost package and I'll take down my FB post in the "
    "Shopee buyers group. Promise I'll even post a thank you after 🙏",
]

THREATS = [
    "I know which car is yours. The silver Corsa round the back. Be a shame if something "
    "happened to it overnight.",
    "I'll be waiting outside when you close tonight. We'll see how brave you are without "
    "the counter between us.",
    "Tell that receptionist I know where she lives. Keep cancelling my appointments and "
    "find out what happens.",
    "my brothers are coming round the shop tomorrow to have a word with the lad who fixed "
    "my phone. hope hes in 🔪",
    "Watch your back. You've no idea who you've messed with.",
    "Nice little salon you've got. Lot of hair products in there. Very flammable, I'd imagine. 🔥",
    "I followed your delivery driver home last week, so I know exactly which street he's "
    "on. Deliver my parcel or I pay him a visit.",
    "You will regret this. Not in court. Personally. I'll make sure of it.",
    "Ek sê, if my bakkie comes back from your panel shop scratched again I'm coming with "
    "my cousins and we'll smash every window in that place. Don't test me, bru.",
    "If that plumber shows his face round my estate again he won't walk out of it. Pass that on.",
    "🔫🔫 see you at 6 when the gym shuts 😊",
    "Kent Street branch, the manager with the ponytail, drives the blue Hilux, leaves "
    "about 5.30. Just so you know that I know.",
    "Ye'll no be smiling when me and the boys come doon tae yer wee office. Mind yersel pal.",
    "I've been watching your house for a while now. Lovely family you've got. Would hate "
    "for them to get caught up in all this.",
    "Next time I see that letting agent I'm going to break his jaw. I mean it.",
    "Give me my money back or I burn your stall to the ground, I swear on my mother.",
    "Your staff should be careful walking to the car park at night. Things happen.",
    "I have people in Lagos who can find you. Refund me or you will see what I am capable of.",
    "It would be terrible if your van's tyres all went flat at once, wouldn't it. "
    "Terrible. Especially after you've been so unhelpful.",
    "Tell the girl on the phone I've got her full name and her Instagram now. I know "
    "which gym she goes to. Sort my refund.",
]

LOOK_ALIKES = [
    "I've now referred this to the Financial Ombudsman as my next step, reference "
    "FOS-448210. I'd still prefer to sort it out directly if you can respond.",
    "If the £89 isn't refunded within 14 days I'll be raising a chargeback with my card provider.",
    "I'll be filing in small claims court here in Ontario. Please forward my letter to "
    "whoever handles legal matters.",
    "I've already left a 2-star review on Google describing what happened. That's my "
    "honest experience and it'll stay up.",
    "Just a heads up that I will be leaving a review once the job is finished, as I do "
    "for every tradesperson I use.",
    "I know where your office is because I visited it on Tuesday to drop off the "
    "documents, but nobody at reception had heard of my claim.",
    "Waited outside the store for 2 hours for the click and collect pickup and nobody "
    "came out. Really not good enough.",
    "The fire alarm went off at 3am and nobody from the hotel told us whether it was a "
    "drill. We stood in the car park in our pyjamas for 40 minutes.",
    "My brother will collect the parcel from the depot on Saturday. His name is Ryan Osei "
    "and he'll bring my ID and the reference number.",
    "It was a killer deal on paper, but the laptop arrived with a cracked hinge and a dead pixel.",
    "I'll be back to collect the car on Monday and I'd really like the rattle to actually "
    "be fixed this time.",
    "For what it's worth, I'll update my review if it gets fixed. Right now it just "
    "reflects what happened.",
    "Reported you to Trading Standards today. I've attached their case number for your records.",
    "Watch out for the hidden fees on the checkout page, they added £12.50 at the very last step.",
    "The dentist absolutely butchered my appointment schedule, three reschedules in one month.",
    "You'll regret losing loyal customers like me. Twelve years I've banked with you and "
    "I'm moving to Monzo next week.",
    "I've posted about this on the school's Facebook page so other parents know the "
    "uniform order is delayed. Not asking for anything, just giving people a heads up.",
    "It'd be a shame to stop ordering from you after six years, but that's where I am "
    "after three cold deliveries in a row.",
    "Your driver clearly knows where I live, he's delivered here four times before, so "
    "why is my parcel marked 'address not found'?",
    "Absolutely gutted. My review is going up tonight whatever happens, and I'll be fair "
    "in it, but the venue looked nothing like the photos.",
]

PAIRS = [
    (
        "Hi, my parcel (order 77410) was marked as delivered on 4 June but it never arrived. "
        "Could you look into it please?",
        "Your DRIVER marked order 77410 as DELIVERED on 4 June and it NEVER ARRIVED!!! "
        "Absolute joke of a company, sort it out NOW!",
    ),
    (
        "I've been charged £49 twice for my gym membership this month. Please could you "
        "refund the duplicate payment?",
        "You've taken £49 off me TWICE this month you bunch of clowns!!! Give me my money "
        "back before I go f***ing mental!",
    ),
    (
        "The builder left our kitchen half-finished three weeks ago and hasn't returned any "
        "of our calls since.",
        "THREE WEEKS and our kitchen is still a bombsite!!! Your useless builder won't even "
        "pick up the phone. Pathetic!!",
    ),
    (
        "Our flight to Malaga was cancelled with two hours' notice and we haven't been "
        "offered a rebooking yet.",
        "Cancel our Malaga flight with TWO HOURS notice and then NOTHING?! No rebooking, no "
        "apology, no f***ing anything. Disgraceful airline!!!",
    ),
    (
        "Our internet has been dropping out every evening since 2 March, and the engineer "
        "didn't attend the booked appointment.",
        "Internet dies EVERY SINGLE NIGHT since 2 March and your engineer couldn't even be "
        "bothered to turn up!!! What am I paying you for, you absolute muppets?!",
    ),
    (
        "The dress I collected from the alterations shop is two inches shorter than we agreed.",
        "You've RUINED my dress!!! Two inches too short, did anyone even measure?! Absolute "
        "cowboys, I want my money back!",
    ),
    (
        "We waited 90 minutes past our appointment time at the vet with our dog and were "
        "still charged the full consultation fee.",
        "90 MINUTES waiting with a sick dog and you STILL charged full whack?!?! Shameless "
        "greedy lot, s***test vets in Bristol!!",
    ),
    (
        "The takeaway arrived an hour late and the order was missing the garlic naan and one "
        "of the curries.",
        "AN HOUR LATE and half the order missing!!! Where's my naan, where's my curry?! "
        "Worst takeaway in the city, absolute joke!!",
    ),
    (
        "I've asked three times for the return of my deposit for 14 Elm Road and haven't had "
        "a response.",
        "THREE TIMES I've asked for my deposit back on 14 Elm Road!!! Are you deaf or just "
        "crooks?! Pay up you f***ing leeches!",
    ),
    (
        "The removal team scratched our dining table and broke a lamp during Saturday's move.",
        "Your gorillas SCRATCHED my dining table and SMASHED a lamp!!! Ever heard of being "
        "careful?! Worst removal firm on the planet!!!",
    ),
    (
        "My parcel has been in transit for three weeks and the tracking shows it moving back "
        "and forth around Leeds.",
        "Lovely to see my parcel enjoying its third week touring Leeds. I do hope it's "
        "taking in the sights.",
    ),
    (
        "I paid a £400 holding deposit, the landlord has since withdrawn the property, and "
        "the deposit hasn't been returned.",
        "Great to know my £400 deposit is funding someone's holiday. Thanks for that.",
    ),
    (
        "Each time I call I've been on hold for over an hour and haven't been able to speak "
        "to anyone.",
        "Really enjoying the hold music. Seventy minutes of it today, so I've very nearly "
        "learned the words.",
    ),
    (
        "My phone screen started flickering two days after your repair.",
        "Impressive work on the screen repair. It lasted a whole two days before starting "
        "its little disco impression.",
    ),
    (
        "Our hotel room wasn't cleaned at all during our three-night stay, even though we "
        "asked at reception.",
        "I do appreciate the hotel's commitment to preserving our room exactly as we left it "
        "for three full nights. Very authentic.",
    ),
    (
        "The car I bought last month has been back three times for the same warning light.",
        "The engine light on my new car and I are becoming close friends. Third visit to "
        "your workshop this month, we practically live there now.",
    ),
    (
        "The school uniform order I placed in July still hasn't arrived, and term starts "
        "next week.",
        "Ordered the uniform in July. I assume it'll be ready in time for his graduation.",
    ),
    (
        "The bank froze my account without explanation and I haven't been able to pay my rent.",
        "Thank you for protecting me from the dangers of accessing my own money. I'm sure my "
        "landlord will be very understanding.",
    ),
    (
        "The salon charged me £30 extra for a toner I didn't ask for.",
        "Nice of the salon to surprise me with a £30 toner I never asked for. I do love a "
        "mystery charge.",
    ),
    (
        "The wedding venue told us a week before the date that the garden ceremony area is "
        "no longer available.",
        "Finding out a week before the wedding that the garden is no longer available has "
        "been a really relaxing addition to the planning process.",
    ),
]

SINCERE = [
    "Brilliant, that's sorted now, thank you so much. The refund came through this morning.",
    "Great service as always from the team at the Stockport branch. Quick, friendly, and "
    "they even remembered my name.",
    "The delivery was a mess, but I have to say Priya on the chat was fantastic. She "
    "stayed with me for 40 minutes and fixed everything. Please pass on my thanks.",
    "Honestly the best dentist I've ever been to. I was terrified and Dr Mensah was so "
    "patient with me. Thank you.",
    "Mixed feelings: the room was tiny and the air con rattled all night, but breakfast "
    "was superb and the staff were genuinely lovely.",
    "Wow, didn't expect a reply on a Sunday, let alone a full refund. Really impressed, thank you.",
    "Fair play to ye, the new boiler's been grand since the lad came back out. Cheers for "
    "sorting it so quick.",
    "I was ready to give up after two failed deliveries, but your manager rang me "
    "personally and got it here the same day. Amazing, thank you.",
    "Lovely job on my hair, exactly what I wanted. Started a bit late, but totally worth the wait.",
    "Thank you very much sir, the replacement charger reached today and is working "
    "perfectly. Very good service, will recommend to my friends.",
    "Shout out to Thabo at the Rosebank store, what a legend. Sorted my contract mess in "
    "ten minutes after a week of runaround from the call centre.",
    "Salamat po! Item arrived complete and well-packed. Super bait ng seller, will order again 😊",
    "Perfect, that's exactly what I needed. Really appreciate you going above and beyond "
    "on this one.",
    "The movers were brilliant, careful, fast and cheerful even in the pouring rain. Only "
    "downside was the van turning up an hour late, but they more than made up for it.",
    "Just wanted to say thanks a million for the flowers after our cancelled flight. Such "
    "a lovely touch, it genuinely made my mum's day.",
]

CALM_DRAFTS = [
    "You people are UNBELIEVABLE!!! I ordered a sofa on 3 March, order ORD-55812, paid "
    "£1,249.99 and it STILL hasn't arrived. You NEVER answer the phone and your chat bot "
    "is useless. If I don't have a delivery date by Friday I'm going to the ombudsman and "
    "leaving a 1-star review everywhere!!!",
    "Absolute cowboys. Your plumber came on 12/10/2026 at 9am, charged me $85 for the "
    "call-out and left the leak WORSE. Ticket #44120 has been ignored for two weeks. "
    "Nobody in your office has a clue what they're doing!!!",
    "WORST BANK EVER!!! You blocked my card ending 4471 while I was in Lisbon on 22 "
    "August and I had to borrow €300 from a stranger. Your helpline kept me on hold for 2 "
    "hours 15 minutes and then HUNG UP. Complaint ref CMP-90317. Refund my £25 overseas "
    "fees or I'll see you in small claims court.",
    "how is it possible to be this incompetent?? my phone went in for a battery "
    "replacement on 5 jan, job number PR-2208, paid £79, and it came back with a cracked "
    "camera lens. your tech is a clown and your manager ALWAYS blames the customer. fix "
    "it free or I post the before and after pics on every review site going.",
    "Dear Sir, I am extremely disgusted with your company. The AC installed on 18/04/2026 "
    "(invoice no. INV/2026/3381, Rs 42,500) stopped cooling within ONE WEEK. Your "
    "technicians NEVER come on time and give false promises every time. If this is not "
    "resolved by 30 April I will approach the consumer court!!!",
    "Are you lot taking the p***?! We booked Oakridge Barn for 14 September, booking "
    "WED-7741, paid a £3,500 deposit, and NOW you tell us the marquee is an extra £900?! "
    "You are CON ARTISTS. Nobody mentioned this at the viewing on 2 February.",
    "My dog Maisie was in for a dental on 9 November and you billed me $1,130 when the "
    "quote was $640. NOBODY rang me to approve the extra work. Your receptionist was rude "
    "and you obviously see pets as cash machines!!! Invoice 20931, I want the difference "
    "back.",
    "Useless useless USELESS. Tracking number JD0014 7729 3381 says delivered 27 May at "
    "14:32 but NOTHING is here. Your driver OBVIOUSLY threw it over a fence. I want a "
    "refund of the £64.50 or a replacement today, I'm sick of you.",
    "Six weeks since I moved out of Flat 3, 22 Harbour Street and you're STILL holding my "
    "£1,150 deposit. You've ignored 4 emails and your agent Darren was smug and useless "
    "at the checkout on 1 July. Return it in full within 7 days or I'm raising a dispute "
    "with the deposit scheme and telling everyone on Google what crooks you are!!!",
    "ordered the school blazer and 2 jumpers on 10 aug, order #UNI-30482, paid R1,860 and "
    "got the WRONG SIZES. you NEVER reply on whatsapp and your shop is always closed!!! "
    "term starts 15 jan so sort it or I'm doing a chargeback.",
]
