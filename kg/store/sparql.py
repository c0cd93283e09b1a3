"""SPARQL text handling kg needs around the engine: safe variable bindings, telling updates from queries.

pyoxigraph substitutes bindings only into projected variables (``Store.query``'s ``bindings``), so
``kg query -p`` and the endpoint bind any variable by adding a ``VALUES`` block at the start of
the query's WHERE group.  That block is built only from pyoxigraph's own N-Triples rendering of
validated terms (an IRI pyoxigraph accepted, or an escaped literal), never from user text, so a
value can never become query syntax.  kg.store.lexer's tokenizer finds the WHERE group: it skips strings,
IRIs and comments, so braces inside them never mislead it.

>>> bind("SELECT ?n WHERE { ?a rdfs:label ?n }", {"a": URIRef("http://example.org/a")})
'SELECT ?n WHERE { VALUES ?a { <http://example.org/a> } ?a rdfs:label ?n }'
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef

from kg.errors import QueryError, UsageError
from kg.rdf.vocab import ID_BASE, PREFIXES
from kg.store.lexer import VAR, Token, first_keyword, tokens
from kg.store.shape import query_shape
from kg.store.syntax import syntax_message

if TYPE_CHECKING:
    from kg.rdf.terms import Term

__all__ = [
    "bind",
    "check_query",
    "is_update",
    "parse_binding",
    "query_form",
    "run_query",
    "run_update",
    "syntax_message",
    "UPDATE_REFUSED",
    "with_default_graph_rebuild",
]

UPDATE_REFUSED = "this is a SPARQL Update: a query reads the store, not updates (INSERT/DELETE/...)"
"""The one message for an update given where a query is expected (both stores, :func:`check_query`)."""
QUERY_KEYWORDS = frozenset("SELECT ASK CONSTRUCT DESCRIBE".split())


def query_form(sparql: str) -> str | None:
    """``"SELECT"``, ``"ASK"``, ``"CONSTRUCT"`` or ``"DESCRIBE"``: the first keyword of query ``sparql`` after its
    prologue (comments and strings skipped, :func:`kg.store.shape.query_shape`); None for an update.  Text whose
    brackets are broken is taken by that keyword too, unless it is an update: the engine reports its error."""
    shape = query_shape(sparql)
    if shape is not None:
        return shape.form
    word = first_keyword(sparql)
    return word if word in QUERY_KEYWORDS and not is_update(sparql) else None


def is_update(sparql: str) -> bool:
    """Whether ``sparql`` is a well-formed SPARQL 1.1 Update (INSERT, DELETE, LOAD, DROP, ...) of one operation or more.

    Decided by rdflib's SPARQL Update parser, which only parses (pyoxigraph can parse an update
    only by running it).  A malformed update is not one: the engine then reports its syntax error.
    """
    from pyparsing.exceptions import ParseBaseException
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        parsed = parseUpdate(sparql)
    except (ParseBaseException, RecursionError, ValueError):
        return False
    return "request" in parsed


def _turtle_object(text: str) -> Literal | None:
    """``text`` read by pyoxigraph's Turtle parser as the object of one triple (kg's prefixes known): a literal in
    SPARQL/Turtle term syntax (``"x"@en``, ``"2016"^^xsd:gYear``, ``0.9``, ``true``), or None when it is no single
    literal.  A data parser, never the query engine, so nothing the user writes becomes query text."""
    import pyoxigraph as ox

    try:
        prologue = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items())
        triples = list(ox.parse(f"{prologue}<urn:kg:s> <urn:kg:p> {text} .", ox.RdfFormat.TURTLE))
    except (SyntaxError, ValueError):
        return None
    if len(triples) != 1 or not isinstance(triples[0].object, ox.Literal):
        return None
    obj = triples[0].object
    if obj.language:
        return Literal(obj.value, lang=obj.language)
    if obj.datatype.value == "http://www.w3.org/2001/XMLSchema#string":
        return Literal(obj.value)
    return Literal(obj.value, datatype=URIRef(obj.datatype.value))


def typed_literal(name: str, value: str) -> Literal:
    """The literal a ``-p name=value`` binds: SPARQL term syntax as written (``'"0.9"'`` stays a string); a bare
    number, ``true``/``false``, ISO date (``2016-06-01``) or date-time as xsd:integer/decimal/double/boolean/date/
    dateTime; any other text a plain string."""
    import datetime

    if value[:1] in ("'", '"'):
        term = _turtle_object(value)
        if term is None:
            raise UsageError(
                f"binding {name}: {value!r} is not one SPARQL literal; write a string as '\"text\"' (quotes closed)"
            )
        return term
    bare = _turtle_object(value) if value[:1] in "+-.0123456789tf" else None
    if bare is not None and bare.datatype is not None:
        return bare
    for parse, datatype in (
        (datetime.date.fromisoformat, "date"),
        (datetime.datetime.fromisoformat, "dateTime"),
    ):
        try:
            parse(value)
        except ValueError:
            continue
        if len(value) >= 10 and value[4] == "-":
            return Literal(value, datatype=URIRef(f"http://www.w3.org/2001/XMLSchema#{datatype}"))
    return Literal(value)


def parse_binding(pair: str) -> tuple[str, URIRef | Literal]:
    """``name=value`` as ``(name, term)``: ``<iri>`` and ``prefix:name`` (kg's prefixes) are IRIs; the rest are
    literals typed as :func:`typed_literal` says (numbers, booleans and dates bind as such, never as query text).

    Raises UsageError for a malformed pair or an IRI that pyoxigraph rejects.
    """
    import pyoxigraph as ox

    name, sep, value = pair.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not name or not VAR.fullmatch("?" + name):
        raise UsageError(f"bad binding {pair!r}; write name=value (value in <...> for an IRI)")
    prefix, colon, local = value.partition(":")
    if value.startswith("<") and value.endswith(">"):
        iri = value[1:-1]
    elif colon and prefix in PREFIXES and not local.startswith("//"):
        iri = PREFIXES[prefix] + local
    else:
        return name, typed_literal(name, value)
    try:
        ox.NamedNode(iri)
    except ValueError as e:
        raise UsageError(f"binding {name}: {iri!r} is not a valid IRI ({e})") from None
    return name, URIRef(iri)


def _values_block(bindings: Mapping[str, Term]) -> str:
    from kg.rdf.terms import to_oxigraph

    names, terms = [], []
    for name, term in bindings.items():
        if not isinstance(term, URIRef | Literal):
            raise UsageError(f"?{name} can only be bound to an IRI or a literal")
        try:
            # str() of a pyoxigraph term is its N-Triples form, escaped by the engine itself.
            terms.append(str(to_oxigraph(term)))
        except (ValueError, TypeError) as e:
            raise UsageError(f"cannot bind ?{name}: {e}") from None
        names.append("?" + name)
    if len(names) == 1:
        return f"VALUES {names[0]} {{ {terms[0]} }}"
    return f"VALUES ({' '.join(names)}) {{ ({' '.join(terms)}) }}"


def _matching_brace(toks: list[Token], i: int) -> int:
    depth = 0
    for j in range(i, len(toks)):
        if toks[j].kind == "{":
            depth += 1
        elif toks[j].kind == "}":
            depth -= 1
            if depth == 0:
                return j
    raise QueryError("invalid SPARQL: unbalanced braces { }")


def _is_word(tok: Token, word: str) -> bool:
    return tok.kind == "word" and tok.text.upper() == word


def _in_scope(toks: list[Token], start: int, end: int) -> set[str]:
    """The variables a VALUES block at ``toks[start]`` joins with: those of the group ``toks[start:end]``
    outside sub-SELECTs, plus those each sub-SELECT projects (SPARQL 1.1, 18.2.1 variable scope)."""
    found: set[str] = set()
    j = start
    while j < end:
        tok = toks[j]
        if tok.kind == "{" and j + 1 < end and _is_word(toks[j + 1], "SELECT"):
            close = _matching_brace(toks, j)
            found |= _projected(toks, j + 1, close)
            j = close + 1
            continue
        if tok.kind == "var":
            found.add(tok.text)
        j += 1
    return found


def _projected(toks: list[Token], select: int, close: int) -> set[str]:
    """What the sub-SELECT starting at ``toks[select]`` and ending before ``toks[close]`` makes visible outside."""
    names: set[str] = set()
    star = False
    depth = 0
    k = select + 1
    while k < close and not (depth == 0 and (toks[k].kind == "{" or _is_word(toks[k], "WHERE"))):
        tok = toks[k]
        if tok.kind == "(":
            depth += 1
        elif tok.kind == ")":
            depth -= 1
        elif tok.kind == "other" and tok.text == "*" and depth == 0:
            star = True
        elif tok.kind == "var" and (depth == 0 or _is_word(toks[k - 1], "AS")):
            names.add(tok.text)  # ?x, or the ?n of (COUNT(?x) AS ?n), never the ?x inside
        k += 1
    if star:
        open_i = next((m for m in range(k, close) if toks[m].kind == "{"), None)
        if open_i is not None:
            return _in_scope(toks, open_i + 1, _matching_brace(toks, open_i))
    return names


def _check_scope(toks: list[Token], open_i: int, bindings: Mapping[str, Term]) -> None:
    close = _matching_brace(toks, open_i)
    visible = _in_scope(toks, open_i + 1, close)
    inside = {t.text for t in toks[open_i + 1 : close] if t.kind == "var"}
    hidden = [n for n in bindings if n in inside and n not in visible]
    if hidden:
        names = ", ".join("?" + n for n in hidden)
        raise UsageError(
            f"cannot bind {names}: used only inside a sub-SELECT that does not select it, where a binding "
            f"would change nothing; select it in the sub-SELECT, or write VALUES {names} {{ ... }} inside it"
        )


def bind(sparql: str, bindings: Mapping[str, Term]) -> str:
    """``sparql`` with each variable in ``bindings`` fixed to its term, for any variable of the WHERE clause.

    Adds ``VALUES`` at the start of the query's WHERE group (it then joins with every pattern,
    OPTIONAL and FILTER of that group).  Raises UsageError when a variable does not occur in the
    query, is not visible in that group (used only inside a sub-SELECT that does not select it: the
    binding would silently change nothing), or the query has no WHERE group (``DESCRIBE <iri>``),
    and for updates.
    """
    if not bindings:
        return sparql
    if is_update(sparql):
        raise UsageError("bindings fix variables of queries, not of updates")
    check_query(sparql)  # a malformed query gets its syntax error (line, column, word), not a binding's
    form = query_form(sparql)
    toks = list(tokens(sparql))
    present = {t.text for t in toks if t.kind == "var"}
    missing = [n for n in bindings if n not in present]
    if missing:
        raise UsageError(f"no variable {', '.join('?' + n for n in missing)} in the query to bind")
    block = _values_block(bindings)
    parens = 0
    i = 0
    if form == "CONSTRUCT":
        k = next((j for j, t in enumerate(toks) if t.kind == "word" and t.text.upper() == "CONSTRUCT"), None)
        if k is not None and k + 1 < len(toks) and toks[k + 1].kind == "{":
            i = _matching_brace(toks, k + 1) + 1  # skip the template
        elif k is not None:
            # CONSTRUCT WHERE { T } allows only triples in T: write it as CONSTRUCT { T } WHERE { VALUES ... T }.
            open_i = next((j for j in range(k, len(toks)) if toks[j].kind == "{"), None)
            if open_i is None:
                raise UsageError("the query has no WHERE { ... } to bind variables in")
            close_i = _matching_brace(toks, open_i)
            _check_scope(toks, open_i, bindings)
            body = sparql[toks[open_i].end : toks[close_i].start]
            return (
                sparql[: toks[k].end]
                + " {"
                + body
                + "} "
                + sparql[toks[k].end : toks[open_i].end]
                + f" {block} "
                + sparql[toks[open_i].end :]
            )
    for j in range(i, len(toks)):
        tok = toks[j]
        if tok.kind == "(":
            parens += 1
        elif tok.kind == ")":
            parens -= 1
        elif tok.kind == "{" and parens == 0:
            _check_scope(toks, j, bindings)
            # The same line, so the engine's column numbers after this point are the only ones that move.
            return sparql[: tok.end] + f" {block} " + sparql[tok.end :].lstrip(" ")
    raise UsageError("the query has no WHERE { ... } to bind variables in")


# The merged default graph is derived from the document graphs (docs/STORE.md): recomputed in the
# same request, so the update and the merge are one transaction.
DEFAULT_WRITES_GRAPH = f"{ID_BASE}graph/default"
"""Where triples an update writes to the default graph are kept: the default graph is rebuilt as the merge of
the named graphs after each update, so without it they would be gone (SPARQL 1.1 Protocol clients write there)."""
# Before the merge is rebuilt: triples deleted from the default graph leave the default-writes graph, and triples
# in the default graph that no named graph holds (the update just wrote them) join it.
_REBUILD = f"""DELETE {{ GRAPH <{DEFAULT_WRITES_GRAPH}> {{ ?s ?p ?o }} }}
WHERE {{ GRAPH <{DEFAULT_WRITES_GRAPH}> {{ ?s ?p ?o }} FILTER NOT EXISTS {{ ?s ?p ?o }} }} ;
INSERT {{ GRAPH <{DEFAULT_WRITES_GRAPH}> {{ ?s ?p ?o }} }}
WHERE {{ ?s ?p ?o FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} }} }} ;
DROP SILENT DEFAULT ;
INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"""


def with_default_graph_rebuild(update: str) -> str:
    """``update`` followed by the recomputation of the merged default graph, as one SPARQL Update request."""
    last = None
    for tok in tokens(update):
        last = tok
    separator = "\n" if last is not None and last.text == ";" else "\n;\n"
    return update + separator + _REBUILD


def check_query(sparql: str) -> str:
    """The query form of ``sparql`` after checking its syntax; QueryError (line, column) when it is malformed.

    Parsed against an empty in-memory store, so nothing runs and the positions are those of the
    user's own text (before :func:`bind` adds anything).  Except SERVICE: pyoxigraph calls the
    remote endpoint as soon as the query is made, even on an empty store, so a query with SERVICE
    is not tried here (that made ``kg query`` send two requests per SERVICE); its syntax errors come
    from the run itself.  An update is refused with :data:`UPDATE_REFUSED`, as the stores refuse it.
    """
    import pyoxigraph as ox

    if any(t.kind == "word" and t.text.upper() == "SERVICE" for t in tokens(sparql)):
        return query_form(sparql) or "SELECT"
    try:
        result = ox.Store().query(sparql, prefixes=PREFIXES)
    except SyntaxError as e:
        raise QueryError(UPDATE_REFUSED if is_update(sparql) else syntax_message(sparql, e)) from None
    if isinstance(result, ox.QueryBoolean):
        return "ASK"
    if isinstance(result, ox.QuerySolutions):
        return "SELECT"
    return query_form(sparql) or "CONSTRUCT"


def run_query(  # noqa: ANN201
    store,  # noqa: ANN001
    sparql: str,
    *,
    bindings: Mapping[str, URIRef | Literal] | None = None,
    timeout: float | None = None,
):
    """The result of query ``sparql`` on ``store`` with ``bindings`` fixed (any variable), as result records.

    Raises QueryTimeout after ``timeout`` seconds.  pyoxigraph cannot cancel a query, so it runs on
    in its thread: a caller that times out should exit (``kg query`` does), not query again.

    The query is parsed once, by the store.  Only when something fails is the user's own text
    checked again, so that a syntax error names a line and column of that text rather than of
    the text with the bindings' VALUES block added.
    """

    def run():  # noqa: ANN202
        try:
            text = bind(sparql, bindings) if bindings else sparql
        except UsageError:
            check_query(sparql)  # a malformed query: its syntax error says more than "no WHERE"
            raise
        try:
            return store.query(text)
        except QueryError:
            if text is not sparql:
                check_query(sparql)
            raise

    return on_deep_stack(run, sparql, timeout=timeout)


# pyoxigraph parses, plans and evaluates a query recursively on the calling thread's stack: on the
# usual 8 MiB it dies with SIGSEGV at about 2,000 nested braces (docs/ROBUSTNESS.md).  On a thread
# with 512 MiB of stack (address space; only the pages touched are used) 100,000 nested braces,
# 100,000 "!" or a 100,000-term sum run, and 300,000 braces still crash, so deeper text is refused.
_DEEP_STACK = 512 << 20
MAX_NESTING = 20_000


def nesting(sparql: str) -> int:
    """An upper bound on how deeply ``sparql`` nests: open brackets at once plus the longest run of "!"."""
    depth = deepest = 0
    for ch in sparql:
        if ch in "{([":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "})]":
            depth = max(0, depth - 1)
    bangs = max((len(run) for run in re.findall(r"!+", sparql)), default=0)
    return deepest + bangs


class QueryTimeout(QueryError):
    """The query ran longer than it was allowed to."""


def on_deep_stack(fn, sparql: str, *, timeout: float | None = None):  # noqa: ANN001, ANN201
    """``fn()`` on a thread with a deep stack, after refusing text nested beyond :data:`MAX_NESTING`.

    With ``timeout``, raises QueryTimeout when ``fn`` has not returned by then (the thread runs on).
    """
    import gc
    import threading

    depth = nesting(sparql)
    if depth > MAX_NESTING:
        raise QueryError(
            f"the query nests {depth:,} levels deep; kg runs queries up to {MAX_NESTING:,} levels, "
            "so flatten it (VALUES or UNION instead of nested groups)"
        )
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["value"] = fn()
        except BaseException as e:  # noqa: BLE001 - handed to the caller's thread below
            outcome["error"] = e
        gc.collect()  # this thread's garbage, freed here (see below)

    # pyoxigraph's results may only be freed on the thread that made them, and reference cycles
    # (pyparsing's exceptions hold frames) are freed by whichever thread the collector runs on:
    # collect the caller's garbage before the query thread starts, and that thread's before it ends.
    gc.collect()
    previous = threading.stack_size(_DEEP_STACK)
    try:
        worker = threading.Thread(target=target, name="kg-query", daemon=True)
        worker.start()
    finally:
        threading.stack_size(previous)
    worker.join(timeout)
    if worker.is_alive():
        raise QueryTimeout(
            f"the query ran longer than {timeout:g} s and was stopped; narrow it (LIMIT, fewer joins) "
            "or give it more time"
        )
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome.get("value")


def run_update(store, update: str) -> None:  # noqa: ANN001
    """Apply SPARQL Update ``update`` to ``store`` and recompute the merged default graph, in one transaction.

    The default graph is the merge of the document graphs, so changes belong in ``GRAPH <doc>``
    blocks; a change made only to the default graph is undone by the recomputation.
    """
    import pyoxigraph as ox

    from kg.errors import StoreError

    if store.read_only:
        raise StoreError("the store was opened read-only; open it writable to update it")

    def run() -> None:
        try:
            ox.Store().query(update, prefixes=PREFIXES)
        except SyntaxError:
            pass  # not a query; the update's own parse reports what is wrong with it
        else:
            raise UsageError("expected a SPARQL Update (INSERT, DELETE, DROP, ...), not a query")
        store.oxigraph.update(with_default_graph_rebuild(update), prefixes=PREFIXES)

    try:
        on_deep_stack(run, update)
    except SyntaxError as e:
        raise QueryError(syntax_message(update, e, kind="update")) from None
    except OSError as e:
        raise StoreError(f"the update failed: {e}") from None
