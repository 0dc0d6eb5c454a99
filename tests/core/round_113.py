"""Blind round 113 (session 35): written by a helper session that saw no rule, no round and no
code, after the session's rounds 107-112 work, themed on box offices, flood insurance, mobility
aids, grocery substitutions, property managers in Singapore and Dubai, summer camps, airport
lounges, bicycle couriers, tailors and dry cleaners, music teachers, recruitment agencies,
pharmacies in India and Kenya. Held out until measured with the session's starting code (be9bc03)
and with its final code of the time (707c8b7), which read the same: extortion 14/15, threats
13/20, look-alikes 19/20, plain pairs 10/10, dry pairs 5/10, sincere 10/15, calm versions 16/16.
Only its sincere lines were then worked from (sincere 10 -> 14 of 15; the shapes are tested with
texts of our own in test_round_113_shapes.py); its reading after that is kept as a floor."""

EXTORTION = [
    (
        "Dear Box Office Manager, I have drafted a rather detailed account of Saturday's "
        "cancelled Philharmonic performance for Tripadvisor and Google. I am prepared to "
        "leave it unpublished should you see fit to refund both tickets in full and add two "
        "complimentary seats for the December gala. I shall await your response until Friday "
        "noon before posting."
    ),
    (
        "Right, here's the deal pal. Yer lounge at Glasgow wis a midden, nae hot food, staff "
        "greetin aboot their breaks. Ah've got a wee post ready fer the Glesga Frequent "
        "Flyers group on Facebook, 40k in it. Sort me oot wi vouchers fer two free visits an "
        "it stays in ma drafts. Up tae you."
    ),
    (
        "Ah look, I don't want to be that fella, but ye ruined my good wool suit at the "
        "cleaners and the Google review is half written sitting on my phone. Knock the price "
        "of the suit off, €180, and sure I'll forget the whole thing, the review won't see "
        "daylight. Grand so?"
    ),
    (
        "Good afternoon Oga, abeg make we settle this matter quietly. Your rider lost my "
        "parcel and I have already recorded TikTok video that will show everybody how your "
        "company dey operate. If you send ₦45,000 to my account today, the video will not go "
        "up. God bless you as you do the needful."
    ),
    (
        "Sir, kindly note I have prepared one-star review for Google and Practo regarding "
        "wrong medicine given at your pharmacy counter. Please do the needful and credit "
        "₹3,500 to my Paytm and also give 20% discount on next three bills, then I will not "
        "be posting the same. Revert at the earliest."
    ),
    (
        "Listen boet, my laaitie came back from your holiday camp with a broken arm and "
        "nobody even phoned. Hellopeter review is sitting ready. Refund the full R6,800 plus "
        "next year's camp on the house and I'll click delete, ja? Otherwise it goes live "
        "tonight, nice and detailed."
    ),
    (
        "G'day. Your flood assessor's been a no-show three times now. I've got a post for "
        "r/australia locked and loaded, plus a ProductReview write-up with photos of the "
        "mould. Bump my payout by A$2k and neither of them ever sees the light of day. "
        "Reckon that's a fair trade, mate."
    ),
    (
        "Well bless your heart, y'all sure did a number on my recital deposit. Now I'm a "
        "reasonable woman, and I'd just hate for all the mamas in the First Baptist Facebook "
        "group to read about what happened. Send back the $400, throw in a month of lessons, "
        "and I reckon there's no need for anybody to hear a thing."
    ),
    (
        "ur grocery app swapped my oat milk for CAT milk lol not funny tho. got 12k on "
        "tiktok n the vid is ready 2 go. £50 credit n i delete it, no credit n it goes up at "
        "6. ur call x"
    ),
    (
        "I do hope your agency values its standing on Glassdoor and Trustpilot. It would be "
        "such a pity if candidates were to learn how you ghost people after three "
        "interviews. I imagine a small goodwill gesture, say waiving the £250 CV fee, might "
        "help us all move on quietly."
    ),
    (
        "You're currently sitting at one star from me on Yelp. I'll happily bump that to "
        "five the moment my jacket alterations are redone for free AND the $120 rush fee "
        "lands back on my card. Until then that one star stays pinned right at the top of "
        "your page."
    ),
    (
        "Just so you're aware, I post quite a lot on Mumsnet and there is a very lively "
        "thread about Surrey summer camps at the moment. I'd be happy not to add my "
        "experience of your Hampton site to it if you could see your way to refunding the "
        "second week. I'm sure we can keep this amicable."
    ),
    (
        "Your management office ignore my aircon leak 5 weeks already lah. I write long long "
        "post for HardwareZone and Google Maps, all ready. If you waive this quarter "
        "maintenance fee then I don't post. If not, whole condo chat also will see. Up to "
        "you."
    ),
    (
        "Habibi, I prefer to solve things friendly. Your company is keeping my AED 8,000 "
        "deposit for no reason. I have a thread ready for X and a Property Finder review "
        "with all the photos. Return the deposit plus one month rent free and I delete "
        "everything. Deal?"
    ),
    (
        "Good morning. Your shop sold me a walking frame with a bent leg and my mother "
        "nearly fell. I have a full write-up ready for your Facebook page and two big "
        "Nairobi WhatsApp groups. Send KSh 15,000 by M-Pesa before 6pm and I will hold "
        "everything back. Otherwise it will be shared widely tonight."
    ),
]

