"""Cross-document incident linking quality on tests/fixtures/incidents.jsonl (speed: incidents_bench.py).

Builds the gold documents into a temporary store with ``kg.build.jobs.build`` (which links incidents
after the build), reads every asserted event with its ``kg:Incident`` and scores them with
``kg.incidents.evaluate``: B³ over event mentions and over document reports, and pairwise
precision/recall/F1 over cross-document pairs of reports kg found (the linker alone).  Then lists the
pairs of reports linked that are different incidents and the pairs left apart that are one.

    python benchmarks/incidents_quality.py
    python benchmarks/incidents_quality.py --gold other.jsonl --events   # also every event and its incident
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from kg.build.jobs import build
from kg.extract.nlp import load
from kg.incidents.evaluate import PRF, Prediction, load_gold, predictions, score
from kg.store.embedded import Store

GOLD = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "incidents.jsonl"


def _row(name: str, prf: PRF) -> str:
    def f(x: float | None) -> str:
        return "   -  " if x is None else f"{x:6.3f}"

    return f"{name:<34}{f(prf.precision)}{f(prf.recall)}{f(prf.f1)}{prf.support:>8}"


def run(gold_path: Path) -> tuple[list, list[Prediction]]:
    gold = load_gold(gold_path)
    with tempfile.TemporaryDirectory(prefix="kg-incidents-") as folder, Store.open(Path(folder) / "store") as store:
        list(build([d.document() for d in gold], store=store, nlp=load()))
        return gold, predictions(store)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--events", action="store_true", help="print every event, its gold report and its incident")
    args = parser.parse_args()
    gold, predicted = run(args.gold)
    scores = score(gold, predicted)
    incidents = {i for d in gold for i in d.incidents}
    print(f"{len(gold)} documents, {len(incidents)} gold incidents, {scores.events} asserted events")
    print(f"{'':<34}{'P':>6}{'R':>6}{'F1':>6}{'items':>8}")
    print(_row("B3 over event mentions", scores.mentions))
    print(_row("B3 over document reports", scores.reports))
    print(_row("cross-document pairs (found)", scores.pairs))
    print(
        f"spurious events {scores.spurious}, missed reports {scores.missed}, "
        f"gold pairs with a missed side {scores.unscorable}"
    )
    if scores.missed_reports:
        print("missed: " + ", ".join(f"{doc} [{incident}]" for doc, incident in scores.missed_reports))
    for title, pairs in (("wrongly linked", scores.wrongly_linked), ("wrongly separated", scores.wrongly_separated)):
        print(f"\n{title} ({len(pairs)}):")
        for (doc_a, inc_a), (doc_b, inc_b) in pairs:
            print(f"  {doc_a} [{inc_a}]  ~  {doc_b} [{inc_b}]")
    if args.events:
        from kg.incidents.evaluate import align

        by_id = {d.id: d for d in gold}
        print("\nevents:")
        for p in sorted(predicted, key=lambda p: (p.incident, p.document)):
            if p.document in by_id:
                print(f"  {p.incident[-16:]}  {p.document:<28} {align(by_id[p.document], p)}  | {p.sentence[:70]}")


if __name__ == "__main__":
    main()
