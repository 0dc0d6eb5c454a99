"""Heated drafts (written for these tests, never read by the fit) and their calm versions.

Each calm version must read calm (heat < 25), keep every number, date, reference, amount,
@handle and link verbatim, and keep at least 40 % of the length.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from complaint_desk.core.rewrite import RewriteFacts, calm_version, fact_tokens, suggestions
from complaint_desk.core.tone import analyse

DRAFTS = [
    # shouting and exclamation runs
    "WHERE IS MY PARCEL?!?! Order 55123 was due on 3 May and it is STILL NOT HERE!!!",
    "I HAVE BEEN WAITING 3 WEEKS FOR A REFUND OF £89.99. THIS IS RIDICULOUS!!!",
    "@AcmeHelp SORT IT OUT!!! My broadband has been down since 12 March and NOBODY CARES!!!",
    # insults
    "You people are useless clowns. My kettle (order A-12345) stopped working on 3 May.",
    "Your incompetent staff hung up on me twice on 14 June. Absolute morons.",
    "What a bunch of cowboys. The engineer never showed up on Tuesday and I lost a day's pay.",
    "@QuickShip you idiots lost my parcel again. Tracking number JD0002241199 says delivered.",
    # threats
    "Refund my £49.99 by Friday or I will sue you. I have the receipt dated 2 April.",
    "You have 48 hours to fix my boiler or I'm going to the ombudsman and the press.",
    "I'll make sure everyone knows what a scam this is. Booking ref QX7P2L, paid £320.",
    "Watch your back. You cancelled my flight BA2490 and you'll regret it.",
    "My lawyer will be in touch. You charged me twice for invoice 4471 (£49.99).",
    # extortion
    "Give me a refund or 1-star on Trustpilot.",
    "Refund me by Friday or you get a one star review.",
    "I'll remove my 1-star review if you refund me.",
    "Replace the kettle NOW or I'm posting this everywhere. Order 88231, bought 1 March.",
    "Fix it or I will leave a 1 star review on Google and tell all my followers @BoilerCo.",
    "Compensate me £100 or I go public on Twitter. Case 77123 has been open 6 weeks.",
    # sarcasm
    "Oh great, another cancelled delivery. Thanks for nothing @ParcelPro, order 99812.",
    "Great job losing my suitcase AGAIN. Flight EZ8821 on 21 July. Well done, really.",
    "Slow clap for the worst support ever. I waited 2 hours on hold on 5 June.",
    # absolutes
    "You never answer the phone and you always lose my paperwork. Claim 10-223-884.",
    "Every single time I call you hang up on me. This is the worst company ever!!!",
    "Nobody ever replies to my emails. I have sent 6 since 1 February.",
    "You never reply, you never call back, you constantly lie. Account 44551298.",
    # profanity
    "Where the hell is my fucking refund? It has been 30 days since I returned order 7781.",
    "This is bullshit. You took £250 from my account on 9 September without asking.",
    "F***ing useless app crashed again and ate my £15 top-up. https://example.com/bug/123",
    "What the f*** is wrong with you people?! My router (serial RT-99-0021) is dead AGAIN.",
    # owned anger and mixed
    "I am absolutely LIVID. My car was booked in for 8:30 on 4 March and nobody turned up.",
    "I'm so angry right now!!! You overcharged me $120 on bill 2024-03-01 and ignored me.",
    "Disgusting service. The courier threw my parcel over the fence at 7pm on 2 May.",
    "I'm fuming. Third missed appointment in a row, ticket #48812. Sort it out or else.",
    "Shame on you @TrainCo. The 07:15 to Leeds was cancelled again and I was late for work!!",
    "YOU PEOPLE ARE A DISGRACE. I want my £60 back for order 3321 and I want it TODAY!!!",
]

# A second set, written later and checked before the rewrite was changed for it: rhetorical
# questions, sarcastic thanks, blame in absolutes, a sentence that is all insult.
MORE_DRAFTS = [
    "How DARE you charge me £35 for a late fee on 2 October when I paid on time?! Thieves!",
    "Your customer service is a JOKE. 45 minutes on hold on 11/04 and then cut off. Pathetic.",
    "You are scammers and liars. Policy number HX-448812 was cancelled without notice.",
    "Absolutely disgusting. My mum waited 6 hours in your A&E on 3rd Jan and nobody cared 😡",
    "Worst airline EVER. Lost my bag on flight FR1234 and now you won't even answer "
    "emails. #boycott",
    "I demand my money back NOW. $249.00 for a phone that died after 2 days. Unacceptable!!!",
    "Stop lying to me. You said the technician would come on Monday 14th and NOBODY CAME.",
    "This company is a total rip-off. Charged twice (£12.99 + £12.99) on 5 March. Sort it!!",
    "@VoltEnergy you absolute clowns, my bill says 4,500 kWh for a one bed flat. Fix "
    "it or I'm done with you.",
    "Seriously?! Third time this month my train (the 08:02 from Brighton) is cancelled. Useless.",
    "I'm sick and tired of your excuses. Ticket 558123 has been open since 2 February.",
    "You incompetent fools broke my washing machine during delivery on 22/08. I want compensation.",
    "Never again. The hotel room was filthy, the staff were rude and you still took "
    "£410. Disgraceful.",
    "If I don't get my deposit of €800 back by 1 June I will report you to the "
    "police and post everywhere.",
    "Pay me the £150 you owe me or I'll make sure everyone on Facebook knows what crooks you are.",
    "I will destroy your reputation online unless you refund order 4456-22.",
    "Refund my £79 or enjoy your new 1-star review on Tripadvisor.",
    "Your app is garbage 🤬 it logged me out 5 times today and deleted my basket. "
    "https://shop.example.org/cart",
    "Why the HELL does it take 3 weeks to process a simple return?? RMA 90021.",
    "Get your act together @FastFibre!!! Down AGAIN since 7am, 4th outage in a week.",
    "You lot couldn't organise a piss-up in a brewery. My passport renewal (ref "
    "2024/88123) is 10 weeks late.",
    "I'm furious. You cut off my gas on 9 December with a newborn in the house. Account 7781-22.",
    "What kind of idiot designs a checkout that charges you twice? Order #A9921, £64.50 x2.",
    "You always have an excuse and you never fix anything. Case 31-7742, opened 1 March.",
    "Thanks a lot for ruining my holiday. The transfer never came and I paid €90 for a taxi.",
    "Oh brilliant, another 'we're experiencing high call volumes'. 2 hours wasted on 12 May.",
    "Shocking, shameful, appalling service from start to finish. Order 22817 still missing.",
    "You have until Friday 5pm to refund the £1,200 or my solicitor takes over. No more chances.",
    "Listen carefully: I want the £30 credit you promised on 3 April, not another "
    "useless voucher!!!",
    "DO NOT BUY FROM THESE CON ARTISTS. Paid £99 on 1/2/2025, received nothing. "
    "Email me at jo@example.com",
    "Unbelievable incompetence. Your driver reversed into my car (reg AB12 CDE) and drove off.",
    "I swear to god if my parcel isn't here tomorrow I'm going to lose it. Tracking "
    "1Z999AA10123456784.",
    "Are you people completely brain-dead? I told you THREE times my address is 12 Elm Road.",
    "Fix my heating or I'll withhold rent. It has been broken since 20 November. "
    "Landlord ref 88/2.",
    "This is daylight robbery. £18 'admin fee' to change a booking (ref KL2291) by one day.",
    "Hey @BankCo, thanks for freezing my account for 9 days with no explanation. Real classy.",
    "I'll never shop here again and I'll tell all 5,000 of my followers to stay away. Order 7712.",
    "Your so-called 'support' team is the rudest bunch of amateurs I've ever dealt "
    "with. Chat ID 55-221-9.",
    "ENOUGH. Cancel my contract today, I'm done paying £45 a month for internet that never works.",
    "You should be ashamed. My dad's pension payment of £1,340 went missing on 28 "
    "June and nobody will help.",
]

FACTS = RewriteFacts(
    contacts=5,
    first_contact=date(2025, 3, 3),
    deadline=date(2025, 12, 12),
    remedy="a refund",
    next_step="take it to the ombudsman",
)


def test_there_are_thirty_heated_drafts():
    assert len(DRAFTS) >= 30
    hot = [d for d in DRAFTS if analyse(d).heat >= 25]
    assert len(hot) >= 25, [d for d in DRAFTS if d not in hot]


def _check(draft: str, calm: str) -> None:
    heat = analyse(calm).heat
    assert heat < 25, (draft, calm, heat)
    for token in fact_tokens(draft):
        assert token in calm, (token, draft, calm)
    assert len(calm) >= 0.4 * len(draft), (draft, calm)
    assert "  " not in calm or "  " in draft, calm  # no gap left where a sentence went


def test_a_sentence_that_is_all_insult_leaves_its_point():
    draft = MORE_DRAFTS[37]
    assert draft.startswith("Your so-called")
    calm = calm_version(draft)
    assert calm.startswith("I am not happy with the service I have had.")
    assert calm.count("not happy") == 1


# Other shapes: a whole draft in capitals, a letter with a bulleted list, emoji and hashtags only,
# another language with English insults, rhetorical questions, a meter reading in capitals.
SHAPED_DRAFTS = [
    "THIS IS THE WORST COMPANY I HAVE EVER DEALT WITH. ORDER 44512 IS THREE WEEKS LATE AND "
    "NOBODY ANSWERS THE PHONE. I WANT MY £89 BACK TODAY!!!",
    "Dear Sir/Madam,\n\nI am absolutely disgusted.\n\n- Order 4471 arrived smashed\n- Your "
    "driver was rude\n- Nobody replied to 3 emails\n\nSort it out or I'm going to the "
    "ombudsman. You useless lot.",
    "😡😡😡 @ShopCo my parcel (tracking JJD0002249) is LOST again 🤬 #disgraceful #neveragain",
    "Ich bin stinksauer!!! Bestellung 88123 ist seit 2 Wochen überfällig. You idiots!!!",
    "I've been a loyal customer for 12 years and THIS is how you treat me?! Pathetic. "
    "Absolutely pathetic. Account 77812-A. Fix it by Friday or I walk.",
    "Honestly??? 4 hours on hold. FOUR. HOURS. And then 'sorry we can't help'. Are you "
    "kidding me?! Ref CX-2291.",
    "How many times do I have to tell you people? The meter reading is 04512, NOT 05412. "
    "Stop sending me bills for £312.40!!!",
    "My landlord (you lot, Acme Lettings) still hasn't fixed the mould since 3 January. It's "
    "disgusting and frankly criminal. Reference AL/2024/117.",
    "I'm sick to death of your lies. You said 5-7 working days on 1 March. It's now 2 April. "
    "WHERE IS MY REFUND OF €149.99???",
    "Cancel my account. Now. I'm done with your garbage service, your liars in customer "
    "service and your 'we value you' emails. Customer no. 5512893.",
]


# A seventh set, written after the others were calm: staff behaviour beside a fact, a chargeback
# with an amount in it, a rant about a chatbot.
ROUND_SEVEN_DRAFTS = [
    "Your useless call centre kept me on hold for 97 minutes on 14/11 and then HUNG UP. Do "
    "it again and I'm cancelling everything.",
    "Disgraceful. The 'express' delivery (order EX-55120, £12.99 extra) took 9 days. I want "
    "the £12.99 back or I'll dispute it with my bank.",
    "Who on earth trained your staff?! The woman at the Leeds branch laughed in my face when "
    "I asked about account 44-19-02.",
    "Three engineers, three visits (2, 9 and 16 October), still no hot water. You are an "
    "absolute joke of a company.",
    "I have had ENOUGH of being lied to. You promised a callback within 24 hours on 3 Nov. "
    "Nothing. NOTHING.",
    "My elderly mother was overcharged £230 on bill 77120 and your staff were patronising "
    "and rude. Shameful behaviour.",
    "Thanks for nothing, @RailCo. Train 1P45 cancelled AGAIN, third time this week, and not "
    "a word of apology. Pathetic.",
    "Sort out the leak in flat 4B by Friday or I'm withholding rent and calling the council. "
    "I've asked 5 times since August.",
    "If my refund of $89.50 isn't back by the 20th, I'm filing a chargeback and telling "
    "everyone on Facebook what thieves you are.",
    "Your app charged me twice (txn 88A1 and 88A2, €15 each). Fix it NOW, this is theft, "
    "plain and simple!!!",
    "Honestly the rudest customer service I have ever experienced. Ticket #30021. Never "
    "using you again.",
    "How hard is it to deliver a parcel to the right address?! 12 Oak Lane, NOT 21 Oak Lane. "
    "Idiots.",
    "I've wasted 6 hours of my life on your chatbot. It's useless, your website is useless, "
    "and frankly so are you.",
    "You cut my internet off by mistake on 1 Dec and now want a £45 reconnection fee?! "
    "Absolutely outrageous. Waive it.",
    "This is the last straw. 4 months, 11 emails, 0 answers. Case 2024-8812. I'm going to "
    "the ombudsman and the papers.",
]


# Session 8: fifteen more, of other trades and voices; all read calm before the session's
# wording fixes too, but some calm versions read wrong ("What not acceptable of a gym.", "your
# faulty agents", "Thieves, the lot of you." kept): see test_calm_wording_reads_right below.
ROUND_EIGHT_DRAFTS = [
    "Absolutely DISGUSTED with Brightwave Broadband. 11 days without internet, 6 calls, and "
    "every single one of your useless agents promised an engineer who NEVER turned up!!! Fix it "
    "or I'm cancelling.",
    "You lot charged me £249.99 TWICE for the same sofa (order #SF-88213) and now your chat bot "
    "keeps telling me to 'wait 5-7 working days'. Are you having a laugh? Refund the duplicate "
    "NOW.",
    "Worst airline on the planet. Flight FR 2291 cancelled at the gate, no hotel, no food "
    "vouchers, and your staff just shrugged. I want the €250 compensation you owe me under "
    "EU261, you cowboys.",
    "Dear Sir/Madam, I am absolutely furious. Your so-called 'technician' (ref JOB-4471) "
    "flooded my kitchen on 14 November and your insurer is ignoring me. This is a complete and "
    "utter disgrace.",
    "Three weeks. THREE WEEKS I've waited for a £12 refund from @QuickBite and all I get is "
    "copy-paste garbage from a bot. Pathetic doesn't even begin to cover it.",
    "I can't believe how incompetent your pharmacy is. My mum's prescription (Rx 5561902) was "
    "'lost' again and she ran out of her heart medication. Someone needs to be held "
    "accountable.",
    "Your parking app fined me £70 when I had a valid ticket (screenshot attached, ticket "
    "00451-B). This is a scam, plain and simple, and you know it.",
    "Why does nobody at Halden Energy read emails?? I've sent 4 meter readings since 2 October "
    "and you're STILL billing me estimated amounts of £180/month. Sort it out, you clowns.",
    "What a joke of a gym. Cancelled my membership in writing on 1 September, you've taken "
    "£39.99 three more times. Thieves, the lot of you. I want every penny back.",
    "Hi @TrainCo, your 07:42 from Leeds was cancelled AGAIN today, fourth time this month. I'm "
    "sick to death of your excuses, and I'm claiming Delay Repay for every single one.",
    "Seriously?! I paid $1,200 for a laptop that died after 9 days and your 'support' says it's "
    "MY fault? Unbelievable. Replace it or refund me, I don't care which.",
    "I've been a loyal customer for 12 years and this is how you treat me? Cutting my credit "
    "limit without a word, then charging a £25 over-limit fee. Shameful behaviour.",
    "Hey genius, the 'next day delivery' I paid £6.95 for arrived 8 days late and smashed to "
    "pieces. Tracking number 1Z999AA10123456784. Don't bother with another useless apology.",
    "Your hotel was FILTHY. Hair in the bath, mould on the ceiling, and the manager, a guy "
    "called Steve, laughed in my face. Booking ref HX-20931. Never again.",
    "I'm so angry I could scream. The council has missed our bin collection for the fifth week "
    "running and nobody on 0300 123 4567 ever picks up. Do your job!",
]


# Session 8, a second fifteen (other voices: text speak, a formal letter, US and UK trades).
ROUND_NINE_DRAFTS = [
    "@SkyHelp you absolute muppets have cut off my TV AGAIN. Account 8812-4401. Third time "
    "since October. Sort. It. Out.",
    "I am SO done with this company!!!! Ordered a cot for my baby on 12/11, paid $349, got a "
    "box of BROKEN parts and your rep hung up on me twice. DISGRACE.",
    "why do u ppl never read emails?? i told u 5 times my address is 14 Mill Lane not 41. now "
    "my parcel is lost. useless",
    "Dear Customer Services, I write to express my utter contempt for the way I have been "
    "treated. Your agent Mark was condescending, dismissive and frankly rude. Reference "
    "CS-55120.",
    "Honestly, what kind of clown show are you running? My direct debit of £62.40 was taken "
    "twice and now I'm overdrawn. Fix it today.",
    "Your 'premium' service is a scam. I pay £15.99 a month for buffering and excuses. Cancel "
    "my subscription and refund the last 3 months or I'm calling my bank for a chargeback.",
    "Booked a table for 8 for my mum's 70th, turned up and you'd given it away. The manager "
    "just shrugged. Absolutely heartless and pathetic. Booking #T-7781.",
    "You charged my card £1,049 for a laptop you never shipped and you've ignored 6 emails. If "
    "I don't hear back by Monday I'm reporting you to Action Fraud.",
    "This is beyond a joke. The boiler has been broken for 16 days, I have a newborn and your "
    "engineers keep cancelling. Are you trying to kill us?",
    "Stop sending me marketing emails!!! I unsubscribed 4 times. It's illegal under GDPR and "
    "you know it, you spammers.",
    "Just got off the phone after 2 hrs 14 mins on hold only to be told 'the system is down'. "
    "Pathetic. Absolutely pathetic. Never using you again.",
    "The so-called 'express' delivery took 11 days and the driver threw my parcel over the "
    "fence. Photos attached. Order 445-992-113. Disgusting service.",
    "Hello? Is anyone there? Ticket #88321 has been 'in progress' for 3 weeks. I'm paying for a "
    "service I'm not getting. Shameful.",
    "You've lost my luggage, you've lost my complaint form, and now you've lost my patience. "
    "Flight LH 2471, bag tag LH 338211.",
    "How DARE your staff member call me a liar in front of other customers? I have the receipt "
    "(#004512, £23.50). I want an apology and a refund NOW.",
]


# Session 8, a third fifteen: a letter in paragraphs with a sign-off, text speak, long rants.
ROUND_TEN_DRAFTS = [
    "To whoever is in charge of complaints at Northgate Water,\n\nI have now had NO water "
    "pressure for 9 days. Nine. I have called 7 times (refs NW-2231, NW-2290, NW-2317) and "
    "every time some clueless call-handler reads me the same script.\n\nThis is a complete "
    "shambles and frankly an insult to your customers. Sort it out by Friday or I go to "
    "Ofwat.\n\nFuming,\nR. Patel",
    "lol @PizzaPronto ur delivery guy ate half my fries 🤡🤡 order #7781 … u serious??? refund NOW",
    "My elderly father (84) was left on hold for 95 minutes on 0800 055 6677 and then cut off. "
    "You should be ASHAMED of yourselves. Absolutely vile treatment of a vulnerable customer.",
    "I can't stress enough how angry I am. Paid £2,300 deposit on 4 Aug for a kitchen, fitting "
    "date moved FOUR times, now you tell me it's 'out of stock'. Give me my deposit back or "
    "I'll see you in the small claims court.",
    "Really? REALLY? Another 'we apologise for any inconvenience' email? That's the 5th one. "
    "Stop apologising and start fixing things, for crying out loud.",
    "This airline is a total disgrace!! Lost my bag on BA0117, no updates in 6 days, and your "
    "app says 'delivered'. Delivered WHERE exactly?! Liars.",
    "Not happy. Not happy at all. The sofa (order 100-44821) arrived with a massive tear and "
    "your driver said 'not my problem'. Unbelievable attitude.",
    "To the genius who designed your returns process: it took me 45 minutes and 3 printers to "
    "get a label. Well done. Truly remarkable.",
    "URGENT!!!!! My account has been hacked and £640 taken and your fraud team is USELESS. "
    "Nobody has called me back in 3 days!!! I want this sorted TODAY!!!",
    "I'm writing because I'm at the end of my rope. Six engineers, four months, same fault on "
    "my boiler (serial GB-77123). You keep sending people who haven't got a clue. I want a new "
    "boiler or my money back.",
    "Hey @ShopRight, charged me twice (£18.75 x2) for one order. Your chatbot is dumber than a "
    "box of rocks. Fix it.",
    "Honestly I've never been treated so badly in my life. The receptionist rolled her eyes at "
    "me and told me to 'calm down'. Booking 55-102. Disgraceful.",
    "WHY does it take 14 working days to process a £12 refund??? You take payments in seconds. "
    "Funny that.",
    "Your 'unlimited' broadband has a secret cap and you throttled me to 1 Mbps. That's fraud, "
    "plain and simple. I'm reporting this to Ofcom and the ASA.",
    "Third missed bin collection in a row on Elm Road. Rats are getting into the rubbish. "
    "Absolutely disgusting, the council should be ashamed.",
]


# Session 9, ten more written blind: a letter with "order no.", bracketed order details, a
# lower-case rant, a verdict on someone before what they did. All read calm before; these
# found the wording faults the tests below pin down.
ROUND_ELEVEN_DRAFTS = [
    "Dear Sir/Madam,\n\nI am DISGUSTED. On 12/11/2026 I ordered a fridge (order no. FR-99812, "
    "£649) and it arrived dented. Your so-called customer service team hung up on me TWICE. "
    "Pathetic. I expect a full refund within 7 days or I will be posting this "
    "everywhere.\n\nYours,\nAngry customer",
    "@QuickRail your 07:42 from Leeds was cancelled AGAIN. 4th time this month. Do you people "
    "even have trains?? Useless bunch of clowns. #delayrepay",
    "Booked a hotel through you (ref HB-20331) and when I turned up there was no room. NO ROOM. "
    "At 11pm with two kids. You are a bunch of crooks and I'll make sure everyone knows.",
    "I've been a loyal customer for 12 years and THIS is how you treat me? A £35 late fee for a "
    "payment that your own system failed to take. Scandalous. Waive it or I'm leaving.",
    "Seriously, what is wrong with you people? I sent the laptop (serial 5CG1234XYZ) for repair "
    "on 2 October and it's now December. Nobody knows where it is. This is beyond a joke.",
    "Your engineer was rude, left muddy boot prints all over my cream carpet and didn't even "
    "fix the leak. Absolute cowboys. I want the £180 call-out fee back, and I want it now.",
    "Thanks for nothing, Swiftbank. Blocked my card on holiday in Spain, left me stranded with "
    "no money, and your '24/7 helpline' (+44 20 7946 0000) rang out for an hour. Brilliant "
    "service. Really.",
    "how hard is it to deliver a parcel to the right address??? tracking 1Z999AA10123456784 "
    "says delivered to number 14. i live at number 41. sort your drivers out ffs",
    "I am absolutely furious. My mum's funeral flowers (order 3381-A, £95) arrived a day late, "
    "wilted, and the card had the wrong name on it. How could you be so careless at a time like "
    "this? Shameful.",
    "Your app deleted all my saved recipes after the update (v4.2.1). Years of them. Gone. And "
    "your reply is 'clear your cache'? Are you kidding me? Total incompetence. "
    "https://example.com/support/ticket/55123",
]


# Session 9, a second ten: an email with a subject line and a bulleted list, a quoted reply,
# a letter to a named builder, all-lower-case, a vulnerable relative. All read calm; the faults
# they showed are pinned down below.
ROUND_TWELVE_DRAFTS = [
    "Subject: Complaint - Account 88120044\n\nHi,\n\n- Charged £12.99 for a service I cancelled on "
    "1 Oct\n- Charged AGAIN on 1 Nov\n- Your chat agent said 'nothing we can do'\n\nThis is theft. "
    "Refund both payments or I'm going to the Financial Ombudsman.\n\nThanks for nothing,\nJ",
    "You wrote: \"We value your feedback.\" Really?? You clearly don't, because I've sent FIVE "
    "emails since 2 November and got nothing but automated rubbish back. Ticket #CS-48812. "
    "Pathetic.",
    "Dear Mr Holloway,\n\nYour builders left my garden looking like a bomb site. Rubble "
    "everywhere, a broken fence panel and a smashed plant pot. I paid £4,800 (invoice 2231) "
    "for this?? I want it cleared by Saturday or I will be leaving reviews on Checkatrade, "
    "Google and Facebook.",
    "WORST. HOTEL. EVER. Booking ref 7H-220931. Cockroach in the bathroom, no hot water, and the "
    "night manager laughed at us. We want a full refund of €340. Disgraceful!!",
    "So let me get this straight: you cancel my flight (FR 8842, 14 Dec), you won't rebook me, and "
    "now you want £60 to change to another date?! You are a bunch of thieves and you know it.",
    "@ZoomFibre three weeks. THREE WEEKS with no internet. I work from home ffs. 14 calls, ref "
    "ZF-0091-22, and every time 'an engineer will be in touch'. Liars.",
    "i paid for next day delivery (£7.95) and it took 6 days. six. when i asked for the delivery "
    "fee back your agent said 'we don't do that'. well you do now because im not paying for a "
    "service i didnt get",
    "My dad is 79 and your energy company has been harassing him with threatening letters about a "
    "debt he doesn't owe (account 5521-8890). He's terrified. You should be absolutely ashamed of "
    "yourselves, you heartless vultures.",
    "Order #A10045 - ordered a size 10, got a size 6. Returned it (tracking JD014600003214) on "
    "3/11. Still no refund a MONTH later. Where is my £54.00?!?! Unbelievable.",
    "To the so-called 'customer care' team: I have been on hold for 2 hours and 17 minutes today. "
    "TWO HOURS. I'm done. Cancel my contract (number 77-4410) today, and don't you dare charge me "
    "the exit fee.",
]


# Session 9, a third ten: a draft of one shouted line, a threat alone, emoji and an eye-roll,
# "on 2 Dec. It's now 9 Dec. Liar.", staccato, a masked oath, a formal letter with a number
# plate. All read calm; their wording faults are pinned down below.
ROUND_THIRTEEN_DRAFTS = [
    "REFUND NOW!!!",
    "You'll regret this.",
    "I AM SO ANGRY RIGHT NOW. MY ORDER 44120 IS STILL NOT HERE AFTER 3 WEEKS. SORT IT OUT.",
    "@SkyHelp @SkyUK 😡😡😡 5 days no TV, 2 missed appointments, and your bot keeps saying 'we're "
    "sorry for the inconvenience' 🙄 #skyfail https://sky.com/help/case/88123",
    "Your manager, Mr Patel, promised me a callback 'within 24 hours' on 2 Dec. It's now 9 Dec. "
    "Liar.",
    "Absolutely disgusted. Paid €1,200 for a 'luxury' cruise cabin (booking CR-55012) and got a "
    "windowless box next to the engine room. Total rip-off.",
    "Why do I even bother?! Third time writing. Nobody reads these. Nobody cares. Thanks a lot, "
    "Northgate.",
    "Fix. My. Boiler. It's been 11 days, I have a newborn, and your engineer (ref BG-7781) said "
    "'not my job'. Heartless.",
    "I'll be honest, your 'premium support' is a joke. 45 mins on hold, then cut off. Premium my "
    "a**.",
    "Dear Sirs, I wish to complain in the strongest possible terms about the disgraceful conduct "
    "of your driver (vehicle reg AB12 CDE) on 4 December, who swore at my 80-year-old mother. I "
    "demand an apology.",
]


# Round fourteen (session 10), written blind: all 20 passed the measure when written; how five of
# them read was fixed (see test_calm_version_reads_like_the_writer_meant below).
ROUND_FOURTEEN_DRAFTS = [
    "This is the FOURTH time I'm writing. Your website charged me twice ($214.50 x2) for ONE pair "
    "of boots, order #US-448190. I want my money back TODAY. Pathetic.",
    "@DeltaAssist you lost my bag on DL 1127 from ATL and 6 days later NOTHING. No call, no "
    "email, no bag. File ref ATLDL88213. Are you serious right now??",
    "hi. so your 'engineer' came tuesday, took the back off the washing machine, said he'd order "
    "a part and left. thats 3 weeks ago. no part no call no nothing. useless useless useless. job "
    "no 55-10293",
    "I have been a loyal customer for 12 years and THIS is how you treat me? A £35 late fee "
    "because YOUR direct debit system failed on 1 March? Shame on you. Account 0044 1920 7731.",
    "Dear Customer Services, I am writing AGAIN about the damp in flat 4B, 17 Harbour Road. It "
    "has been 5 months. My daughter has asthma. Your 'surveyor' said it was 'lifestyle'. How "
    "DARE you blame us for your negligence?",
    "Cancel. My. Subscription. I've asked 3 times (tickets 771, 802, 845). Stop charging my card "
    "€12.99 every month or I'll report you to my bank for fraud.",
    "What a shambles!!! Booked a table for 8 at 7:30pm on Sat 14th for my mum's 70th, turned up "
    "and you'd given it away. The manager just shrugged. Never again, you clowns.",
    "The 'express' delivery I paid £9.99 extra for arrived 6 days late, smashed, and your chat "
    "bot told me to 'have a nice day' 🙃🙃 Order 2025-77812-B. Absolutely useless company.",
    "Your driver reversed into my car in your own car park (reg KX19 TPL) on 22 November at about "
    "3:15pm and then DROVE OFF. I have it on camera. I expect you to pay for the repair, £1,340 "
    "quote attached. Disgusting behaviour.",
    "Seriously, who trains your staff? I asked a simple question about my pension transfer (ref "
    "PT-2024-0091) and got told to 'google it'. GOOGLE IT. From a financial adviser. I'm done "
    "with you people.",
]


# Round fifteen (session 10), blind, mostly name-calling: all 20 passed the measure when written;
# how six read was fixed ("Ur not acceptable mate.", "You are not acceptable.", "That's what you
# are.", "You and your customer service.", "What kind of moronic, brain-dead excuse for a
# company…", "I hope you all rot." kept).
ROUND_FIFTEEN_DRAFTS = [
    "You are all idiots, liars and thieves. Worst company EVER. Refund me £50 NOW!!!",
    "SCAMMERS SCAMMERS SCAMMERS. Never use @QuickLoansUK. Absolute parasites, preying on "
    "desperate people. I hope you all rot.",
    "Dear idiots, read my last 5 emails. Then read them again. Then do your job. Ref 8812.",
    "ur a joke mate. a complete and utter joke. 2 hrs on hold. 2 HOURS. sack the lot of them",
    "What kind of moronic, incompetent, brain-dead excuse for a company loses a passport?! "
    "Mine. Booking KL-2231. Unreal.",
    "F*** you and f*** your 'customer service'. Cancel everything. Acc 44-1029-3.",
    "Shame on you, Greenfields Energy. Shame. On. You. Overcharged a pensioner £412 and lied "
    "about it for months.",
    "Honestly? Worst. Airline. Ever. Lost bags, rude crew, 9 hour delay on BA0117 and zero "
    "apology. Disgrace.",
    "Wow. Just wow. You people are unbelievable. 4th missed delivery. I'm DONE.",
    "Lying, cheating, thieving cowboys. That's what you are. £2,300 for a roof that leaks worse "
    "than before. See you in court.",
]


# Round sixteen (session 10), blind: letters, posts with handles, tags and links. All 20 passed the
# measure when written; fixed in how they read: "Absolute joke of an app." had become "Absolute of
# an app.", "Classy as always 👏👏" "Classy as 👏👏.", "Love how your…" stayed sarcastic, a
# signature gained a full stop, "Sort it out." was not taken as the request it is.
ROUND_SIXTEEN_DRAFTS = [
    "To whom it may concern,\n\nI am FED UP. Your broadband (account 88-1102-7) has dropped "
    "every night since 2 November. I have called 6 times. SIX. Each time a different "
    "excuse.\n\nFix it or release me from the contract without the £180 exit fee. Otherwise I'm "
    "going to Ofcom.\n\nAn extremely angry customer",
    "@UberSupport driver cancelled 3 times, then charged me a £5 cancellation fee?!?! Trip ID "
    "7f3a-22b1. Absolute joke of an app. #uberfail #neveragain https://help.uber.com",
    "Hey @Ryanair 👋 remember me? The guy you charged €60 to print a boarding pass? Still "
    "waiting on that refund (ref RYR-5510-Q). Classy as always 👏👏",
    "Your 'eco' boiler (model ThermaX 30i, serial TX30-778120) has broken down 4 times in 2 "
    "winters. FOUR. My kids are cold. Your engineers are clueless and your helpline is a maze. "
    "I'm done being polite.",
    "so i ordered a sofa in JUNE. its now december. 6 months!!! every time i ring i get 'next "
    "week'. order SOF-20931. i want a refund of the £1,249 deposit or i will be taking this to "
    "small claims",
    "Just had the WORST experience at your Oxford Street branch. Queued 40 mins, the assistant "
    "(name badge said Kyle) rolled his eyes at me and walked off. Is that how you train people? "
    "Disgraceful.",
    "Hi Vodafone, three months ago you promised to fix the signal at SW11 4NP. Since then: 0 "
    "engineers, 0 updates, 12 calls from me. Pathetic. I expect a credit of £90 on my bill "
    "(account 771203445).",
    "I have had ENOUGH. This is my 5th email about invoice INV-2231 (£342.18). You have ignored "
    "every one. If I don't hear back by 15 December, I'll be reporting you to Trading "
    "Standards. Sort it out!!!",
    "Dear Mr Hughes,\nYour company has now missed THREE installation dates (4, 11 and 18 Nov). "
    "Each time I took a day off work unpaid. I want compensation for £285 lost wages, and "
    "frankly an apology would be nice too, though I won't hold my breath.\nM. Osei",
    "Love how your 'customer first' policy means waiting 2 hours on the phone 🙄🙄 Order 99-44-12 "
    "still missing. Pathetic, pathetic, pathetic.",
]


# Round seventeen (session 10), blind (a writer whose English is a second language, a threat with
# its "one way or another", a verdict tagged with a handle): 20/20 by the measure when written;
# fixed in how they read: "I write 4 emails and. I have not had a reply.", "One way or another."
# left alone, "Not acceptable company.", "I genuinely I am disappointed…", "I'll show you tough
# luck." kept.
ROUND_SEVENTEEN_DRAFTS = [
    "Hello, I am very angry with your service!!! I order the laptop (order nr. 4410-2291) 3 "
    "weeks ago and until now nothing arrive. I write 4 emails and nobody answer me. This is not "
    "normal!!! I want my money back 899 EUR immediately or I go to the consumer protection.",
    "Your courier THREW my parcel over a 6ft gate. It landed in a puddle. Inside: a £300 "
    "camera. Now broken. I have video from my doorbell cam. You are going to pay for this, one "
    "way or another.",
    "I've been a patient woman. 8 weeks. 11 phone calls. 3 'escalations'. 0 results. My washing "
    "machine (Bosch WAN28, bought 14/09 for £429) still leaks. I'm not asking anymore, I'm "
    "telling you: replace it by Friday.",
    "Are you KIDDING me?? £75 to change a flight name by ONE letter?!? Booking ref 5XK9PL. This "
    "is extortion, pure and simple. Disgusting greedy company.",
    "To the idiot who designed your app: the 'cancel subscription' button doesn't exist. "
    "Hidden. On purpose, obviously. Cancel my sub NOW (user id 55193).",
    "Third email. THIRD. No reply to the first two (sent 3 and 10 Nov). If I don't get a "
    "response by Monday I will be filing a chargeback for the full £1,120 and leaving reviews "
    "on every site I can find.",
    "omg the worst customer service ever!!! waited 2 hrs at gate B12 for a wheelchair for my 84 "
    "yr old dad and NOBODY came. shameful. absolutely shameful @HeathrowAirport",
    "Stop. Calling. Me. I have asked you 6 times to remove my number from your list. If you "
    "call once more I'm reporting you to the ICO and suing for harassment.",
    "Your so-called 'lifetime guarantee' lasted 14 months. The handle snapped clean off (pan "
    "model TF-28). Customer services told me 'tough luck'. Tough luck?! I'll show you tough "
    "luck.",
    "I genuinely cannot believe how incompetent your pharmacy is. My prescription (ref "
    "RX-88120) was 'lost' AGAIN. My daughter needs her inhaler. If anything happens to her I "
    "will hold you personally responsible.",
]


# Round eighteen (session 10), blind: 20/20 by the measure when written; fixed in how they read:
# "I wish to register my disgust at…" had lost its whole sentence to "For reference: 19/11",
# "THANK YOU so much for losing my passport renewal application" (three words lost) and
# "Brilliant work, truly." (now sarcasm in a draft already sarcastic; "truly" is no praise).
ROUND_EIGHTEEN_DRAFTS = [
    "I am LIVID. My mortgage payment (£1,204.17) was taken TWICE on 1 December, leaving me "
    "overdrawn and paying £35 in fees. Your app says 'no issues found'. NO ISSUES?! Fix it and "
    "refund the fees, you useless lot.",
    "Every. Single. Time. I order from you something is missing. Order 7781-KL: no batteries, "
    "no charger, no manual. What is wrong with your warehouse staff? Do they just not care?",
    "Cheers @EasyJet for leaving us stranded in Malaga for 14 hours with 2 toddlers and not "
    "even a water voucher. Flight EZY8023. Never again. Ever. #easyjetfail",
    "Dear Sir or Madam, I wish to register my disgust at the treatment I received from your "
    "so-called 'manager' at the Leeds branch on 19/11. He shouted at me in front of other "
    "customers and called me a liar. I expect a written apology and an explanation within 7 "
    "days.",
    "why is it that every time i call your helpline i get cut off after 40 mins??? this has "
    "happened 5 times now. ticket 99812. i'm at the end of my rope here honestly",
    "Your builders left our garden looking like a bomb site. Rubble everywhere, a broken fence "
    "panel and a smashed plant pot. Job ref GB-1190. Absolute cowboys. I want it cleared by "
    "Saturday or I'm deducting it from the final £2,400 payment.",
    "I've had it with your 'unlimited' broadband that's limited to 2Mbps every evening. 4 "
    "complaints, 4 fobs-off. Account BB-33102. Either fix it or let me leave without the £240 "
    "exit fee. Your choice.",
    "THANK YOU so much for losing my passport renewal application. Really. Thank you. Now I "
    "can't travel to my sister's wedding on 20 Dec. Reference PX-20931-A. Brilliant work, "
    "truly.",
    "Three hours. THREE HOURS. That's how long I waited in A&E reception before anyone even "
    "looked at my son's arm. It was broken. The receptionist was rude and dismissive. This is a "
    "disgrace and I will be writing to my MP.",
    "hey @ZapGadgets ur 'premium' headphones (order ZG-5501, $189) broke after 9 days. support "
    "bot keeps looping. this is beyond a joke. refund me.",
]


# Round nineteen (session 11), blind: 20/20 by the measure when written; fixed in how they read:
# "you con artists" was kept (a two-word name was never looked up), "Nobody reads emails, nobody
# answers phones" lost "phones" alone, "rude staff" became "staff", "This is theft, end of." left
# "End of.", and "Don't you dare…", "If anything happens to her it's on you." read calm.
ROUND_NINETEEN_DRAFTS = [
    "Three weeks. THREE WEEKS I've been without a working fridge and your 'priority' repair "
    "team still hasn't shown up. Claim no. WR-55012. I've thrown away £140 of food. Sort it out "
    "or I'm going to the Ombudsman.",
    "@VodafoneUK you've cut off my mum's landline AGAIN. She's 87 and lives alone. If anything "
    "happens to her it's on you. Account 4471-2290.",
    "So your 'no quibble guarantee' means nothing then? Sofa bought 3 March, frame snapped 9 "
    "Oct, and you tell me it's 'wear and tear'. What a joke. I paid £1,899 for this!!!",
    "Hi, just wanted to say your so-called customer service is the worst I've EVER experienced. "
    "Nobody reads emails, nobody answers phones, and the chatbot is as thick as a brick. Order "
    "#A99-1023.",
    "Booked a 'sea view' room, got a view of the bins. Asked to move, the receptionist rolled "
    "her eyes and said 'take it or leave it'. Booking ref HX8871. Never staying with you again, "
    "you con artists.",
    "I'm sick and tired of being lied to. On 14/10 I was told the refund was 'processed'. On "
    "28/10 I was told it 'never existed'. Which is it?! £312.50 of MY money. Reference RF-2281.",
    "Your delivery man threw my parcel over a 6 foot gate and smashed the contents (a £90 "
    "lamp). Photos attached. Don't you dare tell me it was 'delivered safely'. Tracking "
    "JD014455231GB.",
    "Honestly what is the POINT of your helpline if all it does is play music for 50 mins and "
    "then hang up on me? 3 times today. Absolutely pathetic. Policy number HL-772019.",
    "Dear Manager, I am writing because frankly your branch in Croydon is a disgrace. Filthy "
    "toilets, rude staff and a 45-minute queue at 10am on a Tuesday. I expect better for £9.99 "
    "a month.",
    "You charged my card £74.99 for a subscription I cancelled in August. I have the "
    "confirmation email (ref CX-0091). This is theft, end of. Refund it by Friday or my bank "
    "will be doing a chargeback.",
]


# Round twenty (session 11), blind, as posted on forums, LinkedIn, review sites and by letter:
# 20/20 by the measure when written; fixed in how they read: "disgusted by" became "unhappy by",
# "Waiter was rude and disappeared for ages" lost its waiter, "your 'apology' tweets are
# worthless. Do your job." stayed, and "the council finally 'fixed' the pothole… Genius stuff,
# really." read calm (scare quotes round a job, praise after it).
ROUND_TWENTY_DRAFTS = [
    "PSA: do NOT use QuickFix Plumbing (Leeds). Guy turned up 3 hrs late, charged me £180 cash "
    "for a 10 min job, and the tap is STILL dripping. Won't answer calls now. Absolute crooks. "
    "#Leeds #plumber",
    "Hi all, long-time lurker here. Has anyone else been completely screwed over by Northway "
    "Energy? They've estimated my bill at £412 for November when my smart meter says £96. I've "
    "called 6 times. SIX. Each time a different story. I'm ready to scream.",
    "I rarely post about work stuff on LinkedIn but I have to say, the way @SwiftHire treated "
    "candidates today was disgraceful. 200 people turned up for an interview slot they "
    "double-booked, and their recruiter laughed it off. Shameful.",
    "To whom it may concern,\n\nI am absolutely disgusted by the way my elderly father was "
    "treated at your Kingsway branch on 2 December. Your staff member refused to help him with "
    "the self-checkout and told him to 'get with the times'. He is 84.\n\nI expect an "
    "apology.\n\nRegards,\nAnna Whitfield",
    "1 star. Waited 90 minutes for cold food. Waiter was rude and disappeared for ages. When we "
    "complained the manager argued with us in front of everyone. Never again. Save your money "
    "and go literally anywhere else.",
    "@BritishGas day 12 without heating or hot water. 12 DAYS. I have a newborn. Your engineers "
    "keep 'rescheduling' and your call centre keeps cutting me off. How is this legal?! Ref "
    "8827-1193-A #britishgas #nohotwater",
    "Ordered a birthday cake for my daughter's 5th (order #CK-2209, £45). It arrived smashed "
    "and the wrong flavour. Your 'customer care' team offered me a £5 voucher. FIVE POUNDS. Are "
    "you actually serious? She cried. Thanks for ruining her birthday.",
    "Third time this month my train's been cancelled at Reading. Third. Missed a client meeting "
    "worth £2k to my business. @GWRHelp your 'apology' tweets are worthless. Do your job.",
    "So the council finally 'fixed' the pothole on Mill Lane. By putting a cone next to it. Two "
    "weeks after my tyre burst (£140 to replace). Genius stuff, really. Claim ref HW/2291.",
    "Cancelled my gym membership in writing on 1 Oct, still charged £39.99 on 1 Nov AND 1 Dec. "
    "They say they 'never received' the letter. I have proof of postage. Pure theft. I'm "
    "reporting you to Trading Standards and my bank.",
]


# Round twenty-one (session 11), blind, short posts and one formal letter: 20/20 by the measure;
# fixed in how they read: "Frankly, this is contemptible.", "Are you even listening?", "this is
# how you treat me?" and "Absolute state of it." read calm, "shameful treatment of…" stayed.
ROUND_TWENTY_ONE_DRAFTS = [
    "@AmazonHelp WHERE IS MY PARCEL?!?! 'Out for delivery' since 7am, now it's 9pm. Order "
    "204-5512263-1190. Unbelievable.",
    "Your online banking has been down ALL DAY. I can't pay my rent. Thanks for nothing, "
    "@NatWest_Help 😤",
    "Never, ever book with FlyDirect. Lost our luggage, lied about compensation, then ghosted "
    "us. Booking FD77231. Scammers.",
    "Dear Customer Relations, I have now written to you FOUR times (14 Sept, 2 Oct, 20 Oct, 9 "
    "Nov) and have yet to receive the courtesy of a reply. Frankly, this is contemptible. "
    "Policy HH-550192.",
    "fix ur app. every update breaks something. v4.2.1 cant even log in. pathetic",
    "Hey @Deliveroo your rider ate half my chips and laughed when I opened the door. Order "
    "#8812. Not even joking. Absolute state of it.",
    "Overcharged by £67.40 on invoice INV-2291 and your 'billing specialist' just keeps "
    "repeating the same script. Are you even listening? I want the £67.40 back TODAY.",
    "I'm done. 14 years a loyal customer and this is how you treat me? Cancel my account (acc "
    "99120). Don't bother calling to 'retain' me.",
    "My elderly mum waited 3 HOURS at your branch for a 15 minute appointment, and nobody even "
    "offered her a chair. Shameful treatment of a vulnerable customer. Ref BR-4412.",
    "This is the third 'replacement' kettle that has broken within a month. Model KT-300. Sort "
    "your quality control out or stop selling junk.",
]


# Round twenty-two (session 12), blind, dry sarcasm with facts: 20/20 by the measure; fixed in how
# they read: "I'll hold my breath, shall I?" had left "Shall I?", and ", I suppose." and ",
# apparently." at a sentence's end had never matched (a form may not start with a comma).
# Sarcasm the engine does not see ("Bold strategy.", "Riveting way to spend an evening.") stays.
ROUND_TWENTY_TWO_DRAFTS = [
    "Booked a delivery slot for 14 Nov, stayed in ALL DAY, nobody came, nobody called. What a "
    "service. Order #A-55120. Thanks for nothing @QuickShipUK.",
    "Three days, they promised. Three WEEKS later, here we are. Your idea of a day must be "
    "fascinating. Repair ref RP-2291, paid £89.99.",
    "Cancelled my gym membership on 3 January and you STILL took £42 in March. Clever trick. "
    "Give it back or I'm calling my bank for a chargeback.",
    "Your so-called 'customer service' team closed my chat mid-sentence. Bold strategy. Case "
    "7781-B. Are any of you actually trained?? Pathetic.",
    "Same details typed in THREE times on your claim form (claim CLM-44812). Riveting way to "
    "spend an evening. Fix your broken website before you take another penny.",
    "Two months without heating at 14 Elm Road. Still waiting for the landlord to notice winter "
    "exists. If it's not fixed by 20 December I'm going to the council.",
    "The website said in stock. The shelf said otherwise. Who should I believe, I wonder? Wasted "
    "a 40-minute drive for nothing. Absolute joke of a company.",
    "Ordered a kettle, received a phone case. Close enough, I suppose? Order 1187-33. I want the "
    "kettle or my £34.50 back by Friday, simple as that.",
    "Ten days at the depot!!! My parcel seems to have moved in there permanently. Tracking "
    "JD0002213 says 'in transit'. In transit WHERE exactly?? Useless.",
    "An hour on hold with the bank (ref 55-9012). Good thing I had nothing else planned for my "
    "life. Then the line went dead. Unbelievable. I'm DONE with you people.",
    "'Within 5 days', they said. It's been 3 weeks. I'll hold my breath, shall I? Ticket T-88120.",
    "Food turned up an hour late and stone cold. Five stars for consistency, I suppose. Order "
    "#3391.",
]


# Round twenty-three (session 15), written blind: all by the measure when written; fixed in how
# they read: "Useless, the lot of you." had become "Not helpful, the lot of you.", "Your
# pathetic excuse for a plumber" "Your poor excuse for a plumber", and "I am furious." (now "I am
# unhappy.") was followed by "I am not happy with the service I have had."
ROUND_TWENTY_THREE_DRAFTS = [
    "You absolute clowns have lost my passport application AGAIN. Ref PA-77120. Sort it out by 14 "
    "December or I'm going to my MP!!!",
    "I have called you 6 times since 2 November and you NEVER call back. Useless, the lot of you. "
    "Account 4471-0092.",
    "Refund my £129.99 or I'm posting this all over Facebook. Order #88213, delivered broken on "
    "28 Nov.",
    "Your pathetic excuse for a plumber flooded my kitchen on 1 December. I want £340 for the "
    "damage, NOW.",
    "Seriously?! Another 'technical issue'? That's the fourth time my direct debit of £62.50 has "
    "failed because of YOUR system.",
    "I am furious. Booking BK-3391 was cancelled with no warning and you kept my £85 deposit. "
    "Thieves.",
    "Worst bank ever. You froze my account (sort code 20-44-11) for 9 days and nobody could tell "
    "me why. Disgraceful.",
    "Thanks for nothing. @AcmeHelp promised a callback on 20 Nov and I'm still waiting. See "
    "https://example.com/ticket/5521",
]

# Round twenty-four (session 15), written blind: all by the measure but one; fixed: "Nobody
# there has a clue." and "Are your engineers allergic to work?!" were kept, "FIND IT." kept its
# capitals, "I've been LIED to" read hot and became "For reference: 14." (a day without its month)
ROUND_TWENTY_FOUR_DRAFTS = [
    "THREE missed appointments (12 Oct, 2 Nov, 19 Nov). Are your engineers allergic to work?! Ref "
    "ENG-4410.",
    "Dear Sirs, your so-called 'express' delivery of order 77-1204 took 11 days. Frankly a "
    "disgrace. I expect £14.99 back.",
    "@QuickFlyUK lost my bag on flight QF 212 and your helpline is a joke. Bag tag QF884120. FIND "
    "IT.",
    "Idiots charged me £89 twice on 3 Dec. Card ending 5512. Refund the duplicate or I'm calling "
    "my bank and leaving a review everywhere.",
    "I've been LIED to by three different agents since 14 November. Complaint ref CMP-00912. "
    "Nobody there has a clue.",
    "What is WRONG with you people? My boiler (serial BX-22019) has been broken for 16 days in "
    "December!!!",
]

# Round twenty-five (session 15), written blind: all by the measure when written; the last read
# 24.6 (", nothing." closing the list of what was missing now goes)
ROUND_TWENTY_FIVE_DRAFTS = [
    "Where is my refund?! Order 55120, returned on 2 Nov. You've had my £64.99 for a MONTH. Pay "
    "up or I'm going to Trustpilot.",
    "Your useless courier left my parcel (tracking TX-99812) in a puddle. Everything ruined. "
    "Disgraceful.",
    "I'm sick to death of your excuses. Third time my boiler's broken since 1 Oct (job ref "
    "J-4410). Sort it out or I'll sue.",
    "@FlyFast you are a JOKE. Flight FF203 cancelled, no hotel, no food voucher, nothing. "
    "Absolute clowns.",
]

# Round twenty-six (session 15), written blind: the first lost its request to the threat ("Refund
# the £210 … or I'll make your life hell." had become only the next step)
ROUND_TWENTY_SIX_DRAFTS = [
    "Last warning. Refund the £210 for booking HX-5512 by 10 December or I'll make your life hell.",
    "I've got your home address from the delivery note, by the way. Parcel 77120 is STILL missing.",
]

# Round twenty-seven (session 15), written blind: all by the measure; fixed in how they read: "Your
# clumsy idiots smashed" had become "Your clumsy smashed", "I want £450 compensation or you'll see
# me in court" lost the ask, "(no. GM-44120)" became "(no, GM-44120)"
ROUND_TWENTY_SEVEN_DRAFTS = [
    "You renewed my gym membership (no. GM-44120) WITHOUT asking and took £39.99. That's theft. "
    "Cancel it NOW or I'm calling my bank.",
    "Your clumsy idiots smashed my wardrobe on 28 November. Job ref RM-2231. I want £450 "
    "compensation or you'll see me in court.",
    "THIRD last-minute cancellation at the dentist (booking 9921). Ridiculous. Do you even want "
    "patients?",
    "My bill DOUBLED to £212.40 overnight and nobody can explain why. Account 7731-2290. You "
    "people are a total joke!!!",
]

# Round 28 (session 19, written blind: 6 of 6 by the measure when written; "ON 3 MARCH" came out
# as "on 3 march", a shouted month that the date form did not know, now kept as written)
ROUND_TWENTY_EIGHT_DRAFTS = [
    "YOU CHARGED ME £89.99 TWICE ON 3 MARCH AND NOBODY HAS REFUNDED IT!!! Order 448812. "
    "Disgraceful.",
    "Useless airline. Flight BA2490 was delayed 7 hours and you never answer the phone. Sort it "
    "out or I'll see you in court.",
    "My landlord is a total joke. The boiler has been broken since 12 November and he ignores "
    "every message. @LettingsCo fix it!!",
    "Absolutely pathetic service from your engineers, three missed visits (ref ENG-55821) and not "
    "one apology. Refund me or 1-star on Trustpilot.",
    "Thanks for nothing, Vodafone. Cut off on 2 December with 8GB left, £35 a month for this "
    "rubbish? https://example.com/plan",
    "I am SO angry. The vet charged £200 over the £350 quote and your receptionist was rude to "
    "me. Never again.",
]

# Round 29 (session 19, written blind after round 28's work: 6 of 6 by the measure when written)
ROUND_TWENTY_NINE_DRAFTS = [
    "u lot are a JOKE. waited in 4 3 hrs on 14/11 for a delivery that never came, order #A77120. "
    "sort it or im done",
    "Dear Sir, I have never in all my years been treated so disgracefully. Your so-called manager, "
    "Mr Patel, laughed at me on 2 October. I demand £150 compensation immediately or I will go to "
    "the papers.",
    "worst. airline. ever. @Ryanair lost my bag on FR1234 and your helpline is a waste of time!!! "
    "#neveragain",
    "Honestly you people are clueless. I've emailed 5 times since 1 September about the £42.50 "
    "overcharge and got nothing back but copy and paste rubbish.",
    "How hard can it be to fix a boiler?? 3 visits, 3 'engineers', still no heating. Idiots. Ref "
    "99-ZX-41.",
    "I want my money back NOW. £1,299 for a sofa that fell apart in a month. Disgusting. Don't "
    "make me come down there.",
]

# Round 30 (session 19, written blind after round 29's work: 6 of 6 by the measure when written;
# "I expect £650 for the repair or I will see you in small claims court." kept only "For
# reference: £650." of its ask, now "I would like £650 for the repair.")
ROUND_THIRTY_DRAFTS = [
    "Shame on you, EasyPower. £2,340.17 final bill for a 1-bed flat?!?! Account 4410-22-9987. This "
    "is DAYLIGHT ROBBERY and you know it.",
    "For the 4th time: my passport application (ref HMPO-88231) was sent on 9 August. You people "
    "cannot even answer a phone. Pathetic.",
    "Hey @TescoMobile your network has been down in SE15 for 3 days and your chatbot keeps "
    "telling me to restart my phone. Are you serious???",
    "Never EVER use Quickfix Plumbing. Cowboys. They charged £480 for a 20-minute job on 28/10 "
    "and left a leak. https://maps.app.goo.gl/abc123",
    "To whoever is in charge: your driver reversed into my car on Elm Road on Monday, drove off, "
    "and your office laughed at me. I have dashcam footage. I expect £650 for the repair or I "
    "will see you in small claims court.",
    "I'm honestly livid. Ordered a cot (order 55-1212) for my newborn on 1 Nov, paid £219, still "
    "nothing, and every call ends with 'we'll escalate it'. Disgraceful.",
]

# Round 31 (session 19, written blind after round 30's work: 8 of 8 by the measure when written;
# the cake's calm version read 23.9 with "Your driver didn't even care." kept, now left out)
ROUND_THIRTY_ONE_DRAFTS = [
    "CANCEL MY CONTRACT NOW. I have asked 3 times (ref 88-Q-4412) and you keep charging me £29.99. "
    "THIEVES.",
    "My daughter's birthday cake was delivered smashed on 14 Feb. £65 wasted. Your driver didn't "
    "even care. Pathetic company.",
    "This is the third time I have had to chase my refund of $340. Do your staff even read "
    "emails? Sort it out by Friday or I go to my bank for a chargeback.",
    "hi, your app charged me 2x for the same ride on 5 dec (£18.40 each!!) and the chat bot is "
    "useless. fix it pls, absolute joke",
    "Words cannot describe how disappointed I am. The venue cancelled our wedding booking (ref "
    "WED-2207) 3 weeks before the day and has refused to refund our £4,000 deposit. Shameful, "
    "heartless people.",
    "Dear Sir/Madam, Your engineer turned up 4 hours late on 02/12, broke my tap and left without "
    "a word. I am absolutely furious and expect compensation. If I do not hear back by 16 "
    "December I will refer this to the Ombudsman.",
    "@VirginMedia 11 days without internet. 11 DAYS. I work from home. Every call: 'an engineer "
    "will be in touch'. Nobody ever is. Utterly useless.",
    "Ordered a size 10, got a size 16, returned it, got charged again. Your returns team are "
    "clowns and your website is garbage. Order 7781-AB.",
]

# Round 32 (session 19, written blind after round 31's work: 8 of 8 by the measure when written;
# "I want an apology and a £50 voucher or I'm going to the papers." kept only "For reference:
# £50." of its ask)
ROUND_THIRTY_TWO_DRAFTS = [
    "THREE MONTHS and still no refund for order 66120!!! £149.99 taken from my account on 2 Sept. "
    "You are a bunch of crooks.",
    "Your 'customer service' is a joke. I've been passed between 6 departments about claim "
    "C-2219. Nobody knows anything. Useless.",
    "To the idiot who decided to cancel my policy (POL-88410) without telling me: I was in an "
    "accident on 12/11 and now I'm not covered. I'll see you in court.",
    "@BTCare absolutely disgraceful. Engineer no-show AGAIN today 14:00-18:00 slot. 3rd time. I'm "
    "paying £45 a month for nothing. Sort it out or I'm leaving.",
    "I have never been so insulted in my life. Your manager at the Leeds store called me a liar "
    "in front of other customers on Saturday. I want an apology and a £50 voucher or I'm going "
    "to the papers.",
    "Fed up of your lies. You promised a callback within 48 hours on 20 Nov. Nothing. Ticket "
    "4471-Z. Pathetic.",
    "Worst holiday ever. Dirty room, rude staff, broken AC, and you want to charge us £200 "
    "extra?! Booking TH-5520. You should be ashamed.",
    "wtf is going on with my order?? paid £89 on the 3rd, tracking hasn't moved in 9 days, nobody "
    "replies. ridiculous. order no 112-4478",
]

# Round 33 (session 19, written blind at its end: 6 of 6 by the measure when written; "the most
# useless thing" had come out "the most thing", and "I want that £40 back today or I'm posting
# everywhere." was kept as written)
ROUND_THIRTY_THREE_DRAFTS = [
    "I am DONE with you people. 4 months of overcharging (account 5520-119), £312 in total, and "
    "every agent lies to me. REFUND ME OR ELSE.",
    "Dear Ms Patel, Your surveyor missed the damp in the survey (ref SV-20-441) and it has now "
    "cost me £2,800 to fix. Frankly this is negligence and I will be speaking to my solicitor.",
    "seriously?? 3rd time my bin hasn't been collected on Thursday. council tax £1,950 a year for "
    "THIS. useless lot @BristolCouncil",
    "Your chatbot is the most useless thing I have ever used. I asked about order 99812 five "
    "times and it sent me a recipe. A RECIPE. Sort your company out.",
    "The 'luxury' cabin we paid £1,100 for on 7-10 August had mould, a broken shower and no "
    "heating. You should be ashamed of taking people's money for this.",
    "You absolute clowns. Moved my appointment 3 times without asking (ref APT-7719), then "
    "charged me a £40 missed appointment fee. I want that £40 back today or I'm posting "
    "everywhere.",
]

# Round 34 (session 19, written blind at its very end: 6 of 6 by the measure when written; "a
# straight answer from you clowns?" had come out "a straight answer from?")
ROUND_THIRTY_FOUR_DRAFTS = [
    "ABSOLUTELY FUMING. Paid £420 deposit for a wedding DJ (booking WD-3310) who cancelled 2 days "
    "before and won't answer his phone. THIEF.",
    "@AmazonHelp you have 'delivered' my parcel 3 times now (order 204-5581120-88) and it's never "
    "here. Do your drivers even exist??",
    "I have been a loyal customer for 11 years and this is how you treat me? Cancelled my policy "
    "on 4 June without a word. Disgusting. I want it reinstated NOW.",
    "Sick of being lied to. The 'engineer visit' on 9/12 never happened, and now you say I missed "
    "it?! I was home all day. Liars.",
    "Honestly the worst hotel I have ever stayed in. Cockroaches in room 214, no hot water, and "
    "reception just laughed. £380 for two nights. Refund or I'm going to every review site going.",
    "Why is it so hard to get a straight answer from you clowns? Three emails (ref CS-88012), "
    "three different answers. Give me a date for my repair or I'll report you to Trading "
    "Standards.",
]

# Rounds 35-36 (session 20, written by a helper session that had not seen the rewrite: 12 of 12
# by the measure when written, but a threat, an extortion and "You lie." / "…is a liar." /
# "Dishonest company." were kept as written; now they go, and "is a liar" says what happened)
ROUND_THIRTY_FIVE_DRAFTS = [
    "I paid £420 on 4 June for order WD-3310 and NOTHING has arrived!!! You never answer "
    "emails, your chat bot is useless and your staff are clueless idiots. Refund me by Friday "
    "or I'm telling everyone on Trustpilot what a scam you are!!!",
    "THIRD time writing about ref BX-77812. Your engineer @DanFixIt_UK promised on 9/12 he'd be"
    " back with the part. He NEVER came. You people ALWAYS lie. £185 callout fee for nothing!!!"
    " I want it back today, not 'within 10 working days'.",
    "Absolutely DISGUSTING service. Booked room 214 for 18-20 March, paid £312 upfront, arrived"
    " to find it double-booked!!! Your receptionist laughed in my face. Pathetic. Full refund "
    "plus compensation or I'll make sure every review site knows.",
    "To whoever runs @QuickFoneHelp - you are the WORST company I've ever dealt with. Account "
    "55019-A was billed £96.40 for a contract I cancelled on 2 January. Nobody EVER replies!!! "
    "Sort it or I'll be down at your Croydon store and you won't like it.",
    "Ordered a sofa (order SF-20931) on 12/10 and paid £1,149. Delivered 3 weeks late with a "
    "ripped arm!!! Your driver was RUDE and your complaints line is a joke. I've been fobbed "
    "off 6 times. I want a replacement or my money back, NOW.",
    "You lot are useless!!! Tracking 7741 2209 says 'delivered' on 22 Nov, it WASN'T. £64.99 "
    "gone. I've rung 5 times and always get cut off. Never again. Fix it this week or the "
    "Facebook post with your driver's photo goes up.",
    "Hi @SwiftRailUK, your 07:42 from Reading was cancelled AGAIN on 3 March. That's the 5th "
    "time this month!!! I pay £4,380 a year for a season ticket and you NEVER run on time. Your"
    " staff couldn't care less. Delay Repay claim DR-90114 ignored. Absolute clowns.",
    "Kitchen fitted 14/08, invoice KF-5528, £6,250. Doors hanging off, worktop cracked, and "
    "your fitter swore at my wife!!! You ALWAYS blame the supplier. Pathetic. Refund £2,000 or "
    "every photo goes on Google and Checkatrade for the whole town to see.",
    "WHERE IS MY MONEY??? Return RMA-40872 was received by your warehouse on 27 April and the "
    "£129.99 refund still hasn't been issued. 4 emails, zero replies. You never answer anyone. "
    "Useless, lazy, dishonest company!!!",
    "Your so-called 'manager' Gary at the Bristol branch is a liar. He told me on 19 Sept the "
    "£75 deposit was refundable, now suddenly it's not!!! I'm DONE being polite. Give it back "
    "or I'll come in and make a scene he won't forget.",
    "Booking ref HX88-21Q, flight cancelled 30 Dec, 6 hours in the terminal with two toddlers "
    "and NOBODY from your airline said a word!!! £860 for a holiday we never had. Worst airline"
    " on earth. Compensation now, or my 40k followers hear the whole story.",
    "Insurance claim CL-004417: submitted 2 Feb, still 'under review' 11 weeks later!!! Your "
    "call handlers are incompetent and you ALWAYS lose the documents. I've sent the photos 3 "
    "times. Pay out the £1,740 you owe me or stop pretending to be an insurer.",
]

# Rounds 66-69 (session 21, written by a helper that had not seen the rewrite: 8 of 8, 6 of 6,
# 6 of 6 and 5 of 5 by the measure when written; round 67's kept a veiled threat, "i'll be
# waiting for him after closing", and "Absolutely criminal.", which now go)
ROUND_SIXTY_SIX_DRAFTS = [
    # round 69
    "ORDER #A58213-77 STILL NOT HERE after 19 days!!! You took £84.99 on 2 May and your "
    "so-called tracking at https://track.example.com/A58213-77 hasn't moved in a week. You're "
    "the most useless company on earth. Refund me or I'm screenshotting this and tagging "
    "@ConsumerWatchUK and everyone I know.",
    "Your idiot engineer missed appointment ref BB-449201 on 14/06 AGAIN. I've lost two days' "
    "pay, about €260, because of you clowns. Do it one more time and I'll make sure everyone "
    "in Ballincollig knows where your van is parked overnight.",
    "Claim number CLM-2024-118764: 11 WEEKS and NOTHING!!! I paid my £1,240 excess on 3 Feb "
    "and you have never once called back. @SafeHomeInsure you are a joke and I'll be posting "
    "every single email online so the whole world can see.",
    "Booking ref HX7QPL, 22 Oct, room 408. The room was FILTHY, hair in the bed, and the night "
    "manager was rude beyond belief. I want the $312.50 back. Otherwise my review goes up on "
    "https://www.tripadvisor.com with every photo, and trust me, you don't want to find out "
    "what happens if I see that manager again.",
    "Deposit for 14 Carrow Road, £1,350, paid 1 August. You've had it SIX MONTHS. Every single "
    "time I ring, nobody knows anything!!! Return it by Friday 9 February or I'll be round the "
    "office with my brothers and we'll see how 'unavailable' you are then.",
    # round 68
    "ORDER #UK-448291 STILL NOT HERE!!! I paid £129.99 on 3 March and your useless courier has "
    "'lost' it twice. Sort it today or I'm posting every single email on Twitter and tagging "
    "@ParcelPro so everyone sees what a joke you are.",
    "@SkyLinkAir you are the WORST airline on earth. Flight SL402 on 12 May 2024 cancelled, no "
    "hotel, no food, nothing!!! Booking ref QX7TRB. I want my €340 back and I want it NOW.",
    "Ticket ref 2024-0917-88 has been open for SIX WEEKS. My bill of $286.50 is wrong and "
    "every idiot I speak to tells me something different. I know your office is on George St "
    "and I know what time your team leaves, so maybe I'll come and explain it in person.",
    "Absolutely disgusted. Repair job R-55102 on my Golf, reg KP19 XYZ, took 11 days instead "
    "of 2 and you charged £640 when the quote was £410!!! Never using you again, and trust me, "
    "every single person I know is going to hear about this.",
    "To whoever is 'managing' complaints: my deposit of £1,250 for 14 Albert Road still hasn't "
    "been returned, 63 days after I moved out on 31 January. You've ignored every email. "
    "Here's the photo evidence of the flat you claim was 'dirty': https://imgur.com/a/k3Lp9Qz "
    "- return the money or I'll make sure your name is mud on every renters' forum in the "
    "city!!!",
    "hey @FitZoneGyms your staff are clowns. cancelled my membership (member no. 0073321) on 1 "
    "Feb and you've STILL taken £39.99 on 1 March AND 1 April. refund the £79.98 by friday or "
    "i'll be waiting in your car park for whoever's in charge. ticket here "
    "https://fitzone.co.uk/help/ticket/55821",
    # round 67
    "ORDER #UK-558201 STILL NOT HERE!!! I paid £89.50 on 12 February and you useless lot keep "
    "telling me 'it's on its way'. This is the WORST company I have ever dealt with. "
    "@SpeedyParcelsUK sort it out or else.",
    "@BrightBankHelp you charged me a $35 overdraft fee on 4/18 for a payment that cleared the "
    "SAME DAY. Absolutely criminal!!! Refund it NOW. Everyone in your call centre is "
    "completely incompetent.",
    "Ref CMP-20931. Third time writing. Your engineer was supposed to come on 22/03/2024 "
    "between 8 and 12 and NEVER showed up. I took a day off work for nothing, which cost me "
    "£120 in lost pay. You people are a joke and I will make sure everyone knows where your "
    "depot is.",
    "Booking ref QX7H2L. The room in the photos at "
    "https://www.seaviewlodge.example/rooms/deluxe looks NOTHING like what we got!!! Mould on "
    "the walls, a broken shower, and the receptionist just laughed at us. I want my £340 back. "
    "Pathetic.",
    "hey @NovaMobile, ticket #883042, my bill jumped from $45 to $112 in March and NOBODY can "
    "explain why!!! always the same excuses, you never fix anything. i know your manager Tom "
    "works the Main St store and i'll be waiting for him after closing.",
    "Invoice INV-0047-22 for €260 was paid on 5 January (receipt here: "
    "https://pay.example.com/r/9f3k2) and you've STILL passed it to debt collectors!!! "
    "Unbelievable incompetence. Every single person I've spoken to has lied to me. Cancel the "
    "debt collection today.",
    # round 66
    "ORDER #UK-558201 STILL HASN'T ARRIVED!!! I paid £74.99 on 2 March and you keep saying "
    "'it's on its way'. You are the most useless company I have ever dealt with. Sort it out "
    "or I'm posting everything on Twitter and tagging @QuickShipUK!!!",
    "Ref 00917734. You charged me $249.00 TWICE on 11/14 and your so-called support team keeps "
    "closing my ticket. Every single time I call I get lied to. Fix this TODAY or I'm telling "
    "everyone I know to avoid you.",
    "Absolutely disgusting service. Booking ref HTL-20931, 14-16 June, the room was filthy and "
    "the duty manager laughed at me. I want the full £312 back. I've got photos and I WILL be "
    "putting them all over TripAdvisor so everyone can see what a dump this is!!!",
    "Hey @FlyNorthAir, your pathetic airline lost my bag on flight FN482 on 3 August and "
    "nobody has told me ANYTHING since. Claim number LB-77120. I've spent €186 replacing "
    "basics. NEVER flying with you clowns again!!!",
    "I've been trying to close account 4471-2290 since January and you STILL took £19.99 on 1 "
    "April. Your cancellation page (https://example-broadband.co.uk/cancel) doesn't even work "
    "- it's a scam. Refund me now or I'll expose you on every forum I can find.",
    "Are you people completely incompetent??? Ticket #CS-60215, opened 5 May. My laptop came "
    "back from 'repair' with a cracked screen and it was fine when I sent it in. You owe me "
    "$1,150 for a new one and don't even THINK about blaming me!!!",
    "Third time writing. Invoice INV-2024-0381 for £560 was paid on 12 Feb - bank confirmation "
    "attached - and you've passed it to debt collectors anyway. You are a bunch of crooks. "
    "I'll be naming and shaming you in the local paper if this isn't withdrawn by Friday.",
    "WORST. DELIVERY. EVER. Order 88-3310-QX was promised 9am-1pm on Saturday 21 September and "
    "the driver never showed. I took the day off work for NOTHING. Your tracker at "
    "https://trackmyparcel.example.com/88-3310-QX says 'delivered'!!! It was NOT. I want my "
    "$35 express fee back.",
]


# Round 70 (session 22): 8 of 8 read calm and kept their facts when written, but one kept its
# extortion ("Pay it back in full or the whole story goes on the Leeds Renters Facebook
# group."), one its name-calling ("You're a bunch of rip-off merchants and you know it.") and
# two left a verdict's scraps ("Hands down.", "For reference: 3 Oct, 24.")
ROUND_SEVENTY_DRAFTS = [
    "@SwiftParcelUK order #SP-448120 was 'delivered' on 14/03 and I've got NOTHING. That's "
    "£89.99 of my money gone and you NEVER answer the chat!!! Absolute cowboys. Refund me "
    "by Friday or I'm going to my bank for a chargeback.",
    "Ref CX-20931: your engineer was booked for 2 Feb, 8am-1pm. Nobody came. AGAIN. That's "
    "the third missed appointment since January and I'm still paying €65 a month for "
    "broadband that doesn't work. You are USELESS. I'm reporting this to ComReg.",
    "Dear Mr Hollis, my deposit of £1,200 for 14 Grange Road was due back on 1 May. It's "
    "now 9 June and you've ignored every single email. You're a disgrace of a landlord. Pay "
    "it back in full or the whole story goes on the Leeds Renters Facebook group.",
    "Booking ref QX7H2L, flight FR2214 Dublin to Malaga on 22 July, cancelled with 3 hours' "
    "notice. I paid €412 for the four of us and your 'customer service' hung up on me "
    "TWICE. Pathetic!!! I want full compensation under EU261 or I'm taking you to the small "
    "claims court.",
    "Order 100-4471 from www.homelyfurnish.co.uk: £649 dining table, arrived 5 weeks late "
    "and SMASHED. Your staff are liars who promised a call back 'within 24 hours' on 3 Oct. "
    "Nobody ever rings. Refund the £649 plus the £39 delivery or my 1-star review goes on "
    "Trustpilot today.",
    "@FitZoneGyms I cancelled on 28 Feb (confirmation ref FZ-88213) and you've taken $49.99 "
    "on 1 March AND 1 April. That's theft, plain and simple. Your managers are clueless. "
    "Refund the $99.98 this week or I'm filing a complaint with the BBB and my card issuer.",
    "Account 55019823, Northgate Bank. You charged me a £35 overdraft fee on 11/11 because "
    "YOUR app was down and I couldn't move money. Worst bank in Britain, hands down. 15 "
    "years a customer and this is how you treat me?! Refund it or I'm straight to the "
    "Ombudsman.",
    "Invoice #G-3391 from Dale's Autos: £540 for a clutch that started slipping again 6 "
    "days later (17 Aug). You're a bunch of rip-off merchants and you know it. Fix it free "
    "by Monday or I'm posting the invoice and your reply on Google Reviews for everyone to "
    "see.",
]


# Round 71 (session 22): 8 of 8 read calm and kept their facts when written
ROUND_SEVENTY_ONE_DRAFTS = [
    "@EvriUK WHERE IS MY PARCEL??? Tracking H01AB234567890 has said 'out for delivery' "
    "since 12 March. You NEVER answer the phone and your chatbot is useless. £89 of "
    "birthday presents gone. Sort it today or I'm going to Trading Standards!!!",
    "Ref BK-44817. Booked your 'luxury' coach to Galway for €72 on 5 August and it never "
    "turned up. Nobody at your office answers, ever. You are complete chancers and I want "
    "every cent back by Friday or I'm reporting you to the CCPC.",
    "To whoever runs Harlow Homes Lettings: my £1,150 deposit (tenancy ref HH/2291) was due "
    "back on 14 Feb. It is now 3 April. You lot are liars and thieves. If it isn't in my "
    "account within 7 days I'm going to the DPS and the small claims court.",
    "Order #112-4478831-2209: $349 vacuum arrived SMASHED on Oct 2. Three emails, zero "
    "replies. Refund me in full and I'll take down my review at "
    "trustpilot.com/review/brightvac.com, otherwise it stays up FOREVER with photos!!!",
    "Sir, I paid ₹12,499 on 18/09 for Redmi phone, order ID OD3291847751, and received "
    "EMPTY BOX!!! Your customer care is totally useless, every time they say 48 hours. I "
    "will go to consumer court if refund not done by Monday.",
    "Northside Energy, account 600213477. You charged me £412.60 on 1 November for a flat I "
    "moved out of in JULY. I have told you FOUR times. Your staff never read the notes. "
    "Refund it or the Ombudsman gets the whole lot.",
    "@AirCanada flight AC857 on June 9: cancelled, no hotel, no food voucher, 14 hours on "
    "the floor at Heathrow with two kids. Case #CA-5518293. You have NEVER once replied. "
    "$640 in expenses and I want every cent. Pathetic.",
    "Hey @PureGymUK, membership no. 88102934. You took £24.99 on 1 May AND 1 June after I "
    "cancelled on 28 April (screenshot: imgur.com/a/Q7xPz2k). Your app is garbage and your "
    "email support is a black hole. Refund both or I'm doing a chargeback.",
]


# Round 72 (session 22): 8 of 8 read calm and kept their facts when written
ROUND_SEVENTY_TWO_DRAFTS = [
    "@EvriHelp order EV48213977 was 'delivered' on 12/03 (evri.com/track/EV48213977) and it "
    "is NOWHERE. £64.99 of trainers gone. You NEVER answer your chat and your drivers are "
    "clueless!!! Refund me today or I'm going straight to Trading Standards.",
    "Ref BT-2209-4471: third engineer no-show since 4 September. I've taken THREE days off "
    "work for you clowns. I want £150 compensation by Friday or it's straight to Ofcom, the "
    "ombudsman and every review site going.",
    "Booking 7Q4RZX, flight FR8126 Dublin to Malaga on 22 June, cancelled with two hours' "
    "notice. €380 for new flights out of my own pocket. Pathetic. Pay the €250 compensation "
    "you owe me or I'll see you in the small claims court.",
    "Dear Sir, complaint no. 45521089 dated 14/08/2024 regarding my phone screen. It is 35 "
    "days, Rs 8,450 paid, and still your service centre is saying 'waiting for part'. You "
    "people never reply to any mail!!! I will approach consumer court if not resolved in 7 "
    "days.",
    "My £1,150 deposit for flat 3B, 27 Carlton Street still hasn't been returned 6 weeks "
    "after the tenancy ended on 31 July. Your agents are liars and thieves. Pay it back in "
    "full this week or every photo of that flat goes on Facebook and Google.",
    "Policy number HX-339-021-7. My claim for the storm damage on 9 January was refused in "
    "ONE sentence. Absolute disgrace after eight years as a customer. Reverse it or I'm "
    "cancelling every policy I have with you and reporting you to the FOS.",
    "Hey @PureGymHelp you charged me £24.99 twice on 1 Oct (member no. 0098124). The "
    "Stockport gym has had broken showers for a MONTH!!! Nobody ever picks up the phone. "
    "Refund me and give me a free freeze or the whole of Reddit hears about it.",
    "Order 118-2290453 from sainsburys.co.uk, slot 6-7pm Sunday 2 Feb. Driver turned up at "
    "9:40pm with half the items substituted for rubbish. £112.40 wasted. You ALWAYS do "
    "this, worst supermarket in the country. I want a full refund, not a £5 voucher.",
]


# Round 73 (session 22): 8 of 8 read calm and kept their facts when written
ROUND_SEVENTY_THREE_DRAFTS = [
    "Order #A77312 placed on 2 June, £249.99 taken, and STILL nothing delivered!!! You "
    "never answer emails and your chat bot is useless. If this isn't sorted by Friday I'm "
    "going to my bank for a chargeback and reporting you to Trading Standards.",
    "@VirginMedia I've been without broadband since 12/09, ref VM-4481920. Five calls, five "
    "different stories, zero engineers. Absolute clowns. I pay £68 a month for NOTHING, so "
    "fix it or I'm cancelling and going to Ofcom.",
    "Booking ref QF8HZ2, flight cancelled on 3 March, refund of AUD 1,140 promised within "
    "14 days. It's been two months!!! Your customer service is a disgrace and nobody ever "
    "calls back. Sort it this week or I'm going to the ombudsman and the ACCC.",
    "Invoice INV-20931 charged me €420 for a repair that took 40 minutes. Daylight robbery. "
    "Knock it down to a fair price and I'll leave you 5 stars on Google, otherwise everyone "
    "on the Naas community page hears about this.",
    "Ticket #556201 - three weeks, no reply, nothing. You NEVER answer. I paid $89.99 on "
    "4/17 for a subscription that hasn't worked a single day, and even "
    "https://status.streamly.com says it's down. Refund me or I'm disputing the charge with "
    "Amex.",
    "Complaint ref CX-99102. Your engineer turned up 4 hours late on 18 Jan, tracked mud "
    "through the house and broke the hall light. Worst service I have EVER had. I want £150 "
    "compensation for the damage and my lost day's pay, or this goes to the Energy "
    "Ombudsman.",
    "Hi @Flipkart_Support order OD4290017788 for Rs 18,499 shows delivered on 5 Oct but I "
    "got NOTHING!!! You people are cheats. Every single time I call, they cut the line. I "
    "will file in consumer court if this isn't resolved in 48 hours.",
    "Policy HX-310-772: claim submitted 9 August with photos and receipts for £1,320, and "
    "you're still 'reviewing' it. Pathetic. You never reply to emails and your phone line "
    "is a joke. Pay out by 30 Sept or I'm going to the FOS and the local paper.",
]


# Round 74 (session 22): 8 of 8 read calm and kept their facts when written
ROUND_SEVENTY_FOUR_DRAFTS = [
    "@SwiftParcelUK order #GB44812 was due 12 March and it's now 2 April!!! You NEVER "
    "answer emails and your chat bot is useless. Refund my £64.99 today or I'm going to "
    "Trading Standards.",
    "I paid a £1,450 deposit on 5 Jan (ref KTN-2291) for a kitchen that STILL hasn't been "
    "fitted. Your so-called project manager is a liar and a clown. Every single call goes "
    "to voicemail. If I don't have a fitting date by Friday 14th I'm filing a chargeback "
    "and going to the ombudsman.",
    "Booking ref HX7Q2L, room 412, 18-21 Sept. The air con never worked and nobody EVER "
    "came to fix it despite four calls to reception. Refund two nights (€380) and I'll take "
    "my Tripadvisor review down, otherwise it stays up with the photos.",
    "Account number 0038817762. You've charged me a £45 late fee for a payment that left my "
    "bank on 28 May, I have the statement!!! This is the third time this year. You people "
    "are incompetent. Reverse it or I'm closing every account I have with you.",
    "Ticket #558201 opened 9 Feb, still 'pending' on 20 March. Worst customer service I "
    "have EVER dealt with, you never reply and never call back. Everything is attached "
    "again here: https://imgur.com/a/Qw3rT9z. Sort it or I escalate to @Ofcom.",
    "hey @FreshBoxMeals, box #FB-90331 arrived on 22/10 with the chicken WARM and leaking "
    "everywhere. $79 for food poisoning, great. you absolute amateurs never answer the "
    "chat. refund it or im posting the pics everywhere",
    "Order 112-7745390-2218: $349.00 for a 'new' vacuum that turned up USED with someone "
    "else's hair in it!!! Disgusting. I want a full refund and a prepaid return label by 1 "
    "August or I'm disputing it with my card issuer.",
    "Policy no. HMI/22/08841. Claim lodged 3 Nov for storm damage, the assessor was meant "
    "to come on 10 Nov and NEVER showed. You lot are a joke. $2,300 of roof repairs sitting "
    "on my credit card. Call me back TODAY or I'm going to the Financial Ombudsman and the "
    "local paper.",
]


# The rounds written by helper sessions that saw none of the rules (sessions 21-22).
HELPER_ROUND_DRAFTS = (
    ROUND_SIXTY_SIX_DRAFTS
    + ROUND_SEVENTY_DRAFTS
    + ROUND_SEVENTY_ONE_DRAFTS
    + ROUND_SEVENTY_TWO_DRAFTS
    + ROUND_SEVENTY_THREE_DRAFTS
    + ROUND_SEVENTY_FOUR_DRAFTS
)

ALL_DRAFTS = (
    DRAFTS
    + MORE_DRAFTS
    + SHAPED_DRAFTS
    + ROUND_SEVEN_DRAFTS
    + ROUND_EIGHT_DRAFTS
    + ROUND_NINE_DRAFTS
    + ROUND_TEN_DRAFTS
    + ROUND_ELEVEN_DRAFTS
    + ROUND_TWELVE_DRAFTS
    + ROUND_THIRTEEN_DRAFTS
    + ROUND_FOURTEEN_DRAFTS
    + ROUND_FIFTEEN_DRAFTS
    + ROUND_SIXTEEN_DRAFTS
    + ROUND_SEVENTEEN_DRAFTS
    + ROUND_EIGHTEEN_DRAFTS
    + ROUND_NINETEEN_DRAFTS
    + ROUND_TWENTY_DRAFTS
    + ROUND_TWENTY_ONE_DRAFTS
    + ROUND_TWENTY_TWO_DRAFTS
    + ROUND_TWENTY_THREE_DRAFTS
    + ROUND_TWENTY_FOUR_DRAFTS
    + ROUND_TWENTY_FIVE_DRAFTS
    + ROUND_TWENTY_SIX_DRAFTS
    + ROUND_TWENTY_SEVEN_DRAFTS
    + ROUND_TWENTY_EIGHT_DRAFTS
    + ROUND_TWENTY_NINE_DRAFTS
    + ROUND_THIRTY_DRAFTS
    + ROUND_THIRTY_ONE_DRAFTS
    + ROUND_THIRTY_TWO_DRAFTS
    + ROUND_THIRTY_THREE_DRAFTS
    + ROUND_THIRTY_FOUR_DRAFTS
    + ROUND_THIRTY_FIVE_DRAFTS
    + HELPER_ROUND_DRAFTS
)


@pytest.mark.parametrize("draft", ALL_DRAFTS, ids=[d[:32] for d in ALL_DRAFTS])
def test_calm_version_reads_calm_and_keeps_the_facts(draft):
    _check(draft, calm_version(draft))


@pytest.mark.parametrize("draft", ALL_DRAFTS, ids=[d[:32] for d in ALL_DRAFTS])
def test_calm_version_from_the_case_log_reads_calm_and_keeps_the_facts(draft):
    _check(draft, calm_version(draft, FACTS))


def test_the_whole_draft_at_once_reads_calm():
    draft = " ".join(DRAFTS[:12])
    _check(draft, calm_version(draft))


def test_suggestions_are_ordered_spans_of_the_original():
    draft = DRAFTS[3] + " " + DRAFTS[7]
    items = suggestions(draft)
    assert items
    last = 0
    for item in items:
        assert last <= item.start < item.end <= len(draft)
        assert item.reason
        last = item.end


def test_a_remedy_typed_as_a_sentence_reads_right_mid_sentence():
    from complaint_desk.core.rewrite import RewriteFacts, calm_version

    facts = RewriteFacts(remedy="A working line and a refund of 9 days' fees")
    calm = calm_version("Refund me or I post a 1-star review everywhere.", facts)
    assert "I would like a working line and a refund of 9 days' fees" in calm
    kept = RewriteFacts(remedy="BT to reconnect the line")
    assert "I would like BT to reconnect" in calm_version("Fix it or 1-star.", kept)


@pytest.mark.parametrize(
    ("draft", "kept", "gone"),
    [
        # A code in capitals is not shouting: it keeps its spelling.
        ("Your clowns cancelled my flight from LGW!!! NOW I'm STUCK!!!", "LGW", "NOW"),
        ("Your clowns cancelled my flight 4471.", "You cancelled my flight 4471", "Your"),
        ("Your idiot driver dumped parcel 4471 in the rain.", "Your driver dumped", "idiot"),
        ("The NHS letter and the HMRC form BOTH went missing!!!", "HMRC", "BOTH"),
        # A link at the start of a sentence is not capitalised (and so not repeated as a fact).
        ("www.example.com is a SCAM!!! Order 9921 never came.", "www.example.com is", "Www"),
        # The intensifier goes with the name it was for.
        ("You absolute muppets lost my parcel 4471.", "You lost my parcel 4471", "absolute"),
        # A sentence that is only an oath goes; the oath inside a sentence goes too.
        ("What the hell?! You charged me £51.96 twice!!!", "£51.96", "What?"),
        ("For f***'s sake, parcel 1Z999 is STILL not here!!!", "1Z999", "sake"),
        # A reference's label is a word: only its number keeps its spelling.
        ("MY ORDER 44120 IS STILL NOT HERE. SORT IT OUT.", "My order 44120 is", "ORDER"),
        # An eye-roll goes by itself; the clause beside it is what happened.
        (
            "5 days no TV, and your bot keeps saying 'sorry for the inconvenience' 🙄",
            "your bot keeps saying 'sorry for the inconvenience'",
            "🙄",
        ),
        # "Dec." ends a sentence before a capital: "Liar." is a sentence of its own, and goes.
        (
            "Mr Patel promised a callback on 2 Dec. It's now 9 Dec. Liar.",
            "on 2 Dec. It's now 9 Dec.",
            "Liar",
        ),
        # A verdict on the goods, and a bare feeling, as whole sentences.
        ("Absolutely disgusted. Paid €1,200 for the cabin. Total rip-off.", "I am very", "rip"),
        # What is left once the sarcasm went is not a sentence.
        (
            "Why do I even bother?! Third time writing. Nobody reads these. Nobody cares. Thanks a "
            "lot, Northgate.",
            "Nobody reads these.",
            "Northgate",
        ),
        # An oath taken out leaves no dangling "my".
        ("45 mins on hold, then cut off. Premium my a**.", "then cut off.", "Premium my"),
        ("Your engineer (ref BG-7781) said 'not my job'. Heartless.", "'not my job'", "Heartless"),
        # "disgraceful conduct" is poor conduct; a number plate keeps its letters.
        (
            "Dear Sirs, I wish to complain in the strongest possible terms about the disgraceful "
            "conduct of your driver (vehicle reg AB12 CDE) on 4 December, who swore at my "
            "80-year-old mother. I demand an apology.",
            "the poor conduct of your driver (vehicle reg AB12 CDE)",
            "not acceptable conduct",
        ),
    ],
)
def test_calm_version_keeps_codes_and_links_and_leaves_no_stray_words(draft, kept, gone):
    calm = calm_version(draft)
    assert kept in calm, calm
    assert gone not in calm, calm
    assert calm.count("For reference") == 0, calm


@pytest.mark.parametrize(
    ("draft", "asked"),
    [
        ("Refund my £79 or enjoy your new 1-star review.", "I would like a refund of £79"),
        ("Pay me the £150 you owe me or I'll post a 1 star review.", "I would like the £150 I am"),
        ("Compensate me €250 or I go public.", "I would like compensation of €250"),
    ],
)
def test_the_writers_own_amount_is_the_remedy_even_with_the_cases(draft, asked):
    # The case's remedy is about another sum; the writer's own amount wins for this sentence.
    facts = RewriteFacts(remedy="a refund of $289.00 including shipping")
    for calm in (calm_version(draft), calm_version(draft, facts)):
        assert asked in calm, calm
        assert "$289" not in calm and "For reference" not in calm, calm


def test_sarcasm_in_a_calm_enough_draft_is_still_said_plainly():
    draft = (
        "Oh great, another cancelled delivery. Thanks a lot for ruining my holiday. "
        "Order 99812 was due on 3 May."
    )
    calm = calm_version(draft)
    assert "Oh great" not in calm and "Thanks a lot" not in calm, calm
    assert "My holiday was ruined." in calm and "Order 99812 was due on 3 May." in calm, calm


@pytest.mark.parametrize(
    ("draft", "kept", "gone"),
    [
        ("Ich bin stinksauer!!! Bestellung 88123 ist überfällig. You idiots!!!", "88123", "You."),
        ("I'm done with your garbage service!!! Customer no. 5512893.", "poor service", "garbage"),
        ("Your liars in customer service hung up. Ref 4471.", "staff in customer service", "liars"),
        ("Sort it out by Friday. You useless lot. Order 4471.", "Order 4471", "faulty"),
    ],
)
def test_what_is_left_of_a_clause_still_reads_as_a_sentence(draft, kept, gone):
    calm = calm_version(draft)
    assert kept in calm and gone not in calm, calm


@pytest.mark.parametrize(
    ("draft", "asked"),
    [
        (
            "Knock 30 pounds off the bill or I'm reviewing you on Trustpilot.",
            "a discount of 30 pounds",
        ),
        ("Match the advertised price or I leave a bad review.", "the advertised price honoured"),
        ("Waive the late fee and I'll delete my review.", "the fee waived"),
    ],
)
def test_an_ask_other_than_the_cases_remedy_is_kept(draft, asked):
    # The case's remedy is a refund; the writer asks for something else in this sentence.
    facts = RewriteFacts(remedy="a refund of $289.00 including shipping")
    assert f"I would like {asked}" in calm_version(draft, facts)


def test_an_item_of_a_list_stays_an_item():
    draft = (
        "Dear Sir/Madam,\n\n- Order 4471 arrived smashed\n- Your driver was rude\n- I'm FURIOUS!!!"
    )
    calm = calm_version(draft)
    lines = calm.splitlines()
    assert lines[2] == "- Order 4471 arrived smashed"
    assert all(line.startswith("- ") for line in lines[2:]), calm


def test_a_fact_beside_a_hostile_clause_is_kept():
    draft = (
        "My elderly mother was overcharged £230 on bill 77120 and your staff were patronising "
        "and rude. Shameful behaviour."
    )
    calm = calm_version(draft)
    assert calm.startswith("My elderly mother was overcharged £230 on bill 77120"), calm
    assert "For reference" not in calm and "Shameful" not in calm, calm


@pytest.mark.parametrize(
    ("draft", "wanted", "unwanted"),
    [
        ("What a joke of a gym. You took £39.99 twice.", "You took £39.99 twice.", "acceptable of"),
        (
            "Every one of your useless agents promised an engineer.",
            "your agents promised",
            "faulty",
        ),
        ("All I get is copy-paste garbage from a bot.", "copy-paste replies", "garbage"),
        (
            "Thieves, the lot of you. I want every penny back.",
            "I want every penny back.",
            "Thieves",
        ),
        ("Hey genius, the parcel arrived 8 days late.", "Hey, the parcel", "genius"),
        ("I'm so angry I could scream. The bins were missed again.", "very unhappy", "scream"),
        (
            "I can't believe how incompetent your pharmacy is.",
            "disappointed with your pharmacy",
            "how your",
        ),
        (
            "Pathetic doesn't even begin to cover it. My card was charged twice.",
            "charged twice",
            "begin to cover",
        ),
        ("Refund the duplicate NOW.", "Refund the duplicate now.", "NOW"),
        ("Worst airline on the planet. Flight FR 2291 was cancelled.", "FR 2291", "planet"),
        # the other half of an offer, and what frames an ultimatum, go with it
        (
            "Pay up and the one-star comes down; don't, and it stays there forever.",
            "I would like the money I am owed.",
            "stays there",
        ),
        (
            "Cancel the admin fee and you'll get a glowing review from me; keep it and you'll "
            "get the opposite.",
            "I would like the cancellation confirmed.",
            "opposite",
        ),
        ("Refund or review. Your choice.", "I would like a refund.", "choice"),
        (
            "How about this: you refund the ticket and I forget I ever wrote that review.",
            "I would like a refund.",
            "How about",
        ),
        (
            "I'm prepared to take my Trustpilot review down, but only after the £60 lands in my "
            "account.",
            "I would like the £60 I am owed.",
            "take the matter further",
        ),
        # a verdict alone goes; a lone "Honestly?" is not left behind; "how dare" is what happened
        (
            "The call took 2 hours. Pathetic. Absolutely pathetic.",
            "I am not happy with how this has been handled.",
            "acceptable",
        ),
        (
            "Honestly, what kind of clown show are you running? My card was charged twice.",
            "My card was charged twice.",
            "Honestly",
        ),
        (
            "How DARE your staff member call me a liar in front of other customers? I want an "
            "apology.",
            "Your staff member called me a liar in front of other customers.",
            "?",
        ),
        (
            "You charged me £1,049 and ignored 6 emails. If I don't hear back by Monday I'm "
            "reporting you to Action Fraud.",
            "I'm reporting you to Action Fraud.",
            "not happy",
        ),
        # one next step and one "not happy" per draft; a sentence of names goes; a draft that
        # was all heat keeps its point
        (
            "I'm going to sue you. I'll see you in court. You'll regret this.",
            "If this is not resolved within 14 days, I will take legal advice.",
            "matter further",
        ),
        (
            "You idiots. You morons. You clowns. Pathetic!!!",
            "I am not happy with the service I have had.",
            "handled",
        ),
        ("Liars. Thieves. Crooks. Scammers.", "I am not happy", "Crooks"),
        ("🤬🤬🤬 @Acme 🤬🤬🤬", "@Acme I am not happy with how this has been handled.", "🤬"),
        # a bracketed list of references stays whole; literal rubbish stays rubbish; a simile
        # for stupidity goes; "for crying out loud" goes
        (
            "I have called 7 times (refs NW-2231, NW-2290, NW-2317) and every time some clueless "
            "call-handler reads me the same script. Nine days. Nine. Shambles!!!",
            "(refs NW-2231, NW-2290, NW-2317)",
            "For reference",
        ),
        (
            "Third missed bin collection. Rats are getting into the rubbish. Absolutely "
            "disgusting, the council should be ashamed.",
            "into the rubbish",
            "into the not acceptable",
        ),
        (
            "Charged me twice (£18.75 x2). Your chatbot is dumber than a box of rocks. Fix it.",
            "Charged me twice (£18.75 x2).",
            "rocks",
        ),
        (
            "That's the 5th apology email. Stop apologising and start fixing things, for crying "
            "out loud!!!",
            "start fixing things.",
            "crying",
        ),
        (
            "A £50 goodwill payment and this whole thing never hits Facebook.",
            "I would like a goodwill payment of £50.",
            "For reference",
        ),
    ],
)
def test_calm_wording_reads_right(draft, wanted, unwanted):
    """What a person reads in the Calm version: plain sentences, not a word swapped into a place
    where it makes no sense."""
    calm = calm_version(draft)
    assert wanted in calm and unwanted not in calm, calm


def test_a_letter_keeps_its_sign_off_last():
    """A sentence the rewrite adds goes before the sign-off, and an angry close ("Fuming,")
    becomes a plain one."""
    letter = (
        "Dear Northgate Water,\n\nNo water pressure for 9 days. This is a complete shambles "
        "and an insult to your customers!!! Sort it out by Friday or I go to Ofwat.\n\n"
        "Fuming,\nR. Patel"
    )
    calm = calm_version(letter)
    assert calm.endswith("\n\nRegards,\nR. Patel"), calm
    assert "Fuming" not in calm and analyse(calm).heat < 25


@pytest.mark.parametrize(
    ("draft", "kept"),
    [
        # A bracketed aside and the "and" after it stay as written when every clause is kept.
        (
            "I am FURIOUS. My mum's funeral flowers (order 3381-A, £95) arrived a day late, "
            "wilted, and the card had the wrong name on it. Shameful.",
            "flowers (order 3381-A, £95) arrived a day late, wilted, and the card had",
        ),
        # "no." before a code numbers it; it ends no sentence.
        (
            "I am DISGUSTED. I ordered a fridge (order no. FR-99812, £649) and it arrived dented. "
            "Pathetic.",
            "I ordered a fridge (order no. FR-99812, £649) and it arrived dented.",
        ),
        # The verdict on someone goes; who they were stays with what they did.
        (
            "Your engineer was rude, left muddy boot prints all over my carpet!!! Cowboys.",
            "Your engineer left muddy boot prints all over my carpet.",
        ),
        # "???" before a lower-case word ends the question; a lower-case "i" starts a sentence.
        (
            "how hard is it to deliver a parcel to the right address??? tracking "
            "1Z999AA10123456784 says delivered to number 14. i live at number 41. sort your "
            "drivers out ffs",
            "says delivered to number 14. I live at number 41. Sort your drivers out.",
        ),
        # A sarcastic sign-off is the letter's close.
        (
            "Refund both payments.\n\nThanks for nothing,\nJ",
            "Refund both payments.\n\nRegards,\nJ",
        ),
        # A bracket closing the sentence stays closed; "!!!" before a bracket ends nothing.
        (
            "My dad is 79 and your company keeps writing to him about a debt (account "
            "5521-8890). You heartless vultures!!!",
            "about a debt (account 5521-8890).",
        ),
    ],
)
def test_calm_version_keeps_how_the_account_was_written(draft, kept):
    calm = calm_version(draft)
    assert kept in calm, calm
    assert "For reference" not in calm, calm
    _check(draft, calm)


def test_a_tag_on_an_insult_goes_with_it():
    calm = calm_version(
        "You cancelled my flight FR 8842. You are a bunch of thieves and you know it."
    )
    assert "know it" not in calm and "thieves" not in calm, calm
    assert "FR 8842" in calm


def test_exclamations_before_a_bracket_end_nothing_inside_a_sentence():
    from complaint_desk.core.rewrite import rewrite_sentence

    assert rewrite_sentence("Refund me NOW!!! (order 5512)") == "Refund me now (order 5512)."
    assert rewrite_sentence("It broke (again!!!)") == "It broke (again)."
    # A bracket whose closing clause was left out is closed where the gap is.
    assert rewrite_sentence("It cost £4.50 (twice!!!), you clowns") == "It cost £4.50 (twice)."
    assert rewrite_sentence("My flowers (order 3381-A, idiots) arrived late") == (
        "My flowers (order 3381-A) arrived late."
    )


def test_a_list_item_or_a_signature_keeps_its_missing_full_stop():
    from complaint_desk.core.rewrite import rewrite_sentence

    assert rewrite_sentence("- Charged AGAIN on 1 Nov") == "- Charged again on 1 Nov"
    assert rewrite_sentence("Angry customer") == "Unhappy customer"
    # A sentence of more words still ends as one.
    assert rewrite_sentence("sort your drivers out ffs") == "Sort your drivers out."


def test_asking_for_a_named_thing_back_is_a_request():
    from complaint_desk.core.tone import analyse

    for text in ("I want the £180 call-out fee back.", "Cancel my contract today."):
        assert "request" in {s.kind for s in analyse(text).signals}, text
    calm = calm_version(
        "Your engineer was rude. Absolute cowboys. I want the £180 call-out fee back."
    )
    assert "I would like this resolved" not in calm, calm


def test_a_long_letter_of_many_complaints_still_reads_calm():
    # About 9,500 characters of the drafts above one after another: twelve settling rounds left
    # it at 39; the rounds now grow with the number of sentences.
    draft = "\n\n".join(ALL_DRAFTS[:100])
    assert len(draft) > 9000
    _check(draft, calm_version(draft))


def test_a_demand_for_an_apology_is_a_request():
    calm = calm_version(
        "Dear Sirs, your driver swore at my 80-year-old mother. Disgraceful. I demand an apology."
    )
    assert "I demand an apology." in calm and "I would like this resolved" not in calm, calm


@pytest.mark.parametrize(
    ("draft", "kept"),
    [
        ("Fix. My. Boiler. It has been 11 days (ref BG-7781).", "Fix my boiler. It has been"),
        ("Sort. It. Out. Order 4471 is 3 weeks late!!!", "Sort it out. Order 4471"),
        ("We waited for a room. Two. Hours. Spectacular organisation.", "Two hours."),
    ],
)
def test_a_sentence_said_a_word_at_a_time_becomes_one(draft, kept):
    calm = calm_version(draft)
    assert kept in calm, calm
    _check(draft, calm)


def test_one_word_sentences_that_are_not_raised_voice_stay_apart():
    calm = calm_version("Yes. No. Maybe. Order 4471 is late, you idiots.")
    assert calm.startswith("Yes. No. Maybe."), calm


@pytest.mark.parametrize(
    ("draft", "kept", "gone"),
    [
        # -- Scare quotes, codes and shouting (round 14) --
        # Scare quotes round what was meant to help lose their quotes, not the clause; a quote of
        # what was said (no "the" or "your" before it) stays.
        (ROUND_FOURTEEN_DRAFTS[2], "Your engineer came tuesday, took the back off", "'engineer'"),
        (
            ROUND_FOURTEEN_DRAFTS[7],
            "The express delivery I paid £9.99 extra for arrived 6 days late, smashed, and your "
            "chat bot told me to 'have a nice day'. Order 2025-77812-B.",
            "Absolutely",
        ),
        # A short capitalised word alone among lower-case ones is a code; a common word shouted
        # is lowered, and so is one shouted beside another ("GOOGLE IT").
        (ROUND_FOURTEEN_DRAFTS[1], "from ATL and 6 days later nothing.", "atl"),
        (ROUND_FOURTEEN_DRAFTS[0], "for one pair of boots", "ONE"),
        (ROUND_FOURTEEN_DRAFTS[9], "Google it.", "IT."),
        # -- Names left out, the account kept (the fourth pairs set) --
        # A thing called rubbish is just the thing; "junk" before a thing goes (junk mail stays).
        (
            "Two weeks and your overpriced junk shoes fell apart. Never buying this garbage again.",
            "your overpriced shoes fell apart. Never buying this again.",
            "not acceptable",
        ),
        ("Stop sending me junk mail, you morons.", "junk mail", "morons"),
        # Names aimed at "the lot of them" go with their address.
        (
            "The letting agent is STILL sitting on my deposit. Crooks, the lot of them.",
            "The letting agent is still sitting on my deposit.",
            "lot of them",
        ),
        # A clause that is one name goes; the "and" of the clause after it stays.
        (
            "Five nights and not ONE clean towel. Filthy, lazy, and you still charged the full "
            "rate.",
            "It was dirty, and you still charged the full rate.",
            "lazy",
        ),
        # -- No name-calling left behind (round 15) --
        (ROUND_FIFTEEN_DRAFTS[3], "2 hrs on hold.", "joke"),
        (ROUND_FIFTEEN_DRAFTS[3], "2 hrs on hold.", "acceptable"),
        (ROUND_FIFTEEN_DRAFTS[4], "What kind of company loses a passport?", "moronic"),
        (ROUND_FIFTEEN_DRAFTS[5], "Cancel everything. Acc 44-1029-3.", "You and your"),
        (ROUND_FIFTEEN_DRAFTS[8], "4th missed delivery.", "You are not acceptable"),
        (ROUND_FIFTEEN_DRAFTS[9], "£2,300 for a roof", "what you are"),
        (ROUND_FIFTEEN_DRAFTS[1], "I would not recommend @QuickLoansUK.", "rot"),
        # -- Posts and letters (round 16) --
        (ROUND_SIXTEEN_DRAFTS[0], "\n\nAn unhappy customer", "customer."),
        (ROUND_SIXTEEN_DRAFTS[1], "Trip ID 7f3a-22b1.", "Absolute"),
        (ROUND_SIXTEEN_DRAFTS[2], "(ref RYR-5510-Q).", "Classy"),
        (ROUND_SIXTEEN_DRAFTS[7], "Sort it out.", "I would like this resolved"),
        (
            ROUND_SIXTEEN_DRAFTS[9],
            "Your customer first policy means waiting 2 hours on the phone.",
            "Love how",
        ),
        # -- Round 17 --
        (ROUND_SEVENTEEN_DRAFTS[0], "I write 4 emails. I have not had a reply.", "and."),
        (ROUND_SEVENTEEN_DRAFTS[1], "I have video from my doorbell cam.", "One way or another"),
        (ROUND_SEVENTEEN_DRAFTS[3], "This is extortion, pure and simple.", "company"),
        (ROUND_SEVENTEEN_DRAFTS[6], "@HeathrowAirport", "shameful"),
        (ROUND_SEVENTEEN_DRAFTS[8], "Customer services told me 'tough luck'.", "I'll show you"),
        (ROUND_SEVENTEEN_DRAFTS[9], "I am disappointed with your pharmacy.", "genuinely"),
        # -- Round 18 --
        (
            ROUND_EIGHTEEN_DRAFTS[3],
            "I wish to register my dissatisfaction at the treatment I received from your manager "
            "at the Leeds branch on 19/11.",
            "For reference",
        ),
        (ROUND_EIGHTEEN_DRAFTS[7], "My passport renewal application was lost.", "Brilliant"),
        (ROUND_EIGHTEEN_DRAFTS[7], "Reference PX-20931-A.", "Truly"),
        # -- Round 19 --
        (
            ROUND_NINETEEN_DRAFTS[1],
            "She's 87 and lives alone. Please treat this as urgent.",
            "on you",
        ),
        (ROUND_NINETEEN_DRAFTS[3], "Nobody reads emails.", "phones"),
        (ROUND_NINETEEN_DRAFTS[4], "Never staying with you again.", "con artists"),
        (ROUND_NINETEEN_DRAFTS[6], "Please do not tell me it was 'delivered safely'.", "dare"),
        (ROUND_NINETEEN_DRAFTS[8], "Filthy toilets, discourteous staff and a 45-minute", "rude"),
        (ROUND_NINETEEN_DRAFTS[9], "(ref CX-0091).", "End of"),
        # -- Round 20 --
        (ROUND_TWENTY_DRAFTS[3], "I am unhappy with the way my elderly father", "unhappy by"),
        (ROUND_TWENTY_DRAFTS[4], "Waiter disappeared for ages.", "rude"),
        (ROUND_TWENTY_DRAFTS[7], "your apology tweets are not helpful.", "Do your job"),
        (
            ROUND_TWENTY_DRAFTS[8],
            "The council finally claimed to have fixed the pothole on Mill Lane.",
            "Genius",
        ),
        # -- Round 21 --
        (ROUND_TWENTY_ONE_DRAFTS[3], "Frankly, this is not acceptable.", "contemptible"),
        (ROUND_TWENTY_ONE_DRAFTS[5], "Not even joking.", "state of it"),
        (ROUND_TWENTY_ONE_DRAFTS[6], "I want the £67.40 back today.", "even listening"),
        (ROUND_TWENTY_ONE_DRAFTS[8], "Poor treatment of a vulnerable customer.", "Shameful"),
        # -- Round 22 --
        (ROUND_TWENTY_TWO_DRAFTS[10], "It's been 3 weeks. Ticket T-88120.", "hall I"),
        (ROUND_TWENTY_TWO_DRAFTS[11], "stone cold. Order #3391.", "suppose"),
        (ROUND_TWENTY_TWO_DRAFTS[0], "nobody came, nobody called.", "Thanks for nothing"),
    ],
)
def test_calm_version_keeps_this_and_leaves_out_that(draft, kept, gone):
    """Session 10's blind rounds: what a calm version must still say, and what must be gone."""
    calm = calm_version(draft)
    assert kept in calm, calm
    assert gone not in calm, calm
    _check(draft, calm)


