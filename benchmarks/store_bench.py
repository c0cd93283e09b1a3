"""Benchmark of the stores kg could use: rdflib's in-memory Dataset against Oxigraph.

Generates a seeded synthetic graph shaped like kg's output (one named graph per document with
events, sentences, actors repeated per document, places), then measures, each backend in a fresh
process so peak memory is its own:

* load of the N-Quads dump (time, peak resident memory), N-Triples load of the union graph,
* Turtle export of the union graph,
* three queries: events by type; agents attacking the attackers of a given target (two-hop join);
  a date-range filter with ORDER BY and LIMIT,
* kg's own ``Store.query`` (rdflib terms) against raw pyoxigraph on the same on-disk store,
* ``Store.replace_graph`` of existing document graphs (what ``kg build`` does per document).

Run:  python benchmarks/store_bench.py --triples 1000000
"""

from __future__ import annotations

import argparse
import concurrent.futures
import gc
import multiprocessing
import random
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

KG = "https://w3id.org/kg/ontology#"
ID = "https://w3id.org/kg/id/"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
OWL_SAMEAS = "http://www.w3.org/2002/07/owl#sameAs"
XSD = "http://www.w3.org/2001/XMLSchema#"

EVENT_TYPES = ("Attack", "Airstrike", "Defection", "Allegiance")
ROLE = {"Attack": "target", "Airstrike": "target", "Defection": "defectedFrom", "Allegiance": "pledgedTo"}
ACTOR_KINDS = ("State", "ArmedGroup", "Organisation", "Person", "Collective")
MODALITIES = ("Asserted", "Asserted", "Asserted", "Planned", "Threatened", "Inspired", "Hypothetical")
WORDS = (
    "forces militants bombed village near the city on Tuesday said officials government rebels "
    "group fighters attack killed wounded convoy checkpoint airstrike drone pledged allegiance "
    'defected joined commander «quoted» "claims" Raqqa Mosul Ḥalab 北京 ünïcödé'
).split()

PREFIXES = (
    "PREFIX kg: <https://w3id.org/kg/ontology#> PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> "
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> "
)
TARGET_LABEL = "Actor 3"
QUERIES = {
    "events by type": PREFIXES
    + """SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a sem:Event, ?type . FILTER(?type != sem:Event) }
GROUP BY ?type ORDER BY ?type""",
    "two-hop attackers": PREFIXES
    + f"""SELECT DISTINCT ?label WHERE {{
  ?t rdfs:label "{TARGET_LABEL}" .
  ?e1 a kg:Attack ; kg:agent ?mid ; kg:target ?t .
  ?e2 a kg:Attack ; kg:agent ?agent ; kg:target ?mid .
  ?agent rdfs:label ?label }} ORDER BY ?label""",
    "date range": PREFIXES
    + """SELECT ?e ?date ?conf WHERE { ?e a sem:Event ; sem:hasTimeStamp ?date ; kg:confidence ?conf .
  FILTER(?date >= "2016-03-01"^^xsd:date && ?date < "2016-06-01"^^xsd:date) }
ORDER BY DESC(?date) ?e LIMIT 100""",
}


# ---------------------------------------------------------------------------------------------
# data


