"""Which tokens name places: a place entity, a name the small model mistagged that GeoNames knows ("near
Turbat" read as a DATE), a monitoring note's "Kyauk Kyi (Bago region)", a place noun with the name inside it
("the town of Kafr Nabl" -> Kafr Nabl). Token by token, no search: kg.extract.places decides which of them
is where an event happened.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon, roles
from kg.extract.actors import Actors
from kg.extract.namekinds import (
    ACTOR_WORDS,
    NOT_PLACES,
    actor_word,
    dated_name,
    loose_name,
    said_person,
    said_place,
    unfamiliar_name,
)
from kg.extract.placedebris import time_named
from kg.extract.placenests import area_word
from kg.extract.placeroads import road_end
from kg.extract.placeshapes import name_after_of, owner_initials
from kg.extract.placetaking import taken_name
from kg.extract.role_words import WEAPON_HEADS
from kg.geo.gazetteer import ADMIN1, COUNTRY, geonames
from kg.models import EntityKind

PLACE_LABELS = ("GPE", "LOC", "FAC")
LOCATIVE = frozenset(
    {
        "in",
        "at",
        "near",
        "on",
        "outside",
        "inside",
        "around",
        "across",
        "throughout",
        "of",
        "into",
        "over",
        "toward",
        "towards",
        "within",
        "along",
        "through",
        "off",
        "to",
        "between",
    }
)
# Nouns whose "of" object is the place fought over: "the Battle of Marawi", "the fall of Mosul".
# ... and "for" ("the battle for Tal Afar", "the fight for control of Mosul").
EVENT_OF = frozenset(
    {"battle", "siege", "fall", "capture", "liberation", "recapture", "retaking", "sack", "invasion", "occupation"}
    | {"fight", "struggle", "control", "offensive", "assault", "push", "isolation", "encirclement"}
)
# Place nouns a country's name makes a proper place: "Somalia's capital", "Iraq's second city".
_OWNED_PLACES = frozenset({"capital", "city", "port"})
UNTAGGED_OK = ("in", "near", "over", "at", "outside", "around", "inside", "across", "throughout", "between")
# Event nouns a place name may modify: "the Mosul operations", "the 2016 Nice attack".
_EVENT_NOUNS = frozenset({
    "operation", "offensive", "campaign", "battle", "attack", "airstrike", "strike", "bombing", "assault", "siege",
    "raid", "massacre", "shooting", "fighting", "clash", "blast", "explosion", "ambush", "shelling",
})  # fmt: skip
# Heads of an event's name that GeoNames also has as towns: "the War in Abkhazia" (War, West Virginia).
_EVENT_NAMES = frozenset({"war", "revolution", "uprising", "conflict", "crisis", "campaign", "battle", "siege"})
# Names the small model tags as dates or people that are no such thing ("near Turbat" as a DATE).
_DATE_SHAPES = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october"}
    | {"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)


def placelike(tok: Token) -> bool:
    return (
        tok.ent_type_ in PLACE_LABELS
        or tok.lemma_.lower() in lexicon.PLACE_NOUNS | lexicon.RELATIONAL_PLACES
        or misread_place(tok)
        or front_sector(tok)
    )


# Nouns of a stretch of front named by its town: "the Pokrovsk direction", "the Uri sector", "the Kabani axis".
_FRONT_NOUNS = frozenset({"direction", "sector", "axis"})


def front_sector(tok: Token) -> bool:
    """True for a stretch of front named by the town or the place it faces, as general staffs' and armies' reports
    write it: "in the Pokrovsk direction", "in the Uri sector", "along the Kabani axis" (a proper name, or a place
    entity, before the noun; "Arunachal's Tawang sector"); not "the private sector", "in the direction of the border"
    nor a group's sector ("Hay'at Tahrir al-Sham's Aleppo sector")."""
    if tok.lemma_.lower() not in _FRONT_NOUNS or tok.pos_ != "NOUN":
        return False
    if any(c.dep_ == "poss" and c.ent_type_ not in PLACE_LABELS for c in tok.children):
        return False  # "Hay'at Tahrir al-Sham's Aleppo sector": a body's command, not a stretch of front
    return any(
        c.dep_ in ("compound", "nmod", "amod")
        and c.i < tok.i
        and (c.pos_ == "PROPN" or c.ent_type_ in PLACE_LABELS)
        and not c.ent_id_
        and c.ent_type_ not in ("PERSON", "NORP", "ORG", "DATE", "CARDINAL", "ORDINAL")
        for c in tok.children
    )


