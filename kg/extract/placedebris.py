"""Words the small model takes into a place name or reads as one, and which are no place (issue 14, nineteenth
pass): a day or month read as a facility or a town ("on Easter Sunday" tagged FAC, "an offensive ... in October"),
and the words after a name that its entity span runs over ("near the settlements of Tetkino and Glushkovo" with
"Tetkino and" one entity, "near Pokrovsk eleven times", "the Liberation of Kaduma weeks earlier", "the Republic on
Thursday"). The first is a closed class of words (kg.extract.lexicon.TIME_WORDS and the months); the second is read
from the tokens' kinds: no name ends in a coordinator, a preposition, a number, a time adverb or a date.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract import lexicon

# The months by name (not their abbreviations: "Mar" or "Sept" may be a name's part).
_MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
})  # fmt: skip
# Parts of speech no place name ends in: "Tetkino and", "the Republic on", "Pokrovsk eleven", "Kaduma weeks earlier".
_NO_NAME_END = frozenset({"CCONJ", "ADP", "NUM", "ADV", "DET", "PUNCT", "SCONJ", "PART"})
# Marks a name never ends in: "Khartoum North," of "... Khartoum North, July 11, 2024".
_LOOSE_MARKS = frozenset({",", ";", ":", "-", "\u2013", "\u2014"})
# Entity labels of words after a name that its span ran over: "the Republic on Thursday".
_TIME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})


def time_named(tok: Token) -> bool:
    """True for a day, a feast, a month or a clock time standing where a place may: "struck ... churches in Sri Lanka
    on Easter Sunday" (Sunday tagged FAC), "since the army launched an offensive ... in October", "at 1140 GMT"."""
    lemma = tok.lemma_.lower()
    return lemma in lexicon.TIME_WORDS or (lemma in _MONTHS and not tok.is_lower and _dated(tok)) or _clock(tok)


# Marks written after a clock time: time zones and the half of the day ("at 1140 GMT", "at 9.30 A.M. (0530 GMT)").
_CLOCK_MARKS = frozenset({"gmt", "utc", "edt", "est", "cet", "cest", "bst", "a.m.", "p.m.", "am", "pm", "hrs"})


def _clock(tok: Token) -> bool:
    """True for a time zone or "a.m." after a clock time, which the model tags an organisation and wire copy puts
    after "at" (issue 14, twenty-first pass): "bombed the jetty at 1140 GMT", "shelled at 0830 local (0530 GMT)";
    a clock mark without a number before it ("AM" of a name) is left alone."""
    if tok.lower_ not in _CLOCK_MARKS or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    return before.like_num or any(c.dep_ == "nummod" for c in tok.children)


def _dated(month: Token) -> bool:
    """True when a capitalised month name is used as one: alone after "in"/"on"/"since", or with a day or year
    beside it ("in October", "on 3 May", "in May 2024"); not the first word of a name ("May Pen")."""
    if month.ent_type_ in ("DATE", "TIME"):
        return True
    after = month.nbor(1) if month.i + 1 < len(month.doc) else None
    return after is None or not (after.pos_ == "PROPN" and after.ent_type_ not in ("DATE", "TIME"))


def trimmed(span: Span, head: Token) -> Span:
    """``span`` without the words after ``head`` that no place name ends in: "Tetkino and" -> Tetkino, "Pokrovsk
    eleven" -> Pokrovsk, "Kaduma weeks earlier" -> Kaduma, "the Republic on Thursday" -> the Republic; a name that
    ends in a name ("Tal Abyad", "Jalalabad city") keeps its words."""
    end = span.end
    while end - 1 > head.i and _debris(span.doc[end - 1]):
        end -= 1
    return span if end == span.end else span.doc[span.start : end]


def _debris(tok: Token) -> bool:
    """True for a word after a place's head that is no part of its name: a lower-case coordinator, preposition,
    number, adverb or time word ("weeks"), or a date the entity span ran over ("on Thursday")."""
    if tok.ent_type_ in _TIME_LABELS or tok.lemma_.lower() in _MONTHS and tok.ent_type_ == "DATE":
        return True
    if tok.is_punct:
        return tok.text in _LOOSE_MARKS  # not the bracket that closes "Nam Hpat Kar (Mansi, Kachin)"
    if not tok.is_lower:
        return False
    return tok.pos_ in _NO_NAME_END or tok.lemma_.lower() in lexicon.TIME_WORDS
