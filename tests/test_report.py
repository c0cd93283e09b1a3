"""kg report's outputs: rendered reports, GraphML/GEXF read back by networkx, plots, and the command."""

from __future__ import annotations

import io
import json
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from test_network import actor, event, scale_free
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import UsageError
from kg.models import EventType
from kg.network.centrality import annotated_graph, centrality, collapse
from kg.network.formats import render_graph, render_report
from kg.network.plot import draw
from kg.rdf.iri import document_iri
from kg.rdf.vocab import ID, KG
from kg.store.embedded import Store

runner = CliRunner()


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    doc1 = (
        actor("isis", wikidata="Q2429253")
        + actor("iraq", KG.State)
        + actor("usa", KG.State)
        + event("e1", KG.Attack, "isis", target="iraq", time="2016-05-01")
        + event("e2", KG.Airstrike, "usa", target="isis", time="2016-06-02")
        + event("e3", KG.Airstrike, "usa", target="isis", time="2017-01-10", confidence=0.3)
    )
    doc2 = (
        actor("isis", wikidata="Q2429253")
        + actor("fighters", KG.Collective)
        + actor("iraq", KG.State)
        + actor("boko-haram")
        + event("e4", KG.Defection, "fighters", left="isis", joined="iraq")
        + event("e5", KG.Allegiance, "boko-haram", pledgee="isis")
    )
    path = tmp_path / "store"
    with Store.open(path) as store:
        store.replace_graph(document_iri("one"), doc1)
        store.replace_graph(document_iri("two"), doc2)
    return path


def kg(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["report", *args])
    return result.exit_code, result.stdout, result.stderr


def test_json_and_markdown_carry_the_settings_and_notes() -> None:
    G = scale_free(60)
    result = centrality(G, samples=10)
    data = json.loads(render_report(result, "json"))
    assert data["network"]["betweenness_sources"] == 10 and data["network"]["actors"] == 60
    assert len(data["actors"]) == 60 and {"pagerank", "community", "share_attack"} <= set(data["actors"][0])
    markdown = render_report(result, "markdown")
    assert (
        markdown.startswith("| label | kind | as_agent | as_target |") and "> betweenness and closeness are" in markdown
    )
    assert render_report(result, "markdown", columns=None).startswith("| label | community |")
    assert render_report(result, "csv").splitlines()[0].startswith("iri,label,community,events")


