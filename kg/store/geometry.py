"""Virtuoso's geometry literals read back as the GeoSPARQL literals kg wrote.

Virtuoso 7 stores every ``"POINT(lon lat)"^^geo:wktLiteral`` as its own ``virtrdf:Geometry`` with
single-precision coordinates, and answers ``"POINT(44.692001342773 33.507801055908)"^^virtrdf:Geometry``
for kg's ``"POINT(44.692 33.5078)"^^geo:wktLiteral``: kg's shapes then reject the geometry and exports
differ from the embedded store's.  kg writes at most 7 significant digits (GeoNames' 4 decimals), so the
shortest decimal that rounds to the same single-precision number is the coordinate kg wrote.

>>> wkt_from_virtuoso("POINT(44.692001342773 33.507801055908)")
'POINT(44.692 33.5078)'
"""

from __future__ import annotations

import json
import struct

import pyoxigraph as ox

__all__ = ["VIRTUOSO_GEOMETRY", "results_from_virtuoso", "triple_from_virtuoso", "wkt_from_virtuoso"]

VIRTUOSO_GEOMETRY = "http://www.openlinksw.com/schemas/virtrdf#Geometry"
WKT_LITERAL = "http://www.opengis.net/ont/geosparql#wktLiteral"


def _single(x: float) -> float:
    return struct.unpack("f", struct.pack("f", x))[0]


def _shortest(text: str) -> str:
    """The shortest decimal (as Python's float repr writes it) with the same single-precision value as ``text``."""
    try:
        x = float(text)
    except ValueError:
        return text
    target = _single(x)
    for digits in range(0, 10):
        candidate = round(x, digits)
        if _single(candidate) == target:
            return repr(candidate)
    return text


def wkt_from_virtuoso(text: str) -> str:
    """``POINT(x y)`` with each coordinate at the precision it had before Virtuoso's single-precision storage."""
    head, sep, rest = text.partition("(")
    if not sep or head.strip().upper() != "POINT" or not rest.endswith(")"):
        return text  # only points are written by kg; leave anything else as the server said it
    return f"POINT({' '.join(_shortest(c) for c in rest[:-1].split())})"


def triple_from_virtuoso(triple: ox.Triple) -> ox.Triple:
    """``triple`` with a ``virtrdf:Geometry`` object turned back into a ``geo:wktLiteral``."""
    obj = triple.object
    if isinstance(obj, ox.Literal) and obj.datatype.value == VIRTUOSO_GEOMETRY:
        wkt = ox.Literal(wkt_from_virtuoso(obj.value), datatype=ox.NamedNode(WKT_LITERAL))
        return ox.Triple(triple.subject, triple.predicate, wkt)
    return triple


def results_from_virtuoso(body: bytes) -> bytes:
    """SPARQL JSON results ``body`` with each ``virtrdf:Geometry`` literal turned back into a ``geo:wktLiteral``."""
    if VIRTUOSO_GEOMETRY.encode() not in body:
        return body
    try:
        doc = json.loads(body)
    except ValueError:
        return body  # the caller's parser reports it
    for row in doc.get("results", {}).get("bindings", []):
        for value in row.values():
            if value.get("datatype") == VIRTUOSO_GEOMETRY:
                value["datatype"] = WKT_LITERAL
                value["value"] = wkt_from_virtuoso(value["value"])
    return json.dumps(doc).encode()
