"""ALLEGIANCE and DEFECTION in the styles of official and encyclopaedic pages, ministry statements and wire
reports (issue 14): group histories, lists of pledging groups, pledges someone was urged to make or refused,
surrenders to a side, deserters and defectors named by a noun.  Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import agent_texts, events, stated

from kg.models import EventType

pytestmark = pytest.mark.model


def _events(nlp, text, *types):
    return stated(events(nlp, text, *types))


@pytest.mark.parametrize(
    ("text", "pledgers", "pledgee"),
    [
        (
            "Groups that have sworn allegiance to the Islamic State include Boko Haram in Nigeria, Ansar Bayt "
            "al-Maqdis in Egypt and Jund al-Khilafah in Algeria.",
            {"Boko Haram", "Ansar Bayt al-Maqdis", "Jund al-Khilafah"},
            "the Islamic State",
        ),
        (
            "In January 2017 Harakat Nour al-Din al-Zenki, Liwa al-Haq and Jaysh al-Sunna joined Hayat Tahrir "
            "al-Sham, the alliance led by the former Nusra Front.",
            {"Harakat Nour al-Din al-Zenki", "Liwa al-Haq", "Jaysh al-Sunna"},
            "Hayat Tahrir al-Sham",
        ),
    ],
)
def test_every_group_of_a_list_of_pledgers_is_an_agent(nlp, text, pledgers, pledgee):
    events = _events(nlp, text, EventType.ALLEGIANCE)
    assert agent_texts(events) == pledgers
    assert {e.target.span.text for e in events} == {pledgee}


def test_a_name_followed_by_its_leader_is_no_list(nlp):
    text = "Abubakar Shekau, Boko Haram's leader, pledged allegiance to the Islamic State in March 2015."
    assert agent_texts(_events(nlp, text, EventType.ALLEGIANCE)) == {"Abubakar Shekau"}


@pytest.mark.parametrize(
    "text",
    [
        "Local tribal leaders in Deir ez-Zor have so far rejected calls to join IS, a monitoring group said.",
        "The commander refused to pledge allegiance to the Islamic State and was executed days later.",
        "In an audio message, al-Baghdadi called on militants in Libya to pledge allegiance to the caliphate.",
        "Islamic State envoys urged the leaders of the Ansar al-Sharia brigade to join the group.",
        "The emir declined to swear allegiance to al-Qaeda, preferring to keep the movement independent.",
        "Officials fear the brigades could join ISIS if the government fails to pay their salaries.",
        "Several rebel factions resisted pressure to join the Nusra Front during the winter.",
        "The group demanded that local militias pledge allegiance to its leader.",
        "Abu Mohammed al-Adnani urged fighters in the Caucasus Emirate to switch their allegiance to the caliph.",
    ],
)
def test_a_pledge_asked_for_refused_or_feared_is_not_asserted(nlp, text):
    assert not _events(nlp, text, EventType.ALLEGIANCE, EventType.DEFECTION)


@pytest.mark.parametrize(
    "text",
    [
        "The government has promised an amnesty for fighters who surrender before the end of the month.",
        "Fighters who defect will be granted an amnesty, the defence minister said.",
        "The army called on the militants to surrender and offered safe passage to those who lay down their arms.",
        "Hundreds of soldiers have been accused of desertion and sentenced to prison terms.",
        "The gunman surrendered after a six-hour standoff at the bank.",
    ],
)
def test_a_surrender_offered_charged_or_to_the_police_is_no_defection(nlp, text):
    assert not _events(nlp, text, EventType.DEFECTION)


@pytest.mark.parametrize(
    ("text", "defector", "to", "place"),
    [
        (
            "The Ministry of Defence said 120 Boko Haram fighters, including four commanders, surrendered to "
            "troops in Bama on Friday.",
            "120 Boko Haram fighters",
            "troops",
            "Bama",
        ),
        (
            "In a statement, the Interior Ministry said 35 al-Shabaab militants had handed themselves in to the "
            "Somali National Army in Lower Shabelle.",
            "35 al-Shabaab militants",
            "the Somali National Army",
            "Lower Shabelle",
        ),
        (
            "More than 60 ISIS militants laid down their weapons and surrendered to the Peshmerga near Hawija "
            "on Sunday.",
            "More than 60 ISIS militants",
            "the Peshmerga",
            "Hawija",
        ),
        # the state force that reports a surrender is the side it was made to (rules/sides.py, ninth pass)
        (
            "Another 40 ELN guerrillas surrendered in Arauca last week, the Colombian army said.",
            None,
            "the Colombian army",
            "Arauca",
        ),
        (
            "Rebels surrendered the town of Qusayr after a three-week siege by Hezbollah and government forces.",
            "Rebels",
            None,
            None,
        ),
    ],
)
def test_fighters_surrendering_to_a_side_defect(nlp, text, defector, to, place):
    (event,) = _events(nlp, text, EventType.DEFECTION)
    if defector is not None:
        assert event.agent.span.text == defector
    assert (event.to.span.text if event.to else None) == to
    if place is not None:
        assert event.location is not None and event.location.span.text == place


@pytest.mark.parametrize(
    ("text", "pledger", "pledgee"),
    [
        (
            "Al-Mourabitoun, which rejoined al-Qaeda in 2015, claimed the attack on the Radisson Blu hotel.",
            "Al-Mourabitoun",
            "al-Qaeda",
        ),
        # the small model tags "bay'ah" as a number
        ("The fighters pledged bay'ah to Abu Bakr al-Baghdadi in a ceremony in Sirte.", "The fighters", None),
        # "Haftar" parsed as the subject of "launched", leaving "loyal to" without an object
        (
            "Forces loyal to Libyan National Army commander Khalifa Haftar launched an offensive on Tripoli.",
            "Forces",
            "Libyan National Army commander Khalifa Haftar",
        ),
    ],
)
def test_pledges_the_parse_or_the_tagger_hides(nlp, text, pledger, pledgee):
    (event,) = _events(nlp, text, EventType.ALLEGIANCE)
    assert event.agent.span.text == pledger
    assert event.target is not None
    if pledgee is not None:
        assert event.target.span.text == pledgee


@pytest.mark.parametrize(
    ("text", "defector", "left", "to", "place"),
    [
        # "defected" read as a participle on "brigades"
        (
            "Two brigades of the Free Syrian Army in Daraa defected to Jabhat al-Nusra with their weapons.",
            "Two brigades",
            "the Free Syrian Army",
            "Jabhat al-Nusra",
            "Daraa",
        ),
        (
            "Riyad Hijab, who served as prime minister under Bashar al-Assad, defected and fled to Jordan in 2012.",
            "Riyad Hijab",
            None,
            "Jordan",
            None,
        ),
        ("Several army conscripts deserted to the rebels near Homs on Saturday.", None, "army", "the rebels", "Homs"),
        (
            "Five Boko Haram commanders turned themselves in at a military camp in Monguno, the army said.",
            "Five Boko Haram commanders",
            "Boko Haram",
            None,
            "Monguno",
        ),
        (
            "Fighting raged around the town of Rastan on Friday. Dozens of soldiers defected to the rebels.",
            "Dozens of soldiers",
            None,
            "the rebels",
            "Rastan",
        ),
        ("A deserter from Assad's army, he joined Jabhat al-Nusra in 2012.", None, "Assad's army", None, None),
    ],
)
def test_defections_with_their_sides_and_places(nlp, text, defector, left, to, place):
    (event,) = _events(nlp, text, EventType.DEFECTION)
    if defector is not None:
        assert event.agent.span.text == defector
    if left is not None:
        assert event.target is not None and event.target.span.text == left
    if to is not None:
        assert event.to is not None and event.to.span.text == to
    if place is not None:
        assert event.location is not None and event.location.span.text == place


@pytest.mark.parametrize(
    "text",
    [
        "Officials denied rumours that the ambassador had defected.",
        "The minister dismissed reports of his defection as propaganda.",
        "The defence ministry denied reports that 200 soldiers had defected to the rebels.",
        "The spokesman said no soldiers had deserted.",
        "None of the fighters surrendered.",
        "The militants surrendered their hostages to the Red Cross.",
    ],
)
def test_defections_denied_made_by_nobody_or_of_captives_are_not_asserted(nlp, text):
    assert not _events(nlp, text, EventType.DEFECTION)


def test_nobody_claiming_an_attack_leaves_the_attack_asserted(nlp):
    assert _events(nlp, "Nobody claimed the attack on the convoy.", EventType.ATTACK)


def test_ground_surrendered_to_a_side_is_a_defection_there(nlp):
    text = "The garrison surrendered the airbase to the Taliban on Sunday."
    (event,) = _events(nlp, text, EventType.DEFECTION)
    assert (event.agent.span.text, event.to.span.text) == ("The garrison", "the Taliban")


def test_a_pilot_flying_his_jet_abroad_defects_to_that_state(nlp):
    text = "A Syrian air force pilot defected on Thursday, flying his MiG-21 fighter jet to Jordan."
    (event,) = _events(nlp, text, EventType.DEFECTION)
    assert event.to.span.text == "Jordan"


@pytest.mark.parametrize(
    ("text", "pledger", "pledgee"),
    [
        ("Montenegro became NATO's 29th member in June 2017.", "Montenegro", "NATO"),
        ("ISIS welcomed the allegiance of the Khorasan group.", "the Khorasan group", "ISIS"),
        ("Al-Baghdadi accepted Boko Haram's pledge of allegiance in March 2015.", "Boko Haram", "Al-Baghdadi"),
        # Twenty-fourth pass: accepted "as its" member, the owner is the side that accepts, and "the group" is not
        # that side.
        (
            "Al-Qaeda in the Islamic Maghreb recognised the new group as its Malian affiliate.",
            "the new group",
            "Al-Qaeda in the Islamic Maghreb",
        ),
        (
            "The faction was formally accepted by the Islamic State as its Kivu Province.",
            "The faction",
            "the Islamic State",
        ),
        ("ISIS recognised the group as its province in the Sahel.", "the group", "ISIS"),
        (
            "The video said a pledge of allegiance from Ansar al-Furqan had been accepted by the Islamic State.",
            "Ansar al-Furqan",
            "the Islamic State",
        ),
    ],
)
def test_membership_and_pledges_received(nlp, text, pledger, pledgee):
    (event,) = _events(nlp, text, EventType.ALLEGIANCE)
    assert (event.agent.span.text, event.target.span.text) == (pledger, pledgee)
    assert event.location is None or "Province" not in event.location.span.text  # the deed's word is no place


def test_a_bank_recognised_as_a_regulators_partner_is_no_pledge(nlp):
    assert not _events(nlp, "The regulator recognised the bank as its preferred partner.", EventType.ALLEGIANCE)


def test_loyalty_welcomed_by_no_leader_or_group_is_no_pledge(nlp):
    assert not _events(nlp, "The family welcomed the loyalty of its employees.", EventType.ALLEGIANCE)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Iraqi F-16s struck ISIS hideouts in the Hamrin mountains, the Security Media Cell said.", "Iraqi F-16s"),
        ("Two Su-24Ms bombed the market in Maarat al-Numan.", "Two Su-24Ms"),
    ],
)
def test_aircraft_named_by_designation_strike_from_the_air(nlp, text, doer):
    (event,) = _events(nlp, text, EventType.AIRSTRIKE)
    assert event.agent.span.text == doer


def test_a_designation_like_name_that_is_no_aircraft_is_no_air_strike(nlp):
    assert not _events(nlp, "The COVID-19 pandemic struck the region in March.", EventType.AIRSTRIKE)


def test_a_participle_with_its_own_object_on_a_root_noun_is_the_verb_of_that_noun(nlp):
    text = (
        "During the reporting period, Syrian regime forces and their allies conducted at least 43 attacks on "
        "medical facilities in Idlib Governorate."
    )
    (event,) = _events(nlp, text, EventType.ATTACK)
    assert agent_texts([event]) == {"Syrian regime forces", "their allies"}


@pytest.mark.parametrize(
    ("text", "left", "to"),
    [
        ("Dozens of fighters defected from the ranks of al-Shabaab and surrendered in Baidoa.", "al-Shabaab", None),
        (
            "Seleka fighters who deserted the coalition joined the anti-balaka militias.",
            None,
            "the anti-balaka militias",
        ),
    ],
)
def test_the_side_whose_ranks_were_left_and_the_side_joined_by_the_main_verb(nlp, text, left, to):
    (event,) = _events(nlp, text, EventType.DEFECTION)
    if left is not None:
        assert event.target.span.text == left
    if to is not None:
        assert event.to.span.text == to


@pytest.mark.parametrize(
    ("text", "pledger", "pledgee"),
    [
        (
            "A commander in the Bajaur tribal district said his 80 fighters had split from the Pakistani Taliban and "
            "sworn allegiance to Islamic State leader Abu Bakr al-Baghdadi.",
            "his 80 fighters",
            "Abu Bakr al-Baghdadi",
        ),
        (
            "The commander said his fighters had split from the Pakistani Taliban and sworn allegiance to Abu "
            "Bakr al-Baghdadi.",
            "his fighters",
            "Abu Bakr al-Baghdadi",
        ),
    ],
)
def test_a_pledge_coordinated_after_a_split_shares_its_subject(nlp, text, pledger, pledgee):
    found = _events(nlp, text, EventType.ALLEGIANCE)
    assert pledger in agent_texts(found)
    assert any(pledgee in m.span.text for e in found for m in e.targets)
    assert _events(nlp, text, EventType.DEFECTION)  # the split itself is still a defection


@pytest.mark.parametrize(
    ("text", "defector", "left"),
    [
        # The parser hangs "officer" on "On Thursday" and loses the apposition: the side is read from the words.
        (
            "On Thursday a senior officer of the Ugandan army, Colonel Eric Mugisha, went over to the ADF with a dozen "
            "soldiers, a rebel spokesman said.",
            "Colonel Eric Mugisha",
            "the Ugandan army",
        ),
        (
            "On Monday a senior commander of the Malian army, Colonel Issa Coulibaly, went over to JNIM with ten "
            "soldiers, a jihadist source said.",
            "Colonel Issa Coulibaly",
            "the Malian army",
        ),
    ],
)
def test_the_side_left_is_read_from_an_apposition_the_parser_broke(nlp, text, defector, left):
    [event] = _events(nlp, text, EventType.DEFECTION)
    assert defector in agent_texts([event])
    assert left in {m.span.text for m in event.targets}


def test_a_headline_defector_read_as_an_adjective_is_the_agent(nlp):
    [event] = _events(nlp, "Ethiopian general defects to TPLF with troops.", EventType.DEFECTION)
    assert agent_texts([event]) == {"general"}
