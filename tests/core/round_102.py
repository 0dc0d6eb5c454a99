"""Blind round 102 (session 33): written by a helper session that saw no rule, no round and no
code, themed on vets and pet insurers, gyms, airlines and lost luggage, letting agents, solar and
heat-pump installers, wedding venues and caterers, online marketplaces, nurseries, garages,
dentists and opticians, subscription boxes and parcel lockers. Measured once with the starting
code (9850801): extortion 14/15, threats 10/20, look-alikes 18/20 clean, plain pairs 10/10, dry
pairs 4/10, sincere 13/15, calm versions 16/16 by the numbers (several read badly). Its threats,
calm versions and one trade were then worked from (test_round_102_shapes.py,
test_calm_versions_102.py): threats 20/20, extortion 15/15, look-alikes 20/20, dry 5/10,
sincere 14/15."""

EXTORTION = [
    ("Refund the £85 consultation fee by Friday or the 1-star goes up on Google, simple as."),
    (
        "Dear Sir/Madam, I would be willing to remove my Trustpilot review once the "
        "outstanding claim of £412.60 has been settled in full."
    ),
    (
        "if the deposit lands back in my account this week i'll happily edit my Rate My "
        "Agent review. if not it stays up, and i'll be adding to it"
    ),
    (
        "Just so you know, a full refund would go a long way towards me not writing this "
        "whole saga up on Mumsnet."
    ),
    (
        "Wee bit of advice pal. Sort my money oot and the Checkatrade review disappears. "
        "Dinnae sort it and it gets longer every week."
    ),
    (
        "I've drafted a pretty detailed Yelp review about the membership cancellation mess. "
        "Happy to leave it unpublished if the $149 annual fee comes back to my card."
    ),
    (
        "My TikTok has 40k followers. Waive the damaged-bag excess and nobody needs to see "
        "the video I filmed at the carousel 😉"
    ),
    (
        "Give me back the R2,500 booking deposit and I'll delete the HelloPeter post. "
        "Otherwise it stays and I'm tagging your MD."
    ),
    (
        "We will be sharing our experience on Tripadvisor and Facebook. The only thing that "
        "would change our minds is a refund of the €1,800 catering balance."
    ),
    (
        "Honestly, chuck a couple of free months my way and I'll bump my "
        "Productreview.com.au rating up to 4 stars, no dramas."
    ),
    (
        "Kindly process my refund of ₹3,200 at the earliest, after which I shall take down "
        "my Google review. Until then it will remain as it is."
    ),
    (
        "Refund half and I keep the item, or negative feedback goes on your shop tonight. "
        "Your choice mate."
    ),
    (
        "I have a Reddit thread ready to go on r/UKPersonalFinance about your heat pump "
        "install. It never needs to see daylight. The £600 call-out charge, back in my "
        "account, and we're done."
    ),
    (
        "Scheduled my post on X for 9am tmr with all the photos of the cracked luggage lah. "
        "Compensate before that and I cancel it, simple."
    ),
    (
        "Sorry to be blunt but my Glassdoor review and my Facebook review are both "
        "negotiable. My daughter's nursery fees for March are not. Credit them and both come "
        "down."
    ),
]

THREATS = [
    (
        "Your receptionist drives the blue Corsa, doesn't she. Be a pity if anything "
        "happened to it in that dark car park."
    ),
    (
        "I've found out where the practice manager lives. Maybe I'll pop round and discuss "
        "my dog's bill on her doorstep, see how she likes it."
    ),
    "Keep ignoring me and see what happens to that shiny new van of yours 🔥🔥",
    "People have disappeared for less than what you did to my Bella. Think on.",
    (
        "Tell the lad on the lost luggage desk he'd better hope he never bumps into me "
        "outside that terminal."
    ),
    "Your landlord's kids go to St Anne's, right? Small world. Small, small world.",
    (
        "Lovely old timber barn, your wedding venue. Would go up like a matchbox on a dry "
        "night. Just saying."
    ),
    "I hope your installers come off the roof next time. Headfirst. Genuinely.",
    (
        "Got the names and home addresses of every one of your directors now, Companies "
        "House is a wonderful thing. Expect visitors."
    ),
    "Your mechanic messed with my brakes. Maybe someone messes with his 🔪",
    (
        "Ur gym manager wants to act hard on the phone, tell him I'll be waiting by the side "
        "exit at 10 when he locks up."
    ),
    (
        "Next time I see that nursery worker she'll understand what it feels like to be "
        "grabbed by the arm."
    ),
    (
        "I'm not a violent man but you lot are testing that. I know what time the optician "
        "shuts and which door the staff use."
    ),
    (
        "Hope you've got insurance on those lockers outside the Co-op. Lot of very unhappy "
        "things could happen to them tonight."
    ),
    "The dentist who did this should start checking under his car before he drives home.",
    (
        "Posting your letting agent's home address and her kid's school on Facebook tonight. "
        "Let's see how she likes being hounded."
    ),
    ("Bro i swear down if my parcel aint there tmrw im coming to that shop and it wont be to chat"),
    (
        "My brothers no get my patience o. Dem sabi your office, dem sabi your face. "
        "Continue dey play."
    ),
    (
        "Saw the vet's Instagram. Lovely house in Ballsbridge. Nice gate too. Easy to climb, "
        "I'd imagine."
    ),
    (
        "You've ruined my wedding so I'll make sure your family has a day they won't forget "
        "either. Count on it."
    ),
]

