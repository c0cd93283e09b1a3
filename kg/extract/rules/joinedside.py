"""A named side typed by who joins it: "The Ngarti militia joined the UFDR", "Commander Yusuf Daroga and 80 of his men
joined the Umbra Liberation Movement".

Real reports name the coalitions, fronts and movements that armed groups join by acronyms and names nobody has listed
("the CPRN", "the Coalition des Patriotes Congolais", "the Southern Resistance Alliance"), so neither the gazetteer nor
the words of the name (kg.extract.rules.joinable) say that the side is armed. The sentence does: an armed joiner (a
militia, a brigade, a faction, fighters, a commander and his men, a tribe's gunmen) joins an armed side, and a
description of the name ("the UFDR, a rebel coalition", "X is an armed alliance") says so of the name itself. States
and places are never such sides, nor talks, governments, parties, firms, clubs or deployments (the annotation
guidelines' look-alikes), and a state's servicemen joining a named body are left to the rules that read a change of
side: "Kenyan troops joined AMISOM" is a deployment.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon, roles
from kg.extract.actors import Actors
from kg.extract.rules.joinable import described
from kg.extract.rules.leftside import left_armed_side
from kg.models import EntityKind

# Heads of a joiner that is armed by what it is: a militia, a unit, its fighters, a commander, a tribe's gunmen.
_ARMED_JOINERS = frozenset({
    "militia", "brigade", "battalion", "regiment", "faction", "cell", "rebel", "fighter", "militant", "insurgent",
    "jihadist", "gunman", "militiaman", "guerrilla", "guerilla", "mujahideen", "mujahid", "commander", "warlord",
    "tribesman", "mercenary", "combatant", "ex-combatant", "splinter", "offshoot", "gang",
})  # fmt: skip
# Words of a joiner's own name that make it armed ("the Kafr Sousa Battalion", "Liwa al-Qasr"), less those parties and
# charities also carry ("front", "movement", "liberation"), which count only with an armed word in the document.
_ARMED_NAME = lexicon.ARMED_NAME_WORDS - {"group", "movement", "liberation", "resistance", "province", "force", "front"}
# Heads of a joiner armed by its title whatever side its "of" phrase names: "several former commanders of the NRF".
_ARMED_BY_TITLE = frozenset({"commander", "fighter", "fighters"})
# Heads of a body, armed when the body is ("its leader", "the founder of the Kiro Front").
_HEADS = frozenset({"leader", "chief", "head", "founder", "deputy", "emir", "amir"})
# Arabic words for an armed unit that open a name the NER may take for a person's ("Kataib al-Fadl ibn Abbas"); not
# "Harakat" or "Jamaat", which parties' names also open.
_ARABIC_UNIT_WORDS = frozenset({"jaysh", "jaish", "liwa", "katiba", "katibat", "kataib", "kata'ib", "saraya", "faylaq"})
# Words that describe a name as armed: "a rebel coalition", "an armed alliance", "a jihadist umbrella group".
_ARMED_DESCRIPTIONS = frozenset({
    "rebel", "armed", "militant", "jihadist", "insurgent", "militia", "guerrilla", "paramilitary", "islamist",
    "separatist", "extremist", "terrorist", "vigilante",
})  # fmt: skip
# Heads of a named body that is no side joined whoever joins it.
NO_SIDES = frozenset({
    "talk", "negotiation", "protest", "strike", "exercise", "fight", "effort", "campaign", "war", "battle", "call",
    "demonstration", "march", "rally", "government", "party", "club", "team", "league", "company", "board", "firm",
    "bank", "market", "race", "initiative", "agreement", "treaty", "deal", "meeting", "summit", "conference",
    "discussion", "process", "mission", "operation", "celebration", "cabinet", "parliament", "assembly", "programme",
    "program", "convention", "pact", "dialogue", "commission", "court", "university", "school", "church", "festival",
    "election", "ceasefire", "truce", "union",
})  # fmt: skip
# Leagues of groups that are armed sides when their own words say so: "the rebel alliance", "an armed coalition".
LEAGUES = frozenset({"alliance", "coalition", "umbrella", "front", "platform", "bloc", "league", "council"})
# Armed words in the document that let a "Front" or a "Movement" joiner be armed.
_ARMED_DOCUMENT = _ARMED_DESCRIPTIONS | {"fighter", "militiaman", "gunman", "weapon", "attack", "offensive", "clash"}


def named_side_joined(join: Token, side: Token, actors: Actors) -> bool:
    """True when ``side``, the object of ``join``, is a name that no list types but that the sentence shows to be an
    armed side: its joiner is armed (the module's reading) or a description of the name says it is."""
    if side.lemma_.lower() in LEAGUES and armed_description(side):
        return True  # "Two armed groups join CMA rebel alliance", "joined the jihadist coalition"
    if not (_name(side, actors) or _named_league(side) or _leaders_men(side)) or side.lemma_.lower() in NO_SIDES:
        return False
    if any(armed_description(d) for d in described(side)):
        return True  # "joined the UFDR, a rebel coalition active in the northeast"
    if left_armed_side(join, actors):
        return True  # "it had left the group and joined the CPC": one who leaves an armed side joins another
    joiner = _joiner(join)
    if joiner is None:
        return False
    return any(_armed_joiner(j, actors) for j in [joiner, *joiner.conjuncts])


def _leaders_men(side: Token) -> bool:
    """A named leader's own armed following: "the tribal forces of Sheikh Ibrahim al-Hafel", "the men of Commander X"
    (not a head of state's: "the forces of President X")."""
    if side.lemma_.lower() not in ("force", "fighter", "man", "men", "militia", "militiaman", "troop"):
        return False
    leaders = [o for o in roles.pobjs(side, "of") if o.ent_type_ == "PERSON"]
    return any(not any(t.lower_ in _HEADS_OF_STATE for t in o.subtree) for o in leaders)


_HEADS_OF_STATE = frozenset({"president", "king", "queen", "emperor", "minister", "premier", "prime"})


def _named_league(side: Token) -> bool:
    """A league a name modifies: "the Wazalendo coalition", "the Libya Dawn coalition" (not "the ruling coalition")."""
    return side.lemma_.lower() in LEAGUES and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in side.children)


