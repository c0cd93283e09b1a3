"""The records a store's ``query`` returns: solutions (rdflib terms), a boolean, or triples.

A graph result keeps the store's pyoxigraph triples, so that writing it as RDF (``kg query`` of a
CONSTRUCT, the endpoint) never converts a term; its rdflib form is made only when asked for
(:attr:`GraphResult.triples`, :meth:`GraphResult.graph`).  :mod:`kg.serve.formats` turns the
records into tables, CSV, JSON and RDF.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import Graph

from kg.rdf.terms import OxTriple, Term, Triple, from_oxigraph, to_oxigraph
from kg.rdf.vocab import PREFIXES


@dataclass(frozen=True)
class SelectResult:
    """The solutions of a SELECT query; ``None`` marks an unbound variable."""

    variables: tuple[str, ...]
    rows: tuple[tuple[Term | None, ...], ...]

    def __len__(self) -> int:
        return len(self.rows)

    def column(self, name: str) -> list[Term | None]:
        """Every value of variable ``name``, in row order; handy in tests and scripts."""
        i = self.variables.index(name)
        return [row[i] for row in self.rows]

    def dicts(self) -> list[dict[str, Term]]:
        """Rows as ``{variable: term}`` dicts, leaving out unbound variables."""
        return [{v: t for v, t in zip(self.variables, row, strict=True) if t is not None} for row in self.rows]


@dataclass(frozen=True)
class AskResult:
    """The answer of an ASK query."""

    value: bool

    def __bool__(self) -> bool:
        return self.value


@dataclass(frozen=True)
class GraphResult:
    """The triples of a CONSTRUCT or DESCRIBE query, without duplicates, in the store's order.

    ``statements`` are pyoxigraph triples (what the store answered); :attr:`triples` the same as
    rdflib terms.  Make one from triples of either kind with :meth:`of`.
    """

    statements: tuple[ox.Triple, ...]

    @classmethod
    def of(cls, triples: Iterable[ox.Triple | OxTriple | Triple]) -> GraphResult:
        """The result holding ``triples`` (pyoxigraph Triples, or tuples of pyoxigraph or rdflib terms), in order."""
        statements: dict[ox.Triple, None] = {}
        for t in triples:
            if not isinstance(t, ox.Triple):
                s, p, o = map(to_oxigraph, t)
                # A graph's triple: never a literal subject, always an IRI predicate (ValueError otherwise).
                if isinstance(s, ox.Literal) or not isinstance(p, ox.NamedNode):
                    raise ValueError(f"not an RDF triple: {t!r}")
                t = ox.Triple(s, p, o)
            statements[t] = None
        return cls(tuple(statements))

    def __len__(self) -> int:
        return len(self.statements)

    @functools.cached_property
    def triples(self) -> tuple[Triple, ...]:
        """The triples as rdflib terms, converted on first use."""
        return tuple(
            (from_oxigraph(t.subject), from_oxigraph(t.predicate), from_oxigraph(t.object)) for t in self.statements
        )

    def graph(self) -> Graph:
        """The triples as an rdflib Graph with kg's prefixes bound."""
        g = Graph(bind_namespaces="none")
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns)
        for t in self.triples:
            g.add(t)
        return g


QueryResult = SelectResult | AskResult | GraphResult


def records(raw) -> QueryResult:  # noqa: ANN001
    """pyoxigraph's result of a query (solutions, a boolean or triples) as one of the records above.

    Each distinct term of a solution is converted to rdflib once; triples stay pyoxigraph's, in
    their first order without duplicates.
    """
    if isinstance(raw, ox.QueryBoolean):
        return AskResult(bool(raw))
    if isinstance(raw, ox.QuerySolutions):
        variables = tuple(v.value for v in raw.variables)
        cache: dict[object, Term] = {}
        rows = []
        for solution in raw:
            row: list[Term | None] = []
            for i in range(len(variables)):
                t = solution[i]
                if t is None:
                    row.append(None)
                    continue
                r = cache.get(t)
                if r is None:
                    r = cache[t] = from_oxigraph(t)
                row.append(r)
            rows.append(tuple(row))
        return SelectResult(variables, tuple(rows))
    return GraphResult(tuple(dict.fromkeys(raw)))
