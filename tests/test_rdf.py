"""Extractions -> triples (kg/rdf/triples.py): graphs compared as graphs, determinism, Unicode round trips."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS

import kg
from kg.models import Document, Entity, EntityKind, Event, EventType, Extraction, Mention, Modality, Span
from kg.rdf import iri
from kg.rdf.terms import canonical_decimal, from_oxigraph
from kg.rdf.triples import (
    clean_text,
    confidence_literal,
    date_literal,
    document_triples,
    event_iri,
    is_valid_iri,
    publication_date,
    run_iri,
    source_node,
    to_graph,
)
from kg.rdf.vocab import GAF, KG, NIF, PREFIXES, SEM, WD

# A plain Namespace: rdflib's XSD DefinedNamespace warns when pytest probes it for fixtures.
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

MODEL = "en_core_web_sm 3.8.0"
ROOT = Path(__file__).resolve().parent.parent

ISIS = Entity("gaz:islamic-state", "Islamic State", EntityKind.ARMED_GROUP, "Q2429253")
USA = Entity("gaz:united-states", "United States", EntityKind.STATE, "Q30")
SYRIA = Entity("gaz:syria", "Syria", EntityKind.STATE, "Q858")
RAQQA = Entity("gaz:raqqa", "Raqqa", EntityKind.PLACE, "Q194179")
FIGHTERS = Entity("hundreds of fighters", "hundreds of fighters", EntityKind.COLLECTIVE)
BAGHDADI = Entity("abu bakr al-baghdadi", "Abu Bakr al-Baghdadi", EntityKind.PERSON)


def mention(text: str, entity: Entity, start: int = 0) -> Mention:
    return Mention(Span(start, start + len(text), text), entity)


def airstrike_extraction() -> Extraction:
    text = "US warplanes bombed ISIS in Raqqa. The jihadist group lost ground."
    sentence = Span(0, 34, text[0:34])
    event = Event(
        type=EventType.AIRSTRIKE,
        sentence=sentence,
        trigger=Span(13, 19, "bombed"),
        agents=(mention("US warplanes", USA, 0),),
        targets=(mention("ISIS", ISIS, 20),),
        location=mention("Raqqa", RAQQA, 28),
        time="2016-05-01",
        confidence=0.8123,
    )
    return Extraction(
        document=Document(
            id="seed:1", text=text, title="Strikes on Raqqa", date="2016-05-02", url="https://example.org/a"
        ),
        events=(event,),
        mentions=(
            mention("US", USA, 0),
            mention("ISIS", ISIS, 20),
            mention("The jihadist group", ISIS, 35),
            mention("Raqqa", RAQQA, 28),
        ),
    )


EXPECTED_AIRSTRIKE = """
@prefix kg: <https://w3id.org/kg/ontology#> .
@prefix sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix gaf: <http://groundedannotationframework.org/gaf#> .

<{doc}> a kg:Document, nif:Context ;
    kg:documentId "seed:1" ;
    dcterms:title "Strikes on Raqqa" ;
    dcterms:date "2016-05-02"^^xsd:date ;
    dcterms:source <https://example.org/a> .

<{sentence}> a nif:Sentence ;
    nif:beginIndex "0"^^xsd:integer ;
    nif:endIndex "34"^^xsd:integer ;
    nif:anchorOf "US warplanes bombed ISIS in Raqqa." ;
    nif:referenceContext <{doc}> .

<{event}> a kg:Airstrike, sem:Event ;
    kg:agent <{usa}> ;
    kg:target <{isis}> ;
    sem:hasPlace <{raqqa}> ;
    sem:hasTimeStamp "2016-05-01"^^xsd:date ;
    kg:modality kg:Asserted ;
    kg:polarity kg:Positive ;
    kg:confidence "0.812"^^xsd:decimal ;
    kg:trigger "bombed" ;
    prov:wasDerivedFrom <{sentence}> ;
    kg:document <{doc}> ;
    prov:wasGeneratedBy <{run}> ;
    gaf:denotedBy <{trigger}> .

<{trigger}> a kg:EventMention, nif:String ;
    nif:beginIndex "13"^^xsd:integer ;
    nif:endIndex "19"^^xsd:integer ;
    nif:anchorOf "bombed" ;
    nif:referenceContext <{doc}> ;
    nif:sentence <{sentence}> ;
    kg:confidence "0.812"^^xsd:decimal .

