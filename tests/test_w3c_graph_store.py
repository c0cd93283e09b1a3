"""The W3C SPARQL 1.1 Graph Store HTTP Protocol tests with indirect and direct graph identification
(tests/fixtures/w3c/graph-store-protocol/manifest-indirect.ttl, all 9, and manifest-direct.ttl, all 4) against a real
``kg serve --allow-update`` on 127.0.0.1, with ``/gsp`` read as kg's ``/store`` (so ``/gsp/person/1.ttl`` is the
graph ``http://127.0.0.1:PORT/store/person/1.ttl``, addressed directly): each request is sent as written, the
status must be one the manifest allows, a ``Location`` answer fills ``$LOCATION$`` in later requests, and a response
body the manifest gives must be the same graph (isomorphic, blank nodes included) as the one kg sends."""

from __future__ import annotations

import http.client
import threading
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Namespace
from rdflib.collection import Collection
from rdflib.compare import isomorphic

from kg.serve.endpoint import Endpoint, make_server
from kg.store.embedded import Store

SUITE = Path(__file__).parent / "fixtures" / "w3c" / "graph-store-protocol"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
STATUS = {"OK": 200, "Created": 201, "NoContent": 204, "NotFound": 404}
RDFLIB = {"text/turtle": "turtle", "application/n-triples": "nt", "application/rdf+xml": "xml"}


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: tuple[tuple[str, str], ...]
    body: str | None
    statuses: frozenset[int]
    location: str | None  # the template variable a Location answer fills
    expected_type: str | None
    expected_body: str | None


@dataclass(frozen=True)
class GraphStoreTest:
    name: str
    requests: tuple[Request, ...]


def _headers(g: Graph, node: object) -> tuple[tuple[str, str], ...]:
    listed = g.value(node, HT.headers)
    if listed is None:
        return ()
    return tuple((str(g.value(h, HT.fieldName)), str(g.value(h, HT.fieldValue))) for h in Collection(g, listed))


def _chars(g: Graph, node: object) -> str | None:
    body = g.value(node, HT.body)
    return None if body is None else str(g.value(body, CNT.chars))


def _manifest(manifest_file: str) -> list[GraphStoreTest]:
    g = Graph().parse(SUITE / manifest_file, format="turtle")
    manifest = next(g.subjects(RDF.type, MF.Manifest))
    tests = []
    for test in Collection(g, g.value(manifest, MF.entries)):
        requests = []
        for req in Collection(g, g.value(g.value(test, MF.action), HT.requests)):
            resp = g.value(req, HT.resp)
            statuses = set()
            for s in g.objects(resp, MF.expectedStatus):
                name = str(s).rsplit("#", 1)[1]
                statuses |= set(range(200, 300)) if name == "StatusCode2xx" else {STATUS[name]}
            expected_type = dict(_headers(g, resp)).get("content-type")
            location = g.value(resp, MF.expectedLocation)
            requests.append(
                Request(
                    method=str(g.value(req, HT.methodName)),
                    path=str(g.value(req, HT.absolutePath)).replace("/gsp", "/store", 1),
                    headers=_headers(g, req),
                    body=_chars(g, req),
                    statuses=frozenset(statuses),
                    location=None if location is None else str(location),
                    expected_type=expected_type,
                    expected_body=_chars(g, resp),
                )
            )
        kind = manifest_file.removeprefix("manifest-").removesuffix(".ttl")
        tests.append(GraphStoreTest(f"{kind}-{str(test).rsplit('#', 1)[1]}", tuple(requests)))
    return tests


TESTS = _manifest("manifest-indirect.ttl") + _manifest("manifest-direct.ttl")


def test_the_whole_suite_is_read() -> None:
    assert len(TESTS) == 9 + 4


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[Endpoint]:
    Store.open(tmp_path / "store", create=True).close()
    endpoint = make_server(tmp_path / "store", port=0, allow_update=True, workers=1, timeout=30)
    threading.Thread(target=endpoint.serve_forever, daemon=True).start()
    try:
        yield endpoint
    finally:
        endpoint.shutdown()
        endpoint.close()