def _joiner(join: Token) -> Token | None:
    """Who joins: the subject, or the passive subject of "was integrated into", what a relative pronoun stands for."""
    passive = [c for c in join.children if c.dep_ == "nsubjpass"]
    if not passive:
        return roles.subject(join)
    if passive[0].lower_ in lexicon.RELATIVE_PRONOUNS and join.dep_ == "relcl":
        return join.head
    return passive[0]


def _name(side: Token, actors: Actors) -> bool:
    """A name of an organisation or an acronym: not a person, a state, a place or a date, nor a state's formation
    ("the Syrian army's 25th Division": a militia taken into a state's army chose no side, like "the national
    army")."""
    if any(c.dep_ == "poss" and _of_a_state(c, actors) for c in side.children):
        return False
    if side.ent_id_:
        return actors.gaz.entities[side.ent_id_].kind is not EntityKind.STATE
    if side.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "MONEY", "NORP", "PERSON", "EVENT"):
        return side.ent_type_ == "PERSON" and side.pos_ == "PROPN" and _arabic_armed(side)
    return side.pos_ == "PROPN" or side.ent_type_ == "ORG"


def _of_a_state(owner: Token, actors: Actors) -> bool:
    if owner.ent_id_:
        return actors.gaz.entities[owner.ent_id_].kind is EntityKind.STATE
    return owner.lemma_.lower() in ("army", "military", "government", "state", "regime", "police")


def _arabic_armed(side: Token) -> bool:
    """ "Jaysh al-Islam" tagged as a person's name: an army's or a brigade's Arabic word starts it."""
    return any(t.lower_ in lexicon.ARABIC_ARMED_WORDS for t in side.subtree if t.i < side.i)


def armed_description(noun: Token) -> bool:
    return any(t.lower_ in _ARMED_DESCRIPTIONS for t in noun.subtree if t.i <= noun.i) or (
        noun.lemma_.lower() in ("militia", "brigade", "guerrilla", "insurgency")
    )


