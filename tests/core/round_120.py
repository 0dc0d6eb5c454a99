"""Blind round 120 (session 37): written by a helper session that saw no rule, no round and no
code, written after the session's changes were made, to check them, themed on airlines and lost
luggage, broadband and TV bundles, private landlords and letting agents, supermarkets and online
grocery, gym memberships, energy suppliers, car hire at airports, parcel lockers, opticians,
children's toy shops, banks and card disputes, hotels in Spain and Thailand. Held out: measured
with the session's starting code (299a0a8): extortion 14/15, threats 13/20, look-alikes 18/20,
plain pairs 10/10, dry pairs 8/10, sincere 13/15, calm versions 16/16. With the session's
changes (words of praise VADER rates low, a jab's window's praise; an accident foretold is no
threat): extortion 14/15, threats 13/20, look-alikes 19/20, plain pairs 10/10, dry pairs 8/10,
sincere 13/15, calm versions 16/16. One thing was written from it, after it was measured: its
look-alike "Someone's going to trip over it and break their neck, please tape it up." read as a
threat, and an accident foretold no longer does (18 -> 19). Kept as a floor."""

EXTORTION = [
    (
        "Dear Sir/Madam, I have prepared a detailed account of our stay at your Marbella "
        "hotel for Tripadvisor. I would be content to leave it unpublished, should you see "
        "fit to refund the two nights in full. I shall await your response until Friday "
        "before deciding."
    ),
    (
        "Refund my £89 joining fee and the Google review goes away. Don't, and it stays up "
        "with the photos of your changing rooms."
    ),
    (
        "hiya so my 1 star on tripadvisor bout ur phuket resort is just sat in my drafts "
        "lol. comp our last 2 nights n it stays there 👀 deal??"
    ),
    (
        "Listen pal, I've a wee video of your lot flingin my case aboot on the tarmac at "
        "Glasgow. Sort us oot wi some compensation and it never sees TikTok. Your call."
    ),
    (
        "Sure look, I'm not a vindictive woman, but my sister-in-law runs the biggest "
        "parenting group in Cork on Facebook and she'd be fierce interested in the state of "
        "that doll's house. A gift card would go a long way towards me keeping it in the "
        "family, if you follow me."
    ),
    (
        "Good afternoon. Please, I have written my review of your agency already and it is "
        "sitting in my drafts on Nairaland. If you return my caution fee of ₦350,000 by "
        "Monday, I will delete it myself. Otherwise the whole of Lagos will read it. Thank "
        "you."
    ),
    (
        "Kindly note I am having 40k followers on X and my thread regarding your bank's "
        "chargeback delay is ready. If you do the needful and credit ₹12,000 goodwill amount "
        "today itself, I will not be posting it. Please revert."
    ),
    (
        "Howzit. Your desk at OR Tambo charged me R4,200 for a scratch that was there "
        "already. I've got a Hellopeter review all typed up. Knock that off my card, throw "
        "in a free weekend rental, and I'll leave it as a draft, hey."
    ),
    (
        "Mate, I'll be straight with ya. Chuck in a free year of broadband and my Reddit "
        "post about your 'unlimited' plan disappears. Otherwise r/australia gets the full "
        "saga, screenshots and all."
    ),
    (
        "Well bless your heart, y'all lost my bag for nine days. Now I'm a reasonable woman. "
        "Y'all bump me up to first class on the way home and that little Yelp write-up I've "
        "been polishing might just stay in my notes app. Wouldn't that be nice for everybody."
    ),
    (
        "It would be a real pity if your 47 five-star reviews got a new neighbour, "
        "especially one with a close-up of the glasses you sold me. I'm sure a free second "
        "pair would keep the neighbourhood quiet."
    ),
    (
        "I'll move my rating from 1 to 5 stars once my deposit is back PLUS a month's rent "
        "credited for the hassle. Not before. Ball's in your court."
    ),
    (
        "I'm a regular on Mumsnet and AIBU threads about supermarkets do go very far. I'm "
        "prepared not to start one about your substitutions if my next three deliveries are "
        "on the house."
    ),
    (
        "Here's my offer: £200 off my energy bill and the TikTok of your hold music (80k "
        "views and climbing) comes down. I'll even post a cheery 'they sorted it!' "
        "follow-up. Fair trade, I reckon."
    ),
    (
        "Your parcel locker ate my trainers. I moderate a consumer forum with 12,000 "
        "members. Send two replacement pairs, my size and my partner's, and the thread I've "
        "pinned gets quietly unpinned and locked. Otherwise it goes on the front page "
        "tomorrow morning."
    ),
]