def modifying_place(noun: Token) -> list[Token]:
    """A place name modifying an event noun: "the Mosul operations", "the 2016 Nice attack"."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in _EVENT_NOUNS:
        return []
    return [
        c
        for c in noun.children
        if c.dep_ in ("compound", "nmod", "amod")
        and c.i < noun.i
        and not c.ent_id_
        and (c.ent_type_ in ("GPE", "LOC") or misread_place(c))
    ]


def _name_text(tok: Token) -> str:
    """The proper name ``tok`` heads: itself with the proper nouns compounded before it ("al-Qaim")."""
    start = tok.i
    while start > 0:
        prev = tok.doc[start - 1]
        if prev.head.i != tok.i or not ((prev.dep_ == "compound" and prev.pos_ == "PROPN") or prev.text == "-"):
            break
        start -= 1
    return tok.doc[start : tok.i + 1].text


def misread_place(tok: Token) -> bool:
    """True for a proper name the small model tagged as something else (a date, a person, an organisation)
    that the GeoNames gazetteer knows as a place and kg's actor gazetteer does not know as an actor: "near
    Turbat" read as a DATE, "outside Avdiivka" as a PERSON, "across Balochistan" as an ORG."""
    if tok.ent_id_ or not tok.is_alpha or tok.is_upper or len(tok.text) < 3:
        return False
    if tok.is_lower and not any(t.is_title and t.pos_ == "PROPN" for t in tok.subtree if t.i < tok.i):
        return False  # a lower-case word is no name by itself: "a ceremony in the bush near X", not "the Koure reserve"
    if tok.is_stop:
        return False  # a title-case headline's "Even More Attacks": GeoNames has a "More", English has the word
    if tok.lower_ in _EVENT_NOUNS | _EVENT_NAMES:
        return False  # "In the War in Abkhazia, ...": an event's name, whatever town GeoNames has by its word
    if tok.pos_ != "PROPN" and not (tok.pos_ == "ADJ" and tok.is_title and tok.ent_type_ != "NORP" and tok.i > 0):
        return False  # "the 2016 Nice attack": the small model reads "Nice" as an adjective
    # Only where a place is expected: after "in", "near", "outside", ..., or naming an event.
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    slot = (
        (head.dep_ == "pobj" and head.head.lower_ in UNTAGGED_OK)
        or (head.dep_ in ("compound", "nmod", "amod") and head.head.lemma_.lower() in _EVENT_NOUNS)
        or (head.dep_ == "pobj" and head.head.lower_ in ("of", "for") and head.head.head.lemma_.lower() in EVENT_OF)
        or (head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in _FOUGHT_OVER)
        or _struck_on(head)
    )
    if not slot:
        return False
    if tok.ent_type_ in PLACE_LABELS:
        return False  # already a place
    if tok.lower_ in _DATE_SHAPES or tok.lower_ in lexicon.TIME_WORDS:
        return False
    if unfamiliar_name(tok) and dated_name(head, _EVENT_NOUNS):
        return True  # "the 2008 Mweeganj attacks", the year hung on the name
    if any(c.like_num or c.lower_ in _DATE_SHAPES for c in tok.children):
        return False
    if known_place(_name_text(tok)):
        return True
    return unfamiliar_name(tok) and (said_place(tok) or _place_by_its_slot(head))


def _struck_on(head: Token) -> bool:
    """True for the object of "on" or "against" after a strike's or a raid's noun: "Israeli strikes on Rafah", "the
    raid on Mbau" (a town GeoNames knows, whatever the model tags it, or one the document places)."""
    if head.dep_ != "pobj" or head.head.lower_ not in ("on", "against"):
        return False
    noun = head.head.head
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _STRUCK_NOUNS


# Event nouns whose "on" object is a place far more often than a person ("strikes on Rafah"; not "an attack on X").
_STRUCK_NOUNS = frozenset({"strike", "airstrike", "raid", "bombing", "shelling", "bombardment", "offensive"})


