"""Event places whose names neither GeoNames nor the small model knows: real villages and districts in
transliterations the model tags PRODUCT, NORP or WORK_OF_ART ("outside Kuchlagh", "over Ruweiss"), found by the
locative phrase they stand in, not by the name (docs/EXTRACTION.md, "Names kg has never seen"). Sentences written
for these tests; every place name here is one kg/data/geonames.tsv.gz does not hold (checked below)."""

from __future__ import annotations

import pytest

from kg.evaluate import matches
from kg.extract import extract_one
from kg.geo.gazetteer import geonames
from kg.models import Document

pytestmark = pytest.mark.model

PROBES = [
    ("Gunmen opened fire on a bus outside Kuchlagh, killing nine passengers, police said.", "Kuchlagh"),
    ("Drones struck a convoy over Ruweiss late on Friday, a monitoring group said.", "Ruweiss"),
    ("Militants ambushed a patrol near Goumsa on Tuesday, killing four soldiers.", "Goumsa"),
    ("Fighter jets bombed a market across Wadi Hamra, killing 12 civilians.", "Wadi Hamra"),
    ("Unidentified gunmen attacked a checkpoint outside Tinzaouaten, wounding two soldiers.", "Tinzaouaten"),
    ("Turkish artillery shelled villages near Tal Tamr overnight, the SDF said.", "Tal Tamr"),
    ("Al-Shabaab fighters overran a military base across Ceel Waaq on Sunday.", "Ceel Waaq"),
]
NOT_PLACES = [
    # an unknown group's name after "in" or "with" is who, not where
    ("Fighters in Liwa Fatemiyoun attacked a checkpoint near Palmyra on Monday.", "Liwa Fatemiyoun"),
    ("Troops clashed with Katibat Macina near Dioura, killing 10 militants.", "Katibat Macina"),
]


def _places(nlp, text: str) -> list[str]:
    events = extract_one(Document(id="probe", text=text), nlp=nlp).events
    assert events, f"no event in: {text}"
    return [e.location.span.text for e in events if e.location is not None]


@pytest.mark.parametrize(("text", "place"), PROBES)
def test_a_place_nobody_knows_is_where_its_locative_phrase_says(nlp, text, place):
    assert not geonames().lookup(place), f"{place} is in GeoNames: pick a name it does not know"
    found = _places(nlp, text)
    assert any(matches(p, place) for p in found), (place, found)


@pytest.mark.parametrize(("text", "wrong"), NOT_PLACES)
def test_an_unknown_group_is_no_place(nlp, text, wrong):
    assert not any(matches(p, wrong) for p in _places(nlp, text))


TAKEN = [
    ("The army said Ceel Waaq had been retaken from al-Shabaab on Thursday.", "Ceel Waaq"),
    ("Government troops retook Boulkessi on Monday after three days of fighting.", "Boulkessi"),
    ("Jihadists overran Tinzaouaten before dawn, killing 20 soldiers.", "Tinzaouaten"),
    ("The army liberated Hawr Rajab from the militants on Friday.", "Hawr Rajab"),
]


@pytest.mark.parametrize(("text", "place"), TAKEN)
def test_a_name_retaken_or_overrun_is_a_place_taken_whoever_knows_it(nlp, text, place):
    assert not geonames().lookup(place)
    events = extract_one(Document(id="probe", text=text), nlp=nlp).events
    [event] = [e for e in events if e.type.value == "ATTACK"]
    assert any(matches(m.span.text, place) for m in event.targets)
    assert event.location is not None and matches(event.location.span.text, place)


@pytest.mark.parametrize(
    "text",
    ["Ingrid Betancourt was liberated by the army in 2008.", "Police recaptured Joaquin Guzman in Los Mochis."],
)
def test_a_person_freed_or_caught_again_is_no_place_taken(nlp, text):
    events = extract_one(Document(id="probe", text=text), nlp=nlp).events
    assert not [e for e in events if e.type.value == "ATTACK"]


