"""The doer of an event noun told inside the noun's own phrase where the parse lost it.

Wire copy, monitors and translated agency English name an attack's doer inside the phrase of its noun in two
shapes the dependency parse often breaks:

* after what was attacked: "the attack on the Ramla police post by Zindi militiamen", "attacks against polling
  stations by the separatist Ambazonia Defence Forces", "the shelling of Tal Rifat by Turkish forces".  The small
  model hangs the ``by`` phrase on the target (or on a noun inside it), so the noun has no ``by`` of its own; where
  the phrase is broken further ("by the separatist" with the name made the subject of the verb), the name that
  begins right after the ``by`` object is the doer;
* as an acronym modifier the NER did not tag: "an NPA ambush on soldiers", "an ADF raid on Beni".  A capitalised
  abbreviation before an event noun names who did it, unless it names the weapon ("an IED attack", "an RPG
  attack") or a place.

:func:`late_doer` reads both; the attack rule asks it only where its own reading found nobody.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon, roles
from kg.extract.role_words import MEANS_ABBREVIATIONS

# Prepositions of what an event noun was done to, whose phrase may carry the doer's "by" after it.
_AIMED = ("on", "against", "at", "targeting", "upon", "of")
# Dependencies a "by" phrase may hang through inside the target's phrase; a verb between ("a post held by rebels",
# "the base guarded by US troops") makes the "by" that verb's.
_INSIDE = frozenset({"prep", "pobj", "compound", "conj", "appos", "amod", "nmod"})
# Entity labels of a doer's name.
_DOER_ENTS = frozenset({"ORG", "NORP", "PERSON", "GPE"})
# Nouns that say who acts, beside names: "by gunmen", "by the militia", "by government troops".
_ACTOR_NOUNS = (
    lexicon.GROUP_NOUNS | lexicon.STATE_APPARATUS | lexicon.ACTING_MEMBERS | lexicon.DOER_NOUNS
) - lexicon.AERIAL_LEMMAS.union(
    {"attack", "raid", "bombing", "shelling", "offensive", "assault", "operation", "strike"}
)


def late_doer(noun: Token, *, of_target: bool) -> list[Token]:
    """The doer of the event noun ``noun`` read off its phrase: a ``by`` phrase after its target (``of`` counts as
    the target's preposition only when ``of_target``), else an acronym modifier; [] when neither names an actor."""
    aims = roles.pobjs(noun, *(_AIMED if of_target else _AIMED[:-1]))
    for aim in aims:
        for by in aim.subtree:
            if by.lower_ != "by" or by.dep_ != "prep" or not _hangs_inside(by, aim):
                continue
            doer = _by_object(by)
            if doer is not None:
                return [doer]
    acronym = _acronym_doer(noun)
    return [acronym] if acronym is not None else []


def _hangs_inside(by: Token, aim: Token) -> bool:
    """True when ``by`` reaches ``aim`` through noun-phrase links only, no verb or clause between."""
    token = by.head
    while token.i != aim.i:
        if token.dep_ not in _INSIDE or token.pos_ in ("VERB", "AUX"):
            return False
        token = token.head
    return True


def _by_object(by: Token) -> Token | None:
    """The actor a ``by`` phrase names: its object when that is an actor, else a name that begins right after its
    object ("by the separatist Ambazonia Defence Forces", where the parser ended the phrase at "separatist")."""
    obj = roles.first(roles.children(by, "pobj"))
    if obj is None:
        return None
    if _actor(obj):
        return obj
    following = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
    if following is not None and following.ent_iob_ == "B" and following.ent_type_ in _DOER_ENTS:
        name = next(e for e in obj.doc.ents if e.start == following.i)
        return name.root if roles.can_fill(name.root, doer=True) else None
    return None


def _actor(token: Token) -> bool:
    """True when ``token`` heads a phrase naming who acts: a name or an actor noun, never a means ("by air",
    "by boat"), a time ("by dawn") or a number."""
    if not roles.can_fill(token, doer=True):
        return False
    if token.ent_type_ in _DOER_ENTS or token.ent_id_:
        return True
    if token.pos_ == "PROPN":
        return not token.ent_type_
    if token.pos_ != "NOUN":
        return False
    if token.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "compound", "amod") for c in token.children):
        return False  # "by air", "by road": a means, not a doer
    return token.lemma_.lower() in _ACTOR_NOUNS or token.lower_ in _ACTOR_NOUNS


def _acronym_doer(noun: Token) -> Token | None:
    """The capitalised abbreviation that modifies ``noun`` and names who did it ("an NPA ambush"), when the NER left
    it untagged or took it for an organisation; None for a weapon's or a place's abbreviation."""
    for c in noun.children:
        if c.dep_ != "compound" or c.i > noun.i or c.pos_ != "PROPN":
            continue
        letters = c.text.replace("-", "")
        if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
            continue
        if c.lower_ in MEANS_ABBREVIATIONS or c.lower_ in roles.WEAPON_HEADS:
            continue
        if c.ent_type_ and c.ent_type_ not in ("ORG", "NORP"):
            continue  # "a US strike" has its own reading; "DRC", "UK" as places
        if any(g.dep_ in ("compound", "amod") for g in c.children):
            continue  # "a Kenya ADF base attack": the abbreviation belongs to a longer name
        return c
    return None
