"""kg's ontology terms, and the external vocabularies it builds on, as rdflib namespaces.

``KG`` mirrors ``ontology/kg.ttl`` term for term (a test checks both directions), and ``_fail``
makes a misspelt term an error at import time instead of a silently new IRI.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/kg/ontology"
ONTOLOGY_VERSION = "0.1.0"
ID_BASE = "https://w3id.org/kg/id/"

ID = Namespace(ID_BASE)
DOCUMENT_BASE = ID_BASE + "doc/"
"""Every document IRI (and document graph name) starts with this."""
INCIDENTS_GRAPH = ID_BASE + "graph/incidents"
"""The derived named graph holding a store's incidents (kg.incidents.sync); not a document graph."""
WD = Namespace("http://www.wikidata.org/entity/")


class KG(DefinedNamespace):
    """The kg ontology (https://w3id.org/kg/ontology#)."""

    _fail = True

    # classes
    Event: URIRef
    Attack: URIRef
    Airstrike: URIRef
    Defection: URIRef
    Allegiance: URIRef
    Actor: URIRef
    State: URIRef
    ArmedGroup: URIRef
    Organisation: URIRef
    Person: URIRef
    Collective: URIRef
    Place: URIRef
    Object: URIRef
    Document: URIRef
    Modality: URIRef
    Polarity: URIRef
    Incident: URIRef
    EventMention: URIRef

    # object properties
    agent: URIRef
    target: URIRef
    defectedFrom: URIRef
    defectedTo: URIRef
    pledgedTo: URIRef
    modality: URIRef
    polarity: URIRef
    document: URIRef
    mentionedIn: URIRef
    hasReport: URIRef
    disagreesOn: URIRef

    # datatype properties
    confidence: URIRef
    trigger: URIRef
    alias: URIRef
    documentId: URIRef
    model: URIRef
    softwareVersion: URIRef
    reportCount: URIRef
    sourceCount: URIRef
    firstReported: URIRef
    lastReported: URIRef
    geonamesId: URIRef
    admin1: URIRef
    countryCode: URIRef
    geoPrecision: URIRef

    # individuals
    Asserted: URIRef
    Planned: URIRef
    Threatened: URIRef
    Inspired: URIRef
    Hypothetical: URIRef
    Positive: URIRef
    Negative: URIRef

    _NS = Namespace(ONTOLOGY_IRI + "#")


class SEM(DefinedNamespace):
    """The Simple Event Model terms kg uses (http://semanticweb.cs.vu.nl/2009/11/sem/)."""

    _fail = True

    Event: URIRef
    Actor: URIRef
    Place: URIRef
    hasActor: URIRef
    hasPlace: URIRef
    hasTimeStamp: URIRef

    _NS = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")


class NIF(DefinedNamespace):
    """The NIF 2.0 Core terms kg uses for text spans."""

    _fail = True

    Context: URIRef
    Sentence: URIRef
    String: URIRef
    sentence: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    anchorOf: URIRef
    isString: URIRef
    referenceContext: URIRef

    _NS = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")


class GAF(DefinedNamespace):
    """The Grounded Annotation Framework (NewsReader): an event instance is denoted by its mentions."""

    _fail = True

    denotedBy: URIRef

    _NS = Namespace("http://groundedannotationframework.org/gaf#")


class GEO(DefinedNamespace):
    """The GeoSPARQL 1.1 terms kg writes for a place's point (http://www.opengis.net/ont/geosparql#)."""

    _fail = True

    Geometry: URIRef
    hasGeometry: URIRef
    asWKT: URIRef
    wktLiteral: URIRef

    _NS = Namespace("http://www.opengis.net/ont/geosparql#")


PREFIXES: dict[str, str] = {
    "kg": ONTOLOGY_IRI + "#",
    "kgid": ID_BASE,
    "sem": str(SEM._NS),
    "nif": str(NIF._NS),
    "gaf": str(GAF._NS),
    "geo": str(GEO._NS),
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "wd": str(WD),
}