def test_a_verdict_on_the_company_alone_is_left_out():
    calm = calm_version("My parcel (order 5512) arrived crushed. Absolutely useless company.")
    assert "company" not in calm and "useless" not in calm, calm
    assert "My parcel (order 5512) arrived crushed." in calm, calm


@pytest.mark.parametrize(
    "draft",
    [
        "Nobody ever calls back.",
        "No one has bothered to respond.",
        "I have emailed you countless times and heard NOTHING back.",
        "You lot never answer the phone, ever.",
        "I've chased this a million times.",
    ],
)
def test_an_absolute_about_contacts_becomes_the_count_in_the_log(draft):
    calm = calm_version(draft, FACTS)
    assert calm == "I have contacted you 5 times since 3 March without a reply.", calm


@pytest.mark.parametrize(
    ("draft", "calm"),
    [
        # -- An absolute with no log says no more than it can --
        ("Still waiting. As always.", "Still waiting."),
        ("You lot never answer the phone, ever.", "I have not had a reply."),
        (
            "I have emailed you countless times and heard NOTHING back.",
            "I have emailed you many times and heard nothing back.",
        ),
        # -- Sarcasm and idioms (the fifth pairs set) --
        (
            "Your store manager was about as useful as a chocolate teapot.",
            "Your store manager was not helpful.",
        ),
        (
            "Put me through to someone with an actual brain, because your front line clearly "
            "doesn't have one.",
            "Put me through to someone senior. I am not happy with how this has been handled.",
        ),
        (
            "Promised a call back yesterday. Shocking news: nobody called. Again.",
            "Promised a call back yesterday. Nobody called. Again.",
        ),
        # A run of one-word sentences with no word to join them, or a question in it, stays apart.
        (
            "Your genius driver left my parcel sitting in the pouring rain. Soaked. Ruined. "
            "Cheers for that.",
            "Your driver left my parcel sitting in the pouring rain. Soaked. I would like this "
            "resolved.",
        ),
        ("🤬🤬🤬", "I am not happy with how this has been handled."),
        # -- A repeated intensifier goes with its feeling --
        ("I am really, really angry.", "I am unhappy."),
        ("I am very, very disgusted with this.", "I am unhappy with this."),
        # -- Dry sarcasm leaves what happened (the sixth pairs set) --
        (
            "Still waiting for this mythical technician. Does he even exist? Starting to think "
            "not.",
            "Still waiting for this technician. I am not happy with how this has been handled.",
        ),
        (
            "Charged TWICE for one ride. Convenient 'glitch' that always goes in your favour, "
            "isn't it?",
            "Charged twice for one ride. I am not happy with how this has been handled.",
        ),
        # -- The seventh pairs set (session 11) --
        (
            "Brand new phone, cracked screen straight out of the box. Quality control? Never "
            "heard of it, apparently.",
            "Brand new phone, cracked screen straight out of the box. Quality control?",
        ),
        (
            "'Waterproof' my foot. Leaked the first time it saw rain. False advertising, plain "
            "and simple.",
            "It was sold as 'Waterproof'. Leaked the first time it saw rain. False advertising.",
        ),
        (
            "Got our order wrong TWICE and the manager just shrugged. Utter shambles from start "
            "to finish.",
            "Got our order wrong twice and the manager just shrugged. I am not happy with how "
            "this has been handled.",
        ),
        (
            "Customer service is clearly a foreign concept to you.",
            "Customer service has been lacking.",
        ),
        # -- The eighth pairs set --
        (
            "Marked 'delivered' my ass. Nothing on my porch, nothing in the mailroom. Y'all are "
            "a joke @UPS",
            "It was marked as delivered. Nothing on my porch, nothing in the mailroom. @UPS",
        ),
        (
            "Wrong size AND no returns? Are you having a laugh? Scam seller, avoid avoid avoid.",
            "Wrong size and no returns? I am not happy with how this has been handled.",
        ),
        (
            "Slapping me with a late fee when I paid ON TIME. Nice little racket you've got going.",
            "Slapping me with a late fee when I paid on time.",
        ),
        # -- Found by fuzzing (session 11): a name said last to the reader goes with its "you";
        # a fact opening a sentence keeps its spelling --
        # -- The ninth pairs set: a verdict before what happened goes, what happened stays --
        (
            "I am writing, yet again, to complain about the utterly inexcusable delay in "
            "processing my claim. Your conduct has been a disgrace.",
            "I am writing, yet again, to complain about the delay in processing my claim. Your "
            "conduct has not been acceptable. I would like this resolved.",
        ),
        (
            "Cancel my subscription NOW and don't you dare try to charge me again.",
            "Cancel my subscription now and please do not try to charge me again.",
        ),
        (
            "Cancelled my order without a word of explanation. Typical of your shoddy, "
            "couldn't-care-less attitude.",
            "Cancelled my order without a word of explanation. I am not happy with how this has "
            "been handled.",
        ),
        # -- Read over angry Reddit comments (GoEmotions): a feeling about what happened keeps
        # what happened; a name "of a" driver is the driver --
        (
            "I'm appalled that your courier threw my parcel over the fence.",
            "I'm unhappy that your courier threw my parcel over the fence.",
        ),
        ("I'm disgusted that nobody called me back.", "I'm unhappy. I have not had a reply."),
        (
            "I hated the way your manager spoke to me.",
            "I disliked the way your manager spoke to me.",
        ),
        ("Your absolute idiot of a driver left it outside.", "Your driver left it outside."),
        ("Your really useless staff lost it.", "Your staff lost it."),
        (
            "This kind of crap keeps happening with your deliveries!!!",
            "This kind of thing keeps happening with your deliveries.",
        ),
        (
            "Fuck it, maybe the courier will come tomorrow.",
            "Maybe the courier will come tomorrow.",
        ),
        ("Your shitty old website crashed AGAIN.", "Your poor old website crashed again."),
        (
            "I phoned a crap ton of branches and nobody knew anything!!!",
            "I phoned a lot of branches and nobody knew anything.",
        ),
        ("I call bullshit on your 'next day' promise.", "I doubt your next day promise."),
        ("Holy shit, the bill is £400!!!", "The bill is £400."),
        (
            "Your staff just piss and moan when I ask for help.",
            "Your staff just complain when I ask for help.",
        ),
        (
            "Dealing with your helpline was absolute hell!!!",
            "Dealing with your helpline was very unpleasant.",
        ),
        (
            "You really must be an asshole to charge me twice.",
            "I am not happy with how this has been handled.",
        ),
        (
            "I went to the branch and nobody answers their phones. Still stuck!!!",
            "I went to the branch. I have not had a reply. Still stuck.",
        ),
        (
            "wtf are you talking about, I paid on time",
            "What are you talking about, I paid on time.",
        ),
        (
            "Shit, I guess I accidentally bought the wrong plan.",
            "I guess I accidentally bought the wrong plan.",
        ),
        (
            "This junk you sold me stopped working after a day!!!",
            "This item you sold me stopped working after a day.",
        ),
        (
            "It would be a little less irritating if the 10p bag charge went to charity.",
            "It would be better if the 10p bag charge went to charity.",
        ),
        (
            "So far the engineer seems decent but your manager scared the hell out of me!!!",
            "So far the engineer seems decent but your manager scared me.",
        ),
        ("Fuck that, its not my money you are taking.", "Its not my money you are taking."),
        ("Fuck you, I paid on time!!!", "I paid on time."),
        # -- Scanned over 4,705 angry and annoyed Reddit comments: a swear word standing for a
        # thing is "nonsense", before a noun "poor"; only a verdict is "not acceptable" --
        ("Your app has a shit interface.", "Your app has a poor interface."),
        (
            "I had to deal with that bullshit for a week!!!",
            "I had to deal with that nonsense for a week. I would like this resolved.",
        ),
        ("It was a ridiculous excuse for a delay!!!", "It was a poor excuse for a delay."),
        # -- The demo drafts: a repair history is what happened, not heat --
        (
            "@DelmontCares My notebook (service tag 7HX2Q1) has been repaired three times since "
            "September for the same hinge fault, and it has failed again. Honestly, this is "
            "ridiculous. I would like a replacement, please.",
            "@DelmontCares My notebook (service tag 7HX2Q1) has been repaired three times since "
            "September for the same hinge fault, and it has failed again. This is not acceptable. "
            "I would like a replacement, please.",
        ),
        ("It was the worst service I have ever had.", "It was a poor service."),
        # -- The tenth pairs set: a status quoted back keeps its words --
        (
            "Third time my prescription 'isn't ready'. What exactly do you do all day?",
            "Third time my prescription isn't ready. I am not happy with how this has been "
            "handled.",
        ),
        ("sort it out you idiots", "Sort it out."),
        # -- Round twenty-seven --
        ("These idiots lost my bag on flight BA12!!", "They lost my bag on flight BA12."),
        (
            "Those clowns in your warehouse lost my parcel again!!!",
            "Those staff in your warehouse lost my parcel again.",
        ),
        (
            "Your clumsy idiots smashed my wardrobe on 28 November. Job ref RM-2231. I want £450 "
            "compensation or you'll see me in court.",
            "You smashed my wardrobe on 28 November. Job ref RM-2231. I would like compensation "
            "of £450. If this is not resolved within 14 days, I will take legal advice.",
        ),
        (
            "You renewed my gym membership (no. GM-44120) WITHOUT asking and took £39.99. That's "
            "theft.",
            "You renewed my gym membership (no. GM-44120) without asking and took £39.99. I am not "
            "happy with how this has been handled.",
        ),
        # -- Round twenty-six: an ultimatum that opens with what the writer wants keeps it --
        (
            "Last warning. Refund the £210 for booking HX-5512 by 10 December or I'll make your "
            "life hell.",
            "I would like a refund of £210 by 10 December. If this is not resolved by 10 December, "
            "I will take the matter further. For reference: HX-5512.",
        ),
        (
            "Refund me or I will sue.",
            "I would like a refund. If this is not resolved within 14 days, I will take legal "
            "advice.",
        ),
        # -- Session 16, blind calm drafts (rounds 14-15): what read heated in the calm version,
        # and what read broken ("Not acceptable artists.", "Landlord.") --
        (
            "You charged me £89.99 for a delivery that came FIVE days late. Scam artists. Give me "
            "my money back now or I'm posting this all over Twitter.",
            "You charged me £89.99 for a delivery that came five days late. I am not happy with "
            "the service I have had. I would like a refund. If this is not resolved within "
            "14 days, I will take the matter further.",
        ),
        (
            "Months of noise and you've done NOTHING. Useless landlord.",
            "Months of noise and you've done nothing. I am not happy with how this has been "
            "handled.",
        ),
        (
            "Ref LHR-88123. Find it or I'm going to every newspaper in the country!!!",
            "Ref LHR-88123. I would like you to find it. If this is not resolved within 14 days, I "
            "will raise it with a consumer watchdog.",
        ),
        (
            "Invoice INV-20931 again. Are you all illiterate?? Honestly the WORST customer service "
            "I have EVER experienced.",
            "Invoice INV-20931 again. I am not happy with how this has been handled. The customer "
            "service was poor.",
        ),
        (
            "Hung up on me TWICE today, @AcmeHelp. Rude, incompetent and frankly pathetic. Case "
            "77812. Sort yourselves out!!",
            "Hung up on me twice today, @AcmeHelp. I am not happy with how this has been handled. "
            "Case 77812. Please sort this out.",
        ),
        (
            "I CANCELLED on 3 September and you've taken £39.99 twice since. Stop stealing my "
            "money, you crooks!",
            "I cancelled on 3 September and you've taken £39.99 twice since. Please stop taking my "
            "money.",
        ),
        (
            "Order #558812 turned up an hour late and stone cold. Worst pizza place in town. "
            "Never again!!!",
            "Order #558812 turned up an hour late and stone cold. I am not happy with how this has "
            "been handled. Never again.",
        ),
        (
            "Your engineer made my boiler worse on 28 November. How are you even allowed to "
            "operate?!",
            "Your engineer made my boiler worse on 28 November. I am not happy with how this has "
            "been handled.",
        ),
        # -- Session 16, round 16 (blind): leaving as an ultimatum, a question left out, a temper
        # lost as a next step, the firm called a circus, the writer's own lower case kept --
        (
            "@QuickBite your driver ate half my chips. HALF. Order 7781. Refund or I'm done with "
            "you.",
            # (session 29: "HALF." said again for emphasis goes, as an echo of the sentence before)
            "@QuickBite your driver ate half my chips. Order 7781. Please refund me.",
        ),
        (
            "I have been a loyal customer for 12 years and this is how you treat me?! Policy "
            "number HH-4471-22.",
            "I have been a loyal customer for 12 years. Policy number HH-4471-22.",
        ),
        (
            "I swear if my parcel (tracking RM12345678GB) isn't here tomorrow I will lose it.",
            "I swear if my parcel (tracking RM12345678GB) isn't here tomorrow I will take the "
            "matter further.",
        ),
        (
            "To whoever runs this circus: my photos (order SP-2231, £42) never arrived.",
            "My photos (order SP-2231, £42) did not arrive.",
        ),
        (
            "wtf is going on?? since monday your site keeps crashing. account 8812-003.",
            "What is going on? since monday your site keeps crashing. account 8812-003.",
        ),
        # -- Session 16, round 17 (blind, at the end): jabs asked as questions, name-calling
        # exclaimed, "rip-off merchants", a moral verdict, a verdict between "your" and the thing
        (
            "WRONG lenses. Again. Order OP-7781 placed 2 Nov. Can none of you read a "
            "prescription?? Hopeless.",
            "Wrong lenses. Again. Order OP-7781 placed 2 Nov. I am not happy with how this has "
            "been handled.",
        ),
        (
            "Your rubbish parking app charged me TWICE (£6.80 x2) on 29 Nov. Give me my money "
            "back, you parasites, or I'll dispute it with my bank.",
            "Your parking app charged me twice (£6.80 x2) on 29 Nov. Give me my money back, or "
            "I'll dispute it with my bank. I would like this resolved.",
        ),
        (
            "The bill is DOUBLE the £180 quote. Absolute rip-off merchants, you should be ashamed "
            "of yourselves. Invoice V-2291.",
            "The bill is double the £180 quote. I am not happy with how this has been handled. "
            "Invoice V-2291.",
        ),
        (
            "Three hours late on 28 Nov, no call, no apology. What a useless shower of clowns.",
            # name-calling ("a shower of" aims it, session 22) says the service was poor
            "Three hours late on 28 Nov, no call, no apology. I am not happy with the service I "
            "have had.",
        ),
        (
            "Your agent just CLOSED the chat on me at 14:05. How rude can you get? Pathetic.",
            "Your agent just closed the chat on me at 14:05. I am not happy with how this has been "
            "handled.",
        ),
        # -- Session 16, round 18 (blind): a wish for the staff to be sacked, "I'm done being
        # polite", a superlative about a place --
        (
            "What kind of bank freezes a pensioner's account for 9 days with no explanation??? "
            "You should all be sacked. Shame on you.",
            "What kind of bank freezes a pensioner's account for 9 days with no explanation? I am "
            "not happy with how this has been handled.",
        ),
        (
            "Reference CS/2291/B. I'm done being polite: refund the £1,240 or see you in court.",
            "Reference CS/2291/B. I would like a refund of £1,240. If this is not resolved within "
            "14 days, I will take legal advice.",
        ),
        (
            "THE WORST HOTEL IN BRIGHTON. Cockroach in the bathroom. Booking 88120.",
            "I am not happy with how this has been handled. Cockroach in the bathroom. Booking "
            "88120.",
        ),
        (
            "She fucked my bumper up and her insurance did not repair it.",
            "She messed my bumper up and her insurance did not repair it.",
        ),
        ("You f***ed up my order AGAIN.", "You messed up my order again."),
        # -- Session 16, round 22 (blind, long letters): a name in a person's place, "because of
        # you clowns", every review site as the price of a remedy, going public on a condition --
        (
            "Every single time I get a different idiot telling me a different story.",
            "Each time I get a different person telling me a different story.",
        ),
        (
            "Then an idiot on the phone told me to wait.",
            "Then a person on the phone told me to wait.",
        ),
        (
            "I have lost at least 6 days of work because of you clowns, and I have paid £54.99 a "
            "month.",
            "I have lost at least 6 days of work, and I have paid £54.99 a month.",
        ),
        (
            "I want every penny back since October, or I'm going to Ofcom, the ombudsman and every "
            "review site I can find.",
            "I would like a refund. If this is not resolved within 14 days, I will refer it to "
            "Ofcom.",
        ),
        (
            "If I don't hear back by Friday I'm telling every parent at my kids' school exactly "
            "what kind of company you are.",
            "If this is not resolved by Friday, I will take the matter further.",
        ),
        ("Frankly you should all be ashamed.", "I am not happy with how this has been handled."),
        # -- Read over the calm versions of 3,177 texts (EmoInt, GoEmotions, the pairs) --
        ("You never replied to my email of 3 May.", "I have not had a reply to my email of 3 May."),
        ("Nobody answered my email of 3 May.", "I have not had a reply to my email of 3 May."),
        # session 21 (seen in the app): the date a no-reply runs from goes with it
        (
            "Order 5512 was never delivered and nobody has replied since 2 December.",
            "Order 5512 was never delivered. I have not had a reply since 2 December.",
        ),
        (
            "Nobody has replied since 2 December, and the parcel is still missing.",
            "The parcel is still missing. I have not had a reply since 2 December.",
        ),
        (
            "Your pathetic engineer didn't even bother showing up Tuesday.",
            "Your engineer didn't show up Tuesday.",
        ),
        ("The engineer didn't even bother to call.", "The engineer didn't call."),
        (
            "Your idiot manager talked utter rubbish about the warranty!!!",
            "Your manager talked nonsense about the warranty. I would like this resolved.",
        ),
        # -- Round twenty-five --
        (
            "Flight FF203 cancelled, no hotel, no food voucher, nothing.",
            "Flight FF203 cancelled, no hotel, no food voucher.",
        ),
        ("What did I get? Nothing.", "What did I get? Nothing."),
        # -- Round twenty-four --
        ("Nobody there has a clue.", "Nobody there could help. I would like this resolved."),
        ("You lied to me about the price.", "You gave me wrong information about the price."),
        (
            "I've been LIED to by three different agents since 14 November.",
            "I've been given wrong information by three different agents since 14 November.",
        ),
        ("Bag tag QF884120. FIND IT.", "Bag tag QF884120. Find it."),
        # -- Round twenty-three --
        (
            "I have called you 6 times since 2 November and you NEVER call back. Useless, the lot "
            "of you. Account 4471-0092.",
            "I have called you 6 times since 2 November. I have not had a reply. I am not happy "
            "with how this has been handled. Account 4471-0092.",
        ),
        (
            "Your pathetic excuse for a plumber flooded my kitchen on 1 December.",
            "Your plumber flooded my kitchen on 1 December.",
        ),
        (
            "There is no excuse for a delay of 9 weeks.",
            "There is no excuse for a delay of 9 weeks.",
        ),
        (
            "I am furious. Booking BK-3391 was cancelled with no warning. Thieves.",
            "I am unhappy. Booking BK-3391 was cancelled with no warning.",
        ),
        ("Sort it out, you lot!", "Sort it out."),
        (
            "The router is STILL faulty!!! x99812 is my ticket.",
            "The router is still faulty. x99812 is my ticket.",
        ),
        # -- Session 17: a jab said as a fragment of praise, or a shrug, goes whole ("Shame
        # about the conversation." and "I suppose." were left over); an insult asked as a
        # question about "one airline"
        (
            "Forty minutes of crackle on the line. Lovely soundtrack, shame about the "
            "conversation.",
            "Forty minutes of crackle on the line.",
        ),
        (
            "The builder left a hole in the kitchen wall. Handy for chatting to the neighbours, "
            "I suppose.",
            "The builder left a hole in the kitchen wall.",
        ),
        (
            "You LOST my suitcase. How incompetent can one airline be? Absolutely pathetic.",
            "You lost my suitcase. I am not happy with how this has been handled.",
        ),
        (
            "Still waiting on the refund you promised. I'm sure it's on its way, along with my "
            "flying pig.",
            "Still waiting on the refund you promised.",
        ),
        (
            "THREE WEEKS with no boiler at 14 Elm Road. You're a disgrace of a landlord. Fix it "
            "NOW.",
            "Three weeks with no boiler at 14 Elm Road. I am not happy with how this has been "
            "handled. Fix it now.",
        ),
        (
            "That disgrace of a landlord still has my deposit.",
            "That landlord still has my deposit.",
        ),
        # the writer's own ask, a cost to cover, wins over the case's remedy
        (
            "The groomer cut my dog's ear on 2 Dec (booking G-4410). I'm prepared to forget the "
            "whole review thing if you cover the vet bill. If I see that groomer again he's going "
            "to regret it.",
            "The groomer cut my dog's ear on 2 Dec (booking G-4410). I would like the vet bill "
            "covered. If this is not resolved within 14 days, I will take the matter further.",
        ),
        # the ask before "or else" had gone with the ultimatum
        (
            "You took £4,000 on 3 Sept and left my roof half done. Crooks, the lot of you. "
            "Finish it or else.",
            "You took £4,000 on 3 Sept and left my roof half done. I am not happy with the service "
            "I have had. I would like the work finished. If this is not resolved within 14 "
            "days, I will take the matter further.",
        ),
    ],
)
def test_calm_version_reads_exactly(draft, calm):
    assert calm_version(draft) == calm


