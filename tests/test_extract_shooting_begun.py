"""Shooting told by what the shooters began or kept on doing, with no weapon or target named (issue 14, twentieth
pass, the lead): "walked into the cafe and began firing" is a shooting; firing staff or an engine firing is not.
Sentences written for these tests in the styles of wire copy and police statements."""

from __future__ import annotations

import pytest
from helpers import agent_texts, asserted_types, events, stated

from kg.models import EventType

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Witnesses said the assailant, dressed in black, walked into the cafe shortly before 9 p.m. and began "
            "firing.",
            "the assailant",
        ),
        ("Two gunmen burst into the wedding hall in Qaryat Saleh and started shooting, a relative said.", "Two gunmen"),
        ("Police began shooting as the crowd reached the gate of the district office.", "Police"),
        ("The soldiers kept firing for several minutes after the car had stopped, the family said.", "The soldiers"),
    ],
)
def test_shooting_begun_is_an_attack_by_its_shooters(nlp, text, doer):
    found = stated(events(nlp, text, EventType.ATTACK))
    assert found and doer in agent_texts(found)


@pytest.mark.parametrize(
    "text",
    [
        "The company began firing workers after the merger went through.",
        "The engine began firing again after the mechanic replaced the plugs.",
        "The studio started shooting the second season in Belfast last spring.",
    ],
)
def test_firing_staff_an_engine_or_a_film_is_no_attack(nlp, text):
    assert EventType.ATTACK not in asserted_types(nlp, text)
