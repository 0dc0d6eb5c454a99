"""Blind round 92 (session 29): written by a helper session that saw no rule, no round and no
code, after all of the session's work had begun, and measured once at its end with the final
code and with the session's starting code (12b7fda); nothing was written from it: threats 17/20
(start 17), extortion 13/15 (13), look-alikes 18/20 clean (17), dry pairs 5/10 (5), all pairs
15/20 (15), sincere 14/15 (12), calm versions 10/10 (10). Read by test_round_92.py, which holds
the final code's reading as a floor."""

EXTORTION = [
    "Refund the £89 by Friday and my one-star on Trustpilot disappears. Keep stalling and it "
    "stays up, with photos added.",
    "Dear Customer Relations, I would be willing to amend my Google review of your Lyon branch "
    "to reflect a more positive experience, should you see fit to credit my account with €150 "
    "as a gesture of goodwill. Failing that, I feel the review must remain as it stands.",
    "I've got a fairly big following on TikTok and I'm halfway through editing a video about "
    "how your hotel handled my booking. A complimentary suite upgrade on my next stay might "
    "change how that video ends.",
    "ngl if u sort me a free month i'll take my post down from the estate facebook group lol. "
    "otherwise it stays pinned",
    "Here's the deal: ₹12,000 back in my account and I delete the vlog about your service "
    "centre. No refund, and part two goes live with the invoice on screen.",
    "I'm sitting at two stars on Yelp right now. Comp the corkage fee and the desserts and I'll "
    "bump it to five before I go to bed.",
    "My podcast goes out to about forty thousand listeners every Tuesday. Whether your airline "
    "features as next week's horror story depends entirely on whether my A$640 voucher shows up "
    "before then.",
    "A reporter from the local paper has already asked me about the flooding in my flat. I'd be "
    "glad to tell her it's all been resolved, provided the agency waives the R3,500 cleaning "
    "deduction from my deposit.",
    "I moderate the largest owners' forum for your e-bikes in Scandinavia. Send me a "
    "replacement battery free of charge (roughly 7 000 kr) and I'll lock the thread about your "
    "warranty team and mark it as solved.",
    "Our parents' WhatsApp group has about two hundred mums in it. Waive the $45 late pickup "
    "fee and the screenshots of your nursery manager's messages never get shared there.",
    "I am prepared to soften the wording of my Tripadvisor review, removing 'filthy' and "
    "'rude', in exchange for a refund of the second night (CHF 210).",
    "Your app has a 4.6 in the Play Store. Mine would be a one-star with a very long paragraph "
    "attached. A year of premium on the house and you get five stars from me instead.",
    "To whom it may concern: upon receipt of ¥30,000 in compensation, I will withdraw the "
    "complaint I posted on the price comparison board and replace it with a favourable "
    "assessment. Kindly send your payment details.",
    "Funny how a thread on the city subreddit can blow up overnight. Funny how it could also "
    "just never get posted. A $300 store credit would go a long way toward me forgetting I "
    "wrote the draft.",
    "If you reimburse the MX$2,800 for the suit you ruined, I'll edit my Facebook review to say "
    "the dry cleaner was helpful. If not, the review gets updated with the before-and-after "
    "photos and a star less.",
]

