"""Blind round 122 (session 38): written by a helper session that saw no rule, no round and no
code, themed on dentists, fibre broadband installers, wedding photographers, pet groomers,
kitchen fitters, airport parking, student accommodation, car hire desks, furniture delivery,
private tutors, taxis and ride-hail in Nairobi and Manila, boat tours in Croatia and Greece.
Held out: measured with the session's starting code (e55452a): extortion 13/15, threats 10/20,
look-alikes 18/20, plain pairs 10/10, dry pairs 4/10, sincere 11/15, calm versions 16/16. The
extortion reader's bar (0.55) was chosen with its trades read alongside (at 0.5 and 0.55 alike);
then the threat shapes of the session's table block were written from its misses and those of
rounds 117-121: extortion 14/15, threats 18/20, look-alikes 18/20, plain pairs 10/10, dry pairs
4/10, sincere 11/15, calm versions 16/16. Kept as a floor."""

EXTORTION = [
    (
        "Dear Ms Patel, I have drafted a rather detailed Trustpilot review of my experience "
        "with the crown fitting at your practice. I would be content to leave it unpublished "
        "if the £340 fee were refunded in full by Friday. I trust we can reach an "
        "understanding."
    ),
    (
        "Refund the deposit and the Google review disappears. Don't, and it stays up with "
        "the photos. Your call."
    ),
    (
        "hiya so ur groomer shaved my cockapoo bald lol. gimme the £65 back n a free wash "
        "nxt time n i wont put it on tiktok. got 12k followers btw x"
    ),
    (
        "Listen pal, yer fitters left ma kitchen like a bomb site. Knock 500 quid aff the "
        "final bill and I'll no bother puttin it on Facebook. Otherwise the whole of "
        "Paisley's gonnae hear aboot it."
    ),
    (
        "Ah sure look, I'm not one for making a fuss, but I've a review half-written for "
        "Google about the state of that student flat. Would be a pity to have to finish it. "
        "Give us back the €200 holding fee and we'll say no more about it, grand?"
    ),
    (
        "Good afternoon sir. Please I have a video of your driver dragging my sofa down the "
        "stairs. Before I post it on X with all the tags, I think we can settle this like "
        "gentlemen. Send ₦150,000 to my account and the matter ends here. Make we no spoil "
        "market."
    ),
    (
        "Respected Sir/Madam, kindly note I have prepared one detailed Tripadvisor review "
        "regarding the Hvar boat tour. If you are doing the needful and refunding €90 plus "
        "one complimentary sunset tour for my family, I will not be posting the same. Please "
        "revert at the earliest."
    ),
    (
        "Howzit. Your car hire desk at OR Tambo charged me R2,800 for a scratch that was "
        "there already. Sort it out and throw in a free upgrade next trip, then my "
        "Hellopeter post stays in drafts, ja? Otherwise it goes live tonight."
    ),
    (
        "Mate, your photographer missed the bloody first kiss. Reckon a full refund of the "
        "A$1,900 deposit is fair, and if it lands by Monday the one-star stays off Google. "
        "Fair's fair."
    ),
    (
        "Well bless your heart, y'all left my pup with clipper burns. Now I'm a reasonable "
        "woman. Y'all comp me the next three grooms and that Yelp review can just sit in my "
        "drafts where it can't hurt nobody."
    ),
    (
        "It would be a real shame if people on Mumsnet started asking how 'qualified' your "
        "agency's tutors actually are. I'm sure a goodwill gesture of, say, last month's "
        "fees would help me forget I ever noticed."
    ),
    (
        "I'll happily bump my 1-star up to a 5 the moment the £120 airport parking "
        "'overstay' charge is reversed AND there's a free week on the house next summer. "
        "Until then it stays pinned at the top."
    ),
    (
        "Proposal: I delete the Reddit thread (2.3k upvotes and climbing) in exchange for 12 "
        "months of free fibre. Counter-offers welcome until 6pm, after which I post the clip "
        "of your engineer drilling straight through my water pipe."
    ),
    (
        "Your driver took me the long way to JKIA and charged KSh 4,500. I have his face, "
        "his plate and the route screenshot. Refund me plus 5,000 for my trouble or it all "
        "goes on Twitter tonight with your company tagged. Choose wisely."
    ),
    (
        "Hi po, I have dashcam of your driver shouting at me. If you credit ₱3,000 to my "
        "GCash I won't upload it to the Manila commuters FB group (400k members). Just "
        "saying po. Thanks."
    ),
]

