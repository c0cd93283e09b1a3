"""A change of side told by whom a mover now obeys (issue 14, twentieth pass): "said it would no longer take orders
from Naypyitaw", "his fighters would no longer fight under the banner of the SDF", "The village headman no longer
reports to the junta's township office" (the side left); "The village headman, who once worked for the junta's
administration, now reports to the AA's township office", "has left our coordination and now works for the Jalisco
cartel", "Gang leaders who had been loyal to politicians now answer to the coalition's council" (the side gone to,
with the side left told beside it).

Long reports, articles and windows tell a change of side as a change of command, with no verb of going over. Two
shapes, read for the DEFECTION rule (kg.extract.rules.defection):

* **no longer**: a verb of obeying a side ("take orders from", "fight for/under/alongside", "report/answer to",
  "serve in/with/under", "obey") under "no longer", whose side is an armed or state side: the mover breaks with it.
  The "no longer" is the deed, not its negation, and "would no longer" a declaration made ("said it would no longer
  take orders from X"), so the draft is asserted; not under a condition or a threat ("warned it would no longer fight
  for X unless ...").
* **now**: the same verbs under "now" or "from today", with the side left told beside: a verb of leaving coordinated
  with it ("has left our coordination and now works for X") or a former bond in the mover's own relative clause
  ("who once worked for X", "who had been loyal to X").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import roles
from kg.extract.actors import Actors
from kg.extract.registry import Draft
from kg.extract.rules.defectors import is_combatant, is_group, is_member, is_rank_or_member
from kg.extract.rules.sidechange import side_kind_held
from kg.extract.rules.sides import acronym
from kg.models import Modality

# Verbs of obeying a side, with the prepositions that name it (none: the object).
_OBEYING: dict[str, tuple[str, ...]] = {
    "take": ("from",),  # "take orders from X" (with a noun of command as the object)
    "fight": ("for", "under", "alongside", "with"),
    "report": ("to",),
    "answer": ("to",),
    "serve": ("in", "with", "under", "for"),
    "work": ("for", "with"),
    "obey": (),
}
_COMMANDS = frozenset({"order", "instruction", "command", "direction"})
# Verbs of leaving that, coordinated with "now ...", tell the side left: "has left our coordination and now works for".
_LEAVINGS = frozenset({"leave", "quit", "abandon", "desert", "renounce", "break", "withdraw", "defect", "split"})
# Bonds a mover's own clause tells as past: "who once worked for X", "who had been loyal to X".
_FORMER_BONDS = frozenset({"work", "serve", "fight", "answer", "report", "loyal", "belong"})
_CONDITIONS = frozenset({"if", "unless", "until"})
_THREATS = frozenset({"threaten", "warn", "vow", "threat", "ultimatum", "demand"})
VERBS = tuple(_OBEYING)


def changed_command(verb: Token, actors: Actors) -> Iterator[Draft]:
    """The DEFECTION draft of a change of command told on ``verb`` (one of :data:`VERBS`): the side left under "no
    longer", the side gone to under "now" with a leaving told beside it; nothing otherwise."""
    lemma = verb.lemma_.lower()
    if lemma not in _OBEYING or verb.pos_ != "VERB":
        return
    if lemma == "take" and not any(o.lemma_.lower() in _COMMANDS for o in roles.children(verb, "dobj")):
        return  # "took the town", not "took its orders from"
    side = _obeyed(verb, _OBEYING[lemma])
    if side is None or not _side(side, actors):
        return
    mover = roles.subject(verb)
    if mover is None or not _mover(mover, actors):
        return
    if _no_longer(verb):
        if _conditional(verb):
            return
        yield Draft.defection(verb, [mover], "syntax", left=[side], strength=0.55, modality=Modality.ASSERTED)
    elif _now(verb) and (left := _left_beside(verb, mover, actors)) is not None:
        yield Draft.defection(verb, [mover], "syntax", left=left, to=[side], strength=0.55)


def _side(token: Token, actors: Actors) -> bool:
    """True for a side one obeys: a state's or an armed side ("the junta's township office", "the SDF"), a cartel or
    a gang; an organisation only when it is a group kg types ("the Red Cross" is none)."""
    kind = side_kind_held(token, actors)
    if kind == "state" or token.lemma_.lower() in ("cartel", "gang"):
        return True
    if kind != "armed":
        return False
    # an organisation the NER tagged, and nothing else says is armed: "the Red Cross"
    return token.ent_type_ != "ORG" or is_group(token, actors) or acronym(token) or token.ent_id_ != ""


