"""Probe texts for where an event happened, written for kg in the styles of real reports (wire windows,
monitoring notes, incident summaries, official pages). Each is (text, event types, the place the event
is in). Used by tests/test_extract_places.py."""

from __future__ import annotations

VIOLENT = ("ATTACK", "AIRSTRIKE")

PROBES: list[tuple[str, tuple[str, ...], str]] = [
    # --- wire: datelines, the lead taking the dateline, later sentences the place before ---
    (
        "MOGADISHU, Somalia (AP) — A suicide car bomber rammed a checkpoint near the parliament building on "
        "Saturday, killing at least nine people, police said. Al-Shabaab claimed the attack in a statement.",
        VIOLENT,
        "Mogadishu",
    ),
    (
        "BAGHDAD, Jan 5 (Reuters) - Gunmen opened fire on an army patrol overnight, killing two soldiers, "
        "security sources said. The Interior Ministry blamed Islamic State remnants.",
        VIOLENT,
        "Baghdad",
    ),
    (
        "KABUL — Taliban fighters stormed a police compound before dawn on Tuesday and held out for six hours, "
        "the interior ministry said.",
        VIOLENT,
        "Kabul",
    ),
    (
        "MAIDUGURI, Nigeria, Feb 11 (Reuters) - Boko Haram insurgents attacked Dalori village on the outskirts "
        "of the city on Sunday night, burning huts and killing at least 30 people, residents said.",
        VIOLENT,
        "Dalori",
    ),
    (
        "ADEN (Reuters) - Southern separatists and government troops fought with tanks and artillery in the "
        "Khor Maksar district on Wednesday, residents said, the third day of clashes in the port city.",
        VIOLENT,
        "Khor Maksar",
    ),
    (
        "Security forces have been on alert across Balochistan since last month. On Friday, militants ambushed "
        "a Frontier Corps convoy near Turbat, killing four soldiers, the military's media wing said.",
        VIOLENT,
        "Turbat",
    ),
    (
        "Fighting has intensified around Marib in recent weeks. Houthi forces fired ballistic missiles at a "
        "government camp on Monday, killing at least 14 soldiers, a military official said.",
        VIOLENT,
        "Marib",
    ),
    # --- "in X province/district/governorate", "X's Y district" ---
    (
        "Unknown gunmen shot dead a tribal elder in Khost province's Sabari district late on Thursday, "
        "a provincial spokesman said.",
        VIOLENT,
        "Sabari",
    ),
    (
        "A roadside bomb struck a police vehicle in Mogadishu's Hodan district, wounding three officers.",
        VIOLENT,
        "Hodan",
    ),
    (
        "Islamic State fighters attacked an army outpost in Diyala governorate overnight, killing an officer "
        "and two soldiers, the Security Media Cell said.",
        VIOLENT,
        "Diyala",
    ),
    (
        "Militants torched a girls' school in the Datta Khel district of North Waziristan on Wednesday.",
        VIOLENT,
        "Datta Khel",
    ),
    # --- near / outside / on the outskirts of ---
    (
        "Separatist artillery shelled a row of houses outside Avdiivka on Sunday, wounding two civilians, "
        "regional officials said.",
        VIOLENT,
        "Avdiivka",
    ),
    (
        "Two policemen were killed when gunmen ambushed their patrol on the outskirts of Peshawar early on Monday.",
        VIOLENT,
        "Peshawar",
    ),
    # --- the town of an attacked facility ---
    (
        "Gunmen attacked a checkpoint in Arish on Sunday, killing five policemen, security sources said.",
        VIOLENT,
        "Arish",
    ),
    (
        "Suspected ADF rebels raided a health centre in the village of Mamove, Beni territory, killing seven.",
        VIOLENT,
        "Mamove",
    ),
    (
        "A suicide bomber blew himself up inside a mosque in the village of Mandarari, Konduga LGA, during "
        "dawn prayers.",
        VIOLENT,
        "Mandarari",
    ),
    # --- monitoring notes ---
    (
        "On 3 May 2020, unidentified gunmen attacked Tamou (Say, Tillaberi), killing 2 civilians and "
        "looting livestock.",
        VIOLENT,
        "Tamou",
    ),
    (
        "On 14 June 2021, Myanmar military forces shelled the village of Hpa Lu in Hpapun township "
        "(Kayin state). 3 civilians were killed. Fatalities coded as reported.",
        VIOLENT,
        "Hpa Lu",
    ),
    (
        "Around 21 August 2019, Al Shabaab militants attacked a KDF base at Baure (Lamu, Kenya). Casualties unknown.",
        VIOLENT,
        "Baure",
    ),
    (
        "On 9 February 2022, JNIM militants ambushed a convoy of gendarmes between Dori and Seytenga "
        "(Seno, Sahel). 9 gendarmes were killed.",
        VIOLENT,
        "Dori",
    ),
    # --- incident summaries ---
    (
        "An explosive device detonated near a bus carrying pilgrims in Quetta city, Balochistan province, "
        "Pakistan. At least six people were killed and 14 others were injured in the blast. No group claimed "
        "responsibility for the incident.",
        VIOLENT,
        "Quetta",
    ),
    (
        "Assailants opened fire on worshippers at a church in Owo town, Ondo state, Nigeria. At least 40 "
        "people were killed. No group claimed responsibility; however, authorities attributed the attack to "
        "the Islamic State West Africa Province.",
        VIOLENT,
        "Owo",
    ),
    (
        "Assailants abducted and later killed a village chief in Mopti region, Mali. The victim's body was "
        "recovered on the following day.",
        VIOLENT,
        "Mopti",
    ),
    # --- official pages and military press releases ---
    (
        "Near Al Qaim, two strikes engaged an ISIS tactical unit and destroyed a vehicle bomb factory.",
        VIOLENT,
        "Al Qaim",
    ),
    (
        "Coalition aircraft conducted five strikes in support of the Mosul operations on Tuesday.",
        VIOLENT,
        "Mosul",
    ),
    (
        "The March 17 Mosul airstrike killed more than 100 civilians, a Pentagon investigation found.",
        VIOLENT,
        "Mosul",
    ),
    (
        "Iraqi forces continued the battle for Tal Afar, supported by coalition air strikes.",
        VIOLENT,
        "Tal Afar",
    ),
    # --- the previous sentence's place, and where it must stop ---
    (
        "Clashes erupted in Tripoli's southern suburbs on Friday. Militias loyal to the government shelled "
        "positions held by Haftar's forces, residents said.",
        VIOLENT,
        "Tripoli",
    ),
    (
        "KABUL (Reuters) - A suicide bomber struck a Shi'ite mosque in western Kabul during Friday prayers, "
        "officials said. At least 30 worshippers were killed and dozens wounded. Witnesses said a second "
        "attacker then opened fire on survivors.",
        VIOLENT,
        "Kabul",
    ),
    (
        "Al-Shabaab gunmen stormed a seafront hotel in Somalia's capital on Friday, killing at least 12 people.",
        VIOLENT,
        "Somalia's capital",
    ),
    (
        "An IED planted by Maoist rebels exploded under a mine-protected vehicle of the Border Security Force "
        "(BSF) in Kanker district, Chhattisgarh, India. Four BSF personnel were killed.",
        VIOLENT,
        "Kanker",
    ),
    (
        "Carter praised the prime minister for the performance of Iraqi security forces in the ongoing fight "
        "for Mosul, which began in October with coalition air strikes.",
        VIOLENT,
        "Mosul",
    ),
    (
        "The 2016 Nice attack was carried out by a Tunisian resident who drove a truck into crowds.",
        VIOLENT,
        "Nice",
    ),
    (
        "Militants fired rockets into villages across Balochistan overnight, the Frontier Corps said.",
        VIOLENT,
        "Balochistan",
    ),
    (
        "Heavy fighting was reported in Sirte on Tuesday. Meanwhile, in Benghazi, a car bomb exploded outside "
        "a hospital, killing seven.",
        VIOLENT,
        "Benghazi",
    ),
    # --- defection and allegiance news: the doer's own place, where the defector went ---
    (
        "A faction of the Abu Sayyaf group in Basilan pledged allegiance to the Islamic State in a video "
        "released on Sunday.",
        ("ALLEGIANCE",),
        "Basilan",
    ),
    (
        "Hundreds of fighters in the town of Kafr Zita pledged allegiance to Jabhat al-Nusra on Friday, an "
        "activist said.",
        ("ALLEGIANCE",),
        "Kafr Zita",
    ),
    (
        "A faction of al-Shabaab fighters in the Galgala mountains has pledged allegiance to the Islamic "
        "State's leader, according to an audio message.",
        ("ALLEGIANCE",),
        "Galgala",
    ),
    (
        "A senior Houthi commander, Ahmed al-Wazir, defected to the government side last week and was flown "
        "to Riyadh, the Saudi-owned channel reported.",
        ("DEFECTION",),
        "Riyadh",
    ),
    (
        "With the help of rebels, the former prime minister escaped to Jordan with his family days after he "
        "defected to the opposition.",
        ("DEFECTION",),
        "Jordan",
    ),
    (
        "A North Korean soldier crossed the Demilitarized Zone and defected to South Korea on Thursday.",
        ("DEFECTION",),
        "Demilitarized Zone",
    ),
    (
        "Some 120 Boko Haram fighters and their families surrendered to the Nigerian army in Borno State last "
        "week, a military spokesman said.",
        ("DEFECTION",),
        "Borno State",
    ),
    # --- the event's own clause, targets that are places, nominal events ---
    (
        "Saudi-led coalition jets carried out air raids on the Houthi-held capital Sanaa overnight, residents "
        "said, hours after the Houthis fired a missile at the Saudi city of Najran.",
        ("AIRSTRIKE",),
        "Sanaa",
    ),
    (
        "In December 1994, Russian forces stormed Grozny, the capital of the breakaway republic.",
        VIOLENT,
        "Grozny",
    ),
    (
        "Hezbollah fighters played a key role in the battle for the border town of Qusayr in 2013.",
        VIOLENT,
        "Qusayr",
    ),
    (
        "The attack on the Sousse beachfront was claimed by the Islamic State, which called the gunman one of "
        "its soldiers.",
        VIOLENT,
        "Sousse",
    ),
    # --- another moment's clause ("hours after ...", "after it dropped ...") is another event's place ---
    (
        "SANAA, Yemen (Reuters) - Saudi-led coalition jets carried out more than 20 air raids on the Houthi-held "
        "capital overnight, residents said, hours after the Houthis fired a ballistic missile toward the Saudi "
        "city of Najran.",
        ("AIRSTRIKE",),
        "Sanaa",
    ),
    (
        "Government helicopters dropped barrel bombs on rebel positions south of Maarat al-Numan, activists said.",
        ("AIRSTRIKE",),
        "Maarat al-Numan",
    ),
    (
        "Gunmen attacked a bus as it travelled through Kandahar, killing 12 people.",
        VIOLENT,
        "Kandahar",
    ),
    (
        "After Houthi fighters attacked a border post near Najran, Saudi jets responded with air strikes on the "
        "attackers, the coalition said.",
        ("AIRSTRIKE",),
        "Najran",
    ),
    # --- a fronted "Near X," that the NER swallowed into a person's name ("Near Al Shadaddi" tagged PERSON) ---
    (
        "Near Abu Khashab, one strike engaged an ISIS tactical unit and destroyed two fighting positions.",
        VIOLENT,
        "Abu Khashab",
    ),
    (
        "Near Al Mayadin, two strikes destroyed an ISIS vehicle bomb factory and a weapons cache.",
        VIOLENT,
        "Al Mayadin",
    ),
]

