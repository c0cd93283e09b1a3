"""Which place an event keeps when its text names it inside another phrase or away from the deed
(tests/probes_places_named.py): a road's town, a release header's town, a facility's own name, the town after a fronted
wide area, the place taken where a garrison then gave up, and a lower-case word that is no name; and places that are not
where: a header's words, a town taken in another paragraph, a road to no town, the fronted wide area over the town."""

from __future__ import annotations

import pytest
from helpers import event_places
from probes_places_named import NOT_THERE, PROBES

from kg.evaluate import matches

pytestmark = pytest.mark.model


def _places(nlp, text: str, types: tuple[str, ...]) -> list[str | None]:
    return event_places(nlp, text, types, date="2024-03-11")


@pytest.mark.parametrize("text, types, place", PROBES, ids=[p for _, _, p in PROBES])
def test_the_event_keeps_the_place_its_text_names(nlp, text, types, place):
    found = _places(nlp, text, types)
    assert any(p is not None and matches(p, place) for p in found), (place, found)


@pytest.mark.parametrize("text, types, wrong", NOT_THERE, ids=[f"not_there{i}" for i in range(len(NOT_THERE))])
def test_no_header_word_other_story_or_wide_area_as_the_place(nlp, text, types, wrong):
    found = _places(nlp, text, types)
    assert not any(p is not None and matches(p, wrong) for p in found), (wrong, found)