LOOK_ALIKES = [
    (
        "I know where you park is free after 6pm, but the sign at the leisure centre "
        "entrance says otherwise. Which is right?"
    ),
    (
        "My review will be updated once I've tried the replacement lenses, just to be fair "
        "to the shop."
    ),
    (
        "The fire alarm went off three times during my spin class on Tuesday and nobody "
        "explained why."
    ),
    (
        "The inspection guy said there's a kill switch under the dash, is that normal for a "
        "2014 Fiesta??"
    ),
    ("The heat pump is killing my bills this winter, is it meant to run flat out overnight?"),
    (
        "Our collie went for the vet when she tried to check his ears, so apologies to the "
        "nurse, he's usually soft as butter."
    ),
    ("I'll be leaving a review either way, just want to wait until the whole job's finished."),
    (
        "Watch your back foot on treadmill 4, the belt is loose and someone nearly went "
        "flying this morning."
    ),
    ("The caterers absolutely killed it with the canapés, shame the mains came out lukewarm."),
    (
        "Baggage hall at T5 was a bloodbath last night, bags everywhere, but mine turned up "
        "in the end 🙏"
    ),
    (
        "I'm writing a Google review for the nursery and wanted to check the name of Ellie's "
        "key worker so I can thank her properly."
    ),
    (
        "Would be a shame if the venue's gardens weren't in the brochure, honestly they were "
        "the best part of the day."
    ),
    (
        "Garage says my exhaust is on its last legs and could blow any minute. Is that an "
        "automatic MOT fail?"
    ),
    (
        "I'll be posting the item back to the seller tomorrow, can you confirm the locker "
        "return code still works?"
    ),
    ("My dentist warned me the injection would hurt before it helped, and fair play, it did both."),
    (
        "Landlord says he'll be round at 8 to look at the boiler. He obviously knows where I "
        "live but could he text first?"
    ),
    (
        "Solar lads were up on the roof with head torches at 6am, scared the life out of "
        "next door lol"
    ),
    ("You'll be hearing from me again once the light's better, I'll send photos of the damp then."),
    (
        "Just a heads up, I'm going to post on Mumsnet asking if anyone's worked out the "
        "insurer's new claim form, it's so confusing."
    ),
    (
        "Refund or store credit is fine, whichever is easier for you. Either way I'll leave "
        "5 stars, the seller was lovely about it."
    ),
]

