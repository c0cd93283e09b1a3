"""The training of the role ranker (kg.extract.learned.ranker) on the project's own annotated fixtures, which
``python benchmarks/role_ranker.py DIR --train`` runs to write kg/data/role_ranker.json.gz (the scorer's match and the
contract's records are later stages than extraction, so the benchmark hands them in). Deterministic: the same
fixtures and the same spaCy model give the same file.

Each fixture record is extracted with no ranker; every agent and target slot of its events, filled by the rules or
not, gives its candidates (kg.extract.learned.slots). A candidate is a positive when its words match a gold role
string of the same role in a gold event of the event's family (the scorer's own match, kg.evaluate.matches), else a
negative; a slot of an event whose family the gold record does not hold says nothing about roles and is left out
(that is a detection error). Filled slots are kept: they teach which relations name a doer, and the empty ones,
where the ranker works, are the same candidates in harder sentences.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from kg.events import family
from kg.extract.learned import ranker
from kg.extract.learned.train import fit, records
from kg.models import Document, Extraction

Match = Callable[[str, str], bool]  # kg.evaluate.matches: do two role strings name the same participant
Record = Callable[[Extraction], dict]  # kg.contract.extraction_record

# Every annotated fixture set of the project's writers and of the scraped pages and feeds (never ../shared/eval/).
TRAINING_SETS = (
    "heldout", "stress", "stress2", "stress3", "stress4", "stress5", "stress6", "stress7", "stress8", "stress9",
    "stress10", "stress11", "stress12", "stress13", "stress14", "stress15", "stress16", "stress17", "stress18",
    "agnews", "webnews", "feeds", "pages", "longform_probes", "summaries",
)  # fmt: skip
# The probability at which the best candidate fills an empty slot, per role: the best of benchmarks/role_ranker.py's
# grid over every set (leave-one-set-out for the training sets; dev and the real sets kept outside the repository
# with the model trained on all). A doer at 0.5-0.6 gains on the folds, dev and both real sets of session 28; 0.6,
# because at 0.5 the ranker names doers the rules' near-miss tests hold out ("The suspects were not involved in the
# attack", p 0.50); a target below 0.7 loses on one real set (docs/EXTRACTION.md, "A learned role ranker").
THRESHOLDS: dict[str, float | None] = {"agent": 0.6, "target": 0.7}
_SCORED = ("asserted", "inspired")


def _gold_aliases(record: dict) -> dict[tuple[str, str], list[str]]:
    """The gold role strings per (family, role) of a record's scored events."""
    out: dict[tuple[str, str], list[str]] = {}
    for event in record.get("events") or []:
        if str(event.get("modality") or "asserted") not in _SCORED:
            continue
        fam = family(event["type"]).value
        for role in ("agent", "target"):
            out.setdefault((fam, role), []).extend(event.get(role) or [])
    return out


def examples(gold: Sequence[dict], nlp, match: Match, record_of: Record) -> list[dict]:  # noqa: ANN001
    """Per gold record: its id, kg's extraction with no ranker (the contract record), and every slot of its events
    whose family the gold holds, with each candidate's words, features and label."""
    from kg.extract.pipeline import extract

    recorder = ranker.Recorder()
    docs = (Document(id=r["id"], text=r["text"], date=r.get("date"), source=r["id"]) for r in gold)
    with ranker.using(recorder):
        extractions = list(extract(docs, nlp=nlp, prefilter=False))
    out = []
    for record, extraction, seen in zip(gold, extractions, recorder.seen, strict=True):
        aliases = _gold_aliases(record)
        slots = []
        for slot in seen:
            event = extraction.events[slot.index]
            fam = family(event.type).value
            if (fam, "agent") not in aliases:
                continue  # the gold has no event of this family: a detection error, nothing about roles
            wanted = aliases[(fam, slot.role)]
            filled = bool(event.agents if slot.role == "agent" else event.targets)
            cands = [
                {
                    "text": c.mention.span.text,
                    "features": list(c.features),
                    "label": int(any(match(c.mention.span.text, a) for a in wanted)),
                }
                for c in slot.candidates
            ]
            slots.append({"index": slot.index, "role": slot.role, "filled": filled, "gold": bool(wanted),
                          "candidates": cands})  # fmt: skip
        out.append({"id": record["id"], "prediction": record_of(extraction), "slots": slots})
    return out


def training_rows(data: Iterable[dict]) -> tuple[list[list[str]], list[int]]:
    """The candidates of every slot as (features, label) rows."""
    rows, labels = [], []
    for record in data:
        for slot in record["slots"]:
            for cand in slot["candidates"]:
                rows.append(cand["features"])
                labels.append(cand["label"])
    return rows, labels


def model(data: Iterable[dict], thresholds: dict[str, float | None]) -> dict:
    """The model file's contents for these examples."""
    rows, labels = training_rows(data)
    bias, weights = fit(rows, labels)
    return {"version": 1, "bias": bias, "weights": weights, "thresholds": thresholds}


def cached(  # noqa: PLR0913
    name: str,
    nlp,
    match: Match,
    record_of: Record,
    folder: Path | None,
    gold: Path | None = None,  # noqa: ANN001
) -> list[dict]:
    """The examples of fixture set ``name`` (or of the gold file ``gold``), read from ``folder`` when it holds them,
    else made (and kept there)."""
    path = None if folder is None else folder / f"{name}.json"
    if path is not None and path.is_file():
        return json.loads(path.read_text(encoding="utf-8"))
    if gold is None:
        data = examples(records(name), nlp, match, record_of)
    else:
        with open(gold, encoding="utf-8") as handle:
            data = examples([json.loads(line) for line in handle if line.strip()], nlp, match, record_of)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data), encoding="utf-8")
    return data
