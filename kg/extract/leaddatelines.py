"""Datelines left inside the lead sentence: a place of filing in capitals that the sentence splitter did not part
from the story, so the parser read it as the lead's subject.

The splitter (:func:`kg.extract.nlp.line_sentences`) parts "BAGHDAD (Reuters) -" and "MOGADISHU, Somalia -" from the
story. Copy also names its source in words ("EL FASHER, Sudan (Reuters-style) —", "SANAA (Saba, Houthi-run) —",
"CULIACÁN, Sinaloa (translated from the Spanish) —") or sets the dateline after a title on the same line ("The
peacekeepers' long goodbye. BAMAKO — When ..."); the parser then makes the town the subject of the lead's verb and the
story's real subject its apposition: "EL FASHER, Sudan (Reuters-style) — Fighters of the RSF stormed ..." read with
EL FASHER as the doer.  The splitter is a pipeline component the learned detector's features depend on, so the
dateline is read here, where the roles are filled, not re-split: its words fill no role and name no antecedent, and a
role the parser gave to it goes to the story's word the parser hung on it after the dash.  A time of day set before the
lead's subject is read the same way ("on Monday, at about 10.15 WIT, an armed group shot at ...": the parser's subject
"WIT", the group its apposition).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg.extract.reading import per_sentence
from kg.extract.syntax import first

_DASHES = frozenset({"-", "--", "\u2013", "\u2014", "\u2015"})
# A dateline's place, its region and its source: this many words at most before the dash.
_MAX_WORDS = 20
_ACTOR_LABELS = frozenset({"ORG", "NORP", "PERSON"})
# Words a time of day is written with after its figures: units and the zones reports give.
_HOURS = frozenset({"hrs", "hours", "hr", "h"})
_TIME_UNITS = _HOURS | frozenset(
    {"a.m.", "p.m.", "am", "pm", "gmt", "utc", "wit", "wib", "wita", "ist", "eat", "wat", "cat"}
)
# Units and zones a four-figure time of day is written with: "0630 hours", "0200 GMT" (wire copy's universal time).
_FOUR_FIGURE_UNITS = _HOURS | frozenset({"gmt", "utc"})
_CLOCK = re.compile(r"^\d{1,2}[.:]\d{2}$")
# A dateline opens the document or follows its title: it starts within this many tokens of the document's start.
_LEAD = 24
# A dash closing an apposition comes within this many tokens of the one that opened it.
_PAIRED = 14


def unread(token: Token) -> tuple[int, int] | None:
    """(start, dash) of the capitals dateline ``token`` lies in, when the splitter left it inside its sentence; None
    for any other token."""
    found = per_sentence(token, "unread_dateline", _find)
    return found if found is not None and found[0] <= token.i < found[1] else None


def story_word(token: Token) -> Token | None:
    """The word a role given to ``token`` belongs to: ``token`` itself outside an unread dateline; inside one, the
    story's word the parser hung on it after the dash (its apposition, "SANAA (Saba) — US aircraft launched", or a
    second subject of its verb, "PORT-AU-PRINCE (AP-style) — Kenyan police officers came under fire"), else None.  A
    time of day ("at about 10.15 WIT", "At 06.40 hrs") gives its role to the apposition after it, else to nobody."""
    if clock_time(token):
        return first(c for c in token.children if c.dep_ == "appos" and c.i > token.i)
    span = unread(token)
    if span is None:
        return token
    dash = span[1]
    later = first(c for c in token.children if c.dep_ in ("appos", "conj") and c.i > dash)
    if later is None and token.dep_ in ("nsubj", "nsubjpass"):
        later = first(c for c in token.head.children if c.dep_ == token.dep_ and c.i > dash)
    return later


def clock_time(token: Token) -> bool:
    """True for a time of day: "06.40 hrs", "about 10.15 WIT", "0630 hours", "12:02 a.m.", "at 0200 GMT" (its unit or
    zone with the figures before it); not "03:41 - Jordanian jets", a live blog's stamp on the doers' own phrase."""
    if token.lower_ not in _TIME_UNITS:
        return False
    figures = [c.text for c in token.children if c.dep_ == "nummod" and c.i < token.i]
    if token.i > 0 and token.doc[token.i - 1].like_num:
        figures.append(token.doc[token.i - 1].text)  # "at 0200 GMT" parsed as two objects of "at", GMT an organisation
    return any(_CLOCK.match(f) or (len(f) == 4 and f.isdigit() and token.lower_ in _FOUR_FIGURE_UNITS) for f in figures)


def _find(sent: Span) -> tuple[int, int] | None:
    """The first unread dateline of ``sent``: at the document's start, or after its title ("The peacekeepers' long
    goodbye. BAMAKO —"), within its first :data:`_LEAD` tokens; not a name set off by a pair of dashes ("KLF — a
    splinter of the Kiru Front — stormed the post")."""
    doc = sent.doc
    item = _past_item_mark(sent)  # a digest's item opens with its own dateline wherever it stands
    starts = [item] + [t.i + 1 for t in sent[:-1] if t.text == "." and t.i + 1 < sent.end]
    bulletin = _bulletin_start(sent)
    for start in (s for s in starts[:2] if s <= _LEAD or s == item > sent.start or s == bulletin):
        dash = _dash_after(doc[start], sent.end)
        if dash is not None and not any(_spaced_dash(t) for t in doc[dash + 1 : min(dash + _PAIRED, sent.end)]):
            return start, dash
    return None


