"""Keeping a store's incidents in step with its documents.

The incidents of a store live in one derived named graph, :data:`INCIDENTS_GRAPH`; like the merged
default graph it is computed from the document graphs, never edited by hand.  After documents are
added, rebuilt or removed, :func:`update_incidents` reads every event report from the store, links
them (:func:`kg.incidents.link.link`) and rewrites the incidents graph when it changed.  Linking is a
pure function of the set of reports and an incident's IRI comes from its earliest report, so a new
report joins an existing incident without renaming it, and an incident whose reports are all gone
disappears.

An incident in RDF::

    <incident>  a kg:Incident ; kg:hasReport <event> ... ; kg:reportCount n ; kg:sourceCount n ;
                kg:firstReported "date" ; kg:lastReported "date" ; kg:disagreesOn kg:agent | sem:hasPlace |
                sem:hasTimeStamp
"""

from __future__ import annotations

import urllib.parse
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any, Protocol

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg import events
from kg.incidents.link import Incident, Report, link
from kg.rdf.iri import mint
from kg.rdf.vocab import INCIDENTS_GRAPH as _INCIDENTS_GRAPH
from kg.rdf.vocab import KG, PREFIXES, SEM

INCIDENTS_GRAPH = URIRef(_INCIDENTS_GRAPH)
"""The named graph that holds every incident of a store (derived data, like the merged default graph)."""


def _family_of_class() -> dict[str, str]:
    # From the event types' specs (kg.events): an air strike reports an attack.
    return {str(s.class_iri): s.family.value for s in events.specs()}


def _role_properties() -> list[URIRef]:
    return list(dict.fromkeys(r.property_iri for s in events.specs() for r in s.roles))


_DISAGREEMENT_PROPERTY = {"agent": KG.agent, "place": SEM.hasPlace, "time": SEM.hasTimeStamp}

_PROLOGUE = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
# Only events said to have happened are reports of an incident; planned, threatened, hypothetical and
# negated events each stay an incident of their own.


def _reports_query() -> str:
    classes = ", ".join(f"<{c}>" for c in _family_of_class())
    return (
        _PROLOGUE
        + f"""SELECT ?e ?type ?doc ?time ?published ?place ?url ?modality ?polarity
       (MIN(?begin) AS ?position) WHERE {{
  ?e a ?type ; kg:document ?doc ; kg:modality ?modality ; kg:polarity ?polarity .
  FILTER(?type IN ({classes}))
  OPTIONAL {{ ?e sem:hasTimeStamp ?time }}
  OPTIONAL {{ ?doc dcterms:date ?published }}
  OPTIONAL {{ ?e sem:hasPlace ?place }}
  OPTIONAL {{ ?doc dcterms:source ?url }}
  OPTIONAL {{ ?e gaf:denotedBy ?mention . ?mention nif:beginIndex ?begin }}
}} GROUP BY ?e ?type ?doc ?time ?published ?place ?url ?modality ?polarity"""
    )


def _participants_query() -> str:
    return (
        _PROLOGUE
        + f"""SELECT ?e ?role ?actor ?collective ?label WHERE {{
  ?e ?role ?actor . FILTER(?role IN ({", ".join(f"<{p}>" for p in _role_properties())}))
  BIND(EXISTS {{ ?actor a kg:Collective }} AS ?collective)
  OPTIONAL {{ ?actor rdfs:label ?label }}
}}"""
    )


_PLACE_LABELS = _PROLOGUE + "SELECT DISTINCT ?place ?label WHERE { ?e sem:hasPlace ?place . ?place rdfs:label ?label }"
# Words after a place's name that make it the area around the place, not another place: "Konduga Local
# Government Area", "Sinjar district", "Kabul province" are Konduga, Sinjar and Kabul for linking.
_AREA_WORDS = {
    ("district",),
    ("sub", "district"),
    ("province",),
    ("region",),
    ("governorate",),
    ("state",),
    ("territory",),
    ("county",),
    ("municipality",),
    ("prefecture",),
    ("department",),
    ("commune",),
    ("city",),
    ("town",),
    ("area",),
    ("lga",),
    ("local", "government", "area"),
    ("local", "government"),
}


class _Store(Protocol):
    def query(self, sparql: str) -> Any: ...

    def replace_graph(self, graph: str | URIRef, triples: Any) -> bool: ...


def _day(value: object) -> date | None:
    text = str(value) if value is not None else ""
    try:
        return date.fromisoformat(text[:10]) if len(text) >= 10 else None
    except ValueError:
        return None


def _offset(value: object) -> int:
    try:
        return int(str(value)) if value is not None else 0
    except ValueError:
        return 0


def _source(url: object, document: str) -> str:
    host = urllib.parse.urlsplit(str(url)).hostname if url is not None else None
    return host.removeprefix("www.") if host else document


def _words(label: str) -> tuple[str, ...]:
    words = label.lower().replace("-", " ").replace("\u2019", "'").split()
    return tuple(words[1:] if words[:1] == ["the"] else words)


def parents_by_name(labels: dict[str, set[str]]) -> dict[str, set[str]]:
    """Actor IRI -> the actors whose name of two words or more begins its name: the Islamic State for the
    Islamic State West Africa Province, al-Qaeda for al-Qaeda in the Arabian Peninsula, "Abdirahman Hassan"
    for "Abdirahman Hassan Dheere".  A one-word name is too often a part of unrelated names to count."""
    named: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for actor, names in labels.items():
        for label in names:
            named[_words(label)].add(actor)
    parents: dict[str, set[str]] = defaultdict(set)
    for actor, names in labels.items():
        for label in names:
            words = _words(label)
            for length in range(2, len(words)):
                parents[actor] |= named.get(words[:length], set()) - {actor}
    return parents


