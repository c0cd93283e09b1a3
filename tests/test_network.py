"""The actor network built from a store with SPARQL, and its centrality, against hand-computed values."""

from __future__ import annotations

import math

import networkx as nx
import pytest
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import OWL, XSD

from kg.errors import UsageError
from kg.models import EventType, Modality
from kg.network.centrality import centrality, collapse
from kg.network.graph import actor_graph
from kg.rdf.vocab import ID, KG, SEM, WD
from kg.store.embedded import Store


def actor(name: str, kind: URIRef = KG.ArmedGroup, wikidata: str | None = None) -> list[tuple]:
    a = ID[f"actor/{name}"]
    triples = [(a, RDF.type, KG.Actor), (a, RDF.type, kind), (a, RDFS.label, Literal(name.title()))]
    if wikidata:
        triples.append((a, OWL.sameAs, WD[wikidata]))
    return triples


def event(
    name: str,
    cls: URIRef,
    agent: str,
    *,
    target: str | None = None,
    left: str | None = None,
    joined: str | None = None,
    pledgee: str | None = None,
    confidence: float = 0.8,
    modality: URIRef = KG.Asserted,
    polarity: URIRef = KG.Positive,
    time: str | None = None,
) -> list[tuple]:
    e = ID[f"event/{name}"]
    triples = [
        (e, RDF.type, cls),
        (e, RDF.type, SEM.Event),
        (e, KG.agent, ID[f"actor/{agent}"]),
        (e, KG.confidence, Literal(str(confidence), datatype=XSD.decimal)),
        (e, KG.modality, modality),
        (e, KG.polarity, polarity),
    ]
    for prop, who in (
        (KG.target, target),
        (KG.defectedFrom, left),
        (KG.defectedTo, joined),
        (KG.pledgedTo, pledgee),
    ):
        if who:
            triples.append((e, prop, ID[f"actor/{who}"]))
    if time:
        triples.append((e, SEM.hasTimeStamp, Literal(time, datatype=XSD.date)))
    return triples


def a(name: str) -> str:
    return str(ID[f"actor/{name}"])


def store_with(*docs: list[tuple]) -> Store:
    store = Store.memory()
    for i, triples in enumerate(docs):
        store.replace_graph(ID[f"doc/d{i}"], triples)
    return store


@pytest.fixture
def conflict() -> Store:
    """Two documents; actors repeated in both, as kg's RDF does."""
    doc1 = (
        actor("isis", wikidata="Q2429253")
        + actor("iraq", KG.State)
        + actor("usa", KG.State)
        + event("e1", KG.Attack, "isis", target="iraq", confidence=0.9, time="2016-05-01")
        + event("e2", KG.Airstrike, "usa", target="isis", confidence=0.8, time="2016-06-02")
        + event("e6", KG.Attack, "isis", target="usa", modality=KG.Planned)
        + event("e7", KG.Attack, "iraq", target="isis", polarity=KG.Negative)
        + event("e8", KG.Attack, "iraq", target="usa", confidence=0.2)
    )
    doc2 = (
        actor("isis", wikidata="Q2429253")
        + actor("iraq", KG.State)
        + actor("usa", KG.State)
        + actor("fighters", KG.Collective)
        + actor("boko-haram")
        + event("e3", KG.Airstrike, "usa", target="isis", confidence=0.6, time="2017-01-10")
        + event("e4", KG.Defection, "fighters", left="isis", joined="iraq")
        + event("e5", KG.Allegiance, "boko-haram", pledgee="isis", modality=KG.Inspired)
    )
    return store_with(doc1, doc2)


def edges(G: nx.MultiDiGraph) -> set[tuple[str, str, str, str]]:
    return {(u.rsplit("/", 1)[1], v.rsplit("/", 1)[1], d["type"].value, d["role"]) for u, v, d in G.edges(data=True)}


def test_default_filters_keep_asserted_and_inspired_positive_events(conflict: Store) -> None:
    G = actor_graph(conflict)
    assert edges(G) == {
        ("isis", "iraq", "ATTACK", "target"),
        ("usa", "isis", "AIRSTRIKE", "target"),
        ("fighters", "isis", "DEFECTION", "from"),
        ("fighters", "iraq", "DEFECTION", "to"),
        ("boko-haram", "isis", "ALLEGIANCE", "pledgee"),
        ("iraq", "usa", "ATTACK", "target"),
    }
    # Two airstrikes by the US on IS are two edges, one per event.
    assert G.number_of_edges(a("usa"), a("isis")) == 2
    assert G.number_of_edges() == 7


