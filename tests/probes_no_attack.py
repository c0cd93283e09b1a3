"""Probe texts for violence named without an incident (issue 14, tenth pass), written for these tests before kg was run
on them, in the kinds complete negatives take in real copy: threats guarded against or countered
(kg/extract/threats.py), plots of fiction (kg/extract/fiction.py), foiled attempts,
claims said to have no truth in them, what a law permits, a missile test; and the same words where an incident is told,
which must still be found.

NEGATIVES: texts that must give no asserted ATTACK or AIRSTRIKE.
FOUND: (text, kind) where an asserted event of that kind must still be found.
"""

from __future__ import annotations

NEGATIVES = [
    "The cabinet discussed a new strategy to counter drone attacks on critical infrastructure.",
    "NATO ministers agreed to boost air defences against missile strikes.",
    "The ministry announced compensation for families of victims of terrorist attacks.",
    "The grid operator is hardening substations against sabotage and armed attacks.",
    "In the film, a rogue CIA agent bombs a Moscow subway station to frame the Russians.",
    "Her new thriller opens with a car bomb in Belfast that kills a retired judge.",
    "In the third season, the Lannister army storms King's Landing and the Red Keep burns.",
    "The novel follows a sniper who hunts enemy officers through the ruins of a nameless city.",
    "Security forces thwarted an attempt to blow up a bridge near Kandahar.",
    "There was no truth in claims that the air force had bombed a hospital, the ministry said.",
    "The new law allows the army to shoot down drones over military bases.",
    "The Indian Navy successfully test-fired a BrahMos missile from the destroyer INS Imphal.",
]

FOUND = [
    ("Netflix's new series dramatises the 2008 Mumbai attacks from the perspective of hotel staff.", "A"),
    ("A series of US airstrikes against al-Shabaab in the Juba valley killed 20 militants this week.", "AIR"),
    ("The air force bombed the bridge at Tessal to stop the rebels' advance.", "AIR"),
    ("Gunmen attacked a convoy of fuel trucks near Dori, killing four drivers.", "A"),
    ("Militants fired rockets at the base, and troops rehearsed the defence of the airport the next day.", "A"),
    ("Survivors of the Kampala bombings met the president on Monday.", "A"),
]
