"""The events table as CSV and JSON Lines, and the located events as GeoJSON (RFC 7946).

``kg export --format csv|jsonl|geojson`` writes them; :data:`kg.table.TABLE_FORMATS` names them once.

CSV: one header line, then one line per event; a column with several actors joins their names with
``"; "`` (a name that itself holds ``"; "`` cannot be told apart there: read JSON Lines when that matters);
an empty field is no value.  JSON Lines: one object per event with the same keys; actor columns are lists,
missing values ``null``, numbers numbers.  GeoJSON: a FeatureCollection of Point features
([longitude, latitude], WGS 84) for the events whose place has coordinates, with the table's columns as
properties (actors as lists).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

from kg.table import TABLE_FORMATS
from kg.table.rows import EventRow, actor_columns

ACTOR_SEPARATOR = "; "


def columns() -> list[str]:
    """The table's columns, in order (the actor columns follow the registered event types' roles)."""
    return [
        "event_id",
        "event_date",
        "time_precision",
        "event_type",
        *actor_columns().values(),
        "location",
        "admin1",
        "country",
        "latitude",
        "longitude",
        "geo_precision",
        "geonames_id",
        "location_id",
        "source_document",
        "source_sentence",
        "confidence",
        "modality",
        "negated",
        "incident_id",
    ]


def record(row: EventRow) -> dict[str, object]:
    """``row`` as a JSON object: every column, actor columns as lists, missing values None."""
    out: dict[str, object] = {}
    actors = actor_columns().values()
    for name in columns():
        if name in actors:
            out[name] = list(row.actor_columns.get(name, ()))
        else:
            out[name] = getattr(row, name)
    return out


def render(rows: Sequence[EventRow], fmt: str) -> bytes:
    """``rows`` written as ``fmt`` ("csv", "jsonl" or "geojson"), UTF-8."""
    if fmt == "csv":
        return render_csv(rows).encode("utf-8")
    if fmt == "jsonl":
        return "".join(json.dumps(record(r), ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    if fmt == "geojson":
        return render_geojson(rows).encode("utf-8")
    raise ValueError(f"unknown table format {fmt!r}; use one of {', '.join(f.name for f in TABLE_FORMATS)}")


def render_csv(rows: Sequence[EventRow]) -> str:
    """RFC 4180 CSV (CRLF line ends, fields quoted when needed) with a header line."""
    out = io.StringIO()
    writer = csv.writer(out)
    names = columns()
    writer.writerow(names)
    for r in rows:
        writer.writerow([_csv_value(v) for v in record(r).values()])
    return out.getvalue()


def _csv_value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ACTOR_SEPARATOR.join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def render_geojson(rows: Sequence[EventRow]) -> str:
    """The FeatureCollection of :func:`feature_collection` with one feature a line (for jq, grep and diffs)."""
    collection = feature_collection(rows)
    features = collection.pop("features")
    assert isinstance(features, list)
    head = json.dumps(collection, ensure_ascii=False)[:-1]
    body = ",\n".join(json.dumps(f, ensure_ascii=False) for f in features)
    return f'{head}, "features": [\n{body}\n]}}\n' if features else f'{head}, "features": []}}\n'


def feature_collection(rows: Sequence[EventRow]) -> dict[str, object]:
    """A GeoJSON FeatureCollection: one Point feature per located event, its ``id`` the event IRI; the collection's
    ``bbox`` is [west, south, east, north] of the points (RFC 7946 section 5)."""
    located = [r for r in rows if r.located]
    features = []
    for r in located:
        properties = record(r)
        properties.pop("latitude")
        properties.pop("longitude")
        features.append(
            {
                "type": "Feature",
                "id": r.event_id,
                "geometry": {"type": "Point", "coordinates": [r.longitude, r.latitude]},
                "properties": properties,
            }
        )
    collection: dict[str, object] = {"type": "FeatureCollection"}
    if located:
        lons = [r.longitude for r in located if r.longitude is not None]
        lats = [r.latitude for r in located if r.latitude is not None]
        collection["bbox"] = [min(lons), min(lats), max(lons), max(lats)]
    collection["features"] = features
    return collection
