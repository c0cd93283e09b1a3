"""An event's own site that a proper name names, before the dateline's city (issue 14, nineteenth pass): "KABUL —
Taliban forces clashed with Pakistani border guards at the Torkham crossing", "PESHAWAR — ... in the Bajaur tribal
district". The name on the site's common noun is a place's name whatever the gazetteer knows of it (the villages of
real reports are in no gazetteer), so the site is where the deed happened, not the city the story was filed from. A
name that says whose the site is ("a Manipur Police outpost", "the Afghan border post", "a Taliban checkpoint") names a
body or a people, no place; a number names a road or a brand ("the N380 road", "a 7-Eleven store"). Also a name the
tagger took for a common noun after "in" ("shot dead outside his tea shop in Rueso").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract import lexicon
from kg.extract.namekinds import said_person
from kg.extract.placebodies import body_name
from kg.extract.toponyms import actor_word

# Dependencies of a name written before the noun it names: "the Torkham crossing", "the Bajaur tribal district".
_BEFORE = frozenset({"compound", "nmod", "amod"})
# Tags of a name that says whose a site is, not where: "the Pakistani post", "a Taliban checkpoint".
_OWNERS = frozenset({"NORP", "PERSON"})


def named_site(noun: Token) -> bool:
    """True for a common place noun that a proper name before it names: "the Torkham crossing", "the Bannu
    cantonment"; not "the Manipur Police outpost" (a body's), "the Afghan border post" (a people's), nor with the
    indefinite article, one of many ("a Walmart store", "a Taliban checkpoint")."""
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return False  # "a Walmart store", "a Kurdish checkpoint": one of a chain's or a side's, no place named
    names = [c for c in noun.children if c.dep_ in _BEFORE and c.i < noun.i]
    return any(_place_name(c) for c in names)


def _place_name(tok: Token) -> bool:
    """True for a proper name that may be a place's: capitalised, no acronym, no number, no actor the gazetteer knows,
    no body's or people's word, not a person's name the document gives."""
    if tok.pos_ != "PROPN" or not tok.is_title or tok.ent_id_ or tok.ent_type_ in _OWNERS:
        return False
    if any(c.isdigit() for c in tok.doc[tok.left_edge.i : tok.i + 1].text):
        return False  # "the N380 road", "a 7-Eleven store": a road's number, a brand
    if actor_word(tok) or body_name(tok) or said_person(tok):
        return False
    return not any(c.dep_ in _BEFORE and not _place_name(c) and c.pos_ == "PROPN" for c in tok.children)


# Prepositions of where a site is: "at the Torkham crossing", "in the Bajaur tribal district", "into the Bannu
# cantonment"; not "of" (whose: "the wall of the X compound" is read through its noun) nor "to" (gone to).
_AT_SITE = frozenset({"in", "at", "near", "outside", "inside", "into", "on", "around"})
# Common nouns of a site or an area a name may be written on; not a part of somewhere ("the X countryside", "the X
# Center", which kg.extract.incidentplaces cannot put inside the town another mention of the incident names).
_AREAS = lexicon.ADMIN_AREAS | lexicon.SETTLEMENT_NOUNS
_SITE_NOUNS = (lexicon.PLACE_NOUNS | lexicon.FACILITY_NOUNS | _AREAS) - (lexicon.RELATIONAL_PLACES - _AREAS)


def site_names(span: Span) -> list[Token]:
    """The sites of ``span``'s locative phrases that a name names: "at the Torkham crossing", "in the Bajaur tribal
    district", whatever the small model tagged the name (ORG, PERSON or nothing) and whether or not the gazetteer knows
    it. The site's noun is returned, so the place is the whole phrase ("the Ghulam Khan crossing")."""
    out = []
    for tok in span:
        if tok.dep_ != "pobj" or tok.head.lower_ not in _AT_SITE:
            continue
        if not ({tok.lemma_.lower(), tok.lower_} & _SITE_NOUNS) or not named_site(tok):
            continue
        out.append(tok)
    return out


# Prepositions after which a name is where, whatever the tagger made of it: "shot dead outside his shop in Rueso".
_WHERE_NAMED = frozenset({"in", "near", "outside", "around"})
# Entity labels of a name the tagger took for a common noun ("in Rueso" as NOUN, tagged ORG).
_NAME_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "PERSON"})


def noun_names(span: Span) -> list[Token]:
    """Names after "in"/"near"/"outside" that the tagger took for common nouns and the NER for a name: "was shot dead
    outside his tea shop in Rueso" (Rueso a NOUN tagged ORG). Capitalised inside the sentence, the whole entity, no
    actor the gazetteer knows, no group's or people's word, no person the document names."""
    out = []
    for tok in span:
        if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ not in _WHERE_NAMED:
            continue
        if not tok.is_title or tok.is_sent_start or tok.ent_type_ not in _NAME_LABELS or tok.ent_id_:
            continue
        if tok.ent_iob_ != "B" or (tok.i + 1 < len(tok.doc) and tok.nbor(1).ent_iob_ == "I"):
            continue  # one word, the whole name: not "in Parliament House"
        if actor_word(tok) or body_name(tok) or said_person(tok) or tok.lemma_.lower() in _SITE_NOUNS:
            continue
        out.append(tok)
    return out
