"""Probe passages for the movers and sides of changes of side the parse or the reading lost (issue 14, fifteenth
pass), written for these tests with invented names: a label, a dateline or a time the parser made a first subject
before the mover ("Summary: Nine members of X ... surrendered"), a pledge told beside a leaving ("rejected the
government and declared his clan's loyalty to X", "withdrew his men from the coalition and declared them loyal to X",
"the battalion split when its commander declared loyalty to X"), a pronoun mover a trailing speaker is not ("His
defection ..., analysts said"), surrendered "terrorists" of military releases ("the surrender of 64 Boko Haram
terrorists and their families", "between 2 and 5 March, a total of 52 terrorists, comprising ..., surrendered") and a
"he" that is no place the NER took for a person ("a Tuareg from the Ménaka region. He ..."), fighters who had
surrendered told in a relative clause; and hard negatives (a
rejected proposal, a firm's withdrawn offer, a split that is no group's, suspects who surrender).

PROBES: (text, [(kind, agent, target, side joined), ...]), kind a key of helpers.KINDS, None: not checked.
NEGATIVES: (text, kinds that must not be found).
WRONG_MOVERS: (text, a string no DEFECTION may have as its mover).
"""

from __future__ import annotations

PROBES = [
    (
        "Event 2024-0113. Location: Tanganyika province. Summary: Nine members of the Kolwezi Patriotic Front, "
        "including a deputy commander known as Kasongo, surrendered to the army in Likasi after talks with elders.",
        [("DEF", "Nine members of the Kolwezi Patriotic Front", "the Kolwezi Patriotic Front", "the army")],
    ),
    (
        "Armed Forces of the Congo — Eastern Command. Public Affairs Office. Kalemie City — Six fighters of the "
        "Upemba Defence Brigades, among them two women, surrendered to the 22nd Infantry Battalion on Friday in the "
        "village of Kabimba.",
        [("DEF", "Six fighters of the Upemba Defence Brigades", "the Upemba Defence Brigades", None)],
    ),
    (
        "The rebels shelled the market in Moba on Monday. The following week, about 40 members of the Mukoro "
        "militia, including their commander, surrendered to government troops at Kirungu.",
        [("DEF", "about 40 members of the Mukoro militia", "the Mukoro militia", "government troops")],
    ),
    (
        "When the rebels reached Tarhun, the district's senior elder, Ahmed Salem Gharbi, rejected the government in "
        "a radio address and declared his clan's loyalty to the Tuareg Liberation Front.",
        [
            ("DEF", None, "the government", "the Tuareg Liberation Front"),
            ("ALL", None, "the Tuareg Liberation Front", None),
        ],
    ),
    (
        "In 2019 Commander Yusuf Adan withdrew his fighters from the coalition after a quarrel over pay and declared "
        "them loyal to the Juba Valley Army.",
        [("DEF", "Yusuf Adan", "the coalition", "the Juba Valley Army")],
    ),
    (
        "The Sabha Battalion split in 2021 when its commander, Idris Kamal, declared loyalty to the Fezzan Defence "
        "Council; the other fighters stayed with the government.",
        [("DEF", "Idris Kamal", "The Sabha Battalion", "the Fezzan Defence Council")],
    ),
    (
        "Troops have recorded another feat following the surrender of 64 Boko Haram terrorists and their families to "
        "troops at Pulka.",
        [("DEF", "64 Boko Haram terrorists", "Boko Haram", "troops")],
    ),
    (
        "Similarly, between 2 and 5 March 2025, a total of 52 ISWAP terrorists, comprising 20 adult males and 32 women "
        "and children, surrendered to troops in Monguno.",
        [("DEF", "52 ISWAP terrorists", None, "troops")],
    ),
    (
        "Consider the path of Ahmed Ag Intalla, a Tuareg from the Ménaka region. He fought for the MNLA in 2012 and in "
        "2016 he pledged allegiance to the Islamic State in the Greater Sahara.",
        [("ALL", "Ahmed Ag Intalla", "the Islamic State in the Greater Sahara", None)],
    ),
    (
        "Weekly security note. (2) Baga (Borno): the Nigerian army held a ceremony for 38 former ISWAP fighters who "
        "had surrendered in May; no incidents.",
        [("DEF", "38 former ISWAP fighters", None, None)],
    ),
]

NEGATIVES = [
    ("The committee rejected the proposal and declared its loyalty to the constitution.", ("DEF",)),
    ("The company withdrew its offer from the market and declared its loyalty to its customers.", ("DEF",)),
    ("The vote split in 2020 when the mayor declared loyalty to the governor.", ("DEF",)),
    ("Update: The gunman surrendered to police after a four-hour standoff in Nakuru.", ("DEF",)),
    ("Police confirmed the surrender of the two suspects to officers in Lagos.", ("DEF",)),
]

WRONG_MOVERS = [
    (
        "Major Ilya Koval of the 12th Brigade crossed to the Ukrainian side on Tuesday. His defection is the first "
        "by a major this year, analysts said.",
        "analysts",
    ),
    (
        "A group of 30 fighters from the Bor militia crossed over to the government side on Sunday. They had come "
        "over to the government side because they were hungry, the provincial governor said.",
        "the provincial governor",
    ),
]
