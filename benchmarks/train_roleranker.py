"""Train the learned role ranker (kg/extract/roleranker.py) and write kg/data/roleranker.json.

Training data is the project's own annotations only: tests/fixtures/heldout.jsonl, stress.jsonl and
stress2..stress6.jsonl.  Never ../shared/eval (dev, seed) and never stress7, stress8 or stress9, which are the
held-out checks.  For every event kg's rules extract with an empty agent or target, each candidate the ranker
lists is labelled positive when it matches (kg.evaluate.matches, the scorer's rule) a gold alias of that role in
a gold event of the event's family in the same record.

The model is L2-regularised logistic regression fitted by full-batch gradient descent in numpy from zero weights:
no randomness, so the same fixtures give the same weights byte for byte.  The threshold of each role is chosen by
leave-one-set-out cross-validation on the training sets: for each set, a model trained on the others fills that
set's empty roles and kg.evaluate.score measures the headline; the threshold with the best mean gain wins.

    python benchmarks/train_roleranker.py                    # write kg/data/roleranker.json
    python benchmarks/train_roleranker.py --cache /tmp/rr    # keep the extracted candidates between runs
    python benchmarks/train_roleranker.py --sets heldout --limit 40 --out /tmp/w.json   # a small slice
"""

from __future__ import annotations

import argparse
import copy
import json
import pickle
from collections import Counter
from pathlib import Path

import numpy as np

from kg.evaluate import load_gold, matches, predict, score
from kg.extract import roleranker
from kg.extract.nlp import load

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
TRAINING_SETS = ("heldout", "stress", "stress2", "stress3", "stress4", "stress5", "stress6")
FORBIDDEN = ("stress7", "stress8", "stress9", "dev", "seed")
OUT = ROOT / "kg" / "data" / "roleranker.json"
MIN_COUNT = 3  # a feature seen fewer times in training is dropped
L2 = 10.0  # on the summed loss
STEPS = 600
RATE = 2.0
FROM_FILLED = True  # learn from the candidates of roles the rules filled as well
THRESHOLDS = (*(round(0.3 + 0.05 * n, 2) for n in range(14)), 2.0)  # 0.30 .. 0.95, and never
DEFAULT_THRESHOLD = 0.6
SCORED = {"asserted", "inspired", ""}
FAMILY = {"ATTACK": "ATTACK", "AIRSTRIKE": "ATTACK", "DEFECTION": "DEFECTION", "ALLEGIANCE": "ALLEGIANCE"}


def extract_set(name: str, nlp, limit: int | None = None) -> dict:
    """kg's predictions on one training set (ranker off) and the candidates of every empty role, labelled."""
    if name in FORBIDDEN:
        raise SystemExit(f"{name} is not training data")
    gold = load_gold(FIXTURES / f"{name}.jsonl")[:limit]
    groups: list = []
    roleranker.collect(groups)
    try:
        predictions = predict(gold, nlp)
    finally:
        roleranker.collect(None)
    by_id = {r.id: r for r in gold}
    rows = []
    for doc_id, index, role, filled, cands in groups:
        event = predictions[doc_id]["events"][index]
        family = FAMILY[event["type"]]
        aliases = [
            a
            for e in by_id[doc_id].events
            if FAMILY.get(e.type) == family and e.modality in SCORED
            for a in e.roles.get(role, ())
        ]
        labelled = [
            (c.features, any(matches(s, a) for s in (c.mention.span.text, c.mention.entity.label) for a in aliases))
            for c in cands
        ]
        texts = [(c.mention.span.text, c.mention.entity.label) for c in cands]
        rows.append({"doc": doc_id, "index": index, "role": role, "filled": filled, "cands": labelled, "texts": texts})
    return {"gold": gold, "predictions": predictions, "rows": rows}


def fit(rows: list[dict]) -> dict:
    """Logistic regression on every candidate of ``rows``: ``{"bias", "weights"}`` rounded for a stable file."""
    examples = [(feats, label) for row in rows if FROM_FILLED or not row["filled"] for feats, label in row["cands"]]
    counts = Counter(f for feats, _ in examples for f in set(feats))
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: n for n, f in enumerate(vocab)}
    cols, owners = [], []
    for n, (feats, _) in enumerate(examples):
        kept = sorted({index[f] for f in feats if f in index})
        cols.extend(kept)
        owners.extend([n] * len(kept))
    col = np.array(cols, dtype=np.int64)
    own = np.array(owners, dtype=np.int64)
    y = np.array([1.0 if label else 0.0 for _, label in examples])
    w = np.zeros(len(vocab))
    b = 0.0
    n_ex = max(1, len(examples))
    for _ in range(STEPS):
        z = b + np.bincount(own, weights=w[col], minlength=len(examples))
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        err = p - y
        grad = (np.bincount(col, weights=err[own], minlength=len(vocab)) + L2 * w) / n_ex
        w -= RATE * grad
        b -= RATE * float(err.sum()) / n_ex
    weights = {f: round(float(v), 4) for f, v in zip(vocab, w, strict=True) if round(float(v), 4) != 0.0}
    return {"bias": round(b, 4), "weights": weights}


