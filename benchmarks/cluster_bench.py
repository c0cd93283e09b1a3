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

        def run(workers: int, store_dir: Path) -> tuple[float, float, int]:
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
            return last - start, time.perf_counter() - start, events

        rounds: list[dict[int, tuple[float, float, int]]] = []
        for r in range(args.repeat):
            order = (1, 2) if r % 2 == 0 else (2, 1)
            times = {w: run(w, work / f"store-{r}-{w}") for w in order}
            assert times[1][2] == times[2][2], "one and two workers found different events"
            rounds.append(times)
            print(
                f"round {r + 1}: 1 worker {times[1][0]:.1f} s (total {times[1][1]:.1f} s), "
                f"2 workers {times[2][0]:.1f} s (total {times[2][1]:.1f} s): "
                f"speed-up {times[1][0] / times[2][0]:.2f}x documents, {times[1][1] / times[2][1]:.2f}x total; "
                f"{load()}",
                flush=True,
            )
        for c in clusters.values():
            c.close()
    docs = statistics.median(t[1][0] / t[2][0] for t in rounds)
    total = statistics.median(t[1][1] / t[2][1] for t in rounds)
    rate = args.docs / statistics.median(t[2][0] for t in rounds)
    print(
        f"median speed-up of 2 workers over 1: {docs:.2f}x until the last document, {total:.2f}x in all (goal >= 1.7)"
    )
    print(f"2 workers: {rate:.1f} documents/s; {load()}")


if __name__ == "__main__":
    main()
