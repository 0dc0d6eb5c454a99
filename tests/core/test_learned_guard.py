"""The learned guard (core/posting/learned_guard.py): a second reader for extortion and threats.

Round 75 below was written by a helper session that saw none of the rules, the table or any
earlier round, and it is in no file `tools/fit_guard.py` reads (the fit reads the rounds of
tests/core/test_threat_forms_wider.py and tools/guard_examples.tsv): the model never saw it.
It is not a clean measure any more: the training sets added after it were asked for subtle
trades in words like those of rounds 74-76. Measured when written, the table and tone engine
caught 6 of its 15 extortions and 12 of its 20 threats; with the learned reader the site rules
catch 11 and 16, and the tone engine reads 11 and 15. Of its 35 innocent messages the reader
flags one (a review that "stands as written regardless of" the refund: it names the trade to
refuse it). The misses are kept in the lists so the counts below stay honest.
"""

from __future__ import annotations

import pytest

from complaint_desk.core.posting import learned_guard, site_rules, threat_forms
from complaint_desk.core.tone import analyse
from tests.core import round_80

EXTORTION_HELD_OUT = [
    "Refund the £89 by Friday or I'm posting a 1-star review on Trustpilot with photos of "
    "the mould. Your choice.",
    "u give me full refund now or i make tiktok about ur dirty hotel room, i have 40k followers 😤",
    "If the delivery fee isn't waived I will leave a one star on Google and tell everyone "
    "in the neighborhood Facebook group to avoid you.",
    "Give me a free replacement and I'll take down my review. Otherwise it stays up and I'm "
    "adding to it.",
    "Kindly note that should the penalty charge not be reversed, I shall be constrained to "
    "publish my experience on Nairaland and all social media platforms. Please act "
    "accordingly.",
    "Cannae say I'm keen tae post the video o' yer roofer's leaking job, but it's sitting "
    "there ready on my phone. Knock the callout fee off and it'll no' see the light of day.",
    "I've got a fairly long review half-written for Tripadvisor about our stay. How it ends "
    "really depends on what you can do about the bill for the second night.",
    "My reviews tend to reflect how things are resolved. A refund of the cleaning fee would "
    "go a long way toward the number of stars I end up giving.",
    "Just so you know, I run a local food blog with a decent following. I'd hate to have to "
    "write about tonight. Perhaps a voucher covering the table would help me remember the "
    "better parts of the evening.",
    "The draft is sitting in my Google account, not posted yet. I'm sure we can find a "
    "reason for me to delete it - say, the £45 call-out charge disappearing from my "
    "invoice?",
    "Honestly mate, chuck in a free service next time and I reckon my Facebook post about "
    "the brake job might just fade away quietly.",
    "I'm an older customer and I don't use computers much, but my granddaughter is very "
    "good with the internet and she's keen to share what happened to us. I'd much rather "
    "tell her it was all sorted with a refund.",
    "Me and the lads were going to put the whole saga up on Reddit. A gesture on the room "
    "rate and I'd say nobody would be any the wiser.",
    "Sir, I have composed one detailed review for Google with screenshots. Before I press "
    "submit, I am giving you one opportunity to process my refund of Rs 12,400. Whatever "
    "you decide will decide what the world reads.",
    "Five stars are on the table. So is my credit for the broken dishwasher. Funny how "
    "those two things seem to travel together, isn't it?",
]

THREATS_HELD_OUT = [
    "If that manager cancels my order one more time I will come down there and break his jaw.",
    "I swear to god i'm going to smash every window in your shop if I don't get my deposit back",
    "Tell Darren at the front desk he's getting his head kicked in when he finishes his shift.",
    "Keep ignoring me and someone at your call centre is going to get seriously hurt. I'm "
    "not joking.",
    "I'll burn your bloody warehouse to the ground, see how you like losing something.",
    "Na wa o. If una no return my money, I go come that office and deal with una one by "
    "one, you go see.",
    "ill knock ur teeth out next time u hang up on me, u little pr*ck",
    "Wait till I get my hands on that delivery driver. He won't be walking right for a month.",
    "I'll kill the next one of you who calls me about this debt. Final warning.",
    "I know where your branch manager parks her car. Silver Golf, second row, leaves at "
    "half five. Just saying.",
    "Nice shopfront you've got on Albert Street. Be a shame if something happened to all "
    "that glass.",
    "You've got my money and I've got your engineer's home address. Think about that for a bit.",
    "I watched Priya walk to the bus stop yesterday after her shift. She should be more "
    "careful on her own. Refund me.",
    "Your van gets parked outside overnight on Kelvin Road, doesn't it? Tyres are expensive "
    "these days. So is paint stripper.",
    "I'm not going to ring again. Next time I'll be there in person, and I won't be coming "
    "to talk. You've been warned.",
    "My brothers know which school your director's kids go to. We're all very patient "
    "people, up to a point.",
    "Sent the last email politely. This one isn't polite. I'll be waiting at the staff exit "
    "on Thursday night. Let's see how brave your supervisor is face to face.",
    "Mate I've got a cricket bat in the boot and nothing to do Saturday arvo. Reckon I'll "
    "pay your Parramatta store a visit.",
    "Whoever signed off on cutting my power should sleep with one eye open.",
    "Bhai, tell your area manager I have his number and his house address in Kondapur. He "
    "will regret the day he refused my claim. Better he settles quickly.",
]

