"""More ways people word extortion and threats, and their look-alikes (written for this test).

The first table caught the forms it was written from and missed most new wordings: a remedy
traded for a review in another order ("I'll delete my review if…", "my review stays at one star
until…"), other links ("otherwise", "=", "and I'll delete"), other acts ("review bomb you",
"slam you on Google", "a 1 star review is going up", "the whole internet hears about it") and
legal or press threats in other words. The forms are now built from a remedy, a link and an
act, so these are caught as one family; each look-alike below is a plain request, a report of
what happened or a calm next step, and must stay unflagged.
"""

from __future__ import annotations

import pytest

from complaint_desk.core.posting import site_rules, threat_forms
from complaint_desk.core.rewrite import calm_version
from complaint_desk.core.tone import analyse

EXTORTION = [
    "Refund my £79 or enjoy your new 1-star review on Tripadvisor.",
    "Either you refund me or I post a one-star review.",
    "Refund me and I'll delete my review.",
    "Send my money back today, otherwise a 1 star review is going up.",
    "Give me compensation and I will change my review to 5 stars.",
    "If I get my refund, I'll take the bad review down.",
    "My review stays at one star until you refund me.",
    "Pay up or I'm leaving you a 1* review.",
    "You'll get your 5 stars back when I get my money back.",
    "Fix my order or I'll slam you on Google reviews.",
    "Process my refund or I'll review bomb you.",
    "I'll happily update my review once the refund hits my account.",
    "No refund = 1 star review.",
    "Refund or I'm going public on TikTok.",
    "Sort out my refund or the whole internet hears about it.",
    "I will post my 1-star review tomorrow unless you refund me today.",
    "A refund would make me reconsider my 1 star review.",
    "If I don't get my deposit of €800 back by 1 June I will post about you everywhere.",
    "Return my deposit, otherwise I'll be writing reviews on every site I can find.",
    "Credit my account or I'll rate you one star on Trustpilot.",
    "Get me a replacement by Monday or the 1-star review stays up forever.",
    "Once you refund the £20 I'll bump my rating up to 4 stars.",
]

# A second round, written after the first was caught and before the forms were made
# compositional: each one missed by the table of the first round (3 of 20 and 0 of 10 caught).
EXTORTION_ROUND_TWO = [
    "Reimburse me for the taxi, or I'll make sure your Google rating tanks.",
    "If the refund isn't in my account by Monday, a one-star review goes up on Trustpilot.",
    "Give me a voucher and the bad review disappears.",
    "Either I get compensated or the whole of Facebook hears about this.",
    "I'm happy to delete my Yelp review in exchange for a full refund.",
    "No replacement, no review edit. Simple.",
    "Unless I see £50 credited, my review stays up.",
    "Make it right or I'm writing the most brutal review you've ever seen.",
    "Refund the delivery charge and I'll bump you up to 5 stars.",
    "Pay for the damage or I'll post the photos on every review site going.",
    "I'll keep my 1-star review up until I'm compensated.",
    "Give me my money back, or else my review goes on Trustpilot, Google and Yelp.",
    "Sort this out by Friday or my 1 star review is going live.",
    "Waive the fee and I'll take down my TikTok video.",
    "Refund me now or I will leave reviews on every platform.",
    "Honour the price or I post a negative review on Amazon.",
    "If you want me to remove my review, refund me.",
    "Compensation = review removed. No compensation = review stays.",
    "One star until I get my deposit back.",
]

# A third round, written blind after the forms were made compositional: 4 of 15 extortion forms
# and 2 of 10 threats were caught before the vocabulary below was widened (cancel / knock off /
# a partial refund, "get ready for", "becomes", "until", "telling my 20k followers"…).
EXTORTION_ROUND_THREE = [
    "Knock £30 off the bill or I'm reviewing you on Trustpilot tonight.",
    "Refund the booking fee and my review becomes a 5 star one.",
    "I'll raise my rating to five stars the day my refund lands.",
    "A full refund and this review goes away. Your choice.",
    "Replace the sofa by the 10th, or I'll be telling my 20k followers exactly what happened.",
    "Cancel the charge or I post the whole chat log on Reddit.",
    "If I'm not refunded this week, expect a detailed 1-star write-up on Google.",
    "You can have your good review back when I have my money back.",
    "Send the replacement and I'll happily change my review.",
    "Refund me or get ready for a scathing review.",
    "Pay the £45 or I'm naming you on every review site going.",
    "Until I'm reimbursed, my one-star review stays pinned.",
    "I'll leave a 5-star review if you give me a discount.",
    "Either refund me or I make a TikTok about this.",
    "Give me a partial refund or my review goes live tonight.",
]

# A fourth round, written blind after the third was caught: 9 of 15 extortion forms, 3 of 10
# threats and 8 of 8 look-alikes right before "drop the fee", "match the price", "refund or
# review", "you'll see a one-star review", "the wrong person to mess with"… were added.
EXTORTION_ROUND_FOUR = [
    "Refund my deposit or I'll be leaving a very honest review on Google.",
    "Drop the cancellation fee and I'll remove my Trustpilot review.",
    "Give me a full refund today or you'll see a one-star review on every site.",
    "If I don't hear back with a refund offer by Friday, I'm posting my review.",
    "Match the price you advertised, or my 1-star review goes up tomorrow.",
    "I'll change my review to positive as soon as the money is back in my account.",
    "Refund or review. Your call.",
    "Sort my refund out and I'll delete the post.",
    "Unless you compensate me for the ruined weekend, I'll be reviewing you on Tripadvisor.",
    "You get your 5-star review when I get my replacement.",
    "Give me the voucher you promised or I'll write about this on Facebook.",
    "Refund the £12 or I'll make sure everyone on Google knows.",
    "Fix the boiler this week or expect a 1-star rating.",
    "My review will stay at one star until the refund comes through.",
    "Pay me back or I'll tell all my Instagram followers.",
]

THREATS_ROUND_FOUR = [
    "I will take you to court if I have to.",
    "You'll be hearing from Trading Standards and my solicitor.",
    "I'm going to sue the lot of you.",
    "Mark my words, you'll pay for this.",
    "This won't end well for you.",
    "I'll be at your head office first thing tomorrow, and I won't leave quietly.",
    "I'm going to expose your company for the scam it is.",
    "You've picked the wrong person to mess with.",
    "Expect a visit.",
    "I'll see to it that you lose your job.",
]

# A fifth round, written blind after the fourth: 4 of 12 extortion forms, 2 of 8 threats and 6 of
# 6 look-alikes right before "send me a new phone", "I want my £200 back", "or face…", "every
# forum", "a goodwill gesture", "put out of business"… ("My brother is a journalist and he'd
# love this story" is still missed: a threat only by implication).
EXTORTION_ROUND_FIVE = [
    "Refund the parking charge, otherwise my review on Google stays as it is: one star.",
    "If you give me a goodwill gesture, I'll update my Tripadvisor review.",
    "Honour the warranty or I'm putting this all over Twitter.",
    "Send me a new phone by Thursday or I'm leaving you zero stars.",
    "Cover the vet bill and I'll take my review down.",
    "I want my £200 back or I'm going to slate you online.",
    "No refund by Monday means a one star review from me.",
    "Reverse the overdraft fee or I'll be reviewing your branch on Google.",
    "Give me back the deposit, or I'll write the review everyone reading will remember.",
    "I'll delete my review the minute you refund me.",
    "Compensate me for the missed flight or face a one-star review.",
    "Refund me or I'll post my story on every forum I can find.",
]

THREATS_ROUND_FIVE = [
    "I'm taking legal action against you.",
    "You're going to be sorry you ignored me.",
    "I'll make a complaint to the police about your driver.",
    "I'm going to make sure you're put out of business.",
    "Don't think this is over.",
    "I will make you pay, one way or another.",
    "Consider yourselves warned.",
]

# A sixth round, written blind after the fifth: 8 of 12 extortion forms, 1 of 8 threats and 6 of
# 6 look-alikes right before "offer me a partial refund", "still no refund? then expect…", "my
# review will come down once…", "instructing a solicitor", "it won't be pretty"… were added.
EXTORTION_ROUND_SIX = [
    "Refund the £65 and my Trustpilot review changes to five stars, otherwise it stays at one.",
    "I'll be posting a one-star review on Google tomorrow unless this is sorted today.",
    "Replace my laptop or I'll make sure your Amazon rating suffers.",
    "If my compensation isn't paid by Friday, the review goes live on Tripadvisor.",
    "Credit the missing £20 and I'll happily remove my negative review.",
    "Offer me a partial refund or I'll leave the worst review you've ever had.",
    "Give me a free upgrade or I post my experience on Reddit.",
    "Unless I get my money back by the weekend, I'll be writing a review about this on Google.",
    "Fix my car properly this time or I'm leaving a one-star Google review.",
    "My 1-star review will come down once I get the £40 back.",
    "Either sort out my refund or I will review you on every platform I can.",
]

THREATS_ROUND_SIX = [
    "I'm instructing a solicitor tomorrow.",
    "You'll be hearing from the ombudsman and my lawyer.",
    "I will take this all the way to court.",
    "Watch what happens if you ignore me again.",
    "I'm going to make a very public example of your company.",
    "Trust me, you do not want to make an enemy of me.",
    "Your boss will hear about this and you'll be out of a job.",
    "I'll be down at your shop on Monday to sort this out in person, and it won't be pretty.",
]

# A seventh round, written blind after the sixth: 7 of 10 extortion forms, 1 of 6 threats and 5 of
# 5 look-alikes right before "the whole street will hear", "or enjoy a 1 star review" after any
# ask, YouTube, "suing you", "a court summons", "I'm warning you"… were added.
EXTORTION_ROUND_SEVEN = [
    "Pay back the £120 deposit or I will be reviewing your letting agency on every site.",
    "Give me the refund you promised or I'll tell my 3,000 Instagram followers the truth.",
    "Unless I'm compensated for the ruined wedding dress, I'll be leaving you one star on Google.",
    "Refund my booking fee and I'll update my one-star review.",
    "Honour my warranty or I'll expose you on TikTok.",
    "If you don't refund the £60 by Friday, I'll post a detailed review on Trustpilot.",
    "Waive the £25 admin charge or enjoy a 1 star review.",
    "Give me my deposit back, otherwise the whole street will hear about your service on Facebook.",
    "Compensate me properly and I'll take my review down.",
    "Either you fix my boiler this week or I post the videos on YouTube.",
]

THREATS_ROUND_SEVEN = [
    "I'll be speaking to my solicitor about suing you.",
    "You have 24 hours, after that I'm going to the press.",
    "I'll make sure nobody in this town ever uses you again.",
    "I'm warning you, don't ignore this email.",
    "If you hang up on me again, I'll come down to the branch and make a scene.",
    "Expect a court summons.",
]

# An eighth round, written blind after the seventh: 4 of 5 extortion forms, 3 of 10 threats and 5
# of 5 look-alikes right before "you'll be reading all about it", "you'll wish you'd never", "I
# will not rest until", "I'll have you struck off" and a space that kept "You'd better" from
# matching were fixed.
EXTORTION_ROUND_EIGHT = [
    "Refund the £30 delivery charge or I'm giving you a one-star rating on the app store.",
    "If I don't see compensation by Monday, my review goes on Which? and Trustpilot.",
    "Put this right and I'll change my rating to four stars.",
    "Knock the late fee off or you'll be reading all about it on Google reviews.",
    "Unless the replacement arrives this week, I'll be posting a brutal review on Amazon.",
]

THREATS_ROUND_EIGHT = [
    "You'll wish you'd never taken my money.",
    "I'm going to ruin your reputation, starting today.",
    "I'll be contacting my MP and the local newspaper about you.",
    "Mess me around once more and you'll find out what I'm capable of.",
    "I will not rest until your company is shut down.",
    "You'd better pray I don't see your driver again.",
    "I'm taking legal action against your company tomorrow.",
    "Keep it up and you'll be answering to a judge.",
    "I'll have you struck off.",
    "I'm going to get you fired for this.",
]

THREATS_ROUND_THREE = [
    "See you in small claims court.",
    "I'm reporting this to the police and your head office.",
    "You'll regret not answering me.",
    "I'll make sure you never work in this industry again.",
    "Next step is my lawyer.",
    "Keep this up and you'll be explaining yourselves to a judge.",
    "I'm not going away, and I will make your life very difficult.",
    "Don't make me come down there.",
    "I'll go to the papers with this.",
]

THREATS_ROUND_TWO = [
    "You'll be getting a call from my lawyer.",
    "My solicitor will be contacting you.",
    "I'm going to make this my personal mission to ruin your business.",
    "Ignore me again and you'll find out what happens.",
    "I will be filing a lawsuit against your company.",
    "I'll bring this to the attention of the national press.",
    "You don't know who you're dealing with.",
    "I'll make you regret ever taking my money.",
    "I'm coming down to your office and I won't be polite.",
    "Expect legal action.",
]

THREATS = [
    "You'll be hearing from my solicitor.",
    "Expect a letter from my lawyer.",
    "I'm taking you to small claims court if this isn't fixed by Monday.",
    "I know where your office is.",
    "Keep ignoring me and see what happens.",
    "I'll be contacting the BBC's Watchdog about this.",
    "I'll have your job for this.",
    "If I don't get my deposit back I will report you to the police.",
    "I'll tell all 5,000 of my followers to stay away.",
    "People like you deserve to get punched.",
]

LOOK_ALIKES = [
    "I left a 1 star review because they would not refund me.",
    "Once I got my refund I updated my review to 4 stars.",
    "Please refund me or I will have to contact my bank.",
    "Their reviews on Trustpilot are mostly one star, so I should have known.",
    "If you refund me, I will be very grateful.",
    "I would rather have a refund than a voucher.",
    "I gave them 5 stars last year when they refunded me quickly.",
    "If you can't fix it, I will need a refund.",
    "If you don't reply, I will call again on Monday.",
    "The review I wrote is honest and I will not change it.",
    "I'm writing a review of the product once I've used it for a week.",
    "If this is not resolved by 12 December, I will take it to the ombudsman.",
    "My solicitor advised me to write to you first.",
    "I know where your office is, so I can drop the parcel off myself.",
    "Please send my money back to the card I paid with.",
    "I read the reviews on Google before I ordered.",
    "I will leave a review once the product has arrived.",
    "My review said the service was slow, which it was.",
    "I asked for a refund and I also left a review.",
    "If you refund me, please let me know by email.",
    "Could you refund me or give me a voucher, whichever you prefer?",
    "I'm thinking of speaking to a solicitor about my rights.",
    "I wrote a 1-star review in March after the first failure.",
    "My lawyer friend said I should write to you first.",
    "Once I got my refund I updated my review to 4 stars.",
    "I kept my 1-star review up until they refunded me.",
    "If this is not resolved by Monday, I will make a claim in the small claims court.",
    "If this is not resolved within 14 days, I will take legal advice.",
    "Please fix the review page or tell me how to post a review.",
    "Give me a call and I'll explain what happened.",
    "I wish I'd never ordered from the app store version.",
    "My MP's office suggested I contact you directly first.",
    "The local newspaper ran a story about your new shop.",
    "I'm not taking legal action; I just want the refund.",
    "Please put this right and let me know when it's done.",
    "I'll happily leave a good review if the service is better next time.",
    "I spoke to a solicitor friend about my consumer rights.",
    "Could you honour the warranty? The boiler is 11 months old.",
    "I posted the videos on YouTube for my family last week.",
    "Please waive the admin charge, as the delay was not my fault.",
    "If you make a scene about it, you might as well give up.",
    "I left a review after the refund came through.",
    "If the refund is paid by Friday, I'll consider the matter closed.",
    "Please fix my car properly this time.",
    "My review of the laptop is on Amazon if that helps.",
    "I asked for a partial refund and a free upgrade.",
    "Your boss said the refund would be paid this week.",
    "It was interesting to watch what happens to a parcel at the depot.",
    "I gave you one star last year and I'd like to update it now that it's fixed.",
    "My brother works in journalism and suggested I keep copies of everything.",
    "I'll post the receipt to you by Friday.",
    "Please refund me; I've attached my review of the delivery as you asked.",
    "Could you reverse the overdraft fee, please?",
    "I'm not taking legal action, I just want a refund.",
    "I will leave an honest review once this is resolved, whatever happens.",
    "I'd like a refund of the £12 cancellation fee, please.",
    "I saw your reviews on Google and expected better.",
    "My solicitor has the paperwork if you need it.",
    "If the refund doesn't arrive, please tell me who to contact.",
    "Could you match the advertised price? The review site listed it at £40.",
    "I'll be at home all day tomorrow for the engineer.",
    "The star rating on the app store is misleading.",
    "I left a one-star review after my refund was refused.",
    "Could you refund the booking fee or give me a voucher?",
    "I'll write my review once the replacement arrives.",
    "Your reviews on Trustpilot mention the same problem.",
    "I will seek advice from Citizens Advice if this is not resolved.",
    "I spoke to a lawyer friend, who suggested I write to you.",
    "\"If I'm refunded this week, I'll be a happy customer again.\",",
    "Please don't make me chase this again.",
    # rounds nine and ten
    "I'll update my review if anything changes.",
    "If this is not resolved by Friday I will contact the ombudsman.",
    "I left a one-star review last month and still no reply.",
    "I'll regret not reading the terms more carefully.",
    "The courier said the manager would call me back.",
    "Please process my refund; I'd be happy to leave a review once it's done.",
    "Your competitor gave me a refund within a day.",
    "My lawyer friend said I should keep all the receipts.",
    "I'd like a partial refund, and I'll update my review once it's sorted either way.",
    "I was warned by a friend about the delivery times.",
    "I'm waiting outside your office for my appointment.",
    "One more excuse about the weather would not help anyone.",
    "You've been really helpful so far, thank you.",
    "I'll be asking for the costs of the repair to be refunded.",
    "Things got difficult when the second part failed too.",
    "My brother is a police officer and he says the parking ticket is valid.",
    # rounds eleven and twelve
    "I'll give you five stars if the next delivery goes well.",
    "My husband heard about this from a neighbour who had the same problem.",
    "I'm happy to delete my post once I've had a reply, as it was only meant to get your "
    "attention.",
    "I will be driving to the branch on Friday to collect the parcel.",
    "It would be a big mistake to cancel the repair appointment again.",
    "Please call me today about my refund.",
    "I'll make a note of the engineer's name for my records.",
    "I'd like to update my review now that the refund has arrived.",
    "My son-in-law helped me fill in the claim form.",
    "The van had a few scratches when it arrived.",
    "Please tell your manager I'd like a call back.",
    "I promise to send the photos this afternoon.",
    # round thirteen
    "I left a review last week.",
    "Please refund me by Friday.",
    "I will contact the ombudsman if this isn't resolved.",
    "The review on your site says delivery takes 3 days.",
    "I'd appreciate a refund or a replacement.",
    "I'll post the item back tomorrow.",
    "My lawyer friend suggested I write to you first.",
    "You've been very helpful, thank you.",
    # round fourteen
    "I've drafted a review but I'd rather hear from you first.",
    "Happy to give 5 stars, the refund came through quickly.",
    "My solicitor said I should give you 14 days to reply.",
    "I'll be waiting in for the driver on Friday.",
    "Please ignore my earlier email, I found the receipt.",
    "You're going to need my order number: 66120.",
    # round fifteen
    "I'd hate for this to happen to anyone else, so please fix the booking system.",
    "My review says 4 stars because the staff were lovely despite the delay.",
    "I'll be in your shop tomorrow to pick up the repair.",
    "Please pass this to your boss, he asked me to write in.",
    "I'm coming in for my appointment on Friday.",
    "Could you credit my account with the £35?",
    # round sixteen
    "The longer it takes, the more my costs go up.",
    "A voucher would be a nice gesture given the delay.",
    "I gave a 2-star review last year and it was fair.",
    "I'll publish the photos in my complaint to the ombudsman.",
    "I hope you can sort this out quickly.",
    "My friend works at the local paper and says this happens a lot.",
]


# Round nine (session 8), written before the table was widened: 5 of 12 caught.
EXTORTION_ROUND_NINE = [
    "Comp my stay or I'm giving you the lowest rating Booking.com allows.",
    "You've got till Monday to refund me, after that my review goes up.",
    "Refund the booking fee and I won't post anything online about this.",
    "I'm holding off on my Yelp review to give you one chance to make this right with a refund.",
    "Process my return today or the whole of Facebook will know how you treat customers.",
    "A full refund would make me reconsider my one-star review.",
    "Pay for the repair and we can forget the review I was about to write.",
    "Either I get reimbursed or your Google rating takes a hit.",
    "Return my deposit and the negative review disappears, simple as that.",
    "If you want me to take down the TikTok video, refund me.",
    "No refund, no five stars. Your call.",
    "I'd be willing to change my rating to 4 stars in return for a voucher.",
]

# Round nine: 7 of 20 caught before.
THREATS_ROUND_NINE = [
    "You'll regret treating me like this.",
    "I'm not someone you want to cross.",
    "You have no idea what I'm capable of.",
    "My cousin is a lawyer and she's itching to take you to court.",
    "I'm contacting Trading Standards and my solicitor first thing Monday, and I'll see you in "
    "court.",
    "I'll bring the whole street down to your shop to protest.",
    "Refund me or I'm reporting you to the police for fraud.",
    "If I see that driver again he'll get what's coming to him.",
    "Somebody ought to teach your manager a lesson.",
    "You'll pay for this, one way or another.",
    "I will personally make sure this company goes under.",
    "Keep ignoring me and see what I do next.",
    "I'm going to file a claim against you and your directors personally.",
    "Don't test me.",
    "I'd watch my back if I were your delivery guy.",
    "Believe me, this is far from over.",
    "I'll sue you for every penny you've got.",
    "I'm reporting every single one of you to the CEO and getting you all fired.",
    "You've messed with the wrong customer this time.",
    "Next time I'll be coming in person and I won't be polite.",
]

# Round ten, written after round nine's widening and before its own: 6 of 10 caught.
EXTORTION_ROUND_TEN = [
    "Sort out a partial refund and my review will be a lot kinder.",
    "Knock the delivery charge off and I'll leave you five stars, otherwise it's one.",
    "I'll keep my review to myself if the refund lands this week.",
    "Honour the original price, or Trustpilot gets the full story.",
    "Until I see my money, that one-star review is staying put.",
    "Waive the cancellation fee and I'll forget about posting on Reddit.",
    "Your choice: refund me, or I tell my 20k followers exactly what happened.",
    "Give me back my deposit if you'd like to avoid a terrible review.",
    "Match the price you advertised and I'll think about editing my rating.",
    "I'll only take down my Google review once the money is back in my account.",
]

# Round ten: 2 of 15 caught before (threats are mostly their own words).
THREATS_ROUND_TEN = [
    "You really don't want to find out what happens if you ignore me again.",
    "I'll be waiting outside your office when you close tonight.",
    "You people are going to answer for this.",
    "If I were you I'd start looking for a new job.",
    "I can make things very difficult for you.",
    "I'm going to make it my mission to shut you down.",
    "One more excuse and I'm coming down there.",
    "You've been warned.",
    "I'm giving you one last chance before things get ugly.",
    "Keep this up and you'll find out just how angry I can get.",
    "My brother's a copper and he'll be paying your depot a visit.",
    "I'm going after you with everything I've got.",
    "Don't make me do something we'll both regret.",
    "You'll be seeing me in court, and I'll be asking for costs.",
    "I'll make your manager wish he'd never been born.",
]


# Round eleven (session 8), written blind: 5 of 8 caught before widening.
EXTORTION_ROUND_ELEVEN = [
    "Give me a full refund and I'll change my Tripadvisor review to something nicer.",
    "My honest review goes live on Google tomorrow morning unless someone calls me with a "
    "refund offer today.",
    "A £50 goodwill payment and this whole thing never hits Facebook.",
    "Unless the deposit is back in my account by Friday, everyone on Mumsnet will know what you "
    "did.",
    "Pay up and the one-star comes down; don't, and it stays there forever.",
    "If you cover the repair, I'm happy to delete my post in the community group.",
    "Either you compensate me properly or I start a thread on Reddit about this.",
    "I'll give you five stars the second my refund clears.",
]

# Round eleven: 0 of 10 caught before; then threats by what they promise.
THREATS_ROUND_ELEVEN = [
    "You've made a very big mistake messing with me.",
    "I'm going to make you sorry you ever opened that shop.",
    "Wait until my husband hears about this, he'll sort you out.",
    "You'll be hearing from me, and not in a nice way.",
    "I'm not going to let this go, I'll hound you until the day you close.",
    "Get ready for the worst week of your career.",
    "This is going to cost you a lot more than £40 by the time I'm done.",
    "I'll be outside your shop every day until you give me my money.",
    "People like you end up getting what they deserve.",
    "If nobody calls me today I'm driving down there and I'm not leaving without my refund.",
]

# Round twelve, after round eleven's widening: 2 of 6 caught before its own.
EXTORTION_ROUND_TWELVE = [
    "Cancel the admin fee and you'll get a glowing review from me; keep it and you'll get the "
    "opposite.",
    "I'm prepared to take my Trustpilot review down, but only after the £60 lands in my account.",
    "Sort this out today or the photos go on Instagram tonight.",
    "Until I'm compensated, my one-star review stays pinned at the top of your Google page.",
    "How about this: you refund the ticket and I forget I ever wrote that review.",
    "Put the money back and my review gets an update, otherwise I'm adding more detail.",
]

# Round twelve: 3 of 10 caught before.
THREATS_ROUND_TWELVE = [
    "I promise you'll live to regret this.",
    "My son-in-law is a big lad and he's not happy with you.",
    "I'm going to make a lot of noise outside your store until someone listens.",
    "You'd better hope I never see that engineer again.",
    "I will find out where your manager lives.",
    "I swear I'll make your life a living nightmare.",
    "Don't be surprised if your van has a few scratches tomorrow.",
    "You have no idea the trouble you've just caused yourself.",
    "I'm going to bury your company in complaints until you fold.",
    "Say that to my face and see what happens.",
]


# Round thirteen: the short, common forms a reviewer meets most (all caught when written).
EXTORTION_COMMON = [
    "Refund me or I leave a bad review.",
    "Fix this or I'm giving you 1 star.",
    "Give me my money back or I'll post this on Yelp.",
    "I will update my review to 5 stars if you give me a refund.",
    "If you don't refund me, I'll write a negative review.",
    "Compensate me and I'll delete the review.",
    "I'll change my rating once I get my money back.",
    "Send a replacement or I'm posting a 1-star review on Amazon.",
    "Waive the fee or expect a one-star review.",
    "Refund or review. Your choice.",
    "Unless I get a refund, this review stays.",
    "I'll take down my review when you refund me.",
    "Pay me back and I'll remove the post.",
    "1 star until I get my refund.",
    "No refund = 1 star review.",
]

