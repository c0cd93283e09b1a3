"""Probe texts for where an event happened, written for issue 14 (tenth pass, session 15) before reading kg's place
code: the place of a surrender, a defection or a pledge ("gave himself up before the superintendent of police in X",
"a ceremony in X"), the incident taken up again with its place ("The bombing in X was the deadliest ..."), a group's
base or area of operations beside the event's own place, sites named by a place's name ("at X camp in Y territory"),
places as adjectives, in quotes and in lists of incidents, and places that are not where it happened (where a
statement was issued, where the wounded were taken, a group's origin). About a third name invented villages and
districts. Each is (text, event types, place); those kg still misses are strict xfails, with the reason, in MISSED.
Used by tests/test_extract_places_told.py."""

from __future__ import annotations

VIOLENT = ("ATTACK", "AIRSTRIKE")
DEFECTOR = ("DEFECTION",)
PLEDGE = ("ALLEGIANCE",)

# Probes kg still misses, by the place wanted, with the reason.
MISSED = {
    "Quetta": "no DEFECTION read in 'abandoned the insurgency and joined the government's peace programme'",
    "Maarat al-Numan": "a name the tagger splits at the parenthesised transliteration",
    "Tillia": "the town before 'or' and its transliteration, after the region",
    "Douma": "the first of two coordinated towns in one airstrike's list",
    "Massabi": "an incident of a semicolon list whose verb is passive ('a church was burned')",
    "Bama": "the dateline's town comes before a later sentence's towns, and that sentence names two",
    "Herat": "no DEFECTION read in 'joined the peace process'",
    "Kadugla": "'reported to the military camp at X' is no surrender phrase",
    "Tchabi": "a country named with a bearing, then a village: the country stays",
    "Kongoussi": "'a gold mine' is no place noun, so its town told after is not read",
    "Al-Qaim": "the seized crossing is the target; its town told after is not read",
    "Nyamakuta square": "the square of a gathering told before the firing, in a past perfect clause",
}

