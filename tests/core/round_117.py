"""Blind round 117 (session 37): written by a helper session that saw no rule, no round and no
code, written while the guards' refit was being tried, themed on opticians and eyewear shops,
airport parking, tattoo studios, solar panel installers, children's nurseries and after-school
clubs, hotel chains, second-hand car dealers, plumbers, food delivery apps, hairdressers and
barbers, water utilities, courier companies in Kenya and Pakistan. Held out: measured with the
session's starting code (299a0a8): extortion 15/15, threats 16/20, look-alikes 19/20, plain
pairs 9/10, dry pairs 6/10, sincere 13/15, calm versions 16/16. With the session's changes
(words of praise VADER rates low, a jab's window's praise; an accident foretold is no threat):
extortion 15/15, threats 16/20, look-alikes 19/20, plain pairs 9/10, dry pairs 7/10, sincere
13/15, calm versions 16/16. The praise words were chosen with the misses of rounds 80-119 in
view, so those dry pairs are in sample. Kept as a floor."""

EXTORTION = [
    (
        "Dear Sir or Madam, I have drafted a detailed one-star account of my experience with "
        "your Stansted meet-and-greet parking and it is ready to publish on Trustpilot. I "
        "would be prepared to leave it unpublished should you see fit to refund the full "
        "£86.40 and add a complimentary week's parking for my next trip. I look forward to "
        "your prompt reply."
    ),
    (
        "Refund the £340 for the varifocals or the Google review goes up tonight with photos "
        "of the scratched lenses. Your call."
    ),
    (
        "hiya so my tattoo is patchy af. if u do the touch up free AND knock 50 quid off il "
        "take the tiktok down, its on 12k views already lol. lmk by 2nite"
    ),
    (
        "Listen pal, that boiler's still no workin and yous charged me £220 for the "
        "privilege. Gie us a full refund and the wee essay I've written for Google just "
        "disappears. Otherwise the whole of Paisley's readin it by Friday."
    ),
    (
        "Ah lads, I've a review half written for Tripadvisor about the state of that room in "
        "your Galway hotel. Sure if ye threw in two free nights in the summer I'd never have "
        "to get round to finishing it at all, would I."
    ),
    (
        "Good day. Your rider delivered my jollof cold and half of it spilled inside the "
        "bag. I am giving you until 6pm to credit my wallet ₦15,000 plus free delivery for "
        "one month, if not the video is going on X and I will tag everybody. I am not joking "
        "with you people at all."
    ),
    (
        "Respected Sir, kindly note I have prepared a review regarding the misbehaviour of "
        "your solar installation team at my residence. If the balance amount of ₹18,000 is "
        "waived off, I will do the needful and not post the same on Google and our society "
        "Facebook group. Please revert at the earliest."
    ),
    (
        "Howzit. The bakkie you sold me is already knocking. I've got a HelloPeter review "
        "and a Facebook post ready, lekker long one with pictures. Fix it for free and pay "
        "back the R4,500 I spent at the mechanic and I'll just delete both, no stress. Ja?"
    ),
    (
        "Mate, your crew left my roof looking like a dog's breakfast. Knock $1,200 off the "
        "invoice and I reckon that Google review stays in my drafts forever. Otherwise every "
        "bloke on the Sunshine Coast Facebook page gets the full story."
    ),
    (
        "Well bless your heart, y'all sure did a number on my hair. Now I'd hate for all my "
        "church ladies to read about it on Yelp, so I figure a full refund and a free color "
        "next month would keep things real neighborly between us."
    ),
    (
        "It would be such a pity if the 3,000 members of our local Mumsnet board happened to "
        "hear what I saw at after-school club pick-up yesterday. I'm sure a term's fees "
        "quietly waived would help my memory go a bit fuzzy."
    ),
    (
        "Currently sitting at one star on Trustpilot. I'll happily bump it to five the "
        "moment a £150 voucher lands in my inbox. Not a minute before."
    ),
    (
        "Here's the deal. Your courier lost my phone and my Reddit thread about it is on the "
        "front page of r/Karachi. Send a replacement handset and Rs 20,000 for my trouble "
        "and I'll edit the post to say you sorted it brilliantly. Everyone wins."
    ),
    (
        "Hello, your courier has kept my package in Nairobi for 9 days. I run a page with "
        "60k followers. Refund the KSh 2,500 and deliver free by tomorrow and the thread "
        "tagging your CEO stays in my drafts. No refund, it goes live at 8pm."
    ),
    (
        "Water bill Rs. 14,000 for a flat that was locked and empty for three months?? Ok "
        "simple. You write off the bill, my YouTube video of your meter reader sleeping in "
        "his car stays private. You don't, it goes public with his face and your logo."
    ),
]

