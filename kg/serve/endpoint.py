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
HTTP/1.0 has no chunked encoding, and a body delimited by closing the connection cannot tell a
complete result from one cut by the timeout, so for HTTP/1.0 clients (nginx's default upstream
protocol) a longer result is spooled to a temporary file and sent with its real Content-Length
once complete: a timeout is then still a 503.

>>> server = make_server(Path("kg-store"), port=0)          # doctest: +SKIP
>>> threading.Thread(target=server.serve_forever).start()   # doctest: +SKIP
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import cast

import pyoxigraph as ox

from kg.rdf.formats import writer_prefixes
from kg.serve.description import FORMATS, SD, service_description
from kg.serve.graphstore import graph_store, is_store_path
from kg.serve.guard import ConnectionGuard
from kg.serve.page import ASSETS, asset, page
from kg.serve.policy import federation_refusal, host_refusal, origin_refusal
from kg.serve.protocol import CANONICAL, GRAPH_TYPES, SELECT_TYPES, ServeConfig, negotiate
from kg.serve.workers import Crashed, Job, OutOfMemory, Timeout, Unavailable, WorkerPool
from kg.store.shape import with_using

__all__ = ["ServeConfig", "Endpoint", "make_server", "negotiate", "SELECT_TYPES", "GRAPH_TYPES"]

BUFFER_BYTES = 256 * 1024
_DIGITS = re.compile(r"[0-9]{1,18}")
SPOOL_BYTES = 1 << 30  # the most an HTTP/1.0 result may spool to disk


