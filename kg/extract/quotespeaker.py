"""Who "I" and "we" are inside a quotation: the speaker the sentence attributes the quotation to.

A report quotes a fighter or a group in their own words ('"I left the Islamic State because its leaders killed
innocent people," Haroon told reporters', 'The commander said: "We pledge allegiance to the emir"'); the first
person of the quotation is the speaker, the subject of the reporting verb the quotation hangs on, before or after
it.  A first person outside a quotation, or in a quotation no reporting clause of its sentence claims (a quote
standing alone, a second sentence of a long quotation), stays unresolved: nothing says who speaks.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.reading import reading_of
from kg.extract.syntax import ATTRIBUTING

# First-person pronouns that can fill a role: the speaker as doer ("I", "we"), as the one done to ("me", "us") or as
# the owner of a deed noun ("my defection", "our attack").
FIRST_PERSON = frozenset({"i", "me", "we", "us", "my", "our"})  # "my defection": the speaker's too

# Verbs that attribute a quotation to their subject: the attributions of reports (syntax.ATTRIBUTING) and the
# verbs of speaking a quotation is told with.
QUOTING = ATTRIBUTING | {
    "reply", "declare", "explain", "insist", "write", "recall", "recount", "shout", "proclaim", "vow", "warn", "claim",
    "respond", "continue", "note", "boast", "admit",
}  # fmt: skip

_QUOTES = frozenset({'"', "\u201c", "\u201d"})
# How far up the parse a first person may sit below the verb that quotes it.
_DEPTH = 8


def quotation(token: Token) -> tuple[int, int] | None:
    """The token indices (open mark, close mark) of the quotation around ``token`` within its sentence, the close
    mark being the sentence's end when the quotation runs on; None when ``token`` is not inside a quotation."""
    sent = reading_of(token.doc).sentence(token)
    marks = [t.i for t in sent if t.text in _QUOTES]
    before = [i for i in marks if i < token.i]
    if len(before) % 2 == 0:
        return None
    after = [i for i in marks if i > token.i]
    return before[-1], after[0] if after else sent.end


def quote_speaker(pronoun: Token) -> Token | None:
    """The head of the speaker a quoted first-person pronoun stands for: the subject of the first verb above it, in
    the parse, that lies outside the quotation and attributes speech ('"We pledge allegiance," the commander said'
    -> commander).  None for any other word, outside a quotation, when the clause the quotation hangs on is no
    reporting clause, or when its speaker is itself in the first person."""
    if pronoun.lower_ not in FIRST_PERSON:
        return None
    span = quotation(pronoun)
    if span is None:
        return None
    start, end = span
    verb = pronoun.head
    for _ in range(_DEPTH):
        if not start < verb.i < end:
            break
        if verb.head is verb:
            return None
        verb = verb.head
    else:
        return None
    if verb.lemma_.lower() not in QUOTING:
        return None
    speaker = next((c for c in verb.children if c.dep_ == "nsubj" and not start < c.i < end), None)
    if speaker is None or speaker.lower_ in FIRST_PERSON:
        return None
    return speaker
