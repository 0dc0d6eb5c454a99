"""Blind round 93 (session 30): written by a helper session that saw no rule, no round and no
code, and measured once before anything was written from it, with the session's starting code
(672b846) and with its code of the time (after its speed work): the same reading with both,
threats 15/20, extortion 14/15, look-alikes 18/20 clean, plain pairs 10/10, dry pairs 5/10,
sincere 13/15, calm versions 10/10. After the fixes written from it: 19, 15, 19, 10,
5, 15, 10 (test_round_93.py). Left: a harm wished on a vet's children by way of "the same
treatment", "My solicitor will be in touch" (a legal threat, read as one by design), and five
dry jabs."""

EXTORTION = [
    (
        "Refund the £89.99 for the kettle that died after two days and the 1-star review "
        "comes down tonight. Your call."
    ),
    (
        "Here's the deal: comp our whole table's bill from Saturday and I'll bump my Google "
        "review from one star to five. Otherwise it stays up for everyone to read."
    ),
    (
        "I've got 40k followers on TikTok who would love a tour of your 'deep cleaned' room. "
        "Full refund for the three nights and that video never goes up."
    ),
    (
        "Would be a real shame if my Instagram followers saw these photos of the mould in the "
        "bathroom... unless of course my deposit finds its way back to me by Friday. "
        "Just saying 😉"
    ),
    (
        "Please be advised that I am prepared to withdraw my published Trustpilot review in "
        "full, conditional upon receipt of compensation in the sum of €150 within seven (7) "
        "days of the date of this correspondence."
    ),
    (
        "Either you upgrade me to business on the return leg or this whole thread goes on X "
        "with your CEO tagged. Pick one."
    ),
    (
        "Sir, kindly refund Rs 4,500 for the cancelled booking and I will delete my negative "
        "review from Google and MakeMyTrip both. Otherwise I am keeping it and posting in all "
        "my WhatsApp groups also."
    ),
    (
        "Abeg refund my ₦25,000 today and I will take down the Facebook post. If not, it "
        "stays there and I will put it on Nairaland too."
    ),
    (
        "Funny how memory works. A free month on my membership would probably make me forget "
        "all about writing up your gym on Reddit. Strange that 🤷"
    ),
    (
        "I am giving you one chance. Reverse the KSh 3,200 M-Pesa charge today and I will edit "
        "my review to 4 stars. If not, the 1-star stays and the screenshots go on X."
    ),
    (
        "Mate, chuck in a free service on the ute and I'll change my review to five stars. "
        "Fair trade I reckon."
    ),
    ("Refund the R1,850 call-out fee and I'll pull my HelloPeter complaint. Simple as that."),
    (
        "Grand so. Credit the €60 back to my account and I'll take the post down off the "
        "local Facebook group. Leave it and it stays up, and I'll add the pictures as well."
    ),
    (
        "I haven't posted my review of the practice yet. It's written and it's not pretty. "
        "Waive the £120 missed-appointment fee and it stays in my drafts."
    ),
    (
        "Look, I'm a reasonable guy. You send me a $200 gift card and my Yelp review "
        "magically turns into a glowing one. No gift card, no glowing review."
    ),
]

