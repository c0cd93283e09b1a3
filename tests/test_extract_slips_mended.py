"""Roles the small model's slips broke, read again (issue 14, twentieth pass, the lead): a name the NER cut at its
"of" or at an article ("the Federal Government of" + "Somalia", "the house of a" + "BJP leader"), an adjective the
parser made the subject ("Heavy shelling forced ..."), the one a causing verb makes act ("prompting officers to use
tear gas"), and "it" for a body told by a common noun ("The brigade was formed in 2012. In 2014 it joined ...").
Sentences written for these tests in the styles of military pages, protest news and encyclopaedic pages."""

from __future__ import annotations

import pytest
from helpers import agent_texts, events, stated, target_texts

from kg.models import EventType

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "The Federal Government of Somalia, with AFRICOM, conducted an airstrike near Jilib on 3 March.",
            "The Federal Government of Somalia",
        ),
        (
            "The Ministry of Defence of the Republic of Tarvonia said its units repelled an attack near Ostrava.",
            None,
        ),
    ],
)
def test_a_name_cut_at_its_of_runs_on_to_the_name_after_it(nlp, text, doer):
    found = stated(events(nlp, text))
    assert found
    assert all(not m.span.text.endswith(" of") for e in found for m in (*e.agents, *e.targets))
    if doer is not None:
        assert doer in agent_texts(found)


def test_a_target_cut_at_its_article_runs_on_to_its_noun(nlp):
    found = stated(events(nlp, "Unidentified men hurled petrol bombs at the house of a BJP leader in Kannur."))
    assert "the house of a BJP leader" in target_texts(found)


@pytest.mark.parametrize(
    "text",
    [
        "Heavy shelling forced the rebels to withdraw from the town of Kfar Amin.",
        "Intense fighting forced hundreds of families to flee Ras Kamboni.",
    ],
)
def test_an_adjective_the_parser_made_the_subject_is_no_doer(nlp, text):
    found = stated(events(nlp, text, EventType.ATTACK))
    assert all(m.span.text.lower() not in ("heavy", "intense") for e in found for m in e.agents)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Farmers broke through the barricades at Shambu, prompting officers to use tear gas on them.", "officers"),
        ("The march turned violent near the square, forcing police to fire tear gas at the crowd.", "police"),
    ],
)
def test_a_causing_verb_makes_its_object_the_doer(nlp, text, doer):
    found = stated(events(nlp, text, EventType.ATTACK))
    assert found and agent_texts(found) == {doer}


@pytest.mark.parametrize(
    ("text", "pledger"),
    [
        ("The brigade was formed in 2012 by army deserters. In 2014 it joined the Islamic Front.", "The brigade"),
        (
            "The Liwa al-Haqq brigade was formed in 2012. In 2014 it pledged allegiance to the Islamic State.",
            "The Liwa al-Haqq brigade",
        ),
        ("The militia was founded by tribal elders in 2016. It later joined the Islamic State.", "The militia"),
    ],
)
def test_it_stands_for_a_body_told_by_a_common_noun(nlp, text, pledger):
    found = stated(events(nlp, text, EventType.ALLEGIANCE))
    assert found and agent_texts(found) == {pledger}


def test_it_for_a_thing_is_still_the_thing_attacked(nlp):
    text = "Soldiers escorted the convoy out of Tessit. It was ambushed near Kidal on Sunday."
    found = stated(events(nlp, text, EventType.ATTACK))
    assert found and "the convoy" in target_texts(found)


def test_the_sides_of_fighting_hung_on_its_time_phrase(nlp):
    text = "A military source in Goma said clashes had been going on for several days between the FDLR and the army."
    found = stated(events(nlp, text, EventType.ATTACK))
    assert found and {"the FDLR", "the army"} <= agent_texts(found)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("The chilling video of a Marine shooting a wounded man in a mosque in Ramadi dominated the news.", "a Marine"),
        ("Footage of soldiers beating protesters in Harare was shared widely on Tuesday.", "soldiers"),
    ],
)
def test_a_medium_of_someone_doing_a_deed_gives_its_doer(nlp, text, doer):
    found = stated(events(nlp, text, EventType.ATTACK))
    assert found and agent_texts(found) == {doer}
