"""The registry of event rules, keyed by event type, and the Matcher that finds their triggers.

A rule is lemma patterns for spaCy's ``Matcher`` plus a function that reads the roles around one
matched trigger and yields :class:`Draft` events.  Adding an event type is one module in
``kg/extract/rules/`` with one ``@register`` call.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from spacy.matcher import Matcher
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


def build_matcher(vocab) -> Matcher:
    """A Matcher holding every registered rule's patterns, keyed by event type name."""
    from kg.extract import rules  # noqa: F401  (registers the rules)

    matcher = Matcher(vocab)
    for event_type, rule in RULES.items():
        lowered = [_lower_lemmas(p) for p in rule.patterns]
        matcher.add(event_type.value, lowered)
    return matcher


def _lower_lemmas(pattern: list[dict]) -> list[dict]:
    # Lemmas of proper nouns keep their case ("Attacks" in a title-case headline is PROPN), so the
    # patterns match a lemma list's lower, UPPER, Title and Capitalised forms.  Listing the forms
    # keeps the test inside the Matcher's C code; the ``klemma`` getter (lower-cased lemma) did the
    # same in Python per token and pattern and cost a third of kg's extraction time (docs/BUILD.md).
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
            forms = dict.fromkeys(f for w in words for f in (w.lower(), w.upper(), w.title(), w.capitalize()))
            spec["LEMMA"] = {"IN": list(forms)}
        elif lemma is not None:
            spec["_"] = {"klemma": spec.pop("LEMMA")}
        out.append(spec)
    return out


def find(doc: Doc, actors: Actors, matcher: Matcher) -> Iterator[Draft]:
    """Every draft event the registered rules build from the triggers in ``doc``."""
    seen: set[tuple[str, int]] = set()
    for match_id, start, end in matcher(doc):
        name = doc.vocab.strings[match_id]
        span = doc[start:end]
        trigger = span.root
        if (name, trigger.i) in seen:
            continue
        seen.add((name, trigger.i))
        yield from RULES[EventType(name)].build(trigger, actors)
