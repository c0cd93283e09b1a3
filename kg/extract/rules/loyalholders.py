"""Who a post-nominal "loyal" describes, read off the words where the parser hung it elsewhere: "soldiers still loyal
to X", "guerrillas loyal to X" hung on a direction word before them, "Gunmen in Tripoli loyal to X" (see
rules/allegiance.py)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon, roles
from kg.extract.actors import Actors
from kg.models import EntityKind


def noun_before(trigger: Token) -> Token | None:
    """The noun a post-nominal adjective follows ("soldiers [still] loyal to"), skipping adverbs and
    one comma; None when the adjective does not follow a noun phrase."""
    i, start = trigger.i - 1, roles.sentence(trigger).start
    while i >= start and trigger.doc[i].pos_ == "ADV":
        i -= 1
    if i >= start and trigger.doc[i].text == ",":
        i -= 1
    if i < start:
        return None
    tok = trigger.doc[i]
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i and tok.head.i < trigger.i:
        tok = tok.head
    return tok


def place_word(token: Token) -> bool:
    """A direction or a named place, which is never the one loyal: the parser hung "loyal" on it past its noun."""
    return token.lower_ in lexicon.COMPASS_WORDS or token.ent_type_ in ("GPE", "LOC", "FAC")


def placed_noun(place: Token) -> Token | None:
    """The noun a place phrase follows ("Gunmen in Tripoli" -> "Gunmen"), read off the words: the noun right before
    "in", "from" or "of" right before the place's name; None when the place follows no such noun."""
    start = place.left_edge.i
    doc = place.doc
    if start >= 2 and doc[start - 1].lower_ in ("in", "from", "of") and doc[start - 2].pos_ in ("NOUN", "PROPN"):
        noun = doc[start - 2]
        return None if place_word(noun) else noun
    return None


def loyalists_of(loyalist: Token, actors: Actors) -> list[Token]:
    """Whom a "loyalist" noun is loyal to, when it says so: "loyalists of X", "loyalists to X", a name before it
    ("Saleh loyalists", "a Karuna loyalist", "al Qaeda loyalists") and an owner ("Hadi's loyalists", "his loyalists").
    None for a label: bare "loyalists", "loyalist forces", a people, state or place ("Ulster loyalists")."""
    if loyalist.dep_ in ("compound", "amod"):
        return []  # "loyalist forces": a label of the forces
    told = roles.pobjs(loyalist, "to", "of")
    if not told and loyalist.dep_ == "conj":
        # "between Houthi rebels and loyalists of Saleh", "of Saleh" hung on the first conjunct
        told = [o for o in roles.pobjs(loyalist.head, "of") if o.head.i == loyalist.i + 1]
    if told:
        return [t for t in told if t.ent_type_ not in _NOT_OWNERS]
    owners = [c for c in loyalist.children if c.dep_ == "poss" and c.lower_ not in ("its", "their", "our")]
    if owners:
        return owners[:1]  # "Hadi's loyalists", "his loyalists"
    # "Saleh loyalists": the last name before the noun
    names = [c for c in loyalist.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return [n for n in names[-1:] if n.ent_type_ not in _NOT_OWNERS and actors.kind(n) not in _NO_OWNER_KINDS]


# Names before "loyalists" that say where or which people, not whose: "Ulster loyalists", "Iraqi loyalists".
_NOT_OWNERS = frozenset({"GPE", "NORP", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL"})
_NO_OWNER_KINDS = (EntityKind.STATE, EntityKind.PLACE)  # whatever the NER's label