<{usa}> a kg:Actor, kg:State ;
    rdfs:label "United States" ;
    owl:sameAs wd:Q30 ;
    kg:alias "US", "US warplanes" ;
    kg:mentionedIn <{doc}> .

<{isis}> a kg:Actor, kg:ArmedGroup ;
    rdfs:label "Islamic State" ;
    owl:sameAs wd:Q2429253 ;
    kg:alias "ISIS", "The jihadist group" ;
    kg:mentionedIn <{doc}> .

<{raqqa}> a kg:Place ;
    rdfs:label "Raqqa" ;
    owl:sameAs wd:Q194179 ;
    kg:alias "Raqqa" ;
    kg:mentionedIn <{doc}> .

<{run}> a prov:Activity ;
    kg:model "en_core_web_sm 3.8.0" ;
    kg:softwareVersion "{version}" .
"""


def assert_isomorphic(actual: Graph, expected: Graph) -> None:
    if not isomorphic(actual, expected):
        _both, only_actual, only_expected = graph_diff(to_isomorphic(actual), to_isomorphic(expected))
        pytest.fail(
            "graphs differ\nonly in actual:\n"
            + only_actual.serialize(format="nt")
            + "\nonly in expected:\n"
            + only_expected.serialize(format="nt")
        )


def test_airstrike_graph_matches_expected_turtle():
    extraction = airstrike_extraction()
    doc = iri.document_iri("seed:1")
    expected = Graph().parse(
        data=EXPECTED_AIRSTRIKE.format(
            doc=doc,
            sentence=iri.span_iri(doc, 0, 34),
            trigger=iri.span_iri(doc, 13, 19),
            event=event_iri(extraction.document, extraction.events[0]),
            usa=iri.entity_iri(USA),
            isis=iri.entity_iri(ISIS),
            raqqa=iri.entity_iri(RAQQA),
            run=run_iri(MODEL),
            version=kg.__version__,
        ),
        format="turtle",
    )
    g = to_graph(extraction, model=MODEL)
    assert_isomorphic(g, expected)
    assert g.identifier == doc


def test_defection_and_allegiance_roles():
    sentence = Span(0, 80, "Hundreds of fighters defected from Syria to ISIS and pledged allegiance to Baghdadi.")
    defection = Event(
        type=EventType.DEFECTION,
        sentence=sentence,
        trigger=Span(21, 29, "defected"),
        agents=(mention("Hundreds of fighters", FIGHTERS),),
        targets=(mention("Syria", SYRIA, 35),),
        to=mention("ISIS", ISIS, 44),
        time="2015-03",
    )
    allegiance = Event(
        type=EventType.ALLEGIANCE,
        sentence=sentence,
        trigger=Span(53, 70, "pledged allegiance"),
        agents=(mention("Hundreds of fighters", FIGHTERS),),
        targets=(mention("Baghdadi", BAGHDADI, 74),),
        to=mention("ISIS", ISIS, 44),  # ALLEGIANCE has no "to" role: it must not be written
        time="2015",
        modality=Modality.PLANNED,
        negated=True,
        confidence=1,
    )
    extraction = Extraction(Document(id="d2", text=sentence.text), events=(defection, allegiance))
    g = to_graph(extraction, model=MODEL)
    doc = iri.document_iri("d2")
    d = event_iri(extraction.document, defection)
    a = event_iri(extraction.document, allegiance)
    expected = Graph().parse(
        format="turtle",
        data=f"""
        @prefix kg: <https://w3id.org/kg/ontology#> .
        @prefix sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        @prefix prov: <http://www.w3.org/ns/prov#> .
        @prefix gaf: <http://groundedannotationframework.org/gaf#> .
        <{d}> a kg:Defection, sem:Event ;
            kg:agent <{iri.entity_iri(FIGHTERS)}> ;
            kg:defectedFrom <{iri.entity_iri(SYRIA)}> ;
            kg:defectedTo <{iri.entity_iri(ISIS)}> ;
            sem:hasTimeStamp "2015-03"^^xsd:gYearMonth ;
            kg:modality kg:Asserted ; kg:polarity kg:Positive ;
            kg:confidence "0.5"^^xsd:decimal ; kg:trigger "defected" ;
            prov:wasDerivedFrom <{iri.span_iri(doc, 0, 80)}> ; kg:document <{doc}> ;
            prov:wasGeneratedBy <{run_iri(MODEL)}> ; gaf:denotedBy <{iri.span_iri(doc, 21, 29)}> .
        <{a}> a kg:Allegiance, sem:Event ;
            kg:agent <{iri.entity_iri(FIGHTERS)}> ;
            kg:pledgedTo <{iri.entity_iri(BAGHDADI)}> ;
            sem:hasTimeStamp "2015"^^xsd:gYear ;
            kg:modality kg:Planned ; kg:polarity kg:Negative ;
            kg:confidence "1"^^xsd:decimal ; kg:trigger "pledged allegiance" ;
            prov:wasDerivedFrom <{iri.span_iri(doc, 0, 80)}> ; kg:document <{doc}> ;
            prov:wasGeneratedBy <{run_iri(MODEL)}> ; gaf:denotedBy <{iri.span_iri(doc, 53, 70)}> .
        """,
    )
    events = Graph()
    for s in (d, a):
        for p, o in g.predicate_objects(s):
            events.add((s, p, o))
    assert_isomorphic(events, expected)
    # one sentence node shared by both events
    assert len(set(g.subjects(RDF.type, NIF.Sentence))) == 1
    assert (iri.entity_iri(FIGHTERS), RDF.type, KG.Collective) in g
    assert (iri.entity_iri(BAGHDADI), RDF.type, KG.Person) in g


def test_attack_uses_target_not_defection_roles():
    event = Event(
        type=EventType.ATTACK,
        sentence=Span(0, 30, "ISIS shelled Syrian troops."),
        trigger=Span(5, 12, "shelled"),
        agents=(mention("ISIS", ISIS),),
        targets=(mention("Syrian troops", SYRIA, 13),),
        to=mention("Raqqa", RAQQA),
    )
    g = to_graph(Extraction(Document(id="a", text="x"), events=(event,)), model=MODEL)
    node = event_iri(Document(id="a", text="x"), event)
    assert set(g.predicates(node, None)) >= {KG.agent, KG.target}
    assert not set(g.predicates(node, None)) & {KG.defectedFrom, KG.defectedTo, KG.pledgedTo}
    assert (node, RDF.type, KG.Attack) in g


def test_every_modality_maps_to_its_individual():
    names = {m: KG[m.value.capitalize()] for m in Modality}
    for modality, individual in names.items():
        event = Event(EventType.ATTACK, Span(0, 5, "hello"), Span(0, 5, "hello"), modality=modality)
        g = to_graph(Extraction(Document(id="m", text="hello"), events=(event,)), model=MODEL)
        assert set(g.objects(None, KG.modality)) == {individual}


def test_event_iri_key_is_doc_type_trigger_and_role_entities():
    document = Document(id="d|1", text="")
    event = Event(
        EventType.ATTACK,
        Span(0, 9, "x"),
        Span(2, 7, "x"),
        agents=(mention("a", ISIS),),
        targets=(mention("b", USA),),
    )
    key = json.dumps(["d|1", "ATTACK", 2, 7, [ISIS.key], [USA.key], None, None, None], ensure_ascii=False)
    assert event_iri(document, event) == iri.mint("event", "attack", key)
    # a separator inside a key cannot make two different events collide
    a = Event(
        EventType.ATTACK,
        Span(0, 1, "x"),
        Span(0, 1, "x"),
        agents=(mention("a", Entity("p|q", "p", EntityKind.PERSON)),),
    )
    b = Event(
        EventType.ATTACK,
        Span(0, 1, "x"),
        Span(0, 1, "x"),
        agents=(mention("a", Entity("p", "p", EntityKind.PERSON)),),
        targets=(mention("q", Entity("q", "q", EntityKind.PERSON)),),
    )
    assert event_iri(document, a) != event_iri(document, b)


def test_location_that_is_a_state_is_also_a_place():
    event = Event(
        EventType.ATTACK,
        Span(0, 20, "Attacks in Syria."),
        Span(0, 7, "Attacks"),
        location=mention("Syria", SYRIA, 11),
    )
    g = to_graph(Extraction(Document(id="s", text="x"), events=(event,)), model=MODEL)
    node = iri.entity_iri(SYRIA)
    assert {KG.Actor, KG.State, KG.Place} == set(g.objects(node, RDF.type))
    assert len(list(g.objects(node, RDFS.label))) == 1


def test_mentions_outside_events_and_conflicting_labels():
    # ISIS takes no part in the document's one event (the United States' airstrike without a target): a document
    # with an event describes every actor it names.
    other_label = Entity(ISIS.key, "Islamic State", EntityKind.ARMED_GROUP, "not-a-qid")
    sentence = Span(0, 20, "US jets struck again")
    strike = Event(EventType.AIRSTRIKE, sentence, Span(8, 14, "struck"), agents=(mention("US", USA),))
    mentions = (mention("ISIS", ISIS), mention("ISIS", ISIS, 10), mention("IS", other_label), mention(" ", ISIS))
    extraction = Extraction(Document(id="m", text="x"), events=(strike,), mentions=mentions)
    g = to_graph(extraction, model=MODEL)
    node = iri.entity_iri(ISIS)
    assert set(g.objects(node, KG.alias)) == {Literal("ISIS"), Literal("IS")}
    assert list(g.objects(node, RDFS.label)) == [Literal("Islamic State")]
    assert list(g.objects(node, OWL.sameAs)) == [WD.Q2429253]
    assert (node, KG.mentionedIn, iri.document_iri("m")) in g
    assert not list(g.subjects(KG.agent, node))


def test_a_document_without_events_stores_no_actors_or_places():
    """kg is an event graph: the actors and places of a document without events are not stored, so a document the
    prefilter skips unparsed (no mentions at all) stores the same graph as the same document parsed."""
    mentions = (mention("ISIS", ISIS), mention("Raqqa", RAQQA, 10), mention("US", USA, 20))
    document = Document(id="quiet", text="x", title="No event here", date="2016-05-02")
    g = to_graph(Extraction(document, mentions=mentions), model=MODEL)
    assert g.value(iri.document_iri("quiet"), KG.documentId) == Literal("quiet")
    assert not list(g.subjects(KG.mentionedIn, None))
    assert not list(g.subjects(RDFS.label, None))
    assert set(document_triples(Extraction(document, mentions=mentions), model=MODEL)) == set(
        document_triples(Extraction(document), model=MODEL)
    )


def test_document_metadata_edge_cases():
    doc = Document(id="x", text="", title="", date="2016-02-30", url="not a url")
    g = to_graph(Extraction(doc), model=MODEL)
    node = iri.document_iri("x")
    assert not list(g.objects(node, DCTERMS.title))
    assert not list(g.objects(node, DCTERMS.date))
    assert list(g.objects(node, DCTERMS.source)) == [Literal("not a url", datatype=XSD.anyURI)]
    g = to_graph(Extraction(Document(id="x", text="", date="2016-04-08T10:30:00+02:00")), model=MODEL)
    assert list(g.objects(node, DCTERMS.date)) == [Literal("2016-04-08", datatype=XSD.date)]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2016-05-01", Literal("2016-05-01", datatype=XSD.date)),
        ("2016-05", Literal("2016-05", datatype=XSD.gYearMonth)),
        ("2016", Literal("2016", datatype=XSD.gYear)),
        ("2016-13", None),
        ("2016-02-30", None),
        ("May 2016", None),
        (None, None),
    ],
)
def test_date_literal_by_precision(value, expected):
    literal = date_literal(value)
    assert (None if literal is None else from_oxigraph(literal)) == expected


def test_publication_date():
    assert publication_date("2016-04-08") == ox.Literal("2016-04-08", datatype=ox.NamedNode(XSD.date))
    assert publication_date("yesterday") is None


@pytest.mark.parametrize(
    ("value", "lexical"), [(0.8123, "0.812"), (1, "1"), (0, "0"), (0.9999, "1"), (1.7, "1.7"), (-0.0001, "0")]
)
def test_confidence_has_at_most_three_decimals_in_canonical_form(value, lexical):
    # Canonical, as Oxigraph stores xsd:decimal: a rebuilt document compares equal to the stored one.
    assert confidence_literal(value) == ox.Literal(lexical, datatype=ox.NamedNode(XSD.decimal))


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_confidence_must_be_finite(value):
    with pytest.raises(ValueError, match="finite"):
        confidence_literal(value)


def test_source_node_and_iri_validity():
    any_uri = ox.NamedNode(XSD.anyURI)
    assert source_node(" https://example.org/a?b=c#d ") == ox.NamedNode("https://example.org/a?b=c#d")
    assert source_node("https://example.org/a b") == ox.Literal("https://example.org/a b", datatype=any_uri)
    assert source_node("http://x/%zz") == ox.Literal("http://x/%zz", datatype=any_uri)
    assert not is_valid_iri("www.example.org")
    assert is_valid_iri("https://ar.wikipedia.org/wiki/داعش")
    assert not is_valid_iri("a:\xa0b")
    assert source_node("https://ar.wikipedia.org/wiki/داعش") == ox.NamedNode(
        "https://ar.wikipedia.org/wiki/%D8%AF%D8%A7%D8%B9%D8%B4"
    )
    assert source_node("https://example.org/%41") == ox.NamedNode("https://example.org/%41")


def test_clean_text_replaces_only_surrogates_and_noncharacters():
    assert clean_text("a\ud800b\udfffc\ufffe\uffff") == "a\ufffdb\ufffdc\ufffd\ufffd"
    assert clean_text("\x00\x1f\x7f\u2028\ufdd0😀") == "\x00\x1f\x7f\u2028\ufdd0😀"


def test_document_triples_is_deterministic():
    first = list(document_triples(airstrike_extraction(), model=MODEL))
    second = list(document_triples(airstrike_extraction(), model=MODEL))
    assert first == second
    assert to_graph(airstrike_extraction(), model=MODEL) == to_graph(airstrike_extraction(), model=MODEL)


def test_triples_are_equal_across_processes():
    """IRIs use a stable hash, not Python's per-process salted hash()."""
    script = (
        "import sys; sys.path.insert(0, 'tests'); from test_rdf import airstrike_extraction, MODEL;"
        "from kg.rdf.triples import to_graph;"
        "print(to_graph(airstrike_extraction(), model=MODEL).serialize(format='nt'))"
    )
    outputs = set()
    for seed in ("1", "2"):
        out = subprocess.run(
            [sys.executable, "-c", script],
            cwd=ROOT,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        outputs.add(frozenset(line for line in out.splitlines() if line))
    assert len(outputs) == 1


def test_prefixes_are_bound():
    g = to_graph(airstrike_extraction(), model=MODEL)
    bound = {prefix: str(ns) for prefix, ns in g.namespaces()}
    for prefix, namespace in PREFIXES.items():
        assert bound.get(prefix) == namespace


def test_only_declared_ontology_terms_are_used():
    ontology = Graph().parse(ROOT / "ontology" / "kg.ttl")
    declared = set(ontology.subjects(RDF.type, None))
    g = to_graph(airstrike_extraction(), model=MODEL)
    allowed = {
        str(KG._NS),
        str(SEM._NS),
        str(NIF._NS),
        str(GAF._NS),
        str(PROV),
        str(DCTERMS),
        str(RDF),
        str(RDFS),
        str(OWL),
    }
    for term in set(g.predicates()) | set(g.objects(None, RDF.type)) | set(g.objects(None, KG.modality)):
        assert any(str(term).startswith(ns) for ns in allowed), term
        if str(term).startswith(str(KG._NS)):
            assert term in declared, f"{term} is not declared in ontology/kg.ttl"
            assert term in KG, term


# ---------------------------------------------------------------------------------------------
# Any Unicode survives Turtle and N-Triples and a strict parser

ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=30)


