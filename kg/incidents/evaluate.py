"""Scoring a store's incidents against a cross-document gold set (tests/fixtures/incidents.jsonl).

Gold is JSON Lines, one document per line: ``{"id", "text", "date", "url", "incidents": [gold incident
ids, one per incident the document reports, in the order it first reports them], "types": [the event
type of each], "cues": [a string from the sentence that reports each]}``; ``cues`` is needed only when a
document reports several incidents of one type family.  kg never reads these fields.

**Alignment.**  Every asserted event kg stored for a document (planned, threatened, hypothetical and
negated events are left out, as the linker leaves them out) is mapped to one of the document's gold
incidents of its family (ATTACK and AIRSTRIKE are one family): the only one when there is one; when there
are several, the one whose cue occurs in one of the event's sentences (the first listed if several do).  An
event with no gold counterpart is *spurious*; a gold incident of a document with no event mapped to it is a
*missed* report.

**Scores** (:func:`score`):

* ``mentions`` — B³ over event mentions: the items are kg's events plus one item per missed report; an
  item's gold cluster is its gold incident (a spurious event is a singleton), its predicted cluster its
  ``kg:Incident`` (a missed report is a singleton).  What an analyst counting incidents sees: extra events
  of one incident inside a document (kg does not link those) count against recall.
* ``reports`` — B³ over document reports: a document's events mapped to one gold incident are one
  report, and two reports are in one predicted cluster when some of their events share an incident.  The
  cross-document figure, with within-document duplicates folded.
* ``pairs`` — pairwise precision/recall/F1 over pairs of reports from different documents, counting only
  reports kg found (a gold pair with a missed side cannot be linked and is left out, reported in
  ``unscorable``): the linker's own error, isolated from detection.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.evaluate import PRF
from kg.events import family as event_family
from kg.models import Document


@dataclass(frozen=True)
class GoldDocument:
    """One gold document: its text and the gold incidents it reports, with their families and cues."""

    id: str
    text: str
    date: str | None
    url: str | None
    incidents: tuple[str, ...]
    families: tuple[str, ...]
    cues: tuple[str | None, ...]

    def document(self) -> Document:
        return Document(id=self.id, text=self.text, date=self.date, url=self.url)


@dataclass(frozen=True)
class Prediction:
    """One asserted event kg stored: its document id, family, the text of its sentences and ``kg:Incident``."""

    event: str
    document: str
    family: str
    sentence: str
    incident: str


Report = tuple[str, str]
"""A document's report of an incident: (document id, gold incident id), or (document id, event IRI) for a
spurious event."""


@dataclass(frozen=True)
class IncidentScores:
    mentions: PRF  # B³ over event mentions
    reports: PRF  # B³ over document reports
    pairs: PRF  # pairwise over cross-document pairs of reports kg found
    events: int  # asserted events scored
    spurious: int  # events with no gold counterpart
    missed: int  # gold reports with no event
    unscorable: int  # gold cross-document pairs with a missed side
    wrongly_linked: tuple[tuple[Report, Report], ...]
    wrongly_separated: tuple[tuple[Report, Report], ...]
    missed_reports: tuple[Report, ...] = ()


def load_gold(path: str | Path) -> list[GoldDocument]:
    """Gold documents from a JSON Lines file; a malformed line is an InputError naming the line."""
    documents = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            incidents = tuple(str(i) for i in record["incidents"])
            families = tuple(event_family(str(t)).value for t in record["types"])
            cues = tuple(record.get("cues") or (None,) * len(incidents))
        except (ValueError, KeyError, TypeError) as error:
            raise InputError(f"{path}:{number}: not a gold incident record ({error})") from error
        if not (len(incidents) == len(families) == len(cues)):
            raise InputError(f"{path}:{number}: incidents, types and cues differ in length")
        for family in set(families):
            same = [c for c, f in zip(cues, families, strict=True) if f == family]
            if len(same) > 1 and not all(same):
                raise InputError(f"{path}:{number}: several {family} incidents need a cue each")
        documents.append(
            GoldDocument(
                id=str(record["id"]),
                text=str(record["text"]),
                date=record.get("date"),
                url=record.get("url"),
                incidents=incidents,
                families=families,
                cues=cues,
            )
        )
    return documents


# An event's sentences: the one it was derived from and those of its other mentions (gaf:denotedBy).
_PREDICTIONS = """SELECT ?e ?sentence ?incident WHERE {
  { ?e prov:wasDerivedFrom ?s } UNION { ?e gaf:denotedBy/nif:sentence ?s }
  ?s nif:anchorOf ?sentence .
  OPTIONAL { GRAPH <%s> { ?incident kg:hasReport ?e } }
}"""


def predictions(store: Any) -> list[Prediction]:
    """The asserted events of ``store`` with their incidents (call after ``kg.build.jobs.build``)."""
    from kg.incidents.sync import INCIDENTS_GRAPH, reports

    rows: dict[str, dict] = {}
    for row in store.query(_PREDICTIONS % INCIDENTS_GRAPH).strings():
        seen = rows.setdefault(str(row["e"]), {"incident": row.get("incident"), "sentences": []})
        if str(row["sentence"]) not in seen["sentences"]:
            seen["sentences"].append(str(row["sentence"]))
    ids = {
        str(r["doc"]): str(r["id"]) for r in store.query("SELECT ?doc ?id WHERE { ?doc kg:documentId ?id }").strings()
    }
    out = []
    for report in reports(store):
        if not report.asserted or report.event not in rows:
            continue
        row = rows[report.event]
        incident = row.get("incident")
        out.append(
            Prediction(
                event=report.event,
                document=ids.get(report.document, report.document),
                family=report.family,
                sentence=" ".join(sorted(row["sentences"])),
                incident=str(incident) if incident is not None else report.event,
            )
        )
    return out


def align(document: GoldDocument, event: Prediction) -> str | None:
    """The gold incident of ``document`` that ``event`` reports, or None (a spurious event)."""
    candidates = [
        (incident, cue)
        for incident, family, cue in zip(document.incidents, document.families, document.cues, strict=True)
        if family == event.family
    ]
    if len(candidates) == 1:
        return candidates[0][0]
    return next((incident for incident, cue in candidates if cue and cue in event.sentence), None)


def _b3(gold_of: Mapping[Any, Any], predicted_of: Mapping[Any, Any]) -> PRF:
    """B³ precision and recall averaged over the items of two partitions (item -> cluster label)."""
    gold_members: dict[Any, set] = defaultdict(set)
    predicted_members: dict[Any, set] = defaultdict(set)
    for item, cluster in gold_of.items():
        gold_members[cluster].add(item)
    for item, cluster in predicted_of.items():
        predicted_members[cluster].add(item)
    precision = recall = 0.0
    for item in gold_of:
        both = len(gold_members[gold_of[item]] & predicted_members[predicted_of[item]])
        precision += both / len(predicted_members[predicted_of[item]])
        recall += both / len(gold_members[gold_of[item]])
    n = len(gold_of)
    if not n:
        return PRF(None, None, None, 0)
    p, r = precision / n, recall / n
    return PRF(p, r, 2 * p * r / (p + r) if p + r else 0.0, n)


def _pairwise(predicted: set[frozenset], gold: set[frozenset]) -> PRF:
    tp = len(predicted & gold)
    p = tp / len(predicted) if predicted else None
    r = tp / len(gold) if gold else None
    f1 = 2 * p * r / (p + r) if p is not None and r is not None and p + r else (0.0 if tp == 0 and gold else None)
    return PRF(p, r, f1, len(gold))


def _find(parent: dict, x: Any) -> Any:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def score(gold: Sequence[GoldDocument], predicted: Iterable[Prediction]) -> IncidentScores:
    """B³ over mentions and reports and cross-document pairwise scores of ``predicted`` against ``gold``;
    predictions for documents not in ``gold`` are ignored."""
    by_id = {d.id: d for d in gold}
    events = [p for p in predicted if p.document in by_id]
    report_of: dict[str, Report] = {}
    spurious = 0
    for p in events:
        incident = align(by_id[p.document], p)
        report_of[p.event] = (p.document, incident if incident is not None else p.event)
        spurious += incident is None
    gold_reports = {(d.id, i) for d in gold for i in d.incidents}
    found = set(report_of.values()) & gold_reports
    missed = gold_reports - found

    def gold_cluster(report: Report) -> str:
        return report[1] if report in gold_reports else f"spurious:{report[1]}"

    # B³ over event mentions: kg's events plus one item per missed report.
    gold_of: dict[Any, str] = {p.event: gold_cluster(report_of[p.event]) for p in events}
    predicted_of: dict[Any, str] = {p.event: p.incident for p in events}
    for report in missed:
        gold_of[report] = report[1]
        predicted_of[report] = f"missed:{report}"
    mentions = _b3(gold_of, predicted_of)

    # B³ over reports: reports whose events share an incident are one predicted cluster.
    parent: dict[Any, Any] = {r: r for r in set(report_of.values()) | missed}
    first_in: dict[str, Report] = {}
    for p in events:
        report = report_of[p.event]
        if p.incident in first_in:
            parent[_find(parent, report)] = _find(parent, first_in[p.incident])
        else:
            first_in[p.incident] = report
    reports = _b3({r: gold_cluster(r) for r in parent}, {r: _find(parent, r) for r in parent})

    # Pairwise over cross-document pairs of reports kg found.
    members: dict[str, set[Report]] = defaultdict(set)
    for p in events:
        members[p.incident].add(report_of[p.event])
    predicted_pairs = {
        frozenset((a, b)) for group in members.values() for a, b in combinations(sorted(group), 2) if a[0] != b[0]
    }
    by_incident: dict[str, list[Report]] = defaultdict(list)
    for report in sorted(gold_reports):
        by_incident[report[1]].append(report)
    gold_pairs = {frozenset(pair) for group in by_incident.values() for pair in combinations(group, 2)}
    scorable = {pair for pair in gold_pairs if pair <= found}
    return IncidentScores(
        mentions=mentions,
        reports=reports,
        pairs=_pairwise(predicted_pairs, scorable),
        events=len(events),
        spurious=spurious,
        missed=len(missed),
        unscorable=len(gold_pairs) - len(scorable),
        wrongly_linked=tuple(sorted(_ordered(pair) for pair in predicted_pairs - gold_pairs)),
        wrongly_separated=tuple(sorted(_ordered(pair) for pair in scorable - predicted_pairs)),
        missed_reports=tuple(sorted(missed)),
    )


def _ordered(pair: frozenset[Report]) -> tuple[Report, Report]:
    first, second = sorted(pair)
    return first, second
