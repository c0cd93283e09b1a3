"""Probe texts for which place an event keeps when the text names it inside another phrase or away from the deed
(issue 14, fourteenth pass): a road named by the town it leads to or from, the town a release's header names, a
facility's own name the parser hung on it as a modifier, a town after a wide area the sentence opens with, the place
taken in a story where the garrison then gave up, a place in a clause describing an actor, and a word in lower case
read as a name. Most names are invented, as real reports name villages nobody has heard of. Each is (text, event types,
place), the place written before kg ran on the text. Used by tests/test_extract_places_named.py."""

from __future__ import annotations

VIOLENT = ("ATTACK", "AIRSTRIKE")
DEFECT = ("DEFECTION",)
PLEDGE = ("ALLEGIANCE",)

PROBES: list[tuple[str, tuple[str, ...], str]] = [
    # --- a road named by the town it leads to or from ---
    (
        "Unidentified gunmen ambushed a police pickup on the road from Kaloumbi-Sare on Tuesday, killing two officers, "
        "a local official said.",
        VIOLENT,
        "Kaloumbi-Sare",
    ),
    (
        "A suicide drone struck a fuel tanker on the road to Ras Jannat al-Sharqi late on Sunday, a war monitor said.",
        VIOLENT,
        "Ras Jannat al-Sharqi",
    ),
    (
        "Bandits killed five cattle traders on the highway between Dogondaji and Marafa-Gari, residents said.",
        VIOLENT,
        "Dogondaji",
    ),
    # --- the town a release's header names ---
    (
        "PRESS NOTE\nOffice of the Superintendent of Police, Bijapur.\nArmed Maoist cadres set fire to two "
        "road-construction vehicles near the village on Monday night and fled into the forest.",
        VIOLENT,
        "Bijapur",
    ),
    (
        "Police Headquarters, Eldoret — Statement on the events of 12 March.\nOfficers used tear gas and batons to "
        "disperse protesters who had been stoning passing vehicles.",
        VIOLENT,
        "Eldoret",
    ),
    # --- a facility's own name, hung on it as a modifier ---
    (
        "Troops loyal to the junta repelled an attack by mutinous soldiers near the Zanwe presidential palace, a "
        "military spokesman said on state television.",
        VIOLENT,
        "Zanwe",
    ),
    (
        "Militiamen of the two clans clashed at the Korofa crossroads on Saturday, leaving three men dead, a local "
        "elder said.",
        VIOLENT,
        "Korofa",
    ),
    (
        "Two fighters who had fled the group's bases in the Tanaru hills surrendered to soldiers at the Mbelo border "
        "gate, the army said.",
        DEFECT,
        "Mbelo",
    ),
    # --- a town after the wide area the sentence opens with ---
    (
        "In the North East, troops of the brigade neutralised 12 insurgents at Garin-Kolo in Yobe State, the army "
        "spokesman said.",
        VIOLENT,
        "Garin-Kolo",
    ),
    ("In the North East, troops of the brigade neutralised 12 insurgents on Friday.", VIOLENT, "North East"),
    # --- the place taken, where the garrison then gave up ---
    (
        "Insurgents seized the town of Birao-Nord on Sunday after heavy fighting with the army. A local official said "
        "that about 30 soldiers of the garrison had surrendered to the insurgents.",
        DEFECT,
        "Birao-Nord",
    ),
    (
        "The rebels captured the army's forward base at Kapanga-Sud on Friday. Hours later an air strike hit the "
        "nearby village of Sembe, killing a farmer. Some 40 soldiers surrendered, the rebels' spokesman said.",
        DEFECT,
        "Kapanga-Sud",
    ),
    # --- a word in lower case is no place's name ---
    (
        "About 150 fighters pledged allegiance to the Islamic State during a ceremony in the bush near Nangade, the "
        "group said in a video.",
        PLEDGE,
        "Nangade",
    ),
]

# Places that are not where the event happened: (text, event types, wrong place).
NOT_THERE: list[tuple[str, tuple[str, ...], str]] = [
    # a release's header words are no town
    (
        "PRESS RELEASE — Ministry of Interior\nGunmen attacked a checkpoint on Tuesday, killing three soldiers.",
        VIOLENT,
        "PRESS",
    ),
    # a town taken in another paragraph is not where a later surrender happened
    (
        "The army retook the town of Bakassi-Nord from the rebels on Tuesday.\n\nIn the south, 40 rebels surrendered "
        "to troops in Maroua-Gana, the governor said.",
        DEFECT,
        "Bakassi-Nord",
    ),
    # a road to no town names none
    ("Gunmen ambushed a convoy on the road to the airport on Monday, killing two guards.", VIOLENT, "airport"),
    # the wide area is no rival of the town the deed is at
    (
        "In the North East, troops of the brigade neutralised 12 insurgents at Garin-Kolo in Yobe State, the army "
        "spokesman said.",
        VIOLENT,
        "North East",
    ),
]
