"""The events table (CSV, JSON Lines), GeoJSON and the map, read back with the tools analysts use.

The geocoded documents of tests/geoevents.py hold what was written (the truth), so every output is compared
with it: pandas reads the CSV, the ``geojson`` package and shapely read the GeoJSON, matplotlib reads the PNG.
A store built by ``kg build`` from text (places geocoded by kg.geo) is compared with plain SPARQL.
"""

from __future__ import annotations

import io
import json
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import geojson
import pandas as pd
import pytest
from shapely.geometry import shape
from typer.testing import CliRunner

from kg import events
from kg.cli import app
from kg.store.embedded import Store
from kg.table.formats import columns, render
from kg.table.mapplot import draw_map, fit_extent, map_points
from kg.table.rows import actor_columns, event_rows, parse_wkt_point
from kg.table.world import countries

sys.path.insert(0, str(Path(__file__).parent))
import geoevents  # noqa: E402

ROLE_COLUMN = actor_columns()


@pytest.fixture(scope="module")
def written() -> tuple[Path, list[geoevents.Truth]]:
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="kg-table-")) / "store"
    docs, truth = geoevents.documents("iraq-syria", n=120)
    with Store.open(folder) as store:
        for g, triples in docs.items():
            assert store.replace_graph(g, triples)
    return folder, truth


@pytest.fixture()
def store(written: tuple[Path, list[geoevents.Truth]]) -> Iterator[Store]:
    with Store.open(written[0], read_only=True) as s:
        yield s


def export(store_path: Path | str, fmt: str, *extra: str) -> bytes:
    result = CliRunner().invoke(app, ["export", "--format", fmt, "--store", str(store_path), *extra])
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


def test_csv_read_by_pandas_holds_every_event_as_written(written: tuple[Path, list[geoevents.Truth]]) -> None:
    folder, truth = written
    df = pd.read_csv(io.BytesIO(export(folder, "csv")), keep_default_na=False, na_values=[""])
    assert list(df.columns) == columns()
    assert len(df) == len(truth) and df["event_id"].is_unique
    by_id = df.set_index("event_id")
    for t in truth:
        row = by_id.loc[t.event]
        assert row["event_type"] == t.type and row["event_date"] == t.date and row["time_precision"] == 1
        for role, labels in t.actors.items():
            assert row[ROLE_COLUMN[role]].split("; ") == labels, (t.event, role)
        assert row["location"] == t.location
        assert row["source_document"] == t.document and row["source_sentence"] == t.sentence
        assert row["confidence"] == pytest.approx(t.confidence)
        assert row["modality"] == "asserted" and not row["negated"]
        if t.coordinates is None:
            assert pd.isna(row["latitude"]) and pd.isna(row["longitude"]) and pd.isna(row["geo_precision"])
            continue
        assert (row["longitude"], row["latitude"]) == pytest.approx(t.coordinates)
        assert row["country"] == t.country and row["geo_precision"] == t.precision
        assert row["geonames_id"] == t.geonames
        assert (pd.isna(row["admin1"]) and t.admin1 is None) or row["admin1"] == t.admin1
    # Oldest first: analysts' tables are in date order.
    assert list(df["event_date"]) == sorted(df["event_date"])
    # Multi-agent events exist in the data, joined with "; ".
    assert df["actor1"].str.contains("; ").any()


def test_jsonl_has_lists_numbers_and_nulls(written: tuple[Path, list[geoevents.Truth]]) -> None:
    folder, truth = written
    records = [json.loads(line) for line in export(folder, "jsonl").decode().splitlines()]
    assert [r["event_id"] for r in records] == list(pd.read_csv(io.BytesIO(export(folder, "csv")))["event_id"])
    truth_by_id = {t.event: t for t in truth}
    for r in records:
        t = truth_by_id[r["event_id"]]
        assert list(r) == columns()
        for role, column in ROLE_COLUMN.items():
            assert r[column] == t.actors.get(role, [])
        assert r["latitude"] == (t.coordinates[1] if t.coordinates else None)
        assert isinstance(r["confidence"], float) and r["negated"] is False
    frame = pd.read_json(io.BytesIO(export(folder, "jsonl")), lines=True)
    assert len(frame) == len(truth)


