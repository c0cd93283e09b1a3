"""How the embedded store writes a document graph: statements, SPARQL Update text and N-Quads for a bulk load.

Every statement is in Oxigraph's N-Triples rendering without the final dot (``"<s> <p> o"``): the form workers
send, the store compares (equal text means equal triples) and SPARQL Update and N-Quads both take as they are.
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.rdf.terms import OxTriple, Term, to_oxigraph
from kg.store.base import Statements

GraphTriple = OxTriple | tuple[Term, Term, Term] | ox.Triple | str
"""A triple as :meth:`kg.store.embedded.Store.replace_graphs` takes it: pyoxigraph terms (what
:mod:`kg.rdf.triples` makes), rdflib terms, a ``pyoxigraph.Triple``, or N-Triples text."""


def statement(t: GraphTriple) -> str:
    """``t`` as ``"<s> <p> o"`` in Oxigraph's N-Triples rendering (no final dot)."""
    if isinstance(t, str):
        return t
    if isinstance(t, ox.Triple):
        return f"{t.subject} {t.predicate} {t.object}"
    s, p, o = t
    return f"{to_oxigraph(s)} {to_oxigraph(p)} {to_oxigraph(o)}"


def new_graph_nquads(g: ox.NamedNode, statements: Statements) -> str:
    """The N-Quads of a graph not yet in the store: every statement in ``g`` and in the merged default graph.

    Two ``str.replace`` calls, no work per statement in Python (a statement is a line of ``statements.text``).
    """
    return statements.text.replace("\n", f" {g} .\n") + statements.text.replace("\n", " .\n")


def nquads_as_sparql(lines: list[str]) -> str:
    """N-Quads statements ("s p o g ." / "s p o .") as the body of an INSERT DATA."""
    out = []
    for block in lines:
        named, _, default = block.rstrip("\n").partition("\n")
        statement, _, graph = named[:-2].rpartition(" ")
        out.append(f"GRAPH {graph} {{ {statement} . }}" + (f"\n{default}" if default else ""))
    return "\n".join(out)


def remove_update(g: ox.NamedNode) -> str:
    """SPARQL Update removing graph ``g`` and, from the merged default graph, what only ``g`` said."""
    return (
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {g}) }} }} ;\n"
        f"DROP SILENT GRAPH {g}"
    )
