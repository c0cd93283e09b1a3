"""One incident, one event: the mentions of the same incident in a document merged into one :class:`Event`.

A news text names an incident several times: "a car bomb exploded ... killing five" (two triggers),
"the blast", "the attack", "the group later claimed the bombing".  The rules read each trigger on its
own; :func:`merge` then walks the document's events in text order and adds each one to an earlier
event (a cluster) when the two can be the same incident and the text links them:

* **compatible** (:func:`kg.extract.sameincident.compatible`): same type family (ATTACK and AIRSTRIKE are one
  family; a merged event is an AIRSTRIKE if any mention is), same modality (asserted ~ inspired) and polarity, no
  disagreeing named agents (unless a claim about "the bombing" names another group), no disagreeing named targets
  (unless one mention is a casualty clause, whose targets are victims), no roles reversed (a response), not a
  clash beside a one-sided action, compatible places (one missing, unnamed, a country, or sharing a name:
  kg.extract.incidentplaces) and dates (one missing, a prefix of the other, or the publication date);
* **linked** (:func:`kg.extract.sameincident.linked`): in the same sentence, triggers at most :data:`NEAR`
  characters apart (coordinated verbs "shot and killed", an attacker noun "suicide bombers attacked", a casualty
  clause "..., killing five"); or, in a later sentence, an anaphoric noun ("the blast", "this attack"), the
  doers or a target named again ("the assailants struck", "stormed the camp"), a casualty trigger ("five people
  were killed"), a claim ("claimed responsibility for ..."), or a mention with no participants of its own
  (the words of one mention are read in kg.extract.incidentcues).

A word before the trigger that says "another one" (:data:`DISTINCT_WORDS`) keeps a mention away from
the incidents told before it; a series ("many attacks") merges only within its sentence, or with a later noun
that repeats its word ("a series of coordinated attacks ... The attacks killed 130 people").  Of several
candidates a mention joins the one in its own sentence, else (for "the attack", a claim) the incident
with most mentions, else the most recent, so two incidents of one record stay apart when their named
participants, places or dates differ ("attacked Mosul ... also struck Kirkuk").  Merging unions the
participants (one per entity key), keeps the highest confidence and the earliest mention as the primary
sentence and trigger, and keeps every mention as evidence.  Everything is a pure function of the
events, so the result is deterministic; the words are tables in kg/extract/lexicon/incidents.py
(docs/EXTRACTION.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from spacy.lang.en.lex_attrs import like_num

from kg.events import family as family_of
from kg.extract import incidentlinks
from kg.extract.anaphora import QUANTITY_WORDS, described, modifiers, noun_head, same_word
from kg.extract.briefs import retells, unfiled
from kg.extract.incidentcues import (
    NAMED_KINDS,
    WORD,
    barrier_offset,
    dated,
    is_anaphoric,
    is_claim,
    is_named,
    is_own_account,
    is_series,
    listed_after_count,
    names_doers_again,
    names_doers_by_pronoun,
    names_target_again,
    quoted,
    trigger_word,
    without_loose_place,
    without_recalled_place,
)
from kg.extract.incidentlinks import recalls_air_strikes
from kg.extract.incidentplaces import merged_place
from kg.extract.incidentturns import answered, elsewhere, recalled_offset
from kg.extract.lexicon import CASUALTY_TRIGGERS, GENERIC_DOERS
from kg.extract.sameincident import compatible, defended, linked, reality, right_after, side_s_account
from kg.models import EntityKind, Event, EventMention, EventType, Mention, Modality

# Which type a merged event takes (the more specific one); families come from the specs (kg.events.family).
SPECIFICITY: dict[EventType, int] = {EventType.AIRSTRIKE: 1}

# A trigger at most this many characters after an incident's first trigger in its sentence is linked to
# it ("shot and killed", ", killing five"); farther on, in the long sentences that list incidents, it
# needs a link word.
NEAR = 200


@dataclass
class _Cluster:
    event: Event
    sentences: set[int] = field(default_factory=set)  # start offsets of the sentences it is mentioned in
    last: int = 0  # trigger start of its latest mention
    series: bool = False  # a series of incidents ("many attacks"): no link across sentences
    section: int = -1  # the offset of the round-up section it is told in (kg.extract.sectionlabels), -1 for none
    headline: Event | None = None  # the headline's reading, joined to the story's at the end (:func:`told`)
    dated: bool = False  # an incident of the story's background named by its year ("the 2005 London bombings")


def merge(
    events: Iterable[Event],
    *,
    published: str | None = None,
    headlines: frozenset[int] = frozenset(),
    datelines: frozenset[tuple[int, int]] = frozenset(),
    brief: bool = False,
    sections: frozenset[int] = frozenset(),
) -> list[Event]:
    """``events`` of one document with the mentions of each incident merged, in text order.

    Events are read in order of sentence and trigger; each joins an earlier cluster that it is
    :func:`linked` to and :func:`compatible` with, or starts a new one.  Of several such clusters it
    joins one in its own sentence if there is one, else, for an anaphoric noun or a claim ("the attack"),
    the most mentioned (then the most recent) incident, else the most recent.  An anaphoric noun or
    claim whose place or date disagrees with every earlier incident still joins the only one of its
    family, if there is only one: "the massacre was revenge for operations in North Waziristan" puts the
    wrong place on the massacre, not a new incident in the text.  ``published`` is the document's
    date, which the time resolver gives to sentences that name none: it agrees with any date.
    ``headlines`` are the start offsets of headline sentences (:func:`kg.extract.nlp.is_headline`), ``datelines``
    the (start, end) offsets of datelines (:func:`kg.extract.nlp.is_dateline`).  In a ``brief`` (a headline over a
    story of one or two sentences) a later mention compatible with the headline's incident is that incident
    (:mod:`kg.extract.briefs`). ``sections`` are the offsets at which a round-up's place-labelled sections open
    (:mod:`kg.extract.sectionlabels`): mentions of two sections are two incidents.
    """
    clusters: list[_Cluster] = []
    for event in sorted(events, key=lambda e: (e.sentence.start, e.trigger.start, e.trigger.end)):
        event = without_recalled_place(event)
        background = dated(event, published)  # "since the 2005 London transport bombings": never the story's incident
        bare = without_loose_place(event)  # "Doctors at Medina hospital said ... the explosion": not the blast's place
        series = is_series(event)
        anaphoric = is_anaphoric(event)
        retold = is_own_account(event)  # "Al-Qawsi said he had left the Houthis": the move the story told
        noun = anaphoric or is_claim(event) or retold
        # "vowed revenge for the attack" answers the attack told; "came weeks after herdsmen killed" recalls another
        barrier = -1 if answered(event) else max(barrier_offset(event), -1 if noun else recalled_offset(event))
        refers = noun or names_doers_again(event)
        section = max((s for s in sections if s <= event.trigger.start), default=-1)
        open_ = [
            c
            for c in clusters
            if (c.last >= barrier or _dead_in(c, event))
            and c.section == section
            and (_open_to(c, event, series) or _names_series(c, event))
            and (not background or (c.dated and event.sentence.start in c.sentences))
            and _open_to_dated(c, event)
        ]
        headline = next((c for c in open_ if _tells(c.event, event, headlines)), None)
        if headline is not None:
            headline.headline, headline.event = headline.event, _with_evidence(event)
            headline.sentences.add(event.sentence.start)
            headline.last = max(headline.last, event.trigger.start)
            continue
        which = modifiers(event) if noun else frozenset()
        candidates = []
        sides: set[int] = set()
        closer: set[int] = set()
        for cluster in open_:
            same = (
                event.sentence.start in cluster.sentences
                and event.trigger.start - _first_in(cluster, event) <= NEAR
                and not listed_after_count(cluster.event, event)
            )
            told_again = brief and cluster.headline is not None and retells(cluster.event, event)
            pair = unfiled(cluster.event, event, datelines) if told_again else (cluster.event, bare)
            person = _names_the_described(cluster, event, clusters)
            side = side_s_account(cluster.event, event)  # "Armenia said it had hit Azerbaijani positions": the fighting
            tied = (
                linked(cluster.event, event, same_sentence=same)
                or told_again
                or _details_lead(cluster, event, clusters)
                or person
            )
            if side and not (tied and compatible(*pair, same_sentence=same, published=published)):
                sides.add(id(cluster))  # its place is where the side says it hit, not where the fight is
            if person and _own_place(event) and not _own_place(cluster.event):
                closer.add(id(cluster))  # "handed himself over ... in El Bur" over the lead's dateline "MOGADISHU -"
            if side or (tied and compatible(*pair, same_sentence=same, setting=not person, published=published)):
                # "the checkpoint attack" is the incident whose target or place is a checkpoint
                named = described(cluster.event, which)
                # "the strikes" is the incident told by "struck", not the one told most since
                again = anaphoric and same_word(cluster.event, event)
                candidates.append(
                    (
                        not same,
                        not named,
                        not again,
                        -len(cluster.event.evidence) if refers else 0,
                        -cluster.last,
                        cluster,
                    )
                )
        if not candidates and noun:
            family = [c for c in open_ if family_of(c.event.type) == family_of(event.type)]
            # "The Taliban claimed the checkpoint attack": the words say which incident, whatever place the
            # claim's sentence names.
            family = [c for c in family if described(c.event, which)] or family
            # "a bomb exploded in Nkari; no group claimed it" tells an incident of its own, "the massacre" the story's
            if (
                len(family) == 1
                and compatible(family[0].event, event, setting=False)
                and not elsewhere(family[0].event, bare, anaphoric=anaphoric or retold)
            ):
                candidates.append((True, True, True, 0, 0, family[0]))
        if not candidates:
            cluster = _Cluster(_with_evidence(event), {event.sentence.start}, event.trigger.start, series, section)
            cluster.dated = background
            clusters.append(cluster)
            continue
        home = min(candidates, key=lambda c: c[:-1])[-1]
        home.event = combine(home.event, replace(event, location=None) if id(home) in sides else event)
        if id(home) in closer:
            home.event = replace(home.event, location=event.location)
        home.sentences.add(event.sentence.start)
        home.last = max(home.last, event.trigger.start)
        home.series = home.series or series
        earlier = _told_before(home, candidates, event, published)
        if earlier is not None:
            earlier.event = combine(earlier.event, home.event)
            earlier.sentences |= home.sentences
            earlier.last = max(earlier.last, home.last)
            clusters.remove(home)
    ordered = sorted(clusters, key=lambda c: (c.event.sentence.start, c.event.trigger.start))
    return [without_own_dead(told(c.headline, c.event, datelines) if c.headline else c.event) for c in ordered]


def _details_lead(cluster: _Cluster, event: Event, clusters: list[_Cluster]) -> bool:
    """True when ``event``, in the sentence right after the story's lead, gives the detail of ``cluster``, the lead's
    only incident, by unnamed doers as the lead has: "Suspected jihadists killed at least 17 civilians in an attack on
    a market ... Gunmen on motorcycles opened fire on traders in Tessit, a local councillor said". A wire story's
    second sentence tells how its lead happened; a named doer there, or a lead of two incidents, may be another."""
    if len(clusters) != 1 or len(cluster.sentences) != 1 or cluster.headline is not None:
        return False
    if family_of(event.type) is not EventType.ATTACK:
        return False
    if not right_after(cluster.event.sentence, event.sentence):
        return False
    if not (_unnamed(cluster.event.agents) and _unnamed(event.agents)):
        return False
    # "... killed the priest with a knife. Police shot both assailants": the lead's doers hit, an answer to it
    doers = {noun_head(m.span.text) for m in cluster.event.agents} - {""}
    return not any(noun_head(m.span.text) in doers for m in event.targets)


def _names_the_described(cluster: _Cluster, event: Event, clusters: list[_Cluster]) -> bool:
    """True when ``event``, a change of side by a person named or a pronoun, retells ``cluster``, the text's only change
    of side so far, whose doer one indefinite description gave: "A senior al-Shabaab intelligence officer surrendered
    to Somali forces ... He handed himself over to the army's 27th division in Beledweyne", "a senior general ... has
    defected to the government ... Major General Gatluak Nyang Thoan announced that he had left the SPLA".  A wire
    story describes the one who changed sides in its lead and names him after; where and when he did it are told
    more closely there, so the two places and dates need not agree."""
    if event.type is not EventType.DEFECTION or cluster.event.type is not EventType.DEFECTION or cluster.headline:
        return False
    if sum(c.event.type is EventType.DEFECTION for c in clusters) != 1 or event.sentence.start in cluster.sentences:
        return False
    described_ = cluster.event.agents
    if (
        len(described_) != 1
        or described_[0].entity.kind in NAMED_KINDS - {EntityKind.PERSON}
        or is_named(described_[0])
    ):
        return False
    words = WORD.findall(described_[0].span.text.lower())
    if words[:1] not in (["a"], ["an"]) or noun_head(described_[0].span.text).endswith("s"):
        return False  # "Four senior members ... surrendered": several, each may be named apart
    return bool(event.agents) and all(
        m.span.text.lower() in _PERSON_PRONOUNS or (m.entity.kind is EntityKind.PERSON and is_named(m))
        for m in event.agents
    )


_PERSON_PRONOUNS = frozenset({"he", "she"})


def _own_place(event: Event) -> bool:
    """True when ``event``'s place is written in a sentence of its own mentions, not taken from a dateline or a
    sentence before."""
    place = event.location
    return place is not None and any(m.sentence.start <= place.span.start < m.sentence.end for m in event.evidence)


def _unnamed(doers: tuple[Mention, ...]) -> bool:
    """True for doers told only by a generic noun for attackers ("Gunmen", "Suspected jihadists", "Armed men"), not a
    name, a force ("Police shot the attacker": an answer) or a crowd."""
    return bool(doers) and all(
        noun_head(m.span.text) in GENERIC_DOERS and not (m.entity.kind in NAMED_KINDS or is_named(m)) for m in doers
    )


def _dead_in(cluster: _Cluster, event: Event) -> bool:
    """True when ``event`` is the incident noun a casualty clause of its own sentence, ``cluster``, died in: "Jets
    killed 14 villagers in a second raid on the valley", "Three soldiers died in another ambush". The word that tells
    the raid from those before it ("second", "another") does not tell it from its own dead; "killed five in Kano, and
    another attack killed three" is a casualty clause of another incident."""
    first = cluster.event
    if first.sentence != event.sentence or trigger_word(first) not in CASUALTY_TRIGGERS:
        return False
    between = event.sentence.text[first.trigger.end - event.sentence.start : event.trigger.start - event.sentence.start]
    return _DEAD_IN.match(between) is not None


