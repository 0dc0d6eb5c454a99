"""Blind round 103 (session 33): written by a helper session that saw no rule, no round and no
code, after the session's other work, themed on banks, mobile networks, trades, supermarkets,
car rental, holiday parks, salons, student housing, furniture stores, councils, streaming and
private clinics. Held out: measured once with the starting code (9850801) and once with the
session's code, the same both times: extortion 11/15, threats 13/20, look-alikes 19/20 clean,
plain pairs 10/10, dry pairs 7/10, sincere 15/15, calm versions 16/16. Nothing was written from
it; its reading is kept as a floor."""

EXTORTION = [
    (
        "Dear Manager, I have drafted a one-star Google review about the overcharge on my "
        "credit card. I would be happy not to publish it if the £45 late fee is refunded by "
        "Friday."
    ),
    "Refund the deposit for pitch 14 and I'll take my Tripadvisor post down. Simple as.",
    (
        "wud b a shame if my 40k TikTok followers saw the state of the caravan u gave us... "
        "sort me a full refund n we'll say no more 🤐"
    ),
    (
        "Look lads, I'm not one for giving out, but if the boiler isn't fixed by Thursday "
        "and the call-out charge waived, the whole of Checkatrade will be hearing about ye."
    ),
    (
        "Madam, I have been patient. Kindly refund my ₦85,000 today or I will put this "
        "matter on Facebook and tag your CEO. The choice is yours."
    ),
    (
        "Ah've a wee review sat in ma drafts on Trustpilot. Gie us the £60 back fur the "
        "ruined highlights an it stays there."
    ),
    (
        "I would prefer to resolve this privately. Should the compensation I requested (one "
        "month's rent) not be forthcoming, I will have little option but to share my "
        "experience of Block C on Mumsnet and the Which? forums."
    ),
    (
        "Hey, if you sort out the R3,200 damage charge I'll delete the HelloPeter complaint, "
        "otherwise it stays up and I'm adding the photos. Your call boet."
    ),
    (
        "Honestly I'd bump my Yelp review up to 5 stars if you comped the delivery fee for "
        "the next three months. Just saying 😉"
    ),
    (
        "My YouTube channel has 120k subscribers who love a good consumer horror story. I'm "
        "sure we can come to an arrangement about the mattress before I film Tuesday's video."
    ),
    (
        "I was a teaching assistant there for two years and I've got a very long Glassdoor "
        "review ready about how the uni treats its staff. Pay my outstanding invoice of £380 "
        "and it never goes live."
    ),
    (
        "mate the bed frame snapped in a week. Swap it and chuck in a $200 voucher and I'll "
        "leave a glowing ProductReview. Don't, and well... you can guess what I'll write"
    ),
    (
        "The whole estate is on Nextdoor and half of them use your plumbing firm. I'd hate "
        "to have to warn them. Waive the £150 invoice and I won't need to."
    ),
    (
        "Sir, kindly reverse the ₹2,499 charges on my card else I am posting full story on X "
        "and Reddit along with your customer care call recordings. Please revert today "
        "itself."
    ),
    (
        "bestie i have 8k on insta and my stories are literally screenshot-ready rn 📸 redo "
        "my nails for free this week and you'll be tagged as my fave salon instead 💅"
    ),
]

