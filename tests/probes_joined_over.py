"""Probe passages for a joining told as a change of side (issue 14, sixteenth pass), written for these tests with
invented names: servicemen who desert, defect, surrender, leave or walk across the line and join a side nobody has
listed ("deserted and joined the Tembo Council", "surrendered and joined the resistance", "abandoned its trenches and
joined the enemy", "left the army to join the Gula Front"), fighters named by their side who join another ("Scores of
fighters of the Waso Defence Front have joined the provincial guard of Tana"), a unit that announces it left one command
and joined a rival government; and hard negatives (politicians switching party, a minister joining the opposition, a
soldier joining the police, a footballer's transfer, a deployment, lawmakers joining a protest, one side or another
joined, forces joined with others, a league its words do not arm).

PROBES, SIDES_GONE_TO, LOYALTIES: (text, [(kind, agent, target, side joined), ...]), kind a key of helpers.KINDS,
None: not checked.
NEGATIVES: (text, kinds that must not be found).
"""

from __future__ import annotations

PROBES = [
    (
        "Two sergeants of the 4th Regiment deserted in June and joined the Tembo Council in the hills above Kisasa, "
        "the district commissioner said.",
        [("ALL", "Two sergeants of the 4th Regiment", "the Tembo Council", None)],
    ),
    (
        "In 2009 Major Idris Wako left the army a second time to join the Gula Front, whose fighters he later led.",
        [("ALL", "Major Idris Wako", "the Gula Front", None)],
    ),
    (
        "Four policemen surrendered and joined the resistance; the others escaped to the district town.",
        [("ALL", "Four policemen", "the resistance", None)],
    ),
    (
        "The garrison at Kolo abandoned its trenches on Sunday night and joined the enemy with its mortars.",
        [("ALL", "The garrison at Kolo", "the enemy", None)],
    ),
    (
        "Scores of fighters of the Waso Defence Front have joined the provincial guard of the Tana region, officials "
        "said on Monday.",
        [("ALL", "Scores of fighters of the Waso Defence Front", "the provincial guard of the Tana region", None)],
    ),
    (
        "A small unit of the Boma Patriots announced in July that it had left the command of the Eastern Council and "
        "joined the rival Provisional Government led by Amos Kiri.",
        [("ALL", None, "the rival Provisional Government", None)],
    ),
    (
        "Sergeant Ali Bako, a former soldier of the national army, deserted in 2011 to join the rebellion of the "
        "Azawagh Front.",
        [("ALL", "Sergeant Ali Bako", "the rebellion", None)],
    ),
    (
        "His platoon commander walked across the front line at the river with five men and joined the Kelani forces.",
        [("ALL", "His platoon commander", "the Kelani forces", None)],
    ),
]

# The side a defection went to, read off a joining the parse hid from its clause (rules/joinedover.joined_beside).
SIDES_GONE_TO = [
    (
        "A platoon of the 9th Battalion had deserted with its rifles in May and was believed to have joined the "
        "Kiboko Front, the minister told the committee.",
        [("DEF", None, None, "the Kiboko Front"), ("ALL", None, "the Kiboko Front", None)],
    ),
    (
        "In 2014 Captain Musa Dia left the army a second time to join the Hombori Front, whose camps he later ran.",
        [("DEF", None, "the army", "the Hombori Front"), ("ALL", None, "the Hombori Front", None)],
    ),
]

# Loyalty to a person named after a participle the tagger made a verb (allegiance._noun_after_to), and a pledger an
# opening phrase took, with "swore" read as an adjective (allegiance._agent_before_misparsed_verb).
LOYALTIES = [
    (
        "In 2020 the brigade's founder, Colonel Amir Dahab, swore allegiance to the Sahel Front's emir Musa Kalla, "
        "bringing 200 fighters with him.",
        [("ALL", "the brigade's founder", "Musa Kalla", None)],
    ),
    (
        "Protesters loyal to the jailed former governor Tunde Adeyemi marched through Ibadan on Monday.",
        [("ALL", "Protesters", "Tunde Adeyemi", None)],
    ),
]

NEGATIVES = [
    ("Senator Grace Obi left the Unity Party on Monday and joined the People's Congress.", ("ALL",)),
    ("The former finance minister quit the cabinet in March and joined the opposition.", ("ALL",)),
    ("He left the army in 2010 and joined the police in his home town.", ("ALL",)),
    ("The striker left Rovers in the summer and joined United for a record fee.", ("ALL",)),
    ("Kenyan troops crossed the border in 2011 and joined the African Union mission.", ("ALL",)),
    ("The lawmakers walked out of the chamber and joined the protest outside the building.", ("ALL",)),
    ("Three councillors left the Labour group and joined the Greens on the city council.", ("ALL",)),
    (
        "Thousands of soldiers have left the army to join the Kibo Movement or the Tana Defence Front since the coup.",
        ("ALL",),
    ),
    (
        "Sahel Rebels Join Forces With Islamists in the North. Fighters of the Azawagh movement joined forces with "
        "Islamist militants near Tessalit, officials said.",
        ("ALL",),
    ),
    ("A former spokesman of the movement said he had left it and joined the Unity coalition last month.", ("ALL",)),
    ("Most officers remained loyal to the constitution throughout the crisis, the report found.", ("ALL",)),
    ("Voters in the district stayed loyal to the party in the by-election.", ("ALL",)),
]
