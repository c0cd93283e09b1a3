"""Political memberships and loyalties are no ALLEGIANCE (the guidelines: "political alliances and memberships ...
do not count"), while armed pledges beside them still are (issue 14, twenty-fourth pass). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from helpers import agent_texts, events, shown, stated

from kg.models import EventType

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "FORMER Green MP Anna Hollis has defected from the Greens to join Labour.",
        "Most of the 20 councillors will stay loyal to the Freedom Party.",
        "Parties loyal to President Omar Dabbagh lost heavily in the vote.",
        "Twelve rebel Congress MLAs, loyalists of Ravi Deshmukh, joined the BJP on Saturday.",
    ],
)
def test_politicians_joining_parties_or_staying_loyal_pledge_nothing(nlp, text):
    assert not stated(events(nlp, text, EventType.ALLEGIANCE)), text


@pytest.mark.parametrize(
    ("text", "pledger"),
    [
        ("The Lomba militia, loyal to the governor, pledged allegiance to the Islamic State.", "The Lomba militia"),
        ("A former MP's bodyguards joined al-Shabaab in 2015.", "A former MP's bodyguards"),
    ],
)
def test_armed_pledgers_beside_politics_still_pledge(nlp, text, pledger):
    found = stated(events(nlp, text, EventType.ALLEGIANCE))
    assert pledger in agent_texts(found), shown(found)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "While the army has invited other RSF militants to join its ranks, the fighting goes on.",
            "other RSF militants",
        ),
        ("The governor called on the Kivu militiamen to lay down their arms and surrender.", "the Kivu militiamen"),
    ],
)
def test_the_one_invited_or_urged_is_the_doer_and_nothing_is_done_yet(nlp, text, doer):
    found = events(nlp, text, EventType.ALLEGIANCE, EventType.DEFECTION)
    assert found and not stated(found), shown(found)
    assert doer in agent_texts(found), shown(found)
