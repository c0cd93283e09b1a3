"""The SPARQL 1.1 Protocol endpoint behind ``kg serve``: /sparql for tools, / for people.

Why worker processes: pyoxigraph has no way to cancel a running query, and an ORDER BY or
COUNT over a cross product runs inside Rust for as long as it likes.  So every query runs in a
worker process that holds the store open, and a query that outlives ``timeout`` is stopped by
killing its worker, which is then replaced.  Read-only serving runs several workers on one
read-only store; with ``allow_update`` one worker holds the store's write lock and runs queries
and updates in turn (an update killed by the timeout is never committed: Oxigraph applies an
update in one transaction).

Results stream from the worker through the server to the client, so a big result never sits in
memory whole.  A result that ends within the first :data:`BUFFER_BYTES` gets a normal response
with its real status; a longer one is sent with chunked encoding, and a timeout in the middle
ends the connection without the final chunk, which HTTP clients report as an incomplete read.

>>> server = make_server(Path("kg-store"), port=0)          # doctest: +SKIP
>>> threading.Thread(target=server.serve_forever).start()   # doctest: +SKIP
"""

from __future__ import annotations

import queue
import socket
import subprocess
import sys
import threading
import urllib.parse
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path

from kg.errors import StoreError
from kg.rdf.formats import FORMATS, writer_prefixes

__all__ = ["ServeConfig", "Endpoint", "make_server", "negotiate", "SELECT_TYPES", "GRAPH_TYPES"]

BUFFER_BYTES = 256 * 1024
_CHUNK = 64 * 1024

# media type -> pyoxigraph format name; the first entry is the default.
SELECT_TYPES: dict[str, str] = {
    "application/sparql-results+json": "JSON",
    "application/json": "JSON",
    "application/sparql-results+xml": "XML",
    "application/xml": "XML",
    "text/xml": "XML",
    "text/csv": "CSV",
    "text/tab-separated-values": "TSV",
}
GRAPH_TYPES: dict[str, str] = {media: f.oxigraph_name for f in FORMATS for media in f.media_types}
# What a response says it is, for the aliases above.
_CANONICAL = {
    "application/json": "application/sparql-results+json",
    "text/xml": "application/sparql-results+xml",
    **{media: f.media_types[0] for f in FORMATS for media in f.media_types[1:] if media not in SELECT_TYPES},
}


@dataclass(frozen=True)
class ServeConfig:
    """How ``kg serve`` runs: the store, whether updates are allowed, and its limits."""

    store: Path
    allow_update: bool = False
    timeout: float = 30.0  # seconds a query or update may run
    max_request_bytes: int = 1_000_000
    cors: bool = False
    workers: int = 2  # worker processes for read-only serving (one when updates are allowed)
    read_timeout: float = 30.0  # seconds a client may take to send its request (slow clients hold a thread)


def negotiate(accept: str | None, offered: dict[str, str]) -> str | None:
    """The media type of ``offered`` that best fits Accept header ``accept``; the first offered when absent.

    None when the client accepts none of them (the endpoint answers 406).

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", SELECT_TYPES)
    'application/sparql-results+xml'
    """
    default = next(iter(offered))
    if not accept or not accept.strip():
        return default
    ranges = []
    for i, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media and q > 0:
            ranges.append((-q, i, media.lower()))
    for _q, _i, media in sorted(ranges):
        if media in offered:
            return media
        if media == "*/*":
            return default
        if media.endswith("/*"):
            for candidate in offered:
                if candidate.startswith(media[:-1]):
                    return candidate
    return None


# ---------------------------------------------------------------------------------------------
# worker processes


@dataclass(frozen=True)
class _Job:
    kind: str  # "query" or "update"
    text: str
    accept: str | None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


class _PipeWriter:
    """A binary file for pyoxigraph's serializers that sends what it is given to the server in chunks."""

    def __init__(self, conn) -> None:  # noqa: ANN001
        self.conn = conn
        self.buf = bytearray()

    def write(self, data: bytes) -> int:
        self.buf += data
        if len(self.buf) >= _CHUNK:
            self.flush()
        return len(data)

    def flush(self) -> None:
        if self.buf:
            self.conn.send(("data", bytes(self.buf)))
            self.buf.clear()