def test_geojson_is_valid_rfc7946_with_lon_lat_points(written: tuple[Path, list[geoevents.Truth]]) -> None:
    folder, truth = written
    data = export(folder, "geojson")
    collection = geojson.loads(data.decode())
    assert collection.is_valid, collection.errors()
    located = {t.event: t for t in truth if t.coordinates}
    assert len(collection["features"]) == len(located) < len(truth)
    for feature in collection["features"]:
        t = located[feature["id"]]
        point = shape(feature["geometry"])
        assert point.geom_type == "Point" and (point.x, point.y) == pytest.approx(t.coordinates)
        props = feature["properties"]
        assert props["event_type"] == t.type and props["actor1"] == t.actors["agent"]
        assert props["geo_precision"] == t.precision and props["source_sentence"] == t.sentence
        assert "latitude" not in props
    west, south, east, north = collection["bbox"]
    assert west == min(t.coordinates[0] for t in located.values())
    assert north == max(t.coordinates[1] for t in located.values())


def test_one_document_and_the_output_file(written: tuple[Path, list[geoevents.Truth]], tmp_path: Path) -> None:
    folder, truth = written
    out = tmp_path / "events.csv"
    export(folder, "csv", "--graph", "https://w3id.org/kg/id/doc/iraq-syria-000-a1b2", "-o", str(out))
    assert pd.read_csv(out).empty  # no such document
    doc = truth[0].document
    export(folder, "csv", "--graph", doc, "-o", str(out))
    assert set(pd.read_csv(out)["event_id"]) == {t.event for t in truth if t.document == doc}
    result = CliRunner().invoke(app, ["export", "-f", "csv", "--shard-size", "5", "--store", str(folder)])
    assert result.exit_code == 2 and "--shard-size" in result.output


def test_filters_select_as_kg_report_does(store: Store, written: tuple[Path, list[geoevents.Truth]]) -> None:
    truth = written[1]
    rows = event_rows(store, types=["AIRSTRIKE"], start="2016-03", end="2016-06", min_confidence=0.7)
    want = {
        t.event
        for t in truth
        if t.type == "AIRSTRIKE" and "2016-03" <= t.date and t.date[:7] <= "2016-06" and t.confidence >= 0.7
    }
    assert {r.event_id for r in rows} == want and want
    assert event_rows(store, modalities=["planned"]) == []


def test_wkt_points() -> None:
    assert parse_wkt_point("POINT(43.13 36.34)") == (43.13, 36.34)
    assert parse_wkt_point(" point ( -3.0  16.77 ) ") == (-3.0, 16.77)
    assert parse_wkt_point("<http://www.opengis.net/def/crs/OGC/1.3/CRS84> POINT(43.13 36.34)") == (43.13, 36.34)
    assert parse_wkt_point("<http://www.opengis.net/def/crs/EPSG/0/4326> POINT(36.34 43.13)") == (43.13, 36.34)
    for bad in ("POINT(200 10)", "POINT(10 95)", "LINESTRING(1 2, 3 4)", "POINT(nan 1)", "POINT EMPTY", ""):
        assert parse_wkt_point(bad) is None, bad


def test_a_negated_event_and_its_place_without_geometry(tmp_path: Path) -> None:
    from rdflib import Literal

    from kg.rdf.vocab import KG

    docs, truth = geoevents.documents("sahel", n=3, unlocated=1)
    first = next(iter(docs))
    e = next(s for s, p, o in docs[first] if str(s) == truth[0].event)
    docs[first] = [(s, p, o) for s, p, o in docs[first] if not (s == e and p == KG.polarity)]
    docs[first].append((e, KG.polarity, KG.Negative))
    docs[first].append((e, KG.modality, KG.Threatened))
    docs[first].append((e, KG.confidence, Literal("0.99")))  # a second value: the least is kept
    store = Store.memory()
    for g, triples in docs.items():
        store.replace_graph(g, triples)
    rows = {r.event_id: r for r in event_rows(store)}
    row = rows[truth[0].event]
    assert row.negated and row.location == truth[0].location and not row.located
    assert row.modality == "asserted"  # asserted and threatened both stated: the least IRI, whatever the store
    assert row.confidence == min(truth[0].confidence, 0.99)
    assert truth[0].event not in {r.event_id for r in event_rows(store, include_negated=False)}


def test_actor_columns_come_from_the_specs() -> None:
    assert ROLE_COLUMN == {"agent": "actor1", "target": "actor2", "to": "actor3"}
    assert all(ROLE_COLUMN[r.name] in columns() for s in events.specs() for r in s.roles)


