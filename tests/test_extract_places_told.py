"""Where an event happened when the copy tells it in other words (tests/probes_places_told.py): the place of a
surrender told again as "gave himself up before the police in X", a pledge read out "at a mosque in X", the incident
taken up again with its place ("The bombing in X was the deadliest ..."), a site named by a place's name inside a
wider area, the event's own place before the one of a clause describing the group; and not where a statement was
issued, where the wounded were taken, nor a group's origin or base."""

from __future__ import annotations

import pytest
from helpers import event_places, place_probe
from probes_places_told import MISSED, NOT_THERE, PROBES

from kg.evaluate import matches

pytestmark = pytest.mark.model


def _places(nlp, text: str, types: tuple[str, ...]) -> list[str | None]:
    return event_places(nlp, text, types, date="2019-06-10")


@pytest.mark.parametrize("text, types, place", [place_probe(*p, MISSED) for p in PROBES])
def test_the_event_is_where_the_copy_tells_it(nlp, text, types, place):
    found = _places(nlp, text, types)
    assert any(p is not None and matches(p, place) for p in found), (place, found)


@pytest.mark.parametrize("text, types, wrong", NOT_THERE, ids=[f"{w}-{i}" for i, (_, _, w) in enumerate(NOT_THERE)])
def test_not_where_it_was_said_treated_or_based(nlp, text, types, wrong):
    found = _places(nlp, text, types)
    assert not any(p is not None and matches(p, wrong) for p in found), (wrong, found)
