"""Which place an event keeps when its text names several or names it away from the deed (tests/probes_places_kept.py):
"there", a village the page defines, a pledge's ceremony told after it, a canal; not a town gone to after the
deed nor a name the sentence says is a person's; and a building named by a name is not geocoded as a settlement of
that name abroad."""

from __future__ import annotations

import pytest
from helpers import event_places
from probes_places_kept import NOT_THERE, PROBES

from kg.evaluate import matches
from kg.extract import extract_one
from kg.models import Document

pytestmark = pytest.mark.model


def _places(nlp, text: str, types: tuple[str, ...]) -> list[str | None]:
    return event_places(nlp, text, types, date="2024-03-11")


@pytest.mark.parametrize("text, types, place", PROBES, ids=[p for _, _, p in PROBES])
def test_the_event_keeps_its_own_place(nlp, text, types, place):
    found = _places(nlp, text, types)
    assert any(p is not None and matches(p, place) for p in found), (place, found)


@pytest.mark.parametrize("text, types, wrong", NOT_THERE, ids=[f"not_there{i}" for i in range(len(NOT_THERE))])
def test_no_town_gone_to_or_person_as_the_place(nlp, text, types, wrong):
    found = _places(nlp, text, types)
    assert not any(p is not None and matches(p, wrong) for p in found), (wrong, found)


@pytest.mark.parametrize(
    "text, geocoded",
    [
        # a building named by a name is no settlement of that name abroad
        (
            "Al-Shabaab gunmen stormed the Pearl Beach hotel on Friday night, killing six people, Somali police said.",
            None,
        ),
        # a facility named after its town stands for the town
        ("Taliban fighters attacked the Kandahar airport on Friday, Afghan police said.", "AF"),
    ],
)
def test_a_building_named_by_a_name_is_not_geocoded_abroad(nlp, text, geocoded):
    extraction = extract_one(Document(id="probe", text=text), nlp=nlp)
    places = [e.location for e in extraction.events if e.location is not None]
    assert places, text
    assert {p.entity.geo.country_code if p.entity.geo else None for p in places} == {geocoded}
