"""The side a defector left told outside the defection's clause (issue 14, twelfth pass), on the probe passages of
tests/probes_sides_told.py: the side the mover served told in another sentence and the group a pronoun in the mover's
phrase points back to (rules/servedside.py); what the mover does now, the side gone to and its family, which are no
side left; the state fled to after a break with a side, and no town or hills retreated to."""

from __future__ import annotations

import pytest
from helpers import assert_all_found, events, numbered, shown, side_texts, stated
from probes_sides_told import PROBES, WRONG_SIDES

from kg.evaluate import matches
from kg.models import EventType

pytestmark = pytest.mark.model

# Probes kg still gets wrong, each with the reason; strict, so a fix shows up as an unexpected pass.
KNOWN_MISSES: dict[int, str] = {}


@pytest.mark.parametrize(
    ("number", "text", "expected"),
    numbered(PROBES, KNOWN_MISSES),
    ids=[f"probe{i}" for i in range(len(PROBES))],
)
def test_side_left_told_outside_the_clause(nlp, number, text, expected):
    assert_all_found(stated(events(nlp, text)), number, expected)


@pytest.mark.parametrize(("text", "role", "wrong"), WRONG_SIDES, ids=[f"wrong{i}" for i in range(len(WRONG_SIDES))])
def test_what_the_mover_does_now_its_family_and_retreats_are_no_side(nlp, text, role, wrong):
    found = stated(events(nlp, text, EventType.DEFECTION))
    assert found, text
    assert not any(matches(side, wrong) for side in side_texts(found, role)), shown(found)
