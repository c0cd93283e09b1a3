"""`kg serve` under load and abuse: a real server process on 127.0.0.1, many clients, hostile requests.

Two equal rounds of 16 client threads x 25 queries (SELECT, ASK, CONSTRUCT; GET, POST, forms; every
result format) must all succeed with the right answers, while one more client keeps sending
runaway queries that the timeout stops; the server's memory must not grow from the first round to
the second.  Then oversized requests (413/414/431), updates (403), malformed HTTP (garbage, bad
request lines, bad or lying Content-Length, truncated bodies, slow clients) and malformed SPARQL
(400) are thrown at it: every answer is a 4xx, never a 500, and the server goes on answering.
docs/ROBUSTNESS.md lists the requests and what each got.
"""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from httputil import request
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.rdf.vocab import KG
from kg.serve.endpoint import make_server
from kg.store.embedded import Store

ROOT = Path(__file__).resolve().parent.parent
KG_CMD = [sys.executable, "-m", "kg"]
CLIENTS = 16
QUERIES = 25  # per client per round
ACTORS = 40
FILLER = 3000  # a three-way cross product of these never finishes
TIMEOUT = 3.0  # seconds the server lets a query run
MAX_BYTES = 50_000
RSS_GROWTH_KB = 15_000  # allowed growth of the server process from round 1 to round 2

pytestmark = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="memory is read from /proc (Linux)")


def _store(path: Path) -> Path:
    with Store.open(path) as store:
        store.replace_graph(
            "https://w3id.org/kg/id/doc/load-1",
            [
                *((URIRef(f"https://w3id.org/kg/id/actor/a-{i}"), RDF.type, KG.Actor) for i in range(ACTORS)),
                *(
                    (URIRef(f"https://w3id.org/kg/id/actor/a-{i}"), RDFS.label, Literal(f"Actor {i} \u00e9\U0001f4a5"))
                    for i in range(ACTORS)
                ),
                *(
                    (URIRef(f"http://example.org/s{i}"), URIRef(f"http://example.org/p{i % 7}"), Literal(f"v{i}"))
                    for i in range(FILLER)
                ),
            ],
        )
    return path


class Server:
    """A `kg serve` process; its stderr is drained in a thread (it logs every request)."""

    def __init__(self, store: Path, *extra: str) -> None:
        self.proc = subprocess.Popen(
            [
                *KG_CMD,
                "serve",
                "--store",
                str(store),
                "--port",
                "0",
                "--timeout",
                str(TIMEOUT),
                "--max-request-bytes",
                str(MAX_BYTES),
                *extra,
            ],
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[str] = []
        deadline = time.monotonic() + 60
        for line in self.proc.stderr:
            self.lines.append(line)
            m = re.search(r"SPARQL endpoint http://127\.0\.0\.1:(\d+)/sparql", line)
            if m:
                self.port = int(m.group(1))
                break
            assert time.monotonic() < deadline, "kg serve did not start"
        else:
            raise AssertionError("kg serve exited: " + "".join(self.lines))
        self.url = f"http://127.0.0.1:{self.port}/sparql"
        self.drain = threading.Thread(target=lambda: self.lines.extend(self.proc.stderr), daemon=True)
        self.drain.start()

    def rss_kb(self) -> int:
        status = Path(f"/proc/{self.proc.pid}/status").read_text()
        return int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1))

    def stop(self) -> str:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.drain.join(5)
        return "".join(self.lines)


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[Server]:
    store = _store(tmp_path_factory.mktemp("load") / "store")
    srv = Server(store, "--workers", "3")
    try:
        yield srv
    finally:
        log = srv.stop()
        assert "Traceback" not in log, log[-3000:]


