"""Leave-one-set-out evaluation of the learned role ranker (kg.extract.learned.ranker).

Each set's records are extracted once with no ranker, and every slot of their events is kept with its candidates
(kg.extract.learned.rankertrain.examples, cached in DIR). For each training set S, a model is trained on every other
training set and fills S's empty slots; S is scored with and without the fills at each threshold of a grid (one
threshold for both roles, and each role alone). Sets no model trains on (dev, and gold files given with --gold, such
as real news kept outside the repository) are filled by the model trained on every training set. Filling a slot in
the records is what the pipeline does: the ranker runs last, on the merged events, and only on empty slots.

    python benchmarks/role_ranker.py DIR [--sets S ...] [--gold NAME=PATH ...] [--json OUT]
    python benchmarks/role_ranker.py DIR --train            # write kg/data/role_ranker.json.gz from every set
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quality import gold_sets  # noqa: E402

from kg.contract import extraction_record  # noqa: E402
from kg.evaluate import load_gold, matches, score  # noqa: E402
from kg.extract.learned import rankertrain  # noqa: E402
from kg.extract.learned.ranker import MODEL_FILE, Ranker, ranker  # noqa: E402
from kg.extract.learned.train import FIXTURES, dump  # noqa: E402

GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
ROLE_CHOICES = ("both", "agent", "target")


def filled(data: list[dict], model: Ranker, threshold: float, roles: tuple[str, ...]) -> dict[str, dict]:
    """The prediction records of ``data`` with their empty slots of ``roles`` filled at ``threshold``."""
    out = {}
    for record in data:
        prediction = copy.deepcopy(record["prediction"])
        for slot in record["slots"]:
            if slot["filled"] or slot["role"] not in roles:
                continue
            best = max(slot["candidates"], key=lambda c: c["p"])
            if best["p"] >= threshold:
                prediction["events"][slot["index"]][slot["role"]] = {"text": best["text"]}
        out[record["id"]] = prediction
    return out


def _scored(data: list[dict], model: Ranker) -> None:
    for record in data:
        for slot in record["slots"]:
            for cand in slot["candidates"]:
                cand["p"] = model.likelihood(cand["features"])


def row(name: str, gold_path: Path, data: list[dict], model: Ranker) -> dict:
    """The headline of a set with no ranker and with it at each threshold and choice of roles."""
    gold = load_gold(gold_path)
    _scored(data, model)
    base = score(gold, {r["id"]: r["prediction"] for r in data})
    figures: dict[str, object] = {"base": base.headline, "recall": dict(base.role_recall)}
    for choice in ROLE_CHOICES:
        roles = ("agent", "target") if choice == "both" else (choice,)
        for threshold in GRID:
            result = score(gold, filled(data, model, threshold, roles))
            figures[f"{choice}@{threshold}"] = result.headline
    empty = sum(1 for r in data for s in r["slots"] if not s["filled"])
    reachable = sum(1 for r in data for s in r["slots"] if not s["filled"] and any(c["label"] for c in s["candidates"]))
    figures["empty"], figures["reachable"] = empty, reachable
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=Path)
    parser.add_argument("--sets", nargs="*", default=list(rankertrain.TRAINING_SETS) + ["dev"])
    parser.add_argument("--gold", action="append", default=[], help="NAME=PATH of a gold file kept elsewhere")
    parser.add_argument(
        "--train-gold", action="append", default=[], help="NAME=PATH of a gold file kept elsewhere, trained on too"
    )
    parser.add_argument("--json", type=Path)
    parser.add_argument("--train", action="store_true", help="write the shipped model (trained on every set)")
    args = parser.parse_args()
    from kg.extract.nlp import load

    nlp = load()
    paths = dict(gold_sets())
    extra = dict(item.split("=", 1) for item in args.gold)
    paths.update({k: Path(v) for k, v in extra.items()})
    training = {n: rankertrain.cached(n, nlp, matches, extraction_record, args.dir) for n in rankertrain.TRAINING_SETS}
    for name, path in (item.split("=", 1) for item in args.train_gold):
        paths[name] = Path(path)
        training[name] = rankertrain.cached(name, nlp, matches, extraction_record, args.dir, Path(path))
    contents = rankertrain.model([r for d in training.values() for r in d], rankertrain.THRESHOLDS)
    if args.train:
        (Path(__file__).resolve().parents[1] / "kg" / "data" / MODEL_FILE).write_bytes(dump(contents))
        return
    everything = ranker(contents)
    table = {}
    for name in [*args.sets, *extra]:
        started = time.time()
        if name in training:
            rest = [r for other, d in training.items() if other != name for r in d]
            model = ranker(rankertrain.model(rest, rankertrain.THRESHOLDS))
            data = training[name]
        else:
            model = everything
            data = rankertrain.cached(name, nlp, matches, extraction_record, args.dir, paths.get(name))
        table[name] = row(name, paths.get(name) or FIXTURES / f"{name}.jsonl", data, model)
        figures = table[name]
        cells = " ".join(f"{k}={v:.3f}" for k, v in figures.items() if "@" in k and k.startswith("both"))
        print(
            f"{name:16} base={figures['base']:.3f} {cells} empty={figures['empty']} reach={figures['reachable']}"
            f" ({time.time() - started:.0f}s)",
            flush=True,
        )
    for choice in ROLE_CHOICES:
        for threshold in GRID:
            key = f"{choice}@{threshold}"
            gains = [t[key] - t["base"] for t in table.values() if t[key] is not None and t["base"] is not None]
            folds = [n for n in table if n in training]
            fold_gain = sum(table[n][key] - table[n]["base"] for n in folds) / max(1, len(folds))
            print(f"{key:12} mean gain all {sum(gains) / max(1, len(gains)):+.4f}  training folds {fold_gain:+.4f}")
    if args.json:
        args.json.write_text(json.dumps(table, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
