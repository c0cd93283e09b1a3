"""kg serve: the SPARQL 1.1 Protocol endpoint, queried by SPARQLWrapper, rdflib's SPARQLStore and plain HTTP."""

from __future__ import annotations

import http.client
import json
import shutil
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from httputil import request as _request
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.rdf.vocab import KG
from kg.serve.endpoint import GRAPH_TYPES, SELECT_TYPES, Endpoint, make_server, negotiate
from kg.store.embedded import Store

DOC = "https://w3id.org/kg/id/doc/d-1"
ACTOR = URIRef("https://w3id.org/kg/id/actor/x-1")
N_FILLER = 3000  # enough triples that a three-way cross product never finishes


def _store(path: Path) -> Path:
    filler = [
        (URIRef(f"http://example.org/s{i}"), URIRef(f"http://example.org/p{i % 7}"), Literal(f"v{i}"))
        for i in range(N_FILLER)
    ]
    with Store.open(path) as store:
        store.replace_graph(DOC, [(ACTOR, RDF.type, KG.Actor), (ACTOR, RDFS.label, Literal("Islamic State")), *filler])
    return path


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    return _store(tmp_path_factory.mktemp("serve") / "store")


def _serving(path: Path, **options) -> Iterator[Endpoint]:
    server = make_server(path, port=0, **options)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.close()
        thread.join(5)


@pytest.fixture(scope="module")
def endpoint(store_path) -> Iterator[Endpoint]:
    yield from _serving(store_path, timeout=2.0, max_request_bytes=10_000, cors=True)


LABELS = "SELECT ?name WHERE { ?a a kg:Actor ; rdfs:label ?name }"


def test_get_post_and_form_queries_answer_json(endpoint):
    url = endpoint.url + "sparql"
    answers = [
        _request(url + "?" + urllib.parse.urlencode({"query": LABELS})),
        _request(url, data=LABELS.encode(), headers={"Content-Type": "application/sparql-query"}),
        _request(
            url,
            data=urllib.parse.urlencode({"query": LABELS}).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        ),
    ]
    for status, headers, body in answers:
        assert status == 200, body
        assert headers["Content-Type"] == "application/sparql-results+json"
        assert headers["Access-Control-Allow-Origin"] == "*"  # --cors
        doc = json.loads(body)
        assert [b["name"]["value"] for b in doc["results"]["bindings"]] == ["Islamic State"]


