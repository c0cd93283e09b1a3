"""Doers and victims told inside an event noun's phrase or beside a group noun (issue 14, eleventh pass): a ``by``
phrase after what was attacked, an untagged abbreviation before the noun, a relative clause that blames the deed on
someone, victims named by an apposition or "identified as".  Sentences written for these tests, a third of them with
invented groups and places; none is taken from a gold set."""

from __future__ import annotations

import pytest
from helpers import agent_texts, events, stated, target_texts

from kg.models import EventType

pytestmark = pytest.mark.model

VIOLENCE = (EventType.ATTACK, EventType.AIRSTRIKE)


def _events(nlp, text):
    return stated(events(nlp, text, *VIOLENCE, date="2024-03-10"))


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        # the parser hangs the "by" phrase on the target, or on a noun inside it
        ("The attack on the Ramla police post by Zindi militiamen left two officers dead.", "Zindi militiamen"),
        (
            "Attacks on schools in the Anglophone regions by separatist fighters have kept children home.",
            "separatist fighters",
        ),
        ("An attack on the Nyanzale IDP site by M23 fighters killed nine displaced people.", "M23 fighters"),
        # the name the parser cut off after the "by" object
        (
            "Attacks against polling stations by the separatist Ambazonia Defence Forces have increased.",
            "Ambazonia Defence Forces",
        ),
        # an abbreviation the NER left untagged
        ("An NPA ambush on soldiers in Samar left four dead.", "NPA"),
    ],
)
def test_the_doer_inside_an_event_nouns_phrase(nlp, text, agent):
    found = _events(nlp, text)
    assert found, text
    assert agent in agent_texts(found), [(e.type, agent_texts([e]), target_texts([e])) for e in found]


@pytest.mark.parametrize(
    "text",
    [
        # a "by" phrase of a verb inside the target, of means or of time is nobody's doing
        "Attacks on the Bulo Marer base held by African Union troops continued on Sunday.",
        "An assault on the Wagadugu outpost guarded by Senegalese troops was repelled on Friday.",
        "The attack on the supply convoy of trucks by night was the third this month.",
        # a weapon's abbreviation says how, not who
        "An IED attack on a patrol in Kurram killed three soldiers.",
        "An RPG attack on the governor's house in Kismayo caused damage.",
    ],
)
def test_no_doer_from_a_verbs_by_phrase_a_means_or_a_weapon(nlp, text):
    found = _events(nlp, text)
    assert found, text
    assert not agent_texts(found) & {"African Union troops", "Senegalese troops", "night", "IED", "RPG"}


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "After the attack on the Dawa barracks, which the army blamed on the Jund al-Sahra, the town was tense.",
            "the Jund al-Sahra",
        ),
        (
            "The bombing of the Kano bus park, which police attributed to the Ansaru faction, killed nine people.",
            "the Ansaru faction",
        ),
    ],
)
def test_a_relative_clause_that_blames_the_deed_names_its_doer(nlp, text, agent):
    found = _events(nlp, text)
    assert agent in agent_texts(found)
    assert not agent_texts(found) & {"which", "that"}


def test_a_relative_clause_blaming_something_else_names_no_doer(nlp):
    found = _events(nlp, "Gunmen attacked a church in Owo, which the governor blamed on the government's failures.")
    assert agent_texts(found) == {"Gunmen"}


@pytest.mark.parametrize(
    ("text", "victims", "group"),
    [
        (
            "The victims, a trader and his apprentice, were abducted and later killed by the gunmen.",
            {"a trader", "his apprentice"},
            "The victims",
        ),
        (
            "Gunmen attacked Tudun Wada on Sunday. The victims, mostly women and children, were shot as they slept.",
            {"children"},
            "The victims",
        ),
        # a counted group stays beside the names
        (
            "Bandits killed two people, identified as Musa Idris and Bala Garba, in Tsafe on Monday.",
            {"two people", "Musa Idris", "Bala Garba"},
            None,
        ),
    ],
)
def test_victims_named_beside_a_group_noun(nlp, text, victims, group):
    targets = target_texts(_events(nlp, text))
    assert victims <= targets, targets
    assert group not in targets


def test_a_group_noun_without_names_stays(nlp):
    targets = target_texts(_events(nlp, "Gunmen shot the victims, who had gathered for a wedding, in Kauru on Sunday."))
    assert "the victims" in targets


def test_a_relative_pronoun_doer_is_told_by_its_antecedents_words(nlp):
    text = "The Kitenge militia, which police blamed for the attack on the Lubero market, denied involvement."
    doers = agent_texts(_events(nlp, text))
    assert "The Kitenge militia" in doers
    assert not doers & {"which", "that"}


def _sides_left(nlp, text):
    found = stated(events(nlp, text, EventType.DEFECTION, date="2024-03-10"))
    assert found, text
    return {m.span.text for e in found for m in e.targets}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Senator Bassey Ekpo, who was elected on the platform of the PDP, has defected to the APC.", "the PDP"),
        ("The former deputy governor, a founding member of the NPP, announced his defection to the NDC.", "the NPP"),
        (
            "Commander Abu Usama al-Shami, formerly of Jabhat al-Nusra, switched sides to the Syrian National Army.",
            "Jabhat al-Nusra",
        ),
    ],
)
def test_the_side_left_told_in_the_movers_description(nlp, text, side):
    assert side in _sides_left(nlp, text)


@pytest.mark.parametrize(
    ("text", "not_side"),
    [
        # a side fought against, or a town, says nothing of the side left
        (
            "Colonel Ousmane Diallo, who fought the Katiba Serma for years, defected to the junta's rivals.",
            "the Katiba Serma",
        ),
        ("The former mayor, a native of Kossodé, has defected to the ruling party.", "Kossodé"),
    ],
)
def test_no_side_left_from_a_description_of_something_else(nlp, text, not_side):
    found = stated(events(nlp, text, EventType.DEFECTION, date="2024-03-10"))
    assert not_side not in {m.span.text for e in found for m in e.targets}


@pytest.mark.parametrize(
    "text",
    [
        "Rebels of the Front pour le Salut du Mbomou overran the gendarmerie in Bakouma.",
        "Fighters overran the gendarmerie at Kossodé-Peulh before dawn.",
    ],
)
def test_a_gendarmerie_is_a_post_that_can_be_overrun(nlp, text):
    found = _events(nlp, text)
    assert "the gendarmerie" in target_texts(found)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("CODECO militiamen in their dozens surrendered to the FARDC at Djugu, the army said.", "CODECO"),
        ("Two Kifaru cadres surrendered to the police in Marsabit on Friday.", "Kifaru"),
    ],
)
def test_an_unknown_groups_name_on_its_fighters_is_the_side_they_left(nlp, text, side):
    assert side in _sides_left(nlp, text)


def test_a_joining_is_a_party_switch_when_the_joiners_description_names_another_party(nlp):
    text = "Ousmane Camara, elected on the UDPS list in 2018, has joined the opposition Ensemble party."
    assert "UDPS" in _sides_left(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ousmane Camara, elected on the UDPS list in 2018, has joined the UDPS youth league.",
        "Ousmane Camara, elected on the UDPS list in 2018, joined the march on Saturday.",
    ],
)
def test_no_party_switch_without_another_party_joined(nlp, text):
    assert stated(events(nlp, text, EventType.DEFECTION, date="2024-03-10")) == []
