"""A learned recall backoff for changes of side (DEFECTION) and pledges (ALLEGIANCE): where the rules found no event
of a type in a document, a logistic model reads each sentence and, when it is sure enough that the deed is told
there, the sentence it is surest of gives one event, with roles read by a generic structural reader.

The rules are the precision path; each writer words the deed their own way ("returned to the fold", "would no longer
take orders from", "threw in their lot with"), and a rule per wording does not carry to the next writer. The model is
trained by ``python -m kg.extract.learned.train`` on the project's own annotated fixtures and shipped as
kg/data/side_detector.json.gz (docs/EXTRACTION.md, "A learned side-change detector").
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files

from spacy.tokens import Doc, Span, Token

from kg.extract import lexicon, roles, senses
from kg.extract.actors import Actors
from kg.extract.learned import direction
from kg.extract.learned.features import ACTOR_TYPES, features
from kg.extract.registry import Draft
from kg.extract.rules import sides
from kg.extract.rules.defectors import HANDED_ARMS, RANKS, is_ground, is_legal
from kg.extract.rules.joinable import pledgee
from kg.extract.rules.sides import insurgent
from kg.models import EntityKind, EventType, Mention

MODEL_FILE = "side_detector.json.gz"
TYPES = (EventType.DEFECTION, EventType.ALLEGIANCE)
# How sure the trigger of a backoff event is (the rules' own triggers start at 0.6): its confidence says it is a guess.
STRENGTH = 0.35
# The prepositions whose object is the side gone to or pledged to ("threw in their lot with X", "went over to X"),
# and the ones whose object is the side left ("walked away from X"): closed classes.
_TOWARD = frozenset({"to", "into", "with", "for", "behind", "alongside", "toward", "towards", "under"})
_AWAY = frozenset({"from", "of"})
_SENTENCE_TOKENS = 4  # a shorter sentence is a fragment ("Dateline.") and is not read
# The types read per sentence (a pledge in each sentence the rules read none in, to an organisation only), not once
# per document where the rules found none of the type.
PER_SENTENCE: set[EventType] = {EventType.ALLEGIANCE}
# What one pledges to in a backoff pledge: an armed or political organisation, not a person, a state or a club.
STRICT_PLEDGE = True


@dataclass
class Model:
    """One logistic model: its bias, its weights per feature, and the probability at which it fires (None: it never
    adds events; the pledge model only tells the verbs of joining, :func:`read_roles`)."""

    bias: float
    weights: dict[str, float]
    threshold: float | None

    def probability(self, feats: Iterable[str]) -> float:
        """P(the deed is told) for a sentence with these features (each counted once)."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in sorted(set(feats)))  # one order: the same sum each run
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass
class Detector:
    """The models per event type. ``seen`` collects (doc key, type, probability, trigger index) of every event the
    backoff built, for the evaluation that picks the threshold (benchmarks/side_detector.py)."""

    models: dict[EventType, Model]
    seen: list[tuple[str, str, float, int]] | None = field(default=None)

    @classmethod
    def from_json(cls, data: dict) -> Detector:
        """The detector of a model file's contents."""
        models = {
            EventType(name): Model(float(m["bias"]), {k: float(v) for k, v in m["weights"].items()}, m["threshold"])
            for name, m in data["types"].items()
        }
        return cls(models)


@cache
def shipped() -> Detector | None:
    """The detector shipped in kg/data, or None when the wheel has none (then extraction is the rules alone)."""
    path = files("kg.data") / MODEL_FILE
    if not path.is_file():
        return None
    return Detector.from_json(json.loads(gzip.decompress(path.read_bytes()).decode("utf-8")))


_ACTIVE: list[Detector | None] = []


def use(detector: Detector | None) -> None:
    """Run extraction with ``detector`` instead of the shipped one (None: the rules alone); for the evaluation."""
    _ACTIVE[:] = [detector]


def current() -> Detector | None:
    """The detector extraction runs with: the one :func:`use` set, else the shipped one."""
    return _ACTIVE[0] if _ACTIVE else shipped()


