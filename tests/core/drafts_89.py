"""Heated drafts, set 89 (session 29): 40 drafts written by a helper session that saw no rule
and no code, for the calm versions. Measured with the session's code of the time: 38 of 40 calm
versions read calm, kept every fact and at least 40 % of the length (two long sentences were cut
to their facts), and several read badly (a masked oath left as "*ing", "such a not acceptable",
a staff member's words reworded inside quotation marks, a condition left as a fragment). Read by
test_calm_versions_89.py."""

DRAFTS = [
    "Flight SK4172 from Manchester to Oslo on 14 March was cancelled at 05:40, TWENTY MINUTES "
    "before boarding, and your so-called 'customer care' desk had ONE person on it. One! I "
    "queued for 3 hours 10 minutes with a toddler. Booking ref QX7P2L. I paid £412.60 for a "
    "flight that never happened and you're offering me a £50 voucher?? Absolute clowns. Full "
    "refund within 14 days or it goes straight to the CAA and small claims.",
    "I have now called Streamlink Fiber nine times since October 3rd about account #88120447 "
    "and every single time some guy reads a script telling me to unplug the router which I have "
    "done literally forty times and the internet still drops every evening at 7pm right when I "
    "need it for work and you STILL charged me $89.99 plus a $15 'equipment fee' for a modem I "
    "returned on 10/11 with tracking 1Z999AA10123456784 so either fix it or I'm filing with the "
    "FCC and disputing every single charge.",
    "Dear Sir/Madam, This is the FOURTH reminder regarding complaint no. CMP/2024/118853. Rs. "
    "24,500 was debited from my savings account on 02-08-2024 for a UPI transaction that "
    "FAILED. Your branch manager at Koramangala told me 'it will auto-reverse, please wait and "
    "do the needful'. It has been 37 days. Kindly revert today itself or I am approaching the "
    "Banking Ombudsman. Very very disappointed with your pathetic service.",
    "ur literally the worst landlord ive ever had. boiler broke 2 nov, i texted u 2 nov, 5 nov, "
    "9 nov, 14 nov and u NEVER answer. its 4 degrees in my room. rent of £950 still came out on "
    "the 1st tho didnt it lol. fix it by friday or else. im reporting u to the council and "
    "withholding rent. dont test me",
    "Mate, your driver marked parcel AU38822019TR as 'delivered' at 2:14pm on Tuesday. I was "
    "home ALL DAY. No knock, no card, no parcel. Your photo 'proof' is of someone else's bloody "
    "door in a completely different suburb. That was a $349 pair of headphones. Your chat bot "
    "keeps telling me to 'wait 5 business days'. Sort it out or I'm going to the ACCC and "
    "posting that photo everywhere.",
    "Thanks SO much for the wonderful evening at Bellamy's on Saturday 22nd, table 14, booking "
    "ref BLM-5521. Truly loved waiting 75 minutes for a main that arrived cold. Loved even more "
    "the manager telling us 'that's how risotto is meant to be'. And the £18.50 'discretionary' "
    "service charge that wasn't discretionary at all when I asked to remove it? Chef's kiss. "
    "Review going up tonight, with photos.",
    "I left my Ford Focus (reg 191-D-44820) in with ye on Monday the 6th for a clutch job "
    "quoted at €680. Collected it Friday and the bill was €1,140 for 'extras' nobody rang me "
    "about. And now there's a grinding noise that wasn't there before. Your lad at the desk "
    "just shrugged and said 'that's the car, not us'. Is that a joke? I want the difference "
    "back by Wednesday or I'm off to the Small Claims Court, no messing.",
    "Account 4400-2291-07\n"
    "- 12 Jan: you estimate my bill at £612. I send a meter reading.\n"
    "- 19 Jan: you ignore it.\n"
    "- 3 Feb: direct debit jumps from £85 to £240 WITHOUT NOTICE.\n"
    "- 10 Feb: I call, 58 min on hold, cut off.\n"
    "- 20 Feb: 'complaint logged', no reply.\n"
    "Enough. Refund the overpayment and put my DD back to £85 or this goes to the Energy "
    "Ombudsman. Incompetent idiots, the lot of you.",
    "I cancelled my membership at FlexZone Leeds on 30 April IN PERSON, signed the form, got a "
    "copy. You've taken £39.99 on 1 May, 1 June and 1 July anyway. When I rang, some guy called "
    "Jordan said 'we have no record of that'. I have the f***ing form in my hand, Jordan. "
    "Refund £119.97 by the 25th or I'm doing a chargeback and telling every single person in "
    "this town what crooks you are.",
    "Good day. I bought Samsung Galaxy A54 from your Ikeja City Mall branch on 11/03/2024 for "
    "₦485,000, receipt no. 00731. The phone stopped charging after ONE week. Your sales girl is "
    "now telling me warranty does not cover it, that I should go and buy new charger. Is it by "
    "force? I am not a small boy. I am giving you till Monday to replace this phone or I will "
    "report to FCCPC and put your shop on X (@PhoneHubNG). Nonsense.",
    "Dear Claims Department,\n"
    "Re: Policy HH-99201-K, claim CL-77310.\n"
    "I write further to my letters of 4 and 18 September concerning water damage to my kitchen. "
    "Your assessor attended on 11 September, spent eleven minutes in the property and has since "
    "refused to return a single call. I have never dealt with such a shambolic, dishonest "
    "organisation. If I do not receive a settlement offer by 5pm on Friday 6 October, I will "
    "instruct my solicitor and refer this to the Financial Ombudsman.\n"
    "Yours, absolutely fed up,\n"
    "M. Hartley",
    "Mercy Valley Medical Center billing dept: you billed me $4,872.16 for an ER visit on June "
    "9 that my insurance ALREADY PAID (claim #A77-2290134). I have the EOB. I have sent it to "
    "you THREE TIMES. Now I get a letter saying I'm going to collections?? Are you people "
    "serious? I was there for a sprained ankle. Stop the collections by the 15th or I'm filing "
    "with the state attorney general and the CFPB. Unbelievable.",
    "To whoever at Northfield Borough Council is actually responsible for anything: the bins on "
    "Larch Road have not been collected for FIVE WEEKS. Reported on the 3rd, 10th, 17th and "
    "24th, refs NBC-4471, NBC-4529, NBC-4602, NBC-4688. There are rats. Actual rats. I pay "
    "£2,140 a year in council tax for this? My councillor has been emailed and if nothing "
    "happens by Monday it's going to the Ombudsman and the local paper.",
    "Ordered a corner couch from HomeNest Menlyn on 2 Feb, order HN-220918, paid R18 999 "
    "upfront. Promised delivery 'in 4-6 weeks'. It's now the end of May. Every time I phone, "
    "some oke says 'it's on the truck, ma'am'. Which truck?? Is it coming from Cape Town on "
    "foot? Deliver by Friday or refund me in full, otherwise I'm going to the Consumer Goods "
    "and Services Ombud and HelloPeter. Honestly, useless.",
    "Seller 'techdealz_uk' sold me a 'brand new' iPad Air (order 204-7719920-3381) for £529. It "
    "arrived locked to someone else's Apple ID. Seller has blocked me. Your support closed my "
    "case in FOUR MINUTES saying 'the item matches description'. HOW?? It's literally unusable. "
    "Reopen case #MP-88127 (https://help.marketbay.co.uk/cases/MP-88127) and refund me or I'm "
    "doing a chargeback tomorrow and you can explain it to my bank.",
    "Train 1A42. 18:05 from King's Cross. Cancelled. No announcement. No staff. No replacement "
    "bus. Nothing. Two hours on a freezing platform. Ticket: £96.40. Ref TL-883190. Delay Repay "
    "claim rejected, 'insufficient evidence'. I WAS THERE. You weren't. Pay up.",
    "Your baggage agent at Johannesburg told me, and I quote, 'bags go missing all the time, "
    "it's not the end of the world.' Well it's the end of MY holiday. Flight ZA219 to Cape Town "
    "on 8 Dec, with all my clothes, meds and my daughter's insulin. File ref CPTZA41883. Six "
    "days later, nothing. I've spent R7 400 replacing essentials. Reimburse that and FIND THE "
    "BAG, or I'm going public with your agent's lovely quote.",
    "I left a 1-star review yesterday about the £35 unarranged overdraft fee you charged me on "
    "14/05 for going 40p over. FORTY PENCE. Refund the £35 and I'll take the review down. "
    "Don't, and I'll post it on every forum, Reddit, TikTok, the lot, and move my salary "
    "elsewhere. Your choice. Sort code 20-44-19, account ending 7712.",
    "I hope whoever designed your 'redelivery' system steps on a Lego every morning for the "
    "rest of their life. Parcel JD0002231918442 has been 'out for delivery' on the 3rd, 5th and "
    "7th, and each time 'sorry we missed you', while I was sitting RIGHT BY THE DOOR. Now it "
    "says return to sender. It's my mum's birthday present, £120. Deliver it tomorrow or refund "
    "it. Simple.",
    "@QuickBite ur app charged me $42.75 for order #QB-77124 and the food never came. driver "
    "literally drove past my building, i watched it on the map lmaooo. support chat keeps "
    "saying 'we understand ur frustration' STOP UNDERSTANDING AND REFUND ME. 2 hrs and no "
    "dinner. deleting this garbage app the second i get my money back",
    "Third NBN tech no-show this month. 9 Aug, 16 Aug, 23 Aug, each time 'between 8am and "
    "12pm', each time I took the morning off work unpaid. That's three days' wages, about $780, "
    "gone because your mob couldn't organise a piss-up in a brewery. Ticket NB-5521-9904. "
    "Compensate me or it's the TIO, and trust me I'll be loud about it.",
    "Dear Mr Okafor,\n"
    "I am writing, AGAIN, about the damp and black mould in the bedroom of Flat 3, 27 Ashgrove "
    "Terrace. I reported it in writing on 12 January, 9 February and 3 March. You replied once, "
    "advising me to 'open a window'. My son now has a persistent cough and our GP has put that "
    "in writing. Frankly your behaviour is disgraceful. I am reporting you to environmental "
    "health on Monday and the £1,150 April rent will be held back until this is fixed.",
    "Your electricity bill for consumer no. 1104 5567 2289 shows 2,340 units for May. TWO "
    "THOUSAND THREE HUNDRED! My house is a 2BHK and we were in Kerala for 3 weeks!! Amount Rs. "
    "19,870. Lineman came, said meter is 'jumping' and went away. Nobody is taking "
    "responsibility. If bill is not corrected by 30th I will file complaint in Consumer Forum "
    "and with the Electricity Regulatory Commission. Shameful.",
    "How is it legal to charge a $199 'annual maintenance fee' nobody mentioned when I signed "
    "up? How is it legal that I can only cancel by CERTIFIED MAIL? Who even uses certified mail "
    "anymore? And why did the manager, Trevor, laugh when I asked? Member ID 00458812, Iron "
    "Republic Gym, Austin. I've already reported you to the Texas AG and the BBB. Enjoy.",
    "Bought an iPhone 15 from your PhoneWorld Oxford Street store on 2 Dec, £799, and the "
    "screen cracked by itself on day 3. No drop, nothing. Your assistant manager accused me of "
    "lying, to my face, in front of a queue of people. Absolute bollocks. I've got the receipt "
    "(TX-90012-OXS) and the Consumer Rights Act says repair or replace. Do it or I'll see you "
    "in small claims, you shower of s***.",
    "Ye've had my car claim (policy MTR-55810, claim 2024-00912) for SEVEN weeks. The car's "
    "sitting in a yard in Naas racking up €35 a day storage that ye said ye'd cover and now ye "
    "say ye won't. I've rang 14 times. FOURTEEN! Every time I'm 'passed to the relevant team'. "
    "What relevant team? Does it exist at all? Sort it by Friday or I'm going to the Financial "
    "Services and Pensions Ombudsman and ringing Liveline.",
    "Invoice INV-33019 from Harbourside Private Clinic: £1,860 for a consultation and MRI that "
    "were QUOTED at £950 all-in on your own website on 12 August. I have the screenshot. Your "
    "billing officer told me 'prices change, the quote is just a guide'. Then why call it a "
    "quote?! I will pay £950 and not a penny more. Send this to debt collectors and I will see "
    "you in court.",
    "PCN WK40118823. £70 for parking in a bay that had NO SIGN because your own contractors "
    "took it down for roadworks on 21 Oct. I sent photos. Your rejection letter is obviously a "
    "template, it even has someone else's registration on it (mine is LB19 XTK). Cancel it or "
    "I'm taking it to the tribunal.\n"
    "P.S. Maybe actually read the appeals before rejecting them? Just a thought.",
    "YOUR DELIVERY GUYS DROPPED MY $2,300 DINING TABLE DOWN A FLIGHT OF STAIRS AND THEN TRIED "
    "TO LEAVE IT THERE. I have it ON VIDEO. Order #FS-448120, delivered 3/14 by Oakline "
    "Furniture. Customer service says 'file a damage claim online' but the link "
    "(oaklinefurniture.com/claims) is BROKEN. Replace it by next Friday or I'm disputing the "
    "charge with Amex and that video goes on TikTok.",
    "Sold a guitar on your platform (listing 55091273, £640). Buyer received it, wrote 'arrived "
    "perfect, thanks!' in messages, then opened a 'not as described' claim 10 days later, and "
    "you refunded HIM and pulled the money out of MY account. No questions asked. I've sent you "
    "the messages three times. You protect scammers and punish honest sellers. Reverse it by "
    "Friday or I close my account and go to Trading Standards.",
    "Flight NW1188 Denver to Boston, Nov 22. Delayed 6 hrs then cancelled at 11:40pm. Your gate "
    "agent (Brenda, badge 4471) told a line of 200 people 'not my problem, use the app.' The "
    "app crashed. I paid $214 for a hotel and $63 for an Uber out of my own pocket, conf "
    "#HKR9QL. DOT rules say you owe me a refund. I want it, plus expenses, in 7 days or I'm "
    "filing with the DOT. Incompetent is too kind a word.",
    "My account was debited ₦250,000 TWICE for the same POS transaction at Shoprite Lekki on "
    "14/06/2024. Reference FT24166HJK8821. I have visited your branch 3 times, filled forms, "
    "and your customer service officer keeps saying 'the system will reverse it in 24 hours'. "
    "It is 3 weeks now!! That is my children's school fees. If my money is not returned by "
    "Friday I am writing to CBN and I will trend this on X. You people are wicked.",
    "Ate at Golden Wok, Deansgate, Friday 9th, order #2217, paid £64.20. Both of us were sick "
    "for 3 days. 111 said likely food poisoning. I rang and your manager said, I quote, 'no one "
    "else has complained, so it wasn't us.' Well I'm complaining now. Loudly. Environmental "
    "health has been informed and my post about you (facebook.com/groups/mcrfoodies) has 4k "
    "shares already. Keep laughing.",
    "hey so u guys did the rego check on my hilux last thurs (job #7719), charged me $460 and "
    "said all good. drove off and the brake light was on within 10 mins. came back and ur bloke "
    "said thatll be another $300. r u kidding me?? either u didnt check it or u broke it. fix "
    "it free or im posting on every local fb group. NOT paying twice",
    "I am writing to formally complain, for what is now the sixth time, about the so-called "
    "'superfast' broadband on account SF-004471923, which has delivered an average of 3.2 Mbps "
    "since installation on 14 February despite the 30 Mbps minimum guaranteed speed in my "
    "contract, and I am frankly sick to death of your helpdesk reading me the same script about "
    "restarting my router, so consider this notice that I am leaving penalty-free and invoicing "
    "you for every month I've been overcharged.",
    "PowerGrid Utilities: you shut off my power on July 19 during a HEAT WARNING (104°F) for a "
    "bill I PAID on July 12, confirmation #PG-44918271, $318.45. My elderly mother lives with "
    "me and is on oxygen. I told your rep that and he said 'policy is policy.' Policy can "
    "explain itself to the Public Utility Commission. Restore service, waive the $75 "
    "reconnection fee, and apologize in writing. Disgusting.",
    "Bro ur delivery boy called me at 11pm saying 'sir come down to main gate' and when I came "
    "he was gone and order marked 'customer refused'. Refused?? I never refused anything. Order "
    "ID 40582-771-3312, Rs 3,299 shoes. Now u r saying refund in 7-10 working days. Why should "
    "I wait 10 days for ur mistake?? Pathetic. Never ordering again @ShipKartCare",
    "Joined PulseFit Galway in January on the 'no contract, cancel anytime' deal. Tried to "
    "cancel in March. Now suddenly there's a 12-month minimum and a €150 exit fee. The girl on "
    "reception said 'it's in the small print'. There IS no small print, I have the flyer right "
    "here. I'm not paying another cent. Any more direct debits and I'm straight to the CCPC and "
    "my bank.\n"
    "- Siobhán Ní Bhriain",
    "Claim TRV-8821-AU. I broke my wrist in Bali on 3 July, spent AUD $6,870 at the hospital, "
    "sent you EVERY receipt, and now 4 months later you reject it because I 'didn't disclose' a "
    "knee op from 2011. A KNEE. From 13 years ago. Nothing to do with my wrist. You lot are "
    "scammers, plain and simple. Reverse it within 14 days or I'm going to AFCA and the papers.",
    "Rental deposit: R14 500.\n"
    "Lease ended: 31 January.\n"
    "Deposit returned: R0.\n"
    "Reason given: 'general wear and tear' (which you can't even deduct, FYI).\n"
    "Agent Thandi has ignored 11 WhatsApps.\n"
    "Property manager 'on leave' since February??\n"
    "ProLet Properties has until 15 April. After that it's the Rental Housing Tribunal and "
    "every review site in Gauteng.",
]
