"""An armed side advancing on a place or an enemy: "Syrian government forces, backed by Russian air strikes, advanced
toward the last rebel supply route", "troops were advancing toward Samarra", "forces advancing on the village of Umm
Tuweil came under fire".

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
from kg.extract.rules.violence.checks import is_place
from kg.models import EventType

ADVANCING = frozenset({"advance"})
AIM_PREPS = ("on", "upon", "toward", "towards", "into", "against")


def _aims(verb: Token) -> list[Token]:
    return [
        t
        for t in roles.pobjs(verb, *AIM_PREPS)
        if roles.can_fill(t, doer=False) and (is_place(t) or senses.armed_actor(t))
    ]


def advanced(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """True for an armed side's advance on a place or side: no object, an armed doer, an aim."""
    if roles.first(roles.children(verb, "dobj")) is not None or agent is None:
        return False
    return senses.armed_actor(agent) and bool(_aims(verb)) and not senses.sporting(verb)


def advance_frame(event_type: EventType, trigger: Token, agent: Token | None, target: Token | None) -> Iterator[Draft]:
    """ "troops were advancing toward Samarra": the place or side aimed at is the target, a place also where."""
    aims = _aims(trigger)[:1]
    yield Draft.read(event_type, trigger, agent, targets=aims, places=[t for t in aims if is_place(t)], strength=0.5)
