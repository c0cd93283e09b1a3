"""Where an event happened, on session 16's probes (tests/probes_places_retold.py): the place told by a later sentence
that takes the deed up again, the town among an event's own places before the province, country or border around
it, the town a bearing or distance measures from, and the places a text names that the event is not in."""

from __future__ import annotations

import pytest
from helpers import event_places, place_probe
from probes_places_retold import MISSED, NOT_THERE, PROBES

from kg.evaluate import matches

pytestmark = pytest.mark.model


def _places(nlp, text: str, types: tuple[str, ...]) -> list[str | None]:
    return event_places(nlp, text, types, date="2020-05-03")


@pytest.mark.parametrize("text, types, place", [place_probe(*p, MISSED) for p in PROBES])
def test_the_event_is_where_the_window_says(nlp, text, types, place):
    found = _places(nlp, text, types)
    assert any(p is not None and matches(p, place) for p in found), (place, found)


@pytest.mark.parametrize("text, types, wrong", NOT_THERE, ids=[w for _, _, w in NOT_THERE])
def test_a_place_the_window_names_is_not_where(nlp, text, types, wrong):
    found = _places(nlp, text, types)
    assert not any(p is not None and matches(p, wrong) for p in found), (wrong, found)
