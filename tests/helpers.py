"""What the extraction tests share: the events kg reads in a text, and those said to have happened."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

import pytest
from spacy.language import Language

from kg.evaluate import matches
from kg.extract import extract_one
from kg.models import Document, Event, EventType, Mention, Modality

STATED = (Modality.ASSERTED, Modality.INSPIRED)


def events(nlp: Language, text: str, *types: EventType, date: str | None = None) -> tuple[Event, ...]:
    """The events kg extracts from ``text`` read as one document (published on ``date``), only those of
    ``types`` when any are given."""
    found = extract_one(Document("t", text, date=date), nlp=nlp).events
    return tuple(e for e in found if not types or e.type in types)


def event_places(nlp: Language, text: str, types: tuple[str, ...], *, date: str) -> list[str | None]:
    """The place of each event of ``types`` kg reads in ``text`` (None for one without a place): its text, or its name
    where the event's sentence calls a named place by a place noun ("the town" standing for Maiduguri,
    kg.extract.placewords); fails when there is no such event, so a place test never passes on a missed event."""
    extraction = extract_one(Document(id="probe", text=text, date=date), nlp=nlp)
    found = [e for e in extraction.events if e.type.value in types]
    assert found, f"no {'/'.join(types)} event in: {text}"
    return [_place_name(e.location) if e.location is not None else None for e in found]


def _place_name(place: Mention) -> str:
    """A place mention's text, or its entity's name when the text is a place noun standing for a named place."""
    text, label = place.span.text, place.entity.label
    return label if text.islower() and not label.islower() else text


def place_probe(text: str, types: tuple[str, ...], place: str, missed: Mapping[str, str]) -> object:
    """One place probe as a test parameter, a strict xfail with its reason when ``place`` is in ``missed``."""
    marks = [pytest.mark.xfail(strict=True, reason=missed[place])] if place in missed else []
    return pytest.param(text, types, place, marks=marks, id=place)


def stated(found: tuple[Event, ...], *, modalities: tuple[Modality, ...] = STATED) -> list[Event]:
    """The events of ``found`` said to have happened: of ``modalities`` (asserted or inspired) and not negated."""
    return [e for e in found if e.modality in modalities and not e.negated]


def asserted_types(nlp: Language, text: str) -> set[EventType]:
    """The types of the events kg reads in ``text`` as asserted and not negated."""
    return {e.type for e in stated(events(nlp, text), modalities=(Modality.ASSERTED,))}


def agent_texts(found: Iterable[Event]) -> set[str]:
    """The doers of ``found`` as the text says them."""
    return {m.span.text for e in found for m in e.agents}


def target_texts(found: Iterable[Event]) -> set[str]:
    """The targets of ``found`` as the text says them."""
    return {m.span.text for e in found for m in e.targets}


# An expected event's kind in the probe files (tests/probes_*.py): the event types it may be.
KINDS = {"A": ("ATTACK", "AIRSTRIKE"), "AIR": ("AIRSTRIKE",), "DEF": ("DEFECTION",), "ALL": ("ALLEGIANCE",)}


def side_texts(found: Iterable[Event], role: str) -> list[str]:
    """The sides of the changes of side in ``found`` as the text says them: the sides left (``role`` "target") or the
    sides gone to ("to")."""
    if role == "target":
        return [m.span.text for e in found for m in e.targets]
    return [e.to.span.text for e in found if e.to is not None]


def role_strings(mentions: tuple[Mention, ...]) -> list[str]:
    """What each of ``mentions`` says and the label of the entity it names."""
    return [s for m in mentions for s in (m.span.text, m.entity.label)]


def _said(gold: str | None, mentions: tuple[Mention, ...]) -> bool:
    return gold is None or any(matches(s, gold) for s in role_strings(mentions))


def is_expected(event: Event, kind: str, agent: str | None, target: str | None, to: str | None) -> bool:
    """True when ``event`` is of ``kind`` (a key of KINDS) with the agent, target and side joined a probe expects
    (None: not checked), each matched as the scorer matches role strings."""
    return (
        event.type.value in KINDS[kind]
        and _said(agent, event.agents)
        and _said(target, event.targets)
        and _said(to, (event.to,) if event.to is not None else ())
    )


def attacks_told(nlp: Language, text: str) -> list[Event]:
    """The attacks and air strikes ``text`` says happened, read as one document of 15 June 2021."""
    return stated(events(nlp, text, EventType.ATTACK, EventType.AIRSTRIKE, date="2021-06-15"))


def has_text(texts: Iterable[str], wanted: str) -> bool:
    """True when one of ``texts`` (role strings) holds ``wanted``."""
    return any(wanted in t for t in texts)


def attack_found(event: Event, kind: str, agent: str | None, targets: tuple[str, ...]) -> bool:
    """True when ``event`` has the doer and every target a window probe expects ("AIR": an air strike; "A": any
    attack; agent None: not checked)."""
    if kind == "AIR" and event.type is not EventType.AIRSTRIKE:
        return False
    return _said(agent, event.agents) and all(_said(target, event.targets) for target in targets)


def shown(found: Iterable[Event]) -> list[tuple[str, list[str], list[str], str | None]]:
    """The events of ``found`` as a failing probe prints them: type, agents, targets, side joined."""
    return [
        (e.type.value, role_strings(e.agents), role_strings(e.targets), e.to.span.text if e.to else None) for e in found
    ]


def numbered(
    probes: Sequence[tuple],
    known_misses: Mapping[int, str],
    keep: Callable[[tuple], object] = bool,
    name: str | None = None,
) -> list:
    """``probes`` as (number, *probe) parameters, each known miss a strict xfail with its reason, so a fix shows
    up as an unexpected pass; only the probes ``keep`` is true for, numbered as in the whole list, with the test id
    ``name-number`` when a ``name`` is given (to run several probe sets through one test)."""
    return [
        pytest.param(
            i,
            *probe,
            marks=[pytest.mark.xfail(strict=True, reason=known_misses[i])] if i in known_misses else [],
            id=None if name is None else f"{name}-{i}",
        )
        for i, probe in enumerate(probes)
        if keep(probe)
    ]


def assert_all_found(found: list[Event], number: int, expected: Iterable[tuple]) -> None:
    """Each (kind, agent, target, side joined) of ``expected`` is one of ``found``, as :func:`is_expected` says."""
    for kind, agent, target, to in expected:
        assert any(is_expected(e, kind, agent, target, to) for e in found), (
            number,
            kind,
            agent,
            target,
            to,
            shown(found),
        )
