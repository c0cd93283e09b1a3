"""kg.build.jobs: streaming, batched commits, idempotence, one document replaced alone, --jobs gives the same store."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build.jobs import build, extract_items
from kg.models import Document
from kg.rdf.iri import document_iri
from kg.rdf.vocab import INCIDENTS_GRAPH
from kg.store.embedded import Store

ROOT = Path(__file__).resolve().parent.parent


def _corpus_module():
    spec = importlib.util.spec_from_file_location("kg_bench_corpus", ROOT / "benchmarks" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def corpus(n: int, *, seed: int = 7) -> list[Document]:
    """``n`` short news-like documents made from templates and the seed article (no files outside kg)."""
    return [
        Document(id=r["id"], text=r["text"], title=r["title"], date=r["date"])
        for r in _corpus_module().articles(n, seed=seed, sentences=(2, 5), use_dev=False)
    ]


def graph_of(store: Store, doc_id: str) -> set[ox.Quad]:
    g = ox.NamedNode(str(document_iri(doc_id)))
    return {ox.Triple(q.subject, q.predicate, q.object) for q in store.oxigraph.quads_for_pattern(None, None, None, g)}


def quads(store: Store) -> set[ox.Quad]:
    return set(store.oxigraph)


@pytest.fixture(scope="module")
def blank_nlp():
    """A blank pipeline that only tags every token X: fast, no trained model, no events."""
    import spacy
    from spacy.language import Language

    from kg.extract.nlp import add_components

    if not Language.has_factory("test_tag_x"):

        @Language.component("test_tag_x")
        def tag_x(doc):
            for token in doc:
                token.pos_ = "X"
            return doc

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("test_tag_x")
    return add_components(nlp)


@pytest.mark.parametrize("prefilter", [False, True])
def test_build_reads_its_input_lazily(blank_nlp, prefilter: bool) -> None:
    from kg.extract.pipeline import _SKIP_WINDOW

    pulled = 0

    def documents() -> Iterator[Document]:
        nonlocal pulled
        for i in range(500):
            pulled += 1
            yield Document(id=f"d{i}", text=f"Fighters attacked the town of Mosul on day {i}.")

    outcomes = build(documents(), store=Store.memory(), nlp=blank_nlp, batch_size=8, prefilter=prefilter)
    first = next(outcomes)
    assert first.ok and first.doc_id == "d0"
    # One spaCy batch read ahead plus the batch being committed; never the whole input.  The prefilter holds up to
    # _SKIP_WINDOW batches of skipped (tokenized only) documents while it looks for a batch to parse.
    assert pulled <= ((_SKIP_WINDOW if prefilter else 1) + 2) * 8, pulled
    assert sum(1 for _ in outcomes) == 499
    assert pulled == 500


def test_an_outcome_is_yielded_only_once_its_document_is_committed(blank_nlp) -> None:
    store = Store.memory()
    docs = [Document(id=f"d{i}", text=f"ISIS fighters entered Raqqa, report {i} says.") for i in range(20)]
    for n, outcome in enumerate(build(iter(docs), store=store, nlp=blank_nlp, batch_size=6), 1):
        assert str(document_iri(outcome.doc_id)) in store.graphs()
        assert len(store.graphs()) >= n
    assert len(store.graphs()) == 20


@pytest.mark.parametrize("prefilter", [False, True])
def test_rejections_keep_input_order_in_batches(blank_nlp, prefilter: bool) -> None:
    from kg.build.io import Rejected

    items = [
        Rejected("first.txt", "empty"),
        Document(id="a", text="One."),
        Rejected("bad.txt", "binary file"),
        Document(id="b", text="Two."),
        Rejected("last.txt", "empty"),
    ]
    outcomes = build(iter(items), store=Store.memory(), nlp=blank_nlp, batch_size=2, prefilter=prefilter)
    got = [(o.doc_id, o.error) for o in outcomes]
    assert got == [(None, "empty"), ("a", None), (None, "binary file"), ("b", None), (None, "empty")]


def test_a_document_the_store_refuses_fails_alone(blank_nlp, monkeypatch) -> None:
    # Refusing one document's graph name makes its batch's transaction fail before anything is written.
    import kg.rdf.iri as kg_iri

    real_iri = kg_iri.document_iri
    monkeypatch.setattr(kg_iri, "document_iri", lambda d: "not an iri" if d == "bad" else real_iri(d))
    store = Store.memory()
    docs = [Document(id=i, text=f"Text {i}.") for i in ("a", "bad", "c")]
    outcomes = list(build(iter(docs), store=store, nlp=blank_nlp, batch_size=3))
    assert [o.ok for o in outcomes] == [True, False, True]
    assert "not a valid graph IRI" in outcomes[1].error
    assert len(store.graphs()) == 2


@pytest.mark.model
def test_building_twice_changes_nothing_and_a_changed_document_replaces_only_its_graph(nlp, tmp_path) -> None:
    docs = corpus(24)
    with Store.open(tmp_path / "kg") as store:
        first = list(build(iter(docs), store=store, nlp=nlp, batch_size=5))
        assert all(o.ok and o.changed for o in first)
        before = quads(store)
        count = len(store)
        again = list(build(iter(docs), store=store, nlp=nlp, batch_size=5))
        assert not any(o.changed for o in again)  # unchanged graphs are not even rewritten
        assert len(store) == count and quads(store) == before

        old = {d.id: graph_of(store, d.id) for d in docs}
        edited = Document(
            id=docs[3].id, text="Boko Haram fighters attacked a military base in Borno on Sunday.", date="2019-03-12"
        )
        (outcome,) = build(iter([edited]), store=store, nlp=nlp)
        assert outcome.changed and outcome.events >= 1
        alone = Store.memory()
        list(build(iter([edited]), store=alone, nlp=nlp))
        assert graph_of(store, edited.id) == graph_of(alone, edited.id) != old[edited.id]
        for d in docs:
            if d.id != edited.id:
                assert graph_of(store, d.id) == old[d.id]
        # The merged default graph is exactly the union of the document graphs and the derived incidents graph.
        incidents = ox.NamedNode(INCIDENTS_GRAPH)
        union = set().union(*(graph_of(store, d.id) for d in docs)) | {
            ox.Triple(q.subject, q.predicate, q.object)
            for q in store.oxigraph.quads_for_pattern(None, None, None, incidents)
        }
        assert any(True for _ in store.oxigraph.quads_for_pattern(None, None, None, incidents))
        default = {
            ox.Triple(q.subject, q.predicate, q.object)
            for q in store.oxigraph.quads_for_pattern(None, None, None, ox.DefaultGraph())
        }
        assert default == union


@pytest.mark.model
def test_a_build_that_reopens_its_store_stores_the_same_quads(nlp, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    """kg build closes and opens the store's handle every REOPEN_EVERY documents (after a flush): nothing changes."""
    import kg.build.jobs as jobs
    from kg.build import memory

    docs = corpus(30, seed=5)
    with Store.open(tmp_path / "plain") as plain:
        assert all(o.ok for o in build(iter(docs), store=plain, nlp=nlp, batch_size=4))
        expected = quads(plain)
    renewed: list[int] = []
    renew = memory.renew
    monkeypatch.setattr(memory, "renew", lambda store: renewed.append(len(store)) or renew(store))
    monkeypatch.setattr(jobs, "REOPEN_EVERY", 7)
    monkeypatch.setattr(jobs, "_FLUSH_EVERY", 1)  # a flush after every batch: a reopen after every second one
    with Store.open(tmp_path / "reopened") as reopened:
        assert all(o.ok for o in build(iter(docs), store=reopened, nlp=nlp, batch_size=4))
        assert len(renewed) == 3 and renewed == sorted(renewed)  # after 8, 16 and 24 documents
        assert quads(reopened) == expected


