"""ontology/kg.ttl: declares exactly kg.vocab.KG, documents every term, parses strictly, is versioned."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS

from kg.validate import ontology_graph, ontology_path
from kg.vocab import KG, NIF, ONTOLOGY_IRI, ONTOLOGY_VERSION, SEM

ONTOLOGY = URIRef(ONTOLOGY_IRI)


@pytest.fixture(scope="module")
def g() -> Graph:
    return ontology_graph()


def declared_kg_terms(g: Graph) -> set[URIRef]:
    return {s for s in g.subjects(RDF.type, None) if isinstance(s, URIRef) and s.startswith(str(KG._NS))}


def vocab_kg_terms() -> set[URIRef]:
    return {KG[name] for name in KG.__annotations__}


def test_ontology_declares_exactly_the_vocab_terms(g):
    declared = declared_kg_terms(g)
    vocab = vocab_kg_terms()
    assert not vocab - declared, (
        f"in kg/vocab.py but not declared in ontology/kg.ttl: {sorted(vocab - declared)}"
    )
    assert not declared - vocab, (
        f"declared in ontology/kg.ttl but missing from kg/vocab.py: {sorted(declared - vocab)}"
    )


def test_no_undeclared_kg_terms_are_referenced(g):
    used = {t for triple in g for t in triple if isinstance(t, URIRef) and t.startswith(str(KG._NS))}
    assert used <= declared_kg_terms(g)


def test_every_term_has_english_label_and_comment(g):
    for term in vocab_kg_terms():
        labels = [o for o in g.objects(term, RDFS.label) if isinstance(o, Literal) and o.language == "en"]
        comments = [o for o in g.objects(term, RDFS.comment) if isinstance(o, Literal) and o.language == "en"]
        assert len(labels) == 1, f"{term} needs exactly one rdfs:label@en"
        assert len(comments) == 1, f"{term} needs exactly one rdfs:comment@en"
        assert len(str(comments[0])) >= 20, f"{term}: the comment should be a definition"


def test_every_term_has_an_owl_kind(g):
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual}
    for term in vocab_kg_terms():
        assert set(g.objects(term, RDF.type)) & kinds, term


def test_version_and_metadata(g):
    assert (ONTOLOGY, RDF.type, OWL.Ontology) in g
    assert g.value(ONTOLOGY, OWL.versionIRI) == URIRef(f"{ONTOLOGY_IRI}/{ONTOLOGY_VERSION}")
    assert str(g.value(ONTOLOGY, OWL.versionInfo)) == ONTOLOGY_VERSION
    for p in ("title", "description", "license"):
        assert g.value(ONTOLOGY, URIRef("http://purl.org/dc/terms/" + p)) is not None, p


def test_parses_in_pyoxigraph_strictly():
    triples = list(ox.parse(path=str(ontology_path("kg.ttl")), format=ox.RdfFormat.TURTLE))
    assert len(triples) == len(ontology_graph())


@pytest.mark.parametrize(
    ("sub", "sup"),
    [
        (KG.Event, SEM.Event),
        (KG.Attack, KG.Event),
        (KG.Airstrike, KG.Attack),
        (KG.Defection, KG.Event),
        (KG.Allegiance, KG.Event),
        (KG.Actor, SEM.Actor),
        (KG.State, KG.Actor),
        (KG.ArmedGroup, KG.Actor),
        (KG.Organisation, KG.Actor),
        (KG.Person, KG.Actor),
        (KG.Collective, KG.Actor),
        (KG.Place, SEM.Place),
        (KG.Document, PROV.Entity),
        (KG.Document, NIF.Context),
    ],
)
def test_class_grounding(g, sub, sup):
    assert (sub, RDFS.subClassOf, sup) in g


@pytest.mark.parametrize(
    ("prop", "domain"),
    [
        (KG.agent, KG.Event),
        (KG.target, KG.Attack),
        (KG.defectedFrom, KG.Defection),
        (KG.defectedTo, KG.Defection),
        (KG.pledgedTo, KG.Allegiance),
    ],
)
def test_role_properties_specialise_sem_has_actor(g, prop, domain):
    assert (prop, RDFS.subPropertyOf, SEM.hasActor) in g
    assert (prop, RDFS.domain, domain) in g
    assert g.value(prop, RDFS.range) is not None


def test_value_sets_are_named_individuals(g):
    for individual in (KG.Asserted, KG.Planned, KG.Threatened, KG.Inspired, KG.Hypothetical):
        assert {OWL.NamedIndividual, KG.Modality} <= set(g.objects(individual, RDF.type))
    for individual in (KG.Positive, KG.Negative):
        assert {OWL.NamedIndividual, KG.Polarity} <= set(g.objects(individual, RDF.type))
    assert (KG.modality, RDFS.range, KG.Modality) in g
    assert (KG.polarity, RDFS.range, KG.Polarity) in g
