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
    code = ("import sys; from kg.cli import main; sys.argv = ['kg', '--help']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "heavy = [m for m in ('spacy', 'rdflib', 'networkx', 'pyoxigraph') if m in sys.modules]\n"
            "print('HEAVY', heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "HEAVY []" in out


def _kg(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, input=stdin,
                          timeout=300)


@pytest.mark.parametrize("args", [
    ["query", "SELECT * WHERE { ?s ?p ?o }"],
    ["export"],
    ["report"],
])
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
