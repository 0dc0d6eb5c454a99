"""Blind personal-data set 88 (session 29): written by a helper session that saw no rule and no
code, measured once with the session's code of the time (b732b77): of 99 pieces of personal data
in 70 complaints, 86 flagged (76 with the exact span and kind), none of 50 look-alike complaints
flagged. Read by test_privacy_round_88.py. Every IBAN passes mod-97 and every card number the
Luhn check; all data is made up."""

POSITIVES = [
    (
        "Three weeks and still no refund for order #UK-558219. You can reach me on 07700 900461 "
        "if anyone at Argos actually wants to sort it.",
        [("account", "UK-558219"), ("phone", "07700 900461")],
    ),
    (
        "@VodafoneUK I've been charged twice this month. My account no. is 7741 2290 18 and my "
        "email is dan.hollis82@gmail.com, please DM me.",
        [("account", "7741 2290 18"), ("email", "dan.hollis82@gmail.com")],
    ),
    (
        "Please refund the £84.50 to my account: GB06 BARC 2032 5371 6084 29. I've been waiting "
        "since 3 March and nobody replies.",
        [("iban", "GB06 BARC 2032 5371 6084 29")],
    ),
    (
        "Spoke to an agent called Marcus Webb on Tuesday who promised a callback within 24 "
        "hours. Never happened.",
        [("name", "Marcus Webb")],
    ),
    (
        "My parcel was left outside 42 Kingsley Avenue in the pouring rain, no knock, no card. "
        "Box completely soaked.",
        [("address", "42 Kingsley Avenue")],
    ),
    (
        "Your courier keeps delivering to the wrong house. The right address is 17 Orchard "
        "Close, Leeds LS6 2QT - it's not complicated!",
        [("address", "17 Orchard Close"), ("postcode", "LS6 2QT")],
    ),
    (
        "I gave your advisor my NI number (JK 48 21 93 B) over the phone and now I'm worried it "
        "wasn't a genuine call. Can someone confirm?",
        [("national_id", "JK 48 21 93 B")],
    ),
    (
        "Booking ref QX7PLM, flight cancelled with 2 hours' notice and no hotel offered. Ring "
        "me on +44 7700 900318.",
        [("account", "QX7PLM"), ("phone", "+44 7700 900318")],
    ),
    (
        "Your site keeps rejecting my date of birth (22/07/1988) saying I must be over 18. I'm 35!",
        [("birth_date", "22/07/1988")],
    ),
    (
        "Card charged twice: 4635 2080 5723 1296. Your chatbot just loops. Fix it.",
        [("card", "4635 2080 5723 1296")],
    ),
    (
        "Bought a sofa in January, delivered with a broken leg. Customer service asked me to "
        "email photos, which I did from sarah.okafor@outlook.com three times. No reply.",
        [("email", "sarah.okafor@outlook.com")],
    ),
    (
        "Comcast tech never showed up for the 8-10am window. Second time. Call me at (555) "
        "201-4432 before I cancel service.",
        [("phone", "(555) 201-4432")],
    ),
    (
        "Why does your loan application ask for my full SSN by email? I sent 372-41-8856 once "
        "and now I regret it.",
        [("national_id", "372-41-8856")],
    ),
    (
        "Seit sechs Wochen warte ich auf die Erstattung. Kundennummer 40028817, Handy: 0151 "
        "23456789. Bitte melden Sie sich endlich!",
        [("account", "40028817"), ("phone", "0151 23456789")],
    ),
    (
        "Commande n° 7823341 jamais livrée. Rappelez-moi au 06 47 82 19 35, merci.",
        [("account", "7823341"), ("phone", "06 47 82 19 35")],
    ),
    (
        "Llevo un mes sin internet. Mi DNI es 48271936L y el titular soy yo, no entiendo por "
        "qué no me atienden. Teléfono 634 218 907.",
        [("national_id", "48271936L"), ("phone", "634 218 907")],
    ),
    (
        "Ho restituito il prodotto il 4 aprile, rimborso su IBAN IT60X0542811101000000123456, "
        "ancora niente.",
        [("iban", "IT60X0542811101000000123456")],
    ),
    (
        "Bol.com, mijn retour is al 3 weken onderweg. Stort het bedrag gewoon terug op NL91 "
        "ABNA 0417 1643 00.",
        [("iban", "NL91 ABNA 0417 1643 00")],
    ),
    (
        "Eir have cut off my broadband again. My mobile is 087 234 5619, ring me instead of "
        "sending texts that lead nowhere.",
        [("phone", "087 234 5619")],
    ),
    (
        "Flipkart delivered an empty box for order OD428813057291. Call me on +91 98451 27630, "
        "nobody from your team has.",
        [("account", "OD428813057291"), ("phone", "+91 98451 27630")],
    ),
    (
        "MTN has deducted N2,000 from my line for a service I never subscribed to. My number is "
        "0803 412 7756. Please reverse it.",
        [("phone", "0803 412 7756")],
    ),
    (
        "Takealot, my fridge arrived dented. Please phone me on 082 614 3309, I'm home after 5.",
        [("phone", "082 614 3309")],
    ),
    (
        "Optus took my payment but the plan still shows unpaid. Mobile 0412 587 936. Account "
        "number 3300 1842 77.",
        [("phone", "0412 587 936"), ("account", "3300 1842 77")],
    ),
    (
        "I spoke with Siobhan from the billing team who was lovely, but the next person, a "
        "supervisor called Gareth, hung up on me.",
        [("name", "Siobhan"), ("name", "Gareth")],
    ),
    (
        "My husband, David Mensah, has been on hold for 90 minutes trying to cancel his gym "
        "membership. This is ridiculous.",
        [("name", "David Mensah")],
    ),
    (
        "The store manager, Priya Patel, refused to honour the price on the shelf label and was "
        "incredibly rude about it.",
        [("name", "Priya Patel")],
    ),
    (
        "Policy number HX-2290417-B. My claim for the burst pipe was rejected with no "
        "explanation after the assessor, Tom Fielding, said it was covered.",
        [("account", "HX-2290417-B"), ("name", "Tom Fielding")],
    ),
    (
        "FedEx marked my package delivered at 2:14pm but there's nothing at 1847 Maple Street. "
        "Ring camera shows no one came.",
        [("address", "1847 Maple Street")],
    ),
    (
        "Still no broadband at 56 Hawthorn Drive, Swindon SN3 1PL after the 'guaranteed' "
        "install date. Reference TK-88213.",
        [("address", "56 Hawthorn Drive"), ("postcode", "SN3 1PL"), ("account", "TK-88213")],
    ),
    (
        "Amazon keeps saying my address is undeliverable. It's 3302 Lakeview Blvd, Austin TX "
        "78704-2215 and UPS delivers there fine.",
        [("address", "3302 Lakeview Blvd"), ("postcode", "78704-2215")],
    ),
    (
        "To verify me the bot asked for my date of birth, I typed 03.11.1975 and it still says "
        "'no match'. Useless.",
        [("birth_date", "03.11.1975")],
    ),
    (
        "I was born on 4 May 1990, yet your renewal letter says I qualify for the over-60s "
        "discount. Who checks these?",
        [("birth_date", "4 May 1990")],
    ),
    (
        "My son, Oliver Grant (DOB 17/09/2012), was refused a child ticket even though we "
        "showed his passport.",
        [("name", "Oliver Grant"), ("birth_date", "17/09/2012")],
    ),
    (
        "Please cancel the subscription on card 5173-3203-8780-7680, I cancelled in March and "
        "you've taken £12.99 three more times.",
        [("card", "5173-3203-8780-7680")],
    ),
    (
        "Amex 3421 881645 36583 was billed $349 for a hotel I never stayed at. Expedia says "
        "talk to the hotel, hotel says talk to Expedia.",
        [("card", "3421 881645 36583")],
    ),
    (
        "Booking.com charged my Visa 4276 5624 2175 0231 for a 'no-show' when I cancelled 5 "
        "days early. Confirmation went to m.kowalski@wp.pl, I can forward it.",
        [("card", "4276 5624 2175 0231"), ("email", "m.kowalski@wp.pl")],
    ),
    (
        "If anyone at easyJet is reading, my email is Jess_Thornton1994@yahoo.co.uk - I've been "
        "promised compensation since August.",
        [("email", "Jess_Thornton1994@yahoo.co.uk")],
    ),
    (
        "I've contacted Ana from your returns desk twice, she said she'd email me at "
        "lucia.reyes.m@hotmail.es but nothing has come.",
        [("name", "Ana"), ("email", "lucia.reyes.m@hotmail.es")],
    ),
    (
        "Sehr geehrte Damen und Herren, bitte überweisen Sie die 129,90 € endlich auf mein "
        "Konto, IBAN DE24 3704 0044 0532 0130 0071.",
        [("iban", "DE24 3704 0044 0532 0130 0071")],
    ),
    (
        "Remboursement promis le 12/05, toujours rien. Mon IBAN : FR13 3000 6000 0112 3456 7890 "
        "18.",
        [("iban", "FR13 3000 6000 0112 3456 7890 18")],
    ),
    (
        "Iberia me debe 250 € por el retraso. Mi cuenta es ES9121000418450200051332, ya se la "
        "di dos veces.",
        [("iban", "ES9121000418450200051332")],
    ),
    (
        "The bank reversed the transfer into IE29 AIBK 9311 5212 3456 78 without telling me. "
        "Ring me on +353 86 412 7753.",
        [("iban", "IE29 AIBK 9311 5212 3456 78"), ("phone", "+353 86 412 7753")],
    ),
    (
        "Proximus, refund to BE68 5390 0754 7034 please, not another voucher.",
        [("iban", "BE68 5390 0754 7034")],
    ),
    (
        "I gave the rep, Lauren Shaw, my bank details for the refund (GB98MIDL40051578451236) "
        "on 2 June. Still nothing in my account.",
        [("name", "Lauren Shaw"), ("iban", "GB98MIDL40051578451236")],
    ),
    (
        "La CPAM me redemande mon numéro de sécu alors que je l'ai envoyé 3 fois : 1 85 03 75 "
        "116 238 81.",
        [("national_id", "1 85 03 75 116 238 81")],
    ),
    (
        "Vodafone España no me deja portar la línea porque dicen que mi NIE X4719283M no "
        "coincide. ¡Está bien escrito!",
        [("national_id", "X4719283M")],
    ),
    (
        "Das Formular im Portal stürzt jedes Mal ab, sobald ich meine Steuer-ID 47 036 892 816 "
        "eingebe.",
        [("national_id", "47 036 892 816")],
    ),
    (
        "HMRC sent my letter to an old address. My NI number is PN734218A and I've been at BS7 "
        "8QR for 3 years now.",
        [("national_id", "PN734218A"), ("postcode", "BS7 8QR")],
    ),
    (
        "Your rep asked me to text my social, 518-22-7403, to a random number. Is that legit? "
        "Call me back at 212-555-0148.",
        [("national_id", "518-22-7403"), ("phone", "212-555-0148")],
    ),
    (
        "Customer ID: 00918273. I've been overcharged on every bill since the price rise and "
        "nobody answers the chat.",
        [("account", "00918273")],
    ),
    (
        "order #112-4478213-5590634 arrived in the wrong size and the return label won't print",
        [("account", "112-4478213-5590634")],
    ),
    (
        "EE account no. 1928374650 - I moved out in June and you're STILL billing me.",
        [("account", "1928374650")],
    ),
    (
        "Ryanair refunds team, WhatsApp me on +34 612 48 73 90 since your chat keeps closing.",
        [("phone", "+34 612 48 73 90")],
    ),
    (
        "Telekom-Techniker kam nicht. Festnetz tot, erreichbar nur unter +49 30 7512468.",
        [("phone", "+49 30 7512468")],
    ),
    (
        "PostNL, bel me even op 06-48213975 in plaats van weer een 'we hebben u gemist' kaartje.",
        [("phone", "06-48213975")],
    ),
    (
        "Spectrum disconnected us again and charged a reconnection fee to my Mastercard 2221 "
        "5833 0672 6088. I never asked to be disconnected!",
        [("card", "2221 5833 0672 6088")],
    ),
    (
        "Mark (the supervisor) promised a full refund and then denied ever saying it.",
        [("name", "Mark")],
    ),
    (
        "shout out to nobody except kelly at the front desk, the rest of the hotel staff were "
        "useless",
        [("name", "kelly")],
    ),
    (
        "Driver named Kwame Boateng threw my parcel over the fence. Tracking says 'delivered to "
        "neighbour'. Order 55120983.",
        [("name", "Kwame Boateng"), ("account", "55120983")],
    ),
    (
        "Deliveroo says my postcode CF24 3AA isn't covered anymore, yet I ordered from the same "
        "place last week.",
        [("postcode", "CF24 3AA")],
    ),
    (
        "Boiler engineer no-show again. I'm in EH6 5JR, call 07700 900872 when you've found "
        "someone who actually turns up.",
        [("postcode", "EH6 5JR"), ("phone", "07700 900872")],
    ),
    (
        "My neighbour, Eileen Doherty, took in my parcel at 23 Rosewood Crescent and then your "
        "driver came back and took it away again?!",
        [("name", "Eileen Doherty"), ("address", "23 Rosewood Crescent")],
    ),
    (
        "Account locked again. For verification: DOB 12/03/1987, registered address 8 Willow "
        "Way, email k.brennan@icloud.com. Please just unlock it.",
        [
            ("birth_date", "12/03/1987"),
            ("address", "8 Willow Way"),
            ("email", "k.brennan@icloud.com"),
        ],
    ),
    (
        "The refund for booking ref 8XK2QD should go back to my Mastercard 5567-8172-6022-6403, "
        "not as a credit note.",
        [("account", "8XK2QD"), ("card", "5567-8172-6022-6403")],
    ),
    (
        "Discover card 6011 0759 5999 6253 flagged as fraud after I bought groceries. 40 "
        "minutes on hold to unblock it.",
        [("card", "6011 0759 5999 6253")],
    ),
    (
        "Mein Geburtsdatum (29.08.1964) wurde im Vertrag falsch übernommen, bitte korrigieren "
        "Sie das endlich.",
        [("birth_date", "29.08.1964")],
    ),
    (
        "My date of birth is March 8, 1971 - it's right there on my license, yet your pharmacy "
        "keeps filling someone else's prescription under my profile.",
        [("birth_date", "March 8, 1971")],
    ),
    (
        "Order no. 300-88412: I asked for the invoice to be sent to "
        "accounts.jwalker@protonmail.com and received nothing.",
        [("account", "300-88412"), ("email", "accounts.jwalker@protonmail.com")],
    ),
    (
        "Please stop sending marketing to PAUL.ADEYEMI@GMAIL.COM, I have unsubscribed 4 times.",
        [("email", "PAUL.ADEYEMI@GMAIL.COM")],
    ),
    (
        "The gas company sent the final bill to 5 Chestnut Grove, Manchester M14 6LT even "
        "though I moved out in May. Please use the new address on file.",
        [("address", "5 Chestnut Grove"), ("postcode", "M14 6LT")],
    ),
]

