"""The words of the ATTACK and AIRSTRIKE rules: triggers, the words that confirm or refuse a sense, and the
words that say an attack comes from the air.  Only data; the checks that read them are in the sibling modules.
"""

from __future__ import annotations

from kg.extract import lexicon

# Verbs whose every use in news about conflict is violent enough to trust with syntax checks.
ATTACK_VERBS = (
    "attack", "bomb", "shell", "raid", "storm", "ambush", "assault", "besiege", "bombard", "behead", "massacre",
    "invade", "clash", "pound", "airstrike", "shoot", "stab", "kill", "murder", "assassinate", "fire", "strike",
    "capture", "seize", "retake", "recapture", "overrun", "liberate", "fight", "explode", "detonate", "torch",
    "burn", "hijack", "gun", "slaughter", "blow", "hit", "target", "engage", "lob", "rocket", "mortar", "poison",
    "gas", "beat", "lynch", "execute", "wound", "injure", "besiege", "encircle", "occupy", "destroy", "reclaim",
    "free", "cleanse", "battle", "fall", "strafe", "carpet-bomb", "neutralise", "neutralize", "retaliate", "hack",
    "disperse", "thrash", "manhandle", "vandalise", "vandalize", "ransack", "pelt", "rough", "eliminate", "liquidate",
    "regain", "counterattack", "advance", "push", "press", "damage", "blast",
    *lexicon.WEAPON_VERBS,
    *lexicon.CROWD_CONTROL_VERBS,
)  # fmt: skip
ATTACK_NOUNS = (
    "fight", "attack", "bombing", "bombardment", "strike", "airstrike", "raid", "offensive", "assault", "clash",
    "battle", "shelling", "ambush", "massacre", "siege", "shooting", "killing", "beheading", "invasion",
    "incursion", "hijacking", "gunfire", "firefight", "skirmish", "onslaught", "counterattack", "counteroffensive",
    "counter-offensive", "fighting", "liberation", "capture", "blast", "explosion", "bomb", "assassination",
    "stabbing", "air-strike", "airraid", "barrage", "rampage", "sortie", "bloodshed", "violence", "crackdown",
    "gunbattle", "gunfight", "uprising", "insurgency", "combat", "hostility", "hostilities", "murder", "slaughter",
    "execution", "burning", "poisoning", "shootout", "counter-attack", "attacker", "bomber", "mortar", "rocket",
    "missile", "fire", "drone", "atrocity", "targeting", "retaking", "recapture", "cleansing", "advance",
    "takeover", "fall", "lathi-charge", "baton-charge", "cane-charge", "operation", "storming", "use",
    "seizure", "munition", "interdiction", "encounter", "confrontation",
)  # fmt: skip
# What a "counter-" deed is, the word split off at its hyphen: "counter-offensive", "counter-attack".
COUNTERED = frozenset({"offensive", "offensives", "attack", "attacks", "assault", "strike", "strikes"})
# The crowd-control compounds as lemmas ("lathi-charge", "tear-gas").
CROWD_CONTROL = lexicon.CROWD_CONTROL_VERBS
# Military press releases' words for killing: "neutralised 12 terrorists", "eliminated the commander" (people, not
# threats or bombs).
KILLING_EUPHEMISMS = frozenset({"neutralise", "neutralize", "eliminate", "liquidate"})
ELIMINATING = frozenset({"eliminate", "liquidate"})  # also the words of aims and policies: only as done deeds
NEUTRALISED = frozenset({
    "terrorist", "militant", "jihadist", "insurgent", "fighter", "gunman", "gunmen", "rebel", "bandit", "attacker",
    "assailant", "extremist", "element", "combatant", "guerrilla", "separatist", "sniper", "member", "commander",
})  # fmt: skip
# What "took (full) control of" a place says: "took control of Kunduz city" is a capture.
CONTROL_DEGREES = ("full", "complete", "total", "effective", "partial")
# Two-word triggers: "air strike", "drone attack" (the trigger is the head), and "took over".
AIR_MODIFIERS = ("air", "drone", "aerial", "missile", "rocket")
AIR_HEADS = ("strike", "raid", "attack", "bombardment", "support", "bombing", "assault")
VIOLENT_LEMMAS = frozenset(ATTACK_VERBS) | frozenset(ATTACK_NOUNS)

