"""Assaults told as an attempt beaten off, as military releases and situation reports tell them: "the terrorists
attempted to infiltrate Kawuri-Firgi but were repelled", "enemy assault groups tried again to enter Orlivka and were
thrown back".  The verb of going in (infiltrate, enter, breach) is no violence on its own ("the delegation entered
the town"); an armed side's attempt at it that was repelled is an assault on the place it tried to get into.  The
side that tried is the doer, the place the target; who beat it off is told by the repelling (releases.py)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import roles, senses
from kg.extract.registry import lemmas

# Verbs of getting into a place an assault is told by when it was beaten off.
APPROACH_VERBS = ("infiltrate", "enter", "penetrate", "breach")
ATTEMPT_PATTERNS: list[list[dict]] = [lemmas(*APPROACH_VERBS, pos=("VERB",))]
# The attempt: "attempted to", "tried (again) to", "sought to".
_ATTEMPTING = frozenset({"attempt", "try", "seek"})
# Verbs of beating an attempt off: repelled, repulsed, rebuffed; "thrown back", "beaten back", "pushed back".
_BEATING_OFF = frozenset({"repel", "repulse", "rebuff"})
_BEATING_BACK = frozenset({"throw", "beat", "push", "drive", "force", "hurl"})
# A document without any of these words holds no attempt beaten off (the trigger table and the prefilter skip it);
# "enter" is common, and "back" is in most documents, so an entering needs a word of beating off or throwing.
ATTEMPT_REQUIRES = dict.fromkeys(APPROACH_VERBS, _BEATING_OFF | {"back"}) | {"enter": _BEATING_OFF | {"throw", "hurl"}}


def beaten_off(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """True when ``verb`` is what an armed side attempted and was beaten off from: "attempted to infiltrate
    Kawuri-Firgi but were repelled" (the repelling a conjunct of the attempt).  Not an attempt that was not beaten
    off ("tried to enter the town to buy food"), nor one by anyone but an armed side ("the delegation tried to enter
    the compound but was turned back")."""
    attempt = verb.head
    if verb.dep_ != "xcomp" or attempt.lemma_.lower() not in _ATTEMPTING or target is None:
        return False
    if agent is None or not senses.armed_actor(agent):
        return False
    return any(_beaten(c) for c in roles.children(attempt, "conj"))


def _beaten(verb: Token) -> bool:
    """ "were repelled", "was repulsed", "were thrown back": the attempters beaten off (a passive conjunct)."""
    lemma = verb.lemma_.lower()
    if not roles.is_passive(verb) and verb.tag_ != "VBN":
        return False
    return lemma in _BEATING_OFF or (lemma in _BEATING_BACK and any(c.lower_ == "back" for c in verb.children))


SENSES = dict.fromkeys(APPROACH_VERBS, beaten_off)
