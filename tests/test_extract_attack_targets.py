"""Targets of ATTACK and AIRSTRIKE in wire windows (issue 14, fourth pass): victims listed in a sentence after the
attack, what "came under attack", what a bomb was aimed at.  Sentences written for these tests; none is taken
from a gold set."""

from __future__ import annotations

import pytest
from helpers import events, stated, target_texts

from kg.models import Document, EventType, Modality

pytestmark = pytest.mark.model

VIOLENCE = (EventType.ATTACK, EventType.AIRSTRIKE)


def _events(nlp, text):
    return stated(events(nlp, text, *VIOLENCE))


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        (
            "A suicide bomber struck a crowded market in Mubi on Tuesday. Among the dead were four policemen, "
            "police said.",
            {"a crowded market", "four policemen"},
        ),
        (
            "Militants attacked the town of Mocimboa da Praia. Several soldiers and civilians were among the dead.",
            {"the town of Mocimboa da Praia", "Several soldiers", "civilians"},
        ),
        (
            "Gunmen attacked a village in Zamfara on Sunday. The dead included a local chief and his two sons.",
            {"a village", "a local chief", "his two sons"},
        ),
        (
            "Militants stormed a school in Kunduz. Those killed included three teachers, a police official said.",
            {"a school", "three teachers"},
        ),
        (
            "A suicide bomber blew himself up at a wedding in Kabul. The victims were mostly women and children.",
            {"a wedding", "women", "children"},
        ),
    ],
)
def test_victims_listed_after_the_attack_are_its_targets(nlp, text, victims):
    events = _events(nlp, text)
    assert len(events) == 1
    assert target_texts(events) == victims


def test_a_victim_list_with_no_attack_before_it_makes_no_event(nlp):
    assert _events(nlp, "A bus crashed into a river in Kano. Among the dead were four children.") == []


@pytest.mark.parametrize(
    ("text", "agents", "target"),
    [
        ("A police checkpoint came under attack in Dera Ismail Khan late on Monday.", set(), "A police checkpoint"),
        ("The army base in Boulkessi came under fire from jihadists overnight.", {"jihadists"}, "The army base"),
        ("A roadside bomb aimed at a police patrol exploded in Quetta on Sunday.", set(), "a police patrol"),
    ],
)
def test_what_came_under_attack_or_a_bomb_was_aimed_at_is_the_target(nlp, text, agents, target):
    events = _events(nlp, text)
    assert len(events) == 1
    assert {m.span.text for m in events[0].agents} == agents
    assert target_texts(events) == {target}


def test_criticism_that_comes_under_fire_is_no_attack(nlp):
    assert _events(nlp, "The minister came under fire from opposition lawmakers over the budget.") == []


def test_coming_under_attack_on_a_condition_is_hypothetical(nlp):
    from kg.extract import extract_one

    events = extract_one(Document("t", "Turkey will retaliate if its soldiers come under attack."), nlp=nlp).events
    assert [e.modality for e in events if e.targets] == [Modality.HYPOTHETICAL]


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "A suicide attack targeting a Shiite procession killed 20 people in Karachi.",
            {"a Shiite procession", "20 people"},
        ),
        ("The strike, aimed at a weapons depot near Hama, killed two guards.", {"a weapons depot", "two guards"}),
        (
            "An explosion tore through a crowded bus station in Kano, killing 12. Most of the victims were traders.",
            {"a crowded bus station", "traders"},  # a bare count names nobody (tests/test_extract_fillers_28.py)
        ),
    ],
)
def test_what_an_attack_was_aimed_at_and_whom_it_killed_are_both_targets(nlp, text, targets):
    assert target_texts(_events(nlp, text)) == targets


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Near Tal Afar, two strikes engaged an ISIS tunnel system and destroyed a mortar position.", "tunnel system"),
        ("Israeli jets destroyed an S-300 air defence system near Masyaf overnight, a monitor said.", "defence system"),
        ("A drone strike hit a wedding party in Radaa, killing 14 guests, tribal elders said.", "wedding party"),
        ("Maoist guerrillas ambushed a polling party returning from Sukma on Monday.", "polling party"),
    ],
)
def test_a_noun_before_an_abstract_head_makes_it_a_thing_that_can_be_hit(nlp, text, target):
    assert any(target in t for e in _events(nlp, text) for t in target_texts([e]))


@pytest.mark.parametrize(
    "text",
    [
        "Critics say the new law is an attack on press freedom that will let the government shut outlets.",
        "The senator's speech was a blistering attack on the president's trade policy.",
        "The opposition leader attacked the ruling party over fuel prices.",
    ],
)
def test_abstract_targets_stay_figurative(nlp, text):
    assert _events(nlp, text) == []
