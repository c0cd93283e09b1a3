"""Who did it in wire windows (issue 14, session 12), on the probe texts of tests/probes_windows3.py: both sides of
fire given and returned are doers and targets; a claim or accusation a sentence after the incident names its doer,
and a relative clause describing the claimant tells no incident the claim could name; a reciprocal ("the other",
"each other") is nobody, and does not part a mention from the incident it names; a relative clause of harm hung on
what an event noun was against belongs to the event noun, not to the building."""

from __future__ import annotations

import pytest
from helpers import numbered
from probes_windows3 import PROBES
from test_extract_windows import _attacks, _found, _strings

from kg.evaluate import matches
from kg.extract import extract_one
from kg.models import Document, EventType

pytestmark = pytest.mark.model

# Probes kg still gets wrong, each with the reason; strict, so a fix shows up as an unexpected pass.
_EARLIER = (
    "an incident told as earlier than the story's ('came days after X attacked', 'followed an attack by X', 'who had "
    "attacked') joins it: a barrier for these cost stress3's protest news target F1 (0.933 -> 0.905)"
)
KNOWN_MISSES: dict[int, str] = {}
KNOWN_COUNTS: dict[int, str] = {24: _EARLIER, 25: _EARLIER, 27: _EARLIER}
KNOWN_REFUSALS: dict[int, str] = {}


@pytest.mark.parametrize(("number", "text", "incidents", "expected", "refused"), numbered(PROBES, KNOWN_MISSES))
def test_the_window_names_who_did_it(nlp, number, text, incidents, expected, refused):
    events = _attacks(nlp, text)
    got = [(e.type.value, _strings(e.agents), _strings(e.targets)) for e in events]
    for kind, agent, targets in expected:
        assert any(_found(e, kind, agent, targets) for e in events), (number, kind, agent, targets, got)


@pytest.mark.parametrize(
    ("number", "text", "incidents", "expected", "refused"),
    numbered(PROBES, KNOWN_COUNTS, keep=lambda probe: probe[1] is not None),
)
def test_each_incident_is_one_event(nlp, number, text, incidents, expected, refused):
    events = _attacks(nlp, text)
    assert len(events) == incidents, [(e.trigger.text, _strings(e.agents), _strings(e.targets)) for e in events]


@pytest.mark.parametrize(
    ("number", "text", "incidents", "expected", "refused"),
    numbered(PROBES, KNOWN_REFUSALS, keep=lambda probe: probe[3]),
)
def test_no_accuser_reciprocal_building_or_speaker_is_a_doer(nlp, number, text, incidents, expected, refused):
    events = _attacks(nlp, text)
    got = [(e.type.value, e.trigger.text, _strings(e.agents)) for e in events]
    for name in refused:
        assert not any(matches(s, name) for e in events for s in _strings(e.agents)), (name, got)


@pytest.mark.xfail(
    strict=True,
    reason="the name before the description is the doer of its relative clause only by an apposition rule that cost "
    "stress4's articles agent F1 (0.823 -> 0.810); the gold data accepts the description too",
)
def test_a_relative_clause_on_a_description_of_a_name_is_the_named_group(nlp):
    text = (
        "Police blamed the Ruwenzori Defence Front, a Congo-based group that pledged allegiance to Islamic State in "
        "2019."
    )
    pledges = [e for e in extract_one(Document("probe", text), nlp=nlp).events if e.type is EventType.ALLEGIANCE]
    assert [m.span.text for e in pledges for m in e.agents] == ["the Ruwenzori Defence Front"]


def test_a_description_without_a_name_stays_the_doer(nlp):
    text = "A Congo-based group that pledged allegiance to Islamic State in 2019 claimed the attack."
    pledges = [e for e in extract_one(Document("probe", text), nlp=nlp).events if e.type is EventType.ALLEGIANCE]
    assert [m.span.text for e in pledges for m in e.agents] == ["A Congo-based group"]
