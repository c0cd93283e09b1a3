"""The RDF formats kg reads and writes: one table with names, short names, suffixes and media types.

``kg export``, ``kg query`` (CONSTRUCT results), ``kg serve``, ``kg validate FILE`` and both stores
look formats up here, so a format and its aliases are named once.

>>> rdf_format("ttl").name
'turtle'
>>> writer_prefixes("nquads") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import pyoxigraph as ox

# Nothing heavy is imported here: the command line builds its format choices from this table
# before any command runs, and `kg --help` must stay fast.


@dataclass(frozen=True)
class RdfFormat:
    """One RDF syntax: kg's name for it and what each library and protocol calls it."""

    name: str  # kg's name: "turtle"
    aliases: tuple[str, ...]  # short names offered on the command line: "ttl"
    oxigraph_name: str  # the pyoxigraph.RdfFormat member
    rdflib: str  # rdflib's parser name
    suffixes: tuple[str, ...]  # file suffixes that mean this format
    media_types: tuple[str, ...]  # the first is what kg serve answers with
    export: bool = True  # kg export and Store.dump write it
    hidden: tuple[str, ...] = ()  # names also understood but not offered ("xml" is also a results format)

    @property
    def oxigraph(self) -> ox.RdfFormat:
        """pyoxigraph's format object."""
        import pyoxigraph as ox

        return getattr(ox.RdfFormat, self.oxigraph_name)

    @property
    def datasets(self) -> bool:
        """Whether the format keeps named graphs (N-Quads, TriG, JSON-LD)."""
        return self.oxigraph.supports_datasets


FORMATS: tuple[RdfFormat, ...] = (
    RdfFormat("turtle", ("ttl",), "TURTLE", "turtle", (".ttl", ".turtle"), ("text/turtle",)),
    RdfFormat(
        "ntriples",
        ("nt",),
        "N_TRIPLES",
        "nt",
        (".nt", ".ntriples"),
        ("application/n-triples", "text/plain"),
    ),
    RdfFormat("nquads", ("nq",), "N_QUADS", "nquads", (".nq", ".nquads"), ("application/n-quads",)),
    RdfFormat("trig", (), "TRIG", "trig", (".trig",), ("application/trig",)),
    RdfFormat(
        "jsonld",
        (),
        "JSON_LD",
        "json-ld",
        (".jsonld", ".json"),
        ("application/ld+json",),
        hidden=("json-ld",),
    ),
    RdfFormat(
        "rdfxml",
        (),
        "RDF_XML",
        "xml",
        (".rdf", ".owl", ".xml"),
        ("application/rdf+xml", "application/xml"),
        hidden=("xml",),
    ),
)
"""Every format, in the order help texts list them."""

EXPORT_FORMATS = tuple(f for f in FORMATS if f.export)

_BY_NAME = {name: f for f in FORMATS for name in (f.name, *f.aliases, *f.hidden)}

_WITH_PREFIXES = ("TURTLE", "TRIG", "RDF_XML")


SELECT_FORMATS: tuple[str, ...] = ("table", "plain", "csv", "tsv", "json", "jsonl", "xml")
"""How a SELECT or ASK result can be written (``kg query --format``, :func:`kg.serve.formats.render`);
a CONSTRUCT or DESCRIBE result takes "table" or one of the RDF formats above."""


def rdf_format(name: str, *, formats: tuple[RdfFormat, ...] = FORMATS) -> RdfFormat:
    """The format called ``name`` (any case; an alias such as ``ttl`` or ``json-ld`` too) among ``formats``.

    Raises ValueError naming the formats there are.
    """
    key = name.strip().lower()
    found = _BY_NAME.get(key) or _BY_NAME.get(key.replace("-", "").replace("_", ""))
    if found is None or found not in formats:
        raise ValueError(f"unknown RDF format {name!r}; use one of {', '.join(f.name for f in formats)}")
    return found


def names(formats: tuple[RdfFormat, ...] = FORMATS) -> list[str]:
    """Every name and alias of ``formats``, each name followed by its aliases (for command-line choices)."""
    return [name for f in formats for name in (f.name, *f.aliases)]


def by_suffix(suffix: str) -> RdfFormat | None:
    """The format of a file ending in ``suffix`` (".ttl"), or None."""
    suffix = suffix.lower()
    return next((f for f in FORMATS if suffix in f.suffixes), None)


