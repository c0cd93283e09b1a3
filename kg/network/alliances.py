"""Alliances over time: dated affiliations from ALLEGIANCE and DEFECTION events, and the blocs they form at a date.

An event type's roles say what it does to its agent's side (:attr:`kg.events.Role.affiliation`): a pledge of
allegiance and the side a defector went over to are *joined* on the event's date; the group a defector left
is *left* on it.  :func:`ties` turns the events into spans, one per (member, side):

* a tie holds from the date its member pledged to or joined the side until a later defection from that
  side ("Boko Haram pledged allegiance to the Islamic State" on 2015-03-07: held from that day on);
* a defection from a side with no recorded pledge says the defector was with it before: the tie holds
  from before the record (``start`` None) until the defection;
* a second pledge to a side already held changes nothing; a defection from a side already left is ignored;
* a date of the event with month or year precision ("2015-03", "2015") counts as its first day; on one
  day, defections are applied before joinings.

:func:`blocs_at` gives the blocs at a date: the connected groups of actors linked by the ties held at the
end of that day (a month or year: its last day).  Undated events have no place in time: they count only when
no date is asked, as the latest news of the record.

>>> blocs_at(ties(store), "2015-12-31")[0].name   # doctest: +SKIP
'Islamic State'
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import networkx as nx

from kg import events
from kg.errors import UsageError
from kg.models import Modality
from kg.network.graph import DEFAULT_MODALITIES, MODALITY_TERMS, actor_attributes, date_bound, document_graph
from kg.rdf.vocab import KG

if TYPE_CHECKING:
    from kg.store.base import GraphStore

JOINS, LEAVES = "joins", "leaves"

# One row per (event, affiliation role, agent, filler); both must be actors.
_QUERY = """
SELECT DISTINCT ?e ?p ?member ?side ?time ?conf ?modality ?polarity WHERE {
  VALUES ?p { %(properties)s }
  %(scope)s
  ?e kg:agent ?member ; ?p ?side .
  ?member a kg:Actor . ?side a kg:Actor .
  FILTER(?member != ?side)
  OPTIONAL { ?e sem:hasTimeStamp ?time }
  OPTIONAL { ?e kg:confidence ?conf }
  OPTIONAL { ?e kg:modality ?modality }
  OPTIONAL { ?e kg:polarity ?polarity }
}
"""


@dataclass(frozen=True, order=True)
class Change:
    """One event's word on one actor's side: ``member`` joins or leaves ``side`` on ``date``."""

    date: str | None
    change: str  # JOINS or LEAVES
    member: str  # actor IRI
    side: str  # actor IRI
    event: str  # event IRI


@dataclass(frozen=True)
class Tie:
    """``member`` was with ``side`` from ``start`` (None: before the record) until ``end`` (None: still)."""

    member: str
    side: str
    start: str | None
    end: str | None
    joined_by: str | None  # the event of the pledge or joining; None when only a defection tells of the tie
    left_by: str | None  # the event of the defection that ended it

    def held_at(self, at: str | None) -> bool:
        """Whether the tie holds at the end of day ``at`` (an ISO date; None: at the end of the record)."""
        if at is None:
            return self.end is None
        return (self.start is None or day(self.start) <= at) and (self.end is None or day(self.end) > at)


@dataclass(frozen=True)
class Bloc:
    """Actors linked by the ties held at a date, numbered by size (1 = the largest); ``name`` is its hub's label."""

    number: int
    name: str  # the side most members are with (ties: most ties, label, IRI)
    members: tuple[str, ...]  # actor IRIs, by label then IRI
    labels: tuple[str, ...]


def day(date: str) -> str:
    """The first day of an ISO date, year-month or year ("2015" -> "2015-01-01"): when an event of it counts."""
    return date + "-01-01"[len(date) - 4 :] if len(date) < 10 else date[:10]


def end_of(date: str) -> str:
    """The last day an ISO date, year-month or year covers ("2015-03" -> "2015-03-31"), as comparable text.

    Day 31 of every month: text comparison only needs it to be after every real day of the month.
    """
    return date + "-12-31"[len(date) - 4 :] if len(date) < 10 else date[:10]


def changes(
    store: GraphStore,
    *,
    min_confidence: float = 0.0,
    modalities: Collection[Modality] = DEFAULT_MODALITIES,
    documents: Collection[str] | None = None,
) -> tuple[Change, ...]:
    """Every joining and leaving the stored events tell of, in the order they are applied (dated first, by day)."""
    kinds = {
        str(role.property_iri): role.affiliation for spec in events.specs() for role in spec.roles if role.affiliation
    }
    if not kinds:
        return ()
    wanted = {str(MODALITY_TERMS[Modality(m)]) for m in modalities}
    query = _QUERY % {
        "properties": " ".join(f"<{p}>" for p in sorted(kinds)),
        "scope": _scope(documents),
    }
    found: set[Change] = set()
    for sol in store.raw_query(query):
        if sol["polarity"] is not None and sol["polarity"].value == str(KG.Negative):
            continue
        modality = sol["modality"].value if sol["modality"] is not None else str(MODALITY_TERMS[Modality.ASSERTED])
        if modality not in wanted:
            continue
        try:
            confidence = float(sol["conf"].value) if sol["conf"] is not None else 1.0
        except ValueError:
            confidence = 1.0
        if confidence < min_confidence:
            continue
        time = sol["time"].value if sol["time"] is not None else None
        found.add(Change(time, kinds[sol["p"].value], sol["member"].value, sol["side"].value, sol["e"].value))
    return tuple(sorted(found, key=_order))