# Nouns whose "of"/"for" object is a place fought over whatever its name ("the liberation of X", "the fight for X"):
# not "capture" or "fall" (of a leader), nor "control".
_FOUGHT_OVER = EVENT_OF - {"capture", "fall", "control", "struggle", "push"} | {"bombardment", "shelling"}


def _place_by_its_slot(head: Token) -> bool:
    """True when the slot of an unfamiliar name says it is a place: the object of "the liberation of", "the battle
    for", "the siege of", "the bombardment of", where a building or camp stands ("a mosque in X", "the camp near X"),
    or a name on an event noun with a year ("the 2008 X attacks")."""
    if head.dep_ == "pobj" and head.head.lower_ in ("of", "for"):
        return head.head.head.lemma_.lower() in _FOUGHT_OVER and head.head.head.pos_ == "NOUN"
    if head.dep_ == "pobj" and head.head.lower_ in _SITED_IN and head.head.head.pos_ == "NOUN":
        return head.head.head.lemma_.lower() in lexicon.FACILITY_NOUNS  # "a mosque in Tin Zaouaten": a building's town
    return dated_name(head, _EVENT_NOUNS)


# Prepositions that put a building or a camp somewhere: "the camp in Tessalit", "a checkpoint near Zorgho".
_SITED_IN = frozenset({"in", "near", "outside"})


def known_place(name: str) -> bool:
    return bool(geonames().lookup(name))


def known_area(name: str) -> bool:
    """True when GeoNames knows ``name`` as a first-level division or a country ("Tillaberi", "Niger")."""
    return any(e.feature in (ADMIN1, COUNTRY) for e in geonames().lookup(name))


def compass_places(tok: Token) -> list[Token]:
    """ "south of Baghdad", "northwest of Bakhmut": a compass word hung on the verb with an "of" place."""
    return [
        p
        for c in tok.children
        if c.lemma_.lower() in lexicon.COMPASS_WORDS
        for p in roles.pobjs(c, "of")
        if p.ent_type_ in PLACE_LABELS or p.pos_ == "PROPN"
    ]


def monitor_place(tok: Token) -> bool:
    """A name followed by its admin areas in parentheses or after a comma, as monitoring notes write
    places: "Kyauk Kyi (Bago region)", "Kamba (Dosso, Niger)", "Kani township, Sagaing region"."""
    if tok.pos_ != "PROPN" or tok.ent_id_ or actor_word(tok):
        return False  # monitoring notes' actors: "Protesters (Kenya)", "Unidentified Armed Group (Mali)"
    for c in tok.children:
        if c.dep_ in ("appos", "conj", "npadvmod") and (
            c.ent_type_ in PLACE_LABELS or c.lemma_.lower() in lexicon.ADMIN_AREAS
        ):
            return True
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.text == "(":
        inside = []
        for t in tok.doc[nxt.i + 1 : min(nxt.i + 8, len(tok.doc))]:
            if t.text == ")":
                break
            inside.append(t)
        else:
            return False  # "the Border Security Force (BSF) in Kanker district": no area list
        names = [t for t in inside if t.text != ","]
        return bool(names) and (
            any(t.ent_type_ in PLACE_LABELS or t.lemma_.lower() in lexicon.ADMIN_AREAS for t in names)
            or known_area(" ".join(t.text for t in inside).split(",")[-1].strip())
        )
    return False


def person_named(tok: Token) -> bool:
    """True for a name the document makes a person's ("Commander Balotkot said ...") that GeoNames does not know,
    whatever the small model tags this mention of it ("the liberation of Balotkot", tagged GPE)."""
    return tok.pos_ == "PROPN" and not tok.ent_id_ and said_person(tok) and not known_place(_name_text(tok))


