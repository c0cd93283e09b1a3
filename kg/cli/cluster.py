"""``kg build --cluster``: connecting to the Dask scheduler and saying on stderr where the build runs."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from kg.build.cluster import Cluster


@contextmanager
def workers(address: str | None, *, model: str | None) -> Iterator[Cluster | None]:
    """The connected cluster at ``address`` (None without one), closed on exit; its workers have loaded ``model``."""
    if address is None:
        yield None
        return
    from kg.build.cluster import connect

    typer.echo(f"connecting to the Dask scheduler at {address}; its workers load the model", err=True)
    with connect(address, model=model) as cluster:
        # Dask's client logs its reconnection attempts with tracebacks (its loggers are set up when it is
        # imported, inside connect); kg says what failed in one line instead.
        for name in list(logging.root.manager.loggerDict):
            if name == "distributed" or name.startswith("distributed."):
                logging.getLogger(name).setLevel(logging.CRITICAL)
        typer.echo(f"building on {cluster.workers} Dask workers at {address} with {cluster.model}", err=True)
        yield cluster
