"""Where an event happened when the copy tells it away from the event's words (tests/probes_places_scene.py): a
dateline's unknown town with its country, the place before its bearing or its region, a place inside a wider one, a
town named outside a locative phrase, the window's place in another sentence; and not the speaker's, a meeting's, the
group's origin or a funeral's place."""

from __future__ import annotations

import pytest
from helpers import event_places
from probes_places_scene import NOT_THERE, PROBES

from kg.evaluate import matches

pytestmark = pytest.mark.model


def _places(nlp, text: str, types: tuple[str, ...]) -> list[str | None]:
    return event_places(nlp, text, types, date="2021-06-14")


@pytest.mark.parametrize("text, types, place", PROBES, ids=[p for _, _, p in PROBES])
def test_the_event_is_where_the_copy_says(nlp, text, types, place):
    found = _places(nlp, text, types)
    assert any(p is not None and matches(p, place) for p in found), (place, found)


@pytest.mark.parametrize("text, types, wrong", NOT_THERE, ids=[w for _, _, w in NOT_THERE])
def test_no_speaker_origin_or_reference_town_as_the_place(nlp, text, types, wrong):
    found = _places(nlp, text, types)
    assert not any(p is not None and matches(p, wrong) for p in found), (wrong, found)