THREATS = [
    (
        "I know which school your daughter goes to. The one with the blue gate on Marlowe "
        "Road. Funny how small this town is, isn't it."
    ),
    (
        "Those old shopfronts next to the dry cleaners go up like matchsticks, all those "
        "chemicals in the back. Just saying. Hope your building insurance is better than the "
        "policy you sold me."
    ),
    (
        "People who cheat pensioners out of flood money tend to have accidents. Slippery "
        "steps, dodgy brakes. I'd drive home very carefully tonight, Mr Hollis."
    ),
    (
        "Your courier with the red helmet and the green bike, I've clocked him. Next time he "
        "rides down my street he'll be going home in an ambulance."
    ),
    (
        "Lovely little shop you've got on Station Parade. Big front window. Be a real pity "
        "if something came through it one night when nobody's about."
    ),
    (
        "I'll be waiting in the car park when your shift ends, Darren. Just you and me this "
        "time, no manager to hide behind."
    ),
    (
        "Please pass my regards to Mrs Okafor, and tell her I've noticed she locks up the "
        "pharmacy at 8:15 every evening and walks to the bus alone. I do hope she gets home "
        "safely. Every evening."
    ),
    (
        "That piano teacher had better hope I never catch her on her own. She'll need those "
        "fingers for a lot more than scales by the time I'm done."
    ),
    (
        "I hope your whole family chokes on one of your rotten substitutions, and I hope it "
        "takes a long time."
    ),
    (
        "Keep smirking, box office boy. I've got your face memorised and I've got mates who "
        "owe me favours. They're not the ticket-buying type."
    ),
    (
        "Your agent thinks he's untouchable up in his tower in the Marina. Lifts break. "
        "Balconies are very high. Tell Rashid to think about that when he's in bed tonight."
    ),
    (
        "Nice black Audi in bay 14, Mr Property Manager. Brake lines are very easy to get at "
        "on that model. I looked it up."
    ),
    (
        "If my son comes home from that camp with one more bruise I'm driving up there, and "
        "the counsellor who did it won't be walking straight for a month."
    ),
    (
        "Recruiters like you end up in a ditch off the A38 and honestly nobody would even "
        "bother looking."
    ),
    (
        "Tell the tailor with the grey beard I've got something sharp for him as well, not "
        "just needles. He'll get to see it up close on Thursday."
    ),
    (
        "ur lounge staff r gonna get there heads kicked in wen i land tmrw specially the "
        "blonde one on desk 2. tell her i said hi"
    ),
    (
        "There's a can of petrol in my boot and I've got plenty of free time. Your office "
        "shuts at six, doesn't it?"
    ),
    (
        "Your mum runs the chemist in Westlands, doesn't she? Kind woman, always smiling. Be "
        "a shame if she ended up paying for your mistakes."
    ),
    (
        "I am telling you sincerely, if you don't release my insurance money this week your "
        "family will be mourning. I have people in your village also, they know the house."
    ),
    (
        "Somebody ought to teach that steward a lesson with a cricket bat, and maybe that "
        "somebody is me. Section C, row F. I'll find him after the encore."
    ),
]

