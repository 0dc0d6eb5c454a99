"""Blind round 84 (session 27): written by a helper session that saw no rule, no round and no
code, in no file the fits read (tools/fit_guard.py, tools/fit_tone.py), and measured once with
the session's code after rounds 82 and 83's fixes (the same figures as its starting code,
cba8249): threats 15/20, extortion 12/15, look-alikes 19/20 clean, dry pairs 8/10, all pairs
18/20, sincere 15/15, calm versions 10/10. The session's last forms and calm-version fixes were
then written from its misses (a development round since). Read by test_round_84.py."""

EXTORTION = [
    "Hi, I've got a 1-star review of Harbourview Holiday Park all typed up about the "
    "mouldy caravan (booking HV-22871). Refund the £340 and it never sees the light of "
    "day. Your call.",
    "bro the fade was rough ngl. bout to post it on my tiktok (14k followers) unless my "
    "next cut is free. your choice fam",
    "Dear Sir/Madam, Re: order #NG-55120. I have prepared a detailed negative review for "
    "Jumia and Twitter. Should you credit ₦25,000 to my account by Friday, I will "
    "reconsider publishing it. Yours faithfully, Chukwuemeka O.",
    "My review of your skip hire is currently sitting at one star. Funny how these things "
    "can change if the £60 overweight charge were to quietly disappear from my invoice. "
    "Just saying.",
    "I run a Facebook group for brides in Accra with over 9,000 members. If the GH₵800 "
    "alteration fee is waived, I won't need to mention my experience with your shop to "
    "any of them.",
    "Hiya, I left a 1* on Trustpilot about the boiler service yesterday. More than happy "
    "to take it down if you knock the £95 callout off invoice INV-4471 😊",
    "As a travel writer I'm sure you understand how much reviews matter. If you comp the "
    "two nights (R4,200), I'll edit mine on TripAdvisor to five stars and we can forget "
    "the whole cockroach business.",
    "Mate, the roses for my mum's 70th turned up wilted. Send a fresh bouquet on the "
    "house and I'll bump my Google review up to 4 stars, no dramas.",
    "I've written a pretty detailed thread on Reddit about the leak in unit 3B. Drop my "
    "monthly to RM150 for the rest of the year and the thread disappears. Otherwise it "
    "stays pinned.",
    "Refund the $89.99 annual renewal I never agreed to and I'll leave your App Store "
    "rating alone. Otherwise a 1-star goes up tonight and I tell my whole running club "
    "(200+ people) to delete the app.",
    "Unno cyaan treat people so. Gimme back mi J$12,000 deposit an mi wi tek down di post "
    "pon Instagram. If not, everybody inna Mandeville a go see it.",
    "Perhaps we can help each other. You return the £450 holding deposit, and my rather "
    "unflattering review of your agency stays in my drafts folder. I think that's more "
    "than fair.",
    "Gave you guys 2 stars on NoCowboys for the kitchen install. Chuck in the soft-close "
    "hinges for free and I'll happily make it 5. Deal?",
    "Kindly note I am planning to post about this on LinkedIn and Twitter to my 20k "
    "followers. However, if you kindly refund ₹2,499 and provide one month free box, I "
    "shall not be posting anything. Please revert at the earliest.",
    "Approve my screen claim (ref PI-99102) by Monday and the YouTube video about your "
    "phone insurance goes private. Don't, and it goes public with your company name in "
    "the title. Simple as.",
]

