"""ATTACK and AIRSTRIKE: violence by an actor against a target, and the subset delivered from the air.

Both types share the trigger lexicon; a trigger with an aerial cue (the trigger itself is an air
strike, or aircraft/drones/"from the air" appear around it) is an AIRSTRIKE, otherwise an ATTACK.
Metaphorical, verbal, sporting, labour, police and accidental uses are filtered out here.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract import lexicon, places, roles, senses
from kg.extract.actors import Actors
from kg.extract.triggers import Draft, lemmas, register
from kg.models import EventType

# Verbs whose every use in news about conflict is violent enough to trust with syntax checks.
ATTACK_VERBS = (
    "attack",
    "bomb",
    "shell",
    "raid",
    "storm",
    "ambush",
    "assault",
    "besiege",
    "bombard",
    "behead",
    "massacre",
    "invade",
    "clash",
    "pound",
    "airstrike",
    "shoot",
    "stab",
    "kill",
    "murder",
    "assassinate",
    "fire",
    "strike",
    "capture",
    "seize",
    "retake",
    "recapture",
    "overrun",
    "liberate",
    "fight",
    "explode",
    "detonate",
    "torch",
    "burn",
    "hijack",
    "gun",
    "slaughter",
    "blow",
    "hit",
    "target",
    "engage",
    "lob",
    "rocket",
    "mortar",
    "poison",
    "gas",
    "beat",
    "lynch",
    "execute",
    "wound",
    "injure",
    "besiege",
    "encircle",
    "occupy",
    "destroy",
    "reclaim",
    "free",
    "cleanse",
    "battle",
    "fall",
    "strafe",
    "carpet-bomb",
    *lexicon.WEAPON_VERBS,
)
ATTACK_NOUNS = (
    "fight",
    "attack",
    "bombing",
    "bombardment",
    "strike",
    "airstrike",
    "raid",
    "offensive",
    "assault",
    "clash",
    "battle",
    "shelling",
    "ambush",
    "massacre",
    "siege",
    "shooting",
    "killing",
    "beheading",
    "invasion",
    "incursion",
    "hijacking",
    "gunfire",
    "firefight",
    "skirmish",
    "onslaught",
    "counterattack",
    "counteroffensive",
    "counter-offensive",
    "fighting",
    "liberation",
    "capture",
    "blast",
    "explosion",
    "bomb",
    "assassination",
    "stabbing",
    "air-strike",
    "airraid",
    "barrage",
    "rampage",
    "sortie",
    "bloodshed",
    "violence",
    "crackdown",
    "gunbattle",
    "gunfight",
    "uprising",
    "insurgency",
    "combat",
    "hostility",
    "hostilities",
    "murder",
    "slaughter",
    "execution",
    "burning",
    "poisoning",
    "shootout",
    "counter-attack",
    "attacker",
    "bomber",
    "mortar",
    "rocket",
    "missile",
    "fire",
    "drone",
    "atrocity",
    "targeting",
    "retaking",
    "recapture",
    "cleansing",
    "advance",
    "takeover",
    "fall",
)
PATTERNS: list[list[dict]] = [
    lemmas(*ATTACK_VERBS, pos=("VERB",)),
    lemmas(*ATTACK_NOUNS, pos=("NOUN", "PROPN")),
    [
        {"LOWER": {"IN": ["air", "drone", "aerial", "missile", "rocket"]}},
        {"LEMMA": {"IN": ["strike", "raid", "attack", "bombardment", "support", "bombing", "assault"]}},
    ],
    [{"LEMMA": {"IN": ["take"]}, "POS": "VERB"}, {"LOWER": "over"}],
]

# Verbs that are violent only with the right object or context.
_PLACE_TAKING = {
    "capture",
    "seize",
    "retake",
    "recapture",
    "overrun",
    "liberate",
    "occupy",
    "encircle",
    "reclaim",
    "free",
    "take",
}
_CONTEXT_ONLY = {
    "hit",
    "target",
    "engage",
    "destroy",
    "cleanse",
    "beat",
    "fire",
    "strike",
    "fight",
    "burn",
    "torch",
    "blow",
    "explode",
    "detonate",
    "wound",
    "injure",
    "execute",
    "gas",
    "rocket",
    "mortar",
    "gun",
    "battle",
    "fall",
    *lexicon.WEAPON_VERBS,
}
_WEAPON_OBJECTS = {
    "rocket",
    "missile",
    "mortar",
    "shell",
    "shot",
    "round",
    "bullet",
    "grenade",
    "weapon",
    "gun",
    "artillery",
    "salvo",
    "volley",
    "tear",
    "teargas",
    "gas",
    "bomb",
    "projectile",
    "munition",
    "shells",
    "barrage",
    "explosive",
    "explosives",
    "device",
    "ied",
}
_SALVO_COUNTS = lexicon.QUANTITY_HEADS | {"dozen", "hundred", "thousand", "barrage", "salvo"}  # "dozens of rockets"
_BOMB_WORDS = {
    "minefield",
    "shell",
    "rocket",
    "mortar",
    "missile",
    "artillery",
    "bomb",
    "ied",
    "explosive",
    "device",
    "car",
    "suicide",
    "roadside",
    "grenade",
    "mine",
    "bomber",
    "truck",
    "vest",
    "landmine",
    "booby",
}
_NOUN_CONTEXT = {
    "fire",
    "rocket",
    "mortar",
    "missile",
    "blast",
    "explosion",
    "bomb",
    "violence",
    "crackdown",
    "uprising",
    "insurgency",
    "combat",
    "hostility",
    "hostilities",
    "execution",
    "burning",
    "drone",
    "capture",
    "attacker",
    "bomber",
}
_NON_VIOLENT_MODS = {
    "heart",
    "panic",
    "asthma",
    "cyber",
    "verbal",
    "personal",
    "political",
    "legal",
    "court",
    "charm",
    "diplomatic",
    "media",
    "propaganda",
    "hunger",
    "general",
    "labour",
    "labor",
    "rhetorical",
    "price",
    "trade",
    "public",
    "sales",
    "marketing",
    "ad",
    "advertising",
    "brain",
    "anxiety",
    "election",
    "electoral",
    "budget",
    "bidding",
    "takeover",
    "custody",
    "domestic",
    "sexual",
    "ideological",
    "lucky",
    "first",
    "preemptive",
    "pre-emptive",
    "nuclear",
    "cruise",
    "ballistic",
}

_AERIAL_CAPABLE = frozenset(
    {
        "bomb",
        "bombing",
        "strike",
        "raid",
        "attack",
        "bombard",
        "bombardment",
        "pound",
        "hit",
        "target",
        "fire",
        "shell",
        "shelling",
        "rocket",
        "missile",
        "drop",
        "kill",
        "destroy",
        "engage",
        "support",
        "explode",
        "detonate",
        "wound",
        "injure",
        "damage",
    }
)


def _aerial_token(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if lemma in ("bomber",) and any(c.lower_ == "suicide" for c in token.children):
        return False
    if lemma in lexicon.AERIAL_LEMMAS or token.lower_ in lexicon.AERIAL_LEMMAS or lemma in lexicon.AIR_MUNITIONS:
        return True
    if "-" in token.lower_ and any(part in lexicon.AERIAL_LEMMAS for part in token.lower_.split("-")):
        return True  # "a drone-borne IED", "a UAV-dropped grenade"
    return senses.aircraft_name(token)


def _air_force(token: Token) -> bool:
    return token.lower_ in ("force", "forces") and token.i > 0 and token.nbor(-1).lower_ == "air"


def _acted_on(token: Token) -> bool:
    """True when the phrase of ``token`` is what some verb acts on or where it happens ("destroyed two
    helicopters", "a hangar housing drones", "at the air force academy"): aircraft there do no attacking."""
    root = token
    while root.dep_ in ("compound", "amod", "nmod", "conj", "appos", "nummod", "poss") and root.head is not root:
        root = root.head
    if root.dep_ == "dobj" and root.head.lemma_.lower() in lexicon.INSTRUMENT_VERBS:
        return False  # "conducted 23 strikes using attack and fighter aircraft"
    if root.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "dative"):
        return True
    return root.dep_ == "pobj" and root.head.lower_ in ("on", "at", "against", "near", "in", "into", "of", "inside")


