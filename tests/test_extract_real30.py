"""Changes of side and places in real copy's shapes (issue 14, twenty-fifth pass): the side a defector leaves read off
his own phrase where the model tags no name (a party's adjective on a politician's office, a group's name written on
its members, "a commander with the rebel group X"); the subject the parser hung on a fronted phrase ("In a blow to X,
Y has defected"); the owner of a pledge told as a noun; loyalty promised, confirmed or extended; a weapon's name
tagged as a place; towns taken; deeds refrained from, not attempted or aimed at by measures; the sides of a clash the
parser ran together. Sentences written for these tests in the styles of wire copy and parliamentary reporting, with
invented names; none is taken from a gold set."""

from __future__ import annotations

import pytest
from helpers import agent_texts, events, has_text, stated, target_texts

from kg.models import EventType

pytestmark = pytest.mark.model

_DEF, _ALL = EventType.DEFECTION, EventType.ALLEGIANCE


def _told(nlp, text, type_, *, agents=(), targets=()):  # noqa: ANN001, ANN202
    """The stated events of ``type_`` in ``text``, asserted to exist and to hold each of ``agents`` and ``targets``
    in some doer or target string."""
    found = stated(events(nlp, text, type_))
    assert found, text
    for agent in agents:
        assert has_text(agent_texts(found), agent), agent_texts(found)
    for target in targets:
        assert has_text(target_texts(found), target), target_texts(found)
    return found


# 1. The side left, read off the defector's own phrase
@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Conservative MP Alan Penrose has defected to the Labour Party.", "Conservative"),
        ("Labour councillor Mary Okafor crossed the floor to the Liberal Democrats on Monday.", "Labour"),
        (
            "Some 140 Bangsa Liberation Front rebels surrendered to the army in Lanao del Sur on Friday.",
            "Bangsa Liberation Front",
        ),
        ("Forty Ogaden Resistance Army fighters surrendered to the federal police.", "Ogaden Resistance Army"),
        ("A senior commander with the rebel group Ubangi Liberation Army has defected to the army.", "Liberation Army"),
    ],
)
def test_the_side_left_is_read_off_the_defectors_phrase(nlp, text, left):
    _told(nlp, text, _DEF, targets=(left,))


@pytest.mark.parametrize(
    ("text", "not_left"),
    [
        ("A senior commander with a long record of abuses has defected to the army.", "record"),
        ("Conservative commentator Jane Pike has defected to the rebels in the north.", "Conservative"),
    ],
)
def test_no_side_from_what_a_defector_merely_has_or_a_party_word_on_no_politician(nlp, text, not_left):
    found = _told(nlp, text, _DEF)
    assert not any(not_left in t for t in target_texts(found)), target_texts(found)


# 2. The subject the parser hung on a fronted phrase
@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("In a humiliating blow to Prime Minister Hal Grant, Conservative MP Alan Penrose has defected to Labour.",
         "Alan Penrose"),
        ("In a blow to the rebel leader Omar Dak, Yusuf Gedi has defected to the government.", "Yusuf Gedi"),
    ],
)  # fmt: skip
def test_a_defector_hung_on_a_fronted_phrase_is_still_the_defector(nlp, text, agent):
    found = _told(nlp, text, _DEF, agents=(agent,))
    assert not any("Grant" in a or "Dak" in a for a in agent_texts(found))


# 3. The owner of a pledge told as a noun is the pledger, not the pledge
@pytest.mark.parametrize(
    ("text", "pledger", "side"),
    [
        ("Abu Omar's pledge of allegiance to the Kivu emir came in a two-minute audio message.", "Abu Omar", "emir"),
        ("Dakar Ansar's allegiance to the Islamic State lasted barely a year.", "Dakar Ansar", "the Islamic State"),
    ],
)
def test_the_owner_of_a_told_pledge_pledged(nlp, text, pledger, side):
    agents = agent_texts(_told(nlp, text, _ALL, agents=(pledger,), targets=(side,)))
    assert not any("pledge" in a or "allegiance" in a for a in agents), agents


# 4. Loyalty promised, confirmed, affirmed or extended is pledged
@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The al-Qaeda leader promised his loyalty to Mullah Akbar in an audio message.", "Mullah Akbar"),
        ("The Sahel branch confirmed its allegiance to the new caliph in a statement on Thursday.", "caliph"),
        ("The group affirmed its loyalty to al-Qaeda's leadership.", "leadership"),
        ('"I extend my pledge of allegiance once again to the Emirate," the al-Qaeda chief said.', "the Emirate"),
    ],
)
def test_loyalty_promised_confirmed_or_extended_is_pledged(nlp, text, side):
    _told(nlp, text, _ALL, targets=(side,))


@pytest.mark.parametrize(
    "text",
    [
        "The coach promised his loyalty to the club for another season.",
        "The company confirmed its loyalty programme would end in May.",
    ],
)
def test_loyalty_to_a_club_or_a_loyalty_programme_is_no_pledge(nlp, text):
    assert not stated(events(nlp, text, _ALL))


# 5. A weapon's name is no place
def test_a_weapons_name_tagged_as_a_place_is_no_place(nlp):
    text = "Four Katyusha rockets hit near a base that houses foreign troops north of Baghdad, an official said."
    found = stated(events(nlp, text, EventType.ATTACK))
    assert found
    places = [e.location.span.text for e in found if e.location is not None]
    assert not any("Katyusha" in p for p in places), places


