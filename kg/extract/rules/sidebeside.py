"""The side a change of side went to, told on a verb beside the deed when the deed's own clause names none, for
kg.extract.rules.sides.completed.

Writers tell the leaving and the going in two verbs of one sentence: "broke with X and pledged allegiance to Y",
"has declared its allegiance to Y, breaking with X", "left his unit and placed himself under the command of Y",
"announced they had broken with X and placed themselves under the orders of Y", "walked to Ukrainian positions and
surrendered". A joining beside the deed is read by `joinedover.joined_beside`; a move to a state by `sides.gone_to`.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import roles

# Verbs that give one's allegiance, and the nouns given: "pledged allegiance to", "swore an oath of loyalty to".
_PLEDGING = frozenset({"pledge", "swear", "declare", "renew", "announce", "proclaim", "give", "take"})
_PLEDGES = frozenset({"allegiance", "loyalty", "oath", "fealty", "bay'ah", "bayah"})
# "placed himself under the command of": verbs of putting oneself under a body's authority, and the nouns of it.
_PLACING = frozenset({"place", "put"})
_AUTHORITY = frozenset({"command", "order", "orders", "authority", "control"})
# Verbs of going on foot or by vehicle, and the nouns of a side's ground reached: "walked to Ukrainian positions".
_MOVES = frozenset({"walk", "cross", "run", "drive", "crawl", "swim", "go", "flee", "escape", "head"})
_GROUND = frozenset({"position", "line", "trench"})


def told_beside(trigger: Token) -> list[Token]:
    """The side gone to named on a verb coordinated with ``trigger`` (or the verb ``trigger`` hangs on as a
    participle): whom allegiance was pledged to, whose command one was placed under, whose positions were reached."""
    if trigger.pos_ not in roles.VERB_POS:
        return []
    near = [c for c in trigger.children if c.dep_ == "conj" and c.pos_ in roles.VERB_POS]
    if trigger.dep_ in ("conj", "advcl") and trigger.head.pos_ in roles.VERB_POS:
        near.append(trigger.head)  # "declared its allegiance to Y, breaking with X"
    for verb in near:
        if side := _pledged_to(verb) or _placed_under(verb) or _ground_reached(verb, trigger):
            return side[:1]
    return []


def _pledged_to(verb: Token) -> list[Token]:
    """ "pledged allegiance to the Islamic State's leader", "declared its allegiance to the prime minister" -> whom."""
    if verb.lemma_.lower() not in _PLEDGING:
        return []
    pledges = [o for o in roles.children(verb, "dobj") if o.lemma_.lower() in _PLEDGES]
    return [t for p in pledges for t in roles.pobjs(p, "to")] + (roles.pobjs(verb, "to") if pledges else [])


def _placed_under(verb: Token) -> list[Token]:
    """ "placed himself under the command of the local Crisis Staff" -> the Crisis Staff."""
    if verb.lemma_.lower() not in _PLACING:
        return []
    under = [n for n in roles.pobjs(verb, "under") if n.lemma_.lower() in _AUTHORITY or n.lower_ in _AUTHORITY]
    return [t for n in under for t in roles.pobjs(n, "of")]


def _ground_reached(verb: Token, trigger: Token) -> list[Token]:
    """ "walked to Ukrainian positions and surrendered" -> Ukrainian positions: a side's ground reached by a move
    told before the surrender, named by the side's people or name."""
    if verb.lemma_.lower() not in _MOVES or verb.i > trigger.i:
        return []
    ground = [t for t in roles.pobjs(verb, "to", "toward", "towards") if t.lemma_.lower() in _GROUND]
    return [
        t
        for t in ground
        if any(c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "ORG", "GPE") for c in t.children)
    ]
