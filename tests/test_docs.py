"""Documentation a user can follow: docs/CLI.md covers every command and option; examples/README.md shows
what each example query answers on the seed graph.

Regenerate after a change: ``python -m kg.clidoc > docs/CLI.md`` and, with the model installed,
``python tests/test_docs.py`` (rewrites the expected-output section of examples/README.md).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
MARKER = "## Expected output on the seed graph"


def test_cli_reference_covers_every_command_and_option():
    from kg.clidoc import commands

    text = (ROOT / "docs" / "CLI.md").read_text(encoding="utf-8")
    for name, command in commands().items():
        assert f"## kg {name}\n" in text, f"docs/CLI.md lacks kg {name}: run python -m kg.clidoc > docs/CLI.md"
        section = text.split(f"## kg {name}\n", 1)[1].split("\n## kg ", 1)[0]
        for param in command.params:
            for opt in (*param.opts, *param.secondary_opts):
                if opt.startswith("-") and opt != "--help":
                    assert f"{opt}" in section, (
                        f"docs/CLI.md lacks {opt} of kg {name}: run python -m kg.clidoc > docs/CLI.md"
                    )


def test_readme_commands_name_real_files_and_commands():
    from kg.clidoc import commands

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for path in re.findall(r"examples/[\w-]+\.rq", readme):
        assert (ROOT / path).is_file(), f"README.md names {path}, which does not exist"
    shell = "\n".join(re.findall(r"```sh\n(.*?)```", readme, re.DOTALL))
    for name in re.findall(r"^(?:.*/)?kg (\w+)", shell, re.MULTILINE):
        assert name in commands(), f"README.md shows kg {name}, which is not a command"


def example_outputs(store: str) -> dict[str, str]:
    """Each example's table on ``store``, by file name."""
    from kg.cli import app

    runner = CliRunner()
    out = {}
    for path in sorted(EXAMPLES.glob("*.rq")):
        result = runner.invoke(app, ["query", str(path), "--format", "table", "--store", store])
        assert result.exit_code == 0, (path.name, result.output)
        out[path.name] = result.stdout.rstrip("\n")
    return out


def documented_outputs() -> dict[str, str]:
    text = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    section = text.split(MARKER, 1)[1]
    return {
        m.group(1): m.group(2).rstrip("\n")
        for m in re.finditer(r"### `([\w-]+\.rq)`\n+```text\n(.*?)```", section, re.DOTALL)
    }


def render_section(outputs: dict[str, str]) -> str:
    parts = [
        MARKER,
        "",
        "What each query prints (`kg query examples/NAME.rq --format table`) after",
        "`kg build seeds/`; `tests/test_docs.py` checks it with the model (`python tests/test_docs.py`",
        "regenerates it when extraction changes). The seed article has no dates, so the timeline is empty.",
        "",
    ]
    for name, table in outputs.items():
        parts += [f"### `{name}`", "", "```text", table, "```", ""]
    return "\n".join(parts)


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory) -> str:
    from kg.cli import app

    path = str(tmp_path_factory.mktemp("docs") / "store")
    result = CliRunner().invoke(app, ["build", str(ROOT / "seeds"), "--store", path])
    assert result.exit_code == 0, result.output
    return path


@pytest.mark.model
def test_examples_readme_shows_what_the_queries_print_on_the_seed_graph(seed_store):
    documented = documented_outputs()
    assert sorted(documented) == sorted(p.name for p in EXAMPLES.glob("*.rq"))
    for name, table in example_outputs(seed_store).items():
        # Rows compare as sets: queries without ORDER BY may list ties in any order.
        assert sorted(table.splitlines()) == sorted(documented[name].splitlines()), (
            f"{name}: examples/README.md is stale; run python tests/test_docs.py"
        )


if __name__ == "__main__":  # regenerate the expected-output section of examples/README.md
    import tempfile

    sys.path.insert(0, str(ROOT))
    from kg.cli import app

    with tempfile.TemporaryDirectory() as tmp:
        store = str(Path(tmp) / "store")
        CliRunner().invoke(app, ["build", str(ROOT / "seeds"), "--store", store], catch_exceptions=False)
        readme = EXAMPLES / "README.md"
        head = readme.read_text(encoding="utf-8").split(MARKER, 1)[0].rstrip("\n")
        readme.write_text(head + "\n\n" + render_section(example_outputs(store)), encoding="utf-8")
