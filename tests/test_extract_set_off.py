"""Doers and targets of attacks told apart from the deed (issue 14, thirteenth pass): a device set off by whoever it
hit ("a police vehicle ran over an IED planted by X"), and unknown doers named by blame ("attributed the shooting
to armed men in police uniforms").  Sentences written for these tests, with invented names; none is taken from a
gold set."""

from __future__ import annotations

import pytest
from helpers import agent_texts, events, stated, target_texts

from kg.models import EventType

pytestmark = pytest.mark.model

VIOLENCE = (EventType.ATTACK, EventType.AIRSTRIKE)


def _events(nlp, text):
    return stated(events(nlp, text, *VIOLENCE))


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        (
            "A district council pickup drove over a landmine laid by the Ndoro Liberation Movement outside Tembesi "
            "on Friday, officials said.",
            "the Ndoro Liberation Movement",
            "A district council pickup",
        ),
        (
            "At about 0900 hours an ambulance ran over an improvised explosive device believed to have been planted "
            "by Saruni militiamen on the Marsok-Ulvi road.",
            "Saruni militiamen",
            "an ambulance",
        ),
        ("A herder stepped on a mine planted by fighters of the Brolo Front near Guvai.", "fighters", "A herder"),
        ("An escort vehicle rolled onto a pressure mine near Ostrik on Tuesday.", None, "An escort vehicle"),
        ("A farm tractor struck a pressure-plate IED on a track outside Dallu village.", None, "A farm tractor"),
        ("Their lorry triggered a landmine near the Kelvo crossing.", None, "Their lorry"),
    ],
)
def test_what_set_a_laid_device_off_is_its_target_and_whoever_laid_it_the_doer(nlp, text, agent, target):
    found = _events(nlp, text)
    assert len(found) == 1, found
    assert target in target_texts(found)
    if agent is None:
        assert agent_texts(found) == set()
    else:
        assert any(agent in a for a in agent_texts(found)), agent_texts(found)


def test_the_casualty_clause_after_a_device_set_off_is_not_done_by_the_vehicle(nlp):
    found = _events(
        nlp, "On Friday a minibus drove over a landmine planted by the Brolo Front, killing six passengers."
    )
    assert len(found) == 1
    assert agent_texts(found) == {"the Brolo Front"}
    assert {"a minibus", "six passengers"} <= target_texts(found)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry ran over budget on the Tembesi bridge.",
        "The announcement triggered protests in Guvai.",
        "A delivery van ran over a cyclist in Ostrik.",
        "Two boys stepped on an unexploded mine near Dallu.",
        "The company stepped on the toes of its rivals in Kelvo.",
    ],
)
def test_going_over_or_onto_anything_else_is_no_attack(nlp, text):
    assert _events(nlp, text) == []


def test_a_fighter_who_triggers_a_bomb_is_its_doer(nlp):
    found = _events(nlp, "Saruni militants triggered a bomb at the Guvai market, killing four traders.")
    assert "Saruni militants" in agent_texts(found)
    assert "Saruni militants" not in target_texts(found)


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "Two traders were shot dead on the Kelvo road on Sunday; residents attributed the killing to armed men in "
            "police uniforms.",
            "armed men",
        ),
        (
            "A grenade exploded at the Dallu bus park, wounding nine. Police blamed the blast on unidentified gunmen.",
            "unidentified gunmen",
        ),
    ],
)
def test_blame_on_unknown_doers_fills_a_deed_told_without_any(nlp, text, agent):
    found = _events(nlp, text)
    assert len(found) == 1
    assert agent in agent_texts(found)


def test_blame_on_unknown_doers_leaves_the_doers_the_deed_named(nlp):
    found = _events(nlp, "Saruni militiamen ambushed a convoy near Kelvo. Officials attributed the ambush to gunmen.")
    assert agent_texts(found) == {"Saruni militiamen"}


def test_a_claim_by_unknown_doers_names_nobody(nlp):
    found = _events(nlp, "A bomb exploded at a market in Ostrik, killing four. Militants claimed responsibility.")
    assert agent_texts(found) == set()


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Armed youths ambushed two aid lorries on the Tembesi-Guvai road on Sunday.", "Armed youths"),
        (
            "Armed supporters of the Kelvo mayor ambushed a police convoy at dawn.",
            "Armed supporters of the Kelvo mayor",
        ),
    ],
)
def test_a_crowd_word_the_text_calls_armed_is_an_armed_doer(nlp, text, agent):
    assert agent in agent_texts(_events(nlp, text))


@pytest.mark.parametrize(
    "text",
    ["Masked youths stormed the Kelvo town hall.", "Students stormed the rector's office in Ostrik."],
)
def test_a_crowd_storming_a_building_stays_a_riot(nlp, text):
    assert _events(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "While the joint party of the DRG and the CRPF was returning from Kondagaon, about forty armed cadres opened "
        "fire on the party.",
        "A police party was returning from Dallu when gunmen ambushed the party near the river.",
        "A search party set out from Guvai at dawn. Gunmen fired on the party near the river.",
    ],
)
def test_the_party_a_report_named_before_is_people_fired_on(nlp, text):
    assert "the party" in target_texts(_events(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The ruling party held a rally in Kelvo. Critics attacked the party over its record.",
        "The opposition party of Ndoro rallied in Guvai; the government attacked the party.",
    ],
)
def test_a_political_party_attacked_in_words_is_no_attack(nlp, text):
    assert _events(nlp, text) == []
