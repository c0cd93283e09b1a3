"""The persistent store: atomic graph replacement, the merged default graph, queries, exports, locking."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import XSD

from kg.errors import QueryError, StoreError
from kg.rdf.iri import document_iri
from kg.rdf.vocab import ID, KG, SEM
from kg.store.base import Statements
from kg.store.embedded import Store, iter_triples
from kg.store.results import AskResult, GraphResult, SelectResult
from kg.store.writes import statement

ROOT = Path(__file__).resolve().parent.parent
ISIS = ID["actor/islamic-state"]
IRAQ = ID["actor/iraq"]
D1, D2 = document_iri("d1"), document_iri("d2")


def actor(a: URIRef, label: str) -> list[tuple]:
    return [(a, RDF.type, KG.Actor), (a, RDFS.label, Literal(label))]


def attack(name: str, agent: URIRef, target: URIRef) -> list[tuple]:
    e = ID[f"event/{name}"]
    return [(e, RDF.type, KG.Attack), (e, RDF.type, SEM.Event), (e, KG.agent, agent), (e, KG.target, target)]


def graph_of(triples) -> Graph:  # noqa: ANN001
    g = Graph()
    for t in triples:
        g.add(t)
    return g


@pytest.fixture
def store(tmp_path: Path):  # noqa: ANN201
    with Store.open(tmp_path / "kg") as s:
        s.replace_graph(D1, actor(ISIS, "Islamic State") + actor(IRAQ, "Iraq") + attack("e1", ISIS, IRAQ))
        s.replace_graph(D2, actor(ISIS, "Islamic State") + attack("e2", ISIS, IRAQ))
        yield s


def test_graphs_and_merged_default_graph(store: Store) -> None:
    assert store.graphs() == sorted([str(D1), str(D2)])
    assert str(D1) in store
    # ISIS's two triples are in both document graphs but once in the default graph.
    assert len(store) == 4 + 8
    rows = store.query("SELECT ?label WHERE { ?a a kg:Actor ; rdfs:label ?label } ORDER BY ?label")
    assert rows.column("label") == [Literal("Iraq"), Literal("Islamic State")]
    per_doc = store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?n")
    assert [int(n) for n in per_doc.column("n")] == [6, 8]


def test_replace_graph_replaces_only_that_document(store: Store) -> None:
    store.replace_graph(D1, actor(ISIS, "Islamic State") + attack("e3", ISIS, IRAQ))
    events = store.query("SELECT ?e WHERE { ?e a kg:Attack } ORDER BY ?e").column("e")
    assert events == [ID["event/e2"], ID["event/e3"]]
    # Iraq's label was stated only by the old d1: gone; ISIS's is still stated by d2 (and new d1).
    assert not store.query("ASK { ?a rdfs:label 'Iraq' }")
    assert store.query("ASK { ?a rdfs:label 'Islamic State' }")
    store.replace_graph(D2, [])
    assert store.graphs() == [str(D1)]
    assert store.query("ASK { ?a rdfs:label 'Islamic State' }")
    store.remove_graph(D1)
    assert store.graphs() == [] and len(store) == 0


def test_replace_graph_skips_an_unchanged_graph(store: Store) -> None:
    same = actor(ISIS, "Islamic State") + attack("e2", ISIS, IRAQ)
    assert store.replace_graph(D2, reversed(same)) is False
    assert store.replace_graph(D2, same + [(ISIS, KG.alias, Literal("ISIS"))]) is True
    assert store.query("ASK { ?a kg:alias 'ISIS' }")
    assert store.replace_graph(document_iri("never-stored"), []) is False
    assert str(document_iri("never-stored")) not in store.graphs()


def test_replace_graph_is_atomic(store: Store) -> None:
    before = set(iter_triples(store))
    bad = attack("e9", ISIS, IRAQ) + [(ISIS, RDFS.label, URIRef("not an iri"))]
    with pytest.raises(StoreError, match="cannot store a triple"):
        store.replace_graph(D1, bad)
    assert set(iter_triples(store)) == before
    assert set(iter_triples(store, graph=str(D1))) == set(
        actor(ISIS, "Islamic State") + actor(IRAQ, "Iraq") + attack("e1", ISIS, IRAQ)
    )


def test_persists_across_open(tmp_path: Path) -> None:
    with Store.open(tmp_path / "kg") as s:
        s.replace_graph(D1, attack("e1", ISIS, IRAQ))
    with Store.open(tmp_path / "kg", create=False, read_only=True) as s:
        assert len(s) == 4
        with pytest.raises(StoreError, match="read-only"):
            s.replace_graph(D1, [])


literal_text = st.text(alphabet=st.characters(codec=None), max_size=40)
literals = st.one_of(
    st.builds(Literal, literal_text),
    st.builds(lambda t, lang: Literal(t, lang=lang), literal_text, st.sampled_from(["en", "ar", "zh-Hant", "en-GB"])),
    st.builds(lambda t: Literal(t, datatype=XSD.string), literal_text),
    st.builds(lambda n: Literal(str(n), datatype=XSD.integer), st.integers()),
    st.builds(lambda t: Literal(t, datatype=KG.confidence), literal_text),  # any datatype IRI, any text
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.lists(literals, min_size=1, max_size=5))
def test_any_literal_round_trips(values: list[Literal]) -> None:
    store = Store.memory()
    triples = [(ID[f"actor/a{i}"], KG.alias, v) for i, v in enumerate(values)]
    store.replace_graph(D1, triples)
    stored = graph_of(iter_triples(store))

    def expected(v: Literal) -> Literal:
        # Lone surrogates cannot be RDF; kg stores U+FFFD in their place.
        text = "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in str(v))
        if v.language:  # tags are case-insensitive; Oxigraph stores them in lower case
            return Literal(text, lang=v.language.lower())
        dt = None if v.datatype == XSD.string else v.datatype
        return Literal(text, datatype=dt)

    assert isomorphic(stored, graph_of((s, p, expected(o)) for s, p, o in triples))
    # ... and every export re-parses in a strict parser.
    for fmt, ox_fmt in (("ntriples", ox.RdfFormat.N_TRIPLES), ("turtle", ox.RdfFormat.TURTLE)):
        assert len(list(ox.parse(store.dump(format=fmt), ox_fmt))) == len(set(triples))


def test_query_result_kinds(store: Store) -> None:
    assert store.query("ASK { ?e a kg:Attack }") == AskResult(True)
    g = store.query("CONSTRUCT { ?a kg:alias ?l } WHERE { ?a rdfs:label ?l }")
    assert isinstance(g, GraphResult)
    assert set(g.triples) == {(ISIS, KG.alias, Literal("Islamic State")), (IRAQ, KG.alias, Literal("Iraq"))}
    sel = store.query("SELECT ?e ?missing WHERE { ?e kg:agent ?a OPTIONAL { ?e kg:nothing ?missing } }")
    assert isinstance(sel, SelectResult) and sel.variables == ("e", "missing")
    assert {row[1] for row in sel.rows} == {None}


def test_bindings_are_terms_never_query_text(store: Store) -> None:
    rows = store.query("SELECT * WHERE { ?e kg:target ?t ; kg:agent ?a }", bindings={"a": ISIS})
    assert len(rows) == 2
    sneaky = Literal('x" } ; DROP ALL ; SELECT * { ?s ?p "')
    assert len(store.query("SELECT * WHERE { ?a rdfs:label ?label }", bindings={"label": sneaky})) == 0
    assert len(store) == 12
    with pytest.raises(QueryError, match=r"must be in the SELECT list"):
        store.query("SELECT ?e WHERE { ?e kg:agent ?a }", bindings={"a": ISIS})


def test_query_errors_are_one_line(store: Store) -> None:
    with pytest.raises(QueryError) as err:
        store.query("SELECT ?x WHERE {\n  ?x ?p\n}")
    message = str(err.value)
    assert (
        "\n" not in message
        and "line 3, column" in message
        and message.startswith("query line 3, column 1: a triple needs")
    )
    with pytest.raises(QueryError, match="not updates"):
        store.query("PREFIX ex: <http://e/>\nINSERT DATA { ex:a ex:b ex:c }")
    with pytest.raises(QueryError, match="prefix 'nope:' is not declared"):
        store.query("SELECT * WHERE { ?s nope:p ?o }")
    assert len(store) == 12


def test_dump_formats(store: Store) -> None:
    union = graph_of(iter_triples(store))
    for fmt, parser in (("turtle", "turtle"), ("ntriples", "nt")):
        g = Graph().parse(data=store.dump(format=fmt), format=parser)
        assert isomorphic(g, union), fmt
    buf = io.BytesIO()
    store.dump(buf, format="nquads")
    for fmt, parser, data in (
        ("nquads", "nquads", buf.getvalue()),
        ("trig", "trig", store.dump(format="trig")),
    ):
        ds = Dataset()
        ds.parse(data=data, format=parser)
        names = {str(g.identifier) for g in ds.graphs() if len(g)}
        assert names == {str(D1), str(D2)}, fmt
        assert isomorphic(ds.graph(D2), graph_of(actor(ISIS, "Islamic State") + attack("e2", ISIS, IRAQ)))
    one = Graph().parse(data=store.dump(format="turtle", graph=str(D2)), format="turtle")
    assert isomorphic(one, graph_of(actor(ISIS, "Islamic State") + attack("e2", ISIS, IRAQ)))
    with pytest.raises(StoreError, match="unknown RDF format"):
        store.dump(format="csv")
    with pytest.raises(StoreError, match="no graph"):
        store.dump(format="turtle", graph="https://example.org/nothing")


def test_load_restores_an_export(store: Store, tmp_path: Path) -> None:
    data = store.dump(format="nquads")
    with Store.open(tmp_path / "copy") as copy:
        copy.load(data, format="nquads")
        assert copy.graphs() == store.graphs()
        assert set(iter_triples(copy)) == set(iter_triples(store))
        with pytest.raises(StoreError, match="no graphs"):
            copy.load(b"", format="ntriples")


def test_stats(store: Store) -> None:
    s = store.stats()
    assert (s.documents, s.quads, s.triples, s.actors, s.places) == (2, 14, 12, 2, 0)
    assert s.events == {"Attack": 2}
    assert s.size_bytes > 0 and s.path == str(store.path)


def test_open_errors(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"no kg store at .*run `kg build INPUT` first"):
        Store.open(tmp_path / "missing", create=False)
    with pytest.raises(StoreError, match="no kg store"):
        Store.open(tmp_path / "missing", read_only=True)
    assert not (tmp_path / "missing").exists()
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.txt").write_text("x")
    with pytest.raises(StoreError, match="not a kg store"):
        Store.open(tmp_path / "notes")
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="is a file"):
        Store.open(tmp_path / "file")


def test_same_path_twice_in_one_process_shares_the_store(tmp_path: Path) -> None:
    with Store.open(tmp_path / "kg") as writer:
        writer.replace_graph(D1, attack("e1", ISIS, IRAQ))
        with Store.open(tmp_path / "kg", read_only=True) as reader:
            assert len(reader) == 4
        writer.replace_graph(D2, attack("e2", ISIS, IRAQ))  # still open after the reader closed
    with Store.open(tmp_path / "kg", read_only=True) as reader:
        with pytest.raises(StoreError, match="open read-only in this process"):
            Store.open(tmp_path / "kg")
    with Store.open(tmp_path / "kg") as writer:  # the lock was released
        assert len(writer) == 8


def test_reopening_a_writer_keeps_its_quads_lock_and_snapshots_and_leaves_a_shared_handle_alone(
    tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    """Store.reopen (kg build's every 1,000 documents): a new Oxigraph handle on the same folder, nothing lost."""
    import os

    from kg.store import snapshots

    opened: list[str] = []
    real = ox.Store

    def opening(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        opened.append(str(args[0]) if args else "memory")
        return real(*args, **kwargs)

    path = tmp_path / "kg"
    with Store.open(path) as writer:
        writer.replace_graph(D1, attack("e1", ISIS, IRAQ))
        before = set(writer.oxigraph)
        monkeypatch.setattr(ox, "Store", opening)
        writer.reopen()
        assert opened == [str(path)] and set(writer.oxigraph) == before
        assert snapshots._WRITERS[os.path.realpath(path)].inner is writer.oxigraph  # publishes through the new one
        writer.replace_graph(D2, attack("e2", ISIS, IRAQ))
        assert len(writer) == 8
        held = writer.oxigraph
        writer.reopen()
        assert writer.oxigraph is held and len(opened) == 1  # something else holds the handle: left as it is
        del held
        with Store.open(path) as other:  # two Stores of one folder in this process share one handle
            writer.reopen()
            assert writer.oxigraph is other.oxigraph and len(opened) == 1
        writer.reopen()
        assert len(opened) == 2 and len(writer) == 8
        monkeypatch.undo()
        writer.publish()
        triples = len(writer.query("SELECT * WHERE { ?s ?p ?o }"))
        reader = subprocess.run(  # RocksDB's lock is held again: another process reads the snapshot just published
            [sys.executable, "-c", READER, str(path)], capture_output=True, text=True, cwd=ROOT, timeout=60
        )
        assert reader.stdout.strip() == str(triples) != "0", reader.stderr
        other = subprocess.run(
            [sys.executable, "-c", WRITER, str(path)], input="", capture_output=True, text=True, cwd=ROOT, timeout=60
        )
        assert other.returncode != 0 and "in use by another kg process" in other.stderr

        def taken(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 - another writer took the lock in between
            raise OSError("IO error: While lock file: LOCK: Resource temporarily unavailable")

        monkeypatch.setattr(ox, "Store", taken)
        with pytest.raises(StoreError, match="cannot open the store at .* again"):
            writer.reopen()
        monkeypatch.undo()
    with Store.open(path, read_only=True) as store:  # the failed reopen left nothing open in this process
        assert len(store) == 8 and sorted(store.graphs()) == sorted([str(D1), str(D2)])


WRITER = textwrap.dedent(
    """
    import sys
    from kg.store.embedded import Store
    store = Store.open(sys.argv[1])
    print("ready", flush=True)
    sys.stdin.read()
    store.close()
    """
)
READER = textwrap.dedent(
    """
    import sys
    from kg.store.embedded import Store
    with Store.open(sys.argv[1], read_only=True) as store:
        print(len(store.query("SELECT * WHERE { ?s ?p ?o }")))
    """
)


def test_another_process_writing_gives_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "kg"
    with Store.open(path) as s:
        s.replace_graph(D1, attack("e1", ISIS, IRAQ))
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert writer.stdout.readline().strip() == "ready"
        message = r"in use by another kg process; wait for it to finish or use another store folder"
        with pytest.raises(StoreError, match=message):
            Store.open(path)
        # A reader beside the writer reads the writer's snapshot (kg/store/snapshots.py), never the folder.
        with Store.open(path, read_only=True) as s:
            assert len(s) == 4 and s.graphs() == [str(D1)]
        # A writer that publishes no snapshots (pyoxigraph itself, or a kg from before them): readers refuse.
        shutil.rmtree(path / "snapshots")
        with pytest.raises(StoreError, match=message):
            Store.open(path, read_only=True)
    finally:
        writer.communicate("", timeout=30)
    assert writer.returncode == 0
    # With no writer, readers work, side by side.
    readers = [
        subprocess.Popen([sys.executable, "-c", READER, str(path)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
        for _ in range(3)
    ]
    assert [r.communicate(timeout=60)[0].strip() for r in readers] == ["4", "4", "4"]
    with Store.open(path, read_only=True) as s:
        assert len(s) == 4


def test_store_benchmark_runs_small() -> None:
    bench = ROOT / "benchmarks" / "store_bench.py"
    done = subprocess.run(
        [sys.executable, str(bench), "--triples", "20000"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "ratio rdflib/oxigraph-memory: load nquads " in out
    assert "ratio rdflib/oxigraph-disk: load nquads " in out
    assert out.count("ratio kg-query/raw-pyoxigraph") == 3
    assert "WARNING" not in out  # the backends agree on every query's rows


# --- the cache of shared statements already in the default graph ---------------------------------

POOL = (
    actor(ISIS, "Islamic State")
    + actor(IRAQ, "Iraq")
    + [(ISIS, KG.alias, Literal("ISIS")), (ISIS, KG.alias, Literal("IS"))]
    + attack("e1", ISIS, IRAQ)
)
DOCS = [document_iri(f"doc{k}") for k in range(4)]


def merged_equals_union(store: Store) -> bool:
    # Read through queries: store.oxigraph would empty the cache under test.
    default = set(store.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }").rows)
    union = set(store.query("SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }").rows)
    return default == union


operation = st.tuples(
    st.integers(0, 1),  # which of two handles on the same store writes
    st.lists(  # one batch: (document, its new triples as a subset of POOL (empty removes it), sent as Statements)
        st.tuples(st.sampled_from(DOCS), st.sets(st.integers(0, len(POOL) - 1)), st.booleans()),
        min_size=1,
        max_size=3,
        unique_by=lambda d: d[0],
    ),
)


def as_statements(triples: list[tuple]) -> Statements:
    """``triples`` as build workers send them."""
    return Statements.of(statement(t) for t in triples)


def graph_lines(store: Store, g: URIRef) -> set[str]:
    return {
        f"{q.subject} {q.predicate} {q.object}"
        for q in store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(g))
    }


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(operation, min_size=1, max_size=8))
def test_default_graph_stays_the_merge_whatever_the_writes(tmp_path: Path, ops: list) -> None:
    import uuid

    path = tmp_path / uuid.uuid4().hex
    with Store.open(path) as first, Store.open(path) as second:
        written: dict[URIRef, set[str]] = {}
        for who, batch in ops:
            store = (first, second)[who]
            triples = {g: [POOL[k] for k in sorted(picked)] for g, picked, _ in batch}
            store.replace_graphs([(g, as_statements(triples[g]) if text else triples[g]) for g, _, text in batch])
            assert merged_equals_union(first)
            written.update((g, {statement(t) for t in triples[g]}) for g in triples)
        for g, lines in written.items():
            assert graph_lines(first, g) == lines


def test_shared_statements_are_remembered_and_forgotten_when_they_may_leave(tmp_path: Path) -> None:
    from kg.store.sparql import run_update

    with Store.open(tmp_path / "kg") as store:
        store.replace_graphs([(DOCS[0], actor(ISIS, "Islamic State") + attack("e1", ISIS, IRAQ))])
        assert store._known  # ISIS's description is remembered ...
        assert not any("event/" in line.split(" ")[0] for line in store._known)  # ... events are not
        store.replace_graphs([(DOCS[1], actor(ISIS, "Islamic State") + attack("e2", ISIS, IRAQ))])
        # A user's update takes ISIS's label out of every graph; a new document states it again.
        run_update(store, f"DELETE WHERE {{ GRAPH ?g {{ <{ISIS}> rdfs:label ?l }} }}")
        assert not store._known
        store.replace_graphs([(DOCS[2], actor(ISIS, "Islamic State"))])
        assert merged_equals_union(store)
        assert store.query(f"ASK {{ <{ISIS}> rdfs:label 'Islamic State' }}").value is True
        # Removing a document forgets too, and the label stays as long as a document states it.
        store.remove_graph(DOCS[2])
        assert not store._known
        store.replace_graphs([(DOCS[3], actor(ISIS, "Islamic State"))])
        assert merged_equals_union(store)


def test_two_handles_on_one_store_share_what_they_remember(tmp_path: Path) -> None:
    with Store.open(tmp_path / "kg") as first, Store.open(tmp_path / "kg") as second:
        first.replace_graphs([(DOCS[0], actor(ISIS, "Islamic State"))])
        second.replace_graphs([(DOCS[0], actor(IRAQ, "Iraq"))])  # ISIS leaves the default graph
        first.replace_graphs([(DOCS[1], actor(ISIS, "Islamic State"))])  # and must come back
        assert merged_equals_union(first)


# --- new documents through Oxigraph's bulk loader -------------------------------------------------


def test_a_bad_statement_in_a_batch_of_new_documents_writes_none_of_them(tmp_path: Path) -> None:
    # Statements as build workers send them (text), so the bad one reaches Oxigraph's parser.
    good = [f"<{ISIS}> <{RDF.type}> <{KG.Actor}>", f'<{ISIS}> <{RDFS.label}> "Islamic State"']
    with Store.open(tmp_path / "kg") as store:
        with pytest.raises(StoreError, match="cannot write graph"):
            store.replace_graphs([(D1, good), (D2, good + [f"<{ISIS}> <{RDFS.label}> <not an iri>"])])
        assert store.graphs() == [] and len(store) == 0
        assert store.replace_graphs([(D1, good)]) == [True]  # and the store still takes writes
        assert len(store) == 2


def test_bulk_and_transactional_writes_store_the_same_quads(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    import kg.store.embedded

    batches = [
        [(D1, actor(ISIS, "Islamic State") + attack("e1", ISIS, IRAQ)), (D2, actor(IRAQ, "Iraq"))],
        [(DOCS[0], actor(ISIS, "Islamic State") + [(ISIS, KG.alias, Literal("ISIS"))])],
        [(D2, actor(IRAQ, "Iraq") + attack("e2", IRAQ, ISIS)), (DOCS[1], attack("e3", ISIS, IRAQ))],
    ]

    def write(store: Store) -> set[str]:
        for batch in batches:
            store.replace_graphs(batch)
        return {str(q) for q in store.oxigraph}

    with Store.open(tmp_path / "bulk") as store:
        bulk = write(store)
    monkeypatch.setattr(kg.store.embedded, "_BULK_MAX_QUADS", 4)  # every batch too big for one ingestion
    with Store.open(tmp_path / "txn") as store:
        transactional = write(store)
    assert bulk == transactional == write(Store.memory())
    assert len(bulk) > 20


def test_statements_store_what_their_triples_store(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    import kg.store.embedded

    batches = [
        [(D1, actor(ISIS, "Islamic State") + attack("e1", ISIS, IRAQ)), (D2, actor(IRAQ, 'Iraq "the state"\nof'))],
        [(DOCS[0], actor(ISIS, "Islamic State") + [(ISIS, KG.alias, Literal("ISIS"))]), (DOCS[1], [])],
        [(D2, actor(IRAQ, "Iraq") + attack("e2", IRAQ, ISIS)), (DOCS[1], attack("e3", ISIS, IRAQ))],
    ]

    def write(store: Store, *, text: bool) -> tuple[list[list[bool]], set[str]]:
        changed = [store.replace_graphs([(g, as_statements(t) if text else t) for g, t in batch]) for batch in batches]
        again = store.replace_graphs([(g, as_statements(t) if text else t) for g, t in batches[-1]])
        assert again == [False, False] and merged_equals_union(store)
        return changed, {str(q) for q in store.oxigraph}

    with Store.open(tmp_path / "triples") as store:
        expected = write(store, text=False)
    assert expected[0] == [[True, True], [True, False], [True, True]] and len(expected[1]) > 20
    with Store.open(tmp_path / "statements") as store:
        assert write(store, text=True) == expected
    monkeypatch.setattr(kg.store.embedded, "_BULK_MAX_QUADS", 4)  # the transactional load
    with Store.open(tmp_path / "txn") as store:
        assert write(store, text=True) == expected
    assert write(Store.memory(), text=True) == expected


def test_a_patch_that_only_adds_stores_the_same_quads_through_the_bulk_loader(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    import kg.store.embedded

    derived = "https://w3id.org/kg/id/graph/derived"
    first = [(D1, KG.hasReport, ISIS), (D2, KG.hasReport, IRAQ), (ISIS, RDFS.label, Literal("Islamic State"))]

    def patch(store: Store) -> list[set[str]]:
        store.replace_graphs([(D1, actor(ISIS, "Islamic State") + attack("e1", ISIS, IRAQ))])
        states = []
        store.patch_graph(derived, remove=(), add=first)  # only adds: the bulk loader on disk
        states.append({str(q) for q in store.oxigraph})
        store.patch_graph(derived, remove=first[1:], add=[(D2, KG.reportCount, Literal(2))])  # a transaction
        states.append({str(q) for q in store.oxigraph})
        return states

    with Store.open(tmp_path / "bulk") as store:
        bulk = patch(store)
    monkeypatch.setattr(kg.store.embedded, "_BULK_MAX_QUADS", 4)  # too big for one ingestion: a transaction
    with Store.open(tmp_path / "txn") as store:
        transactional = patch(store)
    assert bulk == transactional == patch(Store.memory())
    added, patched = bulk
    assert f"<{D2}> <{KG.hasReport}> <{IRAQ}>" in added  # the merged default graph
    assert f"<{D2}> <{KG.hasReport}> <{IRAQ}> <{derived}>" in added
    # The document still states the label, so the merged graph keeps it; the report left both graphs.
    assert f'<{ISIS}> <{RDFS.label}> "Islamic State"' in patched
    assert not any(f"<{D2}> <{KG.hasReport}>" in q for q in patched)


def test_opening_removes_what_a_killed_bulk_load_left_behind(tmp_path: Path) -> None:
    with Store.open(tmp_path / "kg") as store:
        store.replace_graph(D1, attack("e1", ISIS, IRAQ))
    leftover = tmp_path / "kg" / "bulk-123456789.sst"
    leftover.write_bytes(b"half an SST file")
    with Store.open(tmp_path / "kg") as store:
        assert not leftover.exists()
        assert len(store) == 4


@pytest.mark.parametrize("where", ["disk", "memory"])
def test_every_write_registers_its_graph_name(tmp_path: Path, where: str) -> None:
    """replace_graphs tells a new document by its graph's name alone (no scan of the quads, which filled Oxigraph's
    caches as the store grew, docs/BUILD.md): that holds only while every way a quad gets in names its graph."""
    inner = ox.Store(str(tmp_path / "ox")) if where == "disk" else ox.Store()
    s, p, o = ox.NamedNode("http://s"), ox.NamedNode("http://p"), ox.NamedNode("http://o")
    writes = {
        "bulk_load": lambda g: inner.bulk_load(f"{s} {p} {o} {g} .\n".encode(), ox.RdfFormat.N_QUADS),
        "load": lambda g: inner.load(f"{s} {p} {o} {g} .\n".encode(), ox.RdfFormat.N_QUADS),
        "INSERT DATA": lambda g: inner.update(f"INSERT DATA {{ GRAPH {g} {{ {s} {p} {o} }} }}"),
        "INSERT WHERE": lambda g: inner.update(
            f"INSERT {{ GRAPH {g} {{ ?s ?p ?o }} }} WHERE {{ GRAPH ?x {{ ?s ?p ?o }} }}"
        ),
        "add": lambda g: inner.add(ox.Quad(s, p, o, g)),
        "extend": lambda g: inner.extend([ox.Quad(s, p, o, g)]),
        "bulk_extend": lambda g: inner.bulk_extend([ox.Quad(s, p, o, g)]),
    }
    for name, write in writes.items():
        g = ox.NamedNode(f"http://g/{name.replace(' ', '-')}")
        assert not inner.contains_named_graph(g)
        write(g)
        assert inner.contains_named_graph(g), name
        assert next(inner.quads_for_pattern(None, None, None, g), None) is not None, name
    with Store(inner) as store:
        graph = "http://g/load"
        assert store.replace_graphs([(graph, [f"{s} {p} <http://o2>"])]) == [True]
        assert {str(q.object) for q in inner.quads_for_pattern(None, None, None, ox.NamedNode(graph))} == {
            "<http://o2>"
        }
