"""Names that stand where a place may and are no place (tests/probes_places_bodies.py): an armed or security body a
person served in or a group joined, a place inside such a body's name, and an event's name taken whole by the NER."""

from __future__ import annotations

import pytest
from helpers import event_places
from probes_places_bodies import NOT_THERE, PROBES

from kg.evaluate import matches
from kg.extract.placebodies import body_name

pytestmark = pytest.mark.model


def _places(nlp, text: str, types: tuple[str, ...]) -> list[str | None]:
    return event_places(nlp, text, types, date="2024-03-11")


@pytest.mark.parametrize("text, types, place", PROBES, ids=[p for _, _, p in PROBES])
def test_the_event_keeps_the_place_its_sentence_tells(nlp, text, types, place):
    found = _places(nlp, text, types)
    assert any(p is not None and matches(p, place) for p in found), (place, found)


@pytest.mark.parametrize("text, types, wrong", NOT_THERE, ids=[w for _, _, w in NOT_THERE])
def test_a_body_or_a_place_in_its_name_is_no_place(nlp, text, types, wrong):
    found = _places(nlp, text, types)
    assert found, text  # the event is found
    assert not any(p is not None and matches(p, wrong) for p in found), (wrong, found)


def test_an_event_name_gives_its_place_not_itself(nlp):
    text = (
        "On 9 March 2016, during The Battle of Wadi Sarkal, rebel fighters overran an army post and killed 14 soldiers."
    )
    found = _places(nlp, text, ("ATTACK",))
    assert "Wadi Sarkal" in found, found


@pytest.mark.parametrize(
    "text, body",
    [
        ("The prisoners wore the insignia of the junta's 44th Light Infantry Division.", True),
        ("A convoy of the army's Ninth Division was ambushed near the river.", True),
        ("Troops of the 3rd Armoured Division entered the town.", True),
        # an administrative division is named by a place
        ("Fighting spread across Magway-Taung Division on Monday.", False),
    ],
)
def test_a_unit_s_division_is_a_body_an_area_s_is_not(nlp, text, body):
    doc = nlp(text)
    assert body_name(next(t for t in doc if t.lower_ == "division")) is body
