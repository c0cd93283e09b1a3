"""Two readings of how a deed came about, for the verb senses (``verbs``): a casualty's "when" clause that tells a
vehicle's accident ("killed when two trucks collided": no attack), and a taking done "by force" ("took Benghazi by
force": a capture, where "took the road to Derna" is none)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon, roles, senses
from kg.extract.rules.violence import words


def accident_clause(clause: Token) -> bool:
    """True when the clause that says how a casualty came about ("when two trucks collided", "when their boat
    capsized", "when the truck plunged into a gorge") tells a vehicle's accident: its verb is one of accident, and
    nothing in it is a weapon, an armed doer or violence ("overturned after hitting a landmine", "after it was
    ambushed by militants" tell an attack)."""
    if clause.lemma_.lower() not in words.ACCIDENT_VERBS:
        return False
    inside = [t for t in clause.subtree if t.i != clause.i]
    if any(t.lemma_.lower() in words.HARM_CUES | words.VIOLENT_LEMMAS for t in inside):
        return False
    doers = [t for t in inside if t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "pobj" and t.head.dep_ == "agent"]
    # "two military trucks collided": the vehicles that crashed are no doers, whoever's they are
    return not any(senses.armed_actor(t) and t.lemma_.lower() not in lexicon.VEHICLE_NOUNS for t in doers)


def taken_over(verb: Token) -> bool:
    """ "took over the town", "took (full) control of": the words right after the verb that the longer trigger
    patterns of "take" match (attack.PATTERNS)."""
    after = [t.lower_ for t in verb.doc[verb.i + 1 : verb.i + 3]]
    return after[:1] in (["over"], ["control"]) or (
        len(after) == 2 and after[0] in words.CONTROL_DEGREES and after[1] == "control"
    )


def by_force(verb: Token) -> bool:
    """ "took Benghazi by force", "cities which the militia took by force": the taking done with arms."""
    return any(t.lemma_.lower() == "force" and not t.n_lefts for t in roles.pobjs(verb, "by"))
