"""Events found at all, and false events (issue 14, ninth pass), by the classes of the held-out error analysis:
blasts with no bomb word, bombs that "went off", projectiles and "unknown" doers limited from hitting or destroying,
sentence-initial plurals the model reads as names ("Rockets slammed into ..."), drones that launched the missile,
clashes "over" a place, sides that battled each other, places that fell into an armed side's hands, armed sides
pushing or pressing on toward a place; and the false ones: strikes named as a capability, a role or a practice,
"came under fire over" an issue, "Neither side attacked", "no reports of clashes".  Written for kg in the styles of
wire copy, monitoring notes, incident summaries and reference pages, a third of them with places and militias no
gazetteer knows; what must come out was written before kg was run on them.  Used by tests/test_extract_triggers.py.

FOUND: (text, kind, agent, target): an event of ``kind`` ("A" any of the attack family, "AIR" an air strike) with that
agent and target (None: not checked) must be stated.
NONE: texts that must state no attack or air strike.
"""

from __future__ import annotations

FOUND: list[tuple[str, str, str | None, str | None]] = [
    # --- 0-6: blasts and bombs with no bomb word on the trigger ---
    ("A blast targeted a convoy of the Ndolo Defence Force in the Tamsi valley.", "A", None, "a convoy"),
    ("Four soldiers died when an explosive device went off under their vehicle near Tarwal.", "A", None, None),
    ("On 4 May, an explosive-laden motorcycle detonated near a market in Kelemba, killing 4.", "A", None, None),
    ("An explosion hit an army patrol on the road between Oyelo and Mesolo.", "A", None, "an army patrol"),
    ("A roadside bomb went off as a police pickup passed through Bandar Kulo, wounding two officers.", "A", None, None),
    ("A strike on a fuel depot in Kelemba killed three workers on Monday.", "A", None, None),
    ("Assailants damaged a power pylon with explosives near Tarwal on Sunday.", "A", "Assailants", "a power pylon"),
    # --- 7-12: doers limited from hitting or destroying ---
    ("A projectile hit a residential building in Oyelo, wounding four.", "A", None, "a residential building"),
    ("Mortar rounds struck the Green Zone late on Tuesday.", "A", None, "the Green Zone"),
    ("Unknown individuals destroyed a mobile phone mast in Kelemba district.", "A", None, "a mobile phone mast"),
    ("Unknown men torched the house of the village chief in Dabou and destroyed two cars.", "A", None, None),
    ("Artillery rounds hit a school in the Nkolo neighbourhood, killing a teacher.", "A", None, "a school"),
    ("The two militias battled each other in the streets of Zawiya, killing at least 12 people.", "A", None, None),
    # --- 13-17: a first word the model reads as a name ---
    ("Rockets slammed into the Green Zone on Tuesday night, police said.", "A", None, None),
    ("Rockets launched from southern Lebanon struck a house in Kiryat Shmona.", "A", None, "a house"),
    ("Mortars hit a school in Kelemba on Monday, killing two children.", "A", None, "a school"),
    ("Missiles struck an oil facility in Abqaiq on Saturday.", "A", None, "an oil facility"),
    ("Grenades were hurled at the Tamburi police post shortly after midnight.", "A", None, None),
    # --- 18-20: air strikes by what launched the weapon ---
    ("A drone-launched missile killed a Hezbollah commander in southern Lebanon.", "AIR", None, "Hezbollah commander"),
    ("A helicopter-fired rocket destroyed a rebel pickup outside Kelemba.", "AIR", None, None),
    ("Russian drones attacked energy infrastructure in Odesa overnight.", "AIR", None, None),
    # --- 21-27: places falling to a side, sides advancing, fights over a place ---
    ("Mukalla's fall to al-Qaeda in April 2015 gave the group a port.", "A", "al-Qaeda", "Mukalla"),
    ("The city of Ramadi fell into the hands of ISIS in May.", "A", "ISIS", None),
    ("Government forces and Tamburi rebels fought over the town of Oyelo on Monday.", "A", None, None),
    ("Iraqi forces pressed on toward the old city of Mosul.", "A", "Iraqi forces", "the old city of Mosul"),
    ("Rebel fighters pushed toward the provincial capital after taking two villages.", "A", "Rebel fighters", None),
    ("Government troops pushed into the eastern districts of Aleppo on Sunday.", "A", "Government troops", None),
    ("Fighters of the Kata Bongo militia pushed the army out of Mesolo on Friday.", "A", None, "the army"),
]

NONE: list[str] = [
    # strikes named as a capability, a role or a practice
    "The aircraft is designed for deep strike missions.",
    "The Tomahawk is a long-range cruise missile used for land-attack strikes.",
    "The air force's main role is to conduct strikes against enemy targets.",
    "Surgical strikes have become a staple of modern warfare.",
    "Air strikes are often used to support ground troops.",
    "The doctrine allows for pre-emptive strikes against imminent threats.",
    "The new rules limit drone strikes outside areas of active hostilities.",
    "The base is used to launch air strikes against targets in Syria.",
    "Suicide bombings have become the group's signature tactic.",
    "The use of armed drones for targeted killings remains controversial.",
    "Chlorine is used to purify drinking water in most cities.",
    # figures, denials and words that only look like attacks
    "The prime minister came under fire over the pension reform.",
    "Neither side attacked during the truce.",
    "There were no reports of clashes in Kelemba on Sunday.",
    "The government pressed on with its reform agenda.",
    "Negotiators pushed toward a deal in Geneva.",
    "Protesters pushed toward parliament but were blocked.",
    "The government pressed for talks with the rebels.",
    "Shares fell to a six-month low on Monday.",
    "The contract fell into the hands of a Chinese consortium.",
    "The fire alarm went off twice during the night.",
    "The storm damaged hundreds of homes along the coast.",
    "Rocket Lab launched a satellite from New Zealand.",
    "Firefighters battled the blaze for six hours before bringing it under control.",
]
