"""The two jobs that run extraction: ``build`` (into a store) and ``extract_items`` (to contract records).

Both stream: documents go through spaCy in batches, and each result is handed back as soon as
its document is done (for ``build``: as soon as it is committed), so callers can show progress
and memory stays flat on any corpus size.  With ``jobs > 1`` worker processes parse, extract and
make triples for chunks of documents (kg/build/parallel.py) and the parent writes them in input order,
so the result is the same for any number of jobs.

Durability (docs/BUILD.md): ``build`` commits ``batch_size`` documents per store transaction.
A crash or ``kill -9`` loses at most the batch being written, never half a document, and every
Outcome ``build`` has yielded is already in the store; running the same input again skips
documents whose graph is unchanged and finishes the rest.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from kg.build.io import Item, Rejected
from kg.models import Document, Extraction

if TYPE_CHECKING:
    from rdflib import URIRef
    from spacy.language import Language

    from kg.build.cluster import Cluster
    from kg.store.base import GraphStore, Statements


@dataclass(frozen=True)
class Outcome:
    """What happened to one input: stored with ``events`` events, or failed with ``error``.

    ``changed`` is true when ``build`` rewrote the document's graph (false when the store already
    held exactly that graph, and for ``extract_items``).
    """

    source: str
    doc_id: str | None
    events: int = 0
    error: str | None = None
    extraction: Extraction | None = None
    changed: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None


def _failed(rejected: Rejected) -> Outcome:
    return Outcome(source=rejected.source, doc_id=None, error=rejected.reason)


def extract_items(
    items: Iterable[Item], *, nlp: Language, batch_size: int = 32, jobs: int = 1, prefilter: bool = False
) -> Iterator[Outcome]:
    """One :class:`Outcome` per input item, in input order, each carrying its extraction.

    ``jobs > 1`` runs extraction in that many forked processes (same results, same order).
    """
    if jobs > 1:
        from kg.build import parallel

        parallel.STATE.update(nlp=nlp, batch_size=batch_size, model=None, prefilter=prefilter)
        chunks = parallel.balanced_chunks(items, batch_size, jobs=jobs)
        for results in parallel.ordered_map(_work, chunks, jobs=jobs, failed=died):
            for outcome, _ in results:
                yield outcome
        return
    yield from _extract_serial(items, nlp=nlp, batch_size=batch_size, prefilter=prefilter)


def _extract_serial(
    items: Iterable[Item], *, nlp: Language, batch_size: int, prefilter: bool = False
) -> Iterator[Outcome]:
    from kg.extract import extract
    from kg.extract.nlp import MAX_TOKENS

    # Each rejection with the number of documents read before it: extraction reads ahead (a spaCy batch, or the
    # prefilter's window of skipped documents), and a rejection comes out just before the document that followed it.
    pending: deque[tuple[int, Rejected]] = deque()
    read = 0
    max_length = nlp.max_length

    def documents() -> Iterator[Document]:
        nonlocal read
        for item in items:
            if isinstance(item, Rejected):
                pending.append((read, item))
            elif len(item.text) > max_length:
                reason = (
                    f"document has {len(item.text):,} characters, over the model's limit of {max_length:,}; "
                    "split it into smaller documents"
                )
                pending.append((read, Rejected(item.source or item.id, reason)))
            elif len(item.text) > MAX_TOKENS and (tokens := len(nlp.tokenizer(item.text))) > MAX_TOKENS:
                # Tokenizing twice costs ~1% of parsing, and only for documents that could be over.
                reason = (
                    f"document has {tokens:,} tokens, over kg's limit of {MAX_TOKENS:,} (spaCy needs ~17 KB "
                    "of memory per token); split it into smaller documents"
                )
                pending.append((read, Rejected(item.source or item.id, reason)))
            else:
                read += 1
                yield item

    for index, extraction in enumerate(extract(documents(), nlp=nlp, batch_size=batch_size, prefilter=prefilter)):
        # Rejections read before this document come out first, keeping input order.
        while pending and pending[0][0] <= index:
            yield _failed(pending.popleft()[1])
        doc = extraction.document
        yield Outcome(source=doc.source or doc.id, doc_id=doc.id, events=len(extraction.events), extraction=extraction)
    while pending:
        yield _failed(pending.popleft()[1])


Prepared = tuple[Outcome, "Statements | None"]
"""An outcome and its document graph's statements (None when there is nothing to store)."""


