"""Who did it and to whom, classed on four writers (issue 14, sixteenth pass): the people a list of weapons was fired
at or used on, a crowd that was hit, a clause with its own subject that is no purpose, and the groups "the attackers"
and "they" never stand for (a place, a site, a body that only reports, the owner of a group named in apposition).
Sentences written for these tests, with invented names; none is taken from a gold set."""

from __future__ import annotations

import pytest
from helpers import attacks_told, has_text, target_texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "target", "not_target"),
    [
        (
            "Police used pepper spray, rubber bullets and batons on students protesting the closure of the university "
            "near Beyazit, injuring dozens, the bar association said.",
            "students",
            "",
        ),
        (
            "Riot police used water cannon and pepper spray against protesters outside parliament for the third night.",
            "protesters",
            "",
        ),
        (
            "Police fired tear gas and live ammunition at demonstrators protesting the vote in the Chamanculo "
            "neighbourhood, killing two.",
            "demonstrators",
            "ammunition",
        ),
        (
            "Police fired live rounds and tear gas at crowds protesting the results of the vote, killing at least two "
            "people.",
            "crowds",
            "",
        ),
        ("Soldiers fired live rounds at the crowd, killing three.", "the crowd", ""),
    ],
)
def test_whom_a_list_of_weapons_was_aimed_at(nlp, text, target, not_target):
    found = attacks_told(nlp, text)
    assert has_text(target_texts(found), target), (target, target_texts(found))
    assert not not_target or not has_text(target_texts(found), not_target)


@pytest.mark.parametrize(
    ("text", "not_target"),
    [
        ("Police fired tear gas to disperse a protest in Kisumu-Ndogo, injuring four.", "a protest"),
        ("Police used tear gas and water cannon on Tuesday to break up the march, injuring six.", "Tuesday"),
    ],
)
def test_no_target_from_a_gathering_or_a_date(nlp, text, not_target):
    assert not has_text(target_texts(attacks_told(nlp, text)), not_target)


def _doer_labels(nlp, text: str) -> set[str]:
    return {m.entity.label for e in attacks_told(nlp, text) for m in e.agents}


@pytest.mark.parametrize(
    ("text", "not_label"),
    [
        (
            "Gunmen killed 14 people at the Tanko-Dare cattle market in Kwande state on Friday, according to the Benue "
            "Vigilance Corps. The attackers fled on motorcycles after burning the market.",
            "Tanko",
        ),
        (
            "Gunmen killed 14 people at the Tanko-Dare cattle market in Kwande state on Friday, according to the Benue "
            "Vigilance Corps. The attackers fled on motorcycles after burning the market.",
            "Benue Vigilance Corps",
        ),
        (
            "Gunmen attacked the village of Maru-Dange in Zanfara state on Sunday. They burned granaries and killed "
            "six farmers, residents said.",
            "Zanfara",
        ),
        (
            "The Harmat Valley Security Council confirms that an armed gang opened fire on a bus near Dolo on Monday. "
            "The attackers escaped into the hills.",
            "Harmat Valley Security Council",
        ),
    ],
)
def test_a_place_or_a_reporter_is_no_doer_a_reference_stands_for(nlp, text, not_label):
    assert not_label not in _doer_labels(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police blamed the Kel Tamasheq Union for the ambush near Dolo. The attackers fled into the hills after "
        "killing two guards.",
        "The Kel Tamasheq Union has operated near Dolo for a decade. On Monday the attackers killed two guards at a "
        "checkpoint outside the town.",
    ],
)
def test_a_reference_still_stands_for_the_group_told(nlp, text):
    assert "Kel Tamasheq Union" in _doer_labels(nlp, text)


def test_the_group_an_offshoot_is_named_by_stands_for_the_doer(nlp):
    text = (
        "MAIDUGURI — A suicide bomber killed 12 people at a market in Konduga-Gari on Tuesday, police said. No group "
        "claimed the attack, but Boko Haram's Islamic State-allied offshoot, ISWAP, has carried out similar bombings "
        "in the area. The bomber detonated her explosives as traders were closing their stalls."
    )
    labels = _doer_labels(nlp, text)
    assert "Boko Haram" not in labels, labels
    assert not has_text(target_texts(attacks_told(nlp, text)), "stalls")


def test_a_group_named_as_the_subject_still_acts_through_its_members(nlp):
    text = (
        "ISWAP fighters, loyal to the Islamic State, stormed an army base near Marte-Gana on Monday. The attackers "
        "burned four trucks before withdrawing."
    )
    assert "Islamic State West Africa Province" in _doer_labels(nlp, text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Police fired tear gas to disperse protesters outside the Kisumu-Ndogo market.", "protesters"),
        ("The bomber detonated her explosives at the gate as traders were closing their stalls.", "the gate"),
    ],
)
def test_a_purpose_is_aimed_at_a_clause_with_a_subject_is_not(nlp, text, target):
    assert has_text(target_texts(attacks_told(nlp, text)), target)


def test_a_second_clause_with_its_own_subject_aims_no_weapon(nlp):
    text = (
        "The police in Kisumu used tear gas to break up a march by supporters of the opposition, and demonstrators "
        "threw stones at officers."
    )
    found = [e for e in attacks_told(nlp, text) if any(m.span.text.endswith("police") for m in e.agents)]
    assert not has_text(target_texts(found), "officers")
