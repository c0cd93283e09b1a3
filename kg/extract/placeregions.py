"""A region or a line the event's own phrase names by a common noun: "attacked a police checkpoint in the northwest",
"killed dozens of militants in an operation near the border with Mali", "attacked Israeli positions along the
border". Wire copy and monitoring notes say where by such a phrase as often as by a town; it is where the event
happened, and the dateline's town or the place of the sentence before is not ("PESHAWAR, Pakistan (AP) — ... attacked
a police checkpoint in the northwest"). A bearing from a place ("north of Kidal") and a named border ("the Thai
border") are read elsewhere (toponyms.compass_places, toponyms.bordered); a line gone towards ("fled towards the
border") is where the doers went, not where the event happened.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon, roles
from kg.extract.toponyms import BORDERS

# Prepositions that put the deed in a region or on a line; not "to"/"towards" (gone to) nor "from".
_AT = ("in", "near", "along", "across", "on", "at", "throughout", "inside")
# Common nouns a deed's phrase may hold before the region: "in an operation near the border", "in clashes in the north".
_CARRIERS = frozenset({"operation", "raid", "attack", "ambush", "clash", "fighting", "offensive", "assault", "battle"})


def own_region(trigger: Token, targets: list[Token]) -> Token | None:
    """The region ("the northwest", "the far north") or the line ("the border with Mali", "the border") a locative
    phrase of the trigger, of the verb it belongs to or of a target names by a common noun, or None."""
    gov = trigger if trigger.pos_ in roles.VERB_POS else roles.governor(trigger)
    if trigger.lemma_.lower() in lexicon.DOER_NOUNS | lexicon.ARMED_ACTOR_NOUNS:
        gov = None  # "the attackers had been trained across the border": the doers' other deed, not the event's
    holders = [t for t in dict.fromkeys((trigger, gov)) if t is not None] + targets
    for holder in holders:
        for place in roles.pobjs(holder, *_AT):
            if _region(place):
                return place
            if place.lemma_.lower() in _CARRIERS:
                inner = [p for p in roles.pobjs(place, *_AT) if _region(p)]
                if inner:
                    return inner[0]  # "killed dozens of militants in an operation near the border with Mali"
    return None


def _region(noun: Token) -> bool:
    """True for a definite compass region or border written in lower case: "the northwest", "the border with Mali";
    not "north of X" (a bearing), "a border" nor one the text names ("the North West", "the Thai border")."""
    if noun.pos_ != "NOUN" or not noun.is_lower or not any(c.lower_ == "the" for c in noun.children):
        return False
    if noun.lower_ in lexicon.COMPASS_WORDS:
        return not roles.pobjs(noun, "of")  # "in the north of Kidal region" is Kidal region's
    named = any(c.dep_ in ("amod", "compound") and (c.ent_type_ or c.pos_ == "PROPN") for c in noun.children)
    return noun.lemma_.lower() in BORDERS and not named  # "the shared border", not "the Thai border"
