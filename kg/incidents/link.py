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
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
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
    rank: tuple = field(default=(), compare=False, repr=False)  # where the clustering created it (its order)

    @property
    def documents(self) -> frozenset[str]:
        return frozenset(r.document for r in self.reports)

    @property
    def sources(self) -> frozenset[str]:
        return frozenset(r.source or r.document for r in self.reports)

    @property
    def first_reported(self) -> date | None:
        return min(self._reported, default=None)

    @property
    def last_reported(self) -> date | None:
        return max(self._reported, default=None)

    @property
    def first_day(self) -> date | None:
        return min(self._days, default=None)

    @property
    def last_day(self) -> date | None:
        return max(self._days, default=None)

    @property
    def _reported(self) -> list[date]:
        """The day each report was published, or else the day it gives the incident."""
        return [d for d in (r.published or r.day for r in self.reports) if d is not None]

    @property
    def _days(self) -> list[date]:
        """The days the reports give the incident."""
        return [r.day for r in self.reports if r.day is not None]


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
    ordered = sorted(reports, key=_order)
    sweep = Sweep()
    out = [incident for report in ordered for incident in sweep.add(report)]
    out.extend(sweep.finish())
    return sorted(out, key=lambda incident: incident.rank)


def paired(a: Report, b: Report) -> bool:
    """Whether :func:`candidates` compares ``a`` and ``b``: same family, both dated and asserted, other documents,
    dates within the window, and the same place, or a shared actor when one of the two names no place."""
    if a.family != b.family or a.document == b.document or not (a.asserted and b.asserted):
        return False
    if a.day is None or b.day is None or abs((a.day - b.day).days) > WINDOW_DAYS:
        return False
    if a.place and b.place:
        return a.place == b.place
    return bool((a.agents | a.targets) & (b.agents | b.targets))


class _Cluster:
    __slots__ = ("first_day", "members", "rank")

    def __init__(self, rank: tuple, report: Report) -> None:
        self.rank = rank
        self.members = [report]
        self.first_day: date = report.day  # type: ignore[assignment]


