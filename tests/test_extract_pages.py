"""Defections, pledges, battles, retaliations and lists of attacks on encyclopaedic and official pages (issue 14),
on the probe passages of tests/probes_pages.py, and the designations, sanctions, calls, rebrandings and programmes
such pages are full of."""

from __future__ import annotations

import pytest
from helpers import KINDS, assert_all_found, events, numbered, shown, stated
from probes_pages import NEGATIVES, PROBES

pytestmark = pytest.mark.model

# Probes kg still gets wrong, each with the reason; strict, so a fix shows up as an unexpected pass.
KNOWN_MISSES = {
    11: "the small model tags 'Bakura Doro' ORG, so the later 'he' finds no person to stand for",
    26: "'a war between' is not a trigger: a war as a whole is no incident by the guidelines, and the noun is rare",
    33: "'sank a patrol boat' is not a trigger",
    47: "the small model tags no entity on 'The Shariat Jamaat', so 'The group' has no named antecedent",
    54: "'the infighting pitted X against Y' is no frame kg reads (and 'infighting' is no trigger)",
}


@pytest.mark.parametrize(
    ("number", "text", "expected"),
    numbered(PROBES, KNOWN_MISSES),
    ids=[f"probe{i}" for i in range(len(PROBES))],
)
def test_the_page_tells_its_events_with_both_sides(nlp, number, text, expected):
    assert_all_found(stated(events(nlp, text)), number, expected)


@pytest.mark.parametrize(("text", "kinds"), NEGATIVES, ids=[f"negative{i}" for i in range(len(NEGATIVES))])
def test_designations_rebrandings_calls_and_programmes_are_no_events(nlp, text, kinds):
    found = [e for e in stated(events(nlp, text)) if any(e.type.value in KINDS[k] for k in kinds)]
    assert found == [], shown(found)