THREATS = [
    (
        "I've been parked across from your branch the last three mornings. I know which car "
        "is the manager's now. Silver Golf, isn't it?"
    ),
    (
        "Shame if that lovely new van of yours ended up with four flat tyres and a key down "
        "the side. Things happen on my street, plumber."
    ),
    (
        "My brothers are very interested to hear how you treated their mam at the checkout. "
        "They'll be popping in for a chat with whoever was on till 4 on Saturday."
    ),
    (
        "Them caravans are mostly plastic and gas bottles aren't they. Be a real tragedy if "
        "one went up in the night 🔥"
    ),
    (
        "I'll be in the car park when your shift finishes at 9. Come out on your own and "
        "we'll settle the refund properly."
    ),
    ("Your daughter goes to St Anne's, doesn't she? Lovely school. I see her at pickup most days."),
    (
        "Keep ignoring my calls and see what happens to that big shiny shop window of yours. "
        "Bricks are cheap."
    ),
    (
        "Got a machete in the boot for the garden but I'm sure I could find another use for "
        "it if you keep fobbing me off 🙂🔪"
    ),
    (
        "Mi nah play wid unu. Unu tek mi money an nuh fix mi light, so mi a come down deh "
        "and somebody a go get hurt. Tell di electrician fi look behind him."
    ),
    (
        "Accidents happen on ladders all the time. Hope your sparky is extra careful next "
        "time he's up one at mine."
    ),
    (
        "Got your home address off the invoice. Nice house. Be a shame about the garden, and "
        "the cat."
    ),
    (
        "Tell the girl on the desk I remember her face, and I'll remember it next time I see "
        "her in town on her own."
    ),
    (
        "One more letter about my bins and I'll drive into the depot and take a few of your "
        "lorries and drivers with me."
    ),
    (
        "I am telling you clearly, my cousins live in this area and they will sort out your "
        "delivery boy if my money is not returned. Don't make it a family matter."
    ),
    (
        "If the bank freezes my account once more I'll be bringing a can of petrol to the "
        "Castle Street branch. Let's see how frozen things are then."
    ),
    (
        "Manager, you think you can eat my KSh 12,000 and walk free? I have people at "
        "Githurai who will be waiting for you after work. Jiandae."
    ),
    "Your receptionist might want to check under her car before she drives home tonight.",
    (
        "That consultant who botched my knee will be needing a surgeon of his own by the "
        "time my lads are done with him."
    ),
    (
        "I've taken photos of all your staff coming and going from the clinic. Every single "
        "one. Think about that before you refuse my claim again 📷👀"
    ),
    (
        "Next time your engineer comes to my door he won't be walking back to his van. "
        "Reconnect my line."
    ),
]

LOOK_ALIKES = [
    (
        "I'll be waiting outside at 5 for the click-and-collect, please don't let the order "
        "go back to the depot again like last week."
    ),
    (
        "The blade on the hedge trimmer I hired was blunt and bent, so I'd like a partial "
        "refund for the half day."
    ),
    (
        "I'll update my review after the repair either way, good or bad, so you know where "
        "you stand."
    ),
    (
        "My son goes to the school opposite your branch and saw the flood coming out of the "
        "cash machine lobby this morning, thought you should know."
    ),
    (
        "You'll be hearing from my solicitor regarding the deposit deductions, as the "
        "check-in inventory clearly shows the carpet stain was already there."
    ),
    (
        "The fire alarm at Maple Court went off four times last night because of a faulty "
        "sensor. Please send someone before somebody gets hurt on the stairs in the dark."
    ),
    (
        "Your electrician left live wires exposed behind the socket in my kitchen. That's a "
        "serious safety hazard with two toddlers in the house."
    ),
    (
        "I know exactly where the problem is: the compression joint under the sink was never "
        "tightened. Please send the plumber back to finish it."
    ),
    (
        "Would you consider refunding the £30 callout? I'm leaving a review regardless, I "
        "just think it's the fair thing to do."
    ),
    (
        "The staff at the campsite went out of their way to help after the storm killed our "
        "tent. Posting a thank-you on Tripadvisor tonight."
    ),
    ("My barber absolutely murdered my fade lol 😂 not angry, just want it tidied up if possible"),
    (
        "I'll be at your Leeds office at 9am Monday with all my paperwork so we can sort the "
        "overdraft fee face to face."
    ),
    (
        "Please make sure the crew come back for the brown bin, it's been sat out since "
        "Tuesday and the foxes have ripped the bags to shreds."
    ),
    (
        "I've posted a neutral review on Google about the delays. If the replacement arrives "
        "I'm happy to edit it and add that."
    ),
    (
        "The knife block in my grocery order arrived with one knife missing and the box "
        "slashed open. Can you send a replacement?"
    ),
    (
        "I'll be referring this to the Financial Ombudsman if the chargeback isn't processed "
        "within the eight weeks."
    ),
    (
        "My uncle is a qualified gas engineer and he says your installer fitted the flue "
        "wrong. Could someone senior come and look at it?"
    ),
    (
        "The hire car had a warning light flashing 'brake fault' the whole trip and I nearly "
        "crashed on the M8. Please check it before it goes out again."
    ),
    (
        "Your new series is a killer, in the good way! But the app crashes every time I try "
        "to watch the last episode."
    ),
    (
        "The barrier at the clinic car park came down on my car as I was leaving and dented "
        "the bonnet. I have photos and would like to claim for the repair."
    ),
]

