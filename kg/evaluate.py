"""Scoring extracted events against gold annotations (``kg evaluate``).

Gold is JSON Lines: ``{"id", "text", "complete", "events": [{"type", "agent": [aliases],
"target": [...], "to": [...], "location": [...], "modality"}]}``; each role lists acceptable surface
strings.  Predictions are kg's extraction contract.  Scores follow the usual event-coder audit:

* detection per type at record level: recall over all records, precision over records marked
  ``complete`` (every event annotated); a type also counts in its family's row (AIRSTRIKE in ATTACK's);
* role recall: a gold role is found when a predicted event of the same family has a matching
  role string; role precision (agent, target) on complete records;
* the headline: the mean of agent F1 and target F1;
* events per gold event (diagnostic): scored predicted events over scored gold events on complete
  records; gold has one event per incident, so well above 1 means incidents are counted per mention.

Only asserted and inspired events are scored; predictions marked planned, threatened,
hypothetical or negated are left out, as they do not claim that something happened.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.events import spec as event_spec
from kg.events import specs as event_specs

ROLES = ("agent", "target", "to", "location")
SCORED_MODALITIES = {"asserted", "inspired"}


def types() -> tuple[str, ...]:
    """The event types scored, in the order of their specs (kg.events)."""
    return tuple(s.type.value for s in event_specs())


TYPES = types()
"""The types scored when kg was imported (the built-in four); :func:`types` also sees types registered later."""


def _families() -> dict[str, str]:
    return {s.type.value: s.family.value for s in event_specs()}


_ARTICLES = {"the", "a", "an"}
_FUNCTION_WORDS = _ARTICLES | {
    "of",
    "in",
    "on",
    "at",
    "and",
    "or",
    "for",
    "to",
    "from",
    "by",
    "with",
    "its",
    "their",
    "his",
    "her",
    "some",
    "several",
    "many",
    "two",
    "three",
}
# Heads that name a kind of body rather than who it is: "Iraqi forces" and "Kurdish forces" differ.
_GENERIC_HEADS = {
    "forces",
    "force",
    "troops",
    "soldiers",
    "fighters",
    "militants",
    "group",
    "groups",
    "people",
    "members",
    "army",
    "military",
    "men",
    "gunmen",
    "officials",
    "government",
}


@dataclass(frozen=True)
class GoldEvent:
    type: str
    modality: str
    roles: Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class GoldRecord:
    id: str
    text: str
    complete: bool
    date: str | None
    events: tuple[GoldEvent, ...]


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 with the counts behind them; None where undefined."""

    precision: float | None
    recall: float | None
    f1: float | None
    support: int


@dataclass(frozen=True)
class Scores:
    records: int
    detection: Mapping[str, PRF]
    macro_f1: float | None
    role_recall: Mapping[str, float | None]
    role_precision: Mapping[str, float | None]
    role_f1: Mapping[str, float | None]
    headline: float | None
    counts: Mapping[str, tuple[int, int]] = field(default_factory=dict)  # role -> (hits, total)
    events: tuple[int, int] = (0, 0)  # (scored predicted, scored gold) events on complete records

    @property
    def events_per_gold(self) -> float | None:
        """Predicted events per gold event on complete records (1.0 = one event per incident)."""
        return self.events[0] / self.events[1] if self.events[1] else None


def load_gold(path: str | Path) -> list[GoldRecord]:
    """Gold records from a JSON Lines file; a malformed line is an InputError naming the line."""
    records = []
    try:
        handle = open(path, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read gold file {path}: {exc.strerror or exc}") from None
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                events = tuple(
                    GoldEvent(
                        type=str(e["type"]).upper(),
                        modality=str(e.get("modality") or "asserted").lower(),
                        roles={
                            r: tuple(a for a in (e.get(r) or []) if isinstance(a, str) and a.strip()) for r in ROLES
                        },
                    )
                    for e in raw.get("events") or []
                )
                records.append(
                    GoldRecord(
                        id=str(raw["id"]),
                        text=str(raw.get("text") or ""),
                        complete=bool(raw.get("complete")),
                        date=raw.get("date"),
                        events=events,
                    )
                )
            except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
                raise InputError(
                    f'{path}:{number}: not a gold record ({exc}); each line needs {{"id", "text", "events"}}'
                ) from None
    if any(e.type not in _families() for r in records for e in r.events):
        raise InputError(f"{path}: unknown event type; use one of {', '.join(types())}")
    return records


def normalise(text: str) -> list[str]:
    """Tokens of a role string for matching: lower case, no parentheses, possessives or leading article."""
    text = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'")
    text = re.sub(r"\([^)]*\)", " ", text)
    text = re.sub(r"'s\b|'", " ", text)
    tokens = re.sub(r"[^\w\s]", " ", text).split()
    while tokens and tokens[0] in _ARTICLES:
        tokens = tokens[1:]
    return tokens


def _content(tokens: list[str]) -> list[str]:
    return [t for t in tokens if t not in _FUNCTION_WORDS and not t.isdigit()]


def _same_stem(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)))


def _head(tokens: list[str]) -> str | None:
    for i, token in enumerate(tokens):
        if i and token in {"of", "in", "from", "loyal", "on", "at", "who", "which", "that"}:
            tokens = tokens[:i]
            break
    content = _content(tokens)
    return content[-1] if content else None


