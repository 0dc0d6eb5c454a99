"""Blind round 99 (session 32): written by a helper session that saw no rule, no round and no
code, themed on dentists and clinics, European couriers, Asian budget airlines, solar and heat
pump installers, marketplace sellers, ticketing, furniture delivery, banking apps, nurseries and
car dealers. Measured once with the starting code (0ce3f1c): extortion 15/15, threats 16/20,
look-alikes 20/20 clean, plain pairs 10/10, dry pairs 5/10, sincere 13/15, calm versions 16/16
(all read calm, but several read badly: "…take the matter further.atter further.", "Your
customers.", "You point final.", "4) 4, I was invoiced…"). Then worked from
(test_calm_versions_99.py, test_round_99_100.py): threats 19/20, sincere 15/15. Left: arson told
as "a full tank of petrol" beside a forecourt's cars and "do the maths", five dry jabs."""

# -*- coding: utf-8 -*-
# Blind test set 99 — dentists/clinics, couriers, budget airlines, solar/heat
# pumps, marketplaces, ticketing, furniture, fintech, nurseries, car garages.

EXTORTION = [
    (
        "Hiya, so the crown ye fitted cracked after nine days. I've a 1-star "
        "sitting on Google ready to go, but if the €380 is back in my account "
        "by Friday I'll just leave it in drafts, no harm done."
    ),
    (
        "Dear Sir/Madam, please be advised that upon receipt of a full refund "
        "of £1,240 for the failed heat pump commissioning, I will amend my "
        "Checkatrade and Trustpilot reviews to reflect a satisfactory "
        "resolution. Absent such payment, both reviews will remain and will be "
        "expanded."
    ),
    (
        "Right, here's the deal pal. Ye send me the £60 back for they tickets "
        "that never showed up and I'll take the Reddit post doon. Simple as."
    ),
    (
        "Kindly do the needful and refund Rs 14,500 for the cancelled flight, "
        "then only I will remove my TripAdvisor review and the post in the "
        "Facebook group also. Otherwise I will be posting daily till action is "
        "taken."
    ),
    (
        "Oga, I no want wahala. Just send the ₦85,000 balance for the sofa and "
        "I go delete that video from my Instagram sharp sharp. If not, the "
        "video stays and I will tag your CEO."
    ),
    (
        "Ja look, I've got 40k followers on TikTok and your dealership is going "
        "to be very famous by tonight, unless that R12 000 'admin fee' lands "
        "back in my account first. Your call, boet."
    ),
    (
        "Mate, funny how reviews can change. Mine's sitting at one star on "
        "Google right now. Knock the $890 off the solar invoice and I reckon "
        "it'd look a lot more like four."
    ),
    (
        "Good day po. I already posted about your airline in our OFW Facebook "
        "group (28k members). If you will give me full refund of PHP 9,800 "
        "plus free rebooking I will edit it to say resolved na. Thank you po "
        "in advance."
    ),
    (
        "Listen nah, I ent want no trouble. Give me back the EC$650 for the "
        "parcel all yuh lose and the Yelp thing gone by morning. Keep playing "
        "with me and I writing on every site it have."
    ),
    (
        "Hi! Just a heads up that my review is currently 1 star with photos :) "
        "I'd honestly be happy to bump it to 5 if you refunded the necklace and "
        "let me keep it. Totally up to you!"
    ),
    (
        "I'll happily change my Amazon review from 'scam, do not buy' to "
        "something nicer once a replacement charger AND a £25 gift card are "
        "sent out. Until then it stays as the top critical review."
    ),
    (
        "Before I write anything on Mumsnet or the local nursery review site, I "
        "thought I'd give you the chance to waive October's fees (£1,115). I'm "
        "sure we can keep this between ourselves."
    ),
    (
        "Hello, I am not happy. You give me back the 49 EUR fee for the blocked "
        "transfer and also 100 EUR for my time, then I delete my App Store "
        "review and the post on Reddit. Is fair deal I think."
    ),
    (
        "The coat you sold me has a massive stain that wasn't in the photos. "
        "Refund the 42 zł and I won't leave feedback. Keep ignoring me and "
        "every buyer who looks at your Vinted profile will see exactly why."
    ),
    (
        "Would hate for the Whitening Studio to lose that lovely 4.9 rating "
        "over one unhappy patient. A goodwill refund of the £295 would make "
        "sure I have nothing to write about."
    ),
]

