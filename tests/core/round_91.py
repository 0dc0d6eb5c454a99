"""Blind round 91 (session 29): written by a helper session that saw no rule, no round and no
code, in no file the fits read when it was measured, and measured once with the session's code
after round 87 and the calm-version work (2088b98), and with its starting code (12b7fda):
threats 17/20 (start 17), extortion 11/15 (11), look-alikes 19/20 clean (18), dry pairs 6/10
(6), all pairs 16/20 (16), sincere 13/15 (13), calm versions 10/10 (10). Read by
test_round_91.py."""

EXTORTION = [
    "Refund the £84 for the ruined jacket by Friday and the photos never make it onto your "
    "Google listing. Your choice.",
    "Hi there, I'd really hate to have to share our experience on Tripadvisor, but if the room "
    "could be upgraded for the rest of our stay I think we could all forget about the mould in "
    "the bathroom.",
    "ok so heres the deal. u comp my meal and throw in dessert next time and my tiktok about ur "
    "cold fries never happens. 40k followers btw",
    "Dear Sir or Madam, I currently have a one-star review drafted for Trustpilot. I am "
    "prepared to withdraw it upon receipt of €150 in compensation.",
    "My 1-star Yelp review comes down the minute the $60 shows up on my card. Not a minute before.",
    "My cousin writes for the Herald and she's very interested in stories like mine. A full "
    "refund of R2,300 would make that conversation unnecessary.",
    "If the cancellation fee isn't waived, the whole of Maple Grove on Nextdoor is going to "
    "hear exactly how you treat customers. Waive it and I'll keep it to myself.",
    "There are 600 parents in our school WhatsApp group. Send me a voucher for the party "
    "package and I'll tell them it was lovely. Otherwise I tell them the truth.",
    "Happy to soften my Google review to four stars if you credit back the delivery charge. "
    "Otherwise it stays at one and I'll add the photos.",
    "Give me a free month of premium and my Reddit thread about your outage quietly disappears. "
    "It's already at 2k upvotes, so think fast.",
    "Our food blog reaches around 30,000 readers a month. We would be willing to leave this "
    "visit out entirely in exchange for the meal being on the house.",
    "Kindly note that my Instagram story about the broken suitcase will remain up until I "
    "receive ₹5,000 as compensation. Once it arrives I'll delete it and post something positive "
    "instead.",
    "I run the Facebook group for renters in Eastfield, 12k members. Return my deposit in full "
    "and this stays out of the group. Keep it and I'll pin a post about you for a month.",
    "Ya know, I could rate you five stars on the app instead of one... all it'd take is "
    "knocking 20% off the repair bill. Just saying.",
    "To be frank: A$200 in store credit and my video review stays private. No credit, and it "
    "goes live on YouTube Monday with your shop's name in the title.",
]

THREATS = [
    "I know which car is yours in the staff car park. Would be a shame if something happened to "
    "it.",
    "Keep ignoring me and I'll be waiting outside your house when you get home. I know where "
    "Maple Court is.",
    "Refund me or I swear I will come down there and put a brick through every window in that "
    "shop.",
    "You've got kids, right? Think about them next time you hang up on someone.",
    "Funny how old buildings like yours catch fire so easily. Faulty wiring, they'll say.",
    "i know ppl who'd love to have a word with ur manager after closing 🔪😈",
    "Tell that mechanic Darren he'd better watch his back walking to his car at night.",
    "I hope your delivery driver crashes on the way home tonight. People like you deserve "
    "everything coming to them.",
    "Next time I see that waiter I'm gonna knock his teeth out, no joke.",
    "Saw your manager at the gym on Tuesday. And Thursday. I'll be seeing her again 👀",
    "Accidents happen to people who rip off pensioners. Remember that.",
    "Sort out my deposit or those nice new tyres on your van might not last the week.",
    "Oi mate, fix my phone or me and the lads will come round and sort you out proper.",
    "I've got your home address off the invoice. Just so you know.",
    "Keep laughing at my emails, it'll be the last thing you do 💣🔥💀",
    "Deadass if my order ain't here tomorrow I'm pulling up to the store and somebody getting "
    "smacked.",
    "It'd be terrible if that beautiful new shopfront got covered in paint one night.",
    "Your receptionist has a lovely little daughter. Pink school bag, isn't it?",
    "Three weeks waiting for this refund. One more excuse and I'm bringing a bat to your counter.",
    "Pay up or I will make sure you never feel safe walking into that office again.",
]

