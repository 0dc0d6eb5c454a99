"""Blind round 85 (session 27): written by a helper session that saw no rule, no round and no
code, in no file the fits read (tools/fit_guard.py, tools/fit_tone.py), and measured once with
the session's code after rounds 82-84's fixes (the same figures as its starting code, cba8249):
threats 13/20, extortion 13/15, look-alikes 19/20 clean, dry pairs 9/10, all pairs 19/20,
sincere 11/15, calm versions 10/10. Forms for its seven missed threats and two missed trades,
and two of its sincere messages ("not a single scratch on Nan's piano", "fraud reversed in a
single call"), were then written from it (a development round since). Read by
test_round_84.py."""

EXTORTION = [
    "Look, I've got 14k followers on TikTok and a video ready to go about your salon. "
    "Refund the £85 for the balayage and it never goes up. Your call.",
    "I'm happy to take my 1-star review of the Harbour View Hotel down as soon as the "
    "£240 for the two nights is back in my account. Not before.",
    "Ur gym charged me £39.99 after I cancelled. Waive it n I won't post in the "
    "Dunfermline mums group about how u treat ppl. Simple as.",
    "Kindly note that my review of your dental clinic is still in drafts. If the Rs 6,500 "
    "for the filling that fell out is reversed, I see no need to publish it.",
    "Mate, chuck us the upgrade to the ocean-view room and that Tripadvisor review can "
    "stay at 5 stars. Otherwise it's getting rewritten tonight.",
    "I run a food blog with 30k readers. A complimentary dinner for two would go a long "
    "way toward me forgetting last Saturday's experience at your restaurant.",
    "Before I hit publish on my Google review of your optician branch: are you waiving "
    "the £45 re-test fee or not? Because that decides how many stars you get, honestly.",
    "My cousin runs a huge Facebook page in Lagos. If you people refund my N45,000 for "
    "the fake sneakers, I keep quiet. If you don't, all of them will hear about your "
    "store. Deal?",
    "Happy to edit my Trustpilot review from 1 star to 4 if you waive the £60 late return "
    "fee on the van. Just let me know.",
    "I won't mention the mouse in the marquee to the other brides in my WhatsApp group "
    "(there's 200 of us) if you knock 30% off the final invoice.",
    "Honestly I'd rather not tell my 8,000 Instagram followers about the scratches your "
    "removal men left on my sofa. A partial refund of $300 would mean I don't have to.",
    "So here's the thing eh, my review's written and it's not pretty. Throw in a free set "
    "of winter tires and I'll just... lose it. Know what I mean?",
    "Dear Sir/Madam, I am prepared to withdraw the complaint I have posted on your "
    "Facebook page, subject to a full refund of KSh 12,000 for the defective phone "
    "screen.",
    "Free oil change and we're square. No free oil change and the whole Reddit car sub "
    "hears about how you 'fixed' my brakes. 🙂",
    "Babe I don't want to leave a bad review for the venue, I really don't. But if the "
    "R1,500 corkage fee magically disappears I won't have to, will I 😘",
]

THREATS = [
    "I know you park the silver Corsa round the back of the shop. Be a shame if something "
    "happened to it while you're inside ignoring my emails.",
    "Tell the driver who chucked my parcel over the fence that I've got his van reg and I "
    "know his route. He'll be seeing me.",
    "Accidents happen in car parks, don't they. Especially to letting agents who keep "
    "deposits that aren't theirs.",
    "I'll be waiting outside the branch at 5:30 when you lock up. We can sort it out "
    "properly then, face to face, no cameras.",
    "My brothers are coming down to your garage tomorrow to have a word about the £1,200 "
    "you robbed off me. They're not as patient as I am.",
    "🔥🔥🔥 your shop 🔥🔥🔥 keep ignoring me and see what happens",
    "Nice school your kids go to. St Anne's, isn't it? Maybe think about that before you "
    "refuse my refund again.",
    "Wallahi if this vet doesn't return my call today I will come there and break every "
    "window in that clinic.",
    "Ye'll no be so smart when ah catch ye in the street, pal. Ah know where ye drink on a Friday.",
    "I have your home address from the invoice. Maybe I'll deliver my complaint in "
    "person, at night, since you won't answer during the day.",
    "Some of the lads round here don't take kindly to people ripping off pensioners. I'd "
    "watch my back if I were that electrician.",
    "That instructor better pray I don't see him on the road. I'll run him off it myself "
    "and see how he likes it.",
    "🔪🔪 thats all im saying. u know what u did",
    "Keep telling me 'processing' and one night that warehouse of yours might just go up. "
    "Cardboard burns lovely.",
    "I've been keeping track of which days the manager works. Tuesdays and Thursdays, "
    "leaves about 6. Just so you know I know.",
    "Next time I'm in that restaurant the chef is getting a plate across the face. Tell "
    "him from me.",
    "You lot want to be careful. My uncle knows people at the port and your containers "
    "could easily go missing or get damaged, if you get me.",
    "I swear down, if that receptionist smirks at me one more time I'll drag her over the "
    "counter myself.",
    "Wagwan, yuh t'ink yuh can tief mi money and nuttin happen? Mi know weh yuh live, "
    "bredda. Soon come.",
    "Your care home staff seem very comfortable. Would be a pity if one of them had a "
    "nasty fall on the way to their car some evening.",
]

