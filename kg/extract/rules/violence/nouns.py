"""Noun senses: is this violence noun an attack?  ``NOUN_SENSES`` maps a lemma to the named check that
decides it, after one check for every noun (a "heart attack" or a "trade war" is none); a lemma not in the
table is an attack whenever its trigger matched ("an ambush", "the massacre")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.extract import lexicon, roles, senses
from kg.extract.rules.violence import falls, launches, words
from kg.extract.rules.violence.aerial import is_aerial
from kg.extract.rules.violence.checks import halted_or_felt, is_place
from kg.extract.syntax import ATTRIBUTING

Sense = Callable[[Token], bool]


def noun_ok(noun: Token) -> bool:
    """True when the violence noun ``noun`` names an attack here."""
    mods = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "npadvmod")}
    refused = mods & words.NON_VIOLENT_MODS
    if refused and not (refused <= words.MISSILE_KINDS and aimed(noun)):
        return False  # "a ballistic missile test"; but "launched cruise missiles at the port of Odesa" hit something
    if "first" in mods and noun.dep_ in ("compound", "amod"):
        return False  # "a first strike capability" is a doctrine; "the first air strikes in Syria" are strikes
    if (mods | {m.removesuffix("s") for m in mods}) & lexicon.CYBER_MODIFIERS:
        return False  # "Sony hit by new hacker attack", "Virus attack hits bank networks": no violence
    if noun.tag_ == "NNS" and mods & words.EARLIER_MODS and _done_before(noun):
        return False  # "has claimed previous attacks": others, told as no incident
    if noun.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in noun.children) and _compared(noun):
        return False  # "the bombing bore similarities to attacks by Boko Haram": attacks in general
    sense = NOUN_SENSES.get(noun.lemma_.lower())
    return sense is None or sense(noun)


def aimed(noun: Token) -> bool:
    """True when the missile ``noun`` is fired at something or hurts someone: "launched cruise missiles at the port",
    "a ballistic missile struck an oil facility", "a cruise missile killed three"."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubj", "nsubjpass") or verb.pos_ != "VERB" or launches.fired_at_nothing(verb):
        return False
    aims = [
        a
        for a in roles.pobjs(verb, *words.MISSILE_AIMS) + roles.pobjs(noun, *words.MISSILE_AIMS)
        if a.ent_type_ not in ("DATE", "TIME")
    ]
    struck = noun.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in verb.children)
    return bool(aims) or struck or bool(roles.sentence_lemmas(noun) & words.HARM_CUES - lexicon.WEAPON_LEMMAS)


def _done_before(noun: Token) -> bool:
    """True when ``noun`` is the object of a perfect-tense verb ("al-Shabaab has carried out similar bombings"), a
    group's record; "Similar attacks took place elsewhere in Paris the same night" tells incidents."""
    verb = noun.head
    return noun.dep_ == "dobj" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _compared(noun: Token) -> bool:
    """True when ``noun`` is what something is likened to ("similarities to attacks by X", "resembled bombings")."""
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in words.LIKENING_VERBS
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in ("to", "with") and prep.head.lemma_.lower() in words.LIKENESS


def _always(noun: Token) -> bool:
    return True


def _never(noun: Token) -> bool:
    """Background nouns: counted only through other triggers in the same text."""
    return False