def test_a_threat_sworn_to_keeps_reading_as_one():
    # "I swear" is part of the threat form: the calm version leaves the threat out, it does not
    # strip the oath and keep the rest ("If @x blocks me I'm going to hit her back.").
    calm = calm_version("I swear if @devincameron23 blocks me I'm going to hit her back")
    assert "hit her" not in calm


def test_the_body_the_writer_named_is_the_next_step_even_with_the_cases():
    calm = calm_version("If this isn't fixed I'll be taking you to small claims court.", FACTS)
    assert "small claims court" in calm and "ombudsman" not in calm, calm
    assert "12 December" in calm, calm


def test_a_run_of_questions_is_not_one_sentence():
    calm = calm_version(
        "Booked slot 8-12. Engineer? No show. Phone call? Nope. Apology? Don't make me laugh."
    )
    assert "Nope apology" not in calm and "laugh" not in calm, calm
    assert analyse(calm).heat < 25, calm


def test_a_sentence_added_after_a_closing_handle_starts_a_line_of_its_own():
    calm = calm_version(ROUND_SEVENTEEN_DRAFTS[6])
    assert calm.endswith("@HeathrowAirport\nI would like this resolved."), calm


def test_praise_after_sarcasm_earlier_in_the_draft_is_sarcasm_too():
    text = ROUND_EIGHTEEN_DRAFTS[7]
    kinds = [(s.kind, text[s.start : s.end]) for s in analyse(text).signals]
    assert ("sarcasm", "Brilliant work") in kinds, kinds
    # and the calm wording of the sentences after it is part of the act: the post reads firm
    assert analyse(text).heat >= 25, analyse(text).heat


