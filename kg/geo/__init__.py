"""Geocoding: place names -> GeoNames entries (coordinates, first-level division, country, precision).

Offline: the gazetteer ships with kg (``kg/data/geonames.tsv.gz``, GeoNames data, CC BY 4.0).
:func:`geocode` takes one document's :class:`~kg.models.Extraction` and gives it back with each place
that resolves carrying a :class:`~kg.models.Geocode`; a place that does not stays a named place.
"""

from kg.geo.resolve import geocode

__all__ = ["geocode"]
