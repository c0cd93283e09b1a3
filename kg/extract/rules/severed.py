"""A group or member cutting its ties with the armed side it belonged to, for the DEFECTION rule
(kg.extract.rules.defection): "al-Nusra Front voted to cut ties with al-Qaeda", "his group was breaking ties with
al-Qaeda", "the faction severed its links with the Taliban". A split told by its ties, with the side left named on
them (and the side joined, if a verb beside it says so); not a state cutting diplomatic ties ("Saudi Arabia cut ties
with Qatar") nor ties cut with a company or a person.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import lexicon, roles
from kg.extract.actors import Actors
from kg.extract.registry import Draft
from kg.extract.rules.defectors import armed_name, is_group, side_joined
from kg.models import EntityKind

# Verbs of cutting ties ("break" is also read as a split by the defection rule).
SEVERING = frozenset({"cut", "sever", "break"})
# Nouns of the ties cut; a document without one holds no such event (the trigger table skips it).
TIES = frozenset(
    {"tie", "ties", "link", "links", "relation", "relations", "connection", "connections", "bond", "bonds"}
)


def severed_from(verb: Token, actors: Actors) -> list[Token]:
    """The armed side ``verb`` cuts ties with: "cut ties with al-Qaeda" -> al-Qaeda; [] when no ties are cut or the
    other party is no armed side."""
    ties = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in TIES]
    if not ties:
        return []
    sides = roles.pobjs(ties[0], "with", "to") + roles.pobjs(verb, "with", "from")
    return [s for s in sides if _armed_side(s, actors)][:1]


def severed_ties(verb: Token, actors: Actors) -> Iterator[Draft]:
    """A DEFECTION draft for ties cut with an armed side by a group or a person who is no state."""
    left = severed_from(verb, actors)
    agent = roles.subject(verb)
    if not left or agent is None or agent.ent_type_ in ("GPE", "LOC"):
        return
    if agent.ent_id_ and actors.gaz.entities[agent.ent_id_].kind is EntityKind.STATE:
        return  # "Iran severed its ties with the group": a state's policy, no change of side
    if agent.lemma_.lower() in _BUSINESSES:
        return  # "The company cut ties with the militia": a firm's dealings
    if not (is_group(agent, actors) or agent.ent_type_ == "PERSON" or agent.lower_ in _DOERS):
        return
    to = [j for j in side_joined(verb) if j.i != left[0].i]  # "cut its ties with al-Qaeda and joined HTS"
    yield Draft.defection(verb, [agent], "syntax", left=left, to=to[:1])


# Doers of a cut that is a group's whatever its name: its pronouns and bodies ("the Jund al-Aqsa council voted to ...").
_DOERS = frozenset({"he", "she", "it", "they", "council", "shura", "leadership", "command", "leader", "leaders"})
_BUSINESSES = frozenset({"company", "firm", "business", "bank", "corporation", "club", "university", "school"})


def _armed_side(side: Token, actors: Actors) -> bool:
    """A named armed group the gazetteer knows (no state), a name with an armed-name word, or "the group"."""
    if side.ent_id_:
        return actors.gaz.entities[side.ent_id_].kind is not EntityKind.STATE
    return armed_name(side) or side.lemma_.lower() in lexicon.GROUP_NOUNS