@pytest.mark.parametrize(
    ("draft", "calm"),
    [
        (
            "Thanks a lot @BA for losing my bag AGAIN!!! Ref LHR-55120.",
            "@BA lost my bag again. Ref LHR-55120.",
        ),
        (
            "Cheers @EasyJet for leaving us stranded in Malaga for 14 hours. Flight EZY8023.",
            "@EasyJet left us stranded in Malaga for 14 hours. Flight EZY8023.",
        ),
    ],
)
def test_sarcastic_thanks_to_a_handle_says_what_it_did(draft, calm):
    assert analyse(draft).heat >= 25, draft
    assert calm_version(draft) == calm


def test_no_clue_is_could_not_help():
    calm = calm_version("Your agent had no clue. Might as well have asked my dog.")
    assert calm.startswith("Your agent could not help."), calm
    assert "dog" not in calm, calm


# Wording that reads broken in a calm version when its draft did not have it: "not acceptable"
# standing in for a thing ("the not acceptable you sent") or before a noun ("a not acceptable
# interface"), a sentence ending on "the" or "to", or one begun in lower case.
_BROKEN = {
    "a verdict word used as a thing": re.compile(
        r"\b(?:a|an|the|my|your|their|his|her|of|on|this|that|some|any)\s+not acceptable\b", re.I
    ),
    "a verdict word before a noun": re.compile(
        r"\bnot acceptable\s+(?!(?:and|or|but|to|for|at|in|of|with|from|that|which|when|because"
        r"|as|if|by|on|any|anymore|either|here|there|now|again|I)\b)[a-z]{3,}",
        re.I,
    ),
    "a sentence left hanging": re.compile(
        r"\b(?:the|a|an|of|to|my|your|and|with|for|at|in|on)[.!?]\s*$"
        # a verb after its subject ends a sentence well: "…what a dump this is."
        r"|(?<!this )(?<!that )(?<!it )(?<!they )(?<!we )(?<!you )\b(?:is|are|was|were)[.!?]\s*$"
        r"|\b(?:the|a|an|of|to|my|your|with|for)[.!?]\s",
        re.I,
    ),
    "a sentence begun in lower case": re.compile(r"[.!?]\s+[a-z]"),
    # "Seriously?!" less its interjection had left "? Third time…"
    "a sentence of punctuation only": re.compile(r"(?:^|[.!?]\s+)[?!.,;:]+(?:\s|$)"),
}


