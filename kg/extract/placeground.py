"""The ground a deed's own verb stands on when it names no place: "beat protesters in the city centre", "surrendered in
the same district", "fired tear gas at students across the country".

A wire story's lead often names its town only in the dateline and then says where in it, or how widely, the deed was:
"LAGOS — Masked men beat protesters in the city centre on Monday". The definite place noun in a locative phrase of the
deed's own verb is where it happened, more closely than the town of filing; it is read only when the sentence names no
place of its own (places.py tries it just before the dateline; the ground of what was hit, "attacked troops in the
region", just before the sentences before). A town noun ("in the capital", "in the city") stands for the dateline's
town and is left to it, an indefinite noun ("in a market") says no more than the town does, a line ("across the
border") is crossed rather than stood on, and a part written with its whole ("the edge of the village") is left to the
whole. Under a headline that names a place, the headline's place says which town ("Clashes in Tripoli leave 13
dead\nRival militias fought ... in the southern suburbs").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon, roles
from kg.extract.actors import Actors
from kg.extract.defined import defining
from kg.extract.toponyms import PLACE_LABELS
from kg.models import Mention

# Prepositions whose object is the ground a deed stood on: "in the city centre", "across the country".
_GROUND = ("in", "at", "near", "on", "across", "outside", "inside", "around", "throughout", "along")

# Nouns that stand for the dateline's own town: "jets carried out air raids in the capital" is in the dateline's city.
_TOWN_NOUNS = frozenset({"city", "town", "capital", "village"})

# Stretches of country a report gives as where, beside the place nouns: "raids on villages in the highlands".
_COUNTRYSIDE = frozenset({"highland", "highlands", "hill", "hills", "mountain", "mountains", "plain", "plains"})

# Lines crossed, not ground stood on: "a soldier walked across the border and defected" left by it.
_LINES = frozenset({"border", "frontier", "boundary", "line"})


def own_ground(trigger: Token, targets: list[Token], actors: Actors, *, theirs: bool = False) -> Mention | None:
    """The definite, unnamed place noun in a locative phrase of ``trigger`` or the verb it hangs on ("beat protesters in
    the city centre" -> "the city centre"), and with ``theirs`` of one of its ``targets`` too ("has attacked troops in
    the region"), or None; never a target itself ("air raids on the rebel-held port" is what was hit)."""
    if _headlined(trigger):
        return None  # "Clashes in Tripoli leave 13 dead\nRival militias fought ... in the southern suburbs": Tripoli
    if any(defining(s) is not None for s in trigger.doc.sents if s.end <= trigger.i):
        return None  # "Kismayo is a port city ... Kenyan troops attacked positions around the airport": the town's page
    verb = trigger if trigger.pos_ in roles.VERB_POS else roles.governor(trigger)
    hit = {t.i for t in targets}
    for tok in dict.fromkeys(t for t in (trigger, verb, *(targets if theirs else [])) if t is not None):
        for place in roles.pobjs(tok, *_GROUND):
            if place.i not in hit and _ground(place):
                return actors.place(place)
    return None


def _ground(noun: Token) -> bool:
    """True for a definite common place noun with no name in it: "the city centre", "the same district", "the
    country"; not "the capital" (the dateline's town), "a market", "the Bannu cantonment" nor "Kabul's outskirts"."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma in _TOWN_NOUNS | _LINES:
        return False
    if lemma not in lexicon.PLACE_NOUNS | lexicon.RELATIONAL_PLACES | _COUNTRYSIDE:
        return False
    if noun.ent_type_ in PLACE_LABELS or roles.pobjs(noun, "of") or any(_named(p) for p in roles.pobjs(noun, *_GROUND)):
        return False  # "the outskirts of Kabul", "the edge of the village": the place it is part of says where
    if any(c.pos_ == "PROPN" or c.ent_type_ for c in noun.children):
        return False  # "the Bannu cantonment": a name says which
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        # "on the town's outskirts", "outside the brigade's headquarters"; not "his home", "the soldiers' trenches"
        return owner.tag_ == "NN" and _definite(owner)
    return _definite(noun)


def _definite(noun: Token) -> bool:
    """True for a common noun with "the" and no name: "the district", "the brigade" ("the brigade's headquarters")."""
    if noun.pos_ != "NOUN" or any(c.pos_ == "PROPN" or c.ent_type_ for c in noun.children):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _named(tok: Token) -> bool:
    """True for a name or a place entity: "Kabul" in "the outskirts of Kabul"."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in PLACE_LABELS or any(c.pos_ == "PROPN" for c in tok.children)


def _headlined(trigger: Token) -> bool:
    """True when ``trigger`` stands in the sentence right under a headline line that names a place ("Clashes in Tripoli
    leave 13 dead" over "Rival militias fought ... in the southern suburbs"): the headline says which town."""
    doc = trigger.doc
    first = doc.text.split("\n", 1)[0]
    if "\n" not in doc.text or first.rstrip().endswith((".", ":")) or "\n\n" in doc.text[: len(first) + 2]:
        return False
    sent = roles.sentence(trigger)
    if sent.start_char <= len(first) or "\n" in doc.text[len(first) + 1 : sent.start_char]:
        return False
    return any(t.ent_type_ in PLACE_LABELS for t in doc.char_span(0, len(first), alignment_mode="expand") or [])
