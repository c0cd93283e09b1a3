"""Shapes of real wire copy and encyclopaedic pages read again (issue 14, twenty-first pass, the lead): a defection of
a counted part of a body ("the defection of 16 of the 52 MPs from the government side"), an acronym's plural ("MPs"),
"loyal to" hung by the parser on a place or a direction word past its noun, the sides of a clash in a "between" phrase
hung on the verb's place phrase, "left the garrison isolated" (a state, not a leaving), "who" after a member from a
named body, defectors in a casualty list, "defected" read as a verb, an ally
changing sides, the side that "suffered" a defection, deserting a side's service, and curly apostrophes parsed as
straight ones. Sentences written for these tests in the styles of wire copy and encyclopaedic pages."""

from __future__ import annotations

import pytest
from helpers import agent_texts, events, stated, target_texts

from kg.models import EventType

pytestmark = pytest.mark.model


def _left(event) -> list[str]:
    return [m.span.text for m in event.targets]


@pytest.mark.parametrize(
    ("text", "defectors", "left"),
    [
        (
            "The cabinet fell after the defection of 11 of the 40 MPs from the ruling bloc to the opposition.",
            "11 of the 40 MPs",
            "the ruling bloc",
        ),
        (
            "The motion passed following the defection of nine of the party's senators from the coalition.",
            "nine of the party's senators",
            "the coalition",
        ),
    ],
)
def test_a_counted_part_of_a_body_is_who_defected_and_its_from_phrase_the_side_left(nlp, text, defectors, left):
    found = stated(events(nlp, text, EventType.DEFECTION))
    assert found
    assert any(a.startswith(defectors) for a in agent_texts(found))
    assert left in [t for e in found for t in _left(e)]
    assert not any(t.startswith(defectors) for e in found for t in _left(e))


def test_a_count_of_things_is_no_defector(nlp):
    found = stated(events(nlp, "The defection of 16 of the 52 questions from the exam surprised teachers."))
    assert not any(a.startswith("16") for a in agent_texts(found))


def test_an_acronym_plural_names_politicians(nlp):
    found = stated(
        events(nlp, "Three MPs defected from the ruling party to the opposition on Monday.", EventType.DEFECTION)
    )
    assert "Three MPs" in agent_texts(found)


@pytest.mark.parametrize(
    ("text", "loyal", "not_loyal"),
    [
        (
            "Police said the fighting spread to hamlets to the north between the army and militiamen loyal to "
            "Commander Adnan Rashid.",
            "militiamen",
            "north",
        ),
        ("Gunmen in Mosul loyal to the Islamic State stormed a police post.", "Gunmen", "Mosul"),
    ],
)
def test_loyal_hung_on_a_place_is_said_of_the_noun_before_it(nlp, text, loyal, not_loyal):
    found = stated(events(nlp, text, EventType.ALLEGIANCE))
    assert found
    assert loyal in agent_texts(found)
    assert not any(not_loyal in a for a in agent_texts(found))


def test_loyal_to_a_place_keeps_the_place_as_the_side(nlp):
    found = stated(events(nlp, "Forces loyal to Tripoli shelled the town.", EventType.ALLEGIANCE))
    assert "Forces" in agent_texts(found)
    assert "Tripoli" in target_texts(found)


@pytest.mark.parametrize(
    "text",
    [
        "Witnesses said the clashes broke out in farms to the east between the army and tribal gunmen.",
        "Fighting raged in the old quarter near the port between the army and tribal gunmen.",
    ],
)
def test_the_sides_of_a_clash_hung_on_its_place_phrase(nlp, text):
    found = stated(events(nlp, text, EventType.ATTACK))
    assert found
    assert {"the army", "tribal gunmen"} <= set(agent_texts(found))


@pytest.mark.parametrize(
    "text",
    ["Fighting raged on the road between Homs and Hama.", "Clashes erupted in the border area between Chad and Sudan."],
)
def test_a_between_of_places_in_the_place_phrase_names_no_sides(nlp, text):
    found = stated(events(nlp, text, EventType.ATTACK))
    assert not agent_texts(found) & {"Homs", "Hama", "Chad", "Sudan"}


@pytest.mark.parametrize(
    "text",
    [
        "The loss of the airfield left the garrison at Tessalit isolated and short of fuel.",
        "The siege left the rebels exposed.",
    ],
)
def test_leaving_an_object_in_a_state_is_no_defection(nlp, text):
    assert not stated(events(nlp, text, EventType.DEFECTION))


def test_leaving_a_side_to_join_another_is_still_a_defection(nlp):
    found = stated(events(nlp, "Major Sadiq left the army in March and joined the rebels.", EventType.DEFECTION))
    assert "the army" in target_texts(found)


def test_who_after_a_member_from_a_named_body_is_the_member(nlp):
    found = stated(events(nlp, "A major from the Republican Guard who defected in 2012 was killed by a bomb."))
    defections = [e for e in found if e.type is EventType.DEFECTION]
    assert "A major" in agent_texts(defections)
    assert "the Republican Guard" in target_texts(defections)


