"""Peak memory of ``kg build`` at two corpus sizes, measured in one run: is it flat?

Each size runs ``kg build --jobs 1`` of the synthetic news corpus (benchmarks/corpus.py: templated attack, air
strike, defection and allegiance articles of 1-2 KB over one year of dates) in a fresh process, into a new store,
and reads the process's own peak resident memory (VmHWM) twice: when the last document is committed, before
the incidents are linked, and at the end.  It prints both peaks for each size, spaCy's string store at the end,
and the ratio of the two final peaks (issue 20's goal: within 10%, i.e. at most 1.10).  While a build runs it
prints, after every 1,000 committed documents, the resident memory, the peak so far, the peak of those 1,000
documents alone (``VmHWM`` is reset after each, through ``/proc/self/clear_refs``; the build's peak is the highest
of them) and glibc's heap in use; at the end, the slope of the intervals' peaks.  A build's peak is the heaviest
batch's, so it rises with the number of batches even when nothing grows: the intervals' slope tells the two apart.

``--no-parse`` measures the build's writing side alone, in minutes instead of hours: the first ``--sample`` articles
(300) are parsed once, here, and each size's child runs ``kg.build.jobs.build`` (batches, flushes, trims, the
store's writes and the incidents' linking: everything but spaCy) over that many documents made of the sample's
graphs, copy k of a document with every IRI and plain literal that no other sample document has renamed (``-rK``),
so each copy adds its own document, events, sentences and local entities while actors, places and the run stay
shared, as in the corpus.  Without the model the peaks are lower, so the ratio there reads higher than the same
growth in MiB would give a real build: both are printed.

Run:  python benchmarks/memory_bench.py [--sizes 1000,10000] [--no-parse [--sample 300]]
"""

from __future__ import annotations

import argparse
import collections
import os
import pickle
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus  # noqa: E402

# What both children run first: the peak before linking, and the resident memory every 1,000 committed documents.
MONITOR = """
import sys
import kg.incidents.sync as sync

def _status(field):
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith(field))

highest = [0]  # the peak of the intervals before the current one (VmHWM is reset after each)

def peak():
    return max(highest[0], _status("VmHWM:"))

def resident():
    return _status("VmRSS:")

def interval_peak():  # VmHWM since the last call, which resets it (the process's peak stays in peak())
    now = _status("VmHWM:")
    highest[0] = max(highest[0], now)
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
    except OSError:
        pass
    return now

def heap_in_use():  # glibc's heap in use (mallinfo2, every arena) in KiB: native memory, Oxigraph's among it
    import ctypes
    class Mallinfo2(ctypes.Structure):
        _fields_ = [(name, ctypes.c_size_t) for name in
                    "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost".split()]
    try:
        libc = ctypes.CDLL(None)
        libc.mallinfo2.restype = Mallinfo2
        return libc.mallinfo2().uordblks // 1024
    except (OSError, AttributeError):
        return -1

import kg.build.jobs as jobs
commit = jobs._commit
committed = [0]
def counted(store, batch, **options):
    out = commit(store, batch, **options)
    before, committed[0] = committed[0], committed[0] + len(out)
    if committed[0] // 1000 > before // 1000:
        print("PROGRESS", committed[0], resident(), peak(), interval_peak(), heap_in_use(), file=sys.stderr, flush=True)
    return out
jobs._commit = counted

link = sync.update_incidents
def timed_link(store):
    print("BEFORE-LINKING", peak(), file=sys.stderr)
    return link(store)
sync.update_incidents = timed_link
"""

CHILD = (
    MONITOR
    + """
from kg.cli import main
import kg.extract.nlp as nlp_module
loaded = []
load = nlp_module.load
def remember(*args, **kwargs):
    loaded.append(load(*args, **kwargs))
    return loaded[-1]
nlp_module.load = remember

sys.argv = ["kg", "build", sys.argv[1], "--store", sys.argv[2], "--jobs", "1"]
try:
    main()
except SystemExit:
    pass
print("END", peak(), file=sys.stderr)
if loaded:
    print("STRINGS", len(loaded[0].vocab.strings), len(loaded[0].vocab), file=sys.stderr)
"""
)


# The --no-parse child: kg build's writer fed with the sample's graphs (a stand-in for the workers: the cluster hook).
REPLAY = (
    MONITOR
    + """
sys.path.insert(0, sys.argv[4])
import memory_bench
from kg.build.jobs import Outcome, build
from kg.store.base import Statements
from kg.store.embedded import Store

class Copies:
    def batches(self, items, *, batch_size=32, prefilter=False):
        sample, unique = memory_bench.load_sample(sys.argv[1])
        batch = []
        for i in range(int(sys.argv[2])):
            copy, (doc_id, text) = i // len(sample), sample[i % len(sample)]
            name = doc_id if copy == 0 else f"{doc_id}-r{copy}"
            statements = Statements(memory_bench.renamed(text, copy, unique))
            batch.append((Outcome(source=name, doc_id=name, events=1), statements))
            if len(batch) == batch_size:
                yield batch
                batch = []
        if batch:
            yield batch

with Store.open(sys.argv[3]) as store:
    for outcome in build([], store=store, cluster=Copies()):
        assert outcome.ok, outcome.error
print("END", peak(), file=sys.stderr)
"""
)
# A term of a statement: an IRI, or a literal with its datatype or language.
_TERM = re.compile(r'<[^>\n]*>|"(?:[^"\\\n]|\\.)*"(?:\^\^<[^>]*>|@[\w-]+)?')


