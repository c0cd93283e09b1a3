"""The side a mover joined before, told earlier in the document, for the DEFECTION rule
(kg.extract.rules.defection): the side a change of side leaves in a career told step by step.

Profiles, obituaries and long articles tell a career as a chain of moves and name each side once, when it is joined:
"he joined the insurgent Kafa Brigade after 2003 ... In 2014 Salim went over to the jihadists ...; two years later he
surrendered to Peshmerga forces", "Ahead of the 2015 elections he defected to the PDP ... In 2022 he moved again, this
time to the Labour Party", "he followed his commander into the Jubba Shield ... In 2019 he defected to the Federal
Government". Each move's clause names only where the mover went; the side it left is the one the document last said
the same mover joined, went over to, began in or became one of the people of. :func:`joined_before` reads that: the
nearest clause before the move whose subject stands for the same actor as the mover (its name, a surname or a
pronoun, as kg.extract.actors resolves them, or a profile's "he") and whose verb joins a side ("joined X", "was
recruited into X", "followed Y into X", "began his career in X"), goes over to one ("defected to X", "went over to X",
"switched to X") or makes the mover one of its people ("became a senior figure of X"). The side must be a group, a
force or a party, never the side the move goes to. It fills the side left only when the move's own clause, the
mover's phrase and its apposition named none (kg.extract.rules.sides reads those first); kg.extract.rules.servedside
then reads serving anywhere. "came back as a fighter of X" is not read: an "as" phrase's "of X in Y" loses its place
to the event and gave a wrong side on stress11.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import roles
from kg.extract.actors import Actors
from kg.extract.registry import Draft
from kg.extract.rules.defectors import is_group, is_rank_or_member
from kg.extract.rules.servedside import same_actor, side_left_open
from kg.models import EntityKind, Mention

# Verbs whose object is the side joined: "joined X", "rejoined X", "enlisted in X" reads its "in".
_JOINING = frozenset({"join", "rejoin"})
# Verbs of a move whose "to" phrase is the side gone to: "defected to X", "went over to X", "moved to X".
_MOVING = frozenset({"defect", "go", "move", "switch", "cross", "rally", "return", "surrender", "decamp"})
# Verbs whose "into"/"in" phrase is the side entered: "followed Turki into al-Shabaab", "was recruited into X",
# "began his career in X", "enlisted in X".
_ENTERING = {"follow": ("into",), "recruit": ("into",), "begin": ("in",), "start": ("in",), "enlist": ("in", "into")}
# Verbs that make the mover one of a side's people: "became a senior figure of X", "rose to become a commander of X".
_BECOMING = frozenset({"become"})
# Title words a "became"/"as" phrase names a side's people by, beyond members and ranks.
_PEOPLE = frozenset({"figure", "leader", "member", "emir", "deputy", "chief", "head", "founder", "courier"})
_NOT_SIDES = ("GPE", "LOC", "FAC", "DATE", "TIME", "PERSON", "CARDINAL", "NORP", "MONEY")


def joined_before(draft: Draft, actors: Actors) -> Draft:
    """``draft`` with its side left filled, when empty or a pronoun nobody resolved, by the side the document last
    said its mover joined before the move (the module docstring)."""
    if (open_side := side_left_open(draft, actors)) is None:
        return draft
    said, gone = open_side
    doc = draft.trigger.doc
    for verb in (doc[i] for i in range(draft.trigger.i - 1, -1, -1)):
        sides = _sides_entered(verb, actors) if verb.pos_ in ("VERB", "AUX") else []
        subject = (roles.subject(verb) or roles.first(roles.children(verb, "nsubjpass"))) if sides else None
        same = actors.mention(subject) if subject is not None else None
        if subject is None or same is None:
            continue
        if not (same_actor(same, said) or _profile_pronoun(subject, draft.agents[0], said)):
            continue
        for side in sides:
            named = actors.mention(side)
            if named is not None and named.entity.key not in gone | {said.entity.key}:
                draft.targets = [side]
                return draft
    return draft


def _profile_pronoun(subject: Token, mover: Token, said: Mention) -> bool:
    """True for a "he" or "she" that a profile's chain of clauses gives the mover: kg's coreference hands a pronoun to
    the last person named ("A former major in Saddam Hussein's Republican Guard, he joined ..."), while a career told
    clause by clause keeps its subject; only for a person mover, named or told by the same pronoun."""
    if subject.lower_ not in ("he", "she"):
        return False
    return mover.lower_ == subject.lower_ or mover.pos_ == "PROPN" and said.entity.kind is EntityKind.PERSON


def _sides_entered(verb: Token, actors: Actors) -> list[Token]:
    """The sides a clause says its subject entered, the latest first: "joined X as a youth and later Y" -> Y, X."""
    lemma = verb.lemma_.lower()
    found: list[Token] = []
    if lemma in _JOINING and not roles.is_passive(verb):
        found = [c for o in roles.children(verb, "dobj") for c in roles.conjuncts(o)]
    elif lemma in _ENTERING:
        found = roles.pobjs(verb, *_ENTERING[lemma])
        found += [o for d in roles.children(verb, "dobj") for o in roles.pobjs(d, *_ENTERING[lemma])]  # "his career in"
    elif lemma in _MOVING:
        found = roles.to_objects(verb) + [p for c in verb.children if c.lower_ == "over" for p in roles.pobjs(c, "to")]
    if lemma in _BECOMING:
        titles = list(roles.children(verb, "attr"))
        found += [
            o for t in titles if is_rank_or_member(t) or t.lemma_.lower() in _PEOPLE for o in roles.pobjs(t, "of", "in")
        ]
    sides = [t for t in found if t.ent_type_ not in _NOT_SIDES and (is_group(t, actors) or t.pos_ == "PROPN")]
    return list(reversed(sides))
