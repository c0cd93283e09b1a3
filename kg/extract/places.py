"""Where an event happened: the place of a draft event, from its own sentence, the dateline, the
sentences before or the one place the document names.

The order, first match wins:

1. a *named* place among the event's own places: the ``in/at/near/over/...`` objects the rule found,
   the places inside its targets ("a checkpoint in Kunduz province"), an attacked or taken place
   ("ISIL captured Mosul"), each looked into for the name it contains ("the town of Kafr Nabl",
   "the outskirts of Mogadishu", "the Yemeni capital Sanaa", "northwest of Bakhmut", monitoring notes'
   "Kyauk Kyi (Bago region)");
2. the nearest named place of the sentence that stands in a locative phrase (not a country that acts,
   not the "of" of an actor's name: "Military Forces of Myanmar");
3. the definite, unnamed place noun of the deed's own locative phrase ("beat protesters in the city centre",
   kg.extract.placeground), else for the lead sentence of a wire story, the dateline city ("SANAA, Yemen (Reuters) -");
4. the first named place in a locative phrase of the two sentences before, in the same paragraph
   ("Fighting broke out in Aleppo. Government troops shelled rebel positions."; a headline's line counts);
5. for an event with no place noun of its own, the one place the whole document names, before or after it
   ("... The attack took place in Zhari district"), countries aside when a town is named;
6. a common place noun of the event ("the presidential palace").

Which tokens name places at all is kg.extract.toponyms's; which of them a sentence names in locative
phrases, kg.extract.placenames's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract import lexicon, roles
from kg.extract.actors import Actors
from kg.extract.defined import defined_place, defining
from kg.extract.leaddatelines import unread
from kg.extract.namekinds import said_place
from kg.extract.nlp import is_dateline
from kg.extract.placeafter import (
    happened_after,
    opens_at,
    recalled,
    received_after,
    shifts_scene,
    told_after,
    told_apart,
)
from kg.extract.placeannounced import announced_at
from kg.extract.placebodies import body_name
from kg.extract.placechain import area_qualifier, first_place
from kg.extract.placefields import field_place, header_place
from kg.extract.placeground import own_ground
from kg.extract.placeheaders import filing_town, issuer_town
from kg.extract.placemovers import mover_place
from kg.extract.placenames import (
    facility_town,
    far_landmark,
    for_cause,
    named_places,
    place_mention,
    qualifies,
    where_said,
)
from kg.extract.placenests import dwelling_places, named_part
from kg.extract.placeorder import by_precedence, describes_actor, narrower
from kg.extract.placeparens import parenthesised_scene
from kg.extract.placeregions import own_region
from kg.extract.placeretold import retold_place
from kg.extract.placescene import moment, same_moment, scene_places, sentence_town
from kg.extract.placesites import named_site, noun_names, site_names
from kg.extract.placestates import state_zone
from kg.extract.placesurrender import authority_seat
from kg.extract.placetaken import taken_place
from kg.extract.placetaking import town_attacked
from kg.extract.placethere import there_place
from kg.extract.reading import reading_of
from kg.extract.registry import Draft
from kg.extract.sectionlabels import section_place
from kg.extract.toponyms import (
    EVENT_OF,
    LOCATIVE,
    PLACE_LABELS,
    area,
    bordered,
    compass_places,
    front_sector,
    is_named,
    known_area,
    known_place,
    misread_place,
    modifying_place,
    monitor_place,
    name_before,
    named_inside,
    place_token,
    placelike,
    toponym,
    unfamiliar_name,
)
from kg.geo.gazetteer import PLACE, geonames
from kg.models import EntityKind, EventType, Mention

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
    "along",
)


# Prepositions that say where a doer is ("fighters in Sirte"), not whose it is ("the army of Mali").
_WHERE_IN = frozenset({"in", "at", "near", "around", "outside", "inside", "across", "throughout"})


# Verbs beside a defection's verb that tell where the defector went: "defected and fled to", "flying to".
_BESIDE = ("conj", "advcl", "xcomp")


def location(draft: Draft, actors: Actors, taken: list[Mention]) -> Mention | None:
    """Where the event of ``draft`` happened, or None. ``taken`` are the agents (and the sides of a
    defection or allegiance): a country that acts is not the place, but a place that is attacked or
    taken is ("ISIL captured Mosul": target and location Mosul)."""
    used = {(m.span.start, m.span.end) for m in taken}
    # "enlisted in the Azov Battalion": the side joined, whatever its article, is no place
    sides = {_bare(m.span.text) for m in taken}
    common: Mention | None = None
    common_tok: Token | None = None
    named = {t.i for target in draft.targets for t in _place_modifiers(target)}
    if draft.type in (EventType.ATTACK, EventType.AIRSTRIKE):
        named |= {t.i for t in draft.targets if town_attacked(t)}  # "attacked Mocimboa da Praia", any NER tag
    for tok in _candidates(draft, actors):
        if (zone := state_zone(tok)) is not None:
            return actors.place_words(zone)  # "a drone struck a freighter in Omani waters" (placestates.py)
        place = tok if tok.i in named else place_token(tok, actors) or named_part(tok)
        if place is None or body_name(place):
            continue  # "crossed over to the Russian Volunteer Corps": a body, no place
        m = actors.place(place)
        if (m.span.start, m.span.end) in used or _bare(m.span.text) in sides:
            continue
        specific = first_place(narrower(place))
        if specific is not place:
            return actors.place(specific)  # "near Jalalabad city, Nangarhar province, Afghanistan": Jalalabad
        lines = [p for p in roles.pobjs(place, "on", "along") if bordered(p)] if _unplaced(place) else []
        if lines:
            return actors.place(lines[0])  # "part of a Karen guerrilla stronghold on the Thai border"
        # a stretch of front ("in the Pokrovsk direction") gives way to a village the sentence names in it
        if (is_named(place) and not front_sector(place)) or (place.i != tok.i and place.pos_ == "PROPN"):
            # "the town of Mahas", whatever the model tags Mahas; "the Dilling market" is in Dilling
            return facility_town(place, actors) or _town_on(place, actors) or m
        if common is None:
            common, common_tok = m, place
    sent = roles.sentence(draft.trigger)
    found = None
    if draft.type in (EventType.DEFECTION, EventType.ALLEGIANCE):
        found = _destination(draft, actors, used)
        found = found or announced_at(draft.trigger, actors)  # "X announced in Malakal that he had left the SPLA-IO"
    found = found or _sentence_place(sent, actors, used, near=draft.trigger, own=common is not None)
    if found is None and draft.type in (EventType.DEFECTION, EventType.ALLEGIANCE):
        seat = authority_seat(draft.trigger)  # "laid down arms before the emir of Anka"
        found = actors.place(seat) if seat is not None else None
    violent = draft.type in (EventType.ATTACK, EventType.AIRSTRIKE)  # a defector's border is his way out
    if found is None and violent and (region := own_region(draft.trigger, list(draft.targets))) is not None:
        found = actors.place(region)  # "... attacked a police checkpoint in the northwest": not the dateline's town
    found = found or there_place(draft.trigger, actors)  # "were bussed to Idlib. ... joined HTS there"
    if found is None and common_tok is not None:
        found = _named_before(common_tok, actors)  # "Ramadi, the capital of Anbar ... overran the city"
        found = found or told_after(common_tok, actors)  # "torched a police station. The station is in Pirimo"
    if found is None:
        found = happened_after(sent, actors)  # "... killed 11 villagers. The killings happened in Tamou"
    if found is None and draft.type in (EventType.DEFECTION, EventType.ALLEGIANCE):
        found = received_after(sent, actors)  # "... returned to the fold. They were received in Qaryat al-Sawma'ah"
    found = found or retold_place(draft, sent, actors, used)  # "struck an oil depot ... The depot is in Klintsy"
    if found is None and (scene := parenthesised_scene(sent)) is not None:
        found = actors.place_words(scene)  # "... joined the Shabwa Defence Forces (Ataq, Shabwa).": a note's place
    if found is None and common_tok is not None and named_site(common_tok):
        found = common  # "KABUL — ... clashed with border guards at the Torkham crossing": not the dateline's city
    if found is None and draft.type in (EventType.DEFECTION, EventType.ALLEGIANCE) and common is None:
        found = mover_place(draft.agents, actors)  # "UVIRA — A Wazalendo commander in the Ruzizi plain has switched"
    # "LAGOS — ... beat protesters in the city centre" (placeground.py)
    found = found or own_ground(draft.trigger, list(draft.targets), actors)
    if found is None:
        found = dateline_place(sent, actors)
    if found is None and (field := field_place(draft.trigger) or header_place(sent)) is not None:
        found = actors.place(field)  # "Location: Djibo, Soum province. Event: armed men attacked a military camp"
    if found is None and draft.type is EventType.DEFECTION:
        # "seized the town of X ... soldiers crossed over to the rebels": where the garrison gave up (placetaken.py)
        found = taken_place(sent, actors)
    # "Militants have attacked vaccinators in the region": the ground of what was hit, before the sentences before
    found = found or own_ground(draft.trigger, list(draft.targets), actors, theirs=True)
    if found is None and draft.type in (EventType.ATTACK, EventType.AIRSTRIKE, EventType.DEFECTION):
        # "Fighting raged around Rastan on Friday. Dozens of soldiers defected to the rebels": a wire report's
        # place, given once, holds for the events of the sentences after it.
        found = _earlier_place(sent, actors)
        found = found or _labelled(sent, actors)  # "Anka: The commander ... laid down arms": a round-up's place
        if found is None:
            # "Sinjar is free because ... air support": the sentence's one town outside a locative phrase
            spans = {(m.span.start, m.span.end) for m in taken}
            moved = draft.type is EventType.DEFECTION  # "fled across the border to Mizoram"
            found = sentence_town(sent, actors, spans, same_moment(draft.trigger), moved=moved)
        if found is None and common is None:
            # A place noun of the event's own ("a crowded market") comes before the document's town: tried the other
            # way, stress4's location recall fell 0.777 -> 0.771.
            found = _document_place(sent, actors)
    found = found or common
    return None if found is not None and _bare(found.span.text) in sides else found


def _labelled(sent: Span, actors: Actors) -> Mention | None:
    """The place label of the round-up section that holds ``sent`` (kg.extract.sectionlabels)."""
    label = section_place(sent)
    return actors.place(label) if label is not None else None


def _town_on(facility: Token, actors: Actors) -> Mention | None:
    """The town a facility is named after when the parser hung the name on it as a modifier ("the Dilling market", "the
    Gharyan garrison"): a name GeoNames knows as a place; None for a name of the facility's own ("the Kosyam
    presidential palace"), which stays the place."""
    if facility.lemma_.lower() not in lexicon.FACILITY_NOUNS - lexicon.ADMIN_AREAS - lexicon.SETTLEMENT_NOUNS:
        return None  # "in Chak 45 village": a settlement's own name is its whole name
    for name in (c for c in facility.children if name_before(c, facility)):
        if known_place(facility.doc[name.left_edge.i : name.i + 1].text):
            return actors.place(name)
    return None


def _bare(text: str) -> str:
    """A role's text without its article, to compare a place with a side: "the Azov Battalion" -> "azov battalion"."""
    words = text.lower().split()
    return " ".join(words[1:] if words[:1] in (["the"], ["a"], ["an"]) else words)


def _unplaced(noun: Token) -> bool:
    """True for a common noun whose name, if any, is no place's: "a Karen guerrilla stronghold" (a people's name), not
    "the Bab al-Hawa crossing" (a place entity), which stays the place even on the Turkish border."""
    return noun.pos_ == "NOUN" and not any(
        c.dep_ == "compound" and (c.ent_type_ in PLACE_LABELS or toponym(c)) for c in noun.children
    )


# Definite place nouns that stand for a town named before: "overran the city", "attacked the village".
_TOWN_NOUNS = frozenset({"city", "town", "village", "capital"})
# Sentences looked back through for the town such a noun stands for.
_TOWN_REACH = 5


def _named_before(noun: Token, actors: Actors) -> Mention | None:
    """The town a definite "the city", "the town", "the village" or "the capital" with no name of its own stands for:
    the nearest town named before it in this sentence or the five before, paragraphs included (encyclopaedic pages
    name a town once: "Ramadi, the capital of Anbar province, had been under government control. In May 2015,
    Islamic State fighters overran the city"): a place entity or a settlement noun's name GeoNames knows as a
    populated place, not a country or a province."""
    if noun.lemma_.lower() not in _TOWN_NOUNS or noun.tag_ != "NN" or named_inside(noun) is not noun:
        return None  # "the border towns" are several
    if not any(c.lower_ == "the" for c in noun.children) or any(c.dep_ == "poss" for c in noun.children):
        return None  # "a city", "Somalia's capital"
    reading = reading_of(noun.doc)
    number = reading.number(noun)
    for sent in reversed(reading.spans[max(0, number - _TOWN_REACH) : number + 1]):
        for tok in reversed([t for t in sent if t.i < noun.i]):
            town = _town(tok)
            if town is not None and not area_qualifier(town):
                return actors.place(town)
    return None


def _town(tok: Token) -> Token | None:
    """``tok`` when it ends the name of a town: a GPE or LOC entity, a name in apposition to a place noun ("Ramadi, the
    capital of ...") or inside a settlement noun ("the village of Baga") that GeoNames knows as a populated place, or a
    name the NER missed or called an organisation that GeoNames has by that very name ("Kunduz is the capital of
    ..."); not a province's name ("Anbar province") nor a state kg's gazetteer knows."""
    doc = tok.doc
    if tok.ent_id_ or tok.pos_ != "PROPN" or (tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I"):
        return None  # a state, or not a name's last word
    if defined_place(tok):
        return tok  # "Sarnik is a town in the Kellan District. ... the town was captured" (defined.py)
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in lexicon.ADMIN_AREAS - _TOWN_NOUNS:
        return None
    start = tok.i
    while start > 0 and (
        doc[start].ent_iob_ == "I" or (doc[start - 1].dep_ == "compound" and doc[start - 1].head == tok)
    ):
        start -= 1
    name = doc[start : tok.i + 1].text
    entries = [e for e in geonames().lookup(name) if e.feature == PLACE]
    settled = tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _TOWN_NOUNS
    if (tok.ent_type_ in ("GPE", "LOC") or settled or toponym(tok)) and entries:
        return tok
    if tok.ent_type_ in ("", "ORG") and any(e.name.lower() == name.lower() for e in entries):
        return tok
    return tok if _village_named(tok, name, entries) else None


def _village_named(tok: Token, name: str, towns: list) -> bool:
    """True for the name of a town or village GeoNames does not list, or lists under another spelling while the model
    tags it a person's, that the document writes where a place is written: the object of a locative preposition or of
    an event noun's "of" ("The warplanes came over Wad Madani ...", "the war ... people in Namoto-Nguri heard about",
    "The capture of Tal Jabbin"), a name nobody in the document is, and no country or province GeoNames knows."""
    if not (towns or not known_place(name)) or known_area(name) or not unfamiliar_name(tok) or tok.dep_ != "pobj":
        return False
    if tok.lemma_.lower() in lexicon.ADMIN_AREAS - _TOWN_NOUNS:
        return False  # "a village in Dand-e Patan District": the area named, not the village
    if any(word in lexicon.FACILITY_NOUNS for word in name.lower().split()):
        return False  # "killed cadets at Camp Speicher, north of the city": a site, not the city
    prep = tok.head
    return prep.lower_ in _VILLAGE_AT or (prep.lower_ == "of" and prep.head.lemma_.lower() in EVENT_OF)


# Prepositions whose object is a place something is at or over: "The hills above Makhmour", "came over Wad Madani".
_VILLAGE_AT = LOCATIVE - {"of", "to", "from", "between"} | {"above", "below", "beyond", "behind"}


def _document_place(sent: Span, actors: Actors) -> Mention | None:
    """The one place the whole document names, for an event whose sentence and the two before it name none: "A
    bomb exploded in a crowded market ... The market is in Baidoa", a story whose headline names the town. A
    country is no rival of a town in it; two towns are two scenes, and a sentence that opens elsewhere ("Separately,
    ...") takes nothing."""
    if shifts_scene(sent):
        return None
    index = roles.per_token(sent.doc[0], "document place", lambda first: _only_place(first.doc, actors))
    if index is None or (sent.doc[index].sent.start > sent.start and opens_at(sent.doc[index])):
        return None  # "Russian forces struck Kharkiv ... In Odesa, a drone hit ...": the next incident's scene
    if told_apart(sent)(sent.doc[index].sent):
        return None  # the one place is another dated incident's
    return actors.place(sent.doc[index])


def _only_place(doc: Doc, actors: Actors) -> int | None:
    """Index of the head of the one place ``doc`` names as a scene (placescene.scene_places: locative phrases of
    sentences telling of violence, a defection or an incident, or its dateline), countries aside when it names a place
    inside one; None when it names none or several."""
    places: dict[str, int] = {}
    countries: dict[str, int] = {}
    for sent in reading_of(doc).spans:
        for tok in scene_places(sent, actors):
            state = bool(tok.ent_id_) and actors.gaz.entities[tok.ent_id_].kind is EntityKind.STATE
            (countries if state else places).setdefault(actors.place(tok).entity.key, tok.i)
    only = places or countries
    return next(iter(only.values())) if len(only) == 1 else None


def _crossed(place: Token) -> bool:
    """True for a line fired across at something beyond it: "fired across the Line of Control at Indian Army positions
    in Poonch" happened where the positions are."""
    return place.dep_ == "pobj" and place.head.lower_ in ("across", "over") and bool(roles.pobjs(place, "at", "into"))


def _candidates(draft: Draft, actors: Actors) -> list[Token]:
    violent = draft.type in (EventType.ATTACK, EventType.AIRSTRIKE)
    out = [p for p in draft.places if not _crossed(p)]
    trigger = draft.trigger
    gov = trigger if trigger.pos_ in roles.VERB_POS else roles.governor(trigger)
    for tok in (trigger, gov):
        if tok is not None:
            out += [
                p
                for p in roles.pobjs(tok, *_WHERE)
                if (placelike(p) and area(p) or state_zone(p) is not None) and not _crossed(p)
            ]  # "fired on a dhow off the Yemeni coast" (placestates.py)
            out += compass_places(tok)
    out += modifying_place(trigger)  # "the 2016 Nice attack"
    if trigger.lemma_.lower() in EVENT_OF:  # "the battle for the border town of Qusayr", "the siege of the city"
        out += [p for p in roles.pobjs(trigger, "of", "for") if placelike(p) and area(p)]
    for t in (t for t in draft.targets if unread(t) is None):  # a place of filing is not what was attacked
        out += roles.pobjs(t, "in", "at", "near", "around", "between")  # "an attack on a village in Herat province"
        out += [
            p for p in roles.pobjs(t, "off", "inside", "within") if state_zone(p)
        ]  # "a camp inside Afghan territory"
        if t.lemma_.lower() in lexicon.PLACE_NOUNS | lexicon.RELATIONAL_PLACES or monitor_place(t):
            out.append(t)  # "shelled the city of Kharkiv" -> Kharkiv, "struck the outskirts of Kansafra" -> Kansafra
        elif (
            violent
            and (t.ent_type_ in PLACE_LABELS or toponym(t) or town_attacked(t))
            and (not t.ent_id_ or actors.gaz.entities[t.ent_id_].kind is EntityKind.STATE)
        ):
            out.append(t)  # "ISIL captured Mosul", "stormed Grozny, the capital of ..."; not "the Islamic State"
        if violent:
            out += _place_modifiers(t)  # "the attack on the Sousse beachfront"
        out += dwelling_places(t)  # "beheaded three residents of Nambwa village"
    # "a district headquarters in northern Kunduz province": the named place inside a place noun.
    out += [p for c in list(out) for p in roles.pobjs(c, "in", "at", "near")]
    # "a guerrilla stronghold on the Thai border", "positions along the Iraqi border": the named line they are on.
    out += [p for c in list(out) + list(draft.targets) for p in roles.pobjs(c, "on", "along") if bordered(p)]
    return by_precedence(list(dict.fromkeys(out)))  # "near Mir Ali, 20 km east of Miranshah": Mir Ali


def _destination(draft: Draft, actors: Actors, used: set[tuple[int, int]]) -> Mention | None:
    """Where a defector went, as the verbs beside the defection say: "defected ... and was flown to
    Riyadh", "escaped to Jordan days after he defected", "crossed the Demilitarized Zone and defected",
    "fled across the border to Mizoram"; not the side joined ("defected to the rebels")."""
    trigger = draft.trigger
    verb = trigger if trigger.pos_ in roles.VERB_POS else roles.governor(trigger)
    if verb is None:
        return None
    verbs = [verb] + [c for c in verb.children if c.dep_ in _BESIDE and c.pos_ in roles.VERB_POS]
    if verb.dep_ in _BESIDE and verb.head.pos_ in roles.VERB_POS:
        verbs.append(verb.head)
    sides = {t.i for t in draft.to}
    for v in verbs:
        found = roles.pobjs(v, "to", "into", "across", "via")
        found += [c for c in v.children if c.dep_ == "dobj" and c.ent_type_ in PLACE_LABELS and v is not verb]
        for tok in found:
            place = named_inside(tok)  # not a name inside the side gone to ("troops of Operation Hadin Kai")
            # a state reached by a verb beside the defection is where it happened and the side gone to at once
            # ("flew his jet to Jordan and defected"); the defection's own "to" phrase is only the side
            if (
                (tok.i in sides or place.i in sides)
                and (v is verb or place.ent_type_ != "GPE")
                or not (place.ent_type_ in PLACE_LABELS or misread_place(place) or toponym(place))
            ):
                continue
            if place.ent_id_ and actors.gaz.entities[place.ent_id_].kind is not EntityKind.STATE:
                continue
            m = actors.place(place)
            if not any(s <= m.span.start < e for s, e in used):
                return m
    return None


def _place_modifiers(noun: Token) -> list[Token]:
    """Place names modifying a common noun: "the Sousse beachfront", "the Kabul airport" (a place entity,
    or a proper name the GeoNames gazetteer knows, as the small model tags such names NORP or ORG)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in lexicon.ACTING_MEMBERS | lexicon.GROUP_NOUNS:
        return []  # "Fano militias", "Houthi fighters": a name on people or a group names who they are
    return [
        c
        for c in noun.children
        if c.dep_ in ("compound", "nmod")  # "a Bamako military depot": the name parsed as a nominal modifier
        and c.i < noun.i
        and not c.ent_id_
        and (
            c.ent_type_ == "GPE"
            # the whole name, not its last word, and known whatever the model tagged it: "a Rashtriya Rifles
            # vehicle" (tagged LOC) names a regiment, no place called Rifles
            or (c.pos_ == "PROPN" and c.ent_type_ != "PERSON" and known_place(noun.doc[c.left_edge.i : c.i + 1].text))
            # "the Nkhouzai seafront" where the document names Nkhouzai a place elsewhere
            or (said_place(c) and unfamiliar_name(c))
        )
    ]


def _sentence_place(
    sent: Span, actors: Actors, used: set[tuple[int, int]], *, near: Token, own: bool = False
) -> Mention | None:
    """The named place of ``sent`` in a locative phrase nearest to the trigger ``near``; a country that is a
    subject or object ("Iran threatened ...") is an actor, not where the event happened, and a place
    where something was said ("in a statement issued in Washington") is not where it happened. A place of
    the trigger's own moment comes first; one of another moment only when the event has no place of its own
    (``own``: "air raids on the Houthi-held capital, hours after the Houthis fired a missile at Najran" is not
    in Najran, but "after pro-regime forces shelled an outpost near Khasham, the coalition responded" is)."""
    best: tuple[bool, bool, bool, int, Token] | None = None
    # "KIRKUK (Kurdistan24-style) — ... attacked a checkpoint in the Tal Sarha district": the place of filing the
    # splitter left in the lead is no locative phrase of it
    # "KABUL — ... clashed with border guards at the Torkham crossing", "... shot dead outside his shop in Rueso": the
    # deed's own site a name names and a name tagged a common noun, in this sentence only (placesites.py)
    own_sites = [t for t in site_names(sent) + noun_names(sent) if _in_clause(t, near) and not body_name(t)]
    found = [t for t in sorted(named_places(sent, actors) + own_sites, key=lambda t: t.i) if unread(t) is None]
    # "near Aguelhok in northern Mali", "Kanker district, Chhattisgarh": the area written after a place
    # says which one it is; the place itself is where.
    heads = {t.i for t in found}
    found = [t for t in found if not qualifies(t, heads)]
    own_moment = moment(near).i
    for root in found:
        if _taken(root, used) or where_said(root, near) or for_cause(root, near):
            continue  # "in retaliation for Kenya's military presence in Somalia": not where the deed was
        elsewhen = moment(root).i != own_moment
        if elsewhen and own:
            continue
        # "In the Kupyansk direction, units repelled counterattacks near Stepova Petropavlivka": the village
        key = (elsewhen, describes_actor(root, near), front_sector(root), abs(root.i - near.i), root)
        if best is None or key[:4] < best[:4]:
            best = key
    if best is None:
        return None
    return place_mention(best[4], actors)


def _in_clause(place: Token, trigger: Token) -> bool:
    """True when ``place`` stands in the clause of ``trigger``: its nearest verb is the trigger or the verb an event
    noun hangs on ("clashed ... at the Torkham crossing"; not "When the fighting started, he was a student at the X
    University")."""
    verb = next((a for a in place.ancestors if a.pos_ in roles.VERB_POS), None)
    own = trigger if trigger.pos_ in roles.VERB_POS else roles.governor(trigger)
    return verb is not None and own is not None and verb.i == own.i


def _taken(place: Token, used: set[tuple[int, int]]) -> bool:
    """True when ``place`` is part of a doer's or a side's name ("Military Forces of Myanmar", "the
    Islamic State of Iraq"); a place the doer is said to be in is where it acted ("a faction of the Abu
    Sayyaf group in Basilan pledged ...", "fighters in the Puntland region")."""
    if not any(s <= place.idx < e for s, e in used):
        return False
    root = place
    while root.head is not root and (
        root.dep_ in ("conj", "appos", "compound")
        or (root.dep_ == "pobj" and root.head.lower_ == "of" and _place_noun(root.head.head))
    ):
        root = root.head if root.dep_ != "pobj" else root.head.head  # "fighters in the town of Kafr Zita"
    return not (root.dep_ == "pobj" and root.head.lower_ in _WHERE_IN)


def _place_noun(tok: Token) -> bool:
    return tok.lemma_.lower() in lexicon.PLACE_NOUNS | lexicon.ADMIN_AREAS | lexicon.RELATIONAL_PLACES


def dateline_place(sent: Span, actors: Actors) -> Mention | None:
    """For the lead sentence of a wire story, the dateline city ("SANAA, Yemen (Reuters) — jets carried
    out air raids on the capital" -> Sanaa): wire datelines name where the story was filed, which for a
    lead naming no other place is where it happened."""
    doc = sent.doc
    prev = roles.sentence(doc[sent.start - 1]) if sent.start > 0 else None
    if prev is None or not is_dateline(prev):
        return None
    first = filing_town(prev)
    return actors.place(first) if first is not None else None


def _earlier_place(sent: Span, actors: Actors) -> Mention | None:
    """Where the story is when ``sent`` names no place: the first named place (in a locative phrase) of
    the nearest of the two sentences before it in the same paragraph that names one, or the dateline
    city when the story has named no place since. A sentence that opens by moving elsewhere
    ("Separately, ...", "In another incident, ...") takes nothing from before."""
    doc = sent.doc
    if shifts_scene(sent):
        return None
    current = sent
    looked = 0
    apart = told_apart(sent)
    while looked < 2:
        if current.start == 0:
            return None
        prev = roles.sentence(doc[current.start - 1])
        if is_dateline(prev):
            first = filing_town(prev)
            return actors.place(first) if first is not None else None
        # "District Police Office, Lakki Marwat." over a release (placeheaders.py), "14/02/2025 — Munich, Germany."
        # right over an incident summary's first sentence (placefields.py; further down, the sentences between say more)
        if (issuer := issuer_town(prev) or (header_place(prev) if looked == 0 else None)) is not None:
            return actors.place(issuer)
        # A paragraph break (a blank line: between them, or a sentence of its own) ends the story's place; a
        # single line break (a headline's, "Clashes in Tripoli leave 13 dead\nRival militias fought ...") does not.
        if "\n\n" in roles.text_between(prev, current) or "\n\n" in prev.text:
            return None
        if not prev.text.strip():
            current = prev
            continue
        if apart(prev):
            return None  # "... in 2018. In January 2020 its fighters ambushed a convoy": another moment's place
        looked += 1
        defined = defining(prev)
        if defined is not None:
            return actors.place(defined)  # "Pell Harbour is a fishing town on the Gannet coast.": not the coast
        found = [
            p for p in named_places(prev, actors) if not (where_said(p, prev.root) or far_landmark(p) or recalled(p))
        ]
        if found:
            # One of several places ("attacks in France, Belgium and Florida") is no scene: each its own incident.
            if _listed(found[0]):
                return None
            return place_mention(found[0], actors)
        if shifts_scene(prev):
            return None
        current = prev
    return None


def _listed(place: Token) -> bool:
    """True for a place written in an enumeration of three or more places ("attacks in France, Belgium and
    Florida"): several scenes. Two places joined are often one front ("between Tal Abyad and Ras al-Ayn", "raids
    on the towns of Hayan and Anadan"), and a place followed by its areas is one place ("Jalalabad city,
    Nangarhar province, Afghanistan": no "and")."""
    head = place
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    items = [head.doc[i] for i in sorted(_chain(head))]
    places = [t for t in items if t.ent_type_ in PLACE_LABELS or t.pos_ == "PROPN"]
    joined = any(c.dep_ == "cc" for t in items for c in t.children)
    return joined and len(places) >= 3


def _chain(head: Token) -> set[int]:
    """Indices of ``head`` and the tokens coordinated with it."""
    out = {head.i}
    for t in head.subtree:
        if t.dep_ == "conj" and t.head.i in out:
            out.add(t.i)
    return out