PAIRS = [
    (
        (
            "My card was declined at the supermarket even though I had £400 available. Could you "
            "tell me why and make sure it doesn't happen again?"
        ),
        (
            "MY CARD GOT DECLINED AT THE TILL WITH £400 IN THE ACCOUNT!!! Absolutely "
            "humiliating. You lot are USELESS, sort it out NOW!!!"
        ),
    ),
    (
        (
            "I've had no mobile signal at home for eleven days. Please could you update me on "
            "the mast repair and credit my account for the lost service?"
        ),
        (
            "ELEVEN DAYS with zero signal and not one person at your sh*tty company can tell me "
            "why?! I'm paying for NOTHING. Credit my account or I'm gone!!"
        ),
    ),
    (
        (
            "The plumber arrived three hours late and left without finishing the leak repair. "
            "I'd like him to come back and complete the job at no extra charge."
        ),
        (
            "Your so-called plumber turned up 3 HOURS late, made it WORSE and buggered off. "
            "Total cowboy outfit. Get him back here and don't you DARE charge me a penny more!!!"
        ),
    ),
    (
        (
            "Half of my grocery delivery was missing and the eggs were broken. Could I have a "
            "refund for the missing and damaged items?"
        ),
        (
            "Half my shop MISSING, eggs SMASHED, and the driver couldn't care less. Every single "
            "week it's something with you idiots. REFUND ME!!!"
        ),
    ),
    (
        (
            "I was charged A$280 for a scratch that was on the car when I collected it. I have "
            "photos from pick-up and would like the charge reversed."
        ),
        (
            "Are you f***ing kidding me?? A$280 for a scratch that was ALREADY THERE. I've got "
            "the photos, you absolute clowns. Reverse it or I'm going straight to Fair Trading!!"
        ),
    ),
    (
        (
            "The colour came out much darker than the shade we agreed. I'd like to come back in "
            "for a correction, please."
        ),
        (
            "You've turned me into a BLOODY GOTH. That is NOT the shade I asked for, is anyone "
            "in that salon actually trained?!?! Fix it!!!"
        ),
    ),
    (
        (
            "The heating in my room at Harbour View hasn't worked for two weeks. Please can "
            "maintenance come out this week?"
        ),
        (
            "TWO WEEKS without heating in Harbour View!! I'm sleeping in my coat. You take £190 "
            "a week off us and can't fix ONE radiator?? Pathetic. Absolutely pathetic."
        ),
    ),
    (
        (
            "I received a parking fine while displaying a valid resident's permit. I've attached "
            "a photo and would like it cancelled."
        ),
        (
            "Fined AGAIN with my permit IN THE WINDOW. Do your wardens even have eyes?? This "
            "council is a total joke, cancel it immediately!!!"
        ),
    ),
    (
        (
            "I cancelled my subscription last month but I was charged again. Please refund the "
            "payment."
        ),
        (
            "Chai!! I cancelled this thing since last month and you people still deducted my "
            "money AGAIN?! Una be thieves abeg. Return my money NOW!!"
        ),
    ),
    (
        (
            "My clinic appointment was cancelled on the morning itself and nobody called me. I'd "
            "like my consultation deposit refunded."
        ),
        (
            "You cancelled my appointment THE SAME MORNING and didn't even bother to call!!! I "
            "took leave from work for this nonsense. Worst clinic EVER, give me my deposit back!!"
        ),
    ),
    (
        (
            "I've been on hold for over an hour trying to report my card stolen. Could someone "
            "please call me back?"
        ),
        (
            "Seventy minutes on hold to report a stolen card. I'm sure the thief is enjoying the "
            "hold music as much as I am."
        ),
    ),
    (
        "My phone bill went up by £8 this month and I wasn't told beforehand.",
        (
            "Lovely surprise to find my bill up by £8 this month. Nothing says we value your "
            "loyalty quite like a price rise nobody mentioned."
        ),
    ),
    (
        (
            "The electrician fitted the new light switch upside down. Please could he come back "
            "and correct it?"
        ),
        (
            "Really appreciate the creative touch of fitting my light switch upside down. Down "
            "for on is very avant-garde."
        ),
    ),
    (
        "The bread in my delivery was already mouldy when it arrived. Please refund it.",
        (
            "Thanks for the loaf with the complimentary penicillin culture. Very thoughtful of "
            "you to include a science project with my shopping."
        ),
    ),
    (
        "The sea view lodge we booked had no view of the sea. We'd like a partial refund.",
        (
            "The sea view lodge was great, as long as you count the framed photo of a beach in "
            "the bathroom as a view."
        ),
    ),
    (
        (
            "My sofa was due in six weeks but it has now been fourteen weeks. Please give me a "
            "firm delivery date."
        ),
        (
            "Fourteen weeks into my six-week delivery. At this rate the sofa will be going "
            "straight to my grandchildren."
        ),
    ),
    (
        (
            "I've emailed my course administrator three times about my marks and haven't had a "
            "reply."
        ),
        (
            "Three emails about my marks and still nothing. I assume the admin office has gone "
            "over to carrier pigeon and the pigeon got lost."
        ),
    ),
    (
        "My recycling bin hasn't been collected for three weeks.",
        (
            "Week three of the recycling bin sitting proudly at the kerb. I've started calling "
            "it a garden feature, so thanks for that, I suppose."
        ),
    ),
    (
        "The app logs me out every time I open it and I have to re-enter my password.",
        (
            "Love that your app makes me type my password in every single time I open it. Keeps "
            "the memory sharp, I suppose."
        ),
    ),
    (
        "The car I was given at the airport was a smaller model than the one I booked.",
        (
            "Booked a seven-seater, was handed a hatchback. To be fair, the kids did say they "
            "wanted to be closer as a family."
        ),
    ),
]

