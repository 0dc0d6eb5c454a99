"""Blind round 121 (session 37): written by a helper session that saw no rule, no round and no
code, written after the session's changes were made, to check them, themed on mobile phone
repair, school uniform suppliers, beauty salons, builders merchants, vets, concert venues, car
mechanics and MOT centres, coffee chains, buy-now-pay-later apps, moving and storage,
pharmacies, guesthouses in Ireland and New Zealand. Held out: measured with the session's
starting code (299a0a8): extortion 15/15, threats 14/20, look-alikes 20/20, plain pairs 9/10,
dry pairs 6/10, sincere 13/15, calm versions 16/16. With the session's changes (words of praise
VADER rates low, a jab's window's praise; an accident foretold is no threat): extortion 15/15,
threats 14/20, look-alikes 20/20, plain pairs 9/10, dry pairs 6/10, sincere 13/15, calm versions
16/16. Nothing was written from it. Kept as a floor."""

EXTORTION = [
    (
        "Dear Ms Keane, I have drafted a rather detailed account of our stay at Glenbeg "
        "House for Tripadvisor, including the damp in Room 4 and the mould behind the "
        "wardrobe. I would be content to leave it unpublished were the second night (€145) "
        "to be refunded to my card. Kind regards, Philip Ashworth"
    ),
    (
        "Screen's cracked again two days after your so-called repair. Sixty quid back in my "
        "hand and the Google review never happens. No money, and every group chat in Leyton "
        "gets the photos."
    ),
    (
        "ngl ur barista was proper rude 2 me this morning. free drinks 4 a month n i'll take "
        "the tiktok down, its on 3k views already lol ur call"
    ),
    (
        "Aye, I've a wee Facebook post sittin in my drafts aboot the timber yous sold me, "
        "half of it bent like a banana. Knock the delivery charge aff the invoice and it "
        "never sees the light o day. Up tae you, pal."
    ),
    (
        "Look, I'm not wanting a row. But the bill for Bran was a disgrace and I've a Google "
        "review half written on the phone here. Take the €90 consultation off and sure we'll "
        "say no more about it, grand?"
    ),
    (
        "Good day sir. Please I have already typed my complaint for Twitter and I tagged "
        "your CEO in the draft. If una can reverse the ₦12,500 late fee today I will not "
        "post it. Make we settle am quietly, abeg."
    ),
    (
        "Kindly note I have prepared one detailed review for Google regarding the wrong "
        "medicine given to my father. If you are adjusting the bill and giving 20% discount "
        "on next purchases also, I will not be posting the same. Please revert at the "
        "earliest."
    ),
    (
        "Howzit. Your okes at the workshop charged me R3,800 for a service my bakkie never "
        "even got, ja. I've got a lekker detailed HelloPeter review ready to go. Sort a "
        "refund by Friday and I'll just bin it, hey."
    ),
    (
        "Mate, your blokes put a dent the size of a dinner plate in my fridge. Google "
        "review's typed and sitting there. Chuck us a couple hundred bucks for the hassle "
        "and I'll forget the whole thing ever happened. Fair's fair."
    ),
    (
        "Well bless your hearts, y'all had us standing in the rain an hour past doors. My "
        "niece writes for a real popular Yelp account and she is just itching to tell folks "
        "about it. I reckon a couple of VIP passes for next month might change her mind, "
        "sugar."
    ),
    (
        "It would be such a pity if the sweet little salon everyone on the village Mumsnet "
        "thread adores suddenly had a very honest post about my brows pinned to the top. I'm "
        "sure a complimentary treatment would make me forget how to type."
    ),
    (
        "I'll happily bump my Trustpilot rating from 1 star to 5 once the £38 blazer is "
        "refunded AND you throw in the PE kit for free. Until then it stays at 1 and I'll "
        "keep adding photos every week."
    ),
    (
        "Kia ora, simple proposal: you waive the $80 cleaning fee and I swap my Tripadvisor "
        "review for a glowing one. Otherwise it goes up on r/newzealand too, with the photos "
        "of the shower. Let me know by tonight."
    ),
    (
        "I moderate one of the biggest phone-repair forums in the UK. I could write up my "
        "experience with your shop, or I could not. A full refund plus a free battery swap "
        "tends to make me very forgetful."
    ),
    (
        "Failed my MOT on brake discs another garage says are fine. Here's the deal: you pay "
        "for the retest plus £100 for my trouble, or the thread with the photos and your "
        "manager's name goes up on X tomorrow at 9am. Your move."
    ),
]

