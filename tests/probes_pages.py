"""Probe passages in the style of encyclopaedia pages on armed groups, their leaders and battles, country reports
on terrorism and ministry statements (issue 14, the "report" genre): defections and pledges inside long history
sentences, battles told as "fought between X, supported by Y, and Z", retaliations, and lists of a group's
attacks. Written for kg; the expected events were written before kg was run on them. Used by
tests/test_extract_pages.py.

PROBES: (text, events) where each expected event is (kind, agent, target, to): kind "A" is the ATTACK family
(ATTACK or AIRSTRIKE), "AIR" an AIRSTRIKE, "DEF" a DEFECTION, "ALL" an ALLEGIANCE; None is a role not checked.
NEGATIVES: (text, kinds): texts in which no event of those kinds is said to have happened.
"""

from __future__ import annotations

Expected = tuple[str, str | None, str | None, str | None]

PROBES: list[tuple[str, list[Expected]]] = [
    # --- 1. defections and pledges inside long history sentences ---
    (
        "Abu Khalid al-Hamawi was born in Hama in 1981. In 2012 he deserted the Syrian Arab Army and became a "
        "commander of the Free Syrian Army's Farouq Brigade, before joining Jabhat al-Nusra in 2014.",
        [
            ("DEF", "Abu Khalid al-Hamawi", "the Syrian Arab Army", "Farouq Brigade"),
            ("ALL", "Abu Khalid al-Hamawi", "Jabhat al-Nusra", None),
        ],
    ),
    (
        "Jund al-Khilafa was founded by former members of al-Qaeda in the Islamic Maghreb (AQIM) in the Kabylie "
        "mountains. The faction broke away in September 2014 and pledged allegiance to the Islamic State.",
        [
            ("DEF", "Jund al-Khilafa", "al-Qaeda in the Islamic Maghreb", None),
            ("ALL", "Jund al-Khilafa", "the Islamic State", None),
        ],
    ),
    (
        "Colonel Riad al-Asaad, a former air force officer who had defected to the rebels in July 2011, "
        "announced the formation of the Free Syrian Army from a camp in Turkey.",
        [("DEF", "Riad al-Asaad", None, "the rebels")],
    ),
    (
        "In 2014 Mamman Nur, the deputy of Abubakar Shekau, swore bay'ah to Abu Bakr al-Baghdadi on behalf of "
        "his fighters.",
        [("ALL", "Mamman Nur", "Abu Bakr al-Baghdadi", None)],
    ),
    (
        "In March 2017 Ansar Dine, al-Mourabitoun and the Macina Liberation Front merged into Jama'at Nusrat "
        "al-Islam wal-Muslimin under the leadership of Iyad Ag Ghaly.",
        [("ALL", "Ansar Dine", "Jama'at Nusrat al-Islam wal-Muslimin", None)],
    ),
    (
        "Al-Shabaab's pledge to al-Qaeda was made public in a joint video in February 2012.",
        [("ALL", "Al-Shabaab", "al-Qaeda", None)],
    ),
    (
        "Isnilon Totoni Hapilon joined the insurgency on Basilan in the early 1990s and later pledged loyalty "
        "to the Islamic State in 2014.",
        [("ALL", "Isnilon Totoni Hapilon", "the Islamic State", None)],
    ),
    (
        "Ahmed Mudaysh, a lieutenant in the Yemeni army, deserted in 2015 and became the commander of a Houthi "
        "unit in Taiz.",
        [("DEF", "Ahmed Mudaysh", "the Yemeni army", None)],
    ),
    (
        "In January 2019 several hundred fighters of the Sultan Murad Division went over to Hay'at Tahrir "
        "al-Sham after a week of clashes near Darat Izza.",
        [("DEF", "several hundred fighters", "the Sultan Murad Division", "Hay'at Tahrir al-Sham")],
    ),
    (
        "Tehrik-e-Khilafat was a faction of the Pakistani Taliban in Orakzai. In 2015 many of its members "
        "defected to the Islamic State Khorasan Province.",
        [("DEF", "many of its members", None, "the Islamic State Khorasan Province")],
    ),
    (
        "After the death of Mullah Omar was confirmed, Mansur Dadullah's faction broke with the Taliban "
        "leadership and pledged allegiance to ISIS.",
        [("DEF", "Mansur Dadullah's faction", "the Taliban leadership", None), ("ALL", "faction", "ISIS", None)],
    ),
    (
        "Bakura Doro grew up in Monguno. In 2005 he deserted from the Nigerian Army, and by 2009 he had become "
        "a senior commander of Boko Haram.",
        [("DEF", "Bakura Doro", "the Nigerian Army", None)],
    ),
    (
        "Khalid al-Aruri's defection to Hurras al-Din in 2018 weakened Hay'at Tahrir al-Sham in Idlib.",
        [("DEF", "Khalid al-Aruri", None, "Hurras al-Din")],
    ),
    (
        "The Al-Mulathameen Brigade of Mokhtar Belmokhtar split from AQIM in December 2012 and, a year later, "
        "merged with MUJAO to form al-Mourabitoun.",
        [("DEF", "The Al-Mulathameen Brigade", "AQIM", None)],
    ),
    (
        "In 2015 a faction led by Hafiz Saeed Khan left the Tehrik-i-Taliban Pakistan and swore allegiance to "
        "Abu Bakr al-Baghdadi.",
        [("DEF", "a faction", "Tehrik-i-Taliban Pakistan", None), ("ALL", "a faction", "Abu Bakr al-Baghdadi", None)],
    ),
    (
        "Dozens of Peshmerga fighters surrendered to ISIL near Sinjar in August 2014, according to the "
        "Kurdistan Regional Government.",
        [("DEF", "Dozens of Peshmerga fighters", None, "ISIL")],
    ),
    (
        "Ould Hamaha later became a spokesman of MUJAO. Sultan Ould Badi and Ould Hamaha, both of whom had "
        "defected from Ansar Dine in 2012, were killed by French forces in 2014.",
        [("DEF", "Sultan Ould Badi", "Ansar Dine", None), ("A", "French forces", None, None)],
    ),
    (
        "Abu Ubaidah Yusuf al-Anabi, a former leader of AQIM's council, had shifted his allegiance to Abdelmalek "
        "Droukdel by 2006.",
        [("ALL", "Abu Ubaidah Yusuf al-Anabi", "Abdelmalek Droukdel", None)],
    ),
    # --- 2. battles told with both sides ---
    (
        "The Battle of Sirte was fought in 2016 between the Government of National Accord, supported by United "
        "States airstrikes, and the Islamic State.",
        [
            ("A", "the Government of National Accord", "the Islamic State", None),
            ("A", "the Islamic State", "the Government of National Accord", None),
        ],
    ),
    (
        "The battle of Marawi between Philippine government forces and militants affiliated with the Islamic "
        "State began on 23 May 2017.",
        [
            ("A", "Philippine government forces", "militants", None),
            ("A", "militants", "Philippine government forces", None),
        ],
    ),
    (
        "The siege of Deir ez-Zor by the Islamic State lasted from 2014 until September 2017.",
        [("A", "the Islamic State", "Deir ez-Zor", None)],
    ),
    (
        "The Islamic State expanded across central Syria in 2015. The group's capture of Palmyra in May 2015 "
        "drew international condemnation.",
        [("A", "The Islamic State", None, None)],  # the place taken is where it happened, as dev annotates it
    ),
    (
        "The Battle of Tal Afar was fought between the Iraqi Armed Forces, backed by the Popular Mobilization "
        "Forces and coalition aircraft, and ISIL in August 2017.",
        [("A", "the Iraqi Armed Forces", "ISIL", None), ("A", "ISIL", "the Iraqi Armed Forces", None)],
    ),
    (
        "The clashes between the Arakan Army and the Tatmadaw in Paletwa township displaced thousands of "
        "villagers in 2020.",
        [("A", "the Arakan Army", "the Tatmadaw", None), ("A", "the Tatmadaw", "the Arakan Army", None)],
    ),
    (
        "Heavy fighting took place between YPG units and Ahrar al-Sham around Tal Rifaat in February 2016.",
        [("A", "YPG units", "Ahrar al-Sham", None), ("A", "Ahrar al-Sham", "YPG units", None)],
    ),
    (
        "The Battle of Mogadishu was fought in October 1993 between United States forces, supported by UNOSOM "
        "II, and Somali militiamen loyal to Mohamed Farrah Aidid.",
        [
            ("A", "United States forces", "Somali militiamen", None),
            ("ALL", "Somali militiamen", "Mohamed Farrah Aidid", None),
        ],
    ),
    (
        "A war between the Tigray Defense Forces and the Ethiopian National Defense Force broke out in "
        "November 2020 after the attack on the Northern Command.",
        [("A", "the Tigray Defense Forces", "the Ethiopian National Defense Force", None)],
    ),
    # --- 3. responses and reprisals ---
    (
        "Ansar al-Sunna's commander Abu Musab was killed by government troops in June. In retaliation for the "
        "killing of its commander, the group attacked an army checkpoint in Kilwa, killing nine soldiers.",
        [("A", "government troops", "Abu Musab", None), ("A", "the group", "an army checkpoint", None)],
    ),
    (
        "Hamas retaliated with rocket fire on Ashkelon and Sderot.",
        [("A", "Hamas", "Ashkelon", None)],
    ),
    (
        "After the assassination of its leader, the PKK retaliated with a series of bombings against police "
        "stations in Diyarbakir.",
        [("A", "the PKK", "police stations", None)],
    ),
    (
        "The Houthis retaliated by firing ballistic missiles at Jizan.",
        [("A", "The Houthis", "Jizan", None)],
    ),
    (
        "When Pakistani troops shelled villages along the Line of Control, Indian artillery retaliated against "
        "Pakistani posts.",
        [("A", "Pakistani troops", "villages", None), ("A", "Indian artillery", "Pakistani posts", None)],
    ),
    (
        "US F-15E aircraft struck five Kataib Hezbollah facilities on 29 December 2019. The strikes were in "
        "retaliation for a rocket attack by Kataib Hezbollah on the K-1 base that killed a US contractor.",
        [
            ("AIR", "US F-15E aircraft", "five Kataib Hezbollah facilities", None),
            ("A", "Kataib Hezbollah", "the K-1 base", None),
        ],
    ),
    (
        "The navy retaliated by shelling LTTE positions near Mullaitivu after the Sea Tigers sank a patrol boat.",
        [("A", "The navy", "LTTE positions", None), ("A", "the Sea Tigers", "a patrol boat", None)],
    ),
    (
        "When Tamil Tiger boats attacked a naval base near Trincomalee, Navy units and Air Force jets retaliated.",
        [("A", "Tamil Tiger boats", "a naval base", None), ("A", "Air Force jets", "Tamil Tiger boats", None)],
    ),
    (
        "Hezbollah fired anti-tank missiles at an Israeli patrol, and Israeli artillery retaliated.",
        [("A", "Hezbollah", "an Israeli patrol", None), ("A", "Israeli artillery", "Hezbollah", None)],
    ),
    # --- 4. summary and list statements of real attacks ---
    (
        "Al-Shabaab is a jihadist group based in Somalia. Its attacks include the 2013 bombing of the Westgate "
        "mall, the 2015 assault on Garissa University College and the 2019 raid on the DusitD2 complex.",
        [
            ("A", "Al-Shabaab", "the Westgate mall", None),
            ("A", "Al-Shabaab", "Garissa University College", None),
            ("A", "Al-Shabaab", "the DusitD2 complex", None),
        ],
    ),
    (
        "Lashkar-e-Jhangvi has been blamed for a string of kidnappings and bombings targeting Shia Hazaras in Quetta.",
        [("A", "Lashkar-e-Jhangvi", "Shia Hazaras", None)],
    ),
    (
        "Among the attacks attributed to the Haqqani network are the 2008 bombing of the Indian embassy in Kabul "
        "and the 2011 attack on the US embassy.",
        [
            ("A", "the Haqqani network", "the Indian embassy", None),
            ("A", "the Haqqani network", "the US embassy", None),
        ],
    ),
    (
        "The Baloch Liberation Army (BLA) has claimed numerous attacks on Chinese nationals and on gas pipelines "
        "in Balochistan.",
        [("A", "The Baloch Liberation Army", "Chinese nationals", None)],
    ),
    (
        "The Riyad-us Saliheen Brigade was a Chechen militant unit. Operations carried out by the brigade included "
        "the ambush of a Russian convoy near Shatoi in 2000 and the raid on Nazran in 2004.",
        [("A", "the brigade", "a Russian convoy", None), ("A", "the brigade", "Nazran", None)],
    ),
    (
        "Al-Mourabitoun was a militant group active in the Sahel. The group's deadliest attacks were the 2015 "
        "siege of the Radisson Blu hotel in Bamako and the 2017 bombing of a military camp in Gao.",
        [("A", "Al-Mourabitoun", "the Radisson Blu hotel", None), ("A", "Al-Mourabitoun", "a military camp", None)],
    ),
]

