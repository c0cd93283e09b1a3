"""Vehicles driven into people (issue 14, nineteenth pass): the vehicle is the weapon, whom or what it was driven
into is the target, and a crash with no one behind the wheel's intent is no attack.  Sentences written for these
tests, with invented names; none is taken from a gold set."""

from __future__ import annotations

import pytest
from helpers import agent_texts, attacks_told, target_texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        (
            "03/02/2019: An assailant drove a delivery truck into a crowd at the Veldan night market, Orvat "
            "province. Nine people were killed.",
            "An assailant",
            "a crowd",
        ),
        (
            "A man rammed his car into worshippers leaving the Baraka mosque in Tessin on Friday.",
            "A man",
            "worshippers",
        ),
        (
            "Police said the suspect ploughed a rented van through a street festival in Marvelle.",
            "the suspect",
            "a street festival",
        ),
        (
            "A militant in a stolen car rammed into soldiers queuing at the Kessa checkpoint, the army said.",
            "A militant",
            "soldiers",
        ),
        ("Gunmen mowed down villagers returning from the fields near Durro.", "Gunmen", "villagers"),
        (
            "A gunman of the Vanguard Front steered a pickup into a police cordon in Ostrava Nova.",
            "A gunman",
            "a police cordon",
        ),
    ],
)
def test_whom_a_vehicle_was_driven_into_is_the_target(nlp, text, agent, target):
    found = attacks_told(nlp, text)
    assert len(found) == 1, found
    assert any(agent in a for a in agent_texts(found)), agent_texts(found)
    assert target in target_texts(found), target_texts(found)


def test_the_vehicle_driven_is_not_the_target(nlp):
    found = attacks_told(nlp, "The attacker rammed a stolen lorry into a bus carrying conscripts near Felda.")
    assert len(found) == 1
    assert [t for t in target_texts(found) if not t.startswith("a bus")] == [], target_texts(found)


@pytest.mark.parametrize(
    "text",
    [
        "A minibus ploughed into a crowd of pilgrims near Suvra after its brakes failed.",
        "The driver lost control of his lorry and smashed into a roadside stall in Kerak.",
        "A tanker crashed into a wall on the Madda highway on Sunday.",
        "A drunk driver rammed his car into a bus shelter in Ostrava Nova.",
        "The army drove the convoy into the hills before dawn.",
        "Opposition leaders slammed the government's handling of the talks.",
        "The winger smashed the ball into the net in the final minute.",
        "The family drove their car to Tessin for the festival.",
        "Hundreds of dairy farmers drove their tractors into the centre of Veldan to protest against milk prices.",
    ],
)
def test_a_crash_or_a_drive_is_no_attack(nlp, text):
    assert attacks_told(nlp, text) == []
