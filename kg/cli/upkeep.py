"""``kg optimize`` and ``kg backup``: the upkeep of a local store folder, as oxigraph's CLI offers it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli.app import DEFAULT_STORE, _open_store, app
from kg.cli.options import StoreOption
from kg.cli.output import size
from kg.errors import UsageError


def _local(store: str, command: str) -> None:
    from kg.store.base import is_url

    if is_url(store):
        raise UsageError(f"kg {command} works on a local store folder; a SPARQL server has its own tools for this")


@app.command()
def optimize(store: StoreOption = DEFAULT_STORE) -> None:
    """Compact the store's files (after many rebuilds: smaller on disk, fewer files to read)."""
    from kg.store.disk import folder_size

    _local(store, "optimize")
    before = folder_size(Path(store)) if Path(store).is_dir() else 0
    with _open_store(store) as kg_store:
        kg_store.optimize()  # type: ignore[attr-defined]
    after = folder_size(Path(store))
    typer.echo(f"optimized {store}: {size(before)} -> {size(after)} on disk", err=True)


@app.command()
def backup(
    destination: Annotated[
        Path, typer.Argument(help="A new (or empty) folder for the copy; it opens as a store of its own.")
    ],
    store: StoreOption = DEFAULT_STORE,
) -> None:
    """Copy the store as it is now to DESTINATION (hard links on the same disk); works while kg serve reads it."""
    from kg.store.disk import folder_size

    _local(store, "backup")
    with _open_store(store, read_only=True) as kg_store:
        folder = kg_store.backup(destination)  # type: ignore[attr-defined]
        documents = len(kg_store.graphs())
    typer.echo(f"backed up {store} to {folder}: {documents} documents, {size(folder_size(folder))}", err=True)
