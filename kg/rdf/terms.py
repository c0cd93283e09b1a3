"""kg's one RDF term layer: pyoxigraph terms, and the crossings to rdflib where rdflib is the interface.

kg writes triples as pyoxigraph terms (:mod:`kg.rdf.triples`), stores them with Oxigraph or sends
their N-Triples text to a SPARQL server, and reads results back as pyoxigraph terms.  rdflib terms
appear only where an rdflib API is what the user holds: pySHACL validation, :func:`kg.rdf.triples.to_graph`,
``QueryResult`` rows and ``GraphResult.graph()``.  :func:`to_oxigraph` and :func:`from_oxigraph`
convert one term each way, so that a graph read back from a store compares equal to the graph
that was written; :func:`iri` gives the pyoxigraph IRI of a vocabulary term, once.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal, InvalidOperation

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

Term = URIRef | BNode | Literal
Triple = tuple[Term, Term, Term]
OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal
OxTriple = tuple[OxTerm, OxTerm, OxTerm]
"""A triple as kg's writer makes it: a plain tuple (``ox.Triple`` costs an object per statement)."""

_XSD_STRING = str(XSD.string)
_XSD_DECIMAL = str(XSD.decimal)
_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(text: str) -> str:
    # RDF strings are sequences of Unicode scalar values: a lone surrogate (which Python allows,
    # e.g. from broken JSON escapes) cannot be stored or written, so it becomes U+FFFD.
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def canonical_decimal(value: str) -> str:
    # Oxigraph stores xsd:decimal canonically ("0.660" -> "0.66", "1.000" -> "1"); writing that form
    # keeps an unchanged document unchanged when it is built again, instead of rewriting it.
    try:
        number = Decimal(value.strip())
    except InvalidOperation:
        return value
    if not number.is_finite() or "e" in value.lower():
        return value
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


@functools.lru_cache(maxsize=1 << 12)
def iri(value: str) -> ox.NamedNode:
    """The pyoxigraph IRI ``value`` (an rdflib URIRef or a string), made once per distinct value."""
    return ox.NamedNode(str(value))


def to_oxigraph(term: Term | OxTerm) -> OxTerm:
    """The pyoxigraph term equal to rdflib ``term`` (a pyoxigraph term as it is); ValueError for an invalid IRI."""
    if isinstance(term, ox.NamedNode | ox.BlankNode | ox.Literal):
        return term
    if isinstance(term, URIRef):
        return ox.NamedNode(_clean(str(term)))
    if isinstance(term, BNode):
        try:
            return ox.BlankNode(str(term))
        except ValueError:  # rdflib allows ids that are not valid blank node labels
            return ox.BlankNode("b" + str(term).encode("utf-8", "surrogatepass").hex())
    if isinstance(term, Literal):
        value = _clean(str(term))
        if term.language:
            return ox.Literal(value, language=term.language)
        if term.datatype is not None and str(term.datatype) != _XSD_STRING:
            if str(term.datatype) == _XSD_DECIMAL:
                value = canonical_decimal(value)
            return ox.Literal(value, datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(value)
    raise TypeError(f"not an RDF term: {term!r}")


def from_oxigraph(term: OxTerm | ox.Triple) -> Term:
    """The rdflib term equal to pyoxigraph ``term``."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        return Literal(term.value) if dt == _XSD_STRING else Literal(term.value, datatype=URIRef(dt))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise TypeError(f"kg does not handle RDF-star terms: {term!r}")
