"""`kg build --cluster`: a real dask.distributed LocalCluster (worker processes on 127.0.0.1), against a local build.

The cluster's workers load the trained model themselves, so the tests that build are `model` and `slow`; the
address tests need neither.
"""

from __future__ import annotations

import os
import signal
import socket
import time
import warnings
from pathlib import Path

import pyoxigraph as ox
import pytest
from test_build import corpus
from typer.testing import CliRunner

from kg.build.jobs import build
from kg.cli import app
from kg.models import Document
from kg.rdf.iri import document_iri
from kg.store.embedded import Store

distributed = pytest.importorskip("distributed")


def _jsonl(docs: list[Document], path: Path) -> Path:
    import json

    path.write_text(
        "".join(json.dumps({"id": d.id, "text": d.text, "title": d.title, "date": d.date}) + "\n" for d in docs),
        encoding="utf-8",
    )
    return path


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes, one thread each, on 127.0.0.1, no dashboard."""
    with warnings.catch_warnings():
        # The scheduler's HTTP server (metrics, not a dashboard) moves to another port when 8787 is taken.
        warnings.filterwarnings("ignore", message="Port 8787 is already in use")
        local = distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
        )
    with local:
        yield local


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return corpus(32, seed=11)


@pytest.fixture(scope="module")
def local_quads(docs, nlp, tmp_path_factory) -> set[ox.Quad]:
    """The quads of a local one-process build of ``docs``."""
    store = Store.open(tmp_path_factory.mktemp("local") / "store")
    outcomes = list(build(iter(docs), store=store, nlp=nlp, batch_size=4))
    assert all(o.ok for o in outcomes) and sum(o.events for o in outcomes) > 0
    quads = set(store.oxigraph)
    store.close()
    return quads


@pytest.mark.model
@pytest.mark.slow
def test_cluster_build_stores_the_graph_a_local_build_stores(cluster, docs, local_quads, tmp_path) -> None:
    store_dir = tmp_path / "store"
    result = CliRunner().invoke(
        app,
        ["build", str(_jsonl(docs, tmp_path / "docs.jsonl")), "--store", str(store_dir), "--batch-size", "4"]
        + ["--cluster", cluster.scheduler_address],
    )
    assert result.exit_code == 0, result.output
    assert f"building on 2 Dask workers at {cluster.scheduler_address}" in result.output
    assert f"stored {len(docs)} documents" in result.output
    store = Store.open(store_dir)
    try:
        assert set(store.oxigraph) == local_quads
    finally:
        store.close()


@pytest.mark.model
@pytest.mark.slow
def test_a_worker_killed_mid_build_loses_and_duplicates_no_document(cluster, docs, local_quads, tmp_path) -> None:
    from kg.build.cluster import connect

    store = Store.open(tmp_path / "store")
    killed = None
    outcomes = []
    signal.alarm(240)  # a hang fails the test instead of stalling the suite
    try:
        with connect(cluster.scheduler_address) as on_cluster:
            client = on_cluster.client
            for outcome in build(iter(docs), store=store, batch_size=4, cluster=on_cluster):
                outcomes.append(outcome)
                if killed is None:
                    # The first chunk is written: kill a worker that is extracting a later one.
                    busy = [w for w, keys in client.processing().items() if keys]
                    assert busy, "no worker was busy: the corpus is too small to kill one mid-build"
                    killed = client.run(os.getpid, workers=busy[:1])[busy[0]]
                    os.kill(killed, signal.SIGKILL)
            pids = set(client.run(os.getpid).values())
    finally:
        signal.alarm(0)
    assert killed is not None and killed not in pids  # the worker was killed (its nanny started a new one)
    # Every document once, in input order, and stored: nothing lost, nothing twice.
    assert [o.doc_id for o in outcomes] == [d.id for d in docs]
    assert all(o.ok for o in outcomes), [o.error for o in outcomes if not o.ok]
    assert sorted(store.graphs()) == sorted(str(document_iri(d.id)) for d in docs)
    assert set(store.oxigraph) == local_quads
    store.close()


@pytest.mark.model
@pytest.mark.slow
def test_a_document_that_kills_its_worker_each_time_fails_alone(cluster, tmp_path) -> None:
    """Dask gives a task up (KilledWorker) after it killed allowed-failures workers; kg then sends the chunk's
    documents one by one, and only the one that kills its worker again fails."""
    from kg.build.cluster import WORKER_DIED, connect

    class KillOnMarker(distributed.WorkerPlugin):
        """On every worker, now and restarted: extracting a document with the marker kills the process."""

        def setup(self, worker) -> None:  # noqa: ANN001
            import kg.build.cluster as on_worker

            self.original = original = on_worker.prepare

            def prepare(chunk, **options):  # noqa: ANN001, ANN003, ANN202
                if any("KILL-THIS-WORKER" in getattr(item, "text", "") for item in chunk):
                    os.kill(os.getpid(), signal.SIGKILL)  # what the out-of-memory killer does
                return original(chunk, **options)

            on_worker.prepare = prepare

        def teardown(self, worker) -> None:  # noqa: ANN001
            import kg.build.cluster as on_worker

            on_worker.prepare = self.original

    docs = corpus(12, seed=5)
    docs[6] = Document(id="deadly", text="Rebels attacked the town. KILL-THIS-WORKER")
    store = Store.open(tmp_path / "store")
    signal.alarm(240)
    try:
        with connect(cluster.scheduler_address) as on_cluster:
            client = on_cluster.client
            # Give up at the first death (default 3), so the test kills two workers, not eight.
            before = client.run_on_scheduler(_allowed_failures, 0)
            client.register_plugin(KillOnMarker(), name="kill-on-marker")
            try:
                outcomes = list(build(iter(docs), store=store, batch_size=4, cluster=on_cluster))
            finally:
                client.unregister_worker_plugin("kill-on-marker")
                client.run_on_scheduler(_allowed_failures, before)
    finally:
        signal.alarm(0)
    assert [o.source for o in outcomes] == [d.id for d in docs]
    failed = [o for o in outcomes if not o.ok]
    assert [o.source for o in failed] == ["deadly"] and failed[0].error == WORKER_DIED, [
        (o.source, o.error) for o in failed
    ]
    assert sorted(store.graphs()) == sorted(str(document_iri(d.id)) for d in docs if d.id != "deadly")
    store.close()


def _allowed_failures(n: int, dask_scheduler=None) -> int:  # noqa: ANN001
    """Set the scheduler's allowed-failures to ``n``; the value it had."""
    before = dask_scheduler.allowed_failures
    dask_scheduler.allowed_failures = n
    return before


