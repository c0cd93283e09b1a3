"""The sides of a change of side told around the deed (issue 14, nineteenth pass), on the probe passages of
tests/probes_sides_around.py: the side left read off the mover's own phrase for every rule's change of side
(rules/leftelsewhere.py, sides.mover_side: a unit's "it", a second mover, members of a body of a party, a section of a
side's fighters, fighters taken into a force) and the side gone to told on a verb beside the deed
(rules/sidebeside.py: a pledge, a placing under a body's command, a side's positions); a town, a doctor's care and
positions of no side are none, and a fire brigade's unit, a company joining in its own clause and fighters paid are no
change of side."""

from __future__ import annotations

import pytest
from helpers import KINDS, assert_all_found, events, numbered, shown, side_texts, stated
from probes_sides_around import NEGATIVES, NOT_SIDES, PROBES

from kg.evaluate import matches
from kg.models import EventType

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("number", "text", "expected"), numbered(PROBES, {}), ids=[f"probe{i}" for i in range(len(PROBES))]
)
def test_sides_told_around_the_deed(nlp, number, text, expected):
    assert_all_found(stated(events(nlp, text)), number, expected)


@pytest.mark.parametrize(("text", "role", "wrong"), NOT_SIDES, ids=[f"not_side{i}" for i in range(len(NOT_SIDES))])
def test_a_town_a_doctors_care_and_nameless_positions_are_no_side(nlp, text, role, wrong):
    found = stated(events(nlp, text, EventType.DEFECTION))
    assert found, text
    assert not any(matches(s, wrong) for s in side_texts(found, role)), shown(found)


@pytest.mark.parametrize(("text", "kinds"), NEGATIVES, ids=[f"negative{i}" for i in range(len(NEGATIVES))])
def test_a_rescue_a_joining_and_a_payday_are_no_change_of_side(nlp, text, kinds):
    found = [e for e in stated(events(nlp, text)) if any(e.type.value in KINDS[k] for k in kinds)]
    assert found == [], shown(found)
