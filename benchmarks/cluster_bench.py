"""Benchmark of ``kg build --cluster``: one Dask worker against two, on the same corpus, in one run.

Two ``distributed.LocalCluster``s (worker processes on 127.0.0.1, one thread each, no dashboard) are started
side by side, one with one worker and one with two, and their workers load the model before any timing (as
``kg build --cluster`` does when it connects).  Each round builds the corpus (benchmarks/corpus.py, JSON Lines
read from disk) into a new on-disk store on either cluster, back to back, every other round in reverse order,
and the median round's speed-up (one worker's time / two workers') is printed, with each build's time until
its last document was committed ("documents") and in all ("total": the final flush and the incident linking,
which run in this process after the last document and do not parallelise).  The client (this process) reads
the input and writes the store, as ``kg build --cluster`` does, so on a two-core machine it shares the cores
with the two workers.  The load average is printed before and after, since the machine may be shared.

On a shared machine the wall times say more about the neighbours than about kg, so each build's CPU time is
also measured: the workers' (their processes' user + system time) and this process's (the client, and the
LocalClusters' schedulers, which run in it).  From those the script prints what the speed-up would be on two
idle cores: one worker's wall time is its CPU time (the client runs beside it on the other core), two workers'
is their CPU time plus the client's, shared by two cores (or the client's alone if that is longer).

Run:  python benchmarks/cluster_bench.py --docs 600 [--repeat 3] [--batch-size 32]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

import corpus  # noqa: E402


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=600, help="articles in the corpus")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=3, help="rounds of the two builds (the median is printed)")
    args = parser.parse_args()
    # The scheduler's HTTP server (metrics, not a dashboard) falls back to another port when 8787 is taken.
    warnings.filterwarnings("ignore", message="Port 8787 is already in use")

    from distributed import LocalCluster

    from kg.build.cluster import connect
    from kg.build.io import read_inputs
    from kg.build.jobs import build
    from kg.store.embedded import Store

    work = Path(tempfile.mkdtemp(prefix="kg-cluster-bench-"))
    path = corpus.write(work / "news.jsonl", args.docs)
    print(f"corpus: {args.docs} articles ({path}), batch size {args.batch_size}", flush=True)
    options = {"threads_per_worker": 1, "processes": True, "host": "127.0.0.1", "dashboard_address": None}
    with LocalCluster(n_workers=1, **options) as one, LocalCluster(n_workers=2, **options) as two:
        clusters = {1: connect(one.scheduler_address), 2: connect(two.scheduler_address)}
        print(f"workers ready ({clusters[1].model}); {load()}", flush=True)

        def cpu(workers: int) -> tuple[float, float]:
            """CPU seconds used so far by the cluster's worker processes, and by this process."""
            used = clusters[workers].client.run(_cpu_seconds)
            return sum(used.values()), _cpu_seconds()

        def run(workers: int, store_dir: Path) -> Build:
            cpu_before = cpu(workers)
            start = time.perf_counter()
            last = start
            events = 0
            with Store.open(store_dir) as store:
                for outcome in build(
                    read_inputs([str(path)]), store=store, batch_size=args.batch_size, cluster=clusters[workers]
                ):
                    assert outcome.ok, outcome.error
                    events += outcome.events
                    last = time.perf_counter()
            end = time.perf_counter()
            cpu_after = cpu(workers)
            return Build(last - start, end - start, events, cpu_after[0] - cpu_before[0], cpu_after[1] - cpu_before[1])

        rounds: list[dict[int, Build]] = []
        for r in range(args.repeat):
            order = (1, 2) if r % 2 == 0 else (2, 1)
            times = {w: run(w, work / f"store-{r}-{w}") for w in order}
            one_w, two_w = times[1], times[2]
            assert one_w.events == two_w.events, "one and two workers found different events"
            rounds.append(times)
            print(
                f"round {r + 1}: 1 worker {one_w.documents:.1f} s (total {one_w.total:.1f} s; CPU workers "
                f"{one_w.workers_cpu:.1f} s, client {one_w.client_cpu:.1f} s), 2 workers {two_w.documents:.1f} s "
                f"(total {two_w.total:.1f} s; CPU workers {two_w.workers_cpu:.1f} s, client {two_w.client_cpu:.1f} s): "
                f"speed-up {one_w.documents / two_w.documents:.2f}x documents, {one_w.total / two_w.total:.2f}x "
                f"total, {idle_estimate(one_w, two_w):.2f}x on two idle cores (from CPU); {load()}",
                flush=True,
            )
        for c in clusters.values():
            c.close()
    docs = statistics.median(t[1].documents / t[2].documents for t in rounds)
    total = statistics.median(t[1].total / t[2].total for t in rounds)
    estimate = statistics.median(idle_estimate(t[1], t[2]) for t in rounds)
    rate = args.docs / statistics.median(t[2].documents for t in rounds)
    print(
        f"median speed-up of 2 workers over 1: {docs:.2f}x until the last document, {total:.2f}x in all, "
        f"{estimate:.2f}x on two idle cores from the CPU times (goal >= 1.7)"
    )
    print(f"2 workers: {rate:.1f} documents/s; {load()}")


@dataclass(frozen=True)
class Build:
    documents: float  # wall seconds until the last document was committed
    total: float  # wall seconds in all
    events: int
    workers_cpu: float
    client_cpu: float


def idle_estimate(one: Build, two: Build) -> float:
    """The speed-up on two otherwise idle cores, from CPU times: one worker runs beside the client; two workers
    and the client share both cores."""
    return max(one.workers_cpu, one.client_cpu) / max((two.workers_cpu + two.client_cpu) / 2, two.client_cpu)


def _cpu_seconds() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    main()
