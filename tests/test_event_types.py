"""A fifth event type, defined inside this test, reaches every stage with no other file changed.

KIDNAPPING is one spec (kg.events.register) and one trigger rule (kg.extract.triggers.register);
from there it is extracted, written as triples, validated by SHACL, counted by ``kg stats``, given
a share column by ``kg report``, counted by the example queries, drawn in the picture's legend and
scored by ``kg evaluate``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Namespace
from rdflib.namespace import RDF
from typer.testing import CliRunner

from kg import events
from kg.cli import app
from kg.contract import extraction_record
from kg.events import EventSpec, Role
from kg.extract import triggers
from kg.extract.pipeline import extract_doc
from kg.extract.triggers import Draft, Triggers, lemmas
from kg.models import Document, EventType
from kg.network.centrality import annotated_graph, centrality
from kg.network.graph import actor_graph
from kg.network.plot import draw, legend
from kg.rdf.iri import document_iri, entity_iri
from kg.rdf.triples import document_triples, event_iri, to_graph
from kg.rdf.validate import validate
from kg.rdf.vocab import KG
from kg.store.embedded import Store

pytestmark = pytest.mark.model

EX = Namespace("https://example.org/kidnapping#")
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
MODEL = "test-model 0.0"
TEXT = "Boko Haram kidnapped the Nigerian soldiers near Maiduguri on Monday."
DOCUMENT = Document(id="kid-1", text=TEXT, date="2016-05-02")


@pytest.fixture
def kidnapping():
    kind = EventType.add("KIDNAPPING")
    events.register(
        EventSpec(
            type=kind,
            cls=str(EX.Kidnapping),
            roles=(Role("agent", "agent"), Role("target", str(EX.abducted), "abducted")),
            family=kind,
            target_may_be_place=False,
            colour="#E69F00",
            label="kidnapping",
            comment="An actor seizes and holds people against their will.",
        )
    )

    @triggers.register(kind, [lemmas("kidnap", "abduct", pos=["VERB"])])
    def kidnapped(token, actors):  # noqa: ANN001, ANN202
        agents = [c for c in token.children if c.dep_ == "nsubj"]
        targets = [c for c in token.children if c.dep_ == "dobj"]
        yield Draft(kind, token, agents=agents, targets=targets)

    yield kind
    del triggers.RULES[kind]
    events.unregister(kind)
    assert "KIDNAPPING" not in EventType


def test_a_fifth_event_type_reaches_every_stage(kidnapping, nlp, tmp_path):
    # extraction: the rule registered above fires, and the contract names the new type
    extraction = extract_doc(nlp(TEXT), DOCUMENT, triggers=Triggers(nlp.vocab))
    found = [e for e in extraction.events if e.type is kidnapping]
    assert len(found) == 1 and found[0].agent is not None and found[0].target is not None
    event = found[0]
    assert extraction_record(extraction)["events"][0]["type"] == "KIDNAPPING"

    # triples: the spec's class and the target role's property
    node = event_iri(DOCUMENT, event)
    g = to_graph(extraction, model=MODEL)
    assert (node, RDF.type, EX.Kidnapping) in g
    assert (node, EX.abducted, entity_iri(event.target.entity)) in g
    assert (node, KG.agent, entity_iri(event.agent.entity)) in g

    # SHACL: the graph conforms; the new role on another type's event is refused by a generated shape
    assert validate(g).conforms
    g.add((node, RDF.type, KG.Attack))
    messages = {v.message for v in validate(g).violations}
    assert any("exactly one type among" in m and "<https://example.org/kidnapping#Kidnapping>" in m for m in messages)
    g.remove((node, RDF.type, EX.Kidnapping))
    assert "Only a kidnapping can have <https://example.org/kidnapping#abducted>." in {
        v.message for v in validate(g).violations
    }

    # kg stats counts it
    path = tmp_path / "store"
    with Store.open(path) as store:
        store.replace_graph(document_iri(DOCUMENT.id), document_triples(extraction, model=MODEL))
    runner = CliRunner()
    stats = runner.invoke(app, ["stats", "--json", "--store", str(path)])
    assert stats.exit_code == 0, stats.output
    assert json.loads(stats.stdout)["events"] == {"Kidnapping": 1}

    # the example queries count it: they read the event classes from the data
    by_type = runner.invoke(app, ["query", str(EXAMPLES / "events-by-type.rq"), "-f", "jsonl", "--store", str(path)])
    assert by_type.exit_code == 0, by_type.output
    assert [json.loads(line)["type"] for line in by_type.stdout.splitlines()] == ["Kidnapping"]

    # kg report has its share column, and the picture's legend names it
    report = runner.invoke(app, ["report", "--format", "csv", "--type", "kidnapping", "--store", str(path)])
    assert report.exit_code == 0, report.output
    header, *rows = report.stdout.splitlines()
    assert header.endswith(",share_kidnapping") and len(rows) == 2
    with Store.open(path, read_only=True) as store:
        G = actor_graph(store)
    D = annotated_graph(G, centrality(G))
    assert legend(D) == [("kidnapping", "#E69F00")]
    assert draw(D, tmp_path / "network.png").stat().st_size > 0

    # kg evaluate scores it, as its own family
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps(
            {
                "id": DOCUMENT.id,
                "text": TEXT,
                "complete": True,
                "events": [{"type": "KIDNAPPING", "agent": ["Boko Haram"], "target": ["Nigerian soldiers"]}],
            }
        )
        + "\n",
        encoding="utf-8",
    )
    predictions = tmp_path / "predictions.jsonl"
    predictions.write_text(json.dumps(extraction_record(extraction)) + "\n", encoding="utf-8")
    scored = runner.invoke(app, ["evaluate", str(gold), "--predictions", str(predictions), "--format", "json"])
    assert scored.exit_code == 0, scored.output
    result = json.loads(scored.stdout)
    assert result["detection"]["KIDNAPPING"]["f1"] == 1.0
    assert result["role_recall"]["agent"] == 1.0 and result["role_recall"]["target"] == 1.0
