"""Headline items and wire briefs written for these tests: a title-case headline, sometimes with the outlet in
parentheses, and a one-sentence description opening with an agency's slug ("Reuters - ", "AFP - ")."""

from __future__ import annotations

import pytest
from helpers import agent_texts, events, stated, target_texts

from kg.extract import nlp as kg_nlp
from kg.extract.headcase import sentence_case
from kg.models import EventType

pytestmark = pytest.mark.model

DATE = "2005-03-08"


def _stated(nlp, text):
    return stated(events(nlp, text, date=DATE))


# --- an agency's slug is a dateline, never part of the lead's subject nor a place --------------------------------


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "Rebels Ambush Army Patrol Near Kitchanga\nReuters - Hutu rebels ambushed an army patrol near the town "
            "of Kitchanga on Sunday, killing six soldiers, the army said.",
            "Hutu rebels",
        ),
        (
            "Gunmen Kill Five at Roadblock\nAP - Gunmen opened fire on a police roadblock outside Bentiu late "
            "Monday, killing five officers, officials said.",
            "Gunmen",
        ),
        (  # the headline and its description on one line
            "Militants Torch Clinic in Dolow AFP - Suspected militants set fire to a health clinic in the border "
            "town of Dolow on Friday, residents said.",
            "Suspected militants",
        ),
    ],
)
def test_an_agency_slug_opens_the_story(nlp, text, agent):
    found = _stated(nlp, text)
    assert found, text
    doers = agent_texts(found)
    assert agent in doers
    assert not any(word in d for d in doers for word in ("Reuters", "AFP", "AP -"))
    assert all(e.location is None or e.location.span.text not in ("Reuters", "AFP", "AP") for e in found)


def test_a_slug_names_no_place_of_filing(nlp):
    doc = nlp("AFP - Rebels shelled the town overnight, witnesses said.")
    dateline = next(iter(doc.sents))
    assert kg_nlp.is_dateline(dateline) and dateline.text.strip() == "AFP -"
    assert kg_nlp.filing_place(dateline) is None


@pytest.mark.parametrize(
    "text",
    [
        "Reuters reported on Monday that the talks would resume in Geneva.",  # the agency as a subject
        "Shares in Reuters - the news agency - rose 3 percent on Tuesday.",  # a dash after the name, lower case before
    ],
)
def test_an_agency_named_in_prose_is_no_slug(nlp, text):
    doc = nlp(text)
    assert not any(kg_nlp.is_dateline(sent) for sent in doc.sents)


# --- a title-case headline is read as if in sentence case -------------------------------------------------------


@pytest.mark.parametrize(
    ("headline", "verb"),
    [
        ("Gunmen Storm Police Station in Kandahar", "Storm"),
        ("US Jets Pound Rebel Positions in Falluja", "Pound"),
        ("Insurgents Shell Green Zone, Wound Three", "Shell"),
        ("Kurdish Fighters Seize Town From Islamic State", "Seize"),
    ],
)
def test_a_title_case_headline_has_its_verb(nlp, headline, verb):
    """The verb heads the headline with its subject and object ("Storm" may stay a noun to the tagger)."""
    doc = nlp(headline + "\nReuters - The attack began at dawn, officials said.")
    [token] = [t for t in doc if t.text == verb]
    labels = {c.dep_ for c in token.children}
    assert token.dep_ == "ROOT" and {"nsubj", "dobj"} <= labels, [(t.text, t.tag_, t.dep_) for t in doc]
    assert not any(token in e for e in doc.ents)


def test_names_keep_their_capitals(nlp):
    doc = nlp("Gunmen Raid Village in Zorgho, Kill Nine\nOUAGADOUGOU (AFP) - Armed men raided a village on Sunday.")
    sent = next(iter(doc.sents))
    words = sentence_case(sent, nlp.get_pipe("kg_headline_case").words)
    assert words is not None
    assert "Zorgho" in words and "village" in words and "kill" in words and words[0] == "gunmen"
    assert doc.text.startswith("Gunmen Raid Village in Zorgho")  # the text and its offsets are untouched


def test_the_story_says_which_words_are_names(nlp):
    doc = nlp("Blair Under Fire Over Iraq Dossier\nLONDON (Reuters) - Prime Minister Tony Blair came under fire.")
    words = sentence_case(next(iter(doc.sents)), nlp.get_pipe("kg_headline_case").words)
    assert words is not None and words[0] == "Blair" and "fire" in words and "dossier" in words