# From a casualty verb to the noun of the incident it happened in: "killed 14 villagers in a second", "died in
# another", "were wounded during the third".
_DEAD_IN = re.compile(r"[^,;:()]{0,60}?\b(?:in|during)\s+(?:a|an|the)?\s*\w+\s*$", re.IGNORECASE)


def _open_to(cluster: _Cluster, event: Event, series: bool) -> bool:
    """A series ("many attacks") takes mentions from its own sentence only, and a mention that is a series joins only
    incidents of its own sentence."""
    return not ((series or cluster.series) and event.sentence.start not in cluster.sentences)


def _open_to_dated(cluster: _Cluster, event: Event) -> bool:
    """An incident of the background named by its year takes mentions of its own sentence, and later only a definite
    noun that names it by its word or its target: "wanted over the 2014 massacre at an army school in Peshawar ... The
    school attack killed 147 people"; the story's "the attack" is the story's own incident."""
    if not cluster.dated or event.sentence.start in cluster.sentences:
        return True
    return is_anaphoric(event) and (same_word(cluster.event, event) or described(cluster.event, modifiers(event)))


def _names_series(cluster: _Cluster, event: Event) -> bool:
    """True when ``event`` is a plural anaphoric noun of the series' own word, of its kind of deed, or the general
    word: "a series of coordinated attacks ... The attacks killed 130 people", "A series of bombings struck three
    churches ... The blasts went off almost simultaneously ... arrested 13 people after the attacks" (not "the bus
    attack", one incident after "repeated attacks")."""
    return (
        cluster.series
        and not is_series(event)
        and is_anaphoric(event)
        and event.trigger.text.lower().endswith("s")
        and (same_word(cluster.event, event) or _same_kind(cluster.event, event))
    )


