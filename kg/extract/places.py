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

Which tokens name places at all is kg.extract.toponyms's.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract import lexicon, roles
from kg.extract.actors import Actors
from kg.extract.nlp import is_dateline
from kg.extract.placechain import first_place
from kg.extract.registry import Draft
from kg.extract.toponyms import (
    EVENT_OF,
    LOCATIVE,
    NOT_PLACES,
    PLACE_LABELS,
    UNTAGGED_OK,
    area,
    compass_places,
    is_named,
    known_place,
    misread_place,
    modifying_place,
    monitor_place,
    named_inside,
    place_token,
    placelike,
    toponym,
)
from kg.models import EntityKind, EventType, Mention

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
# Openers that move a story elsewhere: the sentence before no longer says where ("Separately, gunmen ...").
_SCENE_SHIFTS = frozenset({"separately", "elsewhere", "meanwhile"})
_SHIFT_NOUNS = frozenset({"incident", "attack", "development", "raid", "operation", "news", "case"})
_SHIFT_ADJECTIVES = frozenset({"another", "separate", "other", "unrelated", "different", "second"})
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


# Prepositions that say where a doer is ("fighters in Sirte"), not whose it is ("the army of Mali").
_WHERE_IN = frozenset({"in", "at", "near", "around", "outside", "inside", "across", "throughout"})


# Verbs beside a defection's verb that tell where the defector went: "defected and fled to", "flying to".
_BESIDE = ("conj", "advcl", "xcomp")


# Last words of an armed body's name on a facility ("a Frontier Corps checkpoint", "an Air Force base").
_ARMED_NAMES = lexicon.ARMED_NAME_WORDS - lexicon.ADMIN_AREAS
_AREA_LEMMAS = lexicon.SETTLEMENT_NOUNS | lexicon.ADMIN_AREAS | lexicon.RELATIONAL_PLACES

# Subordinators of a clause that tells of another moment than its governing clause.
_OTHER_MOMENT = frozenset({"after", "before", "since", "until"})


def location(draft: Draft, actors: Actors, taken: list[Mention]) -> Mention | None:
    """Where the event of ``draft`` happened, or None. ``taken`` are the agents (and the sides of a
    defection or allegiance): a country that acts is not the place, but a place that is attacked or
    taken is ("ISIL captured Mosul": target and location Mosul)."""
    used = {(m.span.start, m.span.end) for m in taken}
    common: Mention | None = None
    named = {t.i for target in draft.targets for t in _place_modifiers(target)}
    for tok in _candidates(draft, actors):
        place = tok if tok.i in named else place_token(tok, actors)
        if place is None:
            continue
        m = actors.place(place)
        if (m.span.start, m.span.end) in used:
            continue
        specific = first_place(place)
        if specific is not place:
            return actors.place(specific)  # "near Jalalabad city, Nangarhar province, Afghanistan": Jalalabad
        if is_named(place) or (place.i != tok.i and place.pos_ == "PROPN"):
            return _facility_town(place, actors) or m  # "the town of Mahas", whatever the model tags Mahas
        common = common or m
    sent = roles.sentence(draft.trigger)
    found = None
    if draft.type in (EventType.DEFECTION, EventType.ALLEGIANCE):
        found = _destination(draft, actors, used)
    found = found or _sentence_place(sent, actors, used, near=draft.trigger, own=common is not None)
    if found is None:
        found = dateline_place(sent, actors)
    if found is None and draft.type in (EventType.ATTACK, EventType.AIRSTRIKE, EventType.DEFECTION):
        # "Fighting raged around Rastan on Friday. Dozens of soldiers defected to the rebels": a wire report's
        # place, given once, holds for the events of the sentences after it.
        found = _earlier_place(sent, actors)
    return found or common


def _crossed(place: Token) -> bool:
    """True for a line fired across at something beyond it: "fired across the Line of Control at Indian Army positions
    in Poonch" happened where the positions are."""
    return place.dep_ == "pobj" and place.head.lower_ in ("across", "over") and bool(roles.pobjs(place, "at", "into"))


def _facility_town(place: Token, actors: Actors) -> Mention | None:
    """The town of a named facility: "a Frontier Corps checkpoint in Mastung town", "an Israeli Air Force base near
    Eilat city", "the al-Rawda mosque in Bir al-Abed town" are in Mastung, Eilat and Bir al-Abed; the name says
    whose or which the facility is, the town where it is."""
    lemma = place.lemma_.lower()
    facility = lemma in lexicon.FACILITY_NOUNS and lemma not in _AREA_LEMMAS
    if not (facility or any(c.dep_ == "compound" and c.lower_ in _ARMED_NAMES for c in place.children)):
        return None
    inner = [p for p in roles.pobjs(place, "in", "near", "at", "outside") if area(p)]
    return actors.place(first_place(named_inside(inner[0]))) if inner else None


