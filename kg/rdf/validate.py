"""SHACL validation of kg graphs against ontology/shapes.ttl, and where the ontology files live.

Call :func:`validate` on a document graph (or a whole store's dataset) to learn whether it keeps
the promises kg makes about its data; ``kg validate`` does this for the store.
"""

from __future__ import annotations

import functools
import importlib.resources
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, cast

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF, RDFS, SH
from rdflib.term import Node

from kg import events
from kg.errors import KgError
from kg.rdf import shapes
from kg.rdf.terms import Term

ONTOLOGY_FILE = "kg.ttl"
SHAPES_FILE = "shapes.ttl"


class Violation(NamedTuple):
    """One failed constraint: the node that failed, the property (None for node-level rules) and why."""

    focus: Term
    path: Term | None
    message: str


@dataclass(frozen=True)
class ValidationReport:
    """Whether a graph satisfies kg's shapes, and every violation found (sorted, so reports compare equal)."""

    conforms: bool
    violations: tuple[Violation, ...] = ()


def ontology_path(name: str) -> Path:
    """The path of ``name`` ("kg.ttl" or "shapes.ttl"): installed package data first, then the source tree.

    An installed kg carries the files as package data ``kg/ontology/``; a source checkout has them
    in the repository's ``ontology/`` folder next to ``kg/``.
    """
    try:
        packaged = importlib.resources.files("kg") / "ontology" / name
        if packaged.is_file():
            return Path(str(packaged))
    except (ModuleNotFoundError, NotADirectoryError):
        pass
    source_tree = Path(__file__).resolve().parents[2] / "ontology" / name
    if source_tree.is_file():
        return source_tree
    raise FileNotFoundError(
        f"ontology file {name!r} is neither in the installed kg package nor in {source_tree.parent}"
    )


@functools.cache
def _load(name: str) -> Graph:
    return Graph().parse(ontology_path(name), format="turtle")


def ontology_graph() -> Graph:
    """A fresh copy of the kg ontology (ontology/kg.ttl) as an rdflib Graph."""
    return _copy(_load(ONTOLOGY_FILE))


def shapes_graph() -> Graph:
    """A fresh copy of kg's SHACL shapes: ontology/shapes.ttl plus the event types' shapes (kg.rdf.shapes)."""
    return _copy(_shapes(events.generation()))


@functools.lru_cache(maxsize=2)
def _shapes(generation: int) -> Graph:
    # Rebuilt when an event type is registered (the generation changes).
    g = _copy(_load(SHAPES_FILE))
    for triple in shapes.event_shapes():
        g.add(triple)
    return g


def validate(data_graph: Graph | Dataset) -> ValidationReport:
    """Whether ``data_graph`` satisfies kg's shapes, with every violation; call it on what kg wrote.

    A Graph is validated as one graph.  A Dataset is validated one named graph at a time, because
    the shapes describe what kg writes for one document; its default graph is skipped (a store's
    merged default graph is derived from the named graphs, and in it a non-gazetteer actor read in
    two documents may fairly carry two labels or kinds).
    """
    if isinstance(data_graph, Dataset):
        named = [g for g in data_graph.graphs() if g.identifier != DATASET_DEFAULT_GRAPH_ID]
        return merge_reports(validate(_copy(g)) for g in sorted(named, key=lambda g: str(g.identifier)))
    return _validate_graph(data_graph)


def merge_reports(reports: Iterable[ValidationReport]) -> ValidationReport:
    """One report for many graphs: conforms if all do, violations merged and sorted."""
    conforms = True
    violations: set[Violation] = set()
    for report in reports:
        conforms = conforms and report.conforms
        violations.update(report.violations)
    return ValidationReport(conforms=conforms, violations=_sorted(violations))


def _validate_graph(g: Graph) -> ValidationReport:
    try:
        import pyshacl
    except ImportError as exc:  # only this command needs pyshacl; keep `import kg` light.
        raise KgError("SHACL validation needs pyshacl: pip install pyshacl") from exc

    with warnings.catch_warnings():
        # pyshacl 0.40 calls rdflib's deprecated Dataset.default_context hundreds of times per run.
        warnings.filterwarnings("ignore", message="Dataset.default_context is deprecated", category=DeprecationWarning)
        # No inference: RDFS would add kg:Attack to every air strike and break "exactly one event
        # type".  The ontology's class hierarchy is mixed in instead, so a node typed only kg:Attack
        # is still found as a sem:Event; that subset validates in half the time of the whole file.
        conforms, results, _text = pyshacl.validate(
            g,
            shacl_graph=_shapes(events.generation()),
            ont_graph=_class_hierarchy(events.generation()),
            inference="none",
            advanced=False,
        )
    return ValidationReport(conforms=bool(conforms), violations=_violations(results))


@functools.lru_cache(maxsize=2)
def _class_hierarchy(generation: int) -> Graph:
    g = Graph()
    for sub, sup in _load(ONTOLOGY_FILE).subject_objects(RDFS.subClassOf):
        if isinstance(sup, URIRef):
            g.add((sub, RDFS.subClassOf, sup))
    for triple in shapes.class_hierarchy():
        g.add(triple)
    return g


def _violations(results: Graph) -> tuple[Violation, ...]:
    found = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        message = results.value(result, SH.resultMessage)
        found.append(
            Violation(
                # SHACL gives every result exactly one sh:focusNode and at most one sh:resultPath, RDF terms.
                focus=cast(Term, results.value(result, SH.focusNode)),
                path=cast(Term | None, results.value(result, SH.resultPath)),
                message=str(message) if isinstance(message, Literal) else _fallback_message(results, result),
            )
        )
    return _sorted(found)


def _sorted(violations: Iterable[Violation]) -> tuple[Violation, ...]:
    return tuple(sorted(set(violations), key=lambda v: (str(v.focus), str(v.path), v.message)))


def _fallback_message(results: Graph, result: Node) -> str:
    component = results.value(result, SH.sourceConstraintComponent)
    return f"violates {component}" if isinstance(component, URIRef) else "violates a kg shape"


def _copy(g: Graph) -> Graph:
    copy = Graph()
    for prefix, namespace in g.namespaces():
        copy.bind(prefix, namespace)
    for triple in g:
        copy.add(triple)
    return copy