def _patient_side(trigger: Token) -> set[int]:
    """Token indices of what is attacked: a plane shot down is not an air strike."""
    out: set[int] = set()
    heads = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    heads += roles.pobjs(trigger, "of", "on", "against", "at")
    for h in heads:
        out.update(t.i for t in h.subtree)
    return out


def is_aerial(trigger: Token) -> bool:
    """True when the attack at ``trigger`` is said to come from the air: the trigger is an air strike,
    or aircraft, drones, "air force", "barrel bombs" or "from the air" deliver it."""
    return roles.per_token(trigger, "aerial", _aerial)  # both the ATTACK and the AIRSTRIKE rule ask


def _aerial(trigger: Token) -> bool:
    words = {trigger.lower_, trigger.lemma_.lower()}
    if words & {"airstrike", "air-strike", "airraid", "sortie", "drone"}:
        return True  # "a Russian drone struck a building": the drone is the air strike
    for c in trigger.children:
        if c.dep_ in ("amod", "compound", "nmod") and (
            c.lower_ in ("air", "drone", "aerial", "airstrike", "helicopter", "warplane") or _aerial_token(c)
        ):
            return True
    if trigger.lemma_.lower() in ("bomb", "munition") and trigger.head.lemma_.lower() in ("drop", "airdrop"):
        return True  # "bombs were dropped on the market": dropped bombs come from the air
    if trigger.lemma_.lower() in ("strafe", "carpet-bomb"):
        return True  # attacks only aircraft make
    if trigger.lemma_.lower() == "drop" and trigger.pos_ == "VERB":
        return True  # "a UAV dropped an explosive device on a checkpoint" (only weapons make "drop" a trigger)
    if trigger.lemma_.lower() not in _AERIAL_CAPABLE:
        return False
    sent_text = roles.sentence_text(trigger).lower()
    if "from the air" in sent_text or "barrel bomb" in sent_text:
        return True
    if any(_air_force(t) and not _acted_on(t) for t in roles.sentence(trigger)):
        return True  # "the Syrian air force bombed ...", not "a bombing at the air force academy"
    patient = _patient_side(trigger)
    doer: list[Token] = []
    if trigger.pos_ == "VERB" and trigger.dep_ not in ("nsubj", "dobj", "pobj"):
        subj = roles.subject(trigger)
        if subj is None and roles.is_passive(trigger):
            subj = next((a for c in trigger.children if c.dep_ == "conj" for a in roles.pobjs(c, "by")), None)
        if subj is not None:
            doer = list(subj.subtree)
        doer += [t for w in roles.pobjs(trigger, "with", "from") for t in w.subtree]
        if trigger.dep_ == "acl" and (
            trigger.tag_ in ("VBD", "VBG") or any(c.dep_ == "dobj" for c in trigger.children)
        ):
            # "coalition aircraft bombed Iraqi forces" parsed as a clause on "aircraft": an object means active
            doer += [t for t in trigger.head.subtree if t.i < trigger.i]
        if trigger.dep_ in ("xcomp", "advcl") and trigger.head.lemma_.lower() in lexicon.INSTRUMENT_VERBS:
            # "the army used helicopters to attack": the instrument of the governing verb is the doer.
            doer += [t for o in roles.children(trigger.head, "dobj", "nsubjpass") for t in o.subtree]
    else:
        agents, _ = roles.noun_agent(trigger)
        doer = [t for a in agents for t in a.subtree] + [
            t for w in roles.pobjs(trigger, "by", "from") for t in w.subtree
        ]
        doer += [t for c in trigger.children if c.dep_ == "acl" for t in c.subtree]  # "missiles fired from a drone"
        gov = trigger.head if trigger.dep_ == "nsubj" else None
        if trigger.dep_ == "pobj" and trigger.head.head.pos_ in ("VERB", "AUX"):
            gov = trigger.head.head  # "came under fire from a drone"
        if gov is not None:
            doer += [t for w in roles.pobjs(gov, "with", "from") for t in w.subtree]
    if any(_aerial_token(t) for t in doer if t.i not in patient):
        return True
    if trigger.lemma_.lower() in ("bomb", "bombing", "strike", "raid", "bombard", "bombardment", "pound"):
        if any(
            _aerial_token(t) and not _acted_on(t)
            for t in roles.sentence(trigger)
            if t.i not in patient and t.i != trigger.i
        ):
            return True
        return _aerial_before(trigger)
    return False


