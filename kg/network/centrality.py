"""Centrality of the actor network: the collapsed weighted graph, its measures and the ranked rows.

:func:`centrality` collapses the event multigraph of :func:`kg.network.graph.actor_graph` into a
weighted ``DiGraph`` and ranks actors; :func:`annotated_graph` carries the measures to Gephi and
pictures.

>>> centrality(G, sort="betweenness").rows[0].label           # doctest: +SKIP
'United States'
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, TypedDict, overload

import networkx as nx

from kg.errors import UsageError
from kg.events import specs as event_specs
from kg.models import EventType
from kg.network.graph import local_name

if TYPE_CHECKING:
    from kg.network.alliances import Bloc


@dataclass(frozen=True)
class CentralityRow:
    """How central one actor is in the network; None where a measure is undefined."""

    iri: str
    label: str
    community: int  # 1 = the largest community (Louvain on the undirected, weighted network)
    events: int  # distinct incidents (or events, by the graph's unit) the actor takes part in, in any role
    in_degree: int  # distinct actors with an edge to this one
    out_degree: int  # distinct actors this one has an edge to
    degree: int
    weighted_degree: float  # sum of edge weights, in and out
    betweenness: float
    closeness: float
    pagerank: float
    eigenvector: float | None
    kind: str | None = None  # the actor's EntityKind value ("state", "armed_group", ...), when known
    as_agent: int = 0  # distinct incidents (or events) in which the actor is the agent: attacker, defector, pledger
    as_target: int = 0  # ... in which it is the other side: attacked, left, joined or pledged to
    bloc: int | None = None  # its alliance bloc at the report's date (kg.network.alliances), None when in none
    # The actor's share of all events of each type in the network, by the type's share column
    # ("share_attack"), in the order of the types' specs (None: no event of that type).
    shares: Mapping[str, float | None] = field(default_factory=dict)

    def __getattr__(self, name: str) -> float | None:
        # row.share_attack: a share column reads like the fixed measures.
        shares = self.__dict__.get("shares", {})
        if name in shares:
            return shares[name]
        raise AttributeError(name)

    def as_dict(self) -> dict[str, object]:
        """The row as one flat record: the measures, then one share column per event type."""
        record: dict[str, object] = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "shares"}
        record.update(self.shares)
        return record


BASE_MEASURES = (
    "events",
    "in_degree",
    "out_degree",
    "degree",
    "weighted_degree",
    "betweenness",
    "closeness",
    "pagerank",
    "eigenvector",
)


def sort_measures() -> tuple[str, ...]:
    """Every measure rows can be sorted by: :data:`BASE_MEASURES`, then each event type's share column."""
    return (*BASE_MEASURES, *(s.share_column for s in event_specs()))


WEIGHTS = ("events", "confidence")
ENGINES = ("auto", "networkx", "igraph")
EXACT_LIMIT = 2000
"""Above this many actors, betweenness and closeness are estimated from sampled sources."""
DEFAULT_SAMPLES = 256
IGRAPH_FROM = 500
"""engine="auto" computes on igraph above this many actors."""
DEFAULT_SEED = 42


@dataclass(frozen=True)
class CentralityReport:
    """The ranked rows plus how they were computed, so a reader knows what is exact and what is estimated."""

    rows: tuple[CentralityRow, ...]
    actors: int
    links: int  # distinct ordered actor pairs (edges of the collapsed graph)
    events: int
    sort: str
    weight: str
    engine: str  # "networkx" or "igraph"
    sources: int | None  # betweenness/closeness sources sampled; None when exact
    seed: int
    eigenvector: str  # "directed", "undirected" or "unavailable"
    communities: int
    blocs: tuple[Bloc, ...] = ()  # the alliance blocs at ``as_of``
    as_of: str | None = None  # the date the network and blocs stand at; None: the end of the record

    @property
    def notes(self) -> tuple[str, ...]:
        """One-line remarks about estimated or missing measures, for a reader of the table."""
        notes = []
        if self.sources is not None:
            notes.append(
                f"betweenness and closeness are estimates from {self.sources} of {self.actors} actors "
                f"sampled as path sources (seed {self.seed}); 0 samples gives exact values"
            )
        if self.eigenvector == "undirected":
            notes.append("eigenvector is of the undirected network (the directed one is not strongly connected)")
        elif self.eigenvector == "unavailable":
            notes.append("eigenvector centrality did not converge; it is left empty")
        return tuple(notes)

    def meta(self) -> dict[str, object]:
        """Everything but the rows, as plain JSON-ready data."""
        return {
            "actors": self.actors,
            "links": self.links,
            "events": self.events,
            "sort": self.sort,
            "weight": self.weight,
            "engine": self.engine,
            "betweenness_sources": self.sources,
            "seed": self.seed,
            "eigenvector": self.eigenvector,
            "communities": self.communities,
            "as_of": self.as_of,
            "blocs": [
                {"bloc": b.number, "name": b.name, "members": list(b.labels), "iris": list(b.members)}
                for b in self.blocs
            ],
            "notes": list(self.notes),
        }


