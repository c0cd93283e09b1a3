"""The side a joiner belonged to when the joiner's own phrase does not name it, for the readings of joining that
DEFECTION and ALLEGIANCE share (kg.extract.rules.switches, kg.extract.rules.allegiance).

Reports tell a member of one side going over to another through the speaker or the page: "A commander of the Kata
Bongo militia said he and 200 fighters had joined the national army" (the side left is the speaker's, and the
speaker is the "he"), "In 2016 many of its members joined Faylaq al-Rahman" (the side left is the group the page is
about, which "its" stands for). A side left is an organisation, party or armed group, never a state's people
("Libyan") nor a legislature ("members of parliament from the Umoja party" left the party). And joining someone in
a deed ("MNLA fighters joined Ansar Dine militants in an attack on the town", "Villagers joined the army in
searching for the children") is taking part in it, no joining of a side.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon, roles
from kg.extract.actors import Actors
from kg.extract.role_words import DEED_HEADS
from kg.extract.rules.defectors import PARTS, TITLES_OF_SIDES, affiliation, is_group, is_rank_or_member
from kg.extract.rules.foughtfor import fought_for
from kg.extract.rules.joinable import joinable
from kg.extract.rules.titles import POLITICAL_TITLES, former_side, members_before, told_before
from kg.models import EntityKind

# Titles of one who speaks for himself: "A senior commander of X said he had joined Y".
SPEAKING_TITLES = frozenset({"commander", "chief", "leader", "emir", "head", "deputy", "colonel", "general", "officer"})
# Verbs of a speaker reporting his own joining: "A commander of X said he had joined Y".
_REPORTING = frozenset({"say", "announce", "tell", "confirm", "declare", "claim", "state", "add"})
# Pronouns a speaker uses of himself in reported speech.
_SELF = frozenset({"he", "she"})
# Possessives that stand for the group a page or paragraph is about: "many of its members", "their fighters".
_GROUP_POSSESSIVES = frozenset({"its", "their"})
# Deeds and undertakings one joins others in: "joined X in an attack", "joined the army in the search".
_JOINT_DEEDS = DEED_HEADS - {"series", "wave", "basis", "incident"} | {
    "operation", "offensive", "search", "hunt", "battle", "fight", "campaign", "war", "effort", "push", "bid",
    "siege", "assault", "advance", "patrol", "rescue", "celebration", "protest", "march", "rally", "call",
}  # fmt: skip
# Words of an armed group's name that no state's own force carries ("the Kata Bongo militia", "the Zawiya Brigade");
# "army", "forces" and "guard" are also a state's ("the Nigerian Army"), so they alone do not make a side non-state.
_NON_STATE_NAME_WORDS = lexicon.ARMED_NAME_WORDS - {"army", "forces", "force", "guard", "guards", "corps", "squad"}
# Legislatures: where a member sits, not the side he leaves ("members of parliament from the Umoja party").
# Bonds to a side one renounces beside allegiance: "renounced their ties to al-Shabaab".
BONDS = ("tie", "ties", "link", "links", "affiliation", "association")
LEGISLATURES = frozenset({"parliament", "assembly", "senate", "legislature", "house", "chamber", "council"})


def joined_in_deed(join: Token) -> bool:
    """True when a joining is taking part in a deed: "joined Ansar Dine militants in an attack on the town",
    "joined the army in searching for the children", "joined the rebels for the assault" (an "in"/"for" phrase that
    is a deed or a gerund); not "joined al-Shabaab in 2012" nor "joined the Taliban in Helmand"."""
    for prep in join.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "for"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pcomp" and obj.tag_ == "VBG":
                return True
            if obj.dep_ == "pobj" and obj.lemma_.lower() in _JOINT_DEEDS and not obj.ent_type_:
                return True
    return False


def reported_self(agent: Token | None) -> Token | None:
    """The speaker a reported "he" stands for: "A commander of the Kata Bongo militia said he and 200 fighters had
    joined the national army" -> "commander"; only a speaker whose own phrase is a member's or a title's (a
    commander, an officer, a fighter), so "A spokesman for X said he had joined" is left to coreference; a "they"
    only for members speaking of themselves ("17 fighters of X announced that they had joined Y")."""
    if agent is None or agent.lower_ not in _SELF | {"it", "they"} or agent.dep_ != "nsubj":
        return None
    verb = agent.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _REPORTING:
        return None
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ == "PRON" or speaker.lemma_.lower() in ("spokesman", "spokeswoman"):
        return None
    if agent.lower_ == "they":
        # "17 fighters of the Zomi Revolutionary Army announced that they had joined the CNF": members speaking of
        # themselves; "The commander said they had surrendered" speaks of others
        return speaker if _members(speaker) else None
    if agent.lower_ == "it":
        # "The Katiba Salaheddine, a unit of the Southern Front, announced that it had joined Jabhat al-Nusra"
        # "A unit of the X Apparatus announced it was joining Y": the unit itself (not a reason for a change of side
        # where the unit joins in its own clause: "a faction of the FSA's X brigade joined Y" is a pledge)
        return speaker if part_of_side(speaker) or _part_of(speaker) else None
    # a person or one who holds a rank in a side; "The army said he had surrendered" is about someone else
    if speaker.ent_type_ == "PERSON" or is_rank_or_member(speaker) or speaker.lemma_.lower() in SPEAKING_TITLES:
        return speaker
    return None


def _members(token: Token) -> bool:
    """True for members named in the plural ("17 fighters", "dozens of soldiers", "a group of young men")."""
    if token.tag_ in ("NNS", "NNPS") and is_rank_or_member(token):
        return True
    return token.lemma_.lower() in lexicon.QUANTITY_HEADS and any(_members(o) for o in roles.pobjs(token, "of"))


def part_of_side(group: Token) -> bool:
    """True for a group its apposition calls a part of another side: "The Katiba Salaheddine, a unit of the Southern
    Front", "the Farouq Brigade, a faction of the Free Syrian Army" (the side is read by `defectors.affiliation`)."""
    return any(c.dep_ == "appos" and _part_of(c) for c in group.children)


