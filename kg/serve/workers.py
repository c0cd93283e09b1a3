"""The worker processes of ``kg serve``: each holds the store open and runs one job at a time.

pyoxigraph cannot cancel a running query, so a job that outlives the timeout is stopped by
killing its worker, which is then replaced (see :mod:`kg.serve.endpoint`).
"""

from __future__ import annotations

import queue
import signal
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from kg.errors import StoreError
from kg.rdf.formats import XmlSafeWriter, writer_prefixes
from kg.serve.protocol import CANONICAL, GRAPH_TYPES, SELECT_TYPES, ServeConfig, negotiate

_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Job:
    kind: str  # "query" or "update"
    text: str
    accept: str | None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    base: str | None = None  # the base IRI relative IRIs resolve against (the endpoint's URL)


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
    from kg.errors import StoreError
    from kg.store.embedded import Store

    try:
        store: Store | None = Store.open(Path(store_path), read_only=not writable)
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
            if store is None or store.stale():
                # A build published newer documents (or began writing the folder): read its newest snapshot.
                if store is not None:
                    store.close()
                    store = None
                try:
                    store = Store.open(Path(store_path), read_only=True)
                except StoreError as e:
                    _error(conn, 503, str(e))
                    conn.send(("end", None))
                    continue
            _run_job(store, job, conn)
        except (BrokenPipeError, EOFError):
            return
        except Exception as e:  # noqa: BLE001 - a bug answers 500 and the worker lives on
            _error(conn, 500, f"internal error: {type(e).__name__}: {e}")
        conn.send(("end", None))


def _error(conn, status: int, message: str) -> None:  # noqa: ANN001
    conn.send(("error", (status, message)))


def _run_job(store, job: Job, conn) -> None:  # noqa: ANN001, C901
    import pyoxigraph as ox

    from kg.rdf.vocab import PREFIXES
    from kg.store.sparql import syntax_message, with_default_graph_rebuild

    if job.kind == "update":
        try:
            store.oxigraph.update(with_default_graph_rebuild(job.text), prefixes=PREFIXES, base_iri=job.base)
        except SyntaxError as e:
            return _error(conn, 400, syntax_message(job.text, e, kind="update"))
        except OSError as e:
            return _error(conn, 500, f"the update failed: {e}")
        store.publish(now=False)  # readers in other processes (kg query, another kg serve) see it within 2 s
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
        result = store.oxigraph.query(job.text, prefixes=PREFIXES, base_iri=job.base, **options)
    except SyntaxError as e:
        return _error(conn, 400, syntax_message(job.text, e))
    except RuntimeError as e:
        # Valid syntax the engine will not run, e.g. a custom function it does not know.
        return _error(conn, 400, f"cannot run this query: {e}")
    except OSError as e:
        return _error(conn, 500, f"the query failed: {e}")
    formats: type[ox.RdfFormat] | type[ox.QueryResultsFormat]
    if isinstance(result, ox.QueryTriples):
        offered, formats = GRAPH_TYPES, ox.RdfFormat
    else:
        offered, formats = SELECT_TYPES, ox.QueryResultsFormat
    media = negotiate(job.accept, offered)
    if media is None:
        return _error(conn, 406, f"this result can be sent as {', '.join(offered)}; none is in the Accept header")
    fmt = getattr(formats, offered[media])
    conn.send(("head", (200, CANONICAL.get(media, media))))
    pipe = _PipeWriter(conn)
    # pyoxigraph writes C0 controls into XML as they are, which no XML parser reads.
    writer = XmlSafeWriter(pipe) if offered[media] in ("XML", "RDF_XML") else pipe
    try:
        if isinstance(result, ox.QueryTriples):
            # pyoxigraph writes to any object with write(); its stub asks for IO[bytes].
            ox.serialize(result, writer, fmt, prefixes=writer_prefixes(fmt))  # type: ignore[arg-type]
        else:
            result.serialize(writer, fmt)  # type: ignore[arg-type]
    except OSError as e:
        writer.flush()
        return _error(conn, 500, f"the query failed while running: {e}")
    writer.flush()
    return None


def _worker_entry(fd: int, store_path: str, writable: bool, memory_mb: int = 0) -> None:
    """Entry point of a worker process started by :class:`_Worker` (``python -c``)."""
    from multiprocessing.connection import Connection

    if memory_mb > 0:
        _limit_memory(memory_mb << 20)
    _worker_main(Connection(fd), store_path, writable)


def _limit_memory(limit: int) -> None:
    # Address space, the one limit Linux enforces on every allocation (RLIMIT_RSS is ignored): a
    # query that needs more makes pyoxigraph's allocator fail, and Rust aborts the worker (SIGABRT),
    # which the pool reports and replaces.  Measured: ORDER BY over a 3,000 x 3,000 cross product
    # reached 2.3 GB in 5 s; a 902-byte query reached 4 GB.
    import resource

    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


