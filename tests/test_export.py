"""kg export: every format re-parses (pyoxigraph) to the same graph or dataset; Turtle also passes rapper."""

from __future__ import annotations

import shutil
import subprocess

import pyoxigraph as ox
import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD
from typer.testing import CliRunner

from kg.cli import app
from kg.rdf.vocab import KG
from kg.store.embedded import Store

runner = CliRunner()
DOCS = ["https://w3id.org/kg/id/doc/d-1", "https://w3id.org/kg/id/doc/d-2"]
ISIS = URIRef("https://w3id.org/kg/id/actor/isis-1")
TRICKY = Literal('quote " backslash \\ newline \n tab \t — 北京 \U0001f600', lang="en")


def _triples(i: int) -> list:
    event = URIRef(f"https://w3id.org/kg/id/event/e-{i}")
    return [
        (ISIS, RDF.type, KG.Actor),
        (ISIS, RDFS.label, Literal("Islamic State")),
        (event, RDF.type, KG.Attack),
        (event, KG.agent, ISIS),
        (event, KG.confidence, Literal("0.8", datatype=XSD.decimal)),
        (event, RDFS.comment, TRICKY if i == 0 else Literal(f"doc {i}")),
    ]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("export") / "store"
    with Store.open(path) as s:
        for i, doc in enumerate(DOCS):
            s.replace_graph(doc, _triples(i))
    return str(path)


def _expected_dataset() -> ox.Dataset:
    from kg.rdf.terms import to_oxigraph

    ds = ox.Dataset()
    for i, doc in enumerate(DOCS):
        for t in _triples(i):
            ds.add(ox.Quad(*map(to_oxigraph, t), ox.NamedNode(doc)))
    return ds


def _expected_graph(graph: str | None = None) -> set:
    return {
        (q.subject, q.predicate, q.object)
        for q in _expected_dataset()
        if graph is None or q.graph_name == ox.NamedNode(graph)
    }


FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ttl": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
}


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_reparses_to_the_same_data(store, fmt):
    result = runner.invoke(app, ["export", "--format", fmt, "--store", store])
    assert result.exit_code == 0, result.output
    rdf_format = FORMATS[fmt]
    quads = list(ox.parse(result.stdout_bytes, rdf_format))
    if rdf_format.supports_datasets:
        # No blank nodes in kg's data, so equal quad sets are isomorphic datasets.
        got = ox.Dataset(quads)
        got.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
        expected = _expected_dataset()
        expected.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
        assert got == expected
    else:
        assert {(q.subject, q.predicate, q.object) for q in quads} == _expected_graph()


def test_one_graph_to_a_file(store, tmp_path):
    out = tmp_path / "d2.nt"
    result = runner.invoke(
        app, ["export", "--format", "nt", "--graph", DOCS[1], "--output", str(out), "--store", store]
    )
    assert result.exit_code == 0, result.output
    got = {(q.subject, q.predicate, q.object) for q in ox.parse(path=str(out), format=ox.RdfFormat.N_TRIPLES)}
    assert got == _expected_graph(DOCS[1])
    missing = runner.invoke(app, ["export", "--graph", "https://w3id.org/kg/id/doc/none", "--store", store])
    assert missing.exit_code == 1 and "no graph" in missing.stderr


@pytest.mark.skipif(
    shutil.which("rapper") is None, reason="rapper not installed: apt-get install raptor2-utils (.ci/run does)"
)
@pytest.mark.parametrize("graph", [None, DOCS[0]])
def test_turtle_passes_rapper(store, tmp_path, graph):
    out = tmp_path / "graph.ttl"
    args = ["export", "--output", str(out), "--store", store] + (["--graph", graph] if graph else [])
    assert runner.invoke(app, args).exit_code == 0
    checked = subprocess.run(["rapper", "-i", "turtle", "-c", str(out)], capture_output=True, text=True, timeout=60)
    assert checked.returncode == 0, checked.stderr
    assert f"returned {len(_expected_graph(graph))} triples" in checked.stderr


def test_blank_nodes_survive_as_blank_nodes(tmp_path):
    path = tmp_path / "store"
    with Store.open(path) as s:
        s.replace_graph(DOCS[0], [(BNode("x"), RDFS.label, Literal("b"))])
    result = runner.invoke(app, ["export", "--format", "nt", "--store", str(path)])
    (triple,) = list(ox.parse(result.stdout_bytes, ox.RdfFormat.N_TRIPLES))
    assert isinstance(triple.subject, ox.BlankNode)
