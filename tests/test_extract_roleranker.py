"""The learned role ranker (kg/extract/roleranker.py): it ships, loads once, scores deterministically, its training
reproduces the same weights, and it fills an empty agent or target only with a filler of the right kind.

Probe sentences written for these tests, in the styles of wire copy, monitoring notes and incident summaries, with
invented villages and militias."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from helpers import events

from kg.extract import roleranker
from kg.models import EventType

ROOT = Path(__file__).resolve().parent.parent
VIOLENT = (EventType.ATTACK, EventType.AIRSTRIKE)


def _trainer():
    spec = importlib.util.spec_from_file_location("train_roleranker", ROOT / "benchmarks" / "train_roleranker.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_roleranker"] = module
    spec.loader.exec_module(module)
    return module


def test_the_shipped_model_loads_once_with_a_threshold_per_role():
    model = roleranker.model()
    assert model is roleranker.model()
    assert set(model["threshold"]) == set(roleranker.ROLES)
    assert model["weights"] and all(isinstance(w, float) for w in model["weights"].values())
    assert not set(model["trained_on"]) & {"dev", "seed", "stress7", "stress8", "stress9"}


def test_scoring_is_a_deterministic_function_of_the_features():
    features = ("agent|dep=nsubj", "agent|kind=armed_group", "agent|ATTACK|side=before", "agent|unseen=feature")
    first = roleranker.probability(features, roleranker.model())
    assert first == roleranker.probability(features, roleranker.model())
    assert 0.0 < first < 1.0
    # a feature the model has never seen weighs nothing
    assert first == roleranker.probability(features[:-1], roleranker.model())


def test_the_trainer_refuses_the_held_out_sets():
    trainer = _trainer()
    for name in ("dev", "seed", "stress7", "stress8", "stress9"):
        with pytest.raises(SystemExit):
            trainer.extract_set(name, nlp=None)


@pytest.mark.parametrize("name", ["heldout"])
def test_training_on_a_slice_gives_the_same_weights_twice(nlp, name):
    trainer = _trainer()
    data = trainer.extract_set(name, nlp, limit=25)
    assert data["rows"], "no candidates collected"
    assert any(label for row in data["rows"] for _, label in row["cands"])
    first = json.dumps(trainer.fit(data["rows"]), sort_keys=True)
    again = trainer.extract_set(name, nlp, limit=25)
    assert json.dumps(trainer.fit(again["rows"]), sort_keys=True) == first


def test_collecting_lists_the_candidates_and_fills_nothing(nlp, monkeypatch):
    text = "Heavy fighting broke out in Bunsiri between the Zuru Popular Guard and army units on Thursday."
    found: list = []
    roleranker.collect(found)
    try:
        during = events(nlp, text)
    finally:
        roleranker.collect(None)
    assert found and all(len(entry) == 5 for entry in found)
    never = dict(roleranker.model(), threshold=dict.fromkeys(roleranker.ROLES, 2.0))
    monkeypatch.setattr(roleranker, "model", lambda: never)
    assert events(nlp, text) == during


def _roles(nlp, text: str) -> list[tuple[set[str], set[str]]]:
    found = [e for e in events(nlp, text) if e.type in VIOLENT]
    assert found, f"no attack in: {text}"
    return [({m.span.text for m in e.agents}, {m.span.text for m in e.targets}) for e in found]


# The ranker fills a role the rules leave empty: the doer named as a noun in a later clause, what the
# projectiles of a shelling fell on, the other side of "fighting between X and Y".
FILLED = [
    (
        "A suicide attack in the market town of Gashaka killed 14; the bomber was a teenage girl.",
        "agent",
        "the bomber",
    ),
    (
        "Heavy fighting broke out in Bunsiri between the Zuru Popular Guard and army units on Thursday.",
        "target",
        "the Zuru Popular Guard",
    ),
]


@pytest.mark.parametrize(("text", "role", "filler"), FILLED)
def test_the_ranker_fills_a_role_the_rules_leave_empty(nlp, monkeypatch, text, role, filler):
    column = 0 if role == "agent" else 1
    assert any(filler in roles[column] for roles in _roles(nlp, text))
    never = dict(roleranker.model(), threshold=dict.fromkeys(roleranker.ROLES, 2.0))
    monkeypatch.setattr(roleranker, "model", lambda: never)
    assert not any(filler in roles[column] for roles in _roles(nlp, text)), "the rules fill it already"


# Weapons, numbers, dates, places and things never become the doer, whatever the model scores.
NO_DOER = [
    (
        "The killing of five forest rangers in Mabeko park was the work of poachers armed with AK-47s, park "
        "officials said.",
        {"AK-47s", "Mabeko park"},
    ),
    (
        "On Friday, explosives planted in a culvert destroyed a bridge near Kaya Wendou.",
        {"explosives", "a culvert", "Friday", "Kaya Wendou"},
    ),
    (
        "A car bomb exploded outside the governor's office in Qarat Hamza on 12 May, wounding 9 people.",
        {"A car bomb", "12 May", "9 people", "Qarat Hamza"},
    ),
    (
        "Kiroro district was shelled on 3 June. Local officials said 40 shells fell on the town.",
        {"40 shells", "3 June"},
    ),
    (
        "A grenade exploded at the market in Kalemba on Sunday, killing three traders. Nobody claimed the attack.",
        {"A grenade", "Kalemba", "Sunday", "three traders", "Nobody"},
    ),
]


@pytest.mark.parametrize(("text", "never"), NO_DOER)
def test_weapons_numbers_dates_and_places_are_never_the_doer(nlp, text, never):
    for agents, _ in _roles(nlp, text):
        assert not agents & never


def test_a_doer_is_an_actor_by_kgs_own_typing(nlp):
    doc = nlp("Militiamen armed with AK-47s and gunmen in a pickup clashed with the Ndoro Brigade near a culvert.")
    from kg.extract.actors import Actors

    actors = Actors(doc)
    doers = {t.text for t in doc if t.pos_ in ("NOUN", "PROPN") and _doer(actors, t)}
    assert {"Militiamen", "gunmen", "Brigade"} <= doers
    assert not doers & {"AK-47s", "pickup", "culvert"}


def _doer(actors, token) -> bool:
    mention = actors.mention(token)
    return mention is not None and roleranker._doer_like(token, mention)


@pytest.mark.xfail(strict=True, reason="known: the doer of a relative clause on the target is taken for the attacker")
def test_who_manned_the_target_is_not_the_attacker(nlp):
    text = (
        "The checkpoint outside Karvassa, which was manned by fighters of the Ndoro Defence Brigade, came under fire "
        "late on Tuesday. Two guards were wounded."
    )
    for agents, _ in _roles(nlp, text):
        assert "the Ndoro Defence Brigade" not in agents