def _part_of(noun: Token) -> bool:
    """ "a unit of the X Apparatus", "a faction of the Y": a part noun with the side it is of."""
    return noun.lemma_.lower() in PARTS and bool(roles.pobjs(noun, "of"))


def who_pronoun_is(pronoun: Token, actors: Actors) -> Token | None:
    """Who a defector's pronoun stands for when coreference alone would miss it: the members counted in the sentence
    before (`titles.members_before`) or the speaker who reports his own going over ("A commander of the Mai-Mai
    Yakutumba said he had surrendered to the FARDC")."""
    return members_before(pronoun, actors) or reported_self(pronoun)


def counted_members(agent: Token) -> Token:
    """ "300 of its fighters" -> "fighters": a number whose "of" phrase names the members it counts (the members'
    phrase says whose they are)."""
    if agent.pos_ == "NUM" or agent.like_num:
        members = roles.pobjs(agent, "of")
        if members:
            return members[0]
    return agent


def group_possessive(side: Token, actors: Actors) -> Token | None:
    """The name of the group "its"/"their" stands for ("The Rasheed Brigades were formed in 2013. In 2016 many of
    its members joined ..." -> "Brigades"): the latest earlier mention of an armed group or organisation the
    pronoun resolves to, never a state; None otherwise."""
    if side.lower_ not in _GROUP_POSSESSIVES:
        return None
    mention = actors.mention(side)
    if mention is None or mention.entity.kind not in (EntityKind.ARMED_GROUP, EntityKind.ORGANISATION):
        return None
    named = [i for i, entity in actors.salience.mentions if i < side.i and entity.key == mention.entity.key]
    return side.doc[named[-1]] if named else None


