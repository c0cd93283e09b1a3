"""One incident, one event: the mentions of the same incident in a document merged into one :class:`Event`.

A news text names an incident several times: "a car bomb exploded ... killing five" (two triggers),
"the blast", "the attack", "the group later claimed the bombing".  The rules read each trigger on its
own; :func:`merge` then walks the document's events in text order and adds each one to an earlier
event (a cluster) when the two can be the same incident and the text links them:

* **compatible** (:func:`compatible`): same type family (ATTACK and AIRSTRIKE are one family; a merged
  event is an AIRSTRIKE if any mention is), same modality (asserted ~ inspired) and polarity, no
  disagreeing named agents (unless a claim about "the bombing" names another group), no disagreeing
  named targets (unless one mention is a casualty clause, whose targets are victims), no roles reversed
  (a response), not a clash beside a one-sided action, compatible places (one missing, unnamed, a
  country, or sharing a name) and dates (one missing, a prefix of the other, or the publication date);
* **linked** (:func:`linked`): in the same sentence, triggers at most :data:`NEAR` characters apart
  (coordinated verbs "shot and killed", an attacker noun "suicide bombers attacked", a casualty clause
  "..., killing five"); or, in a later sentence, an anaphoric noun ("the blast", "this attack"), the
  doers or a target named again ("the assailants struck", "stormed the camp"), a casualty trigger
  ("five people were killed"), a claim ("claimed responsibility for ..."), or a mention with no
  participants of its own.

A word before the trigger that says "another one" (:data:`DISTINCT_WORDS`) keeps a mention away from
the incidents told before it; a series ("many attacks") merges only within its sentence.  Of several
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
from kg.extract import airground, responses
from kg.extract.anaphora import QUANTITY_WORDS, described, head_word, modifiers, noun_head
from kg.extract.briefs import retells, unfiled
from kg.extract.lexicon import (
    ANAPHORIC_HEADS,
    CASUALTY_TRIGGERS,
    CLAIM_WORDS,
    DETERMINERS,
    DISTINCT_WORDS,
    DOER_HEADS,
    HABITUAL_WORDS,
    INCIDENT_WORDS,
    ORDINALS,
    OTHER_ONES,
    SERIES_WORDS,
    SUPPORT_NOUNS,
    SUPPORT_PARTICIPLES,
)
from kg.models import EntityKind, Event, EventMention, EventType, Mention, Modality

# Which type a merged event takes (the more specific one); families come from the specs (kg.events.family).
SPECIFICITY: dict[EventType, int] = {EventType.AIRSTRIKE: 1}

# A trigger at most this many characters after an incident's first trigger in its sentence is linked to
# it ("shot and killed", ", killing five"); farther on, in the long sentences that list incidents, it
# needs a link word.
NEAR = 200
_NAMED_KINDS = frozenset({EntityKind.STATE, EntityKind.ARMED_GROUP, EntityKind.ORGANISATION, EntityKind.PERSON})
_WORD = re.compile(r"[\w'-]+")
_RECIPROCALS = frozenset({("each", "other"), ("one", "another")})
_ONE_OF = re.compile(r"\b(?:was|is|were)\s+one\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


@dataclass
class _Cluster:
    event: Event
    sentences: set[int] = field(default_factory=set)  # start offsets of the sentences it is mentioned in
    last: int = 0  # trigger start of its latest mention
    series: bool = False  # a series of incidents ("many attacks"): no link across sentences
    headline: Event | None = None  # the headline's reading, joined to the story's at the end (:func:`told`)


def merge(
    events: Iterable[Event],
    *,
    published: str | None = None,
    headlines: frozenset[int] = frozenset(),
    datelines: frozenset[tuple[int, int]] = frozenset(),
    brief: bool = False,
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
    (:mod:`kg.extract.briefs`).
    """
    clusters: list[_Cluster] = []
    for event in sorted(events, key=lambda e: (e.sentence.start, e.trigger.start, e.trigger.end)):
        event = _without_recalled_place(event)
        series = is_series(event)
        barrier = _barrier(event)
        noun = is_anaphoric(event) or is_claim(event)
        refers = noun or names_doers_again(event)
        open_ = [
            c
            for c in clusters
            if c.last >= barrier and not ((series or c.series) and event.sentence.start not in c.sentences)
        ]
        headline = next((c for c in open_ if _tells(c.event, event, headlines)), None)
        if headline is not None:
            headline.headline, headline.event = headline.event, _with_evidence(event)
            headline.sentences.add(event.sentence.start)
            headline.last = max(headline.last, event.trigger.start)
            continue
        which = modifiers(event) if noun else frozenset()
        candidates = []
        for cluster in open_:
            same = event.sentence.start in cluster.sentences and event.trigger.start - _first_in(cluster, event) <= NEAR
            told_again = brief and cluster.headline is not None and retells(cluster.event, event)
            pair = unfiled(cluster.event, event, datelines) if told_again else (cluster.event, event)
            if (linked(cluster.event, event, same_sentence=same) or told_again) and compatible(
                *pair, same_sentence=same, published=published
            ):
                # "the checkpoint attack" is the incident whose target or place is a checkpoint
                named = described(cluster.event, which)
                candidates.append(
                    (not same, not named, -len(cluster.event.evidence) if refers else 0, -cluster.last, cluster)
                )
        if not candidates and noun:
            family = [c for c in open_ if family_of(c.event.type) == family_of(event.type)]
            # "The Taliban claimed the checkpoint attack": the words say which incident, whatever place the
            # claim's sentence names.
            family = [c for c in family if described(c.event, which)] or family
            if len(family) == 1 and compatible(family[0].event, event, setting=False):
                candidates.append((True, True, 0, 0, family[0]))
        if not candidates:
            clusters.append(_Cluster(_with_evidence(event), {event.sentence.start}, event.trigger.start, series))
            continue
        home = min(candidates, key=lambda c: c[:4])[4]
        home.event = combine(home.event, event)
        home.sentences.add(event.sentence.start)
        home.last = max(home.last, event.trigger.start)
        home.series = home.series or series
    ordered = sorted(clusters, key=lambda c: (c.event.sentence.start, c.event.trigger.start))
    return [without_own_dead(told(c.headline, c.event, datelines) if c.headline else c.event) for c in ordered]


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
    if target.entity.kind in _NAMED_KINDS and target.entity.kind is not EntityKind.PERSON:
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
        and _reality(headline.modality) == _reality(mention.modality)
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