def military_strike(noun: Token) -> bool:
    """A strike from the air, or one that is no labour strike ("went on strike"), and no sport."""
    if is_aerial(noun):
        return True
    if any(c.lower_ == "on" for c in noun.head.children if noun.dep_ == "pobj") or noun.head.lower_ == "on":
        return False
    if (
        noun.dep_ == "nsubj"
        and noun.head.lemma_.lower() in _HARMING
        and any(
            is_place(t) or senses.concrete(t) or t.lemma_.lower() in lexicon.FACILITY_NOUNS
            for t in roles.pobjs(noun, "on", "against")
        )
    ):
        # "Rescue workers said strikes on the town of Douma destroyed a bakery", "A strike on a fuel depot killed
        # three workers": no walk-out
        return True
    if _armed_strike(noun):
        return True  # "Ukrainian forces carried out 12 strikes on Russian positions, the General Staff reported"
    named = any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr") for c in noun.head.children)  # "called the strikes a ..."
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in words.STRIKE_HOLDERS and not named:
        return False  # "observed a complete shutter-down strike", "called a nationwide strike"
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in words.STRIKE_HOLDERS for c in noun.children):
        return False  # "closed their stores in a strike called by the opposition"
    if _walkout_taken_up(noun):
        return False  # "Taxi drivers went on strike on Wednesday ... The strike paralysed traffic"
    return not senses.labour(noun) and not senses.sporting(noun)


def _walkout_taken_up(noun: Token) -> bool:
    """True for "the strike" after the document said someone went "on strike": the walk-out taken up again ("Taxi
    drivers in Nairobi went on strike on Wednesday ... The strike ended after the companies agreed to negotiate")."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    return any(
        t.lemma_.lower() == "strike" and t.dep_ == "pobj" and t.head.lower_ == "on" and not is_aerial(t)
        for t in noun.doc[: noun.i]
    )


def _armed_strike(noun: Token) -> bool:
    """True for strikes an armed side made on something violence can hit: the noun's own doer or the subject of the
    verb that holds it is armed, and its "on"/"against" object a place or a concrete thing; no walk-out is either,
    whatever labour word ("General Staff") the sentence holds."""
    aimed = [
        t
        for t in roles.pobjs(noun, "on", "against")
        if t.ent_type_ not in ("DATE", "TIME") and (is_place(t) or senses.concrete(t))
    ]
    if not aimed:
        return False
    doers, _ = roles.noun_agent(noun)
    if noun.dep_ == "dobj":
        doers = [*doers, *(d for d in (roles.subject(noun.head),) if d is not None)]
    return any(
        senses.armed_actor(d) and not any(t.lemma_.lower() in lexicon.LABOUR_CUES for t in d.subtree) for d in doers
    )


_HARMING = frozenset({"destroy", "kill", "wound", "injure", "level", "flatten", "damage", "raze"})


def armed_raid(noun: Token) -> bool:
    """A raid from the air, or one that is no arrest raid or police raid."""
    if is_aerial(noun):
        return True
    sent = roles.sentence_lemmas(noun)
    if sent & words.ARREST_RAID_CUES and not sent & words.RAID_COMBAT_CUES:
        return False  # "arrested 14 members of a militant group in raids": arrest raids
    # Police words in what was raided are the victims, not the raiders ("raids on army barracks and a police post"),
    # and so are the ones the raid killed and who told of it ("The raid killed two police officers, police said").
    raided = {t.lemma_.lower() for p in roles.pobjs(noun, "on", "against") for t in p.head.subtree}
    raided |= {t.lemma_.lower() for part in _harmed_and_teller(noun) for t in part.subtree}
    return not ((sent - raided) & lexicon.POLICE_CUES - {"raid"} and not sent & words.MILITARY_RAIDERS)


def _harmed_and_teller(noun: Token) -> list[Token]:
    """The objects of the harming verb ``noun`` is the subject of ("The raid killed two officers") and the subject of
    the verb of saying that reports that clause ("..., police said")."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in _HARMING:
        return []
    parts = list(roles.children(verb, "dobj"))
    teller = verb.head
    if verb.dep_ == "ccomp" and teller.lemma_.lower() in ATTRIBUTING:
        parts += list(roles.children(teller, "nsubj"))
    return parts


def not_war_of_words(noun: Token) -> bool:
    """ "a battle of words", "the offensive in a statement": fighting in a sentence of speech, without weapons."""
    sent = roles.sentence_lemmas(noun)
    return not (sent & (lexicon.VERBAL_CUES - {"statement"}) and not sent & words.COMBAT_CUES)


