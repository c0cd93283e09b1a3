"""Bad input never costs good input: a corpus of broken files through the real `kg build` and `kg extract`.

The corpus is written by the test into tmp (nothing committed): binary files, invalid UTF-8, UTF-16
with BOMs, empty files, 50 MB without a line break, JSON Lines with broken lines and missing fields,
control characters and lone surrogates, an unreadable file, a dangling symlink, a symlink loop, a
named pipe and a file name with a newline in it.  Every good document must be stored (the store is
queried), every bad one reported on stderr as ``kg: skipped NAME: REASON`` on one line, the exit
code is 1 and nothing crashes.  docs/ROBUSTNESS.md lists the same inputs and what kg did with each.
"""

from __future__ import annotations

import codecs
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.rdf.iri import document_iri
from kg.rdf.vocab import PREFIXES
from kg.store.embedded import Store

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parent.parent
KG = [sys.executable, "-m", "kg"]
BIG = 50_000_000  # bytes in each of the two "no line break" files

ATTACK = "Islamic State fighters attacked the town of Mosul on Monday."
RTL_ID = "j-rtl \u202e\u0627\u0644\u062f\u0648\u0644\u0629 \U0001f4a5 <>\"'"  # RTL override, Arabic, emoji


@dataclass(frozen=True)
class Corpus:
    folder: Path
    good: dict[str, str | None]  # document id (as stored) -> title (as stored)
    bad: dict[str, str]  # source as kg prints it -> a phrase its reason must contain
    unreadable: bool  # whether the chmod 000 file is really unreadable to the build


