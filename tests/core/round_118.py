"""Blind round 118 (session 37): written by a helper session that saw no rule, no round and no
code, written while the guards' refit was being tried, themed on insurance claims handlers,
music festivals and ticket resellers, window cleaners, pharmacies, coworking spaces, bicycle
shops, electricians, travel agents and package holidays, care homes, print shops, takeaway
restaurants, mobile money agents in Uganda and Bangladesh. Held out: measured with the session's
starting code (299a0a8): extortion 11/15, threats 14/20, look-alikes 19/20, plain pairs 10/10,
dry pairs 4/10, sincere 14/15, calm versions 16/16. With the session's changes (words of praise
VADER rates low, a jab's window's praise; an accident foretold is no threat): extortion 11/15,
threats 14/20, look-alikes 19/20, plain pairs 10/10, dry pairs 6/10, sincere 14/15, calm
versions 16/16. The praise words were chosen with the misses of rounds 80-119 in view, so those
dry pairs are in sample. Kept as a floor."""

EXTORTION = [
    (
        "Dear Sir/Madam, I have drafted a rather detailed Trustpilot review of my dealings "
        "with your claims department regarding policy HX-55201. I would be content to leave "
        "it unpublished, should you see fit to settle the claim in full together with a "
        "modest goodwill gesture of £250. I trust we can come to an arrangement."
    ),
    (
        "Refund the £89 ticket plus another £100 for my trouble and the Google review "
        "disappears. No money, it goes up tonight with photos of your 'verified' seller's "
        "fake wristbands."
    ),
    (
        "ok so ur window guy missed like half my windows lol. gimme the next 3 cleans free n "
        "i wont put it on the village fb page. deal?? 👀"
    ),
    (
        "Listen pal, ah've got a wee post aw ready fur the Edinburgh cyclists Facebook group "
        "aboot yer mechanic. Knock the service doon tae nothin an' it never sees the light "
        "o' day. Up tae you."
    ),
    (
        "Ah sure look, I'd hate to have to put up a Google review about the state of that "
        "rewiring, so I would. Maybe if the last invoice got itself 'lost' we could all "
        "forget the whole thing, like?"
    ),
    (
        "Oga, I don't want to disgrace your print shop on Twitter. Abeg, reprint all 500 "
        "flyers free and add something small for my transport, then we settle am quietly. If "
        "not, my followers go hear everything."
    ),
    (
        "Kindly note I am having 40k followers on Instagram. If you are giving me full "
        "refund of ₹18,500 for the Goa package plus one complimentary weekend stay, I will "
        "not be posting the video of that hotel bathroom. Please revert at the earliest."
    ),
    (
        "Ja, so here's the thing boet. Your takeaway made my whole braai sick. Sort me out "
        "with R2,000 and some vouchers and my HelloPeter review stays in my drafts. "
        "Otherwise it goes up with everything, hey."
    ),
    (
        "Mate, I've got a Tripadvisor review sitting in drafts that'll put people off your "
        "tour packages for years. A$600 back in my account by Friday and it stays right "
        "where it is. Fair trade, I reckon."
    ),
    (
        "Well bless your heart, y'all sure did a number on Mama's room at the care home. Now "
        "I'd just hate for the whole congregation and all them folks on Nextdoor to hear "
        "about it. Waive this month's fee and we'll call it square, sugar."
    ),
    (
        "It would be a real pity if the Reddit thread about your coworking space's "
        "'ventilation' happened to start trending right while you're pitching to new "
        "tenants. A free month in a private office would go a long way toward me forgetting "
        "to hit post."
    ),
    (
        "Currently sitting on a 1-star Yelp review for your pharmacy. Happy to bump it to 5 "
        "the moment the duplicate prescription charge is refunded AND the $40 gift card I "
        "mentioned shows up. Ball's in your court."
    ),
    (
        "I am a regular on Mumsnet and have a long thread half-written about how your home "
        "treated my father. I am prepared to delete it if the outstanding £1,320 invoice is "
        "cancelled. I would rather not post it. But I will."
    ),
    (
        "Boss, your agent at Kireka took 15,000 UGX extra from me. Send me 50,000 for my "
        "time and stress or his photo and phone number go on TikTok and the whole of Kampala "
        "will know him. You choose."
    ),
    (
        "I have a screen recording of your Mirpur bKash agent refusing my cash-out and "
        "laughing. Some journalists follow my X account. If the 2,500 taka fee is returned "
        "and my next five cash-outs are free, I think this recording will not be needed "
        "anywhere."
    ),
]

