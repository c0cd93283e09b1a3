"""Minting IRIs that are stable, readable and valid for any input name.

An IRI is ``ID_BASE + kind/slug-hash``: the slug keeps it readable ("islamic-state"), the hash of
the full key keeps it unique and stable whatever the name contains (quotes, spaces, emoji,
right-to-left text, NUL).  The same key always gives the same IRI, in every run and process.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

from rdflib import URIRef

from kg.models import Entity, EntityKind
from kg.rdf.vocab import ID_BASE

SHARED_KINDS = ("actor", "place", "geometry", "run")
"""IRI kinds naming what several documents describe; documents, events and text spans belong to one."""

_NON_SLUG = re.compile(r"[^a-z0-9]+")
_SLUG_MAX = 48


def slug(text: str) -> str:
    """ASCII slug of ``text``: ``"Al-Qa'ida (AQ)"`` -> ``"al-qa-ida-aq"``; empty when nothing is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NON_SLUG.sub("-", ascii_text.lower()).strip("-")[:_SLUG_MAX].strip("-")


def short_hash(key: str, *, length: int = 10) -> str:
    """A hex digest of ``key`` (surrogates allowed), stable across processes and Python versions."""
    data = key.encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=16).hexdigest()[:length]


def mint(kind: str, name: str, key: str | None = None) -> URIRef:
    """``ID_BASE/kind/slug-hash`` for ``name``; the hash is of ``key`` (default: ``name``)."""
    digest = short_hash(key if key is not None else name)
    s = slug(name)
    return URIRef(f"{ID_BASE}{kind}/{s}-{digest}" if s else f"{ID_BASE}{kind}/{digest}")


def document_iri(doc_id: str) -> URIRef:
    """The IRI of a document, which is also the name of the document's graph in the store."""
    return mint("doc", doc_id)


GEONAMES_KEY = "geonames:"
"""The key prefix of a geocoded place's IRI: ``geonames:<GeoNames id>``, shared by every document."""
LOCAL_KEY = "local:"
"""The key prefix of a document-local entity (``local:<document>:the militants``): never met in another document."""


def iri_key(entity: Entity) -> str:
    """What an entity's IRI is minted from: its key, or for a place the geocoder resolved (and that is
    not a gazetteer country, one node with the state) ``geonames:<id>``, so one name that resolves to two
    entries in two documents ("Tripoli") gives two places and two names of one entry one place.  The
    entity's key itself stays the name's, so event IRIs do not change when the gazetteer does."""
    if entity.geo is not None and entity.kind is EntityKind.PLACE and not entity.key.startswith("gaz:"):
        return f"{GEONAMES_KEY}{entity.geo.geonames_id}"
    return entity.key


def entity_iri(entity: Entity) -> URIRef:
    """The IRI of an actor or place; equal keys give equal IRIs across documents.

    Both parts come from the key (``"gaz:islamic-state"`` -> ``actor/islamic-state-<hash>``; see
    :func:`iri_key` for geocoded places), never from the label, so one entity has one IRI whatever
    label a document gives it.
    """
    kind = {EntityKind.PLACE: "place", EntityKind.OBJECT: "object"}.get(entity.kind, "actor")
    key = iri_key(entity)
    # A document-local key never recurs in another document: cached, it would only push out shared ones, and
    # fill the cache for the first 32,768 of a build's local entities (docs/BUILD.md, memory).
    return _entity_iri.__wrapped__(kind, key) if key.startswith(LOCAL_KEY) else _entity_iri(kind, key)


def geometry_iri(entity: Entity) -> URIRef:
    """The IRI of the geo:Geometry (the point) of a geocoded place: one per place, like the place's IRI."""
    return _entity_iri("geometry", iri_key(entity))


@functools.lru_cache(maxsize=1 << 15)
def _entity_iri(kind: str, key: str) -> URIRef:
    # Actors recur across documents and events; minting (slug, hash) is most of writing one.
    return mint(kind, key.partition(":")[2] or key, key)


def span_iri(doc_iri: str, start: int, end: int) -> URIRef:
    """An RFC 5147 fragment IRI for characters ``start:end`` of a document."""
    return URIRef(f"{doc_iri}#char={start},{end}")
