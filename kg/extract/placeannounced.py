"""Where a change of side was made when its mover announces it: the place of the announcing is the event's own.

A defection or a pledge is often made by saying it, and reports tell it as the mover's announcement: "Major General
X announced in Malakal on Wednesday that he had left the SPLA-IO", "In the Vakaga, the former rebel commander X and
about forty of his fighters announced on our waves that they had left the FPRC", "A senior commander ... has announced
his defection to the army, in a video filmed in Shendi". kg.extract.placenames reads a place hung on a word of saying
as where something was said ("..., police said in Kabul"), not where the event happened; when the sayer is the mover
himself (the deed's subject is a pronoun that agrees with the sayer, or the deed is the sayer's own noun: "his
defection"), that place is where he changed sides.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import roles
from kg.extract.actors import Actors
from kg.extract.placebodies import body_name
from kg.extract.placenames import place_mention
from kg.extract.toponyms import is_named, place_token
from kg.models import Mention

# Verbs by which a mover makes his change of side known: "announced that he had left", "declared his allegiance".
_ANNOUNCING = frozenset({"announce", "declare", "proclaim", "say", "state", "tell"})
# Personal pronouns a deed's subject refers back to its sayer by, by number.
_SINGULAR = frozenset({"he", "she", "i"})
_PLURAL = frozenset({"they", "we"})
# Prepositions of the announcing verb whose object is where it was made.
_AT = ("in", "at", "near", "from")
# Message nouns whose own verb says where the message was made: "in a video filmed in Shendi".
_MESSAGES = frozenset({"video", "recording", "message", "statement", "broadcast"})


def announced_at(trigger: Token, actors: Actors) -> Mention | None:
    """The named place of a change of side's own announcement by its mover, or None: "X announced in Malakal that he
    had left the SPLA-IO" -> Malakal; not "police said in Juba that he had surrendered" (the sayer is not "he")."""
    verb = _announcing(trigger)
    if verb is None:
        return None
    for p in roles.pobjs(verb, *_AT):
        heads = [p]
        if p.lemma_.lower() in _MESSAGES:
            # "in a video filmed in Shendi", "in a recording made at Koui"
            heads = [q for c in p.children if c.dep_ == "acl" for q in roles.pobjs(c, "in", "at", "near")]
        for head in heads:
            place = place_token(head, actors)
            if place is not None and is_named(place) and not body_name(place):
                return place_mention(place, actors)
    return None


def _announcing(trigger: Token) -> Token | None:
    """The verb of saying by which the mover himself tells the change of side of ``trigger``: the head of "announced
    his defection" (the noun the sayer's own), or the verb whose complement's subject is a pronoun agreeing with the
    verb's own subject ("X announced ... that he had left", "X and forty of his fighters announced that they had
    left")."""
    head = trigger.head
    if trigger.pos_ == "NOUN":
        own = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in trigger.children)
        return head if own and trigger.dep_ == "dobj" and head.lemma_.lower() in _ANNOUNCING else None
    clause = trigger
    while clause.dep_ in ("conj", "xcomp") and clause.head is not clause:
        clause = clause.head  # "that they had left the FPRC and rallied to ...": "rallied" is told by "left"
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _ANNOUNCING or clause.head.pos_ != "VERB":
        return None
    verb = clause.head
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    sayer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or sayer is None or sayer.pos_ == "PRON":
        return None
    plural = sayer.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in sayer.children)
    return verb if subject.lower_ in (_PLURAL if plural else _SINGULAR) else None
