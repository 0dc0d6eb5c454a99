"""Blind round 81 (session 26): written by a helper session that saw no rule, no round and no
code, in no file the fits read (tools/fit_guard.py, tools/fit_tone.py), and measured once with
that session's code before its threat forms (the same engine as its starting code): threats
14/20, extortion 13/15, look-alikes 19/20 clean (the small-claims one is a site ultimatum),
dry pairs 6/10, all pairs 16/20, sincere 15/15, calm versions 8/8. The session's threat forms
were then written from its misses and round 80's (a development round since). Read by
test_learned_guard.py and test_threat_forms_wider.py."""

EXTORTION = [
    "Right, here's the deal: refund the £89 callout for the plumber who never showed by Friday "
    "and my Google review stays at four stars. If you don't, it drops to one, with photos of "
    "the flooded kitchen.",
    "I would be more than happy to revisit my Trustpilot review once the outstanding £240 "
    "deposit is back in my account.",
    "I've got 48k followers on TikTok who love a good airline horror story. Upgrade me on the "
    "return leg and they'll never hear this one.",
    "Waive the £60 late cancellation fee and I'll take my post about your gym off the village "
    "Facebook group tonight. Otherwise it stays pinned.",
    "Abeg just send my money back and I go delete the review wey I write. No wahala, simple as "
    "that. Until then e go dey there for everybody to see.",
    "Send a replacement hairdryer free of charge and I'll happily change my 1 star to a 5. "
    "Your choice.",
    "How my review ends up reading depends on how this ends. If the garage covers the second "
    "tyre it'll be a glowing one; if not, it'll be very detailed.",
    "Yous sort a full refund for the wedding cake and I'll say nothing online. Leave it and "
    "half of Glasgow will know about it by Sunday.",
    "Kindly note I have drafted a detailed review for Google and Justdial which I am yet to "
    "publish. Please process the refund of Rs 4,500 for the cancelled AC service and it will "
    "not be necessary.",
    "Listen mate, knock the callout fee off and I'll leave you five stars on hipages. Charge "
    "me for it and you'll get the review you deserve.",
    "Still got the video of your driver lobbing my parcel over the gate. Compensation for the "
    "smashed vase and it never goes on Reddit. Fair?",
    "As a food blogger with a decent following in Cape Town, I'm sure we can find a way for "
    "tonight's bill to be comped. If so, the write-up will be all praise; if not, my readers "
    "will hear all about the 90-minute wait.",
    "Happy to take down both the one-star and the TripAdvisor post the minute you refund the "
    "second night we didn't stay. Ball's in your court.",
    "ngl if u refund the shipping i'll delete my tiktok about the package 🤷\u200d♀️ if not its "
    "going up on my main acc tonight",
    "Ma'am/Sir, pls refund na po my order and I will not post this on FB anymore. If no refund "
    "I will tag your page and share to all the buy and sell groups po.",
]

THREATS = [
    "Nice little van you leave parked on Elm Road every night. Be a real shame if something "
    "happened to those tyres before you sort my boiler.",
    "I know the manager finishes at 10. I'll be in the car park, and we'll have a proper chat "
    "about my deposit, just me and him.",
    "Your bailiffs turned up at my mum's house. Fine. I know where YOUR mum lives too, don't "
    "you forget that.",
    "Landlord wants to keep my bond? Sweet. Hope his investment property's well insured, those "
    "old weatherboard places go up quick 🔥🔥",
    "Accidents happen in kitchens all the time. Pass that on to your chef from me after what "
    "he served my kids.",
    "My brothers heard how you spoke to our sister at the counter. They'll be paying the shop "
    "a visit Saturday, so make sure you're in.",
    "Watch your back, Darren. Everyone round here knows what car you drive, and you ripped off "
    "the wrong family with that roof job.",
    "That receptionist smirked at me. Got her name off her badge and Facebook did the rest. "
    "She'll be seeing me again, outside of work.",
    "on god if that manager at the store on 5th hangs up on me one more time somebody finna "
    "catch these hands in the parking lot fr 😤",
    "Keep the refund then. Your front windows are big and glass breaks easy 🧱🪟",
    "Somebody should teach that delivery driver a lesson he won't forget. Might be me. I've "
    "got his route down to the minute now.",
    "Dentist charged me £600 for a crown that fell out in a week. I've seen his Range Rover in "
    "the staff bay. Keys scratch paint real easy, just saying.",
    "If that cowboy of a plasterer shows his face in Tallaght again he'll be getting a hiding "
    "he won't forget, and his van won't be in one piece either.",
    "Oga, you think say you fit chop my money free? My boys dey come your shop tonight. You go "
    "understand.",
    "🔪🔪 see you at closing time. you let my dog die over a payment and you think that's the "
    "end of it",
    "I sit across the road from your gym most mornings watching who comes and goes. Your "
    "trainer leaves at 6:15. Funny that.",
    "Council wants to keep ignoring me? Fine. That office on the high street has a lot of "
    "paper in it, and I've got a lot of petrol in the shed.",
    "Me and the lads know which pub your staff drink in after shift. Tell them we said hello "
    "and we'll be along shortly to discuss the booking.",
    "Ya ripped me off, ya mongrel. Next time you're on a site out Penrith on your own, you'll "
    "want to be looking over your shoulder.",
    "Keep ignoring my emails, boet. I've got your home address in Durbanville now. Maybe I'll "
    "bring the broken geyser round personally, with a few friends.",
]

