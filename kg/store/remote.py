"""kg's store on a SPARQL 1.1 server (Virtuoso, Fuseki, GraphDB, ...), for graphs past one machine.

:class:`RemoteStore` has the interface the CLI and :mod:`kg.network` use from
:class:`kg.store.embedded.Store` (``open``, context manager, ``close``, ``replace_graph``, ``graphs``,
``query``, ``raw_query``, ``dump``, ``stats``), speaking only standard protocols:

- reads: the SPARQL 1.1 Protocol (POST ``query=``), asking for
  ``application/sparql-results+json`` or ``application/n-triples`` (never the server's default,
  which may be RDF/XML);
- writes: the Graph Store Protocol, ``PUT`` of a document graph as N-Triples, which replaces
  that graph in one request; for servers without it, SPARQL 1.1 Update
  (``DROP SILENT GRAPH`` then ``INSERT DATA`` in batches of at most 1,000 triples, because
  Virtuoso fails on an ``INSERT DATA`` of more than about 1,400 triples).

Layout is the embedded store's: one named graph per document, plus a *merged graph*
(:data:`MERGED_GRAPH`) holding every distinct triple once, which queries get as their default
graph through the protocol's ``default-graph-uri``.  Why a merged graph rather than the server's
own default graph: on Virtuoso a query without FROM also sees its system graphs (about 2,500
triples of ``virtrdf:`` and friends), and it matches a triple once *per graph* stating it (an
actor's label in 500 documents matches 500 times), so counts and joins would differ from the
embedded store.  docs/REMOTE.md has the measurements and what is atomic where.

>>> with RemoteStore.open("http://127.0.0.1:8890/sparql") as store:     # doctest: +SKIP
...     store.replace_graph(document_iri("a1"), triples)
...     store.query("SELECT (COUNT(*) AS ?n) { ?e a kg:Attack }")
"""

from __future__ import annotations

import os
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import URIRef

from kg.errors import QueryError, StoreError
from kg.rdf.formats import EXPORT_FORMATS, rdf_format, writer_prefixes
from kg.rdf.terms import Term, to_oxigraph
from kg.rdf.vocab import ID_BASE, KG, PREFIXES
from kg.store.base import StoreStats, event_classes
from kg.store.geometry import results_from_virtuoso, triple_from_virtuoso
from kg.store.results import QueryResult, records
from kg.store.shape import query_shape
from kg.store.sparql import bind, check_query

__all__ = ["RemoteStore", "MERGED_GRAPH", "DOCUMENT_GRAPH_BASE"]

DOCUMENT_GRAPH_BASE = f"{ID_BASE}doc/"
"""Every document graph's name starts with this (see :func:`kg.rdf.iri.document_iri`)."""
MERGED_GRAPH = f"{ID_BASE}graph/merged"
"""The graph kg keeps as the merge of all document graphs; queries see it as their default graph."""

BATCH_TRIPLES = 1_000  # per INSERT DATA: Virtuoso fails above about 1,400 ("exceeded 10000 lines")
VALUES_CHUNK = 200  # subjects per merged-graph clean-up update
TIMEOUT = 300.0  # seconds per HTTP request

_JSON = "application/sparql-results+json"
_NTRIPLES = "application/n-triples"
_KNOWN = tuple(PREFIXES.items())  # resolve kg's prefixed names in GRAPH patterns


