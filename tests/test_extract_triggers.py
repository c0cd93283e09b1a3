"""Events found at all, and false events, by the held-out error analysis's classes (issue 14, ninth pass): the probes
of tests/probes_triggers.py, each one that must be found and each text that must state no attack."""

from __future__ import annotations

import probes_triggers
import pytest
from helpers import attack_found, attacks_told, numbered, shown

pytestmark = pytest.mark.model

# Probes kg still gets wrong, with the reason: strict expected failures, so a fix shows up as an unexpected pass.
FOUND_MISSES: dict[int, str] = {}
NONE_MISSES: dict[int, str] = {}


@pytest.mark.parametrize(("number", "text", "kind", "agent", "target"), numbered(probes_triggers.FOUND, FOUND_MISSES))
def test_the_event_is_found(nlp, number, text, kind, agent, target):
    found = attacks_told(nlp, text)
    targets = (target,) if target is not None else ()
    assert any(attack_found(e, kind, agent, targets) for e in found), (number, shown(found))


@pytest.mark.parametrize(("number", "text"), numbered([(t,) for t in probes_triggers.NONE], NONE_MISSES))
def test_no_attack_is_stated(nlp, number, text):
    found = attacks_told(nlp, text)
    assert not found, (number, shown(found))


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Rockets slammed into the Green Zone on Tuesday night.", "rocket"),
        ("Missiles struck an oil facility in Abqaiq on Saturday.", "missile"),
        # a name the document writes with a capital inside a sentence stays a name
        ("Rockets signed a new guard on Friday. The Rockets play in Houston.", "Rockets"),
        # the first word of a longer name is no common noun
        ("Mujahideen Youth Movement fighters attacked the town.", "Mujahideen"),
    ],
)
def test_a_first_word_of_kgs_tables_read_as_a_name_is_read_again(nlp, text, lemma):
    doc = nlp(text)
    assert doc[0].lemma_ == lemma, [(t.text, t.lemma_, t.pos_) for t in doc]