def told_elsewhere(predictions: dict, row: dict) -> bool:
    """roleranker._told_elsewhere on the contract records: another event of the family has the role filled."""
    events = predictions[row["doc"]]["events"]
    family = FAMILY[events[row["index"]]["type"]]
    return any(n != row["index"] and FAMILY[e["type"]] == family and e[row["role"]] for n, e in enumerate(events))


def fills(data: dict, model: dict) -> list[tuple[dict, float, int]]:
    """The best candidate of each role the ranker would fill in one set: (row, probability, candidate index)."""
    out = []
    for row in data["rows"]:
        if row["filled"] or told_elsewhere(data["predictions"], row):
            continue
        best, best_p = -1, 0.0
        for n, (feats, _) in enumerate(row["cands"]):
            p = roleranker.probability(tuple(feats), model)
            if p > best_p:
                best, best_p = n, p
        if best >= 0:
            out.append((row, best_p, best))
    return out


def filled_score(data: dict, chosen: list[tuple[dict, float, int]], thresholds: dict) -> float:
    """The headline of a set's predictions with the chosen fills over their role's threshold."""
    predictions = copy.deepcopy(data["predictions"])
    for row, p, n in chosen:
        if p >= thresholds[row["role"]]:
            text, label = row["texts"][n]
            predictions[row["doc"]]["events"][row["index"]][row["role"]] = {"text": text, "label": label}
    return score(data["gold"], predictions).headline or 0.0


def choose_thresholds(sets: dict[str, dict]) -> tuple[dict, dict]:
    """Leave-one-set-out: per role, the threshold with the best mean headline gain over the held-out sets."""
    gains: dict[str, dict[float, float]] = {r: dict.fromkeys(THRESHOLDS, 0.0) for r in roleranker.ROLES}
    report = {}
    for held, data in sets.items():
        model = fit([row for name, d in sets.items() if name != held for row in d["rows"]])
        chosen = fills(data, model)
        base = score(data["gold"], data["predictions"]).headline or 0.0
        for role in roleranker.ROLES:
            other = "target" if role == "agent" else "agent"
            for t in THRESHOLDS:
                gains[role][t] += filled_score(data, chosen, {role: t, other: 2.0}) - base
        report[held] = base
    best = {r: max(THRESHOLDS, key=lambda t, r=r: (round(gains[r][t], 6), t)) for r in roleranker.ROLES}
    for held, data in sets.items():
        model = fit([row for name, d in sets.items() if name != held for row in d["rows"]])
        after = filled_score(data, fills(data, model), best)
        report[held] = (round(report[held], 4), round(after, 4))
    return best, {"gains": {r: {str(t): round(g, 4) for t, g in gains[r].items()} for r in gains}, "cv": report}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", nargs="+", default=list(TRAINING_SETS))
    parser.add_argument("--limit", type=int, default=None, help="only the first N records of each set")
    parser.add_argument("--cache", type=Path, default=None, help="a folder to keep extracted candidates in")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--no-cv", action="store_true", help="keep the default threshold (small slices)")
    args = parser.parse_args()
    nlp = None
    sets = {}
    for name in args.sets:
        cached = args.cache / f"{name}-{args.limit}.pkl" if args.cache else None
        if cached is not None and cached.is_file():
            sets[name] = pickle.loads(cached.read_bytes())
            continue
        nlp = nlp or load()
        sets[name] = extract_set(name, nlp, args.limit)
        if cached is not None:
            cached.parent.mkdir(parents=True, exist_ok=True)
            cached.write_bytes(pickle.dumps(sets[name]))
    rows = [row for d in sets.values() for row in d["rows"]]
    positives = sum(label for row in rows for _, label in row["cands"])
    print(f"{len(rows)} empty roles, {sum(len(r['cands']) for r in rows)} candidates, {positives} positive")
    if args.no_cv or len(sets) < 2:
        thresholds = dict.fromkeys(roleranker.ROLES, DEFAULT_THRESHOLD)
    else:
        thresholds, report = choose_thresholds(sets)
        print(json.dumps(report, indent=1))
    model = fit(rows)
    model["threshold"] = thresholds
    model["trained_on"] = sorted(sets)
    args.out.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"thresholds {thresholds}; {len(model['weights'])} weights -> {args.out}")


if __name__ == "__main__":
    main()