def _lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def generate(n_triples: int, path: Path, *, seed: int = 42) -> tuple[int, int]:
    """Write about ``n_triples`` kg-shaped quads to ``path`` (N-Quads); return (quads, documents)."""
    rng = random.Random(seed)
    n_actors = max(20, n_triples // 500)
    n_places = max(10, n_triples // 2000)
    # Few actors are in most news (a Zipf-like weight), as in real conflict reporting.
    weights = [1.0 / (i + 1) for i in range(n_actors)]
    quads = docs = 0
    with path.open("w", encoding="utf-8") as out:
        while quads < n_triples:
            d = docs
            docs += 1
            doc = f"<{ID}doc/d{d}>"
            lines = [
                f"{doc} <{RDF_TYPE}> <{KG}Document>",
                f"{doc} <{KG}documentId> {_lit(f'doc-{d}')}",
                f"{doc} <{DCT}title> {_lit(' '.join(rng.choices(WORDS, k=6)))}",
                f'{doc} <{DCT}date> "2016-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"^^<{XSD}date>',
            ]
            actors = set(rng.choices(range(n_actors), weights=weights, k=rng.randint(3, 8)))
            while len(actors) < 2:
                actors.add(rng.randrange(n_actors))
            for a in actors:
                iri = f"<{ID}actor/actor-{a}>"
                lines += [
                    f"{iri} <{RDF_TYPE}> <{KG}Actor>",
                    f"{iri} <{RDF_TYPE}> <{KG}{ACTOR_KINDS[a % len(ACTOR_KINDS)]}>",
                    f"{iri} <{RDFS_LABEL}> {_lit(f'Actor {a}')}",
                    f"{iri} <{KG}alias> {_lit(f'A{a}')}",
                    f"{iri} <{KG}mentionedIn> {doc}",
                ]
                if a % 3 == 0:
                    lines.append(f"{iri} <{OWL_SAMEAS}> <http://www.wikidata.org/entity/Q{1000 + a}>")
            actor_list = sorted(actors)
            places = {rng.randrange(n_places) for _ in range(2)}
            for p in places:
                lines += [
                    f"<{ID}place/p{p}> <{RDF_TYPE}> <{KG}Place>",
                    f"<{ID}place/p{p}> <{RDFS_LABEL}> {_lit(f'Place {p}')}",
                ]
            offset = 0
            for i in range(rng.randint(2, 9)):
                e = f"<{ID}event/d{d}-e{i}>"
                s = f"<{ID}doc/d{d}#char={offset},{offset + 120}>"
                etype = rng.choice(EVENT_TYPES)
                agent, target = rng.sample(actor_list, 2)
                text = " ".join(rng.choices(WORDS, k=18))
                place = rng.choice(sorted(places))  # drawn here to keep the seeded sequence
                date = f"2016-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                lines += [
                    f"{s} <{RDF_TYPE}> <{NIF}Sentence>",
                    f'{s} <{NIF}beginIndex> "{offset}"^^<{XSD}nonNegativeInteger>',
                    f'{s} <{NIF}endIndex> "{offset + 120}"^^<{XSD}nonNegativeInteger>',
                    f"{s} <{NIF}anchorOf> {_lit(text)}",
                    f"{s} <{NIF}referenceContext> {doc}",
                    f"{e} <{RDF_TYPE}> <{KG}{etype}>",
                    f"{e} <{RDF_TYPE}> <{SEM}Event>",
                    f"{e} <{KG}agent> <{ID}actor/actor-{agent}>",
                    f"{e} <{KG}{ROLE[etype]}> <{ID}actor/actor-{target}>",
                    f"{e} <{SEM}hasPlace> <{ID}place/p{place}>",
                    f'{e} <{SEM}hasTimeStamp> "{date}"^^<{XSD}date>',
                    f"{e} <{KG}modality> <{KG}{rng.choice(MODALITIES)}>",
                    f"{e} <{KG}polarity> <{KG}{'Negative' if rng.random() < 0.05 else 'Positive'}>",
                    f'{e} <{KG}confidence> "{rng.randint(30, 95) / 100}"^^<{XSD}decimal>',
                    f"{e} <{KG}trigger> {_lit(rng.choice(WORDS))}",
                    f"{e} <{PROV}wasDerivedFrom> {s}",
                    f"{e} <{KG}document> {doc}",
                ]
                offset += 121
            out.write("".join(f"{line} {doc} .\n" for line in lines))
            quads += len(lines)
    return quads, docs


def union_ntriples(nquads: Path, path: Path) -> int:
    """Write the distinct triples of the union of graphs in ``nquads`` as N-Triples; return their number."""
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
    triples = store.query(
        "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }",
        use_default_graph_as_union=True,
    )
    ox.serialize(triples, str(path), ox.RdfFormat.N_TRIPLES)
    return sum(1 for _ in path.open("rb"))


# ---------------------------------------------------------------------------------------------
# measuring, in a worker process per backend


def _rss_kib(field: str) -> int:
    """VmRSS / VmHWM of this process in KiB (Linux); falls back to ru_maxrss."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _reset_peak() -> None:
    # Linux lets a process reset its own high-water mark, so the peak is the load's alone.
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass


class _Timeout(Exception):
    pass


def _alarm(_signum, _frame):  # noqa: ANN001
    raise _Timeout


def _timed(fn, *, repeat: int = 3, timeout: float | None = None):  # noqa: ANN001, ANN202
    """(best seconds, result) of ``fn()``, repeated while runs are quick; (None, None) on timeout."""
    best, result = None, None
    for _ in range(repeat):
        if timeout:
            signal.signal(signal.SIGALRM, _alarm)
            signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            t0 = time.perf_counter()
            result = fn()
            dt = time.perf_counter() - t0
        except _Timeout:
            return None, None
        finally:
            if timeout:
                signal.setitimer(signal.ITIMER_REAL, 0)
        best = dt if best is None else min(best, dt)
        if dt > 5:
            break
    return best, result


def _rows_key(rows) -> list[tuple[str, ...]]:  # noqa: ANN001
    return [tuple(str(getattr(t, "value", t)) for t in row) for row in rows]


def run_rdflib(nq: str, nt: str, timeout: float) -> dict:
    import rdflib

    out: dict = {}
    _reset_peak()
    base = _rss_kib("VmRSS")
    t0 = time.perf_counter()
    ds = rdflib.Dataset(default_union=True)
    ds.parse(nq, format="nquads")
    out["load nquads s"] = time.perf_counter() - t0
    out["peak MiB"] = (_rss_kib("VmHWM") - base) / 1024
    out["turtle export s"], _ = _timed(lambda: ds.serialize(format="turtle", encoding="utf-8"), repeat=1)
    for name, q in QUERIES.items():
        dt, rows = _timed(lambda q=q: [tuple(r) for r in ds.query(q)], timeout=timeout)
        out[f"query {name} s"] = dt
        out[f"rows {name}"] = None if rows is None else _rows_key(rows)
    ds = None  # free it before the N-Triples load
    gc.collect()
    t0 = time.perf_counter()
    g = rdflib.Graph()
    g.parse(nt, format="nt")
    out["load ntriples s"] = time.perf_counter() - t0
    return out


def run_oxigraph(nq: str, nt: str, directory: str | None) -> dict:
    import pyoxigraph as ox

    out: dict = {}
    _reset_peak()
    base = _rss_kib("VmRSS")
    t0 = time.perf_counter()
    if directory:
        store = ox.Store(directory)
        store.bulk_load(path=nq, format=ox.RdfFormat.N_QUADS)
    else:
        store = ox.Store()
        store.load(path=nq, format=ox.RdfFormat.N_QUADS)
    t1 = time.perf_counter()
    # kg's layout: the default graph is the merge of the document graphs (see kg/store/embedded.py).
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    out["merge default graph s"] = time.perf_counter() - t1
    out["load nquads s"] = time.perf_counter() - t0
    out["peak MiB"] = (_rss_kib("VmHWM") - base) / 1024

    def export() -> bytes:
        return store.dump(None, ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph())

    out["turtle export s"], _ = _timed(export, repeat=1)
    for name, q in QUERIES.items():
        dt, rows = _timed(lambda q=q: [tuple(s) for s in store.query(q)])
        out[f"query {name} s"] = dt
        out[f"rows {name}"] = _rows_key(rows)
    if directory:
        store.flush()
        store.optimize()
        out["disk MiB"] = sum(f.stat().st_size for f in Path(directory).rglob("*") if f.is_file()) / 2**20
    store = None  # free it before the N-Triples load
    gc.collect()
    t0 = time.perf_counter()
    s2 = ox.Store()
    s2.load(path=nt, format=ox.RdfFormat.N_TRIPLES)
    out["load ntriples s"] = time.perf_counter() - t0
    return out


def run_kg(directory: str, n_docs: int) -> dict:
    """kg's Store.query (rdflib terms) vs raw pyoxigraph, and replace_graph, on the on-disk store."""
    import pyoxigraph as ox

    from kg.rdf.terms import from_oxigraph
    from kg.store.embedded import Store

    out: dict = {}
    with Store.open(directory) as store:
        raw = store.oxigraph
        for name, q in QUERIES.items():
            out[f"raw {name} s"], _ = _timed(lambda q=q: [tuple(s) for s in raw.query(q)])
            out[f"kg {name} s"], res = _timed(lambda q=q: store.query(q))
            out[f"rows {name}"] = _rows_key(res.rows)
        # replace_graph of documents already in the store: the path of a re-run `kg build`.
        graphs = [f"{ID}doc/d{d}" for d in range(min(n_docs, 300))]
        contents = []
        for g in graphs:
            quads = raw.quads_for_pattern(None, None, None, ox.NamedNode(g))
            contents.append(
                [(from_oxigraph(q.subject), from_oxigraph(q.predicate), from_oxigraph(q.object)) for q in quads]
            )
        t0 = time.perf_counter()
        for g, triples in zip(graphs, contents, strict=True):
            store.replace_graph(g, triples)
        out["unchanged ms/doc"] = 1000 * (time.perf_counter() - t0) / len(graphs)
        from rdflib import Literal, URIRef

        changed = [
            t + [(URIRef(g), URIRef(KG + "documentId"), Literal(f"v2-{g}"))]
            for g, t in zip(graphs, contents, strict=True)
        ]
        t0 = time.perf_counter()
        for g, triples in zip(graphs, changed, strict=True):
            store.replace_graph(g, triples)
        out["replace_graph ms/doc"] = 1000 * (time.perf_counter() - t0) / len(graphs)
        out["replace_graph triples/doc"] = sum(map(len, contents)) / len(graphs)
    return out


def _in_worker(fn, *args):  # noqa: ANN001, ANN202
    ctx = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=ctx) as pool:
        return pool.submit(fn, *args).result()


