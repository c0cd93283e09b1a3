"""Who did it and to whom in long copy (issue 14, twentieth pass): a side driven out told by a pronoun, a government
or "much of" a place; the doer of a deed one "was involved in" when the parser made the participle a copula's
complement; an "it" that never stands for its own verb's doer.  Sentences written for these tests, with invented
names; none is taken from a gold set."""

from __future__ import annotations

import pytest
from helpers import agent_texts, attacks_told, has_text, target_texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        (
            "The Sahel Front held the port of Amaro for a year until it was driven out of the town by government "
            "troops in May.",
            "government troops",
            "Front",
        ),
        (
            "The Tano militia had held the valley since 2019. Army units pushed it out of the district's market "
            "towns last spring, officials said.",
            "Army units",
            "it",
        ),
        (
            "In 2014 the clan's young men joined the Ruwa Brigade, whose fighters drove the government out of Kessa "
            "province that summer.",
            "whose fighters",
            "the government",
        ),
        (
            "Backed by the navy, the marines drove the insurgents out of a string of fishing villages along the coast.",
            "the marines",
            "the insurgents",
        ),
        (
            "He later joined the Liwa Brigade, the faction that drove his old unit out of much of the province in "
            "2018.",
            "the faction",
            "his old unit",
        ),
    ],
)
def test_a_side_driven_out_told_by_a_pronoun_a_government_or_much_of_a_place(nlp, text, agent, target):
    found = attacks_told(nlp, text)
    assert has_text(agent_texts(found), agent), agent_texts(found)
    assert has_text(target_texts(found), target), target_texts(found)


@pytest.mark.parametrize(
    "text",
    [
        "The floods drove them out of their homes in the lower valley.",
        "The party drove the minister out of office after the scandal.",
        "Her brother drove them out of the city to the airport before dawn.",
        "The new tax pushed it out of the regional market within a year.",
    ],
)
def test_nothing_driven_out_by_arms_is_no_attack(nlp, text):
    assert attacks_told(nlp, text) == [], text


def test_an_it_driven_out_is_the_side_not_the_place_told_before(nlp):
    found = attacks_told(
        nlp, "The Sahel Front held the port of Amaro for a year until it was driven out of the town by army troops."
    )
    assert not has_text(target_texts(found), "port"), target_texts(found)


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        (
            "The returnees were earlier involved in an ambush on a police patrol near Tando in June, the brigade said.",
            "The returnees",
            "a police patrol",
        ),
        (
            "According to the spokesman, Ali Farah Osman, the detainees were involved in a series of grenade attacks "
            "in Kessa, including the blast at a bus depot in May that killed six passengers.",
            "the detainees",
            "a bus depot",
        ),
    ],
)
def test_the_subject_of_a_copula_involved_in_a_deed_is_its_doer(nlp, text, agent, target):
    found = attacks_told(nlp, text)
    assert has_text(agent_texts(found), agent), agent_texts(found)
    assert has_text(target_texts(found), target), target_texts(found)


def test_who_was_not_involved_in_a_deed_is_not_its_doer(nlp):
    found = attacks_told(nlp, "The suspects were not involved in the attack on the market in Kessa, police said.")
    assert not has_text(agent_texts(found), "suspects"), agent_texts(found)


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        (
            "A convoy of fuel trucks was heading to Gao when coalition jets hit it near Ansongo.",
            "coalition jets",
            "A convoy",
        ),
        (
            "A patrol boat left the harbour at dawn. Two hours later a drone struck it off Ras Kamar.",
            "a drone",
            "A patrol boat",
        ),
    ],
)
def test_an_attacked_it_is_never_its_own_verbs_doer(nlp, text, agent, target):
    found = attacks_told(nlp, text)
    assert has_text(agent_texts(found), agent), agent_texts(found)
    assert has_text(target_texts(found), target), target_texts(found)


def test_an_it_whose_doer_is_the_only_thing_before_stays_unread(nlp):
    # near miss: nothing but the doer was told before "it", so no target is read back
    found = attacks_told(nlp, "Government warplanes flew over the hills on Monday and bombed it twice.")
    assert not has_text(target_texts(found), "warplanes"), target_texts(found)


@pytest.mark.parametrize(
    "text",
    [
        "The Kessa volunteers stayed loyal to the colonel and fought on his side in the northern suburbs.",
        "In the border villages, cousins fought on opposite sides during the war.",
        "His fighters have served in four campaigns, on different sides, around the oasis of Tamri.",
    ],
)
def test_the_side_one_fought_on_is_no_target(nlp, text):
    targets = target_texts(attacks_told(nlp, text))
    assert not any("side" in t for t in targets), targets


def test_a_place_s_side_stays_a_target(nlp):
    # near miss: "on the other side of the river" names where the fire went, not a side fought for
    found = attacks_told(nlp, "Gunmen opened fire on the other side of the river, killing two fishermen.")
    assert has_text(target_texts(found), "side of the river") or has_text(target_texts(found), "the other side")


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("On 3 May, the insurgents attempted to infiltrate Gamboru but were repelled.", "the insurgents", "Gamboru"),
        ("Enemy assault groups tried to enter Orlivka again and were thrown back.", "Enemy assault groups", "Orlivka"),
        (
            "Bandits attempted to enter the village of Kuri but were repelled by vigilantes.",
            "Bandits",
            "the village of Kuri",
        ),
    ],
)
def test_an_attempt_to_get_in_that_was_beaten_off_is_an_assault(nlp, text, agent, target):
    found = attacks_told(nlp, text)
    assert has_text(agent_texts(found), agent), agent_texts(found)
    assert has_text(target_texts(found), target), target_texts(found)


@pytest.mark.parametrize(
    "text",
    [
        "The delegation tried to enter the compound but was turned back by guards.",
        "Residents tried to enter the town to buy food.",
        "Militants entered the town on Monday and left before dawn.",
        "Traders attempted to enter the market but were repelled by the smell of burning tyres.",
    ],
)
def test_getting_in_without_an_armed_attempt_beaten_off_is_no_assault(nlp, text):
    assert attacks_told(nlp, text) == [], text
