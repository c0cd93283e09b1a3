"""Air strikes told by aircraft called in or joined to a ground deed, bombers who are people, and places taken named
after "the settlement of" (issue 14, fourteenth pass).  Sentences written for these tests, with places and groups no
gazetteer knows in most of them."""

from __future__ import annotations

import pytest
from helpers import asserted_types, events, target_texts

from kg.models import EventType

pytestmark = pytest.mark.model

ATTACKS = {EventType.ATTACK, EventType.AIRSTRIKE}


@pytest.mark.parametrize(
    "text",
    [
        "Two Cobra helicopters were called in against the insurgents dug in around Mosra village.",
        "French Mirage jets were called in on the militant column near Tindiri, the army said.",
        "The patrol called in close air support on the compound at Sangin-Bala.",
        "Air support was called in and killed about 30 of the fighters near Sabou-Ouest.",
    ],
)
def test_aircraft_called_in_against_a_target_strike_it(nlp, text):
    assert EventType.AIRSTRIKE in asserted_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Helicopters were called in to evacuate the wounded from Koroba.",
        "The minister called in the Kavrani ambassador over the incident.",
        "The company called in engineers to repair the bridge at Lutembe.",
    ],
)
def test_a_call_with_no_target_is_no_strike(nlp, text):
    assert not asserted_types(nlp, text) & ATTACKS


def test_a_partner_from_the_air_strikes_what_the_ground_deed_hit(nlp):
    text = "Ground forces, in cooperation with Russian aviation, stormed the village of Tel Hamid."
    strikes = events(nlp, text, EventType.AIRSTRIKE)
    assert strikes and "the village of Tel Hamid" in target_texts(strikes)


def test_a_partner_on_the_ground_is_no_air_strike(nlp):
    assert EventType.AIRSTRIKE not in asserted_types(nlp, "Police, in cooperation with the army, raided a hideout.")


@pytest.mark.parametrize(
    "text",
    [
        "Witnesses said the bomber, a teenage boy, blew himself up at the gate of the Lomuri police station, killing "
        "four.",
        "Three suicide attacks hit the Dabiri market on Friday; the bombers were two women and a boy, police said.",
        "The bomber walked into the Tessaoua wedding hall and detonated his vest, killing 11. It was the third suicide "
        "attack in the district this month.",
    ],
)
def test_a_bomber_of_a_suicide_attack_is_a_person(nlp, text):
    assert asserted_types(nlp, text) & ATTACKS == {EventType.ATTACK}


@pytest.mark.parametrize(
    "text",
    [
        "Russian bombers struck Tervola overnight, a day after a suicide attack in the capital.",
        "Strategic bombers pounded the Zarin oil depot, a week after suicide bombers hit the Lumo barracks.",
    ],
)
def test_a_states_bombers_fly_whatever_else_the_story_tells(nlp, text):
    assert EventType.AIRSTRIKE in asserted_types(nlp, text)


@pytest.mark.parametrize(
    "text, place",
    [
        ("Russian troops liberated the settlement of Zelenyi Yar-Druhe, the ministry said.", "Zelenyi Yar-Druhe"),
        ("Units of the Kharan group had taken control of the settlement of Novo-Lukivka.", "Novo-Lukivka"),
        ("Rebels seized the hamlet of Kaboro-Sud after a night of fighting.", "Kaboro-Sud"),
    ],
)
def test_a_settlement_taken_by_force_is_an_attack(nlp, text, place):
    found = events(nlp, text, EventType.ATTACK)
    assert any(place in target for target in target_texts(found))


def test_a_settlement_agreed_is_no_place_taken(nlp):
    text = "The two sides reached a settlement of the Kaboro dispute and the militia took control of nothing."
    assert not asserted_types(nlp, text) & ATTACKS