LOOK_ALIKES = [
    (
        "I'm escalating this to the Financial Ombudsman Service. My flood claim HX-22019 has "
        "been open for eight months and I still have nothing in writing."
    ),
    (
        "Just letting you know I'm leaving an honest review of the camp on Trustpilot. "
        "Mostly positive, but the pickup chaos on Fridays needs a mention."
    ),
    (
        "This pharmacy app is killing me. Three times I've uploaded the prescription and it "
        "still says pending."
    ),
    (
        "The queue at the box office was absolute murder, 90 minutes in the rain just to "
        "collect pre-paid tickets."
    ),
    (
        "Safety issue: the extension cable behind the charging bar in your lounge is frayed "
        "and sparking. Someone will trip or get a shock, please get it looked at today."
    ),
    (
        "If this isn't refunded by the 30th I'll be raising a chargeback with my bank and "
        "reporting the agency to Trading Standards."
    ),
    (
        "Fire risk! The steam press at your Queen St branch is left on overnight with "
        "clothes draped over it. I can see it glowing through the window."
    ),
    (
        "Sorry to hear one of your riders was knocked off by a van on Tuesday. Hope he's OK. "
        "No rush at all on my parcel."
    ),
    (
        "lol my mate said he'd kill me if I booked the wrong night for the gig again. Can I "
        "swap the tickets from the 12th to the 13th?"
    ),
    (
        "I ordered tickets for 'Killer Queen' the tribute act and got 'Queen Extravaganza' "
        "instead. Different band, could you correct the booking?"
    ),
    (
        "I'll be taking this to the small claims court. The letting agent kept my whole "
        "deposit without any check-out inventory."
    ),
    (
        "My grandad's mobility scooter brakes failed on a hill yesterday. He's fine, just "
        "shaken, but that model needs recalling before somebody gets badly hurt."
    ),
    (
        "Our piano teacher absolutely slaughtered me in the mock theory test, but in a good "
        "way. I finally understand cadences."
    ),
    (
        "Heads up, I've written up my stay on Google Reviews. Three stars. I'm not after "
        "anything, just want other parents to know what to expect."
    ),
    (
        "The substitution swapped my 'Death by Chocolate' cake for a carrot cake. Kids were "
        "devastated, ha. Could I get a refund on that line?"
    ),
    (
        "I'm lodging a complaint with RERA. The property manager hasn't returned my deposit "
        "within the legal timeframe and won't answer emails."
    ),
    (
        "You lot are going to get me murdered by my wife, the anniversary suit still isn't "
        "ready and the dinner is Saturday!"
    ),
    (
        "There's a strong gas smell in the stairwell of Block 4 near the management office. "
        "Please send someone urgently before it turns into a fire."
    ),
    (
        "I'll be reporting the expired insulin you sold me to the Pharmacy and Poisons "
        "Board. Please keep the batch records for that day."
    ),
    (
        "Fair warning, my review of your recruitment agency goes up on Glassdoor tonight. "
        "It'll be blunt, and no, I'm not asking you for anything."
    ),
]

PAIRS = [
    (
        (
            "Hi, I bought two tickets for the show on 14 June but haven't received the e-tickets "
            "yet. Could you check order 55812, please?"
        ),
        (
            "WHERE ARE MY TICKETS?!?! Order 55812, the show is in TWO DAYS and your useless site "
            "still says processing. Sort it out NOW or give me my money back!!!"
        ),
    ),
    (
        (
            "My flood claim has been with you for six weeks and the loss adjuster still hasn't "
            "visited. Could you give me a date, please?"
        ),
        (
            "SIX WEEKS living in a house that stinks of sewage and your so-called loss adjuster "
            "can't be bothered to turn up!!! You lot are a f***ing joke. Get someone here THIS "
            "WEEK."
        ),
    ),
    (
        (
            "The wheelchair we ordered for my father arrived with a flat tyre and a loose "
            "footrest. Could you arrange a replacement?"
        ),
        (
            "My 82-year-old dad's wheelchair arrived BROKEN. Flat tyre, footrest hanging off. "
            "Are you people completely incompetent?? Replace it TODAY!!!"
        ),
    ),
    (
        (
            "I ordered gluten-free bread and was sent ordinary bread as a substitute. My "
            "daughter is coeliac, so please take more care with substitutions."
        ),
        (
            "You sent GLUTEN bread to a COELIAC child as a 'substitute'!!! Do your pickers even "
            "read the labels?? This is dangerous, you clueless idiots!!!"
        ),
    ),
    (
        (
            "The lift in Block 12 has been out of service for ten days. Could management update "
            "residents on when it will be repaired?"
        ),
        (
            "TEN DAYS no lift!!! I am carrying my baby up 14 floors while your management sits "
            "in the air-con office doing NOTHING. Useless lah!!! FIX IT!!!"
        ),
    ),
    (
        (
            "My son's jacket and water bottle went missing at camp on Thursday. Could staff have "
            "a look in lost property?"
        ),
        (
            "Second week in a row my kid's stuff has VANISHED at your camp!!! Do your so-called "
            "counsellors watch ANYTHING?? I want it found or paid for, end of!!!"
        ),
    ),
    (
        (
            "We were refused entry to the lounge even though we had valid Priority Pass cards. "
            "Could you explain why?"
        ),
        (
            "Turned away from your lounge with VALID cards while your rude receptionist smirked "
            "at us!!! Absolute c***s. I want an explanation and compensation NOW!!!"
        ),
    ),
    (
        (
            "The courier marked my parcel as delivered but it isn't here. Could you check the "
            "delivery photo or GPS?"
        ),
        (
            "'DELIVERED'?!?! Delivered WHERE exactly?? Not to my door!!! Your lazy rider "
            "probably lobbed it in a hedge. Find my parcel or refund me, NOW!!!"
        ),
    ),
    (
        (
            "The trousers I had taken up are about 3cm too short. Would you be able to let them "
            "down again?"
        ),
        (
            "You CHOPPED 3cm too much off my trousers!!! I told you TWICE!!! They're ruined, you "
            "clowns, and I expect a new pair paid for by YOU."
        ),
    ),
    (
        (
            "I haven't heard anything since my interview on the 4th. Could you let me know where "
            "things stand?"
        ),
        (
            "THREE WEEKS and not ONE call!!! You begged me to apply then ghosted me like a bunch "
            "of cowards. Tell me what's going on or I'm done with your sh*tty agency!!!"
        ),
    ),
    (
        (
            "My daughter's piano lesson has been cancelled at short notice three times this "
            "month. Could we agree a more reliable schedule?"
        ),
        (
            "Three lessons cancelled this month, each with a generous twenty minutes' warning. "
            "My daughter is learning a great deal about patience, which I suppose counts as "
            "music theory of a sort."
        ),
    ),
    (
        (
            "I was given the wrong strength of my blood pressure tablets at your Andheri branch. "
            "Please check and replace them."
        ),
        (
            "I asked for 5 mg and was handed 50 mg. I do appreciate the pharmacist's ambitions "
            "for my blood pressure; so few people aim that high."
        ),
    ),
    (
        (
            "My white shirt came back from cleaning with a yellow mark on the collar that wasn't "
            "there before."
        ),
        (
            "Thank you for adding a tasteful yellow accent to the collar of my white shirt. I "
            "hadn't realised the cleaning came with a complimentary design consultation."
        ),
    ),
    (
        (
            "I was on hold for 40 minutes trying to exchange my tickets and then the call was "
            "cut off."
        ),
        (
            "Forty minutes of the same eight bars of Vivaldi, then a click and silence. A bold "
            "artistic choice for a theatre box office, and it did give me a feel for a very long "
            "interval."
        ),
    ),
    (
        (
            "The payout offered for my flood damage doesn't cover replacing the kitchen units. "
            "Could you review it?"
        ),
        (
            "Your offer of £1,200 for a flooded kitchen is very thoughtful. I've priced it up "
            "and it comes to roughly one cupboard door, so at least that door will be lovely."
        ),
    ),
    (
        (
            "I ordered fresh basil and received a jar of dried mixed herbs as a substitute, "
            "which isn't really comparable."
        ),
        (
            "I ordered fresh basil and received dried mixed herbs. I admire the optimism of "
            "whoever decided these were, broadly speaking, the same plant."
        ),
    ),
    (
        (
            "The maintenance request for my water heater was logged two weeks ago and nobody has "
            "come. Could you schedule a visit?"
        ),
        (
            "Two weeks of cold showers in a Dubai July. I gather it's a wellness initiative, and "
            "I wouldn't want to seem ungrateful for the daily complimentary ice bath."
        ),
    ),
    (
        (
            "The stairlift installation was booked for Monday, but the engineer didn't come and "
            "nobody called us."
        ),
        (
            "The engineer didn't turn up on Monday, which gave my mother a lovely chance to "
            "practise the stairs she can't climb. Such a hands-on approach to rehabilitation."
        ),
    ),
    (
        (
            "The lounge advertised hot food, but only crisps and biscuits were available during "
            "our visit."
        ),
        (
            "The lounge promised a hot buffet, and in fairness the crisps were at room "
            "temperature, which in that terminal is fairly warm. Money well spent at £40 a head."
        ),
    ),
    (
        (
            "The camp said parents would get daily photo updates, but we've only had one photo "
            "in five days."
        ),
        (
            "One photo in five days. I've had it framed, naturally, since at this rate it will "
            "need to last us until the children leave home."
        ),
    ),
]

