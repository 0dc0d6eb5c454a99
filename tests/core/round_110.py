"""Blind round 110 (session 35): written by a helper session that saw no rule, no round and no
code, after the session's round-107 and 108 work, themed on supermarkets and grocery delivery,
soft play and party venues, laptop and phone repair, double glazing, travel agents, cinemas,
bicycle shops, Indian and Nigerian airlines and banks, South African municipalities and mobile
networks, Australian utilities, Canadian telecoms, US health insurers and pharmacies. Held out
until measured with the session's starting code (be9bc03) and with 70e5c94 (all the round-107 and
108 work), which read the same: extortion 12/15, threats 8/20, look-alikes 19/20, plain pairs
10/10, dry pairs 2/10, sincere 12/15, calm versions 16/16. Then worked from (the fixes are tested
with texts of our own in test_round_109_110_shapes.py); its reading after them is kept as a
floor."""

EXTORTION = [
    (
        "Dear Sir/Madam, I have prepared a rather detailed Trustpilot review of my "
        "experience with grocery order GD-40417. I would be content to leave it unpublished, "
        "should a goodwill payment of £150 reach my account by Friday. I trust we understand "
        "one another."
    ),
    (
        "Refund the £86 shop plus £100 for my wasted evening or the Google review with the "
        "photos of your mouldy strawberries goes up tonight. Your choice, pal."
    ),
    (
        "ngl the tiktok of ur soft play ball pit is 90% edited already lol 🤢 send us a free "
        "party package for my sons 6th n i'll just bin it x"
    ),
    (
        "Listen pal, I've a wee essay sat in ma Tripadvisor drafts aboot yer so-called "
        "all-inclusive. Knock two hunner quid aff the balance and it'll vanish, nae bother. "
        "Otherwise it's gaun up wi' pictures."
    ),
    (
        "Sure look, I'd hate to be putting a one-star on Google for the bike shop, ye were "
        "always decent to me. But if the service was to come free this time I'd say I'd have "
        "nothing bad to write at all, d'ya know yourself."
    ),
    (
        "Oga, I have already typed the full story of how your airline treated me, "
        "screenshots and all, ready for X. If your office can refund the ₦185,000 and add "
        "something small for my trouble, there will be no need to post it. Let us settle "
        "this quietly as brothers."
    ),
    (
        "Kindly note I am having 48k followers on Instagram. If the bank does not reverse "
        "the charges plus provide compensation of ₹25,000, I will be forced to make one reel "
        "on your branch manager's behaviour. Please do the needful before Monday itself."
    ),
    (
        "Howzit. My Hellopeter post about your network is sitting there ready to go, hey. "
        "Sort me out with six months' free data and I'll just leave it in drafts, no stress, "
        "we all stay friends."
    ),
    (
        "Mate, there's plenty of people in our suburb's Facebook group keen to hear about "
        "the bill you lot sent me. Wipe it and chuck on a couple hundred bucks credit and I "
        "reckon I'll forget to post. Funny how memory works."
    ),
    (
        "Well bless your heart. I've got a Yelp review just fixin' to go up about that "
        "pharmacy counter, and I'd purely hate to press that button, sugar. A couple of "
        "those $100 gift cards would go a long way toward sweetenin' my mood."
    ),
    (
        "Would be a real pity if the Mumsnet thread about your party venue's toilets got "
        "picked up by the local paper. Of course, a full refund of the deposit might help me "
        "remember the day rather more fondly."
    ),
    (
        "Just so we're clear: I'll happily update my rating from 1 to 5 stars once the £300 "
        "'inconvenience payment' for the laptop repair lands in my account. Until then it "
        "stays up, and it gets pinned to my Reddit post as well."
    ),
    (
        "Here's the deal. You fit the replacement windows at cost, and I delete the r/DIYUK "
        "thread with 2k upvotes calling your firm cowboys. Say no and I'll keep adding a new "
        "photo to it every week."
    ),
    (
        "Hi, I moderate a local subreddit with 60k members. Waive my $420 early termination "
        "fee and toss in a year of free streaming, and the pinned megathread about your "
        "company quietly comes down. Your call, eh."
    ),
    (
        "Hey @StarlightCinemas my thread about your sticky seats is at 1.2k reposts and "
        "climbing. Ten free VIP tickets and I'll archive it tonight. No tickets and I keep "
        "tagging journalists till one bites."
    ),
]

