"""Violence told of a kind, not of an incident, recognised by its grammar: who does it, in which tense, with what
determiner.

Reference pages, analyses and explainers write of strikes as a practice: "A drone strike typically costs less than
a manned sortie", "In military usage, an air strike means an attack by aircraft", "Each strike is reviewed by a
targeting cell", "Strikes of this kind range from a single bomb to waves of bombers", "Helicopter gunships usually
strike at night", "The drones are used to attack tanks".  No incident is told, and the guidelines annotate none.
:func:`senses.generic` (bare plurals and definitions with "be") and :mod:`kinds` (what a weapon is for) read the
other frames; this module reads five more, none of them a word list of events:

* an event noun with "any" after a preposition ("would respond to any attack on its troops");
* an event noun whose determiner picks out no one deed ("a", "an", "each", "every", "any") as the subject of a
  present-tense clause ("A drone strike typically costs ...", "Each strike is reviewed ..."); with "a"/"an" only
  in a sentence that names no place, date, number or actor, since a headline's "A drone strike kills three in
  Marib" is one incident;
* a plural event noun that a copula says is common or rare ("Defections from both sides have been common in the
  conflict", "Such attacks are rare in the capital");
* an event noun said to be "of this kind", "of the type", "of such a sort": a class; the standard of a comparison
  ("costs less than a manned sortie") and what a definition's verb says a kind is ("means an attack by aircraft");
* a violence verb in the present simple whose doer is a kind (a bare plural or "a"/"an" common noun, not a name)
  with an adverb of frequency ("Gunships usually strike at night", "Warlords often bomb villages"), and an
  infinitive of what something is used, designed or trained for in the present tense ("The drones are used to
  attack tanks"), in a sentence naming no place, date, number or actor.

The same words in the past ("The drones were used to attack tanks near Avdiivka"), with a named doer ("Boko Haram
often attacks villages in Borno": habitual deeds of a real actor, which the guidelines count) or naming one deed
("the strike on the depot") stay events.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import roles

# Determiners of a noun that stands for any member of a kind, not for one deed.
_ANY_ONE = frozenset({"a", "an", "each", "every", "any"})
_INDEFINITE = frozenset({"a", "an"})
# Nouns of a class a deed is said to belong to: "strikes of this kind".
_CLASS_NOUNS = frozenset({"kind", "type", "sort", "form", "category", "class"})
# Adverbs that say how often a kind of deed happens, which a report of one incident does not carry.
_HOW_OFTEN = frozenset({
    "usually", "typically", "generally", "normally", "often", "rarely", "seldom", "sometimes", "frequently",
    "commonly", "always", "never", "occasionally", "mostly", "tend",
})  # fmt: skip
# Adjectives a copula says how common a kind of deed is with: "Defections have been common".
_HOW_COMMON = frozenset({
    "common", "commonplace", "frequent", "rare", "routine", "widespread", "regular", "rife", "uncommon", "unusual",
    "infrequent", "endemic",
})  # fmt: skip
_COPULAS = frozenset({"be", "become", "remain", "grow"})
# Governors of what something is meant, made or used for: "are used to attack tanks".
_MEANT_FOR = frozenset({"use", "design", "build", "intend", "equip", "train", "adapt", "configure", "deploy"})
# Entity labels that pick out one incident ("at night" is a TIME that picks out none).
_SPECIFIC = frozenset({"DATE", "CARDINAL", "GPE", "LOC", "FAC", "ORG", "NORP", "PERSON", "QUANTITY"})
_PRESENT = frozenset({"VBZ", "VBP"})
# Prepositions whose object is the standard a comparison measures against: "less than a manned sortie".
_STANDARDS = frozenset({"than", "like"})
# Verbs of a definition, whose object is what the subject is said to be: "an air strike means an attack by aircraft".
_DEFINING = frozenset({"mean", "denote", "signify", "constitute", "describe", "define"})


def noun_of_a_kind(noun: Token) -> bool:
    """True when the event noun ``noun`` stands for a kind of deed: "a"/"each" as the subject of a present-tense
    clause, or "of this kind"."""
    while noun.dep_ in ("compound", "amod", "nmod") and noun.head.i > noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "a drone strike": the phrase's head
    if any(c.dep_ == "prep" and c.lower_ == "of" and _class(c) for c in noun.children):
        return True  # "Strikes of this kind range from ..."
    det = next((c.lower_ for c in noun.children if c.dep_ == "det"), None)
    if noun.dep_ == "pobj" and noun.head.lower_ in _STANDARDS and det in _INDEFINITE:
        return True  # "costs less than a manned sortie": the standard of a comparison
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _DEFINING and _tense(noun.head) in _PRESENT:
        return True  # "an air strike means an attack on a ground target made by aircraft"
    if how_common(noun):
        return True  # "Defections from both sides have been common in the conflict", "Such attacks are rare"
    if det == "any" and noun.tag_ in ("NN", "NNS") and noun.dep_ == "pobj":
        # "would respond to any attack on its troops": no deed in particular; "denied that any air strikes had been
        # carried out" is a denial of deeds, read by modality as negated
        return True
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.tag_ not in ("NN", "NNP"):
        return False
    if det not in _ANY_ONE or any(c.dep_ in ("poss", "nummod") for c in noun.children):
        return False
    if _tense(noun.head) not in _PRESENT:
        return False
    return det not in _INDEFINITE or not _named(noun)


def how_common(noun: Token) -> bool:
    """True for a plural event noun with no determiner but "such", no owner and no count, that a copula says is common
    or rare: "Defections from both sides have been common", "Such attacks are rare in the capital"."""
    if noun.dep_ != "nsubj" or noun.tag_ != "NNS" or noun.head.lemma_ not in _COPULAS:
        return False
    if any(c.dep_ in ("poss", "nummod") or c.dep_ == "det" and c.lower_ != "such" for c in noun.children):
        return False
    return any(c.dep_ == "acomp" and c.lemma_.lower() in _HOW_COMMON for c in noun.head.children)


def verb_of_a_kind(verb: Token) -> bool:
    """True when the violence verb ``verb`` tells what a kind of doer does or what something is for, not a deed:
    "Gunships usually strike at night", "The drones are used to attack tanks"."""
    if verb.dep_ in ("xcomp", "advcl") and verb.tag_ == "VB" and verb.head.lemma_.lower() in _MEANT_FOR:
        return _tense(verb.head) in _PRESENT and not _named(verb)  # "are used to attack tanks"
    if verb.tag_ not in _PRESENT or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if not any(c.dep_ == "advmod" and c.lower_ in _HOW_OFTEN for c in verb.children):
        return False
    subject = roles.subject(verb)
    return subject is not None and _a_kind_of_doer(subject) and not _named(verb)


def _class(of: Token) -> bool:
    """True for an "of" phrase that names a class: "of this kind", "of the type", "of such a sort"."""
    objects = [p for p in of.children if p.dep_ == "pobj"]
    objects += [
        c for p in objects for c in p.children if c.dep_ in ("compound", "amod")
    ]  # "this kind range", misparsed
    return any(p.lemma_.lower() in _CLASS_NOUNS for p in objects)


def _a_kind_of_doer(subject: Token) -> bool:
    """A common noun standing for any doer of its kind: a bare plural ("gunships") or "a"/"an" ("a sniper")."""
    if subject.pos_ != "NOUN" or subject.ent_type_ or subject.ent_id_:
        return False
    if any(c.dep_ in ("poss", "nummod") or c.ent_type_ in _SPECIFIC or c.ent_id_ for c in subject.children):
        return False
    det = next((c.lower_ for c in subject.children if c.dep_ == "det"), None)
    return (det is None and subject.tag_ == "NNS") or det in _INDEFINITE


def _tense(token: Token) -> str:
    """The tag of the finite verb of ``token``'s clause: itself or its auxiliaries."""
    aux = [c for c in token.children if c.dep_ in ("aux", "auxpass") and c.tag_ in (*_PRESENT, "VBD", "MD")]
    return aux[0].tag_ if aux else token.tag_


