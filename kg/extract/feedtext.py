"""The debris web feeds leave in a story's text, repaired before the tokenizer, with a map from every character
of the repair back to the document's own text (AG News-style items, docs/EXTRACTION.md).

A feed that lost the "&" of its HTML entities writes "Iraq #39;s interim government" (an apostrophe, with a space
where the "&" was), " quot;We will fight, quot; he said" (quotes), "AT amp;T", "#36;5 million" (a dollar sign) and
its markup as "lt;b gt;...lt;/b gt;" or "lt;A HREF=...gt;Full story lt;/A gt;"; one that flattened its line breaks
leaves a backslash between two words ("dwindling\\band"); wire copy wrapped at a fixed width breaks its lines inside
sentences ("fighters loyal to" at a line's end, "exiled President Hadi" on the next), which the tokenizer and the
parser read as two sentences.  Read as written, "#39;s" is a word of its own ("39;s fledgling security forces" was a
target), "Sudan #39;s Darfur region" no possessive and "lt;b gt;Truck bomb" a doer.

:func:`repaired` gives the text spaCy reads: each entity becomes its character, closed up on the word it belongs to
("Iraq's", "AT&T", 'said "We'), each tag nothing and each break (a flattened one or a wrap) a space, with no run of
spaces left in their place (spaCy makes a run of spaces a token of its own, which the tagger and the parser then read
as a word).  Each character of the repair knows the characters of the document it stands for, so the spans kg finds
on it are mapped back (:func:`restored`): "Iraq's fledgling security forces" -> "Iraq #39;s fledgling security
forces", and every role string and offset kg gives is the document's own text.  Clean text has none of these
sequences and is read as it is (tests/test_extract_feedtext.py runs the repair on every other fixture).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, fields, is_dataclass, replace
from functools import lru_cache
from typing import Any

from kg.models import Document, Extraction, Span

# A backslash between words, where feeds that flattened a story's line breaks left one ("fighters in eastern
# Congo\\attacked the town"): the tokenizer would make the two words one.
_FLATTENED_BREAK = re.compile(r"(?<=[^\s\\])\\(?=[A-Za-z])")

# Named entities a feed's text uses (a closed class); numeric ones ("#39;", "#36;", "#151;") are read by number.
_NAMES = ("quot", "amp", "apos", "nbsp", "lt", "gt", "mdash", "ndash", "hellip", "lsquo", "rsquo", "ldquo", "rdquo")

# A tag whose "<" and ">" lost their "&": "lt;b gt;", "lt;/b gt;", "lt;A HREF=\"http://...\"gt;", "lt;p/gt;".
_TAG = r"(?P<tglue> )?(?<![\w&])lt;/?[A-Za-z][^\n]{0,400}?gt;"
# An entity that lost its "&", with the space the feed put in its place ("Iraq #39;s") and the letters after it.
_ENTITY = rf"(?P<glue> )?(?<![\w&#])(?P<body>#\d{{2,5}}|{'|'.join(_NAMES)});(?P<word>[A-Za-z]*)"
_DEBRIS = re.compile(rf"(?P<tag>{_TAG})|{_ENTITY}")
# Quick test for text that may hold debris: most text has none of these and is returned as it is.
_MAY_HOLD = re.compile(rf"(?:#\d{{2,5}}|{'|'.join(_NAMES)});|\\|[a-z,]\n[a-z]|[a-z]\n[A-Z]")

# A line break inside a sentence of wire copy wrapped at a fixed width ("fighters loyal to\nexiled President Hadi",
# "had\nrejoined Taliban"): the tokenizer makes the break a token of its own, and the parser then reads the two halves
# as two sentences. A single break between a lower-case word (or a comma) and a lower-case word is such a wrap, and
# so is one after a word that cannot end a line of its own ("to", "the", "had") whatever follows.
_WRAP = re.compile(r"(?<=[a-z,])\n(?=[a-z])|(?<=[a-z])\n(?=[A-Z])")
_OPEN_ENDED = frozenset({
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "had", "has", "have",
    "was", "were", "is", "are", "as", "into", "that", "its", "their", "his", "her",
})  # fmt: skip

# Characters that close up on the word before them: "Iraq #39;s" -> "Iraq's", "AT amp;T" -> "AT&T".
_JOINING = frozenset("'\u2019&")
_QUOTES = frozenset("\"'\u2018\u2019\u201c\u201d")


@dataclass(frozen=True)
class Repaired:
    """The text spaCy reads for a document's ``text``, and where each of its characters comes from: character ``i``
    of ``text`` stands for the document's characters ``sources[i][0]`` to ``sources[i][1]`` (end exclusive)."""

    text: str
    sources: tuple[tuple[int, int], ...] | None = None  # None: the document's text as it is

    def original(self, start: int, end: int, document: str) -> tuple[int, int]:
        """The document's offsets for the span ``start``-``end`` of this text, without the spaces at its ends:
        "Iraq's" -> "Iraq #39;s", '"We will fight,"' -> 'quot;We will fight, quot;'."""
        if self.sources is None or start >= end:
            return start, end
        first, last = self.sources[start][0], self.sources[end - 1][1]
        while first < last and document[first].isspace():
            first += 1
        while last > first and document[last - 1].isspace():
            last -= 1
        return first, last


