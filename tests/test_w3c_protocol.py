"""The W3C SPARQL 1.1 Protocol test suite (tests/fixtures/w3c/protocol/manifest.ttl, all 34 tests) against a real
``kg serve --allow-update`` on 127.0.0.1: each test's graph data is loaded into a fresh store, its HTTP requests are
sent as written (method, path, headers, body in its declared encoding) and each response is checked for the status
class, the result format and the ASK answer the manifest expects."""

from __future__ import annotations

import http.client
import json
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Namespace, URIRef
from rdflib.collection import Collection

from kg.serve.endpoint import Endpoint, make_server
from kg.store.embedded import Store

SUITE = Path(__file__).parent / "fixtures" / "w3c" / "protocol"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")

RESULT_TYPES = {
    "boolean": {"application/sparql-results+json", "application/sparql-results+xml"},
    "tabular": {
        "application/sparql-results+json",
        "application/sparql-results+xml",
        "text/csv",
        "text/tab-separated-values",
    },
    "RDF": {"application/rdf+xml", "text/turtle", "application/n-triples", "text/plain", "application/xhtml+xml"},
}


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: tuple[tuple[str, str], ...]
    body: bytes | None
    statuses: frozenset[int]  # the acceptable status classes: 2, 3, 4, 5
    result_format: str | None
    boolean: bool | None


@dataclass(frozen=True)
class ProtocolTest:
    name: str
    graphs: tuple[tuple[str, Path], ...]  # (graph name, N-Triples file) loaded before the requests
    requests: tuple[Request, ...]


def _manifest() -> list[ProtocolTest]:
    g = Graph().parse(SUITE / "manifest.ttl", format="turtle")
    manifest = next(g.subjects(RDF.type, MF.Manifest))
    tests = []
    for test in Collection(g, g.value(manifest, MF.entries)):
        graphs = tuple(
            (str(g.value(data, RDFS.label)), SUITE / Path(str(g.value(data, UT.graph))).name)
            for data in g.objects(test, UT.graphData)
        )
        requests = []
        for req in Collection(g, g.value(g.value(test, MF.action), HT.requests)):
            headers = []
            if (listed := g.value(req, HT.headers)) is not None:
                for h in Collection(g, listed):
                    headers.append((str(g.value(h, HT.fieldName)), str(g.value(h, HT.fieldValue))))
            body = None
            if (content := g.value(req, HT.body)) is not None:
                encoding = str(g.value(content, CNT.characterEncoding) or "UTF-8")
                body = str(g.value(content, CNT.chars)).encode(encoding)
            resp = g.value(req, HT.resp)
            statuses = frozenset(int(str(s).rsplit("StatusCode", 1)[1][0]) for s in g.objects(resp, MF.expectedStatus))
            fmt = g.value(resp, MF.expectedFormat)
            boolean = g.value(resp, MF.expectedBoolean)
            requests.append(
                Request(
                    method=str(g.value(req, HT.methodName)),
                    path=str(g.value(req, HT.absolutePath)).replace("/sparql/", "/sparql", 1),
                    headers=tuple(headers),
                    body=body,
                    statuses=statuses,
                    result_format=None if fmt is None else str(fmt),
                    boolean=None if boolean is None else boolean.toPython(),
                )
            )
        tests.append(ProtocolTest(str(test).rsplit("#", 1)[1], tuple(sorted(graphs)), tuple(requests)))
    return tests


TESTS = _manifest()


def test_the_whole_suite_is_read() -> None:
    assert len(TESTS) == 34 and all(t.requests for t in TESTS)


@pytest.fixture()
def server(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Endpoint]:
    test: ProtocolTest = request.param
    with Store.open(tmp_path / "store", create=True) as store:
        for name, path in test.graphs:
            store.load(path.read_bytes(), format="ntriples", graph=name)
    endpoint = make_server(tmp_path / "store", port=0, allow_update=True, workers=1, timeout=30)
    thread = threading.Thread(target=endpoint.serve_forever, daemon=True)
    thread.start()
    try:
        yield endpoint
    finally:
        endpoint.shutdown()
        endpoint.close()


def _boolean(content_type: str, body: bytes) -> bool:
    if content_type == "application/sparql-results+json":
        return json.loads(body)["boolean"]
    root = ET.fromstring(body)
    element = root.find("{http://www.w3.org/2005/sparql-results#}boolean")
    assert element is not None, body
    return element.text == "true"