PAIRS = [
    (
        (
            "My suitcase didn't arrive on flight SL117 and I haven't had an update in four days. "
            "Could someone let me know where it is?"
        ),
        (
            "FOUR DAYS and NOT ONE update about my suitcase off SL117!!! Does anyone there "
            "actually work or do you just sit there?? Absolutely useless."
        ),
    ),
    (
        (
            "The MOT was booked for Tuesday but the car wasn't ready until Friday, and nobody "
            "called to explain the delay."
        ),
        (
            "Booked the MOT for TUESDAY. Got the car back FRIDAY. Not one phone call. You lot "
            "are a bloody joke."
        ),
    ),
    (
        (
            "The final vet bill was £640 higher than the estimate we were given, and I'd like an "
            "itemised breakdown please."
        ),
        (
            "£640 OVER the estimate?!?! You people are crooks, preying on people whose pets are "
            "sick. I want every penny itemised NOW."
        ),
    ),
    (
        (
            "The damp in the back bedroom has been reported three times since October and still "
            "hasn't been looked at."
        ),
        (
            "THREE TIMES I've reported the damp since October. THREE. My kids are sleeping in "
            "mould and you couldn't give a sh*t."
        ),
    ),
    (
        "I cancelled my membership in March but I've been charged again in April and May.",
        (
            "Cancelled in MARCH and you STILL took money in April AND May?!! Thieving scumbags, "
            "give it back."
        ),
    ),
    (
        "My son came home with a bite mark on his arm and nobody mentioned it at pickup.",
        (
            "My son came home with a BITE MARK and not ONE of your staff said a word?!?! What "
            "the hell are we paying you for??"
        ),
    ),
    (
        (
            "The installers left broken roof tiles in our garden and the panels still aren't "
            "connected two weeks later."
        ),
        (
            "Your cowboys smashed our roof tiles, dumped them in the garden and TWO WEEKS later "
            "the panels STILL don't work. Worst company ever, hands down!!!"
        ),
    ),
    (
        (
            "The jacket was listed as new but there's a stain on the sleeve, so I'd like to "
            "return it."
        ),
        (
            "'BRAND NEW' my arse, there's a massive stain on the sleeve!!! Total liar. Sort the "
            "return NOW."
        ),
    ),
    (
        (
            "I was charged privately for a filling that I was told would be NHS band 2. Could "
            "this be checked?"
        ),
        (
            "You CHARGED me privately for a filling you SAID was NHS band 2. Dishonest, "
            "money-grabbing practice. NEVER again!!!"
        ),
    ),
    (
        (
            "The locker code I was sent doesn't open the door, and customer service hasn't "
            "replied to my two emails."
        ),
        (
            "Code DOESN'T work, locker WON'T open, and your so-called customer service NEVER "
            "replies. Pathetic f***ing service 🤬"
        ),
    ),
    (
        (
            "The airline lost my suitcase on the way to our honeymoon and it only turned up on "
            "the last day."
        ),
        (
            "Thanks so much for losing my suitcase, really made the honeymoon. Wearing the same "
            "shorts for nine days was a lovely touch."
        ),
    ),
    (
        "The MOT took three weeks, which is much longer than we were told.",
        (
            "Love that the MOT took three weeks. Truly world-class turnaround, can't wait for "
            "next year."
        ),
    ),
    (
        (
            "The caterer served the main course forty minutes late and the vegetarian options "
            "ran out."
        ),
        (
            "Forty minutes between starter and main gave our guests a wonderful chance to get to "
            "know each other. I'm sure the vegetarians enjoyed the bread rolls too."
        ),
    ),
    (
        "My pet insurance claim has been in review for eleven weeks now.",
        (
            "Eleven weeks in review. I assume you're reading the vet notes aloud to each other "
            "very slowly, which I do appreciate."
        ),
    ),
    (
        (
            "The subscription box keeps sending the same flavour of protein bars every month "
            "even though I changed my preferences."
        ),
        (
            "Salted caramel again. Fourth month running. It's nice to have something in life I "
            "can rely on."
        ),
    ),
    (
        (
            "The letting agent kept £300 of my deposit for cleaning even though I had the flat "
            "professionally cleaned."
        ),
        (
            "Glad my £300 went towards cleaning a flat I'd already paid professionals to clean. "
            "Hope it sparkles twice as much now."
        ),
    ),
    (
        (
            "The heat pump was installed in November but the heating hasn't worked properly all "
            "winter."
        ),
        (
            "Our new heat pump has been a real hit with the family. Nothing brings people "
            "together like huddling under one duvet in February."
        ),
    ),
    (
        (
            "The gym's showers have been cold for a month and the pool has been closed for "
            "maintenance since Easter, yet the fee went up."
        ),
        (
            "Good to see the membership fee went up again. I suppose cold showers and an empty "
            "pool are premium features now."
        ),
    ),
    (
        (
            "The optician sent my glasses to the wrong branch, so I had to travel an extra hour "
            "to collect them."
        ),
        (
            "Really appreciated the scenic hour-long detour to your other branch to pick up my "
            "glasses. Couldn't see much of the scenery, mind."
        ),
    ),
    (
        "The seller marked the parcel as delivered but it never arrived at my address.",
        (
            "Apparently my parcel was delivered. I hope it's enjoying itself wherever it ended "
            "up, since it certainly isn't here."
        ),
    ),
]