def _worker_main(conn, store_path: str, writable: bool) -> None:  # noqa: ANN001
    """A worker process: open the store, then answer jobs from ``conn`` until it closes."""
    from kg.store.embedded import Store

    try:
        store = Store.open(Path(store_path), read_only=not writable)
    except Exception as e:  # noqa: BLE001 - any failure to open is reported to the server, which stops
        conn.send(("failed", str(e)))
        return
    conn.send(("ready", None))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            _run_job(store, job, conn)
        except (BrokenPipeError, EOFError):
            return
        except Exception as e:  # noqa: BLE001 - a bug answers 500 and the worker lives on
            _error(conn, 500, f"internal error: {type(e).__name__}: {e}")
        conn.send(("end", None))


def _error(conn, status: int, message: str) -> None:  # noqa: ANN001
    conn.send(("error", (status, message)))


def _run_job(store, job: _Job, conn) -> None:  # noqa: ANN001, C901
    import pyoxigraph as ox

    from kg.rdf.vocab import PREFIXES
    from kg.store.sparql import syntax_message, with_default_graph_rebuild

    if job.kind == "update":
        try:
            store.oxigraph.update(with_default_graph_rebuild(job.text), prefixes=PREFIXES)
        except SyntaxError as e:
            return _error(conn, 400, syntax_message(job.text, e, kind="SPARQL Update"))
        except OSError as e:
            return _error(conn, 500, f"the update failed: {e}")
        conn.send(("head", (204, None)))
        return None
    try:
        options = {}
        if job.default_graphs:
            options["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs]
        if job.named_graphs:
            options["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
    except ValueError as e:
        return _error(conn, 400, f"bad default-graph-uri or named-graph-uri: {e}")
    try:
        result = store.oxigraph.query(job.text, prefixes=PREFIXES, **options)
    except SyntaxError as e:
        return _error(conn, 400, syntax_message(job.text, e))
    except RuntimeError as e:
        # Valid syntax the engine will not run, e.g. a custom function it does not know.
        return _error(conn, 400, f"cannot run this query: {e}")
    except OSError as e:
        return _error(conn, 500, f"the query failed: {e}")
    if isinstance(result, ox.QueryTriples):
        offered, formats = GRAPH_TYPES, ox.RdfFormat
    else:
        offered, formats = SELECT_TYPES, ox.QueryResultsFormat
    media = negotiate(job.accept, offered)
    if media is None:
        return _error(conn, 406, f"this result can be sent as {', '.join(offered)}; none is in the Accept header")
    fmt = getattr(formats, offered[media])
    conn.send(("head", (200, _CANONICAL.get(media, media))))
    writer = _PipeWriter(conn)
    try:
        if isinstance(result, ox.QueryTriples):
            ox.serialize(result, writer, fmt, prefixes=writer_prefixes(fmt))
        else:
            result.serialize(writer, fmt)
    except OSError as e:
        writer.flush()
        return _error(conn, 500, f"the query failed while running: {e}")
    writer.flush()
    return None


def _worker_entry(fd: int, store_path: str, writable: bool) -> None:
    """Entry point of a worker process started by :class:`_Worker` (``python -c``)."""
    from multiprocessing.connection import Connection

    _worker_main(Connection(fd), store_path, writable)


class _Worker:
    """One worker process and the connection to it.

    A plain subprocess of ``python -c``, not multiprocessing's fork or spawn: forking a threaded
    server is unsafe, and spawn re-runs the caller's main script in the child.
    """

    def __init__(self, config: ServeConfig) -> None:
        parent, child = socket.socketpair()
        code = (
            "import sys; from kg.serve.endpoint import _worker_entry; "
            "_worker_entry(int(sys.argv[1]), sys.argv[2], sys.argv[3] == '1')"
        )
        try:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    code,
                    str(child.fileno()),
                    str(config.store),
                    "1" if config.allow_update else "0",
                ],
                pass_fds=(child.fileno(),),
                stdin=subprocess.DEVNULL,
            )
        finally:
            child.close()
        self.conn = Connection(parent.detach())
        if not self.conn.poll(60):
            self.kill()
            raise StoreError("a kg serve worker did not start within 60 s")
        try:
            state, detail = self.conn.recv()
        except (EOFError, OSError):
            state, detail = "failed", "the worker exited"
        if state != "ready":
            self.kill()
            raise StoreError(f"cannot open the store for serving: {detail}")

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            pass
        self.conn.close()


class _Timeout(Exception):
    pass


class _Crashed(Exception):
    """The worker died while running the job: the job crashed the engine (pyoxigraph overflows its
    stack on queries nested thousands deep, e.g. 20,000 chained ``!`` or ``+``)."""