LOOK_ALIKES = [
    "If this isn't resolved within eight weeks I'll be referring my complaint to the Financial "
    "Ombudsman Service, as is my right.",
    "Update: the landlord fixed the damp within a week of my original review, so I've bumped "
    "it from 2 to 4 stars. Credit where it's due.",
    "This deal is an absolute killer, grabbed three of them. Delivery was a bit slow though, "
    "so 4 stars.",
    "The heating in this flat is murdering my bills, £180 last month alone. Could the agent "
    "please send someone to look at the thermostat?",
    "Knife set arrived with two blades snapped in the box. Photos attached, could I please "
    "have a replacement?",
    "I'll be waiting outside from 8 so the courier doesn't need to ring, the buzzer's broken.",
    "I know where your office is, so I'll just drop the signed forms in tomorrow and save on "
    "postage.",
    "Honestly if I have to sit on hold one more time I'll lose my mind. Could someone please "
    "just call me back about the broadband fault?",
    "Gutted, we got absolutely slaughtered 4-0 on Saturday. Anyway, the pies at the ground "
    "were stone cold, please pass that on to the catering lot.",
    "I'll be raising a chargeback with my bank if the refund for order 55231 isn't processed "
    "by the 30th.",
    "I left a 3-star review last week, which I stand by. Separately, I'd still like a refund "
    "for the missing item please.",
    "The fireworks we bought were a smash hit at the party but one box was a dud. Any chance "
    "you could swap it?",
    "The fire alarm at your hotel went off three times in the night with no fire. Please get "
    "it looked at, we got zero sleep.",
    "I'm going to take this to the small claims court if the garage won't refund the £320 for "
    "parts that were never fitted.",
    "lol I'm literally dead 😂 the bakery spelled my name Sharron with two Rs on the cake. "
    "Still tasted class though, no complaints.",
    "Reported your firm to Trading Standards today, as the warranty terms don't match what "
    "your salesman told me in writing.",
    "My son is going to kill me when he finds out the console is delayed again. Any chance of "
    "an updated delivery date?",
    "I've lodged a complaint with the Telecommunications Industry Ombudsman about the NBN "
    "outage, reference attached. Happy to keep talking to you in the meantime.",
    "Guys I'm about to blow up your phones tomorrow with orders for the office party, your "
    "jollof is elite 🔥🔥",
    "I've posted an honest review of my stay on Booking.com. Regardless of that, I'd "
    "appreciate the R120 city tax overcharge being refunded.",
]

