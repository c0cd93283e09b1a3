"""Geocoding accuracy against a hand-checked set (``tests/fixtures/geocoding.jsonl``).

Each gold record is a text and its places, each with the GeoNames id it should resolve to.  A gold
place is looked for among the places extraction found (a mention whose text holds it or that it
holds); one extraction did not find is added as a mention of its own, so the score is the geocoder's,
with the document's context, not extraction's recall.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kg.geo.resolve import geocode
from kg.models import Entity, EntityKind, Extraction, Mention, Span


@dataclass(frozen=True)
class Outcome:
    """One gold place: its text, the GeoNames id expected and the one found (None: unresolved)."""

    document: str
    text: str
    expected: int
    found: int | None

    @property
    def ok(self) -> bool:
        return self.found == self.expected


def outcomes(extraction: Extraction, places: list[dict]) -> list[Outcome]:
    """The :class:`Outcome` of each gold place (``{"text", "geonames_id"}``) of one document."""
    text = extraction.document.text
    added: list[Mention] = []
    for gold in places:
        if _find(extraction.mentions, extraction, gold["text"]) is None:
            start = text.index(gold["text"])
            entity = Entity("name:" + gold["text"].lower(), gold["text"], EntityKind.PLACE)
            added.append(Mention(Span(start, start + len(gold["text"]), gold["text"]), entity))
    if added:
        bare = replace(extraction, mentions=extraction.mentions + tuple(added))
        extraction = geocode(bare)
    out = []
    for gold in places:
        mention = _find(extraction.mentions, extraction, gold["text"])
        geo = mention.entity.geo if mention is not None else None
        found = geo.geonames_id if geo is not None else None
        out.append(Outcome(extraction.document.id, gold["text"], gold["geonames_id"], found))
    return out


def _find(mentions: tuple[Mention, ...], extraction: Extraction, text: str) -> Mention | None:
    every = [*mentions, *(e.location for e in extraction.events if e.location is not None)]
    places = [m for m in every if m.entity.kind is EntityKind.PLACE]
    exact = [m for m in places if m.span.text.lower() == text.lower()]
    near = [m for m in places if text.lower() in m.span.text.lower()]
    return next(iter(exact or near), None)
