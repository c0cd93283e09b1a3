"""kg actor: one actor's affiliations and timeline, read from a store built from hand-made extractions."""

from __future__ import annotations

import json
import struct

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.models import Document, Entity, EntityKind, Event, EventType, Extraction, Mention, Modality, Span
from kg.network.actor import actor_view
from kg.rdf.iri import document_iri
from kg.rdf.triples import document_triples
from kg.store.embedded import Store

BOKO = Entity("gaz:boko-haram", "Boko Haram", EntityKind.ARMED_GROUP)
ISIS = Entity("gaz:islamic-state", "Islamic State", EntityKind.ARMED_GROUP)
NIGERIA = Entity("gaz:nigeria", "Nigeria", EntityKind.STATE)


def _doc(doc_id: str, text: str, day: str, event_type: EventType, agent: Entity, other: Entity, **kw) -> Extraction:
    def m(entity: Entity) -> Mention:
        start = text.index(entity.label.split()[0])
        return Mention(Span(start, start + len(entity.label), entity.label), entity)

    event = Event(
        type=event_type,
        sentence=Span(0, len(text), text),
        trigger=Span(0, 1, text[0]),
        agents=(m(agent),),
        targets=(m(other),),
        time=day,
        **kw,
    )
    return Extraction(Document(doc_id, text, date=day), events=(event,))


@pytest.fixture
def store(tmp_path):
    extractions = [
        _doc("d1", "Boko Haram pledged allegiance to Islamic State.", "2015-03-07", EventType.ALLEGIANCE, BOKO, ISIS),
        _doc("d2", "Boko Haram attacked Nigeria's army in Baga.", "2015-01-03", EventType.ATTACK, BOKO, NIGERIA),
        _doc(
            "d3",
            "Boko Haram threatened to attack Nigeria again.",
            "2015-04-01",
            EventType.ATTACK,
            BOKO,
            NIGERIA,
            modality=Modality.THREATENED,
        ),
    ]
    s = Store.open(tmp_path / "store")
    for x in extractions:
        s.replace_graph(document_iri(x.document.id), document_triples(x, model="test"))
    s.close()
    return tmp_path / "store"


def test_the_timeline_is_oldest_first_and_affiliations_come_from_pledges(store) -> None:
    with Store.open(store, read_only=True) as s:
        boko = actor_view(s, "boko haram")  # any case
        isis = actor_view(s, "Islamic State")
    assert [(e.date, e.type, e.role, e.counterparts, e.modality) for e in boko.timeline] == [
        ("2015-01-03", "ATTACK", "agent", ("Nigeria",), "asserted"),
        ("2015-03-07", "ALLEGIANCE", "agent", ("Islamic State",), "asserted"),
        ("2015-04-01", "ATTACK", "agent", ("Nigeria",), "threatened"),
    ]
    assert [(a.date, a.change, a.other) for a in boko.affiliations] == [
        ("2015-03-07", "pledged allegiance to", "Islamic State")
    ]
    assert [(a.change, a.other) for a in isis.affiliations] == [("received allegiance from", "Boko Haram")]
    assert [(e.role, e.counterparts) for e in isis.timeline] == [("pledgee", ("Boko Haram",))]


def test_kg_actor_prints_text_and_json_and_refuses_an_unknown_name(store) -> None:
    runner = CliRunner()
    text = runner.invoke(app, ["actor", "Boko Haram", "--store", str(store)])
    assert text.exit_code == 0, text.output
    assert text.output.startswith("Boko Haram (armed_group): 3 events, 2015-01-03 to 2015-04-01")
    assert "2015-03-07  pledged allegiance to Islamic State" in text.output
    data = json.loads(runner.invoke(app, ["actor", "Boko Haram", "-f", "json", "--store", str(store)]).output)
    assert data["label"] == "Boko Haram" and len(data["timeline"]) == 3
    missing = runner.invoke(app, ["actor", "Al-Nowhere", "--store", str(store)])
    assert missing.exit_code == 2 and "no actor is called 'Al-Nowhere'" in missing.output


def test_sides_over_time_and_the_picture(store, tmp_path) -> None:
    with Store.open(store, read_only=True) as s:
        boko = actor_view(s, "Boko Haram")
        isis = actor_view(s, "Islamic State")
    assert [(m.relation, m.other, m.start, m.end) for m in boko.memberships] == [
        ("with", "Islamic State", "2015-03-07", None)
    ]
    assert [(m.relation, m.other) for m in isis.memberships] == [("joined by", "Boko Haram")]
    runner = CliRunner()
    picture = tmp_path / "boko.png"
    result = runner.invoke(app, ["actor", "Boko Haram", "--plot", str(picture), "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "with       Islamic State" in result.output and "from 2015-03-07" in result.output
    head = picture.read_bytes()[:24]
    width, height = struct.unpack(">II", head[16:24])
    assert head.startswith(b"\x89PNG") and width > 600 and height > 250
    bad = runner.invoke(app, ["actor", "Boko Haram", "--plot", str(tmp_path / "boko.gif"), "--store", str(store)])
    assert bad.exit_code == 2 and ".png" in bad.output
