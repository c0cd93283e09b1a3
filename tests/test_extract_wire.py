"""Extraction on wire-style text written for these tests (datelines, claims, quantified agents)."""

from __future__ import annotations

import pytest
from helpers import events, target_texts

from kg.models import EventType

pytestmark = pytest.mark.model


def _events(nlp, text, *, date="2019-03-14"):
    return events(nlp, text, date=date)


def test_no_group_is_no_agent(nlp):
    [event] = _events(
        nlp, "No group immediately claimed responsibility for the car bombing in Kabul that wounded 12 civilians."
    )
    assert event.type is EventType.ATTACK and event.agent is None
    assert event.location is not None and event.location.span.text == "Kabul"


def test_a_date_is_never_a_location(nlp):
    events = _events(
        nlp, "The militant group Ansar Beit al-Maqdis pledged allegiance to the Islamic State in November 2014."
    )
    [allegiance] = [e for e in events if e.type is EventType.ALLEGIANCE]
    assert allegiance.location is None
    assert allegiance.time == "2014-11"
    assert allegiance.target.entity.wikidata == "Q2429253"


def test_relative_weekday_resolves_against_the_document_date(nlp):
    [event] = _events(nlp, "Taliban fighters stormed a police checkpoint in Kunduz province on Tuesday.")
    assert event.agent.entity.label == "Taliban"
    assert event.time == "2019-03-12"  # the Tuesday before Thursday 14 March 2019


def test_defector_group_left_and_side_joined(nlp):
    [event] = _events(nlp, "A senior commander of al-Shabaab defected to the Somali government last week.")
    assert event.type is EventType.DEFECTION
    assert event.target.entity.label == "al-Shabaab"
    assert event.to is not None and event.to.entity.label == "Somalia"


def test_metaphors_and_markets_are_not_events(nlp):
    assert (
        _events(
            nlp,
            "Opposition leader Jane Doe attacked the government's budget in a fiery speech, "
            "while investors bombarded tech shares.",
        )
        == ()
    )


def test_dated_datelines_never_become_subjects(nlp):
    # Wire leads carry the day of filing and long country names: the city is where the story was filed.
    for text, agent in (
        ("KISMAYO, Somalia, March 13 (Horn Cable) - Al-Shabaab fighters fired mortar shells at a base.", "al-Shabaab"),
        ("KYIV, Sept 5 (Reuters) - Russian forces attacked a power station overnight.", "Russia"),
        ("GOMA, Democratic Republic of Congo, Oct 27 (AP) - M23 rebels attacked an army post.", "M23"),
    ):
        [event] = [e for e in _events(nlp, text) if e.type is EventType.ATTACK]
        assert event.agent is not None and event.agent.entity.label == agent, text


def test_a_dateline_needs_its_dash():
    import spacy

    from kg.extract.nlp import _dateline_end

    nlp = spacy.blank("en")
    assert _dateline_end(nlp("KABUL, Sept 5 (Asia Desk) - A bomb exploded."), 0) == 9
    assert _dateline_end(nlp("NATO, the alliance, said - nothing."), 0) is None  # lowercase prose
    assert _dateline_end(nlp("ISIS-affiliated fighters attacked."), 0) is None


@pytest.mark.parametrize(
    "text, place",
    [
        ("JNIM militants ambushed an army convoy between Koumbri and Ouahigouya on Thursday.", "Koumbri"),
        ("Ethiopian warplanes bombed Tigrayan positions around Mekelle on Monday.", "Mekelle"),
    ],
)
def test_a_place_between_or_around_is_where_it_happened(nlp, text, place):
    (event,) = [e for e in _events(nlp, text) if e.type in (EventType.ATTACK, EventType.AIRSTRIKE)]
    assert event.location is not None and event.location.span.text == place


def test_a_misspelt_town_is_on_the_map_in_its_country(nlp):
    (event,) = _events(nlp, "Ethiopian warplanes bombed Tigrayan positions around Mekelle on Monday.")
    geo = event.location.entity.geo if event.location is not None else None
    assert geo is not None and geo.country_code == "ET" and geo.precision == 1  # GeoNames' "Mek'ele"


