"""Titles in capitals over releases, bulletins and page items, written for these tests: glued to the first sentence
without a full stop, or standing as a sentence of their own (kg/extract/capstitles.py)."""

from __future__ import annotations

import pytest
from helpers import agent_texts, events, stated, target_texts

from kg.extract.capstitles import glued_titles, past
from kg.models import EventType

pytestmark = pytest.mark.model

DATE = "2023-05-14"


def _stated(nlp, text):
    return stated(events(nlp, text, date=DATE))


# --- a title glued to its first sentence is cut from it -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("GUNMEN ABDUCT 20 STUDENTS IN KATSINA Armed bandits stormed a school in Kankara on Friday.", "Armed"),
        ("NORTH WEST ZONE: OPERATION SAFE HAVEN Within the week, troops raided a camp near Mangu.", "Within"),
        ("Army | News | TWO ADF FIGHTERS SURRENDER TO UPDF IN BENI Two fighters handed themselves over.", "Two"),
        ("PRESS RELEASE No. 17/2023 MNJTF TROOPS REPEL ATTACK ON BAGA 1. At about 0300hrs terrorists came.", "1"),
        ("BOMB BLAST KILLS NINE AT BUS PARK A bomb hidden in a bag exploded at the bus park in Mubi.", "A"),
    ],
)
def test_a_glued_title_is_cut_from_the_story(nlp, text, first):
    doc = nlp.make_doc(text)
    found = glued_titles(doc)
    assert len(found) == 1, found
    assert doc[found[0][1]].text == first


@pytest.mark.parametrize(
    "text",
    [
        "ISWAP FIGHTERS attacked a military base in Marte on Sunday, the army said.",  # a subject in capitals
        "The NPA, AFP and PNP officials met in Davao on Monday.",  # acronyms inside a sentence
        "PRESS RELEASE. The command wishes to inform the public of an attack.",  # two words and a full stop
        "UN OCHA Situation Report No. 4 covers the week to 3 May.",  # two capital words, then ordinary case
        "DERA GHAZI KHAN, Pakistan - Gunmen attacked a police post overnight.",  # a dateline in capitals
        "FLASH REPORT. UNHCR Reports New Arrivals in Adre.",  # a full stop ends a title
        "MONTHLY REPORT 2022-014 (Gulf of Aden) covers piracy.",  # a parenthesis is no sentence's start
        "ARMED FORCES OF NIGERIA FOR THE PERIOD 1 - 14 JULY 2023. In the North East, troops cleared camps.",
    ],
)
def test_capitals_that_are_no_title_are_left(nlp, text):
    assert glued_titles(nlp.make_doc(text)) == []


# --- the story no longer runs into the title's words --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "GUNMEN ABDUCT 20 STUDENTS IN KATSINA Armed bandits stormed a boarding school in Kankara on Friday night "
            "and abducted 20 students, police said.",
            "Armed bandits",
        ),
        (
            "TWO ADF FIGHTERS SURRENDER TO UPDF IN BENI Two fighters of the Allied Democratic Forces handed "
            "themselves over to Ugandan troops in Beni on Monday.",
            "Two fighters of the Allied Democratic Forces",
        ),
    ],
)
def test_the_story_keeps_its_own_subject(nlp, text, agent):
    found = _stated(nlp, text)
    assert agent in agent_texts(found), [e for e in found]
    assert not any(word in d for d in agent_texts(found) for word in ("ABDUCT", "SURRENDER", "BENI"))


def test_a_title_and_its_dateline_leave_the_mover_alone(nlp):
    text = (
        "THREE NPA MEMBERS YIELD IN AGUSAN CAMP RIVERA, Trento, Agusan del Sur - Three members of the New People's "
        "Army surrendered to the 26th Infantry Battalion on Wednesday with two rifles."
    )
    found = [e for e in _stated(nlp, text) if e.type is EventType.DEFECTION]
    assert found
    assert "Three members of the New People's Army" in agent_texts(found)


# --- a title standing alone is read in sentence case ---------------------------------------------------------------


def test_a_title_in_capitals_has_its_verb(nlp):
    doc = nlp(
        "PRESS RELEASE. POLICE REPEL ATTACK ON OKIJA DIVISIONAL HEADQUARTERS. The Command wishes to inform the "
        "public that gunmen attacked the Okija Divisional Headquarters at about 0200hrs."
    )
    title = list(doc.sents)[1]
    repel = next(t for t in title if t.text == "REPEL")
    assert repel.pos_ == "VERB" and repel.lemma_ == "repel"
    assert "POLICE" not in agent_texts(_stated(nlp, doc.text))


def test_a_title_in_capitals_keeps_the_storys_names(nlp):
    doc = nlp(
        "OPERATION DESERT SANITY: TROOPS CLEAR HIDEOUTS AT TUMBUN GINI. Troops of Operation Desert Sanity cleared "
        "several ISWAP hideouts at Tumbun Gini on Tuesday."
    )
    title = next(iter(doc.sents))
    verb = next(t for t in title if t.text == "CLEAR")
    assert verb.pos_ == "VERB"
    assert any(c.text == "TROOPS" for c in verb.children)


def test_a_sentence_of_ordinary_case_is_not_reread(nlp):
    doc = nlp("Police repel attack on station. Gunmen attacked the station in Okija at night.")
    assert next(t for t in doc if t.text == "repel").pos_ != "VERB"  # headline grammar in ordinary case: left


def test_a_regular_past_for_the_copy():
    assert [past(v) for v in ("yield", "repel", "raze", "ambush", "target")] == [
        "yielded",
        "repelled",
        "razed",
        "ambushed",
        "targeted",
    ]


def test_roles_of_a_title_over_a_release(nlp):
    text = (
        "DEFENCE HEADQUARTERS. TROOPS NEUTRALISE 9 TERRORISTS IN SAMBISA Troops of Operation Hadin Kai neutralised "
        "nine terrorists in an ambush at Sambisa forest on Sunday, the Director Defence Media Operations said."
    )
    found = [e for e in _stated(nlp, text) if e.type is EventType.ATTACK]
    assert "Troops of Operation Hadin Kai" in agent_texts(found)
    assert any("terrorists" in t.lower() for t in target_texts(found))


def test_a_senders_name_in_capitals_is_no_place(nlp):
    text = (
        "MINISTRY OF DEFENCE OF THE REPUBLIC OF KORVANIA. Briefing of the spokesman. Over the past day, air defence "
        "units shot down 14 drones over the border districts."
    )
    doc = nlp(text)
    sender = next(iter(doc.sents))
    assert not [e for e in doc.ents if e.start < sender.end and e.label_ == "GPE"]
