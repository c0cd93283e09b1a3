"""Probe passages for DEFECTION's roles in the styles of real text (issue 14, sixth pass): the side left only
implied by a title or rank ("a former Congress MLA joined the BJP", "an ex-FARC commander surrendered"), the side
joined given by a place or a leader ("fled to Turkey and joined the rebels", "crossed over to the government side"),
defectors given as a count, a group, an apposition, a relative clause or a passive, a defector named a sentence
before, surrender against capture or arrest, resignations, splits and party switching. Written for these tests, the
expected roles before kg was run on them.

Each probe: (text, defector, side left, side joined, place); None: that role is not checked.
"""

from __future__ import annotations

DEFECTIONS = [
    # the side left only implied by a title ("former", "ex-") on the person who joined another party
    (
        "NEW DELHI - Former Congress MLA Ramesh Kumar Verma joined the BJP on Monday in the presence of the party's "
        "state president, days before the assembly elections were announced.",
        "Ramesh Kumar Verma",
        "Congress",
        "the BJP",
        None,
    ),
    (
        "Former Congress corporator Sunil Bhandari joined the BJP along with dozens of his supporters at a function "
        "in Pune on Saturday.",
        "Sunil Bhandari",
        "Congress",
        "the BJP",
        None,
    ),
    (
        "Ex-Congress leader Jyotiraditya Scindia joined the BJP in March 2020, bringing down the Kamal Nath "
        "government in Madhya Pradesh.",
        "Jyotiraditya Scindia",
        "Congress",
        "the BJP",
        None,
    ),
    (
        "Senator Godswill Akpabio, a former PDP governor of Akwa Ibom, defected to the APC in August 2018.",
        "Godswill Akpabio",
        "PDP",
        "the APC",
        None,
    ),
    (
        "Former PDP senator Dino Melaye was welcomed into the APC by the party's national chairman at a rally in "
        "Lokoja on Thursday.",
        "Dino Melaye",
        "PDP",
        "the APC",
        None,
    ),
    # party switching said outright
    (
        "Lagos State lawmaker Tunde Braimoh quit the PDP and joined the APC on Thursday, citing the crisis in the "
        "party's state chapter.",
        "Tunde Braimoh",
        "the PDP",
        "the APC",
        None,
    ),
    (
        "Kwame Asante, a former deputy minister, resigned from the NPP on Friday and joined the NDC, the party's "
        "spokesman said.",
        "Kwame Asante",
        "the NPP",
        "the NDC",
        None,
    ),
    (
        "Two opposition MPs crossed the floor to the ruling Zanu-PF on Wednesday, Speaker Jacob Mudenda told "
        "parliament.",
        "Two opposition MPs",
        None,
        "Zanu-PF",
        None,
    ),
    # armed defectors whose side left is a title or rank
    (
        "An ex-FARC commander known as El Paisa surrendered to the army in Caqueta with eleven of his men, the "
        "Defence Ministry said.",
        "An ex-FARC commander",
        "FARC",
        "the army",
        "Caqueta",
    ),
    (
        "Ibrahim Musa, a Boko Haram commander, surrendered to the Nigerian army with his fighters in Bama on "
        "Friday, a military spokesman said.",
        "Ibrahim Musa",
        "Boko Haram",
        "the Nigerian army",
        "Bama",
    ),
    (
        "Abu Khaled al-Tunisi, a senior emir of the Islamic State in Raqqa, crossed over to the government side "
        "with his bodyguards in March.",
        "Abu Khaled al-Tunisi",
        "the Islamic State",
        "the government side",
        None,
    ),
    (
        "Yevgeny Kozlov, a Russian army captain, deserted from his unit in Belgorod and handed himself over to "
        "Ukrainian forces.",
        "Yevgeny Kozlov",
        "Russian army",
        "Ukrainian forces",
        None,
    ),
    # the side joined given by where the defector went, or by a leader
    (
        "Lieutenant Colonel Ahmed Kamel, an officer in the Syrian air force, defected in May, fled to Turkey and "
        "joined the rebels.",
        "Ahmed Kamel",
        "the Syrian air force",
        "the rebels",
        None,
    ),
    (
        "On Sunday the commander of the rebel 9th Brigade crossed over to the government side in Daraa with 120 "
        "of his men.",
        "the commander",
        "the rebel 9th Brigade",
        "the government side",
        "Daraa",
    ),
    # counts and groups of defectors
    (
        "Some 300 fighters of the Liwa al-Haq brigade laid down their arms and joined the Syrian Democratic Forces "
        "near Manbij, a spokesman said.",
        "Some 300 fighters",
        "the Liwa al-Haq brigade",
        "the Syrian Democratic Forces",
        "Manbij",
    ),
    (
        "A group of 25 al-Shabaab fighters, including a senior commander, defected to the federal government in "
        "Baidoa, the state news agency SONNA reported.",
        "A group of 25 al-Shabaab fighters",
        "al-Shabaab",
        "the federal government",
        "Baidoa",
    ),
    (
        "Forty soldiers of the 5th Battalion deserted their base in Gao and joined the MNLA rebels, a Malian "
        "officer said.",
        "Forty soldiers",
        "the 5th Battalion",
        "the MNLA rebels",
        None,
    ),
    (
        "Five ULFA militants surrendered before the Assam Rifles in Tinsukia district on Tuesday, a defence "
        "spokesman said.",
        "Five ULFA militants",
        "ULFA",
        "the Assam Rifles",
        "Tinsukia district",
    ),
    # apposition, relative clause, copula
    (
        "Riyad Hijab, who defected from the Assad regime in 2012, now heads the opposition's negotiating committee.",
        "Riyad Hijab",
        "the Assad regime",
        None,
        None,
    ),
    (
        "Kim Ju-il is a former North Korean army officer who defected to the South in 2005.",
        "Kim Ju-il",
        "North Korean army",
        "the South",
        None,
    ),
    # a defector named a sentence before
    (
        "Abdul Razzaq Tlass is a nephew of the former defence minister. He defected from the Syrian army in June "
        "and now leads the Farouq Brigade in Homs.",
        "Abdul Razzaq Tlass",
        "the Syrian army",
        None,
        None,
    ),
    (
        "Mohammed Abu Bakr was for years a commander of Jaish al-Islam in Douma. On Monday he surrendered to Syrian "
        "government forces at the Wafideen crossing with 40 of his men, state media said.",
        "Mohammed Abu Bakr",
        "Jaish al-Islam",
        "Syrian government forces",
        None,
    ),
    # factions splitting off
    (
        "In 2016 a faction led by Abu Yusuf split from Ansar al-Sharia and formed a new group in Derna.",
        "a faction",
        "Ansar al-Sharia",
        None,
        None,
    ),
    (
        "The Jamaat-ul-Ahrar faction broke away from the Tehrik-i-Taliban Pakistan in August 2014.",
        "The Jamaat-ul-Ahrar faction",
        "the Tehrik-i-Taliban Pakistan",
        None,
        None,
    ),
    (
        "The Mujahideen Brigade, which had fought under the Free Syrian Army banner, defected to Jabhat al-Nusra in "
        "late 2013 with its heavy weapons.",
        "The Mujahideen Brigade",
        None,
        "Jabhat al-Nusra",
        None,
    ),
    (
        "The defector, a former major in North Korea's State Security Department, arrived in Seoul last month.",
        "a former major",  # the apposition: either alias names the defector
        "North Korea's State Security Department",
        None,
        None,
    ),
    (
        "Three commanders of the Ansar Dine group and 60 of their fighters surrendered to French troops near "
        "Kidal, the French army said.",
        "Three commanders",
        "the Ansar Dine group",
        "French troops",
        "Kidal",
    ),
    (
        "Former Jubilee MP Moses Kuria defected to the UDA ahead of the 2022 election.",
        "Moses Kuria",
        "Jubilee",
        "the UDA",
        None,
    ),
    # a second set, written after the first mechanisms had landed, to check that they carry over
    (
        "In 2013, several hundred fighters from the Free Syrian Army's Liwa al-Tawhid defected to ISIL, taking "
        "their weapons with them.",
        "several hundred fighters",
        "Liwa al-Tawhid",
        "ISIL",
        None,
    ),
    (
        "The group was founded in 2012 by Mokhtar Belmokhtar after he split from AQIM over the leadership of its "
        "southern zone.",
        "Mokhtar Belmokhtar",
        "AQIM",
        None,
        None,
    ),
    (
        "Brigadier General Manaf Tlass, commander of a Republican Guard brigade, defected in July 2012 and fled to "
        "France.",
        "Manaf Tlass",
        "Republican Guard",
        "France",
        None,
    ),
    (
        "Hafiz Saeed Khan, previously the TTP chief for Orakzai Agency, defected to ISIL in October 2014 along with "
        "five other TTP commanders.",
        "Hafiz Saeed Khan",
        "TTP",
        "ISIL",
        None,
    ),
    (
        "In January 2015 a number of senior commanders left the Taliban and pledged allegiance to the Islamic "
        "State's Khorasan Province.",
        "a number of senior commanders",
        "the Taliban",
        "Khorasan Province",
        None,
    ),
    (
        "General Abdul Malik Pahlawan, Dostum's deputy, switched sides to the Taliban in May 1997, handing them "
        "control of Mazar-i-Sharif.",
        "Abdul Malik Pahlawan",
        None,
        "the Taliban",
        None,
    ),
    (
        "The Syrian Observatory said 20 soldiers had defected from a checkpoint near Rastan on Friday. The "
        "defectors joined the Free Syrian Army, which has been fighting government troops in the area.",
        "20 soldiers",
        None,
        "the Free Syrian Army",
        None,
    ),
    (
        "Kano - Former Kano governor Rabiu Kwankwaso, a PDP chieftain, on Saturday joined the NNPP at a rally "
        "attended by thousands of supporters.",
        "Rabiu Kwankwaso",
        "PDP",
        "the NNPP",
        None,
    ),
    (
        "K. Annamalai said S. Ravi, the AIADMK's former district secretary, joined the BJP on Sunday along with "
        "200 party workers.",
        "S. Ravi",
        "AIADMK",
        "the BJP",
        None,
    ),
    (
        "A senior commander of the Eritrean army, Colonel Tesfay Gebre, defected to Ethiopia last week and was "
        "granted asylum, officials in Addis Ababa said.",
        "Tesfay Gebre",
        "the Eritrean army",
        "Ethiopia",
        None,
    ),
    (
        "Former ANC MP Mzwanele Manyi was welcomed into the EFF by party leader Julius Malema at a media briefing "
        "in Johannesburg.",
        "Mzwanele Manyi",
        "ANC",
        "the EFF",
        None,
    ),
    (
        "Abu Mohammed al-Golani's former deputy, Saleh al-Hamawi, left Jabhat al-Nusra in 2015 and joined Ahrar "
        "al-Sham.",
        "Saleh al-Hamawi",
        "Jabhat al-Nusra",
        "Ahrar al-Sham",
        None,
    ),
    (
        "In March 2016, dozens of fighters of the Jaysh al-Tahrir brigade, a Free Syrian Army unit, crossed over "
        "to the Islamic State near Azaz.",
        "dozens of fighters",
        "the Jaysh al-Tahrir brigade",
        "the Islamic State",
        "Azaz",
    ),
    # a third set, written after the second step, for the side joined and titles held now
    (
        "Government forces retook the town of Qusayr on Wednesday. Meanwhile, an officer of the Republican Guard "
        "defected to the opposition, the Local Coordination Committees said.",
        "an officer of the Republican Guard",
        "the Republican Guard",
        "the opposition",
        None,
    ),
    (
        "Moise Katumbi, a former ally of the president, quit the ruling coalition and joined the opposition in "
        "September 2015.",
        "Moise Katumbi",
        "the ruling coalition",
        "the opposition",
        None,
    ),
    (
        "A Houthi commander, Abu Ali al-Hakim, defected to the Saudi-led coalition with 30 of his fighters, the "
        "coalition said in a statement.",
        "Abu Ali al-Hakim",
        "Houthi",
        "the Saudi-led coalition",
        None,
    ),
    (
        "Abu Aqla Kikal, an RSF commander in Gezira state, switched sides to the Sudanese army in October 2024.",
        "Abu Aqla Kikal",
        "RSF",
        "the Sudanese army",
        None,
    ),
    (
        "More than 200 M23 rebels surrendered to MONUSCO peacekeepers in Kiwanja on Monday, the UN mission said.",
        "More than 200 M23 rebels",
        "M23",
        "MONUSCO peacekeepers",
        "Kiwanja",
    ),
    (
        "In Sulu, 17 members of the Abu Sayyaf Group surrendered to the military's Joint Task Force Sulu on Friday.",
        "17 members of the Abu Sayyaf Group",
        "the Abu Sayyaf Group",
        "Joint Task Force Sulu",
        None,
    ),
    (
        "Lt. Col. Abdullah Fadil Qaddour defected from the Syrian army's 17th Division and announced his allegiance "
        "to the Free Syrian Army in a video posted online.",
        "Abdullah Fadil Qaddour",
        "the Syrian army's 17th Division",
        "the Free Syrian Army",
        None,
    ),
    (
        "Two former ZANU-PF legislators joined the Citizens Coalition for Change on Monday, the party's spokesman "
        "said.",
        "Two former ZANU-PF legislators",
        "ZANU-PF",
        "the Citizens Coalition for Change",
        None,
    ),
    # a fourth set, written after the third step: defections not found at all (crossings, escapes, inductions,
    # headlines, a name the gazetteer read as a state's)
    (
        "SEOUL (Yonhap) -- A North Korean soldier crossed the heavily fortified border into South Korea on Tuesday, "
        "the Joint Chiefs of Staff said.",
        "A North Korean soldier",
        "North Korea",
        "South Korea",
        None,
    ),
    (
        "A North Korean diplomat posted in Italy escaped to South Korea with his wife in 2019, lawmakers said.",
        "A North Korean diplomat",
        "North Korea",
        "South Korea",
        None,
    ),
    (
        "Former Congress MLA Ravinder Singh was inducted into the BJP in the presence of the party's state chief "
        "on Friday.",
        "Ravinder Singh",
        "Congress",
        "the BJP",
        None,
    ),
    (
        "Senior Taliban commander surrenders to Afghan forces in Kunduz",
        "Senior Taliban commander",
        "Taliban",
        "Afghan forces",
        "Kunduz",
    ),
    (
        "Top Boko Haram commander and 40 fighters surrender to troops in Borno",
        "Top Boko Haram commander",
        "Boko Haram",
        "troops",
        "Borno",
    ),
    (
        "The Islamic State has lost several commanders in recent months. Abu Yahya al-Iraqi, its top official in "
        "Raqqa, defected to the Free Syrian Army last week.",
        "Abu Yahya al-Iraqi",
        "The Islamic State",
        "the Free Syrian Army",
        None,
    ),
    (
        "Mukhtar Robow, al-Shabaab's former spokesman, turned himself over to government forces in Hudur in 2017.",
        "Mukhtar Robow",
        "al-Shabaab",
        "government forces",
        "Hudur",
    ),
    (
        "Twelve hardcore Maoists, including two area commanders, laid down their arms before the Chief Minister in "
        "Raipur on Monday.",
        "Twelve hardcore Maoists",
        None,
        None,
        "Raipur",
    ),
    (
        "Colonel Riad al-Asaad, who had deserted the Syrian air force in July 2011, founded the Free Syrian Army "
        "from a refugee camp in Turkey.",
        "Riad al-Asaad",
        "the Syrian air force",
        None,
        None,
    ),
    # a fifth set, written after the fourth step: windows (the defector a sentence before, a "they" that a witness
    # reports), places of defections on history pages, splits in a relative clause, the surrender of X to Y
    (
        "Pakistani security officials said on Sunday that a senior commander of the Tehrik-i-Taliban had "
        "surrendered. Latif Mehsud handed himself over to the army in North Waziristan along with six of his "
        "fighters.",
        "Latif Mehsud",
        None,
        "the army",
        "North Waziristan",
    ),
    (
        "Opposition activists said General Mohammed Khalaf, who had commanded an army brigade in Deir ez-Zor, "
        "crossed over to the rebels with dozens of soldiers on Saturday.",
        "General Mohammed Khalaf",
        None,
        "the rebels",
        None,
    ),
    (
        "In June 2011, Lieutenant Colonel Hussein Harmoush defected in Jisr al-Shughur and announced the formation "
        "of the Free Officers Movement.",
        "Hussein Harmoush",
        None,
        None,
        "Jisr al-Shughur",
    ),
    (
        "On 21 March 2013, Major General Bashir al-Hammadi defected to the opposition in Homs.",
        "Bashir al-Hammadi",
        None,
        "the opposition",
        "Homs",
    ),
    (
        "Dozens of Somali soldiers left their bases in Lower Shabelle last week. They later surrendered to "
        "al-Shabaab in the town of Bulo Marer, residents said.",
        "Dozens of Somali soldiers",
        None,
        "al-Shabaab",
        "Bulo Marer",
    ),
    (
        "Jamaat-ul-Ahrar, which split from the Pakistani Taliban in 2014, claimed responsibility for the bombing in "
        "Lahore.",
        "Jamaat-ul-Ahrar",
        "the Pakistani Taliban",
        None,
        None,
    ),
    (
        "The surrender of Ahmed Omar Abu Obeida, al-Shabaab's deputy leader, to the Somali National Army ended a "
        "week of speculation about his whereabouts.",
        "Ahmed Omar Abu Obeida",
        "al-Shabaab",
        "the Somali National Army",
        None,
    ),
    (
        "Mamadou Sangare, the commander of the Malian army garrison in Gao, defected to the MNLA with 200 of his "
        "men in April 2012.",
        "Mamadou Sangare",
        "the Malian army garrison",
        "the MNLA",
        None,
    ),
]