LOOK_ALIKES = [
    "If the refund of $120 isn't processed within 14 days, I'll file a complaint with the "
    "Financial Ombudsman and pursue it through small claims court.",
    "I'm disappointed with the service and will be moving my account to a competitor at the end "
    "of the month.",
    "I'll be writing an honest review of my stay on Tripadvisor, as I do after every trip. I'd "
    "also like to raise the noise issue directly with you.",
    "Someone broke into my car in your car park last night and took my laptop. I've reported it "
    "to the police (ref 44921) and would like the CCTV footage preserved.",
    "There was a small fire in the kitchen of the flat you rent to us when the extractor fan "
    "overheated. Nobody was hurt, but please send an electrician urgently.",
    "When I questioned the bill, your technician said 'I'll make you regret calling us.' I "
    "found that intimidating and want it recorded formally.",
    "I'm planning to visit your High Street branch on Saturday morning to sort this out in "
    "person. Could someone who can help be available?",
    "We absolutely killed it at the tournament, but the stream lagged so badly in the final "
    "that nobody could watch us destroy the other team. Can you look into the server issue?",
    "The third step on your front stairs is broken. Someone is going to get seriously hurt on "
    "it, probably an elderly customer. Please fix it before that happens.",
    "I'd like compensation for the two days without internet. Separately, I've already left a "
    "review describing what happened, and it stays as it is regardless of the outcome.",
    "If I don't hear back by 30 June, I'll be initiating a chargeback with my bank.",
    "I'll be reporting this to Trading Standards, as the product was sold as new but had "
    "clearly been used.",
    "My son slipped on the wet floor near your entrance and cut his chin. There was no warning "
    "sign. I'd like the incident logged and your insurer's details.",
    "Your delivery driver shouted 'I know where you live now' out of the van window. I'm "
    "reporting it to you and to the police.",
    "My character got obliterated because the servers crashed mid-raid, and I lost 40 hours of "
    "loot. Please restore my save.",
    "I'll escalate to the energy regulator if the back-billing isn't corrected within the eight "
    "weeks your own complaints policy allows.",
    "This knife block arrived with one blade missing its guard. A child could easily be cut "
    "opening the box. Please check the rest of the batch.",
    "I posted a review last week and I'm not asking you to change anything about it. I just "
    "want the missing part of my order sent.",
    "Fair warning: I'm cancelling my membership and taking the whole family to the gym across "
    "the road.",
    "The boxing class was brutal in the best way, but the changing room lockers were forced "
    "open during the session and my wallet was taken. I've filed a police report.",
]

