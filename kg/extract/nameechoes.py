"""One name, one reading across a document: a name the small model tagged in one sentence and missed in another.

The statistical NER reads each name in its context, and the same words come out an entity in one sentence and
nothing in the next: "Lake Region Volunteers" is an ORG as a page's title and nothing in "The Lake Region Volunteers
(LRV) were a pro-government militia" under it, so coreference counts the group once and "Its fighters" goes to
another group the page names. A writer means one thing by one name in one text, so every untagged occurrence of the
words of a name tagged elsewhere in the document takes that name's label, unless the document tags the words two
ways. Names the gazetteer's ruler read carry its key and are matched wherever they are written already.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

# Labels of names an occurrence takes: actors and places.
_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "NORP", "FAC"})
# Small words inside a name: "Army of Conquest", "Ansar al-Sharia", "Hay'at Tahrir al-Sham".
_INNER = frozenset({"of", "al", "el", "the", "and", "for", "de", "du", "-", "'s", "’s", "bin", "ibn"})
# A one-word name shorter than this is too likely a word of another kind ("Bo", "Ali" at a sentence's start).
_SHORTEST = 4


def _words(ent: Span) -> tuple[str, ...] | None:
    """The words of the name ``ent``, without a leading "the", or None for a name that is no name's words."""
    tokens = list(ent)
    if tokens and tokens[0].lower_ == "the":
        tokens = tokens[1:]
    if not tokens or not tokens[0].text[:1].isupper() or not tokens[-1].text[:1].isupper():
        return None
    if any(not (t.text[:1].isupper() or t.lower_ in _INNER) for t in tokens):
        return None
    if len(tokens) == 1 and len(tokens[0].text) < _SHORTEST:
        return None
    if ent.label_ == "PERSON" and any(t.is_upper and len(t) > 1 for t in tokens):
        return None  # "SPLA-IO" read as a person: an acronym is the model's slip, not a name to spread
    return tuple(t.text for t in tokens)


@Language.component("kg_name_echoes")
def name_echoes(doc: Doc) -> Doc:
    """Tag each untagged occurrence of a name tagged elsewhere in ``doc`` (module docstring)."""
    readings: dict[tuple[str, ...], set[str]] = {}
    for ent in doc.ents:
        words = _words(ent) if ent.label_ in _LABELS and not ent.ent_id_ else None
        if words is not None:
            readings.setdefault(words, set()).add(ent.label_)
    names = {words: labels.pop() for words, labels in readings.items() if len(labels) == 1}
    if not names:
        return doc
    tagged = {t.i for ent in doc.ents for t in ent}
    firsts: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(names, key=len, reverse=True):
        firsts.setdefault(words[0], []).append(words)
    echoes: list[Span] = []
    i = 0
    while i < len(doc):
        found = next((w for w in firsts.get(doc[i].text, ()) if _written_at(doc, i, w, tagged)), None)
        if found is None:
            i += 1
            continue
        echoes.append(Span(doc, i, i + len(found), label=names[found]))
        i += len(found)
    if echoes:
        doc.ents = sorted([*doc.ents, *echoes], key=lambda s: s.start)
    return doc


def _written_at(doc: Doc, start: int, words: tuple[str, ...], tagged: set[int]) -> bool:
    """True when ``words`` are written at ``start``, untagged, as a whole name (no capitalised word runs on into it
    on either side: "Sedi" inside "Lower Sedi" is no echo of "Sedi")."""
    end = start + len(words)
    if end > len(doc) or tuple(t.text for t in doc[start:end]) != words:
        return False
    if any(i in tagged for i in range(start, end)):
        return False
    return not (start > 0 and _joins(doc[start - 1], before=True)) and not (end < len(doc) and _joins(doc[end]))


def _joins(tok: Token, *, before: bool = False) -> bool:
    """True when ``tok``, the word right before (``before``) or after an occurrence, makes it part of a longer name:
    a capitalised word inside a sentence ("Lower Sedi") or a hyphen ("Kachhi-Bolan")."""
    if tok.text in ("-", "–"):
        return True
    capital = tok.text[:1].isupper() and tok.is_alpha and tok.lower_ != "the"
    return capital and not (before and tok.is_sent_start)
