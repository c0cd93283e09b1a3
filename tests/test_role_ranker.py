"""The learned role ranker: the doer or target an event came out without, chosen among its sentence's candidates
(issue 14, twenty-second pass; kg.extract.learned.ranker). Probe sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import pipeline
from kg.extract.learned import ranker, rankertrain, slots
from kg.extract.learned.train import dump
from kg.models import Document, EventType

pytestmark = pytest.mark.model

ATT = EventType.ATTACK


def _extract(nlp, text: str, model: ranker.Ranker | None):  # noqa: ANN001, ANN202
    with ranker.using(model):
        return pipeline.extract_one(Document(id="probe", text=text), nlp=nlp)


def _slots(nlp, text: str) -> list[slots.Slot]:  # noqa: ANN001
    recorder = ranker.Recorder()
    _extract(nlp, text, recorder)
    (seen,) = recorder.seen
    return seen


def test_the_shipped_model_loads_with_the_trained_thresholds() -> None:
    model = ranker.current()
    assert model is not None
    assert model.thresholds == rankertrain.THRESHOLDS
    assert any(f.startswith("agent:") for f in model.weights) and any(f.startswith("target:") for f in model.weights)


def test_a_slot_offers_actors_as_doers_and_places_as_targets_never_times_or_weapons(nlp) -> None:
    text = "Rebel factions opened an offensive with mortars toward the border town of Bunagana on Monday."
    found = {(s.role, c.mention.span.text) for s in _slots(nlp, text) for c in s.candidates}
    assert ("agent", "Rebel factions") in found
    assert ("target", "the border town of Bunagana") in found
    assert ("agent", "the border town of Bunagana") not in found  # a town never did it
    assert not any(text_ in ("Monday", "mortars") for _, text_ in found)  # a time or a weapon fills no role


def test_features_name_no_word_of_a_name(nlp) -> None:
    """A feature learned on one group's name carries to another's: names read as their entity type."""
    a = _slots(nlp, "The offensive by Boko Haram against the garrison at Damasak began before dawn.")
    b = _slots(nlp, "The offensive by al-Shabaab against the garrison at Damasak began before dawn.")
    feats_a = {f for s in a for c in s.candidates for f in c.features}
    feats_b = {f for s in b for c in s.candidates for f in c.features}
    assert not any("boko" in f.lower() or "shabaab" in f.lower() for f in feats_a | feats_b)


def test_the_shipped_ranker_fills_a_target_the_rules_left_empty(nlp) -> None:
    text = "Rebel factions opened an offensive toward the border town of Bunagana at dawn."
    (off,) = _extract(nlp, text, None).events
    (on,) = _extract(nlp, text, ranker.current()).events
    assert off.type is ATT and not off.targets
    assert [m.span.text for m in on.targets] == ["the border town of Bunagana"]
    assert on.agents == off.agents
    assert on.confidence == round(off.confidence - ranker.CONFIDENCE_COST, 2)  # a guess is less sure


@pytest.mark.parametrize(
    "text",
    [
        "Police said the blast at the market on Sunday was the third this month.",  # who said it did not do it
        "Witnesses described the ambush on the supply convoy near Gao as brief and well planned.",
    ],
)
def test_the_shipped_ranker_makes_no_doer_of_a_speaker_or_witness(nlp, text: str) -> None:
    events = _extract(nlp, text, ranker.current()).events
    assert events and all(not e.agents for e in events)


def test_only_empty_slots_are_filled_and_never_with_the_other_role(nlp) -> None:
    """A ranker that would take any candidate fills what was empty and changes nothing the rules read."""
    eager = ranker.Ranker(10.0, {}, {"agent": 0.0, "target": 0.0})
    text = "A bombing at the central bus station in Maiduguri left nine people dead, local traders said."
    (off,) = _extract(nlp, text, None).events
    (on,) = _extract(nlp, text, eager).events
    assert not off.agents and off.targets
    assert on.targets == off.targets
    assert [m.span.text for m in on.agents] == ["local traders"]  # not the station, the town nor the dead


def test_a_role_with_no_threshold_is_never_filled(nlp) -> None:
    never = ranker.Ranker(10.0, {}, {"agent": None, "target": None})
    text = "A bombing at the central bus station in Maiduguri left nine people dead on Friday morning."
    assert _extract(nlp, text, never).events == _extract(nlp, text, None).events


def test_training_is_deterministic_and_learns_the_labelled_relation() -> None:
    data = [
        {"slots": [{"candidates": [
            {"features": ["agent:bias", "agent:path=nsubj^"], "label": 1},
            {"features": ["agent:bias", "agent:path=pobj^prep^"], "label": 0},
        ]}]}
        for _ in range(20)
    ]  # fmt: skip
    first = rankertrain.model(data, {"agent": 0.5, "target": None})
    assert dump(first) == dump(rankertrain.model(data, {"agent": 0.5, "target": None}))
    model = ranker.ranker(first)
    assert model.weights["agent:path=nsubj^"] > 0 > model.weights["agent:path=pobj^prep^"]
