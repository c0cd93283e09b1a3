"""kg's own scorer: matching rules and the numbers on small hand-made gold sets."""

from __future__ import annotations

import json

import pytest

from kg.errors import InputError
from kg.evaluate import GoldEvent, GoldRecord, load_gold, matches, score


@pytest.mark.parametrize(
    "pred, gold, expected",
    [
        ("the Iraqi army", "Iraqi army", True),
        ("ISIS", "ISIS fighters", True),
        ("Islamic State's", "the Islamic State", True),
        ("Egyptian military forces", "Military Forces of Egypt", True),
        ("Houthi forces", "government forces", False),
        ("the", "the group", False),
        ("Russia", "United States", False),
    ],
)
def test_matches(pred, gold, expected):
    assert matches(pred, gold) is expected


def _record(id_, events, *, complete=True):
    return GoldRecord(
        id=id_,
        text="",
        complete=complete,
        date=None,
        events=tuple(
            GoldEvent(type=t, modality=m, roles={"agent": a, "target": tg, "to": (), "location": ()})
            for t, m, a, tg in events
        ),
    )


def test_scores_by_hand():
    gold = [
        _record("1", [("ATTACK", "asserted", ("rebels",), ("the army",))]),
        _record("2", [("AIRSTRIKE", "asserted", ("US warplanes",), ("ISIS",))]),
        _record("3", []),
        _record("4", [("ATTACK", "planned", ("ISIS",), ())]),
    ]
    predictions = {
        "1": {"events": [{"type": "ATTACK", "agent": {"text": "the rebels"}, "target": {"text": "police"}}]},
        "2": {"events": [{"type": "AIRSTRIKE", "agent": "United States", "target": {"text": "ISIS"}}]},
        "3": {"events": [{"type": "ATTACK", "agent": None}]},
        "4": {"events": [{"type": "ATTACK", "modality": "planned", "agent": {"text": "ISIS"}}]},
    }
    s = score(gold, predictions)
    attack = s.detection["ATTACK"]
    # ATTACK family in gold: records 1, 2; predicted on complete records 1, 2, 3 (4's is planned: dropped).
    assert (attack.precision, attack.recall, attack.support) == (2 / 3, 1.0, 2)
    assert s.detection["AIRSTRIKE"].f1 == 1.0
    assert s.detection["DEFECTION"].f1 is None
    assert s.role_recall["agent"] == 0.5 and s.role_recall["target"] == 0.5
    assert s.role_precision["agent"] == 0.5 and s.role_precision["target"] == 0.5
    assert s.headline == pytest.approx(0.5)
    # Complete records: predicted 1 + 1 + 1 scored events (4's is planned), gold 1 + 1 (4's is planned).
    assert s.events == (3, 2) and s.events_per_gold == pytest.approx(1.5)


def test_load_gold_reports_the_bad_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "x", "events": []}) + "\n{oops\n", encoding="utf-8")
    with pytest.raises(InputError, match="gold.jsonl:2"):
        load_gold(path)
