"""Cost of cross-document incident linking (kg.incidents.link) as the number of reports grows.

A synthetic feed at a constant rate (140 event reports a day, about ACLED's worldwide rate, so the span
grows with N: 100k reports are two years), 400 places and 300 actors with a skewed (Zipf-like)
popularity, as in real conflict news where a few capitals and groups appear in most reports; one report
in three repeats an incident already reported by another document.  Prints the time per size and the
ratio of the time per report at the largest size to that at the smallest: near 1 means linear.  The
number of candidates compared per report is the machine-independent measure (constant = linear); the
times move with whatever else the machine runs.

    python benchmarks/incidents_bench.py            # 10k, 30k, 100k reports

``--store N`` times the store side instead: a store of N synthetic articles (seven attack reports each, 20
places, 8 groups, a year of dates; written as N-Quads, no parsing), then ``update_incidents`` (reads the reports
a few days at a time and links them as they come), the same again with nothing changed, and the relink of the
whole store read in one query (``sync.reports`` + ``link``).  Run it with ``PYTHONPATH=`` another checkout to
time that code on the same store.

    python benchmarks/incidents_bench.py --store 3000

``--memory 1000,10000`` measures memory instead: for each size a store of that many synthetic articles (the same
generator: at 10,000 articles a day holds ten times the reports of 1,000, and a window of about 2,000 reports holds
ten times fewer days) is written by one process, and a fresh process opens it and runs ``update_incidents`` as
``kg build`` ends (glibc's mmap threshold pinned as in a build); it prints that process's resident memory once the
store is open and its peak (VmHWM) while linking, and the ratio of the peaks at the largest and smallest size
(issue 20: the build's peak within 10%, i.e. at most 1.10).

    python benchmarks/incidents_bench.py --memory 1000,10000
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from kg.incidents import Report, candidates, link


def feed(n: int, *, per_day: int = 140, seed: int = 1) -> list[Report]:
    rng = random.Random(seed)
    places = [f"place/{i}" for i in range(400)]
    actors = [f"actor/{i}" for i in range(300)]
    weights_p = [1 / (i + 1) for i in range(len(places))]
    weights_a = [1 / (i + 1) for i in range(len(actors))]
    start = date(2022, 1, 1)
    reports: list[Report] = []
    for i in range(n):
        if reports and rng.random() < 0.33:
            base = rng.choice(reports[-200:])  # another outlet reports a recent incident
            day = base.day + timedelta(days=rng.randint(0, 1)) if base.day else None
            reports.append(
                Report(f"e{i}", f"d{i}", base.family, day, base.place, base.agents, base.targets, base.named_agents)
            )
            continue
        agents = frozenset(rng.choices(actors, weights_a, k=rng.randint(0, 2)))
        reports.append(
            Report(
                event=f"e{i}",
                document=f"d{i}",
                family=rng.choice(("ATTACK", "ATTACK", "ATTACK", "DEFECTION", "ALLEGIANCE")),
                day=start + timedelta(days=rng.randint(0, max(1, n // per_day))),
                place=rng.choices(places, weights_p)[0] if rng.random() < 0.8 else None,
                agents=agents,
                targets=frozenset(rng.choices(actors, weights_a, k=rng.randint(0, 1))),
                named_agents=agents,
            )
        )
    return reports


_KG, _SEM, _DC = (
    "https://w3id.org/kg/ontology#",
    "http://semanticweb.cs.vu.nl/2009/11/sem/",
    "http://purl.org/dc/terms/",
)
_GAF, _NIF = (
    "http://groundedannotationframework.org/gaf#",
    "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
)
_A, _LABEL = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://www.w3.org/2000/01/rdf-schema#label"
_XSD = "http://www.w3.org/2001/XMLSchema#"


def store_quads(articles: int, *, seed: int = 1) -> str:
    """N-Quads of ``articles`` documents, seven attack reports each, shaped as kg writes them (types, document,
    date, place, agent, modality, polarity, mention offsets, sentences)."""
    rng = random.Random(seed)
    start = date(2022, 1, 1)
    lines = [f'<urn:bench:place/{p}> <{_LABEL}> "Town {p}" <urn:bench:actors> .' for p in range(20)]
    lines += [f'<urn:bench:group/{g}> <{_LABEL}> "Group {g}" <urn:bench:actors> .' for g in range(8)]
    for a in range(articles):
        doc = f"<urn:bench:doc/{a}>"
        day = start + timedelta(days=rng.randrange(365))
        lines += [f"{doc} <{_A}> <{_KG}Document> {doc} .", f'{doc} <{_DC}date> "{day}"^^<{_XSD}date> {doc} .']
        lines.append(f"{doc} <{_DC}source> <https://news{a % 5}.example/{a}> {doc} .")
        for i in range(7):
            e, mention, sentence = f"<urn:bench:doc/{a}/e{i}>", f"<urn:bench:doc/{a}#m{i}>", f"<urn:bench:doc/{a}#s{i}>"
            offset = f'"{i * 100}"^^<{_XSD}nonNegativeInteger>'
            lines += [
                f"{e} <{_A}> <{_KG}Attack> {doc} .",
                f"{e} <{_A}> <{_SEM}Event> {doc} .",
                f"{e} <{_KG}document> {doc} {doc} .",
                f"{e} <{_KG}modality> <{_KG}Asserted> {doc} .",
                f"{e} <{_KG}polarity> <{_KG}Positive> {doc} .",
                f"{e} <{_GAF}denotedBy> {mention} {doc} .",
                f"{mention} <{_A}> <{_KG}EventMention> {doc} .",
                f"{mention} <{_NIF}beginIndex> {offset} {doc} .",
                f"{sentence} <{_A}> <{_NIF}Sentence> {doc} .",
                f"{sentence} <{_NIF}beginIndex> {offset} {doc} .",
            ]
            if rng.random() < 0.6:
                lines.append(
                    f'{e} <{_SEM}hasTimeStamp> "{day - timedelta(days=rng.randrange(3))}"^^<{_XSD}date> {doc} .'
                )
            if rng.random() < 0.8:
                lines.append(f"{e} <{_SEM}hasPlace> <urn:bench:place/{rng.randrange(20)}> {doc} .")
            if rng.random() < 0.7:
                lines.append(f"{e} <{_KG}agent> <urn:bench:group/{rng.randrange(8)}> {doc} .")
    return "\n".join(lines) + "\n"


def store_bench(articles: int) -> None:
    from kg.incidents import sync
    from kg.store.embedded import Store

    print(f"kg from {Path(sync.__file__).parent.parent.parent}; load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(prefix="kg-incidents-bench-") as folder, Store.open(Path(folder) / "s") as store:
        store.load(store_quads(articles), format="nquads")
        for name in ("update_incidents", "again, nothing changed"):
            cpu, wall = time.process_time(), time.perf_counter()
            count = sync.update_incidents(store)
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            print(
                f"{articles:,} articles, {7 * articles:,} reports: {name}: {wall:.1f} s "
                f"({cpu:.1f} s CPU), {count:,} incidents"
            )
        cpu, wall = time.process_time(), time.perf_counter()
        count = len(link(sync.reports(store)))
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        print(
            f"{articles:,} articles: every report read at once and linked: {wall:.1f} s ({cpu:.1f} s CPU), "
            f"{count:,} incidents"
        )
    print(f"load average {os.getloadavg()[0]:.1f}")


def _status(key: str) -> int:
    """A line of /proc/self/status in KiB (VmRSS, VmHWM)."""
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith(key + ":"))


def _write_store(articles: int, path: str) -> None:
    from kg.store.embedded import Store

    with Store.open(path) as store:
        store.load(store_quads(articles), format="nquads")
        store.flush()


def _link_peak(path: str) -> None:
    """In a process of its own: open the store at ``path``, link its incidents, print the memory it took."""
    from kg.build import memory
    from kg.incidents import sync
    from kg.store.embedded import Store

    memory.pin_mmap_threshold()  # as kg build does before it links
    with Store.open(path) as store:
        opened = _status("VmRSS")
        try:
            with open("/proc/self/clear_refs", "w") as refs:
                refs.write("5")  # the peak from here on
        except OSError:
            pass
        windows = len(sync.windows(store))
        cpu = time.process_time()
        count = sync.update_incidents(store)
        cpu = time.process_time() - cpu
        print("LINKED", opened, _status("VmHWM"), count, windows, f"{cpu:.1f}")


def memory_bench(sizes: list[int]) -> None:
    from kg.incidents import sync

    print(f"kg from {Path(sync.__file__).parent.parent.parent}; load average {os.getloadavg()[0]:.1f}", flush=True)
    peaks = []
    for articles in sizes:
        with tempfile.TemporaryDirectory(prefix="kg-incidents-memory-") as folder:
            path = str(Path(folder) / "store")
            subprocess.run([sys.executable, __file__, "--write-store", str(articles), path], check=True)
            out = subprocess.run(
                [sys.executable, __file__, "--link-peak", path], check=True, capture_output=True, text=True
            ).stdout
        opened, peak, count, windows, cpu = next(
            line for line in out.splitlines() if line.startswith("LINKED")
        ).split()[1:]
        peaks.append(int(peak))
        print(
            f"{articles:,} articles, {7 * articles:,} reports in {windows} windows: RSS {int(opened) / 1024:.0f} MiB "
            f"with the store open, peak while linking {int(peak) / 1024:.0f} MiB; {int(count):,} incidents, "
            f"{cpu} s CPU",
            flush=True,
        )
    print(f"ratio of the linking peaks, {sizes[-1]:,} / {sizes[0]:,} articles: {peaks[-1] / peaks[0]:.3f}")
    print(f"load average {os.getloadavg()[0]:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    parser.add_argument("--store", type=int, metavar="ARTICLES", help="time update_incidents on a store instead")
    parser.add_argument("--memory", metavar="SIZES", help="peak memory of linking stores of these sizes (1000,10000)")
    parser.add_argument("--write-store", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--link-peak", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.write_store:
        _write_store(int(args.write_store[0]), args.write_store[1])
        return
    if args.link_peak:
        _link_peak(args.link_peak)
        return
    if args.memory:
        memory_bench([int(size) for size in args.memory.split(",")])
        return
    if args.store:
        store_bench(args.store)
        return
    per_report = []
    for n in args.sizes:
        reports = feed(n)
        started = time.perf_counter()
        incidents = link(reports)
        elapsed = time.perf_counter() - started
        per_report.append(elapsed / n)
        compared = sum(len(v) for v in candidates(reports).values()) / n
        print(
            f"{n:>8} reports  {len(incidents):>8} incidents  {elapsed:7.2f} s  {elapsed / n * 1e6:6.1f} us/report"
            f"  {compared:5.1f} candidates/report"
        )
    print(f"time per report, largest / smallest size: {per_report[-1] / per_report[0]:.2f} (1.0 = linear)")


if __name__ == "__main__":
    main()