def _past_item_mark(sent: Span) -> int:
    """Where ``sent`` starts after the mark of a list's item: "3) KORVAN - ...", "(2) MARSA - ...", "4. KIDAL - ..."
    in a wire digest, or after the row of dashes a wire round-up sets between its bulletins ("- - - - KORVAN - ...")."""
    words = [t.text for t in sent[:3]]
    if len(words) >= 2 and words[0].isdigit() and words[1] in (")", "."):
        return sent.start + 2
    if len(words) == 3 and words[0] == "(" and words[1].isdigit() and words[2] == ")":
        return sent.start + 3
    start = sent.start
    while start < sent.end - 1 and sent.doc[start].text in _DASHES and sent.doc[start].whitespace_:
        start += 1
    return start if start - sent.start >= 2 else sent.start


def _bulletin_start(sent: Span) -> int | None:
    """The start of ``sent`` when it follows a full stop inside a line: a wire round-up runs its bulletins on, each
    opened by its own place of filing ("... ended the talks. KORVAN - Rebel gunmen shot ..."), wherever it stands in
    the text.  None for a sentence that opens the text or a line (a line's dateline is the splitter's)."""
    start = sent.start
    if start == 0 or sent.doc[start - 1].text not in (".", "!", "?") or "\n" in sent.doc[start - 1].whitespace_:
        return None
    return start


def _spaced_dash(token: Token) -> bool:
    return (
        token.text in _DASHES and bool(token.whitespace_) and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
    )


def _dash_after(first_word: Token, stop: int) -> int | None:
    """Index of the spaced dash that ends a dateline opening at ``first_word`` ("EL FASHER, Sudan (Reuters-style) —"):
    a place in capitals, then capitals, title-case words, figures and commas, and a source in parentheses whatever its
    words; None when prose, a colon or a line break comes first, or when the capitals are an actor's name."""
    doc = first_word.doc
    if not (first_word.is_alpha and first_word.is_upper) or (
        first_word.ent_type_ in _ACTOR_LABELS and first_word.ent_id_
    ):
        return None
    nxt = doc[first_word.i + 1] if first_word.i + 1 < len(doc) else None
    if len(first_word) < 3 and not (nxt is not None and nxt.is_alpha and nxt.is_upper):
        return None  # "EL FASHER", not "IS" or "AN"
    depth = 0
    for i in range(first_word.i + 1, min(first_word.i + _MAX_WORDS, stop)):
        token = doc[i]
        if "\n" in token.text or token.text == ":":
            return None
        if token.text in ("(", ")"):
            depth += 1 if token.text == "(" else -1
            continue
        if depth > 0:
            continue  # the source, in any words: "(translated from the Spanish)", "(Reuters-style)"
        if _spaced_dash(token):
            return i
        if not (token.is_punct or token.is_title or token.is_upper or token.is_digit or token.lower_ == "of"):
            return None
    return None
