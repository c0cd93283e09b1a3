"""Results you can rely on: two builds of one corpus, and --jobs 1 against --jobs 2, give identical answers.

Through the real CLI: the same JSON Lines corpus is built three times into three stores (twice
with --jobs 1, once with --jobs 2); every example query, the centrality report and every export
must then be byte-for-byte the same from each store: the same IRIs (minted from content, never
from time or counters), the same triples, the same order.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from test_build import corpus

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parent.parent
KG = [sys.executable, "-m", "kg"]
EXAMPLES = sorted((ROOT / "examples").glob("*.rq"))


def kg(*args: str) -> bytes:
    done = subprocess.run([*KG, *args], cwd=ROOT, capture_output=True, timeout=600)
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout


def read(*args: str) -> bytes:
    """A reading command run in-process (many of them: a process each would cost seconds)."""
    from typer.testing import CliRunner

    from kg.cli import app

    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


def answers(store: Path) -> dict[str, bytes]:
    """Everything a user reads from ``store``: example queries, an unordered query, reports, exports."""
    out = {q.name: read("query", "--file", str(q), "--format", "csv", "--store", str(store)) for q in EXAMPLES}
    # No ORDER BY: the order is the engine's, and must still not change between equal stores.
    out["unordered"] = read("query", "SELECT ?s ?p ?o WHERE { ?s ?p ?o }", "--format", "tsv", "--store", str(store))
    out["report"] = read("report", "--format", "json", "--store", str(store))
    out["report-attack"] = read("report", "--format", "csv", "--type", "ATTACK", "--store", str(store))
    for fmt in ("nquads", "turtle", "trig", "jsonld"):
        out[fmt] = read("export", "--format", fmt, "--store", str(store))
    return out


def test_two_builds_and_jobs_1_and_2_give_identical_results(tmp_path):
    inputs = tmp_path / "news.jsonl"
    with inputs.open("w", encoding="utf-8") as f:
        for d in corpus(60, seed=11):
            f.write(json.dumps({"id": d.id, "text": d.text, "title": d.title, "date": d.date}) + "\n")
    stores = {name: tmp_path / name for name in ("first", "second", "jobs2")}
    kg("build", str(inputs), "--store", str(stores["first"]))
    kg("build", str(inputs), "--store", str(stores["second"]))
    kg("build", str(inputs), "--store", str(stores["jobs2"]), "--jobs", "2", "--batch-size", "7")
    results = {name: answers(path) for name, path in stores.items()}
    first = results["first"]
    assert json.loads(first["report"]), "the corpus has an actor network to rank"
    assert len(first["nquads"].splitlines()) > 1000
    for name in ("second", "jobs2"):
        for key, data in first.items():
            assert results[name][key] == data, f"{key} differs between the first build and {name}"