def linked(cluster: Event, mention: Event, *, same_sentence: bool) -> bool:
    """True when the text ties ``mention`` to an incident already told in ``cluster``."""
    if same_sentence or not (cluster.agents or cluster.targets or cluster.to):
        return True  # a mention with no participants ("Explosions were heard.") is filled in by the next
    return (
        is_anaphoric(mention)
        or names_doers_again(mention)
        or names_doers_by_pronoun(cluster, mention)
        or names_target_again(cluster, mention)
        or _trigger_word(mention) in CASUALTY_TRIGGERS
        or is_claim(mention)
        or not (mention.agents or mention.targets or mention.to)
    )


def compatible(
    a: Event, b: Event, *, same_sentence: bool = False, setting: bool = True, published: str | None = None
) -> bool:
    """True when ``a`` and ``b`` can be one incident: nothing in them tells two incidents apart.

    In one sentence, two mentions with the same sides swapped ("battles between X and Y" read as X
    against Y and Y against X) are one clash.  ``setting=False`` leaves place and date out."""
    if family_of(a.type) != family_of(b.type) or _reality(a.modality) != _reality(b.modality) or a.negated != b.negated:
        return False
    mirror = same_sentence and _named(a.agents + a.targets) == _named(b.agents + b.targets)
    # Outlets and officials attribute one incident to different groups ("IS claimed responsibility, while
    # the military attributed the bombing to Abu Sayyaf"): a claim about "the bombing" names one more agent.
    attribution = setting and is_claim(b) and is_anaphoric(b)
    if _disagree(a.agents, b.agents) and not (mirror or attribution):
        return False
    casualty = _trigger_word(a) in CASUALTY_TRIGGERS or _trigger_word(b) in CASUALTY_TRIGGERS
    if not (casualty or mirror) and _disagree(a.targets, b.targets):
        return False
    if a.to is not None and b.to is not None and a.to.entity.key != b.to.entity.key:
        return False
    air_and_ground = airground.apart(a, b) and not (is_anaphoric(b) or is_claim(b))  # "an offensive, jets striking"
    if _one_sided_beside_clash(a, b) or _one_sided_beside_clash(b, a) or air_and_ground:
        return False
    if same_sentence and supporting(a) != supporting(b):
        return False  # "troops, backed by coalition helicopters, stormed ...": the strike that backs the assault
    # "X and Y exchanged fire. 1 soldier of X was killed.": victims of one side of a fight.
    sides = (len(a.agents) > 1 and not b.agents) or (len(b.agents) > 1 and not a.agents)
    if not (mirror or sides or is_clash(a) or is_clash(b)) and (_reversed(a, b) or _reversed(b, a)):
        return False  # "Police killed the gunman": the attacker as a target is a response, not the attack
    # "Civilians were killed in Kukawa when gunmen attacked ... in Borno state": a casualty clause of the
    # same sentence may name the place at another granularity.
    place = (same_sentence and casualty) or _same_place(a.location, b.location)
    return not setting or (place and _same_time(a.time, b.time, published))