LABELS = "SELECT ?a ?name WHERE { ?a a kg:Actor ; rdfs:label ?name } ORDER BY ?a"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
ASK = "ASK { ?a rdfs:label ?n FILTER(STRSTARTS(?n, 'Actor 3')) }"
CONSTRUCT = "CONSTRUCT { ?a rdfs:label ?n } WHERE { ?a a kg:Actor ; rdfs:label ?n }"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def one_query(url: str, k: int) -> str | None:
    """Query number ``k`` of a client (a different kind each time); None when the answer is right."""
    kind = k % 6
    if kind == 0:
        status, _h, body = request(url + "?" + urllib.parse.urlencode({"query": LABELS}))
        ok = status == 200 and len(json.loads(body)["results"]["bindings"]) == ACTORS
    elif kind == 1:
        status, _h, body = request(url, data=COUNT.encode(), headers={"Content-Type": "application/sparql-query"})
        ok = status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == str(2 * ACTORS + FILLER)
    elif kind == 2:
        status, _h, body = request(
            url,
            data=urllib.parse.urlencode({"query": ASK}).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        ok = status == 200 and json.loads(body)["boolean"] is True
    elif kind == 3:
        status, _h, body = request(
            url,
            data=CONSTRUCT.encode(),
            headers={"Content-Type": "application/sparql-query", "Accept": "application/n-triples"},
        )
        ok = status == 200 and len(list(ox.parse(body, ox.RdfFormat.N_TRIPLES))) == ACTORS
    elif kind == 4:
        status, _h, body = request(
            url + "?" + urllib.parse.urlencode({"query": LABELS}), headers={"Accept": "text/csv"}
        )
        ok = status == 200 and len(body.decode("utf-8").splitlines()) == ACTORS + 1
    else:
        status, _h, body = request(
            url + "?" + urllib.parse.urlencode({"query": CONSTRUCT}), headers={"Accept": "text/turtle"}
        )
        ok = status == 200 and len(list(ox.parse(body, ox.RdfFormat.TURTLE))) == ACTORS
    return None if ok else f"query kind {kind}: {status} {body[:200]!r}"


def load_round(url: str) -> tuple[list[str], float]:
    """CLIENTS threads x QUERIES queries at once; the wrong or failed answers, and the seconds taken."""
    errors: list[str] = []
    lock = threading.Lock()

    def client(c: int) -> None:
        for k in range(QUERIES):
            try:
                problem = one_query(url, c + k)
            except Exception as e:  # noqa: BLE001 - a connection error is a failed query to report
                problem = f"query kind {(c + k) % 6}: {type(e).__name__}: {e}"
            if problem:
                with lock:
                    errors.append(problem)

    start = time.monotonic()
    threads = [threading.Thread(target=client, args=(c,)) for c in range(CLIENTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
        assert not t.is_alive(), "a client hung"
    return errors, time.monotonic() - start


def test_many_clients_no_errors_no_memory_growth_while_runaways_are_stopped(server):
    runaway_statuses: list[int] = []
    stop = threading.Event()

    def runaway() -> None:
        # One more client keeps a worker busy with queries that only the timeout ends.
        while not stop.is_set():
            status, _h, body = request(server.url + "?" + urllib.parse.urlencode({"query": RUNAWAY}))
            runaway_statuses.append(status)

    abuser = threading.Thread(target=runaway, daemon=True)
    abuser.start()
    try:
        errors, seconds_1 = load_round(server.url)
        assert errors == [], errors[:5]
        rss_1 = server.rss_kb()
        errors, seconds_2 = load_round(server.url)
        assert errors == [], errors[:5]
        rss_2 = server.rss_kb()
    finally:
        stop.set()
        abuser.join(TIMEOUT * 3 + 30)
    print(
        f"\n{CLIENTS}x{QUERIES} queries: {seconds_1:.1f} s and {seconds_2:.1f} s; "
        f"server RSS {rss_1} kB -> {rss_2} kB; runaways {Counter(runaway_statuses)}"
    )
    assert rss_2 - rss_1 < RSS_GROWTH_KB, (rss_1, rss_2)
    # Every runaway was stopped by the timeout (503), never left running or answered with a 500.
    assert runaway_statuses and set(runaway_statuses) == {503}, runaway_statuses


# ---------------------------------------------------------------------------------------------
# abuse


def raw(port: int, data: bytes, *, shut: bool = True, timeout: float = 20) -> bytes:
    """Send ``data`` on a fresh connection and return everything the server answers until it closes."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(data)
        if shut:
            sock.shutdown(socket.SHUT_WR)
        chunks = []
        while True:
            try:
                chunk = sock.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        return b"".join(chunks)


def status_of(reply: bytes) -> int | None:
    """The status of a raw reply; http.server answers a request line it cannot read HTTP/0.9-style (no status line)."""
    if reply.startswith(b"HTTP/"):
        return int(reply.split(b" ", 2)[1])
    m = re.search(rb"Error code: (\d+)", reply)
    return int(m.group(1)) if m else None


MALFORMED_HTTP = {
    "garbage bytes": (b"\x00\x01\x02\xff\xfe garbage\r\n\r\n", 400),
    "no method": (b"/sparql HTTP/1.1\r\n\r\n", 400),
    # 505 HTTP Version Not Supported is the status RFC 9110 gives these; not a server failure.
    "unknown HTTP version": (b"GET /sparql HTTP/9.9\r\n\r\n", 505),
    "HTTP/2 preface": (b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 505),
    "not a version": (b"GET /sparql HTTP/x\r\n\r\n", 400),
    "unsupported method": (b"BREW /sparql HTTP/1.1\r\nHost: x\r\n\r\n", 501),
    "method the endpoint does not allow": (b"DELETE /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 405),
    "request line too long": (b"GET /sparql?query=" + b"a" * 70_000 + b" HTTP/1.1\r\n\r\n", 414),
    "header too long": (b"GET / HTTP/1.1\r\nX-Big: " + b"a" * 70_000 + b"\r\n\r\n", 431),
    "too many headers": (b"GET / HTTP/1.1\r\n" + b"".join(b"X-%d: 1\r\n" % i for i in range(150)) + b"\r\n", 431),
    "Content-Length not a number": (b"POST /sparql HTTP/1.1\r\nContent-Length: lots\r\n\r\n", 411),
    "Content-Length negative": (b"POST /sparql HTTP/1.1\r\nContent-Length: -5\r\n\r\n", 411),
    "Content-Length too big": (
        b"POST /sparql HTTP/1.1\r\nContent-Type: application/sparql-query\r\nContent-Length: 99999999999\r\n\r\nSELECT",
        413,
    ),
    "two Content-Lengths": (
        b"POST /sparql HTTP/1.1\r\nContent-Type: application/sparql-query\r\nContent-Length: 6"
        b"\r\nContent-Length: 900\r\n\r\nASK {}",
        400,
    ),
    "body shorter than Content-Length": (
        b"POST /sparql HTTP/1.1\r\nContent-Type: application/sparql-query\r\n"
        b"Content-Length: 500\r\n\r\nSELECT * WHERE {",
        400,
    ),
    "chunked body": (
        b"POST /sparql HTTP/1.1\r\nContent-Type: application/sparql-query\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n5\r\nASK{}\r\n0\r\n\r\n",
        411,
    ),
    "no Content-Type": (b"POST /sparql HTTP/1.1\r\nContent-Length: 6\r\n\r\nASK {}", 415),
    "query with a bad percent escape": (b"GET /sparql?query=%E0%A4%A HTTP/1.1\r\n\r\n", 400),
    "query not UTF-8 when decoded": (b"GET /sparql?query=%FF%FE HTTP/1.1\r\n\r\n", 400),
}


@pytest.mark.parametrize("name", list(MALFORMED_HTTP))
def test_malformed_http_gets_a_4xx_never_a_500(server, name):
    data, expected = MALFORMED_HTTP[name]
    assert status_of(raw(server.port, data)) == expected


MALFORMED_SPARQL = {
    "syntax error": "SELECT ?x WHERE { ?x",
    "empty": "",
    "only spaces": "   \n\t ",
    "unknown prefix": "SELECT * WHERE { ?s nope:p ?o }",
    "NUL inside": "SELECT * WHERE { ?s ?p \x00 }",
    "unbalanced braces": "SELECT * WHERE { { { ?s ?p ?o }",
    "bad IRI": "SELECT * WHERE { <http://exa mple/> ?p ?o }",
    "unterminated string": 'SELECT * WHERE { ?s ?p "abc }',
    "update as a query": "INSERT DATA { <http://a> <http://b> <http://c> }",
    "two queries": "ASK {} ASK {}",
    "lone surrogate escape": 'SELECT * WHERE { ?s ?p "\\uD800" }',
    "unknown function": "SELECT (<http://example.org/f>(1) AS ?x) WHERE {}",
}

# Valid SPARQL nested so deep that pyoxigraph 0.5 overflows its stack and the worker process dies.
ENGINE_CRASHERS = {
    "braces 10,000 deep": "SELECT * WHERE " + "{" * 10_000 + "?s ?p ?o" + "}" * 10_000,
    "20,000 negations": "SELECT (" + "!" * 20_000 + "true AS ?x) WHERE {}",
    "20,000 additions": "SELECT (1" + " + 1" * 10_000 + " AS ?x) WHERE {}",
}


@pytest.mark.parametrize("name", list(MALFORMED_SPARQL))
def test_malformed_sparql_gets_a_400_never_a_500(server, name):
    query = MALFORMED_SPARQL[name]
    for status, _h, body in (
        request(server.url, data=query.encode("utf-8"), headers={"Content-Type": "application/sparql-query"}),
        request(server.url + "?" + urllib.parse.urlencode({"query": query})),
    ):
        assert status == 400, (name, status, body[:300])
        assert body.strip()


@pytest.mark.parametrize("name", list(ENGINE_CRASHERS))
def test_queries_that_crash_the_engine_get_a_400_and_a_fresh_worker(server, name):
    status, _h, body = request(
        server.url, data=ENGINE_CRASHERS[name].encode(), headers={"Content-Type": "application/sparql-query"}
    )
    assert status == 400 and b"crashed the query engine" in body, (status, body[:300])
    assert one_query(server.url, 1) is None


def test_bad_graph_parameters_are_400(server):
    status, _h, body = request(
        server.url + "?" + urllib.parse.urlencode({"query": "ASK {}", "default-graph-uri": "not an iri"})
    )
    assert status == 400, body


def test_oversized_requests_are_refused(server):
    big = b"SELECT * WHERE { ?s ?p ?o } #" + b"x" * MAX_BYTES
    status, _h, body = request(server.url, data=big, headers={"Content-Type": "application/sparql-query"})
    assert status == 413 and str(MAX_BYTES).encode() in body
    status, _h, _b = request(
        server.url,
        data=urllib.parse.urlencode({"query": big.decode()}).encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert status == 413
    status, _h, _b = request(server.url + "?" + urllib.parse.urlencode({"query": big.decode()[:60_000]}))
    assert status in (414, 431)  # over --max-request-bytes (414), or over http.server's line limit first


def test_updates_are_refused_read_only_and_change_nothing(server):
    update = "INSERT DATA { <http://example.org/new> <http://example.org/p> 'x' }"
    answers = [
        request(server.url, data=update.encode(), headers={"Content-Type": "application/sparql-update"}),
        request(
            server.url,
            data=urllib.parse.urlencode({"update": update}).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        ),
        request(server.url, data=b"DROP ALL", headers={"Content-Type": "application/sparql-update"}),
        request(server.url, data=b"CLEAR DEFAULT", headers={"Content-Type": "application/sparql-update"}),
    ]
    assert [a[0] for a in answers] == [403, 403, 403, 403]
    status, _h, body = request(server.url + "?" + urllib.parse.urlencode({"query": COUNT}))
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == str(2 * ACTORS + FILLER)


def test_the_server_still_answers_after_the_abuse(server):
    # Runs last in this module: whatever came before, the endpoint is up and right.
    assert server.proc.poll() is None
    assert one_query(server.url, 0) is None


def test_slow_and_silent_clients_are_cut_off_and_do_not_block_others(tmp_path):
    """Slowloris: connections that send nothing, or half a request, are closed after the read timeout."""
    store = _store(tmp_path / "store")
    endpoint = make_server(store, port=0, timeout=TIMEOUT, read_timeout=1.0)
    thread = threading.Thread(target=endpoint.serve_forever, daemon=True)
    thread.start()
    port = endpoint.server_address[1]
    try:
        silent = [socket.create_connection(("127.0.0.1", port), timeout=10) for _ in range(30)]
        half = [socket.create_connection(("127.0.0.1", port), timeout=10) for _ in range(10)]
        for sock in half:
            sock.sendall(
                b"POST /sparql HTTP/1.1\r\nContent-Type: application/sparql-query\r\nContent-Length: 100\r\n\r\nSELECT"
            )
        assert one_query(endpoint.url + "sparql", 1) is None  # others are served meanwhile
        start = time.monotonic()
        for sock in silent + half:
            reply = b""
            while chunk := sock.recv(65536):
                reply += chunk
            assert status_of(reply) in (None, 408), reply[:200]  # closed, with a 408 when a request had begun
            sock.close()
        assert time.monotonic() - start < 10
        assert one_query(endpoint.url + "sparql", 2) is None
    finally:
        endpoint.shutdown()
        endpoint.close()
        thread.join(5)


def _trickle(port: int, closed_after: list[float], start: float) -> None:
    """A slowloris client: a request line and headers that never end, one byte every 0.2 s."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        try:
            sock.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\n")
            for _ in range(200):  # 40 s if never cut off
                sock.sendall(b"X")
                time.sleep(0.2)
        except OSError:
            pass
        closed_after.append(time.monotonic() - start)


def test_trickling_clients_are_cut_at_the_request_deadline_and_connections_are_capped(tmp_path):
    """Slowloris that keeps every read alive: each connection has a deadline for its whole request,
    and connections over the cap get a 503 at once instead of a thread and a file descriptor."""
    store = _store(tmp_path / "store")
    endpoint = make_server(store, port=0, timeout=TIMEOUT, read_timeout=1.5, max_connections=20)
    thread = threading.Thread(target=endpoint.serve_forever, daemon=True)
    thread.start()
    port = endpoint.server_address[1]
    try:
        closed_after: list[float] = []
        start = time.monotonic()
        clients = [threading.Thread(target=_trickle, args=(port, closed_after, start)) for _ in range(10)]
        for c in clients:
            c.start()
        for c in clients:
            c.join(30)
        # Every read got a byte well within the 1.5 s socket timeout; only the deadline stops them.
        assert len(closed_after) == 10 and max(closed_after) < 1.5 + 2.5, closed_after
        # 25 silent connections against a cap of 20: 5 are answered 503 at once, without being read.
        socks = [socket.create_connection(("127.0.0.1", port), timeout=10) for _ in range(25)]
        import select

        readable, _w, _x = select.select(socks, [], [], 0.5)
        time.sleep(0.1)  # before the 1.5 s deadline cuts the admitted ones
        readable, _w, _x = select.select(socks, [], [], 0)
        busy = [sock.recv(4096) for sock in readable]
        assert len(busy) == 5 and all(status_of(reply) == 503 and b"too many" in reply for reply in busy), busy
        for sock in socks:
            sock.close()
        deadline = time.monotonic() + 10
        while not _answered(endpoint.url + "sparql"):
            assert time.monotonic() < deadline, "the server did not come back once the connections closed"
            time.sleep(0.2)
    finally:
        endpoint.shutdown()
        endpoint.close()
        thread.join(5)


def _answered(url: str) -> bool:
    """True when a query posted to ``url`` is answered right; False while the server is still at its cap, whose 503
    may cut the request's body off (a broken pipe) before the closed connections are counted out."""
    try:
        return one_query(url, 1) is None
    except (urllib.error.URLError, ConnectionError):
        return False


def test_the_connection_cap_fits_under_the_open_file_limit():
    import resource

    from kg.serve.guard import connection_cap

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    try:
        resource.setrlimit(resource.RLIMIT_NOFILE, (200, hard))
        assert connection_cap(256) == 200 - 64
        assert connection_cap(50) == 50
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