def test_world_outlines_are_natural_earth_countries() -> None:
    by_name = {c.name: c for c in countries()}
    assert len(by_name) > 200
    west, south, east, north = by_name["Iraq"].bbox
    assert 38.5 < west < 39.2 and 48.3 < east < 48.8 and 28.8 < south < 29.3 and 37.1 < north < 37.6
    assert by_name["Mali"].bbox[0] < -11 < by_name["Mali"].bbox[2]


def test_the_map_fits_the_events_and_colours_them_by_type(store: Store, tmp_path: Path) -> None:
    rows = event_rows(store)
    summary = draw_map(rows, tmp_path / "events.png", unit="events")
    located = [r for r in rows if r.located]
    assert summary.shown == len(located) and summary.unlocated == len(rows) - len(located)
    west, south, east, north = summary.extent
    for r in located:
        assert west < r.longitude < east and south < r.latitude < north
    # A margin, but a region's map, not the world's.
    assert east - west < 15 and north - south < 12
    assert {"Iraq", "Syria", "Turkey"} <= set(summary.countries) and "United States of America" not in summary.countries
    assert sum(p.count for p in summary.points if p.location == "Mosul") == sum(r.location == "Mosul" for r in located)
    import matplotlib.image

    picture = matplotlib.image.imread(tmp_path / "events.png")
    assert picture.shape[0] > 600 and picture.shape[1] > 800
    # Every type's colour (from the specs) is in the picture.
    pixels = {tuple(int(round(255 * c)) for c in px[:3]) for px in picture.reshape(-1, picture.shape[2])}
    for s in events.specs():
        rgb = tuple(int(s.colour[i : i + 2], 16) for i in (1, 3, 5))
        assert rgb in pixels, s.type


def test_incidents_count_once_per_place() -> None:
    docs, _ = geoevents.documents("sahel", n=6, unlocated=0)
    store = Store.memory()
    for g, triples in docs.items():
        store.replace_graph(g, triples)
    rows = event_rows(store)
    twins = [r.__class__(**{**r.__dict__, "event_id": r.event_id + "-2", "incident_id": "i"}) for r in rows[:1]]
    first = rows[0].__class__(**{**rows[0].__dict__, "incident_id": "i"})
    points, _ = map_points([first, *twins, *rows[1:]], unit="incidents")
    assert sum(p.count for p in points) == len(rows)
    points, _ = map_points([first, *twins, *rows[1:]], unit="events")
    assert sum(p.count for p in points) == len(rows) + 1


def test_fit_extent_has_a_margin_and_a_minimum_span() -> None:
    west, south, east, north = fit_extent([(43.13, 36.34)])
    assert west < 43.13 < east and south < 36.34 < north and north - south >= 3
    assert fit_extent([]) == (-180.0, -60.0, 180.0, 85.0)


def test_kg_report_map_png_and_svg(written: tuple[Path, list[geoevents.Truth]], tmp_path: Path) -> None:
    folder, _ = written
    runner = CliRunner()
    for name in ("map.png", "map.svg"):
        result = runner.invoke(app, ["report", "--map", str(tmp_path / name), "--top", "3", "--store", str(folder)])
        assert result.exit_code == 0, result.output
    assert (tmp_path / "map.png").read_bytes().startswith(b"\x89PNG")
    svg = ET.parse(tmp_path / "map.svg").getroot()
    assert svg.tag.endswith("svg")
    result = runner.invoke(app, ["report", "--map", str(tmp_path / "map.txt"), "--store", str(folder)])
    assert result.exit_code == 2 and ".png" in result.output
    result = runner.invoke(
        app, ["report", "--map", str(tmp_path / "none.png"), "--modality", "planned", "--store", str(folder)]
    )
    assert result.exit_code == 1 and "coordinates" in result.output and not (tmp_path / "none.png").exists()


def test_render_rejects_an_unknown_format() -> None:
    with pytest.raises(ValueError, match="csv"):
        render([], "xlsx")


