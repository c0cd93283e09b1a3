"""Probe passages for a change of side told in any verb (issue 14, tenth pass; kg/extract/rules/sidechange.py),
written for these tests with their roles before kg was run on them, in wordings kg's other tests do not use: "returned
to the embrace of the state", "joined the national mainstream", "came over to the federal side", "rallied to the
transitional authorities", "brought his column over to", "took his men into the ranks of", "presented themselves to
the FARDC", "submitted to troops", "reported to the UPDF barracks", "moved across to the SDLP", "switched its support
from X to Y"; and hard negatives (talks, a coalition government, a club, a city, refugees and aid convoys crossing,
troops returning to barracks, a town handed over, a group turned party, a denial, a call, a pledge, "linked to").

PROBES: (text, [(kind, agent, target, side joined), ...]), kind a key of helpers.KINDS, None: not checked.
NEGATIVES: (text, kinds that must not be found).
"""

from __future__ import annotations

PROBES = [
    (
        "Some 140 fighters of the Karamoja Liberation Front returned to the embrace of the state on Tuesday, handing "
        "over 90 rifles at a ceremony in Moroto.",
        [("DEF", "Some 140 fighters of the Karamoja Liberation Front", "Karamoja Liberation Front", "the state")],
    ),
    (
        "Forty-two cadres of the banned NSCN-KY joined the national mainstream at a function in Mon district on "
        "Friday, the Assam Rifles said.",
        [("DEF", "Forty-two cadres of the banned NSCN-KY", None, "the national mainstream")],
    ),
    (
        "Several Tuareg commanders of the Azawad coalition rallied to the transitional authorities in Bamako this "
        "week.",
        [("DEF", "Several Tuareg commanders of the Azawad coalition", None, "the transitional authorities")],
    ),
    (
        "Brigadier Teshome Alemu came over to the federal side in November, bringing with him the entire 24th "
        "Division of the Tigray Defence Forces.",
        [("DEF", "Brigadier Teshome Alemu", None, "the federal side")],
    ),
    (
        "Mahamat Nouri's deputy brought his entire column over to the Chadian government in 2009.",
        [("DEF", "Mahamat Nouri's deputy", None, "the Chadian government")],
    ),
    (
        "Sheikh Ahmed Madobe, once a commander of Ras Kamboni, moved his fighters into the Kenyan-backed Jubaland "
        "forces in 2012.",
        [("DEF", "Sheikh Ahmed Madobe", "Ras Kamboni", "Jubaland forces")],
    ),
    (
        "More than 400 Boko Haram members and their families walked out of the Sambisa forest and submitted to troops "
        "of Operation Hadin Kai.",
        [("DEF", "More than 400 Boko Haram members", "Boko Haram", "troops of Operation Hadin Kai")],
    ),
    (
        "The former Sinn Fein councillor moved across to the SDLP in 2011.",
        [("DEF", "The former Sinn Fein councillor", "Sinn Fein", "the SDLP")],
    ),
    (
        "Beko Lanza, a battalion commander of the Ogaden National Front, led his men into Ethiopian government lines "
        "at Degehabur.",
        [("DEF", "Beko Lanza", "the Ogaden National Front", "Ethiopian government lines")],
    ),
    (
        "Yesterday 18 Anti-balaka fighters came over to MINUSCA and the government in Bambari, a UN spokesman said.",
        [("DEF", "18 Anti-balaka fighters", None, "MINUSCA")],
    ),
    (
        "Fifteen combatants of the Nduma Defence of Congo-Renové presented themselves to the FARDC with their weapons "
        "at Pinga.",
        [("DEF", "Fifteen combatants of the Nduma Defence of Congo-Renové", None, "the FARDC")],
    ),
    (
        "The Zintani Brigade of Major Badr switched its support from the GNA to Haftar's Libyan National Army in "
        "April 2019.",
        [("DEF", "The Zintani Brigade of Major Badr", "the GNA", "Haftar's Libyan National Army")],
    ),
    (
        "DAKAR: Fighters of the MFDC faction led by Salif Sadio abandoned the maquis and returned to the republican "
        "fold, the Senegalese army said.",
        [("DEF", "Fighters of the MFDC faction", None, "the republican fold")],
    ),
    (
        "A Pakistani Taliban commander, Mullah Dadullah Mehsud, has submitted to the authority of the Islamic State's "
        "Khorasan province, a statement said.",
        [("DEF", None, None, "the Islamic State's Khorasan province")],
    ),
    (
        "A Houthi commander in the Nehm district, Abdullah al-Qaisi, joined the legitimate government along with 40 of "
        "his fighters, army media said.",
        [("DEF", "Abdullah al-Qaisi", "Houthi", "the legitimate government")],
    ),
    (
        "A Jaish al-Adl commander and six of his men have returned to the bosom of the Islamic Republic, Iranian media "
        "reported.",
        [("DEF", None, None, "the Islamic Republic")],
    ),
    (
        "Colonel Mahmoud Darwish, commander of the Hama air base, slipped across to the rebel side with two aides.",
        [("DEF", "Colonel Mahmoud Darwish", None, "the rebel side")],
    ),
    (
        "Two ADF commanders walked into a UPDF detach in Bundibugyo and handed over their guns.",
        [("DEF", "Two ADF commanders", "ADF", "UPDF")],
    ),
    (
        "Eighteen Tellar Front militiamen reported to the army's 21st Brigade headquarters in Dormi with their rifles, "
        "the brigade said.",
        [("DEF", "Eighteen Tellar Front militiamen", "Tellar Front", "the army's 21st Brigade headquarters")],
    ),
    (
        "More than 60 Houthi fighters headed over to the government forces in Marib, the Saba agency said.",
        [("DEF", "More than 60 Houthi fighters", "Houthi", "the government forces")],
    ),
    (
        "About 150 al-Shabaab militants have come over to the federal government since January, officials said.",
        [("DEF", "About 150 al-Shabaab militants", "al-Shabaab", "the federal government")],
    ),
    (
        "Twenty-three cadres of the outlawed ULFA-I came back to the national mainstream at a ceremony in Tinsukia.",
        [("DEF", "Twenty-three cadres of the outlawed ULFA-I", None, "the national mainstream")],
    ),
]