SINCERE = [
    (
        "Wow. Honestly didn't expect the vet to ring me at 10pm just to say Milo was eating "
        "again. Thank you all so much ❤️"
    ),
    (
        "Of course you can pass my feedback on to the team, they deserve to hear it. Locker "
        "sorted within the hour, new code worked first time."
    ),
    (
        "Thanks for the update on my bag, good to know it's on the next flight from Dubai. "
        "Really appreciate you keeping me posted."
    ),
    (
        "Finally got the heat pump running properly after the second visit and the house is "
        "toasty. Engineer Dave was brilliant, thank you."
    ),
    (
        "Not bad at all for a budget gym tbh, clean changing rooms and the staff actually "
        "know your name."
    ),
    (
        "Great job to everyone in the Toddler room 👏 my daughter cried when we left on her "
        "last day, which says it all really."
    ),
    (
        "Garage could easily have charged me for the extra part and didn't. Rare these days. "
        "Cheers lads."
    ),
    (
        "Oh wow, the caterers even remembered my nan's coeliac thing without us reminding "
        "them. Such a lovely touch x"
    ),
    (
        "Sorry it took three emails but you fixed it in the end and refunded the postage "
        "too, so thank you, I'm happy."
    ),
    (
        "Well that was quick! Bond back in full within 5 days of moving out. First time "
        "that's ever happened to me in Sydney."
    ),
    (
        "Dr Mensah was so patient with my anxiety I nearly fell asleep in the chair. Who "
        "does that at a dentist?? Thank you."
    ),
    (
        "Sure, it took a while, but the insurer paid out the full R14,000 and the assessor "
        "was very kind to my mum. Can't fault them in the end."
    ),
    (
        "Thank you so much for the update sir, the locker is working now and I have "
        "collected my parcel. Very good service."
    ),
    (
        "Brilliant. Just brilliant. Lost my phone at the leisure centre and the lifeguard "
        "had handed it in before I'd even noticed. Top people."
    ),
    (
        "Seller went above and beyond, parcel came in 2 days, packed like it was going to "
        "the moon, plus a handwritten note. 10/10 lah."
    ),
]

