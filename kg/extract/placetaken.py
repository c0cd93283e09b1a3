"""Where men gave up in a story of a place taken: the place taken. "Fighters of the M23 seized the town of
Kiwanja-Rutshuru in eastern Congo ... An army officer and about 40 soldiers crossed over to the rebels during the
battle": Kiwanja-Rutshuru; "The KIA captured the military's headquarters at Mansi ... About 70 soldiers surrendered":
Mansi; "Fighters of the Taliban entered Herat ..., and the commander who had led the city's defence surrendered to
them": Herat.

A garrison surrenders, deserts or crosses over where its post or town falls, and wire copy, releases and bulletins
tell the fall first and the surrender a few sentences later with no place of its own; the story's nearest place before
it is then as often an air strike's village nearby or the region the town is in. So for a change of side whose own
sentence names no place, the place a verb of taking in that sentence or the few before it (same paragraph) acts on
comes before the story's earlier places. Read by kg.extract.places.location for DEFECTION only.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract import lexicon, roles
from kg.extract.actors import Actors
from kg.extract.namekinds import NOT_PLACES
from kg.extract.placechain import first_place
from kg.extract.reading import reading_of
from kg.extract.toponyms import PLACE_LABELS, is_named, named_inside, person_named, toponym
from kg.models import Mention

# Verbs whose object is a place taken by force or entered by a side: "seized the town of X", "entered Herat".
_TAKING = lexicon.RETAKING_VERBS | {"capture", "seize", "take", "enter", "storm"}
# Sentences looked back through (the surrender's own included).
_REACH = 4


def taken_place(sent: Span, actors: Actors) -> Mention | None:
    """The place taken in ``sent`` or the nearest of the sentences before it in its paragraph that tells one: the named
    place (or the name inside the place noun) a verb of taking acts on; None when none does."""
    reading = reading_of(sent.doc)
    number = reading.number(sent[0])
    later = sent
    for before in reversed(reading.spans[max(0, number - _REACH) : number + 1]):
        if before is not later and "\n\n" in roles.text_between(before, later):
            return None  # a new paragraph: another story's town
        place = _taken_in(before)
        if place is not None:
            return actors.place(first_place(place))
        later = before
    return None


def _taken_in(sent: Span) -> Token | None:
    """The first named place a verb of taking in ``sent`` acts on: "seized the town of X", "captured the headquarters
    at Mansi", "entered Herat"."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _TAKING:
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            place = _named(obj)
            if place is None and obj.lemma_.lower() in lexicon.FACILITY_NOUNS:
                # "captured the headquarters at Mansi", the "at" hung on the verb and Mansi tagged a person
                sites = roles.pobjs(obj, "at", "in") + roles.pobjs(verb, "at", "in")
                place = next((p for p in sites if _site_name(p)), None)
            if place is not None:
                return place
    return None


def _site_name(tok: Token) -> bool:
    """True for the name of the place a facility taken is at, whatever the model tagged it, but no person's name the
    document gives and no gazetteer actor."""
    return tok.pos_ == "PROPN" and not tok.ent_id_ and not person_named(tok) and tok.ent_type_ not in NOT_PLACES


def _named(tok: Token) -> Token | None:
    """``tok``, or the name inside it, when it is a named place (not a state or group kg's gazetteer knows)."""
    place = named_inside(tok)
    if place.ent_id_ or not (place.ent_type_ in PLACE_LABELS or toponym(place) or is_named(place)):
        return None
    return place if place.pos_ == "PROPN" or place.ent_type_ in PLACE_LABELS else None
