"""Every XML kg writes parses, whatever control characters article text carried.

XML 1.0 cannot carry C0 controls other than tab, LF and CR, not even as character references, and
strict parsers refuse U+FFFE/U+FFFF.  The store may hold them (they are text, and Turtle, N-Triples
and JSON-LD escape them), so each XML writer replaces them with U+FFFD (kg.rdf.formats.xml_safe):
``kg query --format xml`` and ``--format rdfxml``, the endpoint's XML media types, and ``kg report``'s
GraphML and GEXF.  Each output is read back by the tool its users use: an XML parser, rdflib,
rapper and networkx.  Text coming in loses U+FFFE/U+FFFF at once (clean_text), so exports pass rapper.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import threading
import urllib.parse
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from httputil import request
from rdflib import Graph, Literal
from rdflib.namespace import RDFS
from rdflib.query import Result
from test_network import actor, event
from typer.testing import CliRunner

from kg.cli import app
from kg.rdf.formats import XmlSafeWriter, clean_text, xml_safe
from kg.rdf.iri import document_iri
from kg.rdf.triples import text_literal
from kg.rdf.vocab import ID, KG
from kg.serve.endpoint import make_server
from kg.store.embedded import Store

runner = CliRunner()
# Every C0 control XML forbids, an ANSI colour escape, DEL, NEL and the two noncharacters.
NASTY = "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r") + "\x1b[31mred\x7f\x85\ufffe\uffff end"
SAFE = xml_safe(NASTY)


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    # Written past clean_text on purpose: a store filled by an older kg or by SPARQL Update can hold anything.
    triples = [
        *actor("isis"),
        *actor("iraq", KG.State),
        *event("e1", KG.Attack, "isis", target="iraq", time="2016-05-01"),
    ]
    triples = [t for t in triples if t[1] != RDFS.label] + [
        (ID["actor/isis"], RDFS.label, Literal("ISIS " + NASTY)),
        (ID["actor/iraq"], RDFS.label, Literal("Iraq")),
    ]
    path = tmp_path_factory.mktemp("xml") / "store"
    with Store.open(path) as store:
        store.replace_graph(document_iri("one"), triples)
    return path


SELECT = "SELECT ?label WHERE { ?a a kg:Actor ; rdfs:label ?label } ORDER BY ?label"
CONSTRUCT = "CONSTRUCT { ?a rdfs:label ?label } WHERE { ?a a kg:Actor ; rdfs:label ?label }"


def _rapper(data: bytes, syntax: str) -> int:
    """Triples rapper (raptor, a strict parser) reads from ``data``; fails on any error it reports."""
    done = subprocess.run(["rapper", "-i", syntax, "-c", "-", "http://example.org/"], input=data, capture_output=True)
    assert done.returncode == 0 and b"Error" not in done.stderr, done.stderr
    return int(done.stderr.decode().split("returned ")[1].split()[0])


needs_rapper = pytest.mark.skipif(shutil.which("rapper") is None, reason="rapper (raptor2-utils) is not installed")


def test_xml_safe_and_clean_text_replace_one_for_one():
    assert len(SAFE) == len(NASTY) and "\x1b" not in SAFE and "\ufffe" not in SAFE and "\x85" in SAFE
    assert clean_text("a\ufffeb\uffffc\ud800\x01") == "a\ufffdb\ufffdc\ufffd\x01"
    assert text_literal("x\uffff").value == "x\ufffd"
    # The streaming writer agrees with xml_safe whatever the chunking (U+FFFE split across writes).
    data = ("<a>" + NASTY + "</a>").encode()
    for size in (1, 2, 3, 7):
        out = io.BytesIO()
        writer = XmlSafeWriter(out)
        for i in range(0, len(data), size):
            writer.write(data[i : i + size])
        writer.flush()
        assert out.getvalue().decode() == "<a>" + SAFE + "</a>"


def test_kg_query_xml_results_parse(store_path):
    result = runner.invoke(app, ["query", SELECT, "--format", "xml", "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    ET.fromstring(result.stdout.encode())
    rows = Result.parse(io.BytesIO(result.stdout.encode()), format="xml")
    assert sorted(str(row[0]) for row in rows) == sorted(["ISIS " + SAFE, "Iraq"])


@needs_rapper
def test_kg_query_rdfxml_parses_in_rapper_and_rdflib(store_path):
    result = runner.invoke(app, ["query", CONSTRUCT, "--format", "rdfxml", "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    assert _rapper(result.stdout.encode(), "rdfxml") == 2
    g = Graph().parse(data=result.stdout, format="xml")
    assert Literal("ISIS " + SAFE) in set(g.objects())


@pytest.fixture(scope="module")
def endpoint(store_path):
    server = make_server(store_path, port=0, timeout=10.0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.close()
    thread.join(5)


@needs_rapper
@pytest.mark.parametrize(
    "query, accept",
    [(SELECT, "application/sparql-results+xml"), (SELECT, "text/xml"), (CONSTRUCT, "application/rdf+xml")],
)
def test_endpoint_xml_media_types_parse(endpoint, query, accept):
    status, _h, body = request(
        endpoint.url + "sparql?" + urllib.parse.urlencode({"query": query}), headers={"Accept": accept}
    )
    assert status == 200, body
    ET.fromstring(body)
    if accept == "application/rdf+xml":
        assert _rapper(body, "rdfxml") == 2
    else:
        values = sorted(str(row[0]) for row in Result.parse(io.BytesIO(body), format="xml"))
        assert values == sorted(["ISIS " + SAFE, "Iraq"])


@pytest.mark.parametrize("fmt, read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_report_graph_files_read_back_in_networkx(store_path, fmt, read):
    result = runner.invoke(app, ["report", "--store", str(store_path), "-f", fmt])
    assert result.exit_code == 0, result.output
    G = read(io.BytesIO(result.stdout.encode()))
    assert "ISIS " + SAFE in {G.nodes[n].get("label") for n in G}


@needs_rapper
def test_exports_of_text_with_noncharacters_pass_rapper(tmp_path):
    # U+FFFE/U+FFFF coming in through kg's literals become U+FFFD, so rapper reads every export.
    doc = ID["actor/x"]
    path = tmp_path / "store"
    with Store.open(path) as store:
        store.replace_graph(document_iri("nc"), [(doc, RDFS.label, text_literal("a\ufffe\uffff" + NASTY))])
    for fmt, syntax in (("ntriples", "ntriples"), ("turtle", "turtle"), ("nquads", "nquads"), ("trig", "trig")):
        result = runner.invoke(app, ["export", "--format", fmt, "--store", str(path)])
        assert result.exit_code == 0, result.output
        assert _rapper(result.stdout.encode(), syntax) >= 1, fmt
