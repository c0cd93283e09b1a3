"""One incident, one event, read off the shape of a story (issue 14, seventeenth pass).

Sentences written for these tests, with invented places and groups, in the shapes of a wire story (a lead and the
sentence that tells how it happened), a claim that names the doers a sentence after the deed, and an encyclopaedic
page on a battle (the battle, the capture and the bombing in one paragraph); with negatives that must stay apart.
"""

from __future__ import annotations

import pytest
from helpers import attacks_told, role_strings, shown

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        # the lead and its detail, the doers unnamed in both
        "Suspected jihadists killed at least 17 civilians in an attack on a weekly market in central Mali on "
        "Tuesday, local officials said.\n\nGunmen on motorcycles opened fire on traders in Tessit before setting "
        "stalls alight, a councillor said.",
        "Armed men killed nine villagers in a raid on Kwara-Dutse on Sunday night, police said. Attackers riding "
        "motorcycles shot at residents as they fled, witnesses said.",
    ],
)
def test_the_sentence_after_a_lead_tells_how_its_incident_happened(nlp, text):
    found = attacks_told(nlp, text)
    assert len(found) == 1, shown(found)


@pytest.mark.parametrize(
    "text",
    [
        # a named doer in the second sentence is a deed of its own
        "Gunmen killed five traders at a market in Doro-Kaina on Tuesday, officials said. Soldiers of the Malian "
        "army shot dead three smugglers near Tessit-Sud on Wednesday.",
        # the lead's doers hit in the next sentence: an answer to the incident
        "Two assailants entered a chapel in Vel-Sainte during morning mass and killed the priest with a knife. "
        "Police shot both assailants as they left the chapel.",
        # the lead told two incidents already
        "Gunmen attacked a police post in Daura-Bis on Monday, and militants ambushed a convoy near Kagara-Sud on "
        "Tuesday. Attackers also burned a clinic, residents said.",
    ],
)
def test_a_named_doer_or_a_lead_of_several_incidents_keeps_the_next_deed_apart(nlp, text):
    found = attacks_told(nlp, text)
    assert len(found) >= 2, shown(found)


def test_the_deed_whose_doers_a_claim_names_is_the_incident_told_before(nlp):
    found = attacks_told(
        nlp,
        "Militants attacked a passenger coach on the Kalat-Sorab highway on Saturday night, killing six passengers, "
        "police said. According to officials, the gunmen stopped the bus and shot those from the plains. The "
        "Mehran Liberation Front claimed responsibility for the attack.",
    )
    assert len(found) == 1, shown(found)
    assert "Mehran Liberation Front" in " ".join(role_strings(found[0].agents))


def test_a_battles_capture_and_its_bombing_stay_two_events(nlp):
    found = attacks_told(
        nlp,
        "The Battle of Kirawa was fought between 14 and 22 August 2019 for control of the town of Kirawa. Forces of "
        "the Northern Salvation Army captured the town from the Kemerian Army after a week of heavy fighting. "
        "Government aircraft bombed the town repeatedly during the battle.",
    )
    assert sorted(e.type.value for e in found) == ["AIRSTRIKE", "ATTACK"], shown(found)
    strike = next(e for e in found if e.type.value == "AIRSTRIKE")
    assert "Government aircraft" in role_strings(strike.agents), shown(found)
    assert "Northern Salvation Army" not in role_strings(strike.agents), shown(found)
