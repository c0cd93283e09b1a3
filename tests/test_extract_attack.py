"""ATTACK and AIRSTRIKE on text written the way incident summaries, monitoring notes and wire windows are
(issue 14): casualty clauses, role fillers, triggers the filters lost, arguments the parse lost.  Sentences
written for these tests; none is taken from a gold set."""

from __future__ import annotations

import pytest

from kg.models import Document, EventType, Modality

pytestmark = pytest.mark.model

VIOLENCE = (EventType.ATTACK, EventType.AIRSTRIKE)


@pytest.fixture(scope="module")
def nlp():
    from kg.extract.nlp import load

    return load()


def _events(nlp, text, *types):
    from kg.extract import extract_one

    types = types or VIOLENCE
    return [
        e
        for e in extract_one(Document("t", text), nlp=nlp).events
        if e.type in types and e.modality in (Modality.ASSERTED, Modality.INSPIRED) and not e.negated
    ]


def _targets(events):
    return {m.span.text for e in events for m in e.targets}


def _agents(events):
    return {m.span.text for e in events for m in e.agents}


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        (
            "On 14 March 2021, JNIM militants attacked the army base at Boulkessi, leaving 15 soldiers dead.",
            "15 soldiers",
        ),
        ("Al-Shabaab fighters stormed a police station in Baidoa, killing three officers.", "three officers"),
        (
            "Suspected ADF rebels raided the village of Mamove overnight, leaving at least 22 civilians dead, "
            "local officials said.",
            "at least 22 civilians",
        ),
    ],
)
def test_a_casualty_clause_names_victims_of_the_attack_it_reports(nlp, text, victims):
    events = _events(nlp, text)
    assert len(events) == 1  # one incident, not the attack and a killing
    assert victims in _targets(events)
