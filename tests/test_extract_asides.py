"""Doers and sides the small model's parse loses in long, tangled copy (issue 14, ninth pass): a sentence whose verb
comes out without a subject after an aside is parsed again without it (kg/extract/asides.py); "blamed the bombing of
X on Y" where the parser hangs "on Y" inside the deed's phrase; "said to belong to X" as a presumption; the two sides
of "between fighters of X and Y units".  Sentences written for these tests in the styles of wire copy, incident
summaries and monitoring notes, with invented names for groups and villages."""

from __future__ import annotations

import pytest
from helpers import agent_texts, attacks_told, target_texts

from kg.evaluate import matches

pytestmark = pytest.mark.model

# (text, doer, target): the doer is lost without the repair.
ASIDES = [
    (
        "Disguised as soldiers, members of the Katiba Harmal group killed eight traders on the road between Djibo "
        "and Tindaré.",
        "members of the Katiba Harmal group",
        "eight traders",
    ),
    (
        "In the early hours of Saturday, according to a statement released by the regional police command, a group "
        "of heavily armed men, some of them wearing army uniforms, attacked a police station in the border town of "
        "Makorondi, killing five officers.",
        "a group of heavily armed men",
        "a police station",
    ),
    (
        "A roadside bomb, planted, according to police, by Maoist rebels, killed seven commandos in Bijapur.",
        "Maoist rebels",
        "seven commandos",
    ),
    (
        "Fighters said to belong to the Kassoum Martyrs Brigade blew up a bridge over the Zerga river.",
        "the Kassoum Martyrs Brigade",
        "a bridge",
    ),
    (
        "On Sunday, according to local officials, a band of gunmen, some of them in police uniforms, stormed a church "
        "in Agbado, killing three worshippers.",
        "a band of gunmen",
        "a church",
    ),
]
# Sentences the repair leaves as they are: the model parses them right, or the comma opens no aside.
UNCHANGED = [
    ("Gunmen, who arrived on motorcycles before dawn, killed 14 villagers in Gidan Koro.", "Gunmen", "14 villagers"),
    (
        "The Orumbe Liberation Front ambushed an army convoy near Tessakoy, killing six soldiers.",
        None,
        "an army convoy",
    ),
    ("Militants stormed the village of Koyabo, and soldiers later shelled their positions.", "Militants", "Koyabo"),
    (
        "A car bomb, planted, police said, by members of the Karro Brigade, killed four soldiers in Dissa.",
        "members of the Karro Brigade",
        "four soldiers",
    ),
]


@pytest.mark.parametrize(("text", "doer", "target"), ASIDES)
def test_a_doer_before_an_aside_keeps_its_verb(nlp, text, doer, target):
    found = attacks_told(nlp, text)
    assert found, f"no attack in: {text}"
    assert any(matches(a, doer) for a in agent_texts(found)), (doer, agent_texts(found))
    assert any(matches(t, target) for t in target_texts(found)), (target, target_texts(found))


@pytest.mark.parametrize(("text", "doer", "target"), UNCHANGED)
def test_sentences_parsed_right_keep_their_roles(nlp, text, doer, target):
    found = attacks_told(nlp, text)
    assert found, f"no attack in: {text}"
    if doer is not None:
        assert any(matches(a, doer) for a in agent_texts(found)), (doer, agent_texts(found))
    assert any(matches(t, target) for t in target_texts(found)), (target, target_texts(found))


def test_the_aside_hangs_back_on_the_doer(nlp):
    doc = nlp("Kata'ib Sawt al-Hadi, a militia formed last year in the hills, attacked a police post in Wadi Qarnat.")
    verb = next(t for t in doc if t.text == "attacked")
    assert verb.pos_ == "VERB"
    assert [c.text for c in verb.children if c.dep_ == "nsubj"] in (["Hadi"], ["al-Hadi"])
    militia = next(t for t in doc if t.text == "militia")
    assert militia.dep_ == "appos" and militia.head.i < militia.i < verb.i
    assert sum(1 for _ in doc.sents) == 1


def test_a_speaker_after_the_story_is_no_doer(nlp):
    # The subject after the closing comma is who said it; the repair must not make the editor the attacker.
    text = "Rebels shelled the market in Kaloum on Monday, killing four, an editor at the provincial radio said."
    found = attacks_told(nlp, text)
    assert found
    assert not any(matches(a, "an editor at the provincial radio") for a in agent_texts(found))
    assert any(matches(a, "Rebels") for a in agent_texts(found))


def test_a_list_of_victims_is_no_aside(nlp):
    text = "Amadou Bah, his brother Saliou and a neighbour were shot dead by gunmen in Kodiani."
    found = attacks_told(nlp, text)
    assert found
    assert any(matches(a, "gunmen") for a in agent_texts(found)), agent_texts(found)
    assert not any(matches(a, "Amadou Bah") for a in agent_texts(found))