# --- verb senses ---------------------------------------------------------------------------------------------
# Verbs whose object is a place taken ("captured Mosul"); its target is the place and the side it was taken from.
PLACE_TAKING = frozenset({
    "capture", "seize", "retake", "recapture", "overrun", "liberate", "occupy", "encircle", "reclaim", "free",
    "take", "regain",
})  # fmt: skip
# Verbs that are violent only with the right object or context: a weaker trigger.
CONTEXT_ONLY = frozenset({
    "hit", "target", "engage", "destroy", "cleanse", "beat", "fire", "strike", "fight", "burn", "torch", "blow",
    "explode", "detonate", "wound", "injure", "execute", "gas", "rocket", "mortar", "gun", "battle", "fall",
    "neutralise", "neutralize", "retaliate", "hack", "disperse", "thrash", "manhandle", "vandalise", "vandalize",
    "ransack", "pelt", "rough", "swoop", "descend", "pounce", "charge", "come", "exchange", "trade", "eliminate",
    "liquidate",
    *lexicon.WEAPON_VERBS,
})  # fmt: skip
# Verbs of killing and wounding, and the weakest of them as triggers.
HARM_VERBS = frozenset({"kill", "murder", "shoot", "stab", "wound", "injure", "slaughter", "massacre"})
KILL_VERBS = frozenset({"kill", "murder", "shoot", "stab"})
# Verbs of harm whose gerund on a violent verb names its victims ("shelled the village, killing 3").
CASUALTY_VERBS = frozenset({"kill", "wound", "injure", "maim"})
# Verbs of a vehicle's accident: soldiers "killed when two trucks collided", "when their boat capsized" died in no
# attack, unless that clause names a weapon or an armed doer ("overturned after hitting a landmine").
ACCIDENT_VERBS = frozenset({
    "collide", "crash", "overturn", "capsize", "derail", "skid", "plunge", "topple", "flip", "sink", "veer",
})  # fmt: skip
# Nouns a violent gerund may modify and still be the event ("the shooting deaths of two", "a killing spree").
DEATH_HEADS = frozenset({"death", "spree", "incident", "victim"})
GERUND_EVENT_HEADS = DEATH_HEADS | {"rampage", "campaign", "raid"}
FILMED = frozenset({"film", "video", "scene", "movie", "episode", "season", "documentary", "sequel"})  # "shoot a film"
# What is fired or set off rather than hit: "four shells", "dozens of rockets".
WEAPON_OBJECTS = frozenset({
    "rocket", "missile", "mortar", "shell", "shot", "round", "bullet", "grenade", "weapon", "gun", "artillery",
    "salvo", "volley", "tear", "teargas", "gas", "bomb", "projectile", "munition", "shells", "barrage", "explosive",
    "explosives", "device", "ied", "pellet", "canister", "cannon", "tear-gas", "pepper-spray", "stone", "brick",
})  # fmt: skip
SALVO_COUNTS = lexicon.QUANTITY_HEADS | {"dozen", "hundred", "thousand", "barrage", "salvo"}  # "dozens of rockets"
# Words around an explosion that make it a bombing.
BOMB_WORDS = frozenset({
    "minefield", "shell", "rocket", "mortar", "missile", "artillery", "bomb", "ied", "explosive", "device", "car",
    "suicide", "roadside", "grenade", "mine", "bomber", "truck", "vest", "landmine", "booby",
})  # fmt: skip
# Doers that make a place taken a police or customs matter, and sentences about drugs and arrests.
SEIZING_OFFICERS = frozenset({"police", "customs", "officer"})
SEIZURE_CUES = frozenset({"drug", "arrest", "smuggler"})
# A place taken without force is no attack (takings.unopposed): "entered unopposed", "without a fight", "No fighting
# was reported".
UNOPPOSED = frozenset({"unopposed", "uncontested", "peacefully"})
FIGHTING_NOUNS = frozenset({
    "fight", "fighting", "resistance", "shot", "clash", "engagement", "battle", "bloodshed", "combat", "firefight",
})  # fmt: skip

