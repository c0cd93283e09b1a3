"""Keeping a store's incidents in step with its documents.

The incidents of a store live in one derived named graph, :data:`INCIDENTS_GRAPH`; like the merged
default graph it is computed from the document graphs, never edited by hand.  After documents are
added, rebuilt or removed, :func:`update_incidents` reads the event reports from the store a few days at a
time, links them as they come (:class:`kg.incidents.link.Sweep`) and writes the incidents that changed.
Linking is a pure function of the set of reports and an incident's IRI comes from its earliest report, so
a new report joins an existing incident without renaming it, and an incident whose reports are all gone
disappears.

An incident in RDF::

    <incident>  a kg:Incident ; kg:hasReport <event> ... ; kg:reportCount n ; kg:sourceCount n ;
                kg:firstReported "date" ; kg:lastReported "date" ; kg:disagreesOn kg:agent | sem:hasPlace |
                sem:hasTimeStamp
"""

from __future__ import annotations

import tempfile
import urllib.parse
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import IO, Any, Protocol

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg import events
from kg.incidents.link import Incident, Report, Sweep, _order
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


# The day a report is dated by (kg.incidents.link.Report.day): the event's date, else its document's.  kg writes
# dates as xsd:date (10 characters) or coarser (xsd:gYearMonth, xsd:gYear: no day); "" for an undated report.
# ?key is the literal the day comes from, so a window of days can be read by looking its literals up.
_FULL_TIME = "BOUND(?time) && STRLEN(STR(?time)) >= 10"
_KEY = f'IF({_FULL_TIME}, ?time, IF(BOUND(?published) && STRLEN(STR(?published)) >= 10, ?published, ""))'


def _event_classes() -> str:
    return ", ".join(f"<{c}>" for c in _family_of_class())


def _every(condition: str = "") -> str:
    """Every report (a scan of the store's events), or those that meet ``condition``."""
    return f"""?e a ?type ; kg:document ?doc . FILTER(?type IN ({_event_classes()}))
    OPTIONAL {{ ?e sem:hasTimeStamp ?time }}
    OPTIONAL {{ ?doc dcterms:date ?published }} {condition}"""


def _days_query() -> str:
    """Each literal a report is dated by (its ?key) and how many reports it dates: one row per date, not per
    event; the days come from the literals (``SUBSTR(STR(?key), 1, 10)``)."""
    return _PROLOGUE + f"SELECT ?key (COUNT(?e) AS ?n) WHERE {{ {_every(f'BIND({_KEY} AS ?key)')} }} GROUP BY ?key"


def _dated_in(keys: Iterable[str]) -> str:
    """The reports dated by one of ``keys`` (date literals in N-Triples syntax), found by looking the literals up
    in the store's index, not by testing every event: those with that date, and those of documents of that
    date that give no day of their own."""
    values = " ".join(keys)
    return f"""{{ VALUES ?time {{ {values} }} ?e sem:hasTimeStamp ?time ; a ?type ; kg:document ?doc .
      FILTER(?type IN ({_event_classes()})) OPTIONAL {{ ?doc dcterms:date ?published }} }}
    UNION
    {{ VALUES ?published {{ {values} }} ?doc dcterms:date ?published . ?e kg:document ?doc ; a ?type .
      FILTER(?type IN ({_event_classes()})) OPTIONAL {{ ?e sem:hasTimeStamp ?time }} FILTER(!({_FULL_TIME})) }}"""


def _reports_query(where: str) -> str:
    """The reports that match ``where`` (:func:`_dated_in`, :func:`_every`): event, class, document and dates."""
    return _PROLOGUE + f"SELECT ?e ?type ?doc ?time ?published WHERE {{ {where} }}"


def _details_query(events: Iterable[str]) -> str:
    """The rest of what a :class:`Report` holds for each of ``events``, looked up by their IRIs.  (Joined to the
    reports of a window inside one query, these patterns were evaluated over every event of the store.)"""
    values = " ".join(f"<{e}>" for e in events)
    return (
        _PROLOGUE
        + f"""SELECT ?e ?doc ?place ?url ?modality ?polarity (MIN(?begin) AS ?position) WHERE {{
  VALUES ?e {{ {values} }}
  ?e kg:document ?doc ; kg:modality ?modality ; kg:polarity ?polarity .
  OPTIONAL {{ ?e sem:hasPlace ?place }}
  OPTIONAL {{ ?doc dcterms:source ?url }}
  OPTIONAL {{ ?e gaf:denotedBy ?mention . ?mention nif:beginIndex ?begin }}
}} GROUP BY ?e ?doc ?place ?url ?modality ?polarity"""
    )