NEGATIVES = [
    "Ordered on 12/03/2024 at 14:30, was promised next-day delivery, and it's now the 19th. "
    "Paid £1,249.99 for a TV that's apparently 'in transit'.",
    "Flight BA 2490 from Heathrow delayed 5 hours 40 minutes, no food vouchers, and the gate "
    "changed three times. Never again.",
    "ICE 578 to Frankfurt was 97 minutes late and the Wi-Fi didn't work once. Deutsche Bahn, "
    "this is a joke.",
    "My Sony WH-1000XM4 stopped charging after 13 months, one month out of warranty. £279 for "
    "headphones that last a year?",
    "Samsung SM-G991B updated to One UI 6.1 last night and now the battery drains from 100% to "
    "20% by lunch.",
    "Tracking has said 'Out for delivery' since 07:45 and the window was 07:45-09:30. It's now "
    "16:10.",
    "Store hours say 9am-8pm Mon-Sat, 10am-4pm Sunday. Turned up at 7:15pm on a Thursday and "
    "the doors were locked.",
    "Invoice total was €89 but I was charged €98. Someone swapped the digits and now I'm "
    "waiting 10-14 working days for the difference.",
    "Paid ₹4,500 for a 'premium' AC service and the technician left after 20 minutes. Still "
    "31°C in the room.",
    "The rental car had 48,215 km on the clock when I picked it up and they claim I drove 2,300 "
    "km in 3 days. Impossible.",
    "Chapter 7 of the textbook is missing pages 212 to 244 and the replacement copy has the "
    "same fault. Check your printing.",
    "Pharmacy gave me 500mg tablets instead of 250mg, twice daily. Thankfully I checked the box "
    "before taking any.",
    "Waited 2 hours 15 minutes in A&E at Manchester Royal Infirmary only to be told the X-ray "
    "machine was down.",
    "Hotel in Lisbon advertised 4 stars. Room 312 had a broken shower and the AC was stuck at "
    "16 degrees.",
    "Ryanair charged me €55 for a bag that was 1.2 kg over at Stansted. The scale at the next "
    "desk showed 10.0 kg for the same bag.",
    "Bought a 2019 Golf with 62,000 miles on it, warning light came on 3 days later. Dealer "
    "says 'not our problem'.",
    "The manager at the Westfield Stratford branch told me refunds take 5-7 days. It has been 23.",
    "Your driver parked across two disabled bays at Bluewater for 40 minutes while having "
    "lunch. Disgraceful.",
    "App version 3.14.2 crashes every time I open the basket. Reinstalled twice, cleared the "
    "cache, still crashes on iOS 17.4.",
    "Gym membership went from £24.99 to £34.99 a month, a 40% increase, with 7 days' notice. "
    "PureGym, explain.",
    "Speed test: 38 Mbps on a 500 Mbps package. Three engineers, four visits, zero improvement "
    "since 2023. Virgin Media, sort it out.",
    "Booked the 18:05 from London Euston to Glasgow Central, left at 19:52. Avanti West Coast, "
    "your delay repay form just times out.",
    "Electricity bill went from £112 in January to £387 in February with the same usage of "
    "about 9 kWh a day.",
    "Gave you 2/10 on your own survey because the technician said 'between 8 and 6' and arrived "
    "at 17:58.",
    "Dishwasher model SMS4HVI33G leaks after 14 months. Bosch wants £120 just for a call-out.",
    "Delivery slot 10:00-11:00 on 02.09.2024, arrived at 22:40. The frozen food was fully "
    "defrosted.",
    "Tried to return a jacket at the Trafford Centre store within 28 days and was told the "
    "policy is now 14. The sign at the till still says 28.",
    "Kindle Paperwhite (11th generation) froze on firmware 5.16.2.1.1 and now won't get past "
    "the logo screen.",
    "Train ticket cost £146.20 for a 1h 48m journey and I stood all the way from Reading to "
    "Bristol Temple Meads.",
    "The receptionist told us check-in was at 15:00, we finally got our keys at 17:30. We'd "
    "paid for early check-in too.",
    "Parcel went Birmingham -> Coventry -> Birmingham -> Leeds -> Birmingham over 6 days. Evri, "
    "what is happening?",
    "Charged 3 times for a single £7.49 meal on 14/06. Bank says wait 5 business days, Uber "
    "Eats says contact the bank.",
    "De'Longhi ECAM 22.110.B stopped heating, the water comes out at maybe 40°C. Only 8 months "
    "old.",
    "Paid $1,899.00 for a 13-inch MacBook Air M2, screen cracked on day 2 without any impact. "
    "Genius Bar says 'user damage'.",
    "Your customer service line is open 8am-6pm but the hold music runs until 6:01 and then "
    "hangs up. Tried on 4 different days.",
    "Insurance premium up 62% at renewal with no claims in 9 years. Comparison sites show the "
    "same cover for £318.",
    "The pharmacist said the prescription would be ready in 20 minutes. I came back after 3 "
    "hours and they hadn't started it.",
    "Flight FR 8342 Dublin to Malaga cancelled at 23:50 the night before. Rebooked for 3 days "
    "later and 1 of our 2 bags lost.",
    "The 'Family Pack' says 24 rolls, the bag had 18. I counted twice. Tesco Extra, Cheadle.",
    "Ordered size 42 shoes, received size 38 with a label saying 42. Zalando wants me to pay "
    "the €4.95 return fee.",
    "Netflix Premium is now £18.99 and 4K still buffers every 10 minutes on a 900 Mbps fibre line.",
    "Ordered from John Lewis on Black Friday, the sofa was 'arriving in 6-8 weeks'. We're on "
    "week 15.",
    "Bought a sandwich with a use-by of 21 Sept on 23 Sept. Marks & Spencer at Leeds station, "
    "please check your fridges.",
    "Blood test results were meant to be back in 48-72 hours. Day 11, still 'pending', and the "
    "surgery phone queue says I'm number 27.",
    "Lufthansa LH 1172 to Munich: 3h 20m delay, EU261 says I'm owed €400 and they're offering a "
    "€50 voucher.",
    "Boiler pressure drops from 1.5 bar to 0.3 bar overnight. British Gas engineer visited 3 "
    "times between 5 and 19 January.",
    "Samsung QE55Q80C has a vertical line about 1/3 from the left. 2 years 1 month old, so 'out "
    "of warranty'.",
    "1 star. The 'express' wash at the Shell garage on the M6 took 25 minutes and left bird poo "
    "on the roof.",
    "Your policy says refunds within 14 days. I returned the item on 3 April, you received it "
    "on 5 April, today is 2 May.",
    "Ticket said gates open 18:30, show starts 19:45. We got in at 20:10 after queuing outside "
    "the O2 Arena in 4°C.",
]
