"""Probe texts for where an event happened when the copy tells it away from the event's own words (issue 14, ninth
pass): a dateline whose town no gazetteer knows ("Tassoumbé (Mali) -"), a bearing's reference town beside the place
itself ("near Mir Ali, 20 km east of Miranshah"), a region written after the town ("in Bali Nyonga, in the North-West
region"), a place inside a wider one ("In Syria, near Abu Kamal, four strikes ..."), a town the sentence names
outside a locative phrase ("raided the hamlet of X, 30 km from the garrison town"), and the place of the nearest
sentence of a wire window that names one. Most names are invented, as real reports name villages nobody has heard
of. Each is (text, event types, place), the place written before kg ran on the text; NOT_THERE holds places of the
speaker, of a meeting, of the group's origin and of a later funeral. Used by tests/test_extract_places_scene.py."""

from __future__ import annotations

VIOLENT = ("ATTACK", "AIRSTRIKE")
SIDES = ("DEFECTION", "ALLEGIANCE")

PROBES: list[tuple[str, tuple[str, ...], str]] = [
    # --- a dateline's town that no gazetteer knows, named with its country ---
    (
        "Tassoumbé (Mali) - Armed men killed nine soldiers in an ambush on Tuesday, the army said in a statement.",
        VIOLENT,
        "Tassoumbé",
    ),
    (
        "Kourmadji, Niger, June 12 (AFP) - Suspected jihadists on motorbikes attacked a village market on Saturday.",
        VIOLENT,
        "Kourmadji",
    ),
    ("Sabon Birni (Nigeria) - Bandits attacked a mosque during evening prayers, killing 12.", VIOLENT, "Sabon Birni"),
    # --- the place itself before what locates it ---
    (
        "The drone strike hit a compound near Mir Ali, 20 km east of Miranshah, killing four suspected militants.",
        ("AIRSTRIKE",),
        "Mir Ali",
    ),
    (
        "Suspected separatists set fire to a school in Bali Nyonga, in the North-West region, on Tuesday.",
        VIOLENT,
        "Bali Nyonga",
    ),
    ("In Syria, near Abu Kamal, four strikes engaged an ISIS tactical unit.", VIOLENT, "Abu Kamal"),
    ("Gunmen killed 14 people in an attack on a village some 40 km north of Djibo on Monday.", VIOLENT, "Djibo"),
    # --- a town the sentence names outside a locative phrase ---
    (
        "Gunmen on motorbikes raided the hamlet of Bourzanga-Peulh, 30 km from the garrison town, killing 9.",
        VIOLENT,
        "Bourzanga-Peulh",
    ),
    # --- the window's place, told in another sentence ---
    (
        "Fighting has intensified around Bel-Ouardi in recent weeks. On Wednesday, militants attacked an army "
        "checkpoint with mortars and machine guns, killing three soldiers. The army said it repelled the assault.",
        VIOLENT,
        "Bel-Ouardi",
    ),
    (
        "Insurgents ambushed a supply convoy on Monday, killing five drivers. The attack took place near the town of "
        "Dangabari, about 60 km from the regional capital. The convoy was carrying food aid.",
        VIOLENT,
        "Dangabari",
    ),
    (
        "Residents of Ouro-Gayo said they heard gunfire before dawn. Armed men then stormed the village and killed 14 "
        "people, a local official said. The mayor, speaking by phone from the capital, called for more troops.",
        VIOLENT,
        "Ouro-Gayo",
    ),
]

NOT_THERE: list[tuple[str, tuple[str, ...], str]] = [
    (
        "Speaking in Washington, the Pentagon spokesman confirmed the strike. A U.S. drone struck a vehicle near "
        "Jilib on Sunday, killing two al-Shabaab militants.",
        VIOLENT,
        "Washington",
    ),
    (
        "The spokesman, speaking in Nairobi, said al-Shabaab fighters had attacked a base but gave no details.",
        VIOLENT,
        "Nairobi",
    ),
    (
        "The militants, who come from the Swat valley, attacked a police patrol on Monday, killing two officers.",
        VIOLENT,
        "Swat",
    ),
    (
        "Suspected separatists set fire to a school in Bali Nyonga, in the North-West region, on Tuesday.",
        VIOLENT,
        "North-West region",
    ),
    (
        "The drone strike hit a compound near Mir Ali, 20 km east of Miranshah, killing four suspected militants.",
        ("AIRSTRIKE",),
        "Miranshah",
    ),
    (
        "ADEN, Yemen (Reuters) - Coalition jets carried out air raids on the rebel-held port on Sunday, hours "
        "after the rebels fired a missile at the Saudi town of Khamis Bani Saad.",
        ("AIRSTRIKE",),
        "Khamis Bani Saad",
    ),
    (
        "Commander Ali Gedi pledged allegiance to the emir in 2016, and his men became the Islamic State's Somalia "
        "Province.",
        ("ALLEGIANCE",),
        "Somalia Province",
    ),
    (
        "Funerals were held in Karbala on Saturday for the victims. The bombing on Thursday at a bus station in Hilla "
        "killed 40 pilgrims.",
        VIOLENT,
        "Karbala",
    ),
]
