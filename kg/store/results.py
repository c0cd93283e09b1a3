"""The records a store's ``query`` returns: solutions, a boolean, or triples, as the store's pyoxigraph terms.

Results keep the terms the store answered with, so that writing them (``kg query``'s tables, CSV, TSV, JSON,
XML and RDF, by :mod:`kg.serve.formats`) never converts a term; their rdflib form is made only when asked for
(:attr:`SelectResult.rows`, :meth:`SelectResult.dicts`, :attr:`GraphResult.triples`, :meth:`GraphResult.graph`),
for users who want rdflib's API.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import Graph

from kg.rdf.terms import OxTerm, OxTriple, Term, Triple, from_oxigraph, to_oxigraph
from kg.rdf.vocab import PREFIXES


@dataclass(frozen=True)
class SelectResult:
    """The solutions of a SELECT query as the store's pyoxigraph terms; ``None`` marks an unbound variable.

    :attr:`rows`, :meth:`column` and :meth:`dicts` give the same as rdflib terms.  Make one from terms of
    either kind with :meth:`of`.
    """

    variables: tuple[str, ...]
    solutions: tuple[tuple[OxTerm | None, ...], ...]

    @classmethod
    def of(cls, variables: Iterable[str], rows: Iterable[Iterable[Term | OxTerm | None]]) -> SelectResult:
        """The result binding ``variables`` to ``rows`` (pyoxigraph or rdflib terms, None for unbound)."""
        return cls(tuple(variables), tuple(tuple(None if t is None else to_oxigraph(t) for t in row) for row in rows))

    def __len__(self) -> int:
        return len(self.solutions)

    @functools.cached_property
    def rows(self) -> tuple[tuple[Term | None, ...], ...]:
        """The solutions as rdflib terms, each distinct term converted once, on first use."""
        cache: dict[OxTerm, Term] = {}

        def rdflib(t: OxTerm | None) -> Term | None:
            if t is None:
                return None
            r = cache.get(t)
            if r is None:
                r = cache[t] = from_oxigraph(t)
            return r

        return tuple(tuple(rdflib(t) for t in row) for row in self.solutions)

    def column(self, name: str) -> list[Term | None]:
        """Every value of variable ``name`` as rdflib terms, in row order; handy in tests and scripts."""
        i = self.variables.index(name)
        return [row[i] for row in self.rows]

    def strings(self) -> list[dict[str, str]]:
        """Rows as ``{variable: text}`` dicts of plain strings (an IRI, a blank node's label, a literal's lexical
        form), leaving out unbound variables; what library code reads, without making rdflib terms."""
        return [
            {v: t.value for v, t in zip(self.variables, row, strict=True) if t is not None} for row in self.solutions
        ]

    def dicts(self) -> list[dict[str, Term]]:
        """Rows as ``{variable: term}`` dicts of rdflib terms, leaving out unbound variables."""
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

    The terms stay pyoxigraph's: a solution's equal terms are shared (one object per distinct term), triples
    keep their first order without duplicates.  Raises TypeError for an RDF-star term, which kg does not handle.
    """
    if isinstance(raw, ox.QueryBoolean):
        return AskResult(bool(raw))
    if isinstance(raw, ox.QuerySolutions):
        variables = tuple(v.value for v in raw.variables)
        seen: dict[OxTerm, OxTerm] = {}
        rows = []
        for solution in raw:
            row: list[OxTerm | None] = []
            for t in solution:
                if t is not None:
                    shared = seen.get(t)
                    if shared is None:
                        if not isinstance(t, ox.NamedNode | ox.BlankNode | ox.Literal):
                            raise TypeError(f"kg does not handle RDF-star terms: {t!r}")
                        shared = seen[t] = t
                    t = shared
                row.append(t)
            rows.append(tuple(row))
        return SelectResult(variables, tuple(rows))
    return GraphResult(tuple(dict.fromkeys(raw)))
