"""Inputs users have (issue 18): dates as corpora write them, front matter, --date, folders with PDFs and
images, .json arrays; every date kg cannot read and every file it skips is named, and reading nothing fails."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.build.dates import parse_date
from kg.build.io import Notice, Rejected, read_inputs
from kg.cli import app
from kg.models import Document


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("2016-05-17", "2016-05-17"),
        ("2016-05-17T08:30:00+02:00", "2016-05-17"),
        ("2016/05/17", "2016-05-17"),
        ("17/05/2016", "2016-05-17"),
        ("17.05.2016", "2016-05-17"),
        ("05/17/2016", "2016-05-17"),  # the second number is over 12: it can only be the day
        ("05/06/2016", "2016-06-05"),  # the rule: day first
        ("17 May 2016", "2016-05-17"),
        ("May 17, 2016", "2016-05-17"),
        ("Sept. 3rd 2016", "2016-09-03"),
        ("Tue, 17 May 2016 10:00:00 GMT", "2016-05-17"),
        ("Tuesday, May 17, 2016 at 9:15 am", "2016-05-17"),
        ("May 2016", None),
        ("2016", None),
        ("17/05/16", None),
        ("31/02/2016", None),
        ("Mayo 17, 2016", None),
        ("yesterday", None),
    ],
)
def test_dates_as_corpora_write_them(written: str, iso: str | None) -> None:
    assert parse_date(written) == iso


def _read(*paths: Path, **options) -> tuple[list, list[Notice]]:
    notices: list[Notice] = []
    items = list(read_inputs([str(p) for p in paths], notify=notices.append, **options))
    return items, notices


def test_jsonl_dates_are_read_or_named_in_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    dates = ["May 17, 2016", "17 May 2016", "17/05/2016", "2016/05/17", "next Tuesday", 20160517, None]
    path.write_text(
        "".join(json.dumps({"id": f"d{i}", "text": "Text.", "date": d}) + "\n" for i, d in enumerate(dates)),
        encoding="utf-8",
    )
    items, notices = _read(path)
    assert [d.date for d in items] == ["2016-05-17"] * 4 + [None, None, None]
    # Never silently null: one notice per value kg could not read, naming file, line and value.
    assert [(n.source, n.skipped) for n in notices] == [(f"{path}:5", False), (f"{path}:6", False)]
    assert '"next Tuesday" is not a date kg reads' in notices[0].message and "\n" not in notices[0].message
    assert "20160517" in notices[1].message


def test_front_matter_gives_date_title_and_url_and_keeps_offsets(tmp_path: Path) -> None:
    body = "Gunmen attacked a checkpoint in Kabul on Sunday.\n"
    path = tmp_path / "kabul.md"
    head = '---\ndate: "17 May 2016"\ntitle: Checkpoint attack\nurl: https://example.org/a\nauthor: x\n---\n'
    path.write_text(head + body, encoding="utf-8")
    [doc], notices = _read(path)
    assert notices == []
    assert (doc.date, doc.title, doc.url) == ("2016-05-17", "Checkpoint attack", "https://example.org/a")
    # Offsets are offsets into the file: the block is blanked, not cut.
    assert len(doc.text) == len(head + body) and doc.text[len(head) :] == body and not doc.text[: len(head)].strip()
    html = tmp_path / "page.html"
    html.write_text("---\ndate: 2016/05/18\n---\n<html><body><p>Shelling hit Aleppo.</p></body></html>", "utf-8")
    [page], _ = _read(html)
    assert page.date == "2016-05-18" and page.text == "Shelling hit Aleppo."
    bad = tmp_path / "bad.txt"
    bad.write_text("---\ndate: someday\n---\nText here.", encoding="utf-8")
    [undated], [notice] = _read(bad)
    assert undated.date is None and notice.source == str(bad) and '"someday"' in notice.message
    # A "---" rule that is not followed by key: value lines is text, not front matter.
    rule = tmp_path / "rule.md"
    rule.write_text("---\nA story in prose.\n---\nMore.", encoding="utf-8")
    [plain], _ = _read(rule)
    assert plain.text.startswith("---\nA story")


def test_the_date_option_dates_only_documents_without_one(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Undated text.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": "b", "text": "Dated.", "date": "2020-01-02"}\n', encoding="utf-8")
    items, _ = _read(tmp_path, default_date="2016-05-17")
    assert {d.id: d.date for d in items} == {"a": "2016-05-17", "b": "2020-01-02"}


def test_json_arrays_and_objects_with_a_list_are_records(tmp_path: Path) -> None:
    array = tmp_path / "array.json"
    array.write_text(json.dumps([{"id": "x", "text": "One.", "date": "May 1, 2016"}, {"text": "Two."}, 3]), "utf-8")
    items, _ = _read(array)
    assert [type(i) for i in items] == [Document, Document, Rejected]
    assert (items[0].id, items[0].date, items[1].id, items[1].source) == ("x", "2016-05-01", "array-2", f"{array}:[1]")
    wrapped = tmp_path / "feed.json"
    wrapped.write_text(json.dumps({"source": "wire", "articles": [{"id": "y", "text": "Three."}]}), "utf-8")
    [doc], _ = _read(wrapped)
    assert (doc.id, doc.text, doc.source) == ("y", "Three.", f"{wrapped}:articles[0]")
    broken = tmp_path / "broken.json"
    broken.write_text('[{"text": "x"', "utf-8")
    [rejected], _ = _read(broken)
    assert isinstance(rejected, Rejected) and rejected.reason.startswith("not valid JSON")


def test_a_folder_of_pdfs_and_images_names_each_and_stores_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "report.pdf").write_bytes(b"%PDF-1.4\x00\x01")
    (folder / "photo.png").write_bytes(b"\x89PNG\x00")
    (folder / ".DS_Store").write_bytes(b"\x00")
    result = CliRunner().invoke(app, ["build", str(folder), "--store", str(tmp_path / "store")])
    assert result.exit_code == 1
    err = result.stderr.splitlines()
    assert f"kg: warning: {folder}/photo.png: skipped: kg does not read .png files" in err
    assert f"kg: warning: {folder}/report.pdf: skipped: kg does not read .pdf files" in err
    assert not any(".DS_Store" in line for line in err)
    [last] = [line for line in err if line.startswith("kg: error:")]
    assert last.startswith("kg: error: stored 0 documents: no document was read; kg reads .txt, .md")
    assert last.endswith("skipped 2 files kg does not read (named above)")


def test_skipped_files_are_counted_beside_stored_documents(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "report.pdf").write_bytes(b"%PDF-1.4\x00\x01")
    (folder / "a.txt").write_text("Gunmen attacked a checkpoint in Kabul.", encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(folder), "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.stderr
    assert "stored 1 documents" in result.stderr
    assert "; skipped 1 file kg does not read (named above)" in result.stderr


def test_the_date_reaches_the_events(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    text = "US warplanes bombed Raqqa on Sunday, killing 12 fighters."
    path.write_text(json.dumps({"id": "a", "text": text, "date": "Tuesday, May 17, 2016"}) + "\n", "utf-8")
    result = CliRunner().invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.stderr
    [event] = json.loads(result.stdout)["events"]
    assert event["time"] == "2016-05-15"  # the Sunday before the document's date
    undated = CliRunner().invoke(app, ["extract", str(path), "--date", "2016-05-17"])
    assert json.loads(undated.stdout)["events"][0]["time"] == "2016-05-15"
    bad = CliRunner().invoke(app, ["extract", str(path), "--date", "17/05/2016"])
    assert bad.exit_code == 2 and "is not a date; write YYYY-MM-DD" in bad.stderr