THREATS = [
    (
        "Nice silver Audi in the staff car park. Would be a shame if something happened to it "
        "while you keep stalling on my claim."
    ),
    (
        "Keep messing me about and you're getting done in, simple as. I'll be waiting by the "
        "back door when your shift finishes."
    ),
    (
        "I followed your van back to the depot yesterday. I know which driver lobbed my "
        "parcel over the fence and I know which street he parks on now."
    ),
    (
        "Your restaurant's all old timber inside, isn't it. Would go up quick. Just something "
        "to think about 🔥🔥"
    ),
    (
        "Hope your kids get the same treatment from a vet one day that my dog got from you. "
        "Actually, I hope it's worse."
    ),
    (
        "Tell the receptionist with the red hair she should watch herself in the car park "
        "after close. People remember faces."
    ),
    "🔪🩸 see you monday at the branch",
    (
        "I have been waiting eleven weeks for the boiler to be fixed. I've emailed, I've "
        "phoned, I've left voicemails. My daughter has asthma and we've been using a fan "
        "heater since October. The letting agent keeps telling me it's 'with the contractor'. "
        "If it isn't fixed by Friday I'm coming round to your office with my brothers and "
        "nobody is leaving till it's sorted, one way or another. I'm done being polite."
    ),
    (
        "Reckon your mechanic needs a few teeth knocked out for what he did to my gearbox. "
        "Might pop round and sort that myself."
    ),
    (
        "I know your house in Lekki and I know the car you drive. Continue to play with my "
        "money and see what will happen to you."
    ),
    (
        "I will come to that shop with my boys and we will teach that manager a lesson he "
        "will never forget. Mark my words."
    ),
    (
        "Tell your technician if I see him in Soweto again he won't be walking out. "
        "Ask around about me."
    ),
    (
        "Your delivery boy was rude to my mother. Tell him next time he enters this society "
        "he will go back with broken legs."
    ),
    (
        "I've got a full tank of gas and the principal's home address is on the PTA list. "
        "Maybe it's time we had a chat at her place, just me and a few of the dads."
    ),
    (
        "Dr Patel wrecked my tooth. I hope someone takes a drill to his face so he finds out "
        "how it feels."
    ),
    (
        "Ignore my bin complaint one more time and the whole lot is coming through the council "
        "office window. Bricks included."
    ),
    (
        "Checked in at 3pm, room not ready till 7, air con broken, and the night manager just "
        "shrugged at me. I've got a photo of his name badge and his face. Tell him to enjoy "
        "the walk to his car tonight."
    ),
    (
        "Tell that landlord of yours his windows won't last the week if my deposit isn't "
        "back. Going to be a lot of glass on that driveway."
    ),
    (
        "To the gate agent who laughed at me at gate 22: I got your name off the badge and "
        "found your Facebook. Lovely family you've got there. Be a shame."
    ),
    (
        "Third engineer no-show. Whoever finally turns up had better bring a mate, because "
        "he won't be leaving on his own legs 👊👊💀"
    ),
]

LOOK_ALIKES = [
    (
        "If the £240 isn't refunded by 30 June I'll be filing a claim through Money Claim "
        "Online. I'd rather not, but I will."
    ),
    (
        "This is my final attempt to resolve this with you directly. It's been eight weeks, "
        "so I'm entitled to go to the Financial Ombudsman, and that is what I'll do on Monday."
    ),
    (
        "Your agent actually said to me, 'I'll have you blacklisted if you keep ringing.' "
        "I've got the call recording and I'd like someone senior to listen to it."
    ),
    (
        "This electricity bill is killing me. £310 for a two-bed flat in May? Can someone "
        "please check the meter reading, I think it's been misread."
    ),
    (
        "I could murder a cup of tea after four hours sitting in A&E, and then the car park "
        "machine charged me €12 on top. Surely that's not right for patients."
    ),
    (
        "Watched the new Bond film in screen 4 last night and the scene where he blows up the "
        "dam was the only part where the sound worked properly. Please get the audio checked."
    ),
    (
        "I'll be watching my statement closely over the next month to make sure the duplicate "
        "charge is actually reversed as you promised."
    ),
    (
        "I've already left a 2-star review on Trustpilot describing what happened. I'm "
        "emailing as well because I still need the fault on the washing machine fixed."
    ),
    (
        "If the debit is not reversed by Friday I will dispute it with my bank as a chargeback "
        "and also write to the CBN consumer protection department. I have all the receipts."
    ),
    (
        "I've reported the seller to Trading Standards. I'm letting you know so you're aware "
        "it's in progress, not to get anything out of you."
    ),
    (
        "I will be escalating this matter to the Communications Authority of Kenya if my line "
        "is not restored within 48 hours."
    ),
    (
        "I have registered a complaint on the National Consumer Helpline and will approach "
        "the consumer forum if my refund is not processed this month."
    ),
    (
        "I'll be cancelling my contract and moving to another network. Please confirm the "
        "notice period and any outstanding balance so I can settle it."
    ),
    (
        "I'm going to leave an honest review either way, whatever you decide about the "
        "refund. People deserve to know how this went, good and bad."
    ),
    (
        "The bailiff told my mum 'we'll break the door down if you're not in on Friday.' "
        "Is that actually allowed? She's 78 and terrified. I'd like this looked into."
    ),
    (
        "The boss fight where you have to kill the dragon crashes my console every single "
        "time. Please patch it, I paid £60 for this game."
    ),
    (
        "Saw on the news that your CEO got a £2m bonus the same week my premium went up 40%. "
        "Not a great look, and I'll be shopping around at renewal."
    ),
    (
        "My solicitor will be in touch about the damage to my car at your car wash. Please "
        "preserve the CCTV footage from 12 March."
    ),
    (
        "My landlord is going to be the death of me. Third time asking about the leak under "
        "the sink and still nothing. I'm contacting the council's housing team next."
    ),
    (
        "I'll be lodging a complaint with the TIO tomorrow if the NBN fault isn't fixed. "
        "Five weeks without internet and I work from home."
    ),
]