def writer_prefixes(fmt: RdfFormat | ox.RdfFormat | str) -> dict[str, str] | None:
    """The prefixes to write ``fmt`` with: kg's without ``kgid:`` for Turtle, TriG and RDF/XML, else None."""
    from kg.rdf.vocab import PREFIXES

    if isinstance(fmt, str):
        fmt = rdf_format(fmt)
    if not isinstance(fmt, RdfFormat):
        fmt = next(f for f in FORMATS if f.oxigraph == fmt)
    if fmt.oxigraph_name not in _WITH_PREFIXES:
        return None
    # kg's instance IRIs contain "/" after the kgid: namespace, which Turtle can only write as
    # kgid:actor\/isis-...; older strict parsers (raptor) reject that escape, so instances stay full IRIs.
    return {k: v for k, v in PREFIXES.items() if k != "kgid"}


# --- characters some syntaxes cannot carry; the one place kg decides what to do with them

# Lone surrogates cannot be encoded in any RDF syntax; U+FFFE and U+FFFF are Unicode noncharacters
# that strict parsers refuse even escaped (rapper: "Illegal Unicode character").  Neither is text.
_NOT_TEXT = re.compile("[\ud800-\udfff\ufffe\uffff]")
# XML 1.0 has no way to write C0 controls other than tab, LF and CR, not even as &#1;.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NOT_XML_UTF8 = re.compile(b"[\x00-\x08\x0b\x0c\x0e-\x1f]|\xef\xbf[\xbe\xbf]")
REPLACEMENT = "\ufffd"


def clean_text(text: str) -> str:
    """``text`` with each lone surrogate, U+FFFE and U+FFFF replaced by U+FFFD, every other character kept.

    Applied to all text as it comes in, so no RDF syntax or parser ever meets them.  One
    character for one keeps the length, so character offsets stay right.  Control characters
    (NUL included) are kept: Turtle, N-Triples, N-Quads, TriG and JSON-LD escape them and read them
    back unchanged; only XML cannot (see :func:`xml_safe`).

    >>> clean_text("a\\ud800b\\uffffc") == "a\\ufffdb\\ufffdc"
    True
    """
    return _NOT_TEXT.sub(REPLACEMENT, text)


def xml_safe(text: str) -> str:
    """``text`` with every character XML 1.0 cannot carry (C0 controls but tab, LF, CR; U+FFFE, U+FFFF;
    surrogates) replaced by U+FFFD, one for one, so the reader sees that something was there.

    For whole XML documents as well as values: markup never holds those characters.
    """
    return _NOT_XML.sub(REPLACEMENT, text)


class _Sink(Protocol):
    def write(self, data: bytes, /) -> object: ...
    def flush(self) -> object: ...


class XmlSafeWriter:
    """A binary file that passes UTF-8 XML on to ``raw`` with the characters of :func:`xml_safe` replaced.

    For writers that produce XML themselves (pyoxigraph's RDF/XML and SPARQL results XML).  A
    U+FFFE/U+FFFF split across two writes is held back until its last byte comes.
    """

    def __init__(self, raw: _Sink) -> None:
        self.raw = raw
        self.held = b""

    def write(self, data: bytes) -> int:
        held = self.held
        data = held + bytes(data)
        # Hold back a trailing EF or EF BF: the start of a three-byte sequence not yet complete.
        cut = len(data)
        if data.endswith(b"\xef"):
            cut -= 1
        elif data.endswith(b"\xef\xbf"):
            cut -= 2
        self.held = data[cut:]
        self.raw.write(_NOT_XML_UTF8.sub(REPLACEMENT.encode(), data[:cut]))
        return len(data) - len(held)

    def flush(self) -> None:
        if self.held:
            self.raw.write(self.held)
            self.held = b""
        self.raw.flush()


# C0 and C1 controls and DEL: ESC starts the terminal's escape sequences (colours, cursor moves, window
# titles, OSC 8 links, some terminals' "report" sequences), U+009B is CSI on its own; and bidi overrides
# reorder what follows.  None of them belongs on a screen as it is.
_TERMINAL = {
    c: f"\\u{c:04X}" for c in (*range(0x20), *range(0x7F, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A))
}
_TERMINAL.update({ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"})


def terminal_safe(text: str) -> str:
    """``text`` for a table or line on a terminal: every control and bidi override written as an escape.

    For article text shown to people (``kg report``, ``kg query`` tables, ``kg extract -f text``); data
    formats (CSV, JSON, RDF) keep text exact.

    >>> terminal_safe("ISIS\\x1b[2J\\n")
    'ISIS\\\\u001B[2J\\\\n'
    """
    return text.translate(_TERMINAL)
