"""Probe passages for surrenders told by what is given up and the sides around them (issue 14, thirteenth pass),
written for these tests with invented names, before kg was run on them: a combatant's own arms handed over or given
up ("handed over their rifles at an army post", "drove to a military camp and handed in their weapons"), the
surrender noun with no side named ("the surrender of 45 fighters of X was announced"), the Nigerian releases' "to own
troops", a mover's companions ("along with the district police chief") that are no police it surrendered to, "leaving
X for Y" (the parser hangs "for" on the name left), "left X and rallied to Y", "went back to" a side, a split from a
faction named with its parent's acronym; and hard negatives (arms handed over under a peace deal, to an armoury or by
an army arming a militia; going back to a hotel), places in a mover's phrase that are no side left.

PROBES: (text, [(kind, agent, target, side joined), ...]), kind a key of helpers.KINDS, None: not checked.
NEGATIVES: (text, kinds that must not be found).
WRONG_SIDES: (text, "target" or "to", a string no DEFECTION may have in that role).
"""

from __future__ import annotations

PROBES = [
    (
        "Thirty-two fighters of the Mlima Defence Forces handed over their rifles at an army post in Kasese-Ndogo on "
        "Tuesday, the regional commander said.",
        [("DEF", "Thirty-two fighters of the Mlima Defence Forces", "the Mlima Defence Forces", "an army post")],
    ),
    (
        "An ADF commander and six of his fighters walked out of the forest near Oicha and gave up their weapons, the "
        "army spokesman said.",
        [("DEF", "An ADF commander", "ADF", None)],
    ),
    (
        "Late on Friday the rebel colonel and his bodyguards drove to a military camp outside Dorobe and handed in "
        "their weapons.",
        [("DEF", "the rebel colonel", None, "a military camp")],
    ),
    (
        "The surrender of 45 fighters of the Tamba Liberation Movement was announced on Monday by the governor of the "
        "province.",
        [("DEF", "45 fighters of the Tamba Liberation Movement", "the Tamba Liberation Movement", None)],
    ),
    (
        "Officials in Kaduna hailed the surrender of some 60 Ansaru militants as proof that the amnesty works.",
        [("DEF", "some 60 Ansaru militants", "Ansaru", None)],
    ),
    (
        "A total of 212 ISWAP fighters and their families surrendered to own troops at Banki during the week under "
        "review.",
        [("DEF", "212 ISWAP fighters", "ISWAP", "own troops")],
    ),
    (
        "After three days of shelling, the garrison commander at Mpala surrendered to the rebels along with the "
        "district police chief and two magistrates.",
        [("DEF", "the garrison commander", None, "the rebels")],
    ),
    (
        "Senator Ruth Achieng-Oloo confirmed on Sunday that she was leaving the Kenya African Union for the Jubilee "
        "Party ahead of the by-election.",
        [("DEF", "Senator Ruth Achieng-Oloo", "the Kenya African Union", "the Jubilee Party")],
    ),
    (
        "A former commander of the Nzobo Patriots and 30 of his men told reporters they had left the NZP and rallied "
        "to the FACA in Bria.",
        [("DEF", "A former commander of the Nzobo Patriots", "the NZP", "the FACA")],
    ),
    (
        "Dozens of fighters who had joined the Islamic State in Puntland went back to al-Shabaab after a quarrel over "
        "pay.",
        [("DEF", "Dozens of fighters", None, "al-Shabaab")],
    ),
    (
        "The Kordofan Revolutionary Front, which split from the MPRK-Bashir Ndume in 2019, claimed the raid.",
        [("DEF", "The Kordofan Revolutionary Front", "the MPRK-Bashir Ndume", None)],
    ),
    (
        "Major Tomas Velikov, who until January commanded the 3rd Mechanised Brigade, crossed into Moldavia with two "
        "aides and asked for asylum.",
        [("DEF", "Major Tomas Velikov", "the 3rd Mechanised Brigade", None)],
    ),
    (
        "Colonel Amadou Sangare-Traore headed the 9th Gendarmerie Legion until March. In April he defected to the "
        "Sahel Liberation Front.",
        [("DEF", None, "the 9th Gendarmerie Legion", "the Sahel Liberation Front")],
    ),
    (
        "Forty-one former fighters of the Mai-Mai Kifuafua were flown to Goma on Saturday after surrendering to "
        "MONUSCO peacekeepers at Masisi-Centre.",
        [("DEF", "Forty-one former fighters of the Mai-Mai Kifuafua", None, "MONUSCO peacekeepers")],
    ),
    (
        "Commander Juma Ochieng-Lala quit the Mount Elgon Front in May and took about 70 fighters with him to the "
        "Kenya Defence Forces.",
        [("DEF", "Commander Juma Ochieng-Lala", "the Mount Elgon Front", "the Kenya Defence Forces")],
    ),
    (
        "In Bakool, a senior al-Shabaab tax collector, Hassan Dhuube Warsame, handed himself over to government forces "
        "at Xudur-Dhexe.",
        [("DEF", "Hassan Dhuube Warsame", "al-Shabaab", "government forces")],
    ),
    # Twenty-fourth pass: "gave up arms" with bare "arms" is the idiom of surrender; an insurgent word makes a mover
    # one whose surrender is going over, with an aside between it and the verb.
    (
        "Seven cadres of the Kamrup Liberation Army gave up arms at a function in Dhubri-Paschim on Saturday.",
        [("DEF", "Seven cadres of the Kamrup Liberation Army", "the Kamrup Liberation Army", None)],
    ),
    (
        "The hardcore Naxalite, carrying a bounty of Rs 5 lakh on his head, surrendered along with his wife in "
        "Bhairamgarh.",
        [("DEF", "The hardcore Naxalite", None, None)],
    ),
    # an insurgent's surrender "before" officials of the police is going over to the state, told by a verb or by
    # "made surrender" (Indian English)
    (
        "Six Maoists turned themselves in before senior officials from the police in Dantewada on Friday.",
        [("DEF", "Six Maoists", None, "senior officials from the police")],
    ),
    (
        "Four Naxalites made surrender before the district police at Bijapur.",
        [("DEF", "Four Naxalites", None, "the district police")],
    ),
]

