"""The words that tell whether two mentions in a document are one incident (kg.extract.incidents): nouns that
refer back to an incident, words that make a mention another incident or a series, casualty and claim words."""

from __future__ import annotations

# Nouns that refer back to an incident already reported when a definite or demonstrative determiner
# (up to three modifiers before them) introduces them: "the blast", "this deadly attack".
ANAPHORIC_HEADS = frozenset(
    {
        "attack",
        "attacks",
        "assault",
        "blast",
        "blasts",
        "bombing",
        "bombings",
        "explosion",
        "explosions",
        "strike",
        "strikes",
        "airstrike",
        "airstrikes",
        "raid",
        "raids",
        "ambush",
        "ambushes",
        "assaults",
        # a fight named again: "The army said the firefight lasted about an hour"
        "firefight",
        "firefights",
        "gunfight",
        "shootout",
        "skirmish",
        "skirmishes",
        "incursion",
        "invasion",
        "shooting",
        "killing",
        "killings",
        "massacre",
        "incident",
        "violence",
        "clash",
        "clashes",
        "fighting",
        "battle",
        "shelling",
        "bombardment",
        "offensive",
        "operation",
        "siege",
        "defection",
        "defections",
        "pledge",
        "oath",
        # the weapons of the incident named again: "The rockets landed in an open area", "the device was planted"
        "rocket",
        "rockets",
        "missile",
        "missiles",
        "mortar",
        "mortars",
        "bomb",
        "bombs",
        "device",
        "grenade",
        "drone",
        "drones",
        # the doers named by a noun: "the attacker had pledged allegiance", "the gunmen fled"
        "attacker",
        "attackers",
        "assailant",
        "assailants",
        "bomber",
        "bombers",
        "gunman",
        "gunmen",
        "shooter",
        # "20 soldiers had defected ... The defectors joined the Free Syrian Army"
        "defector",
        "defectors",
        "deserter",
        "deserters",
    }
)
DETERMINERS = frozenset({"the", "this", "that", "these", "those", "its", "their", "both"})
# Unnamed doers that a definite determiner makes anaphoric as agents: "the attackers fled".
DOER_HEADS = frozenset(
    {
        "attacker",
        "attackers",
        "assailant",
        "assailants",
        "gunman",
        "gunmen",
        "bomber",
        "bombers",
        "militants",
        "raiders",
        # the group's members named by a generic noun: "The insurgents used sniper rifles", "The jihadists fled"
        "insurgents",
        "jihadists",
        "extremists",
        "terrorists",
        "militiamen",
        "rebels",
    }
)
# Nouns for an incident's victims that a definite determiner makes anaphoric as targets: "most of the victims were
# shot in the chest", "the dead were buried on Sunday".
VICTIM_HEADS = frozenset({"victim", "victims", "dead", "wounded", "injured", "casualties", "deceased"})
# Triggers that report the casualties of an incident rather than a new action: "..., killing five",
# "Twelve people were wounded."
CASUALTY_TRIGGERS = frozenset(
    {
        "kill",
        "killed",
        "killing",
        "kills",
        "wound",
        "wounded",
        "wounding",
        "injure",
        "injured",
        "injuring",
        "dead",
        "died",
        "die",
        "death",
        "deaths",
        "casualties",
        "toll",
    }
)
# A sentence with one of these words claims or attributes an incident already told: "IS claimed the
# attack", "claimed responsibility for the bombing", "authorities attributed the blast to ...".
CLAIM_WORDS = frozenset({"claim", "claimed", "claims", "claiming", "responsibility", "attributed", "blamed"})
# Words before the trigger (in its sentence) that announce a different incident: "another attack",
# "in a separate incident", "similar to the shootings in Paris", "additional attacks"; ordinals only
# after "a" ("a second bomb", but "the second defection in a week" is this one).  A mention after such
# a word joins no incident told before it.
# Of those, the words that may count more victims of the same incident ("one other was wounded in the
# attack"): they part incidents only when an incident word or the trigger follows within three words.
OTHER_ONES = frozenset({"other", "another", "additional"})
INCIDENT_WORDS = frozenset({"incident", "incidents", "case", "cases", "operation", "operations", "raid", "raids"})
DISTINCT_WORDS = frozenset(
    {
        "another",
        "separate",
        "separately",
        "other",
        "similar",
        "elsewhere",
        "earlier",
        "additional",
        "previous",
        # a response is a new incident: "the military responded with airstrikes", "in retaliation for"
        "subsequent",
        "responded",
        "response",
        "retaliation",
        "retaliated",
        "retaliatory",
        "revenge",
    }
)
ORDINALS = frozenset({"second", "third", "fourth", "fifth"})
# Vague quantifiers just before a plural trigger noun that make it a series of incidents ("many
# attacks", "a series of bombings"): it merges with mentions in its own sentence, never across sentences.
SERIES_WORDS = frozenset(
    {"many", "several", "numerous", "series", "dozens", "hundreds", "repeated", "frequent", "spate"}
)
# Adverbs just before a trigger verb that make it habitual, a series of incidents ("has repeatedly attacked
# targets in Kenya"), not the one incident the next sentence tells.
HABITUAL_WORDS = frozenset({"repeatedly", "frequently", "regularly", "routinely", "often", "continually", "constantly"})
# Words that open a support phrase before the supporter's name: "backed by coalition helicopters", "with the
# support of A-29 aircraft", "under cover of Russian air strikes".  A strike named there backs the deed of its
# sentence and is an event of its own ("troops, backed by coalition helicopters, stormed the village").
SUPPORT_PARTICIPLES = frozenset({"backed", "supported", "aided", "assisted", "covered", "escorted", "accompanied"})
SUPPORT_NOUNS = frozenset({"support", "backing", "help", "cover", "assistance"})

# Heads of doers a report gives before it knows who they were: a claim or attribution replaces them
# (kg.extract.attribution), and two mentions by such doers may be one incident (kg.extract.incidents).
GENERIC_DOERS = frozenset({
    "assailant", "attacker", "gunman", "gunmen", "bomber", "militant", "insurgent", "terrorist", "extremist",
    "jihadist", "man", "men", "individual", "suspect", "perpetrator", "shooter", "fighter", "rebel", "group", "person",
    "people", "assassin", "killer",
})  # fmt: skip