# A second set, written after the first steps had landed on the first (same rule: expected events before kg ran).
PROBES += [
    (
        "In 2013 the Mujao faction led by Hamada Ould Mohamed Kheirou broke away and joined al-Mourabitoun.",
        [("DEF", "the Mujao faction", None, "al-Mourabitoun")],
    ),
    (
        "The Ahrar al-Sham movement's attacks on regime checkpoints in 2012 and 2013 included the storming of the "
        "Taftanaz airbase.",
        [("A", "Ahrar al-Sham", "regime checkpoints", None), ("A", "Ahrar al-Sham", "the Taftanaz airbase", None)],
    ),
    (
        "The Battle of Aleppo was fought from 2012 to 2016 between the Syrian Arab Army, supported by Russian air "
        "power and Iranian-backed militias, and a range of rebel groups.",
        [("A", "the Syrian Arab Army", "rebel groups", None), ("A", "rebel groups", "the Syrian Arab Army", None)],
    ),
    (
        "Several thousand Syrian army soldiers, among them Brigadier General Manaf Tlass, deserted during 2012.",
        [("DEF", "Several thousand Syrian army soldiers", "Syrian army", None)],
    ),
    (
        "Ahmed al-Sharif, a former captain in the Libyan army who had joined the rebels in 2011, was killed in "
        "Benghazi in 2013.",
        [("ALL", "Ahmed al-Sharif", "the rebels", None)],
    ),
    (
        "The Shariat Jamaat was an Islamist militant group in Dagestan. The group was responsible for a wave of "
        "assassinations of police officers in Makhachkala between 2010 and 2012.",
        [("A", "The Shariat Jamaat", "police officers", None)],
    ),
    (
        "In retaliation, the Tatmadaw shelled villages in Kyauktaw township that it accused of sheltering Arakan "
        "Army fighters.",
        [("A", "the Tatmadaw", "villages", None)],
    ),
    (
        "Kataib Hezbollah has carried out dozens of rocket attacks on US bases in Iraq since 2019.",
        [("A", "Kataib Hezbollah", "US bases", None)],
    ),
    (
        "In March 2015 Boko Haram's leader Abubakar Shekau pledged allegiance to the Islamic State, and the group "
        "was renamed Islamic State West Africa Province.",
        [("ALL", "Abubakar Shekau", "the Islamic State", None)],
    ),
    (
        "After Colonel Hussein Harmoush defected from the Syrian army in June 2011, he founded the Free Officers "
        "Movement.",
        [("DEF", "Hussein Harmoush", "the Syrian army", None)],
    ),
    (
        "Ansar Bayt al-Maqdis, which pledged allegiance to the Islamic State in November 2014, was blamed for a "
        "series of bombings of gas pipelines in northern Sinai.",
        [
            ("ALL", "Ansar Bayt al-Maqdis", "the Islamic State", None),
            ("A", "Ansar Bayt al-Maqdis", "gas pipelines", None),
        ],
    ),
    (
        "The Naqshbandi Army is a Baathist insurgent group in Iraq. Its fighters took part in the 2014 offensive "
        "on Mosul.",
        [("A", "Its fighters", "Mosul", None)],
    ),
    (
        "The Eastern Ghouta infighting pitted Jaysh al-Islam against Faylaq al-Rahman in April 2016, killing "
        "hundreds of fighters.",
        [("A", "Jaysh al-Islam", "Faylaq al-Rahman", None)],
    ),
]