THREATS = [
    (
        "That red Corsa of yours is parked round the back of the store every night, isn't "
        "it. Lot of things can happen to a car left out in the dark. Refund me and it stays "
        "lucky."
    ),
    (
        "I see your lad at the school gates most mornings, Mr Hale. Green coat, Spider-Man "
        "bag. Sort my boiler before I start taking more of an interest."
    ),
    (
        "Old shops like yours go up like kindling, they tell me. All that cardboard stacked "
        "out the back. Something to mull over before you refuse my refund a third time."
    ),
    (
        "Call-centre staff who cut off pensioners tend to end up face down in the canal, and "
        "nobody asks too many questions. Pass that on to whoever signed off my bill."
    ),
    (
        "Good morning Priya. Your profile says you're at the Leeds branch and you finish at "
        "half five. I'll be by the car park on Thursday so we can discuss my chargeback "
        "properly. Just you and me."
    ),
    (
        "next time that gym manager tells me i cant cancel hes gonna be picking his teeth "
        "out the squat rack, tell him that from me"
    ),
    "Tell yer manager if a see him in the toon he's gettin his face rearranged. Nae joke.",
    (
        "My brothers would very much like to meet the agent who kept my deposit. They don't "
        "really do emails. They prefer visits."
    ),
    (
        "Your address was on the tenancy agreement, Mr Okafor. Nice house. Big front "
        "windows. They look very thin. Very breakable."
    ),
    (
        "Every time I drive past your optician's I picture the shopfront in pieces all over "
        "the pavement. One of these days I'll stop just picturing it."
    ),
    (
        "Saw your wife and little girl on your Facebook, lovely family. Be a shame for them "
        "to pay for the way you treat customers."
    ),
    (
        "Airport car parks are dark places, Gary. No cameras round the side where your lot "
        "go for a smoke. Think on before you bill me again."
    ),
    (
        "I'm on the island another week and I know which scooter your night receptionist "
        "rides home. The roads round here get very dangerous after midnight."
    ),
    (
        "You sold my daughter a toy that sliced her hand open. Show your face in this town "
        "and you'll bleed a lot more than she did."
    ),
    (
        "Someone ought to put a brick through every one of your vans, and I'll happily start "
        "with the one parked outside your depot on Mill Lane tonight."
    ),
    "u useless fat t**t im waitin outside after ur shift n ur gettin battered",
    (
        "Your face is on the 'meet the team' board in the branch, Kelly. I've taken a "
        "picture of it. I'll be seeing plenty of you from now on."
    ),
    (
        "If my suitcase isn't on my doorstep by Friday I'm turning up at Terminal 2 with a "
        "jerry can and nothing left to lose."
    ),
    (
        "I've got the locker driver's van reg and I know his route by heart now. One of "
        "these mornings he won't get to finish it."
    ),
    (
        "Pass this on to the duty manager in Benidorm: my cousins live twenty minutes away "
        "in Alicante and they'll be paying him a visit at home. No need to reply."
    ),
]

LOOK_ALIKES = [
    (
        "If this isn't resolved within 8 weeks I'll be escalating to the Financial Ombudsman "
        "Service, as is my right. I'd rather we sorted it before then."
    ),
    (
        "I've filed a small claims case for my £650 deposit. The hearing is on the 12th; "
        "I'll be bringing the check-in inventory and photos."
    ),
    (
        "Just to let you know I've raised a chargeback with my card provider for the car "
        "hire excess, so we're all on the same page."
    ),
    (
        "Reporting this to Trading Standards: the 'half price' toys in your window were "
        "never sold at the full price in the first place."
    ),
    (
        "Heads up, I'll be leaving an honest review of our stay on Tripadvisor. Some good, "
        "some not so good. No need to do anything, just being open about it."
    ),
    (
        "This app is killing me. Four attempts to book an eye test and it crashes at the "
        "payment screen every time."
    ),
    (
        "The queue at the self-checkouts was absolute murder this morning, 25 minutes with a "
        "toddler screaming for crisps."
    ),
    (
        "Safety report: the extension lead in room 214 is scorched and smells of burning. "
        "Please get someone to look at it before it starts a fire."
    ),
    (
        "There's a loose cable hanging down by the treadmills. Someone's going to trip over "
        "it and break their neck, please tape it up."
    ),
    (
        "Letting you know my husband had an accident in the hire car on the way back from "
        "the airport. He's fine, police report number attached, please advise on the claim."
    ),
    (
        "haha Dave if you book us on another 6am flight I will actually kill you 😂 see you "
        "at departures x"
    ),
    (
        "Ordered the 'Mega Destroyer Blaster' for my son's birthday and it came without any "
        "of the foam darts. Can you send some?"
    ),
    (
        "Your 'Killer Deals' banner on the grocery app just takes me to a page where "
        "everything's out of stock."
    ),
    (
        "My broadband dies every evening around 8pm and the TV box goes with it. Engineer "
        "visit please."
    ),
    (
        "I'm going to fight this charge all the way. The bill is based on an estimated "
        "reading and I have dated photos of the meter."
    ),
    (
        "I'll be posting my experience on Google once I've had the final bill, whatever the "
        "outcome. Just wanted to be transparent."
    ),
    (
        "Your hotel in Krabi: there was a snake near the pool last night. No one was hurt "
        "but guests with children should be warned."
    ),
    (
        "The boiler is making a banging noise and there's a smell of gas in the hall. I've "
        "called the emergency line; can the landlord send the gas safety certificate?"
    ),
    (
        "If I have to explain this to one more chatbot I'll scream. Polite request: please "
        "just have a human ring me back."
    ),
    (
        "Locker bank at the station car park has been smashed open, looks like vandals. "
        "Reporting so you can fix it before people's parcels get nicked."
    ),
]