def combine(a: Event, b: Event) -> Event:
    """One event from cluster ``a`` and a later mention ``b``: participants united, ``a``'s mention primary."""
    kind = a.type if SPECIFICITY.get(a.type, 0) >= SPECIFICITY.get(b.type, 0) else b.type
    if kind is not a.type and not (b.agents or b.targets) and _quoted(b):
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
    location = a.location or b.location
    if location is not None and location is a.location and b.location is not None:
        # "airstrikes against ISWAP positions around Lake Chad": the attacked place stands in for where
        # it happened only when another phrase of its sentence names where; a town says more than its
        # country; a place read in the sentence itself says more than one taken from the sentence before
        # or the dateline.
        same_sentence = any(m.sentence == b.sentence for m in a.evidence)
        own_a = _in_sentences(location, a)
        if own_a and not _in_sentences(b.location, b):
            pass
        elif (
            same_sentence
            and _is_target(location, targets)
            and not _is_target(b.location, targets)
            and (_is_named(b.location) or not _is_named(location))
        ):
            location = b.location
        elif _is_country(location) and _is_named(b.location) and not _is_country(b.location):
            location = b.location
        elif _within(b.location, location) and not _within(location, b.location):
            location = b.location  # "Macomia district" says more than "Cabo Delgado province"
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


def _quoted(event: Event) -> bool:
    """True when the trigger of ``event`` is inside direct speech (an odd number of quotation marks before it)."""
    before = event.sentence.text[: max(0, event.trigger.start - event.sentence.start)]
    return sum(before.count(q) for q in ('"', "\u201c", "\u201d")) % 2 == 1


def is_anaphoric(event: Event) -> bool:
    """True for a trigger noun introduced by a definite or demonstrative determiner: "the blast"."""
    if _trigger_word(event) not in ANAPHORIC_HEADS:
        return False
    before = event.sentence.text[: max(0, event.trigger.start - event.sentence.start)]
    if _ONE_OF.search(before):
        return True  # "This was one of three related attacks on polling stations": the series of the one told
    words = _WORD.findall(re.split(r"[,;:.!?()]", before)[-1])[-4:]
    return any(w.lower() in DETERMINERS for w in words)


def names_doers_again(event: Event) -> bool:
    """True when the agent is a definite unnamed doer that points back: "The assailants struck two
    villages", "The gunmen also shot at ambulances"."""
    for agent in event.agents:
        words = _WORD.findall(agent.span.text.lower())
        if len(words) >= 2 and (words[0] in DETERMINERS or words[0] in QUANTITY_WORDS) and words[-1] in DOER_HEADS:
            return True  # "the gunmen", "one attacker", "two of the attackers"
    return False


def names_doers_by_pronoun(cluster: Event, mention: Event) -> bool:
    """True when the agent of ``mention`` is a pronoun that stands for an agent of ``cluster``: "Fighters of
    Katiba Macina raided Ogossagou ... 'They surrounded the village and shot people'"."""
    keys = {m.entity.key for m in cluster.agents}
    return any(m.span.text.lower() in _DOER_PRONOUNS and m.entity.key in keys for m in mention.agents)


_DOER_PRONOUNS = frozenset({"they", "it", "he", "she"})


def names_target_again(cluster: Event, mention: Event) -> bool:
    """True when a target of ``mention`` is a definite description whose head noun names a target of
    ``cluster`` again: "an attack on a military camp" ... "Fighters stormed the camp at Sanam"."""
    heads = {head_word(m.span.text) for m in cluster.targets} - {""}
    for target in mention.targets:
        words = _WORD.findall(target.span.text.lower())
        if len(words) >= 2 and words[0] in DETERMINERS and head_word(target.span.text) in heads:
            return True
    return False


def is_claim(event: Event) -> bool:
    """True when the event's sentence claims or attributes an incident ("claimed the attack"), or an armed group
    says its own fighters did it ("Islamic State said its fighters had detonated the car")."""
    if any(w.lower() in CLAIM_WORDS for w in _WORD.findall(event.sentence.text)):
        return True
    return bool(OWN_DEED.search(event.sentence.text)) and any(
        m.entity.kind is EntityKind.ARMED_GROUP for m in event.agents
    )