@pytest.mark.parametrize("draft", ALL_DRAFTS, ids=[d[:32] for d in ALL_DRAFTS])
def test_calm_version_wording_is_not_broken(draft):
    calm = calm_version(draft)
    for what, pattern in _BROKEN.items():
        assert not pattern.search(calm) or pattern.search(draft), (what, calm)


def test_a_superlative_said_a_word_at_a_time_goes_as_one():
    # "Worst. Airline. Ever." had lost "Worst." and "Ever." and kept "Airline." on its own.
    calm = calm_version(
        "Honestly? Worst. Airline. Ever. Lost bags, rude crew, 9 hour delay on BA0117 and zero "
        "apology. Disgrace."
    )
    assert "Airline." not in calm and "Honestly" not in calm and not calm.startswith("?"), calm
    assert "BA0117" in calm, calm


def test_a_date_kept_for_reference_keeps_its_month():
    from complaint_desk.core.rewrite.facts import _carry_facts

    assert _carry_facts("I was lied to since 14 November.", "") == "For reference: 14 November."


def test_a_count_the_writer_gave_is_not_followed_by_the_logs_own():
    # Seen in the editor: "I have called you 6 times since 2 November and you NEVER call back"
    # had become "...6 times since 2 November. I have contacted you 3 times since 26 November."
    draft = "I have called you 6 times since 2 November and you NEVER call back."
    calm = calm_version(draft, FACTS)
    assert calm == "I have called you 6 times since 2 November. I have not had a reply.", calm
    # Without a count of the writer's own, the log's count says it.
    assert "I have contacted you 5 times since 3 March" in calm_version(
        "You NEVER call back.", FACTS
    )