def _default_gsp_url(endpoint: str) -> str:
    # Virtuoso serves the Graph Store Protocol next to /sparql; Fuseki and GraphDB users pass theirs.
    parts = urllib.parse.urlsplit(endpoint)
    path = parts.path.rstrip("/")
    if path.endswith("/sparql-auth"):
        path = path[: -len("/sparql-auth")] + "/sparql-graph-crud-auth"
    elif path.endswith("/sparql"):
        path = path[: -len("/sparql")] + "/sparql-graph-crud"
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def _opener(url: str, user: str | None, password: str | None) -> urllib.request.OpenerDirector:
    handlers: list[urllib.request.BaseHandler] = []
    if user:
        # Virtuoso's *-auth endpoints use digest; others (GraphDB, Fuseki behind a proxy) basic.
        manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        # For the whole server: the query, update and Graph Store URLs share the credentials.
        parts = urllib.parse.urlsplit(url)
        manager.add_password(None, f"{parts.scheme}://{parts.netloc}/", user, password or "")
        handlers += [urllib.request.HTTPDigestAuthHandler(manager), _BasicAuth(manager)]
    return urllib.request.build_opener(*handlers)


class _BasicAuth(urllib.request.HTTPBasicAuthHandler):
    """Basic auth that leaves a Digest challenge to the digest handler (urllib's raises ValueError)."""

    def http_error_401(self, req, fp, code, msg, headers):  # noqa: ANN001, ANN201
        if "basic" not in headers.get("WWW-Authenticate", "").lower():
            return None
        return super().http_error_401(req, fp, code, msg, headers)


def _server_message(error: urllib.error.HTTPError) -> str:
    try:
        body = error.read().decode("utf-8", "replace")
    except OSError:
        body = ""
    # Virtuoso answers "Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error ..." plus
    # the query echoed back: the first lines say it all.
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    text = " ".join(lines[:2]) or error.reason or ""
    return text[:300]


@dataclass(frozen=True)
class _Response:
    body: bytes
    content_type: str
    headers: Mapping[str, str]


