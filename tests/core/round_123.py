"""Blind round 123 (session 38): written by a helper session that saw no rule, no round and no
code, themed on gyms and personal trainers, solar panel installers, opticians, bakeries and cake
makers, driving schools, letting agents, electronics retailers, ferry and coach operators, dry
cleaners, veterinary emergency clinics, roofers, food delivery in Lagos, Karachi and Kuala
Lumpur. Held out: measured with the session's starting code (e55452a): extortion 14/15, threats
11/20, look-alikes 19/20, plain pairs 10/10, dry pairs 4/10, sincere 12/15, calm versions 16/16.
The extortion reader's bar (0.55) was chosen with its trades read alongside (at 0.5 and 0.55
alike); then the threat shapes of the session's table block were written from its misses and
those of rounds 117-121: extortion 14/15, threats 19/20, look-alikes 19/20, plain pairs 10/10,
dry pairs 4/10, sincere 12/15, calm versions 16/16. Kept as a floor."""

EXTORTION = [
    (
        "Dear Sir/Madam, I have drafted a one-star Trustpilot review of SunBright Solar "
        "setting out the eleven weeks my inverter sat in its box uninstalled. I would be "
        "content to leave it unpublished, provided a goodwill payment of £400 reaches my "
        "account by Friday. Yours faithfully, R. Hendry"
    ),
    (
        "Refund the £89 you charged to wreck my wedding suit, add £50 for my trouble, and "
        "the Google review goes in the bin. No money by 6pm, it goes live with photos."
    ),
    (
        "bro the nasi lemak came 2hrs late n cold 😭 i got a tiktok all edited n ready. gimme "
        "RM50 credit n it stays in drafts fr. deal or nah"
    ),
    (
        "Aye, I've a wee Tripadvisor write-up sitting ready aboot yer ferry crossing. Chuck "
        "us a free return for the motor and I'll no bother pressing send, pal. Up tae you."
    ),
    (
        "Sure look, I'm not a man for giving out online, but that Google review of your gym "
        "could go either way at the minute. A year's membership on the house and I'd say "
        "it'd lean the right way entirely."
    ),
    (
        "Oga, this your food reach me cold and one full hour late. I don type thread for X "
        "already, over 12k people go see am. Send ₦25,000 to my account and I go delete "
        "everything, no wahala. If not, make una prepare for wahala."
    ),
    (
        "Kindly note I have posted one-star review on Google for your optician shop. If you "
        "are doing the free varifocals upgrade as compensation, I will be removing the same "
        "by evening itself. Please revert at the earliest."
    ),
    (
        "Listen boet, your okes left my gutter hanging off the house. Knock R3,000 off the "
        "invoice and the Hellopeter post comes down. Otherwise it stays up and I'm sharing "
        "it on the estate WhatsApp group too."
    ),
    (
        "Mate, you lot are still sitting on my bond. Release the full $2,400 and chuck in "
        "the carpet steam clean and that Google review stays at a 4. Hold onto it and it's a "
        "1, and a bloody long one."
    ),
    (
        "Well bless your heart, y'all's emergency vet bill near about knocked me flat. Now "
        "I'd just hate for my Yelp review to say what I'm fixin' to say, so if you'd see fit "
        "to take off that $600 after-hours fee, I reckon I'd leave it at 'real friendly "
        "staff.'"
    ),
    (
        "It would be such a pity if all the mums on Mumsnet found out how your driving "
        "school handles cancelled lessons. I'm sure we can reach an arrangement that keeps "
        "my fingers away from the keyboard."
    ),
    (
        "I'll happily move my rating from one star to five once the £180 for the collapsed "
        "cake lands, plus a £100 voucher for the inconvenience. Until then the review stays "
        "pinned at the top of your Facebook page."
    ),
    (
        "Got a post for r/LegalAdviceUK half-written about your letting agency, and posts "
        "like that go big. Waive my check-out fee and the 'admin charges' and it never sees "
        "daylight. Your call."
    ),
    (
        "Here's how this works. You send me a replacement laptop, the upgraded model not the "
        "same rubbish, and my 'unboxing gone wrong' video doesn't go up on YouTube. 40k subs "
        "are waiting for content."
    ),
    (
        "Our coach sat broken down for 5 hours outside Leeds. I happen to run a community "
        "Facebook page with 18,000 members. Free return tickets to Edinburgh for me and my "
        "husband and I'll write something lovely. No tickets and, well, I'll write something "
        "else."
    ),
]