def readable(text: str) -> str:
    """The text spaCy reads for ``text``: feed debris repaired (see the module)."""
    return repaired(text).text


@lru_cache(maxsize=64)
def repaired(text: str) -> Repaired:
    """``text`` with its feed debris repaired, and where each character of the repair comes from."""
    if not _MAY_HOLD.search(text):
        return Repaired(text)
    chars: list[str] = []
    sources: list[tuple[int, int]] = []
    done = 0
    for match in _DEBRIS.finditer(text):
        mended = _mended(match, text)
        if mended is None:
            continue
        start, end = match.span()
        for i in range(done, start):
            chars.append(text[i])
            sources.append((i, i + 1))
        for char, source in mended:
            chars.append(char)
            sources.append(source)
        done = end
    for i in range(done, len(text)):
        chars.append(text[i])
        sources.append((i, i + 1))
    out = _unwrapped(_FLATTENED_BREAK.sub(" ", "".join(chars)))
    if out == text:
        return Repaired(text)
    return Repaired(out, tuple(sources))


def _unwrapped(text: str) -> str:
    """``text`` with the line breaks of a fixed-width wrap made spaces (each break one space: no offset moves)."""
    return _WRAP.sub(lambda m: " " if _wrapped(text, m.start()) else "\n", text)


def _wrapped(text: str, i: int) -> bool:
    """True when the single line break at ``i`` is a wrap inside a sentence, not a paragraph's or a title's end."""
    if text[i + 1].islower():
        return True  # "in\nrecent weeks", "Shia militias,\nwho"
    start = text.rfind(" ", 0, i) + 1
    return text[start:i] in _OPEN_ENDED  # "loyal to\nPresident Hadi", "had\nRejoined": a word no line ends on


def _mended(match: re.Match[str], text: str) -> list[tuple[str, tuple[int, int]]] | None:
    """The characters one piece of debris becomes, each with the document's characters it stands for: a tag
    becomes nothing, with the space before it when a space or the end follows ("bomb lt;/b gt; kills" -> "bomb
    kills", "said. lt;b gt;..." -> "said. ..."); an entity its character, closed up on the word before it when that
    is how it is written ("Iraq's", "AT&T", 'fight,"') or on the word after it ('said "We', "for $5"); None for a
    sequence that is no entity."""
    start, end = match.span()
    if match["tag"] is not None:
        spaced = end == len(text) or text[end].isspace()
        return [] if spaced or not match["tglue"] else [(" ", (start, start + 1))]
    glue = match["glue"] is not None
    char = html.unescape(f"&{match['body']};")
    if len(char) != 1 or not char.isprintable():
        return None
    word = match["word"]
    body_start = start + (1 if glue else 0)
    after_space = start == 0 or text[start - 1].isspace()  # "said  quot;We": the second space was the "&"
    closes = char in _JOINING or (char in _QUOTES and not word)
    if glue and (after_space or closes):
        entity = (start, end - len(word))  # the space the feed wrote for the "&" goes with the entity
        out = []
    else:
        entity = (body_start, end - len(word))
        out = [(" ", (start, start + 1))] if glue else []
    out.append((char, entity))
    out += [(letter, (end - len(word) + i, end - len(word) + i + 1)) for i, letter in enumerate(word)]
    return out


def restored(extraction: Extraction, document: Document) -> Extraction:
    """``extraction``, made on the repaired text of ``document``, with every span mapped back to the document's own
    text (its offsets, and its text where the span was a slice of the repaired text) and the document itself."""
    fixed = repaired(document.text)
    if fixed.sources is None:
        return extraction
    return replace(_restore(extraction, fixed, document.text), document=document)


def _restore(value: Any, fixed: Repaired, text: str) -> Any:
    if isinstance(value, Span):
        start, end = fixed.original(value.start, value.end, text)
        sliced = value.text == fixed.text[value.start : value.end]
        mapped = Span(start, end, text[start:end] if sliced else value.text)
        return value if mapped == value else mapped
    if isinstance(value, tuple):
        return tuple(_restore(item, fixed, text) for item in value)
    if is_dataclass(value) and not isinstance(value, (type, Document)):
        changes = {f.name: _restore(getattr(value, f.name), fixed, text) for f in fields(value) if f.init}
        changed = {k: v for k, v in changes.items() if v is not getattr(value, k)}
        return replace(value, **changed) if changed else value
    return value
