"""Documents in, :class:`~kg.models.Extraction` records out: the extraction stage end to end.

spaCy parses documents in batches (``nlp.pipe`` with ``as_tuples``), the rule registry turns
triggers into drafts, and each draft becomes one :class:`~kg.models.Event` with every coordinated
agent and target ("Russian, Syrian and US airstrikes" is one event with three agents), mentions
resolved, modality, time and a confidence attached; :mod:`kg.extract.incidents` then merges the
mentions of one incident into one event.  Nothing from spaCy leaves this module.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from weakref import WeakKeyDictionary

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.events import spec as event_spec
from kg.extract import (
    attribution,
    capstitles,  # noqa: F401 - registers the kg_caps_titles and kg_caps_case components nlp.load adds
    digests,
    feedtext,
    furniture,
    headcase,  # noqa: F401 - registers the kg_headline_case component nlp.load adds
    incidents,
    initials,  # noqa: F401 - registers the kg_initial_case component nlp.load adds
    itemtopic,
    leaddatelines,
    lexicon,
    modality,
    nameechoes,  # noqa: F401 - registers the kg_name_echoes component nlp.load adds
    nametails,  # noqa: F401 - registers the kg_name_tails component nlp.load adds
    realis,
    reporters,
    roles,
    sidejoined,
    victims,
)
from kg.extract.abstractdoers import standing_for
from kg.extract.actors import Actors
from kg.extract.brokennames import capital_name_before, name_after, subject_in_opening_phrase
from kg.extract.eventtime import event_time
from kg.extract.feedtext import readable
from kg.extract.fillers import named_area
from kg.extract.laterdoer import doers_after
from kg.extract.learned import detector, ranker
from kg.extract.nlp import is_dateline, is_headline
from kg.extract.nofillers import bare_count, counted_noun, negated_quantity
from kg.extract.places import location as _location
from kg.extract.placescene import fill_scenes
from kg.extract.placewords import own_words
from kg.extract.reading import close_reading, open_reading
from kg.extract.registry import Draft
from kg.extract.rules.leftelsewhere import left_told_elsewhere
from kg.extract.sectionlabels import section_starts
from kg.extract.syntax import says_none, whose_lives
from kg.extract.triggers import Triggers, find
from kg.geo import geocode
from kg.models import Document, EntityKind, Event, EventMention, EventType, Extraction, Mention, Modality
from kg.models import Span as TextSpan

_TRIGGERS: WeakKeyDictionary = WeakKeyDictionary()
# Cap on the agent x target pairs of one trigger (the network edges it makes): long coordinations are
# more often a misparse of a list than six attackers.
_MAX_PAIRS = 6
# A headline over a story of at most this many sentences is a brief (a news-topic item: "Gunmen Kill 12 at Paris
# Paper" over "PARIS (Reuters) - Masked gunmen stormed ... Police said the attackers ..."): it tells one incident,
# so every later mention that agrees with the headline's incident is that incident (incidents.merge(brief=True)).
BRIEF_SENTENCES = 2
# Nouns that stand for the actor they belong to when attacked: "eroded ISIS control" -> ISIS.
_HOLDINGS = frozenset(
    {
        "control",
        "grip",
        "hold",
        "power",
        "presence",
        "influence",
        "capability",
        "capacity",
        "rule",
        "dominance",
        "defence",
        "defense",
        "line",
        "lines",
    }
)
_NAMED = ("ORG", "PERSON", "GPE", "NORP", "LOC", "FAC")


def _triggers(nlp: Language) -> Triggers:
    triggers = _TRIGGERS.get(nlp)
    if triggers is None:
        triggers = _TRIGGERS[nlp] = Triggers(nlp.vocab)
    return triggers


def extract(
    documents: Iterable[Document], *, nlp: Language, batch_size: int = 32, prefilter: bool = False
) -> Iterator[Extraction]:
    """One :class:`Extraction` per document, in input order, parsing in batches as it goes.

    Streams: documents are read lazily and only one batch is held in memory, so a corpus of
    thousands of articles can be piped through.  With ``prefilter`` a document only goes through
    the parser and the NER when its tokens can hold a trigger (kg/extract/prefilter.py); the others
    come out with no events and no mentions, and the events of every document are the same.
    """
    triggers = _triggers(nlp)
    if prefilter:
        yield from _extract_prefiltered(documents, nlp=nlp, batch_size=batch_size, triggers=triggers)
        return
    pairs = ((readable(document.text), document) for document in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield extract_doc(doc, document, triggers=triggers)


# With the prefilter, at most this many batches' worth of skipped documents wait for a batch to parse.
_SKIP_WINDOW = 16


def _extract_prefiltered(
    documents: Iterable[Document], *, nlp: Language, batch_size: int, triggers: Triggers
) -> Iterator[Extraction]:
    """``extract`` with the prefilter: documents are tokenized, the ones that may hold a trigger are
    parsed a batch at a time (their tokenized Doc goes on through the pipeline, so nothing is
    tokenized twice), and every document comes out in input order."""
    can_hold = _prefilter(nlp)
    window: list[tuple[Document, Doc | None]] = []  # (document, its Doc when it is to be parsed)
    parse = 0

    def flush() -> Iterator[Extraction]:
        parsed = iter(nlp.pipe((doc for _, doc in window if doc is not None), batch_size=batch_size))
        for document, doc in window:
            if doc is None:
                yield Extraction(document=document, events=(), mentions=())
            else:
                yield extract_doc(next(parsed), document, triggers=triggers)
        window.clear()

    for document in documents:
        doc = nlp.make_doc(readable(document.text))
        if can_hold(doc):
            window.append((document, doc))
            parse += 1
        else:
            window.append((document, None))
        if parse >= batch_size or len(window) >= batch_size * _SKIP_WINDOW:
            yield from flush()
            parse = 0
    yield from flush()


_PREFILTERS: WeakKeyDictionary = WeakKeyDictionary()


def _prefilter(nlp: Language):  # noqa: ANN202
    from kg.extract.prefilter import Prefilter

    found = _PREFILTERS.get(nlp)
    if found is None:
        found = _PREFILTERS[nlp] = Prefilter(nlp)
    return found


def extract_one(document: Document, *, nlp: Language) -> Extraction:
    """The :class:`Extraction` of a single document."""
    return extract_doc(nlp(readable(document.text)), document, triggers=_triggers(nlp))


def extract_doc(doc: Doc, document: Document, *, triggers: Triggers) -> Extraction:
    """The events and mentions in an already parsed ``doc`` of ``document``."""
    # A feed's debris repaired (kg/extract/feedtext.py): the rules read the text spaCy read, and the spans they give
    # are mapped back to the document's own text at the end.
    fixed = feedtext.repaired(document.text)
    read = document if fixed.sources is None or doc.text != fixed.text else replace(document, text=fixed.text)
    open_reading(doc)  # the per-document context the rules' helpers consult, dropped when the document is done
    try:
        found = _extract_doc(doc, read, triggers=triggers)
        return found if read is document else feedtext.restored(found, document)
    finally:
        close_reading(doc)


def _extract_doc(doc: Doc, document: Document, *, triggers: Triggers) -> Extraction:
    actors = Actors(doc, doc_key=document.id)
    # War words in an item about trade or sport are figures: "Varnell Renews Hostile Assault on Quadrix".
    drafts = (left_told_elsewhere(d, actors) for d in find(doc, actors, triggers) if not itemtopic.off_topic(d))
    events = attribution.without_repeats(event for draft in drafts for event in _events(draft, actors, document))
    events = reporters.counted_doers(doc, attribution.link(doc, actors, events))
    events = doers_after(doc, actors, events)  # "... in a suicide bombing. ... the bomber may have been a woman"
    events = _drop_subsumed(reporters.own_strikes(doc, actors, events))
    events = realis.retracted(doc, victims.named(doc, actors, victims.link(doc, actors, events)))
    events = sidejoined.with_sides_joined(events)  # "announced his defection ... and said he joined rebel forces"
    events += _backoff(doc, actors, document, events, triggers)
    events = [_off_page(doc, e) for e in events if not furniture.at(doc, e.trigger.start)]  # "Photos: Russia ..."
    # Places are geocoded before the mentions of one incident are merged, so that merging knows that
    # Macomia is in Cabo Delgado province and Tripoli is not in Lebanon.
    located = geocode(Extraction(document=document, events=tuple(events), mentions=tuple(_mentions(doc, actors))))
    page = [sent for sent in doc.sents if not furniture.is_furniture(sent)]  # "Advertisement" is no headline
    headlines = frozenset(sent.start_char for sent in page if is_headline(sent) and not digests.is_item(sent))
    datelines = frozenset((sent.start_char, sent.end_char) for sent in doc.sents if is_dateline(sent))
    story = [s for s in page if s.start_char not in headlines and (s.start_char, s.end_char) not in datelines]
    brief = bool(headlines) and len([s for s in story if s.text.strip()]) <= BRIEF_SENTENCES
    merged = incidents.merge(
        list(located.events),
        published=document.date,
        headlines=headlines,
        datelines=datelines,
        brief=brief,
        sections=section_starts(doc),
    )
    scened = [_off_page(doc, e) for e in fill_scenes(doc, actors, merged)]  # the nearest scene's place, after merging
    if any(a.location is not b.location for a, b in zip(merged, scened, strict=True)):
        located = geocode(replace(located, events=tuple(scened)))  # the places added, resolved as the others were
    else:
        located = replace(located, events=tuple(merged))
    return ranker.filled(doc, actors, located)  # the roles the rules left empty, where the learned ranker is sure


def _off_page(doc: Doc, event: Event) -> Event:
    """``event`` without the role fillers that touch page furniture: no place "Share" from "Share this with WhatsApp",
    none "Ukraine Rescuers" from "Live: Latest updates on the war in Ukraine | Rescuers said" (kg.extract.furniture)."""

    def on_page(mention: Mention) -> bool:
        return not any(furniture.at(doc, i) for i in (mention.span.start, mention.span.end - 1))

    location = event.location if event.location is None or on_page(event.location) else None
    to = event.to if event.to is None or on_page(event.to) else None
    agents = tuple(m for m in event.agents if on_page(m))
    targets = tuple(m for m in event.targets if on_page(m))
    if (location, to, agents, targets) == (event.location, event.to, event.agents, event.targets):
        return event
    return replace(event, location=location, to=to, agents=agents, targets=targets)


def _backoff(doc: Doc, actors: Actors, document: Document, events: list[Event], triggers: Triggers) -> list[Event]:
    """The changes of side and pledges the learned detector reads where the rules found none of the type
    (kg.extract.learned.detector): a change of side once per document, a pledge once per sentence, roles read by
    its structural reader. Only in a document where a DEFECTION or ALLEGIANCE trigger of the rules matched (so a
    document the prefilter skips, kg/extract/prefilter.py, yields nothing either way)."""
    found = detector.current()
    if found is None:
        return []
    told: dict[EventType, set[int]] = {}
    for event in events:
        told.setdefault(event.type, set()).add(event.trigger.start)
    if all(m.threshold is None or told.get(t) and t not in detector.PER_SENTENCE for t, m in found.models.items()):
        return []  # every type the backoff may add once per document is found already: no second pass of the triggers
    if not any(t in detector.TYPES for t, _ in triggers(doc)):
        return []  # no word of a change of side or a pledge that any rule reads
    # a player's move between clubs is no change of side (the figures of trade and sport are the rules' concern)
    drafts = (d for d in detector.drafts(doc, actors, told, found, document.id) if not itemtopic.transfer(d))
    return [event for draft in drafts for event in _events(left_told_elsewhere(draft, actors), actors, document)]


def _drop_subsumed(events: list[Event]) -> list[Event]:
    """Drop role-less duplicates: an event with no roles at a trigger that already has a fuller event."""
    full = {(e.type, e.trigger.start) for e in events if e.agents or e.targets or e.to}
    return [e for e in events if e.agents or e.targets or e.to or (e.type, e.trigger.start) not in full]


def _expand(tokens: list[Token], actors: Actors, *, doer: bool, pledger: Token | None = None) -> list[Token]:
    """The role's tokens with their conjuncts the same role holds. ``pledger``: a pledge's trigger that names its own
    pledger ("Sheikh Robow and his loyalists": only the loyalists are his), whose conjuncts are not taken."""
    out: list[Token] = []
    # "SANAA (Saba) — US aircraft launched": a dateline the splitter left in the lead is no doer or target, the story's
    # word the parser hung on it is; "loyal to renegade general X": the name split off
    told = (t for t in map(leaddatelines.story_word, tokens) if t is not None)
    for tok in (name_after(t, actors) for t in told):
        if doer and named_area(tok):
            continue  # "a bus terminal in Jos city, Plateau state, Nigeria, killing five": where, not who
        ent = actors.entity_at(tok)
        chain = roles.conjuncts(tok)
        # "attacked a base near Trincomalee, Navy units and jets retaliated": a place object the parser chained to
        # the next clause's subjects by a comma alone is not one of them
        pairs = zip(chain, chain[1:], strict=False)
        broken = {t.i for t, nxt in pairs if t.i < tok.i and t.dep_ == "pobj" and _comma_only(t, nxt)}
        for k, t in enumerate(chain):
            if t.i in broken:
                continue
            if ent is not None and t is not tok and ent.start <= t.i < ent.end:
                continue  # "the Islamic State of Iraq and the Levant" is one name, not two actors
            if t is not tok and not roles.can_fill(t, doer=doer):
                continue  # a conjunct passes the rules' one filler check too: "rebels and mortars" has one doer
            if t is not tok and t.pos_ in ("VERB", "AUX") and not t.ent_type_:
                continue  # "confrontations broke out between X and militias loyal to Y", "militias" read as a verb

            if t is not tok and doer and (_named_by_deed(tok) or tok is pledger) and not _named_by_deed(t):
                continue  # "40 defectors, 12 soldiers and nine civilians were killed": only the defectors defected
            if t is not tok and _address_part(chain[k - 1] if k else tok, t):
                # "attacked Tunga Bayawa village, Zamfara state, Nigeria": one village, where it lies; "a cafe and a
                # police post on X street in Jakarta city, Jakarta province": the area of the conjunct before it
                continue
            if t not in out:
                out.append(t)
    return out


def _named_by_deed(token: Token) -> bool:
    """A doer named by the deed itself ("defectors", "deserters"), whose conjuncts did not do it unless so named."""
    return token.lemma_.lower() in ("defector", "deserter")


def _comma_only(first: Token, later: Token) -> bool:
    """True when only a comma joins two coordinated tokens ("near Trincomalee, Navy units")."""
    between = first.doc[first.i + 1 : later.left_edge.i]
    return any(t.text == "," for t in between) and not any(t.lower_ in ("and", "or", "&") for t in between)


def _address_part(first: Token, later: Token) -> bool:
    """True when ``later``, which the parser coordinated with ``first`` by a comma alone, is the area
    ``first`` lies in ("Tunga Bayawa village, Zamfara state"), not a second thing attacked."""
    between = first.doc[min(first.i, later.i) + 1 : later.left_edge.i]
    return later.lemma_.lower() in lexicon.ADMIN_AREAS and not any(t.lower_ in ("and", "or", "&") for t in between)


def _names_some(token: Token) -> bool:
    """False for a target phrase that names nobody: a negated quantity ("no civilians were harmed") or a bare count
    with no noun it counts ("at least 12 were killed")."""
    return not negated_quantity(token) and not (bare_count(token) and counted_noun(token) is None)


def _holder(token: Token) -> Token:
    if bare_count(token) and (counted := counted_noun(token)) is not None:
        return counted  # "ambushed six soldiers near Gao, killing six": the soldiers
    token = whose_lives(token)  # "claimed the lives of 12 people": the people
    if token.lemma_.lower() in _HOLDINGS:
        poss = [c for c in token.children if c.dep_ in ("poss", "compound") and (c.ent_type_ or c.ent_id_)]
        if poss:
            return poss[0]
    return token


def _events(draft: Draft, actors: Actors, document: Document) -> Iterator[Event]:
    """The event of one draft: every coordinated agent and target of the trigger in one event."""
    trigger = draft.trigger
    sent = roles.sentence(trigger)
    collective = not draft.defector_collective
    violent = draft.type in (EventType.ATTACK, EventType.AIRSTRIKE)
    agents: list[Mention | None] = []
    fallback = [] if draft.agents else _leading_actor(trigger, actors, draft.targets) or capital_name_before(trigger)
    fallback = fallback or ([] if draft.agents else subject_in_opening_phrase(trigger))  # "In 2024 a faction ..."
    pledger = trigger if draft.type is EventType.ALLEGIANCE else None
    doers = draft.agents or fallback
    if not violent:  # "his return to the army", "in a bid to defect": who the abstract noun stands for
        doers = [d for d in map(standing_for, doers) if d is not None]
    for tok in _expand(doers, actors, doer=True, pledger=pledger):
        if says_none(tok):
            continue  # "No group claimed responsibility": the text says there is no known agent
        m = actors.mention(tok, members_as_group=collective)
        if m is not None and violent and m.span.text.lower() == "it" and m.entity.key.startswith("local:"):
            continue  # an "it" no reading resolved names nobody: the attack's doer is not known from it
        alone = m is not None and violent and m.span.text.lower() in ("its", "their")  # not "The army" it stands for
        named = actors.salience.owner_named(tok, m.entity) if m is not None and alone else None
        if m is not None:
            agents.append(
                m if named is None else Mention(TextSpan(named.start_char, named.end_char, named.text), m.entity)
            )
    if not agents:
        agents = [None]
    # What an attack was against may be a place or an object; a side left or pledged to is an actor.
    resolve = actors.target if event_spec(draft.type).target_may_be_place else actors.mention
    targets: list[Mention | None] = [
        m
        for m in (resolve(_holder(t)) for t in _expand(draft.targets, actors, doer=False) if _names_some(t))
        if m is not None
    ] or [None]
    to = next((m for m in (actors.mention(name_after(t, actors)) for t in draft.to) if m is not None), None)
    if to is not None and len(draft.to) == 1 and roles.conjuncts(draft.to[0])[1:]:
        # "Iraqi and Kurdish forces" reads as one side; keep the whole coordinated phrase.
        pass
    # Attacked places are also where it happened; a side left or pledged to is not a place.
    location = _location(draft, actors, [m for m in agents + ([] if violent else targets) if m is not None])
    location = own_words(location, draft, actors)  # "tried to seize the town": those words, Maiduguri's entity
    mod, negated = (draft.modality, False) if draft.modality is not None else modality.modality(trigger)
    if mod is Modality.ASSERTED and draft.type is EventType.ALLEGIANCE and realis.attempted(trigger):
        mod = Modality.PLANNED  # "a gunman who had tried to join Islamic State": a group is joined only when it is
    sent_text = roles.sentence_text(trigger)
    when = event_time(trigger, sent_text, document.date)
    sentence = TextSpan(sent.start_char, sent.end_char, sent_text)
    trig = TextSpan(trigger.idx, trigger.idx + len(trigger.text), trigger.text)
    agent_keys = {m.entity.key for m in agents if m is not None}
    if (
        len(agent_keys) == 1
        and not draft.mutual
        and draft.type in (EventType.ATTACK, EventType.AIRSTRIKE, EventType.ALLEGIANCE)
    ):
        # "ISIS attacked ISIS positions": one side cannot be its own target.  With two or more agents
        # the sides of a clash are each other's targets, and every side stays in both roles.
        targets = [t for t in targets if t is None or t.entity.key not in agent_keys] or [None]
    agent_ms = _distinct(agents)[:_MAX_PAIRS]
    target_ms = _distinct(targets)[: max(1, _MAX_PAIRS // max(1, len(agent_ms)))]
    first_agent = agent_ms[0] if agent_ms else None
    first_target = target_ms[0] if target_ms else None
    confidence = _confidence(draft, first_agent, first_target, to, mod) - (0.1 if fallback and first_agent else 0.0)
    confidence = round(confidence, 2)
    yield Event(
        type=draft.type,
        sentence=sentence,
        trigger=trig,
        agents=tuple(agent_ms),
        targets=tuple(target_ms),
        to=to,
        location=location,
        time=when,
        modality=mod,
        negated=negated,
        confidence=confidence,
        mentions=(EventMention(sentence, trig, confidence),),
    )


def _distinct(mentions: list[Mention | None]) -> list[Mention]:
    """The mentions without None, one per entity key, in order."""
    seen: set[str] = set()
    out = []
    for m in mentions:
        if m is not None and m.entity.key not in seen:
            seen.add(m.entity.key)
            out.append(m)
    return out


def _leading_actor(trigger: Token, actors: Actors, targets: list[Token]) -> list[Token]:
    """When syntax finds no agent, the sentence's leading named actor if the parser hung it as the
    subject of a verb after the trigger: "Abubakar Shekau, the leader of Boko Haram, swore allegiance
    to ..., and the group renamed itself" parses "swore" as a modifier and Shekau as the subject of
    "renamed". A fallback, so the event's confidence is lowered.  Never one of the event's ``targets``:
    "X, who was killed when a drone struck his car, was ..." has X as its victim, not its doer."""
    for ent in actors.ents(roles.sentence(trigger)):
        if ent.start >= trigger.i:
            break
        root = ent.root
        if ent.label_ not in ("PERSON", "ORG", "GPE") or root.dep_ != "nsubj" or roles.fronted_place(root):
            continue
        if any(t.i == root.i for t in targets):
            return []
        if root.head.i > trigger.i and root.head.pos_ in roles.VERB_POS:
            return [root]
        return []  # the first subject belongs to a verb before the trigger: not this event's doer
    return []


def _confidence(
    draft: Draft, agent: Mention | None, target: Mention | None, to: Mention | None, mod: Modality
) -> float:
    score = draft.strength
    if agent is not None:
        named = agent.entity.kind in (
            EntityKind.STATE,
            EntityKind.ARMED_GROUP,
            EntityKind.ORGANISATION,
            EntityKind.PERSON,
        )
        score += 0.12 if draft.agent_source == "syntax" and named else 0.06
    if target is not None or to is not None:
        score += 0.08
    if agent is None and target is None and to is None:
        score -= 0.15
    if mod is not Modality.ASSERTED and mod is not Modality.INSPIRED:
        score -= 0.1
    return round(max(0.05, min(0.95, score)), 2)


def _mentions(doc: Doc, actors: Actors) -> Iterator[Mention]:
    for ent in actors.ents(doc[:]):
        if ent.label_ not in _NAMED:
            continue
        if ent.label_ in ("LOC", "FAC") or (
            ent.label_ == "GPE" and not ent.ent_id_ and actors.gaz.capital(ent.text) is None
        ):
            yield actors.place(ent.root)
            continue
        m = actors.mention(ent.root)
        if m is not None:
            yield Mention(TextSpan(ent.start_char, ent.end_char, ent.text), m.entity)
