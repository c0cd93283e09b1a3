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
]