class WorkerPool:
    """Worker processes holding the store open; :meth:`run` hands a job to an idle one, with a deadline."""

    def __init__(self, config: ServeConfig) -> None:
        self.config = config
        count = 1 if config.allow_update else max(1, config.workers)
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.all: set[_Worker] = set()
        self.lock = threading.Lock()
        self.closed = False
        try:
            for _ in range(count):
                self._add()
        except BaseException:
            self.close()
            raise

    def _add(self) -> None:
        worker = _Worker(self.config)
        with self.lock:
            self.all.add(worker)
        self.idle.put(worker)

    def _replace(self, worker: _Worker) -> None:
        with self.lock:
            self.all.discard(worker)
        worker.kill()
        if not self.closed:
            self._add()

    def close(self) -> None:
        """Stop every worker."""
        self.closed = True
        with self.lock:
            workers = list(self.all)
            self.all.clear()
        for worker in workers:
            worker.kill()

    def run(self, job: _Job, emit) -> None:  # noqa: ANN001
        """Run ``job`` and pass each message (head, data, error, end) to ``emit``; raises _Timeout when stopped.

        ``emit`` raising (the client went away) stops the job too.  A stopped worker is killed and
        replaced, so the next job gets a fresh one.
        """
        import time

        deadline = time.monotonic() + self.config.timeout
        try:
            worker = self.idle.get(timeout=self.config.timeout)
        except queue.Empty:
            raise _Timeout("every worker stayed busy for the whole timeout") from None
        healthy = False
        try:
            worker.conn.send(job)
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not worker.conn.poll(remaining):
                    raise _Timeout(f"the query ran longer than {self.config.timeout:g} s and was stopped")
                kind, payload = worker.conn.recv()
                if kind == "end":
                    healthy = True
                    return
                emit(kind, payload)
        except EOFError:
            raise _Crashed(
                "the query crashed the query engine (is it nested thousands of levels deep?); simplify it"
            ) from None
        except OSError as e:
            raise RuntimeError(f"the worker failed: {e}") from None
        finally:
            if healthy:
                self.idle.put(worker)
            else:
                self._replace(worker)


# ---------------------------------------------------------------------------------------------
# HTTP


