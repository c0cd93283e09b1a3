"""Probe texts in the style of government, military and encyclopaedic pages (issue 14): coalition and command
press releases, ministry statements, country reports on terrorism, travel advice, parliamentary research notes,
encyclopaedia pages on armed groups and battles. Written for kg; the expected events were written before kg was
run on them. Used by tests/test_extract_official.py.

PROBES: (text, events) where each expected event is (type, agent, target); "A" is the ATTACK family (ATTACK or
AIRSTRIKE), "AIR" an AIRSTRIKE, None a role not checked. NEGATIVES: texts with no asserted attack at all.
"""

from __future__ import annotations

Expected = tuple[str, str | None, str | None]

PROBES: list[tuple[str, list[Expected]]] = [
    # --- country reports on terrorism: month by month, the group named once, "it" / "the group" after ---
    (
        "Jamaat Nusrat al-Islam wal-Muslimin (JNIM) remained the most active group in Mali. In March, the group "
        "attacked a military camp in Dioura, killing 21 soldiers.",
        [("A", "Nusrat al-Islam", "a military camp")],
    ),
    (
        "Al-Shabaab continued to conduct attacks across Somalia during 2019. In December, it claimed "
        "responsibility for the truck bombing of a checkpoint in Mogadishu that killed more than 80 people.",
        [("A", "Al-Shabaab", "a checkpoint")],
    ),
    (
        "The Allied Democratic Forces (ADF) are an armed group of Ugandan origin operating in eastern Congo. "
        "The organisation was responsible for the massacre of 36 villagers in Beni territory in August 2016.",
        [("A", "Allied Democratic Forces", "36 villagers")],
    ),
    (
        "Boko Haram remained active in northeast Nigeria. In January, the group was behind the attack on "
        "Baga, in which hundreds of residents were killed.",
        [("A", "Boko Haram", "Baga")],
    ),
    (
        "Lashkar-e-Taiba (LeT) is a Pakistan-based militant organisation. It carried out the 2008 Mumbai "
        "attacks, in which 166 people died.",
        [("A", "Lashkar-e-Taiba", None)],
    ),
    (
        "Tehrik-i-Taliban Pakistan (TTP) claimed responsibility for the December 2014 attack on the Army "
        "Public School in Peshawar.",
        [("A", "Tehrik-i-Taliban Pakistan", "the Army Public School")],
    ),
    (
        "ISIS-K claimed the suicide bombing at Kabul airport in August 2021, which killed 13 US service members "
        "and at least 170 Afghans.",
        [("A", "ISIS-K", None)],
    ),
    (
        "In June, Hizballah was blamed for the bombing of a bus carrying Israeli tourists in Burgas.",
        [("A", "Hizballah", "a bus")],
    ),
    # --- nominal events with of/on/against/by frames ---
    (
        "The group's 2015 attack on the Radisson Blu hotel in Bamako left 20 people dead.",
        [("A", None, "the Radisson Blu hotel")],
    ),
    (
        "Al-Mourabitoun's attack on the Radisson Blu hotel in Bamako in November 2015 left 20 people dead.",
        [("A", "Al-Mourabitoun", "the Radisson Blu hotel")],
    ),
    (
        "The siege of Marawi by the Maute group lasted five months in 2017.",
        [("A", "the Maute group", "Marawi")],
    ),
    (
        "The bombing of the United Nations headquarters in Abuja by Boko Haram in August 2011 killed 21 people.",
        [("A", "Boko Haram", "the United Nations headquarters")],
    ),
    (
        "The coalition launched the operation in retaliation for the killing of three soldiers by Houthi "
        "fighters near the border.",
        [("A", "Houthi fighters", "three soldiers")],
    ),
    (
        "An assault by Taliban fighters on the provincial capital of Kunduz in September 2015 briefly "
        "overran the city.",
        [("A", "Taliban fighters", None)],
    ),
    # --- habitual statements about real attacks ---
    (
        "Since 2013, the Ansaru faction has carried out numerous attacks on security forces in Kaduna State.",
        [("A", "Ansaru", "security forces")],
    ),
    (
        "The Arakan Army has repeatedly attacked Tatmadaw outposts in Rakhine State since late 2018.",
        [("A", "The Arakan Army", "Tatmadaw outposts")],
    ),
    (
        "The Islamic State West Africa Province (ISWAP) frequently ambushes military convoys on the "
        "Maiduguri-Damboa road.",
        [("A", "Islamic State West Africa Province", "military convoys")],
    ),
    # --- lists of attacks on encyclopaedia pages ---
    (
        "Attacks attributed to the group include the bombing of the Marriott hotel in Islamabad in 2008 and "
        "the assassination of Benazir Bhutto in 2007.",
        [("A", None, "the Marriott hotel")],
    ),
    (
        "Notable attacks by the Pakistani Taliban include the 2014 Peshawar school massacre, the 2016 Lahore "
        "park bombing and the 2009 attack on the Sri Lankan cricket team.",
        [("A", "the Pakistani Taliban", None)],
    ),
    # --- military press releases ---
    (
        "Coalition military forces conducted 12 strikes against ISIS targets in Syria on Tuesday. Near Abu "
        "Kamal, four strikes engaged an ISIS tactical unit and destroyed two fighting positions.",
        [("A", "Coalition military forces", "ISIS targets"), ("A", None, "an ISIS tactical unit")],
    ),
    (
        "U.S. Africa Command conducted an airstrike against al-Shabaab militants near Jilib, Somalia, on "
        "March 3, the command said in a statement.",
        [("AIR", "U.S. Africa Command", "al-Shabaab militants")],
    ),
    (
        "Iraqi Security Forces, supported by coalition aircraft, raided an ISIS hideout in the Hamrin "
        "mountains, killing five terrorists.",
        [("A", "Iraqi Security Forces", "an ISIS hideout")],
    ),
    (
        "The Ministry of Defence can confirm that RAF Typhoons struck a Daesh-held building near Mosul on Saturday.",
        [("AIR", "RAF Typhoons", "a Daesh-held building")],
    ),
    # --- foreign ministry statements: the attack is an event, the condemnation is not ---
    (
        "The Ministry of Foreign Affairs strongly condemns the terrorist attack carried out by Hamas against "
        "Israeli civilians on 7 October.",
        [("A", "Hamas", "Israeli civilians")],
    ),
    (
        "Pakistan condemns the cowardly attack on a police checkpoint in Dera Ismail Khan, in which seven "
        "policemen were martyred.",
        [("A", None, "a police checkpoint")],
    ),
    (
        "The Foreign Office condemns in the strongest terms the attack by Houthi forces on a commercial vessel "
        "in the Red Sea on 12 January.",
        [("A", "Houthi forces", "a commercial vessel")],
    ),
    # --- encyclopaedic history paragraphs: years, aliases, the page's subject far from the trigger ---
    (
        "Harakat al-Shabaab al-Mujahideen, commonly known as al-Shabaab, emerged in 2006. In 2010, the "
        "organisation carried out twin bombings in Kampala that killed 74 people watching the World Cup final.",
        [("A", "Harakat al-Shabaab al-Mujahideen", None)],
    ),
    (
        "The Moro Islamic Liberation Front (MILF) split from the MNLF in 1977. Its fighters attacked the town "
        "of Kauswagan in 2000.",
        [("A", "Moro Islamic Liberation Front", "the town of Kauswagan")],
    ),
    (
        "The Battle of Mosul began in October 2016, when Iraqi government forces and Kurdish Peshmerga launched "
        "an offensive to retake the city from ISIL.",
        [("A", "Iraqi government forces", None)],
    ),
    (
        "During the Battle of Sirte in 2016, forces aligned with the Government of National Accord besieged the "
        "Islamic State's last stronghold in Libya.",
        [("A", "forces aligned with the Government of National Accord", None)],
    ),
    (
        "In 2014, ISIL captured Mosul, Iraq's second largest city, after the Iraqi army withdrew.",
        [("A", "ISIL", "Mosul")],
    ),
    (
        "The town was overrun by Hayat Tahrir al-Sham fighters in January 2019.",
        [("A", "Hayat Tahrir al-Sham fighters", "The town")],
    ),
    # --- parliamentary research notes ---
    (
        "Hezbollah has been linked to the 1994 bombing of the AMIA Jewish community centre in Buenos Aires, "
        "which killed 85 people.",
        [("A", "Hezbollah", "the AMIA Jewish community centre")],
    ),
    (
        "The PKK resumed its armed campaign in July 2015; since then its militants have attacked police "
        "stations and army convoys in the south-east.",
        [("A", "Kurdistan Workers' Party", "police stations")],
    ),
    (
        "In 2017 Ansar al-Sunna militants began attacking villages and police posts in Cabo Delgado province.",
        [("A", "Ansar al-Sunna militants", "villages")],
    ),
    (
        "The 2019 Easter bombings in Sri Lanka were carried out by National Thowheeth Jama'ath, a local "
        "Islamist group.",
        [("A", "National Thowheeth Jama'ath", None)],
    ),
    # --- travel advice: real past attacks named ---
    (
        "Terrorists have carried out attacks in Burkina Faso, including in Ouagadougou in 2016 and 2018. On "
        "15 January 2016, gunmen attacked the Splendid Hotel and a nearby cafe, killing 30 people.",
        [("A", "gunmen", "the Splendid Hotel")],
    ),
    # --- passive constructions far from the name ---
    (
        "Two police stations in Tillaberi region were attacked in May by fighters of the Islamic State in the "
        "Greater Sahara.",
        [("A", "fighters of the Islamic State in the Greater Sahara", "Two police stations")],
    ),
    (
        "Forty soldiers were killed when their base in Inates was stormed by militants in December 2019.",
        [("A", "militants", "their base")],
    ),
    # --- responsible/behind/claimed + event noun ---
    (
        "The Taliban claimed the ambush of a National Army convoy in Helmand province, which killed 12 soldiers.",
        [("A", "The Taliban", "a National Army convoy")],
    ),
    (
        "Authorities held the Baloch Liberation Army responsible for the attack on the Chinese consulate in "
        "Karachi in November 2018.",
        [("A", "the Baloch Liberation Army", "the Chinese consulate")],
    ),
    (
        "Investigators concluded that Jaish-e-Mohammed was behind the suicide bombing of a paramilitary convoy "
        "in Pulwama in February 2019.",
        [("A", "Jaish-e-Mohammed", "a paramilitary convoy")],
    ),
    # --- second batch: longer and messier, names the small model rarely knows ---
    (
        "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad, better known as Boko Haram, was founded in Maiduguri in "
        "2002. In April 2014 the group abducted 276 schoolgirls from Chibok; in January 2015, its fighters "
        "overran the town of Baga and the base of the Multinational Joint Task Force.",
        [("A", "Boko Haram", "the town of Baga")],
    ),
    (
        "Katiba Macina, a component of JNIM led by Amadou Koufa, has targeted Malian soldiers and village "
        "militias in the Mopti region since 2015.",
        [("A", "Katiba Macina", "Malian soldiers")],
    ),
    (
        "The Hurras al-Din organisation was formed in 2018 by al-Qaeda loyalists. The organisation claimed "
        "several attacks on Russian and Syrian government positions in Latakia in 2019.",
        [("A", "Hurras al-Din", None)],
    ),
    (
        "Ahlu Sunnah wal Jamaah, known locally as al-Shabaab, has waged an insurgency in Cabo Delgado since "
        "October 2017. In March 2021 its fighters stormed the town of Palma, killing dozens of civilians.",
        [("A", "Ahlu Sunnah wal Jamaah", "the town of Palma")],
    ),
    (
        "The Ministry of Defence said that, in retaliation for the ambush on its patrol near Tessit, the army "
        "had conducted an air strike on a terrorist hideout.",
        [("A", None, "its patrol"), ("AIR", "the army", "a terrorist hideout")],
    ),
    (
        "Since its founding, the Front has been responsible for dozens of bombings, kidnappings and "
        "assassinations, among them the 1999 bombing of a bus station in Lagos.",
        [("A", None, "a bus station")],
    ),
    (
        "On 12 May 2017, Indian forces said that militants of Hizbul Mujahideen had attacked a Border Security "
        "Force post in the Kupwara district overnight.",
        [("A", "Hizbul Mujahideen", "a Border Security Force post")],
    ),
    (
        "The embassy strongly condemns yesterday's attack against the headquarters of the electoral commission "
        "in Kandahar, for which the Taliban have claimed responsibility.",
        [("A", "the Taliban", "the headquarters of the electoral commission")],
    ),
    (
        "The National Liberation Army (ELN) bombed the Cano Limon-Covenas pipeline at least 40 times in 2018, "
        "according to the Colombian ministry of defence.",
        [("A", "National Liberation Army", "the Cano Limon-Covenas pipeline")],
    ),
    (
        "The militia is believed to have carried out the massacre of more than 150 Fulani herders in the "
        "village of Ogossagou in March 2019.",
        [("A", "The militia", "more than 150 Fulani herders")],
    ),
    (
        "Coalition aircraft struck an ISIL command node near Hajin on 3 December, the Combined Joint Task "
        "Force said, and destroyed two weapons caches.",
        [("AIR", "Coalition aircraft", "an ISIL command node")],
    ),
    (
        "During the 2006 war, Hezbollah fired around 4,000 rockets at northern Israel.",
        [("A", "Hezbollah", "northern Israel")],
    ),
    (
        "Tahrir al-Sham fighters and allied factions launched a counteroffensive against government forces "
        "in northern Hama in June 2019.",
        [("A", "Tahrir al-Sham fighters", "government forces")],
    ),
    (
        "Attacks on humanitarian workers rose in 2020; in one of them, gunmen from the Islamic State in the "
        "Greater Sahara killed six French aid workers and their two Nigerien guides near Koure.",
        [("A", "gunmen from the Islamic State in the Greater Sahara", "six French aid workers")],
    ),
    # --- third batch: targets given by the frame around the event noun ---
    (
        "Villagers in the Nuba Mountains have suffered repeated bombardment by Sudanese air force Antonovs.",
        [("A", None, "Villagers")],
    ),
    (
        "The massacre was a deliberate assault on unarmed worshippers at the central mosque in Kukawa.",
        [("A", None, "unarmed worshippers")],
    ),
    (
        "Its militants raid Christian villages in southern Kaduna on a regular basis.",
        [("A", None, "Christian villages")],
    ),
    (
        "The CODECO militia has carried out dozens of raids in Djugu territory and against camps for displaced "
        "people since 2018.",
        [("A", "CODECO", "camps for displaced people")],
    ),
    (
        "Ten peacekeepers died in an ambush on a supply convoy near the town of Aguelhok, for which the "
        "al-Qaeda affiliate JNIM claimed responsibility.",
        [("A", "JNIM", "a supply convoy")],
    ),
    # --- fourth batch: operations known by their outcome, raids on the police, partners in a deed ---
    (
        "In September, French forces launched an operation in the Dangarous forest that resulted in the death of "
        "Abu Walid, the leader of the Sahel branch.",
        [("A", "French forces", "Abu Walid")],
    ),
    (
        "A joint operation by the Kenya Defence Forces killed 11 al-Shabaab fighters near the Boni forest.",
        [("A", "Kenya Defence Forces", "11 al-Shabaab fighters")],
    ),
    (
        "In January 2018 a ground offensive was launched by the Turkish army against Kurdish YPG "
        "positions around Afrin.",
        [("A", "the Turkish army", "Kurdish YPG positions")],
    ),
    (
        "The raid on the gendarmerie post at Boni was claimed by the Macina Liberation Front.",
        [("A", "the Macina Liberation Front", "the gendarmerie post")],
    ),
    (
        "In 2012 the MNLA joined Ansar Dine in attacks on army garrisons at Aguelhok and Tessalit.",
        [("A", "MNLA", "army garrisons"), ("A", "Ansar Dine", None)],
    ),
    (
        "Ansaroul Islam fighters took part in the raids on police stations in Djibo and Arbinda.",
        [("A", "Ansaroul Islam fighters", "police stations")],
    ),
    # --- fifth batch: the page's subject against the group it pledged to, named groups the NER calls people ---
    (
        "The Allied Democratic Forces (ADF) is a rebel group active in North Kivu. The ADF pledged allegiance "
        "to the Islamic State in 2019. Since then, it has killed hundreds of civilians in Beni territory.",
        [("A", "Allied Democratic Forces", "hundreds of civilians")],
    ),
    (
        "Jamaat Ansar al-Sunna is a militant group in northern Mozambique. In 2019 the group aligned itself with "
        "the Islamic State. In March 2021, its fighters attacked the town of Palma.",
        [("A", "Jamaat Ansar al-Sunna", "the town of Palma")],
    ),
]

