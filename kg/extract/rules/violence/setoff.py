"""Devices set off by whoever they hit: "a police vehicle ran over an IED", "a soldier stepped on a landmine", "a
tractor struck a pressure-plate device", "the convoy hit a roadside bomb planted by the Sorko Front".

A mine or a roadside bomb is laid for a vehicle or a walker to set off.  The one that drives or steps onto it is what
the device hit, never the doer, and whoever laid it ("an IED suspected to have been planted by Al-Shabaab militants")
is the doer.  Running, driving and stepping are violence only with such a device as what they go over or onto; a
vehicle's impact verb ("struck", "hit") is read by the violence verbs and takes its roles from here.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon, roles
from kg.extract.registry import lemmas

# Devices laid for a vehicle or a walker to set off.
LAID_DEVICES = frozenset({"mine", "landmine", "bomb", "ied", "device", "explosive", "explosives", "booby-trap"})
# What a vehicle does to a device it sets off, as the object of the verb: "struck a landmine", "triggered a mine".
IMPACT_ONTO = frozenset({"strike", "hit", "detonate", "trigger"})
# Going over or onto a device: "ran over an IED", "stepped on a landmine", "drove onto a mine".
TREAD_VERBS = ("run", "drive", "step", "roll", "trigger")
_ONTO = ("over", "on", "onto", "into", "upon")
SETOFF_PATTERNS: list[list[dict]] = [lemmas(*TREAD_VERBS, pos=("VERB",))]
# A document without any device word holds no device set off (the trigger table and the prefilter skip it).
SETOFF_REQUIRES = dict.fromkeys(TREAD_VERBS, LAID_DEVICES)
_NOT_VEHICLES = frozenset({"drone", "weapon", "target"})
_LEFTOVER = frozenset({"unexploded", "leftover", "abandoned", "old", "dormant"})
_SET_BY_DOER = frozenset({"detonate", "trigger"})  # a vehicle that does these set a device off; anyone else set it


def device_set_off(verb: Token) -> Token | None:
    """The device ``verb``'s subject went onto or struck: its object ("struck a landmine") or what it went over or
    onto ("ran over an IED", "stepped on a landmine"); None when it names no laid device."""
    lemma = verb.lemma_.lower()
    found = list(roles.children(verb, "dobj")) if lemma in IMPACT_ONTO else []
    if lemma in TREAD_VERBS:
        # "stepped on an unexploded mine": a remnant of war set off by accident
        found += [d for d in roles.pobjs(verb, *_ONTO) if not any(c.lower_ in _LEFTOVER for c in d.children)]
        if any(c.dep_ == "prt" and c.lower_ in _ONTO for c in verb.children):
            found += roles.children(verb, "dobj")  # "ran over an IED" with "over" read as the verb's particle
    return roles.first(d for d in found if d.lemma_.lower() in LAID_DEVICES)


def ran_onto(device: Token | None) -> Token | None:
    """What set ``device`` off and was hit by it: "A UN armoured vehicle struck a landmine", "a police vehicle ran
    over an IED", "a soldier stepped on a mine", "a tractor struck a pressure-plate IED"; only a vehicle for
    "detonated" or "triggered" (a bomber who triggers a bomb set it off); None otherwise."""
    if device is None or device.lemma_.lower() not in LAID_DEVICES:
        return None
    verb = device.head.head if device.dep_ == "pobj" else device.head
    if device_set_off(verb) != device:
        return None
    hit = roles.first(roles.children(verb, "nsubj"))
    if hit is None:
        return None
    if hit.lemma_.lower() in lexicon.OBJECT_NOUNS - _NOT_VEHICLES:
        return hit
    # a bomber detonates or triggers his own device; whatever else strikes, hits or goes onto a laid one was hit by it
    return hit if verb.lemma_.lower() not in _SET_BY_DOER and roles.can_fill(hit, doer=False) else None


def set_off(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """True when going over or onto, or triggering, set off a laid device ("ran over an IED"), not "ran over the
    budget" nor "triggered protests"."""
    return ran_onto(device_set_off(verb)) is not None


SENSES = dict.fromkeys(TREAD_VERBS, set_off)


def clause_doer(agent: Token | None, trigger: Token) -> Token | None:
    """``trigger``'s doer as read, unless it is what set a device off in the clause it hangs from ("A minibus drove over
    a landmine planted by X, killing six passengers"): then whoever laid the device (X), or nobody."""
    if agent is None or agent.head == trigger:
        return agent
    device = device_set_off(agent.head)
    return roles.wielder(device) if device is not None and ran_onto(device) == agent else agent


def bomb_blasted(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "a patrol was blasted by a roadside bomb", "an IED was blasted by Maoists": the passive with a laid device as
    its doer or its subject; not "critics blasted the plan", nor "workers blasted rock with explosives" (active)."""
    if not roles.is_passive(verb):
        return False
    bombs = [*roles.pobjs(verb, "by"), *roles.children(verb, "nsubjpass")]
    return any(b.lemma_.lower() in LAID_DEVICES for b in bombs)