def test_node_and_edge_attributes(conflict: Store) -> None:
    G = actor_graph(conflict)
    assert G.nodes[a("isis")] == {"label": "Isis", "kind": "armed_group", "wikidata": "Q2429253"}
    assert G.nodes[a("iraq")]["kind"] == "state"
    assert G.nodes[a("fighters")] == {"label": "Fighters", "kind": "collective", "wikidata": None}
    (data,) = [d for _, _, d in G.edges(a("isis"), data=True)]
    assert data["event"] == str(ID["event/e1"])
    assert data["confidence"] == pytest.approx(0.9)
    assert data["time"] == "2016-05-01"
    assert data["modality"] is Modality.ASSERTED


def test_filters(conflict: Store) -> None:
    assert edges(actor_graph(conflict, types={EventType.AIRSTRIKE})) == {("usa", "isis", "AIRSTRIKE", "target")}
    assert actor_graph(conflict, types=[]).number_of_nodes() == 0
    strong = actor_graph(conflict, min_confidence=0.7)
    assert ("iraq", "usa", "ATTACK", "target") not in edges(strong)
    assert strong.number_of_edges(a("usa"), a("isis")) == 1  # the 0.6 airstrike is gone
    assert ("isis", "usa", "ATTACK", "target") in edges(actor_graph(conflict, modalities={Modality.PLANNED}))
    assert ("boko-haram", "isis", "ALLEGIANCE", "pledgee") not in edges(
        actor_graph(conflict, modalities={Modality.ASSERTED})
    )
    assert ("iraq", "isis", "ATTACK", "target") in edges(actor_graph(conflict, include_negated=True))
    dated = actor_graph(conflict, start="2016-06", end="2016-12-31")
    assert [d["event"] for _, _, d in dated.edges(data=True)] == [str(ID["event/e2"])]
    assert actor_graph(conflict, end="2016").number_of_edges() == 2  # e1 and e2, both in 2016
    with pytest.raises(UsageError):
        actor_graph(conflict, start="May 2016")


def test_replacing_a_document_removes_only_its_events(conflict: Store) -> None:
    conflict.replace_graph(ID["doc/d0"], actor("isis") + actor("usa", KG.State))
    G = actor_graph(conflict)
    assert ("isis", "iraq", "ATTACK", "target") not in edges(G)
    # doc 2 still states the actors doc 1 also described
    assert G.nodes[a("iraq")]["label"] == "Iraq"
    assert G.nodes[a("isis")]["wikidata"] == "Q2429253"


def star() -> Store:
    doc = actor("hub") + [t for leaf in "abcd" for t in actor(leaf)]
    for i, leaf in enumerate("abcd"):
        doc += event(f"s{i}", KG.Attack, "hub", target=leaf)
    return store_with(doc)


def test_star_centrality_by_hand() -> None:
    rows = {r.label: r for r in centrality(actor_graph(star())).rows}
    hub, leaf = rows["Hub"], rows["A"]
    assert (hub.out_degree, hub.in_degree, hub.degree, hub.events) == (4, 0, 4, 4)
    assert (leaf.out_degree, leaf.in_degree, leaf.events) == (0, 1, 1)
    assert hub.betweenness == leaf.betweenness == 0
    # closeness counts paths to the actor: a leaf is reached by 1 of 4 others at distance 1.
    assert hub.closeness == 0 and leaf.closeness == pytest.approx(0.25)
    # PageRank (alpha 0.85, dangling leaves spread evenly): hub x, leaf y with
    # x = 0.03 + 0.68 y and y = 0.03 + 0.2125 x + 0.68 y.
    y = (0.03 + 0.2125 * 0.03) / (1 - 0.68 - 0.2125 * 0.68)
    assert leaf.pagerank == pytest.approx(y, abs=1e-5)
    assert hub.pagerank == pytest.approx(0.03 + 0.68 * y, abs=1e-5)
    # A star is not strongly connected: eigenvector falls back to the undirected star,
    # whose centre has 1/sqrt(2) and leaves 1/(2 sqrt(2)).
    assert hub.eigenvector == pytest.approx(1 / math.sqrt(2), abs=1e-4)
    assert leaf.eigenvector == pytest.approx(1 / (2 * math.sqrt(2)), abs=1e-4)


