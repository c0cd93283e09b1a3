"""Geocoding accuracy on the hand-checked set tests/fixtures/geocoding.jsonl (issue 16 asks for >= 0.90).

141 short texts written for kg, 301 place mentions in 60 countries: ambiguous names (Tripoli, Hyderabad,
San Jose, Georgia, Paris, London, Cordoba, Homs, Santiago, Valencia, Alexandria, Halle), misspellings (Raqaa,
Mogadisho, Kandahr, Fallouja, Peshwar, Maidugiri, Quetah), transliteration variants (Saraqeb, Maarat al-Numan,
Banibangou, Dantewada, Zaporizhzhia), districts standing for their towns (Sangin, Hawija, Anantnag), provinces
and states, and qualifiers ("Springfield, Illinois"). Each place's GeoNames id was chosen by hand from its
country, kind and division, not by running kg (records geo-111 to geo-141 added for issue 16's second pass).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "fixtures" / "geocoding.jsonl"
FLOOR = 0.90


def test_the_set_is_large_and_varied():
    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    places = [p for r in records for p in r["places"]]
    assert len(places) >= 150
    assert len({p["country"] for p in places}) >= 40
    names = [p["text"] for p in places]
    assert {"Tripoli", "Hyderabad", "San Jose", "Georgia"} <= set(names)
    # One name, several entries: the set tests disambiguation, not a lookup table.
    by_name: dict[str, set[int]] = {}
    for p in places:
        by_name.setdefault(p["text"], set()).add(p["geonames_id"])
    assert sum(len(ids) > 1 for ids in by_name.values()) >= 8


@pytest.mark.model
def test_geocoding_accuracy_on_the_gold_set():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from geocoding import score

    outcomes = score(GOLD)
    accuracy = sum(o.ok for o in outcomes) / len(outcomes)
    assert accuracy >= FLOOR, [o for o in outcomes if not o.ok]
