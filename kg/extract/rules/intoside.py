"""A named side an armed group goes into, typed by the group: "In March 2017 the group announced its merger into
Harakat Tahrir al-Sahil", "his successor later took the group into the National Front for Liberation", for the
subordination frame (kg.extract.rules.subordination).

The frame takes a group into a side the gazetteer or the words of its name show to be armed. Pages about armed groups
name the coalitions their groups merge into by names nobody has listed, often tagged as a person's ("Harakat Tahrir
al-Sahil"); what goes in says what the side is: an armed group merging or taken into a named body has joined an armed
side (kg.extract.rules.joinedside reads the same for "joined"). The group is the owner of a noun of going in ("its
merger into", "the brigade's entry into"; "its" the subject of the verb the noun is the object of) or the object of a
verb of putting ("took the group into"). States, places, peoples, parties, firms and programmes are no such sides.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import roles
from kg.extract.actors import Actors
from kg.extract.rules.leftside import armed_side
from kg.models import EntityKind

# Heads of a named body that is no side a group goes into.
_NO_SIDES = frozenset({
    "party", "government", "company", "firm", "bank", "programme", "program", "process", "union", "parliament",
    "assembly", "council", "ministry", "agreement", "deal", "talk", "dialogue", "election", "school", "university",
})  # fmt: skip


def side_of_armed_joiner(prep: Token, side: Token, actors: Actors) -> Token | None:
    """``side`` when it is a name an armed group goes into by ``prep`` (an "into"), else None."""
    if prep.lower_ != "into" or not _name(side, actors) or not _going_in(prep.head):
        return None
    return side if any(armed_side(j, actors) for j in _goers(prep.head, actors)) else None


def _going_in(head: Token) -> bool:
    """A noun of going in ("its merger into", "the brigade's entry into") or a verb of putting with its object ("took
    the group into"); any other verb's "into" is left to the frame's own typing (read more widely, it gave stress9 a
    false ALLEGIANCE)."""
    if head.pos_ in ("NOUN", "PROPN"):
        return head.lemma_.lower() in _GOING_IN
    return (
        head.pos_ in roles.VERB_POS and head.lemma_.lower() in _PUTTING and any(c.dep_ == "dobj" for c in head.children)
    )


# Nouns of a group going into another, and verbs that put a group into one.
_GOING_IN = frozenset({"merger", "entry", "integration", "incorporation", "absorption", "induction", "admission"})
_PUTTING = frozenset({"take", "bring", "lead", "put", "place"})


def own_owner(owner: Token) -> Token:
    """Who a possessive on a noun of going in stands for: "the group announced its merger into X" -> the group (the
    subject of the verb the noun is the object of); the owner itself otherwise."""
    noun = owner.head
    if owner.pos_ != "PRON" or noun.dep_ != "dobj" or noun.head.pos_ not in roles.VERB_POS:
        return owner
    return roles.subject(noun.head) or owner


def _goers(head: Token, actors: Actors) -> list[Token]:
    """Who goes into a side by ``head``: a noun's owner or "of" phrase, a verb's object."""
    if head.pos_ in ("NOUN", "PROPN"):
        return [own_owner(c) for c in head.children if c.dep_ == "poss"] + roles.pobjs(head, "of")
    if head.pos_ not in roles.VERB_POS:
        return []
    found = list(roles.children(head, "dobj", "nsubjpass"))
    subject = roles.subject(head)
    return found or ([subject] if subject is not None else [])


def _name(side: Token, actors: Actors) -> bool:
    """A name of a body: a proper noun or an organisation (a person-tagged one too: "Harakat Tahrir al-Sahil"), not a
    state, a place, a people, a date, nor a party, government or programme."""
    if side.ent_id_:
        return actors.gaz.entities[side.ent_id_].kind is not EntityKind.STATE
    if side.ent_type_ in ("GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "CARDINAL", "MONEY", "EVENT"):
        return False
    if any(t.lemma_.lower() in _NO_SIDES for t in actors.phrase(side)):
        return False
    return side.pos_ == "PROPN" or side.ent_type_ in ("ORG", "PERSON")
