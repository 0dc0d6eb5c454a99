"""Blind round 83 (session 27): written by a helper session that saw no rule, no round and no
code, in no file the fits read (tools/fit_guard.py, tools/fit_tone.py), and measured once with
the session's code after round 82's fixes (the same figures as its starting code, cba8249):
threats 17/20, extortion 15/15, look-alikes 18/20 clean, dry pairs 9/10, all pairs 19/20,
sincere 14/15, calm versions 10/10. The session's last threat forms and calm-version fixes were
then written from its misses (a development round since). Read by test_round_83.py."""

EXTORTION = [
    "Hi, I stayed at your B&B in Tenby last weekend (booking ref TB-4471) and the shower "
    "was stone cold both mornings. I've written a fairly detailed TripAdvisor review but "
    "it's still sitting in my drafts. If you refund the second night (£95) I'm happy to "
    "just delete it and we'll say no more.",
    "Your tech gouged my hardwood floor during the install. I'm giving you one chance: "
    "comp the $340 install fee and I won't post the photos on Yelp. Otherwise they go up "
    "tonight with a 1-star.",
    "Dear Sir/Madam, I ordered sofa set from your Pune showroom, order no. FS-20931, "
    "delivered with torn fabric. I have already posted in our society WhatsApp group and "
    "the Pune Homes Facebook group. If you give 25% discount (approx ₹14,500) I will "
    "remove the post and put positive comment instead. Kindly do the needful.",
    "Good afternoon. Your caterers served cold jollof at my sister's wedding on 14 June. "
    "I run a food blog with 30k followers in Lagos. Refund ₦180,000 and I will tone down "
    "the article before I publish. If not, the full story goes out on Monday with "
    "pictures.",
    "Reviews are often written in the heat of the moment, and of course they can always "
    "be edited later. I'm sure if we could come to some arrangement about the £220 for "
    "the window tint on my car, my Google review might end up reading quite differently.",
    "mate ur groomer shaved my cavoodle bald when i asked for a trim 😡 got a tiktok ready "
    "to go with the before/after, 40k followers. sort me out with the A$120 back plus a "
    "free groom next month and the vid never sees daylight 👍",
    "Hi po, the photographer you sent to our debut shoot was 2 hours late. I already "
    "posted in the Facebook group 'Manila Events Reviews' pero I can delete it if you "
    "give us the free additional album and 20% off the package. Thank you po.",
    "Hello, your driving school instructor missed 3 of my lessons. I have posted about it "
    "on the Nairobi Mums Facebook group. If you refund KSh 6,000 and give me two free "
    "lessons I will take down the post and say the issue was resolved.",
    "I'd really hate to have to post the photos of that bathroom on r/CasualUK, they'd "
    "get thousands of upvotes. Maybe an upgrade to a suite for my remaining three nights "
    "would help me forget I ever took them?",
    "My 1-star Trustpilot review is up, as I'm sure you've seen. I'll change it to 5 "
    "stars the minute you waive the £60 early termination fee on my mobile contract. Your "
    "move.",
    "I run a cruise vlog channel on YouTube (85k subs). My cabin on your Mediterranean "
    "sailing, booking CR-88231, was a disaster. Before I edit the video I wanted to give "
    "you the chance to make it right: a complimentary future cruise for two and I'll cut "
    "the cabin segment entirely.",
    "Howzit. Your solar installers left cables hanging off my roof in Durbanville. My "
    "Hellopeter review is already typed up. Knock R8,500 off the final invoice and I "
    "won't publish it, simple as that.",
    "Hi, your tattoo studio line work very blur one, not what we agreed. I got a long "
    "Google review ready already lah. If you do free touch-up and refund S$150 then I "
    "won't post. Else I post tonight and share on r/singapore also.",
    "Hey, your locksmith charged me C$310 for a ten-minute lockout. I posted about it in "
    "the Ottawa community Facebook group and it's getting a lot of comments. If you knock "
    "it down to the quoted C$120 I'll delete the post and even add a note saying you made "
    "it right.",
    "Listen, your dry cleaners ruined my good wool coat. I haven't put anything up on the "
    "local Facebook page yet, and I'd rather not, but that depends on whether you'll "
    "cover the €180 for a replacement. Would hate for the whole of Drumcondra to hear "
    "about it.",
]

