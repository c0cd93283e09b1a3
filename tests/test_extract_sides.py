"""DEFECTION and ALLEGIANCE with the trained pipeline where the small model's parse breaks or the phrasing
is indirect: pledges whose "to" it misreads, pledgers in appositions, members of one group joining another,
asylum asked "for", possessive defections, loyalty to an unnamed side.  Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events, stated

from kg.models import EventType, Modality

pytestmark = pytest.mark.model


def _events(nlp, text, *types):
    return stated(events(nlp, text, *types), modalities=(Modality.ASSERTED,))


def _texts(mentions):
    return {m.span.text for m in mentions if m is not None}


@pytest.mark.parametrize(
    ("text", "pledger", "pledgee"),
    [
        # "to ISIS" read as an infinitive clause hanging on the noun
        ("Boko Haram announced its allegiance to ISIS in an audio message on Saturday.", "Boko Haram", "ISIS"),
        ("The Mindanao cell announced its loyalty to ISIS on Friday.", "The Mindanao cell", "ISIS"),
    ],
)
def test_a_pledge_to_a_name_the_parser_read_as_a_verb(nlp, text, pledger, pledgee):
    events = _events(nlp, text, EventType.ALLEGIANCE)
    assert _texts(e.agent for e in events) == {pledger}
    assert _texts(e.target for e in events) == {pledgee}


@pytest.mark.parametrize(
    ("text", "pledger"),
    [
        (
            "Isnilon Hapilon, an Abu Sayyaf commander from Basilan, swore loyalty to Abu Bakr al-Baghdadi in 2014.",
            "Isnilon Hapilon",
        ),
        (
            "Abubakar Shekau, the leader of Boko Haram, swore allegiance to Abu Bakr al-Baghdadi in March 2015.",
            "Abubakar Shekau",
        ),
        (
            "Mokhtar Belmokhtar's group merged with MUJAO and swore allegiance to al-Qaeda.",
            "Mokhtar Belmokhtar's group",
        ),
    ],
)
def test_the_pledger_when_swore_is_misparsed_inside_an_apposition_or_conjunct(nlp, text, pledger):
    events = _events(nlp, text, EventType.ALLEGIANCE)
    assert _texts(e.agent for e in events) == {pledger}


def test_a_name_after_a_descriptive_group_head_is_the_actor(nlp):
    text = "The militant group Jund al-Khilafah announced its allegiance to the Islamic State."
    events = _events(nlp, text, EventType.ALLEGIANCE)
    assert _texts(e.agent for e in events) == {"The militant group Jund al-Khilafah"}
    assert {e.agent.entity.label for e in events} == {"Jund al-Khilafah"}


def test_is_militants_as_the_root_of_a_misparse_are_the_islamic_state(nlp):
    events = _events(nlp, "IS militants killed 12 villagers near Mosul on Friday.", EventType.ATTACK)
    assert {e.agent.entity.label for e in events} == {"Islamic State"}


def test_the_ranks_joined_are_the_side_named_after_them(nlp):
    events = _events(nlp, "Dozens of young men joined the ranks of the Islamic State in Libya.", EventType.ALLEGIANCE)
    assert _texts(e.target for e in events) == {"the Islamic State"}
    assert not _events(nlp, "Thousands of graduates joined the ranks of the unemployed.", EventType.ALLEGIANCE)


def test_asylum_asked_for_after_flying_abroad_is_a_defection(nlp):
    events = _events(
        nlp, "A Syrian air force pilot flew his MiG-21 to Jordan and asked for asylum.", EventType.DEFECTION
    )
    assert _texts(e.agent for e in events) == {"A Syrian air force pilot"}
    assert _texts(e.to for e in events) == {"Jordan"}
    assert not _events(nlp, "Hundreds of refugees asked for asylum in Greece.", EventType.DEFECTION)


def test_his_defection_is_the_subject_s(nlp):
    events = _events(nlp, "A colonel in the Syrian army announced his defection in a video.", EventType.DEFECTION)
    assert _texts(e.agent for e in events) == {"A colonel"}


@pytest.mark.parametrize(
    "text",
    [
        "Militias loyal to the government attacked protesters in Baghdad.",
        "Fighters loyal to the regime clashed with rebels in the north.",
    ],
)
def test_loyalty_to_an_unnamed_side_is_no_pledge(nlp, text):
    assert not _events(nlp, text, EventType.ALLEGIANCE)
    assert _events(nlp, text, EventType.ATTACK)


@pytest.mark.parametrize(
    "text",
    [
        "Forces loyal to President Bashar al-Assad recaptured the town of Qusayr.",
        "Militiamen loyal to the Darfur governor clashed with RSF fighters.",
        "Soldiers loyal to the Ukrainian government shelled the village.",
    ],
)
def test_loyalty_to_a_named_side_is_a_pledge(nlp, text):
    assert _events(nlp, text, EventType.ALLEGIANCE)


@pytest.mark.parametrize(
    ("text", "to"),
    [
        ("Scores of Venezuelan National Guard members abandoned their posts and crossed into Colombia.", "Colombia"),
        ("Several deserters from the Ukrainian National Guard have crossed into Russia.", "Russia"),
        ("Dozens of soldiers who deserted their units crossed into Colombia and asked for asylum.", "Colombia"),
    ],
)
def test_members_of_a_force_fleeing_to_another_state_go_over_to_it(nlp, text, to):
    events = _events(nlp, text, EventType.DEFECTION)
    assert _texts(e.to for e in events) == {to}


@pytest.mark.parametrize(
    "text",
    [
        "Residents abandoned their homes and crossed into Turkey.",  # not members of a force
        "Afghan soldiers abandoned their posts and fled to Kabul.",  # their own capital: a retreat
    ],
)
def test_leaving_for_home_or_as_civilians_is_no_defection(nlp, text):
    assert not _events(nlp, text, EventType.DEFECTION)


def test_the_unit_deserted_is_the_side_left(nlp):
    events = _events(nlp, "Dozens of soldiers who deserted their units crossed into Colombia.", EventType.DEFECTION)
    assert _texts(t for e in events for t in e.targets) == {"their units"}


def test_a_pledge_accepted_by_someone_is_its_possessor_s(nlp):
    text = "Boko Haram's pledge of allegiance to the Islamic State was accepted by al-Baghdadi in March 2015."
    events = _events(nlp, text, EventType.ALLEGIANCE)
    assert _texts(e.agent for e in events) == {"Boko Haram"}
    assert _texts(e.target for e in events) == {"the Islamic State"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A British teenager travelled to Syria to join the Islamic State.", "Syria"),
        ("Two brothers from Cardiff went to Iraq and joined ISIS.", "Iraq"),
    ],
)
def test_where_a_joiner_travelled_to_join_is_where_the_joining_happened(nlp, text, place):
    events = _events(nlp, text, EventType.ALLEGIANCE)
    assert _texts(e.location for e in events) == {place}


def test_a_place_the_defectors_are_in_is_not_the_side_they_leave(nlp):
    text = "Several Taliban commanders in Nangarhar have switched allegiance to the Islamic State."
    (event,) = _events(nlp, text, EventType.DEFECTION)
    assert event.target.span.text == "Taliban"
    text = "Hwang Jang-yop, a former politician in North Korea, defected to South Korea in 1997."
    (event,) = _events(nlp, text, EventType.DEFECTION)
    assert event.target.span.text == "North Korea"  # a state named so is the side


@pytest.mark.parametrize(
    "text",
    ["Japan surrendered to the Allies in August 1945.", "Germany's surrender to the Allies ended the war in Europe."],
)
def test_a_state_capitulating_is_no_defection_whoever_it_surrenders_to(nlp, text):
    assert not _events(nlp, text, EventType.DEFECTION)


def test_a_politician_switching_from_one_party_to_another_defects(nlp):
    (event,) = _events(nlp, "The mayor switched from the Social Democrats to the Greens in March.", EventType.DEFECTION)
    assert (event.target.span.text, event.to.span.text) == ("the Social Democrats", "the Greens")
    assert not _events(nlp, "Investors switched from bonds to equities.", EventType.DEFECTION)


@pytest.mark.parametrize(
    ("text", "pledger", "pledgee"),
    [
        ("A pledge of allegiance by Boko Haram to the Islamic State was announced.", "Boko Haram", "the Islamic State"),
        ("ISIS accepted the pledge of allegiance from Boko Haram in March 2015.", "Boko Haram", "ISIS"),
        ("Several hundred fighters in Derna swore allegiance to ISIS.", "Several hundred fighters", "ISIS"),
    ],
)  # fmt: skip
def test_pledgers_given_by_by_from_or_before_a_misparsed_swore(nlp, text, pledger, pledgee):
    events = _events(nlp, text, EventType.ALLEGIANCE)
    assert _texts(e.agent for e in events) == {pledger}
    assert _texts(e.target for e in events) == {pledgee}


def test_whose_members_act_for_the_antecedent(nlp):
    events = _events(
        nlp, "Abu Sayyaf, whose leaders have sworn allegiance to ISIS, kidnapped two tourists.", EventType.ALLEGIANCE
    )
    assert {e.agent.entity.label for e in events} == {"Abu Sayyaf"}