@pytest.mark.parametrize(
    ("accept", "media", "fmt"),
    [
        ("application/sparql-results+xml", "application/sparql-results+xml", ox.QueryResultsFormat.XML),
        ("text/csv", "text/csv", ox.QueryResultsFormat.CSV),
        ("text/tab-separated-values", "text/tab-separated-values", ox.QueryResultsFormat.TSV),
        ("text/html, application/json;q=0.5", "application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ],
)
def test_content_negotiation_for_select(endpoint, accept, media, fmt):
    status, headers, body = _request(
        endpoint.url + "sparql?" + urllib.parse.urlencode({"query": LABELS}), headers={"Accept": accept}
    )
    assert status == 200 and headers["Content-Type"].split(";")[0] == media
    if fmt is ox.QueryResultsFormat.CSV:  # lossy by design: pyoxigraph will not parse it back
        assert body.decode().splitlines() == ["name", "Islamic State"]
        return
    rows = list(ox.parse_query_results(body, fmt))
    assert [r["name"].value for r in rows] == ["Islamic State"]


@pytest.mark.parametrize(
    ("accept", "fmt"),
    [
        ("text/turtle", ox.RdfFormat.TURTLE),
        ("application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/ld+json", ox.RdfFormat.JSON_LD),
        ("application/rdf+xml", ox.RdfFormat.RDF_XML),
    ],
)
def test_construct_in_rdf_formats(endpoint, accept, fmt):
    query = "CONSTRUCT { ?a rdfs:label ?n } WHERE { ?a a kg:Actor ; rdfs:label ?n }"
    status, headers, body = _request(
        endpoint.url + "sparql",
        data=query.encode(),
        headers={"Content-Type": "application/sparql-query", "Accept": accept},
    )
    assert status == 200 and headers["Content-Type"].split(";")[0] == accept
    triples = list(ox.parse(body, fmt))
    assert [(t.subject.value, t.object.value) for t in triples] == [(str(ACTOR), "Islamic State")]


def test_sparqlwrapper_select_ask_and_construct(endpoint):
    from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper

    sw = SPARQLWrapper(endpoint.url + "sparql")
    sw.setQuery("PREFIX kg: <https://w3id.org/kg/ontology#> " + LABELS)
    sw.setReturnFormat(JSON)
    rows = sw.query().convert()["results"]["bindings"]
    assert [r["name"]["value"] for r in rows] == ["Islamic State"]
    sw.setQuery("ASK { ?a rdfs:label 'Islamic State' }")
    assert sw.query().convert()["boolean"] is True
    sw.setQuery("CONSTRUCT WHERE { ?a rdfs:label 'Islamic State' }")
    sw.setReturnFormat(TURTLE)
    g = Graph().parse(data=sw.query().convert(), format="turtle")
    assert set(g) == {(ACTOR, RDFS.label, Literal("Islamic State"))}


def test_rdflib_sparqlstore_asking_for_json(endpoint):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    store = SPARQLStore(endpoint.url + "sparql", returnFormat="json")
    g = Graph(store=store)
    rows = list(g.query(LABELS, initNs={"kg": KG._NS, "rdfs": RDFS._NS}))
    assert [str(r[0]) for r in rows] == ["Islamic State"]


def test_updates_are_refused_when_read_only(endpoint):
    update = f"INSERT DATA {{ GRAPH <{DOC}> {{ <http://example.org/x> rdfs:label 'x' }} }}"
    status, _h, body = _request(
        endpoint.url + "sparql", data=update.encode(), headers={"Content-Type": "application/sparql-update"}
    )
    assert status == 403 and b"--allow-update" in body
    status, _h, _b = _request(
        endpoint.url + "sparql",
        data=urllib.parse.urlencode({"update": update}).encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert status == 403
    # An update smuggled in as a query is not one the engine will run.
    status, _h, _b = _request(endpoint.url + "sparql?" + urllib.parse.urlencode({"query": update}))
    assert status == 400


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda url: _request(url + "sparql?" + urllib.parse.urlencode({"query": "SELECT ?x WHERE { ?x"})), 400),
        (lambda url: _request(url + "sparql?default-graph-uri=urn:g"), 400),  # no query (none at all: the description)
        (
            lambda url: _request(
                url + "sparql", data=b"\xff\xfe garbage", headers={"Content-Type": "application/sparql-query"}
            ),
            400,
        ),
        (lambda url: _request(url + "sparql", data=b"SELECT * {}", headers={"Content-Type": "image/png"}), 415),
        (
            lambda url: _request(
                url + "sparql", data=b"query=%ZZ%ff", headers={"Content-Type": "application/x-www-form-urlencoded"}
            ),
            400,
        ),
        (lambda url: _request(url + "nothing-here"), 404),
        (
            lambda url: _request(
                url + "sparql?" + urllib.parse.urlencode({"query": LABELS}), headers={"Accept": "image/png"}
            ),
            406,
        ),
        (
            lambda url: _request(
                url + "sparql", data=b"x" * 20_000, headers={"Content-Type": "application/sparql-query"}
            ),
            413,
        ),
    ],
)
def test_bad_requests_are_4xx_never_500(endpoint, make, code):
    status, _h, body = make(endpoint.url)
    assert status == code, body
    assert body.strip(), "every error says what went wrong"


def _raw(endpoint, data: bytes) -> bytes:
    import socket

    with socket.create_connection(endpoint.server_address[:2], timeout=10) as sock:
        sock.sendall(data)
        return sock.recv(4096)


def test_garbage_http_is_400(endpoint):
    # A request line that is not HTTP/1.x gets an HTTP/0.9-style reply (no status line), still a 400.
    assert b"Error code: 400" in _raw(endpoint, b"GET /sparql HTTP/9\r\n\r\n")
    assert b"Error code: 400" in _raw(endpoint, b"\x00\x01 not http at all\r\n\r\n")
    reply = _raw(endpoint, b"POST /sparql HTTP/1.1\r\nContent-Length: lots\r\n\r\n")
    assert reply.split(b"\r\n")[0].split(b" ")[1] == b"411"


def _http10(endpoint, target: str) -> tuple[int, dict[str, str], bytes]:
    """A real HTTP/1.0 request (nginx's default upstream protocol): status, headers and the body read to EOF."""
    import socket

    with socket.create_connection(endpoint.server_address[:2], timeout=30) as sock:
        sock.sendall(f"GET {target} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n".encode())
        reply = b""
        while chunk := sock.recv(1 << 16):
            reply += chunk
    head, _, body = reply.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:])
    return int(lines[0].split()[1]), headers, body