def test_path_centrality_by_hand_and_sorting() -> None:
    doc = actor("a") + actor("b") + actor("c")
    doc += event("p1", KG.Attack, "a", target="b") + event("p2", KG.Attack, "b", target="c")
    G = actor_graph(store_with(doc))
    rows = centrality(G, sort="betweenness").rows
    assert [r.label for r in rows] == ["B", "A", "C"]  # A and C tie at 0: label order
    by = {r.label: r for r in rows}
    assert by["B"].betweenness == pytest.approx(0.5)  # the only a->c path, of 2 ordered pairs
    assert by["A"].closeness == 0
    assert by["B"].closeness == pytest.approx(0.5)  # reached by 1 of 2, distance 1
    assert by["C"].closeness == pytest.approx(2 / 3)  # reached by 2 of 2, distances 1 and 2
    assert [r.label for r in centrality(G, sort="closeness").rows] == ["C", "B", "A"]
    assert [r.label for r in centrality(G, sort="pagerank").rows][0] == "C"
    assert len(centrality(G, limit=1).rows) == 1
    with pytest.raises(UsageError):
        centrality(G, sort="fame")


def test_cycle_uses_directed_eigenvector() -> None:
    doc = actor("a") + actor("b") + actor("c")
    doc += event("c1", KG.Attack, "a", target="b") + event("c2", KG.Attack, "b", target="c")
    doc += event("c3", KG.Attack, "c", target="a")
    rows = centrality(actor_graph(store_with(doc))).rows
    for r in rows:
        assert r.eigenvector == pytest.approx(1 / math.sqrt(3), abs=1e-4)
        assert r.pagerank == pytest.approx(1 / 3)


def test_weights_events_or_confidence(conflict: Store) -> None:
    G = actor_graph(conflict)
    assert collapse(G)[a("usa")][a("isis")]["weight"] == 2
    assert collapse(G, weight="confidence")[a("usa")][a("isis")]["weight"] == pytest.approx(1.4)
    by = {r.label: r for r in centrality(G, weight="confidence").rows}
    assert by["Usa"].weighted_degree == pytest.approx(1.4 + 0.2)
    with pytest.raises(UsageError):
        collapse(G, weight="money")


def test_self_loops_and_empty_graph() -> None:
    doc = actor("a") + event("x", KG.Attack, "a", target="a")
    G = actor_graph(store_with(doc))
    assert G.number_of_edges() == 1
    (row,) = centrality(G).rows
    assert row.degree == 0 and row.events == 1
    assert centrality(actor_graph(Store.memory())).rows == ()
    assert centrality(nx.MultiDiGraph()).rows == ()


def test_nodes_without_actor_description_get_a_label_from_their_iri() -> None:
    G = actor_graph(store_with(event("x", KG.Attack, "ghost", target="shadow")))
    assert G.nodes[a("ghost")] == {"label": "ghost", "kind": None, "wikidata": None}


# --- filters by document, modality names, event-type shares, communities --------------------------


def test_document_filter_by_id_or_iri(conflict: Store) -> None:
    from kg.network.graph import document_graph

    assert document_graph(str(ID["doc/d1"])) == str(ID["doc/d1"])
    only_second = actor_graph(conflict, documents=[str(ID["doc/d1"])])
    assert edges(only_second) == {
        ("usa", "isis", "AIRSTRIKE", "target"),
        ("fighters", "isis", "DEFECTION", "from"),
        ("fighters", "iraq", "DEFECTION", "to"),
        ("boko-haram", "isis", "ALLEGIANCE", "pledgee"),
    }
    assert actor_graph(conflict, documents=["no-such-document"]).number_of_edges() == 0
    assert actor_graph(conflict, documents=[]).number_of_edges() == 0


def test_document_ids_map_to_document_graphs() -> None:
    from kg.network.graph import document_graph
    from kg.rdf.iri import document_iri

    assert document_graph("reuters-2016-05-01") == str(document_iri("reuters-2016-05-01"))
    assert document_graph("a b:c") == str(document_iri("a b:c"))


def test_report_filters_by_names(conflict: Store) -> None:
    from kg.network.report import report

    result, D = report(conflict, types=["airstrike"], graph=True)
    assert {r.label for r in result.rows} == {"Usa", "Isis"}
    assert D.number_of_edges() == 1 and D[a("usa")][a("isis")]["events"] == 2
    planned, _ = report(conflict, modalities=["PLANNED"])
    assert [(r.label, r.out_degree) for r in planned.rows if r.out_degree] == [("Isis", 1)]
    dated, _ = report(conflict, since="2016-06", until="2016")
    assert dated.events == 1
    for bad in ({"types": ["bombing"]}, {"modalities": ["rumoured"]}, {"sort": "fame"}, {"since": "May 2016"}):
        with pytest.raises(UsageError) as info:
            report(conflict, **bad)
        assert "must be" in str(info.value) or "use" in str(info.value)