LOOK_ALIKES_HELD_OUT = [
    "Updated review: I originally gave 1 star because my refund was late, but it arrived "
    "this morning and the team apologised. Bumping this up to 4 stars.",
    "I will be posting an honest review of my stay on Tripadvisor. The room was clean but "
    "the air-con was noisy. No response needed, just letting you know.",
    "Please be advised that if I do not receive a final response by 14 March, I will refer "
    "my complaint to the Financial Ombudsman Service, as is my right.",
    "I have filed a claim with the small claims court (case ref SC-2291) and the hearing is "
    "on 3 June. I'm happy to settle before then if you'd like to discuss.",
    "Safety warning for other buyers: the charger that came with this scooter got "
    "dangerously hot and nearly caught fire. Please check yours.",
    "That chocolate fudge cake is an absolute killer. I murdered two slices and would do it "
    "again 😂",
    "Your new chilli burger is murder on the taste buds in the best way. Killer sauce. 10/10.",
    "We're going to destroy you lot in the five-a-side on Sunday, tell your warehouse team "
    "to bring their A game haha",
    "I know where your branch is, I'll just pop in on Saturday morning and pick up the "
    "parcel myself - no need to redeliver.",
    "I know where the fault is - it's the fuse under the dashboard on the passenger side. "
    "Your mechanic can find it there.",
    "Please pass my thanks on to Tunde in the Ikeja branch. He stayed after closing to sort "
    "my SIM and was so patient with my mum.",
    "I'll be watching your engineer very closely next time - I want to learn how he fixed "
    "the boiler so quickly! Brilliant work.",
    "My daughter's birthday party went off with a bang thanks to your balloon arch. You "
    "absolutely smashed it.",
    "1 star. Parcel arrived broken and support took three weeks to reply. I'm not asking "
    "for anything, I just want other people to know.",
    "I'm coming for you at the pub quiz next week, Dave - your bakery team won't know what "
    "hit them 😉",
    "I'll be waiting outside the front door at 8am so the driver doesn't have to ring the "
    "bell, the baby will be asleep.",
    "I'd like to formally escalate this to your complaints department. If it remains "
    "unresolved after eight weeks I understand I can contact the Energy Ombudsman.",
    "My review stands as written regardless of what you decide about the refund, but I'd "
    "still appreciate a reply on the refund itself.",
    "Warning to anyone with the X200 fan heater: the knob can come loose and leave it stuck "
    "on. I reported it to Trading Standards today.",
    "Just to say I'll be round at your Glasgow store on Friday to collect my repaired "
    "laptop. Cheers to Morag for chasing it up.",
    "Just wanted to say thanks to the team at the Leeds branch - my refund came through in "
    "two days and the staff were lovely.",
    "Love the new recipe box! The portions are great and my kids actually ate the "
    "vegetables. Will be ordering again.",
    "The app was a bit annoying at first because it kept logging me out, but the update "
    "fixed it. Works brilliantly now, cheers.",
    "Had an issue with a faulty kettle but customer service sent a replacement without any "
    "fuss. Really appreciate it.",
    "honestly the best haircut i've had in years, Sophie is a genius, thank u so much 💇‍♀️✨",
    "Dear Sir/Madam, I am writing to commend the courtesy of your driver, Mr Okafor, who "
    "carried my shopping up to my flat on the fourth floor. At my age this was a great "
    "kindness.",
    "Delivery was late which was a bit annoying, but the furniture itself is gorgeous and "
    "really well made. Overall very happy.",
    "Great stay, clean room, lovely breakfast. Only thing was the Wi-Fi was slow in the "
    "evenings, but not a big deal.",
    "Thank you so much for sorting out my pension paperwork so quickly. I was worried sick "
    "and you put my mind at ease.",
    "Brilliant service from start to finish. The fitter explained everything and tidied up "
    "after himself. Would recommend.",
    "Fair play to ye, the boiler went on Christmas Eve and yer lad was out within the hour. "
    "Legend.",
    "Bit of a mixed bag: the food was excellent but the music was too loud to chat. We'll "
    "definitely come back though, maybe just earlier in the evening.",
    "Was a bit annoyed when my order got lost, but the replacement arrived next day with a "
    "little note and some extra sweets. Thanks, that was a nice touch.",
    "The customer care executive was very helpful and patiently explained the new plan to "
    "me. Kindly convey my thanks to her.",
    "ngl the hoodie is fire, fits perfect and shipping was quick too 🔥🔥 will def buy the "
    "joggers next",
]


def _site_flags(text: str, rule: str, site: str = "trustpilot") -> bool:
    return any(i.rule == rule for i in site_rules.check(text, site))


def _tone_reads(text: str, kinds: set[str]) -> bool:
    return bool(kinds & {s.kind for s in analyse(text).signals})


def test_held_out_extortion_is_caught_more_often_with_the_learned_reader():
    by_table = sum(bool(threat_forms.find_extortion(t)) for t in EXTORTION_HELD_OUT)
    learned_alone = sum(bool(learned_guard.find(t, "extortion")) for t in EXTORTION_HELD_OUT)
    by_site = sum(_site_flags(t, "no_extortion") for t in EXTORTION_HELD_OUT)
    by_tone = sum(_tone_reads(t, {"extortion"}) for t in EXTORTION_HELD_OUT)
    assert by_table == 6  # of 15: the forms alone
    assert learned_alone >= 9
    assert by_site >= 10 and by_tone >= 10


def test_held_out_threats_are_caught_more_often_with_the_learned_reader():
    learned_alone = sum(bool(learned_guard.find(t, "threat")) for t in THREATS_HELD_OUT)
    by_site = sum(_site_flags(t, "no_threats") for t in THREATS_HELD_OUT)
    by_tone = sum(_tone_reads(t, {"threat", "violence", "extortion"}) for t in THREATS_HELD_OUT)
    assert learned_alone >= 10  # of 20; the table and tone engine read 12 without it
    assert by_site >= 16 and by_tone >= 14


# Read as a trade by the learned reader (0.82): it names the trade to refuse it.
REFUSES_THE_TRADE = (
    "My review stands as written regardless of what you decide about the refund, but I'd still "
    "appreciate a reply on the refund itself."
)


@pytest.mark.parametrize("text", [t for t in LOOK_ALIKES_HELD_OUT if t != REFUSES_THE_TRADE])
def test_held_out_look_alikes_are_not_read_as_threats_or_extortion(text):
    assert learned_guard.find(text, "extortion") == ()
    assert learned_guard.find(text, "threat") == ()


# An implied trade the table has no form for (round 75): the learned reader's finding.
IMPLIED = (
    "I've got a fairly long review half-written for Tripadvisor about our stay. How it ends "
    "really depends on what you can do about the bill for the second night."
)


