"""The side a mover served, told by a clause on the mover's own phrase, for the sides of a change of side
(kg.extract.rules.sides, kg.extract.rules.membership): "The Shammar tribal militia, which had fought alongside the
Islamic State, changed sides", "a group of young men from the X Jebel who had fought with the Joint Forces announced
that they had joined the RSF", "about 30 fighters who had been integrated into the federal army returned to the
Jubaland side". Such a clause names the side left before the mover's "of"/"from" phrase does (a faction of a movement
that fought alongside an army left the army's camp).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import roles
from kg.extract.actors import Actors
from kg.models import EntityKind

_STATE_KINDS = (EntityKind.STATE,)

# What a unit was of the side it left: "which had been part of the Free Syrian Army".
_PART_NOUNS = frozenset({"part", "member", "unit", "wing", "branch", "faction", "affiliate", "component"})
# Verbs of serving a side, whose "for"/"alongside"/"under" phrase on a mover's relative clause is the side left.
_SERVING_VERBS = frozenset({"fight", "serve", "operate", "battle"})
# Verbs of being taken into a force, whose "into" phrase on a mover's relative clause is the side left.
_TAKEN_INTO = frozenset({"integrate", "incorporate", "absorb", "enlist", "recruit", "draft"})


# Verbs whose object is the side a mover stood by: "tribesmen who had backed the Houthis".
_BACKING = frozenset({"support", "back"})


def fought_for(mover: Token, actors: Actors) -> list[Token]:
    """The side a mover's own relative clause says it fought for: "The Shammar tribal militia, which had fought
    alongside the Islamic State, changed sides" -> the Islamic State, or backed ("200 tribesmen, who previously
    supported the Houthis, defected"); also a clause the parser hung on the last noun
    of the mover's "of"/"from" phrase ("a group of young men from the X Jebel who had fought with the Joint Forces",
    "A faction of the X Movement that had fought alongside the Malian army") and a clause of being taken into a force
    ("fighters who had been integrated into the federal army")."""
    for clause in (c for n in _phrase_nouns(mover) for c in n.children if c.dep_ in ("relcl", "acl")):
        lemma = clause.lemma_.lower()
        if lemma in _SERVING_VERBS:
            sides = roles.pobjs(clause, "for", "alongside", "under", "with")
        elif lemma in _TAKEN_INTO and clause.tag_ == "VBN":
            sides = roles.pobjs(clause, "into")
        elif lemma == "be":  # "the group, which had been part of the Free Syrian Army, defected to the regime"
            parts = [a for a in roles.children(clause, "attr") if a.lemma_.lower() in _PART_NOUNS]
            sides = [t for a in parts for t in roles.pobjs(a, "of")]
        elif lemma == "belong":
            sides = roles.pobjs(clause, "to")
        elif lemma in _BACKING:  # "200 tribesmen, who previously supported the Houthis, defected"
            sides = list(roles.children(clause, "dobj"))
        else:
            continue
        named = [t for t in sides if named_side(t, actors) or is_force(t) or _a_force(t)]
        if named:
            return named[:1]
    return []


def _phrase_nouns(mover: Token) -> list[Token]:
    """The mover and the nouns of its "of"/"from" phrases, outermost first: "a group of young men from the X Jebel"
    -> group, men, Jebel."""
    nouns = [mover]
    for noun in nouns:
        nouns += [t for t in roles.pobjs(noun, "of", "from") if t.pos_ in ("NOUN", "PROPN")]
    return nouns


def _a_force(token: Token) -> bool:
    """ "the federal army", "the national police": a state's force named by its kind with "the"."""
    return token.lemma_.lower() in ("army", "military", "police") and any(c.lower_ == "the" for c in token.children)


def named_side(token: Token, actors: Actors) -> bool:
    """A token naming an organisation or armed group: a gazetteer group or party, or a name the NER calls an
    organisation (not a state, a people or a place)."""
    if token.ent_id_:
        return actors.gaz.entities[token.ent_id_].kind not in _STATE_KINDS
    if (
        token.pos_ == "PROPN"
        and token.ent_type_ in ("PERSON", "")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    ):
        return True  # "a fighter with the Katiba Serma": a person's name takes no "the"; a group's does
    return token.ent_type_ == "ORG"


def is_force(token: Token) -> bool:
    """ "the Sudanese army", "the rebel forces": a force named by its kind with a people or state on it."""
    return token.lemma_.lower() in ("army", "military", "force", "navy", "militia") and any(
        c.dep_ in ("amod", "compound") and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.ent_id_) for c in token.children
    )


# Verbs by which a relative clause says what a named defector led or served in: "X, who commanded RSF forces".
_LED = frozenset({"command", "lead", "head", "serve"})


def commanded_side(name: Token) -> list[Token]:
    """The force or group a name's relative clause says he commanded, led or served in: "Keikal, who commanded RSF
    forces in El Gezira" -> RSF forces' group word ("RSF"), "X, who served in the Syrian army" -> the army."""
    if name.pos_ != "PROPN":
        return []
    for clause in (c for c in name.children if c.dep_ == "relcl" and c.lemma_.lower() in _LED):
        for side in [*roles.children(clause, "dobj"), *roles.pobjs(clause, "in", "with")]:
            named = [c for c in side.children if c.dep_ == "compound" and (c.ent_type_ == "ORG" or c.ent_id_)]
            return named[:1] or ([side] if side.ent_type_ == "ORG" or side.ent_id_ else [])
    return []
