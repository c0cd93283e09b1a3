"""Where "there" points: the place named last before it ("In 2017 the remaining fighters were bussed to Idlib. Most
of its members are believed to have joined Hay'at Tahrir al-Sham there").

A report names a place once and takes it up again with "there" on the verb of a later deed. The place is the last
place entity (GPE, LOC or FAC, not a group's name) written before the word, in its sentence or the two before in
its paragraph; a sentence that opens elsewhere ("Separately, ...") stops the walk back, and a sentence that defines a
place ("Tovi is a village in the Morani hills") gives the place it defines, not the area it names after.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import roles
from kg.extract.actors import Actors
from kg.extract.defined import defining
from kg.extract.placeafter import shifts_scene
from kg.extract.reading import reading_of
from kg.extract.toponyms import NOT_PLACES, PLACE_LABELS, known_place, toponym
from kg.models import EntityKind, Mention

# Sentences looked back through for the place "there" points to.
_REACH = 2


def there_place(trigger: Token, actors: Actors) -> Mention | None:
    """The place "there" on the verb of ``trigger`` (or on the trigger itself) points to, or None."""
    verb = trigger if trigger.pos_ in roles.VERB_POS else roles.governor(trigger)
    words = [c for v in {trigger, verb} if v is not None for c in v.children]
    there = next((c for c in words if c.lower_ == "there" and c.dep_ == "advmod"), None)
    if there is None:
        return None
    reading = reading_of(trigger.doc)
    number = reading.number(trigger)
    for sent in reversed(reading.spans[max(0, number - _REACH) : number + 1]):
        defined = defining(sent) if sent.end <= there.i else None
        if defined is not None:
            return actors.place(defined)  # "Tovi is a village in the Morani hills. ... attacked the post there": Tovi
        for tok in reversed([t for t in sent if t.i < there.i]):
            if _place(tok, actors):
                return actors.place(tok)
        if shifts_scene(sent):
            return None
    return None


def _place(tok: Token, actors: Actors) -> bool:
    """True for the last word of a place's name that is no group's: a place entity, or a name GeoNames knows or the
    document places, whatever the small model tagged it ("moved by bus to Jarablus", Jarablus tagged ORG)."""
    doc = tok.doc
    if tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I":
        return False
    if tok.ent_id_:
        return actors.gaz.entities[tok.ent_id_].kind is EntityKind.STATE and tok.ent_type_ in PLACE_LABELS
    if tok.ent_type_ in PLACE_LABELS:
        return True
    return tok.pos_ == "PROPN" and tok.ent_type_ not in NOT_PLACES and (toponym(tok) or known_place(_name(tok)))


def _name(tok: Token) -> str:
    """The words of the name ``tok`` ends: the entity it closes, else itself and its compound names."""
    if tok.ent_type_:
        start = tok.i
        while start > 0 and tok.doc[start].ent_iob_ == "I":
            start -= 1
        return tok.doc[start : tok.i + 1].text
    first = min([tok.i] + [c.i for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"])
    return tok.doc[first : tok.i + 1].text
