"""Switches of side told in the words of the political press and of conflict reports, for the DEFECTION rule
(kg.extract.rules.defection).

Nigerian, Ghanaian and South Asian papers rarely write "defected": a politician "decamped from the PDP to the APC",
"dumped the PDP for the APC", "parted ways with the party and joined the PPP", "rejoined the Congress" or "returned
to the fold of the NDC", and a report speaks of "his switch to the ruling party". Conflict reports tell a switch of
armed side as a joining: "Several hundred fighters from the Ahrar al-Sham movement joined Hayat Tahrir al-Sham" (the
fighters left Ahrar al-Sham, as the annotation guidelines have it: joining an armed group is also an ALLEGIANCE).
Each reading needs the sides to be sides (a party, a named organisation, an armed group), so "dumped the plan",
"returned to the fold" of a family or a club and "joined the company" stay no events. Parting ways with an armed side
("until he parted ways with the group in 2016") or a politician's with a party is leaving it, with or without a side
joined; parting ways with a spouse, a club or a coach is none.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import roles
from kg.extract.actors import Actors
from kg.extract.registry import Draft
from kg.extract.rules.defectors import affiliation, is_group, is_member, is_politician, is_rank_or_member, is_side
from kg.extract.rules.foughtfor import fought_for
from kg.extract.rules.leftside import armed_side
from kg.extract.rules.membership import (
    counted_members,
    group_possessive,
    joined_in_deed,
    legislature,
    non_state_side,
    parent_told,
    part_of_side,
    reported_self,
)
from kg.extract.rules.titles import POLITICAL_TITLES, former_side, is_former, party_by_name
from kg.extract.syntax import joined_forces
from kg.models import EntityKind

# The press's verbs of switching party, read by _switched: what each takes as the side left and the side joined.
SWITCH_VERBS = ("decamp", "dump", "ditch", "rejoin", "return", "part", "move")
# Trigger lemmas that are common words: they fire only in documents with one of these words (kg.extract.prefilter).
# Words of sides and of who switches them, one of which a document needs for "dump", "decamp" and "rally" to trigger.
_SIDE_CUES = frozenset({
    "party", "congress", "senator", "lawmaker", "legislator", "mp", "mla", "chieftain", "politician", "governor",
    "army", "militia", "rebel", "fighter", "militiaman", "troop", "soldier", "force", "commander", "militant",
    "general", "officer", "combatant", "guerrilla", "insurgent", "warlord",
})  # fmt: skip
# Flights abroad after which protection or refuge asked for is asylum ("crossed into Poland and asked for protection").
_FLIGHT_CUES = frozenset({"cross", "flee", "escape", "fly", "defect", "slip", "desert"})
SWITCH_CUES = {
    "return": frozenset({"fold"}),
    "part": frozenset({"way", "ways"}),
    "dump": _SIDE_CUES,
    "ditch": _SIDE_CUES,
    "move": _SIDE_CUES,
    "decamp": _SIDE_CUES,
    "rally": _SIDE_CUES,
    "protection": _FLIGHT_CUES,
    "refuge": _FLIGHT_CUES,
}
# Nouns of a switch with the side joined after "to": "his switch to the ruling party", "his switch to the APC".
SWITCH_NOUNS = ("switch",)
# Sides no one switches to: sport, business and the like ("defected to a rival club").
_NO_SIDES = frozenset({"club", "team", "company", "firm", "label", "network", "channel", "newspaper", "side"})


def _a_side(token: Token | None, actors: Actors) -> bool:
    """A party or organisation one can switch to or from: "the APC", "the ruling party", "the Congress", an armed
    group; not a state ("returned to Nigeria"), a person or a common noun ("dumped the plan")."""
    if token is None or token.lemma_.lower() in _NO_SIDES:
        return False
    if token.ent_id_:
        return actors.gaz.entities[token.ent_id_].kind is not EntityKind.STATE
    if token.is_upper and token.is_alpha and len(token) >= 2 and token.ent_type_ not in ("GPE", "NORP"):
        return True  # "dumps PDP for APC": a headline's party acronym the NER took for a person
    if token.ent_type_ in ("GPE", "LOC", "FAC", "PERSON", "DATE", "TIME", "CARDINAL", "MONEY", "NORP"):
        return False
    return is_side(token) and token.lemma_.lower() not in ("government", "side", "camp") or is_group(token, actors)


def _switcher(agent: Token | None) -> bool:
    """Who switches party or side: a politician, a member of a force, a quantity of them, a named person or group."""
    if agent is None:
        return False
    if is_politician(agent) or is_rank_or_member(agent) or is_member(agent) or agent.lower_ in ("his", "her"):
        return True
    if agent.lemma_.lower() in POLITICAL_TITLES | {"commissioner", "councilman", "aspirant", "chief"}:
        return True
    return agent.ent_type_ in ("ORG",) or agent.lemma_.lower() in ("hundred", "hundreds", "dozen", "dozens", "scores")


def _joined_after(verb: Token) -> list[Token]:
    """The side joined in the same clause: "dumped the PDP and joined the APC", "parted ways with the party to join
    the PPP", "was welcomed into the APC after dumping the PDP" (the verb the "after" phrase hangs on)."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ in ("conj", "xcomp", "advcl") and c.lemma_.lower() in ("join", "rejoin"):
            out += roles.children(c, "dobj")
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("after", "before"):
        main = verb.head.head
        if main.lemma_.lower() in ("join", "rejoin") and not roles.is_passive(main):
            out += roles.children(main, "dobj")
        elif main.lemma_.lower() in ("welcome", "induct", "receive", "admit") and roles.is_passive(main):
            out += roles.pobjs(main, "into", "to")
    return out


