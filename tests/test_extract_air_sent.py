"""Air strikes told by what is sent, by "it" after aircraft, and deeds done with weapons by doers a claim names
with praise (issue 14, thirteenth pass); air arms named in the doer's own phrase, drones as the means of attacks
carried out, and "air interdiction" (sixteenth pass).  Sentences written for these tests, a third of them with places
and groups no gazetteer knows."""

from __future__ import annotations

import pytest
from helpers import asserted_types

from kg.models import EventType

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "On 4 May, Houthi forces fired missiles and drones from Yemen towards Eilat; all were intercepted.",
        "Militias in the Badiya launched explosive drones and rockets at the Tal Burak outpost overnight.",
        "A drone circled over Kafr Adam for an hour on Tuesday. It then fired a missile at a motorcycle, killing its "
        "rider.",
        "The drone came in low over the orchards at dusk, villagers said. It fired once at a pickup leaving Wadi "
        "Suhayl, killing two men.",
        '"Our heroes targeted the occupation base at Qarawil with a squadron of drones," the statement said.',
        "By the grace of God, our brothers in the drone unit struck a gathering of the apostates in Tal Qasr with "
        "two explosive shells.",
    ],
)
def test_drones_sent_and_what_flies_told_again_are_air_strikes(nlp, text):
    assert EventType.AIRSTRIKE in asserted_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The lions of the faith hit the enemy's barracks in Samra with rockets.",
        "Our brothers in the artillery battalion struck an army post near Ain Farha with mortar shells.",
        "The fighters of the Karam Brigades targeted a checkpoint near Beit Ula using grenades.",
    ],
)
def test_a_deed_done_with_weapons_is_an_attack_however_its_doers_are_praised(nlp, text):
    types = asserted_types(nlp, text)
    assert EventType.ATTACK in types and EventType.AIRSTRIKE not in types


@pytest.mark.parametrize(
    "text",
    [
        "The army fired rockets at two drones over the base at Tal Nasri.",  # what is fired at is not sent
        "Air defence crews shot down three drones over the Bryansk region.",  # a drone shot is shot down
        "Fighter jets flew over Mazra'a on Monday. It was the third such flight this month.",  # "it" is the flight
        "A drone was filming the wedding, guests said. It hit a power line and crashed.",  # no weapon, no armed doer
    ],
)
def test_no_air_strike_from_drones_fired_at_shot_down_or_crashing(nlp, text):
    assert EventType.AIRSTRIKE not in asserted_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Protesters hit the barrier with their placards and chanted slogans.",
        "The minister targeted the opposition with a barrage of criticism over the budget.",
        "The striker hit the post with a header in the second half.",
    ],
)
def test_launches_sport_and_words_done_with_something_are_no_attacks(nlp, text):
    assert not asserted_types(nlp, text) & {EventType.ATTACK, EventType.AIRSTRIKE}


@pytest.mark.parametrize(
    "text",
    [
        # the doer's own phrase names the air arm it belongs to (sixteenth pass)
        "Our brothers in the drone unit struck a gathering of the apostates in Kafr Adam with two explosive shells.",
        "The assault was repelled with the support of the Air Component, whose platforms struck the fleeing "
        "terrorists near Kamesa.",
        # drones named as the means of a series of attacks carried out
        "Dissident fronts carried out a series of attacks overnight on police posts in Velka using explosive-laden "
        "drones; one patrolman was killed.",
        # "air interdiction", a military release's word for strikes from the air
        "In the North East, the air component of Operation Safe Haven conducted air interdiction on a gathering of "
        "terrorists at Kollari, neutralising several of them.",
    ],
)
def test_air_arms_drones_and_air_interdiction_make_air_strikes(nlp, text):
    assert EventType.AIRSTRIKE in asserted_types(nlp, text), text


@pytest.mark.parametrize(
    "text",
    [
        "The navy said maritime interdiction operations had stopped three boats carrying cocaine off Kamesa.",
        "Customs officers in the drug interdiction unit seized a truck near the border.",
        "Brothers in the drone unit struck a deal with the ministry over spare parts.",
    ],
)
def test_interdiction_of_cargo_and_deals_struck_are_no_air_strikes(nlp, text):
    assert EventType.AIRSTRIKE not in asserted_types(nlp, text), text