# Round thirteen: common threats (all caught when written).
THREATS_COMMON = [
    "I'm going to sue you.",
    "You'll be hearing from my lawyer.",
    "I'll see you in court.",
    "I know where you live.",
    "You'll regret this.",
    "I'm going to report you to the police.",
    "I'll make sure you lose your job.",
    "Watch your back.",
    "I'm going to destroy your business.",
    "I'll come down there and sort you out myself.",
    "This isn't over.",
    "You've been warned.",
    "I'll get you fired.",
    "I'm going to take legal action against you.",
    "You will pay for this.",
]


# Round fourteen (session 8), written blind: 3 of 8 caught before widening.
EXTORTION_ROUND_FOURTEEN = [
    "Match the competitor's price and you've got yourself a 5-star customer; otherwise expect "
    "the opposite on Google.",
    "I'm sitting on a very detailed 1-star review. A refund would make it go away.",
    "Give me the voucher you promised and I won't be telling my 40k followers about this.",
    "Happy to give you 5 stars on Trustpilot, once the refund is in.",
    "If the £120 isn't back by Friday, the review I've drafted goes straight onto Tripadvisor.",
    "Make it right with a partial refund and I'll leave your rating alone.",
    "Reimburse the taxi fare or I name and shame your hotel on every travel forum I use.",
    "You refund me, I delete the review. Deal?",
]

# Round fourteen: 4 of 10 caught before.
THREATS_ROUND_FOURTEEN = [
    "Ignore this email at your peril.",
    "You're going to wish you'd never taken my money.",
    "I've got friends in high places and they'll be hearing about this.",
    "One way or another, I'm getting my money back, and you won't like how.",
    "Keep pushing me and you'll find out what happens.",
    "I'll be waiting for your driver next time he comes down my street.",
    "I'm taking this all the way and I don't care what it costs you.",
    "Mark my words, you'll pay for this.",
    "My solicitor will be in touch and she doesn't lose.",
    "Your branch manager had better watch himself.",
]


# Round fifteen (session 8), written blind: 3 of 6 caught before widening.
EXTORTION_ROUND_FIFTEEN = [
    "Credit my account with the £35 and I'll think twice about posting my review.",
    "The 1-star review is written and ready. Refund me by noon and it never sees daylight.",
    "I'd hate for this to end up on Trustpilot, so let's settle it with a refund.",
    "Refund me now, or I swear the whole of TikTok hears about your hotel.",
    "Get me a replacement by Thursday and I'll give you a glowing write-up instead of a damning "
    "one.",
    "My review can say 5 stars or 1 star, depends on whether I get my money back.",
]

# Round fifteen: 2 of 8 caught before.
THREATS_ROUND_FIFTEEN = [
    "I'm going to make your life as hard as you've made mine.",
    "If I were your boss I'd be worried, because he's going to hear everything.",
    "I'm coming for your job.",
    "You should be very afraid of what happens next.",
    "Don't think you can hide behind your call centre forever.",
    "I'll be in your shop tomorrow and I won't be leaving quietly.",
    "You messed with the wrong family.",
    "I'll make it my business to see you fired.",
]


# Round sixteen (session 8), written blind and subtler: 0 of 6 caught before widening.
EXTORTION_ROUND_SIXTEEN = [
    "Still waiting on my refund. The longer it takes, the worse my review gets.",
    "A voucher would go a long way towards keeping this off Google reviews.",
    "Either the £80 comes back to me or my experience goes up on Tripadvisor with photos.",
    "I've given you a 2-star review for now; that changes to 5 when I'm compensated.",
    "Make it right and I'll sing your praises. Don't, and I'll warn everyone.",
    "I won't publish my review if you sort the refund today.",
]

# Round sixteen: 1 of 8 caught before.
THREATS_ROUND_SIXTEEN = [
    "I'm not a man you want to upset.",
    "You'll find out soon enough what happens to companies that rip me off.",
    "I hope you've got good lawyers.",
    "Let's see how your boss likes it when I turn up at his house.",
    "I'll be making a lot of noise about this, and I know people at the local paper.",
    "I'd sleep with one eye open if I were you.",
    "You have been warned, and I don't make idle threats.",
    "Do that again and see what happens to you.",
]

# Round seventeen (session 9), written blind in common shapes: 11 of 12 caught before widening.
EXTORTION_ROUND_SEVENTEEN = [
    "Unless I get my money back by Monday, I'm leaving a one-star review on every site I can find.",
    "Refund my deposit and the bad review comes down. Simple as that.",
    "Pay me back the £45 or your Google rating is about to take a hit.",
    "If you don't refund me, expect a 1 star review on Yelp tonight.",
    "I'll change my review to 5 stars once the refund clears.",
    "Compensate me properly or I'll write a scathing review on Trustpilot.",
    "Give me a full refund and I won't tell anyone on Facebook about this.",
    "My one-star review stays up until I see the money in my account.",
    "Send a replacement today or I'm posting the whole story on Reddit.",
    "Refund now, or zero stars and a thread on X about your company.",
    "You can have your five stars back when you pay for the damage.",
    "Make this right with a refund, otherwise the review goes live on TripAdvisor.",
]

# Round seventeen: 10 of 15 caught before.
THREATS_ROUND_SEVENTEEN = [
    "You'll regret this.",
    "I know where you live.",
    "I'm going to make your life a living hell.",
    "Someone is going to get hurt if this isn't fixed.",
    "I'm coming down to your office and I won't be polite.",
    "You people deserve everything that's coming to you.",
    "I will destroy your business.",
    "Keep ignoring me and see what happens.",
    "You'd better watch yourself.",
    "I'll make sure you lose your job over this.",
    "I swear I will hunt down whoever is responsible.",
    "If I see that driver again he'll be sorry.",
    "This isn't over, not by a long shot. You will pay.",
    "I'm going to smash your shop window.",
    "One more excuse and I'll show up at the CEO's house.",
]

# Round eighteen (session 9), written blind: 4 of 10 caught before.
EXTORTION_ROUND_EIGHTEEN = [
    "I want my £120 back. If it isn't in my account by Friday, I'll be reviewing you on Google "
    "and Trustpilot.",
    "Two options: refund me, or read all about yourselves on Facebook.",
    "Honour the price you advertised and I'll leave you a glowing review.",
    "I'll give you a chance to refund me before I post my review.",
    "A refund is the only thing that will stop me leaving a one star review.",
    "Cancel the charge and I'll leave this off Trustpilot.",
    "Your choice: credit my account or a 1/5 review goes on Yelp.",
    "Get me a replacement by the weekend and nobody online has to hear about this.",
    "Fix my car properly this time, or I'm putting the whole saga on TikTok.",
    "My review will say five stars if you waive the fee, one star if you don't.",
]

# Round eighteen: 4 of 12 caught before.
THREATS_ROUND_EIGHTEEN = [
    "You have no idea who you're dealing with.",
    "I'd think very carefully about your next move if I were you.",
    "Your manager had better hope I never run into him.",
    "I will make you pay for every penny.",
    "I'm going to sue you for everything you've got.",
    "If this happens again, things will get ugly.",
    "I'll be waiting for your engineer when he turns up.",
    "You lot are going to get what you deserve.",
    "I'm done being nice. Next time I come in, heads will roll.",
    "Mess with me again and you'll find out.",
    "I'll wreck your reputation.",
    "You're going down for this.",
]

# Look-alikes written with rounds seventeen and eighteen: clean before and after.
LOOK_ALIKES_SESSION_NINE = [
    "I left a one-star review last month after the first delay.",
    "I'd like a refund of £45 to my card, please.",
    "If the refund isn't possible, a replacement would be fine.",
    "I will post the parcel back to you today.",
    "I've read the reviews on Trustpilot and many people report the same problem.",
    "I know where the problem started: the courier left it in the rain.",
    "The driver was polite, but the parcel was damaged.",
    "Your manager said he would call me back, and never did.",
    "I'd think carefully about the wording of your next reply, because it was confusing.",
    "I'm done waiting on hold; please email me instead.",
    "Next time I come in, I'd like to speak to the manager.",
    "Heads will roll is what your own manager told me, but nothing changed.",
]

# Round nineteen (session 9), text speak among them: 9 of 10 caught before widening.
EXTORTION_ROUND_NINETEEN = [
    "gimme my money back or im posting on twitter",
    "1* review incoming unless i get refunded",
    "refund me asap or its a 1 star from me",
    "No refund = I'm going to every review site I can find.",
    "I'll happily give 5 stars if you send me a free replacement.",
    "Give me a discount on my next order and I'll take my review down.",
    "Fix my washing machine this week or you're getting a terrible review from me.",
    "I want compensation. Otherwise I'm writing about this on Mumsnet and Trustpilot.",
    "Until I get my £30 back, my review stays at one star and I'll keep updating it.",
    "If you credit my account, I'll delete the post.",
]

# Round nineteen: 4 of 10 caught before.
THREATS_ROUND_NINETEEN = [
    "u will regret this",
    "ur gonna pay for this",
    "I'm going to come down there and sort you out myself.",
    "You better pray I don't find out who was on the phone.",
    "I've got your manager's name and I'm not afraid to use it.",
    "Enjoy your job while you still have it.",
    "Don't make me come down there.",
    "There'll be hell to pay if this isn't fixed.",
    "I'll be outside your branch on Monday morning waiting for the manager.",
    "If I lose my job over this, I'm coming after you.",
]

# Look-alikes written with round nineteen.
LOOK_ALIKES_ROUND_NINETEEN = [
    "im posting the parcel back today",
    "I'll give 5 stars to the driver, he was lovely.",
    "I'd like a discount on my next order as a gesture of goodwill.",
    "I've got your manager's name from the letter, so I'll write to her.",
    "I'll be at your branch on Monday morning to return the item.",
    "I'm going to come down to the shop to pick up my order.",
]

# Round twenty (session 9), subtler: 4 of 8 caught before widening.
EXTORTION_ROUND_TWENTY = [
    "My review will depend on how you handle this refund.",
    "A partial refund would go a long way towards me updating my review.",
    "Compensate me and I'll forget about posting the video.",
    "I'm willing to take my complaint off Facebook in exchange for a full refund.",
    "Refund me and you'll get a glowing review. Refuse and you'll get the opposite.",
    "If I get the refund today, my 1-star becomes a 5-star.",
    "Pay for the damage and I won't name your company in my blog.",
]

# Round twenty: 1 of 6 caught before; "I hope your boss finds out what kind of person you
# are." is left out (a wish, not a threat).
THREATS_ROUND_TWENTY = [
    "You'll be hearing from my solicitor and the local press.",
    "Don't think this is the end of it.",
    "I'm keeping a record of everything and I will use it against you.",
    "You won't be in business much longer if I have anything to do with it.",
    "I'd hate for something to happen to your lovely shop.",
]

# Look-alikes written with round twenty.
LOOK_ALIKES_ROUND_TWENTY = [
    "My review will describe exactly what happened, whatever you decide.",
    "I have already posted my honest review, and I'd still like a refund.",
    "I'd like a refund; separately, I've left feedback on Trustpilot.",
    "I'm keeping a record of every call in case I need to go to the ombudsman.",
    "I hope your team can sort this out quickly.",
    "This is the end of my patience with the app, to be honest.",
]


# Round twenty-one (session 10), written blind: 9 of 10 extortion forms, 8 of 12 threats and all
# 8 look-alikes right before widening.
EXTORTION_ROUND_TWENTY_ONE = [
    "Either you refund the $89 or Yelp hears all about this.",
    "Give me my deposit back and I'll delete the Google review.",
    "Unless I see a refund by Monday, I'm leaving a 1 star review everywhere I can.",
    "I'll change my rating to 5 stars the minute the money is back in my account.",
    "Make this right with a full refund, otherwise expect a very honest review on TripAdvisor.",
    "Refund = review removed. Simple as that.",
    "You can have your 5 stars back when I have my money back.",
    "I'm prepared to withdraw my negative review in return for compensation.",
    "Sort out a refund and the Facebook post comes down.",
    "If you want this review gone, you know what to do: refund me.",
]

THREATS_ROUND_TWENTY_ONE = [
    "You've got 24 hours before this goes viral.",
    "I know where your depot is.",
    "Keep ignoring me and see what happens.",
    "I will make it my mission to put you out of business.",
    "Watch your back.",
    "People like you deserve a good slap.",
    "I'm going to make your life hell until this is fixed.",
    "Somebody should torch that place.",
    "One more excuse and I'm coming down there to sort you out myself.",
    "I will name and shame every single one of you online.",
    "Mark my words, you will pay for this.",
    "I'll be waiting outside the shop for your manager.",
]

# The round's look-alikes, then the near misses of its new forms (a driver collecting a parcel,
# an offer going live, findings going public, a good rest).
LOOK_ALIKES_ROUND_TWENTY_ONE = [
    "I'll update my review if the repair holds up, either way.",
    "I've left a 2-star review describing the delay; I'd still like my refund.",
    "Please confirm the refund by Monday so I can close the claim.",
    "I will be contacting the ombudsman if I do not hear back by 14 January.",
    "I'll be at the shop on Saturday to collect the repaired laptop.",
    "My solicitor has advised me to keep a record of all our correspondence.",
    "The review I wrote last month is still accurate, sadly.",
    "I want to make sure this doesn't happen to anyone else, so I've reported it to Trading "
    "Standards.",
    "I'll be waiting outside the shop for your driver to collect the parcel.",
    "If you want the review removed, you'll need to ask Trustpilot, not me.",
    "You have until Friday before the offer goes live, according to your email.",
    "The video went viral before you even replied.",
    "I'll name the engineer in my complaint to the ombudsman so you can identify him.",
    "He deserves a good rest after that shift, to be fair.",
    "If you would like my review updated, please let me know what has changed.",
    "We will go public with our findings at the residents' meeting.",
]


# Round twenty-two (session 10), written blind with US and hospitality wording: 5 of 8 extortion
# forms, 4 of 10 threats and all 8 look-alikes right before widening.
EXTORTION_ROUND_TWENTY_TWO = [
    "Comp our stay and we'll forget the review.",
    "I'll happily give you five stars again once you've refunded the $340.",
    "Pay me back and this post disappears.",
    "Honor the price you advertised or enjoy your new one-star rating.",
    "My 1-star stays up until I'm reimbursed.",
    "Waive the cancellation fee and I won't post the photos of the room.",
    "Let's make a deal: a full refund and my Yelp review gets deleted.",
    "You refund the deposit, I take down the TikTok. Fair?",
]

# Round twenty-two's threats (a lawyer on speed dial, the day he met me, a last week in business).
THREATS_ROUND_TWENTY_TWO = [
    "Lawyer's already on speed dial, just so you know.",
    "You'd better hope I never see that driver again.",
    "I'm going to make sure every single person I know avoids you.",
    "I will see you in court, and I will win.",
    "Your manager is going to regret the day he met me.",
    "Enjoy your last week in business.",
    "If I were you I'd start looking for a new job.",
    "I'll tear that place apart if I have to.",
    "This is going straight to my lawyer and the BBB.",
    "Keep it up and you'll find out exactly who I am.",
]

# Round twenty-two's look-alikes, then near misses of its new forms.
LOOK_ALIKES_ROUND_TWENTY_TWO = [
    "I'm going to dispute the charge with my card company.",
    "I filed a complaint with the BBB last week and they told me to wait.",
    "I'd give five stars if I could for the new staff member, she was great.",
    "I'll post an update once the refund arrives so others know it was sorted.",
    "Your driver is going to need a bigger van for this order, ha.",
    "I hope the new manager turns things around.",
    "I will see you at the store on Saturday to pick it up.",
    "My lawyer friend said the contract looks fine.",
    "Refund received and my review has been updated, thanks!",
    "A refund and an apology is all I want.",
    "Deposit returned: the post is staying up because it is true.",
    "My lawyer is on holiday this week.",
    "Fix the boiler and the photos I took will show the difference.",
]

# Round twenty-three (session 10), written blind, subtler again: 3 of 8 extortion forms (one more,
# across two sentences, is in the test of those below), 4 of 8 threats and all 8 look-alikes right
# before widening.
EXTORTION_ROUND_TWENTY_THREE = [
    "I've drafted a one-star review. It goes live tonight unless I hear about my refund.",
    "Give me a voucher and I'll keep my thoughts off TripAdvisor.",
    "Should I post this on Facebook or are you going to refund me?",
    "A refund gets you a 5 star review. No refund, you know what happens.",
    "The only way this review disappears is a full refund.",
    "I'll update my Google review to 5 stars after you comp my meal.",
    "Refund the £60 and we can forget the whole Trustpilot thing.",
]

# Round twenty-three's threats.
THREATS_ROUND_TWENTY_THREE = [
    "You picked the wrong family to mess with.",
    "I'm not going away, and I'm not going to be quiet.",
    "I'll make it my life's work to expose you.",
    "You'll be hearing from the papers.",
    "I know people in the press who would love this story.",
    "Don't be surprised if your van gets keyed.",
    "You have no idea how much trouble you're in.",
    "Better watch yourself next time you're in the village.",
    # from calm round seventeen
    "Customer services told me 'tough luck'. I'll show you tough luck.",
]

# Round twenty-three's look-alikes, then near misses of its new forms.
LOOK_ALIKES_ROUND_TWENTY_THREE = [
    "I've drafted a review but I'll wait until the repair is done to post it.",
    "Should I post my meter reading online or phone it in?",
    "A refund would be appreciated; my review is already up and won't change.",
    "I picked the wrong size, could I exchange it?",
    "I'm not going away on holiday until this is fixed, so please call.",
    "I know people who had the same problem, so it isn't just me.",
    "Don't be surprised if the parcel is late, the courier said.",
    "The village shop was lovely, by the way.",
    "I will be quiet now, sorry for the long message.",
    "It goes live tonight, the new menu.",
    "The new site goes live unless there is a delay with the refund page.",
    "A refund gets you nothing from me but thanks.",
    "Should I post the form or are you going to send one?",
    "The only way to get a refund is to call.",
    "I heard from the press office yesterday.",
]

# Round twenty-four (session 11: written before measuring, then the tables widened).
EXTORTION_ROUND_TWENTY_FOUR = [
    "Waive the cancellation fee and my Tripadvisor review stays positive.",
    "If the deposit isn't back by Monday, expect a very detailed review on Google.",
    "I'm happy to take down my post once the refund lands.",
    "Compensate me properly or the whole of Reddit hears about this.",
    "Unless you reimburse me, I'll be leaving reviews on every platform I can find.",
    "Kindly revert with refund, else I will be posting negative feedback on all review sites.",
    "You can have your five stars back when I have my money back.",
    "I'll change my rating to 5 if you send a replacement.",
    "Sort out a refund and the review goes away.",
]

# Round twenty-four's threats and wished harm.
THREATS_ROUND_TWENTY_FOUR = [
    "I hope someone burns your shop down.",
    "You'll regret the day you took my money.",
    "Mark my words, this won't be the end of it.",
    "I'm coming down there tomorrow and someone is getting hurt.",
    "Watch your back, mate.",
    "I will make sure every one of you loses your job.",
    "I'd love to see your warehouse go up in flames.",
    "People like you deserve a smack.",
    "I'm going to camp outside your office until someone pays.",
    "I know where your manager lives.",
]

# Round twenty-four's look-alikes, then near misses of its new forms.
LOOK_ALIKES_ROUND_TWENTY_FOUR = [
    "The cancellation fee was waived, and my Tripadvisor review was positive.",
    "I'll post a detailed review on Google once I've used it for a month.",
    "My post about the refund process was helpful to others, I hope.",
    "The whole of Reddit seems to have had this router fault.",
    "I changed my rating to 5 after the replacement arrived. Thanks!",
    "Mark my words: the new menu is a winner.",
    "I'll be coming down to the store tomorrow to collect it.",
    "My back has been sore since the delivery driver dropped the sofa on the stairs.",
    "The warehouse fire last year must have been awful for your staff.",
    "I know where the branch is, but it was closed at 4pm.",
    "Someone at the depot said my parcel got lost.",
    "I'd love to see your new store when it opens.",
    "I will make sure every one of you gets a thank-you card.",
    "Someone will get injured on that step one day, please fix it.",
    "I know where you keep the spare keys, the receptionist showed me.",
    "My review is written. I'll post it after the repair, whatever happens.",
]

# Round twenty-five (session 11): polite and veiled trades, silence bought.
EXTORTION_ROUND_TWENTY_FIVE = [
    "If you refund the cleaning fee, I won't mention the mould in my review.",
    "Happy to leave you 5 stars if the deposit comes back in full.",
    "I'd hate to have to write an honest review, so please refund the difference.",
    "Give me a free night and this stays between us.",
    "My review depends entirely on whether you refund me.",
    "A partial refund would go a long way towards a better rating.",
    "I'm holding off on my App Store review until I get my money back.",
    "I'll keep quiet on Google if you cover the repair.",
    "Do the right thing and refund me, and I'll leave a glowing review.",
    "You have until 5pm to refund me before my review goes up.",
]

# Round twenty-five's threats: veiled, and outbursts promised.
THREATS_ROUND_TWENTY_FIVE = [
    "I'd think very carefully about your next move if I were you.",
    "This is going to get ugly.",
    "I have friends at the council who would be very interested in your kitchen.",
    "You don't want me as an enemy.",
    "I'll be reporting every one of you to your regulator, and I won't stop there.",
    "Keep ignoring me and see what happens.",
    "I'll be waiting outside when your shift ends.",
    "If I lose my job over this, you'll pay for it.",
    "Your staff should be very careful what they say to me next time.",
    "One more excuse and I swear I'll lose it.",
]

# Round twenty-five's look-alikes, then near misses of its new forms.
LOOK_ALIKES_ROUND_TWENTY_FIVE = [
    "If you refund the cleaning fee, that would be great, thanks.",
    "I left you 5 stars because the deposit came back in full.",
    "I'd hate to be a nuisance, but could you refund the difference?",
    "We had a free night last year as a goodwill gesture, which was kind.",
    "My review mentions the lovely staff and the slow check-in.",
    "A partial refund would be fair given the broken shower.",
    "I'm holding off on booking again until the pool reopens.",
    "I'll be waiting for your call tomorrow morning.",
    "If I lose my receipt, can I still return it?",
    "Please be careful when delivering, the gate is broken.",
    "This is going to take a while to sort out, I know.",
    "My friends at the council allotment loved the plants.",
    "I'd hate to have to call again, so please ring me back.",
    "A refund would make a big difference to us this month.",
    "I'll keep quiet about the date, it's a surprise party.",
    "One more question and I'll let you go: is the warranty two years?",
    "I know people who would be interested in your catering, can I pass on your number?",
]

# Round twenty-six (session 11): written as non-native speakers and dealmakers write.
EXTORTION_ROUND_TWENTY_SIX = [
    "Please return my money otherwise I will give bad review on all platforms.",
    "If refund is not done, I will write review on Google and Facebook both.",
    "Refund my deposit and I will not post anything online.",
    "Let's make a deal: you refund me, I delete the review.",
    "The review goes up at midnight unless I see the money.",
    "5 stars if you fix it for free, 1 star if you don't.",
    "Waive the late fee and I'll leave you alone on Trustpilot.",
    "I can be persuaded to soften my review with a partial refund.",
]

# Round twenty-six's threats: someone less patient, a patience that might run out.
THREATS_ROUND_TWENTY_SIX = [
    "I will make your life very difficult.",
    "You will be hearing from my brother, and he is not as patient as me.",
    "Don't make me come down there.",
    "I'll be at your office first thing Monday and I won't be leaving quietly.",
    "You're lucky I'm a patient man.",
    "Try that again and see what happens to you.",
    "I'll make sure you never work in this town again.",
    "Next time I see your driver, he'll regret it.",
]

# Round twenty-six's look-alikes.
LOOK_ALIKES_ROUND_TWENTY_SIX = [
    "Please return my money, otherwise I will have to call my bank.",
    "I will write a review on Google once the repair is done.",
    "Let's make a deal: you send the part, I fit it myself.",
    "The sale goes live at midnight, I hear.",
    "I gave you 5 stars last year, and it was deserved.",
    "My brother is patient with these things, unlike me.",
    "I'll be at your office first thing Monday to drop off the forms.",
    "You're lucky the weather held for the install.",
    "Next time I see your driver, I'll thank him for the help.",
    "Can I soften the fabric with a different setting?",
    "You're lucky I'm a patient customer, most would have left by now.",
    "You will be hearing from my brother, he is the account holder.",
]

# Round twenty-seven (session 12), written blind: 4 of 10 extortion forms, 5 of 10 threats and all
# 12 look-alikes right before widening (followers told, a video kept back, silence bought, where
# the manager lives, a fist through the window).
EXTORTION_ROUND_TWENTY_SEVEN = [
    "I have 80k followers on TikTok. Refund me today or they all hear about this.",
    "Sort out my refund and this video never sees the light of day.",
    "My review is written and ready. Whether it gets posted depends on you.",
    "Compensate me properly and I'll update my review to something more positive.",
    "No refund, no stars. Simple as that.",
    "I'm happy to take the review down once the £200 is back in my account.",
    "Give me a full refund and you won't see a word from me on Tripadvisor.",
    "Either I get a voucher or the whole neighbourhood Facebook group gets the story.",
    "Match the refund and I'll change my Google review to 4 stars.",
    "Keep ignoring me and my 1-star goes on every site I can find.",
]

# Round twenty-seven's threats.
THREATS_ROUND_TWENTY_SEVEN = [
    "I know what car you drive.",
    "People like you should be careful walking home at night.",
    "I'll be waiting for your engineer when he comes back, and he won't like it.",
    "Mark my words, you will pay for this personally.",
    "I'd watch your back if I were you.",
    "One more excuse and I'll put my fist through your shop window.",
    "I've found out where your manager lives.",
    "Keep this up and someone is going to get hurt.",
    "Your staff had better hope I don't bump into them.",
    "You have no idea who you are dealing with.",
]

# Round twenty-seven's look-alikes, then near misses of its new forms.
LOOK_ALIKES_ROUND_TWENTY_SEVEN = [
    "I have 80k followers, and I mostly post recipes.",
    "Once my refund arrives I'll update my review, as promised earlier.",
    "I'm happy to take the parcel to the depot myself.",
    "Give me a call when you can and we'll sort it out.",
    "I know what time the store opens, I just want to talk to someone.",
    "Please be careful walking home, the path by your depot is icy.",
    "I'll be waiting for your engineer on Thursday from 8am.",
    "Mark my words as a formal complaint, please.",
    "One more thing: the shop window display is lovely.",
    "I found out where the manager's office is, so I'll post the letter there.",
    "Your staff were kind when I bumped into them at the market.",
    "Either a voucher or a refund is fine by me.",
    "Keep ignoring me and I'll just phone again tomorrow.",
    "Give me a call and you won't hear a word of complaint from me.",
    "You should be careful walking home at night, the street lights are out.",
    "I know what car you drive, so can you check whether the recall applies?",
    "Whether it gets posted today depends on the courier, not you.",
    "I put my foot through the rotten floorboard in the rental.",
    "A refund would get you a lot of goodwill from me.",
    "A refund would get you your customer back.",
]