def test_http10_clients_get_whole_results_with_their_length(endpoint):
    # Over the server's 256 KB buffer: HTTP/1.1 gets chunks, HTTP/1.0 (no chunks) a spooled body with its length.
    target = "/sparql?" + urllib.parse.urlencode({"query": "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"})
    status, _h, body11 = _request(endpoint.url.rstrip("/") + target)
    assert status == 200 and len(body11) > 256 * 1024
    status, headers, body10 = _http10(endpoint, target)
    assert status == 200 and "Transfer-Encoding" not in headers
    assert int(headers["Content-Length"]) == len(body10)
    assert json.loads(body10) == json.loads(body11)
    # http.client speaking HTTP/1.0 reads the same.
    conn = http.client.HTTPConnection(*endpoint.server_address[:2], timeout=30)
    conn._http_vsn, conn._http_vsn_str = 10, "HTTP/1.0"
    conn.request("GET", target)
    assert json.loads(conn.getresponse().read()) == json.loads(body11)
    conn.close()
    # A small result is unchanged.
    status, headers, body = _http10(endpoint, "/sparql?" + urllib.parse.urlencode({"query": LABELS}))
    assert status == 200 and b"Islamic State" in body


def test_query_page(endpoint):
    """The page and the YASGUI files it loads come from the server itself (tests/test_browser.py runs it)."""
    status, headers, body = _request(endpoint.url)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    config = json.loads(body.split(b'id="kg-config">')[1].split(b"</script>")[0])
    assert config["examples"][0]["name"] == "events" and config["prefixes"]["kg"] == str(KG)
    for path, media, start in [
        ("yasgui/yasgui.min.js", "text/javascript", b"(function(e,t){"),
        ("yasgui/yasgui.min.css", "text/css", b""),
        ("yasgui/LICENSE", "text/plain", b"yasgui.min.js and yasgui.min.css are the build of YASGUI"),
    ]:
        assert f'"{path}"'.encode() in body or path.endswith("LICENSE")
        status, headers, asset = _request(endpoint.url + path)
        assert status == 200 and headers["Content-Type"].startswith(media) and asset.startswith(start), path
        assert int(headers["Content-Length"]) == len(asset) > 2000
    assert _request(endpoint.url + "yasgui/yasgui.min.js.map")[0] == 404


def test_cors_preflight(endpoint):
    status, headers, _b = _request(
        endpoint.url + "sparql",
        method="OPTIONS",
        headers={"Origin": "http://example.org", "Access-Control-Request-Method": "POST"},
    )
    assert status == 204 and "POST" in headers["Access-Control-Allow-Methods"]


def test_a_runaway_query_is_stopped_and_the_server_goes_on(endpoint):
    # Blocking inside the engine (COUNT over a 3000^3 cross product): the worker is killed at the timeout.
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    start = time.monotonic()
    status, _h, body = _request(endpoint.url + "sparql?" + urllib.parse.urlencode({"query": count}))
    assert status == 503 and b"stopped" in body
    assert time.monotonic() - start < 2.0 + 10
    # Streaming rows: the response is cut at the timeout, without the final chunk.
    runaway = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    start = time.monotonic()
    with pytest.raises((http.client.IncompleteRead, urllib.error.URLError, ConnectionError)):
        with urllib.request.urlopen(
            endpoint.url + "sparql?" + urllib.parse.urlencode({"query": runaway}), timeout=30
        ) as r:
            assert r.status == 200
            while r.read(1 << 20):
                pass
    assert time.monotonic() - start < 2.0 + 10
    # HTTP/1.0 has no chunks to cut: the runaway rows are spooled, and the timeout is a 503, never a short 200.
    status, _h, body = _http10(endpoint, "/sparql?" + urllib.parse.urlencode({"query": runaway}))
    assert status == 503 and b"stopped" in body
    # A fresh worker answers the next query.
    status, _h, body = _request(endpoint.url + "sparql?" + urllib.parse.urlencode({"query": LABELS}))
    assert status == 200 and b"Islamic State" in body


