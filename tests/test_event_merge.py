"""Within-document merging of event mentions (kg.extract.incidents), on events built by hand: no model."""

from __future__ import annotations

from kg.contract import event_record
from kg.extract.incidents import merge
from kg.extract.sameincident import compatible
from kg.models import Document, Entity, EntityKind, Event, EventType, Extraction, Mention, Modality, Span
from kg.network.graph import actor_graph
from kg.rdf.iri import document_iri, entity_iri
from kg.rdf.triples import document_triples
from kg.store.embedded import Store

ISIS = Entity("gaz:islamic-state", "Islamic State", EntityKind.ARMED_GROUP)
NUSRA = Entity("gaz:al-nusra-front", "al-Nusra Front", EntityKind.ARMED_GROUP)
RUSSIA = Entity("gaz:russia", "Russia", EntityKind.STATE)
SYRIA = Entity("gaz:syria", "Syria", EntityKind.STATE)
USA = Entity("gaz:united-states", "United States", EntityKind.STATE)
GUNMEN = Entity("doc:d:gunmen", "gunmen", EntityKind.COLLECTIVE)
PEOPLE = Entity("doc:d:people", "five people", EntityKind.COLLECTIVE)
SOLDIERS = Entity("doc:d:soldiers", "soldiers", EntityKind.COLLECTIVE)
MOSUL = Entity("name:mosul", "Mosul", EntityKind.PLACE)
KIRKUK = Entity("name:kirkuk", "Kirkuk", EntityKind.PLACE)
BAGHDAD = Entity("name:baghdad", "Baghdad", EntityKind.PLACE)
CENTRAL_BAGHDAD = Entity("name:central baghdad", "central Baghdad", EntityKind.PLACE)
MARKET = Entity("doc:d:the market", "the market", EntityKind.PLACE)


def m(entity: Entity, start: int = 0, text: str | None = None) -> Mention:
    text = text or entity.label
    return Mention(Span(start, start + len(text), text), entity)


