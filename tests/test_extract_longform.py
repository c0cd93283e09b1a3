"""Doers on official pages and in long articles (issue 14, eleventh pass): a group's title-case name the NER cuts
("The Army of the Mujahideen", "The Group to Support Islam and Muslims"), the page's subject under that name for
"the group" and "it", the rank and file a pronoun or a group noun owns ("its members", "Militants of the group"),
members "of" a named group and a bulletin's "terrorist elements".  Sentences written for these tests, a third of
them with invented groups and places; the negatives must keep their reading."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import attacks_told, events, role_strings, stated

from kg.evaluate import load_gold, matches, predict, score
from kg.extract import titlenames
from kg.models import EventType

pytestmark = pytest.mark.model

# (text, expected doer as a role string: the text or the label kg gives)
DOERS = [
    ("The Army of the Righteous Path attacked a checkpoint near Kafr Nasim on Tuesday.", "Army of the Righteous Path"),
    (
        "Last week the Front for the Liberation of Mekala ambushed an army convoy near Dabrou.",
        "Front for the Liberation of Mekala",
    ),
    ("The Sons of Tamrit attacked a church in Sahla during the Sunday service.", "Sons of Tamrit"),
    ("Witnesses said members of the Sons of Tamrit set fire to the market in Sahla.", "Sons of Tamrit"),
    (
        "Fighters of the Brigade of the Northern Hills shelled government positions around Sorvik.",
        "Brigade of the Northern Hills",
    ),
    ("The Islamic Movement of Turkestan claimed the bombing of a bus in Kashgar.", "Islamic Movement of Turkestan"),
    (
        "The Group for the Defence of the Faithful said it had carried out the raid on the barracks in Tinzara.",
        "Group for the Defence of the Faithful",
    ),
    # the rank and file a pronoun or a group noun owns
    (
        "The Mountain Lions Militia is an armed group in the Kettu highlands. In August 2021 its members killed 14 "
        "herders at Goronyo camp.",
        "Mountain Lions Militia",
    ),
    (
        "The Red Forest Army has waged war in Pelangi since 2009. Last month its cadres set fire to a mobile phone "
        "tower in Lumbar.",
        "Red Forest Army",
    ),
    (
        "The Kessani Liberation Front was founded in 2009. In 2017, militants of the group attacked a gendarmerie "
        "checkpoint at Ain Tafra.",
        "Kessani Liberation Front",
    ),
    # members of a named group, and a bulletin's doers
    ("At 06:00 terrorists of the KLF fired mortars at our border post at Dabrou.", "KLF"),
    ("Terrorist elements targeted a police patrol with an explosive device in Al-Arish.", "Terrorist elements"),
]


@pytest.mark.parametrize(("text", "doer"), DOERS, ids=[f"doer{i}" for i in range(len(DOERS))])
def test_the_doer_is_the_group_the_page_names(nlp, text, doer):
    found = attacks_told(nlp, text)
    said = [s for e in found for s in role_strings(e.agents)]
    assert any(matches(s, doer) for s in said), (doer, said)


def test_a_pledge_keeps_the_whole_name(nlp):
    found = stated(
        events(nlp, "The Army of the Mujahideen announced that it had joined the Islamic Front.", EventType.ALLEGIANCE)
    )
    assert [m.span.text for e in found for m in e.agents] == ["The Army of the Mujahideen"]


def test_an_event_noun_inside_a_name_is_no_event(nlp):
    # "Liberation" names the front; the ambush is the only incident, and Mekala is no target
    found = attacks_told(nlp, "Fighters of the Front for the Liberation of Mekala ambushed an army convoy near Dabrou.")
    assert len(found) == 1
    assert "Mekala" not in {m.span.text for e in found for m in e.targets}


NOT_NAMES = [
    # two bodies coordinated stay two
    ("Clashes broke out between the Army of Islam and the Free Syrian Army in Douma.", "Army of Islam and the Free"),
    # "to" before a place is a destination
    ("The government sent the Army to Kolam after rebels attacked the town.", "Army to Kolam"),
]


@pytest.mark.parametrize(("text", "not_a_name"), NOT_NAMES, ids=[f"not_a_name{i}" for i in range(len(NOT_NAMES))])
def test_a_run_of_capitals_is_not_always_one_name(nlp, text, not_a_name):
    found = events(nlp, text)
    said = {s for e in found for s in (*role_strings(e.agents), *role_strings(e.targets))}
    assert not any(not_a_name in s for s in said), said


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Troops fought the Brigade of the Northern Hills near Sorvik.", "Brigade of the Northern Hills"),
        # a headline in title case: every word is capitalised, so no name is read off the case
        ("Troops Fight Brigade Of The Northern Hills Near Sorvik", None),
    ],
)
def test_a_name_is_read_off_the_case_outside_headlines(nlp, text, name):
    doc = nlp(text)
    brigade = next(t for t in doc if t.lower_ == "brigade")
    span = titlenames.name_span(brigade)
    assert (span.text if span is not None else None) == name


def test_the_liberation_of_a_town_is_still_an_event(nlp):
    found = attacks_told(nlp, "Iraqi forces completed the liberation of Mosul in July 2017.")
    assert any("Mosul" in {m.span.text for m in e.targets} for e in found)


def test_a_state_s_own_men_are_not_a_group(nlp):
    # "its men" owned by an unnamed army stays as written: no group is invented for it
    found = attacks_told(nlp, "The army said its men had killed 12 rebels near Kolam.")
    assert {m.entity.label for e in found for m in e.agents} <= {"its men"}


PROBES = Path(__file__).resolve().parent / "fixtures" / "longform_probes.jsonl"
# (headline, macro-F1) a little under what this pass measured on them (see docs/EXTRACTION.md, eleventh pass)
FLOOR = (0.90, 0.92)


def test_the_longform_probes_stay_above_their_floor(nlp):
    # 105 records written for this pass before kg's role code was read (encyclopaedic pages on groups, towns and
    # wars with their History, Timeline and Attacks sections, ministry and police releases, human-rights and UN
    # reports, court findings, long articles; 15 negatives), annotated by the guidelines with every acceptable alias.
    records = load_gold(PROBES)
    scores = score(records, predict(records, nlp))
    assert scores.headline >= FLOOR[0] and scores.macro_f1 >= FLOOR[1]