def war_of_a_side(noun: Token) -> bool:
    """A battle that is no campaign as a whole: "Somalia's battle against al-Shabaab" (a side's war, with no place,
    no toll and no other side's name before it) is the war, as "the fight against ISIL" is; "the battle against
    militants in Marawi" and "the army's battle against the rebels left 20 dead" are fighting."""
    if not not_war_of_words(noun):
        return False
    owned = any(c.dep_ == "poss" for c in noun.children) and roles.pobjs(noun, "against")
    placed = roles.pobjs(noun, "in", "at", "near", "for", "over", "around")
    return not (owned and not placed and not roles.sentence_lemmas(noun) & lexicon.HARM_WORDS)


def object_of_attack(noun: Token) -> bool:
    """ "may not be made the target of attack", "the object of attack": the law's phrase for what may be attacked,
    no attack (a bare noun, no article, owner or phrase of its own)."""
    bare = not list(noun.children) and noun.lower_ == "attack"
    return bare and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _AIMS


_AIMS = frozenset({"target", "object"})


def fight_for_place(noun: Token) -> bool:
    """ "the fight for Mosul" is a battle; "the fight against ISIL" is the campaign as a whole. A gerund read
    as the noun is the noun "fighting", an attack whenever no speech is about."""
    if not not_war_of_words(noun):
        return False
    if noun.lower_ == "fighting":
        return not halted_or_felt(noun)  # "a pause in the fighting", "tired of fighting": the war as a whole
    if _hurt_in(noun) and any(senses.armed_actor(t) for t in roles.pobjs(noun, "with")):
        return True  # "A Free Syrian Army fighter is wounded during a fight with government forces"
    return any(is_place(t) and t.ent_type_ != "ORG" for t in roles.pobjs(noun, "for"))


def armed_encounter(noun: Token) -> bool:
    """ "An encounter broke out between militants and security forces", "killed in an encounter in Tral", "an
    encounter with militants broke out": the gunfight of Indian and Pakistani reports, when its sides are armed (no
    state's name: "the encounter between India and Pakistan at Edgbaston" is a match) and, for one side named by
    "with", it is told as breaking out or going on, or people were killed or hurt in it; not "a chance encounter
    with a farmer", "an encounter with a bear", "close encounters with soldiers", "their first encounter with the
    group involved a firefight" (the firefight is the incident)."""
    if any(c.lower_ in words.CASUAL_ENCOUNTERS for c in noun.children) or senses.sporting(noun):
        return False
    between = roles.pobjs(noun, "between")
    if not between and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        between = roles.pobjs(noun.head, "between")  # "an encounter broke out between X and Y"
    pair = [t for s in between for t in roles.pair_sides(s)]
    if pair:
        return all(_armed_side(t) for t in pair)
    met = [t for s in roles.pobjs(noun, "with") for t in roles.conjuncts(s)]
    if met and not all(_armed_side(t) for t in met):
        return False  # "an encounter with the press", "with a bear"
    told = bool(met) and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in words.ONSET_VERBS
    return _hurt_in(noun) or told  # "an encounter with militants broke out"; not "their encounter with X involved"


def _armed_side(token: Token) -> bool:
    """An armed side of an encounter: armed people or a named group, not a state's name (a team's, in sport)."""
    return senses.armed_actor(token) and token.ent_type_ not in ("GPE", "NORP", "LOC")


