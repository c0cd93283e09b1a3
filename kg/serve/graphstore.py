"""The SPARQL 1.1 Graph Store HTTP Protocol at ``/store``, with indirect and direct graph identification.

https://www.w3.org/TR/sparql11-http-rdf-update/: ``GET``/``HEAD`` read a graph, ``PUT`` replaces it,
``POST`` adds to it (``POST /store`` alone creates a new graph and answers its IRI in ``Location``),
``DELETE`` drops it.  Indirect: ``/store?graph=IRI`` names any graph, ``/store?default`` the default graph
(kg's merge of the named graphs: triples written there are kept in ``kgid:graph/default``, see
kg.store.sparql).  Direct: a graph whose IRI is under the server's ``/store/`` (``http://host:8000/store/
person/1.ttl``, or one ``POST /store`` created) is also addressed by that IRI itself, with no parameters.

Every operation runs in the query worker as SPARQL (a CONSTRUCT, an ASK, or an update with the merged
graph's rebuild), so the Graph Store obeys the endpoint's timeout, worker and write-lock rules; writes
need ``--allow-update`` and pass the same origin check as updates.  A body is parsed here by pyoxigraph
in the format its Content-Type names (multipart/form-data: each part by its own) and sent as N-Triples
inside INSERT DATA, never as text the client wrote.
"""

from __future__ import annotations

import json
import urllib.parse
import uuid
from email.parser import BytesParser
from email.policy import HTTP
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.serve.policy import origin_refusal
from kg.serve.protocol import GRAPH_TYPES
from kg.serve.workers import Job

if TYPE_CHECKING:
    from kg.serve.endpoint import _Handler

__all__ = ["graph_store"]

DEFAULT: ox.NamedNode | None = None  # the default graph, as a target


def _ask(handler: _Handler, sparql: str) -> bool:
    """The answer of ASK query ``sparql``, run by a worker."""
    out: list[bytes] = []
    failure: list[str] = []

    def emit(kind: str, payload: object) -> None:
        if kind == "data":
            out.append(payload)  # type: ignore[arg-type]
        elif kind == "error":
            failure.append(str(payload))

    handler.server.pool.run(Job("query", sparql, "application/sparql-results+json"), emit)
    if failure:
        raise RuntimeError(failure[0])
    return bool(json.loads(b"".join(out))["boolean"])


def _update(handler: _Handler, sparql: str) -> str | None:
    """Run update ``sparql`` in a worker; the error message, or None when it was applied."""
    failure: list[str] = []

    def emit(kind: str, payload: object) -> None:
        if kind == "error":
            failure.append(str(payload[1]) if isinstance(payload, tuple) else str(payload))

    handler.server.pool.run(Job("update", sparql, None), emit)
    return failure[0] if failure else None


def _triples(handler: _Handler, body: bytes) -> list[ox.Triple] | str:
    """The triples of request body ``body`` by its Content-Type, or a message saying why not."""
    content_type = handler.headers.get("Content-Type") or ""
    media = content_type.split(";")[0].strip().lower()
    if media == "multipart/form-data":
        message = BytesParser(policy=HTTP).parsebytes(
            b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
        )
        triples: list[ox.Triple] = []
        for part in message.iter_parts():  # type: ignore[attr-defined]
            payload = part.get_payload(decode=True)
            found = _parse(part.get_content_type(), payload if isinstance(payload, bytes) else b"")
            if isinstance(found, str):
                return found
            triples += found
        return triples
    return _parse(media, body)


def _parse(media: str, body: bytes) -> list[ox.Triple] | str:
    name = GRAPH_TYPES.get(media)
    if name is None:
        return f"send RDF as one of {', '.join(GRAPH_TYPES)} (or multipart/form-data of them), not {media or 'nothing'}"
    fmt = getattr(ox.RdfFormat, name)
    try:
        quads = list(ox.parse(body, fmt))
    except (SyntaxError, ValueError) as e:
        return f"the {media} body does not parse: {e}"
    return [q.triple for q in quads]