# A third set: weapons used against someone told as a noun, pledges to a leader named in apposition, and people
# described by a copula as the ones who defected (expected events written before kg ran on them).
PROBES += [
    (
        "The Assad government's use of sarin against civilians in Khan Shaykhun in April 2017 killed more than 80 "
        "people.",
        [("A", "The Assad government", "civilians", None)],
    ),
    (
        "ISIL's use of chlorine gas against Peshmerga positions near Mosul in 2016 was documented by investigators.",
        [("A", "ISIL", "Peshmerga positions", None)],
    ),
    (
        "The report documented the use of barrel bombs by government helicopters on residential areas of Daraya.",
        [("AIR", "government helicopters", "residential areas", None)],
    ),
    (
        "In 2014 the Basilan faction of Isnilon Hapilon pledged allegiance to the leader of the Islamic State, Abu "
        "Bakr al-Baghdadi.",
        [("ALL", "the Basilan faction", "Abu Bakr al-Baghdadi", None)],
    ),
    (
        "Its leader, Abubakar Shekau, received pledges of loyalty from several smaller groups in Borno.",
        [("ALL", "several smaller groups", "Abubakar Shekau", None)],
    ),
    (
        "Manaf Tlass is a former Syrian general and member of the Republican Guard who defected in 2012.",
        [("DEF", "Manaf Tlass", None, None)],
    ),
    (
        "Hussein Harmoush was the first senior officer to defect from the Syrian army.",
        [("DEF", "Hussein Harmoush", "the Syrian army", None)],
    ),
    (
        "Ri Il-gyu is the most senior North Korean diplomat to defect to South Korea in recent years.",
        [("DEF", "Ri Il-gyu", None, "South Korea")],
    ),
]

