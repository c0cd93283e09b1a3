"""Giving an event a doer read elsewhere in the document (a claim, an attribution, a release's counted strikes), and
dropping the repeats such readings make: one event a type, trigger and set of participants."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from kg.models import Event, Mention

_LINKED_BONUS = 0.06  # a linked agent: less than the 0.12 of a named agent found by syntax
_ROLELESS_PENALTY = 0.15  # pipeline._confidence's cost of an event without roles


def with_agent(event: Event, agent: Mention) -> Event:
    """``event`` with ``agent`` as its doer in place of a missing or generic one, and the confidence a linked doer
    adds."""
    bonus = _LINKED_BONUS
    if event.agent is None and event.target is None and event.to is None:
        bonus += _ROLELESS_PENALTY
    elif event.agent is not None:
        bonus = 0.0  # the generic agent already counted
    confidence = round(max(0.05, min(0.95, event.confidence + bonus)), 2)
    # The claimed actor stands in for the generic doer; a named co-agent stays.
    kept = tuple(
        a for a in event.agents[1:] if a.entity.key != agent.entity.key and not a.entity.key.startswith("local:")
    )
    return replace(event, agents=(agent, *kept), confidence=confidence)


def without_repeats(events: Iterable[Event]) -> list[Event]:
    """``events`` in order without repeats: one event a type, trigger and set of participants (by entity key)."""
    seen: set[tuple] = set()
    out = []
    for e in events:
        key = (e.type, e.trigger.start, _keys(e.agents), _keys(e.targets), _key(e.to))
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def _key(mention: Mention | None) -> str | None:
    return mention.entity.key if mention is not None else None


def _keys(mentions: tuple[Mention, ...]) -> tuple[str, ...]:
    return tuple(m.entity.key for m in mentions)