def _root_without_dac() -> list[str]:
    """A command prefix under which root obeys file modes (no CAP_DAC_OVERRIDE), or [] when not root."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        return []
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


def make_corpus(tmp: Path) -> Corpus:
    """Write the bad-input corpus into ``tmp/corpus``; return what kg must store and what it must reject."""
    c = tmp / "corpus"
    c.mkdir()
    good: dict[str, str | None] = {}
    bad: dict[str, str] = {}

    def ok(name: str, data: bytes, title: str | None) -> None:
        (c / name).write_bytes(data)
        good[Path(name).with_suffix("").as_posix()] = title

    def no(name: str, data: bytes | None, reason: str) -> None:
        if data is not None:
            (c / name).write_bytes(data)
        bad[str(c / name)] = reason

    # Good files, in every encoding kg accepts.
    ok("plain.txt", f"Rebels attack Mosul\n{ATTACK}\n".encode(), "Rebels attack Mosul")
    ok(
        "page.html",
        f"<html><head><title>T</title><script>x()</script></head><body><p>{ATTACK}<p><b>unclosed <i>tags".encode(),
        ATTACK,
    )
    ok("bom8.md", codecs.BOM_UTF8 + f"{ATTACK}".encode(), None)
    ok("utf16le.txt", codecs.BOM_UTF16_LE + f"UTF-16 LE\n{ATTACK}".encode("utf-16-le"), "UTF-16 LE")
    ok("utf16be.txt", codecs.BOM_UTF16_BE + f"UTF-16 BE\n{ATTACK}".encode("utf-16-be"), "UTF-16 BE")
    # C0 controls other than NUL (which marks a binary file), DEL and C1 controls are text.
    ok(
        "controls.txt",
        f"Bell\x07 escape\x1b form\x0c feed\x7f c1\x85 end\n{ATTACK}\n".encode(),
        "Bell\x07 escape\x1b form\x0c feed\x7f c1\x85 end",
    )
    (c / "nested" / "deeper").mkdir(parents=True)
    ok("nested/deeper/inside.txt", ATTACK.encode(), None)
    ok(
        "rtl-\u05e9\u05dc\u05d5\u05dd-\U0001f600.txt",
        f"\u05e9\u05dc\u05d5\u05dd \U0001f600\n{ATTACK}".encode(),
        "\u05e9\u05dc\u05d5\u05dd \U0001f600",
    )
    # A file name that is not UTF-8 is still read; its id has U+FFFD where the byte was.
    with open(os.path.join(os.fsencode(c), b"latin-\xe9.txt"), "wb") as f:
        f.write(ATTACK.encode())
    good["latin-\ufffd"] = None

    # Bad files.
    no("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary file")
    no("latin1.txt", "Caf\xe9 attaqu\xe9 \xe0 Mosul".encode("latin-1"), "not UTF-8 (byte 0xe9 at offset 3)")
    no("broken16.txt", codecs.BOM_UTF16_LE + "odd".encode("utf-16-le") + b"\x00", "broken UTF-16")
    no("empty.txt", b"", "empty file")
    no("blank.md", b" \n\t\r\n  ", "empty file")
    no("script.html", b"<html><script>only code</script><style>p{}</style></html>", "empty file")
    with (c / "huge.txt").open("wb") as f:  # 50 MB, no line break: over spaCy's max_length
        f.write(b"word " * (BIG // 5))
    no("huge.txt", None, "over the model's limit")
    # Small enough to read, but quadratic or huge inside spaCy or html.parser before kg bounded them.
    no("parens.txt", b"(" * 200_000, "200,000 tokens, over kg's limit")
    no("dashes.txt", b"x-" * 200_000, "tokens, over kg's limit")
    no("tags.html", b"<a" * 200_000, "400,000 tokens, over kg's limit")
    # Not followed, not read: a dangling symlink, a symlink loop, a named pipe, a folder named like a file.
    (c / "dangling.txt").symlink_to(c / "no-such-target.txt")
    no("dangling.txt", None, "cannot read: No such file or directory")
    (c / "loop").symlink_to(c, target_is_directory=True)
    (c / "nested" / "back").symlink_to(c / "nested", target_is_directory=True)
    os.mkfifo(c / "pipe.txt")
    no("pipe.txt", None, "not a regular file")
    (c / "folder.txt").mkdir()
    (c / "unsupported.pdf").write_bytes(b"%PDF-1.4 ignored by suffix")
    # A name with a newline and a non-UTF-8 byte is printed escaped, on one line.
    with open(os.path.join(os.fsencode(c), b"two\nlines\xff.txt"), "wb") as f:
        f.write(b"\x00\x01binary")
    bad[f"{c}/two\\nlines\\xff.txt"] = "binary file"
    # Unreadable: chmod 000 (root reads it anyway unless the build runs without CAP_DAC_OVERRIDE).
    (c / "secret.txt").write_bytes(f"Secret\n{ATTACK}".encode())
    (c / "secret.txt").chmod(0)
    unreadable = os.geteuid() != 0 or bool(_root_without_dac())
    if unreadable:
        no("secret.txt", None, "cannot read: Permission denied")
    else:
        good["secret"] = "Secret"

    # One id from three files (a.html is read first, the walk is sorted): the others are reported, not overwritten.
    ok("dup.html", f"<p>{ATTACK}</p>".encode(), None)
    no("dup.md", f"{ATTACK}".encode(), "duplicate id 'dup', already read from")
    no("dup.txt", f"{ATTACK}".encode(), "duplicate id 'dup', already read from")
    # Id-less records in two files with one name: ids qualified by the folder, so both are stored.
    for sub in ("wire-a", "wire-b"):
        (c / sub).mkdir()
        (c / sub / "feed.jsonl").write_text(json.dumps({"text": ATTACK}) + "\n", encoding="utf-8")
        good[f"{sub}/feed-1"] = None
    # A folder kg cannot list is reported like an unreadable file.
    (c / "locked").mkdir()
    (c / "locked" / "inside.txt").write_bytes(ATTACK.encode())
    (c / "locked").chmod(0)
    if unreadable:
        no("locked", None, "cannot read folder: Permission denied")
    else:
        good["locked/inside"] = None

    # JSON Lines: good records with controls, NUL and lone surrogates in JSON escapes, and bad lines.
    jsonl = c / "news.jsonl"
    lines: list[bytes] = [
        json.dumps({"id": "j-good", "text": ATTACK, "title": "Plain", "events": ["ignored"]}).encode(),
        b'{"id": "j-ctl", "title": "nul\\u0000 bell\\u0007 esc\\u001b", "text": "Fighters\\u0000 attacked\\u0007 '
        b'the town of Hama.\\u001f"}',
        b'{"id": "j-sur\\ud800", "title": "lone \\udfff low", "text": "Militants \\ud83d attacked Aleppo."}',
        json.dumps({"id": 42, "text": ATTACK}).encode(),  # a number id is kept as text
        json.dumps({"id": "  ", "text": ATTACK}).encode(),  # a blank id falls back to file-line
        json.dumps({"id": RTL_ID, "text": ATTACK}).encode(),
        b'{"id": "j-broken", "text": "cut off',
        json.dumps({"id": "j-notext"}).encode(),
        json.dumps({"id": "j-numtext", "text": 12}).encode(),
        json.dumps({"id": "j-emptytext", "text": "   "}).encode(),
        json.dumps(["a", "list"]).encode(),
        json.dumps({"id": "j-good", "text": "again"}).encode(),
        b'{"id": "j-latin1", "text": "caf\xe9"}',
        b"",  # blank lines are skipped, not errors
        b"\x00\x00\x00",
        b'{"id": "j-bigint", "n": ' + b"7" * 5000 + b', "text": "x"}',  # over Python's 4,300 digits
        b'{"id": "j-deep", "text": "x", "n": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",  # over the recursion limit
        json.dumps({"id": "j-last", "text": ATTACK}).encode(),
    ]
    jsonl.write_bytes(b"\n".join(lines))  # and no final newline
    good.update(
        {
            "j-good": "Plain",
            "j-ctl": "nul\x00 bell\x07 esc\x1b",
            "j-sur\ufffd": "lone \ufffd low",
            "42": None,
            "news-5": None,
            RTL_ID: None,
            "j-last": None,
        }
    )
    for number, reason in [
        (7, "not valid JSON (Unterminated string"),
        (8, 'record has no "text" string'),
        (9, 'record has no "text" string'),
        (10, 'record "text" is empty'),
        (11, "must be an object"),
        (12, "duplicate id 'j-good'"),
        (13, "line is not UTF-8"),
        (15, "not valid JSON"),
        (16, "cannot read this JSON (Exceeds the limit (4300 digits)"),
        (17, "JSON nested too deeply"),
    ]:
        bad[f"{jsonl}:{number}"] = reason

    # One 50 MB JSON Lines record on one line: parsed, then refused for its length.
    with (c / "huge.jsonl").open("wb") as f:
        f.write(b'{"id": "huge-record", "text": "')
        f.write(b"word " * (BIG // 5))
        f.write(b'"}')
    bad[f"{c / 'huge.jsonl'}:1"] = "over the model's limit"
    return Corpus(c, good, bad, unreadable)


def _assert_reported(stderr: str, bad: dict[str, str]) -> None:
    """Each bad source has one ``kg: skipped SOURCE: REASON`` line with its reason, and nothing else is skipped."""
    lines = [line for line in stderr.splitlines() if line.startswith("kg: skipped ")]
    for source, reason in bad.items():
        mine = [line for line in lines if line.startswith(f"kg: skipped {source}: ")]
        assert len(mine) == 1, (source, stderr)
        assert reason in mine[0], (source, mine[0])
    assert len(lines) == len(bad), stderr


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Corpus:
    return make_corpus(tmp_path_factory.mktemp("bad"))


def _run(args: list[str], *, cwd: Path, stdin: bytes = b"", timeout: float = 240) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [*_root_without_dac(), *KG, *args], cwd=cwd, input=stdin, capture_output=True, timeout=timeout, env=env
    )


def _stored(store_dir: Path) -> dict[str, str | None]:
    """Document id -> title of every document graph in the store."""
    with Store.open(store_dir, read_only=True) as store:
        rows = store.oxigraph.query(
            "SELECT ?g ?id ?title WHERE { GRAPH ?g { ?g kg:documentId ?id OPTIONAL { ?g dcterms:title ?title } } }",
            prefixes=PREFIXES,
        )
        found = {}
        for row in rows:
            assert row["g"].value == str(document_iri(row["id"].value)), "graph named by its document id"
            found[row["id"].value] = row["title"].value if row["title"] is not None else None
        assert len(found) == len(store.graphs())
        return found


def test_bad_input_never_costs_good_input(corpus, tmp_path):
    store_dir = tmp_path / "store"
    # stdin adds two more records: one good, one broken.
    stdin = (json.dumps({"id": "from-stdin", "text": ATTACK}) + "\n{oops\n").encode()
    done = _run(["build", str(corpus.folder), "-", "--store", str(store_dir)], cwd=tmp_path, stdin=stdin)
    err = done.stderr.decode("utf-8")
    assert done.returncode == 1, err
    assert "Traceback" not in err and "kg: error" not in err, err

    expected_bad = {**corpus.bad, "<stdin>:2": "not valid JSON"}
    _assert_reported(err, expected_bad)
    # Every message is one line: the summary accounts for every skipped line.
    assert f"; {len(expected_bad)} inputs failed (see above)" in err.splitlines()[-1]

    expected_good = {**corpus.good, "from-stdin": None}
    assert _stored(store_dir) == expected_good
    with Store.open(store_dir, read_only=True) as store:
        # Control characters and NUL went into literals unchanged and come back out of the store.
        ask = 'ASK { ?d kg:documentId "j-ctl" ; dcterms:title "nul\\u0000 bell\\u0007 esc\\u001b" }'
        assert store.oxigraph.query(ask, prefixes=PREFIXES)
        # The good documents were really extracted, not just registered.
        events = next(iter(store.oxigraph.query("SELECT (COUNT(?e) AS ?n) { ?e a kg:Attack }", prefixes=PREFIXES)))
        assert int(events["n"].value) >= 1
    # Exports of that store re-parse strictly.
    with Store.open(store_dir, read_only=True) as store:
        for fmt in ("nquads", "trig", "turtle"):
            data = store.dump(format=fmt)
            assert list(
                ox.parse(
                    data,
                    {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG, "turtle": ox.RdfFormat.TURTLE}[fmt],
                )
            )


def test_extract_reports_the_same_rejections_and_keeps_input_order(corpus, tmp_path):
    done = _run(["extract", str(corpus.folder / "news.jsonl")], cwd=tmp_path)
    err = done.stderr.decode("utf-8")
    assert done.returncode == 1 and "Traceback" not in err, err
    jsonl_bad = {s: r for s, r in corpus.bad.items() if s.startswith(str(corpus.folder / "news.jsonl") + ":")}
    _assert_reported(err, jsonl_bad)
    ids = [json.loads(line)["id"] for line in done.stdout.decode("utf-8").splitlines()]
    assert ids == ["j-good", "j-ctl", "j-sur\ufffd", "42", "news-5", RTL_ID, "j-last"]


def test_a_build_of_only_bad_input_stores_nothing_and_says_so(corpus, tmp_path):
    store_dir = tmp_path / "store"
    done = _run(
        ["build", str(corpus.folder / "binary.txt"), str(corpus.folder / "empty.txt"), "-", "--store", str(store_dir)],
        cwd=tmp_path,
        stdin=b"\xfa\xfb not text",
    )
    err = done.stderr.decode("utf-8")
    assert done.returncode == 1 and "Traceback" not in err, err
    _assert_reported(
        err,
        {
            str(corpus.folder / "binary.txt"): "binary file",
            str(corpus.folder / "empty.txt"): "empty",
            "<stdin>": "not UTF-8",
        },
    )
    assert "stored 0 documents" in err
    with Store.open(store_dir, read_only=True) as store:
        assert store.graphs() == []
