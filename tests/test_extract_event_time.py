"""When an event happened, and where, on pages that tell several dated events (kg/extract/eventtime.py,
placeafter.told_apart): a group's history, a commander's profile.  The alliances over time and the map read these
dates and places.  Sentences written for these tests; none is taken from a gold set."""

from __future__ import annotations

import pytest
from helpers import events, stated

from kg.extract.time import explicit
from kg.models import EventType

pytestmark = pytest.mark.model

HISTORY = (
    "The Katibat Ansar al-Haqq is an armed group active in the Wadi Sirhan area. Formed in 2013 by former members of "
    "the Free Syrian Army, the group pledged allegiance to Hayat Tahrir al-Sham in 2018. In January 2020 its fighters "
    "ambushed a convoy of the Syrian Arab Army near Qasr al-Hayr, killing eleven soldiers."
)


def _one(nlp, text, kind):
    found = stated(events(nlp, text, kind, date="2024-08-12"))
    assert len(found) == 1, found
    return found[0]


def test_the_date_of_the_events_own_clause_wins_over_the_sentences_first(nlp):
    assert _one(nlp, HISTORY, EventType.ALLEGIANCE).time == "2018"
    assert _one(nlp, HISTORY, EventType.ATTACK).time == "2020-01"


@pytest.mark.parametrize(
    ("text", "kind", "when"),
    [
        # the sentence's only date is in a clause hung on the verb: it still dates the event, as before
        ("Since 2019, when it was formed, the Dhow Brigade has attacked ferries off Pemba.", EventType.ATTACK, "2019"),
        # a headline without a verb: the event noun is the clause
        ("Suicide attack on army post near Dalwa in March 2019", EventType.ATTACK, "2019-03"),
        # a date in the event's own clause after a subordinate clause of another year
        (
            "After the army recaptured Tinfou in 2016, Commander Ag Moussa defected to the rebels in March 2017.",
            EventType.DEFECTION,
            "2017-03",
        ),
    ],
)
def test_a_sentences_date_stands_where_the_clause_names_none(nlp, text, kind, when):
    assert _one(nlp, text, kind).time == when


def test_a_place_told_with_another_date_is_not_the_events(nlp):
    """The ambush's place is not where the pledge two years earlier was made."""
    assert _one(nlp, HISTORY, EventType.ALLEGIANCE).location is None
    attack = _one(nlp, HISTORY, EventType.ATTACK)
    assert attack.location is not None and attack.location.span.text == "Qasr al-Hayr"


def test_a_place_told_without_a_date_still_holds_for_the_story(nlp):
    text = "Gunmen attacked a checkpoint near Dalwa on 3 May 2021. Two soldiers were killed in the attack."
    found = stated(events(nlp, text, EventType.ATTACK, date="2021-05-04"))
    assert found and all(e.location is not None and e.location.span.text == "Dalwa" for e in found)


def test_explicit_reads_written_dates_only():
    assert explicit("pledged allegiance in 2018", None) == "2018"
    assert explicit("on 3 May 2020", None) == "2020-05-03"
    assert explicit("attacked the town yesterday", "2020-05-04") is None
    assert explicit("no date here", "2020-05-04") is None