def sentences(doc: Doc) -> list[Span]:
    """The sentences the detector reads: every sentence with a named actor and enough words to tell a deed."""
    return [
        s
        for s in doc.sents
        if len(s) >= _SENTENCE_TOKENS and any(t.ent_type_ in ACTOR_TYPES for t in s) and s.root.pos_ != "PUNCT"
    ]


def drafts(
    doc: Doc, actors: Actors, told: dict[EventType, set[int]], detector: Detector, doc_key: str = ""
) -> list[Draft]:
    """The drafts of the backoff in ``doc``. ``told`` holds the triggers (start characters) of the rules' events by
    type. A type read per document (DEFECTION) gives at most one draft, where the rules found none of the type in the
    document: its model's surest sentence, read with :func:`read_roles`. A type read per sentence
    (:data:`PER_SENTENCE`: ALLEGIANCE) gives one draft per sentence the rules found none of it in and its model is
    sure enough of, whose reading finds an organisation pledged to."""
    out: list[Draft] = []
    read = None
    for type_, model in detector.models.items():
        if model.threshold is None or (told.get(type_) and type_ not in PER_SENTENCE):
            continue
        if read is None:
            read = [(s, list(features(s))) for s in sentences(doc)]
        ranked = sorted(
            ((model.probability(f for f, _ in feats), i) for i, (_, feats) in enumerate(read)),
            key=lambda pair: (-pair[0], pair[1]),
        )
        if type_ not in PER_SENTENCE:
            ranked = ranked[:1]  # the surest sentence only
        for p, i in ranked:
            sent, feats = read[i]
            if p < model.threshold:
                break
            if any(sent.start_char <= start < sent.end_char for start in told.get(type_, ())):
                continue  # the rules read the type in this sentence
            draft = _draft(type_, sent, feats, model, actors, detector)
            if draft is None:
                continue
            pledged = any(sent.start_char <= start < sent.end_char for start in told.get(EventType.ALLEGIANCE, ()))
            # "a former Kenyan soldier": no side read, or a state's
            veteran = not draft.targets or all(actors.kind(t) is EntityKind.STATE for t in draft.targets)
            if type_ is EventType.DEFECTION and pledged and veteran and _former(sent, draft.trigger):
                continue  # "A former major in the army, he joined the ADF": a pledge only (probes_former_sides.py)
            if detector.seen is not None:
                detector.seen.append((doc_key, type_.value, p, draft.trigger.i))
            out.append(draft)
    return out


def _draft(
    type_: EventType, sent: Span, feats: list[tuple[str, int | None]], model: Model, actors: Actors, detector: Detector
) -> Draft | None:
    """The draft of ``sent`` read as the deed of ``type_``: its trigger (:func:`_trigger`) and roles."""
    trigger = _trigger(sent, feats, model)
    if trigger is None:
        return None
    return read_roles(type_, trigger, actors, joining=_joining(trigger, detector))


def _trigger(sent: Span, feats: list[tuple[str, int | None]], model: Model) -> Token | None:
    """The word the model read the deed on: the verb whose own features weigh most for it ("brought some 60 fighters
    with him to ISSP"), else such a noun ("his switch to the opposition"); None when no word weighs for it."""
    weight = _weights(feats, model)
    doc = sent.doc
    for pos in ("VERB", "NOUN"):
        ranked = sorted(
            (i for i in weight if doc[i].pos_ == pos and doc[i].ent_type_ not in ACTOR_TYPES and weight[i] > 0),
            key=lambda i: (-weight[i], i),
        )
        if ranked:
            return doc[ranked[0]]
    return None


def _joining(trigger: Token, detector: Detector) -> bool:
    """True when the pledge model weighs the trigger's word more than the change-of-side model does: a verb of
    joining ("joined the RSF"), whose object is the side gone to, not the side left ("quit the party")."""
    pledge, change = detector.models.get(EventType.ALLEGIANCE), detector.models.get(EventType.DEFECTION)
    if pledge is None or change is None:
        return False
    word = "L:" + trigger.lemma_.lower()
    return pledge.weights.get(word, 0.0) > change.weights.get(word, 0.0)


def _state(token: Token, mention: Mention) -> bool:
    """True when ``token`` names a state the gazetteer knows ("Japan"), not its soldiers, a town or a name the NER
    took for a place ("Zamboanga City", "Nelly Ávila Moreno")."""
    return token.ent_type_ == "GPE" and bool(token.ent_id_) and mention.entity.kind is EntityKind.STATE


