"""Blind round 112 (session 35): written by a helper session that saw no rule, no round and no
code, after the session's rounds 107-111 work, themed on opticians and contact lenses, parking
enforcement, baby products, pest control, mobile hairdressers and barbers, escape rooms and
bowling, second-hand furniture, solicitors and will-writers, allotment and garden tools, Kenyan
and Ghanaian mobile money, New Zealand rental agencies, American car dealers. Held out until
measured with the session's starting code (be9bc03) and with 261b3b9 (all the rounds 107-111
work): extortion 11/15 with both, threats 10/20 with both, look-alikes 16/20 with both, plain
pairs 10/10, dry pairs 4/10 and 5/10, sincere 13/15 with both, calm versions 16/16. Then worked
from (the fixes are tested with texts of our own in test_round_112_shapes.py); its reading after
them is kept as a floor."""

EXTORTION = [
    (
        "Dear Sir/Madam, I have drafted a detailed account of my experience with your "
        "contact-lens subscription for Trustpilot. I would be content to leave it "
        "unpublished, should you see fit to refund the three months I was billed after "
        "cancelling, with something on top for the inconvenience. I trust we can reach an "
        "understanding."
    ),
    (
        "Knock £200 off the sofa and the Google review disappears. Don't, and it stays up "
        "with close-ups of the woodworm."
    ),
    (
        "ngl my tiktok has 40k followers n i filmed the whole clamping thing start to "
        "finish. cancel the £100 charge n it stays in my drafts. ur call babe"
    ),
    (
        "Right pal, here's how it goes. Ye sort oot the £85 parking charge and I'll no be "
        "putting that wee video of yer attendant up on Facebook. Simple as that."
    ),
    (
        "Sure look, I've a review half-written for Tripadvisor about the escape room and "
        "it's not pretty. Throw in two free sessions for myself and the lads and I'd say I "
        "could be persuaded to lose it altogether."
    ),
    (
        "Madam, I beg, let us settle this matter amicably. You will refund my money for the "
        "faulty pram and add small something for my transport, then I will not put this your "
        "matter on Nairaland. Otherwise the whole world go hear am."
    ),
    (
        "Kindly note I have prepared one Google review of 1 star regarding your pest control "
        "service. If you are doing the re-treatment free of cost and also giving 50% "
        "cashback, I will be changing it to 5 star. Please revert at the earliest."
    ),
    (
        "Listen boet, I'm not trying to make a fuss, but my Hellopeter review is sitting in "
        "drafts. You waive the call-out fee and it can stay there forever. Lekker?"
    ),
    (
        "Mate, I run a Facebook group with 12k local parents in it. Chuck in a free car seat "
        "with the replacement and I reckon I'll forget to mention how your lot treated me. "
        "Fair's fair."
    ),
    (
        "Now I don't want to be ugly about this, but my cousin runs the biggest truck-buyers "
        "group on Facebook in three counties. Y'all knock that doc fee off and I'll tell him "
        "you treated me right. Otherwise, well. Bless your hearts."
    ),
    (
        "It would be a real pity if the allotment society newsletter, which I happen to "
        "edit, ran a piece on rusty spades being sold as new. Though I suppose a full refund "
        "and a replacement fork might help me find other stories to cover this month."
    ),
    (
        "I'll happily update my one-star rating on Google the day the £40 'late cancellation "
        "fee' is back in my account AND there's a voucher for my next cut in my inbox. Until "
        "then it stays up, and it gets longer every week."
    ),
    (
        "Here's my offer: you let me out of the fixed-term tenancy early with no break fee, "
        "and my thread on r/newzealand with the photos of the black mould never gets posted. "
        "Everyone walks away happy."
    ),
    (
        "I have a very long thread ready for Mumsnet about your will-writing service. "
        "Thousands of women read AIBU every hour. Waive the £350 and I'll delete the draft. "
        "That's the only conversation I'm interested in having."
    ),
    (
        "Got a thread with screenshots of your agent's messages ready to go on X. Send back "
        "my KSh 4,500 plus another 2,000 for my trouble and it never sees daylight. Tick "
        "tock."
    ),
]

