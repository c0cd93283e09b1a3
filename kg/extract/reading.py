"""The reading of one document: its sentences, listed once, and what rules compute from a sentence or a
token, remembered for that document only.

Rules ask the same questions of a trigger's sentence many times, and spaCy answers each ``token.sent`` by
building a new Span, and each iteration of it with a new Token per word.  So a :class:`Reading` lists the
sentences of its document once and keeps what rules compute per sentence and per token.  It belongs to its
Doc (``doc.user_data``), never to the process: the pipeline opens it when it starts a document and closes it
when the document's extraction is done, so no Doc outlives its extraction through a cache (every Span and
Token holds its Doc, and a Doc holds its batch's whole tensor, over 1 MB: an index keyed weakly by Doc whose
values held the Doc's Spans kept every Doc, 1.7 GB at 10,000 articles).  Helpers called on a Doc outside
the pipeline (tests, one-off checks) open a reading on first use; it lives as long as that Doc.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

A = TypeVar("A")
T = TypeVar("T")

_KEY = "kg.reading"


class Reading:
    """The per-document context of the rules: the sentence index and the per-sentence and per-token memos."""

    __slots__ = ("doc", "per_sentence_memo", "per_token_memo", "spans", "starts")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.spans = list(doc.sents)
        self.starts = [sent.start for sent in self.spans]
        self.per_sentence_memo: dict[tuple[str, int], object] = {}  # (name, sentence number) -> value
        self.per_token_memo: dict[tuple[str, int], object] = {}  # (name, token index) -> value

    def number(self, token: Token) -> int:
        """The number of ``token``'s sentence in the document."""
        return bisect_right(self.starts, token.i) - 1

    def sentence(self, token: Token) -> Span:
        return self.spans[self.number(token)]

    def per_sentence(self, token: Token, name: str, compute: Callable[[Span], T]) -> T:
        number = self.number(token)
        return _remembered(self.per_sentence_memo, (name, number), compute, self.spans[number])

    def per_token(self, token: Token, name: str, compute: Callable[[Token], T]) -> T:
        return _remembered(self.per_token_memo, (name, token.i), compute, token)


def open_reading(doc: Doc) -> Reading:
    """A fresh reading of ``doc``, attached to it until :func:`close_reading`."""
    reading = doc.user_data[_KEY] = Reading(doc)
    return reading


def close_reading(doc: Doc) -> None:
    """Drop ``doc``'s reading (and with it the reference cycle Doc -> Reading -> Spans -> Doc)."""
    doc.user_data.pop(_KEY, None)


def reading_of(doc: Doc) -> Reading:
    """The reading of ``doc``: the one the pipeline opened, or a new one."""
    reading = doc.user_data.get(_KEY)
    return reading if reading is not None else open_reading(doc)


def _remembered(memo: dict[tuple[str, int], object], key: tuple[str, int], compute: Callable[[A], T], arg: A) -> T:
    try:
        return memo[key]  # type: ignore[return-value]
    except KeyError:
        value = memo[key] = compute(arg)
        return value


def sentence(token: Token) -> Span:
    """``token.sent``, from its document's sentence index."""
    return reading_of(token.doc).sentence(token)


def per_sentence(token: Token, name: str, compute: Callable[[Span], T]) -> T:
    """``compute(sentence(token))``, computed once per sentence of the document and ``name``."""
    return reading_of(token.doc).per_sentence(token, name, compute)


def per_token(token: Token, name: str, compute: Callable[[Token], T]) -> T:
    """``compute(token)``, computed once per token of the document and ``name``."""
    return reading_of(token.doc).per_token(token, name, compute)


def _lemmas(sent: Span) -> frozenset[str]:
    return frozenset(t.lemma_.lower() for t in sent)


def _text(sent: Span) -> str:
    return sent.text


def sentence_text(token: Token) -> str:
    """The text of ``token``'s sentence (``token.sent.text``, cached)."""
    return per_sentence(token, "text", _text)


def sentence_lemmas(token: Token) -> frozenset[str]:
    """The lower-cased lemmas of ``token``'s sentence, cached per sentence."""
    return per_sentence(token, "lemmas", _lemmas)


def text_between(before: Span, after: Span) -> str:
    """The document's text from the end of ``before`` to the start of ``after``.

    ``doc.text[before.end_char : after.start_char]`` without ``doc.text``, which joins every token of
    the document on each call: once per event, that made long documents quadratic (24,000 tokens of
    "Rebels attacked the town and" took 388 s).
    """
    doc = before.doc
    gap = [doc[before.end - 1].whitespace_] if before.end > 0 else []
    return "".join(gap + [t.text_with_ws for t in doc[before.end : after.start]])