# Nouns of one kind of deed, any of which names a series told by another: "bombings" ... "the blasts".
_BLASTS = frozenset({"blast", "explosion", "bombing", "bomb", "detonation"})


def _same_kind(series: Event, noun: Event) -> bool:
    """True when the plural ``noun`` is "attacks", or a word of the series' kind of deed ("bombings" ~ "blasts")."""
    word = noun.trigger.text.lower().removesuffix("s")
    return word == "attack" or (
        word in _BLASTS and any(m.trigger.text.lower().rstrip("s") in _BLASTS for m in series.evidence)
    )


def _told_before(home: _Cluster, candidates: list, event: Event, published: str | None) -> _Cluster | None:
    """The incident of an earlier sentence that ``event`` is linked to, when ``event`` joined ``home``, an incident
    first told in its own sentence, and the two can be one: "Bandits attacked Kadisau ... the bandits shot
    sporadically and killed 18 people", where "shot" starts the sentence's incident and the toll ties it to the
    one told before."""
    if home.sentences != {event.sentence.start} or home.headline is not None:
        return None
    if is_anaphoric(event) or is_claim(event) or not (event.agents or event.targets):
        return None  # "Police shot the attacker ... after the stabbing": the noun names the incident the answer follows
    # the tie is the event's own participants, not its toll alone: "Police shot and wounded the attacker" answers
    earlier = [
        c
        for c in candidates
        if c[0] and c[-1] is not home and c[-1].headline is None and _names_again(c[-1].event, event)
    ]
    if not earlier:
        return None
    cluster: _Cluster = min(earlier, key=lambda c: c[:-1])[-1]
    return cluster if compatible(cluster.event, home.event, published=published) else None


