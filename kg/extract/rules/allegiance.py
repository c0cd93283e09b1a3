"""ALLEGIANCE: an actor pledges or holds allegiance/loyalty to another, or joins an armed group or alliance.

Not allegiance: political or business memberships (the EU, a coalition government, Star Alliance),
"allied with", "backed by", pledges of support, joining talks, protests or "the fight against".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import lexicon, namelists, roles
from kg.extract.actors import Actors
from kg.extract.registry import Draft, lemmas, register
from kg.extract.rules import subordination as frames
from kg.extract.rules.armednames import armed_name
from kg.extract.rules.defectors import named_person
from kg.extract.rules.joinable import joinable, pledgee
from kg.extract.rules.joinedover import joined_over, leaver
from kg.extract.rules.joinedside import named_side_joined, of_ranks, ranks_owner
from kg.extract.rules.joinnouns import JOINING_NOUNS, joined_by_noun
from kg.extract.rules.leftpledge import former_member, left_by_pledge
from kg.extract.rules.loyalholders import loyalists_of, noun_before, place_word, placed_noun
from kg.extract.rules.membership import joined_in_deed
from kg.extract.rules.mergers import MERGING, merged
from kg.extract.rules.pledgers import agent_before_misparsed_verb, pledger
from kg.extract.rules.pledges import RECOGNISING, affiliation_announced, recognised_leader, recruited
from kg.extract.rules.politicalties import political
from kg.extract.rules.shownpledges import shown_pledger
from kg.extract.rules.sides import mover
from kg.extract.rules.strandedto import stranded_to
from kg.models import EventType

LOYALTY_NOUNS = (
    "allegiance",
    "loyalty",
    "fealty",
    "bay'ah",
    "bayah",
    "baya",
    "bayat",
    "bay'a",
    "oath",
    "affiliation",
    "bay’ah",
    "bay’a",
)
# The small model tags "bay'ah" as a number or adjective as often as a noun: its spellings trigger by form.
_BAYAH_FORMS = ("bay'ah", "bayah", "bay'a", "bayat", "bay’ah", "bay’a")
# Other ways to join, with the prepositions that name what is joined: "enlisted in the Wagner Group",
# "signed up with ISIS", "acceded to NATO", "was admitted to NATO".
_JOIN_VERBS = {"enlist": ("in", "with", "into"), "sign": ("with", "for"), "accede": ("to",), "admit": ("to", "into"),
               "merge": ("into",), "induct": ("into",), "enter": (), "absorb": ("into",), "integrate": ("into",),
               "incorporate": ("into",), "accept": ("into",)}  # fmt: skip
# Joinings told as an incorporation, only in the passive ("were absorbed into the SDF"; "the SDF absorbed them" names
# the joined side as the subject): "integrate" may be active ("militias integrated into the PMF").
_TAKEN_IN = frozenset({"absorb", "incorporate", "accept"})
# Nouns of membership that a verb of becoming or declaring makes a joining: "became the 30th member of
# NATO", "declared itself a province of the Islamic State".
_MEMBER_NOUNS = ("member", "affiliate", "province", "branch", "franchise", "wing", "part", "chapter")
_BECOMING = frozenset({"become", "declare", "proclaim", "announce", "make"})
# Verbs by which the side joined takes a group in "as" one of its members: "was recognised as a province of".
_ACCEPTING = frozenset({"recognise", "recognize", "accept", "acknowledge", "admit", "welcome", "confirm", "adopt"})
# Who or what one may be loyal to in sport, shops and fandom: "pledged their loyalty to the club".
_NOT_PLEDGEES = frozenset({"club", "team", "brand", "company", "firm", "store", "shop", "product", "franchise", "fan"})
PATTERNS = [
    lemmas(*LOYALTY_NOUNS, pos=("NOUN", "PROPN")),
    [{"LOWER": {"IN": list(_BAYAH_FORMS)}}],
    lemmas("loyal", pos=("ADJ",)),
    lemmas("loyalist", pos=("NOUN",)),
    lemmas("join", "rejoin", *_JOIN_VERBS, pos=("VERB",)),
    lemmas(*_MEMBER_NOUNS, *JOINING_NOUNS, "pledge", pos=("NOUN",)),
    lemmas(*_MEMBER_NOUNS, pos=("PROPN",)),  # "accepted ... as its West Africa Province"
    lemmas("merger", pos=("NOUN",)),
    lemmas("pledge", "affiliate", pos=("VERB",)),
    lemmas(*RECOGNISING, "recruit", pos=("VERB",)),
    *frames.FRAME_PATTERNS,
]
# Institutions that "loyal to" names only as a side unless a name says whose: "loyal to the government".
_INSTITUTIONS = frozenset(
    {"government", "regime", "state", "authority", "administration", "army", "military", "crown", "republic",
     "junta", "establishment", "leadership", "party", "cause", "country", "nation", "constitution"}
)  # fmt: skip
_IDEALS = frozenset({"god", "allah", "homeland", "motherland", "fatherland", "faith", "religion", "ideal", "principle"})
# Sides one joins "the ranks of" without a name: "joined the ranks of the revolution".
_SIDES_WITH_RANKS = frozenset({"revolution", "rebellion", "resistance", "insurgency", "uprising", "mujahideen"})
# Verbs whose subject receives loyalty from the "of" phrase: "the caliphate has won the loyalty of groups".
_WINNER_VERBS = frozenset({
    "win", "gain", "earn", "secure", "command", "retain", "keep", "have", "receive", "accept", "welcome", "get",
    "recognize", "recognise", "acknowledge",
})  # fmt: skip
# Verbs that move allegiance from one side to another: also a DEFECTION from the first.
_SWITCH_VERBS = frozenset({"switch", "shift", "transfer", "move"})
_SWEAR_VERBS = {
    "shift", "move", "pledge", "swear", "declare", "take", "give", "offer", "renew", "reaffirm", "reiterate",
    "announce", "switch", "transfer", "proclaim", "profess", "vow", "owe", "show", "express", "publish", "make",
    "change", "read", "recite", "deliver", "claim", "promise", "extend", "confirm", "affirm", "restate",
    "record", "film", "videotape", "post", "upload", "broadcast", "issue", "send", "submit",  # "recorded his pledge"
    *_WINNER_VERBS,
}  # fmt: skip


def _sworn(token: Token) -> bool:
    """ "sworn", "pledged" before a loyalty noun: a swearing verb's participle the tagger made an adjective."""
    return token.lemma_.lower() in _SWEAR_VERBS or token.lower_ in _SWORN_FORMS


