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
since the NER never saw it, no entity mentions (``kg extract`` output is byte-identical either way;
``kg build --prefilter`` stores no entity labels for documents without events, docs/BUILD.md).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.triggers import RULES


class Prefilter:
    """``prefilter(doc)`` is False only when no trigger can be found in the tokenized ``doc``.

    ``forms`` are the lower-cased token texts that may start a trigger match.  When the pipeline's
    lemmatizer is of a kind this module cannot run backwards, every document passes (``exact`` is
    False) rather than risk losing an event.
    """

    def __init__(self, nlp: Language) -> None:
        from kg.extract import rules  # noqa: F401  (registers the rules)

        lowers, lemmas = _first_tests(pattern for rule in RULES.values() for pattern in rule.patterns)
        forms, self.exact = _lemma_forms(nlp, lemmas)
        self.lemmas = frozenset(lemmas)
        self.forms = frozenset(lowers | forms)
        # The hashes of the forms, to test a Doc's LOWER column without making a string per token.
        self._hashes = frozenset(nlp.vocab.strings.add(form) for form in self.forms)

    def __call__(self, doc: Doc) -> bool:
        if not self.exact:
            return True
        from spacy.attrs import LOWER

        hashes = self._hashes
        return any(value in hashes for value in doc.to_array(LOWER).tolist())


def _first_tests(patterns: Iterable[list[dict]]) -> tuple[set[str], set[str]]:
    """The lower-cased ``LOWER`` and ``LEMMA`` values that some pattern's first token test accepts."""
    from kg.extract.triggers import _values

    lowers: set[str] = set()
    lemmas: set[str] = set()
    for pattern in patterns:
        spec = pattern[0]
        if "LOWER" in spec:
            lowers.update(w.lower() for w in _values(spec["LOWER"]))
        if "LEMMA" in spec:
            lemmas.update(w.lower() for w in _values(spec["LEMMA"]))
    return lowers, lemmas


def _lemma_forms(nlp: Language, lemmas: set[str]) -> tuple[set[str], bool]:
    """Lower-cased texts whose lemma may be one of ``lemmas``, and whether that set is complete."""
    forms = set(lemmas)  # base forms, proper nouns and words outside the lemmatizer's tables
    if "lemmatizer" in nlp.pipe_names:
        lemmatizer = nlp.get_pipe("lemmatizer")
        mode = getattr(lemmatizer, "mode", None)
        lookups = lemmatizer.lookups  # type: ignore[attr-defined]
        if mode == "rule":
            forms |= _rule_forms(lookups, lemmas)
        elif mode == "lookup":
            table = lookups.get_table("lemma_lookup", {})
            forms |= {str(form).lower() for form, lemma in table.items() if str(lemma).lower() in lemmas}
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
                    forms.update(w.lower() for ws in words if ws is not None for w in ws)
    return forms, True


def _rule_forms(lookups, lemmas: set[str]) -> set[str]:  # noqa: ANN001
    """spaCy's rule lemmatizer run backwards: every text some part of speech's suffix rule or
    exception maps to one of ``lemmas``."""
    forms: set[str] = set()
    rules_table = lookups.get_table("lemma_rules", {})
    exc_table = lookups.get_table("lemma_exc", {})
    for rules in rules_table.values():
        for old, new in rules:
            for lemma in lemmas:
                if lemma.endswith(new):
                    forms.add(lemma[: len(lemma) - len(new)] + old)
    for exceptions in exc_table.values():
        for text, targets in exceptions.items():
            if any(str(t).lower() in lemmas for t in targets):
                forms.add(str(text).lower())
    return forms


def _strings(value: object) -> list[str] | None:
    """The texts a token test accepts, or None for a test (REGEX, NOT_IN, ...) that is no list."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and set(value) == {"IN"}:
        return [str(v) for v in value["IN"]]
    return None
