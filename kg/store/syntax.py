"""SPARQL syntax errors in words: one line with the line, column and word where the text goes wrong.

The engine (pyoxigraph's PEG parser) reports the furthest point it reached and every grammar token it
could have taken there, character classes included (``expected one of ",", ".", ";", "{", ...,
['0' ..= '9' | '\\u{00B7}' ...]``), and that point is often past the mistake (a misspelt ``LIMT`` is
reported at the end of the text).  kg reads the user's text with its own tokenizer first and names the
first mistake it can be sure of, checks in this order:

1. a string or IRI that is never closed (it swallows the rest, so nothing after it means anything);
2. a bare word that is no SPARQL keyword or function (``SELEC``, ``LIMT``; with a "did you mean" when one is
   close), or a prefixed name whose prefix is neither declared nor one of kg's;
3. a ``}`` or ``)`` that closes nothing or the wrong bracket, then a bracket never closed;
4. otherwise the engine's own position, moved back to the word there, with what it expected cut to
   keywords and punctuation.

Every caller (``kg query``, ``kg serve``'s 400 body, the library's QueryError) uses :func:`syntax_message`,
so the message is the same everywhere:  ``query line 3, column 14: expected a keyword, a variable or a term
near 'SELEC' (did you mean SELECT?)``.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from kg.rdf.vocab import PREFIXES
from kg.store.lexer import STRING, Token, tokens

# Bare words SPARQL 1.1 (and pyoxigraph's SPARQL 1.2 and extensions) reads: keywords and built-in functions.
KEYWORDS = frozenset(
    """
    BASE PREFIX SELECT CONSTRUCT DESCRIBE ASK DISTINCT REDUCED AS WHERE FROM NAMED GRAPH OPTIONAL UNION MINUS
    FILTER BIND VALUES SERVICE SILENT GROUP BY HAVING ORDER ASC DESC LIMIT OFFSET UNDEF A TRUE FALSE NOT IN
    EXISTS LATERAL INSERT DELETE DATA LOAD CLEAR DROP CREATE ADD MOVE COPY TO INTO WITH USING DEFAULT ALL
    STR LANG LANGMATCHES DATATYPE BOUND IRI URI BNODE RAND ABS CEIL FLOOR ROUND CONCAT SUBSTR STRLEN REPLACE
    UCASE LCASE ENCODE_FOR_URI CONTAINS STRSTARTS STRENDS STRBEFORE STRAFTER YEAR MONTH DAY HOURS MINUTES
    SECONDS TIMEZONE TZ NOW UUID STRUUID MD5 SHA1 SHA256 SHA384 SHA512 COALESCE IF STRLANG STRDT SAMETERM
    ISIRI ISURI ISBLANK ISLITERAL ISNUMERIC REGEX COUNT SUM MIN MAX AVG SAMPLE GROUP_CONCAT SEPARATOR
    TRIPLE SUBJECT PREDICATE OBJECT ISTRIPLE LANGDIR HASLANG HASLANGDIR STRLANGDIR ADJUST VERSION
    """.split()
)
# Words a user means when a misspelling is close to them (the query's skeleton, not every function).
_SUGGEST = sorted(
    "SELECT CONSTRUCT DESCRIBE ASK DISTINCT WHERE FROM NAMED GRAPH OPTIONAL UNION MINUS FILTER BIND VALUES "
    "GROUP ORDER HAVING LIMIT OFFSET PREFIX INSERT DELETE COUNT REGEX CONTAINS EXISTS SERVICE".split()
)
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\.*")
_PUNCT = re.compile(r"[.\-+]+")
_POSITION = re.compile(r"error at (\d+):(\d+):?\s*")
_CLOSERS = {"}": "{", ")": "("}


def syntax_message(sparql: str, error: SyntaxError | None = None, *, kind: str = "query") -> str:
    """One line for a SPARQL text that does not parse: ``KIND line L, column C: what is wrong near 'WORD'``.

    ``error`` is the engine's SyntaxError (its position is the fallback when kg's own reading finds nothing);
    ``kind`` is ``"query"`` or ``"update"``.
    """
    toks = list(tokens(sparql))
    found = _diagnose(sparql, toks) or _from_engine(sparql, toks, error, update=kind == "update")
    offset, what = found
    line, column = _line_column(sparql, offset)
    return f"{kind} line {line}, column {column}: {what}"


def _diagnose(sparql: str, toks: list[Token]) -> tuple[int, str] | None:
    for rule in (_unclosed_literal, _bad_word, _brackets, _short_triple, _dangling_operator):
        if found := rule(toks):
            return found
    return None


def _unclosed_literal(toks: list[Token]) -> tuple[int, str] | None:
    for tok in toks:
        if tok.kind != "other":
            continue
        quote = tok.text[:3] if tok.text[:3] in ('"""', "'''") else tok.text[:1]
        if quote in ('"', "'", '"""', "'''") and not STRING.fullmatch(tok.text):
            return tok.start, f"string {_near(tok.text)} is never closed (expected a closing {quote})"
    return None


