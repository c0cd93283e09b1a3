"""The actor network built from a store with SPARQL, and its centrality, against hand-computed values."""

from __future__ import annotations

import math

import networkx as nx
import pytest
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import OWL, XSD

from kg.errors import UsageError
from kg.models import EventType, Modality
from kg.network import actor_graph, centrality, collapse
from kg.store import Store
from kg.vocab import ID, KG, SEM, WD


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
    return {
        (u.rsplit("/", 1)[1], v.rsplit("/", 1)[1], d["type"].value, d["role"])
        for u, v, d in G.edges(data=True)
    }


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
    assert edges(actor_graph(conflict, types={EventType.AIRSTRIKE})) == {
        ("usa", "isis", "AIRSTRIKE", "target")
    }
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
    rows = {r.label: r for r in centrality(actor_graph(star()))}
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
    rows = centrality(G, sort="betweenness")
    assert [r.label for r in rows] == ["B", "A", "C"]  # A and C tie at 0: label order
    by = {r.label: r for r in rows}
    assert by["B"].betweenness == pytest.approx(0.5)  # the only a->c path, of 2 ordered pairs
    assert by["A"].closeness == 0
    assert by["B"].closeness == pytest.approx(0.5)  # reached by 1 of 2, distance 1
    assert by["C"].closeness == pytest.approx(2 / 3)  # reached by 2 of 2, distances 1 and 2
    assert [r.label for r in centrality(G, sort="closeness")] == ["C", "B", "A"]
    assert [r.label for r in centrality(G, sort="pagerank")][0] == "C"
    assert len(centrality(G, limit=1)) == 1
    with pytest.raises(UsageError):
        centrality(G, sort="fame")


def test_cycle_uses_directed_eigenvector() -> None:
    doc = actor("a") + actor("b") + actor("c")
    doc += event("c1", KG.Attack, "a", target="b") + event("c2", KG.Attack, "b", target="c")
    doc += event("c3", KG.Attack, "c", target="a")
    rows = centrality(actor_graph(store_with(doc)))
    for r in rows:
        assert r.eigenvector == pytest.approx(1 / math.sqrt(3), abs=1e-4)
        assert r.pagerank == pytest.approx(1 / 3)


def test_weights_events_or_confidence(conflict: Store) -> None:
    G = actor_graph(conflict)
    assert collapse(G)[a("usa")][a("isis")]["weight"] == 2
    assert collapse(G, weight="confidence")[a("usa")][a("isis")]["weight"] == pytest.approx(1.4)
    by = {r.label: r for r in centrality(G, weight="confidence")}
    assert by["Usa"].weighted_degree == pytest.approx(1.4 + 0.2)
    with pytest.raises(UsageError):
        collapse(G, weight="money")


def test_self_loops_and_empty_graph() -> None:
    doc = actor("a") + event("x", KG.Attack, "a", target="a")
    G = actor_graph(store_with(doc))
    assert G.number_of_edges() == 1
    (row,) = centrality(G)
    assert row.degree == 0 and row.events == 1
    assert centrality(actor_graph(Store.memory())) == []
    assert centrality(nx.MultiDiGraph()) == []


def test_nodes_without_actor_description_get_a_label_from_their_iri() -> None:
    G = actor_graph(store_with(event("x", KG.Attack, "ghost", target="shadow")))
    assert G.nodes[a("ghost")] == {"label": "ghost", "kind": None, "wikidata": None}
