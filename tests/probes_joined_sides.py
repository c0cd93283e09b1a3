"""Probe passages for sides joined that no list types (issue 14, twelfth pass), written for these tests with their
roles before kg's allegiance code was read: unfamiliar coalitions, fronts and movements named by acronyms or French and
Arabic names and joined by militias, factions, fighters or a commander and his men; names the NER took for a person's
("Jaysh al-Islam", "Ansar al-Sharia"); leagues described as armed ("CMA rebel alliance", "the UFDR, a rebel
coalition"); relative clauses ("a militia that was absorbed into the army's 25th Division"); a joining reported by the
group ("announced that they had joined"); a pledge received ("IS gets pledge of allegiance from ..."). Negatives: talks,
programmes, governments, missions, parties and states joined, a deployment, a club, an unarmed joiner of an unknown
name.

PROBES: (text, [(kind, agent, target, side joined), ...]), kind a key of helpers.KINDS, None: not checked.
NEGATIVES: (text, kinds that must not be found).
"""

from __future__ import annotations

PROBES = [
    ("The Ngarti militia joined the UFDR, a rebel coalition active in the northeast.",
     [("ALL", "The Ngarti militia", "the UFDR", None)]),
    ("Fighters under Colonel Haroun Kessi joined the CPRN in February.", [("ALL", "Fighters", "the CPRN", None)]),
    ("In 2015, the Kafr Sousa battalion joined Jaysh al-Islam.",
     [("ALL", "the Kafr Sousa battalion", "Jaysh al-Islam", None)]),
    ("Commander Yusuf Daroga and 80 of his men joined the Umbra Liberation Movement on Friday.",
     [("ALL", "Commander Yusuf Daroga", "the Umbra Liberation Movement", None)]),
    ("ADEN, Yemen - Tribal fighters who joined the Southern Transitional Council last month took control of a "
     "checkpoint east of the city on Thursday, residents said.",
     [("ALL", "Tribal fighters", "the Southern Transitional Council", None)]),
    ("The Ruvani Front fighters joined the MPC in Kaga Bandoro.",
     [("ALL", "The Ruvani Front fighters", "the MPC", None)]),
    ("Mali: Two armed groups join CMA rebel alliance", [("ALL", "Two armed groups", "CMA rebel alliance", None)]),
    ("Abu Muhammad al-Tunisi, a veteran of the Iraq war, returned to Tunisia in 2012. There he joined Ansar al-Sharia "
     "and later pledged allegiance to the Islamic State.",
     [("ALL", "Abu Muhammad al-Tunisi", "Ansar al-Sharia", None), ("ALL", None, "the Islamic State", None)]),
    ("The militia, known as the Sons of Tarhuna, was integrated into the LNA in 2019 and fought in the Tripoli "
     "offensive.", [("ALL", "The militia", "the LNA", None)]),
    ("The Hama Falcons, a militia that was absorbed into the Tiger Forces in 2019, lost three men in an ambush near "
     "Kafr Nabl.", [("ALL", "The Hama Falcons", "the Tiger Forces", None)]),
    ("The Ghazal Brigades, who had fought for the government since 2013, announced on Monday that they had joined the "
     "rebel Southern Front.", [("ALL", "The Ghazal Brigades", "the rebel Southern Front", None)]),
    ("IS gets pledge of allegiance from Philippine militants", [("ALL", "Philippine militants", "IS", None)]),
    ("The Kessani militia, which was placed under the command of the Southern Front last year, shelled the town.",
     [("ALL", "The Kessani militia", "the Southern Front", None)]),
    # "the group" and "the faction" stand for a group the NER took for a person, and past a "swore" tagged a noun
    ("The Ansar al-Haqq Brigade was founded in Deir Hafer in 2012. Two years later, the group swore allegiance to "
     "Jabhat al-Nusra.", [("ALL", "The Ansar al-Haqq Brigade", "Jabhat al-Nusra", None)]),
    ("Kata'ib Hamza fought the army around Hama for three years. In 2017 the faction joined Hayat Tahrir al-Sham.",
     [("ALL", "Kata'ib Hamza", "Hayat Tahrir al-Sham", None)]),
    # the joiner as the owner of the noun of joining
    ("The Tessaly militia's entry into the National Army was completed on Monday, the defence ministry said.",
     [("ALL", "The Tessaly militia", "the National Army", None)]),
    ("After the Badr Organisation's integration into the Popular Mobilization Forces, its fighters received state "
     "salaries.", [("ALL", "the Badr Organisation", "the Popular Mobilization Forces", None)]),
]  # fmt: skip

NEGATIVES = [
    ("The rebel group joined the Juba Peace Talks on Monday.", ("ALL",)),
    ("Ex-combatants of the militia joined the DDR Programme in Bunia.", ("ALL",)),
    ("The militia leader joined the Government of National Unity as defence minister.", ("ALL",)),
    ("The militia joined the UNICEF campaign against child recruitment.", ("ALL",)),
    ("The militia joined the National Dialogue in Tripoli.", ("ALL",)),
    ("The brigade joined the Kessani Football Federation's charity match.", ("ALL",)),
    ("Kenyan troops joined AMISOM in 2011.", ("ALL",)),
    ("The rebel group joined the Coalition for Change, an alliance of opposition parties.", ("ALL",)),
    ("The former militia commander joined the Progressive People's Party ahead of the election.", ("ALL",)),
    ("The Karavan Youth Front joined the Southern Unity Alliance in April.", ("ALL",)),
    ("The opposition party joined the coalition government after weeks of negotiations.", ("ALL",)),
    ("The striker joined Galatasaray from Ajax for an undisclosed fee.", ("ALL",)),
    ("Kessani joined the African Union's peace and security council in 2022.", ("ALL",)),
    ("The Arab League welcomed the pledge of the donors.", ("ALL",)),
    ("The refugees who were taken into the camp at Zaatari were given tents.", ("ALL",)),
    ("The army's entry into the town was delayed by mines.", ("ALL",)),
    # a state's army taking in a militia is no side chosen (the DEFECTION rules read a surrender to it)
    (
        "The Hama Falcons, a militia that was absorbed into the Syrian army's 25th Division in 2019, lost three men.",
        ("ALL",),
    ),
    ("The former rebels, who were integrated into the Nigerian army last year, now guard the border.", ("ALL",)),
    ("Hezbollah's entry into the Syrian war in 2013 changed the balance on the ground.", ("ALL",)),
    ("The company's integration into the Tanga Holding Group was completed in May.", ("ALL",)),
    ("Aid worker Ansar Khan joined the Red Crescent in 2010 and now runs its clinic in Quetta.", ("ALL",)),
]
