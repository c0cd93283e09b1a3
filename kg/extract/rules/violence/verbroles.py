"""Role reading at a violence verb: who did it (the subject, or the doer a clause around the verb gives),
what it was done to (``verb_target``), and the checks that a verb's reading is an incident (no toll, storm,
police raid or figurative use), before the verb's frame (``verbframes``) writes the drafts."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import lexicon, roles, senses
from kg.extract.registry import Draft
from kg.extract.rules.violence import clauses, crowds, frames, rammings, setoff, words
from kg.extract.rules.violence.checks import metaphor, rushed_to_a_result, toll, weapon
from kg.extract.rules.violence.nouns import noun_ok
from kg.extract.rules.violence.verbframes import VERB_FRAMES, struck
from kg.extract.rules.violence.verbs import aimed_beyond, doer_before, verb_ok
from kg.models import EventType


def verb_drafts(trigger: Token, event_type: EventType) -> Iterator[Draft]:
    lemma = trigger.lemma_.lower()
    if (
        lemma in words.CASUALTY_VERBS
        and trigger.tag_ == "VBG"
        and trigger.dep_ in ("advcl", "xcomp", "conj", "acl")
        and trigger.head.lemma_.lower() in words.VIOLENT_LEMMAS
    ):
        return  # "shelled the village, killing 3 civilians": the victims of that attack, not a new one
    if lemma in words.CASUALTY_VERBS and trigger.tag_ == "VBN" and trigger.head.lemma_.lower() in ("leave", "with"):
        return  # "..., leaving at least 11 people injured", "with several people injured": the victims, no doers
    if toll(trigger):
        return  # "Boko Haram has killed more than 35,000 people since 2009": a toll over years, no incident
    own_subject = any(c.dep_ == "nsubj" for c in trigger.children)
    if (
        trigger.dep_ in ("amod", "compound", "nmod", "npadvmod")
        and not own_subject
        and not (trigger.tag_ == "VBG" and trigger.head.lemma_.lower() in words.GERUND_EVENT_HEADS)
    ):
        return
    agent = roles.subject(trigger) or frames.gerund_doer(trigger)  # "the coalition bombing IS positions"
    if agent is not None and agent.tag_ == "VBG" and frames.is_deed(agent):
        agent = frames.deed_doer(agent)  # "a bakery destroyed by shelling from government forces"
    if agent is not None and agent.dep_ == "nsubj" and frames.misparsed_object(agent.head.head) == agent:
        agent = roles.subject(agent.head.head)  # "struck a police van escorting a team, killing four": not the van
    cut = crowds.cut_clause(trigger) if lemma in words.CROWD_CONTROL else None
    if cut is not None:
        yield Draft.read(event_type, trigger, cut[0], targets=[cut[1]], places=roles.locations(cut[1]))
        return  # "when police lathi-charged agitating Congress workers"
    if agent is None and lemma in crowds.FALLING_VERBS:
        agent = crowds.outer_subject(trigger)  # "A group of masked men armed with rods swooped on students"
    if agent is None and roles.is_passive(trigger):
        agent = crowds.by_on_aim(trigger)  # "stones were thrown at the convoy ... by BJD workers"
    if agent is None and lemma == "retaliate":
        agent = roles.first(doer_before(trigger))  # "..., Navy units and Air Force jets retaliated"
    if agent is None and trigger.dep_ in ("ccomp", "conj") and trigger.head.lemma_.lower() in words.PRESUMING_VERBS:
        # "Men believed to be bandits killed four farmers": the parser made the presumption the main verb.
        agent = roles.first(c for c in roles.children(trigger.head, "nsubj") if c.i < trigger.i)
    target = verb_target(trigger, agent) or clauses.gerund_patient(trigger)  # "before being shot dead by police"
    if target is None and own_subject and trigger.dep_ == "amod" and trigger.head.i > trigger.i:
        target = trigger.head  # "ISIL captured Ouagyaush, Iraq's second city": a finite verb hung on the name after it
    if agent is not None and target is None and frames.headline_passive(trigger, agent):
        agent, target = None, agent  # "Convoy attacked near Gao; three dead": what was attacked
    agent = setoff.clause_doer(agent, trigger)  # "A bus ran over a mine, killing six": not the bus
    device = setoff.device_set_off(trigger)
    hit = setoff.ran_onto(device)
    if device is not None and hit is not None:
        agent, target = roles.wielder(device), hit  # "A UN armoured vehicle struck a landmine": the vehicle was hit
    rammed = rammings.rammed(trigger, agent)  # verb_target read it as the target
    if agent is not None and agent.lemma_.lower() in words.CAMPAIGN_DOERS:
        return  # "the campaign has killed thousands of civilians": a war as a whole, no incident
    if agent is not None and _natural_force(agent):
        return  # "Hurricane Ivan pounds Gulf Coast": a storm is nobody's attack
    if agent is not None and agent.lemma_.lower() in words.ROLE_PRONOUNS:
        agent = None
    if agent is not None:  # "an IED planted by Maoist rebels destroyed a police vehicle", "a drone operated by X"
        agent = roles.wielder(agent) or agent
    if agent is not None:
        agent = roles.presumed(agent, trigger) or agent  # "Armed men presumed to be JNIM attacked ..."
    if (
        agent is not None
        and agent.lemma_.lower() in words.ATTACK_NOUNS
        and agent.pos_ in ("NOUN", "PROPN")
        and agent.lemma_.lower() not in words.PERPETRATOR_NOUNS
        and (noun_ok(agent) or agent.lemma_.lower() not in words.DOER_NOUNS)
    ):
        # "an attack killed four": the noun is the event and already takes "four" as target; a
        # drone or rocket that is no event by itself ("a drone killed two") leaves it to the verb.
        return
    if not (hit is not None or rammed is not None or verb_ok(trigger, agent, target)) or metaphor(
        trigger, agent, target
    ):
        return
    if rushed_to_a_result(trigger):
        return  # "Federer storms into Halle final", "Stocks Storm Higher"
    if senses.non_violent_doer(trigger, agent, target) and not crowds.no_riot(trigger, agent, target):
        return  # hackers attacking servers, protesters storming a building
    if any(crowds.each_other(t) for t in roles.pobjs(trigger, "at", "on", "against")):
        yield crowds.mutual(event_type, trigger, crowds.sides(trigger, agent))  # "hurling crude bombs at each other"
        return
    if lemma in words.RAID_VERBS and (
        (agent is not None and agent.lemma_.lower() in lexicon.POLICE_CUES)
        or roles.sentence_lemmas(trigger) & words.ARREST_CUES
    ):
        return  # police and arrest raids are not attacks
    yield from VERB_FRAMES.get(lemma, struck)(event_type, trigger, agent, target)


def verb_target(trigger: Token, agent: Token | None) -> Token | None:
    """What a violence verb acts on: its object, or where it is aimed, or its conjunct's or purpose's object."""
    lemma = trigger.lemma_.lower()
    rammed = rammings.rammed(trigger, agent)
    if rammed is not None:
        return rammed  # "rammed his car into a crowd of worshippers": whom the vehicle was driven into, not the car
    if lemma in crowds.FALLING_VERBS:
        target = crowds.fallen_on(trigger)  # "swooped on students": whom it fell on, whatever the parser's object
    else:
        target = roles.patient(trigger) or frames.misparsed_object(trigger)
    if (
        target is not None
        and lemma in words.PLACE_TAKING | {"gain", "assume", "wrest"}
        and target.lemma_.lower() == "control"
    ):
        target = roles.first(roles.pobjs(target, "of")) or target  # "seized control of Idlib"
    if lemma == "set" and target is not None and target.lower_ == "fire":
        target = roles.first(
            roles.pobjs(trigger, "to", "on") + roles.pobjs(target, "to", "on")
        )  # "set fire to a school"
    if target is not None and roles.is_reflexive(target):
        target = None  # "blew themselves up": the casualty clause below names who was hit
    if agent is None and target is not None and roles.own_death(target):
        target = None  # "the bomber was killed": the attacker's own death, nobody attacked him
    if target is None and trigger.dep_ in ("amod", "compound"):
        victims = roles.pobjs(trigger.head, "of")  # "the shooting deaths of two Israelis"
        target = victims[0] if victims else None
    # "used whips and batons", "used force to disperse opposition supporters"
    fired = (
        target is not None
        and not _brought_down(trigger)
        and (any(weapon(t) for t in roles.conjuncts(target)) or crowds.force_used(target))
    )
    if fired and target is not None:
        aims = _aimed(trigger, target)
        at = roles.pobjs(trigger, "at", "on", "into", "against", "toward", "towards") + aims
        at = [t for t in at if roles.can_fill(t, doer=False)]  # "On 4 June, ... fired grenades at a post": not June
        # "used water cannons on the marchers at the Rajpath crossing", "hurled a grenade on government forces at Magam
        # township": people, and where the weapon itself was aimed, before the place they were at
        at.sort(key=lambda t: (not crowds.people(t), t not in aims))
        target = at[0] if at else None  # "fired four shells at targets", "a device targeting a convoy"
    if target is None:
        # "attacked on Tuesday", "battled at dawn": a date is no target.
        ts = [t for t in roles.pobjs(trigger, "on", "against", "at", "upon") if roles.can_fill(t, doer=False)]
        ts += aimed_beyond(trigger)  # "fired across the Line of Control at Indian Army positions"
        target = ts[0] if ts else roles.participle_object(trigger)  # "lathi-charged agitating farmers"
    if target is None and lemma in roles.BLAST_VERBS:
        # "a device detonated outside a tea shop", "went off near an army convoy": what a blast was set off
        # beside is what it was meant for; a named town or region beside it is only where it happened.
        target = roles.first(roles.beside(trigger))
    if target is None:
        # "shot and killed a village chief": the first verb shares its conjunct's object.
        target = next(
            (o for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB" for o in roles.children(c, "dobj")),
            None,
        )
    if target is None:
        for c in trigger.children:
            # "fired 22 munitions destroying 22 targets"
            if c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and c.lemma_.lower() in roles.IMPACT_VERBS:
                target = roles.first(roles.children(c, "dobj"))
                break
    if target is None and (fired or lemma in lexicon.WEAPON_VERBS or lemma in words.CROWD_CONTROL):
        # "used tear gas to disperse protesters", "fired rubber bullets to disperse them", "resorted to lathi-charge
        # to disperse the students": the weapon's use is aimed at the purpose's object.
        # A clause with its own subject tells what others did meanwhile: "detonated her explosives as traders were
        # closing their stalls" aimed at no stalls.
        purposes = [
            c for c in trigger.children if c.dep_ in ("xcomp", "advcl") and not roles.first(roles.children(c, "nsubj"))
        ]
        target = next((o for c in purposes for o in roles.children(c, "dobj")), None)
    # "broke up a sit-in by graduates", "fired rubber bullets to disperse them" (named before in the sentence)
    return crowds.them(roles.gathered(target), agent) if target is not None else None


def _aimed(verb: Token, weapon_: Token) -> list[Token]:
    """Where the weapons a verb used were aimed, the "at"/"against" phrase hung on any weapon of the list or on a
    second verb the parser made of the list: "used pepper spray, rubber bullets and batons on students" (on
    "batons"), "water cannon and pepper spray against protesters" (on "spray"), "fired tear gas and live ammunition
    at demonstrators" ("live" read as a verb with "ammunition" its object)."""
    weapons = list(roles.conjuncts(weapon_))
    for c in verb.children:
        if (
            c.dep_ == "conj"
            and c.i > weapon_.i
            and roles.first(roles.children(c, "nsubj")) is None  # "and demonstrators threw stones at officers"
            and any(weapon(o) for o in roles.children(c, "dobj"))
        ):
            weapons += roles.children(c, "dobj")
            aims = roles.pobjs(c, "at", "against", "toward", "towards")
            if aims:
                return aims
    return [t for w in weapons for t in roles.aimed_at(w)]


def _brought_down(verb: Token) -> bool:
    """ "Air defence means shot down 7 guided aviation bombs and 95 unmanned aerial vehicles", "intercepted two
    cruise missiles": the munition brought down is what the deed was done to, not the weapon fired."""
    return verb.lemma_.lower() in ("intercept", "down") or any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in verb.children
    )


def _natural_force(agent: Token) -> bool:
    """True when the doer is a storm, flood or earthquake, by its head or a word compounded on it ("Hurricane
    Ivan", "Typhoon Haiyan", "the floods"), and no aircraft named like one ("Tornado GR4s", "Typhoon jets")."""
    if agent.lemma_.lower() in lexicon.WEAPON_LEMMAS | lexicon.AERIAL_LEMMAS or senses.aircraft_name(agent):
        return False
    kinds = [agent] + [c for c in agent.children if c.dep_ == "compound"]
    return any(t.lemma_.lower() in lexicon.ACCIDENT_CUES and not senses.aircraft_name(t) for t in kinds)