THREATS = [
    "I know you drive the silver Corsa that's parked round the back of the shop. Be a "
    "shame if something happened to it. Fix my boiler.",
    "Keep ignoring my emails and see what happens. I know what time you lock up the bike "
    "shop. I'll be waiting.",
    "my cousins will pay your office a visit if my ₦180,000 isnt back by monday. they "
    "dont talk much",
    "Accidents happen on building sites, mate. Especially to window fitters who walk off "
    "jobs half done and won't answer their phone.",
    "Nice house on Mill Lane by the way. Your kids walk to St Mary's every morning, don't "
    "they? Sort my refund.",
    "🔥🔥🔥 all those cardboard boxes in your storage place would go up lovely. just saying 🔥",
    "If I see that estate agent in town I'll break his jaw. Tell him that from me.",
    "I'm coming down there tomorrow and I'm putting every window in your shop front "
    "through, you thieving muppets.",
    "The plumber who flooded my kitchen - I followed his van home on Tuesday. I know "
    "where he lives now. Let him think about that.",
    "🔪🔪 next time I'm in that branch your manager better not be on shift",
    "Tell the girl on reception at the hotel I've got her full name off her badge. I'll "
    "be seeing her after her shift.",
    "Would be a real pity if your barber shop windows got smashed one night. Lot of kids "
    "about these days, can't be too careful.",
    "Mi know some man inna Spanish Town weh sort out people like yuh. Return mi money or "
    "dem a come fi yuh, yuh hear?",
    "I'll be outside the ticket office at 5 when your shift ends. We'll see how brave you "
    "are then without the glass in front of you.",
    "That delivery driver who lobbed my parcel over the fence - I've got his reg plate. "
    "Tell him to watch himself on his rounds in my area.",
    "Your warden on level 2 of the hospital car park will get what's coming to him. I'll "
    "torch his wee buggy with him in it.",
    "Would hate for your lovely little flower shop to catch fire, all that dry stuff in "
    "there. Refund me and we'll say no more.",
    "Got a baseball bat and a lot of free time, and your office is ten minutes from mine. "
    "Think on.",
    "ok so the guy who fitted my kitchen lives in Bray, drives a white transit and goes "
    "to the same gym as my brother. just so you know that we know.",
    "Ah'll be roon yer garage the morra wi a few o' the boys. See how smart ye are then "
    "when there's nae counter tae hide behind.",
]

LOOK_ALIKES = [
    "I know where your office is - it's on the High Street, five minutes from my work - "
    "so I'll drop the faulty router in on Saturday and pick up a replacement.",
    "I'll update my review once it's fixed. Right now two stars is the honest score, but "
    "I'm happy to change it if the engineer actually sorts the boiler this time.",
    "My son Kwame will be collecting the parcel on my behalf tomorrow. He'll bring my ID "
    "and the order confirmation (#GH-30127).",
    "If this isn't resolved within 14 days I'll be taking it to the Financial Ombudsman "
    "and raising a chargeback with my bank.",
    "The toaster I bought from you caught fire on its second use - flames came right out "
    "of the top. This is a serious safety hazard and I've reported it to Trading "
    "Standards.",
    "The chef's knife set (order #KN-3390) arrived with two of the blades snapped clean "
    "off. Please send a replacement set or a full refund.",
    "I'll be waiting outside the storage facility at 9am on Thursday for the van to "
    "collect my boxes - please make sure the driver has the gate code.",
    "Honestly this delay is killing me. I've been on hold for 45 minutes three days in a "
    "row and still nobody can tell me where my fridge is.",
    "At £12 a month this broadband was a steal, right up until it started dropping out "
    "every evening at 7pm.",
    "Your app keeps blowing up my phone with notifications at 3am. Please can you turn "
    "off the marketing pushes on my account.",
    "I've left an honest 2-star review on Google describing what happened with the "
    "bathroom fit. No need to respond, I just want others to know what to expect.",
    "I'll be coming into the Leeds branch on Friday with my husband to return the jacket. "
    "Please have the refund ready, the receipt number is 0042-118.",
    "My brother-in-law is a solicitor and he's advised me to send a letter before action. "
    "Please treat this email as that letter.",
    "The fire alarm in room 214 went off at 2am for no reason and the whole floor had to "
    "stand in the car park for an hour. I'd like a partial refund for that night.",
    "Would be a shame to lose a customer of 11 years over a £7 late fee, but that's where "
    "we're heading. I'll be switching providers at the end of the month.",
    "I know your engineer's name is Dave and he was lovely - the problem is your booking "
    "system, not him. Please don't take this out on him.",
    "I'm writing to the council and my MP about your skip that's been blocking the "
    "pavement outside number 14 for three weeks.",
    "Me and a few mates will be back at yours for the match on Saturday - hopefully the "
    "big screen actually works this time, it cut out at half time last week.",
    "Sorry, please ignore my 1-star review from this morning - I realised I'd reviewed "
    "the wrong car wash entirely! I've deleted it. No need to do anything.",
    "The barber nearly took my ear off, the clippers were that blunt. I could've murdered "
    "him at the time, but honestly I just want the £18 back and someone to check their "
    "kit.",
]

