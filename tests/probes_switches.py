"""Probe passages for DEFECTION and ALLEGIANCE recall (issue 14, seventh pass), written for these tests, with their
roles, before kg was run on them: pledges and defections told as nouns and anaphora ("his switch to the ruling party",
"the defection of Brigadier X", "the group's bay'ah"), in the political press's own verbs ("decamped from the PDP to the
APC", "dumped the PDP for the APC", "returned to the fold of the NDC"), members of one armed side joining another,
leaders recognised as caliph, affiliations announced, pledges accepted, defections in passives and relative clauses,
mass desertions counted, surrenders of arms to a side; and hard negatives (joining talks, a coalition, a protest or a
company, a footballer's transfer, pledges of money, loyalty programmes, planned, rumoured and called-for defections,
surrender to police, secession, refugees crossing over, a state recognising a president, business mergers).

PROBES: (text, [(kind, agent, target, side joined), ...]), kind a key of helpers.KINDS, None: not checked.
NEGATIVES: (text, kinds that must not be found).
"""

from __future__ import annotations

PROBES = [
    (
        "His switch to the ruling party came two weeks before the deadline for nominations, said MP Daniel "
        "Ouko of Kisumu.",
        [("DEF", "Daniel Ouko", None, "the ruling party")],
    ),
    (
        "The defection of Brigadier Kamoru Adeyemi to the rebels was confirmed by the army on Tuesday.",
        [("DEF", "Brigadier Kamoru Adeyemi", None, "the rebels")],
    ),
    (
        "Commander Abu Talha al-Zarqawi, who defected from the Nusra Front last year, was killed in an air "
        "strike on Sunday.",
        [("DEF", "Commander Abu Talha al-Zarqawi", "the Nusra Front", None)],
    ),
    (
        "More than 300 soldiers have deserted since January, the defence ministry admitted in a statement.",
        [("DEF", "More than 300 soldiers", None, None)],
    ),
    (
        "At least 40 members of the Vanguard militia crossed over to the government side in Meketi district, "
        "officials said.",
        [("DEF", "At least 40 members", "the Vanguard militia", "the government side")],
    ),
    (
        "A former commander of the Ansar Dine who now fights for the Islamic State in the Greater Sahara was "
        "seen in Menaka.",
        [("DEF", "A former commander", "the Ansar Dine", "the Islamic State in the Greater Sahara")],
    ),
    (
        "Two hundred fighters of the Kalenga Defence Force abandoned the militia and surrendered their "
        "weapons to the army in Bunia.",
        [("DEF", "Two hundred fighters", "the Kalenga Defence Force", "the army")],
    ),
    (
        "Some 120 Mai-Mai fighters surrendered their weapons to the Congolese army at Walikale on Friday.",
        [("DEF", "Some 120 Mai-Mai fighters", None, "the Congolese army")],
    ),
    (
        "The faction broke away from the Tehrik-i-Taliban Pakistan to form Jamaat-ul-Ahrar in 2014.",
        [("DEF", "The faction", "the Tehrik-i-Taliban Pakistan", None)],
    ),
    (
        "In 2012 Mokhtar Belmokhtar split from AQIM and founded his own brigade.",
        [("DEF", "Mokhtar Belmokhtar", "AQIM", None)],
    ),
    (
        "Former MLA Rakesh Sinha rejoined the Congress on Sunday, six years after he left for the BJP.",
        [("DEF", "Rakesh Sinha", None, "the Congress")],
    ),
    (
        "Kwame Boateng returned to the fold of the NDC at a ceremony in Tamale, having left the party in 2016"
        " to join the NPP.",
        [("DEF", "Kwame Boateng", None, "the NDC")],
    ),
    (
        "Senator Alhaji Musa Dauda was welcomed into the APC by the party's national chairman after dumping the PDP.",
        [("DEF", "Senator Alhaji Musa Dauda", "the PDP", "the APC")],
    ),
    (
        "Ogun lawmaker Femi Ajayi has dumped the PDP for the APC, citing the crisis in the party.",
        [("DEF", "Ogun lawmaker Femi Ajayi", "the PDP", "the APC")],
    ),
    (
        "The Chief Whip of the House, Hon. Bello Sadiq, defected from the ruling APC to the opposition PDP on"
        " Wednesday.",
        [("DEF", "Bello Sadiq", "the ruling APC", "the opposition PDP")],
    ),
    (
        "Three more legislators crossed over to the ruling party on Tuesday, bringing the number of defectors"
        " this year to 11.",
        [("DEF", "Three more legislators", None, "the ruling party")],
    ),
    (
        "The soldiers, who had deserted from the 45th Brigade, joined the rebels in the hills above Kalemie.",
        [("DEF", "The soldiers", "the 45th Brigade", "the rebels")],
    ),
    (
        "Colonel Hamid Rashidi was one of several officers who defected to the Free Syrian Army in 2012.",
        [("DEF", "officers", None, "the Free Syrian Army")],
    ),
    (
        "Lieutenant Ibrahim Sowe, who deserted the Gambian army, has been granted asylum in Senegal.",
        [("DEF", "Lieutenant Ibrahim Sowe", "the Gambian army", None)],
    ),
    (
        "Hundreds of fighters were reported to have deserted the Nyamwezi Liberation Army after the death of "
        "its leader.",
        [("DEF", "Hundreds of fighters", "the Nyamwezi Liberation Army", None)],
    ),
    (
        "Kenneth Mwale, a senior commander of the Lusenga Front, surrendered to the army on Monday. He handed"
        " over two rifles and a radio.",
        [("DEF", "Kenneth Mwale", "the Lusenga Front", "the army")],
    ),
    (
        "A senior al-Shabaab commander has defected to the Somali government, officials in Baidoa said. He "
        "was received by the regional governor.",
        [("DEF", "A senior al-Shabaab commander", "al-Shabaab", "the Somali government")],
    ),
    (
        "A mid-level ISIS commander turned himself in to Kurdish forces near Hasakah on Saturday.",
        [("DEF", "A mid-level ISIS commander", "ISIS", "Kurdish forces")],
    ),
    (
        "Colonel Tesfaye Alemu abandoned his post and fled with his unit to the rebel-held town of Korem.",
        [("DEF", "Colonel Tesfaye Alemu", None, None)],
    ),
    (
        "The mass defection of 60 police officers to the Tigray forces was reported by the regional broadcaster.",
        [("DEF", "60 police officers", None, "the Tigray forces")],
    ),
    (
        "The splinter group, which split from the Kongara Peoples' Army in 2019, has since claimed several attacks.",
        [("DEF", "The splinter group", "the Kongara Peoples' Army", None)],
    ),
    (
        "Eleven members of the Tamari Liberation Front have laid down their arms and joined the government "
        "forces, the governor said.",
        [("DEF", "Eleven members", "the Tamari Liberation Front", "the government forces")],
    ),
    (
        "Several Houthi field commanders have deserted to the government side in Marib in recent weeks, "
        "according to military sources.",
        [("DEF", "Several Houthi field commanders", None, "the government side")],
    ),
    (
        "General Mamadou Keita went over to the mutineers on Thursday with two companies of paratroopers.",
        [("DEF", "General Mamadou Keita", None, "the mutineers")],
    ),
    (
        "Thirty members of the Kuki National Organisation surrendered before the Assam Rifles in "
        "Churachandpur, along with 12 weapons.",
        [("DEF", "Thirty members", "the Kuki National Organisation", "the Assam Rifles")],
    ),
    (
        "In a blow to the junta, a deputy minister resigned and joined the National Unity Government.",
        [("DEF", "a deputy minister", None, "the National Unity Government")],
    ),
    (
        "Ayesha Gulalai quit the PTI and joined the PML-N in August 2017.",
        [("DEF", "Ayesha Gulalai", "the PTI", "the PML-N")],
    ),
    (
        "The PTI MNA announced his decision to part ways with the party and join the PPP at a press "
        "conference in Karachi.",
        [("DEF", "The PTI MNA", "the party", "the PPP")],
    ),
    (
        "Around 25 fighters of the Sanjak Brigade deserted with their weapons and headed to "
        "Turkish-controlled territory.",
        [("DEF", "Around 25 fighters", "the Sanjak Brigade", None)],
    ),
    (
        "Sheikh Omar Haji, a defector from al-Shabaab, told reporters that the group was short of funds.",
        [("DEF", "Sheikh Omar Haji", "al-Shabaab", None)],
    ),
    (
        "The military said 84 Boko Haram fighters and their families had surrendered to troops in Bama and "
        "Gwoza over the past week.",
        [("DEF", "84 Boko Haram fighters", "Boko Haram", "troops")],
    ),
    (
        "Dozens of ISWAP fighters surrendered to the Nigerian Army after an internal purge, the army said. "
        "They were taken to a camp in Maiduguri.",
        [("DEF", "Dozens of ISWAP fighters", "ISWAP", "the Nigerian Army")],
    ),
    (
        "MP Jonas Mbeki crossed the floor to join the opposition benches, the fourth ANC member to do so this year.",
        [("DEF", "MP Jonas Mbeki", None, None)],
    ),
    (
        "The defections of the two governors to the ruling party were celebrated at a rally in Abuja.",
        [("DEF", "the two governors", None, "the ruling party")],
    ),
    (
        "Abdirahman Farah, the group's former spokesman, defected in June. He later appeared on state "
        "television in Mogadishu.",
        [("DEF", "Abdirahman Farah", None, None)],
    ),
    (
        "The group's bay'ah to Abu Bakr al-Baghdadi was announced in an audio message in March 2015.",
        [("ALL", "The group", "Abu Bakr al-Baghdadi", None)],
    ),
    (
        "In November 2014 the Majlis Shura Shabab al-Islam recognised al-Baghdadi as caliph.",
        [("ALL", "the Majlis Shura Shabab al-Islam", "al-Baghdadi", None)],
    ),
    (
        "The Katiba Yarmouk announced its affiliation with al-Qaeda in a video released on Telegram.",
        [("ALL", "The Katiba Yarmouk", "al-Qaeda", None)],
    ),
    (
        "The Mujahideen Shura Council declared loyalty to the Islamic State in a statement on Sunday.",
        [("ALL", "The Mujahideen Shura Council", "the Islamic State", None)],
    ),
    (
        "Jund al-Khilafa rebranded as a branch of the Islamic State after its leader pledged to the group.",
        [("ALL", "Jund al-Khilafa", "the Islamic State", None)],
    ),
    (
        "The merger under the banner of Hayat Tahrir al-Sham brought five factions together in January 2017.",
        [("ALL", "five factions", "Hayat Tahrir al-Sham", None)],
    ),
    (
        "Several local militias joined hands with the Islamic State in Mozambique's Cabo Delgado province.",
        [("ALL", "Several local militias", "the Islamic State", None)],
    ),
    (
        "Abu Musa al-Tunisi travelled to Libya in 2015 and joined the Islamic State there.",
        [("ALL", "Abu Musa al-Tunisi", "the Islamic State", None)],
    ),
    (
        "The Katiba Macina is affiliated to JNIM, al-Qaeda's branch in the Sahel.",
        [("ALL", "The Katiba Macina", "JNIM", None)],
    ),
    (
        "The militants, who swore allegiance to the Islamic State in 2014, control several villages near Derna.",
        [("ALL", "The militants", "the Islamic State", None)],
    ),
    (
        "Ahmad al-Kurdi, who joined the Islamic State in 2013, was captured by the SDF in Hajin.",
        [("ALL", "Ahmad al-Kurdi", "the Islamic State", None)],
    ),
    (
        "The Badr Brigade is a militia loyal to Iran's Supreme Leader.",
        [("ALL", "The Badr Brigade", "Iran's Supreme Leader", None)],
    ),
    (
        "Hundreds of young men from Mandera have joined al-Shabaab since 2019, police said.",
        [("ALL", "Hundreds of young men", "al-Shabaab", None)],
    ),
    (
        "Recruits who enlisted with the Wagner Group were sent to Bakhmut.",
        [("ALL", "Recruits", "the Wagner Group", None)],
    ),
    (
        "After the split, the Kerem faction pledged its loyalty to Commander Ibrahim Dari.",
        [("ALL", "the Kerem faction", "Commander Ibrahim Dari", None)],
    ),
    (
        "The group became part of al-Qaeda in the Islamic Maghreb in 2007.",
        [("ALL", "The group", "al-Qaeda in the Islamic Maghreb", None)],
    ),
    (
        "Boko Haram's pledge was accepted by the Islamic State in March 2015. It was renamed the West Africa Province.",
        [("ALL", "Boko Haram", "the Islamic State", None)],
    ),
    (
        "The Ansar Bayt al-Maqdis group pledged allegiance to ISIS in November 2014 and renamed itself Sinai Province.",
        [("ALL", "The Ansar Bayt al-Maqdis group", "ISIS", None)],
    ),
    (
        "In 2014, the Abu Sayyaf leader Isnilon Hapilon swore an oath of loyalty to al-Baghdadi.",
        [("ALL", "Isnilon Hapilon", "al-Baghdadi", None)],
    ),
    (
        "Around 1,500 former FARC fighters have joined the ELN and other armed groups since the peace deal.",
        [("ALL", "Around 1,500 former FARC fighters", "the ELN", None)],
    ),
    (
        "The Lions of Tawhid joined the Syrian Democratic Forces in 2016.",
        [("ALL", "The Lions of Tawhid", "the Syrian Democratic Forces", None)],
    ),
    (
        "Sweden formally became a member of NATO on Thursday.",
        [("ALL", "Sweden", "NATO", None)],
    ),
    (
        "Finland joined the alliance in April, doubling its border with Russia. NATO welcomed the move.",
        [("ALL", "Finland", None, None)],
    ),
    (
        "Abu Yusuf, a Tunisian jihadist, was among the first foreigners to join the Islamic State in Raqqa.",
        [("ALL", "Abu Yusuf", "the Islamic State", None)],
    ),
    (
        "The local chieftain and his fighters sided with the Taliban and pledged their loyalty to the "
        "movement's leader.",
        [("ALL", "The local chieftain", "the movement's leader", None)],
    ),
    (
        "Several clans in Jubaland have sworn allegiance to al-Shabaab, according to a UN monitoring report.",
        [("ALL", "Several clans", "al-Shabaab", None)],
    ),
    (
        "The fighters, loyal to warlord Ibrahim Jadran, took control of the oil terminals.",
        [("ALL", "The fighters", "warlord Ibrahim Jadran", None)],
    ),
    (
        "The attackers were members of a cell that had pledged allegiance to the Islamic State, police said.",
        [("ALL", "a cell", "the Islamic State", None)],
    ),
    (
        "The two Kenyan brothers left for Somalia in 2012 to join al-Shabaab. Their father said he had not "
        "heard from them.",
        [("ALL", "The two Kenyan brothers", "al-Shabaab", None)],
    ),
    (
        "Nine militia groups in Kasai have signed up with the Kamuina Nsapu movement, the UN said.",
        [("ALL", "Nine militia groups", "the Kamuina Nsapu movement", None)],
    ),
    (
        "Former army officers form the core of the Ambazonia Defence Forces, which they joined after 2017.",
        [("ALL", "they", "the Ambazonia Defence Forces", None)],
    ),
    (
        "Hassan Dahir, a 19-year-old from Garissa, was recruited by al-Shabaab in 2020 and trained in Jilib.",
        [("ALL", "Hassan Dahir", "al-Shabaab", None)],
    ),
    (
        "ABUJA - Two senators from Zamfara State on Tuesday decamped from the Peoples Democratic Party to the"
        " All Progressives Congress.",
        [("DEF", "Two senators", "the Peoples Democratic Party", "the All Progressives Congress")],
    ),
    (
        "Former governor Ibikunle Amosun has dumped the APC and joined the ADC ahead of the 2027 elections.",
        [("DEF", "Ibikunle Amosun", "the APC", "the ADC")],
    ),
    (
        "The lawmaker, who decamped to the Labour Party last month, said he had been sidelined.",
        [("DEF", "The lawmaker", None, "the Labour Party")],
    ),
    (
        "Hundreds of members of the Rimi Youth Vanguard joined the Kamajor militia in the following weeks, a "
        "UN report said.",
        [("DEF", "Hundreds of members", "the Rimi Youth Vanguard", "the Kamajor militia")],
    ),
    (
        "About 200 fighters of the Mandaru Brigade joined the Islamic State in 2015, according to local sources.",
        [("DEF", "About 200 fighters", "the Mandaru Brigade", "the Islamic State")],
    ),
    (
        "Commanders of the Free Syrian Army's 13th Division joined Jabhat al-Nusra after the clashes in "
        "Maarat al-Numan.",
        [("DEF", "Commanders", None, "Jabhat al-Nusra")],
    ),
    (
        "The Ansar al-Furqan group, which has since pledged allegiance to the Islamic State, controls the "
        "hills north of Tessit.",
        [("ALL", "The Ansar al-Furqan group", "the Islamic State", None)],
    ),
    (
        "Its fighters have reportedly pledged allegiance to the Islamic State's Sahel Province.",
        [("ALL", "Its fighters", "the Islamic State's Sahel Province", None)],
    ),
    (
        "In a video released in July, the Tawhid Battalion recognised Abu Ibrahim al-Hashimi as the new caliph.",
        [("ALL", "the Tawhid Battalion", "Abu Ibrahim al-Hashimi", None)],
    ),
    (
        "The Katibat al-Imam group declared its affiliation to the Islamic State in a statement posted online.",
        [("ALL", "The Katibat al-Imam group", "the Islamic State", None)],
    ),
    (
        "Al-Mourabitoun's pledge was welcomed by al-Qaeda's general command in December 2015.",
        [("ALL", "Al-Mourabitoun", "al-Qaeda's general command", None)],
    ),
    (
        "The three Somali-Americans left Minneapolis for Somalia in 2008 to join al-Shabaab.",
        [("ALL", "The three Somali-Americans", "al-Shabaab", None)],
    ),
    (
        "The Tanzim Hurras al-Din is a militia loyal to al-Qaeda's leadership.",
        [("ALL", "The Tanzim Hurras al-Din", "al-Qaeda's leadership", None)],
    ),
    (
        "PTI MNA Raja Riaz dumped the party for the PML-N on Thursday.",
        [("DEF", "Raja Riaz", "the party", "the PML-N")],
    ),
    (
        "Senator Elisha Abbo, who was welcomed into the APC after dumping the PDP, lost his seat in court.",
        [("DEF", "Senator Elisha Abbo", "the PDP", "the APC")],
    ),
    (
        "Her switch to the National Democratic Congress was announced at a rally in Tamale.",
        [("DEF", "Her", None, "the National Democratic Congress")],
    ),
    (
        "The former commissioner finally returned to the fold of the PDP on Saturday after eight years in the APC.",
        [("DEF", "The former commissioner", None, "the PDP")],
    ),
    (
        "The defection of the three lawmakers to the UDA was read on the floor of the House.",
        [("DEF", "the three lawmakers", None, "the UDA")],
    ),
    # written after the first step: counts the parser hangs on an adverb, police in another clause, "rallied to",
    # recruits, pledgers in an "of" phrase, a pledge named after "after"
    (
        "Hundreds of police and soldiers were reported to have abandoned their posts; several dozen later surrendered "
        "to the Taliban.",
        [("DEF", "several dozen", None, "the Taliban")],
    ),
    (
        "Twelve Ndugu Defence Front fighters surrendered to the army in Kabale, police said.",
        [("DEF", "Twelve Ndugu Defence Front fighters", None, "the army")],
    ),
    (
        "On 9 June, a commander of the NDC-R and 40 of his men rallied to the FARDC in Walikale.",
        [("DEF", "a commander", "the NDC-R", "the FARDC")],
    ),
    (
        "Several Anti-Balaka militiamen rallied to the government side in Bossangoa on Friday.",
        [("DEF", "Several Anti-Balaka militiamen", None, "the government side")],
    ),
    (
        "Al-Shabaab recruited 40 youths from Mandera last year, police said.",
        [("ALL", "40 youths", "Al-Shabaab", None)],
    ),
    (
        "The allegiance of the Sinai group to the Islamic State was announced in November 2014.",
        [("ALL", "the Sinai group", "the Islamic State", None)],
    ),
    (
        "The Jund al-Tawhid brigade was founded in 2012. After its oath of allegiance to al-Baghdadi, the brigade "
        "renamed itself Wilayat Hawran.",
        [("ALL", None, "al-Baghdadi", None)],
    ),
    # a third set, in the styles of the stress fixture's defection pages (written after the second step)
    (
        "Two Belarusian border guards crossed into Poland and asked for protection, Polish officials said.",
        [("DEF", "Two Belarusian border guards", None, "Poland")],
    ),
    (
        "Four ruling party MPs resigned from the party and joined the opposition alliance on Thursday.",
        [("DEF", "Four ruling party MPs", "the party", "the opposition alliance")],
    ),
    (
        "Militiamen of the Nduma Defence of Congo abandoned their positions and surrendered to MONUSCO peacekeepers "
        "in Pinga.",
        [("DEF", "Militiamen", "the Nduma Defence of Congo", "MONUSCO peacekeepers")],
    ),
    (
        "A Houthi commander and 20 of his fighters joined the government forces in Al Bayda, the army said.",
        [("DEF", "A Houthi commander", "Houthi", "the government forces")],
    ),
    # headlines the tagger misreads (written after the third step)
    ("Nigerian senator dumps PDP for APC", [("DEF", "Nigerian senator", "PDP", "APC")]),
    ("Sudanese army officers desert to RSF in Darfur", [("DEF", "Sudanese army officers", None, "RSF")]),
    ("Taliban commander, 40 fighters surrender in Herat", [("DEF", "40 fighters", None, None)]),
    (
        "Hundreds of young men in Sagaing have joined the People's Defence Force since the coup.",
        [("ALL", "Hundreds of young men", "the People's Defence Force", None)],
    ),
]