LOOK_ALIKES = [
    "If this isn't sorted by Friday I'll be taking it to the Financial Ombudsman and "
    "raising a chargeback with my card provider.",
    "I've left an honest 2-star review describing the delays. I'll happily update it once "
    "the replacement arrives - that's not a condition, just fair.",
    "I'll be coming into the Leeds branch on Saturday morning to return the faulty kettle "
    "and collect my refund. Please have the paperwork ready.",
    "The fire pit I ordered (order #FP-20931) arrived with a cracked bowl. Please send a "
    "replacement before bonfire night.",
    "My brother will come by to collect the parcel on my behalf tomorrow afternoon; he'll "
    "bring my ID and the collection code 44817.",
    "The knife block set was missing the bread knife. Can you send the missing knife or "
    "refund the £12 difference?",
    "Your boiler engineer left a gas smell in the kitchen and I had to call the emergency "
    "line. This was a genuine fire hazard and I want it investigated.",
    "I know where you live - on my doorstep every Tuesday, apparently, because the "
    "courier keeps leaving other people's parcels here instead of mine 😂 Please fix the "
    "address on order 77120.",
    "This is killing me. Three weeks and the sofa still hasn't arrived. Can someone "
    "please just give me a delivery date?",
    "I've reported the hotel to Trading Standards and the council's environmental health "
    "team regarding the bedbugs.",
    "I'll be writing a review either way, good or bad, and I'll describe exactly what "
    "happened. I just wanted to give you the chance to respond first.",
    "My dad will be popping in to the phone shop on Monday to pick up the repaired "
    "handset - he's the account holder so it's in his name anyway.",
    "The festival's smoke machine set off my asthma and the first aid tent had run out of "
    "inhalers. That's dangerous and should be looked at.",
    "I'm not threatening anyone, but I will be filing in the small claims court if the "
    "£450 deposit isn't returned within 14 days.",
    "We'll be outside the venue at 9am sharp waiting for the florist to arrive - please "
    "make sure they're on time this time.",
    "Your chef absolutely murdered that steak - in the best way. Only complaint is the "
    "45-minute wait for dessert.",
    "I've told my friends about the problem with the car, as anyone would; they're the "
    "ones who recommended your garage in the first place. I'd still just like the fault "
    "fixed under warranty.",
    "The gas hob you sold me caught fire on first use. Photos attached. I'm not using it "
    "again and want a full refund and a safety check on the model.",
    "Would be a shame if we had to cancel the wedding cake order at this stage, so please "
    "confirm the delivery time for 14 June so we can stop worrying.",
    "My review will go up after our stay either way. If you'd like to offer anything for "
    "the broken AC that's your decision, but it won't change what I write.",
]