def ev(
    text: str,
    trigger: str,
    *,
    at: int = 0,
    type: EventType = EventType.ATTACK,
    agents: tuple[Entity, ...] = (),
    targets: tuple[Entity, ...] = (),
    location: Entity | None = None,
    time: str | None = None,
    modality: Modality = Modality.ASSERTED,
    confidence: float = 0.6,
    occurrence: int = 0,
) -> Event:
    """An event read from sentence ``text`` that starts at offset ``at``, triggered by ``trigger``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(trigger, start + 1)
    return Event(
        type=type,
        sentence=Span(at, at + len(text), text),
        trigger=Span(at + start, at + start + len(trigger), trigger),
        agents=tuple(m(e, at) for e in agents),
        targets=tuple(m(e, at) for e in targets),
        location=m(location, at) if location else None,
        time=time,
        modality=modality,
        confidence=confidence,
    )


S1 = "Gunmen attacked a checkpoint in Mosul on Monday, killing five people."
S2 = "The attack was claimed by the Islamic State."


def test_coordinated_verbs_and_casualty_clause_are_one_event() -> None:
    attack = ev(S1, "attacked", agents=(GUNMEN,), location=MOSUL, confidence=0.7)
    killing = ev(S1, "killing", targets=(PEOPLE,), location=MOSUL, confidence=0.5)
    (event,) = merge([killing, attack])
    assert [x.entity for x in event.agents] == [GUNMEN]
    assert [x.entity for x in event.targets] == [PEOPLE]
    assert event.trigger.text == "attacked"  # the earliest mention is the primary
    assert event.confidence == 0.7  # the highest
    assert [x.trigger.text for x in event.mentions] == ["attacked", "killing"]
    assert [x.confidence for x in event.mentions] == [0.7, 0.5]


def test_anaphoric_noun_in_a_later_sentence_joins_and_adds_the_claimed_agent() -> None:
    attack = ev(S1, "attacked", agents=(GUNMEN,), location=MOSUL)
    claim = ev(S2, "attack", at=len(S1) + 1, agents=(ISIS,))
    (event,) = merge([attack, claim])
    assert [x.entity for x in event.agents] == [GUNMEN, ISIS]
    assert len(event.mentions) == 2 and event.sentence.text == S1


def test_a_later_sentence_without_a_link_stays_apart() -> None:
    first = ev(S1, "attacked", agents=(GUNMEN,), location=MOSUL)
    text = "Gunmen stormed a police station on Tuesday."
    second = ev(text, "stormed", at=100, agents=(GUNMEN,), time="2016-05-03")
    assert len(merge([first, second])) == 2


def test_airstrike_mention_makes_the_merged_event_an_airstrike() -> None:
    text = "Russian jets bombed Idlib and the attack killed 20 civilians."
    strike = ev(text, "bombed", type=EventType.AIRSTRIKE, agents=(RUSSIA,))
    attack = ev(text, "attack")
    (event,) = merge([attack, strike])
    assert event.type is EventType.AIRSTRIKE


def test_different_named_agents_stay_apart() -> None:
    text = "Islamic State attacked Mosul while al-Nusra Front shelled the city."
    a = ev(text, "attacked", agents=(ISIS,), targets=(MOSUL,))
    b = ev(text, "shelled", agents=(NUSRA,))
    assert not compatible(a, b)
    assert len(merge([a, b])) == 2


def test_different_named_targets_stay_apart_but_casualties_do_not_count() -> None:
    text = "US jets struck Mosul and also struck Kirkuk, killing Islamic State fighters."
    a = ev(text, "struck", agents=(USA,), targets=(MOSUL,))
    b = ev(text, "struck", agents=(USA,), targets=(KIRKUK,), occurrence=1)
    killing = ev(text, "killing", targets=(ISIS,))
    events = merge([a, b, killing])
    assert len(events) == 2
    assert [x.entity for x in events[1].targets] == [KIRKUK, ISIS]  # the casualty clause joins the nearest


def test_places_and_dates_must_agree() -> None:
    a = ev("A bomb exploded in Baghdad.", "exploded", location=BAGHDAD, time="2016-05-01")
    b = ev("The blast killed soldiers in central Baghdad.", "blast", at=30, location=CENTRAL_BAGHDAD, time="2016-05")
    c = ev("The blast killed soldiers in Mosul.", "blast", at=30, location=MOSUL)
    d = ev("The blast killed soldiers.", "blast", at=30, time="2016-06-02")
    unnamed = ev("The blast destroyed the market.", "blast", at=30, location=MARKET)
    assert compatible(a, b) and compatible(a, unnamed)
    assert not compatible(a, c) and not compatible(a, d)
    casualties = ev("Soldiers were killed in Mosul.", "killed", at=30, targets=(SOLDIERS,), location=MOSUL)
    assert len(merge([a, b])) == 1 and len(merge([a, casualties])) == 2


def test_the_publication_date_agrees_with_any_date() -> None:
    a = ev("A bomb exploded in Baghdad on Monday.", "exploded", time="2016-05-01")
    b = ev("Five people were killed.", "killed", at=40, time="2016-05-02")
    assert not compatible(a, b)
    assert compatible(a, b, published="2016-05-02")
    assert len(merge([a, b], published="2016-05-02")) == 1


def test_an_anaphoric_noun_joins_the_only_incident_of_its_family_whatever_its_place() -> None:
    a = ev("Gunmen attacked a school in Peshawar.", "attacked", agents=(GUNMEN,), location=BAGHDAD)
    wrong_place = ev("Police said the massacre was revenge for operations in Mosul.", "massacre", at=40, location=MOSUL)
    assert len(merge([a, wrong_place])) == 1
    # With two incidents told, the place decides: "the blast in Kirkuk" is the Kirkuk one.
    b = ev("Hours later a bomb exploded in Kirkuk.", "exploded", at=40, location=KIRKUK)
    blast = ev("The blast in Kirkuk killed two soldiers.", "blast", at=80, location=KIRKUK)
    events = merge([a, b, blast])
    assert [[m.trigger.text for m in e.mentions] for e in events] == [["attacked"], ["exploded", "blast"]]


def test_an_anaphoric_noun_prefers_the_most_mentioned_incident() -> None:
    text = "Three attackers stabbed people in bars, killing eight."
    stabbed = ev(text, "stabbed", agents=(GUNMEN,), targets=(PEOPLE,))
    killing = ev(text, "killing", targets=(PEOPLE,))
    police = ev("Police shot a man near the bridge.", "shot", at=60, agents=(SOLDIERS,))
    claim = ev("The Islamic State group later claimed the attack.", "attack", at=100, agents=(ISIS,))
    events = merge([stabbed, killing, police, claim])
    assert [[m.trigger.text for m in e.mentions] for e in events] == [["stabbed", "killing", "attack"], ["shot"]]


def test_modality_must_agree() -> None:
    text = "Iran threatened to shell Iraqi towns after an air raid on Susangerd."
    threat = ev(text, "shell", modality=Modality.THREATENED)
    raid = ev(text, "raid", type=EventType.AIRSTRIKE)
    assert len(merge([threat, raid])) == 2


def test_families_stay_apart() -> None:
    text = "Hundreds of fighters defected from the army and pledged allegiance to the Islamic State."
    defection = ev(text, "defected", type=EventType.DEFECTION, agents=(SOLDIERS,))
    allegiance = ev(text, "pledged", type=EventType.ALLEGIANCE, agents=(SOLDIERS,), targets=(ISIS,))
    assert len(merge([defection, allegiance])) == 2


def test_another_and_separate_start_a_new_incident() -> None:
    a = ev(S1, "attacked", agents=(GUNMEN,))
    text = "In a separate attack, a bomb killed two soldiers."
    b = ev(text, "attack", at=100)
    c = ev(text, "killed", at=100, targets=(SOLDIERS,))
    events = merge([a, b, c])
    assert len(events) == 2  # the separate attack and its casualties, apart from the first
    assert [x.trigger.text for x in events[1].mentions] == ["attack", "killed"]


def test_series_mentions_are_never_merged() -> None:
    a = ev(S1, "attacked", agents=(GUNMEN,))
    b = ev("The group has carried out many attacks in the north.", "attacks", at=100)
    assert len(merge([a, b])) == 2


def test_merging_is_deterministic_and_order_free() -> None:
    events = [
        ev(S1, "attacked", agents=(GUNMEN,), location=MOSUL),
        ev(S1, "killing", targets=(PEOPLE,)),
        ev(S2, "attack", at=len(S1) + 1, agents=(ISIS,)),
    ]
    assert merge(events) == merge(list(reversed(events))) == merge(merge(events))


def test_contract_lists_several_participants_and_every_mention() -> None:
    text = "Russian, Syrian and US airstrikes hit Islamic State positions."
    event = ev(text, "airstrikes", type=EventType.AIRSTRIKE, agents=(RUSSIA, SYRIA, USA), targets=(ISIS,))
    (event,) = merge([event])
    record = event_record(event)
    assert [a["label"] for a in record["agent"]] == ["Russia", "Syria", "United States"]
    assert record["target"]["label"] == "Islamic State"  # one participant stays an object
    assert record["mentions"] == [
        {
            "sentence": {"start": 0, "end": len(text)},
            "trigger": {"text": "airstrikes", "start": 23, "end": 33},
            "confidence": 0.6,
        }
    ]


def test_network_has_one_edge_per_agent_and_target_and_no_clash_self_loops() -> None:
    coordinated = ev("Russian, Syrian and US airstrikes hit IS.", "airstrikes", agents=(RUSSIA, SYRIA, USA))
    coordinated = Event(**{**coordinated.__dict__, "type": EventType.AIRSTRIKE, "targets": (m(ISIS),)})
    clash = ev("Islamic State fought al-Nusra Front.", "fought", at=50, agents=(ISIS, NUSRA), targets=(NUSRA, ISIS))
    extraction = Extraction(Document(id="d", text="x" * 100), events=(coordinated, clash))
    store = Store.memory()
    store.replace_graph(document_iri("d"), document_triples(extraction, model="test"))
    G = actor_graph(store)
    edges = {(u, v) for u, v, _ in G.edges(keys=True)}
    iri = lambda e: str(entity_iri(e))  # noqa: E731
    assert edges == {
        (iri(RUSSIA), iri(ISIS)),
        (iri(SYRIA), iri(ISIS)),
        (iri(USA), iri(ISIS)),
        (iri(ISIS), iri(NUSRA)),
        (iri(NUSRA), iri(ISIS)),
    }


def test_an_attacker_as_a_target_is_a_response_not_the_attack() -> None:
    attack = ev("Gunmen stormed a hotel in Kabul.", "stormed", agents=(GUNMEN,))
    response = ev("Security forces killed the gunmen.", "killed", at=40, agents=(SOLDIERS,), targets=(GUNMEN,))
    assert not compatible(attack, response)
    assert len(merge([attack, response])) == 2


def test_a_clash_and_a_one_sided_capture_are_two_events() -> None:
    text = "Rebels seized the town after heavy fighting with government soldiers."
    seized = ev(text, "seized", agents=(GUNMEN,), targets=(MARKET,))
    fighting = ev(text, "fighting", agents=(GUNMEN, SOLDIERS), targets=(SOLDIERS, GUNMEN))
    assert len(merge([seized, fighting])) == 2


def test_an_inspired_mention_and_an_asserted_one_are_one_inspired_event() -> None:
    text = "Islamic State-inspired attackers killed a police officer."
    attackers = ev(text, "attackers", agents=(ISIS,), modality=Modality.INSPIRED)
    killed = ev(text, "killed", agents=(ISIS,), targets=(SOLDIERS,))
    (event,) = merge([attackers, killed])
    assert event.modality is Modality.INSPIRED


def test_the_doers_named_again_link_a_later_sentence() -> None:
    attack = ev("Gunmen attacked two villages in Niger.", "attacked", agents=(GUNMEN,), location=MOSUL)
    again = ev("The assailants also struck a school.", "struck", at=40, agents=(GUNMEN,), location=MOSUL)
    again = Event(**{**again.__dict__, "agents": (m(GUNMEN, 40, "The assailants"),)})
    assert len(merge([attack, again])) == 1


def test_a_claim_about_the_bombing_adds_a_second_attributed_group() -> None:
    bombing = ev("Two explosions struck a chapel in Mosul.", "explosions", agents=(ISIS,), location=MOSUL)
    text = "The military attributed the bombing to the al-Nusra Front."
    attribution = ev(text, "bombing", at=50, agents=(NUSRA,))
    (event,) = merge([bombing, attribution])
    assert [a.entity for a in event.agents] == [ISIS, NUSRA]
    # With two incidents told, the claim goes to the latest (a tie on mentions), and Kirkuk keeps its group.
    second = ev("A car bomb exploded in Kirkuk.", "exploded", at=41, location=KIRKUK)
    later = ev(text, "bombing", at=80, agents=(NUSRA,))
    events = merge([bombing, second, later])
    assert [[a.entity for a in e.agents] for e in events] == [[ISIS], [NUSRA]]


def test_a_target_named_again_links_a_later_sentence() -> None:
    camp = Entity("local:d:a military camp", "a military camp", EntityKind.COLLECTIVE)
    again = Entity("local:d:the camp at sanam", "the camp at Sanam", EntityKind.COLLECTIVE)
    attack = ev("Militants killed 29 soldiers in an attack on a military camp.", "attack", targets=(camp,))
    stormed = ev("Fighters stormed the camp at Sanam on Tuesday.", "stormed", at=70, agents=(GUNMEN,), targets=(again,))
    assert len(merge([attack, stormed])) == 1
    other = Entity("local:d:the border post", "the border post", EntityKind.COLLECTIVE)
    elsewhere = ev("Fighters stormed the border post on Tuesday.", "stormed", at=70, agents=(GUNMEN,), targets=(other,))
    assert len(merge([attack, elsewhere])) == 2


def test_victims_of_one_side_of_an_exchange_are_its_casualties() -> None:
    text = "Ukrainian forces and separatists exchanged fire near Avdiivka."
    fire = ev(text, "fire", agents=(USA, GUNMEN))
    killed = ev("One soldier was killed.", "killed", at=70, targets=(USA,))
    assert len(merge([fire, killed])) == 1


def test_links_in_a_sentence_do_not_chain_past_near() -> None:
    from kg.extract.incidents import NEAR

    filler = "x" * (NEAR // 2)
    text = f"Gunmen attacked a bank {filler} then looted it {filler} and raided a shop."
    a = ev(text, "attacked", agents=(GUNMEN,))
    b = ev(text, "looted", agents=(GUNMEN,))
    c = ev(text, "raided", agents=(GUNMEN,))
    assert [len(e.mentions) for e in merge([a, b, c])] == [2, 1]


def test_the_attackers_own_dead_are_no_targets_of_their_attack():
    militants = Entity("doc:d:militants", "Militants", EntityKind.COLLECTIVE)
    dead = Entity("doc:d:three militants", "three militants", EntityKind.COLLECTIVE)
    checkpoint = Entity("doc:d:a checkpoint", "a checkpoint", EntityKind.PLACE)
    first = "Militants attacked a checkpoint in Mogadishu."
    second = "Three militants died in the clash."
    attack = ev(first, "attacked", agents=(militants,), targets=(checkpoint,))
    died = ev(second, "clash", at=len(first) + 1, targets=(dead,))
    (merged,) = merge([attack, died])
    assert [t.entity for t in merged.targets] == [checkpoint]
    # "one attacker" among the dead of the assailants' attack is theirs too; the soldiers killed are not
    assailants = Entity("doc:d:assailants", "Assailants", EntityKind.COLLECTIVE)
    one = Entity("doc:d:one attacker", "one attacker", EntityKind.COLLECTIVE)
    text = "Assailants attacked a post, killing two soldiers and one attacker."
    (event,) = merge([ev(text, "attacked", agents=(assailants,), targets=(SOLDIERS, one))])
    assert [t.entity for t in event.targets] == [SOLDIERS]
    # the sides of a clash stay each other's targets
    text = "Militants and soldiers clashed."
    (clash,) = merge([ev(text, "clashed", agents=(militants, SOLDIERS), targets=(militants, SOLDIERS))])
    assert len(clash.targets) == 2


def test_one_phrase_naming_both_sides_stays_its_own_target_when_merged() -> None:
    # "TMC and BJP workers clashed ..., hurling crude bombs at each other": each mention says the workers fought each
    # other; merging keeps that, while a target equal to the one agent that no mention gave is still dropped.
    workers = Entity("doc:d:tmc-and-bjp-workers", "TMC and BJP workers", EntityKind.COLLECTIVE)
    text = "TMC and BJP workers clashed in Bhatpara, hurling crude bombs at each other."
    clash = ev(text, "clashed", agents=(workers,), targets=(workers,))
    bombs = ev(text, "hurling", agents=(workers,), targets=(workers,))
    (merged,) = merge([clash, bombs])
    assert [t.entity for t in merged.targets] == [workers]
    text = "Gunmen attacked soldiers in Mosul, and the gunmen were hit as they fled."
    attack = ev(text, "attacked", agents=(GUNMEN,), targets=(SOLDIERS,))
    hit = ev(text, "hit", targets=(GUNMEN,))
    (merged,) = merge([attack, hit])
    assert [t.entity for t in merged.targets] == [SOLDIERS]