# News items as feeds and aggregators carry them: a headline, then the dateline and the story on one line.
HEADLINE_ITEMS = [
    (
        "Bus bomb kills 9 in Quetta (Reuters) Reuters - A bomb hidden in a bus exploded at a busy stand in "
        "the Pakistani city of Quetta on Monday, killing nine passengers, police said.",
        ("(Reuters) Reuters -", "A bomb hidden"),
    ),
    (
        "Gunmen storm guesthouse, 6 dead MOGADISHU (AP) -- Al-Shabaab fighters attacked a guesthouse near the "
        "airport in the Somali capital on Friday, killing six people before troops ended the siege.",
        ("MOGADISHU (AP) --", "Al-Shabaab fighters"),
    ),
    (
        "Drones hit militant camp in Yemen (AFP) - US drones struck a camp used by Al-Qaeda in the Arabian "
        "Peninsula in Shabwa province overnight, tribal sources said.",
        ("(AFP) -", "US drones"),
    ),
]
# Datelines with no agency: a place in capitals (and its country) before a dash.
BARE_DATELINE_ITEMS = [
    (
        "Helicopters fire missiles at car in Gaza GAZA CITY - Israeli helicopter gunships fired missiles at a car "
        "in the Gaza Strip on Monday, killing two Hamas militants, witnesses said.",
        ("GAZA CITY -", "Israeli helicopter gunships"),
    ),
    (
        "Jets pound rebel hideouts FALLUJA, Iraq - US warplanes struck suspected militant safehouses in the city "
        "overnight, the military said.",
        ("FALLUJA, Iraq -", "US warplanes"),
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen kill 4 in attack claimed by ISIS - the group said its fighters stormed a checkpoint near Kirkuk.",
        "Militants attack army post in North Waziristan - officials say 3 soldiers were killed.",
    ],
)
def test_a_name_in_capitals_before_a_dash_is_no_dateline_unless_it_is_a_place(nlp, text):
    from kg.extract.nlp import is_dateline

    assert not any(is_dateline(s) for s in nlp(text).sents)


@pytest.mark.parametrize(("text", "parts"), HEADLINE_ITEMS + BARE_DATELINE_ITEMS)
def test_a_headline_and_its_dateline_are_sentences_of_their_own(nlp, text, parts):
    from kg.extract.nlp import is_dateline, is_headline

    dateline, story = parts
    sents = list(nlp(text).sents)
    headline_end = text.index(dateline)
    assert is_headline(sents[0]) and sents[0].end_char <= headline_end
    [line] = [s for s in sents if is_dateline(s)]
    assert line.text == dateline and sents[sents.index(line) + 1].text.startswith(story)


@pytest.mark.parametrize(("text", "parts"), HEADLINE_ITEMS)
def test_a_headline_and_its_story_are_one_event_with_the_story_s_roles(nlp, text, parts):
    [event] = _events(nlp, text)
    story = text.index(parts[1])
    assert event.sentence.start == story  # the story's mention is the primary one
    assert len(event.evidence) == 2  # the headline's mention is kept as evidence
    names = {m.span.text for m in event.agents + event.targets}
    assert not names & {"Reuters", "AP", "AFP"}  # the agency is never a participant
    assert all(m.span.start >= story for m in event.agents + event.targets)


def test_the_headline_fills_a_role_the_story_leaves_empty(nlp):
    [event] = _events(
        nlp,
        "Taliban fighters storm police post in Helmand (Reuters) Reuters - A police post in southern Afghanistan "
        "came under heavy fire overnight and four officers were killed, a provincial spokesman said.",
    )
    assert event.agent is not None and event.agent.entity.label == "Taliban"
    assert "four officers" in {m.span.text for m in event.targets}


def test_a_name_and_its_abbreviation_before_a_dash_are_no_dateline(nlp):
    from kg.extract.nlp import is_dateline, is_headline

    doc = nlp(
        "Fighters of Hayat Tahrir al-Sham (HTS) - the strongest faction in Idlib - attacked an army post near "
        "Saraqeb on Sunday."
    )
    assert not any(is_dateline(s) or is_headline(s) for s in doc.sents)
    [event] = _events(nlp, doc.text)
    assert event.agent is not None and "Hayat Tahrir al-Sham" in event.agent.span.text


