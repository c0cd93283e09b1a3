"""News-topic items written for these tests: a title-case headline over "CITY (Agency) - " and one or two sentences.
Business, technology and sport items borrow war words and must give no attack; world items keep theirs, one event
per incident, and a second incident the headline names stays its own."""

from __future__ import annotations

import pytest
from helpers import agent_texts, events, stated, target_texts

from kg.models import EventType

pytestmark = pytest.mark.model

DATE = "2004-10-12"
VIOLENCE = (EventType.ATTACK, EventType.AIRSTRIKE)


def _violence(nlp, text):
    return stated(events(nlp, text, *VIOLENCE, date=DATE))


# --- an item about trade or sport tells no attack with war words ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Varnell Renews Hostile Assault on Quadrix Systems\nReuters - Varnell Corp. on Monday renewed its hostile "
        "$7.7 billion bid for business software maker Quadrix Systems Inc., raising its offer to $24 a share.",
        "Brightwave Launches Attack on Spam\nSAN FRANCISCO (Reuters) - Brightwave Inc. on Tuesday launched a new "
        "assault on junk e-mail, unveiling filters it said would block 95 percent of spam.",
        "Telvana Unveils Assault on Streaming Market\nAP - Telvana Co. fired the opening shot in a price war for "
        "online music on Wednesday, cutting its song price to 79 cents.",
        "Studio's Space Epic Bombs at Box Office\nLOS ANGELES (Reuters) - Orbital Pictures' big-budget space epic "
        "bombed at the box office over the weekend, taking just $9 million.",
        "Hedge Fund Raids Talent of Rival Banks\nLONDON (Reuters) - Greyline Capital LLP has raided the trading "
        "desks of three investment banks, hiring 14 traders in a month.",
        "Oil Prices Storm Past $55 a Barrel\nNEW YORK (Reuters) - Oil prices stormed past $55 a barrel on Wednesday "
        "as fears over winter supplies gripped traders.",
        "Holdout Shareholders Attack Buyout Offer\nReuters - Shareholders of Cantrel Corp. attacked a $2 billion "
        "buyout offer on Monday, saying it undervalued the firm.",
        "Toyota Targets Detroit With New Pickup\nDETROIT (Reuters) - Toyota Motor Corp. is taking aim at Detroit's "
        "most profitable market with a full-size pickup truck, executives said.",
        "Flyers Storm Back to Beat Rangers\nPHILADELPHIA (AP) - The Philadelphia Flyers stormed back from two goals "
        "down to beat the New York Rangers 4-3 on Saturday night.",
        "Yankees Bomb Orioles 14-3\nNEW YORK (AP) - The Yankees bombed the Orioles 14-3 on Tuesday, hitting five "
        "home runs.",
        "United Attack Too Strong for Wanderers\nReuters - Dalton United's attack proved too strong for Wanderers "
        "as they won 5-0 at home on Saturday, with striker Mark Ebbe scoring twice.",
        "Chip Rivals Battle Over Laptop Market\nSAN JOSE (Reuters) - Intelco and Arvex are battling for the laptop "
        "market with new low-power chips, analysts said.",
    ],
)
def test_war_words_in_trade_and_sport_items_are_no_attack(nlp, text):
    assert not _violence(nlp, text), text


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        (  # a company's item that tells an attack on a pipeline: what was attacked is a place
            "Shell Output Cut After Pipeline Attack\nLAGOS (Reuters) - Royal Dutch Shell Plc shut in 40,000 barrels a "
            "day of output on Monday after an attack on a pipeline in the Niger Delta, the company said.",
            None,
            "a pipeline",
        ),
        (  # a market item that names the gunmen
            "Stocks Slip After Gunmen Storm Bank in Kanto\nTOKYO (Reuters) - Shares fell 2 percent on Friday after "
            "gunmen stormed a branch of Senrai Bank in the port city of Kanto, killing two guards.",
            "gunmen",
            "two guards",
        ),
        (  # a bombing in a world item, a market its place
            "Bomb Blast Rips Through Market in Dervana\nAP - A bomb exploded in a crowded market in the town of "
            "Dervana on Saturday, killing 14 shoppers, police said.",
            None,
            "14 shoppers",
        ),
        (  # an armed group the gazetteer knows, in an item with money words
            "Hezbollah Shells Border Posts\nBEIRUT (Reuters) - Hezbollah shelled Israeli border posts on Monday, "
            "days after a $1 billion aid offer and a 5 percent rise in oil prices, officials said.",
            "Hezbollah",
            None,
        ),
    ],
)
def test_items_that_tell_violence_keep_their_attack(nlp, text, agent, target):
    found = _violence(nlp, text)
    assert found, text
    if agent is not None:
        assert agent in agent_texts(found) or agent.capitalize() in agent_texts(found)
    if target is not None:
        assert target in target_texts(found)