# What a retaliation is made "with" when it is violence: "retaliated with tear gas shells", "with live fire".
RETALIATION_ARMS = lexicon.WEAPON_LEMMAS | lexicon.USED_WEAPONS | WEAPON_OBJECTS | {"fire", "force", "lathi-charge"}
BLADES = frozenset({"machete", "axe", "sword", "knife", "sickle", "cleaver", "dao", "panga", "chopper"})
BEATING_CUES = frozenset({
    "police", "soldier", "baton", "protester", "security", "militia", "troop", "guard", "cop", "constable",
    "personnel", "mob", "goon", "villager", "activist", "supporter",
})  # fmt: skip
ARREST_CUES = frozenset({"arrest", "warrant", "detain"})  # police raids, not attacks
RAID_VERBS = frozenset({"raid", "storm", "search"})
# Armed people in a sentence about executions; people that can be executed.
ARMED_CONTEXT = frozenset({
    "militant", "jihadist", "gunman", "captive", "hostage", "insurgent", "rebel", "terrorist", "militia",
    "extremist", "soldier", "troop", "army", "fighter",
})  # fmt: skip
EXECUTABLE = frozenset({
    "captive", "hostage", "prisoner", "soldier", "man", "woman", "civilian", "people", "person", "journalist",
    "worker", "policeman", "officer", "member", "pilot", "child", "villager", "resident", "commander", "fighter",
    "militant", "spy", "informer", "informant", "collaborator", "defector", "farmer", "passenger", "boy", "girl",
})  # fmt: skip
JUDICIAL = frozenset({"court", "sentence", "judicial", "hang", "hanging", "penalty", "convict"})
# Objects of "kill" that are no victims ("kill lists", "kill the deal").
NOT_VICTIM_NOUNS = frozenset({
    "list", "switch", "time", "deal", "bill", "engine", "mood", "story", "idea", "chance", "momentum", "buzz",
    "proposal", "plan", "talk", "hope",
})  # fmt: skip
SIDE_BY_SIDE = frozenset({"alongside", "together", "beside"})  # allies fighting together do not fight each other
ROLE_PRONOUNS = frozenset({"who", "which"})  # relative pronouns are no doers