def _organisation(token: Token, actors: Actors) -> bool:
    """True when ``token`` names an armed or political organisation one may pledge to ("pledged allegiance to the
    Islamic State", "swore loyalty to the Houthis"): an organisation or people's name (ORG, NORP) that kg reads as an
    armed group, an organisation or a named people, not a person, a state, a place, an electoral party or a club (a
    sentence of sport)."""
    if token.ent_type_ not in ("ORG", "NORP"):
        return False
    mention = actors.mention(token)
    if mention is None or mention.entity.kind not in _PLEDGED_KINDS:
        return False
    name = actors.entity_at(token)
    if name is not None and name[-1].lower_ in _PARTY_WORDS:
        return False  # "he had joined the Inkatha Freedom Party": a politician's change of party, not a pledge
    return not senses.sporting(token)


_PLEDGED_KINDS = frozenset({EntityKind.ARMED_GROUP, EntityKind.ORGANISATION, EntityKind.COLLECTIVE})
# The last word of an electoral party's name ("the Social Democratic Party", "the All Progressives Congress"): one
# joins a party as a change of side, never as a pledge (the annotation guidelines).
_PARTY_WORDS = frozenset({"party", "congress"})


def _weights(feats: Iterable[tuple[str, int | None]], model: Model) -> dict[int, float]:
    """The weight of each token's own features (each feature counted once)."""
    weight: dict[int, float] = {}
    for f, anchor in sorted(set(feats), key=lambda pair: (pair[0], -1 if pair[1] is None else pair[1])):
        if anchor is not None:
            weight[anchor] = weight.get(anchor, 0.0) + model.weights.get(f, 0.0)
    return weight


