"""Whom a pledge is made to when a relative clause strands its "to": "ISSP, whose leader he swore allegiance to", "the
emir he had pledged loyalty to", "the faction which they swore fealty to".

English fronts the object of a stranded preposition to the start of a relative clause, and the small model leaves the
"to" with no object (or takes the fronted phrase as the verb's direct object). What is pledged to is then what the
clause is about: the noun it hangs on ("ISSP" for "whose leader", "the emir" for a clause with no relative word).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon


def stranded_to(*tokens: Token) -> list[Token]:
    """The noun a relative clause is about when one of ``tokens`` (a loyalty noun, its verb) has a "to" with no
    object and the verb heads that clause; [] otherwise."""
    for token in tokens:
        if not any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and not list(c.children) for c in token.children):
            continue
        verb = token if token.dep_ == "relcl" else token.head
        if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
            continue
        fronted = [c for c in verb.children if c.i < verb.i and c.dep_ in ("dobj", "pobj", "npadvmod")]
        if any(f.lower_ not in lexicon.RELATIVE_PRONOUNS and not _whose(f) for f in fronted):
            continue
        return [verb.head]
    return []


def _whose(token: Token) -> bool:
    """ "whose leader": a phrase that belongs to the noun the clause hangs on."""
    return any(c.lower_ == "whose" for c in token.children)