@pytest.mark.parametrize(
    "text",
    [
        "Taliban fighters stormed a police post in Helmand on Sunday.",  # sentence case: nothing to reread
        "Islamic State West Africa Province",  # a name in capitals, no headline
    ],
)
def test_no_rereading_without_a_title_case_headline(nlp, text):
    doc = nlp(text)
    assert sentence_case(next(iter(doc.sents)), nlp.get_pipe("kg_headline_case").words) is None


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("Rebels Ambush Army Convoy Near Bunagana", "Rebels", "Army Convoy"),
        ("Maoists Blow Up Railway Track in Jharkhand", "Maoists", "Railway Track"),
        ("Kurdish Fighters Seize Town From Islamic State", "Kurdish Fighters", "Islamic State"),
    ],
)
def test_a_title_case_headline_alone_has_its_roles(nlp, text, agent, target):
    found = _stated(nlp, text)
    assert agent in agent_texts(found), found
    assert target in target_texts(found), found


@pytest.mark.parametrize(
    "text",
    [
        "Yankees Blast Red Sox 12-3\nNEW YORK (AP) - Alex Rodriguez hit two home runs as the Yankees routed the "
        "Red Sox 12-3 on Tuesday night.",
        "Chelsea Destroy Newcastle 4-0\nLONDON (Reuters) - Chelsea destroyed Newcastle United 4-0 at Stamford "
        "Bridge on Saturday to go top of the league.",
    ],
)
def test_sport_headlines_stay_negatives(nlp, text):
    assert not _stated(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Typhoon Haiyan pounded the central Philippines on Friday, killing at least 100 people.",
        "A powerful storm pounded the coast of Bangladesh overnight.",
    ],
)
def test_a_storm_is_nobodys_attack(nlp, text):
    assert not _stated(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tornado GR4s attacked a terrorist-held building in Ramadi.",
        "Two Typhoon jets attacked a weapons cache near Raqqa.",
    ],
)
def test_aircraft_named_like_storms_still_strike(nlp, text):
    [event] = _stated(nlp, text)
    assert event.type is EventType.AIRSTRIKE


def test_troops_still_pound_positions(nlp):
    [event] = _stated(nlp, "Government troops pounded rebel positions near Kidal on Friday.")
    assert agent_texts([event]) == {"Government troops"}


# --- the headline and its story are one incident ----------------------------------------------------------------


def test_a_count_in_words_is_no_participant(nlp):
    [event] = _stated(
        nlp,
        "Gunmen Raid Village in Zorgho, Kill Nine\nOUAGADOUGOU (AFP) - Armed men on motorbikes raided the village "
        "of Tankoualou near Zorgho on Sunday, killing nine civilians, local sources said.",
    )
    assert "nine civilians" in target_texts([event])
    assert "Nine" not in target_texts([event])


def test_a_clash_in_the_headline_and_the_story_is_one_event(nlp):
    found = _stated(
        nlp,
        "Warlord's Men Clash With Police in Jowhar\nMOGADISHU (AFP) - Militiamen loyal to a local warlord clashed "
        "with police in the town of Jowhar on Saturday, leaving six dead, witnesses said.",
    )
    [clash] = [e for e in found if e.type is EventType.ATTACK]
    assert {"Militiamen", "police"} <= agent_texts([clash]) and {"Militiamen", "police"} <= target_texts([clash])


def test_a_title_line_is_one_headline(nlp):
    """A title the parser would cut at its comma ("Air strikes hit rebel-held Idlib, | 15 dead") is one sentence, so
    the story's air strike is the headline's, not a second event."""
    text = (
        "Air strikes hit rebel-held Idlib, 15 dead\nBEIRUT (Reuters) - Syrian and Russian warplanes bombed "
        "rebel-held towns in Idlib province on Monday, killing 15 civilians, a war monitor said."
    )
    doc = nlp(text)
    assert next(iter(doc.sents)).text == "Air strikes hit rebel-held Idlib, 15 dead"
    [strike] = _stated(nlp, text)
    assert strike.type is EventType.AIRSTRIKE
    assert "Syrian and Russian warplanes" in agent_texts([strike])