def test_a_refused_trade_read_as_one_is_never_blocked():
    # The table reads "regardless of" as no trade; the learned reader's finding is an error
    # the user can copy past, never a block.
    issues = site_rules.check(REFUSES_THE_TRADE, "trustpilot")
    assert not site_rules.blocked(issues)


def test_an_implied_trade_is_a_review_site_error_the_user_can_copy_past():
    assert threat_forms.find_extortion(IMPLIED) == []  # the table misses it
    issues = [i for i in site_rules.check(IMPLIED, "tripadvisor") if i.rule == "no_extortion"]
    assert len(issues) == 1
    issue = issues[0]
    assert issue.severity == "error"
    assert not issue.blocks  # a model can be wrong: "copy anyway" stays open
    assert not site_rules.blocked(issues)
    assert issue.message.startswith("This reads as if the review depends on what the business")
    assert "Tripadvisor would remove that" in issue.message
    assert (issue.start, issue.end) == (0, len(IMPLIED))


def test_on_a_social_site_an_implied_trade_is_a_warning():
    issues = site_rules.check(IMPLIED, "x")
    assert [i.rule for i in issues if i.rule in ("no_extortion", "no_threats")] == ["no_threats"]
    warning = next(i for i in issues if i.rule == "no_threats")
    assert warning.severity == "warning"
    assert warning.message.startswith("This reads as if the post depends on what the business")


def test_the_tone_engine_reads_the_implied_trade_and_the_calm_version_drops_it():
    from complaint_desk.core.rewrite import calm_version

    report = analyse(IMPLIED)
    trades = [s for s in report.signals if s.kind == "extortion"]
    assert len(trades) == 1
    assert IMPLIED[trades[0].start : trades[0].end].startswith("I've got a fairly long review")
    assert report.heat >= 25  # pressure, not a calm account
    calm = calm_version(IMPLIED)
    assert "review" not in calm.lower()
    assert not _tone_reads(calm, {"extortion", "threat"})
    assert analyse(calm).heat < 25


def test_a_veiled_threat_the_table_misses_is_read_by_the_tone_engine_and_left_out():
    from complaint_desk.core.rewrite import calm_version

    # (Round 80's; "My brothers know which school your director's kids go to." was this test's
    # until the table's menace learned "my brothers know" in session 26.)
    text = (
        "Please inform your regional manager that I am aware of his home address in Surrey and "
        "that I intend to discuss this matter with him there, in person, and not politely."
    )
    assert threat_forms.find_threats(text) == []
    report = analyse(text)
    threats = [s for s in report.signals if s.kind == "threat"]
    assert [text[s.start : s.end] for s in threats] == [text[: text.index(".")]]
    calm = calm_version(text)
    assert "address" not in calm and analyse(calm).heat < 25


def test_a_table_extortion_still_blocks_the_copy():
    text = "Refund me by Friday or I post a 1-star review on Trustpilot."
    issues = site_rules.check(text, "trustpilot")
    assert site_rules.blocked(issues)


def test_the_window_marks_the_trade_not_the_whole_draft():
    calm = (
        "I booked a double room for the 4th and 5th of May. The room was fine on arrival. "
        "Breakfast was served until ten. The staff at reception were helpful. "
        "We checked out on the 6th as planned. "
    )
    text = calm + IMPLIED + " Kind regards, Sam."
    spans = learned_guard.find(text, "extortion")
    assert spans, "the trade inside a longer draft is still read"
    start, end = spans[0]
    assert text.index("I've got") >= start and end >= text.index("second night")
    assert start >= text.index("Breakfast")  # windows of three sentences, not the whole draft


def test_a_line_of_a_few_words_is_not_read():
    for text in ("You'll pay for that.", "Who hurt you?", "I'll find you."):
        assert learned_guard.find(text, "threat") == ()


def test_features_learn_the_role_of_a_figure_not_the_figure():
    assert "zmoney" in learned_guard.features("a £40 credit")
    assert learned_guard.features("a £40 credit") == learned_guard.features("a $220.50 credit")
    assert "zstars" in learned_guard.features("my 1-star review")
    # pieces tie a misspelling to the word: "refnd" shares its start with "refund"
    assert "# re" in learned_guard.features("refnd") & learned_guard.features("refund")


def test_sentence_spans_cover_the_text_without_trailing_space():
    text = "First one.  Second one!\nThird one"
    assert [text[a:b] for a, b in learned_guard.sentence_spans(text)] == [
        "First one.",
        "Second one!",
        "Third one",
    ]


def test_the_models_are_shipped_with_a_threshold():
    models = learned_guard.models()
    assert set(models) == {"extortion", "threat", "sarcasm"}
    for model in models.values():
        assert 0.3 <= model.threshold < 1
        assert sum(1 for w in model.values if w) > 1000
    assert models["sarcasm"].counted and not models["threat"].counted


def test_the_shipped_index_finds_every_feature_of_the_table_and_nothing_else():
    from complaint_desk.core.resources import resource_path

    index = learned_guard.models()["threat"].positions
    rows = [r[0] for r in learned_guard.table_rows(resource_path("tone", "learned_guard.tsv"))]
    features = [k for k in rows if not k.startswith("@")]
    assert len(index) == len(features)
    found = sorted(index[f] for f in features)
    assert found == list(range(len(features)))  # each feature its own row
    assert index.get("no such feature here") is None
    assert "no such feature here" not in index


