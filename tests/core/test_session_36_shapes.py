"""Session 36's table changes, with texts of our own (not the rounds'): menace told as "it would
be awful if anything happened to…" about someone, and no menace when it is the writer's own
parcel or a hazard's fault; a choice between glass and hospital bills; walking again; a town told
where a van sleeps; a child's school bag named out of nowhere; Nigerian Pidgin "dem sabi your
face"; and a review held back while the firm decides on a remedy."""

from __future__ import annotations

import pytest

from complaint_desk.core.posting import threat_forms
from tests.core.guard_reads import read_as_extortion, read_as_threat

THREATS = [
    "It would be terrible if anything happened to your wife on her drive home.",
    "Would be a pity if anything were to happen to the kids while they wait for the bus.",
    "Nice little bakery. Shame if anything happened to it.",
    "Your windows look expensive. So do medical bills. Think about which you'd rather cover.",
    "I know where your fitter lives. Keep me waiting and he won't walk right again.",
    "I'll make sure the whole estate knows where your van is parked at night.",
    "Fix it or I'll tell everybody round here where your manager's car sleeps.",
    "Accidents happen on wet floors. Your cleaner should be very careful from now on.",
    "Accidents happen on scaffolding. Hope your roofer is extra careful next time he's up at ours.",
    "Dem sabi your shop, dem sabi your face. Continue dey play with my money.",
    "Your cashier's son is a sweet lad. Navy school jumper, isn't it?",
]

LOOK_ALIKES = [
    "It would be a disaster if something happened to my passport in the post again.",
    "It would be awful if anything happened to my parcel on the way, so please pack it well.",
    "It would be terrible if something happened to the children because of that loose railing. "
    "Please fix it before the weekend.",
    "I had to pay hospital bills after the fall, and I'd like to know which of your staff saw it.",
    "After the operation I thought I would never walk properly again; your physio was great.",
    "I know where your head office is, so I will send the letter there by recorded delivery.",
    "Please let everyone know where your new shop is, the coffee is great.",
    "Accidents happen, but your driver should be more careful with fragile parcels.",
    "My daughter's pink school bag split after a week, isn't it meant to last a year?",
    "We know your office shuts on Sundays, so we came on Monday instead.",
]

TRADES = [
    "I'm holding off on my Google review while you decide whether the £80 call-out fee is waived.",
    "My Tripadvisor write-up is parked until you work out whether the second night is refunded.",
]

NOT_TRADES = [
    "I've held back my review for now, while you investigate what went wrong.",
    "I'm holding off on my review until you decide when the engineer can come.",
]


# Written after blind rounds 114 and 115 were measured held out: harm told by its outcome on a
# body, a weapon waited with or brought where things get broken, a wished harm the writer will see
# to. Texts of our own.
OUTCOME_THREATS = [
    "Keep it up and your installer will be sweeping his teeth off the car park floor.",
    "First it's your windows, and then your face.",
    "Enjoy using those hands while they last, mate.",
    "We'll be waiting for your fitter with a crowbar when he turns up.",
    "I'm bringing my hammer next time, and the counter won't be the only thing broken.",
    "I hope that manager ends up in a ditch. If fate won't do it, I'll see to it myself.",
]

OUTCOME_LOOK_ALIKES = [
    "My son is collecting his teeth for the tooth fairy, so please post the retainer back.",
    "Wash your hands and then your face, the leaflet said, but the cream burned anyway.",
    "Enjoy your holiday while it lasts, the rep said, and then the hotel was overbooked.",
    "I'll be waiting for the engineer with the paperwork and the old meter readings.",
    "I'm bringing my cricket bat back to the shop because the handle split.",
    "The gutter ended up in the hedge after the storm, so I'll see to it myself if you won't.",
]


@pytest.mark.parametrize("text", THREATS + OUTCOME_THREATS)
def test_the_shapes_are_read_as_threats(text):
    assert read_as_threat(text), text


@pytest.mark.parametrize("text", LOOK_ALIKES + OUTCOME_LOOK_ALIKES)
def test_their_look_alikes_are_left_alone(text):
    assert not threat_forms.find_threats(text), text
    assert not read_as_threat(text), text


@pytest.mark.parametrize("text", TRADES)
def test_a_review_held_back_while_a_remedy_is_decided_is_a_trade(text):
    assert threat_forms.find_extortion(text), text
    assert read_as_extortion(text)


@pytest.mark.parametrize("text", NOT_TRADES)
def test_a_review_held_back_for_anything_else_is_not(text):
    assert not threat_forms.find_extortion(text), text


def test_a_worry_for_the_writers_own_things_is_no_part_of_the_threat_before_it():
    # Seen in a real window: the menace pair (the harm in one sentence, "would be a disaster if"
    # in the next) took the passport sentence into the threat, and the calm version left it out.
    from complaint_desk.core.rewrite import calm_version

    threat = "It would be terrible if anything happened to your wife on her drive home."
    worry = "It would be a disaster if something happened to my passport in the post again."
    text = f"Ref BH-20931. {threat} {worry}"
    spans = threat_forms.find_threats(text)
    assert [text[a:b].rstrip(".") for a, b in spans] == [threat.rstrip(".")]
    calm = calm_version(text)
    assert worry in calm and "your wife" not in calm, calm
