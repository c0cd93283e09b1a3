"""``kg export --format csv|jsonl|geojson``: the events table, and the located events for GIS tools."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from kg.cli.app import _open_store, _write_output
from kg.errors import UsageError

if TYPE_CHECKING:
    from kg.store.base import GraphStore
    from kg.table.rows import EventRow


def export_table(fmt: str, *, output: Path | None, graph: str | None, store: str) -> None:
    """Write every event of ``store`` (or of document graph ``graph``) as ``fmt`` to ``output`` or stdout."""
    from kg.table.formats import render
    from kg.table.rows import event_rows

    with _open_store(store, read_only=True) as kg_store:
        rows = event_rows(kg_store, documents=None if graph is None else [graph])
    _write_output(render(rows, fmt), output)
    located = sum(r.located for r in rows)
    if fmt == "geojson":
        left = len(rows) - located
        note = f"; {left} without coordinates left out" if left else ""
        typer.echo(f"kg: {located} located events{note}", err=True)
    else:
        typer.echo(f"kg: {len(rows)} events, {located} with coordinates", err=True)


def map_rows(
    kg_store: GraphStore,
    path: Path,
    types: list[str] | None,
    since: str | None,
    until: str | None,
    at: str | None,
    min_confidence: float,
    modalities: list[str] | None,
    documents: list[str] | None,
    countries: list[str] | None = None,
) -> list[EventRow]:
    """The rows ``kg report --map`` draws: the events the report's filters keep (asserted and inspired by default,
    never negated).  The map's suffix is checked first, so a wrong one fails before any work."""
    from kg.network.alliances import check_window
    from kg.network.graph import DEFAULT_MODALITIES
    from kg.table.mapplot import MAP_SUFFIXES
    from kg.table.rows import event_rows

    if path.suffix.lower() not in MAP_SUFFIXES:
        raise UsageError(f"the map needs a file ending in {', '.join(MAP_SUFFIXES)}, not {path.name!r}")
    since, until = check_window(at, since, until)
    return event_rows(
        kg_store,
        types=types,
        start=since,
        end=until,
        min_confidence=min_confidence,
        modalities=[m.lower() for m in modalities] if modalities else DEFAULT_MODALITIES,
        include_negated=False,
        documents=documents,
        countries=countries,
    )
