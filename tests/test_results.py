"""Query result formats: the table analysts read and the standard SPARQL result formats tools read."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import XSD

from kg.rdf.vocab import ID, KG
from kg.serve.formats import (
    compact,
    format_table,
    render,
    to_csv,
    to_json,
    to_ntriples,
    to_tsv,
    to_turtle,
    to_xml,
)
from kg.store.results import AskResult, GraphResult, SelectResult

ISIS = ID["actor/islamic-state-0a1b2c3d4e"]
TRICKY = Literal('say "hi",\n\tthen\x01 leave — 北京', lang="en")
RESULT = SelectResult.of(
    ("who", "n", "note"),
    (
        (ISIS, Literal(12), TRICKY),
        (URIRef("http://example.org/x"), Literal("3.5", datatype=XSD.decimal), None),
        (BNode("b0"), Literal(7), Literal("2016-05-01", datatype=XSD.date)),
    ),
)


def test_compact() -> None:
    assert compact(str(ISIS)) == "kgid:actor/islamic-state-0a1b2c3d4e"
    assert compact(str(KG.Attack)) == "kg:Attack"
    assert compact("http://example.org/x") == "<http://example.org/x>"


def test_table_aligns_compacts_and_keeps_one_line_per_row() -> None:
    lines = format_table(RESULT).split("\n")
    assert lines[0].split(" | ")[0].rstrip() == "who"
    assert set(lines[1]) <= {"-", "+"}
    assert len(lines) == 5  # header, rule, three rows: the newline in a literal is escaped
    assert lines[2].startswith("kgid:actor/islamic-state-0a1b2c3d4e |  12 | ")
    assert "\\n\\tthen\\u0001 leave" in lines[2]
    # numbers are right-aligned under their header
    assert lines[3].split("|")[1] == " 3.5 " and lines[4].split("|")[1] == "   7 "
    assert lines[4].startswith("_:b0 ")
    assert format_table(AskResult(False)) == "false"


def test_table_counts_wide_characters_as_two_columns() -> None:
    result = SelectResult.of(("city", "n"), ((Literal("北京"), Literal(1)), (Literal("Raqqa"), Literal(2))))
    assert format_table(result).split("\n") == ["city  | n", "------+--", "北京  | 1", "Raqqa | 2"]


def test_table_clips_cells() -> None:
    table = format_table(RESULT, max_width=10)
    assert "kgid:acto…" in table


def test_csv_follows_sparql_csv() -> None:
    text = to_csv(RESULT)
    assert text.endswith("\r\n")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == ["who", "n", "note"]
    assert rows[1] == [str(ISIS), "12", str(TRICKY)]
    assert rows[2] == ["http://example.org/x", "3.5", ""]
    assert rows[3][0] == "_:b0"


def _parsed_by_oxigraph(data: str, fmt: ox.QueryResultsFormat) -> list[list[object]]:
    solutions = ox.parse_query_results(data.encode("utf-8"), fmt)
    names = [v.value for v in solutions.variables]
    return [[s[n] for n in names] for s in solutions]


def test_tsv_json_xml_reparse_to_the_same_terms() -> None:
    ox_isis = ox.NamedNode(str(ISIS))
    ox_tricky = ox.Literal(str(TRICKY), language="en")
    for text, fmt in (
        (to_tsv(RESULT), ox.QueryResultsFormat.TSV),
        (to_json(RESULT), ox.QueryResultsFormat.JSON),
    ):
        rows = _parsed_by_oxigraph(text, fmt)
        assert rows[0][0] == ox_isis and rows[0][2] == ox_tricky, fmt
        assert rows[1][2] is None
        assert rows[2][2] == ox.Literal("2016-05-01", datatype=ox.NamedNode(str(XSD.date)))
    # XML 1.0 cannot carry U+0001; it is replaced, and the rest survives.
    rows = _parsed_by_oxigraph(to_xml(RESULT), ox.QueryResultsFormat.XML)
    assert rows[0][0] == ox_isis and rows[0][2].value == str(TRICKY).replace("\x01", "\ufffd")
    assert rows[0][2].language == "en"


def test_json_shape_and_ask() -> None:
    doc = json.loads(to_json(RESULT))
    assert doc["head"]["vars"] == ["who", "n", "note"]
    assert doc["results"]["bindings"][1] == {
        "who": {"type": "uri", "value": "http://example.org/x"},
        "n": {"type": "literal", "value": "3.5", "datatype": str(XSD.decimal)},
    }
    assert json.loads(to_json(AskResult(True))) == {"head": {}, "boolean": True}
    root = ET.fromstring(to_xml(AskResult(True)))
    assert root.find("{http://www.w3.org/2005/sparql-results#}boolean").text == "true"


def test_graph_results() -> None:
    triples = ((ISIS, KG.alias, TRICKY), (ISIS, KG.alias, Literal("ISIS")))
    result = GraphResult.of(triples)
    expected = Graph()
    for t in triples:
        expected.add(t)
    assert isomorphic(Graph().parse(data=to_ntriples(result), format="nt"), expected)
    assert isomorphic(Graph().parse(data=to_turtle(result), format="turtle"), expected)
    assert len(list(ox.parse(to_ntriples(result).encode(), ox.RdfFormat.N_TRIPLES))) == 2
    assert "kg:alias" in format_table(result)


def test_render_checks_the_format_fits_the_result() -> None:
    assert render(RESULT, "csv") == to_csv(RESULT)
    assert render(AskResult(True), "json").strip() == to_json(AskResult(True))
    assert render(GraphResult.of(()), "ntriples") == ""
    with pytest.raises(ValueError, match="SELECT/ASK"):
        render(RESULT, "turtle")
    with pytest.raises(ValueError, match="CONSTRUCT/DESCRIBE"):
        render(GraphResult.of(()), "csv")
