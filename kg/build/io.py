"""Reading inputs into :class:`~kg.models.Document` records, one at a time.

Inputs are .txt/.md/.html files (a YAML-style front matter may give ``date``, ``title`` and ``url``),
folders of them, JSON Lines corpora (``{"id", "text", "title", "date", "url"}`` per line), ``.json`` files
holding an array of such records (or an object with a list of them) and ``-`` for stdin.  JSON Lines
stream: a file of any size is read a line at a time.  A bad file or record never stops the rest: it comes
out as a :class:`Rejected` item with the reason, in input order, and the caller decides what to report.
What is read but not quite right (a date kg cannot read, a file in a folder that kg does not read) is a
:class:`Notice`, handed to the caller's ``notify``.
"""

from __future__ import annotations

import codecs
import html
import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import BinaryIO

from kg.build.dates import parse_date
from kg.models import Document
from kg.rdf.formats import clean_text

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES
# A .json file is parsed whole (JSON Lines stream); above this, convert it: jq -c '.[]' f.json > f.jsonl
MAX_JSON_BYTES = 256 << 20

# What a file name may not show raw in a one-line message: controls (a newline would split the
# line) and the surrogates Python uses for bytes that are not UTF-8.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_TITLE_MAX = 200
MAX_CHARS = 1_000_000  # spaCy's max_length: the longest document kg extracts
# Bytes that certainly hold more than MAX_CHARS characters, so a file is refused before it is read
# (a 200 MB file used to be read whole, peaking at 1.15 GB, only to be refused for its length):
# UTF-8 and UTF-16 take at most 4 bytes a character, a JSON string escape at most 12 (a surrogate
# pair written \ud83d\ude00), and an HTML page's visible text is rarely a twentieth of it.
_BYTES_PER_CHAR = {"text": 4, "html": 25, "jsonl": 12}


@dataclass(frozen=True)
class Rejected:
    """An input that could not be read as a document, and why (one line, saying what to do)."""

    source: str
    reason: str


@dataclass(frozen=True)
class Notice:
    """Something an input had that kg went past without rejecting the input (one line, saying what to do).

    ``skipped`` marks a file in a folder that kg does not read (a PDF, an image), which callers count.
    """

    source: str
    message: str
    skipped: bool = False


Item = Document | Rejected


def display_name(path: Path | str) -> str:
    """``path`` as one printable line: controls and undecodable bytes escaped (``bad\\xffname.txt``)."""
    text = str(path)
    if not _UNPRINTABLE.search(text):
        return text
    return _UNPRINTABLE.sub(lambda m: _escape(m.group()), text)


def _escape(char: str) -> str:
    code = ord(char)
    # A surrogate from os.fsdecode stands for the raw byte code - 0xDC00.
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else char.encode("unicode_escape").decode("ascii")


def read_inputs(
    paths: Iterable[str],
    *,
    stdin: BinaryIO | None = None,
    default_date: str | None = None,
    notify: Callable[[Notice], None] | None = None,
) -> Iterator[Item]:
    """Documents (and rejections) from every path, in the order given; folders are walked sorted.

    A document id is the key of its graph in the store, so a second document with an id already
    read in this run (``a.txt`` and ``a.md`` in one folder, the same record id in two files) would
    silently replace the first: it is rejected instead, naming the input that has the id.
    ``default_date`` (ISO) is the date of every document that gives none; ``notify`` gets each
    :class:`Notice` as it is read (dates not read, files skipped).
    """
    first_source: dict[str, str] = {}
    for item in _read_paths(paths, stdin=stdin):
        if isinstance(item, Notice):
            if notify is not None:
                notify(item)
            continue
        if isinstance(item, Document):
            if item.date is None and default_date is not None:
                item = replace(item, date=default_date)
            first = first_source.setdefault(item.id, item.source or item.id)
            if first != (item.source or item.id):
                item = Rejected(
                    item.source or item.id,
                    f"duplicate id {item.id!r}, already read from {first}; ids must be unique in a corpus "
                    "(rename the file or give the record its own id)",
                )
        yield item