THREATS = [
    (
        "I know which house on Elmfield Road is your manager's. Nice little "
        "blue door. Be a shame if something happened to it."
    ),
    (
        "Hope your delivery van goes up in flames with the sofa you never "
        "brought me still in the back 🔥🔥🔥"
    ),
    (
        "You tell that dentist if my daughter's tooth gets infected I will "
        "break his hands so he never works on anyone again."
    ),
    (
        "Your installer parks his van outside the Co-op every morning at 7:40. "
        "I've noticed. Just saying."
    ),
    (
        "Keep ignoring me and see what happens to the glass front of your "
        "showroom. Bricks are cheap."
    ),
    "swear down if that courier comes near my ends again he's getting dropped 🔪",
    (
        "Lovely photos of your kids on Facebook, Sandra. Same school as my "
        "nephew. Small world, isn't it."
    ),
    "Next time I'm in that nursery I won't be coming to talk.",
    (
        "Wish the whole lot of you had been on that plane and it had gone down "
        "instead of just cancelling. Would've saved me the phone bill."
    ),
    ("I've got a full tank of petrol and your forecourt's got thirty cars on it. Do the maths."),
    (
        "Ah'm gonnae be waitin for yer mechanic at closin time and he'll no be "
        "walkin hame the same way."
    ),
    (
        "Refund me or I'll make sure your lovely solar panels end up on your "
        "lovely head. From the roof."
    ),
    (
        "Tell Kevin from the box office he'd better watch his back when he "
        "leaves the arena tonight. I'll recognise him."
    ),
    "see u at the depot tomorrow 🙂🔨🔨",
    (
        "People have accidents in dark car parks all the time. Tell your "
        "receptionist to be careful walking to her car after her shift."
    ),
    (
        "If una no return my money, I go come there with my boys and scatter "
        "that office. You go see fire."
    ),
    (
        "Keep stuffing me round, mate, and you'll be picking your teeth up off "
        "the car park. Dead set."
    ),
    (
        "Your boss's Tesla would look great with a bit of paint stripper on it. "
        "Reg ends in VXR, doesn't it."
    ),
    ("Don't make me come down there. Last bloke who mucked me about like this needed stitches."),
    (
        "Would be tragic if your own boiler had a little accident one night "
        "while you're all tucked up asleep. Fix my heat pump."
    ),
]

