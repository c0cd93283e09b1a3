"""Cues that belong to another part of the sentence (issue 14, twentieth pass, the lead): aircraft that are another
deed's doer or another attack noun's modifier make no air strike of a ground deed beside them, and a medium ("a
video", "footage") the parser made the one announcing a defection gives way to whom it shows.  Sentences written for
these tests, in wire and monitor styles, some with places and people no gazetteer knows."""

from __future__ import annotations

import pytest
from helpers import agent_texts, events, stated

from kg.models import EventType

pytestmark = pytest.mark.model

_AIR = (EventType.AIRSTRIKE,)
_GROUND = (EventType.ATTACK,)


def _types_of(nlp, text: str, target: str) -> set[EventType]:
    """The types of the stated events whose targets include ``target``."""
    found = stated(events(nlp, text))
    return {e.type for e in found if any(m.span.text == target for m in e.targets)}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the warplanes are the doer of the first verb; the artillery does the pounding
        ("Turkish warplanes struck the town of Ras al-Ain, and artillery pounded targets near Tal Abyad.", "targets"),
        ("Jets hit the depot at Kafr Ruma, while army howitzers bombarded positions outside Tell Hadid.", "positions"),
        # a drone strike's own modifier is no cue for a bombing told beside it, twenty years before
        (
            "A drone strike in Shabwa killed a militant wanted over the 2002 bombing of the Limburg tanker.",
            "the Limburg tanker",
        ),
    ],
)
def test_aircraft_of_another_deed_make_no_air_strike(nlp, text, target):
    assert _types_of(nlp, text, target) == set(_GROUND)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # near misses: the aircraft are the verb's own doer, or the sentence's only doer
        ("Russian jets flew over Maarat Hamra on Monday and bombed a market, killing 20.", "a market"),
        ("Turkish warplanes struck the town of Ras al-Ain and pounded targets near Tal Abyad.", "targets"),
        ("The army, backed by helicopters, pounded rebel positions near Kfar Batikh.", "rebel positions"),
    ],
)
def test_the_deed_of_aircraft_is_still_an_air_strike(nlp, text, target):
    assert EventType.AIRSTRIKE in _types_of(nlp, text, target)


@pytest.mark.parametrize(
    ("text", "mover"),
    [
        (
            "Gen. Ahmed Hassan Awad, the former commander of the Republican Guard's third brigade, appeared in a "
            "video posted on YouTube announcing his defection to the rebel Free Syrian Army.",
            "Gen. Ahmed Hassan Awad",
        ),
        (
            "A video posted online on Sunday showed Colonel Idris Mahmoud announcing his defection from the army.",
            "Colonel Idris Mahmoud",
        ),
        # near miss: a person announcing it himself keeps his own name
        ("The colonel appeared on a rebel channel announcing his defection.", "The colonel"),
    ],
)
def test_a_medium_announcing_a_defection_gives_who_it_shows(nlp, text, mover):
    found = stated(events(nlp, text, EventType.DEFECTION))
    assert found and agent_texts(found) == {mover}


@pytest.mark.parametrize(
    "text",
    [
        "The first air strikes in Syria were conducted on 23 September 2014 by the United States and Jordan.",
        "Russian jets carried out their first strikes near Talbiseh on Wednesday, the ministry said.",
    ],
)
def test_the_first_strikes_are_strikes(nlp, text):
    assert EventType.AIRSTRIKE in {e.type for e in stated(events(nlp, text))}


def test_a_first_strike_capability_is_a_doctrine(nlp):
    text = "Analysts say Moscow has built a first strike capability aimed at NATO's bases in the Baltics."
    assert not stated(events(nlp, text))
