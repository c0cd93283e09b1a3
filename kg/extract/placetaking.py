"""Names a verb or noun of taking makes a place, whatever the small model tagged them: "the group's capture of
Palmyra", "the liberation of Mweotero", "Nigerian troops recaptured Baga", "overran Palmyra", "besieged Ouagenakot",
"M23 rebels seized Goma" (Goma tagged a person).  A person is captured or liberated as often as a town, so those need
a side that took it or a name the gazetteer knows; what is retaken, overrun, besieged or shelled is a place.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon, roles, senses
from kg.extract.namekinds import said_person, said_place, unfamiliar_name
from kg.geo.gazetteer import geonames

_TAKING_NOUNS = frozenset({"capture", "recapture", "liberation", "retaking", "seizure"})


def taken_name(tok: Token) -> bool:
    """True when ``tok``, a proper name, is the place a noun or verb of taking took ("the liberation of Manbij",
    "recaptured Baga", "seized Goma"), or one taken "from" an armed side."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _TAKING_NOUNS:
        # "the group's capture of Palmyra", "the liberation of Manbij": a town the gazetteer knows, taken by a side
        taking = tok.head.head
        side = any(c.dep_ == "poss" for c in taking.children) or bool(roles.pobjs(taking, "by"))
        if not (side or taking.lemma_.lower() != "capture"):
            return False
        # "the liberation of Mweotero": a town whoever knows it, unless the document makes the name a person's or it
        # is a full person's name ("the liberation of Ingrid Betancourt")
        return _gazetteer_town(tok) or (unfamiliar_name(tok) and (said_place(tok) or _one_word(tok)))
    verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") else None  # "overran X", "X had been retaken"
    if verb is None:
        seized = [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _SEIZING]
        # "to recapture Sanaa, seized by the Houthis in 2014": the town the participle's side took
        return bool(seized) and _big_town(tok) and _seized_by_armed_side(seized[0], tok)
    if any(
        _names_side(p) or any(c.dep_ == "compound" and _names_side(c) for c in p.children)
        for p in roles.pobjs(verb, "from") + roles.pobjs(tok, "from")
    ):
        return True  # "from ISIS", "from the militants", "from Fano militiamen" (the side named on its members)
    # "Nigerian troops recaptured Baga", "overran Palmyra": a name the gazetteer knows as a town, taken back
    # or overrun (a verb whose object is a place, not a person captured).
    # A name retaken or overrun is a place whoever knows it (a person is neither).
    lemma = verb.lemma_.lower()
    if lemma in ("retake", "overrun") or (
        lemma in _PLACE_OBJECTS and tok.dep_ == "dobj" and unfamiliar_name(tok) and _one_word(tok)
    ):
        return True  # "besieged Ouagenakot": only a place is besieged, encircled or shelled
    if lemma in _SEIZING and tok.dep_ == "dobj" and _seized_by_armed_side(verb, tok):
        return True  # "M23 rebels seized Goma", the town tagged a person
    if lemma in _SEIZING and tok.dep_ == "nsubjpass" and _big_town(tok) and _seized_by_armed_side(verb, tok):
        return True  # "Sanaa was seized by the Houthis" ("Ali was seized by militants" is a person taken)
    if lemma not in lexicon.RETAKING_VERBS:
        return False
    if _gazetteer_town(tok) or (said_place(tok) and unfamiliar_name(tok)):
        return True
    # "Balotdougou has been liberated": a one-word name liberated is a town ("Ingrid Betancourt was liberated" is a
    # person's full name; "Police recaptured Hassan" is no liberation)
    return lemma == "liberate" and _one_word(tok) and unfamiliar_name(tok)


# Verbs whose object is a place, never a person: "besieged Ouagenakot", "shelled Tobimwezi".
_PLACE_OBJECTS = frozenset({"besiege", "encircle", "shell", "bombard", "raze"})


# Verbs of taking whose named object an armed side takes is a town ("seized Goma", "stormed Korvan", "took Kidal"), not
# "captured", whose object is a person as often.
_SEIZING = frozenset({"seize", "storm", "take"})


def _seized_by_armed_side(verb: Token, name: Token) -> bool:
    """True when an armed side seized, stormed or took ``name``, a one-word name the document never makes a person's
    and the gazetteer knows or nobody knows ("M23 rebels seized Goma", "Sorava fighters stormed Korvan"); not "took
    Hassan hostage"."""
    subject = roles.subject(verb)
    if subject is None or not (senses.armed_actor(subject) or _offensive_that(verb, subject)):
        return False
    if not _one_word(name) or said_person(name):
        return False
    if any(c.dep_ in ("oprd", "xcomp", "prt", "ccomp") for c in verb.children):
        return False  # "took Hassan hostage", "took Hassan away"
    if any(t.lower_ in _PERSONAL for t in verb.subtree):
        return False  # "gunmen seized Hassan outside his home": a person taken
    return _gazetteer_town(name) or unfamiliar_name(name)


# Words that make what was seized a person: "outside his home", "from her car".
_PERSONAL = frozenset({"his", "her", "him", "himself", "herself"})


# Nouns of a military push whose relative clause takes a town: "led the offensive that took Idlib".
_PUSHES = frozenset({"offensive", "assault", "push", "advance", "operation", "campaign", "attack", "raid"})


def _offensive_that(verb: Token, subject: Token) -> bool:
    """True when ``verb`` is a relative clause on an offensive and ``subject`` that offensive or its relative pronoun:
    "led the offensive that took Idlib" (the offensive is the armed side's)."""
    return (
        verb.dep_ == "relcl"
        and verb.head.lemma_.lower() in _PUSHES
        and (subject.i == verb.head.i or subject.lower_ in ("that", "which"))
    )


def _one_word(tok: Token) -> bool:
    """True for a name of one word (a person's first mention carries a given name as well)."""
    return not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)


def _names_side(tok: Token) -> bool:
    return bool(tok.ent_id_) or tok.ent_type_ in ("ORG", "NORP") or tok.lemma_.lower() in lexicon.GROUP_NOUNS


def town_attacked(tok: Token) -> bool:
    """True for an attack's target that is a town the gazetteer knows, whatever tag the model gave its name ("attacked
    Mocimboa da Praia", tagged a work of art; "the attack on Palma", tagged an organisation): a proper name of no
    actor, and a city if the model made it a person's."""
    if tok.pos_ != "PROPN" or tok.ent_id_ or tok.ent_type_ in ("NORP", "DATE", "TIME", "CARDINAL") or said_person(tok):
        return False
    return _big_town(tok)


def _big_town(tok: Token) -> bool:
    """True for a name the gazetteer knows as a town, and as a city if the model made it a person's name."""
    least = _CITY if tok.ent_type_ == "PERSON" else 1
    return any(entry.feature == "P" and entry.population >= least for entry in geonames().lookup(_name(tok)))


# The population from which a name the model took for a person's is still read as the town taken.
_CITY = 250_000


def _gazetteer_town(tok: Token) -> bool:
    return bool(geonames().lookup(_name(tok)))


def _name(tok: Token) -> str:
    """The name ``tok`` ends, with the words compounded before it ("Mocimboa da Praia")."""
    return tok.doc[min([tok.i] + [c.i for c in tok.children if c.dep_ == "compound"]) : tok.i + 1].text