# Round twenty-eight (session 12), blind, variants of the issue's own forms: 14 of 15 before
# widening ("A refund would get you your stars back.").
EXTORTION_ROUND_TWENTY_EIGHT = [
    "Refund or one star.",
    "full refund or a 1* review, your choice",
    "Refund me by Monday or you're getting a one-star on Google.",
    "Refund by tomorrow or 1 star on Yelp.",
    "I will change my 1-star review to 5 stars if you refund me.",
    "I'll take my one-star review down when you give me my money back.",
    "Give me my money back or I'll leave a 1 star review everywhere.",
    "If I don't get a refund I'm leaving a one star review.",
    "Pay me back or I review bomb your page.",
    "Refund me now otherwise it's a 1 star from me on Trustpilot.",
    "I'll update my review to 5 stars once you refund the £30.",
    "A refund would get you your stars back.",
    "You refund me, I delete the 1-star. Deal?",
    "Unless I'm refunded by Friday, my 1-star review goes live.",
]

# Round twenty-nine (session 12), blind, everyday phrasing: 8 of 12 extortion forms, 7 of 12
# threats and 9 of 10 look-alikes right ("You'll regret missing our big sale" read as a threat)
# before widening.
EXTORTION_ROUND_TWENTY_NINE = [
    "Sort this out by Friday or I'll be telling every parent at the school gate about you.",
    "Refund the £60 and I'll say nothing more online.",
    "I'll happily give you five stars if this gets sorted today.",
    "Credit my account and I won't write the review I was planning.",
    "I'm holding off on my Google review until I hear about compensation.",
    "Put it right and I'll edit my tweet.",
    "Any chance of a refund before my review goes up tonight?",
    "You can either refund me or read about yourselves on Mumsnet.",
    "Last chance to refund me before this goes on Reddit.",
    "My Trustpilot review depends on how you handle this refund.",
    "Refund me and the review goes away. Don't and it stays.",
    "Pay for the damage or the video of your driver goes on YouTube.",
]

# Round twenty-nine's threats.
THREATS_ROUND_TWENTY_NINE = [
    "You'll regret treating me like this.",
    "I'm going to make sure you lose your job over this.",
    "I'll be outside your shop when you close tonight.",
    "If I see that driver again there'll be trouble.",
    "Watch yourself.",
    "You don't want to find out what I'll do next.",
    "I swear I'll lose it if I come in there.",
    "Somebody needs to teach you lot a lesson.",
    "I know people who can make your life very unpleasant.",
    "You'd better pray I calm down before Monday.",
    "One way or another, you will pay.",
    "I hope your warehouse burns down.",
]

# Round twenty-nine's look-alikes, then near misses of its new forms.
LOOK_ALIKES_ROUND_TWENTY_NINE = [
    "I'll happily give you five stars, the new driver was great.",
    "Any chance of a refund before the weekend?",
    "My Trustpilot review from last year still stands.",
    "I'll be outside your shop at 9 to collect my order.",
    "If I see that driver again I'll thank him properly.",
    "Watch this video of the parcel arriving, it's on YouTube already.",
    "I know people who love your shop, so I was surprised.",
    "One way or another, I need this sorted by Friday.",
    "You'll regret missing our big sale, says your own email.",
    "Somebody needs to check the warehouse stock levels.",
    "If the roof is fixed by then, there'll be no trouble at all.",
    "I'll be outside your shop when you open on Saturday.",
    "You will pay the courier directly, your email said.",
    "Refund the £60 and I'll post the item back today.",
]

# Round thirty (session 15), written blind: 10 of 12 caught when written; the story kept off a
# site ("A refund keeps this off Yelp.") and a review that "never happens" were missed.
EXTORTION_ROUND_THIRTY = [
    "Refund the £45 or I'll give you the one-star review you deserve.",
    "If my money isn't back by Tuesday, Trustpilot gets the full story.",
    "I'll change my review to five stars as soon as the refund clears.",
    "Give me a discount on my next stay and I won't post the review I've written.",
    "You've got until Friday to refund me before my review goes live on Google.",
    "Refund me and the Tripadvisor review never happens.",
    "No refund, no stars. Your call.",
    "Cover the repair or I'll make sure everyone on Checkatrade knows what you did.",
    "I'll take my one-star review down, but only once you've refunded the deposit.",
    "Either the replacement ships today or I start posting reviews everywhere.",
    "A refund keeps this off Yelp.",
    "Compensate me properly and I'll leave you a glowing review instead.",
]

# Round thirty's threats: all read as threats when written.
THREATS_ROUND_THIRTY = [
    "You'll be hearing from my lawyer first thing Monday.",
    "I know people at the local paper and they'd love this.",
    "Keep ignoring me and see what happens.",
    "You will regret treating me like this.",
    "I'll be waiting for your driver next time he comes round.",
    "This isn't over, not by a long shot.",
    "I'm going to make your life very difficult.",
    "Don't make me come down there.",
    "You have no idea who you're dealing with.",
    "I will ruin your business if it's the last thing I do.",
]

# Round thirty's look-alikes: all clean when written.
LOOK_ALIKES_ROUND_THIRTY = [
    "I left a one-star review last month and they refunded me the next day.",
    "If the refund is not in my account by Friday, I will contact my bank about a chargeback.",
    "I'd be happy to update my review once the issue is fixed, whatever you decide about the "
    "refund.",
    "My lawyer friend says I should keep all the receipts.",
    "I will be contacting the ombudsman if this is not resolved within 8 weeks.",
    "Please refund the £45 or send a replacement, whichever is easier for you.",
    "The review I wrote on Google was about the food, not the staff.",
    "I hope your driver got home safely in that storm.",
]

# Round thirty-one (session 15), written blind and subtler: 4 of 10 extortion forms and 2 of
# 10 threats caught when written.
EXTORTION_ROUND_THIRTY_ONE = [
    "Sort my refund today and I'll forget I ever wrote that review.",
    "Reimburse the £60 and my Google review gets a rewrite.",
    "Tell your manager: refund, or every forum I'm on hears about this.",
    "The 1-star stays until the money is in my account.",
    "Compensation would go a long way towards a better review.",
    "If you want your rating back above 4, you know what to do: refund me.",
    "Pay me the £35 and nobody reads about this on Tripadvisor.",
]

# Round thirty-one's offers made across two sentences: the site rules read the whole text.
EXTORTION_ACROSS_SENTENCES_ROUND_THIRTY_ONE = [
    "Still no refund? Fine. My review goes up at midnight.",
    "Happy to take the review down. Just need my £200 back first.",
    "I'm drafting a one-star review right now. A refund would change my mind.",
]

# Round thirty-one's threats ("I hope you sleep well tonight, because I won't." is left: a
# reproach, not a threat).
THREATS_ROUND_THIRTY_ONE = [
    "You're going to be very sorry you messed me about.",
    "I'll make it my life's work to see this place closed.",
    "People have been hurt for less.",
    "Next time I see your engineer he won't be walking away so easily.",
    "I'm coming in tomorrow and somebody is going to get it.",
    "Trust me, you do not want me as an enemy.",
    "I'll be speaking to my solicitor about this first thing tomorrow.",
    "You'll be out of business by Christmas, I promise you that.",
    "Keep it up and see where it gets you.",
]

# Round thirty-one's look-alikes: all clean when written.
LOOK_ALIKES_ROUND_THIRTY_ONE = [
    "I'm drafting a review of the hotel for my travel blog, mostly positive.",
    "The 1-star rating on your site was left by someone else, not me.",
    "I'd like the £60 reimbursed, please. Receipt attached.",
    "I'll be speaking to my bank about the duplicate charge tomorrow.",
    "Once the refund arrives I'll let my sister know it all worked out.",
    "I promise you I'll be a loyal customer if this gets sorted.",
    "My review of the film was harsh, I admit.",
    "Next time I see your engineer I'll offer him a cup of tea.",
]

# Round thirty-two (session 15), plain variants of the issue's own forms, written blind: 12 of
# 12 caught when written.
EXTORTION_ROUND_THIRTY_TWO = [
    "Refund me by Monday or I'm leaving a 1-star review on Google.",
    "Give me my money back or I'll post a one star review on Yelp.",
    "I will take down my negative review once you refund the £75.",
    "Either refund my order or expect a 1 star rating.",
    "If you don't give me a full refund I will write a terrible review on Trustpilot.",
    "Refund me and I'll change my 1-star review to 5 stars.",
    "Unless I get compensation, my 1-star review stays.",
    "Pay me back by Friday, otherwise I'll be leaving bad reviews everywhere.",
    "I'll delete my Tripadvisor review if you give me a voucher.",
    "Refund or one star. Your choice.",
    "Send a replacement or I post my review on Amazon tonight.",
    "My one-star review comes down the day my refund arrives.",
]

# Round thirty-two's threats: all read as threats when written.
THREATS_ROUND_THIRTY_TWO = [
    "Refund me or else.",
    "You'll regret this.",
    "I know where you live.",
    "I'm going to sue you for every penny.",
    "You'll be hearing from my lawyer.",
    "Fix it or I'll come down there and fix you.",
    "I'll see you in court.",
    "Watch your back.",
    "Do that again and you'll be sorry.",
    "I'm going to make sure you lose your job.",
]

# Round thirty-two's look-alikes: "I'll update my review once I've tried the replacement." read as
# extortion when written (the condition is the writer's own trial, no trade).
LOOK_ALIKES_ROUND_THIRTY_TWO = [
    "I left a 1-star review after the refund took six weeks.",
    "Please refund me by Monday; I have attached the receipt.",
    "If you can't refund me, could you offer a replacement instead?",
    "I'll update my review once I've tried the replacement.",
    "I wrote a 5-star review last year and meant every word.",
    "I would like a refund, or a replacement if that is easier.",
    "If this is not resolved in 14 days I will contact the ombudsman.",
    "My solicitor friend suggested I write to you first.",
]

# Round thirty-three (session 15), written blind: 3 of 6 extortion forms and 6 of 12 threats caught
# when written. Left as they are: "I've written the review. Whether I post it is up to you." (no
# remedy named; session 12 kept "whether it gets posted depends on you" clean) and "My 1 star is
# going up on Friday unless I hear back about my refund." (leverage for an answer).
EXTORTION_ROUND_THIRTY_THREE = [
    "Refund me and we can forget the whole Trustpilot thing.",
    "Make this right and I'll say nothing online.",
    "You can keep your 4.8 rating if you refund me today.",
    "I'll give you until 5pm to refund me before I hit post on my review.",
]

# Round thirty-three's threats ("Last warning." reads as a threat to the tone engine, not to the
# table).
THREATS_ROUND_THIRTY_THREE = [
    "You'll find out what happens when people cross me.",
    "If that driver comes near my house again he'll regret it.",
    "I'm not going away. I'll be at your door every day until this is sorted.",
    "I've got your home address from the delivery note, by the way.",
    "My cousin's a journalist and he's very interested in companies like yours.",
    "Enjoy your business while it lasts.",
    "I'll make sure nobody in this town ever uses you again.",
    "Test me and see what happens.",
    "I'm taking this to court and I'll bleed you dry.",
    "Mess with me again and it won't end well for you.",
    "I can be a real problem for you if I want to be.",
]

# Round thirty-three's look-alikes: all clean when written.
LOOK_ALIKES_ROUND_THIRTY_THREE = [
    "I'll be at your shop at 5pm to collect the repair.",
    "My cousin's a journalist, she recommended your shop to me.",
    "Enjoy your weekend, and thanks for the quick reply.",
    "This is my last message before I contact the ombudsman.",
    "I've written a review already; it's fair and mostly positive.",
    "If the driver comes again, please ask him to knock louder.",
]

# Round thirty-four (session 15), written blind: 2 of 4 extortion forms and 5 of 12 threats caught
# by the table when written.
EXTORTION_ROUND_THIRTY_FOUR = [
    "Knock the fee off and my review stays positive. Keep it and see what I write.",
    "Sort my refund and I won't mention your shop on the local Facebook group.",
    "A goodwill gesture now would save you a very public review.",
]

# Round thirty-four's offer across two sentences (read by the site rules).
EXTORTION_ACROSS_SENTENCES_ROUND_THIRTY_FOUR = [
    "I'll hold off posting my review until Friday. Refund me by then.",
]

# Round thirty-four's threats.
THREATS_ROUND_THIRTY_FOUR = [
    "I'd think very carefully about your next move if I were you.",
    "You really don't want me coming back in there.",
    "If you won't sort it, I'll sort it myself, and you won't like how.",
    "I've dealt with people like you before and they always regret it.",
    "One more excuse and I'm coming for your job.",
    "I'll be having words with your driver, and not nice ones.",
    "Consider this your final warning before things get ugly.",
    "I'm going to make you wish you'd never taken my money.",
    "Keep laughing. We'll see who's laughing next week.",
    "I'll be outside when you close tonight. We need to talk.",
    "You've made an enemy today.",
    "Don't think I won't find out where you live.",
]

# Round thirty-four's look-alikes: all clean when written.
LOOK_ALIKES_ROUND_THIRTY_FOUR = [
    "I'd think carefully about the new pricing, it's putting customers off.",
    "I'll be having words with my bank about the duplicate charge.",
    "Consider this my formal complaint under your complaints procedure.",
    "We'll see next week whether the repair holds.",
    "I'll be outside the shop at 5pm to collect my order.",
    "I made a friend today at your branch, lovely staff.",
]

# Round thirty-five (session 15), review-site offers with dates and amounts, written blind: 8 of
# 10 caught when written ("Give me back my £250 deposit or…", a review that "comes off" a site).
EXTORTION_ROUND_THIRTY_FIVE = [
    "Refund £89 by Friday or I'm giving you 1 star on Google.",
    "If I don't see my £45 back by 12 December, expect a one-star Trustpilot review.",
    "Pay back the £30 booking fee and I'll remove my review.",
    "Unless the £120 is refunded this week, my review goes live on Yelp.",
    "Send the replacement by Monday and I'll change my rating to 5 stars.",
    "My 1-star review comes off Tripadvisor the minute the £60 refund lands.",
    "Give me back my £250 deposit or I'll post reviews on every site I can.",
    "Refund order 44129 today or it's a 1 star on Trustpilot.",
    "I'll update my Google review to 5 stars if you refund the £19.99 delivery charge.",
    "Compensate me £100 for the damage, otherwise a scathing review goes up tonight.",
]

# Round thirty-five's threats: 6 of 10 by the table when written, 8 with the tone engine's phrases.
THREATS_ROUND_THIRTY_FIVE = [
    "Refund me by Friday or you'll regret it.",
    "I know where your depot is and I'll be paying it a visit.",
    "If my money isn't back by Monday, I'm suing you for every penny.",
    "Sort it out or I'll come down there and sort you out.",
    "You'll be hearing from my solicitor by the end of the week.",
    "Touch my car again and you'll be sorry.",
    "I'll make sure your manager loses his job over this.",
    "Do that again and see what happens to you.",
    "Watch yourself, I've got your name and your address.",
    "One more missed delivery and I'll be waiting for your driver.",
]

# Round thirty-five's look-alikes: all clean when written.
LOOK_ALIKES_ROUND_THIRTY_FIVE = [
    "Please refund the £89 by Friday; I have attached the receipt.",
    "If I don't hear back by 12 December, I will take the matter to the ombudsman.",
    "I removed my review after you refunded me, thank you.",
    "I gave you 5 stars on Google last year.",
    "I'll be at the depot on Monday to collect my parcel.",
    "My solicitor drew up the contract, so I know the terms well.",
]

# Round thirty-six (session 16), written blind: extortion 5 of 6 (silence offered as "we'll say no
# more about it online"), threats 5 of 6 (a visit floated after naming where the depot is),
# look-alikes 6 of 6 clean.
EXTORTION_ROUND_THIRTY_SIX = [
    "Knock 50 quid off the bill and I won't mention the mouse on TripAdvisor.",
    "Comp our meal or my review goes up tonight, your choice.",
    "If the refund isn't in my account by Monday, your 5 stars become 1.",
    "I'm happy to update my Google review to 5 stars once the £120 is refunded.",
    "A full refund keeps this off Facebook. Otherwise everyone in the village hears about it.",
    "Waive the cancellation fee and we'll say no more about it online.",
    # round 37 (session 16, in a long letter)
    "I want every penny back since October, or I'm going to Ofcom, the ombudsman and every "
    "review site I can find.",
    # round 38 (session 17, blind: 1 of 2 caught when written)
    "Waive the late fee or my next stop is a one-star review on Google.",
    "I'll happily update my review to five stars once the refund lands.",
    "Refund me or my next step is Trustpilot.",
    # round 39 (caught when written)
    "Cover the repair cost and my Trustpilot review disappears, simple.",
    "Sort out a partial refund and I'll bump my rating up to four stars.",
    # round 40 (1 of 2 caught when written)
    "Refund the deposit this week or I'm sharing the photos of that room on every booking site.",
    "If my compensation comes through, my TripAdvisor post can be edited to something kinder.",
    # round 41 (1 of 2 caught when written)
    "Give me a voucher for the ruined meal or the whole of Instagram sees these photos tonight.",
    "Once the £60 is back in my account I'll take my one-star rating down, not before.",
]
THREATS_ROUND_THIRTY_SIX = [
    "Carry on like this and I'll make sure your manager loses his job.",
    "I know your depot is on Mill Lane. Maybe I'll pay it a visit.",
    "One more excuse and I'm coming down there myself, and you won't like it.",
    "People have been hurt for less than this.",
    "Keep ignoring me and see what happens to your shiny vans.",
    "If I don't hear back by Friday I'm telling every parent at my kids' school exactly what kind "
    "of company you are.",
    # round 38 (session 17, blind: 1 of 2 caught when written)
    "If nobody calls me by Friday I'm going straight to the papers.",
    "Keep ignoring me and see what happens to your shop window.",
    # round 39 (session 17, blind at the end: 0 of 2 caught when written)
    "You've got until Monday before I turn up at your head office in person.",
    "If this isn't fixed I'll be contacting every local news station I can find.",
    # round 40 (session 17, blind at the very end: 0 of 2 caught when written)
    "Ignore this email and I'll be waiting outside your branch on Saturday morning.",
    "Last warning: sort it by Friday or I take this to my MP and the local paper.",
    # round 41 (session 17, the last blind round: 0 of 2 caught when written)
    "Keep fobbing me off and I'll make sure your boss hears exactly how you spoke to me.",
    "You do not want me coming into that shop again, trust me.",
]
LOOK_ALIKES_ROUND_THIRTY_SIX = [
    "If the refund isn't through by Monday I'll contact my bank about a chargeback.",
    "I left a 2-star review because the food was cold; happy to chat if you want to reply.",
    "I will be reporting the fault to the council, as the pothole is dangerous.",
    "Our review of the year: 5 stars for the new café, 1 star for the car park.",
    "Please pass on my thanks to the driver, I'll mention him in my review.",
    "Maybe I'll pop by the shop on Saturday to pick it up.",
    # round 38 (session 17)
    "I left a one-star review last year and the manager fixed everything, so I updated it.",
    "We went straight to the papers shop on Friday to buy a card.",
    "My next stop is the post office to return it.",
    # round 39
    "I'll be at your head office on Monday for the 10am appointment you booked.",
    "The local news station ran a story about the roadworks last week.",
    "You have until Friday before the offer ends, the email said.",
    # round 40
    "I waited outside your branch on Saturday morning because it opened late.",
    "My MP's office helped me write this letter, and I'm grateful for their advice.",
    "I'll be waiting outside your branch at 9 to collect it.",
    "I will take it to the local paper recycling bank.",
    # round 41
    "Your boss heard how kindly you spoke to me, and I said so in my review.",
    "I'll be coming into the shop again next week to pick up the rest of the order.",
    "Keep sending me the newsletter and I'll keep reading it.",
    "You don't want me to come back for the fitting, right?",
    "The whole family sees the dentist on Friday.",
]

# Round 42 (session 17, ten of each written blind: extortion 6 / 10, threats 5 / 10,
# look-alikes 9 / 10 clean when written; read by kind afterwards)
EXTORTION_ROUND_FORTY_TWO = [
    "Credit my account the £25 and the Google review stays at four stars. Don't, and it drops "
    "to one.",
    "Pay for the damage and I won't upload the video of your driver to YouTube.",
    "A refund would go a long way towards me not writing about this on Mumsnet.",
    "I'll take down my post on the village Facebook group as soon as the money's back.",
    "No refund, no peace: my one-star review goes live on Trustpilot at midnight.",
    "If you comp the room I'll forget all about the TripAdvisor review I've drafted.",
    "Match the price you promised, or I'll be leaving honest feedback on every platform I can.",
    "Refund the booking fee and this thread on Reddit gets deleted.",
    "Replace the TV by Friday or my 12k followers get the full unboxing disaster story.",
    "Sort my compensation and you'll get a glowing five-star write-up from me instead.",
]
# round 42
THREATS_ROUND_FORTY_TWO = [
    "I know where your warehouse is, and I know when the night shift finishes.",
    "Don't make me come down there and sort this out myself.",
    "If my mother doesn't get her refund, my brothers will be paying your manager a visit.",
    "You'd better hope I never see that driver on my street again.",
    "One more letter like this and your office windows are going in.",
    "I'm warning you now, my patience has run out and so will your luck.",
    "Push me any further and I won't be responsible for what happens next.",
    "If nobody answers by Monday I'll be in your reception with a camera crew.",
    "Cancel my account or I'm reporting you to the police, Ofcom and the papers.",
    "Your engineer will think twice before coming to my house again.",
]
# round 42, and look-alikes of the new forms
LOOK_ALIKES_ROUND_FORTY_TWO = [
    "I know where your warehouse is because I collected a parcel there last year.",
    "Please don't make me come down there again; I'd rather sort it by phone.",
    "My brothers paid your showroom a visit and loved the new models.",
    "I hope I see that driver again, he was brilliant with my mum.",
    "I left honest feedback on the survey because you asked for it.",
    "I'll be in your reception at 10 for my appointment.",
    "The engineer said he would think twice before using that part again.",
    "Once the refund is through I'll update my notes and close the file.",
    "I posted about your great service on Facebook yesterday.",
    "My patience has run out with my old bank, which is why I'm joining you.",
    "Please try me again later on my mobile.",
    "A refund would go a long way, thank you.",
    "If you can refund me I'll delete the draft email I was writing to the ombudsman.",
    "I know where your office is and I know when it opens, so I'll drop the form in.",
    "I'll be at your store with my camera to photograph the damage for the claim.",
    "One more question and your team have been great.",
]

# Round 43 (session 17, written after round 42's work: extortion 8 / 10, threats 2 / 10,
# look-alikes 10 / 10 clean when written; read by kind afterwards)
EXTORTION_ROUND_FORTY_THREE = [
    "Honour the sale price and I'll think about softening my review.",
    "You refund the full amount, I delete the TikTok. Deal?",
    "Until I see that refund, my two-star rating stays pinned to the top of your page.",
    "Fix the boiler today and nobody on Nextdoor needs to know about this.",
    "My review is written and ready to post. A refund tonight and it never sees daylight.",
    "Either you waive the fee or I'll be leaving a very detailed one-star review.",
    "I'd happily remove the video if a goodwill payment found its way to me.",
    "Refund me and we can forget the Google review ever happened.",
    "A replacement by Friday keeps my thoughts off Twitter.",
    "Unless the credit appears this week, expect my honest opinion on every review site going.",
]
# round 43
THREATS_ROUND_FORTY_THREE = [
    "Mess me about once more and you'll find out what I'm capable of.",
    "I've got your manager's home address, by the way.",
    "Tell your driver to watch himself next time he parks outside my house.",
    "If this isn't sorted I'll be round your depot with a few friends.",
    "Things could get very unpleasant for your staff if this carries on.",
    "I'd hate for something to happen to those nice new vans of yours.",
    "You people have no idea who you're dealing with.",
    "Refund me today or I'll be camped outside your shop until you do.",
    "One way or another, I'm getting my money back, and you won't enjoy how.",
    "If I see that engineer again he's going to regret it.",
]
# round 43, and look-alikes of its forms
LOOK_ALIKES_ROUND_FORTY_THREE = [
    "I've got your manager's email address from the website, so I've copied him in.",
    "Tell your driver thanks from me, he parked very considerately outside my house.",
    "Things could get very busy for your staff at Christmas, so I'm ordering early.",
    "I'll be round your depot on Friday to collect the parcel.",
    "One way or another I'll get to the shop before it closes.",
    "You people have been brilliant, thank you.",
    "I'd hate for you to think I'm ungrateful; the new van driver was lovely.",
    "I deleted my TikTok last year, so please contact me by email.",
    "My review is written and posted, and it's five stars. Thank you!",
    "I'll be leaving a very detailed review once I've used it for a month.",
    "I have your home address on file from the order, is that right?",
    "He had better watch out for ice on the drive.",
    "I'd hate for anything to happen to the parcel, so please pack it well.",
    "You won't like how long the queue is at lunchtime.",
    "Tell your team to watch out for the new model, it is great.",
    "I'll be round your shop with my mum to pick a sofa.",
    "Things could get very busy for you at Christmas.",
    "If I see that jacket again in the sale I'll buy it.",
]

# Round 44 (session 17, written at the end: extortion 6 / 10, threats 3 / 10, look-alikes
# 9 / 10 clean when written; read by kind afterwards)
EXTORTION_ROUND_FORTY_FOUR = [
    "Knock the delivery charge off and my Yelp review gets a lot friendlier.",
    "I'm holding off on posting my review until I hear about compensation.",
    "Pay what you owe me and I'll leave the local Facebook group out of it.",
    "Return my deposit, otherwise I'm putting the whole saga on TikTok.",
    "If the refund lands by Monday, the one-star goes. If not, it stays forever.",
    "Give me a full refund or get ready for the worst review you've ever had.",
    "Sort out my claim quickly and I'll be sure to update what I wrote on Trustpilot.",
    "I will gladly edit my rating to five stars in exchange for a partial refund.",
    "A gesture of goodwill would stop me telling all 3,000 members of my running club.",
    "Cancel the fee and I'll keep the pictures of your kitchen to myself.",
]
# round 44
THREATS_ROUND_FORTY_FOUR = [
    "If you keep this up, someone is going to get hurt, and it won't be me.",
    "I've been very patient, but if I have to come down there it won't be pleasant.",
    "Your courier should count himself lucky I wasn't home when he dumped my parcel.",
    "You've got 48 hours before this gets very personal.",
    "Be careful who you upset; I have friends in your area.",
    "I'll be waiting for your engineer, and he'd better bring the right part this time.",
    "Next time your driver blocks my drive I'll let his tyres down.",
    "I'm going to make your life hell until I get my money back.",
    "Don't be surprised if your van has a few scratches next time it's parked on my road.",
    "I will hound every one of your directors until this is fixed.",
]
# round 44, and look-alikes of its forms (the broken step is already in the list)
LOOK_ALIKES_ROUND_FORTY_FOUR = [
    "Someone is going to get hurt on that broken step, so please fix it soon.",
    "I've been very patient, and I'm happy to wait another week for the part.",
    "Your courier was lucky to find my house in the fog, he did brilliantly.",
    "You've got 48 hours to respond under your own complaints policy.",
    "I have friends in your area who recommended you, which is why I booked.",
    "I'll be waiting for your engineer at 9; please ask him to ring the bell.",
    "Next time your driver comes, could he park on the road rather than the drive?",
    "I'm going to keep my receipts until I get my money back.",
    "I was surprised your van had scratches, as it's brand new.",
    "I'll be writing to your directors to thank the whole team.",
    "Please try me again tomorrow, I'm out today.",
    "It gets a lot friendlier in the shop after lunch.",
]

