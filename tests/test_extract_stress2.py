"""Extraction quality on tests/fixtures/stress2.jsonl: 276 hand-written records in the same eight genres as
tests/fixtures/stress.jsonl (incident summaries, monitoring notes with places in parentheses, official and
encyclopaedic pages, multi-sentence wire windows, single sentences with hard negatives, defection and
allegiance items, long articles), written, annotated and committed before kg was run on it, after the rules
had been tuned on stress.jsonl. It is the stress figure nobody has fitted to: read only its aggregate and
per-genre scores (benchmarks/quality.py), never its records, when writing rules. The floors sit a little under
the figures measured when it landed (docs/EXTRACTION.md)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from kg.evaluate import TYPES, load_gold, predict, score

FIXTURES = Path(__file__).resolve().parent / "fixtures"
STRESS2 = FIXTURES / "stress2.jsonl"
GENRES = {"incident", "monitor", "official", "wire", "sentence", "defection", "allegiance", "article"}
# Measured on main e262331 when the set landed: headline per genre (allegiance 0.742, article 0.797,
# defection 0.711, incident 0.931, monitor 0.947, official 0.785, sentence 0.906, wire 0.904).
GENRE_FLOORS = {
    "allegiance": 0.71,
    "article": 0.76,
    "defection": 0.68,
    "incident": 0.90,
    "monitor": 0.92,
    "official": 0.75,
    "sentence": 0.87,
    "wire": 0.87,
}
# Measured detection F1 per type: ATTACK family 0.921, AIRSTRIKE 0.914, DEFECTION 0.615, ALLEGIANCE 0.828.
TYPE_FLOORS = {"ATTACK": 0.89, "AIRSTRIKE": 0.88, "DEFECTION": 0.58, "ALLEGIANCE": 0.79}


def test_the_second_stress_set_covers_its_genres_negatives_and_modality():
    records = load_gold(STRESS2)
    genres = Counter(r.id.split(":")[0] for r in records)
    assert set(genres) == GENRES and len(records) >= 250
    assert genres["official"] + genres["wire"] + genres["incident"] + genres["monitor"] >= 0.55 * len(records)
    assert len({r.id for r in records}) == len(records)
    assert sum(r.complete for r in records) >= 0.95 * len(records)
    negatives = [r for r in records if r.complete and not any(e.modality in {"asserted", "inspired"} for e in r.events)]
    assert len(negatives) >= 0.25 * len(records)
    kinds = {e.modality for r in records for e in r.events}
    assert {"planned", "threatened", "hypothetical", "negated", "inspired"} <= kinds
    assert {e.type for r in records for e in r.events} == set(TYPES)


def test_every_role_string_is_copied_from_its_text_and_no_text_repeats_the_first_set():
    first = {json.loads(line)["text"] for line in (FIXTURES / "stress.jsonl").read_text(encoding="utf-8").splitlines()}
    texts = set()
    for line in STRESS2.read_text(encoding="utf-8").splitlines():
        raw = json.loads(line)
        assert raw["genre"] == raw["id"].split(":")[0]
        assert raw["source"] == "hand-written stress set 2 (kg project)" and raw["license"].startswith("CC0")
        assert raw["text"] not in first and raw["text"] not in texts, raw["id"]
        texts.add(raw["text"])
        for event in raw["events"]:
            for role in ("agent", "target", "location", "to"):
                missing = [a for a in event.get(role) or [] if a not in raw["text"]]
                assert not missing, (raw["id"], role, missing)


@pytest.mark.model
def test_second_stress_scores_stay_above_their_floors(nlp):
    records = load_gold(STRESS2)
    predicted = predict(records, nlp)
    scores = score(records, predicted)
    # Measured: headline 0.875 (agent F1 0.879, target F1 0.871), macro-F1 0.820, agent recall 0.815,
    # target recall 0.792, location recall 0.825, 1.035 events per gold event.
    assert scores.headline >= 0.85
    assert scores.macro_f1 >= 0.80
    for kind, floor in TYPE_FLOORS.items():
        assert scores.detection[kind].f1 >= floor, (kind, scores.detection[kind])
    assert scores.role_recall["agent"] >= 0.79
    assert scores.role_recall["target"] >= 0.76
    assert scores.role_recall["location"] >= 0.80
    assert scores.events_per_gold <= 1.15
    for genre, floor in GENRE_FLOORS.items():
        part = score([r for r in records if r.id.startswith(genre + ":")], predicted)
        assert part.headline >= floor, (genre, part.headline)
