"""DEFECTION's roles in the styles of real text (issue 14, sixth pass): the side left given only by a former title,
the side joined by where the defector went, defectors as counts, appositions, relatives, passives and pronouns, and
surrender against capture, arrest, resignation and joining without leaving (tests/probes_defections.py)."""

from __future__ import annotations

import pytest
from helpers import events
from probes_defections import DEFECTIONS, NOT_DEFECTIONS
from test_extract_sides_real import _check, _events

from kg.models import EventType

pytestmark = pytest.mark.model

DEF = EventType.DEFECTION


@pytest.mark.parametrize(("text", "agent", "target", "to", "place"), DEFECTIONS)
def test_defectors_and_their_sides(nlp, text, agent, target, to, place):
    _check(nlp, text, DEF, agent, target, to, place)


@pytest.mark.parametrize("text", NOT_DEFECTIONS)
def test_surrender_to_police_capture_resignation_and_titles_alone_are_no_defections(nlp, text):
    assert not _events(nlp, text, DEF)


@pytest.mark.parametrize(
    "text",
    [
        "Last month a senior commander of the Jaysh al-Fath, Yusuf Adam Dhore, defected to the Somali government "
        "and handed himself over to troops in Baidoa.",
        "Two officers of the Kataib Sayyid al-Amin deserted to the army and surrendered to soldiers at a post near "
        "Tel Hadiya.",
    ],
)
def test_one_change_of_side_told_by_two_verbs_is_one_event(nlp, text):
    # The side joined is named once and then as a plain noun ("troops", "soldiers"): no named side disagrees,
    # so the two verbs tell one incident (sameincident.compatible).
    assert len(_events(nlp, text, DEF)) == 1, _events(nlp, text, DEF)


# Defections counted of no one are a population, as "defectors" alone is (guidelines: generic populations are no
# event); a defection of someone, or of a side, stays one.
@pytest.mark.parametrize(
    "text",
    [
        "Defections in both directions have been common in the nine-year war.",
        "Desertions rose sharply over the winter, commanders complained.",
    ],
)
def test_defections_of_no_one_are_no_event(nlp, text):
    assert not events(nlp, text, EventType.DEFECTION), text


@pytest.mark.parametrize(
    "text",
    [
        "Defections from the 17th Division have weakened the government's hold on Raqqa.",
        "His defection to the rebels was announced on Sunday.",
        "A wave of defections has hit the governing alliance since the budget vote.",
    ],
)
def test_defections_of_someone_stay_events(nlp, text):
    assert events(nlp, text, EventType.DEFECTION), text
