"""Blind round 98 (session 31): written by a helper session that saw no rule, no round and no
code, themed on builders, car hire, student housing, mobile networks, groomers, wedding venues,
gyms and council services. Written after all the session's other work and measured once with
the starting code (4a9b21a) and once with the code of the time: threats 11/20 and 12/20,
extortion 13/15 and 13/15, look-alikes 20/20 clean, plain pairs 10/10, dry pairs 5/10 and 5/10,
sincere 14/15, calm versions 10/10 both times. Then worked from (test_round_98.py): threats
18/20. Left: a trade told as a TikTok that "never sees daylight", a review to "revisit" if a
payment is waived, "🔥🔥🔥 your shop" (fire is praise as often as menace), five dry jabs."""

EXTORTION = [
    (
        "Right, here's the deal. Your plumber left my kitchen in Paisley "
        "swimming and there's a one-star sitting on Trustpilot with the photos. "
        "Refund the £340 call-out and it comes down tonight. Otherwise it "
        "stays, and the video goes up alongside it."
    ),
    (
        "hi i paid RM450 for grooming package n my dog come back with cut on "
        "her ear. if u refund full i will delete my google review, if not i "
        "post more pics in Petlovers KL fb group ok. pls reply by today"
    ),
    (
        "Dear Sir or Madam, further to our correspondence regarding booking "
        "WV-2291, I am prepared to amend my TripAdvisor review of your venue "
        "to a more favourable rating upon receipt of a goodwill payment of "
        "£1,500. Absent such payment the review will remain as written and "
        "will also be submitted to Hitched and Bridebook."
    ),
    (
        "Y'all charged me a $275 'cleaning fee' on a car I brought back "
        "spotless. Funny thing about Yelp, reviews can go from one star to "
        "five real quick once a fee disappears. Just sayin'."
    ),
    (
        "Look, I've a TikTok drafted about your gym's so-called freeze policy "
        "and I've 40k followers, mostly round Belfast. Let me out of the "
        "contract with no exit fee and it never sees daylight. Your call, like."
    ),
    (
        "Bathroom's been half done six weeks now. Knock £800 off the final "
        "invoice and I'll bump you up to a 9 on Checkatrade. Leave it as it "
        "is and it's a 2 with the full story."
    ),
    (
        "Good afternoon. I am writing from Accra about my bill. You charged me "
        "GH₵600 for roaming I never used. Kindly reverse it and I will remove "
        "my post on your Facebook page, which already has 300 comments. If "
        "not, I will put it on X as well and it will not be only me talking."
    ),
    (
        "The agency wants to keep my £600 deposit over a carpet stain that was "
        "there when I moved in. Return it and my post in r/UniUK quietly "
        "disappears. Keep it and I pin it, and it goes in the student union "
        "newsletter too."
    ),
    (
        "Bonjour, I have put a review on Google for your pet store, it is 1 "
        "star for the moment. If you give me a credit of 150 $ for the "
        "aquarium that leaked I will change it for 5 stars, I promise. If not "
        "I keep it and I add the photos of the dead fish."
    ),
    (
        "Not to be dramatic but my Insta stories get about 12k views and I've "
        "a whole 'worst venue ever' highlight ready to go. Returning the "
        "R18,000 deposit in full would make all of that go away. Happy to "
        "chat 😊"
    ),
    (
        "The extension was meant to be done by March. It's August. I've left "
        "an honest review on Google. I would be willing to revisit it, and "
        "take out the paragraph about your insurance, if the final stage "
        "payment were to be waived."
    ),
    (
        "Amazon review for your dog crate is at 1 star with a video of it "
        "folding in on my spaniel. Full refund plus a $50 gift card toward the "
        "vet and I'll edit it to 4. Deal?"
    ),
    (
        "pay back the 2 months u took after i cancelled or the review goes on "
        "every site i can find. google, trustpilot, facebook, the lot. i have "
        "time. plenty of it."
    ),
    (
        "Sort my bin collection AND refund the garden waste charge and I'll "
        "delete the thread in the Lisburn community group. Otherwise the "
        "councillors get tagged in it every Monday until I'm bored, and I "
        "don't bore easy."
    ),
    (
        "Hey there, long-time member. I think we can agree a 1-star on Yelp "
        "helps nobody. Comp me the three sessions your trainer no-showed plus "
        "a free month and I'll happily make it a glowing 5. Otherwise it'll "
        "have to say what actually happened, won't it."
    ),
]