def non_state_side(side: Token, actors: Actors) -> bool:
    """True for a side no state owns: an armed group the gazetteer lists, "its" standing for one, or a name with a
    militia's word and no people's or state's name in it ("the Kata Bongo militia", "the Zawiya Brigade"; not "the
    Nigerian Army", "Libyan air force")."""
    if side.ent_id_:
        return actors.gaz.entities[side.ent_id_].kind is EntityKind.ARMED_GROUP
    if side.pos_ == "PRON":
        mention = actors.mention(side)
        return mention is not None and mention.entity.kind is EntityKind.ARMED_GROUP
    span = actors.phrase(side)
    if any(t.ent_type_ in ("GPE", "NORP") or t.ent_id_ for t in span):
        return False
    return any(t.lower_ in _NON_STATE_NAME_WORDS for t in span if t.i <= side.i)


def legislature(side: Token) -> bool:
    """True for a legislature named as a common noun ("parliament", "the national assembly"): where a member sits,
    not a side (a name such as "the Congress" or "the National Assembly Party" is not one)."""
    return side.lemma_.lower() in LEGISLATURES and side.pos_ == "NOUN"


# Verbs that take back a pledge, read only with a pledge as their object: "retracted their oath of allegiance to X",
# "withdrew their allegiance from X" (not "withdrew troops", "revoked a licence").
TAKING_BACK = ("retract", "revoke", "rescind", "withdraw")
PLEDGES = frozenset({"allegiance", "loyalty", "oath", "pledge", "fealty", "obedience", "bay'ah", "baya", "bayah"})
_OATHS = frozenset({"oath", "pledge", "vow"})


def renounced(verb: Token, agent: Token | None, actors: Actors) -> list[Token]:
    """The side a verb of renouncing leaves: the side of a renounced bond ("renounced its allegiance to al-Qaeda",
    "retracted their oath of allegiance to X"), a group renounced ("renounced ISIS"; not a party or a government),
    or a government its own men disavow ("Four National Guard troops disavowed Maduro's government")."""
    lemma = verb.lemma_.lower()
    obj = roles.patient(verb)
    if obj is None or lemma in TAKING_BACK and obj.lemma_.lower() not in PLEDGES:
        return []
    if obj.lemma_.lower() in PLEDGES | {"membership", *BONDS}:
        return renounced_side(verb, obj, actors)
    if is_group(obj, actors) and obj.lemma_.lower() not in ("party", "government"):
        return [obj]
    disavowed = lemma == "disavow" and obj.lemma_.lower() in ("government", "regime")
    return [obj] if disavowed and agent is not None and is_rank_or_member(agent) else []


_SWORN = frozenset({"allegiance", "loyalty", "obedience", "fealty"})


def renounced_side(verb: Token, bond: Token, actors: Actors) -> list[Token]:
    """The side a renounced bond was to: "renounced its allegiance to al-Qaeda", "renounced their ties to
    al-Shabaab"; a bond other than allegiance only to a named or armed side ("renounced his ties to the company" is
    none)."""
    sworn = [o for o in roles.pobjs(bond, "of") if o.lemma_.lower() in _SWORN] if bond.lemma_.lower() in _OATHS else []
    if sworn:  # "renounced their oath of allegiance to Doku Umarov": the side is the allegiance's
        return roles.pobjs(bond, "to", "from") or roles.pobjs(sworn[0], "to") or roles.pobjs(verb, "to", "from")
    sides = roles.pobjs(bond, "to", "of", "in", "with", "from") or roles.pobjs(verb, "to", "from")
    # "renounced their membership with the NPA": the parser may hang a named side on the verb
    sides = sides or [
        s
        for s in roles.pobjs(verb, "with", "in")
        if (s.ent_type_ == "ORG" or s.ent_id_ or s.pos_ == "PROPN") and s.ent_type_ not in ("GPE", "LOC", "FAC", "DATE")
    ]
    if bond.lemma_.lower() in BONDS and not (sides and (joinable(sides[0], actors) or sides[0].ent_type_ == "ORG")):
        return []
    return sides


