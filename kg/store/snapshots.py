"""Readers beside a writer: the writer of a store folder publishes snapshots, and readers open those.

pyoxigraph 0.5 has no secondary instances, and opening a store read-only while another process writes
it is undefined behaviour: RocksDB's compactions delete table files the reader may still have to open.
So a writer publishes what it has committed as a RocksDB checkpoint, ``STORE/snapshots/<n>/``: hard
links to the store's table files (which RocksDB never changes, so a link keeps a file alive after a
compaction drops it) and a copy of its manifest, made by ``pyoxigraph.Store.backup`` into a temporary
name and renamed into place, so a snapshot is either whole or absent.  A snapshot costs a flush of the
writer's memtable and one link per table file (12-40 ms on a 18,000-triple store, 125 ms right after a
write; measured), and disk only for files the store itself has since dropped.

* The writer publishes when it opens the store (unless the newest snapshot is known to be current: no
  ``DIRTY`` marker, which the first write after a snapshot leaves), at most every
  :data:`PUBLISH_EVERY` seconds after a commit, and when it closes after writing.
* A reader (:func:`open_latest`) opens the newest snapshot read-only when a writer holds the store, and
  holds a shared ``flock`` on its ``READERS`` file for as long as it reads; the store folder itself when
  no writer runs.  Readers never wait for the writer and the writer never waits for readers.
* After publishing, the writer deletes the older snapshots no reader holds (an exclusive ``flock``
  that fails while any reader holds its shared one), and leftovers of a writer that was killed while
  publishing.
* ``generation`` (the newest snapshot's number) changes at every publication, so a long-lived reader
  (``kg serve``'s workers) asks :func:`generation` before each query and reopens when it moved: it sees
  newly built documents without a restart, at most :data:`PUBLISH_EVERY` seconds late during a build.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

try:  # POSIX only; elsewhere snapshots are never deleted while a reader might hold them.
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

DIR = "snapshots"
READERS = "READERS"  # in each snapshot: readers hold a shared flock on it
DIRTY = "DIRTY"  # in DIR: written since the newest snapshot (or a writer was killed)
PUBLISH_EVERY = 2.0  # seconds between snapshots while a writer commits


@dataclass
class _Writer:
    """A store folder this process holds open for writing."""

    inner: ox.Store
    path: Path
    dirty: bool = False  # written since the newest snapshot
    published: float = 0.0  # time.monotonic() of the last snapshot
    timer: threading.Timer | None = None  # publishes a write that no later write followed


# By real path.  Only this registry holds ``inner`` for publishing, and the writer's close drops it, so no
# timer keeps RocksDB (and its lock) open after the store is closed.
_WRITERS: dict[str, _Writer] = {}
_LOCK = threading.Lock()  # one publication at a time in this process


def numbers(path: Path) -> list[int]:
    """The numbers of the complete snapshots of the store at ``path``, oldest first."""
    try:
        names = os.listdir(path / DIR)
    except OSError:
        return []
    return sorted(int(name) for name in names if name.isdigit())


def generation(path: Path) -> int:
    """The newest snapshot's number (0 when there is none): it changes whenever a writer publishes."""
    found = numbers(path)
    return found[-1] if found else 0


def dirty(path: Path) -> bool:
    """True when the store was written after its newest snapshot (a writer is at work, or was killed)."""
    return (path / DIR / DIRTY).exists()


def opened(inner: ox.Store, path: Path) -> None:
    """Call when this process has opened ``path`` for writing: publish unless the newest snapshot is current."""
    with _LOCK:
        state = _WRITERS[os.path.realpath(path)] = _Writer(inner, path)
        if not numbers(path) or dirty(path):
            _publish(state)


def wrote(path: Path, *, publish_due: bool = True) -> None:
    """Call after a committed write: mark the snapshots stale, and publish once the last one is old enough.

    A write that no other follows within :data:`PUBLISH_EVERY` seconds is published by a timer.  With
    ``publish_due`` false (a write about to happen through the raw handle), only mark them.
    """
    with _LOCK:
        state = _WRITERS.get(os.path.realpath(path))
        if state is None:
            return
        if not state.dirty:
            state.dirty = True
            (path / DIR).mkdir(exist_ok=True)
            (path / DIR / DIRTY).touch()
        if not publish_due:
            return
        wait = PUBLISH_EVERY - (time.monotonic() - state.published)
        if wait <= 0:
            _publish(state)
        elif state.timer is None:
            state.timer = threading.Timer(wait, _due, (os.path.realpath(path),))
            state.timer.daemon = True
            state.timer.start()