def test_a_long_first_line_is_left_to_the_parser(nlp):
    text = (
        "Gunmen attacked a bus near the town of Kabo on Sunday. They killed the driver and two passengers, "
        "and then they set the bus on fire before fleeing.\nThe army said it had sent troops to the area."
    )
    assert len(list(nlp(text).sents)) >= 3


def test_the_headline_says_where_when_the_story_only_says_where_it_was_filed(nlp):
    [event] = _stated(
        nlp,
        "Rebel commander defects to government in Darfur\nKHARTOUM (AFP) - A senior commander of the Sudan "
        "Liberation Army defected to the government with 200 fighters, state media said on Sunday.",
    )
    assert event.type is EventType.DEFECTION
    assert event.location is not None and event.location.span.text == "Darfur"


def test_the_story_says_where_when_it_names_a_place(nlp):
    [event] = _stated(
        nlp,
        "Militants attack army post in Sinai\nCAIRO (Reuters) - Islamist militants attacked an army checkpoint "
        "near El Arish on Thursday, killing 10 soldiers, security sources said.",
    )
    assert event.location is not None and event.location.span.text == "El Arish"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Convoy attacked near Gao; three dead\nBAMAKO (Reuters) - Gunmen opened fire on a supply convoy near Gao "
            "on Monday, killing three drivers, a UN spokesman said.",
            "a supply convoy",
        ),
        (
            "Police post attacked in Tillaberi\nNIAMEY (AFP) - Suspected jihadists attacked a police post in the "
            "village of Petelkole overnight, the interior ministry said.",
            "a police post",
        ),
    ],
)
def test_a_bare_participle_in_a_headline_says_what_was_attacked(nlp, text, target):
    [event] = _stated(nlp, text)
    assert target in target_texts([event])
    assert not agent_texts([event]) & {"Convoy", "Police post"}


@pytest.mark.parametrize(
    "text",
    [
        "Convoy attacked near Gao; three dead. Gunmen opened fire on a supply convoy near Gao on Monday, killing "
        "three drivers, a UN spokesman said.",
        "Mortar shells hit Aleppo district, 5 dead. Mortar shells fired by rebels hit a residential district of "
        "Aleppo on Sunday, killing five civilians, state media said.",
    ],
)
def test_a_headline_with_a_past_looking_verb_and_its_story_on_one_line_are_one_event(nlp, text):
    assert len(_stated(nlp, text)) == 1


def test_a_first_sentence_told_in_the_past_is_no_headline(nlp):
    doc = nlp("Fighting erupted in Tripoli on Monday. Rival militias traded fire near the airport.")
    assert not kg_nlp.is_headline(next(iter(doc.sents)))


def test_an_armed_subject_of_a_past_verb_in_a_headline_is_still_the_doer(nlp):
    found = _stated(
        nlp,
        "Taliban attacked overnight in Kunduz\nKABUL (Reuters) - Taliban fighters attacked checkpoints around "
        "Kunduz city overnight, killing four policemen, officials said.",
    )
    assert found and "Taliban fighters" in agent_texts(found)


# --- business wire copy with war words ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Microsoft Fires Back at EU Regulators\nBRUSSELS (Reuters) - Microsoft Corp. hit back at European Union "
        "antitrust regulators on Wednesday, saying their ruling would hurt consumers.",
        "Oil Prices Explode Past $50 a Barrel\nLONDON (Reuters) - Oil prices shot past $50 a barrel on Tuesday as "
        "supply worries gripped markets.",
        "Intel Takes Aim at AMD With New Chip\nSAN FRANCISCO (Reuters) - Intel Corp. launched a new processor on "
        "Monday in a bid to fight back against rival Advanced Micro Devices.",
    ],
)
def test_firms_and_prices_attack_nobody(nlp, text):
    assert not _stated(nlp, text)


def test_a_firm_attacked_by_gunmen_is_still_attacked(nlp):
    found = _stated(
        nlp,
        "Gunmen Attack Oil Firm Office\nPORT HARCOURT, Nigeria (Reuters) - Gunmen attacked the offices of Shell "
        "Petroleum Development Co. in the Niger Delta on Monday, killing two guards, the company said.",
    )
    assert found and "Gunmen" in agent_texts(found)