# --- noun senses ----------------------------------------------------------------------------------------------
# Modifiers that make an "attack" or "strike" something else ("heart attack", "trade war").
# Words that make an attack noun, the object of a perfect-tense verb, a reference to other attacks than the one told:
# "al-Shabaab has carried out similar bombings", "the group has claimed previous attacks on the Shiite minority"
# (plural: the record, not one incident).
COMPARED_MODS = frozenset({"similar", "such"})
EARLIER_MODS = frozenset({"previous", "past", "earlier", "prior"})
# What an incident is likened to is attacks in general: "bore similarities to attacks by Boko Haram".
LIKENESS = frozenset({"similarity", "similar", "resemblance", "reminiscent", "akin", "comparable", "consistent"})
LIKENING_VERBS = frozenset({"resemble", "mirror", "echo", "recall"})
# Adverbs that make a perfect-tense attack verb a record: "The group has attacked health workers before".
RECORD_ADVERBS = frozenset({"before", "previously"})
NON_VIOLENT_MODS = frozenset({
    "heart", "panic", "asthma", "cyber", "verbal", "personal", "political", "legal", "court", "charm", "diplomatic",
    "media", "propaganda", "hunger", "general", "labour", "labor", "rhetorical", "price", "trade", "public",
    "sales", "marketing", "ad", "advertising", "brain", "anxiety", "election", "electoral", "budget", "bidding",
    "takeover", "custody", "domestic", "sexual", "ideological", "lucky", "preemptive", "pre-emptive",
    "nuclear", "cruise", "ballistic",
})  # fmt: skip
# Kinds of missile named in tests and parades as in strikes: an event only when aimed or hurting (nouns.aimed).
MISSILE_KINDS = frozenset({"cruise", "ballistic"})
MISSILE_AIMS = ("at", "on", "into", "against", "toward", "towards")
ARREST_RAID_CUES = frozenset({"arrest", "detain", "apprehend", "recover", "confiscate"})
RAID_COMBAT_CUES = frozenset({"kill", "shoot", "clash", "wound", "gunfight", "firefight", "die"})
MILITARY_RAIDERS = frozenset({"militant", "troop", "military", "soldier", "commando", "special", "insurgent"})
WAR_OF_WORDS = frozenset({"battle", "fight", "offensive", "combat"})  # nouns that politicians use too
# Verbs a bomb goes off, is planted or dropped with: "a bomb exploded", "planted a bomb".
BOMB_GOVERNORS = frozenset({
    "explode", "detonate", "plant", "drop", "go", "kill", "rip", "hit", "set", "injure", "wound", "destroy",
    "damage",
})  # fmt: skip
# "artillery fire", "heavy fire", "opened fire", "exchanged fire", "came under fire".
FIRE_MODIFIERS = frozenset({
    "gunfire", "artillery", "mortar", "rocket", "tank", "sniper", "machine", "machine-gun", "heavy", "small", "arms",
})  # fmt: skip
FIRE_GOVERNORS = frozenset({"open", "exchange", "trade", "come"})
# Verbs of fire given and returned: "X and Y exchanged fire", "traded artillery fire with Y": every side shoots at
# the others, as in a clash.
EXCHANGE_VERBS = frozenset({"exchange", "trade"})
# Verbs that make a rocket, missile, mortar or drone the attack: "a rocket hit the base", "fired missiles".
MISSILE_GOVERNORS = frozenset({"fire", "launch", "hit", "strike", "land", "slam", "lob", "rain", "fall"})
# Verbs of a projectile flown into something: "a suicide drone crashed into a building" (with "into" only).
CRASH_GOVERNORS = frozenset({"crash", "smash", "plough", "plow", "plunge"})
# Heads of a projectile named with its weapon before it: "mortar rounds", "artillery shells", "loitering munitions".
PROJECTILE_HEADS = frozenset({"round", "shell", "munition"})
# Background nouns: counted only through other triggers in the same text.
BACKGROUND_NOUNS = frozenset({"violence", "crackdown", "uprising", "insurgency", "hostility", "hostilities", "combat"})
BARRAGE_OF = WEAPON_OBJECTS | {"artillery", "rocket", "missile", "mortar", "fire"}
ARMIES = frozenset({"military", "army", "troop", "rebel"})  # "the army's advance"
ATROCITY_VERBS = frozenset({"carry", "commit", "perpetrate"})
BURNT_CAPTIVES = frozenset({"pilot", "captive", "alive", "hostage"})
PHOTOGRAPHY = frozenset({"film", "movie", "video", "photo", "scene"})
# Heads a violence noun may modify and still be the event ("attack victims"), not "attack planners".
COMPOUND_HEADS = frozenset({
    "investigation", "victim", "survivor", "casualty", "death", "toll", "site", "campaign", "mission", "aftermath",
    "anniversary", "spree", "wave", "series", "round", "shell",
})  # fmt: skip
EVENT_HEADS = frozenset({"attack", "strike", "raid", "bombing"})  # "suicide bomb attack": the head is the event
# Nouns whose "of" phrase is the target ("the shelling of Aleppo"), and those whose "into" phrase is.
OF_TARGET_NOUNS = frozenset({
    "bombing", "shelling", "bombardment", "siege", "liberation", "capture", "killing", "massacre", "beheading",
    "assassination", "invasion", "murder", "slaughter", "execution", "burning", "poisoning", "stabbing", "shooting",
    "ambush", "storming",
})  # fmt: skip
INTO_TARGET_NOUNS = frozenset({"advance", "incursion", "invasion", "offensive", "push"})
# Nouns of fighting between sides: each side attacks the others.
SIDES_NOUNS = frozenset({
    "clash", "battle", "fight", "fighting", "firefight", "skirmish", "gunbattle", "gunfight", "shootout", "combat",
    "encounter", "confrontation",
})  # fmt: skip
# What a fight is said to be in a definition ("The Battle of X was a military engagement between Y and Z"): the
# sides of the engagement are the battle's.
DEFINED_FIGHTS = SIDES_NOUNS | {"engagement", "confrontation", "conflict", "siege", "offensive"}
# "encounter" is the gunfight of Indian and Pakistani reports (nouns.armed_encounter); these make it a meeting: "a
# chance encounter with a police officer", "close encounters with soldiers".
CASUAL_ENCOUNTERS = frozenset({"chance", "close", "casual", "accidental", "romantic", "friendly", "awkward"})
# Verbs that tell an encounter with one side as an incident that happened: "an encounter with militants broke out",
# "ensued", "was going on"; not one recalled or described ("their first encounter with the group involved ...").
ONSET_VERBS = frozenset({"break", "erupt", "ensue", "start", "begin", "continue", "rage", "go", "occur", "happen"})
# A war or campaign as a whole as the doer: "the campaign has killed thousands", "the conflict has displaced
# millions" tell of no incident.
CAMPAIGN_DOERS = frozenset({"campaign", "war", "conflict", "insurgency", "uprising", "occupation"})
DEATH_CUES = frozenset({"kill", "dead", "death", "die", "shoot"})  # a riot with deaths is violence
# Nouns that are surely an attack: a stronger trigger.
STRONG_NOUNS = frozenset({
    "attack", "airstrike", "bombing", "strike", "raid", "offensive", "assault", "shelling", "ambush", "massacre",
    "invasion",
})  # fmt: skip
# Event nouns that also name the weapon doing the act: "a drone killed two", "a rocket hit the base".
DOER_NOUNS = frozenset({"drone", "rocket", "missile", "mortar", "bomb"})
# Of those, the aircraft, which are the doer when no side is named ("A drone packed with explosives hit the base").
AIRCRAFT_DOERS = frozenset({"drone"})
PERPETRATOR_NOUNS = frozenset({"attacker", "bomber"})

