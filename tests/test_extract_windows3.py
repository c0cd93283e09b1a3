"""A relative clause on a description of a name (issue 14, session 12): "the X Front, a Congo-based group that
pledged allegiance to Islamic State" and the description alone. The probe set tests/probes_windows3.py is checked in
tests/test_extract_window_probes.py."""

from __future__ import annotations

import pytest

from kg.extract import extract_one
from kg.models import Document, EventType

pytestmark = pytest.mark.model


@pytest.mark.xfail(
    strict=True,
    reason="the name before the description is the doer of its relative clause only by an apposition rule that cost "
    "stress4's articles agent F1 (0.823 -> 0.810); the gold data accepts the description too",
)
def test_a_relative_clause_on_a_description_of_a_name_is_the_named_group(nlp):
    text = (
        "Police blamed the Ruwenzori Defence Front, a Congo-based group that pledged allegiance to Islamic State in "
        "2019."
    )
    pledges = [e for e in extract_one(Document("probe", text), nlp=nlp).events if e.type is EventType.ALLEGIANCE]
    assert [m.span.text for e in pledges for m in e.agents] == ["the Ruwenzori Defence Front"]


def test_a_description_without_a_name_stays_the_doer(nlp):
    text = "A Congo-based group that pledged allegiance to Islamic State in 2019 claimed the attack."
    pledges = [e for e in extract_one(Document("probe", text), nlp=nlp).events if e.type is EventType.ALLEGIANCE]
    assert [m.span.text for e in pledges for m in e.agents] == ["A Congo-based group"]