NEGATIVES = [
    ("The opposition joined talks with the government in Geneva on Monday.", ("DEF", "ALL")),
    ("The Greens joined a coalition government led by the Social Democrats.", ("DEF", "ALL")),
    ("Thousands joined a protest in the capital against fuel prices.", ("DEF", "ALL")),
    ("Ahmed Salah joined the company as chief financial officer in 2019.", ("DEF", "ALL")),
    ("The striker defected to a rival club, Al-Ahly, in a record transfer.", ("DEF", "ALL")),
    (
        "Donors pledged $2 billion to the reconstruction fund at the conference in Brussels.",
        ("DEF", "ALL"),
    ),
    ("The airline's loyalty programme now has 12 million members.", ("DEF", "ALL")),
    ("Opposition leaders hope more ruling party MPs will defect before the vote.", ("DEF",)),
    (
        "Rumours that the army chief would defect to the rebels were dismissed by the presidency.",
        ("DEF",),
    ),
    (
        "The government urged the fighters to surrender their weapons to the army before the end of the month.",
        ("DEF",),
    ),
    ("The suspect surrendered to police in Nakuru on Tuesday.", ("DEF",)),
    ("The party pledged to cut fuel taxes if elected.", ("ALL",)),
    ("Supporters pledged their loyalty to the club after the relegation.", ("ALL",)),
    ("The governor resigned from the party on Friday, citing health reasons.", ("DEF",)),
    ("South Sudan seceded from Sudan in 2011.", ("DEF",)),
    ("Poland joined the European Union in 2004.", ("ALL",)),
    ("Thousands of refugees crossed over into Uganda to escape the fighting.", ("DEF",)),
    ("The company merged with its rival under the banner of a new holding group.", ("ALL", "DEF")),
    ("The cyclist switched to a rival team after the Tour.", ("DEF",)),
    ("The two parties joined hands to form a government in Bihar.", ("ALL",)),
    ("The suspects were arrested as they tried to cross over to Kenya.", ("DEF",)),
    ("Farmers abandoned their fields after the militia attacks in Ituri.", ("DEF",)),
    ("Iran reaffirmed its support for the Syrian government.", ("ALL",)),
    ("He is a former member of the ruling party who now runs a charity.", ("DEF",)),
    ("Security forces captured 30 fighters of the Kalenga Defence Force near Bunia.", ("DEF",)),
    ("The band split from its label in 2019 after a dispute over royalties.", ("DEF",)),
    ("The minister was sworn in on Monday.", ("ALL",)),
    ("The two clubs merged in 1998 under the banner of FC United.", ("ALL",)),
    ("Turkey's accession to the EU has stalled.", ("ALL",)),
    ("Employees who joined the union were promised higher pay.", ("ALL",)),
    ("He dumped the plan after talks with investors in Lagos.", ("DEF",)),
    ("Workers from the Kano refinery joined the strike on Monday.", ("DEF", "ALL")),
    ("Players from the national team joined the club in July.", ("DEF", "ALL")),
    ("Officials from the ministry joined the talks in Doha.", ("DEF", "ALL")),
    ("The family returned to the fold of the church after years abroad.", ("DEF",)),
    ("Thousands of residents returned to Mosul after the fighting ended.", ("DEF",)),
    ("The United States recognised Juan Guaido as interim president of Venezuela.", ("ALL",)),
    ("The court recognised the union as the sole bargaining agent.", ("ALL",)),
    ("The two companies parted ways in 2019.", ("DEF",)),
    (
        "The minister announced the affiliation of the new university with the University of Lagos.",
        ("ALL",),
    ),
    ("The singer dumped her label for a rival company.", ("DEF",)),
    ("His switch to electric vehicles saved the firm millions.", ("DEF",)),
    ("Former FARC guerrillas joined the ELN after the peace deal collapsed.", ("DEF",)),
    (
        "Soldiers from the 5th Division joined the operation against the Islamic State in Mosul.",
        ("DEF",),
    ),
    ("Troops of the Nigerian Army joined the Multinational Joint Task Force in 2015.", ("DEF",)),
    ("The gunman surrendered after a six-hour standoff with police.", ("DEF",)),
    ("Supporters rallied to his defence after the arrest.", ("DEF",)),
    ("Thousands of fighters rallied to the call of the imam.", ("DEF",)),
    ("He was recruited by the army in 2010.", ("ALL",)),
    ("The bank recruited 40 graduates in Lagos.", ("ALL",)),
    ("The group is trying to recruit fighters in Kenya.", ("ALL",)),
    ("Troops of the Nigerian Army joined the Multinational Joint Task Force in 2015.", ("DEF",)),
    ("Residents asked the army for protection after the attack.", ("DEF",)),
    ("Thousands of refugees crossed into Uganda and asked for protection.", ("DEF",)),
    ("Farmers abandoned their fields and surrendered to despair.", ("DEF",)),
    ("The minister resigned from the party and joined the alliance's campaign team.", ("DEF",)),
    ("The road runs through the desert to the north of Kidal.", ("DEF",)),
    ("The caravan crossed the Sahara desert to Agadez.", ("DEF",)),
    ("She joined the Air Force in 2010.", ("ALL",)),
]
