"""What the extraction tests share: the events kg reads in a text, and those said to have happened."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language

from kg.extract import extract_one
from kg.models import Document, Event, EventType, Modality

STATED = (Modality.ASSERTED, Modality.INSPIRED)


def events(nlp: Language, text: str, *types: EventType, date: str | None = None) -> tuple[Event, ...]:
    """The events kg extracts from ``text`` read as one document (published on ``date``), only those of
    ``types`` when any are given."""
    found = extract_one(Document("t", text, date=date), nlp=nlp).events
    return tuple(e for e in found if not types or e.type in types)


def stated(found: tuple[Event, ...], *, modalities: tuple[Modality, ...] = STATED) -> list[Event]:
    """The events of ``found`` said to have happened: of ``modalities`` (asserted or inspired) and not negated."""
    return [e for e in found if e.modality in modalities and not e.negated]


def agent_texts(found: Iterable[Event]) -> set[str]:
    """The doers of ``found`` as the text says them."""
    return {m.span.text for e in found for m in e.agents}


def target_texts(found: Iterable[Event]) -> set[str]:
    """The targets of ``found`` as the text says them."""
    return {m.span.text for e in found for m in e.targets}