THREATS = [
    (
        "Saw your red Fiesta parked round the back of the salon again. Be a shame if someone "
        "did to its brake lines what your girl did to my nails."
    ),
    (
        "Your little one's at St Brigid's, isn't she? Green jumper, blonde plait, out the "
        "gate at ten past three. Tell her daddy to sort my refund."
    ),
    (
        "Those old timber shopfronts on Market Street go up like kindling, don't they. Only "
        "a thought I had while I was waiting on my money."
    ),
    (
        "Next time I walk into that surgery it won't be with a dog on a lead, it'll be with "
        "a bat, for whichever one of you put Rex down without asking me."
    ),
    (
        "Men who rob pensioners have a habit of falling down stairs. Very icy, those steps "
        "outside your garage this time of year. Mind yourself."
    ),
    (
        "I hope your kids get sick some night and every chemist in town is shut. Then maybe "
        "you'll learn. And if God doesn't see to it, I will."
    ),
    (
        "Give me the name of the mechanic who did my clutch. Just want a quiet word with him "
        "in the car park after his shift. A very quiet word. He won't be saying much after "
        "it."
    ),
    "u think ur safe behind that phone counter?? glass breaks bro. see u saturday 👊",
    (
        "Me and my brothers are coming down to that storage yard in Swords on Sunday. Bring "
        "as many of your lads as you like, it won't help them."
    ),
    (
        "Queenstown's a small place and the lake's very cold and very deep. I'd be careful "
        "walking home from that guesthouse after dark, love."
    ),
    (
        "Keep your bar staff indoors after the show tonight. I can't be held responsible for "
        "what my lads do to the one who threw us out."
    ),
    (
        "If one more penny leaves my account I'm coming to your office and somebody is going "
        "out on a stretcher. It won't be me."
    ),
    (
        "Very politely: I know which bus stop your receptionist waits at after her shift. I "
        "have been patient for three weeks. Patience is a finite thing."
    ),
    (
        "The girl who burnt my eyelids had better hope she never bumps into me on a night "
        "out. She'll need more than lash glue to put her face back together."
    ),
    (
        "Tell Priya, the barista with the nose ring, I'll be waiting by the bins at closing. "
        "She'll be making lattes one-handed for a good while."
    ),
    (
        "Lovely guesthouse. Lovely old thatch on it. Amazing what a tenner of petrol gets "
        "you in Kenmare these days."
    ),
    (
        "Funny how fellas like you always end up in the local paper sooner or later. Usually "
        "under a headline with the word 'tragic' in it. Think on."
    ),
    (
        "Got your home address off Companies House. Might bring your shoddy plasterboard "
        "round and return it personally, through the front window, at 3am."
    ),
    (
        "Pass this on to the removal crew: I've got all four faces off my doorbell cam and "
        "friends who are very good at finding people. They'll be lifting nothing heavier "
        "than a spoon by Christmas."
    ),
    (
        "Ring my mam ONE more time about your 'missed instalment' and I'll find that call "
        "centre and drag whoever's on the headset out by the hair. Go on, test me."
    ),
]

LOOK_ALIKES = [
    (
        "If the late fees on my account aren't reversed within 8 weeks I'll be referring "
        "this to the Financial Ombudsman. That's just my next step, letting you know so it's "
        "on record."
    ),
    (
        "I've filed a small claims case for the £420 your movers owe me for the broken "
        "wardrobe. The hearing is on the 12th and I've sent you a copy of the papers."
    ),
    (
        "My bank is processing a chargeback for the concert tickets, since the show was "
        "cancelled and I never got a refund from you."
    ),
    (
        "I'm reporting this to Trading Standards. The 'school approved' badge on your "
        "blazers isn't authorised by the school, I checked with the office."
    ),
    (
        "Just so you know, I've left a 2-star Google review about the missed appointment at "
        "the salon. Not asking for anything, I just think people should know about the wait."
    ),
    (
        "This app is killing me 😩 third time tonight it's logged me out halfway through "
        "paying my instalment."
    ),
    (
        "The queue at the chemist this morning was murder. 45 minutes for a repeat "
        "prescription with one pharmacist on."
    ),
    (
        "Fire risk: the extension lead behind the hood dryers in your salon was scorched and "
        "smelled of burning plastic. Please get an electrician to look before someone gets "
        "hurt."
    ),
    (
        "There's a loose cable hanging from the ceiling in aisle 6 of your Hatfield branch, "
        "about head height. Someone is going to walk straight into it."
    ),
    (
        "Sorry I missed the 2pm collection of my car, I got rear-ended on the ring road on "
        "the way over. Nobody hurt, just shaken. Can I come tomorrow instead?"
    ),
    (
        "lol my sister says she'll murder me if I crack her phone screen again so here I am "
        "booking a repair before she gets home 😂"
    ),
    (
        "Ordered the 'Death by Chocolate' frappé and it arrived lukewarm and half full. Not "
        "the end of the world, but not right for £5.10."
    ),
    (
        "Your 'Armageddon Armour' phone case claims to be military grade and it split down "
        "the side the first time I dropped it."
    ),
    (
        "Our dog Killer (he's a chihuahua, the name is a family joke) has been sick three "
        "times since his vaccination this morning. Could a vet ring me back please?"
    ),
    (
        "Honestly I'm going to lose my mind if I have to type my booking reference into your "
        "chatbot one more time."
    ),
    (
        "There was a strong smell of gas near the guesthouse kitchen at breakfast today. I "
        "told the owner straight away but wanted it noted in writing as well."
    ),
    (
        "The crowd surge at the front barrier during the encore was frightening, a girl next "
        "to me fainted. Please review your security arrangements before the next show."
    ),
    (
        "The garage said my brakes were a death trap and I shouldn't drive until they're "
        "done. Can I book the MOT retest for Tuesday afternoon?"
    ),
    (
        "If the refund isn't with me by Friday I'll dispute the payment with my card "
        "provider and cancel the direct debit."
    ),
    (
        "I'll be honest in my Tripadvisor review: the breakfast was wonderful, the room was "
        "cold. That's all it'll say. Lovely hosts, no hard feelings at all."
    ),
]

