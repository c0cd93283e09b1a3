"""SPARQL syntax errors in words: line, column and the word where the text goes wrong, one line, the same
message from the library, ``kg query`` and ``kg serve`` (issue 18)."""

from __future__ import annotations

import threading
import urllib.parse
from pathlib import Path

import pytest
from httputil import request as _request
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import QueryError
from kg.serve.endpoint import make_server
from kg.store.embedded import Store
from kg.store.syntax import syntax_message

DOC = "https://w3id.org/kg/id/doc/d-1"

# (query, message): what a user sees for the usual mistakes.  The engine alone said, for the first,
# 'expected one of LATERAL, SERVICE, [_]' at the end of the text.
CASES = [
    (
        "PREFIX ex: <http://e/>\nSELECT ?s\nWHERE { ?s ?p ?o . SELEC }",
        "query line 3, column 20: expected a keyword, a variable or a term near 'SELEC' (did you mean SELECT?)",
    ),
    (
        "SELEC ?s WHERE { ?s ?p ?o }",
        "query line 1, column 1: expected a keyword, a variable or a term near 'SELEC' (did you mean SELECT?)",
    ),
    (
        "SELECT ?s WHERE { ?s ?p ?o } LIMT 3",
        "query line 1, column 30: expected a keyword, a variable or a term near 'LIMT' (did you mean LIMIT?)",
    ),
    ("SELECT ?s WHERE { ?s ?p ?o", "query line 1, column 17: '{' is never closed (expected '}' before the end)"),
    (
        'SELECT ?s WHERE { ?s ?p "abc }',
        "query line 1, column 25: string '\"abc }' is never closed (expected a closing \")",
    ),
    ("SELECT ?s WHERE { ?s ?p ?o } ORDER ?s", "query line 1, column 30: expected BY near 'ORDER'"),
    (
        "SELECT ?x\nWHERE {\n  ?x ?p\n}",
        "query line 4, column 1: a triple needs a subject, a predicate and an object near '}' (found only '?x ?p')",
    ),
    (
        "SELECT ?s WHERE { ?s a foo:Bar }",
        "query line 1, column 24: prefix 'foo:' is not declared near 'foo:Bar' "
        "(add PREFIX foo: <...> at the top, or write the full <IRI>)",
    ),
    ("SELECT * WHERE { ?s ?p ?o FILTER(?o > ) }", "query line 1, column 39: expected an expression after '>' near ')'"),
    ("SELECT ?x WHERE { ?x ?p ?o } }", "query line 1, column 30: '}' closes nothing (no '{' is open here)"),
    ("SELECT ?x WHERE { ?x ?p ?o .. }", "query line 1, column 28: cannot be read from here, near '..'"),
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("syntax") / "store"
    with Store.open(path) as store:
        store.replace_graph(DOC, [(URIRef("http://example.org/a"), RDFS.label, Literal("a"))])
    return path


@pytest.mark.parametrize(("query", "message"), CASES)
def test_the_library_names_the_word(store_path: Path, query: str, message: str) -> None:
    with Store.open(store_path, read_only=True) as store, pytest.raises(QueryError) as err:
        store.query(query)
    assert str(err.value) == message


@pytest.mark.parametrize(("query", "message"), CASES[:4])
def test_kg_query_prints_the_same_line(store_path: Path, query: str, message: str) -> None:
    result = CliRunner().invoke(app, ["query", query, "--store", str(store_path)])
    assert result.exit_code == 1
    assert result.stderr == f"kg: error: {message}\n"
    # Bindings add a VALUES block to the text; the position is still the user's own.
    bound = CliRunner().invoke(app, ["query", query, "-p", "s=1", "--store", str(store_path)])
    assert bound.stderr == result.stderr


def test_kg_serve_answers_400_with_the_same_line(store_path: Path) -> None:
    server = make_server(store_path, port=0, allow_update=False, timeout=5.0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        for query, message in CASES[:4]:
            url = server.url + "sparql?" + urllib.parse.urlencode({"query": query})
            status, headers, body = _request(url)
            assert status == 400 and headers["Content-Type"].startswith("text/plain")
            assert body.decode() == message + "\n"
    finally:
        server.shutdown()
        server.close()
        thread.join(5)


def test_updates_say_update() -> None:
    assert syntax_message("INSERT DATA { GRAPH <http://g> { <http://s> <http://p> } }", kind="update") == (
        "update line 1, column 56: a triple needs a subject, a predicate and an object near '}' "
        "(found only '<http://s> <http://p>')"
    )
    assert syntax_message("INSRT DATA { <http://s> <http://p> <http://o> }", kind="update").startswith(
        "update line 1, column 1: expected a keyword, a variable or a term near 'INSRT' (did you mean INSERT?)"
    )


@pytest.mark.parametrize(
    "query",
    [
        'SELECT (COUNT(*) AS ?n) WHERE { ?x rdfs:label "a"@en . ?x ?p 3.5e2 } LIMIT 1',
        "PREFIX ex: <http://e/> SELECT ?x WHERE { ?x ex:p/ex:q* _:b . FILTER(?x != ex:a && -1 < 2) } ORDER BY DESC(?x)",
        "SELECT ?x WHERE { ?x a kg:Attack ; sem:hasActor [ rdfs:label ?l ] "
        'OPTIONAL { ?x ?p \'it\\\'s\', """a "quote" b""" } }',
    ],
)
def test_valid_queries_have_no_complaint(store_path: Path, query: str) -> None:
    # The rules run only on text the engine refused, but none may fire on valid SPARQL.
    from kg.store.syntax import _diagnose, tokens

    with Store.open(store_path, read_only=True) as store:
        store.query(query)
    assert _diagnose(query, list(tokens(query))) is None


def test_the_shipped_examples_have_no_complaint() -> None:
    from kg.store.syntax import _diagnose, tokens

    examples = sorted((Path(__file__).parent.parent / "examples").glob("*.rq"))
    assert examples
    for path in examples:
        text = path.read_text(encoding="utf-8")
        assert _diagnose(text, list(tokens(text))) is None, path.name
