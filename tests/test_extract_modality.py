"""Modality and polarity with the trained pipeline: denials.  Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events

from kg.models import EventType, Modality

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
        # the "that" clause of a sign or report said to be none
        "There is no indication that any civilians were injured or killed, the command said.",
        "Officials said there was no evidence that militants had attacked the convoy.",
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
        "Police said there were reports that gunmen had killed two farmers near Kamesa.",  # reports that are some
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


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Karzai's aides said Dostum ordered the massacre of some 300 prisoners at Dasht-i-Leili in 2001.",
            "prisoners",
        ),
        (
            "A commission found that Gen. Osorio had ordered the shelling of Barrancabermeja's eastern barrios.",
            "barrios",
        ),
        ("He was accused of ordering the bombing of the Khobar barracks in 1996.", "barracks"),
        ("Investigators believe the cell had planned the attack on the Zemun stadium for months.", "stadium"),
    ],
)
def test_a_definite_deed_ordered_or_planned_in_the_past_was_done(nlp, text, target):
    found = _events(nlp, text)
    assert [e.modality.value for e in found] == ["asserted"], found
    assert any(target in m.span.text for e in found for m in e.targets)


@pytest.mark.parametrize(
    "text",
    [
        "The emir ordered his fighters to attack the Shia shrines in Samarra.",  # a command, not a report of the deed
        "The cell is planning the attack on the stadium for next week.",
        "The minister will order the strikes on the depots tomorrow.",
    ],
)
def test_an_order_or_plan_still_to_be_carried_out_is_not_asserted(nlp, text):
    assert all(e.modality.value != "asserted" for e in _events(nlp, text))


# --- advisories and risk notes: what a group may do, told by a forecast --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the participle clause hangs on a modal verb: as hypothetical as the verb
        "Armed groups could strike without warning, targeting markets, bus stations and churches in the north.",
        "Militants might attack convoys on the Gao road, ambushing vehicles that travel after dark.",
        # a forecast adjective over the infinitive of a deed
        "Jihadist groups are likely to attack fuel convoys on the road to Menaka.",
        "Extremists are very likely to try to carry out attacks in the capital.",
    ],
)
def test_an_advisorys_forecast_is_not_asserted(nlp, text):
    found = _events(nlp, text)
    assert found, text
    assert all(e.modality is not Modality.ASSERTED for e in found), [(e.trigger.text, e.modality) for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed the village at dawn, killing 12 people and torching granaries.",
        "Gunmen who may have crossed from Niger stormed the village, killing 12 people.",  # the modal is another verb's
        "The insurgents attacked the base on Monday, likely to avenge the killing of their commander.",
    ],
)
def test_a_deed_told_as_done_stays_asserted(nlp, text):
    found = _events(nlp, text)
    assert found, text
    assert any(e.modality is Modality.ASSERTED for e in found), [(e.trigger.text, e.modality) for e in found]


def test_a_participle_after_a_purpose_stays_asserted(nlp):
    text = (
        "A gunman opened fire outside the consulate in Herat as guards came out to open the gate, wounding three "
        "guards and a driver."
    )
    found = [e for e in _events(nlp, text) if e.trigger.text == "wounding"] or _events(nlp, text)
    assert any(e.modality is Modality.ASSERTED for e in found), [(e.trigger.text, e.modality) for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said a growing number of young men were intent on carrying out attacks against police.",
        "Intelligence services warned that the cell was intent on bombing a stadium during the tournament.",
    ],
)
def test_being_intent_on_a_deed_is_a_plan(nlp, text):
    found = _events(nlp, text)
    assert found and all(e.modality is Modality.PLANNED for e in found)


def test_the_intent_of_a_deed_done_leaves_it_asserted(nlp):
    found = _events(nlp, "Gunmen attacked the checkpoint with clear intent, killing two officers.")
    assert found and all(e.modality is Modality.ASSERTED for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Floor-crossing means that a member of one party leaves it and joins another party.",
        "Defection in political science means when a candidate or member of one party leaves that party and joins "
        "some other party.",
    ],
)
def test_a_definitions_deed_of_any_doer_is_no_event(nlp, text):
    found = list(events(nlp, text, EventType.DEFECTION))
    assert all(e.modality is not Modality.ASSERTED for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "The senator left the party in 2019 and joined the opposition.",
        "Officials said the deal means that the commander defects to the government with his 300 fighters.",
    ],
)
def test_a_deed_of_a_named_doer_stays_asserted(nlp, text):
    found = list(events(nlp, text, EventType.DEFECTION))
    assert found and all(e.modality is Modality.ASSERTED for e in found)
