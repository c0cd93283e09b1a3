"""Readers beside a writer: query, stats, report, export and serve work while `kg build` holds the store, and a
running `kg serve` sees newly written documents without a restart (kg/store/snapshots.py)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF
from typer.testing import CliRunner

from kg.cli import app
from kg.rdf.iri import document_iri
from kg.rdf.vocab import KG
from kg.store import snapshots
from kg.store.disk import _writer_active
from kg.store.embedded import Store

ROOT = Path(__file__).resolve().parent.parent
DOCS = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a kg:Document }"


def _doc(i: int) -> tuple[URIRef, list[tuple]]:
    doc = document_iri(f"r-{i}")
    return doc, [(doc, RDF.type, KG.Document), (doc, KG.documentId, Literal(f"r-{i}"))]


def _count(store: str) -> int:
    result = CliRunner().invoke(app, ["query", DOCS, "--store", store, "-f", "csv", "--no-headers"])
    assert result.exit_code == 0, result.output
    return int(result.stdout.strip())


@pytest.mark.model
def test_query_stats_report_and_export_beside_a_running_build(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    # The team's held-out fixture eight times over (1,056 documents), so the build outlasts the readers.
    corpus = tmp_path / "corpus.jsonl"
    records = [json.loads(line) for line in (ROOT / "tests/fixtures/heldout.jsonl").read_text().splitlines()]
    corpus.write_text("".join(json.dumps({**r, "id": f"{n}-{r['id']}"}) + "\n" for n in "abcdefgh" for r in records))
    build = subprocess.Popen(
        [sys.executable, "-m", "kg", "build", str(corpus), "--store", store],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        # Until the build holds the store and has published its first committed documents.
        while not (snapshots.generation(Path(store)) >= 2 and _writer_active(Path(store))):
            assert build.poll() is None and time.monotonic() < deadline, "the build ended before it held the store"
            time.sleep(0.05)
        for args in (
            ["stats", "--store", store],
            ["report", "--store", store],
            ["export", "--store", store, "-o", str(tmp_path / "during.nq")],
        ):
            result = CliRunner().invoke(app, args)
            assert result.exit_code == 0, f"kg {args[0]} beside the build: {result.output}"
            assert build.poll() is None, "the build finished too soon to test readers beside it"
        counts = []
        while build.poll() is None and len(set(counts)) < 3:
            counts.append(_count(store))  # the build's committed documents, a snapshot at most 2 s old
            time.sleep(0.3)
        # At least one rise seen while the build runs (a fast machine may commit the rest before a third read).
        assert counts == sorted(counts) and len(set(counts)) >= 2, f"readers did not see the build progress: {counts}"
    finally:
        _, err = build.communicate(timeout=300)
    assert build.returncode == 0, err
    stored = int(re.search(r"stored (\d+) documents", err).group(1))
    assert _count(store) == stored == 8 * len(records)  # after the build: the store folder itself
    assert CliRunner().invoke(app, ["export", "--store", store, "-o", str(tmp_path / "after.nq")]).exit_code == 0
    assert 0 < _quads(tmp_path / "during.nq") < _quads(tmp_path / "after.nq")  # part of the build, read whole
    # Only the newest snapshot is left once no reader holds the older ones.
    assert snapshots.numbers(Path(store)) == [snapshots.generation(Path(store))]


def _quads(path: Path) -> int:
    return sum(1 for _ in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS))


def test_a_reader_keeps_its_snapshot_while_the_writer_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with Store.open(path) as writer:
        writer.replace_graph(*_doc(0))
        writer.publish()
        held = snapshots.generation(path)
        # Another process reads while this one writes: it gets the newest snapshot and holds it.
        code = (
            "import sys, time; from kg.store.embedded import Store\n"
            f"s = Store.open({str(path)!r}, read_only=True)\n"
            "print(len(s.graphs()), flush=True); sys.stdin.readline()\n"
            "print(len(s.graphs()), s.stale(), flush=True)\n"
        )
        reader = subprocess.Popen(
            [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert reader.stdout is not None and reader.stdin is not None
        assert reader.stdout.readline().split() == ["1"]
        for i in range(1, 4):
            writer.replace_graph(*_doc(i))
            writer.publish()
        assert held in snapshots.numbers(path), "a snapshot a reader holds was deleted"
        reader.stdin.write("\n")
        reader.stdin.flush()
        assert reader.stdout.readline().split() == ["1", "True"]  # its view is whole, and it knows it is old
        reader.wait(30)
        writer.replace_graph(*_doc(4))
        writer.publish()
        assert held not in snapshots.numbers(path), "a released snapshot was kept"
    assert snapshots.numbers(path) == [snapshots.generation(path)]
    with Store.open(path, read_only=True) as reader_after:
        assert len(reader_after.graphs()) == 5


def test_a_writer_opened_on_an_unpublished_store_publishes_first(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with Store.open(path) as writer:
        writer.replace_graph(*_doc(0))
    # A store written before snapshots existed, or by a writer that was killed: no current snapshot.
    (path / snapshots.DIR / snapshots.DIRTY).touch()
    before = snapshots.generation(path)
    with Store.open(path) as writer:
        assert snapshots.generation(path) == before + 1
        code = f"from kg.store.embedded import Store; print(len(Store.open({str(path)!r}, read_only=True).graphs()))"
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
        assert out.stdout.split() == ["1"], out.stderr


@pytest.fixture()
def serving(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    path = tmp_path / "store"
    with Store.open(path) as writer:
        writer.replace_graph(*_doc(0))
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--store", str(path), "--port", "0", "--workers", "2"],
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    match = re.search(r"SPARQL endpoint (http://\S+?),", process.stderr.readline())
    try:
        assert match, process.stderr.read() if process.poll() is not None else "kg serve did not start"
        threading.Thread(target=process.stderr.read, daemon=True).start()
        yield path, match.group(1)
    finally:
        process.terminate()
        process.wait(10)


def _served(endpoint: str) -> set[int]:
    """The document counts the server's workers answer (two queries at once reach both workers)."""

    def ask() -> int:
        url = endpoint + "?" + urllib.parse.urlencode({"query": DOCS})
        with urllib.request.urlopen(url, timeout=30) as r:
            return int(json.load(r)["results"]["bindings"][0]["n"]["value"])

    answers: list[int] = []
    threads = [threading.Thread(target=lambda: answers.append(ask())) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return set(answers)


def _until(endpoint: str, wanted: int, *, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while (seen := _served(endpoint)) != {wanted}:
        assert time.monotonic() < deadline, f"kg serve answers {seen} documents, not {wanted}"
        time.sleep(0.2)


def test_kg_serve_sees_new_documents_without_a_restart(serving: tuple[Path, str]) -> None:
    path, endpoint = serving
    assert _served(endpoint) == {1}
    with Store.open(path) as writer:  # a build: holds the store while it writes
        writer.replace_graph(*_doc(1))
        _until(endpoint, 2)  # from the writer's snapshot, within its publishing interval
        writer.replace_graph(*_doc(2))
        _until(endpoint, 3)
    _until(endpoint, 3)  # after the writer closed: the store folder itself
    with Store.open(path) as writer:
        writer.remove_graph(document_iri("r-0"))
    _until(endpoint, 2)


def test_updates_to_kg_serve_reach_readers_in_other_processes(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with Store.open(path) as writer:
        writer.replace_graph(*_doc(0))
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--store", str(path), "--port", "0", "--allow-update"],
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    match = re.search(r"SPARQL endpoint (http://\S+?),", process.stderr.readline())
    try:
        assert match, "kg serve did not start"
        threading.Thread(target=process.stderr.read, daemon=True).start()
        doc = document_iri("r-1")
        update = f"INSERT DATA {{ GRAPH <{doc}> {{ <{doc}> a kg:Document ; kg:documentId 'r-1' }} }}"
        request = urllib.request.Request(
            match.group(1), data=update.encode(), headers={"Content-Type": "application/sparql-update"}
        )
        with urllib.request.urlopen(request, timeout=30) as r:
            assert r.status == 204
        assert _writer_active(path)  # the server's worker holds the store; kg query reads its snapshot
        deadline = time.monotonic() + 15
        while (n := _count(str(path))) != 2:
            assert time.monotonic() < deadline, f"kg query sees {n} documents, not 2"
            time.sleep(0.3)
    finally:
        process.terminate()
        process.wait(10)
