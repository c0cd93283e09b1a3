"""A plain HTTP client for the endpoint tests: status, headers and body, errors included."""

from __future__ import annotations

import urllib.error
import urllib.request


def request(
    url: str, *, data: bytes | None = None, headers: dict | None = None, method: str | None = None, timeout: float = 60
) -> tuple[int, dict, bytes]:
    """``(status, headers, body)`` of one request; HTTP error statuses are returned, not raised."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()
