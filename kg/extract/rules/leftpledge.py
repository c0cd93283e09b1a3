"""The side left beside a pledge: a pledge of loyalty told with a leaving in the same sentence is a change of side
as well as a pledge (the guidelines: a change of side with a pledge is both a DEFECTION and an ALLEGIANCE).

* a verb of leaving coordinated with the pledge, one that no DEFECTION rule reads on its own because it leaves many
  things: "publicly rejected the government in a video and declared his tribe's loyalty to X", "withdrew his fighters
  from the alliance in 2020 and declared them loyal to the Syrian government";
* a split of the pledger's own group at the time of the pledge: "the brigade split in 2019 when its commander declared
  loyalty to X" (the brigade is the side left).

The pledge rule (rules/allegiance.py) reads the ALLEGIANCE and asks :func:`left_by_pledge` for the side left.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import roles
from kg.extract.actors import Actors
from kg.extract.rules.defectors import TITLES_OF_SIDES, is_group, is_side
from kg.extract.rules.titles import former_side

# Verbs of leaving read only beside a pledge, with where the side left is told: the object or a preposition's object.
_LEAVING: dict[str, tuple[str, ...]] = {
    "reject": (),  # "rejected the government and declared his loyalty to X"
    "repudiate": (),
    "disown": (),
    "withdraw": ("from",),  # "withdrew his fighters from the alliance and declared them loyal to X"
}
# Words for a body of people whose "of" phrase names who they are: "a group of former Taliban members".
_COLLECTIVES = frozenset({"group", "number", "band", "handful", "dozen", "dozens", "team", "batch"})
# A group splitting when one of its people pledges elsewhere.
_SPLITS = frozenset({"split", "splinter", "divide", "fracture"})


def left_by_pledge(verb: Token, actors: Actors) -> list[Token]:
    """The side left told beside the pledge whose verb is ``verb`` ("declared" of "declared his loyalty to X", or the
    verb "loyal" hangs on), or [] when the sentence tells no leaving."""
    return _left_by_conjunct(verb, actors) or _split_when(verb, actors)


def former_member(pledger: Token, pledgee: Token, actors: Actors) -> list[Token]:
    """The armed side a pledger's "former" title names, when it is not the side pledged to: "A former Taliban commander
    who had recently pledged allegiance to the Islamic State", "a group of former Taliban members pledged allegiance
    to X" (the guidelines: a change of side with a pledge is both); not "a former army officer" (no name) nor a former
    title in the side pledged to."""
    members = [pledger, *(m for m in roles.pobjs(pledger, "of") if pledger.lemma_.lower() in _COLLECTIVES)]
    pledged = {m.entity.key for t in pledgee.subtree if t.pos_ == "PROPN" and (m := actors.mention(t)) is not None}
    for member in members:
        side = former_side(member, TITLES_OF_SIDES)
        was = actors.mention(side) if side is not None and is_group(side, actors) else None
        if side is not None and was is not None and was.entity.key not in pledged:
            return [side]
    return []


def _left_by_conjunct(verb: Token, actors: Actors) -> list[Token]:
    """ "rejected the government ... and declared his tribe's loyalty to X": the side the coordinated verb of leaving
    leaves, a group or a side ("the government", "the alliance"), never a thing ("rejected the offer")."""
    verbs = [c for c in verb.children if c.dep_ == "conj"]
    if verb.dep_ == "conj":
        verbs.append(verb.head)
    for other in verbs:
        preps = _LEAVING.get(other.lemma_.lower())
        if preps is None:
            continue
        left = roles.pobjs(other, *preps) if preps else list(roles.children(other, "dobj"))
        left = [t for t in left if is_group(t, actors) or is_side(t)]
        if left:
            return left[:1]
    return []


def _split_when(verb: Token, actors: Actors) -> list[Token]:
    """ "the brigade split in 2019 when its commander declared loyalty to X": the group that split, when the pledge is
    the clause of its time and the split names no side it split from (that split is read by the DEFECTION rule)."""
    split = verb.head
    if verb.dep_ != "advcl" or split.lemma_.lower() not in _SPLITS or roles.pobjs(split, "from"):
        return []
    if not any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
        return []
    group = roles.subject(split)
    return [group] if group is not None and is_group(group, actors) else []
