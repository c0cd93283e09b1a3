"""Parses of wire sentences the small model gets wrong in ways the grammar rules out, and the fillers read anyway
(issue 14, the lead's new-user articles in session 17).  Sentences written for these tests; none is taken from a
gold set."""

from __future__ import annotations

import pytest
from helpers import agent_texts, attacks_told, target_texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "doer", "not_doer"),
    [
        # "opened" hung on "working": a past tense is no conjunct of a participle, so the gunmen opened fire
        (
            "The gunmen, who arrived on motorcycles, rounded up the farmers working in rice fields near Kwatandashi "
            "village and opened fire, said Babakura Kolo, a leader of the local vigilante group.",
            "The gunmen",
            "the farmers",
        ),
        (
            "The attackers, who wore army uniforms, herded the men working at the gold mine near Tinzaouat into a "
            "pit and opened fire, a local official said.",
            "The attackers",
            "the men",
        ),
    ],
)
def test_a_past_tense_joined_to_a_participle_continues_the_clause(nlp, text, doer, not_doer):
    found = attacks_told(nlp, text)
    assert doer in agent_texts(found)
    assert not_doer not in agent_texts(found)


def test_a_participle_and_its_own_conjunct_keep_their_noun(nlp):
    """Two participles joined ("looting ... and setting fire"): both are the fighters', as the parse says."""
    text = "Residents described fighters looting shops and setting fire to houses in Mbalo."
    assert agent_texts(attacks_told(nlp, text)) == {"fighters"}


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("Gunmen shot dead two policemen in Kano on Sunday.", "two policemen"),
        ("Militants stopped a bus near Garissa and shot dead six passengers.", "six passengers"),
    ],
)
def test_shot_dead_leaves_dead_out_of_the_victims(nlp, text, victims):
    targets = target_texts(attacks_told(nlp, text))
    assert victims in targets
    assert f"dead {victims}" not in targets