def test_a_dateline_opening_the_text_is_not_read_as_a_headline(nlp):
    from kg.extract.nlp import is_dateline, is_headline

    doc = nlp("MOGADISHU, Somalia (AP) \u2014 Al-Shabaab militants stormed a hotel near the palace late Saturday.")
    first = next(iter(doc.sents))
    assert is_dateline(first) and not is_headline(first)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Police used live ammunition against demonstrators in Khartoum, a doctors' union said.", "demonstrators"),
        ("Unknown men hurled a grenade at a police patrol in Srinagar on Friday evening.", "a police patrol"),
        ("Hamas fired rockets toward Israeli towns overnight, the army said.", "Israeli towns"),
    ],
)
def test_what_a_weapon_was_used_against_is_the_target(nlp, text, target):
    [event] = _events(nlp, text)
    assert [m.span.text for m in event.targets] == [target]


def test_a_weapon_used_at_a_time_has_no_target(nlp):
    [event] = _events(nlp, "Militants fired rockets at dawn on Sunday near the border, officials said.")
    assert event.targets == ()


@pytest.mark.parametrize(
    "text",
    [
        "Farmers blocked the highway near Ludhiana and burned effigies of the chief minister on Monday.",
        "Students set fire to copies of the new citizenship law outside the university gate.",
        "Opposition supporters burnt the party's flags and posters in Chittagong after the verdict.",
    ],
)
def test_what_protesters_burn_as_a_sign_is_no_attack(nlp, text):
    assert _events(nlp, text) == ()


def test_arson_against_a_building_is_still_an_attack(nlp):
    [event] = _events(nlp, "Gunmen set fire to a police station in Zamfara State before dawn, police said.")
    assert event.type is EventType.ATTACK and [m.span.text for m in event.targets] == ["a police station"]


def test_a_town_the_model_takes_for_a_person_is_retaken_as_a_place(nlp):
    events = _events(
        nlp,
        "Boko Haram fighters attacked the town of Baga in January, killing dozens. "
        "Nigerian troops recaptured Baga three weeks later, the army said.",
    )
    assert len(events) == 2
    retaken = events[1]
    assert [m.span.text for m in retaken.agents] == ["Nigerian troops"]
    assert [m.span.text for m in retaken.targets] == ["Baga"]


def test_a_person_recaptured_is_no_place_taken(nlp):
    assert _events(nlp, "Police recaptured Hassan two days after his escape from the prison.") == ()


def test_a_habitual_statement_is_not_merged_into_the_incident_told_next(nlp):
    events = _events(
        nlp,
        "Al-Shabaab has repeatedly attacked targets in Kenya. In September 2013, its gunmen stormed the Westgate "
        "mall in Nairobi, killing 67 people.",
    )
    assert [e.trigger.text for e in events] == ["attacked", "stormed"]
    assert events[1].time == "2013-09" and "the Westgate mall" in {m.span.text for m in events[1].targets}


# Headline and description joined into one line with a full stop, as aggregators and datasets carry them.
HEADLINE_ESE = [
    "Gunmen kill 12 worshippers at mosque in Zamfara. Gunmen on motorcycles opened fire on worshippers at a "
    "mosque in Maru local government area of Nigeria's Zamfara state during dawn prayers, police said.",
    "Cartel gunmen kill 10 at cockfight in Michoacan. Armed men burst into an illegal cockfighting ring in "
    "Zinapecuaro municipality and opened fire, killing ten people, state prosecutors said.",
    "Oil tanker attacked off Oman, operator blames drone. A tanker managed by a Greek firm was hit by a drone "
    "off the coast of Oman on Friday, killing two crew members, the operator said.",
    # A source's label before the headline, which the sentence splitter cuts off ("Somalia:").
    "Somalia: Al-Shabaab gunmen kill 6 at hotel in Kismayo. Armed men stormed a hotel in the port city and "
    "opened fire, killing six guests, police said.",
    "Nigerian police: Gunmen abduct, kill 3 farmers in Kaduna. Armed men stormed a farm near Kajuru on Sunday and "
    "shot dead three farmers, a police spokesman said.",
    # The headline's verb read as a noun by the small model ("claims beheading", "pledge loyalty").
    "Islamic State claims beheading of Niger village chief. The Islamic State said its fighters had beheaded a "
    "village chief near Tillaberi, in a statement on its Amaq agency.",
]


