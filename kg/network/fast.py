"""The centrality measures of :mod:`kg.network.centrality`, computed in C by igraph for large actor networks.

networkx stays the graph model: :func:`measures` takes the collapsed ``DiGraph`` and returns
dicts keyed by its nodes, with networkx's definitions (checked against networkx in
tests/test_network.py):

* betweenness: unweighted, normalised by 1/((n-1)(n-2)); with sampled sources, rescaled as
  networkx 3.6 does for ``k`` (sources by 1/((k-1)(n-2)), the others by 1/(k(n-2))).
* closeness: paths *to* the actor, Wasserman-Faust corrected (networkx's ``wf_improved``);
  estimated from the sampled sources' distances when sampling.
* PageRank: weighted, damping 0.85, dangling actors' rank spread evenly (igraph's PRPACK does
  the same as networkx).
* eigenvector: in-edges, unit Euclidean norm (igraph scales the maximum to 1); directed when
  strongly connected, else undirected.
* communities: igraph's Louvain (multilevel) on the undirected weighted graph, its random
  numbers drawn from ``random.Random(seed)`` so runs repeat.
"""

from __future__ import annotations

import math
import random
import warnings
from typing import TYPE_CHECKING

import igraph as ig
import networkx as nx
import numpy as np

if TYPE_CHECKING:
    from kg.network.centrality import Measures

_CHUNK = 256  # sources per distance matrix: 256 x 100k float64 is 200 MB


def to_igraph(D: nx.DiGraph) -> tuple[ig.Graph, list[str]]:
    """``D`` as a directed igraph graph with a ``weight`` edge attribute, and the node of each vertex id."""
    nodes = list(D.nodes)
    index = {v: i for i, v in enumerate(nodes)}
    edges = [(index[u], index[v]) for u, v in D.edges()]
    g = ig.Graph(n=len(nodes), edges=edges, directed=True)
    g.es["weight"] = [float(w) for _, _, w in D.edges(data="weight", default=1.0)]
    return g, nodes


def _betweenness(g: ig.Graph, sources: list[int] | None) -> list[float]:
    n = g.vcount()
    if n <= 2:
        return [0.0] * n
    if sources is None:
        raw = g.betweenness(directed=True)
        return [b / ((n - 1) * (n - 2)) for b in raw]
    raw = g.betweenness(directed=True, sources=sources)
    k = len(sources)
    source_set = set(sources)
    return [b / ((k - 1 if i in source_set else k) * (n - 2)) for i, b in enumerate(raw)]


def _closeness(g: ig.Graph, sources: list[int] | None) -> list[float]:
    n = g.vcount()
    if sources is None:
        sources = list(range(n))
        every = True
    else:
        every = False
    reached = np.zeros(n, dtype=np.int64)
    total = np.zeros(n, dtype=np.float64)
    for i in range(0, len(sources), _CHUNK):
        chunk = sources[i : i + _CHUNK]
        d = np.array(g.distances(source=chunk, mode="out"), dtype=np.float64)
        d[np.arange(len(chunk)), chunk] = math.inf  # a source does not reach itself
        finite = np.isfinite(d)
        reached += finite.sum(axis=0)
        total += np.where(finite, d, 0.0).sum(axis=0)
    # closeness_estimate, vectorised: (reached / sources) * (reached / total), 0 where unreached.
    others = np.full(n, float(n - 1 if every else len(sources)))
    if not every:
        others[sources] -= 1
    with np.errstate(divide="ignore", invalid="ignore"):
        values = np.where((reached > 0) & (total > 0) & (others > 0), (reached / others) * (reached / total), 0.0)
    return values.tolist()


def _unit(values: list[float]) -> list[float] | None:
    norm = math.sqrt(sum(x * x for x in values))
    if not norm or not all(math.isfinite(x) for x in values):
        return None
    return [x / norm for x in values]


def _eigenvector(g: ig.Graph, u: ig.Graph) -> tuple[list[float] | None, str]:
    attempts = []
    if g.is_connected(mode="strong"):
        attempts.append(("directed", lambda: g.eigenvector_centrality(directed=True, weights="weight")))
    attempts.append(("undirected", lambda: u.eigenvector_centrality(weights="weight")))
    for kind, attempt in attempts:
        try:
            with warnings.catch_warnings():
                # igraph warns on stderr when a disconnected graph has near-zero values; the report says which kind.
                warnings.simplefilter("ignore", RuntimeWarning)
                values = _unit(attempt())
        except ig.InternalError:
            continue
        if values is not None:
            return values, kind
    return None, "unavailable"


def _communities(u: ig.Graph, seed: int) -> list[list[int]]:
    ig.set_random_number_generator(random.Random(seed))
    try:
        return list(u.community_multilevel(weights="weight"))
    finally:
        ig.set_random_number_generator(random)


def measures(D: nx.DiGraph, *, sources: list[str] | None, seed: int) -> Measures:
    """Betweenness, closeness, PageRank, eigenvector (and which kind) and communities of ``D``'s actors.

    ``sources``: the sampled path sources (from :func:`kg.network.centrality.sample_sources`), None for exact.
    """
    g, nodes = to_igraph(D)
    index = {v: i for i, v in enumerate(nodes)}
    source_ids = [index[s] for s in sources] if sources is not None else None
    u = g.as_undirected(mode="collapse", combine_edges={"weight": "sum"})
    eigen, kind = _eigenvector(g, u)
    return {
        "betweenness": dict(zip(nodes, _betweenness(g, source_ids), strict=True)),
        "closeness": dict(zip(nodes, _closeness(g, source_ids), strict=True)),
        "pagerank": dict(zip(nodes, g.pagerank(directed=True, damping=0.85, weights="weight"), strict=True)),
        "eigenvector": dict(zip(nodes, eigen, strict=True)) if eigen is not None else dict.fromkeys(nodes),
        "eigenvector_kind": kind,
        "communities": [{nodes[i] for i in c} for c in _communities(u, seed)],
    }