SINCERE = [
    (
        "Wow. The box office found our lost tickets in ten minutes and even moved us to "
        "better seats. Thank you so much, Priya!"
    ),
    (
        "Of course I'll be recommending your camp to every parent at school. Ava hasn't "
        "stopped talking about the canoeing since Friday."
    ),
    (
        "Finally got my flood claim settled, and honestly Mark the adjuster was kind and "
        "thorough the whole way through. Thank you for everything."
    ),
    (
        "Thanks for the update on my prescription, really helpful to know it'll be ready by "
        "5. The text reminder is a great touch."
    ),
    (
        "Brilliant service from your courier today. He carried the box up four flights and "
        "waited while I checked nothing was broken."
    ),
    (
        "Love that you swapped the almond milk for a different almond milk instead of dairy. "
        "Someone was clearly paying attention, thank you!"
    ),
    (
        "What a surprise to walk into the lounge and find they'd noticed my birthday on the "
        "booking. A slice of cake and a card made an awful layover really special."
    ),
    (
        "The new rollator is just what I needed. I walked to the shops on my own today for "
        "the first time in a year. Thank you, truly."
    ),
    (
        "Couldn't be happier with the alterations to my wedding dress. It fits like a dream. "
        "Mrs Ferreira is a genius with a needle."
    ),
    (
        "Ms Lindqvist went above and beyond again, of course, she always does. Sam passed "
        "his Grade 3 with distinction! We're so grateful."
    ),
    (
        "Wow, the maintenance team in our Tampines block fixed the leak the very same "
        "afternoon I reported it. Very impressed, thank you."
    ),
    (
        "Finally, a recruiter who actually read my CV! Thanks Tunde, the role you found me "
        "is perfect and I start Monday."
    ),
    (
        "Asante sana to the pharmacist at the Kisumu branch who explained my son's dosage so "
        "patiently. Brilliant service, really."
    ),
    (
        "Thanks for the update about the delay. I appreciate you being upfront, and the £10 "
        "voucher wasn't necessary but was very kind."
    ),
    (
        "Just what I needed after a horrible week: my dry cleaning delivered, perfectly "
        "pressed, with a little handwritten note. Love that. Customer for life."
    ),
]