THREATS = [
    (
        "Your daughter's the one in the green blazer, isn't she. St Anne's lets out at "
        "quarter past three. Just something to think about while you decide on my lens "
        "refund."
    ),
    (
        "That wee shop of yours is full of old dry wood. Old dry wood goes up like a "
        "matchbox, so I'm told. Be a pity, all that stock."
    ),
    "Clamp my car one more time and I'll clamp your skull to the bonnet, you parasite.",
    (
        "People who rob pensioners with fake parking fines tend to have accidents in dark "
        "car parks. Funny how often that happens."
    ),
    (
        "I hope the rats you never got rid of find their way into your kids' bedroom some "
        "night. And if they don't, I'll bring some round myself and a few things worse."
    ),
    (
        "Tell your barber with the neck tattoo that next time he's holding the razor, I'll "
        "be standing behind him holding something heavier. We'll see how steady his hand is "
        "then."
    ),
    (
        "Silver Ford Ranger, ladder rack, parked outside number 12 Kowhai Street every "
        "night. Would be awful if the brakes went on that hill one morning."
    ),
    (
        "Mr Osei, I have been very patient. From tonight I will be patient in your car park, "
        "every evening, until we can discuss this face to face. You may prefer to settle "
        "before that meeting happens."
    ),
    (
        "Thank you for your reply. Please pass my regards to your wife; she looked well at "
        "the garden centre on Saturday, and the little one has grown so much. I do hope we "
        "can resolve my deposit before I need to say hello in person."
    ),
    (
        "u send that money back by tmrw or i swear down me and the boys are coming to the "
        "branch and none of ur staff walking out on there own legs"
    ),
    (
        "Somebody ought to drag that solicitor out of his nice glass office and show him "
        "what happens to men who steal from the dead. I'd happily volunteer."
    ),
    (
        "Escape room? Your staff are going to need one when I come back in on Saturday. Tell "
        "the lad with the headset to stay close to the fire exit."
    ),
    (
        "Got your home address off Companies House. Got a can of petrol in the shed. I'll "
        "let you do the maths, you're good with numbers."
    ),
    (
        "That nice glass front on the dealership would look a lot better with my truck "
        "parked through it. Keep stalling on my title and see what happens at 3am."
    ),
    (
        "Sweetheart, I've done twelve years inside. Another three for a little shopkeeper "
        "who sold my grandson a broken cot wouldn't bother me one bit."
    ),
    (
        "Wewe agent, you think you can eat my 8,000 bob and sleep well? We know the stage "
        "you alight at. We shall meet you there one of these evenings, and you will not "
        "enjoy it."
    ),
    (
        "People like you who prey on new parents usually end up face-down in the canal "
        "sooner or later. I wouldn't mind giving nature a little push."
    ),
    (
        "I'll be waiting by your van after your last appointment tonight. Bring my £60 or "
        "bring a first aid kit, your choice."
    ),
    (
        "You put poison down in my garden and my dog's on a drip at the vet. Let's see how "
        "you like it when someone leaves a little something in your dinner."
    ),
    (
        "Tell the old fella who runs your tool shop that the sheds up at Brookfield "
        "allotments burn very nicely this time of year. His is the one with the blue door, "
        "right?"
    ),
]

LOOK_ALIKES = [
    (
        "If this isn't resolved within 14 days I'll be taking it to the Financial Ombudsman. "
        "Not a threat, just letting you know the next step so nobody's surprised."
    ),
    (
        "I've raised a chargeback with my bank for the contact lenses that never arrived. "
        "The dispute reference is CB-448120 in case they contact you."
    ),
    (
        "I'll be leaving an honest review on Google once the pram arrives, whatever happens, "
        "good or bad. Other parents deserve to know what to expect."
    ),
    (
        "This parking app is genuinely killing me. Four attempts to pay £2.40 and it timed "
        "out every single time."
    ),
    (
        "The queue at the bowling alley on Saturday was absolute murder, but the staff were "
        "lovely once we finally got a lane."
    ),
    (
        "Just flagging: the extension cable behind lane 7 is frayed and I saw it spark. "
        "Someone's going to get hurt or start a fire. Please sort it before the kids' "
        "parties this weekend."
    ),
    (
        "The second-hand armchair I bought from you has no fire safety label on it. I've "
        "reported it to Trading Standards because I don't think it should be on sale at all."
    ),
    (
        "I'll see you in the small claims court, then. I've already filled in the Money "
        "Claim Online form for the £640."
    ),
    (
        "Sorry I missed my eye test. My brother was in a car accident on the M6 and I was at "
        "the hospital all night. Can we rebook for next week?"
    ),
    (
        "Haha Dave you absolute menace, I'm going to kill you for booking us into the horror "
        "escape room without warning me. Best birthday ever tho"
    ),
    (
        "Your 'Rat Assassin' bait stations are brilliant, but the lid on mine cracked after "
        "a week. Could I get a replacement sent out?"
    ),
    (
        "Ordered the 'Widow Maker' burger at the bowling alley bar and it arrived stone cold "
        "with a raw bun. Not great for £14."
    ),
    (
        "I'm going to tell everyone I know about this barber. He was rude, forty minutes "
        "late, and the fade was lopsided. That's my honest opinion and I'm entitled to share "
        "it."
    ),
    (
        "Our property manager keeps saying she'll 'deal with' the leak. It's been six weeks. "
        "I've now applied to the Tenancy Tribunal."
    ),
    (
        "The 'Killer Deal' on the used F-150 turned out to have $2,300 in add-ons nobody "
        "mentioned. I've filed a complaint with the state attorney general's consumer "
        "protection division."
    ),
    (
        "Your loppers are lethal, in the best way. Went through a two-inch branch like "
        "butter. Shame the handle snapped on day three though."
    ),
    (
        "My MoMo transfer failed but the 300 cedis was still deducted. If it isn't reversed "
        "by Monday I'll report it to the Bank of Ghana."
    ),
    (
        "I know where your new branch is now that you've moved, so I'll drop the faulty "
        "glasses off in person on Monday morning."
    ),
    (
        "The will-writer my parents used has passed away and we're trying to find out who "
        "holds the original will. Can you help at all?"
    ),
    (
        "Honestly, if they send me that parking charge one more time I'll scream. Appeal "
        "sent to POPLA with the photos of the broken machine."
    ),
]

