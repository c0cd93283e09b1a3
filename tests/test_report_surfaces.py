"""Surfaces of real reports the writers' text lacked (issue 14, eighteenth pass): the abbreviation in "a day after
U.S. warplanes pounded", the vehicle made into a bomb, the harm clause hung on a facility beside a bombing, "guided"
after a weapon's name, "any attack", a deed noun in apposition, "set ablaze", and the deed of a strike's target told
in a relative clause on it.

Sentences written for these tests, with invented places and groups, in the shapes of feed items, terrorism-database
summaries, monitoring notes and military releases; with negatives that must stay as they are.
"""

from __future__ import annotations

import pytest
from helpers import attacks_told, events, shown, stated, target_texts

from kg.models import EventType

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Militants loyal to the Kharim Front beheaded a truck driver, according to a video posted on a website, a day "
        "after U.S. warplanes pounded suspected hideouts in Dar-Kassim.",
        "Insurgents ambushed a police patrol, killing four officers, hours after U.S. troops raided suspected "
        "insurgent positions.",
    ],
)
def test_a_deed_a_distance_in_time_away_is_another_incident_whatever_dots_its_doers_carry(nlp, text):
    found = attacks_told(nlp, text)
    assert len(found) == 2, shown(found)


def test_the_place_of_a_recalled_incident_is_not_the_deed_told_before_it(nlp):
    found = attacks_told(
        nlp,
        "Militants beheaded a truck driver, a day after U.S. warplanes pounded suspected hideouts in Dar-Kassim.",
    )
    beheading = next(e for e in found if e.trigger.text == "beheaded")
    assert beheading.location is None or beheading.location.span.text != "Dar-Kassim", shown(found)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Assailants detonated an explosives-laden vehicle near a market in Koram city, Tessal province.", "a market"),
        ("A suicide bomber detonated a booby-trapped car near a police station in Dar-Kassim.", "a police station"),
        ("A suicide bomber rammed an explosive-laden truck into the gate of the Sorava base.", "the gate"),
    ],
)
def test_a_vehicle_made_into_a_bomb_is_the_weapon_not_the_target(nlp, text, target):
    found = attacks_told(nlp, text)
    assert len(found) == 1, shown(found)
    texts = target_texts(found)
    assert target in texts and not any("laden" in t or "trapped" in t for t in texts), shown(found)


def test_a_vehicle_loaded_with_people_is_what_was_attacked(nlp):
    found = attacks_told(nlp, "Gunmen ambushed a truck loaded with soldiers near Tessaro.")
    assert any("truck" in t for t in target_texts(found)), shown(found)


def test_a_harm_clause_on_a_facility_beside_a_bombing_is_the_bombing_s(nlp):
    found = attacks_told(
        nlp,
        "A rebel group claimed responsibility for a suicide bombing outside a metro station in Kalmar that killed 10 "
        "people.",
    )
    assert len(found) == 1, shown(found)
    assert not any("station" in m.span.text for m in found[0].agents), shown(found)
    assert "10 people" in target_texts(found), shown(found)


def test_an_agentless_deed_on_another_day_stays_apart(nlp):
    found = attacks_told(
        nlp,
        "Gunmen killed five traders at a market in Doro-Kaina on Tuesday. Two soldiers were killed near Tessit-Sud "
        "on Wednesday.",
    )
    assert len(found) == 2, shown(found)


def test_a_weapon_s_name_before_guided_keeps_the_aircraft_s_strike(nlp):
    found = attacks_told(
        nlp,
        "A pair of Tornados used a Paveway IV guided bomb to destroy a terrorist position that was firing on "
        "Kurdish troops near Sorava.",
    )
    strike = [e for e in found if e.type.value == "AIRSTRIKE"]
    assert len(strike) == 1 and "a terrorist position" in target_texts(strike), shown(found)
    assert not any("position" in m.span.text for m in strike[0].agents), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "The president said the country would respond to any attack on its troops in the region.",
    ],
)
def test_any_attack_is_no_deed_in_particular(nlp, text):
    assert attacks_told(nlp, text) == [], shown(attacks_told(nlp, text))


