"""Fighting told only by its outcome, as history pages and official summaries tell it: an armed side driven out of a
place ("Its fighters were driven out of Manbij in 2016 by the SDF", "drove the government troops out of Beledweyne",
"ousted the Malian army from Gao", "was expelled from Kismayo by Kenyan forces", "were routed by French troops"), a
place that came under an armed side's control ("Tal Afar came under the control of the Islamic State") or was lost
to one ("lost control of Benina to the Libyan National Army").  The sense checks and the role frames of these
verbs; attack.py registers them beside the other violence verbs."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from kg.extract import lexicon, roles, senses
from kg.extract.registry import Draft, lemmas
from kg.extract.rules.violence.checks import is_place
from kg.models import EventType

# Verbs of driving a side out: the expelled side is the object (or the passive subject).
EXPELLING = frozenset({"expel", "oust", "evict", "dislodge", "rout"})
# Verbs that drive a side out only with "out"/"back" or a "from" place: "drove the troops out of Beledweyne".
DRIVING = frozenset({"drive", "push", "force", "chase", "flush", "kick", "clear"})
DRIVEN_WITH = frozenset({"out", "back", "away"})
PATTERNS: list[list[dict]] = [
    lemmas(*EXPELLING, *DRIVING, "suppress", "defeat", "sink", "raze", pos=("VERB",)),
    # "came/fell under the control of X", "lost control of X to Y"
    [{"LEMMA": {"IN": ["come", "fall"]}, "POS": "VERB"}, {"LOWER": "under"}],
    [{"LEMMA": "lose", "POS": "VERB"}],
    [{"LEMMA": "inflict", "POS": "VERB"}],
    # "was overrun by troops": the small model tags the participle a noun (a cost overrun); attack.py reads it as the
    # verb when the parser gave it a passive auxiliary
    [{"LOWER": "overrun", "POS": "NOUN"}],
]
# A document without these words holds none of these events (the trigger table and the prefilter skip it).
REQUIRES = {
    **dict.fromkeys(DRIVING, DRIVEN_WITH | {"from"}),
    "lose": frozenset({"control", "to"}),
    "inflict": frozenset({"damage", "loss", "losses", "casualty", "casualties"}),
}
# What fighting inflicts on someone: "inflicted fire damage on the manpower of a brigade", "heavy losses on the enemy".
INFLICTED = frozenset({"damage", "loss", "casualty"})
# Heads of an armed side that can be driven out or take a place: armed people, forces and units, not any man, mob,
# suspect or police, nor the deed nouns that armed_actor also accepts as doers.
SIDES = (lexicon.ARMED_ACTOR_NOUNS | {"enemy"}) - frozenset({
    "man", "men", "mob", "suspect", "police", "policeman", "kidnapper", "killer", "shooter", "assassin", "gangster",
    "strike", "airstrike", "attack", "raid", "bombardment", "shelling", "barrage", "fire", "blast", "explosion",
    "munition", "ied", "tank", "warship", "gunboat", "artillery",
})  # fmt: skip
CONTROL = frozenset({"control", "rule", "occupation"})

# A verb frame as attack.py reads them: (event type, trigger, doer or None, target or None) -> drafts.
Frame = Callable[[EventType, Token, Token | None, Token | None], Iterator[Draft]]


def armed_side(token: Token) -> bool:
    """True for an armed side: fighters, troops, a militia or army ("the Malian army", "Its fighters"), a named armed
    group ("Al-Shabaab"), or a name with an armed-name word ("the Katiba Salaheddine"); never a state's name, a
    nation or a person ("Iraq was expelled from the Arab League", "expelled two Russian diplomats")."""
    if token.lemma_.lower() in SIDES or token.lower_ in SIDES:
        return True
    if token.ent_id_ and token.ent_type_ not in ("GPE", "NORP", "PERSON"):
        return True  # a gazetteer group ("Al-Shabaab", "the Houthis")
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return ent is not None and token.pos_ == "PROPN" and any(t.lower_ in lexicon.ARMED_NAME_WORDS for t in ent)


def armed_own(token: Token) -> bool:
    """True for an armed side or what an armed side holds: "an ISIS tactical unit", "two ISIL fighting positions",
    "the insurgents' camp", "an ISIL-held building"; destroying them is fighting whoever does it (a press release's
    "were destroyed" names no doer)."""
    if armed_side(token):
        return True
    owners = [c for c in token.children if c.dep_ in ("poss", "nmod", "compound", "amod")]
    return any(armed_side(c) or (c.ent_id_ and c.ent_type_ not in ("GPE", "NORP")) for c in owners) or any(
        c.lower_.endswith("-held") or (c.lower_ == "held" and c.i > 0 and c.nbor(-1).lower_ == "-")
        for c in token.children
    )


def _out_of(verb: Token) -> list[Token]:
    """The places a side was driven from: "from Gao", "out of Beledweyne" ("out" a particle or a preposition)."""
    found = roles.pobjs(verb, "from")
    for c in verb.children:
        if c.lower_ == "out":
            found += roles.pobjs(c, "of") or roles.pobjs(verb, "of")
        elif c.lower_ in DRIVEN_WITH:
            found += roles.pobjs(c, "from")  # "were pushed back from Aden"
    return found


def driven_out(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "drove the government troops out of Beledweyne", "Al-Shabaab was expelled from Kismayo", "were routed by French
    troops": an armed side forced from a place or routed.  Not a side expelled from a group, a party or a league
    ("expelled foreign fighters from its ranks"), nor diplomats, students or a state."""
    if target is None or roles.is_reflexive(target):
        return False
    lemma = verb.lemma_.lower()
    places = _out_of(verb)
    if any(_no_place(p) for p in places):
        return False  # "expelled from the movement", "forced out of office"
    if not armed_side(target) and not _side_by_its_driver(target, agent, places):
        return False
    if lemma in DRIVING:
        return bool(places) or any(c.lower_ in DRIVEN_WITH for c in verb.children)
    return bool(places) or lemma == "rout" or (agent is not None and senses.armed_actor(agent))


