"""A change of side told as a crossing into ground the other side holds, for the DEFECTION rule
(kg.extract.rules.defection).

Front-line copy tells a desertion by where the deserter went, and names the side gone to only as the holder of that
ground: "crossed into territory held by the opposition with 14 of his men", "deserted with two other soldiers and
crossed into territory held by the People's Defence Force", "crossed the Euphrates into government-held territory",
"slipped into rebel-controlled areas". :func:`held_side` reads the holder off the ground's own phrase (a participle of
holding with its "by", or the holder compounded before "-held"/"-controlled"); :func:`crossed_to` reads it for a
crossing verb or the crossing verbs coordinated with a desertion. Ground with no holder named ("crossed into
Colombia", "crossed the front line") is left to the rules that read states and lines.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import roles

# Nouns of ground one side holds: "territory held by X", "government-held areas", "rebel-controlled zones".
_GROUND = frozenset({"territory", "area", "zone", "ground", "land", "part", "side", "region", "district", "village"})
# Participles of holding ground: "held by", "controlled by", "occupied by", "under the control of" is read elsewhere.
_HOLDING = frozenset({"hold", "control", "occupy", "run"})
# Verbs of crossing into ground: "crossed into", "slipped into", "fled into", "went over into".
_CROSSING = frozenset({"cross", "slip", "flee", "escape", "go", "move", "walk", "drive", "defect", "desert"})


def held_side(ground: Token) -> Token | None:
    """The side holding ``ground``: "territory held by the opposition" -> opposition, "government-held territory" ->
    government, "rebel-controlled areas" -> rebel; None for ground no holder is named for."""
    if ground.lemma_.lower() not in _GROUND:
        return None
    for c in ground.children:
        if c.lemma_.lower() not in _HOLDING:
            continue
        if c.dep_ == "acl":
            holder = roles.first(roles.pobjs(c, "by"))
            if holder is not None:
                return holder
        elif c.dep_ in ("amod", "compound") and c.i < ground.i:
            holder = roles.first(h for h in c.children if h.dep_ in ("npadvmod", "compound", "nmod") and h.i < c.i)
            if holder is not None:
                return holder
    return None


def crossed_to(verb: Token) -> list[Token]:
    """The sides ``verb`` or a crossing coordinated with it went over to by entering their ground: "crossed into
    territory held by X" -> X; "deserted ... and crossed into territory held by X" -> X."""
    moves = [verb, *(c for c in verb.children if c.dep_ in ("conj", "advcl", "xcomp"))]
    found: list[Token] = []
    for move in moves:
        if move.lemma_.lower() not in _CROSSING:
            continue
        found += [h for g in roles.pobjs(move, "into", "to") if (h := held_side(g)) is not None]
    return found