THREATS = [
    "I know which car is yours in the staff car park. Would be a real shame about those tyres.",
    "Refund me or I'll be waiting outside your shop at closing time with a few of my mates. "
    "We'll see how brave you are then.",
    "Hope your manager enjoys his house on Birch Lane. Lovely garden. Pity if something "
    "happened to it.",
    "Accidents happen to people who rip off pensioners. Just saying.",
    "Your warehouse is stacked with cardboard and one match is all it would take. Think about "
    "that before you deny my claim again.",
    "🔥🔥🔥 your store 🔥🔥🔥 keep ignoring me and find out 🔪😈",
    "I've seen your daughter at the school gate. Fix my car properly this time.",
    "Oi bruv you mugged me off with that phone. Pattern up or me and the mandem are coming "
    "round your shop, no joke.",
    "Yeah nah mate, you've mucked me around for the last time. I'll come down there and sort "
    "you out myself and you won't be standing after.",
    "I pray your delivery van goes off a cliff with you in it. You deserve every bit of pain "
    "coming your way.",
    "Keep lying about my deposit and your front windows won't be there on Monday morning.",
    "I've got a baseball bat and a lot of free time. Call me back today.",
    "I followed your technician home last Thursday. Nice quiet street. I think he'll want to "
    "answer my emails now.",
    "Y'all better make this right or I'm pulling up to the dealership with my cousins, and it "
    "ain't gonna be a conversation.",
    "Tell the receptionist she should watch her back when she walks to the bus stop after her "
    "shift.",
    "If I don't have my money by tomorrow, someone is going to get hurt, and it won't be me.",
    "I know where you park, I know what time you leave, and I know you live alone. Do the right "
    "thing.",
    "Your sweet little café would look very different with a brick through the glass. Refund me.",
    "It'd be terrible if the fresh paint on your company van got keyed, all the way down both "
    "sides. Terrible.",
    "ur lucky there's a screen between us 😡👊 next time i see u in person ur getting knocked out "
    "💀💀",
]

LOOK_ALIKES = [
    "If the refund of £120 is not in my account by 14 March, I will file a claim with the small "
    "claims court without further notice.",
    "You have until Friday to confirm a repair date; otherwise I'll cancel the job and take my "
    "car to the garage across the road.",
    "I'll be writing an honest review of my stay regardless of how this turns out. I just "
    "wanted you to hear about the problems directly first.",
    "My bike was stolen from your supposedly secure car park. I've reported it to the police "
    "(crime reference 4471/22) and I'm requesting your CCTV footage for that evening.",
    "There was a small fire in the toaster in your hostel kitchen on Tuesday night. Nobody was "
    "hurt, but the extinguisher on the wall was empty. Please check the others.",
    "Your delivery driver said 'I'll smash your face in' when I asked him to bring the parcel "
    "upstairs. I'm quoting him word for word and would like this investigated.",
    "I'm planning to come into the Kingsway branch on Thursday morning to sort this out in "
    "person. Could someone who is able to authorise refunds be available?",
    "The squash court floor is so slippery I nearly killed myself diving for a shot last night. "
    "Someone is going to break an ankle if it isn't resurfaced.",
    "The match crashed just as I lined up the headshot on the last player of the enemy team. "
    "Three ranked losses in a row because of your servers, and I'd like the rank penalty "
    "reversed.",
    "Our boxing coach kept shouting 'go for the kill' during sparring, which is fine. The "
    "problem is that the gloves your gym provides are coming apart at the seams.",
    "I am requesting compensation for the cancelled flight under the passenger rights rules. "
    "Separately, I've already posted my review on the booking site, and it will stay up "
    "whatever happens with this claim.",
    "Someone broke into my car while it was with your valet service. The rear window was "
    "smashed and my laptop was taken. Please send me your insurer's details.",
    "I witnessed a fight between two customers in your bar on Saturday, and your security staff "
    "just stood and watched. One man was bleeding from the head before anyone stepped in.",
    "A warning for your maintenance team: the balcony railing in room 304 is loose and a small "
    "child could easily slip through. Please fix it before someone gets hurt.",
    "If I haven't heard back within 14 days, I will escalate this complaint to the energy "
    "ombudsman.",
    "My son burned his hand on the uncovered heater in your waiting room. He's fine now, but "
    "I'd like to know what you'll do to stop it happening again.",
    "Your manager told me, 'People like you end up in hospital.' I'm reporting that remark "
    "because I found it genuinely frightening.",
    "The paintball package promised 500 rounds each, but we got about 200 and were shot to "
    "pieces by the other group within ten minutes. We'd like a partial refund.",
    "I plan to tell friends and family about my experience and write it up on my blog. I'm not "
    "asking for anything in return; people should simply know how the cancellation policy works "
    "in practice.",
    "This is your last chance to fix the leak before I hire a plumber myself and deduct the "
    "cost from my rent, as my tenancy agreement allows.",
]

