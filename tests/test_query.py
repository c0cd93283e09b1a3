"""kg query: input forms, result formats, any-variable bindings that cannot inject, syntax errors, --update."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, XSD
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import UsageError
from kg.rdf.vocab import KG, SEM
from kg.store.embedded import Store
from kg.store.lexer import tokens
from kg.store.shape import query_shape
from kg.store.sparql import bind, is_update, parse_binding, query_form, run_query

runner = CliRunner()
DOC = "https://w3id.org/kg/id/doc/d-1"
ISIS = URIRef("https://w3id.org/kg/id/actor/isis-1")
IRAQ = URIRef("https://w3id.org/kg/id/actor/iraq-1")
E1 = URIRef("https://w3id.org/kg/id/event/e-1")


@pytest.fixture()
def store(tmp_path):
    path = tmp_path / "store"
    with Store.open(path) as s:
        s.replace_graph(
            DOC,
            [
                (ISIS, RDF.type, KG.Actor),
                (ISIS, RDFS.label, Literal("Islamic State")),
                (IRAQ, RDF.type, KG.Actor),
                (IRAQ, RDFS.label, Literal("Iraq")),
                (E1, RDF.type, KG.Attack),
                (E1, KG.agent, ISIS),
                (E1, KG.target, IRAQ),
            ],
        )
    return str(path)


def kg(*args: str, input: str | None = None):  # noqa: A002
    return runner.invoke(app, list(args), input=input)


# Not projected: pyoxigraph's substitutions cannot bind ?agent here, kg's VALUES can.
TARGETS = "SELECT ?name WHERE { ?e kg:agent ?agent ; kg:target ?t . ?t rdfs:label ?name }"


def test_binding_a_variable_that_is_not_projected(store):
    result = kg("query", TARGETS, "-p", "agent=kgid:actor/isis-1", "--format", "csv", "--store", store)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["name", "Iraq"]
    result = kg("query", TARGETS, "-p", f"agent=<{IRAQ}>", "--format", "csv", "--store", store)
    assert result.stdout.splitlines() == ["name"]


@pytest.mark.parametrize(
    "value",
    [
        'x" } ?e ?p ?name . FILTER("1',  # closes the literal and the group, in the naive string splice
        "x' } UNION { ?e ?p ?name } #",
        'Iraq" . } } SELECT * WHERE { ?s ?p ?o',
    ],
)
def test_injection_attempt_in_a_literal_finds_nothing(store, value):
    query = "SELECT ?e ?name WHERE { ?e ?p ?x . ?x rdfs:label ?name }"
    result = kg("query", query, "-p", f"name={value}", "--format", "json", "--store", store)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["results"]["bindings"] == []


def test_injection_attempt_in_an_iri_is_refused(store):
    result = kg("query", TARGETS, "-p", "agent=<http://x> } ?a ?b ?c { <http://y>", "--store", store)
    assert result.exit_code == 2 and "not a valid IRI" in result.output


def test_binding_a_variable_hidden_in_a_sub_select_is_refused_not_ignored(store):
    inner = "?e kg:agent ?agent ; kg:target ?t . ?t rdfs:label ?name"
    hidden = f"SELECT ?name WHERE {{ {{ SELECT ?name WHERE {{ {inner} }} }} }}"
    result = kg("query", hidden, "-p", f"agent=<{IRAQ}>", "--format", "csv", "--store", store)
    assert result.exit_code == 2 and "?agent" in result.output and "sub-SELECT" in result.output, result.output
    # Selected by the sub-SELECT (by name or by *), the variable is visible outside and the binding applies.
    for projection in ("?agent ?name", "*"):
        shown = f"SELECT ?name WHERE {{ {{ SELECT {projection} WHERE {{ {inner} }} }} }}"
        result = kg("query", shown, "-p", f"agent=<{IRAQ}>", "--format", "csv", "--store", store)
        assert result.exit_code == 0 and result.stdout.splitlines() == ["name"], result.output
        result = kg("query", shown, "-p", f"agent=<{ISIS}>", "--format", "csv", "--store", store)
        assert result.stdout.splitlines() == ["name", "Iraq"]
    # An aggregate's input is not what the sub-SELECT selects; its alias is.
    counted = f"SELECT ?n WHERE {{ {{ SELECT (COUNT(?agent) AS ?n) WHERE {{ {inner} }} }} }}"
    assert kg("query", counted, "-p", f"agent=<{IRAQ}>", "--store", store).exit_code == 2
    assert kg("query", counted, "--format", "csv", "--store", store).stdout.splitlines() == ["n", "1"]
    result = kg("query", counted, "-p", 'n="1"', "--format", "csv", "--store", store)  # the string "1" is no count
    assert result.exit_code == 0 and result.stdout.splitlines() == ["n"], result.output
    result = kg("query", counted, "-p", "n=1", "--format", "csv", "--store", store)  # the number 1 is
    assert result.exit_code == 0 and result.stdout.splitlines() == ["n", "1"], result.output


def test_binding_an_unknown_variable_is_a_usage_error(store):
    result = kg("query", TARGETS, "-p", "agnt=x", "--store", store)
    assert result.exit_code == 2 and "?agnt" in result.output


def test_bind_places_values_in_the_where_group_not_in_templates_strings_or_comments():
    term = {"x": Literal("v")}
    q = 'SELECT (EXISTS { ?x ?p "{" } AS ?b) # { not here\nWHERE { ?x ?p ?o }'
    assert bind(q, term).endswith('WHERE { VALUES ?x { "v" } ?x ?p ?o }')
    q = "CONSTRUCT { ?x ?p ?o } WHERE { ?x ?p ?o }"
    assert bind(q, term) == 'CONSTRUCT { ?x ?p ?o } WHERE { VALUES ?x { "v" } ?x ?p ?o }'
    rewritten = bind("CONSTRUCT WHERE { ?x ?p ?o }", term)
    assert "VALUES" in rewritten and rewritten.startswith("CONSTRUCT { ?x ?p ?o }")
    two = bind("SELECT * WHERE { ?x ?y ?z }", {"x": Literal("a"), "y": URIRef("http://e/p")})
    assert 'VALUES (?x ?y) { ("a" <http://e/p>) }' in two
    with pytest.raises(UsageError):
        bind("DESCRIBE <http://e/x>", {"x": Literal("v")})


def test_bound_queries_run_in_the_engine():
    s = ox.Store()
    s.add(ox.Quad(ox.NamedNode("http://e/a"), ox.NamedNode("http://e/p"), ox.Literal('say "hi" }'), ox.DefaultGraph()))
    tricky = {"o": Literal('say "hi" }')}
    assert len(list(s.query(bind("SELECT ?s WHERE { ?s ?p ?o }", tricky)))) == 1
    assert len(list(s.query(bind("CONSTRUCT WHERE { ?s ?p ?o }", tricky)))) == 1
    assert bool(s.query(bind("ASK { ?s ?p ?o }", tricky)))
    assert not bool(s.query(bind("ASK { ?s ?p ?o }", {"o": Literal("say")})))


def test_tokens_skip_strings_iris_and_comments():
    toks = [t.text for t in tokens('SELECT ?a { ?a <http://e/x#y> """}\n{""" # }\n ex:a\\#b }')]
    assert toks == ["SELECT", "a", "{", "a", "<http://e/x#y>", '"""}\n{"""', "ex:a\\#b", "}"]
    assert is_update("PREFIX x: <http://e/> BASE <http://e/> insert data { }") and query_form("DROP ALL") is None
    assert query_form("# c\nSELECT * {}") == "SELECT" and not is_update("ASK {}")


def test_parse_binding():
    assert parse_binding("a=<http://e/x>") == ("a", URIRef("http://e/x"))
    assert parse_binding("$a=kg:Attack") == ("a", KG.Attack)
    assert parse_binding("a=plain text: yes") == ("a", Literal("plain text: yes"))
    with pytest.raises(UsageError):
        parse_binding("no-equals")


def test_syntax_error_names_line_and_column(store):
    result = kg("query", "SELECT ?x\nWHERE { ?x ?p }", "--store", store)
    assert result.exit_code == 1
    assert "line 2, column" in result.stderr and result.stderr.count("\n") == 1
    # Positions are the user's own even when a binding rewrote the query.
    bad = "SELECT ?x WHERE { ?x ?p ?o FILTER( }"
    plain = kg("query", bad, "--store", store).stderr
    assert kg("query", bad, "-p", "x=1", "--store", store).stderr == plain and "line 1, column 3" in plain


def test_updates_need_update_flag(store):
    update = f"INSERT DATA {{ GRAPH <{DOC}> {{ <http://e/x> rdfs:label 'new' }} }}"
    refused = kg("query", update, "--store", store)
    assert refused.exit_code == 2 and "--update" in refused.stderr
    done = kg("query", "--update", update, "--store", store)
    assert done.exit_code == 0, done.output
    # The merged default graph (what queries see) includes the new triple.
    found = kg("query", "SELECT ?n WHERE { <http://e/x> rdfs:label ?n }", "--format", "csv", "--store", store)
    assert found.stdout.splitlines() == ["n", "new"]
    bad = kg("query", "--update", "SELECT * {}", "--store", store)
    assert bad.exit_code == 2


def test_query_from_stdin_and_file(store, tmp_path):
    q = "SELECT ?n WHERE { ?a rdfs:label ?n } ORDER BY ?n"
    assert kg("query", "-", "--format", "csv", "--store", store, input=q).stdout.splitlines() == [
        "n",
        "Iraq",
        "Islamic State",
    ]
    path = tmp_path / "q.sparql"
    path.write_text(q, encoding="utf-8")
    assert kg("query", "--file", str(path), "--format", "tsv", "--store", store).stdout.splitlines()[1] == '"Iraq"'


def test_default_format_off_a_terminal_is_plain_values(store):
    result = kg("query", "SELECT ?n WHERE { ?a rdfs:label ?n } ORDER BY ?n", "--store", store)
    assert result.stdout.splitlines() == ["n", "Iraq", "Islamic State"]
    result = kg("query", "SELECT ?n WHERE { ?a rdfs:label ?n } ORDER BY ?n", "-f", "tsv", "--store", store)
    assert result.stdout.splitlines() == ["?n", '"Iraq"', '"Islamic State"']  # SPARQL's TSV when asked


@pytest.mark.parametrize(
    ("fmt", "parse_as"),
    [
        ("turtle", ox.RdfFormat.TURTLE),
        ("ntriples", ox.RdfFormat.N_TRIPLES),
        ("nquads", ox.RdfFormat.N_QUADS),
        ("trig", ox.RdfFormat.TRIG),
        ("jsonld", ox.RdfFormat.JSON_LD),
        ("rdfxml", ox.RdfFormat.RDF_XML),
    ],
)
def test_construct_in_every_rdf_format(store, fmt, parse_as):
    q = "CONSTRUCT { ?a rdfs:label ?n } WHERE { ?a a kg:Actor ; rdfs:label ?n }"
    result = kg("query", q, "--format", fmt, "--store", store)
    assert result.exit_code == 0, result.output
    expected = Graph()
    expected.add((ISIS, RDFS.label, Literal("Islamic State")))
    expected.add((IRAQ, RDFS.label, Literal("Iraq")))
    got = Graph()
    for t in ox.parse(result.stdout.encode(), parse_as):
        got.add((URIRef(t.subject.value), URIRef(t.predicate.value), Literal(t.object.value)))
    assert isomorphic(got, expected)


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json", "xml"])
def test_ask_and_select_formats(store, fmt):
    for q in ("ASK { ?a rdfs:label 'Iraq' }", "SELECT ?a WHERE { ?a rdfs:label 'Iraq' }"):
        result = kg("query", q, "--format", fmt, "--store", store)
        assert result.exit_code == 0, result.output
        assert "true" in result.stdout or "iraq-1" in result.stdout


def test_deeply_nested_queries_answer_or_get_a_clear_error(store, tmp_path):
    # pyoxigraph recurses on the caller's stack: 10,000 nested groups killed `kg query` with SIGSEGV
    # on an 8 MiB stack. A real process, so that a regression fails this test instead of pytest.
    import subprocess
    import sys

    def run(depth: int) -> subprocess.CompletedProcess:
        query = tmp_path / f"deep-{depth}.rq"
        query.write_text("SELECT ?s WHERE " + "{" * depth + " ?s a kg:Attack " + "}" * depth, encoding="utf-8")
        return subprocess.run(
            [sys.executable, "-m", "kg", "query", "--file", str(query), "--store", store, "--format", "csv"],
            capture_output=True,
            text=True,
            timeout=300,
        )

    deep = run(10_000)
    assert deep.returncode == 0, deep.stderr
    assert deep.stdout.split() == ["s", str(E1)]
    too_deep = run(30_000)
    assert too_deep.returncode == 1
    assert too_deep.stderr.startswith("kg: error: the query nests 30,000 levels deep")
    assert too_deep.stderr.count("\n") == 1


def test_a_runaway_query_is_stopped_by_the_default_timeout_or_the_given_one(tmp_path):
    # A real process: pyoxigraph cannot cancel, so kg query exits while the engine still runs.
    import re
    import subprocess
    import sys
    import time

    help_text = re.sub(r"\s+", " ", kg("query", "--help").output)
    assert re.search(r"--timeout .*default: 300", help_text), help_text  # a limit by default
    path = tmp_path / "store"
    with Store.open(path) as s:
        s.replace_graph(DOC, [(URIRef(f"http://e/s{i}"), URIRef("http://e/p"), Literal(str(i))) for i in range(2000)])
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "kg", "query", runaway, "--timeout", "1", "--store", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1 and done.stderr.startswith("kg: error: the query ran longer than 1 s"), done.stderr
    assert time.monotonic() - start < 30


def test_kg_query_sends_one_request_per_service(store):
    from test_serve import _Remote

    remote = _Remote()
    try:
        result = kg(
            "query", f"SELECT ?x WHERE {{ SERVICE <{remote.url}> {{ ?x ?p ?o }} }}", "--format", "csv", "--store", store
        )
        assert result.exit_code == 0 and result.stdout.split() == ["x", "remote"], result.output
        assert len(remote.hits) == 1  # the syntax check used to run it once more
    finally:
        remote.close()


@pytest.mark.parametrize(
    ("sparql", "form", "default", "named", "graphs"),
    [
        ("SELECT ?from WHERE { ?s kg:from ?from }", "SELECT", (), (), ()),
        ('# FROM <urn:a> with insert\nASK { ?s ?p "from <urn:b>" }', "ASK", (), (), ()),
        (
            "CONSTRUCT { ?s ?p ?o } FROM <urn:a> FROM NAMED <urn:b> WHERE { ?s ?p ?o }",
            "CONSTRUCT",
            ("urn:a",),
            ("urn:b",),
            (),
        ),
        (
            "PREFIX g: <http://e/> SELECT * { GRAPH g:x { ?s ?p ?o } GRAPH ?g { ?s ?p ?o } }",
            "SELECT",
            (),
            (),
            ("http://e/x",),
        ),
        (
            "BASE <http://b/> DESCRIBE ?s { { SELECT ?s { GRAPH <rel> { ?s ?p ?o } } } }",
            "DESCRIBE",
            (),
            (),
            ("http://b/rel",),
        ),
        ("SELECT * { GRAPH kgid:doc\\/x { ?s ?p ?o } }", "SELECT", (), (), ()),  # kg's prefixes not passed: unresolved
    ],
)
def test_query_shape_reads_the_parse_not_the_words(
    sparql: str, form: str, default: tuple, named: tuple, graphs: tuple
) -> None:
    shape = query_shape(sparql)
    assert shape is not None
    assert (shape.form, shape.default_graphs, shape.named_graphs, shape.graph_iris) == (form, default, named, graphs)
    assert query_form(sparql) == form and not is_update(sparql)


def test_query_shape_of_updates_and_errors() -> None:
    assert query_shape("WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }") is None
    assert query_shape("SELECT * WHERE {") is None
    assert query_form("# SELECT\nINSERT DATA { <urn:a> <urn:b> <urn:c> }") is None
    shape = query_shape("PREFIX kg: <urn:mine#> SELECT * { GRAPH kg:a {} }", (("kg", "urn:kg#"), ("x", "urn:x#")))
    assert shape is not None and shape.prefixes == {"kg"} and shape.graph_iris == ("urn:mine#a",)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0.9", Literal("0.9", datatype=XSD.decimal)),
        ("-5", Literal("-5", datatype=XSD.integer)),
        ("true", Literal("true", datatype=XSD.boolean)),
        ("2016-06-01", Literal("2016-06-01", datatype=XSD.date)),
        ("2016-06-01T10:00:00", Literal("2016-06-01T10:00:00", datatype=XSD.dateTime)),
        ('"0.9"', Literal("0.9")),
        ('"ataque"@es', Literal("ataque", lang="es")),
        ('"2016"^^xsd:gYear', Literal("2016", datatype=XSD.gYear)),
        ("Islamic State", Literal("Islamic State")),
        ("2016-13-01", Literal("2016-13-01")),
        ("1 . <urn:a> <urn:b> <urn:c>", Literal("1 . <urn:a> <urn:b> <urn:c>")),
    ],
)
def test_typed_param_values(value: str, expected: Literal) -> None:
    name, term = parse_binding(f"v={value}")
    assert name == "v" and term == expected and type(term) is Literal


def test_a_quoted_param_must_be_one_literal() -> None:
    with pytest.raises(UsageError, match="not one SPARQL literal"):
        parse_binding('v="a" } ; DROP ALL #')


def test_typed_params_match_typed_data() -> None:
    with Store.memory() as store:
        e = URIRef("urn:kg:e")
        store.replace_graph(
            "https://w3id.org/kg/id/doc/t",
            [
                (e, KG.confidence, Literal("0.9", datatype=XSD.decimal)),
                (e, SEM.hasTimeStamp, Literal("2016-06-02", datatype=XSD.date)),
            ],
        )
        count = "SELECT (COUNT(*) AS ?n) WHERE { ?e kg:confidence ?c ; sem:hasTimeStamp ?t FILTER(?t >= ?since) }"
        bindings = dict(parse_binding(p) for p in ("c=0.9", "since=2016-06-01"))
        assert [int(row[0]) for row in run_query(store, count, bindings=bindings).rows] == [1]
        strings = {"c": Literal("0.9"), "since": Literal("2016-06-01")}  # how every value was bound before
        assert [int(row[0]) for row in run_query(store, count, bindings=strings).rows] == [0]