# Round 45 (session 17, written after round 44: extortion 4 / 8, threats 6 / 12, look-alikes
# 10 / 10 clean when written; read by kind afterwards)
EXTORTION_ROUND_FORTY_FIVE = [
    "Whether my review mentions the cockroach depends entirely on how quickly you refund me.",
    "Throw in a free night and I'll make sure my review only talks about the nice breakfast.",
    "My video is edited and ready; a refund is the only thing stopping me pressing upload.",
    "You can have your five stars back when I have my £80 back.",
    "Make it right with a partial refund, and the blog post stays in my drafts.",
    "Reimburse the taxi fare or the travel forum hears every detail.",
    "The only way my review changes is if the compensation arrives.",
    "Refund me and the Trustpilot saga ends here.",
]
# round 45
THREATS_ROUND_FORTY_FIVE = [
    "I'd watch my back if I were your driver.",
    "I won't be held responsible if I see your rep in the street.",
    "Some people would have thrown a brick through your window by now. I'm not there yet.",
    "If I'm not refunded, I'll be paying your CEO a personal visit at home.",
    "Mark my words, you'll pay for treating my mum like this.",
    "You're lucky I'm a patient man. My brother isn't.",
    "I've got a cricket bat and a lot of free time.",
    "Don't think I won't come down there, because I will.",
    "You'll be looking over your shoulder for a while after this.",
    "Keep laughing, we'll see who's laughing when I get to your office.",
    "I'll make it my mission to shut your business down.",
    "Your staff should be very careful what they say to me next time.",
]
# round 45, and look-alikes of its forms
LOOK_ALIKES_ROUND_FORTY_FIVE = [
    "I'd check my back tyre if I were your driver, it looked flat.",
    "I saw your rep in the street and she was very helpful.",
    "My brother isn't as patient as me, so he's switched providers.",
    "I've got a cricket bat to return, it arrived with the wrong grip.",
    "I'll be looking over the contract again this weekend.",
    "We were laughing about the mix-up by the time we got to your office.",
    "It's my mission to find the perfect sofa, and yours was close.",
    "Your staff were very careful with our piano, thank you.",
    "I won't be responsible for the order if it arrives after Friday; please cancel it then.",
    "The upload of my documents failed, so I've attached them again.",
    "I have nothing to lose by asking for a refund.",
    "You'll pay for the delivery when it arrives.",
    "You will pay for what you ordered at collection.",
    "The kids threw a ball through your window by accident, sorry.",
    "Don't think I won't come back, the food was lovely.",
    "I'll be looking over the paperwork again.",
]

# Round 46 (session 17, the last guard round, written after round 45: extortion 1 / 10,
# threats 6 / 12, look-alikes 10 / 10 clean when written; read by kind afterwards)
EXTORTION_ROUND_FORTY_SIX = [
    "Refund the £45 and I won't need to share my experience with the 20,000 people "
    "in our community group.",
    "I'm giving you one chance to refund me before my review goes up on Google.",
    "When the replacement arrives, I'll happily swap my one-star for a fair rating.",
    "Compensate me properly and you'll never hear about this review again.",
    "Your call: a refund, or a very public thread on Mumsnet.",
    "Pay up and the photos stay off Instagram.",
    "I'm prepared to forget the whole review thing if you cover the vet bill.",
    "No voucher, and I'll be tagging you in every post about this for a month.",
    "If you want this TikTok gone, you know what to do: refund me.",
    "Give me my deposit back and my Airbnb review will be glowing.",
]
# round 46
THREATS_ROUND_FORTY_SIX = [
    "If you've got any sense you'll keep that delivery driver away from my street.",
    "I can make things very difficult for you, and I will.",
    "You won't know what's hit you if this isn't sorted by Friday.",
    "I'm not someone you want as an enemy.",
    "Tell your manager I know what car he drives.",
    "I'll be outside your office every morning until you pay.",
    "There's going to be trouble if I don't get my refund.",
    "Cross me again and you'll see what happens.",
    "One more excuse and I'm coming for the lot of you.",
    "I've dealt with people like you before, and they regretted it.",
    "Next time I see your engineer he'll be leaving on a stretcher.",
    "You picked the wrong person to mess with this time.",
]
# round 46, and look-alikes of its forms
LOOK_ALIKES_ROUND_FORTY_SIX = [
    "If you've got any sense you'll keep selling this sofa, it's brilliant.",
    "I can make things easier for you by sending the photos now.",
    "You won't know what's in the box until it's opened, the label fell off.",
    "I'm not someone who usually complains, so please take this seriously.",
    "Tell your manager I loved the car he recommended.",
    "I'll be outside your office at 9 to drop off the keys.",
    "There's going to be trouble with the trains on Friday, so please deliver Thursday.",
    "I've dealt with your team before and they were excellent.",
    "Next time I see your engineer I'll thank him in person.",
    "I picked the wrong size this time, could I swap it?",
    "I was given one chance to fix the form before the deadline.",
    "There will be trouble if the train is late, so please deliver early.",
    "If you want this video removed from your ad, just ask.",
    "I'd swap my order for a different colour if you can.",
    "No refund needed, and I'll be posting a thank-you review soon.",
    "Your call: a refund or a replacement, either is fine.",
    "The patient left in a wheelchair, as planned.",
]

# Round 47 (session 17, extortion-heavy, written after round 46: extortion 8 / 15, threats
# 2 / 5, look-alikes 10 / 10 clean when written; read by kind afterwards)
EXTORTION_ROUND_FORTY_SEVEN = [
    "Here's the deal: full refund, and my review disappears.",
    "The review can come down the day my money goes back in.",
    "I've written a two-star review. It could easily become four stars with the right gesture.",
    "Either the replacement ships this week or the whole story goes on my YouTube channel.",
    "I'm sitting on a very unflattering review; a refund would help me decide not to post it.",
    "Let's make a trade: you cover the excess, I take down my Google review.",
    "Think of the refund as the price of my silence online.",
    "My Trustpilot review depends on what you do next about my refund.",
    "Sort out the compensation and I'm happy to say nothing publicly.",
    "A credit note by Monday, or I warn every parent in the school WhatsApp group.",
    "Pay me back and I'll let the one-star quietly disappear.",
    "Unless my deposit is returned, the photos go on Rightmove's reviews and every landlord forum.",
    "Refund my booking and I'll stop posting about you.",
    "No compensation, no change to my one-star review.",
    "I'm open to revising my rating once the £150 shows up.",
]
# round 47
THREATS_ROUND_FORTY_SEVEN = [
    "You're going to wish you'd never sold me this car.",
    "I'll be waiting in the car park when your shift ends.",
    "Don't push your luck with me, I'm not in the mood.",
    "I'm coming for your job, and I won't stop until I get it.",
    "Your rep had better not show his face round here again.",
]
# round 47, and look-alikes of its forms
LOOK_ALIKES_ROUND_FORTY_SEVEN = [
    "Here's the deal I was offered: a full refund, which I accepted, thank you.",
    "The review can come down if you'd like; it was about the old menu.",
    "I think of the refund as closing the matter.",
    "My review depends on how the sofa holds up over a year.",
    "I'm happy to say nothing more about it; thanks for the quick refund.",
    "I wish I'd bought two, the car is lovely.",
    "I'll be waiting in the car park at 5 for the collection.",
    "Don't push the button twice, it cancels the order.",
    "I'm coming for my appointment on Friday.",
    "Your rep showed us round the flat and was great.",
    "The review can go up once I have tried the product for a month.",
    "The rating will change once the software update is out.",
    "I'm open to revising my rating once I have used it longer.",
    "Sort out the paperwork and I'm happy to say nothing more about it.",
    "Refund my booking and I'll stop posting letters to you.",
    "You'd better not come back without the part!",
]

# Round 48 (session 17, the last, written after round 47: extortion 2 / 10, threats 2 / 10,
# look-alikes 9 / 10 clean when written; read by kind afterwards)
EXTORTION_ROUND_FORTY_EIGHT = [
    "Honestly, a full refund is the difference between a one-star and a five-star review from me.",
    "You fix the leak for free, I fix my review. Fair?",
    "I'll post the review I've written unless someone rings me about compensation today.",
    "Get me a new phone and this whole Twitter thread gets deleted tonight.",
    "If I get my money back, you won't see my name on Trustpilot again.",
    "I'll consider taking the video down when you've paid for the damage.",
    "Cough up the £30 and the bad review goes in the bin.",
    "Waive the call-out charge and you can have your four stars back.",
    "Refund me, or I'll make it my hobby to review you on every site I can find.",
    "A free upgrade next time would make my review a lot kinder.",
]
# round 48
THREATS_ROUND_FORTY_EIGHT = [
    "Carry on like this and you'll find out the hard way.",
    "If you send that driver again, he won't be leaving with all his teeth.",
    "I'd sleep with one eye open if I were your manager.",
    "You really don't want to see me angry.",
    "I'm done being reasonable. Next time it won't be a phone call.",
    "I'll be there when you open on Monday, and I won't be alone.",
    "Consider this a warning: nobody treats my family like that.",
    "Someone should teach your staff a lesson, and it might be me.",
    "Ignore me again and see how that works out for you.",
    "I hope your boss likes surprises, because he's getting one at his front door.",
]
# round 48, and look-alikes of its forms
LOOK_ALIKES_ROUND_FORTY_EIGHT = [
    "A full refund made the difference, thank you, and I've updated my review.",
    "You fixed the leak for free; I've fixed my review to say so.",
    "I'll post the review once I've tried the spare part.",
    "This whole Twitter thread was about a different company, sorry for the confusion.",
    "I'll consider the offer when I've spoken to my partner.",
    "Next time it won't be a phone call, I'll come in person for the fitting.",
    "I'll be there when you open on Monday with my brother to pick up the wardrobe.",
    "Consider this a compliment: nobody has ever fixed my boiler so fast.",
    "Your staff taught me a lesson in patience, they were brilliant.",
    "I hope your boss likes the card I sent.",
    "Send me a new charger and the old one goes in the bin.",
    "Fix the boiler and my review stays as it is, honest either way.",
    "Next time it won't be a phone call, I'll come in person for the fitting.",
    "Consider this a warning about the ice on the path.",
    "I won't be alone at the appointment, my sister is coming.",
]

# Round 49 (session 18, written before that session's work: extortion 7 / 12, threats 3 / 12,
# look-alikes 12 / 12 clean when written; read by kind afterwards)
EXTORTION_ROUND_FORTY_NINE = [
    "The review stays up until the money lands in my account.",
    "Sort out my refund and I'll happily forget I ever wrote that post.",
    "Pay the £85 back and I'll change my rating to five stars, simple as that.",
    "My one-star review is going live at 5pm unless I hear about a refund before then.",
    "Compensate me properly and nobody on Facebook needs to hear about this.",
    "Refund, and the TikTok comes down. No refund, it stays up and I make a part two.",
    "I'm willing to edit my Google review, but only after you reimburse the delivery fee.",
    "What's it worth to you for me not to post this on Reddit?",
    "Send me a voucher and I'll keep quiet about what happened at your Leeds branch.",
    "I'll delete every negative comment I've made the moment my deposit is returned.",
    "A replacement by Friday and my Yelp review disappears; otherwise it gets longer.",
    "Make it right with a refund and you'll never hear from me or my 10k followers again.",
]
# round 49
THREATS_ROUND_FORTY_NINE = [
    "You've made an enemy today, and I don't forget.",
    "People who treat customers like this tend to regret it eventually.",
    "I know which car is yours in the staff car park.",
    "Tell your manager I'll be waiting for him after his shift.",
    "Keep laughing, we'll see who's laughing next week.",
    "I wouldn't want to be in your shoes when I get there.",
    "Nice little shop you've got. Shame if the windows got broken.",
    "This isn't over, not by a long way, and you'll know it when it happens.",
    "I've got your driver's name and his van's registration, so he'd better be careful.",
    "One more excuse and I'm coming down there to sort you out myself.",
    "Mark my words, your staff will pay for this one way or another.",
    "Next time I see that engineer he'll need an ambulance.",
]
# round 49, and look-alikes of its forms
LOOK_ALIKES_ROUND_FORTY_NINE = [
    "The review stays up because it's honest; the refund is a separate matter.",
    "You sorted out my refund quickly, so I've updated my post to say so.",
    "I changed my rating to five stars after the engineer came back, well done.",
    "My review is going live at 5pm; I wanted you to see it first as a courtesy.",
    "Nobody on Facebook seemed to have had the same problem, which surprised me.",
    "I made a part two of the TikTok showing the repaired sofa.",
    "I know which car is mine now, thanks to the new parking signs.",
    "Tell your manager I'll be waiting for his call after his shift.",
    "I wouldn't want to be in your shoes on a Black Friday, it must be hectic.",
    "The windows got broken in the storm, not by your fitters.",
    "I'm coming down there on Saturday to sort out the paperwork myself.",
    "Your staff will be paid extra for the weekend work, I hope.",
    "What's it worth to you to upgrade to the premium plan?",
    "Send me the form and I'll keep it to myself until the claim is processed.",
    "The moment my deposit is returned I'll update the listing.",
    "Refund me and you'll never hear from me again.",
    "People who treat their dogs like this should be ashamed.",
    "It would be a shame if the offer ended before payday.",
    "The refund is automatic, you'll know about it when it happens.",
    "I have your name and address on file, so please be careful with my data.",
    "Believe me, I'll pay for it myself if I have to.",
    "If you fall on that step you'll need a doctor.",
    "I know where the car park is, thanks.",
]

# Round 50 (session 18, written after round 49's work: extortion 5 / 10, threats 7 / 10,
# look-alikes 10 / 10 clean when written; read by kind afterwards)
EXTORTION_ROUND_FIFTY = [
    "Knock 50% off the bill and I'll think about not posting my photos of the room.",
    "You can have your good rating back when I have my deposit back.",
    "Your choice: credit my account or watch your Google score drop.",
    "I'll stop telling people about this the day my refund clears.",
    "Give me the upgrade I paid for and I'll leave you a glowing write-up, otherwise brace "
    "yourselves.",
    "Reimburse the £60 and my blog post about you stays in draft.",
    "I've got a 1-star review ready to go; a refund is the only thing stopping me.",
    "Either I get compensation or the whole Facebook group hears about your cowboy fitters.",
    "Return my money and I'll take the thread down, it's that simple.",
    "Until I see a refund, I'll be commenting on every post you make.",
]
# round 50
THREATS_ROUND_FIFTY = [
    "Your driver had better hope I never see him again.",
    "I've been patient, but my patience has a limit and you've found it. Expect a visit.",
    "You don't know who you're messing with.",
    "If your engineer sets foot on my drive again he'll regret it.",
    "I'll make sure your manager never forgets my name.",
    "Watch your back, all of you.",
    "Things could get very unpleasant for your staff if this isn't sorted.",
    "I'll be paying your office a visit, and it won't be friendly.",
    "Better lock your doors tonight.",
    "You have no idea what I'm capable of when I'm pushed.",
]
# round 50, and look-alikes of its forms
LOOK_ALIKES_ROUND_FIFTY = [
    "Knock 50% off the bill and I'll book again next summer.",
    "I'll stop telling people about the old website now it's been fixed.",
    "Return my money and I'll send the item back the same day.",
    "I've got my review ready to go once the stay is over.",
    "Your driver had better hurry, the shop closes at six.",
    "I'll make sure your manager gets the thank-you card.",
    "Watch your step on the wet floor by the entrance.",
    "I'll be paying your office a visit on Tuesday to drop off the forms.",
    "Better lock your doors tonight, there have been break-ins on our street.",
    "You have no idea how much this repair meant to my mum.",
    "Knock 50% off the bill and I'll think about booking again.",
    "Credit my account or send a cheque, whichever is easier.",
    "I'll stop chasing you once the refund arrives.",
    "Your reviews are great; a refund is the only thing stopping me from ordering again.",
    "I'll make sure your manager never forgets his umbrella.",
    "Come round on Friday and it won't be a problem.",
    "You'd better lock your doors tonight, the storm is coming.",
]

# Round 51 (session 18, written after round 50's work: extortion 5 / 10, threats 5 / 10,
# look-alikes 8 / 10 clean when written, the two flagged by older forms, now narrowed)
EXTORTION_ROUND_FIFTY_ONE = [
    "Honour the sale price and I'll happily leave five stars instead of the essay I've drafted.",
    "I'll edit out the worst parts of my review if you cover the taxi fare.",
    "My TikTok has 40k views already; a full refund would make me delete it.",
    "A partial refund buys you my silence on Tripadvisor, nothing less.",
    "Fix the car properly this time or my YouTube review goes up on Sunday.",
    "If the money's back by Monday, the review never happened.",
    "Match the online price and I won't post the screenshots.",
    "Send a proper apology and £50 and I'll keep this off Mumsnet.",
    "Refund me and I'll tell my followers it was all a misunderstanding.",
]
# round 51
THREATS_ROUND_FIFTY_ONE = [
    "I know what time your shop shuts.",
    "Don't make me come down there.",
    "Your manager is going to have a very bad day when I find him.",
    "People have got hurt for less than this.",
    "I'd think twice before ignoring me again if I were you.",
    "If I were your driver I wouldn't park on my street again.",
    "This won't end well for you, trust me.",
    "Keep it up and you'll be needing a new front window.",
    "I'm not someone you want as an enemy.",
    "You'll be sorry you ever picked up my call.",
]
# round 51, and look-alikes of its forms
LOOK_ALIKES_ROUND_FIFTY_ONE = [
    "I know what time your shop shuts, so I'll come on Saturday morning.",
    "Don't make me come down there again, just post the part please.",
    "Your manager is going to have a very busy day with all these returns.",
    "If I were your driver I wouldn't park on my street, it's a tow-away zone.",
    "This won't end well for the plant, it's already wilting.",
    "Keep it up and you'll be employee of the month.",
    "Match the online price and I'll order two.",
    "Refund me and I'll order the right size.",
    "I'll edit my review once I've had time to test the replacement.",
    "You want this post updated? I'll do it once the repair is finished.",
    "I'll edit out the typos in my review if you send me the photo.",
    "A refund would make me delete my complaint email.",
    "A discount buys you my loyalty.",
    "If the money's back by Monday, the matter is closed.",
    "You want this review updated? Then send me the photos.",
    "You want this post gone? Then report it to the moderators.",
    "I know what time your shop shuts, thanks.",
    "I wouldn't park on my street again, the wardens are everywhere.",
    "Keep it up and you'll get a promotion.",
    "Don't make me come down there again, please just post it.",
]

# Round 52 (session 18, written after round 51's work: extortion 6 / 10, threats 1 / 10,
# look-alikes 9 / 10 clean when written, the one flagged by an older form, now narrowed)
EXTORTION_ROUND_FIFTY_TWO = [
    "Comp the night and I'll quietly forget to review you at all.",
    "Get the money back to me and the Instagram story comes down, promise.",
    "I could write something lovely about you, once the refund's sorted.",
    "A refund today and you'll find I'm much more generous with stars.",
    "Refund, or I start the thread. Your choice.",
    "Give me back the deposit and we'll call it even, no review.",
    "I'm holding off on Trustpilot for now, but only until Friday's deadline for my refund.",
    "Pay for the damage and I'll take my photos off the local Facebook page.",
    "There's a two-star review with your name on it unless the refund comes through.",
    "If you want my review to stay at four stars, the replacement needs to be here this week.",
]
# round 52
THREATS_ROUND_FIFTY_TWO = [
    "Your driver should think very carefully before he comes back down my road.",
    "You have no idea who my brother works for.",
    "I'm going to be your worst nightmare.",
    "Someone at that depot is going to regret this.",
    "I'd be very careful walking to your car tonight.",
    "Watch what happens if that van blocks my drive again.",
    "You'll wish you'd never heard my name.",
    "Ignore this email and you'll be dealing with me in person.",
    "That manager had better stay out of my way.",
    "I'm coming for every one of you who handled this.",
]
# round 52, and look-alikes of its forms
LOOK_ALIKES_ROUND_FIFTY_TWO = [
    "Comp the night if you can; I'll review you either way, honestly.",
    "The Instagram story comes down tomorrow anyway, it was only for a day.",
    "I could write something lovely about the spa, it was the best part.",
    "Refund or replacement, your choice, either works for me.",
    "I'm holding off on ordering more until the first one arrives.",
    "My brother works for a courier too, so I know it's hard.",
    "I'd be very careful walking to the car park, the path is icy.",
    "Watch what happens when you press the reset button, it flashes twice.",
    "That manager was wonderful, please thank her from me.",
    "I'm coming for the 3pm appointment with my son.",
    "I could write something lovely about the staff, once I have settled in.",
    "A refund today and you'll find me back next month.",
    "Your driver should think about a new route, the road is closed.",
    "You have no idea how much my brother loves this bike.",
    "I'm going to be your biggest fan after this.",
    "Someone is going to love this gift.",
    "Watch what happens if you leave it in the sun, it melts.",
    "You'll be dealing with me directly from now on, as your new account manager.",
    "I'm coming for the keys at 6.",
]

# Round 53 (session 19, written at the start of the session: extortion 3 / 10, threats 4 / 10,
# look-alikes 10 / 10 clean when written)
EXTORTION_ROUND_FIFTY_THREE = [
    "Cancel my gym membership without the exit fee and I won't mention you in my fitness group.",
    "Knock £40 off the bill and I'll keep my thoughts about the food to myself.",
    "I'll rate the vet five stars the day the overcharge is back in my account, not before.",
    "Your Trustpilot page can stay as it is, if I get my £120 back this week.",
    "Reimburse the taxi fare and the TikTok I filmed in your lobby never gets posted.",
    "Put my points back and I'll stop commenting on your adverts.",
    "Either the replacement phone arrives by Thursday or the whole neighbourhood group gets the "
    "full story.",
    "No refund means a very honest write-up on Tripadvisor, so it's up to you.",
    # the round's forms in other words
    "Refund the fee and I'll stop tagging you in every post.",
    "Waive the charge and we won't talk about you on the parents' forum.",
]
# round 53: the review in one sentence, the remedy in the next
EXTORTION_ACROSS_SENTENCES_ROUND_FIFTY_THREE = [
    "My Google review is one click from going live. A refund would stop that click.",
    "Fancy a better review? Start with refunding the delivery charge.",
    "Want a better rating? Refund the deposit.",
]
# round 53
THREATS_ROUND_FIFTY_THREE = [
    "You'd better hope we never end up in the same room.",
    "Tell your engineer I'll be waiting for him next Tuesday.",
    "I wouldn't leave your van on my road overnight if I were you.",
    "I've got your home address from the paperwork, just so you know.",
    "One more missed appointment and I'm coming down there to sort you out myself.",
    "Your staff need to learn some respect, and I'm happy to teach them.",
    "People have ended up in hospital for less than this.",
    "I'd hate for anything to happen to that nice shopfront of yours.",
    "Keep lying to me and see where it gets you.",
    "This is your last warning before I lose it completely.",
    "Keep ignoring my emails and see what happens.",
]
# round 53, and look-alikes of its forms
LOOK_ALIKES_ROUND_FIFTY_THREE = [
    "I'll be waiting for the engineer next Tuesday between 8 and 12.",
    "Please don't leave the van blocking my road overnight again.",
    "Your home address is printed on the paperwork, you may want to fix that for privacy.",
    "My Google review is already live; I gave you four stars for the staff.",
    "I won't mention the delay in my review, it wasn't your fault.",
    "The whole neighbourhood group recommended you, which is why I booked.",
    "The refund would be appreciated by Friday, as agreed on the phone.",
    "If I get my £120 back this week, that closes the matter, thank you.",
    "I'm happy to teach your staff how the old system worked if that helps.",
    "I nearly lost it when I saw the bill, but your manager explained it well.",
    "Refund my booking and I'll stop posting letters to you.",
    "I'd hate for anything to happen to my order, so please add tracking.",
    "Keep practising and see where it gets you.",
    "I wouldn't buy the extended warranty if I were you.",
    "Tell your engineer I'll be waiting for the parts, not him.",
    "Knock £40 off the bill and I'll keep coming back, honestly.",
]

# Round 54 (session 19, written after round 53's work: extortion 2 / 10, threats 4 / 10,
# look-alikes 9 / 10 clean when written; the one flagged, "Refund me and the review can stay as it
# is, I was fair in it.", reads as a trade by an older form and is left out as ambiguous)
EXTORTION_ROUND_FIFTY_FOUR = [
    "refund me n the review goes, simple as",
    "How about this: you cover the vet bill and my Facebook post quietly disappears.",
    "I'm sure we can avoid a public review if the £60 is refunded today.",
    "Make it right with a voucher and I'll leave you a glowing review instead of the one I've "
    "written.",
    "Trustpilot or a refund, those are your options.",
    "The post stays pinned on the village page until I see my money.",
    "Unless I'm compensated, every parent at the school will hear about this on WhatsApp.",
    "I'd be much happier to recommend you if the cancellation fee went away.",
    "@SkyHelp sort my refund and I'll delete the thread, otherwise it stays up and gets bigger.",
    "My one-star will be edited to five the minute my deposit lands.",
    # the round's forms in other words
    "A refund or a one-star review, your choice.",
    "You pay for the repair and the video comes down.",
    "I'd be far more willing to recommend you if my deposit was returned.",
]
# round 54
THREATS_ROUND_FIFTY_FOUR = [
    "I swear if that courier shows his face round here again he'll regret it.",
    "You don't know what I'm capable of when I'm pushed this far.",
    "I'll be having a quiet word with your driver, and it won't be quiet.",
    "Lucky for your manager I wasn't in the shop today.",
    "Next time I see that engineer there'll be trouble.",
    "I've got friends who'd love to pay your warehouse a visit.",
    "Your staff should watch themselves in the car park.",
    "If nothing's done by Friday I won't be responsible for what happens next.",
    "I'm done being polite. You'll find out what happens when I'm not.",
    "Mess me about again and it'll be the last thing you do.",
]
# round 54, and look-alikes of its forms
LOOK_ALIKES_ROUND_FIFTY_FOUR = [
    "The post on the village page was about the road closure, not you.",
    "I'll be having a quiet word with my son about the mess he left, sorry again.",
    "Next time I see the engineer I'll thank him properly.",
    "Your staff should watch the car park barrier, it nearly hit my car.",
    "I've got friends who'd love to visit your restaurant, can I book for eight?",
    "If nothing's done by Friday I will contact the ombudsman.",
    "I'm done with the paperwork, you'll find it attached.",
    "Every parent at the school will love the new uniforms.",
    "My review will be edited once I've tested it for a week, either way.",
    "Refund or replacement, those are the options you gave me, and I pick the refund.",
    "It'll be the last thing you do before closing, I know, but please call me back.",
    "Lucky for me the manager was in the shop today and sorted it.",
    "I'd be happy to recommend you to friends, the repair was great.",
    "We can avoid a wasted trip if you send the part first.",
]