def is_store_path(path: str) -> bool:
    """Whether a request path is the Graph Store's: ``/store`` itself, or a graph's own IRI under ``/store/``."""
    return path == "/store" or path.startswith("/store/")


def graph_store(handler: _Handler) -> None:  # noqa: C901, PLR0911, PLR0912, PLR0915
    """Answer ``handler``'s request to ``/store`` or a graph under ``/store/`` (any method)."""
    method = handler.command
    if method not in ("GET", "HEAD", "PUT", "POST", "DELETE"):
        handler.server.guard.done_reading(handler.connection)
        return handler._message(405, f"{method} is not a Graph Store operation (GET, HEAD, PUT, POST, DELETE)")
    if handler._foreign_host():
        return None
    params = handler._params(urllib.parse.urlsplit(handler.path).query)
    if params is None:
        return None
    body = b""
    if method in ("PUT", "POST"):
        read = handler._body()
        if read is None:
            return None
        body = read
    handler.server.guard.done_reading(handler.connection)
    graphs, default = params.get("graph", []), "default" in params
    created = False
    path = urllib.parse.urlsplit(handler.path).path
    if path != "/store":
        if graphs or default:
            return handler._message(400, "a graph's own IRI names it; leave out ?graph and ?default")
        graphs = [handler.server.url + path.lstrip("/")]  # direct identification: the request IRI is the graph's
    if len(graphs) + default > 1:
        return handler._message(400, "name one graph: ?graph=IRI or ?default")
    if not graphs and not default:
        if method != "POST":
            return handler._message(400, "name the graph: /store?graph=IRI or /store?default")
        graphs, created = [f"{handler.server.url}store/graph/{uuid.uuid4()}"], True  # POST creates a graph
    target = DEFAULT
    if graphs:
        try:
            target = ox.NamedNode(urllib.parse.urljoin(f"{handler.server.url}store", graphs[0]))
        except ValueError as e:
            return handler._message(400, f"bad graph IRI: {e}")
    where = "{ ?s ?p ?o }" if target is None else f"{{ GRAPH {target} {{ ?s ?p ?o }} }}"
    if method in ("GET", "HEAD"):
        if target is not None and not _ask(handler, f"ASK {where}"):
            return handler._message(404, f"no graph {target.value} in the store")
        if method == "HEAD":
            media = next(iter(GRAPH_TYPES))
            return handler._send(200, b"", media)
        return handler._relay(Job("query", f"CONSTRUCT {{ ?s ?p ?o }} WHERE {where}", handler.headers.get("Accept")))
    if not handler.server.config.allow_update:
        return handler._message(403, "this store is read-only; start kg serve with --allow-update to change it")
    h = handler.headers
    why = origin_refusal(h.get("Origin"), h.get("Sec-Fetch-Site"), h.get("Host"))
    if why is not None:
        return handler._message(403, why)
    existed = target is None or _ask(handler, f"ASK {where}")
    graph = "DEFAULT" if target is None else f"GRAPH {target}"
    if method == "DELETE":
        if not existed:
            return handler._message(404, f"no graph {target.value} in the store")  # type: ignore[union-attr]
        failure = _update(handler, f"DROP {graph}")
        return handler._message(500, failure) if failure else handler._send(204, b"")
    triples = _triples(handler, body)
    if isinstance(triples, str):
        return handler._message(415 if triples.startswith("send RDF") else 400, triples)
    data = " ".join(f"{t} ." for t in triples)
    insert = f"INSERT DATA {{ {data} }}" if target is None else f"INSERT DATA {{ GRAPH {target} {{ {data} }} }}"
    update = f"DROP SILENT {graph} ; {insert}" if method == "PUT" else insert
    failure = _update(handler, update)
    if failure:
        return handler._message(500, failure)
    if created:
        handler.server.guard.done_reading(handler.connection)
        handler.send_response(201)
        handler.send_header("Location", target.value)  # type: ignore[union-attr]
        handler.send_header("Content-Length", "0")
        handler.send_header("Connection", "close")
        handler.close_connection = True
        handler.end_headers()
        return None
    return handler._send(204 if existed else 201, b"")