# Round 77 (session 23), written by a helper session that saw nothing, after the training sets
# were asked for and before the final fit; in no file the fit reads, and measured once, with the
# final code: the tone engine read 12 of its 15 extortions and 11 of its 20 threats (the
# session's starting code 9 and 9), and none of its 35 innocent messages. Its misses are kept:
# three implied trades ("…would help me remember the good bits", "Fair people write fair
# reviews…", "I no wan disgrace your brand for Twitter…") and nine threats, four of them plain
# violence in dialect ("knock yer heid aff", "burn the bleedin' place down so I will"), three of
# which the table reads since (test_threat_forms_wider.py: 14 of 20 threats then).
EXTORTION_ROUND_77 = [
    "Refund my £89 today or I'm posting a one-star review on Trustpilot with photos of the damage.",
    "If you waive the $35 late fee I'll take down my Yelp review. Otherwise it stays up and "
    "I'm adding more.",
    "Send me a free replacement and I'll change my 1 star to 5 stars on Google. Deal?",
    "I've got 40k followers on TikTok and a video about your salon that's half edited. "
    "Whether it goes live kind of depends on how you handle my refund.",
    "My review is sitting in drafts at the moment. A credit on my account would go a long "
    "way towards how it ends up reading.",
    "Honestly mate, the write-up I do for Tripadvisor this week could go either way. "
    "Getting the room charge back would help me remember the good bits.",
    "I'm a fair person. Fair people write fair reviews. The delivery charge coming back to "
    "my card is what fair looks like to me.",
    "Before I hit publish on Google, thought I'd give you the chance to sort out the £60. "
    "Your call.",
    "kindly note i have prepared a detailed post for our colony facebook group of 12,000 "
    "members. upon receipt of full refund i shall be happy to keep it unpublished.",
    "wld be a shame if my 5 star review went missing and a 1 star turned up instead lol. "
    "free service next month and we're sweet 😉",
    "Oga, I no wan disgrace your brand for Twitter. Return my ₦45,000 and the matter dies "
    "here. The screenshots are ready, I am just waiting.",
    "Eh, I already wrote the review for Google lah, just haven't post. If can waive the "
    "cancellation fee then I think no need to post already.",
    "I'd hate for my review to be the first thing people see when they search your company. "
    "A replacement unit shipped this week would make that unnecessary.",
    "Dear Sir/Madam, I am minded to publish a full account of my experience on several "
    "consumer review platforms. I would, however, be content to refrain from doing so upon "
    "receipt of a goodwill payment of £150.",
    "See that review I've written? It's pure brutal. Knock the callout charge aff my bill "
    "and it'll never see the light of day.",
]

THREATS_ROUND_77 = [
    "If that driver shows up at my house again I will kill him. Not joking.",
    "Tell the manager at the Leeds branch I'm going to batter him the next time I see him.",
    "Am gonnae come doon there and knock yer heid aff, ya wee rat.",
    "Keep jerking me around and someone at that counter is gonna get hurt. I'm done playing nice.",
    "Mate, I'll smash every window in that showroom if I don't get my ute back by Friday.",
    "I know what car your technician drives. Grey Corolla, parks round the back by the "
    "bins. Interesting.",
    "Your staff should be careful walking to their cars at night. Just a friendly observation.",
    "I've been patient for six weeks. Patience runs out. When mine does, I'll be coming to "
    "your office in person. You won't like what happens after that.",
    "Tell that your customer care girl that I know her area. If I catch her outside, she "
    "will not like what she sees.",
    "I am warning you, if my money is not returned I will come with my people and your shop "
    "will not remain standing.",
    "I'll burn the bleedin' place down so I will, see how ye like that.",
    "Funny how accidents happen to storefronts. Would be a real shame if yours was next, eh.",
    "fr if that cashier talks to me like that again im gonna beat his ass in the car park",
    "Mr Patel in accounts has children at St Mary's, doesn't he. I'd think about that "
    "before refusing me again.",
    "You all wait ah. Tomorrow I come down to your branch, then you all see what happen. "
    "Confirm got trouble.",
    "Please be advised that I hold your engineer, Mr Doyle, personally responsible, and "
    "that I intend to deal with him personally, in a manner not involving solicitors.",
    "Your delivery vans park on my street every morning. Tyres are surprisingly easy to "
    "slash. Just saying.",
    "Next time your rep sets foot on my property I'm getting my shotgun out. Final warning.",
    "You took my money. You ignored me. I've written down the name of everyone I spoke to. "
    "I'll be visiting each of them. One by one.",
    "see u at the depot tomorrow 🔪🔥 ur manager better pray he's off sick",
]

INNOCENT_ROUND_77 = [
    "Posted a 2-star review on Google because the delivery was late twice. Food was decent "
    "though, to be fair.",
    "Thanks for sorting the leak so quickly. I've updated my Trustpilot review from 1 to 4 "
    "stars to reflect how you handled it.",
    "If I have not received a final response by 14 March, I will refer this complaint to "
    "the Financial Ombudsman Service, as is my right.",
    "Warning: the heater you sold me caught fire last night. Nobody was hurt, but please "
    "recall this model before someone gets killed.",
    "Your lot absolutely murdered us in the five-a-side league on Sunday 😂 rematch next "
    "week, tell Gaz to bring his shin pads.",
    "That chilli burger was killer. Absolutely destroyed it in five minutes. Coming back "
    "Saturday with the whole crew.",
    "I'll be coming down to the Croydon branch tomorrow at 10 to pick up my repaired "
    "laptop. Should I ask for Dave?",
    "I know exactly where the problem is - the valve under the sink in the back bedroom. "
    "Can your plumber bring a 15mm fitting?",
    "Please pass on my thanks to Aisha at the Manchester store. She knew exactly where to "
    "find my order and went above and beyond.",
    "Hi, the shoes arrived in the wrong size. Could I please get a refund to my original "
    "card? Happy to post them back. Thanks!",
    "Took my review down because you lot fixed everything before I even had to ask. Cheers "
    "guys, legends.",
    "My son's going to kill me if his birthday cake isn't ready by 3pm Saturday, so just "
    "confirming the order for the dinosaur one 🦖",
    "Just so you know, I review every tradesperson I use, good or bad, once the job is "
    "finished. Looking forward to getting started Monday.",
    "Abeg, I will come to your Ikeja office on Monday to collect the replacement phone. "
    "Please make sure it is ready.",
    "Sir, kindly note I will escalate to the consumer forum if no response is received by "
    "30th. Kindly treat this as final reminder.",
    "this game is sick, been absolutely slaughtering everyone in ranked. best 20 quid i ever spent",
    "The fire alarm in your Kilkenny store was going off for ages and the staff seemed "
    "unsure what to do. Might be worth running a drill.",
    "Gonna blow up your phones tomorrow, our club needs 60 jerseys for the new season! 😄",
    "I know where your depot is, so I'll just drive over and pick up the parcel myself if "
    "that's easier for the driver.",
    "The laksa damn shiok, die die must come back. Tell the auntie her chilli is deadly!",
    "Just wanted to say the team at your Bristol branch were brilliant with my mum today. "
    "Patient, kind, and they didn't rush her at all.",
    "The delivery was a day late, but the driver rang ahead to apologise and the table "
    "itself is gorgeous. Really happy overall.",
    "Thank you so much for the quick refund. It came through in two days, which I didn't expect.",
    "Dear all, I am 78 and not very good with computers, but the young man on the phone, "
    "Tomasz, talked me through setting up my account step by step. Much obliged.",
    "Top service mate. Tradie turned up on time, cleaned up after himself, and charged what "
    "he quoted. Will use again.",
    "The food was lovely but the music was a bit loud for conversation. We'd come back, "
    "maybe ask for a quieter table next time.",
    "I want to appreciate your customer care team. My issue was resolved within one day. "
    "God bless your business.",
    "Staff very friendly, the kopi also nice. Only thing is the queue quite long during "
    "lunch, but worth it.",
    "As a small bakery owner I've tried a few flour suppliers, and yours is the first where "
    "every single order has been correct. Really appreciate the reliability.",
    "The jacket kept me warm through a -30 week in Winnipeg. Zipper's a little stiff but "
    "I'm genuinely impressed.",
    "Very good experience with the AC installation. Technician explained everything nicely. "
    "Only the call centre wait was bit long.",
    "ok the new trainers are actually so comfy, wore them all day at school and no blisters 🙌",
    "Grand job on the roof lads, not a drop coming in since. Thanks a million.",
    "Hello, I am from Brazil and my english is not so good. I want to say thank you for "
    "help me change my booking, the lady was very patient with me.",
    "While the initial setup took longer than promised, I want to acknowledge how well your "
    "support team kept me informed throughout. I'd happily recommend you to colleagues.",
]