@pytest.mark.model
def test_a_built_store_reads_back_as_its_sparql_says(tmp_path: Path) -> None:
    texts = [
        {"id": "a", "date": "2016-05-01", "text": "Islamic State fighters attacked Iraqi army positions in Mosul."},
        {"id": "b", "date": "2016-05-02", "text": "Russian and Syrian warplanes bombed rebel positions in Idlib."},
        {"id": "c", "date": "2016-05-03", "text": "Dozens of Boko Haram fighters surrendered to the army in Borno."},
    ]
    source = tmp_path / "news.jsonl"
    source.write_text("".join(json.dumps(t) + "\n" for t in texts))
    folder = tmp_path / "store"
    result = CliRunner().invoke(app, ["build", str(source), "--store", str(folder)])
    assert result.exit_code == 0, result.output
    df = pd.read_csv(io.BytesIO(export(folder, "csv")), keep_default_na=False)
    with Store.open(folder, read_only=True) as store:
        result_rows = store.query(
            "SELECT ?e ?type ?agent WHERE { ?e a sem:Event, ?type ; kg:agent ?a . ?a rdfs:label ?agent "
            "FILTER(?type != sem:Event) }"
        ).rows
        points = {
            str(e): str(wkt)
            for e, wkt in store.query(
                "SELECT ?e ?wkt WHERE { ?e a sem:Event ; sem:hasPlace ?p . ?p geo:hasGeometry ?g . ?g geo:asWKT ?wkt }"
            ).rows
        }
    assert len(df) == len({str(r[0]) for r in result_rows}) >= 3
    agents: dict[str, set[str]] = {}
    for e, type_, agent in result_rows:
        agents.setdefault(str(e), set()).add(str(agent))
        row = df[df["event_id"] == str(e)].iloc[0]
        assert row["event_type"] == events.specs()[[str(s.class_iri) for s in events.specs()].index(str(type_))].type
    assert points  # kg build geocoded Mosul, Idlib or Borno
    for _, row in df.iterrows():
        assert set(row["actor1"].split("; ")) == agents[row["event_id"]]
        if row["event_id"] in points:
            lon, lat = points[row["event_id"]].removeprefix("POINT(").removesuffix(")").split()
            assert (float(row["longitude"]), float(row["latitude"])) == pytest.approx((float(lon), float(lat)))
        else:
            assert row["latitude"] == ""  # a place the gazetteer has not: no coordinates, the row is still there


def docs_events(docs: dict) -> set[str]:
    return {str(s) for triples in docs.values() for s, p, o in triples if str(p).endswith("#document")}


@pytest.mark.slow
def test_a_sparql_server_gives_the_same_table(written: tuple[Path, list[geoevents.Truth]], tmp_path: Path) -> None:
    import virtuoso

    from kg.store.remote import RemoteStore

    with virtuoso.running() as server:
        docs, _ = geoevents.documents("iraq-syria", n=120)
        with RemoteStore.open(server.sparql) as remote:
            for g, triples in docs.items():
                assert remote.replace_graph(g, triples)
        folder = written[0]
        # Virtuoso reads WKT points back in single precision (43.130001068115): to 5 decimals they are the same.
        for fmt in ("csv", "jsonl", "geojson"):
            assert export(server.sparql, fmt) == export(folder, fmt), fmt
        assert len(pd.read_csv(io.BytesIO(export(server.sparql, "csv")))) == len(docs_events(docs))
        result = CliRunner().invoke(app, ["report", "--map", str(tmp_path / "m.png"), "--store", server.sparql])
        assert result.exit_code == 0, result.output


def test_country_filter_keeps_the_events_placed_there(
    store: Store, written: tuple[Path, list[geoevents.Truth]]
) -> None:
    truth = written[1]
    rows = event_rows(store, countries=["sy"])
    assert {r.event_id for r in rows} == {t.event for t in truth if t.country == "SY"} and rows
    assert event_rows(store, countries=[]) == []


def test_outlines_never_jump_across_the_antimeridian() -> None:
    # Chukotka, Fiji and Antarctica cross 180 degrees: a ring that jumped from 180 to -180 would draw a line across
    # the whole map.
    for country in countries():
        for polygon in country.polygons:
            for ring in polygon:
                jumps = [
                    (a, b)
                    for a, b in zip(ring, ring[1:], strict=False)
                    if abs(b[0] - a[0]) > 180 and not abs(a[1]) == abs(b[1]) == 90  # along the pole: the map's edge
                ]
                assert not jumps, country.name
    antarctica = next(c for c in countries() if c.name == "Antarctica")
    assert antarctica.bbox[1] == -90 and antarctica.bbox[3] > -70  # the coast, closed along the pole
    russia = next(c for c in countries() if c.name == "Russia")
    assert russia.bbox[2] > 180  # Chukotka east of 180, and again west of -180
    assert any(max(x for x, _ in p[0]) < -168 for p in russia.polygons)
