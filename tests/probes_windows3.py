"""Wire windows where who did it is told beside the incident (issue 14, session 12): the two sides of fire given and
returned ("X and Y exchanged fire", "traded artillery fire with Y"), claims and accusations a sentence after the
incident, a group's record told in a relative clause on the claimant or the accused, reciprocal accusations
("each side accused the other"), and relative clauses of harm the parser hangs on what an event noun was against
("the bombing of a cathedral in Jolo that killed 23 people"). Written for kg in the style of agency copy, with names
most gazetteers do not know; the expected events were written before kg was run on them. Used by
tests/test_extract_window_probes.py.

PROBES: (text, incidents, events, refused), as in tests/probes_windows2.py: ``incidents`` the number of asserted
attacks the text tells (None: not checked), ``events`` (type, agent, targets) that must come out, ``refused`` names
that must be no attack's agent (an accuser, a reciprocal pronoun, a building, a speaker).
"""

from __future__ import annotations

Expected = tuple[str, str | None, tuple[str, ...]]

PROBES: list[tuple[str, int | None, list[Expected], tuple[str, ...]]] = [
    # --- 0-9: fire given and returned: every side a doer and a target ---
    (
        "Rebels and government soldiers exchanged gunfire for several hours in the town of Bambari on Monday. Both "
        "sides traded accusations over who fired first.",
        1,
        [("A", "Rebels", ("government soldiers",)), ("A", "government soldiers", ("Rebels",))],
        (),
    ),
    (
        "The Kachin Independence Army and the Myanmar military traded fire near Hpakant on Tuesday, residents said.",
        1,
        [("A", "Kachin Independence Army", ("the Myanmar military",)), ("A", "the Myanmar military", ("Kachin",))],
        (),
    ),
    (
        "Ethiopian troops traded heavy machine-gun fire with Eritrean soldiers near Zalambessa on Thursday, "
        "witnesses said.",
        1,
        [("A", "Ethiopian troops", ("Eritrean soldiers",)), ("A", "Eritrean soldiers", ("Ethiopian troops",))],
        (),
    ),
    (
        "Armenian and Azerbaijani forces exchanged fire along the border overnight, each side accusing the other of "
        "starting the clashes.",
        1,
        [("A", "Armenian and Azerbaijani forces", ("Armenian and Azerbaijani forces",))],
        ("the other",),
    ),
    (
        "Government forces and fighters of the Tamazgha Front exchanged rocket fire near Jufra overnight, a "
        "military source said.",
        1,
        [("A", "Tamazgha Front", ("Government forces",)), ("A", "Government forces", ("Tamazgha Front",))],
        (),
    ),
    (
        "Police exchanged fire with gunmen in Kafanchan on Monday, killing two of them, a police spokesman said.",
        1,
        [("A", "Police", ("gunmen",)), ("A", "gunmen", ("Police",))],
        (),
    ),
    (
        "Indian and Chinese soldiers clashed in the Galwan valley on Monday night. New Delhi and Beijing blamed each "
        "other for the clash.",
        1,
        [("A", "Indian and Chinese soldiers", ("Indian and Chinese soldiers",))],
        ("each other",),
    ),
    ("The two governments traded accusations on Friday over the collapse of the talks in Dodoma.", 0, [], ()),
    ("The two sides traded blame for the collapse of the ceasefire.", 0, [], ()),
    ("The companies exchanged documents ahead of the merger, a spokesman in Lusaka said.", 0, [], ()),
    # --- 10-17: claims and accusations after the incident ---
    (
        "BAMAKO (Reuters) - Militants attacked a gendarmerie post in Kolokani overnight, killing two gendarmes, the "
        "army said. The Macina Liberation Front, which has attacked several posts in central Mali this year, claimed "
        "responsibility on Sunday.",
        None,
        [("A", "Macina Liberation Front", ("a gendarmerie post", "two gendarmes"))],
        (),
    ),
    (
        "Gunmen killed three aid workers in an ambush on their vehicle near Tambura on Friday. The government "
        "accused the Arrow Boys militia of carrying out the killing. The Arrow Boys denied any involvement.",
        1,
        [("A", "the Arrow Boys militia", ("three aid workers",))],
        ("The government",),
    ),
    (
        "A roadside bomb struck a military convoy near Asadabad on Sunday, killing four soldiers. No group has "
        "claimed the attack, but the Taliban often target security forces in the province.",
        None,
        [("A", None, ("a military convoy", "four soldiers"))],
        (),
    ),
    (
        "Rockets struck the Green Zone in Baghdad late on Sunday. Iraqi officials attributed the attack to "
        "Kataib Sayyed al-Awfiya, which has repeatedly targeted US interests.",
        None,
        [("A", "Kataib Sayyed al-Awfiya", ())],
        (),
    ),
    (
        "Unidentified men threw a grenade at a police post in Handwara on Friday, injuring two officers. Police "
        "blamed militants of the Tehreek-ul-Mujahideen for the grenade attack.",
        1,
        [("A", "Tehreek-ul-Mujahideen", ("two officers",))],
        (),
    ),
    (
        "An explosive device detonated near a police station in Tarhuna on 12 March. No group claimed responsibility; "
        "however, authorities attributed the attack to the Wadi Brigade.",
        1,
        [("A", "the Wadi Brigade", ("a police station",))],
        (),
    ),
    (
        "NIAMEY (Reuters) - Gunmen killed 17 soldiers in an ambush near Tamou on Monday, the defence ministry said. "
        "The Islamic State Sahel Province, which has killed hundreds of soldiers in the region since 2019, claimed the "
        "ambush on Wednesday.",
        1,
        [("A", "Islamic State Sahel Province", ("17 soldiers",))],
        (),
    ),
    (
        "Unknown gunmen killed a village chief near Inekar on Wednesday. Residents said they believed the killers "
        "belonged to the Katiba Serma.",
        1,
        [("A", "Katiba Serma", ("a village chief",))],
        (),
    ),
    # --- 18-23: relative clauses of harm on what an event noun was against ---
    (
        "Abu Sayyaf was blamed for the bombing of a cathedral in Jolo that killed 23 people in January.",
        1,
        [("A", "Abu Sayyaf", ("a cathedral", "23 people"))],
        ("a cathedral",),
    ),
    (
        "The bombing of a mosque in Zahedan that killed 40 worshippers was claimed by Jaish al-Adl.",
        1,
        [("A", "Jaish al-Adl", ("a mosque", "40 worshippers"))],
        ("a mosque",),
    ),
    (
        "The attack on a bus near Mastung that killed 11 pilgrims was claimed by the Lashkar-e-Khorasan group.",
        1,
        [("A", "Lashkar-e-Khorasan", ("a bus", "11 pilgrims"))],
        ("a bus",),
    ),
    (
        "Kamuli militiamen were blamed for the shelling of a clinic in Yei which wounded nine patients.",
        1,
        [("A", "Kamuli militiamen", ("a clinic", "nine patients"))],
        ("a clinic",),
    ),
    (
        "Militants attacked a checkpoint near Bir al-Abd, killing three policemen, said Brigadier General Tamer "
        "Rifai, an army spokesman.",
        1,
        [("A", "Militants", ("a checkpoint", "three policemen"))],
        ("Tamer Rifai",),
    ),
    (
        "Fighters of the Nyatura militia attacked a camp for displaced people near Bule on Tuesday night, killing 18 "
        "people. The militia also burned dozens of shelters. Army spokesman Jules Ngongo said troops had been sent "
        "to the area.",
        None,
        [("A", "Nyatura militia", ("a camp", "18 people"))],
        ("Jules Ngongo",),
    ),
    # --- 24-27: an earlier incident told as the one the story's followed, or in the past perfect ---
    (
        "Unidentified gunmen shot dead a former rebel commander in Bossangoa on Friday. The killing came days after "
        "Seleka fighters attacked a church in the town.",
        2,
        [("A", "Unidentified gunmen", ("a former rebel commander",)), ("A", "Seleka fighters", ("a church",))],
        (),
    ),
    (
        "The army said on Saturday that its troops had killed 30 militants in a raid in Sambisa forest. The raid "
        "followed an attack by Boko Haram on a military base in Marte on Thursday.",
        2,
        [("A", "Boko Haram", ("a military base",))],
        (),
    ),
    (
        "A car bomb exploded outside a police station in Dagahaley on Monday, killing five officers. The blast came "
        "two days after gunmen attacked a nearby checkpoint.",
        2,
        [("A", None, ("five officers",)), ("A", "gunmen", ("a nearby checkpoint",))],
        (),
    ),
    (
        "Security forces killed four militants who had attacked a checkpoint in Tirah valley, the military's media "
        "wing said in a statement.",
        2,
        [("A", "Security forces", ("four militants",)), ("A", "four militants", ("a checkpoint",))],
        (),
    ),
]
