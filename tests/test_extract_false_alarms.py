"""Detection false alarms with the trained pipeline: sentences with a trigger word that report no attack,
defection or pledge.  Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import asserted_types

from kg.models import EventType

pytestmark = pytest.mark.model

ATTACKS = {EventType.ATTACK, EventType.AIRSTRIKE}


@pytest.mark.parametrize(
    "text",
    [
        "A gas explosion destroyed a block of flats in Lyon, killing four residents.",
        "A steam blast at the power station injured two engineers in Gdansk.",
    ],
)
def test_an_explosion_of_what_is_no_bomb_is_an_accident(nlp, text):
    assert not asserted_types(nlp, text) & ATTACKS


@pytest.mark.parametrize(
    "text",
    [
        "An explosion at a checkpoint in Kirkuk killed four soldiers.",
        "Police fired tear gas, and a blast at the rally killed three protesters in Dhaka.",
    ],
)
def test_an_explosion_that_kills_is_still_an_attack(nlp, text):
    assert asserted_types(nlp, text) & ATTACKS


@pytest.mark.parametrize(
    "text",
    [
        "The EU sanctioned five commanders of the Rapid Support Forces over attacks on civilians in Darfur.",
        "The Houthis and government forces exchanged accusations of shelling near Hodeidah.",
        "Residents feared an attack on the town after militants were seen nearby.",
    ],
)
def test_grounds_accusations_and_fears_report_no_attack(nlp, text):
    assert not asserted_types(nlp, text) & ATTACKS


@pytest.mark.parametrize(
    "text",
    [
        "The EU sanctioned the commander over the attack on the market in El Fasher.",  # one incident, named
        "Residents feared for their lives after the attack on the market.",
    ],
)
def test_a_particular_incident_named_beside_them_still_is(nlp, text):
    assert asserted_types(nlp, text) & ATTACKS


@pytest.mark.parametrize(
    "text",
    [
        "On 9 March 2024, al Shabaab took control of Buulo Mareer (Marka, Lower Shabelle) after SNA troops pulled "
        "out. There were no reports of fighting.",
        "Houthi fighters entered the port town of Midi unopposed on Thursday, tribal sources said.",
        "The militia seized the customs post at Wazin without a fight.",
        "On 2 May 2021, FACT rebels occupied Ziguey (Nord Kanem, Kanem). No clashes were reported.",
    ],
)
def test_a_place_taken_without_force_is_no_attack(nlp, text):
    assert not asserted_types(nlp, text) & ATTACKS


@pytest.mark.parametrize(
    "text",
    [
        "Rebels captured the district headquarters at Ituri after government troops fled, residents said.",
        "Taliban fighters overran the police post at Jaghatu. Fighting went on until dawn.",
    ],
)
def test_a_place_taken_by_an_armed_advance_is_an_attack(nlp, text):
    assert asserted_types(nlp, text) & ATTACKS


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers simulated an attack on a border post by armed men on motorcycles, followed by a counter-attack "
        "supported by helicopters.",
        "Pilots from both air forces practised strikes on simulated enemy airfields near Kamesa, the ministry said.",
        "Police staged a mock raid on a school in Velka to test the emergency services.",
    ],
)
def test_attacks_acted_out_for_training_are_no_attacks(nlp, text):
    assert not asserted_types(nlp, text) & ATTACKS, text


def test_an_attack_rehearsed_and_then_done_is_an_attack(nlp):
    text = "The militants had rehearsed the attack for weeks before they stormed the hotel in Velka, killing nine."
    assert asserted_types(nlp, text) & ATTACKS


@pytest.mark.parametrize(
    "text",
    [
        # a few words of war set in quotation marks, in a sentence of none
        'The finance minister defended a budget that critics say amounts to "a raid on pensioners".',
        'Commentators said the prime minister had been "ambushed" by his own backbenchers over the bill.',
        'The opposition said the currency\'s slide was "an attack on savers" and called for the governor to resign.',
        # a war as a whole, or a side served, told by "fight"
        "Many fear a return to the war of 2020-22, in which the army and allied militias fought the Front.",
        "Abdul Wahid, a farmer whose eldest son fought for the army, said the valley was tired of war.",
        "He now fights against the army he once served in.",
        # fighting as what a stop is to, or what someone is tired of
        "Talks in Cairo on a pause in the fighting were expected to resume next week.",
        "The bishop appealed for an end to the fighting in the province.",
        "Disillusioned by the factional fighting in the capital, he left politics in 1994.",
        # a device destroyed on purpose
        "Police bomb experts removed the device and detonated it in a controlled explosion.",
        "Police found four explosive devices buried on a road near Velka and detonated them in a controlled way.",
    ],
)
def test_figures_wars_as_a_whole_and_controlled_blasts_are_no_attacks(nlp, text):
    assert not asserted_types(nlp, text) & ATTACKS, text


@pytest.mark.parametrize(
    "text",
    [
        'Residents said the army had "neutralised" 12 fighters in the forest near Kamesa.',
        "Rebels fought government troops near Kamesa on Sunday, killing four soldiers.",
        "Heavy fighting broke out in Velka on Monday between the army and the Front, killing 12 people.",
        "Militants detonated a car bomb at a checkpoint in Velka, killing six soldiers.",
    ],
)
def test_quoted_words_fights_and_blasts_of_an_incident_stay_attacks(nlp, text):
    assert asserted_types(nlp, text) & ATTACKS, text
