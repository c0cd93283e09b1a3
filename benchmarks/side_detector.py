"""Leave-one-writer-out evaluation of the learned side-change detector (kg.extract.learned.detector).

For each writer-session S (heldout, stress, stress2 ... stress13, the training writers, and stress14 ... stress18,
the fresh writers no model trains on: train.SCORED_ONLY): train the detector on every other training set (and the
small fixtures that are never left out), run kg with it on S, and score S with and without its events, at every
threshold of a grid. dev is scored with the model trained on all the fixtures (it is never trained on). The backoff's
events are built once per set with the threshold at zero and dropped below each threshold afterwards, which is what
the pipeline does: at most one event per type per document, only where the rules found none.

    python benchmarks/side_detector.py parse DIR                 # parse every set once into DIR (spaCy DocBin)
    python benchmarks/side_detector.py cv DIR [--sets S ...]    # the table; --json OUT writes the figures

``--gold NAME=PATH`` (either step, repeatable) adds a set kept outside the repository, scored with the model of all
the fixtures and never trained on, like dev; ``--train-gold NAME=PATH`` adds one every other fold trains on (and is
scored as a fold). Every fold also trains on the stored sentences of the real sets (train.REAL_EXAMPLES) not given
by name, as the shipped model does.

The parse step keeps the parser out of the loop (it is the slow part); the rules and the detector run on the stored
parses, which give the same events as a fresh parse (checked on stress11 against quality.py; the weights trained on
them are the shipped file's bytes). The rules' own records of a set are kept too (DIR/NAME.rules.json, made on the
first cv run that needs them): a fold extracts again only the documents where the backoff can add an event (a side
trigger of the rules, and a sentence the model gives at least the grid's lowest threshold for a type the rules left
open), which is what makes a table of twenty folds fit in half an hour on a shared machine. The model of a fold has
its thresholds at the grid's lowest, so no event below it is built (the first round built them at zero and dropped
them after, which only an incident merge of such an event could tell apart).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from spacy.tokens import DocBin

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quality import gold_sets  # noqa: E402

from kg.contract import extraction_record  # noqa: E402
from kg.evaluate import _role_strings, gold_documents, load_gold, matches, score  # noqa: E402
from kg.extract.learned import detector as det  # noqa: E402
from kg.extract.learned import train  # noqa: E402
from kg.extract.learned.features import features  # noqa: E402
from kg.extract.nlp import load  # noqa: E402
from kg.extract.pipeline import _triggers, extract_doc, readable  # noqa: E402

DUMP: list = []
GRID = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
FIXTURE_SETS = train.WRITER_SETS + train.EXTRA_SETS


# Gold sets kept outside the repository (--gold NAME=PATH): scored only, never trained on; and those every fold trains
# on too (--train-gold NAME=PATH: real text the project annotated, kept outside the repository for its licence).
EXTERNAL: dict[str, Path] = {}
TRAINED_EXTERNAL: list[str] = []


def _path(name: str) -> Path:
    return EXTERNAL.get(name) or gold_sets().get(name) or train.FIXTURES / f"{name}.jsonl"


def parse(out: Path, names: list[str]) -> None:
    """Parse each set once into ``out``/NAME.spacy."""
    nlp = load()
    out.mkdir(parents=True, exist_ok=True)
    for name in names:
        texts = [r["text"] for r in train.read_records(_path(name))]
        bin_ = DocBin(store_user_data=True)
        for doc in nlp.pipe((readable(t) for t in texts), batch_size=32):
            bin_.add(doc)
        bin_.to_disk(out / f"{name}.spacy")
        print(name, len(texts), flush=True)


def _docs(folder: Path, name: str, vocab) -> list:  # noqa: ANN001
    return list(DocBin().from_disk(folder / f"{name}.spacy").get_docs(vocab))


def _figures(s) -> dict:  # noqa: ANN001
    d = {t: s.detection[t] for t in ("DEFECTION", "ALLEGIANCE")}
    return {
        "headline": s.headline,
        "macro": s.macro_f1,
        **{f"{t[:3]} {k}": getattr(v, k) for t, v in d.items() for k in ("precision", "recall", "f1")},
    }


def rules_only(folder: Path, name: str, docs: list, nlp) -> dict:  # noqa: ANN001
    """The rules' records of set ``name`` (no backoff) and, per record, whether a side trigger of the rules matched:
    read from DIR/NAME.rules.json, made once."""
    path = folder / f"{name}.rules.json"
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    det.use(None)
    records, gate = {}, {}
    for doc, document in zip(docs, gold_documents(load_gold(_path(name))), strict=True):
        gate[document.id] = any(t in det.TYPES for t, _ in _triggers(nlp)(doc))
        records[document.id] = extraction_record(extract_doc(doc, document, triggers=_triggers(nlp)))
    found = {"records": records, "gate": gate}
    path.write_text(json.dumps(found), encoding="utf-8")
    return found


def _may_add(doc, record: dict, model: det.Detector) -> bool:  # noqa: ANN001
    """True when the backoff can add an event to ``doc``: a sentence its model gives the grid's lowest threshold
    for a type the rules' record lacks (or a type read per sentence)."""
    has = {e["type"] for e in record["events"]}
    read = [[f for f, _ in features(s)] for s in det.sentences(doc)]
    return any(
        m.probability(feats) >= GRID[0]
        for t, m in model.models.items()
        if t.value not in has or t in det.PER_SENTENCE
        for feats in read
    )


