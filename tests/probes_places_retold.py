"""Session 16's probe texts for where an event happened, written before kg's place code was read: five-sentence wire
windows whose deed names no place (the place in the dateline, a heading or a later sentence that takes the deed up
again: "The depot is in the town of Klintsy"), official reports and monitoring digests naming several places in one
sentence (the village, its district and province, the town the wounded were taken to, the base the jets flew from,
the capital where a statement was issued), places as roads, borders, outskirts, bearings, camps, markets and
checkpoints, headings and windows of several incidents; a third name invented villages and districts. Each is (text,
event types, the place the event is in); NOT_THERE holds places the texts name that the event is not in. Used by
tests/test_extract_places_retold.py."""

from __future__ import annotations

VIOLENT = ("ATTACK", "AIRSTRIKE")
DEFECTING = ("DEFECTION",)

PROBES: list[tuple[str, tuple[str, ...], str]] = [
    (
        (
            "KHOST, Afghanistan (Reuters) - A suicide bomber blew himself up outside a mosque during Friday "
            "prayers, killing at least 12 worshippers, officials said. The bomber walked up to the gate as the "
            "crowd left. Provincial spokesman Talib Mangal said 30 more were wounded. No group claimed the "
            "attack. Khost borders Pakistan's North Waziristan region."
        ),
        VIOLENT,
        "Khost",
    ),
    (
        (
            "Gunmen on motorcycles stormed a cattle market on Sunday and opened fire on traders, killing nine "
            "people. The attackers also made off with hundreds of cows. The market at Dangote Tasha lies in "
            "Bakura local government area of Zamfara State. Police spokesman Mohammed Shehu said troops had been "
            "deployed. Residents said the gunmen came from the forest."
        ),
        VIOLENT,
        "Dangote Tasha",
    ),
    (
        (
            "Rebels ambushed a supply convoy on Tuesday, killing four soldiers and burning two trucks. The attack"
            " happened about 20 km from Kalehe on the road to Bukavu, an army spokesman said. The convoy was "
            "carrying food for troops in the highlands. The army has been fighting several militias in South Kivu"
            " for years. Aid groups suspended work along the road."
        ),
        VIOLENT,
        "Kalehe",
    ),
    (
        (
            "Islamic State claims attack on Iraqi army post. Militants attacked an army post overnight, killing "
            "three soldiers and wounding five, security sources said. The post is near the village of Albu "
            "Hayyat, north of Samarra. Islamic State said in a statement on its Amaq news agency that its "
            "fighters carried out the attack. Iraq declared victory over the group in 2017."
        ),
        VIOLENT,
        "Albu Hayyat",
    ),
    (
        (
            "BAMAKO (Reuters) - Suspected jihadists killed 17 soldiers in an attack on an army camp in central "
            "Mali on Thursday, the army said. The assailants arrived in pick-up trucks at dawn. The camp at "
            "Tenenkou was partly burned. Bamako has struggled to contain the violence."
        ),
        VIOLENT,
        "Tenenkou",
    ),
    (
        (
            "Two rockets struck near a U.S. base on Wednesday evening, the coalition said. Nobody was hurt. The "
            "rockets hit an empty field near Camp Taji, north of Baghdad. Iraqi security forces found the "
            "launchers in a nearby orchard. Washington blames Iran-backed militias for such attacks."
        ),
        VIOLENT,
        "Camp Taji",
    ),
    (
        (
            "The army said on Saturday its jets had bombed militant hideouts, killing 22 fighters. The strikes "
            "targeted compounds in the Datta Kot area close to the Afghan border. Islamabad has stepped up "
            "operations since a school attack. Military spokesman Asif Ghafoor said five hideouts were destroyed."
        ),
        VIOLENT,
        "Datta Kot",
    ),
    (
        (
            "A bomb hidden in a handcart exploded at a busy bus stand, wounding 14 people, police said. The blast"
            " occurred in Sohrabgarh town of Mulhar district in the morning rush hour. Police said they suspected"
            " separatists. Security was tightened across the state."
        ),
        VIOLENT,
        "Sohrabgarh",
    ),
    (
        (
            "Insurgents attacked a police checkpoint overnight, killing six officers. Two attackers were killed "
            "in the gunfight that followed. The checkpoint guards the main road into Lashkar Gah, the capital of "
            "Helmand province, officials said. The Taliban claimed responsibility."
        ),
        VIOLENT,
        "Helmand",
    ),
    (
        (
            "Militants opened fire on worshippers leaving a church on Sunday, killing five people. Witnesses said"
            " the gunmen fled into the bush. The attack in Kumbiri, a farming village in Haruna district, was the"
            " third this month. Local officials appealed for more troops."
        ),
        VIOLENT,
        "Kumbiri",
    ),
    (
        (
            "MOSCOW (AP) - Ukrainian drones struck an oil depot overnight, setting it ablaze, the regional "
            "governor said. The depot is in the town of Klintsy in Russia's Bryansk region. Nobody was injured, "
            "Governor Alexander Bogomaz said. Moscow did not comment."
        ),
        VIOLENT,
        "Klintsy",
    ),
    (
        (
            "Security forces came under fire as they searched houses on Monday, and one soldier was killed, "
            "police said. The operation was under way in Tral in south Kashmir's Pulwama district. Two militants "
            "were believed trapped. Internet was suspended in the area."
        ),
        VIOLENT,
        "Tral",
    ),
    (
        (
            "Attackers set fire to a primary school and beat two teachers overnight, residents said. The school "
            "serves about 300 children in Mbaliko, a village some 30 km south of Bouar. The teachers were taken "
            "to hospital in Bouar. UN peacekeepers said they were investigating."
        ),
        VIOLENT,
        "Mbaliko",
    ),
    (
        (
            "Gunmen kidnapped and later shot dead a local councillor, his family said on Wednesday. He was seized"
            " at his farm on the outskirts of Tallatta, a town in the east of the country. His body was found on "
            "Tuesday. Nobody has claimed the killing."
        ),
        VIOLENT,
        "Tallatta",
    ),
    (
        (
            "Fighters of the Ahrar Brigade crossed the river at night and attacked government positions, a "
            "monitoring group said. The assault on the Qasr Hilal crossing over the Euphrates killed 11 soldiers."
            " The group controls much of the east bank."
        ),
        VIOLENT,
        "Qasr Hilal",
    ),
    (
        (
            "Yemen's Houthis said they fired a ballistic missile at an airport in southern Saudi Arabia. The "
            "Saudi-led coalition said its air defences intercepted the missile over Jazan. Debris fell on a "
            "residential area, wounding two civilians. Sanaa has been under Houthi control since 2014."
        ),
        VIOLENT,
        "southern Saudi Arabia",
    ),
    (
        (
            "A roadside bomb killed three soldiers on patrol on Monday. The bomb went off on the Gao-Ansongo "
            "road, the army said. A fourth soldier was seriously wounded and flown to Gao. The army blamed an al "
            "Qaeda affiliate."
        ),
        VIOLENT,
        "Gao-Ansongo road",
    ),
    (
        (
            "Police said a gang of armed robbers raided a bank and shot a guard dead on Friday. The robbery took "
            "place in the market town of Ikot Abasi. The robbers escaped on speedboats. Police in Uyo said two "
            "suspects had been arrested."
        ),
        VIOLENT,
        "Ikot Abasi",
    ),
    (
        (
            "CAIRO - Militants attacked a checkpoint in North Sinai on Saturday, killing seven soldiers, the army"
            " said in a statement. The attack was west of El-Arish. Ten militants were killed. Cairo has fought "
            "an insurgency in the peninsula for years."
        ),
        VIOLENT,
        "El-Arish",
    ),
    (
        (
            "An air strike hit a wedding party, killing 23 guests, local officials said. Residents of Bani Qais "
            "in Hajjah province said the planes struck twice. The coalition said it would investigate. Sanaa's "
            "health ministry gave a higher toll."
        ),
        VIOLENT,
        "Bani Qais",
    ),
    (
        (
            "Armed men attacked a camp for displaced people overnight, killing at least 14, the UN said. Most of "
            "the dead were women and children. The camp at Plaine Savo, in Djugu territory, shelters some 20,000 "
            "people. The UN blamed the CODECO militia."
        ),
        VIOLENT,
        "Plaine Savo",
    ),
    (
        (
            "Heavy fighting broke out on Tuesday as government troops attacked rebel positions. Rebels said they "
            "had repelled the assault near Ngozambe. Government officials in the capital said the army took the "
            "hills above the town. Thousands fled towards the border with Rwanda."
        ),
        VIOLENT,
        "Ngozambe",
    ),
    (
        (
            "A soldier defected to the rebels with his weapon on Monday, a rebel commander said. The soldier left"
            " his post at the Marjat checkpoint and crossed the lines. He was the fourth to desert this month."
        ),
        DEFECTING,
        "Marjat",
    ),
    (
        (
            "A senior officer has defected to the opposition, the rebels said on Sunday. Colonel Fares al-Ahmad "
            "announced his defection in a video filmed in Idlib. He said he had served in Hama for twelve years."
        ),
        DEFECTING,
        "Idlib",
    ),
    (
        (
            "Israeli aircraft struck targets in the Gaza Strip early on Saturday, the army said, after rockets "
            "were fired from the enclave. Palestinian witnesses said the strikes hit a site in Khan Younis. There"
            " were no reports of casualties."
        ),
        VIOLENT,
        "Khan Younis",
    ),
    (
        (
            "Shelling killed two children and wounded their mother on Friday, local officials said. The shells "
            "landed on a house in Kamyanka, a village outside Avdiivka. Kyiv and Moscow blamed each other."
        ),
        VIOLENT,
        "Kamyanka",
    ),
    (
        (
            "Pirates attacked a cargo ship and kidnapped ten crew, the shipping company said. The attack happened"
            " about 40 nautical miles off the coast of Sao Tome. The company said the ship was sailing from Lome."
        ),
        VIOLENT,
        "Sao Tome",
    ),
    (
        (
            "Suspected herders attacked farmers on Thursday night, killing 11 people and burning houses. The "
            "victims were buried on Friday in Jos. The attack was in Rukuba, a village in Bassa local government "
            "area, a community leader said."
        ),
        VIOLENT,
        "Rukuba",
    ),
    (
        (
            "Unidentified gunmen shot dead a journalist outside his home on Tuesday, police said. He worked for a"
            " radio station in Tegucigalpa. He was killed in Choloma, near San Pedro Sula, where he had lived for"
            " ten years."
        ),
        VIOLENT,
        "Choloma",
    ),
    (
        (
            "Militants fired on a police van, killing two constables, and fled. The constables were returning "
            "from court duty. The incident occurred near the Kalakot bridge in Rajouri district, police said."
        ),
        VIOLENT,
        "Rajouri",
    ),
    (
        (
            "Turkish drones struck a vehicle, killing three members of the PKK, security sources said. The strike"
            " was near the town of Sinjar in northern Iraq. Ankara regards the PKK as a terrorist group."
        ),
        VIOLENT,
        "Sinjar",
    ),
    (
        (
            "Gunmen abducted 30 passengers from a bus on Sunday. The bus was travelling from Kaduna to Abuja when"
            " it was stopped at a fake checkpoint near Katari. Police said a search was under way."
        ),
        VIOLENT,
        "Katari",
    ),
    (
        (
            "A car bomb exploded outside a hotel on Saturday, killing eight, police said. Al Shabaab said it was "
            "behind the blast at the Hayat hotel in Mogadishu's Hodan district. Gunmen then stormed the building."
        ),
        VIOLENT,
        "Hodan",
    ),
    (
        (
            "Protesters torched a police station after a man died in custody, police said. The station in Kurmuk,"
            " a town near the border with Ethiopia, was burned to the ground. Officers fled."
        ),
        VIOLENT,
        "Kurmuk",
    ),
    (
        (
            "Soldiers opened fire on protesters on Saturday, killing at least four, medics said. The "
            "demonstrators had marched on the army headquarters. The shooting was in Omdurman, across the Nile "
            "from Khartoum."
        ),
        VIOLENT,
        "Omdurman",
    ),
    (
        (
            "A U.S. drone strike killed two suspected al Qaeda militants on Thursday, tribal sources said. The "
            "missiles hit a car in al-Sawma'a district of al-Bayda province. Washington does not comment on drone"
            " strikes."
        ),
        VIOLENT,
        "al-Sawma'a",
    ),
    (
        (
            "Security forces killed five militants in a gunfight, officials said. The militants had attacked a "
            "patrol earlier in the day. Both clashes were in the forests of Kashmoli, in Borgaon block."
        ),
        VIOLENT,
        "Kashmoli",
    ),
    (
        (
            "Rebels fired mortars at the airport on Monday, forcing flights to be suspended. Two shells landed on"
            " the runway at Aden International Airport, officials said."
        ),
        VIOLENT,
        "Aden",
    ),
    (
        (
            "On 14 March 2021, JNIM militants attacked a gendarmerie post in Toeni (Tougan, Sourou), killing 3 "
            "gendarmes."
        ),
        VIOLENT,
        "Toeni",
    ),
    (
        (
            "On 2 June 2020, unidentified armed men attacked civilians in Sarambe village, near Djibasso, Kossi "
            "province, killing 4."
        ),
        VIOLENT,
        "Sarambe",
    ),
    (
        (
            "On 9 April, Al Shabaab militants ambushed AMISOM troops on the road between Afgoye and Mogadishu, "
            "near Lafole. Casualties unknown."
        ),
        VIOLENT,
        "Afgoye",
    ),
    (
        (
            "On 5 October, the Syrian regime air force struck the outskirts of Kansafra (Ariha, Idleb). No "
            "casualties reported."
        ),
        VIOLENT,
        "Kansafra",
    ),
    (
        (
            "On 11 July, Russian warplanes struck a market in the town of Maarat Misrin in Idleb countryside, "
            "killing 6 civilians."
        ),
        VIOLENT,
        "Maarat Misrin",
    ),
    (
        (
            "Around 22 May 2019 (between 20-22 May), militia fighters attacked the village of Wadi Tebun (Um "
            "Dukhun, Central Darfur) and burned houses."
        ),
        VIOLENT,
        "Wadi Tebun",
    ),
    (
        (
            "Incident summary: An explosive device detonated near a convoy of the Frontier Corps on the Turbat-"
            "Panjgur road in Kech district, Balochistan, Pakistan. Two soldiers were wounded. No group claimed "
            "responsibility."
        ),
        VIOLENT,
        "Kech",
    ),
    (
        (
            "Incident summary: Assailants opened fire on a bus carrying pilgrims at Khatnar junction, Dunga "
            "tehsil, Shivalik district, India. Seven pilgrims were killed."
        ),
        VIOLENT,
        "Khatnar",
    ),
    (
        (
            "On 20 February 2021, the MNJTF conducted air strikes against ISWAP positions on Tumbun Rego island "
            "on Lake Chad (Abadam, Borno), killing an unknown number of militants."
        ),
        VIOLENT,
        "Tumbun Rego",
    ),
    (
        (
            "On 8 August, ISWAP fighters attacked a military base in Malam Fatori, near the Niger border (Abadam,"
            " Borno). The attack was repelled."
        ),
        VIOLENT,
        "Malam Fatori",
    ),
    (
        (
            "Press release, Ministry of Defence, Kyiv. Overnight, the enemy launched 14 Shahed drones at the "
            "Odesa region. Air defence destroyed 12. Two hit port infrastructure in Izmail district."
        ),
        VIOLENT,
        "Odesa",
    ),
    (
        (
            "STATEMENT BY THE ARMY SPOKESMAN, Abuja. On 3 May, troops of Operation Hadin Kai repelled an attack "
            "by terrorists on their location at Gajiram. Several terrorists were neutralised."
        ),
        VIOLENT,
        "Gajiram",
    ),
    (
        (
            "Military press release. Yesterday, fighter aircraft of the Air Component struck a terrorist "
            "logistics base at Tumbun Fulani, on the fringes of the Sambisa forest. The strike destroyed two "
            "trucks."
        ),
        VIOLENT,
        "Tumbun Fulani",
    ),
    (
        (
            "The Ministry of Interior announced that a terrorist group attacked a border post at Tin-Akoff, in "
            "the Oudalan province, on the night of 4 to 5 May. Four soldiers died."
        ),
        VIOLENT,
        "Tin-Akoff",
    ),
    (
        (
            "UNAMA report, 2019. On 12 January, a magnetic IED attached to a civilian vehicle detonated in PD 9 "
            "of Kabul city, killing two civilians."
        ),
        VIOLENT,
        "Kabul",
    ),
    (
        (
            "According to the police report, the victim was stabbed by two men at the Shanti Nagar bus stop, "
            "within the limits of Kadri police station, Mangaluru."
        ),
        VIOLENT,
        "Kadri",
    ),
    (
        (
            "On 17 September, two rockets launched from the Syrian side hit the Golan Heights near Majdal Shams. "
            "No injuries were reported."
        ),
        VIOLENT,
        "Majdal Shams",
    ),
    (
        (
            "The Observatory documented that regime forces shelled areas in Kafr Oweid and Al-Fateera in Jabal "
            "al-Zawiya in the southern countryside of Idlib."
        ),
        VIOLENT,
        "Kafr Oweid",
    ),
    (
        (
            "SOHR: Turkish-backed factions attacked positions of SDF near Ain Issa in the northern countryside of"
            " Al-Raqqah, amid an exchange of fire."
        ),
        VIOLENT,
        "Ain Issa",
    ),
    (
        (
            "Situation report, 21 March. Armed men looted and burned the health centre in Boguila, Nana-Grebizi "
            "prefecture. Staff fled to Kabo."
        ),
        VIOLENT,
        "Boguila",
    ),
    (
        (
            "Daily digest. North Kivu: ADF rebels killed 7 civilians with machetes in Kalau village, Beni "
            "territory, on 6 May. Ituri: calm."
        ),
        VIOLENT,
        "Kalau",
    ),
    (
        (
            "Weekly update. In Cabo Delgado, insurgents raided Nangade town on 15 May and beheaded two men. In "
            "Niassa, no incidents were recorded."
        ),
        VIOLENT,
        "Nangade",
    ),
    (
        (
            "Weekly update. Mopti region: on 10 May, suspected Dozo hunters attacked the Fulani village of "
            "Tiguila, killing 9. Segou region: an IED hit a FAMa vehicle near Diabaly on 11 May."
        ),
        VIOLENT,
        "Tiguila",
    ),
    (
        (
            "Report: Between 1 and 3 June, the Tatmadaw shelled Hpa Yar village tract in Myawaddy township, Kayin"
            " State, displacing 2,000 people."
        ),
        VIOLENT,
        "Myawaddy",
    ),
    (
        (
            "Incident: On 4 April, ELN guerrillas blew up a section of the Cano Limon-Covenas pipeline in the "
            "rural area of Saravena, Arauca department."
        ),
        VIOLENT,
        "Saravena",
    ),
    (
        (
            "On 29 September 2020, armed men on motorbikes attacked a gold mining site near Kougdiguin, Titao "
            "commune, killing 5 miners."
        ),
        VIOLENT,
        "Kougdiguin",
    ),
    (
        (
            "Incident summary: Assailants threw a grenade at a police patrol in Bujumbura's Musaga neighbourhood."
            " Three officers were wounded. Authorities attributed the attack to RED-Tabara."
        ),
        VIOLENT,
        "Musaga",
    ),
    (
        (
            "On 16 December, Houthi forces fired a drone at a Saudi Aramco facility in Jizan, the coalition said,"
            " in a statement carried by the state news agency in Riyadh."
        ),
        VIOLENT,
        "Jizan",
    ),
    (
        (
            "Military statement issued in Rabat: Polisario fighters fired shells at an army position near Mahbes "
            "on Sunday. No casualties."
        ),
        VIOLENT,
        "Mahbes",
    ),
    (
        (
            "The Ministry said, in a statement from Tehran, that Israeli aircraft had struck an ammunition depot "
            "at the Imam Ali base near Albu Kamal."
        ),
        VIOLENT,
        "Albu Kamal",
    ),
    (
        (
            "In a statement on its radio station, al-Shabaab said its fighters overran a base in Bulo Marer, "
            "Lower Shabelle, killing 20 soldiers."
        ),
        VIOLENT,
        "Bulo Marer",
    ),
    (
        (
            "Police in Lagos said the suspects, arrested in Ikorodu, had attacked a petrol station in Abeokuta on"
            " 3 March."
        ),
        VIOLENT,
        "Abeokuta",
    ),
    ("Wounded civilians from the attack on Kalagwe were taken to the district hospital in Mwenga.", VIOLENT, "Kalagwe"),
    (
        "Fighter jets that took off from Hmeimim air base struck the town of Jisr al-Shughur, killing 5.",
        VIOLENT,
        "Jisr al-Shughur",
    ),
    (
        (
            "On 2 May, a MONUSCO patrol was ambushed by Mai-Mai Yakutumba fighters at Kabumbe, 15 km north of "
            "Fizi centre. One peacekeeper was killed."
        ),
        VIOLENT,
        "Fizi",
    ),
    (
        (
            "At 0500 hours on 7 June, members of the Zawadi Brigade defected to the government at Mumbwa camp in "
            "Kasese sector, the sector commander reported."
        ),
        DEFECTING,
        "Mumbwa camp",
    ),
    (
        (
            "Summary: 45 members of the Liberation Front surrendered to troops at Tembela, a village in Dirin "
            "district, and joined the army."
        ),
        DEFECTING,
        "Tembela",
    ),
    (
        (
            "On 19 March, a suicide bomber detonated his vest at a checkpoint at the entrance of Dhusamareb, "
            "Galgaduud region, killing 3 soldiers."
        ),
        VIOLENT,
        "Dhusamareb",
    ),
    (
        "On 6 May, gunmen burned 40 houses in Gidan Gero and Rafin Kada villages of Takum LGA, Taraba state.",
        VIOLENT,
        "Gidan Gero",
    ),
    (
        (
            "On the night of 12 November, RSF fighters attacked Ardamata camp for displaced people, on the "
            "outskirts of El Geneina, West Darfur."
        ),
        VIOLENT,
        "El Geneina",
    ),
    (
        "A bomb exploded on the Quetta-Chaman highway near Kuchlak on Monday, wounding four Levies personnel.",
        VIOLENT,
        "Kuchlak",
    ),
    ("Taliban fighters ambushed a police convoy on the Kabul-Kandahar highway in Zabul province.", VIOLENT, "Zabul"),
    (
        "Gunmen attacked a village near the border with Niger, killing 14 people, the regional governor said.",
        VIOLENT,
        "near the border with Niger",
    ),
    ("Militants attacked a military outpost on the outskirts of Hombori, killing five soldiers.", VIOLENT, "Hombori"),
    ("Shells fired by separatists struck a bus stop some 30 km south of Marinka, killing a woman.", VIOLENT, "Marinka"),
    ("Armed men attacked traders at the Sabon Kasuwa market in Kamba, Kebbi state.", VIOLENT, "Kamba"),
    ("Soldiers fired on villagers at a checkpoint on the Bria-Ippy axis, killing two.", VIOLENT, "Bria-Ippy"),
    ("Boko Haram fighters raided the Dalwa camp for displaced people outside Konduga.", VIOLENT, "Dalwa"),
    ("Rebels seized a ferry at the Mbandaka crossing on the Congo river and killed its captain.", VIOLENT, "Mbandaka"),
    ("Regime helicopters dropped barrel bombs on Daraya, in the Damascus countryside, on Friday.", VIOLENT, "Daraya"),
    (
        "Russian aircraft bombed the village of Tal Hadya in southern Aleppo province, the Observatory said.",
        VIOLENT,
        "Tal Hadya",
    ),
    (
        "An explosion at a checkpoint in Tuz Khurmatu killed three members of the Hashed al-Shaabi.",
        VIOLENT,
        "Tuz Khurmatu",
    ),
    (
        "Al-Shabaab militants attacked a police station in Garissa's Hulugho area, killing three officers.",
        VIOLENT,
        "Hulugho",
    ),
    ("Unknown assailants killed two farmers at Ndom Kelu, a hamlet near the town of Mokolo.", VIOLENT, "Ndom Kelu"),
    ("Fighters from the Zanga militia attacked Sorgoma, 12 km east of Birni, at dawn.", VIOLENT, "Sorgoma"),
    ("Armed bandits attacked travellers on the Funtua-Gusau road, abducting 18 people.", VIOLENT, "Funtua-Gusau"),
    (
        "A drone strike hit a house in the Mir Khel village of Datta Khel subdivision, killing four.",
        VIOLENT,
        "Mir Khel",
    ),
    (
        "Militants fired rockets at the Ein al-Asad air base in Anbar province, which hosts U.S. troops.",
        VIOLENT,
        "Ein al-Asad",
    ),
    (
        "Troops shelled the village of Wad el-Helew on the banks of the Setit river, residents said.",
        VIOLENT,
        "Wad el-Helew",
    ),
    (
        "Insurgents attacked an army post at Ruvuma bridge on the border between Mozambique and Tanzania.",
        VIOLENT,
        "Ruvuma bridge",
    ),
    ("Gunmen killed a tribal elder at a funeral in Mandikhel, a village north of Ghazni city.", VIOLENT, "Mandikhel"),
    ("Demonstrators attacked the governor's office in Nasiriyah, setting fire to the building.", VIOLENT, "Nasiriyah"),
    (
        "Separatists attacked a school in Ekona, a village between Buea and Muyuka, abducting 5 teachers.",
        VIOLENT,
        "Ekona",
    ),
    (
        "Suspected Fulani militia attacked Kwata Zawan on the outskirts of Jos, Plateau State, killing 11.",
        VIOLENT,
        "Jos",
    ),
    (
        (
            "Hezbollah fighters fired anti-tank missiles at an Israeli position near Shtula, across the border "
            "from Lebanon."
        ),
        VIOLENT,
        "Shtula",
    ),
    ("A suicide car bomb struck an army base near Ras Kamboni, close to the Kenyan border.", VIOLENT, "Ras Kamboni"),
    (
        "Two policemen were killed when militants attacked their post in the Tirah valley of Khyber district.",
        VIOLENT,
        "Tirah",
    ),
    (
        "The army's air force bombed ELN camps in the jungle along the Catatumbo river, killing 9 rebels.",
        VIOLENT,
        "Catatumbo",
    ),
    (
        "Arsonists burned a mosque in Upper Kachemak, a hamlet in Lower Zirwa sub-county, overnight.",
        VIOLENT,
        "Upper Kachemak",
    ),
    ("Al-Qaeda militants attacked a checkpoint at the entrance to Mukalla on Tuesday.", VIOLENT, "Mukalla"),
    ("Anti-balaka fighters killed 12 Muslims at the PK5 district of Bangui.", VIOLENT, "PK5"),
    ("A mortar round hit the Bakara market in Mogadishu, killing four traders.", VIOLENT, "Mogadishu"),
    ("Gunmen attacked the village of Bhaunra Khurd in Pindwal tehsil, killing a sarpanch.", VIOLENT, "Bhaunra Khurd"),
    ("Rebel fighters defected to the government side in the town of Kadugli in South Kordofan.", DEFECTING, "Kadugli"),
    ("Three soldiers who deserted near Gorlovka crossed over to the separatists.", DEFECTING, "Gorlovka"),
    (
        "Militants from Ansar Dine attacked Nampala, near the Mauritanian border, and killed 17 soldiers.",
        VIOLENT,
        "Nampala",
    ),
    ("Jets from the Incirlik air base bombed PKK targets in the Qandil mountains.", VIOLENT, "Qandil"),
    (
        "Speaking in Geneva, the UN envoy condemned the bombing of a hospital in Kafranbel the day before.",
        VIOLENT,
        "Kafranbel",
    ),
    ("The government in Kinshasa blamed the M23 rebels for the shelling of Sake on Monday.", VIOLENT, "Sake"),
    (
        "Survivors of the massacre in Yelwata later gathered in Makurdi, where the governor addressed them.",
        VIOLENT,
        "Yelwata",
    ),
    (
        (
            "Gunmen kill five in raid on Yobe village\n\nGunmen on motorcycles killed five farmers and burned a gra"
            "nary on Saturday, residents said. The raid began at dusk. Police confirmed the toll."
        ),
        VIOLENT,
        "Yobe",
    ),
    (
        (
            "Two soldiers killed near Kapenguria\n\nBandits ambushed an army patrol on Monday, killing two soldiers"
            ", the army said. A third soldier is missing. Officials said a search was under way."
        ),
        VIOLENT,
        "Kapenguria",
    ),
    (
        (
            "Kandahar, Afghanistan - A car bomb exploded near a police compound on Sunday, killing four officers."
            " In a separate attack in Uruzgan province, gunmen shot dead a district chief. The Taliban claimed "
            "both attacks."
        ),
        VIOLENT,
        "Kandahar",
    ),
    (
        (
            "Fighters of the Ahl al-Sunna group attacked a military post in Mocimboa da Praia on Monday. A day "
            "later, the same group raided a village in Muidumbe district and beheaded three men. Residents fled "
            "to Pemba."
        ),
        VIOLENT,
        "Muidumbe",
    ),
    (
        (
            "The army said it repelled an attack on its base in Ngouboua overnight. The attackers came across the"
            " lake from Nigeria in boats. Five attackers and one soldier were killed."
        ),
        VIOLENT,
        "Ngouboua",
    ),
    (
        (
            "Local officials said armed men attacked the village of Koyma at night. The assailants killed 8 "
            "people and took livestock. Koyma lies 25 km from Djibo, in Soum province."
        ),
        VIOLENT,
        "Koyma",
    ),
    (
        (
            "A drone struck a car carrying three men on Tuesday, killing all of them. The car was travelling on a"
            " road outside Jaar, in Abyan province, tribal sources said."
        ),
        VIOLENT,
        "Jaar",
    ),
    (
        (
            "The bomb went off as worshippers were leaving. At least 19 people were killed in the blast at the "
            "Imam Reza mosque in Sarwani, police said."
        ),
        VIOLENT,
        "Sarwani",
    ),
    (
        (
            "Heavy clashes broke out between rival militias in the capital. Rockets hit residential areas in the "
            "Abu Salim district of Tripoli, killing three civilians."
        ),
        VIOLENT,
        "Abu Salim",
    ),
    (
        (
            "Three policemen were killed on Wednesday when their vehicle hit a landmine. The explosion happened "
            "on the Wajir-Mandera road near Elwak, police said."
        ),
        VIOLENT,
        "Elwak",
    ),
    (
        (
            "Security forces shot dead two protesters on Friday, witnesses said. Hundreds had gathered outside "
            "the governor's office in Bauchi town to protest against fuel prices."
        ),
        VIOLENT,
        "Bauchi",
    ),
    (
        (
            "Gunmen opened fire at a wedding, killing six guests. The wedding was being held in the courtyard of "
            "a house in Jalalpur Bhattian, a village in the Hafizabad district."
        ),
        VIOLENT,
        "Jalalpur Bhattian",
    ),
    (
        (
            "Militants attacked a convoy carrying fuel for NATO forces on Thursday. The trucks were parked at a "
            "terminal outside Shikarpur when the attackers struck, officials said."
        ),
        VIOLENT,
        "Shikarpur",
    ),
    (
        (
            "On 4 March, armed men abducted and killed the chief of Lugala. On 6 March, the same group attacked "
            "an FARDC position at Nyamilima. Both localities are in Rutshuru territory."
        ),
        VIOLENT,
        "Lugala",
    ),
    (
        (
            "The strike killed at least seven people, including two children, medics said. Witnesses said the "
            "jets hit a house in the Sheikh Radwan neighbourhood of Gaza City."
        ),
        VIOLENT,
        "Gaza City",
    ),
    (
        (
            "Rebels shot down a helicopter over Nyala. The army said the crew of four were killed when the "
            "aircraft crashed near the airport."
        ),
        VIOLENT,
        "Nyala",
    ),
]