THREATS = [
    (
        "I know which house your area manager lives in. Nice red door. Be a "
        "shame if anything happened to it."
    ),
    "if my car isnt back by friday someone at your depot is getting hurt. not a joke",
    "Hope yer van gets torched wi you sat in it, ya useless clown",
    "Your groomer cut my dog. I'll cut her. See how she likes it.",
    (
        "Keep ignoring my emails, that's fine. I've all day to wait by your "
        "office car park for you to finish your shift 🙂"
    ),
    (
        "Tell that wee lad who did my roof to mind himself walking home. "
        "People round here have long memories and short tempers."
    ),
    (
        "i swear down if u cancel my wedding date i will burn that venue to "
        "the ground with ur staff still inside"
    ),
    (
        "Y'all better hope I don't run into that trainer in the parking lot. "
        "Got a bat behind the seat of my truck and nothing but time."
    ),
    (
        "You have children, yes? The school near Jalan Ampang finishes at 3pm. "
        "Think about that before you refuse my refund."
    ),
    (
        "Heard your letting agent has a wee girl at St Mary's. Lovely age. "
        "Would be terrible if she didn't make it home one day."
    ),
    "🔥🔥🔥 your shop. that's the whole message.",
    "Next time your engineer comes round he'll be leaving in an ambulance.",
    (
        "Somebody should put a brick through your front window, and if nobody "
        "else will I'm happy to volunteer."
    ),
    ("Your plumber flooded my kitchen so I'm going to flood his lungs. Pass that on."),
    (
        "The council officer who refused my permit drives a silver Corsa, "
        "parks it round the back. Brakes are funny things. Sometimes they "
        "just stop working."
    ),
    (
        "coming down the gym later with a little something for the manager "
        "and it's not a protein shake 🔪"
    ),
    (
        "Eish. If my deposit is not back by Friday my cousins will come and "
        "explain things to your agent properly. He won't enjoy the lesson."
    ),
    "ur staff better sleep wit one eye open after wat they did to my cat 😈",
    (
        "My brothers know what your shop did. They don't write reviews. They "
        "sort things out differently, if you follow me."
    ),
    (
        "Enjoy the shiny new company van while it still has four tyres and "
        "all its windows. Won't be long now."
    ),
]

LOOK_ALIKES = [
    (
        "I've left a 2-star review on Google describing what happened with the "
        "boiler repair. I did mention that the engineer himself was polite."
    ),
    (
        "If I haven't had a final response within eight weeks I'll refer this "
        "to the Ombudsman as the next step. Complaint reference attached."
    ),
    (
        "I'll come in tomorrow at 10 to collect Bruno and talk through the "
        "matting issue with the groomer in person."
    ),
    (
        "When we got the keys the flat was an absolute bomb site: rubbish in "
        "every room and black mould across the shower. Photos attached."
    ),
    (
        "This lower back pain from the new deadlift programme is killing me. "
        "Can I pause my PT sessions for two weeks while I see a physio?"
    ),
    (
        "I was punched by a man on your forecourt while waiting for my hire "
        "car. I've reported it to the police, ref 4471. Could you preserve "
        "the CCTV from 8 to 9am on Tuesday?"
    ),
    (
        "As I've had no reply in three weeks, I'm raising a chargeback with "
        "my bank for the £89 double payment."
    ),
    "signal in my flat dead since tuesday, cant make calls at all, pls fix asap",
    (
        "If the remaining £1,200 isn't refunded by 30 June I will be filing a "
        "claim through the small claims process."
    ),
    (
        "Just to let you know I posted my review on Trustpilot today. It's "
        "3 stars and fairly mixed, but I did say your office was helpful once "
        "I got through."
    ),
    (
        "The fire alarm went off mid-speech and the whole reception was "
        "evacuated. Nobody was hurt, thankfully, but we'd like to discuss a "
        "partial refund for the hour we lost."
    ),
    (
        "aiyo the line keep dropping every call lah, already restart phone "
        "many times. can check my account or not"
    ),
    (
        "The bin crew smashed my lid again this morning, third time this "
        "year. Could you send a replacement bin please?"
    ),
    (
        "I have now contacted the regulator and the dispute resolution scheme "
        "about my deadlock letter. Their reference is attached for your "
        "records."
    ),
    (
        "I lost my temper on the phone with your staff yesterday and I'm sorry "
        "for that. I still need the leak under the sink fixed though."
    ),
    (
        "My daughter's landlord says he'll keep her whole deposit. Could the "
        "council housing team advise us on how the deposit protection scheme "
        "works?"
    ),
    (
        "We got hammered with a £95 excess for a scratch that was already "
        "there at pickup. Timestamped photos from collection are attached."
    ),
    (
        "Eish, the contractor left the rubble piled at the gate like a war "
        "zone. I'll be on site Monday at 8am to go through the snag list with "
        "him."
    ),
    (
        "The gym aircon is dead and the sauna's broken, we're all dying in "
        "the spin class. Any idea when it'll be fixed?"
    ),
    (
        "The puppy died three days after we bought him from your shop. The "
        "vet says parvo. I'd like to know what health checks you carry out, "
        "and I'll be reporting it to Trading Standards."
    ),
]

