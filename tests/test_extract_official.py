"""Events, doers and targets on government, military and encyclopaedic pages (issue 14), on the probe texts of
tests/probes_official.py: nominal events with of/on/against/by frames, claims and blame on event nouns, the page's
subject group far from the trigger, aliases in parentheses, press releases, and the hard negatives such pages are
full of (condemnations, calls, designations, sanctions, campaigns as a whole, definitions)."""

from __future__ import annotations

import pytest
from helpers import numbered
from probes_official import NEGATIVES, PROBES

from kg.evaluate import matches
from kg.extract import extract_one
from kg.models import Document, Event, Mention, Modality

pytestmark = pytest.mark.model

# Probes kg still gets wrong, each with the reason; strict, so a fix shows up as an unexpected pass.
KNOWN_MISSES = {
    31: "the small model tags 'overrun' in 'was overrun by' as a noun (a cost overrun), so no trigger",
    45: "'Ahlu Sunnah wal Jamaah, known locally as al-Shabaab': the alias links to the Somali al-Shabaab",
}


def _strings(mentions: tuple[Mention, ...]) -> list[str]:
    return [s for m in mentions for s in (m.span.text, m.entity.label)]


def _found(event: Event, kind: str, agent: str | None, target: str | None) -> bool:
    if kind == "AIR" and event.type.value != "AIRSTRIKE":
        return False
    if agent is not None and not any(matches(s, agent) for s in _strings(event.agents)):
        return False
    return target is None or any(matches(s, target) for s in _strings(event.targets))


def _attacks(nlp, text: str) -> list[Event]:
    return [
        e
        for e in extract_one(Document("probe", text, date="2020-05-03"), nlp=nlp).events
        if e.type.value in ("ATTACK", "AIRSTRIKE")
        and e.modality in (Modality.ASSERTED, Modality.INSPIRED)
        and not e.negated
    ]


@pytest.mark.parametrize(
    ("number", "text", "expected"),
    numbered(PROBES, KNOWN_MISSES),
    ids=[f"probe{i}" for i in range(len(PROBES))],
)
def test_the_page_names_its_attacks_their_doers_and_targets(nlp, number, text, expected):
    events = _attacks(nlp, text)
    for kind, agent, target in expected:
        got = [(e.type.value, _strings(e.agents), _strings(e.targets)) for e in events]
        assert any(_found(e, kind, agent, target) for e in events), (number, kind, agent, target, got)


@pytest.mark.parametrize("text", NEGATIVES, ids=[f"negative{i}" for i in range(len(NEGATIVES))])
def test_calls_designations_sanctions_and_campaigns_are_no_events(nlp, text):
    events = [
        e
        for e in extract_one(Document("probe", text), nlp=nlp).events
        if e.modality is Modality.ASSERTED and not e.negated
    ]
    assert events == [], [(e.type.value, _strings(e.agents), _strings(e.targets)) for e in events]
