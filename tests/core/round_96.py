"""Blind round 96 (session 31): written by a helper session that saw no rule, no round and no
code, themed on food delivery, airlines, marketplaces, insurance, childcare, hairdressers, cinemas
and ticketing. Held out while rounds 95 and 97 were worked from, and measured once with the
session's starting code (4a9b21a) and once with the code after those rounds' forms: threats 13/20
and 13/20, extortion 10/15 and 11/15, look-alikes 20/20 clean, plain pairs 10/10, dry pairs 6/10,
sincere 14/15, calm versions 10/10 both times: the forms written from two fresh rounds carried to
one of its texts. Then worked from (test_round_96.py): threats 18/20, extortion 15/15. Left: a
way in "through the fire exits" told as an observation, a worker's house and dog three sentences
before "Would hate for the dog to get out one night", four dry jabs."""

EXTORTION = [
    (
        "Further to my email of 3 March, I am prepared to amend my Trustpilot review "
        "to reflect a satisfactory outcome once the full refund of AUD 189.50 has been "
        "credited to my card. Until that time it will remain as written."
    ),
    (
        "Kindly send back the KSh 4,500 to my M-Pesa and I will remove the Google review "
        "I posted on Saturday. If not, I will add the photos of the cold pilau also."
    ),
    (
        "Eh your rider ate half my fries lah. Give me $20 voucher then I take down the "
        "Instagram story. If not I tag every food page in SG, up to you."
    ),
    (
        "Mi nuh waan fuss, but if unu nuh sen back mi money by Friday, di whole a Facebook "
        "a go see di video. Refund come, video gone. Simple so."
    ),
    (
        "Right, here's the deal butt. Sort the refund for the cinema tickets and I'll bump "
        "the TripAdvisor review up to four stars. Leave it and it stays at one, with the "
        "photos of the sticky seats."
    ),
    (
        "Look, I'm a reasonable guy. Comp my next two cuts and the Yelp thing goes away. "
        "Funny how fast reviews can change when people do the right thing."
    ),
    (
        "Kia ora, just flagging that my NoCowboys review is still up. Happy to have another "
        "look at the wording once the $350 excess on claim 88-2231 is waived. Cheers."
    ),
    (
        "I've drafted a rather detailed Reddit post about my experience on flight 412 and "
        "your lost-baggage desk. I'd much prefer not to publish it. A goodwill credit of "
        "30,000 points would go a long way towards helping me decide."
    ),
    (
        "Seller, I gave 1 star on Amazon. If you send me $40 back by PayPal friends and "
        "family I will change to 5 star and write very nice things. Deal?"
    ),
    (
        "I've got 12k followers on TikTok and a video ready to go about your 'verified "
        "resale' rort. Refund the £230 in fees by 6pm and I'll bin it. Your call."
    ),
    (
        "We would be willing to reconsider what we wrote on the Kindicare page if the centre "
        "agrees to credit the two weeks we were billed while Maya was excluded."
    ),
    (
        "Hello, I am very disappointed for the hair colour. If you give me back 120 euro, "
        "I can delete my Google comment and also I will not write in the Facebook group "
        "of the neighbourhood."
    ),
    (
        "Just so we're clear: the ProductReview.com.au post goes from one star to five "
        "the day my claim is paid. Not one day before."
    ),
    (
        "Interesting how many people check Zomato before they order these days. Would be "
        "a pity if my write-up was the first thing they saw. A full refund might help me "
        "forget to finish it."
    ),
    (
        "Bump us to business on the return leg and I'll write you the most glowing "
        "TripAdvisor review you've ever had, instead of the one currently sitting in my "
        "drafts. Think it over."
    ),
]

