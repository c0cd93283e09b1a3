"""Probe passages for ALLEGIANCE told by structure (issue 14, eleventh pass), written for these tests before kg's
allegiance rules were read, with their roles: a group, its fighters or a person taken into another side ("were
folded into", "has been transferred into the structure of", "integrated two battalions into their command", "the
integration of X into Y", a headline's "absorbed into"), put under it ("placed itself under the command of", "put
itself at the disposal of", "put his men at the service of"), recruited by it in a headline, made a member of a side
whose name only its words call armed ("the Kurdish Women's Protection Units", "Jaysh al-Mukhtar"), "now part of" a
side, and oaths sworn to a leader with no loyalty word; and hard negatives (custody, flight, splits, control of a
town, smuggling, state soldiers under their own officers, deeds done under orders, inquiries, refusals, sendings).

PROBES: (text, [(kind, agent, target, side joined), ...]), kind a key of helpers.KINDS, None: not checked.
NEGATIVES: (text, kinds that must not be found).
"""

from __future__ import annotations

PROBES = [
    (
        "Hundreds of Jabhat al-Nusrah fighters absorbed into Hayat Tahrir al-Sham",
        [("ALL", "Hundreds of Jabhat al-Nusrah fighters", "Hayat Tahrir al-Sham", None)],
    ),
    (
        "Misrata brigade places itself under command of Government of National Accord",
        [("ALL", "Misrata brigade", "Government of National Accord", None)],
    ),
    (
        "KIRKUK, Iraq (AFP) - Two Sunni tribal brigades in Hawija were folded into the Popular Mobilization Forces "
        "last month, a PMF official said on Saturday.",
        [("ALL", "Two Sunni tribal brigades", "the Popular Mobilization Forces", None)],
    ),
    (
        "ADEN (Reuters) - Southern separatist forces said on Wednesday they had integrated two Security Belt "
        "battalions into their command, in a move that strengthens their grip on Aden.",
        [("ALL", "two Security Belt battalions", "Southern separatist forces", None)],
    ),
    (
        "Ministry of Defence press office: the 14th Territorial Defence Battalion has been transferred into the "
        "structure of the National Guard.",
        [("ALL", "the 14th Territorial Defence Battalion", "the National Guard", None)],
    ),
    (
        "Across the valley, the Tigray militia had a new ally. The Wolkait self-defence committee, formed by farmers "
        "in 2020, said it had put itself at the disposal of the Tigray Defence Forces.",
        [("ALL", "The Wolkait self-defence committee", "the Tigray Defence Forces", None)],
    ),
    (
        "Commander Yusuf Ganda said his Kallo Brigade was placing itself under the command of the Transitional "
        "Military Council.",
        [("ALL", "his Kallo Brigade", "the Transitional Military Council", None)],
    ),
    (
        "Fighters of the Black Reed Movement have been integrated into the Vesnar national army under last month's "
        "peace deal.",
        [("ALL", "Fighters of the Black Reed Movement", "the Vesnar national army", None)],
    ),
    (
        "Warlord Baba Kinshasha Lemba has put his 2,000 men at the service of General Dodo Rukenge's Patriotic "
        "Alliance.",
        [("ALL", "Warlord Baba Kinshasha Lemba", "General Dodo Rukenge's Patriotic Alliance", None)],
    ),
    (
        "The integration of the Abu Fadl al-Abbas Brigade into the Iraqi security forces was completed in 2018.",
        [("ALL", "the Abu Fadl al-Abbas Brigade", "the Iraqi security forces", None)],
    ),
    (
        "Afghan Taliban commander's son recruited by Islamic State Khorasan",
        [("ALL", "Afghan Taliban commander's son", "Islamic State Khorasan", None)],
    ),
    (
        "She became a member of the Kurdish Women's Protection Units (YPJ) at 17.",
        [("ALL", "She", "the Kurdish Women's Protection Units", None)],
    ),
    (
        "The Siyar Front renewed its oath to Commander Idris Waleed on the anniversary of the uprising.",
        [("ALL", "The Siyar Front", "Commander Idris Waleed", None)],
    ),
    (
        "Abu Salim al-Tarhouni's men announced that they were now part of the Mukhtar Brigade.",
        [("ALL", "Abu Salim al-Tarhouni's men", "the Mukhtar Brigade", None)],
    ),
    (
        "In 2019 the Kamwenge youths joined the Mai-Mai Kifuafua, a local armed group.",
        [("ALL", "the Kamwenge youths", "the Mai-Mai Kifuafua", None)],
    ),
    (
        "The Tamboura Defence Committee is a militia formed by farmers. Hundreds of local men have joined the Tamboura "
        "Defence Committee since March.",
        [("ALL", "Hundreds of local men", "the Tamboura Defence Committee", None)],
    ),
    (
        "The Obeid clan's pledge of loyalty to the Transitional Council was read out at the mosque.",
        [("ALL", "The Obeid clan", "the Transitional Council", None)],
    ),
    (
        "Commanders of the Beni Helal tribe pledged their fighters to the Libyan National Army.",
        [("ALL", "Commanders of the Beni Helal tribe", "the Libyan National Army", None)],
    ),
    (
        "Teenagers from Pibor were drafted into the White Army, a militia of Lou Nuer youths, according to the report.",
        [("ALL", "Teenagers", "the White Army", None)],
    ),
    (
        "In a ceremony at Harsa, the Qalam Battalion took the oath of obedience to the Supreme Emir, Sheikh Abdulwahid "
        "Mansur.",
        [("ALL", "the Qalam Battalion", "the Supreme Emir", None)],
    ),
    (
        "Analysts said the Okapi Defence Force's oath to Colonel Maro Bisengi had changed the balance in Ituri.",
        [("ALL", "the Okapi Defence Force", "Colonel Maro Bisengi", None)],
    ),
]

