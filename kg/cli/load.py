"""``kg load``: RDF files (an ontology, extra facts, a previous export) into named graphs of the store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli.app import DEFAULT_STORE, _open_store, app
from kg.cli.options import StoreOption
from kg.rdf import formats as rdf_formats


@app.command()
def load(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="RDF files: .ttl, .nt, .nq, .trig, .jsonld, .rdf/.owl (format from the extension).", show_default=False
        ),
    ],
    graph: Annotated[
        str | None,
        typer.Option(
            "--graph",
            "-g",
            help="Named graph (IRI) for the files' triples; default one per file, "
            "https://w3id.org/kg/id/graph/file/NAME. Quad formats keep their own graphs.",
            show_default=False,
        ),
    ] = None,
    format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help=f"RDF format of every file ({', '.join(rdf_formats.names())}); default: from each extension.",
            show_default=False,
        ),
    ] = None,
    store: StoreOption = DEFAULT_STORE,
) -> None:
    """Load RDF files into the store, each into a named graph that loading again replaces; queries see them at once."""
    import pyoxigraph as ox

    from kg.errors import UsageError
    from kg.rdf.vocab import DOCUMENT_BASE
    from kg.store.load import load_files, read_graphs

    if graph is not None:
        try:
            ox.NamedNode(graph)
        except ValueError as e:
            raise UsageError(f"--graph {graph!r} is not an absolute IRI: {e}") from None
    for path in files if format is None else ():
        if rdf_formats.by_suffix(Path(path).suffix) is None:
            raise UsageError(f"cannot tell the RDF format of {path} from its extension; give -f/--format")
    read_graphs(files, format=format, graph=graph)  # a file that does not parse fails before the store opens
    with _open_store(store, create=True) as kg_store:
        loaded = load_files(kg_store, files, format=format, graph=graph)
        if any(g.graph.startswith(DOCUMENT_BASE) for g in loaded):
            from kg.incidents.sync import update_incidents

            update_incidents(kg_store)  # documents came in: link their reports as kg build does
        total = len(kg_store)
    for g in loaded:
        what = "replaced" if g.changed else "unchanged"
        typer.echo(f"{g.graph}: {g.triples} triples from {', '.join(g.sources)} ({what})", err=True)
    typer.echo(f"loaded {len(files)} files into {len(loaded)} graphs; the store holds {total} triples", err=True)