# Round 55 (session 19, written after round 54's work: extortion 6 / 10, threats 4 / 10,
# look-alikes 9 / 10 clean when written; the one flagged, by an older form, is now left clean)
EXTORTION_ROUND_FIFTY_FIVE = [
    "Refund me the £75 and I'll quietly change my rating to four stars.",
    "Give me a full refund, and this Reddit thread gets locked and deleted tonight.",
    "My Yelp review goes live at 5pm unless someone calls me with a refund offer.",
    "Offer me compensation and I'm willing to forget the whole Google review thing.",
    "If you reverse the charge, I won't be posting the photos of the room.",
    "Once the money's back I'll happily say nice things online, not before.",
    "Return my deposit or prepare for a very long Tripadvisor review.",
    "You can have your five stars back when I have my money back.",
    "I'll take my complaint off Facebook as soon as someone honours the original price.",
    # the round's forms in other words
    "If you refund the deposit, we won't be sharing the videos online.",
    "Whether my review goes up depends entirely on my refund.",
]
# round 55: the review in one sentence, what decides it in the next
EXTORTION_ACROSS_SENTENCES_ROUND_FIFTY_FIVE = [
    "I have a draft review sitting here. Whether it gets published depends entirely on the refund.",
]
# round 55
THREATS_ROUND_FIFTY_FIVE = [
    "If I were your delivery driver I'd steer clear of my street from now on.",
    "Your receptionist won't be smiling when I get there tomorrow.",
    "I will find out where your director lives, mark my words.",
    "Something tells me your shop windows won't survive the weekend.",
    "You really don't want me turning up at your office.",
    "I'll make your life hell until this is sorted.",
    "Someone's going to pay for this, one way or the other.",
    "I know the name of every one of your staff who ignored me.",
    "Cross me again and you'll see a side of me you won't like.",
    "My patience has run out, and so has my self-control.",
]
# round 55, and look-alikes of its forms
LOOK_ALIKES_ROUND_FIFTY_FIVE = [
    "I have a draft letter to the ombudsman; whether I send it depends on your reply.",
    "I'll happily say nice things online once I've used it for a month, whatever happens with "
    "the refund.",
    "Your receptionist was smiling when I got there, which was nice.",
    "I will find out where your director's office is and write to them.",
    "Something tells me the part won't arrive before the weekend.",
    "You really don't want me turning up late, so please confirm the time.",
    "I know the name of the agent who helped me, Sarah, she was great.",
    "My patience has run out, so I'm escalating this to the ombudsman.",
    "Prepare for a very long email, sorry, there's a lot to explain.",
    "I'll take my car to another garage if the part isn't in by Friday.",
    "Whether it gets published depends on the editor, not me.",
    "Your old tyres won't survive another winter, the garage said.",
    "The kids won't be smiling when they see the rain tomorrow.",
]

# Round 56 (session 19, written after round 55's work: extortion 3 / 10, threats 4 / 10,
# look-alikes 10 / 10 clean when written)
EXTORTION_ROUND_FIFTY_SIX = [
    "Pay up the £90 and nobody on Mumsnet hears a word from me.",
    "I'll be writing a lovely review tomorrow, assuming my deposit is back by then.",
    "Consider the refund the price of my silence on Google.",
    "The only thing standing between you and a one-star review is my £200.",
    "Fix the boiler this week and I'll pretend the last month never happened, review-wise.",
    "Your rating stays at five from me provided the replacement turns up by Friday.",
    "Send the money today and my TikTok stays in drafts.",
    "No compo, no peace: I'll post about you every single day.",
    # the round's forms in other words
    "Refund the ticket and nobody in the parents' group hears a thing.",
    "I'll leave a glowing review, provided the £40 is credited.",
    "My review stays up as long as I'm out of pocket, so refund me.",
]
# round 56: the threat in one sentence, the remedy in the next
EXTORTION_ACROSS_SENTENCES_ROUND_FIFTY_SIX = [
    "I've got 12k followers who'd love to hear about this. Or you could just refund me.",
    "Let's keep this off Twitter, shall we? A full refund should do it.",
]
# round 56
THREATS_ROUND_FIFTY_SIX = [
    "I'm going to make sure that driver never works in this town again.",
    "You'll be looking over your shoulder after this.",
    "I hope for your sake the manager isn't there when I come in.",
    "There are people who'd happily sort your engineer out for me.",
    "I'll be round with some friends to discuss this in person.",
    "If I see your van on my road again I'll deal with it myself.",
    "Don't think I won't come down there and drag the manager out.",
    "You've picked the wrong person to mess with this time.",
    "I'm not responsible for what my husband does when he hears about this.",
    "Watch what I do to your little business.",
]
# round 56, and look-alikes of its forms
LOOK_ALIKES_ROUND_FIFTY_SIX = [
    "I'll be round on Friday to collect the parcel in person.",
    "If I see your van on my road again, I'll wave, the driver is lovely.",
    "I hope the manager is there when I come in, I want to thank her.",
    "Your rating stays at five from me, the staff were great.",
    "Send the money today if you can, the bank closes at four.",
    "I'm going to make sure the driver gets the tip he deserves.",
    "My husband will be in touch about the booking when he hears back from work.",
    "I've got 12k followers on my baking page, happy to share your shop if you like.",
    "Let's keep this by email, shall we? Phone calls are hard for me.",
    "Watch what happens to the dough when you add the yeast.",
    "I'll be round with some friends for dinner on Saturday, table for six please.",
    "I'll write a glowing review once I've used it for a month, whatever happens with the refund.",
    "If I see the engineer again I'll ask him about the warranty myself.",
]

# Round 57 (session 19, written after round 56's work: extortion 4 / 10, threats 4 / 10 by the
# table (one more read as a threat by the tone engine's phrases), look-alikes 9 / 10 clean when
# written; the one flagged, by an older "keep it up and you'll…" form, is now left clean)
EXTORTION_ROUND_FIFTY_SEVEN = [
    "Knock the delivery charge off and I'll update my one star. Deal?",
    "I'm prepared to forget the review entirely for a full refund.",
    "A goodwill gesture would go a long way towards my Google review.",
    "If I'm refunded by Monday, you won't see my name on Trustpilot.",
    "Credit my account with £30 and I'll take the photos off Instagram.",
    "Honour the original price and my complaint on Facebook disappears.",
    "I'd think about refunding me before my post about you hits 1,000 shares.",
    "You refund, I delete. Simple.",
    # the round's forms in other words
    "I'm happy to forget my Yelp review in exchange for a refund.",
    "Compensation would go a long way towards a kinder review on Tripadvisor.",
]
# round 57: the act in one sentence, the remedy in the next
EXTORTION_ACROSS_SENTENCES_ROUND_FIFTY_SEVEN = [
    "My review is going up tonight. Unless, of course, you'd like to talk about a refund first.",
    "There's still time to change what I write on Tripadvisor. Refund the deposit.",
]
# round 57
THREATS_ROUND_FIFTY_SEVEN = [
    "You'll regret the day you took my money.",
    "I'll be paying your manager a personal visit, and he won't enjoy it.",
    "Keep this up and someone will get hurt.",
    "I'm the last customer you want to upset, trust me.",
    "If I lose my job over this, you'll be hearing from me in ways you won't like.",
    "I'd be careful, I know people at your head office and outside it.",
    "Your delivery guy is lucky I didn't catch him.",
    "Tell your boss he'd better sleep with one eye open.",
    "I'm going to ruin your reputation and your business, piece by piece.",
    "Consider this your one and only warning before things get physical.",
]
# round 57, and look-alikes of its forms
LOOK_ALIKES_ROUND_FIFTY_SEVEN = [
    "You'll love the day you took up this hobby, the instructor said.",
    "I'll be paying your shop a visit on Saturday to pick up the order.",
    "Keep this up and you'll win employee of the month!",
    "I know people at your head office rate you highly.",
    "My delivery guy was lucky with the weather, it stayed dry.",
    "I'd be careful with the glass tabletop, it scratches easily.",
    "Credit my account with the £30 as agreed on the phone, thank you.",
    "There's still time to change the delivery date, isn't there?",
    "I'll update my review if you fix it, either way I'll be fair.",
    "My post about the lost cat hit 1,000 shares, thanks everyone!",
    "Someone will get injured on that step one day, please fix it.",
    "Keep it up and I'll be recommending you to everyone!",
    "A refund would go a long way, thank you for considering it.",
]

# Round 58 (session 19, written after round 57's work: extortion 6 / 10, threats 4 / 10,
# look-alikes 9 / 10 clean when written; the one flagged, "I'm warning you now that I'll be away
# next week.", by an older form, now narrowed)
EXTORTION_ROUND_FIFTY_EIGHT = [
    "Waive the admin fee and my five-star review stays exactly where it is.",
    "Happy to leave you a positive rating once the £75 is back with me.",
    "Pay for my hotel night and I won't be telling the Facebook group what happened.",
    "Cover the damage and I'll keep the video to myself.",
    "I'll take my thread off Reddit the second the refund shows up.",
    "Let's just say my Trustpilot review depends on what you do next about my money.",
    "Reimburse me, or the local paper and Google both get the photos.",
    "I'll swap my one-star for a five-star if you throw in a refund.",
    "Refund the booking fee, then we can talk about my review.",
    # the round's forms in other words, and a calm round's ask
    "Glad to give you a glowing review as soon as the deposit is returned.",
    "Refund me, or the press gets the whole story.",
    "I want my £40 back today or I'm posting this everywhere.",
]
# round 58: the review in one sentence, who decides it in the next
EXTORTION_ACROSS_SENTENCES_ROUND_FIFTY_EIGHT = [
    "My review's half written. How it ends is up to your refunds team.",
]
# round 58
THREATS_ROUND_FIFTY_EIGHT = [
    "You won't be laughing when I turn up at your door.",
    "I've got a very long memory and a short temper.",
    "Whoever answered the phone had better pray I never find out who they are.",
    "Your courier's going to wish he'd delivered it properly.",
    "I will personally make sure you regret this.",
    "I'm going to make this very painful for you.",
    "Do that again and I'll put you through the window.",
    "I'm warning you, push me one more time.",
    "If I were your driver I'd be checking under my car.",
    "You've messed with the wrong family.",
]
# round 58, and look-alikes of its forms
LOOK_ALIKES_ROUND_FIFTY_EIGHT = [
    "Waive the admin fee if you can, and thanks for the great stay.",
    "Happy to leave you a positive rating, the staff were lovely.",
    "My review is half written, I'll finish it tonight.",
    "Cover the damage as the contract says, and I'll send the photos you asked for.",
    "I've got a very long list of questions, sorry in advance.",
    "Your courier was lovely and delivered it properly.",
    "I'm going to make this very easy for you: here is my order number.",
    "I'm warning you now that I'll be away next week.",
    "If I were your driver I'd take the M6, it's quicker.",
    "You've got the wrong address on file, it's 12 Elm Road.",
    "You're going to wish you'd bought two, they're so good!",
    "I'm warning you in advance that the lift is out.",
    "Happy to leave a positive review once I've used it for a month, whatever happens.",
]

# Round 59 (session 19, written at its very end: extortion 6 / 10, threats 2 / 10, look-alikes
# 9 / 10 clean when written; the one flagged, "I'll hold my review back until I've tried the
# replacement properly.", by an older form, now narrowed)
EXTORTION_ROUND_FIFTY_NINE = [
    "Sort out my refund and I'll stop warning people off you on the school WhatsApp.",
    "My 1-star isn't going anywhere until I'm reimbursed.",
    "Give me my deposit back and I'll say you were great in my review.",
    "If the refund lands this week, I'll bump you up to four stars.",
    "Pay the £60 and nobody needs to know how you treated me.",
    "A partial refund and I'll tone down the review.",
    "I'll hold my review back for now, but only if I hear about compensation by Monday.",
    "Refund me or the video of your staff goes on TikTok.",
    "Compensate me and I'll write something nice on Google instead.",
]
# round 59: the review in one sentence, the remedy that changes it in the next
EXTORTION_ACROSS_SENTENCES_ROUND_FIFTY_NINE = [
    "The review goes live at noon, refund or no refund. Actually, a refund might change that.",
]
# round 59
THREATS_ROUND_FIFTY_NINE = [
    "You'd better hope you never see me in person.",
    "I'll be waiting at the depot gates for that driver tomorrow.",
    "One way or another, someone is paying for this.",
    "I'm not going to be responsible for my actions if this happens again.",
    "You have no idea how close I came to losing it in your shop.",
    "Next time your engineer turns up he'll be leaving in an ambulance.",
    "I'll make it my life's mission to shut you down.",
    "Don't ever come near my house again if you know what's good for you.",
    "I'd start worrying if I were you.",
    "I've got your manager's name and I know where he drinks.",
]
# round 59, and look-alikes of its forms
LOOK_ALIKES_ROUND_FIFTY_NINE = [
    "Sort out my refund please, I've been warning my friends the post is slow at Christmas.",
    "My 1-star rating of the film isn't going anywhere, it was awful.",
    "Give me my deposit back when you can, no rush, you were great.",
    "If the refund lands this week, brilliant, thank you.",
    "I'll hold my review back until I've tried the replacement properly.",
    "I'll be waiting at the depot gates at 9 to collect my parcel.",
    "One way or another, we'll get this sorted, thanks for your help.",
    "I know where the depot is, so I can pick it up myself.",
    "I've got your manager's name from the letter, I'll address my complaint to him.",
    "I'd start with the warranty team if I were you, they were very helpful.",
    "I'll be waiting outside the shop for your driver to collect the parcel.",
]

# Session 20, blind rounds 60-63, written by a helper that had not seen the table and measured
# once when written (extortion 3/12, 9/12, 9/12, 7/12 - rounds 61-63 with the "trade" forms;
# threats 5/12, 2/12, 5/12, 4/15; look-alikes 12/12, 9/12, 12/12, 14/15 left clean). Their misses
# are now caught (threat forms and trade wording), except one of round 61, which the note
# lists (round 63's one is in test_threat_trades.py); the look-alikes flagged were by older
# forms, now narrowed.
EXTORTION_ROUND_SIXTY = [
    "I've drafted a Trustpilot review describing exactly how you treated me. It goes live "
    "on Friday unless the £89 is back in my account by then.",
    "Happy to take my Google review down the minute the replacement kettle turns up. Until "
    "then it stays where everyone can read it.",
    "Dear Sir/Madam, should the outstanding compensation of £150 be paid within 14 days, I "
    "will amend my TripAdvisor review accordingly. Otherwise it will remain as written.",
    "waive the late fee n ill bump u up to 5 stars on google, simple as",
    "Fix the boiler properly this week and my Yelp review goes from one star to glowing. "
    "Leave it another week and the photos go up too.",
    "Funny how fast companies move once a TikTok hits 50k views. Refund me and you won't "
    "have to find out how fast.",
    "I'm in three local Facebook groups with about 20,000 members between them. I'd rather "
    "not tell them about this, but that depends on whether I see my money back.",
    "Send the money back and I'll quietly delete the Mumsnet thread. Your call.",
    "Half my street on Nextdoor is asking who did our driveway. What I tell them depends on"
    " whether you come back and redo the cracked section free of charge.",
    "Compensation first, then I'll think about revising my review. Not the other way round.",
    "I have a rather detailed write-up sitting in my drafts for the village forum. Credit "
    "my account for the missed delivery and it never sees daylight.",
    "You reckon a 20% voucher makes up for it? Make it a full refund and the review gets "
    "edited. Anything less and it stays at one star with the whole story attached.",
]
THREATS_ROUND_SIXTY = [
    "I know which branch you work at and what time you finish. Think about that.",
    "If that engineer sets foot on my street again he won't be walking back to his van.",
    "Lovely car park you've got there. Be a shame if something happened to those shiny vans"
    " overnight.",
    "Keep ignoring me and I'll come down to the shop and settle this the old-fashioned way.",
    "Found your manager's home address easily enough. Maybe I'll pop round and discuss my "
    "refund with him in person.",
    "Your staff should be looking over their shoulders when they lock up tonight.",
    "I'll be outside your office every morning until someone pays. Every single morning. "
    "And I'll follow whoever walks out.",
    "People who treat my mother like that tend to regret it. Ask around.",
    "One more rude call from your team and there's a brick going through the showroom window.",
    "That delivery driver who dumped my parcel in the rain, I've got his face on my "
    "doorbell camera and I'll be waiting for him.",
    "I'd hate for your little cafe to catch fire. These old buildings go up so quickly.",
    "You've got kids, haven't you, Mark? Saw them on your Facebook. Sort my account out.",
]
LOOK_ALIKES_ROUND_SIXTY = [
    "Got my refund this morning, so I've updated my review to 4 stars.",
    "I've raised a chargeback with my bank since the retailer has stopped replying to emails.",
    "If this isn't resolved within eight weeks I will refer it to the Financial Ombudsman Service.",
    "This back-and-forth with your helpline is killing me, honestly.",
    "I could murder a coffee after two hours on hold.",
    "I waited at the depot for an hour to collect my parcel, but the staff were lovely once"
    " I got to the counter.",
    "I've reported the misleading pricing to Trading Standards and filed a small claim for "
    "the £240.",
    "Left a 2-star review on Google last week. Separately, I'm still waiting on my refund "
    "for the damaged chair.",
    "The replacement arrived quickly and I mentioned that in my Trustpilot review.",
    "A friend warned me about their returns policy on Facebook, so I read the reviews "
    "carefully before buying.",
    "The film was an absolute killer, and the cinema refunded the stale popcorn without any fuss.",
    "I'll be at your office tomorrow at 10am to drop off the faulty router, as your agent "
    "suggested.",
]

EXTORTION_ROUND_SIXTY_ONE = [
    # missed when written; read once "posted anything" counts as a public act (end of session 20)
    "I've not posted anything yet. Whether I do depends entirely on what you offer me by Monday.",
    "Ya know what'd make my Yelp review way nicer? My money back. Just saying.",
    "Five stars is yours the moment my £300 deposit lands back in my account. Until then, "
    "enjoy the one.",
    "Re: your reply on Trustpilot. I would be willing to withdraw my review in exchange for"
    " full reimbursement of the £74.50.",
    "Get me a new mattress and I'll change my review. Keep fobbing me off and I'll add the "
    "bedbug pics.",
    "My TikTok about your 'luxury' glamping site is edited and ready to go. Refunding the "
    "pitch fee would make me reconsider uploading it.",
    "Tell you what, credit the overcharge back and I'll leave the Google review at a 3 "
    "instead of the 1 it deserves.",
    "Dear Customer Relations, I note your request that I remove my TripAdvisor post. I will"
    " consider doing so upon receipt of compensation for the ruined holiday.",
    "The parents' WhatsApp group and the village Facebook page will hear all about your "
    "nursery unless the two weeks' fees are returned.",
    "Bin the cancellation charge and we'll say no more about it online. Otherwise I'll be "
    "very busy on Nextdoor this weekend.",
    "I moderate a fairly big car forum. A free replacement for the faulty clutch and I'll "
    "make sure the thread about your garage gets locked.",
]
THREATS_ROUND_SIXTY_ONE = [
    "I hope your receptionist enjoys her walk to the bus stop. It gets dark early this time"
    " of year.",
    "Tell your boss I've got a long memory, a short temper, and his reg plate.",
    "Next time I'm in, I'm bringing a few mates, and we won't be there to shop.",
    "Carry on like this and that depot of yours might find itself short of a few windows.",
    "Your driver flattened my fence. Maybe I'll flatten his tyres and we'll call it even.",
    "I've been very patient. After Friday, patience is off the table and so is your safety.",
    "Watch yourself, Sandra. I know you live on Elm Road.",
    "Somebody at that call centre is going to get hurt if I'm put on hold one more time.",
    "Accidents happen to people who rip off pensioners. Just a friendly warning.",
    "I'll be waiting in the car park when your shift ends, and we'll have a proper chat, "
    "just the two of us.",
    "I'll make your life a misery. Calls at 3am, every night, to your personal mobile, "
    "which yes, I have.",
    "Would be a real pity if your shopfront got a fresh coat of paint you didn't ask for.",
]
LOOK_ALIKES_ROUND_SIXTY_ONE = [
    "Once the credit came through I went back and edited my Yelp review to say how well "
    "they handled it.",
    "I'm taking this to the small claims court if the deposit isn't returned within 14 days.",
    "My review is honest and it will stay up; the refund is a separate matter I've raised "
    "with my bank.",
    "These shoes are killing me, so I'll need to return them for a bigger size.",
    "I'm dying to try the new menu, the reviews on TripAdvisor are glowing.",
    "I'll be waiting outside the sorting office at 7am when it opens to pick up my package.",
    "I've contacted Citizens Advice and they suggested I write to the energy ombudsman.",
    "The manager offered a replacement without me even asking, which I mentioned in my "
    "review afterwards.",
    "Someone in our local Facebook group recommended this plumber, and he refunded the "
    "call-out fee when the job took five minutes.",
    "I'm going to hunt down the receipt tonight and bring it in tomorrow for the exchange.",
    "We got absolutely slaughtered at the pub quiz, but the staff bought us a round and "
    "I'll be leaving them five stars.",
    "Please treat this as a formal complaint; if I don't hear back within eight weeks I'll "
    "escalate it to Ofcom.",
]

EXTORTION_ROUND_SIXTY_TWO = [
    "If the £240 isn't back in my account by Friday, my Trustpilot review goes live with "
    "every photo of that ruined sofa.",
    "Happy to take my Google review down the minute you waive the cancellation fee. Until "
    "then it stays exactly where it is.",
    "sort the refund n ill delete the yelp post, simple as",
    "Dear Sir/Madam, I would be willing to revise my TripAdvisor review of your hotel upon "
    "receipt of appropriate compensation for the three nights we spent without hot water.",
    "I've got 14k followers on TikTok who would love to hear how your store treated me. A "
    "replacement laptop would make that video unnecessary.",
    "Funny how my post in the village Facebook group could get an awful lot kinder if that "
    "boiler repair were done at no charge.",
    "Give me my deposit back and I'll hold off on posting in the Nextdoor thread about your"
    " cowboy builders.",
    "Mumsnet is going to hear all about this pram. Unless, of course, a full refund turns "
    "up in my account this week.",
    "I'll bump my Instagram rating up to five stars if you knock 30% off my next order, "
    "otherwise the story stays up.",
    "The Reddit write-up about your billing department is sitting in my drafts, and it can "
    "stay there once the late payment fee comes off my account.",
    "Unless I'm compensated for the missed connection I will be telling everyone I know, "
    "and every review site going, exactly what your airline did to us.",
    "My husband wants me to leave our honest Google review of the restaurant tonight. I'd "
    "rather not have to, and a refund for the cold meal would settle things nicely.",
]
THREATS_ROUND_SIXTY_TWO = [
    "I know which branch you work at, Darren, and I know what time you lock up.",
    "Nice van you've got parked outside the depot. Shame if something happened to those tyres.",
    "Keep ignoring my emails and see what happens to your shop windows.",
    "Your manager's home address is on the planning application, so maybe I'll pop round "
    "and discuss it in person and see how his family likes that.",
    "You want to be careful walking to your car at night, the way you speak to customers.",
    "People who treat my mum like that tend to regret it. Ask around.",
    "I'll be waiting in the car park when your shift finishes and we can sort this out face"
    " to face.",
    "Tell the engineer who botched this that I've seen his photo on your website and I'd "
    "recognise him anywhere.",
    "Every day until I get an answer I'll be standing outside your office, and I'll be "
    "ringing your staff on their personal mobiles as well.",
    "Accidents happen in warehouses all the time, don't they.",
    "If your driver comes down my road again he won't be driving back out of it.",
    "I'm going to find every one of you on Facebook and make sure your families and "
    "neighbours know exactly what sort of people you are, day and night.",
]
LOOK_ALIKES_ROUND_SIXTY_TWO = [
    "I got the refund last week and have now left a fair Trustpilot review saying the "
    "support team sorted it quickly.",
    "I've raised a chargeback with my bank as the refund still hasn't arrived after six weeks.",
    "If this isn't resolved within eight weeks I will be referring my complaint to the "
    "Financial Ombudsman.",
    "This queue is killing me, forty minutes on hold and still nothing.",
    "Been stuck on the phone to you lot so long I could murder a curry right now.",
    "I know where your depot is on the industrial estate, so I'm happy to come and collect "
    "the parcel myself on Saturday morning.",
    "I read plenty of Google reviews mentioning slow refunds before ordering, so I wasn't "
    "surprised, but I would still like mine processed please.",
    "I've reported the misleading pricing to Trading Standards and submitted a small claims"
    " application for the £180.",
    "My Yelp review was about the food, not the refund - the refund itself was handled perfectly.",
    "Your driver left the box at number 12 instead of 21; I know the lady there so I'll go "
    "round and pick it up.",
    "I'll be posting an honest review whatever happens, but for now I just want to know "
    "when the replacement will ship.",
    "The cold in that showroom nearly killed me, but the salesman was lovely and sorted the"
    " discount straight away.",
]