PAIRS = [
    (
        "My parcel was marked as delivered on Monday, but it never arrived. Could you please "
        "find out where it went?",
        "Your tracking says DELIVERED on Monday. It was NOT. So where is my parcel?! Useless, "
        "absolutely useless company!!!",
    ),
    (
        "The air conditioning in our room didn't work for three nights, and maintenance never "
        "came despite two requests.",
        "THREE NIGHTS with no air conditioning and your lazy maintenance staff couldn't be "
        "bothered to show up after I asked TWICE!!! Pathetic.",
    ),
    (
        "We waited 90 minutes for our main courses and the food arrived cold. I'd like this "
        "reflected in the bill.",
        "NINETY MINUTES for cold food?! Your kitchen is a joke and you should be ashamed to "
        "charge for that garbage!!!",
    ),
    (
        "I cancelled my gym membership in January, but I've been charged for February and "
        "March. Please refund both payments.",
        "I CANCELLED in January!!! And you STILL took my money in February AND March. You "
        "people are thieves, plain and simple.",
    ),
    (
        "My broadband has been down for six days and the engineer missed both scheduled "
        "appointments.",
        "SIX DAYS without internet and your so-called engineer NEVER turns up!!! Every single "
        "person at your company is incompetent.",
    ),
    (
        "I ordered size 42 shoes and have received size 38 twice. I'd like the correct pair or "
        "a refund.",
        "TWICE you've sent me size 38 when I ordered 42!!! Can nobody in your warehouse read?! "
        "Refund me NOW.",
    ),
    (
        "My card was blocked while I was abroad even though I had given you my travel dates, "
        "and I couldn't pay for my hotel.",
        "I TOLD you I was travelling and you STILL blocked my card!!! I was stuck at a hotel "
        "desk like a fool because of your brainless fraud team.",
    ),
    (
        "The boiler has been broken for two weeks and we have a newborn at home. Please arrange "
        "a repair urgently.",
        "Two WEEKS with no heating and a NEWBORN in the house!!! You're a disgrace of a "
        "landlord and you obviously don't care if we freeze.",
    ),
    (
        "The 18:10 service was cancelled without any announcement, and station staff had no "
        "information for passengers.",
        "Cancelled the 18:10 with ZERO announcement and your staff knew NOTHING!!! Worst rail "
        "company in the entire country, hands down.",
    ),
    (
        "I brought my phone in for a battery replacement and it came back with a cracked "
        "screen. I'd like the screen repaired at no cost.",
        "I came in for a BATTERY and you CRACKED my screen!!! Absolute clowns. You WILL fix it "
        "and you will NOT charge me a penny.",
    ),
    (
        "My flight was delayed by seven hours and no meal vouchers were offered.",
        "Seven hours at the gate without so much as a biscuit. Thank you for the chance to get "
        "to know the departure lounge carpet so intimately.",
    ),
    (
        "The dining table was delivered with two of its legs missing.",
        "The table arrived with two legs, which I gather is part of your minimalist range. A "
        "bold design choice; it leans quite elegantly against the wall.",
    ),
    (
        "I've been on hold for 55 minutes three times this week trying to reach customer service.",
        "Fifty-five minutes of hold music, three times this week. I can now hum every bar of "
        "it, so I suppose I owe you thanks for the free music lessons.",
    ),
    (
        "My white shirt came back from dry cleaning with a new stain on the collar.",
        "How generous of you to return my white shirt with a complimentary brown stain on the "
        "collar. I hadn't realised decoration was included in the price.",
    ),
    (
        "Our room wasn't cleaned once during our four-night stay, even though we left the sign "
        "out each morning.",
        "Four nights, four mornings with the sign out, and not one visit from housekeeping. I "
        "do appreciate you trusting us to build our own relationship with the towels.",
    ),
    (
        "The software update deleted all my saved settings and I had to set everything up again.",
        "Many thanks for the update that wiped every one of my settings. It's been years since "
        "I got to configure everything from scratch, and what a nostalgic afternoon it was.",
    ),
    (
        "My grocery order came with substitutions I didn't ask for: oat milk instead of regular "
        "milk and cat food instead of tinned tomatoes.",
        "Swapping my tinned tomatoes for cat food was an inspired touch, and the oat milk in "
        "place of regular milk really rounded off the surprise. I can hardly wait to find out "
        "what dinner turns out to be.",
    ),
    (
        "The taxi I pre-booked for 5 a.m. to the airport never showed up, and I had to pay for "
        "an expensive last-minute ride.",
        "I do admire the confidence it takes to accept a 5 a.m. airport booking and then simply "
        "not come. The pricey last-minute ride was a delightful way to begin the holiday.",
    ),
    (
        "The concert started an hour late and the sound cut out twice during the main set.",
        "The hour's wait before the show was a generous chance to bond with strangers, and the "
        "two sound cut-outs in the main set gave us some lovely moments of quiet reflection. "
        "Very thoughtful programming.",
    ),
    (
        "My warranty claim has been under review for eleven weeks with no update.",
        "Eleven weeks under review. Such care and attention; I can only imagine the depth of "
        "thought going into my claim. Do take your time, I'm sure another season or two will do "
        "it.",
    ),
]