class Sweep:
    """:func:`link` for a stream of reports in date order, holding only the days a report can still reach.

    The clustering takes the reports that name a place first and the placeless ones after, each in text
    order, and a report joins an incident only if its date is within :data:`WINDOW_DAYS` of every member's.
    So a placed report of day *d* meets only the placed reports of days *d-3* to *d*, and a placeless one of
    day *d* the reports of days *d-3* to *d+3*, in incidents whose members are all within those days: the
    sweep places the reports of a day once the next day begins, places the placeless reports six days later
    (when no placed report can still join an incident they may meet), and gives out an incident as soon as
    no later report can join it.  Memory holds about ten days of reports whatever the length of the feed;
    the incidents are those :func:`link` makes of the whole feed (tests/test_incidents_stream.py checks both
    against the clustering over all reports at once).

    :meth:`add` takes reports with non-decreasing dates (undated ones at any time) and returns the incidents
    that are final; :meth:`finish` returns the rest.
    """

    _LAG = 2 * WINDOW_DAYS  # a placeless report of day d waits until placed reports up to d+6 are placed

    def __init__(self) -> None:
        self._today: date | None = None
        self._placed: list[Report] = []  # the placed reports of the day being read
        self._placeless: dict[date, list[Report]] = defaultdict(list)  # waiting for their turn
        self._by_place: dict[tuple[str, str], dict[date, list[Report]]] = defaultdict(lambda: defaultdict(list))
        self._by_actor: dict[tuple[str, str], dict[date, list[Report]]] = defaultdict(lambda: defaultdict(list))
        self._cluster_of: dict[str, _Cluster] = {}
        self._open: list[_Cluster] = []

    def add(self, report: Report) -> list[Incident]:
        if report.day is None or not report.asserted:
            return [_incident([report], rank=_rank(report))]  # never compared: an incident of its own
        if self._today is not None and report.day < self._today:
            raise ValueError(f"reports must come in date order: {report.day} after {self._today}")
        out: list[Incident] = []
        if report.day != self._today:
            if self._today is not None:
                out = self._close(report.day)
            self._today = report.day
        if report.place:
            self._placed.append(report)
        else:
            self._placeless[report.day].append(report)
        return out

    def finish(self) -> list[Incident]:
        """The incidents still open: call once every report was added."""
        if self._today is not None:
            self._close(None)
        out = [_incident(c.members, rank=c.rank) for c in sorted(self._open, key=lambda c: c.rank)]
        self._open = []
        self._cluster_of.clear()
        return out

    def _close(self, next_day: date | None) -> list[Incident]:
        """The day being read is complete: place its placed reports, then the placeless reports of every day
        that no placed report still to come can reach, and give out the incidents nobody can join."""
        assert self._today is not None
        for report in sorted(self._placed, key=_order):
            self._place(report, phase=0)
        self._placed = []
        # Placed reports of days before next_day are all placed now.
        horizon = None if next_day is None else next_day - timedelta(days=1 + self._LAG)
        for day in sorted(d for d in self._placeless if horizon is None or d <= horizon):
            for report in sorted(self._placeless.pop(day), key=_order):
                self._place(report, phase=1)
        return [] if horizon is None else self._final(horizon)

    def _final(self, horizon: date) -> list[Incident]:
        # A report still to come is placeless of a day after the horizon or placed of next_day or later, so it
        # can join no incident whose first day is more than WINDOW_DAYS before the horizon's next day.
        limit = horizon - timedelta(days=WINDOW_DAYS - 1)
        done = [c for c in self._open if c.first_day < limit]
        if not done:
            return []
        self._open = [c for c in self._open if c.first_day >= limit]
        for cluster in done:
            for member in cluster.members:
                del self._cluster_of[member.event]
        for index in (self._by_place, self._by_actor):
            for key in list(index):
                days = index[key]
                for day in [d for d in days if d < limit - timedelta(days=WINDOW_DAYS)]:
                    del days[day]
                if not days:
                    del index[key]
        return [_incident(c.members, rank=c.rank) for c in sorted(done, key=lambda c: c.rank)]

    def _partners(self, report: Report, *, phase: int) -> Iterator[Report]:
        assert report.day is not None
        window = range(-WINDOW_DAYS, 1 if phase == 0 else WINDOW_DAYS + 1)
        if phase == 0:
            blocks = [self._by_place.get((report.family, report.place))]  # type: ignore[arg-type]
        else:
            blocks = [self._by_actor.get((report.family, iri)) for iri in sorted(report.agents | report.targets)]
        for block in blocks:
            if block is None:
                continue
            for offset in window:
                for other in block.get(report.day + timedelta(days=offset), ()):
                    if other.event in self._cluster_of and paired(report, other):
                        yield other

    def _place(self, report: Report, *, phase: int) -> None:
        assert report.day is not None
        best: tuple[float, _Cluster] | None = None
        clusters = {id(c): c for c in (self._cluster_of[o.event] for o in self._partners(report, phase=phase))}
        for cluster in sorted(clusters.values(), key=lambda c: c.rank):
            members = cluster.members
            if not all(compatible(report, m) for m in members):
                continue  # incompatible with a member, even one it is not compared with (a placeless report
                # meets the reports of two towns; it must not carry one town's report into the other's incident)
            top = max((score(report, m) for m in members if paired(report, m)), default=-1.0)
            if top >= THRESHOLD and (best is None or top > best[0]):
                best = (top, cluster)
        if best is None:
            cluster = _Cluster((phase, *_order(report)), report)
            self._open.append(cluster)
        else:
            cluster = best[1]
            cluster.members.append(report)
            cluster.first_day = min(cluster.first_day, report.day)
        self._cluster_of[report.event] = cluster
        if report.place:
            self._by_place[report.family, report.place][report.day].append(report)
        for iri in report.agents | report.targets:
            self._by_actor[report.family, iri][report.day].append(report)


def _rank(report: Report) -> tuple:
    return (0 if report.place else 1, *_order(report))


def incident_key(members: Iterable[Report]) -> str:
    """A stable key for an incident: the hash of its earliest report's event IRI, so an incident keeps its
    IRI while later reports join it."""
    first = min(members, key=_order)
    return hashlib.blake2b(first.event.encode("utf-8"), digest_size=8).hexdigest()


def _incident(members: list[Report], *, rank: tuple = ()) -> Incident:
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
        rank=rank,
    )
