"""Places written inside other phrases and fillers that are no place (tests/probes_places_nested.py): the owner of a
facility ("the offices of the weekly X in Y"), the home of the people attacked ("residents of X village"), a place
and its area linked by "in", local area words ("in vereda X"), a single area in parentheses, a border named by a
country, and the event's place noun placed in a later sentence."""

from __future__ import annotations

import pytest
from helpers import event_places
from probes_places_nested import NOT_THERE, PROBES

from kg.evaluate import matches

pytestmark = pytest.mark.model


def _places(nlp, text: str, types: tuple[str, ...]) -> list[str | None]:
    return event_places(nlp, text, types, date="2021-06-14")


@pytest.mark.parametrize("text, types, place", PROBES, ids=[p for _, _, p in PROBES])
def test_the_event_is_at_the_place_inside_the_phrase(nlp, text, types, place):
    found = _places(nlp, text, types)
    assert any(p is not None and matches(p, place) for p in found), (place, found)


@pytest.mark.parametrize("text, types, wrong", NOT_THERE, ids=[w for _, _, w in NOT_THERE])
def test_no_owner_area_or_destination_as_the_place(nlp, text, types, wrong):
    found = _places(nlp, text, types)
    assert not any(p is not None and matches(p, wrong) for p in found), (wrong, found)