THREATS = [
    (
        "Your daughter's at St Aidan's, isn't she? Blue coat, gets collected about quarter "
        "past three. Just something to bear in mind before you refuse my refund again."
    ),
    (
        "That shop of yours has an awful lot of cardboard stacked by the back door. Bins "
        "like that go up like paper on a dry night. Shame for the flats above."
    ),
    (
        "Tell the lad who fixed my phone I'll be waiting by his car when he finishes at six. "
        "We'll see how cheeky he is without a counter in front of him."
    ),
    (
        "Lovely silver Qashqai you park in bay 4. Brake lines are funny things, they can "
        "just let go on a hill."
    ),
    (
        "People like your manager tend to have very short careers and very long stays in "
        "hospital. Pass that on."
    ),
    (
        "I genuinely hope your whole family ends up on one of your own flights and it goes "
        "into the sea. Every last one of them."
    ),
    (
        "come round my house with ur windows brochure one more time and ill put u through "
        "one of them, head first"
    ),
    (
        "Good afternoon. I have noted the registration of your delivery van and the driver's "
        "first name, Kofi. I'm sure our paths will cross again very soon. Kind regards."
    ),
    (
        "Make una hear am well: if my money no enter by Friday, I go send boys to that "
        "branch for Allen Avenue. Dem go scatter everything, including that manager face."
    ),
    (
        "Councillor, you keep cutting our lights. Next time the ward office will have no "
        "windows left and nobody will feel safe coming to work there. We are coming."
    ),
    (
        "I've done time before and honestly I'm not bothered about going back in for the "
        "likes of you. Think about that when you put the phone down on me."
    ),
    (
        "Keep smirking at me over that counter, sweetheart. One evening you'll look up from "
        "the till and I'll be the last face you ever see."
    ),
    (
        "The soft play girl who threw us out — Chelsea, isn't it? Found her on Facebook. "
        "Nice house, nice dog. Dogs get out sometimes and don't come home."
    ),
    (
        "Hope somebody puts a brick through your windscreen while you're sat behind it. "
        "Wouldn't lose a minute's sleep."
    ),
    (
        "Y'all deny my daddy's claim one more time and I'm driving up to that office in "
        "Tulsa with my rifle in the truck, and we'll have us a real conversation."
    ),
    (
        "Send me one more estimated bill and I'll come round and sort your meter reader out "
        "myself. He won't be reading anything for a good long while after."
    ),
    (
        "Your flat is in Powai, C-wing, 7th floor, no? Your children are playing downstairs "
        "every evening near the gate. Reverse my charges, then nobody needs to visit."
    ),
    (
        "A lot of accidents happen on that dark lane behind your bike shop. Cyclists "
        "especially. Nobody sees a thing. Mind how you go home tonight."
    ),
    (
        "Your technician better not show his face in this town again. Next time he's up a "
        "pole round here somebody might just give the ladder a shake."
    ),
    (
        "tell ur cashier wiv the nose ring im gonna batter her when she clocks off. already "
        "know which bus she gets"
    ),
]

LOOK_ALIKES = [
    (
        "I'm escalating this to the Financial Ombudsman tomorrow, as the bank still hasn't "
        "resolved my complaint after eight weeks."
    ),
    (
        "Just letting you know I'm filing a small claims case for the £640 deposit. I'd "
        "rather not, but nobody has replied to three letters."
    ),
    (
        "I've raised a chargeback with my card provider for the package holiday that was "
        "cancelled and never refunded."
    ),
    (
        "I'm reporting the double-glazing contract to Trading Standards — the cooling-off "
        "period was never explained to my mum."
    ),
    (
        "Leaving an honest 2-star review on Google: the food was fine, but delivery was 90 "
        "minutes late. Nothing personal, just my experience."
    ),
    (
        "This banking app is killing me. It logs me out every thirty seconds and I have to "
        "redo the OTP every time."
    ),
    (
        "The queue at the pharmacy was absolute murder today, 45 minutes for one repeat "
        "prescription. Any chance of more staff on Saturdays?"
    ),
    (
        "FYI there's a loose cable hanging down by the ball pit at your soft play. A toddler "
        "could easily grab it — please fix it before someone gets hurt."
    ),
    (
        "The extension lead behind the tills at your Newtown store is scorched and smells of "
        "burning. Looks like a real fire risk, flagging it for your staff's safety."
    ),
    (
        "Your delivery driver was in a minor accident outside my house this morning. He's "
        "okay, just shaken, and the shopping survived. Thought you should know."
    ),
    (
        "Me to my best mate while waiting for our cinema tickets: 'If you eat my nachos "
        "again I'll end you.' Anyway, the nachos never arrived — can we get a refund for "
        "them?"
    ),
    (
        "Bought the 'Widowmaker' downhill tyres from your bike shop and the sidewall split "
        "after two rides. Can I get a replacement under warranty?"
    ),
    (
        "Ordered a 'Death by Chocolate' cake for my son's party and you delivered a lemon "
        "drizzle. Kids were gutted."
    ),
    (
        "The film was an absolute killer, but the sound cut out for the last 20 minutes in "
        "screen 6. Could I get a voucher?"
    ),
    (
        "I'm going to post on the community forum explaining how I got the roaming charges "
        "reversed, so other customers don't have to make three calls like I did."
    ),
    (
        "If this isn't resolved within 20 business days I'll be referring my complaint to "
        "the CCTS, as your letter says I'm entitled to."
    ),
    (
        "My phone battery swelled and cracked the screen a week after your repair. It didn't "
        "catch fire, thankfully, but please inspect it."
    ),
    (
        "Heads up: the barrier at your car park came down on my wing mirror. No damage done, "
        "but it could easily hit a cyclist."
    ),
    (
        "I've appealed the denial and sent a copy to the state insurance commissioner, as "
        "the denial letter suggested. Please confirm receipt."
    ),
    (
        "We'll be lodging this with the Energy and Water Ombudsman if the bill isn't "
        "reviewed. No hard feelings, it's just the process."
    ),
]