PAIRS = [
    (
        (
            "Hi, my contact lens subscription renewed even though I cancelled on 2 May. Could "
            "you refund the £38.50, please?"
        ),
        (
            "I CANCELLED on 2 May!!! Why the h*ll have you taken £38.50 AGAIN?? Refund it NOW, "
            "you useless bunch of thieves!!!"
        ),
    ),
    (
        (
            "I've received a £100 charge for overstaying by four minutes. The queue for the "
            "ticket machine was long, so I'd like this reconsidered."
        ),
        (
            "FOUR MINUTES. A £100 FINE for FOUR B***DY MINUTES stuck queuing at YOUR broken "
            "machine!!! Absolute vultures. Cancel it."
        ),
    ),
    (
        (
            "The bottle steriliser I bought stopped working after two uses. Could I get a "
            "replacement?"
        ),
        (
            "Your cr*p steriliser DIED after TWO uses!!! I have a newborn and no way to clean "
            "bottles. Sort it out TODAY, I'm not asking again!!!"
        ),
    ),
    (
        (
            "The technician said the wasp nest would be gone within 48 hours, but it's still "
            "active a week later."
        ),
        (
            "A WEEK and the wasps are STILL THERE!!! Your so-called technician was a clown. I "
            "want my £75 back or someone out here TODAY!!!"
        ),
    ),
    (
        "My mobile stylist didn't arrive for the 10am appointment and nobody let me know.",
        (
            "Sat here like an IDIOT since 10am with wet hair and NOBODY bothered to call!!! "
            "Worst service I've EVER had. Don't even bother apologising."
        ),
    ),
    (
        (
            "We were left in the room for 15 minutes after the timer ended because the staff "
            "member wasn't watching the monitor."
        ),
        (
            "Your staff member was on his PHONE while we were stuck for 15 EXTRA MINUTES!!! "
            "Pathetic. My daughter was in tears. Get your act together!!!"
        ),
    ),
    (
        "The wardrobe was described as solid oak, but it's actually veneered chipboard.",
        (
            "SOLID OAK my a**!!! It's chipboard with a sticker on it! You LIED to me and I want "
            "every penny back!!!"
        ),
    ),
    (
        "I've been waiting three months for the probate paperwork and haven't had an update.",
        (
            "THREE MONTHS!!! Not one call, not one email. What exactly am I paying you £250 an "
            "hour for?? Absolute joke of a firm!!!"
        ),
    ),
    (
        (
            "I sent KSh 3,000 to the wrong number and reported it the same day, but it still "
            "hasn't been reversed."
        ),
        (
            "I REPORTED IT THE SAME DAY!!! 3k gone and your customer care just keep saying 'wait "
            "48 hours'. Mnafanya nini?? USELESS!!!"
        ),
    ),
    (
        (
            "The check-engine light came on the day after I bought the car. I'd like it looked "
            "at under the warranty."
        ),
        (
            "Check engine light came on the NEXT DAY!!! You sold me a LEMON and your sales guy "
            "won't even pick up the d*mn phone!!! FIX IT!!!"
        ),
    ),
    (
        (
            "The heat pump in our rental has been broken since June and we've reported it three "
            "times."
        ),
        (
            "Thank you for the chance to experience an authentic Dunedin winter indoors since "
            "June. Three reports in, we've really got the hang of seeing our own breath at "
            "breakfast."
        ),
    ),
    (
        "The hose reel I bought leaks badly at the connector.",
        (
            "The hose reel does a wonderful job of watering my shoes. The plants get rather less "
            "out of it, but I imagine that's a premium upgrade."
        ),
    ),
    (
        "The pin-setter on our lane broke three times and we weren't given any extra time.",
        (
            "We particularly enjoyed the interactive element where we walked down the lane to "
            "reset the pins ourselves. Three times. Very immersive, and no extra charge for the "
            "exercise."
        ),
    ),
    (
        "My glasses were supposed to be ready in a week and it's now been four.",
        (
            "Four weeks for a one-week order. I've been seeing the world in a lovely soft focus "
            "all month, so in a way you've given me a gift."
        ),
    ),
    (
        "Your app charged me twice for the same parking session.",
        (
            "Paying twice for one parking space is a generous arrangement. I'd never have "
            "thought to support your business so warmly without the app's gentle encouragement."
        ),
    ),
    (
        "I was on hold for 40 minutes trying to report a recalled car seat.",
        (
            "Forty minutes of pan-pipe Greensleeves while trying to report a recalled car seat. "
            "Reassuring to learn that child safety ranks just below the hold playlist."
        ),
    ),
    (
        "The barber took off a lot more than I asked for.",
        (
            "I asked for a light trim and left with what I can only describe as a bold "
            "commitment to my scalp. Bracing. I'll be saving on shampoo well into next year."
        ),
    ),
    (
        "The mice came back two weeks after your guaranteed treatment.",
        (
            "The mice send their regards. They seem to have enjoyed the complimentary buffet you "
            "laid out a fortnight ago and have since invited the extended family."
        ),
    ),
    (
        ("You misspelled my late husband's name on the will and then charged £120 to correct it."),
        (
            "A hundred and twenty pounds to fix a spelling you got wrong in the first place. I "
            "hadn't realised literacy was an optional extra."
        ),
    ),
    (
        "My mobile money cash-out has been showing as pending for five days.",
        (
            "Five days pending. I've started to think of my cedis as being on a little holiday "
            "somewhere, and who am I to call them home early."
        ),
    ),
]