def _candidates(draft: Draft, actors: Actors) -> list[Token]:
    violent = draft.type in (EventType.ATTACK, EventType.AIRSTRIKE)
    out = [p for p in draft.places if not _crossed(p)]
    trigger = draft.trigger
    gov = trigger if trigger.pos_ in roles.VERB_POS else roles.governor(trigger)
    for tok in (trigger, gov):
        if tok is not None:
            out += [p for p in roles.pobjs(tok, *_WHERE) if placelike(p) and area(p) and not _crossed(p)]
            out += compass_places(tok)
    out += modifying_place(trigger)  # "the 2016 Nice attack"
    if trigger.lemma_.lower() in EVENT_OF:  # "the battle for the border town of Qusayr", "the siege of the city"
        out += [p for p in roles.pobjs(trigger, "of", "for") if placelike(p) and area(p)]
    for t in draft.targets:
        out += roles.pobjs(t, "in", "at", "near", "around", "between")  # "an attack on a village in Herat province"
        if t.lemma_.lower() in lexicon.PLACE_NOUNS or monitor_place(t):
            out.append(t)  # "shelled the city of Kharkiv" -> Kharkiv
        elif (
            violent
            and (t.ent_type_ in PLACE_LABELS or toponym(t))
            and (not t.ent_id_ or actors.gaz.entities[t.ent_id_].kind is EntityKind.STATE)
        ):
            out.append(t)  # "ISIL captured Mosul", "stormed Grozny, the capital of ..."; not "the Islamic State"
        if violent:
            out += _place_modifiers(t)  # "the attack on the Sousse beachfront"
    # "a district headquarters in northern Kunduz province": the named place inside a place noun.
    out += [p for c in list(out) for p in roles.pobjs(c, "in", "at", "near")]
    return list(dict.fromkeys(out))


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
            if (
                tok.i in sides
                or place.i in sides
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
        if c.dep_ == "compound"
        and c.i < noun.i
        and not c.ent_id_
        and (
            c.ent_type_ == "GPE"
            # the whole name, not its last word, and known whatever the model tagged it: "a Rashtriya Rifles
            # vehicle" (tagged LOC) names a regiment, no place called Rifles
            or (c.pos_ == "PROPN" and c.ent_type_ != "PERSON" and known_place(noun.doc[c.left_edge.i : c.i + 1].text))
        )
    ]


def _locative(root: Token) -> bool:
    """True when ``root`` is the object of a locative preposition; "of" only after a place noun ("the
    city of X", "the outskirts of X"), not after an actor ("Military Forces of Myanmar")."""
    while root.dep_ in ("conj", "appos") and root.head is not root:
        root = root.head
    if root.dep_ != "pobj" or root.head.lower_ not in LOCATIVE:
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
            or (t.head.lower_ in UNTAGGED_OK and (t.ent_type_ == "" or misread_place(t)))
            or (
                t.head.lower_ in ("of", "for")
                and t.head.head.lemma_.lower() in EVENT_OF
                and (t.ent_type_ not in _PEOPLE or misread_place(t))
            )
            or (t.head.lower_ == "of" and t.head.head.lemma_.lower() in lexicon.COMPASS_WORDS)  # "south of Saraqib"
        )
        and not t.ent_id_
        and not t.is_lower
        and t.lemma_.lower() not in _NOT_PLACE_HEADS
    ]
    out += _after_preposition_word(span)
    out += [p for t in span for p in modifying_place(t)]  # "in support of the Mosul operations"
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


def _sentence_place(
    sent: Span, actors: Actors, used: set[tuple[int, int]], *, near: Token, own: bool = False
) -> Mention | None:
    """The named place of ``sent`` in a locative phrase nearest to the trigger ``near``; a country that is a
    subject or object ("Iran threatened ...") is an actor, not where the event happened, and a place
    where something was said ("in a statement issued in Washington") is not where it happened. A place of
    the trigger's own moment comes first; one of another moment only when the event has no place of its own
    (``own``: "air raids on the Houthi-held capital, hours after the Houthis fired a missile at Najran" is not
    in Najran, but "after pro-regime forces shelled an outpost near Khasham, the coalition responded" is)."""
    best: tuple[bool, int, Token] | None = None
    found = _named_places(sent, actors)
    # "near Aguelhok in northern Mali", "Kanker district, Chhattisgarh": the area written after a place
    # says which one it is; the place itself is where.
    heads = {t.i for t in found}
    found = [t for t in found if not _qualifies(t, heads)]
    moment = _moment(near).i
    for root in found:
        if _taken(root, used) or _where_said(root, near):
            continue
        elsewhen = _moment(root).i != moment
        if elsewhen and own:
            continue
        key = (elsewhen, abs(root.i - near.i), root)
        if best is None or key[:2] < best[:2]:
            best = key
    return actors.place(first_place(best[2])) if best is not None else None


def _moment(tok: Token) -> Token:
    """The clause that sets the time of ``tok``: the nearest clause opened by "after", "before", "since" or
    "until" above it, else the sentence's root ("shot down a jet over Idlib province after it dropped bombs
    south of Saraqib": two moments, two places)."""
    for head in (tok, *tok.ancestors):
        if head.pos_ in roles.VERB_POS and any(c.dep_ == "mark" and c.lower_ in _OTHER_MOMENT for c in head.children):
            return head
    return roles.sentence(tok).root


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
            # One of several places ("attacks in France, Belgium and Florida") is no scene: each its own incident.
            if _listed(found[0]):
                return None
            return _facility_town(found[0], actors) or actors.place(first_place(found[0]))
        if _shifts_scene(prev):
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