PAIRS = [
    (
        (
            "My suitcase didn't arrive with me on Sunday's flight from Palma. The tracker hasn't "
            "changed in four days. Could you tell me where it is?"
        ),
        (
            "FOUR DAYS and still no suitcase!!! Your tracker hasn't moved since Sunday and your "
            "phone line is a joke. Find my bag TODAY or I want every penny back, you useless "
            "lot!!!"
        ),
    ),
    (
        (
            "My broadband has dropped out every evening this week and the TV box keeps freezing. "
            "Could you send an engineer?"
        ),
        (
            "Broadband dead AGAIN tonight and the TV box frozen for the 5th night running!!! I "
            "pay £78 a month for THIS?? Get an engineer out tomorrow or I'm cancelling the whole "
            "bl**dy bundle."
        ),
    ),
    (
        (
            "There's black mould spreading in the children's bedroom. Could you arrange for "
            "someone to treat it and look at the ventilation?"
        ),
        (
            "The mould in my kids' room is now UP THE WALL AND ACROSS THE CEILING!!! My youngest "
            "is wheezing every night. You've known for MONTHS. Fix it this week or I'm reporting "
            "you to the council, you greedy sod."
        ),
    ),
    (
        (
            "Several items were missing from today's delivery and two were substituted with "
            "things I can't eat. Could I have a refund for those?"
        ),
        (
            "SIX items missing and you swapped my gluten-free bread for a normal loaf?!! I'm "
            "COELIAC. Do you people even read the order?? Refund me NOW."
        ),
    ),
    (
        (
            "I'd like to cancel my membership. I've been told it has to be done in person, but "
            "I've moved away. Is there another way?"
        ),
        (
            "I have MOVED 200 MILES AWAY and you still want me to cancel 'in person'??? This is "
            "a sh*t scam and you know it. Cancel it TODAY and stop taking my money!!!"
        ),
    ),
    (
        (
            "My last bill seems to be based on an estimated reading that's much higher than my "
            "real usage. I've attached a photo of the meter."
        ),
        (
            "£640 for ONE MONTH?!?! That's not my usage, that's a number someone made up! I've "
            "sent you the meter photo THREE times. Fix the f***ing bill!!!"
        ),
    ),
    (
        (
            "I was charged a £300 excess for damage that was noted on the form at pickup. Could "
            "you review this and refund it, please?"
        ),
        (
            "You charged me £300 for a scratch YOUR OWN STAFF wrote on the pickup form!!! Do you "
            "think I'm an idiot?? Refund it by Friday or I'm doing a chargeback."
        ),
    ),
    (
        (
            "The code I received for the parcel locker doesn't open the compartment. Could you "
            "send a new one or tell me how to collect?"
        ),
        (
            "Third code you've sent and the locker STILL won't open!!! I've stood outside this "
            "Co-op for 40 minutes like a lemon. Sort it NOW, absolute shambles."
        ),
    ),
    (
        (
            "My new glasses make everything blurry on the left side. I think the prescription "
            "may be wrong. Can I come in to have them checked?"
        ),
        (
            "These £260 glasses give me a headache EVERY SINGLE DAY!!! Wrong prescription, "
            "obviously, because your optician rushed my test in 10 MINUTES. I want them REMADE, "
            "free, this week!!"
        ),
    ),
    (
        (
            "The toy kitchen I ordered for my granddaughter arrived with a broken door and "
            "missing screws. Could you send replacement parts?"
        ),
        (
            "Christmas present ARRIVED SMASHED with half the screws missing!!! She cried her "
            "eyes out. What kind of cowboy outfit packs a toy like that?? Parts NOW, not in 6-8 "
            "weeks!!!"
        ),
    ),
    (
        (
            "I disputed a £230 card payment on 2 February and haven't had an update since. Could "
            "you tell me where the claim is up to?"
        ),
        (
            "It has now been six weeks since I disputed the £230 payment. I've come to think of "
            "the claim as a pen pal who has taken a vow of silence, which is a very restful way "
            "to run a bank account."
        ),
    ),
    (
        (
            "The air conditioning in room 308 hasn't worked for three nights. We've told "
            "reception twice. Could someone fix it or move us?"
        ),
        (
            "Many thanks for the complimentary sauna in room 308, now entering its third night. "
            "Reception has promised to look into it twice, and we do find it soothing to be "
            "looked into while lying perfectly still in a small puddle."
        ),
    ),
    (
        (
            "We booked the resort in Koh Samui largely for the infinity pool, which has been "
            "closed all week. This wasn't mentioned when we booked."
        ),
        (
            "The infinity pool has been closed all week, which I suppose makes it infinite in a "
            "new and rather philosophical sense. We have very much enjoyed gazing at it through "
            "the tape."
        ),
    ),
    (
        (
            "I've tried to call about my delayed bag several times but the wait is over an hour "
            "each time. Is there another way to reach you?"
        ),
        (
            "I have now spent longer on hold about my bag than the bag spent on the plane. The "
            "panpipe version of that one song has become quite the companion. I feel I know it "
            "better than my own children."
        ),
    ),
    (
        (
            "I took Tuesday off work for the 8 to 1 engineer appointment, but nobody came and "
            "nobody called. Can we rebook with a confirmed time?"
        ),
        (
            "I took Tuesday off for the 8 to 1 engineer slot. Nobody came, which did give me "
            "five uninterrupted hours to study my front gate. I now know it intimately. A rare "
            "gift, really."
        ),
    ),
    (
        (
            "The leak in the kitchen ceiling is still there. I've reported it five times since "
            "January. When can someone come out?"
        ),
        (
            "Fifth report of the kitchen leak since January. The bucket has been with us so long "
            "it has a name now and gets a mention in the Christmas letter. I assume it comes "
            "with the tenancy."
        ),
    ),
    (
        (
            "I ordered a birthday cake with my grocery delivery but received frozen peas "
            "instead. Could I get a refund for the cake?"
        ),
        (
            "I ordered a birthday cake and was sent frozen peas as the substitute. A bold "
            "reading of the word similar. My son blew out candles stuck in the bag, so at least "
            "it was memorable."
        ),
    ),
    (
        (
            "Only one of the six showers in the men's changing room has worked for a month. "
            "Could this be fixed, please?"
        ),
        (
            "One working shower out of six, for a month now. I've made some lovely friends in "
            "the queue and I'm told we're starting a book club. I had no idea the membership "
            "included so many social activities."
        ),
    ),
    (
        (
            "I closed my account in November and was told my £148 credit would be refunded "
            "within 14 days. I'm still waiting. Could you chase it?"
        ),
        (
            "Still awaiting the £148 credit promised within 14 days back in November. I imagine "
            "it is travelling to me on foot, possibly via Lapland, and I look forward to "
            "greeting it sometime around the next ice age."
        ),
    ),
    (
        (
            "The compact car I booked at Alicante airport was swapped for a van with a cracked "
            "windscreen. I'd like a partial refund."
        ),
        (
            "I booked a compact car at Alicante airport and was handed a van with a cracked "
            "windscreen. I do admire the branch's gift for creative interpretation. Parking it "
            "in the old town was the adventure of a lifetime."
        ),
    ),
]