def _due(key: str) -> None:
    with _LOCK:
        state = _WRITERS.get(key)
        if state is not None:
            state.timer = None
            if state.dirty:
                _publish(state)


@contextmanager
def held(path: Path) -> Iterator[_Writer | None]:
    """No publication while this is held: the writer of ``path`` (None if none) may change its ``inner`` handle;
    a writer left without one (its store could not be opened again) is forgotten, as a closed one is."""
    key = os.path.realpath(path)
    with _LOCK:
        writer = _WRITERS.get(key)
        try:
            yield writer
        finally:
            if writer is not None and not hasattr(writer, "inner"):
                if writer.timer is not None:
                    writer.timer.cancel()
                del _WRITERS[key]


def closing(path: Path) -> None:
    """Call before the last handle of a writer closes: publish what was written since the last snapshot."""
    with _LOCK:
        state = _WRITERS.pop(os.path.realpath(path), None)
        if state is None:
            return
        if state.timer is not None:
            state.timer.cancel()
        if state.dirty or _pins_dropped_files(state.path):
            _publish(state)


def _pins_dropped_files(path: Path) -> bool:
    """True when the newest snapshot links files the store has since dropped (tables compacted away, options).

    A writer that wrote nothing still rewrites its options file and may compact (RocksDB does at open):
    republishing then lets the old files go, so a store's snapshot costs about one manifest (~5 KB).
    """
    newest = generation(path)
    if newest == 0:
        return False
    try:
        linked = {n for n in os.listdir(path / DIR / str(newest)) if n.endswith(".sst") or n.startswith("OPTIONS-")}
        return bool(linked - set(os.listdir(path)))
    except OSError:
        return False


def publish(path: Path) -> int:
    """Make the committed state of the store at ``path``, which this process writes, its newest snapshot.

    Returns the snapshot's number.  Older snapshots that no reader holds are deleted.
    """
    with _LOCK:
        state = _WRITERS.get(os.path.realpath(path))
        if state is None:
            raise ValueError(f"the store at {path} is not open for writing in this process")
        return _publish(state)


def _publish(state: _Writer) -> int:
    root = state.path / DIR
    root.mkdir(exist_ok=True)
    number = generation(state.path) + 1
    temporary = root / f"tmp-{number}-{os.getpid()}"
    if temporary.exists():
        shutil.rmtree(temporary)
    state.inner.backup(str(temporary))  # flushes the memtable, then links the table files
    (temporary / READERS).touch()
    os.rename(temporary, root / str(number))
    state.dirty = False
    state.published = time.monotonic()
    (root / DIRTY).unlink(missing_ok=True)
    _collect(root, keep=number)
    return number


def _collect(root: Path, *, keep: int) -> None:
    """Delete the snapshots older than ``keep`` that no reader holds, and unfinished ones (we hold the writer lock)."""
    for name in os.listdir(root):
        folder = root / name
        if name.startswith("tmp-"):
            shutil.rmtree(folder, ignore_errors=True)
        elif name.isdigit() and int(name) < keep and fcntl is not None:
            try:
                fd = os.open(folder / READERS, os.O_RDONLY)
            except OSError:
                shutil.rmtree(folder, ignore_errors=True)
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                continue  # a reader holds it; the next publication tries again
            try:
                shutil.rmtree(folder, ignore_errors=True)
            finally:
                os.close(fd)


@dataclass
class Lease:
    """A reader's hold on one snapshot: its shared lock keeps the writer from deleting it."""

    number: int
    fd: int

    def release(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)  # closing the descriptor drops the flock
            self.fd = -1


def open_latest(path: Path) -> tuple[ox.Store, Lease] | None:
    """Open the newest snapshot of the store at ``path`` read-only, holding it; None when there is none."""
    for number in reversed(numbers(path)):
        readers = path / DIR / str(number) / READERS
        try:
            fd = os.open(readers, os.O_RDONLY)
        except OSError:
            continue  # deleted since it was listed: an older one or a newer listing
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            # Still the snapshot's file, not one the writer unlinked while we took the lock?
            if os.fstat(fd).st_ino != os.stat(readers).st_ino:
                raise OSError("snapshot deleted")
            inner = ox.Store.read_only(str(readers.parent))
        except OSError:
            os.close(fd)
            continue
        return inner, Lease(number, fd)
    return None
