"""Round-ups told place by place: "Borno: On 10 June, ISWAP fighters raided a military base ... Zamfara: Bandits
abducted 30 villagers ...", "Gusau: Bandits attacked Tungar Kwana ... Tsafe: Residents reported that troops ... Anka:
The bandit commander Alhaji Shingi and 40 of his boys laid down arms".

Weekly security round-ups, digests and country briefs give each item under a place and a colon, on a line of its
own or run on after the item before. The label is the scene of what its section tells (kg.extract.places reads it
for an event whose own sentence names no place, and no earlier sentence's place carries past it), and two sections
tell two items (kg.extract.incidents never merges mentions of two sections). A section runs from its label to the
next label or the paragraph's end.

A label is a place when the gazetteer knows it or the small model tags it one; a field's label ("Location:",
"Date:") is kg.extract.placefields', a speaker's ("HOST:") or a heading's ("Background:") no place. A timeline's dated
entries ("2013 – TPF fighters attack a police station in Kimbe" over "2015 – The TPF pledges allegiance to ...") are
items too: no place carries from one entry into the next (kg.extract.placeafter.shifts_scene).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.extract.placefields import opens_line
from kg.extract.reading import per_token
from kg.extract.toponyms import known_place

# How many words a place label may have: "Borno", "Kaduna State", "North Darfur", "Lower Shabelle region".
_LABEL_WORDS = 4
_PLACE_TAGS = frozenset({"GPE", "LOC"})
# A timeline entry's date and the mark after it: "2015 –", "14 June 2016:".
_DATE_WORDS = 4
_ENTRY_MARKS = frozenset({"–", "—", "-", ":"})
_YEAR = re.compile(r"(?:1[89]|20)\d\d$")
_MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
})  # fmt: skip


def _label_words(first: Token) -> Span | None:
    """The words of the label opening at ``first`` up to its colon, or None when no label opens there."""
    doc = first.doc
    if not opens_line(first):
        return None
    colon = next((t for t in doc[first.i : first.i + _LABEL_WORDS + 1] if t.text == ":"), None)
    if colon is None or colon.i == first.i:
        return None
    words = doc[first.i : colon.i]
    if any(not (t.is_alpha or t.text == "-") or not t.text[:1].isupper() and t.text != "-" for t in words):
        return None
    if any("\n" in t.text_with_ws for t in words):
        return None
    return words


def _is_place(words: Span) -> bool:
    if any(t.ent_type_ == "PERSON" for t in words) and not known_place(words.text):
        return False
    return known_place(words.text) or all(t.ent_type_ in _PLACE_TAGS for t in words)


def _labels(first: Token) -> list[tuple[int, Token | None]]:
    """(token index, head of the place or None) of every label of the document of ``first``, in text order: a label
    that names no place still ends the section before it."""
    doc: Doc = first.doc
    out: list[tuple[int, Token | None]] = []
    for tok in doc:
        words = _label_words(tok)
        if words is not None:
            out.append((tok.i, words[-1] if _is_place(words) else None))
    return out


def section_starts(doc: Doc) -> frozenset[int]:
    """The character offsets at which the place-labelled sections of ``doc`` open."""
    if not len(doc):
        return frozenset()
    return frozenset(doc[i].idx for i, head in per_token(doc[0], "section labels", _labels) if head is not None)


def opens_section(sent: Span) -> bool:
    """True for a sentence that opens with a place label ("Tsafe: Residents reported that ...") or a timeline's dated
    entry ("2015 – The TPF pledges allegiance to ...", "14 March: Troops retook ..."): a new item, whose place is no
    earlier item's."""
    if len(sent) < 2:
        return False
    words = _label_words(sent[0])
    return (words is not None and _is_place(words)) or _dated_entry(sent[0])


def _dated_entry(first: Token) -> bool:
    """True when a line opens at ``first`` with a date and a dash or a colon: "2015 – ...", "March 2016: ...", "14
    June — ..."."""
    if not opens_line(first):
        return False
    doc = first.doc
    for tok in doc[first.i : first.i + _DATE_WORDS + 1]:
        if tok.text in _ENTRY_MARKS:
            return tok.i > first.i
        if not (tok.ent_type_ == "DATE" or _YEAR.match(tok.text) or tok.lower_ in _MONTHS):
            return False
    return False


def section_place(sent: Span) -> Token | None:
    """The head of the place label whose section holds ``sent``: the label the sentence opens with, else the latest
    label before it in its paragraph, if that label names a place."""
    doc = sent.doc
    labels = per_token(doc[0], "section labels", _labels) if len(doc) else []
    before = [(i, head) for i, head in labels if i <= sent.start]
    if not before:
        return None
    i, head = before[-1]
    if "\n\n" in doc[i : sent.start].text:
        return None  # the paragraph that followed the section ended it
    return head