# A statement of the speaker's own fighters' deed: "said that its fighters had", "said one of the group's fighters".
OWN_DEED = re.compile(
    r"\b(?:said|says|announced|stated)\b[^.;]*?\b(?:its|their|the group's)\s+(?:\w+\s+)?"
    r"(?:fighters|militants|mujahideen|members|bombers|commandos)\b",
    re.IGNORECASE,
)


def is_series(event: Event) -> bool:
    """True for a trigger noun that names several incidents ("many attacks", "a series of bombings") or a
    habitual verb ("has repeatedly attacked")."""
    words = [
        w.lower() for w in _WORD.findall(event.sentence.text[: max(0, event.trigger.start - event.sentence.start)])
    ]
    if words and words[-1] in HABITUAL_WORDS or words[-2:-1] and words[-2] in HABITUAL_WORDS:
        return True  # "has repeatedly attacked", "have often been targeted"
    return _trigger_word(event).endswith("s") and any(w in SERIES_WORDS for w in words[-4:])


def _barrier(event: Event) -> int:
    """The offset of the last word before the trigger that announces a different incident, or -1."""
    start = event.sentence.start
    barrier, previous = -1, ""
    words = list(_WORD.finditer(event.sentence.text[: max(0, event.trigger.start - start)]))
    for n, match in enumerate(words):
        word = match.group().lower()
        if word in OTHER_ONES and n + 3 < len(words) and not _event_noun_follows(words[n + 1 : n + 4]):
            continue  # "one other was wounded in the attack": more victims, not another attack
        if (previous, word) in _RECIPROCALS:
            previous = word
            continue  # "New Delhi and Beijing blamed each other for the clash": the sides, not another clash
        if word in DISTINCT_WORDS or (word in ORDINALS and previous == "a"):
            barrier = start + match.start()
        previous = word
    for match in _RECALLED.finditer(event.sentence.text[: max(0, event.trigger.start - start)]):
        barrier = max(barrier, start + match.start())
    return max(barrier, responses.barrier(event))  # "Troops launched a counter-attack": the answer, not the attack


def _without_recalled_place(event: Event) -> Event:
    """``event`` without a place read in a recalled time's clause after its trigger: "The raid was the deadliest
    since January, when jihadists killed 40 farmers in Zabarmari" does not put the raid in Zabarmari."""
    loc, start = event.location, event.sentence.start
    recalled = _RECALLED.search(event.sentence.text[max(0, event.trigger.end - start) :])
    if (
        loc is None
        or recalled is None
        or not event.trigger.end + recalled.start() <= loc.span.start < event.sentence.end
    ):
        return event
    return replace(event, location=None)


# A time recalled with what happened then: "the deadliest since January, when jihadists killed 40 farmers", "in
# 2019, when gunmen stormed ...": the clause tells an earlier incident, not the one the story is about.
_RECALLED = re.compile(
    r"\b(?:since|in|until|before|last)\s+(?:\w+\s+){0,2}?(?:\w+day|\d{4}|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|year|month|week)\s*,\s*when\b",
    re.IGNORECASE,
)


def _event_noun_follows(following: list[re.Match[str]]) -> bool:
    """True when one of the next words names an incident: "another attack", "in other bombings"."""
    return any(m.group().lower() in ANAPHORIC_HEADS | INCIDENT_WORDS for m in following)


def supporting(event: Event) -> bool:
    """True when ``event`` is an air strike told in a phrase that backs another deed of its sentence: "backed by
    coalition helicopters", "under cover of Russian air strikes", "with coalition air support"."""
    if event.type is not EventType.AIRSTRIKE:
        return False  # "Peshmerga fighters backed by coalition air strikes captured the town": the assault itself
    before = event.sentence.text[: max(0, event.trigger.start - event.sentence.start)]
    if _trigger_word(event) in SUPPORT_NOUNS and _SUPPORT_PREPOSITION.search(before):
        return True  # "with coalition air support", "under Russian air cover"
    return _SUPPORT.search(before) is not None


_BACKED_BY = "|".join(sorted(SUPPORT_PARTICIPLES))  # "backed by"
_SUPPORT_OF = "|".join(sorted(SUPPORT_NOUNS))  # "the support of", "support from"
_SUPPORT = re.compile(
    rf"\b(?:(?:{_BACKED_BY})\s+by|(?:{_SUPPORT_OF})\s+(?:of|from))\s+(?:[\w'-]+\s+){{0,5}}$", re.IGNORECASE
)
_SUPPORT_PREPOSITION = re.compile(r"\b(?:with|under)\s+(?:[\w'-]+\s+){0,4}$", re.IGNORECASE)


def _trigger_word(event: Event) -> str:
    return event.trigger.text.lower()


