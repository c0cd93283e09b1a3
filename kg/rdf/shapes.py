"""The SHACL shapes that depend on the event types, generated from their specs (:mod:`kg.events`).

``ontology/shapes.ttl`` holds every shape that is the same for all types; :func:`event_shapes`
adds, for the registered types: exactly one event class per event, what each role property may
point to, and which event classes may carry each role property.  :func:`class_hierarchy` gives
each type's class its parent (kg:Event, or its family's class), so that a class the ontology file
does not know is still found as an event when validating.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH

from kg import events
from kg.rdf.vocab import KG, PREFIXES

KGSH = Namespace("https://w3id.org/kg/shapes#")


def curie(iri: URIRef) -> str:
    """``kg:Attack`` for kg's terms (any of kg's prefixes), else ``<iri>``."""
    for prefix, namespace in PREFIXES.items():
        if str(iri).startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{str(iri)[len(namespace) :]}"
    return f"<{iri}>"


def _listing(words: list[str], *, last: str = "and") -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {last} {words[-1]}"


def _article(phrase: str) -> str:
    return ("an " if phrase[:1].lower() in "aeiou" else "a ") + phrase


def class_hierarchy() -> Iterable[tuple[URIRef, URIRef, URIRef]]:
    """``class rdfs:subClassOf parent`` for every registered event type."""
    for spec in events.specs():
        yield spec.class_iri, RDFS.subClassOf, spec.parent_iri


def event_shapes() -> Graph:
    """The event-type shapes of the registered specs as a new graph (see the module docstring)."""
    g = Graph()
    specs = events.specs()
    classes = [s.class_iri for s in specs]

    def node(g: Graph, items: Iterable) -> BNode:
        head = BNode()
        Collection(g, head, list(items))
        return head

    shape = KGSH.EventTypeShape
    g.add((shape, RDF.type, SH.NodeShape))
    for target in (URIRef(PREFIXES["sem"] + "Event"), KG.Event, *classes):
        g.add((shape, SH.targetClass, target))
    prop, values = BNode(), BNode()
    g.add((shape, SH.property, prop))
    g.add((prop, SH.path, RDF.type))
    g.add((prop, SH.qualifiedValueShape, values))
    g.add((values, SH["in"], node(g, classes)))
    g.add((prop, SH.qualifiedMinCount, Literal(1)))
    g.add((prop, SH.qualifiedMaxCount, Literal(1)))
    names = _listing([curie(c) for c in classes])
    g.add((prop, SH.message, Literal(f"An event must have exactly one type among {names}.", lang="en")))

    # Role property -> the classes that may carry it, and whether a place may fill it.
    carriers: dict[URIRef, list[events.EventSpec]] = {}
    places: dict[URIRef, bool] = {}
    for spec in specs:
        for role in spec.roles:
            carriers.setdefault(role.property_iri, []).append(spec)
            places[role.property_iri] = places.get(role.property_iri, False) or (
                role.name == "target" and spec.target_may_be_place
            )

    for path, may_be_place in places.items():
        value = BNode()
        g.add((shape, SH.property, value))
        g.add((value, SH.path, path))
        if may_be_place:
            g.add((value, SH["or"], node(g, _class_shapes(g, (KG.Actor, KG.Place, KG.Object)))))
            message = f"{curie(path)} must point to a kg:Actor, a kg:Place or a kg:Object."
        else:
            g.add((value, SH["class"], KG.Actor))
            message = f"{curie(path)} must point to a kg:Actor."
        g.add((value, SH.message, Literal(message, lang="en")))

    # Properties carried by the same set of types share one domain shape and one message.
    groups: dict[tuple[URIRef, ...], list[URIRef]] = {}
    for path, holders in carriers.items():
        groups.setdefault(tuple(s.class_iri for s in holders), []).append(path)
    for n, (holder_classes, paths) in enumerate(groups.items()):
        domain = KGSH[f"RoleDomainShape{n}"]
        g.add((domain, RDF.type, SH.NodeShape))
        for path in paths:
            g.add((domain, SH.targetSubjectsOf, path))
        if len(holder_classes) == 1:
            g.add((domain, SH["class"], holder_classes[0]))
        else:
            g.add((domain, SH["or"], node(g, _class_shapes(g, holder_classes))))
        labels = [events.spec(t).label for t in _types_of(holder_classes)]
        props = _listing([curie(p) for p in paths], last="or")
        if len(holder_classes) == len(classes) and len(classes) > 1:
            who = f"an event ({_listing(labels, last='or')})"
        else:
            who = _article(_listing(labels, last="or"))
        g.add((domain, SH.message, Literal(f"Only {who} can have {props}.", lang="en")))
    return g


def _class_shapes(g: Graph, classes: Iterable[URIRef]) -> list[BNode]:
    shapes = []
    for c in classes:
        shape = BNode()
        g.add((shape, SH["class"], c))
        shapes.append(shape)
    return shapes


def _types_of(classes: Iterable[URIRef]) -> list[events.EventType]:
    by_class = {s.class_iri: s.type for s in events.specs()}
    return [by_class[c] for c in classes]