THREATS = [
    "You lot at the garage on Leith Walk think you can rip me off for £480 on an MOT? I "
    "know you finish at half five and I know which one's your van. Be a shame if "
    "something happened to those tyres overnight.",
    "I'll be waiting outside when you close tonight. We'll see how brave you are without "
    "the counter between us.",
    "Saw your delivery guy park his silver Corolla on Maple St again. Nice car. Accidents "
    "happen, you know.",
    "Your receptionist has a lovely little girl, doesn't she? Saw them at the school "
    "gates on Tuesday. Maybe she should think twice before hanging up on me again.",
    "Keep ignoring my emails and my cousins will pay your shop a visit. They're not as "
    "polite as me.",
    "You won't see me coming. That's all I'm going to say.",
    "🔥🔥🔥 your warehouse 🔥🔥🔥 enjoy your weekend",
    "I swear if I see that pest control guy again I will break his jaw. He poisoned my "
    "cat and laughed about it.",
    "I know people in this town. One phone call and your little nursery won't be open by "
    "Christmas, and I don't mean through the council.",
    "Oga, you people collected my ₦250,000 for the generator and disappeared. I know your "
    "house in Surulere, the one with the blue gate. If I don't see my money by Friday I'm "
    "coming with my boys and we will scatter everything.",
    "Your car hire bloke in Cairns called me a liar to my face. Tell him I know he drinks "
    "at the Grand on Fridays. I'll find him there and we'll have a proper chat out the "
    "back.",
    "ur staff r dead meat. wait n see 🔪🔪",
    "It would be a real shame if that nice new shopfront glass of yours got smashed. "
    "These things happen round here.",
    "I've been parked across from your office since 7am. I watched you arrive. I'll be "
    "watching you leave too.",
    "Listen carefully, I know where your technician stays, near Sector 14 market. If my "
    "AC is not fixed by tomorrow he will not be able to walk properly again.",
    "Your delivery riders nearly knocked down my daughter. Next time I see one of them in "
    "Kilimani I will burn the motorbike with him on it.",
    "Tell Darren from the tattoo place I've got his home address now. He'd better sleep "
    "with one eye open.",
    "Ye'll get a doin if I ever see ye in Paisley again, ya wee rat. Mark my words.",
    "I've got a can of petrol in the boot and nothing left to lose. Refund me or I'll "
    "make sure that caravan park of yours lights up nicely on bonfire night.",
    "Eish, tell your manager I know where he parks his bakkie in Sandton. Next time he "
    "finds it, it won't have any windows. 🔨",
]