def _bad_word(toks: list[Token]) -> tuple[int, str] | None:
    declared = set(PREFIXES)
    previous: Token | None = None
    for i, tok in enumerate(toks):
        after_at = previous is not None and previous.text == "@" and previous.end == tok.start
        previous = tok
        if tok.kind != "word" or after_at:  # a language tag ("en" of "abc"@en)
            continue
        word = tok.text.rstrip(".")
        if not word or _NUMBER.fullmatch(tok.text) or _PUNCT.fullmatch(tok.text):
            continue
        if ":" in word:
            prefix = word.split(":", 1)[0]
            if i > 0 and toks[i - 1].kind == "word" and toks[i - 1].text.upper() == "PREFIX":
                declared.add(prefix)
            elif prefix != "_" and prefix not in declared:
                return tok.start, (
                    f"prefix '{prefix}:' is not declared near {_near(tok.text)} "
                    f"(add PREFIX {prefix}: <...> at the top, or write the full <IRI>)"
                )
            continue
        if word.upper() in KEYWORDS or word == "a":
            continue
        close = difflib.get_close_matches(word.upper(), _SUGGEST, n=1, cutoff=0.75)
        hint = f" (did you mean {close[0]}?)" if close else " (variables start with ?, names need a prefix: ex:name)"
        return tok.start, f"expected a keyword, a variable or a term near {_near(tok.text)}{hint}"
    return None


def _brackets(toks: list[Token]) -> tuple[int, str] | None:
    stack: list[Token] = []
    for tok in toks:
        if tok.kind in ("{", "("):
            stack.append(tok)
        elif tok.kind in _CLOSERS:
            if not stack:
                return tok.start, f"'{tok.kind}' closes nothing (no '{_CLOSERS[tok.kind]}' is open here)"
            opener = stack.pop()
            if opener.kind != _CLOSERS[tok.kind]:
                want = "}" if opener.kind == "{" else ")"
                return tok.start, f"expected '{want}' (for the '{opener.kind}' before it) near '{tok.kind}'"
    if stack:
        opener = stack[-1]
        want = "}" if opener.kind == "{" else ")"
        return opener.start, f"'{opener.kind}' is never closed (expected '{want}' before the end)"
    return None


def _short_triple(toks: list[Token]) -> tuple[int, str] | None:
    """A group's last pattern with one or two terms before its ``}`` (``{ ?x ?p }``)."""
    for i, tok in enumerate(toks):
        if tok.kind != "}":
            continue
        j = i - 1
        while j >= 0 and _is_term(toks[j]):
            j -= 1
        terms = toks[j + 1 : i]
        values = j >= 2 and toks[j].kind == "{" and toks[j - 1].kind == "var" and toks[j - 2].text.upper() == "VALUES"
        if 0 < len(terms) < 3 and j >= 0 and (toks[j].kind == "{" or toks[j].text == ".") and not values:
            found = " ".join(_text(t) for t in terms)
            return tok.start, f"a triple needs a subject, a predicate and an object near '}}' (found only {found!r})"
    return None


def _is_term(tok: Token) -> bool:
    if tok.kind == "var":
        return True
    if tok.kind == "other":
        return tok.text[:1] in "<\"'" and len(tok.text) > 1
    return tok.kind == "word" and tok.text != "." and (tok.text == "a" or tok.text.upper() not in KEYWORDS)


# "*" is left out: COUNT(*) ends with it.
_OPERATORS = frozenset("= < > & | + - / !".split())


def _dangling_operator(toks: list[Token]) -> tuple[int, str] | None:
    """An operator with nothing after it before a ``)`` or ``,`` (``FILTER(?o > )``)."""
    for before, tok in zip(toks, toks[1:], strict=False):
        if before.text in _OPERATORS and (tok.kind in (")", "}") or tok.text == ","):
            return tok.start, f"expected an expression after '{before.text}' near '{tok.text}'"
    return None


