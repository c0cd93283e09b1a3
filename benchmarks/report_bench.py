"""kg report's centrality against igraph computing the same measures on the same graph.

Builds seeded scale-free actor networks (preferential attachment, about 3 events per actor,
random directions and event types), then in one run times
  kg:     kg.network.centrality.centrality(G) from the event multigraph: collapse, degrees, sampled
          betweenness and closeness (256 sources above 2000 actors), PageRank, eigenvector,
          Louvain communities, event-type shares, sorted rows;
  igraph: the same measures on a prebuilt igraph graph of the collapsed network (subset
          betweenness from the same 256 sources, closeness from their distances, PageRank,
          eigenvector, multilevel communities, degrees and strengths);
and prints the ratio of wall-clock times and of CPU times (this process's: steadier than wall-clock time
on a machine shared with other jobs).  Usage: .venv/bin/python benchmarks/report_bench.py [SIZES...]
"""

from __future__ import annotations

import random
import sys
import time

import igraph as ig
import networkx as nx
import numpy as np

from kg.models import EventType
from kg.network.centrality import DEFAULT_SAMPLES, EXACT_LIMIT, centrality, collapse, sample_sources


def scale_free(n: int, *, seed: int = 0, m: int = 3) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    types = list(EventType)
    G = nx.MultiDiGraph()
    G.add_nodes_from((f"a{v}", {"label": f"a{v}"}) for v in range(n))
    targets = [0]
    edges = []
    for v in range(1, n):
        for u in {rng.choice(targets) for _ in range(min(m, v))}:
            s, t = (f"a{v}", f"a{u}") if rng.random() < 0.5 else (f"a{u}", f"a{v}")
            e = f"e{len(edges)}"
            edges.append((s, t, e, {"event": e, "type": rng.choice(types), "confidence": 0.5 + rng.random() / 2}))
            targets.append(u)
        targets.append(v)
    G.add_edges_from(edges)
    return G


def igraph_measures(g: ig.Graph, sources: list[int] | None) -> None:
    g.degree(mode="in"), g.degree(mode="out"), g.strength(mode="all", weights="weight")
    g.betweenness(directed=True, sources=sources)
    chosen = sources if sources is not None else list(range(g.vcount()))
    for i in range(0, len(chosen), 256):
        d = np.array(g.distances(source=chosen[i : i + 256], mode="out"))
        finite = np.isfinite(d)
        finite.sum(axis=0), np.where(finite, d, 0).sum(axis=0)
    g.pagerank(directed=True, weights="weight")
    u = g.as_undirected(mode="collapse", combine_edges={"weight": "sum"})
    u.eigenvector_centrality(weights="weight")
    u.community_multilevel(weights="weight")


def main(sizes: list[int]) -> None:
    print(f"{'actors':>8} {'events':>8} {'sources':>8} {'kg s':>8} {'igraph s':>9} {'ratio':>6} {'cpu ratio':>9}")
    for n in sizes:
        G = scale_free(n)
        D = collapse(G)
        nodes = list(D)
        index = {v: i for i, v in enumerate(nodes)}
        g = ig.Graph(n=n, edges=[(index[u], index[v]) for u, v in D.edges()], directed=True)
        g.es["weight"] = [w for _, _, w in D.edges(data="weight")]
        k = DEFAULT_SAMPLES if n > EXACT_LIMIT else None
        sources = [index[s] for s in sample_sources(D, k, seed=42)] if k else None
        start, cpu = time.perf_counter(), time.process_time()
        report = centrality(G)
        kg_time, kg_cpu = time.perf_counter() - start, time.process_time() - cpu
        start, cpu = time.perf_counter(), time.process_time()
        igraph_measures(g, sources)
        ig_time, ig_cpu = time.perf_counter() - start, time.process_time() - cpu
        print(
            f"{n:>8} {G.number_of_edges():>8} {report.sources or 'exact':>8} {kg_time:>8.2f} {ig_time:>9.2f} "
            f"{kg_time / ig_time:>6.2f} {kg_cpu / ig_cpu:>9.2f}  (kg engine: {report.engine})",
            flush=True,
        )


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1_000, 10_000, 100_000])