def collapse(G: nx.MultiDiGraph, *, weight: str = "events") -> nx.DiGraph:
    """One edge per ordered actor pair, ``weight`` = number of events (or sum of their confidence).

    Each edge also carries ``events`` (how many) and ``event_type``, the most frequent type on
    it (ties: the first in EventType order), which colours it in a plot and in Gephi.  Self-loops
    (an actor attacking itself, usually two mentions normalised to one actor) are left out: they
    say nothing about an actor's place in the network.
    """
    return _collapse(G, G.edges(data=True), weight=weight)


def _collapse(G: nx.MultiDiGraph, edges: Iterable[tuple[str, str, dict]], *, weight: str) -> nx.DiGraph:
    # ``edges``: G's edges with their data, read once by the caller when it needs them again.
    if weight not in WEIGHTS:
        raise UsageError(f"weight must be one of {', '.join(WEIGHTS)}, not {weight!r}")
    # Accumulate in dicts and add edges once: 300k has_edge/add_edge calls cost seconds.  Counting the
    # (agent, other, type) triples with Counter runs in C; the weight by events is then the pair's count.
    weights: dict[tuple[str, str], float] = {}
    if weight == "confidence":
        tally: Counter[tuple[str, str, object]] = Counter()
        for u, v, data in edges:
            if u != v:
                weights[(u, v)] = weights.get((u, v), 0.0) + float(data.get("confidence", 1.0))
                tally[(u, v, data.get("type"))] += 1
    else:
        tally = Counter((u, v, data.get("type")) for u, v, data in edges if u != v)
    order: dict[object, int] = {t: i for i, t in enumerate(EventType)}
    events: dict[tuple[str, str], int] = {}
    main: dict[tuple[str, str], tuple[int, int, object]] = {}
    for (u, v, t), count in tally.items():
        pair = (u, v)
        events[pair] = events.get(pair, 0) + count
        if weight != "confidence":
            weights[pair] = weights.get(pair, 0.0) + count
        rank = (-count, order.get(t, len(order)), t)
        if pair not in main or rank[:2] < main[pair][:2]:
            main[pair] = rank
    names = {rank[2]: _type_name(rank[2]) for rank in main.values()}
    D = nx.DiGraph()
    D.add_nodes_from(G.nodes(data=True))
    D.add_edges_from(
        (u, v, {"weight": w, "events": events[(u, v)], "event_type": names[main[(u, v)][2]]})
        for (u, v), w in weights.items()
    )
    return D


def _type_name(t: object) -> str:
    return t.value if isinstance(t, EventType) else str(t)


DIGITS = 12
"""Measures are rounded to this many decimals: below it, values are floating-point noise (summation order)."""


@overload
def tidy(value: float) -> float: ...
@overload
def tidy(value: float | None) -> float | None: ...
def tidy(value: float | None) -> float | None:
    """``value`` rounded to :data:`DIGITS` decimals, never -0.0, so equal measures print and sort as equal."""
    return None if value is None else round(value, DIGITS) + 0.0


def tidy_all(values: Mapping[str, float | None]) -> dict[str, float | None]:
    """:func:`tidy` of every value, vectorised (a 100k-actor report has a million of them)."""
    import numpy as np

    if not values or any(v is None for v in values.values()):
        return {k: tidy(v) for k, v in values.items()}
    rounded = np.round(np.fromiter(values.values(), dtype=np.float64, count=len(values)), DIGITS) + 0.0
    return dict(zip(values, rounded.tolist(), strict=True))


