"""Geocoded event documents for the table, GeoJSON and map tests, written as kg writes them.

Each place carries the geocoding triples kg build adds (GeoSPARQL ``geo:hasGeometry``/``geo:asWKT``,
``kg:geonamesId``, ``kg:admin1``, ``kg:countryCode``, ``kg:geoPrecision``), so the outputs can be tested
without the gazetteer.  Coordinates are the towns' (rounded); GeoNames ids are illustrative.
:func:`documents` returns the triples by document graph and the truth the outputs must show.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import PROV, XSD

from kg import events
from kg.rdf.iri import document_iri
from kg.rdf.vocab import GEO, ID, KG, NIF, SEM

# name: (longitude, latitude, admin1, country code, geo precision)
IRAQ_SYRIA = {
    "Mosul": (43.13, 36.34, "Nineveh", "IQ", 1),
    "Sinjar": (41.87, 36.32, "Nineveh", "IQ", 1),
    "Baghdad": (44.40, 33.34, "Baghdad", "IQ", 1),
    "Fallujah": (43.78, 33.35, "Anbar", "IQ", 1),
    "Ramadi": (43.30, 33.42, "Anbar", "IQ", 1),
    "Tikrit": (43.68, 34.61, "Salah ad Din", "IQ", 1),
    "Baiji": (43.49, 34.93, "Salah ad Din", "IQ", 1),
    "Kirkuk": (44.39, 35.47, "Kirkuk", "IQ", 1),
    "Anbar province": (42.55, 33.05, "Anbar", "IQ", 3),
    "Raqqa": (39.01, 35.95, "Raqqa", "SY", 1),
    "Aleppo": (37.16, 36.20, "Aleppo", "SY", 1),
    "Kobani": (38.36, 36.89, "Aleppo", "SY", 1),
    "al-Bab": (37.52, 36.37, "Aleppo", "SY", 1),
    "Deir ez-Zor": (40.14, 35.34, "Deir ez-Zor", "SY", 1),
    "Palmyra": (38.27, 34.56, "Homs", "SY", 1),
    "Homs": (36.72, 34.73, "Homs", "SY", 1),
    "Idlib": (36.63, 35.93, "Idlib", "SY", 1),
}
SAHEL = {
    "Gao": (-0.04, 16.27, "Gao", "ML", 1),
    "Timbuktu": (-3.00, 16.77, "Tombouctou", "ML", 1),
    "Mopti": (-4.19, 14.49, "Mopti", "ML", 1),
    "Menaka": (2.40, 15.92, "Menaka", "ML", 1),
    "Djibo": (-1.63, 14.10, "Sahel", "BF", 1),
    "Dori": (-0.03, 14.03, "Sahel", "BF", 1),
    "Ouagadougou": (-1.52, 12.37, "Centre", "BF", 1),
    "Tillaberi": (1.45, 14.21, "Tillaberi", "NE", 1),
    "Diffa": (12.61, 13.32, "Diffa", "NE", 1),
    "Maiduguri": (13.16, 11.85, "Borno", "NG", 1),
    "Konduga": (13.42, 11.65, "Borno", "NG", 1),
    "Mali": (-2.0, 17.0, None, "ML", 3),
}
ACTORS = {
    "iraq-syria": ["Islamic State", "Iraqi army", "Syrian army", "Kurdish forces", "US-led coalition", "Russia"],
    "sahel": ["JNIM", "Islamic State Sahel Province", "Malian army", "Burkina Faso army", "ISWAP", "Boko Haram"],
}


@dataclass(frozen=True)
class Truth:
    """What one written event says, as the outputs must show it."""

    event: str
    type: str
    date: str
    actors: dict[str, list[str]]  # role name -> labels
    location: str | None
    coordinates: tuple[float, float] | None  # (lon, lat)
    admin1: str | None
    country: str | None
    precision: int | None
    geonames: int | None
    document: str
    sentence: str
    confidence: float


def documents(
    region: str = "iraq-syria", *, n: int = 60, seed: int = 7, unlocated: int = 5
) -> tuple[dict[URIRef, list[tuple]], list[Truth]]:
    """``n`` events in documents of one to three events, ``unlocated`` of them at a place with no coordinates."""
    rng = random.Random(seed)
    towns = IRAQ_SYRIA if region == "iraq-syria" else SAHEL
    names = list(towns)
    weights = [1 / (i + 1) for i in range(len(names))]  # a few busy places, many quiet ones
    actors = ACTORS[region]
    specs = list(events.specs())
    docs: dict[URIRef, list[tuple]] = {}
    truth: list[Truth] = []
    i = 0
    while i < n:
        doc_id = f"{region}-{len(docs):03d}"
        doc = document_iri(doc_id)
        triples: list[tuple] = [(doc, RDF.type, KG.Document), (doc, KG.documentId, Literal(doc_id))]
        text_at = 0
        for _ in range(rng.randint(1, 3)):
            if i >= n:
                break
            spec = specs[rng.randrange(len(specs))]
            e = ID[f"event/{region}-{i:04d}"]
            date = f"2016-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            confidence = round(rng.uniform(0.5, 0.95), 2)
            picked: dict[str, list[str]] = {}
            for role in spec.roles:
                count = 2 if role.name == "agent" and rng.random() < 0.2 else 1
                picked[role.name] = sorted(rng.sample(actors, count))
            sentence = f'Sentence {i}: {", ".join(picked["agent"])} {spec.label}; "quoted", comma.'
            s = URIRef(f"{doc}#char={text_at},{text_at + len(sentence)}")
            text_at += len(sentence) + 1
            triples += [
                (e, RDF.type, spec.class_iri),
                (e, RDF.type, SEM.Event),
                (e, SEM.hasTimeStamp, Literal(date, datatype=XSD.date)),
                (e, KG.confidence, Literal(str(confidence), datatype=XSD.decimal)),
                (e, KG.modality, KG.Asserted),
                (e, KG.polarity, KG.Positive),
                (e, KG.document, doc),
                (e, PROV.wasDerivedFrom, s),
                (s, RDF.type, NIF.Sentence),
                (s, NIF.anchorOf, Literal(sentence)),
            ]
            for role in spec.roles:
                for label in picked[role.name]:
                    a = ID[f"actor/{label.lower().replace(' ', '-')}"]
                    triples += [(e, role.property_iri, a), (a, RDF.type, KG.Actor), (a, RDFS.label, Literal(label))]
            location: str | None = None
            coordinates = admin1 = country = precision = geonames = None
            if i >= unlocated:
                location = rng.choices(names, weights)[0]
                lon, lat, admin1, country, precision = towns[location]
                coordinates = (lon, lat)
                geonames = 100000 + names.index(location)
                place = ID[f"place/{location.lower().replace(' ', '-')}"]
                g = ID[f"place/{location.lower().replace(' ', '-')}/geometry"]
                triples += [
                    (e, SEM.hasPlace, place),
                    (place, RDF.type, KG.Place),
                    (place, RDFS.label, Literal(location)),
                    (place, GEO.hasGeometry, g),
                    (g, RDF.type, GEO.Geometry),
                    (g, GEO.asWKT, Literal(f"POINT({lon} {lat})", datatype=GEO.wktLiteral)),
                    (place, KG.geonamesId, Literal(geonames, datatype=XSD.integer)),
                    (place, KG.countryCode, Literal(country)),
                    (place, KG.geoPrecision, Literal(precision, datatype=XSD.integer)),
                ]
                if admin1:
                    triples.append((place, KG.admin1, Literal(admin1)))
            else:
                place = ID[f"place/nowhere-{i}"]
                location = f"the village of Nowhere {i}"
                triples += [
                    (e, SEM.hasPlace, place),
                    (place, RDF.type, KG.Place),
                    (place, RDFS.label, Literal(location)),
                ]
            truth.append(
                Truth(
                    str(e),
                    spec.type.value,
                    date,
                    picked,
                    location,
                    coordinates,
                    admin1,
                    country,
                    precision,
                    geonames,
                    doc_id,
                    sentence,
                    confidence,
                )  # fmt: skip
            )
            i += 1
        docs[doc] = triples
    return docs, truth