def _named(mentions: tuple[Mention, ...]) -> set[str]:
    return {m.entity.key for m in mentions if m.entity.kind in _NAMED_KINDS or _is_named(m)}


def _disagree(a: tuple[Mention, ...], b: tuple[Mention, ...]) -> bool:
    named_a, named_b = _named(a), _named(b)
    return bool(named_a and named_b and not (named_a & named_b))


def _is_named(mention: Mention) -> bool:
    """A place or actor called by a proper name ("Susangerd", "eastern Beirut"), not a common noun
    ("the southern city", "20 people")."""
    if mention.entity.kind in _NAMED_KINDS:
        return True
    if mention.entity.kind is not EntityKind.PLACE:
        return False
    words = _WORD.findall(mention.span.text)
    return any(w[:1].isupper() for w in words[1:]) or bool(words and words[0][:1].isupper() and words[0] != "The")


def _same_place(a: Mention | None, b: Mention | None) -> bool:
    if a is None or b is None or a.entity.key == b.entity.key:
        return True
    if not (_is_named(a) and _is_named(b)):
        return True  # "the city" may be the Mosul named elsewhere
    if a.entity.geo is not None and b.entity.geo is not None:
        return _within(a, b) or _within(b, a)  # the gazetteer knows which holds which
    if _is_country(a) != _is_country(b):
        return True  # a country holds the town named in the other mention
    # Two names sharing a proper word are one place: "central Baghdad" and "Baghdad".
    names_a = {w.lower() for w in _WORD.findall(a.entity.label) if w[:1].isupper()}
    names_b = {w.lower() for w in _WORD.findall(b.entity.label) if w[:1].isupper()}
    return bool(names_a & names_b)


def _within(inner: Mention, outer: Mention) -> bool:
    """True when both places are geocoded and ``outer`` is ``inner`` or holds it: its country, or its
    province (a geocode at precision 3 with a province is a province; without one, a country)."""
    g, h = inner.entity.geo, outer.entity.geo
    if g is None or h is None:
        return False
    if g.geonames_id == h.geonames_id:
        return True
    if h.precision != 3 or g.country_code != h.country_code:
        return False
    return h.admin1 is None or (g.admin1 == h.admin1 and g.precision != 3)


def _in_sentences(place: Mention, event: Event) -> bool:
    """True when ``place`` was read in a sentence of ``event`` (not the sentence before or the dateline)."""
    return any(m.sentence.start <= place.span.start < m.sentence.end for m in event.evidence)


def _is_target(place: Mention, targets: tuple[Mention, ...]) -> bool:
    return any(
        t.entity.key == place.entity.key or (t.span.start, t.span.end) == (place.span.start, place.span.end)
        for t in targets
    )


def _reality(modality: Modality) -> Modality:
    # An inspired event happened: "IS-inspired attackers" and "killed a police officer" are one incident.
    return Modality.ASSERTED if modality is Modality.INSPIRED else modality


def is_clash(event: Event) -> bool:
    """True when two or more sides are each agent and target: "fighting between X and Y"."""
    return len({m.entity.key for m in event.agents} & {m.entity.key for m in event.targets}) >= 2


def _one_sided_beside_clash(clash: Event, other: Event) -> bool:
    # "seized the town after heavy fighting with Congolese soldiers": the battle and the capture are two
    # events, as the gold data counts them; casualties of the battle stay in it.
    return (
        is_clash(clash) and bool(other.agents) and not is_clash(other) and _trigger_word(other) not in CASUALTY_TRIGGERS
    )


def _reversed(a: Event, b: Event) -> bool:
    # An actor that is both agent and target of one event is a side of a fight, not a reversed role.
    agents_a = {m.entity.key for m in a.agents} - {m.entity.key for m in a.targets}
    targets_b = {m.entity.key for m in b.targets} - {m.entity.key for m in b.agents}
    return bool(agents_a & targets_b)


def _is_country(place: Mention) -> bool:
    # Places linked to the gazetteer are countries (kg.extract.actors gives other places "name:" keys).
    return place.entity.kind is EntityKind.STATE or place.entity.key.startswith("gaz:")


def _same_time(a: str | None, b: str | None, published: str | None = None) -> bool:
    if a is None or b is None or a.startswith(b) or b.startswith(a):
        return True
    return published is not None and published[:10] in (a, b)


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
    words = _WORD.findall(mention.span.text)
    return bool(words) and (words[0][0].isdigit() or words[0].lower() in QUANTITY_WORDS)


def _with_evidence(event: Event) -> Event:
    return event if event.mentions else replace(event, mentions=event.evidence)
