"""Shapes of changing side read again (issue 14, twenty-third pass): "parted ways with" an armed side, "joined ranks
with X", "would join X on <a past date>" told as future in the past, the group named in a defector's phrase (not the
place the defectors are in) as the side left, and defectors counted by "no fewer than N" or "more than N". Sentences
written for these tests in the styles of wire copy, monitoring notes and encyclopaedic pages."""

from __future__ import annotations

import pytest
from helpers import agent_texts, events, side_texts, stated, target_texts

from kg.models import EventType, Modality

pytestmark = pytest.mark.model

_DEF, _ALL = EventType.DEFECTION, EventType.ALLEGIANCE


# 1. "parted ways with" an armed side, or a politician with a party
@pytest.mark.parametrize(
    ("text", "left"),
    [
        (
            "Mehsud served as a regional commander of the Pakistani Taliban until he parted ways with the group "
            "in 2016.",
            "the group",
        ),
        ("The former spokesman parted ways with the Islamic State in 2015 and returned to his village.", "State"),
        ("In 2019 the faction parted ways with al-Shabaab over the sharing of zakat revenue.", "al-Shabaab"),
        ("The commander parted ways with the leader of al-Shabaab in 2016.", "al-Shabaab"),
        ("The senator parted ways with the PDP in 2018, months before the primaries.", "the PDP"),
        ("Senator Musa parted ways with the party last year, his aides said.", "the party"),
    ],
)
def test_parting_ways_with_an_armed_side_is_leaving_it(nlp, text, left):
    found = stated(events(nlp, text, _DEF))
    assert found
    assert any(t.endswith(left) for t in target_texts(found))


@pytest.mark.parametrize(
    "text",
    [
        "The singer parted ways with his wife in 2016, the magazine reported.",
        "The striker parted ways with the club at the end of the season.",
        "The midfielder parted ways with Chelsea in 2016 after four seasons.",
        "The company parted ways with its chief executive on Monday.",
        "The band parted ways with their manager in 2012.",
        "The senator parted ways with his chief of staff in 2018.",
        "The company parted ways with the party's campaign consultant.",
    ],
)
def test_parting_ways_with_a_spouse_a_club_or_a_firm_is_no_defection(nlp, text):
    assert not stated(events(nlp, text, _DEF))


# 2. "joined ranks with X"
@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The group has joined ranks with al-Qaeda, its leader announced in an audio message.", "al-Qaeda"),
        ("Local militias joined ranks with the Islamic State in 2014, residents said.", "the Islamic State"),
    ],
)
def test_joining_ranks_with_a_side_pledges_to_that_side(nlp, text, side):
    found = stated(events(nlp, text, _ALL))
    assert found
    targets = target_texts(found)
    assert side in targets
    assert "ranks" not in targets


@pytest.mark.parametrize(
    "text",
    [
        "Opposition parties joined ranks with the trade unions in the protest.",
        "The cadets joined ranks with their comrades at the parade.",
    ],
)
def test_joining_ranks_with_unions_or_comrades_is_no_allegiance(nlp, text):
    assert not stated(events(nlp, text, _ALL))


# 3. "would" + a dated past time: future in the past, asserted
@pytest.mark.parametrize(
    "text",
    [
        "The splinter group would formally join the Islamic State on 12 May 2015, officials later said.",
        "Founded in 2011, the brigade would join the Islamic State on 6 March 2015.",
        "Abu Omar fought with the Free Syrian Army before he would later defect to the Nusra Front in 2012.",
        "The commander would go on to pledge allegiance to Abu Bakr al-Baghdadi.",
        "Released in 2011, he would go on to join the Islamic State in Syria.",
        # the date hung by the parser on the object, whose name an en dash split: "ISIS–K"
        "After his exit from the Taliban, the commander's new breakaway group would officially join ISIS–K on 6 March "
        "2015, growing quickly.",
    ],
)
def test_would_with_a_past_date_is_future_in_the_past(nlp, text):
    found = events(nlp, text, _ALL, _DEF)
    assert stated(found)


@pytest.mark.parametrize(
    "text",
    [
        "The brigade would join the Islamic State if its demands were met, a commander said.",
        "The group said it would join the Islamic State.",
        "The faction would join the Islamic State next year, a spokesman claimed.",
        "The militia would join the Islamic State on Friday, its leader said.",
        "The group would have joined the Islamic State in 2015 had its leader not been killed.",
        "The group said it would join the Islamic State in 2015.",
    ],
)
def test_would_with_a_condition_a_report_or_a_future_date_stays_unasserted(nlp, text):
    found = events(nlp, text, _ALL)
    assert not stated(found)


