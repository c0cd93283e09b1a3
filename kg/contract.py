"""The machine-readable extraction contract (``kg extract --format jsonl``), one dict per document.

See "The extraction contract" in DESIGN.md: roles that are absent are ``None``; every actor or place
carries its surface text, normalised label and IRI.  kg's extension (docs/ARCHITECTURE.md, "Event
representation"): an ``agent`` or ``target`` with several participants is a list of such objects, and
``mentions`` lists every sentence and trigger that reports the event.
"""

from __future__ import annotations

from typing import overload

from kg.models import Event, Extraction, Mention
from kg.rdf.iri import entity_iri


@overload
def mention_record(mention: Mention) -> dict: ...
@overload
def mention_record(mention: None) -> None: ...
def mention_record(mention: Mention | None) -> dict | None:
    """``{"text", "label", "iri"}`` (plus ``"wikidata"`` when known) for a role filler, or None."""
    if mention is None:
        return None
    record = {
        "text": mention.span.text,
        "label": mention.entity.label,
        "iri": str(entity_iri(mention.entity)),
    }
    if mention.entity.wikidata:
        record["wikidata"] = mention.entity.wikidata
    return record


def role_record(mentions: tuple[Mention, ...]) -> dict | list[dict] | None:
    """A role's value: None when empty, one mention's object, or a list of objects for several."""
    if len(mentions) > 1:
        return [mention_record(m) for m in mentions]
    return mention_record(mentions[0]) if mentions else None


def event_record(event: Event) -> dict:
    """The contract's JSON object for one event."""
    return {
        "type": event.type.value,
        "agent": role_record(event.agents),
        "target": role_record(event.targets),
        "to": mention_record(event.to),
        "location": mention_record(event.location),
        "time": event.time,
        "modality": event.modality.value,
        "polarity": "negative" if event.negated else "positive",
        "confidence": event.confidence,
        "sentence": {"start": event.sentence.start, "end": event.sentence.end},
        "trigger": {"text": event.trigger.text, "start": event.trigger.start, "end": event.trigger.end},
        "mentions": [
            {
                "sentence": {"start": m.sentence.start, "end": m.sentence.end},
                "trigger": {"text": m.trigger.text, "start": m.trigger.start, "end": m.trigger.end},
                "confidence": m.confidence,
            }
            for m in event.evidence
        ],
    }


def extraction_record(extraction: Extraction) -> dict:
    """``{"id", "events": [...]}`` for one document, as ``kg extract --format jsonl`` writes it."""
    return {"id": extraction.document.id, "events": [event_record(e) for e in extraction.events]}