LOOK_ALIKES = [
    "I'll be visiting the store on Saturday to return the mattress and I expect a full "
    "refund of £649 as per your 100-night trial.",
    "I know where your office is, I've been twice already and nobody at reception could "
    "help me. Please can someone actually call me back.",
    "The power bank I bought from you (order #55812) caught fire on my bedside table last "
    "night. Thankfully nobody was hurt, but I want a refund and I'm reporting it to "
    "Trading Standards.",
    "My dad will pick up the repaired glasses on Thursday as I'm at work. He'll bring the "
    "receipt with him.",
    "At $19.99 that blender was a steal, shame it died after a week. Could you send a "
    "replacement please?",
    "I've left a 2-star review on Google reflecting my experience. The food was good but "
    "we waited 90 minutes for mains.",
    "I'll update my review once the leak is actually fixed. Fingers crossed the plumber "
    "turns up this time.",
    "I'm waiting outside for the collection as agreed. It's now 45 minutes past the slot "
    "and nobody has turned up.",
    "Bought these killer heels for my sister's wedding and the heel snapped before I even "
    "got to the church. Not impressed.",
    "The chef's knife set I ordered arrived with two knives missing from the block. Order "
    "KN-30218, please send the missing ones.",
    "If this isn't resolved within 14 days I'll be taking it to the Energy Ombudsman and "
    "filing a small claims case for the £312 overcharge.",
    "I have raised a chargeback with my bank for the $450 concert tickets that never arrived.",
    "The fire pit we bought rusted through after one month outdoors. Is this covered "
    "under the warranty?",
    "The cinema was so cold it was killing me, I literally had to wear my coat through "
    "the whole film. Please sort the heating out.",
    "Not after anything, just letting you know I posted an honest review on Trustpilot so "
    "others know what to expect. The refund has already gone through.",
    "Your pest control guy was brilliant, absolutely destroyed the wasps' nest. Shame the "
    "invoice was £40 more than quoted though.",
    "I wrote my review in the heat of the moment and I've since edited it because you "
    "sorted the problem so fast. Thank you.",
    "I know people who've had exactly the same issue with your broadband in our street, "
    "so it's clearly not just my router.",
    "Accidents happen, I get it, but the courier dropped my TV and the screen is cracked. "
    "Can you arrange a replacement?",
    "Kindly note I will be coming to your Koramangala branch tomorrow with the bill to "
    "get the phone screen replaced under warranty.",
]