THREATS = [
    (
        "I know which bus your manager catches home. Tell him to sort my refund before "
        "he gets on it tomorrow."
    ),
    "Hope every one of your delivery scooters gets torched tonight 🔥🔥 you'd deserve it.",
    (
        "Keep ignoring me and see what happens to that shiny shopfront of yours. Glass "
        "breaks easy, mate."
    ),
    (
        "Mi know weh di bwoy wid di red cap live. Tell him fi watch himself when him a "
        "lock up di shop tonight."
    ),
    (
        "Your receptionist has a lovely little girl. Saw them both at the park on Saturday. "
        "It'd be a pity if anything happened while you're busy ignoring my emails."
    ),
    "If I see that gate agent again I'm putting her through the glass. That's a promise.",
    (
        "Next time I'm in, somebody's leaving on a stretcher. Ask around Queens what "
        "happens to people who rip me off."
    ),
    (
        "Tell that stylist she's lucky I didn't drag her out by her own extensions. Next "
        "time I won't be so nice about it."
    ),
    (
        "I hope the next plane any of you get on goes straight into the sea. Every one "
        "of you in that call centre."
    ),
    "Enjoy your drive home. I've got your rego now. 😉",
    (
        "Wewe manager, I know your house in Kilimani, the one with the blue gate. Refund "
        "by tonight or my boys come to greet you."
    ),
    (
        "Funny, I never noticed how easy it is to get into the cinema through the fire "
        "exits off the lane. Just saying. 🙂"
    ),
    (
        "Your insurance assessor should get in the habit of checking under his car "
        "before he drives off."
    ),
    "Wait till I catch your rider at the void deck. I whack him until he cannot ride already.",
    (
        "Accidents happen in kitchens all the time. Hot oil, sharp knives, wet floors. "
        "Your chef should be very careful from now on."
    ),
    "I'll be at the box office at 7. Bring security, you'll need them. 🔪",
    "Hope someone burns that daycare down with the director still sitting in her office.",
    ("Reckon your warehouse would go up a treat in this heat. Be a real shame, that. Real shame."),
    (
        "Tell Brenda from claims I've been looking at her Instagram. Nice house. Nice dog. "
        "Would hate for the dog to get out one night."
    ),
    (
        "You've got until Friday. After that I stop writing emails and start paying "
        "visits. Your office or your home, whichever's closer."
    ),
]

LOOK_ALIKES = [
    (
        "I've left a 2-star review on Google describing exactly what happened, including "
        "the part where your manager did apologise."
    ),
    (
        "If this isn't resolved within 14 days I'll be referring the matter to the "
        "Financial Ombudsman Service, as is my right."
    ),
    "I'll come in tomorrow at 10 with the receipt so someone can have a look at the hair dryer.",
    (
        "Honestly the cabin was a bomb site when we boarded: crumbs, used tissues and a "
        "blanket on the floor of row 22."
    ),
    "The back pain from that broken seat is killing me. I'd like the incident recorded, please.",
    (
        "I was shoved to the ground by another passenger at gate 23 and none of your staff "
        "helped. I've filed a police report (ref. 2024/118734) and would like the CCTV kept."
    ),
    (
        "I've started a chargeback with my bank for the $64.90 order that never arrived, "
        "so please don't send another driver."
    ),
    (
        "Please treat this as a formal complaint. I expect a written response by 30 June, "
        "after which I will lodge an application with NCAT."
    ),
    (
        "My daughter came home with a bite mark on her arm from another child. I'm not "
        "blaming the educators, but I do need to know how it was handled."
    ),
    "Your concert was fire, but the merch queue was absolute murder: two hours in the rain.",
    (
        "I already posted an honest review last week, and I'll leave it exactly as it is "
        "whatever you decide about the refund."
    ),
    (
        "If the KSh 12,000 is not refunded I will be filing at the Small Claims Court in "
        "Milimani. I have all the receipts."
    ),
    (
        "I'll be lodging a case with CASE and the Small Claims Tribunals if the ticket "
        "refund isn't processed by 15 August."
    ),
    (
        "The smoke alarm went off twice during the film and nobody came to check on us. "
        "The fire exit was also blocked by boxes, which seems dangerous."
    ),
    (
        "Mi nah go lie, di food did cold when it reach, an mi a go report it to di "
        "Consumer Affairs Commission if mi nuh get mi refund."
    ),
    (
        "Your driver hit my parked car while reversing out of the drive. Dashcam footage "
        "attached, his van rego is XYZ123."
    ),
    (
        "I'll be taking this up with the Commerce Commission and Consumer NZ if the "
        "airline won't honour the refund it promised."
    ),
    (
        "Kill the subscription please. I've been charged three times this month and I "
        "just want it gone."
    ),
    (
        "My hairdresser absolutely butchered my fringe, I look like I lost a fight with a "
        "hedge trimmer. Can I book in for a fix this week?"
    ),
    (
        "I know where your head office is, and I'll be posting the original documents "
        "there by registered mail on Monday."
    ),
]