def test_a_dated_message_unanswered_keeps_its_date_beside_the_logs_count():
    calm = calm_version("You never replied to my email of 3 May.", FACTS)
    assert calm == (
        "I have contacted you 5 times since 3 March without a reply, including my email of 3 May."
    )


def test_a_verb_is_no_month():
    from complaint_desk.core.rewrite.facts import _carry_facts

    assert _carry_facts("they should march 2 the house", "") == "For reference: 2."
    assert _carry_facts("since 14 november", "") == "For reference: 14 november."


def test_a_before_a_you_sound_stays_a():
    # "a USED laptop" had become "an used laptop"; "an" still comes where a word between went.
    assert (
        calm_version("You sold me a USED laptop as new!!!") == "You sold me a used laptop as new."
    )
    for kept in ("a unique", "a one-off", "a European", "a utility"):
        assert kept in calm_version(f"You charged me twice for {kept} booking!!!")
    assert calm_version("You sent a useless engineer who broke my oven.") == (
        "You sent an engineer who broke my oven."
    )
    assert calm_version("A bloody engineer came and broke my oven.").startswith("An engineer")


def test_a_becomes_an_before_an_uh_sound():
    from complaint_desk.core.rewrite.wording import _tidy

    assert _tidy("a unusual request") == "an unusual request"
    assert _tidy("a unexpected bill") == "an unexpected bill"
    assert _tidy("a upended box") == "an upended box"
    assert _tidy("a usual request") == "a usual request"


