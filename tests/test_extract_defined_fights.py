"""An encyclopaedia's first sentence about a fight (issue 14, twenty-third pass): "The Battle of X was a military
engagement between Y and Z" names the sides in what the battle is said to be, and "The Battle of X" is the fight's
name even where the small model tags it a title (WORK_OF_ART). A titled work keeps its reading ("The Battle of
Algiers is a 1966 film"). Sentences written for these tests in the style of encyclopaedic pages."""

from __future__ import annotations

import pytest
from helpers import agent_texts, events, stated, target_texts

from kg.models import EventType

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "The Battle of Kismayo was a military engagement between the Kenya Defence Forces and al-Shabaab "
            "militants in the port city of Kismayo in September 2012.",
            ("the Kenya Defence Forces", "al-Shabaab militants"),
        ),
        (
            "The Second Battle of Donetsk Airport was a four-month-long armed conflict between separatist forces and "
            "the Ukrainian army.",
            ("separatist forces", "the Ukrainian army"),
        ),
        (
            "The Battle of Baidoa was a fierce engagement between Ethiopian troops and Islamic Courts fighters.",
            ("Ethiopian troops", "Islamic Courts fighters"),
        ),
    ],
)
def test_the_sides_of_what_a_fight_is_said_to_be_are_the_fights(nlp, text, sides):
    found = stated(events(nlp, text, EventType.ATTACK))
    assert found
    for side in sides:
        assert side in agent_texts(found)
        assert side in target_texts(found)


def test_a_series_of_confrontations_between_one_plural_names_the_doers(nlp):
    text = "The clashes in Tripoli were a series of armed confrontations between rival militias in August 2018."
    assert "rival militias" in agent_texts(stated(events(nlp, text, EventType.ATTACK)))


def test_a_definition_between_places_names_no_sides(nlp):
    text = "The Battle of Yarmouk was a military engagement between the two towns in the valley."
    assert "the two towns" not in agent_texts(stated(events(nlp, text, EventType.ATTACK)))


@pytest.mark.parametrize(
    "text",
    [
        "The Battle of Algiers is a 1966 film about the Algerian war of independence.",
        "Critics praised The Battle of Tripoli, a novel by a former war correspondent.",
    ],
)
def test_a_titled_work_is_no_fight(nlp, text):
    assert not stated(events(nlp, text, EventType.ATTACK))


@pytest.mark.parametrize(
    "text",
    [
        "The siege of Marawi, also known as the Battle of Marawi, was a five-month-long armed conflict in Marawi "
        "between government security forces and militants affiliated with the Islamic State.",
        "The siege of Marawi, also called the Marawi crisis and the Battle of Marawi, was a five-month-long armed "
        "conflict between government security forces and militants affiliated with the Islamic State.",
    ],
)
def test_a_battles_other_name_is_no_second_fight(nlp, text):
    found = stated(events(nlp, text, EventType.ATTACK))
    assert not any(e.trigger.text == "Battle" for e in found)
    assert not any(a.lower().startswith("the siege") for a in agent_texts(found))
