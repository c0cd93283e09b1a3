"""Limits on connections to ``kg serve``: how many at once, and how long one may take to send its request.

A per-read socket timeout alone does not stop slowloris: a client that sends one byte every few
seconds never lets a read time out, and each such connection holds a thread and a file
descriptor (measured: 1,100 of them under ``ulimit -n 1024`` locked every client out, the accept
loop spinning at 100% CPU on EMFILE).  So every connection gets a deadline for its whole request
(line, headers and body), enforced by one reaper thread that shuts the socket down, and the
number of open connections is capped below the descriptor limit: a connection over the cap gets
an immediate 503 and is closed without being read.
"""

from __future__ import annotations

import socket
import threading
import time

try:
    import resource
except ImportError:  # pragma: no cover - not POSIX
    resource = None  # type: ignore[assignment]

_RESERVED_FDS = 64  # descriptors kept for the listening socket, worker pipes, logs and temporary files
_BUSY = (
    b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 52\r\n"
    b"Retry-After: 1\r\nConnection: close\r\n\r\ntoo many open connections to kg serve; try again soon\n"
)


def connection_cap(wanted: int) -> int:
    """``wanted``, lowered to fit under this process's open-file limit (``ulimit -n``), at least 1."""
    if resource is not None:
        soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        if soft != resource.RLIM_INFINITY:
            wanted = min(wanted, soft - _RESERVED_FDS)
    return max(1, wanted)


class ConnectionGuard:
    """Admits connections up to a cap and cuts off those that have not sent their request in time."""

    def __init__(self, *, cap: int, request_deadline: float) -> None:
        self.cap = connection_cap(cap)
        self.request_deadline = request_deadline
        self.open = 0
        self.reading: dict[socket.socket, float] = {}
        self.lock = threading.Lock()
        self.stopped = threading.Event()
        self.reaper = threading.Thread(target=self._reap, name="kg-serve-reaper", daemon=True)
        self.reaper.start()

    def admit(self, sock: socket.socket) -> bool:
        """Count ``sock`` in and start its request deadline; False (after answering 503) when over the cap."""
        with self.lock:
            if self.open >= self.cap:
                full = True
            else:
                full = False
                self.open += 1
                self.reading[sock] = time.monotonic() + self.request_deadline
        if full:
            try:
                sock.settimeout(0.5)
                sock.sendall(_BUSY)
            except OSError:
                pass
            return False
        return True

    def done_reading(self, sock: socket.socket) -> None:
        """The request is in: from now on the query timeout governs, not the request deadline."""
        with self.lock:
            self.reading.pop(sock, None)

    def release(self, sock: socket.socket) -> None:
        with self.lock:
            self.reading.pop(sock, None)
            self.open -= 1

    def close(self) -> None:
        self.stopped.set()

    def _reap(self) -> None:
        while not self.stopped.wait(0.25):
            now = time.monotonic()
            with self.lock:
                late = [sock for sock, deadline in self.reading.items() if deadline <= now]
                for sock in late:
                    del self.reading[sock]
            for sock in late:
                try:
                    # The handler's blocked read returns at once; the handler then closes the socket.
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
