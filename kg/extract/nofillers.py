"""Phrases that say nobody or nothing was there to fill a role: negated quantities and bare counts.

"No civilians were harmed in the strike", "none of the passengers was hurt", "not a single soldier was killed"
state that nobody was hit; such a phrase is no target (nor doer) of the attack beside it.  A bare count ("killing
six", "at least 12 were killed") names nobody by itself: it stands for the noun it counts when the sentence wrote
that noun with the same number before it ("ambushed six soldiers ..., killing six"), else for nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.syntax import pobjs, says_none

# Heads that deny by themselves: "none of the civilians", "nobody", "no one".
_NOBODY_HEADS = frozenset({"none", "nobody", "noone"})
# Counting words of "not a single soldier", "not one civilian".
_NOT_ONE = frozenset({"single", "one"})


def negated_quantity(token: Token) -> bool:
    """True when the phrase headed by ``token`` is negated: determined by "no" ("no civilians"), headed by "none" /
    "nobody" / "no one", or opened by "not a single" / "not one".  A "No" inside a name ("the No Surrender Brigade")
    negates nothing."""
    if token.ent_type_ and token.ent_type_ not in ("CARDINAL", "NORP"):
        return False  # a name: "the No Surrender Brigade"
    lower = token.lower_
    if lower in _NOBODY_HEADS or lower == "one" and _after_no(token):
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in _NOBODY_HEADS:
        return True  # "none of the civilians": the civilians, of whom none was hit
    if says_none(token):
        return True  # not the "No" of a bounded count: "No fewer than 24 people were killed"
    left = [c for c in token.children if c.i < token.i]
    negated = any(c.dep_ == "neg" for c in left) or token.doc[token.left_edge.i].lower_ == "not"
    return negated and any(c.lower_ in _NOT_ONE for c in [token, *left])


def _after_no(token: Token) -> bool:
    return token.i > 0 and token.doc[token.i - 1].lower_ == "no"


def bare_count(token: Token) -> bool:
    """True for a number standing for what it counts: "killing six", "at least 12 were killed" (not "six of the
    passengers", which names them, nor "the six gunmen", which is a noun)."""
    return (token.pos_ == "NUM" or token.like_num) and token.dep_ != "nummod" and not pobjs(token, "of")


def counted_victims(token: Token) -> bool:
    """True for the victims a casualty verb counts: "killing 2", "12 were wounded"."""
    return (
        token.dep_ in ("dobj", "nsubjpass")
        and token.head.lemma_.lower() in ("kill", "wound", "injure", "maim", "leave")
        and not token.ent_type_ == "DATE"
    )


def counted_noun(number: Token) -> Token | None:
    """The noun an earlier phrase of the sentence counts with the same number as a bare count: "Gunmen ambushed six
    soldiers near Gao, killing six" -> soldiers; None when there is none."""
    sent = number.sent
    for token in reversed(number.doc[sent.start : number.i]):
        if token.dep_ == "nummod" and token.lower_ == number.lower_ and token.head.pos_ in ("NOUN", "PROPN"):
            return token.head
    return None


# What a fight cost: "suffered heavy losses trying to fight the army", "the casualties of the raid".
_TOLLS = frozenset({"loss", "losses", "casualty", "casualties", "death", "fatality", "injury", "toll"})


def toll(token: Token) -> bool:
    """True when ``token`` is a common noun of what a fight cost ("heavy losses", "casualties"): never its doer,
    which the parser sometimes makes the subject of a clause hung on it ("suffered heavy losses trying to fight")."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in _TOLLS