# --- metaphor ---------------------------------------------------------------------------------------------------
# Words of a sentence that say real violence is meant, for the tests of metaphorical "attacks".
VIOLENT_CUES = lexicon.WEAPON_LEMMAS | {"kill", "wound", "injure", "dead", "casualty", "militant", "troop"}
HARM_CUES = lexicon.WEAPON_LEMMAS | {"kill", "wound", "dead", "injure", "killed"}
INJURY_CUES = lexicon.WEAPON_LEMMAS | {"kill", "wound", "injure"}
COMBAT_CUES = lexicon.WEAPON_LEMMAS | {"troop", "force", "soldier", "militant", "kill"}
POLITICIANS = frozenset({
    "president", "senator", "candidate", "minister", "lawmaker", "politician", "governor", "mayor", "spokesman",
    "spokeswoman", "chancellor", "premier", "congressman", "congresswoman", "mp", "nominee", "opponent", "rival",
    "critic", "commentator", "pundit", "democrat", "republican",
})  # fmt: skip
# Where words are said or printed: an attack "in an editorial" or "during a speech" is one of words.
UTTERANCE_VENUES = frozenset({
    "editorial", "column", "speech", "interview", "tweet", "op-ed", "podcast", "statement", "article", "post",
    "letter", "address", "remark", "comment", "blog", "mouthpiece", "broadcast", "debate", "sermon",
})  # fmt: skip
WORDS_ONLY = frozenset({"verbally", "rhetorically", "publicly", "sharply"})
CLASH_NOUNS = frozenset({"clash", "battle", "fight"})  # "clashed over trade policy"
# Spans of time a fight or fire may go on "over": "came under fire over the weekend" is no issue.
SPANS_OF_TIME = frozenset({"weekend", "night", "day", "week", "month", "year", "period", "hour", "course", "decade"})
# Names that contain a trigger ("F-16 Fighting Falcons", "Samarra Barrage").
NAME_LABELS = ("ORG", "PRODUCT", "WORK_OF_ART", "FAC", "GPE", "PERSON", "LOC", "NORP", "LAW")
# Sentences about exercises or definitions, where no attack takes place.
EXCLUDING_LEMMAS = frozenset({"exercise", "drill", "define", "classify"})

