"""``kg build --cluster tcp://HOST:8786``: the parsing and extraction of a build on a Dask cluster's workers.

The client (the ``kg build`` process) reads the input and sends it to the workers in chunks of ``--batch-size``
documents, so workers need kg and its model but not the input files.  Each worker process loads the spaCy model
once (:func:`_worker_nlp`, warmed on every worker when the build connects) and runs the same per-chunk step as
``--jobs N`` workers (:func:`kg.build.jobs.prepare`): parse, extract, render the document graphs as N-Triples.
The chunks' results come back in input order and the client alone writes them, through the same writer as a
local build (``kg.build.jobs.build``), so the store holds exactly what a local build stores.

A worker that dies (killed, out of memory, its machine gone) loses nothing: the scheduler runs its chunks again
on the other workers; a chunk that has killed ``distributed.scheduler.allowed-failures`` workers is sent again
document by document, so only a document that kills its worker each time fails, alone.  A result is taken once
from its chunk's future, so a chunk that ran twice is still written once.
"""

from __future__ import annotations

import socket
import threading
import time
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import CancelledError
from typing import TYPE_CHECKING, Any

from kg.build import parallel
from kg.build.io import Item
from kg.build.jobs import Prepared, died, prepare
from kg.errors import ClusterError, KgError

if TYPE_CHECKING:
    from distributed import Client, Future
    from spacy.language import Language

__all__ = ["Cluster", "connect", "WORKER_DIED"]

WORKER_DIED = (
    "the cluster worker extracting this document died each time it was tried (killed, perhaps out of memory); "
    "it was not stored; the documents before and after it were"
)

# While input remains, the client writes the results of up to this many chunks (of --batch-size documents)
# in one bulk load.
WRITE_CHUNKS = 4

# How long a build waits for the scheduler to answer, and for a first worker to join (or a worker to come back
# when every one has left) before it stops with a ClusterError.
CONNECT_TIMEOUT = 10.0
WORKER_WAIT = 60.0


class Cluster:
    """A connection to a Dask scheduler whose workers build: made by :func:`connect`, closed with ``close()``.

    ``workers`` is how many worker processes the scheduler has now, ``model`` the spaCy pipeline they loaded when
    the build connected (``"en_core_web_sm 3.8.0"``).
    """

    def __init__(self, client: Client, *, address: str, model: str | None, loaded: str) -> None:
        self.client = client
        self.address = address
        self.model = loaded
        self._model_option = model

    @property
    def workers(self) -> int:
        return len(self.client.nthreads())

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Cluster:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def batches(
        self, items: Iterable[Item], *, batch_size: int = 32, prefilter: bool = False
    ) -> Iterator[list[Prepared]]:
        """The prepared chunks of ``items`` (outcomes and statements, as ``--jobs`` workers give), in input order.

        While input remains, the results of consecutive chunks are handed back together, up to
        :data:`WRITE_CHUNKS` chunks' worth of documents, so the client writes them in one bulk load (a load's
        CPU per document falls by a third from 32 to 128 documents, docs/BUILD.md); the last chunks, which
        the workers finish one after another, come back one by one, so the last write is a small one.  At
        most two chunks per worker are in flight, so the client holds a bounded part of the input on any
        size.  Closing the iterator cancels the chunks still queued on the cluster.
        """
        options = {"model": self._model_option, "batch_size": batch_size, "prefilter": prefilter}
        run = uuid.uuid4().hex[:12]  # task keys unique to this build: a key the scheduler still knows is not re-run
        window: deque[tuple[list[Item], Future]] = deque()
        group: list[Prepared] = []
        try:
            chunks = parallel.balanced_chunks(items, batch_size, jobs=max(1, self.workers))
            for i, chunk in enumerate(chunks):
                key = f"kg-build-{run}-{i}"
                window.append((chunk, self.client.submit(_run_chunk, chunk, key=key, priority=-i, **options)))
                if len(window) >= 2 * max(1, self.workers):
                    group += self._settle(*window.popleft(), options)
                    if len(group) >= WRITE_CHUNKS * batch_size:
                        yield group
                        group = []
            if group:
                yield group
            while window:
                yield self._settle(*window.popleft(), options)
        finally:
            for _, future in window:
                future.cancel()

    def _settle(self, chunk: list[Item], future: Future, options: dict[str, Any]) -> list[Prepared]:
        """The chunk's results; after it killed workers again and again, its documents' results one by one.

        The documents are sent one at a time, each after the one before has settled: Dask blames every task that
        was on a worker when it died, so documents sent together with the one that kills its worker would fail with
        it (seen under load: three documents reported lost for one).
        """
        from distributed import KilledWorker

        try:
            return self._result(future)
        except KilledWorker:
            pass
        out: list[Prepared] = []
        for j, item in enumerate(chunk):
            single = self.client.submit(_run_chunk, [item], key=f"{future.key}-{j}", **options)
            try:
                out += self._result(single)
            except KilledWorker:
                out.append(died(item, WORKER_DIED))
        return out

    def _result(self, future: Future) -> list[Prepared]:
        # Waiting in slices, so a cluster that has lost every worker stops the build instead of hanging it.
        without_workers_since: float | None = None
        while True:
            try:
                return future.result(timeout=5)
            except TimeoutError:
                if self.workers:
                    without_workers_since = None
                    continue
                now = time.monotonic()
                without_workers_since = without_workers_since or now
                if now - without_workers_since > WORKER_WAIT:
                    raise ClusterError(
                        f"every worker of the Dask cluster at {self.address} has left and none came back in "
                        f"{WORKER_WAIT:.0f} s; the documents reported done are stored: start workers and run the "
                        "same command again to finish"
                    ) from None
            except (OSError, CancelledError) as e:
                # Dask cancels every future of a client that lost its scheduler (FutureCancelledError).
                why = "" if isinstance(e, CancelledError) else f" ({_first_line(e)})"
                raise ClusterError(
                    f"lost the connection to the Dask scheduler at {self.address}{why}; the documents reported done "
                    "are stored: run the same command again to finish"
                ) from None


