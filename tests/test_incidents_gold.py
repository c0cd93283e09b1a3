"""Cross-document incident linking measured on tests/fixtures/incidents.jsonl: 59 short documents written for
kg (wire leads, monitoring notes, official statements, claims the next day) reporting 25 incidents, with
look-alikes that must stay apart, annotated before kg was run on them (docs/ARCHITECTURE.md, Incidents).
The scorer is kg.incidents.evaluate; benchmarks/incidents_quality.py prints the same figures and the pairs
linked or separated wrongly."""

from __future__ import annotations

import urllib.parse
from collections import defaultdict
from pathlib import Path

import pytest

from kg.incidents.evaluate import GoldDocument, Prediction, align, load_gold, score

GOLD = Path(__file__).resolve().parent / "fixtures" / "incidents.jsonl"


def test_the_gold_set_has_repeated_reports_from_several_outlets_and_look_alikes():
    gold = load_gold(GOLD)
    assert 40 <= len(gold) <= 60 and len({d.id for d in gold}) == len(gold)
    hosts: dict[str, set[str]] = defaultdict(set)
    days: dict[str, str] = {}
    for document in gold:
        for incident in document.incidents:
            hosts[incident].add(urllib.parse.urlsplit(document.url or "").hostname or "")
            days[incident] = incident.split("-20")[1][2:8] if "-20" in incident else ""
    repeated = [i for i, h in hosts.items() if len(h) >= 2]
    assert len(repeated) >= 12  # each reported by at least two outlets
    assert len(hosts) - len(repeated) >= 4  # singletons
    same_day = defaultdict(set)
    for incident, day in days.items():
        same_day[day].add(incident)
    assert sum(len(group) >= 2 for group in same_day.values()) >= 5  # look-alikes on the same day


def _doc(id_, incidents, families, cues=None):
    return GoldDocument(id_, "", None, None, tuple(incidents), tuple(families), tuple(cues or [None] * len(incidents)))


def _p(event, document, incident, family="ATTACK", sentence=""):
    return Prediction(event, document, family, sentence, incident)


def test_alignment_by_family_then_cue():
    roundup = _doc("r", ["mog", "kis", "def"], ["ATTACK", "ATTACK", "DEFECTION"], ["Mogadishu", "Kismayo", None])
    assert align(roundup, _p("e", "r", "k", sentence="In Kismayo, mortars hit a base.")) == "kis"
    assert align(roundup, _p("e", "r", "k", sentence="Two attacks on Sunday.")) is None  # no cue: spurious
    assert align(roundup, _p("e", "r", "k", family="DEFECTION")) == "def"
    assert align(roundup, _p("e", "r", "k", family="ALLEGIANCE")) is None


def test_b3_and_cross_document_pairs():
    gold = [_doc("a", ["x"], ["ATTACK"]), _doc("b", ["x"], ["ATTACK"]), _doc("c", ["x"], ["ATTACK"])]
    gold += [_doc("d", ["y"], ["ATTACK"])]
    # a and b linked, c's report of x left alone, d's report of y wrongly put with a and b; b has a duplicate.
    predicted = [_p("a1", "a", "K1"), _p("b1", "b", "K1"), _p("b2", "b", "K2"), _p("c1", "c", "K3")]
    predicted += [_p("d1", "d", "K1")]
    scores = score(gold, predicted)
    assert (scores.events, scores.spurious, scores.missed) == (5, 0, 0)
    # cross-document pairs: gold {ab, ac, bc}; predicted {ab, ad, bd}
    assert (scores.pairs.precision, scores.pairs.recall) == pytest.approx((1 / 3, 1 / 3))
    assert scores.wrongly_linked == ((("a", "x"), ("d", "y")), (("b", "x"), ("d", "y")))
    assert scores.wrongly_separated == ((("a", "x"), ("c", "x")), (("b", "x"), ("c", "x")))
    # B³ over mentions: a1, b1: |{a1,b1}| / |{a1,b1,d1}| and / |{a1,b1,b2,c1}|; d1 precision 1/3, recall 1.
    precision = (2 / 3 + 2 / 3 + 1 + 1 + 1 / 3) / 5
    recall = (2 / 4 + 2 / 4 + 1 / 4 + 1 / 4 + 1) / 5
    assert (scores.mentions.precision, scores.mentions.recall) == pytest.approx((precision, recall))
    # B³ over reports: b's two events fold into one report, so a, b, d are one cluster and c another.
    assert scores.reports.precision == pytest.approx((2 / 3 + 2 / 3 + 1 + 1 / 3) / 4)
    assert scores.reports.recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)


def test_missed_and_spurious_reports():
    gold = [_doc("a", ["x"], ["ATTACK"]), _doc("b", ["x", "z"], ["ATTACK", "DEFECTION"])]
    predicted = [_p("a1", "a", "K1"), _p("b1", "b", "K1"), _p("a2", "a", "K2", family="ALLEGIANCE")]
    scores = score(gold, predicted)
    assert (scores.spurious, scores.missed, scores.unscorable) == (1, 1, 0)
    assert scores.pairs.f1 == 1.0
    assert scores.mentions.precision == 1.0 and scores.mentions.recall == pytest.approx(1.0)
    assert scores.mentions.support == 4  # three events and the missed defection


# Measured when the set landed (docs/ARCHITECTURE.md, Incidents); issue 15 asks B³ F1 >= 0.85 across documents.
# Within-document merging (kg/extract/incidents.py) raised B³ over mentions (0.61 -> 0.72) and lowered the
# cross-document figures (reports 0.825 -> 0.776, pairs 0.707 -> 0.559, pair precision 0.875 -> 0.765): the
# fragments of one report ("killed", "attackers" with no named agent) no longer link on their own when the
# merged report names an agent the other outlet names differently (ISWAP / the Islamic State's West Africa
# branch), and greedy ties now fall the other way (docs/ARCHITECTURE.md, Incidents).  An affiliate and its
# parent named by two outlets no longer disagree, "Konduga Local Government Area" is Konduga, and reports that
# name a place cluster first; datelines with a date are no attackers; a common noun is no place; the gazetteer
# knows the Islamic State's provinces (mentions 0.828, reports 0.867, pairs 0.816, precision 0.955).
FLOORS = {"mentions": 0.81, "reports": 0.85, "pairs": 0.79}
PAIR_PRECISION_FLOOR = 0.93


@pytest.mark.model
def test_incident_linking_on_the_gold_set(nlp, tmp_path):
    from kg.build.jobs import build
    from kg.incidents.evaluate import predictions
    from kg.store.embedded import Store

    gold = load_gold(GOLD)
    with Store.open(tmp_path / "store") as store:
        outcomes = list(build([d.document() for d in gold], store=store, nlp=nlp))
        assert all(o.ok for o in outcomes)
        scores = score(gold, predictions(store))
    figures = {"mentions": scores.mentions.f1, "reports": scores.reports.f1, "pairs": scores.pairs.f1}
    assert all(figures[k] >= floor for k, floor in FLOORS.items()), (figures, scores.wrongly_linked)
    assert scores.pairs.precision >= PAIR_PRECISION_FLOOR, scores.wrongly_linked