def _with_triples(outcomes: Iterable[Outcome], *, model: str | None, keep: bool = True) -> Iterator[Prepared]:
    """Each outcome with the statements of its document graph (None without a model name).

    Statements are Oxigraph's N-Triples text in one string (:class:`kg.store.base.Statements`): cheap to send
    from a worker process, and what the store compares and bulk-loads as it is.  ``keep=False`` drops the
    extraction from the outcome (``build`` with workers does not need it back, and pickling it cost as much as
    writing it).
    """
    if model is None:
        for outcome in outcomes:
            yield outcome, None
        return
    from kg.rdf.triples import document_triples
    from kg.store.base import Statements

    for outcome in outcomes:
        if outcome.extraction is None:
            yield outcome, None
            continue
        try:
            # str() of a pyoxigraph term is its N-Triples form, escaped by Oxigraph itself.
            statements = Statements.of(f"{s} {p} {o}" for s, p, o in document_triples(outcome.extraction, model=model))
        except (ValueError, TypeError) as e:
            yield replace(outcome, error=f"cannot make RDF of this document: {e}", extraction=None), None
            continue
        yield (outcome if keep else replace(outcome, extraction=None)), statements


def prepare(
    chunk: list[Item], *, nlp: Language, batch_size: int, model: str | None, prefilter: bool = False
) -> list[Prepared]:
    """A worker's part of a build: parse, extract and make the statements of one chunk, in input order.

    What ``--jobs N`` workers (:func:`_work`) and cluster workers (kg/build/cluster.py) run; the outcomes carry
    no extraction when there are statements (``model`` given), since the writer needs only the statements.
    """
    from kg.build import memory

    memory.pin_mmap_threshold()
    outcomes = _extract_serial(chunk, nlp=nlp, batch_size=batch_size, prefilter=prefilter)
    prepared = list(_with_triples(outcomes, model=model, keep=model is None))
    memory.release()
    return prepared


def _work(chunk: list[Item]) -> list[Prepared]:
    """Worker side of ``jobs > 1``: parse, extract and (for build) make statements for one chunk."""
    from kg.build import parallel

    state = parallel.STATE
    return prepare(
        chunk,
        nlp=state["nlp"],
        batch_size=state["batch_size"],
        model=state["model"],
        prefilter=state.get("prefilter", False),
    )


def died(item: Item, reason: str) -> Prepared:
    """What a document gives when the worker process extracting it died: failed with ``reason``."""
    if isinstance(item, Rejected):
        return _failed(item), None
    return Outcome(source=item.source or item.id, doc_id=None, error=reason), None