# 4. the group named in the defector's phrase, not the place they are in
@pytest.mark.parametrize(
    ("text", "left", "place"),
    [
        ("Dozens of Boko Haram fighters in Cameroon surrendered to the army on Tuesday.", "Boko Haram", "Cameroon"),
        (
            "Hundreds of Boko Haram fighters in Nigeria surrendered Friday to the Nigerian army.",
            "Boko Haram",
            "Nigeria",
        ),
        (
            "Forty al-Shabaab militants in Somalia surrendered to government forces last week.",
            "al-Shabaab",
            "Somalia",
        ),
    ],
)
def test_the_side_left_is_the_group_named_not_the_place_the_defectors_are_in(nlp, text, left, place):
    found = stated(events(nlp, text, _DEF))
    assert found
    sides = side_texts(found, "target")
    assert left in sides
    assert place not in sides


# 5. "no fewer than N" defectors
@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "No fewer than 40 al-Shabaab militants surrendered to Somali troops in Jubaland.",
            "No fewer than 40 al-Shabaab militants",
        ),
        (
            "Not less than 30 Boko Haram fighters surrendered to troops in Borno on Sunday.",
            "Not less than 30 Boko Haram fighters",
        ),
        (
            "No less than 25 ADF rebels surrendered to the army in Beni, the military said.",
            "No less than 25 ADF rebels",
        ),
        (
            "More than 40 al-Shabaab militants surrendered to Somali troops in Jubaland.",
            "More than 40 al-Shabaab militants",
        ),
    ],
)
def test_a_quantified_count_of_defectors_is_the_whole_agent(nlp, text, agent):
    found = stated(events(nlp, text, _DEF))
    assert found
    assert agent in agent_texts(found)
    sides = side_texts(found, "target")
    assert not any("fewer" in s or "less" in s or "than" in s for s in sides)


def test_a_quantified_count_of_victims_is_the_whole_target(nlp):
    found = stated(events(nlp, "No fewer than 24 people were killed in the attack on the market in Maiduguri."))
    assert found
    targets = target_texts(found)
    assert any(t.startswith("No fewer than 24 people") for t in targets)


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "No less than 50 Boko Haram fighters stormed the military base in Monguno.",
            "No less than 50 Boko Haram fighters",
        ),
        ("No fewer than 20 gunmen attacked the village of Kukawa on Sunday.", "No fewer than 20 gunmen"),
    ],
)
def test_a_bounded_count_of_attackers_is_the_attack_s_agent(nlp, text, agent):
    found = stated(events(nlp, text, EventType.ATTACK))
    assert agent in agent_texts(found)


@pytest.mark.parametrize(
    "text",
    [
        "No group has claimed responsibility for the bombing in the market.",
        "No soldiers surrendered to the rebels, the army said.",
    ],
)
def test_a_no_that_denies_still_says_nobody(nlp, text):
    found = events(nlp, text)
    assert not any(a.lower().startswith("no ") for a in agent_texts(stated(found)))


def test_would_future_in_the_past_keeps_modality_asserted(nlp):
    found = events(nlp, "The splinter group would formally join the Islamic State on 12 May 2015.", _ALL)
    assert any(e.modality is Modality.ASSERTED for e in found)


# 6. "claims allegiance to X": a loyalty professed, like "professes loyalty to"
@pytest.mark.parametrize(
    ("text", "pledger", "side"),
    [
        (
            "Mullah Rahim, who claims allegiance to the Islamic State, gathered villagers in the district on Friday.",
            "Mullah Rahim",
            "the Islamic State",
        ),
        (
            "A little-known group claiming allegiance to al-Qaeda said it carried out the bombing.",
            "A little-known group",
            "al-Qaeda",
        ),
    ],
)
def test_claiming_allegiance_is_a_pledge(nlp, text, pledger, side):
    found = stated(events(nlp, text, _ALL))
    assert pledger in agent_texts(found)
    assert side in target_texts(found)


def test_claiming_responsibility_is_no_pledge(nlp):
    assert not stated(events(nlp, "The group claimed responsibility for the attack on the base.", _ALL))
