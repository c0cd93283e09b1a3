"""Sentences the small model misparses in a known way, parsed again without the words that misled it
(kg/extract/reparse.py): the vehicle a doer rides in, which en_core_web_sm glues to the verb after it ("a motorcycle
shot", "a motorbike opened fire") so that the sentence loses its verb, and "since" before a participle ("have since
switched sides").  Sentences written for these tests in the
styles of monitoring notes and South Asian and Sahel press."""

from __future__ import annotations

import pytest
from helpers import agent_texts, events, stated, target_texts

from kg.evaluate import matches

pytestmark = pytest.mark.model

# (text, doer, target): each sentence's verb is lost without the repair.
RIDERS = [
    ("Suspected militants on a motorcycle shot dead a teacher in Pulwama.", "Suspected militants", "a teacher"),
    ("Two men on a motorcycle opened fire on the constable.", "Two men", "the constable"),
    (
        "On 3 May 2020, 2 unidentified gunmen on a motorbike shot and killed a civilian in Dzoyaani (Qarahabad).",
        "unidentified gunmen",
        "a civilian",
    ),
    (
        "On 12 June 2021, unidentified armed men on a motorcycle shot dead a local chief in Boulkessi.",
        "unidentified armed men",
        "a local chief",
    ),
    ("Unknown gunmen riding a motorcycle shot dead a shopkeeper in Kuchlagh.", "Unknown gunmen", "a shopkeeper"),
    ("A gunman on a motorbike opened fire on a police patrol, wounding two officers.", "A gunman", "a police patrol"),
    # several vehicles, glued to the verb the same way
    ("Masked men on motorcycles fired at mourners in the Karimabad district, killing a boy.", "Masked men", "mourners"),
    ("Armed vigilantes on motorbikes fired at students near the campus.", "Armed vigilantes", "students"),
]
# Sentences the repair must leave as they are: parsed right already, or no rider's vehicle.
UNCHANGED = [
    "Gunmen on motorcycles opened fire on worshippers leaving a mosque.",
    "Assailants in a car threw a grenade at a bar in Bujumbura, injuring five people.",
    "A car bomb exploded outside the governor's office in Dzoyaani, killing four people.",
    "The minister arrived in a car provided by the embassy.",
    "Residents on motorcycles fled the village before dawn.",
    "On 4 March, gunmen attacked a police post in Lakki.",
    "In May 2022 the army shelled the village of Dorogi-Nova.",
    "On Sunday militants attacked a checkpoint near Bir Hasna.",
]


@pytest.mark.parametrize(("text", "doer", "target"), RIDERS)
def test_a_doer_on_a_vehicle_keeps_the_verb_and_its_roles(nlp, text, doer, target):
    found = stated(events(nlp, text))
    assert found, f"no event in: {text}"
    assert any(matches(a, doer) for a in agent_texts(found)), (doer, agent_texts(found))
    assert any(matches(t, target) for t in target_texts(found)), (target, target_texts(found))
    assert not any(matches(t, "motorcycle") or matches(t, "motorbike") for t in target_texts(found))


def test_the_vehicle_phrase_hangs_on_the_rider(nlp):
    doc = nlp("Suspected militants on a motorcycle shot dead a teacher in Pulwama.")
    shot = doc[5]
    assert (shot.text, shot.pos_, shot.dep_) == ("shot", "VERB", "ROOT")
    assert [c.text for c in shot.children if c.dep_ == "nsubj"] == ["militants"]
    on, motorcycle = doc[2], doc[4]
    assert (on.head.text, on.dep_, motorcycle.head.text, motorcycle.dep_) == ("militants", "prep", "on", "pobj")
    assert [t.is_sent_start for t in doc][1:] == [False] * (len(doc) - 1)


@pytest.mark.parametrize("text", UNCHANGED)
def test_a_sentence_parsed_right_keeps_its_parse(nlp, text):
    plain = nlp.select_pipes(disable=["kg_rider_reparse"])
    try:
        before = [(t.head.i, t.dep_, t.tag_) for t in nlp(text)]
    finally:
        plain.restore()
    assert [(t.head.i, t.dep_, t.tag_) for t in nlp(text)] == before


# "has since" before a participle, which the small model reads as a preposition and an adjective: (text, kind, doer,
# side or target).
SINCE = [
    ("Many local fighters have since switched sides to the Islamic State.", "DEFECTION", "Many local fighters", None),
    ("The Abu Hafs brigade has since joined Hayat Tahrir al-Sham.", "ALLEGIANCE", "The Abu Hafs brigade", None),
]


