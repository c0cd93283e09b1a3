"""Throughput of ``kg build`` (prefiltered, its default) against raw ``nlp.pipe`` on news feeds of three mixes.

In ONE run, for each feed (benchmarks/feed.py: conflict articles from benchmarks/corpus.py mixed at
random with politics, business, sport and technology articles written from kg's own templates):

* raw ``nlp.pipe`` over the texts with kg's pipeline (the trained model plus kg's components),
  batch size as kg's: what a tool that parses everything pays;
* ``kg.build.jobs.build`` (what ``kg build`` runs after loading the model) with ``prefilter=True``
  and ``jobs=1`` into a new on-disk store, and, for the all-conflict feed, without it (``--no-prefilter``).

It prints each feed's speed-up (raw time / build time) beside its goal: 10% conflict >= 3x,
30% >= 1.5x, all-conflict no slower than before the prefilter (build/raw 1.09-1.13), and the share of
documents the prefilter sent to the parser.  Raw and build are timed back to back in ``--repeat``
rounds (every other round in reverse order) and the median round is printed.  With ``--first-tests``
each round also times the build with the prefilter as it was before whole patterns and required words (a
document passed when any token could pass some pattern's first test), so both are measured in one run;
the load average is printed at the start and the end.  With ``--ner-pass`` each round also times the design
session 10 tried for making the prefilter ``kg build``'s default with every entity kept: the prefiltered build plus
en_core_web_sm's NER alone (its own tok2vec; kg's tokenizer components, sentence splitter and gazetteer ruler)
over the documents it skips; and once, on the first feed, it checks whether that gives the full build's graph of
each skipped document (the entities, and the document graph made from them).  Each ratio is given by wall time
and by this process's CPU time (all threads: the build's writer too), which a loaded machine moves much less.

Run:  python benchmarks/scale_bench.py [--docs 500] [--repeat 3] [--first-tests] [--ner-pass]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

import feed  # noqa: E402

# The NER without the parser: en_core_web_sm's ner has its own tok2vec (the shared one's listeners are the tagger
# and the parser), and kg's components before it (compounds, sentences, gazetteer ruler) need neither.
NER_ALONE = ("kg_compounds", "kg_name_norms", "kg_line_sentences", "kg_bounded_sentences", "kg_gazetteer", "ner")
MIXES = ((0.1, "speed-up >= 3x"), (0.3, "speed-up >= 1.5x"), (1.0, "build/raw <= 1.13, as before"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=500, help="articles in each feed")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=3, help="rounds of each timing (medians are printed)")
    parser.add_argument("--first-tests", action="store_true", help="also time the first-token-only prefilter")
    parser.add_argument("--ner-pass", action="store_true", help="also time the prefilter plus the NER on skipped text")
    args = parser.parse_args()
    print(f"load average at the start: {os.getloadavg()[0]:.1f}", flush=True)

    from spacy.attrs import LOWER

    from kg.build.io import read_inputs
    from kg.build.jobs import build
    from kg.extract.nlp import load
    from kg.extract.prefilter import Prefilter
    from kg.store.embedded import Store

    work = Path(tempfile.mkdtemp(prefix="kg-scale-bench-"))
    nlp = load()
    prefilter = Prefilter(nlp)
    list(nlp.pipe(["Rebels attacked the town on Monday."] * 40))  # warm up

    def first_tests(self: Prefilter, doc) -> bool:  # noqa: ANN001
        # The prefilter before whole patterns and required words: any token that could pass a first test.
        return not set(doc.to_array(LOWER).tolist()).isdisjoint(first_hashes)

    first_hashes = frozenset(nlp.vocab.strings.add(form) for form in prefilter.forms)
    new_test = Prefilter.__call__

    def run_build(path: Path, store_dir: Path, *, prefiltered: bool, first: bool = False) -> int:
        Prefilter.__call__ = first_tests if first else new_test  # type: ignore[method-assign]
        try:
            with Store.open(store_dir) as store:
                items = read_inputs([str(path)])
                outcomes = list(build(items, store=store, nlp=nlp, batch_size=args.batch_size, prefilter=prefiltered))
                return sum(o.events for o in outcomes)
        finally:
            Prefilter.__call__ = new_test  # type: ignore[method-assign]

    def ner_pass(texts: list[str]) -> None:
        skipped = [text for text in texts if not prefilter(nlp.make_doc(text))]
        with nlp.select_pipes(enable=list(NER_ALONE)):
            list(nlp.pipe(skipped, batch_size=args.batch_size))

    summary = []
    for share, goal in MIXES:
        path = feed.write(work / f"feed-{share}.jsonl", args.docs, conflict=share)
        texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
        parsed = sum(1 for text in texts if prefilter(nlp.make_doc(text)))
        parsed_first = sum(1 for text in texts if first_tests(prefilter, nlp.make_doc(text)))
        print(
            f"feed {share:.0%} conflict: {len(texts)} articles, {sum(map(len, texts)) / len(texts):,.0f} characters "
            f"each, {parsed / len(texts):.0%} parsed with the prefilter ({parsed_first / len(texts):.0%} with first "
            "tests only)",
            flush=True,
        )
        if args.ner_pass and share == MIXES[0][0]:
            print(f"  {ner_alone_check(nlp, prefilter, path)}", flush=True)
        rounds: list[dict[str, float]] = []
        cpu_rounds: list[dict[str, float]] = []  # this process's CPU time (all its threads): less moved by load
        events: dict[str, int] = {}
        for r in range(args.repeat):
            names = ["raw", "build"] + (["first"] if args.first_tests else []) + (["full"] if share == 1.0 else [])
            names += ["ner"] if args.ner_pass else []
            took, cpu = {}, {}
            for name in names if r % 2 == 0 else reversed(names):
                start, start_cpu = time.perf_counter(), time.process_time()
                if name == "raw":
                    list(nlp.pipe(texts, batch_size=args.batch_size))
                else:
                    store = work / f"store-{share}-{r}-{name}"
                    events[name] = run_build(path, store, prefiltered=name != "full", first=name == "first")
                    if name == "ner":
                        ner_pass(texts)
                took[name], cpu[name] = time.perf_counter() - start, time.process_time() - start_cpu
            rounds.append(took)
            cpu_rounds.append(cpu)
            print(
                f"  round {r + 1}: " + ", ".join(f"{k} {v:.2f} s ({cpu[k]:.2f} s CPU)" for k, v in took.items()),
                flush=True,
            )
        speedup = statistics.median(t["raw"] / t["build"] for t in rounds)
        line = f"conflict {share:>4.0%}: kg build (prefiltered) {speedup:.2f}x as fast as raw nlp.pipe"
        by_cpu = statistics.median(t["raw"] / t["build"] for t in cpu_rounds)
        line += f" (build/raw {1 / speedup:.3f}; by CPU time {by_cpu:.2f}x, {1 / by_cpu:.3f}; {events['build']} events;"
        line += f" goal: {goal})"
        if args.first_tests:
            before = statistics.median(t["raw"] / t["first"] for t in rounds)
            line += f"; with first tests only {before:.2f}x"
            if events["first"] != events["build"]:
                line += f"; WARNING: {events['first']} events with first tests only"
        if args.ner_pass:
            ner = statistics.median(t["raw"] / t["ner"] for t in rounds)
            ner_cpu = statistics.median(t["raw"] / t["ner"] for t in cpu_rounds)
            line += f"; with the NER on skipped documents {ner:.2f}x (by CPU time {ner_cpu:.2f}x)"
        if share == 1.0:
            full = statistics.median(t["full"] / t["raw"] for t in rounds)
            full_cpu = statistics.median(t["full"] / t["raw"] for t in cpu_rounds)
            line += f"; with --no-prefilter build/raw {full:.3f} (by CPU time {full_cpu:.3f})"
            if events["full"] != events["build"]:
                line += f"; WARNING: {events['full']} events without the prefilter"
        summary.append(line)
        print(line, flush=True)
    print("\n".join(["", *summary]))
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")


def ner_alone_check(nlp, prefilter, path: Path) -> str:  # noqa: ANN001
    """Whether the NER alone gives each skipped document of ``path`` the full pipeline's entities and graph."""
    from kg.build.io import read_inputs
    from kg.extract.nlp import model_name
    from kg.extract.pipeline import _triggers, extract_doc
    from kg.rdf.triples import document_triples

    skipped = [d for d in read_inputs([str(path)]) if not prefilter(nlp.make_doc(d.text))]
    texts = [d.text for d in skipped]
    full = list(nlp.pipe(texts))
    with nlp.select_pipes(enable=list(NER_ALONE)):
        alone = list(nlp.pipe(texts))
    triggers, model = _triggers(nlp), model_name(nlp)

    def ents(doc) -> list[tuple]:  # noqa: ANN001
        return [(e.start_char, e.end_char, e.label_, e.ent_id_) for e in doc.ents]

    def graph(doc, document) -> set[str]:  # noqa: ANN001
        extraction = extract_doc(doc, document, triggers=triggers)
        return {f"{s} {p} {o}" for s, p, o in document_triples(extraction, model=model)}

    same_ents = sum(ents(a) == ents(b) for a, b in zip(full, alone, strict=True))
    same_graphs = sum(graph(a, d) == graph(b, d) for a, b, d in zip(full, alone, skipped, strict=True))
    return (
        f"NER alone on the {len(skipped)} skipped documents: the full pipeline's entities in {same_ents}, "
        f"its document graph in {same_graphs}"
    )


if __name__ == "__main__":
    main()