class RemoteStore:
    """kg's store on a SPARQL 1.1 server: one named graph per document plus a merged graph.

    Open with :meth:`open`; use as a context manager.  Credentials come from ``user`` and
    ``password`` or the environment (KG_STORE_USER, KG_STORE_PASSWORD), for basic or digest auth.
    """

    def __init__(
        self,
        endpoint: str,
        *,
        update_url: str | None = None,
        gsp_url: str | None = None,
        user: str | None = None,
        password: str | None = None,
        read_only: bool = False,
        timeout: float = TIMEOUT,
    ) -> None:
        self.endpoint = endpoint
        self.update_url = update_url or endpoint
        # "" means: this server has no Graph Store Protocol, write with SPARQL Update only.
        self.gsp_url = _default_gsp_url(endpoint) if gsp_url is None else gsp_url
        self.read_only = read_only
        self.path = endpoint  # what messages and StoreStats show as the store's location
        self.timeout = timeout
        self._opener = _opener(endpoint, user, password)
        self._closed = False

    # --- lifecycle ---------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        endpoint: str,
        *,
        create: bool = True,
        read_only: bool = False,
        update_url: str | None = None,
        gsp_url: str | None = None,
        user: str | None = None,
        password: str | None = None,
    ) -> RemoteStore:
        """Connect to the SPARQL endpoint ``endpoint``; raises StoreError when it does not answer.

        ``update_url`` (default: ``endpoint``; env KG_STORE_UPDATE_URL) takes SPARQL Updates;
        ``gsp_url`` (default: Virtuoso's ``/sparql-graph-crud`` next to ``/sparql``; env
        KG_STORE_GSP_URL; ``""`` or ``none`` for SPARQL Update only) takes Graph Store Protocol
        requests.  ``create`` is accepted for symmetry with :meth:`kg.store.embedded.Store.open`: a server
        needs no creating.
        """
        del create
        gsp = gsp_url if gsp_url is not None else os.environ.get("KG_STORE_GSP_URL")
        if gsp is not None and gsp.strip().lower() in ("", "none"):
            gsp = ""
        store = cls(
            endpoint,
            update_url=update_url or os.environ.get("KG_STORE_UPDATE_URL") or None,
            gsp_url=gsp,
            user=user if user is not None else os.environ.get("KG_STORE_USER"),
            password=password if password is not None else os.environ.get("KG_STORE_PASSWORD"),
            read_only=read_only,
        )
        store._select("ASK {}")  # fail now, with a clear message, if nothing answers
        return store

    def close(self) -> None:
        """Forget the connection (HTTP requests are not kept open between calls)."""
        self._closed = True

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def oxigraph(self) -> ox.Store:
        """Not available: there is no local Oxigraph store behind a SPARQL server."""
        raise StoreError(
            f"{self.endpoint} is a SPARQL server: SPARQL updates through kg and other raw-engine calls work on "
            "the embedded store only; send updates to the server directly"
        )

    def __repr__(self) -> str:
        return f"<kg RemoteStore {self.endpoint}{' read-only' if self.read_only else ''}>"

    # --- HTTP --------------------------------------------------------------------------------

    def _request(
        self,
        url: str,
        *,
        method: str = "GET",
        data: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        what: str = "request",
    ) -> _Response:
        if self._closed:
            raise StoreError("the store is closed")
        request = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}))
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                return _Response(response.read(), response.headers.get("Content-Type", ""), response.headers)
        except urllib.error.HTTPError as e:
            if e.code in (401, 403):
                raise StoreError(
                    f"the SPARQL server at {url} refused the {what} (HTTP {e.code}); set KG_STORE_USER and "
                    "KG_STORE_PASSWORD, or grant the user SPARQL_UPDATE for writes"
                ) from None
            raise _HTTPFailure(e.code, _server_message(e)) from None
        except (urllib.error.URLError, OSError) as e:
            reason = getattr(e, "reason", e)
            raise StoreError(
                f"cannot reach the SPARQL server at {url}: {reason}; check its address and that the server is running"
            ) from None

    def _post_query(self, sparql: str, *, accept: str, dataset: bool = True) -> _Response:
        params = [("query", sparql)]
        shape = query_shape(sparql, _KNOWN) if dataset else None
        if dataset and not (shape is not None and shape.has_dataset):
            # The merged graph is the default graph, unless the query's own FROM/FROM NAMED say
            # otherwise.  Virtuoso then (as the protocol says) hides named graphs not listed, except
            # to GRAPH ?g: so the graphs the query's GRAPH patterns name are listed.
            params.append(("default-graph-uri", MERGED_GRAPH))
            params += [("named-graph-uri", g) for g in (shape.graph_iris if shape is not None else ())]
        form = urllib.parse.urlencode(params).encode()
        try:
            return self._request(
                self.endpoint,
                method="POST",
                data=form,
                what="query",
                headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"},
            )
        except _HTTPFailure as e:
            if 400 <= e.code < 500 or "SP030" in e.message or "syntax" in e.message.lower():
                raise QueryError(f"the SPARQL server rejected the query: {e.message}") from None
            raise StoreError(f"the SPARQL server failed on the query (HTTP {e.code}): {e.message}") from None

    def _solutions(self, sparql: str, *, dataset: bool = True) -> ox.QuerySolutions:
        result = self._select(sparql, dataset=dataset)
        assert isinstance(result, ox.QuerySolutions)  # a SELECT query answers with solutions
        return result

    def _select(self, sparql: str, *, dataset: bool = True) -> ox.QuerySolutions | ox.QueryBoolean:
        response = self._post_query(sparql, accept=_JSON, dataset=dataset)
        body = results_from_virtuoso(response.body)
        try:
            result = ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
        except (SyntaxError, ValueError) as e:
            raise StoreError(
                f"the SPARQL server at {self.endpoint} did not answer with SPARQL JSON results "
                f"({response.content_type or 'no content type'}): {e}"
            ) from None
        max_rows = response.headers.get("X-SPARQL-MaxRows")
        if max_rows and isinstance(result, ox.QuerySolutions):
            # Virtuoso cuts results at ResultSetMaxRows and still answers 200: a silent partial
            # answer is worse than none.
            rows = list(result)
            if len(rows) >= int(max_rows):
                raise StoreError(
                    f"the SPARQL server cut the result at {max_rows} rows (Virtuoso's ResultSetMaxRows); "
                    "raise it in virtuoso.ini [SPARQL] or add LIMIT/OFFSET to the query"
                )
            result = ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
        return result

    def _update(self, sparql: str) -> None:
        if self.read_only:
            raise StoreError("the store was opened read-only; open it without read_only to change it")
        form = urllib.parse.urlencode({"update": sparql}).encode()
        try:
            self._request(
                self.update_url,
                method="POST",
                data=form,
                what="update",
                headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": _JSON},
            )
        except _HTTPFailure as e:
            raise StoreError(
                f"the SPARQL server at {self.update_url} failed on an update (HTTP {e.code}): {e.message}"
            ) from None

    def _gsp(self, method: str, graph: str, *, data: bytes | None = None, accept: str | None = None) -> _Response:
        query = urllib.parse.urlencode({"graph": graph})
        headers = {"Content-Type": _NTRIPLES} if data is not None else {}
        if accept:
            headers["Accept"] = accept
        return self._request(
            f"{self.gsp_url}?{query}", method=method, data=data, headers=headers, what="Graph Store Protocol request"
        )

    # --- writing -----------------------------------------------------------------------------

    def replace_graph(self, graph: str | URIRef, triples: Iterable) -> bool:
        """Make document graph ``graph`` hold exactly ``triples``; return whether it changed.

        The document graph is replaced in one Graph Store Protocol PUT (SPARQL Update on servers
        without it: one request up to 1,000 triples, batches beyond), then one update brings the
        merged graph up to date.  A graph that already holds exactly ``triples`` (and whose
        triples are all in the merged graph) is not rewritten.  Empty ``triples`` removes it.
        """
        self._writable()
        g = str(graph)
        try:
            g_term = str(ox.NamedNode(g))
        except ValueError as e:
            raise StoreError(f"not a valid graph IRI: {g!r} ({e})") from None
        lines, subjects = _lines(graph, triples)
        current = self._graph_lines(g)
        if current == lines.keys() and (not lines or self._merged_holds(g_term)):
            return False
        old_subjects = {line.split(" ", 1)[0] for line in current if line.startswith("<")}
        body = "".join(line + "\n" for line in lines)
        if not lines:
            self._update(f"DROP SILENT GRAPH {g_term}")
        elif self.gsp_url:
            self._put(g, g_term, body, lines)
        else:
            self._insert_data(g_term, list(lines))
        self._merge(g_term, subjects | old_subjects)
        return True

    def replace_graphs(self, graphs: Iterable[tuple[str | URIRef, Iterable]]) -> list[bool]:
        """:meth:`replace_graph` for several graphs; return which of them changed.

        Every triple is checked before anything is written (a bad term raises StoreError and
        writes nothing), then each document is replaced on its own: a server applies each
        document's write as a unit, not the batch (docs/REMOTE.md).
        """
        checked = [(graph, list(triples)) for graph, triples in graphs]
        for graph, triples in checked:
            _lines(graph, triples)
        return [self.replace_graph(graph, triples) for graph, triples in checked]

    def patch_graph(self, graph: str | URIRef, *, remove: Iterable, add: Iterable) -> None:
        """Take ``remove`` out of ``graph``, put ``add`` in, then update the merged graph (for the incidents graph;
        requests of :data:`BATCH_TRIPLES` triples: a failure between them leaves it part-patched until a relink)."""
        self._writable()
        g_term = str(ox.NamedNode(str(graph)))
        (gone, gone_subjects), (new, new_subjects) = _lines(graph, remove), _lines(graph, add)
        for verb, lines in (("DELETE", list(gone)), ("INSERT", list(new))):
            for i in range(0, len(lines), BATCH_TRIPLES):
                chunk = "\n".join(lines[i : i + BATCH_TRIPLES])
                self._update(f"{verb} DATA {{ GRAPH {g_term} {{\n{chunk}\n}} }}")
        if gone or new:
            self._merge(g_term, gone_subjects | new_subjects)

    def flush(self) -> None:
        """Nothing to do: the server has applied every write when its request returns."""

    def remove_graph(self, graph: str | URIRef) -> None:
        """Remove document graph ``graph`` and, from the merged graph, what only it stated."""
        self.replace_graph(graph, ())

    def rebuild_default_graph(self) -> None:
        """Recompute the merged graph from the document graphs (after a bulk load, or a crash).

        One SPARQL Update; on a big server this is a long one.
        """
        self._update(
            f"DROP SILENT GRAPH <{MERGED_GRAPH}> ;\n"
            f"INSERT {{ GRAPH <{MERGED_GRAPH}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
            f'FILTER(STRSTARTS(STR(?g), "{DOCUMENT_GRAPH_BASE}")) }}'
        )

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError("the store was opened read-only; open it without read_only to change it")

    def _put(self, graph: str, g_term: str, body: str, lines: Mapping[str, None]) -> None:
        try:
            self._gsp("PUT", graph, data=body.encode("utf-8"))
        except _HTTPFailure as e:
            if e.code in (404, 405, 501):
                # No Graph Store Protocol here: use SPARQL Update from now on.
                self.gsp_url = ""
                self._insert_data(g_term, list(lines))
                return
            raise StoreError(f"the SPARQL server failed to store graph {graph} (HTTP {e.code}): {e.message}") from None

    def _insert_data(self, g_term: str, lines: list[str]) -> None:
        # Up to BATCH_TRIPLES the drop and the insert are one request, which servers apply as one
        # update; a bigger graph takes several, and a failure between them leaves it partial
        # until the next build rewrites it (the comparison in replace_graph sees the difference).
        first = lines[:BATCH_TRIPLES]
        self._update(f"DROP SILENT GRAPH {g_term} ;\nINSERT DATA {{ GRAPH {g_term} {{\n" + "\n".join(first) + "\n} }")
        for i in range(BATCH_TRIPLES, len(lines), BATCH_TRIPLES):
            chunk = "\n".join(lines[i : i + BATCH_TRIPLES])
            self._update(f"INSERT DATA {{ GRAPH {g_term} {{\n{chunk}\n}} }}")

    def _merge(self, g_term: str, subjects: set[str]) -> None:
        # Add the graph's triples to the merged graph, then drop from it the triples about the
        # old and new subjects that no document graph states any more.  VALUES keeps the
        # clean-up to this document's subjects instead of scanning the whole merged graph.
        merged = f"<{MERGED_GRAPH}>"
        ordered = sorted(subjects)
        parts = [f"INSERT {{ GRAPH {merged} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {g_term} {{ ?s ?p ?o }} }}"]
        for i in range(0, len(ordered), VALUES_CHUNK):
            values = " ".join(ordered[i : i + VALUES_CHUNK])
            parts.append(
                f"DELETE {{ GRAPH {merged} {{ ?s ?p ?o }} }} WHERE {{ VALUES ?s {{ {values} }} "
                f"GRAPH {merged} {{ ?s ?p ?o }} "
                f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {merged}) }} }}"
            )
        self._update(" ;\n".join(parts))

    def _graph_lines(self, graph: str) -> set[str]:
        """Graph ``graph``'s triples in Oxigraph's N-Triples rendering (comparable with ours)."""
        data = self._construct(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}", dataset=False)
        return {f"{t.subject} {t.predicate} {t.object} ." for t in data}

    def _merged_holds(self, g_term: str) -> bool:
        result = self._select(
            f"ASK {{ GRAPH {g_term} {{ ?s ?p ?o }} FILTER NOT EXISTS {{ GRAPH <{MERGED_GRAPH}> {{ ?s ?p ?o }} }} }}",
            dataset=False,
        )
        return not bool(result)

    def _construct(self, sparql: str, *, dataset: bool = True) -> list[ox.Triple]:
        response = self._post_query(sparql, accept=_NTRIPLES, dataset=dataset)
        try:
            return [triple_from_virtuoso(q.triple) for q in ox.parse(response.body, ox.RdfFormat.N_TRIPLES)]
        except SyntaxError as e:
            raise StoreError(
                f"the SPARQL server at {self.endpoint} did not answer with N-Triples "
                f"({response.content_type or 'no content type'}): {e}"
            ) from None

    # --- reading -----------------------------------------------------------------------------

    def graphs(self) -> list[str]:
        """The names of the document graphs on the server, sorted."""
        result = self._solutions(
            f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
            f'FILTER(STRSTARTS(STR(?g), "{DOCUMENT_GRAPH_BASE}")) }}',
            dataset=False,
        )
        return sorted(sol["g"].value for sol in result)

    def __contains__(self, graph: object) -> bool:
        return isinstance(graph, str) and bool(self._select(f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}", dataset=False))

    def __len__(self) -> int:
        """The number of distinct triples (the merged graph)."""
        return self._count("?s ?p ?o")

    def _prepare(self, sparql: str, bindings: Mapping[str, Term] | None) -> tuple[str, str]:
        # Parsed once, here, by the embedded store's parser: the same syntax errors and refusal of updates, without
        # a round trip; the declared prefixes (and the dataset, in _post_query) are read from the query's tokens.
        form = check_query(sparql)
        declared = shape.prefixes if (shape := query_shape(sparql, _KNOWN)) is not None else frozenset()
        prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items() if p not in declared)
        text = prologue + sparql
        if bindings:
            # kg.store.sparql.bind puts a VALUES block of N-Triples terms (never query text) at the start
            # of the WHERE group; a trailing VALUES would need the variables projected (Virtuoso).
            text = prologue + bind(sparql, {k.lstrip("?$"): v for k, v in bindings.items()})
        return text, form

    def raw_query(self, sparql: str, *, bindings: Mapping[str, Term] | None = None):  # noqa: ANN201
        """Run ``sparql`` and return pyoxigraph's result (solutions, boolean or triples).

        The same shape :meth:`kg.store.embedded.Store.raw_query` returns, so :mod:`kg.network` works on
        either store.
        """
        text, form = self._prepare(sparql, bindings)
        if form in ("CONSTRUCT", "DESCRIBE"):
            return iter(self._construct(text))
        return self._select(text)

    def query(self, sparql: str, *, bindings: Mapping[str, Term] | None = None) -> QueryResult:
        """Run SPARQL query ``sparql`` on the server and return its whole result (the store's pyoxigraph terms,
        :mod:`kg.store.results`).

        The default graph is kg's merged graph; kg's prefixes need no PREFIX lines; ``bindings``
        fix variables to terms (sent as a VALUES block).  Raises QueryError for a malformed
        query or an update, StoreError when the server fails or cuts the result short.
        """
        return records(self.raw_query(sparql, bindings=bindings))

    def quads(self, graph: str) -> list[ox.Quad]:
        """Document graph ``graph``'s triples as quads in that graph (for exports and shards)."""
        g = ox.NamedNode(graph)
        triples = self._construct(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}", dataset=False)
        return [ox.Quad(t.subject, t.predicate, t.object, g) for t in triples]

    def iter_quads(self) -> Iterator[ox.Quad]:
        """Every document graph's quads, one document at a time (each request stays small)."""
        for graph in self.graphs():
            yield from self.quads(graph)

    def dump(self, output: BinaryIO | None = None, *, format: str = "turtle", graph: str | None = None) -> bytes | None:
        """Write the store to ``output`` (or return bytes when it is None), as Store.dump does.

        Turtle and N-Triples hold the merged graph; N-Quads, TriG and JSON-LD the document
        graphs, fetched one document per request so no server result limit cuts them.
        """
        try:
            fmt = rdf_format(format, formats=EXPORT_FORMATS).oxigraph
        except ValueError as e:
            raise StoreError(str(e)) from None
        prefixes = writer_prefixes(fmt)
        if graph is not None:
            quads = self.quads(graph)
            if not quads:
                raise StoreError(f"no graph {graph} in the store; `kg query` lists graphs with GRAPH ?g")
            if not fmt.supports_datasets:
                return ox.serialize([q.triple for q in quads], output, fmt, prefixes=prefixes)
            return ox.serialize(quads, output, fmt, prefixes=prefixes)
        if fmt.supports_datasets:
            return ox.serialize(self.iter_quads(), output, fmt, prefixes=prefixes)
        # The merged graph, deduplicated here as well: per-document fetches cannot be cut short.
        seen: dict[ox.Triple, None] = {}
        for q in self.iter_quads():
            seen[q.triple] = None
        return ox.serialize(seen, output, fmt, prefixes=prefixes)

    def _count(self, where: str, *, dataset: bool = True) -> int:
        result = self._solutions(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}", dataset=dataset)
        return int(next(iter(result))["n"].value)

    def stats(self) -> StoreStats:
        """Counts of documents, quads, distinct triples, events by type, actors and places."""
        events: Counter[str] = Counter()
        for sol in self._solutions(
            f"SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a ?type . FILTER(?type IN ({event_classes()})) }} "
            "GROUP BY ?type"
        ):
            events[sol["type"].value.rsplit("#", 1)[-1]] = int(sol["n"].value)
        in_documents = f'FILTER(STRSTARTS(STR(?g), "{DOCUMENT_GRAPH_BASE}"))'
        return StoreStats(
            path=self.endpoint,
            documents=len(self.graphs()),
            quads=self._count(f"GRAPH ?g {{ ?s ?p ?o }} {in_documents}", dataset=False),
            triples=self._count("?s ?p ?o"),
            events=dict(sorted(events.items())),
            incidents=self._count(f"SELECT DISTINCT ?i WHERE {{ ?i a <{KG.Incident}> }}"),
            actors=self._count(f"SELECT DISTINCT ?a WHERE {{ ?a a <{KG.Actor}> }}"),
            places=self._count(f"SELECT DISTINCT ?a WHERE {{ ?a a <{KG.Place}> }}"),
            size_bytes=0,
        )