def _from_oxigraph(term: object) -> object:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    assert isinstance(term, ox.Literal)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == str(XSD.string):
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


@st.composite
def extractions(draw: st.DrawFn) -> Extraction:
    kinds = st.sampled_from(list(EntityKind))
    entities = [
        Entity(
            draw(ANY_TEXT),
            draw(ANY_TEXT),
            draw(kinds),
            draw(st.none() | st.from_regex(r"Q[0-9]{1,8}", fullmatch=True)),
        )
        for _ in range(draw(st.integers(1, 3)))
    ]
    pick = st.sampled_from(entities)

    def some_mention() -> Mention:
        start = draw(st.integers(0, 10_000))
        return Mention(Span(start, start + 5, draw(ANY_TEXT)), draw(pick))

    events = []
    for _ in range(draw(st.integers(0, 3))):
        start = draw(st.integers(0, 10_000))
        events.append(
            Event(
                type=draw(st.sampled_from(list(EventType))),
                sentence=Span(start, start + draw(st.integers(1, 500)), draw(ANY_TEXT)),
                trigger=Span(start, start + 1, draw(ANY_TEXT)),
                agents=(some_mention(),) if draw(st.booleans()) else (),
                targets=(some_mention(),) if draw(st.booleans()) else (),
                to=some_mention() if draw(st.booleans()) else None,
                location=some_mention() if draw(st.booleans()) else None,
                time=draw(st.none() | ANY_TEXT | st.sampled_from(["2016", "2016-05", "2016-05-01"])),
                modality=draw(st.sampled_from(list(Modality))),
                negated=draw(st.booleans()),
                confidence=draw(st.floats(0, 1)),
            )
        )
    document = Document(
        id=draw(ANY_TEXT),
        text="",
        title=draw(st.none() | ANY_TEXT),
        date=draw(st.none() | ANY_TEXT),
        url=draw(st.none() | ANY_TEXT | ANY_TEXT.map("https://example.org/".__add__)),
    )
    return Extraction(
        document, events=tuple(events), mentions=tuple(some_mention() for _ in range(draw(st.integers(0, 3))))
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(extraction=extractions(), model=ANY_TEXT)
def test_any_unicode_round_trips_through_strict_parsers(extraction, model):
    g = to_graph(extraction, model=model)
    for node in {t for triple in g for t in triple if isinstance(t, URIRef)}:
        assert is_valid_iri(str(node)), node
    for rdflib_format, ox_format in (("turtle", ox.RdfFormat.TURTLE), ("nt", ox.RdfFormat.N_TRIPLES)):
        data = g.serialize(format=rdflib_format, encoding="utf-8")
        parsed = Graph()
        for triple in ox.parse(data, format=ox_format):
            parsed.add(
                (
                    _from_oxigraph(triple.subject),
                    _from_oxigraph(triple.predicate),
                    _from_oxigraph(triple.object),
                )
            )
        # rdflib's Turtle writer gives the decimal "0" the shorthand 0.0: the same value, compared as values.
        assert_isomorphic(_decimal_values(parsed), _decimal_values(g))
        assert isomorphic(_decimal_values(Graph().parse(data=data, format=rdflib_format)), _decimal_values(g))


def _decimal_values(g: Graph) -> Graph:
    """``g`` with every xsd:decimal literal in canonical form, so that 0.0 and 0 compare equal."""
    out = Graph()
    for s, p, o in g:
        if isinstance(o, Literal) and o.datatype == XSD.decimal:
            o = Literal(canonical_decimal(str(o)), datatype=XSD.decimal)
        out.add((s, p, o))
    return out


def test_one_trigger_two_locations_gives_two_events():
    sentence = Span(0, 40, "Air strikes on Mosul and Raqqa.")
    mosul = Entity("gaz:mosul", "Mosul", EntityKind.PLACE)
    events = tuple(
        Event(EventType.AIRSTRIKE, sentence, Span(0, 11, "Air strikes"), location=mention(name, place, start))
        for name, place, start in (("Mosul", mosul, 15), ("Raqqa", RAQQA, 25))
    )
    g = to_graph(Extraction(Document(id="two", text=sentence.text), events=events), model=MODEL)
    assert len(set(g.subjects(RDF.type, SEM.Event))) == 2
    for node in g.subjects(RDF.type, SEM.Event):
        assert len(list(g.objects(node, SEM.hasPlace))) == 1


def test_duplicate_events_keep_the_most_confident():
    base = Event(EventType.ATTACK, Span(0, 9, "ISIS shot"), Span(5, 9, "shot"), agents=(mention("ISIS", ISIS),))
    low = base
    high = Event(**{**base.__dict__, "confidence": 0.9, "modality": Modality.INSPIRED})
    also_high = Event(**{**base.__dict__, "confidence": 0.9, "modality": Modality.PLANNED})
    document = Document(id="dup", text=base.sentence.text)
    g = to_graph(Extraction(document, events=(low, high, also_high)), model=MODEL)
    node = event_iri(document, base)
    assert list(g.subjects(RDF.type, SEM.Event)) == [node]
    assert list(g.objects(node, KG.confidence)) == [Literal("0.9", datatype=XSD.decimal)]
    assert list(g.objects(node, KG.modality)) == [KG.Inspired]