@pytest.mark.parametrize("test", TESTS, ids=[t.name for t in TESTS])
def test_w3c_graph_store(server: Endpoint, test: GraphStoreTest) -> None:
    host, port = server.server_address[:2]
    variables: dict[str, str] = {}
    for req in test.requests:
        path, body = req.path, req.body
        for name, value in variables.items():
            path = path.replace(name, urllib.parse.quote(value, safe=""))
            body = body.replace(name, value) if body is not None else None
        data = None if body is None else body.encode()
        conn = http.client.HTTPConnection(str(host), int(port), timeout=30)
        try:
            conn.putrequest(req.method, path, skip_accept_encoding=True)
            for name, value in req.headers:
                conn.putheader(name, value)
            conn.putheader("Content-Length", str(len(data or b"")))
            conn.endheaders(data)
            response = conn.getresponse()
            answer = response.read()
        finally:
            conn.close()
        assert response.status in req.statuses, f"{req.method} {path}: HTTP {response.status} {answer[:300]!r}"
        if req.location is not None:
            variables[req.location] = response.getheader("Location") or ""
            assert variables[req.location], "a created graph's IRI comes in Location"
        if req.expected_type is not None:
            media = req.expected_type.split(";")[0].strip()
            assert (response.getheader("Content-Type") or "").split(";")[0].strip() == media
        if req.expected_body is not None:
            expected = Graph().parse(data=req.expected_body, format=RDFLIB[media])
            assert isomorphic(Graph().parse(data=answer, format=RDFLIB[media]), expected), answer.decode()


def test_read_only_store_refuses_writes(tmp_path: Path) -> None:
    with Store.open(tmp_path / "store", create=True) as store:
        store.load(b"<urn:s> <urn:p> <urn:o> .", format="ntriples", graph="urn:g")
    endpoint = make_server(tmp_path / "store", port=0, workers=1, timeout=30)
    threading.Thread(target=endpoint.serve_forever, daemon=True).start()
    host, port = endpoint.server_address[:2]
    try:
        answers = []
        for method, path, body in [
            ("PUT", "/store?graph=urn:g", b"<urn:a> <urn:b> <urn:c> ."),
            ("DELETE", "/store?graph=urn:g", None),
            ("GET", "/store?graph=urn:g", None),
            ("GET", "/store?graph=urn:none", None),
            ("GET", "/store?graph=urn:g&default", None),
        ]:
            conn = http.client.HTTPConnection(str(host), int(port), timeout=30)
            headers = {"Content-Type": "application/n-triples", "Accept": "application/n-triples"}
            conn.request(method, path, body, headers)
            response = conn.getresponse()
            answers.append((response.status, response.read()))
            conn.close()
        assert [status for status, _ in answers] == [403, 403, 200, 404, 400]
        assert answers[2][1].strip() == b"<urn:s> <urn:p> <urn:o> ."
    finally:
        endpoint.shutdown()
        endpoint.close()


def test_a_created_graph_is_addressed_by_its_own_iri(server: Endpoint) -> None:
    host, port = server.server_address[:2]

    def send(method: str, path: str, body: bytes | None = None) -> tuple[int, dict[str, str], bytes]:
        conn = http.client.HTTPConnection(str(host), int(port), timeout=30)
        headers = {"Content-Type": "application/n-triples", "Accept": "application/n-triples"}
        conn.request(method, path, body, headers)
        response = conn.getresponse()
        answer = (response.status, dict(response.getheaders()), response.read())
        conn.close()
        return answer

    status, headers, _ = send("POST", "/store", b"<urn:a> <urn:b> <urn:c> .")
    location = headers["Location"]
    assert status == 201 and location.startswith(server.url + "store/graph/")
    own = urllib.parse.urlsplit(location).path
    assert send("GET", own)[2].strip() == b"<urn:a> <urn:b> <urn:c> ."
    # The same graph, indirectly: one graph, two ways to name it.
    indirect = send("GET", "/store?graph=" + urllib.parse.quote(location, safe=""))
    assert indirect[0] == 200 and indirect[2] == send("GET", own)[2]
    assert send("GET", own + "?graph=urn:other")[0] == 400
    assert send("DELETE", own)[0] == 204 and send("GET", own)[0] == 404
    assert send("GET", "/store/never/made")[0] == 404
