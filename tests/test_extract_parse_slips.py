"""Roles where the small model's parse slips, and readings a new user's short stories showed (issue 14, sixteenth
pass).  Sentences written for these tests, with invented places and groups where the parse allows: a relative clause
of claiming hung on the date or place that ends the attack's phrase; an unknown town after "attacked" read as a second
subject; a gapped passive participle tagged as a past tense; "he" as the subject that goes on about the person the
sentence before was about; deeds said to be common, which tell no incident."""

from __future__ import annotations

import pytest
from helpers import agent_texts, attacks_told, events, target_texts

from kg.models import EventType

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        # the relative hung on the date that ends the attack's phrase, and on its "of" object
        "The attack on the Velka police academy in Dorvani on 3 March, which was claimed by the Karrow Front, killed "
        "14 cadets.",
        "The bombing of the Kamesa market, which was claimed by the Karrow Front, killed 14 people.",
    ],
)
def test_a_claim_hung_on_the_attacks_phrase_names_its_doer(nlp, text):
    assert "the Karrow Front" in agent_texts(attacks_told(nlp, text))


def test_a_relative_on_a_place_that_is_not_about_a_claim_names_no_doer(nlp):
    # "set up by" is a planting verb a bomb is the object of, but a camp is set up too: only a deed is claimed
    text = (
        "Gunmen attacked a checkpoint near the Velka camp, which was set up by the army in May, killing six soldiers."
    )
    assert "the army" not in agent_texts(attacks_told(nlp, text))


def test_an_unknown_town_read_as_a_second_subject_is_the_target(nlp):
    text = "On 23 May 2017, militants of the Maute group attacked Marawi, the capital of Lanao del Sur."
    found = attacks_told(nlp, text)
    assert "Marawi" in target_texts(found)
    assert {e.location.span.text for e in found if e.location is not None} == {"Marawi"}


def test_a_reported_speaker_after_the_verb_is_no_target(nlp):
    text = '"Militants attacked the post at dawn," said Captain Musa Garba of the army.'
    assert "Captain Musa Garba" not in target_texts(attacks_told(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "A bomb ripped through a bus station in Dorvani on Thursday. At least nine people were killed and dozens "
        "wounded, a police spokesman said.",
        "Gunmen ambushed a convoy near Kamesa. Four soldiers were killed and scores injured, the army said.",
    ],
)
def test_the_wounded_of_a_gapped_passive_are_no_doers(nlp, text):
    assert not agent_texts(attacks_told(nlp, text)) & {"dozens", "scores"}


def test_an_active_deed_after_a_passive_keeps_its_doer(nlp):
    text = (
        "Tear gas was used by police against marchers in Velka on Tuesday, and armed men on motorcycles fired at "
        "protesters in the Kamesa district, killing a boy."
    )
    assert "armed men" in agent_texts(attacks_told(nlp, text))


def test_he_as_subject_goes_on_about_the_person_before_not_the_nearest_name(nlp):
    text = (
        "Kofi Adjei was a commander of the Karrow Front. Born in Dorvani, he joined the group in 2009 and swore "
        "loyalty to its founder, Samuel Boateng. He was killed by an army patrol near Kamesa in 2019."
    )
    assert "Kofi Adjei" in target_texts(attacks_told(nlp, text))


def test_he_after_a_new_named_subject_is_that_person(nlp):
    text = (
        "Born in Dorvani, he joined the Karrow Front in 2009. Samuel Boateng, the group's founder, appointed him "
        "deputy. He was killed by an army patrol near Kamesa in 2019."
    )
    assert "Samuel Boateng" in target_texts(attacks_told(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Defections from both sides have been common in the five-year conflict.",
        "Desertions from the army have become frequent since the war began, analysts say.",
        "Such attacks are rare in the capital.",
    ],
)
def test_deeds_said_to_be_common_tell_no_incident(nlp, text):
    assert not events(nlp, text, EventType.ATTACK, EventType.DEFECTION), text


def test_a_defection_told_as_one_deed_is_still_one(nlp):
    text = "Defections from the army's 4th Brigade to the rebels were reported on Monday."
    assert events(nlp, text, EventType.DEFECTION)