def ranks_of(ranks: Token, actors: Actors) -> Token:
    """Whose ranks a defector left: "defected from the ranks of al-Shabaab" -> al-Shabaab, "a commander and 15 fighters
    had abandoned its ranks" -> the group "its" stands for, by its name; else the ranks as written."""
    of = roles.pobjs(ranks, "of")
    if of:
        return of[0]
    owner = next((c for c in ranks.children if c.dep_ == "poss"), None)
    if owner is None:
        return ranks
    if owner.pos_ == "PRON":
        return group_possessive(owner, actors) or ranks
    return owner  # "al-Shabaab's ranks"


def companions(token: Token) -> bool:
    """True for those a defector left with, not the side he broke with: "broke away with 200 fighters", "with his
    men" (a count or his/their own), where "broke with al-Qaeda" names the side."""
    return token.like_num or any(
        c.dep_ == "nummod" or c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in token.children
    )


# Titles whose side a defector's former title names: "a former PDP governor", "an ex-FARC commander".
LEFT_TITLES = TITLES_OF_SIDES | POLITICAL_TITLES


def side_left(described: Token, defector: Token, actors: Actors) -> list[Token]:
    """The side a defector left when the clause does not say: a former title's ("a former PDP governor of Akwa Ibom"
    -> PDP, before the "of" phrase, which names where he governed), else the defector's phrase
    (`foughtfor.fought_for`, `defectors.affiliation`),
    else, for "he", what a copula said of the name he stands for, else, for a group, the
    side the document says it was part of (:func:`parent_told`)."""
    former = former_side(described, LEFT_TITLES) or former_side(defector, LEFT_TITLES)
    if former is not None:
        return [former]
    # "a group of young men from the X Jebel who had fought with the Joint Forces": the side served before the place
    found = fought_for(defector, actors) or affiliation(described) or affiliation(defector)
    if found:
        return found
    if defector.lower_ not in ("he", "she"):
        parent = parent_told(defector, actors)
        return [parent] if parent is not None else []
    entity = actors.salience.resolve_pronoun(defector)
    name = actors.salience.antecedent(defector, entity) if entity is not None else None
    title = told_before(name.root) if name is not None else None
    return affiliation(title) if title is not None else []


# What a group was of the side it belonged to: "had been part of the Southern Front", "a unit of the FSA".
_PART_WORDS = PARTS | {"part", "member"}


def parent_told(group: Token, actors: Actors) -> Token | None:
    """The side the document says a group belonged to: "The Mountain Lions battalion had been part of the Southern
    Front. It defected to the regime" -> the Southern Front; "The group had until then fought under the banner of the
    Union of Forces for Change". Read from a clause whose subject stands for the same group (its name, "it", "the
    group"): a copula with a part noun and an "of" phrase, "fought/operated under the banner of Y", "belonged to Y".
    None for a member or a person, or when no such clause names a side other than the group itself."""
    mention = actors.mention(group)
    if mention is None or mention.entity.kind not in (EntityKind.ARMED_GROUP, EntityKind.ORGANISATION):
        return None
    for sent in group.doc.sents:
        for verb in (t for t in sent if t.pos_ in ("VERB", "AUX")):
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            said = actors.mention(subject) if subject is not None else None
            if said is None or said.entity.key != mention.entity.key:
                continue
            for side in _parents(verb):
                named = actors.mention(side)
                if named is not None and named.entity.key != mention.entity.key:
                    return side
    return None


def _parents(verb: Token) -> list[Token]:
    """The sides a clause says its subject was part of (see :func:`parent_told`)."""
    lemma = verb.lemma_.lower()
    if lemma == "be":
        return [o for a in verb.children if a.dep_ == "attr" and a.lemma_.lower() in _PART_WORDS
                for o in roles.pobjs(a, "of")]  # fmt: skip
    if lemma in ("fight", "operate"):
        return [o for b in roles.pobjs(verb, "under") if b.lemma_.lower() in ("banner", "umbrella", "flag")
                for o in roles.pobjs(b, "of")]  # fmt: skip
    if lemma == "belong":
        return roles.pobjs(verb, "to")
    return []
