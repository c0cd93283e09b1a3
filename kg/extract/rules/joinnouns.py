"""A joining told by its noun, for the ALLEGIANCE rule (kg.extract.rules.allegiance): "a Misseriya militia announced its
joining of the RSF", "the Ekondo Titi Boys announced their integration into the BNB", "The arrival of Liwa al-Tawhid
al-Sharqi in the ranks of the National Army had been negotiated for months", "Finland's accession to NATO was sealed".

The noun of a joining is the event when it is announced, declared or completed, or when it names its joiner (an "of"
phrase before "in the ranks"); the side is typed as the verb "join" types it (kg.extract.rules.joinable). A noun with
no such frame ("talks on the integration of the militias", "a deadline for joining") tells no joining done.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import roles
from kg.extract.actors import Actors
from kg.extract.registry import Draft
from kg.extract.rules.joinable import joinable
from kg.extract.rules.joinedside import named_side_joined, of_ranks
from kg.models import EventType

# Nouns of joining, with the prepositions that name what is joined ("its joining of the RSF", "their integration into
# the BNB", "the arrival of X in the ranks of Y"); "arrival" and "entry" only into ranks.
JOINING_NOUNS = {"joining": ("of",), "integration": ("into",), "incorporation": ("into",), "enlistment": ("in", "into"),
                 "arrival": ("in", "into"), "entry": ("into", "in"), "accession": ("to",)}  # fmt: skip
_RANKS_ONLY = frozenset({"arrival", "entry"})
# Taken into a body by others: only a named organisation, not "integration into the national army" under a peace deal.
_TAKEN_IN = frozenset({"integration", "incorporation"})
# Verbs that make a joining told by its noun a joining done: "announced its joining of the RSF".
_DECLARING = frozenset(
    {"announce", "declare", "proclaim", "confirm", "celebrate", "complete", "finalise", "finalize", "formalise",
     "formalize", "mark", "welcome", "negotiate", "accept", "publicise", "publicize", "agree", "approve", "seal"}
)  # fmt: skip


def joined_by_noun(noun: Token, actors: Actors) -> Iterator[Draft]:
    """One ALLEGIANCE draft for a joining told by its noun, when a declaring verb frames it (or its passive subject)."""
    lemma = noun.lemma_.lower()
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in _DECLARING:
        return
    preps = JOINING_NOUNS[lemma]
    # the parser hangs the side's preposition on the noun or on the verb ("announced their integration into the BNB")
    sides = [of_ranks(s) if s.lemma_.lower() == "rank" else s for s in roles.pobjs(noun, *preps)]
    if lemma in _RANKS_ONLY:
        sides = [of_ranks(s) for s in roles.pobjs(noun, *preps) if s.lemma_.lower() == "rank" and roles.pobjs(s, "of")]
    elif not sides and noun.dep_ == "dobj":
        sides = roles.pobjs(verb, *preps)
    joined = [
        s
        for s in sides
        if (joinable(s, actors) or named_side_joined(noun, s, actors))
        and (lemma not in _TAKEN_IN or s.ent_id_ or s.ent_type_ == "ORG")
    ]
    if not joined:
        return
    yield Draft.read(EventType.ALLEGIANCE, noun, joiner(noun), targets=joined[:1], places=roles.locations(verb))


def joiner(noun: Token) -> Token | None:
    """Who joins: the noun's owner when it is a name or a noun ("the brigade's integration"), the "of" phrase of an
    arrival ("The arrival of X in the ranks of Y"), else the subject of the verb that announces it ("X announced its
    joining of Y", the owner a pronoun)."""
    owner = roles.first(c for c in noun.children if c.dep_ == "poss")
    if owner is not None and owner.pos_ != "PRON":
        return owner
    if noun.lemma_.lower() != "joining":
        of = roles.first(roles.pobjs(noun, "of"))
        if of is not None:
            return of
    return roles.subject(noun.head) if noun.dep_ == "dobj" else None
