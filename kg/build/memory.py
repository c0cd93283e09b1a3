"""A long build's resident memory kept flat on glibc (Linux): the C allocator's mmap threshold and trims.

spaCy's models allocate their arrays (thinc, numpy) through the C library's ``malloc``.  glibc gives a block above
its mmap threshold (128 KiB to start with) pages of its own, returned to the system when the block is freed; but when
such a block is freed it raises the threshold to that block's size (up to 32 MiB, mallopt(3)), and from then on the
parser's arrays of every batch are carved out of the heap arenas, where freed space stays with the process and
fragments.  Measured in a ``kg build`` of 1,000 articles: 68 MiB of the heap in use and 175 MiB free but kept
(docs/BUILD.md, "Memory at 1,000 and 10,000 articles").  So a build pins the threshold at glibc's starting value
(:func:`pin_mmap_threshold`, once per process) and gives free heap pages back after every batch (:func:`release`).
Elsewhere (macOS, musl, Windows) both do nothing.  What the store's own handle holds is let go by :func:`renew`.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.store.base import GraphStore

# From <malloc.h>: mallopt's parameter for the mmap threshold.
_M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 128 * 1024
"""glibc's own starting threshold; fixed, it no longer rises after a large block is freed."""


@functools.cache
def pin_mmap_threshold() -> bool:
    """Fix glibc's mmap threshold at :data:`MMAP_THRESHOLD` in this process (and processes it forks later).

    True when set; False where the C library is not glibc.  Cached: the setting holds for the process.
    """
    libc = _glibc()
    return libc is not None and libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1


def release() -> bool:
    """Give the heap's free pages back to the system (glibc's ``malloc_trim(0)``); False where there is none.

    ``kg build`` calls it after every batch it writes and every chunk a worker prepares; it costs well under a
    millisecond against the seconds a batch takes to parse.
    """
    libc = _glibc()
    return libc is not None and libc.malloc_trim(0) >= 0


def renew(store: GraphStore) -> None:
    """Close and open again an embedded store's Oxigraph handle (kg/store/disk.py: reopen): what RocksDB cached
    through it, which no option of pyoxigraph bounds, goes with it.  Other stores keep theirs."""
    from kg.store.embedded import Store

    if isinstance(store, Store):
        store.reopen()


@functools.cache
def _glibc():  # noqa: ANN202
    import ctypes

    try:
        libc = ctypes.CDLL(None)  # the process's own C library
        libc.malloc_trim.argtypes, libc.malloc_trim.restype = [ctypes.c_size_t], ctypes.c_int
        libc.mallopt.argtypes, libc.mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    except (OSError, AttributeError):
        return None  # not glibc: no malloc_trim or mallopt to call
    return libc