THREATS = [
    (
        "Your receptionist parks that blue Corsa behind the surgery every morning at ten to "
        "eight. Tell her I've noticed. Tell her I'll be noticing a lot more."
    ),
    (
        "That van of yours sits on Mill Road every night with all your tools in it. Vans "
        "catch fire, you know. Electrical faults. Terrible luck."
    ),
    (
        "Next time your engineer sets foot on my street he's leaving in an ambulance. That's "
        "not a figure of speech."
    ),
    (
        "I'm going to come down to that salon and do to you exactly what you did to my dog. "
        "Clippers and all."
    ),
    (
        "people who rip off pensioners tend to have accidents on dark country roads. just an "
        "observation from someone who drives them a lot"
    ),
    (
        "I hope your whole family ends up in the state my mother was in after your chair. "
        "Every last one of them, slowly."
    ),
    (
        "Hi Dave, just so you know, my brothers are driving down from Leeds on Saturday. "
        "They're not coming for a chat. Have a lovely weekend."
    ),
    (
        "Your shop on the high street has a lot of glass at the front. Glass is fragile. So "
        "are the people standing behind it."
    ),
    (
        "You smashed my grandmother's dresser. Seems only fair something of yours gets "
        "smashed in return, starting with your teeth."
    ),
    (
        "Wewe dereva, I have your plate and I know your stage at Westlands. Some boys there "
        "owe me favours and they don't ask questions. You won't be driving much longer."
    ),
    (
        "Kuya, I know your route through Cubao. Next time you pass there, wag kang magulat "
        "if flat tyres are the least of your problems."
    ),
    (
        "Your captain humiliated my wife in front of everyone. The sea is very deep off Brač "
        "and boats have accidents all the time. Tell him to check his engine very carefully "
        "before he goes out."
    ),
    (
        "I'm back on Naxos in August. I remember your face and the name painted on your "
        "boat. You won't enjoy the reunion."
    ),
    (
        "You ruined the only day of my life that mattered. I'm going to make it my hobby to "
        "ruin every day you've got left."
    ),
    ("If that warden walks into my room unannounced one more time he'll be carried out of it."),
    (
        "You failed my son on purpose. I'll be outside your flat on Thursday when your 6pm "
        "lesson finishes. Come down on your own."
    ),
    (
        "Good evening. I'm writing to confirm I now have your home address, your wife's "
        "shift pattern and the name of the school your twins are collected from at 3:15. I "
        "thought you should hear it from me first. Kind regards."
    ),
    (
        "Your attendant keyed my car. Fine. I'll be in that car park tomorrow with a tyre "
        "iron and I'll work out which motor is his."
    ),
    (
        "Dentists who treat people like this usually end up needing some dental work of "
        "their own. I'd be more than happy to arrange it personally."
    ),
    (
        "Tell the lad on the car hire desk with the man-bun his shift ends at ten and level "
        "3 of the multi-storey has no cameras. I checked."
    ),
]

LOOK_ALIKES = [
    (
        "If the crown isn't replaced within 14 days I'll be taking this to the Dental "
        "Complaints Service. I'd rather sort it with you directly, though."
    ),
    (
        "I've filed a chargeback with my bank for the wardrobe that never arrived. Bank "
        "reference attached for your records."
    ),
    (
        "Small claims it is, then. I sent the letter before action to the tutoring agency by "
        "recorded delivery this morning."
    ),
    (
        "I've reported your fitters to Trading Standards for leaving live wires exposed "
        "behind the hob. Please send an electrician urgently, it's a genuine fire risk with "
        "two toddlers in the house."
    ),
    (
        "Honest review going up on Google tonight: three stars. Gorgeous photos, very slow "
        "delivery. No hard feelings, it's just my experience."
    ),
    (
        "This broadband app is killing me. Third time this week it's logged me out halfway "
        "through a payment."
    ),
    (
        "The queue at the car hire desk in Palma was absolute murder, 90 minutes in the "
        "heat. Staff were lovely once we finally got to the front."
    ),
    (
        "Heads up: the extension lead by the boiler in flat 4B is frayed and sparking. "
        "Someone's going to get hurt if it isn't replaced today."
    ),
    (
        "Our taxi was rear-ended on Mombasa Road this morning. The driver was fine and so "
        "were we, but could I get a refund for the unfinished trip please?"
    ),
    (
        "lol I told my sister if she books the Split boat tour without me I'll kill her 😂 "
        "anyway can we move our booking to Thursday pls"
    ),
    (
        "The 'Killer Smile' whitening kit you sold me has left my teeth really sensitive. "
        "Can I return it even though it's opened?"
    ),
    (
        "Our groomer is an absolute assassin with the scissors, Bruno looks like he's off to "
        "Crufts. Can I book the same person for May?"
    ),
    (
        "I'll be posting a Tripadvisor review once we're home from Paros. Skipper was a "
        "legend, the lunch less so."
    ),
    (
        "I'm going to write to your head office and copy in my MP. Six weeks without "
        "internet for a disabled pensioner is not acceptable."
    ),
    (
        "The groomer nicked my dog's ear. It's healing fine, I just wanted you to know so "
        "you can take extra care with nervous dogs."
    ),
    (
        "My tutor absolutely destroyed me in the mock exam prep, in the best way. Brutal but "
        "fair, and I got an A."
    ),
    (
        "The photographer shot over 2,000 frames and we're completely blown away. Just one "
        "question about the album sizes."
    ),
    (
        "If I don't hear back by Friday I'll cancel the fibre contract and take my business "
        "elsewhere. Please treat this as formal notice."
    ),
    (
        "Our ride in Manila last night nearly hit a motorbike on EDSA when the driver braked "
        "late. No one was hurt, but please remind drivers to slow down, someone could be "
        "seriously injured."
    ),
    (
        "The parking shuttle clipped a bollard reversing at Terminal 2. Nobody hurt, but the "
        "driver looked exhausted. Might be worth checking how long his shifts are."
    ),
]