PAIRS = [
    (
        (
            "Hi, I dropped my phone in for a battery replacement on Monday and was told it would "
            "take two hours. It's now Thursday and I haven't heard anything. Could you give me "
            "an update please?"
        ),
        (
            "MONDAY. I dropped it off on MONDAY for a 'two hour' battery swap and it's now "
            "THURSDAY!!! Nobody answers the phone, nobody answers emails, are you lot even "
            "OPEN?? I want my phone back TODAY or my money back, simple as!!!"
        ),
    ),
    (
        (
            "The school jumpers I ordered arrived in age 7-8 rather than 11-12. Could you send "
            "the correct size before term starts on the 4th?"
        ),
        (
            "You sent my son jumpers that would fit his LITTLE SISTER!!! 7-8 when I CLEARLY "
            "ordered 11-12. Term starts on the 4th so sort it out NOW. Absolute s**t service."
        ),
    ),
    (
        (
            "My gel nails started lifting after three days. I'd like to come back in and have "
            "them fixed, please."
        ),
        (
            "THREE DAYS and my gels are peeling off like cheap stickers!!! £45 for THIS?? "
            "Whoever did them needs retraining, a child with a felt tip would do better. Fix "
            "them FREE or refund me."
        ),
    ),
    (
        (
            "We were told the plasterboard would arrive between 8 and 12 but it didn't come. The "
            "plasterers were waiting all morning. Could you rebook, and can we talk about the "
            "lost day?"
        ),
        (
            "Had TWO plasterers standing around all morning at £200 a day each waiting for YOUR "
            "lorry that NEVER turned up!!! Not a call, not a text, nothing. So who's paying for "
            "that?? Because it's not f***ing me."
        ),
    ),
    (
        (
            "I was charged £180 for what I understood was a routine check-up for my cat. Could "
            "someone explain the itemised costs?"
        ),
        (
            "£180!!! For a CHECK-UP?!? Nobody mentioned any of these 'extras'. You're a bunch of "
            "money-grabbing vultures preying on people who love their pets. Itemised bill and an "
            "explanation IMMEDIATELY."
        ),
    ),
    (
        (
            "The accessible viewing platform was full when we arrived, even though we had booked "
            "spaces. Can you tell me what happened and whether a refund is possible?"
        ),
        (
            "We BOOKED the accessible platform WEEKS ago and it was RAMMED with people who had "
            "no business being there!!! My wife spent the whole gig in her wheelchair staring at "
            "people's backs. Disgrace. REFUND. NOW."
        ),
    ),
    (
        (
            "My car was in for a clutch replacement and there's now a grinding noise that wasn't "
            "there before. Could you take another look at it?"
        ),
        (
            "Paid you £650 for a clutch and now it sounds like a bag of spanners in a tumble "
            "dryer!!! Did ANYONE actually test drive it?? Clowns. Book it in TOMORROW and don't "
            "even think about charging me."
        ),
    ),
    (
        (
            "I've been charged twice for one order through your app this morning. Could you "
            "refund the duplicate £4.20?"
        ),
        (
            "Your rubbish app charged me TWICE for ONE flat white!!! £8.40 for a coffee?? Is "
            "this a scam or are your developers just clueless? REFUND the £4.20 or I'm deleting "
            "this garbage."
        ),
    ),
    (
        (
            "I made my payment on the 3rd but the app still shows it as overdue and has added a "
            "£12 late fee. Please could you check and remove it?"
        ),
        (
            "I PAID ON THE 3RD. I have the bank statement. And you STILL slapped a £12 late fee "
            "on me!!! Your app is a joke and your 'support bot' is thicker than a brick. Remove "
            "it TODAY."
        ),
    ),
    (
        (
            "Two boxes labelled 'kitchen' are missing from yesterday's delivery. Could you check "
            "the van and the storage unit for them?"
        ),
        (
            "TWO boxes MISSING. Labelled KITCHEN in massive letters!!! Did your lads have a car "
            "boot sale on the way?? I am NOT eating off paper plates while you 'look into it'. "
            "Find them TODAY!!!"
        ),
    ),
    (
        (
            "My prescription was meant to be ready on Tuesday, but when I came in it hadn't been "
            "made up and I had to come back the next day. Could this be improved?"
        ),
        (
            "I do admire the confidence it takes to text me on Tuesday that my prescription is "
            "ready for collection when it would in fact be ready on Wednesday. Aspirational "
            "messaging. It gave me something to look forward to."
        ),
    ),
    (
        (
            "The heating in our room didn't work on the first night and it was very cold. We'd "
            "appreciate a partial refund."
        ),
        (
            "Thank you for the authentic west of Ireland experience of sleeping in our coats. I "
            "hadn't realised the rate included a free lesson in how the sheep must feel in "
            "February. We'd be glad to discuss what that's worth."
        ),
    ),
    (
        (
            "The sea view room we booked looks onto the car park. Could we move rooms or have a "
            "discount?"
        ),
        (
            "The sea view is lovely, provided one accepts a row of campervans as a metaphor for "
            "the ocean. I spent a happy afternoon listening to the gentle waves of reversing "
            "sensors. Perhaps we could talk about a discount, or a ladder."
        ),
    ),
    (
        (
            "My oat milk latte was made with dairy milk and I'm lactose intolerant. Please make "
            "sure staff check the order."
        ),
        (
            "Much appreciated, the team's commitment to helping me rediscover dairy after eleven "
            "years. My stomach and I spent a very reflective afternoon together. Perhaps the "
            "word 'oat' on the cup could be read next time, if it's not too much bother."
        ),
    ),
    (
        (
            "I waited 90 minutes past my appointment time with a very anxious dog. Could you let "
            "people know when you're running late?"
        ),
        (
            "I'd like to thank the practice for the 90 bonus minutes in the waiting room with a "
            "trembling spaniel. Such quality bonding time is rare, and the leaflet on tapeworms "
            "was genuinely gripping on the fourth read."
        ),
    ),
    (
        (
            "The app keeps offering to split my purchase into 4 payments and then declines it at "
            "checkout. Please could you fix this?"
        ),
        (
            "It's very kind of the app to keep offering to split my purchases into four and then "
            "gently decline them. A bit like being asked to dance and then having the music "
            "switched off. I'm sure there's a lesson in it somewhere."
        ),
    ),
    (
        (
            "I was told the test would take an hour, but it took all day and nobody rang to let "
            "me know. Please could you communicate better?"
        ),
        (
            "The one-hour test was a fascinating six and a half hours. I now know the vending "
            "machine's entire range and the first names of most of your regulars. Updates might "
            "be nice, though I concede they'd rob me of the suspense."
        ),
    ),
    (
        (
            "The embroidered logo on the polo shirts came off after two washes. Are they covered "
            "by any guarantee?"
        ),
        (
            "Two washes and the school crest has quietly left the polo shirt. I admire its "
            "independence. I suppose at £14.99 each one shouldn't expect a logo to commit to "
            "anything long term."
        ),
    ),
    (
        (
            "I was sent 40 bags of sharp sand instead of building sand. I'd like them collected "
            "and swapped, please."
        ),
        (
            "Forty bags of sharp sand instead of building sand. An easy mix-up, given both "
            "contain the word sand. They've been on the drive a week now and I've come to think "
            "of them as a sort of installation. Collection would still be appreciated."
        ),
    ),
    (
        (
            "I asked for a subtle brown tint on my brows but they came out very dark. I'd like "
            "to know what my options are."
        ),
        (
            "I asked for a subtle brown tint and received something closer to permanent marker. "
            "Several people have asked whether I've had some startling news, which is a nice "
            "conversation starter. Happy to hear my options once I stop looking astonished."
        ),
    ),
]