def test_any_attack_joins_no_deed_told_beside_it(nlp):
    found = attacks_told(
        nlp,
        "The ministry said it would retaliate against any strike on its bases, after militants shelled an outpost "
        "in Dar-Kassim.",
    )
    assert len(found) == 1 and {m.span.text for m in found[0].agents} == {"militants"}, shown(found)


def test_a_deed_named_in_apposition_is_not_what_was_attacked(nlp):
    found = attacks_told(
        nlp,
        "On Sunday, rockets struck near the U.S. Embassy in Baghdad, the third such attack this month. No one was "
        "hurt. Iraqi officials blamed Iran-backed militias.",
    )
    assert not any("attack" in t for t in target_texts(found)), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Suspected Maoists set ablaze three vehicles engaged in road construction work at Kistapur on Thursday night.",
        "Gunmen set ablaze two houses belonging to a village councillor in Dinkala on Sunday.",
    ],
)
def test_set_ablaze_is_arson_whatever_tag_ablaze_gets(nlp, text):
    found = attacks_told(nlp, text)
    assert len(found) == 1 and found[0].targets, shown(found)


def test_a_vehicle_laden_with_explosives_that_jets_destroyed_is_their_target(nlp):
    found = attacks_told(
        nlp, "The coalition said its fighter jets had destroyed a rebel boat laden with explosives off Port Sorava."
    )
    assert any("boat" in t for t in target_texts(found)), shown(found)


def test_what_a_bomb_car_was_driven_into_is_the_target(nlp):
    found = attacks_told(
        nlp, "A suicide bomber drove a car packed with explosives into an army recruitment centre in Dar-Kassim."
    )
    assert "an army recruitment centre" in target_texts(found), shown(found)


def test_what_crowds_fight_with_is_no_side_of_their_clash(nlp):
    found = attacks_told(
        nlp,
        "Supporters of rival candidates clashed with sticks, stones and knives outside a polling centre in "
        "Dinkala-Sud on Tuesday, leaving two people dead.",
    )
    assert len(found) == 1, shown(found)
    assert not any(w in m.span.text for m in found[0].agents for w in ("sticks", "stones")), shown(found)


def test_a_fighter_killed_in_a_clash_is_one_incident_with_it(nlp):
    found = attacks_told(
        nlp,
        "The Kharim Front commander, who joined the group in 2013 after serving in another faction, was killed in a "
        "clash with government troops near Sorava.",
    )
    assert len(found) == 1, shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Kharim Civil War: A Kharim Air Force pilot defects to Tessaland with his fighter jet.",
        "Sorava Conflict: Two army officers defect to the rebels in Dar-Kassim.",
    ],
)
def test_a_topic_label_before_a_colon_is_no_mover(nlp, text):
    found = stated(events(nlp, text, EventType.DEFECTION))
    assert found and not any("War" in m.span.text or "Conflict" in m.span.text for m in found[0].agents), [
        (e.type.value, [m.span.text for m in e.agents]) for e in found
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Contrary to claims on social media, no aircraft of the armed forces carried out any strike in the Tessal "
        "hills.",
        "The ministry said Kharimland has not carried out any air strikes on Sorava territory.",
    ],
)
def test_any_deed_is_not_told_as_done(nlp, text):
    found = attacks_told(nlp, text)
    assert found == [], shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "08/11/2018: Assailants armed with rifles stormed a hotel in Marsa town, Dorra district, Veldania. At least 14 "
        "people were killed in the ensuing siege. The Kharim Front claimed responsibility and said the attack was in "
        "retaliation for Veldania's military presence in Ostrakia.",
        "Gunmen raided a market in Tessal, killing nine traders. The Sorava Brigades said the raid was revenge for "
        "the arrest of their leader in Dar-Kassim.",
    ],
)
def test_the_place_of_what_a_deed_answered_is_not_the_deed_s(nlp, text):
    """The place inside "in retaliation for ...", "revenge for ..." is where the cause was, not the deed: the deed
    told again ("the attack", "the raid") keeps its own place and stays one incident."""
    found = attacks_told(nlp, text)
    assert len(found) == 1, shown(found)
    assert found[0].location is not None and found[0].location.span.text in ("Marsa town", "Tessal"), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "10/06/2016: Unknown assailants shot and killed a farmer in Koru village, Tessal province. The victim was "
        "returning from the fields when he was attacked.",
        "The two guards were closing the gate of the Marsa depot when they were shot.",
    ],
)
def test_a_passive_deed_in_a_when_clause_takes_no_doer_from_the_main_clause(nlp, text):
    """The one a passive clause is about suffered the deed: "The victim was returning ... when he was attacked" does
    not make the victim the attacker."""
    found = attacks_told(nlp, text)
    assert found and not any(m.span.text in ("The victim", "The two guards") for e in found for m in e.agents), shown(
        found
    )


