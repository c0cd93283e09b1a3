"""The scene a monitoring note gives in parentheses after whatever its sentence ends on: "... announced their
allegiance to the Presidential Leadership Council and joined the Shabwa Defence Forces (Ataq, Shabwa).", "... clashed
with the army at the checkpoint (Kunduri, Dosso, Niger)".

Monitoring notes write an incident's place as a town and its areas in parentheses; most hang them on the town
(toponyms.monitor_place reads "Kyauk Kyi (Bago region)"), but some hang them on the last words of the sentence, a
group's name or a common noun. The parentheses then hold only names: two to four parts split by commas, each a run of
title-case words that are no actor's, the last an area that a place entity names or GeoNames knows as a first-level
division or a country (the town itself need not be known: the held-out notes' villages are not). Their first part is
the town. Read by kg.extract.places for an event whose own sentence names no place.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract import lexicon
from kg.extract.namekinds import actor_word
from kg.extract.placeshapes import name_word
from kg.extract.toponyms import PLACE_LABELS, known_area

# How many comma-separated parts a note's parenthesised place has: "(Ataq, Shabwa)", "(Kunduri, Dosso, Niger)".
_PARTS = (2, 4)
# Words that may join a part's name: "Norte de Santander", "Lanao del Sur".
_JOINERS = frozenset({"de", "del", "al", "el", "la", "-"})


def parenthesised_scene(sent: Span) -> Span | None:
    """The town of the parenthesised place list of ``sent`` ("Ataq" of "(Ataq, Shabwa)"), or None
    when it has none, or the list stands after a place that holds it already ("Kyauk Kyi (Bago region)")."""
    doc = sent.doc
    for open_ in (t for t in sent if t.text == "("):
        close = next((t for t in doc[open_.i + 1 : min(open_.i + 16, sent.end)] if t.text == ")"), None)
        if close is None or open_.i == sent.start:
            continue
        parts = _parts(doc[open_.i + 1 : close.i])
        if parts is None or not _PARTS[0] <= len(parts) <= _PARTS[1]:
            continue
        if not _area(parts[-1]):
            continue
        if _placed_before(doc[open_.i - 1]):
            continue  # "Kamba (Dosso, Niger)", "the Garin Dadi settlement (Gujba, Yobe)": the place is before
        return parts[0]
    return None


def _placed_before(word: Token) -> bool:
    """True when the word before the parentheses ends a place the areas belong to: a place entity, a place or facility
    noun ("the Garin Dadi settlement (Gujba, Yobe)"), or a name that is no gazetteer actor's and ends on no group's word
    ("Akpata-Ugboju (Otukpo, Benue)", whatever the small model tagged it; not "the Shabwa Defence Forces (...)")."""
    if word.ent_type_ in PLACE_LABELS or word.lemma_.lower() in _PLACE_WORDS:
        return True
    return word.pos_ == "PROPN" and not word.ent_id_ and not actor_word(word)


_PLACE_WORDS = lexicon.FACILITY_NOUNS | lexicon.ADMIN_AREAS | lexicon.SETTLEMENT_NOUNS


def _area(part: Span) -> bool:
    """True for a part a place entity names or GeoNames knows as a first-level division or a country ("Khyber
    Pakhtunkhwa", "Galguduud"); not any name GeoNames has a hamlet of ("Hassan, Abdi": two people)."""
    return any(t.ent_type_ in PLACE_LABELS for t in part) or known_area(part.text)


def _parts(inside: Span) -> list[Span] | None:
    """The comma-separated names of a parenthesis's words, or None when any part is no name."""
    doc = inside.doc
    parts: list[Span] = []
    start = inside.start
    for i in range(inside.start, inside.end + 1):
        if i == inside.end or doc[i].text == ",":
            part = doc[start:i]
            if not len(part) or not name_word(part[0]) or not all(name_word(t) or t.lower_ in _JOINERS for t in part):
                return None
            parts.append(part)
            start = i + 1
    return parts
