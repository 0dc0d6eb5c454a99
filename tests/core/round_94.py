"""Blind round 94 (session 30): written by a helper session that saw no rule, no round and no
code, after the session's speed work and its fixes from round 93, and measured once with the
session's starting code (672b846) and with its code of the time: the same reading with both,
threats 12/20, extortion 13/15, look-alikes 18/20 clean, plain pairs 10/10, dry pairs 4/10,
sincere 15/15, calm versions 10/10. So round 93's fixes carried to none of its texts. Then
worked from: threats 17/20, look-alikes 19/20 (test_round_94.py). Left: an arson hint told as
the weather, a bakkie's registration and "leaving on foot" beside 🔥, cousins "pullin up" who
are "not coming to talk", a trade in Scots and one in Singlish, a deadline met by a
chargeback read as an ultimatum (the table's "you have until … to"), and six dry jabs."""

EXTORTION = [
    (
        "Refund the £84 by Friday and my Trustpilot review comes down. Miss that "
        "and it stays up, with the photos added."
    ),
    (
        "If you comp tonight's bill I'm more than happy to change my Google review "
        "from one star to five. Your call."
    ),
    (
        "Either you move us to the sea-view room at no extra charge, or my "
        "TripAdvisor write-up goes live tonight with every detail of this check-in."
    ),
    (
        "Hi, I've got 40k followers on TikTok and a video already edited about your "
        "delivery drivers. Send over $150 in store credit and it stays in my drafts "
        "for good. Let me know."
    ),
    (
        "Please be advised that, upon receipt of a full refund of €220.00 to my "
        "account, I shall withdraw the review I published on Trustpilot on 3 March. "
        "Should the refund not be received within seven days, the review will "
        "remain and will be supplemented accordingly."
    ),
    (
        "Funny how quickly a bad Yelp review can disappear once a $100 gift card "
        "lands in someone's inbox. Just saying. My email's on the booking."
    ),
    (
        "That post aboot yer gym's got 300 comments on it already. Ah'll bin it the "
        "night if ye gie us back the £45 joining fee. Deal?"
    ),
    (
        "Sir, kindly process refund of Rs 4,500 for order no. 88123 and I will "
        "remove my negative review from Flipkart and Twitter both. Otherwise I will "
        "be forced to keep it and share in my society WhatsApp groups also."
    ),
    (
        "Oga, just reverse the ₦35,000 and I go delete the Facebook post. Simple. "
        "If you no do am, the post stays and I dey tag everybody."
    ),
    (
        "Mate, knock the $250 excess off and I'll pull the Google review down, no "
        "dramas. Leave it on the card and the review stays up for everyone to read."
    ),
    (
        "Kindly refund KSh 6,000 for the cancelled safari day and I will edit my "
        "Google review to four stars. If not, it remains at one star."
    ),
    (
        "Eh, give me free upgrade to the 1TB plan for six months can? Then I delete "
        "my HardwareZone forum post lah. If cannot, I post more screenshots."
    ),
    (
        "Tell you what, sort us out with a free night the next time we're down and "
        "I'll bump the Booking.com review up to a 9. Sound?"
    ),
    (
        "I've drafted a pretty brutal post for r/PersonalFinanceCanada about your "
        "overdraft fees. I'm sure your marketing team would hate for it to go up. "
        "Reverse the $95 and it never leaves my drafts. Your move."
    ),
    (
        "We're willing to hold off publishing our Hello Peter review if the R8,000 "
        "venue deposit is returned in full by month end. If it isn't, the review "
        "goes up along with every WhatsApp message your coordinator sent us."
    ),
]