def place_token(tok: Token, actors: Actors) -> Token | None:
    """The token a place mention is built on for candidate ``tok``, or None when ``tok`` is no place."""
    if person_named(tok):
        return None
    if tok.ent_type_ in NOT_PLACES and not misread_place(tok):
        return None  # "pledged allegiance in November 2014": a date, not where
    if time_named(tok):
        return None  # "struck churches in Sri Lanka on Easter Sunday", Sunday tagged FAC (kg.extract.placedebris)
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in WEAPON_HEADS and not (tok.ent_id_ or toponym(tok)):
        return None  # "four Katyusha rockets hit near a base", tagged GPE: a weapon's name ("Iraq car bomb": where)
    if tok.pos_ == "PROPN" and actor_word(tok) and not tok.ent_id_:
        return None  # "fired tear gas at Protesters (Kenya)", tagged GPE: people, not where
    if tok.pos_ == "PROPN" and tok.lower_ in _EVENT_NAMES and tok.ent_type_ not in PLACE_LABELS:
        inner = roles.pobjs(tok, "in", "of")  # "In the War in Abkhazia, ...": the event's place, not its name
        return place_token(inner[0], actors) if inner else None
    if tok.ent_id_ and actors.gaz.entities[tok.ent_id_].kind is not EntityKind.STATE:
        return None  # "the Islamic State" is a group, whatever its head noun says
    # The small model tags unfamiliar towns NORP or ORG ("in Kidal"); after a locative preposition a
    # proper name that the gazetteer does not know as an actor is a place.
    locative = tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE
    named_place = (
        tok.pos_ == "PROPN" and tok.ent_type_ not in ("PERSON",) + (() if locative else ("NORP",)) and not tok.ent_id_
    )
    lemma = tok.lemma_.lower()
    if (
        tok.ent_type_ in PLACE_LABELS
        or lemma in lexicon.PLACE_NOUNS
        or lemma in lexicon.RELATIONAL_PLACES
        or (lemma in lexicon.ADMIN_AREAS and named_area(tok))  # "in Intan Jaya regency", "Kolori LGA", "Dera woreda"
        or named_place
        or toponym(tok)
        or unfamiliar_place(tok)  # "surrendered to troops at Kumshe", Kumshe tagged PERSON
        or front_sector(tok)  # "in the Pokrovsk direction"
    ):
        inside = named_inside(tok)
        return tok if time_named(inside) else inside  # "the ADF's camps in October": the camps
    return None


# Ways into a place, whose "to" names it: "the entrance to Mukalla", "the gates to the city".
_WAYS_IN = frozenset({"entrance", "gate", "gates", "approach", "approaches"})


