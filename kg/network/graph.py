"""The actor network: store -> networkx graph, one edge per event and role.

:func:`actor_graph` reads events from the store with SPARQL and returns a ``MultiDiGraph`` with
one edge per event and role (attacker -> target, defector -> group left, defector -> side
joined, pledger -> pledgee); :mod:`kg.network.centrality` ranks its actors.

>>> G = actor_graph(store, types={EventType.AIRSTRIKE})   # doctest: +SKIP
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING

import networkx as nx
from rdflib import URIRef

from kg import events
from kg.errors import UsageError
from kg.models import EventType, Modality
from kg.rdf.triples import ACTOR_CLASS, EVENT_CLASS, MODALITY
from kg.rdf.vocab import KG, WD

if TYPE_CHECKING:
    from kg.store.base import GraphStore

# The same term tables that wrote the graph (kg.rdf.triples, kg.events) read it back, so the two
# cannot drift apart.
EVENT_CLASSES: Mapping[EventType, URIRef] = EVENT_CLASS
MODALITY_TERMS: dict[Modality, URIRef] = MODALITY
_MODALITY_OF_TERM = {str(t): m for m, t in MODALITY_TERMS.items()}
_KIND_OF_CLASS = {str(c): kind for kind, c in ACTOR_CLASS.items()}
DEFAULT_MODALITIES = frozenset({Modality.ASSERTED, Modality.INSPIRED})

# One row per (event, role, agent, other participant): an event with several agents or targets gives one
# edge per agent x target.  Modality and polarity default to asserted/positive when absent.
_EDGES_QUERY = """
SELECT ?e ?class ?role ?source ?dest ?conf ?modality ?polarity ?time ?incident WHERE {
  VALUES ?class { %(classes)s }
  %(scope)s
  %(edges)s
  %(actors_only)s
  OPTIONAL { ?e kg:confidence ?conf }
  OPTIONAL { ?e kg:modality ?modality }
  OPTIONAL { ?e kg:polarity ?polarity }
  OPTIONAL { ?e sem:hasTimeStamp ?time }
  OPTIONAL { ?incident kg:hasReport ?e }
}
"""
UNITS = ("incidents", "events")


def _edges() -> str:
    """One UNION branch per role property of the registered types: agent -> filler, named by the role's edge."""
    branches: dict[tuple[URIRef, str], bool] = {}
    for spec in events.specs():
        for role in spec.roles:
            if role.edge:
                key = (role.property_iri, role.edge)
                branches[key] = branches.get(key, False) or role.sides
    return (
        "{\n"
        + "\n  } UNION {\n".join(
            f'    ?e kg:agent ?source ; <{p}> ?dest . BIND("{edge}" AS ?role)' + (_SIDES if sides else "")
            for (p, edge), sides in branches.items()
        )
        + "\n  }"
    )


# A country is both a place and a state actor: only places and objects that are no actor are left out.
_ACTORS_ONLY = (
    "FILTER(EXISTS { ?dest a kg:Actor } || (NOT EXISTS { ?dest a kg:Place } && NOT EXISTS { ?dest a kg:Object }))"
)

# For roles whose fillers may be agents too (Role.sides).
_SIDES = """
    # In a clash each side is an agent and a target: no edge from a side to itself.
    FILTER(?source != ?dest || NOT EXISTS { ?e kg:agent ?other . FILTER(?other != ?source) })"""


_ACTORS_QUERY = """
SELECT ?a (MIN(?l) AS ?label) (MIN(?k) AS ?kind) (MIN(?w) AS ?wikidata) WHERE {
  VALUES ?a { %(actors)s }
  OPTIONAL { ?a rdfs:label ?l }
  OPTIONAL { ?a a ?k . FILTER(?k IN (kg:State, kg:ArmedGroup, kg:Organisation, kg:Person, kg:Collective)) }
  OPTIONAL { ?a owl:sameAs ?w . FILTER(STRSTARTS(STR(?w), STR(wd:))) }
} GROUP BY ?a
"""


