"""Who an abstract noun the parser made a pledger or a defector stands for (issue 14, twenty-ninth pass).

A change of side or a pledge is told of a person or a side, but the parser may hand its doer slot a noun of the deed's
course or kind: "his return to the army signals a reversal" (the doer is "his"), "a new influx of fighters from the
Sahel who are joining ISWAP" (the fighters), "walked across the border in a bid to defect" (whoever walked), "The
declaration came after militants pledged their loyalty" (nobody it names). Such a noun is never the one who moved or
pledged: its owner, its "of" complement that can be a doer, or the subject of the verb it is the aim of stands for it,
else the slot stays empty.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import roles

# Nouns of a move's course, manner or telling, which name no mover themselves.
ABSTRACT = frozenset({
    "return", "influx", "flow", "wave", "stream", "surge", "exodus", "departure", "arrival", "bid", "attempt",
    "effort", "move", "decision", "declaration", "announcement", "statement", "switch", "shift", "step", "procession",
    "string", "spate", "trickle",
})  # fmt: skip


def standing_for(doer: Token) -> Token | None:
    """``doer`` itself, or what the abstract noun ``doer`` stands for (its owner, its "of" complement that may be a
    doer, the subject of the verb whose aim it is), or None when it names nobody."""
    if doer.pos_ != "NOUN" or doer.lemma_.lower() not in ABSTRACT or doer.ent_type_:
        return doer
    owner = next((c for c in doer.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner  # "his return to the army"
    for of in roles.pobjs(doer, "of"):
        people = [c for c in roles.conjuncts(of) if roles.can_fill(c, doer=True) and c.lemma_.lower() not in ABSTRACT]
        if people:
            return people[-1]  # "a new influx of weapons and fighters": the fighters, not the weapons
    prep = doer.head if doer.dep_ == "pobj" else None
    if prep is not None and prep.dep_ == "prep" and prep.head.pos_ in roles.VERB_POS:
        return roles.subject(prep.head)  # "walked across the border in a bid to defect"
    return None