SINCERE = [
    (
        "Wow. Just wow. The optician spotted something at the back of my eye that two GPs "
        "had missed, and I'm now being treated early. Thank you, Priya, you may have saved "
        "my sight."
    ),
    (
        "Of course you can use my photo of the nursery on your website! The cot is gorgeous "
        "and my daughter finally sleeps through in it."
    ),
    (
        "Finally got the keys to our rental in Hamilton after three months of searching, and "
        "the agent stayed late on a Friday to get the paperwork done. Absolute legends."
    ),
    (
        "Thanks for the update on my parking appeal, and for letting me know so quickly that "
        "it's been cancelled. That's taken a real weight off my mind."
    ),
    (
        "Brilliant service from the pest control lad today. Explained everything, no "
        "upselling, and the kids loved hearing all about the wasps."
    ),
    (
        "Love that you do home visits for haircuts. Mum's 92 and hasn't been out in months; "
        "she was beaming for the rest of the day."
    ),
    (
        "What a surprise! The escape room team had decorated the room for my son's birthday "
        "without us even asking. He's still talking about it a week later."
    ),
    (
        "Just what I needed: a solicitor who explains things in plain English and doesn't "
        "rush you. Thank you for making Dad's will so painless."
    ),
    (
        "Couldn't be happier with the old dresser from your shop. It's clearly had a past "
        "life, and that's exactly why we love it."
    ),
    (
        "Sent money to the wrong number by mistake and customer care reversed it within two "
        "hours. Asante sana, truly, you saved my week."
    ),
    (
        "Great, another parcel on the doorstep, and this time it's the seed potatoes, a week "
        "early and beautiful. Already chitting on the windowsill. Thank you!"
    ),
    (
        "The salesman actually talked me out of the more expensive truck because he said I "
        "didn't need it. Of all things! I'll be back for my wife's car, no question."
    ),
    (
        "Thanks for the update, Kwame. I saw the reversal land this morning. You were very "
        "patient with me on the phone and I appreciate it."
    ),
    (
        "Took the grandkids bowling and the staff put the bumpers up and gave the little one "
        "a free slushie when she cried over a gutter ball. Lovely people, what a day."
    ),
    (
        "Finally, contact lenses that don't make my eyes itch by lunchtime. Took three "
        "trials, but the team never once made me feel like a nuisance."
    ),
]

