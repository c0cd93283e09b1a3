"""Accidents told with attack words: a thing that blew up by accident is no doer, and a bomb word that names an
everyday thing ("a coal mine", "a tanker truck") is no bomb.  Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events, stated

from kg.models import EventType

pytestmark = pytest.mark.model

ATTACKS = (EventType.ATTACK, EventType.AIRSTRIKE)

ACCIDENTS = [
    "Three labourers were killed when a boiler blew up at a rice mill in Bogura district.",
    "A tanker truck exploded on the expressway near Ikorodu, killing 11 motorists.",
    "A short circuit caused an explosion at a clinic in Targu Neamt, killing two patients.",
    "An explosion at a coal mine in Soma killed 23 miners on Wednesday.",
]


@pytest.mark.parametrize("text", ACCIDENTS)
def test_an_accident_told_with_attack_words_is_no_attack(nlp, text):
    found = events(nlp, text, *ATTACKS)
    assert not stated(found), [(e.type.value, e.trigger.text) for e in found]


ATTACKS_KEPT = [
    "A truck bomb exploded outside the governor's office in Baidoa, killing 9 people.",
    "Guerrillas blew up a gas pipeline near Arauca on Sunday.",
    "Gunmen killed five workers at a textile factory in Kano on Monday.",
    "A landmine planted by insurgents killed three soldiers on a patrol near Tillia.",
    "A car exploded outside a police station in Quetta, killing four policemen.",
]


@pytest.mark.parametrize("text", ATTACKS_KEPT)
def test_an_attack_near_everyday_things_is_still_an_attack(nlp, text):
    found = events(nlp, text, *ATTACKS)
    assert stated(found), text
