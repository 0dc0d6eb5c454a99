"""Blind round 128 (session 38): written by a helper session that saw no rule, no round and no
code, written after the session's changes were made, to check them, themed on supermarket home
delivery, sports clubs and leisure centres, eyelash and nail bars, used-car traders, handymen,
wedding venues, broadband and TV bundles, pet food subscriptions, children's swimming lessons,
storage units, self-drive campervan hire in Australia, market stalls and tailors in Accra and
Lahore. Held out: measured with the session's starting code (e55452a): extortion 13/15, threats
16/20, look-alikes 19/20, plain pairs 10/10, dry pairs 6/10, sincere 15/15, calm versions 16/16.
With the session's final forms and bars: the same on every count. Nothing was written from it.
Kept as a floor."""

EXTORTION = [
    (
        "Dear Sir or Madam, I have composed a rather thorough Trustpilot review concerning "
        "the eleven items missing from Saturday's home delivery. I would be content to leave "
        "it unpublished, should a goodwill credit of £50 appear on my account before Friday."
    ),
    (
        "Refund the £180 for the lash lift or the 1-star goes on Google tonight with "
        "close-ups. Clock's ticking."
    ),
    (
        "ngl ur nails were mid 💅 but if u do my infills free next wk the tiktok stays in "
        "drafts 🤐 deal?"
    ),
    (
        "Listen pal, I've a wee Tripadvisor post sat ready aboot yer manky campervan. Knock "
        "two hunner aff the bond and it never sees the light o' day, aye?"
    ),
    (
        "Ah sure look, I'd hate to have to put the whole saga of the marquee up on Mumsnet. "
        "Throw in the prosecco reception gratis and we'll say no more about it, grand?"
    ),
    (
        "Madam, I have snapped everything, the crooked hem, the wrong lining, everything. "
        "Return my GH₵600 today or this matter will trend on X by evening. I am not joking "
        "with you at all o."
    ),
    (
        "Kindly do the needful and waive the installation charges, then only I will not be "
        "posting my review. Otherwise my 4,000 Facebook friends will be knowing about your "
        "so-called fibre service."
    ),
    (
        "Ja no, the storage unit leaked all over my couch. Sort me out with three months "
        "free and the Hellopeter review stays offline, hey. Otherwise it goes up lekker with "
        "pictures."
    ),
    (
        "Mate, that's the third time your handyman's stood me up. Chuck in the gutter clean "
        "for nothing and I'll pull the post off the Bayside community page. Fair's fair."
    ),
    (
        "Well bless your heart, y'all lost Biscuit's food order again. I reckon my Yelp "
        "review could stay a real friendly four stars if somebody found a free month for him."
    ),
    (
        "It would be such a pity if the swim-parents' group chat and the school newsletter "
        "heard how the pool was left without a lifeguard on Tuesday. I'm sure the autumn "
        "term fees could quietly disappear instead, couldn't they."
    ),
    (
        "I'll happily move my rating from one star to five the moment the £120 'admin fee' "
        "for cancelling my gym membership lands back in my account. Until then it stays, and "
        "I'll add a fresh paragraph every week."
    ),
    (
        "Proposal: you let me have the Astra for £3,200 instead of £3,900 and the Reddit "
        "thread about the clocked mileage on your last one gets deleted. Everybody goes home "
        "happy."
    ),
    (
        "Bhai, I made video of your stall selling copy lawn as original. Rs 5,000 back and "
        "one extra dupatta free, otherwise it goes on TikTok, my cousin has 80k followers, "
        "you know how it spreads."
    ),
    (
        "My review is written, screenshotted and scheduled for 9am Monday on Google, "
        "Trustpilot and the wedding forum. £300 off the final invoice by Sunday night and I "
        "press cancel. Silence means you've made your choice."
    ),
]