def named_inside(tok: Token) -> Token:
    """For a place noun, the named place inside it: "the southern city of Susangerd" -> Susangerd,
    "positions of the army in Taiz city" -> Taiz city, "the Yemeni capital Sanaa" -> Sanaa, "the
    outskirts of Mogadishu" -> Mogadishu; else the token itself."""
    if tok.ent_type_ in PLACE_LABELS or toponym(tok):
        return tok
    for c in tok.children:
        if c.dep_ in ("appos", "compound") and c.i > tok.i and c.pos_ == "PROPN" and not c.ent_id_:
            opener = tok.doc[c.left_edge.i - 1].text
            # "(" right after the noun, whatever the parse hangs it on: "Hpa Yar-Wa village (Kyaukme, Shan-North)"
            paren = opener == "(" or (tok.doc[tok.i + 1].text == "(" and c.left_edge.i <= tok.i + 2)
            if tok.lemma_.lower() in _AREA_NOUNS and (paren or (opener == "," and _own_name(tok))):
                continue  # "Paletwa township (Chin)", "Patikul town, Sulu": the wider area after a named area
            if paren and _own_name(tok) and tok.lemma_.lower() in lexicon.FACILITY_NOUNS - BORDERS:
                continue  # "Zamzam IDP camp (El Fasher, North Darfur)": a named site's areas, as monitoring notes write
            return c  # "the Yemeni capital Sanaa"
    if tok.lemma_.lower() in lexicon.ADMIN_AREAS and is_named(tok):
        return tok  # "the Datta Khel district of North Waziristan" is Datta Khel's
    if _town_name(tok):
        return tok  # "neutralised 12 insurgents at Garin-Kolo in Yobe State": Garin-Kolo, tagged ORG, is the place
    if tok.lemma_.lower() in _ROADS:
        if (end := road_end(tok)) is not None:
            return end  # "on the road to Penjwen", "the road from Deh Mirza Zai" (placeroads.py)
        # "the highway linking Kandahar and Uruzgan", "the road connecting Gao to Menaka": the first town it links
        after = [tok.nbor(1)] if tok.i + 1 < len(tok.doc) else []  # the parser often hangs it on the convoy
        for c in [*tok.children, *after]:
            if c.dep_ == "acl" and c.lemma_.lower() in ("link", "connect", "join"):
                ends = [
                    o for o in c.children if o.dep_ == "dobj" and (o.ent_type_ in PLACE_LABELS or o.pos_ == "PROPN")
                ]
                if ends and not ends[0].ent_id_:
                    return ends[0]
    owner_of = tok.lemma_.lower() not in lexicon.SETTLEMENT_NOUNS | lexicon.RELATIONAL_PLACES
    # "the entrance to Mukalla": a way into a place is at it
    into = ("to",) if tok.lemma_.lower() in _WAYS_IN else ()
    for p in roles.pobjs(tok, "of", "in", "at", "near", *into):
        if owner_of and p.head.lower_ == "of" and p.ent_type_ not in PLACE_LABELS:
            continue  # "the offices of the weekly Le Canard Rouge": whose the facility is, not where
        # "the town of Kafr Nabl": the small model often calls such names ORG or even PERSON; after
        # "the village of" the noun says what it is.
        if p.ent_type_ in PLACE_LABELS or (
            p.pos_ == "PROPN"
            and not p.ent_id_
            and (
                p.ent_type_ not in ("PERSON", "NORP")
                or tok.lemma_.lower() in lexicon.PLACE_NOUNS | lexicon.RELATIONAL_PLACES
            )
        ):
            return p
        if tok.lemma_.lower() in lexicon.RELATIONAL_PLACES and p.lemma_.lower() in lexicon.PLACE_NOUNS:
            return named_inside(p)  # "the outskirts of the city of Aleppo"
    for p in roles.pobjs(tok, "of"):
        inner = [q for q in roles.pobjs(p, "in", "at", "near") if q.ent_type_ in PLACE_LABELS]
        if inner:
            return inner[0]
    return name_after_of(tok) or tok  # the parse lost the name: "retake the city of Nkhyaganj marks ..."


def _town_name(tok: Token) -> bool:
    """True for a proper name standing for a place after a locative preposition ("at Garin-Kolo in Yobe State"), not a
    facility's or a body's name ("the Interior Ministry in Kabul"), whose "in" phrase is where it is, nor a name with
    an "of" phrase ("the Battle of Mogadishu", "the University of X"), which that phrase places."""
    return (
        tok.pos_ == "PROPN"
        and tok.dep_ == "pobj"
        and tok.head.lower_ in ("at", "near", "in", "outside")
        and not tok.ent_id_
        and tok.ent_type_ not in ("PERSON", "NORP") + tuple(NOT_PLACES)
        and tok.lemma_.lower() not in lexicon.FACILITY_NOUNS | ACTOR_WORDS | lexicon.ADMIN_AREAS
        and not roles.pobjs(tok, "of")  # "In the Battle of Mogadishu": a name its "of" phrase places
    )


def _own_name(noun: Token) -> bool:
    """True when the place noun ``noun`` carries its own name before it ("Patikul town", "Paletwa township", "Zamzam
    IDP camp")."""
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i for c in noun.children)


def area(tok: Token) -> bool:
    """True when ``tok`` is a named area or a place noun with a name inside ("the island of Jolo")."""
    if named_area(tok) or front_sector(tok):
        return True
    if tok.lemma_.lower() not in lexicon.ADMIN_AREAS | lexicon.PLACE_NOUNS | lexicon.RELATIONAL_PLACES:
        return misread_place(tok)
    inner = named_inside(tok)
    return inner is not tok and (inner.pos_ == "PROPN" or is_named(inner))  # not "the outskirts of the city"


