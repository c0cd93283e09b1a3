"""The typer application every ``kg`` command registers on, and the helpers commands in several modules share:
opening a store and writing an output.  ``kg.cli`` and the command modules (``actor``, ``report``, ...) import it,
so no command module imports ``kg.cli`` itself."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import typer
from typer.core import TyperGroup

from kg.errors import KgError

if TYPE_CHECKING:
    from kg.store.base import GraphStore

DEFAULT_STORE = "kg-store"


class _Group(TyperGroup):
    """Turns kg's own errors (and, unless KG_DEBUG is set, bugs) into one line on stderr and an exit code."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KgError as exc:
            _fail(str(exc), code=exc.exit_code)
        except (typer.Exit, typer.Abort, KeyboardInterrupt, BrokenPipeError):
            raise
        except Exception as exc:
            # Usage errors are click exceptions (vendored inside typer since 0.25): let click show them.
            if callable(getattr(exc, "show", None)) or os.environ.get("KG_DEBUG"):
                raise
            _fail(f"unexpected {type(exc).__name__}: {exc} (set KG_DEBUG=1 for a traceback and report it)")


app = typer.Typer(
    name="kg",
    cls=_Group,
    help="Turn news text into an RDF event knowledge graph: build, query, export and rank actors.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _fail(message: str, *, code: int = 1) -> NoReturn:
    typer.echo(f"kg: error: {message}", err=True)
    raise typer.Exit(code)


def _open_store(path: str, *, create: bool = False, read_only: bool = False) -> GraphStore:
    from kg.errors import StoreError
    from kg.store.open import open_store

    store = open_store(path, create=create, read_only=read_only)
    # Nothing to read: no document graph, nor anything else (a store with only a kg load-ed ontology is fine).
    if read_only and not store.graphs() and not len(store):
        store.close()
        raise StoreError(f"the store at {path} holds no documents; run `kg build INPUT --store {path}` first")
    return store


def _write_output(data: bytes, output: Path | None) -> None:
    """Write ``data`` to ``output``, or to stdout when it is None."""
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    try:
        output.write_bytes(data)
    except OSError as exc:
        raise KgError(f"cannot write {output}: {exc.strerror or exc}") from None
