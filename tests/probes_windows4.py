"""Wire windows and official pages where the doer is identified apart from the deed (issue 14, session 15): a generic
doer noun said, in a participle beside it or a sentence later, to be (members of) a named group ("The attackers,
identified as elements of the outlawed X, used ...", "The suspects, believed to be members of X, fled", "Witnesses
identified the perpetrators as members of X", "The army identified the rebels as fighters of X"), on releases,
bulletins, situation reports and agency copy, most with militias and villages no gazetteer knows; and the negatives:
a body that only reports the deed ("The Directorate ... reports that") is no doer of "the attackers", a doer not
identified or a victim identified names no group, a group named only for earlier attacks is no doer of an unclaimed
one. The expected events were written before kg was run on them. Used by tests/test_extract_window_probes.py.

PROBES: (text, incidents, events, refused), as in tests/probes_windows2.py.
"""

from __future__ import annotations

Expected = tuple[str, str | None, tuple[str, ...]]

PROBES: list[tuple[str, int | None, list[Expected], tuple[str, ...]]] = [
    # --- 0-9: the doer identified in a participle, a copula or "identified X as Y" ---
    (
        "The Directorate of Public Security reports that on 2 May a patrol was ambushed on the Harba-Nafi road. The "
        "attackers, identified as elements of the outlawed Free Hills Brigade, used automatic weapons. One officer "
        "was killed and two were injured. Reinforcements were dispatched and the area was secured.",
        None,
        [("A", "Free Hills Brigade", ("a patrol",))],
        ("Directorate of Public Security",),
    ),
    (
        "Police Release, 14 March. At approximately 21:40 hrs, armed men entered the premises of the Soko Mjinga "
        "petrol station. The suspects shot the night guard, Mr. Juma Tindo, who died on the spot. The suspects, "
        "believed to be members of the Panya Road gang, fled with cash. Investigations are ongoing.",
        None,
        [("A", "Panya Road gang", ("the night guard",))],
        (),
    ),
    (
        "The Commission documented an attack on the village of Ndoki on 5 February. Witnesses identified the "
        "perpetrators as members of the Zaire militia. At least 17 people, including six children, were killed with "
        "machetes. The Commission recommends that the attack be investigated.",
        None,
        [("A", "Zaire militia", ("Ndoki",))],
        ("The Commission",),
    ),
    (
        "Insurgents ambushed a patrol near Mocimboa on Wednesday, killing seven soldiers, a military source said. The "
        "insurgents, known locally as al-Shabaab but unrelated to the Somali group, have pledged allegiance to "
        "Islamic State. Rwandan troops later cleared the area.",
        None,
        [("A", "al-Shabaab", ("a patrol",))],
        (),
    ),
    (
        "The Nyala Civil Defence Committee reported that a gang of armed men attacked the Tuma cattle market on "
        "Saturday. The attackers were identified by witnesses as militiamen of the Abbala Horsemen. They killed nine "
        "traders and drove off hundreds of cattle. The committee appealed for protection.",
        None,
        [("A", "Abbala Horsemen", ("nine traders",))],
        ("Nyala Civil Defence Committee",),
    ),
    (
        "Armed men raided the village of Dar Salam on Monday, burning 40 homes, local leaders said. The assailants, "
        "who wore military fatigues, were identified as members of a Janjaweed militia. Six villagers were killed. "
        "The government denied that its forces were involved.",
        None,
        [("A", "Janjaweed militia", ("Dar Salam",))],
        (),
    ),
    (
        "Rebels shelled the town of Mbandi overnight, killing three civilians, the army said. The army identified the "
        "rebels as fighters of the Patriotic Movement of Kanem. The shells hit a market and a school. The movement "
        "denied the accusation.",
        None,
        [("A", "Patriotic Movement of Kanem", ("Mbandi",))],
        (),
    ),
    (
        "Gunmen on motorcycles killed 23 people in the village of Sogo on Wednesday, the regional governor said. The "
        "assailants, believed to be fighters of the Katiba Gourma, also burned the market. Survivors fled to the "
        "town of Djibo.",
        None,
        [("A", "Katiba Gourma", ("23 people",))],
        (),
    ),
    (
        "Two journalists were shot dead outside their office in Peshawar on Thursday. Police said the gunmen were "
        "members of the banned Lashkar-e-Jhangvi. Both men worked for a local Urdu daily.",
        None,
        [("A", "Lashkar-e-Jhangvi", ("Two journalists",))],
        (),
    ),
    (
        "Three police officers were killed when gunmen opened fire on their patrol car in Ouled Nail on Saturday. "
        "Police sources said the gunmen were suspected of belonging to the Ansar al-Haqq group. A manhunt is under "
        "way.",
        None,
        [("A", "Ansar al-Haqq", ("Three police officers",))],
        (),
    ),
    # --- 10-15: negatives: nobody identified, a victim identified, a reporter, a background group ---
    (
        "Gunmen attacked a bus near Kolwa on Monday, killing six passengers. Police said the attackers had not been "
        "identified as members of the Kolwa Defence Front. An investigation is under way.",
        None,
        [("A", None, ("a bus",))],
        ("Kolwa Defence Front",),
    ),
    (
        "A bomb exploded in a market in Sadri on Friday, killing nine people. The victims were identified as members "
        "of the Hazara Welfare Council. No group claimed the attack.",
        None,
        [("A", None, ("nine people",))],
        ("Hazara Welfare Council",),
    ),
    (
        "The Directorate of Public Security said unidentified gunmen attacked a checkpoint in Wadi Salih on Sunday. "
        "The attackers escaped. Two officers were killed.",
        None,
        [("A", "gunmen", ("a checkpoint",))],
        ("Directorate of Public Security",),
    ),
    (
        "Gunmen attacked a mosque in Tillaberi during Friday prayers, killing 14 worshippers, officials said. The "
        "attackers have not been identified. Islamic State Sahel Province has carried out similar attacks in the "
        "area.",
        None,
        # the group's record is an event of its own (fourteenth pass), the mosque attack still the gunmen's
        [("A", "Gunmen", ("a mosque",)), ("A", "Islamic State Sahel Province", ())],
        (),
    ),
    (
        "The Ministry of Interior announced that terrorists attacked a security checkpoint in Bir Lahlou on Friday. "
        "The terrorists fled towards the border. Five conscripts were killed.",
        None,
        [("A", "terrorists", ("a security checkpoint",))],
        ("Ministry of Interior",),
    ),
    (
        "Gunmen killed four farmers in Gashua on Monday. The Kanuri Youth Vanguard, identified by police as a "
        "vigilante group, said it would help track the attackers.",
        None,
        [("A", "Gunmen", ("four farmers",))],
        ("Kanuri Youth Vanguard",),
    ),
]
