"""Who did it and to whom in real wire copy (issue 14, twenty-first pass): a round-up's bulletin opened by its own
place of filing anywhere in the text, a clause whose subject the parser joined to the clause before, the one helped in
a deed, the possessor of a share in a deed, and a war or its front read as what was attacked.  Sentences written for
these tests, with invented names and places; none is taken from a gold set or from real copy."""

from __future__ import annotations

import pytest
from helpers import agent_texts, attacks_told, has_text, target_texts

pytestmark = pytest.mark.model

# A round-up's first bulletin, long enough that the next one opens well past a lead's dateline.
_FIRST_BULLETIN = (
    "VARNA - Dock workers at the country's largest port ended a three-week strike after the shipping companies "
    "agreed to a pay rise of eight percent and a shorter working week, union leaders said. "
)


@pytest.mark.parametrize(
    ("text", "agent", "not_agent"),
    [
        (_FIRST_BULLETIN + "TALMIR, Ruritania - Masked raiders torched a grain depot on the edge of the town "
         "overnight, officials said.", "Masked raiders", "TALMIR"),
        (
            "VARNA - Dock workers ended their strike after a pay deal. - - - - TESSAR, Ruritania - Separatist "
            "guerrillas shelled a border post overnight, the army said.",
            "Separatist guerrillas",
            "TESSAR",
        ),
    ],
)  # fmt: skip
def test_a_bulletins_place_of_filing_is_no_doer(nlp, text, agent, not_agent):
    doers = agent_texts(attacks_told(nlp, text))
    assert has_text(doers, agent), doers
    assert not has_text(doers, not_agent), doers


@pytest.mark.parametrize(
    ("text", "target", "not_target"),
    [
        (_FIRST_BULLETIN + "ORMEN - A customs inspector was gunned down outside his home late on Thursday.",
         "A customs inspector", "ORMEN"),
        (
            "VARNA - Dock workers ended their strike after a pay deal. - - - - BELGOR - A customs officer was "
            "stabbed to death at a border crossing.",
            "A customs officer",
            "BELGOR",
        ),
    ],
)  # fmt: skip
def test_a_bulletins_place_of_filing_is_no_target(nlp, text, target, not_target):
    targets = target_texts(attacks_told(nlp, text))
    assert has_text(targets, target), targets
    assert not has_text(targets, not_target), targets


def test_capitals_set_off_by_a_pair_of_dashes_stay_the_doer(nlp):
    # near miss: a group's name in capitals after a full stop, its apposition closed by a second dash
    text = (
        _FIRST_BULLETIN + "KLF - a splinter of the old Kiru Front that broke away in 2019 - attacked a police station "
        "in Dorova."
    )
    assert has_text(agent_texts(attacks_told(nlp, text)), "KLF")


@pytest.mark.parametrize(
    ("text", "agent", "not_agent"),
    [
        (
            "Lorry drivers blocked the motorway, farmers dumped manure outside parliament and militants bombed a "
            "railway bridge.",
            "militants",
            "farmers",
        ),
        ("Farmers blocked roads in the north and guerrillas raided a police barracks near the border.", "guerrillas",
         "Farmers"),
    ],
)  # fmt: skip
def test_a_clause_whose_subject_the_parser_joined_to_the_clause_before(nlp, text, agent, not_agent):
    doers = agent_texts(attacks_told(nlp, text))
    assert has_text(doers, agent), doers
    assert not has_text(doers, not_agent), doers


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed the village of Kaya and killed six people.",
        "Gunmen shelled the town and the port and destroyed two warehouses.",
    ],
)
def test_a_conjunct_with_no_noun_before_it_keeps_the_first_subject(nlp, text):
    # near miss: the second verb follows "and" directly (or a noun joined by a second "and"), so it shares the subject
    assert agent_texts(attacks_told(nlp, text)) == {"Gunmen"}


@pytest.mark.parametrize(
    ("text", "agent", "not_agent"),
    [
        ("Diplomats say Varnia assisted the exiles in the assault on the harbour last spring.", "the exiles",
         "Varnia"),
        ("Officials say Karnia helped the rebels in raids on three border villages last year.", "the rebels",
         "Karnia"),
    ],
)  # fmt: skip
def test_the_one_helped_in_a_deed_did_it(nlp, text, agent, not_agent):
    doers = agent_texts(attacks_told(nlp, text))
    assert has_text(doers, agent), doers
    assert not has_text(doers, not_agent), doers


def test_one_helped_after_a_deed_did_not_do_it(nlp):
    # near miss: "in the aftermath of" the raids, the ones helped are their victims, not their doers
    text = "The United Nations helped the refugees in the aftermath of the raids on their villages."
    assert not has_text(agent_texts(attacks_told(nlp, text)), "refugees")


