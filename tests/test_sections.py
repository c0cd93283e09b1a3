"""A round-up told place by place (kg.extract.sectionlabels): the label is its section's scene, and two sections are
two incidents. Round-ups written for these tests in the style of weekly security digests, with real state and town
names (a label is read as a place when the gazetteer knows it) and invented people."""

from __future__ import annotations

import pytest
from helpers import attacks_told, event_places, role_strings

pytestmark = pytest.mark.model

_ROUND_UP = (
    "Weekly security round-up, 9-15 June\n\n"
    "Borno: On 10 June, ISWAP fighters raided a military base in Malam Fatori, killing four soldiers. Troops "
    "repelled the attackers with air support, the military said.\n\n"
    "Zamfara: The following day, vigilantes clashed with the bandits in a forest, leaving six dead.\n"
)


def test_a_label_is_the_scene_of_its_section_not_the_place_of_the_item_before(nlp):
    text = (
        "Security round-up, Zamfara State. Tsafe: Troops pursued a gang towards the Kuyambana forest on Wednesday. "
        "Anka: The bandit commander Musa Dan Kane and about 40 of his men laid down arms before the emir on "
        "Thursday."
    )
    assert event_places(nlp, text, ("DEFECTION",), date="2024-06-15") == ["Anka"]


def test_two_sections_are_two_incidents(nlp):
    found = attacks_told(nlp, _ROUND_UP)
    clash = [e for e in found if "vigilantes" in " ".join(role_strings(e.agents) + role_strings(e.targets))]
    assert len(clash) == 1, [(e.trigger.text, role_strings(e.agents)) for e in found]
    assert "Malam Fatori" not in (clash[0].location.span.text if clash[0].location else "")
    assert "ISWAP fighters" not in role_strings(clash[0].agents)


def test_a_timeline_entry_takes_no_place_from_the_entry_before(nlp):
    text = (
        "Timeline of the Tarvo insurgency\n\n"
        "2013 – Tarvo People's Front fighters attack a police station in Kimbe, killing three officers.\n"
        "2015 – The Tarvo People's Front pledges allegiance to the Islamic State.\n"
    )
    assert event_places(nlp, text, ("ALLEGIANCE",), date="2024-06-15") == [None]
