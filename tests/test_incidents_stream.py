"""The streaming clustering (kg.incidents.link.Sweep) against the clustering of all reports at once.

``_reference`` is kg's linking as it was before it streamed (main at d415940): sort every report, compute every
candidate pair, cluster in one pass.  The sweep must give the same incidents (members, keys, disagreements) on
dense random feeds, where reports of one place, actor and day range meet and chain across the whole feed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from kg.incidents.link import THRESHOLD, Report, Sweep, _incident, _order, candidates, compatible, link, score


def _reference(reports):
    ordered = sorted(reports, key=lambda r: (r.place is None, *_order(r)))
    pairs = candidates(ordered)
    cluster_of: dict[str, int] = {}
    clusters: list[list[Report]] = []
    for report in ordered:
        best = None
        for cid in sorted({cluster_of[e] for e in pairs.get(report.event, ()) if e in cluster_of}):
            members = clusters[cid]
            if not all(compatible(report, m) for m in members):
                continue
            top = max((score(report, m) for m in members if m.event in pairs[report.event]), default=-1.0)
            if top >= THRESHOLD and (best is None or top > best[0]):
                best = (top, cid)
        if best is None:
            cluster_of[report.event] = len(clusters)
            clusters.append([report])
        else:
            cluster_of[report.event] = best[1]
            clusters[best[1]].append(report)
    return [_incident(members) for members in clusters]


def _feed(seed: int, n: int, *, days: int, places: int, actors: int) -> list[Report]:
    rng = random.Random(seed)
    start = date(2020, 1, 1)
    named = [f"g:{i}" for i in range(actors)]
    generic = ["c:gunmen", "c:militants"]
    parents = {a: frozenset({named[0]}) for a in named[1:3]}  # two affiliates of one parent
    out = []
    for i in range(n):
        doc = f"d{rng.randrange(n // 2 + 1)}"
        agents = frozenset(rng.sample(named + generic, rng.randint(0, 2)))
        named_agents = frozenset(a for a in agents if a.startswith("g:"))
        out.append(
            Report(
                event=f"e{i:05d}",
                document=doc,
                family=rng.choice(["ATTACK", "ATTACK", "DEFECTION"]),
                day=None if rng.random() < 0.03 else start + timedelta(days=rng.randrange(days)),
                place=None if rng.random() < 0.35 else f"p:{rng.randrange(places)}",
                agents=agents,
                targets=frozenset(rng.sample(named, rng.randint(0, 1))),
                named_agents=named_agents,
                parents=frozenset().union(*(parents.get(a, frozenset()) for a in named_agents)),
                asserted=rng.random() > 0.05,
                position=rng.randrange(500),
            )
        )
    return out


def _as_sets(incidents):
    return sorted(
        (i.key, i.family, tuple(r.event for r in i.reports), tuple(sorted(i.disagreements))) for i in incidents
    )


@pytest.mark.parametrize("seed", range(12))
def test_the_sweep_makes_the_incidents_of_the_whole_feed(seed):
    reports = _feed(seed, 1500, days=40 + 20 * seed, places=3 + seed % 4, actors=4 + seed % 3)
    expected = _reference(reports)
    got = link(reversed(reports))
    assert _as_sets(got) == _as_sets(expected)
    assert [i.key for i in got] == [i.key for i in expected]  # and in the order the clustering made them
    assert sum(len(i.reports) > 1 for i in got) > 100  # the feed is dense enough to link


def test_the_sweep_gives_out_incidents_while_reading_and_holds_a_few_days():
    reports = sorted(_feed(7, 6000, days=400, places=4, actors=5), key=_order)
    sweep = Sweep()
    streamed = []
    held = []
    for report in reports:
        streamed.extend(sweep.add(report))
        held.append(len(sweep._cluster_of))
    early = len(streamed)
    streamed.extend(sweep.finish())
    assert _as_sets(streamed) == _as_sets(_reference(reports))
    assert early > 0.9 * len(streamed)
    assert max(held) < 400  # about ten days of the 400-day feed's 6,000 reports


def test_the_sweep_refuses_reports_out_of_date_order():
    sweep = Sweep()
    sweep.add(Report("e1", "d1", "ATTACK", date(2020, 1, 5), "p:1"))
    with pytest.raises(ValueError, match="date order"):
        sweep.add(Report("e2", "d2", "ATTACK", date(2020, 1, 4), "p:1"))


def _graph(store):
    import pyoxigraph as ox

    from kg.incidents.sync import INCIDENTS_GRAPH

    quads = store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(str(INCIDENTS_GRAPH)))
    return {(q.subject, q.predicate, q.object) for q in quads}


def _relinked(store):
    """The incidents graph as linking every report of the store at once makes it."""
    from kg.incidents.sync import incident_triples, reports
    from kg.rdf.terms import to_oxigraph

    return {
        (to_oxigraph(s), to_oxigraph(p), to_oxigraph(o))
        for incident in _reference(reports(store))
        for s, p, o in incident_triples(incident)
    }


@pytest.mark.model
def test_incidents_kept_up_build_by_build_are_the_relink_of_the_whole_store(nlp, tmp_path, monkeypatch):
    from dataclasses import replace
    from pathlib import Path

    import pyoxigraph as ox

    from kg.build.jobs import build
    from kg.incidents import sync
    from kg.incidents.evaluate import load_gold
    from kg.rdf.iri import document_iri
    from kg.store.embedded import Store

    # Small windows and batches, so the fixture's 59 documents cross many of both.
    monkeypatch.setattr(sync, "_WINDOW_EVENTS", 6)
    monkeypatch.setattr(sync, "_BATCH_INCIDENTS", 4)
    documents = [d.document() for d in load_gold(Path(__file__).parent / "fixtures" / "incidents.jsonl")]
    with Store.open(tmp_path / "store") as store:
        list(build(documents[::2], store=store, nlp=nlp))
        first = _graph(store)
        assert first == _relinked(store)
        list(build(documents[1::2], store=store, nlp=nlp))
        whole = _graph(store)
        assert whole == _relinked(store)
        assert any(p.value.endswith("reportCount") and int(o.value) >= 3 for _, p, o in whole)
        # Rebuilt documents (a day later), a removed one, and a rebuild that changes nothing.
        moved = [replace(d, date=f"{d.date[:8]}{int(d.date[8:10]) % 27 + 1:02d}") for d in documents[5:30:4]]
        list(build(moved, store=store, nlp=nlp))
        store.remove_graph(document_iri(documents[10].id))
        sync.update_incidents(store)
        assert _graph(store) == _relinked(store) != whole
        again = _graph(store)
        sync.update_incidents(store)
        assert _graph(store) == again
        # The merged default graph is still the union of the named graphs.
        quads = list(store.oxigraph.quads_for_pattern(None, None, None))
        merged = {q.triple for q in quads if isinstance(q.graph_name, ox.DefaultGraph)}
        assert merged == {q.triple for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)}
    with Store.open(tmp_path / "fresh") as fresh:
        list(build(documents, store=fresh, nlp=nlp))
        assert _graph(fresh) == whole  # the same graph built in one go


def _synthetic_store(store, *, documents: int, seed: int) -> None:
    """A store of event reports written as N-Quads, without parsing: documents with and without a date, events
    with a day, a month only or no time, attacks and air strikes, named groups and gunmen, a few towns."""
    kg, sem, dc = (
        "https://w3id.org/kg/ontology#",
        "http://semanticweb.cs.vu.nl/2009/11/sem/",
        "http://purl.org/dc/terms/",
    )
    a, label, xsd = (
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
        "http://www.w3.org/2000/01/rdf-schema#label",
        ("http://www.w3.org/2001/XMLSchema#"),
    )
    rng = random.Random(seed)
    lines = [f"<urn:x:gunmen> <{a}> <{kg}Collective> <urn:x:g> .", f'<urn:x:gunmen> <{label}> "gunmen" <urn:x:g> .']
    lines += [f'<urn:x:town{p}> <{label}> "Town{p}" <urn:x:g> .' for p in range(4)]
    lines += [f'<urn:x:group{g}> <{label}> "Group {g}" <urn:x:g> .' for g in range(3)]
    start = date(2021, 6, 1)
    for d in range(documents):
        doc, graph = f"<urn:x:doc{d}>", f"<urn:x:doc{d}>"
        published = start + timedelta(days=rng.randrange(20))
        if rng.random() < 0.9:
            lines.append(f'{doc} <{dc}date> "{published}"^^<{xsd}date> {graph} .')
        lines.append(f"{doc} <{dc}source> <https://outlet{d % 4}.example/{d}> {graph} .")
        for i in range(rng.randint(1, 4)):
            e = f"<urn:x:doc{d}/e{i}>"
            kind = "Airstrike" if rng.random() < 0.2 else "Attack"
            lines += [f"{e} <{a}> <{kg}{kind}> {graph} .", f"{e} <{kg}document> {doc} {graph} ."]
            lines += [f"{e} <{kg}modality> <{kg}Asserted> {graph} .", f"{e} <{kg}polarity> <{kg}Positive> {graph} ."]
            when = rng.random()
            if when < 0.5:
                day = published - timedelta(days=rng.randrange(3))
                lines.append(f'{e} <{sem}hasTimeStamp> "{day}"^^<{xsd}date> {graph} .')
            elif when < 0.6:
                lines.append(f'{e} <{sem}hasTimeStamp> "{published:%Y-%m}"^^<{xsd}gYearMonth> {graph} .')
            if rng.random() < 0.7:
                lines.append(f"{e} <{sem}hasPlace> <urn:x:town{rng.randrange(4)}> {graph} .")
            agent = rng.choice(["<urn:x:gunmen>", "<urn:x:group0>", "<urn:x:group1>", "<urn:x:group2>", None])
            if agent:
                lines.append(f"{e} <{kg}agent> {agent} {graph} .")
    store.load("\n".join(lines) + "\n", format="nquads")


@pytest.mark.parametrize("seed", range(3))
def test_streamed_linking_through_the_date_index_is_the_link_of_every_report_at_once(tmp_path, monkeypatch, seed):
    """update_incidents reads the reports a few days at a time by looking their date literals up (event dates,
    else the document's, a month-only date falling back to the document's, the undated apart); its incidents
    graph must be the one linking every report read in one scan makes."""
    from kg.incidents import sync
    from kg.store.embedded import Store

    monkeypatch.setattr(sync, "_WINDOW_EVENTS", 25)
    monkeypatch.setattr(sync, "_BATCH_INCIDENTS", 10)
    with Store.open(tmp_path / "store") as store:
        _synthetic_store(store, documents=150, seed=seed)
        everything = sync.reports(store)
        streamed = list(sync.stream(store))
        assert sorted(streamed, key=lambda r: r.event) == everything
        assert len(sync.windows(store)) > 5 and sync.windows(store)[0] is None  # the undated are read first
        assert sum(r.day is None for r in everything) > 0
        sync.update_incidents(store)
        assert _graph(store) == _relinked(store)
        assert sum(len(i.reports) > 1 for i in _reference(everything)) > 20


def test_a_relink_after_documents_change_in_small_batches_is_the_link_of_every_report(tmp_path, monkeypatch):
    """update_incidents compares the stored incidents batch by batch and writes the changes only once every report
    is read; a stored incident whose reports land in several batches must be changed once, by the first batch that
    finds it, so the graph is the relink of every report at once after documents are removed and moved in time."""
    import pyoxigraph as ox

    from kg.incidents import sync
    from kg.store.embedded import Store

    monkeypatch.setattr(sync, "_WINDOW_EVENTS", 25)
    monkeypatch.setattr(sync, "_BATCH_INCIDENTS", 3)
    monkeypatch.setattr(sync, "_WRITE_STATEMENTS", 40)
    dcterms_date = "http://purl.org/dc/terms/date"
    with Store.open(tmp_path / "store") as store:
        _synthetic_store(store, documents=150, seed=11)
        sync.update_incidents(store)
        linked = _graph(store)
        assert linked == _relinked(store)
        for d in range(0, 150, 9):
            store.remove_graph(f"urn:x:doc{d}")
        for d in range(4, 150, 7):  # published two days later: the reports without a day of their own move
            graph = ox.NamedNode(f"urn:x:doc{d}")
            triples = []
            for q in store.oxigraph.quads_for_pattern(None, None, None, graph):
                o = q.object
                if q.predicate.value == dcterms_date:
                    o = ox.Literal(str(date.fromisoformat(o.value) + timedelta(days=2)), datatype=o.datatype)
                triples.append((q.subject, q.predicate, o))
            store.replace_graph(graph.value, triples)
        patches: list[tuple[int, int]] = []
        patch = store.patch_graph

        def counted(graph, *, remove, add):
            remove, add = list(remove), list(add)
            patches.append((len(remove), len(add)))
            patch(graph, remove=remove, add=add)

        monkeypatch.setattr(store, "patch_graph", counted)
        sync.update_incidents(store)
        relinked = _graph(store)
        assert relinked == _relinked(store) != linked
        assert len(patches) > 10 and sum(r for r, _ in patches) > 50  # many small patches that remove, too
        sync.update_incidents(store)
        assert _graph(store) == relinked
