"""Where an event happened, on probe texts in the styles of real reports (tests/probes_places.py):
datelines, "in X province", "near X", the town of an attacked facility, monitoring notes' "X (Y, Z)",
the sentence before, and the places that are not where it happened."""

from __future__ import annotations

import pytest
from helpers import event_places, place_probe
from probes_places import NOT_THERE, PROBES
from probes_places_real import NOT_THERE as NOT_THERE_REAL
from probes_places_real import PROBES as PROBES_REAL

from kg.evaluate import matches

pytestmark = pytest.mark.model


def _places(nlp, text: str, types: tuple[str, ...]) -> list[str | None]:
    return event_places(nlp, text, types, date="2020-05-03")


@pytest.mark.parametrize("text, types, place", PROBES, ids=[f"probe{i}" for i in range(len(PROBES))])
def test_the_event_is_where_the_text_says(nlp, text, types, place):
    found = _places(nlp, text, types)
    assert any(p is not None and matches(p, place) for p in found), (place, found)


@pytest.mark.parametrize("text, types, wrong", NOT_THERE, ids=[f"not_there{i}" for i in range(len(NOT_THERE))])
def test_a_place_the_event_is_not_in(nlp, text, types, wrong):
    found = _places(nlp, text, types)
    assert not any(p is not None and matches(p, wrong) for p in found), (wrong, found)


# Probes of tests/probes_places_real.py kg still misses, by the place wanted, with the reason.
MISSED = {
    "Gidan Bawa": "'community' is no area noun",
}


@pytest.mark.parametrize("text, types, place", [place_probe(*p, MISSED) for p in PROBES_REAL])
def test_the_event_is_where_real_styles_say(nlp, text, types, place):
    found = _places(nlp, text, types)
    assert any(p is not None and matches(p, place) for p in found), (place, found)


@pytest.mark.parametrize("text, types, wrong", NOT_THERE_REAL, ids=[w for _, _, w in NOT_THERE_REAL])
def test_a_place_that_acts_is_not_where(nlp, text, types, wrong):
    found = _places(nlp, text, types)
    assert not any(p is not None and matches(p, wrong) for p in found), (wrong, found)
