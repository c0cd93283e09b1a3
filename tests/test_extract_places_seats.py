"""Places of the seventeenth places pass (issue 14): the seat of an authority a mover gave himself up before
(kg/extract/placesurrender.py), a dateline whose parentheses name the source in any case (kg/extract/nlp.py), a
country crossed into behind the place near which the crossing was made (kg/extract/placeorder.py), and a commander's
sector, his place and no side he left (kg/extract/rules/surrenders.py). Sentences written for these tests; names
invented or rare."""

from __future__ import annotations

import pytest

from kg.evaluate import matches
from kg.extract import nlp as kg_nlp
from tests.helpers import event_places, events, side_texts, stated

pytestmark = pytest.mark.model

SIDES = ("DEFECTION", "ALLEGIANCE")
DATE = "2024-05-02"

SEATS = [
    ("Eleven Maoist cadres surrendered before the Korvendi-Palem police on Saturday.", "Korvendi-Palem"),
    ("The bandit leader Kachalla Dogo and 30 of his men laid down their arms before the emir of Gidan Tsoho.", "Tsoho"),
    ("A bandit kingpin surrendered to the Kebbi state government on Monday with 45 of his followers.", "Kebbi"),
    ("Fifty fighters of the group handed in their rifles to the governor of Oum Hadjer on Friday.", "Hadjer"),
]


@pytest.mark.parametrize(("text", "place"), SEATS, ids=[p for _, p in SEATS])
def test_the_seat_of_the_authority_surrendered_to_is_the_place(nlp, text, place):
    found = event_places(nlp, text, SIDES, date=DATE)
    assert any(p is not None and matches(p, place) for p in found), (place, found)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a title's word, not a seat
        ("Twelve cadres surrendered before the Chief of Army Staff on Thursday, the army said.", "Staff"),
        # a person's administration, not a seat
        ("Forty fighters surrendered to the Tinubu administration on Monday.", "Tinubu"),
        # the place the sentence names comes first
        ("Thirty fighters surrendered to the Bauchi state government in Alkaleri on Monday.", "Bauchi"),
    ],
)
def test_no_seat_read_where_there_is_none(nlp, text, wrong):
    found = event_places(nlp, text, SIDES, date=DATE)
    assert not any(p is not None and matches(p, wrong) for p in found), found


@pytest.mark.parametrize(
    "text",
    [
        "SANAA (Saba, Houthi-run) \u2014 Houthi forces shelled a market on Monday, killing four people.",
        "QUITO (El Comercio, translated) - Gunmen killed four police officers on Sunday.",
        "KIRKUK (dpa) - Gunmen killed four soldiers at a checkpoint on Sunday.",
    ],
)
def test_a_datelines_source_may_be_written_in_any_case(nlp, text):
    doc = nlp(text)
    dateline = next(iter(doc.sents))
    assert kg_nlp.is_dateline(dateline), dateline.text
    assert kg_nlp.filing_place(dateline) is not None


def test_an_aside_in_parentheses_is_no_source():
    """The near miss: a capitals name with an aside longer than a source's name before a dash is no dateline."""
    from spacy import blank

    nlp = kg_nlp.add_components(blank("en"))
    nlp.add_pipe("sentencizer", first=True)
    doc = nlp("MOSUL (the city the group held for three long years until 2017) - it is quiet now.")
    assert not any(kg_nlp.is_dateline(sent) for sent in doc.sents)


def test_a_crossing_happened_near_its_place_not_in_the_country_entered(nlp):
    text = (
        "Two officers and nine soldiers of the junta's army crossed into Thailand near Ban Huai Kok on Friday and "
        "asked for protection, border police said."
    )
    found = event_places(nlp, text, SIDES, date=DATE)
    assert any(p is not None and matches(p, "Ban Huai Kok") for p in found), found


def test_a_country_entered_is_the_place_when_it_is_the_only_one(nlp):
    text = "Two officers of the junta's army crossed into Thailand on Friday and asked for protection, police said."
    found = event_places(nlp, text, SIDES, date=DATE)
    assert any(p is not None and matches(p, "Thailand") for p in found), found


def test_a_commanders_sector_is_his_place_not_the_side_he_left(nlp):
    text = (
        "The army said that the militia's commander in the Wad Hashim sector, Colonel Idris Kafi, has joined the "
        "armed forces with his men."
    )
    found = [e for e in stated(events(nlp, text)) if e.type.value == "DEFECTION"]
    assert found, text
    assert not any("Wad Hashim" in side for side in side_texts(found, "target")), side_texts(found, "target")
    assert any(e.location is not None and matches(e.location.span.text, "Wad Hashim") for e in found)


def test_a_commander_in_a_group_left_it(nlp):
    text = "A commander in the Wazalendo militia has switched sides and joined the rebels, officials said."
    found = [e for e in stated(events(nlp, text)) if e.type.value == "DEFECTION"]
    assert any("Wazalendo" in side for side in side_texts(found, "target")), side_texts(found, "target")
