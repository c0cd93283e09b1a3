"""A learned ranker that fills a role the rules left empty: logistic regression over role candidates.

After the mentions of an incident are merged, an event may still have no agent or no target although its
sentences name one in a way no rule reads ("the checkpoint manned by Fulani herders came under fire", a parse
the rules do not follow).  For each such event and empty role this module lists the candidates in the
sentences of the event's mentions (the heads of noun phrases, one per entity), describes each by features that
carry across wordings -- the dependency path from the trigger, the governing preposition, voice, the NER label,
kg's own kind of the entity, distance and side, closed-class words -- and scores them with a logistic model
trained on the project's own annotated fixtures (``benchmarks/train_roleranker.py``; never on
``../shared/eval``).  The best candidate fills the role when its probability reaches the role's threshold.

No word of a training sentence is a feature: only parse labels, part-of-speech tags, prepositions and
determiners (closed classes) and kg's lexicon categories, so the model cannot learn names.  Candidates pass
the rules' filler check first (:func:`kg.extract.fillers.can_fill`): a weapon, a number, a date or a dash
never fills a role, and an agent or a side is always an actor.  The weights ship as
``kg/data/roleranker.json``; scoring is a dot product, deterministic.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from kg.events import spec as event_spec
from kg.extract import lexicon
from kg.extract.actors import Actors
from kg.extract.fillers import can_fill, fronted_place
from kg.extract.role_words import WEAPON_HEADS
from kg.models import EntityKind, Event, EventType, Mention

# The roles the ranker may fill, per type: the side joined ("to") of a defection is left to the rules.
ROLES = ("agent", "target")
_HEAD_POS = frozenset({"NOUN", "PROPN", "PRON"})
# Dependents that are part of a larger noun phrase, not the head of one.
_INNER_DEPS = frozenset({"compound", "flat", "nmod", "amod", "det", "nummod", "quantmod"})
_CLOSED_DETS = frozenset({"a", "an", "the", "no", "some", "any", "this", "that", "these", "those", "its", "their"})
_MAX_PATH = 4
# Lexicon categories a candidate's lemma may fall in: kg's own word classes, not the training sentences' words.
_CATEGORIES = (
    ("group", lexicon.GROUP_NOUNS),
    ("member", lexicon.MEMBER_NOUNS),
    ("state", lexicon.STATE_APPARATUS),
    ("doer", lexicon.DOER_NOUNS),
    ("armed", lexicon.ARMED_ACTOR_NOUNS),
    ("people", lexicon.PEOPLE_NOUNS),
    ("vehicle", lexicon.VEHICLE_NOUNS),
    ("facility", lexicon.FACILITY_NOUNS),
    ("object", lexicon.OBJECT_NOUNS),
    ("admin", lexicon.ADMIN_AREAS),
    ("arms", lexicon.ARMS_NOUNS),
    ("quantity", lexicon.QUANTITY_HEADS),
    ("time", lexicon.TIME_WORDS),
)


@dataclass(frozen=True)
class Candidate:
    """One possible filler of one empty role of one event: its mention and the features that describe it."""

    role: str
    mention: Mention
    features: tuple[str, ...]


@cache
def model() -> dict:
    """The shipped model (``kg/data/roleranker.json``): weights by feature, bias and threshold per role."""
    raw = resources.files("kg").joinpath("data/roleranker.json").read_text(encoding="utf-8")
    return json.loads(raw)


def probability(features: tuple[str, ...], weights: dict) -> float:
    """The model's probability that a candidate with ``features`` fills its role."""
    w = weights["weights"]
    z = weights["bias"] + sum(w.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


# Where ``benchmarks/train_roleranker.py`` collects the candidates of every empty role instead of filling them.
_collector: list | None = None


def collect(into: list | None) -> None:
    """Collect ``(document id, event index, role, candidates)`` into ``into`` instead of filling (training);
    ``None`` fills again."""
    global _collector
    _collector = into


def fill(doc: Doc, actors: Actors, events: list[Event], *, weights: dict | None = None) -> list[Event]:
    """``events`` with each empty agent or target filled by the best candidate the model is sure enough of."""
    if _collector is not None:
        for n, event in enumerate(events):
            for role in ROLES:  # a filled role too: its rule's filler is one more example of what fills a role
                found = list(candidates(doc, actors, event, role))
                _collector.append((actors.doc_key, n, role, _filled(event, role), found))
        return events
    weights = weights or model()
    out = []
    for event in events:
        for role in ROLES:
            if _filled(event, role) or _told_elsewhere(event, role, events):
                continue
            best, best_p = None, 0.0
            for cand in candidates(doc, actors, event, role):
                if _where(cand.mention, event, role) or not _fillable(doc, cand.mention, event, role):
                    continue
                p = probability(cand.features, weights)
                if p > best_p:
                    best, best_p = cand, p
            if best is not None and best_p >= weights["threshold"][role]:
                if role == "agent":
                    event = replace(event, agents=(best.mention,))
                else:
                    event = replace(event, targets=(best.mention,))
        out.append(event)
    return out


def _filled(event: Event, role: str) -> bool:
    return bool(event.agents if role == "agent" else event.targets)


def _where(mention: Mention, event: Event, role: str) -> bool:
    """True when a candidate is where the event happened, not who did it or what it hit: the event's place itself
    ("Iraq car bomb kills 12"), or, as a target, a noun naming part of a place ("a roadside bomb went off on the
    outskirts of Mogadishu").  Applied when filling only, so the candidates the model is trained on stay as
    collected."""
    for other in (event.location, *event.agents, *event.targets, event.to):
        # the event's place, or a word of a filler it already has ("MNA" in "MNA Shaukat Mehr")
        if other is not None and other.span.start < mention.span.end and mention.span.start < other.span.end:
            return True
    words = mention.span.text.lower().split()
    return role == "target" and bool(words) and words[-1] in lexicon.RELATIONAL_PLACES


_SPATIAL_ONLY = frozenset({"near", "outside", "inside", "around", "across", "throughout", "along"})


def _fillable(doc: Doc, mention: Mention, event: Event, role: str) -> bool:
    """False for what the rules already read and set aside: "No group claimed it" names nobody; a modifier of the
    trigger noun ("a Scud missile") is the rules' to read; a target after a preposition only places take ("near the
    border") is where."""
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span.root
    if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in head.children):
        return False
    if head.dep_ == "compound" and head.head.idx == event.trigger.start:
        return False
    if head.lemma_.lower() in WEAPON_HEADS:
        return False  # "Militants fired rockets at dawn": what was fired, not at what
    return not (role == "target" and head.dep_ == "pobj" and head.head.lower_ in _SPATIAL_ONLY)


