"""The twentieth place pass (tests/probes_places_movers.py): a change of side placed by its mover's own phrase
(kg.extract.placemovers), and a definite "the town" or "the village" that stands for a village named before which
GeoNames does not list (kg.extract.places._named_before)."""

from __future__ import annotations

import pytest
from helpers import event_places
from probes_places_movers import KEPT, NOT_THERE, PROBES

from kg.evaluate import matches
from kg.extract.actors import Actors
from kg.extract.placemovers import mover_place
from kg.extract.places import _named_before

pytestmark = pytest.mark.model


def _places(nlp, text: str, types: tuple[str, ...]) -> list[str | None]:
    return event_places(nlp, text, types, date="2025-03-11")


@pytest.mark.parametrize("text, types, place", PROBES + KEPT, ids=[p for _, _, p in PROBES + KEPT])
def test_the_mover_s_place_or_the_village_named_before(nlp, text, types, place):
    found = _places(nlp, text, types)
    assert any(p is not None and matches(p, place) for p in found), (place, found)


@pytest.mark.parametrize("text, types, wrong", NOT_THERE, ids=[w for _, _, w in NOT_THERE])
def test_the_mover_s_past_or_a_region_is_no_place(nlp, text, types, wrong):
    found = _places(nlp, text, types)
    assert not any(p is not None and matches(p, wrong) for p in found), (wrong, found)


@pytest.mark.parametrize(
    "text, mover, place",
    [
        ("Six fighters from Kobessa-Haut defected to the government on Sunday.", "fighters", "Kobessa-Haut"),
        ("A commander of the Kelo-Dar militia in the Bamingui hills defected.", "commander", "the Bamingui hills"),
        ("The RPF's commander in the Dinka-Sud sector, Ali Mahamat, defected.", "Mahamat", "the Dinka-Sud sector"),
        # the mover's past, a side and a place noun with no name: no place of the mover's own
        ("A commander who had fought for years around Kobessa-Haut defected.", "commander", None),
        ("Six fighters from al-Shabaab defected to the government on Sunday.", "fighters", None),
        ("Six fighters from the village defected to the government on Sunday.", "fighters", None),
        ("Three members from the National Party for Renewal crossed to the ruling party.", "members", None),
        # an elected representative's seat, and a date the parser hung on the mover
        ("A senator from Kisumu-Magharibi defected from the opposition on Wednesday.", "senator", None),
        ("Dozens of fighters in August 2014 defected to the army.", "Dozens", None),
    ],
)
def test_the_place_of_the_mover_s_own_phrase(nlp, text, mover, place):
    doc = nlp(text)
    found = mover_place([next(t for t in doc if t.text == mover)], Actors(doc))
    assert (found.span.text if found is not None else None) == place


@pytest.mark.parametrize(
    "text, town",
    [
        ("Families had sheltered in Mbaloko-Sud for months. Gunmen attacked the village.", "Mbaloko-Sud"),
        ("The siege of Taraz-Kala lasted three weeks. Troops stormed the town on Friday.", "Taraz-Kala"),
        # a region's name, and a name the document makes a person's, stand for no village
        ("Fighting spread across the Kandara-Sud region. Gunmen attacked the village.", None),
        ("Gunmen struck in Walo-Kandi District. Troops fired shells into the village.", None),
        ("Cadets were killed at Camp Mareko-Tal. Jets struck the city on Friday.", None),
        ("Elders met near Kolleh Tamba on Monday. Kolleh Tamba said gunmen attacked the village.", None),
    ],
)
def test_the_village_a_definite_noun_stands_for(nlp, text, town):
    doc = nlp(text)
    noun = next(t for t in doc if t.lower_ in ("village", "town", "city") and t.i > 4)
    found = _named_before(noun, Actors(doc))
    assert (found.span.text if found is not None else None) == town