PAIRS = [
    (
        (
            "My filling came out two days after the appointment. Could I book in for a repair, "
            "please?"
        ),
        (
            "TWO DAYS!!! My filling lasted TWO DAYS. What the h*ll are you people using, Blu "
            "Tack?? Book me in TODAY and don't you dare charge me for it."
        ),
    ),
    (
        ("The installer didn't turn up for the 8–12 slot on Tuesday. Can we rebook for next week?"),
        (
            "I took a DAY OFF WORK for your so-called installer and he NEVER showed!!! Not a "
            "call, not a text. Absolute clowns. Rebook me AND compensate me or I'm gone."
        ),
    ),
    (
        (
            "It's been 14 weeks since our wedding and we haven't received the gallery yet. Could "
            "you give us a date?"
        ),
        (
            "FOURTEEN WEEKS and still no photos?!?! You promised six. We paid you £2,400 to sit "
            "on your a**e. I want a date by TONIGHT."
        ),
    ),
    (
        (
            "My dog came home with a small cut on his paw. Could you let me know what happened "
            "during the groom?"
        ),
        (
            "WHAT did you do to my dog?!! He came home BLEEDING and limping and nobody said a "
            "single word. You're a disgrace. Explain yourselves NOW."
        ),
    ),
    (
        (
            "The worktop has a visible join, which isn't what we agreed. Could someone come and "
            "have a look?"
        ),
        (
            "That worktop join looks like a five-year-old did it!!! Is this a JOKE?? I paid for "
            "seamless quartz, not this bodge job. Get someone out here THIS WEEK."
        ),
    ),
    (
        (
            "My car wasn't ready when I landed and I waited 50 minutes for it. I'd like a "
            "partial refund."
        ),
        (
            "50 MINUTES in the freezing cold with two kids after a night flight!!! Where the "
            "f*** was my car?? Refund me or I'm never touching your useless service again."
        ),
    ),
    (
        (
            "The heating in my room has been broken for a week. Could maintenance come and look "
            "at it?"
        ),
        (
            "A WEEK with no heating!!! I'm sleeping in my coat. You lot take £210 a week off us "
            "and can't fix ONE radiator? Pathetic. Fix it TODAY."
        ),
    ),
    (
        (
            "I've been charged a £250 excess for damage I reported at pickup. Please review the "
            "photos I've attached."
        ),
        (
            "You CHARGED ME £250 for a dent I PHOTOGRAPHED at pickup!!! Scam artists, the lot of "
            "you. Refund it now or I'm going straight to my bank."
        ),
    ),
    (
        (
            "The driver cancelled after I'd waited 20 minutes, and I was still charged a "
            "cancellation fee."
        ),
        (
            "HE cancelled and YOU charge ME?!?! 20 minutes standing on Ngong Road in the rain!!! "
            "Remove that fee immediately, this is daylight robbery."
        ),
    ),
    (
        "The sofa arrived with a torn cushion. Could you arrange a replacement?",
        (
            "Brand new sofa, TORN cushion, and your drivers legged it before I could even "
            "check!!! Useless. Replace it or take the whole d*mn thing back."
        ),
    ),
    (
        ("The tutor missed our last two sessions without notice. I'd like a refund for those two."),
        (
            "Two sessions missed without a word. I suppose it's a bold teaching method, "
            "modelling independent study by example. Do let me know where to send the invoice "
            "for my son's self-directed learning."
        ),
    ),
    (
        "The taxi driver refused to use the meter and charged me ₱800 for a short trip.",
        (
            "Eight hundred pesos for a ten-minute ride, with the meter kept politely asleep the "
            "whole way. I feel honoured to have contributed so generously to the driver's "
            "retirement fund."
        ),
    ),
    (
        "The Blue Cave tour left two hours late and we missed our entry slot at the cave.",
        (
            "The Blue Cave tour was memorable, particularly the two hours we spent admiring the "
            "harbour in Split before leaving. The cave itself I'm happy to take on trust."
        ),
    ),
    (
        (
            "The 'lunch included' on the Santorini cruise was a bag of crisps. That isn't what "
            "was advertised."
        ),
        (
            "The lunch included on your Santorini cruise turned out to be a single bag of "
            "crisps, shared thoughtfully between four adults. A bold reinterpretation of Greek "
            "cuisine; the chef clearly has a vision."
        ),
    ),
    (
        "I asked for a light trim but my poodle was shaved down completely.",
        (
            "I asked for a light trim and collected what I believe is a different species. The "
            "poodle has taken the new look with great dignity, which is more than I can say for "
            "myself."
        ),
    ),
    (
        "I was promised 900Mbps but I'm only getting about 40Mbps.",
        (
            "Nine hundred megabits promised, forty delivered. I do admire the restraint. Why "
            "rush anything when the loading wheel is so soothing to watch of an evening."
        ),
    ),
    (
        "About half of our family photos are out of focus.",
        (
            "Half the family portraits came out beautifully soft, which was thoughtful. Nothing "
            "captures the magic of a wedding day quite like being unable to tell Uncle Ray from "
            "the hedge."
        ),
    ),
    (
        "The compact car I booked wasn't available and I was charged €140 for the upgrade.",
        (
            "How kind of the desk to upgrade me to a bigger car and then let me pay €140 for the "
            "privilege. I have rarely felt so looked after while being charged."
        ),
    ),
    (
        "The 'fully furnished' room had no desk or chair when I moved in.",
        (
            "The fully furnished room came with a bed frame and a real sense of possibility. I'm "
            "writing my dissertation on the floor, which I gather builds character."
        ),
    ),
    (
        "My driver took a much longer route and the fare was double the estimate.",
        (
            "Many thanks to my driver for the scenic tour of Nairobi's outer ring roads on the "
            "way to a meeting I then missed. Double the fare seems a modest price for that much "
            "sightseeing."
        ),
    ),
]

