"""Defectors who flee abroad, for the DEFECTION rule (kg.extract.rules.defection and defectnouns): a soldier,
officer or official of one state who goes to another ("a North Korean soldier fled to South Korea", "abandoned their
posts and crossed into Colombia"), read off the defector's own side (kg.extract.rules.defectors.affiliation).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon, roles
from kg.extract.actors import Actors
from kg.extract.rules.defectors import affiliation

# Who asks for asylum abroad as a defector: members of a state's forces and its officials.
_ASYLUM_SEEKERS = {
    "pilot",
    "soldier",
    "officer",
    "diplomat",
    "general",
    "colonel",
    "commander",
    "official",
    "crew",
    "sailor",
    "guard",
    "troop",
    "ambassador",
    "minister",
    "agent",
    "lieutenant",
    "captain",
    "major",
    "sergeant",
    "corporal",
}


def is_seeker(token: Token) -> bool:
    """True for a soldier, officer or official (or a count of them) who may defect by fleeing abroad."""
    lemma = token.lemma_.lower()
    if token.ent_type_ == "PERSON" and any(c.dep_ == "compound" and is_seeker(c) for c in token.children):
        return True  # "Syrian Air Force pilot Captain Rami Soueid": the title glued to the name
    return lemma in _ASYLUM_SEEKERS or (
        lemma in lexicon.QUANTITY_HEADS and any(is_seeker(p) for p in roles.pobjs(token, "of"))
    )


def fled_abroad(agent: Token | None, to: list[Token], actors: Actors) -> bool:
    """A soldier or official of one state fleeing to another: the destination is a state and the
    defector's own phrase names a different one ("a North Korean soldier fled to South Korea"; not
    "Afghan soldiers fled to Kabul", their own capital)."""
    if agent is None or not to or not is_seeker(agent) or to[0].ent_type_ != "GPE":
        return False
    own = affiliation(agent)
    return bool(own) and _key(own[0], actors) != _key(to[0], actors)


_FLIGHT_VERBS = frozenset({"cross", "flee", "escape", "slip", "go", "defect", "fly"})


def fled_to(verb: Token, agent: Token | None, actors: Actors) -> list[Token]:
    """The foreign state a member of a force went to after ``verb``: "abandoned their posts and crossed
    into Colombia", "deserters ... have crossed into Russia", "soldiers who deserted their units crossed into
    Colombia"; not a state the defector's own phrase names."""
    moves = [c for c in verb.children if c.dep_ in ("conj", "xcomp", "advcl")]
    if verb.dep_ in ("relcl", "nsubj") and verb.head.pos_ in roles.VERB_POS:
        moves.append(verb.head)  # "deserters crossed into Russia"
    elif verb.dep_ == "relcl" and verb.head.dep_ == "nsubj":
        moves.append(verb.head.head)  # "soldiers who deserted their units crossed into Colombia"
    own = {_key(t, actors) for t in (affiliation(agent) if agent is not None else [])}
    for move in moves:
        if move.lemma_.lower() not in _FLIGHT_VERBS:
            continue
        for place in roles.pobjs(move, "into", "to"):
            key = _key(place, actors)
            if place.ent_type_ == "GPE" and key.startswith("gaz:") and key not in own:
                if actors.gaz.capital(place.text) is None:
                    return [place]  # a state, not a town: "fled to Kabul" may be a retreat
    return []


def _key(token: Token, actors: Actors) -> str:
    mention = actors.mention(token)
    return mention.entity.key if mention is not None else token.lower_
