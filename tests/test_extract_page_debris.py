"""Government, military and encyclopaedic pages flattened to text (issue 14, nineteenth pass): footnote marks cut
from the words before them and read as page furniture (kg.extract.tokenizing, kg.extract.furniture), section headings
glued to the sentence after them read as no sentence (kg.extract.pageheads), and a release's "exchange of fire"
between two sides read as a clash (kg.extract.rules.violence.nouns.exchange_of).  The texts are written for these
tests, in other voices than tests/fixtures/pages.jsonl."""

from __future__ import annotations

import pytest
from helpers import KINDS, agent_texts, events, stated, target_texts

from kg.extract import furniture

pytestmark = pytest.mark.model


def attacks(nlp, text: str):
    return [e for e in stated(events(nlp, text)) if e.type.value in KINDS["A"]]


def test_a_footnote_mark_is_cut_from_the_stop_before_it_and_ends_the_sentence(nlp):
    doc = nlp("The garrison surrendered after a siege of six weeks.[14] 1998 Rebels shelled the port of Kismaayo.[15]")
    assert [t.text for t in doc][8:13] == ["weeks", ".", "[", "14", "]"]
    assert [s.text for s in doc.sents][:2] == ["The garrison surrendered after a siege of six weeks.", "[14]"]
    assert all(furniture.within(t) for t in doc[10:13])


def test_a_footnote_mark_inside_a_sentence_splits_nothing(nlp):
    doc = nlp("The militia burned the granary at Kolo,[3] and then attacked the market.[4][citation needed]")
    assert "[3]" not in [s.text for s in doc.sents]
    attacked = next(t for t in doc if t.text == "attacked")
    assert doc[0].sent == attacked.sent
    assert {t.text for t in doc if furniture.within(t)} == {"[", "]", "3", "4", "citation", "needed"}


def test_brackets_that_are_no_footnote_stay_as_they_were(nlp):
    doc = nlp("The commander [of the brigade] said forces [in Nawa] held.")
    assert not any(furniture.within(t) for t in doc)


def test_no_role_keeps_a_footnote_mark(nlp):
    found = attacks(nlp, "In 1994 the rebels stormed the barracks at Gulu, killing 40 recruits.[21] Aftermath")
    roles = agent_texts(found) | target_texts(found)
    assert found and not any("[" in r for r in roles), roles


@pytest.mark.parametrize(
    ("text", "heading", "doer"),
    [
        ("Fall of Kismaayo In September 2012, Kenyan troops stormed the port city from the sea.", "Fall of Kismaayo",
         "Kenyan troops"),
        ("Insurgency The group ambushed a police convoy near Garissa in 2015, killing eleven officers.", "Insurgency",
         "The group"),
        ("Later years During 2019, its fighters attacked army posts around Mopti.", "Later years", "its fighters"),
    ],
)  # fmt: skip
def test_a_section_heading_glued_to_a_sentence_is_furniture_and_no_doer(nlp, text, heading, doer):
    doc = nlp(text)
    assert [s.text for s in doc.sents][0] == heading
    assert all(furniture.within(t) for t in doc[: len(heading.split())])
    assert doer in agent_texts(attacks(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Troops of the 5th Brigade in March 2015 retook the town of Dikwa.",
        "The Islamic State In Iraq was the group's name in 2006.",
        "Kenyan troops stormed the port city of Kismaayo in September 2012.",
        "Rebels Say They Downed Army Helicopter Near Kidal - Reuters",
    ],
)
def test_a_sentence_that_opens_without_a_heading_keeps_its_words(nlp, text):
    doc = nlp(text)
    assert not any(furniture.within(t) for t in doc)


def test_an_exchange_of_fire_between_two_sides_names_both(nlp):
    found = attacks(nlp, "Near the canal, an exchange of fire took place between the Rangers and armed smugglers.")
    assert found
    assert {"the Rangers", "armed smugglers"} <= agent_texts(found) | target_texts(found)


@pytest.mark.parametrize(
    "text",
    [
        "An exchange of prisoners took place between the two sides at the crossing on Sunday.",
        "The ministers held an exchange of letters between the two capitals.",
    ],
)
def test_an_exchange_of_anything_else_is_no_clash(nlp, text):
    assert attacks(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "doer", "taken"),
    [
        ("The town's capture by government troops in May was celebrated in the capital.", "government troops",
         "The town"),
        ("Mosul's capture by the Islamic State in June 2014 shocked the region.", "the Islamic State", "Mosul"),
    ],
)  # fmt: skip
def test_a_place_that_owns_a_capture_is_what_the_doer_after_by_took(nlp, text, doer, taken):
    found = attacks(nlp, text)
    assert doer in agent_texts(found) and taken in target_texts(found)
    assert taken not in agent_texts(found)


def test_a_doer_that_owns_a_capture_stays_the_doer(nlp):
    found = attacks(nlp, "The army's capture of the town took three days.")
    assert agent_texts(found) == {"The army"} and target_texts(found) == {"the town"}


def test_a_person_captured_by_police_is_no_attack(nlp):
    assert attacks(nlp, "The militant's capture by police ended the manhunt.") == []
