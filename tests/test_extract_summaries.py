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


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "11/24/2017: Assailants opened fire on worshippers at the al-Rawda mosque in Bir al-Abed town, North Sinai "
            "governorate, Egypt.",
            "Bir al-Abed town",
        ),
        ("On 11 November 2022, HTS shelled army positions near Kansafra (Ariha, Idleb).", "Kansafra"),
    ],
)
def test_a_named_facility_is_in_its_town_and_a_note_names_its_areas_in_parentheses(nlp, text, place):
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
            "Members of Lashkar-e-Jhangvi",  # the gazetteer's name ends before its acronym
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
    # The first 74 records when they landed (main 8a7cfbc): headline 0.947, location recall 0.894; after the place
    # chain and the claims for several attacks 0.958, 0.955; after the second step 0.981, 0.985. The 20 records
    # written after that step (75-94), blind to it: 0.970, 0.833 before the facility town, 0.944 after. All 94:
    # 0.979, 0.976, 1.00 events per gold event.
    assert scores.headline >= 0.97
    assert scores.role_recall["location"] >= 0.96
    assert scores.events_per_gold <= 1.05


def _stated_events(nlp, text):
    return stated(events(nlp, text))


def test_a_date_after_on_is_never_the_object(nlp):
    # "On 19 February 2022," hangs on the verb like the "to" of "set fire to": the date was taken as the target.
    (event,) = _stated_events(
        nlp, "On 19 February 2022, an unidentified armed group set fire to a health centre in Tanout (Tanout, Zinder)."
    )
    assert [m.span.text for m in event.targets] == ["a health centre"]


def test_a_span_of_days_is_no_sports_result(nlp):
    text = (
        "Around 8 July 2022 (between 6-8 July), Ambazonian separatists attacked a gendarmerie post in Bamessing "
        "(Ngoketunjia, North-West) and set fire to the building."
    )
    (event,) = _stated_events(nlp, text)
    assert agent_texts([event]) == {"Ambazonian separatists"}
    assert _stated_events(nlp, "Chelsea attacked relentlessly and crushed Arsenal 5-0 on Sunday.") == []


def test_people_in_a_monitoring_note_are_no_place(nlp):
    text = (
        "On 8 August 2020, Police Forces of Kenya (2013-2022) fired tear gas at Protesters (Kenya) in Kisumu "
        "(Kisumu Central, Kisumu) who were demonstrating against the arrest of an MCA."
    )
    (event,) = _stated_events(nlp, text)
    assert event.location is not None and event.location.span.text.startswith("Kisumu")


@pytest.mark.parametrize(
    "text",
    [
        "On 9 January 2021, armed men looted shops in Ndélé (Bamingui-Bangoran) and left without injuring anyone.",
        "04/04/2016: A suspicious package found outside the offices of a newspaper in Ankara city, Ankara province, "
        "Turkey, was safely detonated by a bomb disposal unit.",
        "On 18 November 2020, Military Forces of Mozambique (1975-) took over positions abandoned by Ahlu Sunnah "
        "Wa-Jama in Muidumbe (Muidumbe, Cabo Delgado) without resistance.",
        "Rebels captured the town of Bor without a fight.",
    ],
)
def test_no_harm_done_is_no_attack(nlp, text):
    assert _stated_events(nlp, text) == []


def test_captors_who_execute_attack(nlp):
    (event,) = _stated_events(nlp, "On 12 November 2020, ISWAP abducted and executed 5 aid workers near Monguno.")
    assert agent_texts([event]) == {"ISWAP"}
    assert _stated_events(nlp, "Iran executed two men convicted of spying.") == []


def test_the_series_an_incident_belongs_to_is_no_other_incident(nlp):
    text = (
        "11/02/2014: Assailants set fire to a polling station in Chak 45 village, Sargodha district, Punjab "
        "province, Pakistan. This was one of three related attacks on polling stations in Sargodha district."
    )
    assert len(_stated_events(nlp, text)) == 1


def test_the_weapons_named_again_are_the_incident(nlp):
    text = (
        "Militants fired rockets at an army base near Eilat city, Southern district, Israel. The rockets landed in "
        "an open area and caused no damage."
    )
    assert len(_stated_events(nlp, text)) == 1


def test_victims_told_in_the_passive_lead_an_attribution_back(nlp):
    text = (
        "02/24/2014: Armed assailants hijacked a passenger bus in Jonglei state, South Sudan, and robbed the "
        "passengers. Two passengers who resisted were shot and killed. Sources attributed the attack to White Army "
        "militiamen."
    )
    found = [e for e in _stated_events(nlp, text) if e.type.value == "ATTACK"]
    assert found and all(agent_texts([e]) == {"White Army militiamen"} for e in found)


def test_an_area_the_parser_made_a_subject_is_no_doer(nlp):
    text = (
        "02/15/2019: An explosive device detonated inside a bus terminal in Jos city, Plateau state, Nigeria, "
        "killing five passengers and wounding eight others."
    )
    assert not any("Plateau" in a for a in agent_texts(_stated_events(nlp, text)))


def test_fire_across_a_line_hits_what_is_beyond_it(nlp):
    text = (
        "On 3 November 2018, Pakistani soldiers fired across the Line of Control at Indian Army positions in Poonch "
        "(Poonch, Jammu and Kashmir)."
    )
    (event,) = _stated_events(nlp, text)
    assert [m.span.text for m in event.targets] == ["Indian Army positions"]
    assert event.location is not None and "Poonch" in event.location.span.text