# Surrender to police, capture, arrest, resignation, a former title alone, joining without leaving, secession,
# states capitulating, refugees: no DEFECTION.
NOT_DEFECTIONS = [
    "Police said the suspect surrendered to officers at the Kano divisional headquarters on Monday.",
    "Troops arrested a former Boko Haram commander in Maiduguri on Thursday, the army said.",
    "Soldiers captured 12 ISIS fighters after a gun battle near Hawija on Saturday.",
    "The defence minister resigned on Friday, citing differences with the president over the budget.",
    "Former Congress MP Ravi Shankar addressed a rally in Lucknow on Sunday.",
    "Thousands of new members joined the BJP during the party's membership drive in Gujarat.",
    "The former FARC commander now sits in the Colombian Senate for the Comunes party.",
    "Japan surrendered to the Allies in August 1945.",
    "The gunman surrendered to police after a three-hour standoff at the bank.",
    "South Sudan seceded from Sudan in 2011 after a referendum.",
    "Lawmakers from the PDP walked out of the chamber in protest over the budget.",
    "The two factions of the party split over the choice of a presidential candidate in 2019.",
    "A former Syrian army officer testified at the trial in Koblenz on Tuesday.",
    "Refugees fled to Turkey as government forces advanced on Idlib.",
    "Five suspected ULFA militants were arrested by the Assam Rifles in Tinsukia district.",
    "Former BJP president Amit Shah addressed party workers in Ahmedabad on Sunday.",
    "The former Congress leader joined the protest outside the collectorate on Monday.",
    "Ex-servicemen joined the march in New Delhi to demand pension reforms.",
    "Former Congress MLA Ravi Verma joined Rahul Gandhi on the stage at the rally in Jaipur.",
    "Former US President Barack Obama joined the Democrats' campaign in Philadelphia on Saturday.",
    "Former BJP MLA Raj Kumar joined the BJP's campaign in Delhi on Sunday.",
    # the second set
    # (insurgents surrendering to the police are a defection to the state since the ninth pass, as stress2's gold has
    # it: tests/probes_side_changes.py; a suspect surrendering to the police stays none)
    "A suspect in the Dantewada shooting surrendered before the police superintendent on Monday.",
    "Over 40 Maoist cadres were arrested by the police in Dantewada on Monday, officials said.",
    "The 93rd Brigade's commander said dozens of his soldiers had been captured by Russian forces near Bakhmut.",
    "Former ANC MP Mzwanele Manyi was welcomed at the airport by party supporters on Friday.",
    "Former Kano governor Rabiu Kwankwaso joined thousands of supporters at a rally in Kano on Saturday.",
    "The AIADMK's former district secretary S. Ravi joined the hunger strike outside the collectorate.",
    "Hundreds of soldiers left their barracks in Bamako on Monday for a training exercise in the north.",
    # the third set
    "A Houthi commander was captured by the Saudi-led coalition near Marib on Sunday.",
    "The RSF commander denied reports that he had switched sides to the army.",
    "The ruling coalition joined the opposition in condemning the attack on the embassy.",
    "ZANU-PF legislators joined the Speaker at the opening of parliament.",
    # the fourth set
    "A North Korean fishing boat drifted across the maritime border into South Korean waters on Tuesday.",
    "The minister was inducted into the cabinet on Friday along with four new faces.",
    "South Korean troops crossed the border into North Korea during the exercise in 1976.",
    "Tourists escaped to safety as the fire spread through the hotel in Seoul.",
    "Taliban commander killed in Afghan forces raid in Kunduz",
    # the fifth set
    "Security forces captured Latif Mehsud in Afghanistan and handed him over to Pakistani authorities.",
    "General Khalaf was removed from his command after the rebels took the base.",
    "The defence minister resigned and left the country for Dubai on Friday.",
    "The Pakistani Taliban split into several factions after the death of its leader.",
]
