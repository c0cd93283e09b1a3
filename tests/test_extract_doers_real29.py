"""Who did it, and whether anything was done, in real copy's shapes (issue 14, twenty-fourth pass): a count of blasts
or a fight's toll is no doer, an unknown name on a recalled incident with its dead is where it happened, the one named
as an attack's mastermind did it, "military airstrikes" are the military's; would-be bombers, bombers as the means of
attacks, a side's war as a whole, the law's "object of attack" and weapons recovered in a raid are no attack.
Sentences written for these tests, with invented names; none is taken from a gold set."""

from __future__ import annotations

import pytest
from helpers import agent_texts, attacks_told, has_text, target_texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "not_agent"),
    [
        (
            "Before dawn, four bomb blasts went off around Kolok town. One of the blasts wounded three soldiers who "
            "were guarding a bridge.",
            "One of the blasts",
        ),
        ("The militia has suffered heavy losses trying to fight the army.", "heavy losses"),
        (
            "Three soldiers died in the raid, which came on the anniversary of the Lamorde massacre in which 40 "
            "villagers were killed.",
            "Lamorde",
        ),
        ("The deadliest attack was the Westgate attack which claimed 67 lives.", "Westgate"),
    ],
)
def test_deeds_tolls_and_recalled_scenes_are_no_doers(nlp, text, not_agent):
    found = attacks_told(nlp, text)
    assert found, text
    assert not any(not_agent in a for a in agent_texts(found)), agent_texts(found)


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Two of the gunmen wounded a guard at the gate.", "Two of the gunmen"),  # a count of doers still does it
        ("The Kuma Front attack on the depot killed five guards.", "Kuma Front"),  # no recalled toll: the doer
        (
            "Police named Juma Odhiambo as the mastermind of the March 3 bus bombing in Likoni that killed 9 people.",
            "Juma Odhiambo",
        ),
        ("Juma Odhiambo was the mastermind of the bus bombing in Likoni.", "Juma Odhiambo"),
        ("The commander was seriously wounded in military airstrikes near Kidal, the minister said.", "military"),
    ],
)
def test_doers_named_by_count_name_mastermind_and_military(nlp, text, agent):
    found = attacks_told(nlp, text)
    assert has_text(agent_texts(found), agent), agent_texts(found)


def test_an_unnamed_mastermind_stays_the_doer(nlp):
    found = attacks_told(nlp, "The mastermind of the bus bombing in Likoni was never found.")
    assert has_text(agent_texts(found), "The mastermind"), agent_texts(found)


@pytest.mark.parametrize(
    "text",
    [
        "Officers said three would-be suicide bombers were among the men detained.",
        "The donor states pledged full support for Mali's battle against JNIM.",
        'The monitors said the dams "cannot lawfully be made the object of attack and must be protected."',
        "Weapons, explosives and detonators were recovered during a dawn raid in Korangi on the edge of Karachi.",
        "Boko Haram retained the capacity to carry out deadly attacks using suicide bombers, IEDs and rockets.",
    ],
)
def test_would_be_bombers_wars_laws_and_recovery_raids_are_no_attacks(nlp, text):
    assert not attacks_told(nlp, text), text


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber killed eleven people at a bus station in Gombe.",
        "The army's battle against the rebels in Kidal left 20 dead.",
        "Rebels launched an attack on the base at dawn.",
        "Troops killed two militants and recovered weapons during a raid on a hideout in Dera.",
    ],
)
def test_bombers_battles_attacks_and_raids_still_told(nlp, text):
    assert attacks_told(nlp, text), text


def test_an_air_interdiction_mission_carried_out_is_a_strike(nlp):
    found = attacks_told(
        nlp, "The air component has executed an air interdiction mission on 3 May 2023 in Kwatar, Zamfara State."
    )
    assert [e.type.value for e in found] == ["AIRSTRIKE"], found


def test_a_mission_of_other_interdiction_stays_unread(nlp):
    assert not attacks_told(nlp, "The navy has executed a drug interdiction mission off the coast of Kwatar."), "drug"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The Air Force, as part of Operation Safe Corridor, recently executed an airstrike on a gathering of "
            "bandits.",
            None,
        ),
        ("Under Operation Rising Dawn, jets bombed a rebel camp in Gidan Bisa on Monday.", "Gidan Bisa"),
    ],
)
def test_an_operation_s_name_is_no_place(nlp, text, place):
    found = attacks_told(nlp, text)
    assert found, text
    places = {e.location.span.text if e.location is not None else None for e in found}
    assert place in places and not any(p and p.startswith("Operation") for p in places), places


@pytest.mark.parametrize(
    "text",
    [
        "The Tora Front and the Kivu Brigade have battled side by side against government forces in Ituri.",
        "The Tora Front and the Kivu Brigade fought together against government forces near Beni.",
    ],
)
def test_sides_fighting_side_by_side_are_allies(nlp, text):
    found = attacks_told(nlp, text)
    targets = {t for e in found for t in target_texts([e])}
    assert has_text(targets, "government forces") and not has_text(targets, "Kivu Brigade"), targets


def test_sides_fighting_each_other_stay_both_sides(nlp):
    found = attacks_told(nlp, "The Tora Front and the Kivu Brigade fought each other near Beni.")
    assert has_text(target_texts(found), "Kivu Brigade"), target_texts(found)


def test_an_armed_side_cleared_from_a_place_was_attacked(nlp):
    found = attacks_told(nlp, "Troops cleared militants from Kaya, a village in Burkina Faso, before moving on.")
    assert has_text(agent_texts(found), "Troops") and has_text(target_texts(found), "militants"), found


@pytest.mark.parametrize(
    "text",
    [
        "Police cleared protesters from the square on Monday.",
        "Workers cleared debris from the road after the storm.",
        "Engineers cleared mines from the fields near Kaya.",
    ],
)
def test_crowds_debris_and_mines_cleared_are_no_attack(nlp, text):
    assert not attacks_told(nlp, text), text


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        (
            "Two police officers were injured when an IED was blasted by Maoists in Sukma district.",
            "Maoists",
            "officers",
        ),
        ("In Sala district, a team of police rangers was blasted by a roadside bomb while on patrol.", None, "team"),
    ],
)
def test_a_bomb_blasted_in_the_passive_is_an_attack(nlp, text, agent, target):
    found = attacks_told(nlp, text)
    assert has_text(target_texts(found), target), found
    assert agent is None or has_text(agent_texts(found), agent), agent_texts(found)


@pytest.mark.parametrize(
    "text",
    [
        "The opposition blasted the bomb plan as reckless.",
        "Workers blasted rock at the quarry with explosives.",
        "The bomb plan was blasted by critics as reckless.",
    ],
)
def test_blasting_a_plan_or_rock_is_no_attack(nlp, text):
    assert not attacks_told(nlp, text), text
