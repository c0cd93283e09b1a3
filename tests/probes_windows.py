"""Probe texts in the style of multi-sentence wire windows and long news articles (issue 14): datelines, an event
told once and then named by a noun ("the assault", "Tuesday's bombing"), its doer given in a claim or in an
official's blame sentences later, its victims in a casualty sentence, quotes and background paragraphs between,
doers named again by a noun ("the militants", "the gunmen") and rare transliterated names the small NER misses.
Written for kg; the expected events were written before kg was run on them. Used by tests/test_extract_window_probes.py.

PROBES: (text, incidents, events). ``incidents`` is how many asserted attacks (ATTACK or AIRSTRIKE) the text tells,
each once however often it is named again; ``events`` the expected ones as (type, agent, targets): "A" is the ATTACK
family, "AIR" an AIRSTRIKE; agent a string or None (not checked); targets a tuple of strings that must all be
targets of the one event that has that agent.
"""

from __future__ import annotations

Expected = tuple[str, str | None, tuple[str, ...]]

PROBES: list[tuple[str, int, list[Expected]]] = [
    # --- 0-9: the event noun in the lead, the doer in a later claim or blame sentence ---
    (
        "MOGADISHU, March 3 (Reuters) - At least 14 people were killed on Sunday when a car bomb exploded near a "
        'busy checkpoint on the road to the airport, police said. "We counted 14 bodies, most of them '
        'traders and minibus drivers," police officer Abdiqadir Warsame told Reuters by telephone. The blast '
        "shattered windows of nearby shops and sent a plume of black smoke over the capital. Al Shabaab claimed "
        "responsibility for the bombing in a statement on its Andalus radio station. The group has waged an "
        "insurgency against the Somali government since 2008.",
        1,
        [("A", "Al Shabaab", ("a busy checkpoint",)), ("A", "Al Shabaab", ("14 people",))],
    ),
    (
        "QUETTA, Pakistan (AP) - A roadside bomb tore through a vehicle carrying members of the Frontier Corps in "
        "the Turbat district of Balochistan on Tuesday, killing four paramilitary soldiers, officials said. Two "
        "other soldiers were wounded and taken to a military hospital. The outlawed Baloch Liberation Front said "
        "in a message to reporters that its fighters had carried out the attack. Separatist groups have "
        "for years demanded a greater share of the province's gas and mineral wealth.",
        1,
        [("A", "Baloch Liberation Front", ("four paramilitary soldiers",))],
    ),
    (
        "NIAMEY (AFP) - Suspected jihadists on motorbikes attacked the village of Tchoma Bangou in western Niger on "
        "Saturday, the interior ministry said. Local officials said 69 civilians were killed in the raid. "
        '"They came in dozens, firing at everything that moved," a resident who fled to Ouallam said. '
        "Authorities blamed the Islamic State in the Greater Sahara for the massacre. The region near the borders "
        "with Mali and Burkina Faso has seen a surge in attacks on civilians.",
        1,
        [("A", "Islamic State in the Greater Sahara", ("Tchoma Bangou",))],
    ),
    (
        "KABUL, Afghanistan - A suicide bomber blew himself up outside a Shiite mosque in the city of Kunduz "
        "during Friday prayers, killing at least 46 worshippers, a provincial spokesman said. Witnesses described "
        "bodies strewn across the courtyard. Hours later the Islamic State's regional affiliate, known as "
        "Islamic State Khorasan Province, claimed the attack. Taliban officials vowed to hunt down those "
        "responsible.",
        1,
        [("A", "Islamic State Khorasan Province", ("a Shiite mosque",))],
    ),
    (
        "BAGHDAD, Jan 21 (Reuters) - Two suicide bombers struck a crowded market in central Baghdad on Thursday, "
        "killing 32 people and wounding 110, the health ministry said. It was the deadliest attack in the Iraqi "
        'capital in three years. "It was chaos, people were screaming and running," said a vendor, Karim Abbas. '
        "Islamic State said in a statement on its Amaq news agency that two of its fighters had detonated their "
        "explosive vests among the crowd. The group has carried out sporadic attacks since its defeat in 2017.",
        1,
        [("A", "Islamic State", ("a crowded market",)), ("A", None, ("32 people",))],
    ),
    (
        "LAGOS, Nigeria (Reuters) - Gunmen stormed a Catholic church in the southwestern town of Owo during "
        "Pentecost Sunday mass, opening fire on worshippers and detonating explosives, police said. At least 40 "
        "people died in the assault, according to a local lawmaker. Nigeria's national security adviser later "
        "blamed the Islamic State West Africa Province for the attack. No group has claimed it.",
        1,
        [("A", "Islamic State West Africa Province", ("a Catholic church",))],
    ),
    (
        "SANAA (Reuters) - A drone strike hit a wedding party in the al-Bayda province of Yemen on Thursday, "
        "killing at least 12 people, local officials said. Residents said the guests were travelling in a convoy "
        "to the groom's village. Officials in the province blamed the Saudi-led coalition for the air strike. "
        "The coalition said it was investigating the report.",
        1,
        [("AIR", "Saudi-led coalition", ("a wedding party",))],
    ),
    (
        "DHAKA, Bangladesh - Militants armed with guns and machetes attacked a cafe popular with foreigners in the "
        "Gulshan diplomatic zone of Dhaka late on Friday and took dozens of people hostage. Commandos stormed the "
        "building after a 10-hour standoff. Twenty hostages were killed, most of them Italian and Japanese "
        "nationals. Police said the attackers belonged to Jamaat-ul-Mujahideen Bangladesh, a banned domestic group.",
        1,
        [("A", "Jamaat-ul-Mujahideen Bangladesh", ("a cafe",))],
    ),
    (
        "PESHAWAR, Pakistan - An explosion ripped through a police line mosque in Peshawar on Monday as hundreds "
        "of officers gathered for afternoon prayers, killing at least 59 people. Rescue workers pulled survivors "
        "from under the collapsed roof. A commander of Jamaat-ul-Ahrar, a breakaway faction of the Pakistani "
        "Taliban, said the group was behind the bombing. The main faction denied any role.",
        1,
        [("A", "Jamaat-ul-Ahrar", ("a police line mosque",))],
    ),
    (
        "BENI, Congo (AP) - Rebels killed at least 22 civilians in an overnight raid on the village of Kalunguta "
        "near Beni, the local administrator said Wednesday. The assailants used machetes and hoes, he said. "
        "The army blamed the Allied Democratic Forces, a Ugandan rebel group that has pledged allegiance to the "
        "Islamic State. Residents protested the next morning over the lack of protection.",
        1,
        [("A", "Allied Democratic Forces", ("22 civilians",))],
    ),
    # --- 10-19: the doers named again by a noun ("the militants", "the gunmen", "the group") ---
    (
        "MAIDUGURI, Nigeria (AP) - Boko Haram fighters overran a military base in Marte in Borno state on "
        "Wednesday, security sources said. The militants arrived in gun trucks before dawn and set fire to "
        "several buildings. They killed at least seven soldiers and carted away weapons, a soldier who escaped said. "
        "The army said it had later retaken the base.",
        1,
        [("A", "Boko Haram", ("a military base",)), ("A", "Boko Haram", ("seven soldiers",))],
    ),
    (
        "MAPUTO (Reuters) - Insurgents linked to Islamic State have attacked the town of Palma in northern "
        "Mozambique, a government spokesman said. The group, known locally as al-Shabaab, has fought an "
        "insurgency in Cabo Delgado province since 2017. The militants beheaded at least 12 people and looted "
        "banks and food warehouses, residents said. Dozens of foreign workers were evacuated by boat.",
        1,
        [("A", "Islamic State", ("the town of Palma",)), ("A", None, ("12 people",))],
    ),
    (
        "OUAGADOUGOU (AFP) - Jihadists from the Ansaroul Islam group ambushed a convoy carrying workers of a "
        "Canadian-owned gold mine in eastern Burkina Faso on Wednesday. The gunmen first detonated an explosive "
        "device and then opened fire on the buses, killing 37 people. The regional governor said 60 others were "
        "wounded. The mine's operator suspended its operations.",
        1,
        [("A", "Ansaroul Islam", ("a convoy",)), ("A", "Ansaroul Islam", ("37 people",))],
    ),
    (
        "KIRKUK, Iraq - Islamic State militants attacked a checkpoint of the Popular Mobilisation Forces near "
        "the town of Tuz Khurmatu late on Saturday, security officials said. The insurgents used sniper rifles "
        "and rocket-propelled grenades in the assault, which lasted two hours. Four members of the paramilitary "
        "force were killed and three wounded, the officials said.",
        1,
        [("A", "Islamic State", ("a checkpoint",)), ("A", "Islamic State", ("Four members",))],
    ),
    (
        "BAMAKO (Reuters) - Fighters of Katiba Macina, a group allied to al Qaeda, raided the village of Ogossagou "
        "in central Mali on Sunday, local officials said. The attackers torched granaries and killed at least "
        '20 Fulani herders. "They surrounded the village and shot people as they fled," a survivor told '
        "Reuters. United Nations peacekeepers arrived the next day.",
        1,
        [("A", "Katiba Macina", ("Ogossagou",)), ("A", "Katiba Macina", ("20 Fulani herders",))],
    ),
    (
        "JALALABAD, Afghanistan (AP) - Gunmen from the Haqqani network stormed a government compound in "
        "Nangarhar province, officials said Tuesday. The assailants detonated a car bomb at the gate before "
        "entering the building. Eleven civil servants were killed in the attack. The Haqqani network has been "
        "blamed for some of the deadliest attacks in the country.",
        1,
        [("A", "Haqqani network", ("a government compound",)), ("A", "Haqqani network", ("Eleven civil servants",))],
    ),
    (
        "DAMASCUS (Reuters) - Hayat Tahrir al-Sham launched an offensive on government positions in the "
        "countryside of Hama province on Thursday, a war monitor said. The jihadists used suicide car bombs to "
        "breach the front line before dawn. At least 30 soldiers were killed, according to the Syrian Observatory "
        "for Human Rights. Russian jets later bombed rebel-held towns in the area.",
        2,
        [("A", "Hayat Tahrir al-Sham", ("government positions",)), ("AIR", "Russia", ("rebel-held towns",))],
    ),
    (
        "BUJUMBURA (Reuters) - Red Tabara rebels attacked the village of Gatumba near the border with Congo on "
        "Friday night, killing 20 people, the interior ministry said. The rebels then withdrew across the "
        "Rusizi river. The group, which opposes President Evariste Ndayishimiye, denied it had targeted "
        "civilians.",
        1,
        [("A", "Red Tabara", ("Gatumba",)), ("A", "Red Tabara", ("20 people",))],
    ),
    (
        "ZAMBOANGA, Philippines - Abu Sayyaf militants abducted five fishermen off the coast of Tawi-Tawi on "
        "Monday, the military said. Later the same week the group attacked a marine outpost on the island of "
        "Jolo, killing two marines. The militants fled into the jungle, army spokesman Major Arvin Encinas said.",
        1,
        [("A", "Abu Sayyaf", ("a marine outpost",))],
    ),
    (
        "SRINAGAR (Reuters) - Militants attacked a paramilitary camp in Pulwama district of Kashmir on Sunday, "
        "killing five troopers, police said. Jaish-e-Mohammed said the attack was carried out by its "
        "fighters. The gunmen were killed after a 20-hour gunbattle.",
        1,
        [("A", "Jaish-e-Mohammed", ("a paramilitary camp",))],
    ),
    # --- 20-29: victims in a casualty sentence, places attacked, counted victims ---
    (
        "MARIB, Yemen (AP) - Houthi rebels fired a ballistic missile at a mosque in a military camp in Marib "
        "province during evening prayers on Saturday. The dead included 83 soldiers and two officers, medical "
        "officials said. The rebels did not comment on the attack.",
        1,
        [("A", "Houthi rebels", ("a mosque",))],
    ),
    (
        "KANO, Nigeria - Bandits attacked the village of Kadisau in Zamfara state late on Tuesday. The victims "
        "included farmers returning from their fields, police spokesman Mohammed Shehu said. At least 18 people "
        "were killed in the raid. The gunmen also rustled cattle.",
        1,
        [("A", "Bandits", ("Kadisau",))],
    ),
    (
        "ISLAMABAD (Reuters) - Gunmen opened fire on a bus carrying Shiite Hazara coal miners in Balochistan's "
        "Mach area on Sunday, killing 11 of them, officials said. The attackers separated the miners from other "
        "passengers before shooting them. Islamic State later claimed responsibility. Hazara community leaders "
        "refused to bury the dead in protest.",
        1,
        [("A", "Islamic State", ("a bus",))],
    ),
    (
        "BEIRUT (Reuters) - Israeli jets struck targets near Damascus on Tuesday night, Syrian state media said. "
        "Syrian air defences intercepted some of the missiles, the state news agency SANA said. Four soldiers "
        "were wounded in the strikes. Israel rarely comments on its operations in Syria.",
        1,
        [("AIR", "Israel", ("Four soldiers",))],
    ),
    (
        "GAO, Mali - Unidentified gunmen attacked a bus travelling between Gao and Ansongo on Thursday, killing "
        "at least 11 passengers, a local official said. Among the dead were four women and a child. The attack "
        "came two days after soldiers were killed in an ambush near Tessit.",
        2,
        [("A", None, ("a bus",)), ("A", None, ("at least 11 passengers",))],
    ),
    (
        "DIFFA, Niger (AFP) - Boko Haram militants raided the town of Toumour near the Nigerian border on Saturday "
        "night, killing 28 civilians and burning about 800 houses, the regional governor said. The market and "
        "the town's health centre were also set on fire.",
        1,
        [("A", "Boko Haram", ("Toumour",)), ("A", "Boko Haram", ("28 civilians",))],
    ),
    (
        "MOSCOW (Reuters) - Ukrainian drones attacked an oil depot in the Bryansk region overnight, setting a "
        "fuel tank on fire, the regional governor Alexander Bogomaz said on Telegram. No one was hurt in the "
        "attack, he said.",
        1,
        [("AIR", "Ukrainian drones", ("an oil depot",))],
    ),
    (
        "KHARTOUM (Reuters) - The paramilitary Rapid Support Forces shelled a camp for displaced people outside "
        "El Fasher on Monday, killing 16 people, the local resistance committee said. The victims were mostly "
        "women and children. The RSF denied the accusation.",
        1,
        [("A", "Rapid Support Forces", ("a camp",))],
    ),
    (
        "TRIPOLI (Reuters) - Rockets hit Mitiga airport in Tripoli on Wednesday, damaging a passenger plane and "
        "forcing flights to be diverted, the airport said. The internationally recognised government blamed "
        "forces loyal to Khalifa Haftar for the shelling.",
        1,
        [("A", "forces loyal to Khalifa Haftar", ("Mitiga airport",))],
    ),
    (
        "BANGUI (AFP) - Anti-balaka militiamen attacked a camp for displaced Muslims in the town of Bangassou, "
        "killing at least 26 people, the United Nations mission said on Friday. Among the victims were a "
        "Moroccan peacekeeper and three children. The militiamen had besieged the camp for days.",
        1,
        [("A", "Anti-balaka militiamen", ("a camp",))],
    ),
    # --- 30-39: long articles: several incidents, each named again later ---
    (
        "KABUL (Reuters) - Taliban fighters attacked a police checkpoint in Ghazni province on Monday, killing "
        "six policemen, a provincial official said. In a separate incident, a roadside bomb struck a minibus in "
        'neighbouring Zabul province, killing eight civilians. "The Taliban want to show they can strike '
        'anywhere," said a security analyst in Kabul. The Taliban claimed the checkpoint attack but did not '
        "comment on the bombing. Afghan forces have been under growing pressure since the start of peace talks.",
        2,
        [("A", "Taliban", ("a police checkpoint",)), ("A", None, ("a minibus",))],
    ),
    (
        "MAIDUGURI (Reuters) - Islamic State West Africa Province fighters attacked a military base in Monguno on "
        "Friday, the army said. Hours later, in a separate attack, suspected Boko Haram gunmen killed 10 "
        "farmers near Gwoza. The army said troops had repelled the assault on the Monguno base and killed 15 "
        "insurgents. Residents of Gwoza buried the farmers on Saturday.",
        2,
        [("A", "Islamic State West Africa Province", ("a military base",)), ("A", "Boko Haram", ("10 farmers",))],
    ),
    (
        "BAGHDAD (AP) - A rocket attack targeted the U.S. embassy in Baghdad's Green Zone late on Sunday, Iraqi "
        "security officials said. No casualties were reported. U.S. officials blamed Kataib Hezbollah, an "
        "Iran-backed militia, for the attack. Earlier on Sunday, a roadside bomb hit a convoy carrying supplies "
        "for the U.S.-led coalition on a highway south of Baghdad. No group claimed that attack.",
        2,
        [("A", "Kataib Hezbollah", ("the U.S. embassy",)), ("A", None, ("a convoy",))],
    ),
    (
        "MOGADISHU (AP) - Al-Shabab extremists stormed a hotel in the Somali capital on Saturday evening, "
        "detonating two car bombs before gunmen forced their way inside, police said. Security forces ended the "
        'siege early on Sunday. "We have confirmed 21 dead, including the four attackers," police spokesman '
        "Abdifatah Aden said. The al-Qaida-linked group often targets hotels frequented by government officials. "
        "In a statement, the group said its fighters had carried out the raid on the Hayat hotel.",
        1,
        [("A", "Al-Shabab", ("a hotel",))],
    ),
    (
        "KYIV (Reuters) - Russian missiles struck a residential building in the city of Dnipro on Saturday, "
        "killing at least 12 people, the regional governor said. Rescue workers searched the rubble for "
        "survivors through the night. In the east, Ukrainian forces shelled Russian positions near Bakhmut, "
        "the military said. Russia denies targeting civilians.",
        2,
        [("A", "Russia", ("a residential building",)), ("A", "Ukrainian forces", ("Russian positions",))],
    ),
    (
        "PARIS (AP) - A man armed with a knife attacked passers-by near the Eiffel Tower on Saturday night, "
        "killing a German tourist and wounding two others, French authorities said. The suspect, a 26-year-old "
        "Frenchman identified as Armand Rajabpour-Miyandoab, had pledged allegiance to the Islamic State in a "
        "video posted before the attack, the anti-terrorism prosecutor said. He was arrested after police "
        "used a stun gun.",
        1,
        [("A", None, ("a German tourist",))],
    ),
    (
        "ABUJA (Reuters) - Gunmen attacked a train travelling from Abuja to the northern city of Kaduna on Monday "
        "night, killing eight passengers and abducting dozens, the railway authority said. The attackers blew "
        "up the track with explosives before opening fire on the carriages. Security officials blamed bandits "
        "working with Boko Haram for the attack on the train.",
        1,
        [("A", "Boko Haram", ("a train",))],
    ),
    (
        "TEL AVIV (Reuters) - A Palestinian gunman opened fire at a bus stop in the Israeli city of Beersheba on "
        "Tuesday, killing two people before he was shot dead by a bystander, police said. Hamas praised the "
        "shooting but did not claim it. Hours later Israeli aircraft struck what the military called Hamas "
        "weapons depots in the Gaza Strip.",
        2,
        [("A", "A Palestinian gunman", ("two people",)), ("AIR", "Israel", ("Hamas weapons depots",))],
    ),
    (
        "SIRTE, Libya - Forces loyal to the Government of National Accord attacked Islamic State positions in the "
        "Ouagadougou conference centre on Wednesday, a spokesman said. The offensive was backed by U.S. air "
        "strikes on the militants' last holdouts in the city. The group had seized Sirte in 2015.",
        2,
        [("A", "Government of National Accord", ("Islamic State positions",)), ("AIR", "U.S.", ())],
    ),
    (
        "CAIRO (Reuters) - Militants killed 12 soldiers in an attack on a checkpoint in North Sinai on Monday, "
        "the army spokesman said. The army said its forces had killed seven of the attackers. Islamic State's "
        "Sinai Province claimed responsibility for the attack through its Amaq news agency. The group has waged "
        "an insurgency in the peninsula since 2013.",
        1,
        [("A", "Sinai Province", ("a checkpoint",)), ("A", "Sinai Province", ("12 soldiers",))],
    ),
    # --- 40-47: quotes, officials' statements and background between the event and its doer ---
    (
        "NAIROBI, Kenya (AP) - Extremists attacked a bus in Mandera county near the Somali border early on "
        'Friday, killing 10 passengers, police said. "The attackers singled out passengers who were not '
        'locals," regional police commander Rashid Yakub said. The government has deployed additional troops '
        "to the region. Kenya has suffered repeated attacks since it sent troops into Somalia in 2011. The "
        "Somali extremist group al-Shabab claimed responsibility for the bus attack on Friday afternoon.",
        1,
        [("A", "al-Shabab", ("a bus",))],
    ),
    (
        "KADUNA, Nigeria - Gunmen killed 33 people in raids on three villages in Kauru local government area "
        'of southern Kaduna state, the state security commissioner Samuel Aruwan said. "This is a barbaric act '
        'that will not go unpunished," Governor Nasir El-Rufai said in a statement. Farmers and herders have '
        "clashed repeatedly over land in the region. Police blamed Fulani militia for the killings.",
        1,
        [("A", "Fulani militia", ("33 people",))],
    ),
    (
        "ADEN (Reuters) - An explosion struck the arrivals hall of Aden airport minutes after a plane carrying "
        "members of Yemen's new cabinet landed on Wednesday, killing at least 22 people, officials said. The "
        "ministers were unhurt. Information Minister Moammar al-Eryani said the Iran-aligned Houthi movement was "
        "responsible for the attack, which he said was carried out with guided missiles. The Houthis denied "
        "involvement.",
        1,
        [("A", "Houthi", ("the arrivals hall",))],
    ),
    (
        "ERBIL (Reuters) - A drone laden with explosives hit the airport in Erbil, capital of Iraq's Kurdistan "
        'region, on Wednesday night, Kurdish officials said. No one was hurt. "This is a terrorist act aimed at '
        'destabilising the region," the Kurdish interior ministry said. A little-known group, Awliyaa al-Dam, '
        "claimed the drone attack in a Telegram post.",
        1,
        [("AIR", "Awliyaa al-Dam", ("the airport",))],
    ),
    (
        "KINSHASA (Reuters) - Militiamen from the CODECO group attacked a camp for displaced people in Djugu "
        'territory of Ituri province overnight, killing at least 60 people, local officials said. "They came '
        'with machetes and guns," said a camp leader, Jean Vianney Ngadjole. The UN mission in Congo '
        "condemned the massacre at the Plaine Savo camp. CODECO, a coalition of Lendu militias, has been "
        "blamed for hundreds of deaths since 2017.",
        1,
        [("A", "CODECO", ("a camp",))],
    ),
    (
        "MEXICO CITY (AP) - Gunmen attacked a drug rehabilitation centre in the city of Irapuato, killing 24 "
        "people, authorities said. Guanajuato state Governor Diego Sinhue Rodriguez said the attack appeared to "
        "be linked to a turf war. Authorities said the Santa Rosa de Lima cartel was behind the massacre. "
        "The cartel has fought the Jalisco New Generation cartel for control of the state.",
        1,
        [("A", "Santa Rosa de Lima cartel", ("a drug rehabilitation centre",))],
    ),
    (
        "ISLAMABAD (AP) - A suicide bomber rammed an explosives-laden car into a bus carrying Chinese engineers "
        "in Khyber Pakhtunkhwa province on Tuesday, killing five Chinese nationals and their Pakistani driver, "
        'police said. "The bomber came from the opposite direction," regional police chief Mohammad Ali '
        "Gandapur said. China demanded that Pakistan hunt down the perpetrators. Pakistani officials suspected "
        "Tehreek-e-Taliban Pakistan of the bombing, which the group denied.",
        1,
        [("A", "Tehreek-e-Taliban Pakistan", ("a bus",))],
    ),
    (
        "BAMAKO, Mali (AP) - Extremists attacked an army camp in Boulkessi near the border with Burkina Faso, "
        "killing 23 soldiers, the government said. Some soldiers remain missing after the assault. Al-Qaida's "
        "affiliate in the Sahel, known as JNIM, said it had carried out the attack on the camp. The government "
        "declared three days of national mourning.",
        1,
        [("A", "JNIM", ("an army camp",))],
    ),
    # --- 48-52: victims listed in a casualty sentence; doers said to be linked to or affiliated with a group ---
    (
        "JOS, Nigeria (Reuters) - Gunmen attacked the village of Dogo Nahawa in Plateau state before dawn on "
        "Sunday, police said. The dead included women and children, a police spokesman said. The attackers "
        "burned dozens of homes before fleeing.",
        1,
        [("A", None, ("Dogo Nahawa", "women and children"))],
    ),
    (
        "MOGADISHU (Reuters) - A suicide car bomber rammed a convoy of African Union peacekeepers on the outskirts "
        "of Mogadishu on Wednesday. Among those killed were three Ugandan soldiers, the AU mission said. Al "
        "Shabaab said it had carried out the attack.",
        1,
        [("A", "Al Shabaab", ("a convoy", "three Ugandan soldiers"))],
    ),
    (
        "KABUL (AP) - A bomb exploded at a wedding hall in western Kabul on Saturday night, killing 63 people. "
        "Most of the dead were guests from the Hazara community, officials said. No group claimed "
        "responsibility.",
        1,
        [("A", None, ("a wedding hall", "63 people"))],
    ),
    (
        "BAMAKO (Reuters) - Gunmen linked to al Qaeda attacked a hotel in the town of Sevare in central Mali on "
        "Friday, the army said. The militants took several people hostage, including foreign contractors. Five "
        "soldiers were killed in the assault.",
        1,
        [("A", "al Qaeda", ("a hotel", "Five soldiers"))],
    ),
    (
        "ABUJA (AFP) - Fighters affiliated with Islamic State West Africa Province stormed a military post in "
        "Damboa on Thursday. The jihadists burned the post and seized weapons, a soldier who escaped said.",
        1,
        [("A", "Islamic State West Africa Province", ("a military post",))],
    ),
    # --- 53-55: the group says its own fighters did it, in a statement after the event ---
    (
        "KABUL (Reuters) - A suicide bomber blew himself up at the gate of a military academy in Kabul on Thursday, "
        "killing 11 cadets, the defence ministry said. Taliban spokesman Zabihullah Mujahid said in a statement "
        "that one of the group's fighters had detonated explosives among the cadets. The academy was closed for a "
        "week.",
        1,
        [("A", "Taliban", ("11 cadets",))],
    ),
    (
        "ADEN, Yemen (Reuters) - A car bomb exploded outside a police academy in Aden on Sunday, killing 17 "
        "recruits, security officials said. Islamic State said on its Amaq news agency that its fighters had "
        "detonated the car among the recruits.",
        1,
        [("A", "Islamic State", ("a police academy",))],
    ),
    (
        "MOGADISHU (AP) - Gunmen stormed a restaurant on Lido beach on Friday night, killing at least nine people, "
        "police said. Al-Shabab said its fighters had killed dozens of apostates inside the restaurant.",
        1,
        [("A", "Al-Shabab", ("a restaurant",))],
    ),
]

# Windows that tell no asserted attack at all: talks about attacks, trials, anniversaries, threats.
NEGATIVES: list[str] = [
    'GENEVA (Reuters) - Delegates from the warring parties met for a third day of talks on Tuesday. "We are not '
    'here to discuss who started the war," a United Nations envoy said. Both sides accused each other of '
    "violating a ceasefire agreed in March. The talks are due to resume next week.",
    "PARIS (AP) - A French court on Wednesday sentenced a man to life in prison for helping to plan the 2015 "
    "attacks on the Bataclan concert hall. The defendant had denied the charges. Victims' families welcomed the "
    'verdict. "Justice has been done," said a lawyer for the families.',
]
