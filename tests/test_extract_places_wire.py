"""Places of old wire copy and sea wars (issue 14, twenty-first pass, from realnews' misses): a state's waters or coast
named by its people's adjective, a ship's name that ends in "City", clock times after "at", a town or an island named
inside a facility's name, a settlement noun "oasis", the place told by a copula after the deed ("The attack was near
X"), and a place of a recalled incident ("since May 3, when ...") that is no scene for the sentences after it. The texts
are written for these tests, in the voices such copy uses; each rule has a near miss."""

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
        (
            "Iraqi jets struck two tankers off the Iranian coast early on Thursday, shipping sources said.",
            "Iranian coast",
        ),
        ("Gunboats attacked a Liberian-flagged freighter in Saudi waters, the insurers said.", "Saudi waters"),
        ("Border guards shelled a smugglers' camp inside Afghan territory on Sunday.", "Afghan territory"),
        # the ship's own name is no place; the waters it was in are
        (
            "The Navy said a missile hit the Panamanian tanker Harbour City in Qatari waters on Tuesday.",
            "Qatari waters",
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
        ("Gunboats attacked a convoy of Kuwaiti tankers near Farsi island.", "Kuwaiti tankers"),
    ],
)
def test_a_zone_gone_into_or_no_zone_is_not_the_place(nlp, text, wrong):
    found = _places(nlp, text)
    assert not any(p is not None and matches(p, wrong) for p in found), (wrong, found)


def test_a_ship_named_city_is_no_place(nlp):
    doc = nlp("A missile struck the tanker Ocean City on Friday.")
    assert vessel_name(next(t for t in doc if t.text == "City"))
    doc = nlp("A missile struck a tanker in Kuwait City on Friday.")
    assert not vessel_name(next(t for t in doc if t.text == "City"))


@pytest.mark.parametrize(
    "text, clock",
    [("Warplanes hit the terminal at 0915 GMT on Monday.", True), ("Gunmen attacked a hotel in Gmt.", False)],
)
def test_a_clock_time_is_no_place(nlp, text, clock):
    doc = nlp(text)
    assert time_named(next(t for t in doc if t.lower_ == "gmt")) is clock


@pytest.mark.parametrize(
    "text, place",
    [
        # a town named on a facility, parsed as a nominal modifier
        ("Mutinous policemen raided a Bamako military depot before dawn, officials said.", "Bamako"),
        # the island named inside an oil terminal's name
        ("Iranian gunboats attacked the loading jetty at the Sirri island oil terminal.", "Sirri island"),
        # the settlement noun "oasis" with its name
        ("Rebel troops overran a Libyan garrison at the oasis of Ounianga on Sunday.", "Ounianga"),
        # "The attack was near X" after the deed
        (
            "Guerrillas blew up a section of the main oil pipeline on Tuesday, the company said. Crude spilled into a "
            "river. The attack was near Tame in Arauca province.",
            "Tame",
        ),
    ],
)
def test_a_place_named_on_a_facility_or_told_after_is_the_place(nlp, text, place):
    found = _places(nlp, text)
    assert any(p is not None and matches(p, place) for p in found), (place, found)


def test_a_recalled_incident_s_place_is_no_later_scene(nlp):
    text = (
        "Government troops killed 90 rebels in fighting near Kouba, a statement said. It was the heaviest toll "
        "since May 3, when troops stormed a rebel camp at the oasis of Ounianga. Several clashes have been reported "
        "this week in the surrounding hills between the two sides."
    )
    found = _places(nlp, text)
    assert "Ounianga" in found  # the recalled storming keeps its own place
    assert found.count("Ounianga") == 1, found  # the week's clashes are not at the recalled oasis


def test_a_facility_with_no_town_stays_the_place(nlp):
    found = _places(nlp, "Shooting broke out at army headquarters early on Saturday, a radio station said.")
    assert any(p is not None and "headquarters" in p for p in found), found
