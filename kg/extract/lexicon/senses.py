"""Cue words that decide a trigger's sense: abstractions, metaphors, sport, labour, policing, accidents,
and what delivers an attack from the air, and weapons.
"""

from __future__ import annotations

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
    # hazards that firefighters, doctors and rescuers "fight" or "battle": "Firefighters fought the blaze"
    | {"blaze", "fire", "flame", "wildfire", "bushfire", "inferno", "outbreak", "epidemic", "flood"}
)

# What protesters burn as a sign, not as an attack: "burned effigies of the minister", "burnt tyres on the
# highway", "set fire to copies of the bill".
PROTEST_PROPS = frozenset({"effigy", "tyre", "tire", "flag", "poster", "banner", "copy", "placard", "portrait"})
VERBAL_CUES = frozenset({
    "criticize", "criticise", "accuse", "denounce", "condemn", "speech", "remark", "comment", "interview",
    "debate", "election", "campaign", "vote", "tweet", "rhetoric", "editorial", "column", "television",
    "parliament", "congress", "candidate", "presidency", "primary", "nominee", "senator", "lawmaker",
    "rally", "media", "press", "poll", "op-ed", "podcast",
})  # fmt: skip
# Crowd-control verbs written as one hyphenated word ("lathi-charged", "tear-gassed"), which the tokenizer cuts at
# the hyphen and the parser then reads as a noun and a verb of their own.  They are kept one token, parsed as the
# form of their last word (its NORM) and lemmatised as the compound ("lathi-charge"): first word -> last word's
# lemma, and that lemma's forms.
CROWD_CONTROL_COMPOUNDS = {"lathi": "charge", "baton": "charge", "cane": "charge", "tear": "gas", "pepper": "spray"}
# The verbs they make, as the tokenizer keeps them whole: "lathi-charge", "tear-gas".
CROWD_CONTROL_VERBS = frozenset(f"{first}-{last}" for first, last in CROWD_CONTROL_COMPOUNDS.items())
# Hyphenated nouns of protest kept one token the same way, parsed as the word given ("a sit-in by graduates").
HYPHENATED_NOUNS = {"sit-in": "protest", "sit-ins": "protests"}
# A side's answer written with a hyphen ("Afghan forces counter-attacked"), which the small model reads as an
# auxiliary "counter" before a passive "attacked": kept one token the same way, parsed as the bare form (NORM),
# lemmatised as one word ("counterattack").  Form -> (bare form, lemma).  Not "counter-offensive" or
# "counter-strike": read as "offensive" the tagger takes it for an adjective, and the split words are a trigger pattern.
COUNTER_FORMS = {f"counter-{form}": (form, "counterattack") for form in ("attack", "attacks", "attacked", "attacking")}
COMPOUND_FORMS = {
    "charge": ("charge", "charges", "charged", "charging"),
    "gas": ("gas", "gases", "gasses", "gassed", "gassing"),
    "spray": ("spray", "sprays", "sprayed", "spraying"),
}
# Triggers that news also uses for words rather than violence ("Trump attacked Clinton").
METAPHOR_PRONE = frozenset({
    "attack", "assail", "hit", "target", "fire", "bombard", "assault", "battle", "fight", "strike", "shoot",
    "blast", "slam", "torpedo", "ambush", "offensive", "onslaught", "barrage", "clash", "spar", "war", "bomb",
    "carpet-bomb",
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
        "aviation",  # "operational-tactical aviation hit 73 areas", "army aviation"
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
        "iaf",  # the Israeli or Indian Air Force
        "vks",  # Russia's Aerospace Forces
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
        "tear-gas",
        "pepper-spray",
        "ammunition",
        "projectile",
        "sniper",
        "gunman",
        "gunmen",
    }
)