THREATS = [
    (
        "Your little one's got a lovely red coat. Stands out a mile at the gates of St "
        "Anne's at half three. Refund my deposit."
    ),
    (
        "Those solar panels on your own roof would go up a treat with a bit of help. Funny "
        "how fast lithium burns once it gets going."
    ),
    (
        "Hope the brakes on your van are more reliable than your installers. It'd be awful "
        "if they gave out on the A38 one night."
    ),
    (
        "Morning Dariusz. Been parked opposite your bakery since 6. Nice routine you've got: "
        "shutters down at 7:40, walk round to the grey Corsa. Same time tomorrow, then."
    ),
    (
        "people like you who rob pensioners end up face down in the canal and nobody even "
        "reports them missing"
    ),
    (
        "Tell the optician with the ponytail she should think very carefully about which way "
        "she walks to the bus stop tonight."
    ),
    (
        "ur rider run with my money. i get his plate number n i know the street for "
        "Surulere. we go find am and e no go waka straight again"
    ),
    (
        "Kindly inform your manager that my cousins in Gulshan know his house and they are "
        "not patient people. One more excuse and they will be visiting him personally."
    ),
    (
        "If my dog doesn't leave your clinic alive, neither does the vet who touched him. "
        "Put that in your clinical notes."
    ),
    (
        "Dry cleaning fluid is very flammable, isn't it. Shame your little shop's only got "
        "the one way out."
    ),
    (
        "I'll be waiting in the car park after your 6pm session, Coach Ryan. Might want to "
        "book yourself an ambulance in advance."
    ),
    (
        "My brother just got out and he's bored. I've given him your instructor's name and "
        "the reg of his blue Fiesta. Enjoy your lessons."
    ),
    (
        "You really ought to get a better lock on that front door of yours. Anyone could let "
        "themselves in while your wife's asleep. Just a friendly thought."
    ),
    (
        "Every crossing your ferry makes, I think about how cold that water is in February. "
        "Hope your deckhand Callum swims well with his hands tied."
    ),
    (
        "Gentle reminder that roofs are dangerous places. Men fall off them every week. "
        "Ladders get kicked. Pass that on to Gary."
    ),
    (
        "I pray to God your shop burns to the ground with you locked inside it, and I'm more "
        "than happy to help Him along."
    ),
    (
        "Nice Volvo on your drive. It'd be a shame about the paintwork. And the tyres. And "
        "the windows. And whatever's after that."
    ),
    (
        "You've got 24 hours to refund me before I come down there and rearrange your face "
        "and your shopfront, in that order."
    ),
    (
        "Mr Tan, I have your home address in Cheras from the delivery app. Your daughter "
        "takes the 7.15 school bus. Refund my RM340 today."
    ),
    (
        "Keep laughing, lad. The CCTV outside your phone shop doesn't cover the alley where "
        "you have your smoke break."
    ),
]

LOOK_ALIKES = [
    (
        "I'm taking this to the Property Ombudsman. You've had eight weeks to respond to my "
        "deposit complaint and that deadline has now passed."
    ),
    (
        "Filed a chargeback with my bank today for the solar deposit. Letting you know so "
        "you're not surprised when Visa gets in touch."
    ),
    (
        "Just so you know, I'll be leaving an honest 2-star review on Google about the wait "
        "times. The staff were lovely, it's the booking system that's broken."
    ),
    (
        "This app is killing me. Five attempts to book an eye test and it crashes on the "
        "payment screen every single time."
    ),
    (
        "The queue at the ferry terminal was absolute murder this morning, 90 minutes in "
        "full sun with two toddlers."
    ),
    (
        "Safety report: there's a loose cable hanging from the ceiling above treadmill 4 and "
        "it's sparking. Please cordon it off before somebody gets hurt."
    ),
    (
        "The big tumble dryer at your dry cleaners on Mill Road smells like burning plastic. "
        "Genuine fire risk, please get it checked before it catches."
    ),
    (
        "Sad news, our driving instructor Paul was in a car accident on the way to my "
        "lesson. He's OK thank God, but please let me know when lessons can start again."
    ),
    (
        "Ordered the 'Death by Chocolate' cake and the 'Killer Carrot' traybake for the "
        "party. Both arrived squashed. Could I get a refund on the carrot one at least?"
    ),
    (
        "Tagging my sister here: Priya if you eat the last slice of this cake I will "
        "actually murder you 😂 Anyway lovely bakery, the box was just a bit dented."
    ),
    (
        "I'll be making a small claims application for the £640 roof repair if I don't hear "
        "back by 30 April. Please treat this as my letter before action."
    ),
    (
        "I've reported you to Trading Standards about the 'free' eye test that came with a "
        "£45 charge. They've logged it under ref TS-4471."
    ),
    (
        "The rider got knocked off his bike by a car on the way, he's fine but the food is "
        "all over the road in Lekki. Please just resend, no stress at all."
    ),
    (
        "Your vet literally saved my cat's life last night. The bill was a bit of a shock to "
        "the system though. Could we set up a payment plan?"
    ),
    (
        "The 'Blade Runner' 65-inch TV I bought has a cluster of dead pixels in the corner. "
        "I'd like to exchange it under your 30-day policy."
    ),
    (
        "I'm going to post on Mumsnet to ask if other parents have had the same trouble with "
        "your coach company's child fares. I genuinely want to know if it's normal."
    ),
    (
        "The rider in Karachi got caught in the flooding near Nipa and dropped the whole "
        "order. Not his fault at all, poor man was soaked. Could I get a refund please?"
    ),
    (
        "If this isn't fixed I'll be cancelling my membership and joining the gym down the "
        "road. Simple as that."
    ),
    (
        "That spin class absolutely destroyed me, I'm dead, 10/10 would die again. Only "
        "complaint: the air con in studio 2 is broken."
    ),
    (
        "I've contacted the Financial Ombudsman about the finance agreement on my panels. "
        "They've asked me to pass on this reference: FOS-209331."
    ),
]