NEGATIVES: list[str] = [
    "The United Kingdom calls on all parties to cease attacks on civilians and to respect international "
    "humanitarian law.",
    "Al-Shabaab was designated as a Foreign Terrorist Organization by the Department of State in March 2008.",
    "The Treasury imposed sanctions on five financiers who raised money for Hizballah.",
    "The Global Coalition remains committed to the fight against ISIS in Iraq and Syria.",
    "The programme supports counter-terrorism capacity building for police forces in the Sahel.",
    "A terrorist attack is defined as the use of violence against civilians to achieve a political aim.",
    "Travellers should avoid large gatherings, which could be targets for terrorist attacks.",
    "The Committee urges the Government to strengthen measures to prevent attacks on schools.",
    "The Syrian civil war has killed more than 500,000 people since 2011.",
    "Counter-terrorism operations against the group are led by the national police.",
    "The United States will continue to support Iraq in its efforts to defeat ISIS.",
    "The group is listed as a proscribed organisation under the Terrorism Act 2000 because it commits and "
    "prepares for acts of terrorism.",
    "The Security Council reaffirmed that any acts of terrorism are criminal and unjustifiable.",
    "The report recommends that the armed forces investigate all allegations of attacks on hospitals.",
    "The Council renewed sanctions on three militia commanders accused of abductions and killings of "
    "civilians in Darfur.",
    "Two of the detainees are charged with attacks on polling stations.",
    "The operation was a success, the ministry said, and no soldiers were hurt.",
    "Police opened an investigation after the death of a local trader in the market.",
    "The Ethiopian government accuses the OLA of massacres in western Oromia.",
]