THREATS = [
    (
        "That red Fiat parked behind the opticians every morning is yours, isn't it. Be a "
        "real pity if the brakes felt a bit soft one day on the way home."
    ),
    (
        "Your daughter is at St Mary's, isn't she? Green coat, picked up at quarter past "
        "three by her gran. Just so you know, I pay attention to details."
    ),
    (
        "Tell the lad who did my tattoo he'll be needing a tattoo of his own to cover what "
        "I'm going to do to his face."
    ),
    (
        "Noticed you've got solar panels on your own house too. Funny how quick a loft goes "
        "up when there's a fault in the wiring. Sleep well."
    ),
    (
        "People who rip off pensioners the way you do tend to have nasty accidents on dark "
        "country roads. I'd drive very slowly if I were you."
    ),
    (
        "I hope your shop burns to the ground with you locked inside it. Honestly it's the "
        "only thing that would make me smile this year."
    ),
    (
        "Heard your salon's insurance is up for renewal. Hope it covers fire. These old high "
        "street buildings go up so fast, especially at night when nobody's about."
    ),
    (
        "ur barber butchered my hair so im gonna butcher him. seen him at the gym every tues "
        "n thurs after 7. tell him ta"
    ),
    (
        "You people at the depot think I am playing. I will come there with my boys and you "
        "will see what will happen to that your manager. Nobody will hear from him again."
    ),
    (
        "Tell your rider Imran that if I see his bike in our gali again he will go home "
        "without his legs. I have warned him once already, there will not be a second time."
    ),
    (
        "Your Mombasa office staff are laughing at me. Fine. I know which stage the one with "
        "the glasses waits at for his matatu after work. Let him keep laughing."
    ),
    (
        "If my son comes home with one more bruise from that nursery, the next bruise in "
        "that building will be on the manager, and it won't be a small one."
    ),
    (
        "Your night receptionist has a face I won't forget. His shift ends at 6, I checked. "
        "We'll have a proper chat, just the two of us, round the side where the cameras "
        "don't reach."
    ),
    (
        "You sold my mum a car with no brakes. Fair's fair. One day you'll be in something "
        "that won't stop either, and I'll make sure I'm there to watch."
    ),
    "Flood my kitchen again and I'll hold your head in the water until the bubbles stop.",
    (
        "Cut off our water one more time and the engineer you send won't be driving his van "
        "home. Tell them to bring an ambulance along with the toolbox."
    ),
    (
        "Got your rider's plate and a photo of him. My cousins ride for the same app. We'll "
        "find him before the weekend and he'll wish he'd taken a different job."
    ),
    (
        "Seventy quid for a scratched car. Your staff park their own cars right next to the "
        "booth. Keys scratch both ways, and so do other things. Enjoy the drive home, Kevin."
    ),
    (
        "Dear Chloe, thank you for the haircut. I was just wondering whether you still take "
        "the 23 bus home after closing. No reason. See you soon, one way or another. x"
    ),
    (
        "I swear to god I'll put every window through in that sh*thole and then I'll start "
        "on the staff one by one."
    ),
]

LOOK_ALIKES = [
    (
        "If I haven't had a final response within 8 weeks I'll be taking this to the "
        "Financial Ombudsman, as is my right."
    ),
    (
        "Just letting you know I've raised a chargeback with my bank for the £64.99 order "
        "that never arrived. No hard feelings, but I need the money back."
    ),
    (
        "I'm going to write an honest review on Google about the 3-hour wait for the airport "
        "parking shuttle. Not asking for anything, I just think people should know before "
        "they book."
    ),
    "This food delivery app is killing me, it logs me out every single time I open it.",
    (
        "The queue at the courier counter in Saddar was absolute murder this morning, two "
        "hours standing in the heat."
    ),
    (
        "Reporting a fire risk: the extension lead behind reception at your Leeds hotel is "
        "scorched and sparking. Please get someone to look at it before somebody gets hurt."
    ),
    (
        "There's a loose cable hanging off the solar inverter by our back door and the kids "
        "play right there. Can an engineer come out urgently please?"
    ),
    (
        "Sorry to hear your driver was in an accident on the Thika Road yesterday, I hope "
        "he's ok. My parcel was in that van, is there any news on it?"
    ),
    (
        "Small claims court is my next step for the £480 deposit on the Corsa. I've posted a "
        "letter before action today, recorded delivery."
    ),
    (
        "I've reported the dealership to Trading Standards about the clocked mileage on the "
        "car you sold me. They'll be in touch."
    ),
    ("My barber absolutely killed it today. Best skin fade I've had in years, he murdered it."),
    (
        "Ordered the Killer Wings and the Death by Chocolate from your app and neither "
        "arrived. Refund please."
    ),
    ("Haha Sam if you book the tattoo without me I will literally murder you 😂 see you Saturday"),
    (
        "My frames snapped in half within a week. I'll be leaving a one-star review on "
        "Trustpilot regardless of what you decide about the refund, it's just an honest "
        "account."
    ),
    (
        "The nursery staff were brilliant when my daughter had a fall in the garden. Nasty "
        "cut on her knee but they handled it so calmly and rang me straight away."
    ),
    (
        "Brown water coming out of every tap on our estate in Kisumu since Tuesday. This is "
        "a health hazard for the children, please send someone."
    ),
    (
        "I'm going to hit you with a formal complaint first, and if that goes nowhere, the "
        "water regulator. CCW then Ofwat."
    ),
    (
        "Your plumber left and the gas smell is worse than before. I've rung the emergency "
        "line and we're waiting at the neighbours'. Please call me back."
    ),
    (
        "Tried the Widow Maker hot sauce challenge at your Camden branch, my mate cried "
        "actual tears, worth every penny 🔥"
    ),
    (
        "I will be posting about this on the parents' Facebook group, not to shame anyone "
        "but because other families deserve to know the pickup times changed without notice."
    ),
]