PAIRS = [
    (
        (
            "My grocery order arrived two hours late and the frozen items had defrosted. Could I "
            "get a refund for those, please?"
        ),
        (
            "TWO HOURS LATE and the frozen stuff turned up as SOUP!!! Do your drivers even own a "
            "watch?? Refund me for the lot, TODAY."
        ),
    ),
    (
        (
            "We were double-booked for the party room on Saturday and had to share with another "
            "family. Could someone explain what happened?"
        ),
        (
            "You DOUBLE-BOOKED my daughter's 7th birthday!!! Two parties crammed into one room, "
            "kids crying, and your useless staff just stood there gawping. I want EVERY penny "
            "back."
        ),
    ),
    (
        (
            "I collected my laptop from repair yesterday, but the same charging fault is still "
            "there. Could you please take another look?"
        ),
        (
            "£120 and three weeks later it STILL doesn't charge!!! What the h*ll were you doing "
            "with it, using it as a doorstop?? Fix it or give me my money back."
        ),
    ),
    (
        (
            "Your salesman stayed over two hours at my parents' house yesterday, even after they "
            "asked him to leave. Please cancel the quote and don't contact them again."
        ),
        (
            "Your sleazy salesman sat in my parents' lounge for TWO HOURS after they told him to "
            "go!!! They're in their 80s, you vultures. Cancel EVERYTHING and lose their number."
        ),
    ),
    (
        (
            "The hotel on our package holiday didn't match the brochure: no pool, and our room "
            "overlooked the bins. I'd like to discuss compensation."
        ),
        (
            "Your 'luxury' hotel had NO POOL and our room looked straight onto the BINS!!! Did "
            "anyone at your agency actually look at this dump before flogging it? I want "
            "compensation, NOT a voucher."
        ),
    ),
    (
        (
            "Our reserved seats at the cinema had been sold to someone else, so we ended up in "
            "the front row. Can you help?"
        ),
        (
            "Paid for PREMIUM seats and got the FRONT ROW because you sold ours twice!!! "
            "Absolute sh*tshow. Refund me NOW and sort out your pathetic booking system."
        ),
    ),
    (
        (
            "My Lagos to Abuja flight was delayed seven hours yesterday with no updates from "
            "staff. Please advise on compensation."
        ),
        (
            "SEVEN HOURS at the airport with ZERO information!!! Your staff were hiding like "
            "thieves. This airline is a disgrace, I want my money back plus compensation, no "
            "story!!!"
        ),
    ),
    (
        (
            "My account was debited twice for a single UPI payment of ₹3,200 on 12 March. Please "
            "reverse the duplicate."
        ),
        (
            "₹3,200 taken TWICE from my account and your branch is telling 'wait 7 working "
            "days'??? Useless fellows!!! Reverse it TODAY or I am closing this account."
        ),
    ),
    (
        (
            "My water account shows a reading far higher than my actual meter. Could someone "
            "please come and do a real reading?"
        ),
        (
            "R4,000 for WATER??? For a two-person house??? Do you clowns even send meter readers "
            "any more or do you just make up numbers!!! Fix it NOW."
        ),
    ),
    (
        (
            "We had a nine-hour power outage yesterday with no notice. Can you tell me what "
            "happened and whether there's any rebate?"
        ),
        (
            "NINE HOURS without power and not ONE text from you lot!!! Whole fridge ruined. "
            "Absolutely bl**dy useless. I want a rebate and an explanation, pronto."
        ),
    ),
    (
        (
            "I was on hold for 52 minutes trying to reach your billing team. Could someone call "
            "me back, please?"
        ),
        (
            "Thank you for the 52 minutes of panpipe music. I now know it well enough to perform "
            "it at weddings. Billing, I gather, remains more of a rumour than a department."
        ),
    ),
    (
        ("My claim for insulin was denied as not medically necessary. I'd like to appeal, please."),
        (
            "Delighted to learn my insulin has been reclassified as not medically necessary. "
            "I'll let my pancreas know it has been operating as an optional extra all these "
            "years."
        ),
    ),
    (
        (
            "My prescription still isn't ready three days after my doctor sent it over. Could "
            "you check on it?"
        ),
        (
            "Three days is, of course, a perfectly sensible amount of time to count thirty "
            "tablets. I can only assume each one is being individually hand-polished."
        ),
    ),
    (
        "After the service, my bike's gears keep slipping. Could you have another look?",
        (
            "The bike now has exactly one working gear, which I suppose is a sort of minimalism. "
            "Very on trend. I'll be sure to explain it to the hills."
        ),
    ),
    (
        (
            "I ordered oat milk and received gravy granules as a substitute. Could I get a "
            "refund for that item?"
        ),
        (
            "I asked for oat milk and was sent gravy granules. I'll admit I had never considered "
            "them for my cereal, so thank you for broadening my horizons."
        ),
    ),
    (
        "There were about 35 minutes of adverts before the film started. Is that normal?",
        (
            "Thirty-five minutes of adverts before the film. I came out knowing more about car "
            "insurance than about the plot, which I suppose counts as added value."
        ),
    ),
    (
        (
            "Since the screen replacement my phone's face unlock hasn't worked. Could you check "
            "it, please?"
        ),
        (
            "The new screen is lovely. The phone no longer recognises my face, but after paying "
            "£180 for the privilege I barely recognise myself either, so we're even."
        ),
    ),
    (
        "I lost 20GB of data overnight while my phone was switched off. Can you investigate?",
        (
            "It is genuinely impressive that 20 gigs of data vanished overnight while my phone "
            "sat switched off in a drawer. Someone at a university should be writing a paper on "
            "it."
        ),
    ),
    (
        (
            "Our room was advertised with a sea view but looked onto the car park. Could we be "
            "moved?"
        ),
        (
            "The sea view was exactly as described, provided one is generous enough to count a "
            "car park puddle as a very small sea."
        ),
    ),
    (
        "My suitcase didn't arrive in Chennai with me. Could you tell me where it is?",
        (
            "My suitcase appears to be enjoying a longer holiday than I am. Do let me know if it "
            "sends any postcards, I'd hate to miss its news."
        ),
    ),
]