PAIRS = [
    (
        (
            "Your plumber came on 3 May to fix the leak under my sink, but it "
            "started leaking again the next day. Could you arrange a return "
            "visit at no charge?"
        ),
        (
            "Your so-called PLUMBER came on 3 May and the sink was leaking "
            "AGAIN the very next day!!! Total cowboy. I'm not paying another "
            "penny, get someone who knows what they're doing out here NOW!!!"
        ),
    ),
    (
        (
            "I was charged a £150 refuelling fee although I returned the car "
            "with a full tank. I have the receipt from the petrol station "
            "next to the airport."
        ),
        (
            "£150 REFUELLING FEE?!?! I brought that car back FULL, I've got "
            "the receipt, are you lot thick or just thieves??? Refund it "
            "TODAY!!!"
        ),
    ),
    (
        (
            "The heating in flat 4B has been broken for nine days. Could you "
            "tell me when an engineer will be coming?"
        ),
        (
            "NINE DAYS with no heating in 4B!!! We're students, not penguins. "
            "You clearly couldn't care less, absolute disgrace of a landlord!!!"
        ),
    ),
    (
        (
            "I moved to the unlimited plan on 1 March but I'm still being "
            "charged for data over my old allowance."
        ),
        (
            "I MOVED to unlimited on 1 March and you're STILL charging me for "
            "data!!! How hard can it be?? Your billing team are clowns, joke "
            "of a company!!!"
        ),
    ),
    (
        (
            "When I collected Bella on Saturday her coat was much shorter "
            "than we'd agreed and she had a small nick near her ear."
        ),
        (
            "You BUTCHERED my dog!!! Shaved to the skin and a CUT by her "
            "ear!!! What kind of amateur calls themselves a groomer?? Never "
            "again!!!"
        ),
    ),
    (
        (
            "We were told the garden would be available for our ceremony on "
            "14 September, but we've now been moved indoors without any "
            "notice."
        ),
        (
            "You moved our CEREMONY indoors without even TELLING us?!?! Three "
            "weeks before the wedding!!! Completely incompetent, you've "
            "ruined everything!!!"
        ),
    ),
    (
        (
            "I cancelled my membership in writing on 2 January and have since "
            "been charged for February and March."
        ),
        (
            "I CANCELLED in JANUARY. In WRITING. And you've helped yourselves "
            "to my money TWICE since!!! That's theft, you greedy lot!!!"
        ),
    ),
    (
        (
            "My recycling hasn't been collected on the last three scheduled "
            "days. Could you check whether my street has dropped off the "
            "route?"
        ),
        (
            "THREE WEEKS and NO recycling collection!!! What exactly am I "
            "paying council tax for??? Useless, the whole lot of you!!!"
        ),
    ),
    (
        (
            "The extension was due to be finished on 30 April. It's now June "
            "and I haven't been given an updated schedule."
        ),
        (
            "DUE 30 APRIL!!! It's JUNE and you haven't shown your faces in a "
            "fortnight!!! Liars and chancers, every single one of you!!!"
        ),
    ),
    (
        (
            "The aquarium heater I bought last week stopped working after two "
            "days. I'd like a replacement or a refund, please."
        ),
        (
            "Your JUNK heater died after TWO DAYS and I've lost three fish!!! "
            "Don't sell rubbish if you won't stand behind it, shameful!!!"
        ),
    ),
    (
        ("I've had no signal at my home address for two weeks and have reported it three times."),
        (
            "Two weeks without signal at home has been a marvellous digital "
            "detox, so thank you for that. I've reported it three times now, "
            "mainly because the hold music has grown on me."
        ),
    ),
    (
        (
            "The car I reserved wasn't available when I arrived at 9am, and I "
            "waited two hours for a replacement."
        ),
        (
            "A nice touch, having the car I reserved turn out to be "
            "theoretical. The two hours in your waiting area gave me a real "
            "chance to bond with the vending machine."
        ),
    ),
    (
        (
            "There has been mould on my bedroom ceiling since October and I "
            "have reported it four times."
        ),
        (
            "The mould on my bedroom ceiling has really come along since "
            "October. I've mentioned it four times, but I appreciate that "
            "installations of this scale take time to mature."
        ),
    ),
    (
        ("My personal trainer has missed three of our last five sessions without giving notice."),
        (
            "My trainer has mastered the surprise rest day, three of the last "
            "five sessions in fact. A bold approach to fitness, paying someone "
            "not to train you."
        ),
    ),
    (
        "The boiler was serviced on Monday and stopped working on Tuesday.",
        (
            "Many thanks for Monday's boiler service. It kept going for almost "
            "a full day afterwards, which I gather is something of a personal "
            "best."
        ),
    ),
    (
        ("The menu served at our reception wasn't the one we chose at the tasting."),
        (
            "It was thoughtful of the kitchen to surprise us with an entirely "
            "different menu from the one we picked at the tasting. Why have "
            "the food you paid for when you can have an adventure."
        ),
    ),
    (
        (
            "I applied for a residents' parking permit eight weeks ago and "
            "haven't had a decision yet."
        ),
        (
            "Eight weeks on, I assume my permit application is being "
            "hand-lettered by monks. No hurry at all, the parking tickets are "
            "keeping me company in the meantime."
        ),
    ),
    (
        ("I collected my dog 90 minutes later than the time I'd been given, as she wasn't ready."),
        (
            "So grateful for the bonus ninety minutes in your car park. It's "
            "not often I get to finish a whole podcast series while my dog "
            "waits to be finished."
        ),
    ),
    (
        (
            "The new patio slopes towards the house, so rainwater runs to the "
            "back door instead of away from it."
        ),
        (
            "The new patio works beautifully, assuming the brief was to guide "
            "every drop of rain straight to my back door. I now own a water "
            "feature I don't remember ordering."
        ),
    ),
    (
        ("I was told the two hamsters I bought were both female. There are now eleven hamsters."),
        (
            "Thank you for the two female hamsters. All eleven of them are "
            "settling in nicely. Your sexing method is remarkable in its "
            "confidence."
        ),
    ),
]