def pagerank(D: nx.DiGraph, *, alpha: float = 0.85, tol: float = 1.0e-10, max_iter: int = 1000) -> dict:
    """Weighted PageRank by power iteration, as networkx defines it (dangling mass spread evenly).

    networkx 3.6's ``pagerank`` needs SciPy, which kg does not otherwise depend on; this is the
    reference the igraph engine is tested against.
    """
    n = D.number_of_nodes()
    if n == 0:
        return {}
    out_weight = {u: sum(w for _, _, w in D.out_edges(u, data="weight", default=1.0)) for u in D}
    x = dict.fromkeys(D, 1.0 / n)
    for _ in range(max_iter):
        last = x
        dangling = alpha * sum(last[u] for u in D if out_weight[u] == 0) / n
        x = dict.fromkeys(D, (1.0 - alpha) / n + dangling)
        for u, v, w in D.edges(data="weight", default=1.0):
            x[v] += alpha * last[u] * w / out_weight[u]
        if sum(abs(x[u] - last[u]) for u in D) < n * tol:
            return x
    return x


def undirected(D: nx.DiGraph) -> nx.Graph:
    """``D`` without directions; a pair linked both ways gets the sum of both weights."""
    U = nx.Graph()
    U.add_nodes_from(D)
    for u, v, w in D.edges(data="weight", default=1.0):
        prev = U.get_edge_data(u, v, {"weight": 0.0})["weight"]
        U.add_edge(u, v, weight=prev + w)
    return U


def _eigenvector(D: nx.DiGraph) -> tuple[dict[str, float | None], str]:
    # On a directed graph that is not strongly connected (a star of attacks, any DAG) eigenvector
    # centrality is degenerate: power iteration creeps towards sinks and may never converge.  So
    # the directed measure is used only when it is well defined, else the undirected one.
    attempts: list[tuple[str, Callable[[], dict]]] = []
    if nx.is_strongly_connected(D):
        attempts.append(("directed", lambda: nx.eigenvector_centrality(D, max_iter=1000, weight="weight")))
    attempts.append(("undirected", lambda: nx.eigenvector_centrality(undirected(D), max_iter=1000, weight="weight")))
    for kind, attempt in attempts:
        try:
            values = attempt()
        except (nx.PowerIterationFailedConvergence, nx.NetworkXException, ZeroDivisionError):
            continue
        if all(math.isfinite(x) for x in values.values()):
            return values, kind
    return dict.fromkeys(D, None), "unavailable"


def sample_sources(D: nx.DiGraph, k: int, *, seed: int) -> list[str]:
    """The ``k`` path sources networkx's ``betweenness_centrality(D, k=k, seed=seed)`` would pick."""
    return random.Random(seed).sample(list(D.nodes()), k)


def _sampled_closeness(D: nx.DiGraph, sources: list[str]) -> dict[str, float]:
    # Eppstein-Wang: distances from k sampled sources estimate, for every actor, both how many
    # actors reach it and how far they are; with all actors as sources this is networkx's
    # closeness with the Wasserman-Faust correction exactly.
    n = D.number_of_nodes()
    reached = dict.fromkeys(D, 0)
    total = dict.fromkeys(D, 0)
    for s in sources:
        for v, d in nx.single_source_shortest_path_length(D, s).items():
            if v != s:
                reached[v] += 1
                total[v] += d
    source_set = set(sources)
    return {v: closeness_estimate(reached[v], total[v], len(sources) - (v in source_set), n) for v in D}


def closeness_estimate(reached: int, total: float, sources: int, n: int) -> float:
    """Closeness of an actor reached from ``reached`` of ``sources`` other actors at total distance ``total``.

    With every other actor as a source this is networkx's ``closeness_centrality`` (paths to the
    actor, ``wf_improved``): (r / (n - 1)) * (r / total).
    """
    if reached == 0 or total == 0 or sources == 0 or n < 2:
        return 0.0
    return (reached / sources) * (reached / total)


class Measures(TypedDict):
    """The measures of every actor, from networkx or igraph."""

    betweenness: dict[str, float]
    closeness: dict[str, float]
    pagerank: dict[str, float]
    eigenvector: dict[str, float | None]
    eigenvector_kind: str  # "directed", "undirected" or "unavailable"
    communities: list[set[str]]


