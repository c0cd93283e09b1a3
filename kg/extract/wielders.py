"""Who used a weapon or a craft that did the deed: the "by" of a participle or passive on it.

"An IED planted by Maoist rebels destroyed a police vehicle", "the rocket-propelled grenades fired by militants", "a
bomb that was placed by X": the weapon is the subject of the trigger and its user the doer.  Real copy also puts a
belief between the weapon and its user ("a roadside bomb believed to have been planted by Maoists killed two
jawans") and names a craft by who flies it ("a drone operated by the RSF struck the hotel").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.fillers import can_fill
from kg.extract.role_words import PLANTING_VERBS, RAISING_VERBS
from kg.extract.syntax import first, is_passive, pobjs

# How a weapon or a craft is used by whoever a passive "by" names.
WIELDING_VERBS = PLANTING_VERBS | {
    "fire", "launch", "throw", "hurl", "lob", "drop", "detonate", "shoot", "use", "carry", "operate", "fly", "pilot",
}  # fmt: skip


def wielder(weapon: Token) -> Token | None:
    """Who used ``weapon``, from a participle or passive on it ("an IED planted by Maoist rebels", "a bomb that was
    placed by X"), also through a verb of belief ("a bomb believed to have been planted by Maoists")."""
    for c in weapon.children:
        participle = c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") or c.dep_ == "relcl" and is_passive(c)
        if participle and c.lemma_.lower() in RAISING_VERBS:
            c = first(x for x in c.children if x.dep_ == "xcomp" and is_passive(x)) or c
        if participle and c.lemma_.lower() in WIELDING_VERBS:
            by = [t for t in pobjs(c, "by") if can_fill(t, doer=True)]
            if by:
                return by[0]
    return None
