"""Pledgers told by the clause around the pledge, and joinings told by a noun (issue 14, seventeenth pass), on the
probe passages of tests/probes_reported_pledgers.py: a pronoun pledger read as the speaker of its reported clause when
they agree (kg.extract.rules.pledgers), a pledge owned by a pronoun made by the subject that renews it, a joining told
by its noun when it is declared (kg.extract.rules.joinnouns); reporters who are not the pledger, undeclared joinings,
firms and unions stay as they were."""

from __future__ import annotations

import pytest
from helpers import KINDS, assert_all_found, events, numbered, role_strings, shown, stated
from probes_reported_pledgers import CUT_OFF, NEGATIVES, NOT_PLEDGERS, PROBES, SHOWN, TYPED

from kg.evaluate import matches

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("number", "text", "expected"), numbered(PROBES, {}), ids=[f"probe{i}" for i in range(len(PROBES))]
)
def test_pledgers_told_by_the_clause_and_joinings_told_by_a_noun(nlp, number, text, expected):
    assert_all_found(stated(events(nlp, text)), number, expected)


@pytest.mark.parametrize(
    ("number", "text", "expected"), numbered(SHOWN, {}), ids=[f"shown{i}" for i in range(len(SHOWN))]
)
def test_the_one_shown_in_a_video_pledges_not_the_video_nor_the_dateline(nlp, number, text, expected):
    assert_all_found(stated(events(nlp, text)), number, expected)


@pytest.mark.parametrize(
    ("number", "text", "expected"), numbered(CUT_OFF, {}), ids=[f"cut{i}" for i in range(len(CUT_OFF))]
)
def test_a_pledger_before_since_read_as_a_preposition(nlp, number, text, expected):
    assert_all_found(stated(events(nlp, text)), number, expected)


@pytest.mark.parametrize(
    ("number", "text", "expected"), numbered(TYPED, {}), ids=[f"typed{i}" for i in range(len(TYPED))]
)
def test_a_side_joined_typed_by_its_joiner_or_its_words(nlp, number, text, expected):
    assert_all_found(stated(events(nlp, text)), number, expected)


@pytest.mark.parametrize(("text", "reporter"), NOT_PLEDGERS, ids=[f"reporter{i}" for i in range(len(NOT_PLEDGERS))])
def test_a_reporter_the_pronoun_does_not_agree_with_is_no_pledger(nlp, text, reporter):
    found = [e for e in events(nlp, text) if e.type.value in KINDS["ALL"]]
    assert not any(matches(s, reporter) for e in found for s in role_strings(e.agents)), shown(found)


@pytest.mark.parametrize(("text", "kinds"), NEGATIVES, ids=[f"negative{i}" for i in range(len(NEGATIVES))])
def test_undeclared_joinings_firms_and_unions_are_no_pledge(nlp, text, kinds):
    found = [e for e in stated(events(nlp, text)) if any(e.type.value in KINDS[k] for k in kinds)]
    assert found == [], shown(found)
