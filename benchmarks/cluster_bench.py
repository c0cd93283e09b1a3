"""Benchmark of ``kg build --cluster``: one Dask worker against two, on the same corpus, in one run.

Two Dask clusters are started side by side as separate processes on 127.0.0.1, as on real machines: a
``dask scheduler`` and a ``dask worker --nworkers N --nthreads 1`` (its nanny and N worker processes) each, one
with one worker and one with two, and their workers load the model before any timing (as ``kg build --cluster``
does when it connects).  Each round builds the corpus (benchmarks/corpus.py, JSON Lines read from disk) into a
new on-disk store on either cluster, back to back, every other round in reverse order, and the median round's
speed-up (one worker's time / two workers') is printed, with each build's time until its last document was
committed ("documents") and in all ("total": the final flush and the incident linking, which run in the client
after the last document and do not parallelise).  The client (this process) reads the input and writes the
store, as ``kg build --cluster`` does, so on a two-core machine it shares the cores with the two workers.

On a shared machine the wall times say more about the neighbours than about kg, so the load average is printed
and each build's CPU time is measured: the workers' processes, this process (the client alone) and Dask's own
(the scheduler and the nanny).  From those the script prints what the speed-up would be on two idle cores: one
worker's wall time is its CPU time (the client and Dask run beside it on the other core); two workers' is all
of the CPU time shared by two cores (or the client's alone, if that is longer).

Run:  python benchmarks/cluster_bench.py --docs 300 [--repeat 3] [--batch-size 32]
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

import corpus  # noqa: E402


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


@dataclass(frozen=True)
class Build:
    documents: float  # wall seconds until the last document was committed
    total: float  # wall seconds in all
    events: int
    workers_cpu: float
    client_cpu: float
    dask_cpu: float  # the scheduler and the nanny


def idle_estimate(one: Build, two: Build) -> float:
    """The speed-up on two otherwise idle cores, from CPU times: one worker runs beside the client and Dask;
    two workers, the client and Dask share both cores."""
    alone = max(one.workers_cpu, one.client_cpu + one.dask_cpu)
    shared = max((two.workers_cpu + two.client_cpu + two.dask_cpu) / 2, two.client_cpu)
    return alone / shared


def _cpu_seconds() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class Cluster:
    """A ``dask scheduler`` and a ``dask worker --nworkers n`` on 127.0.0.1, as subprocesses, and kg connected."""

    def __init__(self, n: int, logs: Path) -> None:
        from distributed import Client

        from kg.build.cluster import connect

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        self.address = f"tcp://127.0.0.1:{port}"
        log = (logs / f"dask-{n}.log").open("w")
        python = [sys.executable, "-m"]
        self.scheduler = subprocess.Popen(
            [*python, "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
            stdout=log,
            stderr=log,
        )
        self.nanny = subprocess.Popen(
            [*python, "distributed.cli.dask_worker", self.address, "--nworkers", str(n), "--nthreads", "1"]
            + ["--host", "127.0.0.1", "--no-dashboard"],
            stdout=log,
            stderr=log,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                with Client(self.address, timeout=5) as client:
                    client.wait_for_workers(n, timeout=120)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(1)
        self.kg = connect(self.address)  # loads the model on every worker

    def cpu(self) -> tuple[float, float, float]:
        """CPU seconds used so far by the worker processes, this process, and the scheduler and nanny."""
        import psutil

        workers = sum(self.kg.client.run(_cpu_seconds).values())
        dask = sum(sum(psutil.Process(p.pid).cpu_times()[:2]) for p in (self.scheduler, self.nanny))
        return workers, _cpu_seconds(), dask

    def close(self) -> None:
        self.kg.close()
        for process in (self.nanny, self.scheduler):
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300, help="articles in the corpus")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=3, help="rounds of the two builds (the median is printed)")
    args = parser.parse_args()

    from kg.build.io import read_inputs
    from kg.build.jobs import build
    from kg.store.embedded import Store

    work = Path(tempfile.mkdtemp(prefix="kg-cluster-bench-"))
    path = corpus.write(work / "news.jsonl", args.docs)
    print(f"corpus: {args.docs} articles ({path}), batch size {args.batch_size}", flush=True)
    with ExitStack() as stack:
        clusters: dict[int, Cluster] = {}
        for n in (1, 2):
            clusters[n] = Cluster(n, work)
            stack.callback(clusters[n].close)
        print(f"workers ready ({clusters[1].kg.model}); {load()}", flush=True)

        def run(workers: int, store_dir: Path) -> Build:
            cluster = clusters[workers]
            before = cluster.cpu()
            start = time.perf_counter()
            last = start
            events = 0
            with Store.open(store_dir) as store:
                for outcome in build(
                    read_inputs([str(path)]), store=store, batch_size=args.batch_size, cluster=cluster.kg
                ):
                    assert outcome.ok, outcome.error
                    events += outcome.events
                    last = time.perf_counter()
            end = time.perf_counter()
            after = cluster.cpu()
            used = [a - b for a, b in zip(after, before, strict=True)]
            return Build(last - start, end - start, events, *used)

        def line(b: Build) -> str:
            return (
                f"{b.documents:.1f} s (total {b.total:.1f} s; CPU: workers {b.workers_cpu:.1f} s, client "
                f"{b.client_cpu:.1f} s, scheduler and nanny {b.dask_cpu:.1f} s)"
            )

        rounds: list[tuple[Build, Build]] = []
        for r in range(args.repeat):
            order = (1, 2) if r % 2 == 0 else (2, 1)
            times = {w: run(w, work / f"store-{r}-{w}") for w in order}
            one, two = times[1], times[2]
            assert one.events == two.events, "one and two workers found different events"
            rounds.append((one, two))
            print(
                f"round {r + 1}: 1 worker {line(one)}; 2 workers {line(two)}: speed-up "
                f"{one.documents / two.documents:.2f}x documents, {one.total / two.total:.2f}x total, "
                f"{idle_estimate(one, two):.2f}x on two idle cores (from CPU); {load()}",
                flush=True,
            )
    docs = statistics.median(one.documents / two.documents for one, two in rounds)
    total = statistics.median(one.total / two.total for one, two in rounds)
    estimate = statistics.median(idle_estimate(one, two) for one, two in rounds)
    per_doc = statistics.median(two.client_cpu / args.docs for _, two in rounds)
    worker_per_doc = statistics.median(two.workers_cpu / args.docs for _, two in rounds)
    print(
        f"median speed-up of 2 workers over 1: {docs:.2f}x until the last document, {total:.2f}x in all, "
        f"{estimate:.2f}x on two idle cores from the CPU times (goal >= 1.7)"
    )
    apart = statistics.median(one.workers_cpu / (two.workers_cpu / 2) for one, two in rounds)
    print(f"with the client and Dask on other cores (two workers' CPU time halved): {apart:.2f}x")
    print(
        f"CPU per document: workers {worker_per_doc * 1000:.0f} ms, client {per_doc * 1000:.1f} ms "
        f"(one client core keeps up with about {worker_per_doc / per_doc:.0f} worker cores); {load()}"
    )


if __name__ == "__main__":
    main()