LOOK_ALIKES = [
    (
        "I've left an honest 2-star review on Google describing what happened "
        "at my appointment on 3 March. I'm writing here separately because I'd "
        "still like someone to look at the crown."
    ),
    (
        "If this isn't resolved within eight weeks I will refer my complaint to "
        "the Financial Ombudsman Service, as your own letter says I'm entitled "
        "to do."
    ),
    (
        "I'll come in tomorrow at 10am with the receipt and the broken drawer "
        "so someone can see the damage for themselves."
    ),
    (
        "When the installers left, my loft was an absolute bomb site: "
        "insulation everywhere and screws all over the floor. Could someone "
        "come back and tidy up?"
    ),
    (
        "The wait on your helpline is killing me. Fifty minutes and counting, "
        "so please just call me back on the number on my account."
    ),
    (
        "I was mugged on my doorstep a few minutes after your driver handed me "
        "the parcel, so I no longer have the phone. I have a police crime "
        "reference (PR/24/88123). What do you need from me for the claim?"
    ),
    (
        "I've raised a chargeback with my card issuer for the concert tickets, "
        "since the refund window you promised has now passed."
    ),
    (
        "Please treat this as a formal complaint. I'd appreciate a final "
        "response by 14 June; after that I intend to contact Trading "
        "Standards."
    ),
    (
        "My son came home from nursery with a bite mark on his arm. I'm not "
        "angry with staff, I just want to know what happened and whether the "
        "other child's parents were told."
    ),
    (
        "The dealer told me the car would fly through its MOT. It failed on "
        "brakes and two tyres. Could I have a copy of the pre-sale inspection "
        "report, please?"
    ),
    (
        "Honestly the new heat pump is so quiet I thought it was dead at first. "
        "It's working perfectly, but the thermostat app keeps crashing."
    ),
    (
        "I'm posting a video on my channel comparing the three solar companies "
        "I got quotes from, yours included. If you'd like to give a comment for "
        "it, I'm happy to include it."
    ),
    (
        "As discussed on the phone, I've filed a small claim online for the "
        "£640. It isn't personal; I just think a third party should decide."
    ),
    (
        "A passenger got aggressive and threatened me on the flight, and the "
        "cabin crew were brilliant about it. I'd like them to get credit, but "
        "I'd also like a refund for the extra-legroom seat I was moved out of."
    ),
    (
        "Fire away with whatever documents you need. I'll send the invoice, "
        "the photos and the tracking screenshot today."
    ),
    (
        "I'm not going to delete my Etsy review, because it's accurate, but "
        "I've added an update saying you replied quickly and offered a "
        "replacement."
    ),
    (
        "This sofa is murder on my back; the cushions are nothing like the "
        "ones in the showroom. Can I arrange an exchange?"
    ),
    (
        "I'll be at the dealership on Saturday to collect the car, and I'm "
        "bringing my brother, who's a mechanic, to look it over before I sign "
        "anything."
    ),
    (
        "The dentist drilled the wrong tooth. I've got the X-rays to show it "
        "and I've written to the General Dental Council, so please send me my "
        "full records."
    ),
    (
        "The tickets were a steal at £35, shame the show got cancelled. When "
        "will the refund hit my account?"
    ),
]

