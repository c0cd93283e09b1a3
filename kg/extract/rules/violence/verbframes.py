"""Verb frames: how a violence verb's doer and target become drafts, by the verb's kind: a strike ("ISIS
attacked the base"), fighting between sides ("X clashed with Y"), a place taken or fallen ("captured Mosul",
"Mosul fell to ISIS").  ``VERB_FRAMES`` maps a lemma to its frame; ``struck`` is the default."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from kg.extract import roles
from kg.extract.registry import Draft
from kg.extract.rules.violence import advances, crowds, falls, frames, outcomes, words
from kg.extract.rules.violence.checks import is_place, weapon
from kg.extract.rules.violence.verbs import retaliated
from kg.models import EventType

# A verb frame: (event type, trigger, doer or None, target or None) -> the drafts of that reading.
Frame = Callable[[EventType, Token, Token | None, Token | None], Iterator[Draft]]


def _fell_to(event_type: EventType, trigger: Token, agent: Token | None, target: Token | None) -> Iterator[Draft]:
    """ "Mosul fell to ISIS": the side it fell to took it."""
    yield Draft(
        event_type,
        trigger,
        agents=falls.takers(trigger),
        targets=[agent] if agent is not None else [],
        places=[agent] if agent is not None else [],
        strength=0.6,
        agent_source="syntax",
    )


def _fought(event_type: EventType, trigger: Token, agent: Token | None, target: Token | None) -> Iterator[Draft]:
    """ "X clashed with Y", "X and Y clashed", "the battle was fought between X, supported by Y, and Z": each side
    attacked the other."""
    lemma = trigger.lemma_.lower()
    between = [t for s in roles.pobjs(trigger, "between") for t in roles.pair_sides(s)]
    if len(between) >= 2 and (agent is None or roles.is_passive(trigger)):
        for side in between:
            others = [b for b in between if b is not side]
            yield against(event_type, trigger, [side], others, 0.6, "syntax")
        return
    allied = _side_by_side(trigger)
    if allied and agent is not None:
        # "X and Y have battled side by side against Z": the subjects are allies, Z the one they fought
        yield Draft.read(event_type, trigger, agent, targets=allied, places=roles.locations(trigger), strength=0.65)
        return
    target = crowds.brawl_target(target)  # "exchanged blows"
    partners = roles.pobjs(trigger, "with", "against") or roles.pobjs(roles.patient(trigger) or trigger, "with")
    # not "with several people injured", nor what they fought with ("clashed with sticks, stones and knives")
    partners = [p for p in partners if p.pos_ in ("NOUN", "PROPN", "PRON") and not weapon(p)]
    victims = roles.casualties(trigger) or crowds.hurt_when(trigger)  # "Four were injured when X and Y clashed"
    reciprocal = target is not None and crowds.each_other(target)  # "the two groups fought each other"
    no_side = target is None or is_place(target) or (victims is not None and target.i == victims.i)
    if reciprocal or (agent is not None and no_side and crowds.paired(agent)):
        target, reciprocal = None, True  # "The two factions clashed at X, leaving five dead": each side the other's
    dead: list[Token] = []
    if not partners and agent is not None and (target is None or (victims is not None and target.i == victims.i)):
        partners = roles.co_subjects(trigger, agent)  # "X and Y clashed": each side fought the other
        if partners and target is not None:
            dead = [target]  # "..., leaving four people dead": the clash's victims, no side of it
    if not partners and target is not None and lemma == "battle":
        partners = [target]  # "Kurdish fighters battled IS militants": both sides fight
    if not partners and agent is not None and (lemma in words.BRAWL_VERBS or reciprocal or crowds.both_sides(agent)):
        hurt = dead or ([victims] if victims is not None else [])  # "..., leaving 11 injured", "Four were injured when"
        yield crowds.mutual(event_type, trigger, [agent], tuple(hurt))  # "TMC and BJP workers clashed": both sides
        return
    agents = [agent] if agent is not None else []
    yield Draft.read(
        event_type,
        trigger,
        agent,
        targets=(partners + dead) or ([target] if target else []),
        places=roles.locations(trigger),
        strength=0.65,
    )
    for p in partners:
        yield against(event_type, trigger, [p], agents, 0.6, "syntax")


def _side_by_side(verb: Token) -> list[Token]:
    """Whom the subjects fought together: "X and Y battled side by side against Z" -> [Z] (the parser hangs "against"
    on the second "side"), "fought together against Z"; [] when the verb says no such thing."""
    together = [c for c in verb.children if c.lower_ in ("side", "together") and c.dep_ in ("npadvmod", "advmod")]
    if not together:
        return []
    # "side by side": the parser hangs "by side" on the first "side" or on the verb
    words = [t for c in verb.children if c.lower_ in ("side", "together", "by") for t in c.subtree] + [verb]
    paired = together[0].lower_ == "together" or any(
        w.lower_ == "by" and any(c.lower_ == "side" for c in w.children) for w in words
    )
    return [t for w in words for t in roles.pobjs(w, "against")] if paired else []


def against(
    event_type: EventType, trigger: Token, agents: list[Token], targets: list[Token], strength: float, source: str
) -> Draft:
    """One side's attack on the others in fighting at the trigger's place."""
    return Draft(
        event_type,
        trigger,
        agents=agents,
        targets=targets,
        places=roles.locations(trigger),
        strength=strength,
        agent_source=source,
    )


def _taken(event_type: EventType, trigger: Token, agent: Token | None, target: Token | None) -> Iterator[Draft]:
    """ "captured Mosul from ISIL control": the place taken is the target, and so is the side it was taken from."""
    if target is not None and target.lower_ == "it":
        # "The Taliban overran the district centre of Nad Ali; government troops recaptured it": the place taken before
        sent = roles.sentence(trigger)
        taken = [
            o
            for t in sent
            if t.i < trigger.i and t.pos_ == "VERB" and t.lemma_.lower() in words.PLACE_TAKING
            for o in roles.children(t, "dobj")
            if is_place(o)
        ]
        target = taken[-1] if taken else None
    held = [
        next((c for c in t.children if c.dep_ in ("poss", "compound") and (c.ent_type_ or c.ent_id_)), t)
        for t in roles.pobjs(trigger, "from")
    ]
    yield Draft.read(
        event_type,
        trigger,
        agent,
        targets=([target] if target is not None else []) + held,
        places=[target] if target is not None else [],
        strength=0.6,
    )


def struck(event_type: EventType, trigger: Token, agent: Token | None, target: Token | None) -> Iterator[Draft]:
    """ "ISIS attacked the base": the doer attacked the target."""
    lemma = trigger.lemma_.lower()
    strength = 0.7 if lemma not in words.CONTEXT_ONLY else 0.6
    if lemma in words.KILL_VERBS:
        strength = 0.55
    victims = roles.casualties(trigger) or crowds.hurt_when(trigger)  # "students were injured when police ..."
    if victims is not None and target is not None and crowds.bare_gathering(target):
        target = None  # "to disperse a protest": the people hurt say whom it hit
    targets = [target] if target is not None else []
    if (
        victims is not None
        and not any(victims.i == t.i for t in targets)
        and not roles.own_death(victims)
        and not (targets and frames.only_a_count(victims))
    ):
        targets.append(victims)  # "attacked the base, leaving 15 soldiers dead": the victims of that attack too
    yield Draft.read(event_type, trigger, agent, targets=targets, places=roles.locations(trigger), strength=strength)


VERB_FRAMES: dict[str, Frame] = {
    "fall": outcomes.either(outcomes.came_under_frame, _fell_to),
    **dict.fromkeys(("clash", "fight", "battle", *words.BRAWL_VERBS), _fought),
    "come": outcomes.either(outcomes.came_under_frame, _fought),
    **dict.fromkeys(outcomes.EXPELLING | outcomes.DRIVING, outcomes.driven_frame),
    "lose": outcomes.lost_frame,
    "inflict": outcomes.inflicted_frame,
    **dict.fromkeys(words.PLACE_TAKING, _taken),
    "retaliate": retaliated,
    **dict.fromkeys(advances.ADVANCING, advances.advance_frame),
}