def test_a_casualty_list_of_defectors_keeps_the_others_out(nlp):
    found = stated(
        events(nlp, "In two days of fighting 90 defectors, 40 soldiers and 15 civilians died.", EventType.DEFECTION)
    )
    assert "90 defectors" in agent_texts(found)
    assert not agent_texts(found) & {"40 soldiers", "15 civilians"}


def test_defected_read_as_a_verb_on_its_members(nlp):
    text = "The militia received reinforcements, among them mechanics and defected Syrian Army personnel."
    found = stated(events(nlp, text, EventType.DEFECTION))
    assert any("personnel" in a for a in agent_texts(found))
    assert "The militia" not in agent_texts(found)


def test_an_ally_who_changes_sides_leaves_the_one_it_was_allied_to(nlp):
    found = stated(events(nlp, "An ally of the Front, General Omar Tahir, changed sides in 1995.", EventType.DEFECTION))
    assert "the Front" in target_texts(found)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Meanwhile, the Front suffered from the defection of three senior commanders.", "the Front"),
        ("The army suffered the desertion of 300 conscripts in March.", "The army"),
    ],
)
def test_the_side_that_suffered_a_defection_is_the_side_left(nlp, text, left):
    assert left in target_texts(stated(events(nlp, text, EventType.DEFECTION)))


def test_members_deserting_a_sides_service_defect(nlp):
    assert stated(events(nlp, "After the mutiny, many soldiers deserted British service.", EventType.DEFECTION))
    assert not stated(events(nlp, "After lunch, the clerk deserted the service counter.", EventType.DEFECTION))


@pytest.mark.parametrize(
    "text",
    [
        "The ministry condemned Russia’s missile strikes across Ukraine, including in Kharkiv.",
        "Officials said the group’s fighters didn’t reach the town’s main market.",
    ],
)
def test_curly_apostrophes_parse_as_straight_ones(nlp, text):
    curly = nlp(text)
    straight = nlp(text.replace("\u2019", "'"))
    assert curly.text == text  # the text itself is unchanged
    assert [(t.dep_, t.head.i, t.tag_) for t in curly] == [(t.dep_, t.head.i, t.tag_) for t in straight]


def test_a_curly_possessive_is_the_doer(nlp):
    found = stated(events(nlp, "The ministry condemned Russia’s missile strikes across Ukraine, including in Kharkiv."))
    assert "Russia" in agent_texts(found)


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("The shelling killed and injured civilians in the old town.", "civilians"),
        ("The car bomb killed and wounded dozens of shoppers.", "dozens of shoppers"),
    ],
)
def test_an_object_two_casualty_verbs_share_is_the_target(nlp, text, victims):
    assert victims in target_texts(stated(events(nlp, text, EventType.ATTACK)))


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("The bombing claimed the lives of nine pilgrims.", "nine pilgrims"),
        ("The raid on the market took the lives of six traders.", "six traders"),
    ],
)
def test_the_lives_taken_are_the_people(nlp, text, victims):
    targets = target_texts(stated(events(nlp, text, EventType.ATTACK)))
    assert victims in targets
    assert not any("lives" in t for t in targets)


def test_taking_without_lives_names_no_victim(nlp):
    found = stated(events(nlp, "The attack took the garrison by surprise.", EventType.ATTACK))
    assert not any("surprise" in t for t in target_texts(found))


def test_a_strike_hitting_something_has_it_as_its_target(nlp):
    found = stated(
        events(nlp, "Residents reported strikes hitting a clinic in the northern district.", EventType.ATTACK)
    )
    assert "a clinic" in target_texts(found)


@pytest.mark.parametrize(
    "text",
    [
        'The emir said they would unite with any faction he described as "loyal to God and homeland".',
        "The veterans remained loyal to the motherland.",
    ],
)
def test_loyalty_to_an_ideal_is_no_allegiance(nlp, text):
    assert not stated(events(nlp, text, EventType.ALLEGIANCE))


def test_a_subject_hung_on_the_clause_conjunction(nlp):
    found = stated(
        events(nlp, "Fighting flared in Atarib after a battalion in Jaysh al-Nasr defected to the Sham Legion.")
    )
    defections = [e for e in found if e.type is EventType.DEFECTION]
    assert "a battalion" in agent_texts(defections)


def test_the_side_whose_posts_a_defector_left(nlp):
    found = stated(events(nlp, "Thirty conscripts defected from army checkpoints near Rastan.", EventType.DEFECTION))
    assert "army" in target_texts(found)
    assert not target_texts(stated(events(nlp, "Five fighters defected from their positions near Idlib.")))


def test_a_members_phrase_stops_before_a_relative_clause_inside_it(nlp):
    text = (
        "Among the recruits is a former commander of the Front's 7th Brigade, who fought the army near Kidal in 2012."
    )
    found = stated(events(nlp, text, EventType.ATTACK))
    assert "a former commander of the Front's 7th Brigade" in agent_texts(found)


@pytest.mark.parametrize(
    "text",
    [
        "In response, on 9 March Turkey began a sustained campaign of shelling on YPG positions near Tal Rifaat.",
        "On 3 March Hezbollah fired rockets at Metula.",
    ],
)
def test_a_name_glued_to_the_date_before_its_verb_is_the_subject(nlp, text):
    found = stated(events(nlp, text, EventType.ATTACK))
    assert agent_texts(found) & {"Turkey", "Hezbollah"}
