"""ATTACK vocabulary with the trained pipeline: military press-release and incident-summary wording
("neutralised 12 terrorists", "took control of Kunduz", "set fire to a school") and its non-violent
look-alikes.  Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events, stated, target_texts

from kg.models import EventType, Modality

pytestmark = pytest.mark.model

ATTACKS = {EventType.ATTACK, EventType.AIRSTRIKE}


def _attacks(nlp, text):
    return stated(events(nlp, text, *ATTACKS), modalities=(Modality.ASSERTED,))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Troops neutralised 12 terrorists in an operation in Borno state.", "12 terrorists"),
        ("Turkish forces neutralized dozens of PKK militants in northern Iraq.", "dozens of PKK militants"),
        ("The Taliban took control of Kunduz city on Sunday.", "Kunduz city"),
        ("Al-Shabaab fighters took full control of the town of Mahas.", "the town of Mahas"),
        ("Assailants set fire to a school in Ngouboua village, Chad.", "a school"),
    ],
)
def test_press_release_and_summary_wording_is_an_attack(nlp, text, target):
    events = _attacks(nlp, text)
    assert any(t.span.text.startswith(target) for e in events for t in e.targets)


@pytest.mark.parametrize(
    "text",
    [
        "The army neutralised the threat posed by the new missiles.",
        "Engineers neutralised a bomb found near the station.",
        "The company took control of the market for solar panels.",
        "The new law set the stage for elections.",
        "Protesters set fire to tyres in the street.",
    ],
)
def test_their_look_alikes_are_not(nlp, text):
    assert not _attacks(nlp, text)


def test_a_landmine_is_a_weapon_that_destroys_and_no_doer(nlp):
    events = _attacks(nlp, "A landmine destroyed an army truck near Gao, killing four soldiers.")
    assert events and all(e.agent is None for e in events)


def test_an_irregular_past_the_tagger_took_for_a_present_keeps_its_verb_s_lemma(nlp):
    # "retook" is tagged VBP in this sentence, and spaCy keeps a present verb as its own lemma.
    doc = nlp("The rebels retook Ajdabiya on Sunday. Air strikes are expensive.")
    retook, are = doc[2], doc[9]
    assert (retook.lemma_, retook.tag_) == ("retake", "VBD")
    assert (are.lemma_, are.tag_) == ("be", "VBP")  # the table's present forms stay present
    [event] = stated(events(nlp, "The rebels retook Ajdabiya on Sunday, residents said."))
    assert event.type is EventType.ATTACK and "Ajdabiya" in target_texts([event])


def test_a_weapon_fired_towards_a_target_is_an_attack_when_the_participle_modifies_the_weapon(nlp):
    text = "Air defences intercepted a ballistic missile fired by Houthi fighters towards Jizan airport on Sunday."
    [event] = _attacks(nlp, text)
    assert "Jizan airport" in target_texts([event])
    assert _attacks(nlp, "The club fired its coach towards the end of the season.") == []


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("IS militants stormed a police station in Sinai on Monday.", "IS militants"),
        ("IS fighters shelled Kurdish positions outside Hasakah.", "IS fighters"),
        ("IS suicide bombers attacked a Shiite mosque in Kuwait City.", "IS suicide bombers"),
    ],
)
def test_the_group_s_short_name_is_read_as_a_name_not_as_the_verb_is(nlp, text, doer):
    doc = nlp(text)
    assert doc[0].pos_ != "AUX" and doc[0].head.i != 0  # "IS" modifies the doers; it is not the sentence's verb
    [event] = _attacks(nlp, text)
    assert {m.span.text for m in event.agents} == {doer}


def test_a_shouted_is_stays_the_verb(nlp):
    doc = nlp("WHAT IS THE ISLAMIC STATE? A primer on the group.")
    assert doc[1].norm_ == "is"


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("IS militants executed 30 Ethiopian Christians on a beach in Libya.", "30 Ethiopian Christians"),
        ("Al-Shabaab fighters executed four Kenyans accused of spying for the army.", "four Kenyans"),
        ("Gunmen abducted and executed two aid workers near Kidal.", "two aid workers"),
    ],
)
def test_people_put_to_death_by_armed_men_are_the_targets_of_an_attack(nlp, text, victims):
    [event] = _attacks(nlp, text)
    assert victims in target_texts([event])


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia executed 81 men in a single day, the interior ministry said.",
        "The court executed four men convicted of drug trafficking.",
        "The ministry executed a plan to vaccinate 30 million Nigerians.",
    ],
)
def test_judicial_executions_and_executed_plans_are_no_attacks(nlp, text):
    assert _attacks(nlp, text) == []