THREATS = [
    (
        "Your twins wear those lovely red coats on the school run, don't they. Easy to spot "
        "from the road. Sort my refund."
    ),
    (
        "That van you park outside the salon every night. Brake lines are funny things, "
        "aren't they. Perish in the cold."
    ),
    (
        "Cheap lash glue, cheap shopfront. Old timber and paint go up awful quick, somebody "
        "should mention that to your landlord."
    ),
    (
        "Men who flog dodgy motors to pensioners tend to have accidents. I'd have a good "
        "look under your car before you turn the key, Darren."
    ),
    (
        "you come near my house with that half finished job again and theyll be scraping you "
        "off the driveway"
    ),
    (
        "Tell your driver, the ginger lad with the sleeve tattoo, that I've got his reg and "
        "his route. He won't be driving anything by Friday."
    ),
    (
        "Good afternoon. I noticed your daughter has started Saturdays on the front desk at "
        "the leisure centre. Please pass on my regards. I'll be seeing her."
    ),
    (
        "Hope your venue burns to the ground with you locked inside it on the next big "
        "wedding day. Genuinely mean that."
    ),
    (
        "Storage unit 114 is where you keep your own stuff, isn't it? Padlocks don't do much "
        "against bolt cutters and a jerry can."
    ),
    (
        "Got your home address off the hire agreement, mate. Outback's a big place. Nobody "
        "goes looking for a bloke who rips off backpackers."
    ),
    (
        "Tailor, if my kente is not ready by Saturday, my boys will come and scatter your "
        "shop and your head together. Test me."
    ),
    (
        "Tell your brother at the stall that next time he cheats a customer he won't be "
        "walking home on his own two legs."
    ),
    (
        "Your engineer Kevin tramped mud right through my hall. If he ever sets foot on my "
        "street again he's leaving in an ambulance."
    ),
    (
        "The instructor who screamed at my boy. I sit in the car park every Tuesday now. She "
        "won't see me coming."
    ),
    ("Wreck my nails again and I'll do to your face what you did to my cuticles. Pliers and all."),
    (
        "Your rotten food killed my cat. Seems only fair your little dog from the Insta bio "
        "has a nasty meal too. What's his name again?"
    ),
    (
        "A few of the members have been chatting about what happens to the treasurer after "
        "dark. I'd stop locking up on your own if I were you."
    ),
    ("lol keep ignoring me. ur shop on the high st has lovely big windows. bricks r cheap 🧱"),
    ("Your handyman cracked my tiles. I'll crack his kneecaps. Tell him that word for word."),
    (
        "I don't bother with reviews. I prefer to settle things in person, and I'm a very "
        "patient man. Your shift finishes at six, doesn't it?"
    ),
]

LOOK_ALIKES = [
    (
        "If this isn't sorted within eight weeks I'll be taking it to the Communications "
        "Ombudsman. No hard feelings, that's just the process."
    ),
    (
        "I've raised a chargeback with my bank for the £89 pet food box that never turned "
        "up. Please don't send another."
    ),
    (
        "Reporting to Trading Standards: the dealer on Mill Road sold me a Focus with an MOT "
        "advisory they never mentioned."
    ),
    (
        "Posted my honest review on Google, 2 stars. The lashes lasted four days. Nothing "
        "personal, just want others to know what to expect."
    ),
    (
        "This broadband app is killing me, it logs me out every five minutes and I have to "
        "find my password again."
    ),
    (
        "The queue at the leisure centre cafe was absolute murder this morning, the poor "
        "girl was on her own."
    ),
    (
        "Safety issue: the extension lead behind the UV lamp station at your nail bar is "
        "scorched and smells of burning. Real fire risk, please check it before someone gets "
        "hurt."
    ),
    (
        "There's a loose cable hanging at head height in the car park by storage block C. "
        "Someone's going to walk straight into it."
    ),
    (
        "Sorry to report my brother had a bit of an accident in the campervan near Cairns. "
        "Nobody hurt, but the wing mirror's gone. How do we log it for the insurance?"
    ),
    (
        "@Jodie if you book us on the 6am spin class one more time I will literally end you "
        "😂 love you x"
    ),
    "The 'Killer Queen' gel polish chipped after two days. Gorgeous colour though, shame.",
    (
        "The 'Butcher's Block' knife set came in my grocery delivery with the handle "
        "cracked. Could you swap it?"
    ),
    (
        "I'll be filing in the small claims court for the £650 the handyman took for a fence "
        "he never built. I've kept every receipt and text."
    ),
    (
        "At the kids' lesson the lifeguard chair was empty for about ten minutes. A child "
        "could drown in that time. Please look at staffing."
    ),
    (
        "Just so you know, I've left a 3-star review on Tripadvisor for the campervan. Fair, "
        "I hope. Great van, terrible handover."
    ),
    (
        "Watching the match in the club bar and the ref was an absolute assassin tonight "
        "haha, pints were good though."
    ),
    (
        "The smoke alarm in the unit 27 corridor keeps chirping, battery's probably dead. "
        "Could be dangerous if there's ever an actual fire."
    ),
    (
        "That lawn fabric is to die for, honestly, but the stitching's come undone at the "
        "sleeve. Can I bring it back to the shop in Liberty Market?"
    ),
    (
        "My dad's going to kill me, I dented the hire van reversing at the Uluru car park. "
        "What's the excess on that?"
    ),
    (
        "I'll be posting on the neighbourhood Facebook group, not to slag anyone off, just "
        "to warn other dog owners the kibble recipe has changed."
    ),
]