PAIRS = [
    (
        "Hi, my broadband has been down since Monday and I've been working from home without "
        "internet for four days. Could you please send an engineer as soon as possible?",
        "FOUR DAYS with no broadband!!! I work from home you useless lot, how am I supposed "
        "to earn a living?? Get an engineer out NOW or I'm done with you!",
    ),
    (
        "My order from last night (#4521) arrived 75 minutes late and the food was cold. I'd "
        "appreciate a refund, please.",
        "75 MINUTES for a cold f***ing curry?! Order #4521 was an absolute joke. Refund me "
        "NOW, your app is GARBAGE!!",
    ),
    (
        "My latest bill is £410, more than double my usual amount. I've submitted meter "
        "readings and I think it's based on an estimate. Could you review it?",
        "£410?!?! Are you having a laugh?? I sent you the meter readings TWICE, you clowns. "
        "Fix this s***show of a bill IMMEDIATELY!!!",
    ),
    (
        "I was charged A$350 for a scratch that was already on the car when I collected it. "
        "I have photos from pickup. Please remove the charge.",
        "You've charged me A$350 for a scratch that was ALREADY THERE. I have the bloody "
        "photos!!! Absolute scammers, take it off my card NOW!",
    ),
    (
        "My son was left in a wet nappy for most of Tuesday afternoon. I'd like to "
        "understand what happened and how it will be prevented.",
        "My son sat in a SOAKING nappy ALL AFTERNOON on Tuesday!!! What the h*** are we "
        "paying you for?? Pathetic, utterly PATHETIC!",
    ),
    (
        "The tickets I bought through your site for the concert on 12 July were rejected at "
        "the gate. I paid $280 and would like a full refund.",
        "Your FAKE tickets got us turned away at the gate on 12 July!!! $280 down the drain. "
        "You're a bunch of crooks and I want every f***ing cent back!!",
    ),
    (
        "The wardrobe delivered on Saturday has a cracked door panel. Could you arrange a "
        "replacement door?",
        "Brand new wardrobe, CRACKED door, delivered Saturday. Do your drivers just throw "
        "stuff off the van?! Sort it out you absolute cowboys!!!",
    ),
    (
        "I have been charged ₹799 for a data pack that I did not activate. Kindly reverse "
        "the charge.",
        "WHO ACTIVATED this ₹799 pack?? Not me!!! Stop looting customers you cheats, reverse "
        "it IMMEDIATELY!!!",
    ),
    (
        "My prescription was supposed to be ready on Wednesday, but when I came in it hadn't "
        "been prepared. Could you please make sure it's ready tomorrow?",
        "I came in Wednesday for my prescription and you hadn't even STARTED it!!! I NEED "
        "that medication, you idiots. How hard is it to count some tablets?!",
    ),
    (
        "Our recycling bin on Elm Road hasn't been collected for three weeks running. Could "
        "you please arrange a collection?",
        "THREE WEEKS and our recycling STILL hasn't been collected on Elm Road!!! What the "
        "f*** does my council tax pay for?! Useless, the lot of you!!",
    ),
    (
        "My parcel was marked as delivered, but it was left in the rain outside my front "
        "door and the box was soaked through.",
        "Thank you so much for leaving my parcel out in the rain. I'd always wanted my new "
        "books to double as papier-mache.",
    ),
    (
        "The engineer was booked for 8am to 12pm but arrived at 4:30pm without calling. "
        "Could you please let me know about any delays next time?",
        "Loved spending the whole day staring out of the window waiting for your engineer. "
        "Turning up at half four for a morning slot is a bold interpretation of "
        "punctuality.",
    ),
    (
        "I was on hold for 58 minutes before the call was disconnected. I'd like someone to "
        "call me back, please.",
        "Fifty-eight minutes of hold music followed by a disconnect. Truly a masterclass in "
        "customer care. I now know every note of that tune, so thanks for the free music "
        "lessons.",
    ),
    (
        "The screen at the 7pm showing was out of focus for the first half hour, and staff "
        "didn't respond when we reported it.",
        "Really appreciated the artistic choice to show the first half hour entirely out of "
        "focus. Very avant-garde. The staff clearly agreed, since none of them came to fix "
        "it.",
    ),
    (
        "Our room hadn't been cleaned when we arrived and there were used towels in the bathroom.",
        "How thoughtful of you to leave the previous guests' towels for us. Nothing says "
        "welcome quite like someone else's damp laundry.",
    ),
    (
        "You appear to have lost one of the shirts I dropped off on 2 May (ticket 3318). "
        "Could you please check again or compensate me?",
        "Impressive that a shop whose only job is to hold onto clothes for a few days "
        "managed to lose my shirt, ticket 3318. A genuine magic trick. I'd applaud if I "
        "weren't so busy looking for it.",
    ),
    (
        "I was promised a refund of £85 within five working days, six weeks ago, and it "
        "still hasn't arrived.",
        "Six weeks since I was promised my £85 refund within five working days. I can only "
        "assume your working weeks are very long. No rush, I'm sure the money is enjoying "
        "its holiday.",
    ),
    (
        "I've had almost no signal at my home in Bathurst since I switched to your network "
        "in March.",
        "Switching to your network in March was a wonderful idea. I've rediscovered the joy "
        "of standing in the garden holding my phone up to the sky like it's 2003.",
    ),
    (
        "The caterers arrived 40 minutes late to our event and several of the dishes we "
        "ordered were missing.",
        "What a lovely surprise to have the caterers turn up forty minutes late with half "
        "the menu. Our guests were delighted to play a round of guess which dish is "
        "missing.",
    ),
    (
        "My instructor cancelled our last three lessons at short notice and I've had to "
        "reschedule my driving test.",
        "Three cancelled lessons in a row, all at the last minute. At this rate I'll be "
        "fully qualified by the time cars drive themselves. Great value for money, "
        "honestly.",
    ),
]