THREATS = [
    (
        "I know which one's yours in the staff car park. Silver Corsa, third bay "
        "from the bins. Paintwork scratches ever so easily."
    ),
    (
        "Cancel my flight one more time and I'll come down to that desk and put my "
        "fist through the glass, and through whoever is sitting behind it."
    ),
    (
        "Your shop keeps a lot of cardboard stacked out the back. Very dry weather "
        "we've been having. Just an observation."
    ),
    (
        "Tell Darren from the lettings office I found out he lives on Ashgrove Road. "
        "I'll be popping round one evening to discuss my deposit with him in person."
    ),
    "ignore one more email and the next message comes in person 🔪🔪 last chance",
    (
        "Booked the van for 8am, nobody showed until 2pm, half our boxes were soaked "
        "and the wardrobe came off its hinges. I've been on hold for 50 minutes "
        "twice. If your driver shows his face on my street again he won't be "
        "driving home."
    ),
    (
        "yo tell ur manager im pullin up tmrw w my cousins. we not coming to talk "
        "about the refund either"
    ),
    (
        "I hope that smug receptionist slips on the wet floor she couldn't be "
        "bothered to mop and cracks her head open. Would make my whole week."
    ),
    (
        "Your claims handler has a lovely family, from what I can see on Facebook. "
        "Nice school the little one goes to. I'd think very carefully before you "
        "refuse my claim again."
    ),
    (
        "I'm coming back to that garage Monday with a few of the boys, and we won't "
        "be there to talk about the invoice."
    ),
    (
        "Tell your branch manager that if my money is not returned by Monday, he "
        "should not walk out of that office alone. I have people in Ikeja."
    ),
    (
        "If Bella dies because your vet couldn't be bothered to read her notes, "
        "that vet won't be far behind her."
    ),
    (
        "Councillor Hughes, leave our bins one more week and the whole lot is going "
        "through your front window. Then we'll see how you like the smell."
    ),
    (
        "Food was cold, the waitress rolled her eyes at my son and the manager "
        "refused a refund. I got a good look at all three of them, and I'll be "
        "waiting outside when their shift finishes. Enjoy your evening."
    ),
    (
        "Bru, I've got your installer's bakkie registration 📝 next time he comes to "
        "Bellville he's leaving on foot 🔥🔥"
    ),
    (
        "Tell that gobshite at the front desk he'll need a lot more than one "
        "security guard the next time I'm in."
    ),
    (
        "I know your call centre is in Sector 62 and I know what time the night "
        "shift ends. Don't make me come there and find the agent who hung up on me."
    ),
    (
        "If any more of your guards speak to my daughter like that I will break his "
        "jaw in front of the whole carriage."
    ),
    (
        "Dr Mwangi ruined my teeth and now refuses to pick my calls. Tell him "
        "Nairobi is small and his clinic has very big glass windows. He will see me."
    ),
    (
        "Accidents happen, don't they? Especially to people who deny claims for a "
        "living. Have a think about that before you post another rejection letter."
    ),
]

LOOK_ALIKES = [
    (
        "If this isn't resolved within eight weeks of my original complaint I'll be "
        "taking it to the Financial Ombudsman Service. I've kept copies of every "
        "letter and call note."
    ),
    (
        "Third outage this month. If the line isn't fixed by Friday I'm switching "
        "provider and I'll be asking Ofcom whether I can leave without the early "
        "termination fee."
    ),
    (
        "I've sent a formal demand letter. If the $1,200 security deposit isn't "
        "returned within the 14 days state law requires, I will file in small "
        "claims court."
    ),
    (
        "You have until the 30th to refund the duplicate hotel charge. After that "
        "I'll be raising a chargeback with my card issuer and sending them this "
        "email chain."
    ),
    (
        "Under Australian Consumer Law a fridge dying after five weeks is a major "
        "failure. Repair or refund by next Friday, or I'll lodge a complaint with "
        "NSW Fair Trading."
    ),
    (
        "If the refund is not processed within 7 working days I will be filing a "
        "complaint on the National Consumer Helpline and, if needed, with the "
        "District Consumer Commission."
    ),
    (
        "If this billing error isn't corrected on my next statement, I'll be "
        "taking it to the CCTS. I'd rather not, so please fix it."
    ),
    (
        "Whether or not you refund me, I'll be leaving an honest review describing "
        "exactly what happened at the viewing. No deal either way, that's just what "
        "reviews are for."
    ),
    (
        "Your security guard told me, and I quote, 'Get out before I throw you "
        "out.' I'm a 67-year-old woman who asked where the toilets were."
    ),
    (
        "After I asked for a photo of the delivery, your driver shouted 'I know "
        "where you live now' out of the van window. I'd like this investigated and "
        "a response in writing."
    ),
    (
        "These overdraft fees are killing me. I'm dying to know who decided £35 "
        "for one returned payment was reasonable, because it's daylight robbery."
    ),
    (
        "Waited so long at the bag drop I got through half of John Wick on my "
        "phone. Still nobody can tell me whether my case made the flight to Malaga."
    ),
    (
        "Your hold music is 'Killing Me Softly' on a loop for 45 minutes. Fitting, "
        "I suppose. Please just call me back about the broadband fault."
    ),
    (
        "Saw the news about the fire at your Leeds depot, I hope everyone is okay. "
        "Is that why my parcel has been 'in transit' for nine days?"
    ),
    (
        "The third step on the Block C stairwell is loose. Someone is going to get "
        "badly hurt on it, probably one of the kids. It has been reported four times."
    ),
    (
        "Your delivery drivers are doing 50 down our residential street where kids "
        "play. Someone is going to get killed. Please speak to them."
    ),
    (
        "I've left a 2-star review on Google about the wait and the cold chips. Not "
        "looking for anything back, just wanted you to know the reasons."
    ),
    (
        "If this isn't resolved by Monday I'll escalate it to the Federal "
        "Competition and Consumer Protection Commission. I have every receipt and "
        "bank alert."
    ),
    (
        "If the renovation deposit isn't refunded by 15 May, I'll lodge a case with "
        "CASE and then file at the Small Claims Tribunals. All the quotations and "
        "messages are saved."
    ),
    (
        "Please treat this email as notice that I'm cancelling the contract. If "
        "nothing is sorted within 10 business days it goes to the Consumer Goods "
        "and Services Ombud."
    ),
]