def _check(endpoint: Endpoint, req: Request) -> None:
    host, port = endpoint.server_address[:2]
    conn = http.client.HTTPConnection(str(host), int(port), timeout=30)
    try:
        conn.putrequest(req.method, req.path, skip_accept_encoding=True)
        for name, value in req.headers:
            conn.putheader(name, value)
        conn.putheader("Content-Length", str(len(req.body or b"")))
        conn.endheaders(req.body)
        response = conn.getresponse()
        body = response.read()
    finally:
        conn.close()
    assert response.status // 100 in req.statuses, f"{req.method} {req.path}: HTTP {response.status} {body[:200]!r}"
    content_type = (response.getheader("Content-Type") or "").split(";")[0].strip()
    if req.result_format is not None:
        assert content_type in RESULT_TYPES[req.result_format], f"Content-Type {content_type!r}: {body[:200]!r}"
    if req.boolean is not None:
        assert _boolean(content_type, body) is req.boolean


@pytest.mark.parametrize("server", TESTS, ids=[t.name for t in TESTS], indirect=True)
def test_w3c_protocol(server: Endpoint, request: pytest.FixtureRequest) -> None:
    test: ProtocolTest = request.node.callspec.params["server"]
    for req in test.requests:
        _check(server, req)


KG_TEST = ProtocolTest("kg", (), ())


def _post(endpoint: Endpoint, media: str, text: str) -> tuple[int, bytes]:
    host, port = endpoint.server_address[:2]
    conn = http.client.HTTPConnection(str(host), int(port), timeout=30)
    try:
        conn.request(
            "POST", "/sparql", text.encode(), {"Content-Type": media, "Accept": "application/sparql-results+json"}
        )
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


@pytest.mark.parametrize("server", [KG_TEST], ids=["kg"], indirect=True)
def test_default_graph_writes_are_kept(server: Endpoint) -> None:
    # kg rebuilds its default graph (the merge of the named graphs) after each update: a triple written to the
    # default graph is kept in kg's default-writes graph, and deleting it from the default graph removes it.
    ask = "ASK { <urn:kg:s> <urn:kg:p> <urn:kg:o> }"
    assert _post(server, "application/sparql-update", "INSERT DATA { <urn:kg:s> <urn:kg:p> <urn:kg:o> }")[0] == 204
    assert (
        _post(server, "application/sparql-update", "INSERT DATA { GRAPH <urn:kg:g> { <urn:kg:x> <urn:kg:y> 1 } }")[0]
        == 204
    )
    status, body = _post(server, "application/sparql-query", ask)
    assert status == 200 and json.loads(body)["boolean"] is True
    assert _post(server, "application/sparql-update", "DELETE DATA { <urn:kg:s> <urn:kg:p> <urn:kg:o> }")[0] == 204
    status, body = _post(server, "application/sparql-query", ask)
    assert status == 200 and json.loads(body)["boolean"] is False
    status, body = _post(server, "application/sparql-query", "ASK { <urn:kg:x> <urn:kg:y> 1 }")
    assert json.loads(body)["boolean"] is True  # the named graph's triple is in the merged default graph


@pytest.mark.parametrize("server", [KG_TEST], ids=["kg"], indirect=True)
@pytest.mark.parametrize(
    ("accept", "media", "rdflib_format"),
    [
        (None, "text/turtle", "turtle"),
        ("application/rdf+xml", "application/rdf+xml", "xml"),
        ("application/ld+json;q=0.9, text/turtle;q=0.1", "application/ld+json", "json-ld"),
    ],
)
def test_service_description(server: Endpoint, accept: str | None, media: str, rdflib_format: str) -> None:
    host, port = server.server_address[:2]
    conn = http.client.HTTPConnection(str(host), int(port), timeout=30)
    try:
        conn.request("GET", "/sparql", headers={"Accept": accept} if accept else {})
        response = conn.getresponse()
        body = response.read()
    finally:
        conn.close()
    assert response.status == 200 and response.getheader("Content-Type", "").split(";")[0] == media
    g = Graph().parse(data=body, format=rdflib_format)
    sd = Namespace("http://www.w3.org/ns/sparql-service-description#")
    service = URIRef(f"http://{host}:{port}/sparql")
    assert (service, RDF.type, sd.Service) in g and (service, sd.endpoint, service) in g
    assert set(g.objects(service, sd.supportedLanguage)) == {sd.SPARQL11Query, sd.SPARQL11Update}  # --allow-update
    assert (service, sd.feature, sd.UnionDefaultGraph) in g
    formats = Namespace("http://www.w3.org/ns/formats/")
    assert {formats.SPARQL_Results_JSON, formats.Turtle, formats.RDF_XML} <= set(g.objects(service, sd.resultFormat))
    dataset = g.value(service, sd.defaultDataset)
    assert dataset is not None and (dataset, RDF.type, sd.Dataset) in g