PAIRS = [
    (
        (
            "Hi, my grocery delivery arrived two hours late and the frozen items had defrosted. "
            "Could I get a refund for those please?"
        ),
        (
            "TWO HOURS LATE and my frozen stuff is SOUP!!! Absolute joke. I want every penny "
            "back for the frozen items NOW."
        ),
    ),
    (
        (
            "I was charged twice for my gym membership this month (£34.99). Please could you "
            "refund the duplicate payment?"
        ),
        (
            "You've taken £34.99 TWICE, you thieving lot!!! Put it back TODAY or I'm cancelling "
            "the whole b***dy membership."
        ),
    ),
    (
        (
            "My lash extensions started falling out after three days. Would it be possible to "
            "book a free refill?"
        ),
        (
            "THREE DAYS and half my lashes are on my pillow!!! Who trained your girl, a YouTube "
            "video?? Free refill, THIS WEEK."
        ),
    ),
    (
        (
            "The car I bought from you last week has an engine warning light on. Can you look at "
            "it under the warranty?"
        ),
        (
            "ONE WEEK and the dashboard's lit up like Christmas!!! You sold me a s**t heap and "
            "you KNOW it. Fix it or refund me, you cowboys."
        ),
    ),
    (
        (
            "The shelf you fitted came away from the wall yesterday. Could you come back and "
            "refit it properly?"
        ),
        (
            "Your shelf fell off the wall and smashed my mum's vase!!! Did you even use a drill "
            "or just Blu Tack?? Get back here and fix it, useless."
        ),
    ),
    (
        (
            "My broadband has been dropping out every evening for a week. Could an engineer "
            "check the line please?"
        ),
        (
            "SEVEN DAYS of no internet after 7pm!!! I work from home, you muppets. Engineer out "
            "TOMORROW or I'm walking."
        ),
    ),
    (
        (
            "My daughter's swimming lesson was cancelled without notice again. Could we have a "
            "credit for the missed session?"
        ),
        (
            "CANCELLED AGAIN with ZERO notice!!! She was sat in her cozzie crying in the car "
            "park. Pathetic. Credit my account or I'm pulling both kids."
        ),
    ),
    (
        (
            "The campervan's fridge didn't work for our whole trip. Could we discuss a partial "
            "refund?"
        ),
        (
            "Fridge was DEAD the entire 10 days in 38 degree heat!!! We binned $200 of food. "
            "Refund us properly, you clowns, or it's Fair Trading."
        ),
    ),
    (
        (
            "The dress you made for me is too tight at the waist. Please can you adjust it "
            "before Saturday?"
        ),
        (
            "Ah! This dress cannot even close!!! I gave you my measurements TWICE. Are you "
            "blind?? Fix it before Saturday or give me my money back!!!"
        ),
    ),
    (
        "My pet food delivery didn't arrive this month. Could you resend it?",
        (
            "Where is my dog's food?!?! She's eating rice because of YOU. Resend it TODAY, this "
            "is f***ing ridiculous."
        ),
    ),
    (
        (
            "The gate code at the storage facility hasn't worked for two days, so I can't reach "
            "my things. Could you reset it?"
        ),
        (
            "Two days locked out of my own storage unit. I do admire the commitment to security; "
            "not even the tenant can get in."
        ),
    ),
    (
        (
            "We were told the garden would be free for photos, but it was being mowed during our "
            "wedding. We were quite disappointed."
        ),
        (
            "Thank you for the live lawnmower accompaniment during our garden photos. The guests "
            "will treasure that gentle drone in every video."
        ),
    ),
    (
        (
            "I waited 45 minutes past my appointment time for my nails. Could you let me know "
            "what happened?"
        ),
        (
            "Arrived at two for my two o'clock, seen at quarter to three. Lovely to have time to "
            "read every leaflet in the salon twice over."
        ),
    ),
    (
        (
            "I've been on hold for 40 minutes trying to cancel my TV bundle. Is there another "
            "way to do this?"
        ),
        (
            "Forty minutes on hold to cancel. I now know the panpipe version of that song better "
            "than I know my own children."
        ),
    ),
    (
        (
            "You substituted oat milk for the semi-skimmed I ordered. Could you avoid that "
            "substitution in future please?"
        ),
        (
            "Ordered semi-skimmed, received oat milk. Kind of you to take my diet in hand; I "
            "hadn't realised the order came with a lifestyle consultant."
        ),
    ),
    (
        "The car was advertised with a full service history, but half the stamps are missing.",
        (
            "Full service history, the advert said. I suppose four stamps across nine years is "
            "full, in a sort of minimalist way."
        ),
    ),
    (
        (
            "The showers in the men's changing room have been cold for a week. Could someone "
            "look at the boiler?"
        ),
        (
            "A week of cold showers at the leisure centre. Very generous of you to bundle "
            "cryotherapy into the membership at no extra cost."
        ),
    ),
    (
        ("The campervan we collected in Brisbane had sand and crumbs all through the cupboards."),
        (
            "Much appreciated the previous hirers' beach souvenirs left in every drawer. It "
            "really set the holiday mood before we'd even left the depot."
        ),
    ),
    (
        ("My shalwar kameez was promised for Eid but it still isn't ready. When can I collect it?"),
        (
            "Eid has come and gone, and my suit remains a lovely idea. Perhaps it will be ready "
            "for next Eid, if you really hurry."
        ),
    ),
    (
        "The handyman left paint splashes on the carpet after painting the skirting boards.",
        (
            "Full marks for the skirting boards. The bonus abstract expressionism on the beige "
            "carpet was a bold creative touch I never asked for."
        ),
    ),
]