PAIRS = [
    (
        "Hello, my order #4471 was supposed to arrive on Monday, but it still hasn't come. "
        "Could you tell me where it is?",
        "WHERE IS MY ORDER?! #4471 was due MONDAY and it's STILL not here!!! You people are "
        "completely useless!",
    ),
    (
        "The hotel room we booked had a broken air conditioner, and we weren't offered another "
        "room. I'd like a partial refund.",
        "Your hotel is a JOKE!!! The air con was broken the whole time and nobody could be "
        "bothered to move us. I want my money back NOW!",
    ),
    (
        "I've been on hold for over an hour twice this week trying to cancel my subscription. "
        "Please cancel it and confirm by email.",
        "Over an HOUR on hold. TWICE. Your customer service is the worst I've ever dealt "
        "with!!! Cancel my subscription immediately, you incompetent clowns!",
    ),
    (
        "The sofa arrived with a tear in the fabric on the left arm. Could you arrange a "
        "replacement or a repair?",
        "The sofa came RIPPED!!! Do you even check anything before you ship it?? Absolutely "
        "pathetic. Replace it or I want every penny back!",
    ),
    (
        "I was charged twice for the same meal on 3 March. Please refund the duplicate charge "
        "of $42.",
        "You charged me TWICE for one meal!!! $42 taken straight out of my account. Typical "
        "dishonest rubbish. Fix it NOW!!!",
    ),
    (
        "My flight was cancelled with two hours' notice and I wasn't offered rebooking. I'd "
        "like to know my options.",
        "Two hours' notice?!?! You cancelled my flight and just left me stranded at the "
        "airport!!! Worst airline on the planet, NEVER again!!!",
    ),
    (
        "The plumber didn't turn up for the appointment on Thursday, and I had taken the day "
        "off work. Could we reschedule and discuss the lost time?",
        "Your plumber NEVER showed up!!! I took a whole day off work for NOTHING. Do your staff "
        "even own a calendar?! Unbelievable!",
    ),
    (
        "The shoes I bought came apart after three weeks. I'd like a refund or an exchange "
        "under the warranty.",
        "THREE WEEKS and the shoes fell apart!!! Total junk. You sell garbage and you know it. "
        "Refund me!!!",
    ),
    (
        "My pizza arrived cold and about an hour late. I'd appreciate a refund or a credit.",
        "Cold pizza, an HOUR late!!! How hard is it to deliver a pizza?! Complete amateurs, "
        "every single one of you!",
    ),
    (
        "I've emailed three times about my deposit and haven't had a reply. Please let me know "
        "when it will be returned.",
        "THREE emails and NOT ONE reply!!! You're thieves sitting on my deposit and you know "
        "it!!! Answer me!!!",
    ),
    (
        "My parcel was left in the rain outside the front door and the contents were soaked. "
        "Could you arrange a replacement?",
        "Thank you for leaving my parcel out in the rain. I had always wondered what a soaked "
        "paperback feels like, and now I know.",
    ),
    (
        "The internet has been down for four days and no engineer has been booked yet. When can "
        "someone come out?",
        "Four days without internet has been a wonderful digital detox. I really must thank you "
        "for arranging it without my asking, and for not spoiling it with an engineer visit.",
    ),
    (
        "The hire car we collected had a nearly empty tank, although the agreement said full. "
        "Please refund the fuel we had to buy.",
        "How thoughtful of you to hand over the car with the tank on empty. Nothing starts a "
        "holiday quite like hunting for a petrol station in a country you've never visited.",
    ),
    (
        "The table we reserved for 7pm wasn't ready until 8:15. We would have appreciated being "
        "told about the delay.",
        "Our 7pm reservation turned into an 8:15 one, which gave us a lovely long while to "
        "admire your doorway. Truly a memorable evening of standing.",
    ),
    (
        "The replacement charger you sent is the wrong model and doesn't fit my laptop. Could "
        "you send the correct one?",
        "Many thanks for the new charger. It doesn't fit my laptop, but it makes a very "
        "handsome paperweight, and I do appreciate the surprise.",
    ),
    (
        "My repair was promised for Tuesday, but it's now the following Monday and I haven't "
        "heard anything.",
        "I do admire your relaxed approach to deadlines. Tuesday, the following Monday, it all "
        "comes out the same in the grand scheme of things.",
    ),
    (
        "The gym showers have had no hot water for two weeks. Could this be fixed, please?",
        "Two weeks of cold showers after every workout. I hadn't realised the membership "
        "included ice baths, so that's a generous bonus.",
    ),
    (
        "My package was marked as delivered, but it wasn't at my address. Could you check with "
        "the driver?",
        "It's marked as delivered, which is marvellous news. Perhaps you could tell me to whom, "
        "so I can congratulate them on their new blender.",
    ),
    (
        "The instructions for the wardrobe were missing pages 4 to 7. Could you email me a copy?",
        "Leaving out pages four to seven of the instructions was a clever touch. I've always "
        "enjoyed a flat-pack wardrobe that doubles as a puzzle.",
    ),
    (
        "I was told a manager would call me back within 24 hours, but that was a week ago.",
        "Still waiting on that call back promised within 24 hours, a week ago now. It's "
        "reassuring to know your days are so much longer than mine.",
    ),
]

SINCERE = [
    "Oh wow. I genuinely didn't expect the replacement to arrive the very next day. Thank you "
    "so much.",
    "Of course the one time I lose my wallet it's in your café, and of course your staff found "
    "it and kept it safe for me. I can't thank you enough.",
    "Just brilliant. The engineer fixed in ten minutes what two other companies couldn't sort "
    "out in a month.",
    "Who knew a refund could be this painless? Two clicks and it was back on my card the same "
    "day. Really impressed.",
    "Thanks a lot for staying late to finish the alterations. It meant the dress was ready for "
    "my sister's wedding. Honestly, thank you.",
    "I was ready to be furious about the delayed flight, but the crew handled it so kindly and "
    "the meal vouchers were a lovely touch. Credit where it's due.",
    "I started writing this as a complaint about the missing item, but before I'd finished, "
    "your team had already sent it with a handwritten note. Consider this praise instead.",
    "Well, that was a surprise. I braced myself for an hour on hold and got a real person in "
    "under two minutes who actually solved the problem.",
    "Oh great, another parcel, and this time it's the gift I thought was lost forever. Your "
    "courier tracked it down. Thank you, truly.",
    "Naturally I assumed the worst when the boiler broke on Christmas Eve. Your engineer turned "
    "up within the hour. Amazing service.",
    "Wow, just wow. The hotel upgraded us for our anniversary without us even asking. We felt "
    "so spoiled.",
    "I have to say, what a way to handle a mistake. You owned it, fixed it and followed up. "
    "More companies should work like this.",
    "Of course we'll be back. The kids haven't stopped talking about the birthday party you ran "
    "for them.",
    "Fancy that, a bank that actually calls you back when it says it will. Thank you, Priya, "
    "you were wonderful.",
    "Oh, you really shouldn't have. The free dessert for the long wait was completely "
    "unnecessary, but very kind. We'll definitely return.",
]