def _armed_joiner(joiner: Token, actors: Actors) -> bool:
    """A non-state armed joiner: an armed group known to the gazetteer, a name of armed words, a militia, unit, faction,
    fighters or a commander (with his men), a quantity of them ("80 of his men", "hundreds of tribal gunmen")."""
    lemma = joiner.lemma_.lower()
    if lemma in _ARMED_BY_TITLE:
        return True  # "several former commanders of the NRF": armed whatever side the "of" phrase names
    if lemma in _HEADS:
        # "since its leader joined the Estado Mayor Central": the head of an armed body is armed
        owners = [c for c in joiner.children if c.dep_ == "poss"] + roles.pobjs(joiner, "of")
        return any(_armed_joiner(o, actors) for o in owners)
    if joiner.pos_ == "PRON" and joiner.lower_ in ("he", "she") or joiner.ent_type_ == "PERSON":
        return _described_armed(joiner, actors)  # "Hamid, 58, a former emir in AQIM, ... He had joined the GSPC"
    if joiner.pos_ == "PRON":
        return _armed_pronoun(joiner, actors)  # "In 2014 it joined the Libya Dawn coalition", "it" a brigade
    if lemma in lexicon.QUANTITY_HEADS or joiner.pos_ == "NUM":
        # "80 of his men", "a group of fighters", "the brigade's former intelligence chief"
        owners = roles.pobjs(joiner, "of") + [c for c in joiner.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        return any(_armed_joiner(p, actors) or _own_men(p) for p in owners)
    if joiner.ent_id_:
        return actors.gaz.entities[joiner.ent_id_].kind is EntityKind.ARMED_GROUP
    if lemma in _ARMED_JOINERS:
        return True
    words = {t.lower_ for t in joiner.subtree if t.i <= joiner.i}
    if lemma in lexicon.GROUP_NOUNS and joiner.pos_ == "NOUN":
        return bool(words & _ARMED_DESCRIPTIONS)  # "local armed groups", "a jihadist outfit"
    if joiner.pos_ == "PROPN" or joiner.ent_type_ == "ORG":
        if words & _ARMED_NAME:
            return True
        return bool(words & {"front", "movement", "liberation", "resistance"}) and _armed_document(joiner)
    return False


def _described_armed(person: Token, actors: Actors) -> bool:
    """A person the document describes as armed wherever it names him: a commander, an emir, a militant by his own
    name ("Commander Yusuf Daroga"), by an apposition ("Hamid, 58, a former emir in al-Qaeda in the Islamic Maghreb")
    or by a copula ("Sheikh Umar Haji Abdi ... was a Somali militant commander")."""
    words = {t.lower_ for t in person.subtree if t.i <= person.i}
    if words & {"commander", "warlord", "emir", "amir"} or words & _ARABIC_UNIT_WORDS:
        return True
    mention = actors.mention(person)
    if mention is None or mention.entity.kind is not EntityKind.PERSON:
        return False
    named = [person.doc[i] for i, e in actors.salience.mentions if e.key == mention.entity.key]
    descriptions = [c for t in named for c in t.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    descriptions += [
        c for t in named if t.dep_ == "nsubj" and t.head.lemma_ == "be" for c in t.head.children if c.dep_ == "attr"
    ]
    return any(d.lemma_.lower() in _ARMED_PEOPLE or armed_description(d) for d in descriptions)


# Heads that describe a person as armed: "a former emir in AQIM", "a Somali militant commander".
_ARMED_PEOPLE = frozenset({
    "commander", "emir", "amir", "fighter", "militant", "jihadist", "warlord", "guerrilla", "insurgent", "rebel",
    "militiaman", "mercenary", "combatant",
})  # fmt: skip


def _armed_pronoun(pronoun: Token, actors: Actors) -> bool:
    """A pronoun that stands for an armed group or a formation named by armed words ("The Tamezret Brigade is a
    militia ... In 2014 it joined ...")."""
    if pronoun.lower_ not in ("it", "they", "its", "their"):
        return False
    mention = actors.mention(pronoun)
    if mention is None:
        return False
    if mention.entity.kind is EntityKind.ARMED_GROUP:
        return True
    words = {w.lower() for w in mention.entity.label.split()}
    return mention.entity.kind is EntityKind.ORGANISATION and bool(words & _ARMED_NAME)


def _own_men(token: Token) -> bool:
    """ "80 of his men", "some of its fighters": a leader's or a group's own people."""
    return token.lemma_.lower() in ("man", "men", "fighter") and any(c.dep_ == "poss" for c in token.children)


def _armed_document(token: Token) -> bool:
    return any(t.lemma_.lower() in _ARMED_DOCUMENT for t in token.doc)


def of_ranks(side: Token) -> Token:
    """ "enlisted in the ranks of Hayat Tahrir al-Sham": the ranks are of the side joined."""
    return (roles.pobjs(side, "of") or [side])[0] if side.lemma_.lower() == "rank" else side


def ranks_owner(join: Token, obj: Token | None) -> Token | None:
    """The side whose ranks are joined: "joined the ranks of X" (the "of" phrase) or "joined ranks with X" (the
    "with" phrase, hung by the parser on the ranks or on the verb)."""
    if obj is None or obj.lemma_.lower() != "rank":
        return None
    owners = roles.pobjs(obj, "of") or roles.pobjs(obj, "with")
    if not owners and not any(c.dep_ == "det" for c in obj.children):
        owners = roles.pobjs(join, "with")  # "joined ranks with X", not "joined the ranks, with ..."
    return owners[0] if owners else None
