"""Role reading at a violence noun: the doers and targets of "the attack on X by Y", "clashes between X and
Y", "the fall of Mosul", "the attackers killed ...", read from the noun's phrase and the clause around it."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import lexicon, roles
from kg.extract.patients import noun_target
from kg.extract.registry import Draft
from kg.extract.role_words import OF_WEAPON_NOUNS
from kg.extract.rules.violence import crowds, falls, frames, launches, pitted, setoff, words
from kg.extract.rules.violence.checks import abstract, is_place, metaphor
from kg.extract.rules.violence.nounframe import late_doer
from kg.extract.rules.violence.nouns import exchange_of, exchange_sides, noun_ok
from kg.extract.rules.violence.nouns import taken as nouns_taken
from kg.extract.rules.violence.verbframes import against
from kg.extract.rules.violence.verbroles import verb_target
from kg.models import EventType


def noun_drafts(trigger: Token, event_type: EventType) -> Iterator[Draft]:
    lemma = trigger.lemma_.lower()
    if not noun_ok(trigger) or crowds.protested(trigger):
        return  # "a procession to protest against the killing of a party leader"
    exchange = exchange_of(trigger) if lemma == "fire" else None  # "an exchange of fire ... between X and Y"
    if trigger.dep_ == "compound" and trigger.head.lemma_.lower() not in words.COMPOUND_HEADS and exchange is None:
        return  # "attack planners", "assault ship"; but "a fire exchange between X and Y" is one
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
    if not agents:
        # "wounded in military airstrikes": with no doer named, the adjective names the armed forces that struck
        agents, source = [c for c in trigger.children if c.dep_ == "amod" and c.lower_ == "military"], "syntax"
    if not agents and lemma in words.AIRCRAFT_DOERS and trigger.dep_ == "nsubj" and frames.particular(trigger):
        agents, source = [trigger], "syntax"  # "A drone hit the base": nobody's named, the aircraft did it
    if trigger.dep_ == "compound" and trigger.head.lemma_.lower() in words.EVENT_HEADS:
        return  # "suicide bomb attack": the head noun carries the event
    preps = (
        ("on", "against", "targeting", "at")
        + (("of",) if lemma in words.OF_TARGET_NOUNS else ())
        + (("into",) if lemma in words.INTO_TARGET_NOUNS else ())
    )
    targets = noun_target(trigger, *preps) or (noun_target(held) if held is not None else [])
    targets = [t for t in (setoff.ran_onto(trigger),) if t is not None] + targets  # "a pickup hit a roadside bomb"
    # "the Radisson hotel siege": a name before the building hit is the building's, not a doer's ("a Taliban
    # checkpoint attack" keeps its group)
    agents = [a for a in agents if a.ent_type_ in ("ORG", "NORP") or not _names_building(a, targets)]
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
    if exchange is not None:
        agents = [a for a in agents if a.i not in (exchange.i, trigger.i)]  # not "intense exchange" as its own doer
    if lemma in words.SIDES_NOUNS or exchange is not None:
        drafts, agents, source = _sides(event_type, exchange or trigger, agents, source, fire=trigger)
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
        taken = nouns_taken(trigger)  # "the capture of Bakhmut": the place taken is what was attacked, and where
        if any(t.dep_ == "poss" for t in taken):  # "Mosul's capture by the Islamic State": the owner was taken
            agents, source = roles.pobjs(trigger, "by") or [a for a in agents if a not in taken], "syntax"
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
        target = verb_target(verb, trigger)  # "the attackers set fire to a police vehicle": the vehicle
    return Draft(
        event_type,
        trigger,
        agents=[trigger],
        targets=[target] if target is not None else [],
        places=roles.locations(verb) if verb is not None else [],
        strength=0.55,
        agent_source="syntax",
    )


def _between_in_phrases(verb: Token) -> list[Token]:
    """The sides of a "between" phrase the parser hung inside the verb's prepositional phrases (no clause between);
    not a "between" of places, which says where ("on the road between Homs and Hama")."""
    found: list[Token] = []
    todo = [c for c in verb.children if c.dep_ == "prep"]
    while todo:
        prep = todo.pop(0)
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            found += [s for s in roles.pobjs(obj, "between") if not any(_named_place(t) for t in roles.pair_sides(s))]
            todo += [c for c in obj.children if c.dep_ == "prep" and c.lower_ != "between"]
    return found


def _names_building(name: Token, targets: list[Token]) -> bool:
    """True when ``name`` stands right before a building's noun among ``targets``, both on the same noun."""
    return any(t.dep_ == "compound" and t.i == name.i + 1 and t.head == name.head for t in targets)