PAIRS = [
    (
        (
            "Hi, I cancelled my membership in January but I've been charged £42 again this "
            "month. Could you refund it please?"
        ),
        (
            "I CANCELLED IN JANUARY!!! Why the h*ll are you still taking £42 off me every "
            "month?? Refund it NOW or I'm ringing my bank. Absolute thieves."
        ),
    ),
    (
        ("The installers were due on Tuesday but nobody came or called. Can we rearrange, please?"),
        (
            "Took a DAY OFF WORK for your useless installers and NOBODY SHOWED!!! Not even a "
            "phone call. Who is running this clown show?! Rebook me AND pay me for the lost day."
        ),
    ),
    (
        (
            "My new glasses seem to have the wrong prescription in the left lens; everything's "
            "blurry. Could I bring them back in?"
        ),
        (
            "You've given me the WRONG LENS. I can't see a bl**dy thing out of my left eye!!! "
            "How do you even manage that at an OPTICIAN?? Fix it TODAY."
        ),
    ),
    (
        (
            "The birthday cake said 'Happy Birthday Jon' but the name was Joan. Could you let me "
            "know what you can do?"
        ),
        (
            "JON?!?! Her name is JOAN. It was on the form in CAPITALS. My mum's 80th ruined by "
            "your idiot decorator. I want every penny back!!!"
        ),
    ),
    (
        (
            "The boiler has been broken for nine days and I've reported it three times. Please "
            "could someone come out this week?"
        ),
        (
            "NINE DAYS with no hot water!!! Three reports, ZERO replies. You're quick enough to "
            "take rent on the 1st, funny how nobody can pick up a phone otherwise. Sort it or "
            "I'm withholding rent."
        ),
    ),
    (
        (
            "My order from Yaba was marked as delivered but I never received it. Could you check "
            "with the rider?"
        ),
        (
            "Una mark am DELIVERED?!?! Which delivered?? I no see ANYTHING! I pay ₦8,500 and una "
            "rider dey play me. Refund my money NOW abeg, nonsense!!!"
        ),
    ),
    (
        (
            "My instructor has cancelled on the morning of my lesson for the third time. Could I "
            "be given someone more reliable?"
        ),
        (
            "THIRD TIME he's cancelled on the morning!!! My test is in TWO WEEKS. Is he a real "
            "instructor or just a rumour?? Give me someone who actually turns up!!!"
        ),
    ),
    (
        (
            "We waited two hours in emergency with our dog bleeding. I understand you were busy, "
            "but we'd like an explanation."
        ),
        (
            "TWO HOURS with my dog BLEEDING on your floor!!! Not one person came out. Heartless, "
            "disgusting s*** service. I want answers TODAY."
        ),
    ),
    (
        (
            "The headphones I bought last week have stopped charging. I'd like a replacement, "
            "please."
        ),
        (
            "£249 for headphones that DIED after SIX DAYS?!?! Don't you DARE tell me to send "
            "them to the manufacturer. Replace them. NOW."
        ),
    ),
    (
        (
            "Our coach to Manchester left 15 minutes early and we missed it. Could we have a "
            "refund or new tickets?"
        ),
        (
            "Your coach LEFT EARLY!!! FIFTEEN MINUTES EARLY! We were stood at bay 12 with our "
            "bags like mugs. Refund us or put us on the next one, f***ing unbelievable."
        ),
    ),
    (
        (
            "My silk blouse came back with a yellow stain that wasn't there before. Could you "
            "take a look at it?"
        ),
        (
            "I do appreciate the new yellow motif you've added to my silk blouse. I hadn't "
            "realised bespoke design was included in the £14 clean."
        ),
    ),
    (
        "The ferry was delayed by four hours and no information was given on board.",
        (
            "Four hours moored within sight of the harbour and not a single announcement. I "
            "admire the commitment to suspense; it was like a very slow thriller that forgot to "
            "have an ending."
        ),
    ),
    (
        "The roof you repaired last month is leaking again in the same place.",
        (
            "Good news: the roof is wonderfully consistent. It leaks in exactly the same spot it "
            "did before I paid you £850, so at least nothing was disturbed."
        ),
    ),
    (
        "My order took two hours and arrived cold. Could I have a refund, please?",
        (
            "The biryani turned up after two hours at room temperature, which I suppose saved me "
            "the bother of letting it cool. Very considerate of the rider."
        ),
    ),
    (
        "My trainer spent most of our session on his phone.",
        (
            "Good to know that £60 an hour covers watching my personal trainer refresh "
            "Instagram. I feel much fitter just for having been in the same room as him."
        ),
    ),
    (
        "The deposit deductions seem high, £300 for a scuff on one wall.",
        (
            "£300 for one scuff. I can only assume the paint was ground by hand by a Renaissance "
            "master and shipped over from Florence."
        ),
    ),
    (
        "The rider delivered to the wrong condo block and then marked the order as delivered.",
        (
            "I hope someone in Block C enjoyed my nasi lemak tonight. Always nice to feed the "
            "neighbours without the awkwardness of meeting them."
        ),
    ),
    (
        "I've been on hold for 40 minutes trying to reach customer service.",
        (
            "Forty minutes of the same eight bars of pan pipes. I can now hum every note, so do "
            "you offer some kind of certificate at the end."
        ),
    ),
    (
        "I was told my glasses would be ready in a week and it has now been three weeks.",
        (
            "'Ready in a week' was clearly a figure of speech. I look forward to collecting them "
            "in good time for my next eye test."
        ),
    ),
    (
        "The cake I ordered for collection at 10 wasn't ready until 12.",
        (
            "Two hours in your shop watching other people collect their cakes was an unexpected "
            "bonus. It gave me ample time to reflect on my choices, and to miss the start of the "
            "party."
        ),
    ),
]

