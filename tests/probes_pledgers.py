"""Probe passages for the thirteenth pass on ALLEGIANCE (issue 14), written for these tests with invented names in the
shapes a fresh writer's copy (stress11) showed kg missing: a name the parse split off the describing word before it
("the insurgent Liwa Shuhada al-Furat", "fugitive politician X"), in any event type's roles; a side joined by someone
who is not armed, whose armed nature the document tells (an Arabic armed word, an acronym spelt out, "gunmen who call
themselves X"); the subject of a coordinated verb after a passive or a reported clause ("had been recruited by an uncle
and had sworn allegiance"); a pledge read out; a group put under an umbrella or joining forces under one.

PROBES: (text, [(kind, agent, target, side joined), ...]), kind a key of helpers.KINDS, None: not checked.
NEGATIVES: (text, kinds that must not be found).
WRONG_ROLES: (text, kind, role, a string no event of that kind may give in that role).
"""

from __future__ import annotations

PROBES = [
    # a name split off its describing word
    ("Gunmen loyal to fugitive politician Amadou Sekou Traore burned the prefecture.",
     [("ALL", "Gunmen", "Amadou Sekou Traore", None)]),
    ("He later joined the insurgent Liwa Shuhada al-Furat after 2013 and led its eastern unit.",
     [("ALL", "He", "Liwa Shuhada al-Furat", None)]),
    ("The insurgent Katibat Usud al-Jazira attacked an army post at Wadi Hamra on Tuesday.",
     [("A", "Katibat Usud al-Jazira", "an army post", None)]),
    ("Designated: Harakat Ansar al-Wadi (HAS). HAS is a jihadist group active in the north. In 2020 HAS pledged "
     "allegiance to the leader of the Islamic State.", [("ALL", "HAS", "the leader of the Islamic State", None)]),
    # a named side the document shows to be armed
    ("Bakari, now 31, grew up in Kambi-Juu, a fishing village, and joined Katibat al-Furqan as a teenager in 2009.",
     [("ALL", "Bakari", "Katibat al-Furqan", None)]),
    ("Fighting between the army and the Tanu Liberation Army (TLA) continued near Loikaw. Police said 14 officers from "
     "the Loikaw station joined the TLA last week.", [("ALL", "14 officers", "the TLA", None)]),
    ("On market days separatist gunmen who call themselves the Red Lions collect taxes from herders. One herder said "
     "his son had joined the Red Lions at 16.", [("ALL", "his son", "the Red Lions", None)]),
    # the subject a coordinated verb shares
    ("Relatives said Omar had been recruited by an uncle in Garbaharey and had sworn allegiance to al-Shabaab.",
     [("ALL", "Omar", "al-Shabaab", None)]),
    ("Clan elders said the fighting had ended their pact with the militia and declared their loyalty to Sheikh Abdi "
     "Warsame Farah.", [("ALL", "Clan elders", "Sheikh Abdi Warsame Farah", None)]),
    # a pledge read out
    ("In the recording, Abu Talha al-Barawi read out a pledge of allegiance to the Islamic State's leader.",
     [("ALL", "Abu Talha al-Barawi", "the Islamic State's leader", None)]),
    # a "to" a relative clause strands
    ("Residents said the fighters answered to Abu Hafs al-Mauri, the emir they had pledged allegiance to in 2017.",
     [("ALL", None, "Abu Hafs al-Mauri", None)]),
    ("Two years later he brought forty men to the Sahel Province, whose leader he swore allegiance to at Intadeyni.",
     [("ALL", None, "the Sahel Province", None)]),
    # umbrellas
    ("In March the Kasindi Youth Brigade joined forces with two other militias under a new umbrella called the "
     "Rwenzori Patriotic Alliance.", [("ALL", "the Kasindi Youth Brigade", "the Rwenzori Patriotic Alliance", None)]),
    ("Its founder placed the Mwenga Defence Group under the umbrella of the Kivu Patriotic coalition in 2020, militia "
     "leaders said.", [("ALL", "the Mwenga Defence Group", "the Kivu Patriotic coalition", None)]),
]  # fmt: skip

NEGATIVES = [
    ("She joined the National Farmers Union (NFU) in 2004.", ("ALL",)),
    ("He joined the Kanyeru Teachers Association (KTA) in 1998.", ("ALL",)),
    ("A company known as the Red Lions runs the ferry. Her brother joined the Red Lions in 2018.", ("ALL",)),
    ("The government placed the police under the command of the army after militia attacks.", ("ALL",)),
    ("The Apex Brigade restaurant chain merged with Tasty Foods under the banner of the Harvest Group.", ("ALL",)),
]

WRONG_ROLES = [
    ("The militants Hezbollah trained attacked the village of Beit Lif.", "A", "agent", "Hezbollah"),
    ("The outpost was attacked by gunmen and burned.", "A", "agent", "The outpost"),
    ("Tribal leaders said the clashes killed four herders and wounded nine.", "A", "agent", "Tribal leaders"),
]