def _names_again(cluster: Event, event: Event) -> bool:
    return (
        names_doers_again(event)
        or names_doers_by_pronoun(cluster, event)
        or names_target_again(cluster, event)
        or incidentlinks.ties(cluster, event)
    )


def without_own_dead(event: Event) -> Event:
    """``event`` without the attackers' own dead among its targets: "Militants attacked a checkpoint; three
    militants died in the clash", "a suicide bomber ..., killing the bomber and three policemen".  A target
    is theirs when its head noun is an agent's ("militants", "bomber"), or both are words for the doers
    ("assailants" ... "one attacker").  Not for a clash, whose sides are each other's targets, nor for
    named actors."""
    if family_of(event.type) is not EventType.ATTACK or not event.agents or not event.targets:
        return event
    if {m.entity.key for m in event.agents} & {m.entity.key for m in event.targets}:
        return event  # the sides of a fight
    targets = tuple(t for t in event.targets if not _theirs(event.agents, t))
    return event if len(targets) == len(event.targets) else replace(event, targets=targets)


def _theirs(agents: tuple[Mention, ...], target: Mention) -> bool:
    """True when ``target`` names some of ``agents`` again by their noun: "12 militants" of "Boko Haram
    militants", "one attacker" of "assailants"."""
    if target.entity.kind in NAMED_KINDS and target.entity.kind is not EntityKind.PERSON:
        return False
    heads = {noun_head(m.span.text) for m in agents} - {""}
    head = noun_head(target.span.text)
    return head in heads or (head in _DOER_WORDS and bool(heads & _DOER_WORDS))