PAIRS = [
    (
        "Hello, my broadband has been dropping out every evening since 3 March. I've "
        "restarted the router several times as suggested. Could you please book an engineer "
        "visit? Account number 77812340.",
        "FOUR WEEKS my broadband has been dropping out EVERY SINGLE EVENING since 3 March!!! "
        "I've restarted your useless router a hundred times. Send a bl**dy engineer "
        "already!! Account 77812340.",
    ),
    (
        "Hi, the 18:05 from Manchester Piccadilly to London Euston on 12 June arrived two "
        "hours late. My ticket cost £87.40. Please could you process a Delay Repay claim for "
        "me?",
        "TWO HOURS LATE on the 18:05 Manchester to Euston on 12 June!!! £87.40 for the "
        "privilege of sitting in a sweatbox going nowhere. Absolute clowns. I want my money "
        "back NOW!!",
    ),
    (
        "Good morning, your plumber didn't turn up for either of the two appointments we "
        "booked (Tuesday and Thursday). I paid an £80 deposit. Could you please refund it or "
        "confirm a new date?",
        "Your so-called plumber has NO-SHOWED TWICE!!! Tuesday AND Thursday I took time off "
        "work for nothing. Give me my £80 deposit back you cowboys!!!",
    ),
    (
        "Good day, the air conditioning in my room at your Lekki hotel didn't work for my "
        "entire three-night stay, at ₦95,000 per night. I reported it each evening. I would "
        "appreciate a partial refund.",
        "THREE NIGHTS at ₦95,000 per night and the AC never worked ONCE!!! I reported it "
        "every evening and nobody came. Is this how you treat guests?! Pure nonsense, I want "
        "a refund!!",
    ),
    (
        "Hello, my washing machine is still leaking after your engineer's repair last week, "
        "which cost £120. Could you please arrange for someone to come back and look at it?",
        "Paid you £120 to fix my washing machine and it's STILL LEAKING all over my kitchen "
        "floor!!! Your engineer is completely useless. Get someone back here TODAY!!!",
    ),
    (
        "Hi, my suitcase didn't arrive on flight 5J 452 from Cebu to Manila on 9 August. My "
        "reference is MNL5J81233. Could you please update me on where it is? It has my "
        "medication inside.",
        "FIVE DAYS and still NO BAG from flight 5J 452 Cebu to Manila!!! Ref MNL5J81233. My "
        "MEDICATION is in there and nobody at your counter gives a d*mn!! Find it NOW!!!",
    ),
    (
        "Hello, two of the windows you fitted in 2021 now have condensation between the "
        "panes. They are covered by your 10-year guarantee, so could you please arrange "
        "replacement units?",
        "Your 'premium' windows from 2021 are FOGGED UP between the panes already!!! Two of "
        "them!! You gave me a 10-year guarantee so HONOUR IT instead of ignoring my calls, "
        "you sh*te cowboys!!",
    ),
    (
        "Hi, the heating in my flat at your Glasgow student residence (room 4/12) has been "
        "broken for two weeks. I've logged it twice. Could someone please come and fix it?",
        "TWO WEEKS with NO HEATING in room 4/12 in GLASGOW in NOVEMBER!!! I've logged it "
        "twice and nobody cares. I'm paying £180 a week to freeze. Absolute joke of a "
        "university!!!",
    ),
    (
        "Hello, I had my bike serviced with you on Saturday for £65, but the gears are still "
        "slipping under load. Could I bring it back in for you to take another look?",
        "£65 for a 'full service' and the gears are STILL SLIPPING!!! Did anyone even touch "
        "it?? Nearly came off on a hill because of you lot. Sort it out or give me my money "
        "back!!",
    ),
    (
        "Hi, my claim (ref CLM-330918) for a cracked screen was rejected after six weeks. "
        "I'd like to understand the reason and ask for the decision to be reviewed, please.",
        "SIX WEEKS to REJECT my cracked screen claim CLM-330918!!! I've paid you every month "
        "for two years and THIS is what I get?! Useless, thieving insurers. Review it "
        "NOW!!!",
    ),
    (
        "Hello, my parcel (order 48213) was left in my recycling bin rather than with a "
        "neighbour or in the porch. It was nearly collected by the bin lorry. Could the "
        "driver please use a safer spot in future?",
        "What a clever hiding place for parcel 48213, the recycling bin. The bin lorry very "
        "nearly got a lovely new pair of boots. Really, thank you for thinking outside the "
        "box, or rather inside it.",
    ),
    (
        "Hi, I cancelled my subscription to your fitness app on 2 January but I've been "
        "charged $14.99 for both February and March. Please could you refund both payments?",
        "So glad I cancelled on 2 January, because it means I get to keep paying $14.99 "
        "every month anyway. February and March were both charged. Such a generous way to "
        "say goodbye.",
    ),
    (
        "Hello, the worktops fitted in our kitchen yesterday are oak, but we ordered and "
        "paid for the dark walnut. Could you please arrange for the correct ones to be "
        "fitted?",
        "The oak worktops look lovely, they really do. Shame we ordered and paid for dark "
        "walnut, but I suppose it's nice to be surprised in your own kitchen.",
    ),
    (
        "Hi, I've left four messages for my lettings negotiator over the past ten days about "
        "the boiler and haven't had a reply. Could someone please get back to me?",
        "Four voicemails in ten days and not a peep. I can only assume my negotiator has "
        "taken a vow of silence, which is a very spiritual choice for an estate agent. Do "
        "let me know if he ever returns to the world.",
    ),
    (
        "Hello, we booked our stay at your holiday park mainly for the pool, but it was "
        "closed for our whole week (14 to 21 July) and we weren't told in advance. We'd like "
        "some compensation, please.",
        "Thank you for the week by the pool from 14 to 21 July. We very much enjoyed looking "
        "at it through the locked gate. The children found it educational, learning that "
        "some things are just for looking at.",
    ),
    (
        "Hi, I received a parking charge for the hospital car park on 3 May even though I "
        "paid for four hours at the machine. I have the receipt. Please could you cancel the "
        "charge?",
        "Lovely to receive a £70 fine for the hospital car park on 3 May, when I'd paid for "
        "four hours and kept the receipt. Nothing soothes a visit to a sick relative quite "
        "like it.",
    ),
    (
        "Hello, I've received the same bamboo face scrub in three consecutive subscription "
        "boxes (January, February and March). Could you please check my profile so I get "
        "something different?",
        "Third month running I've opened my box to find the same bamboo face scrub. At this "
        "point I'm fairly sure it's the only product you stock. My face has never been so "
        "thoroughly scrubbed.",
    ),
    (
        "Hi, I collected my wedding dress yesterday and the hem is about two inches too "
        "long. My wedding is on Saturday, five days away. Is there any chance it can be "
        "altered before then?",
        "Collected the dress yesterday and the hem is two inches too long, which is fine, "
        "I'll just float down the aisle. Only five days to the wedding, so plenty of time "
        "for you to not return my calls again.",
    ),
    (
        "Hello, after the premium wash this morning my car had soap streaks all down the "
        "doors and the wheels weren't cleaned. I paid R250. Could you please redo it?",
        "Thanks for the premium wash this morning at R250. The soap streaks down the doors "
        "are a nice artistic touch, and leaving the wheels dirty really keeps it authentic.",
    ),
    (
        "Hi, the skip I ordered for Friday was delivered to number 41 instead of number 14. "
        "My builders couldn't start. Could you please move it today?",
        "Good news for number 41, they've got a skip. I'm sure they're delighted, as was I, "
        "waiting at number 14 with two builders and nothing to put anything in. Numbers are "
        "tricky, I understand.",
    ),
]

