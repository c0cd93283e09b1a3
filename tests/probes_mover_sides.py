"""Probe passages for the sides of a change of side told around the mover (issue 14, seventeenth pass), written for
these tests with invented names: the side left told by a career that ended with the move, read for a change of side
whichever rule found it ("served as a major in the republican guard until 2004, when he left ... and joined X",
"served the royalist government ... until ... he crossed to X"), by the title of a mover's apposition ("the
defendant, a former member of X"), by the name or possessor on a member where a place noun fills its "of"/"in" phrase
("KODA fighters of the Mbeli camp", "the brigade's commander in the Wadi Suq sector") and by an unknown name the
model tagged as anything on a fighter noun ("Twelve Mwamba fighters": a person); the side gone to told by who took
the garrison's post ("after it overran the base", "the town fell to X. About 40 soldiers surrendered", "X captured
the camp. Twenty soldiers surrendered"), who arms were laid down before ("before the emir of X", on a coordinated
verb too) members who announce that "they" joined, whose ranks a mover returned to ("the nation's ranks") and a
state's side gone to from another ("returned from the KNDF side to the military"); and hard negatives (a teacher's
post, suspects' surrender, a place the phrase names, a side whose own fighters surrender after it took a post, a
deadline, a commander speaking of others).

PROBES: (text, [(kind, agent, target, side joined), ...]), kind a key of helpers.KINDS, None: not checked.
NOT_SIDES: (text, role, a string no DEFECTION may have in that role: "agent", "target" (the side left) or "to").
NEGATIVES: (text, kinds that must not be found).
"""

from __future__ import annotations

PROBES = [
    (
        "Trained at the staff college in Mbale, he served as a major in the republican guard until 2004, when he left "
        "for Kenya and joined the Lango Freedom Army as a trainer.",
        [("DEF", None, "the republican guard", None)],
    ),
    (
        "Appointed under the old king, he served the royalist government after 1969 until, in the spring of 1975, he "
        "crossed to the rebels of the Tigani Front with most of his company.",
        [("DEF", None, "the royalist government", None)],
    ),
    (
        "The court found that the defendant, a former member of the Border Guard's rapid reaction detachment, "
        "abandoned his post in 1994 and went over to the forces of the breakaway republic.",
        [("DEF", "the defendant", "the Border Guard's rapid reaction detachment", None)],
    ),
    (
        "Several KODA fighters of the Mbeli camp surrendered to the army on Tuesday.",
        [("DEF", "Several KODA fighters", "KODA", "the army")],
    ),
    (
        "Colonel Faris Obeid, the brigade's commander in the Wadi Suq sector, defected to the armed forces on Sunday.",
        [("DEF", "Colonel Faris Obeid", "the brigade", "the armed forces")],
    ),
    (
        "Twelve Mwamba fighters and their commander surrendered to the national army with their weapons.",
        [("DEF", "Twelve Mwamba fighters", "Mwamba", "the national army")],
    ),
    (
        "The Lokoja Front said on Friday that 60 soldiers and their families had surrendered after it overran the "
        "army's 12th Battalion base in Kiri district.",
        [("DEF", "60 soldiers", None, "The Lokoja Front")],
    ),
    (
        "Mbanza fell to the Kivu Liberation Movement on Sunday after two days of shelling. About 40 soldiers of the "
        "8th Brigade surrendered at the river port, residents said.",
        [("DEF", "About 40 soldiers of the 8th Brigade", None, "the Kivu Liberation Movement")],
    ),
    (
        "Fighters of the Salween Defence Army captured the junta's hilltop camp at Mae Kalo on 3 March. Eighteen "
        "soldiers, including a major, surrendered and are being held at a monastery.",
        [("DEF", "Eighteen soldiers", None, "Fighters of the Salween Defence Army")],
    ),
    (
        "The bandit leader Musa Dan Kaura and about 30 of his men laid down their arms before the emir of Bakura on "
        "Thursday, in a ceremony arranged by the state peace committee.",
        [("DEF", "Musa Dan Kaura", None, "the emir of Bakura")],
    ),
    (
        "Six members of the Lanao Islamic Front laid down their arms and returned to the fold of the law before the "
        "55th Infantry Battalion in Barangay Tubod.",
        [("DEF", "Six members of the Lanao Islamic Front", "the Lanao Islamic Front", "the 55th Infantry Battalion")],
    ),
    (
        "On 4 May, 14 fighters of the Kachin Frontier Army announced that they had joined the Shan Unity Front at a "
        "ceremony in Namtu.",
        [("DEF", "14 fighters of the Kachin Frontier Army", "the Kachin Frontier Army", "the Shan Unity Front")],
    ),
    (
        "ADEN — Some 35 fighters of the Wadi Hadran Brigade returned to the nation's ranks on Sunday, the local "
        "authority said.",
        [("DEF", "Some 35 fighters of the Wadi Hadran Brigade", "the Wadi Hadran Brigade", "the nation")],
    ),
    (
        "On 3 April the army said that 9 soldiers had returned from the KNDF side to the military in Loikaw.",
        [("DEF", "9 soldiers", "the KNDF side", "the military")],
    ),
]

NOT_SIDES = [
    ("Two soldiers of the Kasai sector defected to the rebels on Monday.", "target", "the Kasai sector"),
    ("A Wako commander in the Tana valley went over to the rebels with 50 men, elders said.", "target", "Tana valley"),
    (
        "Gedo Shield fighters overran the army base at Burdhubo on Monday. Two days later, twelve Gedo Shield "
        "fighters surrendered in Baidoa.",
        "to",
        "Gedo Shield fighters",
    ),
    ("Twelve militants laid down their arms and surrendered before the deadline expired.", "to", "the deadline"),
    (
        "The ceremony took place in the hall of the old mission in Rumbek, where 64 fighters of the Lakes Defence "
        "Army laid down their rifles in a pile.",
        "to",
        "The ceremony",
    ),
    ("The commander of the 3rd Brigade said they had surrendered to the rebels.", "agent", "The commander"),
]

NEGATIVES = [
    ("He served as a teacher in the village school until 1999, when he joined the Kamba Front.", ("DEF",)),
    ("Police seized the weapons cache on Monday. Two suspects surrendered to officers later that day.", ("DEF",)),
    ("Five soldiers returned from the front to the army base in Kalay on Monday.", ("DEF",)),
    (
        "On 2 May, a group of KRF/NDA members in Tamu district announced that they had joined the National Defence "
        "Army under the exile government.",
        ("DEF",),
    ),
]
