"""Opening an Oxigraph store folder: locks between processes, handles shared in one process, disk errors.

A read-write open takes RocksDB's lock on ``PATH/LOCK``; a read-only open takes none, so
:func:`open_oxigraph` first checks whether a writer holds it, and if one does opens the newest snapshot
the writer published instead of the folder (:mod:`kg.store.snapshots`).
Messages say what to do next in words a library caller and a command-line user both follow.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import StoreError, StoreWriteError
from kg.store import snapshots

try:  # POSIX only; elsewhere readers skip the writer check.
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

LOCK_RETRIES = 5
LOCK_WAIT = 0.05  # seconds between lock attempts: covers another reader's lock probe


SNAPSHOT_WAIT = 2.0  # seconds a reader waits for a starting writer's first snapshot


@dataclass
class Opened:
    """One Oxigraph handle of a store folder in this process, shared by every :class:`Store` of that folder."""

    inner: ox.Store
    read_only: bool
    count: int = 1
    known: set[str] = field(default_factory=set)  # see Store._known
    lease: snapshots.Lease | None = None  # a reader of a writer's snapshot holds it
    generation: int = 0  # the newest snapshot's number when opened
    dirty: bool = False  # a writer had written past the newest snapshot when opened


# Oxigraph handles open in this process, by real path, with a reference count: RocksDB refuses
# a second read-write open from the same process, and probing the lock file from a process that
# already holds it would release RocksDB's POSIX lock (closing any descriptor drops them all).
OPEN: dict[str, Opened] = {}
OPEN_LOCK = threading.Lock()


def _is_store_dir(path: Path) -> bool:
    return (path / "CURRENT").is_file()


def _writer_active(path: Path) -> bool:
    """True when another process holds RocksDB's lock on ``path``, i.e. a writer is running."""
    if fcntl is None:
        return False
    lock = path / "LOCK"
    try:
        fd = os.open(lock, os.O_RDWR)
    except OSError:
        return False  # no lock file: no writer has ever opened it since creation
    try:
        for attempt in range(LOCK_RETRIES):
            try:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                if attempt + 1 < LOCK_RETRIES:
                    time.sleep(LOCK_WAIT)
                continue
            fcntl.lockf(fd, fcntl.LOCK_UN)
            return False
        return True
    finally:
        os.close(fd)


def _in_use(path: Path) -> StoreError:
    return StoreError(
        f"the store at {path} is in use by another kg process; wait for it to finish or use another store folder"
    )


def advice(error: Exception) -> str:
    """What to do about an I/O error from RocksDB, whose messages name the cause in words."""
    text = str(error)
    if "No space left" in text or "Disk quota" in text:
        return "free disk space or use another store folder; documents stored so far are kept, and kg build resumes"
    if "Read-only file system" in text or "Permission denied" in text:
        return (
            "the store's folder is read-only here; kg query, export and serve can still read it, "
            "or use a writable store folder"
        )
    if "File too large" in text:
        return "a file size limit (ulimit -f) stopped the write; raise it or use another store folder"
    return "check the disk and the store's folder"


def write_failure(path: Path | None, error: Exception) -> StoreWriteError:
    where = f" at {path}" if path else ""
    message = " ".join(str(error).split())
    return StoreWriteError(f"cannot write to the store{where}: {message}; {advice(error)}")


def _missing(path: Path) -> StoreError:
    return StoreError(f"no kg store at {path}; run `kg build INPUT` first or open another folder")


def open_oxigraph(path: Path, *, create: bool, read_only: bool) -> Opened:
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path} is a file, not a kg store; give a folder")
    if not _is_store_dir(path):
        if read_only or not create:
            raise _missing(path)
        if path.exists() and any(path.iterdir()):
            # RocksDB would happily fill any folder with its files; a typo must not do that.
            raise StoreError(f"{path} is a folder with other files, not a kg store; pass a new or empty folder")
    if read_only:
        generation, dirty = snapshots.generation(path), snapshots.dirty(path)
        if _writer_active(path):
            return _open_snapshot(path)
        try:
            return Opened(ox.Store.read_only(str(path)), True, generation=generation, dirty=dirty)
        except OSError as e:
            raise StoreError(f"cannot read the store at {path}: {e}") from None
    for attempt in range(LOCK_RETRIES):
        try:
            store = ox.Store(str(path))
        except OSError as e:
            if "lock" not in str(e).lower():
                raise StoreError(f"cannot open the store at {path}: {e}; {advice(e)}") from None
            if attempt + 1 < LOCK_RETRIES:
                time.sleep(LOCK_WAIT)
            continue
        _remove_unfinished_bulk_files(path)
        _remove_old_info_logs(path)
        try:
            snapshots.opened(store, path)
        except OSError as e:
            del store  # releases RocksDB's lock
            raise write_failure(path, e) from None
        return Opened(store, False)
    raise _in_use(path)


