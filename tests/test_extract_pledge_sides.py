"""Movers and sides of changes of side the parse or the reading lost (issue 14, fifteenth pass), on the probe
passages of tests/probes_pledge_sides.py: a label, dateline or time fronted before the mover (fillers.fronted_label),
a pledge told beside a leaving (rules/leftpledge.py), a trailing speaker who is no pronoun mover and a place the NER
took for a person who is no "he" (coref), surrendered "terrorists" of military releases (defectnouns, brokennames);
and a rejected proposal, a firm's withdrawn offer, a split of no group and suspects' surrenders, which are none."""

from __future__ import annotations

import pytest
from helpers import KINDS, assert_all_found, events, numbered, shown, stated
from probes_pledge_sides import NEGATIVES, PROBES, WRONG_MOVERS

from kg.evaluate import matches
from kg.models import EventType

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("number", "text", "expected"), numbered(PROBES, {}), ids=[f"probe{i}" for i in range(len(PROBES))]
)
def test_movers_and_sides_beside_labels_and_pledges(nlp, number, text, expected):
    assert_all_found(stated(events(nlp, text)), number, expected)


@pytest.mark.parametrize(("text", "kinds"), NEGATIVES, ids=[f"negative{i}" for i in range(len(NEGATIVES))])
def test_rejections_withdrawals_and_splits_of_no_side_are_no_change_of_side(nlp, text, kinds):
    found = [e for e in stated(events(nlp, text)) if any(e.type.value in KINDS[k] for k in kinds)]
    assert found == [], shown(found)


@pytest.mark.parametrize(("text", "wrong"), WRONG_MOVERS, ids=[f"wrong{i}" for i in range(len(WRONG_MOVERS))])
def test_a_trailing_speaker_is_no_pronoun_mover(nlp, text, wrong):
    found = stated(events(nlp, text, EventType.DEFECTION))
    assert found, text
    assert not any(matches(m.span.text, wrong) for e in found for m in e.agents), shown(found)
