"""Where a form-like report says its incident happened: the labelled field of an advisory, a police blotter, an
incident log or a database record ("Location: Djibo, Soum province", "Place of incident: Kwarbani village", "Area:
Ward 7, Lodhran Road, Multan"), and the dated header of an incident summary or a log entry, a date and then the place
("14/02/2025 — Munich, Germany.", "Incident summary, 30 July 2023, Khar, Bajaur district.", "22/04/2025, Gwoza LGA:
during a distribution ...").

Such reports give the place once, in a field of its own, and tell the incident in a sentence that names no place or
only a common noun ("armed men attacked a military camp"). The field's label says what its value is, whatever the
small model tags the name: the value up to the first comma, full stop, semicolon or line end is a place. An event
takes the nearest field written before it, or the record's only field. Token by token: kg.extract.places calls it
when the event's own sentence names no place.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.extract.reading import per_token

# Nouns that label a place field, alone or with an "of" after them ("Place of incident:", "Location of attack:").
_LABELS = frozenset({"location", "place", "area", "scene", "venue", "site", "locality", "where"})
# Words a label may carry before its colon: "Place of incident", "Exact location", "Location (approx.)".
_LABEL_REACH = 4
# How many words of a field's value may name its place ("Ward 7, Lodhran Road, Multan": the first part).
_VALUE_REACH = 6
_VALUE_ENDS = frozenset({",", ".", ";", "(", ")", "-", "–", "—", "|"})


def opens_line(tok: Token) -> bool:
    """True for a word at the start of the text, of a line, or right after a full stop or a field's end."""
    if tok.i == 0:
        return True
    prev = tok.doc[tok.i - 1]
    return "\n" in prev.text_with_ws or prev.is_space or prev.text in (".", "|", ";", "•") or bool(tok.is_sent_start)


def _field_value(label: Token) -> list[list[Token]] | None:
    """The parts of the value of the field ``label`` opens, split at its commas, or None when ``label`` opens no
    field."""
    doc = label.doc
    colon = next((t for t in doc[label.i + 1 : label.i + 1 + _LABEL_REACH] if t.text == ":"), None)
    if colon is None:
        return None
    between = doc[label.i + 1 : colon.i]
    if any(not (t.is_alpha or t.text in ("(", ")", ".")) or "\n" in t.text_with_ws for t in between):
        return None
    if len(between) and between[0].lower_ not in ("of", "("):
        return None  # "the place where it happened: ..." is prose
    parts: list[list[Token]] = [[]]
    for t in doc[colon.i + 1 : colon.i + 1 + _VALUE_REACH * 2]:
        if t.text == ",":
            parts.append([])
            continue
        if t.text in _VALUE_ENDS or t.is_space:
            break
        parts[-1].append(t)
        if "\n" in t.text_with_ws:
            break
    parts = [p for p in parts if p]
    return parts or None


def _head(parts: list[list[Token]]) -> Token | None:
    """The word a field's value is about: the last name or noun of its first part that is a name and no number
    ("Kwarbani village" -> village, "Tessit, Gao region" -> Tessit, "Ward 7, Lodhran Road, Multan" -> Road)."""
    for words in parts:
        if any(t.like_num for t in words):
            continue  # "Ward 7", "Km 12": a number in a street or a ward, the town comes after
        # the label says what the value is, whatever the tagger made of its words ("Location: Tessit", an adjective)
        names = [t for t in words if t.text[:1].isupper() and t.is_alpha and not t.is_stop]
        if not names:
            continue
        nouns = [t for t in words if t.i > names[-1].i and t.pos_ == "NOUN"]
        return nouns[-1] if nouns else names[-1]
    return None


def _fields(first: Token) -> list[Token]:
    """The heads of the place fields' values of the document of ``first``, in text order."""
    doc: Doc = first.doc
    out = []
    for tok in doc:
        if tok.lower_ not in _LABELS or not tok.text[:1].isupper() or not opens_line(tok):
            continue
        parts = _field_value(tok)
        head = _head(parts) if parts else None
        if head is not None:
            out.append(head)
    return out


def header_place(sent: Span) -> Token | None:
    """The head of the place of the dated header ``sent`` opens with ("14/02/2025 — Munich, Germany.", "22/04/2025,
    Gwoza LGA: during a distribution ..."), or None. Such a header is an incident summary's or a log entry's scene, as
    a dateline is a story's: kg.extract.places reads it for the events of its own sentence and of the sentences after
    it that name no place."""
    parts = _dated_value(_header_opener(sent)) if len(sent) else None
    head = _head(parts) if parts else None
    return _apart_from_date(head, parts[0][0]) if head is not None and parts else None