_DOER_WORDS = frozenset({"attacker", "assailant", "gunman", "bomber", "militant", "raider", "shooter", "perpetrator"})


def _tells(headline: Event, mention: Event, headlines: frozenset[int]) -> bool:
    """True when ``mention`` is the story's first telling of the incident that ``headline`` (an event of a
    headline sentence, not yet told) names: the same family and reading, in a later sentence."""
    return (
        headline.sentence.start in headlines
        and mention.sentence.start >= headline.sentence.end
        and family_of(headline.type) == family_of(mention.type)
        and reality(headline.modality) == reality(mention.modality)
        and headline.negated == mention.negated
    )


def told(headline: Event, story: Event, datelines: frozenset[tuple[int, int]] = frozenset()) -> Event:
    """One event from a headline's and the story's mention of one incident.  Headlines are written in a
    clipped style and name the sides loosely ("Militants storm hotel" for "Taliban gunmen attacked a hotel"):
    the story's doers and targets come first, and the headline's are added where they name someone else
    (the typed-filler checks have already kept weapons and numbers out); place and time are the story's
    where it gives them, the headline's place before the city the story was filed from ("Rebel commander
    defects to government in Darfur" over "KHARTOUM (AFP) -"); the story's mention is the primary one."""
    kind = headline.type if SPECIFICITY.get(headline.type, 0) > SPECIFICITY.get(story.type, 0) else story.type
    kind = headline.type if recalls_air_strikes(headline, story) else kind
    filed = story.location is not None and any(s <= story.location.span.start < e for s, e in datelines)
    return replace(
        story,
        type=kind,
        agents=_union(story.agents, _new_to(story.agents, headline.agents)),
        targets=_union(story.targets, _new_to(story.targets, headline.targets)),
        to=story.to or headline.to,
        location=(headline.location if filed else None) or story.location or headline.location,
        time=story.time or headline.time,
        confidence=max(story.confidence, headline.confidence),
        mentions=story.evidence + headline.evidence,
    )