# A name in a slot a place or a person may fill is a place when the document says so, or when the slot takes only
# places whatever the name (docs/EXTRACTION.md, "Names kg has never seen, second pass").
SLOT_PLACES = [
    ("The minister welcomed the liberation of Mweotero and pledged support for the government.", "Mweotero"),
    (
        "This is a significant day; Balotdougou has been liberated after its occupation by the terrorist group.",
        "Balotdougou",
    ),
    (
        "Government forces and their allies intensified the bombardment of rebel-held Hesibdougou on Thursday.",
        "Hesibdougou",
    ),
    ("The 2008 Ruqeibe attacks were carried out by ten gunmen who killed 166 people at hotels.", "Ruqeibe"),
    (
        "Insurgents seized Nkhalaganj district last year. The army ended its siege of Nkhalaganj on Monday.",
        "Nkhalaganj",
    ),
]
SLOT_PLACES += [
    # the tagger reads the name as an adjective on the verb
    ("Militants attacked Ghulimkot town late on Sunday, killing six.", "Ghulimkot"),
    # the towns a road joins
    ("Rebel forces and government troops fought for control of the road between Kabibganj and Mwearzai.", "Kabibganj"),
    # the parser hangs the year on the name
    ("The 2008 Mweeganj attacks were carried out by ten members of Lashkar-e-Taiba.", "Mweeganj"),
]
SLOT_PEOPLE = [
    # a person liberated, named a person by the document
    (
        "Commander Balotkot said he was well. The army welcomed the liberation of Balotkot by its special forces.",
        "Balotkot",
    ),
    # the name of the one who shelled, not where
    ("Colonel Yasotkot said the militants shelled the base. The Yasotkot attack was condemned.", "Yasotkot"),
]


@pytest.mark.parametrize(("text", "place"), SLOT_PLACES)
def test_an_unfamiliar_name_in_a_place_slot_is_where(nlp, text, place):
    assert not geonames().lookup(place), f"{place} is in GeoNames: pick a name it does not know"
    found = _places(nlp, text)
    assert any(matches(p, place) for p in found), (place, found)


@pytest.mark.parametrize(("text", "person"), SLOT_PEOPLE)
def test_a_name_the_document_makes_a_person_is_no_place(nlp, text, person):
    events = extract_one(Document(id="probe", text=text), nlp=nlp).events
    assert not any(e.location is not None and matches(e.location.span.text, person) for e in events)


def test_a_finite_verb_hung_on_the_name_after_it_still_takes_it(nlp):
    # the small model reads "captured" as a modifier of the unfamiliar name after it
    text = "In June 2014, ISIL captured Ouagyaush, Iraq's second-largest city, after the army collapsed."
    [event] = [e for e in extract_one(Document(id="probe", text=text), nlp=nlp).events if e.type.value == "ATTACK"]
    assert event.location is not None and matches(event.location.span.text, "Ouagyaush")


def test_a_name_the_parser_hung_apart_stays_whole_in_the_doers_phrase(nlp):
    text = "Fighters of the Liwa Dzoyaani attacked a checkpoint near Aleppo."
    [event] = [e for e in extract_one(Document(id="probe", text=text), nlp=nlp).events if e.type.value == "ATTACK"]
    assert any("Liwa Dzoyaani" in m.span.text for m in event.agents), [m.span.text for m in event.agents]


def test_a_name_the_document_places_is_where_its_massacre_was_not_who_did_it(nlp):
    text = "The Ghulimrud massacre left 40 villagers dead. Troops were deployed near Ghulimrud on Sunday."
    assert not geonames().lookup("Ghulimrud")
    [event] = [e for e in extract_one(Document(id="probe", text=text), nlp=nlp).events if e.type.value == "ATTACK"]
    assert not any(matches(m.span.text, "Ghulimrud") for m in event.agents)
    assert event.location is not None and matches(event.location.span.text, "Ghulimrud")
