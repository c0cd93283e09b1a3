"""The side a defector leaves, read in more of real copy's shapes (issue 14, twenty-sixth pass): the unit a named
soldier comes from ("Lieutenant X from the 77th Light Infantry Division"), the rulers on their soldiers ("junta
soldiers", "regime troops"), a side the parser hung on the verb that announces the defection, and the side a mover's
relative clause says it backed. Sentences written for these tests in the styles of wire copy and Myanmar, Syria and
Yemen reporting, with invented names; none is taken from a gold set."""

from __future__ import annotations

import pytest
from helpers import agent_texts, events, has_text, stated, target_texts

from kg.models import EventType

pytestmark = pytest.mark.model

_DEF = EventType.DEFECTION


def _left(nlp, text):  # noqa: ANN001, ANN202
    found = stated(events(nlp, text, _DEF))
    assert found, text
    return target_texts(found)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        (
            "Lieutenant Kyaw Zin from the 77th Light Infantry Division defected to the resistance on Monday.",
            "77th Light Infantry Division",
        ),
        (
            "Corporal Aung Ko from Light Infantry Battalion 312 defected to the KIA on March 2.",
            "Light Infantry Battalion",
        ),
        ("Dozens of regime soldiers surrendered to rebel fighters outside Hama.", "regime"),
        ("Six junta policemen defected to the People's Defence Force in Sagaing.", "junta"),
        ("The two clans announced their defection from the ruling alliance on Tuesday.", "ruling alliance"),
        (
            "Some 80 gunmen, who had backed the Islamic State in Sirte, surrendered to government forces.",
            "Islamic State",
        ),
    ],
)
def test_the_side_left_is_read_off_the_defectors_unit_rulers_or_clause(nlp, text, left):
    assert has_text(_left(nlp, text), left), _left(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a town a soldier comes from is no side
        "Captain Min Thu from Hpakant defected to the Kachin Independence Army last week.",
        # what a mover backed is a side only when it is one
        "Some 80 gunmen, who had backed the deal in Sirte, surrendered to government forces.",
    ],
)
def test_no_side_from_a_town_or_a_thing_backed(nlp, text):
    assert _left(nlp, text) == set(), _left(nlp, text)


_ATT = (EventType.ATTACK, EventType.AIRSTRIKE)


def _attacks(nlp, text):  # noqa: ANN001, ANN202
    found = [e for t in _ATT for e in stated(events(nlp, text, t))]
    assert found, text
    return found


def test_a_states_drone_attack_is_the_states_not_a_place(nlp):
    found = _attacks(nlp, "The commander was killed in a US drone attack in 2021.")
    assert has_text(agent_texts(found), "US"), agent_texts(found)
    assert all(e.location is None or e.location.span.text != "US" for e in found)


def test_a_country_bomb_still_says_where(nlp):
    found = _attacks(nlp, "An Iraq car bomb killed 12 people on Sunday.")
    assert not any("Iraq" in a for a in agent_texts(found)), agent_texts(found)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a town the model tags as a person's name, in the bombing's own "in" phrase, kills nobody
        ("The group surfaced in 2015 with a bombing of a nightclub in Davao, which killed nine people.", "Davao"),
        # a town tagged as a people's name, compounded on the assault, is where it was
        ("The Kidal assault was planned and executed by the Ansar Group.", "Kidal"),
    ],
)
def test_a_town_misread_as_a_person_or_people_is_no_doer(nlp, text, place):
    assert not any(place in a for a in agent_texts(_attacks(nlp, text)))


def test_an_assault_planned_and_executed_was_done(nlp):
    found = _attacks(nlp, "The Kidal assault was planned and executed by the Ansar Group.")
    assert has_text(agent_texts(found), "Ansar Group"), agent_texts(found)


@pytest.mark.parametrize(
    "text",
    [
        "Residents fled amid fierce confrontations between forces loyal to the governor and Tuareg rebels.",
        "Two soldiers were killed in a confrontation with militants in Kupwara.",
    ],
)
def test_an_armed_confrontation_is_a_clash(nlp, text):
    assert _attacks(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister had a heated confrontation with reporters outside parliament.",
        "The confrontation between India and Pakistan at Lord's ended in a draw.",
    ],
)
def test_a_confrontation_of_words_or_sport_is_none(nlp, text):
    assert not any(stated(events(nlp, text, t)) for t in _ATT)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # the doer named by its role a sentence after the deed
        (
            "At least 16 people were killed on Thursday in a suicide bombing on a police post in Farah province. "
            "Remains at the scene suggest the bomber may have been a woman.",
            "the bomber",
        ),
        (
            "A bomb exploded at a crowded market in Quetta, killing nine people. Police said the attackers fled.",
            "attackers",
        ),
        # doers written on the attack noun, as a noun or as the tagger's adjective
        ("There have been a series of gunmen attacks in Nigeria in recent months.", "gunmen"),
        ("A high alert was sounded following four militant attacks in three districts of Jammu region.", "militant"),
    ],
)
def test_a_doer_named_by_its_role_later_or_on_the_attack_noun(nlp, text, doer):
    assert has_text(agent_texts(_attacks(nlp, text)), doer), agent_texts(_attacks(nlp, text))


def test_a_doer_noun_after_another_attack_is_that_attacks(nlp):
    text = (
        "A bomb exploded near a mosque in Peshawar on Friday. In a separate incident, gunmen attacked a police post "
        "in Bannu; the attackers fled."
    )
    bombing = [e for e in _attacks(nlp, text) if "Peshawar" in (e.location.span.text if e.location else "")]
    assert bombing and not any("attackers" in a.span.text for e in bombing for a in e.agents)


def test_a_states_military_raid_is_the_states(nlp):
    found = _attacks(nlp, "The Islamic State leader was killed in a US military raid in Idlib in 2019.")
    assert not any(a == "military" for a in agent_texts(found)), agent_texts(found)


@pytest.mark.parametrize(
    "text",
    [
        "Police said the suspect surrendered to officers at the Kano divisional headquarters on Monday.",
        "The militants surrendered their hostages to the Red Cross.",
    ],
)
def test_the_side_change_backoff_reads_no_suspect_nor_hostages_handed_over(nlp, text):
    assert not stated(events(nlp, text, _DEF))


@pytest.mark.parametrize(
    ("text", "to"),
    [
        (
            "Twelve militants of Hizbul Mujahideen surrendered before Chief Minister Ghulam Nabi Azad in Ramban.",
            "Ghulam Nabi Azad",
        ),
        ("Eight Maoist cadres surrendered before Superintendent of Police Ravi Kumar in Sukma.", "Ravi Kumar"),
    ],
)
def test_insurgents_surrender_before_an_official_of_the_state(nlp, text, to):
    found = stated(events(nlp, text, _DEF))
    assert any(e.to is not None and to in e.to.span.text for e in found), [e.to for e in found]


def test_a_suspect_before_an_official_is_no_defector(nlp):
    assert not stated(events(nlp, "The suspect surrendered before Chief Minister Ghulam Nabi Azad on Sunday.", _DEF))