@pytest.mark.parametrize(("text", "kind", "doer", "target"), SINCE)
def test_since_before_a_participle_keeps_the_verb(nlp, text, kind, doer, target):
    found = [e for e in stated(events(nlp, text)) if e.type.value == kind]
    assert found, f"no {kind} in: {text}"
    assert any(matches(a, doer) for a in agent_texts(found)), (doer, agent_texts(found))


def test_since_hangs_on_the_verb_as_an_adverb(nlp):
    doc = nlp("Many local fighters have since switched sides to the Islamic State.")
    since, switched = doc[4], doc[5]
    assert (switched.dep_, since.head.text, since.dep_) == ("ROOT", "switched", "advmod")
    assert [c.text for c in switched.children if c.dep_ == "nsubj"] == ["fighters"]


def test_since_as_a_preposition_is_left_alone(nlp):
    doc = nlp("The town has been under siege since March.")
    assert [t.dep_ for t in doc if t.text == "since"] == ["prep"]


# A date fronted with no comma after it, which the small model reads as taking the doer for its object ("On 4 March
# gunmen"): (text, doer, target).
FRONTED_DATES = [
    ("On 4 March gunmen attacked a police post in Lakki.", "gunmen", "a police post"),
    (
        "On 5 June 2019 Nigerian Alpha Jet aircraft struck a camp of the bandits near Dansadau-Gari.",
        "Nigerian Alpha Jet aircraft",
        "a camp",
    ),
    (
        "On the night of 3/4 May armed men numbering about 15 raided the Levies post at Gwadar-Sur.",
        "armed men",
        "the Levies post",
    ),
    (
        "On 17 August 1995 militiamen of the Black Hawks unit entered Donji-Kamen and killed six men.",
        "militiamen",
        "six men",
    ),
]


@pytest.mark.parametrize(("text", "doer", "target"), FRONTED_DATES)
def test_a_fronted_date_gives_back_the_doer(nlp, text, doer, target):
    found = stated(events(nlp, text))
    assert found, f"no event in: {text}"
    assert any(matches(a, doer) for a in agent_texts(found)), (doer, agent_texts(found))
    assert any(matches(t, target) for t in target_texts(found)), (target, target_texts(found))


def test_the_fronted_date_hangs_on_the_verb(nlp):
    doc = nlp("On 4 March gunmen attacked a police post in Lakki.")
    on, march, gunmen, attacked = doc[0], doc[2], doc[3], doc[4]
    assert (on.head.text, on.dep_, march.head.text, march.dep_) == ("attacked", "prep", "On", "pobj")
    assert (gunmen.head.text, gunmen.dep_, attacked.dep_) == ("attacked", "nsubj", "ROOT")


# A doer's "in"/"of" phrase the small model glues to the verb after it, so that the sentence is one noun phrase
# ("the Sinai fired rounds", "coalition carried out"): (text, doer, target).
GLUED_MODIFIERS = [
    (
        "Insurgents in the north fired rockets at a military base near Tal Hamid-Sharqi, wounding three soldiers.",
        "Insurgents",
        "a military base",
    ),
    (
        "Militants in the Sinai fired mortar rounds at an army checkpoint near Bir Lahfan, killing two conscripts.",
        "Militants",
        "an army checkpoint",
    ),
]


@pytest.mark.parametrize(("text", "doer", "target"), GLUED_MODIFIERS)
def test_a_doers_phrase_glued_to_the_verb(nlp, text, doer, target):
    found = stated(events(nlp, text))
    assert found, f"no event in: {text}"
    assert any(matches(a, doer) for a in agent_texts(found)), (doer, agent_texts(found))
    assert any(matches(t, target) for t in target_texts(found)), (target, target_texts(found))


@pytest.mark.parametrize(
    "text",
    [
        "Residents of the village fled to the hills.",
        "Fighters of the Tawhid brigade stormed a checkpoint near Kafr Aziz.",
    ],
)
def test_a_doers_phrase_parsed_right_is_left_alone(nlp, text):
    plain = nlp.select_pipes(disable=["kg_rider_reparse"])
    try:
        before = [(t.head.i, t.dep_, t.tag_) for t in nlp(text)]
    finally:
        plain.restore()
    assert [(t.head.i, t.dep_, t.tag_) for t in nlp(text)] == before
