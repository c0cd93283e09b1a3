"""ontology/kg.ttl: declares exactly kg.rdf.vocab.KG, documents every term, parses strictly, is versioned."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS

from kg.rdf.validate import ontology_graph, ontology_path
from kg.rdf.vocab import KG, NIF, ONTOLOGY_IRI, ONTOLOGY_VERSION, SEM

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
    assert not vocab - declared, f"in kg/rdf/vocab.py but not declared in ontology/kg.ttl: {sorted(vocab - declared)}"
    assert not declared - vocab, (
        f"declared in ontology/kg.ttl but missing from kg/rdf/vocab.py: {sorted(declared - vocab)}"
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


def test_committed_reference_is_up_to_date():
    from kg.rdf.ontodoc import default_path, render

    assert default_path().read_text(encoding="utf-8") == render(), (
        "docs/ONTOLOGY.md is out of date: run `python -m kg.rdf.ontodoc`"
    )


def test_reference_documents_every_term():
    from kg.rdf.ontodoc import render

    text = render()
    for name in KG.__annotations__:
        assert f"### kg:{name}\n" in text, name


def test_reference_example_conforms_and_its_query_answers():
    from kg.rdf.ontodoc import EXAMPLE_MODEL, example_extraction, example_query
    from kg.rdf.triples import to_graph
    from kg.rdf.validate import validate

    g = to_graph(example_extraction(), model=EXAMPLE_MODEL)
    assert validate(g).conforms
    rows = [tuple(str(v) for v in row) for row in g.query(example_query())]
    assert rows == [("United States", "Islamic State", "1")]


def test_reference_is_the_same_in_every_process(tmp_path):
    import os
    import subprocess
    import sys

    outputs = set()
    for seed in ("0", "1"):
        target = tmp_path / f"ONTOLOGY-{seed}.md"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        root = Path(__file__).resolve().parent.parent
        subprocess.run([sys.executable, "-m", "kg.rdf.ontodoc", str(target)], env=env, cwd=root, check=True)
        outputs.add(target.read_text(encoding="utf-8"))
    assert len(outputs) == 1


def test_event_type_specs_agree_with_the_ontology(g):
    from kg import events

    for spec in events.specs():
        cls = spec.class_iri
        assert (cls, RDF.type, OWL.Class) in g, cls
        assert (cls, RDFS.subClassOf, spec.parent_iri) in g, cls
        assert g.value(cls, RDFS.label) == Literal(spec.label, lang="en"), cls
        assert g.value(cls, RDFS.comment) == Literal(spec.comment, lang="en"), cls
        for role in spec.roles:
            assert (role.property_iri, RDF.type, OWL.ObjectProperty) in g, role
