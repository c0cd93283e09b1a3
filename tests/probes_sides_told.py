"""Probe passages for the side a defector left told outside the defection's clause (issue 14, twelfth pass), written
for these tests, with their roles, before kg was run on them: the side the mover served told in another sentence
("X served for 14 years in the Y. He defected"; a surname alone; a pluperfect sentence after), the group a pronoun in
the mover's phrase points back to ("Its leader", "some 200 of them"), the state fled to after a break with a side
("broke ranks with the regime and fled to Turkey"); and wrong sides: what the mover does now, the side gone to, the
mover's family, a retreat to a town or to the hills.

PROBES: (text, [(kind, agent, target, side joined), ...]), kind a key of helpers.KINDS, None: not checked.
WRONG_SIDES: (text, "target" or "to", a string no DEFECTION may have in that role).
"""

from __future__ import annotations

PROBES = [
    (
        "Major Hamid Sarraf served for 14 years in the Syrian Arab Army. He defected in June and now commands a rebel "
        "unit in the Qalamoun mountains.",
        [("DEF", "Hamid Sarraf", "the Syrian Arab Army", None)],
    ),
    (
        "Colonel Abdi Warsame spent two decades in the Somaliland army. Now he leads a clan militia near Erigavo. "
        "Warsame defected in January with several hundred soldiers, officials said.",
        [("DEF", "Warsame", "the Somaliland army", None)],
    ),
    (
        "Captain Idris Mallam defected to the Kanem Liberation Front last week, the rebels said. Mallam had served in "
        "the Chadian army for nine years.",
        [("DEF", "Captain Idris Mallam", "the Chadian army", "the Kanem Liberation Front")],
    ),
    (
        "The Ndolo Hills militia controlled the town of Kavira for three years. Its leader, who goes by the name "
        "General Kabale, surrendered to the FARDC on Thursday along with 70 fighters.",
        [("DEF", "General Kabale", "The Ndolo Hills militia", "the FARDC")],
    ),
    (
        "Fighters of the Sultan Murad Division had long been paid by Ankara. On Wednesday some 200 of them crossed to "
        "the side of the Syrian Democratic Forces near Manbij, the SDF said.",
        [("DEF", "some 200 of them", "the Sultan Murad Division", "the Syrian Democratic Forces")],
    ),
    (
        "The militia known as the Guardians of Sirtan was formed in 2016 to fight the Islamic State. In May its "
        "founder, Abu Ali Sirtani, switched his allegiance to the Popular Mobilisation Forces.",
        [("DEF", None, "the Guardians of Sirtan", "the Popular Mobilisation Forces")],
    ),
    (
        "Colonel Ahmed Berri, formerly of the Republican Guard, broke ranks with the regime and fled to Turkey.",
        [("DEF", "Colonel Ahmed Berri", "the regime", "Turkey")],
    ),
    (
        "Prosecutors say Sergeant Dmytro Kuzko deserted his unit in Bakhmut in March and fled to Moldova.",
        [("DEF", "Sergeant Dmytro Kuzko", "his unit", "Moldova")],
    ),
]

WRONG_SIDES = [
    # what the defector does now is the side joined, not the side left
    (
        "Colonel Imad Rukn defected in May, opposition activists said. Rukn now fights for the Free Lions Brigade.",
        "target",
        "the Free Lions Brigade",
    ),
    # the side gone to, told in a sentence of serving after the defection, is not the side left
    (
        "Captain Idris Mallam defected to the Kanem Liberation Front last week. Mallam serves in the front's "
        "artillery unit.",
        "target",
        "the Kanem Liberation Front",
    ),
    # the mover's family stays out of the side left
    (
        "Two ADF commanders with their families surrendered to the army in Beni.",
        "target",
        "their families",
    ),
    # a retreat inside the country is no side gone to
    (
        "Two Afghan army commanders broke ranks with the government and fled to Mazar-i-Sharif.",
        "to",
        "Mazar-i-Sharif",
    ),
    (
        "Sergeant Ali Bako deserted his unit in Diffa and fled to the hills.",
        "to",
        "the hills",
    ),
]
