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


@pytest.mark.parametrize("suffix", [".ttl", ".nq", ".trig"])
def test_validate_a_file(tmp_path, suffix):
    store = _store(tmp_path / "s", broken=True)
    out = tmp_path / f"export{suffix}"
    fmt = {".ttl": "turtle", ".nq": "nquads", ".trig": "trig"}[suffix]
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