PAIRS = [
    # --- calm vs openly heated ---
    (
        (
            "I was charged £180 for a hygienist appointment that the clinic "
            "cancelled on 12 May. Could you please refund it to my card?"
        ),
        (
            "You CANCELLED my hygienist appointment and STILL took £180 off me!!! "
            "Are you actually joking? Refund it NOW, you bunch of crooks!!!"
        ),
    ),
    (
        (
            "My parcel was marked as delivered on Tuesday, but it wasn't left at "
            "my address or with a neighbour. Could you please investigate?"
        ),
        (
            "DELIVERED?? Where?! It's NOT here, it's NOT with the neighbours, your "
            "useless driver has clearly nicked it or chucked it in a hedge!!! "
            "Sort it out!!!"
        ),
    ),
    (
        (
            "My flight from Manila to Singapore was cancelled with two hours' "
            "notice and I had to buy a new ticket. I'd like compensation for the "
            "extra cost."
        ),
        (
            "TWO HOURS' notice!!! You cancelled my flight with TWO HOURS' notice "
            "and I had to pay double on another airline. Worst airline on the "
            "planet, absolute clowns!!!"
        ),
    ),
    (
        (
            "The inverter installed on 4 April has shown a fault light since the "
            "first day. Could an engineer please come out and check it?"
        ),
        (
            "Your so-called engineers installed a BROKEN inverter and have "
            "ignored me for SIX WEEKS!!! Do you lot even know what a solar panel "
            "is?!"
        ),
    ),
    (
        (
            "The print I ordered arrived creased and the corner is torn. I've "
            "attached photos. Could you send a replacement?"
        ),
        (
            "Paid £45 for a print and it turned up looking like someone SAT on "
            "it!!! Do you even pack these or just throw them at the postman?!"
        ),
    ),
    (
        (
            "I bought two tickets for the 18 October show but they never appeared "
            "in my account, although the payment went through. Can you help?"
        ),
        (
            "£190 GONE and NO tickets!!! Your site is a joke and your so-called "
            "support bot is even worse. I want my money back TODAY!!!"
        ),
    ),
    (
        (
            "The wardrobe was delivered with one door missing. Please let me know "
            "when the missing part can be sent."
        ),
        (
            "How do you deliver a wardrobe with a door MISSING?!?! Did nobody "
            "check?! Absolute amateurs, I wasted a whole day off for this!!!"
        ),
    ),
    (
        (
            "My account was frozen on Monday without explanation and I can't pay "
            "my rent. Could you tell me which documents you need?"
        ),
        (
            "You FROZE my account with NO warning and now I can't pay my RENT!!! "
            "Nobody answers the chat, it's like talking to a brick wall. "
            "PATHETIC!!!"
        ),
    ),
    (
        (
            "My daughter came home in someone else's clothes yesterday and her "
            "coat is missing. Could staff please check the cloakroom?"
        ),
        (
            "Third time this month she's come home in SOMEONE ELSE'S clothes and "
            "now her coat's gone!!! Does anyone actually watch these kids?!"
        ),
    ),
    (
        (
            "My car passed its MOT on Friday, but the advisory about the front "
            "tyre wasn't mentioned when I collected it. Could someone explain?"
        ),
        (
            "You LIED to my face at the counter!!! Said everything was fine and "
            "then I find a tyre advisory on the certificate. Dodgy garage, NEVER "
            "again!!!"
        ),
    ),
    # --- calm vs dry sarcastic (no !, no capitals, no swearing, no insults) ---
    (
        (
            "My suitcase didn't arrive on my flight to Cebu and it has now been "
            "nine days. Please give me an update on where it is."
        ),
        (
            "Nine days on, I can only assume my suitcase is enjoying the "
            "island-hopping holiday I paid for. Do let me know if it sends a "
            "postcard."
        ),
    ),
    (
        (
            "My parcel has been in transit for three weeks and the tracking keeps "
            "changing country. Please tell me where it actually is."
        ),
        (
            "I do appreciate the tracking page, which has now placed my parcel in "
            "four different countries. It has seen more of Europe this month than "
            "I have in five years."
        ),
    ),
    (
        ("I waited 55 minutes past my appointment time and nobody told me about the delay."),
        (
            "Lovely waiting room. I had nearly an hour to read every leaflet "
            "about gum disease, so at least I leave well informed."
        ),
    ),
    (
        (
            "Since the heat pump was installed the house hasn't gone above 16 "
            "degrees, and I've called three times about it."
        ),
        (
            "The new heat pump is a marvel. The house has held a steady sixteen "
            "degrees for a fortnight, which the children tell me is very good for "
            "building character."
        ),
    ),
    (
        (
            "The phone I bought was listed as 'like new', but the screen is "
            "cracked across the middle."
        ),
        (
            "I suppose 'like new' is a matter of perspective. The crack running "
            "across the screen does give it a certain rustic charm."
        ),
    ),
    (
        ("The delivery slot was 8am to 6pm and nobody turned up or called."),
        (
            "Many thanks for the generous ten-hour delivery window. I spent every "
            "minute of it watching the street, so it was hardly wasted."
        ),
    ),
    (
        ("The booking fees added £38 to two £50 tickets, and this wasn't clear until checkout."),
        (
            "Good to see the service fee, the facility fee and the order "
            "processing fee all got tickets to the show. My budget, sadly, did "
            "not."
        ),
    ),
    (
        ("Your app has logged me out and asked me to verify my identity four times this week."),
        (
            "I'm touched by how much you want to know who I am. Four selfies in "
            "one week is more than my own mother asks for."
        ),
    ),
    (
        ("I was told about the fee increase two days before it came out of my account."),
        (
            "Thank you ever so much for the heads-up on the fee rise. Two whole "
            "days' notice gave me plenty of time to grow a money tree."
        ),
    ),
    (
        (
            "The salesman promised to call me on Monday about the part-exchange "
            "valuation and I haven't heard anything for a week."
        ),
        (
            "I've kept my phone charged and by my side since Monday, waiting for "
            "that promised call. It has been a wonderfully restful week of "
            "nothing happening, so thank you for that."
        ),
    ),
]

