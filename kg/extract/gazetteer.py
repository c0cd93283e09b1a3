"""The actor gazetteer that ships with kg (``kg/data/actors.json``) and lookups into it.

The data file holds states (with demonyms and capitals, which news uses as metonyms: "Washington
said") and armed groups/organisations with their aliases and Wikidata ids.  Every gazetteer entity
gets the key ``gaz:<slug>``, so one actor has one IRI in every document.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from kg.models import Entity, EntityKind
from kg.rdf.iri import slug

_KINDS = {
    "state": EntityKind.STATE,
    "armed_group": EntityKind.ARMED_GROUP,
    "organisation": EntityKind.ORGANISATION,
}


def normalise(text: str) -> str:
    """Lower-cased, apostrophe- and space-normalised form used for alias lookups."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = " ".join(text.replace("-", " ").split()).lower()
    for article in ("the ",):
        if text.startswith(article):
            text = text[len(article) :]
    return text


@dataclass(frozen=True)
class Gazetteer:
    """Alias, demonym and capital lookups from surface text to :class:`~kg.models.Entity`."""

    entities: dict[str, Entity]  # key -> entity
    aliases: dict[str, str]  # normalised alias -> key (case-insensitive aliases)
    exact: dict[str, str]  # exact-case alias ("IS", "US") -> key
    demonyms: dict[str, str]  # normalised demonym ("iraqi") -> state key
    capitals: dict[str, str]  # normalised capital ("moscow") -> state key

    def lookup(self, text: str) -> Entity | None:
        """The entity whose alias, exact-case alias or demonym ``text`` is, else None."""
        key = self.exact.get(text.strip()) or self.aliases.get(normalise(text))
        if key is None:
            key = self.demonyms.get(normalise(text))
        return self.entities[key] if key else None

    def capital(self, text: str) -> Entity | None:
        """The state a capital name stands for ("Moscow" -> Russia), else None."""
        key = self.capitals.get(normalise(text))
        return self.entities[key] if key else None

    def ruler_patterns(self) -> list[dict]:
        """EntityRuler patterns: aliases and demonyms, each carrying the gazetteer key as ``id``."""
        patterns: list[dict] = []
        for alias, key in self.aliases.items():
            state = self.entities[key].kind is EntityKind.STATE
            # Country names are common words in lower case ("turkey", "china", "chad"), so a state
            # alias must start with a capital; group aliases may not ("al-Qaeda").
            patterns.append(
                {
                    "label": "GPE" if state else "ORG",
                    "pattern": _lower_pattern(alias, capital=state),
                    "id": key,
                }
            )
        for alias, key in self.exact.items():
            label = "GPE" if self.entities[key].kind is EntityKind.STATE else "ORG"
            patterns.append({"label": label, "pattern": alias, "id": key})
        for demonym, key in self.demonyms.items():
            patterns.append({"label": "NORP", "pattern": _lower_pattern(demonym, capital=True), "id": key})
        return patterns


def _lower_pattern(alias: str, *, capital: bool = False) -> list[dict]:
    # Hyphens are optional and apostrophes vary, so the pattern is built from the normalised words;
    # the tokenizer splits "al-Qaeda" into al - Qaeda, hence the optional hyphen between words.
    pattern: list[dict] = []
    for i, word in enumerate(alias.split()):
        if i:
            pattern.append({"ORTH": "-", "OP": "?"})
        for part in _split_apostrophes(word):
            pattern.append({"LOWER": part})
    if capital:
        pattern[0] = {**pattern[0], "IS_LOWER": False}
    return pattern


def _split_apostrophes(word: str) -> list[str]:
    # spaCy splits a trailing possessive ("workers'") but keeps inner apostrophes ("qa'ida").
    if word.endswith("'") and len(word) > 1:
        return [word[:-1], "'"]
    if word.endswith("'s"):
        return [word[:-2], "'s"]
    return [word]


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer shipped in ``kg/data/actors.json`` (parsed once per process)."""
    raw = json.loads(resources.files("kg").joinpath("data/actors.json").read_text(encoding="utf-8"))
    entities: dict[str, Entity] = {}
    aliases: dict[str, str] = {}
    exact: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for record in raw["states"] + raw["groups"]:
        key = "gaz:" + slug(record["label"])
        entities[key] = Entity(
            key=key, label=record["label"], kind=_KINDS[record["kind"]], wikidata=record.get("wikidata")
        )
        for alias in record.get("aliases", []):
            aliases.setdefault(normalise(alias), key)
        for alias in record.get("exact", []):
            exact.setdefault(alias, key)
        for demonym in record.get("demonyms", []):
            if demonym.isupper():
                exact.setdefault(demonym, key)
            else:
                demonyms.setdefault(normalise(demonym), key)
        for capital in record.get("capitals", []):
            capitals.setdefault(normalise(capital), key)
    return Gazetteer(entities, aliases, exact, demonyms, capitals)