def test_sort_error_lists_the_measures(conflict: Store) -> None:
    with pytest.raises(UsageError, match="betweenness, closeness, pagerank"):
        centrality(actor_graph(conflict), sort="fame")


def test_event_type_shares_by_hand(conflict: Store) -> None:
    result = centrality(actor_graph(conflict))
    by = {r.label: r for r in result.rows}
    # Default filters keep e1 and e8 (attacks), e2 and e3 (airstrikes), e4, e5: six events.
    assert result.events == 6 and result.actors == 5
    assert by["Isis"].share_attack == pytest.approx(1 / 2)  # e1 of e1, e8
    assert by["Iraq"].share_attack == 1.0
    assert by["Usa"].share_airstrike == 1.0 and by["Iraq"].share_airstrike == 0.0
    assert by["Fighters"].share_defection == 1.0 and by["Fighters"].share_attack == 0.0
    assert by["Boko-Haram"].share_allegiance == 1.0
    only_attacks = centrality(actor_graph(conflict, types={EventType.ATTACK}))
    assert only_attacks.rows[0].share_airstrike is None  # no airstrike in the network: undefined


def two_cliques() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    for group in ("abcd", "wxyz"):
        for u in group:
            for v in group:
                if u < v:
                    G.add_edge(u, v, key=u + v, event=u + v, type=EventType.ATTACK, confidence=1.0)
    G.add_edge("d", "w", key="dw", event="dw", type=EventType.DEFECTION, confidence=1.0)
    for v in G:
        G.nodes[v]["label"] = v
    return G


@pytest.mark.parametrize("engine", ["networkx", "igraph"])
def test_communities_split_two_cliques(engine: str) -> None:
    result = centrality(two_cliques(), engine=engine)
    community = {r.label: r.community for r in result.rows}
    assert result.communities == 2
    assert len({community[v] for v in "abcd"}) == 1 and len({community[v] for v in "wxyz"}) == 1
    assert community["a"] != community["w"]
    # Ids are stable: equal sizes, so the community holding the smallest label is 1.
    assert community["a"] == 1
    # The bridge carries every path between the cliques.
    assert max(result.rows, key=lambda r: r.betweenness).label in {"d", "w"}


def test_eigenvector_fallback_when_it_does_not_converge(monkeypatch) -> None:
    def fail(*args, **kwargs):
        raise nx.PowerIterationFailedConvergence(1000)

    monkeypatch.setattr(nx, "eigenvector_centrality", fail)
    result = centrality(actor_graph(star()), sort="eigenvector", engine="networkx")
    assert all(r.eigenvector is None for r in result.rows)
    assert result.eigenvector == "unavailable"
    assert any("did not converge" in note for note in result.notes)
    assert len(result.rows) == 5  # ranked still; None sorts last


# --- sampling and the igraph engine -----------------------------------------------------------------


def scale_free(n: int, *, seed: int = 0, m: int = 3) -> nx.MultiDiGraph:
    """A seeded preferential-attachment actor network, edges in random directions and of random types."""
    import random

    rng = random.Random(seed)
    types = list(EventType)
    G = nx.MultiDiGraph()
    targets = [0]
    G.add_node("a0", label="a0")
    for v in range(1, n):
        G.add_node(f"a{v}", label=f"a{v}")
        for u in {rng.choice(targets) for _ in range(min(m, v))}:
            s, t = (f"a{v}", f"a{u}") if rng.random() < 0.5 else (f"a{u}", f"a{v}")
            e = f"e{G.number_of_edges()}"
            G.add_edge(s, t, key=e, event=e, type=rng.choice(types), confidence=0.5 + rng.random() / 2)
            targets.append(u)
        targets.append(v)
    return G


def test_sampled_betweenness_is_networkx_k_sampled_and_reports_k() -> None:
    G = scale_free(120)
    result = centrality(G, samples=30, seed=7, engine="networkx")
    assert result.sources == 30 and any("30 of 120" in note for note in result.notes)
    expected = nx.betweenness_centrality(collapse(G), k=30, seed=7)
    for r in result.rows:
        assert r.betweenness == pytest.approx(expected[r.iri], abs=1e-12)
    exact = centrality(G, samples=0)
    assert exact.sources is None and exact.notes == (
        "eigenvector is of the undirected network (the directed one is not strongly connected)",
    )