def test_round_77_is_read_by_the_tone_engine_as_measured():
    extortion = sum(_tone_reads(t, {"extortion"}) for t in EXTORTION_ROUND_77)
    threats = sum(_tone_reads(t, {"threat", "violence", "extortion"}) for t in THREATS_ROUND_77)
    assert extortion >= 12 and threats >= 11


@pytest.mark.parametrize("text", INNOCENT_ROUND_77)
def test_round_77_innocent_messages_are_not_read_as_threats(text):
    assert not _tone_reads(text, {"threat", "violence", "extortion"})
    assert learned_guard.find(text, "extortion") == ()
    assert learned_guard.find(text, "threat") == ()


# Rounds 78 and 79 (session 24), written by helper sessions that saw nothing; their threats and
# look-alikes are in no file the fit reads. Measured once when written, with that session's
# code: the tone engine or the site rules read 13 and 11 of their 20 threats. Session 25 refitted
# the threat reader on three new training sets (tools/guard_examples.tsv helper_c-helper_f) and
# checked it on these rounds as it went, so they are development rounds now, not clean ones
# (round 80 was the clean one). The look-alikes and sincere messages are one list a round.
THREATS_ROUND_78 = [
    "I will smash every window in your shop if I don't get my money back.",
    "I know where your manager parks. Lovely car. Be a shame if something happened to it.",
    "Keep ignoring me and see what happens when I come down there in person. You won't like it.",
    "ur delivery guy better not show his face on my street again or hes getting battered",
    "Tell that receptionist she wants to watch herself walking to the bus stop at night.",
    "I'll burn your restaurant to the ground with you lot still in it. 🔥🔥",
    "Ah'll be roon there the morra and somebody's gettin their heid kicked in. Nae joke.",
    "I've got your engineer's name and his home address now. Sleep well.",
    "Wallahi if this refund no enter today I go come your office scatter everything, and your "
    "security no fit stop me.",
    "Your staff think they're safe behind that counter. They're not. 🔪",
    "Nice little café. Mostly glass out front, isn't it? Would be a pity.",
    "Next time I see that driver I'm going to break his legs. Tell him that from me.",
    "Your kids go to the school on Elm Road, don't they, Darren? Funny how things get around.",
    "Oi, the bloke who served me Saturday. Tell him I'll be waiting outside when his shift "
    "ends. Just me and him.",
    "Fix it by Monday or I'll come and fix your face instead 👊",
    "I'm not going to complain again. Next time I'll just bring petrol.",
    "Your tyres look expensive. Shame if they went flat in the car park. Every week. Forever.",
    "Better watch your back lah. I know which MRT you take after work.",
    "Keep talking down to me on the phone, sweetheart, and I'll make sure you can't talk at all.",
    "Someone's going to get hurt at that branch and it won't be me. Consider this your only "
    "warning.",
]

