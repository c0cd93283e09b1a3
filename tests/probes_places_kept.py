"""Probe texts for which place an event keeps when its text names several or names it away from the deed (issue 14,
thirteenth pass): "there" taking up a place named before, a village an encyclopaedic page defines and later tells
attacked, the ceremony a pledge or a surrender is told at in the next sentence (and not the town its men came from),
a canal as a place; and places that are not where: a town people fled or were taken to after the deed, and a name the
sentence says is a person's. Most names are invented, as real reports name villages nobody has heard of. Each is
(text, event types, place), the place written before kg ran on the text. Used by tests/test_extract_places_kept.py."""

from __future__ import annotations

VIOLENT = ("ATTACK", "AIRSTRIKE")
DEFECT = ("DEFECTION",)
PLEDGE = ("ALLEGIANCE",)

PROBES: list[tuple[str, tuple[str, ...], str]] = [
    # --- "there" takes up the place named last before it ---
    (
        "In 2019 the last fighters of the brigade accepted a deal and were moved by bus to Jarablus. Most of them are "
        "said to have joined Hayat Tahrir al-Sham there.",
        PLEDGE,
        "Jarablus",
    ),
    (
        "The convoy reached Kilembe on Tuesday evening. Militiamen ambushed it there the next morning, killing four "
        "drivers.",
        VIOLENT,
        "Kilembe",
    ),
    # --- a village the page defines, told attacked later by its name ---
    (
        "Stara Bozhkivka is a village in Izium Raion of Kharkiv Oblast. During the Russian invasion of Ukraine, Stara "
        "Bozhkivka was shelled almost daily.",
        VIOLENT,
        "Stara Bozhkivka",
    ),
    # --- the ceremony of a pledge told in the next sentence, not the men's home ---
    (
        "About 200 fighters of the Bani Kalb tribal militia have joined the Popular Mobilisation Forces, officials "
        "said. The men, from villages north of Tikrit, swore an oath at a ceremony in the town of Dibis on Sunday.",
        PLEDGE,
        "Dibis",
    ),
    # --- water ---
    ("Army jets bombed rebel positions near the Wadi Sirra canal on Thursday, residents said.", VIOLENT, "Wadi Sirra"),
]

NOT_THERE: list[tuple[str, tuple[str, ...], str]] = [
    # --- a town gone to after the deed ---
    (
        '"The gunmen set the granaries on fire and shot at anyone who ran," said Kadiatou, a trader from Saredina, who '
        "fled to Mopti after the raid.",
        VIOLENT,
        "Mopti",
    ),
    (
        "Militiamen shot dead two herders on Tuesday, and the wounded were taken to Mopti by the army, a local "
        "official said.",
        VIOLENT,
        "Mopti",
    ),
    (
        "Gunmen shot and wounded three traders on Tuesday, and the victims were airlifted to Nairobi for treatment, "
        "a police officer said.",
        VIOLENT,
        "Nairobi",
    ),
    # --- a name the sentence says is a person's ---
    (
        "A Ukrainian sergeant who gave only his first name, Mykola, said several Russian soldiers had surrendered and "
        "were being questioned.",
        DEFECT,
        "Mykola",
    ),
    # --- "there" with no place named before it ---
    (
        "Gunmen attacked a police post there on Monday night, killing two officers, a spokesman said.",
        VIOLENT,
        "Monday",
    ),
]