def connect(address: str, *, model: str | None = None, timeout: float = CONNECT_TIMEOUT) -> Cluster:
    """Connect to the Dask scheduler at ``address`` and have each of its workers load the model ``model``.

    Raises :class:`ClusterError` with one line saying what to do when ``distributed`` is not installed, the
    scheduler cannot be reached, no worker joins within a minute, or a worker cannot load kg or the model (or
    the workers loaded different models, which would make the graph depend on where a document ran).
    """
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError(
            "a cluster build needs Dask's distributed package: pip install 'kg[cluster]' "
            "(on this machine and on every worker)"
        ) from None
    _probe(address, timeout)
    try:
        client = Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as e:
        raise ClusterError(f"cannot connect to the Dask scheduler at {address}: {e}; check the address") from None
    try:
        loaded = _load_on_workers(client, address, model)
    except (OSError, CancelledError) as e:
        client.close()
        why = "" if isinstance(e, CancelledError) else f" ({_first_line(e)})"
        raise ClusterError(
            f"lost the connection to the Dask scheduler at {address}{why}; run the command again"
        ) from None
    except BaseException:
        client.close()
        raise
    return Cluster(client, address=address, model=model, loaded=loaded)


def _load_on_workers(client: Client, address: str, model: str | None) -> str:
    """Wait for a first worker, load ``model`` on every worker, and return its name (the same on all)."""
    try:
        client.wait_for_workers(1, timeout=WORKER_WAIT)
    except TimeoutError:
        raise ClusterError(
            f"the Dask scheduler at {address} has no workers; start some with `dask worker {address} "
            "--nthreads 1` on machines where kg and its model are installed"
        ) from None
    loaded = client.run(_load_model, model, on_error="return")
    problems = {worker: r for worker, r in loaded.items() if isinstance(r, BaseException)}
    if problems:
        worker, exc = sorted(problems.items())[0]
        if isinstance(exc, KgError):  # kg runs there but cannot load the model: its own message says what to do
            raise ClusterError(f"on the cluster worker {worker}: {exc}")
        raise ClusterError(
            f"the cluster worker {worker} cannot run kg: {_first_line(exc)}; install kg (pip install 'kg[cluster]') "
            "and the same spaCy model on every worker"
        )
    models = sorted(set(loaded.values()))
    if len(models) > 1:
        raise ClusterError(
            f"the cluster's workers loaded different models ({', '.join(models)}); install the same model on "
            "every worker, or name the one to use"
        )
    return models[0]


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _probe(address: str, timeout: float) -> None:
    """Fail at once on an address nothing listens on (Dask's client retries until its timeout)."""
    from distributed.comm import get_address_host_port

    try:
        host, port = get_address_host_port(address)
    except (ValueError, TypeError) as e:
        raise ClusterError(
            f"{address!r} is not a Dask scheduler address ({e}); give one like tcp://HOST:8786"
        ) from None
    try:
        socket.create_connection((host, port), timeout=timeout).close()
    except OSError as e:
        raise ClusterError(
            f"cannot reach the Dask scheduler at {address}: {e.strerror or e}; start one there with "
            f"`dask scheduler` (port 8786 by default) or check the address"
        ) from None


# Worker side.  A worker process loads the model once and keeps it; one chunk is extracted at a time, since
# extraction keeps per-document state in module globals (kg/extract/reading.py), which threads would share.
_NLP: dict[str | None, Language] = {}
_LOCK = threading.Lock()


def _worker_nlp(model: str | None) -> Language:
    nlp = _NLP.get(model)
    if nlp is None:
        from kg.extract.nlp import load

        nlp = _NLP[model] = load(model)
    return nlp


def _load_model(model: str | None) -> str:
    """Load the model on this worker (when the build connects); its ``"<name> <version>"``."""
    from kg.extract.nlp import model_name

    with _LOCK:
        return model_name(_worker_nlp(model))


def _run_chunk(chunk: list[Item], *, model: str | None, batch_size: int, prefilter: bool) -> list[Prepared]:
    """One chunk's outcomes and statements, computed on a worker."""
    from kg.extract.nlp import model_name

    with _LOCK:
        nlp = _worker_nlp(model)
        return prepare(chunk, nlp=nlp, batch_size=batch_size, model=model_name(nlp), prefilter=prefilter)