THREATS = [
    (
        "That silver Qashqai you park behind the claims office. Brake lines are funny "
        "things, they can just go, especially on a hill like Mill Lane."
    ),
    (
        "Your little girl has the yellow school bag with the unicorn keyring. Sweet kid. Pay "
        "out my claim."
    ),
    (
        "Bike shops go up like matchboxes, all that rubber and oil lying about. Nobody ever "
        "asks questions about old wiring."
    ),
    (
        "I'll be sitting in the car park when your electrician finishes tonight. He won't be "
        "driving that van home."
    ),
    (
        "Tell the tall lad on your window round that ladders are dangerous things. People "
        "slip. Especially people who rob pensioners."
    ),
    (
        "Ms Okafor, I'd like you to think about how quiet Elm Grove gets after 11pm, and how "
        "long it takes you to walk from the bus stop to number 14."
    ),
    (
        "next time i see that fat pharmacist im putting his face thru the counter glass. "
        "tell him thats from me"
    ),
    (
        "Your festival security think they're hard men. Let's see how hard when there's six "
        "of us waiting by the staff gate on Sunday night."
    ),
    (
        "Refund me or I'm coming into your coworking space, and after I've been, nobody in "
        "that open-plan office will feel safe at their desk again."
    ),
    (
        "people who rob old folk in care homes tend to have accidents. stairs. cars. "
        "kitchens. just saying."
    ),
    (
        "I hope your takeaway goes up in flames with you behind the counter, and if it "
        "doesn't happen on its own I know a lad who'll help it along."
    ),
    (
        "Your travel agent Priya lives above the Co-op on Station Road. Her lights go off "
        "about ten. I've been noticing."
    ),
    (
        "Good afternoon. I would gently suggest the lady who cancelled my booking "
        "reconsiders. My brother is far less patient than I am, and he has already asked me "
        "for her name and her shift times."
    ),
    (
        "There's a full jerry can in my boot and I've got nothing left to lose. Settle my "
        "claim before I decide what to do with it at your branch."
    ),
    (
        "That agent in Nakawa who swallowed my 200k, tell him the boda boys know his face "
        "now. He should not walk home by the market side again."
    ),
    (
        "Tell your agent at Jatrabari his shop shutter can be broken very easy at night. His "
        "head also. Return my money."
    ),
    (
        "Wedding invites not redone by Friday and I'm coming in with a bat for your printers "
        "and whoever's stood next to them."
    ),
    (
        "Keep ignoring my emails. Every one you ignore is a day closer to me knocking on "
        "your mum's door in Leigh. Found her on Facebook in about two minutes."
    ),
    (
        "Hey ticket tout, I've got your reg plate and your WhatsApp photo. That £340 comes "
        "back to me, or you'll be eating through a straw for a good while."
    ),
    (
        "Say hi to the little one in the pram for me. Lovely park, Victoria Park. Refund by "
        "Monday please."
    ),
]

LOOK_ALIKES = [
    (
        "If I haven't had a final response about my claim within eight weeks I'll be taking "
        "it to the Financial Ombudsman, as I'm entitled to."
    ),
    (
        "Just letting you know I've started a small claims case for the £420 deposit the "
        "electrician never returned. The court will be in touch with you directly."
    ),
    (
        "I've raised a chargeback with my bank for the festival tickets that never arrived. "
        "Nothing personal, that's just the process."
    ),
    (
        "Reported the ticket resale site to Trading Standards today. Anyone else who got "
        "stung should do the same, the form only takes five minutes."
    ),
    (
        "Heads-up: I'm writing an honest Google review of the bike service tomorrow, good "
        "bits and bad bits. Thought it fair to tell you first."
    ),
    (
        "This pharmacy app is killing me. Three logins and it still forgets my repeat "
        "prescription every month."
    ),
    "The queue at the festival bar was absolute murder, 50 minutes for a warm cider.",
    (
        "Please send someone to check the socket in meeting room 3 at the coworking space. "
        "It's scorched black and smells of burning, genuine fire risk."
    ),
    (
        "There's a loose cable running across the top of the stairs in the care home. "
        "Someone's going to trip and break a hip, please tape it down."
    ),
    (
        "Sad news, our window cleaner Dave came off his ladder last week and is in hospital. "
        "Could the company let us know who's covering the round?"
    ),
    (
        "Haha Tom if you order from that takeaway again I'll kill you, the last korma nearly "
        "finished us both off 😂"
    ),
    (
        "Ordered the 'Killer Bee' wings and a 'Death by Chocolate' slice, both arrived stone "
        "cold. Disappointing."
    ),
    (
        "The 'Assassin' road bike I bought from you has a creaking bottom bracket after two "
        "rides. Can I book it in under warranty?"
    ),
    (
        "Our print order of 'Bloodbath' zine covers came out bubblegum pink instead of blood "
        "red. Can they be rerun?"
    ),
    (
        "The package holiday was a shambles from start to finish. I'll be reviewing it on "
        "Tripadvisor so other families know what to expect."
    ),
    (
        "I nearly died laughing when the travel agent told me the 'sea view' was a car park. "
        "Less funny for my bank balance though."
    ),
    (
        "Your agent said my bKash cash-out failed but the money left my account. I have "
        "lodged a complaint with the Bangladesh Bank complaint cell, ref attached."
    ),
    (
        "Mobile money agent in Mbarara gave me wrong change. I reported it to MTN customer "
        "care and the police gave me a reference number for the receipt."
    ),
    (
        "The electrician left the fuse box cover off with live wires showing. Please come "
        "back before someone gets hurt, I've got toddlers."
    ),
    (
        "The fireworks at the festival finale were lethal, best ten minutes of the whole "
        "weekend. Shame about the parking after."
    ),
]

