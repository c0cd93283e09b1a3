"""Section headings of a web page flattened to text, read as page furniture (:mod:`kg.extract.furniture`).

An encyclopaedic or government page split into records keeps its section headings without a full stop, glued to
the sentence after them: "Relations with the Islamic State In March 2015, Abubakar Shekau pledged allegiance ...",
"Death of Shekau In May 2021, ISWAP fighters overran ...", "Background The group was formed in 2011 by ...",
"...insurgency.[7] Attacks In November 2017, gunmen ...".  The parser then made "Relations" or "Death" the doer and
"Attacks" a trigger.  A heading is recognised by its shape, never its words: a short run of words without a verb
that starts where a sentence may start, followed by a capital that opens a sentence of its own, either a
preposition before a date ("In March 2015,", "During 2013,") or a determiner or pronoun ("The group", "Its", "He").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

_MAX_WORDS = 6
# Prepositions that open a sentence on a date: "In March 2015,", "On 30 October,", "During 2013,", "By mid-2016".
_DATE_OPENERS = frozenset({"in", "on", "during", "by", "since", "after", "until", "from", "between", "throughout"})
_MONTHS = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "early",
        "late", "mid", "the",
    }
)  # fmt: skip
_YEAR = re.compile(r"(?:1[89]|20)\d\d(?:s)?$|\d{1,2}$")
# Words that open a sentence about the subject of the section: "The group", "Its fighters", "It", "He".
_OPENERS = frozenset({"the", "its", "it", "this", "these", "they", "he", "she", "his", "her", "their"})
# Words a heading may hold between its capitalised words: "Relations with the Islamic State", "Death of Shekau".
_GLUE = frozenset({"of", "with", "in", "and", "the", "to", "for", "on", "against", "from", "by", "a", "an"})
_STOPS = frozenset({".", "!", "?", "]", ")", "|", ":"})
_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD", "VBN", "VBG"})


def headings(doc: Doc, starts: set[int]) -> Iterator[Span]:
    """Every heading glued to the sentence after it; ``starts`` are tokens where furniture ends (a sentence may
    start there)."""
    i = 0
    while i < len(doc):
        if _may_open(doc, i, starts):
            end = _heading_end(doc, i)
            if end is not None:
                yield doc[i:end]
                i = end
                continue
        i += 1


def _may_open(doc: Doc, i: int, starts: set[int]) -> bool:
    """A heading starts the text, or follows a sentence's stop, a footnote mark or other furniture."""
    return i == 0 or i in starts or doc[i - 1].text in _STOPS


def _heading_end(doc: Doc, start: int) -> int | None:
    """The end of a heading that starts at ``start``: the capital that opens the next sentence, reached through at
    most six words of a heading's shape ("Death of Shekau", "Civil war", "Relations with the Islamic State")."""
    if not doc[start].is_title or doc[start].lower_ in _OPENERS | _DATE_OPENERS:
        return None
    for i in range(start + 1, min(len(doc) - 1, start + _MAX_WORDS + 1)):
        token = doc[i]
        if _opens_sentence(token) and doc[i - 1].lower_ not in _GLUE:
            return i
        if not _heading_word(token):
            return None
    return None


def _heading_word(token: Token) -> bool:
    """A word a heading is made of: alphabetic, no verb, capitalised or a small function word."""
    if not token.is_alpha or token.tag_ in _VERB_TAGS:
        return False
    return token.is_title or token.is_lower


def _opens_sentence(token: Token) -> bool:
    """A capital that opens a sentence: a preposition before a date ("In March 2015"), or a determiner or pronoun
    ("The group", "Its fighters", "He")."""
    if not token.is_title or token.i + 1 >= len(token.doc):
        return False
    word, after = token.lower_, token.doc[token.i + 1]
    if word in _DATE_OPENERS:
        return after.lower_.rstrip(".") in _MONTHS or bool(_YEAR.match(after.text))
    return word in _OPENERS and after.is_lower  # not a title-case headline's "Houthis Say They Fired Drones"
