"""What a SPARQL query says about itself, read by a real SPARQL parser (rdflib's), never by patterns.

A SPARQL server needs to know a query's form (to ask for results or for triples), whether it names
its own dataset (``FROM``/``FROM NAMED``: then kg must not send ``default-graph-uri``), which named
graphs its ``GRAPH <iri>`` patterns read (Virtuoso hides graphs not listed as ``named-graph-uri``)
and which prefixes it declares (kg adds its own for the rest).  A ``?from`` variable, a string or
a comment holding "from" or "with" is none of these, so only a parse can tell.

>>> s = query_shape('SELECT ?from WHERE { ?s kg:from ?from } # FROM <x>')
>>> s.form, s.default_graphs, s.named_graphs
('SELECT', (), ())
>>> query_shape('PREFIX g: <http://e/> ASK FROM NAMED g:a { GRAPH g:b { ?s ?p ?o } }').graph_iris
('http://e/b',)
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urljoin

from kg.store.lexer import tokens

__all__ = ["DatasetConflict", "QueryShape", "query_shape", "with_using"]

_FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}


@dataclass(frozen=True)
class QueryShape:
    """A parsed query's form, dataset clauses, ``GRAPH <iri>`` patterns and declared prefixes."""

    form: str  # SELECT, ASK, CONSTRUCT or DESCRIBE
    default_graphs: tuple[str, ...]  # FROM
    named_graphs: tuple[str, ...]  # FROM NAMED
    graph_iris: tuple[str, ...]  # GRAPH <iri> { ... } anywhere in the query, in order, each once
    prefixes: frozenset[str]  # prefix names the prologue declares ("" for the empty prefix)

    @property
    def has_dataset(self) -> bool:
        """Whether the query names its own dataset (FROM or FROM NAMED)."""
        return bool(self.default_graphs or self.named_graphs)


def _walk(node: object) -> Iterator[object]:
    """Every node of rdflib's parse tree (CompValues, lists and terms), depth first, without recursion."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [node]
    while stack:
        item = stack.pop()
        yield item
        if isinstance(item, CompValue):
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list | tuple | ParseResults):
            stack.extend(reversed(list(item)))


@lru_cache(maxsize=256)
def query_shape(sparql: str, known: tuple[tuple[str, str], ...] = ()) -> QueryShape | None:
    """The shape of SPARQL query ``sparql``; None when rdflib cannot parse it as a query (an update, a syntax
    error: the engine then says what is wrong).  ``known`` prefixes resolve ``prefix:name`` graph names the
    query itself does not declare (kg's prefixes)."""
    from pyparsing.exceptions import ParseBaseException
    from rdflib.plugins.sparql.parser import parseQuery
    from rdflib.plugins.sparql.parserutils import CompValue
    from rdflib.term import URIRef

    try:
        prologue, query = parseQuery(sparql)
    except (ParseBaseException, RecursionError, ValueError, TypeError):
        return None
    form = _FORMS.get(getattr(query, "name", ""))
    if form is None:
        return None
    namespaces = dict(known)
    base = ""
    declared: set[str] = set()
    for decl in prologue:
        if decl.name == "Base":
            base = urljoin(base, str(decl.iri))
        elif decl.name == "PrefixDecl":
            prefix = decl.prefix or ""
            declared.add(prefix)
            namespaces[prefix] = urljoin(base, str(decl.iri))

    def iri(term: object) -> str | None:
        if isinstance(term, URIRef):
            return urljoin(base, str(term)) if base else str(term)
        if isinstance(term, CompValue) and term.name == "pname":
            ns = namespaces.get(term.prefix or "")
            return None if ns is None else ns + (term.localname or "")
        return None  # a variable

    default: list[str] = []
    named: list[str] = []
    for clause in query["datasetClause"] if "datasetClause" in query else []:
        if "default" in clause:
            default.append(iri(clause["default"]) or "")
        else:
            named.append(iri(clause["named"]) or "")
    graphs: dict[str, None] = {}
    for node in _walk(query):
        if isinstance(node, CompValue) and node.name == "GraphGraphPattern":
            name = iri(node["term"])
            if name is not None:
                graphs[name] = None
    return QueryShape(form, tuple(default), tuple(named), tuple(graphs), frozenset(declared))


class DatasetConflict(ValueError):
    """An update names its own dataset (USING, USING NAMED or WITH) and the request names one too."""


def with_using(update: str, default: tuple[str, ...], named: tuple[str, ...]) -> str:
    """``update`` with the protocol's ``using-graph-uri`` (``default``) and ``using-named-graph-uri`` (``named``)
    written as ``USING``/``USING NAMED`` clauses into each of its DELETE/INSERT ... WHERE operations.

    rdflib's parse says which operations are such and whether one already has USING or WITH (then the request is
    in conflict: :class:`DatasetConflict`, HTTP 400 by the protocol); kg's tokenizer (which skips comments,
    strings and IRIs) finds each one's WHERE keyword, where the clauses go.  An update rdflib cannot parse is
    returned as it is: the engine reports its syntax error.

    >>> with_using("INSERT { ?s a <urn:c> } WHERE { ?s ?p ?o }", ("urn:g",), ())
    'INSERT { ?s a <urn:c> } USING <urn:g> WHERE { ?s ?p ?o }'
    """
    import pyoxigraph as ox
    from pyparsing.exceptions import ParseBaseException
    from rdflib.plugins.sparql.parser import parseUpdate

    if not default and not named:
        return update
    clauses = " ".join(
        [f"USING {ox.NamedNode(g)}" for g in default] + [f"USING NAMED {ox.NamedNode(g)}" for g in named]
    )
    try:
        operations = list(parseUpdate(update).get("request") or [])
    except (ParseBaseException, RecursionError, ValueError, TypeError):
        return update
    modify = [op for op in operations if op.name == "Modify"]
    if any("withClause" in op or "using" in op for op in modify):
        raise DatasetConflict(
            "the update has its own USING or WITH; send using-graph-uri/using-named-graph-uri or those, not both"
        )
    depth, previous, wheres = 0, "", []
    for tok in tokens(update):
        if tok.kind in "{(":
            depth += 1
        elif tok.kind in "})":
            depth -= 1
        elif depth == 0 and tok.kind == "word" and tok.text.upper() == "WHERE" and previous != "DELETE":
            wheres.append(tok.start)
        if tok.kind == "word":
            previous = tok.text.upper()
        elif tok.kind != "other" or tok.text != ";":
            previous = ""
    if len(wheres) != len(modify):
        raise DatasetConflict("cannot apply using-graph-uri/using-named-graph-uri to this update")
    for start in reversed(wheres):
        update = f"{update[:start]}{clauses} {update[start:]}"
    return update