def _told_elsewhere(event: Event, role: str, events: list[Event]) -> bool:
    """True when another event of the document's same family has ``role`` filled: an empty role there is most
    often a second account of an incident whose participant the rules have already read, so it is left alone."""
    family = _family(event.type)
    return any(other is not event and _family(other.type) == family and _filled(other, role) for other in events)


def candidates(doc: Doc, actors: Actors, event: Event, role: str) -> Iterator[Candidate]:
    """The candidates for ``role`` of ``event`` in the sentences of its mentions, one per entity, nearest first."""
    others = event.targets if role == "agent" else event.agents
    taken = {m.entity.key for m in (*others, event.to) if m is not None}
    seen: set[str] = set()
    doer = role == "agent"
    place_target = not doer and event_spec(event.type).target_may_be_place
    for evidence in event.evidence:
        span = doc.char_span(evidence.trigger.start, evidence.trigger.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        trigger = span.root
        sent = trigger.sent
        heads = sorted(_heads(sent, actors, trigger), key=lambda t: abs(t.i - trigger.i))
        actor_rank = 0
        for head in heads:
            if not can_fill(head, doer=doer) or (doer and fronted_place(head)):
                continue
            mention = actors.target(head) if place_target else actors.mention(head)
            if mention is None or mention.entity.key in taken or mention.entity.key in seen:
                continue
            if not place_target and not mention.entity.is_actor:
                continue
            if doer and not _doer_like(head, mention):
                continue
            seen.add(mention.entity.key)
            feats = features(head, trigger, sent, mention, event, role, actor_rank, len(heads))
            actor_rank += 1
            yield Candidate(role, mention, feats)


_DOER_KINDS = frozenset({EntityKind.STATE, EntityKind.ARMED_GROUP, EntityKind.ORGANISATION, EntityKind.PERSON})
_DOER_LABELS = frozenset({"ORG", "PERSON", "NORP", "GPE"})
# Verbs whose "with" phrase names the other side: "clashed with militants", "fought with the army".
_CLASH_LEMMAS = frozenset({"clash", "fight", "battle", "skirmish", "exchange", "engage"})
_DOER_WORDS = (
    lexicon.GROUP_NOUNS
    | lexicon.MEMBER_NOUNS
    | lexicon.STATE_APPARATUS
    | lexicon.DOER_NOUNS
    | lexicon.ARMED_ACTOR_NOUNS
    | lexicon.PEOPLE_NOUNS
)


def _doer_like(head: Token, mention: Mention) -> bool:
    """True when a candidate agent can be a doer by kg's own typing: a named state, group, organisation or
    person, a name the NER reads as one, a pronoun, or a noun of kg's actor classes ("gunmen", "villagers").
    "a culvert" or "AK-47s" never are, whatever the parse says."""
    if head.dep_ == "pobj" and head.head.lower_ == "with" and head.head.head.pos_ in ("VERB", "ADJ"):
        # "poachers armed with AK-47s", "a truck loaded with explosives": what someone held, not who acted
        if head.head.head.lemma_.lower() not in _CLASH_LEMMAS:
            return False
    return (
        mention.entity.kind in _DOER_KINDS
        or head.ent_type_ in _DOER_LABELS
        or head.pos_ == "PRON"
        or head.lemma_.lower() in _DOER_WORDS
        or head.lower_ in _DOER_WORDS
    )


def _heads(sent: Span, actors: Actors, trigger: Token) -> Iterator[Token]:
    """The heads of the noun phrases of ``sent``: one token per entity, no part of a compound."""
    for tok in sent:
        if tok.i == trigger.i or tok.pos_ not in _HEAD_POS:
            continue
        ent = actors.entity_at(tok)
        if ent is not None:
            if tok.i == ent.root.i:
                yield tok
            continue
        if tok.dep_ in _INNER_DEPS and tok.head.pos_ in ("NOUN", "PROPN"):
            continue
        yield tok


def _path(trigger: Token, cand: Token) -> tuple[str, int]:
    """The dependency path from ``trigger`` up to the lowest common ancestor and down to ``cand``, and its length."""
    up = [trigger, *trigger.ancestors]
    up_index = {t.i: n for n, t in enumerate(up)}
    down = []
    node = cand
    while node.i not in up_index:
        down.append(node.dep_)
        if node.head.i == node.i:
            return "none", 99
        node = node.head
    ups = [t.dep_ for t in up[: up_index[node.i]]]
    length = len(ups) + len(down)
    if length > _MAX_PATH:
        return "long", length
    return "^" + "^".join(ups) + "|v" + "v".join(reversed(down)), length


def _clause_verb(token: Token) -> Token | None:
    """The nearest verb above ``token`` (the clause it belongs to), or None."""
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _within(token: Token, mention: Mention) -> bool:
    """True when ``token`` hangs below the head of ``mention`` (a relative clause or modifier of that filler)."""
    return any(a.idx >= mention.span.start and a.idx < mention.span.end for a in token.ancestors)


def _bucket(n: int) -> str:
    for limit in (1, 2, 3, 5, 8, 12, 20):
        if n <= limit:
            return str(limit)
    return "far"


def features(
    cand: Token, trigger: Token, sent: Span, mention: Mention, event: Event, role: str, rank: int, n_heads: int
) -> tuple[str, ...]:
    """The features of one candidate, each once plain and once joined with the role and with role and type."""
    path, length = _path(trigger, cand)
    lemma = cand.lemma_.lower()
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children)
    prep = cand.head.lower_ if cand.dep_ == "pobj" and cand.head.pos_ == "ADP" else "-"
    det = next((c.lower_ for c in cand.children if c.dep_ in ("det", "poss") and c.lower_ in _CLOSED_DETS), "-")
    kind = mention.entity.kind
    base = [
        "bias",
        f"path={path}",
        f"len={_bucket(length)}",
        f"dep={cand.dep_}",
        f"hdep={cand.head.dep_}",
        f"hpos={cand.head.pos_}",
        f"prep={prep}",
        f"prep_on_trig={prep}" if cand.head.head.i == trigger.i else "prep_on_trig=no",
        f"det={det}",
        f"pos={cand.pos_}",
        f"tag={cand.tag_}",
        f"ner={cand.ent_type_ or '-'}",
        f"kind={kind.value}",
        f"key={mention.entity.key.split(':', 1)[0]}",
        f"wikidata={mention.entity.wikidata is not None}",
        f"side={'before' if cand.i < trigger.i else 'after'}",
        f"dist={_bucket(abs(cand.i - trigger.i))}",
        f"rank={min(rank, 4)}",
        f"heads={_bucket(n_heads)}",
        f"voice={'passive' if passive else 'active'}",
        f"tpos={trigger.pos_}",
        f"tdep={trigger.dep_}",
        f"passive_side={'passive_' if passive else ''}{'before' if cand.i < trigger.i else 'after'}",
        f"primary={trigger.idx == event.trigger.start}",
        f"mod={event.modality.value}",
        f"other={'yes' if (event.targets if role == 'agent' else event.agents) else 'no'}",
        f"numbered={any(c.dep_ == 'nummod' for c in cand.children)}",
        f"plural={cand.tag_ in ('NNS', 'NNPS')}",
        f"title={cand.is_title}",
        f"sentstart={cand.i == sent.start or cand.left_edge.i == sent.start}",
        f"kind_side={kind.value}_{'before' if cand.i < trigger.i else 'after'}",
        f"ner_dep={cand.ent_type_ or '-'}_{cand.dep_}",
    ]
    verb = _clause_verb(cand)
    if verb is None:
        base.append("clause=none")
    elif verb.i == trigger.i or verb.i == trigger.head.i:
        base.append("clause=trigger" if verb.i == trigger.i else "clause=trigger_head")
    else:
        # the candidate belongs to another verb's clause: "the checkpoint, which was manned by X, came under fire"
        base += [f"clause=other_{verb.dep_}", f"clause_role=other_{cand.dep_}"]
    others = event.targets if role == "agent" else event.agents
    if any(m.span.start <= cand.idx < m.span.end for m in others):
        base.append("inside_other_role")
    elif any(_within(cand, m) for m in others):
        base.append("under_other_role")
    base += [f"cat={name}" for name, words in _CATEGORIES if lemma in words]
    if kind in (EntityKind.PLACE, EntityKind.OBJECT):
        base.append("thing")
    fam = _family(event.type)
    return tuple(f"{role}|{f}" for f in base) + tuple(f"{role}|{fam}|{f}" for f in base)


def _family(type_: EventType) -> str:
    return "ATTACK" if type_ in (EventType.ATTACK, EventType.AIRSTRIKE) else type_.value