def test_blame_put_on_a_group_after_the_deeds_own_phrase(nlp):
    text = "Witnesses blamed the bombing of the bus station in Jos on the Eastern Vanguard, a group unknown until May."
    found = attacks_told(nlp, text)
    assert any(matches(a, "the Eastern Vanguard") for a in agent_texts(found)), agent_texts(found)
    assert any(matches(t, "the bus station") for t in target_texts(found))


def test_blame_put_on_a_day_names_nobody(nlp):
    text = "Residents blamed the bombing of the bus station in Kaduna on Tuesday."
    found = attacks_told(nlp, text)
    assert not any(matches(a, "Tuesday") for a in agent_texts(found)), agent_texts(found)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Heavy fighting broke out between fighters of the Hezb-e Watan and Taliban units in the Tagab valley.",
            "fighters of the Hezb-e Watan",
            "Taliban units",
        ),
        (
            "Clashes erupted between members of the Zuwara Brigade and local tribesmen near the port of Abu Kammash.",
            "members of the Zuwara Brigade",
            "local tribesmen",
        ),
    ],
)
def test_both_sides_of_a_clash_when_the_parser_joins_them_inside_the_first(nlp, text, first, second):
    found = attacks_told(nlp, text)
    agents, targets = agent_texts(found), target_texts(found)
    for side in (first, second):
        assert any(matches(a, side) for a in agents), (side, agents)
        assert any(matches(t, side) for t in targets), (side, targets)
    assert not any(a.endswith(second) and a != second for a in agents), agents  # the second side is cut off


def test_an_and_inside_a_name_splits_no_side(nlp):
    text = "Clashes between fighters of the Islamic State of Iraq and the Levant killed nine people near Hasakah."
    found = attacks_told(nlp, text)
    assert found
    assert not any(a in ("the Levant", "Levant") for a in agent_texts(found) | target_texts(found))


@pytest.mark.parametrize(
    "text",
    [text for text, _, _ in UNCHANGED]
    + [
        "Rebels shelled the market in Kaloum on Monday, killing four, an editor at the provincial radio said.",
        "Russia, Iran and Turkey launched talks on the future of the province, officials said.",
        "The convoy, which was carrying food, reached the town of Gulu on Friday.",
        "When Tamil Tiger boats attacked a naval base near Trincomalee, Navy units and Air Force jets retaliated.",
    ],
)
def test_a_sentence_without_a_lost_subject_keeps_its_parse(nlp, text):
    plain = nlp.select_pipes(disable=["kg_aside_reparse"])
    try:
        before = [(t.head.i, t.dep_, t.tag_) for t in nlp(text)]
    finally:
        plain.restore()
    assert [(t.head.i, t.dep_, t.tag_) for t in nlp(text)] == before


def test_a_first_side_whose_phrase_ends_before_the_and(nlp):
    # "the army of Chad": the phrase ends at "Chad", before the "and" that starts the second side.
    found = attacks_told(nlp, "Clashes erupted between the army of Chad and rebel units near Abeche.")
    agents = agent_texts(found)
    assert any(matches(a, "the army of Chad") for a in agents) and any(matches(a, "rebel units") for a in agents)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("A roadside bomb believed to have been planted by Maoists killed two jawans in Sukma.", "Maoists"),
        (
            "Two journalists were wounded when a drone operated by the Kordofan Shield struck a hotel.",
            "Kordofan Shield",
        ),
        (
            "A landmine exploded under a truck on the road to Ansongo. Ten passengers were killed. The device was "
            "believed to have been planted by militants of the Katiba Serma.",
            "militants of the Katiba Serma",
        ),
    ],
)
def test_the_user_of_a_weapon_or_a_craft_behind_a_belief(nlp, text, doer):
    found = attacks_told(nlp, text)
    assert any(matches(a, doer) for a in agent_texts(found)), (doer, agent_texts(found))


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Clashes pitting Fulani herders against Tamashek hunters killed 20 people in Dinangourou.", "Fulani herders",
         "Tamashek hunters"),
        ("Clashes opposing Misseriya and Rizeigat militias killed 30 people near Babanusa on Monday.", "Misseriya",
         "Rizeigat militias"),
    ],
)  # fmt: skip
def test_the_sides_of_clashes_pitting_one_against_the_other(nlp, text, first, second):
    found = attacks_told(nlp, text)
    agents, targets = agent_texts(found), target_texts(found)
    for side in (first, second):
        assert any(matches(a, side) for a in agents), (side, agents)
        assert any(matches(t, side) for t in targets), (side, targets)


def test_a_war_pitting_two_sides_is_no_incident(nlp):
    assert not attacks_told(nlp, "A long war pitting the state against the Tuareg rebels ended in 1996.")