CALM_DRAFTS = [
    (
        "Dear Regent Theatre Box Office,\n"
        "\n"
        "I am writing for the THIRD time about booking ref RGT-448120. On 14/03/2024 I paid "
        "£186.50 for four stalls seats (row H, 11-14) for Saturday 6 April, 7:30pm. When we "
        'arrived at 7:05pm your staff member Kevin told us the seats had been "reallocated" '
        "and offered us restricted view in the upper circle. RESTRICTED VIEW!!! For my mum's "
        "70th!!!\n"
        "\n"
        "I rang 020 7946 0321 at 9:02 the next morning and sat on hold 47 minutes before "
        "being cut off. I've emailed boxoffice@regent-tickets.co.uk twice. Nothing. You "
        "NEVER reply, every single time it's the same silence.\n"
        "\n"
        "I want the full £186.50 back, plus the £12.00 booking fee and the £18 we spent on "
        "parking. If I haven't heard by 5pm on 12 April I'm doing a chargeback and posting "
        "the whole sorry tale on Tripadvisor and tagging @RegentTheatreLDN. Absolutely "
        "disgraceful.\n"
        "\n"
        "Sue Whitfield"
    ),
    (
        "To whoever actually reads these at Coastline Home Insurance,\n"
        "\n"
        "Claim CHI-2024-0093317. Our house at 14 Riverbend Rd, Lismore flooded on "
        "2024-02-28. Your assessor Brett Kowalski came ONCE, on 3 March, stayed 20 minutes, "
        "and hasn't answered a call since. His mobile 0412 555 807 goes to voicemail EVERY "
        "SINGLE TIME.\n"
        "\n"
        "Your letter dated 21/03/2024 offers A$8,450 for contents. The flooring quote alone "
        "is A$14,900 (Northern Rivers Floors, ref NRF-7781). Are you having a laugh?? Does "
        "anyone even look at the photos I uploaded to "
        "https://claims.coastline.com.au/upload?\n"
        "\n"
        "I've spent 6 hours on hold to 1300 555 219 this month. My kids are sleeping at my "
        "sister's.\n"
        "\n"
        "I want a revised offer in writing by Friday 5 April, 5pm AEST, or I'm lodging with "
        'AFCA and posting on r/australia. Your slogan is "there when it matters". Hilarious.\n'
        "\n"
        "Danielle Moretti\n"
        "danielle.moretti@bigpond.com"
    ),
    (
        "Hi,\n"
        "\n"
        "Order #MB-20931, placed March 3rd, knee scooter for my husband after his ankle "
        'surgery. Paid $289.99 + $24.95 "expedited shipping" promising delivery by 3/7. It '
        "is now 3/19 and your tracking page (https://track.mobilityboss.com/MB-20931) has "
        'said "label created" for TWELVE DAYS.\n'
        "\n"
        'I called 1-800-555-0144 on 3/11 at 10:15am and a "Jessica" swore it had shipped. '
        'Called again 3/14 and "Marcus" said there\'s no record of any Jessica?!? Who ARE you '
        "people??\n"
        "\n"
        "Meanwhile my husband is hopping round on crutches and fell in the bathroom Sunday "
        "night. If he'd broken something I'd be calling a lawyer, not you. I still might.\n"
        "\n"
        "Refund the $24.95 NOW and get the scooter here by Friday, or cancel and refund all "
        "$314.94. My Google review and a post for the Ankle Surgery Recovery group (38k "
        "members) are already written. Don't test me.\n"
        "\n"
        "Karen Dubois\n"
        "(512) 555-0187\n"
        "kdubois74@gmail.com"
    ),
    (
        "Subject: Order 88-431-207 - your substitutions are a JOKE\n"
        "\n"
        "Hello FreshCart,\n"
        "\n"
        "My Sunday 10 March 2024 delivery, 4-6pm slot, turned up at 7:42pm. Fine, whatever. "
        "Then I unpacked it:\n"
        "\n"
        "- Free-range eggs (CA$7.49) -> a box of frozen waffles\n"
        "- Lactose-free milk 2L (CA$6.29) -> regular whole milk. I am LACTOSE INTOLERANT, "
        "that's WHY I ordered it!!!\n"
        "- Fresh salmon 400g (CA$14.99) -> canned tuna. Seriously??\n"
        "\n"
        'Your driver, name tag "Devon", shrugged and said "the app does it". You NEVER ask '
        "first, every single time you just swap whatever you like.\n"
        "\n"
        "Order total CA$143.62. I want CA$28.77 back for the garbage subs plus the CA$9.99 "
        "delivery fee. Email m.tremblay.qc@outlook.com or call 514-555-0192, and not at 11pm "
        "like last time.\n"
        "\n"
        "If it isn't fixed by March 15th I'm disputing the whole charge with Visa and the "
        "unboxing goes on TikTok @mireille.cuisine. My followers will love it.\n"
        "\n"
        "Mireille Tremblay"
    ),
    (
        "Dear Management, Marina Vista Condominium (MCST 4521),\n"
        "\n"
        "I am writing AGAIN about unit #18-07. Water has leaked from the ceiling into my "
        "master bedroom since 2 February 2024. Reported on the portal (ticket MV-T-00991) "
        "and to mcst4521@marinavista-mgmt.sg. Your property officer Mr Jason Lim inspected "
        'on 9 Feb and said "will revert". Today is 14/03/2024. Still NO revert!!!\n'
        "\n"
        "I paid S$1,284.00 maintenance fees this quarter on time. What do I get? A bucket "
        "and a mouldy wardrobe. My contractor quotes S$2,650 for ceiling and carpentry (Lee "
        "& Sons, quotation LS-2024-118).\n"
        "\n"
        'Every single time I call 6555 0194 the receptionist says Jason is "on site". Which '
        "site?? Not mine lah.\n"
        "\n"
        "If the pipe upstairs is not fixed and I am not compensated by 31 March, I will file "
        "with the Strata Titles Boards and post everything with photos on HardwareZone and "
        "the condo Telegram group.\n"
        "\n"
        "Regards,\n"
        "Tan Wei Ling\n"
        "+65 9123 4567"
    ),
    (
        "To: leasing@goldensands-properties.ae\n"
        "CC: Mr Ahmed Al Mansoori\n"
        "\n"
        "Contract ref GSP/DXB/2023/7712, apartment 1204, Tower B.\n"
        "\n"
        "I moved OUT on 28 February 2024. Keys returned to your agent Priya at 11:30am, "
        "checkout report signed, ZERO damages noted. You are STILL holding my AED 9,500 "
        "deposit. Three weeks. THREE!!!\n"
        "\n"
        'I have called +971 4 555 2231 maybe 15 times. Every single time: "accounts will '
        'contact you". They NEVER do. Your WhatsApp +971 50 555 8820 leaves me on blue '
        "ticks. Very professional.\n"
        "\n"
        'Now on 18/03 you email me a "deduction" of AED 3,200 for repainting?? The flat was '
        "painted in 2022, it is in YOUR OWN report!!! This is plain theft.\n"
        "\n"
        "Return the full AED 9,500 by 25 March or I go to RERA and the Rental Dispute "
        "Centre, and Golden Sands gets a full write-up on Google and Bayut with every photo "
        "and email.\n"
        "\n"
        "Olumide Adeyemi\n"
        "@olumide_in_dxb"
    ),
    (
        "Hi Camp Kilmore team,\n"
        "\n"
        "Booking KLM-S24-0356, two kids (Aoife 9, Cian 7), Week 3, 15-19 July. Paid €540 in "
        "full on 2 May.\n"
        "\n"
        "Wednesday the 17th at 3:15pm I arrive for pickup and NOBODY can tell me where Cian "
        'is. TWENTY MINUTES. Your "senior leader" Niamh kept saying "he\'s definitely '
        "around\". Definitely around?!? He's SEVEN. We found him alone by the car park gate, "
        "which was OPEN onto the main road!!!\n"
        "\n"
        "Then I find out Aoife was stung on the Tuesday and nobody told me. No incident "
        "form, no call to 087 555 4412, nothing. You NEVER tell parents anything, three "
        "other mums have said the same.\n"
        "\n"
        "I want a written incident report to clodonnell@eircom.net by Monday, a full refund "
        "of the €540, and your supervision ratios in writing.\n"
        "\n"
        "Otherwise I'm reporting you to Tusla and the full story goes on Mumsnet and your "
        "Facebook page. Unbelievable.\n"
        "\n"
        "Clare O'Donnell"
    ),
    (
        "Dear Skyview Lounges customer relations,\n"
        "\n"
        "Visit on 2024-04-02, Narita Terminal 1. Booking SVL-JP-662019, ¥6,800 x 2 = "
        "¥13,600, paid online 20 March.\n"
        "\n"
        "We arrived 18:40 for a 21:10 flight. Your receptionist Mr Sato said the lounge was "
        '"at capacity, try in one hour". ONE HOUR?? We PREBOOKED, that is literally what we '
        "paid for!!! Meanwhile he waved in a group of six with no booking, I watched him do "
        "it.\n"
        "\n"
        "We finally got in at 20:05. Hot food gone, 40-minute wait for showers. So ¥13,600 "
        "bought us 45 minutes, a cold onigiri and a warm beer. Truly world class.\n"
        "\n"
        "I emailed support@skyviewlounges.com on 3 April (auto-reply #CS-88213). Nothing "
        "since. Every single time I use your lounges something goes wrong.\n"
        "\n"
        "Full refund of ¥13,600 to the card ending 4471 please, or this goes on FlyerTalk "
        "and Tripadvisor, tagged @SkyviewLounges.\n"
        "\n"
        "James Whitaker\n"
        "+44 7700 900312"
    ),
    (
        "To PedalPost Copenhagen,\n"
        "\n"
        "Your bike courier DESTROYED my portfolio. Delivery PP-CPH-55910, booked 11/04/2024 "
        "at 09:12, pickup Nørrebrogade 44, drop at Holm & Vinther Arkitekter by 12:00 for my "
        'interview. Paid 245 kr + 60 kr "priority".\n'
        "\n"
        "It arrived at 12:47. SOAKING WET. Your rider Mikkel apparently didn't think a "
        "waterproof bag was needed in April. In DENMARK. The A1 boards were bent in half and "
        "I sat through my interview with nothing to show.\n"
        "\n"
        'I called +45 33 55 12 90 at 13:05 and your dispatcher said "weather happens". '
        "Weather happens!!! Thanks, genius.\n"
        "\n"
        "I want the 305 kr refunded AND the 1,850 kr reprint cost (receipt attached), to "
        "lars.holm.arch@gmail.com by 19 April. You NEVER take responsibility, every single "
        "Trustpilot review says so, and mine plus a post on r/copenhagen will join them if "
        "this isn't sorted.\n"
        "\n"
        "Lars Holm"
    ),
    (
        "Dzień dobry,\n"
        "\n"
        "Order no. 2024/03/118, Pralnia Elegant, ul. Mokotowska 12, Warsaw. On 5 March I "
        'left my wedding suit (wool, Hugo Boss) for dry cleaning, paid 89 zł, ready "8 '
        'March, 17:00".\n'
        "\n"
        "I came 8 March 17:10. Not ready. Came 11 March. Not ready. On 13 March your lady, "
        "Pani Bożena, gives me the suit with a BURN MARK on the left sleeve big as my palm "
        'and says "it was like this". IT WAS NOT!!! I have photos from 4 March with '
        "timestamp.\n"
        "\n"
        "The suit cost 3,200 zł. My wedding is 30/03/2024. You ruined it and your staff lie "
        "to my face.\n"
        "\n"
        "I want 3,200 zł compensation or replacement before the wedding. Contact: "
        "tomasz.wrobel@wp.pl, +48 601 555 203.\n"
        "\n"
        "If not, I go to the Rzecznik Konsumentów and write everything on Google Maps and "
        "the Warszawa Facebook group. Every single person will know what you do to "
        "customers' clothes.\n"
        "\n"
        "Tomasz Wróbel"
    ),
    (
        "Hi Melissa,\n"
        "\n"
        "I've tried to be patient but I'm DONE. Invoice #PS-2024-031, Term 1 piano for Liam, "
        "R3,600 paid by EFT on 15 January.\n"
        "\n"
        "Out of 10 lessons you have CANCELLED FOUR. 6 Feb (WhatsApp at 2:47pm for a 3pm "
        'lesson!!), 20 Feb, 5 March and yesterday, 12/03. Every time "something came up". '
        "Something ALWAYS comes up with you.\n"
        "\n"
        "Then you entered him for his Grade 2 exam on 28 March without asking, and now "
        "there's an R850 exam fee on invoice #PS-2024-034?? He hasn't even finished his "
        "pieces because you're never there!!!\n"
        "\n"
        "I want R1,440 back for the missed lessons and the entry withdrawn. EFT to FNB acc "
        "ending 3321 by Friday, or phone 082 555 7719 if you feel like calling for once.\n"
        "\n"
        "Otherwise it goes on the Durbanville Moms page and Google, and you can explain to "
        "all 12k of them why you never show up.\n"
        "\n"
        "Nadia van der Merwe\n"
        "nadia.vdm@gmail.com"
    ),
    (
        "Dear TalentBridge Recruitment Ltd,\n"
        "\n"
        "RE: Candidate ID TB-LAG-40982\n"
        "\n"
        'On 4th March 2024 I paid your agency ₦150,000 "processing fee" for a Customer '
        "Service Manager role in Victoria Island. Your consultant Mr Chinedu Okoro assured "
        "me by email (chinedu.o@talentbridge-ng.com, 05/03/2024, 11:26am) that interview "
        "would hold within 14 days.\n"
        "\n"
        "Today is 8th April. No interview. No feedback. He has BLOCKED my number. When I "
        'came to your office on 2nd April the receptionist said he has "travelled". '
        "Travelled where?? With my money??\n"
        "\n"
        "Every single time I call 0803 555 2291 it rings out. You people are scammers, "
        "simple. Charging job seekers fees is not even allowed!!!\n"
        "\n"
        "I demand full refund of ₦150,000 into my GTBank account within 7 days, or I report "
        "to the Ministry of Labour and the FCCPC, and my lawyer is already aware. I will "
        "also expose you on X @Adaeze_speaks and on Nairaland.\n"
        "\n"
        "Adaeze Nwosu"
    ),
    (
        "To: care@medquickhealth.in\n"
        "Subject: Order MQ-7730194 - WRONG MEDICINE, URGENT\n"
        "\n"
        "Sir/Madam,\n"
        "\n"
        "Order MQ-7730194 placed 14/03/2024, 9:40 pm, for my father's tablets (Telma 40, "
        'Glycomet GP 2, Ecosprin 75). ₹1,486.50 paid by UPI. Delivery "within 2 hours".\n'
        "\n"
        "Delivery came NEXT DAY 3:15 pm and instead of GP 2 your boy gave GP 1. WRONG "
        "STRENGTH!!! My father is diabetic, 74 years. If I had not checked, who would be "
        "responsible??\n"
        "\n"
        "I called helpline 1800 555 0911 four times, each time hold and disconnect. Your "
        'executive Mr Rohit said on 16 March "replacement within 24 hours". Today is 19th. '
        "Nothing. You people NEVER bother, every single time same story.\n"
        "\n"
        "I want immediate replacement, refund of ₹386 plus ₹200 delivery charge, and written "
        "apology. Otherwise complaint goes to National Consumer Helpline and the Drug "
        "Controller, with full details on Google and X tagging @MedQuickIndia. Kindly treat "
        "as final reminder.\n"
        "\n"
        "Rajesh Kulkarni\n"
        "+91 98205 55431"
    ),
    (
        "Hello Afya Plus Chemists,\n"
        "\n"
        "Complaint about your Kilimani branch. Saturday 6 April 2024 around 10:20 am I "
        "bought amoxicillin syrup for my daughter, receipt AP-KLM-009841, KSh 780 by M-Pesa "
        "(code SD64XK9P2L).\n"
        "\n"
        "At home I saw the expiry: 01/2024. EXPIRED!!! Three months!!! I went back at 1pm "
        'and your pharmacist, Kevin Otieno, told me "it\'s still okay to use". Still okay?? '
        "Are you a pharmacist or a hawker??\n"
        "\n"
        "He refused refund and said come Monday when the manager is in. I came Monday 8th. "
        'Manager "not in". Every single time a new excuse.\n'
        "\n"
        "My daughter had fever 3 more days. I bought again elsewhere for KSh 950.\n"
        "\n"
        "Refund KSh 1,730 to 0722 555 318 and have someone senior call me. I am reporting "
        "the batch to the Pharmacy and Poisons Board, and this is going on Facebook and X "
        "tagging @AfyaPlusKE. Shame on you.\n"
        "\n"
        "Wanjiru Kamau\n"
        "wanjiru.kamau@yahoo.com"
    ),
    (
        "Y'all,\n"
        "\n"
        "I have been a season subscriber to the Magnolia Symphony for 11 YEARS. Account "
        "#MSO-001893. And this is how you treat me?\n"
        "\n"
        "I bought 2 tickets for the Holiday Pops, December 14th, 8:00 PM, order "
        "#HP-24-55710, $178.00. Your website charged my card TWICE, $356.00, on 11/02/2024. "
        "I called the box office at (601) 555-0148 on November 4 and a young man named Tyler "
        'said it\'d be "reversed in 3-5 business days". That was THREE WEEKS ago!!!\n'
        "\n"
        'Then I emailed tickets@magnoliasymphony.org and got a form letter signed "The '
        'Team". Well, The Team can kiss my grits.\n'
        "\n"
        "I am 74 and I do not have $178 to float y'all an interest-free Christmas loan. You "
        "NEVER get anything right with that new website.\n"
        "\n"
        "Refund the duplicate by December 1st or I'm disputing it with my bank and telling "
        "every lady in my Sunday school class AND the Gazette letters page. Don't think I "
        "won't.\n"
        "\n"
        "Mrs. Betty Lou Hargrove"
    ),
    (
        "FAO Customer Services, StrideWell Orthotics\n"
        "\n"
        "Your ref SW/ORT/23-4471. My ref: FIFTH email.\n"
        "\n"
        "On 12 January I was measured at your Leeds clinic by your orthotist Mr Gareth Pryce "
        "for custom insoles and orthopaedic shoes. Paid £425.00 upfront. Promised 4-6 weeks.\n"
        "\n"
        "Today is 22/03/2024. Week 10. When I rang 0113 496 0781 on 18 March at 2:30pm, "
        'Sharon told me the order "was never sent to the lab". NEVER SENT?! Ten weeks '
        "sitting on my money??\n"
        "\n"
        "Meanwhile I had to buy braces in Spain for €89.90 because I could barely walk round "
        "Málaga airport. My physio says the delay has made my plantar fasciitis worse.\n"
        "\n"
        "Honestly you lot are b****y useless. You NEVER ring back, every single time it's "
        '"someone will call you".\n'
        "\n"
        "Shoes by 5 April or a full refund of £425 plus the €89.90, or it's Trading "
        "Standards, Trustpilot and @StrideWellUK. I'm 68, I haven't got time for this.\n"
        "\n"
        "Margaret Ellison\n"
        "m.ellison1955@btinternet.com"
    ),
]
