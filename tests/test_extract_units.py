"""Unit tests of the extraction helpers that need no trained model: gazetteer, time, contract, registry."""

from __future__ import annotations

import json

import pytest
import spacy

from kg.contract import extraction_record
from kg.extract import gazetteer, time
from kg.extract.triggers import RULES, Triggers
from kg.models import Document, Entity, EntityKind, Event, EventType, Extraction, Mention, Modality, Span
from kg.rdf.iri import entity_iri


def test_gazetteer_aliases_share_one_key_and_wikidata():
    gaz = gazetteer.load()
    keys = {gaz.lookup(name).key for name in ("ISIS", "ISIL", "Daesh", "Islamic State", "the Islamic State", "IS")}
    assert keys == {"gaz:islamic-state"}
    assert gaz.entities["gaz:islamic-state"].wikidata == "Q2429253"


def test_the_pakistani_spellings_of_the_ttp_are_the_ttp_not_the_afghan_taliban():
    gaz = gazetteer.load()
    for name in ("Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "TTP", "Tehreek-e-Taliban"):
        assert gaz.lookup(name).key == "gaz:tehrik-i-taliban-pakistan", name
    assert gaz.lookup("Taliban").key == "gaz:taliban"


def test_gazetteer_demonyms_and_capitals_map_to_states():
    gaz = gazetteer.load()
    assert gaz.lookup("Iraqi").label == "Iraq"
    assert gaz.lookup("Iraqi").kind is EntityKind.STATE
    assert gaz.capital("Moscow").label == "Russia"
    assert gaz.lookup("is") is None  # the pronoun-like "is" must never be the Islamic State


def test_gazetteer_armed_services_named_by_abbreviation_are_their_state():
    gaz = gazetteer.load()
    for name, state in (("RAF", "United Kingdom"), ("IDF", "Israel"), ("USAF", "United States"), ("PLA", "China")):
        assert gaz.lookup(name).label == state
        assert gaz.lookup(name.lower()) is None  # exact case only: "raf" and "pla" are words or names
    assert gaz.lookup("Royal Air Force").label == "United Kingdom"
    assert gaz.lookup("Tatmadaw").label == "Myanmar"


def test_gazetteer_covers_many_states_with_wikidata():
    data = json.loads(open(gazetteer.resources.files("kg").joinpath("data/actors.json")).read())
    states = data["states"]
    assert len(states) >= 120
    assert all(s["wikidata"].startswith("Q") for s in states)
    assert len({s["wikidata"] for s in states}) == len(states)


def test_ruler_tags_aliases_with_gazetteer_ids_on_a_blank_pipeline():
    from kg.extract.nlp import add_components

    nlp = add_components(spacy.blank("en"))
    doc = nlp("Daesh and al-Qa'ida (AQ) fought the Iraqi army.")
    found = {(e.text, e.ent_id_) for e in doc.ents}
    assert ("Daesh", "gaz:islamic-state") in found
    assert ("al-Qa'ida", "gaz:al-qaeda") in found
    assert ("AQ", "gaz:al-qaeda") in found
    assert ("Iraqi", "gaz:iraq") in found


def test_lower_case_words_are_not_countries():
    from kg.extract.nlp import add_components

    nlp = add_components(spacy.blank("en"))
    doc = nlp("They ate turkey on china plates in Turkey.")
    assert [(e.text, e.ent_id_) for e in doc.ents] == [("Turkey", "gaz:turkey")]


def test_line_breaks_start_sentences_on_a_blank_pipeline():
    from kg.extract.nlp import add_components

    nlp = add_components(spacy.blank("en"))
    doc = nlp("ISIS Plans More Attacks\nThe group is preparing.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert "The" in starts


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("The attack on 12 May 2016 killed five.", None, "2016-05-12"),
        ("On March 7, 2015, he pledged loyalty.", None, "2015-03-07"),
        ("In November 2014, ABM declared allegiance.", None, "2014-11"),
        ("The group was founded in 2012.", None, "2012"),
        ("Gunmen attacked the base yesterday.", "2016-05-04", "2016-05-03"),
        ("Gunmen attacked the base on Tuesday.", "2016-05-05", "2016-05-03"),
        ("Gunmen attacked the base.", "2016-05-05", "2016-05-05"),
        ("Gunmen attacked the base.", None, None),
        ("On 10 November fighters pledged allegiance.", "2014-12-01", "2014-11-10"),
    ],
)
def test_time_resolution(text, anchor, expected):
    assert time.resolve(text, anchor) == expected


def test_registry_has_one_rule_per_type_and_builds_a_trigger_table():
    triggers = Triggers(spacy.blank("en").vocab)  # importing the rules registers them
    assert set(RULES) == set(EventType)
    assert set(triggers.types) == set(EventType)


def _mention(text: str, start: int, entity: Entity) -> Mention:
    return Mention(Span(start, start + len(text), text), entity)


def test_extraction_record_follows_the_contract():
    isis = Entity("gaz:islamic-state", "Islamic State", EntityKind.ARMED_GROUP, "Q2429253")
    iraq = Entity("gaz:iraq", "Iraq", EntityKind.PLACE, "Q796")
    text = "ISIS attacked Mosul."
    event = Event(
        type=EventType.ATTACK,
        sentence=Span(0, len(text), text),
        trigger=Span(5, 13, "attacked"),
        agents=(_mention("ISIS", 0, isis),),
        location=_mention("Mosul", 14, iraq),
        time="2016-05-01",
        modality=Modality.ASSERTED,
        negated=True,
        confidence=0.8,
    )
    record = extraction_record(Extraction(Document("d1", text), (event,)))
    assert record["id"] == "d1"
    (ev,) = record["events"]
    assert ev["type"] == "ATTACK"
    assert ev["agent"] == {
        "text": "ISIS",
        "label": "Islamic State",
        "iri": str(entity_iri(isis)),
        "wikidata": "Q2429253",
    }
    assert ev["target"] is None and ev["to"] is None
    assert ev["polarity"] == "negative"
    assert ev["sentence"] == {"start": 0, "end": len(text)}
    assert ev["time"] == "2016-05-01"
    json.dumps(record)  # the record is plain JSON


def test_model_name_without_a_trained_model():
    from kg.extract.nlp import model_name

    assert model_name(spacy.blank("en")).startswith("en_")


def test_missing_model_is_a_kg_error():
    from kg.errors import KgError
    from kg.extract.nlp import load

    with pytest.raises(KgError, match="install"):
        load("no_such_model_xyz")


def test_an_acronym_that_is_a_word_is_a_country_only_in_capitals():
    from kg.extract.nlp import add_components

    nlp = add_components(spacy.blank("en"))
    doc = nlp("Car bomb kills 12 in Baquba. Rebels seized Bria in the CAR on Monday.")
    assert [(e.text, e.ent_id_) for e in doc.ents] == [("CAR", "gaz:central-african-republic")]
