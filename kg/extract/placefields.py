"""Where a form-like report says its incident happened: the labelled field of an advisory, a police blotter, an
incident log or a database record ("Location: Djibo, Soum province", "Place of incident: Kwarbani village", "Area:
Ward 7, Lodhran Road, Multan").

Such reports give the place once, in a field of its own, and tell the incident in a sentence that names no place or
only a common noun ("armed men attacked a military camp"). The field's label says what its value is, whatever the
small model tags the name: the value up to the first comma, full stop, semicolon or line end is a place. An event
takes the nearest field written before it, or the record's only field. Token by token: kg.extract.places calls it
when the event's own sentence names no place.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.reading import per_token

# Nouns that label a place field, alone or with an "of" after them ("Place of incident:", "Location of attack:").
_LABELS = frozenset({"location", "place", "area", "scene", "venue", "site", "locality", "where"})
# Words a label may carry before its colon: "Place of incident", "Exact location", "Location (approx.)".
_LABEL_REACH = 4
# How many words of a field's value may name its place ("Ward 7, Lodhran Road, Multan": the first part).
_VALUE_REACH = 6
_VALUE_ENDS = frozenset({",", ".", ";", "(", ")", "-", "–", "—", "|"})


def _opens_line(tok: Token) -> bool:
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
        if tok.lower_ not in _LABELS or not tok.text[:1].isupper() or not _opens_line(tok):
            continue
        parts = _field_value(tok)
        head = _head(parts) if parts else None
        if head is not None:
            out.append(head)
    return out


def field_place(trigger: Token) -> Token | None:
    """The head of the place field written nearest before ``trigger``, else of the document's only place field."""
    fields = per_token(trigger.doc[0], "place fields", _fields)
    before = [t for t in fields if t.i < trigger.i]
    if before:
        return before[-1]
    return fields[0] if len(fields) == 1 else None