class _Handler(BaseHTTPRequestHandler):
    server: Endpoint
    protocol_version = "HTTP/1.1"
    server_version = "kg-serve"

    def setup(self) -> None:
        # A socket timeout: a client that stalls mid-request is disconnected instead of holding a thread.
        self.timeout = self.server.config.read_timeout
        super().setup()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        if self.server.log is not None:
            self.server.log(f"{self.address_string()} {format % args}")

    # --- responses

    def _headers(self, status: int, content_type: str | None, length: int | None) -> None:
        self.send_response(status)
        if content_type:
            charset = "; charset=utf-8" if content_type.startswith("text/") else ""
            self.send_header("Content-Type", content_type + charset)
        if length is not None:
            self.send_header("Content-Length", str(length))
        else:
            self.send_header("Transfer-Encoding", "chunked")
        if self.server.config.cors:
            self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Connection", "close")
        self.close_connection = True
        self.end_headers()

    def _send(self, status: int, body: bytes, content_type: str | None = "text/plain") -> None:
        self._headers(status, content_type if body else None, len(body))
        if body and self.command != "HEAD":
            self.wfile.write(body)

    def _message(self, status: int, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"))

    # --- methods

    def do_OPTIONS(self) -> None:  # noqa: N802
        self.send_response(204)
        self.send_header("Allow", "GET, POST, OPTIONS")
        if self.server.config.cors:
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
            self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
            self.send_header("Access-Control-Max-Age", "86400")
        self.send_header("Content-Length", "0")
        self.send_header("Connection", "close")
        self.close_connection = True
        self.end_headers()

    def do_GET(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            return self._send(200, _page(), "text/html")
        if url.path != "/sparql":
            return self._message(404, "not found; the SPARQL endpoint is /sparql")
        if len(url.query) > self.server.config.max_request_bytes:
            return self._message(414, "the query string is too long; POST the query instead")
        params = self._params(url.query)
        if params is None:
            return None
        if "update" in params:
            return self._message(400, "updates must be sent with POST (application/sparql-update or update=)")
        if "query" not in params:
            return self._message(400, "no query: send /sparql?query=... (or POST it); a query editor is at /")
        return self._dispatch("query", params)

    def do_POST(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            return self._message(404, "not found; the SPARQL endpoint is /sparql")
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            return self._message(411, "send a Content-Length (chunked request bodies are not accepted)")
        if len(self.headers.get_all("Content-Length") or ()) > 1:
            # Two lengths is how requests are smuggled past proxies: refuse rather than pick one.
            return self._message(400, "more than one Content-Length header")
        try:
            length = int(self.headers.get("Content-Length", ""))
            if length < 0:
                raise ValueError
        except ValueError:
            return self._message(411, "a POST needs a valid Content-Length")
        if length > self.server.config.max_request_bytes:
            return self._message(413, f"the request body is over {self.server.config.max_request_bytes} bytes")
        body = self.rfile.read(length)
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return self._message(400, "the request body is not UTF-8")
        params = self._params(url.query)
        if params is None:
            return None
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if media == "application/x-www-form-urlencoded":
            form = self._params(text)
            if form is None:
                return None
            params.update(form)
            if ("query" in params) == ("update" in params):
                return self._message(400, "send exactly one of query= or update=")
            kind = "query" if "query" in params else "update"
        elif media == "application/sparql-query":
            kind, params["query"] = "query", [text]
        elif media == "application/sparql-update":
            kind, params["update"] = "update", [text]
        else:
            return self._message(
                415,
                "POST application/sparql-query, application/sparql-update or application/x-www-form-urlencoded",
            )
        return self._dispatch(kind, params)

    def _params(self, query: str) -> dict[str, list[str]] | None:
        try:
            return urllib.parse.parse_qs(query, keep_blank_values=True, strict_parsing=False, errors="strict")
        except (ValueError, UnicodeDecodeError):
            self._message(400, "malformed URL-encoded parameters")
            return None

    def _dispatch(self, kind: str, params: dict[str, list[str]]) -> None:
        texts = params[kind]
        if len(texts) != 1:
            return self._message(400, f"send exactly one {kind}")
        if kind == "update" and not self.server.config.allow_update:
            return self._message(403, "this endpoint is read-only; start kg serve with --allow-update to change it")
        job = _Job(
            kind=kind,
            text=texts[0],
            accept=self.headers.get("Accept"),
            default_graphs=tuple(params.get("default-graph-uri", ())),
            named_graphs=tuple(params.get("named-graph-uri", ())),
        )
        _Relay(self).run(job)
        return None


class _Relay:
    """Forwards a worker's messages to the client: buffered first, streamed once past BUFFER_BYTES."""

    def __init__(self, handler: _Handler) -> None:
        self.h = handler
        self.status: int | None = None
        self.content_type: str | None = None
        self.buffer: list[bytes] = []
        self.size = 0
        self.streaming = False
        self.chunked = handler.request_version != "HTTP/1.0"

    def emit(self, kind: str, payload: object) -> None:
        if kind == "head":
            self.status, self.content_type = payload  # type: ignore[misc]
        elif kind == "error":
            status, message = payload  # type: ignore[misc]
            if self.streaming:
                raise OSError(message)  # too late for a status: end the connection mid-stream
            self.status, self.content_type, self.buffer, self.size = status, "text/plain", [], 0
            self.buffer.append((message + "\n").encode("utf-8"))
        elif kind == "data":
            data: bytes = payload  # type: ignore[assignment]
            if self.streaming:
                self._write(data)
                return
            self.buffer.append(data)
            self.size += len(data)
            if self.size > BUFFER_BYTES:
                self.streaming = True
                self.h._headers(self.status or 200, self.content_type, None if self.chunked else 0)
                for piece in self.buffer:
                    self._write(piece)
                self.buffer = []

    def _write(self, data: bytes) -> None:
        if self.chunked:
            self.h.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        else:
            self.h.wfile.write(data)

    def run(self, job: _Job) -> None:
        try:
            self.h.server.pool.run(job, self.emit)
        except _Timeout as e:
            if not self.streaming:
                self.h._message(503, str(e))
            return  # mid-stream: the connection closes without the last chunk
        except _Crashed as e:
            if not self.streaming:
                self.h._message(400, str(e))
            return
        except (BrokenPipeError, ConnectionResetError, OSError, RuntimeError) as e:
            if not self.streaming:
                self.h._message(500, str(e))
            return
        if self.streaming:
            if self.chunked:
                self.h.wfile.write(b"0\r\n\r\n")
            return
        body = b"".join(self.buffer)
        self.h._send(self.status or 200, body, self.content_type)


class Endpoint(ThreadingHTTPServer):
    """The HTTP server of ``kg serve``; call :meth:`serve_forever`, then :meth:`shutdown` and :meth:`close`."""

    daemon_threads = True
    # socketserver's default backlog of 5 resets connections when a few dozen clients connect at
    # once (measured: 16 clients, one to three resets per 400 queries while a worker restarted).
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], config: ServeConfig, *, log=None) -> None:  # noqa: ANN001
        self.config = config
        self.log = log
        self.pool = WorkerPool(config)
        try:
            super().__init__(address, _Handler)
        except OSError:
            self.pool.close()
            raise

    @property
    def url(self) -> str:
        """The base URL clients use, e.g. ``http://127.0.0.1:8000/``."""
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/"

    def close(self) -> None:
        """Stop the workers and release the socket."""
        self.server_close()
        self.pool.close()


def make_server(
    store: Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    allow_update: bool = False,
    timeout: float = 30.0,
    max_request_bytes: int = 1_000_000,
    cors: bool = False,
    workers: int = 2,
    read_timeout: float = 30.0,
    log=None,  # noqa: ANN001
) -> Endpoint:
    """An endpoint serving ``store`` on ``host``:``port`` (0 picks a free port), workers started and ready.

    Raises StoreError when the store cannot be opened, OSError when the port is taken.
    """
    config = ServeConfig(
        store=store,
        allow_update=allow_update,
        timeout=timeout,
        max_request_bytes=max_request_bytes,
        cors=cors,
        workers=workers,
        read_timeout=read_timeout,
    )
    return Endpoint((host, port), config, log=log)


def _page() -> bytes:
    return _PAGE.encode("utf-8")


# The query page: plain HTML and JavaScript, no build step, no outside resources.
_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kg SPARQL</title>
<style>
body { font: 14px system-ui, sans-serif; margin: 1.5em; }
textarea { width: 100%; height: 12em; font: 13px monospace; }
table { border-collapse: collapse; margin-top: 1em; }
td, th { border: 1px solid #ccc; padding: 2px 6px; text-align: left; vertical-align: top; font: 13px monospace; }
th { background: #eee; } #status { margin-left: 1em; color: #555; } pre { background: #f6f6f6; padding: 1em; }
</style></head><body>
<h1>kg SPARQL endpoint</h1>
<p>Prefixes kg:, kgid:, sem:, nif:, prov:, dcterms:, owl:, rdfs:, xsd:, wd: are predeclared.
Tools use <code>/sparql</code> (SPARQL 1.1 Protocol).</p>
<textarea id="q">SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?type . ?type rdfs:subClassOf* sem:Event }
GROUP BY ?type ORDER BY DESC(?n)</textarea><br>
<button id="run">Run (Ctrl+Enter)</button><span id="status"></span>
<div id="out"></div>
<script>
const q = document.getElementById("q"), out = document.getElementById("out");
const status = document.getElementById("status");
function cell(t) {
  const td = document.createElement("td");
  if (t) td.textContent = t.type === "uri" ? "<" + t.value + ">" : t.type === "bnode" ? "_:" + t.value
    : t.value + (t["xml:lang"] ? "@" + t["xml:lang"] : "");
  return td;
}
async function run() {
  status.textContent = "running..."; out.textContent = "";
  const started = performance.now();
  try {
    const r = await fetch("sparql", {method: "POST", body: q.value, headers: {
      "Content-Type": "application/sparql-query",
      "Accept": "application/sparql-results+json, text/turtle;q=0.9"}});
    const text = await r.text();
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (!r.ok) { status.textContent = "error " + r.status; const p = document.createElement("pre");
      p.textContent = text; out.appendChild(p); return; }
    if (!(r.headers.get("Content-Type") || "").includes("json")) { const p = document.createElement("pre");
      p.textContent = text; out.appendChild(p); status.textContent = seconds + " s"; return; }
    const data = JSON.parse(text);
    if ("boolean" in data) { out.textContent = String(data.boolean); status.textContent = seconds + " s"; return; }
    const table = document.createElement("table"), head = table.insertRow();
    for (const v of data.head.vars) {
      const th = document.createElement("th"); th.textContent = v; head.appendChild(th); }
    for (const b of data.results.bindings) { const row = table.insertRow();
      for (const v of data.head.vars) row.appendChild(cell(b[v])); }
    out.appendChild(table);
    status.textContent = data.results.bindings.length + " rows, " + seconds + " s";
  } catch (e) { status.textContent = "failed: " + e; }
}
document.getElementById("run").onclick = run;
q.addEventListener("keydown", e => { if (e.key === "Enter" && e.ctrlKey) run(); });
</script></body></html>
"""
