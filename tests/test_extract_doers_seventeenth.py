"""Who did it and to whom, classed on five writers (issue 14, seventeenth pass): a dateline the splitter left in the
lead sentence is no doer, target or antecedent; an armed body a blame names by its common noun is the doer; a
participle of doing tells the doer of the deed noun before it.  Sentences written for these tests, with invented
names; none is taken from a gold set."""

from __future__ import annotations

import pytest
from helpers import agent_texts, attacks_told, has_text, target_texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "agent", "not_agent"),
    [
        (
            "KORAMBE, Darfur (Tribune-style) — Fighters of the Sahel Defence Front stormed the eastern districts of "
            "Korambe on Sunday and fought army troops in the streets, residents said.",
            "Fighters of the Sahel Defence Front",
            "KORAMBE",
        ),
        (
            "KELANI (Radio Lima-style) — Gunmen of the Tano Front attacked a police post in the town on Sunday, "
            "killing two officers.",
            "Gunmen of the Tano Front",
            "KELANI",
        ),
        (
            "A town under fire. DOROVA CITY — Soldiers and members of a Kiru Liberation Front unit exchanged fire for "
            "an hour in Barangay Siso-Bago on Tuesday, leaving three dead.",
            "Soldiers",
            "DOROVA",
        ),
    ],
)
def test_a_dateline_left_in_the_lead_is_no_doer(nlp, text, agent, not_agent):
    doers = agent_texts(attacks_told(nlp, text))
    assert has_text(doers, agent), doers
    assert not has_text(doers, not_agent), doers


@pytest.mark.parametrize(
    ("text", "target", "not_target"),
    [
        (
            "TANGARA (Observer-style) — A former fighter who surrendered in 2020 was shot dead outside his shop in "
            "Bako on Friday.",
            "A former fighter",
            "TANGARA",
        ),
        (
            "SAN MIRO (wire copy, translated) — Guards of the Oriel mission came under fire on Tuesday as they "
            "patrolled near the port, the mission said.",
            "Guards of the Oriel mission",
            "SAN MIRO",
        ),
    ],
)
def test_a_dateline_left_in_the_lead_is_no_target(nlp, text, target, not_target):
    targets = target_texts(attacks_told(nlp, text))
    assert has_text(targets, target), targets
    assert not has_text(targets, not_target), targets


def test_a_capitals_word_before_a_dash_inside_the_story_stays_a_doer(nlp):
    # the near miss: a group's name in capitals heading its own clause is no place of filing
    text = "Officials said the raid followed weeks of threats. KLF — a splinter of the Kiru Front — stormed the post."
    assert has_text(agent_texts(attacks_told(nlp, text)), "KLF")


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "A grenade thrown from a motorcycle exploded outside a bar in Vadella, wounding six people. Police blamed "
            "a local gang loyal to the Norte cartel.",
            "gang",
        ),
        (
            "A drone strike hit a minibus near Tesso on Sunday, killing five passengers, residents said. They blamed "
            "the federal army.",
            "the federal army",
        ),
        (
            "The book's chapters on the massacre at Huarpa, carried out by a guerrilla unit in 1984, are the "
            "strongest.",
            "a guerrilla unit",
        ),
    ],
)
def test_a_blame_or_a_participle_names_the_doer(nlp, text, agent):
    doers = agent_texts(attacks_told(nlp, text))
    assert has_text(doers, agent), doers


@pytest.mark.parametrize(
    ("text", "not_agent"),
    [
        (
            "Gunmen killed six traders at a market in Kuru on Sunday. Residents blamed the army for failing to protect "
            "them.",
            "army",
        ),
        (
            "Gunmen of the brigade stormed the village of Tarka in March. The brigade has been accused by a rights "
            "group of burning houses in Tarka after the raid.",
            "The brigade",
        ),
        (
            "A bomb exploded at a bus stop in Tesso, wounding four people. The report on the bombing, written by a "
            "police commission, was published on Monday.",
            "commission",
        ),
    ],
)
def test_a_blame_for_no_deed_or_a_participle_of_writing_names_no_doer(nlp, text, not_agent):
    doers = agent_texts(attacks_told(nlp, text))
    assert not has_text(doers, not_agent), doers


@pytest.mark.parametrize(
    ("text", "role", "wanted", "not_wanted"),
    [
        (
            "Police said that at about 0545 hrs, a group of armed men opened fire on a checkpoint near Kalo, wounding "
            "two constables.",
            "target",
            "a checkpoint",
            "hrs",
        ),
        (
            "At 05.15 hrs on 2 June, a bomb hidden in a parked motorcycle exploded as a police patrol passed the "
            "Tanjung market. Three officers were killed.",
            "target",
            "Three officers",
            "hrs",
        ),
    ],
)
def test_a_time_of_day_fills_no_role(nlp, text, role, wanted, not_wanted):
    found = attacks_told(nlp, text)
    texts = agent_texts(found) if role == "agent" else target_texts(found)
    assert has_text(texts, wanted), texts
    assert not has_text(texts, not_wanted), texts


def test_a_live_blog_stamp_on_the_doers_phrase_keeps_the_doers(nlp):
    # the near miss: a stamp the parser hung on the doers' own noun names no time unit after its figures
    text = "Live updates. 03:41 - Jordanian jets struck a depot near Tafas overnight, the army said."
    assert has_text(agent_texts(attacks_told(nlp, text)), "jets")