def _participants_query(events: Iterable[str] | None = None) -> str:
    values = "" if events is None else "VALUES ?e { " + " ".join(f"<{e}>" for e in events) + " }\n  "
    return (
        _PROLOGUE
        + f"""SELECT ?e ?role ?actor ?collective WHERE {{
  {values}?e ?role ?actor . FILTER(?role IN ({", ".join(f"<{p}>" for p in _role_properties())}))
  BIND(EXISTS {{ ?actor a kg:Collective }} AS ?collective)
}}"""
    )


# Named attackers (agents that are not collectives such as "gunmen") and their names, for parents_by_name.
_AGENT_LABELS = (
    _PROLOGUE
    + """SELECT DISTINCT ?actor ?label WHERE {
  ?e kg:agent ?actor . FILTER NOT EXISTS { ?actor a kg:Collective } ?actor rdfs:label ?label
}"""
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
    def raw_query(self, sparql: str) -> Any: ...

    def patch_graph(self, graph: str | URIRef, *, remove: Iterable[str], add: Iterable[str]) -> None: ...


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


def _place(value: object, area_of: dict[str, str], unnamed: frozenset[str]) -> str | None:
    if value is None or str(value) in unnamed:
        return None
    return area_of.get(str(value), str(value))


@dataclass(frozen=True)
class Tables:
    """What a report's fields need from the whole store, which is small (one entry per named actor or place, not
    per event): the parents of named attackers (:func:`parents_by_name`), the place an area stands for
    (:func:`places_by_name`) and the places named by a common noun."""

    parents: dict[str, set[str]]
    area_of: dict[str, str]
    unnamed: frozenset[str]

    @classmethod
    def of(cls, store: _Store) -> Tables:
        labels: dict[str, set[str]] = defaultdict(set)
        for row in store.raw_query(_AGENT_LABELS):
            labels[row["actor"].value].add(row["label"].value)
        place_labels: dict[str, set[str]] = defaultdict(set)
        for row in store.raw_query(_PLACE_LABELS):
            place_labels[row["place"].value].add(row["label"].value)
        # "the army camp", "the commerce ministry": a common noun says what was hit, not where; two reports'
        # "army camp" are not one place, and one report's cannot rule out another's "Boulkessi".
        unnamed = {place for place, names in place_labels.items() if not any(c.isupper() for n in names for c in n)}
        return cls(parents_by_name(labels), places_by_name(place_labels), frozenset(unnamed))


_WINDOW_EVENTS = 2_000  # reports read from the store at a time (whole days)
_VALUES_CHUNK = 500  # event IRIs in one VALUES block


def windows(store: _Store) -> list[tuple[str, ...] | None]:
    """The date literals (N-Triples) of about :data:`_WINDOW_EVENTS` reports each, whole days in date order, to
    read with :func:`_reports_query`; None stands for the undated reports and comes first."""
    counts: dict[str, dict[str, int]] = defaultdict(dict)  # day -> literal -> reports
    undated = False
    for row in store.raw_query(_days_query()):
        key = row["key"]
        if key.value == "":
            undated = True
        else:
            counts[key.value[:10]][str(key)] = int(row["n"].value)
    out: list[tuple[str, ...] | None] = [None] if undated else []
    keys: list[str] = []
    size = 0
    for day in sorted(counts):
        n = sum(counts[day].values())
        if keys and size + n > _WINDOW_EVENTS:
            out.append(tuple(keys))
            keys, size = [], 0
        keys.extend(sorted(counts[day]))
        size += n
    if keys:
        out.append(tuple(keys))
    return out


def reports(store: _Store) -> list[Report]:
    """Every event of ``store`` as a :class:`Report`: its family, day (the event's date, else the
    document's), place, agents and targets; read in one query (:func:`stream` reads a few days at a time)."""
    return sorted(_window(store, Tables.of(store), _every()), key=lambda r: r.event)


def stream(store: _Store, tables: Tables | None = None) -> Iterator[Report]:
    """Every event of ``store`` as a :class:`Report`, in date order (the undated first), read a few days at a
    time through the date index: what :class:`kg.incidents.link.Sweep` takes."""
    tables = tables or Tables.of(store)
    for keys in windows(store):
        where = _every(f'FILTER({_KEY} = "")') if keys is None else _dated_in(keys)
        yield from sorted(_window(store, tables, where), key=_order)


def _window(store: _Store, tables: Tables, where: str) -> list[Report]:
    # Names are shared: one string per IRI and one frozenset per set of names (an empty frozenset is 216 bytes).
    shared: dict = {}

    def one(text: str) -> str:
        return shared.setdefault(text, text)

    def names(values: Iterable[str]) -> frozenset[str]:
        key = frozenset(values)
        return shared.setdefault(key, key)

    found = list(store.raw_query(_reports_query(where)))
    events = sorted({row["e"].value for row in found})
    details: dict[tuple[str, str], list[Any]] = defaultdict(list)
    agents: dict[str, set[str]] = defaultdict(set)
    named: dict[str, set[str]] = defaultdict(set)
    targets: dict[str, set[str]] = defaultdict(set)
    agent_role = str(KG.agent)
    for i in range(0, len(events), _VALUES_CHUNK):
        chunk = events[i : i + _VALUES_CHUNK]
        for row in store.raw_query(_details_query(chunk)):
            details[row["e"].value, row["doc"].value].append(row)
        for row in store.raw_query(_participants_query(chunk)):
            event, actor = one(row["e"].value), one(row["actor"].value)
            if row["role"].value == agent_role:
                agents[event].add(actor)
                if row["collective"].value.lower() not in ("true", "1"):
                    named[event].add(actor)
            else:
                targets[event].add(actor)
    out: dict[str, Report] = {}
    family_of_class = _family_of_class()
    happened_modality = (str(KG.Asserted), str(KG.Inspired))
    positive = str(KG.Positive)
    pairs = ((row, more) for row in found for more in details.get((row["e"].value, row["doc"].value), ()))
    for row, more in pairs:
        event, document = one(row["e"].value), one(row["doc"].value)
        time, published, url = _value(row["time"]), _value(row["published"]), _value(more["url"])
        place = _place(_value(more["place"]), tables.area_of, tables.unnamed)
        out[event] = Report(
            event=event,
            document=document,
            family=family_of_class[row["type"].value],
            day=_day(time) or _day(published),
            place=None if place is None else one(place),
            agents=names(agents.get(event, ())),
            targets=names(targets.get(event, ())),
            named_agents=names(named.get(event, ())),
            parents=names(p for a in named.get(event, ()) for p in tables.parents.get(a, ())),
            source=one(_source(url, document)),
            published=_day(published),
            asserted=more["modality"].value in happened_modality and more["polarity"].value == positive,
            position=_offset(_value(more["position"])),
        )
    return list(out.values())


def _value(term: object) -> str | None:
    return None if term is None else term.value  # type: ignore[attr-defined]


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


_BATCH_INCIDENTS = 500  # incidents compared with the stored ones at a time
_WRITE_STATEMENTS = 4_000  # changed statements written at a time (whole batches of incidents)

# Incidents with a report that is no longer an event of the store (its document was rebuilt or removed).
_STALE = (
    _PROLOGUE
    + f"""SELECT DISTINCT ?i ?p ?o WHERE {{
  GRAPH <{INCIDENTS_GRAPH}> {{ ?i kg:hasReport ?gone }} FILTER NOT EXISTS {{ ?gone kg:document ?doc }}
  GRAPH <{INCIDENTS_GRAPH}> {{ ?i ?p ?o }}
}}"""
)


def _stored(events: Iterable[str]) -> str:
    values = " ".join(f"<{e}>" for e in events)
    return (
        _PROLOGUE
        + f"SELECT DISTINCT ?i ?p ?o WHERE {{ VALUES ?e {{ {values} }} "
        + f"GRAPH <{INCIDENTS_GRAPH}> {{ ?i kg:hasReport ?e . ?i ?p ?o }} }}"
    )


def _statements(rows: Iterable[Any]) -> set[str]:
    return {f"{row['i']} {row['p']} {row['o']}" for row in rows}


def update_incidents(store: _Store) -> int:
    """Relink every event report of ``store`` into incidents and store them; returns the number of incidents.

    Call after documents were added, rebuilt or removed.  The reports are read a few days at a time and linked
    as they come (:class:`kg.incidents.link.Sweep`), and each incident is compared with the stored one; what
    changed goes to a temporary file, and is written once every report is read (:func:`_write`): reads that
    follow writes on the embedded store fill Oxigraph's block caches with the blocks of the files its
    compactions make, which in a store of 10,000 articles raised linking's peak by ~100 MiB (docs/BUILD.md).
    So memory does not grow with the store, and the graph ends as the relink of all reports at once makes it.
    """
    stale = _statements(store.raw_query(_STALE))
    if stale:
        store.patch_graph(INCIDENTS_GRAPH, remove=stale, add=())
    with tempfile.TemporaryFile("w+", encoding="utf-8") as changes:
        count = _compare(store, changes)
        changes.seek(0)
        _write(store, changes)
    return count


def _compare(store: _Store, changes: IO[str]) -> int:
    """Link the reports of ``store`` and write to ``changes`` the statements to remove (``-``) and add (``+``),
    a batch of incidents at a time, each batch ended by an empty line; reads only.  Returns the incidents.

    A batch's stored incidents are found through its reports, and a stored incident is compared once, by the
    first batch that finds it: what that batch removes is gone for the later batches (an incident made of
    reports from two batches has the IRI of its earliest report, so the batch that makes it again finds it
    through that report, first or after the batch that took its other reports away).  This is what writing
    each batch before comparing the next gives, without writing; the set of incidents compared so far stays
    empty in the first linking of a store.
    """
    from kg.rdf.terms import to_oxigraph

    compared: set[str] = set()  # stored incidents a batch has compared (N-Triples IRIs)
    pending: list[Incident] = []
    count = 0

    def compare() -> None:
        new = {
            f"{to_oxigraph(s)} {to_oxigraph(p)} {to_oxigraph(o)}" for i in pending for s, p, o in incident_triples(i)
        }
        events = [r.event for i in pending for r in i.reports]
        old: set[str] = set()
        found: set[str] = set()
        for k in range(0, len(events), _VALUES_CHUNK):
            for row in store.raw_query(_stored(events[k : k + _VALUES_CHUNK])):
                incident = str(row["i"])
                if incident not in compared:
                    found.add(incident)
                    old.add(f"{incident} {row['p']} {row['o']}")
        compared.update(found)
        changes.writelines(f"-{line}\n" for line in sorted(old - new))
        changes.writelines(f"+{line}\n" for line in sorted(new - old))
        changes.write("\n")
        pending.clear()

    sweep = Sweep()
    for report in stream(store):
        pending.extend(sweep.add(report))
        if len(pending) >= _BATCH_INCIDENTS:
            count += len(pending)
            compare()
    pending.extend(sweep.finish())
    count += len(pending)
    compare()
    return count


def _write(store: _Store, changes: IO[str]) -> None:
    """Apply the changes :func:`_compare` wrote, whole batches of them at a time: up to :data:`_WRITE_STATEMENTS`
    statements a patch (a bulk load when nothing is removed, else one transaction), so an incident's statements
    change together.  A statement one batch removes and a later one adds again stays."""
    remove: list[str] = []
    add: list[str] = []
    batch: list[str] = []

    def patch() -> None:
        if remove or add:
            adding = set(add)
            store.patch_graph(INCIDENTS_GRAPH, remove=[s for s in remove if s not in adding], add=add)
        remove.clear()
        add.clear()

    for line in changes:
        if line != "\n":
            batch.append(line)
            continue
        if len(remove) + len(add) + len(batch) > _WRITE_STATEMENTS:
            patch()
        for change in batch:
            (remove if change[0] == "-" else add).append(change[1:-1])
        batch.clear()
    patch()
