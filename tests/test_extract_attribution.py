"""Document-level attribution (kg.extract.attribution): claims and blame name the doer of an attack
told elsewhere.  Sentences written for these tests in the styles of incident summaries, monitoring
notes and wire copy; the unit tests build their parses by hand."""

from __future__ import annotations

import pytest
import spacy
from helpers import events, stated
from spacy.tokens import Doc

from kg.extract import attribution
from kg.models import EventType, Modality


def _doc(words, heads, deps, pos, lemmas=None, ents=None):
    nlp = spacy.blank("en")
    return Doc(
        nlp.vocab,
        words=words,
        heads=heads,
        deps=deps,
        pos=pos,
        lemmas=lemmas or [w.lower() for w in words],
        ents=ents,
    )


def test_attributed_to_names_the_doer_of_the_attack():
    doc = _doc(
        ["Authorities", "attributed", "the", "attack", "to", "Ansar", "."],
        [1, 1, 3, 1, 1, 4, 1],
        ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
        ["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
        lemmas=["authority", "attribute", "the", "attack", "to", "Ansar", "."],
        ents=["O", "O", "O", "O", "O", "B-ORG", "O"],
    )
    (claim,) = attribution.claims(doc)
    assert (claim.actor.text, claim.deed.text) == ("Ansar", "attack")


def test_passive_claim_and_blame_for():
    claimed = _doc(
        ["The", "ambush", "was", "claimed", "by", "Ansar", "."],
        [1, 3, 3, 3, 3, 4, 3],
        ["det", "nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"],
        ["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
        lemmas=["the", "ambush", "be", "claim", "by", "Ansar", "."],
    )
    (claim,) = attribution.claims(claimed)
    assert (claim.actor.text, claim.deed.text) == ("Ansar", "ambush")
    blamed = _doc(
        ["Police", "blamed", "Ansar", "for", "the", "ambush", "."],
        [1, 1, 1, 1, 5, 3, 1],
        ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "punct"],
        ["NOUN", "VERB", "PROPN", "ADP", "DET", "NOUN", "PUNCT"],
        lemmas=["police", "blame", "Ansar", "for", "the", "ambush", "."],
    )
    (claim,) = attribution.claims(blamed)
    assert (claim.actor.text, claim.deed.text) == ("Ansar", "ambush")


def test_no_group_claimed_responsibility_names_nobody():
    doc = _doc(
        ["No", "group", "claimed", "responsibility", "."],
        [1, 2, 2, 2, 2],
        ["det", "nsubj", "ROOT", "dobj", "punct"],
        ["DET", "NOUN", "VERB", "NOUN", "PUNCT"],
        lemmas=["no", "group", "claim", "responsibility", "."],
    )
    assert list(attribution.claims(doc)) == []


def _attacks(nlp, text):
    return stated(events(nlp, text, EventType.ATTACK, EventType.AIRSTRIKE), modalities=(Modality.ASSERTED,))


def _agents(events):
    return {e.agent.entity.label for e in events if e.agent is not None}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "An explosive device detonated near a police checkpoint in Quetta, killing two officers. No group "
            "claimed responsibility; however, authorities attributed the attack to Lashkar-e-Jhangvi.",
            "Lashkar-e-Jhangvi",
        ),
        (
            "Assailants opened fire on a bus carrying pilgrims in Kandahar. The Taliban claimed responsibility "
            "for the incident.",
            "Taliban",
        ),
        (
            "Gunmen attacked a military post near Menaka on Sunday, killing four soldiers. The attack was "
            "claimed by the Islamic State.",
            "Islamic State",
        ),
        (
            "Unidentified attackers ambushed a convoy in Borno state. Police blamed Boko Haram for the ambush.",
            "Boko Haram",
        ),
        (
            "On 3 May 2020, unidentified gunmen attacked a village in Tillaberi (Niger), killing 2 civilians. "
            "Suspected ISGS militants were blamed.",
            "Islamic State Sahel Province",  # the gazetteer's name for the Islamic State in the Greater Sahara
        ),
    ],
)
def test_a_later_claim_names_the_agent_of_the_incident(nlp, text, doer):
    events = _attacks(nlp, text)
    first = min(e.sentence.start for e in events)
    incident = [e for e in events if e.sentence.start == first]
    assert incident and all(e.agent is not None and e.agent.entity.label == doer for e in incident)


