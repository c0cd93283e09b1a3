"""Cost of cross-document incident linking (kg.incidents.link) as the number of reports grows.

A synthetic feed at a constant rate (140 event reports a day, about ACLED's worldwide rate, so the span
grows with N: 100k reports are two years), 400 places and 300 actors with a skewed (Zipf-like)
popularity, as in real conflict news where a few capitals and groups appear in most reports; one report
in three repeats an incident already reported by another document.  Prints the time per size and the
ratio of the time per report at the largest size to that at the smallest: near 1 means linear.  The
number of candidates compared per report is the machine-independent measure (constant = linear); the
times move with whatever else the machine runs.

    python benchmarks/incidents_bench.py            # 10k, 30k, 100k reports
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, timedelta

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    args = parser.parse_args()
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