PAIRS = [
    (
        (
            "I submitted my water damage claim six weeks ago and haven't had an update. Could "
            "you tell me where it stands?"
        ),
        (
            "SIX WEEKS!!! Six weeks since I sent in my water damage claim and NOT ONE update. Is "
            "anybody even awake over there?? Sort it out TODAY."
        ),
    ),
    (
        (
            "The tickets I bought through your resale site were rejected at the gate as invalid. "
            "I'd like a full refund, please."
        ),
        (
            "Your 'verified' tickets got me TURNED AWAY at the gate in front of my kids!!! "
            "You're a bunch of con artists. Full refund NOW or I'm calling my bank."
        ),
    ),
    (
        (
            "The cleaner skipped the back windows again this month, but I was charged the full "
            "amount."
        ),
        (
            "AGAIN?! Back windows not touched AGAIN and you still took the full £25!!! Do you "
            "think I'm blind or just stupid?"
        ),
    ),
    (
        (
            "My repeat prescription was supposed to be ready on Tuesday, but it still wasn't "
            "available on Thursday."
        ),
        (
            "Three days of ringing for my blood pressure tablets!!! What the h*ll are you people "
            "doing back there?? This is my HEALTH, you clowns."
        ),
    ),
    (
        (
            "The heating in the shared area has been off for a week. Could someone take a look "
            "at it?"
        ),
        (
            "It's FREEZING in here and has been for a WEEK!!! I'm paying £350 a month to sit in "
            "my coat. Useless. Absolutely useless."
        ),
    ),
    (
        (
            "My bike came back from its service with the gears still slipping. Could you have "
            "another look?"
        ),
        (
            "Paid £90 for a 'full service' and the gears are WORSE!!! Did your mechanic even "
            "touch it or just stare at it?? F***ing joke."
        ),
    ),
    (
        (
            "The electrician didn't turn up for Monday's appointment and nobody called to let me "
            "know."
        ),
        (
            "I took a DAY OFF WORK for your electrician who NEVER SHOWED!!! Not a call, not a "
            "text, NOTHING. Pathetic excuse for a business."
        ),
    ),
    (
        (
            "Our hotel was changed without notice to a resort much further from the beach. We'd "
            "like some compensation."
        ),
        (
            "You swapped our hotel WITHOUT TELLING US!!! Forty minutes from the beach instead of "
            "two. LIARS. I want compensation and I want it THIS WEEK!!!"
        ),
    ),
    (
        (
            "My mother's laundry keeps going missing and she's been dressed in other residents' "
            "clothes."
        ),
        (
            "My mum has been put in SOMEBODY ELSE'S CLOTHES three times now!!! Where are her "
            "things?! Do any of you actually give a d*mn about these people??"
        ),
    ),
    (
        "My order arrived an hour late and the food was cold.",
        (
            "AN HOUR LATE and stone cold!!! £32 for cold chips and congealed curry. Absolute "
            "sh*te. Refund. NOW."
        ),
    ),
    (
        "The business cards I ordered were printed with the wrong phone number.",
        (
            "I really admire the creative decision to give my business cards a brand new phone "
            "number. I'm sure whoever owns it is enjoying my clients' calls."
        ),
    ),
    (
        (
            "I sent 100,000 shillings through your agent but my sister hasn't received it after "
            "two days."
        ),
        (
            "Two days on, and the 100,000 shillings is still on its scenic tour of Uganda. I do "
            "hope it's enjoying the trip more than my sister is."
        ),
    ),
    (
        "The agent charged me 40 taka more than the listed cash-out fee.",
        (
            "How generous of your agent to invent a special fee just for me. Forty taka extra. I "
            "feel quite honoured to have been singled out."
        ),
    ),
    (
        "I waited on hold for 40 minutes before the call was cut off.",
        (
            "Forty minutes of the same four bars of pan pipes, then a disconnect. A bold "
            "artistic choice, ending it just before the climax."
        ),
    ),
    (
        "The toilets at the campsite weren't cleaned for the whole weekend.",
        (
            "Thank you for the immersive campsite toilet experience. Three days unserviced "
            "really captured the authentic medieval atmosphere you were clearly going for."
        ),
    ),
    (
        "I've asked three times for a call back from the manager and haven't had one.",
        (
            "Third request for a call from the manager. I expect she's still curating the "
            "perfect moment to ring me, and I would hate to rush an artist."
        ),
    ),
    (
        "The quiet zone is regularly being used for phone calls.",
        (
            "Lovely to see the quiet zone reimagined as a sales floor. Nothing helps me "
            "concentrate like someone closing a deal eighteen inches from my ear."
        ),
    ),
    (
        "You told me the part would arrive in three days, and it's now been three weeks.",
        (
            "Three days, you said. I now understand you meant three days in roughly the sense a "
            "glacier means it'll be along shortly."
        ),
    ),
    (
        (
            "The airport transfer included in our package never turned up and we had to pay for "
            "a taxi."
        ),
        (
            "We did appreciate the included airport transfer, in spirit. Paying 60 euros for a "
            "taxi at 2am was a wonderful chance to practise our holiday budgeting."
        ),
    ),
    (
        "The electrician left plaster dust all over the living room carpet.",
        (
            "Very thoughtful of your electrician to leave a fine layer of plaster over the "
            "living room. We had been meaning to try the distressed-beige look."
        ),
    ),
]

