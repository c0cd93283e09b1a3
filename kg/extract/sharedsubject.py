"""The subject two coordinated clauses share: "X carried out a strike and claimed it killed ...", "X was part of AQIM
..., and it took part in many attacks".  A coordinated verb with no subject of its own has its partner's, and an "it"
that opens a coordinated clause most often stands for the named subject of the clause before (kg.extract.coref).
"""

from __future__ import annotations

from spacy.tokens import Token


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the verb it is coordinated with when it has none of its own: "X carried out a
    strike and claimed it killed ..." -> X, the subject both verbs share."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject


def shared_subject(pronoun: Token) -> Token | None:
    """The named subject of the clause an "it" clause is coordinated with: "X was part of AQIM ..., and it took part in
    many attacks" -> X; None when the "it" is no subject of a coordinated clause or that clause has no named subject."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "conj" or verb.head.i > pronoun.i:
        return None
    subject = subject_of(verb.head)
    return subject if subject is not None and subject.pos_ == "PROPN" else None
