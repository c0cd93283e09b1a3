"""Headlines, feed items and single news sentences (docs/EXTRACTION.md, nineteenth pass): a headline's grammar for
what is not done (a future with "to", a yes-no question, a denied deed), an aim of a planned offensive, "storm" as
a rush to a result, cyber attacks named by their means, and a stabbing told in a sentence of sport.  Each negative
reading has its near-miss positive.  Sentences written for these tests, after the rules, in a voice of their own."""

from __future__ import annotations

import pytest
from helpers import events

from kg.models import EventType

pytestmark = pytest.mark.model

ATTACKS = (EventType.ATTACK, EventType.AIRSTRIKE)


def _asserted(nlp, text):
    """The attacks kg reads in ``text`` as done: asserted or inspired, and not negated."""
    found = events(nlp, text, *ATTACKS)
    return [e for e in found if e.modality.value in ("asserted", "inspired") and not e.negated]


@pytest.mark.parametrize(
    "text",
    [
        "Thai army to launch offensive in Yala, general says",  # a headline's future: subject, "to", verb
        "Rebels to attack capital within days",
        "Did Turkey shell Kurdish villages near Afrin?",  # a yes-no question
        "Moscow denies air raid on Aleppo hospital",  # a deed named as what is denied
        "The navy denied reports that its boats had rammed a fishing vessel and shot two fishermen.",
        "The army is readying an offensive to recapture the border town of Kamdesh.",  # what a planned offensive is for
    ],
)
def test_a_headline_future_question_or_denial_tells_no_attack(nlp, text):
    assert not _asserted(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Why did Turkey shell Kurdish villages near Afrin?",  # a wh-question takes the shelling as done
        "The Taliban denied the bombing of the Kabul hotel, which killed 18 guests.",  # the bombing the story told
        "The army launched an offensive to recapture Kamdesh on Monday.",  # the aim of an offensive that was launched
        "He was the first commander to attack the town.",  # an infinitive on a noun that is no headline's subject
    ],
)
def test_the_near_misses_stay_attacks(nlp, text):
    assert _asserted(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Nadal storms into Monte Carlo final",
        "Shares storm higher after rate cut",
        "Celtic storm back to beat Hearts",
        "Estonian banks hit by hacker attack",
        "A hacking group claimed a denial-of-service assault on the tax office website.",
        "United slaughtered the Rangers 6-0 in the league match.",
    ],
)
def test_a_rush_to_a_result_or_a_cyber_attack_is_no_attack(nlp, text):
    assert not events(nlp, text, *ATTACKS)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed into a church in Garissa and opened fire on worshippers.",  # "into" a place
        "Militants stormed back into the town of Damboa on Sunday.",
        "A bomb attack hit the offices of a computer firm in Lagos, killing a guard.",  # "computer" is not the means
        "Hooligans stabbed two rival fans outside the stadium after the match.",  # violence in a sentence of sport
    ],
)
def test_a_real_attack_in_words_of_sport_or_computers_stays_an_attack(nlp, text):
    assert _asserted(nlp, text)


@pytest.mark.parametrize(
    ("text", "dateline", "story"),
    [
        (
            "Car bomb hits police academy DERA ISMAIL KHAN, Pakistan (Reuters) - A car bomb exploded at the gate of "
            "a police training school on Monday, killing five recruits, officials said.",
            "DERA ISMAIL KHAN, Pakistan (Reuters) -",
            "A car bomb",
        ),
        (
            "Gang members kill two officers PORT-AU-PRINCE, Haiti - Gang members ambushed a police patrol in the "
            "Martissant district on Friday and shot dead two officers, a police spokesman said.",
            "PORT-AU-PRINCE, Haiti -",
            "Gang members ambushed",
        ),
        (
            "Rebels overrun army base SAN JOSE DEL GUAVIARE, Colombia (AFP) - Guerrillas overran a small army base "
            "before dawn, killing four soldiers, the defence ministry said.",
            "SAN JOSE DEL GUAVIARE, Colombia (AFP) -",
            "Guerrillas overran",
        ),
    ],
)
def test_a_dateline_with_a_town_of_several_words_or_a_country_parts_headline_from_story(nlp, text, dateline, story):
    from kg.extract.nlp import is_dateline, is_headline

    sents = list(nlp(text).sents)
    [line] = [s for s in sents if is_dateline(s)]
    assert line.text == dateline and is_headline(sents[0]) and sents[0].end_char <= text.index(dateline)
    assert sents[sents.index(line) + 1].text.startswith(story)


@pytest.mark.parametrize(
    ("text", "asserted"),
    [
        ("The opposition deputy dismissed rumours that she was about to defect to the ruling party.", False),
        ("Local papers say the mayor is on the verge of crossing over to the governing coalition.", False),
        ("About 200 fighters defected to the army in Beni on Friday.", True),  # "about" a number, no imminence
        ("The mayor crossed over to the governing coalition about a year ago.", True),
    ],
)
def test_a_change_of_side_about_to_happen_is_not_told_as_done(nlp, text, asserted):
    found = events(nlp, text, EventType.DEFECTION)
    assert found and any(e.modality.value == "asserted" and not e.negated for e in found) is asserted


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "DERA ISMAIL KHAN, Pakistan - Militants stormed a jail overnight and freed more than 200 prisoners.",
            "DERA ISMAIL KHAN",
        ),
        ("PORT-AU-PRINCE, Haiti - Gunmen shot dead two police officers on Tuesday, police said.", "PORT-AU-PRINCE"),
        ("KABUL (AP) - Gunmen attacked a guest house overnight, police said.", "KABUL"),
    ],
)
def test_a_dateline_s_town_of_several_words_is_the_place_whole(nlp, text, place):
    [event] = events(nlp, text, *ATTACKS)
    assert event.location is not None and event.location.span.text == place


def test_a_header_in_capitals_is_no_town_of_several_words(nlp):
    from kg.extract.datelineplaces import town_end

    doc = nlp("MINISTRY OF DEFENCE - Gunmen attacked an army post overnight.")
    assert town_end(doc[0]).text == "MINISTRY"  # no place GeoNames knows: the first word, as before


@pytest.mark.parametrize(
    ("text", "attack"),
    [
        ("Bus drivers in Lagos went on strike on Monday. The strike left thousands of commuters stranded.", False),
        ("Traders shut their shops in Mombasa in a strike called by the opposition coalition.", False),
        # the near misses: a strike that hits something, after a walk-out told before it
        ("Bus drivers went on strike on Monday. The strike on the army base killed 12 soldiers, officials said.", True),
        ("Dockers went on strike in Aden. Hours later a coalition air strike hit the port, killing four.", True),
    ],
)
def test_the_strike_after_a_walkout_is_the_walkout(nlp, text, attack):
    assert bool(_asserted(nlp, text)) is attack
