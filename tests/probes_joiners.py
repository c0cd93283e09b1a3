"""Probe passages for the sides of DEFECTION and ALLEGIANCE (issue 14, eighth pass), written for these tests, with their
roles, before kg was run on them: a member of one side joining or surrendering to another when the side left is only
in the speaker's words ("A commander of the X militia said he and 200 fighters had joined the national army") or in
"its" ("In 2016 many of its members joined ..."), bonds renounced before a pledge, a break followed by an alignment,
a switch to the opposition, party members joining another party, legislatures and titles that are no side ("members
of parliament from the Umoja party", "deputy chief of staff"), arms laid down; and hard negatives (joining others in
an attack, a search or a battle, ties to a company, a speaker who is not the one who joined, a protest joined by
party lawmakers).

PROBES: (text, [(kind, agent, target, side joined), ...]), kind a key of helpers.KINDS, None: not checked.
NEGATIVES: (text, kinds that must not be found).
"""

from __future__ import annotations

PROBES = [
    (
        "A commander of the Kata Bongo militia said he and 200 fighters had joined the national army on Sunday.",
        [
            ("DEF", "A commander of the Kata Bongo militia", "the Kata Bongo militia", "the national army"),
            ("DEF", "200 fighters", None, None),
            ("ALL", None, "the national army", None),
        ],
    ),
    (
        "A senior officer of the Zawiya Brigade announced on Tuesday that he and 40 of his men had joined the Libyan "
        "National Army.",
        [("DEF", "A senior officer of the Zawiya Brigade", "the Zawiya Brigade", "the Libyan National Army")],
    ),
    (
        "A spokesman for the Ndolo Defence Force said 300 of its fighters had joined the Congolese army in Kivu.",
        [("DEF", "300 of its fighters", "the Ndolo Defence Force", "the Congolese army")],
    ),
    (
        "The Jabal Brigade was founded by tribal fighters in Sirte in 2012. In 2019 most of its fighters joined the "
        "Libyan National Army.",
        [("DEF", "most of its fighters", "The Jabal Brigade", "the Libyan National Army")],
    ),
    (
        "A commander of the Mai-Mai Yakutumba said on Wednesday that he had surrendered to the FARDC with 30 fighters.",
        [("DEF", "A commander of the Mai-Mai Yakutumba", "the Mai-Mai Yakutumba", "the FARDC")],
    ),
    (
        "The fighters renounced their ties to al-Shabaab and declared their loyalty to the Islamic State.",
        [
            ("DEF", "The fighters", "al-Shabaab", "the Islamic State"),
            ("ALL", "The fighters", "the Islamic State", None),
        ],
    ),
    (
        "In a video released on Friday, the Ogaden Battalion renounced its allegiance to al-Shabaab and pledged "
        "allegiance to the Islamic State in Somalia.",
        [("DEF", "the Ogaden Battalion", "al-Shabaab", "the Islamic State")],
    ),
    (
        "The Kambari Brigade broke with the Free Syrian Army and aligned with Hayat Tahrir al-Sham.",
        [("DEF", "The Kambari Brigade", "the Free Syrian Army", "Hayat Tahrir al-Sham")],
    ),
    (
        "Daniel Okot, the deputy commander of the Sudan People's Liberation Army in Yei, said he and his fighters had "
        "switched to the opposition.",
        [("DEF", "Daniel Okot", "the Sudan People's Liberation Army", "the opposition")],
    ),
    (
        "Three members of parliament from the Umoja party defected to the ruling Ndugu Alliance on Monday.",
        [("DEF", "Three members of parliament from the Umoja party", "the Umoja party", "the ruling Ndugu Alliance")],
    ),
    (
        "Musa Kamara, a member of parliament from the Kono People's Party, defected to the All People's Congress.",
        [("DEF", "Musa Kamara", "the Kono People's Party", "the All People's Congress")],
    ),
    (
        "The Free Tembe Army's deputy chief of staff and 120 men surrendered to UN peacekeepers in Bunia.",
        [("DEF", None, "The Free Tembe Army", "UN peacekeepers")],
    ),
    (
        "Two lawmakers of the Democratic Alliance joined the ruling party on Tuesday, the party's chairman said.",
        [("DEF", "Two lawmakers", "the Democratic Alliance", "the ruling party")],
    ),
    (
        "Twelve councillors of the Sankofa Party joined the National Democratic Congress, the party said.",
        [("DEF", "Twelve councillors", "the Sankofa Party", "the National Democratic Congress")],
    ),
    (
        "Forty rebels of the Bakongo Liberation Front laid down their rifles before the governor of Lualaba on Friday.",
        [("DEF", "Forty rebels of the Bakongo Liberation Front", "the Bakongo Liberation Front", None)],
    ),
    (
        "Al-Shabaab said in a statement that a commander and 15 fighters had abandoned its ranks and joined the "
        "Somali army.",
        [("DEF", "a commander", "Al-Shabaab", "the Somali army")],
    ),
    # known misses (see the test module)
    (
        "Fighters from the Mbeki Front withdrew from Dourba after their commander announced the group had joined the "
        "Patriotic Resistance Army. The group had until then fought under the banner of the Union of Forces for "
        "Change.",
        [("DEF", None, "the Union of Forces for Change", "the Patriotic Resistance Army")],
    ),
    (
        "The Mountain Lions battalion had been part of the Southern Front. It defected to the regime in July 2018.",
        [("DEF", None, "the Southern Front", "the regime")],
    ),
    (
        "The colonel, a commander of the Kata Bongo militia, said he had joined the national army.",
        [("DEF", "The colonel", "the Kata Bongo militia", "the national army")],
    ),
    # joinings and pledges told in other verbs
    (
        "The boy was recruited into the Lord's Resistance Army at the age of 12.",
        [("ALL", "The boy", "the Lord's Resistance Army", None)],
    ),
    (
        "Some 2,000 former soldiers entered the ranks of the Wagner Group last year.",
        [("ALL", "Some 2,000 former soldiers", "the Wagner Group", None)],
    ),
    (
        "He was later inducted into the Tehrik-i-Taliban Pakistan by its founder Baitullah Mehsud.",
        [("ALL", "He", "Tehrik-i-Taliban Pakistan", None)],
    ),
    (
        "Shekau has acknowledged the Islamic State's leader as caliph.",
        [("ALL", "Shekau", "the Islamic State's leader", None)],
    ),
    (
        "The Katiba Salaheddine, a unit of the Southern Front, announced that it had joined Jabhat al-Nusra.",
        [("DEF", "The Katiba Salaheddine", "the Southern Front", "Jabhat al-Nusra")],
    ),
    (
        "The group's second-in-command, Mahamat Nouri, broke away with 200 fighters and formed his own movement.",
        [("DEF", "Mahamat Nouri", "The group", None)],
    ),
    (
        "Eight ADF combatants surrendered at Mbau (Beni territory, North Kivu) on 14 March.",
        [("DEF", "Eight ADF combatants", "ADF", None)],
    ),
    # the side a group belonged to, told elsewhere in the document
    (
        "The Hamza Division was a faction of the Free Syrian Army. In 2019 the Hamza Division joined the Syrian "
        "National Army.",
        [("DEF", "the Hamza Division", "the Free Syrian Army", "the Syrian National Army")],
    ),
    (
        "Ahrar al-Sham fought under the banner of the Islamic Front until 2015. That year Ahrar al-Sham joined Hayat "
        "Tahrir al-Sham.",
        [("DEF", "Ahrar al-Sham", "the Islamic Front", "Hayat Tahrir al-Sham")],
    ),
]

