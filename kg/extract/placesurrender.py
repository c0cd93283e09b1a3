"""Sentences that tell a surrender again in other words, so that their place is the surrender's scene.

Wire copy names a surrender in its lead ("A Maoist area commander surrendered on Tuesday") and where it happened in the
next sentence, in the words of handing oneself or one's arms over: "Ramesh Oyam gave himself up before the
superintendent of police in Sukma", "They laid down their weapons at a ceremony in Djugu", "The fighters handed over
15 rifles at the camp in Kadugla".  kg.extract.placescene reads such a sentence's places as scenes, as it reads those
of a sentence with "surrender" or "defection" in it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# Verbs of a surrender told by what is given up, and the particle each takes: "gave himself up", "handed over
# their weapons", "turned themselves in", "laid down their arms".
_GIVING = {"give": "up", "hand": "over", "turn": "in", "lay": "down"}
# What is given up in a surrender: oneself or one's arms.
_ARMS = frozenset({"arm", "arms", "weapon", "gun", "rifle", "firearm"})


def tells_surrender(sent: Span) -> bool:
    """True when ``sent`` tells of giving oneself or one's arms up: "gave himself up", "handed themselves over to the
    army", "laid down their weapons"; not "gave up hope" nor "handed over a letter"."""
    return any(_gives_up(tok) for tok in sent if tok.pos_ in ("VERB", "AUX"))


def _gives_up(verb: Token) -> bool:
    particle = _GIVING.get(verb.lemma_.lower())
    if particle is None:
        return False
    if not any(c.lower_ == particle and c.dep_ in ("prt", "advmod", "prep") for c in verb.children):
        return False
    given = [c for c in verb.children if c.dep_ == "dobj"]
    given += [o for c in verb.children if c.dep_ in ("prt", "prep") for o in c.children if o.dep_ == "pobj"]
    return any(o.lower_.endswith(("self", "selves")) or o.lemma_.lower() in _ARMS for o in given)
