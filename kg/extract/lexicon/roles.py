"""Words for reading an event's roles: time words, sport strength, armed doers, people and vehicles,
harm, weapons that verbs take, aircraft and munitions, cyber, riots, protection, figures of speech.
"""

from __future__ import annotations

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

# Verbs that are attacks only with a weapon as their object, and the weapons each takes: "threw a grenade
# at soldiers", "used chemical weapons against civilians", "used tear gas to disperse protesters".
THROWN_WEAPONS = frozenset({
    "grenade", "bomb", "explosive", "device", "ied", "molotov", "cocktail", "firebomb", "petrol", "acid",
    "dynamite", "handgrenade",
})  # fmt: skip
USED_WEAPONS = frozenset({
    "sarin", "chlorine", "napalm", "phosphorus", "mustard", "nerve", "gas", "teargas", "tear", "chemical",
    "toxin", "bullet", "ammunition", "cannon", "baton", "truncheon", "grenade", "explosive", "bomb",
    "barrel", "cluster", "munition", "weapon", "tear-gas", "pepper-spray", "whip", "sjambok", "lathi",
})  # fmt: skip
WEAPON_VERBS = {
    "throw": THROWN_WEAPONS,
    "hurl": THROWN_WEAPONS,
    "toss": THROWN_WEAPONS,
    "lob": THROWN_WEAPONS | {"shell", "mortar", "rocket", "missile", "canister", "teargas", "tear-gas", "tear"},
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
    "enemy", "hostile", "masked", "unidentified", "unknown", "suspected",
    # a bulletin's and a report's doers: "terrorist elements targeted a patrol", "insurgent elements"
    "terrorist", "insurgent", "extremist", "separatist",
})  # fmt: skip
# Verbs whose object is the instrument of the attack in their infinitive: "used helicopters to attack".
INSTRUMENT_VERBS = frozenset({"use", "deploy", "send", "employ", "dispatch", "scramble", "launch"})

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
# Formations of the air, with "air"/"aerospace" on them ("Aerospace Forces", "the air component", "air assets").
AIR_ARM_HEADS = frozenset({
    "force", "component", "asset", "wing", "arm", "squadron", "fleet", "corps", "command", "unit", "interdiction",
})  # fmt: skip
AIR_ARM_MODIFIERS = frozenset({"air", "aerospace", "aerial"})
GROUND_AIR_WORDS = frozenset({"defence", "defense", "anti", "missile"})  # "air defence forces" fire from the ground
AIR_MUNITIONS = frozenset({"paveway", "hellfire", "brimstone", "jdam", "jdams", "maverick", "glide"})  # glide bombs
# Cyber attacks are not events: hackers as doers, computers and accounts as targets.
CYBER_DOERS = frozenset({"hacker", "hacktivist", "ransomware", "malware", "virus", "worm", "botnet"})
# Words before an attack noun that make it a cyber attack: "a new hacker attack", "Virus attack hits bank networks",
# "a denial-of-service assault" (the parser hangs "denial" on the noun), "a computer attack".
CYBER_MODIFIERS = CYBER_DOERS | frozenset({"cyber", "hacking", "computer", "denial", "denial-of-service", "ddos"})
CYBER_TARGETS = frozenset({
    "server", "website", "site", "network", "computer", "system", "account", "database", "email", "data",
    "software", "app", "platform", "infrastructure",
})  # fmt: skip
# Rioters, protesters and crowds: riots and violent demonstrations are not attacks (killings by them are).
RIOT_DOERS = frozenset({
    "protester", "protestor", "demonstrator", "rioter", "mob", "crowd", "fan", "supporter", "looter", "hooligan",
    "student", "youth", "activist", "marcher", "mourner", "striker",
})  # fmt: skip
# Gatherings hit by crowd control, whose "by"/"of" phrase names the people hit ("a sit-in by graduates"), and the
# people that gather, beyond PEOPLE_NOUNS and RIOT_DOERS ("water cannon on agitating lawyers").
GATHERINGS = frozenset({
    "sit-in", "rally", "protest", "demonstration", "march", "procession", "gathering", "vigil", "picket", "dharna",
    "agitation", "blockade", "meeting", "crowd",
})  # fmt: skip
CROWD_NOUNS = frozenset({
    "agitator", "graduate", "lawyer", "advocate", "doctor", "nurse", "marcher", "striker", "picketer", "mourner",
    "unionist", "trader", "vendor", "hawker", "supporter", "activist", "youth", "protestor", "cadre",
})  # fmt: skip
# Partisans among them: party supporters, activists and mobs wreck property in a riot, but when they fight another
# side or attack people, it is political violence ("supporters of the two parties clashed", "a mob assaulted two
# constables"); the rest are protest's own crowds, whose clashes with the police are a riot.
PARTISAN_DOERS = frozenset({"supporter", "activist", "mob", "cadre", "goon"})
# People a mob or party workers attack by their office or post ("a councillor", "two constables").
OFFICE_HOLDERS = frozenset({
    "constable", "cop", "jawan", "councillor", "councilor", "legislator", "mla", "mp", "candidate", "chairman",
    "minister", "lawmaker", "mayor", "sarpanch", "headman", "chief", "secretary", "president", "reporter",
})  # fmt: skip
# What a crowd throws or the police fire, and the circumstance: never whom an attack was against ("pelted stones",
# "hurled chairs", "lobbed teargas canisters", "the situation turned tense when ...").
NO_TARGETS = frozenset({
    "stone", "brick", "rock", "stick", "rod", "chair", "tyre", "tire", "teargas", "tear-gas", "canister", "lathi",
    "baton", "pellet", "situation", "gas", "egg",
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
    # a company by its legal form ("Microsoft Corp. hit back at EU regulators") and what markets trade ("Oil
    # prices shot past $50 a barrel", "Stocks hit by blast fears"), as business wire copy writes them
    "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc", "llc", "co.", "price", "stock", "share", "market",
    "index", "currency", "bond", "dollar", "euro", "yen", "rupee",
})  # fmt: skip
# What one is "bombarded with" or comes "under fire" over when no weapon is meant.
MESSAGE_NOUNS = frozenset({
    "question", "criticism", "email", "message", "request", "letter", "complaint", "call", "ad",
    "advertisement", "offer", "information", "praise", "insult", "abuse", "comment", "demand", "text",
    "tweet", "image", "advert", "spam", "lawsuit", "accusation", "claim",
})  # fmt: skip
# Media that show someone doing a deed or making a pledge: "The video of a Marine shooting a wounded man", "footage of
# X swearing allegiance" (the one shown is the doer or the pledger).
VISUAL_MEDIA = frozenset({"video", "footage", "film", "recording", "clip", "photo", "photograph", "image", "picture"})
