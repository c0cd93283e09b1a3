"""What the endpoint speaks: the media types it answers with, Accept negotiation, and its settings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.rdf.formats import FORMATS

# media type -> pyoxigraph format name; the first entry is the default.
SELECT_TYPES: dict[str, str] = {
    "application/sparql-results+json": "JSON",
    "application/json": "JSON",
    "application/sparql-results+xml": "XML",
    "application/xml": "XML",
    "text/xml": "XML",
    "text/csv": "CSV",
    "text/tab-separated-values": "TSV",
}
GRAPH_TYPES: dict[str, str] = {media: f.oxigraph_name for f in FORMATS for media in f.media_types}
# What a response says it is, for the aliases above.
CANONICAL = {
    "application/json": "application/sparql-results+json",
    "text/xml": "application/sparql-results+xml",
    **{media: f.media_types[0] for f in FORMATS for media in f.media_types[1:] if media not in SELECT_TYPES},
}


@dataclass(frozen=True)
class ServeConfig:
    """How ``kg serve`` runs: the store, whether updates are allowed, and its limits."""

    store: Path
    allow_update: bool = False
    timeout: float = 30.0  # seconds a query or update may run
    max_request_bytes: int = 1_000_000
    cors: bool = False
    workers: int = 2  # worker processes for read-only serving (one when updates are allowed)
    read_timeout: float = 30.0  # seconds a client may take to send its whole request (slowloris holds a thread)
    max_connections: int = 256  # open connections at once; more get 503 (lowered to fit under ulimit -n)
    worker_memory_mb: int = 2048  # address space a worker may use; a query needing more is stopped (0: no limit)
    allowed_hosts: tuple[str, ...] = ()  # Host names answered besides IP literals, localhost and this machine's
    allow_service: tuple[str, ...] = ()  # SERVICE endpoints queries may call (none: federation off)
    allow_load: bool = False  # whether an update may LOAD a URL


def negotiate(accept: str | None, offered: dict[str, str]) -> str | None:
    """The media type of ``offered`` that best fits Accept header ``accept``; the first offered when absent.

    None when the client accepts none of them (the endpoint answers 406).

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", SELECT_TYPES)
    'application/sparql-results+xml'
    """
    default = next(iter(offered))
    if not accept or not accept.strip():
        return default
    ranges = []
    for i, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media and q > 0:
            ranges.append((-q, i, media.lower()))
    for _q, _i, media in sorted(ranges):
        if media in offered:
            return media
        if media == "*/*":
            return default
        if media.endswith("/*"):
            for candidate in offered:
                if candidate.startswith(media[:-1]):
                    return candidate
    return None
