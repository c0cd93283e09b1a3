"""The registry of event rules, keyed by event type, and the table that finds their triggers.

A rule is lemma patterns (spaCy ``Matcher`` syntax) plus a function that reads the roles around one
matched trigger and yields :class:`Draft` events.  Adding an event type is one module in
``kg/extract/rules/`` with one ``@register`` call.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from spacy.attrs import LEMMA, POS
from spacy.matcher import Matcher
from spacy.symbols import IDS
from spacy.tokens import Doc, Token

if not Token.has_extension("klemma"):
    Token.set_extension("klemma", getter=lambda t: (t.lemma_ or t.text).lower())

from kg.extract.actors import Actors
from kg.models import EventType, Modality


@dataclass
class Draft:
    """An event as a rule sees it: role heads as tokens, before mentions are resolved."""

    type: EventType
    trigger: Token
    agents: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    to: list[Token] = field(default_factory=list)
    places: list[Token] = field(default_factory=list)
    strength: float = 0.6  # how sure the trigger itself is, before roles are counted
    agent_source: str = "none"  # "syntax", "coref" or "none"
    modality: Modality | None = None  # set when the rule knows better than kg.extract.modality
    defector_collective: bool = False  # DEFECTION agents stay collectives ("ISIS fighters")


Build = Callable[[Token, Actors], Iterable[Draft]]


@dataclass(frozen=True)
class Rule:
    type: EventType
    patterns: tuple[list[dict], ...]
    build: Build


RULES: dict[EventType, Rule] = {}


def register(event_type: EventType, patterns: Iterable[list[dict]]) -> Callable[[Build], Build]:
    """Register ``build`` as the rule for ``event_type``, triggered by Matcher ``patterns``."""

    def decorate(build: Build) -> Build:
        RULES[event_type] = Rule(event_type, tuple(patterns), build)
        return build

    return decorate


def lemmas(*words: str, pos: Iterable[str] | None = None) -> list[dict]:
    """A one-token Matcher pattern: lemma (lower-cased) in ``words``, optionally restricted by POS."""
    spec: dict = {"LEMMA": {"IN": list(words)}}
    if pos:
        spec["POS"] = {"IN": list(pos)}
    return [spec]


class Triggers:
    """Where the registered rules' triggers are in a parsed ``Doc``, in document order.

    Nearly every pattern is one token (a lemma in a list, optionally with a part of speech): those
    are one dictionary lookup per token on the ``LEMMA`` and ``POS`` arrays.  The few multi-token
    patterns ("air strike", "take over") go through a spaCy ``Matcher``.  spaCy's Matcher tried
    every pattern at every token and cost a quarter of kg's extraction time (docs/BUILD.md).
    Matches come out as the Matcher ordered them: by start token, then by rule registration order.
    """

    def __init__(self, vocab) -> None:  # noqa: ANN001
        from kg.extract import rules  # noqa: F401  (registers the rules)

        self.types: tuple[EventType, ...] = tuple(RULES)
        # lemma hash -> [(rule index, POS ids or None)]
        self._table: dict[int, list[tuple[int, frozenset[int] | None]]] = {}
        self._matcher = Matcher(vocab)
        for index, rule in enumerate(RULES.values()):
            spans = []
            for pattern in rule.patterns:
                one = _one_token(pattern)
                if one is None:
                    spans.append(_lower_lemmas(pattern))
                    continue
                words, pos = one
                pos_ids = frozenset(IDS[p] for p in pos) if pos is not None else None
                for form in _case_forms(words):
                    self._table.setdefault(vocab.strings.add(form), []).append((index, pos_ids))
            if spans:
                self._matcher.add(str(index), spans)

    def __call__(self, doc: Doc) -> list[tuple[EventType, Token]]:
        """The (event type, trigger token) pairs in ``doc``, each once."""
        hits: list[tuple[int, int, int]] = []  # (match start, rule index, trigger token)
        if self._table:
            columns = doc.to_array([LEMMA, POS]).tolist() if len(doc) else []
            for i, (lemma, pos) in enumerate(columns):
                for index, pos_ids in self._table.get(lemma, ()):
                    if pos_ids is None or pos in pos_ids:
                        hits.append((i, index, i))
        if len(self._matcher):
            for key, start, end in self._matcher(doc):
                hits.append((start, int(doc.vocab.strings[key]), doc[start:end].root.i))
        hits.sort(key=lambda hit: hit[:2])
        out, seen = [], set()
        for _, index, i in hits:
            if (index, i) not in seen:
                seen.add((index, i))
                out.append((self.types[index], doc[i]))
        return out


def _one_token(pattern: list[dict]) -> tuple[list[str], list[str] | None] | None:
    """(lemmas, parts of speech) of a one-token ``LEMMA``/``POS`` pattern; None for any other pattern."""
    if len(pattern) != 1 or not set(pattern[0]) <= {"LEMMA", "POS"} or "LEMMA" not in pattern[0]:
        return None
    values = []
    for key in ("LEMMA", "POS"):
        value = pattern[0].get(key)
        if isinstance(value, str):
            value = [value]
        elif isinstance(value, dict) and set(value) == {"IN"}:
            value = list(value["IN"])
        elif value is not None:
            return None
        values.append(value)
    return values[0], values[1]


def _case_forms(words: Iterable[str]) -> list[str]:
    # Lemmas of proper nouns keep their case ("Attacks" in a title-case headline is PROPN), so a
    # lemma list matches its lower, UPPER, Title and Capitalised forms.
    return list(dict.fromkeys(f for w in words for f in (w.lower(), w.upper(), w.title(), w.capitalize())))


def _lower_lemmas(pattern: list[dict]) -> list[dict]:
    # The same case forms for a Matcher pattern: listing them keeps the test inside the Matcher's C
    # code, where a lower-casing ``klemma`` getter would run in Python per token and pattern.
    out = []
    for spec in pattern:
        spec = dict(spec)
        lemma = spec.get("LEMMA")
        if isinstance(lemma, str):
            words = [lemma]
        elif isinstance(lemma, dict) and set(lemma) == {"IN"}:
            words = lemma["IN"]
        else:
            words = None
        if words is not None:
            spec["LEMMA"] = {"IN": _case_forms(words)}
        elif lemma is not None:
            spec["_"] = {"klemma": spec.pop("LEMMA")}
        out.append(spec)
    return out


def find(doc: Doc, actors: Actors, triggers: Triggers) -> Iterator[Draft]:
    """Every draft event the registered rules build from the triggers in ``doc``."""
    for event_type, trigger in triggers(doc):
        yield from RULES[event_type].build(trigger, actors)
