"""Mechanisms that met each other: a rule written for one genre, checked on another's text.  Each case was
read wrong by one of two mechanisms landed for other texts (a place named on an attacked noun, a defector's
destination, a blast verb read as the main verb); the sentences are written for these tests."""

from __future__ import annotations

import pytest
from helpers import events

from kg.models import EventType

pytestmark = pytest.mark.model


def _events(nlp, text):
    return [e for e in events(nlp, text) if not e.negated]


def test_a_regiment_named_on_an_attacked_vehicle_is_no_place(nlp):
    text = (
        "An explosive device detonated near a Rashtriya Rifles vehicle on the Sopore-Kupwara road in Baramulla "
        "district, Jammu and Kashmir, India. Two soldiers were injured in the blast."
    )
    (event,) = _events(nlp, text)
    assert event.location is not None and event.location.span.text == "Baramulla district"


def test_a_militia_named_after_a_town_is_no_place_and_its_clash_stays_one_event(nlp):
    text = "On 14 August 2023, Fano militias took control of Lalibela after fighting with the ENDF. Fatalities: 7."
    clashes = [e for e in _events(nlp, text) if len(e.agents) == 2]
    assert len(clashes) == 1
    assert clashes[0].location is None or clashes[0].location.span.text != "Fano"


def test_the_side_a_group_surrendered_to_does_not_give_the_surrender_its_place(nlp):
    text = (
        "On 6 July 2022, around 40 militants of the Islamic State Sahel Province (ISSP) surrendered to the "
        "Military Forces of Niger in Ayorou (Ayorou, Tillaberi)."
    )
    (event,) = [e for e in _events(nlp, text) if e.type is EventType.DEFECTION]
    assert event.location is not None and event.location.span.text == "Ayorou"


def test_a_failed_detonation_leaves_the_suspected_group_to_the_attempt(nlp):
    text = (
        "10/11/2018: Assailants attempted to detonate an explosive device at a police checkpoint in Dera Bugti, "
        "Balochistan, Pakistan. The device failed to detonate and was later defused. The Baloch Republican Army "
        "(BRA) was suspected."
    )
    events = _events(nlp, text)
    assert len(events) == 1
    assert "The Baloch Republican Army" in {m.span.text for m in events[0].agents}


def test_a_group_pledged_to_that_the_parser_read_as_an_infinitive_is_still_the_pledgee(nlp):
    text = "A minority faction in Puntland under Abdulqadir Mumin later broke away and pledged to ISIS in October 2015."
    (event,) = [e for e in _events(nlp, text) if e.type is EventType.ALLEGIANCE]
    assert [m.span.text for m in event.targets] == ["ISIS"]


def test_a_promise_to_do_something_is_no_pledge(nlp):
    assert not [
        e for e in _events(nlp, "The minister pledged to rebuild the bridge.") if e.type is EventType.ALLEGIANCE
    ]
