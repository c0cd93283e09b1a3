"""What a SPARQL query says about itself, read from its tokens once the engine has accepted its syntax.

A SPARQL server needs to know a query's form (to ask for results or for triples), whether it names
its own dataset (``FROM``/``FROM NAMED``: then kg must not send ``default-graph-uri``), which named
graphs its ``GRAPH <iri>`` patterns read (Virtuoso hides graphs not listed as ``named-graph-uri``)
and which prefixes it declares (kg adds its own for the rest).  SPARQL's grammar puts each of these
in one place: the form is the first keyword after the ``BASE``/``PREFIX`` prologue, dataset clauses
stand outside every group (a sub-query has none), and ``GRAPH`` in a query starts a graph pattern.
:mod:`kg.store.lexer` skips strings, IRIs and comments, so a ``?from`` variable, ``kg:from`` or a
comment holding "FROM" is none of these.  The syntax itself is pyoxigraph's to check
(:func:`kg.store.sparql.check_query`): the store's parser, which parses a query in well under a
millisecond, where rdflib's took 60 to 300 ms and ran up to three times per query on a server.

>>> s = query_shape('SELECT ?from WHERE { ?s kg:from ?from } # FROM <x>')
>>> s.form, s.default_graphs, s.named_graphs
('SELECT', (), ())
>>> query_shape('PREFIX g: <http://e/> ASK FROM NAMED g:a { GRAPH g:b { ?s ?p ?o } }').graph_iris
('http://e/b',)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urljoin

from kg.store.lexer import Token, tokens

__all__ = ["DatasetConflict", "QueryShape", "query_shape", "with_using"]

_FORMS = frozenset({"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"})
_LOCAL_ESCAPE = re.compile(r"\\(.)")  # PN_LOCAL_ESC: kg:a\#b names kg:a#b


@dataclass(frozen=True)
class QueryShape:
    """A query's form, dataset clauses, ``GRAPH <iri>`` patterns and declared prefixes."""

    form: str  # SELECT, ASK, CONSTRUCT or DESCRIBE
    default_graphs: tuple[str, ...]  # FROM
    named_graphs: tuple[str, ...]  # FROM NAMED
    graph_iris: tuple[str, ...]  # GRAPH <iri> { ... } anywhere in the query, in order, each once
    prefixes: frozenset[str]  # prefix names the prologue declares ("" for the empty prefix)

    @property
    def has_dataset(self) -> bool:
        """Whether the query names its own dataset (FROM or FROM NAMED)."""
        return bool(self.default_graphs or self.named_graphs)


def _word(tok: Token | None) -> str:
    return tok.text.upper() if tok is not None and tok.kind == "word" else ""


@lru_cache(maxsize=256)
def query_shape(sparql: str, known: tuple[tuple[str, str], ...] = ()) -> QueryShape | None:
    """The shape of SPARQL query ``sparql``; None for an update, or text whose prologue, form or brackets are
    broken (the engine then says what is wrong).  ``known`` prefixes resolve ``prefix:name`` graph names the
    query itself does not declare (kg's prefixes).  Meant for text the engine's parser accepted."""
    toks = list(tokens(sparql))
    namespaces = dict(known)
    base = ""
    declared: set[str] = set()
    i = 0
    while _word(toks[i] if i < len(toks) else None) in ("BASE", "PREFIX"):
        if _word(toks[i]) == "BASE" and i + 1 < len(toks):
            base = urljoin(base, toks[i + 1].text[1:-1])
            i += 2
        elif i + 2 < len(toks) and toks[i + 1].text.endswith(":") and toks[i + 2].text.startswith("<"):
            prefix = toks[i + 1].text[:-1]
            declared.add(prefix)
            namespaces[prefix] = urljoin(base, toks[i + 2].text[1:-1])
            i += 3
        else:
            return None
    form = _word(toks[i] if i < len(toks) else None)
    if form not in _FORMS:
        return None

    def iri(tok: Token) -> str | None:
        if tok.kind == "other" and tok.text.startswith("<") and tok.text.endswith(">"):
            return urljoin(base, tok.text[1:-1]) if base else tok.text[1:-1]
        if tok.kind == "word" and ":" in tok.text:
            prefix, _, local = tok.text.partition(":")
            ns = namespaces.get(prefix)
            return None if ns is None else ns + _LOCAL_ESCAPE.sub(r"\1", local)
        return None  # a variable

    default: list[str] = []
    named: list[str] = []
    graphs: dict[str, None] = {}
    depth = 0
    for j in range(i + 1, len(toks)):
        tok = toks[j]
        if tok.kind in "{(":
            depth += 1
        elif tok.kind in "})":
            depth -= 1
            if depth < 0:
                return None
        word = _word(tok)
        if word == "FROM" and depth == 0 and j + 1 < len(toks):
            if _word(toks[j + 1]) == "NAMED" and j + 2 < len(toks):
                named.append(iri(toks[j + 2]) or "")
            else:
                default.append(iri(toks[j + 1]) or "")
        elif word == "GRAPH" and j + 1 < len(toks):
            name = iri(toks[j + 1])
            if name is not None:
                graphs[name] = None
    if depth != 0:
        return None
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
