"""Role reading for ATTACK and AIRSTRIKE: who attacked whom, where, from a violence verb or noun whose sense
(``verbs``, ``nouns``) and aerial cue (``aerial``) the sibling modules decide.  Registers both rules."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from kg.extract import generic_use, lexicon, roles, senses
from kg.extract.actors import Actors
from kg.extract.registry import Draft, lemmas, register
from kg.extract.role_words import OF_WEAPON_NOUNS
from kg.extract.rules.violence import advances, clauses, crowds, falls, frames, launches, outcomes, pitted, words
from kg.extract.rules.violence.aerial import air_support, is_aerial
from kg.extract.rules.violence.checks import abstract, excluded_context, is_place, metaphor, toll, weapon
from kg.extract.rules.violence.downings import DOWNING_PATTERNS, DOWNING_REQUIRES
from kg.extract.rules.violence.nounframe import late_doer
from kg.extract.rules.violence.nouns import noun_ok
from kg.extract.rules.violence.verbs import aimed_beyond, doer_before, retaliated, verb_ok
from kg.models import EventType

PATTERNS: list[list[dict]] = [
    lemmas(*words.ATTACK_VERBS, pos=("VERB",)),
    lemmas(*words.ATTACK_NOUNS, pos=("NOUN", "PROPN")),
    [{"LOWER": {"IN": list(words.AIR_MODIFIERS)}}, {"LEMMA": {"IN": list(words.AIR_HEADS)}}],
    [{"LEMMA": {"IN": ["take"]}, "POS": "VERB"}, {"LOWER": "over"}],
    [{"LEMMA": {"IN": ["take", "gain", "assume", "wrest", "regain"]}, "POS": "VERB"}, {"LOWER": "control"}],
    [
        {"LEMMA": {"IN": ["take", "gain", "assume", "wrest", "regain"]}, "POS": "VERB"},
        {"LOWER": {"IN": list(words.CONTROL_DEGREES)}},
        {"LOWER": "control"},
    ],
    [{"LEMMA": {"IN": ["set"]}, "POS": "VERB"}, {"LOWER": "fire"}],
    [{"LEMMA": "go", "POS": "VERB"}, {"LOWER": "off"}],  # "an explosive device went off" (verbs.went_off)
    # "launched a counter-offensive": the tokenizer splits the word at its hyphen and the tagger makes it adjectives
    [{"LOWER": "counter"}, {"LOWER": "-"}, {"LOWER": {"IN": list(words.COUNTERED)}}],
    # "were lathi charged by the police", "a baton charge on", "baton-charged lawyers" (the tagger's adjective)
    [{"LOWER": {"IN": list(lexicon.CROWD_CONTROL_COMPOUNDS)}}, {"LEMMA": "charge"}],
    [{"LEMMA": {"IN": list(words.CROWD_CONTROL)}, "POS": "ADJ"}],
    *crowds.PATTERNS,
    *outcomes.PATTERNS,
    *DOWNING_PATTERNS,  # "downed a drone", "brought down a helicopter"
]


# Triggers that are violence only with words their sense checks read (verbs.VERB_SENSES): a weapon verb needs its
# weapon ("used tear gas"), "beat" security people or protesters.  A document without any of them cannot hold the
# event, so the trigger table skips it there, and the prefilter need not parse the document for it.
REQUIRES = {
    **lexicon.WEAPON_VERBS,
    "beat": words.BEATING_CUES | {"up"},
    "retaliate": words.RETALIATION_ARMS | lexicon.AERIAL_LEMMAS | lexicon.ARMED_ACTOR_NOUNS,
    "disperse": words.RETALIATION_ARMS,
    "hack": words.BLADES | {"death"},
    "pelt": words.PELTED,
    # stones thrown at people or a party's property (crowds.pelted), beside the weapons thrown
    **{verb: lexicon.WEAPON_VERBS[verb] | words.PELTED for verb in ("throw", "hurl")},
    "use": lexicon.WEAPON_VERBS["use"] | {"force"},  # "used force to disperse the crowd" (crowds.forced)
    "operation": ("death", "killing"),
    **outcomes.REQUIRES,
    **DOWNING_REQUIRES,
    "push": outcomes.REQUIRES["push"] | frozenset(advances.AIM_PREPS),  # "pushed toward the capital" (advances)
}


@register(EventType.AIRSTRIKE, PATTERNS, requires=REQUIRES)
def airstrike(trigger: Token, actors: Actors) -> Iterator[Draft]:
    """AIRSTRIKE drafts: violence triggers with an aerial cue."""
    return _attack(trigger, aerial=True)


@register(EventType.ATTACK, PATTERNS, requires=REQUIRES)
def attack(trigger: Token, actors: Actors) -> Iterator[Draft]:
    """ATTACK drafts: violence triggers without an aerial cue, and the air strikes of the aircraft that backed them."""
    for draft in _attack(trigger, aerial=False):
        yield draft
        yield from air_support(draft)


def _attack(trigger: Token, *, aerial: bool) -> Iterator[Draft]:
    if is_aerial(trigger) != aerial:
        return
    if trigger.ent_type_ in words.NAME_LABELS or excluded_context(trigger):
        return  # "F-16 Fighting Falcons", "Samarra Barrage"
    if senses.generic(trigger) if trigger.pos_ != "VERB" else generic_use.verb_of_a_kind(trigger):
        return  # "Drone strikes are a controversial tool", "An airstrike is an attack by aircraft"
    event_type = EventType.AIRSTRIKE if aerial else EventType.ATTACK
    if trigger.pos_ == "ADJ":
        yield from crowds.adjectival(trigger, event_type)
        return
    clipped = _headline_verb(trigger)
    if clipped is not None:
        yield from _struck(event_type, trigger, *clipped)
        return
    if trigger.lower_ in crowds.ALIGHT:
        setter = crowds.setter(trigger)  # "set the BJP office on fire": read at "set"
        yield from _verb_drafts(setter, event_type) if setter is not None else ()
    elif _nominal(trigger):
        yield from _noun_drafts(trigger, event_type)
    else:
        yield from _verb_drafts(trigger, event_type)


def _headline_verb(trigger: Token) -> tuple[Token, Token] | None:
    """(doer, target) of a verb a headline's clipped grammar left parsed as a modifier of its object: "Taliban
    attack police post in Helmand", "Al-Shabaab fighters ambush AU convoy" (no other verb in the line).  A doer
    named right before it, an armed one, and the noun it modifies as what was attacked."""
    if trigger.dep_ not in ("compound", "nmod", "amod") or trigger.head.i <= trigger.i or trigger.i == 0:
        return None
    if trigger.lemma_.lower() not in words.ATTACK_VERBS:
        return None
    sent = roles.sentence(trigger)
    if any(t.pos_ in ("VERB", "AUX") and t.i != trigger.i for t in sent) or sent[-1].text in (".", "?", "!"):
        return None
    doer = trigger.doc[trigger.i - 1]
    if doer.i < sent.start or doer.pos_ not in ("NOUN", "PROPN") or not senses.armed_actor(doer):
        return None
    while doer.head.i != doer.i and doer.i < doer.head.i < trigger.i:
        doer = doer.head
    target = trigger.head
    if not roles.can_fill(doer, doer=True) or not roles.can_fill(target, doer=False) or abstract(target):
        return None
    return doer, target


def _natural_force(agent: Token) -> bool:
    """True when the doer is a storm, flood or earthquake, by its head or a word compounded on it ("Hurricane
    Ivan", "Typhoon Haiyan", "the floods"), and no aircraft named like one ("Tornado GR4s", "Typhoon jets")."""
    if agent.lemma_.lower() in lexicon.WEAPON_LEMMAS | lexicon.AERIAL_LEMMAS or senses.aircraft_name(agent):
        return False
    kinds = [agent] + [c for c in agent.children if c.dep_ == "compound"]
    return any(t.lemma_.lower() in lexicon.ACCIDENT_CUES and not senses.aircraft_name(t) for t in kinds)


def _nominal(trigger: Token) -> bool:
    """True when the trigger is used as a noun, whatever its tag."""
    if (
        trigger.pos_ == "VERB"
        and trigger.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        and trigger.tag_ in ("NNS", "NN", "VBZ")
    ):
        return True  # "Russian ... airstrikes" mis-tagged as a verb but used as a noun
    if (
        trigger.tag_ == "VBG"
        and trigger.dep_ in ("nsubj", "nsubjpass")
        and trigger.lower_ in words.ATTACK_NOUNS
        and roles.pobjs(trigger, "between")
        and not any(c.dep_ in ("dobj", "nsubj") for c in trigger.children)
    ):
        return True  # "Fighting between the army and Houthi rebels erupted": a gerund read as the noun
    if trigger.pos_ == "NOUN" and any(c.dep_ == "auxpass" for c in trigger.children):
        return False  # "The hideout was overrun by troops", "overrun" tagged a noun
    return trigger.pos_ != "VERB"


# --- verbs ------------------------------------------------------------------------------------------------------


def _verb_drafts(trigger: Token, event_type: EventType) -> Iterator[Draft]:
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
    target = _verb_target(trigger, agent) or clauses.gerund_patient(trigger)  # "before being shot dead by police"
    if target is None and own_subject and trigger.dep_ == "amod" and trigger.head.i > trigger.i:
        target = trigger.head  # "ISIL captured Ouagyaush, Iraq's second city": a finite verb hung on the name after it
    if agent is not None and target is None and frames.headline_passive(trigger, agent):
        agent, target = None, agent  # "Convoy attacked near Gao; three dead": what was attacked
    hit = frames.ran_onto(roles.first(roles.children(trigger, "dobj")) or trigger)
    if hit is not None:
        agent, target = None, hit  # "A UN armoured vehicle struck a landmine": the vehicle was hit
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
    if not (hit is not None or verb_ok(trigger, agent, target)) or metaphor(trigger, agent, target):
        return
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
    yield from VERB_FRAMES.get(lemma, _struck)(event_type, trigger, agent, target)


def _verb_target(trigger: Token, agent: Token | None) -> Token | None:
    """What a violence verb acts on: its object, or where it is aimed, or its conjunct's or purpose's object."""
    lemma = trigger.lemma_.lower()
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
    fired = target is not None and (any(weapon(t) for t in roles.conjuncts(target)) or crowds.force_used(target))
    if fired and target is not None:
        at = roles.pobjs(trigger, "at", "on", "into", "against", "toward", "towards") + roles.aimed_at(target)
        at = [t for t in at if roles.can_fill(t, doer=False)]  # "On 4 June, ... fired grenades at a post": not June
        at.sort(key=lambda t: not crowds.people(t))  # "used water cannons on the marchers at the Rajpath crossing"
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
        target = next(
            (o for c in trigger.children if c.dep_ in ("xcomp", "advcl") for o in roles.children(c, "dobj")), None
        )
    # "broke up a sit-in by graduates", "fired rubber bullets to disperse them" (named before in the sentence)
    return crowds.them(roles.gathered(target), agent) if target is not None else None


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
            yield Draft(event_type, trigger, agents=[side], targets=others, places=roles.locations(trigger),
                        strength=0.6, agent_source="syntax")  # fmt: skip
        return
    target = crowds.brawl_target(target)  # "exchanged blows"
    partners = roles.pobjs(trigger, "with", "against") or roles.pobjs(roles.patient(trigger) or trigger, "with")
    partners = [p for p in partners if p.pos_ in ("NOUN", "PROPN", "PRON")]  # not "with several people injured"
    victims = roles.casualties(trigger) or crowds.hurt_when(trigger)  # "Four were injured when X and Y clashed"
    dead: list[Token] = []
    if not partners and agent is not None and (target is None or (victims is not None and target.i == victims.i)):
        partners = roles.co_subjects(trigger, agent)  # "X and Y clashed": each side fought the other
        if partners and target is not None:
            dead = [target]  # "..., leaving four people dead": the clash's victims, no side of it
    if not partners and target is not None and lemma == "battle":
        partners = [target]  # "Kurdish fighters battled IS militants": both sides fight
    if not partners and agent is not None and (lemma in words.BRAWL_VERBS or crowds.both_sides(agent)):
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
        yield Draft(
            event_type,
            trigger,
            agents=[p],
            targets=agents,
            places=roles.locations(trigger),
            strength=0.6,
            agent_source="syntax",
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


def _struck(event_type: EventType, trigger: Token, agent: Token | None, target: Token | None) -> Iterator[Draft]:
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


# --- nouns ------------------------------------------------------------------------------------------------------


def _noun_drafts(trigger: Token, event_type: EventType) -> Iterator[Draft]:
    lemma = trigger.lemma_.lower()
    if not noun_ok(trigger) or crowds.protested(trigger):
        return  # "a procession to protest against the killing of a party leader"
    if trigger.dep_ == "compound" and trigger.head.lemma_.lower() not in words.COMPOUND_HEADS:
        return  # "attack planners", "assault ship"
    if any(abstract(t) for t in roles.pobjs(trigger, "against", "on")):
        return  # "the battle against the water crisis"
    if lemma in words.PERPETRATOR_NOUNS:
        if not _counted_among(trigger):
            yield _perpetrators(event_type, trigger)
        return
    agents, source = roles.noun_agent(trigger)
    agents = frames.carrier_subject(trigger, agents) or [t for t in (frames.came_from(trigger),) if t is not None]
    if not agents and lemma in words.OF_TARGET_NOUNS:
        agents = frames.by_after_victims(trigger)  # "the massacre of hundreds of villagers by the militia"
    held = frames.campaign(trigger)  # "the bombing campaign against X": the campaign's doer and side are the noun's
    if held is not None and not agents:
        agents, source = roles.noun_agent(held)
    agents = agents or [t for t in (frames.leader(trigger), frames.leader(held or trigger)) if t is not None][:1]
    doer, done_to = frames.done_in(trigger)  # "captured two soldiers in a cross-border raid"
    agents, source = (agents, source) if agents or doer is None else ([doer], "syntax")
    late = [] if agents else late_doer(trigger, of_target=lemma in words.OF_TARGET_NOUNS)
    agents, source = (late, "syntax") if late else (agents, source)  # "the attack on X by Y", "an NPA ambush"
    if not agents and lemma in words.AIRCRAFT_DOERS and trigger.dep_ == "nsubj" and frames.particular(trigger):
        agents, source = [trigger], "syntax"  # "A drone hit the base": nobody's named, the aircraft did it
    if trigger.dep_ == "compound" and trigger.head.lemma_.lower() in words.EVENT_HEADS:
        return  # "suicide bomb attack": the head noun carries the event
    preps = (
        ("on", "against", "targeting", "at")
        + (("of",) if lemma in words.OF_TARGET_NOUNS else ())
        + (("into",) if lemma in words.INTO_TARGET_NOUNS else ())
    )
    targets = roles.noun_target(trigger, *preps) or (roles.noun_target(held) if held is not None else [])
    targets = [t for t in (frames.ran_onto(trigger),) if t is not None] + targets  # "a pickup hit a roadside bomb"
    targets = targets or ([done_to] if done_to is not None else [])
    targets = targets or launches.aimed(trigger)  # "rockets launched from Gaza toward Sderot"
    agents = [a for a in agents if not launches.model_name(trigger, a)] or launches.launched_by(trigger)  # "a Scud"
    targets = [crowds.them(roles.gathered(t), None) for t in targets]  # "a crowd of villagers", "people marching"
    if lemma in words.CROWD_CONTROL:
        agents, source = (agents, source) if agents else (crowds.user(trigger), "syntax")  # "police had to resort to"
        targets = targets or crowds.charged(trigger)  # "to disperse them", "dozens were hurt in the lathicharge"
    if lemma in OF_WEAPON_NOUNS:
        # "the use of sarin against civilians", "the use of barrel bombs by helicopters on residential areas": the
        # phrases hung on the weapon or its user name whom it was used on, before what the noun's verb did
        arms = roles.pobjs(trigger, "of")
        aimed = [t for w in arms + agents for t in roles.pobjs(w, "against", "on") if roles.can_fill(t, doer=False)]
        targets = aimed + [t for t in targets if t not in aimed]
    if agents and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in words.EXCHANGE_VERBS:
        yield crowds.exchanged(event_type, trigger, agents, targets)
        return
    if lemma in words.SIDES_NOUNS:
        drafts, agents, source = _sides(event_type, trigger, agents, source)
        if drafts is not None:
            yield from drafts
            return
    if lemma == "fall":
        # "the fall of Mosul to the Islamic State": taken by the side it fell to.
        fallen = falls.fallen(trigger)
        yield Draft(
            event_type,
            trigger,
            agents=falls.takers(trigger),
            targets=fallen,
            places=fallen,
            strength=0.55,
            agent_source="syntax",
        )
        return
    if lemma in ("liberation", "capture", "seizure"):
        taken = roles.pobjs(trigger, "of")  # "the capture of Bakhmut": the place taken is what was attacked, and where
        yield Draft(event_type, trigger, agents=agents, targets=taken, places=taken, strength=0.55, agent_source=source)
        return
    if (
        not targets
        and agents
        and agents[0].lemma_.lower() in lexicon.FIGURATIVE_DOERS
        and not roles.sentence_lemmas(trigger) & lexicon.HARM_WORDS
    ):
        return  # "the company launched an offensive to win back customers"
    if targets and metaphor(trigger, agents[0] if agents else None, targets[0]):
        return
    places = roles.locations(trigger) or [t for t in launches.aimed(trigger) if is_place(t)]  # "toward Sderot"
    # "attacks in France, Belgium and Florida" gives places, not targets.
    targets = [t for t in targets if not (t.ent_type_ in ("GPE", "LOC") and t.head.lower_ == "in")]
    strength = 0.6 if lemma in words.STRONG_NOUNS else 0.5
    yield Draft(
        event_type, trigger, agents=agents, targets=targets, places=places, strength=strength, agent_source=source
    )


def _counted_among(noun: Token) -> bool:
    """ "killed two of the attackers", "one of the gunmen was arrested": the doers counted as someone's victims or
    captives, no attack of theirs."""
    of = noun.head
    return (
        noun.dep_ == "pobj"
        and of.lower_ == "of"
        and (of.head.pos_ == "NUM" or of.head.like_num or of.head.lemma_.lower() in lexicon.QUANTITY_HEADS)
        and of.head.dep_ in ("dobj", "pobj", "nsubjpass")
    )


def _perpetrators(event_type: EventType, trigger: Token) -> Draft:
    """ "the attackers killed ...": the noun names the perpetrators, the verb is the attack."""
    verb = trigger.head if trigger.dep_ == "nsubj" else None
    target = roles.patient(verb) if verb is not None else None
    if target is not None and verb is not None and roles.is_reflexive(target):
        target = roles.casualties(verb)  # "bombers blew themselves up ..., killing four officers"
    elif verb is not None and verb.pos_ == "VERB":
        target = _verb_target(verb, trigger)  # "the attackers set fire to a police vehicle": the vehicle
    return Draft(
        event_type,
        trigger,
        agents=[trigger],
        targets=[target] if target is not None else [],
        places=roles.locations(verb) if verb is not None else [],
        strength=0.55,
        agent_source="syntax",
    )


def _sides(
    event_type: EventType, trigger: Token, agents: list[Token], source: str
) -> tuple[list[Draft] | None, list[Token], str]:
    """Fighting between sides ("clashes between X and Y", "X's battle with Y"): a draft per side against the
    others, or none for a riot; ``None`` when no sides are named, with the doers read so far."""
    sides = roles.pobjs(trigger, "between", "with", "against") or pitted.sides(trigger)
    if not sides and trigger.head.pos_ in ("VERB", "AUX"):
        sides = roles.pobjs(trigger.head, "between")  # "battles raged ... between X and Y"
    expanded = [t for s in sides for t in (roles.pair_sides(s) if s.head.lower_ == "between" else roles.conjuncts(s))]
    if any(t.lemma_.lower() in lexicon.RIOT_DOERS - lexicon.PARTISAN_DOERS for t in expanded + agents) and not (
        roles.sentence_lemmas(trigger) & words.DEATH_CUES
    ):
        return [], agents, source  # "clashes between protesters and police": a riot, unless people are killed
    if not agents and not expanded:
        subjects = roles.clause_subjects(trigger)
        if len(subjects) >= 2:
            expanded = subjects  # "Bosnia and Slovenia agreed to a ceasefire after fighting"
    elif not agents and len(expanded) == 1 and trigger.dep_ == "pobj":
        # "X is wounded during a fight with Y": the one hurt is the other side
        agents = roles.clause_subjects(trigger)[:1] or list(roles.children(trigger.head.head, "nsubjpass"))[:1]
        source = "syntax"
    if len(expanded) == 1 and not agents and expanded[0].tag_ in ("NNS", "NNPS") and roles.pobjs(trigger, "between"):
        expanded = expanded * 2  # "clashes between rival militias": one plural phrase names both sides
    if len(expanded) >= 2 and not agents:
        return (
            [_against(event_type, trigger, [a], [b for b in expanded if b is not a], 0.6, "syntax") for a in expanded],
            agents,
            source,
        )
    if agents and expanded:
        drafts = [_against(event_type, trigger, agents, expanded, 0.6, source)]
        drafts += [_against(event_type, trigger, [b], agents, 0.55, source) for b in expanded]
        return drafts, agents, source
    return None, agents, source


def _against(
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