INNOCENT_ROUND_78 = [
    "I've escalated this to the Financial Ombudsman as your final response letter suggested. "
    "Reference FOS-2291. Please retain all call recordings.",
    "As the item never arrived, I've opened a chargeback with my bank. If you'd prefer to "
    "process the refund directly, let me know and I'll tell the bank.",
    "Filed a small claims case today for the unpaid deposit ($1,450). You'll receive the "
    "papers from the court.",
    "Just so you know, I've already posted an honest 2-star review on Google about the wait. "
    "Not after anything, just letting you know it's up.",
    "Updated my Tripadvisor review to 5 stars. The manager sorted the room switch within ten "
    "minutes. Thank you!",
    "That burger was an absolute killer. Coming back Friday with the whole crew.",
    "Your five-a-side team murdered us on Sunday 😂 rematch next week, loser buys the pints.",
    "Heads up: the glass in your front door is cracked right across and could shatter on "
    "someone. Might want to tape it before it hurts a kid.",
    "Mate if you burn my toast again tomorrow I'm taking my business to the servo next door 😂 "
    "see you at 7",
    "Warning to anyone ordering: the 'nut-free' brownies I got had almond pieces. My son "
    "reacted. I've reported it to Trading Standards.",
    "Your new chilli sauce nearly killed me, in the best way. Bottle it and I'll buy ten.",
    "If this isn't resolved within 14 days I'll be referring it to the Telecommunications "
    "Industry Ombudsman.",
    "Just a heads-up that I wrote about my stay on my blog. Mixed review: honest about the "
    "noise, glowing about the staff. No action needed.",
    "Oi Gav, smash it at the opening tonight! We'll be there to heckle 🍻",
    "The scooter battery I bought from you smoked and started melting while charging. Please "
    "recall this batch before someone's house burns down.",
    "Your steak knives are lethal, nearly lost a finger just looking at them. Brilliant "
    "service as always.",
    "I've reported the data breach to the ICO as required. Please confirm when you notified "
    "affected customers.",
    "Went back in and the manager refunded me without any fuss, so I've deleted my Yelp "
    "review. Fair's fair.",
    "Na wa o, this jollof go kill person! Too sweet. I'm bringing my whole office next week.",
    "Consumer court notice has been sent to your registered office regarding the defective AC. "
    "Kindly treat this as formal intimation.",
    "Thank you so much to Priya at the front desk, she went above and beyond to help me find "
    "my lost passport. Brilliant service.",
    "The delivery was a day late, but the driver apologised and you refunded the shipping "
    "without me even asking. Really appreciated, thanks.",
    "Honestly the best fish and chips I've had since moving to Leeds. Cheers, lads.",
    "Had a small issue with the bill, the manager sorted it in two minutes and was lovely "
    "about it. Would definitely come back.",
    "Great service from start to finish. The installer explained everything and cleaned up "
    "after himself. Thank you!",
    "Wanted to say a genuine thanks to your support team. It took three calls to fix my "
    "router, but everyone was patient and kind, and it works perfectly now.",
    "Food was lovely. Service was a bit slow on a busy Saturday, but staff kept us updated. "
    "Fair enough. 4 stars.",
    "Thank you for the replacement kettle. The first one leaked, but the new one arrived the "
    "next day. Very impressed with how you handled it.",
    "The team at the Koramangala branch were extremely helpful. My SIM issue was resolved the "
    "same day. Much appreciated, thank you.",
    "Superb stay. Room was spotless, breakfast was ace, and they let us check out late at no "
    "charge. Will be back, no question.",
    "Thanks heaps for squeezing us in at short notice, the kids loved it 😊",
    "Mixed feelings: the venue was beautiful and the staff were wonderful, but the sound "
    "system cut out twice. They offered a partial refund, which was fair.",
    "Really pleased with the tailoring. One sleeve was slightly off and they redid it free "
    "while I waited. Top class.",
    "Your chat agent Tunde was amazing. Sorted my failed transfer in ten minutes. Thank you "
    "and God bless.",
    "Dear Sir/Madam, I write to commend your staff on their professionalism and kindness "
    "during my mother's hospital transport last week. With sincere thanks.",
]

THREATS_ROUND_79 = [
    "Nice shop. Lot of glass in the front.",
    "Tell the lad who served me I know what time he finishes.",
    "If my car isn't fixed by Monday I'm coming down there with a bat and I'm not asking twice.",
    "Keep ignoring me and see what happens to your van parked out back 🔥",
    "I know where your manager lives. Maybe I'll drop by and discuss my refund in person.",
    "Bruv if I see that security guard again he's getting banged out, swear down.",
    "Your staff better watch their backs when they leave tonight.",
    "Shame if something happened to that lovely new signage of yours. Accidents happen.",
    "I'll burn your restaurant to the ground, you lot poisoned my kids.",
    "Next time I come in it won't be to complain 🔪",
    "Wallahi if una no refund my money, I go come there with my boys and scatter that office.",
    "Ek sê, tell that manager I'm waiting for him outside by the parking. He must come see.",
    "That receptionist wants to be careful, people like her get hurt.",
    "Fix it or I'll put you through that counter, I mean it.",
    "Hope your windows are insured mate.",
    "Your kids go to St Mary's, don't they? Think about that before you refuse my refund.",
    "Pay me back or I swear I'll smash every screen in that store 👊💥",
    "Pare, if you don't give me my refund I'll wait for you outside, lagot ka sa akin.",
    "I'll be coming by at closing. Make sure it's the same fella on the till. Just him.",
    "Keep laughing. We'll see how funny it is when your tyres are slashed.",
]

INNOCENT_ROUND_79 = [
    "If this isn't resolved within 8 weeks I'll be referring my complaint to the Financial "
    "Ombudsman Service.",
    "I've opened a chargeback with my bank for the undelivered order, just so you're aware.",
    "I posted an honest 2-star review on Google last week. No need to reply, just wanted you "
    "to know the feedback is there.",
    "Updated my Trustpilot review to 5 stars after Priya sorted everything out. Thank you!",
    "That new chilli burger absolutely killed me, in the best way. Coming back for another "
    "round 🔥",
    "Heads up: the glass door at the front has a crack in it, someone could get hurt. Might "
    "want to tape it.",
    "I'll be filing at the small claims court for the £340 deposit, as advised by Citizens Advice.",
    "Have reported this to Ofcom as the complaint has gone past the eight-week deadlock period.",
    "Lol your delivery driver is a legend, I'd fight anyone who says otherwise 😂",
    "Your sale prices are murder on my bank account 😭 see you Saturday.",
    "Just a warning to other customers: the car park floods when it rains, don't leave your "
    "car by the back wall.",
    "I've left a Yelp review describing my experience. I wanted to give you a chance to "
    "respond publicly if you'd like.",
    "Was ready to strangle my router tbh, but your tech fixed it in ten minutes. Cheers.",
    "Will be escalating to the Consumer Forum if the refund is not processed, as per the "
    "Consumer Protection Act 2019.",
    "Mate that curry was so hot I thought I'd die, 10/10 would suffer again.",
    "I'd like to raise a formal complaint and request a deadlock letter so I can take it to "
    "the ombudsman.",
    "FYI the smoke alarm in room 214 keeps beeping. Might just be the battery but worth "
    "checking for safety.",
    "Edited my Google review: the refund came through and the manager phoned to apologise. "
    "Fair play to ye.",
    "I've contacted the National Consumer Commission about the defective geyser, reference "
    "NCC-2024-1187.",
    "Dead good service today, you lot are smashing it 💪",
    "Thank you so much to Gareth at the Cardiff branch, he was brilliant from start to finish. "
    "Diolch!",
    "The order came with one item missing but customer service sent it the next day without "
    "any fuss. Great service, honestly.",
    "Fantastic stay, the staff were lovely and the breakfast was excellent. Will definitely be "
    "back.",
    "Just wanted to say thanks for sorting my refund so quickly. Really appreciated it.",
    "Wonderful experience overall. Room was a bit noisy the first night but they moved us "
    "straight away, no questions asked.",
    "Big shout out to the delivery guy who carried everything up four flights. Legend, "
    "thank you 🙏",
    "Honestly the best customer service I've had in years. Maria was patient and explained "
    "everything clearly.",
    "Food was amazing as always. Small mix-up with our order but the waiter fixed it in "
    "minutes and was very apologetic. Thanks!",
    "Thank you for the quick response and the replacement. The new one works perfectly.",
    "Well done to the team in Makati, very accommodating and helpful. Salamat po!",
    "Brilliant service from the engineer today, turned up on time and explained the fault "
    "clearly. Cheers.",
    "Really pleased with the new kitchen. A couple of cabinet doors needed adjusting but the "
    "fitter came back the same week. Highly recommend.",
    "Thank you sir for resolving my issue so fast, very much satisfied with the service.",
    "Grand job lads, the car's running like new. Thanks a million.",
    "Mixed feelings: the product is good but delivery took ages. That said, support kept me "
    "updated and were kind throughout.",
]


