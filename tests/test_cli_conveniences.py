"""What users of oxigraph's CLI, rdfpipe and sqlite-utils expect of kg's command line: the export format from the
file's extension (RDF/XML too, read back by rapper and rdflib), plain values on a pipe, JSON Lines, --no-headers,
--version."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDFS, Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import XSD
from typer.testing import CliRunner

from kg.cli import app
from kg.rdf.iri import document_iri
from kg.rdf.vocab import ID, KG
from kg.store.embedded import Store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("conveniences") / "store"
    with Store.open(path, create=True) as s:
        a, b = ID["actor/a"], ID["actor/b"]
        s.replace_graph(
            document_iri("d1"),
            [
                (a, RDFS.label, Literal("Tab\there, bell \x07")),
                (a, KG.confidence, Literal("0.9", datatype=XSD.decimal)),
                (b, RDFS.label, Literal("Beta")),
            ],
        )
    return str(path)


def kg(*args: str):  # noqa: ANN201
    return CliRunner().invoke(app, list(args))


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("g.nq", ox.RdfFormat.N_QUADS),
        ("g.nt", ox.RdfFormat.N_TRIPLES),
        ("g.trig", ox.RdfFormat.TRIG),
        ("g.jsonld", ox.RdfFormat.JSON_LD),
        ("g.rdf", ox.RdfFormat.RDF_XML),
    ],
)
def test_export_format_from_the_extension(store: str, tmp_path: Path, name: str, fmt: ox.RdfFormat) -> None:
    out = tmp_path / name
    result = kg("export", "-o", str(out), "--store", store)
    assert result.exit_code == 0, result.output
    quads = list(ox.parse(out.read_bytes(), fmt))
    assert len({q.triple for q in quads}) == 3
    if fmt.supports_datasets:
        assert {q.graph_name for q in quads} == {ox.NamedNode(str(document_iri("d1")))}


def test_rdfxml_export_reads_back(store: str, tmp_path: Path) -> None:
    out = tmp_path / "g.rdf"
    assert kg("export", "-o", str(out), "--store", store).exit_code == 0
    turtle = kg("export", "-f", "turtle", "--store", store).stdout_bytes
    # The bell character has no place in XML: it is replaced, so the graphs differ in that literal only.
    expected = Graph().parse(data=turtle.replace(b"\\u0007", "\ufffd".encode()), format="turtle")
    assert isomorphic(Graph().parse(out, format="xml"), expected)
    if shutil.which("rapper"):
        done = subprocess.run(["rapper", "-q", "-i", "rdfxml", "-c", str(out)], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr


def test_unknown_extension_asks_for_a_format(store: str, tmp_path: Path) -> None:
    result = kg("export", "-o", str(tmp_path / "g.xyz"), "--store", store)
    assert result.exit_code == 2 and "give -f/--format" in result.output


QUERY = "SELECT ?a ?label ?c WHERE { ?a rdfs:label ?label OPTIONAL { ?a kg:confidence ?c } } ORDER BY ?label"


def test_plain_values_on_a_pipe(store: str) -> None:
    lines = kg("query", QUERY, "--store", store).stdout.splitlines()  # CliRunner's stdout is no terminal
    assert lines == [
        "a\tlabel\tc",
        f"{ID['actor/b']}\tBeta\t",
        f"{ID['actor/a']}\tTab\\there, bell \x07\t0.9",
    ]
    assert kg("query", QUERY, "--store", store, "--no-headers").stdout.splitlines() == lines[1:]


def test_json_lines(store: str) -> None:
    rows = [json.loads(line) for line in kg("query", QUERY, "-f", "jsonl", "--store", store).stdout.splitlines()]
    assert rows == [
        {"a": str(ID["actor/b"]), "label": "Beta", "c": None},
        {"a": str(ID["actor/a"]), "label": "Tab\there, bell \x07", "c": 0.9},
    ]


def test_no_headers_csv_and_refused_for_json(store: str) -> None:
    out = kg("query", QUERY, "-f", "csv", "--no-headers", "--store", store).stdout
    assert out.splitlines()[0].startswith(str(ID["actor/b"]))
    result = kg("query", QUERY, "-f", "json", "--no-headers", "--store", store)
    assert result.exit_code == 2


def test_version() -> None:
    result = kg("--version")
    assert result.exit_code == 0 and result.stdout.startswith("kg ") and "pyoxigraph" in result.stdout