NEGATIVES = [
    (
        "Under the peace agreement, 400 fighters of the Kanyoni Front handed over their weapons at a cantonment site.",
        ("DEF",),
    ),
    ("The army handed over rifles and ammunition to the village militia in Dumba-Kati.", ("DEF",)),
    ("The army handed over arms to the village militia in Dumba-Kati.", ("DEF",)),
    ("The shopkeeper, wanted in three cases of fraud, surrendered after a two-hour standoff.", ("DEF",)),
    ("At the end of the exercise the soldiers handed in their weapons to the armoury.", ("DEF",)),
    ("Residents handed over their hunting guns to the police during the month-long amnesty.", ("DEF",)),
    ("The delegation went back to the hotel after the talks in Kisumu-Magharibi ended.", ("DEF",)),
    ("The rebels demanded the surrender of the town's garrison within 24 hours.", ("DEF",)),
    ("She left the office for the airport shortly after noon.", ("DEF",)),
    ("The delegates were driven to the airport after signing the accord in Bangui.", ("DEF",)),
]

WRONG_SIDES = [
    ("In Hiraan, a senior al-Shabaab judge, Ali Gedi Mohamud, handed himself over to the army.", "agent", "Hiraan"),
    (
        "Twenty Ansaru fighters in Kakangi-Dutse surrendered to troops of the 1st Division on Monday.",
        "target",
        "Kakangi-Dutse",
    ),
    ("At least 30 separatist fighters from the area surrendered to the army at Ndu.", "target", "the area"),
    (
        "Six opposition councillors in Magunga-Kati crossed over to the ruling party on Thursday.",
        "target",
        "Magunga-Kati",
    ),
]