def test_updates_with_allow_update(tmp_path):
    path = _store(tmp_path / "store")
    for server in _serving(path, allow_update=True, timeout=5.0):
        url = server.url + "sparql"
        update = f"INSERT DATA {{ GRAPH <{DOC}> {{ <http://example.org/x> rdfs:label 'added' }} }}"
        status, _h, body = _request(url, data=update.encode(), headers={"Content-Type": "application/sparql-update"})
        assert status == 204, body
        # The merged default graph follows the document graph in the same transaction.
        ask = "ASK { <http://example.org/x> rdfs:label 'added' }"
        status, _h, body = _request(url + "?" + urllib.parse.urlencode({"query": ask}))
        assert status == 200 and json.loads(body)["boolean"] is True
        status, _h, body = _request(
            url, data=b"INSERT DATA { oops", headers={"Content-Type": "application/sparql-update"}
        )
        assert status == 400 and b"line 1" in body
    with Store.open(path, read_only=True) as store:
        assert store.query("ASK { GRAPH ?g { <http://example.org/x> rdfs:label 'added' } }")


def _health(server) -> tuple[int, dict]:
    status, _h, body = _request(server.url + "health")
    return status, json.loads(body)


def test_the_pool_recovers_when_a_build_held_the_store_at_a_restart(tmp_path):
    # A query killed at the timeout while a writer that publishes no snapshots holds the store's lock (kg
    # build publishes them, and workers read those: tests/test_readers.py): its replacement cannot open the
    # store.  It is retried until the writer is gone; meanwhile /health says so and queries get a quick 503
    # saying why, not a wait for the whole timeout.
    path = _store(tmp_path / "store")
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    for server in _serving(path, timeout=1.0, workers=1):
        status, state = _health(server)
        assert status == 200 and state["status"] == "ok" and state["workers"] == state["wanted"] == 1
        shutil.rmtree(path / "snapshots")
        writer = ox.Store(str(path))  # the read-write lock, as pyoxigraph itself (or an older kg) takes it
        try:
            status, _h, body = _request(server.url + "sparql?" + urllib.parse.urlencode({"query": runaway}))
            assert status == 503 and b"stopped" in body
            status, state = _health(server)
            assert status == 503 and state["status"] == "down" and "in use by another kg process" in state["last_error"]
            start = time.monotonic()
            status, _h, body = _request(server.url + "sparql?" + urllib.parse.urlencode({"query": LABELS}))
            assert status == 503 and b"no query worker is running" in body and b"in use" in body
            assert time.monotonic() - start < 0.5
        finally:
            del writer  # pyoxigraph closes the store, and releases its lock, with the last reference
        deadline = time.monotonic() + 30
        while _health(server)[1]["status"] != "ok":
            assert time.monotonic() < deadline, _health(server)
            time.sleep(0.2)
        status, _h, body = _request(server.url + "sparql?" + urllib.parse.urlencode({"query": LABELS}))
        assert status == 200 and b"Islamic State" in body
        assert _health(server)[1]["restarts"] == 1


def test_a_query_over_the_worker_memory_limit_is_stopped_and_the_server_goes_on(store_path):
    # ORDER BY over a 3,000 x 3,000 cross product grows by ~0.5 GB a second; the limit stops it long
    # before the 60 s timeout, and a fresh worker answers the next query.
    sort = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f"
    for server in _serving(store_path, timeout=60.0, workers=1, worker_memory_mb=800):
        start = time.monotonic()
        status, _h, body = _request(server.url + "sparql?" + urllib.parse.urlencode({"query": sort}))
        assert status == 503 and b"more than the 800 MiB" in body, body
        assert time.monotonic() - start < 30
        status, _h, body = _request(server.url + "sparql?" + urllib.parse.urlencode({"query": LABELS}))
        assert status == 200 and b"Islamic State" in body


def test_negotiate():
    assert negotiate(None, SELECT_TYPES) == "application/sparql-results+json"
    assert negotiate("*/*", GRAPH_TYPES) == "text/turtle"
    assert negotiate("text/*;q=0.8, application/rdf+xml", GRAPH_TYPES) == "application/rdf+xml"
    assert negotiate("application/n-triples;q=0", GRAPH_TYPES) is None


