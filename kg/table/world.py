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
        out.append(
            Country(
                name=str((geometry.get("properties") or {}).get("name", "")),
                iso_numeric=str(geometry.get("id", "")),
                polygons=tuple(tuple(ring(r) for r in polygon) for polygon in polygons),
            )
        )
    return tuple(out)


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