SINCERE = [
    (
        "Wow. The engineer came the same day, fixed the router and even ran a cable up to my "
        "son's room for his gaming. Thank you, genuinely."
    ),
    (
        "Of course I'll recommend you to everyone! The optician spent ages with my mum, who "
        "has dementia, and was so patient with her. Thank you Sarah."
    ),
    (
        "Finally got my suitcase back after the mix-up at Heathrow and everything inside was "
        "intact. Huge thanks to Tomasz at the baggage desk, he rang me back exactly when he "
        "said he would."
    ),
    (
        "Thanks for the update on my card dispute. Really appreciated being kept in the "
        "loop, and the refund landed this morning."
    ),
    (
        "Brilliant service from the car hire desk at Faro. The child seat we'd booked didn't "
        "fit the small car, so they upgraded us for free without any fuss."
    ),
    (
        "Love that you now let us pick the delivery slot the night before. As a shift worker "
        "it's made a massive difference to me."
    ),
    (
        "What a surprise to find a handwritten card and a little cake in our room in Chiang "
        "Mai for my wife's 60th. We honestly teared up. Thank you to everyone at the front "
        "desk."
    ),
    (
        "The replacement wheel for my daughter's scooter was just what I needed. Arrived "
        "next day and she's back whizzing round the park."
    ),
    (
        "Couldn't be happier with the new letting agent. Boiler fixed within 24 hours of me "
        "reporting it. First time in 6 years of renting that's happened."
    ),
    (
        "Oh wow, the gym froze my membership for three months while I recovered from "
        "surgery, and I only had to ask once. Thank you so much."
    ),
    (
        "Finally switched energy supplier and it was painless. Of course I was nervous after "
        "last time, but your team talked me through every step."
    ),
    ("thanks for the update!! locker code worked first time, parcel was there, great stuff 👍"),
    (
        "Brilliant, brilliant staff at the Valencia hotel. My husband took ill on the second "
        "night and they had a doctor with us within the hour. We'll definitely be back."
    ),
    (
        "Just wanted to say the broadband and TV bundle has been rock solid for a whole year "
        "now. Couldn't have asked for more, keep it up."
    ),
    (
        "What a lovely surprise: your delivery driver carried everything up four flights for "
        "my nan and even put the frozen stuff away for her. Please pass our thanks on to "
        "Dean."
    ),
]