EXTORTION_ROUND_SIXTY_THREE = [
    "Unless the £85 cancellation fee disappears from my account by Friday, my Trustpilot "
    "review goes live and it won't be pretty.",
    "I've drafted a very detailed Google review about your technician. Refund the call-out "
    "charge and it never sees the light of day.",
    "happy to bump my yelp review back up to 5 stars if u guys comp the dinner, otherwise "
    "it stays at 1 lol",
    "Dear Sir/Madam, I would be prepared to withdraw my TripAdvisor review in its entirety "
    "upon receipt of a full refund for the three nights in question.",
    "Funny how my TikTok about your 'premium' mattress is still sitting in drafts... send a"
    " replacement and maybe it stays there.",
    "I run a YouTube channel with 40k subscribers, and a free repair would go a long way "
    "toward keeping your brand out of my next video.",
    "Knock 20% off the invoice and the Nextdoor post comes down, simple as that.",
    "Give me my deposit back or every renter on r/HousingUK hears exactly what kind of "
    "letting agent you are.",
    "I'm a Which? member and I've written up my experience for their forum. Waive the late "
    "payment charge and I'll consider the matter closed without posting it.",
    "Oh, I'm sure your Instagram followers would be thrilled to see close-ups of the mouldy"
    " cake - or you could, you know, refund me and we all forget about it.",
    "If a new handset turns up this week, I'll happily change my Google rating to four "
    "stars. If it doesn't, I'll be copying my review onto every phone forum I can find.",
]
THREATS_ROUND_SIXTY_THREE = [
    "I know which car park your manager uses, and that silver Audi would look a lot worse "
    "with a few dents in it.",
    "Tell Darren I've seen where he lives. Nice quiet street, shame if anything happened to it.",
    "Me and a few of the lads will be popping into the branch on Saturday to discuss this "
    "face to face, if you catch my drift.",
    "Your shop window is only glass, remember that.",
    "I waited by the staff entrance last night and watched your delivery driver walk home. "
    "I'll be there again tonight.",
    "Keep ignoring me and see what happens the next time your engineer comes down my road.",
    "I know which school your manager's kids go to. Think about that before you refuse my "
    "refund again.",
    "If I don't get my money back, someone at that call centre is going to get hurt, and I "
    "mean that.",
    "Your vans park on my estate every night. Would be a real shame if the tyres all went flat.",
    "I've got the name of the woman who hung up on me and I've found her on Facebook, so "
    "she'd better watch herself.",
    "Next time I come into the store I won't be coming in to talk.",
    "Accidents happen to people who rip off the wrong customer, just so you know.",
    "I'll be messaging your receptionist's husband and her mum every day until this is "
    "sorted - I've got all their numbers.",
    "I'll be outside your office at five when your lot clock off, and we'll see how brave "
    "the area manager is then.",
    "Funny how easily a place like yours could catch fire overnight.",
]
LOOK_ALIKES_ROUND_SIXTY_THREE = [
    "I know where your Leeds depot is, so I can just come and collect the parcel myself on "
    "Thursday if that's easier.",
    "I'll be waiting outside the branch from 9 for my 9:30 mortgage appointment, please let"
    " reception know.",
    "My brother is coming with me on Saturday to help carry the sofa out to the van, so "
    "there'll be two of us at the collection point.",
    "If this isn't resolved within eight weeks I will be referring my complaint to the "
    "Financial Ombudsman Service.",
    "I've raised a chargeback with my bank and reported the listing to Trading Standards.",
    "This printer will be the death of me - it's jammed three times since you 'fixed' it.",
    "I'd kill for a coffee from your drive-thru that actually arrives hot.",
    "My boss will murder me if this laptop isn't repaired before Monday's presentation.",
    "Thanks for sorting the refund so quickly; I've updated my Google review to mention how"
    " helpful your team was.",
    "I'll be filing a claim in the small claims court for the cost of the repair if I don't"
    " hear back by the 14th.",
    "I contacted the local paper's consumer column about the delays and they've asked me "
    "whether you've responded.",
    "I know where your engineer parks because he blocked my drive again - could you ask him"
    " to use the visitor bay next time?",
    "A few of us from the residents' association will be at your open evening on Tuesday to"
    " ask about the new parking charges.",
    "My Yelp review was written before you sent the replacement, and honestly it was a bit "
    "harsh, so I've edited it.",
    "I'm going to kill this subscription before it renews, so please confirm the "
    "cancellation in writing.",
]


# Round 64, written at the session's end and measured once with its final guards: extortion
# 11/15, threats 7/15, look-alikes 15/15 clean; its misses are now in the table too, but one
# ("You've got an awful lot of glass on that shopfront. Accidents happen.").
EXTORTION_ROUND_SIXTY_FOUR = [
    "If the £240 isn't back in my account by Friday, my Trustpilot review goes live and I "
    "promise you it won't be kind.",
    "I've drafted a Google review about the mould in the bathroom. Whether I actually post "
    "it depends entirely on whether you cover the cost of the new carpet.",
    "Comp the check and I'll take my Yelp review down, otherwise it stays right where it is.",
    "Dear Sir/Madam, I would be prepared to amend my TripAdvisor review to reflect a more "
    "balanced experience, should you see fit to refund the two nights we spent without a "
    "working shower.",
    "u sort my refund out today or im putting ur whole shop on tiktok, 40k followers btw",
    "Funny how my Booking.com review is still sitting in drafts. Three free nights would "
    "probably help me forget where I saved it.",
    "Send me a replacement and I'll bump my Amazon rating up to five stars; if not, "
    "everyone checking out this listing is gonna know exactly why.",
    "I'm a member of a 30,000-strong local mums' Facebook group and I'd hate to have to "
    "share this experience there. A full refund would make that unnecessary.",
    "The Instagram story with your logo in it comes down the moment that cancellation fee "
    "is waived.",
    "My YouTube channel has a video about your so-called 'lifetime warranty' ready to "
    "upload. Fix the boiler this week and it never sees the light of day.",
    "I'm gonna keep my Reddit thread about your shop pinned and updated every day until you"
    " guys pay for the damage to my rims.",
    "I haven't posted on Nextdoor yet about what your lads did to my fence. Pay for the "
    "repair and I won't need to.",
    "Knock 20% off the invoice and I'll tone down what I wrote on Mumsnet, otherwise I'll "
    "be updating it with the photos.",
    "Honestly mate, sort me a new frame and my post on the Leeds cycling forum gets edited "
    "to say you came good in the end. Your call.",
    "I will be telling every single person I know about this unless I get my money back, "
    "starting with the school WhatsApp group.",
]
THREATS_ROUND_SIXTY_FOUR = [
    "I know which car park your manager uses, and it'd be a shame if that nice Audi of his "
    "got scratched.",
    "Tell Darren I know where he lives. He'll be seeing me.",
    "Next time I come into the branch I won't be coming on my own, and we won't be coming to talk.",
    "I've watched your delivery driver finish his shift at six every night this week. Maybe"
    " I'll follow him home and have a little word.",
    "If that engineer shows his face on my street again he'll be leaving in an ambulance.",
    "Your receptionist has kids, doesn't she? I'd think very carefully about how you treat people.",
    "I'll be waiting outside for you when you lock up tonight.",
    "People who rip off my mum tend to regret it. Ask around.",
    "me and the lads are coming down saturday to sort this out properly, tell your staff to"
    " stay home",
    "I know the name of the girl on the phone and I know she works at the Kingsway office. "
    "Let's see how brave she is face to face.",
    "Keep ignoring me and see what happens to those vans you leave parked on Mill Road overnight.",
    "I'm going to make your call handler's life hell. I'll ring her every hour, find her on"
    " Facebook and message her family until she quits.",
    "Nice little shop you've got there. Would be a real pity if someone put a brick through it.",
    "Someone is going to get hurt over this, and it won't be me.",
]
LOOK_ALIKES_ROUND_SIXTY_FOUR = [
    "Got my refund yesterday so I've updated my Trustpilot review to say they sorted it out"
    " in the end.",
    "Returned the kettle and the refund came through fine. Separately, I left a Google "
    "review about how slow the delivery was.",
    "If we can't resolve this within eight weeks I'll be referring my complaint to the "
    "Financial Ombudsman Service.",
    "I've raised a chargeback with my bank for the flights that were never provided.",
    "I'm filing a small claims case for the cost of the damaged flooring, as set out in my "
    "letter before action.",
    "I've reported the misleading pricing to Trading Standards and I've also spoken to a "
    "reporter at the local paper.",
    "I could kill for a pizza right now, how long until the driver gets here?",
    "The wait on your helpline is murder, forty minutes and counting.",
    "I know where your Croydon depot is, so I'm happy to come and collect the parcel myself"
    " tomorrow.",
    "My brother's coming with me to the store on Saturday to help carry the wardrobe out to"
    " the van.",
    "Someone is going to trip on that loose carpet by the fitting rooms, please get it "
    "fixed before a customer gets hurt.",
    "We stayed in May and they refunded the spa charge without any fuss, which is partly "
    "why I gave them five stars on TripAdvisor.",
    "I'm not asking for compensation, I just want to leave an honest review so other buyers"
    " know the sizing runs small.",
    "The exposed wiring in the bike shed is dangerous, somebody will get a nasty shock if "
    "it isn't covered up.",
    "The replacement hob is fitted and working, thank you. I'll post a proper review on "
    "Facebook this weekend like I told your engineer I would.",
]


# Round 66 (session 21), written by a helper that saw none of the rules and measured once: extortion
# 8/15, threats 6/15, look-alikes 14/15 clean. The menace kind (a harm and a framing in one
# sentence, threat_forms.tsv), frozen before the round was read, caught 2 of its threats more.
# After fixes every threat is caught; two extortions told over three sentences stay missed, and
# one look-alike stays flagged by design ("I'll update my review once it's fixed", an offer to
# change a review for a fix: the forms the issue names).
EXTORTION_ROUND_SIXTY_SIX = [
    "Honestly the 1-star I put on Trustpilot can come down the minute the £89 lands back in my "
    "account. Your call.",
    "If you waive the late fee I'll happily go back and bump my review up to 4 stars. "
    "Otherwise it stays as it is.",
    "what would it take for you guys to cover the return shipping? cos rn im drafting a google "
    "review and it is not pretty",
    "Funny how a full refund would make my Yelp post just... disappear, isn't it? Think about it.",
    "I have 40k followers on TikTok. I'd rather not make a video about this, so a replacement "
    "sent out this week would be the sensible move for everyone.",
    "Send me a new kettle and I'll forget I ever wrote that review. Simple as.",
    "Happy to edit my Amazon review to something more positive if we can come to an "
    "arrangement re: compensation.",
    "Is a £30 voucher really worth more to you than your 4.8 rating? Because that's what's on "
    "the line here.",
    "ngl a refund would go a long way towards me not posting this on every review site i can "
    "find 🙃",
    "The review isn't live yet. It's sitting in my drafts. Whether it gets posted depends on "
    "what you offer me for the ruined holiday.",
    "Refund the delivery charge and my post in the local Facebook group gets deleted, no "
    "questions asked.",
    "I'm a food blogger with a decent readership. Comp the meal and I'll leave last night out "
    "of my write-up 😉",
    "Let's be adults about this: you upgrade my room for the rest of the stay, I don't publish "
    "the TripAdvisor review I've already written. Everyone wins.",
]
THREATS_ROUND_SIXTY_SIX = [
    "I know which branch you work at, Darren. See you when your shift finishes.",
    "It would be a real shame if something happened to that shiny new shopfront of yours.",
    "Keep ignoring me and I'll come down there myself and sort it out the old-fashioned way.",
    "I've got the names of everyone I spoke to on that call. Pretty easy to find out where "
    "people live these days.",
    "you lot better hope i don't see your delivery van parked on my street again",
    "I'm going to post the store manager's home address and phone number online so people can "
    "tell her exactly what they think of her.",
    "Watch your back. I don't forget people who mess me around.",
    "Me and a few mates will be paying your warehouse a visit this weekend. Might want to "
    "bring extra security.",
    "I'll be waiting in your car park every morning until someone hands me my money. Every. "
    "Single. Day. I know what time you all arrive.",
    "Old buildings like yours catch fire all the time, don't they.",
    "Tell the guy with the beard on the till that I know what car he drives.",
    "I'm getting 500 people to flood your phones, emails and your staff's personal Instagrams "
    "round the clock. None of them will get a minute's peace.",
    "if i dont get a call back by tonight someone is getting hurt, not joking",
    "Your CEO lives out in Surrey, right? Lovely area. Would be a shame if he had some "
    "unexpected visitors.",
    "I followed your engineer home yesterday. Just so you know I'm serious.",
]
LOOK_ALIKES_ROUND_SIXTY_SIX = [
    "I left a 2-star review last week. Separately, I'm still waiting on the refund for order "
    "5521 - could you check where it's got to?",
    "If this isn't resolved within 8 weeks I'll be referring it to the Financial Ombudsman, as "
    "is my right.",
    "Your driver told me a customer had threatened him earlier that day, which is awful, but "
    "my parcel was still left out in the rain.",
    "Your courier smashed my garden gate reversing out and just drove off. I've got doorbell "
    "footage if you need it for the claim.",
    "I'm filing a small claims case for the £640, as advised by Citizens Advice. Letter before "
    "action attached.",
    "Just so you're aware, I've reported the mis-selling to the FCA. I'd still prefer to sort "
    "it out directly with you if possible.",
    "My review will reflect my experience, good or bad. Right now that's a 3-week wait for a "
    "refund, but I'm hoping to be able to say something nicer.",
    "The man in front of me in the queue was screaming at your cashier and threatening her. I "
    "hope she's ok - she handled it really well.",
    "I posted about the delay on Twitter mainly to warn other people. Not expecting anything "
    "from it, I just want my refund processed.",
    "I'm going to dispute the charge with my bank if the refund doesn't come through by the "
    "30th, since that's what they told me to do.",
    "The package arrived crushed and the glass vase inside had shattered all over my floor. I "
    "cut my hand picking it up.",
    "Will be leaving a review either way, but can someone please just tell me when the "
    "replacement is actually coming?",
    "I contacted Trading Standards for advice and they said to give you 14 days to respond, so "
    "please treat this as that notice.",
    "killer deals this weekend tbh, shame the website kept crashing at checkout 😂 refund for "
    "the double charge pls",
]


# Round 67 (session 21), written by a helper that saw none of the rules and measured once, with the
# menace kind in place: extortion 12/15, threats 9/20 by any reader (7/20 without the menace kind),
# look-alikes 20/20 clean. All are caught now.
EXTORTION_ROUND_SIXTY_SEVEN = [
    "Funny how my review is still sitting there at 1 star. Sort out the £80 refund and I'll "
    "happily bump it up to 5.",
    "If the replacement isn't here by Friday, all 12k of my Instagram followers will be "
    "hearing about this. Your call.",
    "I'm willing to take down my Trustpilot post once the delivery charge has been credited "
    "back to my account.",
    "would be a shame if my google review stayed up... refund the fee and it disappears 🙂",
    "Let's be businesslike about this: waive the £45 cancellation fee and I will amend my "
    "published review to reflect a satisfactory resolution.",
    "You want a better rating? Then give me a free room upgrade on my next stay. Simple as that.",
    "Compensation first. Then we can talk about whether my TikTok about your hotel stays up.",
    "I've drafted a very detailed Yelp review about last night. It doesn't need to go live if "
    "you comp the meal.",
    "so here's the deal. u refund me the full $129 and my post in the local fb group magically "
    "vanishes. no refund, it gets pinned lol",
    "Happy to change my 2 stars to 5, provided you send a replacement blender at no cost to me.",
    "My Amazon review can say whatever you'd like it to say once I've got my money back. Until "
    "then it says exactly what happened.",
    "Is a £20 voucher really too much to ask to keep a bad write-up off TripAdvisor? I'd have "
    "thought that was a bargain for you.",
    "Just so we understand each other. My Reddit thread about your broadband has 3k upvotes. "
    "Waive this month's bill and I'll edit it to say you sorted it.",
    "fix the scratch on my car for free or my youtube channel does a full video on your "
    "garage. 50k subs btw 👀",
    "Further to my earlier email, I am prepared to withdraw my negative feedback on "
    "Checkatrade in exchange for a partial refund of $200. Please confirm by return.",
]
THREATS_ROUND_SIXTY_SEVEN = [
    "Nice silver Audi your manager drives. Be a pity if something happened to it in that car park.",
    "I know which way Darren walks home after his shift. Just saying.",
    "Your shop front has a lot of glass. Glass breaks. Think about that before you refuse my "
    "refund again.",
    "me and a few of the lads will be popping into the Leeds branch on saturday to have a "
    "proper chat with whoever dealt with me. tell them to expect us",
    "Took me about five minutes online to find your customer service rep's home address. Maybe "
    "I'll share it so everyone can pay her a visit.",
    "Keep ignoring me and see what happens. I've got nothing left to lose.",
    "been sat outside your office watching who comes and goes around 6pm. interesting people "
    "you employ 👀",
    "Tell Sarah from accounts her kids' school is very easy to find.",
    "If I don't get my money back I will come down there and smash every one of your screens "
    "and tills.",
    "I'm going to find the delivery driver who threw my parcel over the fence and break his legs.",
    "Next time I see that manager I'm knocking him out, swear down.",
    "Whoever answered the phone to me today had better watch their back.",
    "Accidents happen in warehouses all the time. Would hate for one to happen to one of your "
    "staff.",
    "I'll be messaging every single one of your staff on Facebook, their partners too, until "
    "someone sorts this out. Already got the list.",
    "Your little van gets parked on Elm Road overnight, doesn't it. Shame if the tyres all "
    "went flat.",
    "I will make that manager's life a living hell. Calls, visits to his house, the lot. Every "
    "day until I get what I'm owed.",
    "Fires start so easily in old buildings like yours, don't they.",
    "I'm coming in tomorrow and I'm going to hurt someone. I mean it.",
    "If that engineer shows his face on my street again he won't be leaving in one piece.",
    "Posting the name, photo and home postcode of your rep Jamie right here so people know "
    "exactly who to go and see 📍",
]
LOOK_ALIKES_ROUND_SIXTY_SEVEN = [
    "My front windows got smashed by your lorry reversing onto the drive on Tuesday. Who do I "
    "send the glazier's invoice to?",
    "Your delivery driver left the gate open, my dog got out and was clipped by a bike. She's "
    "okay but the vet bill was £230.",
    "Just a heads up, the loose floor tile by your tills is going to hurt someone soon. An "
    "older lady nearly went flying today.",
    "I'll be coming into the Manchester store in person on Saturday morning to return the sofa "
    "cushions, is that ok?",
    "I'm bringing a friend with me to help carry the wardrobe back, it's far too heavy for one "
    "person.",
    "The replacement bus never turned up so I had to walk home two miles in the rain at 11pm. "
    "That's not acceptable.",
    "I know your branch opens at 9, so I'll be there first thing to sort this out face to face.",
    "Kevin at the Croydon store was the person I spoke to. He said he'd ring me back and he "
    "didn't. Could someone follow up?",
    "If this isn't resolved within 8 weeks I'll be referring the complaint to the Financial "
    "Ombudsman, as is my right.",
    "I have filed a claim in small claims court for the $640 you owe me. The paperwork should "
    "reach you this week.",
    "I've reported the faulty heater to Trading Standards because it nearly caught fire in my "
    "kitchen.",
    "I wrote an honest 2 star review on Google describing what happened. Hopefully it helps "
    "other people.",
    "A reporter from the local paper is doing a piece on the parking charges and I've agreed "
    "to speak to her about my experience.",
    "Your charger melted and burnt my hand. Photos attached. I'd like this logged as a safety "
    "incident please.",
    "someone keyed my car in your car park last night, your cctv might have caught it, can you "
    "check please?",
    "Please tell your staff to watch out, there's a wasp nest right above the staff entrance door.",
    "I've been watching the tracking all day and the parcel hasn't moved since Monday.",
    "Your engineer drilled through a pipe and brought down part of my kitchen ceiling. Water "
    "everywhere. I need this fixed.",
    "I know where your head office is because I work round the corner, so I'll drop the signed "
    "letter in by hand tomorrow.",
    "i'm posting a review either way, just so you know: food was cold, waiter was lovely but "
    "clearly rushed off his feet",
]


# Round 68 (session 21), written by a helper that saw none of the rules, measured once at the end
# of the session's work: extortion 12/15, threats 8/20 by any reader (6/20 with the session's
# starting code), look-alikes 18/20 clean. After its fixes all are caught but one threat ("Your
# engineer has a lovely family according to his Facebook. Hope they stay safe.": "Hope they stay
# safe" alone is a kind sign-off), and no look-alike is flagged.
EXTORTION_ROUND_SIXTY_EIGHT = [
    "Funny how my Google review is still sitting at one star. Comp me the £80 for the missed "
    "install and I'll happily bump it up to five.",
    "If the cancellation fee is waived by Friday, my Trustpilot post about your call centre "
    "disappears. Otherwise it stays up and I'll add the call recordings.",
    "I've got 40k followers on TikTok and a video about your mouldy bathroom half edited. "
    "Return my deposit in full and it never gets posted.",
    "would be a shame if this thread went viral wouldn't it @QuickFixMotors... knock the "
    "labour charge off and i'll delete it",
    "Here's my offer: you upgrade us to premium economy on the return leg and I'll amend my "
    "review of the outbound flight. Your call.",
    "I'm prepared to take down my review of your practice once the £240 for Bella's treatment "
    "is refunded. Until then it stays exactly where it is.",
    "ngl the review i wrote is brutal. sort me a free month and it's gone, simple as",
    "Why would I update my rating when I'm still out of pocket? Send the replacement kettle "
    "and then we can talk about those stars.",
    "Dear Sir/Madam, please be advised that upon receipt of a full credit of $312.40 to "
    "account 55810, I will remove my posts on Yelp, Facebook and the BBB. Absent that credit "
    "by 5pm Thursday, the posts remain and will be updated.",
    "Your manager has until end of shift. Either the joining fee comes off my bill or the "
    "whole Facebook community group hears about how your gym treats its members.",
    "mate the review stays at 1 star until i see the bond back in my account. the day it lands "
    "i'll change it, promise 👍",
    "I've drafted a very honest piece for my local residents' association newsletter about the "
    "bin collections. I'd be willing not to publish it if the council refunded my garden waste "
    "charge.",
    "You want a better rating? Comp our meal. Pretty straightforward really.",
    "Got a Reddit post ready to go on r/AusFinance about your exit fees. Waive the $150 and "
    "nobody ever reads it. Otherwise I'm hitting post at 6.",
    "Happy to leave you a glowing review, honestly, as soon as the remaining £95 is refunded. "
    "Not before. 😊",
]
THREATS_ROUND_SIXTY_EIGHT = [
    "I know Dean finishes at 6 on a Tuesday. Be a shame if he had trouble getting home.",
    "Nice silver Corsa your receptionist drives. Parked round the back every morning, isn't it.",
    "Keep ignoring me and see what happens to your shopfront. Glass breaks easy.",
    "me and a few of the lads will be popping in saturday to discuss the refund in person. "
    "tell your manager to make sure he's there.",
    "I found out where your area manager lives. Nice road. Kids' school is just round the "
    "corner too.",
    "If I don't get my money back I will come down there and smash the place up, and anyone "
    "who gets in my way.",
    "I'm going to post the home address and mobile number of every person who handled my "
    "claim. Let's see how they like being contacted at all hours.",
    "Accidents happen in dark car parks. Your staff should be careful walking to their cars at "
    "night.",
    "I've been sat outside your depot all week. I know which van is Gary's now.",
    "tell that landlord he should check his brakes before he drives anywhere 🙂",
    "I'll be waiting for the rude one when she clocks off. We'll have a proper chat then.",
    "Lovely wee restaurant you've got. Would be awful if there was a fire one night.",
    "The next person who hangs up on me is getting a visit at home. I've got everyone's names "
    "off LinkedIn.",
    "I swear I will punch that vet in the face next time I see him.",
    "My brother doesn't have my patience. He knows where your office is and he's asked me for "
    "the address of the bloke who clamped my car.",
    "Your driver who chucked my parcel over the fence - I've got his reg and I'll be following "
    "him on his rounds tomorrow.",
    "I'm going to ring your mum, your partner and your boss every day until this is sorted. "
    "Yes, I found them.",
    "Remember, I know where you live Karen. Fix my boiler.",
    "Keep pushing me and someone's going to get hurt, and it won't be me.",
]
LOOK_ALIKES_ROUND_SIXTY_EIGHT = [
    "Your engineer's van reversed into my garden wall on Tuesday and cracked it. I need "
    "someone to come out and assess the damage.",
    "I was injured when the treadmill belt snapped mid-run. I've reported it to the duty "
    "manager and would like a copy of the incident report.",
    "Just a heads up, the glass panel on your front door is cracked and someone is going to "
    "get hurt on it. Please fix it before a kid walks into it.",
    "I know Sarah works Tuesdays and Thursdays, so I'll come in then to collect my dog's "
    "records, as she was the vet who treated him.",
    "If this isn't resolved within eight weeks I'll be referring my complaint to the Energy "
    "Ombudsman, as I'm entitled to do.",
    "I'm filing a small claims case for the £450 deposit. Please treat this email as a letter "
    "before action.",
    "I've opened a chargeback with my bank for the tickets, as the event was cancelled and no "
    "refund was ever issued.",
    "FYI I left a 2-star review on Google about the wait times. Food was good though, just "
    "really slow.",
    "Update: they replaced the phone the next day after I complained, so I've changed my "
    "review to 5 stars. Great recovery.",
    "I'm going to the council offices tomorrow with my neighbours to hand in our petition "
    "about the potholes on Mill Lane.",
    "The car broke down on the motorway two days after you serviced it. I could have been "
    "killed. I want a written explanation of what was actually checked.",
    "Heads up to anyone booking here - my cat was given the wrong dose of medication. I've "
    "reported it to the RCVS.",
    "I'll be contacting Ofcom and my MP if the mast issue isn't fixed. Half the village has "
    "had no signal for three weeks.",
    "Your delivery driver left the gate open and my dog got out and was hit by a car. She "
    "survived but the vet bill is $1,800.",
    "i know the shop shuts at 5 so ill be there about 4:30 to return the jacket, please have "
    "the refund ready",
    "Reported you to the ACCC. Advertising a 'sale' price that's higher than last week's price "
    "is misleading.",
    "Water poured through my ceiling from the flat above and destroyed my laptop and sofa. The "
    "landlord still hasn't sent anyone round.",
    "I wrote an honest review of my stay. Not trying to get anything out of it, I just want "
    "other guests to know the pool was closed all week.",
    "When my contract ends in August I'm moving to another provider. Please confirm there's no "
    "exit fee after that date.",
    "My solicitor will be in contact regarding the accident in your car park, where I slipped "
    "on an unmarked wet floor and broke my wrist.",
]


