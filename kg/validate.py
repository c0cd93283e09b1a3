"""SHACL validation of kg graphs against ontology/shapes.ttl, and where the ontology files live.

Call :func:`validate` on a document graph (or a whole store's dataset) to learn whether it keeps
the promises kg makes about its data; ``kg validate`` does this for the store.
"""

from __future__ import annotations

import functools
import importlib.resources
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from kg.errors import KgError

ONTOLOGY_FILE = "kg.ttl"
SHAPES_FILE = "shapes.ttl"


class Violation(NamedTuple):
    """One failed constraint: the node that failed, the property (None for node-level rules) and why."""

    focus: Node
    path: Node | None
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
    source_tree = Path(__file__).resolve().parent.parent / "ontology" / name
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
    """A fresh copy of kg's SHACL shapes (ontology/shapes.ttl) as an rdflib Graph."""
    return _copy(_load(SHAPES_FILE))


def validate(data_graph: Graph | Dataset) -> ValidationReport:
    """Validate ``data_graph`` against kg's shapes, with the ontology mixed in and no inference.

    The ontology supplies rdfs:subClassOf, so a node typed only with a subclass is still checked as
    an event; inference is off because it would add kg:Attack to every air strike and break the
    "exactly one event type" rule.  A Dataset is validated one named graph at a time (pyshacl's
    behaviour), which matches kg's one-graph-per-document layout.
    """
    try:
        import pyshacl
    except ImportError as exc:  # pyshacl is only needed by this command; keep `import kg` light.
        raise KgError("SHACL validation needs pyshacl: pip install pyshacl") from exc

    with warnings.catch_warnings():
        # pyshacl 0.40 calls rdflib's deprecated Dataset.default_context hundreds of times per run.
        warnings.filterwarnings(
            "ignore", message="Dataset.default_context is deprecated", category=DeprecationWarning
        )
        conforms, results, _text = pyshacl.validate(
            data_graph,
            shacl_graph=_load(SHAPES_FILE),
            ont_graph=_load(ONTOLOGY_FILE),
            inference="none",
            advanced=False,
        )
    return ValidationReport(conforms=bool(conforms), violations=_violations(results))


def _violations(results: Graph) -> tuple[Violation, ...]:
    found = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        message = results.value(result, SH.resultMessage)
        found.append(
            Violation(
                focus=results.value(result, SH.focusNode),
                path=results.value(result, SH.resultPath),
                message=str(message) if isinstance(message, Literal) else _fallback_message(results, result),
            )
        )
    return tuple(sorted(set(found), key=lambda v: (str(v.focus), str(v.path), v.message)))


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