# A fourth set, written after step 2 landed (expected events before kg ran on them).
PROBES += [
    (
        "The Ramadi Barrage was seized by ISIL fighters in May 2015 after a week of clashes.",
        [("A", "ISIL fighters", "The Ramadi Barrage", None)],
    ),
    (
        "Jaish al-Muhajireen wal-Ansar—which had sworn allegiance to ISIS in 2013—later split over the leadership "
        "of Umar Shishani.",
        [("ALL", "Jaish al-Muhajireen wal-Ansar", "ISIS", None)],
    ),
    (
        "Al-Shabaab remained the most lethal group in East Africa. During 2017 the group conducted several "
        "cross-border raids into Kenya, including an assault on a police post in Mandera.",
        [("A", "Al-Shabaab", "a police post", None)],
    ),
    (
        "The Taliban overran the district centre of Nad Ali in 2016; government troops recaptured it a month later.",
        [("A", "The Taliban", "the district centre", None), ("A", "government troops", None, None)],
    ),
    (
        "ISWAP fighters loyal to Abu Musab al-Barnawi ambushed a Nigerian army convoy near Monguno, killing 20 "
        "soldiers.",
        [
            ("A", "ISWAP fighters", "a Nigerian army convoy", None),
            ("ALL", "ISWAP fighters", "Abu Musab al-Barnawi", None),
        ],
    ),
    (
        "The Houthis' seizure of Sanaa in September 2014 forced President Hadi to flee to Aden.",
        [("A", "The Houthis", None, None)],
    ),
    (
        "A faction of the MNLA defected to the government side in 2014, while others joined the HCUA.",
        [("DEF", "A faction of the MNLA", "the MNLA", "the government side")],
    ),
    (
        "Boko Haram is a jihadist group based in northeastern Nigeria. The group has attacked churches, schools and "
        "police stations across northern Nigeria since 2010.",
        [("A", "Boko Haram", "churches", None)],
    ),
    (
        "The brigade, commanded by Colonel Ahmed Berri, defected en masse to the Free Syrian Army in 2012.",
        [("DEF", "The brigade", None, "the Free Syrian Army")],
    ),
    (
        "Since 2015 the Arakan Army has fought the Tatmadaw in Rakhine and Chin states.",
        [("A", "the Arakan Army", "the Tatmadaw", None)],
    ),
    (
        "In 2014 the group split, and a faction led by Shekau's deputy pledged allegiance to al-Baghdadi.",
        [("ALL", "a faction", "al-Baghdadi", None)],
    ),
    (
        "Several of its commanders, including Abu Omar al-Shishani, later defected to the Islamic State.",
        [("DEF", "Several of its commanders", None, "the Islamic State")],
    ),
    (
        "The PKK has been blamed for numerous bombings in Turkish cities, including the 2016 attack on a police bus "
        "in Istanbul.",
        [("A", "The PKK", "a police bus", None)],
    ),
    (
        "In retaliation for the 2015 Paris attacks, French aircraft bombed Islamic State targets in Raqqa.",
        [("AIR", "French aircraft", "Islamic State targets", None)],
    ),
]

