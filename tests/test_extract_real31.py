"""The side a defector leaves, read in more of real copy's shapes (issue 14, twenty-sixth pass): the unit a named
soldier comes from ("Lieutenant X from the 77th Light Infantry Division"), the rulers on their soldiers ("junta
soldiers", "regime troops"), a side the parser hung on the verb that announces the defection, and the side a mover's
relative clause says it backed. Sentences written for these tests in the styles of wire copy and Myanmar, Syria and
Yemen reporting, with invented names; none is taken from a gold set."""

from __future__ import annotations

import pytest
from helpers import events, has_text, stated, target_texts

from kg.models import EventType

pytestmark = pytest.mark.model

_DEF = EventType.DEFECTION


def _left(nlp, text):  # noqa: ANN001, ANN202
    found = stated(events(nlp, text, _DEF))
    assert found, text
    return target_texts(found)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        (
            "Lieutenant Kyaw Zin from the 77th Light Infantry Division defected to the resistance on Monday.",
            "77th Light Infantry Division",
        ),
        (
            "Corporal Aung Ko from Light Infantry Battalion 312 defected to the KIA on March 2.",
            "Light Infantry Battalion",
        ),
        ("Dozens of regime soldiers surrendered to rebel fighters outside Hama.", "regime"),
        ("Six junta policemen defected to the People's Defence Force in Sagaing.", "junta"),
        ("The two clans announced their defection from the ruling alliance on Tuesday.", "ruling alliance"),
        (
            "Some 80 gunmen, who had backed the Islamic State in Sirte, surrendered to government forces.",
            "Islamic State",
        ),
    ],
)
def test_the_side_left_is_read_off_the_defectors_unit_rulers_or_clause(nlp, text, left):
    assert has_text(_left(nlp, text), left), _left(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a town a soldier comes from is no side
        "Captain Min Thu from Hpakant defected to the Kachin Independence Army last week.",
        # what a mover backed is a side only when it is one
        "Some 80 gunmen, who had backed the deal in Sirte, surrendered to government forces.",
    ],
)
def test_no_side_from_a_town_or_a_thing_backed(nlp, text):
    assert _left(nlp, text) == set(), _left(nlp, text)