def build(
    items: Iterable[Item],
    *,
    store: GraphStore,
    nlp: Language | None = None,
    batch_size: int = 32,
    jobs: int = 1,
    prefilter: bool = True,
    cluster: Cluster | None = None,
) -> Iterator[Outcome]:
    """Extract every document and replace its named graph in ``store``; one Outcome per input item.

    Documents are committed ``batch_size`` at a time, each batch in one transaction, and an
    Outcome is yielded only once its document is committed: an interruption leaves every
    finished document whole and none half-written, and running the same input again changes
    nothing.  ``jobs > 1`` extracts in that many processes (their outcomes carry no
    ``extraction``); the store is written here, in input order, so the store ends up the same for
    any ``jobs``.  ``prefilter`` (the default) parses only documents that can hold a trigger
    (kg/extract/prefilter.py); the store is the same either way, since a document without events stores no
    entities.  With ``cluster`` (a connected :class:`kg.build.cluster.Cluster`) the cluster's workers parse and
    extract with their own model, and ``nlp`` is not needed: the store is still written here, in input order.
    """
    from concurrent.futures import ThreadPoolExecutor

    from kg.build import memory, parallel
    from kg.extract.nlp import model_name

    # Before any worker is forked, so the workers keep the setting (kg/build/memory.py).
    memory.pin_mmap_threshold()
    batches: Iterable[list[Prepared]]
    if cluster is not None:
        batches = cluster.batches(items, batch_size=batch_size, prefilter=prefilter)
    elif nlp is None:
        raise ValueError("build needs a spaCy pipeline (nlp) or a cluster")
    elif jobs > 1 and parallel.can_fork():
        model = model_name(nlp)
        parallel.STATE.update(nlp=nlp, batch_size=batch_size, model=model, prefilter=prefilter)
        batches = parallel.ordered_map(
            _work, parallel.balanced_chunks(items, batch_size, jobs=jobs), jobs=jobs, failed=died
        )
    else:
        prepared = _with_triples(
            _extract_serial(items, nlp=nlp, batch_size=batch_size, prefilter=prefilter), model=model_name(nlp)
        )
        batches = parallel.chunked(prepared, batch_size)
    # One writer thread: Oxigraph releases the GIL while it writes, so batch k is written while
    # batch k+1 is parsed.  At most one batch waits, and its outcomes come out only once written.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-writer") as writer:
        pending = None
        unflushed = unopened = 0
        for batch in batches:
            if pending is not None:
                yield from pending.result()
            unflushed += sum(len(triples) for _, triples in batch if triples is not None)
            unopened += len(batch)
            flush = unflushed >= _FLUSH_EVERY
            reopen = flush and unopened >= REOPEN_EVERY
            unflushed = 0 if flush else unflushed
            unopened = 0 if reopen else unopened
            pending = writer.submit(_commit, store, batch, flush=flush, reopen=reopen)
        if pending is not None:
            yield from pending.result()
    store.flush()
    # Reports of one incident in different documents are linked once every document is in.
    from kg.incidents.sync import update_incidents

    update_incidents(store)


# RocksDB keeps writes in memtables until it flushes them, and Oxigraph lets those grow to
# gigabytes (measured: 0.38 MB per 290-triple document, 3 GB peak at 10,000 articles).  Flushing
# every ~50,000 triples keeps kg build's memory flat (docs/BUILD.md).
_FLUSH_EVERY = 50_000
# The embedded store's Oxigraph handle is closed and opened again after a flush once this many documents have
# gone in since the last time: RocksDB's caches and table readers, which grew ~3.5 MiB per 1,000 documents, go
# with the handle (kg/store/disk.py: reopen; docs/BUILD.md).
REOPEN_EVERY = 1_000


def _graph(outcome: Outcome) -> URIRef:
    """The named graph of a document that has statements to write (only rejected inputs lack an id)."""
    from kg.rdf.iri import document_iri

    assert outcome.doc_id is not None
    return document_iri(outcome.doc_id)


def _commit(store: GraphStore, batch: list[Prepared], *, flush: bool = False, reopen: bool = False) -> list[Outcome]:
    """Write one batch of documents in one transaction; on a store error, document by document.  Then ``flush``,
    and ``reopen`` an embedded store's handle (:data:`REOPEN_EVERY`)."""
    from kg.build import memory
    from kg.errors import StoreError

    writes = [(_graph(o), triples) for o, triples in batch if triples is not None]
    try:
        changed = iter(store.replace_graphs(writes))
    except StoreError:
        # One bad document must not sink the batch: retry alone, so only it fails.
        changed = None
    out = []
    for outcome, triples in batch:
        if triples is None:
            out.append(outcome)
        elif changed is not None:
            out.append(replace(outcome, changed=next(changed)))
        else:
            try:
                changed_one = store.replace_graph(_graph(outcome), triples)
                out.append(replace(outcome, changed=changed_one))
            except StoreError as e:
                out.append(replace(outcome, error=str(e), extraction=None, events=0))
    if flush:
        store.flush()
    if reopen:
        memory.renew(store)
    memory.release()
    return out