@pytest.mark.parametrize(
    "text",
    [
        "Ferrand Joins Harbor City Mets Pitcher Luis Ferrand left the Westport Astros and joined the Harbor City "
        "Mets on a seven-year deal, the team said on Tuesday.",
        "Coach defects to rival club\nThe former Dunmore Celtic manager defected to Kelso Rangers on Tuesday, "
        "stunning supporters.",
    ],
)
def test_a_player_s_move_between_clubs_is_no_change_of_side(nlp, text):
    found = stated(events(nlp, text, EventType.DEFECTION, EventType.ALLEGIANCE))
    assert not found, [(e.type.value, agent_texts([e])) for e in found]


@pytest.mark.parametrize(
    "text",
    [  # a club word beside a politician's or a fighter's move: still a change of side
        "Senator Ruth Obi left the ruling party and joined the opposition on Tuesday, a blow to the president's "
        "team in parliament.",
        "A commander of the Kharim Front defected to the army with 40 fighters, bringing a mortar team with him.",
    ],
)
def test_a_club_word_beside_politics_or_fighters_keeps_the_change_of_side(nlp, text):
    assert stated(events(nlp, text, EventType.DEFECTION)), text


# --- a brief tells one incident ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Car Bomb Kills 12 Near Baghdad Police Station\nBAGHDAD (Reuters) - A car bomb exploded near a police "
        "station in Baghdad on Monday, killing 12 people. Police said insurgents detonated the explosives-packed car "
        "as recruits queued outside.",
        "Gunmen Kill 12 at Paris Paper\nPARIS (Reuters) - Masked gunmen stormed the offices of the weekly Le Tambour "
        "in Paris on Wednesday and shot dead 12 people before fleeing in a car.",
        "Afghan Bomb Attack Kills Election Workers\nKABUL (Reuters) - A roadside bomb tore through a vehicle "
        "carrying election workers in Ghazni province on Saturday, killing three. The Taliban claimed "
        "responsibility for the blast.",
    ],
)
def test_a_brief_tells_one_incident(nlp, text):
    assert len(_violence(nlp, text)) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        (  # another side's response
            "Rebels Ambush Convoy in Kivu\nGOMA (Reuters) - Rebels ambushed an army convoy near Rutshuru on Sunday, "
            "killing four soldiers. Troops later shelled rebel positions in the hills, the army said."
        ),
        (  # another place
            "Bomb Kills Two Soldiers in Helmand\nKABUL (Reuters) - A roadside bomb killed two British soldiers in "
            "Helmand province on Monday. In Kandahar, gunmen shot dead a district official."
        ),
        (  # the capture the air strike answers
            "Israel Bombs Airport After Soldiers Seized\nJERUSALEM (Reuters) - Israeli warplanes bombed the runways "
            "of Beirut airport on Thursday, a day after Hezbollah guerrillas captured two soldiers in a cross-border "
            "raid."
        ),
    ],
)
def test_a_brief_keeps_a_second_incident(nlp, text):
    assert len(_violence(nlp, text)) == 2, text


def test_the_raid_a_capture_was_made_in_has_its_doer_and_victims(nlp):
    found = _violence(nlp, "Hezbollah guerrillas captured two Israeli soldiers in a cross-border raid on Wednesday.")
    assert agent_texts(found) == {"Hezbollah guerrillas"}
    assert target_texts(found) == {"two Israeli soldiers"}


def test_taking_part_in_an_assault_names_no_victim(nlp):
    found = _violence(nlp, "Two units of special forces were taking part in the assault, officials said.")
    assert "part" not in target_texts(found)


def test_a_victim_killed_in_an_ambush_is_no_doer(nlp):
    found = _violence(nlp, "Four soldiers were killed in an ambush near Beni on Sunday.")
    assert "Four soldiers" not in agent_texts(found)
