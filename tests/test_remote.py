"""kg against a real SPARQL 1.1 server: a private Virtuoso on 127.0.0.1 (tests/virtuoso.py).

Build -> query -> rebuild -> export through kg.store.remote.RemoteStore, compared with the embedded
store holding the same documents; N-Quads shards loaded with Virtuoso's own bulk loader.
Skipped, with the reason, only where virtuoso-t is not installed (.ci/run installs it).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import XSD
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import QueryError, StoreError
from kg.rdf.iri import document_iri
from kg.rdf.vocab import ID, INCIDENTS_GRAPH, KG, SEM
from kg.store.base import is_url
from kg.store.embedded import Store
from kg.store.remote import DOCUMENT_GRAPH_BASE, MERGED_GRAPH, RemoteStore
from kg.store.results import SelectResult
from kg.store.shards import write_shards

sys.path.insert(0, str(Path(__file__).parent))
import virtuoso  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
D = [document_iri(f"d{i}") for i in range(4)]


def actor(name: str, label: str | None = None) -> list[tuple]:
    a = ID[f"actor/{name}"]
    return [(a, RDF.type, KG.Actor), (a, RDF.type, KG.ArmedGroup), (a, RDFS.label, Literal(label or name.title()))]


def attack(name: str, agent: str, target: str, *, time: str = "2016-05-01") -> list[tuple]:
    e = ID[f"event/{name}"]
    return [
        (e, RDF.type, KG.Attack),
        (e, RDF.type, SEM.Event),
        (e, KG.agent, ID[f"actor/{agent}"]),
        (e, KG.target, ID[f"actor/{target}"]),
        (e, KG.confidence, Literal("0.8", datatype=XSD.decimal)),
        (e, KG.modality, KG.Asserted),
        (e, KG.polarity, KG.Positive),
        (e, SEM.hasTimeStamp, Literal(time, datatype=XSD.date)),
    ]


# Literals kg writes from news text: quotes, newlines, tabs, backslashes, emoji, right-to-left, tags.
TRICKY = [
    (ID["event/t"], RDFS.comment, Literal('He said "strike"\nthen\tleft \\ 🙂 الدولة الإسلامية')),
    (ID["event/t"], RDFS.label, Literal("attaque", lang="fr")),
    (ID["event/t"], KG.confidence, Literal("1", datatype=XSD.integer)),
]

DOCS = {
    D[0]: actor("isis") + actor("iraq") + attack("e1", "isis", "iraq"),
    D[1]: actor("isis") + actor("kurds") + attack("e2", "isis", "kurds") + attack("e3", "kurds", "isis"),
    D[2]: actor("iraq") + actor("kurds") + attack("e4", "iraq", "kurds", time="2016-06-02") + TRICKY,
}


@pytest.fixture(scope="module")
def server() -> Iterator[virtuoso.Virtuoso]:
    with virtuoso.running() as s:
        yield s


@pytest.fixture(scope="module")
def remote(server: virtuoso.Virtuoso) -> Iterator[RemoteStore]:
    with RemoteStore.open(server.sparql) as store:
        for g, triples in DOCS.items():
            assert store.replace_graph(g, triples)
        yield store


@pytest.fixture(scope="module")
def local() -> Iterator[Store]:
    store = Store.memory()
    for g, triples in DOCS.items():
        store.replace_graph(g, triples)
    yield store


def rows(result: SelectResult) -> set[tuple]:
    return set(result.rows)


def dataset(data: bytes) -> set[str]:
    """N-Quads as a set of quads in Oxigraph's canonical text (kg's test data has no blank nodes)."""
    return {str(q) for q in ox.parse(data, ox.RdfFormat.N_QUADS)}


def graph(data: bytes, fmt: str = "nt") -> Graph:
    return Graph().parse(data=data, format=fmt)


QUERIES = [
    "SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a sem:Event, ?type . FILTER(?type != sem:Event) } "
    "GROUP BY ?type",
    "SELECT ?label WHERE { ?a a kg:Actor ; rdfs:label ?label }",  # each label once: the merged graph
    "SELECT ?agent ?target WHERE { ?e kg:agent ?agent ; kg:target ?target ; sem:hasTimeStamp ?t . "
    "FILTER(?t >= '2016-06-01'^^xsd:date) }",
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
    f'FILTER(STRSTARTS(STR(?g), "{DOCUMENT_GRAPH_BASE}")) }} GROUP BY ?g',
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",  # no system graphs, no duplicates
]


@pytest.mark.parametrize("sparql", QUERIES)
def test_queries_answer_as_the_embedded_store(remote: RemoteStore, local: Store, sparql: str) -> None:
    assert rows(remote.query(sparql)) == rows(local.query(sparql))


def test_graphs_merged_graph_and_stats(remote: RemoteStore, local: Store) -> None:
    assert remote.graphs() == sorted(str(g) for g in DOCS) == local.graphs()
    assert MERGED_GRAPH not in remote.graphs()
    assert len(remote) == len(local)
    r, s = remote.stats(), local.stats()
    assert (r.documents, r.quads, r.triples, r.events, r.actors) == (
        s.documents,
        s.quads,
        s.triples,
        s.events,
        s.actors,
    )
    assert r.events == {"Attack": 4}


def test_ask_construct_bindings_and_literals(remote: RemoteStore) -> None:
    assert remote.query("ASK { ?e kg:agent <https://w3id.org/kg/id/actor/isis> }").value
    construct = remote.query(
        "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?s = <https://w3id.org/kg/id/event/t>) }"
    )
    assert isomorphic(construct.graph(), graph_of(TRICKY))
    bound = remote.query("SELECT ?e WHERE { ?e kg:agent ?who }", bindings={"who": ID["actor/kurds"]})
    assert bound.column("e") == [ID["event/e3"]]


def graph_of(triples) -> Graph:  # noqa: ANN001
    g = Graph()
    for t in triples:
        g.add(t)
    return g


def test_rebuild_same_input_changes_nothing(remote: RemoteStore) -> None:
    before = dataset(remote.dump(format="nquads"))
    count = len(remote)
    for g, triples in DOCS.items():
        assert remote.replace_graph(g, triples) is False
    assert len(remote) == count
    assert dataset(remote.dump(format="nquads")) == before


def test_changed_document_replaces_exactly_its_graph(server: virtuoso.Virtuoso, local: Store) -> None:
    with RemoteStore.open(server.sparql) as remote:
        others = {g: graph(remote.dump(format="ntriples", graph=str(g))) for g in (D[0], D[2])}
        # d1 loses event e3 and the Kurds' description, which d2 still states.
        changed = actor("isis") + attack("e2", "isis", "kurds")
        assert remote.replace_graph(D[1], changed)
        try:
            assert isomorphic(graph(remote.dump(format="ntriples", graph=str(D[1]))), graph_of(changed))
            for g, before in others.items():
                assert isomorphic(graph(remote.dump(format="ntriples", graph=str(g))), before)
            # The merged graph drops e3 but keeps the Kurds (d2 still describes them).
            assert not remote.query("ASK { <https://w3id.org/kg/id/event/e3> ?p ?o }").value
            assert remote.query("ASK { <https://w3id.org/kg/id/actor/kurds> rdfs:label 'Kurds' }").value
            expected = Store.memory()
            for g, triples in {**DOCS, D[1]: changed}.items():
                expected.replace_graph(g, triples)
            assert isomorphic(graph(remote.dump(format="ntriples")), graph(expected.dump(format="ntriples")))
        finally:
            remote.replace_graph(D[1], DOCS[D[1]])


def test_update_fallback_batches_a_big_graph(server: virtuoso.Virtuoso) -> None:
    # No Graph Store Protocol: SPARQL Update in batches of 1,000 (Virtuoso fails above ~1,400).
    big = [(ID[f"event/big{i}"], RDFS.label, Literal(f'event {i} "quoted"')) for i in range(2_500)]
    g = document_iri("big")
    with RemoteStore.open(server.sparql, gsp_url="") as remote:
        assert remote.replace_graph(g, big)
        assert remote.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}").rows[0][0].value == 2500
        assert remote.replace_graph(g, big[:10])
        assert remote.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}").rows[0][0].value == 10
        assert (
            remote.query("SELECT (COUNT(*) AS ?n) WHERE { ?s rdfs:label ?l FILTER(STRSTARTS(?l, 'event ')) }")
            .rows[0][0]
            .value
            == 10
        )
        remote.remove_graph(g)
        assert str(g) not in remote.graphs()
        assert not remote.query("ASK { <https://w3id.org/kg/id/event/big1> ?p ?o }").value


def test_errors_are_one_line_messages(server: virtuoso.Virtuoso, remote: RemoteStore) -> None:
    # Checked here as the embedded store checks it: the line and column of the user's text, no request sent.
    with pytest.raises(QueryError, match="query line 1, column 17: '{' is never closed"):
        remote.query("SELECT ?x WHERE { ?x ")
    # What only the server refuses (SPARQL 1.2's LANGDIR, which Virtuoso lacks) comes back as its one line.
    with pytest.raises(QueryError, match="rejected the query: Virtuoso 37000 Error SP030"):
        remote.query("SELECT (LANGDIR(?o) AS ?d) WHERE { ?s ?p ?o }")
    with pytest.raises(QueryError, match="not updates"):
        remote.query("INSERT DATA { <http://a> <http://b> <http://c> }")
    with pytest.raises(StoreError, match="cannot store a triple"):
        remote.replace_graph(D[0], [(URIRef("not an iri"), RDFS.label, Literal("x"))])
    with pytest.raises(StoreError, match="cannot store a triple"):
        remote.replace_graphs([(D[3], actor("new")), (D[0], [(URIRef("bad iri"), RDFS.label, Literal("x"))])])
    assert str(D[3]) not in remote.graphs()  # a batch is checked whole before any write
    assert remote.query("ASK { <https://w3id.org/kg/id/event/e1> ?p ?o }").value  # the failed write changed nothing
    with pytest.raises(StoreError, match="cannot reach the SPARQL server"):
        RemoteStore.open("http://127.0.0.1:9/sparql")
    with RemoteStore.open(server.sparql, read_only=True) as ro, pytest.raises(StoreError, match="read-only"):
        ro.replace_graph(D[0], [])


def test_digest_auth_from_the_environment(server: virtuoso.Virtuoso, monkeypatch: pytest.MonkeyPatch) -> None:
    url = server.base + "/sparql-auth"
    with pytest.raises(StoreError, match="KG_STORE_USER"):
        RemoteStore.open(url)
    monkeypatch.setenv("KG_STORE_USER", "dba")
    monkeypatch.setenv("KG_STORE_PASSWORD", virtuoso.DBA_PASSWORD)
    with RemoteStore.open(url) as store:
        assert store.gsp_url.endswith("/sparql-graph-crud-auth")
        g = document_iri("auth")
        assert store.replace_graph(g, actor("auth"))
        assert str(g) in store.graphs()
        store.remove_graph(g)


def test_cli_query_export_report(server: virtuoso.Virtuoso, remote: RemoteStore, local: Store) -> None:
    runner = CliRunner()
    url = server.sparql
    assert is_url(url) and not is_url("kg-store")
    result = runner.invoke(
        app, ["query", "SELECT ?label WHERE { ?a a kg:Actor; rdfs:label ?label }", "--format", "csv", "--store", url]
    )
    assert result.exit_code == 0, result.output
    assert sorted(result.stdout.split()[1:]) == ["Iraq", "Isis", "Kurds"]
    result = runner.invoke(app, ["export", "--format", "nq", "--store", url])
    assert result.exit_code == 0, result.output
    assert dataset(result.stdout_bytes) == dataset(local.dump(format="nquads"))
    result = runner.invoke(app, ["export", "--format", "turtle", "--store", url])
    assert isomorphic(graph(result.stdout_bytes, "turtle"), graph(local.dump(format="ntriples")))
    result = runner.invoke(app, ["report", "--format", "csv", "--store", url])
    assert result.exit_code == 0, result.output
    assert {line.split(",")[1] for line in result.stdout.splitlines()[1:]} == {"Isis", "Iraq", "Kurds"}
    result = runner.invoke(app, ["query", "SELECT * { ?s ?p ?o }", "--store", "http://127.0.0.1:9/sparql"])
    assert result.exit_code == 1 and "cannot reach the SPARQL server" in result.output


def test_shards_load_with_virtuoso_bulk_loader(server: virtuoso.Virtuoso, remote: RemoteStore, tmp_path: Path) -> None:
    before = dataset(remote.dump(format="nquads"))
    sizes = {g: len(list(remote.quads(g))) for g in remote.graphs()}
    shard_size = max(sizes.values()) + 2  # room for one document and a bit, never for two
    paths = write_shards(remote, server.load_dir, shard_size=shard_size)
    assert [p.name for p in paths] == [f"kg-{i:05d}.nq" for i in range(1, len(paths) + 1)]
    per_graph: dict[str, int] = {}
    for p in paths:
        quads = list(ox.parse(path=str(p), format=ox.RdfFormat.N_QUADS))  # strict parser
        assert 0 < len(quads) <= shard_size
        graphs = {q.graph_name.value for q in quads}
        assert len(graphs) == 1  # whole documents, one per shard at this size
        per_graph[graphs.pop()] = len(quads)
    assert per_graph == sizes
    with pytest.raises(StoreError, match="already holds"):
        write_shards(remote, server.load_dir, shard_size=shard_size)

    # Empty the server's kg graphs, then load the shards with ld_dir + rdf_loader_run.
    for g in remote.graphs():
        remote.remove_graph(g)
    assert remote.graphs() == [] and len(remote) == 0
    out = server.isql(f"ld_dir('{server.load_dir}', 'kg-*.nq', 'http://example.org/unused'); rdf_loader_run();")
    loaded = server.isql("SELECT COUNT(*) FROM DB.DBA.LOAD_LIST WHERE ll_state = 2 AND ll_error IS NULL;")
    assert f"\n{len(paths)}\n" in loaded.replace(" ", ""), out + loaded
    remote.rebuild_default_graph()
    assert dataset(remote.dump(format="nquads")) == before
    assert len(remote) == len(
        remote.query(
            "SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
            f'FILTER(STRSTARTS(STR(?g), "{DOCUMENT_GRAPH_BASE}")) }}'
        )
    )


def test_cli_export_shards(local: Store, tmp_path: Path) -> None:
    folder = tmp_path / "kg"
    runner = CliRunner()
    store_dir = tmp_path / "store"
    with Store.open(store_dir) as s:
        for g, triples in DOCS.items():
            s.replace_graph(g, triples)
    result = runner.invoke(
        app, ["export", "--format", "nq", "--shard-size", "5", "--output", str(folder), "--store", str(store_dir)]
    )
    assert result.exit_code == 0, result.output
    shards = sorted(folder.glob("kg-*.nq"))
    total: set[str] = set()
    for p in shards:
        quads = dataset(p.read_bytes())
        assert 0 < len(quads) <= 5
        total |= quads
    assert total == dataset(local.dump(format="nquads"))
    result = runner.invoke(app, ["export", "--format", "ttl", "--shard-size", "5", "--store", str(store_dir)])
    assert result.exit_code == 2 and "--shard-size needs" in result.output


@pytest.mark.model
def test_kg_build_seeds_against_virtuoso(server: virtuoso.Virtuoso, tmp_path: Path) -> None:
    runner = CliRunner()
    url = server.sparql
    result = runner.invoke(app, ["build", str(ROOT / "seeds"), "--store", url])
    assert result.exit_code == 0, result.output
    local_dir = tmp_path / "store"
    assert runner.invoke(app, ["build", str(ROOT / "seeds"), "--store", str(local_dir)]).exit_code == 0
    with RemoteStore.open(url) as remote, Store.open(local_dir, read_only=True) as local:
        seeds = [*local.graphs(), INCIDENTS_GRAPH]  # the documents and the incidents kg derived from them
        remote_quads = {str(q) for g in seeds for q in remote.quads(g)}
        assert remote_quads == dataset(local.dump(format="nquads"))
        count = len(remote)
    # Rebuilding the same input leaves the triple count unchanged.
    assert runner.invoke(app, ["build", str(ROOT / "seeds"), "--store", url]).exit_code == 0
    with RemoteStore.open(url) as remote:
        assert len(remote) == count