SINCERE = [
    (
        "Wow. Just wow. The photos arrived yesterday and I've cried at every single one. "
        "Thank you, Amara, you caught my dad's face during his speech perfectly."
    ),
    (
        "Of course I'll recommend you to everyone. My kitchen looks like a magazine shoot "
        "and your lads left the place cleaner than they found it."
    ),
    (
        "Finally, a dentist who doesn't make me panic. Dr Okafor talked me through every "
        "step. First check-up in 20 years I haven't dreaded."
    ),
    (
        "Thanks for the update! Knowing the engineer was running 30 mins late meant I could "
        "nip to the shops first. Small thing but really appreciated."
    ),
    (
        "Brilliant service from the car hire desk in Faro, the lad stayed past closing time "
        "to wait for our delayed flight. Couldn't have asked for more."
    ),
    (
        "Love that you send a photo of Biscuit halfway through his groom so I know he's ok. "
        "He's a nervous rescue and it honestly puts my mind at ease."
    ),
    (
        "What a surprise to find a handwritten card and a little welcome pack on move-in "
        "day. Made my first day away from home so much easier. Thank you."
    ),
    (
        "Just what I needed after a horrible month: a day round Paros with a skipper who "
        "clearly loves his job. We swam, we ate, we slept. Efharisto, Nikos."
    ),
    (
        "Couldn't be happier with the delivery team. They carried the wardrobe up four "
        "flights, built it, and took every scrap of packaging away."
    ),
    (
        "Mrs Banerjee took my daughter from a 4 to a 7 in maths. Of course she did the work "
        "herself, but you gave her the confidence. Thank you so much."
    ),
    (
        "Our driver Wanjiru waited while I ran back into the hotel for my laptop and didn't "
        "charge a shilling extra. Asante sana, honestly a lifesaver."
    ),
    (
        "Finally! Fibre is in and it hit 870Mbps on the first test. The installer even "
        "clipped the cable neatly along the skirting. Chuffed to bits."
    ),
    (
        "Wow, the parking shuttle was already waiting before we'd got through passport "
        "control. Seamless from start to finish, thank you."
    ),
    (
        "Thanks for the update on my refund. It's already in my account, much quicker than "
        "you said. Really appreciate the honesty throughout."
    ),
    (
        "Salamat po to our driver in Makati who noticed my son was carsick and pulled over "
        "with tissues and water. Brilliant human being, five stars."
    ),
]

