"""The nineteenth place pass (tests/probes_places_sites.py): a site a name names before the dateline's city, a meeting
the deed struck, a region in a group's proper name; and the words the model takes into a place or reads as one
(kg.extract.placedebris): a day or a month, and the words after a name its entity span runs over."""

from __future__ import annotations

import pytest
from helpers import event_places
from probes_places_sites import KEPT, NOT_THERE, PROBES

from kg.evaluate import matches
from kg.extract.placedebris import time_named, trimmed
from kg.extract.placesites import named_site

pytestmark = pytest.mark.model


def _places(nlp, text: str, types: tuple[str, ...]) -> list[str | None]:
    return event_places(nlp, text, types, date="2025-03-11")


@pytest.mark.parametrize("text, types, place", PROBES + KEPT, ids=[p for _, _, p in PROBES + KEPT])
def test_the_event_keeps_its_own_place(nlp, text, types, place):
    found = _places(nlp, text, types)
    assert any(p is not None and matches(p, place) for p in found), (place, found)


@pytest.mark.parametrize("text, types, wrong", NOT_THERE, ids=[w for _, _, w in NOT_THERE])
def test_a_name_s_region_or_a_people_s_site_is_no_place(nlp, text, types, wrong):
    found = _places(nlp, text, types)
    assert not any(p is not None and matches(p, wrong) for p in found), (wrong, found)


@pytest.mark.parametrize(
    "text, words, head, kept",
    [
        ("Drones struck depots near the settlements of Krynky and Korsunka.", "Krynky and", "Krynky", "Krynky"),
        ("Enemy forces shelled Kupiansk eleven times overnight.", "Kupiansk eleven", "Kupiansk", "Kupiansk"),
        ("He joined the Front for the Liberation of Wadai weeks earlier.", "Wadai weeks earlier", "Wadai", "Wadai"),
        ("Fighters crossed into the Republic on Thursday.", "the Republic on Thursday", "Republic", "the Republic"),
        # a name that ends in a name or a place noun keeps its words
        ("Rebels shelled Tal Abyad on Monday.", "Tal Abyad", "Tal", "Tal Abyad"),
        ("Militants attacked Jalalabad city overnight.", "Jalalabad city", "Jalalabad", "Jalalabad city"),
    ],
)
def test_a_place_span_ends_at_its_name(nlp, text, words, head, kept):
    doc = nlp(text)
    start = next(t.i for t in doc if doc[t.i : t.i + len(words.split())].text == words)
    span = doc[start : start + len(words.split())]
    head_tok = next(t for t in span if t.text == head)
    assert trimmed(span, head_tok).text == kept


@pytest.mark.parametrize(
    "text, word, named",
    [
        ("Bombs struck churches in Kandy on Easter Sunday.", "Sunday", True),
        ("Troops began an offensive on the rebels' camps in October.", "October", True),
        ("Gunmen attacked a police post in May Pen on Tuesday.", "May", False),  # a town's first word
        ("Gunmen attacked a police post in Kandy on Tuesday.", "Kandy", False),
    ],
)
def test_a_day_or_a_month_is_no_place(nlp, text, word, named):
    tok = next(t for t in nlp(text) if t.text == word)
    assert time_named(tok) is named


@pytest.mark.parametrize(
    "text, noun, named",
    [
        ("Guards clashed at the Ghulam Khan crossing.", "crossing", True),
        ("Gunmen attacked a police van in the Awaran hill district.", "district", True),
        ("A gunman opened fire in a Walmart store.", "store", False),  # one of a chain's
        ("Gunmen attacked a bus near the Pakistani border post.", "post", False),  # a people's
        ("Drones struck trucks on the N380 road.", "road", False),  # a road's number
    ],
)
def test_a_site_named_by_its_own_name(nlp, text, noun, named):
    tok = next(t for t in nlp(text) if t.text == noun)
    assert named_site(tok) is named
