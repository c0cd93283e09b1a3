"""The table that finds the registered rules' triggers in a parsed Doc, and :func:`find`, which runs the
rules on them.  The registry itself (:class:`Draft`, ``register``, ``RULES``) is :mod:`kg.extract.registry`;
its names are re-exported here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.attrs import LEMMA, LOWER, POS
from spacy.symbols import IDS
from spacy.tokens import Doc, Token

from kg.extract import roles
from kg.extract import rules as _rules  # noqa: F401  (importing the rules registers them)
from kg.extract.actors import Actors
from kg.extract.registry import RULES, Build, Draft, Rule, lemmas, register  # noqa: F401  (re-exported)
from kg.models import EventType

# A compiled token test: (attribute, accepted value hashes, accepted POS ids or None for any).
_Test = tuple[int, frozenset[int], frozenset[int] | None]
_ATTRS = {"LEMMA": LEMMA, "LOWER": LOWER}
_COLUMNS = (LEMMA, LOWER, POS)
_COLUMN = {attr: k for k, attr in enumerate(_COLUMNS)}


class Triggers:
    """Where the registered rules' triggers are in a parsed ``Doc``, in document order.

    Every pattern is a short sequence of token tests on ``LEMMA`` (matched in its lower, UPPER,
    Title and Capitalised forms), ``LOWER`` and ``POS``; they are compiled into hash sets and
    checked on the Doc's attribute arrays: a set lookup per token finds where some pattern's first
    test can hold, and only there are the patterns tried.  spaCy's ``Matcher`` tried every pattern at
    every token and was the largest part of kg's extraction time (docs/BUILD.md).  A trigger is the
    token a one-token pattern matched, or the syntactic root of a longer match ("air strike" ->
    strike).  Matches come out ordered by start token, then by rule registration order.
    """

    def __init__(self, vocab) -> None:  # noqa: ANN001
        self.types: tuple[EventType, ...] = tuple(RULES)
        # (rule index, compiled tests) in registration order; one-token patterns first.
        self._patterns: list[tuple[int, tuple[_Test, ...]]] = []
        for index, rule in enumerate(RULES.values()):
            for pattern in rule.patterns:
                self._patterns.append((index, tuple(_compile(spec, vocab) for spec in pattern)))
        self._patterns.sort(key=lambda p: len(p[1]) > 1)
        # Per rule, trigger lemma -> the lemmas one of which the document must hold (Rule.requires), as hashes.
        strings = vocab.strings
        self._requires: list[dict[int, frozenset[int]]] = [
            {
                strings.add(form): frozenset(strings.add(f) for f in _case_forms(words))
                for lemma, words in rule.requires.items()
                for form in _case_forms([lemma])
            }
            for rule in RULES.values()
        ]
        # Per attribute column, each value that can start a match -> the patterns it can start, in
        # pattern order: one dictionary lookup per token finds where (and which) patterns to try.
        self._starts: dict[int, dict[int, tuple[int, ...]]] = {}
        for position, (_, tests) in enumerate(self._patterns):
            attr, values, _ = tests[0]
            column = self._starts.setdefault(_COLUMN[attr], {})
            for value in values:
                column[value] = (*column.get(value, ()), position)

    def __call__(self, doc: Doc) -> list[tuple[EventType, Token]]:
        """The (event type, trigger token) pairs in ``doc``, each once."""
        if not len(doc) or not self._patterns:
            return []
        columns = doc.to_array(list(_COLUMNS)).T.tolist()  # one list of ints per attribute
        tags = columns[_COLUMN[POS]]
        # (start token, pattern position) in the order the patterns are tried: by token, then pattern.
        tries = sorted(
            {
                (i, position)
                for k, starts in self._starts.items()
                for i, value in enumerate(columns[k])
                if value in starts
                for position in starts[value]
            }
        )
        n = len(doc)
        hits: list[tuple[int, int, int]] = []  # (match start, rule index, trigger token)
        for i, position in tries:
            index, tests = self._patterns[position]
            if i + len(tests) > n:
                continue
            if all(
                columns[_COLUMN[attr]][i + k] in values and (pos is None or tags[i + k] in pos)
                for k, (attr, values, pos) in enumerate(tests)
            ):
                root = i if len(tests) == 1 else doc[i : i + len(tests)].root.i
                hits.append((i, index, root))
        hits.sort(key=lambda hit: hit[:2])
        out, seen = [], set()
        lemma_of = columns[_COLUMN[LEMMA]]
        present: set[int] | None = None
        for _, index, i in hits:
            needs = self._requires[index].get(lemma_of[i])
            if needs is not None:
                present = set(lemma_of) if present is None else present
                if present.isdisjoint(needs):
                    continue  # "uses less energy": a weapon verb in a document that names no weapon
            if (index, i) not in seen:
                seen.add((index, i))
                out.append((self.types[index], doc[i]))
        return out


def _compile(spec: dict, vocab) -> _Test:  # noqa: ANN001
    """One Matcher-style token spec as a test; only ``LEMMA``, ``LOWER`` and ``POS`` are supported."""
    unknown = set(spec) - {"LEMMA", "LOWER", "POS"}
    attrs = [a for a in ("LEMMA", "LOWER") if a in spec]
    if unknown or len(attrs) != 1:
        raise ValueError(f"trigger patterns test LEMMA or LOWER (and optionally POS), not {sorted(spec)}")
    attr = attrs[0]
    words = _values(spec[attr])
    forms = _case_forms(words) if attr == "LEMMA" else [w.lower() for w in words]
    pos = frozenset(IDS[p] for p in _values(spec["POS"])) if "POS" in spec else None
    return _ATTRS[attr], frozenset(vocab.strings.add(f) for f in forms), pos


def _values(value: str | dict) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and set(value) == {"IN"}:
        return list(value["IN"])
    raise ValueError(f"trigger patterns take a string or {{'IN': [...]}}, not {value!r}")


def _case_forms(words: Iterable[str]) -> list[str]:
    # Lemmas of proper nouns keep their case ("Attacks" in a title-case headline is PROPN), so a
    # lemma list matches its lower, UPPER, Title and Capitalised forms.
    return list(dict.fromkeys(f for w in words for f in (w.lower(), w.upper(), w.title(), w.capitalize())))


def find(doc: Doc, actors: Actors, triggers: Triggers) -> Iterator[Draft]:
    """Every draft event the registered rules build from the triggers in ``doc``."""
    for event_type, trigger in triggers(doc):
        for draft in RULES[event_type].build(trigger, actors):
            # One check of what may fill a role, for every rule: no dates, numbers or weapons as doers.
            draft.agents = [t for t in draft.agents if roles.can_fill(t, doer=True)]
            draft.targets = [t for t in draft.targets if roles.can_fill(t, doer=False)]
            draft.to = [t for t in draft.to if roles.can_fill(t, doer=False)]
            if not draft.agents:
                doer = roles.leading_doer(draft.trigger, taken=draft.targets + draft.to)
                if doer is not None:
                    draft.agents, draft.agent_source = [doer], "pattern"  # confidence as for a non-syntax agent
            yield draft
