"""``kg actor NAME``: one actor's affiliations and events as a timeline."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from kg.cli.app import DEFAULT_STORE, _open_store, app
from kg.cli.options import StoreOption


class ActorFormat(str, Enum):
    text = "text"
    json = "json"


@app.command()
def actor(
    name: Annotated[
        str, typer.Argument(help="The actor's label or alias as kg report shows it (any case), or its IRI.")
    ],
    format: Annotated[ActorFormat, typer.Option("--format", "-f", help="Output format.")] = ActorFormat.text,
    plot: Annotated[
        Path | None,
        typer.Option(
            help="Also draw its events by type over time and its sides (pledges, defections) as bars to this "
            ".png, .svg or .pdf."
        ),
    ] = None,
    store: StoreOption = DEFAULT_STORE,
) -> None:
    """One actor's affiliations (whom it pledged to, left or joined, and when) and its events as a timeline:
    what it did and what was done to it, with whom, where and when, oldest first."""
    from kg.network.actor import actor_view
    from kg.network.formats import render_actor

    with _open_store(store, read_only=True) as kg_store:
        view = actor_view(kg_store, name)
    if plot is not None:
        from kg.network.actorplot import draw_actor

        draw_actor(view, plot)
    sys.stdout.write(render_actor(view, format.value))