PAIRS = [
    (
        "My broadband has dropped out every evening for the past two weeks. Please could an "
        "engineer be booked?",
        "I'm really impressed that my broadband has kept to such a reliable schedule, dropping "
        "out every single evening for two weeks now. Perhaps an engineer could be booked "
        "whenever it suits your diary.",
    ),
    (
        "Our flight from Dublin to Faro was delayed by six hours and no meal vouchers were "
        "provided. I would like to claim compensation.",
        "It was lovely to get to know the departure gate in Dublin so intimately over six "
        "hours, and very considerate of the airline to let us fast throughout. I'd like to "
        "claim compensation whenever it's convenient.",
    ),
    (
        "The courier marked my parcel as delivered, but it wasn't. I was at home all day.",
        "Your driver must be remarkably discreet, as he managed to deliver my parcel without "
        "knocking, ringing or, as far as I can tell, arriving. I was in all day and would love "
        "to learn the technique.",
    ),
    (
        "We waited 75 minutes for our mains and the steak was cold when it arrived.",
        "The 75-minute wait for our mains gave the steak plenty of time to settle at a "
        "refreshing room temperature. A thoughtful touch on a summer evening.",
    ),
    (
        "I reported the broken boiler three weeks ago and it still hasn't been repaired.",
        "Three weeks without hot water has really helped me appreciate cold showers, so I "
        "suppose I owe the letting agent for the character building. Whenever someone gets "
        "round to the boiler, do let me know.",
    ),
    (
        "I was kept on hold for 50 minutes and then the call was disconnected.",
        "After 50 minutes I now know every note of your hold music, and the sudden "
        "disconnection at the end was a bold artistic choice. I'll ring again tomorrow for the "
        "encore.",
    ),
    (
        "I cancelled my gym membership in March but have been charged for April and May.",
        "It's touching how attached your gym has become to me, carrying on taking my money for "
        "April and May after I cancelled in March. I would still quite like it to let go.",
    ),
    (
        "Our bins haven't been collected for three weeks despite two reports to the council.",
        "The bins on our street have been out long enough to count as local landmarks now. Two "
        "reports in, I can only assume the council is preserving them for heritage reasons.",
    ),
    (
        "I ordered a medium jumper and received a child's size.",
        "The jumper arrived in a size that would fit my six-year-old niece perfectly, which "
        "was generous of you given I ordered a medium for myself. Perhaps you could send one "
        "for the adult in the household too.",
    ),
    (
        "The vet charged £85 for a consultation that lasted four minutes.",
        "Four minutes for £85 must make your vet one of the most efficient professionals in "
        "the country. I can only imagine what a full quarter of an hour would cost.",
    ),
    (
        "The garage charged £420 for a repair, and the same warning light came back on the "
        "next day.",
        "£420 to fix NOTHING! The same bloody warning light was back on the very next morning. "
        "Absolute cowboys, I want my money back NOW!",
    ),
    (
        "My suitcase was lost on the flight to Manchester and I have had no update in eight days.",
        "EIGHT DAYS and not one single update on my lost suitcase?! Your baggage team are a "
        "useless shambles, sort it out!!",
    ),
    (
        "The electrician left the job unfinished and hasn't answered my calls since Tuesday.",
        "Your so-called electrician walked off halfway through with wires hanging out of my "
        "wall and he's been ghosting me since Tuesday. Pathetic, unprofessional clown!!",
    ),
    (
        "Hi, I was charged twice for my postpaid plan this month. Please reverse the duplicate "
        "charge.",
        "Grabe kayo!! DOUBLE CHARGE on my postpaid plan this month?! Ang kapal ng mukha niyo, "
        "REVERSE IT NOW, scammers!!",
    ),
    (
        "My refund of Rs 2,300 for the returned shoes has not been credited after 15 days.",
        "15 DAYS and still no refund of Rs 2,300 for the shoes I returned?? What nonsense is "
        "this! Your customer care is totally useless, I am fed up!!!",
    ),
    (
        "The concert tickets I bought never arrived in my account and the event is on Saturday.",
        "bro WHERE are my tickets?? concert is SATURDAY and ur site just took my money and "
        "dipped 😡😡 absolute scam fr",
    ),
    (
        "The room we booked had a sea view, but we were given one facing the car park.",
        "Paid for a sea view and got the bloody car park! What a joke, you lot are a pack of "
        "shonky rip-off merchants!!",
    ),
    (
        "The letting agent still hasn't returned my deposit five weeks after I moved out.",
        "Five weeks since I moved out an' still nae deposit! Yous are a bunch of chancers, "
        "absolute rockets the lot of ye. Pay up NOW!",
    ),
    (
        "A transfer of ₦50,000 was debited from my account but never reached the recipient.",
        "Una don debit my ₦50,000 and the person never receive am!! This bank na SCAM, I'm so "
        "vexed right now, return my money sharp sharp!!",
    ),
    (
        "My delivery order was missing the main dishes and I was only refunded for the drinks.",
        "You forgot the ENTIRE MAIN COURSE and only refunded me for the drinks?! Are you "
        "kidding me?? Worst damn delivery service on the planet!!",
    ),
]

