"""Armed groups merging, and the side a defector joined told by his own joining in the same sentence (issue 14,
twenty-fourth pass). Sentences written for these tests, with invented or public group names."""

from __future__ import annotations

import pytest
from helpers import agent_texts, events, shown, side_texts, stated, target_texts

from kg.models import EventType

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "agents", "target"),
    [
        ("The Kivu Patriots Front formally merged with al-Shabaab in March 2019.", {"The Kivu Patriots Front"},
         "al-Shabaab"),
        ("Ansar Dine, al-Mourabitoun and AQIM merged to form Jama'at Nusrat al-Islam wal-Muslimin in 2017.",
         {"Ansar Dine", "al-Mourabitoun", "AQIM"}, "Jama'at Nusrat al-Islam wal-Muslimin"),
        ("The Lomba Brigade was merged into the National Guard in 2015.", {"The Lomba Brigade"}, "the National Guard"),
        ("The rebel factions announced their total merger into a new entity named Jabhat Ahrar al-Wadi.",
         {"The rebel factions"}, "Jabhat Ahrar al-Wadi"),
        ("Jaish al-Fursan was formed in 2016 through the merger of Liwa al-Haqq with several smaller factions.",
         {"Liwa al-Haqq", "several smaller factions"}, "Jaish al-Fursan"),
    ],
)  # fmt: skip
def test_a_merger_of_armed_groups_joins_them_to_the_body_they_become(nlp, text, agents, target):
    found = stated(events(nlp, text, EventType.ALLEGIANCE))
    assert agents <= agent_texts(found), shown(found)
    assert target in target_texts(found), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "The two banks merged in 2019 to form the largest lender in the region.",
        "The two parties merged to form the Democratic Alliance.",
        "Two media groups merged last year, weeks after militants attacked a newspaper office in the capital.",
    ],
)
def test_mergers_of_banks_parties_and_companies_are_no_pledge(nlp, text):
    assert not stated(events(nlp, text, EventType.ALLEGIANCE)), text


@pytest.mark.parametrize(
    ("text", "to"),
    [
        (
            "A high-ranking army officer announced his defection from the national army in a video and said he "
            "joined rebel forces in protest.",
            "rebel forces",
        ),
        (
            "Colonel Hassan Dabo announced his defection from the Kivu army and said he had pledged allegiance to "
            "the Patriotic Resistance Front.",
            "the Patriotic Resistance Front",
        ),
        (
            '"I announce my defection from the Kivu army and that I have joined the Free Kivu Army," said Colonel '
            "Hassan Dabo.",
            "the Free Kivu Army",
        ),
    ],
)
def test_the_side_a_defector_joins_in_his_own_sentence_is_where_he_went(nlp, text, to):
    found = stated(events(nlp, text, EventType.DEFECTION))
    assert to in side_texts(found, "to"), shown(found)


def test_a_standing_loyalty_of_others_is_not_where_a_defector_went(nlp):
    text = "Several soldiers defected while militias loyal to the president shelled the town."
    found = stated(events(nlp, text, EventType.DEFECTION))
    assert found and not side_texts(found, "to"), shown(found)
