"""The actor network: store -> networkx graph -> centrality rows.

:func:`actor_graph` reads events from the store with SPARQL and returns a ``MultiDiGraph`` with
one edge per event and role (attacker -> target, defector -> group left, defector -> side
joined, pledger -> pledgee).  :func:`centrality` collapses it into a weighted ``DiGraph`` and
ranks actors.

>>> G = actor_graph(store, types={EventType.AIRSTRIKE})   # doctest: +SKIP
>>> centrality(G, sort="betweenness")[0].label           # doctest: +SKIP
'United States'
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

import networkx as nx
from rdflib import URIRef

from kg.errors import UsageError
from kg.models import EntityKind, EventType, Modality
from kg.vocab import KG, WD

if TYPE_CHECKING:
    from kg.store import Store

EVENT_CLASSES: dict[EventType, URIRef] = {
    EventType.ATTACK: KG.Attack,
    EventType.AIRSTRIKE: KG.Airstrike,
    EventType.DEFECTION: KG.Defection,
    EventType.ALLEGIANCE: KG.Allegiance,
}
_TYPE_OF_CLASS = {str(c): t for t, c in EVENT_CLASSES.items()}
MODALITY_TERMS: dict[Modality, URIRef] = {
    Modality.ASSERTED: KG.Asserted,
    Modality.PLANNED: KG.Planned,
    Modality.THREATENED: KG.Threatened,
    Modality.INSPIRED: KG.Inspired,
    Modality.HYPOTHETICAL: KG.Hypothetical,
}
_MODALITY_OF_TERM = {str(t): m for m, t in MODALITY_TERMS.items()}
_KIND_OF_CLASS = {
    str(KG.State): EntityKind.STATE,
    str(KG.ArmedGroup): EntityKind.ARMED_GROUP,
    str(KG.Organisation): EntityKind.ORGANISATION,
    str(KG.Person): EntityKind.PERSON,
    str(KG.Collective): EntityKind.COLLECTIVE,
}
DEFAULT_MODALITIES = frozenset({Modality.ASSERTED, Modality.INSPIRED})

# One row per (event, role).  Modality and polarity default to asserted/positive when absent.
_EDGES_QUERY = """
SELECT ?e ?class ?role ?source ?dest ?conf ?modality ?polarity ?time WHERE {
  VALUES ?class { %(classes)s }
  ?e a ?class .
  {
    ?e kg:agent ?source ; kg:target ?dest . BIND("target" AS ?role)
  } UNION {
    ?e kg:agent ?source ; kg:defectedFrom ?dest . BIND("from" AS ?role)
  } UNION {
    ?e kg:agent ?source ; kg:defectedTo ?dest . BIND("to" AS ?role)
  } UNION {
    ?e kg:agent ?source ; kg:pledgedTo ?dest . BIND("pledgee" AS ?role)
  }
  OPTIONAL { ?e kg:confidence ?conf }
  OPTIONAL { ?e kg:modality ?modality }
  OPTIONAL { ?e kg:polarity ?polarity }
  OPTIONAL { ?e sem:hasTimeStamp ?time }
}
"""

_ACTORS_QUERY = """
SELECT ?a (MIN(?l) AS ?label) (MIN(?k) AS ?kind) (MIN(?w) AS ?wikidata) WHERE {
  VALUES ?a { %(actors)s }
  OPTIONAL { ?a rdfs:label ?l }
  OPTIONAL { ?a a ?k . FILTER(?k IN (kg:State, kg:ArmedGroup, kg:Organisation, kg:Person, kg:Collective)) }
  OPTIONAL { ?a owl:sameAs ?w . FILTER(STRSTARTS(STR(?w), STR(wd:))) }
} GROUP BY ?a
"""


def _date_bound(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    try:
        for fmt in ("%Y-%m-%d", "%Y-%m", "%Y"):
            try:
                datetime.datetime.strptime(value, fmt)
                return value
            except ValueError:
                continue
        raise ValueError
    except ValueError:
        raise UsageError(f"{name} must be a date like 2016-05-01, 2016-05 or 2016, not {value!r}") from None


def _local(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def actor_graph(
    store: Store,
    *,
    types: Collection[EventType] | None = None,
    min_confidence: float = 0.0,
    modalities: Collection[Modality] = DEFAULT_MODALITIES,
    include_negated: bool = False,
    start: str | None = None,
    end: str | None = None,
) -> nx.MultiDiGraph:
    """The network of actors linked by events in ``store``, one edge per event and role.

    Nodes are actor IRIs (str) with attributes ``label``, ``kind`` (an EntityKind value or None)
    and ``wikidata`` ("Q2429253" or None).  Edges go from the agent (attacker, defector, pledger)
    to the target, the group left and the side joined, or the pledgee, keyed by
    ``"<event IRI> <role>"``, with attributes ``type`` (EventType), ``event``, ``role``,
    ``confidence``, ``modality`` and ``time``.  Events below ``min_confidence``, with another
    modality, negated (unless ``include_negated``) or, when ``start``/``end`` are given, outside
    those dates (inclusive; events without a date are then left out) are skipped.
    """
    wanted = [EventType(t) for t in types] if types is not None else list(EventType)
    start, end = _date_bound(start, "start"), _date_bound(end, "end")
    G = nx.MultiDiGraph()
    if not wanted:
        return G
    modalities = frozenset(Modality(m) for m in modalities)
    classes = " ".join(f"<{EVENT_CLASSES[t]}>" for t in wanted)
    raw = store.raw_query(_EDGES_QUERY % {"classes": classes})
    for sol in raw:
        conf_term = sol["conf"]
        try:
            confidence = float(conf_term.value) if conf_term is not None else 1.0
        except ValueError:
            confidence = 1.0
        if confidence < min_confidence:
            continue
        mod = sol["modality"]
        modality = (
            _MODALITY_OF_TERM.get(mod.value, Modality.ASSERTED) if mod is not None else Modality.ASSERTED
        )
        if modality not in modalities:
            continue
        pol = sol["polarity"]
        negated = pol is not None and pol.value == str(KG.Negative)
        if negated and not include_negated:
            continue
        time = sol["time"].value if sol["time"] is not None else None
        if (start or end) and time is None:
            continue
        # ISO dates compare as text; a bare year or year-month counts as its first day.
        if start and time < start:
            continue
        if end and time[: len(end)] > end:
            continue
        source, dest, event, role = sol["source"].value, sol["dest"].value, sol["e"].value, sol["role"].value
        G.add_edge(
            source,
            dest,
            key=f"{event} {role}",
            type=_TYPE_OF_CLASS[sol["class"].value],
            event=event,
            role=role,
            confidence=confidence,
            modality=modality,
            negated=negated,
            time=time,
        )
    if G:
        _add_actor_attributes(store, G)
    return G


def _add_actor_attributes(store: Store, G: nx.MultiDiGraph) -> None:
    for node in G.nodes:
        G.nodes[node].update(label=_local(node), kind=None, wikidata=None)
    nodes = list(G.nodes)
    # VALUES keeps the lookup to the actors in the graph; chunks keep each query small.
    for i in range(0, len(nodes), 500):
        values = " ".join(f"<{n}>" for n in nodes[i : i + 500])
        for sol in store.raw_query(_ACTORS_QUERY % {"actors": values}):
            attrs = G.nodes[sol["a"].value]
            if sol["label"] is not None:
                attrs["label"] = sol["label"].value
            if sol["kind"] is not None:
                kind = _KIND_OF_CLASS.get(sol["kind"].value)
                attrs["kind"] = kind.value if kind else None
            if sol["wikidata"] is not None:
                attrs["wikidata"] = sol["wikidata"].value.removeprefix(str(WD))


@dataclass(frozen=True)
class CentralityRow:
    """How central one actor is in the network; None where a measure is undefined."""

    iri: str
    label: str
    events: int  # distinct events the actor takes part in, in any role
    in_degree: int  # distinct actors with an edge to this one
    out_degree: int  # distinct actors this one has an edge to
    degree: int
    weighted_degree: float  # sum of edge weights, in and out
    betweenness: float
    closeness: float
    pagerank: float
    eigenvector: float | None


MEASURES = (
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
WEIGHTS = ("events", "confidence")


def collapse(G: nx.MultiDiGraph, *, weight: str = "events") -> nx.DiGraph:
    """One edge per ordered actor pair, ``weight`` = number of events (or sum of their confidence).

    Self-loops (an actor attacking itself, usually two mentions normalised to one actor) are
    left out: they say nothing about an actor's place in the network.
    """
    if weight not in WEIGHTS:
        raise UsageError(f"weight must be one of {', '.join(WEIGHTS)}, not {weight!r}")
    D = nx.DiGraph()
    D.add_nodes_from(G.nodes(data=True))
    for u, v, data in G.edges(data=True):
        if u == v:
            continue
        w = 1.0 if weight == "events" else float(data.get("confidence", 1.0))
        if D.has_edge(u, v):
            D[u][v]["weight"] += w
        else:
            D.add_edge(u, v, weight=w)
    return D


def pagerank(D: nx.DiGraph, *, alpha: float = 0.85, tol: float = 1.0e-10, max_iter: int = 1000) -> dict:
    """Weighted PageRank by power iteration, as networkx defines it (dangling mass spread evenly).

    networkx 3.6's ``pagerank`` needs SciPy, which kg does not otherwise depend on; kg's graphs
    are small enough for plain Python.
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