def date_bound(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    try:
        for fmt in ("%Y-%m-%d", "%Y-%m", "%Y"):
            try:
                datetime.datetime.strptime(value, fmt)
                return value
            except ValueError:
                continue
        raise ValueError
    except ValueError:
        raise UsageError(f"{name} must be a date like 2016-05-01, 2016-05 or 2016, not {value!r}") from None


def document_graph(document: str) -> str:
    """The graph IRI of ``document``, given as a kg document id or as the document's IRI."""
    from kg.rdf.iri import document_iri

    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:\S", document) and not any(c in document for c in '<>"{}|^`\\ '):
        return document
    return str(document_iri(document))


def _scope(documents: Collection[str] | None) -> str:
    # The default graph is the merge of all documents; a document filter asks the named graphs.
    if documents is None:
        return "?e a ?class ."
    graphs = " ".join(f"<{document_graph(d)}>" for d in documents) or "<urn:kg:none>"
    return f"VALUES ?g {{ {graphs} }} GRAPH ?g {{ ?e a ?class }}"


def local_name(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def actor_graph(
    store: GraphStore,
    *,
    types: Collection[EventType] | None = None,
    min_confidence: float = 0.0,
    modalities: Collection[Modality] = DEFAULT_MODALITIES,
    include_negated: bool = False,
    start: str | None = None,
    end: str | None = None,
    documents: Collection[str] | None = None,
    include_things: bool = False,
    unit: str = "incidents",
) -> nx.MultiDiGraph:
    """The network of actors linked by events in ``store``, one edge per event and role.

    Nodes are actor IRIs (str) with attributes ``label``, ``kind`` (an EntityKind value or None)
    and ``wikidata`` ("Q2429253" or None).  Edges go from the agent (attacker, defector, pledger)
    to the target, the group left and the side joined, or the pledgee, keyed by
    ``"<event IRI> <role>"``, with attributes ``type`` (EventType), ``event``, ``role``,
    ``confidence``, ``modality`` and ``time``.  Events below ``min_confidence``, with another
    modality, negated (unless ``include_negated``) or, when ``start``/``end`` are given, outside
    those dates (inclusive; events without a date are then left out) are skipped.  ``documents``
    (document ids or IRIs) keeps only events stated in those documents' graphs.  Nodes are actors: an
    attacked place, facility or object ("a crowded market", "the convoy") is what an event was against, not
    a node, unless ``include_things``.  With ``unit="incidents"`` (the default) the reports of one incident
    in several documents are one edge, keyed by the incident; ``unit="events"`` keeps one edge per report.
    """
    if unit not in UNITS:
        raise UsageError(f"the unit must be one of {', '.join(UNITS)}, not {unit!r}")
    wanted = [EventType(t) for t in types] if types is not None else list(EventType)
    start, end = date_bound(start, "since"), date_bound(end, "until")
    G = nx.MultiDiGraph()
    if not wanted:
        return G
    modalities = frozenset(Modality(m) for m in modalities)
    classes = " ".join(f"<{EVENT_CLASSES[t]}>" for t in wanted)
    type_of_class = {str(c): t for t, c in EVENT_CLASSES.items()}
    raw = store.raw_query(
        _EDGES_QUERY
        % {
            "classes": classes,
            "scope": _scope(documents),
            "edges": _edges(),
            "actors_only": "" if include_things else _ACTORS_ONLY,
        }
    )
    found: dict[tuple[str, str, str], tuple[tuple[float, str], dict[str, object]]] = {}
    for sol in raw:
        conf_term = sol["conf"]
        try:
            confidence = float(conf_term.value) if conf_term is not None else 1.0
        except ValueError:
            confidence = 1.0
        if confidence < min_confidence:
            continue
        mod = sol["modality"]
        modality = _MODALITY_OF_TERM.get(mod.value, Modality.ASSERTED) if mod is not None else Modality.ASSERTED
        if modality not in modalities:
            continue
        pol = sol["polarity"]
        negated = pol is not None and pol.value == str(KG.Negative)
        if negated and not include_negated:
            continue
        time = sol["time"].value if sol["time"] is not None else None
        if (start or end) and time is None:
            continue
        # ISO dates compare as text; a bare year or year-month counts as its first day.
        if start and time is not None and time < start:
            continue
        if end and time is not None and time[: len(end)] > end:
            continue
        source, dest, event, role = sol["source"].value, sol["dest"].value, sol["e"].value, sol["role"].value
        incident = sol["incident"].value if sol["incident"] is not None else event
        key = f"{incident if unit == 'incidents' else event} {role}"
        # Several reports of one incident are one edge: the most confident report, ties by the event IRI.
        rank = (-confidence, event)
        if (source, dest, key) in found and found[(source, dest, key)][0] <= rank:
            continue
        found[(source, dest, key)] = (
            rank,
            {
                "incident": incident,
                "type": type_of_class[sol["class"].value],
                "event": event,
                "role": role,
                "confidence": confidence,
                "modality": modality,
                "negated": negated,
                "time": time,
            },
        )
    # Nodes and edges in IRI order, whatever order the store answered in: every measure downstream (float sums,
    # seeded Louvain, sampled sources) then gives the same result from any store holding the same triples.
    G.add_nodes_from(sorted({x for source, dest, _ in found for x in (source, dest)}))
    G.add_edges_from((source, dest, key, found[(source, dest, key)][1]) for source, dest, key in sorted(found))
    if G:
        _add_actor_attributes(store, G)
    return G


def _add_actor_attributes(store: GraphStore, G: nx.MultiDiGraph) -> None:
    for node, attrs in actor_attributes(store, G.nodes).items():
        G.nodes[node].update(attrs)


def actor_attributes(store: GraphStore, actors: Collection[str]) -> dict[str, dict[str, str | None]]:
    """``label`` (the IRI's last segment when it has none), ``kind`` and ``wikidata`` of each actor IRI."""
    out: dict[str, dict[str, str | None]] = {
        a: {"label": local_name(a), "kind": None, "wikidata": None} for a in actors
    }
    nodes = sorted(out)
    # VALUES keeps the lookup to the actors asked for; chunks keep each query small.
    for i in range(0, len(nodes), 500):
        values = " ".join(f"<{n}>" for n in nodes[i : i + 500])
        for sol in store.raw_query(_ACTORS_QUERY % {"actors": values}):
            attrs = out[sol["a"].value]
            if sol["label"] is not None:
                attrs["label"] = sol["label"].value
            if sol["kind"] is not None:
                kind = _KIND_OF_CLASS.get(sol["kind"].value)
                attrs["kind"] = kind.value if kind else None
            if sol["wikidata"] is not None:
                attrs["wikidata"] = sol["wikidata"].value.removeprefix(str(WD))
    return out
