"""The sides of DEFECTION and ALLEGIANCE (issue 14, eighth pass), on the probe passages of tests/probes_joiners.py: the
side left read off a speaker who reports his own going over, off "its" (the group a page is about) and off a party
member's phrase; bonds renounced before a pledge; legislatures and titles that are no side; and the joinings of others
in a deed, the bonds and the speakers that are none."""

from __future__ import annotations

import pytest
from helpers import KINDS, assert_all_found, events, numbered, shown, stated
from probes_joiners import NEGATIVES, PROBES

pytestmark = pytest.mark.model

# Probes kg still gets wrong, each with the reason; strict, so a fix shows up as an unexpected pass.
KNOWN_MISSES = {
    16: "the side left is named two sentences on ('had until then fought under the banner of X'): no document link",
    17: "'had been part of X' a sentence before 'It defected' is no membership kg reads",
    18: "the speaker's side is in his apposition ('The colonel, a commander of X'), which affiliation reads only "
    "for a name",
}


@pytest.mark.parametrize(
    ("number", "text", "expected"),
    numbered(PROBES, KNOWN_MISSES),
    ids=[f"probe{i}" for i in range(len(PROBES))],
)
def test_sides_of_defections_and_pledges(nlp, number, text, expected):
    assert_all_found(stated(events(nlp, text)), number, expected)


@pytest.mark.parametrize(("text", "kinds"), NEGATIVES, ids=[f"negative{i}" for i in range(len(NEGATIVES))])
def test_deeds_joined_bonds_and_speakers_are_no_sides(nlp, text, kinds):
    found = [e for e in stated(events(nlp, text)) if any(e.type.value in KINDS[k] for k in kinds)]
    assert found == [], shown(found)


def test_a_side_joined_is_no_place_of_the_joining(nlp):
    found = [
        e for e in stated(events(nlp, "He enlisted in the Azov Battalion in 2014.")) if e.type.value == "ALLEGIANCE"
    ]
    assert found and all(e.location is None for e in found), shown(found)
