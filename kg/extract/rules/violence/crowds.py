"""Crowd and party violence in protest news: sides that come to blows, mobs that swoop on people or wreck a party's
office, and the doers and targets of crowd-control nouns ("resort to cane-charge to disperse them", "hurt in the
lathicharge").  The senses here are read by ``verbs.VERB_SENSES``, the readings by ``attack``."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import lexicon, roles, senses
from kg.extract.registry import Draft
from kg.extract.rules.violence import words
from kg.models import EventType

# Multi-word triggers, each found at its verb: "came to blows", "exchanged blows", "swooped on", "charged at".
PATTERNS: list[list[dict]] = [
    [{"LEMMA": "come", "POS": "VERB"}, {"LOWER": "to"}, {"LOWER": "blows"}],
    [{"LEMMA": {"IN": ["exchange", "trade"]}, "POS": "VERB"}, {"LOWER": "blows"}],
    [{"LEMMA": {"IN": list(words.SWOOP_VERBS)}, "POS": "VERB"}, {"LOWER": {"IN": ["on", "upon"]}}],
    [{"LEMMA": "charge", "POS": "VERB"}, {"LOWER": {"IN": ["at", "into"]}}],
    # "set the BJP office on fire", "set ablaze the house of a CPI(M) leader": read at "set" (``setter``)
    [{"LOWER": "on"}, {"LOWER": "fire"}],
    [{"LOWER": "ablaze"}],
]
ALIGHT = frozenset({"on", "ablaze"})

_PEOPLE = lexicon.PEOPLE_NOUNS | lexicon.CROWD_NOUNS | lexicon.RIOT_DOERS | lexicon.OFFICE_HOLDERS
_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})


def people(token: Token) -> bool:
    """People rather than things: a named person, a noun of people, a pronoun, or "dozens of students"."""
    if token.lemma_.lower() in lexicon.QUANTITY_HEADS or token.like_num:
        return any(people(t) for t in roles.pobjs(token, "of"))
    return token.ent_type_ == "PERSON" or token.lemma_.lower() in _PEOPLE or token.lower_ in _PRONOUNS


def each_other(token: Token) -> bool:
    """ "at each other", "one another": the doers are the targets."""
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    return (token.lower_, before) in (("other", "each"), ("another", "one"))


def sides(trigger: Token, agent: Token | None) -> list[Token]:
    """The sides of a fight told with "each other" or by the verb ("came to blows"): the subject and the subjects
    coordinated with it.  A subject the parser found after the trigger ("hurling crude bombs at each other and
    leaving 11 people injured") is the casualty clause's, so the nearest subject before the trigger stands."""
    if agent is None or agent.i > trigger.i or agent.dep_ != "nsubj":
        sent = roles.sentence(trigger)
        agent = next(
            (t for t in reversed(sent[: trigger.i - sent.start]) if t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN")),
            None,
        )
    if agent is None:
        return []
    return [agent, *roles.co_subjects(agent.head, agent)]


def both_sides(agent: Token) -> bool:
    """One phrase that names both sides: "TMC and BJP workers", "Supporters of the PDP and the APC", "rival
    supporters", "supporters of two rival candidates"."""
    return any(
        c.dep_ in ("nmod", "compound", "amod") and (roles.conjuncts(c)[1:] or c.lower_ in _RIVAL)
        for c in agent.children
    ) or any(roles.conjuncts(p)[1:] or any(c.lower_ in _RIVAL for c in p.children) for p in roles.pobjs(agent, "of"))


_RIVAL = frozenset({"rival", "opposing"})


def paired(agent: Token) -> bool:
    """A plural subject counted as two or told as both: "The two halves", "the two groups", "both sides" (each side
    of the pair fought the other), not a number of people ("Two gunmen", "two soldiers"), who fight someone else."""
    if agent.tag_ not in ("NNS", "NNPS") or agent.lemma_.lower() not in _SIDE_NOUNS:
        return False
    return any(c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet") for c in agent.children)


# Nouns for the parts or sides of a conflict: "the two halves", "both factions".
_SIDE_NOUNS = frozenset({
    "side", "half", "group", "faction", "militia", "wing", "camp", "clan", "tribe", "community", "army", "party",
    "movement", "force", "unit", "brigade", "gang", "village", "country", "state", "neighbour", "neighbor", "rival",
    "organisation", "organization",
})  # fmt: skip


def partisan_fight(verb: Token, agent: Token | None) -> bool:
    """Sides fighting each other, no riot: "came to blows", or party supporters, activists or mobs that clashed
    ("Supporters of the PDP and the APC clashed"); protesters clashing with the police stay a riot."""
    if verb.lemma_.lower() in words.BRAWL_VERBS:
        return True
    return (
        verb.lemma_.lower() in ("clash", "fight")
        and agent is not None
        and (agent.lemma_.lower() in lexicon.PARTISAN_DOERS or both_sides(agent))
    )


def political_property(token: Token) -> bool:
    """A party's or an office holder's office, house or convoy ("the BJP party office", "the residence of the local
    MLA", "the convoy of the Chief Minister")."""
    if token.lemma_.lower() not in words.PROPERTY_HEADS:
        return False
    owners = [c for c in token.children if c.dep_ in ("compound", "poss", "nmod")] + roles.pobjs(token, "of")
    return any(
        o.ent_type_ in ("ORG", "PERSON", "NORP")
        or o.lemma_.lower() in lexicon.OFFICE_HOLDERS | words.POLITICAL_OWNERS
        or any(c.lemma_.lower() in lexicon.OFFICE_HOLDERS for c in o.children if c.dep_ == "compound")
        for o in owners
    )


def no_riot(trigger: Token, agent: Token | None, target: Token | None) -> bool:
    """A crowd's act that is no riot: sides fighting each other, an attack on a party's or an office holder's
    property or on a gathering ("Stone-throwing youths attacked the convoy of the Chief Minister"), or partisans'
    that hurt people ("Shibir activists attacked a police van, injuring three policemen")."""
    if partisan_fight(trigger, agent) or (
        target is not None and political_target(target) and not senses.clashed_at(trigger, target)
    ):
        return True
    hurt = roles.casualties(trigger)
    partisan = agent is not None and agent.lemma_.lower() in lexicon.PARTISAN_DOERS
    return partisan and hurt is not None and people(hurt)


def political_target(token: Token) -> bool:
    """What partisans or a mob attack that makes it no riot: a party's or an office holder's property, or a
    gathering of people ("swooped on a procession of the JCD")."""
    return political_property(token) or token.lemma_.lower() in lexicon.GATHERINGS - {"crowd"}


def by_on_aim(verb: Token) -> Token | None:
    """The doer of a passive the parser hung on what it was aimed at: "stones were thrown at the convoy of the chief
    minister in Bhubaneswar by BJD workers"."""
    aimed = roles.pobjs(verb, "at", "on", "upon")
    return roles.first(t for a in aimed for t in roles.pobjs(a, "by") if t.pos_ in ("NOUN", "PROPN"))


def setter(token: Token) -> Token | None:
    """The "set" of "set ... on fire" or "set ... ablaze", wherever the parser hung the phrase (on the verb or on
    its object), or None."""
    for verb in [token.head, *token.head.ancestors][:3]:
        if verb.lemma_.lower() == "set" and verb.pos_ == "VERB":
            return verb
    return None


def alight(verb: Token) -> bool:
    """ "set the office on fire", "set ablaze the house": "set" with fire as the result, not as its object."""
    near = [verb, *roles.children(verb, "dobj")]
    return any(
        c.lower_ == "ablaze" or (c.lower_ == "on" and any(o.lower_ == "fire" for o in c.children))
        for t in near
        for c in t.children
    )


# --- senses (verbs.VERB_SENSES) -----------------------------------------------------------------------------------


def beat_people(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "thrashed a councillor", "manhandled him", "roughed up a journalist": people hit, not a side beaten at sport
    or a deal thrashed out."""
    up = any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    return (
        (up or verb.lemma_.lower() != "rough")
        and target is not None
        and people(target)
        and not senses.sporting(verb)
        and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    )


def fell_upon(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "swooped on students", "descended on MDC supporters": people set upon, not a town visited or a hideout
    raided to arrest."""
    return (
        target is not None
        and (people(target) or target.lemma_.lower() in lexicon.GATHERINGS or political_property(target))
        and not (roles.sentence_lemmas(verb) & (words.ARREST_CUES | {"visit", "arrive"}))
    )


def wrecked(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "vandalised the BJP party office": a party's or an office holder's property; shops and cars are a riot."""
    return target is not None and political_property(target)


def pelted(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "pelted stones at the minister's convoy": stones thrown at people or a party's property; at the police
    they are a violent demonstration."""
    aimed = [t for t in roles.pobjs(verb, "at", "on") if not security(t)]
    return bool(aimed) and (people(aimed[0]) or political_property(aimed[0]))  # not "threw stones at the bus"


def forced(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "used force to disperse opposition supporters": force used on a crowd, by its purpose."""
    force = any(o.lemma_.lower() == "force" for o in roles.children(verb, "dobj"))
    purpose = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in _DISPERSING]
    return force and bool(purpose)


def force_used(obj: Token) -> bool:
    """ "force" as what was used ("used force to disperse"): the means, never the target."""
    return obj.lemma_.lower() == "force" and obj.dep_ == "dobj" and obj.head.lemma_.lower() == "use"


_DISPERSING = frozenset({"disperse", "break", "clear", "evict", "scatter", "remove", "push"})


def charged_at(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "Riot police charged at hundreds of garment workers with batons": security forces or arms against people."""
    armed = agent is not None and security(agent) or bool(roles.sentence_lemmas(verb) & words.RETALIATION_ARMS)
    return armed and target is not None and people(target)


def security(token: Token) -> bool:
    return token.lemma_.lower() in words.SECURITY_PEOPLE or token.lower_ in words.SECURITY_PEOPLE


def protested(noun: Token) -> bool:
    """An event named only as what a protest was against ("took out a procession to protest against the killing of a
    party leader last week"): the sentence tells of the protest, not the killing."""
    head = noun.head
    if noun.dep_ == "dobj":
        return head.lemma_.lower() in words.PROTEST_WORDS
    return (
        noun.dep_ == "pobj" and head.lower_ in ("against", "over") and head.head.lemma_.lower() in words.PROTEST_WORDS
    )


# --- readings -----------------------------------------------------------------------------------------------------


# Verbs whose target is where they fall, whatever the parser made their object: "swooped on students".
FALLING_VERBS = words.SWOOP_VERBS | {"charge"}


def fallen_on(verb: Token) -> Token | None:
    """Whom a verb of falling upon people fell on: "swooped on students", "charged at hundreds of workers"."""
    return roles.first(roles.pobjs(verb, "on", "upon", "at", "into"))


def outer_subject(verb: Token) -> Token | None:
    """The subject of a verb the parser hung as a modifier inside that subject's own phrase: in "A group of masked
    men armed with rods swooped on students" "swooped" modifies "rods", and the group is the sentence's subject."""
    if verb.dep_ != "acl":
        return None
    return next((a for a in verb.ancestors if a.dep_ == "nsubj" and a.pos_ in ("NOUN", "PROPN")), None)


def mutual(event_type: EventType, trigger: Token, sides: list[Token], dead: tuple[Token, ...] = ()) -> Draft:
    """Sides that fought each other: every side a doer and a target, even one phrase naming both ("TMC and BJP
    workers clashed"); the dead of the fight are targets too."""
    return Draft(
        event_type,
        trigger,
        agents=sides,
        targets=[*sides, *dead],
        places=roles.locations(trigger),
        strength=0.6,
        agent_source="syntax",
        mutual=True,
    )


def adjectival(trigger: Token, event_type: EventType) -> Iterator[Draft]:
    """A crowd-control verb the tagger took for an adjective on its object ("Police in Nairobi tear-gassed
    supporters of ..."): the object is the noun it modifies, the doer the sentence's first noun outside a
    prepositional phrase."""
    if trigger.dep_ != "amod" or trigger.head.pos_ not in ("NOUN", "PROPN"):
        return
    sent = roles.sentence(trigger)
    doer = next(
        (t for t in sent[: trigger.i - sent.start] if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("ROOT", "nsubj")),
        None,
    )
    if doer is None:
        # "Police baton-charged supporters of ...": the parser hung the doer on the object with the verb
        doer = next((t for t in trigger.head.lefts if t.i < trigger.i and t.dep_ in ("nmod", "compound")), None)
    yield Draft(
        event_type,
        trigger,
        agents=[doer] if doer is not None else [],
        targets=[trigger.head],
        places=roles.locations(trigger.head),
        strength=0.55,
        agent_source="pattern",
    )


def brawl_target(target: Token | None) -> Token | None:
    """What a brawl verb read as its object ("exchanged blows") is no target."""
    return None if target is not None and target.lower_ == "blows" else target


def bare_gathering(token: Token) -> bool:
    """A gathering that says nothing of whose it was ("to disperse a protest"), unlike "a BNP procession"; a crowd is
    its people, who were hit ("fired live rounds at crowds protesting the results, killing two": both)."""
    return token.lemma_.lower() in lexicon.GATHERINGS - {"crowd"} and not any(
        c.dep_ in ("compound", "poss", "nmod") or c.ent_type_ or (c.dep_ == "prep" and c.lower_ in ("by", "of"))
        for c in token.children
    )


def hurt_when(verb: Token) -> Token | None:
    """Who was hurt when the event took place: "A dozen students were injured when police used teargas"."""
    head = verb.head
    when = any(c.lower_ in ("when", "as") for c in verb.children)
    if verb.dep_ != "advcl" or not when or head.lemma_.lower() not in words.HURT_VERBS or not roles.is_passive(head):
        return None
    victim = roles.first(roles.children(head, "nsubjpass"))
    return victim if victim is not None and people(victim) else None


def user(noun: Token) -> list[Token]:
    """Who used a crowd-control noun that names no doer: the subject of the verb it hangs from ("police had to
    resort to cane-charge"), else the police the sentence names ("dozens were hurt in the lathicharge", only the
    police charge crowds with lathis)."""
    verb = roles.governor(noun)
    if verb is not None and not roles.is_passive(verb):
        doer = roles.subject(verb)
        if doer is not None and doer.pos_ != "PRON" and doer.i != noun.i:
            return [doer]
    sent = roles.sentence(noun)
    return [t for t in sent if t.lemma_.lower() == "police" and t.pos_ in ("NOUN", "PROPN")][:1]


def charged(noun: Token) -> list[Token]:
    """Whom a crowd-control noun hit when it names nobody: the object of its verb's purpose ("resort to cane-charge
    to disperse them") or the people hurt in it ("dozens were hurt in the lathicharge")."""
    verb = roles.governor(noun)
    if verb is None:
        return []
    for clause in (c for c in verb.children if c.dep_ in ("advcl", "xcomp")):
        obj = roles.first(roles.children(clause, "dobj"))
        if obj is not None:
            return [them(roles.gathered(obj), roles.subject(verb))]
    if verb.lemma_.lower() in words.HURT_VERBS and roles.is_passive(verb) and noun.head.lower_ in ("in", "during"):
        return list(roles.children(verb, "nsubjpass"))[:1]
    return []


def them(target: Token, doer: Token | None) -> Token:
    """The people "them" stands for when its sentence named them before: "Supporters of the Awami League and the BNP
    came to blows ..., and police had to resort to cane-charge to disperse them", "Police clashed with striking
    teachers, firing tear gas to disperse them".  Else whom a gerund the parser made the target tells of: "opened
    fire on people marching to the district headquarters" hit the people, not the marching."""
    if target.tag_ == "VBG" and target.pos_ == "VERB":
        return roles.first(roles.children(target, "nsubj")) or target
    if target.lower_ != "them":
        return target
    sent = roles.sentence(target)
    sides = {t.i for t in roles.conjuncts(doer)} if doer is not None else set()
    named = [
        t
        for t in sent[: target.i - sent.start]
        if t.tag_ in ("NNS", "NNPS") and t.i not in sides and people(t) and t.lemma_.lower() not in _SPEAKERS
    ]
    return named[-1] if named else target


_SPEAKERS = frozenset({"witness", "official", "resident"})  # "witnesses said police ... dispersed them"


def cut_clause(verb: Token) -> tuple[Token, Token] | None:
    """(doer, target) of a crowd-control verb the parser hung on its subject, with the participle after it made the
    clause's verb: in "when police lathi-charged agitating Congress workers" "agitating" took "police" as subject and
    "workers" as object."""
    if verb.dep_ != "acl" or verb.head.i != verb.i - 1 or len(list(verb.children)):
        return None
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is None or after.tag_ != "VBG" or verb.head not in list(roles.children(after, "nsubj")):
        return None
    obj = roles.first(roles.children(after, "dobj"))
    return (verb.head, obj) if obj is not None else None


def exchanged(event_type: EventType, trigger: Token, agents: list[Token], victims: list[Token]) -> Draft:
    """ "Rebels and soldiers exchanged gunfire", "Indian and Pakistani troops traded artillery fire", "troops
    exchanged fire with militants": the fire went both ways, so every side is a doer and a target, as in a clash;
    those it killed are targets too."""
    verb = trigger.head
    partners = [p for p in roles.pobjs(verb, "with") + roles.pobjs(trigger, "with") if p.pos_ in ("NOUN", "PROPN")]
    sides = agents + [p for p in partners if p not in agents]
    return mutual(event_type, trigger, sides, tuple(v for v in victims if v not in sides))