def _aerial_before(trigger: Token) -> bool:
    """True when "the strikes" or "the raid" follows a sentence of the same paragraph in which aircraft
    strike or air strikes are named ("Russian jets pounded Idlib. The strikes killed 12."): the text has
    said where they come from."""
    sent = roles.sentence(trigger)
    if sent.start == 0 or trigger.pos_ == "VERB":
        return False
    if not any(c.dep_ in ("det", "poss") and c.lower_ in _ANAPHORIC for c in trigger.children):
        return False
    prev = roles.sentence(sent.doc[sent.start - 1])
    if "\n\n" in roles.text_between(prev, sent):
        return False
    return any(_aerial_token(t) and not _acted_on(t) for t in prev)


_ANAPHORIC = frozenset({"the", "these", "those", "this", "that", "its", "their", "such"})


_VIOLENT_LEMMAS = frozenset(ATTACK_VERBS) | frozenset(ATTACK_NOUNS)
# Event nouns that also name the weapon doing the act: "a drone killed two", "a rocket hit the base".
_DOER_NOUNS = frozenset({"drone", "rocket", "missile", "mortar", "bomb"})


def _weapon(token: Token) -> bool:
    """True for what is fired or set off rather than hit: "four shells", "dozens of rockets"."""
    if token.lemma_.lower() in _WEAPON_OBJECTS | lexicon.THROWN_WEAPONS | lexicon.USED_WEAPONS | roles.WEAPON_HEADS:
        return True  # "fired grenade launchers at the base"
    return token.lemma_.lower() in _SALVO_COUNTS and any(
        p.lemma_.lower() in _WEAPON_OBJECTS for p in roles.pobjs(token, "of")
    )


def _is_place(token: Token) -> bool:
    """True for a place phrase: a named place, a place noun, or "dozens of villages"."""
    if token.ent_type_ in ("GPE", "LOC", "FAC") or token.lemma_.lower() in lexicon.PLACE_NOUNS:
        return True
    if token.pos_ == "PROPN" and token.ent_type_ not in ("PERSON", "NORP") and not token.ent_id_:
        return True  # the small model often tags towns ("Sinjar") as ORG
    if places.toponym(token):
        return True  # "captured Tal Abyad (from ISIS)": a town the model tagged PERSON
    return any(_is_place(t) for t in roles.pobjs(token, "of")) and token.lemma_.lower() in lexicon.QUANTITY_HEADS


def _verb_ok(verb: Token, agent: Token | None, target: Token | None) -> bool:
    lemma = verb.lemma_.lower()
    sent = roles.sentence_lemmas(verb)
    if lemma in lexicon.WEAPON_VERBS:
        return senses.wields(verb) and not senses.sporting(verb)
    if lemma == "fall":
        # "Mosul fell to ISIS": a place taken by an armed side.
        sides = roles.pobjs(verb, "to")
        return agent is not None and _is_place(agent) and bool(sides) and senses.armed_actor(sides[0])
    if lemma == "battle":
        sides = [target] if target is not None else roles.pobjs(verb, "with", "against")
        if not sides and agent is not None:
            sides = roles.conjuncts(agent)[1:]  # "Government troops and Houthi rebels battled": each side
        return (
            agent is not None
            and bool(sides)
            and not senses.sporting(verb)
            and all(not _abstract(t) and (senses.armed_actor(t) or t.ent_type_ == "PERSON") for t in sides)
        )
    if lemma in _PLACE_TAKING:
        return (
            target is not None
            and _is_place(target)
            and not (agent is not None and agent.lemma_.lower() in ("police", "customs", "officer"))
            and not (sent & {"drug", "arrest", "smuggler"})
        )
    if lemma in ("kill", "murder", "shoot", "stab", "wound", "injure", "slaughter", "massacre"):
        if sent & lexicon.ACCIDENT_CUES or senses.sporting(verb):
            return False
        if lemma in ("wound", "injure") and agent is None:
            return False
        if lemma in ("kill", "murder") and (target is None or target.lemma_.lower() in _NOT_VICTIM_NOUNS):
            return False  # a killing needs someone killed ("kill lists" is no killing)
        if verb.dep_ in ("amod", "compound") and verb.head.lemma_.lower() in (
            "death",
            "spree",
            "incident",
            "victim",
        ):
            return True  # "the shooting deaths of two Israelis"
        if lemma == "shoot" and (target is None or target.lemma_.lower() in ("film", "video", "scene", "movie")):
            return agent is not None and bool(sent & lexicon.WEAPON_LEMMAS)
        return True
    if lemma == "fire":
        objects = {c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "nsubjpass")}
        return not senses.sporting(verb) and (
            bool(objects & _WEAPON_OBJECTS)
            or bool(roles.pobjs(verb, "on", "at", "into", "upon"))
            or any(c.lower_ == "open" for c in verb.children)
            or verb.head.lower_ == "open"
        )
    if lemma == "blow" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children) and target is not None:
        return True  # "guerillas blew up three power lines"
    if lemma in ("explode", "detonate", "blow"):
        around = {t.lemma_.lower() for t in verb.subtree} | {verb.head.lemma_.lower()}
        return bool(around & _BOMB_WORDS) or (lemma == "explode" and senses.blast_is_attack(verb))
    if lemma in (
        "fight",
        "engage",
        "strike",
        "hit",
        "target",
        "beat",
        "burn",
        "torch",
        "gas",
        "execute",
        "rocket",
        "mortar",
        "gun",
        "destroy",
        "cleanse",
    ):
        if senses.sporting(verb) or (lemma == "strike" and sent & lexicon.LABOUR_CUES):
            return False
        if lemma == "execute":
            if target is None or not (target.ent_type_ == "PERSON" or target.lemma_.lower() in _EXECUTABLE):
                return False  # "execute a plan", "execute airpower"
            return bool(sent & _ARMED_CONTEXT) and "court" not in sent and "sentence" not in sent
        if lemma == "fight":
            return agent is not None and (
                target is not None
                or bool(roles.pobjs(verb, "against", "with"))
                or _reciprocal(verb, agent)  # "Taliban fighters and government forces have been fighting"
            )
        if lemma == "cleanse":
            return any(c.lower_ == "ethnically" for c in verb.children)
        if lemma in ("hit", "target", "engage", "strike", "destroy"):
            return _armed_doing(verb, agent, target)
        if lemma in ("beat",):
            return bool(sent & {"police", "soldier", "baton", "protester", "security", "militia", "troop"})
        return target is not None and not _abstract(target)
    return True