class _Remote:
    """A SPARQL endpoint on 127.0.0.1 that counts the requests it gets (what SERVICE or LOAD would fetch)."""

    def __init__(self) -> None:
        import http.server

        hits = self.hits = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                self._answer()

            def do_POST(self):  # noqa: N802
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                self._answer()

            def _answer(self):
                hits.append(self.path)
                body = json.dumps(
                    {"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "remote"}}]}}
                ).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/sparql"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.thread.join(5)


@pytest.fixture()
def remote():
    r = _Remote()
    yield r
    r.close()


def test_a_signed_or_underscored_content_length_is_refused(endpoint):
    for length in (b"+5", b"5_0", b"0x5"):
        reply = _raw(
            endpoint,
            b"POST /sparql HTTP/1.1\r\nContent-Type: application/sparql-query\r\nContent-Length: "
            + length
            + b"\r\n\r\nASK{}",
        )
        assert reply.split(b"\r\n")[0].split(b" ")[1] == b"411", (length, reply[:100])


def test_only_this_servers_host_names_are_answered(store_path):
    # DNS rebinding: a page on evil.example whose name now points to 127.0.0.1 sends Host: evil.example.
    ask = "/sparql?" + urllib.parse.urlencode({"query": "ASK {}"})
    for server in _serving(store_path, allowed_hosts=("kg.internal",)):
        port = server.server_address[1]
        for host, code in [
            (f"evil.example:{port}", 403),
            ("evil.example", 403),
            (f"127.0.0.1:{port}", 200),
            (f"localhost:{port}", 200),
            (f"[::1]:{port}", 200),
            (f"kg.internal:{port}", 200),
        ]:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            conn.putrequest("GET", ask, skip_host=True)
            conn.putheader("Host", host)
            conn.endheaders()
            response = conn.getresponse()
            body = response.read()
            conn.close()
            assert response.status == code, (host, body)
            if code == 403:
                assert b"DNS rebinding" in body and b"--allow-host" in body


def test_updates_from_another_origin_are_refused(tmp_path):
    # CSRF: any web page can make a browser POST this form; the browser says where the page came from.
    path = _store(tmp_path / "store")
    for server in _serving(path, allow_update=True, timeout=5.0):
        url = server.url + "sparql"
        form = urllib.parse.urlencode({"update": "DROP ALL"}).encode()
        form_type = {"Content-Type": "application/x-www-form-urlencoded"}
        for headers in (
            {"Origin": "http://evil.example"},
            {"Origin": "null"},
            {"Sec-Fetch-Site": "cross-site"},
            {"Sec-Fetch-Site": "same-site", "Origin": "http://other.localhost:8000"},
        ):
            status, _h, body = _request(url, data=form, headers={**form_type, **headers})
            assert status == 403 and b"another origin" in body, (headers, body)
        ask = "ASK { ?s a kg:Actor }"
        status, _h, body = _request(url + "?" + urllib.parse.urlencode({"query": ask}))
        assert json.loads(body)["boolean"] is True  # nothing was dropped
        # The endpoint's own page (same origin) and clients that are not browsers (no Origin) may update.
        insert = f"INSERT DATA {{ GRAPH <{DOC}> {{ <http://example.org/y> rdfs:label 'y' }} }}"
        own = {"Origin": server.url.rstrip("/"), "Sec-Fetch-Site": "same-origin"}
        for headers in (own, {}):
            status, _h, body = _request(
                url, data=insert.encode(), headers={"Content-Type": "application/sparql-update", **headers}
            )
            assert status == 204, (headers, body)


def test_load_and_service_fetch_nothing_unless_allowed(tmp_path, remote):
    path = _store(tmp_path / "store")
    service = f"SELECT ?x WHERE {{ SERVICE <{remote.url}> {{ ?x ?p ?o }} }}"
    for server in _serving(path, allow_update=True, timeout=10.0):
        url = server.url + "sparql"
        status, _h, body = _request(url + "?" + urllib.parse.urlencode({"query": service}))
        assert status == 403 and b"--allow-service" in body, body
        status, _h, body = _request(
            url + "?" + urllib.parse.urlencode({"query": "SELECT * { SERVICE ?where { ?s ?p ?o } }"})
        )
        assert status == 403 and b"full <IRI>" in body
        load = f"LOAD <{remote.url}> INTO GRAPH <{DOC}>"
        status, _h, body = _request(url, data=load.encode(), headers={"Content-Type": "application/sparql-update"})
        assert status == 403 and b"--allow-load" in body, body
        assert remote.hits == []
    # Allowed by name, the endpoint is called once per query.
    for server in _serving(path, timeout=10.0, allow_service=(remote.url,)):
        status, _h, body = _request(server.url + "sparql?" + urllib.parse.urlencode({"query": service}))
        assert status == 200 and b"remote" in body, body
        assert len(remote.hits) == 1