def _text(tok: Token) -> str:
    return "?" + tok.text if tok.kind == "var" else tok.text


def _from_engine(sparql: str, toks: list[Token], error: SyntaxError | None, *, update: bool) -> tuple[int, str]:
    """Where rdflib's SPARQL parser stops (the clause that fails), with what the engine expected there.

    pyoxigraph's position is the furthest point any alternative reached, usually the end of the text;
    rdflib's (pyparsing) is the start of the first clause that cannot be read, and its own "expected"
    names grammar rules ("Expected SelectQuery").  Each gives the half it is good at.
    """
    message = " ".join(str(error).split()) if error is not None else ""
    m = _POSITION.search(message)
    expected = _expected(message[m.end() :]) if m else ""
    offset = _rdflib_offset(sparql, update=update)
    if offset is None and m:
        offset = _offset(sparql, int(m.group(1)), int(m.group(2)))
    if offset is None:
        return 0, f"cannot be read as SPARQL ({message[:160]})" if message else "cannot be read as SPARQL"
    tok = next((t for t in toks if t.start <= offset < t.end), None) or next(
        (t for t in reversed(toks) if t.start <= offset), None
    )
    if tok is None:
        return offset, f"expected {expected}" if expected else "cannot be read as SPARQL"
    if offset >= len(sparql.rstrip()):
        where = f"at the end, after {_near(_text(tok))}"
        return len(sparql.rstrip()), (f"expected {expected} " if expected else "the text ends too early, ") + where
    return tok.start, (f"expected {expected} near " if expected else "cannot be read from here, near ") + _near(
        _text(tok)
    )


def _rdflib_offset(sparql: str, *, update: bool) -> int | None:
    from pyparsing.exceptions import ParseBaseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        (parseUpdate if update else parseQuery)(sparql)
    except ParseBaseException as exc:
        return int(exc.loc)
    except (RecursionError, ValueError, TypeError):
        return None
    return None  # rdflib reads what the engine does not (an extension, or SPARQL 1.2): the engine's position


# The engine's character classes, by what they stand for.
_CLASSES = ((re.compile(r"^\['0' ?\.\.=? ?'9'\]$"), "a number"),)
_PUNCT_NAMES = {'"$"': "a variable", '"?"': "a variable", '"<"': "an IRI", '":"': "a prefixed name"}


def _expected(detail: str) -> str:
    """What the engine expected, as keywords, punctuation and kinds of term (its other character classes left out)."""
    detail = detail.removeprefix("expected one of ").removeprefix("expected ")
    items: list[str] = []
    for part in _split(detail):
        part = part.strip()
        if part in _PUNCT_NAMES:
            items.append(_PUNCT_NAMES[part])
        elif part.startswith('"') and part.endswith('"') and len(part) >= 3:
            items.append(f"'{part[1:-1]}'")
        elif re.fullmatch(r"[A-Za-z_]+", part):
            items.append(part.upper())
        else:
            items += [name for pattern, name in _CLASSES if pattern.search(part)]
    items = list(dict.fromkeys(items))
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return "one of " + ", ".join(items[:8]) + (", ..." if len(items) > 8 else "")


def _split(detail: str) -> Iterable[str]:
    """Top-level comma-separated parts (commas inside quotes or [...] classes stay)."""
    depth, quoted, start = 0, False, 0
    for i, ch in enumerate(detail):
        if ch == '"' and (i == 0 or detail[i - 1] != "\\"):
            quoted = not quoted
        elif not quoted and ch == "[":
            depth += 1
        elif not quoted and ch == "]":
            depth -= 1
        elif not quoted and depth == 0 and ch == ",":
            yield detail[start:i]
            start = i + 1
    yield detail[start:]


def _offset(sparql: str, line: int, column: int) -> int:
    lines = sparql.splitlines(keepends=True)
    if line > len(lines):  # past the user's text: kg appended to it (the merge after an update)
        return len(sparql)
    return min(sum(len(x) for x in lines[: line - 1]) + column - 1, len(sparql))


def _line_column(sparql: str, offset: int) -> tuple[int, int]:
    before = sparql[:offset]
    line = before.count("\n") + 1
    return line, offset - (before.rfind("\n") + 1) + 1


def _near(text: str) -> str:
    text = " ".join(text.split())
    return repr(text[:37] + "..." if len(text) > 40 else text)
