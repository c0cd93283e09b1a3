"""The exceptions kg raises on purpose.  The CLI turns each into one line on stderr and an exit code."""

from __future__ import annotations


class KgError(Exception):
    """A failure the user can fix; the message says how."""

    exit_code = 1


class InputError(KgError):
    """An input file or record cannot be read (missing, binary, not UTF-8, broken JSON)."""


class StoreError(KgError):
    """The store is missing, locked, read-only or otherwise unusable."""


class StoreWriteError(KgError):
    """The store's disk refuses writes (full, read-only, over a file size limit).

    Not a StoreError on purpose: ``kg build`` retries a batch document by document on a
    StoreError, which a full disk would turn into one failure per remaining document; this one
    stops the run with one message, and every document committed before it stays stored.
    """


class ClusterError(KgError):
    """A Dask cluster for ``kg build --cluster`` cannot be reached, has no workers, or its workers cannot run kg."""


class QueryError(KgError):
    """A SPARQL query is malformed or cannot run."""


class UsageError(KgError):
    """Options that do not fit together."""

    exit_code = 2
