"""One actor's events, counterparts and affiliations as a timeline (``kg actor NAME``).

The network ranks actors; an analyst then asks about one of them: what it did and had done to it, with
whom, where and when, and whom it pledged to, left or joined (DEFECTION and ALLEGIANCE events give dated
affiliations: "Boko Haram pledged allegiance to the Islamic State in March 2015").
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg import events
from kg.errors import UsageError
from kg.models import EventType
from kg.network.alliances import changes, ties
from kg.network.graph import actor_attributes

if TYPE_CHECKING:
    from kg.store.base import GraphStore


@dataclass(frozen=True)
class TimelineEntry:
    """One event the actor takes part in, seen from the actor."""

    date: str | None  # ISO date, year-month or year; None when the text gives none
    type: str  # "ATTACK", "DEFECTION", ...
    role: str  # the actor's role: "agent", or the role's network edge ("target", "from", "to", "pledgee")
    counterparts: tuple[str, ...]  # labels of the others: the targets of its attack, or who attacked it
    place: str | None
    document: str  # the document id
    sentence: str
    modality: str  # "asserted", "planned", ... ("negated" when the text denies it)
    event: str  # the event IRI


@dataclass(frozen=True)
class Affiliation:
    """A dated change of side: whom the actor pledged to, left or joined, or who pledged to, left or joined it."""

    date: str | None
    change: str  # "pledged allegiance to", "left", "joined", "received allegiance from", "was left by", "was joined by"
    other: str
    event: str


@dataclass(frozen=True)
class Membership:
    """A span of the actor's side (kg.network.alliances.Tie seen from the actor): with ``other``, or ``other``
    with it, from ``start`` (None: before the record) until ``end`` (None: still held)."""

    other: str  # the other actor's label
    other_iri: str
    relation: str  # "with" (the actor pledged to or joined ``other``) or "joined by" (``other`` is with it)
    start: str | None  # None: before the record (``implied``) or an undated pledge or joining
    end: str | None
    implied: bool = False  # only a defection tells of it: the tie held before the record, until the defection


@dataclass(frozen=True)
class ActorView:
    iri: str
    label: str
    kind: str | None
    timeline: tuple[TimelineEntry, ...]
    affiliations: tuple[Affiliation, ...]
    memberships: tuple[Membership, ...] = ()


# What each role says about a change of side, from the agent's and from the other side's point of view.
_AFFILIATION = {
    (EventType.ALLEGIANCE, "pledgee"): ("pledged allegiance to", "received allegiance from"),
    (EventType.DEFECTION, "from"): ("left", "was left by"),
    (EventType.DEFECTION, "to"): ("joined", "was joined by"),
}

_FIND = """
SELECT ?a (COUNT(DISTINCT ?e) AS ?n) WHERE {
  { ?a rdfs:label ?name } UNION { ?a kg:alias ?name }
  FILTER(LCASE(STR(?name)) = LCASE(?wanted))
  ?a a kg:Actor .
  OPTIONAL { ?e ?role ?a . FILTER(?role IN (%(roles)s)) }
} GROUP BY ?a ORDER BY DESC(?n) ?a
"""

_EVENTS = """
SELECT ?e ?class ?role ?time ?placeLabel ?docId ?sentence ?modality ?polarity WHERE {
  ?e ?role <%(actor)s> ; a ?class ; kg:document ?doc .
  FILTER(?role IN (%(roles)s))
  FILTER(?class IN (%(classes)s))
  OPTIONAL { ?doc kg:documentId ?docId }
  OPTIONAL { ?e prov:wasDerivedFrom ?s . ?s nif:anchorOf ?sentence }
  OPTIONAL { ?e sem:hasTimeStamp ?time }
  OPTIONAL { ?e sem:hasPlace ?place . ?place rdfs:label ?placeLabel }
  OPTIONAL { ?e kg:modality ?modality }
  OPTIONAL { ?e kg:polarity ?polarity }
}
"""

_PARTICIPANTS = """
SELECT ?e ?role ?x (MIN(?l) AS ?label) WHERE {
  VALUES ?e { %(events)s }
  ?e ?role ?x . FILTER(?role IN (%(roles)s))
  OPTIONAL { ?x rdfs:label ?l }
} GROUP BY ?e ?role ?x
"""


def _roles() -> dict[str, tuple[EventType, str]]:
    """Role property IRI -> (a type that has it, its name in the view: "agent" or the network edge)."""
    out: dict[str, tuple[EventType, str]] = {}
    for spec in events.specs():
        for role in spec.roles:
            out.setdefault(str(role.property_iri), (spec.type, role.edge or "agent"))
    return out


def _value(sol: object, name: str) -> str | None:
    term = sol[name]  # type: ignore[index]
    return None if term is None else str(term.value)


def find_actor(store: GraphStore, name: str) -> str:
    """The IRI of the actor called ``name`` (its IRI, label or one of its aliases, any case); of several, the
    one in most events.  Raises UsageError when no actor has that name."""
    if name.startswith(("http://", "https://")):
        return name
    roles = ", ".join(f"<{p}>" for p in _roles())
    wanted = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    query = (_FIND % {"roles": roles}).replace("?wanted", wanted)
    for sol in store.raw_query(query):
        return str(sol["a"].value)
    raise UsageError(f"no actor is called {name!r}; kg report lists the actors with their labels")


def actor_view(store: GraphStore, name: str) -> ActorView:
    """The timeline and affiliations of the actor called ``name`` (see :func:`find_actor`), oldest first."""
    iri = find_actor(store, name)
    roles = _roles()
    role_list = ", ".join(f"<{p}>" for p in roles)
    classes = ", ".join(f"<{s.class_iri}>" for s in events.specs())
    # One lookup for the report and this view; VALUES, not a constant subject, which Virtuoso leaves unbound.
    attrs = actor_attributes(store, [iri])[iri]
    label, kind = str(attrs["label"]), attrs["kind"]
    type_of_class = {str(s.class_iri): s.type for s in events.specs()}
    rows = [
        (
            _value(sol, "e") or "",
            type_of_class[_value(sol, "class") or ""],
            roles[_value(sol, "role") or ""][1],
            sol,
        )
        for sol in store.raw_query(_EVENTS % {"actor": iri, "roles": role_list, "classes": classes})
    ]
    others: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    ids = sorted({event for event, *_ in rows})
    for i in range(0, len(ids), 200):
        values = " ".join(f"<{e}>" for e in ids[i : i + 200])
        for sol in store.raw_query(_PARTICIPANTS % {"events": values, "roles": role_list}):
            x = _value(sol, "x") or ""
            if x != iri:
                role = roles[_value(sol, "role") or ""][1]
                others[_value(sol, "e") or ""][role].append(_value(sol, "label") or x.rsplit("/", 1)[-1])
    timeline: dict[tuple[str, str], TimelineEntry] = {}
    affiliations: dict[tuple[str, str, str], Affiliation] = {}
    for event, event_type, role, sol in rows:
        filled = others[event]
        if role == "agent":
            counterparts = [x for r, xs in sorted(filled.items()) if r != "agent" for x in xs]
        else:
            counterparts = filled.get("agent", [])
        negated = (_value(sol, "polarity") or "").endswith("Negative")
        modality = "negated" if negated else (_value(sol, "modality") or "#asserted").rsplit("#", 1)[-1].lower()
        date = _value(sol, "time")
        timeline[(event, role)] = TimelineEntry(
            date=date,
            type=event_type.value,
            role=role,
            counterparts=tuple(sorted(set(counterparts))),
            place=_value(sol, "placeLabel"),
            document=_value(sol, "docId") or "",
            sentence=_value(sol, "sentence") or "",
            modality=modality,
            event=event,
        )
        if negated or modality not in ("asserted", "inspired"):
            continue
        family = events.family(event_type)
        for edge, (own, theirs) in ((e, w) for (t, e), w in _AFFILIATION.items() if t == family):
            if role == "agent":
                for other in filled.get(edge, []):
                    affiliations[(event, own, other)] = Affiliation(date, own, other, event)
            elif role == edge:
                for other in filled.get("agent", []):
                    affiliations[(event, theirs, other)] = Affiliation(date, theirs, other, event)

    def when(item: TimelineEntry | Affiliation) -> tuple[bool, str, str]:
        return (item.date is None, item.date or "", item.event)

    return ActorView(
        iri=iri,
        label=label,
        kind=kind,
        timeline=tuple(sorted(timeline.values(), key=when)),
        affiliations=tuple(sorted(affiliations.values(), key=when)),
        memberships=memberships(store, iri),
    )


def memberships(store: GraphStore, iri: str) -> tuple[Membership, ...]:
    """The spans of the actor's side from every stored pledge and defection (:mod:`kg.network.alliances`)."""
    own = [t for t in ties(changes(store)) if iri in (t.member, t.side)]
    names = actor_attributes(store, {t.side if t.member == iri else t.member for t in own})
    spans = [
        Membership(
            other=str(names[other]["label"]),
            other_iri=other,
            relation="with" if t.member == iri else "joined by",
            start=t.start,
            end=t.end,
            implied=t.joined_by is None,
        )
        for t in own
        for other in [t.side if t.member == iri else t.member]
    ]
    return tuple(sorted(spans, key=lambda m: (m.start is not None, m.start or "", m.relation, m.other, m.other_iri)))