def test_a_cost_to_cover_is_the_writers_own_ask_over_the_cases_remedy():
    facts = RewriteFacts(remedy="a refund of $289.00 including shipping")
    calm = calm_version("Cover the vet bill or my review goes up on Google.", facts)
    assert "I would like the vet bill covered" in calm, calm
    assert "$289" not in calm, calm


@pytest.mark.parametrize(
    ("draft", "amount"),
    [
        ("I expect a full refund of £240, or you'll regret it.", "£240"),
        ("Pay the £30, or you will be sorry.", "£30"),
        ("Refund the £1,250.50, or I'll see you in court.", "£1,250.50"),
    ],
)
def test_an_amount_before_a_comma_is_kept_without_the_comma(draft, amount):
    # The comma after an amount is the sentence's, not the amount's: kept as part of the fact it
    # left "…a refund of £240,." in the calm version.
    assert amount in fact_tokens(draft)
    calm = calm_version(draft)
    assert amount in calm, calm
    assert ",." not in calm and ", ." not in calm, calm


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        (
            "Refund me or I'll make sure everyone on Twitter hears about it, @BritishAirways.",
            "@BritishAirways I would like a refund.",
        ),
        ("Useless, @Acme.", "@Acme I am not happy"),
    ],
)
def test_a_handle_left_alone_addresses_the_next_sentence(draft, expected):
    # A handle was left as a sentence of its own ("…received. @BritishAirways. I would like…").
    calm = calm_version(draft)
    assert calm.startswith(expected), calm
    assert not re.search(r"@\w+\.", calm), calm


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        ("THE ENGINEER CAME IN JANUARY AND NEVER CAME BACK!!!", "in January and did not come back"),
        ("I WAS PROMISED A CALL NEXT MONDAY AND NOBODY RANG!!!", "a call next Monday"),
        ("YOU MAY THINK THIS IS FUNNY BUT I AM STILL WAITING!!!", "You may think"),
        ("WE WILL MARCH INTO YOUR SHOP!!!", "march into"),
        ("YOU CHARGED ME TWICE ON 3 MARCH!!!", "on 3 MARCH"),
    ],
)
def test_shouted_names_of_days_and_months_keep_their_capital(draft, expected):
    # Sentence case lower-cased "JANUARY" and "MONDAY" like any shouted word ("in january"); a
    # month beside its day is a date, kept as written like every fact.
    calm = calm_version(draft)
    assert expected in calm, calm


