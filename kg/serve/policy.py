"""What ``kg serve`` refuses before a request reaches a worker, and why: requests from where they should not come.

* **DNS rebinding.**  A page on ``evil.example`` can rebind its name to 127.0.0.1 and then read a
  local endpoint as same-origin.  Its requests still say ``Host: evil.example``, so only host
  names the server is known by are answered: IP literals, ``localhost``, this machine's names,
  and those given with ``--allow-host``.
* **Cross-site request forgery.**  A form on any page can POST ``update=DROP ALL`` to a local
  endpoint, and browsers send it without asking.  Browsers also say where it came from (``Origin``,
  ``Sec-Fetch-Site``), so an update from another origin is refused, with or without ``--cors``
  (which opens reads only).  Clients that are not browsers send neither header and are unaffected.
* **Outbound requests.**  ``SERVICE <url>`` makes the engine fetch that URL, and ``LOAD <url>``
  too: from the server's network position, on any client's behalf.  Both are off unless the
  endpoint is allowed with ``--allow-service URL`` or loading with ``--allow-load``.
"""

from __future__ import annotations

import ipaddress
import socket
from functools import cache

from kg.serve.protocol import ServeConfig
from kg.store.lexer import tokens

__all__ = ["host_refusal", "origin_refusal", "federation_refusal", "service_endpoints"]


@cache
def _own_names() -> frozenset[str]:
    names = {"localhost", "localhost.localdomain"}
    try:
        names |= {socket.gethostname().lower(), socket.getfqdn().lower()}
    except OSError:
        pass
    return frozenset(names)


def _host_name(host: str) -> str:
    """``host`` without its port and brackets, lower-cased: ``[::1]:8000`` -> ``::1``."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def host_refusal(host: str | None, config: ServeConfig) -> str | None:
    """Why a request with ``Host: host`` is refused (403), or None when the name is one this server has."""
    if host is None:
        return None  # HTTP/1.0 clients may omit it; browsers never do
    name = _host_name(host).rstrip(".")
    try:
        ipaddress.ip_address(name)
        return None  # rebinding needs a name: an address literal is what the client connected to
    except ValueError:
        pass
    if name in _own_names() or name in {h.lower() for h in config.allowed_hosts}:
        return None
    return (
        f"this endpoint does not answer to the host name {name!r} (a guard against DNS rebinding); "
        f"start kg serve with --allow-host {name} if that name is really this server"
    )


def origin_refusal(origin: str | None, fetch_site: str | None, host: str | None) -> str | None:
    """Why an update is refused (403) by its ``Origin``, ``Sec-Fetch-Site`` and ``Host``: it came from another
    origin's page."""
    site = (fetch_site or "").lower()
    if site in ("cross-site", "same-site") or (
        origin is not None and (host is None or origin.rstrip("/").lower() != f"http://{host}".lower())
    ):
        return (
            f"updates are refused from another origin ({origin or site}): a web page must not change the store; "
            "send updates from a client that is not a browser page, or from the endpoint's own page"
        )
    return None


def service_endpoints(sparql: str) -> list[str | None]:
    """The endpoint of each ``SERVICE`` in ``sparql``: its IRI, or None when it is a variable or a prefixed name."""
    toks = [t for t in tokens(sparql)]
    found: list[str | None] = []
    for i, tok in enumerate(toks):
        if tok.kind == "word" and tok.text.upper() == "SERVICE":
            j = i + 1
            if j < len(toks) and toks[j].kind == "word" and toks[j].text.upper() == "SILENT":
                j += 1
            target = toks[j].text if j < len(toks) else ""
            found.append(target[1:-1] if target.startswith("<") and target.endswith(">") else None)
    return found


def federation_refusal(sparql: str, config: ServeConfig, *, update: bool) -> str | None:
    """Why ``sparql`` is refused (403) for what it would fetch: a SERVICE not allowed, or LOAD."""
    for endpoint in service_endpoints(sparql):
        if endpoint is None:
            return "SERVICE needs a full <IRI> endpoint here (not a variable or prefixed name) to be checked"
        if endpoint not in config.allow_service:
            return (
                f"SERVICE <{endpoint}> would make this server send a request; federated queries are off. "
                f"Start kg serve with --allow-service {endpoint} to allow that endpoint"
            )
    if update and config.allow_update and not config.allow_load:
        if any(t.kind == "word" and t.text.upper() == "LOAD" for t in tokens(sparql)):
            return "LOAD would make this server fetch a URL; start kg serve with --allow-load to allow it"
    return None
