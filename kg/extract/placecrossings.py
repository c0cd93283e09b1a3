"""The line or zone a defector crossed: "defected to the South by swimming across the Han River estuary", "a soldier
went over to the South via the Joint Security Area", "crossed the military demarcation line in the Cheorwon sector".

A defection across a front is told by what was crossed, and that is where it happened; the small model tags such
names EVENT, ORG or nothing ("the Joint Security Area") and the tail of a line rarely carries a place tag, so
kg.extract.places read none of them.  What is crossed is the object of "cross" or of "via"/"across" on the verbs of
the defection that is a line, a zone, a border or a river with a name or a word saying which one ("the military
demarcation line"), the named area after it preferred ("in the Cheorwon sector"); a town passed through ("via
Idlib") is not read.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from kg.extract import roles
from kg.extract.actors import Actors
from kg.models import Mention

# Nouns of what a defector crosses to go over.
_LINES = frozenset({"line", "zone", "border", "frontier", "boundary", "dmz", "river", "strait", "sea"})
_NOT_CROSSED = frozenset({"PERSON", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY"})


def crossed_place(trigger: Token, actors: Actors) -> Mention | None:
    """The line or zone crossed by the verb of the defection ``trigger`` or a verb beside it, or None; read last, when
    neither the defection's story nor its paragraph names another place (kg.extract.placescene.fill_scenes): a border
    named by its side ("crossed the Syrian border") is a weaker place than a town an earlier sentence names."""
    verb = trigger if trigger.pos_ in roles.VERB_POS else roles.governor(trigger)
    if verb is None:
        return None
    verbs = [verb, *(v for v in verb.children if v.pos_ in roles.VERB_POS), verb.head]
    place = _crossed_by(verbs)
    return actors.place(place) if place is not None else None


def _crossed_by(verbs: Iterable[Token]) -> Token | None:
    for verb in verbs:
        crossed = roles.pobjs(verb, "via", "across")
        if verb.lemma_.lower() == "cross":
            crossed += [c for c in verb.children if c.dep_ == "dobj"]
        for tok in crossed:
            place = _crossed(tok)
            if place is not None:
                return place
    return None


def _crossed(tok: Token) -> Token | None:
    if tok.ent_id_ or tok.ent_type_ in _NOT_CROSSED:
        return None  # "crossed over to the Taliban": a side, not a line
    if tok.lemma_.lower() not in _LINES:
        return None  # "fled to Turkey via Idlib": a town passed through, not a front crossed
    # "the military demarcation line in the Cheorwon sector": the named area the line is crossed in
    inner = [p for p in roles.pobjs(tok, "in", "near", "at") if p.pos_ == "PROPN" or p.ent_type_ in ("GPE", "LOC")]
    inner += [c for p in roles.pobjs(tok, "in", "near", "at") for c in p.children if c.dep_ == "compound"]
    named = [p for p in inner if p.pos_ == "PROPN" and not p.ent_id_]
    if named:
        return named[0].head if named[0].dep_ == "compound" else named[0]
    if not any(c.pos_ in ("PROPN", "ADJ") or c.dep_ == "compound" for c in tok.children):
        return None  # "crossed the border": which border, the text does not say
    return tok
