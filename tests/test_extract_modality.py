"""Modality and polarity with the trained pipeline: denials.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.models import Document, EventType

pytestmark = pytest.mark.model

ATTACKS = {EventType.ATTACK, EventType.AIRSTRIKE}


@pytest.fixture(scope="module")
def nlp():
    from kg.extract.nlp import load

    return load()


def _events(nlp, text):
    from kg.extract import extract_one

    return [e for e in extract_one(Document("t", text), nlp=nlp).events if e.type in ATTACKS]


@pytest.mark.parametrize(
    "text",
    [
        "Officials denied that any air strikes had been carried out near the village.",
        "The army denied that its soldiers had attacked the village.",
        "The group denied carrying out the bombing in Ankara.",
    ],
)
def test_a_denied_event_is_negated(nlp, text):
    events = _events(nlp, text)
    assert events and all(e.negated for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban denied involvement in the attack on the hotel.",  # the attack happened; the role is denied
        "Gunmen attacked the hotel, and the Taliban denied any role.",
    ],
)
def test_denying_a_part_in_an_event_leaves_it_asserted(nlp, text):
    events = _events(nlp, text)
    assert events and not any(e.negated for e in events)