PAIRS = [
    (
        (
            "Hi, my new glasses arrived with the wrong prescription in the left lens. Could you "
            "arrange a replacement please?"
        ),
        (
            "You've sent me glasses with the WRONG prescription AGAIN!!! I can't see a thing out "
            "of the left lens. Is everyone in your lab blind?? Replace them NOW."
        ),
    ),
    (
        (
            "I was charged £24 extra for a late return although my flight was delayed. Could you "
            "please waive the fee?"
        ),
        (
            "£24 EXTRA because the FLIGHT was late?!?! That's daylight robbery. Refund it today "
            "or I'm finished with you cowboys!!!"
        ),
    ),
    (
        (
            "My tattoo appointment was cancelled on the morning itself and I'd taken the day off "
            "work. Can my deposit be refunded or moved?"
        ),
        (
            "Cancelling on the MORNING of my appointment?! I took a day off work for this!! Give "
            "me my d*mn deposit back, absolute amateurs."
        ),
    ),
    (
        (
            "The installers left scaffolding poles in our garden two weeks ago and nobody has "
            "collected them. When will they be picked up?"
        ),
        (
            "TWO WEEKS your sh*tty scaffolding has been rotting on my lawn!!! Get it GONE by "
            "Friday or I'm billing you for storage, you useless lot."
        ),
    ),
    (
        (
            "We were charged for a day our son was off sick with chickenpox, which I understood "
            "wasn't chargeable. Could you check?"
        ),
        (
            "You CHARGED us for a day he was at home with CHICKENPOX?! Which genius signed that "
            "off?? I want that money back on the next invoice, no excuses!!"
        ),
    ),
    (
        (
            "The room we booked as non-smoking smelled strongly of smoke. We'd like a partial "
            "refund, please."
        ),
        (
            "Non-smoking room my a**!!! It STANK like an ashtray. Worst hotel I've ever set foot "
            "in. I want a REFUND, not your pathetic scripted apologies."
        ),
    ),
    (
        (
            "The car I bought last week has an engine warning light on. I'd like it inspected "
            "under the warranty."
        ),
        (
            "Engine light on SEVEN DAYS after I bought it!!! You sold me a lemon and you KNEW "
            "it, you lying sh*t. Fix it under warranty or my solicitor hears about it."
        ),
    ),
    (
        (
            "The leak under the sink you repaired on Monday has started dripping again. Could "
            "someone come back to look at it?"
        ),
        (
            "Paid you £180 and it's DRIPPING AGAIN!!! Did you even fix it or just wave a spanner "
            "at it?? Get back here TODAY."
        ),
    ),
    (
        "My order arrived without the main dish. Could I have a refund for that item please?",
        (
            "WHERE IS MY CURRY?!?! You delivered a bag of rice and one naan. Absolute joke of an "
            "app!!! Refund the LOT."
        ),
    ),
    (
        (
            "My parcel from Nairobi to Eldoret has shown 'in transit' for 8 days. Could you tell "
            "me where it is?"
        ),
        (
            "EIGHT DAYS 'in transit' from Nairobi to Eldoret!!! Did you send it by donkey?? "
            "Useless, every last one of you. Find my parcel NOW!!"
        ),
    ),
    (
        (
            "I asked for about an inch off and roughly four inches were cut. I'm quite upset "
            "about it."
        ),
        (
            "I asked for an inch off and received four, which I suppose is generous of you. I "
            "had always wondered what I'd look like as a startled hedgehog, so thank you for "
            "settling that."
        ),
    ),
    (
        (
            "We've had low water pressure for three weeks and haven't had an update since my "
            "first call."
        ),
        (
            "Three weeks of low pressure and one update. I've started treating the trickle from "
            "the shower as a mindfulness exercise, so in a way you've been very supportive of my "
            "wellbeing."
        ),
    ),
    (
        (
            "The courier marked my parcel as delivered in Lahore, but I was at home all day and "
            "nobody came."
        ),
        (
            "According to your tracking, my parcel was handed to me while I sat by the door all "
            "afternoon. I had no idea I could receive things without them physically arriving. "
            "Remarkable technology."
        ),
    ),
    (
        "I waited 40 minutes on hold to speak to someone about changing my parking booking.",
        (
            "Forty minutes of the same twelve bars of pan pipes. I now know them better than my "
            "own children's voices, and for that personal growth I have only your phone line to "
            "credit."
        ),
    ),
    (
        "My eye test appointment has been moved three times without anyone asking me.",
        (
            "Three reschedules, none of which I asked for. It's lovely to have a company take "
            "such an active interest in planning my week. I barely have to think any more."
        ),
    ),
    (
        "Breakfast finished at 9 although the website says it runs until 10:30.",
        (
            "Arriving at quarter past nine to find breakfast packed away was a useful lesson in "
            "reading websites less literally. The lone croissant left on the counter was a "
            "touching gesture."
        ),
    ),
    (
        (
            "The car was advertised with a full service history, but there's only one stamp in "
            "the book, from 2016."
        ),
        (
            "A full service history, as advertised, consisting of a single stamp from 2016. I do "
            "admire your confidence in the word full."
        ),
    ),
    (
        (
            "Nobody told us the after-school club was closed today. I only found out when I got "
            "to the gate."
        ),
        (
            "Learning the after-school club was closed by standing in front of a locked gate was "
            "a bold new approach to parent communication. Email is so overdone these days."
        ),
    ),
    (
        (
            "The system was quoted to generate around 4,000 units a year, but after 11 months "
            "we're at 1,900."
        ),
        (
            "We were promised about four thousand units a year and are closing in on nineteen "
            "hundred. I'm sure the sun will make up the rest in the final month; it does seem to "
            "enjoy a deadline."
        ),
    ),
    (
        (
            "My delivery was estimated at 25 minutes, took an hour and a half, and the food was "
            "cold."
        ),
        (
            "Twenty-five minutes became ninety, and dinner arrived at what I'd call a "
            "considerate room temperature. I gather the rider took the scenic route, and it was "
            "kind of him to let my food enjoy the sights."
        ),
    ),
]