def test_the_area_after_the_last_of_several_targets_is_where_they_lie(nlp):
    """ "attacked a cafe and a police post on X street in Y city, Y province": the province the parser coordinated
    with the last target is the area it lies in, not a third thing attacked."""
    found = attacks_told(
        nlp,
        "01/14/2016: Assailants armed with firearms and explosives attacked a Starbucks cafe and a police post on "
        "Jalan Thamrin in Jakarta city, Jakarta province, Indonesia.",
    )
    assert len(found) == 1 and not any("province" in t for t in target_texts(found)), shown(found)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("M23 rebels seized Goma on Tuesday after Congolese troops fled, witnesses said.", "Goma"),
        ("Sorava fighters stormed Korvan at dawn and raised their flag over the market.", "Korvan"),
    ],
)
def test_a_town_an_armed_side_seized_is_taken_whatever_the_model_tags_it(nlp, text, town):
    found = attacks_told(nlp, text)
    assert len(found) == 1 and town in target_texts(found), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Militants took Hassan hostage near the border crossing.",
        "Gunmen seized Omar Haidari, a local teacher, on his way home.",
    ],
)
def test_a_person_seized_is_no_town_taken(nlp, text):
    assert not any(t in ("Hassan", "Omar Haidari") for e in attacks_told(nlp, text) for t in target_texts([e]))


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "03/15/2025: A quadcopter dropped explosives on a police checkpoint in Marsa, Dorra province. Two "
            "policemen were injured. Sorava Front claimed responsibility.",
            "Sorava Front",
        ),
        (
            "A drone struck a fuel depot outside Korvan on Monday. Local officials blamed the Kharim Brigades.",
            "the Kharim Brigades",
        ),
    ],
)
def test_the_claimant_of_an_unmanned_aircraft_s_strike_is_its_doer(nlp, text, claimant):
    found = attacks_told(nlp, text)
    assert len(found) == 1 and {m.span.text for m in found[0].agents} == {claimant}, shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Wire digest, 8 August. 1) MARSA - Officials reopened the port after repairs. 2) LONDON - Shares of a bank "
        "rose 4%. 3) KORVAN - The Sorava Front shelled residential areas of Korvan, killing six people, medics said.",
        "Wire digest, 8 August.\n(1) MARSA - Officials reopened the port.\n(2) KORVAN - The Sorava Front shelled "
        "residential areas of Korvan, killing six people, medics said.",
    ],
)
def test_a_digest_item_s_dateline_is_no_doer(nlp, text):
    found = attacks_told(nlp, text)
    assert len(found) == 1 and {m.span.text for m in found[0].agents} == {"The Sorava Front"}, shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Police baton-charged supporters of the Kisan Front who tried to march to the assembly in Korvan.",
        "Police in Marsa fired tear gas and baton-charged members of the teachers' union outside the secretariat.",
    ],
)
def test_a_crowd_control_verb_tagged_an_adjective_is_no_part_of_its_object(nlp, text):
    """ "Police baton-charged supporters of ...": the tagger hangs the verb on its object as an adjective; the police
    did it, and what they did is no part of whom they did it to."""
    found = attacks_told(nlp, text)
    assert len(found) == 1 and {m.span.text for m in found[0].agents} == {"Police"}, shown(found)
    assert not any("charged" in t for t in target_texts(found)), shown(found)
