"""The word tables of role reading (:mod:`kg.extract.roles`, :mod:`kg.extract.fillers`): light verbs, verbs of
impact, perpetrators, utterances, weapons and deeds."""

from __future__ import annotations

# Verbs whose object is an event noun the subject performs: "ISIS launched an attack".
LIGHT_VERBS = frozenset(
    {
        "launch",
        "lay",  # "laid siege to Marawi", "laid an ambush"
        "carry",
        "conduct",
        "stage",
        "mount",
        "claim",
        "perpetrate",
        "commit",
        "execute",
        "begin",
        "lead",
        "order",
        "unleash",
        "step",
        "intensify",
        "continue",
        "resume",
        "undertake",
        "initiate",
        "wage",
        "plan",
        "threaten",
        "make",
        "start",
        "escalate",
        "renew",
        "coordinate",
        "orchestrate",
        "organise",
        "organize",
        "direct",
        "fight",
        "pledge",
        "swear",
        "take",
        "declare",
        "give",
        "offer",
        "reaffirm",
        "announce",
        "switch",
        "transfer",
        "prepare",
        "plot",
        "mastermind",
        "do",
        "push",
        "press",
        "deliver",
        "fly",
        "drop",
        "fire",
        "provide",
        "open",
        "exchange",
        "trade",  # "X and Y traded artillery fire"
        "retaliate",  # "coalition jets retaliated with air raids on Sanaa"
        "respond",
        "react",
    }
)
# Verbs whose subject is an event noun and whose object is the victim: "an airstrike killed five".
IMPACT_VERBS = frozenset({
    "kill", "hit", "destroy", "target", "engage", "wound", "injure", "damage", "strike", "claim", "leave", "erode",
    "pound", "devastate", "flatten", "level", "rock", "shake", "rip", "tear", "batter", "weaken", "degrade",
    "disrupt", "dislodge", "oust", "repel", "repulse", "rout", "defeat", "eliminate", "neutralise", "neutralize",
    "suppress",
})  # fmt: skip


PERPETRATORS = frozenset({
    "suspect", "perpetrator", "gunman", "shooter", "attacker", "bomber", "mastermind", "assailant", "organiser",
    "organizer",
})  # fmt: skip
# Nouns a participle hangs from when the participle's real subject is the speaker:
# "Shekau released a statement pledging loyalty" -> Shekau pledges.
UTTERANCES = frozenset({
    "statement", "message", "video", "audio", "recording", "tape", "audiotape", "speech", "letter", "post",
    "communique", "declaration", "announcement", "tweet",
})  # fmt: skip


