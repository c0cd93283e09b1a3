"""One spec per event type: its class, its roles' properties, its family, its colour, label and comment.

Everything kg knows about an event type outside its extraction rule comes from here: the RDF
writer's class and role properties, the SHACL shapes for events, both stores' statistics, the
actor network's edges and per-type share columns, the picture's colours and legend, ``kg evaluate``'s
types and families, and the CLI's help.  A new type is one :func:`register` call and one rule
registered with :func:`kg.extract.registry.register`.

>>> spec(EventType.AIRSTRIKE).family
<EventType.ATTACK: 'ATTACK'>
>>> [r.name for r in spec(EventType.DEFECTION).roles]
['agent', 'target', 'to']

Classes and properties are named by their local name in kg's ontology (``"Airstrike"``), or by a
full IRI for terms of another vocabulary; :attr:`EventSpec.class_iri` resolves them, through
:class:`kg.rdf.vocab.KG` for kg's own, so a misspelt term fails.  They are resolved only when
asked for, so this module stays as light as :mod:`kg.models` (the command line reads it for help).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from kg.models import EventType

if TYPE_CHECKING:
    from rdflib import URIRef

__all__ = ["EventSpec", "Role", "register", "unregister", "spec", "specs", "family", "generation", "role_properties"]


@dataclass(frozen=True)
class Role:
    """A role an event type has: its contract name, its RDF property and its edge in the actor network."""

    name: str  # "agent", "target" or "to" (the extraction contract's roles)
    property: str  # kg ontology local name ("defectedFrom") or a full IRI
    edge: str = ""  # the network's name for the edge agent -> filler ("from"); "" for the agent itself
    sides: bool = False  # fillers may be agents too (a clash: each side attacks the other), never their own
    # What the event says about the agent's side (kg.network.alliances): "joins" the filler (a pledge, the side a
    # defector joined) from the event's date, "leaves" it (the group a defector left); "" for neither.
    affiliation: str = ""

    @cached_property
    def property_iri(self) -> URIRef:
        return _iri(self.property)


@dataclass(frozen=True)
class EventSpec:
    """Everything about one event type but its extraction rule."""

    type: EventType
    cls: str  # the OWL class: kg ontology local name ("Airstrike") or a full IRI
    roles: tuple[Role, ...]
    family: EventType  # the type it counts as when scoring and grouping: AIRSTRIKE is an ATTACK
    target_may_be_place: bool  # "shelled Aleppo": the target role may be filled by a place
    colour: str  # its edges in the network picture (Okabe-Ito, colour-blind safe)
    label: str
    comment: str

    @cached_property
    def class_iri(self) -> URIRef:
        return _iri(self.cls)

    @property
    def parent_iri(self) -> URIRef:
        """The class this type's class is a sub-class of: its family's class, or kg:Event."""
        if self.family != self.type:
            return spec(self.family).class_iri
        return _iri("Event")

    @property
    def share_column(self) -> str:
        """The network report's column for an actor's share of this type's events."""
        return f"share_{self.type.value.lower()}"

    def role(self, name: str) -> Role | None:
        """The role called ``name`` ("agent", "target", "to"), or None when this type has none."""
        return self._roles.get(name)

    @cached_property
    def _roles(self) -> dict[str, Role]:
        return {r.name: r for r in self.roles}


_AGENT = Role("agent", "agent")
_TARGET = Role("target", "target", "target", sides=True)  # what an attack or air strike was against

_SPECS: dict[EventType, EventSpec] = {}
_GENERATION = [0]


def register(event_spec: EventSpec) -> EventSpec:
    """Add (or replace) the spec of ``event_spec.type``; returns it.  Types keep registration order."""
    _SPECS[EventType.add(event_spec.type.value)] = event_spec
    _GENERATION[0] += 1
    return event_spec


def unregister(event_type: EventType | str) -> None:
    """Remove a type's spec, and the type itself (for types defined by tests)."""
    _SPECS.pop(EventType(event_type), None)
    EventType.discard(str.__str__(event_type))
    _GENERATION[0] += 1


def generation() -> int:
    """A number that changes whenever a spec is registered or removed (for caches built from specs)."""
    return _GENERATION[0]


def spec(event_type: EventType | str) -> EventSpec:
    """The spec of ``event_type``; KeyError when no spec is registered for it."""
    return _SPECS[event_type]  # type: ignore[index]  # a str looks up its EventType: equal and same hash