SINCERE = [
    "Oh wow. I honestly didn't expect a reply on a Sunday, let alone a full refund. Thank you "
    "so much.",
    "Of course the one time I forget my charger, your front desk has exactly the right one to "
    "lend me. Lifesaver, thank you!",
    "Just brilliant service from start to finish. The courier even rang ahead to check I was home.",
    "Who knew a support chat could actually fix something in five minutes? Genuinely impressed. "
    "Thanks to Priya for sorting it.",
    "Thanks a lot for staying late to finish my car. I know you were closing up, and it meant I "
    "could get to work this morning.",
    "I was all set to complain about the late delivery, but inside the box was a handwritten "
    "apology and a discount code. Consider me won over.",
    "Well, that was a surprise. I phoned to cancel my plan and your agent found me a cheaper "
    "one that does everything I need instead.",
    "Honestly, could you be any kinder? The nurse on the ward remembered my mum's name and "
    "exactly how she takes her tea. We're so grateful.",
    "Of course it rained all weekend, but your staff turned the lounge into a games room for "
    "the kids and it ended up being our best trip yet.",
    "Oh great, another email from my bank, except this one told me you'd stopped a fraudulent "
    "charge before I'd even noticed it. Thank you, truly.",
    "Wow, just wow. The replacement arrived the very next morning without me having to send the "
    "broken one back first.",
    "Who knew a dentist could be this gentle? I've avoided the chair for years and you've "
    "completely changed my mind.",
    "Thanks a million. I queried what looked like a mistake on my bill, and you not only "
    "corrected it but knocked off the delivery charge as well. Very kind.",
    "I started writing this as a complaint about the noisy room, then the night manager moved "
    "us to a quiet suite at no extra cost. So it's a thank-you instead.",
    "Brilliant, absolutely brilliant. My grandad can finally video call us, all because your "
    "shop assistant spent forty minutes patiently setting up his tablet.",
]