def _mover(mover: Token, actors: Actors) -> bool:
    """True for who obeys a side: a member, a rank or an official ("the village headman"), a group, fighters; a
    pronoun for them; never a place, nor nurses or staff (no member of a side)."""
    if mover.ent_type_ in ("GPE", "LOC") and not is_group(mover, actors):
        return False
    if mover.pos_ == "PRON":
        return mover.lower_ in ("he", "she", "it", "they", "we")
    return (
        is_member(mover)
        or is_rank_or_member(mover)
        or is_group(mover, actors)
        or is_combatant(mover, actors)
        or mover.lemma_.lower() in _OFFICIALS
        or mover.ent_type_ in ("PERSON", "ORG")
        or mover.ent_type_ == "FAC"
        and mover.pos_ == "PROPN"  # "the Nueva Cuadrilla of Coalcomán", a group's name
    )


_OFFICIALS = frozenset({"headman", "chief", "elder", "sheikh", "leader", "official", "administrator", "mayor"})


def _obeyed(verb: Token, preps: tuple[str, ...]) -> Token | None:
    """The side a verb of obeying names: its preposition's object, or the side a hold names ("under the banner of
    X", "under the command of X", "in the ranks of X")."""
    found = roles.pobjs(verb, *preps) if preps else list(roles.children(verb, "dobj"))
    found = [t for t in found if t.ent_type_ not in ("DATE", "TIME") and t.lower_ not in ("today", "now")]
    if not found:
        return None
    held = found[0]
    of = roles.pobjs(held, "of")
    if held.lemma_.lower() in ("banner", "flag", "command", "rank", "orders", "order", "umbrella") and of:
        return of[0]
    return held


def _no_longer(verb: Token) -> bool:
    """True for "no longer" (or "not ... any longer") on the verb."""
    for c in verb.children:
        if c.lower_ == "longer" and any(n.lower_ in ("no", "any") for n in c.children):
            return True
    return False


def _now(verb: Token) -> bool:
    """True for "now", "from today" or "instead" on the verb: a command that changed."""
    if any(c.dep_ == "advmod" and c.lower_ in ("now", "instead") for c in verb.children):
        return True
    return any(t.lower_ in ("today", "now") for t in roles.pobjs(verb, "from"))


def _conditional(verb: Token) -> bool:
    """True for a break made under a condition or as a threat: "would no longer fight for X unless ...", "warned that
    it would no longer take orders"."""
    clause = verb
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in clause.children):
        return True
    if any(c.dep_ == "advcl" and any(m.lower_ in _CONDITIONS for m in c.children) for c in clause.children):
        return True
    while clause.dep_ in ("ccomp", "conj", "xcomp") and clause.head is not clause:
        clause = clause.head
        if clause.lemma_.lower() in _THREATS:
            return True
    return False


def _left_beside(verb: Token, mover: Token, actors: Actors) -> list[Token] | None:
    """The side left told beside a "now": the object of a coordinated verb of leaving ("has left our coordination and
    now works for X": [] when it names no side), or the side of a former bond in the mover's relative clause ("who once
    worked for X", "who had been loyal to politicians"); None when nothing tells a side was left."""
    others = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
    for other in others:
        if other.lemma_.lower() in _LEAVINGS and other.i < verb.i:
            left = list(roles.children(other, "dobj")) + roles.pobjs(other, "from")
            return [t for t in left if _side(t, actors)]
    for clause in (c for c in mover.children if c.dep_ in ("relcl", "acl", "appos")):
        if not _former(clause):
            continue
        bonds = [clause, *(c for c in clause.children if c.dep_ == "acomp")]
        for bond in (b for b in bonds if b.lemma_.lower() in _FORMER_BONDS):
            sides = roles.pobjs(bond, "for", "to", "with", "in", "under")
            return [s for s in sides if _side(s, actors)]
    return None


def _former(clause: Token) -> bool:
    """True for a clause told as past against the "now": "who once worked for", "who had been loyal to"."""
    if any(c.lower_ in ("once", "formerly", "previously") for c in clause.children):
        return True
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children)