SINCERE = [
    (
        "Wow. Just wow. Dr Malone stayed two hours past closing to get Biscuit through his "
        "surgery and he's home eating already. Thank you all so much."
    ),
    (
        "Of course it was Aoife who remembered how I take my tea again on the second "
        "morning. Best guesthouse in Dingle, we'll be back next summer."
    ),
    (
        "Finally got my phone back and it's like new, battery lasts all day again. Worth "
        "every penny, thank you Jamal."
    ),
    (
        "Thanks for the update on my prescription, really appreciate the text saying it was "
        "delayed so I didn't make a wasted trip in the rain."
    ),
    (
        "Brilliant service from the movers today. Three flights of stairs, an upright piano "
        "and not one scratch on anything. Legends, the lot of them."
    ),
    (
        "Love that you've started a second-hand uniform rail. Saved us about £60 this year "
        "and the kids can't tell the difference."
    ),
    (
        "What a surprise when the café staff brought out a candle on my mum's slice of cake "
        "for her 80th. She was over the moon. Thank you."
    ),
    (
        "Just what I needed after a rotten week: a proper facial and a cup of tea. Sinead, "
        "you're a gem."
    ),
    (
        "Couldn't be happier with the new exhaust, and the mechanic even showed me the old "
        "part so I understood what had gone. Honest garage, rare these days."
    ),
    (
        "Wow, the app let me move my instalment date when I explained I'd been off sick. No "
        "fee, no fuss. Genuinely grateful."
    ),
    (
        "Of course I'll recommend you to everyone. Our host in Queenstown drove us to the "
        "airport at 5am herself when our taxi didn't turn up."
    ),
    (
        "Finally, a gig venue that's thought about access: ramp, quiet room, and staff who "
        "actually knew what they were doing. Thank you."
    ),
    (
        "Thanks for the update on the timber order. Tuesday delivery is perfect, the joiner "
        "isn't booked in until Wednesday anyway."
    ),
    (
        "Brilliant work by your pharmacist, who spotted that two of my nan's tablets "
        "shouldn't be taken together and phoned the GP. Could have been serious."
    ),
    (
        "Love that the MOT centre sends a video of the inspection now. Made it so easy to "
        "see what needed doing. Couldn't be happier, honestly."
    ),
]

