"""Places of old wire copy and sea wars (issue 14, twenty-first pass, from realnews' misses): a state's waters or coast
named by its people's adjective, a ship's name that ends in "City", clock times after "at", a town or an island named
inside a facility's name, a settlement noun "oasis", the place told by a copula after the deed ("The blast was near
X"), and a place of a recalled incident ("the deadliest since 4 June, when ...") that is no scene for the sentences
after it. The texts are written for these tests, in the voices such copy uses; each rule has a near miss."""

from __future__ import annotations

import pytest
from helpers import event_places

from kg.evaluate import matches
from kg.extract.placebodies import vessel_name
from kg.extract.placedebris import time_named

pytestmark = pytest.mark.model

VIOLENT = ("ATTACK", "AIRSTRIKE")


def _places(nlp, text: str) -> list[str | None]:
    return event_places(nlp, text, VIOLENT, date="1988-04-18")


@pytest.mark.parametrize(
    "text, place",
    [
        ("Eritrean gunboats fired on a fishing dhow off the Yemeni coast at dawn, the port said.", "Yemeni coast"),
        ("Pirates boarded and shot up a Liberian-flagged freighter in Somali waters, insurers said.", "Somali waters"),
        ("Border guards shelled a smugglers' camp inside Afghan territory on Sunday.", "Afghan territory"),
        # the ship's own name is no place; the waters it was in are
        (
            "Speedboats fired rockets at the freighter Harbour City in Omani waters, the navy said.",
            "Omani waters",
        ),
    ],
)
def test_a_state_s_waters_or_coast_by_its_adjective_is_the_place(nlp, text, place):
    found = _places(nlp, text)
    assert any(p is not None and matches(p, place) for p in found), (place, found)


@pytest.mark.parametrize(
    "text, place",
    [
        # a warship's prefixed name is no group whose region the sea would be (placebodies._named_region)
        ("Yemeni rebels said their forces fired two missiles at the USS Carney in the Arabian Sea.", "Arabian Sea"),
        ("Gunboats shelled the HMS Tarlow in the Strait of Hormuz at dawn.", "Strait of Hormuz"),
    ],
)
def test_a_ship_in_a_sea_is_placed_in_the_sea(nlp, text, place):
    found = _places(nlp, text)
    assert any(p is not None and matches(p, place) for p in found), (place, found)


@pytest.mark.parametrize(
    "text, wrong",
    [
        # flown over a state's airspace: the way the jets went, not where the deed was
        ("Jets bombed a rebel convoy near Tal Kocher after flying over Syrian airspace.", "Syrian airspace"),
        # a people's adjective on a common noun that is no zone of a state
        ("Speedboats attacked a convoy of Omani trawlers near Masirah island.", "Omani trawlers"),
    ],
)
def test_a_zone_gone_into_or_no_zone_is_not_the_place(nlp, text, wrong):
    found = _places(nlp, text)
    assert not any(p is not None and matches(p, wrong) for p in found), (wrong, found)


def test_a_ship_named_city_is_no_place(nlp):
    doc = nlp("A drone struck the tanker Ocean City on Friday.")
    assert vessel_name(next(t for t in doc if t.text == "City"))
    doc = nlp("A drone struck a tanker in Panama City on Friday.")
    assert not vessel_name(next(t for t in doc if t.text == "City"))


@pytest.mark.parametrize(
    "text, clock",
    [("Drones bombed the jetty at 0915 GMT on Monday.", True), ("Gunmen attacked a hotel in Gmt.", False)],
)
def test_a_clock_time_is_no_place(nlp, text, clock):
    doc = nlp(text)
    assert time_named(next(t for t in doc if t.lower_ == "gmt")) is clock


@pytest.mark.parametrize(
    "text, place",
    [
        # a town named on a facility, parsed as a nominal modifier
        ("Mutineers stormed a Bamako military depot before dawn.", "Bamako"),
        # the island named inside a plant's name
        ("A drone struck storage tanks at the Das island gas plant.", "Das island"),
        # the settlement noun "oasis" with its name
        ("Raiders attacked a supply post at the oasis of Ounianga.", "Ounianga"),
        # "The blast was near X" after the deed
        (
            "Saboteurs blew up a power pylon on Tuesday night, the utility said. Two districts lost power. The blast "
            "was near Kibaha in Pwani region.",
            "Kibaha",
        ),
    ],
)
def test_a_place_named_on_a_facility_or_told_after_is_the_place(nlp, text, place):
    found = _places(nlp, text)
    assert any(p is not None and matches(p, place) for p in found), (place, found)


def test_a_recalled_incident_s_place_is_no_later_scene(nlp):
    text = (
        "Militiamen stormed the cattle market at Birao on Tuesday. The raid was the deadliest since 4 June, when "
        "gunmen burned the clinic at the oasis of Ounianga. Residents say two more raids hit herders in the hills "
        "this week."
    )
    found = _places(nlp, text)
    assert "Ounianga" in found  # the recalled burning keeps its own place
    assert found.count("Ounianga") == 1, found  # the week's raids are not at the recalled oasis


def test_a_facility_with_no_town_stays_the_place(nlp):
    found = _places(nlp, "Guards and deserters traded fire at navy headquarters on Saturday night.")
    assert any(p is not None and "headquarters" in p for p in found), found
