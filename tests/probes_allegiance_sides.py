"""Probe passages for the fourteenth pass on ALLEGIANCE (issue 14), written for these tests with invented names, in the
shapes two independent writers' copy (stress11 and stress12) showed kg missing: a named side joined by one who leaves
an armed side in the same clause; a league a name modifies, joined by fighters or by "it" standing for a brigade; a
commander or a unit's officer of any side as an armed joiner; a leader's own fighters as the side joined; a group
going into a named side by a noun ("its merger into") or by a verb of putting ("took the brigade into"); the subject
of "it had left ... and joined" told by the reporting clause; a pledge shown in a video or published by others; the
subject an opening phrase of time swallowed; a loose conjunct after an aside; a gloss in parentheses that is no name.

PROBES: (text, [(kind, agent, target, side joined), ...]), kind a key of helpers.KINDS, None: not checked.
NEGATIVES: (text, kinds that must not be found).
WRONG_ROLES: (text, kind, role, a string no event of that kind may give in that role).
"""

from __future__ import annotations

PROBES = [
    # a side joined by one who leaves an armed side in the same clause
    ("In 2019 the Kambove wing quit the Nduma Defence Brigade to join the Tshopo Patriots.",
     [("ALL", "the Kambove wing", "the Tshopo Patriots", None)]),
    ("In 2016 Kataib Ibn Taymiyya al-Sunniya joined Jabhat Fath al-Sham in Idlib.",
     [("ALL", "Kataib Ibn Taymiyya al-Sunniya", "Jabhat Fath al-Sham", None)]),
    ("The Kasai wing left the militia in 2021 and joined the Lomami Patriots.",
     [("ALL", "The Kasai wing", "the Lomami Patriots", None)]),
    ('On 3 June, a splinter faction of the UPC, led by "General" Marcel Bokassa-Nzapa, announced in a statement issued '
     "in Bangassou that it had left the group and joined the Front Patriotique du Mbomou (FPM).",
     [("ALL", "a splinter faction of the UPC", "the Front Patriotique du Mbomou", None)]),
    # a league a name modifies; "it" a brigade
    ("About 45 fighters of the Kabanga self-defence group joined the Nyanzale coalition near Kitchanga on Sunday.",
     [("ALL", "About 45 fighters of the Kabanga self-defence group", "the Nyanzale coalition", None)]),
    ("The Sabun Brigade is a militia formed in 2012 in the Jebel hills. In 2016 it joined the Western Dawn alliance.",
     [("ALL", "The Sabun Brigade", "the Western Dawn alliance", None)]),
    # commanders and a unit's officer are armed joiners
    ("Several former commanders of the Kasai Patriotic Front have joined the LDK, sources in Tshikapa said.",
     [("ALL", "Several former commanders of the Kasai Patriotic Front", "the LDK", None)]),
    ("The battalion's former logistics chief, Captain Hadi Mrad, has joined the Sayyid Resistance, a spokesman of the "
     "battalion said.", [("ALL", "Captain Hadi Mrad", "the Sayyid Resistance", None)]),
    # a leader's own fighters
    ("Two commanders left the SDF and joined the tribal forces of Sheikh Musa al-Harbi, residents said.",
     [("ALL", "Two commanders", "the tribal forces of Sheikh Musa al-Harbi", None)]),
    # going into a named side
    ("The Sanam Brigade is a group of fighters formed in 2013. In 2017 the group announced its merger into Harakat Nur "
     "al-Din.", [("ALL", "the group", "Harakat Nur al-Din", None)]),
    ("In 2020 its new commander took the Sanam Brigade into the Anvil Coalition, according to fighters.",
     [("ALL", "the Sanam Brigade", "the Anvil Coalition", None)]),
    # a pledge shown or published by others
    ("Amaq released a video of dozens of fighters near Mocimboa pledging allegiance to the Central Africa Province.",
     [("ALL", "dozens of fighters", "the Central Africa Province", None)]),
    ("The Sahel Province released footage of the fighters, led by Abu Dujana, pledging allegiance to Abu Hafs "
     "al-Hashimi.", [("ALL", "the fighters", "Abu Hafs al-Hashimi", None)]),
    ('The group\'s outlet published a pledge by fighters from Tillia "renewing our bay\'ah to the emir of the '
     'believers, Abu Harith al-Sahli".', [("ALL", "fighters from Tillia", "Abu Harith al-Sahli", None)]),
    # the subject an opening phrase swallowed; a passive conjunct of a pledge
    ("The Sabkha Shield is a tribal militia in Raqqa. In early 2024 a part of the militia, led by Fawaz al-Hamad, "
     "pledged allegiance to the Syrian government and was integrated into the National Defence Forces.",
     [("ALL", "a part of the militia", "the Syrian government", None),
      ("ALL", "a part of the militia", "the National Defence Forces", None)]),
    # a pledge made, not a threat: the deed coordinated with it is asserted
    ("The Kafoun fighters pledged allegiance to the Islamic State and attacked an army post at Tillia.",
     [("A", "The Kafoun fighters", "an army post", None)]),
    # a loose conjunct after an aside
    ("Last year Abu Hamza left the Tawhid Brigade and, in his own words, \"gave bay'ah to the emir of the Sahel "
     'Province".', [("ALL", "Abu Hamza", "the emir of the Sahel Province", None)]),
]  # fmt: skip

NEGATIVES = [
    ("The MP quit the Labour Party and joined the Reform Alliance.", ("ALL",)),
    ("A colonel deserted the army last year and joined the Ministry of Mines as an adviser.", ("ALL",)),
    ("He left the Kivu Brigade in 2019 and joined the Goma Traders Union.", ("ALL",)),
    (
        "The Tanu Farmers Cooperative is a company founded in 2012. In 2016 it joined the Western Dawn alliance.",
        ("ALL",),
    ),
    ("The Ngaro faction quit the ruling party and joined the forces of President Kiir.", ("ALL",)),
    ("Several former managers of the Kasai Mining Company have joined the LDK, sources said.", ("ALL",)),
    ("In 2019 the bank announced its merger into Harmon Capital.", ("ALL",)),
]

WRONG_ROLES = [
    ("On 2 May 2024, the commander of the Bana Mura militia in Kamonia (Tshikapa, Kasai) pledged loyalty to the "
     "provincial governor.", "ALL", "agent", "Tshikapa"),
    ("On 2 May 2024, the commander of the Bana Mura militia in Kamonia (Tshikapa, Kasai) pledged loyalty to the "
     "provincial governor.", "ALL", "agent", "Kasai"),
    ("The Kivu Lions released a statement pledging allegiance to the Islamic State.", "ALL", "agent", "a statement"),
    ("ISIL released a video of the fighters pledging allegiance to Abu Hafs al-Hashimi.", "ALL", "agent", "ISIL"),
    ("The Zawiya Shield is a militia formed in 2011. In 2014 it joined the Zawiya Dawn coalition, but it split in "
     "2019; the remaining fighters, under Idris Saleh, stayed with the government.", "ALL", "agent",
     "the remaining fighters"),
]  # fmt: skip