def count_documents(paths: Iterable[str]) -> int | None:
    """How many items :func:`read_inputs` will give for ``paths`` (documents and rejections), for a progress total;
    None when it cannot be known beforehand (stdin).  A JSON Lines file counts its non-blank lines."""
    total = 0
    for raw in paths:
        if raw == "-":
            return None
        path = Path(raw)
        files = [path]
        if path.is_dir():
            files = [
                Path(folder, name)
                for folder, _dirs, names in os.walk(path)
                for name in names
                if Path(name).suffix.lower() in SUPPORTED_SUFFIXES
            ]
        for file in files:
            suffix = file.suffix.lower()
            try:
                if suffix in JSONL_SUFFIXES:
                    with file.open("rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                    continue
                if suffix in JSON_SUFFIXES and file.stat().st_size <= MAX_JSON_BYTES:
                    value = json.loads(file.read_bytes())
                    if isinstance(value, dict) and "text" not in value:
                        value = next((v for v in value.values() if isinstance(v, list)), value)
                    total += len(value) if isinstance(value, list) else 1
                    continue
            except (OSError, ValueError, RecursionError):
                pass  # read_inputs rejects it: one item
            total += 1
    return total


def _read_paths(paths: Iterable[str], *, stdin: BinaryIO | None) -> Iterator[Item | Notice]:
    for raw in paths:
        if raw == "-":
            yield from _read_stream(stdin or sys.stdin.buffer, "<stdin>")
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _read_folder(path)
        elif path.is_file():
            yield from _read_file(path, doc_id=path.stem)
        elif path.exists():
            yield Rejected(display_name(raw), _NOT_REGULAR)
        else:
            yield Rejected(display_name(raw), "no such file or folder; check the path")


# A FIFO, socket or device: reading it could block forever (a named pipe with no writer).
_NOT_REGULAR = "not a regular file (a pipe, socket or device); skipped"


def _read_folder(root: Path) -> Iterator[Item | Notice]:
    unreadable: list[OSError] = []
    # os.walk does not follow symlinked folders, so symlink loops cannot trap it.  It passes the
    # folders it cannot list to onerror, one at a time, before it moves on.
    for folder, dirs, files in os.walk(root, onerror=unreadable.append):
        yield from _unreadable_folders(unreadable)
        dirs.sort()
        for name in sorted(files):
            path = Path(folder, name)
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                if not name.startswith("."):  # hidden files (.DS_Store, .gitignore) are not the user's inputs
                    kind = path.suffix.lower() or "no extension"
                    yield Notice(display_name(path), f"skipped: kg does not read {kind} files", skipped=True)
                continue
            if not path.is_file() and path.exists():
                yield Rejected(display_name(path), _NOT_REGULAR)
                continue
            rel = path.relative_to(root).with_suffix("")
            yield from _read_file(path, doc_id=rel.as_posix())
    yield from _unreadable_folders(unreadable)


def _unreadable_folders(errors: list[OSError]) -> Iterator[Rejected]:
    while errors:
        exc = errors.pop(0)
        name = display_name(exc.filename) if exc.filename else "a folder"
        yield Rejected(name, f"cannot read folder: {exc.strerror or exc}; its files were not read")


def _too_big(size: int, *, what: str = "file") -> str:
    return (
        f"{what} has {size:,} bytes, certainly over the model's limit of {MAX_CHARS:,} characters "
        "(not read); split it into smaller documents"
    )


def _read_file(path: Path, *, doc_id: str) -> Iterator[Item | Notice]:
    suffix = path.suffix.lower()
    name = display_name(path)
    kind = "jsonl" if suffix in JSONL_SUFFIXES else "html" if suffix in HTML_SUFFIXES else "text"
    if suffix in JSON_SUFFIXES:
        yield from _read_json(path, name, stem=doc_id)
        return
    if kind != "jsonl":
        try:
            size = path.stat().st_size
        except OSError:
            size = 0  # the read below reports why
        if size > _BYTES_PER_CHAR[kind] * MAX_CHARS:
            yield Rejected(name, _too_big(size))
            return
    if suffix in JSONL_SUFFIXES:
        try:
            handle = path.open("rb")
        except OSError as exc:
            yield Rejected(name, f"cannot open: {exc.strerror or exc}")
            return
        with handle:
            yield from _read_jsonl(handle, name, stem=doc_id)
        return
    text = _read_text(path, name)
    if isinstance(text, Rejected):
        yield text
        return
    yield from _text_document(text, doc_id=doc_id, source=name, html=suffix in HTML_SUFFIXES)


def _read_text(path: Path, name: str) -> str | Rejected:
    """The file's text, decoded, or why it cannot be read."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Rejected(name, f"cannot read: {exc.strerror or exc}")
    return _decode(data, name)


def _read_json(path: Path, name: str, *, stem: str) -> Iterator[Item | Notice]:
    try:
        size = path.stat().st_size
        if size > MAX_JSON_BYTES:
            yield Rejected(
                name,
                f"JSON file of {size:,} bytes is read whole; over {MAX_JSON_BYTES:,} bytes, convert it to JSON Lines "
                "(jq -c '.[]' FILE > FILE.jsonl)",
            )
            return
    except OSError:
        pass  # the read below reports why
    text = _read_text(path, name)
    if isinstance(text, Rejected):
        yield text
        return
    yield from _json_records(text, name, stem=stem)


def _json_records(text: str, name: str, *, stem: str) -> Iterator[Item | Notice]:
    """The records of a JSON document: an array of them, an object with a list of them, or one record."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Rejected(name, f"not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}); fix the file")
        return
    except (ValueError, RecursionError) as exc:
        yield Rejected(name, f"cannot read this JSON ({str(exc).split(';')[0]}); fix the file")
        return
    key = ""
    if isinstance(value, dict) and "text" not in value:
        # {"articles": [...]}: the first list of objects is the records (as pandas' and jq's users write them).
        key, value = next(
            ((k, v) for k, v in value.items() if isinstance(v, list) and v and isinstance(v[0], dict)), ("", value)
        )
    if isinstance(value, dict):
        yield from _record_items(value, source=name, fallback_id=stem)
        return
    if not isinstance(value, list):
        yield Rejected(name, 'a .json file must hold an array of records {"id", "text"} (or an object with one)')
        return
    for i, record in enumerate(value):
        source = f"{name}:{key}[{i}]" if key else f"{name}:[{i}]"
        yield from _record_items(record, source=source, fallback_id=f"{stem}-{i + 1}")


