"""Events the text says did not happen, or only planned, from frames beside the governing chain
(kg.extract.realis), and events a relative clause presupposes.  Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events, stated

from kg.models import EventType

pytestmark = pytest.mark.model

UNREAL = [
    # an order or call refused
    "Two pilots who refused orders to bomb the marchers in Tessaly were court-martialled.",
    "The sergeant refused an order to fire on the crowd in Mirabad and was detained.",
    "Villagers praised the captain's refusal to shell the Orvek market.",
    "Guardsmen who defied instructions to open fire on students at Kinsa University were dismissed.",
    # a report called untrue
    "The air force dismissed as fabricated claims that its jets bombed a clinic in Tel Varra.",
    "Claims that the Qorvan militia attacked the Belu refugee camp were false, a UN spokesman said.",
    "The Hasso Brigade dismissed as propaganda reports that its fighters had ambushed a convoy near Ruzi.",
    "A rumour that gunmen had stormed the Lokana mission spread on Sunday; police said the report was baseless.",
    # the occurrence itself denied
    "The assault on Gerdan that residents had feared never came.",
    "The offensive on the port of Amsel, announced in May, never took place.",
    "Unidentified men seized nine passengers from a minibus near Dulo on Friday; no shots were fired.",
    "Instead of storming the Kafra barracks, the insurgents withdrew towards the hills.",
    "The offensive against the Tomo Front was cancelled after the truce.",
    # a report a later sentence calls false
    "A video circulating online said fighters of the Sabor Legion had shelled a school in Marovka. "
    "The regional governor said the video was fake.",
    # what a plan or document provides for
    "The plan envisaged air strikes on insurgent camps near Velky Brod.",
    "The draft resolution included air strikes on the Kesh airfield.",
    # called on to do it
    "In an audio message, the emir called on fighters everywhere to pledge allegiance to the Dawla of Harun.",
    "The movement's spokesman called on Muslims in the Sahel to pledge allegiance to its new leader.",
]


@pytest.mark.parametrize("text", UNREAL)
def test_an_event_the_text_says_did_not_happen_is_not_stated(nlp, text):
    found = events(nlp, text)
    assert found, "the event should still be in the graph, with its modality"
    assert not stated(found), [(e.type.value, e.trigger.text, e.modality.value, e.negated) for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "On 8 May 2021, a post on a Telegram channel claimed that herders had attacked farmers in Umuleri. "
        "Local police said no such incident occurred.",
        "Ministry says reports of air strikes on Doro camp 'fabricated'",
        "The government described reports of air strikes on the Kerfi camp as fabricated.",
    ],
)
def test_a_report_denied_in_other_words_is_not_stated(nlp, text):
    found = events(nlp, text, EventType.ATTACK, EventType.AIRSTRIKE)
    assert found and not stated(found), [(e.type.value, e.trigger.text, e.negated) for e in found]


def test_a_join_only_tried_is_not_stated(nlp):
    found = events(
        nlp, "A gunman who had tried to join the Harun Caliphate opened fire in Brevik.", EventType.ALLEGIANCE
    )
    assert found and not stated(found)


def test_a_later_sentence_denying_such_an_attack_negates_the_reported_one(nlp):
    text = (
        "A post on a local forum said militiamen had burned a chapel in Ostrel. "
        "Police said no such attack took place and the chapel was intact."
    )
    found = events(nlp, text, EventType.ATTACK)
    assert found and not stated(found)


REAL = [
    # a relative clause says what the event did: it happened, whatever the verb above says
    ("Officials had not expected the raid, which left 14 dead in the village of Korvo.", EventType.ATTACK),
    ("Commanders had not anticipated the ambush, which killed six soldiers near Bessa.", EventType.ATTACK),
    # a denial of one part of an event that took place
    ("The militia denied that the strike, which killed 12 people in Mavro, had targeted civilians.", EventType.ATTACK),
    ("No group claimed responsibility for the bombing of a market in Ostrava-Dol that killed seven.", EventType.ATTACK),
    # a refusal in one clause, a deed in the next
    (
        "Some soldiers refused to shoot, but others opened fire on the marchers in Lakhta, killing four.",
        EventType.ATTACK,
    ),
    # a later denial that names other attacks leaves the reported one alone
    (
        "Two soldiers were killed when militants attacked a checkpoint in Bannu. "
        "The army said no other attacks took place in the district.",
        EventType.ATTACK,
    ),
    # a denial of some other thing leaves the reported event alone
    (
        "Gunmen attacked a bus near Kolda on Sunday, killing two. "
        "The army said no such weapons had been seen in the area.",
        EventType.ATTACK,
    ),
    # a report that is not called untrue
    ("Reports that rebels had shelled the market in Dobrin were confirmed by the army.", EventType.ATTACK),
    # an attempted attack is an attack
    ("Militants tried to storm the police station in Barakot but were driven off.", EventType.ATTACK),
    # a plan that was carried out
    ("Following the plan, jets bombed insurgent camps near Velky Brod on Sunday.", EventType.AIRSTRIKE),
]


@pytest.mark.parametrize(("text", "kind"), REAL)
def test_an_event_that_happened_stays_stated(nlp, text, kind):
    found = events(nlp, text, kind)
    assert stated(found), [(e.type.value, e.trigger.text, e.modality.value, e.negated) for e in found]


@pytest.mark.parametrize(
    "text",
    [
        # issue 14, twenty-first pass: a denied charge of a deed told by its gerund
        "Rwanda has denied previous charges of shelling Congolese villages.",
        "Kigali rejected the charge of shelling villages along the Rusizi.",
    ],
)
def test_a_denied_charge_of_a_deed_is_not_stated(nlp, text):
    found = events(nlp, text, EventType.ATTACK, EventType.AIRSTRIKE)
    assert found and not stated(found), [(e.type.value, e.trigger.text, e.negated) for e in found]


def test_a_deed_beside_a_charge_or_a_charge_faced_stays_stated(nlp):
    for text in (
        "Rwandan troops shelled Congolese villages on Monday despite charges of abuses.",
        "Rwanda faces charges of shelling Congolese villages, a UN report said.",
    ):
        found = events(nlp, text, EventType.ATTACK, EventType.AIRSTRIKE)
        assert stated(found), (text, [(e.type.value, e.trigger.text, e.negated) for e in found])