# (text, event types, a place named in the text that is not where the event happened)
NOT_THERE: list[tuple[str, tuple[str, ...], str]] = [
    # The medium of a claim the parser hung on the deed ("claimed the ambush in a statement on ..."): where it
    # was said, not where it happened.
    (
        "Harakat al-Wafa claimed responsibility for the ambush in a statement on its Sawt al-Nasr radio station.",
        VIOLENT,
        "Sawt al-Nasr radio station",
    ),
    (
        "The Jund al-Qamar group claimed the bombing of the convoy in a message on its Telegram channel.",
        VIOLENT,
        "Telegram channel",
    ),
    (
        "The minister was in Kandahar on Monday to meet tribal elders. Separately, gunmen killed two "
        "policemen at a checkpoint, officials said.",
        VIOLENT,
        "Kandahar",
    ),
    (
        "The United States condemned the attack on a hospital, which killed 20 people, in a statement "
        "issued in Washington.",
        VIOLENT,
        "Washington",
    ),
    (
        "Gunmen killed three aid workers in the north of the country on Tuesday, the UN spokesman told "
        "reporters in Geneva.",
        VIOLENT,
        "Geneva",
    ),
    (
        "Azerbaijan and Armenia accused each other of shelling civilian areas as clashes between Armenian "
        "and Azerbaijani forces entered a third day.",
        VIOLENT,
        "Armenia",
    ),
    # --- the sentence before set no scene: several places ---
    (
        "The group has cells in France, Belgium and Germany, officials said. Russian, Syrian and US airstrikes "
        "against its leaders have prompted reprisals.",
        ("AIRSTRIKE",),
        "France",
    ),
    (
        "Saudi-led coalition jets carried out air raids on the Houthi-held capital Sanaa overnight, residents "
        "said, hours after the Houthis fired a missile at the Saudi city of Najran.",
        ("AIRSTRIKE",),
        "Najran",
    ),
    (
        "SANAA, Yemen (Reuters) - Saudi-led coalition jets carried out more than 20 air raids on the Houthi-held "
        "capital overnight, residents said, hours after the Houthis fired a ballistic missile toward the Saudi "
        "city of Najran.",
        ("AIRSTRIKE",),
        "Najran",
    ),
]
