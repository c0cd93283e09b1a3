"""Typed role fillers and pronouns (issue 14, twenty-third pass): "I"/"we" in a quotation are the speaker the sentence
gives it to; a negated quantity ("no civilians", "none of the passengers", "not a single soldier") and a bare count
("killing six", "at least 12 were killed") fill no role unless the count repeats a noun's; an "it" the doer of an
attack that no reading resolves is the subject of the clause that reports it, or nobody. Sentences written for these
tests in the styles of wire copy, monitoring notes and press releases."""

from __future__ import annotations

import pytest
from helpers import agent_texts, events, stated, target_texts

from kg.models import EventType

pytestmark = pytest.mark.model


# -- quoted first person ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "speaker"),
    [
        (
            '"I deserted al-Shabaab because its commanders were killing ordinary people," Abdirahman Ali told'
            " journalists in Baidoa.",
            EventType.DEFECTION,
            "Abdirahman Ali",
        ),
        (
            '"We pledge our allegiance to the caliph of the Muslims," the militia leader said in an audio message.',
            EventType.ALLEGIANCE,
            "the militia leader",
        ),
        (
            'The field commander declared: "We pledge our allegiance to the caliph of the Muslims."',
            EventType.ALLEGIANCE,
            "The field commander",
        ),
        (
            '"We surrendered to the army because we were starving," one of the former fighters told the radio station.',
            EventType.DEFECTION,
            "one of the former fighters",
        ),
        (
            '"We ambushed the convoy near Kidal," said Mohamed Ag Najim, a spokesman for the rebels.',
            EventType.ATTACK,
            "Mohamed Ag Najim",
        ),
    ],
)
def test_a_quoted_first_person_is_the_speaker(nlp, text, kind, speaker):
    found = stated(events(nlp, text, kind))
    assert found
    agents = agent_texts(found)
    assert any(a.startswith(speaker) for a in agents), agents
    assert not {"I", "We", "we"} & agents


def test_a_quoted_us_is_the_speaker_as_the_one_attacked(nlp):
    found = stated(
        events(nlp, '"They shelled us for three days," a resident of Kidal told reporters.', EventType.ATTACK)
    )
    targets = target_texts(found)
    assert any(t.startswith("a resident") for t in targets), targets
    assert "us" not in targets


def test_a_quotation_nobody_is_said_to_speak_leaves_we_unresolved(nlp):
    found = stated(events(nlp, '"We attacked the army outpost at Tillia and burned their vehicles."', EventType.ATTACK))
    assert not any(a.lower() in ("we", "the army outpost") for a in agent_texts(found))


def test_a_first_person_outside_a_quotation_is_not_a_speaker(nlp):
    text = "The spokesman said on Monday that we should expect more fighting; we attacked nothing, he added."
    found = stated(events(nlp, text, EventType.ATTACK))
    assert "The spokesman" not in agent_texts(found)


def test_a_quotation_hung_on_no_reporting_verb_is_nobodys(nlp):
    text = '"We stormed the barracks at dawn," read a banner carried by the crowd.'
    found = stated(events(nlp, text, EventType.ATTACK))
    assert not any("banner" in a or "crowd" in a for a in agent_texts(found))


# -- negated quantities --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The defence ministry insisted no civilians were hurt or killed in the air raid on the depot outside Hama.",
        "A military statement said no residents were harmed in the strike on the weapons store near Dara'a.",
        "The coalition said none of the villagers were killed in the airstrike on the bridge at Qaim.",
        "Not a single soldier was wounded when the insurgents shelled the garrison at Tessit.",
    ],
)
def test_a_negated_quantity_fills_no_role(nlp, text):
    found = stated(events(nlp, text))
    targets = target_texts(found)
    assert not any(t.lower().startswith(("no ", "none", "a single", "not ")) for t in targets), targets
    assert not any(t in ("the villagers", "civilians", "residents") for t in targets), targets


def test_no_inside_a_name_is_no_negation(nlp):
    found = stated(events(nlp, "Gunmen attacked the No Surrender Brigade near Tripoli on Monday.", EventType.ATTACK))
    assert "the No Surrender Brigade" in target_texts(found)


# -- bare counts ---------------------------------------------------------------------------------------------------


def test_a_bare_count_after_its_noun_is_that_noun(nlp):
    found = stated(
        events(nlp, "Bandits ambushed four policemen outside Gusau on Friday, killing four.", EventType.ATTACK)
    )
    targets = target_texts(found)
    assert "four policemen" in targets
    assert "four" not in targets


@pytest.mark.parametrize(
    "text",
    [
        "At least 14 were killed when gunmen attacked a cattle market in Zamfara.",
        "Eight died in the attack on the checkpoint at Bama, the police said.",
    ],
)
def test_a_bare_count_with_no_noun_fills_no_role(nlp, text):
    found = stated(events(nlp, text, EventType.ATTACK))
    targets = target_texts(found)
    assert not any(t.lower() in ("at least 14", "14", "eight") for t in targets), targets


def test_a_counted_noun_and_a_count_of_named_people_are_kept(nlp):
    found = stated(events(nlp, "The six gunmen opened fire on a bus near Kaduna, killing two of the passengers."))
    assert "The six gunmen" in agent_texts(found)
    assert "two of the passengers" in target_texts(found)


# -- an unresolved "it" --------------------------------------------------------------------------------------------


def test_it_of_a_claim_is_the_subject_of_the_clause_that_reports_it(nlp):
    text = (
        "The command said on Saturday that it had carried out a strike near Idlib and claimed it killed a senior"
        " Hurras al-Din figure."
    )
    found = stated(events(nlp, text))
    agents = agent_texts(found)
    assert "The command" in agents
    assert "it" not in agents


def test_it_never_stands_as_an_attacker(nlp):
    text = (
        "The task force posted on social media that it struck a vehicle near Kunduz and claimed it killed a commander."
    )
    found = stated(events(nlp, text))
    assert "it" not in agent_texts(found)


def test_it_of_a_named_group_stays_the_group(nlp):
    text = "Al-Shabaab stormed an army base in Lower Shabelle on Sunday and said it killed 20 soldiers."
    found = stated(events(nlp, text, EventType.ATTACK))
    assert "Al-Shabaab" in agent_texts(found)


def test_it_of_a_coordinated_clause_is_the_subject_the_clauses_share(nlp):
    text = (
        "Katibat al-Furqan was at first a wing of Ansar al-Sharia and fought in the 2014 Benghazi war, and it took part"
        " in many attacks on army checkpoints."
    )
    found = stated(events(nlp, text, EventType.ATTACK))
    agents = agent_texts(found)
    assert "it" not in agents
    assert "Katibat al-Furqan" in agents
    assert "Ansar al-Sharia" not in agents
