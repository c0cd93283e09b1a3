"""N-Quads shards for SPARQL servers' bulk loaders (Virtuoso ``ld_dir``, Fuseki ``tdb2.tdbloader``, ...).

:func:`write_shards` splits a store's document graphs into files of at most ``shard_size`` quads,
``kg-00001.nq``, ``kg-00002.nq``, ..., keeping each document whole in one file unless the
document alone is bigger than a shard.  The merged default graph is derived data and is not
written: after a bulk load, :meth:`kg.store.remote.RemoteStore.rebuild_default_graph` recomputes it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.errors import StoreError

if TYPE_CHECKING:
    from kg.store.base import GraphStore

__all__ = ["write_shards", "SHARD_PATTERN"]

SHARD_PATTERN = "kg-{:05d}.nq"


def _documents(store: GraphStore) -> Iterator[list[ox.Quad]]:
    from kg.store.embedded import Store
    from kg.store.remote import RemoteStore

    for graph in store.graphs():
        if isinstance(store, Store):
            g = ox.NamedNode(graph)
            yield list(store.oxigraph.quads_for_pattern(None, None, None, g))
        else:
            assert isinstance(store, RemoteStore)  # the only other kind of store
            yield store.quads(graph)


def write_shards(store: GraphStore, directory: str | Path, *, shard_size: int) -> list[Path]:
    """Write the document graphs of ``store`` as N-Quads shards in ``directory``; return their paths.

    Each shard holds at most ``shard_size`` quads; documents are never split across shards unless
    one alone is bigger than ``shard_size``.  Raises StoreError when ``directory`` already holds
    shards (an old set mixed with a new one would load twice) or cannot be written.
    """
    if shard_size < 1:
        raise ValueError("shard_size must be at least 1")
    out = Path(directory)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(f"cannot create {out}: {e.strerror or e}") from None
    if any(out.glob("kg-*.nq")):
        raise StoreError(f"{out} already holds kg-*.nq shards; remove them or write to another folder")
    paths: list[Path] = []
    pending: list[ox.Quad] = []

    def flush() -> None:
        path = out / SHARD_PATTERN.format(len(paths) + 1)
        try:
            with path.open("wb") as handle:
                ox.serialize(pending, handle, ox.RdfFormat.N_QUADS)
        except OSError as e:
            raise StoreError(f"cannot write {path}: {e.strerror or e}") from None
        paths.append(path)
        pending.clear()

    for quads in _documents(store):
        if pending and len(pending) + len(quads) > shard_size:
            flush()
        # A document bigger than a shard is split: bulk loaders take quads in any order.
        while len(quads) > shard_size:
            pending.extend(quads[:shard_size])
            quads = quads[shard_size:]
            flush()
        pending.extend(quads)
        if len(pending) == shard_size:
            flush()
    if pending:
        flush()
    return paths
