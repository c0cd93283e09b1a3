"""The side a change of side left, told in another clause or sentence of the document, for every DEFECTION draft
whichever rule read it (kg.extract.pipeline runs it on the rules' drafts and the learned backoff's).

The DEFECTION rule (kg.extract.rules.defection) completes its own drafts this way; the changes of side other rules
read ("announced that they had joined X" read as a pledge and a change of side, "left the command of X and joined Y",
"declared his tribe's loyalty to X") and the learned backoff's did not, though their movers' careers are told the same
way: "he served as a captain in the presidential guard until 1989, when he left for Liberia and joined X", "had been a
member of the JRTN until 2014, when he joined the Islamic State", "Warsame swore allegiance to al-Shabaab's emir ...
In 2022 Warsame defected to the Federal Government". Each reading fills the side left only when it is empty or a
pronoun nobody resolved, so a draft the DEFECTION rule completed is left as it is.
"""

from __future__ import annotations

from kg.extract.actors import Actors
from kg.extract.registry import Draft
from kg.extract.rules.careers import joined_before
from kg.extract.rules.membership import reported_self
from kg.extract.rules.servedside import group_told_before, served_before
from kg.extract.rules.sides import mover_side
from kg.models import EventType


def left_told_elsewhere(draft: Draft, actors: Actors) -> Draft:
    """``draft`` with its side left read, when a DEFECTION's is untold, off the side its mover joined before
    (careers.joined_before), served until the move (servedside.served_before) or the group a pronoun in its phrase
    points back to (servedside.group_told_before); any other draft as it is."""
    if draft.type is not EventType.DEFECTION:
        return draft
    return _told_by_mover(group_told_before(served_before(joined_before(draft, actors), actors), actors), actors)


def _told_by_mover(draft: Draft, actors: Actors) -> Draft:
    """``draft`` with an empty side left read off its movers' own phrases (`sides.mover_side`), each in turn: "A unit
    of the X Apparatus in Y announced it was joining Z" (a joining another rule read), "Three officers and eleven
    soldiers of the X army crossed into Y" (the side on the second mover)."""
    if draft.targets:
        return draft
    said = [reported_self(a) or a if a.pos_ == "PRON" else a for a in draft.agents]  # "X announced it was joining Y"
    movers = [m for a in said for m in (a, *a.conjuncts) if m.pos_ != "PRON"]
    for mover in dict.fromkeys(movers):
        if side := mover_side(mover, draft.to, actors):
            draft.targets = side
            break
    return draft