PAIRS = [
    (
        "My order #DLV-55821 arrived 70 minutes late and the noodles were cold. I'd like "
        "a refund of the delivery fee, please.",
        "SEVENTY MINUTES for cold noodles?!! Order DLV-55821 was a JOKE. Your drivers are "
        "clueless and your app is garbage. REFUND THE FEE NOW!!!",
    ),
    (
        "My suitcase didn't arrive on flight NZ102 from Sydney to Auckland. The tracking "
        "reference is AKLNZ40127. Could you tell me when it will be delivered?",
        "You LOST my bag on NZ102 and nobody at Auckland has a clue!!! AKLNZ40127, three "
        "days and NOTHING. Absolutely useless, the lot of you!!",
    ),
    (
        "The phone I bought through your marketplace is a different model from the one "
        "in the listing. I'd like to return it for a full refund.",
        "This is a FAKE, not even the model in the listing!!! Your 'marketplace' is a "
        "paradise for scammers and you clearly DON'T CARE. Refund me IMMEDIATELY!!",
    ),
    (
        "My storm damage claim was lodged six weeks ago and I haven't heard back. Could "
        "you give me an update and a rough timeframe?",
        "SIX WEEKS and not one call about my storm claim!!! Happy enough to take my "
        "premiums every month though, aren't you?! Pathetic. Incompetent. Call me TODAY!!",
    ),
    (
        "We were charged for a day the centre was closed for staff training. Please "
        "credit the $128 back to our account.",
        "You shut the centre AND charged us $128 for it?!! Who runs this place??? "
        "Disgraceful. Fix it or we're pulling our kids OUT!!!",
    ),
    (
        "I asked for a trim of about two centimetres, but roughly ten were taken off. "
        "I'd like to talk about a partial refund.",
        "I said TWO centimetres and she hacked off TEN!!! Does your stylist even listen?? "
        "I look ridiculous and it's YOUR fault!!!",
    ),
    (
        "The film started 25 minutes late and the sound cut out twice. I'd appreciate a "
        "refund or replacement tickets.",
        "25 MINUTES LATE and then the sound DIES twice?!! Worst cinema in Cardiff, hands "
        "down. Your useless staff just shrugged!!! I want my money BACK!!",
    ),
    (
        "I was charged twice for the same two tickets (booking TM-889204). Please refund "
        "the duplicate payment of $312.",
        "You charged me TWICE, $312 EXTRA!!! Booking TM-889204. Your system is a shambles "
        "and your 'support' bot is brain-dead. REFUND IT!!!",
    ),
    (
        "My son's report lists him as absent on days he was at school. Could the "
        "attendance records please be checked?",
        "Marked ABSENT on days he was SITTING IN YOUR CLASSROOM!!! Does anyone at this "
        "school actually do their job?! Fix the records NOW!!",
    ),
    (
        "The security queue at Terminal 2 took over an hour and I missed my flight. I'd "
        "like to know what can be done.",
        "An HOUR in your security queue and I MISSED MY FLIGHT!!! Two lanes open for "
        "hundreds of people. Clowns, the lot of you!!!",
    ),
    (
        "My order was delivered to the wrong address and I never received it. Please "
        "refund the $42.80.",
        "Delighted to hear my dinner had such a lovely evening at someone else's house. "
        "I do hope they enjoyed the dumplings. Perhaps the $42.80 could find its way back "
        "to me, with slightly better navigation this time.",
    ),
    (
        "Our flight was delayed nine hours and we were given no meal vouchers or updates. "
        "I'd like compensation under your customer charter.",
        "Nine hours at gate 14 gave us a wonderful chance to memorise every floor tile. "
        "The total absence of updates kept things suspenseful, and I gather skipping meals "
        "is now part of the fare. Truly a premium experience.",
    ),
    (
        "The seller marked my parcel as delivered, but it never arrived. I'd like the "
        "marketplace to investigate.",
        "Congratulations to the seller, who appears to have invented the invisible parcel. "
        "The tracking says delivered, so I assume it's on my doorstep, just very well "
        "hidden. I'll keep looking while you investigate, no rush at all.",
    ),
    (
        "I've been asked to send the same documents for my claim four times. Please "
        "confirm you now have everything you need.",
        "I've now sent the same three documents four times, so I assume they're being "
        "framed somewhere in your office. Happy to send a fifth set for the collection. "
        "The claim can wait, it's only been since March.",
    ),
    (
        "Nobody told us our daughter had a fever until pickup at 5pm. We'd like to be "
        "phoned when she's unwell.",
        "Thank you for keeping her temperature a lovely surprise until five o'clock. We do "
        "enjoy a mystery at pickup. A phone call would spoil the fun, I know, but we'd be "
        "willing to make that sacrifice.",
    ),
    (
        "I asked for a soft caramel balayage and the colour came out orange. I'd like it "
        "corrected free of charge.",
        "I asked for caramel and received something closer to a traffic cone, which is "
        "certainly a bold interpretation. People can spot me from the other end of the "
        "street now, a first for me. I'd like the sequel at no charge.",
    ),
    (
        "People were talking and using their phones throughout the film and the staff "
        "didn't step in.",
        "What a treat to follow the film and three separate phone calls at the same time. "
        "Your staff clearly trust the audience to manage itself, which is rather touching. "
        "I'll bring earplugs and lower expectations next time.",
    ),
    (
        "The fees on my concert ticket were almost as much as the ticket itself. I think "
        "they should be shown upfront.",
        "Loved discovering on the final screen that the service fee was nearly the price "
        "of the ticket. It's like a magic trick, except the thing that vanishes is sixty "
        "dollars. Generous of you to reveal it eventually.",
    ),
    (
        "The school emailed about the excursion the evening before, which didn't give us "
        "time to sort out the permission slip and payment.",
        "Nothing builds family character like learning at nine at night that we need a "
        "signed form, forty dollars and a packed lunch by eight. I appreciate the school's "
        "faith in our ability to perform small miracles.",
    ),
    (
        "I was charged $95 because my carry-on was 1kg over, even though the same bag was "
        "accepted on the outbound flight.",
        "Fascinating that my bag put on a whole kilo over a four-day holiday. I had no idea "
        "it was eating so well. Ninety-five dollars seems a fair price for such an "
        "impressive transformation.",
    ),
]

