"""One incident, one event in wire reports of a war (issue 14, twenty-first pass).

Sentences written for these tests, with invented or other places and sides than the real reports whose shapes they
probe: the doers named again by a definite noun of their kind of arms ("Turkish jets ... the planes"), a place measured
a few kilometres from the incident's ("the Batufa district, a few km north of Zakho"), a casualty clause that dies in
"a second raid", a strike against a country told again by its participle ("launched a strike against Yemen,
attacking two boats off Eritrea"), a news agency's place of reception ("ENA, received in Nairobi, said"), a far
landmark ("600 km west of Khartoum") and a crowd clashing with police at a gathering; with the near misses that must
stay two incidents or stay attacks: other arms, another town farther off, another attack, another doer in another
place, a near landmark, gunmen firing on mourners.
"""

from __future__ import annotations

import pytest
from helpers import attacks_told, role_strings, shown

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Turkish jets bombed Kurdish rebel positions near Zakho on Tuesday, witnesses said. They said the planes "
        "attacked rebel positions in the Batufa district, a few km north of Zakho, and smoke rose over the hills.",
        "Ethiopian forces captured a rebel stronghold west of Gondar, the state radio said. It said the Ethiopian "
        "troops seized the strongest rebel stronghold southeast of Lake Tana, 20 kilometres west of Gondar.",
        # written after the rule, in a bulletin's voice
        "Sudanese warplanes struck a market in Kauda on Thursday, killing nine people, aid workers said. The aircraft "
        "dropped four bombs on the market area of Tabanya, 12 km south of Kauda, they said.",
    ],
)
def test_the_doers_named_again_by_their_kind_of_arms_near_the_incident_s_place_are_one_incident(nlp, text):
    found = attacks_told(nlp, text)
    assert len(found) == 1, shown(found)


@pytest.mark.parametrize(
    "text",
    [
        # the place is another town, 60 km off
        "Turkish jets bombed Kurdish rebel positions near Zakho on Tuesday, witnesses said. They said the planes "
        "attacked rebel positions near Dohuk, 60 km east of Zakho.",
        # other troops: whose arms they are tells them apart
        "Ethiopian forces captured a rebel stronghold west of Gondar, the state radio said. It said the Eritrean "
        "troops seized a border post southeast of Lake Tana, 20 kilometres west of Gondar.",
    ],
)
def test_other_arms_or_a_town_farther_off_stay_another_incident(nlp, text):
    found = attacks_told(nlp, text)
    assert len(found) == 2, shown(found)


def test_a_casualty_clause_dies_in_the_second_raid_its_sentence_names(nlp):
    found = attacks_told(
        nlp,
        "Afghan warplanes killed 14 villagers in a second raid in two days on a remote valley near the border, the "
        "radio said. Three soldiers died in another ambush near Kandahar on Friday.",
    )
    assert len(found) == 2, shown(found)
    assert "Afghan warplanes" in role_strings(found[0].agents), shown(found)
    assert "14 villagers" in role_strings(found[0].targets), shown(found)


def test_another_attack_after_a_casualty_clause_is_another_incident(nlp):
    found = attacks_told(nlp, "Gunmen killed five people in Kano on Monday, and another attack killed three in Kaduna.")
    assert len(found) == 2, shown(found)


def test_a_strike_against_a_country_and_its_participle_are_one_strike(nlp):
    found = attacks_told(
        nlp,
        "Saudi forces launched a retaliatory strike against Yemen late Sunday, attacking two rebel boats off the "
        "coast of Eritrea.",
    )
    assert len(found) == 1, shown(found)
    assert "two rebel boats" in role_strings(found[0].targets), shown(found)


def test_two_doers_striking_a_country_and_camps_in_one_sentence_stay_two(nlp):
    found = attacks_told(
        nlp,
        "Egyptian forces launched a strike against Libya on Friday and Sudanese troops attacked two militant camps "
        "near Kassala.",
    )
    assert len(found) == 2, shown(found)


def test_where_a_news_agency_was_received_is_no_scene(nlp):
    found = attacks_told(
        nlp,
        "Ethiopian troops captured the rebel-held town of Dessie on Monday. The state news agency ENA, received in "
        "Nairobi, said the troops killed 300 rebels in the fighting.",
    )
    assert len(found) == 1, shown(found)
    assert found[0].location is not None and found[0].location.span.text == "Dessie", shown(found)


def test_a_convoy_received_somewhere_is_no_report_carrier(nlp):
    found = attacks_told(nlp, "Gunmen attacked a convoy of aid workers received in Tripoli on Monday.")
    assert len(found) == 1, shown(found)
    assert found[0].location is not None and found[0].location.span.text == "Tripoli", shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Mourners clashed with police at a funeral in Derry on Monday.",
        "Protesters clashed with police at a rally in Lagos on Monday, witnesses said.",
        # written after the rule, in another voice
        "Hundreds of strikers fought riot police at the gates of the Kolwezi smelter on Thursday.",
    ],
)
def test_a_crowd_clashing_with_police_at_a_gathering_is_a_riot(nlp, text):
    assert attacks_told(nlp, text) == [], shown(attacks_told(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen opened fire on mourners at a funeral in Derry on Monday, killing two.",
        "Youths attacked a rally of the ruling party in Lagos on Monday.",
        "Rebels clashed with troops at a checkpoint near Goma on Monday.",
    ],
)
def test_an_attack_on_a_gathering_or_a_clash_of_armed_sides_stays_an_attack(nlp, text):
    assert len(attacks_told(nlp, text)) == 1, shown(attacks_told(nlp, text))


def test_a_raid_on_an_island_keeps_its_own_place_apart_from_a_habit_told_in_its_sentence(nlp):
    found = attacks_told(
        nlp,
        "Fighters of the Ahl al-Wadi group, whose men have raided farms along the Lusewa valley since 2019, stormed "
        "the island of Mitande on Friday and burned the clinic.",
    )
    stormed = [e for e in found if any(m.trigger.text == "stormed" for m in e.evidence)]
    assert len(stormed) == 1, shown(found)
    assert not any("farms" in t for t in role_strings(stormed[0].targets)), shown(found)


def test_a_far_landmark_of_the_sentence_before_is_no_scene_for_the_dead(nlp):
    found = attacks_told(
        nlp,
        "Sudan said its army had crushed a rebel attack on a hill in Darfur. The agency said the attack was repelled "
        "on the hill, 600 km west of Khartoum. It said dozens of rebels were killed.",
    )
    assert len(found) == 1, shown(found)
    assert found[0].location is not None and found[0].location.span.text == "Darfur", shown(found)


def test_a_near_landmark_of_the_sentence_before_still_sets_the_scene(nlp):
    found = attacks_told(
        nlp,
        "The radio said smoke rose over the hills a few km east of Sidon on Monday. Gunmen killed five shepherds.",
    )
    assert len(found) == 1, shown(found)
    assert found[0].location is not None and found[0].location.span.text == "Sidon", shown(found)