@pytest.mark.model
def test_jobs_2_writes_exactly_what_jobs_1_writes(nlp) -> None:
    from kg.build.io import Rejected

    docs: list = corpus(40, seed=11)
    docs.insert(5, Rejected("broken.jsonl:6", "broken JSON"))
    one, two = Store.memory(), Store.memory()
    out1 = [(o.doc_id, o.events, o.error) for o in build(iter(docs), store=one, nlp=nlp, batch_size=4)]
    out2 = [(o.doc_id, o.events, o.error) for o in build(iter(docs), store=two, nlp=nlp, batch_size=4, jobs=2)]
    assert out1 == out2  # same outcomes, same (input) order
    assert sum(e for _, e, _ in out1) > 20
    assert quads(one) == quads(two)
    # extract --jobs 2 gives the same contract records in the same order.
    from kg.contract import extraction_record

    rec1 = [json.dumps(extraction_record(o.extraction)) for o in extract_items(iter(docs), nlp=nlp) if o.ok]
    rec2 = [
        json.dumps(extraction_record(o.extraction))
        for o in extract_items(iter(docs), nlp=nlp, jobs=2, batch_size=4)
        if o.ok
    ]
    assert rec1 == rec2 and len(rec1) == 40


def test_replace_graphs_mixes_new_changed_and_unchanged_graphs_in_one_transaction() -> None:
    from rdflib import Literal, URIRef

    p = URIRef("http://example.org/p")

    def triples(*values: str) -> list:
        return [(URIRef("http://example.org/s"), p, Literal(v)) for v in values]

    store = Store.memory()
    assert store.replace_graphs([("http://g/1", triples("a", "shared")), ("http://g/2", triples("b"))]) == [True, True]
    assert store.replace_graphs(
        [
            ("http://g/1", triples("a2", "shared")),
            ("http://g/2", triples("b")),
            ("http://g/3", ['<http://example.org/s> <http://example.org/p> "c"']),
        ]
    ) == [True, False, True]
    default = {str(q.object.value) for q in store.oxigraph.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    assert default == {"a2", "shared", "b", "c"}  # "a" left with its graph's old version
    from kg.errors import StoreError

    with pytest.raises(StoreError):  # a bad statement sinks its whole batch: nothing is written
        store.replace_graphs([("http://g/4", triples("d")), ("http://g/5", ["<not an iri> <p> <o>"])])
    assert "http://g/4" not in store.graphs()


@pytest.mark.parametrize("n", [0, 1, 7, 63, 64, 65, 200, 1000])
def test_balanced_chunks_keep_the_items_and_cut_only_the_end_finer(n: int) -> None:
    from kg.build.parallel import balanced_chunks

    size, jobs = 32, 2
    items = iter(range(n))  # a one-shot iterator, as kg build's input is
    chunks = list(balanced_chunks(items, size, jobs=jobs))
    assert [x for c in chunks for x in c] == list(range(n))
    assert all(c for c in chunks)
    sizes = [len(c) for c in chunks]
    full = sum(1 for s in sizes if s == size)
    # Whole chunks first; what the workers share at the end (at most jobs * size items) in quarters.
    assert sizes[:full] == [size] * full
    assert all(s <= size // 4 for s in sizes[full:])
    assert n - full * size < (jobs + 1) * size
    assert n - full * size >= min(n, jobs * size)


def _square_or_die(chunk: list[int]) -> list[int]:
    import os
    import signal

    if -1 in chunk:
        os.kill(os.getpid(), signal.SIGKILL)  # what the OOM killer does
    return [x * x for x in chunk]


def test_a_killed_worker_fails_only_its_item_and_the_map_goes_on() -> None:
    import signal

    from kg.build.parallel import WORKER_DIED, can_fork, ordered_map

    if not can_fork():
        pytest.skip("no fork here: --jobs runs serially")
    chunks = [[0, 1], [2, -1, 3], [4, 5], [6], [7, -1], [8, 9]]
    signal.alarm(120)  # a hang fails the test instead of stalling the suite
    try:
        results = list(ordered_map(_square_or_die, iter(chunks), jobs=2, failed=lambda x, why: (x, why)))
    finally:
        signal.alarm(0)
    assert results == [[0, 1], [4, (-1, WORKER_DIED), 9], [16, 25], [36], [49, (-1, WORKER_DIED)], [64, 81]]


def test_build_with_a_worker_killed_mid_document_stores_the_rest(blank_nlp, tmp_path) -> None:
    import signal

    from spacy.language import Language

    from kg.build import parallel

    if not parallel.can_fork():
        pytest.skip("no fork here: --jobs runs serially")
    if not Language.has_factory("test_die_on_marker"):

        @Language.component("test_die_on_marker")
        def die_on_marker(doc):
            import os

            if "KILL-THIS-WORKER" in doc.text:
                os.kill(os.getpid(), signal.SIGKILL)
            return doc

    import spacy

    from kg.extract.nlp import add_components

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("test_tag_x")
    nlp.add_pipe("test_die_on_marker")
    nlp = add_components(nlp)
    docs = [Document(id=f"d{i}", text=f"Text number {i}.") for i in range(30)]
    docs[13] = Document(id="d13", text="KILL-THIS-WORKER here.")
    store = Store.open(tmp_path / "store")
    signal.alarm(180)
    try:
        outcomes = list(build(iter(docs), store=store, nlp=nlp, batch_size=4, jobs=2))
    finally:
        signal.alarm(0)
    assert [o.source for o in outcomes] == [d.id for d in docs]
    failed = [o for o in outcomes if not o.ok]
    assert [o.source for o in failed] == ["d13"] and "worker process" in (failed[0].error or "")
    assert sorted(store.graphs()) == sorted(str(document_iri(d.id)) for d in docs if d.id != "d13")
    store.close()


def _resident_after(setup: str) -> tuple[int, int, int]:
    """VmRSS in MiB before, after and after a trim, when ~100 MiB of 256 KiB blocks are made and all but the last
    freed, in a fresh process that first runs ``setup`` and frees an 8 MiB block (raising glibc's mmap threshold)."""
    import subprocess
    import sys

    child = (
        "import kg.build.memory as memory\n"
        "def rss():\n"
        "    with open('/proc/self/status') as status:\n"
        "        return next(int(line.split()[1]) for line in status if line.startswith('VmRSS:')) // 1024\n"
        f"{setup}\n"
        "big = bytearray(8 << 20)\n"
        "del big\n"
        "before = rss()\n"
        "chunks = [bytearray(256 << 10) for _ in range(400)]\n"
        "last = chunks[-1]\n"
        "del chunks\n"
        "after = rss()\n"
        "print(before, after, memory.release(), rss())\n"
    )
    done = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, check=True, cwd=ROOT)
    before, after, released, trimmed = done.stdout.split()
    if released == "False":
        pytest.skip("not glibc: no mallopt or malloc_trim")
    return int(before), int(after), int(trimmed)


def test_the_pinned_mmap_threshold_and_the_trim_give_freed_arrays_back() -> None:
    """What kg/build/memory.py does for a build, on glibc: without it, freed 256 KiB blocks stay resident."""
    if not Path("/proc/self/status").exists():
        pytest.skip("reads /proc/self/status (Linux)")
    before, kept, trimmed = _resident_after("pass")
    assert kept - before > 80 and trimmed - before < 20, (before, kept, trimmed)  # kept until the trim
    before, after, _ = _resident_after("assert memory.pin_mmap_threshold()")
    assert after - before < 20, (before, after)  # each block had pages of its own, returned when freed


def test_the_memory_benchmark_replays_documents_without_parsing(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """memory_bench.py --no-parse: each copy of a sample document renames what only that document has."""
    import pickle

    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))  # memory_bench imports corpus
    spec = importlib.util.spec_from_file_location("kg_memory_bench", ROOT / "benchmarks" / "memory_bench.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    actor = '<https://w3id.org/kg/id/actor/isis-1> <http://www.w3.org/2000/01/rdf-schema#label> "ISIS"\n'
    documents = [
        (
            f"d{n}",
            f'<https://w3id.org/kg/id/doc/d{n}#char=0,9> <https://w3id.org/kg/ontology#text> "Sentence {n}."\n'
            f"<https://w3id.org/kg/id/doc/d{n}#char=0,9> <https://w3id.org/kg/ontology#beginIndex> "
            f'"0"^^<http://www.w3.org/2001/XMLSchema#integer>\n'
            f"<https://w3id.org/kg/id/doc/d{n}> <https://w3id.org/kg/ontology#mentions> <https://w3id.org/kg/id/actor/isis-1>\n"
            + actor,
        )
        for n in range(2)
    ]
    sample = tmp_path / "sample.pickle"
    sample.write_bytes(pickle.dumps(documents))
    loaded, unique = bench.load_sample(str(sample))
    copy = bench.renamed(loaded[0][1], 3, unique)
    assert '<https://w3id.org/kg/id/doc/d0-r3#char=0,9> <https://w3id.org/kg/ontology#text> "Sentence 0. r3"' in copy
    assert "<https://w3id.org/kg/id/doc/d0-r3> <https://w3id.org/kg/ontology#mentions> " in copy
    assert actor in copy and '"0"^^<http://www.w3.org/2001/XMLSchema#integer>' in copy  # shared, typed: kept
    assert bench.renamed(loaded[0][1], 0, unique) == loaded[0][1]
    found = bench.measure(5, tmp_path, sample)  # a build of d0, d1, d0-r1, d1-r1, d0-r2 through kg's writer
    assert found["END"] >= found["BEFORE-LINKING"] > 0
    with Store.open(tmp_path / "store-5", read_only=True) as store:
        assert len(store.graphs()) == 5


def test_a_parsed_document_is_freed_as_soon_as_its_extraction_is_done(nlp) -> None:  # noqa: ANN001
    """No reference cycle keeps a Doc (and its batch's tensor) for Python's cyclic collector, which runs rarer as a
    build's process grows: the peak of a long build rose with it (docs/BUILD.md, the build's own growth)."""
    import gc
    import weakref

    from kg.extract.pipeline import _triggers, extract_doc

    text = (
        "Militants of the Tarvok Front attacked a police post in Ostrel on Monday, killing four officers. "
        "The group later said its fighters had also shelled the village of Brenhal."
    )
    document = Document(id="freed", text=text, date="2016-03-07")
    triggers = _triggers(nlp)
    gc.collect()
    gc.disable()
    try:
        doc = nlp(text)
        freed = weakref.ref(doc)
        extraction = extract_doc(doc, document, triggers=triggers)
        del doc
        assert extraction.events  # the document went through the rules, coreference included
        assert freed() is None
    finally:
        gc.enable()
