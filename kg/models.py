"""The plain records that flow between kg's stages.

text -> :class:`Document` -> spaCy ``Doc`` -> :class:`Extraction` (events, actors, places)
-> RDF quads -> store.  No spaCy object crosses these records, so every stage after extraction
can be tested with objects built by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class EventType(str, Enum):
    """The four event types kg extracts (see docs/ARCHITECTURE.md for definitions)."""

    ATTACK = "ATTACK"
    AIRSTRIKE = "AIRSTRIKE"
    DEFECTION = "DEFECTION"
    ALLEGIANCE = "ALLEGIANCE"


class Modality(str, Enum):
    """Whether an event is said to have happened, or only planned, threatened, inspired or imagined."""

    ASSERTED = "asserted"
    PLANNED = "planned"
    THREATENED = "threatened"
    INSPIRED = "inspired"
    HYPOTHETICAL = "hypothetical"


class EntityKind(str, Enum):
    """What an entity is; actors are every kind except PLACE."""

    STATE = "state"
    ARMED_GROUP = "armed_group"
    ORGANISATION = "organisation"
    PERSON = "person"
    COLLECTIVE = "collective"  # an unnamed group of people: "disparate groups", "hundreds of fighters"
    PLACE = "place"


@dataclass(frozen=True)
class Document:
    """One input text with its metadata.  ``id`` is unique within a corpus and stable across runs."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None  # ISO 8601 date of publication, when known
    url: str | None = None
    source: str | None = None  # the file (and line) the document was read from


@dataclass(frozen=True)
class Span:
    """Characters ``text[start:end]`` of a document (0-based, end exclusive)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Entity:
    """A normalised actor or place.

    ``key`` is the identity used for IRIs: two mentions with the same key, in one document or in
    many, are the same entity.  Gazetteer entities have keys like ``"gaz:islamic-state"``; others
    are keyed by their normalised name.
    """

    key: str
    label: str
    kind: EntityKind
    wikidata: str | None = None  # a Wikidata id such as "Q2429253"

    @property
    def is_actor(self) -> bool:
        return self.kind is not EntityKind.PLACE


@dataclass(frozen=True)
class Mention:
    """A span of text that fills a role, and the entity it refers to."""

    span: Span
    entity: Entity


@dataclass(frozen=True)
class EventMention:
    """One place in the text where an event is reported: its sentence, trigger and how sure that reading is.

    An :class:`Event` keeps every mention that was merged into it ("a car bomb exploded ...", "the
    blast killed ...", "IS claimed the attack") as evidence.
    """

    sentence: Span
    trigger: Span
    confidence: float = 0.5


@dataclass(frozen=True)
class Event:
    """One extracted event: one incident of a document, with every participant and every mention of it.

    Roles by type: ATTACK/AIRSTRIKE ``agents`` -> ``targets``; DEFECTION agents (defectors) leave
    ``targets`` and go over to ``to``; ALLEGIANCE agents (pledgers) pledge to ``targets``.  Coordinated
    actors of one action are several agents of one event ("Russian, Syrian and US airstrikes"); in a
    clash each side is both an agent and a target.  ``sentence`` and ``trigger`` are the primary
    (earliest) mention; ``mentions`` holds every mention merged into the event, the primary first
    (empty for an event built by hand, which then stands for its single primary mention).
    """

    type: EventType
    sentence: Span
    trigger: Span
    agents: tuple[Mention, ...] = ()
    targets: tuple[Mention, ...] = ()
    to: Mention | None = None
    location: Mention | None = None
    time: str | None = None  # ISO 8601 date, year-month or year, when resolved
    modality: Modality = Modality.ASSERTED
    negated: bool = False
    confidence: float = 0.5
    mentions: tuple[EventMention, ...] = ()

    @property
    def agent(self) -> Mention | None:
        """The first agent, or None."""
        return self.agents[0] if self.agents else None

    @property
    def target(self) -> Mention | None:
        """The first target (the side left by a defector, the actor pledged to), or None."""
        return self.targets[0] if self.targets else None

    @property
    def evidence(self) -> tuple[EventMention, ...]:
        """Every mention of the event, the primary first; at least the primary one."""
        return self.mentions or (EventMention(self.sentence, self.trigger, self.confidence),)


@dataclass(frozen=True)
class Extraction:
    """Everything kg found in one document."""

    document: Document
    events: tuple[Event, ...] = ()
    mentions: tuple[Mention, ...] = field(default=())  # every actor and place mention, events or not