_MENACE = {"threat", "violence", "extortion"}


def _caught(text: str) -> bool:
    return _site_flags(text, "no_threats") or _tone_reads(text, _MENACE)


def test_rounds_78_and_79_threats_are_caught_by_the_refitted_reader():
    learned_alone = sum(
        bool(learned_guard.find(t, "threat")) for t in THREATS_ROUND_78 + THREATS_ROUND_79
    )
    caught = sum(map(_caught, THREATS_ROUND_78 + THREATS_ROUND_79))
    # of 40; session 24's reader 11; 26 until session 26's reader stopped reading windows of
    # under 10 words (learned_guard.THREAT_MIN_WORDS: short complaints about staff read as threats)
    assert learned_alone >= 25
    assert caught >= 33  # of 40; session 24's code 24


# What the table and the rules read in them (not the learned reader): a chargeback offered
# back, a review updated to five stars, a crack someone "could get hurt" on, an escalation "if
# the refund is not processed" (ultimatums, for the site rules).
RULES_READ = {
    "As the item never arrived, I've opened a chargeback with my bank. If you'd prefer to "
    "process the refund directly, let me know and I'll tell the bank.",
    "Updated my Trustpilot review to 5 stars after Priya sorted everything out. Thank you!",
    "Heads up: the glass door at the front has a crack in it, someone could get hurt. Might "
    "want to tape it.",
    "Will be escalating to the Consumer Forum if the refund is not processed, as per the "
    "Consumer Protection Act 2019.",
}


@pytest.mark.parametrize("text", INNOCENT_ROUND_78 + INNOCENT_ROUND_79)
def test_rounds_78_and_79_innocent_messages_are_not_read_as_threats(text):
    assert learned_guard.find(text, "threat") == ()
    if text not in RULES_READ:
        assert not _caught(text)


# Round 80 (session 25), written by a helper session that saw nothing while the threat reader
# was refitted, in no file the fit reads, and measured once with the final code: the site rules
# or tone engine read 15 of its 20 threats (the session's starting code 10), none of its 20
# look-alikes. Its misses are kept: a car "keyed every night", "Next time I see him 🔪🔪 😊",
# "overdue a proper hiding", petrol and a wooden shop front, "see you at closing time 🔥🏠🔥".
THREATS_ROUND_80 = round_80.THREATS
INNOCENT_ROUND_80 = round_80.LOOK_ALIKES + round_80.SINCERE


def test_round_80_threats_are_caught_as_measured_once():
    assert sum(map(_caught, THREATS_ROUND_80)) >= 15


@pytest.mark.parametrize("text", INNOCENT_ROUND_80)
def test_round_80_innocent_messages_are_not_read_as_threats(text):
    assert learned_guard.find(text, "threat") == ()
    assert not _caught(text)


def test_a_pictograph_is_a_word_to_the_guards():
    # a knife after "they're not" is the whole menace; the letters alone never show it
    assert {"🔪", "not 🔪"} <= learned_guard.features("They're not 🔪")
    assert "🔥 🔪" in learned_guard.features("see u tomorrow 🔥🔪")
    said = "Your staff think they're safe behind that counter. They're not."
    assert learned_guard.chance("threat", said + " 🔪") > learned_guard.chance("threat", said)
    # ... and a knife in a kitchen is a knife
    review = "Best chef's knife I've owned, it goes through a squash like butter 🔪👌"
    assert learned_guard.find(review, "threat") == ()
    assert not _caught(review)


def test_the_calm_version_keeps_the_account_before_a_learned_trade():
    from complaint_desk.core.rewrite import calm_version

    account = (
        "The room was damp and the heating never worked, though reception moved us on the "
        "second night."
    )
    text = f"We stayed from 4 to 6 May (booking HV-22817). {account} {IMPLIED}"
    calm = calm_version(text)
    assert account in calm  # not read as "the public half of the trade after it"
    assert "HV-22817" in calm and "half-written" not in calm
    assert analyse(calm).heat < 25


def _windows_read(model, text: str) -> list[tuple[int, int]]:
    """The definition `find` follows: each window's own `probability`, merged where they meet."""
    spans = learned_guard.sentence_spans(text)
    hits = []
    for i in range(len(spans)):
        window = spans[i : i + learned_guard.WINDOW]
        piece = text[window[0][0] : window[-1][1]]
        if (
            learned_guard._may_read(model, piece)
            and learned_guard.probability(model, piece) >= model.threshold
        ):
            hits.append((window[0][0], window[-1][1]))
    return learned_guard.merged_spans(hits)


