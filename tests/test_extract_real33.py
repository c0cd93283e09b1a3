"""Changes of side and pledges real copy tells in shapes the rules missed (issue 14, twenty-eighth pass): an oath of
allegiance taken back ("renounced their oath of allegiance to X", "retracted their oath of obedience to X"), the side a
defection is "a blow to", a group named before "defection" (the side left, not the defector), a state that became an
alliance's member ("the 30th NATO member", "the 31st member of the alliance"), and joinings not yet made by people on
their way or desperate to go. Sentences written for these tests in the styles of wire copy and Caucasus, Balkan and
Great Lakes reporting, with invented or common names; none is taken from a gold set."""

from __future__ import annotations

import pytest
from helpers import agent_texts, events, has_text, stated, target_texts

from kg.models import EventType

pytestmark = pytest.mark.model


def _left(found, side):  # noqa: ANN001, ANN202
    assert has_text(target_texts(found), side), target_texts(found)


def _told(nlp, text, *types):  # noqa: ANN001, ANN002, ANN202
    """The asserted events of ``types`` kg reads in ``text``; at least one."""
    found = stated(events(nlp, text, *types))
    assert found, text
    return found


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Four Dagestani field commanders have renounced their oath of allegiance to Magomed Suleimanov.",
         "Magomed Suleimanov"),
        ("Two Ingush commanders retracted their oath of obedience to the emir of the Caucasus Emirate last month.",
         "the emir"),
        ("Several Kabardian commanders revoked their pledge of loyalty to Abu Usman and joined the new faction.",
         "Abu Usman"),
    ],
)  # fmt: skip
def test_an_oath_taken_back_is_leaving_the_side_it_was_sworn_to(nlp, text, left):
    found = _told(nlp, text, EventType.DEFECTION)
    _left(found, left)
    assert not has_text(target_texts(found), "oath") and not has_text(target_texts(found), "pledge")


def test_an_oath_taken_back_and_a_new_one_sworn_names_both_sides(nlp):
    text = "The commanders retracted their oath of allegiance to Aslan Bekov and instead pledged allegiance to ISIS."
    found = _told(nlp, text, EventType.DEFECTION)
    assert has_text(target_texts(found), "Aslan Bekov"), target_texts(found)
    assert any(e.to is not None and "ISIS" in e.to.span.text for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry revoked the licences of two security firms in Grozny.",
        "The army withdrew its troops from the village after the attack.",
        "The party withdrew its support for the governor's budget.",
        "The opposition party disavowed the government's budget on Monday.",
        "The group disavowed the attack on the church.",
    ],
)
def test_other_things_taken_back_or_disavowed_are_no_change_of_side(nlp, text):
    assert not stated(events(nlp, text, EventType.DEFECTION)), text


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("His defection is another blow to the junta, which has lost three generals this year.", "the junta"),
        ("Colonel Nazarov's defection is a major blow to the Interior Ministry.", "the Interior Ministry"),
    ],
)
def test_the_side_a_defection_is_a_blow_to_is_the_side_left(nlp, text, left):
    found = _told(nlp, text, EventType.DEFECTION)
    _left(found, left)


def test_a_group_named_before_defection_is_the_side_left(nlp):
    text = "Officials said it was the largest ADF defection since the group moved into Ituri in 2019."
    found = _told(nlp, text, EventType.DEFECTION)
    assert has_text(target_texts(found), "ADF"), target_texts(found)
    assert not has_text(agent_texts(found), "ADF"), agent_texts(found)


def test_a_person_named_before_defection_is_the_defector(nlp):
    text = "The minister's defection stunned the ruling party."
    found = _told(nlp, text, EventType.DEFECTION)
    assert has_text(agent_texts(found), "The minister"), agent_texts(found)


@pytest.mark.parametrize(
    ("text", "member", "alliance"),
    [
        ("On Monday, Montenegro officially became the 29th NATO member.", "Montenegro", "NATO"),
        ("Sweden's flag was raised outside NATO headquarters as it became the 32nd member of the alliance.",
         "Sweden", "the alliance"),
    ],
)  # fmt: skip
def test_a_state_that_became_an_alliances_member_joined_it(nlp, text, member, alliance):
    found = _told(nlp, text, EventType.ALLEGIANCE)
    assert has_text(agent_texts(found), member) and has_text(target_texts(found), alliance), found


@pytest.mark.parametrize(
    "text",
    [
        "The bank became the largest Microsoft partner in Europe.",
        "The island became the 31st member of the alliance of small states.",
        "Ireland became the 12th member of the alliance in 1973.",  # no military alliance named before
    ],
)
def test_other_memberships_are_no_pledge(nlp, text):
    assert not stated(events(nlp, text, EventType.ALLEGIANCE)), text


@pytest.mark.parametrize(
    "text",
    [
        "The three students were on their way to join Islamic State when police stopped them at the airport.",
        "Dozens of young men are desperate to go to Syria to join Islamic State, officials say.",
    ],
)
def test_a_joining_people_are_still_going_to_is_not_made(nlp, text):
    assert not stated(events(nlp, text, EventType.ALLEGIANCE)), text


