"""The learned side-change detector, a recall backoff for DEFECTION (issue 14, fifteenth pass; kg.extract.learned).
Probe sentences written for these tests, in wordings no fixture uses."""

from __future__ import annotations

import hashlib

import pytest
from helpers import asserted_types

from kg.extract.actors import Actors
from kg.extract.learned import detector, train
from kg.extract.learned.features import features
from kg.models import EventType

pytestmark = pytest.mark.model

DEF = EventType.DEFECTION


def _drafts(nlp, text: str, told: dict | None = None) -> list:  # noqa: ANN001
    found = detector.shipped()
    assert found is not None
    doc = nlp(text)
    return detector.drafts(doc, Actors(doc), told or {}, found)


def test_the_shipped_model_loads_and_is_deterministic(nlp) -> None:
    found = detector.shipped()
    assert found is not None
    assert found.models[DEF].threshold == train.THRESHOLDS["DEFECTION"]
    assert found.models[EventType.ALLEGIANCE].threshold is None  # read for its verbs of joining only
    sent = next(nlp("Forty fighters of the Kivu Patriotic Movement have deserted their posts.").sents)
    feats = [f for f, _ in features(sent)]
    model = found.models[DEF]
    assert 0.0 < model.probability(feats) < 1.0
    assert model.probability(feats) == model.probability(reversed(feats)) == model.probability(feats + feats)


@pytest.mark.parametrize(
    "text, mover",
    [
        (
            "The Dawa Brigade's second-in-command has come in from the bush with 25 fighters and laid down his "
            "weapons before the army at Kalemie.",
            "The Dawa Brigade's second-in-command",
        ),
        (
            "Forty fighters of the Kivu Patriotic Movement have deserted their posts and fled to the forest, a local "
            "official said.",
            "Forty fighters of the Kivu Patriotic Movement",
        ),
        (
            "Colonel Hamid Sabri and his battalion have defected en bloc to the Government of National Accord, "
            "officials said.",
            "Colonel Hamid Sabri",
        ),
    ],
)
def test_a_change_of_side_is_read_with_its_mover(nlp, text: str, mover: str) -> None:
    (draft,) = _drafts(nlp, text)
    assert draft.type is DEF
    assert mover.endswith(draft.agents[0].text) or draft.agents[0].text in mover
    assert draft.targets or draft.to


def test_the_side_gone_to_is_read_after_to(nlp) -> None:
    text = "Colonel Hamid Sabri and his battalion have defected en bloc to the Government of National Accord."
    (draft,) = _drafts(nlp, text)
    assert [t.text for t in draft.to] == ["Government"]


@pytest.mark.parametrize(
    "text",
    [
        "Colonel Sawadogo refused to leave the Patriotic Front, his aides said.",
        "Colonel Sawadogo is expected to leave the Patriotic Front next month, his aides said.",
        "Striker Marcus Lindqvist joined Real Betis from Ajax on a four-year contract on Tuesday.",
        "Delegates of the Liberal Union will vote in March on a merger with the Centre Alliance.",
        "Two lawmakers of the Liberal Union left the party on Tuesday, a day before the budget vote.",
    ],
)
def test_near_misses_are_no_change_of_side(nlp, text: str) -> None:
    assert _drafts(nlp, text) == []
    assert DEF not in asserted_types(nlp, text)


def test_a_denied_change_of_side_is_never_asserted(nlp) -> None:
    # The detector says a deed is told and is not trained on modality (planned, negated and hypothetical events are
    # left out of its training): a denial may give a draft, which the modality reader negates.
    text = "The Patriotic Front denied reports that Colonel Sawadogo had left the movement."
    assert DEF not in asserted_types(nlp, text)


def test_no_backoff_where_the_rules_found_the_type(nlp) -> None:
    text = "Forty fighters of the Kivu Patriotic Movement have deserted their posts and fled to the forest."
    assert _drafts(nlp, text)
    assert _drafts(nlp, text, {DEF: {0}}) == []


@pytest.mark.slow
def test_training_reproduces_the_shipped_weights(tmp_path) -> None:
    out = tmp_path / detector.MODEL_FILE
    train.main(["--out", str(out)])
    shipped = train.FIXTURES.parents[1] / "kg" / "data" / detector.MODEL_FILE
    # digests, not the bytes: pytest's report of two differing 270 kB byte strings takes longer than the training
    assert hashlib.sha256(out.read_bytes()).hexdigest() == hashlib.sha256(shipped.read_bytes()).hexdigest(), (
        "the shipped weights are not what `python -m kg.extract.learned.train` gives: retrain and commit them"
    )


def _read(nlp, text: str, word: str) -> tuple[list[str], list[str], list[str]]:  # noqa: ANN001
    """(movers, sides left, sides gone to) the backoff's role reader gives with ``word`` for its trigger."""
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == word)
    draft = detector.read_roles(DEF, trigger, Actors(doc))
    assert draft is not None
    return [t.text for t in draft.agents], [t.text for t in draft.targets], [t.text for t in draft.to]


@pytest.mark.parametrize(
    "text, word, left, to",
    [
        # a verb of entering has the side gone to for its object, one of leaving the side left
        ("Colonel Musa Tanko rejoined the Kivu Patriotic Front on Monday, his aides said.", "rejoined", [], ["Front"]),
        ("Colonel Musa Tanko quit the Kivu Patriotic Front on Monday, his aides said.", "quit", ["Front"], []),
        # the party the sentence has the mover join is not the side the mover's phrase says it left
        (
            "Senator Ada Obi said on Monday that she had joined the ruling Progressive Congress, the third senator to "
            "cross over this year.",
            "cross",
            [],
            ["Progressive"],
        ),
        # who went along is no side; "the embrace of" a side is that side
        ("Kamara joined the Kamajor militia in 1994 with about 40 men.", "joined", [], ["militia"]),
        (
            "Some 40 fighters have returned to the embrace of the Islamic Emirate, the governor said.",
            "returned",
            [],
            ["Emirate"],
        ),
    ],
)
def test_the_reader_tells_the_side_left_from_the_side_gone_to(nlp, text: str, word: str, left: list, to: list) -> None:
    _, found_left, found_to = _read(nlp, text, word)
    assert (found_left, found_to) == (left, to)


@pytest.mark.parametrize(
    "text, word, left",
    [
        # the side a served clause of the mover names
        (
            "Bakari had fought with the Kivu Patriotic Front since 2016, but left in March and surrendered to the "
            "army.",
            "surrendered",
            "Front",
        ),
        # the side another mention of the mover names
        (
            "A brigadier of the Sudanese army, Omer Hassan-Kuku, appeared in a video on Sunday. He said he had joined "
            "the RSF to end the war.",
            "joined",
            "army",
        ),
    ],
)
def test_an_untold_side_left_is_read_off_the_movers_other_clauses(nlp, text: str, word: str, left: str) -> None:
    _, found_left, _ = _read(nlp, text, word)
    assert found_left == [left]


def test_no_side_left_is_made_up_for_a_mover_with_no_past(nlp) -> None:
    text = "Omer Hassan-Kuku appeared in a video on Sunday. He said he had joined the RSF to end the war."
    assert _read(nlp, text, "joined")[1] == []