CALM_DRAFTS = [
    "ORDER #HX-448921 placed on 03/02/2024 for £349.99 and STILL NOT HERE!!! Your useless "
    "support account @SwiftParcelHelp keeps sending me the same copy-paste rubbish. The "
    "tracking at https://track.swiftparcel.example/HX448921 hasn't moved in 12 days. Refund the "
    "full £349.99 by Friday 16 Feb or I'm filing a chargeback and telling everyone I know what "
    "crooks you are!!!",
    "Booking ref BKG-77310-Q, 3 nights 12-15 June, €612 charged TWICE!!! Your front desk idiots "
    "in Porto couldn't care less. I've emailed reservations@casaribeira.example FOUR times. "
    "Refund the duplicate €612 plus €100 for my trouble and I'll delete my one-star on "
    "Tripadvisor. Otherwise it stays up and I post the receipts under every @casaribeira "
    "Instagram post, every single day!!!",
    "Flight QX2281 Dublin to Lisbon on 9 August CANCELLED and you rebook me for 11 August?!?! "
    "Case number CR-5520183. Two nights' hotel at €145 each plus €38 in taxis, €328 total, and "
    "NOT ONE cent back yet!!! Your claims chatbot at https://help.aeroquill.example/claims is a "
    "joke. Pay up within 7 days or I go straight to the aviation regulator and my solicitor. "
    "PATHETIC.",
    "Invoice INV-20931, $1,870 for a 'repaired' roof that leaked AGAIN on 2 March!!! Your crew "
    "boss Dale is a lying con man. I've tagged @TopSideRoofingCo and posted the photos at "
    "https://imgshare.example/a/roofleak22. You have 48 hours to send someone back or I will "
    "come down to your yard on Kellerman Rd myself, and you won't like how that goes!!!",
    "Account 5530-118-442: billed R899 for fibre since 1 April and NO CONNECTION for 23 days!!! "
    "Ticket TCK-00981245 closed without a fix by your clueless technician. Credit me R899 x 2 "
    "months = R1,798 by 30 May or I cancel, port my number and report you to the ombud. And "
    "stop ignoring my DMs to @FibreNetCare, you incompetent clowns!!!",
    "Rental agreement RA-6620-LX, Calgary airport, 4-11 Oct. You charged my Visa ending 4417 an "
    "extra CA$540 for 'damage' that was ALREADY THERE at pickup!!! I have photos timestamped 4 "
    "Oct 09:12. Reverse the $540 by Monday or the whole story goes on YouTube and I tag "
    "@NorthroadRentals in every clip. Your counter staff are LIARS and THIEVES!!!",
    "Order SOF-30172, grey 3-seat sofa, ₹64,500 paid on 5 Jan, delivery promised 20 Jan and "
    "it's now 18 FEB!!! Your store manager Mr Kapoor hung up on me TWICE. Full refund plus a "
    "free armchair and my review at https://reviews.example/homenest comes down. If not, I'll "
    "be at your Andheri showroom on Saturday with my brothers and we are NOT leaving quietly!!!",
    "Tickets #TK-99018 and #TK-99019, row F, seats 12-13, A$258 total for the 14 Sept show that "
    "got CANCELLED!!! Your refund page https://tixhub.example/refunds throws error 502 every "
    "single time and @TixHubSupport hasn't answered in 10 days. Money back by 30 Sept or I "
    "dispute it with my bank and make sure the whole internet knows you're a SCAM!!!",
    "My dog Biscuit was OVERCHARGED at your clinic on 22/07: invoice VET-4471 says £412.60 when "
    "the quote was £260!!! Your receptionist was RUDE and your vet is a money-grabbing fraud. "
    "Email j.marlowe@mailbox.example confirming a refund of the £152.60 difference by 1 August, "
    "or I report you to the veterinary council and post the invoice in every local pet group!!!",
    "Member ID GYM-88213. Cancelled on 31/01 with confirmation code CXL-5510, yet you took "
    "£39.99 on 1 Feb AND 1 Mar!!! That's £79.98 STOLEN. Your manager at @CoreFitLeeds laughed "
    "in my face at the desk. Refund it by Friday or I'll make sure your precious new mirrors "
    "don't survive my next visit. Pathetic excuse for a business!!!",
]
