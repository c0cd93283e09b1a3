"""Places written inside other phrases: the name after a local area word ("in vereda La Gurupera (Tarazá,
Antioquia)", "at kampung Sungai Lenggo", "in village Bhagwanpur") and the home of the people attacked ("beheaded three
residents of Nambwa village, Meluco district"), and the island or port named inside a facility's name ("the Das
island gas plant"). Token by token: kg.extract.places decides whether such a place is
where the event happened.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.phrases import PLACE_LABELS

# Prepositions a local area word and its name stand after: "in vereda X", "at kampung X", "near barangay X".
_BEFORE_AREA_WORD = frozenset({"in", "at", "near", "outside", "around", "inside", "of", "from"})
# Lower-case words inside a name: "Salah ad Din", "El Mirlo", "Kisali-Mulungu".
_JOINERS = frozenset({"-", "ad", "al", "el", "de", "del", "la", "las", "los", "da", "do", "dos", "wa", "'"})
# People attacked where they live: "residents of Nambwa village", "the villagers of Kotolo".
DWELLERS = frozenset({"resident", "villager", "inhabitant", "native"})


def area_word(tok: Token) -> Token | None:
    """The local area word written in lower case right before the name ``tok`` is the last word of, after a spatial
    preposition: "vereda" for "in vereda La Gurupera", "village" for "in village Bhagwanpur"; None otherwise (an area
    word with an article is an English noun phrase: "in the village Elders' council")."""
    doc = tok.doc
    if not tok.text[:1].isupper() or tok.ent_id_ or tok.like_num:
        return None
    if tok.i + 1 < len(doc) and _in_name(doc[tok.i + 1]):
        return None  # not the name's last word
    i = tok.i
    while i > 0 and _in_name(doc[i - 1]):
        i -= 1
    if i < 2 or i == tok.i + 1:
        return None
    word, prep = doc[i - 1], doc[i - 2]
    if word.lower_ not in lexicon.LOCAL_AREA_WORDS or not word.is_lower or prep.lower_ not in _BEFORE_AREA_WORD:
        return None
    return word


def _in_name(tok: Token) -> bool:
    text = tok.text
    return (
        (text[:1].isupper() and tok.is_alpha and not tok.is_stop)
        or (tok.lower_ in _JOINERS and tok.i > 0 and tok.doc[tok.i - 1].text[:1].isupper())
        or ("-" in text and text[:1].isupper())
    )


def dwelling_places(target: Token) -> list[Token]:
    """The place the people attacked are said to be of: "residents of Nambwa village" -> village, "the villagers of
    Kotolo" -> Kotolo, whatever the model tags the name (only a place has residents); not whose officials or members
    they are ("officials of Mali": no dwellers)."""
    if target.lemma_.lower() not in DWELLERS:
        return []
    return [
        p
        for c in target.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
        and not p.ent_id_
        and (p.ent_type_ in ("GPE", "LOC", "FAC") or p.pos_ == "PROPN" or p.lemma_.lower() in lexicon.ADMIN_AREAS)
    ]


def named_part(facility: Token) -> Token | None:
    """The named place noun compounded into a facility's name (issue 14, twenty-first pass): "struck tanks at the Das
    island gas plant" -> Das island; None for a facility named by no place ("the gas plant")."""
    for part in facility.children:
        if part.dep_ != "compound" or part.i > facility.i or part.lemma_.lower() not in _PART_NOUNS:
            continue
        if any(c.dep_ == "compound" and (c.ent_type_ in PLACE_LABELS or c.pos_ == "PROPN") for c in part.children):
            return part
    return None


# Place nouns a name of a place ends in that a facility's name may hold: "the Das island gas plant".
_PART_NOUNS = frozenset({"island", "peninsula", "port", "valley", "oasis", "bay"})
