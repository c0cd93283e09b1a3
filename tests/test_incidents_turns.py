"""Several incidents in one text: where a wire window or a digest turns from one incident to the next
(kg.extract.incidentturns, kg.extract.digests, the fronted place of kg.extract.placeafter), with the windows that
tell one incident several times as negatives.  Sentences written for these tests; a third name invented places and
militias."""

from __future__ import annotations

import pytest
from helpers import attacks_told

from kg.evaluate import matches

pytestmark = pytest.mark.model


def _with(found, role, text):
    """The events of ``found`` that have ``text`` in ``role`` (agents, targets or location), matched as the scorer
    matches role strings."""
    out = []
    for event in found:
        values = [event.location] if role == "location" else list(getattr(event, role))
        if any(m is not None and matches(m.span.text, text) for m in values):
            out.append(event)
    return out


# --- a claim beside an incident of its own does not make it the story's incident ----------------------------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Gunmen of the Obolo Freedom Council killed five oil workers at a pumping station in Ekparu on Monday, the "
            "company said. The group claimed the killings in an email. On Wednesday, a bomb exploded at a checkpoint "
            "in Nkari, wounding two soldiers; no group claimed it.",
            "five oil workers",
            "two soldiers",
        ),
        (
            "On 12 April, the Ghoran Popular Militia attacked a checkpoint near Farsang, wounding 2 police. On 13 "
            "April, a roadside bomb hit an army truck in Sarpol; no claim.",
            "2 police",
            "an army truck",
        ),
        (
            "Gunmen from the Dakar Hills Brigade attacked a wedding in Yelwa-Kebbi, killing eight guests. The brigade "
            "had claimed an attack on a police station in Gatari two weeks ago.",
            "eight guests",
            "a police station",
        ),
        (
            "JNIM fighters killed 20 soldiers in an attack on an army post in Koro, the group said on Tuesday. Gunmen "
            "also killed six civilians in the village of Diallassagou on Sunday, residents said, but no group claimed "
            "it.",
            "20 soldiers",
            "six civilians",
        ),
    ],
)
def test_a_claimed_incident_of_its_own_stays_apart(nlp, text, first, second):
    found = attacks_told(nlp, text)
    with_first, with_second = _with(found, "targets", first), _with(found, "targets", second)
    assert with_first and with_second, [(e.targets, e.location) for e in found]
    assert not set(map(id, with_first)) & set(map(id, with_second)), text


@pytest.mark.parametrize(
    "text",
    [
        # the anaphoric claim still joins the story's only incident, whatever place its sentence names
        "Gunmen killed 22 passengers on a bus near Kohat on Friday. The Pakistani Taliban said the massacre was "
        "revenge for army operations in North Waziristan.",
        "Suspected herders killed nine villagers in Bokkos on Sunday. No group claimed the killings.",
        "A car bomb exploded outside a courthouse in Quetta on Monday, killing nine people. The Balochistan "
        "Liberation Army claimed responsibility for the bombing.",
    ],
)
def test_a_claim_of_the_story_still_joins_it(nlp, text):
    assert len(attacks_told(nlp, text)) == 1, text


# --- an answer names the incident it answers; a distance in time recalls another one -----------------------------


def test_revenge_for_the_attack_names_the_attack_told(nlp):
    text = (
        "Israeli air strikes hit a residential tower in Gaza City on Tuesday. Palestinian officials said the strikes "
        "killed 10 people, including four children. Islamic Jihad vowed revenge for the attack."
    )
    assert len(attacks_told(nlp, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Militants attacked a checkpoint in Kunar on Monday, killing three soldiers. The army responded with air "
        "strikes on militant hideouts in the Pech valley.",
        # what an answer answers, first told in its sentence, is another incident
        "Dervan jets struck Salenko Front positions near Moritza on Friday in response to rockets fired at a border "
        "post in Pelik.",
    ],
)
def test_an_answer_is_still_an_incident_of_its_own(nlp, text):
    assert len(attacks_told(nlp, text)) == 2, [(e.agents, e.targets) for e in attacks_told(nlp, text)]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Attackers set fire to a school in Ondo state overnight, police said. The incident came weeks after "
            "herdsmen killed 40 worshippers at a church in Owo.",
            "Attackers",
            "herdsmen",
        ),
        (
            "Fighters of the Sabeni Front burned the market at Kolwe on Saturday, two days after militiamen of the "
            "Ngoro Defence Union killed six traders in Amasi.",
            "Fighters of the Sabeni Front",
            "militiamen of the Ngoro Defence Union",
        ),
    ],
)
def test_an_incident_recalled_by_its_distance_in_time_stays_apart(nlp, text, first, second):
    found = attacks_told(nlp, text)
    with_first, with_second = _with(found, "agents", first), _with(found, "agents", second)
    assert with_first and with_second, [(e.agents, e.targets) for e in found]
    assert not set(map(id, with_first)) & set(map(id, with_second)), text


@pytest.mark.parametrize(
    "text",
    [
        # a duration is no distance from another incident, and "after the attack" names the incident told
        "Al-Shabaab militants stormed a hotel in Kismayo late on Friday, killing at least 26 people. The siege lasted "
        "nearly 12 hours before security forces killed the last attacker.",
        "Gunmen shot dead a trader in Tumbe on Monday. Two days after the attack, the Kessu Hills Army claimed it.",
    ],
)
def test_a_duration_or_the_incident_named_again_recalls_nothing(nlp, text):
    assert len(attacks_told(nlp, text)) == 1, [(e.agents, e.targets) for e in attacks_told(nlp, text)]


# --- a sentence that opens at its own place is the next incident's scene ----------------------------------------


def test_a_fronted_place_of_the_next_incident_is_not_the_first_ones(nlp):
    text = (
        "Russian forces struck Kharkiv with missiles overnight, killing two people, the mayor said. In Odesa, a drone "
        "hit a port warehouse on Tuesday morning, injuring a worker."
    )
    first = _with(attacks_told(nlp, text), "targets", "two people")
    assert first and all(e.location is None or e.location.span.text != "Odesa" for e in first)


def test_a_place_told_after_the_incident_is_still_its_own(nlp):
    text = "A bomb exploded in a crowded market on Sunday, killing seven traders. The market is in Baidoa."
    assert [e.location.span.text for e in attacks_told(nlp, text) if e.location] == ["Baidoa"]


# --- digests: each item is an incident ------------------------------------------------------------------


def test_the_first_item_of_a_digest_is_no_headline(nlp):
    text = (
        "- 10 May, Borno: ISWAP insurgents attacked troops in Marte; five soldiers killed.\n"
        "- 11 May, Yobe: Boko Haram gunmen killed four farmers in Geidam."
    )
    found = attacks_told(nlp, text)
    assert _with(found, "agents", "ISWAP insurgents") and _with(found, "agents", "Boko Haram gunmen")
    assert len(found) == 2, [(e.agents, e.targets) for e in found]


def test_a_headline_over_its_story_still_joins_it(nlp):
    text = (
        "Gunmen kill 12 worshippers at mosque in Zamfara\n"
        "Gunmen on motorcycles opened fire on worshippers at a mosque in Zamfara state on Friday, killing 12, police "
        "said."
    )
    assert len(attacks_told(nlp, text)) == 1
