"""The named places of a sentence: the place entities, names the small model mistagged and place nouns carrying a
name that stand in a locative phrase ("in Aleppo", "near the town of Kafr Nabl", "Near Baiji," opening a strike
report), not a country's name inside an actor's ("Military Forces of Myanmar") nor a place where something was said
("told reporters in Geneva"). kg.extract.places decides which of them is where an event happened.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg.extract import lexicon, roles
from kg.extract.actors import Actors
from kg.extract.namekinds import NOT_PLACES, unfamiliar_name
from kg.extract.placebodies import body_name
from kg.extract.placechain import first_place
from kg.extract.placedebris import time_named
from kg.extract.placenests import DWELLERS, area_word
from kg.extract.toponyms import (
    EVENT_OF,
    LOCATIVE,
    PLACE_LABELS,
    UNTAGGED_OK,
    area,
    is_named,
    known_place,
    misread_place,
    modifying_place,
    named_inside,
    person_named,
    unfamiliar_place,
)
from kg.models import EntityKind, Mention

# Heads of capitalised phrases after "in" that are events, not places ("in the Algerian Civil War").
_NOT_PLACE_HEADS = frozenset(
    {"war", "revolution", "uprising", "conflict", "crisis", "campaign", "operation", "battle", "election", "summit"}
)
# Words of saying and their occasions: a place inside them is where it was said ("in a statement issued
# in Washington", "told reporters in Geneva"), not where the event happened.
_SAYING_VERBS = frozenset({"say", "tell", "announce", "state", "add", "brief"})
_SAYING_NOUNS = frozenset({
    "statement", "conference", "briefing", "interview", "speech", "visit", "meeting", "summit", "talks",
    "communique",
})  # fmt: skip
# Nouns of a message, said or posted, that the parser hangs on the deed it tells of ("claimed the attack in a
# statement on its radio station"): a place inside "in a statement ..." is the message's, never the deed's.
_MESSAGE_NOUNS = frozenset({
    "statement", "communique", "message", "video", "post", "broadcast", "recording", "tweet", "interview", "speech",
})  # fmt: skip
# Verbs whose participle tells where the speakers were: "speaking in Nairobi", "meeting in Brussels".
_OCCASION_VERBS = frozenset({"speak", "meet", "address", "visit"})
# Verbs whose participle on a report's carrier tells where the report was picked up: "the news agency, received in
# London, said", "a broadcast monitored in Nicosia said".
_RECEIVING_VERBS = frozenset({"receive", "monitor", "hear"})
# Nouns of what carries a report: a news agency, a radio, a broadcast.
_REPORT_CARRIERS = frozenset({
    "agency", "radio", "television", "broadcast", "report", "dispatch", "bulletin", "newspaper", "station",
})  # fmt: skip
_PEOPLE = ("PERSON", "NORP")
# Last words of an armed body's name on a facility ("a Frontier Corps checkpoint", "an Air Force base").
_ARMED_NAMES = lexicon.ARMED_NAME_WORDS - lexicon.ADMIN_AREAS
# Lines a place is on, which the area after them narrows: "across the Line of Control in Poonch district".
_LINES = frozenset({"line", "frontier", "boundary"})
_AREA_LEMMAS = lexicon.SETTLEMENT_NOUNS | lexicon.ADMIN_AREAS | lexicon.RELATIONAL_PLACES


def facility_town(place: Token, actors: Actors) -> Mention | None:
    """The town of a named facility: "a Frontier Corps checkpoint in Mastung town", "an Israeli Air Force base near
    Eilat city", "the al-Rawda mosque in Bir al-Abed town" are in Mastung, Eilat and Bir al-Abed; the name says
    whose or which the facility is, the town where it is; and a line in an area ("across the Line of Control in Poonch
    district") is where it crosses that area."""
    lemma = place.lemma_.lower()
    facility = (lemma in lexicon.FACILITY_NOUNS or lemma in _LINES) and lemma not in _AREA_LEMMAS
    if not (facility or any(c.dep_ == "compound" and c.lower_ in _ARMED_NAMES for c in place.children)):
        return None
    # "a Manipur Police outpost at Moreh": an unfamiliar name after "at" is the town, whatever the model tags it
    inner = [p for p in roles.pobjs(place, "in", "near", "at", "outside") if area(p) or _town_at(p)]
    if not inner or (_named_site(place) and inner[0].lemma_.lower() in _WIDE_AREAS):
        return None  # "at Kibonge camp in Walikale territory": a site with a place's name says more than its area
    return actors.place(first_place(named_inside(inner[0])))


def _town_at(name: Token) -> bool:
    """True for a one-word proper name a facility is said to be at that may be a village nobody knows ("a Police
    outpost at Moreh", tagged ORG), not a person's, a group's or a gazetteer actor's name ("an outpost at Hamid's
    house")."""
    if list(name.children) or name.ent_type_ not in ("", "ORG", "GPE", "LOC", "FAC"):
        return False
    if name.pos_ == "NOUN" and name.is_title and name.ent_type_ and not name.ent_id_:
        return True  # "at Moreh", tagged a plural noun the model still calls a name
    return unfamiliar_name(name)


def place_mention(place: Token, actors: Actors) -> Mention:
    """The mention of the named place ``place`` as where an event happened: a named facility's town
    (:func:`facility_town`), else the first place of its chain ("X village, Y district")."""
    return facility_town(place, actors) or actors.place(first_place(place))


# Areas wider than a town: a site named by a place's name is where, not the area it is in.
_WIDE_AREAS = frozenset({
    "territory", "province", "region", "state", "governorate", "county", "department", "oblast", "prefecture",
})  # fmt: skip


def _named_site(place: Token) -> bool:
    """True for a facility named by a place's name: "Kibonge camp", "the Zamzam camp" (tagged GPE, LOC or FAC), not by
    its owner's ("a Frontier Corps checkpoint", "the MONUSCO base")."""
    return any(c.dep_ == "compound" and c.ent_type_ in PLACE_LABELS for c in place.children)


def _locative(root: Token) -> bool:
    """True when ``root`` is the object of a locative preposition; "of" only after a place noun ("the
    city of X", "the outskirts of X"), not after an actor ("Military Forces of Myanmar")."""
    while root.dep_ in ("conj", "appos") and root.head is not root:
        root = root.head
    if root.dep_ != "pobj" or root.head.lower_ not in LOCATIVE | {"from"}:
        return False
    prep = root.head
    if prep.lower_ == "of":
        return not _actor_noun(prep.head) or prep.head.lemma_.lower() in DWELLERS  # "Residents of Kabalo said"
    if prep.lower_ == "between":
        return not root.ent_id_  # "clashes between Armenia and Azerbaijan": the sides, not where
    if prep.lower_ == "to":
        return prep.head.lemma_.lower() in ("spread", "extend", "move", "advance", "push")
    if prep.lower_ == "from":
        return prep.head.lemma_.lower() in _DISTANCES  # "about 20 km from Kalehe"
    return True


# Units of a distance whose "from" place locates something: "about 20 km from Kalehe", "two miles from the border".
_DISTANCES = frozenset({"km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles"})


_ACTOR_HEADS = (
    {"secretary", "department", "spokesman", "spokesperson", "office", "council", "governor", "mayor", "court"}
    | lexicon.STATE_APPARATUS
    | lexicon.GROUP_NOUNS
    | lexicon.MEMBER_NOUNS
    | lexicon.ARMED_ACTOR_NOUNS
    | lexicon.PEOPLE_NOUNS
    | {"people", "population", "citizen", "president", "king", "prime", "ambassador", "embassy", "ministry"}
) - lexicon.PLACE_NOUNS


def _actor_noun(tok: Token) -> bool:
    """True for the head of an actor's name or title: its "of" place is whose, not where ("Military
    Forces of Myanmar", "the people of Iraq", "the president of France")."""
    return tok.lemma_.lower() in _ACTOR_HEADS or tok.ent_type_ in ("ORG", "PERSON", "NORP") or bool(tok.ent_id_)


def named_places(span: Span, actors: Actors) -> list[Token]:
    """Heads of the named places of ``span`` that stand in a locative phrase, in text order: GPE, LOC
    and FAC entities, and proper names after "in"/"near" that the small model tagged NORP or ORG ("in
    Aleppo") and the gazetteer does not know as actors."""
    out = [ent.root for ent in actors.ents(span) if ent.label_ in PLACE_LABELS and _locative(ent.root)]
    out += [t for t in span if t.dep_ == "pobj" and _locative(t) and area(t)]
    out = [
        p
        for p in (named_inside(t) for t in out)
        if p.ent_type_ not in NOT_PLACES
        and p.lemma_.lower() not in lexicon.TIME_WORDS
        and (not p.ent_id_ or actors.gaz.entities[p.ent_id_].kind is EntityKind.STATE)
    ]
    out += [
        t
        for t in span
        if t.pos_ == "PROPN"
        and t.dep_ == "pobj"
        and (
            (t.head.lower_ in ("in", "near", "into", "outside", "around") and t.ent_type_ in ("", "NORP", "ORG"))
            or (t.head.lower_ == "in" and t.ent_type_ == "PERSON" and not _owned(t))
            # "in Kuchlagh" tagged PRODUCT or WORK_OF_ART: a name nobody knows, after "in"
            or (t.head.lower_ == "in" and t.ent_type_ in ("PRODUCT", "WORK_OF_ART", "LAW") and unfamiliar_name(t))
            or (t.head.lower_ in UNTAGGED_OK and (t.ent_type_ == "" or misread_place(t)))
            or (
                t.head.lower_ in ("of", "for")
                and t.head.head.lemma_.lower() in EVENT_OF
                and (t.ent_type_ not in _PEOPLE or misread_place(t))
            )
            or (t.head.lower_ == "of" and t.head.head.lemma_.lower() in lexicon.COMPASS_WORDS)  # "south of Saraqib"
            or (t.head.lower_ == "of" and t.head.head.lemma_.lower() in DWELLERS)  # "residents of Kabalo", any tag
        )
        and not t.ent_id_
        and not t.is_lower
        and t.lemma_.lower() not in _NOT_PLACE_HEADS
    ]
    out += _after_preposition_word(span)
    out += [t for t in span if unfamiliar_place(t)]  # "outside Kuchlagh" tagged PRODUCT
    out += [p for t in span for p in modifying_place(t)]  # "in support of the Mosul operations"
    out += _broken_parse_places(span)
    out += [t for t in span if t.pos_ == "PROPN" and area_word(t) is not None]  # "in vereda La Gurupera"
    # "a former deputy in the Katiba Serma", "integrated into the National Defence Forces": a body, no place
    # "bombed the jetty at 1140 GMT": a clock time, tagged an organisation (placedebris.py)
    return sorted({t for t in out if not person_named(t) and not body_name(t) and not time_named(t)}, key=lambda t: t.i)


def _broken_parse_places(span: Span) -> list[Token]:
    """Area nouns after a locative preposition whose name the parser misread ("in the Sagaing region",
    with "Sagaing" tagged a verb): read from the words, not the tree. The name must be a place entity or
    one the GeoNames gazetteer knows."""
    out = []
    for tok in span:
        if tok.lemma_.lower() not in lexicon.ADMIN_AREAS or tok.dep_ != "pobj" or not _locative(tok):
            continue
        if is_named(tok):
            continue  # read already
        words = [t for t in span.doc[tok.head.i + 1 : tok.i] if t.lower_ not in ("the", "a")]
        names = [t for t in words if t.text[:1].isupper() and not t.ent_id_]
        if (
            names
            and len(names) == len(words)
            and (any(t.ent_type_ in PLACE_LABELS for t in names) or known_place(" ".join(t.text for t in names)))
        ):
            out.append(tok)
    # "raids on the towns of Hayan and Anadan north of the city", where the parser lost the "of".
    for tok in span[:-2]:
        if tok.lemma_.lower() not in lexicon.SETTLEMENT_NOUNS or tok.dep_ != "pobj" or not _locative(tok):
            continue
        of, name = tok.nbor(1), tok.nbor(2)
        if of.lower_ == "of" and name.pos_ == "PROPN" and not name.ent_id_ and name.head.i != of.i:
            out.append(name)
    return out


def _owned(tok: Token) -> bool:
    """True for a possessor or a titled name: "in Ali's house", "in President X" are not places."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return (nxt is not None and nxt.tag_ == "POS") or any(
        c.dep_ in ("compound", "nmod") and c.ent_type_ != "PERSON" and c.pos_ != "PROPN" for c in tok.children
    )


def _after_preposition_word(span: Span) -> list[Token]:
    """Names right after a locative preposition the parser did not read as one: military reports open
    with "Near Sinjar, one strike engaged ...", where the small model tags "Near" a proper noun."""
    out = []
    for tok in span:
        if tok.lower_ not in ("near", "in", "outside", "around") or tok.i + 1 >= span.end:
            continue
        if tok.dep_ == "prep" and not tok.ent_type_:  # read as a preposition, and not swallowed by a name
            continue
        name = tok.doc[tok.i + 1]
        if name.pos_ != "PROPN" or name.ent_type_ in tuple(NOT_PLACES) or name.ent_id_:
            continue
        if name.ent_type_ in _PEOPLE and not roles.fronted_place(name):
            continue  # "Near Baiji," opening a report is a place even when tagged a person
        while name.i + 1 < span.end and name.nbor(1).pos_ == "PROPN" and not name.nbor(1).ent_id_:
            name = name.nbor(1)
        out.append(name)
    return out


def qualifies(place: Token, others: set[int]) -> bool:
    """True when ``place`` is written after another place as its area ("Aguelhok in northern Mali") or as the town
    it is measured from ("Baidoa, 250 km northwest of Mogadishu")."""
    if place.dep_ == "pobj" and place.head.lower_ in ("in", "of") and place.head.head.i in others:
        return True
    compass = place.head.head if place.dep_ == "pobj" and place.head.lower_ == "of" else None
    if compass is not None and compass.lower_ in lexicon.COMPASS_WORDS and compass.head.i in others:
        return True  # "in Baidoa, some 250 km northwest of Mogadishu": a bearing from Mogadishu
    return place.dep_ in ("appos", "npadvmod") and place.head.i in others


def where_said(place: Token, trigger: Token) -> bool:
    """True when ``place`` hangs on a word of saying that does not govern the trigger: "(the attack ...)
    in a statement issued in Washington", "told reporters in Geneva"."""
    if any(a.i == trigger.i for a in place.ancestors):
        # "attacked a meeting of elders in Kabul": the place is the event's own, unless it is inside a message the
        # parser hung on the deed ("claimed the attack in a statement on its Andalus radio station").
        return any(
            in_message(a) for a in place.ancestors if a.i > trigger.i and trigger.i in {b.i for b in a.ancestors}
        ) or _picked_up(place, trigger)
    governing = {trigger.i, *(a.i for a in trigger.ancestors)}
    deed = _deed_verbs(trigger)
    for tok in place.ancestors:
        if tok.i in governing:
            # "..., police said in Kabul": the saying governs the event but the place is its own.
            return tok.i != trigger.i and saying(tok) and place.head.head.i == tok.i
        if saying(tok) and not _struck(tok, deed):
            return True
    return False


# Nouns of a deed's cause: what the deed answered happened elsewhere ("in retaliation for Kenya's military presence
# in Somalia", "revenge for air strikes in Gedo").
CAUSE_NOUNS = frozenset({"retaliation", "revenge", "reprisal", "retribution", "vengeance", "response"})


def for_cause(place: Token, trigger: Token) -> bool:
    """True when ``place`` is inside the phrase of what the deed at ``trigger`` answered: "the attack was in
    retaliation for Kenya's military presence in Somalia" is not in Somalia."""
    for tok in place.ancestors:
        if tok.i == trigger.i:
            return False
        if tok.lemma_.lower() in CAUSE_NOUNS:
            return True
    return False


def _deed_verbs(trigger: Token) -> tuple[set[int], bool]:
    """The verb trigger and the verbs its clause continues ("tore through a meeting ..., killing the minister": tore),
    whose objects and "through/at" objects are what the deed struck; or the verb an event noun is the subject of ("a
    blast hit a meeting of elders"), whose direct object only ("the attack was condemned at a meeting in Geneva" is
    said there). The flag says whether prepositional objects count."""
    if trigger.pos_ not in roles.VERB_POS:
        verb = trigger.head
        subject = trigger.dep_ == "nsubj" and verb.pos_ in roles.VERB_POS
        return ({verb.i} if subject else set()), False
    out = {trigger.i}
    word = trigger
    while word.dep_ in ("advcl", "conj", "xcomp") and word.head.pos_ in roles.VERB_POS and word.head is not word:
        word = word.head
        out.add(word.i)
    return out, True


def _struck(noun: Token, deed: tuple[set[int], bool]) -> bool:
    """True for a meeting or a conference the deed itself struck: "a bomb tore through a meeting of security officials
    at the national security headquarters in Damascus", "a blast hit a meeting of elders in Khost"; its place is the
    deed's, not where something was said."""
    verbs, through = deed
    if noun.pos_ != "NOUN":
        return False
    if noun.dep_ == "dobj":
        return noun.head.i in verbs
    return through and noun.dep_ == "pobj" and noun.head.head.i in verbs


def in_message(tok: Token) -> bool:
    """True for the message noun of "in a statement", "in a video", "through a message": where it was said."""
    return tok.lemma_.lower() in _MESSAGE_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "through", "via")