# What a side driven out may be told as when an armed side drove it out of a place: a pronoun ("pushed it out of the
# district's towns", "until it was driven out of Mogadishu by Ethiopian forces") or the rule it stood for ("drove
# the government out of Raqqa province").
_DRIVEN_PRONOUNS = frozenset({"it", "them", "they"})
_RULERS = frozenset({"government", "regime"})


def _side_by_its_driver(target: Token, agent: Token | None, places: list[Token]) -> bool:
    """True for a side driven out that is told only as a pronoun or a government, when an armed side drove it out of
    a place: "Government forces pushed it out of the district's towns", "whose fighters drove the government out of
    Raqqa province".  Not "the floods drove them out of their homes" (no armed driver), nor "drove them out to the
    airport" (no place left)."""
    told = target.lower_ in _DRIVEN_PRONOUNS or (target.lemma_.lower() in _RULERS and target.pos_ == "NOUN")
    return told and agent is not None and _armed_driver(agent) and bool(places) and all(_left(p) for p in places)


def _armed_driver(agent: Token) -> bool:
    """An armed side as the driver, or "whose fighters" / "its fighters" of one."""
    return armed_side(agent) and agent.pos_ != "PRON"


def _left(place: Token) -> bool:
    """A place a side is driven from, "much of" or "a string of" one included."""
    return is_place(place) or any(is_place(p) for p in roles.pobjs(place, "of"))


def _no_place(token: Token) -> bool:
    """A group, office or rank one is expelled from ("from the movement", "out of office", "from its ranks", "from
    al-Qaeda"); a proper name the NER took for a person ("out of Beledweyne") may be a town.  "Much of the province"
    and "a string of villages" are places."""
    if is_place(token) or any(is_place(p) for p in roles.pobjs(token, "of")):
        return False
    return token.pos_ != "PROPN" or armed_side(token) or token.ent_type_ in ("ORG", "NORP")


def driven_frame(event_type: EventType, trigger: Token, agent: Token | None, target: Token | None) -> Iterator[Draft]:
    """The side that drove them out attacked the side driven out, where it was driven from."""
    places = _out_of(trigger) + roles.locations(trigger)
    yield Draft.read(event_type, trigger, agent, targets=[target] if target is not None else [], places=places)


def _controller(verb: Token) -> Token | None:
    """X of "came/fell under the control of X" (also "under X control", "under the rule of X")."""
    for under in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "under"):
        for noun in roles.children(under, "pobj"):
            if noun.lemma_.lower() not in CONTROL:
                continue
            of = roles.pobjs(noun, "of")
            if of:
                return of[0]
            return next((c for c in noun.children if c.dep_ in ("poss", "compound", "amod") and c.ent_type_), None)
    return None


