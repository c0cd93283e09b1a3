"""Deeds real copy tells as not (yet) done, and idioms read as changes of side (issue 14, twenty-ninth pass): a join
only tried through a journey ("were caught trying to travel to Syria and join the group"), a deed due by its verb
("over 700 members of the sect are to surrender", "commits itself to lay down arms"), joining forces (acting together,
no side joined), and a journey to a village named like an organisation. Sentences written for these tests in the
styles of court reports, army statements and monitoring notes, with invented or common names; none is taken from a
gold set."""

from __future__ import annotations

import pytest
from helpers import events, has_text, stated, target_texts

from kg.models import EventType, Modality

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Four men from Ohio were arrested last month trying to travel to Syria and join the terrorist group.",
        "One of the brothers attempted to travel to Turkey to join the extremist group, prosecutors said.",
        "The student tried to fly to Istanbul and cross into Syria to join ISIS, the court heard.",
    ],
)
def test_a_join_only_tried_through_a_journey_is_not_told_as_done(nlp, text):
    found = events(nlp, text, EventType.ALLEGIANCE)
    assert found, text  # the pledge is read, as tried
    assert not stated(found), [(e.modality, e.agents) for e in found]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The army said over 500 members of the sect are to surrender to troops in Borno.", EventType.DEFECTION),
        ("The rebel movement commits itself to lay down arms, its spokesman said.", EventType.DEFECTION),
        ("The militia's commanders have committed to surrender their weapons by June.", EventType.DEFECTION),
        ("Government troops are to attack the rebel stronghold at dawn, a commander said.", EventType.ATTACK),
    ],
)  # fmt: skip
def test_a_deed_due_by_its_verb_is_planned(nlp, text, kind):
    found = events(nlp, text, kind)
    assert found, text
    assert all(e.modality is Modality.PLANNED for e in found), [(e.modality, e.trigger.text) for e in found]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a journey made to join is a join; a "be" with a predicate and an infinitive tells who did it
        ("Two Dutch women travelled to Syria to join the Islamic State in 2014.", EventType.ALLEGIANCE),
        ("He tried to stop them but they travelled to Raqqa and joined ISIS.", EventType.ALLEGIANCE),
        ("The army said 300 fighters surrendered on Monday and another 400 are to follow.", EventType.DEFECTION),
        ("Commander Ruiz is perhaps the most important of the five commanders to leave the guerrillas' ranks.",
         EventType.DEFECTION),
        ("He was the first officer to defect to the rebels since the ceasefire.", EventType.DEFECTION),
    ],
)  # fmt: skip
def test_deeds_told_as_done_beside_tries_and_infinitives_stay_done(nlp, text, kind):
    assert stated(events(nlp, text, kind)), text


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic Movement of Uzbekistan has joined forces with the Islamic State.",
        "Tuareg rebels joined forces with Islamist fighters to seize the north.",
        "The two militias joined hands with the local self-defence groups last year.",
    ],
)
def test_joining_forces_is_acting_together_not_a_change_of_side(nlp, text):
    found = stated(events(nlp, text, EventType.DEFECTION, EventType.ALLEGIANCE))
    assert not found, [(e.type, e.agents, e.targets, e.to) for e in found]


def test_fighters_joining_government_forces_still_change_side(nlp):
    text = "Hundreds of fighters from the Free Syrian Army joined the government forces last week."
    found = stated(events(nlp, text, EventType.DEFECTION))
    assert found and has_text(target_texts(found), "the Free Syrian Army"), target_texts(found)


def test_troops_travelling_to_a_village_named_like_an_organisation_change_no_side(nlp):
    text = "More than 80 regime troops based in the township traveled to Ta Kan Thar Village on Monday."
    assert not stated(events(nlp, text, EventType.DEFECTION)), text


def test_soldiers_joining_forces_with_the_other_side_went_over_to_it(nlp):
    text = "Soldiers of the 5th Division joined forces with the rebels in Homs."
    found = stated(events(nlp, text, EventType.DEFECTION))
    assert found and any(e.to is not None and "rebels" in e.to.span.text for e in found), found


@pytest.mark.parametrize(
    ("text", "loyalists", "owner"),
    [
        ("Loyalists of former president Ali Abdullah Saleh seized the airport in Sanaa.",
         "Loyalists of former president Ali Abdullah Saleh", "Ali Abdullah Saleh"),
        ("Fighting broke out between Houthi rebels and loyalists of Saleh in the capital.", "loyalists", "Saleh"),
        ("The fighting pitted Kiir loyalists against supporters of the vice-president.", "Kiir loyalists", "Kiir"),
        ("Thambi, a Karuna loyalist, shot two of his former comrades in Batticaloa.", "Thambi", "Karuna"),
        ("The general's loyalists say five of their troops have been killed.", "The general's loyalists",
         "The general"),
        ("Sheikh Omar and his loyalists had been hiding in the forests of Bay region.", "his loyalists", "Omar"),
    ],
)  # fmt: skip
def test_loyalists_of_a_named_leader_are_loyal_to_him(nlp, text, loyalists, owner):
    found = stated(events(nlp, text, EventType.ALLEGIANCE))
    assert found, text
    assert any(a.span.text == loyalists for e in found for a in e.agents), [e.agents for e in found]
    assert all(a.span.text != owner for e in found for a in e.agents)  # not the leader himself
    assert any(has_text([t.span.text, t.entity.label], owner) for e in found for t in e.targets), found