def _scope(documents: Collection[str] | None) -> str:
    # The default graph is the merge of all documents; a document filter asks the named graphs.
    if documents is None:
        return ""
    graphs = " ".join(f"<{document_graph(d)}>" for d in documents) or "<urn:kg:none>"
    return f"VALUES ?g {{ {graphs} }} GRAPH ?g {{ ?e ?p ?side }}"


def _order(c: Change) -> tuple[bool, str, bool, str, str, str]:
    # Dated before undated; by day; a defection before a joining of the same day.
    return (c.date is None, day(c.date) if c.date else "", c.change == JOINS, c.member, c.side, c.event)


def ties(found: Iterable[Change], *, dated: bool = False) -> tuple[Tie, ...]:
    """The ties ``found`` (from :func:`changes`, in their order) make; with ``dated``, from the dated changes only.

    A tie is a span: ask :meth:`Tie.held_at` whether it held at a date.  Changes after that date still count,
    because a later defection tells that the defector was with the side before.
    """
    open_: dict[tuple[str, str], Tie] = {}
    closed: list[Tie] = []
    ended: set[tuple[str, str]] = set()  # pairs with a tie that a defection closed
    for c in found:
        if dated and c.date is None:
            continue
        pair = (c.member, c.side)
        held = open_.get(pair)
        if c.change == JOINS:
            if held is None:
                open_[pair] = Tie(c.member, c.side, c.date, None, c.event, None)
        elif held is not None:
            closed.append(Tie(c.member, c.side, held.start, c.date, held.joined_by, c.event))
            ended.add(pair)
            del open_[pair]
        elif pair not in ended:
            closed.append(Tie(c.member, c.side, None, c.date, None, c.event))
            ended.add(pair)
    return tuple(sorted([*closed, *open_.values()], key=lambda t: (t.member, t.side, t.start or "", t.end or "")))


def blocs(store: GraphStore, held: Iterable[Tie], *, at: str | None = None) -> tuple[Bloc, ...]:
    """The blocs of the ties ``held`` at the end of ``at`` (an ISO date, year-month or year; None: the end of the
    record): connected groups of two or more actors, the largest first, each named after its hub."""
    if at is not None:
        date_bound(at, "at")
    at_day = end_of(at) if at is not None else None
    T = nx.Graph()
    sided: dict[str, int] = {}  # how many members are with each side
    for t in held:
        if t.held_at(at_day):
            T.add_edge(t.member, t.side)
            sided[t.side] = sided.get(t.side, 0) + 1
    if not T:
        return ()
    names = {a: str(attrs["label"]) for a, attrs in actor_attributes(store, list(T)).items()}
    groups = []
    for component in nx.connected_components(T):
        members = sorted(component, key=lambda a: (names[a], a))
        hub = min(members, key=lambda a: (-sided.get(a, 0), -T.degree(a), names[a], a))
        groups.append((members, hub))
    groups.sort(key=lambda g: (-len(g[0]), names[g[1]], g[1]))
    return tuple(
        Bloc(i, names[hub], tuple(members), tuple(names[a] for a in members))
        for i, (members, hub) in enumerate(groups, start=1)
    )


def blocs_at(
    store: GraphStore,
    at: str | None = None,
    *,
    min_confidence: float = 0.0,
    modalities: Collection[Modality] = DEFAULT_MODALITIES,
    documents: Collection[str] | None = None,
) -> tuple[Bloc, ...]:
    """The alliance blocs as they stood at the end of ``at`` (None: the end of the record), from ``store``."""
    if at is not None:
        date_bound(at, "at")
    found = changes(store, min_confidence=min_confidence, modalities=modalities, documents=documents)
    return blocs(store, ties(found, dated=at is not None), at=at)


def bloc_of(found: Iterable[Bloc]) -> dict[str, int]:
    """Actor IRI -> the number of its bloc."""
    return {a: b.number for b in found for a in b.members}


def check_window(at: str | None, since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """(since, until) of a report asked for ``at`` a date or over ``since``..``until``; the two do not mix."""
    if at is not None and (since is not None or until is not None):
        raise UsageError("at (the network up to a date) and since/until (a window) do not mix: give one or the other")
    date_bound(at, "at")
    return (since, at) if at is not None else (since, until)
