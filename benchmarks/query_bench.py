"""``kg query``'s library path on either store: parse and check the query, run it, turn the result into text.

Fills an embedded store (and, with ``--remote``, a private Virtuoso) with N kg-shaped documents
(benchmarks/remote_bench.py's, about 150 triples each; no spaCy), then times ``kg.store.sparql.run_query`` +
``kg.serve.formats.render`` for the shipped examples (small results: the query's parse and checks show) and
for a SELECT of every event statement (many rows: the result's terms show) in each SELECT format.

Each round starts without cached query parses, as one ``kg query`` process does.  Both the CPU time of this
process (``time.process_time``: kg's own work, little moved by other jobs on a shared machine; a server's work
is not in it) and the wall time are printed, as the minimum over the rounds.  Run it on two checkouts back to
back to compare them:

    .venv/bin/python benchmarks/query_bench.py --documents 300 [--remote]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

from remote_bench import document  # noqa: E402

from kg.rdf.iri import document_iri  # noqa: E402

EVERY = "SELECT ?e ?p ?o WHERE { ?e a sem:Event ; ?p ?o }"
FORMATS = ("tsv", "json", "csv", "plain", "table")


def queries() -> list[tuple[str, str, str]]:
    """(name, query, format): every shipped example as TSV, then the many-row SELECT in every format."""
    out = [(path.stem, path.read_text(encoding="utf-8"), "tsv") for path in sorted((ROOT / "examples").glob("*.rq"))]
    out += [(f"every event statement as {fmt}", EVERY, fmt) for fmt in FORMATS]
    return out


def _forget_parses() -> None:
    """Empty kg's per-process caches of query text, so each round pays what one ``kg query`` process pays."""
    from kg.store import shape

    for name in ("query_shape", "_parse"):
        getattr(getattr(shape, name, None), "cache_clear", lambda: None)()


def time_queries(store: object, label: str, *, rounds: int) -> None:
    from kg.serve.formats import render
    from kg.store.sparql import run_query

    total_cpu = total_wall = 0.0
    for name, query, fmt in queries():
        cpu, wall, size = float("inf"), float("inf"), 0
        for _ in range(rounds):
            _forget_parses()
            c, w = time.process_time(), time.perf_counter()
            size = len(render(run_query(store, query), fmt))
            cpu, wall = min(cpu, time.process_time() - c), min(wall, time.perf_counter() - w)
        total_cpu, total_wall = total_cpu + cpu, total_wall + wall
        print(f"{label} {name:<36} cpu {cpu * 1e3:8.1f} ms  wall {wall * 1e3:8.1f} ms  ({size:,} characters)")
    print(f"{label} total{'':<32} cpu {total_cpu * 1e3:8.1f} ms  wall {total_wall * 1e3:8.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--remote", action="store_true", help="also on a private Virtuoso (tests/virtuoso.py)")
    args = parser.parse_args()

    from kg.store.embedded import Store

    docs = [(document_iri(f"bench{i}"), document(i)) for i in range(args.documents)]
    with tempfile.TemporaryDirectory(prefix="kg-query-bench-") as work, Store.open(Path(work) / "store") as store:
        store.replace_graphs(docs)
        print(f"{len(docs)} documents, {len(store):,} triples in the merged graph")
        time_queries(store, "embedded", rounds=args.rounds)

    if args.remote:
        import virtuoso

        from kg.store.remote import RemoteStore

        server = virtuoso.start()
        try:
            with RemoteStore.open(server.sparql) as remote:
                remote.replace_graphs(docs)
                time_queries(remote, "remote", rounds=args.rounds)
        finally:
            server.stop()


if __name__ == "__main__":
    main()