@pytest.mark.parametrize("kind", ["extortion", "threat"])
def test_find_reads_each_window_as_its_own_probability_says(kind):
    # `find` scores windows from each sentence's features, looked up once: the same spans.
    model = learned_guard.models()[kind]
    texts = [
        IMPLIED,
        " ".join(EXTORTION_ROUND_77[:4] + INNOCENT_ROUND_77[:3] + THREATS_ROUND_77[:4]),
        " ".join(THREATS_ROUND_77[4:9] + INNOCENT_ROUND_77[3:8] + EXTORTION_HELD_OUT[:3]),
        "\n".join(LOOK_ALIKES_HELD_OUT[:6] + THREATS_HELD_OUT[:3]),
        # pictographs at sentence ends: a pair across the end holds one ("not. 🔪")
        " ".join(THREATS_ROUND_78[10:] + INNOCENT_ROUND_78[:4] + ["They're not. 🔪 Tonight."]),
    ]
    read = 0
    for text in texts:
        learned_guard.clear_caches()
        spans = list(learned_guard.find(text, kind))
        assert spans == _windows_read(model, text)
        read += len(spans)
        # and window by window, the same probability to the last digit
        sentences = learned_guard.sentence_spans(text)
        parts = [learned_guard._set_part(model, text[a:b]) for a, b in sentences]
        for i in range(len(sentences)):
            window = sentences[i : i + learned_guard.WINDOW]
            piece = text[window[0][0] : window[-1][1]]
            fast = learned_guard._set_probability(model, parts[i : i + learned_guard.WINDOW])
            assert fast == pytest.approx(learned_guard.probability(model, piece), abs=1e-12)
    assert read >= 2  # the texts hold windows it reads, not only ones it does not


# Threats once only the site rules read (the tone engine reads the learned reader only near a
# word of the menace gate): Trustpilot refused them while the draft read calm and its calm version
# kept them word for word. Since session 27 the gate holds "swear down" and "won't survive"
# (threat_forms.tsv, TH_READ), and the editor reads them as Copy out does.
ONLY_THE_RULES_READ = [
    "I moved out on 30 September and the flat was spotless. Your letting agent has until "
    "Friday to return my deposit, or his office windows won't survive the weekend.",
    "Order 55123 arrived smashed on 2 May. Bruv if I see that driver again he's getting "
    "banged out, swear down.",
]


@pytest.mark.parametrize("text", ONLY_THE_RULES_READ)
def test_a_threat_only_the_site_rules_read_is_left_out_of_the_calm_version(text):
    from complaint_desk.core.rewrite import calm_version, fact_tokens_kept

    assert _site_flags(text, "no_threats")
    assert _tone_reads(text, _MENACE)
    calm = calm_version(text)
    assert not _site_flags(calm, "no_threats"), calm
    assert fact_tokens_kept(text, calm) and analyse(calm).heat < 25
    assert calm.startswith(text.split(". ")[0])  # the account before it stays
    # the threat becomes the calm next step, as a threat a form reads does
    from complaint_desk.core.rewrite import suggestions

    assert text.split(". ")[1] not in calm
    assert any("threats" in s.reason for s in suggestions(text))


def test_a_threat_only_copy_out_reads_is_left_out_with_copy_outs_reason():
    # Blind round 72 (test_threat_forms_wider.py): no gate word, so the editor reads no threat;
    # Copy out's reader refuses it, and the calm version leaves out the sentences it points at.
    from complaint_desk.core.rewrite import calm_version, suggestions

    text = (
        "I'm not saying anything else on here. I'll be down the depot at 6am tomorrow. "
        "Make sure Gary's on."
    )
    assert _site_flags(text, "no_threats")
    assert not _tone_reads(text, _MENACE)
    calm = calm_version(text)
    assert not _site_flags(calm, "no_threats"), calm
    assert "Gary" not in calm
    assert any(s.replacement == "" and "Copy out" in s.reason for s in suggestions(text))


# Short complaints that tell what happened, written for this test (session 26): the threat
# reader had read "Your staff were very rude to my mum." at 0.93 and Copy out refused it.
SHORT_ACCOUNTS = [
    "Your staff were rude to me.",
    "Your staff kept my deposit.",
    "Your staff were very rude to my mum.",
    "Your staff kept my deposit and ignored my emails.",
    "Your staff kept my deposit for no reason.",
    "I'm writing about my stay. Your staff were very rude to my mum.",
    "Your staff laughed at me when I complained.",
    "Your staff told me to go away.",
    "Your manager shouted at me in the shop.",
    "Your staff overcharged me and then hung up.",
]


@pytest.mark.parametrize("text", SHORT_ACCOUNTS)
def test_a_short_account_is_no_threat_to_copy_out(text):
    assert learned_guard.find(text, "threat") == ()
    assert not _site_flags(text, "no_threats")


# Accounts that ask for a remedy and name no public act (session 27, blind round 83): the
# extortion reader had read "I took leave for this. R4,200 deposit paid and you lot can't even
# pick up a phone. …refund me or I go to the Consumer Commission." at 0.69, and Trustpilot's
# check said the review depended on a refund in a text that named no review.
NO_PUBLIC_ACT = [
    "Your installers were meant to arrive at 08:00 on 9 November for quote SQ-4471 and NOBODY "
    "pitched!!! I took leave for this. R4,200 deposit paid and you lot can't even pick up a "
    "phone. Absolutely shocking, refund me or I go to the Consumer Commission.",
    "I had to take two days off work for this. £300 call-out paid and nobody can tell me when "
    "the engineer is coming. Refund me or I'm going to the ombudsman.",
]


@pytest.mark.parametrize("text", NO_PUBLIC_ACT)
def test_a_remedy_asked_for_with_no_public_act_is_no_trade(text):
    assert not learned_guard.find(text, "extortion")
    assert not _site_flags(text, "no_extortion")
    assert not _tone_reads(text, {"extortion"})


def test_every_trade_the_tests_hold_names_a_public_act():
    # the rule's cost: a trade with no public word would go unread (none in the blind rounds,
    # the tests' lists or the fit's examples; this checks the ones the tests hold)
    from tests.core import round_81, round_82

    trades = [*round_81.EXTORTION, *round_82.EXTORTION]
    public = learned_guard._public()
    assert [t for t in trades if not public.search(t.lower())] == []
