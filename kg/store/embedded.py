"""kg's persistent store: one Oxigraph (RocksDB) directory, one named graph per document.

Why Oxigraph and not rdflib's Memory store: see docs/STORE.md (load, query and export are one
to two orders of magnitude faster at a million triples, and the data lives on disk).

Layout: each document's triples live in a named graph whose name is the document IRI, so
re-ingesting a document replaces exactly its graph.  The store's *default graph* holds the RDF
merge of all document graphs (every distinct triple once), kept up to date by
:meth:`Store.replace_graph` in the same transaction.  Queries run against that default graph.
Why not Oxigraph's ``use_default_graph_as_union``: it does not merge, so an actor's label
repeated in 500 document graphs matches 500 times, and every join through actors multiplies;
measured on kg-shaped data a two-hop join took 0.48 s at 20,000 triples, 6.9 s at 50,000 and
ran out of 6 GB of memory at 100,000, against 2 ms and 12 ms on the merged graph (docs/STORE.md).

Concurrency, as measured with pyoxigraph 0.5.13: a read-write open takes RocksDB's lock on
``PATH/LOCK``, so a second writer fails at once with an ``OSError`` about the lock.  A read-only
open takes no lock and succeeds even while a writer is running, but pyoxigraph calls that
undefined behaviour (the writer's compactions can delete files the reader still needs).  So a
writer publishes snapshots of what it has committed, and :meth:`Store.open` with ``read_only=True``
opens the newest snapshot when a writer holds the lock, the folder itself when none does
(:mod:`kg.store.snapshots`): readers work beside a running build, and never block each other or the
writer.  Within one process, opening the same path twice shares one Oxigraph handle instead of failing.

>>> with Store.open(tmp_path / "kg") as store:            # doctest: +SKIP
...     store.replace_graph(document_iri("a1"), triples)
...     store.query("SELECT (COUNT(*) AS ?n) { ?e a kg:Attack }")
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import URIRef

from kg.errors import QueryError, StoreError
from kg.rdf.formats import EXPORT_FORMATS, rdf_format, writer_prefixes
from kg.rdf.iri import SHARED_KINDS
from kg.rdf.terms import Term, from_oxigraph, to_oxigraph
from kg.rdf.vocab import DOCUMENT_BASE, ID_BASE, INCIDENTS_GRAPH, KG, PREFIXES
from kg.store import disk, snapshots
from kg.store.base import Statements, StoreStats, event_classes
from kg.store.disk import OPEN, OPEN_LOCK, Opened, advice, folder_size, open_oxigraph, write_failure
from kg.store.results import QueryResult, records
from kg.store.sparql import UPDATE_REFUSED, is_update, syntax_message
from kg.store.writes import GraphTriple, new_graph_nquads, nquads_as_sparql, remove_update, statement

__all__ = ["Store", "iter_triples"]


# What documents share: the descriptions of actors, places and extraction runs (not which document mentions
# them).  Statements with these subjects are worth remembering as in the merged default graph (Store._known).
_SHARED_SUBJECTS = tuple(f"<{ID_BASE}{kind}/" for kind in SHARED_KINDS)
_MENTIONED_IN = f" <{KG.mentionedIn}> "
# Statements remembered at most: 235 bytes each (137 characters on average), so ~6 MB; 1,000 articles give
# 22,900.  Past it the memory is emptied and reused, so it does not grow with the store (docs/BUILD.md).
_KNOWN_MAX = 25_000
# New documents on disk go in through Oxigraph's bulk loader: it sorts the quads into one SST file per index and
# hands them all to RocksDB in ONE ingestion, which is atomic across the indexes, for up to 1,000,000 quads (its
# chunk; a bigger load would be several ingestions).  It cost 30% less CPU than a transactional load of the same
# batches, measured (docs/BUILD.md).  Batches with more quads than this, and stores in memory, take a transaction.
_BULK_MAX_QUADS = 500_000


def _named_node(graph: str | URIRef) -> ox.NamedNode:
    try:
        return ox.NamedNode(str(graph))
    except ValueError as e:
        raise StoreError(f"not a valid graph IRI: {str(graph)!r} ({e})") from None


# ---------------------------------------------------------------------------------------------
# the store


class Store:
    """An Oxigraph store holding one named graph per document.

    Open with :meth:`open` (persistent) or :meth:`memory` (tests, benchmarks); use as a context
    manager or call :meth:`close`.  Queries see the union of all graphs as their default graph.
    """

    def __init__(
        self, inner: ox.Store, *, path: Path | None = None, read_only: bool = False, known: set[str] | None = None
    ) -> None:
        self._inner: ox.Store | None = inner
        self.path = path
        self.read_only = read_only
        self._key: str | None = None
        self._opened: Opened | None = None  # the shared handle of a store folder
        # Shared statements (actor, place and run descriptions, as N-Triples text) known to be in
        # the merged default graph, so that a new document does not write them there again: in
        # Oxigraph a duplicate write costs about what a new one does, and over a quarter of a
        # document's statements describe actors other documents have described already.
        # Forgotten whenever triples may have left the default graph; one set per Oxigraph handle.
        self._known: set[str] = set() if known is None else known

    # --- lifecycle ---------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, create: bool = True, read_only: bool = False) -> Store:
        """Open (or with ``create``, make) the store at folder ``path``.

        Raises StoreError when it is missing (and ``create`` is false or ``read_only``), is not a
        store, or another process is writing to it.
        """
        p = Path(path).expanduser()
        key = os.path.realpath(p)
        with OPEN_LOCK:
            opened = OPEN.get(key)
            if opened is not None:
                if opened.read_only and not read_only:
                    raise StoreError(f"the store at {p} is open read-only in this process; close it first")
                opened.count += 1
            else:
                opened = OPEN[key] = open_oxigraph(p, create=create, read_only=read_only)
        store = cls(opened.inner, path=p, read_only=read_only, known=opened.known)
        store._key, store._opened = key, opened
        return store

    @classmethod
    def memory(cls) -> Store:
        """A new empty store in memory, gone when closed."""
        return cls(ox.Store())

    def close(self) -> None:
        """Release the store (and, when the last handle in this process closes, its lock)."""
        if self._inner is None:
            return
        self._inner = None
        opened, self._opened = self._opened, None
        if self._key is not None and opened is not None:
            with OPEN_LOCK:
                opened.count -= 1
                if opened.count > 0:
                    return
                # RocksDB closes (and unlocks) when the last reference goes.
                del OPEN[self._key]
                if opened.lease is not None:
                    opened.lease.release()
                elif not opened.read_only and self.path is not None:
                    try:
                        snapshots.closing(self.path)  # readers elsewhere see what was written
                    except OSError as e:
                        raise write_failure(self.path, e) from None

    def reopen(self) -> None:
        """Close this writer's Oxigraph handle and open the folder again, unless shared (:func:`disk.reopen`)."""
        if self._opened is not None and self.path is not None and not self.read_only:
            self._inner = None  # the other references go in disk.reopen, and RocksDB closes
            self._inner = disk.reopen(self._opened, self.path)

    def stale(self) -> bool:
        """True when this read-only store no longer shows the newest committed state: open it again.

        A reader opened beside a running writer reads the writer's snapshot of that moment; the writer
        publishes newer ones as it commits (every few seconds, and when it closes).  A long-lived reader
        (``kg serve``'s workers) asks before each query.  Costs a directory listing.
        """
        opened = self._opened
        if opened is None or not opened.read_only or self.path is None:
            return False
        if snapshots.generation(self.path) != opened.generation:
            return True
        # Reading the folder itself, and a writer has begun writing it: move to its snapshots.
        return opened.lease is None and not opened.dirty and snapshots.dirty(self.path)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # noqa: BLE001 - never raise from a finaliser at interpreter exit
            pass

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph store, for benchmarks and code that needs raw speed.

        What is done through it (a SPARQL update, say) bypasses this object, so handing it out
        forgets which statements :meth:`replace_graphs` knew to be in the default graph, and counts
        as a write for the snapshots readers see (published at :meth:`publish` or close).
        """
        self._known.clear()
        if self.path is not None and not self.read_only:
            try:
                snapshots.wrote(self.path, publish_due=False)
            except OSError as e:
                raise write_failure(self.path, e) from None
        return self._ox

    @property
    def _ox(self) -> ox.Store:
        if self._inner is None:
            raise StoreError("the store is closed")
        return self._inner

    def __repr__(self) -> str:
        where = str(self.path) if self.path else "memory"
        return f"<kg Store {where}{' read-only' if self.read_only else ''}>"

    # --- writing -----------------------------------------------------------------------------

    def _writable(self) -> ox.Store:
        if self.read_only:
            raise StoreError("the store was opened read-only; open it without read_only to change it")
        return self._ox

    def _wrote(self) -> None:
        """After a committed write: let readers in other processes see it (a snapshot, every few seconds)."""
        if self.path is not None and not self.read_only:
            try:
                snapshots.wrote(self.path)
            except OSError as e:
                raise write_failure(self.path, e) from None

    def publish(self, *, now: bool = True) -> None:
        """Publish a snapshot of what is committed, for readers in other processes (done at close anyway).  With
        ``now`` false, as after any write through this object: within :data:`snapshots.PUBLISH_EVERY` seconds, so
        a stream of small writes (updates to ``kg serve``) costs one snapshot every few seconds."""
        if self.path is not None and not self.read_only:
            try:
                (snapshots.publish if now else snapshots.wrote)(self.path)
            except OSError as e:
                raise write_failure(self.path, e) from None

    def replace_graph(self, graph: str | URIRef, triples: Iterable[GraphTriple]) -> bool:
        """Make named graph ``graph`` hold exactly ``triples``, atomically; return whether it changed.

        One transaction removes the old graph's triples from the merged default graph (those no
        other document states), drops the graph and inserts the new triples into both; a failure
        (an invalid IRI, a crash) leaves the store as it was.  A graph that already holds exactly
        ``triples`` is not rewritten (a re-run of ``kg build`` on the same input reads instead of
        writing).  Empty ``triples`` removes the graph."""
        return self.replace_graphs([(graph, triples)])[0]

    def replace_graphs(self, graphs: Iterable[tuple[str | URIRef, Iterable[GraphTriple]]]) -> list[bool]:
        """:meth:`replace_graph` for several graphs in ONE transaction; return which of them changed.

        ``kg build`` commits a batch of documents at a time: a crash loses the whole batch or
        nothing, so no document is ever half-written (docs/BUILD.md).  Triples may be tuples of
        pyoxigraph or rdflib terms, ``pyoxigraph.Triple``, or a statement already written in
        Oxigraph's N-Triples term syntax without the final dot (``"<s> <p> \"o\""``); or a graph's
        triples are one :class:`~kg.store.base.Statements` (what build workers send: a new graph goes
        into the bulk load as it is, with no work per statement here).  Each graph may appear once.  A
        triple that cannot be stored (an invalid IRI) raises StoreError, and nothing is written.
        """
        store = self._writable()
        batch: list[tuple[ox.NamedNode, Statements | dict[str, None]]] = []
        names: set[ox.NamedNode] = set()
        for graph, triples in graphs:
            g = _named_node(graph)
            if g in names:
                raise StoreError(f"graph {graph} given twice in one batch")
            names.add(g)
            try:
                batch.append(
                    (g, triples if isinstance(triples, Statements) else dict.fromkeys(map(statement, triples)))
                )
            except (ValueError, TypeError) as e:
                raise StoreError(f"cannot store a triple of graph {graph}: {e}") from None
        changed: list[bool] = []
        fresh_graphs: list[tuple[ox.NamedNode, Statements | dict[str, None]]] = []
        updates: list[str] = []
        for g, new in batch:
            # Every write registers its graph's name (tests/test_store.py), so a lookup of the name says whether the
            # graph exists.  Scanning the graph's quads instead cost a seek in every file of an index for each new
            # document, and those reads filled Oxigraph's block caches as the store grew (docs/BUILD.md, memory).
            if not store.contains_named_graph(g):
                changed.append(bool(new))
                if new:
                    fresh_graphs.append((g, new))
                continue
            # Both sides are Oxigraph's own N-Triples rendering, so equal text means equal triples
            # (blank nodes never compare equal: a graph with them is always rewritten).
            current = {f"{q.subject} {q.predicate} {q.object}" for q in store.quads_for_pattern(None, None, None, g)}
            lines = dict.fromkeys(new) if isinstance(new, Statements) else new
            if current == lines.keys() and lines:
                changed.append(False)
                continue
            changed.append(True)
            update = remove_update(g)
            if lines:
                # N-Triples term syntax is valid SPARQL, and Oxigraph's writer escapes every literal.
                body = " .\n".join(lines)
                update += f" ;\nINSERT DATA {{\n{body} .\nGRAPH {g} {{\n{body} .\n}} }}"
            updates.append(update)
        try:
            self._write_new(store, fresh_graphs, updates)
        except (SyntaxError, ValueError) as e:
            names_text = ", ".join(g.value for g, _ in batch[:3]) + (" ..." if len(batch) > 3 else "")
            raise StoreError(f"cannot write graph {names_text}: {e}") from None
        except OSError as e:
            # An I/O error is about the disk, not the documents: no retry of them one by one helps.
            raise write_failure(self.path, e) from None
        if updates or fresh_graphs:
            self._wrote()
        return changed

    def _write_new(
        self, store: ox.Store, fresh_graphs: list[tuple[ox.NamedNode, Statements | dict[str, None]]], updates: list[str]
    ) -> None:
        """Run ``updates`` and add the graphs not yet in the store, in one transaction."""
        known = self._known
        if updates or len(known) > _KNOWN_MAX:
            known.clear()  # a replaced graph may take shared statements out of the default graph
        # A new document needs no removal: its quads go in as N-Quads, in the same transaction, and
        # into the default graph only what is not known to be there already (Statements: all of it,
        # which the bulk load writes once; looking each statement up here cost more than it saved).
        fresh: list[str] = []
        learnt: set[str] = set()  # shared statements this transaction puts in the default graph
        quads = 0
        for g, new in fresh_graphs:
            if isinstance(new, Statements) and not updates:
                fresh.append(new_graph_nquads(g, new))
                quads += 2 * len(new)
                continue
            for line in new:
                quads += 1
                if line in known or line in learnt:
                    fresh.append(f"{line} {g} .\n")
                    continue
                quads += 1
                fresh.append(f"{line} {g} .\n{line} .\n")
                if line.startswith(_SHARED_SUBJECTS) and _MENTIONED_IN not in line:
                    learnt.add(line)
        if updates:
            if fresh:
                updates.append("INSERT DATA {\n" + nquads_as_sparql(fresh) + "\n}")
            store.update(" ;\n".join(updates))
        elif fresh:
            data = "".join(fresh).encode("utf-8")
            # Statements are Oxigraph's own rendering of terms it validated: lenient skips checking them again.
            lenient = all(isinstance(new, Statements) for _, new in fresh_graphs)
            if self.path is not None and quads <= _BULK_MAX_QUADS:
                store.bulk_load(data, ox.RdfFormat.N_QUADS, lenient=lenient)
            else:
                store.load(data, ox.RdfFormat.N_QUADS, lenient=lenient)
        known.update(learnt)  # only once they are written

    def patch_graph(self, graph: str | URIRef, *, remove: Iterable[GraphTriple], add: Iterable[GraphTriple]) -> None:
        """Take ``remove`` out of named graph ``graph`` and put ``add`` in, in one transaction (for derived graphs
        that change a little at a time: incidents); the merged graph loses what no named graph states any more.
        A patch that only adds, on disk, is one bulk load (atomic, like a new document's): a transaction would hold
        every statement, and RocksDB's lock on each key, in memory until it commits (docs/BUILD.md)."""
        store = self._writable()
        g = _named_node(graph)
        try:
            gone = list(dict.fromkeys(statement(t) for t in remove))
            new = list(dict.fromkeys(statement(t) for t in add))
        except (ValueError, TypeError) as e:
            raise StoreError(f"cannot store a triple of graph {graph}: {e}") from None
        updates = []
        if gone:
            body = " .\n".join(gone)
            values = "\n".join(f"({line})" for line in gone)
            updates.append(f"DELETE DATA {{ GRAPH {g} {{\n{body} .\n}} }}")
            updates.append(
                f"DELETE {{ ?s ?p ?o }} WHERE {{ VALUES (?s ?p ?o) {{\n{values}\n}} ?s ?p ?o "
                "FILTER NOT EXISTS { GRAPH ?other { ?s ?p ?o } } }"
            )
            self._known.clear()
        if new and (gone or self.path is None or 2 * len(new) > _BULK_MAX_QUADS):
            body = " .\n".join(new)
            updates.append(f"INSERT DATA {{\n{body} .\nGRAPH {g} {{\n{body} .\n}} }}")
        if not new and not gone:
            return
        try:
            if updates:
                store.update(" ;\n".join(updates))
            else:
                store.bulk_load("".join(f"{line} {g} .\n{line} .\n" for line in new).encode(), ox.RdfFormat.N_QUADS)
        except (SyntaxError, ValueError) as e:
            raise StoreError(f"cannot write graph {g.value}: {e}") from None
        except OSError as e:
            raise write_failure(self.path, e) from None
        self._wrote()

    def remove_graph(self, graph: str | URIRef) -> None:
        """Remove named graph ``graph`` and the triples only it stated (no error when absent)."""
        try:
            self._known.clear()
            self._writable().update(remove_update(_named_node(graph)))
        except OSError as e:
            raise StoreError(f"cannot remove graph {graph}: {e}") from None
        self._wrote()

    def rebuild_default_graph(self) -> None:
        """Recompute the merged default graph from the document graphs, in one transaction.

        Needed after :meth:`load`, or when another tool wrote the store's named graphs.
        """
        self._known.clear()
        try:
            self._writable().update("DROP SILENT DEFAULT ; INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
        except OSError as e:
            raise StoreError(f"cannot rebuild the default graph: {e}") from None
        self._wrote()

    def load(self, data: bytes | str | BinaryIO, *, format: str = "nquads", graph: str | None = None) -> None:
        """Add serialized RDF (an N-Quads or TriG export; triples formats go into ``graph``).

        For restoring an export or loading benchmark data; kg build uses :meth:`replace_graph`.
        The load is one transaction and the merge another, so a crash between them leaves the
        default graph stale until :meth:`rebuild_default_graph`.
        """
        fmt = _format(format)
        if not fmt.supports_datasets and not graph:
            raise StoreError(f"{format} has no graphs: pass the document graph to load it into")
        to_graph = _named_node(graph) if graph and not fmt.supports_datasets else None
        try:
            self._writable().load(data, format=fmt, to_graph=to_graph)
        except (SyntaxError, OSError) as e:
            raise StoreError(f"cannot load the {format} data: {e}") from None
        self.rebuild_default_graph()

    def flush(self) -> None:
        """Make sure every write so far is on disk."""
        try:
            self._writable().flush()
        except OSError as e:
            raise write_failure(self.path, e) from None

    # --- upkeep ------------------------------------------------------------------------------

    def optimize(self) -> None:
        """Compact the store's files (RocksDB's full compaction), as ``oxigraph optimize`` does.

        Rebuilds leave superseded versions of quads in older files until RocksDB merges them; after
        many rebuilds this makes the store smaller on disk and its reads touch fewer files.
        """
        if self.path is None:
            return  # in memory there are no files to compact
        try:
            self._writable().optimize()
        except (OSError, RuntimeError) as e:
            raise write_failure(self.path, e) from None

    def backup(self, target: str | os.PathLike[str]) -> Path:
        """Copy the store, as it is now, to the new folder ``target``: a store of its own that answers the same
        queries.  RocksDB's checkpoint: files are hard-linked when ``target`` is on the same filesystem (a backup
        then costs almost no space until the store changes) and copied otherwise.  Works on a read-only handle, so
        a store being served can be backed up; returns the folder.
        """
        if self.path is None:
            raise StoreError("a store in memory has no files to back up; export it with kg export instead")
        folder = Path(target).expanduser()
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise StoreError(f"{folder} already exists; give a new (or empty) folder to back the store up to")
        if os.path.realpath(folder).startswith(os.path.realpath(self.path) + os.sep):
            raise StoreError(f"{folder} is inside the store; back it up to a folder outside {self.path}")
        try:
            if folder.exists():
                folder.rmdir()  # the checkpoint makes the folder itself, and refuses one that exists
            self._ox.backup(str(folder))
        except (OSError, RuntimeError) as e:
            raise StoreError(f"cannot back up the store to {folder}: {e}; {advice(e)}") from None
        return folder

    # --- reading -----------------------------------------------------------------------------

    def graphs(self) -> list[str]:
        """The names of the document graphs, sorted (derived graphs such as the incidents graph are not documents)."""
        return sorted(
            g.value
            for g in self._ox.named_graphs()
            if isinstance(g, ox.NamedNode) and g.value.startswith(DOCUMENT_BASE)
        )

    def __contains__(self, graph: object) -> bool:
        return isinstance(graph, str) and self._ox.contains_named_graph(_named_node(graph))

    def __len__(self) -> int:
        """The number of distinct triples (the merged default graph)."""
        return sum(1 for _ in self._ox.quads_for_pattern(None, None, None, ox.DefaultGraph()))

    def raw_query(self, sparql: str, *, bindings: Mapping[str, Term] | None = None):  # noqa: ANN201
        """Run ``sparql`` as :meth:`query` does but return pyoxigraph's lazy result.

        For callers that stream big results (network building, export) without converting every
        term to rdflib.
        """
        subs: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] | None = None
        if bindings:
            try:
                subs = {ox.Variable(k.lstrip("?$")): to_oxigraph(v) for k, v in bindings.items()}
            except (ValueError, TypeError) as e:
                raise QueryError(f"bad binding: {e}") from None
        try:
            return self._ox.query(sparql, prefixes=PREFIXES, substitutions=subs)
        except SyntaxError as e:
            raise QueryError(UPDATE_REFUSED if is_update(sparql) else syntax_message(sparql, e)) from None
        except RuntimeError as e:
            # pyoxigraph substitutes only variables the query projects (SPARQL SEP-0007).
            names = ", ".join(f"?{k.lstrip('?$')}" for k in bindings or ())
            raise QueryError(
                f"{e}; a bound variable ({names}) must be in the SELECT list (or use SELECT *), "
                "and with GROUP BY also in the GROUP BY"
            ) from None
        except OSError as e:
            raise StoreError(f"cannot read the store: {e}") from None

    def query(self, sparql: str, *, bindings: Mapping[str, Term] | None = None) -> QueryResult:
        """Run SPARQL query ``sparql`` and return its whole result (pyoxigraph terms, :mod:`kg.store.results`).

        The default graph is the merge of all document graphs (an actor described in many
        documents is one set of triples); ``GRAPH ?doc { ... }`` reaches single documents.  kg's
        prefixes (kg:, kgid:, sem:, ...) need no PREFIX
        lines.  ``bindings`` fix variables to terms before the query runs (``{"target":
        URIRef(...)}``), which is safe: a value is always a term, never query text.  Raises
        QueryError for a malformed query or an update.
        """
        raw = self.raw_query(sparql, bindings=bindings)
        try:
            return records(raw)
        except OSError as e:
            raise QueryError(f"the query failed while running: {e}") from None
        except TypeError as e:
            raise QueryError(str(e)) from None

    def dump(self, output: BinaryIO | None = None, *, format: str = "turtle", graph: str | None = None) -> bytes | None:
        """Write the store to ``output`` (or return bytes when it is None).

        Turtle and N-Triples hold the union of all graphs, each triple once; N-Quads, TriG and
        JSON-LD keep the document graphs.  With ``graph``, only that document graph is written.
        """
        fmt = _format(format)
        store = self._ox
        try:
            if graph is not None:
                g = _named_node(graph)
                if not store.contains_named_graph(g):
                    raise StoreError(f"no graph {graph} in the store; `kg query` lists graphs with GRAPH ?g")
                return store.dump(output, fmt, from_graph=g, prefixes=writer_prefixes(fmt))
            if fmt.supports_datasets:
                # The merged default graph is derived data; datasets carry the document graphs only.
                quads = (q for q in store if not isinstance(q.graph_name, ox.DefaultGraph))
                return ox.serialize(quads, output, fmt, prefixes=writer_prefixes(fmt))
            return store.dump(output, fmt, from_graph=ox.DefaultGraph(), prefixes=writer_prefixes(fmt))
        except OSError as e:
            raise StoreError(f"cannot export the store: {e}") from None

    def stats(self) -> StoreStats:
        """Counts of documents, quads, distinct triples, events by type, actors and places."""
        store = self._ox
        events: Counter[str] = Counter()

        def select(sparql: str) -> ox.QuerySolutions:
            result = store.query(sparql, prefixes=PREFIXES)
            assert isinstance(result, ox.QuerySolutions)  # a SELECT query answers with solutions
            return result

        for sol in select(
            f"SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a ?type . FILTER(?type IN ({event_classes()})) }} "
            "GROUP BY ?type"
        ):
            events[sol["type"].value.rsplit("#", 1)[-1]] = int(sol["n"].value)

        def count(where: str) -> int:
            sol = next(iter(select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")))
            return int(sol["n"].value)

        return StoreStats(
            path=str(self.path) if self.path else None,
            documents=sum(1 for g in store.named_graphs() if g.value.startswith(DOCUMENT_BASE)),
            quads=count("GRAPH ?g { ?s ?p ?o }"),
            triples=count("?s ?p ?o"),
            events=dict(sorted(events.items())),
            incidents=count(f"SELECT DISTINCT ?i WHERE {{ ?i a <{KG.Incident}> }}"),
            actors=count(f"SELECT DISTINCT ?a WHERE {{ ?a a <{KG.Actor}> }}"),
            places=count(f"SELECT DISTINCT ?a WHERE {{ ?a a <{KG.Place}> }}"),
            size_bytes=folder_size(self.path) if self.path else 0,
            loaded={
                g.value: sum(1 for _ in store.quads_for_pattern(None, None, None, g))
                for g in sorted(store.named_graphs(), key=str)
                if isinstance(g, ox.NamedNode) and not g.value.startswith(DOCUMENT_BASE) and g.value != INCIDENTS_GRAPH
            },
        )


def _format(name: str) -> ox.RdfFormat:
    try:
        return rdf_format(name, formats=EXPORT_FORMATS).oxigraph
    except ValueError as e:
        raise StoreError(str(e)) from None


def iter_triples(store: Store, *, graph: str | None = None) -> Iterator[tuple[Term, Term, Term]]:
    """The triples of the merged default graph (or of document ``graph``) as rdflib terms."""
    g = _named_node(graph) if graph else ox.DefaultGraph()
    for q in store.oxigraph.quads_for_pattern(None, None, None, g):
        yield from_oxigraph(q.subject), from_oxigraph(q.predicate), from_oxigraph(q.object)
