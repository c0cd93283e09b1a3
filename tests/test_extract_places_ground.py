"""The ground a deed's own verb stands on (kg.extract.placeground): a definite, unnamed place noun in a locative phrase
of the deed ("in the city centre", "in the same district", "on the town's outskirts") is where it happened when the
sentence names no place, before the dateline's town and the places of the sentences before. Sentences and names are
written for this test. Also the town a facility is at when the model mistags an unfamiliar name after "at"
(kg.extract.placenames.facility_town)."""

from __future__ import annotations

import pytest
from helpers import event_places

from kg.evaluate import matches
from kg.extract.actors import Actors
from kg.extract.placeground import own_ground

pytestmark = pytest.mark.model

VIOLENT = ("ATTACK", "AIRSTRIKE")
SIDES = ("DEFECTION", "ALLEGIANCE")


@pytest.mark.parametrize(
    "text, types, place",
    [
        (
            "MARADI — Riot police beat protesters in the city centre on Monday, witnesses said.",
            VIOLENT,
            "the city centre",
        ),
        (
            "BHOPAL: A day after two rebels were killed in Kelwara district, as many as 12 Maoists surrendered in the "
            "same district on Tuesday.",
            SIDES,
            "the same district",
        ),
        (
            "Families fled Tessalit last month. On Sunday gunmen ambushed a patrol on the town's outskirts, killing "
            "two soldiers.",
            VIOLENT,
            "the town's outskirts",
        ),
        (
            "Polio drives resumed in Kambari district in May. Militants have attacked vaccinators in the region for "
            "years, officials said.",
            VIOLENT,
            "the region",
        ),
        (
            "Rebels ambushed a convoy near Tolikara-Barat in May. Troops have since responded with raids on villages "
            "in the highlands.",
            VIOLENT,
            "the highlands",
        ),
    ],
)
def test_the_deed_s_own_ground(nlp, text, types, place):
    found = event_places(nlp, text, types, date="2025-03-11")
    assert any(p is not None and matches(p, place) for p in found), (place, found)


@pytest.mark.parametrize(
    "text, types, place",
    [
        # a town noun stands for the dateline's town; an indefinite noun says no more than the town does
        (
            "SANAA, Yemen (Reuters) — Jets carried out air raids on the capital on Monday, residents said.",
            VIOLENT,
            "SANAA",
        ),
        (
            "KABUL (Reuters) — A suicide bomber struck a mosque in a crowded area on Friday, killing 12.",
            VIOLENT,
            "KABUL",
        ),
        # a headline's town says which town the ground is in
        (
            "Clashes in Kolwezi leave 9 dead\nRival gangs fought with machetes overnight in the southern suburbs, "
            "police said.",
            VIOLENT,
            "Kolwezi",
        ),
        # a place the sentence names stays the place
        ("Gunmen shot dead two traders in the main market of Mopti on Friday, police said.", VIOLENT, "Mopti"),
    ],
)
def test_the_named_place_or_the_dateline_s_town_stays(nlp, text, types, place):
    found = event_places(nlp, text, types, date="2025-03-11")
    assert any(p is not None and matches(p, place) for p in found), (place, found)


@pytest.mark.parametrize(
    "text, verb, ground",
    [
        ("Masked men beat traders in the city centre on Monday.", "beat", "the city centre"),
        ("Gunmen ambushed a patrol on the town's outskirts.", "ambushed", "the town's outskirts"),
        # a name, an owner that is a person, a town noun and an indefinite noun are no ground of the verb's own
        ("Masked men beat traders in the Bannu cantonment on Monday.", "beat", None),
        ("A gunman shot him near his home on Monday.", "shot", None),
        ("Jets bombed targets in the capital on Monday.", "bombed", None),
        ("Gunmen attacked traders in a market on Monday.", "attacked", None),
        ("Gunmen attacked traders on the outskirts of Kolbio on Monday.", "attacked", None),
        # what was hit, a line crossed and a part of a place written after it are no ground
        ("Jets bombed the harbour on Sunday.", "bombed", None),
        ("A soldier walked across the border on Tuesday.", "walked", None),
        ("Gunmen attacked a post on the edge of the village.", "attacked", None),
    ],
)
def test_own_ground(nlp, text, verb, ground):
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == verb)
    targets = [c for c in trigger.children if c.dep_ == "dobj"]  # "ambushed a patrol on the town's outskirts"
    found = own_ground(trigger, targets, Actors(doc), theirs=True)
    assert (found.span.text if found is not None else None) == ground


@pytest.mark.parametrize(
    "text, place",
    [
        # an unfamiliar name after "at" on a facility an owner's name names is the facility's town (placenames.py)
        # (the small model tags "Moreh" a plural common noun and an organisation)
        ("Unknown gunmen fired at a Kerala Police outpost at Moreh; nobody was hurt.", "Moreh"),
        ("Gunmen fired at a Manipur Police outpost at Lamka on Friday.", "Lamka"),
        # a person's house is no town: the outpost stays the place
        ("Gunmen fired at an army outpost at Hamid's house.", "an army outpost"),
    ],
)
def test_the_town_a_facility_is_at(nlp, text, place):
    found = event_places(nlp, text, VIOLENT, date="2025-03-11")
    assert any(p is not None and matches(p, place) for p in found), (place, found)


@pytest.mark.parametrize(
    "text, place",
    [
        # a town an offensive took in its relative clause is the offensive's place (placetaking.py)
        ("Abu Khalid, who broke with al-Qaeda in 2014, led the offensive that took Saraqib on Thursday.", "Saraqib"),
        ("The rebels launched an assault that took Kidal within two days.", "Kidal"),
    ],
)
def test_the_town_an_offensive_took(nlp, text, place):
    found = event_places(nlp, text, ("ATTACK",), date="2025-03-11")
    assert any(p is not None and matches(p, place) for p in found), (place, found)


def test_a_person_an_offensive_took_is_no_place(nlp):
    found = event_places(
        nlp, "The army launched an offensive that took Hassan hostage.", ("ATTACK",), date="2025-03-11"
    )
    assert not any(p is not None and matches(p, "Hassan") for p in found), found
