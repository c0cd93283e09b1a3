"""Reading inputs: every good document comes through, every bad one is a Rejected with a reason."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from kg.build.io import Rejected, clean_text, html_to_text, read_inputs
from kg.models import Document


def _items(*paths, stdin=None):
    return list(read_inputs([str(p) for p in paths], stdin=stdin))


def test_text_file_becomes_one_document_with_title(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("Rebels Seize Town\nRebels seized the town on Monday.\n", encoding="utf-8")
    [doc] = _items(path)
    assert doc == Document(id="report", text=path.read_text(), title="Rebels Seize Town", source=str(path))


def test_folder_is_walked_sorted_with_relative_ids_and_unsupported_files_ignored(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.md").write_text("Second text.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First text.", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00\x00")
    assert [d.id for d in _items(tmp_path)] == ["a", "b/two"]


def test_folder_with_symlink_loop_terminates(tmp_path):
    (tmp_path / "doc.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [d.id for d in _items(tmp_path)] == ["doc"]


def test_jsonl_records_keep_ids_order_and_metadata_and_bad_lines_are_rejected(tmp_path):
    path = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "One.", "date": "2016-05-01T10:00:00Z", "title": "T", "events": []}),
        "{broken",
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "text": "   "}),
        json.dumps(["not", "an", "object"]),
        "",
        json.dumps({"text": "No id."}),
        json.dumps({"id": "a", "text": "Duplicate."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _items(path)
    assert items[0] == Document(id="a", text="One.", title="T", date="2016-05-01", source=f"{path}:1")
    rejected = [i for i in items if isinstance(i, Rejected)]
    assert [r.source for r in rejected] == [f"{path}:{n}" for n in (2, 3, 4, 5, 8)]
    assert "not valid JSON" in rejected[0].reason
    assert 'no "text"' in rejected[1].reason
    assert "empty" in rejected[2].reason
    assert "duplicate id" in rejected[4].reason
    assert items[-2] == Document(id="corpus-7", text="No id.", source=f"{path}:7")


def test_json_python_refuses_is_one_rejected_line_not_the_end_of_the_file(tmp_path):
    path = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "One."}),
        '{"id": "big", "n": ' + "9" * 5000 + ', "text": "x"}',
        '{"id": "deep", "text": "x", "n": ' + "[" * 5000 + "]" * 5000 + "}",
        json.dumps({"id": "b", "text": "Two."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _items(path)
    assert [(type(i).__name__, i.source) for i in items] == [
        ("Document", f"{path}:1"),
        ("Rejected", f"{path}:2"),
        ("Rejected", f"{path}:3"),
        ("Document", f"{path}:4"),
    ]
    assert "4300 digits" in items[1].reason and "set_int_max_str_digits" not in items[1].reason
    assert "nested too deeply" in items[2].reason


def test_one_id_from_two_inputs_is_rejected_never_overwritten(tmp_path):
    for suffix in (".txt", ".md", ".html"):
        (tmp_path / f"a{suffix}").write_text("Rebels attacked.", encoding="utf-8")
    items = _items(tmp_path)
    assert [(type(i).__name__, Path(i.source).name) for i in items] == [
        ("Document", "a.html"),
        ("Rejected", "a.md"),
        ("Rejected", "a.txt"),
    ]
    assert all(f"duplicate id 'a', already read from {tmp_path / 'a.html'}" in i.reason for i in items[1:])
    # The same record id in two files: the second is rejected, wherever it is.
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    one.write_text(json.dumps({"id": "x", "text": "One."}) + "\n", encoding="utf-8")
    two.write_text(json.dumps({"id": "x", "text": "Two."}) + "\n", encoding="utf-8")
    first, second = _items(one, two)
    assert isinstance(first, Document) and isinstance(second, Rejected) and f"{one}:1" in second.reason


def test_idless_records_of_same_named_files_get_ids_from_their_folders(tmp_path):
    for sub in ("2024", "2025"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "news.jsonl").write_text(json.dumps({"text": "Rebels attacked."}) + "\n", encoding="utf-8")
    assert [i.id for i in _items(tmp_path)] == ["2024/news-1", "2025/news-1"]
    # Named on the command line, the two files have one stem: the second record is reported, not stored over the first.
    first, second = _items(tmp_path / "2024" / "news.jsonl", tmp_path / "2025" / "news.jsonl")
    assert first.id == "news-1" and isinstance(second, Rejected) and "duplicate id 'news-1'" in second.reason


def _read_as_unprivileged(*paths: Path) -> list[list[str]]:
    """read_inputs in a process that obeys file modes (root drops CAP_DAC_OVERRIDE): [type, source, reason]."""
    import os
    import shutil
    import subprocess
    import sys

    prefix: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("root ignores file modes and setpriv is missing")
        prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]
    code = (
        "import json, sys; from kg.build.io import read_inputs; "
        "print(json.dumps([[type(i).__name__, i.source, getattr(i, 'reason', '')] for i in read_inputs(sys.argv[1:])]))"
    )
    done = subprocess.run([*prefix, sys.executable, "-c", code, *map(str, paths)], capture_output=True, check=True)
    return json.loads(done.stdout)


def test_unreadable_folders_are_reported_like_unreadable_files(tmp_path):
    (tmp_path / "a.txt").write_text("Readable.", encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "hidden.txt").write_text("Not listed.", encoding="utf-8")
    (tmp_path / "locked").chmod(0)
    (tmp_path / "z.txt").write_text("Readable too.", encoding="utf-8")
    try:
        items = _read_as_unprivileged(tmp_path)
        top = _read_as_unprivileged(tmp_path / "locked")
    finally:
        (tmp_path / "locked").chmod(0o755)
    # A folder's files come before its subfolders.
    assert [(kind, Path(source).name) for kind, source, _ in items] == [
        ("Document", "a.txt"),
        ("Document", "z.txt"),
        ("Rejected", "locked"),
    ]
    assert "cannot read folder: Permission denied" in items[2][2]
    assert top == [["Rejected", str(tmp_path / "locked"), top[0][2]]] and "cannot read folder" in top[0][2]


def test_a_named_pipe_on_the_command_line_is_rejected_not_read(tmp_path):
    import os

    os.mkfifo(tmp_path / "pipe.txt")
    [item] = _items(tmp_path / "pipe.txt")  # would block forever if opened
    assert isinstance(item, Rejected) and "not a regular file" in item.reason


def test_bad_files_are_rejected_with_reasons(tmp_path):
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 attack".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    items = _items(binary, latin, empty, tmp_path / "missing.txt")
    reasons = [i.reason for i in items]
    assert all(isinstance(i, Rejected) for i in items)
    assert "binary" in reasons[0]
    assert "not UTF-8" in reasons[1] and "iconv" in reasons[1]
    assert "empty" in reasons[2]
    assert "no such file" in reasons[3]


def test_utf16_with_bom_and_utf8_bom_are_read(tmp_path):
    utf16 = tmp_path / "wide.txt"
    utf16.write_bytes("Troops attacked the base.".encode("utf-16"))
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbfTroops attacked the base.")
    assert [d.text for d in _items(utf16, bom)] == ["Troops attacked the base."] * 2


def test_lone_surrogates_are_replaced_without_moving_offsets():
    text = "a\ud800b"
    assert clean_text(text) == "a\ufffdb" and len(clean_text(text)) == len(text)


def test_stdin_text_and_stdin_jsonl():
    [doc] = _items("-", stdin=io.BytesIO(b"Militants stormed the village."))
    assert doc.id == "stdin"
    docs = _items("-", stdin=io.BytesIO(b'{"id": "x", "text": "One."}\n{"id": "y", "text": "Two."}\n'))
    assert [d.id for d in docs] == ["x", "y"]


def test_html_keeps_visible_text_only(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>T</title><script>var a;</script></head>"
        "<body><p>Rebels &amp; troops clashed.</p></body></html>",
        encoding="utf-8",
    )
    [doc] = _items(page)
    assert doc.text == "Rebels & troops clashed."
    assert html_to_text("<p>a</p><p>b</p>") == "a\nb"