PROBES: list[tuple[str, tuple[str, ...], str]] = [
    (
        "Twenty-three fighters of the Allied Democratic Forces laid down their arms and surrendered to the "
        "Congolese army in Kasindi on Tuesday, a military spokesman said.",
        DEFECTOR,
        "Kasindi",
    ),
    (
        "Abu Harith al-Tamimi, a senior Nusra Front commander, announced in Idlib that he had left the group and "
        "joined Ahrar al-Sham.",
        DEFECTOR,
        "Idlib",
    ),
    (
        "The militia's leaders pledged allegiance to the Islamic State at a ceremony in Derna, according to "
        "photos posted online.",
        PLEDGE,
        "Derna",
    ),
    (
        "Forty-two members of the Mai-Mai Kirikicho group surrendered to FARDC troops at Mbinga-Sud, in Kalehe "
        "territory, on Monday.",
        DEFECTOR,
        "Mbinga-Sud",
    ),
    (
        "A Syrian army colonel defected to the rebels while stationed in Rastan, he said in a video released on "
        "Wednesday.",
        DEFECTOR,
        "Rastan",
    ),
    (
        "In a video recorded in the Sinai, the militants swore allegiance to Abu Bakr al-Baghdadi.",
        PLEDGE,
        "Sinai",
    ),
    (
        "Some 300 Anti-Balaka fighters gave up their weapons to MINUSCA peacekeepers in the town of Bossembele, "
        "the mission said.",
        DEFECTOR,
        "Bossembele",
    ),
    (
        "Speaking in Quetta, the former Taliban commander said he had abandoned the insurgency and joined the "
        "government's peace programme.",
        DEFECTOR,
        "Quetta",
    ),
    (
        "Two North Korean soldiers crossed the border into Ganghwa island and defected to South Korea, the Joint "
        "Chiefs of Staff said.",
        DEFECTOR,
        "Ganghwa island",
    ),
    (
        "A commander of the Kotoko Brigade, known as Nganza, and 60 of his men surrendered to government forces "
        "in the village of Molundi on Thursday, the army said in a statement issued in the capital.",
        DEFECTOR,
        "Molundi",
    ),
    (
        "The Wadi Sarhan battalion announced from its base in Tell Rumeila that it had broken away from the Free "
        "Syrian Army and joined Jaish al-Islam.",
        DEFECTOR,
        "Tell Rumeila",
    ),
    (
        "Eleven fighters of the Ntaruka Defence Front handed themselves over to the army at Kibonge camp in "
        "Walikale territory, local officials said.",
        DEFECTOR,
        "Kibonge",
    ),
    (
        "Members of the Bani Harith tribe swore allegiance to the Houthis at a gathering in the district of Wadi Jabr.",
        PLEDGE,
        "Wadi Jabr",
    ),
    (
        "Gunmen opened fire on worshippers leaving a mosque on Friday, killing at least nine people. The attack "
        "in Kukawa was the third on a place of worship this month. Residents said the gunmen arrived on "
        "motorcycles. No group has claimed responsibility. The army said it had sent reinforcements.",
        VIOLENT,
        "Kukawa",
    ),
    (
        "Suspected Boko Haram insurgents attacked a military base overnight, killing four soldiers, the army "
        "said. The base, near the town of Damasak, had been attacked twice before. Troops repelled the assault "
        "after a two-hour gun battle. Several insurgents were killed. A spokesman said the situation was under "
        "control.",
        VIOLENT,
        "Damasak",
    ),
    (
        "A roadside bomb struck a police vehicle on Tuesday, killing three officers. It happened on the main road"
        " in Kodo district, a police spokesman said. Two other officers were wounded and taken to the hospital in"
        " Hargeisa. Al-Shabaab said it carried out the blast. The group often targets security forces.",
        VIOLENT,
        "Kodo",
    ),
    (
        "Militants ambushed a convoy of the paramilitary Frontier Corps on Saturday. Six soldiers were killed in "
        "the ambush, which took place in the Mastung area of Balochistan. The Balochistan Liberation Army claimed"
        " responsibility in a statement sent to reporters in Quetta. The province has seen a rise in separatist "
        "violence. Officials condemned the attack.",
        VIOLENT,
        "Mastung",
    ),
    (
        "Two suicide bombers blew themselves up at a crowded market on Monday, killing 17 people. The bombing in "
        "Konduga was the deadliest in the state this year. The wounded were taken to the State Specialist "
        "Hospital in Maiduguri. Witnesses said both bombers were young women. Boko Haram has used female bombers "
        "before.",
        VIOLENT,
        "Konduga",
    ),
    (
        "Fighters stormed a police post before dawn on Wednesday and set it on fire, officials said. The raid on "
        "Kassaro, a farming village 40 km from the district headquarters, left two officers dead. The attackers "
        "also looted a clinic. Residents fled to neighbouring villages. Police said they were searching for the "
        "attackers.",
        VIOLENT,
        "Kassaro",
    ),
    (
        "An explosion tore through a bus carrying soldiers on Sunday, killing at least 11, a military source "
        "said. The blast happened near Bandaro junction on the road to Mekiri. Rescue workers said the death toll"
        " could rise. The wounded were evacuated by helicopter to Dorama. No one has claimed the attack.",
        VIOLENT,
        "Bandaro junction",
    ),
    (
        "Gunmen killed a village chief and his two sons on Thursday night. The killings in Ngoroba were blamed on"
        " a local militia. The chief had spoken out against the militia's tax on traders. Police have made no "
        "arrests. Families have started to leave the area.",
        VIOLENT,
        "Ngoroba",
    ),
    (
        "A suicide car bomber rammed a Kandahar checkpoint on Thursday, killing five policemen, an official said.",
        VIOLENT,
        "Kandahar",
    ),
    (
        "The Mosul offensive by Iraqi forces entered its third week with troops pushing into eastern districts.",
        VIOLENT,
        "Mosul",
    ),
    (
        "Israeli airstrikes on Gaza City killed at least 12 people overnight, Palestinian health officials said.",
        VIOLENT,
        "Gaza City",
    ),
    (
        "Gunmen attacked a Benghazi hotel used by foreign diplomats, killing two guards.",
        VIOLENT,
        "Benghazi",
    ),
    (
        "A Russian air raid on an Ariha market killed 23 civilians, rescuers said.",
        VIOLENT,
        "Ariha",
    ),
    (
        "Militants fired rockets at the Kabul airport as the last evacuation flights left.",
        VIOLENT,
        "Kabul",
    ),
    (
        "A gunman opened fire on a Tumbaro bus station, wounding six travellers, police said.",
        VIOLENT,
        "Tumbaro",
    ),
    (
        "Drones struck a Hadi Khel compound, killing four suspected militants, local officials said.",
        VIOLENT,
        "Hadi Khel",
    ),
    (
        "Government warplanes bombed Maarat al-Numan (Ma'arrat an-Nu'man) on Monday, killing eight civilians.",
        VIOLENT,
        "Maarat al-Numan",
    ),
    (
        "Taliban fighters overran a district centre in Qaisar, also spelled Qaysar, in Faryab province on Sunday.",
        VIOLENT,
        "Qaisar",
    ),
    (
        "Clashes erupted in Al-Hasakah (Hasaka) between Kurdish forces and pro-government militia.",
        VIOLENT,
        "Al-Hasakah",
    ),
    (
        "Suspected jihadists killed 14 villagers in Tillia, or Tiliya, in western Niger, the government said.",
        VIOLENT,
        "Tillia",
    ),
    (
        "Armed men attacked the market in Bir Zawiya (also Bir Zaouia) on Friday, killing three traders.",
        VIOLENT,
        "Bir Zawiya",
    ),
    (
        '"They came at night and burned everything in Gamboru," said a resident who fled the attack.',
        VIOLENT,
        "Gamboru",
    ),
    (
        '"Our forces repelled an attack by the terrorists on the outskirts of Tal Afar," the military said.',
        VIOLENT,
        "Tal Afar",
    ),
    (
        'A witness told Reuters: "The planes struck the hospital in Kafr Nabl twice, ten minutes apart."',
        VIOLENT,
        "Kafr Nabl",
    ),
    (
        '"The rebels attacked our village, Makongo, at dawn and killed my brother," said Joseph, 34.',
        VIOLENT,
        "Makongo",
    ),
    (
        '"We surrendered to the army in Lokwana because we were hungry," one former fighter said.',
        DEFECTOR,
        "Lokwana",
    ),
    (
        "In Kirkuk, a car bomb killed four people near a police station. In Baquba, gunmen shot dead a local "
        "council member. And in Tikrit, a mortar round hit a market, wounding seven.",
        VIOLENT,
        "Kirkuk",
    ),
    (
        "In Kirkuk, a car bomb killed four people near a police station. In Baquba, gunmen shot dead a local "
        "council member. And in Tikrit, a mortar round hit a market, wounding seven.",
        VIOLENT,
        "Baquba",
    ),
    (
        "In Kirkuk, a car bomb killed four people near a police station. In Baquba, gunmen shot dead a local "
        "council member. And in Tikrit, a mortar round hit a market, wounding seven.",
        VIOLENT,
        "Tikrit",
    ),
    (
        "Separately, militants attacked a checkpoint in Arish, killing two soldiers, while a roadside bomb in "
        "Rafah wounded three policemen.",
        VIOLENT,
        "Arish",
    ),
    (
        "Separately, militants attacked a checkpoint in Arish, killing two soldiers, while a roadside bomb in "
        "Rafah wounded three policemen.",
        VIOLENT,
        "Rafah",
    ),
    (
        "Elsewhere on Tuesday, airstrikes hit Douma and Harasta in Eastern Ghouta, and rebels shelled Jaramana, "
        "state media said.",
        VIOLENT,
        "Douma",
    ),
    (
        "Elsewhere on Tuesday, airstrikes hit Douma and Harasta in Eastern Ghouta, and rebels shelled Jaramana, "
        "state media said.",
        VIOLENT,
        "Jaramana",
    ),
    (
        "Attacks were reported in three villages: in Kongori, gunmen killed five farmers; in Massabi, a church "
        "was burned; and in Dulumbe, two herders were shot dead.",
        VIOLENT,
        "Kongori",
    ),
    (
        "Attacks were reported in three villages: in Kongori, gunmen killed five farmers; in Massabi, a church "
        "was burned; and in Dulumbe, two herders were shot dead.",
        VIOLENT,
        "Massabi",
    ),
    (
        "Attacks were reported in three villages: in Kongori, gunmen killed five farmers; in Massabi, a church "
        "was burned; and in Dulumbe, two herders were shot dead.",
        VIOLENT,
        "Dulumbe",
    ),
    (
        "Fighting was also reported in Bakari district, where government troops clashed with rebels, and in the "
        "Tumba hills, where an army patrol was ambushed.",
        VIOLENT,
        "Bakari",
    ),
    (
        "Fighting was also reported in Bakari district, where government troops clashed with rebels, and in the "
        "Tumba hills, where an army patrol was ambushed.",
        VIOLENT,
        "Tumba hills",
    ),
    (
        "The Allied Democratic Forces, a Ugandan-born group that operates in the forests of Beni territory, "
        "killed at least 20 villagers overnight with machetes, local officials said.",
        VIOLENT,
        "Beni",
    ),
    (
        "Fighters from the Kandahar-based faction attacked a police checkpoint in Helmand's Nad Ali district, "
        "killing three officers.",
        VIOLENT,
        "Nad Ali",
    ),
    (
        "The Syria-based group claimed the attack on a hotel in Mogadishu, which killed 15 people.",
        VIOLENT,
        "Mogadishu",
    ),
    (
        "Gunmen from Zamfara state crossed into Niger and attacked the village of Guidan Roumdji, killing 18.",
        VIOLENT,
        "Guidan Roumdji",
    ),
    (
        "A Pakistani Taliban faction based in Afghanistan's Kunar province claimed the bombing of a police van in"
        " Peshawar.",
        VIOLENT,
        "Peshawar",
    ),
    (
        "The Lumasi militia, which controls much of the Ngoro plateau, attacked a displacement camp at Kitoro on "
        "Monday, killing 12.",
        VIOLENT,
        "Kitoro",
    ),
    (
        "A former commander of the Sabilu Brigade, which is active in the hills around Dar Kuma, surrendered to "
        "the army with 30 men in Umm Keddada.",
        DEFECTOR,
        "Umm Keddada",
    ),
    (
        "Gunmen killed three soldiers at a checkpoint in Kidal on Friday, the army said in a statement issued in "
        "Bamako.",
        VIOLENT,
        "Kidal",
    ),
    (
        "The wounded were flown to Nairobi after the attack on a bus near Mandera that killed eight.",
        VIOLENT,
        "Mandera",
    ),
    (
        "Speaking to reporters in Geneva, the UN envoy condemned the shelling of civilian areas in Taiz.",
        VIOLENT,
        "Taiz",
    ),
    (
        "The defector, who was later flown to Seoul for questioning, crossed the military demarcation line in the"
        " Cheorwon sector.",
        DEFECTOR,
        "Cheorwon",
    ),
    (
        "At a press conference in Tambara, the governor said bandits had killed 14 people in Gidan Kano village.",
        VIOLENT,
        "Gidan Kano",
    ),
    (
        "The injured were rushed to Koloma General Hospital after gunmen attacked a wedding in Bassaru.",
        VIOLENT,
        "Bassaru",
    ),
    (
        "MAIDUGURI, Nigeria (Reuters) - More than 200 Boko Haram fighters have surrendered to the army in the "
        "past week, the military said on Monday. The fighters gave themselves up with their wives and children in"
        " Bama and Gwoza. They were taken to a rehabilitation camp in Gombe state. Army spokesman said the "
        "surrenders followed intensified air raids. The insurgency has killed more than 30,000 people.",
        DEFECTOR,
        "Bama",
    ),
    (
        "A senior leader of the Ogaden rebels has defected to the government. Abdi Hussein, the group's former "
        "military chief, crossed into Ethiopia from Somalia last week. He was received by officials in Jijiga, "
        "the regional capital. He said the group was losing support. The rebels dismissed the defection as "
        "insignificant.",
        DEFECTOR,
        "Jijiga",
    ),
    (
        "KABUL, Afghanistan (AP) - Forty Taliban fighters have joined the peace process in western Herat "
        "province, officials said Saturday. The insurgents handed over their weapons at a ceremony in the "
        "provincial capital. Governor said they would be reintegrated. The Taliban denied the men were its "
        "fighters. Such ceremonies are common.",
        DEFECTOR,
        "Herat",
    ),
    (
        "Two senior commanders of the Free Syrian Army's Northern Storm brigade have defected to the Islamic "
        "State, activists said. The men switched sides in Azaz, near the Turkish border, along with dozens of "
        "fighters. The brigade confirmed the defections. It said the men had been paid. The Islamic State has "
        "absorbed several rebel units.",
        DEFECTOR,
        "Azaz",
    ),
    (
        "GOMA (AFP) - A rebel commander and 120 of his fighters have surrendered to UN peacekeepers in eastern "
        "Congo, the UN mission said Friday. Colonel Kakule gave himself up at the MONUSCO base in Kiwanja on "
        "Thursday. He had led a splinter faction of the Mai-Mai. The mission said the fighters would be disarmed."
        " Dozens of groups are active in North Kivu.",
        DEFECTOR,
        "Kiwanja",
    ),
    (
        "A group of Abu Sayyaf members surrendered on Sunday. The 14 militants yielded to the military in Patikul"
        " town, Sulu. They brought with them firearms and explosives. Military officials said the surrender was "
        "the result of negotiations. The group has been weakened by offensives.",
        DEFECTOR,
        "Patikul",
    ),
    (
        "Nineteen fighters of the Chidobe Liberation Movement have surrendered, the army said. The fighters "
        "reported to the military camp at Kadugla on Wednesday evening. They handed over 15 rifles and a machine "
        "gun. The movement has been fighting the government since 2011. It did not comment.",
        DEFECTOR,
        "Kadugla",
    ),
    (
        "A commander of the Kayin Peace Army has defected with 80 soldiers to the Karen National Union. The "
        "defection took place at Mae Pa Lai, a village near the Thai border. The commander said he had been "
        "sidelined. The KNU welcomed the men. Fighting has displaced thousands in the area.",
        DEFECTOR,
        "Mae Pa Lai",
    ),
    (
        "The leader of a Sunni tribal militia has pledged allegiance to al-Qaeda in the Islamic Maghreb, a "
        "monitoring group said. The pledge was read out at a mosque in Tin Zaouaten. The militia controls "
        "smuggling routes. Its leader fought for the government in 2012. AQIM praised the move.",
        PLEDGE,
        "Tin Zaouaten",
    ),
    (
        "Thirty members of the Lendu militia CODECO laid down their weapons in Djugu territory on Saturday. They "
        "surrendered at a ceremony attended by the provincial governor. The governor, speaking in Bunia, urged "
        "others to follow. Officials said they would enter a demobilisation programme. CODECO has killed hundreds"
        " of civilians.",
        DEFECTOR,
        "Djugu",
    ),
    (
        "A Maoist area commander carrying a reward of five lakh rupees surrendered on Tuesday. Ramesh Oyam gave "
        "himself up before the superintendent of police in Sukma. He said he was disillusioned with the movement."
        " He was given an initial payment under the state's rehabilitation policy. Seven Maoists have surrendered"
        " in the district this month.",
        DEFECTOR,
        "Sukma",
    ),
    (
        "Suspected Islamist militants have killed at least 30 people in an attack on a village in north-east "
        "Democratic Republic of Congo, local officials say. The attackers struck overnight in Tchabi, in Ituri "
        "province. Survivors said the attackers used machetes. The army blamed the ADF. Officials in Bunia said "
        "the toll could rise.",
        VIOLENT,
        "Tchabi",
    ),
    (
        "Heavy fighting broke out on Sunday between rival armed groups, killing at least 40. The clashes, in the "
        "town of Kalma, began after a dispute over a water point. Aid agencies said hundreds fled. Leaders from "
        "both communities met in the state capital. A curfew was imposed.",
        VIOLENT,
        "Kalma",
    ),
    (
        "BAGHDAD (Reuters) - A suicide bomber killed 12 people at a checkpoint north of the Iraqi capital on "
        "Thursday. The attack struck near Tarmiyah as soldiers searched cars. Islamic State claimed "
        "responsibility through its Amaq news agency. The group has stepped up attacks. Police said 20 were "
        "wounded.",
        VIOLENT,
        "Tarmiyah",
    ),
    (
        "Gunmen on motorcycles killed 11 people at a gold mine on Friday, a local official said. The mine is "
        "located near Kongoussi, in the Centre-Nord region. Attacks in the area have become frequent. The "
        "government sent troops. No group claimed the attack.",
        VIOLENT,
        "Kongoussi",
    ),
    (
        "Islamic State fighters seized a border crossing on Saturday. The crossing at Al-Qaim links Iraq and "
        "Syria. Iraqi troops withdrew after clashes. Officials said the militants now control all three "
        "crossings. The fall of the crossing is a blow to Baghdad.",
        VIOLENT,
        "Al-Qaim",
    ),
    (
        "Armed men raided a cattle camp on Sunday and drove off more than 2,000 cows, killing six herders. Local "
        "officials said the raid on Pakur camp was carried out by youths from a neighbouring county. Police "
        "pursued the raiders. The county commissioner called for calm. Cattle raids are common in the dry season.",
        VIOLENT,
        "Pakur",
    ),
    (
        "Unknown gunmen attacked a convoy of aid trucks on Tuesday. The attack happened between Bokanda and "
        "Sanguere on the main supply route. Two drivers were killed. The UN suspended deliveries. Officials in "
        "the capital condemned the attack.",
        VIOLENT,
        "Bokanda",
    ),
    (
        "Militants stormed a police station and freed 12 detainees on Wednesday. Four policemen died in the "
        "assault on Gwandari station. The militants escaped towards the Zurak forest. Police said they had "
        "launched a manhunt. The group had threatened to free its members.",
        VIOLENT,
        "Gwandari",
    ),
    (
        "At least 15 people were killed when gunmen attacked a village, the local governor said. The attack "
        "targeted Rimi Tsiwa, a hamlet in Gusau local government area. The gunmen arrived on dozens of "
        "motorcycles. They also kidnapped 20 women. Troops arrived after the attackers had gone.",
        VIOLENT,
        "Rimi Tsiwa",
    ),
    (
        "Soldiers fired on protesters on Saturday, killing three and wounding dozens, rights groups said. "
        "Thousands had gathered in Nyamakuta square to demand the release of an opposition leader. Police said "
        "the protesters were armed. The government said it would investigate. The opposition called for a strike.",
        VIOLENT,
        "Nyamakuta square",
    ),
    (
        "The Islamic State West Africa Province says it killed 20 soldiers in an attack on a base. The group said"
        " in a statement that its fighters overran the base in Marte. The army confirmed an attack but gave no "
        "toll. Marte has changed hands several times. Residents fled to Dikwa.",
        VIOLENT,
        "Marte",
    ),
    (
        "Police said a man stabbed three people at a train station on Friday. The attack at Westfield station "
        "happened during the morning rush hour. The suspect was arrested. Police said the motive was unclear. The"
        " victims were taken to St Mary's hospital.",
        VIOLENT,
        "Westfield station",
    ),
    (
        "ISLAMABAD — A Pakistani soldier and two militants were killed in an exchange of fire in North "
        "Waziristan, the military said on Monday. The gunfight erupted when troops raided a hideout. Weapons and "
        "ammunition were recovered. The area was once a Taliban stronghold. Military operations have reduced "
        "violence there.",
        VIOLENT,
        "North Waziristan",
    ),
    (
        "Rebels attacked the town at dawn, burning houses and killing at least seven people, residents of "
        "Sotoumbe said on Tuesday. The rebels withdrew after soldiers arrived. Many residents fled into the bush."
        " Aid workers said they could not reach the town. The government blamed the CPC coalition.",
        VIOLENT,
        "Sotoumbe",
    ),
    (
        "A drone struck a car on Thursday, killing two men described as senior al-Qaeda operatives, local "
        "officials said. The strike happened in Wadi Abida, east of the city of Marib. The car was destroyed. The"
        " US military did not comment. Drone strikes have killed dozens of suspected militants this year.",
        VIOLENT,
        "Wadi Abida",
    ),
    (
        "Turkish artillery shelled Kurdish positions on Sunday. The shelling hit villages around Tal Rifaat. "
        "Kurdish forces said two fighters were killed. Turkey said it was responding to fire from across the "
        "border. The area has seen repeated exchanges.",
        VIOLENT,
        "Tal Rifaat",
    ),
    (
        "A soldier defected to the South by swimming across the Han River estuary, officials said.",
        DEFECTOR,
        "Han River",
    ),
    (
        "Two guards slipped across the Tumen frontier into Yanbian and defected, a rights group said.",
        DEFECTOR,
        "Yanbian",
    ),
]