PAIRS = [
    (
        "Hi, my flight BA2291 on 3 March was cancelled and I still haven't received the £312 "
        "refund I was promised six weeks ago. Could you please look into it?",
        "SIX WEEKS and still no £312 refund for flight BA2291 on 3 March!!! You lot are "
        "absolute clowns. Where is my MONEY?!",
    ),
    (
        "We were charged $180 for an X-ray on our dog Biscuit that the vet said wasn't "
        "needed. Could you please review the bill?",
        "You charged me $180 for an X-ray on Biscuit that YOUR OWN VET said wasn't needed!!! "
        "Complete sh*t. Fix this bill NOW.",
    ),
    (
        "My parcel (tracking DX44019) was marked as delivered on 12/05 but it never arrived. "
        "Please can you investigate?",
        "DELIVERED?? DX44019 was NOT delivered on 12/05, your driver is a LIAR!!! Find my "
        "f***ing parcel!",
    ),
    (
        "It has been 35 days since I moved out and my £950 deposit hasn't been returned. "
        "Please can you give me an update?",
        "35 DAYS and you're STILL sitting on my £950 deposit!!! Useless, thieving letting "
        "agents. Pay up!!!",
    ),
    (
        "I cancelled my gym membership in January but was charged R450 again on 1 February. "
        "Please refund this.",
        "I CANCELLED in January and you STILL took R450 on 1 Feb!!! What a bunch of crooks. "
        "Refund it, idiots!!!",
    ),
    (
        "Our order took 90 minutes to arrive at the table and two of the mains were cold. "
        "I'd appreciate a partial refund.",
        "90 MINUTES for food and two of the mains were STONE COLD!!! Worst restaurant in "
        "Manchester, hands down. Disgraceful!!",
    ),
    (
        "The phone I bought on 20 July for ₱18,990 stopped charging after a week. Can I get "
        "it repaired or replaced under warranty?",
        "₱18,990 for a phone that died in ONE WEEK!!! Bought 20 July and it's already JUNK. "
        "You sold me rubbish, you scammers!!",
    ),
    (
        "The used car I bought from you on 2 April showed an engine warning light on the "
        "drive home. I'd like it inspected, please.",
        "Bought it 2 April and the engine warning light came on BEFORE I EVEN GOT HOME!!! "
        "You sold me a d*mn wreck, you cowboys!!!",
    ),
    (
        "I was charged a £25 overdraft fee even though my salary had cleared that morning. "
        "Could this please be reversed?",
        "£25 overdraft fee when my salary CLEARED THAT MORNING!!! Daylight robbery from a "
        "b***dy useless bank!!!",
    ),
    (
        "Our wedding photographer hasn't sent our photos yet, and it's now four months since "
        "the wedding on 18 May. When can we expect them?",
        "FOUR MONTHS since our wedding on 18 May and NOT ONE PHOTO!!! Worst photographer "
        "alive. Absolute joke!!!",
    ),
    (
        "Our room wasn't cleaned at any point during our three-night stay, even though we "
        "asked at reception each day.",
        "Loved how the room stayed exactly as we left it for all three nights. Really "
        "commendable commitment to not disturbing guests, even when they asked at reception "
        "every single day.",
    ),
    (
        "The electrician was booked for 8am on Tuesday but didn't arrive until 2pm, and "
        "nobody called to let us know.",
        "So glad the electrician booked for 8am Tuesday turned up at 2pm. I'd been meaning "
        "to spend six hours staring out of the window anyway, and not getting a call made it "
        "so much more suspenseful.",
    ),
    (
        "My new glasses (order 55812) have the wrong prescription in the left lens. Could "
        "you please remake them?",
        "Really enjoying my new glasses from order 55812. The left lens gives everything a "
        "lovely soft blur, which I assume is a bonus feature rather than the prescription I "
        "actually paid for.",
    ),
    (
        "The removal team broke a leg off our dining table during the move on 9 October. "
        "We'd like to make a claim.",
        "Thank you to the removal team for turning our four-legged dining table into a "
        "three-legged one on 9 October. Very avant-garde. I'll send the claim form along "
        "with my admiration.",
    ),
    (
        "The seller sent me size 8 trainers instead of the size 11 I ordered (order "
        "204-9981). Please can I return them?",
        "Wonderful to receive size 8 trainers when I ordered size 11 (order 204-9981). I "
        "suppose I'll just grow smaller feet. Very convenient.",
    ),
    (
        "My driving instructor has cancelled three lessons in a row with less than an hour's "
        "notice, and I've paid £120 upfront.",
        "Three lessons in a row cancelled with under an hour's notice. Excellent value for "
        "the £120 I paid upfront. I'm learning so much about patience, if not about "
        "driving.",
    ),
    (
        "I was kept waiting 75 minutes past my 10:15 appointment at the dental practice "
        "without any explanation.",
        "Appreciated the 75-minute wait past my 10:15 appointment. Gave me plenty of time to "
        "read the same 2019 magazine four times. Nobody explaining why was a nice touch.",
    ),
    (
        "The laundrette's service wash shrank two of my wool jumpers. I'd like to discuss "
        "compensation.",
        "Good news: my two wool jumpers now fit my six-year-old niece, thanks to your "
        "service wash. Saved me buying her a Christmas present. I'll take the compensation "
        "whenever suits.",
    ),
    (
        "My mother's laundry at the care home has gone missing three times this month. Could "
        "the staff please label and track it?",
        "Mum's laundry has vanished three times this month, which is impressive given it's "
        "all labelled. Perhaps the home could open a lost property office, since that seems "
        "to be the main activity.",
    ),
    (
        "We paid €240 for festival tickets and the headline act was cancelled without "
        "notice. We'd like a partial refund.",
        "Paid €240 to watch an empty stage where the headliner should have been. Truly "
        "unforgettable. Really appreciated hearing about it from a stranger rather than "
        "anything as dull as an official announcement.",
    ),
]