def _lines(graph: object, triples: Iterable) -> tuple[dict[str, None], set[str]]:
    """The triples as N-Triples lines, and their IRI subjects.

    A triple is a tuple of terms (pyoxigraph's or rdflib's), a ``pyoxigraph.Triple``, or a statement
    already in Oxigraph's N-Triples term syntax without the final dot (what ``kg build`` makes:
    sent to the server as it is, never parsed again).
    """
    lines: dict[str, None] = {}
    subjects: set[str] = set()
    subject: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
    try:
        for t in triples:
            if isinstance(t, str):
                lines[t + " ."] = None
                if t.startswith("<"):
                    subjects.add(t[: t.index(">") + 1])
                continue
            if isinstance(t, ox.Triple):
                subject, rest = t.subject, f"{t.predicate} {t.object}"
            else:
                s, p, o = t
                subject, rest = to_oxigraph(s), f"{to_oxigraph(p)} {to_oxigraph(o)}"
            lines[f"{subject} {rest} ."] = None
            if isinstance(subject, ox.NamedNode):
                subjects.add(str(subject))
    except (ValueError, TypeError) as e:
        raise StoreError(f"cannot store a triple of graph {graph}: {e}") from None
    return lines, subjects


class _HTTPFailure(Exception):
    """An HTTP error answer; the caller decides what it means (a fallback, a query error, ...)."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(f"HTTP {code}: {message}")
        self.code = code
        self.message = message