# (text, event types, a place that is not where that event happened)
NOT_THERE: list[tuple[str, tuple[str, ...], str]] = [
    (
        "A commander of the Kotoko Brigade, known as Nganza, and 60 of his men surrendered to government forces "
        "in the village of Molundi on Thursday, the army said in a statement issued in the capital.",
        DEFECTOR,
        "the capital",
    ),
    (
        "Militants ambushed a convoy of the paramilitary Frontier Corps on Saturday. Six soldiers were killed in "
        "the ambush, which took place in the Mastung area of Balochistan. The Balochistan Liberation Army claimed"
        " responsibility in a statement sent to reporters in Quetta. The province has seen a rise in separatist "
        "violence. Officials condemned the attack.",
        VIOLENT,
        "Quetta",
    ),
    (
        "Two suicide bombers blew themselves up at a crowded market on Monday, killing 17 people. The bombing in "
        "Konduga was the deadliest in the state this year. The wounded were taken to the State Specialist "
        "Hospital in Maiduguri. Witnesses said both bombers were young women. Boko Haram has used female bombers "
        "before.",
        VIOLENT,
        "Maiduguri",
    ),
    (
        "An explosion tore through a bus carrying soldiers on Sunday, killing at least 11, a military source "
        "said. The blast happened near Bandaro junction on the road to Mekiri. Rescue workers said the death toll"
        " could rise. The wounded were evacuated by helicopter to Dorama. No one has claimed the attack.",
        VIOLENT,
        "Dorama",
    ),
    (
        "The Allied Democratic Forces, a Ugandan-born group that operates in the forests of Beni territory, "
        "killed at least 20 villagers overnight with machetes, local officials said.",
        VIOLENT,
        "Ugandan",
    ),
    (
        "Fighters from the Kandahar-based faction attacked a police checkpoint in Helmand's Nad Ali district, "
        "killing three officers.",
        VIOLENT,
        "Kandahar",
    ),
    (
        "The Syria-based group claimed the attack on a hotel in Mogadishu, which killed 15 people.",
        VIOLENT,
        "Syria",
    ),
    (
        "Gunmen from Zamfara state crossed into Niger and attacked the village of Guidan Roumdji, killing 18.",
        VIOLENT,
        "Zamfara",
    ),
    (
        "A Pakistani Taliban faction based in Afghanistan's Kunar province claimed the bombing of a police van in"
        " Peshawar.",
        VIOLENT,
        "Kunar",
    ),
    (
        "The Lumasi militia, which controls much of the Ngoro plateau, attacked a displacement camp at Kitoro on "
        "Monday, killing 12.",
        VIOLENT,
        "Ngoro plateau",
    ),
    (
        "A former commander of the Sabilu Brigade, which is active in the hills around Dar Kuma, surrendered to "
        "the army with 30 men in Umm Keddada.",
        DEFECTOR,
        "Dar Kuma",
    ),
    (
        "Gunmen killed three soldiers at a checkpoint in Kidal on Friday, the army said in a statement issued in "
        "Bamako.",
        VIOLENT,
        "Bamako",
    ),
    (
        "The wounded were flown to Nairobi after the attack on a bus near Mandera that killed eight.",
        VIOLENT,
        "Nairobi",
    ),
    (
        "Speaking to reporters in Geneva, the UN envoy condemned the shelling of civilian areas in Taiz.",
        VIOLENT,
        "Geneva",
    ),
    (
        "Three Tunisian-born militants took part in the attack on the Bardo museum, officials said.",
        VIOLENT,
        "Tunisian",
    ),
    (
        "The defector, who was later flown to Seoul for questioning, crossed the military demarcation line in the"
        " Cheorwon sector.",
        DEFECTOR,
        "Seoul",
    ),
    (
        "At a press conference in Tambara, the governor said bandits had killed 14 people in Gidan Kano village.",
        VIOLENT,
        "Tambara",
    ),
    (
        "The injured were rushed to Koloma General Hospital after gunmen attacked a wedding in Bassaru.",
        VIOLENT,
        "Koloma",
    ),
    (
        "MAIDUGURI, Nigeria (Reuters) - More than 200 Boko Haram fighters have surrendered to the army in the "
        "past week, the military said on Monday. The fighters gave themselves up with their wives and children in"
        " Bama and Gwoza. They were taken to a rehabilitation camp in Gombe state. Army spokesman said the "
        "surrenders followed intensified air raids. The insurgency has killed more than 30,000 people.",
        DEFECTOR,
        "Gombe",
    ),
    (
        "GOMA (AFP) - A rebel commander and 120 of his fighters have surrendered to UN peacekeepers in eastern "
        "Congo, the UN mission said Friday. Colonel Kakule gave himself up at the MONUSCO base in Kiwanja on "
        "Thursday. He had led a splinter faction of the Mai-Mai. The mission said the fighters would be disarmed."
        " Dozens of groups are active in North Kivu.",
        DEFECTOR,
        "Goma",
    ),
    (
        "Thirty members of the Lendu militia CODECO laid down their weapons in Djugu territory on Saturday. They "
        "surrendered at a ceremony attended by the provincial governor. The governor, speaking in Bunia, urged "
        "others to follow. Officials said they would enter a demobilisation programme. CODECO has killed hundreds"
        " of civilians.",
        DEFECTOR,
        "Bunia",
    ),
    (
        "Suspected Islamist militants have killed at least 30 people in an attack on a village in north-east "
        "Democratic Republic of Congo, local officials say. The attackers struck overnight in Tchabi, in Ituri "
        "province. Survivors said the attackers used machetes. The army blamed the ADF. Officials in Bunia said "
        "the toll could rise.",
        VIOLENT,
        "Bunia",
    ),
    (
        "Islamic State fighters seized a border crossing on Saturday. The crossing at Al-Qaim links Iraq and "
        "Syria. Iraqi troops withdrew after clashes. Officials said the militants now control all three "
        "crossings. The fall of the crossing is a blow to Baghdad.",
        VIOLENT,
        "Baghdad",
    ),
    (
        "Militants stormed a police station and freed 12 detainees on Wednesday. Four policemen died in the "
        "assault on Gwandari station. The militants escaped towards the Zurak forest. Police said they had "
        "launched a manhunt. The group had threatened to free its members.",
        VIOLENT,
        "Zurak",
    ),
    (
        "The Islamic State West Africa Province says it killed 20 soldiers in an attack on a base. The group said"
        " in a statement that its fighters overran the base in Marte. The army confirmed an attack but gave no "
        "toll. Marte has changed hands several times. Residents fled to Dikwa.",
        VIOLENT,
        "Dikwa",
    ),
    (
        "Police said a man stabbed three people at a train station on Friday. The attack at Westfield station "
        "happened during the morning rush hour. The suspect was arrested. Police said the motive was unclear. The"
        " victims were taken to St Mary's hospital.",
        VIOLENT,
        "St Mary's",
    ),
    (
        "ISLAMABAD — A Pakistani soldier and two militants were killed in an exchange of fire in North "
        "Waziristan, the military said on Monday. The gunfight erupted when troops raided a hideout. Weapons and "
        "ammunition were recovered. The area was once a Taliban stronghold. Military operations have reduced "
        "violence there.",
        VIOLENT,
        "Islamabad",
    ),
    (
        "A Syrian air force pilot crossed the border and defected to Jordan on Thursday.",
        DEFECTOR,
        "Jordan",
    ),
]
