"""Extractions -> RDF triples under the kg ontology.

Every document becomes one named graph whose name is the document's IRI; :func:`document_triples`
yields exactly the triples of that graph, so a store replaces a re-read document by dropping one
graph and adding these.  The triples are pyoxigraph terms, what both stores take (the embedded
store as they are, a SPARQL server as their N-Triples text); :func:`to_graph` gives an rdflib
Graph for rdflib's APIs (pySHACL).  Everything here is a pure function of its input: no clock, no randomness,
no I/O, so the same extraction gives the same triples in every run.

The graph of one document (see docs/ONTOLOGY.md for the terms)::

    <doc>      a kg:Document, nif:Context; kg:documentId; dcterms:title; dcterms:date; dcterms:source
    <doc#char=b,e>  a nif:Sentence; nif:beginIndex b; nif:endIndex e; nif:anchorOf; nif:referenceContext <doc>
    <event>    a <its type's class> (kg:Attack, ...), sem:Event; kg:agent; <its roles' properties>
               (kg:target | kg:defectedFrom, kg:defectedTo | kg:pledgedTo); sem:hasPlace; sem:hasTimeStamp;
               kg:modality; kg:polarity; kg:confidence; kg:trigger; prov:wasDerivedFrom <doc#char=b,e>;
               kg:document <doc>; prov:wasGeneratedBy <run>; gaf:denotedBy <doc#char=t,u> (each mention)
    <doc#char=t,u>  a kg:EventMention, nif:String; nif:beginIndex t; nif:endIndex u; nif:anchorOf (the
               trigger); nif:referenceContext <doc>; nif:sentence <doc#char=b,e>; kg:confidence
    <actor>    a kg:Actor, kg:State|...; rdfs:label; owl:sameAs wd:Q...; kg:alias; kg:mentionedIn <doc>
    <place>    a kg:Place; rdfs:label; owl:sameAs wd:Q...; kg:alias; kg:mentionedIn <doc>; when geocoded
               kg:geonamesId; kg:admin1; kg:countryCode; kg:geoPrecision; geo:hasGeometry <geometry>
    <geometry> a geo:Geometry; geo:asWKT "POINT(lon lat)"^^geo:wktLiteral
    <run>      a prov:Activity; kg:model; kg:softwareVersion

The actors, places and objects (with their geometries) are described only in the graph of a document that
reports at least one event: there every actor and place the document names is described, in an event or not;
a document without events keeps its document node and the run (kg is an event graph, docs/BUILD.md).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import re
import unicodedata
import urllib.parse
from collections.abc import Iterable, Iterator, Mapping

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, XSD

import kg
from kg import events
from kg.models import (
    Document,
    Entity,
    EntityKind,
    Event,
    EventMention,
    EventType,
    Extraction,
    Geocode,
    Modality,
    Span,
)
from kg.rdf.formats import clean_text
from kg.rdf.iri import LOCAL_KEY, document_iri, entity_iri, geometry_iri, mint
from kg.rdf.terms import OxTriple, canonical_decimal, from_oxigraph, iri
from kg.rdf.vocab import GAF, GEO, KG, NIF, PREFIXES, SEM, WD

Triple = OxTriple

# Event classes and role properties come from the event types' specs (kg.events), live, so a
# type registered later is written too.
EVENT_CLASS: Mapping[EventType, URIRef] = events.CLASSES

ACTOR_CLASS: dict[EntityKind, URIRef] = {
    EntityKind.STATE: KG.State,
    EntityKind.ARMED_GROUP: KG.ArmedGroup,
    EntityKind.ORGANISATION: KG.Organisation,
    EntityKind.PERSON: KG.Person,
    EntityKind.COLLECTIVE: KG.Collective,
}

MODALITY: dict[Modality, URIRef] = {
    Modality.ASSERTED: KG.Asserted,
    Modality.PLANNED: KG.Planned,
    Modality.THREATENED: KG.Threatened,
    Modality.INSPIRED: KG.Inspired,
    Modality.HYPOTHETICAL: KG.Hypothetical,
}

# The property that links an event to its ``target`` and ``to`` mentions, by type.  ``agent`` is
# kg:agent for every type; a type without a role does not emit that role.
TARGET_PROPERTY: Mapping[EventType, URIRef] = events.role_properties("target")
TO_PROPERTY: Mapping[EventType, URIRef] = events.role_properties("to")

# The terms written for every document, event and entity, as pyoxigraph IRIs made once.
_TYPE, _LABEL, _SAME_AS = iri(RDF.type), iri(RDFS.label), iri(OWL.sameAs)
_DERIVED_FROM, _GENERATED_BY, _ACTIVITY = iri(PROV.wasDerivedFrom), iri(PROV.wasGeneratedBy), iri(PROV.Activity)
_SENTENCE, _CONTEXT, _BEGIN, _END = iri(NIF.Sentence), iri(NIF.Context), iri(NIF.beginIndex), iri(NIF.endIndex)
_ANCHOR_OF, _REFERENCE_CONTEXT = iri(NIF.anchorOf), iri(NIF.referenceContext)
_SEM_EVENT, _HAS_PLACE, _HAS_TIME = iri(SEM.Event), iri(SEM.hasPlace), iri(SEM.hasTimeStamp)
_AGENT, _MODALITY, _POLARITY, _CONFIDENCE = iri(KG.agent), iri(KG.modality), iri(KG.polarity), iri(KG.confidence)
_TRIGGER, _DOCUMENT, _ALIAS, _MENTIONED_IN = iri(KG.trigger), iri(KG.document), iri(KG.alias), iri(KG.mentionedIn)
_PLACE, _ACTOR, _POSITIVE, _NEGATIVE = iri(KG.Place), iri(KG.Actor), iri(KG.Positive), iri(KG.Negative)
_DENOTED_BY, _EVENT_MENTION = iri(GAF.denotedBy), iri(KG.EventMention)
_STRING, _IN_SENTENCE = iri(NIF.String), iri(NIF.sentence)
_DOCUMENT_CLASS, _DOCUMENT_ID, _TITLE = iri(KG.Document), iri(KG.documentId), iri(DCTERMS.title)
_DATE_PROPERTY, _SOURCE, _OBJECT = iri(DCTERMS.date), iri(DCTERMS.source), iri(KG.Object)
_MODEL, _SOFTWARE_VERSION = iri(KG.model), iri(KG.softwareVersion)
_GEONAMES_ID, _ADMIN1 = iri(KG.geonamesId), iri(KG.admin1)
_COUNTRY_CODE, _GEO_PRECISION = iri(KG.countryCode), iri(KG.geoPrecision)
_HAS_GEOMETRY, _GEOMETRY, _AS_WKT, _WKT_LITERAL = (
    iri(GEO.hasGeometry),
    iri(GEO.Geometry),
    iri(GEO.asWKT),
    iri(GEO.wktLiteral),
)
_XSD_INTEGER, _XSD_DECIMAL, _XSD_DATE = iri(XSD.integer), iri(XSD.decimal), iri(XSD.date)
_XSD_YEAR_MONTH, _XSD_YEAR, _XSD_ANY_URI = iri(XSD.gYearMonth), iri(XSD.gYear), iri(XSD.anyURI)
_MODALITY_NODE = {modality: iri(node) for modality, node in MODALITY.items()}
_ACTOR_CLASS_NODE = {kind: iri(node) for kind, node in ACTOR_CLASS.items()}

_WIKIDATA_ID = re.compile(r"Q[1-9][0-9]*")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_YEAR_MONTH = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])")
_YEAR = re.compile(r"[0-9]{4}")
_IRI_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_ASCII = "".join(chr(c) for c in range(0x80))
# RFC 3987 leaves these out of IRIs; strict parsers (pyoxigraph, rapper) reject them.
_IRI_FORBIDDEN = re.compile('[\x00-\x20<>"{}|\\\\^`\x7f-\x9f\ud800-\udfff\ufffe\uffff]')


def text_literal(text: str) -> ox.Literal:
    """A plain string literal of ``text`` that any RDF serialiser can write (see :func:`clean_text`)."""
    return ox.Literal(clean_text(text))


# Labels, aliases and triggers repeat across documents.
_name_literal = functools.lru_cache(maxsize=1 << 14)(text_literal)


@functools.lru_cache(maxsize=1 << 14)
def _offset(n: int) -> ox.Literal:
    # xsd:integer, not nonNegativeInteger: Oxigraph stores every integer type as xsd:integer, and a
    # graph must read back from the store exactly as it was written.
    return ox.Literal(str(n), datatype=_XSD_INTEGER)


@functools.lru_cache(maxsize=1 << 15)
def _entity_node(value: str) -> ox.NamedNode:
    # Actors and places recur across documents and events.
    return ox.NamedNode(value)


def _entity_term(entity: Entity) -> ox.NamedNode:
    """The node of an actor or place: cached, but for a document-local entity, which no other document meets."""
    value = entity_iri(entity)
    return ox.NamedNode(value) if entity.key.startswith(LOCAL_KEY) else _entity_node(value)


def _span(doc: ox.NamedNode, start: int, end: int) -> ox.NamedNode:
    """The RFC 5147 fragment IRI of characters ``start:end`` of ``doc`` (see :func:`kg.rdf.iri.span_iri`)."""
    return ox.NamedNode(f"{doc.value}#char={start},{end}")


@functools.lru_cache(maxsize=4096)
def date_literal(value: str | None) -> ox.Literal | None:
    """``value`` as an xsd:date, xsd:gYearMonth or xsd:gYear literal by its precision, or None.

    None for missing or unparsable values (``"2016-02-30"``, ``"last week"``), so a bad date in one
    record drops that date instead of writing an ill-typed literal.
    """
    if value is None:
        return None
    value = value.strip()
    if _DATE.fullmatch(value):
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return None
        return ox.Literal(value, datatype=_XSD_DATE)
    if _YEAR_MONTH.fullmatch(value):
        return ox.Literal(value, datatype=_XSD_YEAR_MONTH)
    if _YEAR.fullmatch(value):
        return ox.Literal(value, datatype=_XSD_YEAR)
    return None


def publication_date(value: str | None) -> ox.Literal | None:
    """The xsd:date of an ISO date or date-time string (``"2016-04-08T10:00Z"`` -> 2016-04-08), or None."""
    if value is None:
        return None
    value = value.strip()
    if _DATE.fullmatch(value):
        return date_literal(value)
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return ox.Literal(moment.date().isoformat(), datatype=_XSD_DATE)


def is_valid_iri(value: str) -> bool:
    """True if ``value`` is an absolute IRI that strict RDF parsers accept.

    pyoxigraph's RFC 3987 parser is the judge (percent-encoding, hosts, ports); the checks in front
    of it also keep out what it allows but other parsers split on or refuse: non-ASCII spaces and
    separators (rdflib's N-Triples parser breaks an IRI at U+00A0) and other invisible characters.
    """
    if not _IRI_SCHEME.match(value) or _IRI_FORBIDDEN.search(value):
        return False
    if any(ord(c) > 0x7E and unicodedata.category(c)[0] in "ZC" for c in value):
        return False
    try:
        ox.NamedNode(value)
    except ValueError:
        return False
    return True


def source_node(url: str) -> ox.NamedNode | ox.Literal:
    """A document's URL as an IRI when it is a valid one, else as an xsd:anyURI literal (cleaned text).

    Non-ASCII characters are percent-encoded first (RFC 3987's IRI-to-URI mapping), so the IRI is
    plain ASCII that every parser and triple store reads the same way.
    """
    url = url.strip()
    uri = urllib.parse.quote(clean_text(url), safe=_ASCII)
    if is_valid_iri(uri):
        return ox.NamedNode(uri)
    return ox.Literal(clean_text(url), datatype=_XSD_ANY_URI)


@functools.lru_cache(maxsize=4096)
def confidence_literal(confidence: float) -> ox.Literal:
    """``confidence`` as an xsd:decimal with at most three decimals, canonical (0.8123 -> "0.812", 0.66 -> "0.66").

    Values outside [0, 1] are written as they are so that validation reports them; NaN and
    infinities have no xsd:decimal form and raise ValueError.
    """
    if not math.isfinite(confidence):
        raise ValueError(f"event confidence must be a finite number, got {confidence!r}")
    # Oxigraph stores xsd:decimal canonically; writing that form keeps a rebuilt document unchanged.
    return ox.Literal(canonical_decimal(f"{confidence:.3f}"), datatype=_XSD_DECIMAL)


@functools.lru_cache(maxsize=64)
def run_iri(model: str) -> URIRef:
    """The IRI of the extraction run (prov:Activity) of this kg version with ``model``.

    The run has no timestamp: two builds with the same software and model are the same activity,
    which keeps builds idempotent.
    """
    return mint("run", model, key=f"{kg.__version__}|{model}")


def event_iri(document: Document, event: Event) -> URIRef:
    """The IRI of ``event``: the same event read from the same document always gets the same IRI.

    The key is the document id, the type, the primary trigger's offsets, the role fillers' entity keys,
    the location's and the time, JSON-encoded so that no separator inside a key can make two
    events collide.  Location and time are in the key because one trigger can carry several
    events ("air strikes on Mosul and Raqqa").
    """
    roles = [
        [m.entity.key for m in event.agents],
        [m.entity.key for m in event.targets],
        event.to.entity.key if event.to is not None else None,
        event.location.entity.key if event.location is not None else None,
    ]
    key = json.dumps(
        [document.id, event.type.value, event.trigger.start, event.trigger.end, *roles, event.time],
        ensure_ascii=False,
    )
    return mint("event", event.type.value.lower(), key)


def distinct_events(document: Document, events: Iterable[Event]) -> list[tuple[URIRef, Event]]:
    """``events`` with their IRIs, one per IRI: of events that share an IRI the most confident is kept.

    An extractor can report the same event twice (two rules firing on one trigger); writing both
    would give one node two confidences and two modalities.  Ties keep the earlier event, and the
    order of first appearance is kept, so the result is deterministic.
    """
    chosen: dict[URIRef, Event] = {}
    for event in events:
        node = event_iri(document, event)
        if node not in chosen or event.confidence > chosen[node].confidence:
            chosen[node] = event
    return list(chosen.items())


def document_triples(extraction: Extraction, *, model: str) -> Iterator[Triple]:
    """Yield every triple of the named graph of ``extraction.document`` (named :func:`kg.rdf.iri.document_iri`).

    ``model`` names the spaCy pipeline and its version ("en_core_web_sm 3.8.0"); it goes on the
    run's prov:Activity.  Triples may repeat (a sentence with two events); put them in a set or
    a graph.
    """
    document = extraction.document
    doc = ox.NamedNode(document_iri(document.id))
    run = iri(run_iri(model))

    yield from _document(doc, document)
    yield run, _TYPE, _ACTIVITY
    yield run, _MODEL, text_literal(model)
    yield run, _SOFTWARE_VERSION, ox.Literal(kg.__version__)

    chosen = distinct_events(document, extraction.events)
    for node, event in chosen:
        yield from _event(doc, ox.NamedNode(node), event, run)
    yield from _event_mentions(doc, (event for _, event in chosen))

    # kg is an event graph: a document that reports no event stores its document node and metadata only, not
    # the actors and places it names (so skipping it unparsed, kg/extract/prefilter.py, stores the same graph).
    if chosen:
        yield from _entities(doc, extraction)


def to_graph(extraction: Extraction, *, model: str) -> Graph:
    """The triples of :func:`document_triples` as rdflib terms in a new Graph named by the document IRI, prefixes bound.

    For rdflib's APIs (pySHACL, users' own code); kg itself stores and writes pyoxigraph terms.
    """
    g = Graph(identifier=document_iri(extraction.document.id))
    bind_prefixes(g)
    for s, p, o in document_triples(extraction, model=model):
        g.add((from_oxigraph(s), from_oxigraph(p), from_oxigraph(o)))
    return g


def bind_prefixes(g: Graph) -> Graph:
    """Bind kg's prefixes (:data:`kg.rdf.vocab.PREFIXES`) on ``g``, replacing rdflib's defaults; returns ``g``."""
    for prefix, namespace in PREFIXES.items():
        g.bind(prefix, namespace, override=True, replace=True)
    return g


def _document(doc: ox.NamedNode, document: Document) -> Iterator[Triple]:
    yield doc, _TYPE, _DOCUMENT_CLASS
    yield doc, _TYPE, _CONTEXT
    yield doc, _DOCUMENT_ID, text_literal(document.id)
    if document.title:
        yield doc, _TITLE, text_literal(document.title)
    date = publication_date(document.date)
    if date is not None:
        yield doc, _DATE_PROPERTY, date
    if document.url and document.url.strip():
        yield doc, _SOURCE, source_node(document.url)


def _sentence(doc: ox.NamedNode, span: Span) -> Iterator[Triple]:
    sentence = _span(doc, span.start, span.end)
    yield sentence, _TYPE, _SENTENCE
    yield sentence, _BEGIN, _offset(span.start)
    yield sentence, _END, _offset(span.end)
    yield sentence, _ANCHOR_OF, text_literal(span.text)
    yield sentence, _REFERENCE_CONTEXT, doc


def _event(doc: ox.NamedNode, node: ox.NamedNode, event: Event, run: ox.NamedNode) -> Iterator[Triple]:
    yield from _sentence(doc, event.sentence)

    yield node, _TYPE, iri(EVENT_CLASS[event.type])
    yield node, _TYPE, _SEM_EVENT
    for agent in event.agents:
        yield node, _AGENT, _entity_term(agent.entity)
    if event.type in TARGET_PROPERTY:
        target_property = iri(TARGET_PROPERTY[event.type])
        for target in event.targets:
            yield node, target_property, _entity_term(target.entity)
    if event.to is not None and event.type in TO_PROPERTY:
        yield node, iri(TO_PROPERTY[event.type]), _entity_term(event.to.entity)
    if event.location is not None:
        place = _entity_term(event.location.entity)
        yield node, _HAS_PLACE, place
        # A country in a location role ("in Syria") is kept as one node that is both the state
        # actor and the place, rather than two nodes the network would have to merge.
        yield place, _TYPE, _PLACE
    timestamp = date_literal(event.time)
    if timestamp is not None:
        yield node, _HAS_TIME, timestamp
    yield node, _MODALITY, _MODALITY_NODE[event.modality]
    yield node, _POLARITY, _NEGATIVE if event.negated else _POSITIVE
    yield node, _CONFIDENCE, confidence_literal(event.confidence)
    yield node, _TRIGGER, _name_literal(event.trigger.text)
    yield node, _DERIVED_FROM, _span(doc, event.sentence.start, event.sentence.end)
    yield node, _DOCUMENT, doc
    yield node, _GENERATED_BY, run
    for mention in event.evidence:
        yield node, _DENOTED_BY, _span(doc, mention.trigger.start, mention.trigger.end)


def _event_mentions(doc: ox.NamedNode, events: Iterable[Event]) -> Iterator[Triple]:
    """Every mention of the events as evidence (NewsReader's GAF: an event gaf:denotedBy the NIF span of
    each trigger, which points to its sentence); a trigger that reports two events is described once,
    with the higher confidence."""
    best: dict[tuple[int, int], EventMention] = {}
    for event in events:
        for mention in event.evidence:
            span = (mention.trigger.start, mention.trigger.end)
            if span not in best or mention.confidence > best[span].confidence:
                best[span] = mention
    for mention in best.values():
        yield from _sentence(doc, mention.sentence)
        anchor = _span(doc, mention.trigger.start, mention.trigger.end)
        yield anchor, _TYPE, _EVENT_MENTION
        yield anchor, _TYPE, _STRING
        yield anchor, _BEGIN, _offset(mention.trigger.start)
        yield anchor, _END, _offset(mention.trigger.end)
        yield anchor, _ANCHOR_OF, text_literal(mention.trigger.text)
        yield anchor, _REFERENCE_CONTEXT, doc
        yield anchor, _IN_SENTENCE, _span(doc, mention.sentence.start, mention.sentence.end)
        yield anchor, _CONFIDENCE, confidence_literal(mention.confidence)


def _geometry(node: ox.NamedNode, geometry: ox.NamedNode, geo: Geocode) -> Iterator[Triple]:
    """A geocoded place's GeoSPARQL point and its GeoNames id, division, country and ACLED precision."""
    yield node, _GEONAMES_ID, _offset(geo.geonames_id)
    if geo.admin1:
        yield node, _ADMIN1, _name_literal(geo.admin1)
    yield node, _COUNTRY_CODE, _name_literal(geo.country_code)
    yield node, _GEO_PRECISION, _offset(geo.precision)
    yield node, _HAS_GEOMETRY, geometry
    yield geometry, _TYPE, _GEOMETRY
    yield geometry, _AS_WKT, wkt_point(geo.longitude, geo.latitude)


def wkt_point(longitude: float, latitude: float) -> ox.Literal:
    """A GeoSPARQL WKT point: longitude first, as WKT in the default CRS84 has it."""
    return ox.Literal(f"POINT({longitude!r} {latitude!r})", datatype=_WKT_LITERAL)


def _entities(doc: ox.NamedNode, extraction: Extraction) -> Iterator[Triple]:
    # One description per IRI: the first entity seen gives the label, kind and Wikidata link, so
    # an inconsistent extraction still yields exactly one rdfs:label per node.
    first: dict[ox.NamedNode, Entity] = {}
    aliases: dict[ox.NamedNode, dict[str, None]] = {}
    for mention in extraction.every_mention():
        node = _entity_term(mention.entity)
        first.setdefault(node, mention.entity)
        if mention.span.text.strip():
            aliases.setdefault(node, {})[mention.span.text] = None

    for node, entity in first.items():
        if entity.kind is EntityKind.PLACE:
            yield node, _TYPE, _PLACE
        elif entity.kind is EntityKind.OBJECT:
            yield node, _TYPE, _OBJECT
        else:
            yield node, _TYPE, _ACTOR
            yield node, _TYPE, _ACTOR_CLASS_NODE[entity.kind]
        # A geocoded place is named as the gazetteer names it, so the documents that call it "Raqqa"
        # and "al-Raqqah" give one label; what each wrote stays in kg:alias.  A country keeps the
        # actor gazetteer's label, being one node with the state.
        geo = entity.geo if entity.kind is EntityKind.PLACE else None
        label = geo.name if geo is not None and not entity.key.startswith("gaz:") else entity.label
        yield node, _LABEL, _name_literal(label)
        if geo is not None:
            yield from _geometry(node, _entity_node(geometry_iri(entity)), geo)
        if entity.wikidata and _WIKIDATA_ID.fullmatch(entity.wikidata.strip()):
            yield node, _SAME_AS, iri(WD[entity.wikidata.strip()])
        for alias in aliases.get(node, {}):
            yield node, _ALIAS, _name_literal(alias)
        yield node, _MENTIONED_IN, doc
