"""ATTACK in protest and political-violence news (issue 14): crowd control against protesters is an attack
(police the doer, the protesters the target), while protests, strikes, bandhs, sit-ins, arrests and riots are
not.  Sentences written for these tests in the style of South Asian, African and Latin American outlets; none is
taken from a gold set."""

from __future__ import annotations

import pytest
from helpers import events, stated

from kg.models import EventType

pytestmark = pytest.mark.model

VIOLENCE = (EventType.ATTACK, EventType.AIRSTRIKE)


def _events(nlp, text):
    return stated(events(nlp, text, *VIOLENCE))


def _roles(events):
    return {m.span.text for e in events for m in e.agents}, {m.span.text for e in events for m in e.targets}


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        # a hyphenated crowd-control verb, cut at the hyphen, was parsed as a noun and lost both roles
        (
            "Police lathi-charged agitating farmers near the Collectorate in Bathinda on Tuesday, injuring at "
            "least 14.",
            "Police",
            "farmers",
        ),
        ("Agitating farmers were lathi-charged by police at the Shambhu border.", "police", "farmers"),
        (
            "The cops baton-charged the striking sanitation workers outside the municipal office in Kanpur.",
            "The cops",
            "the striking sanitation workers",
        ),
        (
            "Demonstrators were tear-gassed by anti-riot police as they marched towards the presidential palace "
            "in Bamako.",
            "anti-riot police",
            "Demonstrators",
        ),
        # the weapon fired or used is no target: where it was aimed, or whom it was to disperse, is
        (
            "Security forces fired tear gas and rubber bullets to disperse hundreds of opposition supporters in "
            "Conakry on Thursday.",
            "Security forces",
            "hundreds of opposition supporters",
        ),
        (
            "Riot police used water cannon on opposition supporters gathered outside the electoral commission in "
            "Nairobi.",
            "Riot police",
            "opposition supporters",
        ),
        ("Carabineros fired pellets at demonstrators in Santiago's Plaza Italia, blinding a student.", None, None),
        # a gathering broken up stands for the people in it
        (
            "Security personnel used batons and tear gas to break up a sit-in by unemployed graduates in Rabat.",
            "Security personnel",
            "unemployed graduates",
        ),
    ],
)
def test_crowd_control_is_an_attack_on_the_crowd(nlp, text, agent, target):
    events = _events(nlp, text)
    assert events, text
    agents, targets = _roles(events)
    if agent is None:  # "fired pellets at demonstrators": the pellets are no target
        assert agents == {"Carabineros"} and "demonstrators" in targets and "pellets" not in targets
        return
    assert agent in agents
    assert any(target in t for t in targets), targets


def test_a_lathi_charge_noun_is_the_event_and_names_whom_it_hit(nlp):
    events = _events(nlp, "A lathi-charge on protesting teachers in Patna left several injured on Wednesday.")
    agents, targets = _roles(events)
    assert events and any("teachers" in t for t in targets)
    assert not any("charge" in a for a in agents)  # the event is no doer of itself


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of farmers marched to the Collectorate in Bathinda on Tuesday to demand loan waivers.",
        "Transport workers went on an indefinite strike in Lagos over unpaid wages.",
        "Students staged a sit-in outside the vice-chancellor's office demanding the reinstatement of the "
        "suspended professor.",
        "Police arrested 45 protesters and detained the union leader in Dhaka on Monday.",
        "The opposition leader slammed the government's fuel price hike as anti-people.",
        "Activists attacked the government's new land acquisition policy at a press conference in Ranchi.",
        "The two ministers clashed over the budget allocation during the cabinet meeting.",
        "Villagers gheraoed the block development officer for six hours over the delay in wages.",
        "A hunger strike by nurses at the Kenyatta hospital entered its fifth day.",
        "Supporters of the Congress held a protest march against the price rise in Bhopal.",
        "Traders observed a hartal in Kozhikode against the new GST rates.",
        "Protesters blocked the national highway with burning tyres in Port-au-Prince.",
        "Rioters torched vehicles and ransacked shops in the market area of Bhagalpur.",
        "Police detained dozens of opposition supporters ahead of the rally in Harare.",
        "Garment workers in Gazipur walked out of factories demanding higher wages.",
        "Lawyers clashed with the judge over the adjournment of the hearing.",
        "Farmers' unions called off their agitation after talks with the state government.",
        "Protesters in Quito threw stones and set up barricades as demonstrations against fuel prices entered a "
        "second week.",
        "The union threatened to intensify its agitation if the demands were not met.",
        "The sit-in by unemployed graduates outside parliament in Rabat entered its third week.",
    ],
)
def test_protests_strikes_arrests_and_riots_are_no_attack(nlp, text):
    assert not _events(nlp, text)


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        # a mob or party workers turning on people is violence, not a riot
        (
            "A mob of about 200 people attacked the Bhadrak police station and assaulted two constables.",
            "A mob",
            "two constables",
        ),
        # a sport word inside a party's name ("Awami League") does not make the sentence sport
        (
            "Workers of the Awami League attacked a BNP procession in Feni, injuring at least 20 people.",
            "Workers",
            "a BNP procession",
        ),
        # partisans fighting another side: both sides are doers and targets
        (
            "Clashes broke out between supporters of the PTI and the PML-N in Sialkot, leaving 12 injured.",
            "supporters of the PTI",
            "the PML-N",
        ),
        # "beat" by guards is a beating
        (
            "Villagers were beaten up by forest guards in Dantewada district, a tribal rights group alleged.",
            "forest guards",
            "Villagers",
        ),
        # the police's answer with arms hits the clause's subject; the stone-pelting is a violent demonstration
        (
            "Students pelted stones at the police, who retaliated with tear gas shells near the university gate in "
            "Srinagar.",
            "the police",
            "Students",
        ),
    ],
)
def test_political_violence_against_people(nlp, text, agent, target):
    events = _events(nlp, text)
    agents, targets = _roles(events)
    assert agent in agents, agents
    assert target in targets, targets


