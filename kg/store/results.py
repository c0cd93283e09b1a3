"""The records a store's ``query`` returns: solutions, a boolean or triples, as rdflib terms.

:mod:`kg.serve.formats` turns them into tables, CSV, JSON and RDF.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph

from kg.rdf.terms import Term, Triple
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
    """The triples of a CONSTRUCT or DESCRIBE query, without duplicates, in the store's order."""

    triples: tuple[Triple, ...]

    def __len__(self) -> int:
        return len(self.triples)

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

    Each distinct term is converted once; triples keep their first order without duplicates.
    """
    import pyoxigraph as ox

    from kg.rdf.terms import from_oxigraph

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
    seen: dict[Triple, None] = {}
    for t in raw:
        seen[(from_oxigraph(t.subject), from_oxigraph(t.predicate), from_oxigraph(t.object))] = None
    return GraphResult(tuple(seen))