PAIRS = [
    (
        (
            "My suitcase didn't arrive on flight BA117 on Tuesday. I filed a report at the "
            "airport but haven't heard anything in four days. Could you give me an update?"
        ),
        (
            "FOUR DAYS and still no suitcase from BA117!!! Your baggage team is completely "
            "useless and nobody has bothered to call me once. Absolutely pathetic."
        ),
    ),
    (
        (
            "My card was blocked while I was abroad even though I'd set up a travel notice. "
            "It took two hours on the phone to unblock it. Could you tell me why this happened?"
        ),
        (
            "You blocked my card ABROAD after I TOLD you I was travelling! Two hours on the "
            "phone like an idiot. What is the point of your stupid travel notice?? Useless bank."
        ),
    ),
    (
        (
            "My broadband has dropped out every evening for the past two weeks. I've restarted "
            "the router as advised but it hasn't helped. Could you send an engineer?"
        ),
        (
            "Broadband has died EVERY SINGLE NIGHT for two weeks!!! Don't you dare tell me to "
            "restart the router again. Worst provider I've ever had, a complete joke."
        ),
    ),
    (
        (
            "We waited 90 minutes for our mains on Saturday night and the food was lukewarm "
            "when it came. We mentioned it to the server but nothing was offered."
        ),
        (
            "NINETY MINUTES for cold food on Saturday and your clueless waiter just shrugged "
            "at us! Never been treated so badly in a restaurant in my life. Disgraceful!!!"
        ),
    ),
    (
        (
            "I reported damp and black mould in the bedroom in November and it still hasn't "
            "been treated. Please could you let me know when someone will come to look at it?"
        ),
        (
            "Since NOVEMBER I've been begging you to deal with the mould in my bedroom!! You "
            "couldn't care less as long as the rent goes in. Worst landlord in London, hands down."
        ),
    ),
    (
        (
            "The driver left my parcel in the recycling bin rather than with a neighbour and "
            "it got wet. The contents are damaged. I'd like to start a claim, please."
        ),
        (
            "Your driver shoved my parcel IN THE BIN and now it's soaked and ruined. Who hires "
            "these people?!? Absolutely brainless, every one of you."
        ),
    ),
    (
        (
            "I cancelled my membership in writing in January but I've been charged for "
            "February and March. Please refund both payments and confirm the cancellation."
        ),
        (
            "I CANCELLED in January and you've STILL taken money for February and March!!! "
            "This is bloody theft. Give me my f***ing money back, you crooks."
        ),
    ),
    (
        (
            "I was charged £400 for new brake pads, but another garage has since told me the "
            "old pads are still fitted. Could you explain this and look at a refund?"
        ),
        (
            "You charged me £400 for brake pads you NEVER fitted!!! Another garage showed me "
            "the old ones still on. You're liars and con artists, plain and simple."
        ),
    ),
    (
        (
            "Bella's appointment lasted about five minutes and the vet didn't examine her leg "
            "properly, but we were charged the full fee. Could we see a different vet?"
        ),
        (
            "FIVE MINUTES with my dog and you charged me the full whack!! The vet barely "
            "touched her leg. You don't give a damn about animals, only money. Shameful."
        ),
    ),
    (
        (
            "I submitted my home insurance claim seven weeks ago and still don't have a "
            "decision. I've sent every document requested. Can you tell me what's holding it up?"
        ),
        (
            "SEVEN WEEKS and no decision on my claim!!! I've sent every form you asked for, "
            "twice. Happy to take the premium but pay out? NEVER. Absolute crooks."
        ),
    ),
    (
        (
            "My order was sold as next-day delivery but it took three weeks to arrive. "
            "I'd like a refund of the delivery charge, please."
        ),
        (
            "Three weeks for next-day delivery. I had no idea you ran on a different calendar "
            "from the rest of us, very forward-thinking of you."
        ),
    ),
    (
        (
            "I spent over two hours on hold to your customer line on Saturday afternoon before "
            "reaching anyone. A call-back option would really help."
        ),
        (
            "Two hours on hold on Saturday. Lovely of you to lay on the same four bars of hold "
            "music on a loop all afternoon, it really made my weekend."
        ),
    ),
    (
        (
            "There was a cockroach in room 214 on our first night. We'd like to be moved and "
            "for the room to be treated."
        ),
        (
            "Really appreciate the bonus wildlife in room 214. Our cockroach was a delightful "
            "roommate and didn't even ask for a share of the minibar."
        ),
    ),
    (
        (
            "My 2:30 appointment didn't start until 3:40. I understand delays happen, but a "
            "heads-up would have helped."
        ),
        (
            "Seventy minutes in the waiting room for a 2:30 appointment. I now know every "
            "leaflet on gum disease by heart, so that's my education sorted."
        ),
    ),
    (
        (
            "My gas bill was estimated at about three times my actual usage. I've attached a "
            "meter photo and would like the bill recalculated."
        ),
        (
            "Love that you estimated my gas usage at triple what I actually used. Such faith "
            "in my cooking is genuinely flattering."
        ),
    ),
    (
        (
            "My four-year-old was seated twelve rows away from me on the flight to Malaga. "
            "Please could families be seated together in future?"
        ),
        (
            "So thoughtful of you to seat my four-year-old twelve rows away from me. Nothing "
            "builds independence like a solo flight to Malaga at that age."
        ),
    ),
    (
        (
            "The engineer has missed three booked appointments now. Please confirm a new date "
            "and let me know that someone will actually attend."
        ),
        (
            "Third missed engineer appointment. I'm beginning to think your engineer is more of "
            "a local legend than a real person, a sort of broadband yeti."
        ),
    ),
    (
        (
            "I only found out about the school trip on the morning it left, from a note in my "
            "son's bag. Could trip letters be sent home earlier, or by email?"
        ),
        (
            "Thank you for the thrilling surprise of learning about the school trip the morning "
            "it left, via a crumpled note at the bottom of a bag. Keeps us parents on our toes."
        ),
    ),
    (
        ("The latest update deleted all of my saved recipes. Is there any way to restore them?"),
        (
            "Really impressed by how thoroughly the latest update cleared out all my saved "
            "recipes. Saves me the bother of choosing what to cook, I suppose."
        ),
    ),
    (
        (
            "A transfer between my two accounts with you took five working days to clear. "
            "Could you explain why it took so long?"
        ),
        (
            "Five working days to move money between two of my own accounts at the same bank. "
            "Reassuring to see the carrier pigeons are still on the payroll."
        ),
    ),
]