def test_the_possessor_of_a_share_in_a_deed_did_it(nlp):
    text = "Mateo Ruiz has never spoken publicly about his role in the 1992 bombing of the stock exchange."
    assert agent_texts(attacks_told(nlp, text)) & {"his", "Mateo Ruiz"}


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "The former guerrilla is still serving a life sentence for the ambush of an army lorry in 1994.",
            "The former guerrilla",
        ),
        ("Kalo, who received a 20-year sentence for the bombing of a bus in 1998, was freed on Monday.", "Kalo"),
    ],
)
def test_who_serves_a_sentence_for_a_deed_did_it(nlp, text, agent):
    assert has_text(agent_texts(attacks_told(nlp, text)), agent)


def test_who_hands_down_a_sentence_did_not(nlp):
    # near miss: the judge gives the sentence for the bombing, nobody serves it in the clause
    text = "The judge who handed down the sentences for the bombing of the bus retired on Monday."
    assert not has_text(agent_texts(attacks_told(nlp, text)), "judge")


def test_a_share_held_by_nobody_names_no_doer(nlp):
    # near miss: the possessed role is in what followed the deed, not in the deed
    text = "The commission examined the army's role in the aftermath of the bombing of the market."
    assert not has_text(agent_texts(attacks_told(nlp, text)), "army")


@pytest.mark.parametrize(
    ("text", "not_target"),
    [
        ("Rebel forces launched a new offensive on the eastern front early on Sunday, the rebels said.", "front"),
    ],
)
def test_a_war_or_its_front_is_no_target(nlp, text, not_target):
    found = attacks_told(nlp, text)
    assert found
    assert not has_text(target_texts(found), not_target), target_texts(found)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Rebels stormed the fronts of two government brigades near the river.", "the fronts"),
        ("Soldiers of the Popular Front attacked a convoy near the border.", "a convoy"),
    ],
)
def test_a_front_someone_holds_is_a_target_and_a_front_may_be_a_doer(nlp, text, target):
    found = attacks_told(nlp, text)
    assert has_text(target_texts(found), target), target_texts(found)
    assert not has_text(target_texts(found), "Front")
    assert "fronts" in target or has_text(agent_texts(found), "Popular Front")


def test_doers_whom_police_named_keep_their_name(nlp):
    # near miss: the noun named is the one who opened fire
    text = (
        "Police said the gunmen, whom they named as members of the Red Hand gang, opened fire on a bus near the market."
    )
    assert has_text(agent_texts(attacks_told(nlp, text)), "Red Hand gang")


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb went off at 1430 GMT outside the ministry of the interior.",
        "Gunmen raided the depot, the agency said. It added that a grenade blew up at 0345 GMT at the depot, injuring "
        "eleven guards.",
    ],
)
def test_a_four_figure_time_in_universal_time_is_no_target(nlp, text):
    assert not has_text(target_texts(attacks_told(nlp, text)), "GMT")


def test_a_name_in_capitals_with_no_time_before_it_stays_a_target(nlp):
    # near miss: the same letters as a channel's name, no figure before them
    text = "Gunmen attacked the offices of GMT, a cable news channel, in the capital on Sunday."
    assert has_text(target_texts(attacks_told(nlp, text)), "GMT")


def test_divisions_of_an_armed_body_that_attack_are_its_units(nlp):
    text = "By midday two Imperial Guard divisions had stormed the hills above the pass."
    assert has_text(agent_texts(attacks_told(nlp, text)), "Imperial Guard divisions")


def test_a_division_in_an_address_stays_a_place(nlp):
    # near miss: the small model tags the area's name a people, but the division is where, not who
    text = "A bomb exploded at a bus station in Mymensingh town, Khulna division, Bangladesh, killing five people."
    assert not has_text(agent_texts(attacks_told(nlp, text)), "division")


def test_their_deed_is_the_plural_subject_of_its_own_clause(nlp):
    text = (
        "The Hawk Brigade of the separatist army was wiped out near the dam last month. Since then government forces "
        "have killed some 900 fighters in their latest offensive, according to the defence ministry."
    )
    doers = agent_texts(attacks_told(nlp, text))
    assert has_text(doers, "government forces"), doers
    assert not has_text(doers, "Hawk"), doers


def test_their_deed_under_a_singular_subject_keeps_the_group_told_before(nlp):
    # near miss: "The army" is no plural subject, so "their offensive" is the fighters' told before
    text = (
        "Rebel fighters attacked the town of Kalo on Monday. The army said it had killed 40 of them in their offensive."
    )
    assert has_text(agent_texts(attacks_told(nlp, text)), "Rebel fighters")