def _new_to(story: tuple[Mention, ...], headline: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """The headline's participants the story does not name by the same head noun, leaving out bare counts:
    "militant camp" is the story's "a camp", "kills 9" and "Kill Nine" its "nine passengers"."""
    heads = {noun_head(m.span.text) for m in story}
    return tuple(m for m in headline if noun_head(m.span.text) not in heads and not like_num(noun_head(m.span.text)))


def _first_in(cluster: _Cluster, event: Event) -> int:
    """Where the cluster's first mention in ``event``'s sentence starts: links of one sentence do not chain
    along the long sentences that list incidents."""
    return min(m.trigger.start for m in cluster.event.evidence if m.sentence.start == event.sentence.start)


def combine(a: Event, b: Event) -> Event:
    """One event from cluster ``a`` and a later mention ``b``: participants united, ``a``'s mention primary."""
    b = defended(a, b)  # "The attackers exchanged fire with guards": the guards are the attacked, not doers
    kind = a.type if SPECIFICITY.get(a.type, 0) >= SPECIFICITY.get(b.type, 0) else b.type
    if kind is not a.type and (not (b.agents or b.targets) and quoted(b) or recalls_air_strikes(a, b)):
        # '"Our people are dying because of the air strikes," a spokesman said': a quoted mention with no
        # participants joins the incident but does not make the gunmen's attack an air strike
        kind = a.type
    agents = _union(a.agents, b.agents)
    targets = _union(a.targets, b.targets, counted=True)
    keys = {m.entity.key for m in agents}
    if len(keys) == 1 and kind is not EventType.DEFECTION:
        # one side is not its own target, unless a mention said so ("TMC and BJP workers clashed": each other's)
        mutual = {m.entity.key for e in (a, b) for m in e.targets if m.entity.key in {x.entity.key for x in e.agents}}
        targets = tuple(m for m in targets if m.entity.key not in keys - mutual)
    location = merged_place(a, b, targets)
    time = a.time if b.time is None or (a.time is not None and len(a.time) >= len(b.time)) else b.time
    best: dict[tuple[int, int], EventMention] = {}
    for mention in a.evidence + b.evidence:  # two readings of one trigger are one mention
        span = (mention.trigger.start, mention.trigger.end)
        if span not in best or mention.confidence > best[span].confidence:
            best[span] = mention
    evidence = tuple(sorted(best.values(), key=lambda m: (m.sentence.start, m.trigger.start)))
    modality = Modality.INSPIRED if Modality.INSPIRED in (a.modality, b.modality) else a.modality
    return replace(
        a,
        type=kind,
        modality=modality,
        agents=agents,
        targets=targets,
        to=a.to or b.to,
        location=location,
        time=time,
        confidence=max(a.confidence, b.confidence),
        mentions=evidence,
    )


def _union(a: tuple[Mention, ...], b: tuple[Mention, ...], *, counted: bool = False) -> tuple[Mention, ...]:
    """``a`` and the mentions of ``b`` that name another entity; with ``counted``, also people counted among one
    ("X and Ukrainian forces exchanged fire. 1 Ukrainian soldier was killed.": a side, and its dead)."""
    out = list(a)
    keys = {m.entity.key for m in a}
    for m in b:
        if m.entity.key not in keys or (counted and _counted(m) and all(o.span.text != m.span.text for o in out)):
            keys.add(m.entity.key)
            out.append(m)
    return tuple(out)


def _counted(mention: Mention) -> bool:
    words = WORD.findall(mention.span.text)
    return bool(words) and (words[0][0].isdigit() or words[0].lower() in QUANTITY_WORDS)


def _with_evidence(event: Event) -> Event:
    return event if event.mentions else replace(event, mentions=event.evidence)
