"""Word lists the rules share: which nouns name places, weapons, actors, abstractions.

Kept apart from the rules so that a reader can see (and extend) every lexical decision in one place.
"""

from __future__ import annotations

# Nouns that make a phrase a generic reference to an armed group ("the group", "the militants").
GROUP_NOUNS = frozenset({
    "group", "organisation", "organization", "militant", "extremist", "jihadist", "insurgent", "terrorist",
    "caliphate", "movement", "militia", "network", "outfit", "faction", "rebel", "fighter", "jihadi",
})
# Heads that name a state's apparatus: "the Iraqi army", "US warplanes" -> the state itself.
STATE_APPARATUS = frozenset({
    "army", "force", "troop", "military", "government", "regime", "soldier", "navy", "warplane", "jet",
    "aircraft", "plane", "helicopter", "drone", "artillery", "authority", "official", "coalition", "airstrike",
    "strike", "bomber", "administration", "police", "policeman", "officer", "marine", "gunboat", "tank",
    "ministry", "guard", "security", "unit", "battalion", "brigade", "division", "commando", "sniper",
    "president", "leader", "minister", "commander", "fighter", "militia", "paramilitary", "air", "missile",
    "rocket", "attack", "raid", "bombing", "shelling", "offensive", "assault", "operation",
})
# People belonging to a group; "ISIS fighters" who defect are a collective, not ISIS itself.
MEMBER_NOUNS = frozenset({
    "fighter", "member", "soldier", "officer", "commander", "militant", "troop", "pilot", "official",
    "defector", "loyalist", "supporter", "leader", "general", "colonel", "diplomat", "man", "recruit",
    "operative", "rebel", "follower", "deserter", "personnel", "unit", "cadre", "guard",
})
QUANTITY_HEADS = frozenset({
    "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "scores", "score", "many", "some",
    "most", "several", "one", "two", "three", "group", "number", "members", "member", "all", "few",
    "majority", "handful", "band", "unit", "units", "leader", "commander", "fighters", "none", "each",
    "half", "part", "rest", "remnants", "faction", "wing", "branch", "pilot", "chief", "head",
})
PLACE_NOUNS = frozenset({
    "region", "area", "city", "town", "village", "province", "district", "country", "capital", "border",
    "territory", "neighborhood", "neighbourhood", "suburb", "camp", "base", "airport", "port", "market",
    "mosque", "church", "school", "hospital", "headquarters", "compound", "checkpoint", "hotel", "street",
    "square", "valley", "mountain", "desert", "island", "state", "zone", "front", "frontline", "strip",
    "bank", "peninsula", "county", "governorate", "municipality", "outpost", "post", "bridge", "hill",
    "position", "stronghold", "facility", "building", "station", "embassy", "consulate", "office",
    "palace", "parliament", "airfield", "airbase", "field", "oilfield", "refinery", "dam", "road",
    "highway", "neighbourhoods", "quarter", "battlefield", "coast",
})
# Lemmas that make "X attacked Y" metaphorical when Y is one of them.
ABSTRACT_TARGETS = frozenset({
    "budget", "plan", "policy", "proposal", "record", "statement", "decision", "idea", "bill", "law",
    "comment", "remark", "critic", "share", "stock", "market", "price", "credibility", "fitness",
    "character", "reputation", "candidacy", "campaign", "view", "claim", "report", "deal",
    "agreement", "handling", "performance", "strategy", "approach", "stance", "argument", "speech",
    "problem", "issue", "question", "economy", "reform", "program", "programme", "tax", "spending",
    "corruption", "poverty", "disease", "virus", "cancer", "infection", "currency", "dollar", "yen",
    "euro", "rate", "inflation", "deficit", "legislation", "rule", "regulation", "system",
    "party", "candidate", "rival", "opponent", "ruling", "verdict", "tradition", "culture",
    "honor", "honour", "integrity", "legacy", "dignity", "memory", "motive", "patriotism", "crisis", "terrorism",
    "extremism", "hunger", "climate", "drought", "pandemic", "addiction", "illiteracy", "unemployment",
})
VERBAL_CUES = frozenset({
    "criticize", "criticise", "say", "accuse", "denounce", "condemn", "speech", "remark", "comment",
    "interview", "debate", "election", "campaign", "vote", "tweet", "rhetoric", "editorial", "article",
    "newspaper", "column", "press", "television", "statement", "letter", "parliament", "congress",
})
SPORT_CUES = frozenset({
    "match", "game", "goal", "team", "cup", "league", "striker", "season", "score", "championship",
    "tournament", "midfielder", "coach", "football", "soccer", "cricket", "tennis", "stadium", "olympic",
})
LABOUR_CUES = frozenset({
    "worker", "union", "employee", "wage", "pay", "teacher", "nurse", "doctor", "driver", "miner",
    "labour", "labor", "walkout", "picket", "pension", "salary", "hunger", "general", "staff", "docker",
})
POLICE_CUES = frozenset({
    "police", "arrest", "warrant", "search", "detain", "custody", "drug", "suspect", "fbi", "raid",
    "seize", "officer", "cop", "sheriff", "investigator", "detective", "prosecutor", "court", "charge",
})
ACCIDENT_CUES = frozenset({
    "accident", "crash", "earthquake", "flood", "storm", "fire", "disease", "outbreak", "collision",
    "landslide", "hurricane", "typhoon", "cyclone", "avalanche", "derail", "epidemic", "illness",
    "heatwave", "drown", "overdose", "tornado",
})
# Anything that delivers an attack from the air.
AERIAL_LEMMAS = frozenset({
    "airstrike", "warplane", "jet", "aircraft", "helicopter", "drone", "bomber", "gunship", "plane",
    "aerial", "airplane", "airpower", "sortie", "fighter-bomber", "uav", "mig", "sukhoi", "f-16",
    "apache", "b-52", "airforce", "air-strike", "airraid", "predator", "reaper",
})
WEAPON_LEMMAS = frozenset({
    "gun", "knife", "bomb", "rifle", "pistol", "grenade", "machete", "explosive", "ied", "missile",
    "rocket", "mortar", "artillery", "shell", "weapon", "firearm", "bullet", "gunfire", "shot", "tank",
    "sword", "axe", "bayonet", "baton", "gas", "teargas", "ammunition", "sniper", "gunman", "gunmen",
})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "himself", "herself"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