def named_area(tok: Token) -> bool:
    """A place entity, a monitoring-note name, or a place noun carrying a proper name ("northern Kunduz
    province"); stricter than :func:`is_named`, for places away from the event's own phrases."""
    if tok.ent_type_ in PLACE_LABELS or monitor_place(tok) or bordered(tok):
        return True
    if tok.lemma_.lower() not in lexicon.PLACE_NOUNS | lexicon.ADMIN_AREAS:
        return False
    return tok.pos_ == "PROPN" or any(
        (c.dep_ == "compound" and c.pos_ == "PROPN" and not c.ent_id_ and not owner_initials(c)) or _owned_name(c, tok)
        for c in tok.children
    )


def _owned_name(child: Token, noun: Token) -> bool:
    """True for a title-case name the tagger read as an adjective, after a place's possessive: "in Karachi's Lyari
    area" (Lyari tagged ADJ), not a people's adjective ("the Kurdish region")."""
    return (
        child.dep_ == "amod"
        and child.is_title
        and child.i > 0
        and any(c.dep_ == "poss" for c in noun.children)
        and not child.ent_id_
        and child.ent_type_ not in ("NORP", "PERSON", "DATE")
    )


# Lines a country's or people's name makes a named place: "the Thai border", "along the Iraqi frontier".
BORDERS = frozenset({"border", "frontier"})
_AT_BORDER = frozenset({"on", "along", "at", "near", "across", "over"})


