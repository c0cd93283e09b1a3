"""Vehicles driven into people: "an assailant drove a truck into a Christmas market", "a man rammed his car into a
crowd of worshippers", "ploughed a rented van into pedestrians", "mowed down shoppers".

A vehicle driven into people is the weapon, and whom or what it was driven into is what was attacked, not the
vehicle (the verb's object).  The doer must be someone, not the vehicle ("a bus ploughed into a crowd" is told of
crashes as often as of attacks), and the sentence tells no accident ("lost control", "its brakes failed").  A
vehicle laden with explosives is a bomb and is read by ``kg.extract.wielded``; what a vehicle ran over is read by
``setoff``.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon, roles, senses
from kg.extract.registry import lemmas

# Verbs of driving a vehicle into something.  "ram" and "plough" say the impact themselves; the others only with a
# vehicle as their object ("drove a truck into", not "drove into the city").
RAM_VERBS = ("ram", "plough", "plow", "drive", "smash", "crash", "slam", "steer", "mow")
_IMPACT_ITSELF = frozenset({"ram", "plough", "plow"})
RAMMING_PATTERNS: list[list[dict]] = [lemmas(*RAM_VERBS, pos=("VERB",))]
# Road vehicles (aircraft and vessels are read by the air and sea rules).
VEHICLES = frozenset({
    "car", "truck", "lorry", "van", "minivan", "vehicle", "bus", "minibus", "suv", "pickup", "tractor", "bulldozer",
    "motorcycle", "motorbike", "jeep", "taxi", "sedan", "trailer",
})  # fmt: skip
# A document with no vehicle cannot hold one driven into people ("mowed down" needs none).
RAMMING_REQUIRES = {verb: VEHICLES | {"down"} for verb in RAM_VERBS}
_INTO = ("into", "through")
# What a vehicle hits by accident or on a road: "crashed into a tree", "rammed into a wall".
_ROADSIDE = frozenset({
    "tree", "wall", "pole", "lamppost", "ditch", "river", "canal", "railing", "fence", "median", "divider", "gorge",
    "ravine", "bridge", "pillar", "post", "hole", "pothole",
})  # fmt: skip
# Areas one drives into, no one in particular there: "drove tractors into the centre of Brussels" (a protest).
_AREAS = frozenset({
    "centre", "center", "city", "town", "capital", "village", "area", "district", "region", "country", "territory",
    "street", "road", "highway", "downtown", "heart", "outskirts", "suburb", "neighbourhood", "neighborhood",
    "quarter", "province", "state", "zone", "valley", "desert", "border", "county", "municipality", "governorate",
})  # fmt: skip
# Words of a road accident: "lost control", "its brakes failed", "a drunk driver", "skidded".
_ACCIDENT = frozenset({"brake", "skid", "drunk", "overturn", "collide", "swerve"}) | (lexicon.ACCIDENT_CUES - {"crash"})


def rammed(verb: Token, agent: Token | None) -> Token | None:
    """Whom or what ``verb`` drove a vehicle into: the "into"/"through" phrase of "rammed his car into a crowd",
    "ploughed a truck through a market", "rammed into pedestrians", or the object of "mowed down shoppers"; None
    when ``verb`` tells no vehicle driven into people by someone."""
    lemma = verb.lemma_.lower()
    if lemma not in RAM_VERBS or agent is None or _vehicle(agent) or not roles.can_fill(agent, doer=True):
        return None  # "a bus ploughed into a crowd": no one drove it there
    if roles.sentence_lemmas(verb) & _ACCIDENT or _lost_control(verb) or senses.sporting(verb):
        return None
    if lemma == "mow":
        down = any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in verb.children)
        mown = roles.first(roles.children(verb, "dobj"))
        return mown if down and mown is not None and roles.can_fill(mown, doer=False) else None
    vehicle = roles.first(roles.children(verb, "dobj"))
    if vehicle is not None and not _vehicle(vehicle):
        return None  # "drove the militants into the hills"
    if vehicle is None and lemma not in _IMPACT_ITSELF:
        return None  # "drove into the city", "crashed into a tree"
    hits = roles.pobjs(verb, *_INTO) + (roles.pobjs(vehicle, *_INTO) if vehicle is not None else [])
    return roles.first(t for t in hits if roles.can_fill(t, doer=False) and not _roadside_or_area(t))


def _roadside_or_area(token: Token) -> bool:
    """ "crashed into a tree", "drove tractors into the centre of Brussels", "drove into Kabul": no one hit."""
    return token.lemma_.lower() in _ROADSIDE | _AREAS or token.ent_type_ in ("GPE", "LOC")


def _vehicle(token: Token) -> bool:
    return token.lemma_.lower() in VEHICLES or token.lower_ in VEHICLES


def _lost_control(verb: Token) -> bool:
    """ "lost control of his car and ploughed into a crowd": a driver who lost control drove into no one."""
    return any(t.lemma_.lower() == "control" and t.head.lemma_.lower() == "lose" for t in roles.sentence(verb))


def driven_into(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """The sense of a verb of driving: violence only when it drove a vehicle into people (``rammed``), which the verb
    reader checks before it; "critics slammed the plan", "the plane crashed" are none."""
    return rammed(verb, agent) is not None


# "drive" keeps its reading of "drove them out of X" (outcomes), and is read for rammings by the verb reader.
SENSES = dict.fromkeys(set(RAM_VERBS) - {"drive"}, driven_into)
