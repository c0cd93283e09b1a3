"""Writing kg documents to a SPARQL server: Graph Store Protocol PUT vs SPARQL Update INSERT DATA.

Starts a private Virtuoso (tests/virtuoso.py), writes the same N kg-shaped documents with
RemoteStore over the Graph Store Protocol and over SPARQL Update only, rebuilds them unchanged,
and prints times and their ratio, measured in one run.

    .venv/bin/python benchmarks/remote_bench.py --documents 100
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from rdflib import RDF, RDFS, Literal
from rdflib.namespace import XSD

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
import virtuoso  # noqa: E402

from kg.rdf.iri import document_iri  # noqa: E402
from kg.rdf.vocab import ID, KG, SEM  # noqa: E402
from kg.store.remote import RemoteStore  # noqa: E402


def document(i: int, *, events: int = 12) -> list[tuple]:
    """About 150 triples: actors shared across documents, events with all roles, a sentence label."""
    triples = []
    for k in range(events):
        e = ID[f"event/d{i}-e{k}"]
        agent, target = ID[f"actor/a{(i + k) % 50}"], ID[f"actor/a{(i * 7 + k) % 50}"]
        place = ID[f"place/p{k % 20}"]
        triples += [
            (e, RDF.type, KG.Attack),
            (e, RDF.type, SEM.Event),
            (e, KG.agent, agent),
            (e, KG.target, target),
            (e, SEM.hasPlace, place),
            (e, KG.confidence, Literal("0.8", datatype=XSD.decimal)),
            (e, KG.modality, KG.Asserted),
            (e, KG.polarity, KG.Positive),
            (e, SEM.hasTimeStamp, Literal(f"2016-{1 + k % 12:02d}-01", datatype=XSD.date)),
            (e, RDFS.comment, Literal(f'Sentence {k} of document {i}: "they attacked"')),
        ]
        for a in (agent, target):
            triples += [(a, RDF.type, KG.Actor), (a, RDFS.label, Literal(f"Actor {a[-2:]}"))]
    return triples


def run(url: str, docs: dict, *, gsp: bool) -> tuple[float, float]:
    with RemoteStore.open(url, gsp_url=None if gsp else "") as store:
        t = time.perf_counter()
        for g, triples in docs.items():
            store.replace_graph(g, triples)
        write = time.perf_counter() - t
        t = time.perf_counter()
        for g, triples in docs.items():
            assert not store.replace_graph(g, triples)
        rebuild = time.perf_counter() - t
        for g in docs:
            store.remove_graph(g)
    return write, rebuild


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100)
    args = parser.parse_args()
    docs = {document_iri(f"bench{i}"): document(i) for i in range(args.documents)}
    triples = sum(len(set(t)) for t in docs.values())
    server = virtuoso.start()
    try:
        print(f"{len(docs)} documents, {triples:,} triples, Virtuoso at {server.sparql}")
        results = {}
        for name, gsp in (("graph store protocol", True), ("sparql update", False)):
            results[name] = run(server.sparql, docs, gsp=gsp)
            write, rebuild = results[name]
            print(
                f"{name:<22} write {write:6.2f} s ({1000 * write / len(docs):5.1f} ms/doc)   "
                f"rebuild unchanged {rebuild:6.2f} s ({1000 * rebuild / len(docs):5.1f} ms/doc)"
            )
        ratio = results["sparql update"][0] / results["graph store protocol"][0]
        print(f"ratio write sparql-update/graph-store-protocol: {ratio:.2f}x")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
