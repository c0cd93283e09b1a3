"""Probe passages for the sides of a change of side (issue 14, ninth pass), written for these tests, with their roles,
before kg was run on them: the side left named on the mover ("A FARC dissident commander", "Two Ansaru commanders",
"a former spokesman for the Sudanese army", "the group" for the mover's own group, a militia's own relative clause),
the side gone to on a verb beside the trigger ("flew his Mi-8 to Ukraine and defected", "sought refuge in", "announced
his defection to", "received the surrender of", the force that reports a surrender, the sentence after), clauses the
parser breaks ("split" read as a noun, "changed sides" read as a noun phrase, a fronted "his defection"), insurgents
surrendering to the police, party members joining another party, "yielded to", "ditched X for Y"; and hard negatives
(suspects surrendering to police, a town or a title taken for a side, a rally joined, a spokesman who reports).

PROBES: (text, [(kind, agent, target, side joined), ...]), kind a key of helpers.KINDS, None: not checked.
NEGATIVES: (text, kinds that must not be found).
WRONG_SIDES: (text, "target" or "to", a string no DEFECTION may have in that role).
"""

from __future__ import annotations

PROBES = [
    (
        "A FARC dissident commander known as El Tuerto turned himself in to the army in Guaviare.",
        [("DEF", "El Tuerto", "FARC", "the army")],
    ),
    (
        "Colonel Haroun Mbeki, a former spokesman for the Sudanese army, has gone over to the Rapid Support Forces, "
        "according to a video posted online.",
        [("DEF", "Colonel Haroun Mbeki", "the Sudanese army", "the Rapid Support Forces")],
    ),
    (
        "Two Ansaru commanders gave themselves up to troops in Birnin Gwari, the army said on Thursday.",
        [("DEF", "Two Ansaru commanders", "Ansaru", "troops")],
    ),
    (
        "Hamadou Sidibe, a fighter with the Katiba Serma, surrendered to the army in Boni.",
        [("DEF", "Hamadou Sidibe", "the Katiba Serma", "the army")],
    ),
    (
        "A Russian helicopter pilot flew his Mi-8 to Ukraine and defected, Ukrainian military intelligence said.",
        [("DEF", "A Russian helicopter pilot", None, "Ukraine")],
    ),
    (
        "Some 17 Eritrean soldiers have defected and sought refuge in Ethiopia, state media reported.",
        [("DEF", "Some 17 Eritrean soldiers", None, "Ethiopia")],
    ),
    (
        "Senior Houthi official Ahmed al-Rahabi fled Sanaa and announced his defection to the internationally "
        "recognised government.",
        [("DEF", "Ahmed al-Rahabi", "Houthi", "the internationally recognised government")],
    ),
    (
        "Troops of the 33rd Battalion received the surrender of 18 Lakwena rebels at Pader on Monday.",
        [("DEF", "18 Lakwena rebels", None, "Troops of the 33rd Battalion")],
    ),
    (
        "The army said 35 members of the Sokoro rebel group had surrendered at a camp near Dubre.",
        [("DEF", "35 members of the Sokoro rebel group", "the Sokoro rebel group", "The army")],
    ),
    (
        "Lt Karim Obeid defected from the Syrian army in June. He joined the Farouq Brigade two weeks later.",
        [("DEF", "Lt Karim Obeid", "the Syrian army", "the Farouq Brigade")],
    ),
    (
        "The Jaish al-Umma commander Abu Khaled al-Halabi split from Ahrar al-Sham and joined Hayat Tahrir al-Sham "
        "with 300 fighters.",
        [("DEF", "Abu Khaled al-Halabi", "Ahrar al-Sham", None), ("ALL", "Abu Khaled al-Halabi", "Hayat Tahrir", None)],
    ),
    (
        "In 2015, the group's emir, Abu Hamza Ruslanov, split from al-Qaeda and swore allegiance to the Islamic State.",
        [("DEF", "Abu Hamza Ruslanov", "al-Qaeda", None), ("ALL", "Abu Hamza Ruslanov", "the Islamic State", None)],
    ),
    (
        "Following his defection to Jabhat al-Nusra in 2013, Abu Omar al-Shishani rose to command its northern sector.",
        [("DEF", "Abu Omar al-Shishani", None, "Jabhat al-Nusra")],
    ),
    (
        "The Shammar tribal militia, which had fought alongside the Islamic State, changed sides and now backs the "
        "army.",
        [("DEF", "The Shammar tribal militia", "the Islamic State", None)],
    ),
    (
        "Twelve Maoists, including three women, surrendered before the police in Malkangiri district on Friday.",
        [("DEF", "Twelve Maoists", None, "the police")],
    ),
    (
        "Seven hardcore Maoist cadres surrendered to the police in Gadchiroli.",
        [("DEF", "Seven hardcore Maoist cadres", "Maoist", "the police")],
    ),
    (
        "Over 40 Maoist cadres, including a divisional committee member, surrendered before the police superintendent "
        "in Dantewada.",
        [("DEF", "Over 40 Maoist cadres", None, "the police superintendent")],
    ),
    (
        "BNP leader Abdul Kader joined the Awami League on Saturday along with hundreds of his supporters.",
        [("DEF", "Abdul Kader", "BNP", "the Awami League")],
    ),
    (
        "Former PTI MNA Rana Aftab formally joined the PML-N at a ceremony in Lahore.",
        [("DEF", "Rana Aftab", "PTI", "PML-N")],
    ),
    (
        "Several PPP leaders from Larkana quit the party and joined the PTI.",
        [("DEF", "Several PPP leaders", "PPP", "the PTI")],
    ),
    (
        "Kampala MP Sarah Nakawunde ditched the FDC for the NRM.",
        [("DEF", "Sarah Nakawunde", "the FDC", "the NRM")],
    ),
    (
        "Forty Dawlah Islamiyah members yielded to the 103rd Brigade in Lanao del Sur, the military said.",
        [("DEF", "Forty Dawlah Islamiyah members", None, "the 103rd Brigade")],
    ),
    (
        "The former Seleka general has since rallied to the government of President Touadera, a UN report said.",
        [("DEF", "The former Seleka general", "Seleka", "the government")],
    ),
    (
        "The sheikhs of the Albu Nimr tribe switched to the side of the government after the fall of Hit.",
        [("DEF", "The sheikhs of the Albu Nimr tribe", None, "the government")],
    ),
    (
        "The Free Syrian Army said that 30 soldiers had defected and joined its ranks near Rastan.",
        [("DEF", "30 soldiers", None, "The Free Syrian Army")],
    ),
    (
        "Syrian Air Force pilot Captain Rami Soueid flew his L-39 jet to Turkey and requested asylum.",
        [("DEF", "Captain Rami Soueid", None, "Turkey")],
    ),
    (
        "Police said Yusuf Garba, a former Boko Haram bomb maker, turned himself in to soldiers in Bama.",
        [("DEF", "Yusuf Garba", None, "soldiers")],
    ),
    (
        "Among those who crossed over to the rebels was Major Tesfay Hailu.",
        [("DEF", "Major Tesfay Hailu", None, "the rebels")],
    ),
    (
        "The defections, which began in June, include two generals and a colonel of the Republican Guard.",
        [("DEF", "two generals", None, None)],
    ),
    (
        "Days earlier, 40 fighters loyal to commander Gatwech had gone over to the SPLA-IO.",
        [("DEF", "40 fighters", "Gatwech", "the SPLA-IO"), ("ALL", "40 fighters", "Gatwech", None)],
    ),
    (
        "Some 30 elements of the CODECO militia surrendered to the FARDC in Djugu territory.",
        [("DEF", "Some 30 elements", "the CODECO militia", "the FARDC")],
    ),
    (
        "Twenty farari commanders of the BLA laid down their arms before the security forces in Kohlu.",
        [("DEF", "Twenty farari commanders", "the BLA", "the security forces")],
    ),
    (
        "A total of 1,200 Boko Haram terrorists and their families have surrendered to the troops in the past month.",
        [("DEF", "1,200 Boko Haram terrorists", "Boko Haram", "the troops")],
    ),
    (
        "The Albu Fahd sheikhs had long backed the government. In June they switched sides and joined the Islamic "
        "State.",
        [("DEF", "The Albu Fahd sheikhs", None, "the Islamic State")],
    ),
    (
        "In 2016 the group, which had been part of the Free Syrian Army, defected to the regime.",
        [("DEF", "the group", "the Free Syrian Army", "the regime")],
    ),
    (
        "The Arab tribal militias were later absorbed into the Syrian Democratic Forces.",
        [("ALL", "The Arab tribal militias", "the Syrian Democratic Forces", None)],
    ),
    (
        "Several militias in Mosul, including the Nineveh Guards, have integrated into the PMF.",
        [("ALL", "Several militias", "the PMF", None)],
    ),
    (
        "Hundreds of PDP members, led by the former deputy governor, moved to the APC on Saturday.",
        [("DEF", "Hundreds of PDP members", "PDP", "the APC")],
    ),
    (
        "Lawmaker Jane Ouma has moved to the ruling party, her office confirmed.",
        [("DEF", "Jane Ouma", None, "the ruling party")],
    ),
]