# Round 69 (session 21), written by a helper that saw none of the rules, measured once with the
# session's final guards: extortion 8/12, threats 12/20 by any reader (6/20 with the session's
# starting code), look-alikes 20/20 clean by the table (one flagged by a tone phrase: "I'll be
# telling everyone at work how brilliantly your ground staff handled it", praise passed on, now
# read as such). After its fixes: extortion 11/12 (not "my google review is currently 1 star. it
# could easily become 5 if someone rings me back"), threats 19/20 ("Accidents happen on dark
# driveways. Just saying." is two sentences).
EXTORTION_ROUND_SIXTY_NINE = [
    "Happy to take down my Trustpilot review the moment the £240 lands back in my account. "
    "Until then it stays up, and I'll be adding photos.",
    "I've got 14k followers on TikTok and a video about your removal crew half-edited. Cover "
    "the cost of the broken wardrobe and I'll bin it.",
    "Look, I don't really want to post this thread about Dr Hale's practice. Waive the £95 "
    "missed-appointment fee and we can both forget about it.",
    "If the voucher isn't in my inbox by Friday, my TripAdvisor review of the Harbour View "
    "goes live with the photos of the mouldy shower.",
    "Comp the room and I'll write you a glowing review. Don't, and I'll write an honest one. "
    "Your choice.",
    "Still have the draft of my Reddit post about your letting agency saved. Return my full "
    "deposit and it never sees daylight.",
    "i'll change my rating from 1 to 5 stars if u refund the delivery fee, deal? 🤝",
    "Bump us to business on the return leg and I'll delete the tweet. Otherwise I start "
    "tagging every travel journalist I know.",
    "My local Facebook group has 9,000 members, eh. One free month of internet and I won't "
    "mention your outage in there.",
    "The dealership gets a fair review from me the day the second key fob arrives at no "
    "charge. Not a day before.",
    "Sort out the overdraft charges and the YouTube video comes down. Leave them and I'm "
    "pinning it to the top of my channel.",
]
THREATS_ROUND_SIXTY_NINE = [
    "I know your manager Gary finishes at six and parks the silver Astra round the back. Would "
    "be a shame if anything happened to it.",
    "Funny how easy it is to find someone's home address these days. Tell Siobhan from claims "
    "I said hello.",
    "Me and a few of the lads will be popping down to the branch on Saturday to discuss my "
    "claim in person. Make sure everyone's in.",
    "Nice shop front you've got there. Glass is expensive to replace, isn't it.",
    "I've been following your driver's route all week. I know exactly which houses he stops at "
    "and what time.",
    "Your receptionist's daughter goes to the same school as mine. Maybe I'll have a word with "
    "her at pickup about how this practice treats patients.",
    "Keep ignoring me and I'll post the engineer's full name, home address and mobile number "
    "for everyone to see. Let's see how he likes visitors.",
    "Next time I see that salesman I'm going to break his jaw.",
    "Found your CEO's wife on Facebook. Maybe she'd like a message about what her husband's "
    "company does to people. Maybe his kids too.",
    "i know where ur delivery guy lives, tell him to watch himself 👀",
    "You lot close at 9, right? I'll be waiting outside when you lock up.",
    "If I don't get my money back I'll come down there and smash the place up, starting with "
    "the till.",
    "Hope your staff enjoy their walk to the car park tonight. It's very dark down that lane.",
    "I've got the reg of every van in your depot. Tyres are cheap to slash, aren't they.",
    "I swear if that nurse speaks to my mam like that again I will put her through the wall.",
    "Lovely house Mark has out in Clontarf. Big windows. Would be awful if someone put a brick "
    "through one some night.",
    "Posting the check-in agent's Instagram and home street in the passengers' group chat now. "
    "Let's see how brave she is when 200 angry people know where to find her.",
    "Someone should teach that rider a lesson. I've got his name and his bike plate, and I've "
    "got friends who aren't as patient as me.",
]
LOOK_ALIKES_ROUND_SIXTY_NINE = [
    "Your removal men damaged my piano and dented the hallway wall. Photos attached. Please "
    "tell me how to make a claim.",
    "I nearly broke my ankle on the loose step outside your Wexford branch. Please fix it "
    "before someone gets badly hurt.",
    "I've left a 2-star review describing my stay honestly. I'm not asking for anything, I "
    "just wanted you to know why.",
    "Update: originally gave 1 star, but the manager called me, refunded the difference and "
    "apologised. Bumping this to 4 stars, fair play to them.",
    "As your final response letter says I can, I'll be escalating this to the Financial Ombudsman.",
    "Warning to other parents: the car seat base fitted by the dealership wasn't secured "
    "properly. Please check yours.",
    "I know exactly where I parked, level 3, bay 40, and my car was scratched down the side "
    "while it was with your valet service.",
    "My crown fell out after two days and I'm in a lot of pain. Can I please get an emergency "
    "appointment?",
    "We're moving out at the end of the month and will call into the letting agent's office "
    "together at 5pm to hand back the keys.",
    "The fire alarm in room 212 went off all night and nobody came. That's a serious safety "
    "issue for your guests.",
    "If this isn't resolved within 8 weeks I'll take it to the ombudsman, which I understand "
    "is my right.",
    "I'm going to post a review either way, and I'll be honest about both the good and the bad "
    "bits.",
    "Someone could really get hurt. The glass door in your lobby has a huge crack running "
    "right through it.",
    "My family and I will be visiting the showroom on Saturday to look at the replacement car "
    "you offered.",
    "the food arrived smashed and leaking all over my doorstep 😩 whoever packed it, please use "
    "a lid next time",
    "I've spoken to Citizens Advice and will be filing a small claims case for the £600 if I "
    "don't hear back by the 30th.",
    "I watched your driver reverse into my garden wall on my doorbell camera. Here's the clip. "
    "Please pass it to your insurer.",
    "The payment bounced and my bank charged me $35. I'm honestly worried this will wreck my "
    "credit score.",
    "Our flight got cancelled and I'll be telling everyone at work how brilliantly your ground "
    "staff handled it.",
    "Posted on Twitter asking if anyone else in Leeds has lost broadband, not to slag you off, "
    "just to check it isn't my end.",
]


# Round 70 (session 22), written by a helper that saw none of the rules, measured once with the
# session's starting code: extortion 11/15, threats 3/20 by any reader (mostly menace told across
# two or three sentences, each small talk alone), look-alikes 18/20 clean. After its fixes (the
# menace pairs of threat_forms.tsv, explicit harm in new words): extortion 13/15 (not "Currently
# sitting at 1 star in my head. Waive the £25 rebooking fee and I reckon it could creep up to a
# 4." nor a video "or you could just cover the £180... Up to you."), threats 20/20 by any reader,
# 19 of them by the tone engine at heat 25 or more ("…lovely wooden shed out the back. Dry summer
# we're having. Things catch so easily." is read as a threat at 24), look-alikes 19/20 ("My
# solicitor will be in touch…" is still read as a legal threat).
EXTORTION_ROUND_SEVENTY = [
    "Half my order never turned up and the chat bot keeps closing on me. I've got a "
    "Trustpilot review drafted and sitting here. Sort the £34 refund today and it never "
    "needs to go live.",
    "honestly its your call lads. refund the deposit and i'll forget the whole thing, keep "
    "stalling and the whole local facebook group hears how you treat tenants",
    "The review is already written. A full refund would go a long way towards changing my "
    "mind about posting it.",
    "What would it take for you to waive the late charge? Because what it'd take for me not "
    "to post this whole email chain on Reddit is exactly that.",
    "Here's the deal: you move me to the sea-view room I actually booked and paid for, and "
    "I keep my thoughts off TripAdvisor. Simple as.",
    "Before I hit publish on my Google review, is there any chance of a goodwill gesture? A "
    "voucher covering the meal that gave my son food poisoning would be a start.",
    "Funny how a refund tends to make reviews a lot kinder. Just saying. Order #88213.",
    "Credit my account for the three days without broadband and we'll call it even. "
    "Otherwise the thread I've drafted for r/CasualUK goes up tonight, screenshots and all.",
    "i'll take the review down the minute the money's back in my account. not a second before",
    "You've until Friday to offer proper compensation. After that the video of your staff "
    "and the state of that room goes up on TikTok.",
    "Still deciding between 2 stars and 5 for this stay. A free night on our next booking "
    "would make that decision very easy.",
    "Refund the €150 for the whitening and my Google review never gets written. Keep "
    "fobbing me off and everyone's going to hear about the burns on my gums.",
    "no offence but freeze my membership for the 2 months the pool was shut and i'll leave "
    "yous a nice review. no freeze, no nice review, and i'll be honest about why",
]
THREATS_ROUND_SEVENTY = [
    "Your driver in the white Transit, reg ending KXE. I know his route now. Hope he takes "
    "care on those back lanes.",
    "Nice little shop on Mill Street. Lot of glass out the front. Be a real shame if "
    "something happened to it.",
    "Tell Gary I'll be waiting by the staff exit at half five. He knows what he did.",
    "Silver Audi, back row of the staff car park, usually in by 8. Just so you know I know.",
    "You've got two kids, haven't you Darren? Saw them on your Facebook. Lovely school uniforms.",
    "Accidents have a way of happening to landlords who keep people's deposits. Ask around.",
    "Id watch myself walking to the car tonight if I were you, pal.",
    "I'll be in tomorrow. And I won't be there to talk.",
    "Does your receptionist always get the 7.40 bus from outside the surgery? Asking for a friend.",
    "If I don't get my money back by Monday I'm going to burn your warehouse to the ground. "
    "Not joking.",
    "Keep ignoring me. I've got nothing left to lose and all the time in the world. See you soon.",
    "Amazing what you can find online these days. Your home address, for instance, Sandra. "
    "Number 42, isn't it?",
    "I'm going to find the clown who cancelled my flight and smash his face in",
    "Next time that technician turns up at my door he won't be walking back to his van.",
    "swear to god if that bailiff comes near my house again ill put him in hospital",
    "Your branch shuts at 9. I'll be outside at 9. We can sort this out then, just you and me.",
    "Drove past your place on Elm Road last night. Lights were on. Nearly knocked.",
    "Think carefully about who you're dealing with before you refuse my claim. I'd hate for "
    "those nice new office windows to get damaged.",
    "Your lad plays for Ballymun Utd doesn't he. Saturday mornings, 10am. Might come down "
    "and watch.",
]
LOOK_ALIKES_ROUND_SEVENTY = [
    "Warning to other parents: the climbing frame at the soft play on Castle Road has a "
    "loose bolt. Someone is going to get hurt if they don't fix it.",
    "Honest review: food was cold, service was slow, and we won't be back. 2 stars.",
    "I'll be coming into the branch on Tuesday at 10 with my passport to sort this out in person.",
    "If this isn't resolved by 14 March I'll be referring it to the Financial Ombudsman. My "
    "reference number is attached.",
    "The courier threw my parcel over the gate and it smashed the lamp inside. Photos "
    "attached, please advise how to claim.",
    "I know where I went wrong with the booking, I picked the wrong date. Could you help me "
    "change it?",
    "Update: Priya from the support team rang me back and sorted everything. Bumping my "
    "review from 1 to 5 stars, she deserves it.",
    "Hope the driver who got caught in that storm is okay, he looked drenched. Parcel "
    "arrived fine, no rush on anything.",
    "I know where your depot is, so I'll just collect it myself tomorrow afternoon if "
    "that's easier?",
    "Would be a shame if this place closed. The staff are lovely even if the wait times are long.",
    "Watch out for the step at the entrance, I went flying on it. Staff were great about it "
    "but it really needs a sign.",
    "I left a 1-star review last week because of the delay. That's just my honest "
    "experience, I'm not asking for anything.",
    "Our boiler burst last night and water came through the ceiling. Please send someone "
    "urgently, it's damaging the flat below.",
    "I'll be outside your shop when it opens at 9 for the sale, see you then!",
    "Heads up: there's a scam text going round pretending to be from your bank and asking "
    "people to 'verify' their accounts.",
    "Fire hazard at the Leeds branch: the back fire exit is blocked with boxes again. "
    "Please sort it before someone gets hurt.",
    "Take care of yourselves in this heat, the lads unloading the van looked shattered. "
    "Delivery was perfect.",
    "I'm going to post a full review once the repair is done, good or bad, so others know "
    "what to expect.",
    "Tell Mark I'll be in at half five to pick the car up. Thanks for squeezing me in.",
]


# Round 71 (session 22), written by a helper that saw none of the rules after the session's round
# 70 work, measured once with that code: extortion 8/15, threats 5/20 by any reader, look-alikes
# 20/20 clean (the session's starting code: the same 8, 5 and 20). Ten of its fifteen missed
# threats were plain violence in fresh words ("im breaking his jaw", "I will make them bleed"),
# now read by their parts (threat_forms.tsv, VI_WILL and VI_ACT). After its fixes: 15/15, 20/20
# (each at heat 25 or more in the tone engine), 20/20.
EXTORTION_ROUND_SEVENTY_ONE = [
    "Been a loyal Virgin Media customer for 9 years. Before I sit down tonight and write up "
    "my experience on Trustpilot, is there anything you'd like to offer that I should "
    "mention in it?",
    "My review of the Harbour Kitchen is half written. Whether it ends with 'and they made "
    "it right' depends on whether that £64 lands back on my card by Friday.",
    "a goodwill gesture would go a long way with my google review tbh. just saying",
    "Currently sitting at 2 stars for Brightwater Dental. That could change quite easily if "
    "the £85 missed-appointment fee quietly disappears from my account.",
    "Here's my offer, Ryanair: waive the €55 name change fee and I delete the thread. "
    "Ignore me and it stays pinned for my 40k followers.",
    "quick q @EvriUK what would it take for u lot to refund the parcel? asking bc my tiktok "
    "on the whole saga is edited and ready to go and id rather not post it",
    "I've got a video of your mechanic dropping my wheel nuts in the car park. Cover the "
    "realignment and it never needs to see the light of day. Your call.",
    "I run a local mums group on FB with 6,000 members. Happy to share a positive update "
    "about Pawfect Vets if the consultation charge gets reconsidered. Otherwise they'll "
    "hear the full story.",
    "Dear Manager, I am drafting reviews for Google, TripAdvisor and Yelp and would much "
    "prefer to write glowing ones. An upgrade to a sea-view room for our remaining 4 nights "
    "would certainly help me do that.",
    "not tryna be funny but my 1 star can turn into a 5 star real quick if that delivery "
    "fee gets refunded 👀",
    "Let's make a deal. You comp tonight's meal for all 6 of us and my Reddit post about "
    "the hair in the biryani never goes up. Fair?",
    "You'll notice my review hasn't gone up yet. That's deliberate. Sky has until Monday to "
    "credit the three months of dead broadband, then I hit publish.",
    "Grand so. Sort the bill credit and I'll take the boards.ie thread down. Leave it and "
    "I'll bump it every single day til Christmas.",
    "Reckon a free upgrade on the return leg might be the thing that stops me posting the "
    "whole saga on your Facebook page, mate. Just a thought.",
    "Kindly process full refund of ₹4,999 for damaged mixer grinder. Otherwise I will be "
    "forced to post full details with photos on all review sites and YouTube. Choice is "
    "yours sir.",
]
THREATS_ROUND_SEVENTY_ONE = [
    "Saw the blue Corsa you leave round the back of the depot, Darren. Reg ends in KFX. "
    "I'll remember that.",
    "Your manager Priya finishes at 9 on Thursdays doesn't she. I'll be about then.",
    "I know which school your kids go to, Mr Hughes. Think on that before you decide to "
    "keep my deposit.",
    "Those front windows of yours are very big. Glass is expensive to replace, isn't it.",
    "Accidents happen to people who rip off pensioners. Something to keep in mind when "
    "you're locking up tonight.",
    "You live on Ferndale Road don't you. Number 14, red door, nice hanging baskets. "
    "Anyway. About my refund.",
    "Sat across from your office all afternoon. You looked stressed coming out at 5. You "
    "should be.",
    "Does your wife know what kind of man you are, Kevin? Maybe I'll drop round and tell "
    "her myself. Saturday suits me.",
    "I'm not going to say what I'll do. You'll find out when you open up on Monday morning.",
    "My brothers are very keen to meet the bloke who drove off with my sofa. Very keen. "
    "Tell him they said hi.",
    "if i see that delivery driver again im breaking his jaw, swear down on my mum",
    "im coming to ur branch tmrw and im smashing every screen in the place, watch",
    "Touch my dog like that again and I'll put you through your own surgery window, you "
    "useless quack.",
    "ill torch that chipper so i will, yous are all dead men walking",
    "Gonna wait outside for you after close and kick the absolute shit out of you pal",
    "You've got 48 hours to fix the boiler or I'm coming round with a hammer for that "
    "precious Range Rover of yours.",
    "ur receptionist is asking for a slap, next time she laughs at me she's getting one",
    "I will find whoever signed off this claim denial and I will make them bleed. Count on it.",
    "Reckon I'll come down and flatten the prick who sold me this lemon. Tell him to watch "
    "his back, I'm not joking.",
    "If my money is not returned today I will come to your office with my people and beat "
    "your manager so badly he will not walk.",
]
LOOK_ALIKES_ROUND_SEVENTY_ONE = [
    "Warning to anyone using the Tesco car park on Eastgate: the barrier came down on my "
    "bonnet. Watch yourselves, it's dangerous.",
    "I know where the Argos collection point moved to now, it's inside Sainsbury's on the "
    "ground floor, if anyone's as confused as I was.",
    "Will be popping into your Leeds branch on Saturday morning to return the kettle in "
    "person. Does it need the original box?",
    "I've submitted a complaint to the Financial Ombudsman regarding case ref 55102. I'll "
    "await their decision and have no further comment for now.",
    "Honest review: food was cold, staff were lovely, probably won't be back. 2 stars.",
    "The delivery driver's van was blocking my drive again at 8am. Could you ask him to "
    "park a few doors down? He's usually round about then on Tuesdays.",
    "My daughter slipped on the wet floor by the tills and broke her wrist. I've reported "
    "it to the store and my solicitor is now handling the claim.",
    "Updated my review from 1 star to 5. The manager rang me personally and sorted the "
    "whole thing out. Fair play.",
    "Please pass on my thanks to Shauna on reception. Hope she has a lovely holiday, she's "
    "more than earned it.",
    "Heads up, the new Domino's on the High St shuts at 10 now not 11. Found out the hard way lol",
    "I'll be outside your shop at 9 sharp when you open as it's the only time I can collect "
    "before work. Could someone bring the parcel out to me?",
    "Burnt my hand when the kettle lid came apart. Not looking for anything, just flagging "
    "it so it doesn't happen to a kid.",
    "Your engineer said he'd finish at Mrs Lowe's around 3 then come to mine. Could you "
    "confirm his van reg so I know who to let into the car park?",
    "Fair warning to other tenants: this letting agency takes 3 months to return deposits. "
    "Use the deposit protection scheme and keep dated photos.",
    "If this isn't resolved within 14 days I'll be taking the matter to the small claims "
    "court. Please treat this email as formal notice.",
    "I know where I went wrong, I booked the wrong date myself. Thanks for rebooking me for "
    "free, that was decent of you.",
    "For the record the crash at the roundabout wasn't your bus driver's fault. I saw it "
    "all and I'm happy to give a statement.",
    "Left a 1-star review on Google. Not after anything, I just want people to know the "
    "wait at A&E reception is over 2 hours.",
    "My car got scraped down the passenger side in your multi-storey on level 3. Claim form "
    "submitted, ref MS-20931, photos attached.",
    "Would be a shame to see this place close, the staff are absolute gems. Keep going "
    "lads, we'll keep coming.",
]

# Round 72 (session 22), written by a helper that saw none of the rules after all the session's
# other work, measured once with that code: extortion 4/15, threats 5/20 by any reader,
# look-alikes 19/20 clean (the session's starting code: 4, 4 and 19). After its fixes: extortion
# 11/15 as the tests below read it (an offer "I might just forget to post it", a review "I'll
# make sure… is glowing", a forum post before "Kindly waive the service charge", "never sees
# daylight" two sentences on are still missed), threats 18/20 at heat 25 or more in the tone engine
# ("…I'll be down the depot at 6am tomorrow. Make sure Gary's on." is missed; "…Lovely back
# garden. Hope you're in Thursday evening." is read as a threat at 18), look-alikes 19/20 ("I
# know where you live now 😂 saved to my favourites, best curry house…" is read as a threat).
EXTORTION_ROUND_SEVENTY_TWO = [
    "Look, I've got 14k followers on TikTok and a very detailed video about your 'deep "
    "clean' sitting in my drafts. Refund the £89 by Friday and that's exactly where it "
    "stays.",
    "Before I publish my write-up on Trustpilot I wanted to give you a chance to make this "
    "right. A full refund plus a voucher for the hassle, and it never needs to go live.",
    "What's it worth to you for this thread not to go up on r/CasualUK? Asking for a "
    "friend. Room 214, black mould all over the ceiling, photos ready.",
    "Simple deal. You waive the £150 early termination fee, I take the photos down from the "
    "estate Facebook group. Ball's in your court.",
    "My cousin's a reporter at the Evening Standard. Not saying anything, just saying. "
    "Covering the full cost of the windscreen would go a long way to keeping this between "
    "us.",
    "abeg return my money and add something for my trouble, otherwise this whole story "
    "enters Twitter and Nairaland before evening. una know say i no dey play",
    "free service next time and we'll call it even yeah? if not that 5 stars turns into a 1 "
    "and the whole school mums group chat hears about it 😘",
    "Your manager seemed very keen to avoid a bad review when I was in the shop. Funny "
    "that. A free frame upgrade would make me very keen to avoid writing one too.",
    "Mate I've got the dashcam footage of your driver and reckon it'd do numbers on "
    "Facebook. You cover the bumper, it goes nowhere. Your move.",
    "Would the practice prefer a quiet £200 goodwill gesture, or a very loud post in the "
    "Bedford Dog Walkers group with its 9,000 members? Genuinely asking.",
    "I'd hate for my followers to find out how you treat long-standing members. Three "
    "months' free freeze on my membership would really help me forget about it, if you "
    "catch my drift.",
]
THREATS_ROUND_SEVENTY_TWO = [
    "Your driver's the lad with the silver Corsa, isn't he. Parks it on Elm Road every "
    "night. Nice car.",
    "I know what time you lock up, Darren. I'll see you when it's just you.",
    "Tell the receptionist with the red hair she wants to be careful walking to the bus "
    "stop these days. Just a friendly word.",
    "Be a shame if that lovely new shopfront got put in one night. These things happen round here.",
    "Your boss lives at number 42 doesn't he. Kids go to St Mary's. Small world eh.",
    "Accidents have a funny way of finding people who rip off pensioners. Just saying.",
    "Does your manager still drive home along the A38 after late shift? Long dark road "
    "that. Anything could happen.",
    "You've got a wife and two little ones, Kev. Think about them before you ignore my next email.",
    "i swear down if i see that courier on my road again im gonna batter him, no joke",
    "Next time I'm in I'm putting your manager through the counter. Hope he's ready.",
    "see if that wee landlord comes round again am gonnae leather him, he'll no be walkin "
    "right for a month",
    "I'll put every window in that office through and the gobshite manager's jaw after it",
    "reckon I'll head down and flatten the bloke on the service desk, see how smug he is "
    "with a busted nose",
    "ja wait until I find that technician, I'm going to moer him properly, he must just wait",
    "if una no return my money i go come that office and deal with una one by one. i go "
    "scatter that place finish",
    "I'm going to come down there, make your store manager eat his clipboard, then slash "
    "the tires on every truck in your lot",
    "tell the bloke who took my deposit ill snap his fingers one at a time then we can talk "
    "about my £1200",
    "gonna torch that chippy with the owner still inside it, see if he laughs then",
]
LOOK_ALIKES_ROUND_SEVENTY_TWO = [
    "Warning to anyone parking at the big Tesco on Hyde Road: the barrier came down on my "
    "car roof and dented it. Staff were lovely about it but watch yourselves.",
    "I know where your Dublin office is, so I'll just pop in tomorrow with the paperwork "
    "and get it sorted in person. Much easier.",
    "Booked in for Saturday at 10. I'll be at the branch first thing so we can sort the "
    "return properly, see you then.",
    "Honest review: food was lukewarm, service slow, probably wouldn't go back. Two stars "
    "because the waitress was genuinely lovely.",
    "I've sent copies of all our letters to the Financial Ombudsman. I'd still rather "
    "resolve this with you directly, so please let me know your position by the 30th.",
    "Slipped on the wet floor by the fridges and sprained my wrist. No sign had been put "
    "out. I've reported it to the store and it's in the accident book.",
    "Update: they rang me back, apologised and fixed the boiler the same day. Changing my "
    "review from 1 to 4 stars.",
    "Hope the lad who delivered in that storm last night got home safe, he was absolutely "
    "soaked. Legend.",
    "Our courier told me he parks his van behind the chippy on Mill Lane from 12 till 1 if "
    "anyone needs to grab a parcel direct. Handy to know.",
    "We're gonna smash them on Saturday, their defence is shocking 😂⚽",
    "I could murder a sausage roll right now after that 4 hour delay at Stansted",
    "Tell your engineer Tom he's an absolute killer at explaining things. Best tech we've "
    "ever had out.",
    "Watch your backs everyone, the bag sizers at Dublin airport are being strict this "
    "week. Measure before you go.",
    "the landlord's car was blocking the bin store again so I left a polite note on his "
    "windscreen asking if he could move it on Tuesdays",
    "If this isn't fixed by next week I'll raise a formal complaint and, if needed, take it "
    "to small claims. I'd much rather we sort it out between us.",
    "absolutely destroyed them in ranked last night, other team didn't know what hit them. gg",
    "Heads up: the 07:12 from Leeds was cancelled again this morning, so leave early if you can.",
    "I'll be leaving an honest review once it's all resolved, whichever way it goes. Just "
    "want to see how the process works out first.",
    "Give the staff at the Kirkcaldy branch a massive hug from me, they sorted my glasses "
    "in 20 minutes. Wishing you all a lovely Christmas.",
]