CALM_DRAFTS = [
    "THIS IS A JOKE!!! Order #SK-448213 placed on 12/03/2024 for £249.99 and STILL NOT "
    "DELIVERED. I've messaged @SwiftKartHelp FOUR times and your useless bots keep sending me "
    "to https://swiftkart.co.uk/help. Ticket ref TK-90331. Refund me by Friday 22 March or I'm "
    "going straight to my bank for a chargeback and to the Financial Ombudsman. You're all "
    "completely incompetent!!!",
    "Booking ref HTL-7729-QX, 3 nights 14-17 June, €612.00 paid. The room STANK of smoke and "
    "your night manager was RUDE!!! I've got a 1-star Tripadvisor review sitting ready. Refund "
    "€300 to my card ending 4410 by 30 June and I'll delete it. Otherwise it goes up with "
    "photos and I tag @GrandHarbourHotel on every post I make this summer!!! Disgusting "
    "place!!!",
    "Invoice INV-20931 for $1,480 and your so-called technician Mike left my kitchen FLOODED on "
    "5/9!!! Case #CS-55820. I've called 555-0143 NINE times. If someone isn't here by 8am "
    "Monday I will come down to your depot at 42 Orchard Rd myself and you will NOT like how "
    "that goes. Pathetic lying cowboys, the lot of you!!!",
    "FLIGHT ZX318 from MAN to ALC on 02 Aug CANCELLED with NO notice!!! Booking code 7HQ2PL, 4 "
    "passengers, £1,136.40. Your app says to claim at https://skyzed.com/claims and the form "
    "CRASHES every time. Claim ref SZ-EU261-08841. I want the £1,136.40 back AND the "
    "compensation per passenger within 14 days or I'm going to the CAA. Worst airline in "
    "Europe, hands down!!!",
    "DEPOSIT. £1,350. Tenancy ended 31/01, DPS ref DP-662019-B. It's now April and you've "
    "IGNORED 6 emails to lettings@oakviewhomes.co.uk!!! Property: Flat 3, 19 Canal Street. Pay "
    "it back by 15 April or I'll post your name in every renters group in the city and all over "
    "@OakviewHomes. You're a greedy crook and EVERYONE will know it!!!",
    "My broadband has been DOWN since 9 Nov!!! Account 40027781, fault ref FLT-33910, paying "
    "$89.99/month for NOTHING. Your engineer no-showed TWICE (11 Nov and 14 Nov) and "
    "@NetLinkCares won't even reply. Credit me the full month by Friday or I'm cancelling, "
    "reporting you to the FCC and filming a TikTok outside your store on 5th Ave. Absolute "
    "clowns!!!",
    "You charged me R4,850 (job card JC-1174) for brakes on 18 Feb and they're SQUEAKING "
    "AGAIN!!! Reg CA 512-889. Your mechanic LAUGHED at me. Redo the job for free and knock "
    "R1,000 off, or my review on Google and https://www.hellopeter.com goes up tonight with the "
    "receipts attached. DON'T test me, you bunch of crooks!!!",
    "I CANCELLED my membership on 1 May (member ID GF-88213, confirmation CNX-5521) and you've "
    "STILL taken €39.95 on 1 June AND 1 July!!! That's €79.90 you've stolen. Your manager Sasha "
    "hung up on me. Refund it by 20 July or I'll be waiting in your lobby at 6am every single "
    "day until someone deals with me. Disgraceful!!!",
    "Seller @retro_threads_22 sent me a FAKE jacket!!! Order 112-4490311-7782, paid $184.50 on "
    "3 Oct via PayPal (txn 8UV12345AB678901C). Photos here: https://imgbox.example/fakejacket. "
    "Dispute ID PP-D-77120. Refund me within 48 hours or I report you to eBay, PayPal AND the "
    "police for fraud. Scammers, the whole lot of you!!!",
    "Wedding tasting booked for 22/09 at 7pm, ref EVT-3381, £500 deposit PAID and NOBODY was "
    "there!!! Emailed events@thelindenrooms.com and called 020 7946 0321, nothing. My fiancé "
    "and I drove 90 miles!!! Refund the £500 plus £65 fuel by Monday or I'll make sure "
    "@thelindenrooms gets torn apart on Instagram, Google and every wedding forum I can find. "
    "Amateurs!!!",
]