SINCERE = [
    (
        "I didn't expect anyone to actually read my complaint, let alone ring me the next day "
        "and sort it. Thank you, Priya, you've restored my faith in your company."
    ),
    (
        "Who knew a courier could be this good?! Parcel went missing, I reported it at 9am "
        "and a replacement was on my doorstep by teatime. Brilliant service!"
    ),
    (
        "Of course they fixed it properly, they always do. Ten years I've been taking my cars "
        "to this garage: honest, quick and a fair price every time. Can't recommend them enough."
    ),
    (
        "Honestly thought I'd be fighting the insurer for months after the flood. Claim "
        "approved in eleven days and the loss adjuster was kind the whole way through. "
        "Thank you."
    ),
    (
        "After the mix-up with our first booking I was ready to give up on this hotel, but the "
        "manager apologised in person, upgraded us and left a card for our anniversary. "
        "Lovely people."
    ),
    (
        "God bless you people! My transfer was stuck for three days and your customer care "
        "lady stayed on the line with me until the money reflected. I am very grateful."
    ),
    (
        "Asante sana to the team at the Westlands branch. I had been struggling with my line "
        "for a week and you restored it within an hour. Very professional."
    ),
    (
        "Very happy with the service. Earlier the technician did not come, but today two "
        "people came on time, fixed the AC and even cleaned up after. Thank you so much team!"
    ),
    (
        "Gotta hand it to the team at the vet. Bella was in a bad way on Sunday night and "
        "they stayed back to operate. She's home and wagging. Legends, the lot of you."
    ),
    (
        "Fair play to the lads at the council, the streetlight I reported was fixed in two "
        "days. Didn't think I'd ever be saying that, but there you go. Delighted."
    ),
    (
        "Eish, I was so stressed when our electricity was cut by mistake, but the technician "
        "came out the same evening and apologised. Really appreciate it, thank you!"
    ),
    (
        "What a turnaround! Last month my order arrived damaged, this month you sent it "
        "double-wrapped with a little note saying sorry again. That's how you keep a customer."
    ),
    (
        "I was terrified of dentists after a bad experience years ago and didn't expect to "
        "leave smiling. Dr Okafor explained every step and it didn't hurt once. Thank you!!"
    ),
    (
        "I complained about the broken showers in January and genuinely did not expect new "
        "ones to be in by February. Thank you for listening, it makes a real difference."
    ),
    (
        "I have to say, our landlord is a rare find. The boiler packed in on Christmas Eve and "
        "he had someone here within three hours. Couldn't be more grateful."
    ),
]

