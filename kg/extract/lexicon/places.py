"""Words for where: place nouns, administrative areas, parts of places, compass words, toponym prefixes,
and the heads of attacked places, facilities and objects.
"""

from __future__ import annotations

PLACE_NOUNS = frozenset(
    {
        "region",
        "area",
        "centre",
        "center",
        "city",
        "town",
        "village",
        "province",
        "district",
        "country",
        "capital",
        "border",
        "territory",
        "neighborhood",
        "neighbourhood",
        "suburb",
        "camp",
        "base",
        "airport",
        "port",
        "market",
        "mosque",
        "church",
        "school",
        "hospital",
        "headquarters",
        "headquarter",  # the lemma the small model gives "headquarters" in some sentences ("at army headquarters")
        "compound",
        "checkpoint",
        "hotel",
        "street",
        "square",
        "valley",
        "mountain",
        "desert",
        "island",
        "oasis",  # "looted a supply post at the oasis of Ounianga" (issue 14, twenty-first pass)
        "state",
        "zone",
        "frontline",
        "strip",
        "bank",
        "peninsula",
        "county",
        "governorate",
        "municipality",
        "outpost",
        "post",
        "bridge",
        "hill",
        "position",
        "stronghold",
        "facility",
        "building",
        "station",
        "embassy",
        "consulate",
        "office",
        "palace",
        "parliament",
        "airfield",
        "airbase",
        "field",
        "oilfield",
        "refinery",
        "dam",
        "road",
        "highway",
        "neighbourhoods",
        "quarter",
        "battlefield",
        "coast",
    }
    | {
        "barrack",
        "barracks",
        "garrison",
        "fortification",
        "trench",
        "pipeline",
        "plant",
        "tower",
        "prison",
        "jail",
        "gendarmerie",  # the French-speaking Sahel's police post: "Rebels overran the gendarmerie in Bakouma"
    }
    | {"campus", "crossing", "slum"}  # "the Dhaka University campus", "the Bab al-Hawa crossing", "Mathare slum"
    | {"canal"}  # "near the Manaqil canal"
    | {"crossroads", "crossroad", "junction"}  # "at the Sarkaran crossroads", "at the Tal Sharqi junction"
)

# Administrative and geographic areas: "Kani township, Sagaing region", "in Sambisa forest".
ADMIN_AREAS = frozenset({
    "region", "province", "district", "governorate", "state", "county", "oblast", "township", "prefecture",
    "commune", "municipality", "department", "raion", "division", "subdistrict", "sub-district", "locality",
    "village", "town", "city", "area", "territory", "forest", "jungle", "lake", "river", "plateau", "hills",
    "mountains", "valley", "zone", "emirate", "canton", "parish", "tehsil", "wilaya", "kebele", "woreda",
    "upazila", "taluk", "taluka", "mandal", "subcounty", "sub-county", "arrondissement", "regency", "lga",
})  # fmt: skip
# Nouns naming part of a place; the place is their "of" object: "the outskirts of Mogadishu".
RELATIONAL_PLACES = frozenset({
    "outskirts", "outskirt", "vicinity", "heart", "centre", "center", "edge", "part", "parts", "periphery",
    "environs", "countryside", "interior", "fringes", "fringe", "entrance", "gate", "gates", "side", "north",
    "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "surroundings", "suburbs",
    "downtown", "west bank", "shores", "shore", "banks", "bank", "coast", "heartland", "hinterland", "forest",
    "township", "oblast", "prefecture", "commune", "jungle", "lake", "river", "plateau",
})  # fmt: skip
# Regions of the world no gazetteer entry holds, which are where people come from, never a side they leave ("militants
# from the Caucasus have joined ISIS"): the last word of the name, lower-cased.
WORLD_REGIONS = frozenset({
    "caucasus", "sahel", "balkans", "maghreb", "levant", "sinai", "gulf", "horn", "africa", "asia", "europe",
    "east", "subcontinent", "americas", "arabia", "kurdistan", "punjab", "hejaz", "transcaucasia",
})  # fmt: skip
COMPASS_WORDS = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
    "north-west", "south-east", "south-west", "northeastern", "northwestern", "southeastern", "southwestern",
})  # fmt: skip