def _armed_doing(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """Whether "hit", "target", "strike", "engage" or "destroy" is violence here: an armed doer (gunmen,
    ISIS, jets, a bomb) against anything but an abstraction; a named state or group against something
    not abstract; a pronoun or a passive with no doer against people, places or vehicles."""
    if target is not None and _abstract(target):
        return False
    if roles.sentence_lemmas(verb) & lexicon.ACCIDENT_CUES and not (
        agent is not None
        and (agent.lemma_.lower() in lexicon.WEAPON_LEMMAS | lexicon.AERIAL_LEMMAS or senses.aircraft_name(agent))
    ):
        return False  # "Typhoon Haiyan hit the Philippines", "Hurricane Ian struck Florida"
    if agent is None:
        delivered = any(
            senses.armed_actor(w) or w.lemma_.lower() == "air" for w in roles.pobjs(verb, "by", "from", "with")
        )  # "struck from the air", "hit by a roadside bomb"
        return (
            roles.is_passive(verb)
            and target is not None
            and senses.concrete(target)
            and (delivered or bool(roles.sentence_lemmas(verb) & _HARM_CUES))
        )
    if agent.lower_ in lexicon.SUBJECT_PRONOUNS or agent.lower_ == "we":
        return target is not None and senses.concrete(target)
    if verb.lemma_.lower() == "destroy" and target is not None and _group(target):
        return False  # "efforts to destroy the terrorist group": defeating it, not an act of violence
    if agent.ent_type_ in ("PERSON",) and not agent.ent_id_:
        return target is not None and senses.concrete(target) and bool(roles.sentence_lemmas(verb) & _HARM_CUES)
    if senses.armed_actor(agent):
        return target is not None or agent.ent_type_ == "" or bool(agent.ent_id_)
    return False


def _group(token: Token) -> bool:
    return token.lemma_.lower() in lexicon.GROUP_NOUNS or token.ent_type_ in ("ORG", "NORP") or bool(token.ent_id_)


def _reciprocal(verb: Token, agent: Token) -> bool:
    """True when coordinated sides fight each other: two actors as the subject ("X and Y fought"), not one
    name with "and" in it ("the Islamic State of Iraq and the Levant") nor allies fighting side by side."""
    sides = [c for c in roles.conjuncts(agent) if c.i != agent.i and c.ent_iob_ != "I"]
    together = any(c.lower_ in ("alongside", "together", "beside") for c in verb.subtree)
    return bool(sides) and not together


def _abstract(token: Token) -> bool:
    return token.lemma_.lower() in lexicon.ABSTRACT_TARGETS


# Words of a sentence that say real violence is meant, for the tests of metaphorical "attacks" below.
_VIOLENT_CUES = lexicon.WEAPON_LEMMAS | {"kill", "wound", "injure", "dead", "casualty", "militant", "troop"}
_HARM_CUES = lexicon.WEAPON_LEMMAS | {"kill", "wound", "dead", "injure", "killed"}
_INJURY_CUES = lexicon.WEAPON_LEMMAS | {"kill", "wound", "injure"}
_COMBAT_CUES = lexicon.WEAPON_LEMMAS | {"troop", "force", "soldier", "militant", "kill"}


def _metaphor(trigger: Token, agent: Token | None, target: Token | None) -> bool:
    """True for attacks on budgets, by sellers, or by politicians on one another's words."""
    sent = roles.sentence_lemmas(trigger)
    if senses.sporting(trigger):
        return True
    if trigger.lemma_.lower() not in lexicon.METAPHOR_PRONE:
        return False  # nobody assassinates or beheads a budget
    violent = sent & _VIOLENT_CUES
    if agent is not None and agent.lemma_.lower() in _POLITICIANS and not violent:
        return True  # "The president attacked the media"
    if target is not None and _abstract(target):
        return True
    if agent is not None and agent.lemma_.lower() in lexicon.FIGURATIVE_DOERS and not sent & lexicon.HARM_WORDS:
        return True  # documents, markets and firms do not kill
    if any(w.lemma_.lower() in lexicon.MESSAGE_NOUNS for w in roles.pobjs(trigger, "with", "by", "from")):
        return True  # "bombarded with questions", "came under fire from critics"
    if trigger.lemma_.lower() in ("clash", "battle", "fight") and roles.pobjs(trigger, "over") and not violent:
        return True  # "the two leaders clashed over trade policy"
    verbal = bool(sent & lexicon.VERBAL_CUES) and not sent & _HARM_CUES
    person_vs_person = (
        agent is not None
        and agent.ent_type_ == "PERSON"
        and (target is None or target.ent_type_ in ("PERSON", "ORG", ""))
    )
    if verbal and (person_vs_person or target is None or target.ent_type_ == "PERSON"):
        return True
    if (
        trigger.pos_ == "VERB"
        and agent is not None
        and agent.ent_type_ == "PERSON"
        and target is not None
        and target.ent_type_ == "PERSON"
        and not sent & _INJURY_CUES
    ):
        return True
    for c in trigger.children:
        if c.lower_ in ("verbally", "rhetorically", "publicly", "sharply") and c.dep_ == "advmod":
            return True
    return False


def _doer_pobj(noun: Token) -> bool:
    """ "killed by an attacker", "one of the two attackers"; not "the family home of the attacker"."""
    prep = noun.head
    if prep.lower_ == "by":
        return True
    owner = prep.head
    return prep.lower_ == "of" and (owner.like_num or owner.lemma_.lower() in lexicon.QUANTITY_HEADS)


def _under_fire(noun: Token) -> bool:
    """ "came under fire from a drone": real fire when it comes from an armed doer, or with no source in
    a sentence about weapons or casualties; not "came under fire from critics"."""
    if not (noun.head.lower_ == "under" and noun.head.head.lemma_.lower() in ("come", "be")):
        return False
    sources = roles.pobjs(noun, "from") + roles.pobjs(noun.head.head, "from")
    if sources:
        return all(senses.armed_actor(w) for w in sources)
    return bool(roles.sentence_lemmas(noun) & (_HARM_CUES | lexicon.ARMED_ACTOR_NOUNS))


def _noun_ok(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    sent = roles.sentence_lemmas(noun)
    mods = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "npadvmod")}
    if mods & _NON_VIOLENT_MODS:
        return False
    if lemma in ("strike",) and not is_aerial(noun):
        if any(c.lower_ == "on" for c in noun.head.children if noun.dep_ == "pobj") or noun.head.lower_ == "on":
            return False
        if sent & lexicon.LABOUR_CUES:
            return False
        if senses.sporting(noun):
            return False
    if (
        lemma == "raid"
        and not is_aerial(noun)
        and sent & {"arrest", "detain", "apprehend"}
        and not sent & {"kill", "shoot", "clash", "wound", "gunfight", "firefight", "die"}
    ):
        return False  # "arrested 14 members of a militant group in raids": arrest raids
    if (
        lemma == "raid"
        and not is_aerial(noun)
        and sent & lexicon.POLICE_CUES - {"raid"}
        and not sent & {"militant", "troop", "military", "soldier", "commando", "special", "insurgent"}
    ):
        return False
    if (
        lemma in ("battle", "fight", "offensive", "combat")
        and sent & (lexicon.VERBAL_CUES - {"statement"})
        and not sent & _COMBAT_CUES
    ):
        return False
    if lemma in ("attack", "assault") and senses.sporting(noun):
        return False
    if (
        lemma in ("blast", "explosion")
        and not ({t.lemma_.lower() for t in noun.subtree} | sent) & _BOMB_WORDS
        and not senses.blast_is_attack(noun)
    ):
        return False
    if lemma == "bomb":
        return noun.head.lemma_.lower() in (
            "explode",
            "detonate",
            "plant",
            "drop",
            "go",
            "kill",
            "rip",
            "hit",
            "set",
            "injure",
            "wound",
            "destroy",
            "damage",
        )
    if lemma == "fire":
        return (
            any(
                c.lower_
                in (
                    "gunfire",
                    "artillery",
                    "mortar",
                    "rocket",
                    "tank",
                    "sniper",
                    "machine",
                    "machine-gun",
                    "heavy",
                    "small",
                    "arms",
                )
                for c in noun.children
            )
            or noun.head.lemma_.lower() in ("open", "exchange", "come")
            or _under_fire(noun)
        )
    if lemma in ("rocket", "missile", "mortar", "drone"):
        return (
            noun.head.lemma_.lower() in roles.IMPACT_VERBS
            and noun.dep_ == "nsubj"
            or noun.head.lemma_.lower()
            in (
                "fire",
                "launch",
                "hit",
                "strike",
                "land",
                "slam",
                "lob",
                "rain",
            )
            and noun.dep_ in ("dobj", "nsubj")
        )
    if lemma in ("violence", "crackdown", "uprising", "insurgency", "hostility", "hostilities", "combat"):
        return False  # background nouns: counted only through other triggers in the same text
    if lemma == "execution":
        return not sent & {"court", "sentence", "judicial", "hang", "hanging", "penalty", "convict"} and (
            bool(sent & _ARMED_CONTEXT) or any(e.ent_id_ and e.label_ == "ORG" for e in roles.sentence(noun).ents)
        )
    if lemma == "siege" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() == "state":
        return False  # "a state of siege" is emergency law
    if lemma in ("capture", "liberation"):
        return any(_is_place(t) for t in roles.pobjs(noun, "of"))
    if lemma == "fall":
        sides = roles.pobjs(noun, "to")
        return any(_is_place(t) for t in roles.pobjs(noun, "of")) and bool(sides) and senses.armed_actor(sides[0])
    if lemma in ("attacker", "bomber"):
        return (
            (noun.dep_ in ("nsubj", "nsubjpass") or (noun.dep_ == "pobj" and _doer_pobj(noun)))
            and lemma != "bomber"
            or any(c.lower_ == "suicide" for c in noun.children)
        )
    if lemma == "barrage":
        return any(
            c.lemma_.lower() in _WEAPON_OBJECTS | {"artillery", "rocket", "missile", "mortar", "fire"}
            for c in noun.subtree
            if c is not noun
        )
    if lemma == "fight" and noun.lower_ != "fighting":  # a gerund read as the noun is the noun "fighting"
        # "the fight for Mosul" is a battle; "the fight against ISIL" is the campaign as a whole.
        return any(_is_place(t) and t.ent_type_ != "ORG" for t in roles.pobjs(noun, "for"))
    if lemma == "support":
        return any(c.lower_ in ("air", "aerial") for c in noun.children)
    if lemma == "cleansing":
        return any(c.lower_ == "ethnic" for c in noun.children)
    if lemma == "advance":
        return any(
            c.lower_ in ("military", "army", "troop", "rebel") or c.ent_type_ in ("NORP", "GPE") or c.dep_ == "poss"
            for c in noun.children
        )
    if lemma == "atrocity":
        return noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("carry", "commit", "perpetrate")
    if lemma == "burning":
        victims = roles.pobjs(noun, "of")
        return bool(sent & {"pilot", "captive", "alive", "hostage"}) or any(
            t.ent_type_ == "PERSON" for v in victims for t in v.subtree
        )
    if lemma == "shooting":
        return not sent & {"film", "movie", "video", "photo", "scene"}
    return True