@pytest.mark.parametrize("text", HEADLINE_ESE)
def test_a_headline_in_headline_grammar_and_its_story_are_one_incident(nlp, text):
    from kg.extract.nlp import is_headline

    assert any(is_headline(sent) for sent in nlp(text).sents)
    [event] = _events(nlp, text)
    assert len(event.evidence) >= 2


@pytest.mark.parametrize(
    "text",
    [
        # A story's own first sentence: past tense, an article, an auxiliary; or nothing after it.
        "Gunmen killed 12 worshippers at a mosque in Zamfara. Police said the attackers fled on motorcycles.",
        "The army says it has retaken Baga. Residents returned to the town on Sunday.",
        "Gunmen kill 12 worshippers at mosque in Zamfara",
    ],
)
def test_a_story_sentence_is_no_headline(nlp, text):
    from kg.extract.nlp import is_headline

    first = next(iter(nlp(text).sents))
    assert not is_headline(first)


def test_the_headline_adds_the_participants_the_story_does_not_name(nlp):
    text = (
        "Drone strike kills two al-Shabaab commanders near Jilib. A US drone strike in Somalia's Middle Juba "
        "region killed two senior al-Shabaab commanders on Thursday, the US Africa Command said."
    )
    [event] = _events(nlp, text)
    targets = [m.span.text for m in event.targets]
    assert targets == ["two senior al-Shabaab commanders"]  # the headline's "two ... commanders" is the same


def test_datelines_with_a_colon_or_a_title_case_town():
    import spacy

    from kg.extract.nlp import _dateline_end

    nlp = spacy.blank("en")
    assert _dateline_end(nlp("SRINAGAR: Militants hurled a grenade."), 0) == 2
    assert _dateline_end(nlp("NEW DELHI, Jan 5: Police said."), 0) == 6
    assert _dateline_end(nlp("Imphal, Jun 12 (PTI) Suspected militants ambushed a patrol."), 0) == 7
    assert _dateline_end(nlp("Mogadishu (AFP) - Gunmen attacked a base."), 0) == 5
    assert _dateline_end(nlp("Peshawar, Pakistan — Gunmen shot a worker."), 0) == 4
    assert _dateline_end(nlp("UPDATE: Gunmen attacked a base."), 0) is None  # no town GeoNames knows
    assert _dateline_end(nlp("Mosul — once Iraq's second city — fell in 2014."), 0) is None  # no comma, no agency
    assert _dateline_end(nlp("Kabul: the view from the hills."), 0) is None  # a title-case town and a colon


# Feed items whose line breaks were flattened to backslashes, as some aggregators and news datasets carry them.
FLATTENED = (
    "Rebels attack town (Reuters) Reuters - Rebels in eastern Congo\\attacked the town of Bunia on Sunday,\\killing "
    "at least 12 civilians, a UN spokesman\\said."
)


def test_a_flattened_line_break_is_read_as_a_space_one_character_for_one():
    from kg.extract.pipeline import readable

    assert readable(FLATTENED) == FLATTENED.replace("\\", " ")
    assert readable("fines of \\$500,000") == "fines of \\$500,000"  # an escape, not a line break


def test_words_a_flattened_line_break_joined_are_read_apart(nlp):
    [event] = _events(nlp, FLATTENED)
    assert event.trigger.text == "attacked"
    assert "the town of Bunia" in target_texts([event])
    # Every span is the document's own text, backslashes and all (kg/extract/feedtext.py maps it back).
    assert event.sentence.text == FLATTENED[event.sentence.start : event.sentence.end]
