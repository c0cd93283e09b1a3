"""ALLEGIANCE told by structure (issue 14, eleventh pass), on the probe passages of tests/probes_subordination.py: a
joiner taken into or put under a side (kg/extract/rules/subordination.py), recruits in a headline, armed names the
NER takes for people or places, "now part of" a side and oaths to a leader; and the custody, flight, splits, control,
state soldiers and deeds under orders that are no joining."""

from __future__ import annotations

import pytest
from helpers import KINDS, assert_all_found, events, numbered, shown, stated
from probes_subordination import NEGATIVES, PROBES

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("number", "text", "expected"), numbered(PROBES, {}), ids=[f"probe{i}" for i in range(len(PROBES))]
)
def test_joinings_told_by_structure(nlp, number, text, expected):
    assert_all_found(stated(events(nlp, text)), number, expected)


@pytest.mark.parametrize(("text", "kinds"), NEGATIVES, ids=[f"negative{i}" for i in range(len(NEGATIVES))])
def test_custody_flight_splits_and_orders_are_no_joining(nlp, text, kinds):
    found = [e for e in stated(events(nlp, text)) if any(e.type.value in KINDS[k] for k in kinds)]
    assert found == [], shown(found)