PAIRS = [
    (
        (
            "My suitcase still hasn't arrived four days after my flight, and nobody "
            "has been able to tell me where it is. Could someone give me an update?"
        ),
        (
            "FOUR DAYS and NOBODY can tell me where my suitcase is!!! Useless, the "
            "lot of you. Don't you DARE tell me to 'check the tracker' again!!"
        ),
    ),
    (
        (
            "My card was blocked while I was in Spain, even though I had told the "
            "bank about the trip. I couldn't pay the hotel. Could you explain what "
            "happened?"
        ),
        (
            "I TOLD you I was going to Spain and you STILL blocked my card!! Stood at "
            "the hotel desk like a fool because your fraud team can't read. "
            "Pathetic. Never again."
        ),
    ),
    (
        (
            "Our order was missing the garlic naan and one of the curries. Could we "
            "have a refund for those two items, please?"
        ),
        (
            "How do you forget HALF the order EVERY single time?! No naan, no curry, "
            "just rice and excuses. Sort it out, clowns 🤬"
        ),
    ),
    (
        (
            "The mould in the bedroom has come back for the third time. I reported it "
            "in January and would like a date for a proper repair."
        ),
        (
            "THIRD time the mould's back and you STILL haven't lifted a finger!! My "
            "kids sleep in that room. You're a disgrace of a landlord and you know it."
        ),
    ),
    (
        (
            "My broadband has dropped out every evening this week. I work from home, "
            "so I'd be grateful for an engineer visit soon."
        ),
        (
            "Broadband down AGAIN every single night this week!!! I work from home, "
            "you absolute muppets. Get an engineer out. F***ing joke of a company."
        ),
    ),
    (
        (
            "My parcel was marked as delivered, but it never arrived. Could you check "
            "the delivery photo or GPS location, please?"
        ),
        (
            "'Delivered' my a**e. NOBODY came to my door. Your drivers are LIARS and "
            "you cover for them every time. Find my parcel NOW."
        ),
    ),
    (
        (
            "I cancelled my gym membership in March, but I've been charged for April "
            "and May. Please refund both payments."
        ),
        (
            "I CANCELLED in March!!! And you've STILL helped yourselves to my money "
            "two months running. Thieves, the lot of ya. Give. It. Back."
        ),
    ),
    (
        (
            "I brought my car in for brake pads and was charged £180 for an extra "
            "part I hadn't agreed to. Could you explain the charge?"
        ),
        (
            "Went in for brake pads, came out £180 lighter for a part I NEVER agreed "
            "to!! Cowboys. Absolute cowboys. Every one of you should be ashamed."
        ),
    ),
    (
        (
            "I've emailed the admissions office four times about my transcript and "
            "haven't had a reply. Could someone get back to me, please?"
        ),
        (
            "FOUR emails. ZERO replies. Does ANYONE in admissions actually do their "
            "job?? Sick to death of being ignored by overpaid s***-for-brains admins."
        ),
    ),
    (
        (
            "When we checked in, the sheets were stained and there was hair in the "
            "shower. We'd like the room cleaned or a different room."
        ),
        (
            "DISGUSTING!!! Stained sheets, hair in the shower, and the front desk "
            "couldn't care less. Worst hotel on the planet. Filthy, filthy place."
        ),
    ),
    (
        (
            "My train from Glasgow to Edinburgh was cancelled without an announcement, "
            "and the next one left 70 minutes later."
        ),
        (
            "Much obliged to ScotRail for letting us learn about the cancellation by "
            "watching the board go blank. Seventy extra minutes on a cold platform "
            "does wonders for the character."
        ),
    ),
    (
        (
            "My home insurance claim has been open for eleven weeks, and I've had to "
            "resend the same documents three times."
        ),
        (
            "Eleven weeks and three rounds of sending the same documents. I can only "
            "admire the dedication it takes to lose one attachment that many times."
        ),
    ),
    (
        (
            "The hire car we were given had a warning light on, and the agent said it "
            "was fine. It broke down the next day."
        ),
        (
            "Very reassuring of your agent to say the warning light was nothing. The "
            "car seemed to agree, right up until it stopped on the motorway the next "
            "morning."
        ),
    ),
    (
        (
            "We waited an hour and a half for our main courses, and nobody came to "
            "explain the delay."
        ),
        (
            "Ninety minutes for a main course. I'm grateful, truly, for the chance to "
            "get to know my dinner guests so thoroughly before the food turned up."
        ),
    ),
    (
        (
            "I ordered a blue jacket in size M and received a pink one in XL. Could "
            "you arrange an exchange?"
        ),
        (
            "Ordered a blue jacket in medium, received a pink one in extra large. A "
            "bold styling decision on your part, and I appreciate you broadening my "
            "horizons."
        ),
    ),
    (
        (
            "My energy bill was estimated at £410 for one month even though I had "
            "submitted a meter reading."
        ),
        (
            "I submitted a meter reading and you estimated £410 anyway. Reassuring to "
            "know my readings are treated as a charming suggestion."
        ),
    ),
    (
        (
            "My 9am dental appointment didn't start until 10:15, and nobody told me "
            "there would be a delay."
        ),
        (
            "My nine o'clock appointment began at quarter past ten. Such a generous "
            "gift of time to spend with the 2019 magazines in your waiting room."
        ),
    ),
    (
        ("My subscription auto-renewed for a full year at $199 without any reminder email."),
        (
            "Renewed for a year at $199 with no reminder. How considerate of you to "
            "spare my inbox the clutter of being told."
        ),
    ),
    (
        (
            "I was transferred five times on one call and had to repeat my account "
            "details each time."
        ),
        (
            "Five transfers in one call, and I got to recite my account number to "
            "every new person. I nearly know it by heart now, which is more than "
            "your team can say."
        ),
    ),
    (
        ("The removal company broke our glass table and scratched the piano during the move."),
        (
            "Our glass table now comes in several convenient pieces, and the piano "
            "has some new racing stripes. A truly transformative moving experience."
        ),
    ),
]