SINCERE = [
    (
        "Wow, fantastic job on the bathroom. Callum and the lads were tidy, "
        "on time every day, and the tiling is even better than I'd pictured. "
        "Thank you."
    ),
    (
        "Just wanted to say thanks to Priya at the Glasgow Airport desk. Our "
        "flight was delayed three hours and she kept the car for us past "
        "closing. Honestly made our holiday."
    ),
    (
        "Of course I was nervous coming back after the first visit went "
        "wrong, but you invited us in, took your time with Milo, and he came "
        "home happy and fluffy. Thank you, truly."
    ),
    (
        "Great job sorting out my roaming bill. I was charged twice while in "
        "KL and Aisyah on your live chat had it refunded within the hour. "
        "Really appreciate it."
    ),
    (
        "Our wedding was everything we hoped for. When the marquee flooded "
        "the night before, your team stayed until 2am moving it all indoors "
        "and no guest would ever have known. Forever grateful."
    ),
    (
        "Thank you to the council bulky waste team, who collected the old "
        "sofa the same morning I booked. Genuinely impressed."
    ),
    (
        "I was gearing up to be cross about the broken heater in my student "
        "flat, but maintenance fixed it in four hours, on a Sunday. "
        "Brilliant, thanks."
    ),
    (
        "Medaase paa to the staff at your Osu branch. My puppy's allergy had "
        "us going in circles and your team spent ages helping me find food "
        "that suits him. God bless you."
    ),
    (
        "Best decision I made this year was signing up with Coach Dylan. "
        "Down 12kg, stronger than I've ever been, and he's so encouraging. "
        "Thank you!"
    ),
    (
        "Howdy, just wanted to say the plumber y'all sent Saturday was a gem. "
        "Fixed the water heater, explained everything, and charged exactly "
        "what he quoted. Much obliged."
    ),
    (
        "Merci for the quick fix on my line. After two weeks of dropped calls "
        "your technician found the fault in the street box in twenty minutes. "
        "Well done."
    ),
    (
        "Cheers to the builders. Aye, there were delays with the steel, but "
        "you kept us in the loop every step and the extension is gorgeous. "
        "Would recommend."
    ),
    (
        "Wow, just wow. I left my wallet in the hire car and your Cape Town "
        "branch tracked it down and couriered it to me in Joburg free of "
        "charge. Thank you so much."
    ),
    (
        "Sincere thanks to the letting office for handling our deposit so "
        "fairly. You went through the inventory with us line by line and we "
        "got every penny back."
    ),
    (
        "Great job, really, on the new booking app. I was sceptical after the "
        "last update ate my class bookings, but this one is smooth and the "
        "timetable actually loads now."
    ),
]