@pytest.mark.model
def test_no_claim_keeps_the_generic_agent_and_a_named_agent_is_kept(nlp):
    events = _attacks(
        nlp, "Militants stormed a school in Peshawar. No group has claimed responsibility for the attack."
    )
    assert _agents(events) == {"Militants"}
    events = _attacks(
        nlp, "Government troops shelled a village near Idlib. The opposition blamed the regime for the shelling."
    )
    assert "opposition" not in {label.lower() for label in _agents(events)}


@pytest.mark.model
def test_a_new_incident_named_in_the_claim_is_not_linked_back(nlp):
    events = _attacks(
        nlp,
        "Gunmen killed three farmers near Gao on Monday. On Tuesday, the Islamic State claimed responsibility "
        "for an attack on a military camp in Menaka.",
    )
    first = min(e.sentence.start for e in events)
    assert all(e.agent is None or e.agent.entity.label != "Islamic State" for e in events if e.sentence.start == first)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Unknown assailants threw a grenade at a bar in Bujumbura, wounding 14 people. Authorities suspect the "
            "attack was carried out by the FNL rebel group.",
            "FNL",  # the group its initials name, as "ADF rebels" are the ADF's
        ),
        (
            "Militants ambushed a police patrol in the Sinai on Thursday. The Islamic State's Sinai affiliate later "
            "claimed the ambush.",
            "Islamic State",
        ),
        (
            "Two gunmen shot dead a Hindu trader in Baluchistan. The Baloch Liberation Army later said its fighters "
            "had carried out the killing.",
            "Baloch Liberation Army",
        ),
        (
            "Assailants detonated an explosive device targeting a vehicle carrying soldiers in Mogadishu. Al-Shabaab "
            "was believed to be responsible for the incident.",
            "al-Shabaab",
        ),
        (
            "Gunmen opened fire on a mosque in Kano. It is suspected that Boko Haram was behind the attack.",
            "Boko Haram",
        ),
    ],
)
def test_a_claimant_named_by_a_modifier(nlp, text, doer):
    events = _attacks(nlp, text)
    first = min(e.sentence.start for e in events)
    assert {e.agent.entity.label for e in events if e.sentence.start == first} == {doer}


@pytest.mark.model
def test_a_group_saying_it_was_responsible(nlp):
    text = (
        "A car bomb exploded near a checkpoint in Kirkuk, killing four policemen. In a statement, the Islamic State "
        "said it was responsible."
    )
    assert _agents(_attacks(nlp, text)) == {"Islamic State"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "03/15/2017: Assailants fired upon civilians in Kaga Bandoro, Ouham province, Central African Republic. "
            "At least five people were killed in the attack. No group claimed responsibility for the incident; "
            "however, sources attributed the attack to ex-Seleka militants.",
            "ex-Seleka militants",
        ),
        (
            "12/20/2015: Assailants abducted and killed a village chief in Tahoua, Niger. No group claimed "
            "responsibility for the incident; however, sources attributed the attack to Boko Haram.",
            "Boko Haram",
        ),
    ],
)
def test_incident_summaries_name_the_doer_in_the_last_sentence(nlp, text, doer):
    events = _attacks(nlp, text)
    assert {label for e in events for label in (m.entity.label for m in e.agents)} == {doer}