@pytest.mark.parametrize(
    "draft",
    ["u lot are a JOKE. I waited 3 hrs.", "ur staff r useless. I waited 3 hrs.", "u r a joke."],
)
def test_name_calling_in_text_speak_is_left_out(draft):
    # "u lot are a JOKE" came out as "U lot are not acceptable."
    calm = calm_version(draft)
    assert not re.search(r"\b(?:u|ur|r)\b", calm, re.I), calm
    assert analyse(calm).heat < 25, calm


@pytest.mark.parametrize("draft", ["Can u send me the form?", "I hope u are well."])
def test_text_speak_without_name_calling_is_left_as_written(draft):
    assert calm_version(draft) == draft


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        (
            "I expect £650 for the repair or I will see you in small claims court.",
            "I would like £650 for the repair.",
        ),
        ("I demand £80 to cover the taxi fare or you will regret it.", "I would like £80 to cover"),
        ("I expect a full refund or I will see you in court.", "I would like a full refund."),
        ("Give me a partial refund of £40 or else.", "I would like a partial refund of £40."),
        # what the writer wants, in their words, when it is none of the usual remedies
        (
            "I want an apology and a £50 voucher or I'm going to the papers.",
            "I would like an apology and a £50 voucher.",
        ),
        ("I want to speak to a manager or I will sue.", "I would like to speak to a manager."),
        ("I want my car back or I will see you in court.", "I would like my car back."),
    ],
)
def test_the_remedy_asked_before_a_threat_is_kept_as_asked(draft, expected):
    # "I expect £650 for the repair or…" lost its ask: only "For reference: £650." was left after
    # the calm next step; "a full refund" became "a refund"; "I want an apology and a £50 voucher
    # or…" kept only "For reference: £50.".
    calm = calm_version(draft)
    assert calm.startswith(expected), calm
    assert "For reference" not in calm, calm
    assert analyse(calm).heat < 25, calm


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        ("Never ever use Quickfix Plumbing.", "I would not recommend Quickfix Plumbing."),
        ("NEVER use @QuickLoansUK!!!", "I would not recommend @QuickLoansUK."),
        ("Why do I even bother? Third time writing.", "Third time writing."),
        ("Stop lying to me. You said Monday.", "I would like an accurate answer. You said Monday."),
        ("The council should be ashamed.", "I am not happy with how this has been handled."),
    ],
)
def test_calls_to_shun_and_rhetorical_jabs_become_plain_statements(draft, expected):
    # These were kept as written and left calm versions at 22-25, at the edge of calm.
    calm = calm_version(draft)
    assert expected in calm, calm
    assert analyse(calm).heat < 15, calm


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        ("I am sick and tired of waiting for my refund of £40.", "unhappy about waiting"),
        ("I'm fed up of being given wrong information!!", "unhappy about being given"),
        ("This is a complete and utter disgrace.", "I am not happy with how this has been"),
        ("Nobody cares.", "I am not happy with how this has been"),
        ("Your helpline is a waste of time!!!", "Your helpline is not helpful."),
    ],
)
def test_more_verdicts_read_plainly(draft, expected):
    # "sick and tired of" had become "unhappy of"; "a complete and utter disgrace" was cut at
    # its "and" into "This is a complete."
    calm = calm_version(draft)
    assert expected in calm, calm
    assert " of waiting" not in calm and "a complete." not in calm, calm
    assert analyse(calm).heat < 20, calm


def test_a_feeling_said_in_a_rewritten_sentence_is_not_said_again():
    # "I am unhappy about waiting." was followed by "I am not happy with how this has been
    # handled." for a later sentence left out whole.
    draft = "I am sick and tired of waiting. Your driver didn't even care. Order 5512."
    calm = calm_version(draft)
    assert calm.startswith("I am unhappy about waiting."), calm
    assert "not happy" not in calm, calm
    assert "5512" in calm, calm
    # with no feeling said, the left-out sentence still leaves its point behind
    assert "not happy" in calm_version("Your driver didn't even care. Order 5512.")


@pytest.mark.parametrize(
    ("draft", "expected", "gone"),
    [
        (
            "My father was cut off. Absolutely vile treatment of a vulnerable customer.",
            "Poor treatment of a vulnerable customer.",
            "vile",
        ),
        (
            "You've lost my luggage, and now you've lost my patience. Flight LH 2471.",
            "You've lost my luggage.",
            "patience",
        ),
        ("Is that how you train people? I waited 40 mins.", "I waited 40 mins.", "train"),
        ("What is wrong with your warehouse staff? Order 7781-KL.", "Order 7781-KL.", "wrong"),
        ("Do they just not care? Order 7781-KL.", "Order 7781-KL.", "care"),
        (
            "Lost our luggage, lied about compensation, then ghosted us.",
            "stopped replying to us",
            "ghosted",
        ),
    ],
)
def test_verdicts_and_questions_that_ask_nothing_are_said_plainly(draft, expected, gone):
    # Kept as written, these left calm versions of the test drafts at 20-25, at the edge of calm.
    calm = calm_version(draft)
    assert expected in calm, calm
    assert gone not in calm.lower(), calm


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        ("Your chatbot is the most useless thing I have ever used.", "the least helpful thing"),
        ("This is the most pathetic service I have ever had!!", "the poorest service"),
    ],
)
def test_a_superlative_keeps_its_degree_word(draft, expected):
    # "the most useless thing" had come out "the most thing": the adjective went, "most" stayed.
    calm = calm_version(draft)
    assert expected in calm, calm
    assert "most thing" not in calm and "most poor" not in calm, calm


def test_name_calling_after_a_preposition_leaves_the_you():
    calm = calm_version("Why is it so hard to get a straight answer from you clowns? Ref CS-88012.")
    assert calm.startswith("Why is it so hard to get a straight answer from you?"), calm
    assert "clowns" not in calm, calm


SESSION_DRAFTS = ROUND_THIRTY_FIVE_DRAFTS + HELPER_ROUND_DRAFTS


@pytest.mark.parametrize(
    "draft",
    SESSION_DRAFTS,
    ids=[d[:32] for d in SESSION_DRAFTS],
)
def test_a_calm_version_keeps_no_threat_no_trade_and_no_name_calling(draft):
    from complaint_desk.core.posting import threat_forms

    calm = calm_version(draft)
    assert not threat_forms.find_threats(calm), calm
    assert not threat_forms.find_extortion(calm), calm
    for gone in ("You lie", "liar", "Dishonest company", "incompetent", "merchants", "Hands down"):
        assert gone not in calm, (gone, calm)


def test_a_no_reply_since_a_date_beside_the_logs_count_keeps_both():
    import datetime

    from complaint_desk.core.rewrite.facts import RewriteFacts

    calm = calm_version(
        "Order 5512 was never delivered and nobody has replied since 2 December.",
        RewriteFacts(contacts=4, first_contact=datetime.date(2026, 11, 26)),
    )
    assert calm == (
        "Order 5512 was never delivered. I have contacted you 4 times since 26 November without "
        "a reply (none since 2 December)."
    )


@pytest.mark.parametrize(
    ("draft", "kept", "gone"),
    [
        # what the people called liars did stays
        (
            "Your staff are liars who promised a call back on 3 Oct.",
            "Your staff promised a call back on 3 Oct.",
            "liars",
        ),
        (
            "You're a bunch of rip-off merchants and you know it. The clutch failed after 6 days.",
            "The clutch failed after 6 days.",
            "merchants",
        ),
        # a verdict's "hands down" goes with it
        ("Worst bank in Britain, hands down. The fee was £35.", "The fee was £35.", "hands down"),
    ],
)
def test_name_calling_goes_and_what_was_done_stays(draft, kept, gone):
    calm = calm_version(draft)
    assert kept in calm, calm
    assert gone not in calm.lower(), calm


@pytest.mark.parametrize(
    "draft",
    [
        "You people never reply to any mail!!!",
        "You never answer any of my calls.",
        "You lot never reply to a single email.",
    ],
)
def test_what_went_unanswered_goes_with_the_no_reply(draft):
    # "…reply to any mail" had left "To any mail." behind (round 72's drafts).
    assert calm_version(draft) == "I have not had a reply."


@pytest.mark.parametrize(
    ("draft", "asked"),
    [
        (
            "Pay my bond by 5pm Friday 15 March or I'm posting the whole saga on Google reviews.",
            "by 5pm Friday 15 March",
        ),
        (
            "You have until 5pm Friday 5 July to refund me or I'm posting a 1-star review on "
            "Trustpilot for everyone to see.",
            "I would like a refund by 5pm Friday 5 July.",
        ),
        (
            "Refund the £60 before Friday the 15th at noon or the review goes up.",
            "before Friday the 15th at noon",
        ),
        ("Fix it by 12/10 or I'll leave a 1-star review.", "by 12/10"),
    ],
)
def test_a_deadline_keeps_its_time_day_and_date(draft: str, asked: str) -> None:
    """The writer's deadline is asked for whole ("by 5pm Friday 15 March", not "by 5"), and
    "until" is "by" once it is a request: "a refund until Friday" says the wrong thing, and
    beside "I would rate my experience 1-star" it read as a trade."""
    calm = calm_version(draft)
    assert asked in calm
    assert "until" not in calm
    assert analyse(calm).heat < 25
    assert fact_tokens(draft) <= fact_tokens(calm)


def test_names_for_a_group_leave_no_bare_group_behind() -> None:
    calm = calm_version("@RayCoastRealty keeps ignoring every email. Useless, lazy lot. Pay it.")
    assert not re.search(r"(?:^|[.!?]\s)Lot\.", calm)
    assert "@RayCoastRealty keeps ignoring every email." in calm


@pytest.mark.parametrize(
    ("draft", "calm_part"),
    [
        ("Pathetic crooks, you charged me R1,200 and C$80 for NOTHING!!!", "You charged me"),
        ("You pathetic crooks charged me twice.", "You charged me twice."),
        ("Your useless idiots lost my parcel.", "You lost my parcel."),
    ],
)
def test_a_verdict_on_a_name_goes_with_the_name(draft: str, calm_part: str) -> None:
    """Seen in session 26: the calmer table made "Pathetic crooks" "Poor crooks" (the name kept,
    no longer read as one) and "You pathetic crooks charged me twice." "You poor charged me
    twice." once the name was left out."""
    calm = calm_version(draft)
    assert calm_part in calm
    assert not re.search(r"\b(?:poor|crooks|idiots)\b", calm, re.IGNORECASE)
    assert fact_tokens(draft) <= fact_tokens(calm)


@pytest.mark.parametrize(
    ("draft", "amounts"),
    [
        (
            "You useless clowns kept my Rs 4,500 and my ₦50,000, shame on you lying scammers!!",
            ["Rs 4,500", "₦50,000"],
        ),
        ("Absolute scammers took ₱850 and US$99.99 from me, DISGUSTING!!!", ["₱850", "US$99.99"]),
        ("Refund my Rs. 2,300 NOW you thieves!!!", ["Rs. 2,300"]),
    ],
)
def test_an_amount_keeps_its_currency(draft: str, amounts: list[str]) -> None:
    """Round 81's drafts wrote Rs, ₦, ₱, R and AU$ unasked: an amount is its currency and its
    figure ("For reference: 4,500" had lost the rupees), and "Rs." before a figure ends no
    sentence."""
    assert set(amounts) <= set(fact_tokens(draft))
    calm = calm_version(draft)
    for amount in amounts:
        assert amount in calm
    assert fact_tokens(draft) == [t for t in fact_tokens(draft) if t in fact_tokens(calm)]


@pytest.mark.parametrize(
    ("draft", "kept"),
    [
        ("Refund my £2,300 NOW you thieves!!!", "Refund my £2,300 now."),
        ("Fix my boiler TODAY you useless cowboys!!!", "Fix my boiler today."),
        ("Sort it out, you clowns!", "Sort it out."),
        ("Pay me back Rs. 500 today you cheats!!!", "Pay me back Rs. 500 today."),
    ],
)
def test_a_demand_keeps_its_point_without_the_name_at_its_end(draft: str, kept: str) -> None:
    """Seen in session 26: "Refund my £2,300 NOW you thieves!!!" was left out whole (a clause
    ending in a name), so its calm version kept only "For reference: £2,300"."""
    calm = calm_version(draft)
    assert calm.startswith(kept)
    assert not re.search(r"\b(?:thieves|cowboys|clowns|cheats|you)\b", calm, re.IGNORECASE)


@pytest.mark.parametrize(
    ("draft", "kept", "gone"),
    [
        # a verdict said over and over had kept two of its three
        ("Useless useless USELESS.", "", r"useless|helpful"),
        # "I'm unhappy about you." said the feeling of a person, not of what happened
        (
            "I want a refund of the £64.50 or a replacement today, I'm sick of you.",
            "I'm unhappy about this.",
            r"about you|sick",
        ),
        # "useless at the checkout" had lost its word and left "smug and at the checkout"
        (
            "Your agent Darren was smug and useless at the checkout on 1 July.",
            "not helpful at the checkout on 1 July",
            r"\band at\b",
        ),
        # where the reply never came goes with the no-reply ("On whatsapp and…" was left)
        (
            "you NEVER reply on whatsapp and your shop is always closed!!!",
            "I have not had a reply on whatsapp.",
            r"(?:^|\. )On whatsapp",
        ),
        ("Nobody ever replies by email since 3 May.", "a reply by email since 3 May.", r"none"),
        # a jab asked as a question has nothing to answer
        ("how is it possible to be this incompetent??", "", r"incompetent|possible"),
        ("How can a company be this disorganised?!", "", r"disorganised"),
        ("Your technicians NEVER come on time.", "do not come on time", r"never"),
        # a name given by "is a" goes, and what the manager did stays
        (
            "your tech is a clown and your manager ALWAYS blames the customer.",
            "manager blames the customer",
            r"clown",
        ),
    ],
)
def test_round_82_calm_versions_read_plainly(draft: str, kept: str, gone: str) -> None:
    """Faults seen in the calm versions of blind round 82's drafts (tests/core/round_82.py)."""
    from tests.core.guard_reads import assert_calm_reads_plainly

    assert_calm_reads_plainly(draft, kept, gone)


def test_a_question_that_asks_something_is_kept() -> None:
    draft = "How is it possible that my parcel went to Leeds?"
    assert calm_version(draft) == draft