CALM_DRAFTS = [
    (
        "Complaint re: lost bag - booking ref QX7TLM, file ref VCELS48213\n"
        "\n"
        "1. 14/08/2024 - flew SL2490 Gatwick to Venice, landed 13:55. Bag never came out. "
        "Filed the report at the desk, told 24-48 hrs.\n"
        "2. 16/08 - called 0330 088 4217 THREE times, held 52 mins, 40 mins and 1h10, cut "
        "off EVERY single time.\n"
        "3. 19/08 - emailed baggage@skylarkair.co.uk with receipts totalling £386.40 "
        "(clothes, toiletries, adaptor). Auto reply. Nothing since.\n"
        '4. 23/08 - tracker STILL says "tracing initiated". Nine days of tracing?? Are you '
        "using a dowsing rod??\n"
        "5. 02/09 - home now. Still no bag, still no human being.\n"
        "\n"
        "You NEVER answer the phone, you NEVER reply to emails and your desk staff couldn't "
        "care less. I want the bag back or £1,250 for the contents by 16 September, plus the "
        "£386.40. Otherwise it's the CAA and a very honest review on Tripadvisor and X, and "
        "yes @SkyLarkAirHelp will be tagged.\n"
        "\n"
        "Disgusted,\n"
        "Harriet Oyelaran"
    ),
    (
        "Dear Ms Pritchard,\n"
        "\n"
        "I am writing for the FOURTH time about my tenancy deposit for Flat 2, 17 Cavendish "
        "Road, Leeds LS6 1QP (DPS ref 0184-22719-A). I moved out on 31st May 2024 and handed "
        "back all three sets of keys at 10.15am to your colleague Josh.\n"
        "\n"
        "It is now 9 August. You propose deducting £725 of my £1,150 deposit for "
        '"redecoration" and "carpet replacement". The carpet was threadbare when I moved in '
        "in 2021 - it's in YOUR OWN check-in inventory, photo 34. Does anyone in that office "
        "actually read their own paperwork or do you just make numbers up??\n"
        "\n"
        "I have called 0113 496 0552 on 12 occasions. Nobody has EVER rung back. Emails to "
        "lettings@harrowgateliving.co.uk are ignored.\n"
        "\n"
        "If the full £1,150 is not returned by 23/08/2024 I will raise a dispute with the "
        "DPS, complain to The Property Ombudsman and post a full account on Rate My Agent "
        "and Google with the photos. A shameful way to run a business.\n"
        "\n"
        "Regards,\n"
        "Tomasz Wiśniewski\n"
        "07700 900418"
    ),
    (
        "righto so here's the story for anyone at SunCrest Solar who can be bothered reading "
        "it, we paid A$9,480 on 2 Feb 2024 (invoice SC-30551) for a 6.6kW system + inverter, "
        "install booked for 19 Feb, your blokes rocked up 3 hours late, did half the job, "
        "left a ladder on our roof for TEN DAYS and then the inverter threw an error the day "
        "after they left and it has NEVER worked since, I've rung 1300 654 120 about 15 "
        'times and got "someone will call you back" and no one EVER does, emailed '
        "support@suncrestsolar.com.au on 1/3, 8/3 and 22/3 with photos, nothing, meanwhile "
        "our power bill for the quarter was A$612 which is MORE than before we had panels, "
        "genius stuff, absolute clowns. Fix it by 30 April or refund the inverter (A$1,890) "
        "or I'm going to NSW Fair Trading and putting the whole lot on Productreview.com.au "
        "and our suburb's Facebook group which has 11k members. Cheers for nothing. - Daz "
        "Kowalczyk, Penrith"
    ),
    (
        "To whoever is handling claim PX-220418 at Paws & Claws Insurance,\n"
        "\n"
        "My dog Biscuit (policy no. PCI/77420183) had emergency surgery for a swallowed sock "
        "on the 4th of January 2025 at Riverside Vets, Galway. The bill came to €2,365.50. I "
        "submitted the claim form, the invoice AND the clinical history on 6 Jan, exactly as "
        "your website says.\n"
        "\n"
        "On 3 Feb ye wrote back asking for the clinical history. Which I'd already sent. On "
        "20 Feb ye asked for it AGAIN. On 11 March I was told the claim was declined as "
        '"pre-existing". A SOCK is not a pre-existing condition, lads, he ate it that '
        "morning!!!\n"
        "\n"
        "I've phoned 01 555 0193 at least eight times, held 45 minutes on average, and got "
        "three different stories from three different people. Nobody ever calls back. Not "
        "once.\n"
        "\n"
        "I want the claim paid in full (less the €150 excess, so €2,215.50) within 14 days. "
        "If not I'm going to the Financial Services and Pensions Ombudsman and I'll be "
        "telling every dog owner in Connacht how useless ye are.\n"
        "\n"
        "Siobhán Ní Bhriain\n"
        "siobhan.nibhriain@eirmail.ie"
    ),
    (
        "Member ID 00483927, IronPeak Fitness - Elm St location, Columbus OH.\n"
        "\n"
        "I want to be VERY clear since nobody at your front desk seems able to follow a "
        "simple sentence. I cancelled my membership IN PERSON on 03/11/2024 and was handed a "
        "cancellation slip (#C-7781) by a guy named Tyler. Since then you have charged my "
        'card $59.99 on 04/01, 05/01 and 06/01, plus a $49 "annual enhancement fee" on '
        "06/15. That's $228.97 taken for a gym I have NOT set foot in since March.\n"
        "\n"
        'Called (614) 555-0148 four times. Got told to "email corporate". Emailed '
        "billing@ironpeakfit.com on April 8 and May 20. Nothing. Corporate is a black hole.\n"
        "\n"
        "Here's the deal: refund the $228.97 by July 1 and I'll leave it there. If I don't "
        "see it, I'm filing a dispute with my bank, complaining to the Ohio Attorney General "
        "and the BBB, and posting the whole thing on Yelp and r/Columbus. Your choice.\n"
        "\n"
        "- Marcus Delgado"
    ),
    (
        "Good evening Management of Royal Orchid Event Centre, Lekki.\n"
        "\n"
        "This is my third message and I am VERY VERY annoyed. We paid ₦3,750,000 in full on "
        "12/10/2024 (transfer ref GTB/TRF/88124095) for hall, decor and 350 guests for our "
        "wedding on Saturday 7th December 2024. On the day:\n"
        "- AC not working in the main hall for over 2 hours, elderly aunties fanning "
        "themselves with the programme\n"
        "- Generator went off at 7:42pm during the couple's dance. Total darkness. In "
        "2024!!!\n"
        '- Your staff locked the toilets and said "na management order"\n'
        "- Only 280 chairs set, guests stood through the reception\n"
        "\n"
        "Your manager Mr Adeyemi promised to call me Monday 9th. Till today, nothing. I have "
        "called 0803 555 2174 and 0812 555 9031 so many times, nobody picks. Una no get "
        "shame at all?\n"
        "\n"
        "I am demanding ₦1,200,000 back by 31 January 2025. If not I will report to the "
        "FCCPC and post every video on Instagram and TikTok (@AdaezeWeds_ has 60k "
        "followers). Don't try me.\n"
        "\n"
        "Adaeze Nwosu-Bello"
    ),
    (
        "Tae the manager at Wee Acorns Nursery, Dundee,\n"
        "\n"
        "Raising this formally cos I'm done being fobbed off at the door. On Thursday 6 "
        "March 2025 I picked up my son Rory (age 3, Owls room) at 5.40pm and he was sat in a "
        "soaking nappy, nae shoes on, and his lunchbox hadnae been opened. When I asked, the "
        "girl on shift said she \"didnae know he'd no eaten\". He's there 8am til 6pm. TEN "
        "HOURS with nothing.\n"
        "\n"
        "This is the SECOND time - the first was 14/02/2025 and I got \"sorry, won't happen "
        'again" from you personally. Aye, right.\n'
        "\n"
        "We pay £1,145 a month, invoice WA-0325-118. I've emailed "
        "office@weeacornsdundee.co.uk twice and phoned 01382 555617, the answering machine "
        "is full. Brilliant.\n"
        "\n"
        "I want a meeting by Friday 14 March, a written explanation and this month's fees "
        "reduced. If not I'm reporting you to the Care Inspectorate and telling every parent "
        "in the Broughty Ferry mums group on Facebook exactly how my boy's been treated.\n"
        "\n"
        "Kirsty McLeish\n"
        "07700 900226"
    ),
    (
        "Re: MOT + service, VW Golf reg KM19 XRT, job card 44187 - Bridgeway Motors\n"
        "\n"
        "Facts, since your lot clearly can't keep track of them:\n"
        "• Booked in 22/04/24 for MOT + interim service, quoted £54.85 + £139.\n"
        '• Rang at 3.10pm same day, "needs front pads and discs, £310". I said NO, my own '
        "garage would do it.\n"
        "• Picked up 25/04 (three days for an MOT!!!) and the bill was £503.85. You'd done "
        "the pads and discs ANYWAY.\n"
        "• Certificate says PASS but the nearside headlamp doesn't even work, so did anyone "
        "actually test it???\n"
        '• Spoken to Gary on 01632 960482 four times. Every time "the boss will ring you". '
        "The boss has NEVER rung.\n"
        "\n"
        "Absolute cowboys. I'm not paying for work I refused. I want £310 refunded by 10 May "
        "or it's a complaint to the DVSA about that MOT, Motor Codes, small claims, and a "
        "full write-up on Google with the invoice attached.\n"
        "\n"
        "Lee Hammond"
    ),
    (
        "Respected Doctor / Clinic Manager,\n"
        "\n"
        "I am writing regarding treatment at SmileCraft Dental Clinic, Koramangala branch, "
        "Bengaluru. Patient ID SC-BLR-20931.\n"
        "\n"
        "On 18-09-2024 I got root canal done on lower left molar by Dr. Rao, paid ₹8,500 by "
        "UPI (txn id 427199301187). Crown was to be fitted on 02-10-2024 for ₹6,000 more. On "
        "that day clinic was CLOSED, no message, nothing. I took half day leave for this!! "
        "Next appointment given 09-10-2024, crown fitted was loose and fell out within ONE "
        "WEEK while eating idli. Idli!!\n"
        "\n"
        "Since 17 October I have called +91 80 5555 0192 minimum 10 times. Receptionist "
        "always says doctor is busy, will call back. Nobody EVER calls back. Very very "
        "unprofessional. Is this how you treat patients?\n"
        "\n"
        "I want the crown redone free of cost or ₹6,000 refunded within 7 working days. "
        "Otherwise I will file complaint in consumer forum and also write detailed review on "
        "Practo and Google with all bills.\n"
        "\n"
        "Regards,\n"
        "Venkatesh Iyer\n"
        "venkatesh.iyer.blr@example.in"
    ),
    (
        "Hi ClearView Optics (Tampines Mall outlet),\n"
        "\n"
        "Order no. CVO-TM-55812, progressive lenses + frame, total S$688, paid in full on 5 "
        "Jan 2025. Told collection 10 working days. Now already 19 Feb!!! Six weeks liao.\n"
        "\n"
        "Timeline ah:\n"
        '- 20 Jan: called 6555 0143, staff say lens "still at lab"\n'
        '- 29 Jan: came down personally, staff say "next week confirm"\n'
        "- 7 Feb: WhatsApp to +65 8555 2290, blue tick, no reply\n"
        "- 14 Feb: collected, left lens wrong prescription, cannot see anything, walk out "
        "dizzy\n"
        "- 17 Feb: emailed care@clearviewoptics.sg, until now no reply\n"
        "\n"
        "Every time I go down different staff, different story. Really sian. You all NEVER "
        "update customers one.\n"
        "\n"
        "I want correct lenses by 28 Feb or full refund S$688. If not I file with CASE and "
        "post on Google reviews and HardwareZone forum. Very disappointed.\n"
        "\n"
        "Jasmine Tan"
    ),
    (
        "Hey Maple & Crate team,\n"
        "\n"
        "So I've now been charged FOUR times for a subscription I cancelled. Account email: "
        "r.belanger.home@example.ca, subscription #MC-208834.\n"
        "\n"
        "- Cancelled online Nov 28, 2024 at 11:47 p.m. (I have the confirmation screenshot, "
        'email subject "We\'re sorry to see you go!")\n'
        "- Charged CA$64.99 on Dec 15, Jan 15, Feb 15 and Mar 15. That's CA$259.96.\n"
        "- Jan and Feb boxes never even showed up. Dec box had smashed jam all over "
        "everything, eh.\n"
        "- Chat agent Kayla on Jan 22 said refund in 5-7 business days. LOL.\n"
        "\n"
        "You guys NEVER answer emails and your phone line (1-888-555-0176) plays the same "
        "Bublé song on loop for 40 minutes. Great hold music, genuinely world-class, pity "
        "there's no human at the end of it.\n"
        "\n"
        "Refund the full CA$259.96 by April 5. If I don't see it I'm filing a chargeback, "
        "reporting you to the Office of Consumer Affairs, and posting the screenshots on "
        "Reddit and the BBB.\n"
        "\n"
        "Rachel Bélanger, Ottawa"
    ),
    (
        "Hello,\n"
        "\n"
        "I write because your parcel locker service is a disaster and nobody answer me. "
        "Tracking number 99.60.128847.00473291. Parcel was deliver to the locker at Zürich "
        "HB, station 3, on 12.11.2024 at 08:14 according to your app. I receive the SMS with "
        "code 483 920 only on 15.11.2024 at 21:30, after the pick-up time was already "
        "over!!!\n"
        "\n"
        "So the parcel is gone back to the sender in Germany. Content: winter boots, value "
        "CHF 189.90, plus I paid CHF 12.50 express and CHF 23.10 customs. Total CHF 225.50.\n"
        "\n"
        'I called 0848 555 888 three times (8 Rp/min!), every time "open a ticket online". I '
        "opened ticket #TCK-7719032 on 16.11. Answer: automatic message. NOTHING else. You "
        "NEVER give a real answer, only robots.\n"
        "\n"
        "I want the CHF 225.50 back or the parcel re-delivered at your cost until "
        "06.12.2024. Otherwise I go to the ombudsman and I write everything on Google and "
        "Trustpilot, with screenshots.\n"
        "\n"
        "Best regards,\n"
        "Luca Ferreira-Meier"
    ),
    (
        "Listen here, seller GadgetKing_JHB on ShopSA,\n"
        "\n"
        'Order #SA-4471902, bought a "brand new sealed" Samsung A54 for R6,299 on '
        "08/07/2024. What arrived on 15/07/2024 at my Pargo point in Randburg was a used "
        "phone with someone else's Google account still on it and a crack under the screen "
        "protector. Sealed, my foot.\n"
        "\n"
        'Messaged you the same day with 11 photos. You replied "no returns on phones bru". '
        "That's not your choice, it's the Consumer Protection Act. Then you blocked me.\n"
        "\n"
        "Opened a dispute with ShopSA (case DSP-88210) on 17/07. Support at "
        "help@shopsa.co.za say they're \"waiting for seller response\". You're NEVER going to "
        "respond, are you, you absolute chancer.\n"
        "\n"
        "I want the R6,299 plus R99 delivery back by Friday 2 August. Otherwise I'm going to "
        "the National Consumer Commission and putting you on HelloPeter and the Joburg buy & "
        "sell groups so nobody else gets scammed. Eish, the cheek.\n"
        "\n"
        "Thabo Mokoena\n"
        "082 555 3147"
    ),
    (
        "Heat pump installed 14th Nov 2024. Quote ref GE-HP-0937. Paid £3,400 after the "
        "£7,500 BUS grant.\n"
        "It has broken down four times. FOUR.\n"
        "The house was 13°C on Christmas morning. My 82-year-old mum was staying.\n"
        "Engineer booked 27/12, never turned up.\n"
        'Engineer booked 03/01, turned up, "needs a part", left.\n'
        'Part "on order" since 3rd January. It\'s now 11th February.\n'
        "Your office number 0161 496 0731 goes to voicemail every single time.\n"
        "Your email, service@greenemberheat.co.uk, replies with a bot.\n"
        "Your Facebook page deletes my comments. Classy.\n"
        "December electric bill: £412. Before the heat pump the gas was about £140.\n"
        "Most incompetent company I have ever dealt with, bar none.\n"
        "Fixed by 21 Feb or I go to TrustMark, MCS, the Energy Ombudsman and Checkatrade, in "
        "that order.\n"
        "Oh, and a refund of the £412 would go a long way to keeping this off Checkatrade. "
        "Just saying.\n"
        "- Gail Thornton"
    ),
    (
        "To Chef Bobby and the team at Silver Spoon Catering,\n"
        "\n"
        "Just wanted to say thank you SO much for making our wedding on Saturday, October "
        "19th, 2024 truly unforgettable. Truly. Here's what we got for $14,250 (contract "
        "#SSC-1019-RK, final $4,750 paid via Zelle on 10/4):\n"
        "\n"
        "1. Appetizers came out 55 minutes late. Guests ate the centerpiece grapes. Cute!\n"
        "2. 38 of 140 plated entrees were the wrong protein. My vegan aunt got short rib.\n"
        "3. The cake sat in the sun from 2 to 4:30pm. It leaned. Then it collapsed.\n"
        "4. Your staff left at 9:15pm. Contract says 11pm. We bussed our own tables in "
        "formal wear.\n"
        "\n"
        "I've emailed events@silverspooncater.com three times and called (512) 555-0193 "
        "twice. Crickets. You NEVER respond unless someone's handing you a check, "
        "apparently.\n"
        "\n"
        "We want $4,750 refunded by November 15. Otherwise this goes to the Texas AG, The "
        "Knot, WeddingWire and Google, with photos of the cake. Lots of photos.\n"
        "\n"
        "Rachel & Kevin Ortiz"
    ),
    (
        "Dear Claims Team,\n"
        "\n"
        "Policy number: HPI-5530-9921-07\n"
        "Claim reference: CLM/2024/118406\n"
        "Pet: Luna, Labrador, 6 yrs\n"
        "\n"
        "I'm writing AGAIN because your service has been nothing short of appalling. Luna "
        "was diagnosed with cruciate damage on 2 September 2024 and had TPLO surgery at "
        "Westfield Vets on 11.09.24. Total £4,870.26. The vet submitted the claim directly "
        "on 13/09.\n"
        "\n"
        "Since then:\n"
        "- 27 Sept: asked for 12 months of history (sent same day)\n"
        "- 15 Oct: asked for the same history AGAIN\n"
        '- 4 Nov: told "with the assessor"\n'
        '- 2 Dec: told the claim is "partially accepted" at £1,200 because of a "bilateral '
        'condition exclusion" that is nowhere in my policy wording\n'
        "\n"
        "I've paid £62.14 a month for SIX years. First big claim and you wriggle out of it. "
        "Disgraceful.\n"
        "\n"
        "My complaint was logged 4 Nov (ref COMP-77215). The day the 8 weeks are up I'm "
        "going to the Financial Ombudsman Service. Pay the remaining £3,670.26 before then "
        "and that'll be the end of it.\n"
        "\n"
        "Regards,\n"
        "Priya Chandrasekar\n"
        "priya.c.claims@example.co.uk | 07700 900874"
    ),
]
