"""Wire windows (issue 14): talk and trials about attacks tell no event (tests/probes_windows.py's NEGATIVES), and an
army's word of its own soldiers is no claim. The probe sets' events, doers and counts are checked in
tests/test_extract_window_probes.py."""

from __future__ import annotations

import pytest
from helpers import attacks_told, role_strings
from probes_windows import NEGATIVES

from kg.extract import extract_one
from kg.models import Document, Modality

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", NEGATIVES, ids=[f"negative{i}" for i in range(len(NEGATIVES))])
def test_talks_and_trials_about_attacks_are_no_events(nlp, text):
    events = [
        e
        for e in extract_one(Document("probe", text), nlp=nlp).events
        if e.modality is Modality.ASSERTED and not e.negated
    ]
    assert events == [], [(e.type.value, role_strings(e.agents), role_strings(e.targets)) for e in events]


def test_an_army_word_of_its_soldiers_is_no_claim(nlp):
    text = (
        "MAIDUGURI, Nigeria (Reuters) - Militants attacked a checkpoint near Bama on Monday, killing three soldiers, "
        "residents said. The army said its soldiers had killed 15 militants in the fighting that followed."
    )
    attack = next(e for e in attacks_told(nlp, text) if "a checkpoint" in role_strings(e.targets))
    assert not {"The army", "Nigeria"} & set(role_strings(attack.agents)), role_strings(attack.agents)
