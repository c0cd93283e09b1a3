"""Probe texts in the style of military press releases, defence-ministry summaries, ministry statements, country
reports and encyclopaedic history (issue 14, seventh pass): events told only by their results ("destroyed two
fighting positions", "neutralised", "eliminated"), passives and nominal reports ("were struck", "the engagement"),
strikes listed under a doer named once at the top of the release, history told with "was driven out of", "fell to",
"came under the control of", "expelled from", "repelled an attack", "launched an offensive to retake", events inside
relative and subordinate clauses, and dates and places at the paragraph's head. Written for kg, about a third with
names no gazetteer knows; the expected events were written before kg was run on them. Used by
tests/test_extract_releases.py.

PROBES: (text, events) where each expected event is (kind, agent, target) as in tests/helpers.py ("A" the ATTACK
family, "AIR" an AIRSTRIKE, "ALL" an ALLEGIANCE; None a role not checked). NEGATIVES: texts with no asserted attack:
training, exercises, aid deliveries, policy, casualty figures with no deed, the campaign as a whole.
"""

from __future__ import annotations

Expected = tuple[str, str | None, str | None]

PROBES: list[tuple[str, list[Expected]]] = [
    # --- strike releases: the doer named once at the top, then place by place ---
    (
        "Coalition military forces conducted 11 strikes against ISIS targets in Syria on Tuesday. Near Abu Kamal, "
        "four strikes engaged an ISIS tactical unit and destroyed two fighting positions and a vehicle.",
        [("A", "Coalition military forces", "an ISIS tactical unit")],
    ),
    (
        "Russian Aerospace Forces aircraft delivered 24 strikes on militant facilities in Idlib province over the "
        "past day, the Defence Ministry said.",
        [("AIR", "Russian Aerospace Forces aircraft", "militant facilities")],
    ),
    (
        "Over the past 24 hours, operational-tactical aviation hit 73 areas of manpower and military equipment "
        "concentration near the villages of Serebryanka and Dibrova.",
        [("AIR", "operational-tactical aviation", "73 areas of manpower")],
    ),
    (
        "Near Hawi Safra, one strike destroyed an ISIS vehicle-borne improvised explosive device and a weapons cache.",
        [("A", None, "an ISIS vehicle-borne improvised explosive device")],
    ),
    (
        "Near Tell Kurmawa, an ISIS tactical unit and two fighting positions were destroyed.",
        [("A", None, "an ISIS tactical unit")],
    ),
    (
        "Coalition aircraft struck an ISIS oil collection point near Deir ez-Zor. The engagement also destroyed a "
        "fuel truck.",
        [("AIR", "Coalition aircraft", "an ISIS oil collection point")],
    ),
    (
        "U.S. Africa Command conducted an airstrike in the vicinity of Qunyo Barrow on Sunday, killing four "
        "al-Shabaab militants. No civilians were injured or killed in this strike.",
        [("AIR", "U.S. Africa Command", "four al-Shabaab militants")],
    ),
    (
        "Two suspected militant hideouts were struck by Nigerian Air Force jets in the Timbuktu Triangle on Friday.",
        [("AIR", "Nigerian Air Force jets", "Two suspected militant hideouts")],
    ),
    (
        "The Air Component of Operation Hadin Kai conducted air interdiction missions at Kolleram, where several "
        "terrorists' structures were destroyed and many of the terrorists neutralised.",
        [("AIR", "The Air Component of Operation Hadin Kai", None)],
    ),
    (
        "Security forces conducted an intelligence-based operation in the general area of Spinwam, North "
        "Waziristan District. During the conduct of the operation, own troops effectively engaged the "
        "terrorists' location and six terrorists were sent to hell.",
        [("A", "Security forces", None)],
    ),
    (
        "Turkish Armed Forces neutralised 14 PKK terrorists in northern Iraq's Hakurk region, the National "
        "Defence Ministry announced on Saturday.",
        [("A", "Turkish Armed Forces", "14 PKK terrorists")],
    ),
    (
        "Troops of Sector 3 Operation Lafiya Dole neutralised 12 Boko Haram terrorists in an ambush at Gajiram "
        "on the Monguno road.",
        [("A", "Troops of Sector 3 Operation Lafiya Dole", "12 Boko Haram terrorists")],
    ),
    (
        "Six insurgents were eliminated and two were captured during the clearance operation in Khanabad district.",
        [("A", None, "Six insurgents")],
    ),
    (
        "Israeli Air Force fighter jets struck 30 Hamas terror targets overnight, including rocket launchers "
        "and a weapons manufacturing site in Khan Younis.",
        [("AIR", "Israeli Air Force fighter jets", "30 Hamas terror targets")],
    ),
    (
        "Ukrainian forces repelled an attack by Russian troops near Novokalynove on Thursday, the General Staff said.",
        [("A", "Russian troops", None)],
    ),
    (
        "Kurdish Peshmerga fighters repelled an ISIS assault on their positions near Gwer, killing 15 militants.",
        [("A", "ISIS", "their positions")],
    ),
    (
        "Troops repelled an attack by ISWAP terrorists on their base at Malam Fatori in the early hours of Monday.",
        [("A", "ISWAP terrorists", "their base")],
    ),
    (
        "The 92nd Mechanised Brigade repulsed three assaults by the Wagner group on the outskirts of Klishchiivka.",
        [("A", "the Wagner group", None)],
    ),
    # --- history on encyclopaedic pages ---
    (
        "In 2014 the group seized Raqqa and later pledged allegiance to Abu Bakr al-Baghdadi. Its fighters were "
        "driven out of Manbij in 2016 by the Syrian Democratic Forces.",
        [("A", None, "Raqqa"), ("A", "the Syrian Democratic Forces", None)],
    ),
    (
        "Kafr Nabudah fell to Jaish al-Ahrar in March 2013 after a month of fighting.",
        [("A", "Jaish al-Ahrar", "Kafr Nabudah")],
    ),
    (
        "In June 2014, Tal Afar came under the control of the Islamic State after a week of fighting with the "
        "Iraqi army.",
        [("A", "the Islamic State", None)],
    ),
    (
        "Al-Shabaab was expelled from Kismayo by Kenyan and Somali forces in September 2012.",
        [("A", "Kenyan and Somali forces", "Al-Shabaab")],
    ),
    (
        "The Liwa al-Fursan militia was pushed out of the Qasr Tahtani district by army units in late May.",
        [("A", "army units", "The Liwa al-Fursan militia")],
    ),
    (
        "In 2017 the Philippine army launched an offensive to retake Marawi from the Maute group.",
        [("A", "the Philippine army", None)],
    ),
    (
        "The Hawiye clan militia drove the government troops out of Beledweyne in 2008.",
        [("A", "The Hawiye clan militia", "the government troops")],
    ),
    (
        "Islamist fighters ousted the Malian army from Gao in June 2012.",
        [("A", "Islamist fighters", "the Malian army")],
    ),
    (
        "The Ansar Dine fighters who had overrun Konna in January 2013 were routed by French troops days later.",
        [("A", "French troops", "The Ansar Dine fighters")],
    ),
    (
        "The city was liberated by the Iraqi Security Forces in July 2017 after a nine-month battle.",
        [("A", "the Iraqi Security Forces", "The city")],
    ),
    (
        "During the offensive, the brigade expelled the Jabhat al-Wadi fighters from the villages of Deir Mashal "
        "and Tell Habrah.",
        [("A", "the brigade", "the Jabhat al-Wadi fighters")],
    ),
    (
        "The Katiba Salaheddine was forced out of Ras al-Ma'arra in 2016 by Hezbollah and Syrian army units.",
        [("A", "Hezbollah", "The Katiba Salaheddine")],
    ),
    (
        "The town of Bardarash was retaken from ISIS by Peshmerga forces on 7 August 2014.",
        [("A", "Peshmerga forces", None)],
    ),
    (
        "After a two-week siege, the Houthis captured Dammaj and expelled its Salafi students.",
        [("A", "the Houthis", "Dammaj")],
    ),
    (
        "In 2015 the Ansar al-Sharia fighters lost control of Benina to the Libyan National Army.",
        [("A", "the Libyan National Army", None)],
    ),
    (
        "Between 2015 and 2017, the Liwa Salah al-Din brigade fought against ISIL in the Deir ez-Zor countryside.",
        [("A", "the Liwa Salah al-Din brigade", "ISIL")],
    ),
    (
        "The Sultan Murad Division, which took part in the capture of Jarabulus in 2016, later joined the Syrian "
        "National Army.",
        [("A", "The Sultan Murad Division", None)],
    ),
    (
        "Colonel Faisal Hamdan, whose battalion ambushed a Wagner convoy near Tessit in 2022, was promoted in May.",
        [("A", None, "a Wagner convoy")],
    ),
    (
        "The ADF, which attacked the Kangbayi central prison in Beni in October 2020, freed more than 1,300 inmates.",
        [("A", "The ADF", "the Kangbayi central prison")],
    ),
    (
        "After Houthi forces shelled the Saudi border post at Tuwal, the coalition responded with air raids on Saada.",
        [("A", "Houthi forces", "the Saudi border post"), ("AIR", "the coalition", "Saada")],
    ),
    (
        "The Ogaden National Liberation Front was formed in 1984. In April 2007, its fighters stormed a "
        "Chinese-run oil field at Obole, killing 74 people.",
        [("A", "its fighters", "a Chinese-run oil field")],
    ),
    (
        "Kataib Hamza is a militia based in the Lake Chad basin. In 2019 the militia overran the gendarmerie "
        "post at Koulfoua and killed six gendarmes.",
        [("A", "the militia", "the gendarmerie post")],
    ),
    (
        "Jund al-Sahil emerged in 2018. Its attacks on army outposts at Diafarabe and Toguere Coumbe killed 40 "
        "soldiers.",
        [("A", "Jund al-Sahil", "army outposts")],
    ),
    # --- ministry statements and country reports ---
    (
        "The Ministry of Foreign Affairs strongly condemns the attack carried out by terrorists on a police "
        "checkpoint in Dhamar on Sunday.",
        [("A", "terrorists", "a police checkpoint")],
    ),
    (
        "The United States condemns in the strongest terms yesterday's attack on the Indian consulate in Jalalabad.",
        [("A", None, "the Indian consulate")],
    ),
    (
        "Sunday's rocket attack on Erbil International Airport, which injured a coalition contractor, was the "
        "third such attack this month.",
        [("A", None, "Erbil International Airport")],
    ),
    (
        "Throughout 2019, the group targeted Christian villages in the Far North region, burning churches and "
        "killing residents.",
        [("A", "the group", "Christian villages")],
    ),
    (
        "In March, militants from the Katibat Macina raided the town of Dioungani, where they killed 22 civilians.",
        [("A", "militants from the Katibat Macina", "the town of Dioungani")],
    ),
    (
        "Sirnak province, 12 May. Security forces killed four PKK militants in a clash in the Gabar mountains.",
        [("A", "Security forces", "four PKK militants")],
    ),
    (
        "On 9 August, at approximately 0400 hours, unknown gunmen opened fire on a KDF patrol near Bodhei. Two "
        "soldiers were wounded in the attack.",
        [("A", "unknown gunmen", "a KDF patrol")],
    ),
    (
        "The Nigerian Army said its troops had cleared the terrorists' enclaves at Bula Dawu and Bula Jengol, "
        "killing 17 of the fighters.",
        [("A", "its troops", None)],
    ),
    (
        "Pakistani security forces killed seven terrorists during an intelligence-based operation in North "
        "Waziristan's Mir Ali area, ISPR said.",
        [("A", "Pakistani security forces", "seven terrorists")],
    ),
    (
        "The enemy's firing positions near Krasnohorivka were suppressed by artillery of the 59th Brigade.",
        [("A", "artillery of the 59th Brigade", "The enemy's firing positions")],
    ),
    (
        "A precision strike by the Israeli Air Force eliminated the commander of Hamas's naval force in Gaza.",
        [("AIR", "the Israeli Air Force", "the commander of Hamas's naval force")],
    ),
    (
        "During the night, air defence units shot down 12 Ukrainian drones over the Belgorod region.",
        [("A", "air defence units", "12 Ukrainian drones")],
    ),
    (
        "The insurgents' camp at Nkwaza was destroyed by helicopter gunships of the Mozambican Defence Armed "
        "Forces on 14 March.",
        [("AIR", "helicopter gunships", "The insurgents' camp")],
    ),
    (
        "The Tatmadaw's 77th Light Infantry Division reportedly torched over 200 houses in Thantlang during the raid.",
        [("A", "77th Light Infantry Division", "over 200 houses")],
    ),
    (
        "In the ensuing engagement, the Sentinel Brigade killed nine Bakura fighters and seized a heavy machine gun.",
        [("A", "the Sentinel Brigade", "nine Bakura fighters")],
    ),
    (
        "The attack on the Bonne Esperance camp was repulsed by FARDC soldiers, who killed three CODECO militiamen.",
        [("A", None, "the Bonne Esperance camp")],
    ),
    (
        "Units of the Southern Group of Forces inflicted fire damage on the manpower and equipment of the 25th "
        "Airborne Brigade near Yampolivka.",
        [("A", "Units of the Southern Group of Forces", None)],
    ),
    # --- a second set, written after the first mechanisms had landed, to check that they carry over ---
    (
        "Government forces regained control of Sukhnah in August 2017 after heavy fighting with ISIL.",
        [("A", "Government forces", None)],
    ),
    (
        "The Popular Mobilization Forces regained Baiji from the Islamic State in October 2015.",
        [("A", "The Popular Mobilization Forces", None)],
    ),
    (
        "ISIL militants attacked Kobani in September 2014 and besieged it for four months until Kurdish forces, "
        "aided by coalition airstrikes, pushed them back.",
        [("A", "ISIL militants", "Kobani"), ("A", "Kurdish forces", None)],
    ),
    (
        "In 1994 the Rwandan Patriotic Front took Kigali, ending the genocide.",
        [("A", "the Rwandan Patriotic Front", "Kigali")],
    ),
    (
        "The Dawa Brigade participated in the battle for Tell Kurmawa against the Liwa al-Fursan in 2016.",
        [("A", "The Dawa Brigade", None)],
    ),
    (
        "Its fighters were expelled from the Nahr al-Bared camp by the Lebanese Army after a three-month siege.",
        [("A", "the Lebanese Army", "Its fighters")],
    ),
    (
        "Al-Nusra Front fighters overran the headquarters of the Syria Revolutionaries Front in Deir Sunbul in "
        "November 2014.",
        [("A", "Al-Nusra Front fighters", "the headquarters")],
    ),
    (
        "The garrison at Mount Hermon was overwhelmed by Syrian commandos on the first day of the war.",
        [("A", "Syrian commandos", "The garrison")],
    ),
    (
        "Mbandaka was seized by MLC rebels in July 1999 and held until the ceasefire.",
        [("A", "MLC rebels", "Mbandaka")],
    ),
    (
        "The Seleka coalition toppled the government of Francois Bozize after capturing Bangui in March 2013.",
        [("A", "The Seleka coalition", "Bangui")],
    ),
    (
        "By mid-2015 the Houthis had been pushed back from Aden by forces loyal to President Hadi, backed by "
        "Emirati troops.",
        [("A", "forces loyal to President Hadi", "the Houthis")],
    ),
    (
        "Over the past day, Russian troops were driven back from positions near Robotyne, the Ukrainian General "
        "Staff said.",
        [("A", None, "Russian troops")],
    ),
    (
        "In response, the Iraqi Air Force carried out strikes against ISIL positions in Anah.",
        [("AIR", "the Iraqi Air Force", "ISIL positions")],
    ),
    (
        "The 3rd Assault Brigade liberated Andriivka, south of Bakhmut, on 15 September.",
        [("A", "The 3rd Assault Brigade", "Andriivka")],
    ),
    (
        "In 2016 the SDF expelled ISIL from Manbij, and in 2017 from Raqqa.",
        [("A", "the SDF", "ISIL")],
    ),
    (
        "Security forces flushed out militants from the Kohat tunnel area after a day-long operation.",
        [("A", "Security forces", "militants")],
    ),
    (
        "ISWAP fighters were dislodged from the Timbuktu Triangle by troops of Operation Hadin Kai.",
        [("A", "troops of Operation Hadin Kai", "ISWAP fighters")],
    ),
    (
        "Two Islamic State commanders were eliminated in an airstrike near Hamrin, the Iraqi Joint Operations "
        "Command said.",
        [("AIR", None, "Two Islamic State commanders")],
    ),
    (
        "Over 100 militants were liquidated and 12 units of military hardware were destroyed, the ministry said.",
        [("A", None, "Over 100 militants")],
    ),
    (
        "The brigade's artillery inflicted heavy losses on the enemy near Vuhledar.",
        [("A", "The brigade's artillery", "the enemy")],
    ),
    (
        "Ansar al-Islam lost the village of Biara to the PUK Peshmerga in March 2003.",
        [("A", "the PUK Peshmerga", None)],
    ),
    (
        "The city fell under the control of the Taliban on 15 August 2021.",
        [("A", "the Taliban", "The city")],
    ),
    # --- a third set: lists under a summary, responsibility assigned, a place taken named as a noun ---
    (
        "Al-Shabaab militants, who had retreated from Mogadishu in 2011, launched repeated raids on AMISOM bases, "
        "including the 2016 attack on El Adde.",
        [("A", "Al-Shabaab militants", "El Adde")],
    ),
    (
        "The coalition has carried out more than 200 strikes against Houthi targets since January, including raids "
        "on radar sites in Hodeidah.",
        [("A", "The coalition", "radar sites")],
    ),
    (
        "Responsibility for the bombing of the Marriott Hotel in Islamabad in 2008 was attributed to "
        "Harkat-ul-Jihad al-Islami.",
        [("A", "Harkat-ul-Jihad al-Islami", "the Marriott Hotel")],
    ),
    (
        "The Taliban seized the provincial capital of Kunduz in September 2015 but were driven from the city within "
        "two weeks.",
        [("A", "The Taliban", "Kunduz"), ("A", None, "The Taliban")],
    ),
    (
        "The Wagner Group took part in the capture of Soledar in January 2023 after weeks of fighting with Ukrainian "
        "troops.",
        [("A", "The Wagner Group", "Soledar")],
    ),
    (
        "U.S. Central Command said an unmanned airstrike on a compound in Kunar province killed two al-Qaeda planners.",
        [("AIR", "U.S. Central Command", "a compound")],
    ),
    (
        "The Defence Ministry said a strike by its Su-34 bombers destroyed a command post near Kupiansk.",
        [("AIR", "Su-34 bombers", "a command post")],
    ),
    (
        "Coalition military forces conducted 9 strikes against ISIS targets in Iraq on Monday. Near Kisik, a strike "
        "suppressed an ISIS mortar team. Near Qayyarah, an airstrike destroyed an ISIS supply cache.",
        [("A", "Coalition military forces", "an ISIS mortar team"), ("A", "Coalition military forces", "supply cache")],
    ),
    # --- a fourth set: defeats, sinkings and razings told as history ---
    (
        "Government forces defeated the Nasir faction at Bentiu in 2014 after a week of fighting.",
        [("A", "Government forces", "the Nasir faction")],
    ),
    (
        "ISIL fighters were defeated in the battle of Sirte in December 2016.",
        [("A", None, "ISIL fighters")],
    ),
    (
        "Houthi fighters sank a Saudi frigate near Hodeidah in 2017.",
        [("A", "Houthi fighters", "a Saudi frigate")],
    ),
    (
        "Janjaweed militiamen razed the villages of Kornoi and Um Baru in 2004.",
        [("A", "Janjaweed militiamen", None)],
    ),
]