def bordered(tok: Token) -> bool:
    """True for a border named by the country or people beyond it, where something stands or happens: "on the Thai
    border", "along the Iraqi border", "near the Syria-Turkey border"; not a border of no one ("the border", "a
    border post") nor one gone towards ("fled toward the Niger border": where they went, not where it happened)."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in _AT_BORDER:
        return False
    return tok.lemma_.lower() in BORDERS and any(
        c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i and c.ent_type_ in ("NORP", "GPE") for c in tok.children
    )


def is_named(tok: Token) -> bool:
    """True for a proper place name, or a place noun carrying one ("northern Kunduz province")."""
    if tok.ent_type_ in PLACE_LABELS or (tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON") or toponym(tok):
        return True
    if bordered(tok) or unfamiliar_place(tok) or front_sector(tok):
        return True  # "on the Thai border", "at Kumshe" tagged PERSON
    if loose_name(tok) is not None:
        return True  # "attacked Ghulimkot town", the name tagged an adjective
    return tok.lemma_.lower() in lexicon.PLACE_NOUNS | lexicon.ADMIN_AREAS | _WAYS_IN and any(
        (c.dep_ == "compound" and c.pos_ == "PROPN" and not c.ent_id_ and not owner_initials(c))
        or (c.dep_ == "poss" and c.ent_type_ == "GPE" and tok.lemma_.lower() in _OWNED_PLACES)  # "Somalia's capital"
        or name_before(c, tok)
        for c in tok.children
    )


def name_before(child: Token, noun: Token) -> bool:
    """True for a facility's own name that the parser hung on it as a modifier, not a compound: "the Gharyan garrison"
    (Gharyan read as an adjective), "near the Kosyam presidential palace" (Kosyam a nominal modifier past the
    adjective); a name, whatever the NER made of it, that is no gazetteer actor, person or people."""
    return (
        child.dep_ in ("amod", "nmod")
        and child.i < noun.i
        and child.pos_ == "PROPN"
        and not child.ent_id_
        and child.ent_type_ not in ("PERSON", "NORP", "DATE", "CARDINAL", "ORDINAL")
    )


def toponym(tok: Token) -> bool:
    """True when a proper name the small model tagged PERSON (or nothing) is still a place: a monitoring
    note's "Kyauk Kyi (Bago region)", an apposition "Grozny, the capital of ...", a name after its place
    noun ("the capital Sanaa"), a name that starts with a place word ("Tal Abyad", "Deir Hafer", "Kafr
    Nabl"), or a name taken "from" an armed side ("captured X from ISIS")."""
    if tok.pos_ != "PROPN" or tok.ent_id_ or time_named(tok):
        return False  # "in October": a month, whatever place the gazetteer names so
    if monitor_place(tok) or area_word(tok) is not None:
        return True  # "Kyauk Kyi (Bago region)", "in vereda La Gurupera"
    if unfamiliar_name(tok) and (said_place(tok) or _place_by_its_slot(tok)):
        return True  # "rebel-held Hesibdougou", "the fight for Hesyatepe", a name the document places elsewhere
    if any(c.dep_ == "appos" and c.lemma_.lower() in _APPOSED_PLACES for c in tok.children):
        return True  # "Grozny, the capital of ...", "Koulikouro Bas, a hamlet of about 300 people"
    first = tok.doc[min([tok.i] + [c.i for c in tok.children if c.dep_ == "compound"])]
    if first.lower_ in lexicon.TOPONYM_PREFIXES:
        return True
    name = min([tok.i] + [c.i for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"])
    if any(c.i == name - 1 and c.dep_ == "compound" and c.lemma_.lower() in lexicon.PLACE_NOUNS for c in tok.children):
        return True  # "the Houthi-held capital Sanaa", "the port city Hodeidah": the noun before says what it is
    return taken_name(tok)  # "the liberation of Manbij", "overran Palmyra", "M23 rebels seized Goma"


_ROADS = frozenset({"road", "highway", "motorway", "route", "expressway"})
_APPOSED_PLACES = lexicon.PLACE_NOUNS | lexicon.ADMIN_AREAS | lexicon.SETTLEMENT_NOUNS
_AREA_NOUNS = lexicon.ADMIN_AREAS | lexicon.SETTLEMENT_NOUNS


# Prepositions whose object is a place whatever it is called: "outside Kuchlagh", "over Ruweiss", "across Ceel Waaq"
# (not "into": groups merge "into" one another).
SPATIAL_ONLY = frozenset({"near", "outside", "inside", "around", "across", "over", "throughout", "along"})


# Words whose "at" marks what is aimed at or addressed, not where: "fired at Hassan", "a shot at Tobiah", "looked at".
_AIMING = frozenset({
    "fire", "shoot", "aim", "point", "throw", "hurl", "lob", "launch", "swing", "lunge", "shot", "jab", "swipe",
    "direct", "target", "look", "laugh", "shout", "yell", "scream", "wave", "smile", "glance", "stare", "sneer", "bark",
    "open", "rush", "charge", "lash", "strike", "hit", "come", "go", "get", "arrive",
})  # fmt: skip


# What the small model tags a village after "at" that no organisation is: "at Kumshe" (PERSON), untagged.
_AT_TAGS = ("PERSON", "", "PRODUCT", "WORK_OF_ART")


def _at_where(at: Token) -> bool:
    """True when "at" says where: on a verb ("surrendered to troops at Kumshe") or a facility ("an army post at
    Dourbeli"); not what is aimed at ("fired at Hassan", "lashed out at Tobiah") nor someone's employer ("a researcher
    at X")."""
    head = at.head
    if head.lemma_.lower() in _AIMING:
        return False
    return head.pos_ == "VERB" or (head.pos_ == "NOUN" and head.lemma_.lower() in lexicon.FACILITY_NOUNS)


def unfamiliar_place(tok: Token) -> bool:
    """A proper name neither GeoNames nor kg's actor gazetteer knows, made a place by the spatial preposition it
    stands after, whatever the small model tagged it: real villages in unfamiliar spellings come out PERSON, ORG,
    PRODUCT or WORK_OF_ART ("outside Kuchlagh", "near Ceel Waaq"). Not an acronym, a date, a group's or people's
    word ("near Rebels"), a titled person or a possessor ("near Ahmed's house"). After "at" only where it says where
    ("surrendered to troops at Kumshe"; not "fired at Hassan")."""
    if tok.pos_ != "PROPN" or tok.dep_ != "pobj":
        return False
    if tok.head.lower_ not in SPATIAL_ONLY and not (
        tok.head.lower_ == "at" and tok.ent_type_ in _AT_TAGS and _at_where(tok.head)
    ):
        return False  # "a researcher at Human Rights Watch": an organisation
    if tok.ent_id_ or tok.ent_type_ in NOT_PLACES or tok.is_upper or actor_word(tok):
        return False
    name = [tok, *(c for c in tok.children if c.dep_ == "compound")]
    if any(t.lower_ in lexicon.OFFICE_HOLDERS or t.lower_ in _DATE_SHAPES for t in name):
        return False  # "near General Haftar", "over Easter"
    after = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return not (after is not None and after.tag_ == "POS")