def saying(tok: Token) -> bool:
    """True for a word of saying or its occasion: "said", "a statement", and the speakers' or ministers' participle
    ("the spokesman, speaking in Nairobi, said", "ministers meeting in Brussels condemned the attack"), not a meeting
    that does the deed ("fighters met in Derna and pledged allegiance")."""
    lemma = tok.lemma_.lower()
    if lemma in _OCCASION_VERBS and tok.pos_ == "VERB":
        return tok.dep_ in ("acl", "advcl") and tok.tag_ == "VBG"
    if _receiving(tok):
        return True  # "the news agency IRNA, received in London, said", "a broadcast monitored in Nicosia said"
    return (lemma in _SAYING_VERBS and tok.pos_ == "VERB") or (lemma in _SAYING_NOUNS and tok.pos_ == "NOUN")


def _picked_up(place: Token, said: Token) -> bool:
    """True when ``place`` is where the report told by ``said`` was picked up: "IRNA, received in London, said"."""
    for tok in place.ancestors:
        if tok.i == said.i:
            return False
        if _receiving(tok):
            return True
    return False


def _receiving(tok: Token) -> bool:
    """True for the participle of picking up a report on its carrier: "(IRNA,) received in", "(a broadcast) monitored
    in"."""
    return (
        tok.lemma_.lower() in _RECEIVING_VERBS
        and tok.dep_ == "acl"
        and tok.tag_ == "VBN"
        and _carries_reports(tok.head)
    )


