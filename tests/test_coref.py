"""Within-document event coreference against a small gold set written for it (tests/fixtures/coref.jsonl).

Each fixture document lists its event mentions (the trigger's characters) and the incident each one
belongs to; look-alike incidents (same day, same country, same kind of attack) are separate clusters.
kg's clusters are its events: every mention merged into one event is one cluster.  Scored on the gold
mentions that kg finds (detection is scored elsewhere): B-cubed and pairwise F1.
"""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

import pytest

from kg.models import Document, Extraction

FIXTURE = Path(__file__).parent / "fixtures" / "coref.jsonl"
pytestmark = pytest.mark.model


def load() -> list[dict]:
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]


def clusters(extraction: Extraction, gold: list[dict]) -> tuple[dict[int, str], dict[int, int]]:
    """Gold and predicted cluster of each gold mention that kg found (by overlap of trigger spans)."""
    gold_of, predicted_of = {}, {}
    for i, mention in enumerate(gold):
        for k, event in enumerate(extraction.events):
            if any(m.trigger.start < mention["end"] and mention["start"] < m.trigger.end for m in event.evidence):
                gold_of[i], predicted_of[i] = mention["cluster"], k
                break
    return gold_of, predicted_of


def b_cubed(gold_of: dict, predicted_of: dict) -> tuple[float, float]:
    """Summed B-cubed precision and recall over the mentions (divide by their number for the means)."""
    precision = recall = 0.0
    for i in gold_of:
        same_gold = {j for j in gold_of if gold_of[j] == gold_of[i]}
        same_predicted = {j for j in predicted_of if predicted_of[j] == predicted_of[i]}
        both = len(same_gold & same_predicted)
        precision += both / len(same_predicted)
        recall += both / len(same_gold)
    return precision, recall


def pairs(assignment: dict) -> set[tuple[int, int]]:
    return {(i, j) for i, j in combinations(sorted(assignment), 2) if assignment[i] == assignment[j]}


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def test_b_cubed_and_pairwise_f1_of_the_mention_clusters(nlp) -> None:
    from kg.extract import extract

    records = load()
    docs = [Document(id=r["id"], text=r["text"], date=r["date"]) for r in records]
    found = total = 0
    bp = br = 0.0
    gold_pairs = predicted_pairs = shared_pairs = 0
    for record, extraction in zip(records, extract(docs, nlp=nlp), strict=True):
        gold_of, predicted_of = clusters(extraction, record["mentions"])
        found, total = found + len(gold_of), total + len(record["mentions"])
        p, r = b_cubed(gold_of, predicted_of)
        bp, br = bp + p, br + r
        g, q = pairs(gold_of), pairs(predicted_of)
        gold_pairs, predicted_pairs, shared_pairs = (
            gold_pairs + len(g),
            predicted_pairs + len(q),
            shared_pairs + len(g & q),
        )
    b3 = f1(bp / found, br / found)
    pairwise = f1(shared_pairs / predicted_pairs, shared_pairs / gold_pairs)
    print(
        f"mentions found {found}/{total}; B3 F1 {b3:.3f} (P {bp / found:.3f} R {br / found:.3f});",
        f"pairwise F1 {pairwise:.3f}",
    )
    assert found / total >= 0.7
    assert b3 >= 0.90
    assert pairwise >= 0.85


def test_scorer_on_hand_made_clusters() -> None:
    gold = {0: "A", 1: "A", 2: "B"}
    assert b_cubed(gold, {0: 0, 1: 0, 2: 1}) == (3.0, 3.0)
    p, r = b_cubed(gold, {0: 0, 1: 0, 2: 0})  # the look-alike merged in
    assert (round(p, 3), r) == (round(2 * 2 / 3 + 1 / 3, 3), 3.0)
    assert pairs({0: 0, 1: 0, 2: 1}) == {(0, 1)}