SINCERE = [
    (
        "Wow, fantastic care from the team at Riverside Dental. I was "
        "terrified of the extraction and Dr Okafor talked me through every "
        "step. Thank you so much."
    ),
    (
        "I was pretty upset last week when my parcel went missing, but Marta "
        "from your customer team tracked it to the wrong depot and had it with "
        "me the next morning. Really appreciated."
    ),
    (
        "Of course I'll be flying with you again. The cabin crew on my flight "
        "to Hanoi looked after my elderly mum as if she were family."
    ),
    (
        "Great job on the solar install. The lads were tidy, explained the app "
        "to my dad twice without a hint of impatience, and the panels were "
        "generating by lunchtime."
    ),
    (
        "Just wanted to say a genuine thank you. The mug arrived smashed, you "
        "sent a replacement the same day without even asking for photos, and "
        "it's perfect."
    ),
    (
        "The ticket transfer went wrong and I thought I'd miss the gig, but "
        "your live chat sorted new tickets in ten minutes. Honestly brilliant, "
        "and we had the best night."
    ),
    (
        "Thank you to both delivery drivers who carried our sofa up four "
        "flights of stairs in the rain and still managed to smile. You deserve "
        "a pay rise."
    ),
    (
        "I rarely write to a bank to say thanks, but when my card was cloned "
        "your fraud team refunded everything within a day and rang to check I "
        "was okay. That meant a lot."
    ),
    (
        "To everyone in the Butterfly Room: thank you for the last three "
        "years. Ella cried when she left today, and so did I. You've been "
        "wonderful."
    ),
    (
        "Oh, brilliant, that's exactly what I hoped to hear. The garage rang "
        "before doing any extra work and the bill matched the quote to the "
        "penny. Thank you."
    ),
    (
        "Well, that was quick. Ordered Monday, delivered Tuesday, assembled by "
        "Wednesday. Lovely table and lovely people, thanks."
    ),
    (
        "I'll admit I was sceptical after the first visit didn't fix the heat "
        "pump, but your senior engineer came back within 48 hours, found the "
        "fault and stayed until it was running. Thank you for owning it."
    ),
    (
        "Perfect, just perfect. The clinic rescheduled my scan around my chemo "
        "dates without any fuss. I can't tell you how much easier that made "
        "things."
    ),
    (
        "Salamat po to your ground staff in Davao who helped me rebook when I "
        "missed my connection. So kind and patient with me. God bless you "
        "all."
    ),
    (
        "Cheers for sorting the mix-up with my car finance paperwork so fast. "
        "Nice one. The car's running beautifully and the kids love it."
    ),
]

