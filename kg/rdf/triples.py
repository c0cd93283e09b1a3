"""Extractions -> RDF triples under the kg ontology.

Every document becomes one named graph whose name is the document's IRI; :func:`document_triples`
yields exactly the triples of that graph, so a store replaces a re-read document by dropping one
graph and adding these.  Everything here is a pure function of its input: no clock, no randomness,
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
from decimal import Decimal

import pyoxigraph
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, XSD
from rdflib.term import Node

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
    Mention,
    Modality,
    Span,
)
from kg.rdf.formats import clean_text
from kg.rdf.iri import document_iri, entity_iri, geometry_iri, mint, span_iri
from kg.rdf.vocab import GAF, GEO, KG, NIF, PREFIXES, SEM, WD

Triple = tuple[Node, Node, Node]

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

# The terms written for every event and entity, looked up once: reading a DefinedNamespace
# attribute builds its answer anew each time (about 1.5 µs), and kg build wrote ~400 per document.
_TYPE, _LABEL, _SAME_AS = RDF.type, RDFS.label, OWL.sameAs
_DERIVED_FROM, _GENERATED_BY, _ACTIVITY = PROV.wasDerivedFrom, PROV.wasGeneratedBy, PROV.Activity
_SENTENCE, _CONTEXT, _BEGIN, _END = NIF.Sentence, NIF.Context, NIF.beginIndex, NIF.endIndex
_ANCHOR_OF, _REFERENCE_CONTEXT = NIF.anchorOf, NIF.referenceContext
_SEM_EVENT, _HAS_PLACE, _HAS_TIME = SEM.Event, SEM.hasPlace, SEM.hasTimeStamp
_AGENT, _MODALITY, _POLARITY, _CONFIDENCE = KG.agent, KG.modality, KG.polarity, KG.confidence
_TRIGGER, _DOCUMENT, _ALIAS, _MENTIONED_IN = KG.trigger, KG.document, KG.alias, KG.mentionedIn
_PLACE, _ACTOR, _POSITIVE, _NEGATIVE = KG.Place, KG.Actor, KG.Positive, KG.Negative
_DENOTED_BY, _EVENT_MENTION, _STRING, _IN_SENTENCE = GAF.denotedBy, KG.EventMention, NIF.String, NIF.sentence

_WIKIDATA_ID = re.compile(r"Q[1-9][0-9]*")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_YEAR_MONTH = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])")
_YEAR = re.compile(r"[0-9]{4}")
_IRI_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_ASCII = "".join(chr(c) for c in range(0x80))
# RFC 3987 leaves these out of IRIs; strict parsers (pyoxigraph, rapper) reject them.
_IRI_FORBIDDEN = re.compile('[\x00-\x20<>"{}|\\\\^`\x7f-\x9f\ud800-\udfff\ufffe\uffff]')


def text_literal(text: str) -> Literal:
    """A plain string literal of ``text`` that any RDF serialiser can write (see :func:`clean_text`)."""
    return Literal(clean_text(text))


# Labels, aliases and triggers repeat across documents; an rdflib Literal costs ~4 µs to make.
_name_literal = functools.lru_cache(maxsize=1 << 14)(text_literal)


@functools.lru_cache(maxsize=1 << 14)
def _offset(n: int) -> Literal:
    # xsd:integer, not nonNegativeInteger: Oxigraph stores every integer type as xsd:integer, and a
    # graph must read back from the store exactly as it was written.
    return Literal(n, datatype=XSD.integer)


@functools.lru_cache(maxsize=4096)
def date_literal(value: str | None) -> Literal | None:
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
        return Literal(value, datatype=XSD.date)
    if _YEAR_MONTH.fullmatch(value):
        return Literal(value, datatype=XSD.gYearMonth)
    if _YEAR.fullmatch(value):
        return Literal(value, datatype=XSD.gYear)
    return None


def publication_date(value: str | None) -> Literal | None:
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
    return Literal(moment.date().isoformat(), datatype=XSD.date)


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
        pyoxigraph.NamedNode(value)
    except ValueError:
        return False
    return True


def source_node(url: str) -> URIRef | Literal:
    """A document's URL as an IRI when it is a valid one, else as an xsd:anyURI literal (cleaned text).

    Non-ASCII characters are percent-encoded first (RFC 3987's IRI-to-URI mapping), so the IRI is
    plain ASCII that every parser and triple store reads the same way.
    """
    url = url.strip()
    uri = urllib.parse.quote(clean_text(url), safe=_ASCII)
    if is_valid_iri(uri):
        return URIRef(uri)
    return Literal(clean_text(url), datatype=XSD.anyURI)


@functools.lru_cache(maxsize=4096)
def confidence_literal(confidence: float) -> Literal:
    """``confidence`` as an xsd:decimal with three decimals (0.8123 -> "0.812").

    Values outside [0, 1] are written as they are so that validation reports them; NaN and
    infinities have no xsd:decimal form and raise ValueError.
    """
    if not math.isfinite(confidence):
        raise ValueError(f"event confidence must be a finite number, got {confidence!r}")
    return Literal(Decimal(f"{confidence:.3f}"), datatype=XSD.decimal)


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
    doc = document_iri(document.id)
    run = run_iri(model)

    yield from _document(doc, document)
    yield run, _TYPE, _ACTIVITY
    yield run, KG.model, text_literal(model)
    yield run, KG.softwareVersion, Literal(kg.__version__)

    chosen = distinct_events(document, extraction.events)
    for node, event in chosen:
        yield from _event(doc, node, event, run)
    yield from _event_mentions(doc, (event for _, event in chosen))

    yield from _entities(doc, extraction)


def to_graph(extraction: Extraction, *, model: str) -> Graph:
    """The triples of :func:`document_triples` in a new Graph named by the document IRI, prefixes bound."""
    g = Graph(identifier=document_iri(extraction.document.id))
    bind_prefixes(g)
    for triple in document_triples(extraction, model=model):
        g.add(triple)
    return g


def bind_prefixes(g: Graph) -> Graph:
    """Bind kg's prefixes (:data:`kg.rdf.vocab.PREFIXES`) on ``g``, replacing rdflib's defaults; returns ``g``."""
    for prefix, namespace in PREFIXES.items():
        g.bind(prefix, namespace, override=True, replace=True)
    return g


def _document(doc: URIRef, document: Document) -> Iterator[Triple]:
    yield doc, _TYPE, KG.Document
    yield doc, _TYPE, _CONTEXT
    yield doc, KG.documentId, text_literal(document.id)
    if document.title:
        yield doc, DCTERMS.title, text_literal(document.title)
    date = publication_date(document.date)
    if date is not None:
        yield doc, DCTERMS.date, date
    if document.url and document.url.strip():
        yield doc, DCTERMS.source, source_node(document.url)


def _sentence(doc: URIRef, span: Span) -> Iterator[Triple]:
    sentence = span_iri(doc, span.start, span.end)
    yield sentence, _TYPE, _SENTENCE
    yield sentence, _BEGIN, _offset(span.start)
    yield sentence, _END, _offset(span.end)
    yield sentence, _ANCHOR_OF, text_literal(span.text)
    yield sentence, _REFERENCE_CONTEXT, doc


def _event(doc: URIRef, node: URIRef, event: Event, run: URIRef) -> Iterator[Triple]:
    yield from _sentence(doc, event.sentence)

    yield node, _TYPE, EVENT_CLASS[event.type]
    yield node, _TYPE, _SEM_EVENT
    for agent in event.agents:
        yield node, _AGENT, entity_iri(agent.entity)
    if event.type in TARGET_PROPERTY:
        for target in event.targets:
            yield node, TARGET_PROPERTY[event.type], entity_iri(target.entity)
    if event.to is not None and event.type in TO_PROPERTY:
        yield node, TO_PROPERTY[event.type], entity_iri(event.to.entity)
    if event.location is not None:
        place = entity_iri(event.location.entity)
        yield node, _HAS_PLACE, place
        # A country in a location role ("in Syria") is kept as one node that is both the state
        # actor and the place, rather than two nodes the network would have to merge.
        yield place, _TYPE, _PLACE
    timestamp = date_literal(event.time)
    if timestamp is not None:
        yield node, _HAS_TIME, timestamp
    yield node, _MODALITY, MODALITY[event.modality]
    yield node, _POLARITY, _NEGATIVE if event.negated else _POSITIVE
    yield node, _CONFIDENCE, confidence_literal(event.confidence)
    yield node, _TRIGGER, _name_literal(event.trigger.text)
    yield node, _DERIVED_FROM, span_iri(doc, event.sentence.start, event.sentence.end)
    yield node, _DOCUMENT, doc
    yield node, _GENERATED_BY, run
    for mention in event.evidence:
        yield node, _DENOTED_BY, span_iri(doc, mention.trigger.start, mention.trigger.end)


def _event_mentions(doc: URIRef, events: Iterable[Event]) -> Iterator[Triple]:
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
        anchor = span_iri(doc, mention.trigger.start, mention.trigger.end)
        yield anchor, _TYPE, _EVENT_MENTION
        yield anchor, _TYPE, _STRING
        yield anchor, _BEGIN, _offset(mention.trigger.start)
        yield anchor, _END, _offset(mention.trigger.end)
        yield anchor, _ANCHOR_OF, text_literal(mention.trigger.text)
        yield anchor, _REFERENCE_CONTEXT, doc
        yield anchor, _IN_SENTENCE, span_iri(doc, mention.sentence.start, mention.sentence.end)
        yield anchor, _CONFIDENCE, confidence_literal(mention.confidence)


def _geometry(node: URIRef, geometry: URIRef, geo: Geocode) -> Iterator[Triple]:
    """A geocoded place's GeoSPARQL point and its GeoNames id, division, country and ACLED precision."""
    yield node, KG.geonamesId, _offset(geo.geonames_id)
    if geo.admin1:
        yield node, KG.admin1, _name_literal(geo.admin1)
    yield node, KG.countryCode, _name_literal(geo.country_code)
    yield node, KG.geoPrecision, _offset(geo.precision)
    yield node, GEO.hasGeometry, geometry
    yield geometry, _TYPE, GEO.Geometry
    yield geometry, GEO.asWKT, wkt_point(geo.longitude, geo.latitude)


def wkt_point(longitude: float, latitude: float) -> Literal:
    """A GeoSPARQL WKT point: longitude first, as WKT in the default CRS84 has it."""
    return Literal(f"POINT({longitude!r} {latitude!r})", datatype=GEO.wktLiteral)


def _mentions(extraction: Extraction) -> Iterator[Mention]:
    yield from extraction.mentions
    for event in extraction.events:
        yield from event.agents
        yield from event.targets
        for mention in (event.to, event.location):
            if mention is not None:
                yield mention


def _entities(doc: URIRef, extraction: Extraction) -> Iterator[Triple]:
    # One description per IRI: the first entity seen gives the label, kind and Wikidata link, so
    # an inconsistent extraction still yields exactly one rdfs:label per node.
    first: dict[URIRef, Entity] = {}
    aliases: dict[URIRef, dict[str, None]] = {}
    for mention in _mentions(extraction):
        node = entity_iri(mention.entity)
        first.setdefault(node, mention.entity)
        if mention.span.text.strip():
            aliases.setdefault(node, {})[mention.span.text] = None

    for node, entity in first.items():
        if entity.kind is EntityKind.PLACE:
            yield node, _TYPE, _PLACE
        elif entity.kind is EntityKind.OBJECT:
            yield node, _TYPE, KG.Object
        else:
            yield node, _TYPE, _ACTOR
            yield node, _TYPE, ACTOR_CLASS[entity.kind]
        # A geocoded place is named as the gazetteer names it, so the documents that call it "Raqqa"
        # and "al-Raqqah" give one label; what each wrote stays in kg:alias.  A country keeps the
        # actor gazetteer's label, being one node with the state.
        geo = entity.geo if entity.kind is EntityKind.PLACE else None
        label = geo.name if geo is not None and not entity.key.startswith("gaz:") else entity.label
        yield node, _LABEL, _name_literal(label)
        if geo is not None:
            yield from _geometry(node, geometry_iri(entity), geo)
        if entity.wikidata and _WIKIDATA_ID.fullmatch(entity.wikidata.strip()):
            yield node, _SAME_AS, WD[entity.wikidata.strip()]
        for alias in aliases.get(node, {}):
            yield node, _ALIAS, _name_literal(alias)
        yield node, _MENTIONED_IN, doc