# 6. Towns taken: a name the parser hung as an adverb, and "took" by armed people
@pytest.mark.parametrize(
    ("text", "agent", "town"),
    [
        ("Iraqi forces recaptured Mosul in July.", "Iraqi forces", "Mosul"),
        ("Kurdish militias took Raqqa in November.", "Kurdish militias", "Raqqa"),
        ("ISIS fighters took Palmyra in May 2015.", "ISIS fighters", "Palmyra"),
    ],
)
def test_a_town_taken_is_an_attack_on_it(nlp, text, agent, town):
    _told(nlp, text, EventType.ATTACK, agents=(agent,), targets=(town,))


def test_two_towns_taken_by_two_sides_keep_their_own_targets(nlp):
    text = "Iraqi forces recaptured Mosul in July and an alliance of Kurdish and Arab militias took Raqqa in November."
    found = stated(events(nlp, text, EventType.ATTACK))
    assert found
    first = next(e for e in found if has_text([m.span.text for m in e.agents], "Iraqi forces"))
    assert [m.span.text for m in first.targets] == ["Mosul"]


@pytest.mark.parametrize(
    "text",
    [
        "The delegation took the road to Derna.",
        "The president took Kabul by surprise with his speech.",
        "Government troops took Kandahar residents to hospital after the floods.",
        "Barcelona took Madrid apart in the second half.",
    ],
)
def test_taking_a_road_a_city_by_surprise_or_a_rival_apart_is_no_attack(nlp, text):
    assert not stated(events(nlp, text, EventType.ATTACK))


# 7. A group adopted as a side's wing, or become its chapter, joins it
@pytest.mark.parametrize(
    ("text", "group", "side"),
    [
        ("In June 2021 the Kivu faction was formally adopted by the Islamic State as the Congolese wing of its Central "
         "Africa Province.", "the Kivu faction", "the Islamic State"),
        ("The Ruwenzori Front became the Ugandan chapter of the Islamic State.", "Ruwenzori Front", "Islamic State"),
    ],
)  # fmt: skip
def test_a_group_adopted_as_a_wing_or_become_a_chapter_joins_the_side(nlp, text, group, side):
    _told(nlp, text, _ALL, agents=(group,), targets=(side,))


@pytest.mark.parametrize(
    "text",
    [
        "The committee adopted the proposal as its official position.",
        "The local chapter of the Red Cross became a branch of the national society.",
        "The club adopted the striker as its captain.",
    ],
)
def test_adopting_a_proposal_or_a_charitys_chapter_is_no_joining(nlp, text):
    assert not stated(events(nlp, text, _ALL))


# 8. Deeds refrained from, not attempted, or aimed at by measures are not done
@pytest.mark.parametrize(
    "text",
    [
        "The government has refrained to date from attacks on the centre of the city.",
        "Police stationed nearby had made no attempt to engage the fighters.",
        "The United States slapped new sanctions on the militia's leaders, targeting its top two officials.",
        "The treasury announced sanctions targeting three commanders of the group.",
    ],
)
def test_deeds_refrained_from_unattempted_or_aimed_at_by_measures_are_not_done(nlp, text):
    assert not stated(events(nlp, text, EventType.ATTACK))


def test_a_raid_targeting_commanders_is_still_an_attack(nlp):
    text = "Troops launched a raid on the camp, targeting three commanders of the group."
    assert stated(events(nlp, text, EventType.ATTACK))


# 9. Clashes "between" sides whose phrases the parser ran together
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("In the southern city of Kufra, clashes erupted between forces affiliated with General Omar Sarraj and a "
         "military unit affiliated with the unity government.", ("forces", "unit")),
        ("Fierce clashes continued for a third day in Aden between fighters loyal to him and Houthi rebels.",
         ("fighters", "Houthi rebels")),
    ],
)  # fmt: skip
def test_both_sides_of_a_clash_are_read_where_the_parser_ran_them_together(nlp, text, sides):
    agents = agent_texts(_told(nlp, text, EventType.ATTACK, agents=sides))
    assert not any(a.lower().startswith("fierce") for a in agents), agents


def test_a_side_loyal_to_one_of_two_clashing_sides_is_loyal_to_that_one(nlp):
    text = "Fierce clashes continued for a third day in Aden between fighters loyal to him and Houthi rebels."
    assert "him" in target_texts(_told(nlp, text, _ALL))


def test_a_verb_coordinated_with_a_misread_side_is_no_side(nlp):
    text = (
        "Armed confrontations broke out between forces loyal to the unity government and militias loyal to retired "
        "General Omar Sarraj south of Kufra, Thursday morning, a news agency reported."
    )
    found = stated(events(nlp, text, _ALL))
    assert not any(a in ("broke", "broke out") for a in agent_texts(found)), agent_texts(found)


# 10. The learned backoff's side is a body of people, not a bare notion
@pytest.mark.parametrize(
    ("text", "changed"),
    [
        ("Farmers abandoned their fields and surrendered to despair.", False),
        ("The villagers gave in to pressure and left their homes.", False),
        ("Twelve rebels abandoned their camp and surrendered to police on Monday.", True),
    ],
)
def test_a_bare_notion_is_no_side_gone_to(nlp, text, changed):
    assert bool(stated(events(nlp, text, _DEF))) is changed
