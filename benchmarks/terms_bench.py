"""The paths the RDF term layer is on, timed in one run: the build's statements, kg query, a server commit.

On the build benchmark's corpus (benchmarks/corpus.py), after extracting it once:

* statements: ``kg.build.jobs._with_triples`` (the triples writer and their N-Triples text), per document;
* query: ``kg.store.sparql.run_query`` + ``kg.serve.formats.render`` on a store of the corpus, for a SELECT by
  type, a SELECT with a bound variable, a CONSTRUCT of every event's triples written as Turtle and a SELECT of
  every event's statements (many rows) written as TSV, JSON, CSV and a table;
* remote (with ``--remote``): ``kg.build.jobs._commit`` of 100 documents to a private Virtuoso, new and unchanged,
  then the same queries (but the bound one) on that server.

Minimum and median of the rounds are printed.  Run it on two checkouts back to back to compare them:

    .venv/bin/python benchmarks/terms_bench.py --docs 300 [--remote]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

import corpus  # noqa: E402


def _rounds(fn: Callable[[], object], n: int) -> tuple[float, float]:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def time_queries(store: object, queries: list[tuple[str, str, dict, str]], *, rounds: int) -> None:
    """``kg query``'s library path (``run_query`` + ``render``) for each (name, query, bindings, format)."""
    from kg.serve.formats import render
    from kg.store import sparql

    for name, query, bindings, fmt in queries:
        out: list[str] = []

        def run(query: str = query, bindings: dict = bindings, fmt: str = fmt, out: list[str] = out) -> None:
            out[:] = [render(sparql.run_query(store, query, bindings=bindings), fmt)]

        best, median = _rounds(run, rounds)
        print(f"query {name}: min {best * 1e3:.1f} ms, median {median * 1e3:.1f} ms ({len(out[0]):,} characters)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300, help="articles in the corpus")
    parser.add_argument("--remote", action="store_true", help="also commit to a private Virtuoso")
    args = parser.parse_args()

    from kg.build import jobs
    from kg.build.io import read_inputs
    from kg.extract.nlp import load, model_name
    from kg.store.embedded import Store

    work = Path(tempfile.mkdtemp(prefix="kg-terms-bench-"))
    path = corpus.write(work / "news.jsonl", args.docs)
    nlp = load()
    outcomes = list(jobs._extract_serial(read_inputs([str(path)]), nlp=nlp, batch_size=32))
    model = model_name(nlp)
    prepared: list = []

    def statements() -> None:
        prepared[:] = list(jobs._with_triples(outcomes, model=model))

    best, median = _rounds(statements, 7)
    n = sum(len(lines) for _, lines in prepared if lines)
    print(
        f"statements: {len(outcomes)} documents, {n:,} statements: min {best * 1e3:.0f} ms, "
        f"median {median * 1e3:.0f} ms"
        f" ({best / len(outcomes) * 1e3:.2f} ms per document)"
    )

    with Store.open(work / "store") as store:
        jobs._commit(store, prepared)
        top = "SELECT ?a (COUNT(*) AS ?n) WHERE { ?e kg:agent ?a } GROUP BY ?a ORDER BY DESC(?n) LIMIT 1"
        agent = store.query(top).rows[0][0]
        queries = [
            ("SELECT by type", "SELECT ?t (COUNT(?e) AS ?n) WHERE { ?e a ?t . ?e a sem:Event } GROUP BY ?t", {}, "tsv"),
            ("SELECT bound", "SELECT ?e ?l WHERE { ?e kg:agent ?a . ?a rdfs:label ?l }", {"a": agent}, "tsv"),
            ("CONSTRUCT as Turtle", "CONSTRUCT { ?e ?p ?o } WHERE { ?e a sem:Event ; ?p ?o }", {}, "turtle"),
        ]
        # Many rows: every statement about every event, written in each SELECT results format.
        every = "SELECT ?e ?p ?o WHERE { ?e a sem:Event ; ?p ?o }"
        queries += [(f"SELECT rows as {fmt}", every, {}, fmt) for fmt in ("tsv", "json", "csv", "table")]
        time_queries(store, queries, rounds=15)

    if args.remote:
        import virtuoso

        from kg.store.remote import RemoteStore

        server = virtuoso.start()
        try:
            remote = RemoteStore.open(server.sparql)
            batch = [p for p in prepared if p[1]][:100]
            new, _ = _rounds(lambda: jobs._commit(remote, batch), 1)
            unchanged, _ = _rounds(lambda: jobs._commit(remote, batch), 1)
            print(f"remote commit of {len(batch)} documents: new {new:.2f} s, unchanged {unchanged:.2f} s")
            # kg query on the server: a small query (its parse and checks show) and the many-row ones.
            remote_queries = [("remote " + q[0], *q[1:]) for q in queries if q[0] != "SELECT bound"]
            time_queries(remote, remote_queries, rounds=7)
        finally:
            server.stop()


if __name__ == "__main__":
    main()