@pytest.mark.parametrize("fmt, read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graph_exports_read_back_with_the_same_nodes_edges_and_measures(fmt, read) -> None:
    G = scale_free(40)
    result = centrality(G)
    D = annotated_graph(G, result)
    H = read(io.BytesIO(render_graph(D, fmt)))
    assert H.is_directed()
    assert set(H.nodes) == set(collapse(G).nodes)
    assert set(H.edges) == set(collapse(G).edges)
    top = result.rows[0]
    assert H.nodes[top.iri]["pagerank"] == pytest.approx(top.pagerank)
    assert H.nodes[top.iri]["community"] == top.community
    u, v = next(iter(collapse(G).edges))
    assert H[u][v]["event_type"] in {"ATTACK", "AIRSTRIKE", "DEFECTION", "ALLEGIANCE"}
    assert H[u][v]["weight"] == collapse(G)[u][v]["weight"]


def test_top_trims_the_exported_graph() -> None:
    G = scale_free(40)
    D = annotated_graph(G, centrality(G, limit=5))
    assert D.number_of_nodes() == 5


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_plot_png_and_svg(tmp_path: Path) -> None:
    G = scale_free(80)
    D = annotated_graph(G, centrality(G))
    png = draw(D, tmp_path / "network.png", measure="betweenness")
    width, height = png_size(png)
    assert 600 <= width <= 2000 and 400 <= height <= 1500
    svg = draw(D, tmp_path / "network.svg")
    root = ET.parse(svg).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert float(root.attrib["width"].removesuffix("pt")) > 300
    text = svg.read_text()
    # the legend names the event types, and only the top actors are labelled
    assert "airstrike" in text and "attack" in text
    with pytest.raises(UsageError):
        draw(D, tmp_path / "network.jpg2")


def test_plot_of_an_empty_graph_is_still_an_image(tmp_path: Path) -> None:
    assert png_size(draw(nx.DiGraph(), tmp_path / "empty.png"))[0] > 100


def test_cli_table_and_filters(store_path: Path) -> None:
    code, out, err = kg("--store", str(store_path), "--sort", "degree")
    assert code == 0, err
    assert out.splitlines()[0].startswith("label") and out.splitlines()[2].startswith("Isis")
    code, out, _ = kg("--store", str(store_path), "--format", "csv", "--type", "airstrike", "--min-confidence", "0.5")
    rows = out.splitlines()
    assert len(rows) == 3 and {r.split(",")[1] for r in rows[1:]} == {"Usa", "Isis"}
    code, out, _ = kg("--store", str(store_path), "-f", "json", "--document", "two")
    labels = {r["label"] for r in json.loads(out)["actors"]}
    assert code == 0 and labels == {"Isis", "Fighters", "Iraq", "Boko-Haram"}
    code, out, _ = kg("--store", str(store_path), "-f", "json", "--since", "2016-06", "--until", "2016-12")
    assert json.loads(out)["network"]["events"] == 1
    code, out, _ = kg("--store", str(store_path), "-f", "json", "--modality", "planned")
    assert code == 0 and json.loads(out)["actors"] == []


def test_cli_bad_sort_and_type_are_usage_errors(store_path: Path) -> None:
    code, _, err = kg("--store", str(store_path), "--sort", "fame")
    assert code == 2 and "betweenness" in err and "pagerank" in err
    code, _, err = kg("--store", str(store_path), "--type", "bombing")
    assert code == 2 and "ATTACK" in err
    code, _, err = kg("--store", str(store_path), "--since", "last week")
    assert code == 2 and "since must be a date" in err


def test_cli_graph_output_and_plot(store_path: Path, tmp_path: Path) -> None:
    out_file, picture = tmp_path / "actors.graphml", tmp_path / "actors.svg"
    code, out, err = kg("--store", str(store_path), "-f", "graphml", "-o", str(out_file), "--plot", str(picture))
    assert code == 0, err
    assert out == ""
    H = nx.read_graphml(out_file)
    isis, usa = str(ID["actor/isis"]), str(ID["actor/usa"])
    assert H.has_edge(usa, isis) and not H.has_edge(isis, usa)  # airstrikes point from the agent
    assert H[usa][isis]["events"] == 2
    assert ET.parse(picture).getroot().tag.endswith("svg")
    code, out, _ = kg("--store", str(store_path), "-f", "gexf", "--top", "2")
    assert code == 0 and nx.read_gexf(io.BytesIO(out.encode())).number_of_nodes() == 2


def test_the_default_table_fits_100_columns_and_counts_incidents_by_side() -> None:
    from kg.models import EventType

    G = nx.MultiDiGraph()
    long_name = "the Islamic State's self-declared Wilayat Sinai province of northern Egypt"
    G.add_node("a", label=long_name, kind="armed_group")
    G.add_node("b", label="Egypt", kind="state")
    G.add_node("c", label="Bedouin tribesmen", kind="collective")
    for u, v, key in (
        ("a", "b", "i1 target"),
        ("a", "c", "i2 target"),
        ("a", "b", "i3 target"),
        ("b", "a", "i4 target"),
    ):
        G.add_edge(u, v, key=key, type=EventType.ATTACK, event=key.split()[0], confidence=0.8)
    result = centrality(G)
    rows = {r.iri: r for r in result.rows}
    assert (rows["a"].as_agent, rows["a"].as_target) == (3, 1)
    assert (rows["b"].as_agent, rows["b"].as_target) == (1, 2)
    table = render_report(result, "table")
    assert max(len(line) for line in table.splitlines()) <= 100
    assert table.splitlines()[0].split() == [
        "label",
        "kind",
        "agent",
        "target",
        "degree",
        "pagerank",
        "betweenness",
        "community",
        "bloc",
    ]
    assert "group" in table and long_name not in table  # clipped, with the kind shortened
    assert long_name in render_report(result, "csv")  # CSV keeps every column, whole


def test_plot_outlines_blocs_names_attackers_and_packs_components(tmp_path: Path) -> None:
    from kg.network.alliances import Bloc
    from kg.network.plot import labelled, packed_layout

    G = scale_free(150)
    for i in range(20):  # small components beside the large one
        G.add_edge(f"x{i}", f"y{i}", key=f"x{i}", event=f"x{i}", type=EventType.ATTACK, confidence=1.0)
        G.nodes[f"x{i}"]["label"], G.nodes[f"y{i}"]["label"] = f"x{i}", f"y{i}"
    result = centrality(G)
    D = annotated_graph(G, result)
    pos = packed_layout(D.to_undirected())
    assert set(pos) == set(D)
    boxes = []
    for part in nx.connected_components(D.to_undirected()):
        xs, ys = [pos[v][0] for v in part], [pos[v][1] for v in part]
        boxes.append((min(xs), max(xs), min(ys), max(ys)))
    for i, a in enumerate(boxes):  # no two components' boxes overlap
        for b in boxes[i + 1 :]:
            assert a[1] < b[0] or b[1] < a[0] or a[3] < b[2] or b[3] < a[2]
    ranked = [r.iri for r in result.rows]
    attacker = max(ranked, key=lambda v: (D.nodes[v]["as_agent"], v))
    named = labelled(D, ranked, labels=15, hubs=["a5"])
    assert ranked[:15] == named[:15] and attacker in named and "a5" in named and len(named) <= 15 + 8 + 1
    bloc = Bloc(1, "A1", ("a1", "a2", "a3"), ("A1", "A2", "A3"))
    text = draw(D, tmp_path / "blocs.svg", blocs=[bloc], as_of="2016-05").read_text()
    assert "bloc 1: A1 (3)" in text and "at 2016-05" in text


ESCAPES = "\x1b[2J\x1b]0;pwned\x07\x9b31m\u202eevil"  # clear screen, window title, CSI, RTL override


def test_escape_codes_in_article_text_never_reach_the_terminal(tmp_path: Path) -> None:
    from rdflib import Literal
    from rdflib.namespace import RDFS
    from test_network import actor as make_actor

    from kg.cli.output import event_lines

    triples = [t for t in make_actor("isis") if t[1] != RDFS.label] + [
        (ID["actor/isis"], RDFS.label, Literal("ISIS" + ESCAPES))
    ]
    triples += actor("iraq", KG.State) + event("e1", KG.Attack, "isis", target="iraq", time="2016-05-01")
    path = tmp_path / "store"
    with Store.open(path) as store:
        store.replace_graph(document_iri("one"), triples)
    for fmt in ("table", "markdown"):
        code, out, _ = kg("--store", str(path), "-f", fmt)
        assert code == 0 and "ISIS" in out
        assert not any(c in out for c in "\x1b\x07\x9b\u202e"), repr(out)
        assert "\\u001B[2J" in out
    code, out, _ = kg("--store", str(path), "-f", "csv")
    assert "ISIS" + ESCAPES in out  # data formats keep the text exact
    result = runner.invoke(app, ["actor", str(ID["actor/isis"]), "--store", str(path)])
    assert result.exit_code == 0 and "ISIS" in result.stdout, result.output
    assert not any(c in result.stdout for c in "\x1b\x07\x9b\u202e"), repr(result.stdout)
    record = {
        "id": "doc\x1b[1m",
        "events": [
            {
                "type": "ATTACK",
                "agent": {"label": "ISIS" + ESCAPES},
                "target": None,
                "to": None,
                "modality": "asserted",
                "confidence": 0.5,
            }
        ],
    }
    text = event_lines(record)  # kg extract -f text
    assert not any(c in text for c in "\x1b\x07\x9b\u202e") and text.count("\n") == 2