NEGATIVES: list[tuple[str, tuple[str, ...]]] = [
    ("The United States designated Hay'at Tahrir al-Sham a Foreign Terrorist Organization in May 2018.", ("A", "ALL")),
    ("The European Union imposed sanctions on three commanders of the Wagner Group in December 2021.", ("A", "ALL")),
    ("The minister called on all parties to cease attacks on civilian infrastructure.", ("A",)),
    ("In January 2017 Jabhat Fateh al-Sham rebranded itself as Hay'at Tahrir al-Sham.", ("DEF", "ALL")),
    ("The campaign against the Islamic State in Iraq and Syria, Operation Inherent Resolve, began in 2014.", ("A",)),
    ("An insurgency is an armed rebellion against a constituted authority by rebel forces.", ("A", "ALL")),
    ("The Syrian Democratic Forces are allied with the United States and backed by coalition air power.", ("A", "ALL")),
    ("The programme offers amnesty and reintegration support to fighters who defect from armed groups.", ("DEF",)),
    ("Hezbollah is backed by Iran and allied with the Syrian government.", ("ALL",)),
    ("The report estimates that the group has between 1,500 and 2,000 fighters and funds itself by extortion.", ("A",)),
    ("The bill would authorise the use of military force against al-Qaeda and associated forces.", ("A",)),
    ("The UN urged the militia to stop recruiting children and to refrain from attacks on schools.", ("A", "ALL")),
    ("Membership of the group has been proscribed in the United Kingdom since 2001.", ("A", "ALL")),
    ("The Pentagon announced a programme to train and equip vetted Syrian opposition fighters.", ("A", "ALL")),
    ("Defectors are eligible for a resettlement payment under the 2015 law.", ("DEF",)),
    ("The ministry condemned any retaliation against civilians and called for restraint on all sides.", ("A",)),
    ("China retaliated against the United States with tariffs on soybeans and aircraft parts.", ("A",)),
    ("The 2019 election was fought between the ruling party and a coalition of opposition groups.", ("A",)),
    ("The final was fought between two teams from Lagos, supported by thousands of fans, and ended in a draw.", ("A",)),
    ("Its activities include recruitment, fundraising and the publication of propaganda.", ("A",)),
    ("The group has been designated a terrorist organisation by the United Nations, the EU and Canada.", ("A", "ALL")),
    ("The minister said that fighters who surrender before the deadline would receive an amnesty.", ("DEF",)),
    ("Its main sources of income include extortion, smuggling and the ransom of kidnapped foreigners.", ("A",)),
    ("The Chemical Weapons Convention prohibits the use of chemical weapons in any circumstances.", ("A",)),
    ("The convention bans the use of cluster munitions against civilian areas.", ("A",)),
    ("The use of force against a state is prohibited by Article 2 of the Charter.", ("A",)),
    ("In 2009 its founder died in police custody, after which the group launched a violent insurgency.", ("A",)),
    (
        "The group's ideology draws on the teachings of Sayyid Qutb and rejects the authority of the state.",
        ("A", "ALL"),
    ),
    ("The faction is believed to number 300 to 500 fighters, most of them former members of the army.", ("A", "DEF")),
]