SINCERE = [
    (
        "Wow, honestly didn't expect the bank to refund the whole £120 within a day. Thank "
        "you so much Priya, you were brilliant on the phone."
    ),
    (
        "Of course I'll recommend you, your electrician found the fault in ten minutes after "
        "two other firms had given up 👏"
    ),
    (
        "Finally got the phone and broadband sorted after the move, and it was all down to "
        "Dave in your Glasgow team. Couldn't have asked for more."
    ),
    (
        "Thanks for the update on the delivery, really appreciated knowing the driver was "
        "running 20 mins late 🙌"
    ),
    (
        "Brilliant service from start to finish. The plumber even hoovered up after himself, "
        "which I've genuinely never seen before."
    ),
    (
        "Well that's a first, a council that actually rang me back the same day about a "
        "missed bin. Genuinely impressed, thank you."
    ),
    (
        "Asante sana! The clinic sorted my insurance issue without me having to ask twice. "
        "Big up to the front desk team 🙏"
    ),
    (
        "Thank you po sa mabilis na refund! Very kind yung agent, she even called back to "
        "check if na-receive ko na. God bless your team 😊"
    ),
    (
        "Oh my goodness, the new mattress is a dream. After the mix-up with the first "
        "delivery you more than made up for it. Thank you!"
    ),
    (
        "wow wow wow. my hair has never looked this good, Chloe is a genius. booking again "
        "for next month 💇‍♀️✨"
    ),
    (
        "Of course the campsite was full the weekend the storm hit, but the warden found us "
        "a spare static caravan at no charge. Can't thank them enough."
    ),
    (
        "Finally! After three weeks the accommodation office got our shower fixed. Thanks "
        "for sticking with it Mo, I know none of it was your fault."
    ),
    (
        "Just wanted to say the rental desk at Dublin Airport were fantastic, upgraded us "
        "for free when our car wasn't ready. Ye were great."
    ),
    (
        "Thanks for the update, I really do appreciate you being honest about the delay "
        "rather than fobbing me off. Makes all the difference."
    ),
    (
        "Brilliant, brilliant, brilliant. Your fraud team caught the dodgy transaction "
        "before I'd even noticed it. Couldn't ask for better 👏🙌"
    ),
]

