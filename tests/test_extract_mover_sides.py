"""The sides of a change of side told around the mover (issue 14, seventeenth pass), on the probe passages of
tests/probes_mover_sides.py: a career that ended with the move read for every rule's change of side
(rules/leftelsewhere.py, servedside.served_in), a mover's apposition, a member's name or possessor past a place noun
and an unknown name on fighters (defectors.affiliation, sides.own_side), and the side that took a garrison's post
(sides._captor); a place the mover's phrase names, a post taken by the surrendering fighters' own side, a teacher's
post and suspects' surrender are none."""

from __future__ import annotations

import pytest
from helpers import KINDS, agent_texts, assert_all_found, events, numbered, shown, side_texts, stated
from probes_mover_sides import NEGATIVES, NOT_SIDES, PROBES

from kg.evaluate import matches
from kg.models import EventType

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("number", "text", "expected"), numbered(PROBES, {}), ids=[f"probe{i}" for i in range(len(PROBES))]
)
def test_sides_told_around_the_mover(nlp, number, text, expected):
    assert_all_found(stated(events(nlp, text)), number, expected)


@pytest.mark.parametrize(("text", "role", "wrong"), NOT_SIDES, ids=[f"not_side{i}" for i in range(len(NOT_SIDES))])
def test_places_and_a_movers_own_side_are_no_side(nlp, text, role, wrong):
    found = stated(events(nlp, text, EventType.DEFECTION))
    assert found, text
    said = agent_texts(found) if role == "agent" else side_texts(found, role)
    assert not any(matches(s, wrong) for s in said), shown(found)


@pytest.mark.parametrize(("text", "kinds"), NEGATIVES, ids=[f"negative{i}" for i in range(len(NEGATIVES))])
def test_a_teachers_post_and_suspects_are_no_change_of_side(nlp, text, kinds):
    found = [e for e in stated(events(nlp, text)) if any(e.type.value in KINDS[k] for k in kinds)]
    assert found == [], shown(found)
