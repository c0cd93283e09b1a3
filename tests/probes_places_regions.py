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

# Near misses: the region is not the event's own phrase, or it is a bearing from a town.
KEPT: list[tuple[str, tuple[str, ...], str]] = [
    (
        "Fighters attacked the village of Kolga-Tindi at dawn and then fled towards the border, residents said.",
        VIOLENT,
        "Kolga-Tindi",
    ),
    ("Gunmen ambushed a convoy 20 km north of Gao-Kessa on Monday, killing four soldiers.", VIOLENT, "Gao-Kessa"),
    ("Troops clashed with rebels in the north of Mbanga-Sud district on Friday.", VIOLENT, "Mbanga-Sud"),
]