def _networkx_measures(D: nx.DiGraph, sources: list[str] | None, seed: int) -> Measures:
    if sources is None:
        betweenness = nx.betweenness_centrality(D)
        closeness = nx.closeness_centrality(D)
    else:
        betweenness = nx.betweenness_centrality(D, k=len(sources), seed=seed)
        closeness = _sampled_closeness(D, sources)
    eigenvector, kind = _eigenvector(D)
    communities = nx.community.louvain_communities(undirected(D), weight="weight", seed=seed)
    return {
        "betweenness": betweenness,
        "closeness": closeness,
        "pagerank": pagerank(D),
        "eigenvector": eigenvector,
        "eigenvector_kind": kind,
        "communities": [set(c) for c in communities],
    }


def _engine(name: str, n: int) -> str:
    if name not in ENGINES:
        raise UsageError(f"engine must be one of {', '.join(ENGINES)}, not {name!r}")
    if name != "auto":
        return name
    # networkx is the reference and fast enough on small graphs; igraph does the larger ones in C
    # (exact measures on 1,000 actors: networkx 1.5 s, igraph 0.3 s).
    if n <= IGRAPH_FROM:
        return "networkx"
    try:
        import igraph  # noqa: F401
    except ImportError:
        return "networkx"
    return "igraph"