def evaluate(name: str, docs: list, model: det.Detector, nlp, rules: dict) -> dict:  # noqa: ANN001
    """Scores of set ``name`` with the backoff's events kept at each threshold of the grid, and without them;
    ``rules`` is :func:`rules_only`'s, whose records stand for the documents the backoff cannot add to."""
    gold = load_gold(_path(name))
    model.seen = []
    det.use(model)
    predicted = dict(rules["records"])
    for doc, document in zip(docs, gold_documents(gold), strict=True):
        if rules["gate"][document.id] and _may_add(doc, rules["records"][document.id], model):
            predicted[document.id] = extraction_record(extract_doc(doc, document, triggers=_triggers(nlp)))
    doc_of = {r.id: d for r, d in zip(gold, docs, strict=True)}
    added = {(key, type_, doc_of[key][i].idx): p for key, type_, p, i in model.seen}
    det.use(None)
    by_id = {r.id: r for r in gold}
    out = {}
    for threshold, only in [(t, k) for t in (*GRID, 1.01) for k in ("", "DEFECTION", "ALLEGIANCE")]:
        kept, right, wrong = {}, 0, 0
        for key, record in predicted.items():
            events = []
            for e in record["events"]:
                p = added.get((key, e["type"], e["trigger"]["start"]))
                if p is not None and (p < threshold or (only and e["type"] != only)):
                    continue
                if p is not None and e.get("modality", "asserted") in ("asserted", "inspired"):
                    told = any(g.type == e["type"] for g in by_id[key].events)
                    right += told
                    wrong += not told and by_id[key].complete
                    if threshold == GRID[0] and not only and name != "dev":
                        DUMP.append(
                            {
                                "set": name,
                                "id": key,
                                "p": round(p, 3),
                                "told": told,
                                "rules": sorted(
                                    {x["type"] for x in record["events"]}
                                    - {
                                        x["type"]
                                        for x in record["events"]
                                        if (key, x["type"], x["trigger"]["start"]) in added
                                    }
                                ),
                                "event": e,
                                "gold": [g.__dict__ for g in by_id[key].events if g.type == e["type"]],
                            }
                        )
                events.append(e)
            kept[key] = {**record, "events": events}
        row = {**_figures(score(gold, kept)), "right": right, "wrong": wrong}
        out[f"{threshold}{only[:3]}"] = row
    return out


def cv(folder: Path, sets: list[str], out: Path | None, without: tuple[str, ...] = ()) -> None:
    """Leave one writer out on ``sets``, and dev with the model of all the fixtures; the sets ``without`` names are
    trained on by no fold (the table of a training set that lacked them)."""
    nlp = load()
    labelled = {}
    pool = [*FIXTURE_SETS, *TRAINED_EXTERNAL]
    for name in (s for s in pool if s not in without):
        gold = train.read_records(_path(name))
        labelled[name] = [
            ex for r, d in zip(gold, _docs(folder, name, nlp.vocab), strict=True) for ex in train.examples(r, d)
        ]
    # The stored real sets' sentences (train.REAL_EXAMPLES) are trained on by every fold, as the shipped model is;
    # a set given here by name (--gold, --train-gold) is read from its file instead.
    for name, rows in train.real_examples().items():
        if name not in EXTERNAL and name not in without:
            labelled[name] = rows
            pool.append(name)
    lowest = dict.fromkeys(("DEFECTION", "ALLEGIANCE"), GRID[0])
    results = {}
    for name in sets:
        started = time.perf_counter()
        data = [ex for other in pool if other != name and other not in without for ex in labelled[other]]
        model = det.Detector.from_json(train.model(data, lowest))
        rules = rules_only(folder, name, _docs(folder, name, nlp.vocab), nlp)
        results[name] = evaluate(name, _docs(folder, name, nlp.vocab), model, nlp, rules)
        print(name, round(time.perf_counter() - started), file=sys.stderr, flush=True)
        _print(name, results[name])
        _print_roles(name)
        if out is not None:
            out.write_text(json.dumps(results, indent=1))
            out.with_suffix(".dump.json").write_text(json.dumps(DUMP, indent=1, default=str))


