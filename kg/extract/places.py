"""Where an event happened: the place of a draft event, from its own sentence, the dateline or the
sentence before.

The order, first match wins:

1. a *named* place among the event's own places: the ``in/at/near/over/...`` objects the rule found,
   the places inside its targets ("a checkpoint in Kunduz province"), an attacked or taken place
   ("ISIL captured Mosul"), each looked into for the name it contains ("the town of Kafr Nabl",
   "the outskirts of Mogadishu", "the Yemeni capital Sanaa", "northwest of Bakhmut", monitoring notes'
   "Kyauk Kyi (Bago region)");
2. the nearest named place of the sentence that stands in a locative phrase (not a country that acts,
   not the "of" of an actor's name: "Military Forces of Myanmar");
3. for the lead sentence of a wire story, the dateline city ("SANAA, Yemen (Reuters) -");
4. the first named place in a locative phrase of the sentence before, in the same paragraph
   ("Fighting broke out in Aleppo. Government troops shelled rebel positions.");
5. a common place noun of the event ("the presidential palace").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract import lexicon, roles
from kg.extract.actors import Actors
from kg.extract.nlp import is_dateline
from kg.extract.registry import Draft
from kg.geo.gazetteer import ADMIN1, COUNTRY, geonames
from kg.models import EntityKind, EventType, Mention

_NOT_PLACES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "EVENT"})
_PLACE_LABELS = ("GPE", "LOC", "FAC")
_LOCATIVE = frozenset(
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
# Heads of capitalised phrases after "in" that are events, not places ("in the Algerian Civil War").
_NOT_PLACE_HEADS = frozenset(
    {"war", "revolution", "uprising", "conflict", "crisis", "campaign", "operation", "battle", "election", "summit"}
)
# Nouns whose "of" object is the place fought over: "the Battle of Marawi", "the fall of Mosul".
# ... and "for" ("the battle for Tal Afar", "the fight for control of Mosul").
_EVENT_OF = frozenset(
    {"battle", "siege", "fall", "capture", "liberation", "recapture", "retaking", "sack", "invasion", "occupation"}
    | {"fight", "struggle", "control", "offensive", "assault", "push", "isolation", "encirclement"}
)
# Place nouns a country's name makes a proper place: "Somalia's capital", "Iraq's second city".
_OWNED_PLACES = frozenset({"capital", "city", "port"})
_UNTAGGED_OK = ("in", "near", "over", "at", "outside", "around", "inside", "across", "throughout", "between")
# Event nouns a place name may modify: "the Mosul operations", "the 2016 Nice attack".
_EVENT_NOUNS = frozenset({
    "operation", "offensive", "campaign", "battle", "attack", "airstrike", "strike", "bombing", "assault", "siege",
    "raid", "massacre", "shooting", "fighting", "clash", "blast", "explosion", "ambush", "shelling",
})  # fmt: skip
# Words of saying and their occasions: a place inside them is where it was said ("in a statement issued
# in Washington", "told reporters in Geneva"), not where the event happened.
_SAYING_VERBS = frozenset({"say", "tell", "announce", "state", "add", "brief"})
_SAYING_NOUNS = frozenset({
    "statement", "conference", "briefing", "interview", "speech", "visit", "meeting", "summit", "talks",
    "communique",
})  # fmt: skip
# Openers that move a story elsewhere: the sentence before no longer says where ("Separately, gunmen ...").
_SCENE_SHIFTS = frozenset({"separately", "elsewhere", "meanwhile"})
_SHIFT_NOUNS = frozenset({"incident", "attack", "development", "raid", "operation", "news", "case"})
_SHIFT_ADJECTIVES = frozenset({"another", "separate", "other", "unrelated", "different", "second"})
# Names the small model tags as dates or people that are no such thing ("near Turbat" as a DATE).
_DATE_SHAPES = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october"}
    | {"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)
_PEOPLE = ("PERSON", "NORP")
# Prepositions whose object is where the event happened, beyond those the rules collect.
_WHERE = (
    "in",
    "at",
    "near",
    "on",
    "over",
    "outside",
    "inside",
    "around",
    "across",
    "throughout",
    "through",
    "off",
    "between",
)


def location(draft: Draft, actors: Actors, taken: list[Mention]) -> Mention | None:
    """Where the event of ``draft`` happened, or None. ``taken`` are the agents (and the sides of a
    defection or allegiance): a country that acts is not the place, but a place that is attacked or
    taken is ("ISIL captured Mosul": target and location Mosul)."""
    used = {(m.span.start, m.span.end) for m in taken}
    common: Mention | None = None
    for tok in _candidates(draft, actors):
        place = _place_token(tok, actors)
        if place is None:
            continue
        m = actors.place(place)
        if (m.span.start, m.span.end) in used:
            continue
        if _is_named(place) or (place.i != tok.i and place.pos_ == "PROPN"):
            return m  # "the town of Mahas", whatever the model tags Mahas
        common = common or m
    sent = roles.sentence(draft.trigger)
    found = _sentence_place(sent, actors, used, near=draft.trigger)
    if found is None:
        found = dateline_place(sent, actors)
    if found is None and draft.type in (EventType.ATTACK, EventType.AIRSTRIKE, EventType.DEFECTION):
        # "Fighting raged around Rastan on Friday. Dozens of soldiers defected to the rebels": a wire report's
        # place, given once, holds for the events of the sentences after it.
        found = _earlier_place(sent, actors)
    return found or common


def _candidates(draft: Draft, actors: Actors) -> list[Token]:
    violent = draft.type in (EventType.ATTACK, EventType.AIRSTRIKE)
    out = list(draft.places)
    trigger = draft.trigger
    gov = trigger if trigger.pos_ in roles.VERB_POS else roles.governor(trigger)
    for tok in (trigger, gov):
        if tok is not None:
            out += [p for p in roles.pobjs(tok, *_WHERE) if _placelike(p) and _area(p)]
            out += _compass_places(tok)
    out += _modifying_place(trigger)  # "the 2016 Nice attack"
    for t in draft.targets:
        out += roles.pobjs(t, "in", "at", "near", "around", "between")  # "an attack on a village in Herat province"
        if t.lemma_.lower() in lexicon.PLACE_NOUNS or _monitor_place(t):
            out.append(t)  # "shelled the city of Kharkiv" -> Kharkiv
        elif (
            violent
            and t.ent_type_ in _PLACE_LABELS
            and (not t.ent_id_ or actors.gaz.entities[t.ent_id_].kind is EntityKind.STATE)
        ):
            out.append(t)  # "ISIL captured Mosul"; not "allegiance to the Islamic State"
    # "a district headquarters in northern Kunduz province": the named place inside a place noun.
    out += [p for c in list(out) for p in roles.pobjs(c, "in", "at", "near")]
    return list(dict.fromkeys(out))


def _placelike(tok: Token) -> bool:
    return (
        tok.ent_type_ in _PLACE_LABELS
        or tok.lemma_.lower() in lexicon.PLACE_NOUNS | lexicon.RELATIONAL_PLACES
        or _misread_place(tok)
    )


def _modifying_place(noun: Token) -> list[Token]:
    """A place name modifying an event noun: "the Mosul operations", "the 2016 Nice attack"."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in _EVENT_NOUNS:
        return []
    return [
        c
        for c in noun.children
        if c.dep_ in ("compound", "nmod", "amod")
        and c.i < noun.i
        and not c.ent_id_
        and (c.ent_type_ in ("GPE", "LOC") or _misread_place(c))
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


def _misread_place(tok: Token) -> bool:
    """True for a proper name the small model tagged as something else (a date, a person, an organisation)
    that the GeoNames gazetteer knows as a place and kg's actor gazetteer does not know as an actor: "near
    Turbat" read as a DATE, "outside Avdiivka" as a PERSON, "across Balochistan" as an ORG."""
    if tok.ent_id_ or not tok.is_alpha or tok.is_upper or len(tok.text) < 3:
        return False
    if tok.pos_ != "PROPN" and not (tok.pos_ == "ADJ" and tok.is_title and tok.ent_type_ != "NORP" and tok.i > 0):
        return False  # "the 2016 Nice attack": the small model reads "Nice" as an adjective
    # Only where a place is expected: after "in", "near", "outside", ..., or naming an event.
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    slot = (
        (head.dep_ == "pobj" and head.head.lower_ in _UNTAGGED_OK)
        or (head.dep_ in ("compound", "nmod", "amod") and head.head.lemma_.lower() in _EVENT_NOUNS)
        or (head.dep_ == "pobj" and head.head.lower_ in ("of", "for") and head.head.head.lemma_.lower() in _EVENT_OF)
    )
    if not slot:
        return False
    if tok.ent_type_ in _PLACE_LABELS:
        return False  # already a place
    if tok.lower_ in _DATE_SHAPES or tok.lower_ in lexicon.TIME_WORDS:
        return False
    if any(c.like_num or c.lower_ in _DATE_SHAPES for c in tok.children):
        return False
    return _known_place(_name_text(tok))


def _known_place(name: str) -> bool:
    return bool(geonames().lookup(name))


def _known_area(name: str) -> bool:
    """True when GeoNames knows ``name`` as a first-level division or a country ("Tillaberi", "Niger")."""
    return any(e.feature in (ADMIN1, COUNTRY) for e in geonames().lookup(name))


def _compass_places(tok: Token) -> list[Token]:
    """ "south of Baghdad", "northwest of Bakhmut": a compass word hung on the verb with an "of" place."""
    return [
        p
        for c in tok.children
        if c.lemma_.lower() in lexicon.COMPASS_WORDS
        for p in roles.pobjs(c, "of")
        if p.ent_type_ in _PLACE_LABELS or p.pos_ == "PROPN"
    ]


def _monitor_place(tok: Token) -> bool:
    """A name followed by its admin areas in parentheses or after a comma, as monitoring notes write
    places: "Kyauk Kyi (Bago region)", "Kamba (Dosso, Niger)", "Kani township, Sagaing region"."""
    if tok.pos_ != "PROPN" or tok.ent_id_:
        return False
    for c in tok.children:
        if c.dep_ in ("appos", "conj", "npadvmod") and (
            c.ent_type_ in _PLACE_LABELS or c.lemma_.lower() in lexicon.ADMIN_AREAS
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
            any(t.ent_type_ in _PLACE_LABELS or t.lemma_.lower() in lexicon.ADMIN_AREAS for t in names)
            or _known_area(" ".join(t.text for t in inside).split(",")[-1].strip())
        )
    return False


def _place_token(tok: Token, actors: Actors) -> Token | None:
    """The token a place mention is built on for candidate ``tok``, or None when ``tok`` is no place."""
    if tok.ent_type_ in _NOT_PLACES and not _misread_place(tok):
        return None  # "pledged allegiance in November 2014": a date, not where
    if tok.ent_id_ and actors.gaz.entities[tok.ent_id_].kind is not EntityKind.STATE:
        return None  # "the Islamic State" is a group, whatever its head noun says
    # The small model tags unfamiliar towns NORP or ORG ("in Kidal"); after a locative preposition a
    # proper name that the gazetteer does not know as an actor is a place.
    locative = tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVE
    named_place = (
        tok.pos_ == "PROPN" and tok.ent_type_ not in ("PERSON",) + (() if locative else ("NORP",)) and not tok.ent_id_
    )
    lemma = tok.lemma_.lower()
    if (
        tok.ent_type_ in _PLACE_LABELS
        or lemma in lexicon.PLACE_NOUNS
        or lemma in lexicon.RELATIONAL_PLACES
        or named_place
        or toponym(tok)
    ):
        return named_inside(tok)
    return None


def named_inside(tok: Token) -> Token:
    """For a place noun, the named place inside it: "the southern city of Susangerd" -> Susangerd,
    "positions of the army in Taiz city" -> Taiz city, "the Yemeni capital Sanaa" -> Sanaa, "the
    outskirts of Mogadishu" -> Mogadishu; else the token itself."""
    if tok.ent_type_ in _PLACE_LABELS or toponym(tok):
        return tok
    for c in tok.children:
        if c.dep_ in ("appos", "compound") and c.i > tok.i and c.pos_ == "PROPN" and not c.ent_id_:
            return c  # "the Yemeni capital Sanaa"
    if tok.lemma_.lower() in lexicon.ADMIN_AREAS and _is_named(tok):
        return tok  # "the Datta Khel district of North Waziristan" is Datta Khel's
    for p in roles.pobjs(tok, "of", "in", "at", "near"):
        # "the town of Kafr Nabl": the small model often calls such names ORG or even PERSON; after
        # "the village of" the noun says what it is.
        if p.ent_type_ in _PLACE_LABELS or (
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
        inner = [q for q in roles.pobjs(p, "in", "at", "near") if q.ent_type_ in _PLACE_LABELS]
        if inner:
            return inner[0]
    return tok


def _area(tok: Token) -> bool:
    """True when ``tok`` is a named area or a place noun with a name inside ("the island of Jolo")."""
    if _named_area(tok):
        return True
    if tok.lemma_.lower() not in lexicon.ADMIN_AREAS | lexicon.PLACE_NOUNS | lexicon.RELATIONAL_PLACES:
        return _misread_place(tok)
    inner = named_inside(tok)
    return inner is not tok and (inner.pos_ == "PROPN" or _is_named(inner))  # not "the outskirts of the city"


def _named_area(tok: Token) -> bool:
    """A place entity, a monitoring-note name, or a place noun carrying a proper name ("northern Kunduz
    province"); stricter than :func:`_is_named`, for places away from the event's own phrases."""
    if tok.ent_type_ in _PLACE_LABELS or _monitor_place(tok):
        return True
    if tok.lemma_.lower() not in lexicon.PLACE_NOUNS | lexicon.ADMIN_AREAS:
        return False
    return tok.pos_ == "PROPN" or any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and not c.ent_id_ for c in tok.children
    )


def _is_named(tok: Token) -> bool:
    """True for a proper place name, or a place noun carrying one ("northern Kunduz province")."""
    if tok.ent_type_ in _PLACE_LABELS or (tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON") or toponym(tok):
        return True
    return tok.lemma_.lower() in lexicon.PLACE_NOUNS | lexicon.ADMIN_AREAS and any(
        (c.dep_ == "compound" and c.pos_ == "PROPN" and not c.ent_id_)
        or (c.dep_ == "poss" and c.ent_type_ == "GPE" and tok.lemma_.lower() in _OWNED_PLACES)  # "Somalia's capital"
        for c in tok.children
    )


def _locative(root: Token) -> bool:
    """True when ``root`` is the object of a locative preposition; "of" only after a place noun ("the
    city of X", "the outskirts of X"), not after an actor ("Military Forces of Myanmar")."""
    while root.dep_ in ("conj", "appos") and root.head is not root:
        root = root.head
    if root.dep_ != "pobj" or root.head.lower_ not in _LOCATIVE:
        return False
    prep = root.head
    if prep.lower_ == "of":
        return not _actor_noun(prep.head)
    if prep.lower_ == "between":
        return not root.ent_id_  # "clashes between Armenia and Azerbaijan": the sides, not where
    if prep.lower_ == "to":
        return prep.head.lemma_.lower() in ("spread", "extend", "move", "advance", "push")
    return True


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


def _named_places(span: Span, actors: Actors) -> list[Token]:
    """Heads of the named places of ``span`` that stand in a locative phrase, in text order: GPE, LOC
    and FAC entities, and proper names after "in"/"near" that the small model tagged NORP or ORG ("in
    Aleppo") and the gazetteer does not know as actors."""
    out = [ent.root for ent in actors.ents(span) if ent.label_ in _PLACE_LABELS and _locative(ent.root)]
    out += [t for t in span if t.dep_ == "pobj" and _locative(t) and _area(t)]
    out = [
        p
        for p in (named_inside(t) for t in out)
        if p.ent_type_ not in _NOT_PLACES
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
            or (t.head.lower_ in _UNTAGGED_OK and (t.ent_type_ == "" or _misread_place(t)))
            or (
                t.head.lower_ in ("of", "for")
                and t.head.head.lemma_.lower() in _EVENT_OF
                and (t.ent_type_ not in _PEOPLE or _misread_place(t))
            )
        )
        and not t.ent_id_
        and not t.is_lower
        and t.lemma_.lower() not in _NOT_PLACE_HEADS
    ]
    out += _after_preposition_word(span)
    out += [p for t in span for p in _modifying_place(t)]  # "in support of the Mosul operations"
    out += _broken_parse_places(span)
    return sorted(set(out), key=lambda t: t.i)


def _broken_parse_places(span: Span) -> list[Token]:
    """Area nouns after a locative preposition whose name the parser misread ("in the Sagaing region",
    with "Sagaing" tagged a verb): read from the words, not the tree. The name must be a place entity or
    one the GeoNames gazetteer knows."""
    out = []
    for tok in span:
        if tok.lemma_.lower() not in lexicon.ADMIN_AREAS or tok.dep_ != "pobj" or not _locative(tok):
            continue
        if _is_named(tok):
            continue  # read already
        words = [t for t in span.doc[tok.head.i + 1 : tok.i] if t.lower_ not in ("the", "a")]
        names = [t for t in words if t.text[:1].isupper() and not t.ent_id_]
        if (
            names
            and len(names) == len(words)
            and (any(t.ent_type_ in _PLACE_LABELS for t in names) or _known_place(" ".join(t.text for t in names)))
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
        if tok.lower_ not in ("near", "in", "outside", "around") or tok.dep_ == "prep" or tok.i + 1 >= span.end:
            continue
        name = tok.doc[tok.i + 1]
        if name.pos_ != "PROPN" or name.ent_type_ in tuple(_NOT_PLACES) or name.ent_id_:
            continue
        if name.ent_type_ in _PEOPLE and not roles.fronted_place(name):
            continue  # "Near Baiji," opening a report is a place even when tagged a person
        while name.i + 1 < span.end and name.nbor(1).pos_ == "PROPN" and not name.nbor(1).ent_id_:
            name = name.nbor(1)
        out.append(name)
    return out


def _sentence_place(sent: Span, actors: Actors, used: set[tuple[int, int]], *, near: Token) -> Mention | None:
    """The named place of ``sent`` in a locative phrase nearest to the trigger ``near``; a country that is a
    subject or object ("Iran threatened ...") is an actor, not where the event happened, and a place
    where something was said ("in a statement issued in Washington") is not where it happened."""
    best = None
    found = _named_places(sent, actors)
    # "near Aguelhok in northern Mali", "Kanker district, Chhattisgarh": the area written after a place
    # says which one it is; the place itself is where.
    heads = {t.i for t in found}
    found = [t for t in found if not _qualifies(t, heads)]
    for root in found:
        if any(s <= root.idx < e for s, e in used) or _where_said(root, near):
            continue
        distance = abs(root.i - near.i)
        if best is None or distance < best[0]:
            best = (distance, root)
    return actors.place(best[1]) if best is not None else None


def _qualifies(place: Token, others: set[int]) -> bool:
    """True when ``place`` is written after another place as its area: "Aguelhok in northern Mali"."""
    if place.dep_ == "pobj" and place.head.lower_ in ("in", "of") and place.head.head.i in others:
        return True
    return place.dep_ in ("appos", "npadvmod") and place.head.i in others


def _where_said(place: Token, trigger: Token) -> bool:
    """True when ``place`` hangs on a word of saying that does not govern the trigger: "(the attack ...)
    in a statement issued in Washington", "told reporters in Geneva"."""
    if any(a.i == trigger.i for a in place.ancestors):
        return False  # "attacked a meeting of elders in Kabul": the place is the event's own
    governing = {trigger.i, *(a.i for a in trigger.ancestors)}
    for tok in place.ancestors:
        if tok.i in governing:
            # "..., police said in Kabul": the saying governs the event but the place is its own.
            return tok.i != trigger.i and _saying(tok) and place.head.head.i == tok.i
        if _saying(tok):
            return True
    return False


def dateline_place(sent: Span, actors: Actors) -> Mention | None:
    """For the lead sentence of a wire story, the dateline city ("SANAA, Yemen (Reuters) — jets carried
    out air raids on the capital" -> Sanaa): wire datelines name where the story was filed, which for a
    lead naming no other place is where it happened."""
    doc = sent.doc
    prev = roles.sentence(doc[sent.start - 1]) if sent.start > 0 else None
    if prev is None or not is_dateline(prev):
        return None
    first = doc[prev.start]
    return actors.place(first) if first.is_alpha else None


def _saying(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return (lemma in _SAYING_VERBS and tok.pos_ == "VERB") or (lemma in _SAYING_NOUNS and tok.pos_ == "NOUN")


def _earlier_place(sent: Span, actors: Actors) -> Mention | None:
    """Where the story is when ``sent`` names no place: the first named place (in a locative phrase) of
    the nearest of the two sentences before it in the same paragraph that names one, or the dateline
    city when the story has named no place since. A sentence that opens by moving elsewhere
    ("Separately, ...", "In another incident, ...") takes nothing from before."""
    doc = sent.doc
    if _shifts_scene(sent):
        return None
    current = sent
    for _ in range(2):
        if current.start == 0:
            return None
        prev = roles.sentence(doc[current.start - 1])
        if is_dateline(prev):
            first = doc[prev.start]
            return actors.place(first) if first.is_alpha else None
        # A paragraph break (a blank line: between them, or a sentence of its own) ends the story's place.
        if "\n\n" in roles.text_between(prev, current) or "\n\n" in prev.text or not prev.text.strip():
            return None
        found = [p for p in _named_places(prev, actors) if not _where_said(p, prev.root)]
        if found:
            return actors.place(found[0])
        if _shifts_scene(prev):
            return None
        current = prev
    return None


def _shifts_scene(sent: Span) -> bool:
    """True for a sentence that opens by moving the story elsewhere: "Separately, ...", "Elsewhere,
    ...", "In another incident, ...", "In a separate attack, ..."."""
    words = [t for t in sent[:6] if not t.is_punct]
    if not words:
        return False
    if words[0].lower_ in _SCENE_SHIFTS:
        return True
    return (
        words[0].lower_ == "in"
        and len(words) > 2
        and any(w.lower_ in _SHIFT_ADJECTIVES for w in words[1:3])
        and any(w.lemma_.lower() in _SHIFT_NOUNS for w in words[2:4])
    )


def toponym(tok: Token) -> bool:
    """True when a proper name the small model tagged PERSON (or nothing) is still a place: a monitoring
    note's "Kyauk Kyi (Bago region)", an apposition "Grozny, the capital of ...", a name that starts
    with a place word ("Tal Abyad", "Deir Hafer", "Kafr Nabl"), or a name taken "from" an armed side
    ("captured X from ISIS")."""
    if tok.pos_ != "PROPN" or tok.ent_id_:
        return False
    if _monitor_place(tok):
        return True
    if any(c.dep_ == "appos" and c.lemma_.lower() in lexicon.PLACE_NOUNS | lexicon.ADMIN_AREAS for c in tok.children):
        return True
    first = tok.doc[min([tok.i] + [c.i for c in tok.children if c.dep_ == "compound"])]
    if first.lower_ in lexicon.TOPONYM_PREFIXES:
        return True
    verb = tok.head if tok.dep_ == "dobj" else None
    if verb is None:
        return False
    if any(
        p.ent_id_ or p.ent_type_ in ("ORG", "NORP") or p.lemma_.lower() in lexicon.GROUP_NOUNS
        for p in roles.pobjs(verb, "from")
    ):
        return True
    # "Nigerian troops recaptured Baga", "overran Palmyra": a name the gazetteer knows as a town, taken back
    # or overrun (a verb whose object is a place, not a person captured).
    return verb.lemma_.lower() in lexicon.RETAKING_VERBS and _gazetteer_town(tok)


def _gazetteer_town(tok: Token) -> bool:
    from kg.geo.gazetteer import geonames

    name = tok.doc[min([tok.i] + [c.i for c in tok.children if c.dep_ == "compound"]) : tok.i + 1].text
    return bool(geonames().lookup(name))
