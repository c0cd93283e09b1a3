"""docs/ONTOLOGY.md, generated from ontology/kg.ttl so the reference never drifts from the ontology.

Regenerate after editing the ontology (a test fails until you do)::

    python -m kg.rdf.ontodoc            # writes docs/ONTOLOGY.md
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, XSD
from rdflib.term import Node

from kg.models import Document, Entity, EntityKind, Event, EventType, Extraction, Mention, Span
from kg.rdf.triples import to_graph
from kg.rdf.validate import ontology_graph
from kg.rdf.vocab import KG, ONTOLOGY_IRI, PREFIXES

SECTIONS: tuple[tuple[str, URIRef], ...] = (
    ("Classes", OWL.Class),
    ("Object properties", OWL.ObjectProperty),
    ("Datatype properties", OWL.DatatypeProperty),
    ("Individuals", OWL.NamedIndividual),
)

EXAMPLE_MODEL = "en_core_web_sm 3.8.0"

_RESTRICTION_SYMBOLS: dict[Node, str] = {
    XSD.minInclusive: "≥",
    XSD.maxInclusive: "≤",
    XSD.minExclusive: ">",
    XSD.maxExclusive: "<",
}


def render(g: Graph | None = None) -> str:
    """The Markdown reference of the ontology ``g`` (default: kg's own), one entry per kg: term."""
    g = g if g is not None else ontology_graph()
    return "\n".join(_lines(g)).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write the reference to the path given (default: docs/ONTOLOGY.md in the source tree)."""
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else default_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render(), encoding="utf-8")
    return 0


def default_path() -> Path:
    """docs/ONTOLOGY.md in the source tree."""
    return Path(__file__).resolve().parents[2] / "docs" / "ONTOLOGY.md"


def _lines(g: Graph) -> Iterator[str]:
    ontology = URIRef(ONTOLOGY_IRI)
    yield f"# {_text(g, ontology, DCTERMS.title) or 'kg ontology'}"
    yield ""
    yield "<!-- Generated from ontology/kg.ttl by `python -m kg.rdf.ontodoc`: edit the ontology, not this. -->"
    yield ""
    yield _text(g, ontology, DCTERMS.description)
    yield ""
    yield f"- Ontology IRI: <{ontology}>"
    yield f"- Version IRI: <{g.value(ontology, OWL.versionIRI)}>"
    yield f"- Version: {g.value(ontology, OWL.versionInfo)}"
    yield f"- Licence: <{g.value(ontology, DCTERMS.license)}>"
    yield "- SHACL shapes: `ontology/shapes.ttl` (validate with no inference; see `kg.rdf.validate`)"
    yield ""
    yield "## Prefixes"
    yield ""
    yield "| prefix | namespace |"
    yield "|---|---|"
    for prefix, namespace in PREFIXES.items():
        yield f"| `{prefix}:` | <{namespace}> |"
    yield ""

    yield from _example()

    seen: set[URIRef] = set()
    for title, kind in SECTIONS:
        terms = [t for t in _ordered_terms(g) if (t, RDF.type, kind) in g and t not in seen]
        seen.update(terms)
        yield f"## {title}"
        yield ""
        for term in terms:
            yield from _entry(g, term)


def _family_classes(family: EventType) -> str:
    """The classes of the registered event types of ``family`` as ``kg:`` names (from the specs)."""
    from kg import events

    return " ".join(f"kg:{s.class_iri.rsplit('#', 1)[-1]}" for s in events.specs() if s.family == family)


def example_query() -> str:
    """The worked example query; its attack classes are those of the registered types' specs (the ATTACK family)."""
    return f"""\
PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

# Who attacked whom, counting only events the text says happened.
SELECT ?attacker ?target (COUNT(?event) AS ?events) WHERE {{
  ?event a ?type ; kg:agent ?a ; kg:target ?t ;
         kg:modality ?modality ; kg:polarity kg:Positive .
  VALUES ?type {{ {_family_classes(EventType.ATTACK)} }}
  VALUES ?modality {{ kg:Asserted kg:Inspired }}
  ?a rdfs:label ?attacker .
  ?t rdfs:label ?target .
}}
GROUP BY ?attacker ?target
ORDER BY DESC(?events)
"""


def example_extraction() -> Extraction:
    """A one-sentence extraction ("US warplanes bombed ISIS in Raqqa.") used as the worked example."""
    text = "US warplanes bombed ISIS in Raqqa."
    usa = Entity("gaz:united-states", "United States", EntityKind.STATE, "Q30")
    isis = Entity("gaz:islamic-state", "Islamic State", EntityKind.ARMED_GROUP, "Q2429253")
    raqqa = Entity("gaz:raqqa", "Raqqa", EntityKind.PLACE, "Q194179")
    event = Event(
        type=EventType.AIRSTRIKE,
        sentence=Span(0, len(text), text),
        trigger=Span(13, 19, "bombed"),
        agents=(Mention(Span(0, 12, "US warplanes"), usa),),
        targets=(Mention(Span(20, 24, "ISIS"), isis),),
        location=Mention(Span(28, 33, "Raqqa"), raqqa),
        time="2016-05-01",
        confidence=0.8,
    )
    document = Document(id="example:1", text=text, date="2016-05-02", url="https://example.org/news/1")
    return Extraction(document, events=(event,))


def _example() -> Iterator[str]:
    g = to_graph(example_extraction(), model=EXAMPLE_MODEL)
    yield "## One document's graph"
    yield ""
    yield (
        "Each document is one named graph, named by the document's IRI. The sentence"
        ' "US warplanes bombed ISIS in Raqqa." becomes:'
    )
    yield ""
    yield "```turtle"
    yield g.serialize(format="turtle").strip()
    yield "```"
    yield ""
    yield "A query over such graphs (run it with `kg query`):"
    yield ""
    yield "```sparql"
    yield example_query().rstrip()
    yield "```"
    yield ""


def _ordered_terms(g: Graph) -> list[URIRef]:
    # The order of kg/rdf/vocab.py (general before specific) reads better than the alphabet.
    order = {KG[name]: i for i, name in enumerate(KG.__annotations__)}
    terms = {s for s in g.subjects(RDF.type, None) if isinstance(s, URIRef) and s.startswith(str(KG._NS))}
    return sorted(terms, key=lambda t: (order.get(t, len(order)), str(t)))


def _entry(g: Graph, term: URIRef) -> Iterator[str]:
    yield f"### {_curie(g, term)}"
    yield ""
    yield f"**{_text(g, term, RDFS.label)}** — {_text(g, term, RDFS.comment)}"
    yield ""
    rows = [
        ("type", _join(g, (t for t in g.objects(term, RDF.type) if t != OWL.NamedIndividual))),
        ("sub-class of", _join(g, g.objects(term, RDFS.subClassOf))),
        ("super-class of", _join(g, g.subjects(RDFS.subClassOf, term))),
        ("equivalent to", _join(g, g.objects(term, OWL.equivalentClass))),
        ("sub-property of", _join(g, g.objects(term, RDFS.subPropertyOf))),
        ("domain", _join(g, g.objects(term, RDFS.domain))),
        ("range", _join(g, g.objects(term, RDFS.range))),
    ]
    if (term, RDF.type, OWL.NamedIndividual) not in g:
        rows[0] = ("characteristics", "functional" if (term, RDF.type, OWL.FunctionalProperty) in g else "")
    rows = [(name, value) for name, value in rows if value]
    if rows:
        yield "| | |"
        yield "|---|---|"
        for name, value in rows:
            yield f"| {name} | {value} |"
        yield ""


def _text(g: Graph, term: Node, predicate: URIRef) -> str:
    values = sorted(str(o) for o in g.objects(term, predicate) if isinstance(o, Literal))
    return " ".join(values)


def _join(g: Graph, nodes: Iterable[Node]) -> str:
    return ", ".join(sorted(_describe(g, n) for n in nodes))


def _describe(g: Graph, node: Node) -> str:
    if isinstance(node, URIRef):
        return f"`{_curie(g, node)}`"
    if isinstance(node, BNode):
        union = g.value(node, OWL.unionOf)
        if union is not None:
            return " or ".join(_describe(g, n) for n in Collection(g, union))
        one_of = g.value(node, OWL.oneOf)
        if one_of is not None:
            return "one of " + ", ".join(_describe(g, n) for n in Collection(g, one_of))
        base = g.value(node, OWL.onDatatype)
        restrictions = g.value(node, OWL.withRestrictions)
        if base is not None and restrictions is not None:
            facets = [
                f"{_RESTRICTION_SYMBOLS.get(p, _curie(g, p))} {o}"
                for r in Collection(g, restrictions)
                for p, o in g.predicate_objects(r)
            ]
            return f"{_describe(g, base)} ({', '.join(facets)})"
    return str(node)


def _curie(g: Graph, term: Node) -> str:
    for prefix, namespace in PREFIXES.items():
        if str(term).startswith(namespace) and len(str(term)) > len(namespace):
            return f"{prefix}:{str(term)[len(namespace) :]}"
    return f"<{term}>"


if __name__ == "__main__":
    sys.exit(main())