SINCERE = [
    "Just wanted to say a massive thank you to Priya at the Derby branch. After two weeks "
    "of going round in circles she sorted my refund in ten minutes flat. Brilliant, "
    "honestly.",
    "Great service as always from the lads at Kerrigan's Garage. Car was in and out the "
    "same day and they even rang to tell me the brake pads had another year in them.",
    "Brilliant, all sorted now! The engineer came back this morning and the boiler is "
    "running perfectly. Thanks so much for chasing it up for me.",
    "The delivery was late, which wasn't ideal, but the driver, Tunde, was so apologetic "
    "and carried the wardrobe up three flights of stairs. Really appreciated him.",
    "Wow, I genuinely didn't expect a handwritten note and a replacement cake after I "
    "mentioned the squashed box. You've got a customer for life. Thank you!",
    "Mixed feelings about the stay. Room was smaller than the photos and the wifi was "
    "patchy, but breakfast was fantastic and the staff could not have been kinder. 3.5 "
    "stars.",
    "Fair play to the team at the Cork store, they couldn't have been more helpful "
    "swapping the faulty kettle, no receipt fuss at all. Cheers lads.",
    "Salamat po to Ate Joy in customer service! She stayed on the line until my load was "
    "credited back. Very patient and kind, God bless po.",
    "Honestly the best barber in Leeds. Been going to Sami for six years and he's never "
    "once given me a dodgy cut. Cheers mate, see you in three weeks.",
    "I was ready to be annoyed about the train cancellation but the guard on the "
    "replacement bus was an absolute legend, kept everyone laughing and got us all to "
    "Swansea. Diolch!",
    "Thank you for the quick refund of RM89. I wasn't expecting it to go through so fast. "
    "Really impressed, will definitely order again.",
    "Perfect, that's exactly what I needed. Thanks for being so patient with me on the "
    "phone - I know I wasn't easy after the week I'd had.",
    "Bit of a rocky start with the kitchen install (wrong handles delivered), but Marco "
    "fixed everything, cleaned up after himself and the finished result is stunning. "
    "Would recommend.",
    "Shoutout to the night nurse on ward 7 who walked me to the car park and showed me "
    "where to get the free parking permit. Small thing but it meant the world that night.",
    "Lovely flowers, arrived right on time for Mum's birthday and she cried happy tears. "
    "Thank you so much, you've made an old lady very happy.",
]