class _Worker:
    """One worker process and the connection to it.

    A plain subprocess of ``python -c``, not multiprocessing's fork or spawn: forking a threaded
    server is unsafe, and spawn re-runs the caller's main script in the child.
    """

    def __init__(self, config: ServeConfig) -> None:
        parent, child = socket.socketpair()
        code = (
            "import sys; from kg.serve.workers import _worker_entry; "
            "_worker_entry(int(sys.argv[1]), sys.argv[2], sys.argv[3] == '1', int(sys.argv[4]))"
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
                    str(config.worker_memory_mb),
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


class Timeout(Exception):
    pass


class Unavailable(Exception):
    """No worker is running: none could open the store (a ``kg build`` holds its lock); retried in the background."""


class OutOfMemory(Exception):
    """The job needed more memory than a worker may use (``ServeConfig.worker_memory_mb``)."""


class Crashed(Exception):
    """The worker died while running the job: the job crashed the engine (pyoxigraph overflows its
    stack on queries nested thousands deep, e.g. 20,000 chained ``!`` or ``+``)."""


RETRY_FIRST = 0.5  # seconds before the first retry of a worker that failed to start
RETRY_MAX = 10.0  # the longest wait between retries


class WorkerPool:
    """Worker processes holding the store open; :meth:`run` hands a job to an idle one, with a deadline.

    A worker that cannot be started (a ``kg build`` holds the store's lock after a worker was killed
    at the timeout) is retried in the background, waiting RETRY_FIRST seconds and then twice as long
    each time up to RETRY_MAX, until the pool is whole again; :meth:`state` says how it stands.
    """

    def __init__(self, config: ServeConfig) -> None:
        self.config = config
        self.wanted = 1 if config.allow_update else max(1, config.workers)
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.all: set[_Worker] = set()
        self.lock = threading.Lock()
        self.closed = False
        self.last_error: str | None = None
        self.restarts = 0
        self._retrier: threading.Thread | None = None
        self._wake = threading.Event()
        try:
            for _ in range(self.wanted):
                self._add()
        except BaseException:
            self.close()
            raise

    def _add(self) -> None:
        worker = _Worker(self.config)
        with self.lock:
            if self.closed:
                worker.kill()
                return
            self.all.add(worker)
        self.idle.put(worker)

    def _replace(self, worker: _Worker) -> None:
        with self.lock:
            self.all.discard(worker)
        worker.kill()
        if self.closed:
            return
        self.restarts += 1
        try:
            self._add()
        except (StoreError, OSError) as e:
            self.last_error = str(e)
            self._retry_in_background()

    def _retry_in_background(self) -> None:
        with self.lock:
            if self._retrier is not None and self._retrier.is_alive():
                return
            self._retrier = threading.Thread(target=self._retry, name="kg-serve-worker-retry", daemon=True)
            self._retrier.start()

    def _retry(self) -> None:
        wait = RETRY_FIRST
        while not self.closed:
            with self.lock:
                missing = self.wanted - len(self.all)
            if missing <= 0:
                self.last_error = None
                return
            if self._wake.wait(wait):
                return  # closed
            try:
                self._add()
                wait = RETRY_FIRST
            except (StoreError, OSError) as e:
                self.last_error = str(e)
                wait = min(wait * 2, RETRY_MAX)

    def state(self) -> dict[str, object]:
        """How the pool stands, for ``/health``: ``ok`` (every worker up), ``degraded`` (some) or ``down`` (none)."""
        with self.lock:
            running = len(self.all)
        status = "ok" if running >= self.wanted else ("degraded" if running else "down")
        return {
            "status": status,
            "workers": running,
            "wanted": self.wanted,
            "idle": self.idle.qsize(),
            "restarts": self.restarts,
            "last_error": self.last_error if status != "ok" else None,
        }

    def close(self) -> None:
        """Stop every worker."""
        self.closed = True
        self._wake.set()
        with self.lock:
            workers = list(self.all)
            self.all.clear()
        for worker in workers:
            worker.kill()

    def run(self, job: Job, emit) -> None:  # noqa: ANN001
        """Run ``job`` and pass each message (head, data, error, end) to ``emit``; raises _Timeout when stopped.

        ``emit`` raising (the client went away) stops the job too.  A stopped worker is killed and
        replaced, so the next job gets a fresh one.
        """
        import time

        deadline = time.monotonic() + self.config.timeout
        worker = None
        while worker is None:
            with self.lock:
                down = not self.all
            if down:
                raise Unavailable(
                    f"no query worker is running: {self.last_error or 'it is being restarted'}; "
                    "kg serve retries on its own, try again shortly (GET /health shows the state)"
                )
            try:
                # Wake now and then: the pool may go down while this request waits.
                worker = self.idle.get(timeout=min(1.0, max(0.0, deadline - time.monotonic())))
            except queue.Empty:
                if time.monotonic() >= deadline:
                    raise Timeout("every worker stayed busy for the whole timeout") from None
        healthy = False
        try:
            worker.conn.send(job)
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not worker.conn.poll(remaining):
                    raise Timeout(f"the query ran longer than {self.config.timeout:g} s and was stopped")
                kind, payload = worker.conn.recv()
                if kind == "end":
                    healthy = True
                    return
                emit(kind, payload)
        except EOFError:
            try:
                code = worker.process.wait(5)
            except subprocess.TimeoutExpired:
                code = None
            if code in (-signal.SIGABRT, -signal.SIGKILL) and self.config.worker_memory_mb > 0:
                # SIGABRT: an allocation over the limit; SIGKILL: the kernel's OOM killer.
                raise OutOfMemory(
                    f"the query needed more than the {self.config.worker_memory_mb} MiB a worker may use and was "
                    "stopped; narrow it (LIMIT, fewer joins, no ORDER BY over everything) or raise --worker-memory"
                ) from None
            raise Crashed(
                "the query crashed the query engine (is it nested thousands of levels deep?); simplify it"
            ) from None
        except OSError as e:
            raise RuntimeError(f"the worker failed: {e}") from None
        finally:
            if healthy:
                self.idle.put(worker)
            else:
                self._replace(worker)
