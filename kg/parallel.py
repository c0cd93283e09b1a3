"""Ordered, bounded parallel map over chunks of work, for ``kg build --jobs N``.

Why not spaCy's ``nlp.pipe(n_process=N)``: it parses in workers but sends every ``Doc`` back to
the parent, where kg's extraction and RDF would then run on one core.  Here each worker parses,
extracts and makes the triples of a whole chunk, and the parent only writes: the store has one
writer, and results come back in input order, so ``--jobs 2`` writes exactly what ``--jobs 1``
writes.

Workers are forked, so they share the parent's loaded spaCy pipeline copy-on-write instead of
loading the model again; state for them is put in :data:`STATE` before :func:`ordered_map` starts.
At most ``2 * jobs`` chunks are in flight, so memory stays flat on any input size (``Pool.imap``
would read the whole input ahead).
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

STATE: dict[str, Any] = {}
"""What workers need (the spaCy pipeline, options), set by the parent before the workers fork."""


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of ``size`` consecutive items (the last may be shorter), read lazily."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def can_fork() -> bool:
    """Whether worker processes can be forked here (POSIX); elsewhere ``--jobs`` falls back to 1."""
    return "fork" in multiprocessing.get_all_start_methods()


def ordered_map(fn: Callable[[T], R], chunks: Iterable[T], *, jobs: int) -> Iterator[R]:
    """``fn(chunk)`` for every chunk, in input order, computed by ``jobs`` forked processes.

    ``fn`` must be a module-level function; it reads what it needs from :data:`STATE`.  Reading
    ahead stops at ``2 * jobs`` unfinished chunks.  Closing the iterator (or an exception in the
    caller) terminates the workers.
    """
    if jobs <= 1 or not can_fork():
        yield from map(fn, chunks)
        return
    ctx = multiprocessing.get_context("fork")
    pool = ctx.Pool(jobs)
    try:
        window: deque = deque()
        for chunk in chunks:
            window.append(pool.apply_async(fn, (chunk,)))
            if len(window) >= 2 * jobs:
                yield window.popleft().get()
        while window:
            yield window.popleft().get()
        pool.close()
    finally:
        pool.terminate()
        pool.join()
