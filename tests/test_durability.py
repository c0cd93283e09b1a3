"""Durability of `kg build` with real processes: kill -9 mid-build, rerun, two builders on one store."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from test_build import corpus

from kg.build.jobs import build
from kg.models import Document
from kg.rdf.iri import document_iri
from kg.store.embedded import Store

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parent.parent
KG = [sys.executable, "-m", "kg"]
PROGRESS = re.compile(r"^(\d+)(?:/\d+)? documents")


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return corpus(300, seed=3)


@pytest.fixture(scope="module")
def reference(nlp, docs) -> Store:
    """The store an uninterrupted build of ``docs`` makes (in this process)."""
    store = Store.memory()
    assert all(o.ok for o in build(iter(docs), store=store, nlp=nlp))
    return store


def write_jsonl(path: Path, docs: list[Document]) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for d in docs:
            handle.write(json.dumps({"id": d.id, "text": d.text, "title": d.title, "date": d.date}) + "\n")
    return path


def start_build(inputs: Path, store: Path, *extra: str) -> subprocess.Popen:
    env = dict(os.environ, KG_PROGRESS_EVERY="0.05", PYTHONUNBUFFERED="1")
    return subprocess.Popen(
        [*KG, "build", str(inputs), "--store", str(store), "--batch-size", "8", *extra],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def kill_9(proc: subprocess.Popen) -> None:
    """SIGKILL the build and any worker processes it forked (its own process group)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()


def wait_for_progress(proc: subprocess.Popen, at_least: int, *, timeout: float = 120) -> int:
    """Read stderr until a progress line reports ``at_least`` documents; return that count."""
    deadline = time.monotonic() + timeout
    for line in proc.stderr:
        m = PROGRESS.match(line)
        if m and int(m.group(1)) >= at_least:
            return int(m.group(1))
        assert time.monotonic() < deadline, "kg build reported no progress in time"
    raise AssertionError(f"kg build ended before reporting {at_least} documents (exit {proc.wait()})")


def graph_triples(store: Store, graph: str) -> set[ox.Triple]:
    g = ox.NamedNode(graph)
    return {ox.Triple(q.subject, q.predicate, q.object) for q in store.oxigraph.quads_for_pattern(None, None, None, g)}


def test_kill_9_mid_build_leaves_only_whole_documents_and_a_rerun_converges(tmp_path, docs, reference) -> None:
    inputs = write_jsonl(tmp_path / "news.jsonl", docs)
    store_dir = tmp_path / "kg"
    proc = start_build(inputs, store_dir)
    try:
        reported = wait_for_progress(proc, 40)
    finally:
        kill_9(proc)
    assert proc.returncode == -signal.SIGKILL

    with Store.open(store_dir) as store:  # opens: RocksDB replays its log, the lock died with the process
        stored = store.graphs()
        # Every document reported done was committed; the kill came before the end.
        assert reported <= len(stored) < len(docs)
        for graph in stored:
            # Whole: each stored graph is exactly the graph that document makes when built alone.
            assert graph_triples(store, graph) == graph_triples(reference, graph), graph
        default = {
            ox.Triple(q.subject, q.predicate, q.object)
            for q in store.oxigraph.quads_for_pattern(None, None, None, ox.DefaultGraph())
        }
        assert default == set().union(*(graph_triples(store, g) for g in stored))

    done = subprocess.run(
        [*KG, "build", str(inputs), "--store", str(store_dir)], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr
    with Store.open(store_dir) as store:
        assert len(store.graphs()) == len(docs)
        assert len(store) == len(reference)
        assert set(store.oxigraph) == set(reference.oxigraph)


def test_a_second_build_on_a_store_in_use_fails_clearly_and_the_first_is_unharmed(tmp_path, docs, reference) -> None:
    from kg.store.disk import _writer_active

    some = docs[:60]
    store_dir = tmp_path / "kg"
    # The first build reads stdin, so it holds the store for as long as the test keeps stdin open.
    env = dict(os.environ, KG_PROGRESS_EVERY="0.05")
    first = subprocess.Popen(
        [*KG, "build", "-", "--store", str(store_dir)],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not (store_dir.is_dir() and _writer_active(store_dir)):
            assert first.poll() is None and time.monotonic() < deadline, "the first build never opened the store"
            time.sleep(0.05)
        second = subprocess.run(
            [*KG, "build", str(write_jsonl(tmp_path / "other.jsonl", docs[60:70])), "--store", str(store_dir)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert second.returncode == 1
        assert second.stderr.strip().splitlines()[-1] == (
            f"kg: error: the store at {store_dir} is in use by another kg process; "
            "wait for it to finish or use another store folder"
        )
        lines = "".join(json.dumps({"id": d.id, "text": d.text, "title": d.title, "date": d.date}) + "\n" for d in some)
        _, err = first.communicate(lines, timeout=300)
        assert first.returncode == 0, err
    finally:
        kill_9(first)
    with Store.open(store_dir) as store:
        assert store.graphs() == sorted(str(document_iri(d.id)) for d in some)
        for graph in store.graphs():
            assert graph_triples(store, graph) == graph_triples(reference, graph)


def test_jobs_2_build_killed_and_rerun_with_jobs_1_converges(tmp_path, docs, reference) -> None:
    inputs = write_jsonl(tmp_path / "news.jsonl", docs)
    store_dir = tmp_path / "kg"
    proc = start_build(inputs, store_dir, "--jobs", "2")
    try:
        wait_for_progress(proc, 24)
    finally:
        kill_9(proc)  # the parent writer and its forked workers at once
    with Store.open(store_dir) as store:
        for graph in store.graphs():
            assert graph_triples(store, graph) == graph_triples(reference, graph), graph
    done = subprocess.run(
        [*KG, "build", str(inputs), "--store", str(store_dir)], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr
    with Store.open(store_dir) as store:
        assert set(store.oxigraph) == set(reference.oxigraph)
