"""ATTACK and AIRSTRIKE: the trigger patterns, the two rules, and the dispatch of a trigger to its reading: a
headline's clipped verb, a crowd-control adjective, a violence verb (``verbroles``, ``verbframes``) or noun
(``nounroles``), whose sense (``verbs``, ``nouns``) and aerial cue (``aerial``) the sibling modules decide."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import generic_use, lexicon, roles, senses
from kg.extract.actors import Actors
from kg.extract.registry import Draft, lemmas, register
from kg.extract.rules.violence import advances, crowds, outcomes, words
from kg.extract.rules.violence.aerial import air_support, is_aerial
from kg.extract.rules.violence.attempts import ATTEMPT_PATTERNS, ATTEMPT_REQUIRES
from kg.extract.rules.violence.calledin import CALL_PATTERNS, CALL_REQUIRES, called_in
from kg.extract.rules.violence.checks import abstract, excluded_context, named_fight
from kg.extract.rules.violence.downings import DOWNING_PATTERNS, DOWNING_REQUIRES
from kg.extract.rules.violence.nounroles import noun_drafts
from kg.extract.rules.violence.rammings import RAMMING_PATTERNS, RAMMING_REQUIRES
from kg.extract.rules.violence.setoff import SETOFF_PATTERNS, SETOFF_REQUIRES
from kg.extract.rules.violence.verbframes import struck
from kg.extract.rules.violence.verbroles import verb_drafts
from kg.models import EventType

PATTERNS: list[list[dict]] = [
    lemmas(*words.ATTACK_VERBS, pos=("VERB",)),
    lemmas(*words.ATTACK_NOUNS, pos=("NOUN", "PROPN")),
    [{"LOWER": {"IN": list(words.AIR_MODIFIERS)}}, {"LEMMA": {"IN": list(words.AIR_HEADS)}}],
    [{"LEMMA": {"IN": ["take"]}, "POS": "VERB"}, {"LOWER": "over"}],
    [{"LEMMA": "take", "POS": "VERB"}],  # "took Benghazi by force" (takings.taken)
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
    *ATTEMPT_PATTERNS,  # "attempted to infiltrate X but were repelled"
    *SETOFF_PATTERNS,  # "ran over an IED", "stepped on a landmine"
    *RAMMING_PATTERNS,  # "rammed his car into a crowd", "mowed down shoppers"
    *CALL_PATTERNS,  # "gunships were called in against firing points"
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
    **ATTEMPT_REQUIRES,
    **CALL_REQUIRES,
    "push": outcomes.REQUIRES["push"] | frozenset(advances.AIM_PREPS),  # "pushed toward the capital" (advances)
    # "took over the town", "took control of", a place "taken by force", and a town taken by armed people ("militias
    # took Raqqa") (takings.taken): a taking needs one
    "take": frozenset({"over", "control", "force"}) | lexicon.ARMED_ACTOR_NOUNS | lexicon.GROUP_NOUNS,
    # an "encounter" is a gunfight only between armed sides or with people killed in it (nouns.armed_encounter)
    "encounter": lexicon.ARMED_ACTOR_NOUNS | lexicon.GROUP_NOUNS | words.CASUALTY_VERBS,
    "confrontation": lexicon.ARMED_ACTOR_NOUNS | lexicon.GROUP_NOUNS | words.CASUALTY_VERBS,  # the same sense
}
# "drove them out of X" and "drove over a mine": a verb of going onto a device keeps the words its other readings need
REQUIRES |= {verb: needed | frozenset(REQUIRES.get(verb, ())) for verb, needed in SETOFF_REQUIRES.items()}
# "drove a truck into a crowd", "rammed his car into worshippers": a vehicle driven into people
REQUIRES |= {verb: needed | frozenset(REQUIRES.get(verb, ())) for verb, needed in RAMMING_REQUIRES.items()}


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
    if (trigger.ent_type_ in words.NAME_LABELS and not named_fight(trigger)) or excluded_context(trigger):
        return  # "F-16 Fighting Falcons", "Samarra Barrage"
    if senses.generic(trigger) if trigger.pos_ != "VERB" else generic_use.verb_of_a_kind(trigger):
        return  # "Drone strikes are a controversial tool", "An airstrike is an attack by aircraft"
    event_type = EventType.AIRSTRIKE if aerial else EventType.ATTACK
    # "set the BJP office on fire", "set ablaze three vehicles" (whatever tag "ablaze" gets): read at "set"
    setter = crowds.setter(trigger) if trigger.lower_ in crowds.ALIGHT else None
    if setter is not None:
        yield from verb_drafts(setter, event_type)
        return
    if trigger.pos_ == "ADJ":
        yield from crowds.adjectival(trigger, event_type)
        return
    if trigger.lemma_.lower() == "call":
        yield from called_in(trigger, event_type)  # "Apache gunships were called in against firing points"
        return
    clipped = _headline_verb(trigger)
    if clipped is not None:
        yield from struck(event_type, trigger, *clipped)
        return
    if trigger.lower_ in crowds.ALIGHT:
        return  # "on fire", "ablaze" with no "set"
    if _nominal(trigger):
        yield from noun_drafts(trigger, event_type)
    else:
        yield from verb_drafts(trigger, event_type)


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
    if trigger.tag_ == "VBG" and trigger.dep_ == "pcomp" and trigger.head.lower_ == "under":
        return True  # "came under shelling from Russian forces": the gerund is the noun "came under" takes
    if trigger.pos_ == "NOUN" and any(c.dep_ == "auxpass" for c in trigger.children):
        return False  # "The hideout was overrun by troops", "overrun" tagged a noun
    return trigger.pos_ != "VERB"