class _Joined:
    """``head`` (bytes already read from ``rest``) followed by ``rest``, read a line at a time."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self.head = io.BytesIO(head)
        self.rest = rest

    def readline(self, limit: int = -1) -> bytes:
        line = self.head.readline(limit)
        if line.endswith(b"\n") or (limit >= 0 and len(line) >= limit):
            return line
        return line + self.rest.readline(-1 if limit < 0 else limit - len(line))


def _read_stream(stream: BinaryIO, name: str) -> Iterator[Item | Notice]:
    head = stream.read(1 << 16)
    if head.lstrip(b" \t\r\n").removeprefix(codecs.BOM_UTF8).lstrip().startswith(b"{"):
        # JSON Lines in UTF-8: a line at a time, like a file, so a corpus of any size streams.
        yield from _read_jsonl(_Joined(head, stream), name, stem=Path(name).stem)
        return
    limit = _BYTES_PER_CHAR["text"] * MAX_CHARS
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        data = head + stream.read()  # UTF-16, perhaps JSON Lines: decoded whole, as before
    else:
        data = head + stream.read(limit + 1 - len(head))
    if len(data) > limit and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        yield Rejected(
            name, f"more than {limit:,} bytes, certainly over the model's limit of {MAX_CHARS:,} characters; split it"
        )
        return
    text = _decode(data, name)
    if isinstance(text, Rejected):
        yield text
        return
    if text.lstrip().startswith("{"):
        yield from _jsonl_lines(enumerate(text.splitlines(), 1), name, stem=Path(name).stem)
    elif text.lstrip().startswith("["):
        yield from _json_records(text, name, stem=Path(name).stem)
    else:
        yield from _text_document(text, doc_id="stdin", source=name)


_FENCE = re.compile(r"---[ \t]*\r?\n")
_FRONT_KEY = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*\r?$")
_FRONT_MAX = 8192  # front matter is a few lines at the top; a "---" further down is a horizontal rule


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """The ``key: value`` lines of a YAML-style front matter at the top of ``text`` (between two ``---`` lines), and
    the text with that block blanked (spaces, line breaks kept) so offsets stay offsets into the file.

    >>> front_matter("---\\ndate: 2016-05-17\\ntitle: 'A raid'\\n---\\nText.")
    ({'date': '2016-05-17', 'title': 'A raid'}, '   \\n                \\n               \\n   \\nText.')
    """
    if not _FENCE.match(text):
        return {}, text
    head = text[:_FRONT_MAX]
    end = re.search(r"\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)", head[3:])
    if end is None:
        return {}, text
    block_end = 3 + end.end()
    meta: dict[str, str] = {}
    for line in head[3 : 3 + end.start()].split("\n"):
        m = _FRONT_KEY.fullmatch(line.strip("\r"))
        if m is None:
            if line.strip() and not line.lstrip().startswith("#"):
                return {}, text  # not key: value lines, so not front matter
            continue
        value = m.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        meta[m.group(1).lower()] = value
    blank = re.sub(r"[^\n]", " ", text[:block_end])
    return meta, blank + text[block_end:]


def _text_document(text: str, *, doc_id: str, source: str, html: bool = False) -> Iterator[Item | Notice]:
    meta, text = front_matter(text)
    if html:
        text = html_to_text(text)
    if not text.strip():
        yield Rejected(source, "empty file; nothing to extract")
        return
    day = None
    if meta.get("date"):
        day = parse_date(meta["date"])
        if day is None:
            yield _date_notice(source, meta["date"], where="front matter")
    first, sep, rest = text.lstrip().partition("\n")
    title = first.strip() if sep and rest.strip() and len(first) <= _TITLE_MAX else None
    # A file name that is not UTF-8 gives an id with surrogates; cleaned, the id stored in the graph
    # is the one its graph IRI was minted from.
    yield Document(
        id=clean_text(doc_id),
        text=clean_text(text),
        title=_optional_str(meta.get("title")) or title,
        date=day,
        url=_optional_str(meta.get("url")),
        source=source,
    )


def _date_notice(source: str, value: object, *, where: str = "record") -> Notice:
    shown = json.dumps(value, ensure_ascii=False)
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    return Notice(
        source,
        f"the {where}'s date {shown} is not a date kg reads (write YYYY-MM-DD; the forms kg reads: "
        "docs/ARCHITECTURE.md, Inputs); the document is read without a date",
    )


def _decode(data: bytes, name: str) -> str | Rejected:
    """Text of a file: UTF-8 (with or without BOM) or UTF-16 with BOM; anything else is rejected."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            return Rejected(name, f"broken UTF-16 at byte {exc.start}; convert it to UTF-8 (iconv -t UTF-8)")
    if b"\x00" in data[:8192]:
        return Rejected(name, "binary file, not text; give kg .txt, .md, .html or .jsonl files")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Rejected(
            name, f"not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); convert it with iconv -t UTF-8"
        )