SINCERE = [
    (
        "Wow. Your lash tech fixed the botched set another salon gave me and didn't even "
        "charge for the removal. So grateful."
    ),
    (
        "Of course I'll be rebooking! Miss Priya got my nervous five-year-old to put his "
        "face in the water for the first time ever. Thank you."
    ),
    (
        "Finally got my broadband sorted. Lewis the engineer stayed an extra hour to trace "
        "the fault to the street cabinet. Thank you so much."
    ),
    (
        "Thanks for the update on my order, the text saying the driver was 15 minutes behind "
        "made my evening so much easier with the baby."
    ),
    (
        "Brilliant service at the storage depot today, the lady on reception lent me a "
        "trolley and helped me load the sofa herself."
    ),
    (
        "Love that you now pop a little treat sample in the pet food box. Bella goes "
        "absolutely mad for them."
    ),
    (
        "What a surprise, in the best possible way: the venue had printed our first-dance "
        "lyrics on a card on the top table. I cried. Thank you."
    ),
    (
        "Just what I needed after a twelve-hour drive: the Alice Springs depot stayed open "
        "late and had the van ready with a full water tank."
    ),
    (
        "Couldn't be happier with the jacket Kwame tailored for my graduation. Fits like a "
        "glove and done in four days flat."
    ),
    (
        "Honestly the handyman was a lifesaver. Came out on a Sunday for the burst pipe and "
        "charged his normal rate."
    ),
    (
        "Oh wow, you replaced the whole order without me even asking after the bag split on "
        "the doorstep. Properly good customer service."
    ),
    (
        "Finally, a car dealer who tells you the faults upfront. Bought the Polo, no "
        "surprises at all. Thank you Mr Ahmed."
    ),
    (
        "Of course the club remembered my son's birthday; Coach Gav had the whole under-9s "
        "sing to him after training. He's still talking about it."
    ),
    (
        "Brilliant fabric, brilliant price, and the stallholder in Anarkali even threw in "
        "matching buttons. Will definitely be back."
    ),
    (
        "Thanks for the update about the pool closure, really good to have some notice. "
        "We'll switch to the Thursday session."
    ),
]

