"""A brief: a headline over a story of one or two sentences, the shape of news-topic feeds ("Car Bomb Kills 12 Near
Baghdad Police Station" over "BAGHDAD (Reuters) - A car bomb exploded near a police station ..., killing 12 people.
Police said insurgents detonated the explosives-packed car as recruits queued outside.").

A brief tells the one incident its headline names. Its second sentence often retells it with a verb and a doer of
its own and none of the words that link mentions elsewhere (an anaphoric noun, a casualty, a claim), so it came out
as a second event. In a brief, a later mention joins the headline's incident when it agrees with it
(:func:`kg.extract.sameincident.compatible`) and, where both name doers, they are the same doers by name or noun: the
response of another side ("Rebels ambushed an army convoy ... Troops later shelled rebel positions") stays its own.
The city a brief was filed from (its dateline) says nothing about where a mention happened, so it does not part
a mention from the incident ("MOSCOW (AP) - ... attacked Grozny ... the fighters targeted police stations").
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.anaphora import noun_head
from kg.models import Event, Mention


def retells(incident: Event, mention: Event) -> bool:
    """True when ``mention`` names the doers of ``incident`` again, or either names none."""
    return not incident.agents or not mention.agents or bool(_sides(incident.agents) & _sides(mention.agents))


def unfiled(incident: Event, mention: Event, datelines: frozenset[tuple[int, int]]) -> tuple[Event, Event]:
    """``incident`` and ``mention`` without their places where a place was read from a dateline."""
    return _unfiled(incident, datelines), _unfiled(mention, datelines)


def _unfiled(event: Event, datelines: frozenset[tuple[int, int]]) -> Event:
    place = event.location
    if place is None or not any(start <= place.span.start < end for start, end in datelines):
        return event
    return replace(event, location=None)


def _sides(agents: tuple[Mention, ...]) -> set[str]:
    return {m.entity.key for m in agents} | ({noun_head(m.span.text) for m in agents} - {""})
