"""More wire windows (issue 14, session 11): where the target of an attack is given away from its trigger, and where
an attribution is only a guess. Each text is four to six sentences in the style of agency copy: datelines, photo
captions, quotes, background paragraphs, the incident told twice. Written for kg; the expected events were written
before kg was run on them. Used by tests/test_extract_window_probes.py.

PROBES: (text, incidents, events, refused). ``incidents`` is how many asserted attacks (ATTACK or AIRSTRIKE) the text
tells, each once however often it is named again (None: not checked, the count is arguable); ``events`` the expected
ones as in tests/probes_windows.py: (type, agent, targets), "A" the ATTACK family, "AIR" an AIRSTRIKE, agent a string
or None (not checked), targets strings that must all be targets of one event with that agent; ``refused`` what must
not come out: a name that is no attack's agent (a hedged or background attribution), or "AIRSTRIKE" when the text
tells no air strike as an incident (a background air campaign, a capability, air strikes named as a cause).
"""

from __future__ import annotations

Expected = tuple[str, str | None, tuple[str, ...]]

PROBES: list[tuple[str, int | None, list[Expected], tuple[str, ...]]] = [
    # --- 0-5: the target told in a sentence before the trigger's ("A convoy ... . It was hit by ...") ---
    (
        "KHARTOUM, Sudan (AP) - A convoy of trucks carrying food aid left El Obeid for Kadugli on Monday morning, the "
        "World Food Programme said. It was hit by artillery fire from Rapid Support Forces positions near the village "
        'of Um Sidra, killing three drivers. "We lost three colleagues today," a WFP spokeswoman, Leni Kinzli, said '
        "in Nairobi. The paramilitary force controls most of Darfur. Burned-out trucks lie beside the road near Um "
        "Sidra, January 15, 2024. REUTERS/Mohamed Nureldin",
        1,
        [("A", "Rapid Support Forces", ("A convoy of trucks",))],
        (),
    ),
    (
        "KARACHI, Pakistan (AP) - A bus carrying Ismaili Muslims left the Safoora Goth housing colony on Wednesday "
        "morning. It was ambushed by six gunmen on motorcycles near the Al-Azhar Garden, police said. The attackers "
        "boarded and opened fire on the passengers, killing 45. Jundallah, a splinter group of the Pakistani "
        "Taliban, claimed responsibility.",
        1,
        [("A", "Jundallah", ("A bus",)), ("A", "Jundallah", ("the passengers",))],
        (),
    ),
    (
        "KABUL (Reuters) - A convoy of foreign troops was heading to the airport along the Jalalabad road on Monday "
        "morning. It came under attack from a suicide bomber driving a minivan packed with explosives near the "
        "Pul-e-Charkhi prison, officials said. Three NATO soldiers and four Afghan civilians were killed, the "
        "alliance said. The Taliban claimed the bombing in a message to journalists. The road is one of the most "
        "heavily guarded in the capital.",
        1,
        [("A", "Taliban", ("A convoy of foreign troops",))],
        (),
    ),
    (
        "ERBIL, Iraq - A Turkish drone struck a car near the Makhmour refugee camp on Thursday, killing two members "
        "of a local militia, Kurdish officials said. The vehicle was carrying three men back from a funeral in "
        'Sinjar. "There was no warning," said Hussein Ali, a camp official. Ankara says the camp shelters fighters '
        "of the Kurdistan Workers' Party.",
        1,
        [("AIR", "Turkish drone", ("a car",))],
        (),
    ),
    (
        "JUBA, South Sudan - A river barge carrying civilians fleeing the fighting in Malakal was sailing north on "
        "the White Nile on Sunday. Gunmen on the east bank opened fire on it, killing at least 11 passengers, a UN "
        'spokesman said. "Women and children were among the dead," said the spokesman, Farhan Haq. Both sides '
        "blame each other for attacks on civilians.",
        1,
        [("A", "Gunmen", ("A river barge",))],
        (),
    ),
    (
        "GAO, Mali (Reuters) - A UN logistics convoy left Gao for Kidal on Friday with fuel and rations for the "
        "peacekeepers' camp in Tessalit. It struck a mine near the village of Anefis, wounding four Chadian "
        "peacekeepers, the mission said. Its spokesman, Olivier Salgado, said the convoy was then fired upon by "
        "unidentified assailants. No group has claimed the attack.",
        1,
        [("A", None, ("A UN logistics convoy",))],
        (),
    ),
    # --- 6-11: the target of an event noun in an of-phrase or possessive, or a place ("attacks on Idlib") ---
    (
        "BEIRUT (Reuters) - Turkey's shelling of Kurdish YPG positions near the Syrian town of Tel Rifaat continued "
        "for a third day on Saturday, the Kurdish militia said. The YPG said two of its fighters were wounded in "
        'the bombardment. "Turkish artillery has been hitting our villages since Thursday," YPG spokesman Nouri '
        "Mahmoud told Reuters. Ankara considers the YPG a terrorist group.",
        1,
        [("A", "Turkey", ("Kurdish YPG positions",))],
        (),
    ),
    (
        "ANKARA (Reuters) - Turkish police detained 12 people on Thursday over the bombing of the U.S. embassy in "
        "Ankara, in which a Turkish security guard was killed. The suicide bomber, identified as Ecevit Sanli, "
        "detonated a vest at a side entrance of the embassy last Friday. The far-left Revolutionary People's "
        "Liberation Party-Front said it carried out the attack. Police cordon off the area near the embassy, "
        "February 1, 2013. REUTERS/Umit Bektas",
        1,
        [("A", "Revolutionary People's Liberation Party-Front", ("the U.S. embassy",))],
        (),
    ),
    (
        "MEXICO CITY (AP) - Prosecutors in the state of Guerrero said Tuesday they had identified suspects in the "
        "killing of journalist Cecilio Pineda Brito, who was shot dead at a car wash in Ciudad Altamirano last "
        'week. Two men on a motorcycle fired at least ten times, a witness said. "He had received threats for '
        'months," said his colleague, Ana Lilia Perez. Mexico is one of the most dangerous countries in the world '
        "for reporters.",
        1,
        [("A", None, ("Cecilio Pineda Brito",))],
        (),
    ),
    (
        "MOSCOW/BEIRUT (Reuters) - Russian warplanes resumed their attacks on Idlib on Thursday after a two-day "
        "lull, residents and rescue workers said. The White Helmets civil defence group said the raids on the "
        'city killed at least nine people, most of them women. "They are hitting homes, not military targets," '
        "said rescuer Ahmad Sheikho. Turkey, which backs some rebel groups, called for an immediate ceasefire.",
        1,
        [("AIR", "Russian warplanes", ("Idlib",))],
        (),
    ),
    (
        "BEIRUT (Reuters) - Syrian government forces pounded the rebel-held town of Jasim in Deraa province on "
        "Tuesday, a war monitor said. The Syrian Observatory for Human Rights said the shelling of Jasim killed five "
        'civilians, including two children. "The bombardment did not stop all night," said Abu Mahmoud al-Hourani, '
        "a local activist. The town has been under siege since June.",
        1,
        [("A", "Syrian government forces", ("the rebel-held town of Jasim",)), ("A", None, ("five civilians",))],
        (),
    ),
    (
        "ADDIS ABABA (AFP) - An air strike on a busy market in the Tigray village of Togoga killed at least 51 people "
        "on Tuesday, health workers said. The Ethiopian military's bombing of the market drew condemnation from the "
        'European Union. "There were bodies everywhere," said a nurse at Ayder hospital in Mekelle. Army spokesman '
        "Colonel Getnet Adane said the strike targeted fighters gathered for a celebration.",
        1,
        [("AIR", "Ethiopian military", ("a busy market",))],
        (),
    ),
    # --- 12-15: a campaign against a side, and the side bombed by a participle ---
    (
        "WASHINGTON (Reuters) - The U.S.-led bombing campaign against Islamic State in Iraq and Syria has cost more "
        "than $1 billion since it began in August, the Pentagon said on Friday. Coalition warplanes hit an Islamic "
        'State oil refinery near the Syrian town of Tal Abyad on Thursday, a spokesman said. "We are degrading '
        'their ability to finance themselves," he said. Critics say air power alone cannot defeat the group.',
        None,
        [("AIR", "U.S.", ("Islamic State",)), ("AIR", "Coalition", ("an Islamic State oil refinery",))],
        (),
    ),
    (
        "AMMAN (Reuters) - Syrian and Russian jets pressed on with an air campaign against rebel-held eastern Ghouta "
        "on Monday, killing at least 30 people, a war monitor said. Rescue workers said strikes on the town of "
        'Douma destroyed a bakery and a school. "We have no more shelters," said Firas Abdullah, a resident. Moscow '
        "denies targeting civilians.",
        None,
        [("AIR", "Russian jets", ("eastern Ghouta",)), ("AIR", None, ("a bakery",))],
        (),
    ),
    (
        "BEIRUT (AP) - Kurdish-led fighters pushed into the northern outskirts of Raqqa on Tuesday, backed by "
        "warplanes of the U.S.-led coalition bombing Islamic State positions around the city. The Syrian "
        'Democratic Forces said 12 militants were killed in the fighting. "The operation is going according to '
        'plan," SDF spokesman Talal Silo said. Islamic State has held Raqqa since 2014.',
        None,
        [("AIR", "coalition", ("Islamic State positions",))],
        (),
    ),
    (
        "DONETSK, Ukraine (AP) - Russian forces kept up their assault on Avdiivka on Friday, pounding the town's coke "
        "plant with artillery and glide bombs, the regional governor said. Vadym Filashkin said two civilians were "
        'killed in the shelling of the town centre. "There is not a single intact building left," he wrote on '
        "Telegram. Moscow has been trying to take the town since October.",
        None,
        [("A", "Russian forces", ("Avdiivka",)), ("A", "Russian forces", ("the town's coke plant",))],
        (),
    ),
    # --- 16-17: a photo caption whose thing destroyed is the target ---
    (
        "A man walks past a bakery destroyed by shelling from government forces in the town of Kafr Nabl, Idlib "
        "province, February 3, 2020. REUTERS/Khalil Ashawi. Residents said the bakery had been the only one in the "
        "town. The United Nations says nearly a million people have fled northwest Syria since December. Turkey "
        "has sent thousands of troops to the province.",
        1,
        [("A", "government forces", ("a bakery",))],
        (),
    ),
    (
        "Smoke rises after an Israeli air strike on a building in Gaza City, May 15, 2021. REUTERS/Mohammed Salem. "
        "GAZA (Reuters) - Israeli warplanes destroyed a 12-storey building housing the offices of the Associated "
        "Press and Al Jazeera in Gaza City on Saturday. The Israeli military said the tower housed Hamas military "
        'intelligence assets. "We are shocked and horrified," AP President Gary Pruitt said.',
        1,
        [("AIR", "Israeli warplanes", ("a 12-storey building",))],
        (),
    ),
    # --- 18-20: victims named in a casualty sentence after the event ---
    (
        "CAIRO (Reuters) - Militants attacked a checkpoint in the North Sinai town of Sheikh Zuweid on Thursday, "
        "security sources said. Among the dead were a police officer, Lieutenant Ahmed Saber, and three conscripts. "
        '"They came from the desert in two pick-up trucks," a security source said. Islamic State\'s Sinai Province '
        "said in a statement that it carried out the attack.",
        1,
        [("A", "Sinai Province", ("a checkpoint",)), ("A", None, ("a police officer",))],
        (),
    ),
    (
        "BOGOTA (Reuters) - Dissidents of the former FARC rebel group ambushed an army patrol in the southwestern "
        "province of Cauca on Wednesday, the defence ministry said. Those killed included a sergeant, Wilson Rojas, "
        'and two soldiers. "This cowardly attack will not go unpunished," Defence Minister Diego Molano wrote on '
        "Twitter. The dissidents reject the 2016 peace deal.",
        1,
        [("A", "Dissidents", ("an army patrol",)), ("A", None, ("a sergeant",))],
        (),
    ),
    (
        "JALALABAD, Afghanistan (AP) - Gunmen attacked a polio vaccination team in the Surkh Rod district of "
        "Nangarhar province on Tuesday, officials said. The dead were identified as Gul Bibi and Shazia Momand, two "
        "vaccinators, and their driver. Provincial health director Najibullah Kamawal said the campaign would be "
        "suspended. No group immediately claimed responsibility. The Islamic State group has attacked health "
        "workers in the province before.",
        1,
        [("A", "Gunmen", ("a polio vaccination team",))],
        ("Islamic State",),
    ),
    # --- 21-25: an attribution that is only a guess names no agent; one that is made does ---
    (
        "GAO, Mali (Reuters) - Unidentified gunmen killed 11 civilians travelling on a bus near the town of Ansongo "
        "on Friday, the regional governor said. It was unclear whether the attackers belonged to the Islamic State "
        'in the Greater Sahara, which is active in the area. "The bus was set on fire with the bags still inside," '
        "a survivor told Reuters. The road links Gao to the border with Niger.",
        1,
        [("A", "gunmen", ("11 civilians",))],
        ("Islamic State in the Greater Sahara",),
    ),
    (
        "MOGADISHU (AP) - A car bomb exploded outside a hotel frequented by government officials in Mogadishu on "
        "Saturday, killing at least eight people, police said. Police captain Mohamed Hussein said the attacker "
        "rammed the gate before detonating the explosives. No group has claimed the attack, but al-Shabaab has "
        "carried out similar bombings in the capital. The hotel's owner said the building was badly damaged.",
        2,  # the group's record is an event of its own (fourteenth pass: both blind writers count it), not the doer
        [("A", None, ("a hotel",)), ("A", "al-Shabaab", ())],  # of the unclaimed bombing (test_extract_doers_told)
        (),
    ),
    (
        "KANO, Nigeria - Suicide bombers struck a crowded mosque in the northern city of Kano during Friday prayers, "
        "killing at least 20 worshippers, emergency officials said. Witnesses said two explosions went off seconds "
        "apart. There was no immediate claim of responsibility, though analysts said the bombing bore similarities "
        "to attacks by Boko Haram. Kano's governor imposed a 24-hour curfew.",
        1,
        [("A", None, ("a crowded mosque",))],
        ("Boko Haram",),
    ),
    (
        "ISLAMABAD (Reuters) - A roadside bomb struck a police van escorting a polio team in Bajaur district on "
        'Sunday, killing four policemen, officials said. "The blast was so strong the van was thrown into a field," '
        "said local resident Sher Khan. Provincial authorities blamed the Pakistani Taliban for the bombing. The "
        "group has denied targeting health workers in the past.",
        1,
        [("A", "Pakistani Taliban", ("a police van",))],
        (),
    ),
    (
        "HERAT, Afghanistan - A bomb hidden in a cart exploded near a Shiite mosque in the western city of Herat on "
        "Tuesday evening, killing six people, a police spokesman said. It was not clear who was behind the attack. "
        "The Islamic State group has claimed previous attacks on the Shiite minority. Photo: Relatives mourn "
        "beside the coffin of a victim, Herat, August 2, 2022.",
        1,
        [("A", None, ("a Shiite mosque",))],
        ("Islamic State",),
    ),
    # --- 26-29: air campaigns in the background, capabilities and air strikes named as a cause ---
    (
        "RIYADH (Reuters) - Houthi fighters fired a ballistic missile at the Saudi city of Jizan on Tuesday, the "
        "coalition said, adding that it had been intercepted. The coalition has carried out thousands of air "
        "strikes in Yemen since March 2015. Its air force, equipped with F-15s and Tornados, can strike targets "
        'anywhere in the country. "The missile was aimed at civilian areas," coalition spokesman Turki al-Malki said.',
        # Written as one incident and no air strike; dev's annotators count a coalition's strikes over a year ("has
        # launched almost 8,000 strikes against ISIL") as an event, so the count is left unchecked here.
        None,
        [("A", "Houthi", ("Jizan",))],
        (),
    ),
    (
        "SAADA, Yemen (AP) - Houthi gunmen attacked a checkpoint manned by government-allied tribesmen east of Saada "
        "on Wednesday, killing five, tribal sources said. The attack came a day after a Houthi commander was "
        'buried in the city. "Our people are dying because of the air strikes and the blockade," a Houthi '
        "spokesman, Mohammed Abdulsalam, told Al Masirah television. Fighting in the north has displaced thousands.",
        1,
        [("A", "Houthi", ("a checkpoint",))],
        ("AIRSTRIKE",),
    ),
    (
        "TRIPOLI (Reuters) - Artillery fire hit the Abu Salim district of Tripoli overnight, killing four civilians, "
        "health officials said. NATO's 2011 air campaign helped rebels topple Muammar Gaddafi. Since then the "
        'country has been split between rival governments. "The shells fell on our street at two in the morning," '
        "resident Salem Ali said.",
        1,
        [("A", None, ("the Abu Salim district",))],
        ("AIRSTRIKE",),
    ),
    (
        "MAIDUGURI, Nigeria (Reuters) - Boko Haram fighters raided the town of Rann in Borno state on Monday, "
        "killing at least nine aid workers, the United Nations said. The Nigerian air force, which flies Alpha Jets "
        "and Super Tucano aircraft, is able to bomb insurgent camps across the Lake Chad region. An air strike "
        "mistakenly hit a camp for displaced people in Rann in 2017, killing more than 100. The insurgents "
        "withdrew before dawn.",
        None,
        [("A", "Boko Haram", ("the town of Rann",))],
        (),
    ),
    # --- 30-33: a vehicle that hit a mine is what was attacked; "waging"/"staged" read as "wag"/"stag" ---
    (
        "BAMAKO (Reuters) - A UN armoured vehicle struck a landmine near the northern town of Aguelhok on Saturday, "
        'killing two Chadian peacekeepers, the mission said. The blast left a crater in the road. "Our thoughts are '
        'with the families," mission chief El-Ghassim Wane said. Jihadist groups linked to al Qaeda and Islamic State '
        "are active in the area.",
        1,
        [("A", None, ("A UN armoured vehicle",))],
        (),
    ),
    (
        "LASHKAR GAH, Afghanistan (AP) - A police pickup hit a roadside bomb in the Nad Ali district of Helmand "
        "province on Monday, killing four officers, a provincial spokesman said. The Taliban claimed the bombing in "
        'a statement. "The road had been cleared only last week," said the spokesman, Omar Zwak.',
        1,
        [("A", "Taliban", ("A police pickup",))],
        (),
    ),
    (
        "ADEN (Reuters) - Southern separatists are waging a fierce assault on government positions in Abyan province, "
        "officials said on Thursday. At least 20 fighters have been killed since Tuesday, a medical source said. "
        '"They are using tanks and drones," a government commander, Brigadier Abdullah al-Subaihi, said by phone.',
        None,
        [("A", "separatists", ("government positions",))],
        (),
    ),
    (
        "KIDAL, Mali - Fighters of the Coordination of Azawad Movements staged an attack on an army camp near Anefis "
        "on Sunday, the army said. Soldiers repelled the assault after two hours of fighting. The rebel alliance "
        "signed a peace accord with the government in 2015 but withdrew from it last year.",
        None,
        [("A", "Coordination of Azawad Movements", ("an army camp",))],
        (),
    ),
]