def _print(name: str, rows: dict) -> None:
    base = rows["1.01"]
    cols = ("headline", "macro", "DEF f1", "DEF precision", "DEF recall", "ALL f1", "ALL precision", "ALL recall")
    print(f"{name:9} {'thr':>5} " + " ".join(f"{c[:8]:>8}" for c in cols) + "  right wrong")
    for threshold, row in rows.items():
        if not threshold[-1].isdigit():
            continue
        cells = " ".join(f"{(row[c] if row[c] is not None else float('nan')):8.3f}" for c in cols)
        delta = f"{(row['headline'] or 0) - (base['headline'] or 0):+.4f}"
        print(f"{name:9} {threshold:>5} {cells}  {row['right']:5} {row['wrong']:5} {delta}")
    sys.stdout.flush()


def _role_class(predicted: list[str], gold: list[dict], role: str) -> str:
    """right / wrong / swapped (the other side's string: the side joined read as the side left, or the reverse) /
    missing (gold has the role, the event none) / extra (the event has a role gold does not give) / none."""
    aliases = [a for g in gold for a in g["roles"].get(role) or []]
    other = {"target": "to", "to": "target"}.get(role)
    if not predicted:
        return "missing" if aliases else "none"
    if any(matches(s, a) for s in predicted for a in aliases):
        return "right"
    if other and any(matches(s, a) for s in predicted for g in gold for a in g["roles"].get(other) or []):
        return "swapped"
    return "wrong" if aliases else "extra"


ROLE_CLASSES = ("right", "wrong", "swapped", "missing", "extra")


def role_table(name: str, threshold: float, type_: str = "DEFECTION") -> dict[str, dict[str, int]]:
    """Per role, how the backoff's right events of ``type_`` at ``threshold`` in set ``name`` read it (the dump)."""
    table = {r: dict.fromkeys(ROLE_CLASSES, 0) for r in ("agent", "target", "to")}
    for row in DUMP:
        if row["set"] != name or row["p"] < threshold or not row["told"] or row["event"]["type"] != type_:
            continue
        for role in table:
            found = _role_class(_role_strings(row["event"].get(role)), row["gold"], role)
            if found != "none":
                table[role][found] += 1
    return table


def _print_roles(name: str) -> None:
    for type_, threshold in (("DEFECTION", 0.7), ("ALLEGIANCE", 0.7)):
        table = role_table(name, threshold, type_)
        cells = "  ".join(f"{r} " + "/".join(str(table[r][c]) for c in ROLE_CLASSES) for r in table)
        print(f"{name:9} roles {type_[:3]} @{threshold} ({'/'.join(ROLE_CLASSES)}): {cells}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("parse", "cv"))
    parser.add_argument("folder", type=Path)
    parser.add_argument("--sets", nargs="+", default=[*train.WRITER_SETS, *train.SCORED_ONLY])
    parser.add_argument("--json", type=Path)
    parser.add_argument("--without", nargs="*", default=[], help="sets no fold trains on")
    parser.add_argument(
        "--gold", action="append", default=[], metavar="NAME=PATH", help="also a set kept outside the repository"
    )
    parser.add_argument(
        "--train-gold",
        action="append",
        default=[],
        metavar="NAME=PATH",
        help="a set outside the repository to train on",
    )
    args = parser.parse_args()
    for spec in args.train_gold:
        name, _, path = spec.partition("=")
        EXTERNAL[name] = Path(path)
        TRAINED_EXTERNAL.append(name)
        args.sets = [*args.sets, name] if name not in args.sets else args.sets
    for spec in args.gold:
        name, _, path = spec.partition("=")
        EXTERNAL[name] = Path(path)
        args.sets = [*args.sets, name] if name not in args.sets else args.sets
    if args.step == "parse":
        parse(args.folder, sorted({*args.sets, *train.WRITER_SETS, *train.EXTRA_SETS, "dev"}))
    else:
        cv(args.folder, args.sets, args.json, tuple(args.without))


if __name__ == "__main__":
    main()