def _eigenvector(D: nx.DiGraph) -> dict[str, float | None]:
    # On a directed graph that is not strongly connected (a star of attacks, any DAG) eigenvector
    # centrality is degenerate: power iteration creeps towards sinks and may never converge.  So
    # the directed measure is used only when it is well defined, else the undirected one.
    attempts: list[Callable[[], dict]] = []
    if nx.is_strongly_connected(D):
        attempts.append(lambda: nx.eigenvector_centrality(D, max_iter=1000, weight="weight"))
    undirected = nx.Graph()
    undirected.add_nodes_from(D)
    for u, v, w in D.edges(data="weight"):
        prev = undirected.get_edge_data(u, v, {"weight": 0.0})["weight"]
        undirected.add_edge(u, v, weight=prev + w)
    attempts.append(lambda: nx.eigenvector_centrality(undirected, max_iter=1000, weight="weight"))
    for attempt in attempts:
        try:
            values = attempt()
        except (nx.PowerIterationFailedConvergence, nx.NetworkXException, ZeroDivisionError):
            continue
        if all(math.isfinite(x) for x in values.values()):
            return values
    return dict.fromkeys(D, None)


def centrality(
    G: nx.MultiDiGraph, *, sort: str = "pagerank", weight: str = "events", limit: int | None = None
) -> list[CentralityRow]:
    """Centrality of every actor in ``G`` (from :func:`actor_graph`), most central first.

    Measures run on :func:`collapse` (G) with ``weight`` = number of events between two actors
    (default) or the sum of their confidence.  Degree counts distinct neighbours; weighted
    degree and PageRank use the weights; betweenness and closeness use unweighted shortest
    paths (a weight is a tie's strength, not a distance), closeness counting paths *to* the
    actor (how reachable it is) with networkx's correction for unreachable actors; eigenvector
    is directed when the graph is strongly connected and undirected otherwise, None if it does
    not converge.  Rows are sorted by ``sort`` (any measure name) descending, ties by label.
    """
    if sort not in MEASURES:
        raise UsageError(f"sort must be one of {', '.join(MEASURES)}, not {sort!r}")
    if G.number_of_nodes() == 0:
        return []
    D = collapse(G, weight=weight)
    events: dict[str, set[str]] = {n: set() for n in G}
    for u, v, data in G.edges(data=True):
        events[u].add(data.get("event", ""))
        events[v].add(data.get("event", ""))
    betweenness = nx.betweenness_centrality(D)
    closeness = nx.closeness_centrality(D)
    ranks = pagerank(D)
    eigenvector = _eigenvector(D)
    rows = [
        CentralityRow(
            iri=n,
            label=str(D.nodes[n].get("label") or _local(n)),
            events=len(events[n]),
            in_degree=D.in_degree(n),
            out_degree=D.out_degree(n),
            degree=D.in_degree(n) + D.out_degree(n),
            weighted_degree=float(D.in_degree(n, weight="weight") + D.out_degree(n, weight="weight")),
            betweenness=betweenness[n],
            closeness=closeness[n],
            pagerank=ranks[n],
            eigenvector=eigenvector[n],
        )
        for n in D.nodes
    ]

    def key(row: CentralityRow) -> tuple[float, str, str]:
        value = getattr(row, sort)
        return (-value if value is not None else math.inf, row.label, row.iri)

    rows.sort(key=key)
    return rows[:limit] if limit is not None else rows
