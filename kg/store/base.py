"""What every kg store offers, and how a location names one.

:class:`GraphStore` is the interface :mod:`kg.store.embedded` (Oxigraph on disk) and
:mod:`kg.store.remote` (a SPARQL 1.1 server) both implement, so building, querying, exporting
and ranking work on either; :func:`kg.store.open.open_store` picks one from a location (a folder or a URL).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, BinaryIO, Protocol, runtime_checkable

if TYPE_CHECKING:
    from types import TracebackType

    from rdflib import URIRef

    from kg.rdf.terms import Term
    from kg.store.results import QueryResult


@dataclass(frozen=True)
class StoreStats:
    """What a store holds; ``kg stats``-style summaries come from here."""

    path: str | None
    documents: int  # named graphs
    quads: int  # triples of the document graphs, counted once per graph they are in
    triples: int  # distinct triples: the merged default graph
    events: Mapping[str, int]  # kg event class local name ("Attack") -> count
    incidents: int  # kg:Incident nodes: events of several documents that report one incident count once
    actors: int
    places: int
    size_bytes: int  # on disk; 0 for an in-memory store
    # Named graphs that are neither documents nor derived (kg load's ontologies, extra facts) -> their triples;
    # the embedded store lists them (a SPARQL server's own system graphs would crowd them out).
    loaded: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Statements:
    """A graph's triples in Oxigraph's N-Triples rendering, distinct, each on its own line without the final dot
    (``"<s> <p> <o>\\n"``; Oxigraph escapes a line break inside a literal, so a line is a statement).

    What build workers send: one string, pickled in one piece, which the embedded store turns into the N-Quads
    of a new graph with two ``str.replace`` calls and bulk-loads without validating it again, so only
    :meth:`of` with statements Oxigraph rendered may make one.  Iterating gives the statements (every store
    takes it where it takes triples).
    """

    text: str

    @classmethod
    def of(cls, lines: Iterable[str]) -> Statements:
        """From statements Oxigraph rendered (``f"{s} {p} {o}"`` of pyoxigraph terms); duplicates dropped."""
        return cls("".join(f"{line}\n" for line in dict.fromkeys(lines)))

    def __iter__(self) -> Iterator[str]:
        return iter(self.text.split("\n")[:-1])

    def __len__(self) -> int:
        return self.text.count("\n")


@runtime_checkable
class GraphStore(Protocol):
    """A kg store: one named graph per document, queried through the merge of them all."""

    read_only: bool

    def __enter__(self) -> GraphStore: ...

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None: ...

    def close(self) -> None: ...

    def replace_graph(self, graph: str | URIRef, triples: Iterable) -> bool: ...

    def replace_graphs(self, graphs: Iterable[tuple[str | URIRef, Iterable]]) -> list[bool]: ...

    def patch_graph(self, graph: str | URIRef, *, remove: Iterable, add: Iterable) -> None: ...

    def remove_graph(self, graph: str | URIRef) -> None: ...

    def rebuild_default_graph(self) -> None: ...

    def flush(self) -> None: ...

    def graphs(self) -> list[str]: ...

    def __len__(self) -> int: ...

    def __contains__(self, graph: object) -> bool: ...

    def raw_query(self, sparql: str, *, bindings: Mapping[str, Term] | None = None): ...  # noqa: ANN201

    def query(self, sparql: str, *, bindings: Mapping[str, Term] | None = None) -> QueryResult: ...

    def dump(
        self, output: BinaryIO | None = None, *, format: str = "turtle", graph: str | None = None
    ) -> bytes | None: ...

    def stats(self) -> StoreStats: ...


def event_classes() -> str:
    """The registered event types' classes as SPARQL IRIs separated by commas, for ``IN (...)`` filters."""
    from kg import events

    return ", ".join(f"<{s.class_iri}>" for s in events.specs())


def is_url(location: str | os.PathLike[str]) -> bool:
    """True when ``location`` names a SPARQL server (http:// or https://) rather than a folder."""
    return isinstance(location, str) and location.lower().startswith(("http://", "https://"))
