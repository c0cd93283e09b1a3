"""Country outlines for the map: Natural Earth's 1:50m Admin 0 countries, shipped in ``kg/data``.

``kg/data/countries-50m.json.gz`` is ``countries-50m.json`` of the npm package ``world-atlas`` 2.0.2 (Natural
Earth 4.1.0 as TopoJSON, by Mike Bostock, ISC licence), gzipped.  Natural Earth's data is in the public domain
(https://www.naturalearthdata.com/about/terms-of-use/).  Nothing is fetched at run time.

TopoJSON stores each shared border once, as an arc of quantized, delta-encoded positions; a polygon's rings
are lists of arc indexes (``~i`` is arc ``i`` reversed).  :func:`countries` decodes them into plain rings of
(longitude, latitude).
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

WORLD_FILE = "countries-50m.json.gz"


@dataclass(frozen=True)
class Country:
    """One country's outline: its name, ISO 3166-1 numeric code and polygons (rings of (lon, lat))."""

    name: str
    iso_numeric: str
    polygons: tuple[tuple[tuple[tuple[float, float], ...], ...], ...]  # polygon -> rings (outer first) -> points

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        """(west, south, east, north) of its outer rings."""
        points = [p for polygon in self.polygons for p in polygon[0]]
        lons, lats = [p[0] for p in points], [p[1] for p in points]
        return min(lons), min(lats), max(lons), max(lats)

    def label_point(self) -> tuple[float, float]:
        """Where to write its name: the middle of the bounding box of its largest outer ring."""
        ring = max((polygon[0] for polygon in self.polygons), key=_area)
        lons, lats = [p[0] for p in ring], [p[1] for p in ring]
        return (min(lons) + max(lons)) / 2, (min(lats) + max(lats)) / 2


def _area(ring: tuple[tuple[float, float], ...]) -> float:
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True))) / 2


@cache
def countries() -> tuple[Country, ...]:
    """Every country of the shipped Natural Earth file, decoded (cached: about 0.2 s the first time)."""
    data = resources.files("kg.data").joinpath(WORLD_FILE).read_bytes()
    return decode(json.loads(gzip.decompress(data)), "countries")


def decode(topology: dict, name: str) -> tuple[Country, ...]:
    """The geometries of object ``name`` of a TopoJSON ``topology`` as countries (Polygon and MultiPolygon only)."""
    transform = topology.get("transform")
    arcs = [_arc(arc, transform) for arc in topology["arcs"]]

    def ring(indexes: list[int]) -> tuple[tuple[float, float], ...]:
        points: list[tuple[float, float]] = []
        for i in indexes:
            arc = arcs[i] if i >= 0 else arcs[~i][::-1]
            points.extend(arc if not points else arc[1:])
        return tuple(points)

    out = []
    for geometry in topology["objects"][name]["geometries"]:
        if geometry.get("type") == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry.get("type") == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        pieces = []
        for polygon in polygons:
            rings = tuple(ring(r) for r in polygon)
            # On the sphere Antarctica is the cap outside its coast: a ring along the pole with the coast as a hole.
            # On a flat map the coast is the outline, closed along the pole.
            if all(abs(lat) > 89.9 for _, lat in rings[0]):
                for hole in rings[1:]:
                    pieces.extend(_across_antimeridian((hole,)))
                continue
            pieces.extend(_across_antimeridian(rings))
        out.append(
            Country(
                name=str((geometry.get("properties") or {}).get("name", "")),
                iso_numeric=str(geometry.get("id", "")),
                polygons=tuple(pieces),
            )
        )
    return tuple(out)


Ring = tuple[tuple[float, float], ...]


def _across_antimeridian(polygon: tuple[Ring, ...]) -> list[tuple[Ring, ...]]:
    """``polygon`` drawable on a flat map: a ring that jumps from 180 to -180 degrees (Chukotka, Fiji, Antarctica)
    would draw a line across the whole map, so its longitudes are made continuous (Chukotka at 190 degrees) and the
    polygon is given again 360 degrees to the other side; a ring around a pole (Antarctica) is closed along it."""
    if not any(abs(b[0] - a[0]) > 180 for ring in polygon for a, b in zip(ring, ring[1:], strict=False)):
        return [polygon]
    rings = []
    for ring in polygon:
        points = [ring[0]]
        for lon, lat in ring[1:]:
            previous = points[-1][0]
            lon += 360 * round((previous - lon) / 360)
            points.append((lon, lat))
        turn = points[-1][0] - points[0][0]
        if abs(turn) > 180:  # around a pole: close the ring along the pole's latitude
            pole = -90.0 if sum(lat for _, lat in points) < 0 else 90.0
            points += [(points[-1][0], pole), (points[0][0], pole)]
        rings.append(tuple(points))
    shifted = [tuple(rings)]
    lons = [lon for ring in rings for lon, _ in ring]
    if max(lons) > 180:
        shifted.append(tuple(tuple((lon - 360, lat) for lon, lat in ring) for ring in rings))
    if min(lons) < -180:
        shifted.append(tuple(tuple((lon + 360, lat) for lon, lat in ring) for ring in rings))
    return shifted


def _arc(positions: list[list[float]], transform: dict | None) -> list[tuple[float, float]]:
    if transform is None:
        return [(float(x), float(y)) for x, y, *_ in positions]
    (kx, ky), (dx, dy) = transform["scale"], transform["translate"]
    x = y = 0.0
    out = []
    for qx, qy, *_ in positions:
        x, y = x + qx, y + qy
        out.append((x * kx + dx, y * ky + dy))
    return out
