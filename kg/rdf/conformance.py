"""SHACL conformance of what a user holds: a kg store, or an RDF file, against kg's shapes.

:func:`kg.rdf.validate.validate` checks one graph; these functions find the graphs to check.  Each
document graph is validated on its own, because the shapes describe what kg writes for one
document (the store's merged default graph is derived and skipped).
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import InputError
from kg.rdf.formats import FORMATS, by_suffix
from kg.rdf.validate import ValidationReport, merge_reports, validate

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = ["check_file", "check_store"]


def check_store(store) -> ValidationReport:  # noqa: ANN001
    """The SHACL report of every document graph in ``store`` (any kg store) and of its incidents graph, merged."""
    from rdflib import Graph

    from kg.rdf.vocab import INCIDENTS_GRAPH

    def reports():  # noqa: ANN202
        for name in [*store.graphs(), INCIDENTS_GRAPH]:
            g = Graph()
            for triple in store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}").triples:
                g.add(triple)
            yield validate(g)

    return merge_reports(reports())


def check_file(path: Path) -> ValidationReport:
    """The SHACL report of RDF file ``path`` (format from its suffix); each named graph of a dataset on its own."""
    found = by_suffix(path.suffix)
    if found is None:
        suffixes = sorted(s for f in FORMATS for s in f.suffixes)
        raise InputError(f"cannot tell the RDF format of {path}; use one of {', '.join(suffixes)}")
    fmt = found.rdflib
    try:
        with warnings.catch_warnings():
            # rdflib 7's own dataset parsers call its deprecated default_context.
            warnings.simplefilter("ignore", DeprecationWarning)
            return _check(path, fmt)
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    except (OSError, ValueError, SyntaxError) as e:  # rdflib's parsers raise many ValueError kinds
        raise InputError(f"cannot parse {path} as {fmt}: {e}") from None


# An entity whose value refers to other entities is how "billion laughs" expands 1.6 KB into
# gigabytes (expat, rdflib and pyoxigraph all expanded it: kg validate hung); an external entity
# reads other files or URLs.  Plain-text entities, the usual OWL shorthand for namespaces, are fine.
_DOCTYPE = re.compile(r"<!DOCTYPE[^\[>]*\[(.*?)\]\s*>", re.DOTALL)
_ENTITY = re.compile(r"<!ENTITY\s+(%\s*)?([^\s]+)\s+(SYSTEM|PUBLIC|\"[^\"]*\"|'[^']*')", re.DOTALL)
_REFERENCE = re.compile(r"[&%][^\s;#&%]+;")


def _refuse_unsafe_entities(path: Path) -> None:
    with path.open("rb") as f:
        head = f.read(1 << 20).decode("utf-8", errors="replace")  # a DTD comes before the first element
    m = _DOCTYPE.search(head)
    if m is None:
        return
    for parameter, name, value in _ENTITY.findall(m.group(1)):
        if value in ("SYSTEM", "PUBLIC") or parameter or _REFERENCE.search(value):
            raise InputError(
                f"{path} declares the XML entity {name} as an external, parameter or nested entity; "
                "kg validate does not expand those (a 'billion laughs' file expands to gigabytes): "
                "write the values out or convert the file to Turtle"
            )


def _parsed_by_oxigraph(path: Path, fmt: str) -> bytes:
    """``path`` parsed by pyoxigraph, as N-Quads: for JSON-LD, whose rdflib parser fetches remote contexts."""
    import pyoxigraph as ox

    from kg.rdf.formats import rdf_format

    try:
        quads = ox.parse(path=str(path), format=rdf_format(fmt).oxigraph)
        data = ox.serialize(quads, None, ox.RdfFormat.N_QUADS)
    except SyntaxError as e:
        advice = (
            "; kg does not fetch remote JSON-LD contexts: put the @context in the file" if "remote" in str(e) else ""
        )
        raise InputError(f"cannot parse {path} as {fmt}: {e}{advice}") from None
    assert data is not None  # with no output file, serialize returns the bytes
    return data


def _check(path: Path, fmt: str) -> ValidationReport:
    from rdflib import Dataset, Graph

    if fmt == "xml":
        _refuse_unsafe_entities(path)
    if fmt == "json-ld":
        data = Dataset()
        data.parse(data=_parsed_by_oxigraph(path, fmt), format="nquads")
        if any(g.identifier != data.default_graph.identifier and len(g) for g in data.graphs()):
            return validate(data)
        return validate(_as_graph(data))
    if fmt in {f.rdflib for f in FORMATS if f.datasets}:
        data = Dataset()
        data.parse(path, format=fmt)
        if any(g.identifier != data.default_graph.identifier and len(g) for g in data.graphs()):
            return validate(data)
        return validate(_as_graph(data))
    return validate(Graph().parse(path, format=fmt))


def _as_graph(data) -> Graph:  # noqa: ANN001
    from rdflib import Graph

    g = Graph()
    for s, p, o, _ctx in data.quads():
        g.add((s, p, o))
    return g