def _header_opener(sent: Span) -> Token:
    """The first word of the dated header ``sent`` belongs to: its own first word, or the date of the sentence before
    when the parser cut the header after its mark ("05/01/2025 —" | "Bama, Borno." | "Thirty-five fighters ...")."""
    doc = sent.doc
    first = sent[0]
    if first.i < 2 or doc[first.i - 1].text not in _DATE_ENDS:
        return first
    before = doc[first.i - 1].sent
    if all(_date_word(t) or t.text in _DATE_ENDS or t.is_space for t in before):
        return before[0]
    return first


# A date written in figures: "14/02/2025", "14/05", "2025-02-14".
_FIGURE_DATE = re.compile(r"\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$")
# Words a dated header may open with before its date: "Incident summary, 30 July 2023, Khar, ...".
_HEADER_REACH = 3
# Marks between a header's date and its place.
_DATE_ENDS = frozenset({",", "-", "–", "—", "|"})


def _apart_from_date(head: Token, first: Token) -> Token | None:
    """``head``, or a name of its value that the parser did not join to the header's date: "Dikwa" of "09/03/2024,
    Dikwa LGA:" where the parse hangs the date on "LGA" (read whole, the place would carry the date); ``head`` too
    when it is the name the date and its mark hang on ("03/09/2024 | Jolo, Sulu.": the place's phrase leaves them
    out, after_header_date); None when every name is joined to it ("12/03/2024 — Guerrero")."""
    if head.left_edge.i >= first.i or after_header_date(head.doc[head.left_edge.i : head.i + 1]) == first.i:
        return head
    names = [t for t in head.doc[first.i : head.i] if t.pos_ == "PROPN" and t.left_edge.i >= first.i]
    return names[-1] if names and names[-1].head.i == head.i else None


def after_header_date(span: Span) -> int | None:
    """The index of the first word after the date and the mark of a header that ``span`` opens with ("03/09/2024 |
    Jolo" -> Jolo, "14/02/2025 — Tarnowka"), or None: a place's phrase, read from its left modifiers, never carries
    its header's date."""
    doc = span.doc
    i = span.start
    while i < span.end and _date_word(doc[i]):
        i += 1
    dated = i > span.start or (i > 0 and _date_word(doc[i - 1]))  # "26/03/2024 | Besham": the date left out already
    if not dated or i + 1 >= span.end or doc[i].text not in _DATE_ENDS:
        return None
    return i + 1


def _date_word(tok: Token) -> bool:
    return tok.ent_type_ == "DATE" or bool(_FIGURE_DATE.match(tok.text))


def _dated_value(opener: Token) -> list[list[Token]] | None:
    """The parts of the place of a dated header opening at ``opener``, split at its commas: a date, a comma or a dash,
    and a verbless run of words up to a colon, a full stop or the line's end ("14/02/2025 — Munich, Germany.",
    "22/04/2025, Gwoza LGA: during ..."), after at most a few words and a comma ("Incident summary, 30 July 2023, Khar,
    ..."); None for a date that opens prose ("14 May, troops attacked ...") or a log's "04/07/2019: Assailants opened
    fire"."""
    doc = opener.doc
    start = opener
    if not _date_word(opener):
        comma = next((t for t in doc[opener.i : opener.i + _HEADER_REACH + 1] if t.text == ","), None)
        if comma is None or comma.i + 1 >= len(doc) or not _date_word(doc[comma.i + 1]):
            return None
        if any(t.pos_ in ("VERB", "AUX") or "\n" in t.text_with_ws for t in doc[opener.i : comma.i]):
            return None
        start = doc[comma.i + 1]
    end = start.i
    while end + 1 < len(doc) and _date_word(doc[end + 1]) and "\n" not in doc[end].text_with_ws:
        end += 1
    if end + 1 >= len(doc) or doc[end + 1].text not in _DATE_ENDS:
        return None
    parts: list[list[Token]] = [[]]
    for t in doc[end + 2 : end + 2 + _VALUE_REACH * 2]:
        if t.text in (":", ".", ";", "(", "|") or t.is_space:
            break
        if t.pos_ in ("VERB", "AUX") or _date_word(t):
            return None  # "14 May, troops attacked ...": prose; "2014, January: ...": a timeline's date, no place
        if t.text == ",":
            parts.append([])
            continue
        parts[-1].append(t)
        if "\n" in t.text_with_ws:
            break
    else:
        return None  # no end within reach: not a header
    parts = [p for p in parts if p]
    return parts or None


def field_place(trigger: Token) -> Token | None:
    """The head of the place field written nearest before ``trigger``, else of the document's only place field."""
    fields = per_token(trigger.doc[0], "place fields", _fields)
    before = [t for t in fields if t.i < trigger.i]
    if before:
        return before[-1]
    return fields[0] if len(fields) == 1 else None