def _carries_reports(tok: Token) -> bool:
    """True for a report's carrier: a news agency, a radio or broadcast noun, or an organisation's name ("IRNA")."""
    return tok.lemma_.lower() in _REPORT_CARRIERS or tok.ent_type_ == "ORG"


# A distance and a bearing right before a place's name, which make it the landmark another place is measured from:
# "340 kms north of Baghdad", "a few km east of the port town of Sidon", "20 kilometres (12 miles) west of Gondar".
MEASURE = (
    r"(?:some\s+|about\s+|around\s+|only\s+|just\s+)?(?P<count>a\s+few|several|\d[\d,]*(?:\.\d+)?)\s*"
    r"(?P<unit>km|kms|kilometres|kilometers|miles)\b\.?\s*(?:\([^)]*\)\s*)?"
    r"(?:north|south|east|west)[a-z-]*\s+of\s+(?:the\s+)?(?:[^,.;:()]{0,40}?\s)?"
)
_MEASURED = re.compile(MEASURE + "$", re.IGNORECASE)
# The farthest a place may lie from the landmark it is measured from to be where that landmark's incident happened,
# in kilometres: a lake or a district by a town, not a mountain peak 340 km off.
NEAR_KM = 30


def distance_km(count: str, unit: str) -> float:
    """The distance a measure gives, in kilometres ("a few" km counts as 5)."""
    km = float(count.replace(",", "")) if count[0].isdigit() else 5.0
    return km * 1.6 if unit.lower() == "miles" else km


def far_landmark(place: Token) -> bool:
    """True when ``place`` is a landmark a far place is measured from: "on Karda peak, 340 kms north of Baghdad" is
    not in Baghdad ("a few km east of Sidon" still tells where)."""
    sent = place.sent
    found = _MEASURED.search(sent.doc.text[sent.start_char : place.idx])
    return found is not None and distance_km(found["count"], found["unit"]) > NEAR_KM