# --- the aerial decision ------------------------------------------------------------------------------------
# Triggers that are air strikes by themselves, and modifiers that make one ("air raid", "helicopter attack").
AIR_TRIGGERS = frozenset({"airstrike", "air-strike", "airraid", "sortie", "drone"})
AIR_MODIFIER_WORDS = frozenset({"air", "drone", "aerial", "airstrike", "helicopter", "warplane"})
DROPPED = frozenset({"bomb", "munition"})  # "bombs were dropped": from the air
DROP_VERBS = frozenset({"drop", "airdrop"})
# Verbs that send off what they act on: a drone among it flies to its target ("shoot" is not one: a drone shot is
# shot down).
SENDING_VERBS = frozenset({"fire", "launch", "lob"})
AIRCRAFT_ONLY = frozenset({"strafe", "carpet-bomb"})  # attacks only aircraft make
# Words on a "bomber" that make it a plane wherever suicide bombing is told ("strategic bombers", "a stealth bomber").
BOMBER_KINDS = frozenset({"strategic", "stealth", "heavy", "long-range", "supersonic", "jet", "nuclear", "b-52", "b-1"})
# Who "blew himself up": the bomber of a suicide attack.
SELF_PRONOUNS = frozenset({"himself", "herself", "themselves"})
BOMBING = frozenset({"bombing", "bomber"})  # "bombing raids", "bomber raids": raids flown to drop bombs
AGAINST_PREFIXES = frozenset({"anti", "counter"})  # "anti-aircraft guns", "counter-drone systems" fly nothing
# Triggers that can be air strikes when aircraft are named around them.
AERIAL_CAPABLE = frozenset({
    "bomb", "bombing", "strike", "raid", "attack", "bombard", "bombardment", "pound", "hit", "target", "fire",
    "shell", "shelling", "rocket", "missile", "drop", "kill", "destroy", "engage", "support", "explode", "detonate",
    "wound", "injure", "damage", "use",
})  # fmt: skip
# Triggers that are air strikes when aircraft appear anywhere in the sentence (not as what is hit).
AIR_PRONE = frozenset({"bomb", "bombing", "strike", "raid", "bombard", "bombardment", "pound"})
AIR_PHRASES = ("from the air", "barrel bomb", "from the sky", "from the skies")
NOT_FLYING = frozenset({"naval", "sea", "maritime", "surface", "underwater", "ground", "land", "marine", "water"})
AIR_FORCE = frozenset({"force", "forces"})
# Prepositions whose object is where something happens or what is acted on ("at the air force academy").
ACTED_ON_PREPS = frozenset({"on", "at", "against", "near", "in", "into", "of", "inside"})
# Verbs of a source: "Ukraine's air force said" names who reports a strike, not who flew it.
SAYING_VERBS = frozenset({"say", "announce", "report", "state", "confirm", "add", "tell", "claim", "write", "post"})
# Verbs of aircraft in flight: "Jets circled over Saada for hours".
FLIGHT_VERBS = frozenset({"fly", "circle", "hover", "swoop", "roar", "buzz", "patrol", "overfly", "scream", "dive"})
# Verbs of seeing or hearing aircraft: "a jet was seen circling", "drones were heard over the camp".
SIGHTING_VERBS = frozenset({"see", "hear", "spot", "sight", "observe", "describe", "watch", "notice", "film", "detect"})
ANAPHORIC = frozenset({"the", "these", "those", "this", "that", "its", "their", "such"})