CALM_DRAFTS = [
    (
        "Booking ref EDI-CH-778341. Picked up a Ford Focus at Edinburgh "
        "Airport on 12/03/2024 at 07:45 and returned it 15/03 at 18:10 with a "
        "FULL tank. You've now taken £312.60 off my card for 'damage' that "
        "was ALREADY on the bumper, it's marked on your own pickup sheet!!! "
        "I've called 0131 496 0821 FOUR times and you NEVER answer, and "
        "claims@drivewise-hire.co.uk just sends an auto-reply. Absolute "
        "chancers, the lot of you. If this isn't refunded in full by Friday "
        "I'm posting the whole thing with photos on Trustpilot, tagging "
        "@DriveWiseUK, and reporting you to Trading Standards!!!"
    ),
    (
        "Job number PLB-20931, attended 4th June at 8.30am. Your 'engineer' "
        "charged me £185 cash to replace a valve and by 11pm my kitchen "
        "ceiling was POURING water!!! I rang your emergency line 028 9018 "
        "4472 at 11.15pm, 11.40pm and 12.20am and NOBODY picked up. You never "
        "answer, ever. I emailed office@quickflowplumbing.co.uk with photos "
        "and heard nothing. My insurer puts the damage at £2,400 minimum. "
        "You're a bunch of useless cowboys and I want the £185 back plus the "
        "ceiling. If I don't hear by Monday 10th this is going on the Belfast "
        "Live Facebook page and to Trading Standards!!!"
    ),
    (
        "To management of Residensi Seri Kampus, unit B-12-07. I paid RM1,850 "
        "deposit plus RM720 rent on 2 Sept 2024 (receipt RSK/0982) and the "
        "aircond is broken since DAY ONE!!! 3 weeks of 34 degrees in the "
        "room, I cannot study, cannot sleep. I WhatsApp your officer at +60 "
        "12-418 7753 every single day, he only blue tick and NEVER reply!!! "
        "Email to admin@seri-kampus.my also no answer. You people so "
        "irresponsible, only know how to collect money. If not fixed by 30 "
        "Sept I will post everything on the uni Facebook group and my TikTok "
        "@kampuslifeMY, and complain to the Tribunal for Consumer Claims!!!"
    ),
    (
        "Account 0244558019, complaint ticket GH-CC-66120. On 5th August at "
        "2:14pm you deducted GH₵420 from my MoMo wallet for a data bundle I "
        "NEVER requested!!! I have called 100 and 0302 611 900 more than ten "
        "times, always 'all our agents are busy'. You NEVER answer your "
        "customers. I even went to your Accra Mall office on 9th August and "
        "the lady told me to 'check back'. Check back for what??? Your whole "
        "company is a scam. Refund my GH₵420 by Friday or I am reporting you "
        "to the NCA and posting the screenshots on X tagging @NetLinkGhana "
        "and the morning show!!!"
    ),
    (
        "Appointment #TX-4418 at your Round Rock location, Saturday 06/08, "
        "9:00 AM, full groom for my labradoodle Daisy, $135 paid plus $25 "
        "tip. I picked her up at 4:45 PM, SEVEN HOURS later, with razor burn "
        "all over her belly and a gash on her back leg!!! The vet bill was "
        "$389.50. I've called (512) 555-0147 every day this week and y'all "
        "NEVER pick up, and my email to grooming@pawsnclaws-tx.com got "
        "ignored. You are flat-out incompetent and shouldn't be let near "
        "animals. Pay the vet bill and refund the groom or the photos go on "
        "Google, Nextdoor and Facebook and I file with the BBB and the Texas "
        "Attorney General!!!"
    ),
    (
        "Booking ref WED-CT-2025-044, wedding date 15 March 2025. We paid a "
        "R45,000 deposit on 3 June 2024 (EFT ref SMITHJONES) and today, SIX "
        "WEEKS before the wedding, your coordinator tells us the venue is "
        "'double-booked'!!! I've phoned 021 555 0198 all morning and nobody "
        "answers, and events@vineyardhall.co.za sends nothing but an "
        "auto-responder. You are the most unprofessional bunch of liars I've "
        "ever dealt with. Refund the full R45,000 within 7 days or I go to "
        "the Consumer Goods and Services Ombud and post the whole saga on "
        "Hellopeter and Instagram @capetownbrides!!!"
    ),
    (
        "Member ID 00483921, FitZone Laval. I sent my cancellation by "
        "registered mail on January 8 (tracking RN123456789CA) and you STILL "
        "charged my card $64.99 on Feb 1 and Mar 1!!! I called 450-555-0134 "
        "three times, each time 40 minutes on hold then cut off. You NEVER "
        "answer. support@fitzone.ca is a black hole. This is completely "
        "illegal under the Consumer Protection Act and you know it. You are "
        "thieves, point final. Refund $129.98 within 10 days or I file with "
        "the Office de la protection du consommateur and post everything on "
        "Google and https://www.reddit.com/r/montreal!!!"
    ),
    (
        "Complaint ref COM/24/118823. I reported the pothole outside 27 "
        "Craigmount Road on 3 January via https://www.citycouncil.gov.uk/"
        "report-it and AGAIN on 22 January. On 14 February it wrecked my "
        "tyre and rim, £286.40 at the garage, receipt attached. I've phoned "
        "0300 123 4567 and been passed from roads to insurance and back to "
        "roads. Nobody EVER calls back. Your roads department is a shambles "
        "run by folk who never leave their desks. I expect full "
        "reimbursement within 20 working days or I'm going to the Scottish "
        "Public Services Ombudsman and sending the photos to @EveningTimes "
        "and my councillor!!!"
    ),
    (
        "Contract ref BLD-NI-3307, loft conversion at 14 Ballyhackamore "
        "Avenue. Deposit £9,500 paid 11/02/2024, stage payment £7,000 on "
        "28/03. Work stopped on 19 April and NOBODY has been back since!!! "
        "Your site manager Gary (07700 900412) blocks my calls and "
        "info@premierbuildni.co.uk NEVER responds. There's a tarpaulin where "
        "my roof should be and it's rained for a week straight. You're a pack "
        "of liars and crooks. I want a completion date in writing by 5pm "
        "Friday 24 May or I'm going to a solicitor and posting the full story "
        "with photos on Facebook and to @BBCNewsNI!!!"
    ),
    (
        "Order #PS-77120 placed on petmart.com.my 14/07 at 9:32pm, RM389.00 "
        "for 120cm aquarium plus filter. Delivered 19/07 with the glass "
        "CRACKED!!! I sent photos same day to cs@petmart.com.my and DM "
        "@petmartMY on Instagram, you only seen and NEVER reply. Called 03-7788 "
        "2211 at least 8 times, always line busy. 3 of my fish already died "
        "because no tank. Your company damn useless, sell rubbish and don't "
        "care at all!!! I want full refund RM389 plus RM60 for the fish by "
        "25/07 or I post the unboxing video on TikTok and Lowyat forum and "
        "file with the Tribunal Tuntutan Pengguna!!!"
    ),
]
