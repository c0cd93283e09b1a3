"""A place that fell to an armed side: "Mosul fell to the Islamic State", "the fall of Kelemba to Tamburi rebels",
"Mukalla's fall to al-Qaeda", "Ramadi fell into the hands of ISIS".

The guidelines count a place taken by force as an attack by the side that took it on the place.  The press tells the
taking as the place's fall, and names the taker after "to" or as whose hands the place fell into; the place is the
subject of the verb, or the "of" phrase or the possessor of the noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import roles

_HANDS = frozenset({"hand", "hands", "grip", "control"})


def takers(trigger: Token) -> list[Token]:
    """The side a place fell to: the object of "to", or whose hands it fell into ("into the hands of ISIS", "into
    rebel hands"); [] when none is told."""
    sides = roles.pobjs(trigger, "to")
    if sides:
        return sides[:1]
    for hands in roles.pobjs(trigger, "into"):
        if hands.lemma_.lower() in _HANDS:
            whose = roles.pobjs(hands, "of") or [c for c in hands.children if c.dep_ in ("poss", "compound", "amod")]
            return [t for t in whose if t.pos_ in ("NOUN", "PROPN")][:1]
    return []


def fallen(noun: Token) -> list[Token]:
    """The place a fall noun is of: "the fall of Mosul", "Mukalla's fall"."""
    return roles.pobjs(noun, "of") or [c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
