"""A joining told as a change of side (issue 14, sixteenth pass), on the probe passages of
tests/probes_joined_over.py: one who deserts, defects, surrenders, leaves or crosses the line and joins a side nobody
has listed, or fighters named by their side who join another, pledge to the side joined (rules/joinedover.py); a
politician's switch of party, a minister joining the opposition, a soldier joining the police, a transfer, a
deployment and a protest joined are none. The side a defection went to is read off such a joining when the parse hid
it from the defection's clause; "loyal to the jailed former governor X" pledges to X (not loyalty to a constitution
or a party)."""

from __future__ import annotations

import pytest
from helpers import KINDS, assert_all_found, events, numbered, shown, stated
from probes_joined_over import LOYALTIES, NEGATIVES, PROBES, SIDES_GONE_TO

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("number", "text", "expected"), numbered(PROBES, {}), ids=[f"probe{i}" for i in range(len(PROBES))]
)
def test_a_joining_told_as_a_change_of_side_is_a_pledge(nlp, number, text, expected):
    assert_all_found(stated(events(nlp, text)), number, expected)


@pytest.mark.parametrize(
    ("number", "text", "expected"), numbered(SIDES_GONE_TO, {}), ids=[f"gone{i}" for i in range(len(SIDES_GONE_TO))]
)
def test_the_side_gone_to_is_the_side_joined_beside_the_leaving(nlp, number, text, expected):
    assert_all_found(stated(events(nlp, text)), number, expected)


@pytest.mark.parametrize(
    ("number", "text", "expected"), numbered(LOYALTIES, {}), ids=[f"loyal{i}" for i in range(len(LOYALTIES))]
)
def test_loyalty_to_a_person_after_a_participle_is_a_pledge(nlp, number, text, expected):
    assert_all_found(stated(events(nlp, text)), number, expected)


@pytest.mark.parametrize(("text", "kinds"), NEGATIVES, ids=[f"negative{i}" for i in range(len(NEGATIVES))])
def test_switches_of_party_careers_and_deployments_are_no_pledge(nlp, text, kinds):
    found = [e for e in stated(events(nlp, text)) if any(e.type.value in KINDS[k] for k in kinds)]
    assert found == [], shown(found)
