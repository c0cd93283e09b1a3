"""ALLEGIANCE in the shapes two writers' copy shares (issue 14, fourteenth pass), on the probe passages of
tests/probes_allegiance_sides.py: sides typed by the armed side a joiner leaves (kg.extract.rules.leftside) or by the
group that goes into them (kg.extract.rules.intoside), leagues a name modifies, commanders and a leader's fighters
(kg.extract.rules.joinedside), pledges shown by others (kg.extract.rules.shownpledges), subjects the parse hid
(kg.extract.brokennames, kg.extract.conjsubject, kg.extract.rules.subordination.clause_subject); and the parties,
state services, firms and roles that must stay as they were."""

from __future__ import annotations

import pytest
from helpers import KINDS, assert_all_found, events, numbered, role_strings, shown, stated
from probes_allegiance_sides import NEGATIVES, PROBES, WRONG_ROLES

from kg.evaluate import matches

pytestmark = pytest.mark.model

# Probes kg still gets wrong, each with the reason; strict, so a fix shows up as an unexpected pass.
# (probe 14, "... pledged allegiance to Y and was integrated into Z" after a fronted date, whose passive conjunct has
# no subject of its own in the parse, is read since the twenty-second pass: the learned role ranker fills its joiner.)
KNOWN_MISSES: dict[int, str] = {}


@pytest.mark.parametrize(
    ("number", "text", "expected"), numbered(PROBES, KNOWN_MISSES), ids=[f"probe{i}" for i in range(len(PROBES))]
)
def test_sides_joined_in_two_writers_shapes(nlp, number, text, expected):
    assert_all_found(stated(events(nlp, text)), number, expected)


@pytest.mark.parametrize(("text", "kinds"), NEGATIVES, ids=[f"negative{i}" for i in range(len(NEGATIVES))])
def test_parties_state_services_and_firms_are_no_sides(nlp, text, kinds):
    found = [e for e in stated(events(nlp, text)) if any(e.type.value in KINDS[k] for k in kinds)]
    assert found == [], shown(found)


@pytest.mark.parametrize(
    ("text", "kind", "role", "wrong"), WRONG_ROLES, ids=[f"role{i}" for i in range(len(WRONG_ROLES))]
)
def test_roles_the_readings_must_not_take(nlp, text, kind, role, wrong):
    found = [e for e in stated(events(nlp, text)) if e.type.value in KINDS[kind]]
    assert found, f"no {kind} event in: {text}"
    for event in found:
        said = role_strings(event.agents if role == "agent" else event.targets)
        assert not any(matches(s, wrong) for s in said), shown(found)
