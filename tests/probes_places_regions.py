"""Probe texts for a region or a line the event's own phrase names by a common noun (issue 14, fifteenth pass): "in the
northeast", "near the border with Libya", "along the border" is where the event happened, not the dateline's town
nor a place of the sentence before; a line gone towards and a bearing from a town are not. Names are invented. Each
is (text, event types, place), the place written before kg ran on the text. Used by
tests/test_extract_places_regions.py."""

from __future__ import annotations

VIOLENT = ("ATTACK", "AIRSTRIKE")

# The event's place is the region its phrase names (the place text holds it).
REGIONS: list[tuple[str, tuple[str, ...], str]] = [
    (
        "KANO, Nigeria (Reuters) - Gunmen attacked a police checkpoint in the northeast overnight, killing two "
        "officers, police said.",
        VIOLENT,
        "the northeast",
    ),
    (
        "TYRE, Lebanon (Reuters) - Militants attacked army positions along the border on Tuesday, the ministry said.",
        VIOLENT,
        "the border",
    ),
    (
        "N'DJAMENA (AFP) - Chad's army said it killed 30 rebels in an operation near the border with Libya.",
        VIOLENT,
        "the border",
    ),
]

# A stretch of front named by its town, as general staffs' and armies' reports write it.
FRONTS: list[tuple[str, tuple[str, ...], str]] = [
    (
        "On the morning of 4 May, in the Huliaipole direction, a drone crew of the 47th Brigade shot down a Russian "
        "Ka-52 helicopter.",
        VIOLENT,
        "Huliaipole direction",
    ),
    (
        "Two infiltrators were killed in the Keran sector on Sunday when troops opened fire, an army spokesman said.",
        VIOLENT,
        "Keran sector",
    ),
]

# Near misses: the region is not the event's own phrase, or it is a bearing from a town.
KEPT: list[tuple[str, tuple[str, ...], str]] = [
    (
        "Fighters attacked the village of Kolga-Tindi at dawn and then fled towards the border, residents said.",
        VIOLENT,
        "Kolga-Tindi",
    ),
    ("Gunmen ambushed a convoy 20 km north of Gao-Kessa on Monday, killing four soldiers.", VIOLENT, "Gao-Kessa"),
    ("Troops clashed with rebels in the north of Mbanga-Sud district on Friday.", VIOLENT, "Mbanga-Sud"),
    # a stretch of front gives way to the village the sentence names in it
    (
        "In the Lyman direction, units of the 63rd brigade repelled two counterattacks by assault groups of the 3rd "
        "brigade near Nova Kalynivka-Druha.",
        VIOLENT,
        "Nova Kalynivka-Druha",
    ),
]
