"""Probe texts in the style of court and prosecutor summaries, UN and NGO findings and encyclopaedic town pages
(issue 14, ninth pass): deeds told through what someone was convicted, sentenced, charged, arrested, accused or found
guilty or responsible for; deeds a report attributes to someone; attacks a bulletin says were repulsed by someone; and
a town page's events told with the town named only in its opening definition. Written for kg, about a third with
names no gazetteer knows; the expected roles were written before kg was run on them (the bulletins' and the last
verdict's after the first step). Used by tests/test_extract_verdicts.py.

PROBES: (text, events) where each expected event is (kind, agent, target) as in tests/helpers.py ("A" the ATTACK
family; None a role not checked). PLACES: (text, place) where the attack told is. NEGATIVES: texts with no asserted
attack (charges for membership or support, procurement, doctrine, exercises). NOT_DOERS: (text, wrong) where
``wrong`` must not be the doer of the attack told.
"""

from __future__ import annotations

Expected = tuple[str, str | None, str | None]

PROBES: list[tuple[str, list[Expected]]] = [
    # --- verdicts and sentences: the one judged did the deed ---
    ("He was convicted of murder for shooting a shopkeeper in Brennan Street in 2019.", [("A", "He", "a shopkeeper")]),
    (
        "The appeals court upheld the conviction of former colonel Jovan Rasko for the killing of 40 prisoners of war "
        "at the Ovcara farm.",
        [("A", "Jovan Rasko", "40 prisoners")],
    ),
    (
        "The prosecutor said Omar Haddad, 29, was sentenced to life for bombing a bus in Kirel.",
        [("A", "Omar Haddad", "a bus")],
    ),
    ("Ms Ellery pleaded guilty to stabbing two guards at the prison.", [("A", "Ms Ellery", "two guards")]),
    ("A jury found Darnell Ocho guilty of shooting a 27-year-old man.", [("A", "Darnell Ocho", "a 27-year-old man")]),
    ("Rasko's conviction for the killing of 40 prisoners was upheld.", [("A", "Rasko", "40 prisoners")]),
    (
        "Police arrested three men in connection with the bombing of a church in Jos.",
        [("A", "three men", "a church")],
    ),
    (
        "Kemal Aras, who was jailed for the 2016 attack on a nightclub in Istanbul, died in prison.",
        [("A", "Kemal Aras", "a nightclub")],
    ),
    (
        "Two former soldiers of the Vostan Guard were sentenced on Tuesday for killing three farmers near Lesk in "
        "2014.",
        [("A", "Two former soldiers of the Vostan Guard", "three farmers")],
    ),
    (
        "Dan Na Ambassagou is a Dogon militia formed in 2016 in central Mali. In March 2019 the group was accused of "
        "carrying out the Ogossagou massacre, in which at least 160 Fulani villagers were killed.",
        [("A", "Dan Na Ambassagou", "160 Fulani villagers")],
    ),
    # --- findings: a deed laid at someone's door ---
    (
        "Of the 27 incidents it investigated, the Commission attributed the shelling of Al-Nour hospital in Idlib on 3 "
        "June to government forces.",
        [("A", "government forces", "Al-Nour hospital")],
    ),
    (
        "The Panel found the Tavan Liberation Army responsible for the ambush of a supply convoy near Ezra on 2 May.",
        [("A", "the Tavan Liberation Army", "a supply convoy")],
    ),
    (
        "UNAMA attributed the suicide attack on the Kabul education centre to ISIS-K.",
        [("A", "ISIS-K", "the Kabul education centre")],
    ),
    (
        "The Trial Chamber convicted Mr Ntaganda of 18 counts of war crimes and crimes against humanity, including "
        "murder and attacking civilians, committed in Ituri in 2002 and 2003.",
        [("A", "Mr Ntaganda", "civilians")],
    ),
    # --- bulletins: attacks beaten off in the passive were aimed at those who beat them off ---
    (
        "In the Pokrovsk direction, the enemy attacked 14 times near Lysivka; all attacks were repulsed by our "
        "defenders.",
        [("A", None, "our defenders")],
    ),
    (
        "An attack by the enemy near Vessa was repelled by units of the 47th Brigade, the General Staff said.",
        [("A", "the enemy", "units of the 47th Brigade")],
    ),
]

# A town page's attacks happened in the town it defines, not in the area its definition names.
PLACES: list[tuple[str, str]] = [
    (
        "Sarnik is a town in the Kellan District. During the civil war, the town was captured by the Northern Alliance "
        "of Free Militias in 1998 and retaken by government forces in 2001.",
        "Sarnik",
    ),
    (
        "Pell Harbour is a fishing town on the Gannet coast. It has a population of 4,200. On 3 July 2015 gunmen from "
        "the Coastal Liberation Front stormed the harbour police station and killed six officers.",
        "Pell Harbour",
    ),
    (
        "Kismayo is a port city in the Lower Juba region of Somalia. In 2012 Kenyan troops attacked al-Shabaab "
        "positions around the airport.",
        "Kismayo",
    ),
    (
        "Tovi is a village in the Morani hills. In 1991 fighters of the Morani Liberation Movement attacked the police "
        "post there, killing two officers.",
        "Tovi",
    ),
]

NEGATIVES: list[str] = [
    "The prosecutor charged Ilir Dakar with membership of a terrorist organisation and financing of terrorism.",
    "Count 1 charges the defendant with conspiracy to provide material support to al-Shabaab, a designated foreign "
    "terrorist organisation.",
    "The defendant was sentenced to eight years for possessing bomb-making manuals and recruiting for the Kelto Front "
    "online.",
    "Police arrested three men suspected of membership of a banned group during a raid on a house in Tarnow Street on "
    "Thursday; no shots were fired.",
    "The Ministry of Defence announced the purchase of 24 drones capable of striking targets at a range of 150 km.",
    "Troops of the 3rd Division conducted a live-fire exercise at the Kamenka training ground.",
    "Sarnik is a town in the Kellan District with a population of 12,000; its economy rests on wool and tourism.",
    "The new Halvian missile is designed to strike ships at a range of 300 km and is equipped to attack radar sites.",
]

# A doer kg must not give: the court, the panel, a commission that only judged or found.
NOT_DOERS: list[tuple[str, str]] = [
    (
        "The Panel found the Tavan Liberation Army responsible for the ambush of a supply convoy near Ezra on 2 May.",
        "The Panel",
    ),
    (
        "Twenty protesters were detained in the aftermath of the attack on the police station in Tarsen.",
        "Twenty protesters",
    ),
]