def matches(predicted: str, gold: str) -> bool:
    """True when two role strings name the same participant ("the Iraqi army" ~ "Iraqi army")."""
    p, g = normalise(predicted), normalise(gold)
    if not p or not g:
        return False
    if p == g:
        return True
    short, long_ = sorted((p, g), key=len)
    if _content(short) and any(long_[i : i + len(short)] == short for i in range(len(long_) - len(short) + 1)):
        return True
    hp, hg = _head(p), _head(g)
    if not (hp and hg and _same_stem(hp, hg)):
        return False
    if hp not in _GENERIC_HEADS and hg not in _GENERIC_HEADS:
        return True
    rest_p = [t for t in _content(p) if t != hp]
    rest_g = [t for t in _content(g) if t != hg]
    return any(_same_stem(a, b) for a in rest_p for b in rest_g)


def _role_strings(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list):
        return [s for v in value for s in _role_strings(v)]
    if isinstance(value, dict):
        return [str(value[k]) for k in ("text", "label") if value.get(k)]
    return []


def _scored_predictions(record: Mapping) -> list[dict]:
    families = _families()
    kept = []
    for event in record.get("events") or []:
        if str(event.get("modality") or "asserted") not in SCORED_MODALITIES:
            continue
        if str(event.get("polarity") or "positive") == "negative":
            continue
        if str(event.get("type")) in families:
            kept.append({"type": event["type"], **{r: _role_strings(event.get(r)) for r in ROLES}})
    return kept


def _prf(tp: int, predicted: int, found: int, support: int) -> PRF:
    precision = tp / predicted if predicted else None
    recall = found / support if support else None
    if recall == 0.0:
        f1 = 0.0
    elif precision is None or recall is None:
        f1 = None
    else:
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PRF(precision, recall, f1, support)


def _has(found: Iterable[Mapping], type_: str, families: Mapping[str, str]) -> bool:
    # A type's row also counts the types of its family (an air strike is an attack).
    return any(e["type"] == type_ or families[e["type"]] == type_ for e in found)


def score(gold: list[GoldRecord], predictions: Mapping[str, Mapping]) -> Scores:
    """Scores of ``predictions`` (contract records by id) against ``gold``."""
    names, families = types(), _families()
    detect = {t: [0, 0, 0, 0] for t in names}  # tp on complete, predicted on complete, found, support
    recall = {r: [0, 0] for r in ROLES}
    precision = {r: [0, 0] for r in ("agent", "target")}
    n_predicted = n_gold = 0
    for record in gold:
        gold_events: list[dict[str, Any]] = [
            {"type": e.type, **e.roles} for e in record.events if e.modality in SCORED_MODALITIES
        ]
        predicted = _scored_predictions(predictions.get(record.id, {}))
        for t in names:
            in_gold, in_pred = _has(gold_events, t, families), _has(predicted, t, families)
            counts = detect[t]
            counts[3] += in_gold
            counts[2] += in_gold and in_pred
            if record.complete and in_pred:
                counts[1] += 1
                counts[0] += in_gold
        for event in gold_events:
            family = families[event["type"]]
            candidates = [p for p in predicted if families[p["type"]] == family]
            has_to = event_spec(family).role("to") is not None
            for role in ROLES:
                if not event[role] or (role == "to" and not has_to):
                    continue
                recall[role][1] += 1
                recall[role][0] += any(matches(s, a) for p in candidates for s in p[role] for a in event[role])
        if not record.complete:
            continue
        n_predicted += len(predicted)
        n_gold += len(gold_events)
        for p in predicted:
            family_gold = [e for e in gold_events if families[e["type"]] == families[p["type"]]]
            for role in ("agent", "target"):
                aliases = [a for e in family_gold for a in e[role]]
                if p[role] and aliases:
                    precision[role][1] += 1
                    precision[role][0] += any(matches(s, a) for s in p[role] for a in aliases)
    detection = {t: _prf(*detect[t]) for t in names}
    f1s = [d.f1 for d in detection.values() if d.f1 is not None]

    def ratio(pair: list[int]) -> float | None:
        return pair[0] / pair[1] if pair[1] else None

    role_recall = {r: ratio(recall[r]) for r in ROLES}
    role_precision = {r: ratio(precision[r]) for r in precision}
    role_f1: dict[str, float | None] = {}
    for role in ("agent", "target"):
        prec, rec = role_precision[role], role_recall[role]
        role_f1[role] = None if prec is None or rec is None else (2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    defined = [v for v in role_f1.values() if v is not None]
    return Scores(
        records=len(gold),
        detection=detection,
        macro_f1=sum(f1s) / len(f1s) if f1s else None,
        role_recall=role_recall,
        role_precision=role_precision,
        role_f1=role_f1,
        headline=sum(defined) / len(defined) if defined else None,
        counts={r: (recall[r][0], recall[r][1]) for r in ROLES},
        events=(n_predicted, n_gold),
    )


def gold_documents(gold: Iterable[GoldRecord]):
    """The gold texts as Documents, for running extraction on them."""
    from kg.models import Document

    for record in gold:
        yield Document(id=record.id, text=record.text, date=record.date, source=record.id)


def predict(gold: Iterable[GoldRecord], nlp: Any) -> dict[str, dict]:
    """kg's extraction of the gold texts, as contract records keyed by record id: what :func:`score` takes."""
    from kg.contract import extraction_record
    from kg.extract import extract

    return {x.document.id: extraction_record(x) for x in extract(gold_documents(gold), nlp=nlp)}
