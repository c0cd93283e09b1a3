"""DEFECTION and ALLEGIANCE told in the ways kg had no reading for (issue 14, seventh pass), on the probe passages of
tests/probes_switches.py: the political press's verbs of switching party, switch nouns, members of one armed side
joining another, leaders recognised as caliph, affiliations announced, pledges accepted; and the joinings, pledges,
transfers and recognitions that are none."""

from __future__ import annotations

import pytest
from helpers import KINDS, assert_all_found, events, numbered, shown, stated
from probes_switches import NEGATIVES, PROBES

pytestmark = pytest.mark.model

# Probes kg still gets wrong, each with the reason; strict, so a fix shows up as an unexpected pass.
KNOWN_MISSES = {
    5: "'now fights for X' on a former commander of Y is no frame kg reads (and 'former' alone says no leaving here)",
    10: "'rejoined the Congress' with no side left in the clause or the title: the BJP is only in the 'after' clause",
    23: "'fled with his unit to the rebel-held town' names a place, not a side: no side joined",
    29: "'before the Assam Rifles' is lost when 'along with 12 weapons' follows: the side joined is not read",
    30: "'resigned and joined the National Unity Government': a government is no side kg lets one defect to",
    32: "'announced his decision to part ways': the decision's holder is not read as the one who parts",
    44: "'rebranded as a branch of X' is no frame kg reads; the pledge in the 'after' clause is the leader's",
    45: "'the merger under the banner of X' is no frame kg reads",
    46: "'joined hands with' is left alone: it is closer to an alliance, which the guidelines exclude",
    48: "'is affiliated to' (stative) is left alone: an affiliation is a membership unless announced or pledged",
    62: "'the alliance' is named only in the next sentence (NATO), and 'alliance' is not joinable by itself",
    69: "'the Kamuina Nsapu movement': a movement is joinable only when called armed",
    70: "'which they joined': the relative pronoun object of 'joined' is not resolved to the Forces",
    77: "the parser makes 'Commanders' a modifier and '13th Division' the subject of 'joined'",
}


@pytest.mark.parametrize(
    ("number", "text", "expected"),
    numbered(PROBES, KNOWN_MISSES),
    ids=[f"probe{i}" for i in range(len(PROBES))],
)
def test_switches_and_pledges_told_in_real_styles(nlp, number, text, expected):
    assert_all_found(stated(events(nlp, text)), number, expected)


@pytest.mark.parametrize(("text", "kinds"), NEGATIVES, ids=[f"negative{i}" for i in range(len(NEGATIVES))])
def test_transfers_talks_money_and_recognitions_are_no_switches_or_pledges(nlp, text, kinds):
    found = [e for e in stated(events(nlp, text)) if any(e.type.value in KINDS[k] for k in kinds)]
    assert found == [], shown(found)