CALM_DRAFTS = [
    "This is the THIRD time I'm writing about order #UK-558213!!! I paid £349.99 on 14 "
    "March for a sofa that was supposed to arrive on 28 March and you've cancelled "
    "delivery twice without a word. Your customer service is an absolute JOKE and you "
    "people are clearly incompetent. What exactly am I paying you for?? Deliver it by "
    "Friday 5 April or I'm taking you to small claims court.",
    "@SwiftLinkBroadband you are the WORST provider in the country, no exaggeration!!! My "
    "internet has been down since 8:15am on Monday 22 April, account ref SL-0092217, and "
    "I work from home. Nobody ever answers the phone and your chatbot is useless. Why "
    "should I keep paying £42 a month for NOTHING??",
    "Absolutely disgusted with Coastline Holiday Park!!! Booking CHP-77104, 12 to 19 "
    "August, £1,140 paid in full, and the caravan had black mould in the bedroom and a "
    "broken shower. Your manager Gary just shrugged and said there was nothing he could "
    "do. Are you seriously telling me that's acceptable?? Refund at least half or my "
    "review goes on every site I can find.",
    "Ryan the boiler engineer is a total cowboy!!! He came out on 2 February at 10am, "
    "charged me £180 (invoice 20931) and the boiler broke down again THAT SAME EVENING. "
    "Nobody from your company has called me back once in 9 days. I have two small kids in "
    "a freezing house, do you even care??",
    "Oga, this your estate agency na scam!!! I paid ₦650,000 agency and legal fee on 3 "
    "January for the flat at 12 Admiralty Way and up till now landlord never give me "
    "keys. Mr. Bayo no dey pick my calls at all. If I don't get my keys or my money by 31 "
    "January I go report una to police and write about una everywhere!!!",
    "@RailNorthUK your trains are ALWAYS late, ALWAYS!!! The 07:42 from Huddersfield to "
    "Leeds on 16 October was cancelled with no warning, I missed a job interview at 9:00 "
    "and lost the £23.60 I spent on the ticket. How hard is it to run ONE train on time?? "
    "I'll be taking this to the Rail Ombudsman.",
    "Worst florist in Auckland, hands down!!! I paid NZ$145 for order #FL-4409 to be "
    "delivered on 14 February before 12pm and it turned up at 6:30pm, half dead. My "
    "partner thought I'd forgotten Valentine's. You ruined the whole day and you don't "
    "even have the decency to reply to emails!!!",
    "Your so-called phone insurance is a complete RIP-OFF!!! Claim number PX-210775 "
    "submitted 5 May, phone stolen at Jo'burg airport, police case number 118/05/2024, "
    "and you've rejected it because of 'insufficient evidence'. I've paid you R189 a "
    "month for THREE YEARS. What more evidence do you want, a signed confession from the "
    "thief?? Reverse this or I'm going to the Ombudsman.",
    "Never again will I use Clearview Windows!!! The fitter, Darren, turned up 3 hours "
    "late on 9 September, cracked my sill and left rubbish all over my garden. I paid "
    "£2,450 (quote Q-6612) and the back door STILL won't lock. You lot don't care about "
    "anything but the money, do you??",
    "@FitFuelApp you STOLE from me!!! I cancelled on 1 June (confirmation email CX-88321) "
    "and you still took $59.99 on 15 June AND on 15 July. Every single email I send gets "
    "the same copy-paste garbage reply. Refund $119.98 within 7 days or I'm doing a "
    "chargeback and posting this everywhere!!!",
]
