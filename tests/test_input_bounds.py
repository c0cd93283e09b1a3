"""One hostile document cannot stall a build: inputs that were quadratic or unbounded now are not.

Measured before the bounds (docs/ROBUSTNESS.md): 200 KB of "(" took over 300 s in spaCy's tokenizer,
400 KB of "x-" took 6.6 GB, 400 KB of "<a" took 181 s to strip as HTML, and a 200 MB file was read
whole (1.15 GB) before it was refused for its length.  The tokenizer test uses a blank English
pipeline (same prefix rules as the trained one); the whole path through the model is in
tests/test_bad_input.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
import spacy

from kg.build.io import Rejected, html_to_text, read_inputs
from kg.extract.nlp import MAX_RUN, MAX_SENTENCE, add_components


def test_long_runs_tokenize_in_linear_time_and_keep_the_text():
    nlp = add_components(spacy.blank("en"))
    text = "Before (" + "(" * 50_000 + ") after, and a URL https://example.org/" + "a" * 3 * MAX_RUN + " end."
    start = time.monotonic()
    doc = nlp.tokenizer(text)
    assert time.monotonic() - start < 5  # 20,000 "(" took 31 s before
    assert doc.text == text and "".join(t.text_with_ws for t in doc) == text
    assert [t.text for t in doc[:2]] == ["Before", "("] and doc[-1].text == "."
    # Text without such runs is tokenized exactly as spaCy does.
    plain = "Islamic State (IS) fighters attacked Mosul's outskirts on Monday."
    assert [t.text for t in nlp.tokenizer(plain)] == [t.text for t in nlp.tokenizer.tokenizer(plain)]


def test_no_sentence_is_longer_than_the_bound():
    nlp = add_components(spacy.blank("en"))
    doc = nlp("x " * (3 * MAX_SENTENCE + 7))
    lengths = [len(sent) for sent in doc.sents]
    assert max(lengths) <= MAX_SENTENCE and sum(lengths) == len(doc)


def test_stray_angle_brackets_strip_in_linear_time():
    start = time.monotonic()
    text = html_to_text("<a" * 200_000)
    assert time.monotonic() - start < 2  # 40,000 "<a" took 1.5 s before, 400 KB 181 s
    assert text == "<a" * 200_000
    page = "<p>a < b and c<d</p><script>if (a<b) x()</script><!-- note --><p>x &lt; y</p>"
    assert html_to_text(page) == "a < b and c<d\nx < y"


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory is read from /proc (Linux)")
def test_oversized_files_are_refused_unread(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(200_000_000)  # sparse: no disk used
    page = tmp_path / "page.html"
    with page.open("wb") as f:
        f.truncate(30_000_000)
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("wb") as f:
        f.write(json.dumps({"id": "a", "text": "One."}).encode() + b"\n")
        f.write(b'{"id": "huge", "text": "' + b"word " * 3_000_000 + b'"}\n')  # 15 MB on one line
        f.write(json.dumps({"id": "b", "text": "Two."}).encode() + b"\n")
    # Peak memory of a process that reads all three: nothing is read whole.
    # VmHWM, not ru_maxrss: Linux carries the parent's high-water mark across fork and exec into ru_maxrss.
    code = (
        "import re, sys, json; from kg.build.io import read_inputs; "
        "items = [[type(i).__name__, i.source, getattr(i, 'reason', '')] for i in read_inputs(sys.argv[1:])]; "
        "hwm = int(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1)); "
        "print(json.dumps([items, hwm]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(big), str(page), str(corpus)], capture_output=True, check=True
    )
    items, peak_kb = json.loads(done.stdout)
    assert [(kind, source) for kind, source, _ in items] == [
        ("Rejected", str(big)),
        ("Rejected", str(page)),
        ("Document", f"{corpus}:1"),
        ("Rejected", f"{corpus}:2"),
        ("Document", f"{corpus}:3"),
    ]
    assert "200,000,000 bytes" in items[0][2] and "over the model's limit" in items[0][2]
    assert "30,000,000 bytes" in items[1][2] and "line has 15,000,0" in items[3][2]
    assert peak_kb < 150_000, peak_kb  # a 200 MB read alone would be 200,000 kB


def test_a_named_pipe_in_a_folder_or_named_is_never_opened(tmp_path):
    import os

    os.mkfifo(tmp_path / "pipe.txt")
    items = list(read_inputs([str(tmp_path), str(tmp_path / "pipe.txt")]))
    assert len(items) == 2 and all(isinstance(i, Rejected) and "not a regular file" in i.reason for i in items)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory is read from /proc (Linux)")
def test_stdin_streams_json_lines_and_bounds_text():
    # A 15 MB record between two good ones on stdin: read a line at a time, refused by its length.
    corpus = (
        json.dumps({"id": "a", "text": "One."}).encode()
        + b"\n"
        + b'{"id": "huge", "text": "'
        + b"word " * 3_000_000
        + b'"}\n'
        + json.dumps({"id": "b", "text": "Two."}).encode()
        + b"\n"
    )
    code = (
        "import re, sys, json; from kg.build.io import read_inputs; "
        "items = [[type(i).__name__, i.source, getattr(i, 'reason', '')] for i in read_inputs(['-'])]; "
        "hwm = int(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1)); "
        "print(json.dumps([items, hwm]))"
    )
    done = subprocess.run([sys.executable, "-c", code], input=corpus, capture_output=True, check=True)
    items, peak_kb = json.loads(done.stdout)
    assert [(kind, source) for kind, source, _ in items] == [
        ("Document", "<stdin>:1"),
        ("Rejected", "<stdin>:2"),
        ("Document", "<stdin>:3"),
    ]
    assert "line has 15,000,0" in items[1][2]
    assert peak_kb < 80_000, peak_kb  # the whole stream alone is 15,000 kB, decoded and split several times that
    # Plain text on stdin over what could fit the model is refused after reading just past the bound.
    [item] = list(read_inputs(["-"], stdin=__import__("io").BytesIO(b"word " * 1_000_000)))
    assert isinstance(item, Rejected) and "more than 4,000,000 bytes" in item.reason