def test_sampling_every_actor_gives_exact_closeness() -> None:
    from kg.network.centrality import _sampled_closeness

    D = collapse(scale_free(80))
    exact = nx.closeness_centrality(D)
    estimated = _sampled_closeness(D, list(D))
    assert estimated == pytest.approx(exact, abs=1e-12)


def test_large_graphs_are_sampled_by_default(monkeypatch) -> None:
    import kg.network.centrality

    monkeypatch.setattr(kg.network.centrality, "EXACT_LIMIT", 50)
    result = centrality(scale_free(100))
    assert result.sources is None  # 256 default samples >= 100 actors: exact is no dearer
    monkeypatch.setattr(kg.network.centrality, "DEFAULT_SAMPLES", 20)
    assert centrality(scale_free(100)).sources == 20


def _rows(result) -> dict:
    return {r.iri: r for r in result.rows}


def _same(a, b) -> None:
    for v in a:
        for measure in (
            "events",
            "in_degree",
            "out_degree",
            "weighted_degree",
            "betweenness",
            "closeness",
            "pagerank",
            "share_attack",
        ):
            assert getattr(b[v], measure) == pytest.approx(getattr(a[v], measure), abs=1e-9), (v, measure)
        # networkx's power iteration stops at tolerance 1e-6 per node; igraph's ARPACK is tighter.
        assert b[v].eigenvector == pytest.approx(a[v].eigenvector, abs=1e-4), (v, "eigenvector")


@pytest.mark.parametrize("name", ["star", "path", "cycle", "conflict", "scale-free", "scale-free sampled"])
def test_igraph_engine_matches_networkx(name: str, conflict: Store) -> None:
    samples = None
    if name == "star":
        G = actor_graph(star())
    elif name in ("path", "cycle"):
        doc = actor("a") + actor("b") + actor("c")
        doc += event("p1", KG.Attack, "a", target="b") + event("p2", KG.Attack, "b", target="c")
        if name == "cycle":
            doc += event("p3", KG.Attack, "c", target="a")
        G = actor_graph(store_with(doc))
    elif name == "conflict":
        G = actor_graph(conflict)
    else:
        G = scale_free(150)
        samples = 40 if name.endswith("sampled") else None
    reference = centrality(G, engine="networkx", samples=samples, weight="confidence")
    fast = centrality(G, engine="igraph", samples=samples, weight="confidence")
    assert (fast.engine, reference.engine) == ("igraph", "networkx")
    assert fast.sources == reference.sources and fast.eigenvector == reference.eigenvector
    _same(_rows(reference), _rows(fast))


def test_unknown_engine_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        centrality(actor_graph(star()), engine="spark")


def test_attacked_places_and_objects_are_not_actors_unless_asked() -> None:
    hall, convoy = ID["actor/hall"], ID["actor/convoy"]
    doc = (
        actor("isis")
        + actor("iraq", KG.State)
        + [(hall, RDF.type, KG.Place), (hall, RDFS.label, Literal("funeral hall"))]
        + [(convoy, RDF.type, KG.Object), (convoy, RDFS.label, Literal("convoy"))]
        + [(ID["actor/iraq"], RDF.type, KG.Place)]  # a country that is also where something happened
        + event("e1", KG.Attack, "isis", target="hall")
        + event("e2", KG.Attack, "isis", target="convoy")
        + event("e3", KG.Attack, "isis", target="iraq")
    )
    store = store_with(doc)
    assert set(actor_graph(store).nodes) == {a("isis"), a("iraq")}
    assert set(actor_graph(store, include_things=True).nodes) == {a("isis"), a("iraq"), a("hall"), a("convoy")}


def test_two_documents_reports_of_one_incident_are_one_edge_unless_events_are_asked() -> None:
    from kg.incidents.sync import update_incidents

    def report(doc: str, name: str) -> list[tuple]:
        triples = event(name, KG.Attack, "isis", target="iraq", time="2016-05-01")
        return triples + [(ID[f"event/{name}"], KG.document, ID[f"doc/{doc}"])]

    store = Store.memory()
    for doc, name in (("wire", "e1"), ("monitor", "e2")):
        store.replace_graph(ID[f"doc/{doc}"], actor("isis") + actor("iraq", KG.State) + report(doc, name))
    update_incidents(store)
    assert actor_graph(store).number_of_edges() == 1
    assert actor_graph(store, unit="events").number_of_edges() == 2
