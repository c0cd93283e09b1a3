"""Detection on sentences written for these tests: vocabulary, filters that must not reject real
events, false positives (generic, purpose, failed, negated), and where events happened."""

from __future__ import annotations

import pytest

from kg.models import Document, EventType, Modality

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    from kg.extract.nlp import load

    return load()


def _asserted(nlp, text):
    from kg.extract import extract_one

    events = extract_one(Document("t", text), nlp=nlp).events
    return [e for e in events if not e.negated and e.modality in (Modality.ASSERTED, Modality.INSPIRED)]


def _types(nlp, text):
    return {e.type for e in _asserted(nlp, text)}


ATTACKS = {EventType.ATTACK, EventType.AIRSTRIKE}


# -- filters that rejected real events ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Scores of civilians were killed when militants attacked the village of Kuku.",
        "A team of gunmen stormed a hotel in Kabul.",
        "Police said the goal of the gunmen who killed 12 in Nairobi was unclear.",
    ],
)
def test_sport_needs_more_than_one_weak_cue(nlp, text):
    assert _types(nlp, text) & ATTACKS


def test_sport_still_filters_matches(nlp):
    assert not _types(nlp, "Liverpool crushed Manchester United 5-0 on Sunday, with relentless attacks.")
    assert not _types(nlp, "The striker hit the post twice before half-time.")


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents destroyed a bridge near Kunduz.",
        "Rebels hit a government convoy in Idlib.",
        "Taliban fighters hit a checkpoint in Helmand province.",
        "They targeted a police station in Peshawar.",
    ],
)
def test_armed_doers_may_hit_target_and_destroy(nlp, text):
    assert _types(nlp, text) == {EventType.ATTACK}


@pytest.mark.parametrize(
    "text",
    [
        "The storm hit the coast on Monday.",
        "Heavy selling hit the shares of the company.",
        "The coalition supports Iraq's efforts to destroy the terrorist group.",
        "The new tax targeted small businesses.",
    ],
)
def test_storms_markets_and_campaigns_do_not_hit(nlp, text):
    assert not _types(nlp, text) & ATTACKS


@pytest.mark.parametrize(
    "text",
    [
        "An explosion occurred at a market in Mogadishu, killing five people.",
        "A blast ripped through a crowded bus station in Quetta on Friday, wounding 20.",
    ],
)
def test_a_blast_that_kills_or_hits_a_named_place_is_an_attack(nlp, text):
    assert EventType.ATTACK in _types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "An explosion at a chemical plant in Tianjin killed 50 people.",
        "A gas leak caused an explosion that killed three workers in Dhaka.",
        "A fireworks explosion in a warehouse injured four people.",
    ],
)
def test_accidental_blasts_are_not_attacks(nlp, text):
    assert not _types(nlp, text) & ATTACKS


# -- places ---------------------------------------------------------------------------------------


def _place(nlp, text, event_type=EventType.ATTACK):
    events = [e for e in _asserted(nlp, text) if e.type is event_type]
    assert events, text
    return events[-1].location.span.text if events[-1].location else None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen attacked a checkpoint in Kunduz province on Tuesday, killing four policemen.", "Kunduz province"),
        ("Fighters attacked an army post near Gao.", "Gao"),
        ("Gunmen attacked a checkpoint on the outskirts of Mogadishu.", "Mogadishu"),
        ("On 5 June 2021, Military Forces of Myanmar shelled Kyauk Kyi (Bago region), killing a woman.", "Kyauk Kyi"),
        ("The Houthis captured the Yemeni capital Sanaa in September 2014.", "Sanaa"),
        ("MOGADISHU, Somalia (Reuters) - Al-Shabaab militants attacked an army base on Sunday.", "MOGADISHU"),
        ("Heavy fighting broke out in Aleppo on Monday. Government troops shelled rebel positions.", "Aleppo"),
    ],
)
def test_where_it_happened(nlp, text, place):
    assert place in _place(nlp, text)


def test_a_place_two_paragraphs_up_is_not_used(nlp):
    assert _place(nlp, "Talks were held in Geneva on Monday.\n\nGunmen attacked a convoy, killing five.") is None


def test_dates_and_actors_are_not_places(nlp):
    assert _place(nlp, "On 3 March 2022, Armed Forces of Ukraine shelled a Russian column.") is None