# Verbs of presuming who the doers were, which the parser makes the main verb of "Men believed to be bandits
# killed four farmers" (the attack then hangs on them as a complement).
PRESUMING_VERBS = frozenset({"believe", "presume", "suspect", "think", "allege", "understand"})

# --- support beside a deed ("backed by coalition helicopters", "with the support of A-29 aircraft") -------------
SUPPORT_VERBS = frozenset({"back", "support", "aid", "assist", "cover", "accompany", "escort"})
SUPPORT_PREPS = frozenset({"with", "under"})
SUPPORT_NOUNS = frozenset({"support", "backing", "help", "cover", "assistance", "aid"})
# A partner in the deed: "in coordination with", "in coordinated action with", "in cooperation with".
JOINT_NOUNS = frozenset({"coordination", "cooperation", "conjunction", "concert", "collaboration", "action", "tandem"})

# --- crowds and parties (crowds.py) -------------------------------------------------------------------------------
# Sides that fight each other by the verb's meaning ("came to blows", "exchanged blows"): matched with "blows".
BRAWL_VERBS = frozenset({"come", "exchange", "trade"})
# Verbs of falling upon people, matched with "on"/"upon": "swooped on students", "descended on MDC supporters".
SWOOP_VERBS = frozenset({"swoop", "descend", "pounce"})
# Beatings of people by anyone: "thrashed a councillor", "manhandled the principal".
BEATING_VERBS = frozenset({"thrash", "manhandle", "rough"})
# Wrecking, violence only against a party's or an office holder's property ("vandalised the BJP office"); rioters
# wrecking shops or cars stay a riot.
WRECKING_VERBS = frozenset({"vandalise", "vandalize", "ransack"})
# What a party's or an office holder's property is: "the BJP office", "the residence of the local MLA".
PROPERTY_HEADS = frozenset({
    "office", "house", "residence", "home", "headquarters", "convoy", "car", "vehicle", "bungalow", "camp",
    "motorcade", "quarters",
})  # fmt: skip
# Who owns it, beyond named people and organisations.
POLITICAL_OWNERS = frozenset({"party", "politician", "leader", "legislator", "opposition"})
# Security people: a crowd's stones thrown at them are a violent demonstration, no attack.
SECURITY_PEOPLE = frozenset({
    "police", "policeman", "policemen", "cop", "constable", "officer", "force", "personnel", "jawan", "soldier",
    "troop", "carabinero", "carabineros",
})  # fmt: skip
PELTED = frozenset({"stone", "brick", "rock"})  # "pelted stones at the convoy"
# Verbs whose object "strike" is a walk-out: "observed a shutter-down strike", "called a general strike".
STRIKE_HOLDERS = frozenset({"observe", "stage", "call", "declare", "hold", "announce", "join", "enforce", "end"})
# Protests, and the verbs of protesting: what they are "against" is told elsewhere.
PROTEST_WORDS = frozenset({
    "protest", "agitate", "demonstrate", "agitation", "demonstration", "rally", "march", "procession", "bandh",
    "hartal", "sit-in", "dharna", "shutdown", "strike", "boycott", "vigil",
})  # fmt: skip
# Verbs of harm whose passive subject an event in a "when" clause hurt: "A dozen students were injured when police
# used teargas".
HURT_VERBS = frozenset({"injure", "wound", "hurt", "kill", "maim"})