def _doer_of_main(verb: Token) -> Token | None:
    """Who did a verb the parser hung under "after": "Senator X was welcomed into the APC after dumping the PDP"."""
    if verb.dep_ != "pcomp" or verb.head.lower_ not in ("after", "before"):
        return None
    main = verb.head.head
    if roles.is_passive(main):
        who = roles.first(roles.children(main, "nsubjpass"))
        if who is not None and who.lower_ in ("who", "that") and main.dep_ == "relcl":
            return main.head  # "Senator X, who was welcomed into the APC after dumping the PDP"
        return who
    return roles.subject(main) if main.pos_ in roles.VERB_POS else None


def _parted_from_armed_side(verb: Token, actors: Actors) -> list[Token]:
    """The armed side in "parted ways with X": a group the gazetteer lists as armed, a name of armed words, "the
    group" the page is about, or its leader ("parted ways with the group's leader", "with the leader of X"). Leaving
    an armed side needs no side joined; a spouse, a club, a firm or a coach parted with is no side."""
    ways = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "way"]
    if not ways:
        return []
    found = []
    for side in roles.pobjs(verb, "with") + roles.pobjs(ways[0], "with"):  # the parser hangs "with" on either
        if side.lemma_.lower() == "leader":
            owners = [c for c in side.children if c.dep_ == "poss"] + roles.pobjs(side, "of")
            side = owners[0] if owners else side
        if side.pos_ != "PRON" and armed_side(side, actors):
            found.append(side)
    return found[:1]


def _party_left(left: list[Token], agent: Token | None) -> bool:
    """A politician's "parted ways with the PDP", "parted ways with the party": a party left, by its name or the word
    (not "parted ways with the party's chairman")."""
    if not left or agent is None or not (is_politician(agent) or agent.lemma_.lower() in POLITICAL_TITLES):
        return False
    return party_by_name(left[0]) or left[0].lemma_.lower() == "party"


