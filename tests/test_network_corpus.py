"""The report measured against a corpus with a known answer (tests/fixtures/network_corpus/).

37 short articles written for this test, with their ground truth (truth.json): who attacked, pledged allegiance
to or defected from whom, and when.  Built with the trained model and ranked by kg report, they must give the
network the truth gives: the same five most central actors and the same alliance blocs at two dates.  The same
store must give the same bytes whether it was built with one job or two.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.models import EventType
from kg.network.alliances import blocs_at
from kg.network.centrality import centrality
from kg.network.graph import actor_graph
from kg.network.report import report
from kg.store.embedded import Store

CORPUS = Path(__file__).parent / "fixtures" / "network_corpus"
TRUTH = json.loads((CORPUS / "truth.json").read_text(encoding="utf-8"))
EDGE = {"ATTACK": "target", "AIRSTRIKE": "target", "ALLEGIANCE": "pledgee", "DEFECTION": "from"}
runner = CliRunner()


def truth_graph() -> nx.MultiDiGraph:
    """The network the truth's events make, one edge per event and role, as kg.network.graph.actor_graph builds."""
    G = nx.MultiDiGraph()
    for e in TRUTH["events"]:
        edges = [(e["other"], EDGE[e["type"]])] + ([(e["to"], "to")] if e["to"] else [])
        for other, role in edges:
            G.add_node(e["agent"], label=e["agent"])
            G.add_node(other, label=other)
            G.add_edge(e["agent"], other, key=f"{e['document']} {role}", type=EventType(e["type"]), confidence=1.0)
    return G


def test_the_truths_top_five_is_what_its_events_give() -> None:
    assert [r.label for r in centrality(truth_graph()).rows[:5]] == TRUTH["top5_pagerank"]


def build(tmp_path: Path, name: str, jobs: int) -> Path:
    path = tmp_path / name
    result = runner.invoke(
        app,
        ["build", str(CORPUS / "articles.jsonl"), "--store", str(path), "--jobs", str(jobs)],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.stderr
    return path


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("corpus"), "one-job", 1)


@pytest.mark.model
def test_the_extracted_network_is_the_written_one(built: Path) -> None:
    with Store.open(built, read_only=True) as store:
        G = actor_graph(store)
        result, _ = report(store)
    extracted = sorted((G.nodes[u]["label"], G.nodes[v]["label"], t.value) for u, v, t in G.edges(data="type"))
    assert extracted == sorted((u, v, t.value) for u, v, t in truth_graph().edges(data="type"))
    assert [r.label for r in result.rows[:5]] == TRUTH["top5_pagerank"]


@pytest.mark.model
@pytest.mark.parametrize("at", sorted(TRUTH["blocs"]))
def test_the_blocs_at_two_dates_are_the_written_ones(built: Path, at: str) -> None:
    with Store.open(built, read_only=True) as store:
        assert [list(b.labels) for b in blocs_at(store, at)] == TRUTH["blocs"][at]
        result, _ = report(store, at=at)
    rows = {r.label: r for r in result.rows}
    for number, members in enumerate(TRUTH["blocs"][at], start=1):
        assert {rows[m].bloc for m in members if m in rows} == {number}


@pytest.mark.model
def test_one_job_or_two_give_the_same_bytes(built: Path, tmp_path: Path) -> None:
    two = build(tmp_path, "two-jobs", 2)
    for args in (["-f", "csv"], ["-f", "json", "--weight", "confidence"], ["--at", "2015-06-30", "-f", "json"]):
        outputs = [runner.invoke(app, ["report", "--store", str(p), *args]).stdout for p in (built, two)]
        assert outputs[0] == outputs[1] and "-0.0000" not in outputs[0]


@pytest.fixture(scope="module")
def virtuoso_url(built: Path) -> Iterator[str]:
    """A private Virtuoso (tests/virtuoso.py) holding the corpus, built by kg build --store URL."""
    sys.path.insert(0, str(Path(__file__).parent))
    import virtuoso

    with virtuoso.running() as server:
        result = runner.invoke(app, ["build", str(CORPUS / "articles.jsonl"), "--store", server.sparql])
        assert result.exit_code == 0, result.output
        yield server.sparql


@pytest.mark.model
@pytest.mark.parametrize(
    "args",
    [
        ["report", "-f", "csv"],
        ["report", "-f", "json", "--weight", "confidence", "--samples", "5"],
        ["report", "--at", "2015-06-30"],
        ["report", "--from", "2016", "--to", "2016", "-f", "markdown", "--all-columns"],
        ["actor", "Islamic State", "-f", "json"],
    ],
    ids=["csv", "json-confidence-sampled", "table-at", "markdown-window", "actor"],
)
def test_a_sparql_server_gives_the_same_bytes_as_the_embedded_store(
    built: Path, virtuoso_url: str, args: list[str]
) -> None:
    embedded = runner.invoke(app, [*args, "--store", str(built)])
    server = runner.invoke(app, [*args, "--store", virtuoso_url])
    assert embedded.exit_code == server.exit_code == 0, server.output
    assert server.stdout == embedded.stdout