SINCERE = [
    (
        "Wow, just wow. The optician spotted something on my retina my GP had missed and got "
        "me referred the same afternoon. I genuinely can't thank you enough."
    ),
    (
        "I asked if she could squeeze me in the day before my wedding and she said of "
        "course, stayed an hour late, and my hair was perfect. Thank you Aisha x"
    ),
    (
        "Finally! Two years of saving and the panels are on the roof. First bill since they "
        "went up was £12. Brilliant job from the whole team, tidy and on time."
    ),
    (
        "Thanks for the update on the water main repair, knowing it'd be back by 4pm meant I "
        "could plan the kids' baths around it. Really appreciate the texts."
    ),
    (
        "Brilliant tattoo, brilliant artist, brilliant aftercare advice. Healed perfectly "
        "and I've already booked the next one."
    ),
    (
        "Love that the nursery sends photos during the day. Seeing my son covered head to "
        "toe in paint at messy play got me through a horrible shift."
    ),
    (
        "What a surprise! The hotel upgraded us to a suite when they found out it was our "
        "40th anniversary, with a bottle of fizz waiting. We were speechless, thank you so "
        "much."
    ),
    (
        "Just what I needed after a 14-hour flight: the parking shuttle was at the kerb "
        "waiting and the car had already been brought round. Seamless from start to finish."
    ),
    (
        "Couldn't be happier with the car. Did 300 miles last weekend without a hiccup, and "
        "Dev from the showroom even rang to check everything was ok."
    ),
    (
        "Plumber came out at 11pm on Christmas Eve when our pipe burst. Of course he didn't "
        "have to, but he did, and charged us the normal rate. Absolute legend."
    ),
    (
        "wow my rider got lost and sent a voice note saying sorry, food still piping hot and "
        "there was an extra samosa in the bag. thank u!!"
    ),
    (
        "Finally found a barber who actually listens. Said keep the length on top and he "
        "kept the length on top. Ten out of ten, Kwame."
    ),
    (
        "Thanks for the update, honestly. I was so worried the parcel to my mother in Multan "
        "was lost, and your agent tracked it down and rang me himself."
    ),
    (
        "What a surprise to get a refund I hadn't asked for. You noticed I'd been "
        "overcharged for the frames and sorted it yourselves. That's an honest business."
    ),
    (
        "Just what I needed this week. The after-school club helped my daughter finish her "
        "reading log and she came home so proud of herself. Lovely people."
    ),
]