# ---------------------------------------------------------------------------------------------
# report


def _fmt(v) -> str:  # noqa: ANN001
    if v is None:
        return "timeout"
    if isinstance(v, float):
        return f"{v:.3f}" if v < 100 else f"{v:.0f}"
    return str(v)


def _ratio(a, b) -> str:  # noqa: ANN001
    if a is None or b is None or b == 0:
        return "n/a"
    return f"{a / b:.1f}x"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="size of the synthetic graph")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--query-timeout", type=float, default=600.0, help="seconds per rdflib query")
    parser.add_argument("--skip-rdflib", action="store_true", help="measure Oxigraph only")
    args = parser.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="kg-store-bench-"))
    try:
        nq, nt = tmp / "data.nq", tmp / "union.nt"
        t0 = time.perf_counter()
        n_quads, n_docs = generate(args.triples, nq, seed=args.seed)
        n_triples = union_ntriples(nq, nt)
        print(
            f"data: {n_quads:,} quads in {n_docs:,} document graphs, {n_triples:,} distinct triples "
            f"({nq.stat().st_size / 2**20:.0f} MiB N-Quads), generated in {time.perf_counter() - t0:.1f} s",
            flush=True,
        )
        results = {}
        if not args.skip_rdflib:
            results["rdflib"] = _in_worker(run_rdflib, str(nq), str(nt), args.query_timeout)
            print("rdflib done", flush=True)
        results["oxigraph-memory"] = _in_worker(run_oxigraph, str(nq), str(nt), None)
        disk = tmp / "oxigraph"
        results["oxigraph-disk"] = _in_worker(run_oxigraph, str(nq), str(nt), str(disk))
        kg = _in_worker(run_kg, str(disk), n_docs)

        metrics = [
            "load nquads s",
            "merge default graph s",
            "peak MiB",
            "load ntriples s",
            "turtle export s",
        ] + [f"query {n} s" for n in QUERIES]
        backends = list(results)
        print()
        print(f"{'metric':26}" + "".join(f"{b:>18}" for b in backends))
        for m in metrics:
            print(f"{m:26}" + "".join(f"{_fmt(results[b][m]) if m in results[b] else '-':>18}" for b in backends))
        print(f"{'disk MiB':26}" + "".join(f"{_fmt(results[b].get('disk MiB', '-')):>18}" for b in backends))

        print()
        print(f"{'kg Store.query vs raw':26}{'raw pyoxigraph s':>18}{'kg Store.query s':>18}{'overhead':>10}")
        for n in QUERIES:
            print(
                f"{n:26}{_fmt(kg[f'raw {n} s']):>18}{_fmt(kg[f'kg {n} s']):>18}"
                f"{_ratio(kg[f'kg {n} s'], kg[f'raw {n} s']):>10}"
            )
        print(
            f"replace_graph on disk: {kg['replace_graph ms/doc']:.2f} ms per changed document "
            f"({kg['replace_graph triples/doc']:.0f} triples each), "
            f"{kg['unchanged ms/doc']:.2f} ms when unchanged"
        )

        # The backends must agree, or the timings compare different work.
        for n in QUERIES:
            answers = {b: results[b][f"rows {n}"] for b in backends if results[b][f"rows {n}"] is not None}
            answers["kg"] = kg[f"rows {n}"]
            first = next(iter(answers.values()))
            if any(a != first for a in answers.values()):
                print(
                    f"WARNING: backends disagree on query {n!r}: "
                    + ", ".join(f"{b}={len(a)} rows" for b, a in answers.items())
                )

        print()
        for other in ("oxigraph-memory", "oxigraph-disk"):
            if "rdflib" not in results:
                break
            r, o = results["rdflib"], results[other]
            print(
                f"ratio rdflib/{other}: "
                + ", ".join(f"{m.removesuffix(' s')} {_ratio(r.get(m), o.get(m))}" for m in metrics if m in r)
            )
        for n in QUERIES:
            print(f"ratio kg-query/raw-pyoxigraph {n}: {_ratio(kg[f'kg {n} s'], kg[f'raw {n} s'])}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
