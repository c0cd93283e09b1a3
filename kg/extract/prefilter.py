"""Which documents can hold an event, decided on the tokenizer's output before anything is parsed.

Every event starts at a trigger (kg/extract/triggers.py), and every trigger pattern's first token
test is a ``LOWER`` or ``LEMMA`` value: a document none of whose tokens can pass some pattern's first
test yields no event, whatever the parser, the tagger and the NER would make of it.  A token's lemma
depends on its part of speech, which only the tagger knows, so the test here is a superset: the
surface forms that spaCy's lemmatizer could map to a trigger lemma under *any* part of speech,
found by running its suffix rules and exception tables backwards (``strike`` <- ``strikes``,
``striking``, ``struck``), plus forms the attribute ruler gives a trigger lemma.  Nothing is listed
by hand: the vocabulary is read from the registered rules, so a trigger word added to a rule table
is covered at once (tests/test_prefilter.py checks every one).

A skipped document costs one tokenizer pass; its :class:`~kg.models.Extraction` has no events and,
since the NER never saw it, no entity mentions.  Neither shows: ``kg extract`` output is byte-identical
either way, and ``kg build`` (prefiltered by default) stores the same graphs, because a document without
events stores no actors or places (kg/rdf/triples.py, docs/BUILD.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.triggers import RULES


class Prefilter:
    """``prefilter(doc)`` is False only when no trigger can be found in the tokenized ``doc``.

    ``forms`` are the lower-cased token texts that may start a trigger match.  A document passes when some
    pattern can match all its tokens in a row, every test relaxed to the surface forms that could pass it
    under any part of speech, and, for a one-token pattern whose lemma the rule ``requires`` words for
    (:attr:`kg.extract.registry.Rule.requires`), when a form of one of those words is in the document too.
    When the pipeline's lemmatizer is of a kind this module cannot run backwards, every document passes
    (``exact`` is False) rather than risk losing an event.
    """

    def __init__(self, nlp: Language) -> None:
        from kg.extract import rules  # noqa: F401  (registers the rules)

        words: set[str] = set()
        for rule in RULES.values():
            for pattern in rule.patterns:
                for spec in pattern:
                    words |= _test_values(spec)[1]
            for lemma, needed in rule.requires.items():
                words |= {lemma, *needed}
        lemma_forms, self.exact = _lemma_forms(nlp, words)
        strings = nlp.vocab.strings

        def hashes(forms: Iterable[str]) -> frozenset[int]:
            return frozenset(strings.add(form) for form in forms)

        def test_forms(spec: dict) -> set[str]:
            lowers, lemmas = _test_values(spec)
            return lowers | {form for lemma in lemmas for form in lemma_forms.get(lemma, ())}

        single: set[str] = set()  # forms that are a trigger wherever they are
        needs: dict[frozenset[str], set[str]] = {}  # required words -> forms that are a trigger with one of them
        runs: list[tuple[frozenset[int], ...]] = []  # longer patterns, one set of forms per token
        first: set[str] = set()
        for rule in RULES.values():
            for pattern in rule.patterns:
                first |= test_forms(pattern[0])
                if len(pattern) > 1:
                    runs.append(tuple(hashes(test_forms(spec)) for spec in pattern))
                    continue
                lowers, lemmas = _test_values(pattern[0])
                single |= lowers
                for lemma in lemmas:
                    forms = lemma_forms.get(lemma, set())
                    if lemma in rule.requires:
                        needs.setdefault(rule.requires[lemma], set()).update(forms)
                    else:
                        single |= forms
        self.forms = frozenset(first)
        self._single = hashes(single)
        self._needs = [
            (hashes(forms - single), hashes(f for word in needed for f in lemma_forms.get(word, ())))
            for needed, forms in sorted(needs.items(), key=lambda item: sorted(item[0]))
        ]
        self._runs = runs

    def __call__(self, doc: Doc) -> bool:
        if not self.exact:
            return True
        from spacy.attrs import LOWER

        tokens = doc.to_array(LOWER).tolist()
        present = set(tokens)
        if not present.isdisjoint(self._single):
            return True
        if any(not present.isdisjoint(forms) and not present.isdisjoint(needed) for forms, needed in self._needs):
            return True
        for run in self._runs:
            if all(not present.isdisjoint(forms) for forms in run) and _in_a_row(tokens, run):
                return True
        return False


def _in_a_row(tokens: list[int], run: tuple[frozenset[int], ...]) -> bool:
    """Whether some tokens in a row pass the tests of ``run`` one by one."""
    n = len(run)
    return any(
        all(tokens[i + k] in run[k] for k in range(n)) for i in range(len(tokens) - n + 1) if tokens[i] in run[0]
    )


def _test_values(spec: dict) -> tuple[set[str], set[str]]:
    """The lower-cased ``LOWER`` and ``LEMMA`` values a token test accepts."""
    from kg.extract.triggers import _values

    lowers = {w.lower() for w in _values(spec["LOWER"])} if "LOWER" in spec else set()
    lemmas = {w.lower() for w in _values(spec["LEMMA"])} if "LEMMA" in spec else set()
    return lowers, lemmas


def _lemma_forms(nlp: Language, lemmas: set[str]) -> tuple[dict[str, set[str]], bool]:
    """Each of ``lemmas`` -> the lower-cased texts whose lemma it may be, and whether those sets are complete."""
    forms: dict[str, set[str]] = {lemma: {lemma} for lemma in lemmas}  # base forms, words outside the tables
    if "lemmatizer" in nlp.pipe_names:
        lemmatizer = nlp.get_pipe("lemmatizer")
        mode = getattr(lemmatizer, "mode", None)
        lookups = lemmatizer.lookups  # type: ignore[attr-defined]
        if mode == "rule":
            for form, lemma in _rule_forms(lookups, lemmas):
                forms[lemma].add(form)
        elif mode == "lookup":
            table = lookups.get_table("lemma_lookup", {})
            for form, lemma in table.items():
                if str(lemma).lower() in lemmas:
                    forms[str(lemma).lower()].add(str(form).lower())
        else:
            return forms, False
    for name in nlp.pipe_names:
        pipe = nlp.get_pipe(name)
        if type(pipe).__name__ != "AttributeRuler":
            continue
        for entry in pipe.patterns:  # type: ignore[attr-defined]
            lemma = entry["attrs"].get("LEMMA")
            if lemma is None or str(lemma).lower() not in lemmas:
                continue
            for pattern in entry["patterns"]:
                for spec in pattern:
                    texts = [spec[a] for a in ("LOWER", "ORTH", "TEXT") if a in spec]
                    if not texts:
                        return forms, False  # a lemma given by POS or shape alone: cannot be told from text
                    words = [_strings(text) for text in texts]
                    if any(w is None for w in words):
                        return forms, False
                    forms[str(lemma).lower()].update(w.lower() for ws in words if ws is not None for w in ws)
    return forms, True


def _rule_forms(lookups, lemmas: set[str]) -> Iterator[tuple[str, str]]:  # noqa: ANN001
    """spaCy's rule lemmatizer run backwards: (text, lemma) for every text some part of speech's suffix rule or
    exception maps to one of ``lemmas``."""
    rules_table = lookups.get_table("lemma_rules", {})
    exc_table = lookups.get_table("lemma_exc", {})
    for rules in rules_table.values():
        for old, new in rules:
            for lemma in lemmas:
                if lemma.endswith(new):
                    yield lemma[: len(lemma) - len(new)] + old, lemma
    for exceptions in exc_table.values():
        for text, targets in exceptions.items():
            for target in targets:
                if str(target).lower() in lemmas:
                    yield str(text).lower(), str(target).lower()


def _strings(value: object) -> list[str] | None:
    """The texts a token test accepts, or None for a test (REGEX, NOT_IN, ...) that is no list."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and set(value) == {"IN"}:
        return [str(v) for v in value["IN"]]
    return None
