"""kg load: RDF files into named graphs of the store, read back with the tools users use (issue 18)."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, XSD
from typer.testing import CliRunner

from kg.cli import app
from kg.rdf.iri import document_iri
from kg.rdf.vocab import KG
from kg.store.embedded import Store
from kg.store.load import graph_for

ONTOLOGY = Path(__file__).parent.parent / "ontology" / "kg.ttl"
EX = "http://example.org/"


def kg(*args: str):
    return CliRunner().invoke(app, list(args))


def _graph(store_path: Path, graph: str) -> Graph:
    with Store.open(store_path, read_only=True) as store:
        data = store.dump(format="ntriples", graph=graph)
    assert data is not None
    return Graph().parse(data=data, format="nt")


def test_the_ontology_loads_into_a_graph_named_after_the_file(tmp_path: Path) -> None:
    store = tmp_path / "store"
    result = kg("load", str(ONTOLOGY), "--store", str(store))
    assert result.exit_code == 0, result.stderr
    graph = graph_for(ONTOLOGY)
    assert graph == "https://w3id.org/kg/id/graph/file/kg.ttl"
    # The loaded graph is the file's graph (blank nodes and all), compared as graphs; Oxigraph stores a decimal
    # in its canonical form ("0.0" as "0"), the same value.
    assert isomorphic(_canonical(_graph(store, graph)), _canonical(Graph().parse(ONTOLOGY)))
    # Queries see it through the merged default graph, and kg stats counts it.
    ask = kg("query", "ASK { kg:Airstrike rdfs:subClassOf kg:Attack }", "-f", "json", "--store", str(store))
    assert ask.exit_code == 0 and '"boolean": true' in ask.stdout, ask.stderr
    stats = kg("stats", "--store", str(store))
    assert "loaded graphs" in stats.stdout and f"{graph}  {len(Graph().parse(ONTOLOGY))} triples" in stats.stdout
    with Store.open(store, read_only=True) as s:
        assert s.stats().loaded == {graph: len(Graph().parse(ONTOLOGY))} and s.stats().documents == 0


def _canonical(g: Graph) -> Graph:
    out = Graph()
    for s, p, o in g:
        if isinstance(o, Literal) and o.datatype == XSD.decimal and "." in o:
            o = Literal(str(o).rstrip("0").rstrip("."), datatype=XSD.decimal)
        out.add((s, p, o))
    return out


def test_loading_again_replaces_and_the_store_forgets_what_left(tmp_path: Path) -> None:
    store = tmp_path / "store"
    with Store.open(store) as s:  # a store with a document, as kg build leaves it
        s.replace_graph(document_iri("d1"), [(URIRef(EX + "a"), RDF.type, KG.Actor)])
    facts = tmp_path / "facts.ttl"
    facts.write_text(f"<{EX}a> <{RDFS.label}> 'old' .\n<{EX}a> <{RDFS.comment}> 'kept' .\n", "utf-8")
    assert kg("load", str(facts), "--store", str(store)).exit_code == 0
    facts.write_text(f"<{EX}a> <{RDFS.label}> 'new' .\n<{EX}a> <{RDFS.comment}> 'kept' .\n", "utf-8")
    result = kg("load", str(facts), "--store", str(store))
    assert result.exit_code == 0 and "2 triples from" in result.stderr and "(replaced)" in result.stderr
    labels = kg("query", f"SELECT ?l WHERE {{ <{EX}a> rdfs:label ?l }}", "-f", "csv", "--store", str(store))
    assert labels.stdout.split() == ["l", "new"]
    assert "(unchanged)" in kg("load", str(facts), "--store", str(store)).stderr
    stats = kg("stats", "--store", str(store)).stdout
    assert "loaded graphs" in stats and "https://w3id.org/kg/id/graph/file/facts.ttl  2 triples" in stats
    # --graph puts them elsewhere; the document graph was never touched.
    assert kg("load", str(facts), "--graph", EX + "g", "--store", str(store)).exit_code == 0
    assert len(_graph(store, EX + "g")) == 2 and len(_graph(store, str(document_iri("d1")))) == 1


def test_a_previous_export_loads_back_as_its_document_graphs(tmp_path: Path) -> None:
    source = tmp_path / "source"
    with Store.open(source) as s:
        for i in range(3):
            actor = URIRef(f"{EX}actor/{i}")
            s.replace_graph(document_iri(f"d{i}"), [(actor, RDF.type, KG.Actor), (actor, RDFS.label, Literal(f"é{i}"))])
    export = tmp_path / "all.nq"
    assert kg("export", "-o", str(export), "--store", str(source)).exit_code == 0
    target = tmp_path / "target"
    result = kg("load", str(export), "--store", str(target))
    assert result.exit_code == 0, result.stderr
    exported, reloaded = Dataset(), Dataset()
    exported.parse(export, format="nquads")
    with Store.open(target, read_only=True) as s:
        reloaded.parse(data=s.dump(format="nquads"), format="nquads")
        assert s.stats().documents == 3 and len(s) == 6  # N-Quads kept their graphs; the merge is rebuilt
    assert {(str(g), *t) for t, g in _quads(exported)} == {(str(g), *t) for t, g in _quads(reloaded)}


def _quads(ds: Dataset):
    for s, p, o, g in ds.quads((None, None, None, None)):
        if g is not None and str(g).startswith("https://w3id.org/kg/id/doc/"):
            yield (s, p, o), g


@pytest.mark.parametrize(("suffix", "fmt"), [(".nt", "nt"), (".trig", "trig"), (".jsonld", "json-ld"), (".rdf", "xml")])
def test_every_format_loads_from_its_extension(tmp_path: Path, suffix: str, fmt: str) -> None:
    g = Graph()
    g.add((URIRef(EX + "s"), RDFS.label, Literal("Straße", lang="de")))
    g.add((URIRef(EX + "s"), URIRef(EX + "n"), Literal(3)))
    path = tmp_path / f"data{suffix}"
    if fmt == "trig":  # rdflib writes a Graph's triples into a graph named by a blank node; TriG's default graph is { }
        path.write_text("{ " + g.serialize(format="nt") + " }", "utf-8")
    else:
        g.serialize(path, format=fmt)
    store = tmp_path / "store"
    result = kg("load", str(path), "--store", str(store))
    assert result.exit_code == 0, result.stderr
    assert isomorphic(_graph(store, graph_for(path)), g)


def test_the_format_option_overrides_the_extension(tmp_path: Path) -> None:
    path = tmp_path / "facts.txt"
    path.write_text(f"<{EX}s> <{EX}p> <{EX}o> .\n", "utf-8")
    store = tmp_path / "store"
    unknown = kg("load", str(path), "--store", str(store))
    assert unknown.exit_code == 2 and "give -f/--format" in unknown.stderr
    assert kg("load", str(path), "-f", "nt", "--store", str(store)).exit_code == 0
    assert len(_graph(store, graph_for(path))) == 1


def test_a_syntax_error_names_the_file_and_changes_nothing(tmp_path: Path) -> None:
    good, bad = tmp_path / "good.ttl", tmp_path / "bad.ttl"
    good.write_text(f"<{EX}s> <{EX}p> <{EX}o> .\n", "utf-8")
    bad.write_text(f"<{EX}s> <{EX}p> <{EX}o> .\n<{EX}s> <{EX}p> 'unterminated .\n", "utf-8")
    store = tmp_path / "store"
    result = kg("load", str(good), str(bad), "--store", str(store))
    assert result.exit_code == 1
    assert (
        result.stderr.startswith(f"kg: error: cannot load {bad}: turtle syntax error")
        and result.stderr.count("\n") == 1
    )
    assert not store.exists()  # parsed before the store opened: nothing written, not even the good file
    invalid = kg("load", str(good), "--graph", "not an iri", "--store", str(store))
    assert invalid.exit_code == 2 and "is not an absolute IRI" in invalid.stderr


def test_oxigraph_reads_what_was_loaded(tmp_path: Path) -> None:
    # The store folder is a plain Oxigraph store: pyoxigraph itself finds the loaded graph.
    store = tmp_path / "store"
    assert kg("load", str(ONTOLOGY), "--store", str(store)).exit_code == 0
    raw = ox.Store.read_only(str(store))
    assert ox.NamedNode(graph_for(ONTOLOGY)) in set(raw.named_graphs())