SINCERE = [
    (
        "Wow, fantastic. The rider rang ahead, found our flat in the pouring rain and the "
        "food was still piping hot. Please pass our thanks on to Brian."
    ),
    (
        "Of course I'll fly with you again. After the mix-up in Nairobi your ground staff "
        "rebooked us within the hour and even arranged a wheelchair for my mum. Asante sana."
    ),
    (
        "Great job to the claims team. I was dreading the whole process after the flood, "
        "but Priya kept me updated at every step and the money landed in nine days."
    ),
    (
        "Just wanted to say a massive thank you to the educators in the Possums room. Our "
        "boy cried every morning for the first month and now he runs in without looking back."
    ),
    (
        "My order arrived broken and honestly I expected a fight. Instead the seller sent "
        "a replacement the same day and told me not to bother returning the old one. "
        "Genuinely impressed."
    ),
    (
        "Diolch o galon to Siân at the salon. She fixed the colour another place had "
        "ruined and never once made me feel silly about it. Best I've felt in months."
    ),
    (
        "Lovely evening at your cinema. The staff noticed my dad struggling with the stairs "
        "and moved us to accessible seats without any fuss at all. Thank you."
    ),
    (
        "Thank you to the ticketing team for refunding us so quickly when the concert was "
        "postponed. Clear emails, no arguing, money back in three days. That's how it "
        "should be done."
    ),
    (
        "Big up to di whole crew at di airport help desk. Dem find mi grandmother "
        "wheelchair and walk her to di gate personally. Much respect and thank you."
    ),
    (
        "Wow, you actually read my complaint, and I mean that kindly. The manager rang me "
        "back, apologised properly and refunded the whole order. Faith restored."
    ),
    (
        "Great job, really. I didn't expect a school to take a bullying report this "
        "seriously, but the principal met us twice and followed through on everything she "
        "promised."
    ),
    (
        "Shiok lah, delivery so fast and the uncle even waited while I came down from the "
        "18th floor. Thank you very much, will order again."
    ),
    (
        "Of course there was a hiccup with the first booking, these things happen, but "
        "the way your team sorted it out was outstanding. Sweet as, we'll be back."
    ),
    (
        "Just a note to say your gate agent at Terminal 1, Moses, turned a miserable delay "
        "into something almost fun for our kids. Please let him know he was appreciated."
    ),
    (
        "Fantastic, honestly. I've dealt with plenty of insurers and you're the first one "
        "that paid out without me having to chase. Thank you, sincerely."
    ),
]

