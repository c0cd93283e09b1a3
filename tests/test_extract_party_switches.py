"""Changes of party and of side told the way political and wire copy tells them (issue 14, twenty-fourth pass):
members named by their party switching parties, a politician leaving a party to sit as an independent, and a
title-case headline whose one common word is the verb between two names. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import agent_texts, events, shown, side_texts, stated

from kg.models import EventType

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "agent", "to"),
    [
        (
            "Three Democrats in the Ohio House switched parties on Monday to join the Republican majority.",
            "Three Democrats",
            "the Republican majority",
        ),
        ("Two Tories switched parties last week and joined the Liberal Democrats.", "Two Tories", None),
        (
            "State Rep. Dana Whitfield, who left the Democratic Party in March to become an independent, will not "
            "run again.",
            "State Rep. Dana Whitfield",
            "an independent",
        ),
        ("Two MPs quit the ruling party to sit as independents.", "Two MPs", "independents"),
    ],
)
def test_party_members_and_independents_change_sides(nlp, text, agent, to):
    found = stated(events(nlp, text, EventType.DEFECTION))
    assert agent in agent_texts(found), shown(found)
    if to is not None:
        assert to in side_texts(found, "to"), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Investors switched parties at the conference after the first day.",  # parties of the social kind
        "The MP left the party conference early to catch a train.",  # a conference left, no side
    ],
)
def test_parties_left_or_switched_without_a_politician_are_no_change_of_side(nlp, text):
    assert not stated(events(nlp, text, EventType.DEFECTION)), text


@pytest.mark.parametrize(
    ("text", "pledger", "pledgee"),
    [
        ("Ansar Bayt al-Maqdis Joins Islamic State", "Ansar Bayt al-Maqdis", "Islamic State"),
        (
            "Jund al-Khilafah Joins Islamic State\nThe group is based in Tizi Ouzou.",
            "Jund al-Khilafah",
            "Islamic State",
        ),
    ],
)
def test_a_title_case_headline_with_name_particles_is_read_as_a_sentence(nlp, text, pledger, pledgee):
    (event,) = stated(events(nlp, text, EventType.ALLEGIANCE))
    assert (event.agent.span.text, event.target.span.text) == (pledger, pledgee)


def test_a_title_case_dateline_with_one_common_word_is_not_re_read(nlp):
    text = "04/04/2024 — Ban Khok Sato, Thailand. A bomb exploded outside a grocery store, wounding two customers."
    (event,) = stated(events(nlp, text, EventType.ATTACK))
    assert event.location is not None and event.location.span.text == "Ban Khok Sato"


@pytest.mark.parametrize(
    ("text", "agent", "left"),
    [
        # the parser hangs the side on the verb, not on "membership"
        (
            "The 40 rebels renounced their membership with the NPA at a ceremony in Bukidnon.",
            "The 40 rebels",
            "the NPA",
        ),
        # a count's members carry the party they leave
        (
            "The council changed hands after the defections of 12 of the 20 Freedom Party councillors.",
            "12 of the 20 Freedom Party councillors",
            "Freedom Party",
        ),
        # a party word on the office, not the state the office is in
        (
            "A moderate Ohio Democratic state lawmaker announced on Thursday that she is switching to the Republican "
            "Party.",
            "A moderate Ohio Democratic state lawmaker",
            "Democratic",
        ),
    ],
)
def test_the_side_left_is_read_off_the_defector_and_the_bond_renounced(nlp, text, agent, left):
    found = stated(events(nlp, text, EventType.DEFECTION))
    assert agent in agent_texts(found), shown(found)
    assert left in side_texts(found, "target"), shown(found)


def test_returning_to_the_fold_of_the_law_is_going_over_to_the_state(nlp):
    text = "Nine Abu Sayyaf members returned to the fold of the law in a ceremony in Patikul on Monday."
    found = stated(events(nlp, text, EventType.DEFECTION))
    assert "Nine Abu Sayyaf members" in agent_texts(found), shown(found)


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Mansour was the first senior Kivu government official to defect to the rebel side last March.", "Mansour"),
        ("In 2001 Paul Hendry became the first ever Liberal to cross to Labour.", "Paul Hendry"),
        ("Dabo, who commanded RSF forces in Sennar, is the most senior figure to switch sides since April.", "Dabo"),
    ],
)
def test_the_first_or_most_senior_one_to_defect_is_the_one_the_copula_names(nlp, text, agent):
    found = stated(events(nlp, text, EventType.DEFECTION))
    assert agent in agent_texts(found), shown(found)


def test_the_force_a_defector_commanded_is_the_side_he_left(nlp):
    text = "Dabo, who commanded RSF forces in Sennar, is the most senior figure to switch sides since April."
    found = stated(events(nlp, text, EventType.DEFECTION))
    assert "RSF" in side_texts(found, "target"), shown(found)


def test_the_first_of_a_generic_kind_to_defect_stays_that_phrase(nlp):
    found = stated(events(nlp, "The first soldier to defect was shot by his own unit.", EventType.DEFECTION))
    assert agent_texts(found) == {"The first soldier"}, shown(found)
