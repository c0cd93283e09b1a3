"""Progress of kg build and kg extract on stderr: done of the total, rate and time left; quiet on a pipe unless
asked (issue 18)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.build.io import count_documents, read_inputs
from kg.build.jobs import Outcome
from kg.cli import app, output


def test_the_line_has_the_total_the_rate_and_the_time_left(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = iter([100.0, 104.0, 104.0, 104.0])
    monkeypatch.setattr(output.time, "monotonic", lambda: next(clock))
    monkeypatch.delenv("KG_PROGRESS_EVERY", raising=False)
    progress = output.Progress(show=False)
    progress.total = 30
    for _ in range(8):
        progress.done += 1
    progress.events = 5
    # 8 documents in 4 s: 2 docs/s, 22 left: 11 s.
    assert progress.line() == "8/30 documents (26%), 5 events, 0 failed, 2.0 docs/s, 0:00:11 left"
    progress.total = None  # not counted (yet, or stdin)
    assert progress.line() == "8 documents, 5 events, 0 failed, 2.0 docs/s"


def test_the_count_is_what_the_reader_gives(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One.", "utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("Two.", "utf-8")
    (tmp_path / "c.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n{"bad json\n', "utf-8")
    (tmp_path / "d.json").write_text(json.dumps({"items": [{"text": "z"}, {"text": "w"}]}), "utf-8")
    (tmp_path / "e.pdf").write_bytes(b"%PDF\x00")
    assert count_documents([str(tmp_path)]) == 2 + 3 + 2
    assert count_documents([str(tmp_path)]) == len(list(read_inputs([str(tmp_path)])))
    assert count_documents([str(tmp_path), "-"]) is None


def _corpus(tmp_path: Path) -> Path:
    path = tmp_path / "news.jsonl"
    texts = ["Gunmen attacked a checkpoint in Kabul.", "Rebels shelled Aleppo.", "The market was quiet."]
    path.write_text("".join(json.dumps({"id": f"d{i}", "text": t}) + "\n" for i, t in enumerate(texts)), "utf-8")
    return path


def test_quiet_on_a_pipe_unless_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KG_PROGRESS_EVERY", raising=False)
    corpus = _corpus(tmp_path)
    quiet = CliRunner().invoke(app, ["extract", str(corpus)])
    assert quiet.exit_code == 0 and quiet.stderr == ""
    asked = CliRunner().invoke(app, ["extract", str(corpus), "--progress"])
    assert asked.exit_code == 0
    assert asked.stderr.splitlines()[-1].startswith("3/3 documents (100%), ")
    assert " docs/s" in asked.stderr
    built = CliRunner().invoke(app, ["build", str(corpus), "--store", str(tmp_path / "s"), "--progress"])
    lines = built.stderr.splitlines()
    assert lines[-2].startswith("3/3 documents (100%), ") and lines[-1].startswith("stored 3 documents")
    again = CliRunner().invoke(app, ["build", str(corpus), "--store", str(tmp_path / "s")])
    assert len(again.stderr.splitlines()) == 1 and again.stderr.startswith("stored 3 documents")


def test_a_failure_is_counted_in_the_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_PROGRESS_EVERY", "1000")
    progress = output.Progress()
    assert progress.show  # scripts that set KG_PROGRESS_EVERY asked for lines
    progress.update(Outcome(source="x", doc_id=None, error="bad"))
    assert ", 1 failed, " in progress.line()
