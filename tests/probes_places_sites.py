"""Probe texts for the nineteenth place pass (issue 14): a site a name names before the dateline's city ("KABUL — ...
at the Torkham crossing"), a name the tagger took for a common noun ("in Rueso"), a meeting the deed itself struck
("tore through a meeting ... in Damascus", no place of saying), and the region in a group's proper name ("the Islamic
State in the Sahel"), which is no scene. Names are invented or respelt, as real reports name villages nobody has heard
of. Each is (text, event types, place), the place written before kg ran on the text. Used by
tests/test_extract_places_sites.py."""

from __future__ import annotations

VIOLENT = ("ATTACK", "AIRSTRIKE")

# The event's own place, not the dateline's city nor a region in a group's name.
PROBES: list[tuple[str, tuple[str, ...], str]] = [
    (
        "JALALABAD — Afghan and Pakistani border forces exchanged fire at the Ghulam Khan crossing on Friday, killing "
        "two guards, officials said.",
        VIOLENT,
        "the Ghulam Khan crossing",
    ),
    (
        "QUETTA, March 3 — Gunmen shot dead two teachers and their driver in the Awaran hill district on Monday, "
        "officials said.",
        VIOLENT,
        "Awaran",
    ),
    (
        "Nairobi (Reuters) - A bomb tore through a meeting of clan elders at the district headquarters in Baidoa on "
        "Sunday, killing the district commissioner, police said.",
        VIOLENT,
        "Baidoa",
    ),
    (
        "Kabul (AP) - A blast hit a meeting of village elders in Khost on Monday, killing six, officials said.",
        VIOLENT,
        "Khost",
    ),
    (
        "Fighters of the Islamic State in the Sahel ambushed an army patrol near Tillia-Bangou on Friday, killing nine "
        "soldiers.",
        VIOLENT,
        "Tillia-Bangou",
    ),
]

# Near misses: what is still no place of the event, or still the dateline's.
NOT_THERE: list[tuple[str, tuple[str, ...], str]] = [
    # a region in a group's proper name is its name's part, no scene
    ("The Islamic State in the Sahel attacked an army post on Sunday, killing 12 soldiers.", VIOLENT, "Sahel"),
    (
        "The Movement for Unity and Jihad in the Savanna (MUJAS) attacked a customs post, killing two officers.",
        VIOLENT,
        "Savanna",
    ),
    # a site named by a people's word is theirs: the dateline stays
    (
        "JALALABAD — Afghan and Pakistani border forces exchanged fire at a Pakistani border post on Friday, killing "
        "two guards, officials said.",
        VIOLENT,
        "Pakistani",
    ),
    # a meeting where the attack was condemned is where it was said
    (
        "Nairobi (Reuters) - Somalia's president condemned the bombing of a hotel in Baidoa at a meeting in Addis "
        "Ababa on Sunday.",
        VIOLENT,
        "Addis Ababa",
    ),
]

# Near misses where a group's "in" names a place it holds or a site with a place noun: the place stays.
KEPT: list[tuple[str, tuple[str, ...], str]] = [
    ("ISIS in Raqqa executed five men accused of spying, activists said.", VIOLENT, "Raqqa"),
    ("The Taliban in the Panjshir Valley attacked a resistance post on Monday.", VIOLENT, "Panjshir Valley"),
]