def _named(token: Token) -> bool:
    """True when the sentence of ``token`` names a place, date, number or actor."""
    return any(t.ent_type_ in _SPECIFIC or t.like_num or t.ent_id_ for t in roles.sentence(token))


def defined_deed(verb: Token) -> bool:
    """True for a deed a definition tells of any doer of a kind, not of one: "Floor-crossing means that a member of
    one party leaves it and joins another", "Defection means when a candidate leaves his party": a present-simple
    verb, whose doer is a kind ("a member", "MPs"), in the clause a verb of defining takes. The same words with a named
    doer or in the past ("The senator left the party") tell a deed. The term defined is none either: a bare event
    noun as the subject of the verb of defining ("Defection in political science means ...")."""
    if verb.pos_ == "NOUN" and verb.dep_ == "nsubj" and verb.head.lemma_.lower() in _DEFINING:
        return not any(c.dep_ in ("det", "poss", "nummod") for c in verb.children)
    clause = verb
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head  # "... leaves it and joins another party"
    if verb.tag_ not in _PRESENT or clause.dep_ not in ("ccomp", "advcl"):
        return False
    if clause.head.lemma_.lower() not in _DEFINING:
        return False
    subject = roles.subject(verb) or roles.subject(clause)
    return subject is not None and _a_kind_of_doer(subject)
