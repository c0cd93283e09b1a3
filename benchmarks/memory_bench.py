"""Peak memory of ``kg build`` at two corpus sizes, measured in one run: is it flat?

Each size runs ``kg build --jobs 1`` of the synthetic news corpus (benchmarks/corpus.py: templated attack, air
strike, defection and allegiance articles of 1-2 KB over one year of dates) in a fresh process, into a new store,
and reads the process's own peak resident memory (VmHWM) twice: when the last document is committed, before
the incidents are linked, and at the end.  It prints both peaks for each size, spaCy's string store at the end,
and the ratio of the two final peaks (issue 20's goal: within 10%, i.e. at most 1.10).  While a build runs it
prints the resident memory and the peak after every 1,000 committed documents.

Run:  python benchmarks/memory_bench.py [--sizes 1000,10000]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus  # noqa: E402

CHILD = """
import sys
import kg.incidents.sync as sync
from kg.cli import main

def peak():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))

def resident():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))

import kg.build.jobs as jobs
commit = jobs._commit
committed = [0]
def counted(store, batch, **options):
    out = commit(store, batch, **options)
    before, committed[0] = committed[0], committed[0] + len(out)
    if committed[0] // 1000 > before // 1000:
        print("PROGRESS", committed[0], resident(), peak(), file=sys.stderr, flush=True)
    return out
jobs._commit = counted

link = sync.update_incidents
def timed_link(store):
    print("BEFORE-LINKING", peak(), file=sys.stderr)
    return link(store)
sync.update_incidents = timed_link

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


def measure(size: int, work: Path) -> dict[str, int]:
    path = corpus.write(work / f"news-{size}.jsonl", size)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(work / f"store-{size}")],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stderr is not None
    found: dict[str, int] = {}
    tail: list[str] = []
    for line in child.stderr:  # read as it comes, so a long run shows its curve (and a stopped one part of it)
        tail = [*tail[-40:], line]
        parts = line.split()
        if parts and parts[0] == "PROGRESS":
            print(
                f"  {size:,} articles: {int(parts[1]):,} committed, RSS {int(parts[2]) / 1024:.0f} MiB, "
                f"peak {int(parts[3]) / 1024:.0f} MiB",
                flush=True,
            )
        elif parts and parts[0] in ("BEFORE-LINKING", "END", "STRINGS"):
            found[parts[0]] = int(parts[1])
            if parts[0] == "STRINGS":
                found["LEXEMES"] = int(parts[2])
    child.wait()
    if "END" not in found:
        raise SystemExit(f"kg build of {size} articles failed:\n{''.join(tail)[-2000:]}")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="two comma-separated corpus sizes")
    args = parser.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    work = Path(tempfile.mkdtemp(prefix="kg-memory-bench-"))
    print(f"load average at the start: {os.getloadavg()[0]:.1f}", flush=True)
    peaks = []
    for size in sizes:
        found = measure(size, work)
        peaks.append(found["END"])
        print(
            f"kg build of {size:,} articles: peak RSS {found['END'] / 1024:.0f} MiB "
            f"({found.get('BEFORE-LINKING', 0) / 1024:.0f} MiB before linking incidents); "
            f"spaCy strings {found.get('STRINGS', 0):,}, lexemes {found.get('LEXEMES', 0):,}",
            flush=True,
        )
    print(f"ratio of peaks, {sizes[-1]:,} / {sizes[0]:,} articles: {peaks[-1] / peaks[0]:.3f} (goal <= 1.10)")
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