def switched(trigger: Token, actors: Actors) -> Iterator[Draft]:
    """DEFECTION drafts from the press's verbs of switching party: "decamped from the PDP to the APC", "dumped the
    PDP for the APC", "parted ways with the party and joined the PPP", "returned to the fold of the NDC", "Former MLA
    X rejoined the Congress" (with a side left named by the clause or a former title)."""
    lemma = trigger.lemma_.lower()
    agent = _doer_of_main(trigger) or roles.subject(trigger)
    if roles.is_passive(trigger):
        return
    if lemma == "part" and agent is not None and (armed := _parted_from_armed_side(trigger, actors)):
        yield Draft.defection(trigger, [agent], "syntax", left=armed, to=_joined_after(trigger)[:1], strength=0.6)
        return
    if not _switcher(agent):
        return
    left: list[Token] = []
    if lemma == "decamp":
        left, to = roles.pobjs(trigger, "from"), roles.to_objects(trigger)
    elif lemma in ("dump", "ditch"):
        left = list(roles.children(trigger, "dobj"))
        to = roles.pobjs(trigger, "for") or _joined_after(trigger)
        if not (left and _a_side(left[0], actors)):
            return
    elif lemma == "part":
        ways = [c for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() == "way"]
        if not ways:
            return
        left, to = roles.pobjs(trigger, "with") + roles.pobjs(ways[0], "with"), _joined_after(trigger)
    elif lemma == "return":
        folds = [f for f in roles.to_objects(trigger) if f.lemma_.lower() == "fold"]
        to = [s for f in folds for s in roles.pobjs(f, "of")]
        if (
            not folds and agent is not None and is_politician(agent)
        ):  # "Senator Musa returned to the PDP after four years in the APC"
            to = [t for t in roles.to_objects(trigger) if party_by_name(t)]
        left = roles.pobjs(trigger, "from")
    elif lemma == "move":
        # "Lawmaker Jane Ouma has moved to the ruling party", "Hundreds of PDP members moved to the APC": a party
        # by its name or the word, for politicians and party members only (troops move to the front)
        if agent is None or not (is_politician(agent) or affiliation(agent) and is_member(agent)):
            return
        to = [t for t in roles.to_objects(trigger) if party_by_name(t) or t.lemma_.lower() == "party"]
        left = roles.pobjs(trigger, "from")
    else:  # rejoin
        to = list(roles.children(trigger, "dobj"))
        left = roles.pobjs(trigger, "from")
        if not left and agent is not None:
            side = former_side(agent, POLITICAL_TITLES)
            left = [side] if side is not None else []
        if not left:
            return  # "rejoined the party" says he had left it once, not that this text tells a switch
    to = [t for t in to if _a_side(t, actors)]
    left = [t for t in left if _a_side(t, actors)]
    if not to and not (lemma == "decamp" and left or lemma == "part" and _party_left(left, agent)):
        return  # dumping or leaving a party alone is no defection, but for "decamped from" and "parted ways with" it
    places = [p for p in roles.locations(trigger) if p not in to and p not in left]
    yield Draft.defection(trigger, [agent] if agent is not None else [], "syntax", left=left, to=to[:1], places=places)


def switch_noun(noun: Token, actors: Actors) -> Iterator[Draft]:
    """ "his switch to the ruling party", "the defections of the two governors to the ruling party": a switch noun
    with the side joined after "to" and the one who switched as its possessor or "of" phrase."""
    to = [t for t in roles.pobjs(noun, "to") if _a_side(t, actors)]
    if not to:
        return
    who = [c for c in noun.children if c.dep_ == "poss"] + [
        o for o in roles.pobjs(noun, "of") if is_politician(o) or is_rank_or_member(o) or is_member(o)
    ]
    if not who or not all(_switcher(w) for w in who):
        return
    yield Draft.defection(noun, who[:1], "syntax", left=roles.pobjs(noun, "from"), to=to[:1], strength=0.5)


def _armed_group(token: Token, actors: Actors) -> bool:
    """A group kg's gazetteer lists as armed ("Houthi", which the NER tags as a people)."""
    return bool(token.ent_id_) and actors.gaz.entities[token.ent_id_].kind is EntityKind.ARMED_GROUP


