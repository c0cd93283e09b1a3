"""Violence named without an incident (issue 14, tenth pass), on tests/probes_no_attack.py: threats guarded against,
plots of fiction, foiled attempts, untrue claims, what a law permits and missile tests give no asserted
attack; the incidents told in the same words are still found."""

from __future__ import annotations

import pytest
from helpers import KINDS, events, shown, stated
from probes_no_attack import FOUND, NEGATIVES

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", NEGATIVES, ids=[f"negative{i}" for i in range(len(NEGATIVES))])
def test_violence_named_without_an_incident(nlp, text):
    found = [e for e in stated(events(nlp, text)) if e.type.value in KINDS["A"]]
    assert found == [], shown(found)


@pytest.mark.parametrize(("text", "kind"), FOUND, ids=[f"found{i}" for i in range(len(FOUND))])
def test_incidents_told_in_the_same_words(nlp, text, kind):
    found = [e for e in stated(events(nlp, text)) if e.type.value in KINDS[kind]]
    assert found, text
