"""Probe texts for names that stand where a place may and are no place (issue 14, fifteenth pass): an armed or
security body a person served in or a group was merged into ("a former deputy in the Katiba X", "integrated into the
National Defence Forces"), a place inside such a body's name ("the Movement for the Liberation of X"), and an event's
name the NER took whole ("The Battle of X", "the War in X"), whose place is the name inside it. Names are invented, as
real reports name villages and militias nobody has heard of. Each is (text, event types, place), the place written
before kg ran on the text. Used by tests/test_extract_places_bodies.py."""

from __future__ import annotations

VIOLENT = ("ATTACK", "AIRSTRIKE")
DEFECT = ("DEFECTION",)
PLEDGE = ("ALLEGIANCE",)

# The event keeps the place its sentence tells, not the body's name before it.
PROBES: list[tuple[str, tuple[str, ...], str]] = [
    (
        "A former deputy in the Katiba Wassoulou, Amadou Kouyaté broke with the group in 2020 and swore allegiance to "
        "the Islamic State at a ceremony filmed near the village of Tin-Akoff.",
        PLEDGE,
        "Tin-Akoff",
    ),
    (
        "During the Second Kordu War, fighters of the Movement for the Liberation of Kordu stormed an army post at "
        "Wadi Sarkal, killing 14 soldiers.",
        VIOLENT,
        "Wadi Sarkal",
    ),
    (
        "In the War in Darfur (2003-2005), Janjaweed militiamen burned hundreds of villages and killed thousands of "
        "civilians.",
        VIOLENT,
        "Darfur",
    ),
    # near misses: a place fought over or a body's base stays the place
    ("During the liberation of Kodok-Bari, army troops killed 20 rebels, the governor said.", VIOLENT, "Kodok-Bari"),
    (
        "Rebels attacked a base of the Congolese Army in Beni-Mbau on Tuesday, killing two soldiers.",
        VIOLENT,
        "Beni-Mbau",
    ),
]

# A body's name, or a place inside it, is no place of the event.
NOT_THERE: list[tuple[str, tuple[str, ...], str]] = [
    (
        "Colonel Bakri Hamid, a former officer in the Sudanese Federal Police, left the force in 2021 to join the "
        "Rapid Support Forces.",
        PLEDGE + DEFECT,
        "Sudanese Federal Police",
    ),
    (
        "A former major in Saddam Hussein's Republican Guard, he joined the insurgents after 2003.",
        PLEDGE,
        "Republican Guard",
    ),
    (
        "In 2015 the Ahrar Kafrun militia pledged allegiance to the government and was integrated into the National "
        "Defence Forces.",
        PLEDGE,
        "National Defence Forces",
    ),
    (
        "Fighters of the Popular Front for the Liberation of Kordu killed four soldiers on Monday, the army said.",
        VIOLENT,
        "Kordu",
    ),
    (
        "A former deputy in the Katibat al-Ghurabi, he swore loyalty to Hayat Tahrir al-Sham in 2017.",
        PLEDGE,
        "Katibat al-Ghurabi",
    ),
]
