"""Alliances over time: dated ties from pledges and defections, and the blocs at a date (kg.network.alliances)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_network import actor, event
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import UsageError
from kg.network.alliances import JOINS, LEAVES, Change, _order, blocs_at, changes, day, end_of, ties
from kg.network.report import report
from kg.rdf.iri import document_iri
from kg.rdf.vocab import ID, KG
from kg.store.embedded import Store

runner = CliRunner()


def iri(name: str) -> str:
    return str(ID[f"actor/{name}"])


@pytest.fixture
def store(tmp_path: Path):
    names = ("isis", "boko", "fighters", "iraq", "aqap", "al-qaeda", "shabaab")
    triples = [t for n in names for t in actor(n)]
    triples += event("p1", KG.Allegiance, "boko", pledgee="isis", time="2015-03-07")
    triples += event("d1", KG.Defection, "fighters", left="isis", joined="iraq", time="2016-06")
    triples += event("p2", KG.Allegiance, "aqap", pledgee="al-qaeda", time="2014")
    triples += event("d2", KG.Defection, "aqap", left="al-qaeda", time="2017-01-02")
    triples += event("p3", KG.Allegiance, "shabaab", pledgee="al-qaeda")  # undated
    triples += event("p4", KG.Allegiance, "boko", pledgee="iraq", time="2015-05-01", modality=KG.Planned)
    triples += event("a1", KG.Attack, "isis", target="iraq", time="2016-01-01")
    with Store.open(tmp_path / "store") as s:
        s.replace_graph(document_iri("one"), triples)
        yield s


def members(found) -> list[set[str]]:
    return [{m.rsplit("/", 1)[-1] for m in b.members} for b in found]


def test_dates_of_any_precision_count_from_their_first_day_to_their_last() -> None:
    assert (day("2015"), day("2015-03"), day("2015-03-07")) == ("2015-01-01", "2015-03-01", "2015-03-07")
    assert (end_of("2015"), end_of("2015-03"), end_of("2015-03-07")) == ("2015-12-31", "2015-03-31", "2015-03-07")


def test_a_tie_holds_from_the_pledge_until_a_defection_from_that_side(store: Store) -> None:
    found = {(t.member.rsplit("/", 1)[-1], t.side.rsplit("/", 1)[-1]): t for t in ties(changes(store))}
    assert (found["boko", "isis"].start, found["boko", "isis"].end) == ("2015-03-07", None)
    # A defection with no recorded pledge: with the side since before the record, until the defection.
    assert (found["fighters", "isis"].start, found["fighters", "isis"].end) == (None, "2016-06")
    assert (found["fighters", "iraq"].start, found["fighters", "iraq"].end) == ("2016-06", None)
    assert (found["aqap", "al-qaeda"].start, found["aqap", "al-qaeda"].end) == ("2014", "2017-01-02")
    assert ("boko", "iraq") not in found  # a planned pledge is no tie


def test_blocs_as_they_stood_at_each_date(store: Store) -> None:
    assert members(blocs_at(store, "2014-06")) == [{"aqap", "al-qaeda"}, {"fighters", "isis"}]
    assert members(blocs_at(store, "2015-03-06")) == [{"aqap", "al-qaeda"}, {"fighters", "isis"}]
    assert members(blocs_at(store, "2015-03-07")) == [{"boko", "fighters", "isis"}, {"aqap", "al-qaeda"}]
    assert members(blocs_at(store, "2016-05-31")) == [{"boko", "fighters", "isis"}, {"aqap", "al-qaeda"}]
    # June 2016 as a month: the defection of "2016-06" has happened by its end.
    # Blocs of one size: by their hub's label (Al-Qaeda, Iraq, Isis).
    assert members(blocs_at(store, "2016-06")) == [{"aqap", "al-qaeda"}, {"fighters", "iraq"}, {"boko", "isis"}]
    assert members(blocs_at(store, "2017")) == [{"fighters", "iraq"}, {"boko", "isis"}]
    # With no date, undated pledges count too: the record's latest word.
    everything = blocs_at(store)
    assert members(everything) == [{"al-qaeda", "shabaab"}, {"fighters", "iraq"}, {"boko", "isis"}]
    assert [b.number for b in everything] == [1, 2, 3] and everything[2].name == "Isis"  # the side, not Boko


def test_report_at_a_date_counts_the_events_up_to_it_and_marks_the_blocs(store: Store) -> None:
    result, _ = report(store, at="2015-12-31")
    rows = {r.iri.rsplit("/", 1)[-1]: r for r in result.rows}
    assert result.as_of == "2015-12-31" and "fighters" not in rows  # the defection came later
    assert rows["boko"].bloc == rows["isis"].bloc == 1 and rows["aqap"].bloc == 2
    later, _ = report(store, since="2016-01-01", until="2016-12-31")
    rows = {r.iri.rsplit("/", 1)[-1]: r for r in later.rows}
    assert set(rows) == {"isis", "iraq", "fighters"} and rows["fighters"].bloc == rows["iraq"].bloc
    assert rows["isis"].bloc != rows["iraq"].bloc
    with pytest.raises(UsageError, match="do not mix"):
        report(store, at="2015", until="2016")
    with pytest.raises(UsageError, match="at must be a date"):
        report(store, at="last year")


def test_cli_at_and_window(store: Store, tmp_path: Path) -> None:
    path = str(tmp_path / "store")
    store.close()
    result = runner.invoke(app, ["report", "--store", path, "--at", "2016"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[-1] == "bloc" and max(map(len, lines)) <= 100
    assert "alliance blocs at 2016 (pledges and defections held then):" in result.stdout
    assert "  3  Isis (2): Boko, Isis" in result.stdout
    data = json.loads(
        runner.invoke(app, ["report", "--store", path, "--from", "2016", "--to", "2016", "-f", "json"]).stdout
    )
    assert data["network"]["as_of"] == "2016"
    assert [b["members"] for b in data["network"]["blocs"]] == [
        ["Al-Qaeda", "Aqap"],
        ["Fighters", "Iraq"],
        ["Boko", "Isis"],
    ]
    bad = runner.invoke(app, ["report", "--store", path, "--at", "2016", "--to", "2017"])
    assert bad.exit_code == 2 and "--at" in bad.stderr


DAYS = st.sampled_from(["2014", "2014-06", "2014-06-15", "2015-01-01", "2015-03", "2015-03-07", "2016"])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(DAYS, st.sampled_from([JOINS, LEAVES]), st.sampled_from("ab"), st.sampled_from("xy"))),
    st.sampled_from(["2013-12-31", "2014-03-01", "2014-06-30", "2015-03-06", "2015-03-07", "2015-12-31", "2017"]),
)
def test_a_tie_holds_exactly_when_the_last_change_before_the_date_joined(raw, at) -> None:
    """The spans of ties() against the plainest reading: at a date, the pair's last change so far decides; with
    none so far, it was together only if its first change is a defection (with the side before the record)."""
    found = sorted((Change(d, c, m, s, f"e{i}") for i, (d, c, m, s) in enumerate(raw)), key=_order)
    limit = end_of(at)
    for m in "ab":
        for s in "xy":
            mine = [c for c in found if (c.member, c.side) == (m, s)]
            so_far = [c for c in mine if c.date is not None and day(c.date) <= limit]
            expected = so_far[-1].change == JOINS if so_far else bool(mine) and mine[0].change == LEAVES
            held = any(t.held_at(limit) for t in ties(found) if (t.member, t.side) == (m, s))
            assert held == expected, (m, s, mine)


def test_the_actor_view_tells_an_undated_side_from_one_held_before_the_record(store: Store) -> None:
    from kg.network.actor import actor_view
    from kg.network.formats import render_actor

    shabaab, fighters = actor_view(store, "Shabaab"), actor_view(store, "Fighters")
    assert [(m.other, m.start, m.end, m.implied) for m in shabaab.memberships] == [("Al-Qaeda", None, None, False)]
    assert [(m.other, m.start, m.end, m.implied) for m in fighters.memberships] == [
        ("Isis", None, "2016-06", True),
        ("Iraq", "2016-06", None, False),
    ]
    assert "from an undated report" in render_actor(shabaab, "text")
    assert "Isis                                from before the record   until 2016-06" in render_actor(
        fighters, "text"
    )