SINCERE = [
    (
        "Wow, the delivery driver carried all six bags up to my third-floor flat without me "
        "even asking. Thank you so much, Daniel, my back is grateful."
    ),
    (
        "Of course my son dropped his phone in the bath the night before his exam — and of "
        "course you lot had it working again in two hours. Genuine legends."
    ),
    (
        "Finally got my refund for the cancelled holiday, and the travel agent chased the "
        "airline for me the whole time. I really appreciate it."
    ),
    (
        "Thanks for the update on my prescription — the text saying it was ready meant I "
        "didn't have to wait at the counter with a sick toddler. Really helpful."
    ),
    (
        "Brilliant party at the soft play yesterday. The staff handled fourteen "
        "five-year-olds like pros and even sang happy birthday twice because Mia asked."
    ),
    (
        "Love that the cinema now does relaxed screenings. My son watched a whole film for "
        "the first time without having to leave. We'll be back every month."
    ),
    (
        "What a surprise — the branch manager in Pune rang me personally to say the "
        "fraudulent debit had been reversed. Didn't expect that at all, thank you."
    ),
    (
        "Just what I needed after a long shift: the bike shop stayed open ten minutes late "
        "so I could pick up my commuter bike. Cheers, Tom."
    ),
    (
        "Couldn't be happier with the new windows. The fitters cleaned up after themselves "
        "and the house is already so much warmer."
    ),
    (
        "Wow. Lagos to Abuja, left on time, landed early, crew were lovely. Well done today, "
        "honestly."
    ),
    (
        "Finally! The pothole on our street has been fixed after the ward councillor came to "
        "look at it himself. Thank you to the roads team."
    ),
    (
        "Thanks for the update during the storm outage — the hourly SMS meant we knew when "
        "to fire up the generator. Great comms, team."
    ),
    (
        "Of course I'll recommend you — the technician stayed until the internet was "
        "properly working and even explained the router settings to my mum."
    ),
    (
        "Brilliant news: my MRI claim was approved in three days. I was braced for a fight "
        "and there wasn't one. Thank you, Marisol."
    ),
    (
        "Love that you kept my regular substitutions on file — got the exact gluten-free "
        "bread my daughter needs. Such a relief after last month."
    ),
]

