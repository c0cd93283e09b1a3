"""Event nouns used of a kind of deed, told by what the sentence does with them: what a weapon or a base is for,
what a force's role is, what a kind of deed has become or is used for.

Reference pages and defence news write of strikes as a capability or a practice ("a cruise missile used for
land-attack strikes", "The aircraft is designed for deep strike missions", "The air force's main role is to conduct
strikes against enemy targets", "Surgical strikes have become a staple of modern warfare", "The new rules limit drone
strikes outside areas of active hostilities").  No incident is told there, and the guidelines annotate none.  Each
frame reads the noun's governor and the tense of the clause, not the noun: the same words in the past ("the base was
used to launch air strikes on Raqqa") or naming one event ("the strike on the depot") stay events.

:func:`senses.generic` asks :func:`of_a_kind` first.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import roles, threats

# Governors of what something is meant, made or used for: "designed for deep strike missions", "used for strikes".
_MEANT_FOR = frozenset({
    "design", "use", "build", "intend", "equip", "configure", "adapt", "optimise", "optimize", "suit", "allow",
    "capable", "ideal", "suitable", "dedicate", "train", "reserve",
})  # fmt: skip
# Subjects that say what someone's part is: "the main role of the air force is to conduct strikes".
_ROLES = frozenset({"role", "purpose", "mission", "task", "job", "function", "duty", "aim", "goal", "objective"})
# Dependency labels of a phrase that names the kind it belongs to, not one event.
_HELD = ("nsubj", "nsubjpass", "dobj")
_PRESENT = frozenset({"VBZ", "VBP"})
# Entity labels that pick out one event: a date, a place, a number, a named actor.
_SPECIFIC = frozenset({"DATE", "TIME", "CARDINAL", "GPE", "LOC", "FAC", "ORG", "NORP", "PERSON", "QUANTITY"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your"})


def of_a_kind(noun: Token) -> bool:
    """True when the event noun ``noun`` names a kind of deed, by one of the frames of the module docstring."""
    phrase = _phrase(noun)
    if not _bare(phrase):
        return False
    return _meant_for(phrase) or _role_of(phrase) or _practice(phrase) or threats.guarded_against(phrase)


def _phrase(noun: Token) -> Token:
    """The head of the noun phrase ``noun`` modifies ("deep strike missions" -> missions), else ``noun``."""
    while noun.dep_ in ("compound", "amod", "nmod") and noun.head.i > noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    return noun


def _bare(noun: Token) -> bool:
    """A bare or "such" noun phrase: no article, possessive, number or named modifier picks out one deed."""
    for c in noun.children:
        if c.dep_ == "poss" or c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in _DEFINITE):
            return False
        if c.dep_ in ("det", "amod", "compound", "nmod") and (c.ent_type_ in _SPECIFIC or c.ent_id_):
            return False
    return True


def _tense(token: Token) -> str:
    """The tag of the finite verb of ``token``'s clause: itself, its auxiliaries, or the verb it is a clause of."""
    seen = 0
    while seen < 8:
        seen += 1
        if token.tag_ in _PRESENT or token.tag_ in ("VBD", "MD"):
            return token.tag_
        aux = [c for c in token.children if c.dep_ in ("aux", "auxpass") and c.tag_ in (*_PRESENT, "VBD", "MD")]
        if aux:
            return aux[0].tag_
        if token.head is token:
            return token.tag_
        token = token.head
    return token.tag_


def _meant_for(noun: Token) -> bool:
    """ "designed for deep strike missions", "a missile used for land-attack strikes", "allows for pre-emptive strikes",
    "the use of armed drones for targeted killings", "is used to launch air strikes": what something is for, in the
    present tense."""
    governor = None
    if noun.dep_ == "pobj" and noun.head.lower_ == "for":
        governor = noun.head.head
    elif noun.dep_ == "dobj" and noun.head.dep_ in ("xcomp", "advcl") and noun.head.tag_ == "VB":
        governor = noun.head.head  # "is used to launch air strikes"
    if governor is None or governor.lemma_.lower() not in _MEANT_FOR:
        return False
    return _tense(governor) in _PRESENT


def _role_of(noun: Token) -> bool:
    """ "The air force's main role is to conduct strikes against enemy targets": the object of an infinitive that is
    what a role, purpose or task is."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.dep_ not in ("xcomp", "attr", "ccomp", "advcl") or verb.head.lemma_ != "be":
        return False
    subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in _ROLES and _tense(verb.head) in _PRESENT


def _practice(noun: Token) -> bool:
    """ "Surgical strikes have become a staple of modern warfare", "Air strikes are often used to support ground
    troops", "Such attacks are typically carried out by small cells", "The new rules limit drone strikes": a bare plural
    held by a present-tense verb (its perfect and passive too) in a sentence that names no place, date, number or
    actor."""
    if noun.dep_ == "pobj" and noun.head.lower_ in _READINESS and noun.tag_ in ("NNS", "NNPS"):
        noun = noun.head  # "Troops are trained to respond to ambushes": what one is ready for
        return _tense(noun.head) in _PRESENT and not _named(noun)
    if noun.dep_ not in _HELD or noun.tag_ not in ("NNS", "NNPS") or noun.head.pos_ not in ("VERB", "AUX"):
        return False
    if _tense(noun.head) not in _PRESENT:
        return False
    if noun.dep_ == "dobj" and noun.head.tag_ not in _PRESENT:
        return False  # "Coalition aircraft have conducted strikes": a present perfect's object is a report of deeds
    return not _named(noun)


# Prepositions of what one is ready, trained or armed for: "respond to ambushes", "defend against air strikes".
_READINESS = frozenset({"to", "against", "for"})


def _named(token: Token) -> bool:
    """True when the sentence of ``token`` names a place, date, number or actor."""
    return any(t.ent_type_ in _SPECIFIC or t.like_num or t.ent_id_ for t in roles.sentence(token))


def in_general(verb: Token) -> bool:
    """True when ``verb``'s clause is in the present tense and its sentence names no place, date, number or actor:
    "Chlorine is used to purify drinking water" tells what is done, not a deed."""
    used = {t.i for c in verb.children if c.dep_ in ("nsubjpass", "dobj") for t in c.subtree}  # "Chlorine", a GPE
    return _tense(verb) in _PRESENT and not any(
        t.ent_type_ in _SPECIFIC or t.like_num or t.ent_id_ for t in roles.sentence(verb) if t.i not in used
    )
