"""ontology/shapes.ttl via kg.rdf.validate: what kg writes conforms; broken graphs fail with the right message."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, RDF, RDFS

from kg.models import Document, Entity, EntityKind, Event, EventType, Extraction, Mention, Modality, Span
from kg.rdf import iri
from kg.rdf.triples import event_iri, to_graph
from kg.rdf.validate import ValidationReport, Violation, ontology_path, shapes_graph, validate
from kg.rdf.vocab import KG, NIF, SEM

# A plain Namespace: rdflib's XSD DefinedNamespace warns when pytest probes it for fixtures.
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

MODEL = "en_core_web_sm 3.8.0"

ISIS = Entity("gaz:islamic-state", "Islamic State", EntityKind.ARMED_GROUP, "Q2429253")
USA = Entity("gaz:united-states", "United States", EntityKind.STATE, "Q30")
IRAQ = Entity("gaz:iraq", "Iraq", EntityKind.STATE, "Q796")
MOSUL = Entity("gaz:mosul", "Mosul", EntityKind.PLACE, "Q83229")
FIGHTERS = Entity("dozens of fighters", "dozens of fighters", EntityKind.COLLECTIVE)
BAGHDADI = Entity("abu bakr al-baghdadi", "Abu Bakr al-Baghdadi", EntityKind.PERSON)
NATO = Entity("gaz:nato", "NATO", EntityKind.ORGANISATION, "Q7184")

DOCUMENT = Document(
    id="test:shacl",
    text="...",
    title="Four events",
    date="2016-10-17",
    url="https://example.org/news/1",
)


def m(text: str, entity: Entity, start: int) -> Mention:
    return Mention(Span(start, start + len(text), text), entity)


def sample_extraction() -> Extraction:
    s1 = Span(0, 60, "US drones struck Islamic State fighters near Mosul on Monday.")
    s2 = Span(61, 140, "Iraqi forces attacked the jihadist group in Mosul.")
    s3 = Span(141, 220, "Dozens of fighters defected from the group to Iraq.")
    s4 = Span(221, 300, "They had pledged allegiance to Abu Bakr al-Baghdadi; NATO threatened to attack.")
    events = (
        Event(
            EventType.AIRSTRIKE,
            s1,
            Span(10, 16, "struck"),
            agents=(m("US drones", USA, 0),),
            targets=(m("Islamic State fighters", ISIS, 17),),
            location=m("Mosul", MOSUL, 45),
            time="2016-10-17",
            confidence=0.9,
        ),
        Event(
            EventType.ATTACK,
            s2,
            Span(74, 82, "attacked"),
            agents=(m("Iraqi forces", IRAQ, 61),),
            targets=(m("the jihadist group", ISIS, 83),),
            location=m("Mosul", MOSUL, 105),
            time="2016-10",
            modality=Modality.INSPIRED,
        ),
        Event(
            EventType.DEFECTION,
            s3,
            Span(160, 168, "defected"),
            agents=(m("Dozens of fighters", FIGHTERS, 141),),
            targets=(m("the group", ISIS, 174),),
            to=m("Iraq", IRAQ, 187),
            time="2016",
            confidence=0.0,
        ),
        Event(
            EventType.ALLEGIANCE,
            s4,
            Span(230, 248, "pledged allegiance"),
            agents=(m("They", FIGHTERS, 221),),
            targets=(m("Abu Bakr al-Baghdadi", BAGHDADI, 252),),
            negated=True,
            confidence=1.0,
        ),
        Event(
            EventType.ATTACK,
            s4,
            Span(290, 296, "attack"),
            agents=(m("NATO", NATO, 274),),
            location=m("Iraq", IRAQ, 187),  # a state as location is typed kg:Place too
            modality=Modality.THREATENED,
        ),
    )
    return Extraction(DOCUMENT, events=events, mentions=(m("Islamic State", ISIS, 27), m("Mosul", MOSUL, 45)))


@pytest.fixture
def g() -> Graph:
    return to_graph(sample_extraction(), model=MODEL)


def event_of(g: Graph, event_type: URIRef) -> URIRef:
    return next(s for s in g.subjects(RDF.type, event_type))


def messages(report: ValidationReport) -> set[str]:
    return {v.message for v in report.violations}


def test_what_kg_writes_conforms(g):
    report = validate(g)
    assert report == ValidationReport(conforms=True, violations=())
    assert len(set(g.subjects(RDF.type, SEM.Event))) == 5


def test_pyshacl_with_the_whole_ontology_agrees(g):
    import pyshacl

    from kg.rdf.validate import ontology_graph

    conforms, _results, text = pyshacl.validate(
        g, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference="none"
    )
    assert conforms, text
    g.set((event_of(g, KG.Attack), KG.confidence, Literal("-0.1", datatype=XSD.decimal)))
    conforms, _results, text = pyshacl.validate(
        g, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference="none"
    )
    assert not conforms and "kg:confidence must be between 0 and 1." in text


def test_dataset_is_validated_one_named_graph_at_a_time(g):
    """Two documents may label a non-gazetteer actor differently; each document graph conforms."""
    ds = Dataset()
    for doc_id, label in (("one", "Hamas"), ("two", "HAMAS")):
        hamas = Entity("name:hamas", label, EntityKind.ARMED_GROUP)
        # The actor attacks: a document without events describes no actors (kg/rdf/triples.py).
        text = f"{label} attacked"
        trigger = Span(len(label) + 1, len(text), "attacked")
        attack = Event(EventType.ATTACK, Span(0, len(text), text), trigger, agents=(m(label, hamas, 0),))
        extraction = Extraction(Document(id=doc_id, text=text), events=(attack,))
        named = ds.graph(iri.document_iri(doc_id))
        for triple in to_graph(extraction, model=MODEL):
            named.add(triple)
    assert len({o for _s, _p, o, _g in ds.quads((None, RDFS.label, None, None))}) == 2
    assert validate(ds) == ValidationReport(conforms=True)

    broken = ds.graph(g.identifier)
    for triple in g:
        broken.add(triple)
    broken.remove((None, KG.documentId, None))
    report = validate(ds)
    assert not report.conforms
    assert messages(report) == {"A document must have exactly one kg:documentId string."}


def test_confidence_out_of_range_and_missing_sentence(g):
    event = event_of(g, KG.Airstrike)
    g.set((event, KG.confidence, Literal("1.7", datatype=XSD.decimal)))
    g.remove((event, PROV.wasDerivedFrom, None))
    report = validate(g)
    assert not report.conforms
    assert set(report.violations) == {
        Violation(event, KG.confidence, "kg:confidence must be between 0 and 1."),
        Violation(
            event,
            PROV.wasDerivedFrom,
            "An event must be derived (prov:wasDerivedFrom) from exactly one nif:Sentence.",
        ),
    }


def test_confidence_from_extraction_is_not_clamped():
    extraction = sample_extraction()
    broken = Event(EventType.ATTACK, Span(0, 5, "x"), Span(0, 1, "x"), confidence=1.7)
    g = to_graph(Extraction(extraction.document, events=(broken,)), model=MODEL)
    assert messages(validate(g)) == {
        "kg:confidence must be between 0 and 1.",
        "An event mention has at most one kg:confidence, an xsd:decimal between 0 and 1.",
    }


def test_empty_sentence_is_rejected():
    broken = Event(EventType.ATTACK, Span(5, 5, ""), Span(5, 5, ""))
    g = to_graph(Extraction(DOCUMENT, events=(broken,)), model=MODEL)
    report = validate(g)
    assert messages(report) == {"A sentence's nif:beginIndex must be less than its nif:endIndex."}
    assert report.violations[0].focus == iri.span_iri(iri.document_iri(DOCUMENT.id), 5, 5)


def test_two_event_types(g):
    event = event_of(g, KG.Defection)
    g.add((event, RDF.type, KG.Allegiance))
    assert (
        "An event must have exactly one type among kg:Attack, kg:Airstrike, kg:Defection and kg:Allegiance."
        in messages(validate(g))
    )


def test_event_typed_only_by_subclass_is_still_checked(g):
    """The ontology is mixed in: an air strike missing sem:Event is still found and reported."""
    event = event_of(g, KG.Airstrike)
    g.remove((event, RDF.type, SEM.Event))
    g.remove((event, KG.modality, None))
    found = messages(validate(g))
    assert "An event must also be typed sem:Event." in found
    assert any("kg:modality" in message for message in found)


@pytest.mark.parametrize(
    ("event_type", "prop", "message"),
    [
        (KG.Airstrike, KG.pledgedTo, "Only an allegiance can have kg:pledgedTo."),
        (KG.Allegiance, KG.target, "Only an attack or air strike can have kg:target."),
        (KG.Attack, KG.defectedTo, "Only a defection can have kg:defectedFrom or kg:defectedTo."),
    ],
)
def test_role_on_the_wrong_event_type(g, event_type, prop, message):
    event = event_of(g, event_type)
    g.add((event, prop, iri.entity_iri(ISIS)))
    assert messages(validate(g)) == {message}


def test_roles_must_point_to_actors_and_places(g):
    event = event_of(g, KG.Defection)
    g.set((event, KG.defectedTo, iri.entity_iri(MOSUL)))
    airstrike = event_of(g, KG.Airstrike)
    g.set((airstrike, SEM.hasPlace, iri.entity_iri(USA)))
    assert messages(validate(g)) == {
        "kg:defectedTo must point to a kg:Actor.",
        "An event has at most one sem:hasPlace, a kg:Place.",
    }


def test_attack_target_may_be_a_place(g):
    event = event_of(g, KG.Airstrike)
    g.set((event, KG.target, iri.entity_iri(MOSUL)))
    assert validate(g).conforms


def test_actor_with_two_labels_and_document_with_two_ids(g):
    g.add((iri.entity_iri(ISIS), RDFS.label, Literal("ISIS")))
    g.add((iri.document_iri(DOCUMENT.id), KG.documentId, Literal("another id")))
    assert messages(validate(g)) == {
        "An actor must have exactly one rdfs:label.",
        "A document must have exactly one kg:documentId string.",
    }


def test_bad_modality_polarity_and_time(g):
    event = event_of(g, KG.Defection)
    g.set((event, KG.modality, KG.Positive))
    g.set((event, KG.polarity, KG.Asserted))
    g.set((event, SEM.hasTimeStamp, Literal("last week")))
    assert messages(validate(g)) == {
        "An event must have exactly one kg:modality among kg:Asserted, kg:Planned, kg:Threatened, "
        "kg:Inspired and kg:Hypothetical.",
        "An event must have exactly one kg:polarity, kg:Positive or kg:Negative.",
        "An event has at most one sem:hasTimeStamp, an xsd:date, xsd:gYearMonth or xsd:gYear.",
    }


def test_sentence_without_document(g):
    sentence = next(g.subjects(RDF.type, NIF.Sentence))
    g.remove((sentence, NIF.referenceContext, None))
    assert messages(validate(g)) == {
        "A sentence must have exactly one nif:referenceContext, the kg:Document it is part of."
    }


def test_every_shape_has_a_message():
    from rdflib.namespace import SH

    shapes = shapes_graph()
    constrained = set(shapes.objects(None, SH.property)) | set(shapes.subjects(RDF.type, SH.NodeShape))
    for shape in constrained:
        if (shape, RDF.type, SH.NodeShape) in shapes and not set(shapes.predicates(shape)) - {
            RDF.type,
            SH.targetClass,
            SH.targetSubjectsOf,
            SH.property,
        }:
            continue  # a node shape that only groups property shapes
        assert shapes.value(shape, SH.message) is not None, shape


def test_ontology_path_finds_both_files():
    for name in ("kg.ttl", "shapes.ttl"):
        path = ontology_path(name)
        assert isinstance(path, Path) and path.is_file() and path.name == name
    with pytest.raises(FileNotFoundError):
        ontology_path("missing.ttl")


def test_event_iri_used_in_graph(g):
    extraction = sample_extraction()
    assert {event_iri(extraction.document, e) for e in extraction.events} == set(g.subjects(RDF.type, SEM.Event))


def test_ontology_path_prefers_installed_package_data(tmp_path, monkeypatch):
    import importlib.resources

    (tmp_path / "ontology").mkdir()
    (tmp_path / "ontology" / "kg.ttl").write_text("# packaged copy\n", encoding="utf-8")
    monkeypatch.setattr(importlib.resources, "files", lambda package: tmp_path)
    assert ontology_path("kg.ttl") == tmp_path / "ontology" / "kg.ttl"
    # a file missing from the package data falls back to the source tree
    assert ontology_path("shapes.ttl") == Path(__file__).resolve().parent.parent / "ontology" / "shapes.ttl"


ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=12)
ACTOR_KINDS = [k for k in EntityKind if k not in (EntityKind.PLACE, EntityKind.OBJECT)]


@st.composite
def consistent_extractions(draw: st.DrawFn) -> Extraction:
    """Extractions that keep the models' contract: spans are slices of the text; roles hold actors
    except attack targets (which may be places or objects) and locations (which may be places)."""
    text = draw(st.text(st.characters(exclude_categories=()), min_size=150, max_size=150))
    keys = st.sampled_from(["a", "b", "c"])
    actors = st.builds(Entity, keys, ANY_TEXT, st.sampled_from(ACTOR_KINDS))
    anything = actors | st.builds(Entity, keys, ANY_TEXT, st.just(EntityKind.PLACE))
    attacked = anything | st.builds(Entity, keys, ANY_TEXT, st.just(EntityKind.OBJECT))

    def role(entities: st.SearchStrategy[Entity]) -> Mention | None:
        if not draw(st.booleans()):
            return None
        start = draw(st.integers(0, 99))
        return Mention(Span(start, start + 3, text[start : start + 3]), draw(entities))

    events = []
    for _ in range(draw(st.integers(1, 4))):
        event_type = draw(st.sampled_from(list(EventType)))
        start = draw(st.integers(0, 99))
        attack = event_type in (EventType.ATTACK, EventType.AIRSTRIKE)
        events.append(
            Event(
                type=event_type,
                sentence=Span(start, start + 50, text[start : start + 50]),
                trigger=Span(start, start + 1, text[start]),
                agents=tuple(m for m in [role(actors)] if m is not None),
                targets=tuple(m for m in [role(attacked if attack else actors)] if m is not None),
                to=role(actors),
                location=role(anything),
                time=draw(st.none() | ANY_TEXT | st.sampled_from(["2016", "2016-05", "2016-05-01"])),
                modality=draw(st.sampled_from(list(Modality))),
                negated=draw(st.booleans()),
                confidence=draw(st.floats(0, 1)),
            )
        )
    document = Document(id=draw(ANY_TEXT), text="", title=draw(st.none() | ANY_TEXT), url=draw(st.none() | ANY_TEXT))
    return Extraction(document, events=tuple(events))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(extraction=consistent_extractions())
def test_every_consistent_extraction_conforms(extraction):
    report = validate(to_graph(extraction, model=MODEL))
    assert report.conforms, report.violations
