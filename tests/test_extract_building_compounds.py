"""The building named on the deed's noun is what was attacked (issue 14, twenty-third pass): "the 2013 Westgate mall
attack", "the embassy bombing", "the Radisson hotel siege", whose building's name is no doer. Sentences written for
these tests in the styles of wire copy and background paragraphs."""

from __future__ import annotations

import pytest
from helpers import agent_texts, events, stated, target_texts

from kg.models import EventType

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "building"),
    [
        ("The group was behind the 2013 Westgate mall attack in Nairobi, in which 67 people died.", "mall"),
        ("He was convicted over the 2015 Bataclan theatre attack in Paris.", "Bataclan theatre"),
        ("The embassy bombing in Nairobi killed more than 200 people in 1998.", "embassy"),
        ("The police station attack in Quetta killed six officers.", "police station"),
    ],
)
def test_the_building_on_the_deeds_noun_is_its_target(nlp, text, building):
    assert building in target_texts(stated(events(nlp, text, EventType.ATTACK)))


def test_the_buildings_name_is_no_doer(nlp):
    found = stated(events(nlp, "Survivors of the Radisson hotel siege described hours of terror.", EventType.ATTACK))
    assert "hotel" in target_texts(found)
    assert "Radisson" not in agent_texts(found)


def test_a_groups_name_before_the_building_stays_the_doer(nlp):
    found = stated(events(nlp, "A Taliban checkpoint attack killed four soldiers.", EventType.ATTACK))
    assert "Taliban" in agent_texts(found)
    assert "checkpoint" in target_texts(found)
