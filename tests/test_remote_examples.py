"""Every shipped example, and queries whose words only look like dataset or update clauses, answer the same on
a real SPARQL server (Virtuoso) as on kg's embedded store; kg validate works against the server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import virtuoso
from rdflib import RDF
from test_examples import EXAMPLES, example_documents
from typer.testing import CliRunner

from kg.cli import app
from kg.incidents.sync import INCIDENTS_GRAPH, update_incidents
from kg.rdf.conformance import check_store
from kg.rdf.iri import document_iri
from kg.rdf.triples import wkt_point
from kg.rdf.vocab import GEO, ID
from kg.serve.formats import display
from kg.store.embedded import Store
from kg.store.remote import RemoteStore
from kg.store.results import SelectResult


@pytest.fixture(scope="module")
def server() -> Iterator[virtuoso.Virtuoso]:
    with virtuoso.running() as s:
        yield s


def _fill(store: Store | RemoteStore) -> None:
    for doc in example_documents():
        store.replace_graph(doc.iri, doc.triples)
    update_incidents(store)


@pytest.fixture(scope="module")
def stores(server: virtuoso.Virtuoso) -> Iterator[tuple[Store, RemoteStore]]:
    with Store.memory() as local, RemoteStore.open(server.sparql) as remote:
        _fill(local)
        _fill(remote)
        yield local, remote


def rows(result: object) -> list[tuple[str, ...]]:
    """The rows as displayed, sorted (ties in ORDER BY may come in any order), duplicates kept; a GROUP_CONCAT
    list (", ") is sorted too, since SPARQL leaves its order to the engine."""
    assert isinstance(result, SelectResult)
    return sorted(tuple(", ".join(sorted(display(t).split(", "))) for t in row) for row in result.rows)


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.rq")))
def test_example_answers_as_the_embedded_store(stores: tuple[Store, RemoteStore], name: str) -> None:
    local, remote = stores
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    expected = rows(local.query(text))
    assert expected, f"{name} finds nothing in the test data, so the comparison would prove nothing"
    assert rows(remote.query(text)) == expected


LOOKALIKES = [
    # A ?from variable, and "from"/"with"/"insert" in comments and strings: no dataset clause, no update.
    "SELECT ?from WHERE { ?e kg:defectedFrom ?f . ?f rdfs:label ?from }",
    "# events with their agents, from every document\nSELECT ?e ?a WHERE { ?e kg:agent ?a }",
    'SELECT ?e WHERE { ?e kg:agent ?a . FILTER(?a != "from x with y; insert data { }") }',
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } # FROM <urn:x:all> WITH <urn:x:g> DELETE { ?s ?p ?o }",
]


@pytest.mark.parametrize("sparql", LOOKALIKES)
def test_words_that_look_like_clauses(stores: tuple[Store, RemoteStore], sparql: str) -> None:
    local, remote = stores
    expected = rows(local.query(sparql))
    assert expected and rows(remote.query(sparql)) == expected


def test_a_query_with_its_own_dataset(stores: tuple[Store, RemoteStore]) -> None:
    # FROM names the query's own default graph: one document's triples, not the merged graph.
    local, remote = stores
    doc = str(example_documents()[0].iri)
    sparql = f"SELECT (COUNT(*) AS ?n) FROM <{doc}> WHERE {{ ?s ?p ?o }}"
    one = rows(remote.query(sparql))
    everything = rows(remote.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))
    assert one == [(str(len(example_documents()[0].triples)),)] and one != everything


def test_kg_validate_store_url(server: virtuoso.Virtuoso, stores: tuple[Store, RemoteStore]) -> None:
    # Virtuoso answers geo:wktLiteral as its virtrdf:Geometry in single precision; kg reads it back, so the
    # server's report is the embedded store's (the hand-made events lack mentions: the same violations).
    local, remote = stores
    place, point = document_iri("geo-1"), ID["geometry/test-point"]
    for store in stores:
        store.replace_graph(place, [(point, RDF.type, GEO.Geometry), (point, GEO.asWKT, wkt_point(44.692, 33.5078))])
    try:
        expected = check_store(local)
        assert not expected.conforms and not any(v.path == GEO.asWKT for v in expected.violations)
        assert check_store(remote) == expected
        solutions = remote.raw_query(f"SELECT ?w WHERE {{ GRAPH <{place}> {{ ?g geo:asWKT ?w }} }}")
        wkt = [(sol["w"].value, sol["w"].datatype.value) for sol in solutions]
        assert wkt == [("POINT(44.692 33.5078)", str(GEO.wktLiteral))]
        result = CliRunner().invoke(app, ["validate", "--store", server.sparql])
        assert result.exit_code == 1
        assert (
            f"{server.sparql} does not conform to kg's shapes: {len(expected.violations)} violations" in result.output
        )
    finally:
        for store in stores:
            store.remove_graph(place)


def _incidents(store: Store | RemoteStore) -> set[tuple[str, ...]]:
    result = store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{INCIDENTS_GRAPH}> {{ ?s ?p ?o }} }}")
    assert isinstance(result, SelectResult)
    return {tuple(str(t) for t in row) for row in result.rows}


def test_incidents_follow_a_removed_document_on_the_server(stores: tuple[Store, RemoteStore]) -> None:
    """Relinking takes out and puts in only the incidents that changed (patch_graph), on either store."""
    local, remote = stores
    before = _incidents(local)
    assert _incidents(remote) == before
    doc = next(d for d in example_documents() if any("Attack" in str(o) for _, p, o in d.triples if p == RDF.type))
    for store in (local, remote):
        store.remove_graph(doc.iri)
        update_incidents(store)
    assert _incidents(remote) == _incidents(local) != before
    for store in (local, remote):
        store.replace_graph(doc.iri, doc.triples)
        update_incidents(store)
    assert _incidents(remote) == _incidents(local) == before