def specs() -> tuple[EventSpec, ...]:
    """Every registered spec, in registration order (the order tables and columns list types)."""
    return tuple(_SPECS.values())


def family(event_type: EventType | str) -> EventType:
    """The family of ``event_type`` (ATTACK for AIRSTRIKE)."""
    return spec(event_type).family


class _RoleProperties(Mapping):
    """Event type -> the property of one role, for the types that have it; follows the registry."""

    def __init__(self, role: str) -> None:
        self._role = role

    def __getitem__(self, event_type: object) -> URIRef:
        found = _SPECS[event_type].role(self._role)  # type: ignore[index]
        if found is None:
            raise KeyError(event_type)
        return found.property_iri

    def __iter__(self) -> Iterator[EventType]:
        return (s.type for s in specs() if s.role(self._role) is not None)

    def __len__(self) -> int:
        return sum(1 for _ in self)


class _Classes(Mapping):
    """Event type -> its OWL class; follows the registry."""

    def __getitem__(self, event_type: object) -> URIRef:
        return _SPECS[event_type].class_iri  # type: ignore[index]

    def __iter__(self) -> Iterator[EventType]:
        return iter(tuple(_SPECS))

    def __len__(self) -> int:
        return len(_SPECS)


def role_properties(role: str) -> Mapping[EventType, URIRef]:
    """A live mapping from each type that has ``role`` to that role's property."""
    return _RoleProperties(role)


CLASSES: Mapping[EventType, URIRef] = _Classes()
"""A live mapping from each registered type to its OWL class."""


def _iri(name: str) -> URIRef:
    from rdflib import URIRef

    from kg.rdf.vocab import KG

    return URIRef(name) if ":" in name else KG[name]


register(
    EventSpec(
        type=EventType.ATTACK,
        cls="Attack",
        roles=(_AGENT, _TARGET),
        family=EventType.ATTACK,
        target_may_be_place=True,
        colour="#D55E00",
        label="attack",
        comment=(
            "Violence used by an actor against a person, group, place or object: armed assaults, shootings, "
            "bombings, shelling and rocket fire, armed clashes and battles, offensives, sieges, taking territory "
            "by force, and killings by armed actors. Figurative attacks (on a budget, on a rival's record), cyber "
            "attacks, arrests, judicial executions, riots and accidents are not attacks."
        ),
    )
)
register(
    EventSpec(
        type=EventType.AIRSTRIKE,
        cls="Airstrike",
        roles=(_AGENT, _TARGET),
        family=EventType.ATTACK,
        target_may_be_place=True,
        colour="#0072B2",
        label="air strike",
        comment=(
            "An attack that the text says was delivered from the air: air strikes and air raids, bombing by "
            "warplanes, helicopters or bombers, drone strikes and barrel bombs dropped from aircraft. A strike or "
            "bombardment with no aerial cue in the text is an attack only."
        ),
    )
)
register(
    EventSpec(
        type=EventType.DEFECTION,
        cls="Defection",
        roles=(
            _AGENT,
            Role("target", "defectedFrom", "from", affiliation="leaves"),
            Role("to", "defectedTo", "to", affiliation="joins"),
        ),
        family=EventType.DEFECTION,
        target_may_be_place=False,
        colour="#009E73",
        label="defection",
        comment=(
            "Members, units, officials or a faction abandon their group or side, go over to another side, or "
            "surrender to the opposing side; politicians changing party also count. A state's capitulation, a "
            "suspect giving themselves up to police, resigning from an office and mere calls to defect are not "
            "defections."
        ),
    )
)
register(
    EventSpec(
        type=EventType.ALLEGIANCE,
        cls="Allegiance",
        roles=(_AGENT, Role("target", "pledgedTo", "pledgee", affiliation="joins")),
        family=EventType.ALLEGIANCE,
        target_may_be_place=False,
        colour="#CC79A7",
        label="allegiance",
        comment=(
            "An actor pledges, swears or holds loyalty to another actor, or joins an armed group or a military "
            "alliance; standing loyalty to a named actor (forces loyal to a president) counts. Political or "
            "business alliances, support, being sworn into office and pledges of anything other than loyalty do "
            "not."
        ),
    )
)