@pytest.mark.slow
def test_a_worker_that_cannot_load_the_model_fails_the_build_with_one_line(cluster, tmp_path) -> None:
    doc = _jsonl([Document(id="d", text="Rebels attacked the town.")], tmp_path / "d.jsonl")
    args = ["build", str(doc), "--store", str(tmp_path / "s"), "--cluster", cluster.scheduler_address]
    result = CliRunner().invoke(app, args + ["--model", "no_such_model"])
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("kg: error:")]
    assert len(errors) == 1 and "on the cluster worker tcp://127.0.0.1:" in errors[0], result.output
    assert "spaCy model 'no_such_model' is not installed" in errors[0]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("address", ["tcp://127.0.0.1:{port}", "tcp://no-such-host.invalid:8786"])
def test_a_wrong_scheduler_address_fails_fast_with_one_line(address: str, tmp_path) -> None:
    address = address.format(port=_free_port())
    doc = _jsonl([Document(id="d", text="Rebels attacked the town.")], tmp_path / "d.jsonl")
    start = time.monotonic()
    result = CliRunner().invoke(app, ["build", str(doc), "--store", str(tmp_path / "s"), "--cluster", address])
    assert time.monotonic() - start < 8
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("kg: error:")]
    assert len(errors) == 1 and f"cannot reach the Dask scheduler at {address}" in errors[0], result.output
    assert "Traceback" not in result.output


def test_jobs_and_cluster_do_not_go_together(tmp_path) -> None:
    doc = _jsonl([Document(id="d", text="Rebels attacked the town.")], tmp_path / "d.jsonl")
    result = CliRunner().invoke(
        app, ["build", str(doc), "--store", str(tmp_path / "s"), "--jobs", "2", "--cluster", "tcp://127.0.0.1:8786"]
    )
    assert result.exit_code == 2 and "--jobs and --cluster" in result.output