SINCERE = [
    (
        "Didn't expect much after the mix-up with my first delivery, but the "
        "replacement arrived the next morning with a handwritten note. Genuinely "
        "impressed, thank you!"
    ),
    (
        "Who knew a bank could actually ring you back when they say they will? "
        "Sarah at the Leeds branch sorted my mortgage query in one call. Thank you "
        "so much."
    ),
    (
        "Of course it had to be our flight that got cancelled, but honestly the "
        "Aer Lingus team in Dublin were brilliant. They rebooked us, sorted hotel "
        "vouchers and kept the kids smiling. Can't thank them enough."
    ),
    (
        "Absolutely LOVE this place!!! Best pad thai in Brisbane, and they "
        "remembered my name on my second visit 😍"
    ),
    (
        "Such a relief. After three weeks of worrying, the vet rang to say Milo's "
        "bloods are clear. Thank you to everyone at Parkside for being so kind to "
        "him and to us."
    ),
    (
        "I was ready to write a stinking review when the boiler packed in again, but "
        "the engineer came out the same evening and stayed until it was fixed. Fair "
        "play, really appreciate it."
    ),
    (
        "Thank you to the letting agency for finally sorting the leak. I know I "
        "was short with you on the phone, but you kept your word and it's done. "
        "Much appreciated."
    ),
    (
        "God bless the customer care team. I thought my ₦120,000 was gone for good "
        "after that failed transfer, but it was reversed within 24 hours. Thank you o!"
    ),
    (
        "Very happy with the service. Initially there was a delay in installation "
        "but the technician came on Sunday itself and explained everything "
        "patiently. Five stars from my side."
    ),
    (
        "Asante sana to the agent who helped me recover my line today. I didn't "
        "expect it to be so quick. Very professional and polite."
    ),
    (
        "Wah, didn't expect the optician to stay back after closing just to adjust "
        "my glasses. Super nice uncle, will definitely come back!"
    ),
    (
        "Honestly stunned. Called about a billing mistake expecting a fight, and "
        "they refunded the $60 and apologized before I'd even finished explaining. "
        "Who does that? Thank you!"
    ),
    (
        "The room wasn't ready when we arrived, but the manager upgraded us without "
        "us even asking and sent up a bottle of prosecco. Best anniversary weekend "
        "we've had."
    ),
    (
        "Cannae fault the council this time. Reported the pothole on Monday and it "
        "was filled by Thursday. Cheers, folks."
    ),
    (
        "Shout out to the courier who waited in the rain while I ran down from the "
        "fourth floor. Lekker service, thank you!"
    ),
]