SINCERE = [
    "Who knew a broadband company could fix a fault in under an hour? Genuinely impressed, "
    "thank you Aoife.",
    "Of course the one day I forget my wallet, the café staff just say pay next time. Absolute "
    "legends, I went back the next morning and tipped double.",
    "After last year's mess with my passport renewal I expected the worst, but this time it "
    "arrived in six days. Thank you, honestly.",
    "Only joking about switching banks in my last email! Your team sorted the fraud within the "
    "hour and I'm staying put. Cheers.",
    "Well, that was a surprise: the plumber turned up early, cleaned up after himself and "
    "charged less than the quote.",
    "Never thought I'd say this about a council, but the pothole I reported on Monday was "
    "filled by Wednesday. Thank you.",
    "Shock of the century, my parcel came a day early and the box wasn't even squashed 😂 "
    "Genuinely chuffed, thanks.",
    "Not gonna lie, I was ready to hate this gym after the sign-up mix-up, but the staff have "
    "been brilliant ever since. Thanks Jordan.",
    "Of course it was our vet who stayed late on a Sunday to see the cat. We'll never forget "
    "it, thank you so much.",
    "The dentist actually made me laugh during a root canal. Who does that? Best experience "
    "I've ever had in that chair.",
    "Last time I flew with you my bag went to Lisbon without me, so I was nervous, but this "
    "time everything was perfect and the crew were lovely. Thank you.",
    "Fair play to the garage, they rang to say the part was cheaper than quoted and knocked "
    "€40 off the bill. Didn't see that coming.",
    "Wow, an actual human answered the phone on the second ring and sorted my meter reading in "
    "two minutes. Thank you!",
    "Sho, I honestly didn't expect the landlord to replace the whole geyser, but he had it "
    "done the same day. Much appreciated.",
    "Salamat po! Akala ko delayed na naman like last time, pero the rider came early and the "
    "food was still hot. Will order again 😊",
]

CALM_DRAFTS = [
    "This is RIDICULOUS. Order #SD-448120 was due on 14 June and it's now 2 July. I've paid "
    "£129.99 for a desk that apparently doesn't exist! @ShopDirectHelp you have until 5pm "
    "Friday 5 July to refund me or I'm posting a 1-star review on Trustpilot for everyone to "
    "see. Absolute clowns!!",
    "Booking ref QX7P2L, flight SH8841 from Gatwick on 03/09/2024 cancelled with two hours' "
    "notice and NOT ONE email! I'm out €312.50 for a replacement flight. @SkyHopAir sort your "
    "useless selves out. I want a full refund by 20 September or this goes on every review "
    "site going. Disgraceful!!!",
    "THREE WEEKS without internet! Account number 70031-558, fault ref FLT-99213, logged on 11 "
    "March at 09:40. I work from home, you absolute muppets! I want the £45.00 monthly charge "
    "credited back and an engineer booked by Monday 25 March, or I'm leaving a review at "
    "https://www.trustpilot.com/review/fibrenet.co.uk that will make your eyes water.",
    "Still waiting on my AU$2,400 bond for Unit 4, 14 Carlisle St, and I moved out on 28 "
    "February!!! @RayCoastRealty keeps ignoring every email. Useless, lazy lot. Pay it by 5pm "
    "Friday 15 March or I'm lodging it with NCAT and posting the whole saga on Google reviews. "
    "Absolutely disgusting service.",
    "You GAVE AWAY our table! Booking ref RES-20931, 8 people, 7:30pm on Saturday 12 October "
    "for my mum's 60th, and we'd paid a £100 deposit!!! Your manager Kyle actually laughed at "
    "us. Refund the £100 by Wednesday 16 October or I'm putting this all over Google and "
    "tagging @TheCopperPotLeeds. Shameful!",
    "WORST service ever!!! Order ID OD431209877, Rs 18,499 washing machine delivered damaged "
    "on 5 August, complaint no. CMP-552310 raised the same day and NO ONE has come. I have "
    "sent 6 emails to support@homekart.in. Replace it by 12 August or I will write reviews "
    "everywhere and tag @HomeKartCare on X. Shameless people!",
    "You charged me £347.20 on invoice INV-10482 for blood tests on 22/01/2025 that were NEVER "
    "done!! Absolute crooks! I've checked https://portal.oakfieldvets.co.uk/records and "
    "there's nothing there. Refund the £347.20 by 31 January or I'm reviewing you on Google "
    "and in every pet group in Swindon.",
    "I cancelled my membership on March 3rd, confirmation #GYM-77410, and you STILL took "
    "$59.99 on April 1st AND May 1st!!! Are you people thieves?! @FlexZoneFitness I want my "
    "$119.98 back by May 15th or I'm posting this on Yelp and Reddit for everyone to see. "
    "Unreal.",
]