NOT_THERE: list[tuple[str, tuple[str, ...], str]] = [
    (
        (
            "KHOST, Afghanistan (Reuters) - A suicide bomber blew himself up outside a mosque during Friday "
            "prayers, killing at least 12 worshippers, officials said. The bomber walked up to the gate as the "
            "crowd left. Provincial spokesman Talib Mangal said 30 more were wounded. No group claimed the "
            "attack. Khost borders Pakistan's North Waziristan region."
        ),
        VIOLENT,
        "North Waziristan",
    ),
    (
        (
            "BAMAKO (Reuters) - Suspected jihadists killed 17 soldiers in an attack on an army camp in central "
            "Mali on Thursday, the army said. The assailants arrived in pick-up trucks at dawn. The camp at "
            "Tenenkou was partly burned. Bamako has struggled to contain the violence."
        ),
        VIOLENT,
        "Bamako",
    ),
    (
        (
            "Two rockets struck near a U.S. base on Wednesday evening, the coalition said. Nobody was hurt. The "
            "rockets hit an empty field near Camp Taji, north of Baghdad. Iraqi security forces found the "
            "launchers in a nearby orchard. Washington blames Iran-backed militias for such attacks."
        ),
        VIOLENT,
        "Washington",
    ),
    (
        (
            "The army said on Saturday its jets had bombed militant hideouts, killing 22 fighters. The strikes "
            "targeted compounds in the Datta Kot area close to the Afghan border. Islamabad has stepped up "
            "operations since a school attack. Military spokesman Asif Ghafoor said five hideouts were destroyed."
        ),
        VIOLENT,
        "Islamabad",
    ),
    (
        (
            "MOSCOW (AP) - Ukrainian drones struck an oil depot overnight, setting it ablaze, the regional "
            "governor said. The depot is in the town of Klintsy in Russia's Bryansk region. Nobody was injured, "
            "Governor Alexander Bogomaz said. Moscow did not comment."
        ),
        VIOLENT,
        "Moscow",
    ),
    (
        (
            "Yemen's Houthis said they fired a ballistic missile at an airport in southern Saudi Arabia. The "
            "Saudi-led coalition said its air defences intercepted the missile over Jazan. Debris fell on a "
            "residential area, wounding two civilians. Sanaa has been under Houthi control since 2014."
        ),
        VIOLENT,
        "Sanaa",
    ),
    (
        (
            "Police said a gang of armed robbers raided a bank and shot a guard dead on Friday. The robbery took "
            "place in the market town of Ikot Abasi. The robbers escaped on speedboats. Police in Uyo said two "
            "suspects had been arrested."
        ),
        VIOLENT,
        "Uyo",
    ),
    (
        (
            "CAIRO - Militants attacked a checkpoint in North Sinai on Saturday, killing seven soldiers, the army"
            " said in a statement. The attack was west of El-Arish. Ten militants were killed. Cairo has fought "
            "an insurgency in the peninsula for years."
        ),
        VIOLENT,
        "Cairo",
    ),
    (
        (
            "An air strike hit a wedding party, killing 23 guests, local officials said. Residents of Bani Qais "
            "in Hajjah province said the planes struck twice. The coalition said it would investigate. Sanaa's "
            "health ministry gave a higher toll."
        ),
        VIOLENT,
        "Sanaa",
    ),
    (
        (
            "Heavy fighting broke out on Tuesday as government troops attacked rebel positions. Rebels said they "
            "had repelled the assault near Ngozambe. Government officials in the capital said the army took the "
            "hills above the town. Thousands fled towards the border with Rwanda."
        ),
        VIOLENT,
        "Rwanda",
    ),
    (
        (
            "A senior officer has defected to the opposition, the rebels said on Sunday. Colonel Fares al-Ahmad "
            "announced his defection in a video filmed in Idlib. He said he had served in Hama for twelve years."
        ),
        DEFECTING,
        "Hama",
    ),
    (
        (
            "Shelling killed two children and wounded their mother on Friday, local officials said. The shells "
            "landed on a house in Kamyanka, a village outside Avdiivka. Kyiv and Moscow blamed each other."
        ),
        VIOLENT,
        "Kyiv",
    ),
    (
        (
            "Shelling killed two children and wounded their mother on Friday, local officials said. The shells "
            "landed on a house in Kamyanka, a village outside Avdiivka. Kyiv and Moscow blamed each other."
        ),
        VIOLENT,
        "Moscow",
    ),
    (
        (
            "Pirates attacked a cargo ship and kidnapped ten crew, the shipping company said. The attack happened"
            " about 40 nautical miles off the coast of Sao Tome. The company said the ship was sailing from Lome."
        ),
        VIOLENT,
        "Lome",
    ),
    (
        (
            "Suspected herders attacked farmers on Thursday night, killing 11 people and burning houses. The "
            "victims were buried on Friday in Jos. The attack was in Rukuba, a village in Bassa local government "
            "area, a community leader said."
        ),
        VIOLENT,
        "Jos",
    ),
    (
        (
            "Unidentified gunmen shot dead a journalist outside his home on Tuesday, police said. He worked for a"
            " radio station in Tegucigalpa. He was killed in Choloma, near San Pedro Sula, where he had lived for"
            " ten years."
        ),
        VIOLENT,
        "Tegucigalpa",
    ),
    (
        (
            "Turkish drones struck a vehicle, killing three members of the PKK, security sources said. The strike"
            " was near the town of Sinjar in northern Iraq. Ankara regards the PKK as a terrorist group."
        ),
        VIOLENT,
        "Ankara",
    ),
    (
        (
            "Protesters torched a police station after a man died in custody, police said. The station in Kurmuk,"
            " a town near the border with Ethiopia, was burned to the ground. Officers fled."
        ),
        VIOLENT,
        "Ethiopia",
    ),
    (
        (
            "Soldiers opened fire on protesters on Saturday, killing at least four, medics said. The "
            "demonstrators had marched on the army headquarters. The shooting was in Omdurman, across the Nile "
            "from Khartoum."
        ),
        VIOLENT,
        "Khartoum",
    ),
    (
        (
            "A U.S. drone strike killed two suspected al Qaeda militants on Thursday, tribal sources said. The "
            "missiles hit a car in al-Sawma'a district of al-Bayda province. Washington does not comment on drone"
            " strikes."
        ),
        VIOLENT,
        "Washington",
    ),
    (
        (
            "On 8 August, ISWAP fighters attacked a military base in Malam Fatori, near the Niger border (Abadam,"
            " Borno). The attack was repelled."
        ),
        VIOLENT,
        "Niger",
    ),
    (
        (
            "Press release, Ministry of Defence, Kyiv. Overnight, the enemy launched 14 Shahed drones at the "
            "Odesa region. Air defence destroyed 12. Two hit port infrastructure in Izmail district."
        ),
        VIOLENT,
        "Kyiv",
    ),
    (
        (
            "STATEMENT BY THE ARMY SPOKESMAN, Abuja. On 3 May, troops of Operation Hadin Kai repelled an attack "
            "by terrorists on their location at Gajiram. Several terrorists were neutralised."
        ),
        VIOLENT,
        "Abuja",
    ),
    (
        (
            "On 17 September, two rockets launched from the Syrian side hit the Golan Heights near Majdal Shams. "
            "No injuries were reported."
        ),
        VIOLENT,
        "Syria",
    ),
    (
        (
            "Situation report, 21 March. Armed men looted and burned the health centre in Boguila, Nana-Grebizi "
            "prefecture. Staff fled to Kabo."
        ),
        VIOLENT,
        "Kabo",
    ),
    (
        (
            "Daily digest. North Kivu: ADF rebels killed 7 civilians with machetes in Kalau village, Beni "
            "territory, on 6 May. Ituri: calm."
        ),
        VIOLENT,
        "Ituri",
    ),
    (
        (
            "Weekly update. In Cabo Delgado, insurgents raided Nangade town on 15 May and beheaded two men. In "
            "Niassa, no incidents were recorded."
        ),
        VIOLENT,
        "Niassa",
    ),
    (
        (
            "On 16 December, Houthi forces fired a drone at a Saudi Aramco facility in Jizan, the coalition said,"
            " in a statement carried by the state news agency in Riyadh."
        ),
        VIOLENT,
        "Riyadh",
    ),
    (
        (
            "The Ministry said, in a statement from Tehran, that Israeli aircraft had struck an ammunition depot "
            "at the Imam Ali base near Albu Kamal."
        ),
        VIOLENT,
        "Tehran",
    ),
    (
        (
            "Police in Lagos said the suspects, arrested in Ikorodu, had attacked a petrol station in Abeokuta on"
            " 3 March."
        ),
        VIOLENT,
        "Lagos",
    ),
    (
        (
            "Police in Lagos said the suspects, arrested in Ikorodu, had attacked a petrol station in Abeokuta on"
            " 3 March."
        ),
        VIOLENT,
        "Ikorodu",
    ),
    (
        "Fighter jets that took off from Hmeimim air base struck the town of Jisr al-Shughur, killing 5.",
        VIOLENT,
        "Hmeimim",
    ),
    (
        (
            "Hezbollah fighters fired anti-tank missiles at an Israeli position near Shtula, across the border "
            "from Lebanon."
        ),
        VIOLENT,
        "Lebanon",
    ),
    ("A suicide car bomb struck an army base near Ras Kamboni, close to the Kenyan border.", VIOLENT, "Kenyan"),
    ("Jets from the Incirlik air base bombed PKK targets in the Qandil mountains.", VIOLENT, "Incirlik"),
    (
        "Speaking in Geneva, the UN envoy condemned the bombing of a hospital in Kafranbel the day before.",
        VIOLENT,
        "Geneva",
    ),
    (
        "Survivors of the massacre in Yelwata later gathered in Makurdi, where the governor addressed them.",
        VIOLENT,
        "Makurdi",
    ),
    (
        (
            "Fighters of the Ahl al-Sunna group attacked a military post in Mocimboa da Praia on Monday. A day "
            "later, the same group raided a village in Muidumbe district and beheaded three men. Residents fled "
            "to Pemba."
        ),
        VIOLENT,
        "Pemba",
    ),
    (
        (
            "The army said it repelled an attack on its base in Ngouboua overnight. The attackers came across the"
            " lake from Nigeria in boats. Five attackers and one soldier were killed."
        ),
        VIOLENT,
        "Nigeria",
    ),
]

# Probes kg still misses, by the place wanted, with the reason.
MISSED = {
    "Tal Hadya": "fourteenth pass: the province after the village comes first (a regression, not yet traced)",
    "Kalehe": "the later fighting's province wins over the distance's town when the mentions merge",
    "Ikot Abasi": "'the robbery' after 'raided a bank' is no noun of the deed's trigger",
    "Katari": "an abduction at a fake checkpoint is no attack kg detects",
    "Aden": "'Two shells' takes the attack up without a definite article",
    "Malam Fatori": "the border the verb's 'near' names comes before the base's town",
    "Ain Issa": "the province's countryside comes before the town 'near' the positions",
    "Kalagwe": "an unfamiliar name after 'the attack on' is not read as the place attacked",
    "Mbandaka": "a crossing named by a name the model tags PERSON gives way to the river it is on",
    "Nasiriyah": "'attacked the governor's office' is not detected",
    "Nampala": "the border comes before the town attacked",
    "Sake": "'Sake' after 'the shelling of' is not read as a place",
    "Bauchi": "the protesters shot are taken up by 'Hundreds', no noun of the deed",
}