def _open_snapshot(path: Path) -> Opened:
    """The newest snapshot of a store a writer holds; a starting writer gets :data:`SNAPSHOT_WAIT` to publish one."""
    deadline = time.monotonic() + SNAPSHOT_WAIT
    while True:
        found = snapshots.open_latest(path)
        if found is not None:
            inner, lease = found
            return Opened(inner, True, lease=lease, generation=lease.number)
        if time.monotonic() > deadline:
            raise _in_use(path)
        time.sleep(LOCK_WAIT)


def reopen(opened: Opened, path: Path) -> ox.Store:
    """Close this process's read-write Oxigraph handle of ``path`` and open the folder again; the new handle.

    RocksDB keeps what a handle has read and written (its block caches, and the table readers, with their index
    blocks, of the files it wrote and compacted) until the handle closes, and pyoxigraph sets no bound on either:
    in a build that memory grew about 3.5 MiB per 1,000 documents, and a new handle starts again from what opening
    the folder costs (docs/BUILD.md, "What grows in a real build").  ``kg build`` reopens every
    :data:`kg.build.jobs.REOPEN_EVERY` documents, after a flush.  Nothing is done (the same handle comes back)
    when another :class:`Store` of this process, a read-only one, or anything else holds the handle.  Between the
    close and the open RocksDB's lock is free for a moment: another writer that takes it then makes this open fail
    as for a store in use (the documents committed so far are kept, and this process's handle is gone).
    """
    with OPEN_LOCK, snapshots.held(path) as writer:
        old = opened.inner
        # The references: opened.inner, the snapshot writer's, ``old`` and getrefcount's argument.
        if opened.count > 1 or opened.read_only or sys.getrefcount(old) > 3 + (writer is not None):
            return old
        del opened.inner, old
        if writer is not None:
            del writer.inner
        for attempt in range(LOCK_RETRIES):
            try:
                opened.inner = ox.Store(str(path))
                break
            except OSError as e:
                if "lock" not in str(e).lower() or attempt + 1 == LOCK_RETRIES:
                    OPEN.pop(os.path.realpath(path), None)  # closed: a later open starts afresh
                    raise StoreError(f"cannot open the store at {path} again: {e}; {advice(e)}") from None
                time.sleep(LOCK_WAIT)
        if writer is not None:
            writer.inner = opened.inner
        _remove_old_info_logs(path)
        return opened.inner


KEEP_INFO_LOGS = 1


def _remove_old_info_logs(path: Path) -> None:
    """Delete RocksDB's info logs of earlier runs but the newest (we hold the lock: nobody else is writing them).

    RocksDB starts a new ``LOG`` at every read-write open and keeps the old one as ``LOG.old.<time>``, up
    to a thousand of them, and pyoxigraph exposes no option to change that: every ``kg build``, even one
    that changes nothing, left about 137 KB behind (measured on the seed store: 352 KB, then 556, 693 and
    830 KB after three no-op rebuilds).  They are diagnostics only, never read back.
    """
    old = sorted(path.glob("LOG.old.*"), key=lambda p: p.stat().st_mtime_ns)
    for log in old[: max(0, len(old) - KEEP_INFO_LOGS)]:
        log.unlink(missing_ok=True)


def _remove_unfinished_bulk_files(path: Path) -> None:
    """Delete SST files a killed bulk load was still writing (we hold the lock: nobody else is).

    Oxigraph writes them as ``bulk-<random>.sst`` and RocksDB takes them in under a number of its
    own, so one still under that name was never ingested (or is a second link to one that was).
    """
    for leftover in path.glob("bulk-*.sst"):
        leftover.unlink(missing_ok=True)


def folder_size(path: Path) -> int:
    """Bytes of the files under ``path``, each file once (snapshots hard-link the store's table files)."""
    total = 0
    seen: set[tuple[int, int]] = set()
    for root, _dirs, files in os.walk(path):
        for f in files:
            try:
                st = os.stat(os.path.join(root, f))
            except OSError:
                continue
            if (st.st_dev, st.st_ino) not in seen:
                seen.add((st.st_dev, st.st_ino))
                total += st.st_size
    return total