CALM_DRAFTS = [
    (
        "Dear Bright Smile Dental,\n"
        "\n"
        "I am writing AGAIN about invoice INV-20931 for the crown Dr Harlow fitted on "
        "14/03/2024. I was quoted £480 on the phone by your receptionist Jade (call on 2 "
        "March at 10:15, I have the log). You then charged my card £695!!! Nobody explained "
        "the extra £215. NOBODY.\n"
        "\n"
        "Every single time I ring 0161 496 0728 I get put on hold and then cut off. I "
        "emailed accounts@brightsmiledental.co.uk on 18 March, 21 March and 2024-03-25. Zero "
        "replies. Is anyone actually employed there or is it just the drill?\n"
        "\n"
        "The crown then cracked on March 29th while I was eating SOUP. Soup!! I had to pay "
        "£60 for an emergency appointment elsewhere (receipt attached, ref EM-5512).\n"
        "\n"
        "I want the £215 overcharge and the £60 refunded by 12/04/2024. If not, I'll be "
        "filing with the Dental Complaints Service and putting a very detailed one-star "
        "review on Google and Facebook, tagging @BrightSmileMcr. Honestly, you should all be "
        "ashamed.\n"
        "\n"
        "Mrs L. Fenwick\n"
        "Patient no. 004417"
    ),
    (
        "To whoever reads these at NorthLink Fibre,\n"
        "\n"
        "Order #NLF-558201. Install booked for 3 March, 8am–12pm window. Tech showed up at "
        "4:40 PM, drilled a hole through my living room wall in the WRONG place, then said "
        'he "didn\'t have the right connector" and left. LEFT!!! With a hole in my wall!!!\n'
        "\n"
        "Rebooked for March 9th. Nobody came. Rebooked for 2024-03-14. A guy named Trevor "
        'came, ran cable across my ceiling like Christmas lights and said that\'s "standard." '
        "It is NOT standard. I have pictures.\n"
        "\n"
        "You've billed me CA$89.99 for February AND March for service I NEVER had, plus the "
        'CA$150 "installation fee." That\'s CA$329.98 for a hole and a cable.\n'
        "\n"
        "I called 1-800-555-0142 five times. Agent Priya said a supervisor would call back "
        "within 24 hours. That was 11 days ago. Great job guys, really.\n"
        "\n"
        "Refund the CA$329.98 and send someone competent to fix the wall, or I'm going to "
        "the CCTS and posting the whole saga on r/canada tagging @NorthLinkHelp. Reply to "
        'd.macleod77@gmail.com. Not interested in another "we value your feedback" email.\n'
        "\n"
        "Dan MacLeod"
    ),
    (
        "Hi Jess,\n"
        "\n"
        "Our wedding was on 16/11/2023 at Yarra Valley Estate. Booking ref JPW-1123. We paid "
        "A$4,200 in full by 1 October like you asked. Your contract (I'm looking at it right "
        "now) says gallery within 8 weeks. It is now 2024-02-20. That's FOURTEEN weeks.\n"
        "\n"
        "I've messaged you on Insta (@jessphotoweddings) six times. You've posted three "
        "OTHER couples' weddings since ours!!! So you clearly have time to edit their "
        "photos. We've also emailed hello@jesspw.com.au and called 0412 555 381. Voicemail "
        "every single time.\n"
        "\n"
        'And the 40-image "sneak peek" you sent on Jan 5th? Half of them are blurry and my '
        "nan is cut out of the family shot. My NAN. She's 91.\n"
        "\n"
        "I want the full gallery by Friday 23 Feb, 5pm, or a refund of at least A$2,000. If "
        "I don't hear back I'm lodging a complaint with Consumer Affairs Victoria and "
        "leaving honest reviews on Google, Easy Weddings and in the Melbourne Brides "
        "Facebook group (38k members). Don't think I won't.\n"
        "\n"
        "Really disappointed,\n"
        "Chloe & Marcus Tan"
    ),
    (
        "To the manager of Pampered Paws Grooming, Austin TX\n"
        "\n"
        "On Saturday, March 2nd at 9:30 a.m. I dropped off my goldendoodle, Maple, for the "
        '"Deluxe Spa" package ($115 + a $20 tip I paid upfront like an idiot). Groomer\'s '
        "name was Brittany. Pickup was supposed to be 1 p.m. I waited until 2:45.\n"
        "\n"
        "When I finally got her back she had RAZOR BURN all down her belly and a nick on her "
        'ear that was still bleeding. Nobody said a word. Brittany just said "she was '
        "wiggly.\" Well EXCUSE ME, she's a dog!!\n"
        "\n"
        "Vet visit on 03/04/2024 cost me $238.60 (invoice #VC-88213, Riverside Animal "
        "Clinic, 512-555-0199 if you want to check). I expect that refunded plus the $135 I "
        "paid you. Total $373.60.\n"
        "\n"
        "I emailed info@pamperedpawsatx.com twice and DM'd @pamperedpawsatx. Y'all read it "
        "and never answered. Every single time I call it goes to a full voicemail box.\n"
        "\n"
        "If I don't have that money by March 15 I'm filing in small claims and putting the "
        "photos of her belly on Yelp, Nextdoor and TikTok. People deserve to know.\n"
        "\n"
        "Rhonda Kessler"
    ),
    (
        "Dzień dobry / Hello,\n"
        "\n"
        "Kitchen installation, contract nr KF/2024/0317, signed 17.01.2024. Total price 38 "
        "500 zł, of which I paid 20 000 zł deposit on 19 January. Fitting was promised for "
        "4–8 March. Your team (foreman Marek Zieliński) came on 11 March, three days late, "
        "and left on the 13th with the job HALF done.\n"
        "\n"
        "The sink is not connected. The oven housing is 2 cm too narrow so the oven DOES NOT "
        'FIT. The worktop has a chip near the hob that Marek said "nobody will see." I see '
        "it. Every. Single. Day.\n"
        "\n"
        "I have called +48 22 555 41 90 every morning since 14/03. Your office lady says "
        '"pan Marek will call". Pan Marek never calls. I emailed biuro@kuchnie-zielinski.pl '
        "with 23 photos on 2024-03-15. Nothing!!!\n"
        "\n"
        "I will not pay the remaining 18 500 zł until it is finished PROPERLY. If nothing "
        "happens by 29 March, 12:00, I go to the Rzecznik Konsumentów and I write everything "
        "on Google Maps and Oferteo with photos. Honestly, amateurs would do better job.\n"
        "\n"
        "Katarzyna Wójcik\n"
        "ul. Lipowa 14/6, Warszawa"
    ),
    (
        'Subject: Booking GP-77120 — car damaged and 1 200 kr "late fee"\n'
        "\n"
        "Hei,\n"
        "\n"
        "I booked valet parking at Gardermoen from 2 February 06:15 to 9 February 22:40. "
        "Paid 1 890 kr online (confirmation sent to ingrid.holm@online.no). Flight landed on "
        "time. Your driver arrived at 23:55. An hour and fifteen minutes in minus 14 "
        "degrees!!!\n"
        "\n"
        "Then I see a long scratch on the rear door that was NOT there before. Your staff "
        'member (badge said "Jonas") shrugged and said "fill in the form on the website." '
        "The form at www.gp-parkering.no/skade gives error 500. Every single time.\n"
        "\n"
        'Now my card statement shows an extra 1 200 kr "late collection fee" dated '
        "10/02/2024. LATE? I was standing there waiting for YOU.\n"
        "\n"
        "I want: the 1 200 kr refunded, the scratch repaired (quote from Bilpleie Nord: 4 "
        "650 kr), and an explanation. Call me on +47 912 34 567 after 16:00.\n"
        "\n"
        "If nothing by 1 March, I go to Forbrukerrådet and I post the video of your driver "
        "on Facebook. Fantastic service, really. Ten out of ten for creativity with fees.\n"
        "\n"
        "Ingrid Holm"
    ),
    (
        "To The Warden / Management, Sunrise Student Residency, Pune\n"
        "\n"
        "Sir, this is regarding Room 214-B, allotment no. SSR/24/0915. I paid ₹45,000 "
        "security deposit plus ₹18,500 monthly rent from 1st August 2023. On 3 March 2024 "
        "the ceiling fan FELL on my study table at 11:20 pm. I could have been seriously "
        "injured. Photos are attached.\n"
        "\n"
        "I informed Mr. Deshpande (caretaker) the same night on 98220 55431. He said "
        '"tomorrow". Tomorrow means never in this building. It is now 2024-03-14 and still '
        "no fan, no repair, and water is coming only 2 hours per day.\n"
        "\n"
        'Also you have deducted ₹3,200 as "maintenance charges" from my deposit without any '
        "bill. What maintenance?? You NEVER maintain anything!!!\n"
        "\n"
        "I am requesting: refund of ₹3,200, a new fan within 48 hours, and rent reduction "
        "for March. Kindly reply to rohan.kulkarni2003@gmail.com.\n"
        "\n"
        "Otherwise I will file a complaint at the consumer forum and post the full video on "
        "Instagram tagging @sunriseresidencypune and on the Pune students Reddit. All my "
        "batchmates are also ready to do the same.\n"
        "\n"
        "Regards,\n"
        "Rohan Kulkarni\n"
        "B.Tech 2nd year"
    ),
    (
        "Re: Rental agreement TYR-4471-K, Naha Airport desk\n"
        "\n"
        "I picked up a compact car on 2024-04-02 at 14:05 and returned it on 6 April at "
        "09:30 with a FULL tank (fuel receipt, ¥5,870, attached). Your staff member Mr. Higa "
        "signed the return sheet. No issues noted.\n"
        "\n"
        'Today my credit card shows ¥38,500 for "damage and refuelling". DAMAGE?? What '
        "damage? Refuelling?? I filled it up myself, twenty metres from your office!!!\n"
        "\n"
        "I emailed support@okirentacar.jp on 09/04/2024 and got an automatic reply in "
        "Japanese only. I called +81 98-555-0147 three times; twice nobody answered, once I "
        'was told to "please wait" for 22 minutes and then the line went dead.\n'
        "\n"
        "I have been a customer of your company for 4 years. Every single time something "
        "goes wrong it takes weeks. This time I'm done.\n"
        "\n"
        "Cancel the ¥38,500 charge within 7 days or I do a chargeback with my bank and write "
        "the full story on Google and Tripadvisor. Thank you SO much for ruining the last "
        "memory of an otherwise beautiful holiday.\n"
        "\n"
        "Sophie Lambert\n"
        "sophie.lambert@free.fr\n"
        "+33 6 12 34 56 78"
    ),
    (
        "Hi DeliverMe Furniture team,\n"
        "\n"
        "Order number DM-2024-66812: a 3-seater couch (R14,999) and coffee table (R3,450). "
        "Delivery slot booked for Saturday 9 March between 08:00 and 12:00. Your guys "
        "pitched at 17:45. SEVENTEEN FORTY-FIVE. I cancelled a braai for this.\n"
        "\n"
        "Then the driver (Sipho, I think) and his mate dragged the couch up my stairs and "
        "tore the armrest. When I pointed it out he said \"that's how it came from the "
        'factory, sisi." Eish. Really?? It was wrapped until YOUR guys opened it!!\n'
        "\n"
        'I called 021 555 7734 on 11/03, 12/03 and 13/03. Each time: "a consultant will call '
        'you back." No consultant has EVER called me back. I also mailed '
        "care@deliverme.co.za and tagged @DeliverMeSA on X. Nothing.\n"
        "\n"
        "I want a new couch delivered or R14,999 back in my account by 22 March 2024. If "
        "not, this goes to the Consumer Goods and Services Ombud and onto Hellopeter with "
        "every photo and voice note. You guys are a joke, honestly.\n"
        "\n"
        "Thandi Mokoena\n"
        "072 555 9013"
    ),
    (
        "Good day Mr. Adeyemi,\n"
        "\n"
        "I am writing concerning the private tutoring for my son Tobi (Maths and Physics, "
        "WAEC preparation). Invoice number PT/0224/17. I paid ₦180,000 on 5th February 2024 "
        "for 12 sessions, Mondays and Thursdays at 4pm.\n"
        "\n"
        "Out of 12 sessions, you attended FIVE. On 15/02 you said your car broke down. On 22 "
        "Feb you said network was bad. On February 29th you did not even call!!! My son sat "
        "there with his books open waiting for two hours. Is this how you treat people's "
        "children??\n"
        "\n"
        "I have called your line 0803 555 2190 several times and you keep saying \"I'll sort "
        'it, madam." Sort what? Every single time the same story.\n'
        "\n"
        "I want a refund of ₦105,000 for the 7 sessions you missed, paid into my GTBank "
        "account by 20th March. If I don't see it, I will report you to the agency (EduLink "
        "Tutors, info@edulinktutors.ng) and I will post everything in the Lekki Mums "
        "WhatsApp and Facebook groups. Over 20,000 parents. Let them know who they are "
        "dealing with.\n"
        "\n"
        "Mrs. Funmi Adebayo\n"
        "Lekki Phase 1"
    ),
    (
        "To: Support, SwiftRide Kenya\n"
        "Trip ID: SR-KE-2290417\n"
        "\n"
        "On 14/03/2024 at 6:05 am I requested a ride from Kilimani to JKIA for a 9:10 "
        "flight. Estimated fare KSh 1,850. Driver: Kevin O., white Toyota Axio KDG 512M. He "
        "arrived 25 minutes late, stopped to FUEL with me in the car, then took Mombasa Road "
        'through the worst traffic "because the expressway is expensive." I offered to pay '
        "the toll myself!!!\n"
        "\n"
        "I missed check-in by 4 minutes. The airline charged me $120 to rebook (receipt "
        "attached). Your app charged me KSh 3,400, almost DOUBLE the estimate.\n"
        "\n"
        "I reported it in the app the same morning. Automated reply. Emailed "
        "help.ke@swiftride.com on March 15th. Nothing. Called +254 20 555 0188 and got a "
        "recording telling me my call is important. Clearly it is not.\n"
        "\n"
        "I want the KSh 3,400 refunded and the $120 covered, and that driver off your "
        "platform. If you can't manage that by 2024-03-25, I'm posting the whole trip map on "
        "X (@SwiftRideKE will love it) and filing with the Competition Authority. Asante.\n"
        "\n"
        "Wambui Njoroge"
    ),
    (
        "Hello po, Hatid PH Support,\n"
        "\n"
        "Booking ref HTD-MNL-883104, March 3rd, 10:47 PM, from BGC to Sampaloc. App fare "
        '₱286. Driver "Ronnie D." in a grey Vios, plate NCF 4821.\n'
        "\n"
        "First he asked me to cancel and pay him ₱600 cash instead. I said NO. Then he drove "
        "super fast on EDSA while on his phone the WHOLE time, I was literally holding the "
        'handle praying. When we arrived he said I should pay ₱150 extra "for traffic." '
        "There was NO traffic, it was almost midnight!!!\n"
        "\n"
        "I paid because I was scared, honestly. Total ₱436. I reported it in the app on "
        '04/03/2024 and got "we will look into this." That\'s it? Every single time I '
        "complain it's the same copy-paste reply.\n"
        "\n"
        "My email is bea.santos.ph@gmail.com and my number is 0917 555 2468. I want the ₱150 "
        "back and I want this driver suspended. If there's no action by March 10, I'll post "
        "the dashcam screenshot and the plate in the Manila commuters FB group and tag "
        "@HatidPH on TikTok. You need to protect your passengers, grabe.\n"
        "\n"
        "Bea Santos"
    ),
    (
        "Dear Adriatic Blue Tours,\n"
        "\n"
        "Booking no. ABT-24-0712, Five Islands tour from Split, 12 July 2024, 4 adults, €95 "
        "each = €380 paid via your website www.adriaticbluetours.hr.\n"
        "\n"
        "Departure was 08:00. We waited on the Riva until 09:50 with NO information. Then "
        'your skipper (Ante) announced the Blue Cave was "not possible today", but the other '
        "boats were going!!! We spent 3 hours at one beach on Hvar that we could have "
        "reached by ferry for €10.\n"
        "\n"
        'The "lunch included" was a cold sandwich and half a warm beer each. Great value, '
        "really.\n"
        "\n"
        'I asked Ante for the manager\'s number and he said "email." I emailed '
        "info@adriaticbluetours.hr on 13/07/2024 and 2024-07-16. No answer. I also called "
        "+385 21 555 478 and a lady hung up when she heard English.\n"
        "\n"
        "I expect a refund of at least €200. If I don't hear from you by 31 July, I'm "
        "disputing the card payment and writing up the whole day on Tripadvisor and Google. "
        "You should be embarrassed.\n"
        "\n"
        "Regards,\n"
        "Markus Brenner\n"
        "Munich, Germany"
    ),
    (
        "Re: Sunset Catamaran Santorini, booking SCS-5518, 21st August\n"
        "\n"
        "Hi,\n"
        "\n"
        "We booked the sunset catamaran for 2 adults + 2 children through your site "
        "(www.santocatamaran.gr). Paid €640 on 02/06/2024, which my bank converted to "
        "£548.10.\n"
        "\n"
        "On the day, pickup was meant to be 14:30 at our hotel in Fira. Nobody came. I "
        "called +30 22860 55 120 at 14:45, 15:00 and 15:20. No answer. At 15:40 a driver "
        'called Yiannis turned up, said we were "not on his list" and drove off without '
        "us!!! My kids were in tears.\n"
        "\n"
        "Your rep Eleni replied to my email (tom.harris84@outlook.com) on 22 Aug saying we "
        'were a "no-show" and not eligible for a refund. A NO-SHOW?? We stood outside the '
        "hotel for an hour and ten minutes. Reception can confirm.\n"
        "\n"
        "Refund the full €640 within 14 days or I'll raise a Section 75 claim with my card "
        "provider and post the whole story, with your emails, on Tripadvisor, Facebook and "
        "under @santocatamaran on Instagram. Honestly the worst company we've dealt with in "
        "15 years of holidays.\n"
        "\n"
        "Tom Harris"
    ),
    (
        "Hej / Hello Tandvård Centrum,\n"
        "\n"
        "I'm writing about my treatment on 2024-02-07 (invoice 44817). Dr. Lindqvist did a "
        "root canal on tooth 36. I was quoted 4 800 kr. The invoice says 7 350 kr!!! That's "
        "2 550 kr more and NOBODY told me.\n"
        "\n"
        "Two days later (9 Feb) the pain was WORSE. I called 08-555 123 40 at 07:58 so I'd "
        "be first in the queue. I was number 14. When I got through, the receptionist (Maja) "
        "said the earliest time was 28 February. Three weeks in agony? Are you serious??\n"
        "\n"
        "I ended up at an emergency clinic on 10/02/2024, paid 1 900 kr, and they said the "
        "canal wasn't properly sealed. So I paid you 7 350 kr for a job that had to be "
        "redone.\n"
        "\n"
        "I emailed reception@tandvardcentrum.se on 12 Feb and 19 Feb. No reply. Every single "
        "time I contact you it disappears into a black hole.\n"
        "\n"
        "I want the 2 550 kr difference and the 1 900 kr emergency fee refunded by 15 March. "
        "Otherwise I'm reporting you to Patientnämnden and writing reviews on Google and "
        "Reco.se. Tack för ingenting.\n"
        "\n"
        "Erik Sandberg"
    ),
    (
        "To: Complaints, Clydeside Kitchens Ltd\n"
        "Job ref: CK-3381 / Customer: Mr & Mrs Boyle\n"
        "\n"
        "Right. I've been polite for SIX weeks and I'm done being polite.\n"
        "\n"
        "You quoted £11,750 for the full fit (quote dated 14/01/2024). We paid a £5,000 "
        'deposit on 16 January and another £4,000 on 2024-02-19 when your lads "started". '
        "Your fitter Craig has been here a grand total of FOUR days since. Four!!! There's a "
        "hole where the dishwasher should be and I've been washing dishes in the bath since "
        "February 26th.\n"
        "\n"
        'Craig said Tuesday at 8am. Nobody. Then Thursday "first thing." Nobody. Your office '
        '(0141 555 0963) keeps saying "he\'s on another job." Aye, clearly. Every single time '
        "it's another job.\n"
        "\n"
        "The cabinet doors you DID fit are the wrong colour. We ordered Sage, we got "
        "something like pea soup. Check the order form if you don't believe me.\n"
        "\n"
        "I want the kitchen finished by 29 March or £4,000 back. Email me at "
        "jboyle.glasgow@btinternet.com. Otherwise it's a letter from my solicitor, a "
        "complaint to Trading Standards, and a wee review on Google and Checkatrade with "
        "LOTS of photos. Absolute cowboys.\n"
        "\n"
        "Jim Boyle"
    ),
]