SINCERE = [
    (
        "Wow. The vet on duty at 3am sat with our cat for an hour after surgery just so we "
        "could watch her breathing. Thank you, truly."
    ),
    (
        "Of course I'll recommend you! Best driving instructor in Leeds, I passed first time "
        "with only two minors."
    ),
    (
        "Finally got the solar panels switched on today and the app already shows 6kWh "
        "generated. Worth every week of the wait, thank you team."
    ),
    (
        "Thanks for the update on my order, I really appreciate you letting me know the "
        "courier was running behind."
    ),
    (
        "Brilliant job from the dry cleaners, the red wine on my wedding dress is completely "
        "gone. I may have cried a little at the counter."
    ),
    (
        "Love that you tucked a handwritten note in with the cupcakes. My daughter has stuck "
        "it on her bedroom wall."
    ),
    (
        "What a surprise! The ferry crew brought out a cake for my dad when they heard it "
        "was his 70th. He hasn't stopped talking about it."
    ),
    (
        "Just what I needed after a long week, jollof arrived piping hot in 25 minutes in "
        "Ikeja and the rider was so polite. Five stars."
    ),
    (
        "Couldn't be happier with the new roof. The lads picked up every last nail and even "
        "fixed our gate latch without charging."
    ),
    (
        "Oh wow, I never expected a routine eye test to pick up early glaucoma. Your "
        "optometrist may well have saved my sight."
    ),
    (
        "Yes of course we'll be renewing, the letting agent got our boiler fixed within four "
        "hours on a Sunday. Unheard of in our experience."
    ),
    (
        "Brilliant, amazing, actually emotional: my PT got me to my first ever unassisted "
        "pull-up today at 52 years old. Thank you Sam!"
    ),
    (
        "Finally, a coach company that actually tells you when it's running late. A text at "
        "every stop. Please never stop doing this."
    ),
    (
        "Thank you so much for sending a replacement charger before I'd even posted the "
        "broken one back. That's real customer care."
    ),
    (
        "The rider in KL rang to say the stall had run out of teh tarik and offered me a "
        "swap instead of just leaving it off. Small thing, but what a lovely surprise."
    ),
]

