"""A seeded, news-like JSON Lines corpus for build benchmarks and durability tests.

Sentences come from kg's seed article, from templates over a list of actors, places and verbs,
and (when present, read only) from ``../shared/eval/dev.jsonl`` texts; each article gets a headline,
sometimes a dateline, and 6-14 sentences, so documents are about 1-2 KB like short wire stories.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"

AGENTS = (
    "ISIS",
    "the Islamic State",
    "Iraqi forces",
    "Kurdish fighters",
    "the Taliban",
    "al-Shabaab",
    "Boko Haram",
    "Russian warplanes",
    "US drones",
    "the Syrian army",
    "Hezbollah",
    "Houthi rebels",
    "government troops",
    "unidentified gunmen",
    "the Free Syrian Army",
    "Turkish jets",
)
TARGETS = (
    "a police checkpoint",
    "an army convoy",
    "the town's market",
    "civilians",
    "a military base",
    "Kurdish positions",
    "government buildings",
    "a hospital",
    "rebel-held districts",
    "a border post",
)
PLACES = (
    "Mosul",
    "Raqqa",
    "Aleppo",
    "Kabul",
    "Mogadishu",
    "Maiduguri",
    "Sanaa",
    "Idlib",
    "Kirkuk",
    "Deir ez-Zor",
    "Herat province",
    "Tikrit",
    "Homs",
    "Sirte",
    "Fallujah",
)
DAYS = (
    "on Monday",
    "on Tuesday",
    "on Wednesday",
    "on Thursday",
    "late on Friday",
    "at dawn on Saturday",
    "on Sunday",
    "overnight",
)
TEMPLATES = (
    "{agent} attacked {target} in {place} {day}, killing at least {n} people, officials said.",
    "{agent} carried out airstrikes on {target} near {place} {day}.",
    "Dozens of fighters defected from {agent} and surrendered to {agent2} in {place}.",
    "A local commander pledged allegiance to {agent} {day}, according to a statement.",
    "Witnesses said {agent} shelled {target} on the outskirts of {place}.",
    "{agent} denied any role in the bombing of {target} in {place}.",
    "The offensive by {agent} against {agent2} entered its {n}th day {day}.",
    "Residents of {place} said the situation remained tense {day}.",
    "Prices of bread and fuel in {place} have risen by {n} percent since the fighting began.",
    "{agent} threatened to attack {target} if its demands were not met.",
    "A drone strike hit {target} in {place}, a spokesman for {agent} said.",
    "Officials in {place} said {n} members of {agent} had joined {agent2}.",
)
HEADLINES = (
    "Fighting escalates around {place}",
    "{agent} claims attack in {place}",
    "Dozens killed as {agent} strikes {place}",
    "Defections hit {agent}",
    "Talks stall in {place}",
)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", " ".join(text.split())) if len(s) > 30]


def seed_sentences(*, use_dev: bool = True) -> list[str]:
    """Real sentences to mix in: the seed article and, when present (and ``use_dev``), the eval dev texts."""
    out: list[str] = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        out += _sentences(path.read_text(encoding="utf-8").split("\n", 1)[-1])
    if use_dev and DEV.is_file():
        with DEV.open(encoding="utf-8") as handle:
            for line in handle:
                out += _sentences(json.loads(line).get("text", ""))
    return out


def articles(n: int, *, seed: int = 42, sentences: tuple[int, int] = (6, 14), use_dev: bool = True) -> Iterator[dict]:
    """``n`` records ``{"id", "title", "date", "text"}``, the same for the same arguments.

    Tests pass ``use_dev=False`` so that their corpus does not depend on files outside the project.
    """
    rng = random.Random(seed)
    real = seed_sentences(use_dev=use_dev)

    def fill(template: str) -> str:
        agent, agent2 = rng.sample(AGENTS, 2)
        s = template.format(
            agent=agent,
            agent2=agent2,
            target=rng.choice(TARGETS),
            place=rng.choice(PLACES),
            day=rng.choice(DAYS),
            n=rng.randint(2, 60),
        )
        return s[0].upper() + s[1:]

    for i in range(n):
        title = fill(rng.choice(HEADLINES))
        body = [
            fill(rng.choice(TEMPLATES)) if not real or rng.random() < 0.6 else rng.choice(real)
            for _ in range(rng.randint(*sentences))
        ]
        if rng.random() < 0.3:
            body[0] = f"{rng.choice(PLACES).upper()} (Reuters) - {body[0]}"
        date = f"2016-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        yield {"id": f"news-{i:06d}", "title": title, "date": date, "text": title + "\n" + " ".join(body)}


def write(path: Path, n: int, **options) -> Path:
    """Write ``articles(n, **options)`` to ``path`` as JSON Lines and return it."""
    with path.open("w", encoding="utf-8") as handle:
        for record in articles(n, **options):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
