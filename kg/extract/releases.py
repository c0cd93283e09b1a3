"""The formulas of military releases that name a side only through the repelling of an attack.

General-staff and ministry bulletins tell the day's fighting as attacks beaten off: "Ukrainian defenders repelled 14
attacks", and as often in the passive, "all attacks were repulsed by our defenders", "An attack by the enemy near
Lysivka was repelled by units of the 47th Brigade". Whoever beat an attack off was its target, when the attack is
first told by the repelling (not "the attack" told before, which keeps the targets told with it: the team's
convention, tests/test_extract_attack.py).

Read by :func:`kg.extract.patients.noun_target`.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.fillers import can_fill
from kg.extract.syntax import children, is_passive, pobjs

# Determiners by which an attack is one told before: "the attack", "this assault" ("all attacks" are new ones).
_TOLD = frozenset({"the", "this", "that", "these", "those"})


def repellers(noun: Token, verb: Token) -> list[Token]:
    """Who beat off the attack ``noun`` that the repelling ``verb`` governs: the active subject ("Troops repelled an
    attack"), or the passive's "by" agent ("all attacks were repulsed by our defenders"); none for an attack told
    before."""
    if any((c.dep_ == "det" and c.lower_ in _TOLD) or c.dep_ == "poss" for c in noun.children):
        return []
    if noun.dep_ == "dobj" and not is_passive(verb):
        return [t for t in children(verb, "nsubj") if can_fill(t, doer=False)]
    if noun.dep_ == "nsubjpass" and is_passive(verb):
        return [t for t in pobjs(verb, "by") if can_fill(t, doer=False)]
    return []