NEGATIVES = [
    ("Troops under the command of General Dabo attacked the village of Koma on Sunday.", ("ALL",)),
    ("Police took the militia commander into custody in Gao.", ("ALL",)),
    ("The militants fled into the forest after the army offensive.", ("ALL",)),
    ("The fighters were divided into three brigades by the new commander.", ("ALL",)),
    ("The jihadist group split into two factions after the emir's death.", ("ALL",)),
    ("The town came under the control of the army after the rebels withdrew.", ("ALL",)),
    ("The militia brought the town under its control on Friday.", ("ALL",)),
    ("Weapons were smuggled into the Hamas-run enclave through tunnels, the army said.", ("ALL",)),
    ("Soldiers operating under the command of Colonel Traore fired on protesters in Bamako.", ("ALL",)),
    (
        "The Sons of Kemali refused to place themselves under the command of the Revolutionary Front of Ondara.",
        ("ALL",),
    ),
    ("Officials said the Zawiya battalion would not be integrated into the national army.", ("ALL",)),
    ("Islamic State fighters were taken into custody by the Syrian Democratic Forces.", ("ALL",)),
    ("The army's 3rd and 5th brigades were merged into a single division last year.", ("ALL",)),
    ("The attack was carried out under the orders of the Islamic State's regional emir.", ("ALL",)),
    ("The brigade was sent into battle against the rebels near Sirte.", ("ALL",)),
    ("Fighters loyal to the government drove the insurgents into the desert.", ("ALL",)),
    ("The prosecutor opened an inquiry into the merger of the two militias.", ("ALL",)),
    ("The new officers took an oath to President Ruto at State House.", ("ALL",)),
    ("Exxon completed its merger with Pioneer Natural Resources on Friday.", ("ALL",)),
    ("Portuguese striker Joao Santos joins Al-Hilal from Benfica in a 40 million euro deal.", ("ALL",)),
    ("He joined Vodacom, a telecoms group, in 2010.", ("ALL",)),
    ("Ahmed joined Barca, a club in Spain, after the war.", ("ALL",)),
    ("The donors pledged their money to the fund for the fighters' widows.", ("ALL",)),
    ("The rebels placed themselves under the authority of the army after surrendering in Beni.", ("ALL",)),
    ("Fighters of the Ngumi Brigade were driven into the swamps by the army.", ("ALL",)),
    ("The general was put under house arrest by the junta.", ("ALL",)),
]