NEGATIVES = [
    ("The rebels' negotiators joined talks with the government in Addis Ababa on Monday.", ("DEF",)),
    ("The president returned to Kabul on Sunday after a week of talks in Doha.", ("DEF",)),
    ("About 3,000 refugees crossed into Chad over the weekend to escape the fighting.", ("DEF",)),
    ("Soldiers of the 4th Brigade returned to the army's barracks in Bunia after the operation.", ("DEF",)),
    ("The rebels handed over the town to the army under the agreement.", ("DEF",)),
    (
        "Colombia's FARC guerrillas laid down their weapons in 2017 under a peace deal and transformed into a "
        "political party.",
        ("DEF",),
    ),
    ("Jihadists linked to al-Qaeda killed at least 40 civilians in attacks on three villages.", ("DEF",)),
    ("The defence ministry called on the rebels to return to the national fold before the deadline.", ("DEF",)),
    ("The Houthi commander denied reports that he had come over to the government side.", ("DEF",)),
    (
        "A commander of the Mirlan Front and 40 of his fighters swore bay'ah to the Taliban's leader in Faryab.",
        ("DEF",),
    ),
    ("Traders from Bunia moved to the government-controlled market in Mahagi.", ("DEF",)),
    ("Boko Haram fighters retreated into the Sambisa forest after the army's offensive.", ("DEF",)),
    ("The Kivu Patriotic Resistance's spokesman spoke to the government by phone on Monday.", ("DEF",)),
    ("Ten rebel negotiators went to the government's offices for talks.", ("DEF",)),
    ("Al-Shabaab fighters went to the army base in Elwak to attack it.", ("DEF",)),
    ("Militants drove into the army base at Tessit and opened fire on soldiers.", ("DEF",)),
]