def read_roles(type_: EventType, trigger: Token, actors: Actors, *, joining: bool = False) -> Draft | None:
    """The roles of a backoff event, read off the syntax around its trigger whatever the words: the clause's subject
    (or an event noun's doer) moves or pledges; the object of a preposition toward a side ("to", "with", "behind")
    is the side gone to or pledged to, of "from" (or "with" after a verb of parting: "broke with") the side left; a
    direct object is the side joined of a pledge ("joined the rebels") and of a change of side told by a verb of
    entering (:mod:`direction`: "rejoined the Front") or, for a verb of neither class, of ``joining``
    (:func:`_joining`), else the side left ("quit the party"). An untold side left is read off the mover's "former"
    title, its clauses and its other mentions (:mod:`direction`). None when the deed has no mover, a change of side
    no side (nor company: "surrendered with their weapons") or a state for its mover, or a pledge no organisation
    pledged to (:func:`_organisation`; ``joinable.pledgee`` when :data:`STRICT_PLEDGE` is off)."""
    if trigger.pos_ == "VERB":
        agent = roles.subject(trigger)
        agents = [agent] if agent is not None else []
    else:
        agents, _ = roles.noun_agent(trigger)
    toward: list[Token] = []
    away: list[Token] = []
    objects: list[Token] = []
    heads = [trigger] + [c for c in trigger.children if c.dep_ in ("dobj", "prt", "xcomp")]
    parting = trigger.lemma_.lower() in direction.PARTING
    company: list[Token] = []  # who or what went along ("surrendered with their weapons"): no side
    for head in heads:
        for child in head.children:
            if child.dep_ == "dobj" and head is trigger:
                objects.append(child)
            elif child.dep_ in ("prep", "dative"):
                objs = [direction.unwrapped(o) for o in child.children if o.dep_ == "pobj"]
                if child.lower_ == "with" and parting:
                    away += objs  # "broke with its emir": the side parted from
                elif child.lower_ in _TOWARD:
                    company += [o for o in objs if direction.accompanies(o)]
                    toward += [o for o in objs if not direction.accompanies(o)]
                elif child.lower_ in _AWAY and (head is trigger or child.lower_ == "from"):
                    away += objs
    movers = [m for m in (actors.mention(a) for a in agents) if m is not None]
    if not movers:
        return None
    if type_ is EventType.DEFECTION and all(_state(a, m) for a, m in zip(agents, movers, strict=False)):
        return None  # "Japan surrendered to the Allies": a state's capitulation is no change of side (guidelines)
    objects = [o for o in objects if actors.mention(o) is not None and not _bare_notion(o)]
    toward = [o for o in toward if actors.mention(o) is not None and not _bare_notion(o)]
    away = [o for o in away if actors.mention(o) is not None and not _bare_notion(o)]
    if type_ is EventType.ALLEGIANCE:
        sides_ = [o for o in toward + objects if (_organisation(o, actors) if STRICT_PLEDGE else pledgee(o, actors))]
        return Draft.by(type_, trigger, agents, "syntax", targets=sides_[:1], strength=STRENGTH) if sides_ else None
    if direction.object_side(trigger) == "to" or (direction.object_side(trigger) is None and joining):
        toward, objects = toward or objects, []
    if (
        trigger.lemma_.lower() in _HANDING
        and objects
        and not any(is_ground(o) or o.lemma_.lower() in HANDED_ARMS for o in objects)
    ):
        return None  # "the militants surrendered their hostages to the Red Cross": people or things handed over
    told = (away or objects)[:1]
    draft = Draft.defection(trigger, agents, "syntax", left=told, to=toward[:1], strength=STRENGTH)
    draft = sides.completed(draft, actors)
    if not told and draft.targets and direction.entered(draft.targets[0]):
        # "she had joined the ruling Congress, the fourth senator to cross over": the body the sentence has the
        # mover enter is the side gone to, not the side the mover's phrase says it left
        draft.to, draft.targets = draft.to or draft.targets[:1], []
    if not draft.targets and draft.agents:
        mover = draft.agents[0]
        left = (
            direction.former_side(mover, actors)
            or direction.served_side(mover, trigger, actors)
            or direction.other_mentions_side(mover, trigger, actors)
        )
        draft.targets = [t for t in left if not _same_side(t, draft.to, actors)][:1]
    if draft.to and is_legal(draft.to[0]) and not draft.targets and not insurgent(draft.agents[0], actors):
        return None  # "the suspect surrendered to officers": giving oneself up to the law (guidelines)
    # a deed told with who or what went along and no side ("31 servicemen surrendered ... with their weapons") is
    # still told: kept with its mover alone
    return draft if draft.targets or draft.to or company else None


def _former(sent: Span, trigger: Token) -> bool:
    """True when ``sent`` calls someone a former soldier, officer or police chief before ``trigger``: "A former major in
    the Ugandan army, he joined the ADF" (a veteran of a state's service, not "one former member" of an armed side)."""
    return any(
        (t.lower_ in ("former", "ex") or t.lower_.startswith("ex-")) and t.head.lemma_.lower() in _SERVICE
        for t in sent
        if t.i < trigger.i
    )


# The titles of a state's service whose former holders joining a group are veterans, not defectors.
_SERVICE = RANKS | {"soldier", "officer", "policeman", "serviceman", "chief"}


# Verbs of handing over, whose object is what is handed (hostages, a town, arms), not a side left.
_HANDING = frozenset({"surrender", "hand"})


def _bare_notion(token: Token) -> bool:
    """True for a bare singular common noun with no word of its own that is no body of people: "surrendered to
    despair", "gave in to pressure" (not "surrendered to police", "defected to Labour")."""
    if (
        token.pos_ != "NOUN"
        or token.tag_ != "NN"
        or any(c.dep_ in ("det", "poss", "amod", "compound") for c in token.children)
    ):
        return False
    return token.lemma_.lower() not in lexicon.ARMED_ACTOR_NOUNS | lexicon.GROUP_NOUNS | _BODIES


# Bodies of people a mover may go over to, named bare: "surrendered to police", "defected to government".
_BODIES = frozenset({"government", "authority", "opposition", "regime", "administration", "leadership"})


def _same_side(token: Token, others: list[Token], actors: Actors) -> bool:
    """True when ``token`` names the same actor as one of ``others``."""
    mention = actors.mention(token)
    keys = {m.entity.key for m in (actors.mention(o) for o in others) if m is not None}
    return mention is not None and mention.entity.key in keys
