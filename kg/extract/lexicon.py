"""Word lists the rules share: which nouns name places, weapons, actors, abstractions.

Kept apart from the rules so that a reader can see (and extend) every lexical decision in one place.
"""

from __future__ import annotations

# Nouns that make a phrase a generic reference to an armed group ("the group", "the militants").
GROUP_NOUNS = frozenset(
    {
        "group",
        "organisation",
        "organization",
        "militant",
        "extremist",
        "jihadist",
        "insurgent",
        "terrorist",
        "caliphate",
        "movement",
        "militia",
        "network",
        "outfit",
        "faction",
        "rebel",
        "fighter",
        "jihadi",
    }
)
# Heads that name a state's apparatus: "the Iraqi army", "US warplanes" -> the state itself.
STATE_APPARATUS = frozenset(
    {
        "army",
        "force",
        "troop",
        "military",
        "government",
        "regime",
        "soldier",
        "navy",
        "warplane",
        "jet",
        "aircraft",
        "plane",
        "helicopter",
        "drone",
        "artillery",
        "authority",
        "official",
        "coalition",
        "airstrike",
        "strike",
        "bomber",
        "administration",
        "police",
        "policeman",
        "officer",
        "marine",
        "gunboat",
        "tank",
        "ministry",
        "guard",
        "security",
        "unit",
        "battalion",
        "brigade",
        "division",
        "commando",
        "sniper",
        "president",
        "leader",
        "minister",
        "commander",
        "fighter",
        "militia",
        "paramilitary",
        "air",
        "missile",
        "rocket",
        "attack",
        "raid",
        "bombing",
        "shelling",
        "offensive",
        "assault",
        "operation",
    }
)
# People belonging to a group; "ISIS fighters" who defect are a collective, not ISIS itself.
MEMBER_NOUNS = frozenset(
    {
        "fighter",
        "member",
        "soldier",
        "officer",
        "commander",
        "militant",
        "troop",
        "pilot",
        "official",
        "defector",
        "loyalist",
        "supporter",
        "leader",
        "general",
        "colonel",
        "diplomat",
        "man",
        "recruit",
        "operative",
        "rebel",
        "follower",
        "deserter",
        "personnel",
        "unit",
        "cadre",
        "guard",
        "dissident",
    }
)
QUANTITY_HEADS = frozenset(
    {
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "dozen",
        "dozens",
        "scores",
        "score",
        "many",
        "some",
        "most",
        "several",
        "one",
        "two",
        "three",
        "group",
        "number",
        "members",
        "member",
        "all",
        "few",
        "majority",
        "handful",
        "band",
        "unit",
        "units",
        "leader",
        "commander",
        "fighters",
        "none",
        "each",
        "half",
        "part",
        "rest",
        "remnants",
        "faction",
        "wing",
        "branch",
        "pilot",
        "chief",
        "head",
    }
)
PLACE_NOUNS = frozenset(
    {
        "region",
        "area",
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
        "compound",
        "checkpoint",
        "hotel",
        "street",
        "square",
        "valley",
        "mountain",
        "desert",
        "island",
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
    }
)
# Lemmas that make "X attacked Y" metaphorical when Y is one of them.
ABSTRACT_TARGETS = frozenset(
    {
        "budget",
        "independence",
        "freedom",
        "autonomy",
        "credibility",
        "integrity",
        "reputation",
        "plan",
        "policy",
        "proposal",
        "record",
        "statement",
        "decision",
        "idea",
        "bill",
        "law",
        "comment",
        "remark",
        "critic",
        "share",
        "stock",
        "price",
        "fitness",
        "character",
        "candidacy",
        "campaign",
        "view",
        "claim",
        "report",
        "deal",
        "agreement",
        "handling",
        "performance",
        "strategy",
        "approach",
        "stance",
        "argument",
        "speech",
        "problem",
        "issue",
        "question",
        "economy",
        "reform",
        "program",
        "programme",
        "tax",
        "spending",
        "corruption",
        "poverty",
        "disease",
        "virus",
        "cancer",
        "infection",
        "currency",
        "dollar",
        "yen",
        "euro",
        "rate",
        "inflation",
        "deficit",
        "legislation",
        "rule",
        "regulation",
        "system",
        "party",
        "candidate",
        "rival",
        "opponent",
        "ruling",
        "verdict",
        "tradition",
        "culture",
        "honor",
        "honour",
        "legacy",
        "dignity",
        "memory",
        "motive",
        "patriotism",
        "crisis",
        "terrorism",
        "extremism",
        "hunger",
        "climate",
        "drought",
        "pandemic",
        "addiction",
        "illiteracy",
        "unemployment",
    }
    # what official prose says it "targets" or "strikes at" besides people and places
    | {
        "finance",
        "financing",
        "funding",
        "revenue",
        "income",
        "ideology",
        "propaganda",
        "recruitment",
        "messaging",
        "narrative",
        "asset",
        "profit",
        "smuggling",
        "trafficking",
    }
)
VERBAL_CUES = frozenset({
    "criticize", "criticise", "accuse", "denounce", "condemn", "speech", "remark", "comment", "interview",
    "debate", "election", "campaign", "vote", "tweet", "rhetoric", "editorial", "column", "television",
    "parliament", "congress", "candidate", "presidency", "primary", "nominee", "senator", "lawmaker",
    "rally", "media", "press", "poll", "op-ed", "podcast",
})  # fmt: skip
# Triggers that news also uses for words rather than violence ("Trump attacked Clinton").
METAPHOR_PRONE = frozenset({
    "attack", "assail", "hit", "target", "fire", "bombard", "assault", "battle", "fight", "strike", "shoot",
    "blast", "slam", "torpedo", "ambush", "offensive", "onslaught", "barrage", "clash", "spar", "war",
})  # fmt: skip
SPORT_CUES = frozenset(
    {
        "match",
        "game",
        "goal",
        "team",
        "cup",
        "league",
        "striker",
        "season",
        "score",
        "championship",
        "tournament",
        "midfielder",
        "coach",
        "football",
        "soccer",
        "cricket",
        "tennis",
        "stadium",
        "olympic",
    }
)
LABOUR_CUES = frozenset(
    {
        "worker",
        "union",
        "employee",
        "wage",
        "pay",
        "teacher",
        "nurse",
        "doctor",
        "driver",
        "miner",
        "labour",
        "labor",
        "walkout",
        "picket",
        "pension",
        "salary",
        "hunger",
        "general",
        "staff",
        "docker",
    }
)
POLICE_CUES = frozenset(
    {
        "police",
        "arrest",
        "warrant",
        "search",
        "detain",
        "custody",
        "drug",
        "suspect",
        "fbi",
        "raid",
        "seize",
        "officer",
        "cop",
        "sheriff",
        "investigator",
        "detective",
        "prosecutor",
        "court",
        "charge",
    }
)
ACCIDENT_CUES = frozenset(
    {
        "accident",
        "crash",
        "earthquake",
        "flood",
        "storm",
        "blaze",
        "wildfire",
        "disease",
        "outbreak",
        "collision",
        "landslide",
        "hurricane",
        "typhoon",
        "cyclone",
        "avalanche",
        "derail",
        "epidemic",
        "illness",
        "heatwave",
        "drown",
        "overdose",
        "tornado",
        "lightning",
        "flooding",
        "mudslide",
        "tsunami",
        "eruption",
    }
)
# Anything that delivers an attack from the air.
AERIAL_LEMMAS = frozenset(
    {
        "airstrike",
        "warplane",
        "jet",
        "aircraft",
        "helicopter",
        "drone",
        "bomber",
        "gunship",
        "plane",
        "aerial",
        "airplane",
        "airpower",
        "sortie",
        "fighter-bomber",
        "uav",
        "mig",
        "sukhoi",
        "f-16",
        "apache",
        "b-52",
        "airforce",
        "air-strike",
        "airraid",
        "predator",
        "reaper",
        "raf",
        "usaf",
        "luftwaffe",
        "loitering",
        "quadcopter",
        "kamikaze",
    }
)
WEAPON_LEMMAS = frozenset(
    {
        "gun",
        "knife",
        "bomb",
        "rifle",
        "pistol",
        "grenade",
        "machete",
        "explosive",
        "ied",
        "landmine",
        "missile",
        "rocket",
        "mortar",
        "artillery",
        "shell",
        "weapon",
        "firearm",
        "bullet",
        "gunfire",
        "shot",
        "tank",
        "sword",
        "axe",
        "bayonet",
        "baton",
        "gas",
        "teargas",
        "ammunition",
        "sniper",
        "gunman",
        "gunmen",
    }
)
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "himself", "herself"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
SUBJECT_PRONOUNS = frozenset({"they", "he", "she", "them", "him", "her", "it"})
# Time expressions the small model leaves untagged; they are never victims ("attacks on Easter Sunday").
TIME_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "easter", "christmas",
    "ramadan", "eid", "night", "morning", "evening", "afternoon", "day", "weekend", "dawn", "dusk",
    "midnight", "today", "yesterday", "tonight", "week", "month", "year", "anniversary", "holiday",
    "occasion", "eve",
})  # fmt: skip
# Sport: one strong cue, or two weak ones ("scores of civilians", "the goal of the attack", "a team of
# gunmen" alone say nothing about sport).
SPORT_STRONG = frozenset({
    "football", "soccer", "cricket", "tennis", "rugby", "basketball", "baseball", "hockey", "midfielder",
    "striker", "goalkeeper", "championship", "tournament", "league", "olympic", "olympics",
    "batsman", "bowler", "wicket", "boxer", "referee", "playoff", "quarterfinal", "semifinal",
})  # fmt: skip
SPORT_WEAK = frozenset({
    "match", "game", "goal", "team", "cup", "score", "season", "coach", "stadium", "club", "player", "fan",
    "pitch", "whistle", "kick", "halftime", "half-time", "penalty", "victory",
})  # fmt: skip
# Who may "hit", "target", "strike", "engage" or "destroy" something in a violent sense: armed people and
# their weapons and machines (a storm, a recession or a teacher may not).
ARMED_ACTOR_NOUNS = frozenset({
    "army", "force", "troop", "soldier", "military", "militia", "militiaman", "militant", "fighter", "rebel",
    "insurgent", "guerrilla", "guerilla", "jihadist", "jihadi", "terrorist", "extremist", "gunman", "gunmen",
    "attacker", "assailant", "bomber", "sniper", "commando", "paratrooper", "marine", "navy", "regime",
    "coalition", "battalion", "brigade", "division", "unit", "squad", "platoon", "artillery", "tank", "warship",
    "gunboat", "mujahideen", "raider", "bandit", "kidnapper", "pirate", "separatist", "loyalist", "mob",
    "police", "policeman", "group", "faction", "cell", "operative", "combatant", "paramilitary", "infantry",
    "warlord", "cartel", "gang", "gangster", "assassin", "killer", "shooter", "suspect", "man", "men",
    "strike", "airstrike", "attack", "raid", "bombardment", "shelling", "barrage", "fire", "blast", "explosion",
    "munition", "ied",
})  # fmt: skip
# Concrete things and people that violence is done to ("hit a convoy", "targeted a police station").
PEOPLE_NOUNS = frozenset({
    "civilian", "people", "person", "villager", "resident", "worshipper", "pilgrim", "passenger", "student",
    "child", "woman", "man", "men", "family", "farmer", "herder", "shepherd", "fisherman", "trader", "shopper",
    "journalist", "protester", "demonstrator", "crowd", "gathering", "wedding", "funeral", "patrol", "guard",
    "policeman", "officer", "soldier", "troop", "militant", "fighter", "rebel", "member", "official", "worker",
    "leader", "commander", "chief", "employee", "refugee", "prisoner", "hostage", "tourist", "voter", "teacher",
})  # fmt: skip
VEHICLE_NOUNS = frozenset({
    "convoy", "vehicle", "car", "bus", "truck", "lorry", "minibus", "van", "tanker", "ship", "boat", "vessel",
    "ferry", "train", "aircraft", "plane", "helicopter", "drone", "jet", "warplane", "tank", "motorcycle",
    "ambulance", "column", "jeep", "pickup", "armoured", "carrier", "frigate", "destroyer", "submarine",
})  # fmt: skip
# A blast or explosion that kills, wounds or happens at a named place is an attack unless one of these says
# it was an accident.
BLAST_ACCIDENT_CUES = frozenset({
    "leak", "factory", "plant", "firework", "fireworks", "boiler", "cylinder", "methane", "coal", "furnace",
    "warehouse", "tanker", "fuel", "transformer", "kitchen", "cooking", "volcano", "volcanic", "sewer",
    "accidental", "accidentally", "accident", "short-circuit", "circuit", "refinery", "reactor", "lab",
    "laboratory", "meteor", "meteorite", "supernova", "star", "ammonium", "fertiliser", "fertilizer",
    "mining", "miner", "industrial", "propane", "butane", "lpg", "dust", "pipeline", "malfunction",
})  # fmt: skip
HARM_WORDS = frozenset({
    "kill", "wound", "injure", "dead", "death", "casualty", "victim", "maim", "die", "toll", "injury", "injured",
    "wounded", "killed", "fatality", "martyr",
})  # fmt: skip
# Administrative and geographic areas: "Kani township, Sagaing region", "in Sambisa forest".
ADMIN_AREAS = frozenset({
    "region", "province", "district", "governorate", "state", "county", "oblast", "township", "prefecture",
    "commune", "municipality", "department", "raion", "division", "subdistrict", "sub-district", "locality",
    "village", "town", "city", "area", "territory", "forest", "jungle", "lake", "river", "plateau", "hills",
    "mountains", "valley", "zone", "emirate", "canton", "parish", "tehsil", "wilaya", "kebele", "woreda",
})  # fmt: skip
# Nouns naming part of a place; the place is their "of" object: "the outskirts of Mogadishu".
RELATIONAL_PLACES = frozenset({
    "outskirts", "outskirt", "vicinity", "heart", "centre", "center", "edge", "part", "parts", "periphery",
    "environs", "countryside", "interior", "fringes", "fringe", "entrance", "gate", "gates", "side", "north",
    "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "surroundings", "suburbs",
    "downtown", "west bank", "shores", "shore", "banks", "bank", "coast", "heartland", "hinterland", "forest",
    "township", "oblast", "prefecture", "commune", "jungle", "lake", "river", "plateau",
})  # fmt: skip
COMPASS_WORDS = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
    "north-west", "south-east", "south-west", "northeastern", "northwestern", "southeastern", "southwestern",
})  # fmt: skip
# Verbs that are attacks only with a weapon as their object, and the weapons each takes: "threw a grenade
# at soldiers", "used chemical weapons against civilians", "used tear gas to disperse protesters".
THROWN_WEAPONS = frozenset({
    "grenade", "bomb", "explosive", "device", "ied", "molotov", "cocktail", "firebomb", "petrol", "acid",
    "dynamite", "handgrenade",
})  # fmt: skip
USED_WEAPONS = frozenset({
    "sarin", "chlorine", "napalm", "phosphorus", "mustard", "nerve", "gas", "teargas", "tear", "chemical",
    "toxin", "bullet", "ammunition", "cannon", "baton", "truncheon", "grenade", "explosive", "bomb",
    "barrel", "cluster", "munition", "weapon",
})  # fmt: skip
WEAPON_VERBS = {
    "throw": THROWN_WEAPONS,
    "hurl": THROWN_WEAPONS,
    "toss": THROWN_WEAPONS,
    "lob": THROWN_WEAPONS | {"shell", "mortar", "rocket", "missile"},
    "use": USED_WEAPONS,
    "employ": USED_WEAPONS,
    "unleash": USED_WEAPONS,
    "deploy": USED_WEAPONS - {"weapon", "cannon", "baton", "truncheon", "bullet", "ammunition", "munition"},
    "drop": THROWN_WEAPONS | {"munition", "barrel", "napalm", "phosphorus", "mortar", "shell"},
}
# "weapon" counts for use/employ only as "chemical/biological/poison ... weapons".
WEAPON_KINDS = frozenset({"chemical", "biological", "poison", "toxic", "nerve", "incendiary", "banned"})
# Modifiers that make a vehicle or a group an armed doer: "unmanned aerial vehicles", "armed men".
ARMED_MODIFIERS = frozenset({
    "aerial", "unmanned", "armed", "armoured", "armored", "military", "combat", "militant", "jihadist", "rebel",
    "enemy", "hostile", "masked", "unidentified", "suspected",
})  # fmt: skip
# Verbs whose object is the instrument of the attack in their infinitive: "used helicopters to attack".
INSTRUMENT_VERBS = frozenset({"use", "deploy", "send", "employ", "dispatch", "scramble", "launch"})
# First words of place names in the Arabic-, Persian- and Kurdish-speaking world ("Tal Abyad", "Kafr
# Nabl", "Deir ez-Zor", "Ras al-Ain", "Jabal al-Zawiya"): a name starting with one is a place, whatever the
# small model's NER says.
TOPONYM_PREFIXES = frozenset({
    "tal", "tell", "tel", "kafr", "kfar", "deir", "dayr", "ras", "jabal", "jebel", "jisr", "wadi", "ain", "bir",
    "beit", "qasr", "khirbet", "marj", "nahr", "bab", "qalat", "qalaat", "mazraat", "hayy", "souq", "tall",
})  # fmt: skip
# Aircraft and air-delivered munitions by name; the names that are also words ("Typhoon", "Tornado",
# "Mirage") count only as proper names or with a designation ("Tornado GR4s").
AIRCRAFT_NAMES = frozenset({
    "typhoon", "tornado", "rafale", "mirage", "harrier", "eurofighter", "gr4", "gr4s", "fgr4", "tucano",
    "su-22", "su-24", "su-25", "su-27", "su-30", "su-34", "su-35", "mig-21", "mig-23", "mig-25", "mig-29",
    "f-4", "f-5", "f-15", "f-15e", "f-15s", "f-18", "f/a-18", "f-22", "f-35", "a-10", "ac-130", "b-1",
    "b-1b", "b-2", "tu-22", "tu-22m3", "tu-95", "tu-160", "l-39", "mq-1", "mq-9", "bayraktar", "tb2",
    "shahed", "shahed-136", "geran", "geran-2", "lancet", "orlan", "mi-24", "mi-8", "mi-17", "mi-35",
    "ka-52", "chinook",
})  # fmt: skip
AIRCRAFT_WORDS = frozenset({"typhoon", "tornado", "mirage", "harrier", "lancet", "orlan", "geran", "shahed"})
AIR_MUNITIONS = frozenset({"paveway", "hellfire", "brimstone", "jdam", "jdams", "maverick"})
# Cyber attacks are not events: hackers as doers, computers and accounts as targets.
CYBER_DOERS = frozenset({"hacker", "hacktivist", "ransomware", "malware", "virus", "worm", "botnet"})
CYBER_TARGETS = frozenset({
    "server", "website", "site", "network", "computer", "system", "account", "database", "email", "data",
    "software", "app", "platform", "infrastructure",
})  # fmt: skip
# Rioters, protesters and crowds: riots and violent demonstrations are not attacks (killings by them are).
RIOT_DOERS = frozenset({
    "protester", "protestor", "demonstrator", "rioter", "mob", "crowd", "fan", "supporter", "looter", "hooligan",
    "student", "youth", "activist",
})  # fmt: skip
LETHAL_VERBS = frozenset({"kill", "murder", "lynch", "stab", "shoot", "behead", "slaughter", "massacre"})
# Verbs of protection whose "against" object is a kind of threat ("defend itself against rocket attacks").
PROTECT_VERBS = frozenset({"defend", "protect", "guard", "shield", "secure", "safeguard", "insure", "warn", "prepare"})
# Doers that make a metaphor-prone trigger a figure of speech: markets, commentators, businesses and
# documents ("the company launched an offensive", "the report fired a warning shot").
FIGURATIVE_DOERS = frozenset({
    "seller", "investor", "trader", "critic", "analyst", "commentator", "newspaper", "columnist", "company",
    "firm", "retailer", "brand", "corporation", "business", "startup", "manufacturer", "airline", "insurer",
    "buyer", "report", "study", "statement", "letter", "article", "editorial", "book", "film", "campaign",
    "advertiser", "lobby", "union", "bank",
})  # fmt: skip
# What one is "bombarded with" or comes "under fire" over when no weapon is meant.
MESSAGE_NOUNS = frozenset({
    "question", "criticism", "email", "message", "request", "letter", "complaint", "call", "ad",
    "advertisement", "offer", "information", "praise", "insult", "abuse", "comment", "demand", "text",
    "tweet", "image", "advert", "spam", "lawsuit", "accusation", "claim",
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
    "aircraft", "airliner", "boat", "bus", "cache", "car", "convoy", "drone", "equipment", "ferry",
    "helicopter", "infrastructure", "installation", "jet", "launcher", "lorry", "minibus", "plane", "ship", "stockpile",
    "tank", "tanker", "target", "train", "truck", "van", "vehicle", "vessel", "weapon",
})  # fmt: skip