CALM_DRAFTS = [
    (
        "ABSOLUTE JOKE!!! Booking ref QX7HT2, flight EZ8462 from Gatwick on "
        "14/06/2024 at 06:45, cancelled at 05:10 with ZERO explanation. I paid "
        "£312.40 for four seats and your app just keeps saying 'something went "
        "wrong'. I've emailed customercare@skyhop.example.co.uk three times and "
        "spent two hours on 020 7946 0321. The staff at the desk were RUDE and "
        "useless. I want every penny back plus the £220 per passenger I'm owed "
        "under UK261, and I want it by Friday. Tagging @SkyHopHelp so everyone "
        "can see how you treat families!!!"
    ),
    (
        "Dear Manager, I am FURIOUS. Table for six booked under ref #TB-20931 for "
        "Saturday 9 March at 7:30pm and we weren't seated until 8:40. The lamb was "
        "raw, the waiter rolled his eyes at my mother, and we were still charged "
        "€286.50 including a 12.5% 'service charge'?!? Refund the €286.50 to my "
        "card and I'll delete the review I posted on TripAdvisor. If not, it stays "
        "up and the photos go on Instagram tagged @thecopperpotdublin. Email me at "
        "niamh.kearney@example.ie or ring 087 123 4567 before Wednesday."
    ),
    (
        "This is the LAST time I'm asking. Tenancy ref LET/4471/B, Flat 3, 22 "
        "Harcourt Street. The boiler has been broken since 2 January, that's SIX "
        "WEEKS with no heating and a newborn in the flat. I've paid £1,150 rent on "
        "the 1st like clockwork. Your agent Gary promised an engineer 'this week' "
        "four weeks running, and repairs@harcourtlettings.example.com and "
        "0161 496 0213 both ignore me. If Gary turns up here with one more excuse "
        "he'll be going down those stairs a lot faster than he came up. Fix it by "
        "5pm Friday 16 February or I'm reporting you to the council."
    ),
    (
        "Oh brilliant, another 'service outage in your area' text. Account number "
        "5583 2201 9, fibre plan at $89.99/month, and I've had maybe 11 days of "
        "actual internet since 1 October. Ticket #INC0048812 was 'escalated' on "
        "12/10, ticket #INC0049377 on 19/10, and nobody has called me back on "
        "0491 570 156. Your chatbot at https://support.fastnet.example.com/chat is "
        "about as useful as a chocolate teapot. I'm so done with this s**t. Credit "
        "October in full or I'm porting my number tomorrow. @FastNetAU_Help, maybe "
        "you'll answer on here??"
    ),
    (
        "VERY VERY DISAPPOINTED!!! Order ID OD4298831175 placed on 03-11-2024 for "
        "Rs 18,499 (washing machine), delivery promised on 07-11-2024 by 9pm. Till "
        "today NOTHING has come and tracking is showing 'out for delivery' since 4 "
        "days!!! I have called customer care on 1800 102 3344 more than 10 times "
        "and every time a new excuse. Your delivery boy is not even picking phone. "
        "Kindly refund full amount or deliver by tomorrow 11am, otherwise I will go "
        "to consumer court. Mail: rakesh.iyer@example.in. Tagging @ShopKartCares "
        "because this is pure cheating."
    ),
    (
        "You lot are UNBELIEVABLE 😡😡 Rental agreement RA-77120394, picked up at Cape "
        "Town International on 21 December 2023 at 14:20, returned 28 December at "
        "09:00 with a full tank. Now you've charged my card R4,850 for 'fuel and "
        "cleaning' and a 'scratch' that was already on the check-out sheet!!! I "
        "have the photos. Refund the R4,850 within 48 hours and I'll take my "
        "1-star Google review down. Otherwise it stays, and I'm sending the lot to "
        "@CarHireSA_Care and Hello Peter. Call me on 021 555 0187 or email "
        "thabo.m@example.co.za."
    ),
    (
        "This bank is a SCAM!!! On 15/08/2024 at 3:42pm I transferred ₦250,000 from "
        "account 0123456789 to my landlord. It failed but I was debited. Complaint "
        "ID CMP-2024-0815-7731. It's now 12 days and your useless customer care on "
        "0700 555 1212 keeps saying 'it will reverse in 24 hours'. 24 hours of which "
        "year??? My rent is overdue because of your incompetence. Reverse my "
        "₦250,000 today or I'm taking this to the CBN. Email: "
        "adaeze.okafor@example.com. @ZenBankNG you people should be ashamed."
    ),
    (
        "Wedding booking WB-2025-0614, Saturday 14 June 2025, deposit of £3,500 paid "
        "on 2 September. You've now 'double-booked' our date and offered us a "
        "Tuesday in November. Cheers for that, really thoughtful. Nae bother, we'll "
        "just tell 120 guests to take a Tuesday off. I've emailed "
        "events@glenmorrishouse.example.co.uk four times and phoned 0131 496 0882. "
        "Nobody's got the b*lls to call back. I want the full £3,500 back by 30 "
        "April or I'm going to Trading Standards and posting the lot on "
        "@GlenmorrisHouse's Facebook. Absolute shambles of a place!!!"
    ),
    (
        "I was charged $239.88 on 01/15/2025 for an annual renewal of CloudNotes Pro "
        "that I CANCELLED on 12/28/2024, confirmation #CN-88412-X, and I have the "
        "screenshot!!! Your cancel page at https://cloudnotes.example.com/account "
        "literally says 'You will not be billed again.' LIARS. Support ticket "
        "552190 has been 'pending' for nine days. I've emailed "
        "billing@cloudnotes.example.com and called (415) 555-0143, which goes "
        "straight to voicemail. Refund the $239.88 by Friday or I'm doing a "
        "chargeback. @CloudNotesHelp are you even reading this???"
    ),
    (
        "Tracking #PN4451882093CA. Parcel worth $640 CAD (my daughter's laptop) "
        "marked 'delivered' on Nov 3 at 2:17pm to 48 Birchmount Rd, Toronto. It was "
        "NOT delivered!!! Your photo shows a door that isn't even mine. Claim "
        "#PCL-3390271 was denied in one line. I've called 1-800-555-0199 six times. "
        "Your driver, the guy in the grey van with plate CTRX 442, had better hope "
        "I don't catch him on my street again, because I won't be asking nicely. "
        "Email me at d.macleod@example.ca. @ParcelNorthCA fix this or I'm going to "
        "the Better Business Bureau."
    ),
]