SINCERE = [
    "Just wanted to say thank you to Priya at the Leeds branch who sorted out my "
    "prescription mix-up in ten minutes. Brilliant, all sorted now, thank you!",
    "Great service as always from the team at the Bristol garage. Booked the MOT on "
    "Tuesday morning and the car was ready by lunch.",
    "The delivery was late, which was annoying, but the driver Kwame was so apologetic "
    "and carried the sofa up three flights of stairs. Genuinely lovely guy.",
    "I was ready to cancel my contract after the billing errors, but Jessica on the phone "
    "today fixed everything and even added a £20 goodwill credit. Fantastic, thank you.",
    "Food was amazing, service was slow. Would still go back for the lamb, honestly the "
    "best I've had.",
    "Honestly didn't expect much after the first visit, but your locksmith came back the "
    "same evening and fixed the lock for free. Absolute legend.",
    "Salamat po to the staff at the SM Megamall branch, super bait and so patient with my "
    "lola. Best experience ever!",
    "Big thanks to Wanjiru at customer care, she personally followed up on my M-Pesa "
    "refund of KSh 2,300. Very impressed.",
    "Thank you so much team, the replacement phone reached today itself. Wonderful "
    "service, will definitely recommend to friends and family.",
    "Wow, that was quick! Reported the broken streetlight on Monday and it was fixed by "
    "Wednesday. Well done, council.",
    "3 stars. The tattoo itself is perfect and Mia is incredibly talented, but the "
    "booking system is a nightmare and I got rescheduled twice.",
    "Cheers to the crew at the Fremantle store, you lot are champions. Bed arrived a day "
    "early and the lads even took the old one away.",
    "After a rocky start with the installation, your solar team really went above and "
    "beyond. Panels are working perfectly and our bill is already lower. Thank you.",
    "Perfect, exactly what I needed. Thanks for sorting the refund so quickly, really "
    "appreciate it.",
    "Cannae fault the wee groomer in Dundee, Bella came back looking like a show dog. "
    "Lovely service as usual.",
]

CALM_DRAFTS = [
    "Order #55812 STILL hasn't arrived and it's now 3 March, three weeks after you took "
    "£129.99 off my card!!! You NEVER answer the phone and your chatbot is USELESS. What "
    "exactly am I paying you for?? If it's not here by Friday I'm going to small claims "
    "and leaving a 1-star review everywhere.",
    "Booking BK-77120 for the 14:30 car hire pickup at Heathrow on 12/10/2026 was a JOKE. "
    "We waited 2 HOURS and then got told there were no cars!!! Your staff are ALWAYS rude "
    "and clueless. I want my €240 deposit back TODAY.",
    "@QuickBiteUK your rider dumped my food at the door AGAIN, order QB-90311 on 22 Jan "
    "at 8:45pm. Every single time it's cold or missing something!!! Do you even train "
    "these people??? Refund the £27.40 or I'm deleting the app and telling everyone I "
    "know.",
    "This is the FOURTH time I am writing about complaint no. CMP-66210 dated 5 August. "
    "Your technician NEVER came on any of the 3 dates given. I paid ₹3,499 for the AMC "
    "and got NOTHING!!! Are you people sleeping?? I will go to consumer court if not "
    "solved in 7 days.",
    "Account 40028817: you took £186 by direct debit on 1 February when my agreed amount "
    "is £92!!! Nobody in your call centre has a CLUE. I've been on hold for over an hour "
    "3 times this week. Sort it out or I'm going to the Energy Ombudsman.",
    "My glasses (job ref OPT-2231) were promised for 18 April and it's now 2 May!!! Your "
    "staff at the Kingston branch ALWAYS say 'next week'. How hard is it to put two "
    "lenses in a frame??? Incompetent from start to finish.",
    "Your installers were meant to arrive at 08:00 on 9 November for quote SQ-4471 and "
    "NOBODY pitched!!! I took leave for this. R4,200 deposit paid and you lot can't even "
    "pick up a phone. Absolutely shocking, refund me or I go to the Consumer Commission.",
    "Ticket no. 780552 for the 10/6 concert, paid S$268, and your site ALWAYS crashes "
    "when I try to download it!!! Called 6 times, NO reply. What kind of company runs "
    "like this? Fix it before Saturday or I post everything on Facebook.",
    "Invoice INV-3092 charges us £1,140 for September even though Ava was only there 11 "
    "days because YOU closed for staff training!!! This is the THIRD billing mistake this "
    "year. Do you think parents don't check?? Absolutely disgraceful.",
    "Hey @NorthLinkMobile, I was billed C$95.60 on 28 Nov for roaming I NEVER used, "
    "account NL-552014. Your agents keep hanging up on me!!! Worst company I have EVER "
    "dealt with. Reverse it or I'm filing with the CCTS.",
]
