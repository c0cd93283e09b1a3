"""A small SPARQL tokenizer: the significant tokens of a query or update (braces, variables, words), with
comments, whitespace and the insides of strings and IRIs skipped, so braces or keywords inside them never
mislead a reader.  kg.store.sparql finds the WHERE group with it, kg.store.shape an update's WHERE keywords,
kg.serve.policy the operations a request asks for.

>>> [t.text for t in tokens('SELECT ?s { ?s ?p "}" } # }')]
['SELECT', 's', '{', 's', 'p', '"}"', '}']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["STRING", "VAR", "Token", "first_keyword", "tokens"]

# SPARQL's IRIREF; a "<" that does not start one is the less-than operator.
_IRI = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
STRING = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|'
    r"'''(?:[^'\\]|\\.|'(?!''))*'''|"
    r'"(?:[^"\\\n\r]|\\.)*"|'
    r"'(?:[^'\\\n\r]|\\.)*'",
    re.DOTALL,
)
VAR = re.compile(r"[?$]([A-Za-z0-9_\u00B7\u00C0-\U0010FFFF]+)")
# Keywords, prefixed names and numbers, with PN_LOCAL's backslash escapes (ex:a\#b is one name).
_WORD = re.compile(r"(?:[\w:.\-%\u00B7\u00C0-\U0010FFFF]|\\[^\s])+")


@dataclass(frozen=True)
class Token:
    kind: str  # "{", "}", "(", ")", "var", "word", "other"
    text: str
    start: int
    end: int


def tokens(sparql: str) -> Iterator[Token]:
    """The significant tokens of ``sparql`` (no comments, whitespace, strings' insides)."""
    i, n = 0, len(sparql)
    while i < n:
        ch = sparql[i]
        if ch.isspace():
            i += 1
            continue
        if ch == "#":
            nl = sparql.find("\n", i)
            i = n if nl < 0 else nl + 1
            continue
        if ch in "\"'":
            m = STRING.match(sparql, i)
            end = m.end() if m else n  # an unterminated string runs to the end: the engine reports it
            yield Token("other", sparql[i:end], i, end)
            i = end
            continue
        if ch == "<":
            m = _IRI.match(sparql, i)
            end = m.end() if m else i + 1
            yield Token("other", sparql[i:end], i, end)
            i = end
            continue
        if ch in "{}()":
            yield Token(ch, ch, i, i + 1)
            i += 1
            continue
        if ch in "?$":
            m = VAR.match(sparql, i)
            if m:
                yield Token("var", m.group(1), i, m.end())
                i = m.end()
                continue
        m = _WORD.match(sparql, i)
        if m:
            yield Token("word", m.group(0), i, m.end())
            i = m.end()
            continue
        yield Token("other", ch, i, i + 1)
        i += 1


def first_keyword(sparql: str) -> str | None:
    """The first keyword after the PREFIX/BASE prologue, upper-cased."""
    skip = 0
    for tok in tokens(sparql):
        if skip:
            skip -= 1
            continue
        if tok.kind != "word":
            return None
        word = tok.text.upper()
        if word == "PREFIX":
            skip = 2  # the prefix name and its IRI
        elif word == "BASE":
            skip = 1
        else:
            return word
    return None
