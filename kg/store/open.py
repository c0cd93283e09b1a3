"""Opening a store by its location: the one place that knows both stores, so neither imports the other nor
the interface module imports them."""

from __future__ import annotations

import os

from kg.store.base import GraphStore, is_url
from kg.store.embedded import Store
from kg.store.remote import RemoteStore


def open_store(location: str | os.PathLike[str], *, create: bool = False, read_only: bool = False) -> GraphStore:
    """The store at ``location``: a SPARQL 1.1 endpoint URL, or a folder for the embedded store.

    ``create`` makes a new embedded store when the folder does not hold one yet; StoreError when
    the store is missing, in use by a writer, or the server does not answer.
    """
    if is_url(location):
        return RemoteStore.open(str(location), create=create, read_only=read_only)
    return Store.open(location, create=create, read_only=read_only)
