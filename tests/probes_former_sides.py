"""Probe passages for the sides of a change of side told by a former title, a career or the ground crossed into
(issue 14, fourteenth pass), written for these tests with invented names: a former member of a named armed side
joining another ("X, a former commander of the Y Brigades, has joined Z"), the side a mover last joined earlier in a
profile ("joined X in 2009. In 2014 he went over to Y"), a service said to end with the change ("had belonged to X
before switching sides", "who had led X, crossed ..."), and a crossing into ground a side holds ("crossed into
territory held by X"); and hard negatives (a state's former soldier or police chief joining a group, a former member
joining talks or a charity, refugees crossing into held ground), sides another actor joined.

PROBES: (text, [(kind, agent, target, side joined), ...]), kind a key of helpers.KINDS, None: not checked.
NEGATIVES: (text, kinds that must not be found).
WRONG_SIDES: (text, "target" or "to", a string no DEFECTION may have in that role).
"""

from __future__ import annotations

PROBES = [
    (
        "Lwanga Mutebi, a former commander of the Rwenzori Defence Brigades, has joined the rival Kasese Liberation "
        "Army, the group said on Sunday.",
        [("DEF", "Lwanga Mutebi", "the Rwenzori Defence Brigades", "the Kasese Liberation Army")],
    ),
    (
        "Several former fighters of the Ngala Patriotic Front have joined the KDF, local officials told reporters.",
        [("DEF", "Several former fighters of the Ngala Patriotic Front", "the Ngala Patriotic Front", "the KDF")],
    ),
    (
        "The militia's former deputy emir, Abu Salim al-Tarhuni, joined the Derna Mujahideen Shura Council last month.",
        [("DEF", "Abu Salim al-Tarhuni", "The militia", "the Derna Mujahideen Shura Council")],
    ),
    (
        "Two former officers of the Arkam Brigade joined the Free Lions Battalion after a dispute over pay, residents "
        "said.",
        [("DEF", "Two former officers of the Arkam Brigade", "the Arkam Brigade", "the Free Lions Battalion")],
    ),
    (
        "A former spokesman of the Nduma Defence Brigades, Mulume Assani, has joined the rival Mai-Mai Yakutumba, "
        "local sources said.",
        [("DEF", "Mulume Assani", "the Nduma Defence Brigades", "the Mai-Mai Yakutumba")],
    ),
    (
        "Tomas Obura joined the Lado Brigade in 2009. In 2014 he went over to the Equatoria Front, and two years later "
        "he surrendered to the army at Yei.",
        [
            ("DEF", "Tomas Obura", "the Lado Brigade", "the Equatoria Front"),
            ("DEF", None, "the Equatoria Front", "the army"),
        ],
    ),
    (
        "Grace Atieno began her career in the Orange Progressive Party, which she represented in the county assembly. "
        "In 2017 she defected to the Jubilee Party.",
        [("DEF", "Grace Atieno", "the Orange Progressive Party", "the Jubilee Party")],
    ),
    (
        "Hamid Warsame followed his commander into the Jubba Shield in 2012. He defected to the government in 2020 "
        "with 40 fighters.",
        [("DEF", None, "the Jubba Shield", "the government")],
    ),
    (
        "Ahmed Lakhal became a senior commander of the Tenere Front in 2015. Last week he crossed over to the army "
        "with 60 men.",
        [("DEF", None, "the Tenere Front", "the army")],
    ),
    (
        "The fighters had belonged to the Kisima Brigade for years before switching sides.",
        [("DEF", "The fighters", "the Kisima Brigade", None)],
    ),
    (
        "A corporal of the 44th Regiment crossed into territory held by the Nuba Liberation Front on Friday with his "
        "rifle.",
        [("DEF", "A corporal", "the 44th Regiment", "the Nuba Liberation Front")],
    ),
    (
        "The commander, who had led the Saqr Battalion in the hills east of Kafr Dael for four years, crossed into "
        "territory held by the opposition on Sunday night with 12 of his men.",
        [("DEF", "The commander", "the Saqr Battalion", "the opposition")],
    ),
]

NEGATIVES = [
    ("A former Kenyan soldier joined the Ogaden rebels last year, his family said.", ("DEF",)),
    ("Former Laikipia police chief Daniel Korir has joined the Mount Kenya Defence Front.", ("DEF",)),
    ("A former major in the Ugandan army, he joined the Allied Democratic Forces in 2015.", ("DEF",)),
    ("The former deputy of the Kivu Liberation Movement joined the talks in Nairobi on Tuesday.", ("DEF",)),
    ("A former spokesman of the Mbuji Brigade joined a charity in Kinshasa after the war.", ("DEF",)),
    ("The refugees crossed into territory held by the rebels to escape the shelling.", ("DEF",)),
    ("The aid convoy crossed into government-held territory at dawn.", ("DEF",)),
]

WRONG_SIDES = [
    ("Salim Odera joined the army in 2005. His brother Otieno defected to the rebels in 2012.", "target", "the army"),
    (
        "The Mara Brigade joined the coalition in 2016. In 2019 its commander, Jonas Kiprop, defected to the "
        "government.",
        "target",
        "the coalition",
    ),
]