# The forms of swearing the tagger makes adjectives or nouns of: "sworn allegiance", "a video swearing allegiance".
_SWORN_FORMS = frozenset({"sworn", "pledged", "renewed", "declared", "swearing", "pledging"})


def _to_after(trigger: Token, actors: Actors) -> list[Token]:
    """The name right after "<loyalty noun> to", read off the words when the parse lost it ("its
    allegiance to ISIS" parsed as an infinitive clause "to ISIS" hanging on the noun)."""
    doc, sent = trigger.doc, roles.sentence(trigger)
    i = trigger.i + 1
    if i + 1 >= sent.end or doc[i].lower_ != "to":
        return []
    i += 1
    while i < sent.end - 1 and doc[i].pos_ == "DET":
        i += 1
    ent = actors.entity_at(doc[i], within=sent)
    if ent is not None and ent.start == i and (ent.label_ in ("ORG", "PERSON", "NORP") or ent.ent_id_):
        return [ent.root if ent.start <= ent.root.i < ent.end else doc[ent.end - 1]]
    return [doc[i]] if doc[i].pos_ == "PROPN" and not doc[i].ent_type_ else []


def _noun_after_to(trigger: Token) -> list[Token]:
    """The head of the noun phrase right after "loyal to", read off the words when the parser lost it: "Forces
    loyal to Libyan National Army commander Khalifa Haftar launched an offensive" makes Haftar the subject of
    "launched"; the last noun before the verb is the head."""
    doc, sent = trigger.doc, roles.sentence(trigger)
    if trigger.i + 1 >= sent.end or doc[trigger.i + 1].lower_ != "to":
        return []
    last: Token | None = None
    for tok in doc[trigger.i + 2 : sent.end]:
        if tok.pos_ in ("NOUN", "PROPN"):
            last = tok
        elif not (tok.pos_ in ("DET", "ADJ") or tok.tag_ in ("POS", "HYPH", "VBN") and tok.dep_ != "ROOT"):
            break  # "loyal to the imprisoned former prime minister X": a participle before the noun
    return [last] if last is not None else []