def _read_jsonl(handle: BinaryIO | _Joined, name: str, *, stem: str) -> Iterator[Item | Notice]:
    limit = _BYTES_PER_CHAR["jsonl"] * MAX_CHARS + 65536  # the text's escapes plus the other fields

    def lines() -> Iterator[tuple[int, str]]:
        number = 0
        while raw := handle.readline(limit + 1):
            number += 1
            if len(raw) > limit and not raw.endswith(b"\n"):
                size = len(raw)
                while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                    size += len(rest)  # skipped a piece at a time, never held whole
                yield number, "\0too-big " + str(size + len(rest))
                continue
            try:
                yield number, raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                yield number, "\0not-utf8"

    yield from _jsonl_lines(lines(), name, stem=stem)


def _jsonl_lines(lines: Iterable[tuple[int, str]], name: str, *, stem: str) -> Iterator[Item | Notice]:
    """Records of JSON Lines; a record without an id gets ``STEM-LINE`` (inside a folder STEM is the
    file's path relative to it, so two ``news.jsonl`` in different folders give different ids)."""
    for number, line in lines:
        source = f"{name}:{number}"
        if not line.strip():
            continue
        if line == "\0not-utf8":
            yield Rejected(source, "line is not UTF-8; convert the file with iconv -t UTF-8")
            continue
        if line.startswith("\0too-big "):
            yield Rejected(source, _too_big(int(line.split()[1]), what="line"))
            continue
        try:
            # Without its line break, so an error's column is on this line, not "line 2 column 1".
            record = json.loads(line.rstrip("\r\n"))
        except json.JSONDecodeError as exc:
            where = "column" if exc.msg.endswith(" at") else "at column"  # "Unterminated string starting at"
            yield Rejected(source, f"not valid JSON ({exc.msg} {where} {exc.colno}); fix or remove the line")
            continue
        except ValueError as exc:
            # Valid JSON that Python refuses: an integer of more than 4,300 digits (sys.set_int_max_str_digits).
            reason = str(exc).split(";")[0]  # without "use sys.set_int_max_str_digits()", which is not for users
            yield Rejected(source, f"cannot read this JSON ({reason}); fix or remove the line")
            continue
        except RecursionError:
            yield Rejected(source, "JSON nested too deeply to read (about 1,000 levels); fix or remove the line")
            continue
        yield from _record_items(record, source=source, fallback_id=f"{stem}-{number}")


