"""The events as analysts' tables and maps: one row per event (ACLED-like columns), CSV, JSON Lines, GeoJSON
and a map picture (docs/GEO.md).

:mod:`kg.table.rows` reads the rows from a store with SPARQL; :mod:`kg.table.formats` writes them;
:mod:`kg.table.world` reads the Natural Earth country outlines shipped in ``kg/data``;
:mod:`kg.table.mapplot` draws the map.
"""

from __future__ import annotations

from dataclasses import dataclass

# Nothing heavy is imported here: the command line builds its --format choices from this table, beside the RDF
# formats of kg.rdf.formats, before any command runs.


@dataclass(frozen=True)
class TableFormat:
    """One output format of the events table."""

    name: str
    suffixes: tuple[str, ...]
    media_type: str
    description: str


TABLE_FORMATS: tuple[TableFormat, ...] = (
    TableFormat("csv", (".csv",), "text/csv", "events table, one row per event (actors joined with '; ')"),
    TableFormat("jsonl", (".jsonl", ".ndjson"), "application/x-ndjson", "events table as JSON Lines (actor lists)"),
    TableFormat(
        "geojson", (".geojson",), "application/geo+json", "located events as a GeoJSON FeatureCollection (RFC 7946)"
    ),
)
"""The events table's formats, in the order help texts list them."""


def table_format(name: str) -> TableFormat | None:
    """The table format called ``name`` (any case), or None when it is no table format."""
    key = name.strip().lower()
    return next((f for f in TABLE_FORMATS if f.name == key), None)
