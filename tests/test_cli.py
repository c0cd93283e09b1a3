"""The command line: help, start-up cost, and one-line errors with the right exit codes."""

from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()


def _command_names() -> list[str]:
    import typer.main

    return sorted(typer.main.get_command(app).commands)


def test_every_command_has_help_text():
    names = _command_names()
    assert {"build", "extract", "query", "export", "report"} <= set(names)
    for name in names:
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, result.output
        assert "Usage:" in result.output
        import typer.main

        command = typer.main.get_command(app).commands[name]
        assert command.help and len(command.help) > 20, f"{name} has no help text"


def test_help_does_not_import_spacy_rdflib_or_networkx():
    code = (
        "import sys; from kg.cli import main; sys.argv = ['kg', '--help']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('spacy', 'rdflib', 'networkx', 'pyoxigraph') if m in sys.modules]\n"
        "print('HEAVY', heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "HEAVY []" in out


def _kg(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, input=stdin, timeout=300)


@pytest.mark.parametrize(
    "args",
    [
        ["query", "SELECT * WHERE { ?s ?p ?o }"],
        ["export"],
        ["report"],
    ],
)
def test_missing_store_is_one_line_and_exit_1(tmp_path, args):
    result = _kg(*args, "--store", str(tmp_path / "nowhere"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("kg: error:")
    assert "kg build" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_option_is_usage_error_exit_2():
    result = _kg("export", "--format", "pdf")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


@pytest.fixture()
def small_store(tmp_path):
    """A store with one hand-made document graph: no model needed."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF, RDFS

    from kg.rdf.vocab import KG
    from kg.store.embedded import Store

    path = tmp_path / "store"
    actor = URIRef("https://w3id.org/kg/id/actor/x-1")
    with Store.open(path) as store:
        store.replace_graph(
            "https://w3id.org/kg/id/doc/d-1",
            [(actor, RDF.type, KG.Actor), (actor, RDFS.label, Literal("Islamic State"))],
        )
    return path


def test_query_binds_parameters_as_terms_never_as_query_text(small_store):
    query = "SELECT ?a ?name WHERE { ?a rdfs:label ?name }"
    found = runner.invoke(
        app, ["query", query, "-p", "name=Islamic State", "--format", "csv", "--store", str(small_store)]
    )
    assert found.exit_code == 0, found.output
    assert found.stdout.splitlines()[1].endswith(",Islamic State")
    injected = runner.invoke(
        app,
        [
            "query",
            query,
            "-p",
            'name=x" } UNION { ?a ?p ?name . FILTER("1',
            "--format",
            "csv",
            "--store",
            str(small_store),
        ],
    )
    assert injected.exit_code == 0, injected.output
    assert injected.stdout.splitlines() == ["a,name"]


def test_query_reads_a_query_file_given_as_argument(small_store, tmp_path):
    rq = tmp_path / "labels.rq"
    rq.write_text("SELECT ?name WHERE { ?a rdfs:label ?name }", encoding="utf-8")
    result = runner.invoke(app, ["query", str(rq), "--format", "tsv", "--store", str(small_store)])
    assert result.exit_code == 0, result.output
    assert '"Islamic State"' in result.stdout


def test_format_that_does_not_fit_the_result_is_a_usage_error(small_store):
    result = _kg("query", "ASK { ?s ?p ?o }", "--format", "turtle", "--store", str(small_store))
    assert result.returncode == 2 and result.stderr.startswith("kg: error:")


def test_empty_store_is_an_error_for_readers(tmp_path):
    from kg.store.embedded import Store

    with Store.open(tmp_path / "empty"):
        pass
    result = _kg("report", "--store", str(tmp_path / "empty"))
    assert result.returncode == 1 and "holds no documents" in result.stderr


def test_build_with_a_missing_input_fails_before_loading_anything(tmp_path):
    result = _kg("build", str(tmp_path / "missing.txt"), "--store", str(tmp_path / "s"))
    assert result.returncode == 1
    assert "no such file or folder" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "s").exists()
