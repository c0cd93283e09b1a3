"""Who did it and to whom where the parse hides it (issue 14, fifteenth pass): a gerund the parser made a verb with
its "by" doer ("Shelling by X killed ..."), a label before a colon the parser made the subject ("Summary: X
ambushed ..."), and the munitions an air defence shot down, which are what the deed was done to.
Sentences written for these tests, with invented names; none is taken from a gold set."""

from __future__ import annotations

import pytest
from helpers import agent_texts, attacks_told, has_text, target_texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Shelling by Russian forces killed two people in Kherson-Pravyi on Monday.", "Russian forces"),
        ("Heavy shelling by the army hit the Dar Salaam camp on Monday.", "the army"),
        ("Shelling by the Kordofan Brigade on the Um Rawaba market killed six traders, the committee said.", "Brigade"),
        (
            "Event 2021-0412. Date: 4 May 2021. Location: Tin-Goutan, Gao region, Mali. Summary: Rebels of the Azawad "
            "Front burned two trucks at a road construction site near Tin-Goutan.",
            "Rebels of the Azawad Front",
        ),
        (
            "Kisumu, May 3 (KNA): Youths of the Chama Party's militia attacked a procession of the opposition.",
            "Youths",
        ),
    ],
)
def test_a_doer_the_parse_hid(nlp, text, agent):
    found = attacks_told(nlp, text)
    assert found, f"no event in: {text}"
    assert has_text(agent_texts(found), agent), (agent, agent_texts(found))


@pytest.mark.parametrize(
    ("text", "not_agent"),
    [
        ("The soldiers left the town, killing by some accounts 20 people on the way.", "accounts"),
        ("Summary: the army said it had shelled the positions of the rebels near Tin-Goutan.", "Summary"),
        ("Kisumu, May 3 (KNA): Youths of the Chama Party's militia attacked a procession of the opposition.", "KNA"),
        ("Heavy shelling by the army hit the Dar Salaam camp on Monday.", "Heavy"),
        (
            "Veldoria: Beginning in March 2019, a group known locally as Jama'at al-Nur carried out attacks in Tarsu "
            "province, burning homes in Karagol.",
            "Beginning",
        ),
    ],
)
def test_no_doer_from_a_phrase_or_a_label(nlp, text, not_agent):
    assert not has_text(agent_texts(attacks_told(nlp, text)), not_agent)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Air defence means shot down 7 guided aviation bombs and 95 unmanned aerial vehicles.",
            "guided aviation bombs",
        ),
        (
            "Air defence units shot down four guided bombs and 32 drones over the Zaporozhye region.",
            "four guided bombs",
        ),
    ],
)
def test_munitions_shot_down_are_the_target(nlp, text, target):
    assert has_text(target_texts(attacks_told(nlp, text)), target)


def test_a_weapon_fired_is_no_target(nlp):
    found = attacks_told(nlp, "Soldiers shot rubber bullets at the protesters near the Kibera-Lindi market.")
    assert has_text(target_texts(found), "protesters")
    assert not has_text(target_texts(found), "bullets")


# Defence ministry copy: "subjected to fire the positions of X", which the parser reads as an infinitive "to fire".
SUBJECTED = (
    "On 14 March, from 02:10 to 02:40, units of the armed forces of Veldoria, using small arms from positions in the "
    "direction of the settlement of Karagol-Ashagi, subjected to fire the positions of the Norland Army located in "
    "the direction of Tarsu district."
)


def test_subjected_to_fire_is_fire_given(nlp):
    found = attacks_told(nlp, SUBJECTED)
    assert has_text(agent_texts(found), "units of the armed forces of Veldoria")
    assert has_text(target_texts(found), "the positions of the Norland Army")


def test_a_report_subjected_to_scrutiny_is_no_attack(nlp):
    assert not attacks_told(nlp, "The ministry subjected the report of the shelling commission to scrutiny.")