def test_attributed_with_to_hung_on_the_deed_noun():
    # the small model often attaches "to X" to "the attack" rather than to "attributed"
    doc = _doc(
        ["Police", "attributed", "the", "attack", "to", "Ansar", "."],
        [1, 1, 3, 1, 3, 4, 1],
        ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
        ["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
        lemmas=["police", "attribute", "the", "attack", "to", "Ansar", "."],
    )
    (claim,) = attribution.claims(doc)
    assert (claim.actor.text, claim.deed.text) == ("Ansar", "attack")


def test_doers_said_to_belong_to_a_group_name_it():
    doc = _doc(
        ["The", "attackers", "belonged", "to", "Ansar", "."],
        [1, 2, 2, 2, 3, 2],
        ["det", "nsubj", "ROOT", "prep", "pobj", "punct"],
        ["DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
        lemmas=["the", "attacker", "belong", "to", "Ansar", "."],
    )
    (claim,) = attribution.claims(doc)
    assert (claim.actor.text, claim.deed) == ("Ansar", None)
    land = _doc(
        ["The", "land", "belonged", "to", "Ansar", "."],
        [1, 2, 2, 2, 3, 2],
        ["det", "nsubj", "ROOT", "prep", "pobj", "punct"],
        ["DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
        lemmas=["the", "land", "belong", "to", "Ansar", "."],
    )
    assert not list(attribution.claims(land))


def test_the_hallmarks_of_a_group_name_it():
    doc = _doc(
        ["The", "attack", "bore", "the", "hallmarks", "of", "Ansar", "."],
        [1, 2, 2, 4, 2, 4, 5, 2],
        ["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
        ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
        lemmas=["the", "attack", "bear", "the", "hallmark", "of", "Ansar", "."],
    )
    (claim,) = attribution.claims(doc)
    assert (claim.actor.text, claim.deed.text) == ("Ansar", "attack")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Gunmen attacked a village in Tillaberi, killing nine people. Authorities suspected fighters of the "
            "Islamic State in the Greater Sahara.",
            "fighters of the Islamic State in the Greater Sahara",  # a name is not cut where the parse split it
        ),
        (
            "Assailants fired on a police patrol in Tumaco, killing one officer. Authorities attributed the attack "
            "to dissidents of the Revolutionary Armed Forces of Colombia (FARC).",
            "dissidents of the Revolutionary Armed Forces of Colombia (FARC)",
        ),
        (
            "Militants stormed a hotel in Mogadishu, killing 12 guests. The attack bore the hallmarks of al-Shabaab.",
            "al-Shabaab",
        ),
        (
            "A roadside bomb struck a bus near Jalalabad, killing five passengers. The Taliban denied involvement, "
            "and authorities later attributed the attack to the Islamic State Khorasan Province.",
            "the Islamic State Khorasan Province",
        ),
        (
            "Gunmen raided a school in Borno state, killing two teachers. Officials said the attackers were "
            "believed to belong to Boko Haram.",
            "Boko Haram",
        ),
    ],
)
def test_suspicion_belonging_and_hallmarks_name_the_doer(nlp, text, doer):
    events = _attacks(nlp, text)
    assert doer in {a.span.text for e in events for a in e.agents}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "A bomb exploded near a bus station in Kabul, killing three people. Suspicion fell on the Islamic State "
            "Khorasan Province.",
            "Islamic State Khorasan Province",
        ),
        (
            "Gunmen shot dead a journalist in Karachi. Police said the killers were linked to Lashkar-e-Jhangvi.",
            "Lashkar-e-Jhangvi",
        ),
        (
            "A suicide bomber struck a mosque in Peshawar, killing 30 worshippers. In a statement, the Islamic State "
            "said one of its fighters had carried out the bombing.",
            "Islamic State",
        ),
    ],
)
def test_suspicion_links_and_one_of_its_fighters_name_the_doer(nlp, text, doer):
    events = _attacks(nlp, text)
    assert {a.entity.label for e in events for a in e.agents} == {doer}


def test_doers_said_to_be_members_of_a_group_name_it():
    doc = _doc(
        ["The", "attackers", "were", "members", "of", "Ansar", "."],
        [1, 2, 2, 2, 3, 4, 2],
        ["det", "nsubj", "ROOT", "attr", "prep", "pobj", "punct"],
        ["DET", "NOUN", "AUX", "NOUN", "ADP", "PROPN", "PUNCT"],
        lemmas=["the", "attacker", "be", "member", "of", "Ansar", "."],
    )
    (claim,) = attribution.claims(doc)
    assert (claim.actor.text, claim.deed) == ("Ansar", None)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("The bomb was planted by members of the Haqqani network.", "members of the Haqqani network"),
        ("A roadside bomb that was planted by Taliban insurgents killed three officers.", "Taliban insurgents"),
        ("The attack, which was carried out by ISWAP, killed nine soldiers.", "ISWAP"),
    ],
)
def test_passive_agents_of_planting_and_carrying_out(nlp, text, doer):
    assert doer in {a.span.text for e in _attacks(nlp, text) for a in e.agents}