# What a role may not be filled with.  Weapons and devices are what an attack is made with ("a landmine
# killed two soldiers", "fired grenade launchers at the base"); event nouns are the attack itself ("this
# latest attack", "fire"); neither is who did it.  A weapon is a fine target ("destroyed a mortar"), and
# a weapon or deed with an actor's name on it ("Russian missiles", "Boko Haram's bombs") stands for the
# actor.
WEAPON_HEADS = frozenset({
    "bomb", "landmine", "mine", "ied", "grenade", "launcher", "rpg", "rocket", "missile", "mortar", "shell",
    "bullet", "rifle", "gun", "pistol", "explosive", "device", "vest", "belt", "knife", "machete", "projectile",
    "munition", "round", "ammunition", "weapon", "firearm", "cannon", "booby-trap", "shrapnel", "ordnance",
    # what crowds and gangs fight with: "clashed with sticks, stones and knives"
    "stick", "stone", "rod", "brick", "axe", "sword", "spear", "arrow", "dagger", "sickle", "cudgel",
})  # fmt: skip
# Abbreviations of weapons and means, never a doer, though the NER often tags them organisations: "an IED attack",
# "An RPG attack on the governor's house", "a UAV strike".
MEANS_ABBREVIATIONS = frozenset({
    "ied", "ieds", "vbied", "svbied", "pbied", "rpg", "rpgs", "uav", "uavs", "atgm", "manpads", "mlrs", "cbrn",
    "cbrne", "ak-47", "ak47",
})  # fmt: skip
DEED_HEADS = frozenset({
    "attack", "strike", "airstrike", "raid", "bombing", "shelling", "fire", "gunfire", "blast", "explosion",
    "series", "wave", "barrage", "salvo", "assault", "ambush", "violence", "clash", "fighting", "offensive",
    "incident", "basis",
})  # fmt: skip
# Nouns of fixed "on" phrases that say when, why or for whom, never what was attacked: "on a regular basis",
# "on behalf of", "on the orders of", "on the eve of", "on the pretext of".
ON_IDIOMS = frozenset({
    "basis", "behalf", "order", "eve", "occasion", "anniversary", "pretext", "ground", "condition", "account",
    "instruction", "command", "suspicion", "charge", "average",
})  # fmt: skip
# Objects of impact verbs that are measurements, not victims ("pushed that number above 50,000").
NOT_VICTIMS = frozenset(
    {
        "number",
        "figure",
        "total",
        "count",
        "toll",
        "tally",
        "milestone",
        "record",
        "level",
        "price",
        "rate",
        "share",
        "hope",
        "effort",
        "chance",
        "support",
        "way",
        "responsibility",  # "the attack, for which ISIS-K claimed responsibility"
        "credit",
        "crater",  # "The blast left a crater in the road"
        "hole",
    }
)
# Verbs of a bomb going off, and the prepositions of what it went off beside ("detonated near a checkpoint").
BLAST_VERBS = frozenset({"explode", "detonate", "go", "blow"})  # "a suicide bomber blew himself up outside X"
BESIDE_PREPS = ("near", "outside", "inside", "beside", "behind", "at")
# How a device is put where it goes off: "a roadside bomb planted by Taliban insurgents".
PLANTING_VERBS = frozenset({"plant", "place", "lay", "set", "hide", "leave"})
# What an attack is said to be: "The attack was a horrific act of terror against innocent people".
DEED_KINDS = frozenset({"act", "crime", "atrocity", "outrage", "assault", "massacre"})
# Verbs whose subject suffers the event noun they take: "civilians are facing ongoing shelling".
ENDURE_VERBS = frozenset({"face", "suffer", "endure", "withstand", "experience"})
# Passive verbs of saying and believing whose subject did what the infinitive says: "X is believed to have".
# ... and perception: "Riot police were seen lobbing tear gas canisters", "were filmed beating a vendor".
RAISING_VERBS = frozenset({
    "believe", "think", "say", "report", "allege", "suspect", "know", "understand", "presume", "see", "film",
})  # fmt: skip
# Passive verbs whose subject is held to have done the deed: "X was blamed for / linked to / accused of the attack".
HELD_TO_VERBS = frozenset({"blame", "link", "tie", "connect", "accuse", "implicate", "suspect", "hold"})
# Plural event nouns a page sums a group's deeds under, and the verbs that list them: "Its attacks include the 2013
# bombing of X and the 2015 assault on Y", "Operations carried out by the brigade included ...".
SUMMARY_HEADS = DEED_HEADS - {"basis", "incident", "series", "wave"} | {
    "operation", "massacre", "siege", "killing", "bombing", "action", "activity", "atrocity", "kidnapping",
}  # fmt: skip
LISTING_VERBS = frozenset({"include", "comprise", "be"})
# Nouns that hold a run of events in their "of" phrase: "blamed for a string of kidnappings and bombings".
SERIES_NOUNS = frozenset({"string", "series", "wave", "spate", "run", "number", "succession", "chain", "campaign"})
# Event nouns whose "by" phrase may hang on the weapon they take: "the use of barrel bombs by government helicopters".
OF_WEAPON_NOUNS = frozenset({"use", "deployment", "firing", "dropping"})

# Entity labels that name no actor, victim or target: a date, a count, an amount, a named event.
NOT_ACTORS = ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "EVENT")