@pytest.mark.parametrize(
    "text",
    [
        "Loyalist forces attacked the rebel base overnight.",
        "The loyalists were arrested by the police on Monday.",
        "Iraqi loyalists marched through the centre of the city.",
    ],
)
def test_a_loyalist_label_is_no_pledge(nlp, text):
    found = stated(events(nlp, text, EventType.ALLEGIANCE))
    assert not found, [(e.agents, e.targets) for e in found]


def test_a_clash_with_loyalists_keeps_both_its_sides(nlp):
    text = "Clashes between Houthi rebels and loyalists of Saleh killed 12 people."
    attacks = stated(events(nlp, text, EventType.ATTACK))
    assert has_text([a.span.text for e in attacks for a in e.agents], "Houthi rebels"), attacks


@pytest.mark.parametrize(
    ("text", "kind", "doer"),
    [
        ("A North Korean soldier walked across the border in a bid to defect to the South, officials said.",
         EventType.DEFECTION, "A North Korean soldier"),
        ("The rivalry has worsened with a new influx of weapons and fighters from Mali who are joining ISWAP.",
         EventType.ALLEGIANCE, "fighters"),
    ],
)  # fmt: skip
def test_an_abstract_noun_given_as_the_mover_stands_for_who_moved(nlp, text, kind, doer):
    found = stated(events(nlp, text, kind))
    agents = [a.span.text for e in found for a in e.agents]
    assert has_text(agents, doer), agents
    assert not has_text(agents, "bid") and not has_text(agents, "influx"), agents


def test_an_abstract_noun_that_stands_for_nobody_is_no_mover(nlp):
    found = stated(
        events(nlp, "After first joining the RSF, his return to the army signals a reversal.", EventType.ALLEGIANCE)
    )
    assert found, "the joining of the RSF is read"
    assert not has_text([a.span.text for e in found for a in e.agents], "return"), found


def test_a_group_named_by_initials_before_a_compound_is_no_other_groups_anaphor(nlp):
    text = "Violent clashes are taking place in Abu Salim between the LNA forces and the GNA government militia."
    found = stated(events(nlp, text, EventType.ATTACK))
    agents = {a.entity.key for e in found for a in e.agents}
    assert len(agents) == 2, [(a.span.text, a.entity.key) for e in found for a in e.agents]


def test_a_party_named_before_a_state_is_joined_as_a_party(nlp):
    text = "Former Conservative MP Jane Hollis has joined Reform UK and will stand as the party's candidate."
    found = stated(events(nlp, text, EventType.DEFECTION))
    assert found and has_text(target_texts(found), "Conservative"), [(e.targets, e.to) for e in found]
    assert any(e.to is not None and "Reform UK" in e.to.span.text for e in found)


def test_the_predicate_a_defection_is_told_on_names_the_side_left(nlp):
    text = "Andrew Hollis has become the second Conservative MP to defect to Reform UK within a week."
    found = stated(events(nlp, text, EventType.DEFECTION))
    assert found and has_text(target_texts(found), "Conservative"), [(e.targets, e.to) for e in found]


def test_a_procession_of_defectors_is_the_defectors(nlp):
    text = "A steady procession of former and current Conservative MPs have defected to Reform UK since March."
    agents = [a.span.text for e in stated(events(nlp, text, EventType.DEFECTION)) for a in e.agents]
    assert has_text(agents, "Conservative MPs") and not has_text(agents, "procession"), agents


def test_an_affiliation_changed_to_a_group_is_a_pledge_to_it_too(nlp):
    text = "A cell leader said his group was changing its affiliation from the Afghan Taliban to Islamic State."
    pledges = stated(events(nlp, text, EventType.ALLEGIANCE))
    assert pledges and has_text(target_texts(pledges), "Islamic State"), [(e.agents, e.targets) for e in pledges]
    assert stated(events(nlp, text, EventType.DEFECTION))


def test_an_accession_to_a_military_alliance_sealed_is_a_joining(nlp):
    found = stated(
        events(nlp, "Finland's accession to NATO was sealed at a ceremony in Brussels.", EventType.ALLEGIANCE)
    )
    assert found and has_text(target_texts(found), "NATO"), [(e.agents, e.targets) for e in found]


def test_an_accession_to_a_trade_body_is_no_joining(nlp):
    assert not stated(events(nlp, "The country's accession to the WTO was delayed.", EventType.ALLEGIANCE))


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("At least 1,700 Congolese M23 rebels, including the top commander, have surrendered to Ugandan authorities.",
         "M23"),
        ("Forty Afghan Taliban fighters surrendered to the army in Kunduz on Monday.", "Taliban"),
    ],
)  # fmt: skip
def test_members_named_by_their_people_and_their_group_left_the_group(nlp, text, left):
    found = stated(events(nlp, text, EventType.DEFECTION))
    assert found and has_text(target_texts(found), left), [(e.agents, e.targets) for e in found]


@pytest.mark.parametrize(
    ("text", "pledger", "side"),
    [
        ("Boko Haram's widely reported allegiance to the Islamic State is said to be the result of long deliberation.",
         "Boko Haram", "the Islamic State"),
        ("His declaration of loyalty to ISIL led to a purge from the leadership.", None, "ISIL"),
    ],
)  # fmt: skip
def test_a_loyalty_held_by_its_owner_and_told_to_its_side(nlp, text, pledger, side):
    found = stated(events(nlp, text, EventType.ALLEGIANCE))
    assert found and has_text(target_texts(found), side), [(e.agents, e.targets) for e in found]
    assert not has_text(target_texts(found), "purge"), target_texts(found)
    if pledger is not None:
        assert any(a.span.text == pledger for e in found for a in e.agents), [e.agents for e in found]