_PEOPLE = ("GPE", "NORP")
# A state's forces one goes over to: "joined the government forces", "joined the army".
STATE_FORCES = frozenset({"force", "army", "military", "troop"})


def member_went_over(join: Token, joined: Token, actors: Actors, *, armed_side: bool = True) -> Iterator[Draft]:
    """ "Several hundred fighters from the Ahrar al-Sham movement joined Hayat Tahrir al-Sham": members of one armed
    side joining another left the first. Only members named by the side they belong to now (not "former FARC
    guerrillas", who had left before this text, nor "former army commanders"), and a side that is a group other than
    the one joined. Joining a state's forces (``armed_side`` False: "A Houthi commander and 20 of his fighters joined
    the government forces") counts only for members of an armed group the gazetteer knows."""
    agent = roles.subject(join)
    if agent is None or joined_in_deed(join):
        return  # "MNLA fighters joined Ansar Dine militants in an attack": taking part, not going over
    agents = [agent]
    speaker = reported_self(agent)
    if speaker is not None:
        # "A commander of the X militia said he and 200 fighters had joined Y": the speaker is the "he"
        agents = [speaker, *(c for c in roles.conjuncts(agent) if c is not agent)]
        agent = speaker
    member = counted_members(agent)  # "300 of its fighters"
    # a group the document says was part of another: "The group had until then fought under the banner of W"
    parent = None if is_member(member) or is_rank_or_member(member) else parent_told(member, actors)
    if not (is_member(member) or is_rank_or_member(member) or part_of_side(member) or parent is not None):
        return
    if joined_forces(joined):
        # "Army units in the east joined forces with Haftar": members of a side acting with another went over to it;
        # a group joining forces with another ("the IMU has joined forces with the Islamic State") acts with it
        partner = roles.first([*roles.pobjs(join, "with"), *roles.pobjs(joined, "with")])
        if partner is None or not (is_member(member) or is_rank_or_member(member)):
            return
        joined, armed_side = partner, True
    if any(is_former(t) for t in agent.subtree):
        return
    # "many of its members": the group the page is about, by its name
    # "young men from the X Jebel who had fought with the Joint Forces": the side served, before the place
    own = fought_for(agent, actors) or affiliation(member)
    named = [parent] if parent is not None else [group_possessive(s, actors) or s for s in own]
    sides = [
        s
        for s in named
        if not legislature(s) and (_armed_group(s, actors) or is_group(s, actors) and s.ent_type_ not in _PEOPLE)
    ]
    if not sides or _key(sides[0], actors) == _key(joined, actors) or _names_within(joined, sides[0]):
        return
    if not armed_side and not non_state_side(sides[0], actors):
        return  # "Troops of the Nigerian Army joined the Multinational Joint Task Force": a state's force joins no side
    yield Draft.defection(join, agents, "syntax", left=sides[:1], to=[joined], places=roles.locations(join))


def _names_within(joined: Token, side: Token) -> bool:
    """True when the side left names the side joined inside its own name: "a group of KPLA/PDF members ... joined the
    People's Defence Force" (a unit of the side joined, by its initials), not a change of side."""
    words = [t for t in joined.subtree if t.i <= joined.i and t.pos_ == "PROPN"]
    initials = "".join(t.text[0] for t in words if t.text[:1].isupper())
    named = next((e for e in side.doc.ents if e.start <= side.i < e.end), None)  # "KPLA/PDF", one name
    tokens = list(named) if named is not None else [t for t in side.subtree if t.i <= side.i]
    parts = {p for t in tokens for p in t.text.replace("-", "/").split("/")}
    return len(initials) >= 2 and initials in parts


def _key(token: Token, actors: Actors) -> str:
    mention = actors.mention(token)
    return mention.entity.key if mention is not None else token.lower_