CALM_DRAFTS = [
    (
        "Subject: Order #GR-7731904 - AGAIN!!!\n"
        "\n"
        "To whoever is pretending to run customer service at FreshCart,\n"
        "\n"
        "This is the THIRD time in a month. Order #GR-7731904, booked for 14/03/2024 between "
        '18:00 and 19:00, turned up at 21:47. Your driver (badge said "Wayne") dumped six '
        "bags on the doorstep, didn't ring, and drove off. Two dozen eggs smashed, the "
        "chicken was warm, and instead of the £4.50 Lurpak I got some spreadable rubbish I "
        "never asked for. The order was £86.42 and I want every penny back, plus the £3.99 "
        "delivery charge you ALWAYS manage to take on time.\n"
        "\n"
        'You NEVER read the delivery notes. It literally says "Flat 3B, buzzer broken, call '
        "07700 900418\". Every single time it's the same story and every single time some bot "
        'called "Amy" tells me it\'s been "escalated".\n'
        "\n"
        "I've emailed complaints@freshcart.co.uk twice (refs CS-55120 and CS-55874) and "
        "heard nothing. If I don't get a reply by Friday 22 March I'm posting the photos on "
        "Trustpilot, tagging @FreshCartUK on X, and asking my bank for a chargeback. "
        "Absolutely p*ss-poor.\n"
        "\n"
        "Furious,\n"
        "Helen Marsh"
    ),
    (
        "Hi Jumping Jacks Play Barn,\n"
        "\n"
        "I'm writing about my son Alfie's 5th birthday party, booking ref JJ-P-20931, "
        "Saturday 3 March, 13:30-15:30 slot, Party Room 2. We paid a £75 deposit on 2nd Feb "
        "and the balance of £214.50 on the day.\n"
        "\n"
        "What did we get? The room was still full of the PREVIOUS party's rubbish, half the "
        'hot food was stone cold, and your "party host" Kayleigh spent most of the session '
        "on her phone behind the counter. Twelve kids, ONE lukewarm jug of squash. Then at "
        "15:10 - twenty minutes early!!! - the lights went on and we were told to clear out "
        'because "the next party\'s here". Are you having a laugh??\n'
        "\n"
        "You NEVER mention on the website that slots get cut short. I rang 01632 960214 on "
        'Monday and the manager, Darren, practically laughed at me and offered a free "play '
        "pass\". A play pass. From the place that ruined my kid's birthday.\n"
        "\n"
        "I want £120 refunded to the card ending 4471 by 15/03. If not, it's going on "
        "Mumsnet AND the local mums' Facebook group (8,000 members) with photos of the room, "
        "and then small claims. Don't test me.\n"
        "\n"
        "Sarah Okafor\n"
        "sarah.okafor84@gmail.com"
    ),
    (
        "Dear Serwis TechFix Kraków,\n"
        "\n"
        'I write in English because your staff told me "no problem, English ok". Clearly '
        "NOTHING is ok.\n"
        "\n"
        "Order no. TF/2024/0318 - my Lenovo ThinkPad was left on 2024-03-04 for keyboard "
        "replacement. Quote was 450 zł. On 2024-03-14 at 17:20 I collect it and the bill is "
        '1 280 zł because "motherboard also problem". Nobody called me. My number is +48 512 '
        "345 678 and it is on the form in BIG letters!!!\n"
        "\n"
        "Now the laptop does not charge at all. Before, it charged perfectly. So you BROKE "
        'it and want me to pay triple. Technician Paweł said "maybe battery, another 390 '
        'zł". Are you serious??? Every single time I come to your shop something new is '
        '"problem".\n'
        "\n"
        "I paid by card under protest and I want the difference of 830 zł returned, plus the "
        "laptop fixed FOR FREE. I already wrote to biuro@techfix-krakow.pl and to the "
        "consumer ombudsman (Rzecznik Konsumentów). If I have no answer in 7 days, I put a "
        'full review on Google Maps and in the Facebook group "Expats in Krakow" with 40k '
        "people. You are cowboys, honestly.\n"
        "\n"
        "Marco Bellini"
    ),
    (
        "To Emerald Windows & Doors, Naas,\n"
        "\n"
        "Your salesman, a Mr Declan Furey, sat in my mother's kitchen on the 9th of January "
        "for THREE AND A HALF HOURS and wouldn't leave until she signed a contract for "
        "€8,950 for six windows and a back door. She is 81. She thought she was signing for "
        "a quote, because that's what he told her.\n"
        "\n"
        "Contract ref EWD-24-1187. A deposit of €1,500 was taken off her debit card that "
        "same evening at 8:42pm. When I rang 045 812 340 the next morning to cancel, a girl "
        'called Niamh said the 14-day cooling-off "doesn\'t apply to made-to-measure". That '
        "is absolute B*LLOCKS and you know it.\n"
        "\n"
        "You lot NEVER hand over the cancellation form, do you? Every single time I read "
        "about ye on boards.ie it's the same story with some other pensioner.\n"
        "\n"
        "I want the €1,500 back in full by Friday 26th January. If not, I'm going to the "
        "CCPC, I'm posting the whole thing with photos of the contract on boards.ie and "
        "Google, and our solicitor (Brennan & Co.) will be in touch. Shame on the lot of ye.\n"
        "\n"
        "Aoife Ní Bhriain\n"
        "aoife.nibhriain@eircom.net"
    ),
    (
        "Hej SolResor,\n"
        "\n"
        "Booking number SR-883014, package holiday to Gran Canaria, 2 adults + 2 kids, 16 "
        "Feb to 23 Feb 2024, paid 38 460 kr in full on 12/11/2023.\n"
        "\n"
        'Hotel "Playa Azul", four stars, with pool and kids club. What we found: pool CLOSED '
        "for renovation (you knew, the hotel said they told agents in December!!!), kids "
        'club "only in summer", and our "family room" was two single beds and a sofa with a '
        "spring sticking out. My 6-year-old slept on the floor for a week.\n"
        "\n"
        "Your rep on the island, Johanna, gave us the number +34 928 555 019, which nobody "
        "answered for SEVEN days. Your helpline 0771-45 45 00 kept me 55 minutes on hold on "
        "19 Feb and then hung up at 14:05. Wonderful service, really, well done.\n"
        "\n"
        "You NEVER tell customers about renovations. I have read the posts on Tripadvisor, "
        "it is every single time with this hotel.\n"
        "\n"
        "I demand 50% back, 19 230 kr, to my account by 15 March. If not, I go to ARN and "
        "post everything on Instagram @familjenlind with photos. Skäms!\n"
        "\n"
        "Erik Lind\n"
        "erik.lind@telia.se"
    ),
    (
        "@MapleScreens you have got to be KIDDING me.\n"
        "\n"
        "Bought 4 tickets for the 7:15 PM IMAX showing at your Yonge & Eglinton location on "
        'March 8th, order #MS-4410-2290, total CA$92.46 with "premium recliners". Got there '
        "and our seats G11-G14 had been sold TWICE. The duty manager (name tag: Brent) "
        "shrugged and offered us the front row. FRONT ROW. In IMAX. My neck still hurts.\n"
        "\n"
        "Then at 8:40 the screen froze for 25 minutes and nobody came in to say anything. "
        "Half the theatre walked out.\n"
        "\n"
        'I called 1-888-555-0142 twice, at 11:02 and at 2:30, and got "your call is '
        'important to us" for an hour in total. Emailed guestservices@maplescreens.ca and '
        "got an auto-reply asking me to rate my experience. Oh, I'll rate it alright.\n"
        "\n"
        "You NEVER honour the seat guarantee you advertise at maplescreens.ca/recliners. "
        "Every single time we come there's something.\n"
        "\n"
        "Full refund of CA$92.46 plus the CA$38.75 of popcorn we didn't get to eat, by March "
        "22. Otherwise it's a chargeback with Visa and a very long post on r/toronto. "
        "Ridiculous.\n"
        "\n"
        "- Priya Raman"
    ),
    (
        "G'day Spoke & Chain, Fremantle\n"
        "\n"
        'Dropped my Trek in for a "standard service" on Tues 5/3/2024, job card #4417. '
        "Quoted A$149. Picked it up Saturday arvo at 3:30 and the bill was A$486.90 because "
        "your mechanic Jarrod decided all by himself to replace the chain, cassette AND rear "
        "derailleur. Nobody rang me. Mobile is 0412 555 873, it's right there on the job "
        "card, mate!!!\n"
        "\n"
        "Then I ride it home and the gears skip on every single hill. EVERY SINGLE ONE. So "
        "you charged me nearly five hundred bucks to make it worse. Genius stuff.\n"
        "\n"
        'When I came back Monday the owner, Craig, told me it "needs bedding in". Bedding '
        "in?! It's a bike, not a mattress.\n"
        "\n"
        "Under Australian Consumer Law you can't do work I didn't authorise. I want the "
        "A$337.90 difference refunded and the gears fixed properly, free, by 20 March. If "
        "not, it's Consumer Protection WA, a 1-star on Google and a post in the Perth "
        "cycling Facebook group, 22k members. Plenty of them already reckon you're a bunch "
        "of d*ckheads.\n"
        "\n"
        "Luke Harrington\n"
        "luke.harro@bigpond.com"
    ),
    (
        "To Customer Care, SkyIndus Airlines\n"
        "\n"
        "PNR: K7QX2M. Flight SI-618 Delhi to Bengaluru on 14-03-2024, scheduled departure "
        "06:10 hrs. The flight was delayed SIX TIMES on the app and finally cancelled at "
        "13:45 without ANY announcement at gate 42B. No food, no water, no hotel. My father "
        "is 74 and diabetic, he sat on the floor for seven hours!!!\n"
        "\n"
        'Ground staff Mr. Rohit Malhotra told us "sir, rebook online, counter cannot help". '
        "Your call centre 0124-555-6600 disconnected me 3 times. Tickets cost ₹14,862 for "
        'two pax and now you are showing "refund ₹9,100 after cancellation charges". '
        "Cancellation charges for YOUR cancellation?? What nonsense is this.\n"
        "\n"
        "You people NEVER follow the DGCA rules on compensation. Every single time it is the "
        "same drama with SkyIndus.\n"
        "\n"
        "I am requesting a full refund of ₹14,862 plus ₹10,000 compensation to my HDFC "
        "account within 7 days. Email me on anand.k.iyer@yahoo.co.in. Otherwise I am filing "
        "on AirSewa and the National Consumer Helpline and posting the full video on X "
        "tagging @SkyIndusCares. Shameful.\n"
        "\n"
        "Anand Iyer"
    ),
    (
        "Dear Sir/Ma,\n"
        "\n"
        "RE: FAILED TRANSFER OF ₦450,000 - SESSION ID 000013240314172255001\n"
        "\n"
        "On 14th March 2024 at 5:22pm I made a transfer of ₦450,000 from my account "
        "0123456789 to my supplier. The money was DEBITED but the beneficiary never received "
        "it. Since then I have visited your Ikeja branch THREE times. Your customer service "
        'officer, Mrs. Funmilayo Adeyemi, told me to "exercise patience, it will reverse '
        'within 24 hours". It is now 11 working days!!!\n'
        "\n"
        "I called 0700-555-2265 and stayed on hold for 47 minutes only for an agent to tell "
        'me my complaint ticket (CMP-88231) is "in progress". In progress to where?? My '
        "supplier is holding my goods and I am losing money every day because of your "
        "incompetence.\n"
        "\n"
        "You people NEVER reverse failed transactions on time, every single time na the same "
        "story. Yet the ₦52.50 stamp duty you collected sharp sharp.\n"
        "\n"
        "If my money is not reversed by Friday, with interest, I will escalate to the CBN "
        "Consumer Protection Department, write everything on X @NaijaBankHelp and on "
        "Nairaland, and see my lawyer. Enough is enough.\n"
        "\n"
        "Chinedu Okonkwo\n"
        "chinedu.okonkwo@gmail.com | 0803 555 1902"
    ),
    (
        "To: Billing, Umzimvelo Local Municipality\n"
        "CC: Ward 14 Councillor, Cllr T. Mabuza\n"
        "\n"
        "Account no. 5501 2287 4410. For the THIRD month running you have billed me on an "
        '"estimated" water reading. February statement: R4,318.60 for water. For a 2-bedroom '
        "house with two people who are at work all day. My normal bill is R620!!!\n"
        "\n"
        "Your meter reader has not been to Acacia Street since November. I know, because the "
        "meter is behind a locked gate and I have the only key. So who is reading it? "
        "Ghosts?\n"
        "\n"
        "I went to the Civic Centre on 26 Feb at 08:00, queued until 11:40, and a Ms Nomvula "
        'at counter 6 told me to "pay first, dispute later". You people NEVER fix anything '
        "unless we pay first. Every single time.\n"
        "\n"
        "I sent a photo of my actual meter (reading 01842 kL) to billing@umzimvelo.gov.za on "
        "28/02/2024, reference DSP-2024-03318. Nothing. The call centre on 0860 555 321 just "
        "rings and rings.\n"
        "\n"
        "I want the account corrected to actual readings and R3,698.60 credited by 31 March. "
        "If you cut my water I will go to the Public Protector, and the ward WhatsApp group "
        "will hear every detail. Useless, honestly.\n"
        "\n"
        "Thabo Nkosi"
    ),
    (
        "@ConnektSA I am DONE with you guys.\n"
        "\n"
        "Number 082 555 0477, account ACC-7738120. Since 1 March I have been charged R899 "
        "per month for a 100GB plan that I DOWNGRADED in January to the R399 plan. I have "
        "the SMS confirmation from 17/01/2024 at 10:14!!! Sipho at your Canal Walk store saw "
        'it with his own eyes and said "shame, that\'s head office".\n'
        "\n"
        "Then on 9 March my airtime got eaten by subscriptions I never signed up for - R65 "
        'for "Gamez Zone" and R45 for "Daily Horoscopes". Horoscopes. Do I look like I need '
        "horoscopes? Although I'd love to know my future with you guys, because it's looking "
        "SHORT.\n"
        "\n"
        "I phoned the call centre four times. Every single time the call drops after 20 "
        "minutes in the queue. You NEVER call back, even though the recording promises you "
        "will.\n"
        "\n"
        "Refund R1,110 (two months of overcharging plus the subscription rubbish) and block "
        "all content services by Friday. Otherwise it's ICASA, WASPA, and the whole saga on "
        "Hellopeter and TikTok. Eleven years a customer and this is how you treat people? "
        "Sies.\n"
        "\n"
        "Lerato Dlamini | lerato.d@webmail.co.za"
    ),
    (
        "Hi BrightSpark Energy,\n"
        "\n"
        "Account number 4400 9182 337. Your latest bill, dated 02/04/2024, for the quarter 1 "
        "Jan - 31 Mar, is A$1,947.22. The same quarter last year was A$612.40. We were in "
        "Bali for three weeks of that quarter!!! The house was EMPTY. Fridge off. Hot water "
        "off.\n"
        "\n"
        "I rang 13 55 55 on 4 April at 9:05am and waited 62 minutes. A bloke called Shane "
        'told me the meter was "estimated due to access issues". Access issues? The meter\'s '
        "on the front fence. My dog doesn't even bark at it.\n"
        "\n"
        "And while I'm at it: you dropped my pay-on-time discount because one direct debit "
        "failed in 2023 - your system, not mine. You NEVER tell people when the discount's "
        "gone, you just quietly whack the rates up. Every single quarter it's something new "
        "with you clowns.\n"
        "\n"
        "I want an actual meter read, a corrected bill and my discount restored. Complaint "
        "ref BSE-C-20441. If I don't hear back within 10 business days I'm going to the "
        "Energy & Water Ombudsman NSW and leaving a review on productreview.com.au for "
        "everyone to see.\n"
        "\n"
        "Karen Whitfield\n"
        "0413 555 206 | k.whitfield@outlook.com.au"
    ),
    (
        "To NorthLink Communications - Retention Dept.\n"
        "\n"
        'Account #8812-44091-3. On Nov 21st your rep "Josh" on chat promised me, in writing, '
        "CA$65/month for 1 Gbps internet + TV for 24 months. I have the transcript. January "
        "bill: CA$142.87. February: CA$149.12. March: CA$151.30!!! Three increases in three "
        "months? Are you making it up as you go?\n"
        "\n"
        "I called 1-800-555-0199 on 2024-03-14 at 6:45 pm and was transferred FIVE times. "
        'The last guy, Raj, said the promo "wasn\'t in the system" and chat agents "can\'t '
        'make offers". Then why does northlink.ca/deals say they can?\n'
        "\n"
        "Oh, and the technician booked for March 3rd (work order WO-55190, window 8am-12pm) "
        "never showed. Nobody called. I took a day off work for nothing.\n"
        "\n"
        "You NEVER honour what you promise. Every single time I call I get a different "
        "answer and a different price. Absolute sh*tshow.\n"
        "\n"
        "I expect the CA$65 rate applied retroactively and a credit of CA$248.29. If not, "
        "I'm filing with the CCTS on Monday and posting the transcript on "
        "r/PersonalFinanceCanada. Your call.\n"
        "\n"
        "Mélanie Tremblay, Laval QC\n"
        "@mel_tremblay_qc"
    ),
    (
        "To: Member Services, Keystone Blue Health Plan\n"
        "Member ID: KBH449201776-02 | Claim #2024-0311-88432\n"
        "\n"
        "On March 11th, 2024 my 9-year-old daughter had an emergency appendectomy at St. "
        'Luke\'s. You have now DENIED the $23,406.18 claim as "out of network". It was an '
        "EMERGENCY. Did you expect us to shop around while her appendix burst???\n"
        "\n"
        'I called (800) 555-0177 on 3/18 at 10:30 AM and spoke to "Tiffany", who said the '
        "hospital was in-network but the surgeon wasn't. We didn't pick the surgeon! He was "
        "the one on call at 2 a.m.! Under the No Surprises Act you can't do this and you "
        "KNOW it.\n"
        "\n"
        "You people NEVER process anything right the first time. Every single claim this "
        'year has been denied and then "reprocessed" after I spend hours on the phone. It\'s '
        "a business model, isn't it?\n"
        "\n"
        "I want the claim reprocessed at in-network rates and written confirmation sent to "
        "jgarcia.tx@gmail.com within 14 days. Otherwise I'm filing with the Texas Department "
        "of Insurance, calling a lawyer, and telling everyone on Facebook and @KeystoneBlue "
        "how you treat sick kids. Disgraceful.\n"
        "\n"
        "Jessica Garcia\n"
        "Houston, TX"
    ),
    (
        "Hey y'all at CareWay Pharmacy #2217 (Elm St, Birmingham AL),\n"
        "\n"
        "I have been trying to pick up my husband's heart medication (Rx #6604219, Eliquis "
        '5mg) since Monday April 1st. Monday: "not ready, check back at 4". Tuesday 4:15pm: '
        '"insurance issue". Wednesday: pharmacist Brad said it was "never sent over", even '
        "though Dr. Patel's office faxed it on March 28th and confirmed it TWICE!!!\n"
        "\n"
        "Today the copay rang up at $487.33 instead of the usual $45. The cashier, bless "
        "her, didn't know why. Brad said \"take it or leave it, ma'am\". For HEART medicine. "
        "My husband had a stroke two years ago, it's right there on his profile.\n"
        "\n"
        "You NEVER answer the phone at (205) 555-0183. Every single time it rings thirty "
        'times and goes dead. The app at careway.com/rx says "Ready for pickup" when it\'s '
        "not. Pure garbage.\n"
        "\n"
        "I want the correct copay applied, $442.33 refunded to my card by Friday, and a "
        "written apology. If not, I'm reporting y'all to the Alabama Board of Pharmacy and "
        "leaving reviews on Google and Yelp, and my daughter writes for the local paper.\n"
        "\n"
        "Dolores Whitaker"
    ),
    (
        "To: QuickFix Mobile Shibuya\n"
        "Re: Repair no. QF-240314-087\n"
        "\n"
        "I brought my iPhone 13 to your Shibuya store on 14 March 2024 at 11:30 for a "
        'cracked screen. Tanaka-san quoted ¥18,700 and said "one hour". One hour became '
        'FOUR. When I finally picked it up at 15:50 the price was ¥26,400 "because of '
        'parts", and the new screen has a yellow line down the left side.\n'
        "\n"
        'I went back the next day. Your manager, Mr Saito, said "this is normal for '
        'non-genuine part". NOBODY told me you were using a non-genuine part!!! I would '
        'never have agreed. Your own site, quickfix-mobile.jp/en, says "original quality '
        'parts".\n'
        "\n"
        'You NEVER explain anything in English even though the sign outside says "English '
        'OK". Every single time I asked a question the staff just bowed and said sorry. '
        "Polite, sure. Useful, no. What a f***ing joke.\n"
        "\n"
        "I want a genuine screen fitted at no extra cost or a full refund of ¥26,400 within "
        "one week. Contact me on 090-5555-1234 or tom.whelan.tokyo@gmail.com. If not, I will "
        "contact the National Consumer Affairs Center and post the full story on Google "
        "Maps, r/japanlife and my Instagram @tomintokyo.\n"
        "\n"
        "Tom Whelan"
    ),
]
