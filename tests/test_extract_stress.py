"""Extraction quality on tests/fixtures/stress.jsonl: 355 hand-written records in the genres the
held-out set showed to be hard (terrorism-database incident summaries, conflict-monitoring notes,
official and encyclopaedic pages, multi-sentence wire windows, single sentences with hard negatives,
defection and allegiance items, long articles), annotated before kg was run on them. The floors sit just
under the figures measured when the set landed (docs/EXTRACTION.md), so a change that loses generality
fails here; benchmarks/quality.py prints the same figures beside dev and the held-out fixture."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from kg.evaluate import TYPES, load_gold, predict, score

STRESS = Path(__file__).resolve().parent / "fixtures" / "stress.jsonl"
GENRES = {"incident", "monitor", "official", "wire", "sentence", "defection", "allegiance", "article"}
# Measured on main 671a3a3 (the set landed at 3248415 with lower figures; docs/EXTRACTION.md): headline per genre.
GENRE_FLOORS = {
    "allegiance": 0.81,
    "article": 0.76,
    "defection": 0.63,
    "incident": 0.83,
    "monitor": 0.87,
    "official": 0.78,
    "sentence": 0.88,
    "wire": 0.85,
}


def test_the_stress_set_covers_its_genres_negatives_and_modality():
    records = load_gold(STRESS)
    genres = Counter(r.id.split(":")[0] for r in records)
    assert set(genres) == GENRES and len(records) >= 300
    assert len({r.id for r in records}) == len(records)
    assert sum(r.complete for r in records) >= 0.95 * len(records)
    negatives = [r for r in records if r.complete and not any(e.modality in {"asserted", "inspired"} for e in r.events)]
    assert len(negatives) >= 0.25 * len(records)
    kinds = {e.modality for r in records for e in r.events}
    assert {"planned", "threatened", "hypothetical", "negated", "inspired"} <= kinds
    assert {e.type for r in records for e in r.events} == set(TYPES)


def test_every_role_string_is_copied_from_its_text():
    for line in STRESS.read_text(encoding="utf-8").splitlines():
        raw = json.loads(line)
        assert raw["genre"] == raw["id"].split(":")[0]
        for event in raw["events"]:
            for role in ("agent", "target", "location", "to"):
                missing = [a for a in event.get(role) or [] if a not in raw["text"]]
                assert not missing, (raw["id"], role, missing)


@pytest.mark.model
def test_stress_scores_stay_above_their_floors(nlp):
    records = load_gold(STRESS)
    predicted = predict(records, nlp)
    scores = score(records, predicted)
    # Measured: headline 0.861 (agent F1 0.868, target F1 0.853), macro-F1 0.891, agent recall 0.804,
    # target recall 0.796, location recall 0.856, 1.780 events per gold event. The ceiling on events
    # per gold event leaves room for events found that were missed, not for one incident counted twice more.
    assert scores.headline >= 0.84
    assert scores.macro_f1 >= 0.91  # 0.929 after the detection work of issue 14
    assert all(scores.detection[t].f1 >= 0.87 for t in TYPES), scores.detection
    assert scores.role_recall["agent"] >= 0.78
    assert scores.role_recall["target"] >= 0.77
    assert scores.role_recall["location"] >= 0.86  # 0.878 with kg/extract/places.py
    assert scores.events_per_gold <= 1.90
    for genre, floor in GENRE_FLOORS.items():
        part = score([r for r in records if r.id.startswith(genre + ":")], predicted)
        assert part.headline >= floor, (genre, part.headline)
