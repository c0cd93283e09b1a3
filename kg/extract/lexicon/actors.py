"""Words for who acts: generic references to armed groups, a state's apparatus, members of a group,
quantities of people, pronouns; and the words that decide whose an actor's phrase is (its arms, members, parts,
what it holds) and which names are armed groups' (kg.extract.phrases, kg.extract.actors).
"""

from __future__ import annotations

from kg.extract.lexicon.senses import AERIAL_LEMMAS

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
        "range",
        "array",
        "variety",
        "host",
        "faction",
        "wing",
        "branch",
        "pilot",
        "chief",
        "head",
    }
)

PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "himself", "herself"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
SUBJECT_PRONOUNS = frozenset({"they", "he", "she", "them", "him", "her", "it"})

# Words that make a name an armed group's: "the Arakan Army", "the Popular Mobilization Forces".
# The Arabic words for army, front, brigade, battalion, companies, supporters and movement that open armed groups'
# names ("Jaish al-Ahrar", "Katibat Macina", "Ansar al-Sharia"), which the NER often takes for a person's name.
ARABIC_ARMED_WORDS = frozenset({
    "ansar", "jaysh", "jaish", "jabhat", "liwa", "katiba", "katibat", "kataib", "kata'ib", "saraya", "faylaq",
    "harakat", "jamaat", "jama'at",
})  # fmt: skip
ARMED_NAME_WORDS = ARABIC_ARMED_WORDS | frozenset({
    "army", "brigade", "brigades", "battalion", "front", "militia", "group", "movement", "forces", "force", "guard",
    "guards", "tigers", "mujahideen", "jihad", "emirate", "province", "wilayat", "vilayat", "liberation",
    "resistance", "rebels", "legion", "corps", "squad", "commandos",
})  # fmt: skip
# "Syrian opposition forces" and "Iraqi Kurdish rebels" fight the state their demonym names.
NON_STATE_WORDS = frozenset({
    "opposition", "rebel", "rebels", "insurgent", "insurgents", "militia", "militias", "anti-government", "dissident",
    "separatist", "separatists", "kurdish", "sunni", "shia", "shiite", "tribal", "islamist", "jihadist", "volunteer",
    "volunteers", "free",  # "the Free Syrian Arab Army" is no state's army
})  # fmt: skip
# What an actor fights with, or in: "warplanes of the coalition", "forces of the regime" are that actor.
ARMS_NOUNS = AERIAL_LEMMAS | frozenset({
    "force", "troop", "artillery", "tank", "gunboat", "warship", "ship", "vessel", "army", "unit", "militia", "police",
})  # fmt: skip
# People who act for the group their phrase names ("gunmen from the Arakan Army").
ACTING_MEMBERS = MEMBER_NOUNS | frozenset({
    "gunman", "gunmen", "attacker", "assailant", "jihadist", "insurgent", "terrorist", "extremist", "guerrilla",
    "militiaman",
})  # fmt: skip
# "militants belonging to Jaish-e-Mohammed", "fighters linked to ISIS" are the group's.
BELONGING_VERBS = frozenset({
    "belong", "affiliate", "link", "tie", "connect",
})  # fmt: skip
# Rank and file and weapons that act for their owner: "its troops", "their warplanes".
OWNED_ARMS = frozenset({
    "troop", "soldier", "fighter", "force", "militant", "unit", "army", "military", "police", "warplane", "jet",
    "aircraft", "plane", "helicopter", "drone", "artillery", "navy", "gunboat", "tank", "militia", "commando", "sniper",
    "marine",
})  # fmt: skip
# The rank and file a group acts through, owned by a pronoun: "its members killed 14 herders", "its cadres set fire
# to a tower", "its men stormed the post" (leaders and officials are people who act for themselves).
OWNED_RANKS = frozenset({
    "member", "cadre", "operative", "recruit", "gunman", "gunmen", "insurgent", "jihadist", "militiaman",
    "militiamen", "bomber", "guerrilla", "combatant", "man", "rebel",
})  # fmt: skip
# What an actor holds, keeps or lives in: "positions of the SDF" are the SDF's.
HELD_NOUNS = frozenset({
    "position", "office", "headquarters", "base", "home", "house", "residence", "convoy", "compound", "camp", "post",
    "checkpoint", "stronghold", "hideout", "facility", "depot", "vehicle", "patrol", "outpost", "barracks", "station",
    "target",
})  # fmt: skip
# Parts of a group that act for it: "a local cell of the Islamic State", "the armed wing of Hamas".
PART_NOUNS = frozenset({
    "cell", "faction", "wing", "branch", "affiliate", "offshoot", "splinter", "remnant", "arm", "chapter", "unit",
})  # fmt: skip
# Descriptive heads a group's name may follow directly: "the militant group Jund al-Khilafah".
TITLE_HEADS = frozenset({
    "group", "organisation", "organization", "movement", "militia", "network", "outfit", "faction", "alliance",
    "affiliate", "offshoot", "branch", "franchise",  # "the al-Qaeda affiliate JNIM"
})  # fmt: skip
# Adjectives the tagger makes of armed doers on an attack noun: "militant attacks", "rebel attacks".
ARMED_ADJECTIVES = frozenset({"militant", "rebel", "insurgent", "jihadist"})
# Nouns for who did an attack; definite, they refer back to the armed group a report named before.
DOER_NOUNS = frozenset({
    "gunman", "gunmen", "shooter", "attacker", "assailant", "bomber", "perpetrator",
})  # fmt: skip
# "X-backed militias" act for themselves: X stands behind them, it does not act through them.
SPONSOR_WORDS = frozenset({
    "backed", "supported", "funded", "sponsored", "trained", "armed", "allied", "aligned",
})  # fmt: skip
