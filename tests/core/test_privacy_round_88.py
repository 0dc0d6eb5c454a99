"""What session 29 changed after blind personal-data set 88 (tests/core/round_88_privacy.py):

- account numbers: German, French, Spanish and Italian labels ("Kundennummer", "Commande n°",
  "número de pedido"), a number written in groups ("account no. 7741 2290 18"), and a booking's
  record locator of capitals with a digit ("Booking ref QX7PLM");
- dates of birth a few words or a bracket from an explicit label ("my date of birth
  (22/07/1988)", "asked for my date of birth, I typed 03.11.1975", "Geburtsdatum (29.08.1964)");
- national IDs: "Mi DNI es 48271936L", "numéro de sécu", and a French NIR written in its groups
  with no label;
- names: more roles ("the assessor, Tom Fielding"), someone contacted "from your returns desk",
  and a name before a role in brackets at a sentence's start ("Mark (the supervisor)…"); a name
  before "your <role>" now needs a comma ("Nice silver Audi your manager drives" named a car).

The texts below were written for this test in the set's shapes, not its words."""

from __future__ import annotations

import pytest

from complaint_desk.core.privacy import find_pii
from tests.core import round_88_privacy

FOUND = [
    ("Kundennummer 55102938, bitte rufen Sie mich zurück.", "account", "55102938"),
    ("Numéro de client : 88123456, toujours rien reçu.", "account", "88123456"),
    ("Número de pedido 7741023, llegó roto.", "account", "7741023"),
    ("Commande nº 5512093 jamais arrivée.", "account", "5512093"),
    ("My account number is 5521 8830 41 and the bill is wrong.", "account", "5521 8830 41"),
    ("Reservation PNR K7Q2ZD was cancelled without notice.", "account", "K7Q2ZD"),
    ("Your form rejects my date of birth (14/02/1979) every time.", "birth_date", "14/02/1979"),
    ("It asked for my DOB, so I entered 07.06.1991 and got an error.", "birth_date", "07.06.1991"),
    ("Fecha de nacimiento: 12/10/1983, está mal en el contrato.", "birth_date", "12/10/1983"),
    ("Mi DNI es 52114873K y sigo sin respuesta.", "national_id", "52114873K"),
    ("Mon numéro de sécu est 2 91 04 69 123 456 78.", "national_id", "2 91 04 69 123 456 78"),
    ("They sent it to 1 72 11 33 045 210 07 by mistake.", "national_id", "1 72 11 33 045 210 07"),
    ("The loss adjuster, Gareth Price, never came back to me.", "name", "Gareth Price"),
    ("I emailed Rosa from your billing team on Monday.", "name", "Rosa"),
    ("Priya (the receptionist) said the vet would ring back.", "name", "Priya"),
]

LEFT_ALONE = [
    "Nice red Fiesta your driver has. Shame about the parking.",
    "My birthday party on 12/05/2024 was ruined by the late cake.",
    "Booking reference please: I never got one for the 14:30 slot.",
    "Flight BA2490 on 3 May, gate B12, 2 hours late.",
    "The reference on the letter is THANKS, which is not a reference.",
]


@pytest.mark.parametrize(("text", "kind", "data"), FOUND)
def test_the_shapes_set_88_missed_are_found(text, kind, data):
    found = [(f.kind, f.text) for f in find_pii(text)]
    assert (kind, data) in found, found


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_look_alikes_stay_unflagged(text):
    assert not find_pii(text), [(f.kind, f.text) for f in find_pii(text)]


def test_a_count_after_an_order_number_is_not_part_of_it():
    found = [(f.kind, f.text) for f in find_pii("Order 55123 10 days late, and still nothing.")]
    assert found == [("account", "55123")]


def _covered(text: str, data: str, kinds: set[str]) -> bool:
    a = text.index(data)
    b = a + len(data)
    return any(f.start <= a and b <= f.end and f.kind in kinds for f in find_pii(text))


def test_set_88_reads_what_it_missed_when_written():
    # Measured once with the session's code of the time: 86 of 99 flagged, 76 exactly; none of
    # the 50 look-alikes. A postcode inside the street address it ends is flagged with it.
    spans = [(t, kind, data) for t, items in round_88_privacy.POSITIVES for kind, data in items]
    exact = sum((kind, data) in [(f.kind, f.text) for f in find_pii(t)] for t, kind, data in spans)
    covered = sum(
        _covered(t, data, {kind, "address"} if kind == "postcode" else {kind})
        for t, kind, data in spans
    )
    assert len(spans) == 99
    assert exact >= 90
    assert covered >= 98  # all but a first name written in lower case ("kelly at the front desk")
    assert not [t for t in round_88_privacy.NEGATIVES if find_pii(t)]
