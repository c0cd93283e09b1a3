"""Verb senses: is this use of a violence verb violent?  ``VERB_SENSES`` maps a lemma to the named check
that decides it; a lemma not in the table is violent whenever its trigger matched ("bombed", "ambushed")."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from kg.extract import kinds, lexicon, roles, senses
from kg.extract.registry import Draft
from kg.extract.rules.violence import (
    accidents,
    advances,
    aerial,
    attempts,
    crowds,
    downings,
    falls,
    launches,
    outcomes,
    rammings,
    setoff,
    words,
)
from kg.extract.rules.violence.checks import abstract, group, halted_or_felt, is_place, killing_at_a_game, reciprocal
from kg.extract.rules.violence.takings import place_taken, taken, took_control
from kg.models import EventType

# A verb sense check: (verb, its doer or None, its target or None) -> violent?
Sense = Callable[[Token, Token | None, Token | None], bool]


def verb_ok(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """True when ``verb`` with this doer and target is violence."""
    sense = VERB_SENSES.get(verb.lemma_.lower())
    return sense is None or sense(verb, agent, target)


def wielded(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "threw grenades", "used tear gas": a weapon used, outside sport."""
    return senses.wields(verb) and not senses.sporting(verb)


def used(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "used tear gas", "used chemical weapons"; "used force to disperse opposition supporters"; not what a thing is
    used for in general ("Chlorine is used to purify drinking water": present tense, no user, nothing named)."""
    if agent is None and kinds.in_general(verb):
        return False
    return wielded(verb, agent, target) or crowds.forced(verb, agent, target)


def thrown(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "threw a grenade at soldiers"; stones thrown at people or a party's property ("Eggs and stones were thrown at
    the convoy of the chief minister"), not at the police."""
    return wielded(verb, agent, target) or crowds.pelted(verb, agent, target)


def fell_to_armed_side(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "Mosul fell to ISIS": a place taken by an armed side."""
    sides = falls.takers(verb)  # "fell to ISIS", "fell into the hands of ISIS"
    place = agent is not None and (is_place(agent) or agent.pos_ == "PROPN")  # "Palmyra", tagged a person
    return place and bool(sides) and (senses.armed_actor(sides[0]) or outcomes.armed_side(sides[0]))


def fell(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "Mosul fell to ISIS", "fell under the control of ISIS": a place taken by an armed side."""
    if _under(verb):
        return outcomes.came_under(verb, agent, target)
    return fell_to_armed_side(verb, agent, target)


def came(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "came under the control of ISIS" (a place taken); "came to blows" is read by the sides' frame."""
    return outcomes.came_under(verb, agent, target) if _under(verb) else True


def _under(verb: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "under" for c in verb.children)


def armed_sides_battle(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "Kurdish fighters battled IS militants": armed sides or persons, not sport, not abstractions."""
    sides = [target] if target is not None else roles.pobjs(verb, "with", "against")
    if target is not None and agent is not None and crowds.each_other(target):
        sides = [agent]  # "the two militias battled each other": the doers are both sides
    if not sides and agent is not None:
        sides = roles.conjuncts(agent)[1:]  # "Government troops and Houthi rebels battled": each side
    return (
        agent is not None
        and bool(sides)
        and not senses.sporting(verb)
        and all(not abstract(t) and (senses.armed_actor(t) or t.ent_type_ == "PERSON") for t in sides)
    )


def harmed(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """Killing and wounding: not accidents or sport; a wounding needs a doer, a killing a victim."""
    lemma = verb.lemma_.lower()
    sent = roles.sentence_lemmas(verb)
    blown = [agent] + [s for c in verb.children if c.dep_ == "advcl" for s in c.children if s.dep_ == "nsubj"]
    sport = senses.sporting(verb) and not killing_at_a_game(verb)  # "stabbed two rival fans after the match"
    if sent & lexicon.ACCIDENT_CUES or sport or any(senses.accidental_doer(t) for t in blown):
        return False  # "Two workers were killed when a boiler blew up": what did it is a thing that blew up
    if any(accidents.accident_clause(c) for c in verb.children if c.dep_ == "advcl"):
        return False  # "A soldier was killed when two military trucks collided": a road accident
    if lemma in ("wound", "injure") and agent is None:
        return False
    if lemma in ("kill", "murder") and (target is None or target.lemma_.lower() in words.NOT_VICTIM_NOUNS):
        return False  # a killing needs someone killed ("kill lists" is no killing)
    if verb.dep_ in ("amod", "compound") and verb.head.lemma_.lower() in words.DEATH_HEADS:
        return True  # "the shooting deaths of two Israelis"
    if lemma == "shoot" and (target is None or target.lemma_.lower() in words.FILMED):
        return agent is not None and (bool(sent & lexicon.WEAPON_LEMMAS) or began_shooting(verb, agent))
    return True


# Verbs of beginning or keeping on, whose "-ing" complement is the deed: "walked into the cafe and began firing".
_ASPECT_VERBS = frozenset({"begin", "start", "continue", "keep", "resume"})
# People who may shoot with no weapon or target named: "a man walked in and started shooting".
_SHOOTERS = frozenset({"man", "woman", "youth", "teenager", "suspect", "police", "policeman", "officer", "guard"})


def began_shooting(verb: Token, agent: Token | None) -> bool:
    """True for "fire" or "shoot" with no object as what armed people or a person began or kept on doing: "the
    assailant walked into the cafe and began firing", "Gunmen burst in and started shooting"; not "began firing
    workers", nor what a company or an engine did."""
    if verb.head.lemma_.lower() not in _ASPECT_VERBS or verb.dep_ != "xcomp" or agent is None:
        return False
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return False
    lemma = agent.lemma_.lower()
    return (
        lemma in lexicon.ARMED_ACTOR_NOUNS
        or lemma in lexicon.DOER_NOUNS
        or lemma in _SHOOTERS
        or agent.ent_type_ == "PERSON"
    )


def fired_weapon(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "fired rockets", "fired on the crowd", "opened fire", "a missile fired by the Houthis towards Riyadh": not a
    sacking, not sport."""
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "nsubjpass")}
    if verb.dep_ == "acl":
        objects.add(verb.head.lemma_.lower())  # "a ballistic missile fired by ...": the weapon is the noun it modifies
    if launches.fired_at_nothing(verb):
        return False  # "test-fired a cruise missile", "fired a ballistic missile into the sea", warning shots
    return not senses.sporting(verb) and (
        bool(objects & words.WEAPON_OBJECTS)
        or bool(roles.pobjs(verb, "on", "at", "into", "upon", "toward", "towards"))
        or bool(aimed_beyond(verb))
        or any(c.lower_ == "open" for c in verb.children)
        or verb.head.lower_ == "open"
        or began_shooting(verb, agent)
        or _fired_upon(verb)
        or _subjected_to_fire(verb)
    )


def _subjected_to_fire(verb: Token) -> bool:
    """ "units of the armed forces of X, using small arms, subjected to fire the positions of Y" (defence ministry
    copy): the parser reads "to fire" as an infinitive on "subjected", its object the positions fired on."""
    return verb.head.lemma_.lower() == "subject" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _fired_upon(verb: Token) -> bool:
    """ "the convoy was fired upon by unidentified assailants": a passive whose "on"/"upon"/"at" is left without its
    object, which is the passive's subject."""
    return roles.is_passive(verb) and any(
        c.dep_ == "prep" and c.lower_ in ("on", "upon", "at") and not any(True for _ in c.children)
        for c in verb.children
    )


def aimed_beyond(verb: Token) -> list[Token]:
    """What was fired at across a line or from a place, where the parser hangs the "at" on the line: "fired across
    the Line of Control at Indian Army positions", "shelled from Syrian territory into Turkish villages"."""
    return [
        t
        for p in roles.pobjs(verb, "across", "over", "from", "through")
        for t in roles.pobjs(p, "at", "on", "into", "toward", "towards")
        if roles.can_fill(t, doer=False)
    ]


# Who destroys devices on purpose, and how: not an attack.
_DISPOSERS = frozenset({"disposal", "sapper", "sappers", "deminer", "deminers", "de-miners", "eod", "ordnance"})
_SAFELY = frozenset({"safely", "harmlessly"})


def exploded(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """A bomb went off: bomb words around it, or a blast the sentence calls an attack; not a device destroyed on
    purpose ("was safely detonated by a bomb disposal unit", "sappers detonated the mine in a controlled blast")."""
    if any(c.lower_ in _SAFELY for c in verb.children) or (
        agent is not None and {t.lower_ for t in agent.subtree} & _DISPOSERS
    ):
        return False
    if any(c.lower_ == "controlled" for w in roles.pobjs(verb, "in", "with", "through") for c in w.children):
        return (
            False  # "Police bomb experts detonated it in a controlled explosion", "detonated them in a controlled way"
        )
    if senses.accidental_doer(agent):
        return False  # "A tanker truck exploded on a highway"
    around = {t.lemma_.lower() for t in verb.subtree if not senses.everyday(t)} | {verb.head.lemma_.lower()}
    if verb.dep_ == "acl":  # "an explosive-laden motorcycle detonated near a market": what the noun is laden with
        around |= {t.lemma_.lower() for t in verb.head.subtree if t.i < verb.i and not senses.everyday(t)}
    if agent is not None:
        around |= {t.lemma_.lower() for t in agent.children if t.dep_ in ("amod", "compound")} | {agent.lemma_.lower()}
    return bool(around & words.BOMB_WORDS) or (
        verb.lemma_.lower() in ("explode", "detonate") and senses.blast_is_attack(verb)
    )


def went_off(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "an explosive device went off under their vehicle": "go off" is a bomb going off when bomb words are around
    it ("the alarm went off" is not)."""
    return any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children) and exploded(verb, agent, target)


def blew_up(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "guerillas blew up three power lines"; otherwise a bomb went off.  Not a boiler or a tanker that blew up."""
    if senses.accidental_doer(agent):
        return False
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children) and target is not None:
        return True
    return exploded(verb, agent, target)


def _unless_sport(sense: Sense) -> Sense:
    """``sense``, after refusing sport ("hit a six", "struck the ball")."""

    def check(verb: Token, agent: Token | None, target: Token | None) -> bool:
        return not senses.sporting(verb) and sense(verb, agent, target)

    check.__doc__ = sense.__doc__
    return check


def armed_doing(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """Whether "hit", "target", "strike", "engage" or "destroy" is violence here: an armed doer (gunmen,
    ISIS, jets, a bomb) against anything but an abstraction; a named state or group against something
    not abstract; a pronoun or a passive with no doer against people, places or vehicles."""
    if target is not None and abstract(target):
        return False
    if _measure_aimed(verb):
        return False  # "slapped new sanctions on the militia's leaders, targeting its top two officials"
    if roles.sentence_lemmas(verb) & lexicon.ACCIDENT_CUES and not (
        agent is not None
        and (agent.lemma_.lower() in lexicon.WEAPON_LEMMAS | lexicon.AERIAL_LEMMAS or senses.aircraft_name(agent))
    ):
        return False  # "Typhoon Haiyan hit the Philippines", "Hurricane Ian struck Florida"
    if agent is None:
        delivered = any(
            senses.armed_actor(w) or w.lemma_.lower() == "air" for w in roles.pobjs(verb, "by", "from", "with")
        )  # "struck from the air", "hit by a roadside bomb"
        harm = delivered or bool(roles.sentence_lemmas(verb) & words.HARM_CUES)
        return (
            roles.is_passive(verb)
            and target is not None
            # "Near Hajin, two ISIS fighting positions were destroyed": an armed side's, whoever destroyed them
            and ((senses.concrete(target) and harm) or outcomes.armed_own(target))
        )
    if agent.lower_ in lexicon.SUBJECT_PRONOUNS or agent.lower_ == "we":
        return target is not None and senses.concrete(target)
    if target is not None and senses.concrete(target) and armed_with(verb):
        return True  # "our heroes targeted the base with a squadron of drones": whoever they are, they were armed
    if verb.lemma_.lower() == "destroy" and target is not None and group(target):
        return False  # "efforts to destroy the terrorist group": defeating it, not an act of violence
    if agent.ent_type_ in ("PERSON",) and not agent.ent_id_:
        return target is not None and senses.concrete(target) and bool(roles.sentence_lemmas(verb) & words.HARM_CUES)
    if senses.armed_actor(agent):
        return target is not None or agent.ent_type_ == "" or bool(agent.ent_id_)
    return False


# Measures that "target" people without violence: "sanctions targeting its officials", "a ban targeting exporters".
_MEASURES = frozenset({
    "sanction", "measure", "restriction", "ban", "law", "legislation", "decree", "designation", "embargo",
    "tariff", "penalty", "fine", "freeze", "listing", "regulation", "bill",
})  # fmt: skip


def _measure_aimed(verb: Token) -> bool:
    """True for a participle that tells what a measure aims at: "imposed sanctions ..., targeting its leaders"
    (on the verb of the measure), "sanctions targeting two officials" (on the measure)."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl", "xcomp"):
        return False
    head = verb.head
    return any(t.lemma_.lower() in _MEASURES for t in (head, *roles.children(head, "dobj")))


def armed_with(verb: Token) -> bool:
    """True when ``verb`` is done with weapons or aircraft ("with two explosive shells", "with a squadron of
    drones", "using rockets"): a deed done so is armed, however its doers are named (militant claims call them
    "our heroes", "the lions of the faith")."""
    tools = roles.pobjs(verb, "with")
    tools += [
        o for c in roles.children(verb, "advcl", "xcomp") if c.lower_ == "using" for o in roles.children(c, "dobj")
    ]
    heads = [t for tool in tools for t in (*roles.conjuncts(tool), *roles.pobjs(tool, "of"))]
    return any(t.lemma_.lower() in lexicon.WEAPON_LEMMAS | lexicon.AERIAL_LEMMAS for t in heads)


def struck(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "strike" is armed doing, not a labour strike; aircraft, weapons and armed men strike no walk-out ("Russian
    aviation struck positions ..., the General Staff said")."""
    armed = agent is not None and agent.lemma_.lower() in lexicon.AERIAL_LEMMAS | lexicon.ARMED_ACTOR_NOUNS
    if agent is not None and target is not None and not abstract(target) and aerial.flying_doer(agent):
        return True  # "our brothers in the drone unit struck a gathering", "the Air Component, whose platforms struck"
    return (armed or not senses.labour(verb)) and armed_doing(verb, agent, target)


def executed(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "militants executed two hostages": a person put to death by armed men, not by a court, not a plan."""
    if target is None or not _people_put_to_death(target):
        return False  # "execute a plan", "execute airpower"
    sent = roles.sentence_lemmas(verb)
    if "court" in sent or "sentence" in sent:
        return False
    # "ISWAP abducted and executed 5 aid workers": an armed group (not a state, whose executions may be judicial)
    # or captors kill their captives.
    captors = any(t.lemma_.lower() in _CAPTURING for t in (verb.head, *verb.conjuncts) if t is not verb)
    # "executed ten captured commanders", "executed the kidnapped workers": captives killed
    captors = captors or any(c.dep_ == "amod" and c.lemma_.lower() in _CAPTURING for c in target.children)
    group = agent is not None and agent.ent_type_ not in ("GPE", "NORP") and senses.armed_actor(agent)
    return bool(sent & words.ARMED_CONTEXT) or captors or group


def _people_put_to_death(target: Token) -> bool:
    """A person, a noun of people ("two hostages"), or people counted by nation or faith ("30 Ethiopian
    Christians", "four Kenyans", "21 Egyptian Copts")."""
    if target.ent_type_ == "PERSON" or target.lemma_.lower() in words.EXECUTABLE:
        return True
    if target.lower_ in lexicon.QUANTITY_HEADS or target.lemma_.lower() in lexicon.QUANTITY_HEADS:
        return any(_people_put_to_death(p) for p in roles.pobjs(target, "of"))  # "dozens of people"
    counted = any(c.dep_ == "nummod" for c in target.children)
    return counted and (target.ent_type_ == "NORP" or any(c.ent_type_ == "NORP" for c in target.children))


# Verbs of taking captives: who abducted and executed people killed captives, whatever else the sentence says.
_CAPTURING = frozenset({"abduct", "kidnap", "capture", "seize", "take"})


def fought(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "X fought Y", "fought against Y", "X and Y have been fighting", "the battle was fought between X and Y"."""
    if roles.is_passive(verb) and roles.pobjs(verb, "between"):
        # a battle, not an election or a final "fought between" two sides: a battle noun or an armed side
        sides = [t for s in roles.pobjs(verb, "between") for t in roles.pair_sides(s)]
        fought_out = roles.first(roles.children(verb, "nsubjpass"))
        if fought_out is not None and fought_out.lemma_.lower() in words.SIDES_NOUNS | {"war", "siege"}:
            return len(sides) >= 2
        if fought_out is not None and fought_out.pos_ == "NOUN":
            return False  # "The 2019 election was fought between the ruling party and a coalition"
        return len(sides) >= 2 and all(senses.armed_actor(s) for s in sides)
    if _a_war_told(verb):
        return False
    return agent is not None and (
        target is not None
        or bool(roles.pobjs(verb, "against", "with"))
        or reciprocal(verb, agent)  # "Taliban fighters and government forces have been fighting"
    )


# Nouns of a war as a whole, whose "in which X fought Y" tells the war, not an incident.
_WARS = frozenset({"war", "conflict", "insurgency", "rebellion", "uprising", "campaign", "revolution", "struggle"})


def _a_war_told(verb: Token) -> bool:
    """True when "fight" tells a war or a side served, not an incident (the guidelines annotate a war as a whole as no
    event): "the war of 2020-22, in which the army fought the TDF"; "whose son fought for the army"; "He now fights
    against the army he once served in" (the present, in a sentence naming no place, date or number).  "Has fought the
    militants since 2014" is left an event: two writers of five annotate it as the sides' clashes, one as the war."""
    if halted_or_felt(verb):
        return True  # "he had grown tired of fighting"
    if verb.dep_ == "relcl" and any(w.lower_ == "which" for w in roles.pobjs(verb, "in", "during")):
        if any(a.lemma_.lower() in _WARS for a in list(verb.ancestors)[:3]):
            return True
    sides = [w for w in roles.pobjs(verb, "for") if senses.armed_actor(w) or w.ent_type_ in ("ORG", "NORP", "GPE")]
    if sides and roles.first(roles.children(verb, "dobj")) is None and not roles.pobjs(verb, "against", "with"):
        return True
    if verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return not any(t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL") for t in verb.sent)
    return False


def ethnically_cleansed(verb: Token, agent: Token | None, target: Token | None) -> bool:
    return any(c.lower_ == "ethnically" for c in verb.children)


def beaten(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "police beat protesters": a beating by or of armed or security people; "beat up" anyone."""
    return bool(roles.sentence_lemmas(verb) & words.BEATING_CUES) or any(
        c.dep_ == "prt" and c.lower_ == "up" for c in verb.children
    )


def retaliated_with_arms(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "the police retaliated with tear gas shells": a retaliation made with arms, not with a statement; "Indian
    artillery retaliated against Pakistani posts": an armed doer (not a state's name: "China retaliated against
    the US" is trade) against something violence can hit (not a state either)."""
    if any(w.lemma_.lower() in words.RETALIATION_ARMS for w in roles.pobjs(verb, "with")):
        return True
    hit = [t for t in roles.pobjs(verb, "against", "on", "at") if senses.concrete(t) and t.ent_type_ != "GPE"]
    armed = agent is not None and agent.ent_type_ != "GPE" and senses.armed_actor(agent)
    return armed and (bool(hit) or provoker(verb) is not None)


def provoker(verb: Token) -> Token | None:
    """Whom a retaliation answered, when it names no target: the doer of the attack told in the clause it answers
    ("When Tamil Tiger boats attacked a naval base, Navy units and Air Force jets retaliated"; "Hezbollah fired
    missiles at a patrol, and Israeli artillery retaliated")."""
    clauses = [c for c in verb.children if c.dep_ == "advcl"]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        clauses.append(verb.head)
    for clause in clauses:
        if clause.lemma_.lower() in words.VIOLENT_LEMMAS:
            doer = roles.subject(clause)
            if doer is not None and doer.pos_ != "PRON":
                return doer
    return None


def doer_before(verb: Token) -> list[Token]:
    """The sides a subjectless verb follows, read off the words where the parser hung them elsewhere: the noun
    phrase ending right before it and those coordinated with it ("..., Navy units and Air Force jets retaliated")."""
    sent = roles.sentence(verb)
    chunks = [c for c in verb.doc.noun_chunks if c.end == verb.i and c.start >= sent.start]
    commas = [t.i for t in sent if t.text == "," and t.i < verb.i]
    start = commas[-1] if commas else sent.start
    return [t for c in chunks for t in roles.conjuncts(c.root) if t.i > start]


def hacked(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "hacked a booth president to death", "hacked with machetes": a blade, not a computer."""
    return any(w.lemma_.lower() == "death" for w in roles.pobjs(verb, "to")) or bool(
        roles.sentence_lemmas(verb) & words.BLADES
    )


def dispersed_with_arms(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "dispersed the march with water cannon and tear gas": a crowd broken up with arms; a crowd that
    dispersed, or one dispersed by an order, is no attack."""
    arms = roles.pobjs(verb, "with", "using")
    return target is not None and any(
        w.lemma_.lower() in words.RETALIATION_ARMS for a in arms for w in roles.conjuncts(a)
    )


def concrete_target(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "torched the house", "gassed the village": something not abstract, and not what protesters burn as a
    sign ("burned effigies of the minister")."""
    return target is not None and not abstract(target) and target.lemma_.lower() not in lexicon.PROTEST_PROPS


def neutralised(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "Troops neutralised 12 terrorists": armed people killed or put out of action, not a threat or a bomb."""
    if target is None:
        return False
    if verb.lemma_.lower() in words.ELIMINATING and verb.tag_ not in ("VBD", "VBN"):
        return False  # "as we continue to ... eliminate the terrorists": an aim; "eliminated the commander" is a deed
    people = target
    if target.lemma_.lower() in lexicon.QUANTITY_HEADS or target.pos_ == "NUM":
        people = roles.first(roles.pobjs(target, "of")) or target  # "dozens of militants"
    return people.lemma_.lower() in words.NEUTRALISED or people.lower_ in words.NEUTRALISED


def set_fire(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "Assailants set fire to a school": arson against something concrete, by someone; not "set fire to
    the debate" nor "set the agenda"."""
    fire = roles.patient(verb)
    return (
        fire is not None
        # "A mob set the BJP office on fire"; "were also set on fire" with no doer tells more of an incident told
        and (fire.lower_ == "fire" or (crowds.alight(verb) and agent is not None))
        and target is not None
        and not abstract(target)
        and target.lemma_.lower() not in lexicon.PROTEST_PROPS
    )


VERB_SENSES: dict[str, Sense] = {
    **setoff.SENSES,  # first: "drove them out of X" keeps its reading; "drove over a mine" is read at the device
    **dict.fromkeys(advances.ADVANCING, advances.advanced),
    "fall": fell,
    "come": came,
    **dict.fromkeys(outcomes.EXPELLING | outcomes.DRIVING, _unless_sport(outcomes.driven_out)),
    "push": _unless_sport(advances.advanced_or_drove),  # "pushed toward the capital", "pushed them out of X"
    "lose": outcomes.lost_to,
    "inflict": outcomes.inflicted,
    "suppress": _unless_sport(outcomes.suppressed),
    "sink": _unless_sport(outcomes.sunk),
    "defeat": _unless_sport(outcomes.defeated),
    "raze": _unless_sport(concrete_target),
    "battle": armed_sides_battle,
    **dict.fromkeys(words.PLACE_TAKING, place_taken),
    **dict.fromkeys(words.HARM_VERBS, harmed),
    "fire": fired_weapon,
    "blow": blew_up,
    "explode": exploded,
    "blast": setoff.bomb_blasted,
    "go": went_off,
    "detonate": exploded,
    "fight": _unless_sport(fought),
    **dict.fromkeys(("engage", "hit", "target", "destroy", "damage"), _unless_sport(armed_doing)),
    "strike": _unless_sport(struck),
    "beat": _unless_sport(beaten),
    "execute": _unless_sport(executed),
    "cleanse": _unless_sport(ethnically_cleansed),
    **dict.fromkeys(("burn", "torch", "gas", "rocket", "mortar", "gun"), _unless_sport(concrete_target)),
    **dict.fromkeys(lexicon.WEAPON_VERBS, wielded),  # first in the old ladder: "lob" is a weapon verb
    **dict.fromkeys(("throw", "hurl"), thrown),
    "use": used,
    **dict.fromkeys(words.KILLING_EUPHEMISMS, _unless_sport(neutralised)),
    "set": set_fire,
    **dict.fromkeys(("gain", "assume", "wrest"), took_control),
    **dict.fromkeys(("take", "regain"), taken),  # "regained control of" needs an armed side too
    "retaliate": retaliated_with_arms,
    "disperse": dispersed_with_arms,
    "hack": _unless_sport(hacked),  # after PLACE_TAKING: "took control of" needs an armed side
    **dict.fromkeys(words.BEATING_VERBS, crowds.beat_people),
    **dict.fromkeys(words.SWOOP_VERBS, crowds.fell_upon),
    **dict.fromkeys(words.WRECKING_VERBS, crowds.wrecked),
    "pelt": crowds.pelted,
    "charge": crowds.charged_at,
    **downings.SENSES,
    **attempts.SENSES,  # "attempted to infiltrate X but were repelled"; "entered the town" is none
    **rammings.SENSES,  # "rammed his car into a crowd"; "critics slammed the plan" is none
}


def retaliated(event_type: EventType, trigger: Token, agent: Token | None, target: Token | None) -> Iterator[Draft]:
    """ "Students pelted stones at the police, who retaliated with tear gas": the answer hit whoever the police are
    named as the object of, the subject of that clause (the stone-pelting itself is a violent demonstration)."""
    against = [t for t in roles.pobjs(trigger, "against", "on", "at") if roles.can_fill(t, doer=False)]
    if not against and trigger.dep_ == "relcl":
        verb = next((a for a in trigger.head.ancestors if a.pos_ == "VERB"), None)
        doer = roles.subject(verb) if verb is not None else None
        against = [doer] if doer is not None and doer is not agent else []
    if not against and (provoked := provoker(trigger)) is not None and provoked is not agent:
        against = [provoked]  # "When Tamil Tiger boats attacked a naval base, Navy units ... retaliated"
    agents = doer_before(trigger) if roles.subject(trigger) is None else [agent] if agent is not None else []
    yield Draft.by(
        event_type, trigger, agents, "syntax", targets=against, places=roles.locations(trigger), strength=0.6
    )
