"""The whole path on the seed article: build -> store -> SHACL, SPARQL, export, report.

The expectations are our own reading of seeds/000_6de41f068a7d4c44.txt, not the eval gold.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Dataset, Graph
from typer.testing import CliRunner

from kg.cli import app
from kg.rdf.validate import validate
from kg.store.embedded import Store

pytestmark = pytest.mark.model

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ISLAMIC_STATE_WD = "http://www.wikidata.org/entity/Q2429253"
runner = CliRunner()


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("seed") / "store"
    result = runner.invoke(app, ["build", str(SEEDS), "--store", str(path)])
    assert result.exit_code == 0, result.output
    return path


def _select(store_path: Path, query: str) -> list[dict[str, str]]:
    with Store.open(store_path, read_only=True) as store:
        result = store.query(query)
    return [{k: str(v) for k, v in row.items()} for row in result.dicts()]


def test_rebuilding_changes_nothing(store_path):
    with Store.open(store_path, read_only=True) as store:
        before = store.stats()
    result = runner.invoke(app, ["build", str(SEEDS), "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    with Store.open(store_path, read_only=True) as store:
        after = store.stats()
    assert (after.documents, after.quads, after.triples) == (before.documents, before.quads, before.triples)
    assert before.documents == 1 and before.quads > 50


def test_islamic_state_is_one_actor_with_its_aliases(store_path):
    rows = _select(
        store_path,
        f"""
        SELECT ?a ?alias WHERE {{ ?a owl:sameAs <{ISLAMIC_STATE_WD}> ; kg:alias ?alias }}""",
    )
    assert len({r["a"] for r in rows}) == 1
    aliases = {r["alias"].lower() for r in rows}
    assert {"isis", "the caliphate", "the jihadist group", "the terrorist organisation"} <= aliases


def test_seed_events(store_path):
    rows = _select(
        store_path,
        """
        SELECT ?type ?agent ?target ?to ?modality WHERE {
          ?e a ?type ; kg:modality ?modality .
          FILTER(?type != sem:Event)
          OPTIONAL { ?e kg:agent/rdfs:label ?agent }
          OPTIONAL { ?e kg:target|kg:defectedFrom|kg:pledgedTo ?t . ?t rdfs:label ?target }
          OPTIONAL { ?e kg:defectedTo/rdfs:label ?to }
        }""",
    )
    asserted = [r for r in rows if r["modality"].endswith(("Asserted", "Inspired"))]

    def has(kind: str, **roles: str) -> bool:
        return any(
            r["type"].endswith("#" + kind) and all(v.lower() in r.get(k, "").lower() for k, v in roles.items())
            for r in asserted
        )

    # "Hundreds of ISIS fighters have abandoned the jihadist group and surrendered to Iraqi and Kurdish forces."
    assert has("Defection", agent="fighters", target="Islamic State", to="Iraqi")
    # "Offensives by the Iraqi army and semi-autonomous Kurdish forces have eroded ISIS control"
    assert has("Attack", agent="Iraq", target="Islamic State")
    # "Russian, Syrian and US airstrikes against the caliphate's inner leadership": three attackers.
    for state in ("Russia", "Syria", "United States"):
        assert has("Airstrike", agent=state)
    # "The caliphate has won the loyalty of disparate groups in Mali and Libya"
    assert has("Allegiance", agent="groups", target="Islamic State")
    # "planning even more attacks across the Middle East" is not reported as having happened.
    assert any(r["modality"].endswith("Planned") for r in rows)


def test_every_document_graph_conforms_to_the_shapes(store_path, tmp_path):
    dump = tmp_path / "seed.nq"
    result = runner.invoke(app, ["export", "--format", "nquads", "--output", str(dump), "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    ds = Dataset()
    ds.parse(dump, format="nquads")
    report = validate(ds)
    assert report.conforms, report.violations[:5]


def test_turtle_export_reparses_strictly_to_the_same_graph(store_path):
    result = runner.invoke(app, ["export", "--store", str(store_path)])
    assert result.exit_code == 0
    turtle = result.stdout_bytes
    strict = Graph()
    for triple in pyoxigraph.parse(turtle, format=pyoxigraph.RdfFormat.TURTLE):
        strict.add(tuple(_to_rdflib(t) for t in (triple.subject, triple.predicate, triple.object)))
    nt = runner.invoke(app, ["export", "--format", "nt", "--store", str(store_path)])
    expected = Graph().parse(data=nt.stdout, format="nt")
    from rdflib.compare import isomorphic

    assert len(strict) == len(expected) > 50
    assert isomorphic(strict, expected)


def _to_rdflib(term):
    from kg.rdf.terms import from_oxigraph

    return from_oxigraph(term)


def test_report_names_the_islamic_state_most_central(store_path):
    result = runner.invoke(app, ["report", "--format", "csv", "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    header, first = result.stdout.splitlines()[:2]
    assert "pagerank" in header and "betweenness" in header and "degree" in header
    assert "Islamic State" in first


def test_examples_run_on_the_seed_graph(store_path):
    # Every example runs; the five core questions have answers in the seed article (it has no dates,
    # so the timeline is empty there).
    core = {"who-attacked-whom", "airstrikes-by-agent", "defections", "allegiance-network", "events-with-sources"}
    examples = sorted((SEEDS.parent / "examples").glob("*.rq"))
    assert core <= {p.stem for p in examples}
    for path in examples:
        result = runner.invoke(app, ["query", "--file", str(path), "--format", "csv", "--store", str(store_path)])
        assert result.exit_code == 0, (path.name, result.output)
        if path.stem in core:
            assert len(result.stdout.splitlines()) >= 2, f"{path.name} found nothing in the seed graph"


def test_query_errors_are_one_line(store_path):
    result = runner.invoke(app, ["query", "SELECT ?x WHERE { ?x ", "--store", str(store_path)])
    assert result.exit_code == 1
    assert result.stderr.startswith("kg: error:") and result.stderr.count("\n") == 1
