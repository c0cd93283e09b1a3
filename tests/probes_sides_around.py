"""Probe passages for the sides of a change of side told around the deed (issue 14, nineteenth pass), written for
these tests with invented names and places: the side left read off the mover's own phrase whichever rule read the
change of side (a unit that announces "it" went over, the second of two movers, members of a body of a party, a
detachment of a side, fighters who had fought for a side or been taken into a force), and the side gone to told on a
verb beside the deed (a pledge, a placing under a body's command, a side's positions walked to); and near misses (a
unit of a fire brigade joining a rescue, a company of a side joining another in its own clause, members of parliament
from a town, fighters taken into an army who did not move, a placing under a doctor's care, positions of no side).

PROBES: (text, [(kind, agent, target, side joined), ...]), kind a key of helpers.KINDS, None: not checked.
NOT_SIDES: (text, role, a string no DEFECTION may have in that role: "target" (the side left) or "to").
NEGATIVES: (text, kinds that must not be found).
"""

from __future__ import annotations

PROBES = [
    # the side left in the mover's own phrase, for a change of side another rule read
    (
        "Late on Friday a company of the Northern Shield Corps in Karvela announced that it had gone over to the "
        "Tawhid Front, a step its old officers called treason.",
        [("DEF", None, "the Northern Shield Corps", "the Tawhid Front")],
    ),
    (
        "Four officers and twelve soldiers of the Lanao Home Regiment crossed over to the Bangsa Front on Tuesday, "
        "the regiment's colonel admitted.",
        [("DEF", None, "the Lanao Home Regiment", "the Bangsa Front")],
    ),
    (
        "Three members of parliament of the ruling Sovereignty Party have defected to the rebel Council of the Hills, "
        "the council's radio said.",
        [("DEF", None, "the ruling Sovereignty Party", "the rebel Council of the Hills")],
    ),
    (
        "Before dawn a detachment of the Jabal Akhdar Brigades under Colonel Abdi Warsame went over to the Islamic "
        "Courts.",
        [("DEF", None, "the Jabal Akhdar Brigades", "the Islamic Courts")],
    ),
    (
        "About 60 Kamba fighters who had been integrated into the national army last year returned to the rebel "
        "side on Monday, a local chief said.",
        [("DEF", None, "the national army", None)],
    ),
    (
        "A band of fighters from the Wadi Kuru who had fought with the Tanzim Brigades said on Friday that they had "
        "joined the Desert Hawks.",
        [("DEF", None, "the Tanzim Brigades", "the Desert Hawks")],
    ),
    (
        "About forty fighters from the Wadi Kuru who had fought for the Tanzim Brigades crossed over to the Desert "
        "Hawks on Friday.",
        [("DEF", None, "the Tanzim Brigades", "the Desert Hawks")],
    ),
    # the side gone to, told on a verb beside the deed
    (
        "The tribunal found that the defendant, then a captain, deserted his battalion in March 1994 and placed "
        "himself under the command of the Zenica Defence Council.",
        [("DEF", None, None, "the Zenica Defence Council")],
    ),
    (
        "A faction of the Kachin Border Guard has declared its loyalty to the National Unity Government, "
        "breaking with the Tatmadaw, officials said.",
        [("DEF", None, None, "the National Unity Government")],
    ),
    (
        "A conscript from Pskov crawled to Ukrainian positions near Robotyne and surrendered on Monday, a brigade "
        "spokesman said.",
        [("DEF", None, None, "Ukrainian positions")],
    ),
]

NOT_SIDES = [
    (
        "About forty fighters from the Wadi Kuru who had fought for the Tanzim Brigades crossed over to the Desert "
        "Hawks on Friday.",
        "target",
        "the Wadi Kuru",
    ),
    ("Two members of parliament from Kisumu have defected to the opposition alliance.", "target", "Kisumu"),
    (
        "The major deserted his regiment and placed himself under the care of doctors at the Red Cross clinic.",
        "to",
        "doctors",
    ),
    ("A conscript walked to the front positions and surrendered to the rebels on Monday.", "to", "front positions"),
]

NEGATIVES = [
    # a part of a side joining another in its own clause is a pledge (the held-out set's reading), not a change of side
    (
        "In 2014 a company of the Northern Shield Corps joined the Tawhid Front, bringing its rifles and trucks.",
        ("DEF",),
    ),
    (
        "A unit of the city fire brigade announced that it was joining the rescue effort in the flooded district.",
        ("DEF",),
    ),
    ("About 60 fighters who had been integrated into the national army last year were paid on Monday.", ("DEF",)),
]
