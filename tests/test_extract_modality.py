"""Modality and polarity with the trained pipeline: denials.  Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events

from kg.models import EventType

pytestmark = pytest.mark.model

ATTACKS = {EventType.ATTACK, EventType.AIRSTRIKE}


def _events(nlp, text):
    return list(events(nlp, text, *ATTACKS))


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


@pytest.mark.parametrize(
    "text",
    [
        "Armed drones can strike targets at ranges of more than 1,000 kilometres.",  # a doer noun under "can"
        "An attack could come at any time, officials warned.",
    ],
)
def test_a_trigger_noun_subject_of_a_modal_verb_is_not_asserted(nlp, text):
    events = _events(nlp, text)
    assert events and all(e.modality.value != "asserted" for e in events)


def test_refraining_from_attacks_negates_them(nlp):
    events = _events(nlp, "Under the truce, both sides committed to refrain from attacks on civilian infrastructure.")
    assert events and all(e.negated for e in events)
    events = _events(nlp, "A drone struck a car in Marib on Monday.")  # no modal: asserted
    assert events and all(e.modality.value == "asserted" and not e.negated for e in events)


def test_the_means_of_a_strike_stays_asserted_when_the_parse_hangs_it_inside_the_object(nlp):
    # the small model hangs "to destroy" on "guided" inside the object of "used"
    text = "On 3 March, RAF Typhoons used Paveway IV guided bombs to destroy a Daesh-held building near Mosul."
    events = _events(nlp, text)
    assert events and all(e.modality.value == "asserted" for e in events)