def _hurt_in(noun: Token) -> bool:
    """True when people were killed or wounded in or during ``noun``."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during") else None
    return verb is not None and verb.lemma_.lower() in words.CASUALTY_VERBS


def unsporting(noun: Token) -> bool:
    return not senses.sporting(noun)


def bomb_blast(noun: Token) -> bool:
    """A blast or explosion with bomb words around it, or one the sentence calls an attack."""
    around = {t.lemma_.lower() for t in [*noun.subtree, *roles.sentence(noun)] if not senses.everyday(t)}
    return bool(around & words.BOMB_WORDS) or senses.blast_is_attack(noun)  # "a coal mine" names no bomb


def bomb_went_off(noun: Token) -> bool:
    """ "a bomb exploded", "planted a bomb": a bomb that goes off or is set, not one found or defused."""
    return noun.head.lemma_.lower() in words.BOMB_GOVERNORS


def armed_fire(noun: Token) -> bool:
    """ "artillery fire", "opened fire", "came under fire from a drone"; not a house fire."""
    return (
        any(c.lower_ in words.FIRE_MODIFIERS for c in noun.children)
        or noun.head.lemma_.lower() in words.FIRE_GOVERNORS
        or exchange_of(noun) is not None
        or _under_fire(noun)
    )


def exchange_of(noun: Token) -> Token | None:
    """The noun "exchange" of "an exchange of fire took place between own troops and terrorists", "killed in an
    exchange of fire with the commandos": a clash a release names by its noun, when it names a side; a bare "in the
    exchange of fire" retells the incident around it."""
    of = noun.head
    if noun.dep_ == "compound" and of.lemma_.lower() in words.EXCHANGE_VERBS:
        exchange = of  # "intense fire exchange took place between the troops and the terrorists"
    elif noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in words.EXCHANGE_VERBS:
        exchange = of.head
    else:
        return None
    verb = exchange.head if exchange.dep_ in ("nsubj", "nsubjpass") else None
    sides = exchange_sides(exchange, noun) or (roles.pobjs(verb, "between", "with") if verb else [])
    return exchange if exchange.pos_ == "NOUN" and sides else None


def exchange_sides(exchange: Token, fire: Token) -> list[Token]:
    """The sides an exchange of fire names on its noun or, where the parser hung them there, on the fire
    ("exchanges of fire between the army and the rebels")."""
    return roles.pobjs(exchange, "between", "with") or roles.pobjs(fire, "between", "with")


def _under_fire(noun: Token) -> bool:
    """ "came under fire from a drone": real fire when it comes from an armed doer, or with no source in
    a sentence about weapons or casualties; not "came under fire from critics"."""
    if not (noun.head.lower_ == "under" and noun.head.head.lemma_.lower() in ("come", "be")):
        return False
    sources = roles.pobjs(noun, "from") + roles.pobjs(noun.head.head, "from")
    if sources:
        return all(senses.armed_actor(w) for w in sources)
    return bool(roles.sentence_lemmas(noun) & (words.HARM_CUES | lexicon.ARMED_ACTOR_NOUNS))


def missile_struck(noun: Token) -> bool:
    """ "a rocket hit the base", "fired missiles": the weapon doing or delivered, not one displayed."""
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in words.PROJECTILE_HEADS:
        noun = noun.head  # "Mortar rounds fell on a market": the rounds fell
    governor = noun.head.lemma_.lower()
    if launches.fired_at_nothing(noun.head) or launches.fired_at_nothing(launches.launcher(noun) or noun):
        return False  # "the navy test-fired a cruise missile", "fired a ballistic missile into the sea"
    return (
        governor in roles.IMPACT_VERBS
        and noun.dep_ == "nsubj"
        or governor in words.MISSILE_GOVERNORS
        and noun.dep_ in ("dobj", "nsubj")
        or launches.launcher(noun) is not None  # "rockets launched from Gaza toward Sderot"
        or governor in words.CRASH_GOVERNORS
        and noun.dep_ == "nsubj"
        and bool(roles.pobjs(noun.head, "into", "onto"))
    )  # "a suicide drone crashed into a residential building"


def extrajudicial_execution(noun: Token) -> bool:
    """An execution by armed men or a named group, not by a court."""
    sent = roles.sentence_lemmas(noun)
    return not sent & words.JUDICIAL and (
        bool(sent & words.ARMED_CONTEXT) or any(e.ent_id_ and e.label_ == "ORG" for e in roles.sentence(noun).ents)
    )


