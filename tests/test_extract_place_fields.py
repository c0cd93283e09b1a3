"""Places a report gives in a labelled field ("Location: Djibo, Soum province"), the name after a settlement noun's
"of" where the parse of an unfamiliar name lost it, and a strike's or raid's "on" object the model tagged a person
(docs/EXTRACTION.md, "Where it happened, seventh pass"). Sentences written for these tests; the field towns are
names invented or rare, as in real incident logs."""

from __future__ import annotations

import pytest

from kg.evaluate import matches
from tests.helpers import event_places

pytestmark = pytest.mark.model

VIOLENT = ("ATTACK", "AIRSTRIKE")

FIELDS = [
    (
        "Location: Mbalu, Kivu province. Event: Armed men attacked a military camp on Monday, killing three soldiers.",
        "Mbalu",
    ),
    (
        "Date: 4 May 2021\nLocation: Tessit, Gao region\nSummary: Suspected JNIM militants ambushed an army convoy, "
        "killing five soldiers.",
        "Tessit",
    ),
    ("Place of incident: Kwarbani village. Gunmen killed the village chief and his two sons.", "Kwarbani village"),
    (
        "Incident No. 2231/24. Date: 03/04/2024. Place: Ward 7, Lodhran Road, Multan. Complainant reports that unknown "
        "persons fired on his shop, injuring one employee.",
        "Lodhran Road",
    ),
    (
        "SECURITY ALERT\nLocation: Dourouboro\nEvent: Reports indicate that armed men attacked a gendarmerie post "
        "on the morning of 26 November.",
        "Dourouboro",
    ),
]


@pytest.mark.parametrize(("text", "place"), FIELDS, ids=[p for _, p in FIELDS])
def test_a_labelled_field_gives_the_incident_its_place(nlp, text, place):
    found = event_places(nlp, text, VIOLENT, date="2024-04-03")
    assert any(p is not None and matches(p, place) for p in found), (place, found)


def test_each_incident_takes_the_field_written_before_it(nlp):
    text = (
        "Location: Tessit.\nGunmen attacked a convoy on Monday.\n\n"
        "Location: Berakoro.\nA roadside bomb killed two soldiers on Tuesday."
    )
    assert event_places(nlp, text, VIOLENT, date="2024-04-03") == ["Tessit", "Berakoro"]


NOT_FIELDS = [
    # prose that names a place noun before a colon is no field; the event keeps its own place noun
    ("The governor described the place: a quiet valley. Gunmen attacked a checkpoint on Monday.", "valley"),
    # a field that is no place
    ("Date: 4 May 2021. Gunmen attacked a checkpoint on Monday.", "May"),
    # the event's own sentence names where: the field of another record does not replace it
    ("Location: Tessit.\n\nGunmen attacked a convoy near Ansongo on Monday.", "Tessit"),
]


@pytest.mark.parametrize(("text", "wrong"), NOT_FIELDS)
def test_no_field_no_place_from_it(nlp, text, wrong):
    found = event_places(nlp, text, VIOLENT, date="2024-04-03")
    assert not any(p is not None and matches(p, wrong) for p in found), found


def test_a_settlement_named_after_of_where_the_parse_lost_it(nlp):
    text = (
        "The start of Iraqi operations to retake the city of Nkhyaganj marks another step forward towards clearing "
        "Daesh from Iraq."
    )
    assert event_places(nlp, text, VIOLENT, date="2017-01-01") == ["Nkhyaganj"]


def test_the_town_a_strike_is_on_is_where_whatever_its_tag(nlp):
    found = event_places(
        nlp, "Israeli strikes on Rafah killed 13 people, health officials said.", VIOLENT, date="2024-01-01"
    )
    assert found == ["Rafah"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen carried out an attack on Hassan on Monday, police said.",  # an attack's "on" may be a person
        "A US drone strike on Mehsud killed him and his wife in 2009.",  # a name GeoNames does not know
    ],
)
def test_a_person_attacked_is_no_place(nlp, text):
    found = event_places(nlp, text, VIOLENT, date="2024-01-01")
    assert not any(p is not None and p.split()[-1] in ("Hassan", "Mehsud") for p in found), found


# The dated header of an incident summary or a log entry: a date, then the place (issue 14, sixteenth pass).
DATED_HEADERS = [
    ("14/02/2025 — Tarnowka, Poland. A man drove a car into a crowd of demonstrators, injuring 20 people.", "Tarnowka"),
    (
        "Incident summary, 3 June 2024, Kolwezi-Sud, Lualaba province. Gunmen attacked a mining convoy, killing two "
        "guards.",
        "Kolwezi-Sud",
    ),
    (
        "11/05, Mambasa territory, Biakato-Mines: ADF militiamen attacked the health centre before dawn, killing five "
        "patients.",
        "Mambasa territory",
    ),
    (
        "09/03/2024, Dikwa LGA: during a patrol near the market, an improvised explosive device detonated under a "
        "vehicle of the Civilian Joint Task Force, killing two members.",
        "Dikwa",
    ),
]


@pytest.mark.parametrize(("text", "place"), DATED_HEADERS, ids=[p for _, p in DATED_HEADERS])
def test_a_dated_header_gives_the_incident_its_place(nlp, text, place):
    found = event_places(nlp, text, VIOLENT, date="2025-02-14")
    assert any(p is not None and matches(p, place) for p in found), (place, found)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a date opening prose is no header: its words after the comma are the deed's
        ("14 May, troops attacked a rebel camp near the river, the army said.", "troops"),
        # a log entry whose date ends at a colon names no place; the event keeps its own
        ("04/07/2019: Assailants opened fire on worshippers at a church in Sikire village.", "Assailants"),
        # a timeline's year and month are no header's place
        ("2014, January: Militias attacked the Muslim quarter of Kobiro-Sud, killing at least 30.", "January"),
    ],
)
def test_a_date_opening_prose_is_no_header(nlp, text, wrong):
    found = event_places(nlp, text, VIOLENT, date="2025-02-14")
    assert not any(p is not None and wrong in p for p in found), found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A member of the armed separatist group in Papua has surrendered to the authorities in Ilumbo regency and "
            "pledged allegiance to the Indonesian state, police said.",
            "Ilumbo regency",
        ),
        ("Insurgents attacked a military base in Kolori LGA on Monday, killing three soldiers.", "Kolori LGA"),
    ],
)
def test_an_area_named_by_indonesian_and_nigerian_area_words(nlp, text, place):
    found = event_places(nlp, text, (*VIOLENT, "ALLEGIANCE", "DEFECTION"), date="2025-02-14")
    assert any(p is not None and matches(p, place) for p in found), (place, found)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a monitoring note's areas in parentheses after a named site or village are not its name
        (
            "On 7 October 2024, a military jet bombed Loi Kaw-Hsan village (Namtu, Shan-North), killing 8 civilians.",
            "Loi Kaw-Hsan village",
        ),
        (
            "On 11 April 2025, RSF fighters attacked Kalma-Gedid IDP camp (Nyala, South Darfur) with heavy weapons.",
            "Kalma-Gedid IDP camp",
        ),
        # near miss: an unnamed site's parenthesised name is its place
        ("The army said rebels attacked a camp (Kibati) on Monday, killing two guards.", "Kibati"),
    ],
)
def test_a_named_sites_parenthesised_areas_are_not_its_name(nlp, text, place):
    found = event_places(nlp, text, VIOLENT, date="2025-02-14")
    assert any(p is not None and matches(p, place) for p in found), (place, found)
