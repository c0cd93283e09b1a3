"""Scraped news pages: page furniture reads as no sentence, and a series told again by its kind of deed is one
incident (issue 14, eighteenth pass; kg/extract/furniture.py).

Texts written for these tests in the shape of news pages flattened to text: timestamps, "Advertisement", "Read
More", share buttons, video boxes, galleries with "Hide Caption N of M", image credits and captions, links to
other stories, bylines and credits, among the story's own sentences; near misses where the same words are the story
("Related: the same day, fighters attacked ...", a live blog's own title, a sentence that begins "Watch").
"""

from __future__ import annotations

import pytest
from helpers import agent_texts, attacks_told, events

from kg.extract.furniture import is_furniture

pytestmark = pytest.mark.model


def _furniture(nlp, text: str) -> list[str]:
    return [sent.text for sent in nlp(text).sents if is_furniture(sent)]


@pytest.mark.parametrize(
    ("text", "furniture"),
    [
        (
            "Updated 0415 GMT (1215 HKT) June 2, 2018 (CNN) -- Gunmen attacked a bus in Dangila on Friday.",
            "Updated 0415 GMT (1215 HKT) June 2, 2018",
        ),
        ("Militants shelled the port on Monday. Advertisement Officials said four people died.", "Advertisement"),
        ("Read More Fighters overran the post at Kuru, the army said.", "Read More"),
        ("The town was quiet. Share this with Facebook Share this with Twitter", "Share this with Twitter"),
        (
            "Police sealed the area. JUST WATCHED Witness describes blast MUST WATCH The bomb went off at noon.",
            "JUST WATCHED Witness describes blast MUST WATCH",
        ),
        (
            "Photos: Wars of the century Hide Caption 3 of 20 Photos: Wars of the century Soldiers storm a beach. "
            "Hide Caption 4 of 20 Rebels attacked Kasongo on Sunday.",
            "Photos: Wars of the century Soldiers storm a beach.",
        ),
        (
            "Image copyright Reuters Image caption Smoke over the city after the raid Jets struck a depot in Hodan.",
            "Image caption Smoke over the city after the raid",
        ),
        (
            "Image copyright EPA Image caption Dozens died in the blasts in Kirova The agency said militants detonated "
            "a car bomb.",
            "Image caption Dozens died in the blasts in Kirova",
        ),
        (
            "Related: Who are the Kurdish fighters? The rebels seized Tal Abyad in June.",
            "Related: Who are the Kurdish fighters?",
        ),
        (
            "Watch: Inside the siege of Tarvan Fighters have held the hills since March.",
            "Watch: Inside the siege of Tarvan",
        ),
        ("Fighters stormed the post. Follow @WorldDesk for the latest.", "Follow @WorldDesk for the latest."),
        ("By Maria Olsen and Tom Reyes, Reuters", "By Maria Olsen and Tom Reyes, Reuters"),
    ],
)
def test_page_furniture_is_a_sentence_of_its_own(nlp, text, furniture):
    assert furniture in _furniture(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a link's label that opens a sentence of the story
        "Related: the same day, fighters attacked a gendarmerie post at Kofila, 40 km to the west.",
        # a live blog's own title tells the story
        "Live: Rebels attack Goma airport. 09:12 - Fighters entered the airport perimeter overnight.",
        # the word without its label's colon
        "Watch towers along the border were shelled overnight, the army said.",
        "Read the statement: the group said its fighters attacked the convoy.",
    ],
)
def test_the_story_is_no_furniture(nlp, text):
    assert _furniture(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a gallery of history between the story's sentences
        "Hide Caption 7 of 23 Photos: The long war A soldier fires at a village in 1968. Hide Caption 8 of 23 "
        "Officials met in the capital on Monday to discuss the budget.",
        # a link to another story
        "The ministers met on Tuesday. Related: Gunmen kill 12 in market attack",
        # a video's title
        "JUST WATCHED Air strikes pound rebel town MUST WATCH The talks resumed in Geneva on Thursday.",
    ],
)
def test_furniture_tells_no_event(nlp, text):
    assert attacks_told(nlp, text) == []


def test_a_timestamp_is_no_doer(nlp):
    text = "Updated 2138 GMT (0538 HKT) March 16, 2022 Russian aircraft bombed the theatre in Korvo on Wednesday."
    assert "Updated 2138 GMT" not in agent_texts(events(nlp, text))


def test_a_series_told_again_by_its_kind_of_deed_is_one_incident(nlp):
    text = (
        "A series of bombings struck three churches in Varna province on Sunday, killing 60 people. The blasts went "
        "off within minutes of each other, police said."
    )
    assert len(attacks_told(nlp, text)) == 1


def test_two_series_of_other_deeds_stay_apart(nlp):
    text = (
        "A series of bombings struck three churches in Varna province on Sunday, killing 60 people. On Monday "
        "gunmen opened fire on a bus in Kodra, killing four."
    )
    assert len(attacks_told(nlp, text)) == 2


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Government regains territory: On 2 October 2022, government forces recaptured Korvan (Dorra, Tessal) "
            "from the Sorava Brigades. Fatalities: 0.",
            "Government regains territory:",
        ),
        (
            "Air/drone strike: On 7 February 2022, the air force struck rebel positions near Marsa (Marsa, Dorra). "
            "Fatalities: 10.",
            "Air/drone strike:",
        ),
    ],
)
def test_a_monitor_s_event_type_label_is_no_sentence_of_the_note(nlp, text, label):
    """A conflict monitor's event-type label before its note is furniture: "Government regains territory:" names no
    doer of the recapture (the government forces do) and "territory" is not what was taken."""
    assert label in _furniture(nlp, text)
    found = attacks_told(nlp, text)
    assert len(found) == 1 and not any(m.span.text in ("Government", "Air") for m in found[0].agents)
    assert "territory" not in {m.span.text for m in found[0].targets}


def test_a_label_inside_a_sentence_is_the_story(nlp):
    text = "Officials said the Attack: a new unit would patrol the road. Rebels attacked Korvan on Monday."
    assert _furniture(nlp, text) == []
