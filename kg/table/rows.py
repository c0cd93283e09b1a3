"""Store -> one row per event, with ACLED-like columns: who did what to whom, where (with coordinates) and when.

The rows are read with SPARQL, so they come the same from the embedded store and from a SPARQL server.
Event types, their classes and which role fills which actor column come from the specs of
:mod:`kg.events`: ``actor1`` is the agent, ``actor2`` the role named ``target`` (the attacked, the group
a defector left, the pledgee), ``actor3`` the role named ``to`` (the side a defector joined), and a type
registered with a role of another name gets a column of its own.

Places carry coordinates when ``kg build`` geocoded them: the place node (``sem:hasPlace``) has a
GeoSPARQL geometry (``geo:hasGeometry [ geo:asWKT "POINT(lon lat)"^^geo:wktLiteral ]``) and
``kg:geonamesId``, ``kg:admin1``, ``kg:countryCode`` and ``kg:geoPrecision`` (1 town, 2 district or
region, 3 province or country, as ACLED's geo_precision).  Every one is optional: a place without them
gives a row with empty coordinates.

>>> rows = event_rows(store)                    # doctest: +SKIP
>>> rows[0].actor_columns["actor1"]             # doctest: +SKIP
('Islamic State',)
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg import events
from kg.errors import UsageError
from kg.models import EventType, Modality
from kg.network.graph import actor_attributes, date_bound, document_graph

if TYPE_CHECKING:
    from kg.store.base import GraphStore

_KG = "https://w3id.org/kg/ontology#"
XSD = "http://www.w3.org/2001/XMLSchema#"

# Coordinates are given to 5 decimals (about 1 m, GeoNames' own precision): Virtuoso keeps a geo:wktLiteral as a
# geometry of single-precision floats and reads POINT(43.13 36.34) back as POINT(43.130001068115 36.340000152588).
COORDINATE_DECIMALS = 5

# ACLED's time_precision: 1 the day is known, 2 the week, 3 only the month or the year.
TIME_PRECISION = {XSD + "date": 1, XSD + "dateTime": 1, XSD + "gYearMonth": 3, XSD + "gYear": 3}

_MODALITY_OF_TERM = {_KG + m.value.capitalize(): m for m in Modality}

# One query per property, each with one row per (subject, value): a query with a dozen OPTIONALs made Virtuoso's
# planner estimate hours and refuse it.  An event (or place) with two values of one property (a merged graph where
# two documents disagree) keeps the least, so every store gives the same row.
_VALUES_QUERY = """
SELECT DISTINCT ?s ?v WHERE {
  VALUES ?class { %(classes)s }
  %(scope)s
  %(pattern)s
}
"""
_EVENT_PROPERTIES = {
    "class": "BIND(?e AS ?s) BIND(?class AS ?v)",
    "time": "?e sem:hasTimeStamp ?v . BIND(?e AS ?s)",
    "conf": "?e kg:confidence ?v . BIND(?e AS ?s)",
    "modality": "?e kg:modality ?v . BIND(?e AS ?s)",
    "polarity": "?e kg:polarity ?v . BIND(?e AS ?s)",
    "doc": "?e kg:document ?v . BIND(?e AS ?s)",
    "docid": "?e kg:document ?d . ?d kg:documentId ?v . BIND(?e AS ?s)",
    "sentence": "?e prov:wasDerivedFrom ?sentence . ?sentence nif:anchorOf ?v . BIND(?e AS ?s)",
    "incident": "?v kg:hasReport ?e . BIND(?e AS ?s)",
    "place": "?e sem:hasPlace ?v . BIND(?e AS ?s)",
}
_PLACE_QUERY = """
SELECT DISTINCT ?s ?v WHERE {
  VALUES ?s { %(places)s }
  %(pattern)s
}
"""
_PLACE_PROPERTIES = {
    "placeLabel": "?s rdfs:label ?v",
    "wkt": "?s geo:hasGeometry ?g . ?g geo:asWKT ?v",
    "geonames": "?s kg:geonamesId ?v",
    "admin1": "?s kg:admin1 ?v",
    "country": "?s kg:countryCode ?v",
    "precision": "?s kg:geoPrecision ?v",
}

# Labels are looked up afterwards (kg.network.graph.actor_attributes): with an OPTIONAL label here Oxigraph took
# 25 s for 6,000 events instead of 0.3 s.
_ROLES_QUERY = """
SELECT ?e ?class ?p ?a WHERE {
  VALUES ?class { %(classes)s }
  %(scope)s
  VALUES ?p { %(properties)s }
  ?e ?p ?a .
}
"""

# WKT as GeoSPARQL writes it: an optional CRS IRI, then POINT (x y).  CRS84 (the default) is (lon lat);
# EPSG:4326 is (lat lon).
_WKT_POINT = re.compile(
    r"^\s*(?:<(?P<crs>[^>]*)>\s*)?POINT\s*\(\s*(?P<x>[-+0-9.eE]+)\s+(?P<y>[-+0-9.eE]+)\s*\)\s*$", re.IGNORECASE
)
_LAT_LON_CRS = re.compile(r"EPSG/\d+/4326$|EPSG:4326$", re.IGNORECASE)


def actor_columns() -> dict[str, str]:
    """Role name -> its table column (``agent`` -> ``actor1``, ``target`` -> ``actor2``, ``to`` -> ``actor3``, a new
    type's new role -> the next ``actorN``), in the order the registered specs first name each role."""
    names = dict.fromkeys(r.name for s in events.specs() for r in s.roles)
    names = dict.fromkeys(["agent", "target", *names])
    return {role: f"actor{i}" for i, role in enumerate(names, start=1)}


def actor_column_help() -> dict[str, str]:
    """Column -> what fills it for each type ("ATTACK agent, ...") from the specs, for docs and help."""
    out: dict[str, list[str]] = {}
    columns = actor_columns()
    for s in events.specs():
        for r in s.roles:
            out.setdefault(columns[r.name], []).append(f"{s.type.value} {r.property}")
    return {column: ", ".join(parts) for column, parts in out.items()}


@dataclass(frozen=True)
class EventRow:
    """One event as a table row.  Actor columns hold actor labels, sorted (RDF keeps no order)."""

    event_id: str
    event_type: str
    event_date: str | None = None
    time_precision: int | None = None
    actor_columns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    location: str | None = None
    location_id: str | None = None
    admin1: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2, as the gazetteer gives it
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    geonames_id: int | None = None
    source_document: str | None = None
    source_sentence: str | None = None
    confidence: float | None = None
    modality: str = Modality.ASSERTED.value
    negated: bool = False
    incident_id: str | None = None

    @property
    def located(self) -> bool:
        return self.latitude is not None and self.longitude is not None


def parse_wkt_point(text: str) -> tuple[float, float] | None:
    """``(longitude, latitude)`` of a WKT point literal (GeoSPARQL's optional CRS IRI first), or None when it is
    no point on the globe.

    >>> parse_wkt_point("POINT(43.13 36.34)")
    (43.13, 36.34)
    >>> parse_wkt_point("<http://www.opengis.net/def/crs/EPSG/0/4326> POINT(36.34 43.13)")
    (43.13, 36.34)
    """
    m = _WKT_POINT.match(text)
    if m is None:
        return None
    try:
        x, y = float(m["x"]), float(m["y"])
    except ValueError:
        return None
    lon, lat = (y, x) if m["crs"] and _LAT_LON_CRS.search(m["crs"]) else (x, y)
    if not (math.isfinite(lon) and math.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90):
        return None
    return lon, lat


def _scope(documents: Collection[str] | None) -> str:
    if documents is None:
        return "?e a ?class ."
    graphs = " ".join(f"<{document_graph(d)}>" for d in documents) or "<urn:kg:none>"
    return f"VALUES ?graph {{ {graphs} }} GRAPH ?graph {{ ?e a ?class }}"


def _least(values: Iterable[str | None]) -> str | None:
    present = [v for v in values if v is not None]
    return min(present) if present else None


def event_rows(
    store: GraphStore,
    *,
    types: Collection[EventType | str] | None = None,
    start: str | None = None,
    end: str | None = None,
    min_confidence: float = 0.0,
    modalities: Collection[Modality | str] | None = None,
    include_negated: bool = True,
    documents: Collection[str] | None = None,
    countries: Collection[str] | None = None,
) -> list[EventRow]:
    """Every event of ``store`` as a row, oldest first (undated last), ties by event IRI.

    By default every event is kept, whatever its modality and polarity (the ``modality`` and ``negated``
    columns tell); ``types``, ``start``/``end`` (inclusive; 2016-05-01, 2016-05 or 2016; undated events are
    then left out), ``min_confidence``, ``modalities``, ``include_negated=False`` and ``documents`` (ids or
    IRIs: events stated in those documents' graphs) select, as ``kg report``'s filters do; ``countries`` (ISO alpha-2
    codes, any case) keeps the events whose place is in one of them.
    """
    wanted = [EventType(t) for t in types] if types is not None else [s.type for s in events.specs()]
    start, end = date_bound(start, "since"), date_bound(end, "until")
    if modalities is not None:
        try:
            modalities = frozenset(Modality(m) for m in modalities)
        except ValueError as exc:
            raise UsageError(f"{exc}; use one of {', '.join(m.value for m in Modality)}") from None
    wanted_countries = {c.strip().upper() for c in countries} if countries is not None else None
    if not wanted:
        return []
    specs = {s.type: s for s in events.specs() if s.type in wanted}
    type_of_class = {str(s.class_iri): s.type for s in specs.values()}
    classes = " ".join(f"<{c}>" for c in type_of_class)
    scope = _scope(documents)

    found: dict[str, dict[str, list]] = {}
    for name, pattern in _EVENT_PROPERTIES.items():
        for sol in store.raw_query(_VALUES_QUERY % {"classes": classes, "scope": scope, "pattern": pattern}):
            found.setdefault(sol["s"].value, {}).setdefault(name, []).append(sol["v"])
    # Places are looked up by IRI, 500 at a time: joined to the events in one query, Oxigraph took time quadratic
    # in the number of events (48 s for 6,000).
    place_iris = sorted({t.value for values in found.values() for t in values.get("place", ())})
    places: dict[str, dict[str, list]] = {}
    for i in range(0, len(place_iris), 500):
        chunk = " ".join(f"<{iri}>" for iri in place_iris[i : i + 500])
        for name, pattern in _PLACE_PROPERTIES.items():
            for sol in store.raw_query(_PLACE_QUERY % {"places": chunk, "pattern": pattern}):
                places.setdefault(sol["s"].value, {}).setdefault(name, []).append(sol["v"])
    for values in found.values():
        if "place" in values:  # the event's place (the least IRI, should it have two) and that place's values
            values.update(places.get(min(t.value for t in values["place"]), {}))

    columns = actor_columns()
    roles: dict[str, dict[str, set[tuple[str, str]]]] = {}
    role_of = {(str(s.class_iri), str(r.property_iri)): r.name for s in specs.values() for r in s.roles}
    properties = " ".join(sorted({f"<{r.property_iri}>" for s in specs.values() for r in s.roles}))
    fillers: list[tuple[str, str, str]] = []
    for sol in store.raw_query(_ROLES_QUERY % {"classes": classes, "properties": properties, "scope": scope}):
        role = role_of.get((sol["class"].value, sol["p"].value))
        if role is not None:
            fillers.append((sol["e"].value, columns[role], sol["a"].value))
    labels = actor_attributes(store, {actor for _, _, actor in fillers})
    for event, column, actor in fillers:
        roles.setdefault(event, {}).setdefault(column, set()).add((str(labels[actor]["label"]), actor))

    rows = []
    for event, values in found.items():
        row = _row(event, values, type_of_class, roles.get(event, {}))
        if row is None or not _selected(row, start, end, min_confidence, modalities, include_negated):
            continue
        if wanted_countries is not None and (row.country or "").upper() not in wanted_countries:
            continue
        rows.append(row)
    rows.sort(key=lambda r: (r.event_date is None, r.event_date or "", r.event_id))
    return rows


def _row(
    event: str, values: dict[str, list], type_of_class: dict[str, EventType], roles: dict[str, set[tuple[str, str]]]
) -> EventRow | None:
    def text(name: str) -> str | None:
        return _least(t.value for t in values.get(name, ()))

    types = {type_of_class[t.value] for t in values.get("class", ()) if t.value in type_of_class}
    if not types:
        return None
    # An event typed with a class and its family's (an air strike also typed as an attack) is the narrower type.
    families = {events.family(t) for t in types if events.family(t) != t}
    event_type = min(t.value for t in (types - families or types))
    time_terms = sorted(values.get("time", ()), key=lambda t: t.value)
    time = time_terms[0] if time_terms else None
    confidence = _float(text("conf"))
    modality_term = text("modality")
    modality = _MODALITY_OF_TERM.get(modality_term, Modality.ASSERTED) if modality_term else Modality.ASSERTED
    point = None
    for wkt in sorted(t.value for t in values.get("wkt", ())):
        point = parse_wkt_point(wkt)
        if point is not None:
            break
    return EventRow(
        event_id=event,
        event_type=event_type,
        event_date=time.value if time is not None else None,
        time_precision=TIME_PRECISION.get(time.datatype.value) if time is not None and time.datatype else None,
        actor_columns={column: tuple(label for label, _ in sorted(found)) for column, found in sorted(roles.items())},
        location=text("placeLabel"),
        location_id=text("place"),
        admin1=text("admin1"),
        country=text("country"),
        longitude=round(point[0], COORDINATE_DECIMALS) if point else None,
        latitude=round(point[1], COORDINATE_DECIMALS) if point else None,
        geo_precision=_int(text("precision")),
        geonames_id=_int(text("geonames")),
        source_document=text("docid") or text("doc"),
        source_sentence=text("sentence"),
        confidence=confidence,
        modality=modality.value,
        negated=text("polarity") == _KG + "Negative",
        incident_id=text("incident"),
    )


def _float(text: str | None) -> float | None:
    try:
        value = float(text) if text is not None else None
    except ValueError:
        return None
    return value if value is not None and math.isfinite(value) else None


def _int(text: str | None) -> int | None:
    value = _float(text)
    return int(value) if value is not None else None


def _selected(
    row: EventRow,
    start: str | None,
    end: str | None,
    min_confidence: float,
    modalities: frozenset[Modality] | Collection | None,
    include_negated: bool,
) -> bool:
    if min_confidence and (row.confidence if row.confidence is not None else 1.0) < min_confidence:
        return False
    if modalities is not None and Modality(row.modality) not in modalities:
        return False
    if row.negated and not include_negated:
        return False
    if (start or end) and row.event_date is None:
        return False
    # ISO dates compare as text; a bare year or year-month counts as its first day (as kg report reads them).
    if start and row.event_date is not None and row.event_date < start:
        return False
    return not (end and row.event_date is not None and row.event_date[: len(end)] > end)
