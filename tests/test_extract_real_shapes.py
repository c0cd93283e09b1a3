"""Shapes of real wire copy read again (issue 14, twenty-first pass, the lead): a defection of a counted part of a
body ("the defection of 16 of the 52 MPs from the government side"), an acronym's plural ("MPs") as the politicians
it names, "loyal to" hung by the parser on a place or a direction word past its noun, the sides of a clash in a
"between" phrase the parser hung on the verb's place phrase, and "left the garrison isolated", a state and not a
leaving. Sentences written for these tests in the style of wire copy."""

from __future__ import annotations

import pytest
from helpers import agent_texts, events, stated, target_texts

from kg.models import EventType

pytestmark = pytest.mark.model


def _left(event) -> list[str]:
    return [m.span.text for m in event.targets]


@pytest.mark.parametrize(
    ("text", "defectors", "left"),
    [
        (
            "The cabinet fell after the defection of 11 of the 40 MPs from the ruling bloc to the opposition.",
            "11 of the 40 MPs",
            "the ruling bloc",
        ),
        (
            "The motion passed following the defection of nine of the party's senators from the coalition.",
            "nine of the party's senators",
            "the coalition",
        ),
    ],
)
def test_a_counted_part_of_a_body_is_who_defected_and_its_from_phrase_the_side_left(nlp, text, defectors, left):
    found = stated(events(nlp, text, EventType.DEFECTION))
    assert found
    assert any(a.startswith(defectors) for a in agent_texts(found))
    assert left in [t for e in found for t in _left(e)]
    assert not any(t.startswith(defectors) for e in found for t in _left(e))


def test_a_count_of_things_is_no_defector(nlp):
    found = stated(events(nlp, "The defection of 16 of the 52 questions from the exam surprised teachers."))
    assert not any(a.startswith("16") for a in agent_texts(found))


def test_an_acronym_plural_names_politicians(nlp):
    found = stated(
        events(nlp, "Three MPs defected from the ruling party to the opposition on Monday.", EventType.DEFECTION)
    )
    assert "Three MPs" in agent_texts(found)


@pytest.mark.parametrize(
    ("text", "loyal", "not_loyal"),
    [
        (
            "Police said the fighting spread to hamlets to the north between the army and militiamen loyal to "
            "Commander Adnan Rashid.",
            "militiamen",
            "north",
        ),
        ("Gunmen in Mosul loyal to the Islamic State stormed a police post.", "Gunmen", "Mosul"),
    ],
)
def test_loyal_hung_on_a_place_is_said_of_the_noun_before_it(nlp, text, loyal, not_loyal):
    found = stated(events(nlp, text, EventType.ALLEGIANCE))
    assert found
    assert loyal in agent_texts(found)
    assert not any(not_loyal in a for a in agent_texts(found))


def test_loyal_to_a_place_keeps_the_place_as_the_side(nlp):
    found = stated(events(nlp, "Forces loyal to Tripoli shelled the town.", EventType.ALLEGIANCE))
    assert "Forces" in agent_texts(found)
    assert "Tripoli" in target_texts(found)


@pytest.mark.parametrize(
    "text",
    [
        "Witnesses said the clashes broke out in farms to the east between the army and tribal gunmen.",
        "Fighting raged in the old quarter near the port between the army and tribal gunmen.",
    ],
)
def test_the_sides_of_a_clash_hung_on_its_place_phrase(nlp, text):
    found = stated(events(nlp, text, EventType.ATTACK))
    assert found
    assert {"the army", "tribal gunmen"} <= set(agent_texts(found))


def test_a_clash_with_no_sides_named_gets_none_from_its_place_phrase(nlp):
    found = stated(events(nlp, "Clashes broke out between midnight and dawn in the old quarter.", EventType.ATTACK))
    assert not any(a in ("midnight", "dawn") for a in agent_texts(found))


@pytest.mark.parametrize(
    "text",
    [
        "The loss of the airfield left the garrison at Tessalit isolated and short of fuel.",
        "The siege left the rebels exposed.",
    ],
)
def test_leaving_an_object_in_a_state_is_no_defection(nlp, text):
    assert not stated(events(nlp, text, EventType.DEFECTION))


def test_leaving_a_side_to_join_another_is_still_a_defection(nlp):
    found = stated(events(nlp, "Major Sadiq left the army in March and joined the rebels.", EventType.DEFECTION))
    assert "the army" in target_texts(found)