def test_a_joining_people_went_to_make_is_made(nlp):
    text = "The three students travelled to Syria to join Islamic State in 2015."
    assert stated(events(nlp, text, EventType.ALLEGIANCE)), text


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("A former Taliban commander who had recently pledged allegiance to the Islamic State was killed on Monday.",
         "Taliban"),
        ("A group of former Abu Sayyaf members pledged allegiance to the Islamic State in a video released on Friday.",
         "Abu Sayyaf"),
    ],
)  # fmt: skip
def test_a_former_member_of_one_armed_side_pledging_to_another_left_it(nlp, text, left):
    found = _told(nlp, text, EventType.DEFECTION)
    _left(found, left)
    assert any(e.to is not None and "Islamic State" in e.to.span.text for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "A former army officer pledged allegiance to the Islamic State in a video.",  # no side named
        "The former al-Shabaab commander renewed his pledge of allegiance to al-Shabaab leader Ahmed Diriye.",
    ],
)
def test_a_former_title_with_no_other_side_is_only_a_pledge(nlp, text):
    assert stated(events(nlp, text, EventType.ALLEGIANCE)), text
    assert not stated(events(nlp, text, EventType.DEFECTION)), text


def test_a_surrender_of_insurgents_needs_no_side_taking_them_in(nlp):
    text = "The operation followed a massive surrender of about 300 Boko Haram fighters and their families."
    found = _told(nlp, text, EventType.DEFECTION)
    assert has_text(agent_texts(found), "Boko Haram fighters"), agent_texts(found)


def test_soldiers_desert_read_as_a_noun_is_a_desertion(nlp):
    text = "Rebels are advancing on the town as dozens of government soldiers desert and others abandon their posts."
    found = _told(nlp, text, EventType.DEFECTION)
    assert has_text(agent_texts(found), "government soldiers"), agent_texts(found)


def test_the_desert_is_no_desertion(nlp):
    assert not stated(events(nlp, "The soldiers crossed the desert at night.", EventType.DEFECTION))


def test_troops_who_disavow_their_government_leave_it(nlp):
    text = "Four National Guard troops at the border disavowed the government of President Maduro on Saturday."
    found = _told(nlp, text, EventType.DEFECTION)
    assert has_text(target_texts(found), "the government"), target_texts(found)
    assert all(e.to is None for e in found), [e.to for e in found]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Fighters of the New People's Army ambushed an army patrol in Samar on Sunday.", "New People's Army"),
        ("Suspected ADF rebels and CODECO militiamen attacked two villages in Djugu territory.", "CODECO"),
        ("Militants of Hizbul Mujahedeen opened fire on a police party in Shopian.", "Hizbul Mujahideen"),
        ("TPLF forces shelled the town of Alamata overnight, residents said.", "Tigray People's Liberation Front"),
    ],
)
def test_armed_groups_of_many_wars_are_known_by_name(nlp, text, group):
    found = _told(nlp, text, EventType.ATTACK, EventType.AIRSTRIKE)
    labels = {m.entity.label for e in found for m in e.agents}
    assert group in labels, labels


def test_a_subject_the_parser_split_in_two_is_the_nearer_one(nlp):
    # "A high profile" parsed as a subject of its own before "Boko Haram commander"
    text = "A high profile Boko Haram commander has surrendered to Nigerian troops in Borno, the army said."
    found = _told(nlp, text, EventType.DEFECTION)
    assert has_text(agent_texts(found), "Boko Haram commander"), agent_texts(found)
    assert has_text(target_texts(found), "Boko Haram"), target_texts(found)


def test_the_forces_of_a_junta_left_the_junta(nlp):
    text = "Hundreds of junta forces defected to the resistance groups in Sagaing last year."
    found = _told(nlp, text, EventType.DEFECTION)
    assert has_text(target_texts(found), "junta"), target_texts(found)


def test_a_leaving_beside_joining_the_revolt_joins_a_side(nlp):
    text = "He was a major in the Libyan army until March, when he deserted and joined the revolt in Benghazi."
    found = _told(nlp, text, EventType.ALLEGIANCE)
    assert has_text(target_texts(found), "the revolt"), target_texts(found)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of students joined the revolt in the streets of Cairo.",  # no leaving
        "Libya's envoy to the Arab League said he had quit his post to join the revolution.",  # a cause, not an army
    ],
)
def test_joining_a_revolt_or_revolution_is_otherwise_no_pledge(nlp, text):
    assert not stated(events(nlp, text, EventType.ALLEGIANCE)), text


def test_a_party_quit_in_favour_of_another_was_left_for_it(nlp):
    text = "MP Nino Beridze has quit the ruling party in favour of the Labour Party, her office said on Monday."
    found = _told(nlp, text, EventType.DEFECTION)
    assert any(e.to is not None and "Labour Party" in e.to.span.text for e in found), [e.to for e in found]