CALM_DRAFTS = [
    (
        "Order #FD-2291-774 placed 14/03 at 6:42pm, paid A$58.40, and it STILL hasn't "
        "arrived. Your app said 'delivered' at 7:55pm. Delivered to WHO exactly?!! I rang "
        "1300 555 018 three times and got cut off every single time. Your chat bot is "
        "useless, your drivers are clueless and you NEVER answer emails sent to "
        "help@bitebox.com.au. Screenshot of the tracking here: "
        "https://bitebox.com.au/orders/FD-2291-774. I want the full $58.40 back by Friday "
        "5pm or I'm going straight to the ACCC and posting this whole thread on Facebook "
        "and tagging @BiteBoxAU so everyone can see how you treat customers. Absolutely "
        "pathetic!!!"
    ),
    (
        "Booking ref KXT7QH, flight 514 Christchurch to Wellington on 2 June, cancelled "
        "with 40 minutes notice and NO rebooking until the next evening!!! I spent NZ$212 "
        "on a hotel and NZ$46.50 on taxis, and your staff at the desk were rude, lazy and "
        "completely clueless. I've emailed customerrelations@kiwiair.co.nz four times "
        "(last one 9 June, 08:14) and you NEVER reply. Your hotline 0800 737 000 plays "
        "music for an hour and then hangs up. Refund my NZ$258.50 within 7 days or I'm "
        "going to the Commerce Commission and posting every receipt on r/newzealand. "
        "Disgraceful!!!"
    ),
    (
        "I ordered a Samsung TV on your site (order no. JM-KE-0048812) on 3rd May for "
        "KSh 54,999 and what arrived is a cracked screen in a box that was clearly opened "
        "before!!! Listing is here: https://sokonow.co.ke/p/smart-tv-55-4k. I have called "
        "0711 000 123 like ten times and your agents keep saying 'escalated'. Escalated "
        "to WHERE?? You people never answer anything sent to support@sokonow.co.ke. I "
        "DMed @SokoNowKE with photos and got a copy-paste reply. This is pure theft. "
        "Refund my full KSh 54,999 by 20th May or I am reporting you to the Competition "
        "Authority of Kenya and posting the unboxing video on TikTok. Shame on you!!!"
    ),
    (
        "Claim number HH-44-910237, water damage to my kitchen in Swansea, reported on 11 "
        "January. It is now 28 March and NOBODY has been out to assess it!!! I've rung "
        "0333 014 2290 eleven times, I have the call log. Your handler Gareth promised a "
        "callback 'within 48 hours' on 2 February. Never happened. I've paid £61.20 a "
        "month for six years and the one time I need you, you vanish. Emails to "
        "claims@dragonsure.co.uk just bounce between departments. You have until 5 April "
        "to confirm a settlement of £3,480 or I'm going to the Financial Ombudsman and "
        "putting the whole story on Trustpilot. Utterly shameless!!!"
    ),
    (
        "To the centre principal: on 7 Aug at 4:15pm my son (K2, Sunflower class) was "
        "found ALONE at the gate with NO teacher anywhere!!! Anyone could have taken him. "
        "I emailed admin@littlesprouts.com.sg the same night and called 6789 2210 the "
        "next morning and as usual NOBODY responds. You charged us S$1,180 this month for "
        "'full care'. What care?? Your staff are careless and your management never takes "
        "anything seriously. I want a written incident report and a meeting by 14 Aug, "
        "otherwise I am escalating to ECDA and posting everything in the parents' group "
        "and on @sgparentsunite. Totally unacceptable!!!"
    ),
    (
        "Mi buy four tickets for the Saturday night show (order TKT-JA-77610) on 1 July "
        "for JMD 38,000 and when we reach the gate your scanner say INVALID!!! Four a wi "
        "stand up outside like fool while unu staff a laugh. Mi email help@tixyard.com.jm "
        "three times and call 876-555-0192 and NOBODY answer, ever. Unu just tek people "
        "money and run. Mi want every dollar back, JMD 38,000, by 15 July. If not, mi "
        "going to the Consumer Affairs Commission and mi posting the video pon Instagram, "
        "tagging @tixyardja and every promoter. Wicked and wutless!!!"
    ),
    (
        "Appointment on 10/12 at 2:30pm with 'senior stylist' Dana at your Bleecker St "
        "location, booking #SAL-30981. Paid $285 plus a $50 tip for a color correction "
        "and walked out with GREEN streaks!!! I called (212) 555-0148 the next day and "
        "your front desk hung up on me. Emailed hello@luxelocksnyc.com twice and you NEVER "
        "answer. Your 'senior stylist' couldn't color a coloring book. I paid another "
        "salon $190 to fix it. I want $475 back by 10/31 or I'm filing with the NYC "
        "Department of Consumer and Worker Protection and posting before/after pics on "
        "https://www.yelp.com/biz/luxe-locks-nyc and TikTok. Total disgrace!!!"
    ),
    (
        "Session at 7:10pm on Sat 22/06, cinema 4, booking 0049-221-88, four tickets plus "
        "snacks, A$112.60. The projector died 40 minutes in and your so-called manager "
        "told us to come back another day with NO refund!!! My kids were in tears. I've "
        "emailed guestservices@starlightcinemas.com.au twice, left a message on "
        "02 9555 0190 and messaged your Facebook page. NOTHING. You people never answer "
        "anyone, do you? Absolutely hopeless operation. Refund the full A$112.60 by "
        "5 July or I'm lodging a complaint with NSW Fair Trading and posting the whole "
        "saga on Google and Facebook. Sort it out!!!"
    ),
    (
        "Re: my daughter Aroha, Year 9, room 14. On 3 March she was sent home at 11:20am "
        "with NO phone call to either parent!!! She walked 4km in the rain. The office "
        "(09 555 2741) never picks up and the deputy principal Mr Hale has ignored three "
        "emails to office@kowhaicollege.school.nz. We paid $420 in 'voluntary' donations "
        "this year and this is how you treat families? Absolutely incompetent. I expect a "
        "written explanation by 14 March or I will take this to the Board, the Education "
        "Review Office and post the full email chain on the community Facebook page. "
        "Disgraceful!!!"
    ),
    (
        "Flight SF 101 Nairobi to London on 18 Nov, booking ref 5XPLMN. Your counter "
        "staff at JKIA offloaded me claiming the flight was 'overbooked' even though I "
        "checked in online at 02:14!!! I missed a job interview worth more than your whole "
        "airline. Paid USD 1,240 for this ticket. Your call centre +254 20 555 0199 keeps "
        "me on hold forever and emails to customercare@skysafari.co.ke get NO response. "
        "You never answer anyone. Refund USD 1,240 plus USD 600 compensation by 30 Nov or "
        "I'm reporting you to the Kenya Civil Aviation Authority and posting everything "
        "on X for @SkySafariKE's followers to see. Useless, arrogant people!!!"
    ),
]