def places_by_name(labels: dict[str, set[str]]) -> dict[str, str]:
    """Place IRI -> the place it is the area of, by name ("Sinjar district" -> Sinjar), when that place is
    in ``labels`` (place IRI -> labels) too; a report of Sinjar and one of Sinjar district can be one incident."""
    named: dict[tuple[str, ...], str] = {}
    for place, names in sorted(labels.items()):
        for label in names:
            named.setdefault(_words(label), place)
    out: dict[str, str] = {}
    for place, names in labels.items():
        for label in names:
            words = _words(label)
            for size in (3, 2, 1):
                core = words[:-size]
                if core and words[-size:] in _AREA_WORDS and named.get(core, place) != place:
                    out[place] = named[core]
                    break
    return out


def _place(value: object, area_of: dict[str, str], unnamed: set[str]) -> str | None:
    if value is None or str(value) in unnamed:
        return None
    return area_of.get(str(value), str(value))


def reports(store: _Store) -> list[Report]:
    """Every event of ``store`` as a :class:`Report`: its family, day (the event's date, else the
    document's), place, agents and targets."""
    # Every event of the store is held at once: names are shared, one string per IRI and one frozenset per
    # set of names (an empty frozenset is 216 bytes; a report had four), so memory grows by the events'
    # own IRIs, not by copies of the actors, places and documents they name.
    shared: dict = {}

    def one(value: object) -> str:
        text = str(value)
        return shared.setdefault(text, text)

    def names(values: Iterable[str]) -> frozenset[str]:
        key = frozenset(values)
        return shared.setdefault(key, key)

    agents: dict[str, set[str]] = defaultdict(set)
    named: dict[str, set[str]] = defaultdict(set)
    targets: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, set[str]] = defaultdict(set)
    for row in store.query(_participants_query()).dicts():
        event, actor = one(row["e"]), one(row["actor"])
        if str(row["role"]) == str(KG.agent):
            agents[event].add(actor)
            if str(row.get("collective")).lower() not in ("true", "1"):
                named[event].add(actor)
                if row.get("label") is not None:
                    labels[actor].add(str(row["label"]))
        else:
            targets[event].add(actor)
    parents = parents_by_name(labels)
    place_labels: dict[str, set[str]] = defaultdict(set)
    for row in store.query(_PLACE_LABELS).dicts():
        place_labels[str(row["place"])].add(str(row["label"]))
    area_of = places_by_name(place_labels)
    # "the army camp", "the commerce ministry": a common noun says what was hit, not where; two reports' "army
    # camp" are not one place, and one report's cannot rule out another's "Boulkessi".
    unnamed = {place for place, names in place_labels.items() if not any(c.isupper() for n in names for c in n)}
    out: dict[str, Report] = {}
    family_of_class = _family_of_class()
    for row in store.query(_reports_query()).dicts():
        event, document = one(row["e"]), one(row["doc"])
        happened = str(row["modality"]) in (str(KG.Asserted), str(KG.Inspired)) and str(row["polarity"]) == str(
            KG.Positive
        )
        out[event] = Report(
            event=event,
            document=document,
            family=family_of_class[str(row["type"])],
            day=_day(row.get("time")) or _day(row.get("published")),
            place=None if (place := _place(row.get("place"), area_of, unnamed)) is None else one(place),
            agents=names(agents.get(event, ())),
            targets=names(targets.get(event, ())),
            named_agents=names(named.get(event, ())),
            parents=names(p for a in named.get(event, ()) for p in parents.get(a, ())),
            source=one(_source(row.get("url"), document)),
            published=_day(row.get("published")),
            asserted=happened,
            position=_offset(row.get("position")),
        )
    return [out[e] for e in sorted(out)]


def incident_iri(incident: Incident) -> URIRef:
    return mint("incident", incident.family.lower(), key=incident.key)


def incident_triples(incident: Incident) -> Iterator[tuple[URIRef, URIRef, Any]]:
    """The triples that describe ``incident`` in :data:`INCIDENTS_GRAPH`."""
    node = incident_iri(incident)
    yield node, RDF.type, KG.Incident
    for report in incident.reports:
        yield node, KG.hasReport, URIRef(report.event)
    yield node, KG.reportCount, Literal(len(incident.reports), datatype=XSD.integer)
    yield node, KG.sourceCount, Literal(len(incident.sources), datatype=XSD.integer)
    first, last = incident.first_reported, incident.last_reported
    if first is not None and last is not None:
        yield node, KG.firstReported, Literal(first.isoformat(), datatype=XSD.date)
        yield node, KG.lastReported, Literal(last.isoformat(), datatype=XSD.date)
    for role in sorted(incident.disagreements):
        yield node, KG.disagreesOn, _DISAGREEMENT_PROPERTY[role]


def update_incidents(store: _Store) -> int:
    """Relink every event report of ``store`` into incidents and store them; returns the number of incidents.

    Call after documents were added, rebuilt or removed.  The incidents graph is rewritten only when its
    content changed, in one transaction of the store.
    """
    incidents = link(reports(store))
    # A generator: the store makes its own statements of the triples, so no list of rdflib terms is held too.
    store.replace_graph(INCIDENTS_GRAPH, (t for incident in incidents for t in incident_triples(incident)))
    return len(incidents)