def came_under(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "Tal Afar came under the control of the Islamic State": a place taken by an armed side."""
    side = _controller(verb)
    place = agent is not None and (is_place(agent) or agent.pos_ == "PROPN")
    return side is not None and place and armed_side(side) and not roles.is_passive(verb)


def came_under_frame(
    event_type: EventType, trigger: Token, agent: Token | None, target: Token | None
) -> Iterator[Draft]:
    """The side whose control it came under took the place."""
    side = _controller(trigger)
    place = [agent] if agent is not None else []
    yield Draft(event_type, trigger, agents=[side] if side is not None else [], targets=place, places=place,
                strength=0.55, agent_source="syntax")  # fmt: skip


def _lost(verb: Token) -> tuple[Token | None, Token | None]:
    """(place, side) of "lost (control of) Benina to the Libyan National Army"."""
    obj = roles.first(roles.children(verb, "dobj"))
    if obj is None:
        return None, None
    side = roles.first(roles.pobjs(verb, "to") or roles.pobjs(obj, "to"))
    if obj.lemma_.lower() in CONTROL:
        obj = roles.first(roles.pobjs(obj, "of"))
    return obj, side


def lost_to(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "lost control of Benina to the Libyan National Army", "the army lost Gwoza to Boko Haram": a place taken by the
    armed side it was lost to (not an election, a seat or soldiers lost to sniper fire)."""
    place, side = _lost(verb)
    return place is not None and side is not None and is_place(place) and armed_side(side)


def lost_frame(event_type: EventType, trigger: Token, agent: Token | None, target: Token | None) -> Iterator[Draft]:
    """The side it was lost to took the place from the side that lost it."""
    place, side = _lost(trigger)
    targets = [t for t in (place, agent) if t is not None]
    yield Draft(event_type, trigger, agents=[side] if side is not None else [], targets=targets,
                places=[place] if place is not None else [], strength=0.55, agent_source="syntax")  # fmt: skip


def _inflicted_on(verb: Token) -> Token | None:
    """Y of "inflicted (fire) damage / heavy losses / casualties on Y"."""
    harm = roles.first(roles.children(verb, "dobj"))
    if harm is None or harm.lemma_.lower() not in INFLICTED:
        return None
    return roles.first(roles.pobjs(verb, "on", "upon") or roles.pobjs(harm, "on", "upon"))


def inflicted(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "Units of the Southern Group inflicted fire damage on the 25th Brigade", "inflicted heavy losses on the enemy":
    an armed doer's fire on people, places or an armed side (not a storm's damage, nor losses on a market)."""
    hit = _inflicted_on(verb)
    return (
        hit is not None
        and agent is not None
        and senses.armed_actor(agent)
        and not roles.sentence_lemmas(verb) & lexicon.ACCIDENT_CUES  # "Hurricane Otis inflicted heavy damage on"
        and (armed_side(hit) or senses.concrete(hit) or hit.lemma_.lower() in ("enemy", "manpower"))
    )


def inflicted_frame(
    event_type: EventType, trigger: Token, agent: Token | None, target: Token | None
) -> Iterator[Draft]:
    """The doer attacked whom the damage was inflicted on."""
    hit = _inflicted_on(trigger)
    yield Draft.read(
        event_type, trigger, agent, targets=[hit] if hit is not None else [], places=roles.locations(trigger)
    )


def suppressed(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "a strike suppressed an ISIL mortar team", "The enemy's firing positions were suppressed by artillery": fire
    that silences an armed side or its weapons (not dissent, a protest or a report)."""
    return target is not None and armed_own(target) and (agent is None or senses.armed_actor(agent))


# Vessels a side sinks: "sank a navy gunboat" (a ferry that sank, a three-pointer sunk, are no attacks).
VESSELS = frozenset({
    "boat", "ship", "vessel", "gunboat", "warship", "frigate", "destroyer", "submarine", "corvette", "tanker",
    "trawler", "dhow", "ferry", "craft", "cruiser", "minesweeper", "freighter", "tug",
})  # fmt: skip
BATTLES = frozenset({"battle", "siege", "offensive", "fighting", "clash", "assault", "counteroffensive"})


def sunk(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "The Sea Tigers sank a navy gunboat off Mullaitivu": an armed side or a weapon sinking a vessel."""
    return (
        target is not None
        and target.lemma_.lower() in VESSELS
        and (agent is None and roles.is_passive(verb) or agent is not None and senses.armed_actor(agent))
    )


def defeated(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "Government forces defeated the rebels at Bentiu", "ISIL fighters were defeated in the battle of Sirte": an
    armed side beaten in a fight told with its place or its battle.  Not an aim ("to defeat ISIL", "defeating ISIL
    will take time"), an election, a bill or a team."""
    if target is None or not armed_side(target) or verb.tag_ not in ("VBD", "VBN"):
        return False
    if agent is not None and not senses.armed_actor(agent):
        return False
    fought = any(t.lemma_.lower() in BATTLES for t in roles.sentence(verb))
    return fought or bool(roles.pobjs(verb, "at", "near", "in", "outside"))


def either(outcome: Frame, otherwise: Frame) -> Frame:
    """The frame of a verb that also has another violent reading ("came under the control of" or "came to blows",
    "fell under the control of" or "fell to"): ``outcome`` when the verb is under an armed side's control."""

    def frame(event_type: EventType, trigger: Token, agent: Token | None, target: Token | None) -> Iterator[Draft]:
        chosen = outcome if _controller(trigger) is not None else otherwise
        return chosen(event_type, trigger, agent, target)

    frame.__doc__ = outcome.__doc__
    return frame