def centrality(
    G: nx.MultiDiGraph,
    *,
    sort: str = "pagerank",
    weight: str = "events",
    limit: int | None = None,
    samples: int | None = None,
    seed: int = DEFAULT_SEED,
    engine: str = "auto",
) -> CentralityReport:
    """Centrality of every actor in ``G`` (from :func:`actor_graph`), most central first.

    Measures run on :func:`collapse` (G) with ``weight`` = number of events between two actors
    (default) or the sum of their confidence.  Degree counts distinct neighbours; weighted
    degree and PageRank use the weights; betweenness and closeness use unweighted shortest
    paths (a weight is a tie's strength, not a distance), closeness counting paths *to* the
    actor (how reachable it is) with networkx's correction for unreachable actors; eigenvector
    is directed when the graph is strongly connected and undirected otherwise, None if it does
    not converge; communities are Louvain's on the undirected weighted graph (seeded).

    Betweenness and closeness are exact up to :data:`EXACT_LIMIT` actors; above it they are
    estimated from ``samples`` (default :data:`DEFAULT_SAMPLES`) path sources drawn with ``seed``,
    as networkx's ``betweenness_centrality(k=...)`` does; ``samples=0`` forces exact values.
    ``engine`` "igraph" computes the same definitions in C (``auto`` picks it above
    :data:`IGRAPH_FROM` actors when python-igraph is installed).  Rows are sorted by ``sort`` descending, ties by label.
    """
    if sort not in sort_measures():
        raise UsageError(f"sort must be one of {', '.join(sort_measures())}, not {sort!r}")
    if samples is not None and samples < 0:
        raise UsageError(f"samples must be 0 (exact) or a positive number, not {samples}")
    n = G.number_of_nodes()
    chosen = _engine(engine, n)
    if n == 0:
        return CentralityReport((), 0, 0, 0, sort, weight, chosen, None, seed, "unavailable", 0)
    edges = list(G.edges(keys=True, data=True))
    D = _collapse(G, ((u, v, data) for u, v, _, data in edges), weight=weight)
    k = DEFAULT_SAMPLES if samples is None and n > EXACT_LIMIT else samples or None
    # Fewer than two sources cannot be rescaled (networkx gives NaN); k >= n is just exact.
    sources = sample_sources(D, max(k, 2), seed=seed) if k is not None and max(k, 2) < n else None
    if chosen == "igraph":
        from kg.network import fast

        measures = fast.measures(D, sources=sources, seed=seed)
    else:
        measures = _networkx_measures(D, sources, seed)

    # Distinct events per actor and per (actor, type): an event is one edge per role, and a
    # defector's two edges are one event.
    seen: set[tuple[str, str]] = set()
    events: dict[str, int] = dict.fromkeys(G, 0)
    acting: dict[str, set[str]] = {x: set() for x in G}
    acted_on: dict[str, set[str]] = {x: set() for x in G}
    per_type: dict[tuple[str, object], int] = {}
    totals: dict[object, set[str]] = {}
    for u, v, edge_key, data in edges:
        # The edge key is "<incident or event> <role>": what is counted is the graph's unit.
        event, t = str(edge_key).rsplit(" ", 1)[0] if edge_key else data.get("event", ""), data.get("type")
        acting[u].add(event)
        acted_on[v].add(event)
        totals.setdefault(t, set()).add(event)
        for x in (u, v):
            if (x, event) not in seen:
                seen.add((x, event))
                events[x] += 1
                per_type[(x, t)] = per_type.get((x, t), 0) + 1
    counts = {_type_name(t): len(e) for t, e in totals.items()}
    total_events = len(set().union(*totals.values())) if totals else 0
    # Each actor's share of each type's events: None where the network has none of that type, else 0.0 unless
    # the actor took part (one pass over the counts, not one lookup per actor and type).
    columns = [(s.share_column, s.type.value) for s in event_specs()]
    blank = {column: (0.0 if counts.get(name) else None) for column, name in columns}
    column_of = {name: column for column, name in columns}
    shares_of: dict[str, dict[str, float | None]] = {}
    for (x, t), count in per_type.items():
        name = _type_name(t)
        if name in column_of:
            shares_of.setdefault(x, dict(blank))[column_of[name]] = tidy(count / counts[name])

    community_of = {}
    ordered = sorted(
        measures["communities"], key=lambda c: (-len(c), min((str(D.nodes[v].get("label", v)), v) for v in c))
    )
    for i, members in enumerate(ordered, start=1):
        for v in members:
            community_of[v] = i
    in_deg, out_deg = dict(D.in_degree()), dict(D.out_degree())
    in_w, out_w = dict(D.in_degree(weight="weight")), dict(D.out_degree(weight="weight"))
    weighted = tidy_all({v: float(in_w[v] + out_w[v]) for v in D})
    between, close = tidy_all(measures["betweenness"]), tidy_all(measures["closeness"])
    rank, eigen = tidy_all(measures["pagerank"]), tidy_all(measures["eigenvector"])
    rows = [
        CentralityRow(
            iri=v,
            label=str(D.nodes[v].get("label") or local_name(v)),
            community=community_of.get(v, 0),
            events=events[v],
            in_degree=in_deg[v],
            out_degree=out_deg[v],
            degree=in_deg[v] + out_deg[v],
            weighted_degree=weighted[v] or 0.0,
            betweenness=between[v] or 0.0,
            closeness=close[v] or 0.0,
            pagerank=rank[v] or 0.0,
            eigenvector=eigen[v],
            kind=D.nodes[v].get("kind"),
            as_agent=len(acting[v]),
            as_target=len(acted_on[v]),
            shares=shares_of.get(v) or dict(blank),  # a dict of its own per row
        )
        for v in D.nodes
    ]

    def key(row: CentralityRow) -> tuple[float, str, str]:
        value = getattr(row, sort)
        return (-value if value is not None else math.inf, row.label, row.iri)

    rows.sort(key=key)
    return CentralityReport(
        rows=tuple(rows[:limit] if limit is not None else rows),
        actors=n,
        links=D.number_of_edges(),
        events=total_events,
        sort=sort,
        weight=weight,
        engine=chosen,
        sources=len(sources) if sources is not None else None,
        seed=seed,
        eigenvector=measures["eigenvector_kind"],
        communities=len(ordered),
    )


def annotated_graph(G: nx.MultiDiGraph, report: CentralityReport) -> nx.DiGraph:
    """The collapsed actor graph of ``report``'s actors with every measure as a node attribute.

    For Gephi and Cytoscape (GraphML, GEXF) and for plotting: edges keep ``weight``, ``events``
    and their main ``type``; undefined measures (None) are left out, as GraphML has no null.
    Only the report's rows are kept, so ``--top`` also trims the graph.
    """
    D = collapse(G, weight=report.weight)
    keep = {r.iri: r for r in report.rows}
    D = D.subgraph(keep).copy()
    for v, attrs in D.nodes(data=True):
        attrs.clear()
        row = keep[v]
        for name, value in row.as_dict().items():
            if value is not None and name != "iri":
                attrs[name] = value
        kind, wikidata = G.nodes[v].get("kind"), G.nodes[v].get("wikidata")
        if kind:
            attrs["kind"] = kind
        if wikidata:
            attrs["wikidata"] = wikidata
    return D
