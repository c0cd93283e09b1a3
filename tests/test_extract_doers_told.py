"""Who did it and to whom in long copy (issue 14, fourteenth pass): a settlement named in its "of" phrase taken, the
two sides of a clash told as a pair, "its" owning a deed noun, a killing reported in a raised participle ("was
reported killed"), a victim the sentence leads with or names, a report set into the clause it reports, blame in a
passive conjunct, and a group's record of "similar attacks".
Sentences written for these tests, with invented names; none is taken from a gold set."""

from __future__ import annotations

import pytest
from helpers import agent_texts, attacks_told, has_text, target_texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        (
            "Units of the Kharan grouping of forces liberated the settlement of Dzhurak-Mala over the past day.",
            "Units of the Kharan",
            "the settlement of Dzhurak-Mala",
        ),
        (
            "Troops of the 12th Brigade, backed by militia volunteers, recaptured the hamlet of Vorona-Pole on Friday.",
            "Troops of the 12th Brigade",
            "the hamlet of Vorona-Pole",
        ),
        (
            "The commander said his men had taken control of the municipality of San Telmo de Arriba after a day of "
            "fighting.",
            "his men",
            "the municipality of San Telmo de Arriba",
        ),
    ],
)
def test_a_settlement_named_in_its_of_phrase_is_a_place_taken(nlp, text, agent, target):
    found = attacks_told(nlp, text)
    assert found, text
    assert has_text(agent_texts(found), agent), agent_texts(found)
    assert target in target_texts(found), target_texts(found)


@pytest.mark.parametrize(
    ("text", "sides", "dead"),
    [
        ("The two factions clashed at Wadi Karmo on Sunday, residents said.", "The two factions", None),
        ("Both wings of the movement fought near Boreli-Sud, leaving seven people dead.", "Both wings", "seven people"),
        (
            "Analysts doubt the truce between the two militias, which have fought each other around Lake Tumbo.",
            "the two militias",
            None,
        ),
    ],
)
def test_a_pair_that_clashed_is_each_others_target(nlp, text, sides, dead):
    found = attacks_told(nlp, text)
    assert len(found) == 1, found
    assert has_text(agent_texts(found), sides) and has_text(target_texts(found), sides), (
        agent_texts(found),
        target_texts(found),
    )
    if dead is not None:
        assert has_text(target_texts(found), dead)


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("Two gunmen clashed with police at the Kilo-Tesh market.", "police", "police"),  # a partner, not a pair
        ("The two battalions attacked the town of Sebro-Kal at dawn.", "The two battalions", "the town of Sebro-Kal"),
    ],
)
def test_a_pair_with_a_partner_or_an_object_keeps_it(nlp, text, agent, target):
    found = attacks_told(nlp, text)
    assert has_text(agent_texts(found), agent)
    assert has_text(target_texts(found), target), target_texts(found)
    if "battalions" in text:
        assert not has_text(target_texts(found), "The two battalions")


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Kenya says 40 fighters have surrendered since its offensive in the Boni-Lango forest began in May.", "Kenya"),
        (
            "The Armed Forces of Ruvonia reported heavy fighting in the east. Ruvonia says 40 fighters have "
            "surrendered since its offensive in the Boni forest began in May.",
            "Ruvonia",
        ),
        (
            "The Ruvu Defence Force said that dozens of fighters had deserted since its assault on the Tana hills "
            "began.",
            "The Ruvu Defence Force",
        ),
    ],
)
def test_its_deed_is_done_by_the_subject_of_the_clause_above_it_and_written_as_its_name(nlp, text, agent):
    found = attacks_told(nlp, text)
    assert found, text
    assert agent in agent_texts(found), agent_texts(found)
    assert "its" not in agent_texts(found)


