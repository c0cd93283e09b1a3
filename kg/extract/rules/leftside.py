"""A side joined, typed by the armed side its joiner leaves in the same clause: "it had left the group and joined the
Coalition des Patriotes pour le Changement", "left it to join Jabhat Fath al-Sham", "quit the Bahadur group and joined
the Tora Khel Shura", for kg.extract.rules.joinedside.

Reports of a faction or a commander changing sides name the new side by a name nobody has listed, and neither the
gazetteer, the words of the name nor the joiner's own head word ("it", "Major X", "a faction") say that it is armed.
What the clause says does: one who leaves an armed side (a group the gazetteer lists, a militia, a unit, a name of armed
words, "the group" the page is about, "it" standing for one) and joins a named body in the same breath has gone over
to another armed side. A politician who quits a party and joins another leaves no armed side, and a state's army, a
government, a party or a programme joined stays no side (kg.extract.rules.joinedside reads those first).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import roles
from kg.extract.actors import Actors
from kg.extract.rules.armednames import armed_name
from kg.extract.rules.joinable import joinable
from kg.models import EntityKind

# Verbs of leaving a side, with the prepositions that name it when it is no object ("broke with X", "split from X").
_LEAVING = {
    "leave": ("from",), "quit": (), "desert": (), "abandon": (), "exit": (), "renounce": (), "ditch": (),
    "defect": ("from",), "split": ("from", "with"), "break": ("with", "from", "away"), "walk": ("out",),
    "withdraw": ("from",), "secede": ("from",),
}  # fmt: skip
# Nouns that stand for the side they are "of": "left the command of the Governing Council", "the ranks of X".
_HOLDS = frozenset({"command", "rank", "ranks", "fold", "structure", "umbrella", "banner"})


def left_armed_side(join: Token, actors: Actors) -> bool:
    """True when the one who joins by ``join`` leaves an armed side in the same clause: a verb of leaving coordinated
    with the joining ("left X and joined Y") or whose purpose it is ("left X to join Y")."""
    return any(armed_side(side, actors) for verb in _leaving_verbs(join) for side in _sides_left(verb))


def _leaving_verbs(join: Token) -> list[Token]:
    """The verbs of leaving beside ``join``: its conjuncts (either way) and the verb it is the purpose of."""
    near = list(join.conjuncts)
    if join.dep_ in ("xcomp", "advcl") and join.head.pos_ in roles.VERB_POS:
        near.append(join.head)  # "left it to join X"
    return [v for v in near if v.i < join.i and v.lemma_.lower() in _LEAVING]


def _sides_left(verb: Token) -> list[Token]:
    """What ``verb`` leaves: its object, or its "from"/"with" object, a hold's owner ("the command of X")."""
    found = list(roles.children(verb, "dobj")) + roles.pobjs(verb, *_LEAVING[verb.lemma_.lower()])
    return [(roles.pobjs(s, "of") or [s])[0] if s.lemma_.lower() in _HOLDS else s for s in found]


def armed_side(side: Token, actors: Actors) -> bool:
    """An armed side: one the gazetteer lists as armed, a joinable formation or "the group" the page is about, a name
    of armed words, a pronoun that stands for an armed group."""
    if side.ent_id_:
        return actors.gaz.entities[side.ent_id_].kind is EntityKind.ARMED_GROUP
    if side.pos_ == "PRON":
        mention = actors.mention(side) if side.lower_ in ("it", "them") else None
        return mention is not None and mention.entity.kind is EntityKind.ARMED_GROUP
    if side.lemma_.lower() == "army" and not any(t.pos_ == "PROPN" for t in side.subtree):
        return False  # "deserted the army and joined X": a state's army; X is typed by its own words
    return joinable(side, actors) or armed_name(side, actors)
