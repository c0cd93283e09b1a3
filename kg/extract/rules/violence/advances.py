"""An armed side advancing on a place or an enemy: "Syrian government forces, backed by Russian air strikes, advanced
toward the last rebel supply route", "troops were advancing toward Samarra", "forces advancing on the village of Umm
Tuweil came under fire", "rebel fighters pushed toward the provincial capital", "Iraqi forces pressed on toward the
old city".

The guidelines count offensives, and the press tells the ground offensive's progress with "advance" and where it is
aimed, often in passing beside the incident the story is about.  The verb is violence only with an armed doer, no
object of its own ("advanced its plans"), and an aim that is a place or an armed side ("advanced toward the final", "a
deal", "the second round" are not); the aim is the target, and where it happened when it is a place.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import roles, senses
from kg.extract.registry import Draft
from kg.extract.rules.violence import outcomes
from kg.extract.rules.violence.checks import is_place
from kg.models import EventType

ADVANCING = frozenset({"advance", "push", "press"})
# "press" advances only when it goes on: "pressed on toward Mosul", "pressed ahead into the old city".
_ONWARD = frozenset({"on", "ahead", "forward", "onward", "onwards"})
AIM_PREPS = ("on", "upon", "toward", "towards", "into", "against")


def _aims(verb: Token) -> list[Token]:
    return [
        t
        for t in roles.pobjs(verb, *AIM_PREPS)
        if roles.can_fill(t, doer=False) and (is_place(t) or senses.armed_actor(t))
    ]


def advanced(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """True for an armed side's advance on a place or side: no object, an armed doer, an aim."""
    agent = agent or _clipped_doer(verb)
    if roles.first(roles.children(verb, "dobj")) is not None or agent is None:
        return False
    if verb.lemma_.lower() == "press" and not any(c.lower_ in _ONWARD for c in verb.children):
        return False  # "pressed for talks", "pressed into service"
    return senses.armed_actor(agent) and bool(_aims(verb)) and not senses.sporting(verb)


def _clipped_doer(verb: Token) -> Token | None:
    """The doer of "Iraqi forces pressed on toward the old city", which the parser made a clause of the doer."""
    if verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and any(c.dep_ == "prt" for c in verb.children):
        return verb.head
    return None


def advanced_or_drove(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "pushed toward the capital" (an advance) or "pushed the militants out of Kelemba" (a side driven out)."""
    return advanced(verb, agent, target) or outcomes.driven_out(verb, agent, target)


def advance_frame(event_type: EventType, trigger: Token, agent: Token | None, target: Token | None) -> Iterator[Draft]:
    """ "troops were advancing toward Samarra": the place or side aimed at is the target, a place also where; a side
    pushed out of a place is read as :mod:`outcomes` reads it."""
    if trigger.lemma_.lower() in outcomes.DRIVING and not advanced(trigger, agent, target):
        yield from outcomes.driven_frame(event_type, trigger, agent, target)
        return
    aims = _aims(trigger)[:1]
    yield Draft.read(
        event_type,
        trigger,
        agent or _clipped_doer(trigger),
        targets=aims,
        places=[t for t in aims if is_place(t)],
        strength=0.5,
    )