CALM_DRAFTS = [
    (
        "Order #HX-448921 STILL hasn't arrived and it's now 3 March!!! I paid £349.99 on "
        "14/02/2025 for a 'next day' coffee machine and your tracking page "
        "(https://track.shopnest.co.uk/HX-448921) has said 'out for delivery' for TWO WEEKS. "
        "I've emailed support@shopnest.co.uk four times and rung 0345 600 2211 and been cut "
        "off every single time. Your customer service is a f***ing joke. I want a full refund "
        "of £349.99 to my card by Friday 7 March or I'm going to my bank for a chargeback, and "
        "I'll be tagging @ShopNestUK so everyone sees what cowboys you are!!!"
    ),
    (
        "Booking ref BKG-77310. Flight SH2214 from Dublin on Friday 16 Feb was cancelled at "
        "05:40 with ZERO notice and I had to buy a new flight for €612 on another airline. "
        "Your app kept telling me to rebook 'within 72 hours', absolutely useless!!! I've "
        "written to customercare@skyhopair.ie and tweeted @SkyHopAir twice, nothing. "
        "Here's the deal: refund the €612 plus the €38 taxi and I'll delete my Trustpilot "
        "review. Otherwise it stays up and it gets worse. You lot are a shambles from top "
        "to bottom."
    ),
    (
        "Oh wonderful, another 'system error'. You charged me $1,240.50 TWICE on 01/15/2025 "
        "for rent from my account ending 4471 and it's now been eleven days. I called "
        "1-800-555-0199 at 9:05am and waited 2 hours 14 minutes to be told to 'be patient'. "
        "Sure, I'll just be patient while my landlord slaps me with a $75 late fee. Dispute "
        "case #DC-590213 has been 'in review' forever and disputes@firstharbor.com sends an "
        "auto-reply. Twelve years I've banked with you people and this is how you treat me??? "
        "Fix it TODAY."
    ),
    (
        "Account number 5500 8812 34. Your people disconnected my electricity on 22 January "
        "even though I paid R3,200 on 10 January, proof of payment reference EFT-883120. I "
        "phoned 0860 037 566 FIVE times and every time someone promises a callback within "
        "24 hours. Nothing!!! A whole fridge of food is rotten. Your technician Sipho said "
        "'not my problem' to my face. If the power isn't back by 18:00 tomorrow I'm coming to "
        "the Randburg office with my neighbours and we'll make sure nobody there goes home. "
        "Email me at thabo.m@webmail.co.za. Useless, useless, USELESS."
    ),
    (
        "Dear Mr Harding, this is the FOURTH time I'm writing about the damp in Flat 3B, "
        "27 Elm Road. I first reported it on 9 October 2024 and sent photos to "
        "lettings@hardingproperties.co.uk. You took my £1,150 deposit and take £925 every "
        "month and you can't be bothered to send someone round with a dehumidifier?? My son "
        "has been coughing for weeks. You are a lazy, greedy excuse for a landlord. Council "
        "environmental health case ref EH/2025/0412 is now open. Call me on 07700 900418 "
        "before 5pm Thursday 20 March. Disgusting."
    ),
    (
        "This is totally unacceptable!!! My broadband (customer ID 1029384756) is down since "
        "5 April and your technician has not come even ONCE. I paid Rs 2,359 for the "
        "quarterly plan on 28 March. I raised complaint SR-44120987 and tweeted @QuickNetCares "
        "three times. Your call centre 1800-419-7000 just plays music for 40 minutes and "
        "disconnects. I work from home and lost 3 days of salary because of your nonsense. "
        "Idiots, all of you. Send a technician by 11am tomorrow or refund the full amount to "
        "my UPI id ravi.k@okbank. Pathetic service."
    ),
    (
        "Brilliant work, guys, truly. Dropped my Hilux (rego 1AB-2CD) at your Parramatta "
        "workshop on Monday 3 June at 7:30am for a $480 service. Picked it up at 5pm and it's "
        "been pissing oil all over my driveway since. Invoice INV-20931 says 'oil and filter "
        "changed', so clearly someone forgot to tighten the sump plug. Rang 02 9555 0187 and "
        "your bloke hung up on me. Bloody cowboys. Fix it for free and cover the $180 "
        "driveway clean and I won't post the photos with @WestieAutoCare tagged. Otherwise "
        "they go everywhere. Reply to jacko.reid@mailbox.com.au."
    ),
    (
        "Reservation ref HTL-20581. We checked in to your Naivasha hotel on 12/08/2024 for "
        "3 nights at KSh 14,500 per night, KSh 43,500 total, paid by M-Pesa (code "
        "QHT7XK2P9L). The room smelled of smoke, the shower was cold and at 23:15 reception "
        "told us 'nothing can be done'. NOTHING?!! We paid for a lake-view double, not a damp "
        "box behind the kitchen. I emailed reservations@lakeshorenaivasha.co.ke the next "
        "morning and called +254 712 345 678 twice. Not one reply. Total conmen. Your site "
        "https://www.lakeshorenaivasha.co.ke/rooms says 'luxury', what a joke. I want "
        "KSh 29,000 back for the two nights we suffered."
    ),
    (
        "Order number JM-5520871. I paid ₦185,000 on 2 February for a Samsung phone and what "
        "you delivered on 9 February is a FAKE. Even the box is torn!!! I have called "
        "0700 600 0000 every day and sent 6 emails to help@jumpmart.ng. Nobody answers. You "
        "people are thieves, scammers of the highest order. I have already tagged @JumpMartNG "
        "on Twitter and everybody is seeing what you did. Refund my full ₦185,000 by 5pm "
        "Friday or I will come to your Ikeja office myself and you will see what I will do "
        "there. I am tired!!!"
    ),
    (
        "I brought Milo in on Saturday 8 March at 10:15 for what your receptionist called a "
        "'routine check' and walked out with a bill for £612.40. NOBODY mentioned bloods, an "
        "X-ray or a £95 'consultation uplift'. Invoice VET-33018. When I queried it on "
        "01632 960 771 I was told to 'read the T&Cs on www.parksidevets.co.uk'. Seriously?! "
        "Oh yes, because everyone reads the small print while their dog is shaking on the "
        "table. You are money-grabbing vultures who care more about profit than pets. I've "
        "emailed accounts@parksidevets.co.uk for an itemised breakdown and a refund of the "
        "£95. I expect a reply by 14/03/2025."
    ),
]