def test_its_in_an_object_is_not_the_doer(nlp):
    found = attacks_told(nlp, "The Ruvu Defence Force said the militia had shelled its positions near Tana.")
    assert "the militia" in agent_texts(found), agent_texts(found)
    assert not has_text(agent_texts(found), "Ruvu")


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        (
            "Commander Okello was reported killed near Lomin in 2019, in shelling by government artillery.",
            "government artillery",
            "Commander Okello",
        ),
        ("Three herders were said wounded in a raid by Tumbu gunmen near Kasse.", "Tumbu gunmen", "Three herders"),
        ("The rebel commander was believed killed in an air strike last week.", None, "The rebel commander"),
    ],
)
def test_whoever_was_reported_killed_suffered_it(nlp, text, agent, target):
    found = attacks_told(nlp, text)
    assert found, text
    assert has_text(target_texts(found), target), target_texts(found)
    assert not has_text(agent_texts(found), target), agent_texts(found)
    if agent is not None:
        assert agent in agent_texts(found), agent_texts(found)


def test_whoever_is_believed_to_have_done_it_still_did_it(nlp):
    found = attacks_told(nlp, "The Tarvo militia is believed to have carried out the massacre in Kasse-Dori.")
    assert "The Tarvo militia" in agent_texts(found), agent_texts(found)


def test_the_victim_a_sentence_leads_with_is_not_its_doer(nlp):
    found = attacks_told(
        nlp,
        "Ibrahim Zelwan, who was killed on Monday when a drone struck his car near Sardi-Kebir, was a former "
        "commander of the Tesso brigade.",
    )
    assert "Ibrahim Zelwan" not in agent_texts(found), agent_texts(found)
    assert "Ibrahim Zelwan" in target_texts(found), target_texts(found)


def test_the_dead_a_naming_clause_names_are_not_the_doers(nlp):
    found = attacks_told(
        nlp,
        "The drone came in low over the palms after dusk, residents of Wadi Hamra said. It fired once at a pickup "
        "driving out of the village, killing the two men inside, whom local officials later named as Salem Bakar and "
        "Nasr Obeid.",
    )
    assert not has_text(agent_texts(found), "Salem Bakar"), agent_texts(found)


def test_doers_a_naming_clause_identifies_are_still_the_doers(nlp):
    found = attacks_told(
        nlp,
        "Gunmen shot dead a trader in Buraka-Lowe on Monday. The gunmen, whom residents described as members of the "
        "Tora-Kalei militia, fled on motorbikes.",
    )
    assert has_text(agent_texts(found), "Tora-Kalei"), agent_texts(found)


@pytest.mark.parametrize(
    ("text", "agent", "speaker"),
    [
        (
            "The gunship came in low over the camp at dusk, villagers said, and fired rockets into the school.",
            "The gunship",
            "villagers",
        ),
        (
            "Gunmen stormed the Tamsa market on Friday, witnesses told reporters, and shot at least nine traders.",
            "Gunmen",
            "witnesses",
        ),
    ],
)
def test_a_report_set_into_the_clause_does_not_do_the_deed_after_it(nlp, text, agent, speaker):
    found = attacks_told(nlp, text)
    assert agent in agent_texts(found), agent_texts(found)
    assert speaker not in agent_texts(found)


def test_blame_in_a_passive_conjunct_names_the_doer(nlp):
    found = attacks_told(
        nlp,
        "The blast killed four people at the Lomaro bus park on Sunday and was blamed by police on the Tesso "
        "Liberation Army.",
    )
    assert has_text(agent_texts(found), "Tesso Liberation Army"), agent_texts(found)


def test_a_groups_record_of_similar_attacks_is_an_event_of_its_own(nlp):
    found = attacks_told(
        nlp,
        "Gunmen shot dead two teachers in Garissa-Bura on Monday. No group claimed the attack, but the Shabelle "
        "Front has carried out similar attacks on schools in the county.",
    )
    record = [e for e in found if has_text(agent_texts([e]), "Shabelle Front")]
    assert record and has_text(target_texts(record), "schools"), [(agent_texts([e]), target_texts([e])) for e in found]
    teachers = [e for e in found if has_text(target_texts([e]), "two teachers")]
    assert teachers and not has_text(agent_texts(teachers), "Shabelle"), agent_texts(teachers)
