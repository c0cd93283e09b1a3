"""kg optimize, kg backup, and a store that does not grow when nothing changes (issue 18)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import StoreError
from kg.rdf.iri import document_iri
from kg.store import snapshots
from kg.store.disk import folder_size
from kg.store.embedded import Store

EX = "http://example.org/"


def _fill(path: Path, *, rounds: int = 1, docs: int = 5) -> None:
    with Store.open(path) as store:
        for r in range(rounds):
            for d in range(docs):
                triples = [(URIRef(f"{EX}s{d}-{i}"), RDFS.label, Literal(f"round {r} item {i}")) for i in range(300)]
                store.replace_graph(document_iri(f"d{d}"), triples)
            store.flush()


def _quads(path: Path) -> set[str]:
    with Store.open(path, read_only=True) as store:
        return {str(q) for q in store.oxigraph.quads_for_pattern(None, None, None, None)}


def test_opening_a_store_again_and_again_does_not_pile_up_logs(tmp_path: Path) -> None:
    path = tmp_path / "store"
    _fill(path)
    Store.open(path).close()
    settled = _not_data(path)
    for _ in range(6):
        Store.open(path).close()
    # RocksDB leaves one ~137 KB info log per read-write open (LOG.old.*); kg keeps only the newest.
    assert len(list(path.glob("LOG.old.*"))) <= 1
    assert _not_data(path) < settled + 16_000  # before: +822 KB (six more logs)


def _not_data(path: Path) -> int:
    """Bytes of the store's files other than its data (RocksDB compacts SST files on its own schedule)."""
    return sum(f.stat().st_size for f in path.iterdir() if f.suffix != ".sst")


def test_a_no_op_rebuild_leaves_the_store_the_same_size(tmp_path: Path) -> None:
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": "Gunmen attacked a checkpoint in Kabul."}) + "\n", "utf-8")
    store = tmp_path / "store"
    sizes = []
    for _ in range(4):
        result = CliRunner().invoke(app, ["build", str(corpus), "--store", str(store)])
        assert result.exit_code == 0, result.stderr
        sizes.append(folder_size(store))
    # The first rebuild adds a previous log and options file; after that nothing grows (before: +137 KB a run).
    assert max(sizes[1:]) - min(sizes[1:]) < 16_000, sizes


def test_backup_opens_as_a_store_with_the_same_quads_and_answers(tmp_path: Path) -> None:
    path = tmp_path / "store"
    _fill(path, rounds=2)
    copy = tmp_path / "copy"
    reader = Store.open(path, read_only=True)  # as kg serve holds it
    try:
        result = CliRunner().invoke(app, ["backup", str(copy), "--store", str(path)])
    finally:
        reader.close()
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith(f"backed up {path} to {copy}: 5 documents")
    assert _quads(copy) == _quads(path) and len(_quads(copy)) == 2 * 5 * 300  # document graphs + merged graph
    query = "SELECT ?s ?l WHERE { ?s rdfs:label ?l } ORDER BY ?s LIMIT 5"
    with Store.open(path, read_only=True) as a, Store.open(copy, read_only=True) as b:
        assert a.query(query).rows == b.query(query).rows and len(a.query(query)) == 5
    # The copy is independent: writing to it leaves the original as it was.
    with Store.open(copy) as b:
        b.remove_graph(document_iri("d0"))
    assert len(_quads(copy)) < len(_quads(path))
    again = CliRunner().invoke(app, ["backup", str(copy), "--store", str(path)])
    assert again.exit_code == 1 and "already exists; give a new (or empty) folder" in again.stderr
    with Store.open(path, read_only=True) as store, pytest.raises(StoreError, match="inside the store"):
        store.backup(path / "sub")


def test_optimize_compacts_and_keeps_every_quad(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "store"
    # No snapshots while filling (kg/store/snapshots.py): each flushes the memtable, and how many a slow
    # machine makes would decide whether RocksDB's own compactions get there before optimize does.
    monkeypatch.setattr(snapshots, "PUBLISH_EVERY", 3600.0)
    _fill(path, rounds=8)
    before_quads, before_files = _quads(path), len(list(path.glob("*.sst")))
    result = CliRunner().invoke(app, ["optimize", "--store", str(path)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith(f"optimized {path}: ") and " on disk" in result.stderr
    assert _quads(path) == before_quads
    assert len(list(path.glob("*.sst"))) < before_files


def test_upkeep_refuses_a_server(tmp_path: Path) -> None:
    for args in (["optimize"], ["backup", str(tmp_path / "b")]):
        result = CliRunner().invoke(app, [*args, "--store", "http://127.0.0.1:9/sparql"])
        assert result.exit_code == 2 and "works on a local store folder" in result.stderr
