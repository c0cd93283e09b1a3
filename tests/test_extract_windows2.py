"""Attributions that are only guesses, and fire from a place, in wire windows (issue 14): an open question names no
doer where a statement does; "rocket fire from Gaza" names no doer where "fire from government forces" does. The
probe set tests/probes_windows2.py is checked in tests/test_extract_window_probes.py."""

from __future__ import annotations

import pytest
from helpers import attacks_told, role_strings

from kg.evaluate import matches

pytestmark = pytest.mark.model


def test_an_open_question_names_no_doer_and_a_statement_does(nlp):
    told = "Gunmen killed five farmers near Maiduguri on Sunday. Police said "
    guess = attacks_told(nlp, told + "it was not known if the attackers belonged to Boko Haram.")
    said = attacks_told(nlp, told + "the attackers belonged to Boko Haram.")
    assert not any(matches(s, "Boko Haram") for e in guess for s in role_strings(e.agents)), role_strings(
        guess[0].agents
    )
    assert any(matches(s, "Boko Haram") for e in said for s in role_strings(e.agents)), [
        role_strings(e.agents) for e in said
    ]


def test_fire_from_a_place_names_no_doer_and_fire_from_forces_does(nlp):
    place = attacks_told(nlp, "Rocket fire from Gaza hit the town of Sderot on Monday.")
    forces = attacks_told(nlp, "Artillery fire from government forces hit the town of Kafr Nabl on Monday.")
    assert [role_strings(e.agents) for e in place] == [[]]
    assert [role_strings(e.agents) for e in forces] == [["government forces", "government forces"]]