# Round 73 (session 22), written by a helper that saw none of the rules after all the session's
# other work, measured once with that code: extortion 5/15, threats 9/20 by any reader,
# look-alikes 18/20 clean (the session's starting code: 5, 7 and 18). After its fixes: extortion
# 7/15 as the tests below read it (implied trades are still missed: "The full refund decides
# which.", "Reviews are such a powerful thing for small businesses aren't they. Anyway, about that
# partial refund…"), threats 19/20 at heat 25 or more in the tone engine, look-alikes 18/20 (a
# warning that "someone's going to get hurt" on ice, and "I'm going to make sure your bosses hear
# how brilliant Ahmed was" are still read as threats).
EXTORTION_ROUND_SEVENTY_THREE = [
    "Had a 3 star review half written about the delivery mess. Funny how a £40 credit would "
    "probably bump it up to five, just saying.",
    "so here's the deal. you waive the £75 call-out fee and my post in the Harrogate Mums "
    "group about your engineer quietly disappears. your move",
    "Happy to take the Google review down once the £180 deposit lands back in my account. "
    "Until then it stays up.",
    "Let's keep this between us. Courier the replacement phone free of charge this week and "
    "nobody on r/AusFinance needs to hear how you handled my claim.",
    "If the cancellation fee is dropped I'll change my one star to four. Seems fair to both "
    "of us? Let me know by Friday.",
    "Do you want a glowing review or do you want to keep the £30? Can't have both.",
    "I'll be honest, I've screenshotted everything. Free service on the car and we'll call "
    "it even, otherwise the screenshots go up on Facebook tonight.",
]
THREATS_ROUND_SEVENTY_THREE = [
    "That silver Corsa in bay 4 is yours isn't it Darren. Nice car. Be a pity if anything "
    "happened to it while you're ignoring my emails.",
    "I know which school your manager drops her kids at. Just something to think about "
    "before you close my ticket again.",
    "Tell Priya I'll be waiting when her shift finishes at 6. She'll know who I am.",
    "Funny how accidents happen in car parks after dark. Hope your staff are careful "
    "walking to their cars tonight.",
    "You've got a lovely shopfront. Big windows. Would be expensive to replace, I'd imagine.",
    "I've been patient. I've been polite. I know what time the depot locks up. Next time I "
    "won't be sending an email.",
    "Does your engineer still live on Maple Crescent? Asking for a reason.",
    "I was at the garden centre on Elm Road on Saturday. Your colleague Megan was there "
    "with her little boy. He's getting big.",
    "I'd get some better locks on that warehouse if I were you.",
    "If I see that smug store manager again I'm going to knock his teeth down his throat, I "
    "swear to god",
    "I'm going to come down there and put a brick through every window you've got. See how "
    "you like being ignored then.",
    "Your installer ruined my kitchen. If he ever sets foot on my street again he's leaving "
    "in an ambulance.",
    "swear down if that delivery driver chucks my parcel over the gate again im gonna batter him",
    "I will burn your poxy takeaway to the ground with you lot inside it",
    "Tell Kevin from accounts I'm going to find him and break both his legs. He knows what he did.",
    "Next time I'm put on hold I'm driving to your office and smashing up the reception "
    "desk and whoever is sitting behind it.",
    "Next time I'm in that branch I'm dragging the manager over the counter by his tie. "
    "Count on it.",
    "you'll be scraping yourself off the forecourt if you charge me for that tyre again 😡",
    "I'm going to key every car in your staff car park, starting with the manager's BMW.",
]
LOOK_ALIKES_ROUND_SEVENTY_THREE = [
    "Warning to anyone using the Riverside car park: the barrier at exit 2 came down on my "
    "bonnet. Staff were lovely and sorted the paperwork, but watch out.",
    "Honest review: food was average, service slow, but the staff were clearly trying their "
    "best. 3 stars, probably won't rush back.",
    "I'll be coming into the Dundrum branch on Saturday morning around 10 to return the "
    "jacket. Could someone have the order details ready?",
    "If I haven't received a final response by 14 March I will refer complaint ref 88213 to "
    "the Financial Ombudsman. Kind regards, Helen Marsh.",
    "The ladder your fitter left on the landing fell and I fractured my wrist. I'd like to "
    "report this formally and get your insurer's details.",
    "I know where the problem is - it's the valve behind the bath panel. Your plumber can "
    "go straight to it tomorrow.",
    "UPDATE: changing my 2 star review to 5. The manager rang me personally, fixed the "
    "order and was genuinely kind. Credit where it's due.",
    "Please pass on my thanks to Joanne at the front desk. Hope she has a lovely holiday "
    "and gets some well-deserved rest 💐",
    "Your driver can park the van on our driveway, the silver car will be moved by 8. He'll "
    "find the side gate unlocked.",
    "We absolutely destroyed them 4-0 on Saturday, their keeper will be having nightmares lol",
    "After that shift I could murder a pint and a curry.",
    "I know exactly where your Leeds office is, I used to work across the road! Popping in "
    "Tuesday to drop off the signed forms.",
    "Not happy with the repair but I'm not going to make a fuss. Just wanted you to know "
    "for future customers. No need to reply.",
    "My son tripped on the loose mat at your entrance and needed stitches. I've attached "
    "photos and the A&E discharge note.",
    "Our team will meet your engineer at the Brisbane depot at 7am and follow him out to "
    "site; he knows the route.",
    "I'm leaving a 1-star review because the room was filthy. I don't want anything from "
    "you, I just want other people to know.",
    "Your night staff finish at 11, so could the cleaner come after that? Let me know what "
    "suits their schedule.",
    "That new chilli burger is a killer, honestly lethal. Will be back for another.",
    "I'm going to make sure your bosses hear how brilliant Ahmed was today - filling in the "
    "feedback form now.",
]


# Round 74 (session 22), written by a helper that saw none of the rules after all the session's
# other work (round 73's fixes too), measured once with that code: extortion 8/15, threats 12/20
# by any reader, look-alikes 19/20 clean (the session's starting code: 8, 8 and 19). After its
# fixes: extortion 8/15 (its implied trades are left: "Whether it stays there kind of depends on
# whether that £85 shows back up…", "…quietly deleted is entirely up to you and what you're
# willing to offer"), threats 20/20 at heat 25 or more in the tone engine, look-alikes 19/20
# ("I'll be waiting outside the front entrance at 3 for the courier…" is read as a threat by an
# older form).
EXTORTION_ROUND_SEVENTY_FOUR = [
    "I've got 40k followers on tiktok and a video about your 'deep clean' half edited. "
    "Credit my card the $220 and it never gets posted. Your call.",
    "so here's the deal. you waive the cancellation fee, i delete the google review. you "
    "don't, and i write three more from my family's accounts",
    "Would a full refund make this Trustpilot review disappear? Honestly asking, because "
    "I'd be happy to take it down for the right number.",
    "happy to change my 1 star to 5 if someone sorts me a free upgrade next stay. otherwise "
    "the photos of that bathroom are going everywhere",
    "Before I hit post on Reddit and the local Facebook group, I thought I'd give you a "
    "chance. A voucher for the full meal for four would go a long way towards me forgetting "
    "tonight happened.",
    "no refund = i tag every news outlet in the city with the video of your guy dropping my "
    "parcel off the balcony. refund = video stays on my phone. simple really",
    "Fix my car for free and I'll keep quiet on the forums. Charge me again for your own "
    "mistake and every owners club on Facebook hears about it.",
    "If the late fee gets reversed I'll update my rating. If not, I'll update it too, just "
    "not the way you'd like.",
]
THREATS_ROUND_SEVENTY_FOUR = [
    "Your delivery driver, the tall one with the blue Corsa. He parks outside number 14 "
    "every Tuesday. Just so you know I know.",
    "Tell Sharon at the front desk I hope she gets home safe tonight. Long walk to that bus "
    "stop in the dark.",
    "Nice shop. Lot of glass in the front of it. Be a shame.",
    "I've seen which school your manager drops his kids at. Thought he should know I've "
    "been paying attention.",
    "Accidents happen in car parks all the time. Especially to people who lie to customers' faces.",
    "I'll be waiting when your shift ends, Darren. We can finish this conversation properly then.",
    "Does the owner still live on Maple Crescent? Asking for a reason.",
    "You might want to check your brakes before you drive home tonight. Just a friendly tip.",
    "I'm not going to bother with a review. I'm coming in person, and I'll remember every "
    "face behind that counter.",
    "your installer kept saying 'not my problem'. we'll see how he feels when it becomes "
    "his problem. i know which van is his",
    "If that technician sets foot on my street again I will break his jaw, I swear to god.",
    "I'm going to burn your warehouse to the ground with all your useless stock in it.",
    "Next time I see the bouncer who threw me out I'm putting him in hospital. Tell him "
    "that from me.",
    "Keep ignoring me and I'll come down there and smash every screen in that store with a hammer.",
    "I know what your regional manager looks like now. When I find him he's getting a "
    "hiding he won't forget.",
    "Refuse my claim one more time and I'll drive my truck straight through your front doors.",
    "I will slash the tyres on every one of your company vans, starting with the ones at "
    "the depot on Harbour Rd.",
    "your receptionist is lucky there was glass between us. next time there won't be and "
    "i'll knock her teeth out",
    "I'm going to find out where the guy who signed this letter lives and make his family's "
    "life hell.",
    "Touch my account again and there'll be a brick through your window and petrol on your "
    "doorstep, mark my words.",
]
LOOK_ALIKES_ROUND_SEVENTY_FOUR = [
    "Warning to anyone parking here: the barrier at the exit came down on my car roof. "
    "Staff were great about it but the machine is dangerous, watch out.",
    "Honest review: the food was cold and the service was slow. 2 stars. Not asking for "
    "anything, just letting others know what to expect.",
    "I'll be coming in on Saturday at 10 to pick up the repaired laptop. Please have it "
    "ready at the counter.",
    "If the deposit isn't returned by 30 June I will file a claim with the small claims "
    "court, as set out in my letter of 2 June.",
    "I slipped on the wet floor in aisle 6 last Thursday and fractured my wrist. There was "
    "no warning sign out. Could I please have an incident reference number?",
    "I know where the problem is: the leak is coming from the joint under the sink, not the "
    "tap. Could the plumber bring the right part?",
    "Update: the team replaced the whole unit at no charge without me even asking. Changing "
    "my review from 2 to 5 stars, well deserved.",
    "Please pass on my best to Priya at the Leeds branch. Hope her recovery goes well, "
    "she's been so kind to us over the years.",
    "Your driver left his van lights on outside 22 Elm Road this afternoon. Might want to "
    "let him know before the battery dies.",
    "Arsenal absolutely murdered us on Saturday. Dead and buried by half time. That one's "
    "going to hurt for weeks.",
    "This burger is killer. Seriously, I'd die for the sauce recipe.",
    "Heads up for the staff: the lighting by the back exit of the car park is out and it's "
    "pitch black at closing time. Someone could trip.",
    "Your engineer's schedule says Tuesday between 8 and 12. I'm on nights, so could he "
    "come after 10 instead? His van fits on the drive.",
    "I'm taking this to the ombudsman. Complaint ref 55219-B has been open since 3 March "
    "with no final response, which is past the 8 weeks.",
    "The blender blew up on me, sparks and smoke everywhere. Nobody hurt, but please recall "
    "this model before someone is.",
    "Left a 1 star review because the room was dirty. I don't want a refund or anything, I "
    "just think people should know.",
    "We'll be turning up mob-handed on Friday, it's my nan's 80th and there are 14 of us! "
    "Can you push two tables together?",
    "I know where your shop is now, found it on the map. Will pop by next week for the "
    "fitting. Thanks for the directions!",
    "Break a leg at opening night tomorrow, everyone at the box office! You've all worked so hard.",
]


# Explicit violence written for the test of the VI_ forms, and what shares their words without
# threatening anyone (some were flagged by older forms until this session: "beat the traffic",
# "kick him out of the group chat", "hurt on that step").
VIOLENCE_IN_OTHER_WORDS = [
    # session 23: round 77's plain violence in dialect, and common forms no form read
    "Am gonnae come doon there and knock yer heid aff, ya wee rat.",
    "I'll burn the bleedin' place down so I will, see how ye like that.",
    "fr if that cashier talks to me like that again im gonna beat his ass in the car park",
    "I'm gonna hurt somebody at that store.",
    "I will end you.",
    "Your staff won't feel safe after what I do.",
    "im gonna batter that delivery lad when i see him",
    "Swear down I'll kick the living daylights out of your manager.",
    "Next time I'm in I'm putting your receptionist through the window.",
    "I will make whoever lost my bag bleed.",
    "Coming round tonight with a baseball bat for that van of yours.",
    "your boss is asking for a smack",
    "I'll torch your warehouse, see if I don't.",
    "I'm going to stab the next agent who hangs up on me.",
]
NOT_VIOLENCE = [
    # session 23: beside the forms above
    "I'm going to beat his record at the pub quiz.",
    "We're going to end the contract.",
    "I will end your subscription today.",
    "I won't feel safe until the boiler is fixed.",
    "Your customers won't be safe until you fix that step.",
    "You will never be safe with this bank after what happened to me.",
    "I'm killing time until the engineer arrives.",
    "I'll hit the gym after work and call you tomorrow.",
    "We'll smash our fundraising target if the refund comes through.",
    "Well, the flu can kill you if you're not careful.",
    "I'm going to beat the traffic and drop the parcel off myself.",
    "I'd hate for anyone to get hurt on that step.",
    "I'll kick him out of the group chat if he keeps posting spam.",
    "I'd kill for a working router right now.",
    "I'm breaking my back trying to get this sorted.",
    "Ill be in touch about the refund next week.",
    "I'll put you through to a manager, said the agent.",
    "Your driver is getting a great review from me.",
]


@pytest.mark.parametrize("text", VIOLENCE_IN_OTHER_WORDS)
def test_violence_said_any_way_is_a_threat(text):
    assert threat_forms.find_threats(text), text
    assert "threat" in {s.kind for s in analyse(text).signals}, text
    assert analyse(text).heat >= 25, text


@pytest.mark.parametrize("text", NOT_VIOLENCE)
def test_the_words_of_violence_used_for_something_else_are_no_threat(text):
    assert not threat_forms.find_threats(text), text
    assert not {s.kind for s in analyse(text).signals} & {"threat", "violence"}, text


ALL_EXTORTION = (
    EXTORTION
    + EXTORTION_ROUND_TWO
    + EXTORTION_ROUND_THREE
    + EXTORTION_ROUND_FOUR
    + EXTORTION_ROUND_FIVE
    + EXTORTION_ROUND_SIX
    + EXTORTION_ROUND_SEVEN
    + EXTORTION_ROUND_EIGHT
    + EXTORTION_ROUND_NINE
    + EXTORTION_ROUND_TEN
    + EXTORTION_ROUND_ELEVEN
    + EXTORTION_ROUND_TWELVE
    + EXTORTION_COMMON
    + EXTORTION_ROUND_FOURTEEN
    + EXTORTION_ROUND_FIFTEEN
    + EXTORTION_ROUND_SIXTEEN
    + EXTORTION_ROUND_SEVENTEEN
    + EXTORTION_ROUND_EIGHTEEN
    + EXTORTION_ROUND_NINETEEN
    + EXTORTION_ROUND_TWENTY
    + EXTORTION_ROUND_TWENTY_ONE
    + EXTORTION_ROUND_TWENTY_TWO
    + EXTORTION_ROUND_TWENTY_THREE
    + EXTORTION_ROUND_TWENTY_FOUR
    + EXTORTION_ROUND_TWENTY_FIVE
    + EXTORTION_ROUND_TWENTY_SIX
    + EXTORTION_ROUND_TWENTY_SEVEN
    + EXTORTION_ROUND_TWENTY_EIGHT
    + EXTORTION_ROUND_TWENTY_NINE
    + EXTORTION_ROUND_THIRTY
    + EXTORTION_ROUND_THIRTY_ONE
    + EXTORTION_ROUND_THIRTY_TWO
    + EXTORTION_ROUND_THIRTY_THREE
    + EXTORTION_ROUND_THIRTY_FOUR
    + EXTORTION_ROUND_THIRTY_FIVE
    + EXTORTION_ROUND_THIRTY_SIX
    + EXTORTION_ROUND_FORTY_TWO
    + EXTORTION_ROUND_FORTY_THREE
    + EXTORTION_ROUND_FORTY_FOUR
    + EXTORTION_ROUND_FORTY_FIVE
    + EXTORTION_ROUND_FORTY_SIX
    + EXTORTION_ROUND_FORTY_SEVEN
    + EXTORTION_ROUND_FORTY_EIGHT
    + EXTORTION_ROUND_FORTY_NINE
    + EXTORTION_ROUND_FIFTY
    + EXTORTION_ROUND_FIFTY_ONE
    + EXTORTION_ROUND_FIFTY_TWO
    + EXTORTION_ROUND_FIFTY_THREE
    + EXTORTION_ROUND_FIFTY_FOUR
    + EXTORTION_ROUND_FIFTY_FIVE
    + EXTORTION_ROUND_FIFTY_SIX
    + EXTORTION_ROUND_FIFTY_SEVEN
    + EXTORTION_ROUND_FIFTY_EIGHT
    + EXTORTION_ROUND_FIFTY_NINE
    + EXTORTION_ROUND_SIXTY
    + EXTORTION_ROUND_SIXTY_ONE
    + EXTORTION_ROUND_SIXTY_TWO
    + EXTORTION_ROUND_SIXTY_THREE
    + EXTORTION_ROUND_SIXTY_FOUR
    + EXTORTION_ROUND_SIXTY_SIX
    + EXTORTION_ROUND_SIXTY_SEVEN
    + EXTORTION_ROUND_SIXTY_EIGHT
    + EXTORTION_ROUND_SIXTY_NINE
    + EXTORTION_ROUND_SEVENTY
    + EXTORTION_ROUND_SEVENTY_ONE
    + EXTORTION_ROUND_SEVENTY_TWO
    + EXTORTION_ROUND_SEVENTY_THREE
    + EXTORTION_ROUND_SEVENTY_FOUR
)
ALL_THREATS = (
    THREATS
    + THREATS_ROUND_TWO
    + THREATS_ROUND_THREE
    + THREATS_ROUND_FOUR
    + THREATS_ROUND_FIVE
    + THREATS_ROUND_SIX
    + THREATS_ROUND_SEVEN
    + THREATS_ROUND_EIGHT
    + THREATS_ROUND_NINE
    + THREATS_ROUND_TEN
    + THREATS_ROUND_ELEVEN
    + THREATS_ROUND_TWELVE
    + THREATS_COMMON
    + THREATS_ROUND_FOURTEEN
    + THREATS_ROUND_FIFTEEN
    + THREATS_ROUND_SIXTEEN
    + THREATS_ROUND_SEVENTEEN
    + THREATS_ROUND_EIGHTEEN
    + THREATS_ROUND_NINETEEN
    + THREATS_ROUND_TWENTY
    + THREATS_ROUND_TWENTY_ONE
    + THREATS_ROUND_TWENTY_TWO
    + THREATS_ROUND_TWENTY_THREE
    + THREATS_ROUND_TWENTY_FOUR
    + THREATS_ROUND_TWENTY_FIVE
    + THREATS_ROUND_TWENTY_SIX
    + THREATS_ROUND_TWENTY_SEVEN
    + THREATS_ROUND_TWENTY_NINE
    + THREATS_ROUND_THIRTY
    + THREATS_ROUND_THIRTY_ONE
    + THREATS_ROUND_THIRTY_TWO
    + THREATS_ROUND_THIRTY_THREE
    + THREATS_ROUND_THIRTY_FOUR
    + THREATS_ROUND_THIRTY_FIVE
    + THREATS_ROUND_THIRTY_SIX
    + THREATS_ROUND_FORTY_TWO
    + THREATS_ROUND_FORTY_THREE
    + THREATS_ROUND_FORTY_FOUR
    + THREATS_ROUND_FORTY_FIVE
    + THREATS_ROUND_FORTY_SIX
    + THREATS_ROUND_FORTY_SEVEN
    + THREATS_ROUND_FORTY_EIGHT
    + THREATS_ROUND_FORTY_NINE
    + THREATS_ROUND_FIFTY
    + THREATS_ROUND_FIFTY_ONE
    + THREATS_ROUND_FIFTY_TWO
    + THREATS_ROUND_FIFTY_THREE
    + THREATS_ROUND_FIFTY_FOUR
    + THREATS_ROUND_FIFTY_FIVE
    + THREATS_ROUND_FIFTY_SIX
    + THREATS_ROUND_FIFTY_SEVEN
    + THREATS_ROUND_FIFTY_EIGHT
    + THREATS_ROUND_FIFTY_NINE
    + THREATS_ROUND_SIXTY
    + THREATS_ROUND_SIXTY_ONE
    + THREATS_ROUND_SIXTY_TWO
    + THREATS_ROUND_SIXTY_THREE
    + THREATS_ROUND_SIXTY_FOUR
    + THREATS_ROUND_SIXTY_SIX
    + THREATS_ROUND_SIXTY_SEVEN
    + THREATS_ROUND_SIXTY_EIGHT
    + THREATS_ROUND_SIXTY_NINE
    + THREATS_ROUND_SEVENTY
    + THREATS_ROUND_SEVENTY_ONE
    + THREATS_ROUND_SEVENTY_TWO
    + THREATS_ROUND_SEVENTY_THREE
    + THREATS_ROUND_SEVENTY_FOUR
)


@pytest.mark.parametrize("text", ALL_EXTORTION)
def test_extortion_in_new_words_is_caught_everywhere(text):
    assert threat_forms.find_extortion(text), text
    kinds = {s.kind for s in analyse(text).signals}
    assert "extortion" in kinds, (text, kinds)
    issues = site_rules.check(text, "trustpilot")
    assert any(i.rule == "no_extortion" and i.blocks for i in issues), text


@pytest.mark.parametrize("text", ALL_EXTORTION)
def test_extortion_in_new_words_becomes_the_remedy(text):
    calm = calm_version(text)
    assert not threat_forms.find_extortion(calm), calm
    assert not site_rules.blocked(site_rules.check(calm, "yelp")), calm
    assert analyse(calm).heat < 25, calm


@pytest.mark.parametrize("text", ALL_THREATS)
def test_threats_in_new_words_are_caught(text):
    kinds = {s.kind for s in analyse(text).signals}
    assert kinds & {"threat", "extortion", "violence"}, (text, kinds)
    assert analyse(text).heat >= 25, text


@pytest.mark.parametrize(
    "text",
    LOOK_ALIKES
    + LOOK_ALIKES_SESSION_NINE
    + LOOK_ALIKES_ROUND_NINETEEN
    + LOOK_ALIKES_ROUND_TWENTY
    + LOOK_ALIKES_ROUND_TWENTY_ONE
    + LOOK_ALIKES_ROUND_TWENTY_TWO
    + LOOK_ALIKES_ROUND_TWENTY_THREE
    + LOOK_ALIKES_ROUND_TWENTY_FOUR
    + LOOK_ALIKES_ROUND_TWENTY_FIVE
    + LOOK_ALIKES_ROUND_TWENTY_SIX
    + LOOK_ALIKES_ROUND_TWENTY_SEVEN
    + LOOK_ALIKES_ROUND_TWENTY_NINE
    + LOOK_ALIKES_ROUND_THIRTY
    + LOOK_ALIKES_ROUND_THIRTY_ONE
    + LOOK_ALIKES_ROUND_THIRTY_TWO
    + LOOK_ALIKES_ROUND_THIRTY_THREE
    + LOOK_ALIKES_ROUND_THIRTY_FOUR
    + LOOK_ALIKES_ROUND_THIRTY_FIVE
    + LOOK_ALIKES_ROUND_THIRTY_SIX
    + LOOK_ALIKES_ROUND_FORTY_TWO
    + LOOK_ALIKES_ROUND_FORTY_THREE
    + LOOK_ALIKES_ROUND_FORTY_FOUR
    + LOOK_ALIKES_ROUND_FORTY_FIVE
    + LOOK_ALIKES_ROUND_FORTY_SIX
    + LOOK_ALIKES_ROUND_FORTY_SEVEN
    + LOOK_ALIKES_ROUND_FORTY_EIGHT
    + LOOK_ALIKES_ROUND_FORTY_NINE
    + LOOK_ALIKES_ROUND_FIFTY
    + LOOK_ALIKES_ROUND_FIFTY_ONE
    + LOOK_ALIKES_ROUND_FIFTY_TWO
    + LOOK_ALIKES_ROUND_FIFTY_THREE
    + LOOK_ALIKES_ROUND_FIFTY_FOUR
    + LOOK_ALIKES_ROUND_FIFTY_FIVE
    + LOOK_ALIKES_ROUND_FIFTY_SIX
    + LOOK_ALIKES_ROUND_FIFTY_SEVEN
    + LOOK_ALIKES_ROUND_FIFTY_EIGHT
    + LOOK_ALIKES_ROUND_FIFTY_NINE
    + LOOK_ALIKES_ROUND_SIXTY
    + LOOK_ALIKES_ROUND_SIXTY_ONE
    + LOOK_ALIKES_ROUND_SIXTY_TWO
    + LOOK_ALIKES_ROUND_SIXTY_THREE
    + LOOK_ALIKES_ROUND_SIXTY_FOUR
    + LOOK_ALIKES_ROUND_SIXTY_SIX
    + LOOK_ALIKES_ROUND_SIXTY_SEVEN
    + LOOK_ALIKES_ROUND_SIXTY_EIGHT
    + LOOK_ALIKES_ROUND_SIXTY_NINE
    + LOOK_ALIKES_ROUND_SEVENTY
    + LOOK_ALIKES_ROUND_SEVENTY_ONE
    + LOOK_ALIKES_ROUND_SEVENTY_TWO
    + LOOK_ALIKES_ROUND_SEVENTY_THREE
    + LOOK_ALIKES_ROUND_SEVENTY_FOUR,
)
def test_look_alikes_stay_unflagged(text):
    assert not threat_forms.find_extortion(text), text
    kinds = {s.kind for s in analyse(text).signals}
    if text not in LEARNED_GUARD_READS:
        assert not kinds & {"threat", "extortion", "violence"}, (text, kinds)
    assert not site_rules.blocked(site_rules.check(text, "yelp")), text


# Look-alikes the learned guard (core/posting/learned_guard.py) reads as trades although it learned
# from them: a fee waived beside a positive review, and "post" as in the mail. Its finding is
# never a block (asserted above); the table reads nothing here.
LEARNED_GUARD_READS = (
    "The cancellation fee was waived, and my Tripadvisor review was positive.",
    "Refund the £60 and I'll post the item back today.",
)


def test_the_learned_guards_known_readings_are_look_alikes_listed_above():
    listed = set(LOOK_ALIKES)
    for name, value in globals().items():
        if name.startswith("LOOK_ALIKES_ROUND_"):
            listed.update(value)
    assert set(LEARNED_GUARD_READS) <= listed


def test_an_offer_across_two_sentences_is_caught_by_the_site_rules():
    # "You want your 5 stars back? Refund me." spans two sentences: the site rules read the whole
    # text and block it. The tone engine reads a sentence at a time; it sees a trade across two
    # sentences only through the table's "trade" forms (tests/core/test_threat_trades.py).
    for text in (
        "You want your 5 stars back? Refund me.",
        "Still no refund? Then expect one star from me on every review site.",
        "I haven't decided what to write on Trustpilot yet. That depends on whether you refund me.",
        "Just so you know, my review is ready to post. A refund would change that.",
        "My 1* review is written. Your move.",
        "No refund? Enjoy your 1-star rating.",  # round twenty-eight
    ):
        assert threat_forms.find_extortion(text), text
        assert site_rules.blocked(site_rules.check(text, "trustpilot")), text


@pytest.mark.parametrize(
    "text",
    EXTORTION_ACROSS_SENTENCES_ROUND_THIRTY_ONE
    + EXTORTION_ACROSS_SENTENCES_ROUND_THIRTY_FOUR
    + EXTORTION_ACROSS_SENTENCES_ROUND_FIFTY_THREE
    + EXTORTION_ACROSS_SENTENCES_ROUND_FIFTY_FIVE
    + EXTORTION_ACROSS_SENTENCES_ROUND_FIFTY_SIX
    + EXTORTION_ACROSS_SENTENCES_ROUND_FIFTY_SEVEN
    + EXTORTION_ACROSS_SENTENCES_ROUND_FIFTY_EIGHT
    + EXTORTION_ACROSS_SENTENCES_ROUND_FIFTY_NINE
    # round 51: the act as a question, the remedy in the next sentence
    + ["You want this post gone? Then refund the booking."],
)
def test_an_offer_across_sentences_blocks_a_review_site(text):
    assert threat_forms.find_extortion(text), text
    issues = site_rules.check(text, "trustpilot")
    assert any(i.rule == "no_extortion" and i.blocks for i in issues), text


def test_telling_everyone_is_a_threat_said_by_we_too_but_not_when_it_is_praise():
    # "We want an apology, or we will tell everyone." was left unflagged (only "I will tell…"
    # was read); passing praise on is no threat for either.
    kinds = {s.kind for s in analyse("We want an apology, or we will tell everyone.").signals}
    assert "threat" in kinds, kinds
    for praise in (
        "We will tell everyone how great you were!",
        "I will tell everyone about your amazing staff.",
    ):
        assert "threat" not in {s.kind for s in analyse(praise).signals}, praise