_NAME_LABELS = ("ORG", "PRODUCT", "WORK_OF_ART", "FAC", "GPE", "PERSON", "LOC", "NORP", "LAW")
_ARMED_CONTEXT = {
    "militant",
    "jihadist",
    "gunman",
    "captive",
    "hostage",
    "insurgent",
    "rebel",
    "terrorist",
    "militia",
    "extremist",
    "soldier",
    "troop",
    "army",
    "fighter",
}
_EXECUTABLE = {
    "captive",
    "hostage",
    "prisoner",
    "soldier",
    "man",
    "woman",
    "civilian",
    "people",
    "person",
    "journalist",
    "worker",
    "policeman",
    "officer",
    "member",
    "pilot",
    "child",
    "villager",
    "resident",
}
_POLITICIANS = {
    "president",
    "senator",
    "candidate",
    "minister",
    "lawmaker",
    "politician",
    "governor",
    "mayor",
    "spokesman",
    "spokeswoman",
    "chancellor",
    "premier",
    "congressman",
    "congresswoman",
    "mp",
    "nominee",
    "opponent",
    "rival",
    "critic",
    "commentator",
    "pundit",
    "democrat",
    "republican",
}
_NOT_VICTIM_NOUNS = {
    "list",
    "switch",
    "time",
    "deal",
    "bill",
    "engine",
    "mood",
    "story",
    "idea",
    "chance",
    "momentum",
    "buzz",
    "proposal",
    "plan",
    "talk",
    "hope",
}
_COMPOUND_HEADS = {
    "investigation",
    "victim",
    "survivor",
    "casualty",
    "death",
    "toll",
    "site",
    "campaign",
    "mission",
    "aftermath",
    "anniversary",
    "spree",
    "wave",
    "series",
}