def _named_object(token: Token, actors: Actors) -> bool:
    """True when the phrase of ``token`` names whom it means: a name, a gazetteer actor, a people or
    place modifying it ("the Ukrainian government", "the Darfur governor", "al-Qaeda's branch", "the
    government in Kiev"), not a bare "the government"."""
    return any(
        t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "LOC") or t.ent_id_ or t.pos_ == "PROPN"
        for t in (*actors.phrase(token), *token.subtree)
    )


def _loyal_to_side(token: Token, actors: Actors) -> bool:
    """Who "loyal to" makes a pledge to: a named side, or one person ("the general"); an unnamed
    institution ("forces loyal to the government", "the regime") only says which side forces are on."""
    if token.lemma_.lower() in _IDEALS:
        return False  # "loyal to God and homeland", "loyal to the motherland": an ideal, no side
    return _named_object(token, actors) or token.lemma_.lower() not in _INSTITUTIONS


_TRAVEL_VERBS = frozenset({"travel", "go", "move", "head", "cross", "fly", "return", "slip", "journey", "leave"})


def _travelled_to(join: Token) -> list[Token]:
    """Where a joiner went to join: "travelled to Syria to join the Islamic State", "went to Iraq and joined
    ISIS" -> Syria, Iraq (the place of the joining)."""
    head = join.head
    if join.dep_ not in ("advcl", "xcomp", "conj") or head.lemma_.lower() not in _TRAVEL_VERBS:
        return []
    preps = ("for",) if head.lemma_.lower() == "leave" else ("to", "into")
    return [p for p in roles.pobjs(head, *preps) if p.ent_type_ in ("GPE", "LOC")]


def _to_object(*tokens: Token) -> list[Token]:
    for tok in tokens:
        found = roles.to_objects(tok)
        if found:
            return found
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    found = roles.pobjs(p, "to")
                    if found:
                        return found
    return []


def _joined_by_other_verb(trigger: Token, actors: Actors) -> Iterator[Draft]:
    """ "enlisted in the Wagner Group", "signed up with ISIS", "acceded to NATO", "was admitted to NATO", "Ansar
    al-Islam merged into the Islamic State" (not a merger "with" an equal)."""
    lemma = trigger.lemma_.lower()
    if lemma == "sign" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in trigger.children):
        return
    if lemma in ("admit", "induct", *_TAKEN_IN) and not roles.is_passive(trigger):
        return  # "was admitted to NATO", "was inducted into the TTP by its founder", "were absorbed into the SDF"
    sides = [of_ranks(o) for o in roles.pobjs(trigger, *_JOIN_VERBS[lemma])]
    if lemma == "enter":  # "entered the ranks of the Wagner Group"
        sides = [of_ranks(o) for o in roles.children(trigger, "dobj") if o.lemma_.lower() == "rank"]
    # a named side for an induction: "was inducted into the TTP", not "inducted into the army" (conscription)
    joined = [
        o
        for o in sides
        if (joinable(o, actors) or named_side_joined(trigger, o, actors))
        and (lemma not in ("induct", "integrate", *_TAKEN_IN) or o.ent_id_ or o.ent_type_ == "ORG")
    ]  # "integrated into the national army" under a peace deal is no side chosen
    if not joined:
        return
    passive = lemma in ("admit", "induct", *_TAKEN_IN) or roles.is_passive(trigger)
    agent = roles.first(roles.children(trigger, "nsubjpass")) if passive else roles.subject(trigger)
    if agent is None and passive and trigger.dep_ == "conj" and trigger.head.pos_ in ("NOUN", "PROPN"):
        # "a part of the militia, led by X, pledged allegiance to Y and was integrated into Z" parsed with "part" as
        # the root the verbs hang on: that noun (sharing a verb's subject instead cost stress7 an agent)
        agent = trigger.head
    agent = frames.antecedent(trigger, agent) if agent is not None else None  # "a militia that was absorbed into"
    yield Draft.read(EventType.ALLEGIANCE, trigger, agent, targets=joined[:1], places=roles.locations(trigger))