CALM_DRAFTS = [
    (
        "To whoever is actually in charge at FixFast Mobile (Walthamstow branch),\n"
        "\n"
        "I brought my iPhone 13 in on 14/03/2024 at 10:15am, job ref FF-228417, for a screen "
        "replacement quoted at £119.99. Kyle at the counter PROMISED it would be ready by "
        "4pm. It is now 2024-03-19 and I have rung 020 8521 4476 SIX times. Every single "
        'time: "the technician\'s on lunch". A five-day lunch??\n'
        "\n"
        "When I finally got it back, Face ID doesn't work, the screen has a yellow tint and "
        "there's a gap down the left edge you could post a letter through. Brilliant work. "
        "Worth every penny.\n"
        "\n"
        "I emailed support@fixfastmobile.co.uk on 18 March and March 19th and got NOTHING. "
        "You NEVER reply. Your own page, www.fixfastmobile.co.uk/guarantee, says 90-day "
        "warranty. So honour it!!!\n"
        "\n"
        'Full refund of £119.99 plus the £15 "diagnostic fee" by Friday 22 March, or it\'s '
        "small claims, a Google review, and the whole saga tagged to @FixFastUK on X.\n"
        "\n"
        "Absolute sh*te service.\n"
        "Dionne Clarke\n"
        "07700 914 382"
    ),
    (
        "Good morning Schoolwear Direct,\n"
        "\n"
        "RE: ORDER #SWD-55902, placed 12 January 2024, paid R2,846.50 by EFT.\n"
        "\n"
        "I ordered two grey blazers (size 34), four white shirts and the Greenfield Primary "
        "tracksuit for my twins. School opened on 17/01/2024. It is now the 29th and I have "
        "received ONE shirt. ONE!!! My boys are the only two in Grade 3B wearing their "
        "cousin's old jerseys and the teacher has sent a note home. Thanks for that.\n"
        "\n"
        'I phoned 021 447 9120 on Monday at 8:05am and Thandi said it was "on the truck". On '
        'Wednesday Ruan said it was "not yet packed". Which one is it?? Do you people even '
        "talk to each other? Every single time I call, a different story.\n"
        "\n"
        "I have copied in orders@schoolweardirect.co.za and your manager, Mr Pieterse. If "
        "the full order is not delivered by 2 February I am going to the Consumer Goods and "
        "Services Ombud and onto HelloPeter with screenshots. The Greenfield parents "
        "WhatsApp group is also VERY interested in how this ends.\n"
        "\n"
        "Sort it out.\n"
        "Nomvula Dlamini\n"
        "082 631 4470"
    ),
    (
        "Hi, writing in English because your booking girl clearly can't understand me in "
        "Polish either.\n"
        "\n"
        "Booking no. BK-7731, Studio Lash & Brow, ul. Marszałkowska 84, Warsaw. 3 March, "
        '2:30pm, with "senior stylist" Kasia. Price on studiolashbrow.pl/cennik: 250 zł for '
        'volume lashes. At the till I paid 390 zł because apparently "extra volume". Nobody '
        "said ANYTHING about extra volume!!!\n"
        "\n"
        "Two days later half of them fell out. HALF. I have photos dated 2024-03-05 showing "
        "bald patches on both eyes, and my eyes itched for a week. Kasia laughed when I "
        "showed her. Laughed!!! Very professional, 10/10.\n"
        "\n"
        "I messaged @studiolashbrow_waw on 6 March and March 8th. Seen, no answer. Emailed "
        "kontakt@studiolashbrow.pl. Nothing. You NEVER answer anything that isn't a new "
        "booking, do you?\n"
        "\n"
        "I want 390 zł back on my card (ending 4471) by 20/03/2024. If not, I'm complaining "
        "to the Rzecznik Konsumentów and posting the photos on Google Maps and in the Warsaw "
        "expats Facebook group (38,000 members). Your choice.\n"
        "\n"
        "Emma Whitfield\n"
        "+48 512 880 143"
    ),
    (
        "G'day,\n"
        "\n"
        "Complaint re: invoice INV-440219, Coastline Building Supplies, Penrith yard.\n"
        "\n"
        "On 2nd April I ordered 60 lengths of H2 pine 90x45, 12 sheets of 10mm plasterboard "
        "and a pallet of GP cement, total A$4,312.80, paid in full. Delivery booked for "
        "04/04/2024, 7 to 9am. Truck rocked up at 2:40pm. My chippie had gone home. That's "
        "A$680 in lost labour. Cheers.\n"
        "\n"
        "Then your driver Brett dumped the lot on the nature strip, snapped two sheets with "
        'the forklift and told me to "take it up with the office". Top bloke. When I rang 02 '
        '4721 9900 I was told Brett "never makes mistakes". He made about four in ten '
        "minutes!!!\n"
        "\n"
        "THIRD time this year. Every single time it's late, every single time something's "
        "broken, and you NEVER call ahead. Trade account TR-10882, six bloody years.\n"
        "\n"
        "Credit the A$680, replace the two sheets and get me an apology from Brett by Friday "
        "12 April. Otherwise I close the account, go to NSW Fair Trading and tell every "
        "builder on the Penrith Tradies page what a sh*tshow you run.\n"
        "\n"
        "Darren Kovac\n"
        "darren@kovacbuild.com.au | 0412 553 087"
    ),
    (
        "To the practice manager, Riverside Animal Hospital, Calgary\n"
        "\n"
        "Patient: Mochi (cat, 9). Client no. RAH-30917. Seen March 3rd, 2024 at 11:20 am by "
        "Dr. Halvorsen.\n"
        "\n"
        "Mochi wasn't eating. I was quoted CA$240 for an exam and bloodwork and signed for "
        "CA$240. Then I was handed a bill for CA$1,186.45, including an X-ray and a "
        '"wellness bundle" I NEVER agreed to. Your receptionist Tyler shrugged and said '
        '"that\'s the system". Wow. So glad my cat is in such caring hands.\n'
        "\n"
        "Nobody called with the bloodwork results. I phoned (403) 555-0142 on 5 March, 7 "
        'March and 11/03/2024. Every single time: "Dr. Halvorsen will call you back." She '
        "NEVER did!!! Another clinic found a urinary blockage in twenty minutes.\n"
        "\n"
        "I want an itemised breakdown emailed to k.osei.yyc@gmail.com and a refund of "
        "everything over the agreed CA$240, i.e. CA$946.45. If I hear nothing by 2024-03-22 "
        "I'm filing with the Alberta Veterinary Medical Association and posting a very "
        "detailed review on Google and r/Calgary.\n"
        "\n"
        "Kwame Osei"
    ),
    (
        "Subject: REFUND REQUEST - order #HH-2024-118823 - DISGRACEFUL!!!\n"
        "\n"
        "To Harbour Hall Shibuya,\n"
        "\n"
        "I bought 2 standing tickets at ¥8,800 each (¥17,600 + ¥1,320 fees) for the show on "
        "14/03/2024, doors 18:00, start 19:00. We queued from 17:15. Doors opened at 19:40. "
        "NO announcement, NO staff outside, just one guy with a sign in Japanese only. Then "
        'the band played 45 minutes because of your "curfew". Fantastic value.\n'
        "\n"
        "Inside, the bar ran out of water by 20:10. Someone fainted near me and it took "
        "security ELEVEN minutes to arrive. I timed it. One of your staff (badge: Yamada) "
        'told my friend to "move, move" and shoved her when she asked for help.\n'
        "\n"
        "I emailed info@harbourhall-shibuya.jp on 15 March and March 18th. Nothing. "
        'Meanwhile @HarbourHallTKY posts "Thanks for an amazing night!!" as if nothing '
        "happened. Are you serious??\n"
        "\n"
        "Refund ¥18,920 to my card by 2024-03-31. If not, I go to the Tokyo Consumer Center, "
        "do a chargeback and post the full write-up on r/japanlife. You clowns.\n"
        "\n"
        "Liam O'Rourke\n"
        "+81 90-4412-7735"
    ),
    (
        "Dear Sir/Madam,\n"
        "\n"
        "Reg: KX19 TYP. MOT ref MOT-77120, 9:00am, Thursday 7 March 2024, Brookside "
        "Autocentre, Stoke.\n"
        "\n"
        'Your tester Gary failed the car on "excessive corrosion to the subframe" and then '
        "tried to sell me a £1,240 repair on the SPOT. I said no and took it to another "
        "garage that afternoon, who passed it with NO advisories. NONE!!! So either Gary "
        "needs glasses or this is a scam. I know which one I think.\n"
        "\n"
        'I paid £54.85 for the test and £30 for a "pre-inspection" I NEVER asked for. I\'ve '
        'rung 01782 660 431 four times. Every single time the lad says Mr Hussain is "with a '
        'customer". Must be a very long customer.\n'
        "\n"
        "I have both results from https://www.check-mot.service.gov.uk, dated 2024-03-07.\n"
        "\n"
        "Refund the £84.85 by 21/03/2024 or I report Brookside to the DVSA, go to small "
        "claims and tell everyone on Google and Trustpilot to keep their motors well away "
        "from your f***ing cowboy outfit.\n"
        "\n"
        "Regards,\n"
        "Sandra Bellingham\n"
        "sandra.bellingham64@btinternet.com"
    ),
    (
        "To Customer Care, BrewBay Coffee\n"
        "\n"
        "Order ID: BB-DEL-0092651, placed via app on 2024-03-14 at 08:47 AM, Connaught Place "
        "outlet, New Delhi. ₹684 paid by UPI (txn 402188731190).\n"
        "\n"
        "I ordered 2 cold coffees and 1 paneer sandwich for pickup. When I reached at 9:05 "
        'the order was "not found". Staff Rohit told me "wait and see". I waited 25 minutes '
        "and was late for my office meeting!!! Then they gave me someone else's order with "
        "egg sandwich. I am vegetarian. Thank you so much for this very nice surprise.\n"
        "\n"
        "Money debited, order not given, refund still not come. I wrote to care@brewbay.in "
        'on 14/03 and 16/03 and tweeted @BrewBayIndia. Only auto reply "we regret the '
        'inconvenience". You people NEVER read what customer is writing. Every single time '
        "same copy-paste.\n"
        "\n"
        "Second time this month. On 3 March the app charged ₹350 twice.\n"
        "\n"
        "Kindly refund ₹684 + ₹350 = ₹1,034 within 7 working days, otherwise I will file on "
        "National Consumer Helpline (1915), go to consumer court and give 1-star everywhere. "
        "Pathetic service.\n"
        "\n"
        "Ankit Sharma\n"
        "+91 98110 45732"
    ),
    (
        "Dear PayLater9ja Support,\n"
        "\n"
        "This is my FOURTH email. Loan ID: PL9-883461. Phone on account: 0803 512 7749.\n"
        "\n"
        "On 3 March 2024 I bought a fridge on your app for ₦385,000, in 4 instalments of "
        "₦96,250. I paid the first two on time, transfers on 03/03/2024 and 2024-04-03 from "
        'GTBank. Your app is STILL showing instalment 2 as "overdue" and has added ₦14,500 '
        "late fees!!!\n"
        "\n"
        "Then your so-called recovery agent called my MOTHER and my PASTOR. My pastor!!! You "
        'people have no shame at all. The agent, "Mr Femi", called me a thief at 10:42pm on '
        "April 5th. I have the recording.\n"
        "\n"
        "I have sent everything to help@paylater9ja.com and DM'd @PayLater9ja on X. Every "
        'single time, a bot telling me to "kindly exercise patience". I have exercised '
        "patience until patience is tired.\n"
        "\n"
        "Reverse the ₦14,500, correct my record and stop calling my contacts by 12/04/2024, "
        "or I am reporting you to FCCPC and CBN and the whole of Nigerian Twitter will hear "
        "how you treat customers. Nonsense and ingredients!!!\n"
        "\n"
        "Chiamaka Eze"
    ),
    (
        "Hej / hello,\n"
        "\n"
        "Moving job FLYTT-24-0516, NordFlytt AB, Uppsala to Göteborg on 2024-03-14. Quote: "
        '18,500 kr. Final invoice: 26,940 kr. An extra 8,440 kr for "heavy items" and '
        '"waiting time". WHAT waiting time?? Your crew arrived at 10:50 instead of 08:00!!!\n'
        "\n"
        'Team leader Jonas said the piano was "not in the contract". It is on page 2. Can he '
        "read? Then they loaded my grandmother's glass cabinet without blankets. It arrived "
        "in three pieces. Thanks so much for the lovely mosaic.\n"
        "\n"
        "I also pay for storage (unit 4B, 1,200 kr/month). On 28 March I found someone "
        "else's boxes in it and two of mine missing.\n"
        "\n"
        'I have called 031-708 44 20 every day since 15 March. Every single time "the '
        'manager is out on a job". You NEVER call back. Emailed kundtjanst@nordflytt.se on '
        "15/03/2024 and 20 March. Nothing.\n"
        "\n"
        "Refund the 8,440 kr, pay for the cabinet (12,000 kr) and find my boxes by "
        "2024-04-10, or I go to ARN and every review site I can find. F***ing cowboys.\n"
        "\n"
        "Magnus Lindqvist\n"
        "magnus.lindqvist@telia.com"
    ),
    (
        "Subject: Wrong dose dispensed - Rx #7734219 - I want answers TODAY\n"
        "\n"
        "To the Pharmacy Manager, Store #0418, 2210 Elm Street, Dallas TX\n"
        "\n"
        "On March 3rd I picked up my mother's metformin. Label: 500mg. Pills inside: 1000mg. "
        "She took them for FOUR DAYS before I noticed. She is 78!!! She ended up in the ER "
        "on 03/07/2024 and that bill is already $2,310.\n"
        "\n"
        'When I came in on March 8 the pharmacist on duty (name tag: Brandon) said "these '
        'things happen" and offered a $25 gift card. Wow. Thank you SO much. Maybe she can '
        "buy her own get-well flowers with it.\n"
        "\n"
        "I called corporate at 1-800-555-0199 on 3/9 and 3/11, case CS-00918824. Every "
        'single time, someone "will reach out within 48 hours". You NEVER do.\n'
        "\n"
        "I want a written incident report, the co-pays refunded ($47.80) and your insurer's "
        "details by 2024-03-22. I've spoken to an attorney and I'm filing with the Texas "
        "State Board of Pharmacy. And yes, reviews on Google and Yelp. D*mn right.\n"
        "\n"
        "Teresa Villanueva\n"
        "(214) 555-0187 | tvillanueva72@yahoo.com"
    ),
    (
        "Dear Mrs Brennan,\n"
        "\n"
        "Booking ref GH-IE-20451, Seaview House, Lahinch, Co. Clare. Check-in 14/03/2024, 3 "
        "nights, double ensuite, €285 paid via booking.com.\n"
        "\n"
        "We arrived at 4:30pm to find the room NOT ready, and were put in a twin at the back "
        'over the bins. Your son Ciarán said "sure it\'s only for the one night". It was all '
        'three. The "ensuite" was a shower curtain in the corner. The heating came on 7 to '
        "8am only, and the rest of the time we froze our a**es off on the Atlantic coast.\n"
        "\n"
        'The "full Irish" advertised on seaviewlahinch.ie was one sausage and a cold slice '
        "of pudding. A local delicacy, I'm sure.\n"
        "\n"
        "I asked on the 15th and again on March 16th for the room we booked. Every single "
        'time: "tomorrow". You NEVER intended to move us, did you?\n'
        "\n"
        "Refund €190 for two of the nights by 2024-04-01, or the full story goes on "
        "Tripadvisor and booking.com with photos and I report you to Fáilte Ireland. My wife "
        "is already typing.\n"
        "\n"
        "Gerard & Pauline Fitch\n"
        "+44 7812 330 905"
    ),
    (
        "Kia ora Tane,\n"
        "\n"
        "Re: booking #KBB-3318, Kōwhai Bay B&B, Kaikōura, 3 March to 6 March 2024. NZ$612 "
        "total (NZ$204/night), paid on kowhaibaybnb.co.nz.\n"
        "\n"
        'Your site says "quiet, peaceful, sea views". What we got: a room beside your reno, '
        "with a concrete mixer under the window from 6:45am EVERY morning. Sea view? If you "
        "stand on the loo and lean out, sure. Perfect for a honeymoon!!!\n"
        "\n"
        "Second night the shower flooded the floor and the hot water lasted 90 seconds. I "
        "rang your mobile, 021 884 3390, at 9:15pm. You NEVER picked up. Next morning your "
        'cousin (Hemi?) said "yeah nah, she\'ll be right". She was not right.\n'
        "\n"
        "We left a day early on 5 March and you STILL charged all three nights. NZ$204 for a "
        "night we didn't even sleep there. Cheek.\n"
        "\n"
        "I emailed stay@kowhaibaybnb.co.nz on March 6th and 2024-03-10. Nothing.\n"
        "\n"
        "Refund NZ$204 plus NZ$150 by 20/03/2024, or it's the Disputes Tribunal, "
        "Tripadvisor, Google and the NZ Travel Tips Facebook group. What a sh*t show.\n"
        "\n"
        "Jess & Aaron Mahoney"
    ),
    (
        "To Garage Dupuis Auto, Lyon 7e\n"
        "\n"
        "Work order OR-2024-1187. Peugeot 308, AB-482-KL. Dropped off 2024-03-04 at 8:30 for "
        'a cambelt and water pump. Quote: €640. You "found" extra problems and billed '
        "€1,395.60. NOBODY phoned me to approve it. My call log shows no calls from 04 78 62 "
        "19 03 all week.\n"
        "\n"
        "Picked up March 8th at 17:45. By 18:10 the engine light was on and the car was in "
        "limp mode on the A7. €180 for a tow. Then your mechanic Julien told me on the phone "
        '"ce n\'est pas notre problème". It absolutely IS your problem!!!\n'
        "\n"
        "Every single time I come to you there's a surprise on the bill. You NEVER ask "
        "first. Third time now.\n"
        "\n"
        "I want: 1) the €755.60 of unapproved work refunded, 2) the €180 tow repaid, 3) the "
        "car fixed FREE, all by 22/03/2024. Otherwise it goes to the médiateur and my "
        "legal-cover insurer, and the invoices go on Google and the Lyon Expats group. Bande "
        "d'escrocs, the lot of you.\n"
        "\n"
        "Paul Henderson\n"
        "paul.henderson.lyon@gmail.com | +33 6 41 22 87 90"
    ),
    (
        "hey so im writing this at 1am because im still SO angry\n"
        "\n"
        "order #MTX-77340921, 2 x GA tickets, The Chalk Rooms, Fortitude Valley, Brisbane, "
        "show on 14/03/2024. paid A$189.90 incl fees.\n"
        "\n"
        "doors were 7pm. we got in at 8:25. support act already finished. your security guy "
        "(big bald one, badge said Rocco) grabbed my girlfriend's arm when she tried to show "
        "her e-ticket and told her to p*ss off back to the line. she was IN the line!!! what "
        "a legend. real credit to the venue.\n"
        "\n"
        "then the sound was so bad you couldnt hear the vocals. every single song. half the "
        "room chanting turn it up. you NEVER fixed it.\n"
        "\n"
        "emailed help@chalkrooms.com.au on march 15 and 2024-03-17, auto reply. DM'd "
        "@chalkroomsbne on insta, left on read. rang (07) 3852 4410, voicemail full lol.\n"
        "\n"
        "full refund of A$189.90 by friday 22 March plus an apology about Rocco. if not im "
        "doing a chargeback, reporting you to OLGR and putting the video of him on tiktok.\n"
        "\n"
        "- Kai Tuilagi"
    ),
    (
        "Subject: FORMAL COMPLAINT - account SPL-5520-8817 - you are NOT taking another "
        "penny\n"
        "\n"
        "SplitPay,\n"
        "\n"
        "On 14/03/2024 I used SplitPay to buy trainers from a US site (order #US-448812, "
        "$149.00, converted by your app to £121.36). The retailer CANCELLED the order on "
        "March 16th and refunded you. I have the email from orders@kickstreetusa.com, 16 "
        "March 2024, 11:02 EST.\n"
        "\n"
        "You have STILL taken two instalments of £30.34 (2024-03-28 and 11/04/2024) for "
        "trainers I never got!!! Plus a £6 late fee because my card expired in between. "
        "Genius.\n"
        "\n"
        'Three people on your chat. Chloe said "resolved". Mark said "pending". A bot called '
        "Sunny sent me a smiley face. A SMILEY FACE!!! Every single time I start from "
        "scratch. You NEVER read the notes.\n"
        "\n"
        "I want £60.68 + £6 = £66.68 back within 14 days and written confirmation the "
        "agreement is closed. If not: Financial Ombudsman, a dispute with my bank, and my "
        "whole chat history on r/UKPersonalFinance and Trustpilot. Sick of this cr*p.\n"
        "\n"
        "Leah Okonkwo-Barnes\n"
        "07943 226 518 | @leahokb on X"
    ),
]