def test_students_pelting_stones_are_no_doers(nlp):
    text = "Students pelted stones at the police, who retaliated with tear gas shells near the university gate."
    agents, _ = _roles(_events(nlp, text))
    assert "Students" not in agents


@pytest.mark.parametrize(
    "text",
    [
        "The Shiv Sena attacked the BJP in an editorial in Saamana on Thursday.",
        "The minister retaliated with a sharp statement against the opposition in Lagos.",
        "Rioters attacked shops and torched two buses in the old city of Hyderabad.",
        "Clashes between protesters and police erupted outside the parliament in Kampala.",
    ],
)
def test_words_and_riots_are_no_attack(nlp, text):
    assert not _events(nlp, text)


def test_an_attack_during_a_speech_is_still_an_attack(nlp):
    text = "A former provincial governor was shot during a campaign speech in Gwangju and later died in hospital."
    assert _events(nlp, text)


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        # two words, merged before the tagger as the hyphenated spelling is by the tokenizer
        (
            "Protesters were lathi charged by the police outside the district headquarters in Ludhiana.",
            "the police",
            "Protesters",
        ),
        # the compound tagged as an adjective on its object: the object, and the sentence's first noun as the doer
        (
            "Police in Nairobi tear-gassed supporters of opposition leader Raila Odinga on Monday.",
            "Police",
            "supporters",
        ),
        ("Police in Lahore baton-charged lawyers protesting outside the high court.", "Police", "lawyers"),
        # a machete or "to death" makes "hacked" a killing
        (
            "Suspected TMC goons hacked a BJP booth president to death in Cooch Behar on Saturday night.",
            "Suspected TMC goons",
            "a BJP booth president",
        ),
        # sides of a clash stay sides when a casualty clause follows
        (
            "ANC supporters and IFP members clashed in Msinga, leaving four people dead.",
            "ANC supporters",
            "IFP members",
        ),
    ],
)
def test_parse_breaks_in_protest_news(nlp, text, agent, target):
    events = _events(nlp, text)
    agents, targets = _roles(events)
    assert agent in agents, agents
    assert any(target in t for t in targets), targets


def test_tear_gas_written_with_a_hyphen_is_still_the_weapon(nlp):
    events = _events(nlp, "Police fired tear-gas at a crowd of Muslim protesters in Dhaka's Baitul Mukarram area.")
    _, targets = _roles(events)
    assert not any("gas" in t for t in targets) and any("protesters" in t for t in targets), targets


def test_hackers_hacking_accounts_are_no_attack(nlp):
    assert not _events(nlp, "Hackers hacked the Twitter accounts of two ministers in Islamabad on Monday.")


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        # a weapon among the object's conjuncts makes the object the arms, and the purpose's object the target
        (
            "Police used whips and batons to disperse vendors protesting the demolition of their stalls in Harare.",
            "Police",
            "vendors",
        ),
        # a crowd broken up with arms
        ("Carabineros dispersed the march with water cannon and tear gas in central Santiago.", "Carabineros", "march"),
        # "beat up" is a beating whoever does it
        ("BJP workers allegedly beat up a journalist covering the protest in Bhopal.", "BJP workers", "a journalist"),
        # the parser hung the verb on the noun after "suspected to be"
        (
            "Gunmen suspected to be bandits attacked worshippers at a mosque in Zurmi, killing 18.",
            "bandits",
            "worshippers",
        ),
    ],
)
def test_crowd_control_and_beatings_read_through_the_parse(nlp, text, agent, target):
    agents, targets = _roles(_events(nlp, text))
    assert agent in agents, agents
    assert any(target in t for t in targets), targets


def test_the_dead_of_a_clash_are_no_side(nlp):
    events = _events(nlp, "ANC supporters and IFP members clashed in Msinga, leaving four people dead.")
    agents, targets = _roles(events)
    assert "four people" in targets and "four people" not in agents


@pytest.mark.parametrize(
    "text",
    [
        "Police dispersed the crowd after the rally ended peacefully in Accra.",
        "The protesters dispersed after talks with the district collector in Salem.",
        "Kenya beat Uganda 2-1 in the final of the CECAFA Cup in Nairobi.",
    ],
)
def test_dispersal_without_arms_is_no_attack(nlp, text):
    assert not _events(nlp, text)


def test_a_lathi_charge_to_disperse_a_crowd_hits_the_crowd(nlp):
    text = "Police resorted to lathi-charge to disperse the agitating students in Guwahati."
    agents, targets = _roles(_events(nlp, text))
    assert "Police" in agents and any("students" in t for t in targets), targets


def test_an_event_nouns_target_hung_on_its_verb(nlp):
    # (what a protest is against is no event of its sentence: tests/test_extract_protest_press.py)
    text = "Doctors in Lahore boycotted outpatient services to condemn the assault on a colleague."
    _, targets = _roles(_events(nlp, text))
    assert "a colleague" in targets, targets
