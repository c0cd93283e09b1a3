"""A definite place noun of the event's own sentence reports the place kg found elsewhere (kg.extract.placewords):
the mention's text is the sentence's words ("the town"), its entity the named place they stand for. Sentences written
for these tests in wire-copy style, with invented or common place names; none is taken from a gold set."""

from __future__ import annotations

import pytest
from helpers import events, stated

from kg.models import EventType

pytestmark = pytest.mark.model

_ATT = EventType.ATTACK


def _place(nlp, text, type_=_ATT):  # noqa: ANN001, ANN202
    found = [e for e in stated(events(nlp, text, type_)) if e.location is not None]
    assert found, text
    return [(e.location.span.text, e.location.entity.label) for e in found]


@pytest.mark.parametrize(
    ("text", "words", "label"),
    [
        # the town named a sentence before, the deed's object a town noun
        (
            "Boko Haram fighters entered Maiduguri on Friday. The militants tried to seize the town in two assaults.",
            "the town",
            "Maiduguri",
        ),
        # the country named before, the deed's locative phrase a country noun
        (
            "Al-Shabab controls much of southern Somalia. It claimed responsibility for bombings in the country.",
            "the country",
            "Somalia",
        ),
        # the dateline's city, the sentence's "the capital"
        ("MOGADISHU, Somalia (AP) -- Gunmen attacked a hotel in the capital on Sunday.", "the capital", "MOGADISHU"),
        # an encyclopaedic page: the city the page is about
        (
            "Ramadi is the capital of Anbar province. In May 2015, Islamic State fighters overran the city.",
            "the city",
            "Ramadi",
        ),
    ],
)
def test_a_definite_place_noun_reports_the_place_it_stands_for(nlp, text, words, label):
    assert (words, label) in _place(nlp, text)


@pytest.mark.parametrize(
    ("text", "type_", "place"),
    [
        # a town noun does not stand for a country: the country's own mention stays
        ("Fighting spread across Mali last week. Militants shelled an army camp near the town.", _ATT, "Mali"),
        # an indefinite noun is no place named before
        ("Rebels were seen in Goma on Monday. They attacked an army post in a village.", _ATT, "Goma"),
        # the town a defector fled is not where he defected
        (
            "Government troops captured Kidal on Monday. Ten soldiers defected and fled the town on Tuesday.",
            EventType.DEFECTION,
            "Kidal",
        ),
    ],
)
def test_no_place_noun_of_another_kind_an_indefinite_one_or_one_left(nlp, text, type_, place):
    assert (place, place) in _place(nlp, text, type_)


def test_a_country_noun_stands_for_the_country_named_before(nlp):
    text = "Fighting spread across Mali last week. Militants shelled an army camp in the country."
    assert ("the country", "Mali") in _place(nlp, text)
