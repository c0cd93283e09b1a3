"""Aircraft called in against a target: "Apache gunships were called in twice that afternoon against firing points in
the tree line", "the platoon called in air support on the compound".

A force under fire calls in aircraft or air strikes, and they strike what they were called in against: an air strike
by the aircraft (or, for "air support", by whoever's support it is), read at "call" when what is called in flies
(:func:`kg.extract.rules.violence.aerial.called_aircraft`).  Without a target the call is no strike: "helicopters
were called in to evacuate the wounded".  Where the aircraft's own deed is told ("Air support was called in and
neutralised 40 of the attackers") that verb is the event (its doer flies, ``aerial._flown_doer``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import lexicon, roles
from kg.extract.registry import Draft
from kg.extract.rules.violence import words
from kg.extract.rules.violence.aerial import called_aircraft
from kg.models import EventType

CALL_PATTERNS: list[list[dict]] = [[{"LEMMA": "call", "POS": "VERB"}, {"LOWER": "in"}]]
# A document without any aircraft or "air" holds no aircraft called in.
CALL_REQUIRES = {"call": lexicon.AERIAL_LEMMAS | words.AIR_MODIFIER_WORDS}
# What the aircraft were called in against: "against firing points", "on the compound".
_AIMS = ("against", "on", "onto")


def called_in(trigger: Token, event_type: EventType) -> Iterator[Draft]:
    """The air strike of the aircraft called in at ``trigger`` on what they were called in against."""
    air = called_aircraft(trigger)
    if air is None or event_type is not EventType.AIRSTRIKE:
        return
    aimed = [_aimed(p) for p in trigger.children if p.dep_ == "prep" and p.lower_ in _AIMS]
    targets = [t for t in aimed if t is not None and roles.can_fill(t, doer=False)]
    if not targets:
        return
    doers = [air] if air.lemma_.lower() not in words.AIR_HEADS else roles.noun_agent(air)[0]
    yield Draft.by(EventType.AIRSTRIKE, trigger, doers, "syntax", targets=targets, strength=0.55)


def _aimed(prep: Token) -> Token | None:
    """What a preposition aims at: its object, or the object of the gerund the parser made of a compound ("against
    firing points": "firing" a gerund with "points" its object)."""
    noun = roles.first(roles.children(prep, "pobj"))
    if noun is not None:
        return noun
    gerund = roles.first(roles.children(prep, "pcomp"))
    if gerund is None:
        return None
    return roles.first(roles.children(gerund, "dobj")) or gerund
