"""Clashes and their look-alikes in South Asian and African monitoring notes and wire copy (issue 14, twenty-third
pass): the "encounter" of Indian and Pakistani reporting (a gunfight between armed sides, never a chance meeting), a
"fire exchange" or "exchanges of fire" between sides, a place "taken by force", and soldiers killed in a road or boat
accident (no attack). Sentences written for these tests in the styles of those reports."""

from __future__ import annotations

import pytest
from helpers import agent_texts, events, stated, target_texts

from kg.models import EventType

pytestmark = pytest.mark.model

ATTACKS = (EventType.ATTACK, EventType.AIRSTRIKE)


def _attacks(nlp, text: str) -> list:
    return stated(events(nlp, text, *ATTACKS))


# --- "encounter": a gunfight between armed sides ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "An encounter broke out between militants and security forces in the Keller area of Shopian on Tuesday, "
            "police said.",
            {"militants", "security forces"},
        ),
        (
            "A fierce encounter took place between the troops and the terrorists near the Line of Control, the army "
            "said in a statement.",
            {"the troops", "the terrorists"},
        ),
    ],
)
def test_an_encounter_between_armed_sides_is_a_clash(nlp, text, sides):
    found = _attacks(nlp, text)
    assert found
    assert sides <= agent_texts(found)
    assert sides <= target_texts(found)


def test_an_encounter_with_militants_pits_the_one_hurt_against_them(nlp):
    found = _attacks(nlp, "A police constable was injured in an encounter with militants in Anantnag district.")
    assert found
    assert "militants" in agent_texts(found)
    assert "A police constable" in target_texts(found)


def test_an_encounter_with_militants_that_broke_out_is_a_clash(nlp):
    found = _attacks(nlp, "An encounter with militants broke out in the Sopore area on Friday evening, police said.")
    assert "militants" in agent_texts(found) | target_texts(found)


def test_killed_in_an_encounter_is_a_clash_even_without_its_sides(nlp):
    found = _attacks(nlp, "Two terrorists were killed in an encounter in the Tral area of Pulwama district.")
    assert found
    assert "Two terrorists" in target_texts(found)


@pytest.mark.parametrize(
    "text",
    [
        "The minister recalled a chance encounter with a farmer on the campaign trail in Punjab.",
        "In his memoir the former general describes a tense encounter with the press after the 1999 coup.",
        "The hiker survived an encounter with a bear near the lake in Kashmir.",
        "The festival screened a documentary about close encounters with wildlife in the Himalayas.",
        "The encounter between India and Pakistan at Edgbaston drew a full house of cricket fans.",
        "The encounter lasted about three hours, officials said.",
        "Villagers described their encounter with the militants at the river crossing as terrifying.",
        "She recalled a chance encounter with a police officer outside the district court.",
    ],
)
def test_an_encounter_without_armed_sides_is_no_attack(nlp, text):
    assert not _attacks(nlp, text)


# --- "fire exchange", "exchanges of fire": the sides shoot at each other -----------------------------------------


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Intense fire exchange took place between the troops and the terrorists, as a result of which six "
            "terrorists were killed.",
            {"the troops", "the terrorists"},
        ),
        (
            "A heavy exchange of fires between the Rangers and the militants continued for an hour.",
            {"the Rangers", "the militants"},
        ),
        (
            "Exchanges of fire between the army and the rebels were reported overnight in the district.",
            {"the army", "the rebels"},
        ),
    ],
)
def test_a_fire_exchange_between_sides_is_a_clash(nlp, text, sides):
    found = _attacks(nlp, text)
    assert sides <= agent_texts(found)
    assert sides <= target_texts(found)


def test_an_exchange_of_views_is_no_clash(nlp):
    assert not _attacks(nlp, "An exchange of views took place between the army chief and the ministers on Monday.")


# --- "took X by force": a place captured ---------------------------------------------------------------------------


def test_a_place_taken_by_force_is_attacked_by_the_taker(nlp):
    found = _attacks(nlp, "The LNA took Benghazi and Derna by force in 2019, the report said.")
    assert "The LNA" in agent_texts(found)
    assert "Benghazi" in target_texts(found)


def test_a_place_a_relative_clause_says_was_taken_by_force(nlp):
    found = _attacks(nlp, "Thousands of residents fled the towns which the militia took by force last year.")
    assert "the militia" in agent_texts(found)


def test_control_of_a_place_taken_by_force(nlp):
    found = _attacks(nlp, "Fighters of the group took control of the airport by force on Sunday.")
    assert "the airport" in target_texts(found)


@pytest.mark.parametrize(
    "text",
    [
        "The general took power by force in 1999 and ruled for nine years.",
        "Officials said the convoy took the northern road to Benghazi to avoid the security forces.",
        "The delegation took the matter to the tribunal after talks on the use of force failed.",
    ],
)
def test_taking_what_is_no_place_or_without_force_is_no_attack(nlp, text):
    assert not _attacks(nlp, text)


# --- killed in an accident ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A soldier was killed when two military trucks collided on the highway near Kandahar.",
        "Four policemen were killed when their vehicle overturned on the Quetta road on Friday.",
        "Eleven soldiers were killed when their boat capsized while crossing the river, the army said.",
        "Five soldiers were killed when their helicopter crashed near Kandahar.",
        "Three peacekeepers were killed when their truck plunged into a gorge in the north of the country.",
    ],
)
def test_killed_when_a_vehicle_had_an_accident_is_no_attack(nlp, text):
    assert not _attacks(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed when militants attacked their post near Kandahar.",
        "Three soldiers were killed when a roadside bomb exploded near their vehicle.",
        "Four soldiers were killed when their vehicle overturned after hitting a landmine near Kandahar.",
        "Six soldiers were killed when their armoured vehicle overturned after it was ambushed by militants.",
    ],
)
def test_killed_when_an_armed_side_or_a_bomb_did_it_is_an_attack(nlp, text):
    assert _attacks(nlp, text)
