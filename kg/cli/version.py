"""``kg --version``: the version of kg and of the engines it runs on, as oxigraph's and sqlite-utils' CLIs print."""

from __future__ import annotations

from typing import Annotated

import typer

from kg.cli.app import app


def _print_version(value: bool) -> None:
    if not value:
        return
    from importlib.metadata import PackageNotFoundError, version

    import kg

    parts = [f"kg {kg.__version__}"]
    for package in ("pyoxigraph", "rdflib", "spacy"):
        try:
            parts.append(f"{package} {version(package)}")
        except PackageNotFoundError:
            continue
    typer.echo(", ".join(parts))
    raise typer.Exit()


@app.callback()
def _options(
    show_version: Annotated[
        bool,
        typer.Option(
            "--version",
            help="Print kg's version (and pyoxigraph's, rdflib's, spaCy's) and exit.",
            callback=_print_version,
            is_eager=True,
        ),
    ] = False,
) -> None:
    """Turn news text into an RDF event knowledge graph: build, query, export and rank actors."""
