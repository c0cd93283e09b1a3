"""Cross-document incident linking on reports built by hand (no model, no store)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

import pytest

from kg.incidents import THRESHOLD, Report, link, score


def _r(event, document, day, place=None, agents=(), targets=(), named=None, family="ATTACK", source=None):
    agents = frozenset(agents)
    return Report(
        event=event,
        document=document,
        family=family,
        day=date.fromisoformat(day) if day else None,
        place=place,
        agents=agents,
        targets=frozenset(targets),
        named_agents=agents if named is None else frozenset(named),
        source=source,
    )


def _groups(incidents):
    return sorted(sorted(r.event for r in i.reports) for i in incidents)


def test_two_reports_of_one_bombing_are_one_incident():
    wire = _r("e1", "reuters", "2021-03-02", "kabul", ["taliban"], source="reuters.com")
    note = _r("e2", "monitor", "2021-03-03", "kabul", [], ["police"], named=[], source="monitor.org")
    (incident,) = link([wire, note])
    assert {r.event for r in incident.reports} == {"e1", "e2"}
    assert incident.sources == {"reuters.com", "monitor.org"}
    assert (incident.first_day, incident.last_day) == (date(2021, 3, 2), date(2021, 3, 3))
    assert incident.disagreements == {"time"}


def test_look_alike_incidents_stay_apart():
    same_day_other_town = [_r("e1", "d1", "2021-03-02", "kabul", ["gunmen-d1"]), _r("e2", "d2", "2021-03-02", "herat")]
    other_group = [_r("e3", "d3", "2021-03-02", "kabul", ["taliban"]), _r("e4", "d4", "2021-03-02", "kabul", ["isis"])]
    weeks_apart = [
        _r("e5", "d5", "2021-03-02", "kabul", ["taliban"]),
        _r("e6", "d6", "2021-03-20", "kabul", ["taliban"]),
    ]
    other_family = [
        _r("e7", "d7", "2021-03-02", "kabul", ["taliban"]),
        _r("e8", "d8", "2021-03-02", "kabul", ["taliban"], family="DEFECTION"),
    ]
    for pair in (same_day_other_town, other_group, weeks_apart, other_family):
        assert len(link(pair)) == 2, pair


def test_a_report_without_place_never_joins_two_towns():
    # "Al-Shabaab carried out attacks on Sunday" meets the Mogadishu and the Kismayo report through the group;
    # whatever order the IRIs sort in, the two towns' reports must not end in one incident through it.
    for names in (("a", "b", "c"), ("b", "a", "c"), ("c", "b", "a"), ("a", "c", "b")):
        roundup = _r(f"{names[0]}-roundup", "roundup", "2023-03-12", None, ["al-shabaab"])
        mogadishu = _r(f"{names[1]}-mogadishu", "wire", "2023-03-12", "mogadishu", ["al-shabaab"])
        kismayo = _r(f"{names[2]}-kismayo", "monitor", "2023-03-12", "kismayo", ["al-shabaab"])
        for incident in link([roundup, mogadishu, kismayo]):
            assert len({r.place for r in incident.reports if r.place}) <= 1, names


def test_an_affiliate_and_its_parent_are_one_attacker_two_affiliates_are_not():
    from dataclasses import replace

    from kg.incidents.sync import parents_by_name

    labels = {
        "is": {"Islamic State"},
        "iswap": {"Islamic State West Africa Province"},
        "iskp": {"Islamic State Khorasan Province"},
        "hamas": {"Hamas"},
        "hamas-b": {"Hamas Brigades"},
        "person": {"Abdirahman Hassan Dheere"},
        "short": {"Abdirahman Hassan"},
    }
    parents = parents_by_name(labels)
    assert parents["iswap"] == {"is"} and parents["iskp"] == {"is"} and parents["person"] == {"short"}
    assert not parents["is"] and not parents["hamas-b"]  # a one-word name is nobody's parent
    claim = _r("e1", "claim", "2023-06-05", "damboa", ["is"])
    wire = replace(_r("e2", "wire", "2023-06-03", "damboa", ["iswap"]), parents=frozenset({"is"}))
    other = replace(_r("e3", "monitor", "2023-06-03", "damboa", ["iskp"]), parents=frozenset({"is"}))
    assert score(claim, wire) >= THRESHOLD  # shared place and attacker, two days apart
    assert _groups(link([claim, wire])) == [["e1", "e2"]]
    assert score(wire, other) < 0  # two provinces of the Islamic State are two attackers


def test_a_place_and_the_area_named_after_it_are_one_place_for_linking():
    from kg.incidents.sync import places_by_name

    labels = {
        "konduga": {"Konduga"},
        "konduga-lga": {"Konduga Local Government Area"},
        "sinjar-district": {"Sinjar district"},
        "sinjar": {"Sinjar"},
        "bannu-district": {"Bannu District"},  # Bannu itself is not in the store: nothing to fold into
        "new-york": {"New York"},
        "york": {"York"},
    }
    assert places_by_name(labels) == {"konduga-lga": "konduga", "sinjar-district": "sinjar"}


def test_a_documents_report_that_names_the_place_joins_before_its_vaguer_one():
    # A roundup dated Monday: "al-Shabaab carried out attacks on Sunday" (no place) and "In Mogadishu, a car bomb
    # killed nine" (dated by the document); one report per document can join the Mogadishu incident.
    summary = _r("a-summary", "roundup", "2023-03-12", None, ["al-shabaab"])
    specific = _r("b-specific", "roundup", "2023-03-13", "mogadishu", [], ["hotel"])
    wire = _r("c-wire", "wire", "2023-03-12", "mogadishu", ["al-shabaab"], ["hotel"])
    assert ["b-specific", "c-wire"] in _groups(link([summary, specific, wire]))


def test_the_text_decides_the_order_never_the_event_iri():
    # A document tells two reports that could each join the wire's incident (a lead and a background
    # paragraph); the one told first joins, whatever the event IRIs (which hash the roles) sort as.
    for lead_iri, background_iri in (("e-a", "e-z"), ("e-z", "e-a")):
        lead = replace(_r(lead_iri, "story", "2023-03-12", "mogadishu", ["al-shabaab"]), position=0)
        background = replace(_r(background_iri, "story", "2023-03-12", "mogadishu", ["al-shabaab"]), position=400)
        wire = _r("w", "wire", "2023-03-12", "mogadishu", ["al-shabaab"])
        assert sorted([lead_iri, "w"]) in _groups(link([background, wire, lead])), lead_iri


def test_reports_of_one_document_are_never_linked():
    assert len(link([_r("e1", "d1", "2021-03-02", "kabul"), _r("e2", "d1", "2021-03-02", "kabul")])) == 2


def test_undated_reports_stay_alone():
    assert len(link([_r("e1", "d1", None, "kabul", ["taliban"]), _r("e2", "d2", None, "kabul", ["taliban"])])) == 2


def test_agent_overlap_links_and_flags_disagreement():
    a = _r("e1", "d1", "2021-03-02", "kabul", ["taliban"])
    b = _r("e2", "d2", "2021-03-02", "kabul", ["taliban", "haqqani"])
    (incident,) = link([a, b])
    assert incident.disagreements == {"agent"}
    assert score(a, b) >= THRESHOLD


def test_order_does_not_matter_and_incremental_equals_full():
    rng = random.Random(7)
    places = [f"p{i}" for i in range(6)]
    actors = [f"a{i}" for i in range(5)]
    reports = [
        _r(
            f"e{i}",
            f"d{i % 40}",
            f"2021-03-{rng.randint(1, 20):02d}",
            rng.choice(places + [None]),
            rng.sample(actors, rng.randint(0, 2)),
            rng.sample(actors, rng.randint(0, 1)),
        )
        for i in range(300)
    ]
    full = link(reports)
    shuffled = reports[:]
    rng.shuffle(shuffled)
    assert _groups(link(shuffled)) == _groups(full)
    assert {i.key for i in link(shuffled)} == {i.key for i in full}
    # A new document arrives: a report of it joins an incident already there, which keeps its key.
    new = [_r("n1", "new", "2021-03-05", "p1", ["a1"]), _r("n2", "new", "2021-03-06", "p2", [])]
    before = {i.key for i in full}
    joined = [i for i in link(reports + new) if {"n1", "n2"} & {r.event for r in i.reports} and len(i.reports) > 1]
    assert joined and all(i.key in before for i in joined)
    # ... and removing it again restores the incidents of before, keys included.
    assert sorted((i.key, *_groups([i])[0]) for i in link(reports)) == sorted((i.key, *_groups([i])[0]) for i in full)


# --- the incidents of a store ---------------------------------------------------------------------------------


def _extraction(doc_id, published, place, agent, *, url=None, when=None):
    from kg.models import Document, Entity, EntityKind, Event, EventType, Extraction, Mention, Span

    text = f"{agent} attacked a checkpoint in {place}."
    document = Document(id=doc_id, text=text, date=published, url=url)

    def mention(name, kind, start):
        return Mention(Span(start, start + len(name), name), Entity(f"name:{name.lower()}", name, kind))

    event = Event(
        type=EventType.ATTACK,
        sentence=Span(0, len(text), text),
        trigger=Span(len(agent) + 1, len(agent) + 9, "attacked"),
        agents=(mention(agent, EntityKind.ARMED_GROUP, 0),),
        location=mention(place, EntityKind.PLACE, text.index(place)),
        time=when,
    )
    return Extraction(document=document, events=(event,))


def _incidents(store):
    from kg.incidents.sync import INCIDENTS_GRAPH

    rows = store.query(
        f"SELECT ?i ?e ?n ?s WHERE {{ GRAPH <{INCIDENTS_GRAPH}> {{ ?i kg:hasReport ?e ; kg:reportCount ?n ; "
        "kg:sourceCount ?s } }"
    ).dicts()
    groups: dict[str, set[str]] = {}
    for row in rows:
        groups.setdefault(str(row["i"]), set()).add(str(row["e"]))
    return groups, {str(r["i"]): (int(r["n"]), int(r["s"])) for r in rows}


def test_store_incidents_follow_documents():
    from kg.incidents.sync import update_incidents
    from kg.rdf.iri import document_iri
    from kg.rdf.triples import document_triples
    from kg.store.embedded import Store

    store = Store.memory()

    def put(extraction):
        store.replace_graph(document_iri(extraction.document.id), document_triples(extraction, model="test"))

    put(_extraction("wire", "2021-03-02", "Kabul", "Taliban", url="https://www.reuters.com/a"))
    put(_extraction("note", "2021-03-03", "Kabul", "Taliban", url="https://monitor.example.org/b"))
    put(_extraction("other", "2021-03-02", "Herat", "Taliban"))
    assert update_incidents(store) == 2
    groups, counts = _incidents(store)
    (pair,) = [i for i, members in groups.items() if len(members) == 2]
    assert counts[pair] == (2, 2)
    # A third report of the Kabul attack joins the same incident, which keeps its IRI.
    put(_extraction("late", "2021-03-04", "Kabul", "Taliban", url="https://www.reuters.com/c"))
    update_incidents(store)
    groups, counts = _incidents(store)
    assert counts[pair] == (3, 2)
    # Removing reports updates the incident; an incident with no report left disappears.
    store.remove_graph(document_iri("other"))
    store.remove_graph(document_iri("late"))
    assert update_incidents(store) == 1
    groups, counts = _incidents(store)
    assert counts == {pair: (2, 2)}


def test_a_common_noun_is_no_place_for_linking():
    from kg.incidents.sync import reports
    from kg.rdf.iri import document_iri
    from kg.rdf.triples import document_triples
    from kg.store.embedded import Store

    store = Store.memory()
    for doc_id, place in (("mali", "army camp"), ("niger", "army camp"), ("named", "Boulkessi")):
        extraction = _extraction(doc_id, "2023-08-07", place, "Gunmen")
        store.replace_graph(document_iri(doc_id), document_triples(extraction, model="test"))
    places = {r.document.rsplit("/", 1)[-1]: r.place for r in reports(store)}
    # Two outlets' "army camp" are not one place (nor does one rule out the other's Boulkessi).
    assert [p for d, p in sorted(places.items()) if "named" not in d] == [None, None]
    assert sum(p is not None for p in places.values()) == 1


def test_reports_of_events_that_did_not_happen_are_never_linked():
    from dataclasses import replace

    wire = _r("e1", "d1", "2021-03-02", "kabul", ["taliban"])
    threat = replace(_r("e2", "d2", "2021-03-02", "kabul", ["taliban"]), asserted=False)
    assert len(link([wire, threat])) == 2


@pytest.mark.model
def test_build_links_two_outlets_reports_of_one_bombing(nlp, tmp_path):
    from kg.build.jobs import build
    from kg.models import Document
    from kg.rdf.iri import document_iri
    from kg.store.embedded import Store

    documents = [
        Document(
            id="wire",
            date="2023-05-14",
            url="https://www.reuters.example/world/1",
            text="A suicide bomber attacked a police station in Jalalabad on Sunday, killing six officers. "
            "The Taliban claimed responsibility for the attack.",
        ),
        Document(
            id="monitor",
            date="2023-05-15",
            url="https://monitor.example.org/notes/2",
            text="On 14 May 2023, Taliban militants attacked a police station in Jalalabad, killing 6 officers.",
        ),
        Document(
            id="elsewhere",
            date="2023-05-14",
            url="https://www.reuters.example/world/3",
            text="Gunmen attacked a checkpoint in Kandahar on Sunday, wounding two soldiers.",
        ),
    ]
    with Store.open(tmp_path / "store") as store:
        list(build(documents, store=store, nlp=nlp))
        stats = store.stats()
        rows = store.query(
            "SELECT ?i (COUNT(DISTINCT ?doc) AS ?docs) WHERE { ?i kg:hasReport ?e . ?e kg:document ?doc } GROUP BY ?i"
        ).dicts()
        assert stats.documents == 3
        linked = [r for r in rows if int(r["docs"]) == 2]
        assert len(linked) == 1, rows  # the Jalalabad bombing, reported twice
        assert stats.incidents == stats.events.get("Attack", 0) + stats.events.get("Airstrike", 0) - 1
        # The report of the bombing that is rebuilt away leaves the incident with one report.
        store.remove_graph(document_iri("monitor"))
        from kg.incidents.sync import update_incidents

        update_incidents(store)
        rows = store.query("SELECT ?i ?n WHERE { ?i kg:reportCount ?n }").dicts()
        assert all(int(r["n"]) == 1 for r in rows)


def test_kg_validate_checks_the_incidents_graph():
    from rdflib import RDF, URIRef

    from kg.rdf.conformance import check_store
    from kg.rdf.vocab import INCIDENTS_GRAPH, KG
    from kg.store.embedded import Store

    store = Store.memory()
    broken = URIRef("https://w3id.org/kg/id/incident/attack-0")
    store.replace_graph(INCIDENTS_GRAPH, [(broken, RDF.type, KG.Incident)])  # no report, no counts
    assert store.graphs() == []  # a derived graph is no document
    report = check_store(store)
    assert not report.conforms