# First words of place names in the Arabic-, Persian- and Kurdish-speaking world ("Tal Abyad", "Kafr
# Nabl", "Deir ez-Zor", "Ras al-Ain", "Jabal al-Zawiya"): a name starting with one is a place, whatever the
# small model's NER says.
# Verbs whose object is a place taken back or overrun, never a person: "recaptured Baga", "liberated Palmyra".
RETAKING_VERBS = frozenset({"retake", "recapture", "overrun", "liberate", "reclaim"})
TOPONYM_PREFIXES = frozenset({
    "tal", "tell", "tel", "kafr", "kfar", "deir", "dayr", "ras", "jabal", "jebel", "jisr", "wadi", "ain", "bir",
    "beit", "qasr", "khirbet", "marj", "nahr", "bab", "qalat", "qalaat", "mazraat", "hayy", "souq", "tall",
})  # fmt: skip

# Nouns that take their place's name in an "of" phrase ("the town of Hit"; "the headquarters of the navy"
# belongs to the navy instead).
SETTLEMENT_NOUNS = frozenset({
    "area", "capital", "city", "country", "county", "district", "enclave", "governorate", "hamlet", "island",
    "municipality", "neighborhood", "neighbourhood", "oasis", "peninsula", "port", "province", "quarter",
    "region", "settlement",
    "state", "strip", "suburb", "territory", "town", "valley", "village",
})  # fmt: skip
# Heads of attacked things that are places or facilities, not actors ("a crowded market", "a funeral hall",
# "the police station"): as an attack's target they are typed kg:Place, so the actor network does not rank them.
FACILITY_NOUNS = PLACE_NOUNS | frozenset({
    "bazaar", "cafe", "cathedral", "center", "centre", "clinic", "club", "college", "complex", "court",
    "courthouse", "depot", "entrance", "factory", "farm", "gate", "hall", "home", "house", "mall",
    "ministry", "nightclub", "residence", "restaurant", "shop", "shrine", "site", "stadium", "store", "synagogue",
    "temple", "theatre", "tunnel", "university", "warehouse",
})  # fmt: skip
# Heads of attacked things that are objects (a pipeline or tower is a facility, above): typed kg:Object.
OBJECT_NOUNS = frozenset({
    "aircraft", "airliner", "ambulance", "barge", "boat", "bus", "cache", "car", "convoy", "drone", "equipment",
    "ferry", "helicopter", "humvee", "infrastructure", "installation", "jeep", "jet", "launcher", "lorry", "minibus",
    "minivan", "motorbike", "motorcade", "motorcycle", "pickup", "plane", "ship", "stockpile", "tank", "tanker",
    "target", "train", "truck", "van", "vehicle", "vessel", "weapon",
})  # fmt: skip
# Local area words written before a place's name, in lower case, as monitoring notes and the local press write them:
# "in vereda La Gurupera", "barangay Tumahubong", "at kampung Sungai Lenggo", "in village Bhagwanpur". The name after
# one is a place whatever the small model tags it (PERSON, WORK_OF_ART).
LOCAL_AREA_WORDS = frozenset({
    "vereda", "corregimiento", "caserio", "caserío", "aldea", "barrio", "comuna", "municipio", "parroquia",
    "colonia", "barangay", "sitio", "purok", "kampung", "kampong", "desa", "dusun", "kelurahan", "kecamatan",
    "kabupaten", "mohalla", "mauza", "mouza", "gewog", "groupement", "chefferie", "secteur", "quartier", "localite",
    "localité", "village", "town", "tehsil", "upazila", "union", "ward", "district", "hamlet", "settlement",
})  # fmt: skip