CALM_DRAFTS = [
    (
        "To whoever is supposedly in charge at VisionPoint Opticians, Chelmsford branch,\n"
        "\n"
        "This is my THIRD email about order VP-558213. I paid £289.50 on 14/03/2024 for "
        "varifocals and was promised them within 10 working days. It is now 9 April and I "
        "have NOTHING. Every single time I ring 01245 660 913 I get put through to Darren, "
        "who tells me 'the lab is backed up' and then NEVER calls back like he swears he "
        "will.\n"
        "\n"
        "Frankly your staff couldn't organise a p*ss-up in a brewery. I have been squinting "
        "at my work screen for four weeks!!! I had to buy £12.99 readers from the chemist "
        "just to do my job.\n"
        "\n"
        "I want either the glasses in my hand by Friday 12 April at 5pm or a full refund to "
        "the card ending 4471. Send confirmation to m.hollis62@btinternet.com, not another "
        "'we value your feedback' form.\n"
        "\n"
        "If I don't hear by then I'm going to Trading Standards and putting the whole saga "
        "on Google and Trustpilot, with Darren's name in it.\n"
        "\n"
        "Margaret Hollis"
    ),
    (
        "Subject: Reservation #PKX-204417 - you TOWED my car?!\n"
        "\n"
        "I booked long-term parking at your SkyLot facility at DFW for March 3rd through "
        "March 10th, paid $112.75 upfront, got a confirmation and everything. I land at "
        "11:40 PM on the 10th, the shuttle takes 50 minutes to show, and my car is GONE. "
        "Your night guy, Travis, tells me it was 'relocated' to an overflow lot 6 miles "
        "away. Relocated. Without a single text or email.\n"
        "\n"
        "Then the tow yard wants $185 cash to release it!!! At 1:30 in the morning!!! Who "
        "runs a business like this??\n"
        "\n"
        "I've tweeted @SkyLotParking four times and all I get is 'please DM us'. I DMed. "
        "Nothing. The contact form on www.skylotpark.com/help literally returns an error.\n"
        "\n"
        "Refund the $112.75, reimburse the $185 tow fee and the $64 Uber I needed to get to "
        "the yard. That's $361.75 total. Reach me at 214-555-0138 or jdelgado.tx@gmail.com.\n"
        "\n"
        "You've got until March 20th. After that it's a chargeback with Amex and a review on "
        "every site I can find, and yes, I will be naming Travis.\n"
        "\n"
        "Jessica Delgado"
    ),
    (
        "Booking reference: HTL-DE-7729104\n"
        "Hotel: CityStay Frankfurt Messe\n"
        "Stay: 2024-03-14 to 2024-03-17\n"
        "\n"
        "Dear 'Guest Relations' (I use the term loosely),\n"
        "\n"
        "I arrived at 22:15 on the 14th to be told my prepaid room, €417.00 for three "
        "nights, had been 'released' because I did not check in before 22:00. NOBODY told me "
        "about a 22:00 cut-off. It is not in the confirmation email, it is not in your app, "
        "it is NOWHERE.\n"
        "\n"
        "Your receptionist, a Mr. Keller, shrugged at me. Shrugged!!! Then offered a "
        "'comparable' room at your sister hotel 14 km away for another €189 a night. I had a "
        "trade fair stand to build at 07:00.\n"
        "\n"
        "I paid €38.50 for the taxi and lost half the next morning. You people NEVER take "
        "responsibility for anything, it's always 'system policy'.\n"
        "\n"
        "I expect a refund of €417.00 plus the €189.00 and €38.50, total €644.50, to my Visa "
        "within 14 days. Write to t.brandt@brandt-messebau.de or call +49 171 5550 284.\n"
        "\n"
        "Otherwise I file with the European Consumer Centre and post every detail on "
        "Tripadvisor and Google. Your 4.3 stars won't survive it.\n"
        "\n"
        "Thomas Brandt"
    ),
    (
        "Sir/Madam,\n"
        "\n"
        "Ref: Installation Order No. SUN/KA/23-24/0916, 5 kW rooftop system, Whitefield, "
        "Bengaluru.\n"
        "\n"
        "I paid ₹2,85,000 in full on 3 March after your sales person Mr. Rakesh Nair assured "
        "me net-metering would be done in 30 days. Today is 22 April. Net meter NOT "
        "installed. Inverter showing error E-07 since 9th April. Every single time I call "
        "your helpline 1800-425-5501 they say 'ticket is raised, engineer will visit'. "
        "Engineer NEVER comes. Not once!!!\n"
        "\n"
        "Is this how you treat customers after taking full money?? Your team was very sweet "
        "before payment, now nobody is even picking the phone. Shameful.\n"
        "\n"
        "My neighbour Mr. Iyer was also planning to take your system. I have told him to "
        "wait and see what happens to me first.\n"
        "\n"
        "I am giving you till 30/04/2024. Either a competent engineer comes and fixes the "
        "inverter AND the net-meter file is submitted to BESCOM, or I will approach the "
        "consumer forum and post full details with photos on Google, Facebook and our RWA "
        "WhatsApp group of 400 families.\n"
        "\n"
        "Contact: anand.k.rao@rediffmail.com, +91 98450 55213.\n"
        "\n"
        "Anand Krishna Rao"
    ),
    (
        "@ChopNowNG this is the fourth time I am writing you people and I am TIRED!!!\n"
        "\n"
        "Order #CN-77120348, placed 2024-03-09 at 7:42pm, Lekki Phase 1. Food came to "
        "₦18,450 (jollof, peppered turkey, 2 plantain, 1 Chapman). App showed 'delivered' at "
        "8:55pm. I did not see any rider. Nothing came. The rider, one Emeka, called me from "
        "0803 555 2917 asking for directions AFTER the app said delivered, then switched off "
        "his phone.\n"
        "\n"
        "Your support chat closed my ticket 3 times without any response. Every single time, "
        "'we are looking into it'. Looking into what?? Is my food inside the app??\n"
        "\n"
        "I also paid ₦1,200 service fee and ₦950 delivery. Total ₦20,600. I want it ALL back "
        "in my bank account, not as 'ChopNow credit' I will never use.\n"
        "\n"
        "If I don't get alert by Friday 15th I am posting the screenshots on X and Instagram "
        "and tagging @fccpcnigeria. I have receipts for everything, so don't try me.\n"
        "\n"
        "Tolu Adeyemi\n"
        "tolu.adeyemi@yahoo.com"
    ),
    (
        "To the manager, AutoDeals Bellville\n"
        "\n"
        "Re: 2017 VW Polo Vivo, stock no. BV-3391, invoice INV-2024-0488, purchased 14 "
        "February 2024.\n"
        "\n"
        "I paid R149,900 plus R6,500 'admin and licensing' to your salesman Johan Pretorius, "
        "who PROMISED me the car was accident-free with a full service history. On 2 March "
        "my mechanic in Parow put it on the lift and found panel repairs on the left side "
        "and a respray. The service book has exactly ONE stamp. One!!!\n"
        "\n"
        "I've phoned 021 555 8120 six times. Johan is 'in a meeting' every single time. "
        "Nobody at that dealership has the guts to phone me back. Liars, the lot of you.\n"
        "\n"
        "I want the vehicle taken back and my R156,400 refunded in full, or a R35,000 "
        "discount for the undisclosed damage. The Consumer Protection Act is very clear "
        "about this, look it up.\n"
        "\n"
        "Email me at nadia.jacobs@mweb.co.za by 25/03/2024. If I hear nothing I'm going to "
        "the Motor Industry Ombudsman and HelloPeter, and I'll be posting the mechanic's "
        "report on Facebook.\n"
        "\n"
        "Nadia Jacobs\n"
        "082 555 4071"
    ),
    (
        "G'day,\n"
        "\n"
        "Invoice 20931 from PipeRight Plumbing, job at 14 Banksia St, Maroochydore, done "
        "Tues 5 March 2024.\n"
        "\n"
        "Your bloke Shane turned up 2 hours late, spent 40 minutes on the phone in his ute, "
        "then 'fixed' the hot water system and charged us A$640 plus A$95 call-out. Two days "
        "later, NO hot water AGAIN. Cold showers with two toddlers in the house. Fantastic.\n"
        "\n"
        "Rang 0412 555 718 on the 8th, 9th and 11th. Voicemail every single time. When Shane "
        "finally rang back he told my wife it was 'probably the tempering valve, different "
        "job, different invoice'. Are you kidding me?!! You were literally IN the cupboard "
        "with the bloody tempering valve.\n"
        "\n"
        "Honestly your mob are cowboys. My 4-year-old does neater work with a Lego set.\n"
        "\n"
        "I want someone competent out here by Friday 15 March to fix it properly, no extra "
        "charge, or I want the A$735 back. Email craig.dunstan@bigpond.com.\n"
        "\n"
        "Failing that it's a QBCC complaint, a Google review, and a post on the Sunshine "
        "Coast community page, 80k members. Your choice, mate.\n"
        "\n"
        "Craig Dunstan"
    ),
    (
        "Hi Inkwell Studio,\n"
        "\n"
        "I'm writing about my appointment on 2024-03-14 with Marco (booking #IW-1187). I "
        "paid a CA$200 deposit on February 2nd for a forearm piece, total quote CA$650.\n"
        "\n"
        "First, I waited 55 minutes past my 1:00 PM slot. No apology. Then Marco started the "
        "linework WITHOUT showing me the final stencil, which he PROMISED he would do. The "
        "compass is crooked. Not 'artistic', CROOKED. Three people at work have asked me if "
        "I did it myself.\n"
        "\n"
        "When I emailed hello@inkwellyyc.ca on March 18th with photos, you replied with one "
        "line: 'Tattoos settle as they heal.' It's healed now. It's still crooked!!!\n"
        "\n"
        "I also see you blocked me on Instagram after I commented on your post. Very mature, "
        "@inkwell.yyc. Real professional.\n"
        "\n"
        "I want the CA$650 refunded or a free correction by a DIFFERENT artist, plus a "
        "written apology. If I don't hear back by April 5th I'm filing in small claims in "
        "Calgary and posting the full story, photos included, on Google and r/Calgary.\n"
        "\n"
        "Priya Sandhu\n"
        "403-555-0162"
    ),
    (
        "Re: Reservation No. 48820173, Sakura Inn Shinjuku, check-in March 3rd, 3 nights\n"
        "\n"
        "Hello,\n"
        "\n"
        "Writing in English as I don't speak Japanese, sorry. I prepaid ¥54,600 through your "
        "website for a double room 'with city view'. What we got faced a concrete wall, was "
        "smaller than my bathroom at home, and the air con made a noise like a dying cat all "
        "night.\n"
        "\n"
        "I went to the desk at 11:30 PM and the night staff, Mr. Tanaka, was polite but said "
        "nothing could be done. Next morning the manager, Ms. Mori, said the same. Same "
        "answer EVERY SINGLE TIME. We paid for a view!!! Your own page "
        "(sakurainn-shinjuku.jp/rooms/dbl-view) still shows the photo.\n"
        "\n"
        "We moved out after one night and paid ¥31,000 for another hotel. I want a refund "
        "for the two unused nights (¥36,400). Honestly the worst stay I've had in 20 years "
        "of travelling, and I used to work in hotels myself, so don't tell me this is "
        "normal.\n"
        "\n"
        "Email: liam.oconnor.travel@gmail.com / WhatsApp +353 87 555 2231. If I don't hear "
        "back by 2024-03-25 it goes on Tripadvisor, Booking.com and my travel blog.\n"
        "\n"
        "Liam O'Connor"
    ),
    (
        "Hej Salong Lina,\n"
        "\n"
        "I booked a balayage on 14/03/2024 at 10:00 (booking no. SL-30218) and paid 2 450 kr "
        "through Bokadirekt. I showed your stylist Jonna three photos of honey blonde. I "
        "walked out ORANGE. Not copper, not 'warm', orange like a traffic cone.\n"
        "\n"
        "Jonna said it would 'tone down after a few washes'. It has been 11 days and 6 "
        "washes. Still a traffic cone!!! I had a job interview on the 18th and had to wear a "
        "hat. A HAT.\n"
        "\n"
        "I called 08-555 612 40 twice and left messages, and emailed info@salonglina.se on "
        "the 19th. Nobody got back to me. You NEVER answer, you're too busy posting selfies "
        "on @salonglina_sthlm.\n"
        "\n"
        "I had to pay another salon 1 890 kr to fix it. I want the 2 450 kr back plus the 1 "
        "890 kr, total 4 340 kr, by Swish to 070-555 33 91 within one week.\n"
        "\n"
        "Otherwise I report you to Allmänna reklamationsnämnden and post before-and-after "
        "photos on Google and TikTok. I'm sure people would love to see them.\n"
        "\n"
        "Elin Berg"
    ),
    (
        "Dear Mrs. Kowalska,\n"
        "\n"
        "I'm writing about Przedszkole Słoneczko and my son Kuba (group 'Biedronki'), "
        "contract no. PS/2023/114.\n"
        "\n"
        "On 3 March you told parents, by a note left in the cubbies, that fees go up from 1 "
        "250 zł to 1 480 zł from April. One month's notice, when the contract clearly says "
        "THREE months (point 7.2, I have it in front of me). Then I find 95 zł for "
        "'materials' on the March invoice which was NEVER mentioned.\n"
        "\n"
        "Also, on March 12th Kuba came home with a cut on his chin and nobody said a word at "
        "pickup. I found it at bath time. When I asked Ms. Agata at 16:30 the next day she "
        "said 'children fall'. Yes they do. Parents should be TOLD!!!\n"
        "\n"
        "Every single time we raise anything, we're treated like troublemakers.\n"
        "\n"
        "I will pay 1 250 zł for April as per the contract and not a grosz more, and I want "
        "the 95 zł removed and a written incident report. Email: marta.wisniewska@wp.pl, "
        "tel. +48 601 555 298.\n"
        "\n"
        "If this isn't sorted by 2024-03-29 I'm going to the Rzecznik Praw Konsumenta and "
        "writing honestly about all of it on Google.\n"
        "\n"
        "Marta Wiśniewska"
    ),
    (
        "To: customercare@swiftlinkcourier.co.ke\n"
        "Re: Waybill SLK-NBO-0049217\n"
        "\n"
        "Hello,\n"
        "\n"
        "I sent a parcel (a laptop for my sister) from your Moi Avenue branch in Nairobi on "
        "4 March 2024 to Kisumu. I paid KSh 1,850 for 'next day' plus KSh 600 insurance. It "
        "is now the 19th. Two WEEKS for next day delivery!!!\n"
        "\n"
        "Every single time I call 0722 555 430 I'm told 'it is on the way'. On the way from "
        "where?? Kisumu is not on the moon. Last Thursday an agent called Brian said the "
        "parcel was 'misrouted to Eldoret', then on Monday the lady at the counter said it "
        "was never scanned out of Nairobi at all. Which one is it? You people don't even "
        "know where your own vans are.\n"
        "\n"
        "The laptop is worth KSh 78,000 (receipt attached). If it is not with my sister by "
        "Friday 22/03/2024 I want the full value plus my fees refunded, KSh 80,450 total, by "
        "M-Pesa to 0711 555 862.\n"
        "\n"
        "After that I'm going to the Communications Authority and posting the whole thread "
        "on X with the waybill and Brian's name. Tag @SwiftLinkKE, everyone.\n"
        "\n"
        "Wanjiru Kamau"
    ),
    (
        "Assalam o Alaikum,\n"
        "\n"
        "This is regarding CN number PK-LHE-8830215 booked at your Gulberg III, Lahore "
        "counter on 2024-03-14 at 4:20 pm, going to Karachi (DHA Phase 6). Declared value "
        "Rs. 42,000 (two bridal dupattas for my cousin's mehndi on 20th March). Charges paid "
        "Rs. 1,150.\n"
        "\n"
        "The mehndi is OVER. The parcel never reached. Your tracking page "
        "(trackmycn.pk/PK-LHE-8830215) shows 'Arrived at Karachi hub' since 16th March and "
        "nothing after that. I called your UAN 111-555-786 at least 10 times. Every single "
        "time 'sir, complaint forward kar di hai'. Forward to WHO??\n"
        "\n"
        "Your Karachi rider Mr. Faisal finally picked up on 0300 555 4412 and said the "
        "parcel got 'damaged in the rain'. It did not rain in Karachi, I checked!!! Either "
        "your staff is lying or it is stolen. Kindly don't insult my intelligence.\n"
        "\n"
        "I want a full refund of Rs. 43,150 within 7 days. Reply to "
        "hamza.qureshi88@gmail.com.\n"
        "\n"
        "Otherwise I'm filing at the consumer court and posting the whole story with call "
        "recordings on Facebook and X, tagging @FastTrackPK in every post.\n"
        "\n"
        "Hamza Qureshi"
    ),
    (
        "Account number: 7301 4482 19\n"
        "Property: 22 Millbrook Close, Exeter EX4 6QT\n"
        "\n"
        "To the complaints team at Westvale Water,\n"
        "\n"
        "For the fourth time: my bill for 01/10/2023 to 31/03/2024 is £1,146.22. My usual "
        "six-monthly bill is about £210. Your own engineer, Gareth, came out on 14 February, "
        "found a leak on YOUR side of the boundary stop tap, and told me in writing it would "
        "not be charged to me. I have his note.\n"
        "\n"
        "Since then I have phoned 0345 555 0199 five times. Each time I wait 35 to 50 "
        "minutes, each time the 'leak allowance' is 'with the back office'. The back office "
        "must be on Mars. Meanwhile you've sent TWO final reminders and a letter threatening "
        "debt collectors. Unbelievable!!!\n"
        "\n"
        "You're a monopoly. I can't switch, you know it, and that's exactly why you treat "
        "people like dirt.\n"
        "\n"
        "I want the bill reissued at normal usage, the reminders withdrawn and £50 "
        "compensation under the Guaranteed Standards Scheme, confirmed to "
        "s.okafor.exeter@outlook.com by 10 April.\n"
        "\n"
        "If not, I go straight to CCW and Ofwat, and I'll be tagging @WestvaleWater on X "
        "every day until someone answers.\n"
        "\n"
        "Samuel Okafor"
    ),
    (
        "Hi Siobhán,\n"
        "\n"
        "Re: Little Acorns After-School Club, invoice LA-0324-057, my two girls Aoife and "
        "Clodagh.\n"
        "\n"
        "I've just been charged €412 for March. We agreed €180 each per month with the "
        "sibling discount, which is €360. Where did the extra €52 come from?? 'Late "
        "collection fees'?? I was late ONCE, on March 7th, by 6 minutes, because the Luas "
        "broke down, and I texted Ciara at 5:58pm to say so. I have the text.\n"
        "\n"
        "And can I just say, this is the third invoice in a row with a 'mistake' on it. "
        "Always in your favour, funny that. Every single time I have to chase it. Ye NEVER "
        "get it wrong the other way, do ye.\n"
        "\n"
        "Also nobody told me the club was shut on the 18th for the Paddy's Day bank holiday "
        "until I rang 087 555 3321 that morning. Great planning, well done.\n"
        "\n"
        "I'll pay €360 by bank transfer today and not a cent more. Please confirm to "
        "niamh.brennan@eircom.net that the €52 is gone. If it's not sorted by 5 April I'm "
        "taking it to the CCPC, and the parents' WhatsApp will be hearing all about it.\n"
        "\n"
        "Niamh"
    ),
    (
        "Yo Fade Factory,\n"
        "\n"
        "Appointment Sat 3/16/2024, 2:30 PM, booked on fadefactoryatl.com/book, confirmation "
        "FF-90341. Paid $45 + $10 tip upfront like the site MAKES you do.\n"
        "\n"
        "Showed up 2:20. Dre wasn't there. Front desk dude said 'ten minutes'. An HOUR and "
        "ten minutes later he strolls in with a Chick-fil-A bag, rushes my cut in 15 minutes "
        "and gives me a lineup so crooked it looks like a staircase. I had my brother's "
        "wedding at 6!!! In every single picture I'm standing sideways.\n"
        "\n"
        "DMed @fadefactory_atl that night. Seen, no reply. Called (404) 555-0177 Monday and "
        "Tuesday. Voicemail full. Y'all NEVER pick up unless somebody's booking.\n"
        "\n"
        "I want my $55 back, simple. Not a 'free cut with Dre', that man is never touching "
        "my head again.\n"
        "\n"
        "Hit me at marcus.bell.404@gmail.com. If I don't have my money by March 22nd I'm "
        "doing a chargeback and dropping the wedding photos on Yelp, Google AND TikTok so "
        "everybody can see the work.\n"
        "\n"
        "Marcus"
    ),
]