NEGATIVES = [
    ("The gunman surrendered to police after a six-hour standoff in the town centre.", ("DEF",)),
    ("A suspect in the robbery turned himself in to the police in Kisumu on Monday.", ("DEF",)),
    ("The PPP leader joined the protest in Karachi on Friday.", ("DEF", "ALL")),
    ("Thousands of BNP supporters joined the rally in Dhaka.", ("DEF", "ALL")),
    ("The harvest yielded to the drought, farmers in Marsabit said.", ("DEF",)),
    ("The company's shares yielded to selling pressure after the results.", ("DEF",)),
    ("Supporters rallied to the government's defence after the vote.", ("DEF",)),
    ("The striker ditched the club for a rival side in the summer.", ("DEF",)),
    ("Former rebels were integrated into the national army under the 2019 peace deal.", ("ALL",)),
    ("The company was absorbed into the Halden group in 2019.", ("ALL",)),
    ("The two airlines were integrated into a single carrier after the merger.", ("ALL",)),
    ("The soldiers moved to the front line near Bakhmut on Tuesday.", ("DEF",)),
    ("The senator moved to the capital in 2010 and opened a law firm.", ("DEF",)),
    ("The party moved to the centre under its new leader.", ("DEF",)),
]

WRONG_SIDES = [
    ("Several PPP leaders from Larkana quit the party and joined the PTI.", "target", "Larkana"),
    ("MNA Shaukat Mehr switched loyalties to the PTI on Monday.", "target", "MNA"),
    ("The rebel defenders of the town surrendered without a fight, a military spokesman said.", "to", "spokesman"),
    (
        "Kuda Ndlovu, who had led the party's youth wing, left the Movement for Progress on Monday and joined the "
        "ruling Unity Party.",
        "to",
        "the Movement for Progress",
    ),
]