def military_siege(noun: Token) -> bool:
    """ "a state of siege" is emergency law."""
    return not (noun.head.lower_ == "of" and noun.head.head.lemma_.lower() == "state")


def place_taken(noun: Token) -> bool:
    """ "the capture of Mosul", "the liberation of Raqqa", "Jaffna's capture by the army"."""
    return any(is_place(t) for t in taken(noun))


def taken(noun: Token) -> list[Token]:
    """What a capture took: the object of "of" ("the capture of Mosul"), else a place that owns the noun
    ("Jaffna's capture by the Sri Lankan Army", "Kidal's seizure by the rebels"), not a doer that does ("the army's
    capture of the town")."""
    return roles.pobjs(noun, "of") or [c for c in noun.children if c.dep_ == "poss" and is_place(c)]


def fall_to_armed_side(noun: Token) -> bool:
    """ "the fall of Mosul to the Islamic State"."""
    sides = falls.takers(noun)
    fallen = falls.fallen(noun)  # "the fall of Mosul", "Mukalla's fall"
    # Only a place falls to an armed side: a name there is one even when the small model tags it a person.
    return any(is_place(t) or t.pos_ == "PROPN" for t in fallen) and bool(sides) and senses.armed_actor(sides[0])


def perpetrator(noun: Token) -> bool:
    """ "the attackers killed", "killed by an attacker", "a suicide bomber"; not a "bomber" aircraft."""
    lemma = noun.lemma_.lower()
    if _would_be(noun) or noun.dep_ == "dobj" and noun.head.lemma_.lower() in _MEANS_VERBS:
        return False  # "three would-be suicide bombers were detained", "attacks using suicide bombers" (the means)
    return (
        (noun.dep_ in ("nsubj", "nsubjpass") or (noun.dep_ == "pobj" and _doer_pobj(noun)))
        and lemma != "bomber"
        or any(c.lower_ == "suicide" for c in noun.children)
    )


# Verbs whose object is what a deed is done with: "carried out attacks using suicide bombers".
_MEANS_VERBS = frozenset({"use", "employ", "deploy"})


def _would_be(noun: Token) -> bool:
    """True for a perpetrator who did not get to it: "would-be suicide bombers" ("would" "-" "be" before the noun)."""
    doc = noun.doc
    start = noun.left_edge.i
    return any(doc[i].lower_ == "would" and doc[i + 2].lower_ == "be" for i in range(start, noun.i - 2))


def _doer_pobj(noun: Token) -> bool:
    """ "killed by an attacker", "one of the two attackers"; not "the family home of the attacker"."""
    prep = noun.head
    if prep.lower_ == "by":
        return True
    owner = prep.head
    return prep.lower_ == "of" and (owner.like_num or owner.lemma_.lower() in lexicon.QUANTITY_HEADS)


def barrage_of_fire(noun: Token) -> bool:
    """ "a barrage of rockets", "an artillery barrage"; not the "Samarra Barrage" (a dam)."""
    return any(c.lemma_.lower() in words.BARRAGE_OF for c in noun.subtree if c is not noun)


def air_support(noun: Token) -> bool:
    return any(c.lower_ in ("air", "aerial") for c in noun.children)


def ethnic_cleansing(noun: Token) -> bool:
    return any(c.lower_ == "ethnic" for c in noun.children)


def military_advance(noun: Token) -> bool:
    """ "the army's advance", "a rebel advance"; not an advance in prices."""
    return any(c.lower_ in words.ARMIES or c.ent_type_ in ("NORP", "GPE") or c.dep_ == "poss" for c in noun.children)


