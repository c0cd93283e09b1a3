"""kg validate (SHACL, of a store or a file) and kg stats, through the command line."""

from __future__ import annotations

import json
import re

import pytest
from rdflib import Literal
from rdflib.namespace import XSD
from typer.testing import CliRunner

from kg.cli import app
from kg.models import Document, Entity, EntityKind, Event, EventType, Extraction, Mention, Span
from kg.rdf.iri import document_iri
from kg.rdf.triples import to_graph
from kg.rdf.vocab import KG
from kg.store.embedded import Store

runner = CliRunner()
USA = Entity("gaz:united-states", "United States", EntityKind.STATE, "Q30")
ISIS = Entity("gaz:islamic-state", "Islamic State", EntityKind.ARMED_GROUP, "Q2429253")
TEXT = "US drones struck Islamic State fighters."


def _graph(doc_id: str):
    document = Document(id=doc_id, text=TEXT, title="t", date="2016-10-17")
    event = Event(
        EventType.AIRSTRIKE,
        Span(0, len(TEXT), TEXT),
        Span(10, 16, "struck"),
        agents=(Mention(Span(0, 9, "US drones"), USA),),
        targets=(Mention(Span(17, 39, "Islamic State fighters"), ISIS),),
        confidence=0.9,
    )
    return to_graph(Extraction(document, events=(event,)), model="test 1.0")


def _store(path, *, broken: bool = False) -> str:
    with Store.open(path) as s:
        for doc_id in ("v-1", "v-2"):
            g = _graph(doc_id)
            if broken and doc_id == "v-2":
                event = next(g.subjects(KG.confidence, None))
                g.set((event, KG.confidence, Literal("7.5", datatype=XSD.decimal)))
            s.replace_graph(document_iri(doc_id), g)
    return str(path)


def test_a_conforming_store_exits_0(tmp_path):
    result = runner.invoke(app, ["validate", "--store", _store(tmp_path / "s")])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.stderr and result.stdout == ""


def test_violations_are_listed_and_exit_1(tmp_path):
    result = runner.invoke(app, ["validate", "--store", _store(tmp_path / "s", broken=True)])
    assert result.exit_code == 1
    (line,) = result.stdout.splitlines()
    focus, path, message = line.split("  ", 2)
    assert focus.startswith("kgid:event/") and path == "kg:confidence" and message
    assert "1 violations" in result.stderr


@pytest.mark.parametrize("suffix", [".ttl", ".nq", ".trig", ".jsonld"])
def test_validate_a_file(tmp_path, suffix):
    store = _store(tmp_path / "s", broken=True)
    out = tmp_path / f"export{suffix}"
    fmt = {".ttl": "turtle", ".nq": "nquads", ".trig": "trig", ".jsonld": "jsonld"}[suffix]
    assert (
        runner.invoke(
            app,
            ["export", "--format", fmt, "--graph", str(document_iri("v-2")), "--output", str(out), "--store", store],
        ).exit_code
        == 0
    )
    assert runner.invoke(app, ["validate", str(out)]).exit_code == 1
    good = tmp_path / f"good{suffix}"
    assert (
        runner.invoke(
            app,
            ["export", "--format", fmt, "--graph", str(document_iri("v-1")), "--output", str(good), "--store", store],
        ).exit_code
        == 0
    )
    assert runner.invoke(app, ["validate", str(good)]).exit_code == 0


def test_validate_unknown_suffix_and_missing_file(tmp_path):
    (tmp_path / "x.pdf").write_text("x")
    assert runner.invoke(app, ["validate", str(tmp_path / "x.pdf")]).exit_code == 1
    result = runner.invoke(app, ["validate", str(tmp_path / "none.ttl")])
    assert result.exit_code == 1 and "no such file" in result.stderr


LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n <!ENTITY lol "lol">\n'
    + "".join(f' <!ENTITY lol{i} "{("&lol" + str(i - 1 or "") + ";") * 10}">\n' for i in range(1, 10))
    + ']>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="http://e/">'
    '<rdf:Description rdf:about="http://e/s"><e:p>&lol9;</e:p></rdf:Description></rdf:RDF>\n'
)


def test_validate_refuses_billion_laughs_and_external_entities_at_once(tmp_path):
    # A real process with a deadline: expanding this 1.3 KB file (10^9 "lol") hung kg validate.
    import subprocess
    import sys
    import time

    laughs = tmp_path / "laughs.rdf"
    laughs.write_text(LAUGHS, encoding="utf-8")
    external = tmp_path / "external.owl"
    external.write_text(LAUGHS.replace(' <!ENTITY lol "lol">', ' <!ENTITY lol SYSTEM "file:///etc/passwd">'))
    for path in (laughs, external):
        start = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "kg", "validate", str(path)], capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 1 and "does not expand" in done.stderr, done.stderr
        assert time.monotonic() - start < 30
    # Plain-text entities, the usual OWL shorthand, are still read.
    plain = tmp_path / "plain.rdf"
    plain.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY ex "http://example.org/"> ]>\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="http://e/">'
        '<rdf:Description rdf:about="&ex;s"><e:p>v</e:p></rdf:Description></rdf:RDF>\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["validate", str(plain)])
    assert result.exit_code == 0, result.output


def test_validate_never_fetches_a_remote_json_ld_context(tmp_path):
    import http.server
    import threading

    fetched = []

    class Context(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            fetched.append(self.path)
            body = b'{"@context": {"name": "http://schema.org/name"}}'
            self.send_response(200)
            self.send_header("Content-Type", "application/ld+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Context)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        doc = tmp_path / "remote.jsonld"
        url = f"http://127.0.0.1:{server.server_address[1]}/context.jsonld"
        doc.write_text(json.dumps({"@context": url, "@id": "http://e/s", "name": "x"}), encoding="utf-8")
        result = runner.invoke(app, ["validate", str(doc)])
        assert result.exit_code == 1 and "does not fetch remote JSON-LD contexts" in result.stderr, result.output
        assert fetched == []
    finally:
        server.shutdown()
        thread.join(5)


def test_stats(tmp_path):
    store = _store(tmp_path / "s")
    result = runner.invoke(app, ["stats", "--store", store])
    assert result.exit_code == 0, result.output
    rows = dict(re.match(r"\s*(.*?)\s{2,}(.*)$", line).groups() for line in result.stdout.splitlines())
    assert rows["documents"] == "2" and rows["actors"] == "2"
    assert rows["Airstrike"] == "2" and rows["store"] == store and rows["size on disk"].endswith("B")
    data = json.loads(runner.invoke(app, ["stats", "--json", "--store", store]).stdout)
    assert data["events"] == {"Airstrike": 2} and data["size_bytes"] > 0
    assert data["triples"] < data["quads"]  # the actors are stated in both documents, merged once