CALM_DRAFTS = [
    (
        "To whoever is actually in charge at FlexZone Gym (because it CLEARLY isn't Darren "
        "on the front desk),\n"
        "\n"
        "I cancelled my membership on 14/03/2024 through https://flexzonegym.co.uk/cancel "
        "AND in person, and Darren told me \"that's all done, mate\". Well it ISN'T done, is "
        'it? You took £39.99 on 1 April, another £39.99 on 1 May, and a £15 "reactivation '
        'fee" on 2024-05-03 for a membership I never reactivated!!!\n'
        "\n"
        "Membership no. FZ-118203. I rang 0161 496 0732 at 9:05am on Monday and sat on hold "
        "until 9:47am before being cut off. Every single time I call it's the same thing. "
        "You NEVER ring back.\n"
        "\n"
        "I want £94.98 refunded by 31 May or I'm going to my bank for a chargeback and "
        "posting the whole saga on Google and under @FlexZoneGymUK on Instagram. Honestly, "
        "what a sh*tshow.\n"
        "\n"
        "Furious,\n"
        "Kelly Okafor\n"
        "kelly.okafor@hotmail.co.uk"
    ),
    (
        "Subject: Job #SOL-55821 - STILL NOT CONNECTED\n"
        "\n"
        "Hi Brendan,\n"
        "\n"
        'Your installers (Mick and "the young fella") put 18 panels on my roof in Geelong on '
        "3 March and then vanished. It is now 22 April. The inverter is sitting in its box "
        "in my garage. I paid a A$4,350 deposit on 12/02/2024 and the A$6,900 balance on "
        'March 3rd because your office said "payment on completion". Completion of WHAT '
        "exactly???\n"
        "\n"
        "I've emailed brendan@sunrise-solar.com.au five times. I've rung 03 5221 8890 at "
        "8am, noon and 4:30pm. You NEVER pick up, and every single time the voicemail is "
        "full. Brilliant business model, really.\n"
        "\n"
        "Meanwhile my Q1 power bill was A$612 and I'm paying off panels that generate "
        "precisely nothing!!!\n"
        "\n"
        "If an electrician isn't here to commission the system by Friday 26 April I'm "
        "lodging a complaint with Consumer Affairs Victoria, and the full story goes on "
        "ProductReview with @SunriseSolarAU tagged. Don't test me.\n"
        "\n"
        "Graham Whitlock\n"
        "0412 887 304"
    ),
    (
        "Dear OptiVision Kraków,\n"
        "\n"
        "I am writing AGAIN because apparently nobody reads obsluga@optivision.pl.\n"
        "\n"
        "Order no. OV/2024/03117. Varifocals ordered 2 February 2024, paid 1,480 zł in full "
        'at the Floriańska branch. Pan Tomasz promised them "in ten days, maximum". On '
        "2024-02-27 I collected them and the left lens is completely WRONG. I cannot read, I "
        "cannot drive, I had a headache within 20 minutes. Pani Agnieszka said it was "
        '"adaptation". Adaptation my a**!!!\n'
        "\n"
        "I went back on 5 March at 17:15 and was told the optometrist had gone home. On "
        "12.03 nobody could even find my file. Every single time a new excuse. You NEVER "
        "take responsibility.\n"
        "\n"
        "I need correct lenses by 25/03/2024 or a full refund of 1,480 zł. If not, I go to "
        "the Rzecznik Konsumentów and I write a Google Maps review the whole city will read. "
        "My phone: +48 512 334 901.\n"
        "\n"
        "Regards (not kind ones),\n"
        "Marek Zieliński"
    ),
    (
        "Madam Funke,\n"
        "\n"
        "I am VERY angry as I type this. Order #CK-7740, 3-tier wedding cake, red velvet and "
        "vanilla, booked 10/01/2024, ₦385,000 paid in full by transfer (receipt attached). "
        "Delivery agreed for Saturday 16th March, 11:00am at Eko Hotel, Victoria Island.\n"
        "\n"
        "Your driver Sunday arrived at 2:47pm!!! The reception had ended. The top tier had "
        "slid and the fondant was CRACKED like harmattan ground. When I called 0803 555 2190 "
        'you told me "traffic is traffic". Is traffic news to you in Lagos?? You have been '
        "baking here ten years!\n"
        "\n"
        "My cousin's cake in December, same story. Every single time it is excuse. You NEVER "
        "take responsibility. Useless people.\n"
        "\n"
        "I want ₦200,000 refunded by 25 March or I will post all the pictures and videos on "
        "Instagram tagging @funkesbakes_lagos and @bellanaijaweddings, and my lawyer (Barr. "
        "Chidi Eze, chidi.eze@ezelegal.ng) will write to you.\n"
        "\n"
        "Very disappointed,\n"
        "Mrs Adaeze Nwosu"
    ),
    (
        "RE: Unit 1204, 88 Harbour St - Maintenance request #MR-30915\n"
        "\n"
        "Jessica,\n"
        "\n"
        "It has been 19 days since I reported the leak under the kitchen sink (first ticket "
        "2024-01-08, 7:12pm, via https://tenants.northgate-pm.ca). The cabinet floor has now "
        'ROTTED. There is black mould. You sent a "handyman" named Kevin on January 15th who '
        "put a bucket under it and left. A BUCKET. Genius work, truly.\n"
        "\n"
        "I pay CA$2,850 a month on the 1st, never late, not once. Yet you NEVER return calls "
        'to 416-555-0178 and every single time your auto-reply promises "48 hours"!!!\n'
        "\n"
        "I've now paid CA$190 out of pocket for a plumber (receipt attached) and I expect "
        "that credited against February rent.\n"
        "\n"
        "If the repair isn't done by Friday 02/02/2024, I'm filing a T6 with the Landlord "
        "and Tenant Board and leaving detailed reviews on Google and r/TorontoRenting. I "
        "have kept every single email, so don't bother pretending.\n"
        "\n"
        "Priya Raman\n"
        "priya.raman88@gmail.com"
    ),
    (
        "Hej / Hello,\n"
        "\n"
        'Order 4471-SE-99820 from ElektroHuset, placed 2024-02-02 at 22:41. Samsung 55" TV, '
        '8 990 kr plus 499 kr for "premium delivery". Premium! Ha!!!\n'
        "\n"
        "The delivery guys (the tall one's badge said Johan) dumped the box in the "
        'stairwell, said "not our job to carry up", and left. When I opened it on 4 February '
        "the screen was CRACKED corner to corner.\n"
        "\n"
        "I phoned 08-123 456 78 on the 5th at 10:15 and waited 52 minutes, only to be told "
        "to email kundtjanst@elektrohuset.se. I did. Three times. Automatic reply every "
        "single time. You NEVER answer like human beings.\n"
        "\n"
        "I want a new TV delivered AND carried up to floor 3, plus the 499 kr back. If I "
        "hear nothing by 15/02/2024 I am going to ARN and posting the unboxing video on "
        "TikTok @nils.unboxes, where 40,000 people will enjoy your d*mn useless service.\n"
        "\n"
        "Nils Bergström\n"
        "+46 70 555 12 34"
    ),
    (
        "To Customer Relations, Sakura Highway Bus\n"
        "\n"
        "Booking ref SHB-240318-0447. Night bus Shinjuku to Kyoto, 23:10 on 18 March 2024. "
        "Two seats at ¥9,800 each, ¥19,600 total, paid by Visa.\n"
        "\n"
        "The bus left at 23:10 WITHOUT US. We were at the terminal at 22:55 as the "
        "confirmation said. Your man at the counter (name tag: Ishikawa) sent us to the "
        "WRONG FLOOR of Busta Shinjuku, and when we got back he shrugged and pointed at a "
        "sign. Thanks for that, very helpful!!!\n"
        "\n"
        "We had to take the Shinkansen next morning at ¥14,170 each, plus a hotel for "
        "¥18,500. Your English line (+81 3-5555-0192) is only open 9:00-17:00 and every "
        "single time I call it rings out. You NEVER answer info@sakura-hwbus.jp either.\n"
        "\n"
        "Refund the ¥19,600 and the extra costs, or this goes on Tripadvisor, the Japan "
        "Guide forum and X (@SakuraHwBus), with screenshots of everything. Incompetent "
        "doesn't begin to cover it.\n"
        "\n"
        "Tom & Elena Fairweather"
    ),
    (
        "Dear Mr. Park,\n"
        "\n"
        "Ticket #DC-20931. I dropped off my late husband's navy suit on Thursday 3/7/2024 at "
        "8:20am at your Maple Ave store for his memorial on Sunday. The girl at the counter "
        '(Brittany) promised "ready Friday by 5, no problem". $38.50 plus a $12 rush fee, '
        "paid cash.\n"
        "\n"
        'Friday 5pm: not ready. Saturday 10am: "can\'t find it". Saturday 4pm: FOUND, with a '
        "scorched shiny patch on the jacket the size of a dinner plate!!! Brittany giggled "
        'and said "huh, that\'s weird". WEIRD?? That suit was 22 years old and never had a '
        "mark on it.\n"
        "\n"
        "I called 555-214-8830 three times after. Every single time, the machine. You NEVER "
        "call back.\n"
        "\n"
        "I want the $50.50 back AND the $640 replacement value shown on the attached receipt "
        "by March 22nd. If not, I'm filing in small claims in Hamilton County and posting "
        "photos on Yelp and Nextdoor. My son is an attorney (david.hollis@hollislaw.com) and "
        "he is FURIOUS.\n"
        "\n"
        "Margaret Hollis"
    ),
    (
        "Hi,\n"
        "\n"
        "This is about my dog Bruno, admitted to your out-of-hours clinic on Saturday "
        "09/03/2024 at 01:40 with suspected bloat. Case no. ERV-66201.\n"
        "\n"
        "Dr Keane quoted €1,200 for surgery. I signed. By morning the bill was €3,475!!! "
        "Nobody rang to say the price had nearly TRIPLED. I rang 01 555 7834 four times "
        "between 4am and 7am and Shauna on reception kept saying \"he's in theatre, we'll "
        'call you". You NEVER called. Not once.\n'
        "\n"
        "When I collected him on 11 March you wouldn't release him till I paid in full. "
        "That's not a hospital, that's a hostage situation. Very caring of ye, well done.\n"
        "\n"
        "I want an itemised bill sent to seanmurphy.cork@gmail.com and the €2,275 difference "
        "explained or refunded by the 25th. Otherwise I'm complaining to the Veterinary "
        "Council of Ireland and putting the bill up on Facebook and r/ireland. Every single "
        "time I've been in it's chaos, and I'm done making excuses for ye.\n"
        "\n"
        "Seán Murphy\n"
        "087 555 4412"
    ),
    (
        "To: Jaco @ TopCover Roofing (info@topcoverroofing.co.za)\n"
        "Quote TC-Q-1988 / Invoice TC-INV-2044\n"
        "\n"
        "Jaco, I've been patient. NO MORE.\n"
        "\n"
        "You quoted R48,500 to replace the IBR sheeting on my house in Randburg. I paid the "
        "50% deposit (R24,250) on 2024-01-15. Your team arrived on 22 January, ripped off "
        'half the roof and left at 2pm because "the bakkie had a problem". It rained that '
        "night. It rained the next night. My lounge ceiling COLLAPSED on January 24th at "
        "about 3:30am!!!\n"
        "\n"
        "Since then you NEVER answer 082 555 6610 and every single time your foreman Sipho "
        'says "Jaco will phone you". Jaco never phones. World-class communication, truly.\n'
        "\n"
        "Another roofer has quoted R19,800 just to fix your mess, plus R12,000 for the "
        "ceiling.\n"
        "\n"
        "Finish the job by 09/02/2024 and pay for the ceiling, or I'm going to the National "
        "Consumer Commission and small claims, and everything goes on Hellopeter and the "
        "Randburg Community Facebook group. Useless b*stards.\n"
        "\n"
        "Thabo Mokoena"
    ),
    (
        "Complaint: Order #KHI-883120 - FoodDash Karachi\n"
        "\n"
        "Dear FoodDash team,\n"
        "\n"
        "On 2024-03-14 at 5:52pm I ordered iftar for 12 guests through your app: 4 family "
        "biryani, 2 nihari, 24 naan. Total Rs 11,640 paid by card. Estimated arrival 6:25pm, "
        "before iftar at 6:31pm.\n"
        "\n"
        'Rider "Imran" arrived at 7:48pm!!! My guests opened their fast with DATES AND WATER '
        "because of you. Food was cold, naan soggy, one nihari missing completely.\n"
        "\n"
        'Your helpline 021-111-555-432 kept me on hold 35 minutes. Your chat bot says "sorry '
        'for inconvenience" every single time. Sorry for inconvenience?? You NEVER get it '
        "right in Ramadan, every year same drama. Shameless people.\n"
        "\n"
        "I want full refund of Rs 11,640 to my card within 7 days. Otherwise I am posting "
        'the whole thing in the "Karachi Foodies" Facebook group, tagging @FoodDashPK on X, '
        "and filing a complaint in the Consumer Court, Karachi East.\n"
        "\n"
        "Ahmed Siddiqui\n"
        "ahmed.siddiqui@outlook.com\n"
        "0321 555 8742"
    ),
    (
        "Hello MakanGo,\n"
        "\n"
        "Order ID MG-KL-5520917, 3rd March 2024, 12:34pm. Nasi kandar x3, roti canai x4, teh "
        "tarik ais x3. RM68.40 + RM5.90 delivery, paid by Touch 'n Go eWallet.\n"
        "\n"
        "Order marked DELIVERED at 1:02pm. I got NOTHING. I'm at Menara Suria, Level 18, "
        'Jalan Ampang. Called the rider (Hafiz, +60 12-555 8836), he said he "left it with '
        'guard". Guard says no. CCTV says no. Then Hafiz BLOCKED MY NUMBER. Wah, very '
        "professional!!!\n"
        "\n"
        'Your in-app support: 4 chats, 4 different agents, every single time "we are '
        'escalating your case" (ref MGS-88412). Escalating to where? Mars? You NEVER fix '
        "anything. Whole team no lunch. Damn sh*t service lah.\n"
        "\n"
        "Refund RM74.30 in full by 10/03/2024. If not I'm filing at the Tribunal Tuntutan "
        "Pengguna and posting screenshots on Lowyat forum and r/malaysia, tagging "
        "@MakanGoMY.\n"
        "\n"
        "Wei Ling Tan\n"
        "weiling.tan@gmail.com"
    ),
    (
        "Respected Sir/Madam,\n"
        "\n"
        "This is regarding enrolment no. DS/BLR/2024/0317 at Speedwell Motor Training "
        "School, Koramangala branch. I paid ₹8,500 on 5 Feb 2024 for the 21-day car course "
        'with "guaranteed licence assistance".\n'
        "\n"
        "Till date only 9 classes happened!!! Instructor Mr. Ravi Kumar is coming late EVERY "
        "SINGLE TIME, 20 min, 30 min, once 55 minutes on 19/02/2024. Then he is attending "
        "phone calls while I am driving on Hosur Road. Is this training or what??\n"
        "\n"
        "On 2024-03-01 he simply did not come. I waited from 7am till 8:15am. Your office "
        "number 080-4555-2218 nobody lifts. You NEVER reply to speedwell.blr@gmail.com also. "
        "Useless fellows, took my money and now I am roaming without licence.\n"
        "\n"
        "Kindly refund ₹5,000 for the remaining 12 classes or complete the same with a "
        "different instructor by March 15th. Otherwise I am going to consumer forum and "
        "posting on Google, JustDial and Instagram tagging @speedwellmotors. I am not "
        "bluffing.\n"
        "\n"
        "Regards,\n"
        "Sneha Iyer\n"
        "+91 98455 12093"
    ),
    (
        "Hi Lukas,\n"
        "\n"
        "I'm cancelling our sessions and I want my money back. Since you clearly don't keep "
        "track:\n"
        "\n"
        "- 20-session package bought 8 January 2024, €1,100 (invoice LK-PT-0042).\n"
        "- Sessions actually done: 11.\n"
        "- Sessions you cancelled with under 2 hours' notice: 6, including 30/01 at 6:45am "
        "when I was ALREADY at the gym in Prenzlauer Berg.\n"
        "- Sessions where you spent half the hour filming for @lukas.lifts.berlin: most of "
        "them.\n"
        "\n"
        'You NEVER wrote the nutrition plan that was "included". Every single time I asked: '
        '"next week". And when I hurt my shoulder doing your stupid challenge on 2024-02-14 '
        'you told me to "push through". Fantastic coaching, really!!!\n'
        "\n"
        "I expect €495 back for the 9 unused sessions, to the IBAN ending 4471, by "
        "15.03.2024. If not, a full review goes on Google and the gym's Facebook page and "
        "I'll go to the Verbraucherzentrale. Don't make me.\n"
        "\n"
        "Anna Schreiber\n"
        "anna.schreiber@posteo.de"
    ),
    (
        "Subject: Booking FX-772310, Dover to Calais, ABSOLUTE FARCE\n"
        "\n"
        "To customer.relations@channelferries.co.uk,\n"
        "\n"
        "Sailing booked: 27 July 2024, 08:15, car + 2 adults + 3 kids. Paid £214 on "
        "2024-04-02.\n"
        "\n"
        "We were at check-in at 06:40. We finally sailed at 15:20!!! SEVEN HOURS in a queue "
        "in 31 degrees. No water handed out, no toilets near lane 14, no announcements. One "
        'of your hi-vis men (badge: Darren P.) told my wife to "get back in the car and stop '
        'moaning". Charming.\n'
        "\n"
        "We lost our hotel in Reims (€165, non-refundable). Your line 0800 555 0199 says "
        '"high call volumes" every single time. You NEVER take ownership: it\'s the border, '
        "the weather, the tide, the moon.\n"
        "\n"
        "I want the £214 refunded, the €165 covered and a written apology by 14/08/2024. "
        "Otherwise it's small claims, a full Tripadvisor review and a thread on X tagging "
        "@ChannelFerries. A sh*t show from start to finish.\n"
        "\n"
        "Martin Cole\n"
        "07700 900 412"
    ),
    (
        "Fiona,\n"
        "\n"
        "Deposit dispute re: Flat 2F1, 14 Marchmont Road, Edinburgh. Tenancy ended "
        "31/01/2024. Your ref LET-EDI-22018.\n"
        "\n"
        'You\'ve kept £1,150 of my £1,400 deposit for "professional cleaning" (£380), '
        '"redecoration" (£520) and "carpet replacement" (£250). The carpet was already '
        '"worn, stained" in YOUR OWN check-in report from 2021, page 7. Funny how it\'s '
        "suddenly my fault!!!\n"
        "\n"
        "Your colleague Callum did the check-out on 1 February at 10:30 and took nine "
        "minutes. NINE MINUTES. I emailed fiona.grant@marchmontlets.co.uk on 5 Feb, 12 Feb "
        "and February 20th. You NEVER reply, and every single time I call 0131 555 2284 "
        'you\'re "in a viewing". Must be a lot of viewings.\n'
        "\n"
        "I've raised a dispute with SafeDeposits Scotland (case SDS-0098231), and I'll be "
        "leaving full reviews on Google and AllAgents and posting that check-in report on "
        "r/Edinburgh so everyone can see your d*mn nerve.\n"
        "\n"
        "Jamie Lindsay\n"
        "@jamielindsay_ on X"
    ),
]