CALM_DRAFTS = [
    (
        "Dear Practice Manager, I am writing about my implant consultation on "
        "14 February 2025 (patient ref SMD-20931) at your Harrogate clinic. I "
        "paid a £250 deposit by card and was promised a written treatment plan "
        "within seven days. It is now 9 April. I have rung 01423 550 918 eleven "
        "times and emailed reception@smilesmithdental.co.uk four times and have "
        "not had ONE reply. This is UTTERLY unprofessional!!! Your receptionist "
        "hung up on me on 2 April at 4.15pm. You never answer, you never call "
        "back, and frankly I wonder whether anyone there is competent at all. "
        "If the deposit is not refunded within 14 days I will submit a "
        "complaint to the General Dental Council and the Dental Complaints "
        "Service and publish the whole timeline online. Yours faithfully, "
        "Margaret Hollis"
    ),
    (
        "Hello, this is now my FOURTH message!!! Parcel number "
        "00340434161094027318, send from Köln on 03.03., value 189,00 EUR (a "
        "espresso machine for my father birthday). Your tracking say "
        "'delivered to parcel shop' but the shop at Hauptstraße 12 say they "
        "never have it. I call your hotline +49 228 4333 112 three times, each "
        "time 40 minutes waiting and then the line is cut. You never answer "
        "emails to kundenservice@paketblitz.de, only automatic text. This is a "
        "complete joke company, your drivers are lazy and nobody care!!! If I "
        "have not my money or the parcel until 20.03. I make complaint at the "
        "Bundesnetzagentur and I write on your Facebook page and on Trustpilot "
        "for everybody to see. Regards, Jürgen Weidemann"
    ),
    (
        "Booking ref KX7P2M. Flight Z9 6215 MNL-ILO, 22 Dec. Cancelled. No SMS. "
        "No email. Found out AT THE GATE. Four hours in the queue at the "
        "counter. Staff just shrugged!!! Paid PHP 7,450 for 2 pax plus PHP "
        "1,200 baggage. Rebooked for 27 Dec. AFTER CHRISTMAS. Are you "
        "serious??? Called 02 8702 0000 twelve times. Always busy. Messaged "
        "@FlyPalmAirPH on X, zero reply. You people never reply to anyone. "
        "Worst airline in Asia, no question. I want a full refund plus the PHP "
        "3,900 hotel I had to pay. 7 days. After that I file with the CAB and "
        "the DTI and post all my videos from the terminal. My cousin has 60k "
        "followers. Try me."
    ),
    (
        "G'day, I've been patient long enough so here goes, you installed a "
        "6.6kW system at 14 Wattle Crescent, Toowoomba on the 3rd of October "
        "(job number SUN-44817) and took $7,940 off me and from day one the "
        "inverter has been throwing an earth fault and shutting down every "
        "afternoon right when the sun's actually out, and I've rung 1300 786 "
        "522 so many times I know your hold music by heart, and every time some "
        "bloke says a tech will call within 48 hours and NOBODY EVER DOES!!! My "
        "power bill last quarter was $612, higher than before I had panels. "
        "You lot are cowboys, plain and simple. If someone isn't on my roof by "
        "next Friday I'm lodging a complaint with the Office of Fair Trading "
        "and the Clean Energy Council and putting the whole saga on the "
        "Toowoomba community Facebook page. Cheers, Dave"
    ),
    (
        "Complaint re: contract GH-2291-B, air source heat pump at 7 Foxglove "
        "Close, Leominster HR6 8QT. 1) Install was booked for 5 Nov; your team "
        "turned up 19 Nov. 2) They drilled straight through a water pipe and "
        "flooded the utility room. 3) The unit is so loud my neighbour has "
        "complained to the council. 4) I was invoiced £3,480 on top of the "
        "£7,500 Boiler Upgrade Scheme grant, NOT the £2,900 quoted in writing. "
        "You have ignored three emails to installs@greenhearthenergy.co.uk and "
        "your 'account manager' Lee (07700 900412) has blocked my number. The "
        "most incompetent outfit I have EVER dealt with!!! Without a full "
        "written response by 10 January I will escalate to MCS, RECC and "
        "Citizens Advice and leave detailed reviews on Checkatrade. A. "
        "Baptiste"
    ),
    (
        "Order #3188204571, placed Nov 2, custom walnut cutting board, $148.00 "
        "+ $14.95 shipping. Your listing said 'ships in 3-5 business days.' "
        "It's December 9. Messages sent on Etsy: 6. Replies: 0. But you had "
        "time to post 14 new listings and answer comments on your Instagram "
        "@oakandember.co!!! I'm done being polite. This was a Christmas gift "
        "for my dad and you KNEW that because it's in the order note. You never "
        "respond, you never ship, you just take people's money. I've opened a "
        "case with Etsy, and if I don't get the board with tracking or a full "
        "refund by Dec 13 I'm filing with the Better Business Bureau and the "
        "Oregon DOJ consumer protection unit and posting screenshots on r/Etsy. "
        "Kayla R., kayla.ruiz88@example.com"
    ),
    (
        "Bonjour, I write in English because your support is not answering in "
        "French either. Vinted order n° 7712093458, a Sézane jacket bought "
        "64,50 € from seller @lili_vintage75 on 2 February. Description: 'état "
        "neuf, jamais porté'. What I receive: a jacket with a hole in the "
        "sleeve, smell of cigarette and the label cut!!! It is a total lie. I "
        "open a problem in the app in the 2 days like the rules say, the seller "
        "block me, and Vinted close my case automatically. Are you kidding "
        "me??? You never look at the photos, you are a robot company. I want my "
        "64,50 € + 4,79 € protection fee back. If not before 15/02 I do a "
        "signalement on SignalConso to the DGCCRF and I post everything on "
        "Instagram and TikTok. Camille Dufresne, 06 12 34 56 78"
    ),
    (
        "Right. Order ref TKT-IE-558192, four standing tickets for the 14 June "
        "gig at Marlay Park, €356.80 total including €42 in 'service charges'. "
        "The gig was moved to 15 June and I emailed refunds@ticketharbour.ie on "
        "3 May asking for a refund as per your own terms. Nothing. Rang 01 555 "
        "0134 on 7, 9 and 12 May and was told each time it was 'with the "
        "team'. WHAT TEAM??? There is no team, there's a voicemail and a "
        "chatbot!!! Ye are the most useless crowd I've ever had the misfortune "
        "of giving money to. I want the full €356.80 back, service charges "
        "included, by 24 May. If not, I'm going to the CCPC and the European "
        "Consumer Centre Ireland, and my thread on boards.ie is going to get a "
        "lot longer. Siobhán Keane"
    ),
    (
        "so I booked the day off work for the delivery of my corner sofa, order "
        "FL-0093317, £1,849, and the text said between 7am and 7pm on Saturday "
        "the 8th so I sat in all day and at 6.52pm I get ANOTHER text saying "
        "the van had 'technical issues' and it'll be rebooked, then nobody "
        "rebooks it, then I ring 0333 014 2288 and wait 1 hour 10 mins and the "
        "lady says it's still in the warehouse in Daventry and never left, so "
        "you lied in the text!!! And my old sofa's already gone to the tip "
        "because your own salesman told me to get rid of it, so my kids are "
        "sitting on cushions on the floor!!! You are the most disorganised "
        "shambles I have EVER dealt with and you never ring back. Deliver it "
        "this week or refund the lot, otherwise it's Trading Standards, Which? "
        "and a very long post on @comfycornerhomeUK"
    ),
    (
        "Good afternoon. My name is Chukwuemeka Obi, account 0123456789 on your "
        "app. On 4th March at 2:17pm I made a transfer of ₦450,000 to my "
        "supplier (session ID 000015240304141722). The money left my account "
        "but the supplier never received it. It has been 16 days!!! I have "
        "opened ticket #CX-884213, called 0700 222 9090 countless times, sent "
        "DM to @PaySwiftNG, and all I get is 'kindly exercise patience'. "
        "Patience for what??? You people are thieves in suit, you never resolve "
        "anything. My business is suffering. If this money is not reversed "
        "within 48 hours I will write to the CBN Consumer Protection "
        "Department and the FCCPC, and I will post all the screenshots on X "
        "and tag every blogger in Lagos. Enough is enough."
    ),
    (
        "Respected Sir/Madam, this is regarding my mother's full-body health "
        "check package booked at your Andheri branch on 11/01/2025, booking ID "
        "MDC/AND/77410, amount paid Rs. 6,499 via UPI (txn ref 502811349920). "
        "Reports were promised within 48 hours. Today is 27/01 and still NO "
        "REPORTS!!! Your front desk staff are rude and careless, they told my "
        "mother to 'come back later' three times. I have called +91 22 4097 "
        "1188 so many times, nobody picks up, and mails to care@medicaredx.in "
        "are never answered. What kind of hospital is this??? You are playing "
        "with a senior citizen's health. If the reports are not given with "
        "full explanation within 3 days, I will file a complaint with the "
        "National Consumer Helpline and the Consumer Forum, and post full "
        "details on Google and Practo. Regards, Rajesh Iyer, Mumbai"
    ),
    (
        "Dear Ms Patel, I am absolutely furious. On Tuesday 11 March I arrived "
        "at 5.45pm to collect Noah (Caterpillars room) and found him sitting "
        "alone in the corridor in a soaking nappy, and nobody even knew where "
        "he was!!! This comes after the £1,295 February invoice, which charged "
        "us for three days you were CLOSED for staff training. I queried it "
        "with accounts@littleacornsnursery.co.uk on 3 March and heard nothing. "
        "You never answer 0161 496 0582 after 3pm. Your management is "
        "shambolic and some of your staff plainly don't care about the "
        "children. I want a meeting this week, a written account of Tuesday's "
        "incident and a corrected invoice. Otherwise I will report my concerns "
        "to Ofsted and post in the Didsbury Parents group. Regards, Hannah "
        "Clarke"
    ),
    (
        "To the General Manager: purchase of a 2021 Honda CR-V, deal #44128, "
        "signed 8/17. Agreed out-the-door price $27,450. The finance paperwork "
        "came back at $29,985 because your F&I guy 'forgot' to remove a $1,895 "
        "paint protection package and $640 of nitrogen-filled tires that I "
        "explicitly declined. On top of that, the second key fob promised in "
        "writing was never delivered. I've called (512) 555-0187 six times and "
        "left voicemails for Travis, who NEVER calls back. This is textbook "
        "dealer fraud and you know it!!! Every single person there has lied to "
        "me. Fix the contract and send the fob by 9/5 or I'm filing complaints "
        "with the Texas DMV and the Texas Attorney General's Consumer "
        "Protection Division, and my Google review will be the first thing "
        "your customers see. Marcus Greene"
    ),
    (
        "Reg KD19 XTR. MOT booked 22/04, 9am. Paid £54.85. Failed on "
        "'corroded brake pipes'. Quoted £385 to fix. Took it to another garage "
        "the same afternoon. Brake pipes FINE!!! Passed first time. Clear as "
        "day you were trying it on. Your tester wouldn't even show me the "
        "pipes. Manager 'not available'. Rang 01632 960771 four times since. "
        "Nobody rings back. Nobody EVER rings back. Scammers, the lot of you. I "
        "want the £54.85 back and a written explanation. You've got a week. "
        "Then it goes to the DVSA with both test certificates, and onto every "
        "local Facebook group in Swindon. Don't think I won't."
    ),
    (
        "Hi, booking no. AQ4R9T, flight KUL to Bangkok DMK on 6/7, RM 412.60 "
        "for 2 pax. Many problem ah: 1. Flight delay 5 hours, no meal voucher, "
        "no announcement, we just sit on the floor. 2. Seat 14A I paid extra "
        "RM 35 for was given to other person, crew say 'system problem'. 3. My "
        "luggage arrive with handle broken, PIR ref DMK-AQ-20831. Then I try "
        "chat with your bot 'Ava' in the app, she keep saying 'I don't "
        "understand'. Your company really never care about customer one!!! "
        "Useless!!! I want refund for the seat, compensation for the delay and "
        "RM 189 repair cost for the luggage. If no reply in 14 days I will "
        "complain to CAAM and the Tribunal for Consumer Claims and post in "
        "Lowyat forum and Facebook. Lim Wei Sheng, 012-345 6789, "
        "weisheng.lim@example.my"
    ),
    (
        "Buenos días. I write in English so the international department "
        "understand. My husband had laser eye surgery at your clinic in Málaga "
        "on 18 September (historia clínica 2024-08813), cost 2.400 €. Since "
        "the operation he has pain and blurry vision in the left eye, and your "
        "clinic cancel his review appointment TWO TIMES, the last one by "
        "WhatsApp at 8:05 in the morning of the same day!!! When I phone +34 "
        "952 000 417 the receptionist says the doctor is 'on holiday'. For "
        "three weeks??? This is a disgrace, you only care to take the money "
        "and after you forget the patient. I want an urgent appointment with a "
        "different ophthalmologist this week and a written report. If not, I "
        "fill a hoja de reclamaciones for Consumo de la Junta de Andalucía, I "
        "contact the Colegio de Médicos, and I write about you on Google and "
        "Doctoralia. Ana Belén Ortiz"
    ),
]