CALM_DRAFTS = [
    (
        "Dear Sir/Madam,\n"
        "\n"
        "I am writing for the THIRD time about my current account, sort code 40-12-76, "
        "account 31928845. On 14/03/2024 you charged me £35 for an 'unarranged overdraft' "
        "that I NEVER went into. My statement shows a balance of £212.40 at 23:59 that day. "
        "I rang 0345 600 1234 on 15 March at 9:05am, waited 52 minutes and was cut off. I "
        "rang again on the 18th and was promised a callback within 48 hours. Nobody called. "
        "Your complaint reference is CMP-77821-Q and still nothing has happened.\n"
        "\n"
        "Frankly your staff are clueless and you NEVER answer emails sent to "
        "complaints@northbridgebank.co.uk. I want the £35 refunded plus £50 for my time by "
        "5pm on Friday 29 March, or this goes straight to the Financial Ombudsman and a "
        "one-star review on Trustpilot.\n"
        "\n"
        "Regards,\n"
        "Helen Marsh"
    ),
    (
        "So I have been a customer with you guys since 2016 and THIS is how you treat me?? "
        "On Jan 3rd 2024 I ported my number (555-201-8843) over and was promised it would "
        "take 24 hrs, it took NINE DAYS, during which I missed 2 job interviews, then my "
        "first bill comes in at $187.62 instead of the $65/month I signed up for, account "
        "#88213-0047, and when I called customer service at 1-800-555-0199 the rep literally "
        'laughed and said "that\'s just how the promo works" which is a flat out LIE because '
        "I have a screenshot of the offer at "
        "www.pinnaclewireless-example.com/deals/unlimited65 and it says $65 all in, no fine "
        "print, so either you credit me the $122.62 by the end of this billing cycle or I'm "
        "filing a complaint with the FCC and posting the whole thing on Reddit, and honestly "
        "you'd deserve every downvote. Worst carrier I've ever had, and I had dial-up.\n"
        "\n"
        "- Marcus T."
    ),
    (
        "Right, here's the timeline since you lot can't seem to keep track:\n"
        "1. 02/05/2024 - your sparky from Brightline Electrical (job no. BL-5531) comes out, "
        "quotes €640 for a new consumer unit.\n"
        "2. 09/05 - I pay the €320 deposit by bank transfer, ref BRIGHT5531.\n"
        "3. 16/05 - he turns up at 11.40 instead of 8am, works for 2 hours, leaves the "
        "kitchen with NO power.\n"
        "4. 17/05 to 24/05 - 6 calls to 087 123 4567, not one answered. Not ONE.\n"
        "5. 27/05 - email to info@brightline-electrical.ie, no reply.\n"
        "We've been without a fridge for 11 days with a newborn in the house. Cowboys, the "
        "lot of ye. Finish the job by Friday 31st or refund the €320 in full, otherwise I'm "
        "reporting you to Safe Electric and putting this up on Checkatrade and every "
        "Facebook group in Cork.\n"
        "Siobhán Ní Bhriain"
    ),
    (
        "Hello team, this is regarding order no. FK-2024-0098812 placed on 12-Aug-2024 for "
        "delivery slot 7:00-9:00 AM. Till 11:30 nobody came. When delivery boy finally came "
        "at 12:15 PM, 4 items out of 17 were missing (Amul butter 500g, 5 kg atta, paneer, "
        "curd) and the milk packets were leaking all over the bag. Total bill was ₹2,346 and "
        "you have refunded only ₹180?? What is this nonsense. I have called customer care on "
        "1800-123-4567 five times, each time they say 'ma'am we will escalate'. Escalate to "
        "where, moon?? You people NEVER solve anything, only give ticket numbers (latest one "
        "is #FK88120). I want full refund of ₹612 for missing + damaged items within 24 "
        "hours, otherwise I will register on the National Consumer Helpline and post "
        "everything on X tagging @FreshKartCares with the photos.\n"
        "\n"
        "Regards,\n"
        "Anjali Menon\n"
        "Flat 4B, Koramangala"
    ),
    (
        "Hi Drive-Away Rentals\n"
        "\n"
        "Booking ref: DAR-CPT-449201\n"
        "Collected: 05 Dec 2023, 10:15, Cape Town International\n"
        "Returned: 12 Dec 2023, 09:50, same desk\n"
        "\n"
        "- You charged R4,850 for 'windscreen damage' on 20 December, EIGHT days after I "
        "returned the car\n"
        "- Your agent (Thabo) signed the return sheet with no damage noted, I have the copy\n"
        "- I have 23 photos timestamped at return\n"
        "- I emailed claims@driveaway-example.co.za on 21/12, 28/12 and 04/01 and got zero "
        "replies\n"
        "\n"
        "Honestly this is daylight robbery, you people are crooks. Reverse the R4,850 on my "
        "card ending 7731 by 15 January or I go to the Consumer Goods and Services Ombud and "
        "HelloPeter, and my brother-in-law works at the Cape Argus, so.\n"
        "\n"
        "Pieter van der Merwe\n"
        "082 555 3190"
    ),
    (
        "Dear Bryn Haven Holiday Park,\n"
        "\n"
        "Booking no. BHP/23/7719, Lodge 42 'Seaview Premium', 19th-26th August 2023, "
        "£1,145.00 paid in full on 3rd February.\n"
        "\n"
        "Where do I start. We arrived at 4pm on the Saturday to find the lodge hadn't been "
        "cleaned. Dirty towels, food in the fridge, a used nappy UNDER THE BED. Reception "
        "told us to 'give it an hour'. An hour turned into five. The hot tub (£95 extra!!) "
        "was green. The Wi-Fi didn't work once in seven days. When I rang 01239 555 882 on "
        "the Monday, your duty manager Gareth was rude and said we were 'the only ones "
        "complaining'. Duw, I doubt that very much.\n"
        "\n"
        "You NEVER answer emails either, I've sent four to bookings@brynhaven-example.wales "
        "since 27th August.\n"
        "\n"
        "I want the £95 back plus half the lodge cost, £667.50 in total, by 30th September. "
        "If not, it's Trading Standards and a detailed Tripadvisor review with all 31 "
        "photos.\n"
        "\n"
        "Diolch (not really),\n"
        "Rhian Pritchard"
    ),
    (
        "Good day Crown & Glory Salon. Mi a write bout di disaster unu call a sew-in from "
        "Saturday 2nd March 2024. Appointment was 10:00 a.m., mi siddung inna di chair till "
        "6:45 p.m., nearly NINE HOURS. Mi pay J$28,500 plus J$4,000 fi di bundle upgrade, "
        "receipt #CG-00417. By Tuesday di tracks dem start come out an mi scalp bun mi so "
        "bad mi haffi go doctor. Mi call 876-555-2231 three times an di receptionist seh 'a "
        "so hair stay'. A SO HAIR STAY?? Unu nuh know wah unu a do. Worst salon inna "
        "Kingston, hands down!!! Mi want mi full J$32,500 back, an if mi nuh hear from unu "
        "by March 15 mi a go put up every picture pon Instagram @glowupwithkeisha an report "
        "unu to di Consumer Affairs Commission. An nuh bother tell mi bout 'policy' neither.\n"
        "Keisha Brown"
    ),
    (
        "Respected Sir/Madam,\n"
        "\n"
        "I am final year BS student (Roll No. 2020-CS-1187) and writing with great "
        "frustration regarding my fee issue. On 10/09/2023 I paid PKR 145,000 semester fee "
        "plus PKR 38,500 hostel dues through challan no. 77120934. Still today the portal is "
        "showing 'UNPAID' and I am not being allowed to sit in mid-term exams starting 23rd "
        "October!! I have visited accounts office 7 times, every time clerk sahib says 'come "
        "tomorrow'. Tomorrow never comes in this university. I emailed "
        "accounts@cityuni-example.edu.pk and registrar@cityuni-example.edu.pk on 2 Oct, 9 "
        "Oct and 16 Oct, NO reply. My father has taken loan for this fee and your "
        "incompetent staff is playing with my future. If this is not corrected by 20th "
        "October 5 PM I will be forced to complain to HEC and Pakistan Citizen Portal, and I "
        "will post all challan copies on Facebook.\n"
        "\n"
        "Sincerely,\n"
        "Hamza Rafiq\n"
        "0300-5551234"
    ),
    (
        "ok so ordered a 3 seater modular from you guys on 4/11/2023, order #FH-203344, paid "
        "A$2,899 upfront + A$149 delivery. Told 6-8 wks. Its now 22/02/2024. Thats FIFTEEN "
        "WEEKS. Rang 1300 555 018 heaps of times, got told 'its on the boat' in Dec, 'its in "
        "the warehouse' in Jan, 'its on the truck' last wk. Truck must be going Brisbane to "
        "Perth via the moon lol. Then yesterday someone called Jase rings and says its been "
        "'allocated to another customer' and I'll get mine in April?? Are you serious. "
        "Absolute clown show. I want it delivered by 1 March or a full refund of A$3,048, "
        "and dont even think about offering me a voucher. No answer by Friday and Im lodging "
        "with NSW Fair Trading and putting the whole saga on ProductReview and the local "
        "Facebook group (14k members). Cheers for nothing,\n"
        "Dan O'Keefe\n"
        "dan.okeefe88@example.com"
    ),
    (
        "To whoever reads these at the council (if anybody does),\n"
        "\n"
        "PCN number GW41882073, issued 09.01.24 at 14:32 on Byres Road. I was parked in a "
        "bay marked 'Permit Holders Zone 4'. I HAVE a Zone 4 permit, permit no. Z4-00921, it "
        "was on my dashboard clear as day and I've a photo showing it at 14:35. £60 fine, "
        "reduced to £30 if paid within 14 days. I'm no paying a penny.\n"
        "\n"
        "This is the THIRD time since November. Third. The first two (GW41701156 and "
        "GW41799302) were both cancelled on appeal, so clearly your wardens cannae read. I "
        "phoned 0141 555 7000 on the 10th, on hold 38 minutes then cut off. Emailed "
        "parking@council-example.gov.uk twice. Nothing.\n"
        "\n"
        "Cancel it, in writing, by 24 January. Otherwise it's the Scottish Public Services "
        "Ombudsman and the whole lot goes to the Evening Times. Bunch of chancers.\n"
        "\n"
        "Fraser McLeod\n"
        "@fraserm_glw"
    ),
    (
        "Hi there, I'm hoping a human reads this because your chatbot sure didn't help. I "
        "cancelled my StreamNorth Premium plan on October 2, 2023 (confirmation code "
        "SN-CXL-55910), I have the confirmation email from noreply@streamnorth-example.ca "
        "sitting right here. And yet you charged my Visa C$21.99 on Nov 2, Dec 2 AND Jan 2. "
        "That's C$65.97 for a service I don't even have the app for anymore. I called "
        "1-888-555-0142 on Jan 4 at 7:20pm and was told there was 'no record' of the "
        "cancellation. Oh, really? Then what's this email? Apparently you guys NEVER keep "
        "records of anything. Sorry, but at this point it's basically a scam. Refund all "
        "C$65.97 to the card ending 4420 within 10 business days or I'm disputing all three "
        "charges with my bank, filing with the CCTS and posting the screenshots on "
        "r/PersonalFinanceCanada.\n"
        "\n"
        "Thanks,\n"
        "Jenna Lavoie"
    ),
    (
        "To the Administrator, Parkside Private Clinic, Nairobi.\n"
        "\n"
        "On 14/06/2024 at 8:30am I brought my mother for a consultation with Dr. Otieno "
        "(Patient No. PPC-118273). We were told consultation is KSh 3,500. We waited until "
        "1:15pm, almost FIVE hours, and then at the cashier we were charged KSh 11,200 for "
        "'lab tests' the doctor never explained and my mother never consented to. Receipt "
        "no. 4402981. I paid via M-Pesa, transaction code SFG7H2K91L, only because the "
        "matter was becoming embarrassing at the counter. I have called 0722 555 104 and "
        "0733 555 877 many times, nobody picks. Your staff are rude and careless and you are "
        "only interested in money, not patients!!! I demand a refund of KSh 7,700 for the "
        "unauthorised tests within 7 days. If not, I will report you to the Kenya Medical "
        "Practitioners and Dentists Council and share this on X tagging @ParksideClinicKE. "
        "Shame on you.\n"
        "\n"
        "Wanjiru Kamau\n"
        "wanjiru.kamau@example.co.ke"
    ),
    (
        "Bought a mattress. Queen, 'CloudRest Hybrid', NZ$1,649. Order SLP-NZ-30551. Date: "
        "18 July 2023.\n"
        "Delivered 27 July. Sagging by October.\n"
        "There is now a 6cm dip on my side. I measured it. Twice.\n"
        "Warranty says 10 years. TEN.\n"
        "Rang 0800 555 627 on 3 Nov. Told to send photos. Sent 14 photos to "
        "warranty@sleepwell-example.co.nz same day.\n"
        "Heard nothing.\n"
        "Chased 17 Nov. Nothing. Chased 1 Dec. 'Under assessment'.\n"
        "Assessment of what exactly? Whether I'm imagining the crater?\n"
        "Brilliant stuff, really. World-class.\n"
        "I want a replacement delivered before Christmas or my NZ$1,649 back. Not a 'comfort "
        "topper'.\n"
        "If I hear nothing by 15 December it's the Disputes Tribunal and a very honest "
        "review on Consumer NZ.\n"
        "Aroha Tane, Palmerston North"
    ),
    (
        "Good afternoon,\n"
        "\n"
        "My name is Chukwuemeka Obi, account no. 0123456789. On 28/02/2024 at 3:47pm I made "
        "a transfer of ₦250,000 to my supplier through your app, session ID "
        "000013240228154712345678901. The money left my account but the beneficiary NEVER "
        "received it. Eleven days now. I have visited your Allen Avenue branch in Ikeja "
        "three times, each time they say 'it will reverse in 24 hours'. 24 hours of which "
        "calendar? I have called 0700-555-2222 and sent four emails to "
        "complaints@firstcity-example.ng, complaint ticket no. TKT-2024-03-551902. Nothing. "
        "Meanwhile my business is suffering and my supplier now thinks I am a fraudster. "
        "This is pure wickedness. Your bank is the most useless in this country, I swear!!! "
        "If my ₦250,000 is not reversed by Friday 15 March 2024 I will escalate to the CBN "
        "Consumer Protection Department and trend this matter on X to my 30k followers, "
        "tagging @FirstCityBankNG. Do the needful.\n"
        "\n"
        "Chukwuemeka"
    ),
    (
        "Hello po, I'm writing to complain about my postpaid line 0917-555-3382, account no. "
        "1009-88712. Since April 5, 2024 my data is super slow, like 0.3 Mbps lang, even "
        "though I'm on Plan 1299. I pay ₱1,299 + ₱499 for the add-on, total ₱1,798 monthly, "
        "pero parang wala akong internet!!! I went to your store at SM North EDSA on April "
        "12 at 2pm, they said 'network upgrade' daw. Ticket no. 20240412-77310. Until now, "
        "April 30, wala pa rin. I called your hotline like 8 times, always 'all agents are "
        "busy'. Grabe naman kayo. I work from home and I lost 2 days of pay because of you. "
        "I want a rebate for the whole month of April (₱1,798) and a fix by May 7, kung "
        "hindi I will file with the NTC and post this sa Facebook and TikTok. Wag niyo akong "
        "i-ignore ulit.\n"
        "\n"
        "Salamat,\n"
        "Maricel Dela Cruz"
    ),
    (
        "To: accommodation@unihalls-example.ac.uk\n"
        "Cc: advice@su-example.org.uk\n"
        "Re: Flat 7, Kingsley House, room 7D, tenancy ref KH-2324-0712\n"
        "\n"
        "Well done, honestly. Since 25 September 2023 we have had:\n"
        "- no hot water for 9 days (25/09 - 04/10)\n"
        "- a leak through the kitchen ceiling you 'fixed' with a bucket on 11 October\n"
        "- mould on 3 of our 6 bedroom walls\n"
        "- a fire door that won't shut, reported 2nd, 16th and 30th Oct\n"
        "I pay £214 a week. That's £8,560 a year for a flat that would embarrass a TV "
        "slumlord. Your maintenance line (0113 555 4410) goes to voicemail EVERY time and "
        "the portal at https://portal.unihalls-example.ac.uk just says 'ticket received'. "
        "Received by whom?\n"
        "I want 4 weeks' rent back (£856) credited by 30 November. Do that and I'll quietly "
        "drop the StudentCrowd review I've written. Don't, and it goes up with the photos on "
        "TikTok (@tomindoubt, 22k) and I'm contacting the Unipol code team.\n"
        "\n"
        "Tom Ashworth"
    ),
]