def _record_items(record: object, *, source: str, fallback_id: str) -> Iterator[Item | Notice]:
    if not isinstance(record, dict):
        yield Rejected(source, 'a record must be an object with "id" and "text"')
        return
    text = record.get("text")
    if not isinstance(text, str):
        yield Rejected(source, 'record has no "text" string; every record needs {"id", "text"}')
        return
    if not text.strip():
        yield Rejected(source, 'record "text" is empty; nothing to extract')
        return
    raw_id = record.get("id")
    doc_id = str(raw_id) if isinstance(raw_id, str | int) and str(raw_id).strip() else fallback_id
    raw_date = record.get("date")
    day = parse_date(raw_date) if isinstance(raw_date, str) else None
    if day is None and raw_date is not None and raw_date != "":
        yield _date_notice(source, raw_date)
    yield Document(
        id=clean_text(doc_id),
        text=clean_text(text),
        title=_optional_str(record.get("title")),
        date=day,
        url=_optional_str(record.get("url")),
        source=source,
    )


def _optional_str(value: object) -> str | None:
    return clean_text(value) if isinstance(value, str) and value.strip() else None


class _TextOnly(HTMLParser):
    _SKIP = {"script", "style", "head", "noscript"}
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "title", "article", "section"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


# A "<" with another "<" (or the end) before any ">" can start no tag.  html.parser tries each
# such one as a tag and rescans the rest of the page: 400 KB of "<a" took 181 s.  Escaped first,
# in one linear pass, it is the text it was.
_STRAY_LT = re.compile(r"<(?=[^<>]*(?:<|\Z))")


def html_to_text(markup: str) -> str:
    """The visible text of an HTML page, one block per line."""
    parser = _TextOnly()
    parser.feed(_STRAY_LT.sub("&lt;", markup))
    parser.close()
    text = html.unescape("".join(parser.parts))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)