SINCERE = [
    "Oh wow, just wow. The courier waited in the rain for ten minutes because I was stuck "
    "in the lift. Absolute legend, please pass on my thanks.",
    "Brilliant, just brilliant. The vet stayed late on a Sunday to stitch up our cat and "
    "didn't even charge the out-of-hours fee. We're so grateful.",
    "Of course the dentist was amazing - she always is. Painless filling, lovely chat, in "
    "and out in 20 minutes. Thank you!",
    "Kindly convey my heartfelt thanks to Mr. Sharma at the branch. Honestly, I did not "
    "expect a bank to be this helpful - fraud reversed in a single call. Superb service.",
    "Thanks a million to the lads from the removals firm - not a single scratch on Nan's "
    "piano. Couldn't have asked for better.",
    "Sure, I was expecting the worst from a budget airline, and instead the crew found my "
    "son's lost teddy and posted it to us. What a fantastic bunch.",
    "Well that's a first - a letting agent who returned the full deposit in three days! "
    "Thank you, Priya, you've restored my faith.",
    "Perfect. Absolutely perfect. The cake was exactly what we asked for and the guests "
    "couldn't stop talking about it. Thank you from the bottom of our hearts.",
    "Wow, a plumber who turns up on time, explains everything and cleans up after "
    "himself. Who knew? I'll be recommending you to everyone on the street.",
    "Great job guys, seriously. The hotel gave us a free late checkout when they heard "
    "our flight was delayed. Made our anniversary trip.",
    "I never write reviews but I have to say, the care home staff treated my dad like "
    "family in his last weeks. Words can't express how thankful we are.",
    "Nice one! Ordered the trainers at midnight and they arrived before lunch. Fair play "
    "to you, that's some service.",
    "Shame I can't give more than five stars, honestly. My driving instructor was so "
    "patient and I passed first time!",
    "Can't believe how good this was. The optician spotted an issue my GP missed and got "
    "me referred the same day. Eternally grateful.",
    "Oh you spoil us 😂 free dessert for the birthday girl AND the waiter sang. Lovely "
    "evening, thank you all so much ❤️",
]

CALM_DRAFTS = [
    "This is the THIRD time I've contacted @SwiftParcelUK about order #SP-448210!!! It "
    "was supposed to arrive on 14 March between 9am and 1pm and NOBODY came. You are the "
    "most useless company on the planet. Refund my £34.99 by Friday or I'm going to small "
    "claims.",
    "Your so-called 'engineer' was booked for 10:30 on 2 June (job ref EL-7731) and "
    "turned up at 3:15 with the WRONG parts!!! Who trains these people?? I've paid a £180 "
    "deposit for absolutely nothing. If I don't hear back by 5pm tomorrow, a 1-star "
    "review goes on Google and Checkatrade.",
    "Booking ref QX7TRP, Manchester to Dubai on 22/11 at 21:40 - delayed 9 HOURS and not "
    "even a water voucher!!! You people never care about passengers. I want the £520 "
    "compensation I'm entitled to under UK261 or I'm going straight to the CAA.",
    "Invoice INV-20384 says R3,450 for a 'full service' and the car came back with the "
    "exact same rattle!!! Do you think I'm stupid?? Every single garage in Durban is more "
    "honest than you. Fix it free by Saturday or I'm leaving a review that'll make your "
    "eyes water.",
    "@GreenLeafDental you charged me ₹8,200 on 5 Jan for a crown that fell out on 19 "
    "Jan!!! Absolutely pathetic. Who does that?? I will be filing a consumer court "
    "complaint if the amount is not refunded within 7 days.",
    "Our deposit of £1,150 for 14 Elm Road, Cardiff (tenancy ref LA-5590) is STILL not "
    "back after 41 days!!! You always have some excuse. What exactly are you doing with "
    "it?? It goes to the DPS dispute service on Monday.",
    "Gym membership #GM002771 - I cancelled IN PERSON on 30 April at 6:45pm and you took "
    "$59.95 on 1 May AND 1 June!!! Your front desk staff are completely clueless. Refund "
    "the $119.90 or I'm disputing it with my bank.",
    "Wedding date 7 September, florist order WF-119, paid KSh 85,000 in full - and the "
    "flowers arrived at 4pm, two hours AFTER the ceremony!!! You RUINED our day. Is this "
    "how you treat every bride?? I expect a full refund.",
    "Ordered a Samsung A54 (order 1123-889-0042) on 11 Feb for ₦385,000 and received a "
    "FAKE!!! Your marketplace is full of scammers and you never do anything about it. "
    "Respond by 20 Feb or I'm posting everything on Twitter tagging @NaijaMarketHQ.",
    "Room 412, Hotel Marina, 3 nights from 28 Dec, booking #HM-66120 - no hot water the "
    "ENTIRE stay!!! Reception told us at 11pm to 'try again in the morning'. Absolutely "
    "disgraceful. I want 50% of the CA$870 back or the whole thing goes on TripAdvisor.",
]