SINCERE = [
    (
        "Wow. Just wow. The claims handler rang me back within the hour and the payout "
        "landed the next morning. Thank you, Sarah!"
    ),
    (
        "Of course I'll recommend you to everyone. The carers treated my mum like family in "
        "her last few weeks and we'll never forget it."
    ),
    (
        "Finally got my festival wristbands after the post office mix-up, and your team even "
        "bumped us to early entry. Thank you so much."
    ),
    (
        "Thanks for the update on my prescription. Knowing it'd be ready by 4 meant I didn't "
        "have to drag the kids out twice."
    ),
    "Brilliant job on the windows, we can actually see the hills from the kitchen again.",
    (
        "Love that the bike shop let my son watch while you trued his wheel. He's now "
        "obsessed with spokes and wants to be a mechanic."
    ),
    (
        "What a surprise to come home from our holiday to a handwritten card from our travel "
        "agent. Such a lovely touch, thank you Joanne."
    ),
    (
        "The new consumer unit is just what I needed before winter, and your electrician "
        "hoovered up after himself too. Cheers!"
    ),
    (
        "Couldn't be happier with the printed wedding programmes. The gold foil is exactly "
        "what we'd pictured."
    ),
    (
        "You sorted the level 2 wifi the same afternoon I mentioned it. Of course it's "
        "little things like that which keep me renewing my desk."
    ),
    (
        "Takeaway arrived ten minutes early, piping hot, and you remembered no onions for my "
        "daughter. Wow, cheers guys!"
    ),
    (
        "The mobile money agent in Jinja spent an hour patiently helping my grandmother "
        "reverse a wrong transfer. Finally someone who explains things properly. Webale nyo!"
    ),
    (
        "bKash agent bhai in Sylhet returned the extra 500 taka I gave him by mistake. "
        "Honest man, brilliant service, I will only use his shop now."
    ),
    (
        "Thanks for the update, really appreciated. I'd assumed the claim would drag on for "
        "months and it's all settled in nine days."
    ),
    (
        "Honestly didn't expect a penny back after the festival got rained off on Saturday, "
        "so seeing the partial refund today made my week. Fair play to you."
    ),
]

