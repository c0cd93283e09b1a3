"""How much of kg's extraction rests on knowing the names: every gold set scored as written and again with its
unfamiliar names replaced by invented ones.

Real reports name villages, militias and commanders in transliterations that neither the small spaCy model nor
kg's gazetteers have seen; the team's hand-written sets mostly use names both know. This benchmark rewrites each
record: every capitalised word inside a gold role (agent, target, location, side joined) that kg's actor
gazetteer does not know and that never occurs in lower case in the set (so "Police", "Gunmen" or "Sunday" stay)
becomes an invented name of the same shape ("Kafr Nabl" -> "Qarahabad Dzoyaani"), the same way in the text
and in the gold aliases, so the gold stays right. A drop from the first column to the second is what kg loses
to unfamiliar names: NER misses, places the gazetteer cannot confirm, parses that change with the word.

    python benchmarks/nameswap.py                          # dev (when present), heldout, stress ... stress18
    python benchmarks/nameswap.py --sets heldout stress4 --seed 3
"""

from __future__ import annotations

import argparse
import json
import random
import re
from dataclasses import replace
from importlib import resources
from pathlib import Path

from quality import COLUMNS, figures, gold_sets

from kg.evaluate import GoldRecord, load_gold, predict, score
from kg.extract.nlp import load

NAME = re.compile(r"\b[A-Z][a-z]{2,}(?:-[A-Za-z]+)*\b")
LOWER = re.compile(r"\b[a-z]{3,}\b")
# Title and calendar words that may be capitalised inside a name without being one.
KEEP = frozenset(
    "The And Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December President Minister General Colonel Captain Major Army Police Air "
    "Navy Ministry Defence Defense Interior Party Front Brigade Battalion Division Regiment Corps Council Movement "
    "Islamic State Republic Democratic National People United Union Revolutionary Guard Guards Coalition Command "
    "Special Forces Force Province District Village City Town Region North South East West Northern Southern "
    "Eastern Western Central New Abu Bin Ibn Sheikh Governor".split()
)
ONSETS = ("Qar", "Nkh", "Zir", "Tob", "Mwe", "Kab", "Dzo", "Ghul", "Yas", "Ouag", "Tsh", "Bal", "Hes", "Xol", "Ruq")
MIDDLES = ("ah", "ot", "ena", "uzi", "ar", "im", "ala", "ek", "ou", "ya", "ib", "e")
ENDINGS = ("abad", "kot", "zai", "ganj", "wezi", "ibe", "ova", "ush", "tepe", "ani", "rud", "dougou", "ine", "ero")


def known_actor_words() -> frozenset[str]:
    """Every word of a name, alias, demonym or capital in kg's actor gazetteer: names kg is meant to know."""
    data = json.loads(resources.files("kg.data").joinpath("actors.json").read_text(encoding="utf-8"))
    words: set[str] = set()
    for group in data.values():
        for entry in group if isinstance(group, list) else ():
            for key in ("label", "aliases", "demonyms", "capitals"):
                values = entry.get(key) or []
                for value in [values] if isinstance(values, str) else values:
                    words.update(value.split())
    return frozenset(words)


def invented(rng: random.Random) -> str:
    return rng.choice(ONSETS) + rng.choice(MIDDLES) + rng.choice(ENDINGS)


def swapped(records: list[GoldRecord], seed: int) -> tuple[list[GoldRecord], int]:
    """The records with their unfamiliar role names invented anew, and how many names were replaced."""
    keep = KEEP | known_actor_words()
    lower = {w for r in records for w in LOWER.findall(r.text)}

    def unfamiliar(word: str) -> bool:
        first = word.split("-")[0]
        return not ({word, first} & keep) and word.lower() not in lower and first.lower() not in lower

    out, count = [], 0
    for record in records:
        names = {
            word
            for event in record.events
            for aliases in event.roles.values()
            for alias in aliases
            for word in NAME.findall(alias)
            if unfamiliar(word)
        }
        if not names:
            out.append(record)
            continue
        rng = random.Random(f"{seed}:{record.id}")
        mapping = {name: invented(rng) for name in sorted(names)}
        pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n in sorted(mapping, key=len, reverse=True)) + r")\b")

        def sub(text: str, pattern: re.Pattern[str] = pattern, mapping: dict[str, str] = mapping) -> str:
            return pattern.sub(lambda m: mapping[m.group(1)], text)

        events = tuple(
            replace(e, roles={role: tuple(sub(a) for a in aliases) for role, aliases in e.roles.items()})
            for e in record.events
        )
        out.append(replace(record, text=sub(record.text), events=events))
        count += len(mapping)
    return out, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", help="only these sets (dev, heldout, stress, stress2 ... stress18)")
    parser.add_argument("--seed", type=int, default=0, help="which invented names (default 0)")
    parser.add_argument("--save", type=Path, help="write each swapped gold set as NAME.jsonl into this folder")
    args = parser.parse_args()
    sets = {n: p for n, p in gold_sets().items() if n != "seed" and (not args.sets or n in args.sets)}
    nlp = load()
    print(f"{'set':<10}{'names':>7}  " + "".join(f"{c:>25}" for c in COLUMNS))
    for name, path in sets.items():
        records = load_gold(path)
        changed, count = swapped(records, args.seed)
        before = figures(score(records, predict(records, nlp)))
        after = figures(score(changed, predict(changed, nlp)))
        if args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            with open(args.save / f"{name}.jsonl", "w", encoding="utf-8") as handle:
                for r in changed:
                    events = [{"type": e.type, "modality": e.modality, **e.roles} for e in r.events]
                    row = {"id": r.id, "text": r.text, "complete": r.complete, "date": r.date, "events": events}
                    handle.write(json.dumps(row) + "\n")
        cells = "".join(
            f"{'-' if a is None or b is None else f'{a:.3f} -> {b:.3f} ({b - a:+.3f})':>25}"
            for a, b in zip(before, after, strict=True)
        )
        print(f"{name:<10}{count:>7}  {cells}", flush=True)


if __name__ == "__main__":
    main()