CALM_DRAFTS = [
    (
        "Order #CLS-558203 - AGAIN!!!\n"
        "\n"
        "To whoever is pretending to run customer service at ClearView Lenses,\n"
        "\n"
        "This is the THIRD time I'm writing about the same thing. I cancelled my monthly "
        "subscription on 14/03/2024 at 09:42 by phone (spoke to a 'Jordan', about as useful "
        "as a chocolate teapot) and got a confirmation email from "
        "support@clearviewlenses.co.uk. Despite that, you took £27.99 on 1 April, £27.99 on "
        "1 May and £27.99 on 1 June. That's £83.97 for lenses I never ordered and never "
        "received.\n"
        "\n"
        "Every single time I ring 0330 912 4471 I'm on hold for 35+ minutes and then cut "
        "off. You NEVER call back. NEVER.\n"
        "\n"
        "I want the full £83.97 refunded by Friday 21 June. If not, I'm raising a chargeback "
        "with Nationwide and writing up the whole saga on Trustpilot with screenshots. And "
        "if you send me one more 'we value your feedback' email I will lose my s**t.\n"
        "\n"
        "Fuming,\n"
        "Helen Carr\n"
        "@helencarr_writes"
    ),
    (
        "RE: Deal #A-20931, 2019 Chevy Silverado, VIN ending 4471\n"
        "\n"
        "Listen up, Tri-County Chevrolet. I drove off your lot on March 3rd with a "
        '"certified pre-owned" truck and a promise from your salesman Brandon Kowalski that '
        'the $1,895 "protection package" was OPTIONAL. Turns out it\'s baked into the '
        "contract and I'm paying it off at 9.4% APR. Nobody told me that. NOBODY.\n"
        "\n"
        "Then the transmission started slipping on 2024-03-11. Service advisor Tammy said "
        "come in at 7:30am on the 12th, so I took a day off work, and y'all didn't have a "
        "bay open till 2pm. Every. Single. Time. I deal with you people it's a runaround.\n"
        "\n"
        "Here's what I want:\n"
        "1) The $1,895 package removed and refunded\n"
        "2) The transmission fixed under the CPO warranty, no $150 diagnostic fee\n"
        "3) A loaner, since I'm paying $612.40 a month for a truck sitting on your lot\n"
        "\n"
        "You have until March 22. After that it's the Texas Attorney General, the BBB, and a "
        "real honest Google review. Call me at (512) 555-0187 or email "
        "dwayne.hollis77@gmail.com. Don't make me drive back down there.\n"
        "\n"
        "Dwayne Hollis"
    ),
    (
        "To M-Pesa Customer Care (@PesaCareKE)\n"
        "\n"
        "I am writing for the FOURTH time about transaction ID SBK7QH2X9P. On 5 February "
        "2024 at 18:23 I sent KSh 12,500 to what I thought was my landlord's till number "
        "884512, but the agent at Kahawa Sukari had given me wrong digits. I called within "
        'ten minutes and was told the reversal would be done "within 24 hours". That was 5 '
        "February. Today is 19 February!!!\n"
        "\n"
        "Your people keep giving me a new reference every time: 22091, then 22340, then "
        "22877. What is the use of a reference number if NOBODY ever reads it?? One lady "
        'called Wanjiru even told me to "just pray about it". Pray?? That money is my rent!\n'
        "\n"
        "I run a small business in Githurai and I cannot afford to lose 12.5k because your "
        "system is slow and your staff are clueless. If the money is not back on my line "
        "0722 555 418 by Friday, I am going to CBK, I am posting the whole story on X and "
        "TikTok, and I will tell every chama member I know to move to another service.\n"
        "\n"
        "Fed up,\n"
        "Esther Njeri Mwangi\n"
        "esthernjeri.biz@gmail.com"
    ),
    (
        "Dear Sir/Madam,\n"
        "\n"
        "Ref: MoMo complaint no. GH-MM-2024-006713\n"
        "\n"
        "Since 2nd April I have been chasing a cash-out of GH₵ 1,850.00 that was debited "
        "from my wallet (0244 556 102) at 14:07 at the Kaneshie market agent but NEVER paid "
        'to me. The agent, a young man named Kofi, said "system is down, come back later". I '
        "came back three times. Every time the same story!!!\n"
        "\n"
        "I called customer service on 3/4/2024, 5/4/2024 and 9/4/2024. Each time a different "
        'person, each time "escalated", each time nothing. Your Madam Adjoa told me to be '
        'patient because "it is only 1,850". ONLY?? That is my stock money for the whole '
        "month, madam!\n"
        "\n"
        "I am giving you until 16 April 2024. After that I am going straight to the Bank of "
        "Ghana consumer desk, and my nephew who works at a radio station in Accra will hear "
        "everything. I have the SMS, the time, the agent code (AGT-55219) and the receipts.\n"
        "\n"
        "Do the right thing and pay me my money.\n"
        "\n"
        "Yours (very annoyed),\n"
        "Mrs Abena Owusu-Ansah\n"
        "abena.owusuansah@yahoo.com"
    ),
    (
        "Subject: Bond for 14B Kowhai Rd, Mt Albert - tenancy ref KRP-3381\n"
        "\n"
        "Kia ora Sarah (and whoever else is pretending to read these),\n"
        "\n"
        "We moved out on 28/01/2024. Final inspection was 30 January at 11am and you said on "
        'the day "looks great, full bond back". Now you\'ve lodged a claim with Tenancy '
        'Services for NZ$1,240 out of our NZ$2,600 bond for "carpet cleaning" and "garden '
        "restoration\". The garden was gravel when we moved in. It's gravel now. What exactly "
        "did you restore??\n"
        "\n"
        'And the NZ$180 "letting fee" you slipped into the first invoice in 2022? Banned '
        "since 2018. Nice try.\n"
        "\n"
        "You NEVER answered a single maintenance request on time in two years. The shower "
        'leaked for five months. The heat pump was "being looked at" from May to September. '
        "And now you want to be precious about a carpet?\n"
        "\n"
        "I've attached the entry report, 46 photos and your own email from 30/1 at 2:14pm. "
        "If the claim isn't withdrawn by 15 February I'm filing with the Tenancy Tribunal "
        "and posting a very detailed review on Google and r/auckland. Reach me on 021 448 "
        "9021 or tama.rewiti@xtra.co.nz.\n"
        "\n"
        "Ngā mihi (barely),\n"
        "Tama Rewiti"
    ),
    (
        "Hi there, Bugsaway Pest Solutions\n"
        "\n"
        "Job card #BW-77120. You were booked for Tuesday 12 March between 8 and 10am to "
        "treat my kitchen for German cockroaches. Your technician Sipho pitched at 12:40, "
        "sprayed for maybe ten minutes, charged R1,450 and left. TEN MINUTES. He didn't even "
        "move the fridge.\n"
        "\n"
        "Two weeks later the roaches are having a party in my kettle. I phoned 021 555 3307 "
        'on the 18th, the 20th and the 25th. Each time "the manager will call you back". The '
        "manager has NEVER called back. Not once. Is he a myth?\n"
        "\n"
        'Your website promises a "90-day guarantee" (www.bugsaway.co.za/guarantee). Well, '
        "here I am, guaranteed. I want a proper retreatment by someone who knows what a "
        "skirting board is, or my R1,450 back in full.\n"
        "\n"
        "If I don't hear by Friday it all goes on Hellopeter, with the video of Sipho "
        "leaving after ten minutes, and I'm reporting you to the National Consumer "
        "Commission. Honestly, what a k*k show.\n"
        "\n"
        "Regards,\n"
        "Marlene van Rooyen\n"
        "marlene.vr@telkomsa.net | 082 555 6612"
    ),
    (
        "Subject: Complaint against Lakeview Optics, Koramangala - Invoice No. "
        "LVO/23-24/4418\n"
        "\n"
        "Respected Sir/Madam,\n"
        "\n"
        "I am extremely disappointed and frankly ANGRY. On 14-03-2024 I paid ₹18,400 for "
        "progressive lenses with blue-cut coating for my father (age 71). Your staff Mr. "
        "Ravi Shetty promised delivery in 7 working days. It is now 3 April. We have come to "
        'the store FOUR times and every single time the answer is "tomorrow sir, tomorrow". '
        "Enough of tomorrow!!!\n"
        "\n"
        "When the glasses finally came on 28 March, the left lens power was wrong (-2.25 "
        "instead of -1.75). My father nearly fell on the stairs. Your staff laughed and said "
        '"adjust madi, he will get used". Is this how you treat senior citizens??\n'
        "\n"
        "I want correct lenses by 6 April or a full refund of ₹18,400. I have already "
        "registered on the consumer helpline (1915) and I will file in the district consumer "
        "commission. I will also put a detailed review on Google and Justdial with photos of "
        "the prescription and invoice.\n"
        "\n"
        "Call me on +91 98450 12337 or mail vikram.hegde84@gmail.com. No more excuses.\n"
        "\n"
        "Vikram Hegde"
    ),
    (
        "Order No: BBH-NG-90417 - Baby Haven Lagos\n"
        "\n"
        "Good day,\n"
        "\n"
        "I paid ₦245,000 by transfer on 2nd May 2024 at 10:15am for a travel system (pram + "
        "car seat) and a cot bundle. Your sales girl Blessing confirmed payment on WhatsApp "
        "and said delivery to Lekki Phase 1 in 3 days. Three days became two weeks. When "
        "your rider finally came on 17/05 the car seat was missing and the pram had a broken "
        "wheel. A BROKEN WHEEL. For a newborn!!!\n"
        "\n"
        "I have called 0803 555 2194 more than ten times. You people NEVER pick. When you "
        'pick, it\'s "madam, we will get back to you". You never get back. Is this how you '
        "run business?\n"
        "\n"
        "I am being discharged from hospital with my baby next week and I have nothing to "
        "carry her home in. I want the complete car seat and a new pram delivered by Friday, "
        "or my full ₦245,000 back. No story.\n"
        "\n"
        "If not, I am reporting to FCCPC, posting everything with pictures on Instagram and "
        "X (@ChiomaBakes_ has 38k followers), and warning every mummy group on WhatsApp. Try "
        "me.\n"
        "\n"
        "Chioma Eze\n"
        "chioma.eze@outlook.com"
    ),
    (
        'Booking ref: ER-SYD-10293 | "The Asylum" room | Sat 9 March, 7:30pm\n'
        "\n"
        "G'day,\n"
        "\n"
        'Booked your "premium" room for my mate\'s 40th: 8 people at A$49 each = A$392, plus '
        'A$60 for the "photo package". We rocked up at 7:15 and got let in at 8:05 because '
        'the previous group was "running over". Halfway through, the final padlock was '
        "already busted so the last puzzle literally couldn't be solved. Your game master "
        'Josh wandered in, shrugged and said "yeah that happens heaps". HEAPS?? Then why is '
        "it still in there???\n"
        "\n"
        "No photos ever arrived either. I emailed bookings@escapesyd.com.au on 11/03, 14/03 "
        "and 20/03. Crickets. NEVER a reply. Rang 02 9555 0192, voicemail every single time.\n"
        "\n"
        "What I want: the A$60 photo package refunded and 50% of the room fee (A$196), back "
        "to the card ending 8812. That's A$256 total.\n"
        "\n"
        "If I don't see it by 1 April (and no, that's not a joke) I'm going to NSW Fair "
        "Trading and leaving reviews on Google and Tripadvisor telling people exactly how "
        '"premium" it was. Cheers for nothing.\n'
        "\n"
        "Liam O'Brien\n"
        "@liamob_syd"
    ),
    (
        "Re: Receipt #0048812 - Maple Leaf Vintage & Antiques, Queen St W\n"
        "\n"
        "Hi Gordon,\n"
        "\n"
        "I bought the mid-century teak sideboard from you on October 14th for CA$1,150 plus "
        'CA$85 delivery. You told me, and I quote, "not a mark on it, came from a smoke-free '
        'home". When your guys finally delivered it on 2023-10-21 (three hours late, no '
        "call), it reeked of cigarettes and there's a 20cm crack down the back panel that "
        "someone filled with wood putty and painted over. Masterful craftsmanship, truly.\n"
        "\n"
        "I called the shop at 416-555-0139 the same day. You said you'd \"swing by and take a "
        "look\". You never came. I texted photos on the 23rd, 25th and 30th. Nothing. You've "
        "ignored me for THREE WEEKS while my living room smells like a bingo hall.\n"
        "\n"
        'Collect it and refund the full CA$1,235. I am NOT interested in store credit or "a '
        'deal on something else".\n'
        "\n"
        "If I don't hear back by November 15 I'm filing in Small Claims Court and posting on "
        "Google, Yelp and the Toronto vintage group on Facebook (4,000 members) with photos "
        "of your putty job. Don't test me on this.\n"
        "\n"
        "Priya Raman\n"
        "priya.raman@rogers.com"
    ),
    (
        "To: Lucky Pins Bowl Shinjuku customer service (info@luckypins-shinjuku.jp)\n"
        "\n"
        "Reservation No. LP-2024-0315-22\n"
        "\n"
        "I booked 2 lanes for our company party on 15 March 2024, 19:00-21:00, and paid "
        "¥38,500 in advance by card (14 people, including the all-you-can-drink plan). When "
        'we arrived at 18:50, the staff member (name tag: Tanaka) said our reservation "did '
        'not exist". After 40 minutes of discussion you gave us ONE lane, at 19:40, and '
        'cancelled the drinks plan "because the kitchen was busy".\n'
        "\n"
        "14 people. One lane. No drinks. We paid ¥38,500 for this??? My manager was there. "
        "My NEW clients were there. It was humiliating.\n"
        "\n"
        "I emailed on 16/03 and called 03-5555-0184 twice. Both times I was told someone "
        'would contact me "within 3 business days". It has been 10 days. Nobody.\n'
        "\n"
        "Please refund at least ¥25,000 to my card by 5 April. Otherwise I will report this "
        "to the Tokyo Consumer Life Center and write honest reviews on Google Maps and "
        "Tabelog in English AND Japanese so every foreign company in Tokyo sees them.\n"
        "\n"
        "Daniel Müller\n"
        "+81 90-5555-3310"
    ),
    (
        "Case 77-4413 - order 20240508-1127, Trädgårdsbutiken Nord\n"
        "\n"
        "Hello,\n"
        "\n"
        "I am writing in English because your chat bot clearly doesn't understand Swedish "
        "either.\n"
        "\n"
        "On 8 May I ordered a cordless hedge trimmer, two pairs of secateurs and a 25 m "
        "hose, total 3 489 kr including delivery. I received the hose. ONLY the hose. Your "
        'tracking (parcel 00370712345678) says the rest was "delivered" on 13 May at 10:12 '
        "to a parcel box in Umeå. I live in Luleå!!!\n"
        "\n"
        "I phoned 0771-55 55 12 on 14/5, 16/5 and 21/5. Each time a new person, each time "
        '"we\'ll open an investigation". Your colleague Johan even suggested I "check with '
        'the neighbours". In another city?? Genius.\n'
        "\n"
        "I want the missing items (2 999 kr) sent again, or refunded, before 31 May. The "
        "growing season up here lasts about five minutes and you have wasted it.\n"
        "\n"
        "If not, I will report you to ARN and leave reviews on Trustpilot and Prisjakt. You "
        "can reach me at lars.bergqvist@telia.se or @larsbergq on Instagram.\n"
        "\n"
        "/Lars Bergqvist"
    ),
    (
        "Re: Case no. KN-2024/118 - will and power of attorney, Kancelaria Nowak, Kraków\n"
        "\n"
        "Dear Mr Nowak,\n"
        "\n"
        "I am writing in English so my brother in Manchester can read this too.\n"
        "\n"
        "On 3 March 2024 I paid 1 850 zł for a will and power of attorney for my mother, "
        "Halina Wiśniewska (86). Your assistant, Pani Magda, promised the documents would be "
        "ready for signing on 15 March at 10:00. We arrived at 09:45 and the office was "
        "closed. A note on the door. A NOTE. My mother is in a wheelchair and it was "
        "snowing.\n"
        "\n"
        "We rebooked for 22.03.2024. This time her surname was spelt wrong and her date of "
        "birth was 1983 instead of 1938. Then you asked for an extra 400 zł for "
        '"corrections". For YOUR mistakes??\n'
        "\n"
        "You never return calls (+48 12 555 04 27). Every email to biuro@kancelaria-nowak.pl "
        "gets an automatic reply and nothing else.\n"
        "\n"
        "I want the corrected documents signed by 5 April at no extra charge and 300 zł "
        "refunded for the wasted trips. Otherwise I complain to the chamber and write an "
        "honest review on Google. My mother does not have time for your games.\n"
        "\n"
        "Tomasz Wiśniewski"
    ),
    (
        "Parking Charge Notice PCN 4471-9920 - Riverside Retail Park, Athlone\n"
        "\n"
        "To whatever genius runs ParkSure Ireland,\n"
        "\n"
        'You\'ve sent me a €150 "parking charge" (reduced to €75 if I pay within 14 days, how '
        'generous) for "exceeding the maximum stay" on 17 February 2024. Your own photos '
        "show me arriving at 13:02 and leaving at 15:09. The signs say 3 hours free. By my "
        "maths, and I got honours in the Leaving Cert, that's 2 hours 7 minutes.\n"
        "\n"
        "I appealed on 20/02 through www.parksure.ie/appeals, reference APL-22817. Rejected "
        'in 40 minutes by a "Declan" with a copy-and-paste reply that didn\'t even mention my '
        "times. Did he read it at all?\n"
        "\n"
        "Then a debt collector's letter on 6 March demanding €170. €170!!! For parking "
        "LEGALLY in a car park where I'd just spent €214 in the shops.\n"
        "\n"
        "Cancel this in writing by 22 March or I'm going to the CCPC, my local TD and Joe "
        "Duffy, and the car park gets a Google review with your own timestamps circled in "
        "red. Stop sending me letters, you bunch of gowls.\n"
        "\n"
        "Siobhán Kelleher\n"
        "siobhan.kelleher@eircom.net | 087 555 2290"
    ),
    (
        "Booking #MH-20240602 - mobile cut & colour, 2 June, 6pm\n"
        "\n"
        "Hi Kayleigh,\n"
        "\n"
        "I'm trying to stay calm but honestly I'm struggling. I booked you through Instagram "
        "(@kayleighcuts_mobile) for a cut, full head of foils and toner for my daughter's "
        "prom. £145 total, and you took a £50 deposit by bank transfer on 20 May.\n"
        "\n"
        "You turned up at 7:25pm. Not 6. 7:25. No text, no call. You rushed the colour in 50 "
        "minutes, left the foils on while you took a 20-minute phone call in your car, and "
        'her hair came out BRASSY ORANGE. Not "warm honey blonde". Orange. Like a traffic '
        "cone.\n"
        "\n"
        "She cried the whole evening. I paid £85 the next morning at a salon on the high "
        "street to fix it. You've NEVER replied since. I messaged on 3/6, 5/6 and 8/6 and I "
        "can see you've read every one.\n"
        "\n"
        "I want the £50 deposit and the £85 correction back, £135 total, to sort code "
        "20-55-41, account ending 7782, by 21st June.\n"
        "\n"
        "If not, it's a Google review, a post on the local mums' Facebook page (11k members) "
        "with before-and-after photos, and small claims. Your choice, love.\n"
        "\n"
        "Donna Pritchard\n"
        "07700 900633"
    ),
    (
        "Complaint - Glenburn Garden & Tool Supply, order GGT-60391\n"
        "\n"
        "To the manager, Mr Alasdair Reid, since naebody else will take responsibility,\n"
        "\n"
        'On 22 April I bought a reconditioned rotavator for £420, plus a £35 "service" that '
        "your lad Callum swore was done the day before. I took it to my plot at Hazelbank "
        "allotments on 24/04/2024 at 8am and it lasted eleven minutes before the pull-cord "
        "snapped and it started p*shing oil all over my onion bed. ELEVEN MINUTES.\n"
        "\n"
        'I phoned 0131 555 0876 that afternoon. "We\'ll send someone oot." Nobody came. I '
        'went in person on 27 April and Callum was "on his break". For an hour and a half, '
        "apparently.\n"
        "\n"
        "Every single time I deal with yous it's the same carry-on. Last year a strimmer, "
        "this year this heap of junk. Fourteen years a customer and I've had ENOUGH.\n"
        "\n"
        "Full refund of £455 by 10 May, or a working machine delivered to the allotment "
        "gate. Otherwise it's Trading Standards, a Google review and a post on the allotment "
        "federation forum (edinburghallotments.org/forum) where 600 plot-holders will hear "
        "exactly what sort of outfit you run.\n"
        "\n"
        "Jim McLaren\n"
        "jim.mclaren1951@btinternet.com"
    ),
]