def _traveller(join: Token) -> Token | None:
    """Who went to join when the parser hung the travel verb on its doer: "The two Kenyan brothers left for Somalia in
    2012 to join al-Shabaab" (a headline-like sentence whose root is "brothers", with "left" as its clause)."""
    head = join.head
    if join.dep_ in ("advcl", "xcomp") and head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN"):
        return head.head if head.lemma_.lower() in _TRAVEL_VERBS else None
    return None


def _pledged_to(trigger: Token, actors: Actors) -> Iterator[Draft]:
    """ "renewed its pledge to al-Qaeda's leader", "the faction's pledge to the Islamic State", "pledged
    themselves to the Islamic State", "affiliated itself with al-Qaeda"; not "pledged $5m to the fund" or
    "a pledge to cut taxes"."""
    preps = ("with",) if trigger.lemma_.lower() == "affiliate" else ("to",)
    found = roles.pobjs(trigger, *preps) or _name_read_as_infinitive(trigger)
    if not found and trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
        found = roles.pobjs(trigger.head, *preps)  # "renewed its pledge to al-Qaeda's leader"
    if (
        not found
        and trigger.pos_ == "NOUN"
        and trigger.dep_ == "nsubjpass"
        and trigger.head.lemma_.lower() in _ACCEPTING
        and not any(roles.pobjs(w, "to") for w in trigger.subtree if w.lemma_.lower() in _LOYALTY_WORDS)
    ):
        # "Boko Haram's pledge was accepted by the Islamic State", "a pledge of allegiance from Boko Haram has been
        # accepted by al-Baghdadi": the side that accepted it is pledged to
        found = roles.pobjs(trigger.head, "by")
        owned = [trigger, *(w for w in roles.pobjs(trigger, "of") if w.lemma_.lower() in _LOYALTY_WORDS)]
        pledgers = [c for c in trigger.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        pledgers += [f for w in owned for f in roles.pobjs(w, "from")]
        to = [t for t in found if pledgee(t, actors)]
        if pledgers and to:
            yield Draft.by(EventType.ALLEGIANCE, trigger, pledgers, "syntax", targets=to[:1])
        return
    to = [t for t in found if pledgee(t, actors)]
    if not to:
        return
    if trigger.pos_ == "VERB":
        objects = list(roles.children(trigger, "dobj"))
        if any(not o.lower_.endswith(("self", "selves")) and not frames.own_people(o) for o in objects):
            return  # "pledged support to", "pledged $5m to"
        if trigger.lemma_.lower() == "affiliate" and not objects:
            return  # "workers affiliated with the union" is a membership, "affiliated itself with" an act
        agents, source = ([a] if (a := roles.subject(trigger)) is not None else []), "syntax"
        verb = trigger
    else:
        if any(w.lemma_.lower() in _LOYALTY_WORDS for w in trigger.subtree if w is not trigger):
            return  # "a pledge of allegiance to X": the loyalty noun carries the event
        agents, source = roles.noun_agent(trigger)
        verb = trigger.head if trigger.head.pos_ == "VERB" else trigger
    yield Draft.by(EventType.ALLEGIANCE, trigger, agents, source, targets=to[:1], places=roles.locations(verb))


def _name_read_as_infinitive(verb: Token) -> list[Token]:
    """ "pledged to ISIS": a name the parser read as the verb of "to ISIS", a purpose clause."""
    return [
        c
        for c in verb.children
        if c.dep_ == "xcomp"
        and (c.ent_id_ or c.ent_type_ in ("ORG", "PERSON"))
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]


# Prepositions before which a loyalty noun is a nominal mention, not the object of the clause's verb.
# Not "since": "The faction has since pledged allegiance to X" is parsed with "allegiance" as its object.
_TIME_PREPOSITIONS = frozenset({"after", "following", "before", "upon", "despite"})
_LOYALTY_WORDS = frozenset({"allegiance", "loyalty", "fealty", "baya", "oath", *_BAYAH_FORMS})


def _became_member(noun: Token, actors: Actors) -> Iterator[Draft]:
    """ "became the 30th member of NATO", "declared itself a province of the Islamic State", "was recognised as a
    province of the Islamic State" (accepted by the side it joined; a designation by others is no joining)."""
    verb = noun.head
    accepted = noun.dep_ == "pobj" and verb.lower_ == "as" and verb.head.lemma_.lower() in _ACCEPTING
    if accepted:
        verb = verb.head
    elif noun.dep_ not in ("attr", "oprd", "ccomp", "xcomp", "dobj") or not (
        verb.lemma_.lower() in _BECOMING or frames.now(verb)
    ):
        return
    # "became the 30th member of NATO", "became NATO's 29th member"
    # "became the 30th NATO member": a name before the noun owns it too
    owners = roles.pobjs(noun, "of") + [c for c in noun.children if c.dep_ == "poss" or _name_before(c)]
    if accepted and any(o.lower_ in ("its", "their") or _owned_by_it(o) for o in owners):
        # "AQIM recognised the new group as its affiliate", "was accepted by the Islamic State as its province": the
        # owner is the side that accepts
        owners = roles.pobjs(verb, "by") if roles.is_passive(verb) else list(roles.children(verb, "nsubj"))
    elif noun.pos_ == "PROPN":
        return  # a name's word ("the Islamic State West Africa Province") is joined only when accepted "as its"
    joined = [o for o in owners if joinable(o, actors)]
    if not joined:
        return
    if accepted:  # "the faction was accepted as an affiliate of ISIS", "ISIS recognised the group as its province"
        agent = roles.first(roles.children(verb, "nsubjpass" if roles.is_passive(verb) else "dobj"))
    else:
        agent = frames.clause_subject(verb)
    yield Draft.read(EventType.ALLEGIANCE, noun, agent, targets=joined[:1], places=roles.locations(verb))


def _name_before(token: Token) -> bool:
    return token.dep_ == "compound" and token.pos_ == "PROPN" and token.i < token.head.i


def _side_before_and(pledgee: Token, loyal: Token) -> Token:
    """What a side "between" two is loyal to when the parser ran the other side into it: "clashes between fighters
    loyal to him and Houthi rebels" (with "him" a modifier of "rebels") are loyal to "him", the first of the pair
    :func:`roles.pair_sides` reads off the words hung on the pledgee."""
    if not (loyal.head.dep_ == "pobj" and loyal.head.head.lower_ == "between"):
        return pledgee
    sides = roles.pair_sides(pledgee)
    ran_in = len(sides) == 2 and sides[1] is pledgee and pledgee.left_edge.i <= sides[0].i < pledgee.i
    return sides[0] if ran_in else pledgee


def _owned_by_it(owner: Token) -> bool:
    """ "adopted by the Islamic State as the wing of its Central Africa Province": a part of the accepter's own."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in owner.children)


# Merging into another is joining it only in a document about armed groups (not companies or parties).
_ARMED_CUES = (
    lexicon.GROUP_NOUNS
    | lexicon.ARMED_NAME_WORDS
    | {
        "islamic",
        "qaeda",
        "isis",
        "isil",
        "daesh",
        "taliban",
        "shabaab",
        "haram",
        "armed",
        "islam",
        "ansar",
        "jihad",
        "mujahideen",
    }
)


# Recognising someone as caliph or commander needs the title in the document; recruiting, an armed group.
_LEADER_CUES = frozenset({"caliph", "emir", "amir", "imam", "commander", "leader", "chief", "commander-in-chief"})


@register(
    EventType.ALLEGIANCE,
    PATTERNS,
    requires={
        **dict.fromkeys(MERGING, _ARMED_CUES),
        **dict.fromkeys(("absorb", "integrate", "incorporate", "accept"), _ARMED_CUES),
        "recruit": _ARMED_CUES,
        "enter": frozenset({"rank", "ranks"}),
        **dict.fromkeys(RECOGNISING, _LEADER_CUES),
        **frames.FRAME_REQUIRES,
    },
)
def allegiance(trigger: Token, actors: Actors) -> Iterator[Draft]:
    """ALLEGIANCE drafts from "pledged allegiance/loyalty to", "took an oath of allegiance",
    "forces loyal to X", "won the loyalty of X", and joining an armed group or alliance; every name of a
    list of pledgers is an agent ("A, B and C joined X", "groups that pledged to X include A, B and C")."""
    for draft in frames.subordinations(trigger, actors, _allegiance, verbs=("join", "rejoin", *_JOIN_VERBS, "recruit")):
        draft.agents = mover(trigger, draft.agents, actors)  # "X split from Y and joined Z", the parse broken
        # "A brigade announced that it had transferred its ...": the speaker; "The group's leader, Abubakar Shekau,
        # pledged ...": the person the title names
        draft.agents = [named_person(pledger(a)) for a in namelists.every_listed(draft.agents, actors)]
        draft.targets = [named_person(t) for t in draft.targets]  # "to the leader of the Islamic State, al-Baghdadi"
        if political(draft, actors):
            continue  # "Tory MP X defected from the Conservatives to join Labour": politics, no pledge
        # "enlisted in the Azov Battalion": the side joined is no place of the joining
        draft.places = [p for p in draft.places if not any(p in actors.phrase(t) for t in draft.targets)]
        yield draft


def _allegiance(trigger: Token, actors: Actors) -> Iterator[Draft]:
    lemma = trigger.lemma_.lower()
    if lemma in MERGING:
        yield from merged(trigger, actors)  # "Al-Shabaab merged with al-Qaeda", "their merger into Tahrir al-Sham"
        return
    if lemma in _JOIN_VERBS:
        yield from _joined_by_other_verb(trigger, actors)
        return
    if lemma in _MEMBER_NOUNS and trigger.pos_ in ("NOUN", "PROPN"):
        yield from _became_member(trigger, actors)
        return
    if lemma in JOINING_NOUNS and trigger.pos_ == "NOUN":
        yield from joined_by_noun(trigger, actors)  # "announced its joining of the RSF"
        return
    if lemma in ("pledge", "affiliate"):
        yield from _pledged_to(trigger, actors)
        return
    if lemma in RECOGNISING:
        yield from recognised_leader(trigger, actors)
        return
    if lemma == "recruit":
        yield from recruited(trigger, actors)
        return
    if lemma == "affiliation" and trigger.head.lemma_.lower() != "of":
        yield from affiliation_announced(trigger, actors)
        return
    if lemma in ("join", "rejoin"):
        obj = roles.patient(trigger)
        ranked = ranks_owner(trigger, obj)
        if obj is not None and ranked is not None:
            # "joined the ranks of the Islamic State", "joined ranks with al-Qaeda": what is joined is the "of" or
            # "with" phrase, when it is a side ("the ranks of the revolution"), not "the ranks of the unemployed".
            of = ranked
            if not (joinable(of, actors) or _named_object(of, actors) or of.lemma_.lower() in _SIDES_WITH_RANKS):
                return
        elif obj is None or not (
            joinable(obj, actors)
            or named_side_joined(trigger, obj, actors)
            or armed_name(obj, actors)
            or joined_over(trigger, obj, actors)  # "deserted and joined the MDN": a change of side
        ):
            return
        else:
            of = obj
        obj = of
        if joined_in_deed(trigger):
            return  # "MNLA fighters joined Ansar Dine militants in an attack on the town": taking part in a deed
        agent = leaver(trigger) or frames.clause_subject(trigger) or _traveller(trigger)  # "X announced ... joined"
        places = roles.locations(trigger) + _travelled_to(trigger)
        yield Draft.read(EventType.ALLEGIANCE, trigger, agent, targets=[obj], places=places)
        return
    if lemma == "loyal":
        to = [_side_before_and(t, trigger) for t in roles.pobjs(trigger, "to")] or _noun_after_to(trigger)
        if not to or not any(_loyal_to_side(t, actors) for t in to):
            return  # "forces loyal to the government" describe a side; loyalty to a named one is the event
        if trigger.dep_ in ("amod", "acl") or trigger.head.pos_ in ("NOUN", "PROPN") and trigger.dep_ != "acomp":
            agent = trigger.head
        else:
            agent = roles.subject(trigger.head) if trigger.head.pos_ in ("VERB", "AUX") else None
        if agent is not None and agent.dep_ == "appos" and agent.head.ent_type_ in ("ORG", "PERSON", "NORP"):
            agent = agent.head  # "The Wagner Group, a Russian mercenary company loyal to the Kremlin"
        if agent is not None and agent.dep_ == "attr" and agent.head.lemma_.lower() == "be":
            agent = roles.subject(agent.head) or agent  # "The Badr Brigade is a militia loyal to Iran's Supreme Leader"
        before = noun_before(trigger)
        if before is not None and (
            agent is None
            or trigger.dep_ not in ("amod", "acl")
            or trigger.head.i > trigger.i
            or place_word(agent)  # "clashes in villages to the southeast between Amal and guerrillas loyal to X"
            or agent.pos_ not in ("NOUN", "PROPN", "PRON")
        ):
            # "soldiers loyal to Mr Saleh", "the Aidar battalion, loyal to Kiev"; and "gunmen loyal to a warlord
            # ... seized the district centre of X in Y province", parsed with "loyal" on the last noun
            agent = before
        if agent is not None and place_word(agent):
            agent = placed_noun(agent) or agent  # "Gunmen in Tripoli loyal to the Islamic State": where they are
        yield Draft.read(EventType.ALLEGIANCE, trigger, agent, targets=to, strength=0.65)
        declared = trigger.head if trigger.dep_ in ("ccomp", "oprd", "xcomp", "acomp") else None
        left = left_by_pledge(declared, actors) if declared is not None and declared.pos_ == "VERB" else []
        if left and agent is not None:  # "withdrew his fighters from the alliance and declared them loyal to X"
            yield Draft.defection(trigger, [agent], "syntax", left=left, to=to[:1])
        return
    if lemma == "loyalist":
        to = loyalists_of(trigger, actors)
        if not to:
            return  # a bare "loyalists" is a label, not an event
        # "Thambi, a Karuna loyalist": the one the title is of
        named = trigger.head if trigger.dep_ == "appos" and trigger.head.pos_ == "PROPN" else trigger
        draft = Draft.read(EventType.ALLEGIANCE, trigger, named, targets=to, strength=0.5)
        draft.defector_collective = True  # "Loyalists of Ali Abdullah Saleh" are a collective, not Saleh
        yield draft
        return
    if lemma == "oath" and not any(c.lower_ in ("allegiance", "loyalty", "fealty") for c in trigger.subtree):
        yield from frames.oath_to_leader(trigger, actors)
        return
    if lemma == "affiliation" and not trigger.head.lemma_.lower() == "of":
        return
    # The loyalty noun hangs off a verb ("pledged allegiance"), or off "oath of"/"pledges of".
    holder = trigger
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of":
        holder = trigger.head.head
    verb = holder.head if holder.dep_ in ("dobj", "nsubjpass", "attr", "pobj", "conj", "nsubj") else None
    if (
        holder.dep_ == "pobj"
        and holder.head.lower_ in _TIME_PREPOSITIONS
        and not any(_sworn(c) for c in trigger.children)
    ):
        verb = None  # "After its oath of allegiance to al-Baghdadi, the group renamed itself": a nominal mention
    if verb is not None and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head if verb.dep_ == "prep" and verb.head.pos_ == "VERB" else None
    verb_lemma = verb.lemma_.lower() if verb is not None else ""
    sworn = next((c for c in trigger.children if c.dep_ == "amod" and _sworn(c)), None)
    if sworn is not None and verb is not None and (holder.dep_ == "conj" or verb_lemma not in _SWEAR_VERBS - {"have"}):
        # "had split from the Taliban and sworn allegiance to al-Baghdadi", with "sworn" read as an adjective of
        # "allegiance" and "allegiance" as the first verb's conjunct: the swearing shares that verb's subject; so
        # does "The faction has since pledged allegiance to X", parsed as "has" with "since pledged allegiance".
        verb_lemma = "swear"
    if verb is not None and verb_lemma in _WINNER_VERBS and holder.dep_ != "nsubjpass":
        # "the caliphate has won the loyalty of disparate groups": the groups pledge to the subject.
        pledgers = roles.pobjs(holder, "of", "from") + roles.pobjs(verb, "from")
        if holder is not trigger:
            pledgers += roles.pobjs(trigger, "from", "by")  # "accepted the pledge of allegiance from Boko Haram"
        pledgers += [c for c in holder.children if c.dep_ == "poss" and c.pos_ != "PRON"]  # "Boko Haram's pledge"
        pledgers = [p for p in pledgers if p.lemma_.lower() not in LOYALTY_NOUNS and p.lemma_.lower() != "pledge"]
        subj = roles.subject(verb)
        if subj is not None and not (
            pledgee(subj, actors) or subj.pos_ == "PRON" or subj.lemma_.lower() in lexicon.GROUP_NOUNS
        ):
            return  # "the family welcomed the loyalty of its employees": no leader or armed group
        if pledgers and subj is not None:
            places = [t for p in pledgers for t in roles.pobjs(p, "in")]
            yield Draft.by(EventType.ALLEGIANCE, trigger, pledgers, "syntax", targets=[subj], places=places)
        return
    # "Boko Haram's widely reported allegiance to the Islamic State is said to be ...": a loyalty its owner holds
    owned = (
        lemma in ("allegiance", "loyalty")
        and holder is trigger
        and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in trigger.children)
    )
    if verb is not None and verb_lemma not in _SWEAR_VERBS and verb_lemma not in ("occur", "follow", "be"):
        if holder.dep_ != "nsubj" and not (holder.dep_ == "nsubjpass" and holder is not trigger) and not owned:
            return
    # the noun's own "to" first: "His declaration of loyalty to ISIL led to a purge" pledged to ISIL, not to a purge
    to = _to_object(trigger, holder) or (roles.to_objects(verb) if verb is not None else [])
    if not to:
        to = _to_after(trigger, actors) or stranded_to(trigger, *([verb] if verb is not None else []))
    if not to and lemma in ("oath", "affiliation"):
        return
    if to and all(t.lemma_.lower() in _NOT_PLEDGEES for t in to):
        return  # "Supporters pledged their loyalty to the club"
    if lemma in ("loyalty", "allegiance") and not to and verb_lemma not in ("pledge", "swear", "declare"):
        return
    agents: list[Token] = []
    source = "none"
    if holder.dep_ == "nsubjpass" and holder is not trigger:
        # "Boko Haram's pledge of allegiance to the Islamic State was accepted by al-Baghdadi": the pledge's
        # own doer pledged; the passive verb's by-agent is who accepted it.
        agents, source = roles.noun_agent(holder)
        if not agents:
            agents, source = roles.pobjs(trigger, "by"), "syntax"  # "a pledge of allegiance by Boko Haram"
    if agents:
        pass
    elif verb is not None and verb_lemma not in ("occur", "follow", "be"):
        agent = shown_pledger(verb) or roles.subject(verb)  # "released a video of the bombers pledging allegiance"
        if agent is not None and agent.i not in (holder.i, trigger.i):  # "Zawahiri's pledge ... came": its owner
            agents, source = [agent], "syntax"
    if not agents:
        found, source = roles.noun_agent(holder)
        agents = [f for f in found if f.i != holder.i]  # a noun is never its own pledger
        if not agents and verb is not None:
            agents, source = roles.pobjs(verb, "by"), "syntax"
    if not agents:
        # "The allegiance of the Sinai group to the Islamic State was announced": the "of" phrase pledged
        agents = [o for o in roles.pobjs(trigger, "of") if o.lemma_.lower() not in _LOYALTY_WORDS]
        source = "syntax" if agents else source
    if not agents:
        agents = agent_before_misparsed_verb(trigger)
        source = "syntax" if agents else source
    yield Draft.by(
        EventType.ALLEGIANCE,
        trigger,
        agents,
        source,
        targets=to[:1] if verb_lemma in _SWITCH_VERBS else to,
        places=roles.locations(verb) if verb is not None else [],
        strength=0.75 if verb else 0.6,
    )
    if verb is not None and verb_lemma in _SWITCH_VERBS:
        frm = roles.pobjs(trigger, "from") + roles.pobjs(verb, "from")
        if frm:
            yield Draft.defection(trigger, agents, source, left=frm, to=to[:1], strength=0.65)
    elif verb is not None and to and (left := left_by_pledge(verb, actors)):
        # "rejected the government and declared his tribe's loyalty to X", "the brigade split when its commander
        # declared loyalty to X": a change of side with a pledge is both (rules/leftpledge.py)
        yield Draft.defection(trigger, agents, source, left=left, to=to[:1])
    elif verb is not None and to and (left := [s for a in agents for s in former_member(a, to[0], actors)][:1]):
        # "A former Taliban commander who had recently pledged allegiance to the Islamic State"
        yield Draft.defection(trigger, agents, source, left=left, to=to[:1], strength=0.5)
