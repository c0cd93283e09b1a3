"""The plain records that flow between kg's stages.

text -> :class:`Document` -> spaCy ``Doc`` -> :class:`Extraction` (events, actors, places)
-> RDF quads -> store.  No spaCy object crosses these records, so every stage after extraction
can be tested with objects built by hand.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum


class _OpenEnum(type):
    """Iteration, lookup by value and membership as an Enum has them, for a set of names that can grow."""

    _members: dict[str, EventType]

    def __iter__(cls) -> Iterator[EventType]:
        return iter(tuple(cls._members.values()))

    def __len__(cls) -> int:
        return len(cls._members)

    def __contains__(cls, value: object) -> bool:
        return isinstance(value, str) and str.__str__(value) in cls._members

    def __getitem__(cls, name: str) -> EventType:
        return cls._members[name]

    def __call__(cls, value: object) -> EventType:
        if isinstance(value, cls):
            return value
        try:
            return cls._members[value]  # type: ignore[index]
        except (KeyError, TypeError):
            raise ValueError(f"{value!r} is not a valid {cls.__name__}") from None


class EventType(str, metaclass=_OpenEnum):
    """An event type: ATTACK, AIRSTRIKE, DEFECTION, ALLEGIANCE, or one that :func:`kg.events.register` added.

    Used like a ``str`` Enum (``EventType.ATTACK``, ``EventType("ATTACK")``, ``.value``, iteration in
    definition order, equal to its name), but open: everything else about a type is in its spec
    (:mod:`kg.events`), so a new type is a spec and a rule, not an edit here.
    """

    __slots__ = ()
    _members: dict[str, EventType] = {}

    ATTACK: EventType
    AIRSTRIKE: EventType
    DEFECTION: EventType
    ALLEGIANCE: EventType

    @classmethod
    def add(cls, name: str) -> EventType:
        """The member called ``name``, made when it is new."""
        if name not in cls._members:
            member = str.__new__(cls, name)
            cls._members[name] = member
            type.__setattr__(cls, name, member)
        return cls._members[name]

    @classmethod
    def discard(cls, name: str) -> None:
        """Forget member ``name`` (for types defined by tests)."""
        if cls._members.pop(name, None) is not None:
            type.__delattr__(cls, name)

    @property
    def value(self) -> str:
        return str.__str__(self)

    @property
    def name(self) -> str:
        return str.__str__(self)

    def __str__(self) -> str:
        return f"EventType.{self.name}"

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __repr__(self) -> str:
        return f"<EventType.{self.name}: {self.name!r}>"

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return EventType, (self.name,)


for _name in ("ATTACK", "AIRSTRIKE", "DEFECTION", "ALLEGIANCE"):
    EventType.add(_name)
del _name


class Modality(str, Enum):
    """Whether an event is said to have happened, or only planned, threatened, inspired or imagined."""

    ASSERTED = "asserted"
    PLANNED = "planned"
    THREATENED = "threatened"
    INSPIRED = "inspired"
    HYPOTHETICAL = "hypothetical"


class EntityKind(str, Enum):
    """What an entity is; actors are every kind except PLACE and OBJECT."""

    STATE = "state"
    ARMED_GROUP = "armed_group"
    ORGANISATION = "organisation"
    PERSON = "person"
    COLLECTIVE = "collective"  # an unnamed group of people: "disparate groups", "hundreds of fighters"
    PLACE = "place"
    OBJECT = "object"  # a thing that is attacked and is no actor: "a convoy", "two vehicles", "oil infrastructure"


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
class Geocode:
    """Where a place is on the map: the GeoNames entry a place name resolved to (see :mod:`kg.geo`).

    ``precision`` is ACLED's geo-precision code: 1 a town or village, 2 a district or second-level
    area (or a town standing for it), 3 a province (first-level division) or a country.
    ``wikidata`` is set where the gazetteer knows the entry's Wikidata id.
    """

    geonames_id: int
    name: str  # the gazetteer's name of the entry
    latitude: float
    longitude: float
    country_code: str  # ISO 3166-1 alpha-2
    admin1: str | None  # the name of the first-level division (province, state, governorate)
    precision: int
    wikidata: str | None = None


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
    geo: Geocode | None = None  # for a place that the geocoder resolved

    @property
    def is_actor(self) -> bool:
        return self.kind is not EntityKind.PLACE and self.kind is not EntityKind.OBJECT


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
    # Every actor and place mention, in an event or not; stored only for a document with events (kg/rdf/triples.py).
    mentions: tuple[Mention, ...] = field(default=())

    def every_mention(self) -> Iterator[Mention]:
        """The document's mentions, then each event's agents, targets, side joined and place, in that order (an
        entity named twice comes twice)."""
        yield from self.mentions
        for event in self.events:
            yield from event.agents
            yield from event.targets
            for mention in (event.to, event.location):
                if mention is not None:
                    yield mention