NEGATIVES: list[str] = [
    "Coalition forces conducted a live-fire training exercise near Al Tanf to maintain readiness.",
    "The 101st Airborne Division delivered 40 tonnes of humanitarian aid to displaced families in Hasakah.",
    "The coalition remains committed to the enduring defeat of ISIS in Iraq and Syria.",
    "More than 1,200 civilians were killed in the conflict in 2019, according to the United Nations.",
    "The Ministry of Defence announced a new training programme for Afghan special forces.",
    "The Secretary of State designated Jund al-Aqsa as a Foreign Terrorist Organization.",
    "Naval forces held joint drills with the Egyptian navy in the Red Sea, practising strikes on surface targets.",
    "The brigade was deployed to Kherson oblast in September to reinforce the defensive line.",
    "Engineers cleared 300 improvised explosive devices from the roads around Raqqa.",
    "The ministry said the country faces a high threat of terrorist attacks during the holiday season.",
    "Since 2015, the war has displaced more than four million people.",
    "The army handed over 500 weapons recovered from disarmed fighters to the UN mission in Bangui.",
    "Air force cadets completed their first solo flights at the Kainji air base on Thursday.",
    "The defence minister said operations against the terrorists would continue until the last of them is neutralised.",
    "The campaign against ISIS has been the largest coalition air operation since 1991.",
    "The Sentinel Brigade was formed in 2016 from volunteer units and is headquartered in Tarbuk.",
    "The report estimates that 3,400 fighters of the group were killed between 2015 and 2019.",
    "The State Department urges all parties to cease hostilities and return to negotiations.",
    "The exercise simulated an amphibious assault on a defended coastline near Qunyo Barrow.",
    "The ambassador was expelled from the country after the spying scandal.",
    "The party expelled three members for voting against the budget.",
    "The ruling party lost control of the parliament to the opposition in the 2019 election.",
    "The minister was forced out of office after the corruption scandal.",
    "Hurricane Otis inflicted heavy damage on the port of Acapulco.",
    "The company lost ground to its rivals in the European market last year.",
    "The region came under the control of the interim administration in 2019.",
    "The Liberals were routed in the provincial election.",
    "The ministry eliminated 400 posts in its regional offices.",
    "Two soldiers were killed in the war in Afghanistan in 2009, the ministry said.",
    "The ministry said the deployment of air defence units to the border region would be completed by May.",
    "Security forces suppressed dissent in the capital after the disputed vote.",
    "The coalition remains committed to defeating ISIS and its affiliates.",
    "The amendment was defeated in the Senate by 52 votes to 48.",
    "Tamil Nadu defeated Karnataka by six wickets at Chepauk.",
    "The overloaded ferry sank off the coast of Lampedusa, and 40 migrants drowned.",
]