NEGATIVES = [
    ("MNLA fighters joined Ansar Dine militants in an attack on the town of Kidal.", ("ALL", "DEF")),
    ("Villagers joined the army in searching for the missing children.", ("ALL", "DEF")),
    ("Kurdish fighters joined the Peshmerga in the assault on Sinjar.", ("ALL", "DEF")),
    ("Fighters of the Zawiya Brigade joined the Libyan army in the battle for Sirte.", ("ALL", "DEF")),
    ("Local officials said villagers joined soldiers in the search for the kidnapped pupils.", ("ALL", "DEF")),
    ("The former minister renounced his ties to the company.", ("DEF",)),
    ("The government renounced its ties to the company after the scandal.", ("DEF",)),
    ("The rebels broke with tradition and aligned their demands with the unions.", ("DEF", "ALL")),
    ("The police chief said he had arrested three suspects.", ("DEF",)),
    ("A spokesman for the Ndolo Defence Force said he had joined peace talks in Goma.", ("DEF", "ALL")),
    ("Two lawmakers of the Democratic Alliance joined the protest outside parliament.", ("DEF", "ALL")),
    ("Three members of parliament walked out in protest.", ("DEF",)),
    ("The commander said his men had joined the operation against the rebels.", ("DEF", "ALL")),
    (
        "A senior officer of the Zawiya Brigade said he and his men had repelled an attack by the Libyan National "
        "Army.",
        ("DEF", "ALL"),
    ),
    ("The students switched to the opposition's candidate after the debate.", ("DEF",)),
    ("Thousands of graduates have entered the ranks of the unemployed this year.", ("ALL",)),
    ("The former striker was inducted into the Hall of Fame in 2019.", ("ALL", "DEF")),
    ("He was inducted into the army in 2001 and served in Helmand.", ("ALL", "DEF")),
    ("The engineer was recruited into the army's logistics company in 2010.", ("ALL",)),
    ("The board acknowledged the company's leader as chairman of the group.", ("ALL",)),
    ("Residents acknowledged the village elder as their leader.", ("ALL",)),
    (
        "The Hamza Division was a faction of the Free Syrian Army. In 2019 the Hamza Division joined the offensive on "
        "Afrin.",
        ("DEF", "ALL"),
    ),
]