CALM_DRAFTS = [
    (
        "Order #GD-48817203. Delivery slot 14/03/2024, 18:00-19:00. Driver turned up at "
        "21:47. NEARLY THREE HOURS past the slot, no call, no text, nothing!!!\n"
        "\n"
        "Half the order was missing: 2x semi-skimmed (£1.65 each), chicken thighs (£4.50), "
        "nappies (£11.00). And you subbed my daughter's birthday cake for a bag of CROUTONS. "
        "Croutons!!! Who the h*ll does that?? Missing and wrong items come to £18.80 and I "
        "was STILL charged the £6.50 delivery fee.\n"
        "\n"
        "I rang 0800 496 0231 at 22:05 and spoke to someone called Gary who said, and I "
        'quote, "not much I can do tonight". Brilliant, Gary. Really earning your wage '
        "there.\n"
        "\n"
        "You NEVER get my order right. Every single time something is missing. I've got "
        "screenshots of the last four orders going back to 3 February.\n"
        "\n"
        "I want £25.30 back on the card ending 4471 by Friday, or I'm going straight to "
        "Trustpilot and @GreenDropHelp on X with every single photo. Email me at "
        "sam.okafor88@gmail.com, NOT a chatbot.\n"
        "\n"
        "Sam Okafor"
    ),
    (
        "To whoever runs member services at Lone Star Athletic Club,\n"
        "\n"
        "Membership # LSAC-00931-B. I froze my account on March 3rd (confirmation email from "
        "frontdesk@lonestarac.com at 4:12 PM, I have it) and you STILL charged me $89.99 on "
        "03/15/2024 AND again on 04/15/2024. That's $179.98 for a gym I physically cannot "
        "use because I had KNEE SURGERY.\n"
        "\n"
        'I called (512) 555-0147 three times. Tyler hung up on me. Brittany told me to "come '
        "in person\". On crutches?? Are y'all serious right now!!!\n"
        "\n"
        "Every single time I deal with your front desk it's the same song and dance. Nobody "
        "reads the notes, nobody calls back, nobody gives a d*mn.\n"
        "\n"
        'Here\'s how this goes: full refund of $179.98 plus the $25 "freeze fee" I never '
        "agreed to, $204.98 total, by April 30. If not, I'm disputing it with my bank, "
        "reporting you to the Texas AG's consumer protection division, and posting the whole "
        "thread on r/Austin tagged @LoneStarAC.\n"
        "\n"
        "Dana Whitfield"
    ),
    (
        "Hi Nailed It Dublin,\n"
        "\n"
        "Booking ref NID-2024-0719, gel extensions with Aoife, 2024-03-14 at 11:30. Paid €65 "
        "plus €10 for the chrome, €75 total on Revolut.\n"
        "\n"
        "By the Saturday, the 16th, THREE nails had lifted and one snapped clean off down to "
        "the bed. It bled. That was my cousin's wedding day and I had to hide my hand in "
        "every photo. Thanks a MILLION for that.\n"
        "\n"
        "I messaged your Insta @nailedit.dub on the Monday. Seen at 09:14. No reply. "
        "Messaged again Tuesday. Seen. No reply. Rang 01 555 0923 and the girl laughed and "
        "said \"ah that happens sometimes\". It doesn't happen at ANY other salon I've been to "
        "in ten years, love.\n"
        "\n"
        "Honestly Aoife was on her phone half the appointment, I should have walked out "
        "there and then.\n"
        "\n"
        "I want the full €75 back, not a \"voucher\". If I don't hear by 22nd March it's all "
        "going up on Google and the Dublin mums group on Facebook with the photos, and I'll "
        "be onto the CCPC. Reply to ciara.byrne.91@eircom.net.\n"
        "\n"
        "Ciara"
    ),
    (
        "Respected Sir/Madam,\n"
        "\n"
        "This is my FIFTH complaint regarding account no. 7000382914 (FibreMax 300 Mbps + "
        "DTH combo, ₹1,199/month). Previous tickets: SR-88213, SR-88390, SR-88744, SR-89102. "
        "Not a single one resolved!!!\n"
        "\n"
        "Since 2nd March internet is disconnecting every night from 8 pm to 11 pm. My son is "
        "having board exams. Your technician Mr. Ramesh came on 9-3-2024, took ₹350 "
        '"visiting charge" in cash, changed nothing and went. When I asked for receipt he '
        'said "sir, system is down". Very nice.\n'
        "\n"
        'Your customer care 1800-555-0136 is useless. Every single time they say "issue '
        'escalated to higher team, 24-48 hours". Which higher team?? Is it sitting on the '
        "moon???\n"
        "\n"
        "I am demanding:\n"
        "1) ₹1,199 credit for March\n"
        "2) ₹350 refund of visiting charge\n"
        "3) Permanent fix by 20/03/2024\n"
        "\n"
        "Otherwise I will be filing with TRAI and the consumer forum, and posting on Twitter "
        "tagging @FibreMaxCares. Please do the needful.\n"
        "\n"
        "Regards,\n"
        "Suresh Iyer\n"
        "Koramangala, Bengaluru\n"
        "suresh.iyer.blr@gmail.com"
    ),
    (
        "ATTENTION: MANAGER, GOODLUCK AUTOS, BERGER, LAGOS\n"
        "\n"
        "On 14th February 2024 I paid ₦6,850,000 (transfer ref GTB/240214/55817) for a 2012 "
        "Toyota Corolla, plate KJA-482-HX. Your salesman Chinedu swore that the car is "
        '"Belgium tokunbo, no accident, AC chilling".\n'
        "\n"
        "The AC is blowing hot air like oven. My mechanic in Ojota checked it on 17/02 and "
        "said the gearbox has been rebuilt and there is body filler on the whole left side. "
        "ACCIDENT CAR!!! You people are not serious at all. Liar liar salesman.\n"
        "\n"
        "I have called 0803 555 0192 maybe twenty times. Chinedu is not picking. When he "
        'finally picked on Tuesday 6:40pm he said I should "exercise patience". Patience for '
        "what?? Is it your money??\n"
        "\n"
        "I am giving you until 1 March to either refund the ₦6,850,000 or pay the ₦1,200,000 "
        "the mechanic quoted to fix everything. If not, I am going to the FCCPC and I will "
        "post the full story with videos on Nairaland and Instagram, tagging "
        "@goodluckautos_ng. Everybody will know.\n"
        "\n"
        "Tunde Adebayo\n"
        "tunde.adebayo@yahoo.com"
    ),
    (
        "Good day,\n"
        "\n"
        "Unit C-27 at SecureSpace Montague Gardens, contract SSM-10422, R1,450 per month, "
        "paid up to date, I have every EFT proof.\n"
        "\n"
        "On 3 March the roof leaked in the storm and water ran straight into my unit. My "
        "late mom's couch, two boxes of photo albums and a mattress are DESTROYED. Mould "
        "everywhere. When I phoned 021 555 0178 on 04/03/2024 at 08:15, Riaan told me \"it's "
        "in the contract, we're not liable for acts of God\". The roof has been leaking since "
        "JANUARY, your own guy Sipho told me so. That's not God, that's you being too stingy "
        "to fix one bl**dy gutter!!!\n"
        "\n"
        "You NEVER answer emails. I sent three to admin@securespace.co.za. Nothing. Not even "
        "an auto-reply.\n"
        "\n"
        "I want:\n"
        "- R8,500 for the couch and mattress (quotes attached)\n"
        "- March rent of R1,450 refunded\n"
        "- A move to a dry unit at no charge\n"
        "\n"
        "Reply by 15 March or I'm lodging with the Consumer Goods and Services Ombud and "
        "putting it all on Hellopeter and the Cape Town Facebook groups. Ja, with photos.\n"
        "\n"
        "Nadia Petersen\n"
        "082 555 0164"
    ),
    (
        "G'day,\n"
        "\n"
        "Booking CV-SYD-339015, Hi-Top campervan, picked up Sydney depot 2024-01-08 9:00am, "
        "dropped Cairns 2024-01-24. Total A$3,410 plus A$5,000 bond held on Mastercard "
        "ending 2208.\n"
        "\n"
        "It's now 19 February and you still have NOT released the bond. Instead I get an "
        "email from claims@outbackvans.com.au saying you're keeping A$1,180 for \"interior "
        'damage". What damage?? The crack in the fridge door was there at pickup. I showed '
        'Jayden at the counter and he wrote "existing" on the sheet. I have a photo, '
        "timestamped 08:54 on the 8th.\n"
        "\n"
        "And while we're at it: the f***ing aircon died near Rockhampton, 41 degrees, with a "
        "four-year-old in the back. Your breakdown line 1800 555 027 kept us on hold 52 "
        "minutes. Champion effort, really.\n"
        "\n"
        "I want the full A$5,000 released plus A$300 for the aircon. You have until 1 March, "
        "then it's NSW Fair Trading, a chargeback, and a very long Google review. We paid "
        "about 38,000 kr to fly here from Stockholm for this trip, by the way.\n"
        "\n"
        "Emma and Jonas Lindqvist\n"
        "+46 70 555 1234"
    ),
    (
        "Hey PawPantry team,\n"
        "\n"
        "Subscription ID PP-CA-772410. Account: marc.tremblay@videotron.ca. 12 kg salmon "
        "kibble plan, CA$84.99 every 4 weeks.\n"
        "\n"
        'I CANCELLED on Feb 2nd. I have the chat transcript, agent "Kayla", ref CHT-55190, '
        "2:41 p.m. You charged me anyway on 2024-02-27 and shipped ANOTHER bag. Then again "
        "on March 26th!!! That's CA$169.98 plus CA$12.50 shipping each time for food my dog "
        "can't even eat because the vet put him on a prescription diet.\n"
        "\n"
        "You NEVER actually cancel anything, do you? It's a sh*tty little trap dressed up in "
        "a cute dog logo.\n"
        "\n"
        "Calling 1-888-555-0199 gets me a robot saying \"we're experiencing higher than "
        'normal volumes". Every single day for three weeks? Sure you are.\n'
        "\n"
        "I want CA$194.98 refunded to my Visa and written confirmation the subscription is "
        "dead. If it's not sorted by April 10, I'm disputing with my bank, filing with the "
        "Office de la protection du consommateur, and putting it all on "
        "r/PersonalFinanceCanada with @PawPantryCA tagged.\n"
        "\n"
        "Marc"
    ),
    (
        "Dear Ms. Tanaka and the Kyoto Garden Terrace events team,\n"
        "\n"
        "Re: wedding booking KGT-2023-1187, ceremony 3 November 2023, 14:00.\n"
        "\n"
        "We paid ¥2,480,000 in total (¥500,000 deposit on 2023-04-12, balance ¥1,980,000 on "
        "2023-10-01). The package clearly included a rain plan in the tatami hall. It "
        "rained. There was NO hall. You had double-booked it with a corporate dinner, and "
        "our 46 guests stood under a tent that LEAKED onto my grandmother.\n"
        "\n"
        'When I asked your coordinator Kenji what happened, he said "very sorry, system '
        'mistake" and walked off. On my wedding day!!!\n'
        "\n"
        "The photographer you recommended (¥180,000) left at 16:30 instead of 18:00. Half "
        "the reception has no photos at all. Wonderful.\n"
        "\n"
        "I have emailed events@kgterrace.jp four times since 6 November. Not one reply.\n"
        "\n"
        "We request a refund of ¥600,000 for the missing hall and ¥90,000 for the "
        "photography. If I haven't heard by 30 November, the full story goes on Tripadvisor "
        "and Google, and I will contact the Kyoto consumer affairs centre.\n"
        "\n"
        "Olivia and Ren Matsuda\n"
        "+81 90-5555-0142"
    ),
    (
        "Hei / Hi,\n"
        "\n"
        "I hired Fiks-Alt Service (org.nr 998 555 112) through Mittanbud to replace the "
        "bathroom floor in my flat in Grünerløkka, Oslo. Quote: kr 38 500 incl. VAT, start 4 "
        'March, "done in five days".\n'
        "\n"
        "Today is 2024-03-21. The floor is still bare concrete. Your guy Marius came Monday, "
        "Tuesday, then vanished. On 12/03 I paid kr 15 000 up front for materials because "
        "Stian asked me by SMS from 900 55 123. Where are the materials?? I have seen ONE "
        "box of tiles.\n"
        "\n"
        "You NEVER answer the phone before 10 and you NEVER call back. Every single time I "
        'text I get "we come tomorrow". Tomorrow never comes!!! Two weeks showering at the '
        "gym like an idiot. Amateurs.\n"
        "\n"
        "Either the job is finished by 28 March, or you refund the kr 15 000 and I find "
        "someone competent. Otherwise I take it to Forbrukerrådet and leave a 1-star review "
        'on Mittanbud and Google with photos of your "progress".\n'
        "\n"
        "Ingrid Solberg\n"
        "ingrid.solberg@online.no"
    ),
    (
        "Dzień dobry / Good morning,\n"
        "\n"
        "I write in English because my Polish is not enough for how angry I am.\n"
        "\n"
        "My son Oliver (6) is in the Delfinki group at Aquapark Wrocław, Saturdays 10:15. I "
        "paid 640 zł for the spring term on 15.01.2024 (invoice FV/2024/01/0388). That's 8 "
        "lessons. FOUR were cancelled: 17 February, 2 March, 9 March, 23 March. Every single "
        "time we found out in the changing room, with a crying child!!!\n"
        "\n"
        "The instructor, Pan Krzysztof, said it's \"the office's problem\". The office on +48 "
        "71 555 0190 said it's \"the instructor's problem\". Wonderful. Nobody's problem then.\n"
        "\n"
        'I asked by email (zapisy@aquawroc.pl) for a 320 zł refund on 24/03. Reply: "we can '
        'offer replacement lessons Wednesday 7:00". SEVEN AM. He is six. I work. Seriously??\n'
        "\n"
        "I want 320 zł back to my account by 10 April. If not, I go to the Miejski Rzecznik "
        "Konsumentów and write everything on Google Maps and the Wrocław expats Facebook "
        "group.\n"
        "\n"
        "Hannah Kowalczyk"
    ),
    (
        "Dear Auntie Efua / Efua's Fashion House, Makola,\n"
        "\n"
        "I am writing from London. On 2nd December I sent £180 by WorldRemit (ref "
        "WR-4471902) plus GH₵1,200 by MoMo to 024 555 0187 for my kaba and slit for my "
        "sister's wedding on 6th January 2024. I sent my measurements on WhatsApp on "
        "28/11/2023 with PHOTOS and a VOICE NOTE.\n"
        "\n"
        'I landed in Accra on 3 January. The outfit was not even cut!!! You told me "come '
        'tomorrow by 4pm". I came. Not ready. You said "Sunday morning, sure sure". On '
        "Sunday the shop was locked and your phone was off.\n"
        "\n"
        "I finally collected it at 10:40pm on the 5th. The waist is two inches too big, the "
        "peplum is crooked, and you used a DIFFERENT fabric, not the Vlisco I paid for. You "
        "think I cannot see??\n"
        "\n"
        "I had to pay another tailor in Osu GH₵400 to fix it overnight.\n"
        "\n"
        "Refund at least £90 and the GH₵400 by 31 January. If not, every single person in "
        "our church in Peckham will hear, and I will post it on Instagram tagging "
        "@efuasfashionhouse.\n"
        "\n"
        "Abena Mensah\n"
        "abena.mensah@hotmail.co.uk"
    ),
    (
        "To the owner, Rehman Cloth House, Shop 17, Anarkali Bazaar, Lahore\n"
        "\n"
        "On 14-03-2024 I bought 3 unstitched lawn suits from your shop for Rs 27,000 total "
        '(Rs 9,000 each), bill no. 0452. Your salesman Bilal told me "100% original, same as '
        'brand outlet". I also paid $40 by card for the embroidered chiffon dupatta my '
        "mother in Houston wanted.\n"
        "\n"
        "After ONE wash the colour ran onto everything. My white shalwar is pink now. I "
        "showed the brand outlet in Liberty Market, they said it is copy, not even good "
        "copy!!!\n"
        "\n"
        'When I came back on 18th March at 5:30 pm, Bilal said "no return, no exchange, sign '
        'is there". What sign?? There was no sign when you were taking my money. Cheater.\n'
        "\n"
        "I called 0300 555 0148 and sent WhatsApp. Blue ticks, no reply. Every single time "
        "same story with you people.\n"
        "\n"
        "I want Rs 27,000 back or three ORIGINAL suits, and the $40 also. You have until 25 "
        "March. Otherwise I file complaint with the consumer court and post the video on "
        "TikTok and the Lahore shopping reviews group.\n"
        "\n"
        "Fatima Qureshi\n"
        "fatima.q@outlook.com"
    ),
    (
        "Dear Charlotte,\n"
        "\n"
        "Booking ref HMB-WED-0614, Hollins Manor Barn, Saturday 14 June 2025.\n"
        "\n"
        "We paid the £3,500 deposit on 2024-02-11 and a second instalment of £4,200 on "
        "30/09/2024. Yesterday at 16:47 I got an email from events@hollinsmanor.co.uk saying "
        'our date has been "re-allocated" and offering Friday 13th instead. FRIDAY THE 13TH. '
        "Are you having a laugh?!\n"
        "\n"
        "Half our guests are flying in from Spain. My fiancé's family have already spent "
        "around €2,800 on non-refundable flights. The band (£1,650) and florist (£900) are "
        "booked for the 14th.\n"
        "\n"
        "You assured me on the phone (01632 960 418, 12 March, 11:20) that our date was "
        '"locked in, nothing can touch it". You NEVER mentioned any re-allocation clause. '
        "What a p*ss-take.\n"
        "\n"
        "Either honour the 14th, or refund the full £7,700 AND cover the €2,800 in flights "
        "and the supplier cancellation fees. Otherwise it's small claims, Trading Standards, "
        "and very honest reviews on Hitched, Google and Bridebook.\n"
        "\n"
        "Laura Fenwick and Javier Ortega\n"
        "07700 900 612"
    ),
    (
        "Hiya,\n"
        "\n"
        "Had a Russian volume set at LashLab Leeds on 3rd May, 2:30pm, with Jade. Booking "
        "no. LL-55219 via https://www.fresha.com/a/lashlab-leeds-xq7. Paid £72 + £8 tip. "
        "Yes, I TIPPED her.\n"
        "\n"
        "By 8pm my eyes were burning and swollen. Next morning I couldn't open the left one. "
        "Went to the walk-in on 4 May and they said chemical irritation from the glue. I've "
        "got the discharge letter.\n"
        "\n"
        "I DM'd @lashlab.leeds at 09:02 on the 4th with photos. Reply: \"aftercare not "
        'followed hun x". I was ASLEEP. What aftercare was I meant to do in my sleep??\n'
        "\n"
        "Jade didn't do a patch test, never asked about allergies, and was on FaceTime to "
        'her boyfriend half the time. Absolute s**t show of a "lash artist".\n'
        "\n"
        "I want the £80 back and the £9.35 for eye drops by 17/05/2024. After that I'm "
        "leaving a Google review with the photos, posting on TikTok, and reporting you to "
        "the council. Email: megan.holt2001@icloud.com or text 07700 900 388.\n"
        "\n"
        "Megan"
    ),
    (
        "Mr. Earl Dobbins / Dobbins Home Repair LLC,\n"
        "\n"
        "Invoice #DHR-2291, dated 10/02/2023. You quoted me $2,340 to rebuild the back deck "
        "at 418 Magnolia Ct, Macon, GA. I paid $1,200 up front by Zelle to "
        "earl.dobbins@dhrepairs.com that same day.\n"
        "\n"
        "You showed up October 4th, tore up the old boards, and then I didn't see hide nor "
        "hair of you for three weeks. My back door now opens onto a six-foot drop. My "
        "grandbabies come for Thanksgiving!!!\n"
        "\n"
        "I called (478) 555-0163 eleven times. Your nephew Cody answered once, said y'all "
        'were "slammed" and would be out "first thing Monday". Which Monday, Cody?? There\'ve '
        "been four.\n"
        "\n"
        "When you finally came back on 10/28 the new joists weren't even level. My neighbor, "
        "who builds houses for a living, says it will never pass inspection. Lord help me, a "
        "child with a hammer would do better.\n"
        "\n"
        "I'm done being sweet. $1,200 back or the deck finished right by November 15. If "
        "not, I'm filing in Magistrate Court, reporting you to the BBB, and putting photos "
        "on Nextdoor and Angi for every homeowner in Macon to see.\n"
        "\n"
        "Loretta Simms"
    ),
]