def _defined_sides(copula: Token) -> list[Token]:
    """The "between" sides of what a fight is said to be, an encyclopaedia's first sentence: "The Battle of Kismayo
    was a military engagement between X and Y", "The clashes were a series of armed confrontations between rival
    militias"; not a "between" of places ("a battle between the two towns")."""
    found: list[Token] = []
    for attr in roles.children(copula, "attr"):
        named = [attr, *(o for o in roles.pobjs(attr, "of") if attr.lemma_.lower() in _SERIES)]
        for noun in named:
            if noun.lemma_.lower() in words.DEFINED_FIGHTS:
                found += [
                    s for s in roles.pobjs(noun, "between") if not any(_named_place(t) for t in roles.pair_sides(s))
                ]
    return found


_SERIES = frozenset({"series", "string", "wave", "number"})


def _named_place(token: Token) -> bool:
    """A place by its name or its noun ("Homs", "the two towns"); not an unknown name, which may be a group's."""
    return token.ent_type_ in ("GPE", "LOC", "FAC") or token.lemma_.lower() in lexicon.PLACE_NOUNS


def _sides(
    event_type: EventType, trigger: Token, agents: list[Token], source: str, *, fire: Token
) -> tuple[list[Draft] | None, list[Token], str]:
    """Fighting between sides ("clashes between X and Y", "X's battle with Y"): a draft per side against the
    others, or none for a riot; ``None`` when no sides are named, with the doers read so far.  ``fire`` is the
    trigger noun, the fire of an exchange of fire that is ``trigger``, which may hold its "between" phrase."""
    sides = (
        roles.pobjs(trigger, "between", "with", "against")
        or (exchange_sides(trigger, fire) if fire is not trigger else [])
        or pitted.sides(trigger)
    )
    if not sides and trigger.head.pos_ in ("VERB", "AUX"):
        sides = roles.pobjs(trigger.head, "between")  # "battles raged ... between X and Y"
    if not sides and trigger.dep_ == "nsubj" and trigger.head.pos_ in ("VERB", "AUX"):
        # "clashes had been going on for several days between X and Y", "the clashes erupted in villages to the
        # southeast between X and Y": the "between" hung on the verb's time or place phrase
        sides = _between_in_phrases(trigger.head)
    subject = trigger.head if trigger.dep_ == "conj" else trigger  # "The siege of X, and the Battle of X, was ..."
    defined = not sides and subject.dep_ == "nsubj" and subject.head.lemma_ == "be"
    if defined:
        sides = _defined_sides(subject.head)  # "The Battle of X was a military engagement between Y and Z"
    expanded = [t for s in sides for t in (roles.pair_sides(s) if s.head.lower_ == "between" else roles.conjuncts(s))]
    if any(t.lemma_.lower() in lexicon.RIOT_DOERS - lexicon.PARTISAN_DOERS for t in expanded + agents) and not (
        roles.sentence_lemmas(trigger) & words.DEATH_CUES
    ):
        return [], agents, source  # "clashes between protesters and police": a riot, unless people are killed
    if not agents and not expanded:
        subjects = [s for s in roles.clause_subjects(trigger) if s.lemma_.lower() not in words.DEFINED_FIGHTS]
        if len(subjects) >= 2:
            expanded = subjects  # "Bosnia and Slovenia agreed to a ceasefire after fighting"
    elif not agents and len(expanded) == 1 and trigger.dep_ == "pobj":
        # "X is wounded during a fight with Y": the one hurt is the other side
        agents = roles.clause_subjects(trigger)[:1] or list(roles.children(trigger.head.head, "nsubjpass"))[:1]
        source = "syntax"
    if (
        len(expanded) == 1
        and not agents
        and expanded[0].tag_ in ("NNS", "NNPS")
        and (defined or roles.pobjs(trigger, "between"))
    ):
        expanded = expanded * 2  # "clashes between rival militias": one plural phrase names both sides
    if len(expanded) >= 2 and not agents:
        return (
            [against(event_type, trigger, [a], [b for b in expanded if b is not a], 0.6, "syntax") for a in expanded],
            agents,
            source,
        )
    if agents and expanded:
        drafts = [against(event_type, trigger, agents, expanded, 0.6, source)]
        drafts += [against(event_type, trigger, [b], agents, 0.55, source) for b in expanded]
        return drafts, agents, source
    return None, agents, source