class _TooLarge(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# HTTP


class _Handler(BaseHTTPRequestHandler):
    server: Endpoint
    protocol_version = "HTTP/1.1"
    server_version = "kg-serve"

    def setup(self) -> None:
        # A socket timeout: a client that stalls mid-request is disconnected instead of holding a thread.
        # socketserver reads the timeout per instance; typeshed declares it a ClassVar.
        self.timeout = self.server.config.read_timeout  # type: ignore[misc]
        super().setup()

    def handle(self) -> None:
        try:
            super().handle()
        except OSError as e:
            # The client went away, or the request deadline cut it off (kg.serve.guard): nobody to answer.
            self.close_connection = True
            self.log_message("connection ended: %s", e)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        if self.server.log is not None:
            self.server.log(f"{self.address_string()} {format % args}")

    # --- responses

    def _headers(self, status: int, content_type: str | None, length: int | None) -> None:
        self.server.guard.done_reading(self.connection)
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
        # An empty result (a DESCRIBE of nothing) still says what it is; an empty error or a 204 says nothing.
        self._headers(status, content_type if body or status == 200 else None, len(body))
        if body and self.command != "HEAD":
            self.wfile.write(body)

    def _message(self, status: int, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"))

    def _foreign_host(self) -> bool:
        """True (after answering 403) when the Host header names no name of this server (DNS rebinding)."""
        why = host_refusal(self.headers.get("Host"), self.server.config)
        if why is not None:
            self._message(403, why)
        return why is not None

    # --- methods

    def do_OPTIONS(self) -> None:  # noqa: N802
        self.server.guard.done_reading(self.connection)
        if self._foreign_host():
            return
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
        if self._foreign_host():
            return None
        url = urllib.parse.urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            return self._send(200, page(), "text/html")
        if (found := asset(url.path)) is not None:
            return self._send(200, *found)  # the query page's YASGUI files
        if url.path == "/health":
            # For load balancers and people: 200 while any worker runs, 503 when none can (and why).
            state = self.server.pool.state()
            body = (json.dumps(state) + "\n").encode("utf-8")
            return self._send(503 if state["status"] == "down" else 200, body, "application/json")
        if is_store_path(url.path):
            return graph_store(self)
        if url.path != "/sparql":
            return self._message(404, "not found; the SPARQL endpoint is /sparql")
        if len(url.query) > self.server.config.max_request_bytes:
            return self._message(414, "the query string is too long; POST the query instead")
        params = self._params(url.query)
        if params is None:
            return None
        if "update" in params:
            return self._message(400, "updates must be sent with POST (application/sparql-update or update=)")
        if not params:
            return self._description()
        if "query" not in params:
            return self._message(400, "no query: send /sparql?query=... (or POST it); a query editor is at /")
        return self._dispatch("query", params)

    def _not_allowed(self) -> None:
        if is_store_path(urllib.parse.urlsplit(self.path).path):
            return graph_store(self)
        self.server.guard.done_reading(self.connection)
        if self._foreign_host():
            return
        self.send_response(405)
        self.send_header("Allow", "GET, POST, OPTIONS")
        body = f"{self.command} is not a SPARQL Protocol operation; send queries with GET or POST\n".encode()
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.close_connection = True
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    do_PUT = do_DELETE = do_PATCH = _not_allowed  # noqa: N815

    def do_HEAD(self) -> None:  # noqa: N802
        path = urllib.parse.urlsplit(self.path).path
        if path in ("/", "/index.html", "/health", *ASSETS) or is_store_path(path):
            return self.do_GET()  # _send writes no body for HEAD
        return self._not_allowed()

    def _description(self) -> None:
        """The SPARQL 1.1 Service Description, in the RDF format the Accept header asks for (Turtle by default)."""
        media = negotiate(self.headers.get("Accept"), GRAPH_TYPES)
        if media is None:
            return self._message(406, f"the service description can be sent as {', '.join(GRAPH_TYPES)}")
        fmt = getattr(ox.RdfFormat, GRAPH_TYPES[media])
        triples = service_description(f"{self.server.url}sparql", self.server.config)
        prefixes = {"sd": SD, "formats": FORMATS} if writer_prefixes(fmt) is not None else None
        body = ox.serialize(triples, format=fmt, prefixes=prefixes) or b""
        return self._send(200, body, CANONICAL.get(media, media))

    def do_POST(self) -> None:  # noqa: N802
        if self._foreign_host():
            return None
        url = urllib.parse.urlsplit(self.path)
        if is_store_path(url.path):
            return graph_store(self)
        if url.path != "/sparql":
            return self._message(404, "not found; the SPARQL endpoint is /sparql")
        body = self._body()
        if body is None:
            return None
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

    def _relay(self, job: Job) -> None:
        _Relay(self).run(job)

    def _body(self) -> bytes | None:
        """The request body, or None after answering 4xx (no valid Content-Length, too large, cut short)."""
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            self._message(411, "send a Content-Length (chunked request bodies are not accepted)")
            return None
        if len(self.headers.get_all("Content-Length") or ()) > 1:
            # Two lengths is how requests are smuggled past proxies: refuse rather than pick one.
            self._message(400, "more than one Content-Length header")
            return None
        declared = (self.headers.get("Content-Length") or "").strip()
        if not _DIGITS.fullmatch(declared):
            # Digits only (RFC 9110): int() also takes "+5" and "5_0", which a proxy in front may read otherwise.
            self._message(411, f"a {self.command} needs a valid Content-Length")
            return None
        length = int(declared)
        if length > self.server.config.max_request_bytes:
            self._message(413, f"the request body is over {self.server.config.max_request_bytes} bytes")
            return None
        body = self.rfile.read(length)
        if len(body) < length:
            self._message(400, f"the body ended after {len(body)} of its {length} bytes (Content-Length)")
            return None
        return body

    def _params(self, query: str) -> dict[str, list[str]] | None:
        try:
            return urllib.parse.parse_qs(query, keep_blank_values=True, strict_parsing=False, errors="strict")
        except (ValueError, UnicodeDecodeError):
            self._message(400, "malformed URL-encoded parameters")
            return None

    def _dispatch(self, kind: str, params: dict[str, list[str]]) -> None:
        self.server.guard.done_reading(self.connection)
        texts = params[kind]
        if len(texts) != 1:
            return self._message(400, f"send exactly one {kind}")
        if kind == "update" and not self.server.config.allow_update:
            return self._message(403, "this endpoint is read-only; start kg serve with --allow-update to change it")
        if kind == "update":
            h = self.headers
            why = origin_refusal(h.get("Origin"), h.get("Sec-Fetch-Site"), h.get("Host"))
            if why is not None:
                return self._message(403, why)
        why = federation_refusal(texts[0], self.server.config, update=kind == "update")
        if why is not None:
            return self._message(403, why)
        text = texts[0]
        if kind == "update":
            try:
                # The protocol's update dataset, as USING / USING NAMED clauses (400 beside the update's own).
                text = with_using(
                    text, tuple(params.get("using-graph-uri", ())), tuple(params.get("using-named-graph-uri", ()))
                )
            except ValueError as e:
                return self._message(400, str(e))
        job = Job(
            kind=kind,
            text=text,
            accept=self.headers.get("Accept"),
            default_graphs=tuple(params.get("default-graph-uri", ())),
            named_graphs=tuple(params.get("named-graph-uri", ())),
            base=f"{self.server.url}sparql",
        )
        _Relay(self).run(job)
        return None


class _Relay:
    """Forwards a worker's messages to the client: buffered first, streamed once past BUFFER_BYTES.

    HTTP/1.0 clients cannot take chunks: past BUFFER_BYTES their result goes to a temporary file,
    sent with its length when the worker has finished.
    """

    def __init__(self, handler: _Handler) -> None:
        self.h = handler
        self.status: int | None = None
        self.content_type: str | None = None
        self.buffer: list[bytes] = []
        self.size = 0
        self.streaming = False
        self.chunked = handler.request_version != "HTTP/1.0"
        self.spool: tempfile.SpooledTemporaryFile[bytes] | None = None

    def emit(self, kind: str, payload: object) -> None:
        if kind == "head":
            self.status, self.content_type = payload  # type: ignore[misc]
        elif kind == "error":
            status, message = cast(tuple[int, str], payload)
            if self.streaming:
                raise OSError(message)  # too late for a status: end the connection mid-stream
            self.status, self.content_type, self.buffer, self.size = status, "text/plain", [], 0
            if self.spool is not None:
                self.spool.close()
                self.spool = None
            self.buffer.append((message + "\n").encode("utf-8"))
        elif kind == "data":
            data: bytes = payload  # type: ignore[assignment]
            if self.streaming:
                self._write(data)
                return
            if self.spool is not None:
                self.spool.write(data)
                if self.spool.tell() > SPOOL_BYTES:
                    raise _TooLarge(
                        f"the result is over {SPOOL_BYTES >> 20} MiB, too large to send to an HTTP/1.0 client; "
                        "use HTTP/1.1 (streamed) or a LIMIT"
                    )
                return
            self.buffer.append(data)
            self.size += len(data)
            if self.size > BUFFER_BYTES and not self.chunked:
                self.spool = tempfile.SpooledTemporaryFile(max_size=BUFFER_BYTES)
                for piece in self.buffer:
                    self.spool.write(piece)
                self.buffer = []
            elif self.size > BUFFER_BYTES:
                self.streaming = True
                self.h._headers(self.status or 200, self.content_type, None)
                for piece in self.buffer:
                    self._write(piece)
                self.buffer = []

    def _write(self, data: bytes) -> None:
        self.h.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))

    def run(self, job: Job) -> None:
        try:
            self._run(job)
        finally:
            if self.spool is not None:
                self.spool.close()

    def _run(self, job: Job) -> None:
        try:
            self.h.server.pool.run(job, self.emit)
        except (_TooLarge, Unavailable) as e:
            self.h._message(503, str(e))
            return
        except (Timeout, OutOfMemory) as e:
            if not self.streaming:
                self.h._message(503, str(e))
            return  # mid-stream: the connection closes without the last chunk
        except Crashed as e:
            if not self.streaming:
                self.h._message(400, str(e))
            return
        except (BrokenPipeError, ConnectionResetError, OSError, RuntimeError) as e:
            if not self.streaming:
                self.h._message(500, str(e))
            return
        if self.streaming:
            self.h.wfile.write(b"0\r\n\r\n")
            return
        if self.spool is not None:
            self.h._headers(self.status or 200, self.content_type, self.spool.tell())
            if self.h.command != "HEAD":
                self.spool.seek(0)
                shutil.copyfileobj(self.spool, self.h.wfile, 1 << 16)
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
        self.guard = ConnectionGuard(cap=config.max_connections, request_deadline=config.read_timeout)
        try:
            super().__init__(address, _Handler)
        except OSError:
            self.guard.close()
            self.pool.close()
            raise

    def process_request(self, request, client_address) -> None:  # noqa: ANN001
        if not self.guard.admit(request):
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request, client_address) -> None:  # noqa: ANN001
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.guard.release(request)

    @property
    def url(self) -> str:
        """The base URL clients use, e.g. ``http://127.0.0.1:8000/``."""
        host, port = self.server_address[:2]
        assert isinstance(host, str)  # a TCP server's address, never a Unix socket path
        return f"http://{host}:{port}/"

    def close(self) -> None:
        """Stop the workers and release the socket."""
        self.server_close()
        self.guard.close()
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
    max_connections: int = 256,
    worker_memory_mb: int = 2048,
    allowed_hosts: tuple[str, ...] = (),
    allow_service: tuple[str, ...] = (),
    allow_load: bool = False,
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
        max_connections=max_connections,
        worker_memory_mb=worker_memory_mb,
        allowed_hosts=allowed_hosts,
        allow_service=allow_service,
        allow_load=allow_load,
    )
    return Endpoint((host, port), config, log=log)
