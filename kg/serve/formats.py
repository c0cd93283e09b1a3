"""The formats kg prints SPARQL query results in: tables, CSV, TSV, JSON, XML and RDF.

A store's ``query`` returns one of the records of :mod:`kg.store.results`, holding the store's pyoxigraph terms,
so the CLI (and tests) format results without knowing the store behind them and without converting a term.
Every function here is pure: it returns ``str`` or ``bytes`` and never prints.

>>> import pyoxigraph as ox
>>> r = SelectResult.of(["who", "n"], [(ox.NamedNode("https://w3id.org/kg/id/actor/isis-1"), ox.Literal(3))])
>>> print(format_table(r))
who               | n
------------------+--
kgid:actor/isis-1 | 3
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Mapping
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from kg.rdf.formats import FORMATS, SELECT_FORMATS, rdf_format, terminal_safe, writer_prefixes, xml_safe
from kg.rdf.terms import OxTerm, Term, to_oxigraph
from kg.rdf.vocab import PREFIXES
from kg.store.results import AskResult, GraphResult, QueryResult, SelectResult

_NUMERIC = frozenset(
    str(XSD[n])
    for n in (
        "integer decimal double float int long short byte nonNegativeInteger positiveInteger "
        "negativeInteger nonPositiveInteger unsignedInt unsignedLong unsignedShort unsignedByte"
    ).split()
)
_XSD_STRING = str(XSD.string)
# Longest namespace first, so that a namespace nested in another wins.
_PREFIXES_BY_LENGTH = sorted(PREFIXES.items(), key=lambda kv: len(kv[1]), reverse=True)


def compact(iri: str, *, prefixes: Mapping[str, str] | None = None) -> str:
    """``iri`` as ``prefix:local`` when a prefix (default kg's) matches, else ``<iri>``.

    Meant for display: the local part is not escaped, so the result may not be valid Turtle.
    """
    items = _PREFIXES_BY_LENGTH if prefixes is None else sorted(prefixes.items(), key=lambda kv: -len(kv[1]))
    for prefix, ns in items:
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return f"<{iri}>"


def _datatype(term: ox.Literal) -> str | None:
    """The datatype IRI a result format writes for literal ``term``: None for a simple or language-tagged string."""
    if term.language:
        return None
    datatype = term.datatype.value
    return None if datatype == _XSD_STRING else datatype


def display(term: OxTerm | Term | None) -> str:
    """How a table shows ``term`` (pyoxigraph's, or rdflib's such as a SHACL report's focus node): compact IRIs,
    literals as their lexical value, one line."""
    if isinstance(term, URIRef):
        return terminal_safe(compact(str(term)))
    if isinstance(term, BNode):
        return terminal_safe(f"_:{term}")
    if isinstance(term, Literal):
        return terminal_safe(str(term))
    return _display(term)


def _display(term: OxTerm | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        text = compact(term.value)
    elif isinstance(term, ox.BlankNode):
        text = f"_:{term.value}"
    else:
        text = term.value
    return terminal_safe(text)


def _width(text: str) -> int:
    """Terminal columns ``text`` takes: East Asian wide characters take two, combining marks none."""
    w = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w


def _clip(text: str, limit: int | None) -> str:
    if limit is None or _width(text) <= limit:
        return text
    out, w = [], 0
    for ch in text:
        cw = 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
        if w + cw > limit - 1:
            break
        out.append(ch)
        w += cw
    return "".join(out) + "…"


def _is_numeric(term: OxTerm | None) -> bool:
    return isinstance(term, ox.Literal) and _datatype(term) in _NUMERIC


def format_table(result: QueryResult, *, max_width: int | None = None) -> str:
    """An aligned text table of ``result`` (no trailing newline); numbers are right-aligned.

    ``max_width`` clips each cell to that many columns, ending clipped cells with "…".
    """
    if isinstance(result, AskResult):
        return "true" if result.value else "false"
    if isinstance(result, GraphResult):
        spo = tuple((t.subject, t.predicate, t.object) for t in result.statements)
        result = SelectResult(("subject", "predicate", "object"), spo)  # type: ignore[arg-type]  # no RDF-star
    header = list(result.variables)
    rows = result.solutions
    cells = [[_clip(_display(t), max_width) for t in row] for row in rows]
    numeric = [bool(rows) and all(t is None or _is_numeric(t) for t in col) for col in zip(*rows, strict=True)] or [
        False
    ] * len(header)
    widths = [max([_width(h)] + [_width(r[i]) for r in cells]) for i, h in enumerate(header)]

    def line(values: list[str], right: list[bool]) -> str:
        parts = []
        for v, w, r in zip(values, widths, right, strict=True):
            pad = " " * (w - _width(v))
            parts.append(pad + v if r else v + pad)
        return " | ".join(parts).rstrip()

    out = [line(header, [False] * len(header)), "-+-".join("-" * w for w in widths)]
    out.extend(line(r, numeric) for r in cells)
    return "\n".join(out)


def _csv_value(term: OxTerm | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def to_csv(result: SelectResult) -> str:
    """SPARQL 1.1 Query Results CSV: plain values, CRLF line ends, no types or language tags."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result.solutions:
        writer.writerow([_csv_value(t) for t in row])
    return buf.getvalue()


_NT_ESCAPES = {ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"}
_NT_ESCAPES.update({c: f"\\u{c:04X}" for c in (*range(0x20), 0x7F) if c not in (9, 10, 13)})


def ntriples_term(term: OxTerm | Term) -> str:
    """``term`` (pyoxigraph's or rdflib's) in N-Triples syntax (``<iri>``, ``_:b``, ``"text"@en``,
    ``"1"^^<xsd:integer>``)."""
    return _ntriples(to_oxigraph(term))


def _ntriples(term: OxTerm) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    text = '"' + term.value.translate(_NT_ESCAPES) + '"'
    if term.language:
        return f"{text}@{term.language}"
    datatype = _datatype(term)
    return text if datatype is None else f"{text}^^<{datatype}>"


def to_tsv(result: SelectResult) -> str:
    """SPARQL 1.1 Query Results TSV: ``?var`` header, terms in N-Triples syntax, LF line ends."""
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    for row in result.solutions:
        lines.append("\t".join("" if t is None else _ntriples(t) for t in row))
    return "\n".join(lines) + "\n"


_PLAIN_ESCAPES = {ord("\\"): "\\\\", ord("\t"): "\\t", ord("\n"): "\\n", ord("\r"): "\\r"}
_INTEGERS = {str(XSD[n]) for n in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger")}
_FLOATS = {str(XSD.decimal), str(XSD.double), str(XSD.float)}
_XSD_BOOLEAN = str(XSD.boolean)


def to_plain(result: SelectResult) -> str:
    """Tab-separated plain values for pipes (``cut``, ``sort``, ``awk``): variable names, then each term's
    value without brackets, quotes or types; tab, newline, CR and backslash escaped so a row stays one line."""
    lines = ["\t".join(result.variables)]
    for row in result.solutions:
        lines.append("\t".join(_csv_value(t).translate(_PLAIN_ESCAPES) for t in row))
    return "\n".join(lines) + "\n"


def _json_value(term: OxTerm | None) -> object:
    if term is None:
        return None
    if isinstance(term, ox.Literal) and (datatype := _datatype(term)) is not None:
        try:
            if datatype in _INTEGERS:
                return int(term.value)
            if datatype in _FLOATS:
                return float(term.value)
        except ValueError:
            return term.value
        if datatype == _XSD_BOOLEAN:
            return term.value in ("true", "1")
    return _csv_value(term)


def to_jsonl(result: SelectResult) -> str:
    """JSON Lines: one object per row, variable to plain value (numbers and booleans as JSON's; unbound null)."""
    return "".join(
        json.dumps(dict(zip(result.variables, (_json_value(t) for t in row), strict=True)), ensure_ascii=False) + "\n"
        for row in result.solutions
    )


def _json_term(term: OxTerm) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif (datatype := _datatype(term)) is not None:
        out["datatype"] = datatype
    return out


def to_json(result: SelectResult | AskResult, *, indent: int | None = None) -> str:
    """SPARQL 1.1 Query Results JSON (``application/sparql-results+json``)."""
    if isinstance(result, AskResult):
        doc: dict[str, object] = {"head": {}, "boolean": result.value}
    else:
        doc = {
            "head": {"vars": list(result.variables)},
            "results": {
                "bindings": [
                    {v: _json_term(t) for v, t in zip(result.variables, row, strict=True) if t is not None}
                    for row in result.solutions
                ]
            },
        }
    return json.dumps(doc, ensure_ascii=False, indent=indent)


def _xml_text(text: str) -> str:
    return xml_escape(xml_safe(text))


def to_xml(result: SelectResult | AskResult) -> str:
    """SPARQL Query Results XML (``application/sparql-results+xml``)."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
    ]
    if isinstance(result, AskResult):
        out += ["<head/>", f"<boolean>{'true' if result.value else 'false'}</boolean>"]
    else:
        out.append("<head>")
        out += [f"<variable name={quoteattr(v)}/>" for v in result.variables]
        out += ["</head>", "<results>"]
        for row in result.solutions:
            out.append("<result>")
            for v, t in zip(result.variables, row, strict=True):
                if t is None:
                    continue
                if isinstance(t, ox.NamedNode):
                    value = f"<uri>{_xml_text(t.value)}</uri>"
                elif isinstance(t, ox.BlankNode):
                    value = f"<bnode>{_xml_text(t.value)}</bnode>"
                elif t.language:
                    value = f"<literal xml:lang={quoteattr(t.language)}>{_xml_text(t.value)}</literal>"
                elif (datatype := _datatype(t)) is not None:
                    value = f"<literal datatype={quoteattr(datatype)}>{_xml_text(t.value)}</literal>"
                else:
                    value = f"<literal>{_xml_text(t.value)}</literal>"
                out.append(f"<binding name={quoteattr(v)}>{value}</binding>")
            out.append("</result>")
        out.append("</results>")
    out.append("</sparql>")
    return "\n".join(out) + "\n"


def to_ntriples(result: GraphResult) -> str:
    """The triples of ``result`` as N-Triples, one per line, in result order."""
    return to_rdf(result, "ntriples")


def to_turtle(result: GraphResult) -> str:
    """The triples of ``result`` as Turtle with kg's prefixes."""
    return to_rdf(result, "turtle")


RDF_FORMATS = tuple(f.name for f in FORMATS)


def to_rdf(result: GraphResult, fmt: str) -> str:
    """The triples of ``result`` in RDF format ``fmt`` (one of :data:`RDF_FORMATS`, or a short name such as ttl).

    Serialised by pyoxigraph, the writer ``kg export`` uses, so query and export output agree and
    re-parse in strict parsers.
    """
    rdf = rdf_format(fmt)
    triples = result.statements
    items = [ox.Quad(t.subject, t.predicate, t.object) for t in triples] if rdf.datasets else triples
    data = ox.serialize(items, None, rdf.oxigraph, prefixes=writer_prefixes(rdf))
    assert data is not None  # with no output file, serialize returns the bytes
    text = data.decode("utf-8")
    # pyoxigraph writes C0 controls into RDF/XML as they are, which no XML parser reads.
    return xml_safe(text) if rdf.oxigraph_name == "RDF_XML" else text


GRAPH_FORMATS = ("table", *RDF_FORMATS)


def default_format(result: QueryResult, *, terminal: bool) -> str:
    """The format ``kg query`` uses when none is asked for: a table on a terminal, else plain tab-separated values;
    Turtle for graphs."""
    if isinstance(result, GraphResult):
        return "turtle"
    return "table" if terminal else "plain"


def render(result: QueryResult, fmt: str) -> str:
    """``result`` in format ``fmt`` (one of :data:`SELECT_FORMATS` or :data:`GRAPH_FORMATS`).

    Raises ValueError when the format does not fit the result kind (CSV of a CONSTRUCT, Turtle of
    a SELECT); the message lists the formats that do.
    """
    if fmt == "table":
        return format_table(result) + "\n"
    if isinstance(result, GraphResult):
        try:
            return to_rdf(result, fmt)
        except ValueError:
            pass
        raise ValueError(f"a CONSTRUCT/DESCRIBE result can be shown as {', '.join(GRAPH_FORMATS)}, not {fmt}")
    if fmt == "json":
        return to_json(result) + "\n"
    if fmt == "xml":
        return to_xml(result)
    if isinstance(result, AskResult):
        # SPARQL defines no CSV/TSV for booleans; a bare true/false is what scripts test.
        if fmt in ("csv", "tsv"):
            return "true\n" if result.value else "false\n"
        if fmt in ("plain", "jsonl"):
            return ("true\n" if result.value else "false\n") if fmt == "plain" else json.dumps(result.value) + "\n"
    elif fmt == "plain":
        return to_plain(result)
    elif fmt == "jsonl":
        return to_jsonl(result)
    elif fmt == "csv":
        return to_csv(result)
    elif fmt == "tsv":
        return to_tsv(result)
    raise ValueError(f"a SELECT/ASK result can be shown as {', '.join(SELECT_FORMATS)}, not {fmt}")