_EXCLUDING_LEMMAS = frozenset({"exercise", "drill", "define", "classify"})


def _excluded_context(trigger: Token) -> bool:
    """Sentences that describe exercises or define terms, where no attack takes place."""
    if not _EXCLUDING_LEMMAS & roles.sentence_lemmas(trigger):
        return False  # most sentences: none of the four words, so no token needs a look
    return roles.per_sentence(trigger, "excluded", _excluded_sentence)


def _excluded_sentence(sent: Span) -> bool:
    for t in sent:
        lemma = t.lemma_.lower()
        if lemma in ("exercise", "drill") and t.pos_ == "NOUN":
            return True
        if lemma in ("define", "classify") and t.pos_ == "VERB":
            return True
    return False


def _attack(trigger: Token, actors: Actors, *, aerial: bool) -> Iterator[Draft]:
    if is_aerial(trigger) != aerial:
        return
    if trigger.ent_type_ in _NAME_LABELS or _excluded_context(trigger):
        return  # "F-16 Fighting Falcons", "Samarra Barrage"
    if trigger.pos_ != "VERB" and senses.generic(trigger):
        return  # "Drone strikes are a controversial tool", "An airstrike is an attack by aircraft"
    event_type = EventType.AIRSTRIKE if aerial else EventType.ATTACK
    lemma = trigger.lemma_.lower()
    if (
        trigger.pos_ == "VERB"
        and trigger.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        and trigger.tag_ in ("NNS", "NN", "VBZ")
    ):
        nominal = True  # "Russian ... airstrikes" mis-tagged as a verb but used as a noun
    elif (
        trigger.tag_ == "VBG"
        and trigger.dep_ in ("nsubj", "nsubjpass")
        and trigger.lower_ in ATTACK_NOUNS
        and roles.pobjs(trigger, "between")
        and not any(c.dep_ in ("dobj", "nsubj") for c in trigger.children)
    ):
        nominal = True  # "Fighting between the army and Houthi rebels erupted": a gerund read as the noun
    else:
        nominal = trigger.pos_ != "VERB"
    if not nominal:
        if (
            lemma in ("kill", "wound", "injure", "maim")
            and trigger.tag_ == "VBG"
            and trigger.dep_ in ("advcl", "xcomp", "conj", "acl")
            and trigger.head.lemma_.lower() in _VIOLENT_LEMMAS
        ):
            return  # "shelled the village, killing 3 civilians": the victims of that attack, not a new one
        own_subject = any(c.dep_ == "nsubj" for c in trigger.children)
        if (
            trigger.dep_ in ("amod", "compound", "nmod", "npadvmod")
            and not own_subject
            and not (
                trigger.tag_ == "VBG"
                and trigger.head.lemma_.lower()
                in ("death", "spree", "incident", "victim", "rampage", "campaign", "raid")
            )
        ):
            return
        agent = roles.subject(trigger)
        target = roles.patient(trigger)
        if target is not None and lemma in _PLACE_TAKING and target.lemma_.lower() == "control":
            target = roles.first(roles.pobjs(target, "of")) or target  # "seized control of Idlib"
        if target is not None and roles.is_reflexive(target):
            target = None  # "blew themselves up": the casualty clause below names who was hit
        if agent is None and target is not None and roles.own_death(target):
            target = None  # "the bomber was killed": the attacker's own death, nobody attacked him
        if target is None and trigger.dep_ in ("amod", "compound"):
            victims = roles.pobjs(trigger.head, "of")  # "the shooting deaths of two Israelis"
            target = victims[0] if victims else None
        if target is not None and _weapon(target):
            at = roles.pobjs(trigger, "at", "on", "into", "against", "toward", "towards") + roles.aimed_at(target)
            target = at[0] if at else None  # "fired four shells at targets", "a device targeting a convoy"
        if target is None:
            # "attacked on Tuesday", "battled at dawn": a date is no target.
            ts = [t for t in roles.pobjs(trigger, "on", "against", "at", "upon") if roles.can_fill(t, doer=False)]
            target = ts[0] if ts else None
        if target is None:
            # "shot and killed a village chief": the first verb shares its conjunct's object.
            target = next(
                (
                    o
                    for c in trigger.children
                    if c.dep_ == "conj" and c.pos_ == "VERB"
                    for o in roles.children(c, "dobj")
                ),
                None,
            )
        if target is None:
            for c in trigger.children:
                # "fired 22 munitions destroying 22 targets"
                if c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and c.lemma_.lower() in roles.IMPACT_VERBS:
                    target = roles.first(roles.children(c, "dobj"))
                    break
        if target is None and lemma in lexicon.WEAPON_VERBS:
            # "used tear gas to disperse protesters": the weapon's use is aimed at the purpose's object.
            target = next(
                (o for c in trigger.children if c.dep_ in ("xcomp", "advcl") for o in roles.children(c, "dobj")), None
            )
        if agent is not None and agent.lemma_.lower() in ("who", "which"):
            agent = None
        if (
            agent is not None
            and agent.lemma_.lower() in ATTACK_NOUNS
            and agent.pos_ in ("NOUN", "PROPN")
            and agent.lemma_.lower() not in ("attacker", "bomber")
            and (_noun_ok(agent) or agent.lemma_.lower() not in _DOER_NOUNS)
        ):
            # "an attack killed four": the noun is the event and already takes "four" as target; a
            # drone or rocket that is no event by itself ("a drone killed two") leaves it to the verb.
            return
        if not _verb_ok(trigger, agent, target) or _metaphor(trigger, agent, target):
            return
        if senses.non_violent_doer(trigger, agent, target):
            return  # hackers attacking servers, protesters storming a building
        if lemma in ("raid", "storm", "search") and (
            (agent is not None and agent.lemma_.lower() in lexicon.POLICE_CUES)
            or roles.sentence_lemmas(trigger) & {"arrest", "warrant", "detain"}
        ):
            return  # police and arrest raids are not attacks
        if lemma == "fall":
            # "Mosul fell to ISIS": the side it fell to took it.
            yield Draft(
                event_type,
                trigger,
                agents=roles.pobjs(trigger, "to")[:1],
                targets=[agent] if agent is not None else [],
                places=[agent] if agent is not None else [],
                strength=0.6,
                agent_source="syntax",
            )
            return
        if lemma in ("clash", "fight", "battle"):
            partners = roles.pobjs(trigger, "with", "against")
            if not partners and agent is not None and target is None:
                partners = roles.conjuncts(agent)[1:]  # "X and Y clashed": each side fought the other
            if not partners and target is not None and lemma == "battle":
                partners = [target]  # "Kurdish fighters battled IS militants": both sides fight
            agents = [agent] if agent is not None else []
            yield Draft(
                event_type,
                trigger,
                agents=agents,
                targets=partners or ([target] if target else []),
                places=roles.locations(trigger),
                strength=0.65,
                agent_source="syntax" if agent else "none",
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
            return
        if lemma in _PLACE_TAKING:
            # The place taken is the target, and so is the side it was taken from ("from ISIL control").
            held = [t for t in roles.pobjs(trigger, "from")]
            held = [
                next(
                    (c for c in t.children if c.dep_ in ("poss", "compound") and (c.ent_type_ or c.ent_id_)),
                    t,
                )
                for t in held
            ]
            yield Draft(
                event_type,
                trigger,
                agents=[agent] if agent else [],
                targets=([target] if target is not None else []) + held,
                places=[target] if target is not None else [],
                strength=0.6,
                agent_source="syntax" if agent else "none",
            )
            return
        strength = 0.7 if lemma not in _CONTEXT_ONLY else 0.6
        if lemma in ("kill", "murder", "shoot", "stab"):
            strength = 0.55
        yield Draft(
            event_type,
            trigger,
            agents=[agent] if agent is not None else [],
            targets=[target] if target is not None else [],
            places=roles.locations(trigger),
            strength=strength,
            agent_source="syntax" if agent is not None else "none",
        )
        return
    if not _noun_ok(trigger):
        return
    if trigger.dep_ == "compound" and trigger.head.lemma_.lower() not in _COMPOUND_HEADS:
        return  # "attack planners", "assault ship"
    if any(_abstract(t) for t in roles.pobjs(trigger, "against", "on")):
        return  # "the battle against the water crisis"
    if lemma in ("attacker", "bomber"):
        # "the attackers killed ...": the noun names the perpetrators, the verb is the attack.
        verb = trigger.head if trigger.dep_ == "nsubj" else None
        target = roles.patient(verb) if verb is not None else None
        if target is not None and verb is not None and roles.is_reflexive(target):
            target = roles.casualties(verb)  # "bombers blew themselves up ..., killing four officers"
        yield Draft(
            event_type,
            trigger,
            agents=[trigger],
            targets=[target] if target is not None else [],
            places=roles.locations(verb) if verb is not None else [],
            strength=0.55,
            agent_source="syntax",
        )
        return
    agents, source = roles.noun_agent(trigger)
    if trigger.dep_ == "compound" and trigger.head.lemma_.lower() in ("attack", "strike", "raid", "bombing"):
        return  # "suicide bomb attack": the head noun carries the event
    of_targets = lemma in (
        "bombing",
        "shelling",
        "bombardment",
        "siege",
        "liberation",
        "capture",
        "killing",
        "massacre",
        "beheading",
        "assassination",
        "invasion",
        "murder",
        "slaughter",
        "execution",
        "burning",
        "poisoning",
        "stabbing",
        "shooting",
    )
    preps = (
        ("on", "against", "targeting", "at")
        + (("of",) if of_targets else ())
        + (("into",) if lemma in ("advance", "incursion", "invasion", "offensive", "push") else ())
    )
    targets = roles.noun_target(trigger, *preps)
    if lemma in (
        "clash",
        "battle",
        "fight",
        "fighting",
        "firefight",
        "skirmish",
        "gunbattle",
        "gunfight",
        "shootout",
        "combat",
    ):
        sides = roles.pobjs(trigger, "between", "with", "against")
        if not sides and trigger.head.pos_ in ("VERB", "AUX"):
            sides = roles.pobjs(trigger.head, "between")  # "battles raged ... between X and Y"
        expanded = [
            t for s in sides for t in (roles.pair_sides(s) if s.head.lower_ == "between" else roles.conjuncts(s))
        ]
        if any(t.lemma_.lower() in lexicon.RIOT_DOERS for t in expanded + agents) and not roles.sentence_lemmas(
            trigger
        ) & {"kill", "dead", "death", "die", "shoot"}:
            return  # "clashes between protesters and police": a riot, unless people are killed
        if not agents and not expanded:
            subjects = roles.clause_subjects(trigger)
            if len(subjects) >= 2:
                expanded = subjects  # "Bosnia and Slovenia agreed to a ceasefire after fighting"
        elif not agents and len(expanded) == 1 and trigger.dep_ == "pobj":
            agents = roles.clause_subjects(trigger)[:1]
            source = "syntax"
        if (
            len(expanded) == 1
            and not agents
            and expanded[0].tag_ in ("NNS", "NNPS")
            and roles.pobjs(trigger, "between")
        ):
            expanded = expanded * 2  # "clashes between rival militias": one plural phrase names both sides
        if len(expanded) >= 2 and not agents:
            for a in expanded:
                yield Draft(
                    event_type,
                    trigger,
                    agents=[a],
                    targets=[b for b in expanded if b is not a],
                    places=roles.locations(trigger),
                    strength=0.6,
                    agent_source="syntax",
                )
            return
        if agents and expanded:
            yield Draft(
                event_type,
                trigger,
                agents=agents,
                targets=expanded,
                places=roles.locations(trigger),
                strength=0.6,
                agent_source=source,
            )
            for b in expanded:
                yield Draft(
                    event_type,
                    trigger,
                    agents=[b],
                    targets=agents,
                    places=roles.locations(trigger),
                    strength=0.55,
                    agent_source=source,
                )
            return
    if lemma == "fall":
        # "the fall of Mosul to the Islamic State": taken by the side it fell to.
        places = roles.pobjs(trigger, "of")
        yield Draft(
            event_type,
            trigger,
            agents=roles.pobjs(trigger, "to")[:1],
            targets=places,
            places=places,
            strength=0.55,
            agent_source="syntax",
        )
        return
    if lemma in ("liberation", "capture"):
        places = roles.pobjs(trigger, "of")
        yield Draft(event_type, trigger, agents=agents, targets=[], places=places, strength=0.55, agent_source=source)
        return
    if (
        not targets
        and agents
        and agents[0].lemma_.lower() in lexicon.FIGURATIVE_DOERS
        and not roles.sentence_lemmas(trigger) & lexicon.HARM_WORDS
    ):
        return  # "the company launched an offensive to win back customers"
    if targets and _metaphor(trigger, agents[0] if agents else None, targets[0]):
        return
    places = roles.locations(trigger)
    # "attacks in France, Belgium and Florida" gives places, not targets.
    targets = [t for t in targets if not (t.ent_type_ in ("GPE", "LOC") and t.head.lower_ == "in")]
    strength = (
        0.6
        if lemma
        in (
            "attack",
            "airstrike",
            "bombing",
            "strike",
            "raid",
            "offensive",
            "assault",
            "shelling",
            "ambush",
            "massacre",
            "invasion",
        )
        else 0.5
    )
    yield Draft(
        event_type,
        trigger,
        agents=agents,
        targets=targets,
        places=places,
        strength=strength,
        agent_source=source,
    )


@register(EventType.AIRSTRIKE, PATTERNS)
def airstrike(trigger: Token, actors: Actors) -> Iterator[Draft]:
    """AIRSTRIKE drafts: violence triggers with an aerial cue."""
    return _attack(trigger, actors, aerial=True)


@register(EventType.ATTACK, PATTERNS)
def attack(trigger: Token, actors: Actors) -> Iterator[Draft]:
    """ATTACK drafts: violence triggers without an aerial cue."""
    return _attack(trigger, actors, aerial=False)
