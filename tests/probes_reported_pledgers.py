"""Probe passages for pledgers told by the clause around the pledge and joinings told by a noun (issue 14, seventeenth
pass), written for these tests with invented names: a pronoun pledger whose reported clause names who speaks ("A deputy
commander of the X Brigade said he had ...", "A militia announced that it had transferred its allegiance", "arrived
..., announcing he had joined", "Supporters chanting that they were loyal"), a pledge owned by a pronoun ("renewed his
pledge to"), a joining told by its noun ("announced its joining of", "announced their integration into", "The arrival
of X in the ranks of Y"); and hard negatives (a pronoun others report on, a noun of joining that no one declares, a
firm's integration, a union joined).

PROBES: (text, [(kind, agent, target, side joined), ...]), kind a key of helpers.KINDS, None: not checked.
SHOWN, CUT_OFF, TYPED: as PROBES.
NOT_PLEDGERS: (text, a reporter or publisher who must not be read as the pledger).
NEGATIVES: (text, kinds that must not be found).
"""

from __future__ import annotations

PROBES = [
    (
        "A deputy commander of the Tamba Brigade, which is led by Colonel Ade Musa, said on Sunday he had left the "
        "brigade and pledged loyalty to the Kiro Council.",
        [("ALL", "A deputy commander of the Tamba Brigade", "the Kiro Council", None)],
    ),
    (
        "A brigade based in the river port of Wanda announced on Monday that it had transferred its allegiance from "
        "the regional command to General Obi Kassa.",
        [("ALL", "A brigade based in the river port of Wanda", "General Obi Kassa", None)],
    ),
    (
        "A rebel field commander arrived in Goro on Friday with twelve fighters, announcing he had joined the national "
        "army.",
        [("ALL", "A rebel field commander", "the national army", None)],
    ),
    (
        "Members of the village guard, chanting that they were loyal to Colonel Tito Banda, gathered outside the radio "
        "station.",
        [("ALL", "Members of the village guard", "Colonel Tito Banda", None)],
    ),
    (
        "In 2021 Amadou Kaboré publicly renewed his pledge to Ousmane Tall, the front's leader.",
        [("ALL", "Amadou Kaboré", "Ousmane Tall", None)],
    ),
    (
        "A Dinka militia in Abyei announced its joining of the Kiro Liberation Army on Tuesday, with about 200 "
        "fighters.",
        [("ALL", "A Dinka militia in Abyei", "the Kiro Liberation Army", None)],
    ),
    (
        "The arrival of the Sadiq Battalion in the ranks of the Northern Army was negotiated over several weeks, a "
        "council member said.",
        [("ALL", "the Sadiq Battalion", "the Northern Army", None)],
    ),
]

# A pledge shown in a medium the parser made the pledger, and a dateline word it made the subject.
SHOWN = [
    (
        "Idrissa Tall appeared in a rebel video holding the movement's flag and pledging loyalty to the Sahel Emirate.",
        [("ALL", "Idrissa Tall", "the Sahel Emirate", None)],
    ),
    (
        "The young men of the Kolo quarter posted videos swearing loyalty to Rodrigue Bazin, the gang's new chief.",
        [("ALL", "The young men of the Kolo quarter", "Rodrigue Bazin", None)],
    ),
    (
        "MOPTI (Kibaru-style) — About 80 fighters of the Dozo militia in Bankass pledged allegiance to the Tana "
        "movement on Sunday, local sources said.",
        [("ALL", "About 80 fighters of the Dozo militia", None, None)],
    ),
]

# A pledger the parse cut off by reading "since" as a preposition ("have since sworn loyalty").
CUT_OFF = [
    (
        "Two former Norte cells in Sonora have since sworn loyalty to the Pacifico leadership, according to a state "
        "intelligence report.",
        [("ALL", "Two former Norte cells in Sonora", "the Pacifico leadership", None)],
    ),
    (
        "Several Kiro Front units in Bankass have since sworn allegiance to the Tana leadership, according to a "
        "police intelligence note.",
        [("ALL", "Several Kiro Front units in Bankass", "the Tana leadership", None)],
    ),
]

# A side joined typed by the joiner the document describes as armed, by the body whose head joins, or by its own words.
TYPED = [
    (
        "A former customs officer who had joined the Bel Air Lions gang surrendered to the police on Friday with two "
        "pistols.",
        [("ALL", "A former customs officer", "the Bel Air Lions gang", None)],
    ),
    (
        "In 2019 he joined the Gora Hunters, the local vigilante force, and spent two years chasing cattle raiders.",
        [("ALL", None, "the Gora Hunters", None)],
    ),
    (
        "The Kolo faction broke away from the rebels in 2020. Last year its leader joined the Sande Brotherhood, "
        "according to the report.",
        [("ALL", "its leader", "the Sande Brotherhood", None)],
    ),
    (
        "Moussa Diarra, 47, a former emir in the Sahel Emirate, surrendered in 2021. He had joined the Gourma Salafist "
        "Group in 2008, his lawyer said.",
        [("ALL", "Moussa Diarra", "the Gourma Salafist Group", None)],
    ),
]

NOT_PLEDGERS = [
    # the publisher of a video of others is not who pledges in it
    ("The Kolo cell posted a video of twelve recruits swearing allegiance to the Islamic State.", "The Kolo cell"),
    ("Investigators said he had pledged allegiance to the Islamic State in an online chat.", "Investigators"),
    ("The district council said he had pledged allegiance to the Islamic State last year.", "The district council"),
    ("Residents said they had seen the fighters who joined the Kiro Liberation Army last year.", "Residents"),
]

NEGATIVES = [
    ("The boy joined a gang at fourteen and was later stabbed in a fight outside a school in Croydon.", ("ALL",)),
    ("The Kiro party lost the election in March. Its leader joined the Sande Brotherhood last year.", ("ALL",)),
    ("Jean Mbala, 52, a former finance minister, joined the Union for Progress in 2019.", ("ALL",)),
    ("The ministry set a deadline for the joining of all armed factions to the national army.", ("ALL",)),
    ("Talks on the integration of the militias into the Kiro Liberation Army stalled on Monday.", ("ALL",)),
    ("The logistics firm announced its integration into the Volta Group at a ceremony in Accra.", ("ALL",)),
    ("The nurses' association announced its joining of the National Health Union on Monday.", ("ALL",)),
]
