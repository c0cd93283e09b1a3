"""RDF files into a store (``kg load``): an ontology, extra facts, a previous export, each in a named graph.

A file's triples go into one named graph: the one given, else one named after the file
(``https://w3id.org/kg/id/graph/file/kg.ttl``), so loading the same file again replaces what it loaded
before instead of adding to it.  Quad formats (N-Quads, TriG, JSON-LD datasets) keep their own named
graphs, so a previous ``kg export -o all.nq`` loads back as its document graphs; only their default-graph
triples go into the file's graph.  Every graph is written with :meth:`GraphStore.replace_graphs`, in one
transaction for all the files, which keeps the merged default graph that queries read up to date, so the
loaded triples answer queries at once and leave with their graph when it is replaced or removed.

Files are parsed by pyoxigraph whole before anything is written: a syntax error anywhere leaves the store
as it was.  The statements are held in memory (about twice the N-Triples size); for dumps of many
gigabytes, use a server's bulk loader (``kg export --shard-size``, docs/REMOTE.md).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

import pyoxigraph as ox

from kg.errors import InputError, UsageError
from kg.rdf import formats as rdf_formats
from kg.rdf.vocab import ID_BASE

if TYPE_CHECKING:
    from kg.store.base import GraphStore

LOADED_BASE = ID_BASE + "graph/file/"
"""Where the graphs named after loaded files live."""


@dataclass(frozen=True)
class LoadedGraph:
    """One named graph a load wrote: its IRI, the file(s) it came from and how many distinct triples it holds."""

    graph: str
    sources: tuple[str, ...]
    triples: int
    changed: bool


def graph_for(path: str | os.PathLike[str]) -> str:
    """The graph a file's triples go into when no graph is given: named after the file (not its folder)."""
    return LOADED_BASE + quote(Path(path).name, safe="")


def file_format(path: str | os.PathLike[str], name: str | None = None) -> rdf_formats.RdfFormat:
    """The RDF format called ``name``, else the one the file's extension names; UsageError when neither says."""
    if name is not None:
        try:
            return rdf_formats.rdf_format(name)
        except ValueError as e:
            raise UsageError(str(e)) from None
    found = rdf_formats.by_suffix(Path(path).suffix)
    if found is None:
        raise UsageError(f"cannot tell the RDF format of {path} from its extension; name its format")
    return found


def read_graphs(
    paths: Iterable[str | os.PathLike[str]], *, format: str | None = None, graph: str | None = None
) -> dict[str, tuple[dict[str, None], list[str]]]:
    """Each graph the files fill: graph IRI -> (its statements as N-Triples text, the files that gave them).

    InputError (one line: file, line, column, what is wrong) when a file cannot be read or parsed.
    """
    if graph is not None:
        try:
            graph = ox.NamedNode(graph).value
        except ValueError as e:
            raise UsageError(f"the graph name {graph!r} is not an absolute IRI: {e}") from None
    groups: dict[str, tuple[dict[str, None], list[str]]] = {}
    for raw in paths:
        path = Path(raw)
        fmt = file_format(path, format)
        target = graph or graph_for(path)
        try:
            quads = ox.parse(
                path=str(path), format=fmt.oxigraph, base_iri=path.resolve().as_uri(), rename_blank_nodes=True
            )
            for quad in quads:
                name = quad.graph_name
                if isinstance(name, ox.DefaultGraph):
                    key = target
                elif isinstance(name, ox.NamedNode):
                    key = name.value
                else:
                    raise InputError(f"cannot load {path}: a graph named by a blank node ({name}); name it with an IRI")
                statements, sources = groups.setdefault(key, ({}, []))
                statements[f"{quad.subject} {quad.predicate} {quad.object}"] = None
                if str(path) not in sources:
                    sources.append(str(path))
        except SyntaxError as e:
            raise InputError(f"cannot load {path}: {fmt.name} syntax error: {' '.join(str(e).split())}") from None
        except OSError as e:
            raise InputError(f"cannot load {path}: {e.strerror or e}") from None
        if not any(str(path) in sources for _, sources in groups.values()):
            raise InputError(f"{path} holds no triples; nothing to load")
    return groups


def load_files(
    store: GraphStore,
    paths: Iterable[str | os.PathLike[str]],
    *,
    format: str | None = None,
    graph: str | None = None,
) -> list[LoadedGraph]:
    """Load RDF files into ``store``, each graph replacing what that graph held; one transaction for all.

    Returns the graphs written, in the order the files first named them.
    """
    groups = read_graphs(paths, format=format, graph=graph)
    changed = store.replace_graphs([(g, statements.keys()) for g, (statements, _) in groups.items()])
    return [
        LoadedGraph(graph=g, sources=tuple(sources), triples=len(statements), changed=flag)
        for (g, (statements, sources)), flag in zip(groups.items(), changed, strict=True)
    ]
