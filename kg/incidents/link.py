"""Reports of the same incident across documents, linked to one incident.

Each document graph holds the events its text reports.  Two documents often report one incident
(a wire story and a monitoring note about the same bombing); counted as two, every figure an analyst
makes doubles.  :func:`link` groups event reports into incidents:

* **blocking** — a report is compared only with reports of the same type family whose dates lie within
  :data:`WINDOW_DAYS` and that share a place or an actor (agent or target) IRI, so the cost grows with the
  number of reports times the size of a block, not with its square;
* **scoring** — a candidate pair scores for a shared place, shared agents, shared targets and date
  proximity, and loses for disagreeing named agents or places (:func:`score`); pairs at or above
  :data:`THRESHOLD` may join;
* **clustering** — reports are taken in a fixed order that the texts decide (those naming a place first, then
  date, document and the place in the document where the report is first told: a document's "In Mogadishu, a
  car bomb ..." claims its place in the Mogadishu incident before the same roundup's "two attacks by
  al-Shabaab on Sunday" can, and a story's lead before its background paragraph); each joins the incident whose
  members it matches best, if it is compatible with every member (:func:`compatible`: even members it is
  not compared with, so a report that names no place cannot carry one town's report into another town's
  incident), else it starts a new one.

The result depends only on the set of reports, never on the order they were stored in, and an incident's
key comes from its earliest report, so relinking after a document is added, rebuilt or removed keeps the
incidents that did not change as they were.  Reports from one document are never
linked to each other (within a document, mentions are merged at extraction).
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

WINDOW_DAYS = 3  # reports of one incident give dates at most this far apart (filed the next day, "on Monday")
THRESHOLD = 1.0


@dataclass(frozen=True)
class Report:
    """One event as one document reports it: the unit that :func:`link` groups into incidents.

    ``day`` is the event's date, or the document's date when the text gives none; ``place`` is the IRI of
    where it happened; ``agents`` and ``targets`` are actor IRIs.  ``named`` marks the agents that are
    identified actors (states, groups, people), which must agree for two reports to be one incident;
    generic ones ("gunmen") match anyone.
    """

    event: str
    document: str
    family: str
    day: date | None
    place: str | None = None
    agents: frozenset[str] = frozenset()
    targets: frozenset[str] = frozenset()
    named_agents: frozenset[str] = frozenset()
    source: str | None = None  # the publisher or feed, for the count of distinct sources
    published: date | None = None  # when the document was published, for the first and last report
    asserted: bool = True  # planned, threatened, hypothetical and negated events are incidents of their own
    parents: frozenset[str] = frozenset()  # named actors the named agents belong to (see :func:`compatible`)
    position: int = 0  # character offset in its document of the report's first mention (text order)


@dataclass(frozen=True)
class Incident:
    """One incident and the reports of it; ``disagreements`` names the roles on which reports differ."""

    key: str  # stable while reports join: the hash of its earliest report (kg.incidents.sync mints the IRI)
    family: str
    reports: tuple[Report, ...]
    disagreements: frozenset[str]

    @property
    def documents(self) -> frozenset[str]:
        return frozenset(r.document for r in self.reports)

    @property
    def sources(self) -> frozenset[str]:
        return frozenset(r.source or r.document for r in self.reports)

    @property
    def first_reported(self) -> date | None:
        days = [r.published or r.day for r in self.reports if (r.published or r.day) is not None]
        return min(days) if days else None  # type: ignore[type-var]

    @property
    def last_reported(self) -> date | None:
        days = [r.published or r.day for r in self.reports if (r.published or r.day) is not None]
        return max(days) if days else None  # type: ignore[type-var]

    @property
    def first_day(self) -> date | None:
        days = [r.day for r in self.reports if r.day is not None]
        return min(days) if days else None

    @property
    def last_day(self) -> date | None:
        days = [r.day for r in self.reports if r.day is not None]
        return max(days) if days else None


def score(a: Report, b: Report) -> float:
    """How strongly two reports look like one incident; below 0 they cannot be one.

    >>> from datetime import date
    >>> a = Report("e1", "d1", "ATTACK", date(2020, 5, 3), "p:kabul", frozenset({"a:taliban"}))
    >>> b = Report("e2", "d2", "ATTACK", date(2020, 5, 4), "p:kabul")
    >>> score(a, b) >= THRESHOLD
    True
    """
    if not compatible(a, b):
        return -1.0
    assert a.day is not None and b.day is not None
    s = 0.0
    if a.place and a.place == b.place:
        s += 0.8
    if _share_agent(a, b):
        s += 0.6
    if a.targets & b.targets:
        s += 0.6
    gap = abs((a.day - b.day).days)
    s += (0.4, 0.25, 0.1, 0.0)[min(gap, 3)]
    if not (a.place and b.place) and not (_share_agent(a, b) or a.targets & b.targets):
        return -1.0  # nothing but a date in common
    return s


def _share_agent(a: Report, b: Report) -> bool:
    return bool(a.agents & b.agents or a.named_agents & b.parents or b.named_agents & a.parents)


def compatible(a: Report, b: Report) -> bool:
    """False when nothing could make ``a`` and ``b`` one incident: another family, the same document, an event
    that did not happen, dates more than :data:`WINDOW_DAYS` apart, disagreeing named attackers or places.

    Named attackers disagree when neither report names one the other names or belongs to (``parents``: one
    outlet's "Islamic State West Africa Province" is another's "the Islamic State")."""
    if a.family != b.family or a.document == b.document or not (a.asserted and b.asserted):
        return False
    if a.day is None or b.day is None or abs((a.day - b.day).days) > WINDOW_DAYS:
        return False
    if (
        a.named_agents
        and b.named_agents
        and not (a.named_agents & (b.named_agents | b.parents) or b.named_agents & a.parents)
    ):
        return False  # "Taliban attacked" and "ISIS attacked" the same day in the same city: two incidents
        # (but the Islamic State and its West Africa Province, a parent and its affiliate, do not disagree)
    if a.place and b.place and a.place != b.place:
        return False  # the gazetteer gives one IRI per place; a different place is a different incident
    return True


def _order(report: Report) -> tuple[str, str, int, str]:
    # The text decides, not the event IRI: an IRI hashes the event's roles, so an extraction change that adds a
    # target to one report would reshuffle which of two same-day reports claims an incident first.
    return (report.day.isoformat() if report.day else "9999", report.document, report.position, report.event)


def candidates(reports: Sequence[Report]) -> dict[str, set[str]]:
    """Event IRI -> IRIs of the reports it is compared with: same family, dates within the window, and the
    same place, or, when one of the two names no place, a shared actor (two different places can never be
    one incident, so placed reports are not compared through their actors: a group in every second report
    would otherwise make every block as big as the feed)."""
    by_place: dict[tuple[str, str], list[Report]] = defaultdict(list)
    by_actor: dict[tuple[str, str], list[Report]] = defaultdict(list)
    for report in reports:
        if report.day is None or not report.asserted:
            continue
        if report.place:
            by_place[report.family, report.place].append(report)
        for iri in report.agents | report.targets:
            by_actor[report.family, iri].append(report)
    pairs: dict[str, set[str]] = defaultdict(set)

    def pair(a: Report, b: Report) -> None:
        if a.document != b.document:
            pairs[a.event].add(b.event)
            pairs[b.event].add(a.event)

    window = timedelta(days=WINDOW_DAYS)
    for members in by_place.values():
        members.sort(key=_order)
        start = 0
        for i, report in enumerate(members):
            while members[start].day < report.day - window:  # type: ignore[operator]
                start += 1
            for other in members[start:i]:
                pair(report, other)
    for members in by_actor.values():
        members.sort(key=_order)
        days = [m.day.toordinal() for m in members]  # type: ignore[union-attr]
        for report, day in zip(members, days, strict=True):
            if report.place:
                continue  # placed reports meet through their place block; here only the placeless look
            lo = bisect_left(days, day - WINDOW_DAYS)
            hi = bisect_right(days, day + WINDOW_DAYS)
            for other in members[lo:hi]:
                if other is not report:
                    pair(report, other)
    return pairs


def link(reports: Iterable[Report]) -> list[Incident]:
    """Group ``reports`` into incidents; every report is in exactly one, singletons included.

    Deterministic: the same set of reports gives the same incidents (members, IRIs) in any input order.
    """
    ordered = sorted(reports, key=lambda r: (r.place is None, *_order(r)))
    by_event = {r.event: r for r in ordered}
    pairs = candidates(ordered)
    cluster_of: dict[str, int] = {}
    clusters: list[list[Report]] = []
    for report in ordered:
        best: tuple[float, int] | None = None
        for cid in sorted({cluster_of[e] for e in pairs.get(report.event, ()) if e in cluster_of}):
            members = clusters[cid]
            if not all(compatible(report, m) for m in members):
                continue  # incompatible with a member, even one it is not compared with (a placeless report
                # meets the reports of two towns; it must not carry one town's report into the other's incident)
            top = max((score(report, m) for m in members if m.event in pairs[report.event]), default=-1.0)
            if top >= THRESHOLD and (best is None or top > best[0]):
                best = (top, cid)
        if best is None:
            cluster_of[report.event] = len(clusters)
            clusters.append([report])
        else:
            cluster_of[report.event] = best[1]
            clusters[best[1]].append(report)
    return [_incident(members) for members in clusters if all(m.event in by_event for m in members)]


def incident_key(members: Iterable[Report]) -> str:
    """A stable key for an incident: the hash of its earliest report's event IRI, so an incident keeps its
    IRI while later reports join it."""
    first = min(members, key=_order)
    return hashlib.blake2b(first.event.encode("utf-8"), digest_size=8).hexdigest()


def _incident(members: list[Report]) -> Incident:
    disagreements = set()
    named = [r.named_agents for r in members if r.named_agents]
    if len(set(named)) > 1:
        disagreements.add("agent")
    places = {r.place for r in members if r.place}
    if len(places) > 1:
        disagreements.add("place")
    days = {r.day for r in members if r.day}
    if len(days) > 1:
        disagreements.add("time")
    return Incident(
        key=incident_key(members),
        family=members[0].family,
        reports=tuple(sorted(members, key=_order)),
        disagreements=frozenset(disagreements),
    )
