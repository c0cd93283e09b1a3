"""Terrorism-database incident summaries and conflict-monitoring notes as real ones are written: the place
chain "X city, Y province, Country", claims that name the doer of several attacks told before, victims and
attackers in separate sentences.  Probe texts written for these tests; tests/fixtures/summaries.jsonl holds
74 more (gold written before kg ran on them) with a floor below."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import agent_texts, events, stated

from kg.evaluate import load_gold, predict, score

SUMMARIES = Path(__file__).resolve().parent / "fixtures" / "summaries.jsonl"
pytestmark = pytest.mark.model


def _places(found) -> list[str]:
    return [e.location.span.text for e in found if e.location is not None]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "11/02/2014: Assailants set fire to a polling station at a girls' school in Chak 45 village, "
            "Sargodha district, Punjab province, Pakistan. No group claimed responsibility for the incident.",
            "Chak 45 village",
        ),
        (
            "06/06/2017: Assailants abducted a district official from his vehicle near Jalalabad city, Nangarhar "
            "province, Afghanistan, after shooting and wounding his driver.",
            "Jalalabad city",
        ),
        (
            "11/29/2012: Assailants armed with machetes attacked Bodo village in Tana River county, Coast province, "
            "Kenya, killing 12 villagers and burning 40 houses.",
            "Bodo village",
        ),
        (
            "03/19/2016: Gunmen opened fire on a bus near Gwoza town, Borno state, Nigeria, killing four passengers.",
            "Gwoza town",
        ),
    ],
)
def test_the_first_place_of_a_database_chain_is_where(nlp, text, place):
    assert _places(stated(events(nlp, text))) == [place]


def test_a_chain_needs_places_not_a_date_before_a_country(nlp):
    found = stated(events(nlp, "On Sunday, Nigeria's army said gunmen attacked a market in Maiduguri."))
    assert "Sunday" not in _places(found)


def test_an_enumeration_is_no_chain(nlp):
    found = stated(events(nlp, "The group has carried out attacks in Tikrit, Samarra and Baiji."))
    assert all(p in ("Tikrit", "Samarra", "Baiji") for p in _places(found))


@pytest.mark.parametrize(
    "claim",
    [
        "Lashkar-e-Jhangvi (LeJ) claimed responsibility for both attacks.",
        "Lashkar-e-Jhangvi (LeJ) claimed responsibility for the two attacks.",
        "Members of Lashkar-e-Jhangvi (LeJ) were suspected of carrying out both attacks.",
    ],
)
def test_a_claim_for_both_attacks_names_the_doer_of_each(nlp, claim):
    text = (
        "05/09/2017: Gunmen opened fire on a police patrol in Quetta city, Balochistan province, Pakistan, killing "
        "two police officers. Later that day, the assailants threw a grenade at a Frontier Corps checkpoint in "
        "Mastung town, injuring three soldiers. " + claim
    )
    found = stated(events(nlp, text))
    assert len(found) == 2
    for event in found:
        assert agent_texts([event]) & {
            "Lashkar-e-Jhangvi (LeJ)",
            "Lashkar-e-Jhangvi",
            "Members of Lashkar-e-Jhangvi (LeJ)",
        }


def test_a_claim_for_three_new_attacks_tells_them_anew(nlp):
    text = (
        "Gunmen shot a shopkeeper in Quetta. Separately, the Balochistan Liberation Army claimed three attacks on "
        "gas pipelines in Dera Bugti."
    )
    shooting = [e for e in stated(events(nlp, text)) if "shopkeeper" in " ".join(m.span.text for m in e.targets)]
    assert shooting and "Balochistan Liberation Army" not in " ".join(agent_texts(shooting))


def test_summaries_score_above_their_floor(nlp):
    records = load_gold(SUMMARIES)
    scores = score(records, predict(records, nlp))
    # Measured when the set landed (main 8a7cfbc): headline 0.947, location recall 0.894; after the place chain and
    # the claims for several attacks: 0.954, 0.939.
    assert scores.headline >= 0.95
    assert scores.role_recall["location"] >= 0.93
