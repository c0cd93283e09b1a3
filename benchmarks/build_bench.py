"""Benchmark of ``kg build`` against spaCy alone, and of ``--jobs 2`` against ``--jobs 1``.

In ONE run, on the same synthetic news corpus (benchmarks/corpus.py; JSON Lines, read from disk):

* raw ``nlp.pipe`` over the texts with kg's pipeline (the trained model plus kg's sentence splitter
  and gazetteer ruler, i.e. the spaCy work kg cannot avoid), batch size as kg's;
* ``kg.build.jobs.build`` (what ``kg build`` runs after loading the model) into a new on-disk store,
  ``jobs=1`` and ``jobs=2``;

and prints the ratios: kg build / raw spaCy (goal <= 1.15) and jobs 1 / jobs 2 (goal >= 1.6).
The three are timed back to back in ``--repeat`` rounds, and the median round's ratios are printed;
so is the ratio of each ``--jobs 1`` build to the time it spent inside ``nlp.pipe`` (kg's own share
measured within one run, which the machine's drift between runs cannot bias).
The model is loaded once, before timing.  With ``--rss N1,N2`` it also runs ``kg build`` in fresh
processes on N1 and N2 articles and prints each one's peak resident memory (flat = streaming).

Run:  python benchmarks/build_bench.py --docs 1000 [--repeat 3] [--rss 1000,10000] [--rss-only]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

import corpus  # noqa: E402

RSS_CHILD = """
import resource, sys
from kg.cli import main
sys.argv = ["kg", "build", sys.argv[1], "--store", sys.argv[2], "--jobs", sys.argv[3]]
try:
    main()
except SystemExit:
    pass
# VmHWM is this process's own peak; ru_maxrss would include the parent's peak (Linux keeps it across exec).
try:
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print("RSS", peak, file=sys.stderr)
"""


def timed(fn) -> float:  # noqa: ANN001
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000, help="articles in the corpus")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=3, help="rounds of the three timings (medians are printed)")
    parser.add_argument("--rss", default="", help="comma-separated corpus sizes for the peak-memory runs")
    parser.add_argument("--rss-only", action="store_true", help="skip the timings")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-build-bench-"))
    if not args.rss_only:
        timings(args, work)
    for n in [int(x) for x in args.rss.split(",") if x]:
        big = corpus.write(work / f"news-{n}.jsonl", n)
        done = subprocess.run(
            [sys.executable, "-c", RSS_CHILD, str(big), str(work / f"rss-{n}"), "1"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        rss = next((int(line.split()[1]) for line in done.stderr.splitlines() if line.startswith("RSS")), 0)
        print(f"peak RSS kg build of {n} articles (--jobs 1): {rss / 1024:.0f} MiB", flush=True)


def timings(args: argparse.Namespace, work: Path) -> None:

    from kg.build.io import read_inputs
    from kg.build.jobs import build
    from kg.extract.nlp import load
    from kg.store.embedded import Store

    path = corpus.write(work / "news.jsonl", args.docs)
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    chars = sum(map(len, texts))
    print(f"corpus: {len(texts)} articles, {chars / len(texts):,.0f} characters each on average ({path})")
    nlp = load()
    list(nlp.pipe(texts[:50]))  # warm up

    spacy_inside: list[float] = []  # per --jobs 1 build: seconds spent inside nlp.pipe

    def timed_pipe(pipe):  # noqa: ANN001, ANN202
        def wrapper(*a, **k):  # noqa: ANN002, ANN003, ANN202
            if not k.get("as_tuples"):
                # kg calls nlp.pipe(as_tuples=True), which calls nlp.pipe again: time the outer call only.
                yield from pipe(*a, **k)
                return
            docs = pipe(*a, **k)
            while True:
                start = time.perf_counter()
                doc = next(docs, None)
                spacy_inside[-1] += time.perf_counter() - start
                if doc is None:
                    return
                yield doc

        return wrapper

    def run_build(jobs: int, store_dir: Path) -> tuple[int, int]:
        if jobs == 1:
            # Time spent inside spaCy during this very build: the ratio of the build's time to it is
            # kg's own share measured in the same run, which no drift of the machine can bias.
            spacy_inside.append(0.0)
            nlp.pipe = timed_pipe(type(nlp).pipe.__get__(nlp))
        try:
            with Store.open(store_dir) as store:
                outcomes = list(
                    build(read_inputs([str(path)]), store=store, nlp=nlp, batch_size=args.batch_size, jobs=jobs)
                )
                return sum(o.events for o in outcomes), len(store)
        finally:
            nlp.__dict__.pop("pipe", None)

    # Rounds of raw, jobs 1, jobs 2 back to back: a shared machine's speed drifts by 10% and more
    # over minutes, so each round's ratios compare runs made seconds apart, every other round runs
    # them in reverse order (a steady drift then favours neither side), and the median is reported.
    rounds: list[tuple[float, float, float]] = []
    results: dict[str, tuple[int, int]] = {}
    for r in range(args.repeat):
        runs = {
            "raw": lambda: list(nlp.pipe(texts, batch_size=args.batch_size)),
            "1": lambda r=r: results.__setitem__("1", run_build(1, work / f"store-{r}-jobs1")),
            "2": lambda r=r: results.__setitem__("2", run_build(2, work / f"store-{r}-jobs2")),
        }
        order = list(runs) if r % 2 == 0 else list(reversed(runs))
        took = {name: timed(runs[name]) for name in order}
        t_raw, t_1, t_2 = took["raw"], took["1"], took["2"]
        rounds.append((t_raw, t_1, t_2))
        print(
            f"round {r + 1}: raw nlp.pipe {t_raw:.2f} s, kg build --jobs 1 {t_1:.2f} s "
            f"({spacy_inside[-1]:.2f} s of it inside spaCy), --jobs 2 {t_2:.2f} s: "
            f"ratio {t_1 / t_raw:.3f}, in-run ratio {t_1 / spacy_inside[-1]:.3f}, speed-up {t_1 / t_2:.2f}x",
            flush=True,
        )
    t_raw, t_1, t_2 = (statistics.median(column) for column in zip(*rounds, strict=True))
    events, triples = results["1"]
    print(f"raw nlp.pipe        {t_raw:8.2f} s  {len(texts) / t_raw:7.1f} docs/s   (medians of {args.repeat} rounds)")
    print(f"kg build --jobs 1   {t_1:8.2f} s  {len(texts) / t_1:7.1f} docs/s  ({events} events, {triples} triples)")
    print(f"kg build --jobs 2   {t_2:8.2f} s  {len(texts) / t_2:7.1f} docs/s")
    if results["2"] != results["1"]:
        print(f"WARNING: --jobs 2 stored {results['2']} (events, triples), --jobs 1 {results['1']}")
    ratio = statistics.median(t1 / raw for raw, t1, _ in rounds)
    speedup = statistics.median(t1 / t2 for _, t1, t2 in rounds)
    inside = statistics.median(t1 / spacy for (_, t1, _), spacy in zip(rounds, spacy_inside, strict=True))
    print(f"ratio kg-build-jobs1/raw-nlp.pipe: {ratio:.3f} (median of the rounds' ratios; goal <= 1.15)")
    print(f"ratio kg-build-jobs1/its-own-time-in-spaCy: {inside:.3f} (same run, so immune to drift; median)")
    print(f"ratio jobs1/jobs2 speedup: {speedup:.2f}x (median of the rounds' ratios; goal >= 1.6)")


if __name__ == "__main__":
    main()