CALM_DRAFTS = [
    (
        "Flight SA2491 from Gatwick to Málaga on 14/03/2024, booking ref XK7P2Q. My bag "
        "NEVER arrived. Baggage file AGPSA48213. That was ELEVEN days ago!!!\n"
        "\n"
        "I have rung 0344 555 0187 every single day and every single time I get a different "
        'story. On Monday "Craig" told me it was in Madrid. On Tuesday "Leanne" told me it '
        "had been delivered to my hotel. It had NOT. Do your staff even talk to each other?? "
        "Absolute clowns running a complete sh*tshow.\n"
        "\n"
        "I have spent £412.60 on clothes, toiletries and a phone charger (receipts attached) "
        'and you\'ve offered me a £50 "goodwill gesture". A GESTURE. Thanks ever so much.\n'
        "\n"
        "Pay the full £412.60 plus the £35 I spent on taxis back to the airport by "
        "28/03/2024 or I'm going to the CAA and posting the whole saga to @SkyAtlanticHelp "
        "with every screenshot. Email me at j.whitfield1987@gmail.com, not another useless "
        "chatbot.\n"
        "\n"
        "Jenny Whitfield"
    ),
    (
        "To whoever reads these at StreamLink Fiber,\n"
        "\n"
        "Account #88-4102-7731. On March 3rd I was promised 500 Mbps plus the TV package for "
        '$64.99/month "locked for 24 months". My latest bill is $118.42. ONE HUNDRED AND '
        "EIGHTEEN DOLLARS. Nobody locked anything except my patience.\n"
        "\n"
        "I called 1-800-555-0193 on March 5th at 2:15 pm and spoke to Derek, who said the "
        'promo "fell off". Fell off WHAT?? Then I got transferred 4 times and cut off at '
        "3:02 pm. You NEVER call back. Not once. Total bulls**t.\n"
        "\n"
        "The TV half of this bundle buffers every single night at 8pm. I'm paying $29 a "
        "month to watch a spinning wheel. Riveting stuff.\n"
        "\n"
        "I want $53.43 credited and the promo rate restored in writing, sent to "
        "marcus.bell@outlook.com by March 20th. If not, I'm filing an FCC complaint, "
        "disputing with my card, and the one-star review goes on Google and r/HomeNetworking "
        "with the call recording attached.\n"
        "\n"
        "Marcus Bell, Columbus OH"
    ),
    (
        "Dear Mr Brennan,\n"
        "\n"
        "RE: Apt 14, Harbour View, Galway. Tenancy ref RTB-TR0124-77315.\n"
        "\n"
        "I moved out on 2024-02-29 and left the place SPOTLESS. I have 63 timestamped photos "
        "to prove it. It is now 2024-03-14 and my deposit of €1,850 is still sitting in YOUR "
        'account. You said "two weeks max" on the phone (087 555 2210). Two weeks came and '
        "went.\n"
        "\n"
        'Now you want to deduct €400 for "professional cleaning" and €275 for a "damaged" '
        "curtain rail that was hanging off the wall when I MOVED IN. It's on the inventory, "
        "page 3, which you signed yourself. Do you think I'm stupid?\n"
        "\n"
        "Every single tenant before me warned me about you. I should have listened.\n"
        "\n"
        "Return the full €1,850 to my account (IBAN ending 4471) within 7 days or I'm "
        "lodging a dispute with the RTB and posting the whole story, photos and all, on the "
        "rent forums and r/ireland. I'm not going away, Mr Brennan.\n"
        "\n"
        "Aoife Keane\n"
        "aoife.keane@eircom.net"
    ),
    (
        "Subject: URGENT - Unauthorised debit ₹48,999 - Complaint No. CMP/2024/031188\n"
        "\n"
        "Sir/Madam,\n"
        "\n"
        "On 3 March 2024 at 11:47 PM an amount of ₹48,999 was debited from my savings "
        'account no. XXXX XXXX 6620 for some "merchant" in Singapore I have NEVER heard of. '
        "I blocked the card within 10 minutes via helpline 1800 555 0123 and was told by Mr. "
        "Rohit Sharma that refund will come in 10 working days.\n"
        "\n"
        'Today is 22 March. NOTHING. Every single time I call I get "escalated to concerned '
        'team". Which team?? Is anyone even concerned?? Your branch manager at Koramangala, '
        'Mrs. Deepa Nair, told me to "have patience". I have had patience for 19 days madam. '
        "Very helpful advice, thank you.\n"
        "\n"
        "As per RBI rules on zero liability I am entitled to full reversal plus interest. If "
        "₹48,999 is not credited by 29/03/2024 I will approach the Banking Ombudsman and "
        "post the full timeline on X tagging @SuvidhaBankCare. Also my cousin is a "
        "journalist.\n"
        "\n"
        "Regards,\n"
        "Vikram Rao\n"
        "vikram.rao84@yahoo.co.in | +91 98450 55123"
    ),
    (
        "Good evening FreshBasket NG,\n"
        "\n"
        "Order No: FBN-2024-117045, placed 14/03/2024, delivery slot 4pm-6pm, amount paid "
        "₦87,450 via transfer.\n"
        "\n"
        "The rider (Emeka, 0803 555 4412) arrived at 9:40pm!!! Almost four hours late. Half "
        "of the frozen chicken had melted, the tomatoes were crushed like somebody sat on "
        "them, and the 5L groundnut oil I paid ₦14,500 for was MISSING entirely. When I "
        'called customer care, one Blessing told me to "just manage it". MANAGE IT?? Is it '
        "your money or my money?\n"
        "\n"
        "This is the THIRD time. You people NEVER deliver a complete order. Every single "
        "time something is missing or spoilt. What kind of nonsense b**lsh*t business is "
        "this?\n"
        "\n"
        "I want a refund of ₦38,200 for the oil, chicken and tomatoes to my GTB account by "
        "Monday 18 March. Send confirmation to chiamaka.obi@gmail.com. If I don't see alert, "
        "everything is going on my Instagram @chiamaka_cooks (23k followers) and on "
        "Nairaland. Una go hear am.\n"
        "\n"
        "Chiamaka Obi, Lekki"
    ),
    (
        "Hi DriveNow SA,\n"
        "\n"
        "Rental agreement RA-CPT-559201. Collected at Cape Town International on 3 March, "
        "returned 10 March at 07:15 with a FULL tank. I have the fuel slip from the garage "
        "at the airport, R1,146.30, timestamped 06:52.\n"
        "\n"
        'You have charged my card R2,890 "refuelling fee" PLUS R3,500 for a windscreen chip '
        "that your own agent, Sipho, marked as pre-existing on the checkout form. I have a "
        "photo of his signature. R6,390 in total. Are you actually joking??\n"
        "\n"
        "I phoned 021 555 0744 three times. Twice on hold for 40+ minutes, once hung up on. "
        "You NEVER answer emails to claims@drivenowsa.co.za either. Bl**dy cowboys, the lot "
        "of you.\n"
        "\n"
        "Reverse the R6,390 by 2024-03-20 or I'm disputing it with my bank, lodging a "
        "complaint with the Motor Industry Ombudsman and putting the whole lot on Hellopeter "
        "with the photos. Lekker service, guys. Really.\n"
        "\n"
        "Riaan van der Merwe\n"
        "082 555 9031"
    ),
    (
        "To the manager at PulseFit Parramatta,\n"
        "\n"
        "Membership no. PF-77210-NSW. I cancelled IN PERSON on 1/02/2024 with a staff member "
        "called Brooke who promised me it was done. I even have the text she sent me from "
        "0412 555 876.\n"
        "\n"
        "Since then you've taken A$32.95 every fortnight: 9 Feb, 23 Feb and 8 March. That's "
        "A$98.85 out of my account for a gym I can't even get into because my fob was "
        "deactivated. And when I rang, your 'member services' guy Josh said there was \"no "
        'record". No record?? Are you running a gym or a scam?\n'
        "\n"
        "Every single time I try to sort it I'm told to email memberships@pulsefit.com.au. "
        "I've emailed four times. You NEVER reply. It's really p*ssing me off.\n"
        "\n"
        "Refund the A$98.85 and confirm the cancellation in writing by 22 March. If not I'm "
        "going to NSW Fair Trading, doing a chargeback, and posting the whole thing on the "
        "local community Facebook group and tagging @PulseFitAU.\n"
        "\n"
        "Liam O'Connor"
    ),
    (
        "Account 4410-2287-06, service address 1187 Maple Crescent, Mississauga ON.\n"
        "\n"
        "Your bill dated 2024-03-01 says I owe CA$1,284.17 for January. My bill for January "
        "LAST year was CA$212. The house is a 2-bedroom bungalow, not a steel mill!!! It's "
        "obviously an estimated read. Your meter reader hasn't set foot on my property since "
        "October.\n"
        "\n"
        "I called 1-888-555-0161 on March 4th, waited 1 hour 12 min, and Kevin told me I had "
        'to "pay first and dispute later". Absolutely not. I\'m a retiree on a fixed income. '
        "You people are heartless.\n"
        "\n"
        "I submitted a photo of my actual meter reading (48211) through "
        "https://myaccount.northlakeenergy.ca on March 5th. Ticket #NL-66310. No response. "
        "What a shock.\n"
        "\n"
        "Cancel the bill, reissue it using the real reading, and waive the CA$18.50 late "
        "fee. If I don't hear back by March 25th I'm contacting the Ontario Energy Board and "
        "my MPP, and my granddaughter is putting it on TikTok.\n"
        "\n"
        "Sincerely fed up,\n"
        "Dorothy Kowalski\n"
        "dkowalski@rogers.com"
    ),
    (
        "Dear SakuraRent Kansai Airport branch,\n"
        "\n"
        "Reservation number SR-KIX-240314-0087, booked online for 14 March 2024, 10:00 "
        "pick-up, compact car with English GPS and ETC card. Prepaid ¥48,600.\n"
        "\n"
        "I arrived at 09:45. Your counter staff (badge: Tanaka) said there was NO car. No "
        "car!!! After 2 hours of waiting you gave me a car with Japanese-only GPS and no ETC "
        "card, so I paid ¥7,820 in cash at toll gates. My hotel in Kyoto then charged me a "
        "late check-in fee of ¥3,000. Wonderful start to a honeymoon.\n"
        "\n"
        "I emailed support@sakurarent.jp on 16 March and 19 March. Nobody replied. Your "
        "English line +81 6-5555-0192 plays music and then disconnects. Every single time.\n"
        "\n"
        "I expect ¥10,820 refunded plus a discount on the original booking for the 2-hour "
        "delay. Otherwise I will dispute the payment with my credit card company and post a "
        "detailed review on Google Maps and r/JapanTravel, where loads of people ask about "
        "airport car hire.\n"
        "\n"
        "Daniel Hughes\n"
        "@danhughes_travels"
    ),
    (
        "Hej PaketBox,\n"
        "\n"
        "Shipment 00370726241598, a package with my new laptop worth 12 499 kr, was marked "
        '"delivered to locker" at Odenplan, Stockholm, on 2024-03-07 at 18:22. I got the '
        "code, went there at 19:00, opened compartment 17 and it was EMPTY. Completely "
        "empty!!!\n"
        "\n"
        'Your chat bot told me to "check again". I checked again. Still empty, funny that. '
        "Then your agent Johan said on the phone (0771-555 410) that the sender must file "
        "the claim. The sender says YOU must file the claim. Nobody takes responsibility, "
        "ever. What a f***ing circus.\n"
        "\n"
        'This is the second time in two months one of your lockers has "lost" my parcel. The '
        "first time it was 349 kr headphones and I let it go. Not this time.\n"
        "\n"
        "I want either the laptop or 12 499 kr within 10 days, so by 17 March. If not, I go "
        "to ARN, Trustpilot and every forum I can find. Answer me at "
        "erik.lindqvist@telia.se.\n"
        "\n"
        "Erik Lindqvist"
    ),
    (
        "Dzień dobry / Hello,\n"
        "\n"
        "Order 2024/OPT/5521, Optyk Wizja, ul. Długa 14, Gdańsk. Eye test on 3 March 2024 "
        "with Mr. Paweł Zieliński, varifocal glasses ordered, paid 1 890 zł.\n"
        "\n"
        "I collected them on 21 March. I cannot read ANYTHING. The left lens is obviously "
        "the wrong prescription, my old glasses are sharper! I went back on 22 March and the "
        'young lady (Marta) laughed and said "you will get used to it". I have worn glasses '
        "for 30 years, I know when something is wrong!!!\n"
        "\n"
        "Then your manager said a re-test costs another 150 zł. ANOTHER 150 zł for YOUR "
        "mistake?? Incredible. Every single time I come to your shop there is a problem.\n"
        "\n"
        "Please remake the lenses for free or refund the 1 890 zł by 5 April. Contact me on "
        "+48 601 555 287 or jan.kowal55@wp.pl. If not, I will go to the consumer ombudsman "
        "and I will write on Google and on the Gdańsk Facebook group what kind of service "
        "you give to old people.\n"
        "\n"
        "Jan Kowalczyk"
    ),
    (
        "To the Guest Relations Manager, Hotel Costa Brava Mar, Lloret de Mar\n"
        "\n"
        "Booking confirmation 5538210447, 7 nights, 14/07/2024-21/07/2024, sea-view double "
        "with balcony, total €1,638.00 paid in advance.\n"
        "\n"
        "We got a room facing the BINS. Not the sea. The bins. And the kitchen extractor "
        "fan, which starts at 6am every single morning. When I complained at reception, "
        'Javier shrugged and said "all sea view full". Then why the h*ll did you take my '
        "money for one?!\n"
        "\n"
        'The "all-inclusive" drinks stopped at 10pm, not midnight as your website '
        "(www.costabravamar-hotel.es) clearly states. The pool was closed 3 of the 7 days "
        'for "maintenance". Honestly, what a joke of a hotel.\n'
        "\n"
        "I want the difference between the sea-view and standard rate, €42 a night, so €294, "
        "refunded to my Visa ending 0913. If I don't hear back by 15 August I'm going "
        "straight to Tripadvisor, Booking.com and my card company. Email "
        "karen.pryce@btinternet.com, phone +44 7700 900412.\n"
        "\n"
        "Karen Pryce"
    ),
    (
        "Hi Sunrise Bay Resort Krabi,\n"
        "\n"
        "Ref: SBR-88217 | Check-in March 3rd, check-out March 10th | Paid ฿42,000 (about "
        "£930) via Agoda.\n"
        "\n"
        "On March 6th at around 2am someone walked into our villa while we slept. My "
        "partner's phone and ฿6,500 cash gone from the bedside. The door lock was broken on "
        "ARRIVAL and we reported it TWICE, to Nok at reception on the 3rd and to the night "
        "manager on the 4th. Nobody came. NOBODY.\n"
        "\n"
        "Police report no. 117/2567, Ao Nang station. Your manager, Mr. Somchai, told us it "
        'is "not the hotel\'s responsibility". Not your responsibility?? You left a broken '
        "lock on a ground-floor villa for three days!! Useless.\n"
        "\n"
        "We want compensation for the phone (£1,049, receipt attached) and the cash, plus a "
        "refund for the remaining nights. Email tom.and.gem@hotmail.co.uk. If we don't hear "
        "by 2024-03-31 we're going to Agoda, our travel insurer, and posting the video of "
        "that lock on TikTok @tomandgemtravel.\n"
        "\n"
        "Tom Ashworth"
    ),
    (
        "Dear TinyTown Toys customer services,\n"
        "\n"
        'Order TT-00482271, placed 28/11/2023: a "Deluxe Wooden Farmhouse" for my daughter\'s '
        "3rd birthday, £89.99 + £4.95 delivery.\n"
        "\n"
        "It arrived with the roof in pieces and, worse, a loose metal screw rolling round "
        "the box. For a TODDLER'S toy!!! I emailed help@tinytowntoys.co.uk on 2 December "
        "with photos. Auto-reply. Again on 9 December. Nothing. I rang 0161 496 0321 and "
        'Stacey said a replacement "should be with you before Christmas". Christmas came and '
        "went. So did New Year.\n"
        "\n"
        "You have NEVER once replied properly. Every single contact is a copy-paste apology. "
        "Are there any actual humans at your company, or is it bl**dy robots all the way "
        "down?\n"
        "\n"
        "I want a full refund of £94.94 by 31 January. Otherwise I'm reporting the loose "
        "screw to Trading Standards as a choking hazard, doing a chargeback, and writing a "
        "VERY honest review on Mumsnet and Trustpilot. Disgraceful.\n"
        "\n"
        "Hannah Lees"
    ),
    (
        "Hey GreenCart,\n"
        "\n"
        "Order #GC-5510-3948, delivered Sat 3/16/2024, total charged $214.67 to my Amex.\n"
        "\n"
        "Y'all substituted organic whole milk with OAT milk (my son is allergic to oats, "
        "it's IN MY PROFILE!!), swapped the birthday cake for a bag of dinner rolls, and "
        "left the whole thing on my porch in 84 degree heat at 1:30 pm when my slot was 9-11 "
        "am. The ice cream was soup. SOUP.\n"
        "\n"
        'Your chat agent "Ashley" offered me a $10 credit. Ten dollars. For a ruined '
        "birthday party. Wow, so generous. You NEVER read the notes on the order, EVERY "
        "single time it's the same d*mn thing.\n"
        "\n"
        "I want $96.40 back for the cake, milk, ice cream and the $9.99 delivery fee, on the "
        "card, not as store credit. Email tasha.greene@icloud.com or call (512) 555-0148. If "
        "it's not fixed by March 22nd it's going on the Austin Moms Facebook group and Yelp, "
        "and I'm disputing with Amex.\n"
        "\n"
        "Tasha Greene\n"
        "@tashagreene_atx"
    ),
    (
        "To Caledonia Lettings, Edinburgh\n"
        "\n"
        "Property: Flat 2F1, 33 Marchmont Road. Tenant ref CL/EDI/20931. Repair job no. "
        "7741.\n"
        "\n"
        "The boiler has been broken since 2nd February. That's SIX WEEKS with no heating or "
        "hot water in a Scottish winter, with a six-month-old baby. I reported it on "
        "02/02/2024 and chased on 09/02, 16/02, 23/02 and 01/03. Your property manager, "
        "Gordon, keeps saying \"the contractor's been informed\". Informed of WHAT? He's "
        "clearly never coming.\n"
        "\n"
        "I've spent £186.40 on electric heaters and £63 extra on the electricity running "
        "them. Meanwhile you took the full £1,150 rent on 1 March like clockwork. Funny how "
        "THAT never gets delayed.\n"
        "\n"
        "I want the boiler fixed by Friday 15 March, the £249.40 refunded and a rent "
        "reduction for February. If not, I'm applying to the First-tier Tribunal, contacting "
        "Shelter Scotland and naming you on every Edinburgh tenants' forum and "
        "@CaledoniaLets on X. Absolute sh*tshow of a company.\n"
        "\n"
        "Fiona MacLeod\n"
        "07700 900834 | fiona.macleod@protonmail.com"
    ),
]
