"""Structure of tests/fixtures/stress4.jsonl, the fourth blind stress set: 322 hand-written records that imitate the
shape of real sources rather than the rules' vocabulary (coalition strike releases, country reports, ministry
statements and encyclopaedic group pages; five-sentence wire windows where the event is often only a noun;
terrorism-database incident summaries with unknown perpetrators, related attacks, hoaxes and defused devices;
conflict-monitoring notes with their actor conventions and many non-violent entries; South Asian, African and Latin
American protest news; long news articles; headline items with war words in sport and business), annotated by
../shared/eval/README.md before kg was ever run on it (docs/EXTRACTION.md). Only its form is checked here; quality
floors are added by whoever first measures it, and nobody writes rules from its records.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from kg.evaluate import ROLES, SCORED_MODALITIES, TYPES, load_gold

FIXTURES = Path(__file__).resolve().parent / "fixtures"
STRESS4 = FIXTURES / "stress4.jsonl"
# The share of each source style the set was written to (docs/EXTRACTION.md), each held to within a point.
SHARES = {
    "report": 0.20,
    "window": 0.20,
    "incident": 0.15,
    "monitor": 0.15,
    "protest": 0.10,
    "article": 0.10,
    "headline": 0.10,
}
MODALITIES = {"asserted", "inspired", "planned", "threatened", "hypothetical", "negated"}
FIELDS = {"id", "source", "license", "genre", "text", "date", "complete", "events"}
EVENT_FIELDS = {"type", *ROLES, "modality", "note"}
# A sentence ends in . ! or ? (a closing quote may follow) before a space or the end of the text.
SENTENCE_END = re.compile(r"[.!?]\"?(?:\s|$)")


def raw_records() -> list[dict]:
    return [json.loads(line) for line in STRESS4.read_text(encoding="utf-8").splitlines() if line.strip()]


def scored(event: dict) -> bool:
    return (event.get("modality") or "asserted") in SCORED_MODALITIES


def test_the_fourth_stress_set_has_its_genres_in_their_shares():
    records = raw_records()
    assert len(records) >= 300
    genres = Counter(r["genre"] for r in records)
    assert set(genres) == set(SHARES)
    for genre, share in SHARES.items():
        assert abs(genres[genre] / len(records) - share) <= 0.01, (genre, genres[genre], len(records))


def test_windows_have_five_sentences_and_articles_eight_to_twenty():
    for raw in raw_records():
        n = len(SENTENCE_END.findall(raw["text"]))
        assert raw["genre"] != "window" or n == 5, (raw["id"], n)
        assert raw["genre"] != "article" or 8 <= n <= 20, (raw["id"], n)


def test_every_record_has_the_gold_schema_and_loads_with_the_scorers_reader():
    records = raw_records()
    for raw in records:
        assert set(raw) == FIELDS, raw["id"]
        assert re.fullmatch(r"[a-z]+:\d{3}", raw["id"]) and raw["id"].split(":")[0] == raw["genre"], raw["id"]
        assert raw["source"] == "hand-written stress set 4 (kg project)" and raw["license"].startswith("CC0"), raw["id"]
        assert raw["date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw["date"]), raw["id"]
        assert isinstance(raw["complete"], bool) and raw["text"] == " ".join(raw["text"].split()), raw["id"]
        for event in raw["events"]:
            assert set(event) <= EVENT_FIELDS and event["type"] in TYPES, (raw["id"], event)
            assert (event.get("modality") or "asserted") in MODALITIES, (raw["id"], event)
            assert event["type"] == "DEFECTION" or not event.get("to"), (raw["id"], event)
            for role in ROLES:
                aliases = event.get(role) or []
                assert all(isinstance(a, str) and a and a.strip() == a for a in aliases), (raw["id"], role)
    gold = load_gold(STRESS4)
    assert [g.id for g in gold] == [r["id"] for r in records]
    assert sum(len(g.events) for g in gold) == sum(len(r["events"]) for r in records)


def test_negatives_modalities_and_types_are_all_there():
    records = raw_records()
    assert sum(r["complete"] for r in records) >= 0.95 * len(records)
    negatives = [r for r in records if r["complete"] and not any(scored(e) for e in r["events"])]
    assert len(negatives) >= 0.25 * len(records)
    # Every genre holds both positives and checked negatives (hoaxes in incident summaries, sit-ins in notes).
    for genre in SHARES:
        assert any(r["genre"] == genre and any(scored(e) for e in r["events"]) for r in records), genre
    assert {r["genre"] for r in negatives} == set(SHARES)
    assert {e.get("modality") or "asserted" for r in records for e in r["events"]} == MODALITIES
    events = Counter(e["type"] for r in records for e in r["events"] if scored(e))
    assert set(events) == set(TYPES)
    assert events["DEFECTION"] >= 20 and events["ALLEGIANCE"] >= 25
    assert events["ATTACK"] + events["AIRSTRIKE"] >= 0.5 * len(records) and events["AIRSTRIKE"] >= 30
    # Pledges and defections sit in long texts too, not only in single sentences.
    long_genres = {"report", "window", "article"}
    for kind in ("DEFECTION", "ALLEGIANCE"):
        where = Counter(r["genre"] for r in records for e in r["events"] if e["type"] == kind and scored(e))
        assert sum(where[g] for g in long_genres) >= 0.75 * sum(where.values()), (kind, where)


def test_every_role_string_is_copied_from_its_own_text():
    for raw in raw_records():
        for event in raw["events"]:
            for role in ROLES:
                aliases = event.get(role) or []
                assert len(set(aliases)) == len(aliases), (raw["id"], role)
                missing = [a for a in aliases if a not in raw["text"]]
                assert not missing, (raw["id"], role, missing)


def test_ids_and_texts_are_unique_and_no_text_comes_from_another_set():
    records = raw_records()
    assert len({r["id"] for r in records}) == len(records)
    assert len({r["text"] for r in records}) == len(records)
    others = set()
    for name in ("heldout", "stress", "stress2", "stress3"):
        lines = (FIXTURES / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        others |= {json.loads(line)["text"] for line in lines if line.strip()}
    shared = [r["id"] for r in records if r["text"] in others]
    assert not shared, shared