def write_sample(path: Path, size: int, work: Path) -> None:
    """Parse the first ``size`` articles of the corpus and pickle each document's id and statements."""
    from kg.build.io import read_inputs
    from kg.build.jobs import _extract_serial, _with_triples
    from kg.extract.nlp import load, model_name

    nlp = load()
    inputs = read_inputs([str(corpus.write(work / f"sample-{size}.jsonl", size))])
    prepared = _with_triples(_extract_serial(inputs, nlp=nlp, batch_size=32, prefilter=True), model=model_name(nlp))
    documents = [(outcome.doc_id, statements.text) for outcome, statements in prepared if statements is not None]
    path.write_bytes(pickle.dumps(documents))


def load_sample(path: str) -> tuple[list[tuple[str, str]], set[str]]:
    """The sample's documents, and the terms only one of them has (what a copy renames)."""
    documents = pickle.loads(Path(path).read_bytes())
    counts: collections.Counter[str] = collections.Counter()
    for _, text in documents:
        counts.update(set(_TERM.findall(text)))
    return documents, {term for term, n in counts.items() if n == 1}


def renamed(text: str, copy: int, unique: set[str]) -> str:
    """Copy ``copy`` of a document's statements: its own IRIs and plain literals get ``-rK`` (``rK``)."""
    if copy == 0:
        return text

    def rename(match: re.Match[str]) -> str:
        term = match.group()
        if term not in unique or (term[0] == '"' and term[-1] != '"'):
            return term  # shared, or a typed literal (dates, offsets) that a new copy would repeat anyway
        if term[0] == "<":
            iri, hashmark, fragment = term[1:-1].partition("#")
            return f"<{iri}-r{copy}{hashmark}{fragment}>"
        return f'{term[:-1]} r{copy}"'

    return _TERM.sub(rename, text)


def measure(size: int, work: Path, sample: Path | None = None) -> dict[str, int]:
    if sample is None:
        arguments = ["-c", CHILD, str(corpus.write(work / f"news-{size}.jsonl", size)), str(work / f"store-{size}")]
    else:
        arguments = ["-c", REPLAY, str(sample), str(size), str(work / f"store-{size}"), str(ROOT / "benchmarks")]
    child = subprocess.Popen(
        [sys.executable, *arguments],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stderr is not None
    found: dict[str, int] = {}
    intervals: list[tuple[int, int]] = []
    tail: list[str] = []
    for line in child.stderr:  # read as it comes, so a long run shows its curve (and a stopped one part of it)
        tail = [*tail[-40:], line]
        parts = line.split()
        if parts and parts[0] == "PROGRESS":
            intervals.append((int(parts[1]), int(parts[4])))
            print(
                f"  {size:,} articles: {int(parts[1]):,} committed, RSS {int(parts[2]) / 1024:.0f} MiB, "
                f"peak {int(parts[3]) / 1024:.0f} MiB, peak of these 1,000 {int(parts[4]) / 1024:.0f} MiB, "
                f"C heap in use {int(parts[5]) / 1024:.0f} MiB",
                flush=True,
            )
        elif parts and parts[0] in ("BEFORE-LINKING", "END", "STRINGS"):
            found[parts[0]] = int(parts[1])
            if parts[0] == "STRINGS":
                found["LEXEMES"] = int(parts[2])
    child.wait()
    if "END" not in found:
        raise SystemExit(f"kg build of {size} articles failed:\n{''.join(tail)[-2000:]}")
    if len(intervals) >= 4:
        found["SLOPE"] = round(slope(intervals[1:]))
    return found


def slope(points: list[tuple[int, int]]) -> float:
    """Least-squares growth of the intervals' peaks, KiB per 1,000 documents: a steady growth, unlike a build's
    peak, which also rises with the number of batches that get a chance to be the heaviest."""
    n = len(points)
    mean_x, mean_y = sum(x for x, _ in points) / n, sum(y for _, y in points) / n
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    return 1000 * sum((x - mean_x) * (y - mean_y) for x, y in points) / spread


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="two comma-separated corpus sizes")
    parser.add_argument("--no-parse", action="store_true", help="replay a parsed sample's graphs: no spaCy per size")
    parser.add_argument("--sample", type=int, default=300, help="articles parsed for --no-parse (default 300)")
    args = parser.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    work = Path(tempfile.mkdtemp(prefix="kg-memory-bench-"))
    print(f"load average at the start: {os.getloadavg()[0]:.1f}", flush=True)
    sample = None
    if args.no_parse:
        sample = work / "sample.pickle"
        write_sample(sample, args.sample, work)
    peaks, before = [], []
    what = "replay (no parsing)" if sample else "kg build"
    for size in sizes:
        found = measure(size, work, sample)
        peaks.append(found["END"])
        before.append(found.get("BEFORE-LINKING", 0))
        print(
            f"{what} of {size:,} articles: peak RSS {found['END'] / 1024:.0f} MiB "
            f"({found.get('BEFORE-LINKING', 0) / 1024:.0f} MiB before linking incidents)"
            + ("" if sample else f"; spaCy strings {found.get('STRINGS', 0):,}, lexemes {found.get('LEXEMES', 0):,}")
            + (
                f"; the peaks of its 1,000-document intervals rise {found['SLOPE'] / 1024:+.1f} MiB per 1,000 "
                "(least squares, the first interval left out)"
                if "SLOPE" in found
                else ""
            ),
            flush=True,
        )
    print(
        f"ratio of peaks, {sizes[-1]:,} / {sizes[0]:,} articles: {peaks[-1] / peaks[0]:.3f} (goal <= 1.10); "
        f"before linking {before[-1] / max(before[0], 1):.3f}; growth {(peaks[-1] - peaks[0]) / 1024:+.0f} MiB"
    )
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
