"""ATTACK and AIRSTRIKE doers in wire copy and headlines (issue 14, fourth pass): drones against power plants,
clipped headline grammar, a country on a bomb, doers presumed to be a named group, the response to an attack.
Sentences written for these tests; none is taken from a gold set."""

from __future__ import annotations

import pytest
from helpers import agent_texts, events, stated, target_texts

from kg.models import EventType

pytestmark = pytest.mark.model

VIOLENCE = (EventType.ATTACK, EventType.AIRSTRIKE)


def _events(nlp, text):
    return stated(events(nlp, text, *VIOLENCE))


@pytest.mark.parametrize(
    ("text", "kind", "target"),
    [
        # infrastructure hit by drones or troops is no cyber attack
        (
            "Russian drones attacked energy infrastructure in the Kharkiv region overnight, officials said.",
            EventType.AIRSTRIKE,
            "energy infrastructure",
        ),
        ("Russian forces attacked critical infrastructure in Odesa on Monday.", EventType.ATTACK, None),
    ],
)
def test_infrastructure_attacked_by_armed_doers_is_violence(nlp, text, kind, target):
    events = _events(nlp, text)
    assert [e.type for e in events] == [kind]
    if target is not None:
        assert target in target_texts(events)


@pytest.mark.parametrize(
    "text",
    [
        "Hackers attacked the energy infrastructure of the company.",
        "A hacker group attacked the servers of the ministry.",
    ],
)
def test_cyber_attacks_stay_out(nlp, text):
    assert _events(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("Taliban attack police post in Helmand", "Taliban", "police post"),
        ("Al-Shabaab fighters ambush AU convoy near Mogadishu", "Al-Shabaab fighters", "AU convoy"),
        ("Militants storm hotel in Kabul", "Militants", "hotel"),
    ],
)
def test_a_headline_verb_parsed_as_a_modifier_still_reads_who_and_whom(nlp, text, agent, target):
    events = _events(nlp, text)
    assert len(events) == 1
    assert agent_texts(events) == {agent}
    assert target_texts(events) == {target}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Iraq car bomb kills 12", "Iraq"),
        ("Pakistan blast kills 20 at mosque", "Pakistan"),
        ("Nigeria attack kills 12 villagers", "Nigeria"),
    ],
)
def test_a_country_named_on_a_bomb_or_attack_is_where_not_who(nlp, text, place):
    events = _events(nlp, text)
    assert len(events) == 1
    assert agent_texts(events) == set()
    assert events[0].location is not None and events[0].location.span.text == place


def test_a_state_named_on_its_strike_keeps_it_as_the_doer(nlp):
    events = _events(nlp, "US drone strike kills 5 in Yemen")
    assert [e.type for e in events] == [EventType.AIRSTRIKE]
    assert [m.entity.label for m in events[0].agents] == ["United States"]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("A drone packed with explosives hit the base at Qarahabad airport late on Wednesday.", "A drone"),
        ("An armed drone struck a car near Dzoyaani, killing two militants.", "An armed drone"),
    ],
)
def test_a_drone_nobody_is_named_for_is_the_doer(nlp, text, agent):
    found = _events(nlp, text)
    assert [e.type for e in found] == [EventType.AIRSTRIKE]
    assert agent_texts(found) == {agent}


def test_a_drone_owned_by_a_side_leaves_the_side_the_doer(nlp):
    found = _events(nlp, "A Turkish drone struck a car near Dzoyaani, killing two militants.")
    assert [m.entity.label for e in found for m in e.agents] == ["Turkey"]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Armed men presumed to be JNIM attacked a gendarmerie post in Kaya on Sunday.", "JNIM"),
        ("Gunmen believed to belong to Boko Haram raided the village of Kwaraga, killing nine farmers.", "Boko Haram"),
        ("Unidentified gunmen suspected to be members of al-Shabaab ambushed a convoy near Afgoye.", "al-Shabaab"),
        ("Gunmen thought to be from the Lakurawa group attacked a market in Sokoto.", "the Lakurawa group"),
        ("Men believed to be bandits killed four farmers in Zamfara.", "bandits"),
        ("Gunmen, believed to be Fulani herdsmen, attacked the village of Dogo Nahawa.", "Fulani herdsmen"),
    ],
)
def test_doers_presumed_to_be_a_group_are_that_group(nlp, text, agent):
    assert agent_texts(_events(nlp, text)) == {agent}


def test_what_doers_are_presumed_to_be_needs_a_name_or_a_kind(nlp):
    text = "Gunmen believed to be in their twenties shot dead a trader in Lagos."
    assert agent_texts(_events(nlp, text)) == {"Gunmen"}


def test_attackers_counted_among_the_victims_of_a_response_start_no_attack_of_their_own(nlp):
    text = "Gunmen attacked a police station in Bannu. Police returned fire and killed two of the attackers."
    events = _events(nlp, text)
    assert len(events) == 1
    assert "the attackers" not in agent_texts(events)


@pytest.mark.parametrize(
    "text",
    [
        "Armed men attack military camp in Mali\nSuspected jihadists attacked a military camp in central Mali on "
        "Friday, killing three soldiers, the army said.",
        "Iraq car bomb kills 12\n\nA car bomb exploded near a market in the town of Tuz Khurmatu on Monday, killing "
        "12 people, police said.",
    ],
)
def test_a_title_line_and_its_story_are_one_incident(nlp, text):
    assert len(_events(nlp, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Police said the gunmen shot and killed three farmers in Zamfara.",
        "Two suicide bombers attacked a mosque in Maiduguri on Friday.",
    ],
)
def test_two_verbs_or_a_bomber_noun_of_one_attack_are_one_event(nlp, text):
    assert len(_events(nlp, text)) == 1


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Air raids from the Saudi-led coalition killed 12 people in Saada province overnight.",
            "the Saudi-led coalition",
        ),
        ("Residents said air strikes from Russian jets hit the main market in Ariha.", "Russian jets"),
        (
            "The offensive will be backed by air strikes from the US-led coalition, a spokesman said.",
            "the US-led coalition",
        ),
    ],
)
def test_an_air_strike_comes_from_whoever_flies_it(nlp, text, doer):
    found = [e for e in _events(nlp, text) if e.type is EventType.AIRSTRIKE]
    assert doer in agent_texts(found)


def test_rockets_from_a_place_are_fired_from_it_not_by_it(nlp):
    found = _events(nlp, "Rockets from Gaza hit the town of Sderot on Sunday, wounding two people.")
    assert found and "Gaza" not in agent_texts(found)
