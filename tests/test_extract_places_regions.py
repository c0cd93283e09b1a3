"""A region or a line the event's own phrase names by a common noun (tests/probes_places_regions.py): "in the
northeast", "near the border with Libya" over the dateline's town; not a line gone towards nor a bearing's town."""

from __future__ import annotations

import pytest
from helpers import event_places
from probes_places_regions import FRONTS, KEPT, REGIONS

from kg.evaluate import matches

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, types, region", REGIONS, ids=[r for _, _, r in REGIONS])
def test_the_event_keeps_the_region_its_phrase_names(nlp, text, types, region):
    found = event_places(nlp, text, types, date="2024-03-11")
    assert any(p is not None and region in p for p in found), (region, found)


@pytest.mark.parametrize("text, types, front", FRONTS, ids=[f for _, _, f in FRONTS])
def test_a_stretch_of_front_named_by_its_town_is_the_place(nlp, text, types, front):
    found = event_places(nlp, text, types, date="2024-03-11")
    assert any(p is not None and front in p for p in found), (front, found)


def test_a_direction_gone_in_is_no_front(nlp):
    text = "Militants fired mortar rounds in the direction of Kafr Tala on Monday, killing a farmer, the army said."
    found = event_places(nlp, text, ("ATTACK",), date="2024-03-11")
    assert not any(p is not None and "direction" in p for p in found), found


@pytest.mark.parametrize("text, types, place", KEPT, ids=[p for _, _, p in KEPT])
def test_a_town_stays_the_place(nlp, text, types, place):
    found = event_places(nlp, text, types, date="2024-03-11")
    assert any(p is not None and matches(p, place) for p in found), (place, found)


def test_a_line_gone_towards_is_no_place(nlp):
    text = "Fighters attacked the village of Kolga-Tindi at dawn and then fled towards the border, residents said."
    found = event_places(nlp, text, ("ATTACK",), date="2024-03-11")
    assert not any(p is not None and "border" in p for p in found), found


def test_a_border_a_defector_crossed_is_no_place(nlp):
    text = (
        "A Myanmar army captain who refused to fire on villagers fled across the border to Mizoram, where he asked "
        "Indian police for protection."
    )
    found = event_places(nlp, text, ("DEFECTION",), date="2024-03-11")
    assert not any(p is not None and "border" in p for p in found), found
