"""A seeded news feed that mixes conflict articles with politics, business, sport and technology.

Conflict articles are :func:`benchmarks.corpus.articles`; the others are filled from the templates
below (written for kg, in the register of wire copy, not tuned to the trigger vocabulary).  A feed of
``n`` documents with ``conflict=0.1`` has every tenth article, chosen at random with a fixed seed,
about a conflict.  Used by benchmarks/scale_bench.py and tests/test_prefilter.py.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402

COMPANIES = ("Siemens", "Toyota", "Unilever", "Nokia", "Tata Motors", "Samsung", "Nestle", "Airbus", "Vodafone")
PEOPLE = ("Maria Lopez", "John Okafor", "Li Wei", "Anna Schmidt", "Rahul Mehta", "Sophie Martin", "Kenji Sato")
CITIES = ("Frankfurt", "Tokyo", "Lagos", "Sao Paulo", "Toronto", "Madrid", "Seoul", "Nairobi", "Melbourne")
TEAMS = ("Arsenal", "Real Madrid", "the Lakers", "Bayern Munich", "the All Blacks", "Boca Juniors", "Ajax")
THINGS = ("smartphone", "electric car", "chip", "software update", "cloud service", "battery", "satellite")
MONTHS = ("January", "March", "April", "June", "September", "October", "December")
TEMPLATES = (
    "{company} reported a {n} percent rise in quarterly profit on {day}, beating analysts' forecasts.",
    "Shares of {company} closed {n} percent higher in {city} after the results.",
    "The central bank kept interest rates unchanged and said inflation would ease by {month}.",
    "{person}, the chief executive of {company}, said demand in Asia remained strong.",
    "Parliament approved the budget by {n} votes, ending weeks of debate over spending.",
    "The opposition leader {person} called for early elections and promised lower taxes.",
    "Voters in {city} will elect a new mayor in {month}, the electoral commission said.",
    "The finance minister told reporters the deficit would narrow to {n} billion dollars.",
    "{company} unveiled a new {thing} at a launch event in {city} on {day}.",
    "The regulator opened an inquiry into how {company} handles customer data.",
    "Analysts expect sales of the {thing} to grow by {n} percent next year.",
    "{team} won {n}-1 at home, with {person} scoring twice in the second half.",
    "The coach of {team} praised his players after a difficult season.",
    "{person} set a national record in the marathon in {city} on {day}.",
    "Tickets for the final in {city} sold out within {n} minutes.",
    "Scientists in {city} published a study showing that the new {thing} uses less energy.",
    "The festival drew more than {n},000 visitors to {city} over the weekend.",
    "Heavy rain delayed flights at the airport in {city} for several hours.",
    "The museum in {city} reopened after a {n}-month renovation.",
    "Consumer confidence rose in {month} for the third month in a row, a survey showed.",
    "{company} and {company2} agreed to merge in a deal valued at {n} billion euros.",
    "The trade talks between the two governments are expected to resume in {month}.",
    "{person} said the company would hire {n}00 engineers in {city} this year.",
    "The health ministry said vaccination rates among children had improved.",
)
HEADLINES = (
    "{company} profit beats forecasts",
    "{team} extend winning run",
    "Markets rally as inflation eases",
    "{company} unveils new {thing}",
    "Election campaign opens in {city}",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def other_articles(n: int, *, seed: int = 7) -> Iterator[dict]:
    """``n`` articles on politics, business, sport and technology (6-14 sentences, like corpus.articles)."""
    rng = random.Random(seed)

    def fill(template: str) -> str:
        company, company2 = rng.sample(COMPANIES, 2)
        return template.format(
            company=company,
            company2=company2,
            person=rng.choice(PEOPLE),
            city=rng.choice(CITIES),
            team=rng.choice(TEAMS),
            thing=rng.choice(THINGS),
            month=rng.choice(MONTHS),
            day=rng.choice(DAYS),
            n=rng.randint(2, 60),
        )

    for i in range(n):
        title = fill(rng.choice(HEADLINES))
        body = [fill(rng.choice(TEMPLATES)) for _ in range(rng.randint(6, 14))]
        date = f"2016-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        yield {"id": f"other-{i:06d}", "title": title, "date": date, "text": title + "\n" + " ".join(body)}


def feed(n: int, *, conflict: float, seed: int = 42, use_dev: bool = True) -> Iterator[dict]:
    """``n`` articles, a share ``conflict`` of them (at random, seeded) from :func:`corpus.articles`."""
    rng = random.Random(seed)
    wars = corpus.articles(n, seed=seed, use_dev=use_dev)
    others = other_articles(n, seed=seed + 1)
    for i in range(n):
        record = next(wars) if rng.random() < conflict else next(others)
        yield {**record, "id": f"feed-{i:06d}"}


def write(path: Path, n: int, *, conflict: float, **options) -> Path:
    """Write ``feed(n, conflict=conflict, **options)`` to ``path`` as JSON Lines and return it."""
    with path.open("w", encoding="utf-8") as handle:
        for record in feed(n, conflict=conflict, **options):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