CALM_DRAFTS = [
    (
        "Claim ref CLM-2024-88412 - FOURTH email, because apparently nobody at Hartwell Home "
        "Insurance can read.\n"
        "\n"
        "My kitchen flooded on 14/03/2024 when the pipe under the sink burst. I rang 0345 "
        '600 7721 at 9:15am that same morning, spoke to a "Darren", and was told an assessor '
        "would visit within 5 working days. It is now 2 May. No assessor. No call. "
        "NOTHING!!! You NEVER ring back when you say you will, every single time it's "
        '"someone will be in touch".\n'
        "\n"
        "I've paid £1,146.80 in premiums over three years and I'm currently £2,390 out of "
        "pocket for the plumber and dehumidifier hire (invoices attached AGAIN). Your "
        "handler Melissa Grant (m.grant@hartwell-ins.co.uk) told me on 19 March the claim "
        'was "approved in principle". Approved in principle, just not in actual pounds, '
        "clearly.\n"
        "\n"
        "If this isn't sorted by Friday 10 May I'm going to the Financial Ombudsman and "
        "every review site going, Trustpilot, Google, the lot. And yes, I'll name Darren.\n"
        "\n"
        "Absolutely f***ing ridiculous.\n"
        "Karen Whitlow, 07711 482 093"
    ),
    (
        'To whoever runs @TixSwapHQ (and I use the word "runs" loosely):\n'
        "\n"
        "Order #TSX-449102, two GA weekend passes for Riverbend Music Fest, bought March 3rd "
        'for $612.40 including your "service fee" of $88. Scanned at Gate C on 2024-06-21 at '
        "4:52 PM and BOTH came up as already used. The security guy literally laughed at us. "
        "We drove 6 hours from Knoxville for that!!!\n"
        "\n"
        'I\'ve emailed support@tixswap.com five times. Your chatbot "Jenna" keeps sending me '
        'to https://tixswap.com/help/invalid-tickets, which promises a "100% Buyer '
        'Guarantee". GUARANTEE OF WHAT?? You NEVER answer a real question, every single time '
        "it's a canned reply and a new ticket number.\n"
        "\n"
        "Your phone line (1-888-555-0193) goes straight to voicemail. Classy.\n"
        "\n"
        "So here's how it goes: the full $612.40 back on my Visa ending 4471 by July 5th, or "
        "I file a chargeback, report you to the Tennessee Attorney General, and post the "
        "whole gate video on TikTok. You scammy sh*tbags.\n"
        "\n"
        "- Marcus Bell"
    ),
    (
        "Hi Gleamline Window Cleaning,\n"
        "\n"
        "Account GL-0387, 14 Seaview Terrace, Bray, Co. Wicklow.\n"
        "\n"
        "Customer since 2021 and I'm fed up to the back teeth. On 8 April your lad Ciarán "
        "came at 7:40am (before I was even up!!) and did the front only. AGAIN. Then €45 "
        "came out of my account on 09/04/2024 like clockwork. Funny how the direct debit "
        "NEVER misses a visit.\n"
        "\n"
        "This is the THIRD time this year: 12 January, 6 February and now April. Every "
        'single time I ring 087 331 9204 I get "sure we\'ll sort it next visit". Next visit '
        "comes, back windows still filthy and bird sh*te all over the conservatory roof.\n"
        "\n"
        "I want the €135 refunded for the three half-jobs. I've checked https://www.ccpc.ie "
        "and I know my rights. If I don't hear back at niamh.doyle84@eircom.net by Friday, "
        "it's a one-star on Google and a post in the Bray Community Noticeboard group, and "
        "that group LOVES a bit of drama.\n"
        "\n"
        "Honestly, a toddler with a sponge would do a better job.\n"
        "\n"
        "Niamh Doyle"
    ),
    (
        "Subject: COMPLAINT - Order No. MDX/2024/561873 - WRONG MEDICINE DELIVERED!!!\n"
        "\n"
        "To Customer Care, MediQuick Pharmacy, Koramangala branch,\n"
        "\n"
        "I am writing with great anger. On 14/03/2024 I ordered my father's Telmisartan 40mg "
        "and Metformin 500mg, total ₹1,284.50 paid by UPI (txn 4091 7736 2210). What came at "
        "8:30 pm on 15th March? Telmisartan 80mg!!! Double dose for a 74-year-old heart "
        "patient. Are your pharmacists even qualified or you are hiring anybody off the "
        "road??\n"
        "\n"
        "I called 080-4718-2290 three times. Mr. Ravi Shetty put me on hold and "
        'disconnected. Every single time same story, "sir, we will call back". You NEVER '
        "call back.\n"
        "\n"
        "Thankfully my sister is a doctor and checked before he took it. Otherwise who is "
        "responsible? You?\n"
        "\n"
        "I want (1) full refund of ₹1,284.50, (2) written apology to rkmehta.blr@gmail.com, "
        "(3) explanation of how this happened. If not within 48 hours I will file in "
        "Consumer Forum and post full details with photos on Google and Practo, and tag "
        "@MediQuickIN on X. This is my father's LIFE.\n"
        "\n"
        "R.K. Mehta\n"
        "+91 98450 33127"
    ),
    (
        "Good afternoon Sir,\n"
        "\n"
        "RE: JOB NO. PP/0923 - 2,000 COPIES OF CHURCH ANNIVERSARY BROCHURES\n"
        "\n"
        "I am very disappointed and angry with PrimePress Ikeja. I paid ₦385,000 on 2nd "
        "September (GTBank transfer, ref 000013240902114587) for brochures to be ready 12th "
        "September 2023 by 10am latest. I came 10am, your manager Mr. Tunde Adeyemi said "
        '"come back 4pm". I came 4pm, machine "has issue". Next day the brochures are there '
        'but the pastor\'s name is spelt WRONG on every single page!!! "Pastor Olawale" is '
        'now "Pastor Olawle". How???\n'
        "\n"
        "I sent the approved proof to primepressikeja@yahoo.com since 28/08/2023. It is in "
        "your inbox. You NEVER read anything before printing, abi? Rubbish work. Complete "
        "nonsense.\n"
        "\n"
        "Our programme was Sunday and we used photocopy. The whole congregation saw my "
        "shame.\n"
        "\n"
        "I am requesting full refund of ₦385,000 or complete reprint free within 3 days. "
        "Otherwise I will post everything on Facebook and Nairaland and tag @PrimePressNG, "
        "and my lawyer will write you. Call me on 0803 412 7756.\n"
        "\n"
        "Deaconess Funmilayo Akande"
    ),
    (
        "To Sparky Bros Electrical (Pty) Ltd\n"
        "\n"
        "Quote Q-7712 / Invoice INV-20240311\n"
        "\n"
        "Let me get this straight. Your guy Sipho came out Monday 11 March to install a new "
        "DB board and fix the tripping geyser circuit. Quoted R8,450. He left at 2:15pm "
        'saying "all sorted". By 6pm the whole house tripped and we sat in the dark through '
        "load shedding AND your sh*tty workmanship. Lovely.\n"
        "\n"
        "I phoned 021 555 8830 at 6:20pm, 7:05pm and 8:40pm. Nothing. WhatsApp to 082 994 "
        "1067, two blue ticks, no reply. You NEVER pick up after hours but you're very quick "
        "with an invoice, hey.\n"
        "\n"
        'Then on 2024-03-13 you send ANOTHER invoice for R1,950 "call-out". For fixing your '
        "OWN mistake!!! Are you mad??\n"
        "\n"
        "I'm not paying a cent more. I want the CoC you still haven't issued and the R1,950 "
        "cancelled. Otherwise it's HelloPeter, the Electrical Conformance Board and the "
        "Consumer Goods and Services Ombud. The Durbanville WhatsApp group is already asking "
        "who did the job.\n"
        "\n"
        "Chantelle van Wyk\n"
        "chantelle.vw@gmail.com"
    ),
    (
        "G'day Spoke & Chain Cycles,\n"
        "\n"
        "Order #SC-30981, Trek Domane AL 2, paid A$1,899 on 3 March, picked up from your "
        "Fitzroy shop March 9th.\n"
        "\n"
        "Two rides. TWO. And the rear derailleur hanger snapped clean off on the Yarra trail "
        "at 7:10am Saturday. Walked 6km home in cleats. Brought it back Monday and your "
        'mechanic (Brodie?) reckoned I "must\'ve dropped it". I did NOT drop it, mate!!! '
        "Twenty years riding, I know what a stack looks like.\n"
        "\n"
        "Then he wanted A$85 for a hanger plus A$60 labour. On a ten-day-old bike. Absolute "
        "clown show.\n"
        "\n"
        "Emailed service@spokeandchain.com.au on 12/03/2024 and rang (03) 9416 2280 twice. "
        'Every single time the manager, Leigh, is "out on a ride". Must be nice.\n'
        "\n"
        "Under Australian Consumer Law that's a major fault, so I want a free repair or a "
        "full refund. Nothing by 5pm Friday and I'm lodging with Consumer Affairs Victoria "
        "and putting the whole saga on r/melbourne and Google. Don't think I won't.\n"
        "\n"
        "Josh Papadopoulos\n"
        "0412 778 305 | @joshp_rides"
    ),
    (
        "Booking ref: NVT-CUN-55821 | Agent: Stephanie Roy\n"
        "\n"
        "I am absolutely LIVID. We booked the 7-night all-inclusive in Cancún through "
        "Northern Vista Travel for CA$4,780 (two adults, one child), departing Toronto "
        "2024-02-17 at 06:45. Stephanie promised us, in an email dated Jan 9, an ocean-view "
        "room and a kids' club. We got a room overlooking the generator, and the kids' club "
        'has been "closed for renovation" since NOVEMBER. You knew!!! You absolutely knew.\n'
        "\n"
        "I called 416-555-0148 from the resort on February 18th and 19th and emailed "
        "stephanie.roy@northernvista.ca. Nothing. You NEVER respond when there's a problem; "
        "funny how the phone gets answered when there's a sale.\n"
        "\n"
        'Thanks a bunch for the "dream family getaway". My son cried on day two.\n'
        "\n"
        "I want CA$1,500 back for misrepresentation. No reply within 14 days and I'm filing "
        "with TICO (https://www.tico.ca), disputing with Amex, and posting a very detailed "
        "review on Google and Tripadvisor. Frankly, you're a f***ing disgrace to the "
        "industry.\n"
        "\n"
        "Daniel & Priya Okonkwo-Shah"
    ),
    (
        "To: members@hubworks-shibuya.jp\n"
        "Cc: Takeshi Mori (Community Manager)\n"
        "\n"
        "Membership HW-SBY-2207, Dedicated Desk, ¥48,000/month.\n"
        "\n"
        "Since 1 February the 4th-floor wifi has dropped EVERY SINGLE DAY between 10:00 and "
        "11:30, exactly when I have calls with London. I have lost two contracts. TWO!!!\n"
        "\n"
        "I reported it on 2024-02-05, 2024-02-14 and again 26/02/2024. Each time Mr. Mori "
        'says "we are checking with the provider". Checking for a MONTH?? You NEVER fix '
        "anything, you just put up another poster about community events. Nobody wants your "
        "kombucha Friday, we want internet.\n"
        "\n"
        "I was also charged ¥6,600 for meeting room 4B on 22 February, which I cancelled on "
        "Slack at 09:12 that morning. Screenshot attached.\n"
        "\n"
        "I expect a refund of ¥6,600, a 50% credit for February (¥24,000) and a real fix. If "
        "not, I cancel, post an honest review on Google Maps and in Tokyo Expats on Facebook "
        "(14k members), and tag @HubWorksJP. Amateur hour.\n"
        "\n"
        "Rachel Kim\n"
        "+81 90-4412-7783"
    ),
    (
        "Till ledningen, Solgläntan Care Home (in English so my brother can read it too)\n"
        "\n"
        "Resident: Birgitta Lindqvist, room 214. Invoice SG-2024-0331.\n"
        "\n"
        "I am FURIOUS. On 3 March my mother fell in her bathroom around 02:30 and was not "
        "found until the 06:00 round. THREE AND A HALF HOURS on a cold floor!!! The night "
        "nurse, Jonas, told me \"she didn't press the alarm\". She has dementia. She doesn't "
        "know what an alarm IS. That is literally why she lives with you.\n"
        "\n"
        'Then an invoice arrives for 3,450 kr for "extra care hours" the week after her '
        "fall. Extra care you should have given her in the first place. Incredible.\n"
        "\n"
        "I emailed the manager, Eva Strand (eva.strand@solglantan.se), on 05/03/2024 and "
        "2024-03-11, and called 08-555 21 904 four times. You NEVER call back. Every single "
        'time, "Eva is in a meeting".\n'
        "\n"
        "I want the invoice cancelled, a written incident report and a meeting by 20 March. "
        "If not, I report this to IVO and I speak to Aftonbladet. I have photos of the "
        "bruises. Useless, heartless people.\n"
        "\n"
        "Anna Lindqvist-Berg\n"
        "070-318 44 62"
    ),
    (
        "Hello Pierogarnia u Basi,\n"
        "\n"
        "Order #PB-77810 on Pyszne.pl, placed 14.03.2024 at 19:42, total 127,50 zł.\n"
        "\n"
        "I ordered 3 ruskie pierogi, 2 barszcz and one żurek for my family. Delivery came "
        "21:15, ONE AND A HALF HOURS LATER!!! Soup spilled all over the bag, pierogi like "
        "rubber, and the żurek MISSING completely. My kids went to bed hungry. Thanks so "
        "much, really.\n"
        "\n"
        'I called +48 12 555 03 88 and a man (Paweł I think) said "not our problem, contact '
        'the app". The app says contact the restaurant. Every single time you bounce me back '
        "and forth like a ball. You NEVER take responsibility!!!\n"
        "\n"
        "And not the first time: 2 February, order #PB-75102, dessert missing.\n"
        "\n"
        "I want 127,50 zł back on my card, not vouchers. If not by Monday, review on Google "
        "and Pyszne with photos, and complaint to UOKiK. Honestly the worst sh*t food I've "
        "paid for in Kraków.\n"
        "\n"
        "Oleksandra Hnatiuk\n"
        "ola.hnatiuk@wp.pl"
    ),
    (
        "TO: MTN MoMo Customer Care / Agent Supervisor, Wandegeya\n"
        "\n"
        "Complaint about Agent No. 284417 (Kato Mobile Money & Stationery, opposite "
        "Wandegeya market)\n"
        "\n"
        "On 12/04/2024 at 3:20pm I deposited UGX 850,000 with this agent to send to my "
        'mother in Mbale (0772 418 906). Kato gave me a paper receipt and said "it will '
        'reflect in 10 minutes". It is now 19 April. My mother has received NOTHING!!! The '
        "transaction ID he wrote, 78823310944, your system says does not exist.\n"
        "\n"
        'I called 100 from 0701 553 219 four times. Every single time, "escalated, wait 72 '
        'hours". 72 hours passed LAST WEEK!!! You NEVER give a real answer. When I went back '
        "to the kiosk Kato pretended he has never seen me. Thief. Absolute thief.\n"
        "\n"
        "That money was for my mother's bill at Mbale Regional Hospital. She has had to "
        "borrow.\n"
        "\n"
        "I want UGX 850,000 returned within 48 hours and that agent suspended. If not, I go "
        "to Bank of Uganda complaints desk and Wandegeya police, and I post the kiosk photo "
        "on X tagging @MTNUG. Enough is enough.\n"
        "\n"
        "Brian Ssemwogerere\n"
        "bssemwogerere@gmail.com"
    ),
    (
        "To bKash Customer Service - complaint about Agent No. 01711-208634\n"
        "\n"
        "Dear Sir/Madam,\n"
        "\n"
        "On 2024-05-06 at 11:45 am I went to cash-out ৳25,000 at agent shop Rahman Telecom, "
        'Road 27, Dhanmondi. The agent Mr. Shafiqul gave me only ৳23,500 and said "charge". '
        'Official charge is ৳462.50 (1.85%). He took ৳1,500!!! When I asked, he said "this '
        'is the rate, take it or leave it". RUDE and CHEATING.\n'
        "\n"
        "I called 16247 on 6 May and again 8 May. Every single time a different person, I "
        "must explain from beginning. Complaint ID: BK-CMP-2405-88231. No update. You NEVER "
        "follow up, only send me promo SMS for cashback. Very nice. Very helpful.\n"
        "\n"
        "I am a university teacher, not a fool. I have the SMS (TrxID 9E6K2L1P0Q) and photo "
        "of the shop.\n"
        "\n"
        "Refund the extra ৳1,037.50 to 01819-442573 and take action on this agent. Otherwise "
        "I report to Bangladesh Bank FICSD and post in Dhanmondi Residents Facebook group "
        "(60k members). These b*stards loot poor people every day.\n"
        "\n"
        "Dr. Nusrat Jahan\n"
        "nusrat.jahan.du@gmail.com"
    ),
    (
        "Booking Reference: SUN-LX-7734019 - Lead passenger: Mr G. Harrington\n"
        "\n"
        'Right. I\'ve been polite to your so-called "Customer Experience Team" three times on '
        "the phone and I'm done being polite.\n"
        "\n"
        "We paid £3,248 for a 10-night package to Albufeira, flying Manchester 14/07/2024 at "
        "06:10. Flight delayed 9 hours, fine, not your fault. But the transfer coach wasn't "
        'there, so we paid €95 for two taxis at 4am. The "4-star family hotel" pool was '
        "CLOSED the entire stay. Green water, tape round it. Brochure photo still up at "
        "https://www.sunvista-holidays.co.uk/albufeira-praia-mar.\n"
        "\n"
        'Your rep Kelly (WhatsApp +351 912 447 203) said "pop it in writing when you get '
        'home". So here it is, in writing!!! You NEVER sort anything on the spot, every '
        'single time it\'s "contact head office". Head office on 0161 555 4420 says contact '
        "the rep. Circus.\n"
        "\n"
        "I'm claiming €95 for taxis and £800 loss of enjoyment under the Package Travel "
        "Regulations. 28 days, then it's ABTA, small claims, and a Tripadvisor review the "
        "size of a novel. Cowboys, the lot of you.\n"
        "\n"
        "Graham Harrington, graham.h1962@btinternet.com"
    ),
    (
        "Re: Job #E-20931, Lone Star Sparks LLC - 4411 Pecan Hollow Dr, Round Rock TX\n"
        "\n"
        "Y'all need to hear this, and I'm copying the owner, Randy Dale, because your office "
        "manager Tiffany has hung up on me TWICE.\n"
        "\n"
        "On March 3rd your tech (shirt said Cody) came out to put in a 240V outlet for my "
        "new dryer. Quote was $475. He was here 45 minutes. Charged my card $1,120.36 for "
        '"panel upgrade materials." What panel upgrade?!? Nobody touched the panel. I stood '
        "right there the whole time!!!\n"
        "\n"
        "Then on 2024-03-10 around 8:30 at night that outlet started SMOKING. My husband had "
        "to kill the breaker. You could have burned my house down with my kids asleep "
        "upstairs. Real professional, fellas.\n"
        "\n"
        "I've called (512) 555-0127 every day since. Every single time, \"Randy's on a job "
        'site." You NEVER call back, you just bill.\n'
        "\n"
        "I want the $645.36 overcharge refunded and a licensed electrician (not Cody) to fix "
        "it free. Otherwise it's TDLR, JP court, and reviews on Google, Yelp, Nextdoor AND "
        "the Round Rock Moms group. D*mn crooks.\n"
        "\n"
        "Shelby Harmon\n"
        "shelbyh.tx@yahoo.com"
    ),
    (
        "@InkWellPrintsGla - since you ignore DMs, here's the email version. Order IW-10562.\n"
        "\n"
        "On 3 March I ordered 250 festival tees and 1,000 A5 flyers for Southside Sound "
        "Fest, £2,184.00 inc VAT, paid in full by card that day. Deadline agreed IN WRITING "
        "with your manager Callum Reid (callum@inkwellprints.co.uk): ready for collection "
        "28/03/2024 by 12 noon. Gates opened 2024-03-30.\n"
        "\n"
        '28 March, noon: "nearly there". 4pm: "tomorrow, promise". 29 March: tees printed '
        "with LAST YEAR'S line-up!!! A headliner who pulled out in 2023, in massive letters, "
        "on 250 shirts. We sold nine. Nine. Brilliant marketing, cheers lads.\n"
        "\n"
        "I phoned 0141 555 6723 at 9:05, 11:30 and 15:45 today. Every single time the lassie "
        'says Callum\'s "on the machines". You NEVER own a mistake, you just hide behind the '
        "counter.\n"
        "\n"
        "I want the full £2,184 back plus the £310 I spent on emergency reprints elsewhere "
        "(receipt attached). Seven days. Then it's Citizens Advice, simple procedure at the "
        "sheriff court, and a very public thread on r/glasgow. Useless f***ing amateurs.\n"
        "\n"
        "Eilidh MacLeod\n"
        "Southside Sound Fest | https://southsidesound.scot"
    ),
]