def committed_atrocity(noun: Token) -> bool:
    """ "committed atrocities": an act done, not atrocities remembered."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in words.ATROCITY_VERBS


def burnt_alive(noun: Token) -> bool:
    """ "the burning of the pilot": people burnt, not buildings or flags."""
    victims = roles.pobjs(noun, "of")
    return bool(roles.sentence_lemmas(noun) & words.BURNT_CAPTIVES) or any(
        t.ent_type_ == "PERSON" for v in victims for t in v.subtree
    )


def gun_shooting(noun: Token) -> bool:
    """A shooting, not a film shoot."""
    return not roles.sentence_lemmas(noun) & words.PHOTOGRAPHY


def lethal_operation(noun: Token) -> bool:
    """ "launched a military operation that resulted in the death of X": an operation told by the death it caused."""
    return roles.caused_death(noun) is not None


def weapon_used(noun: Token) -> bool:
    """ "the regime's use of sarin against civilians", "the use of barrel bombs on residential areas": a weapon used
    on someone or somewhere; not "prohibits the use of chemical weapons" (nobody hit) nor "the use of force"."""
    arms = [w for w in roles.pobjs(noun, "of") if w.lemma_.lower() in lexicon.USED_WEAPONS | lexicon.WEAPON_LEMMAS]
    hit = [t for w in [noun, *arms] for t in roles.pobjs(w, "against", "on") if senses.concrete(t)]
    return bool(arms) and bool(hit)


# Verbs a mission is carried out with: "executed an air interdiction mission".
_CARRYING = frozenset({"execute", "conduct", "carry", "launch", "fly", "undertake", "perform"})


def air_interdiction(noun: Token) -> bool:
    """ "conducted air interdiction on a gathering of terrorists": strikes from the air on forces before they reach the
    fight (military releases' word); not "drug interdiction", "maritime interdiction" (stopping, not striking); nor the
    means of a deed told by its verb ("neutralised several terrorists in air interdiction missions at X": the
    neutralising is the incident)."""
    # "executed an air interdiction mission on 16 May in X": the mission carried out is the strike
    carried = noun.head.dep_ == "dobj" and noun.head.head.lemma_.lower() in _CARRYING
    if (
        noun.dep_ == "compound"
        and not carried
        or noun.dep_ == "pobj"
        and noun.head.lower_ in ("in", "during", "through")
    ):
        return False
    return any(c.dep_ in ("amod", "compound") and c.lower_ in words.AIR_MODIFIER_WORDS for c in noun.children)


NOUN_SENSES: dict[str, Sense] = {
    "use": weapon_used,
    "interdiction": air_interdiction,
    "operation": lethal_operation,
    "strike": military_strike,
    "raid": armed_raid,
    "battle": war_of_a_side,
    "offensive": not_war_of_words,
    "fight": fight_for_place,
    "encounter": armed_encounter,
    "confrontation": armed_encounter,  # "fierce confrontations between forces loyal to X and Houthi rebels"
    "fighting": lambda noun: not halted_or_felt(noun),  # "Pope appeals for end to fighting in Congo"
    "attack": lambda noun: unsporting(noun) and not object_of_attack(noun),
    "assault": unsporting,
    "blast": bomb_blast,
    "explosion": bomb_blast,
    "bomb": bomb_went_off,
    "fire": armed_fire,
    **dict.fromkeys(("rocket", "missile", "mortar", "drone", "munition"), missile_struck),
    **dict.fromkeys(words.BACKGROUND_NOUNS, _never),
    "overrun": _never,  # "a cost overrun"; "was overrun by troops" is read as the verb (attack._nominal)
    "execution": extrajudicial_execution,
    "siege": military_siege,
    "capture": place_taken,
    "seizure": place_taken,
    "liberation": place_taken,
    "fall": fall_to_armed_side,
    "attacker": perpetrator,
    "bomber": perpetrator,
    "barrage": barrage_of_fire,
    "support": air_support,
    "cleansing": ethnic_cleansing,
    "advance": military_advance,
    "atrocity": committed_atrocity,
    "burning": burnt_alive,
    "shooting": gun_shooting,
}
