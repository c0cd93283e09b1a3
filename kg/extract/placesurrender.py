"""Sentences that tell a surrender again in other words, so that their place is the surrender's scene, and the seat of
the authority a mover gives himself up before.

Wire copy names a surrender in its lead ("A Maoist area commander surrendered on Tuesday") and where it happened in the
next sentence, in the words of handing oneself or one's arms over: "Ramesh Oyam gave himself up before the
superintendent of police in Sukma", "They laid down their weapons at a ceremony in Djugu", "The fighters handed over
15 rifles at the camp in Kadugla".  kg.extract.placescene reads such a sentence's places as scenes, as it reads those
of a sentence with "surrender" or "defection" in it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.lexicon import ADMIN_AREAS
from kg.extract.syntax import VERB_POS, governor, pobjs

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


# Holders of civil authority a mover gives himself up before, named for their seat: "the emir of Anka", "the governor
# of Tillaberi", "the Manika-Barwadih police", "the Zamfara state government". A force ("the army") is a side.
_AUTHORITIES = frozenset({
    "police", "government", "authorities", "authority", "administration", "governor", "emir", "commissioner",
    "superintendent", "chief", "council", "mayor", "prefect", "administrator", "collector", "magistrate", "sultan",
})  # fmt: skip
# Authorities that are one office holder, whose "of" phrase is his seat: "the emir of Anka", "the governor of X".
_SEAT_HOLDERS = frozenset({"governor", "emir", "commissioner", "mayor", "prefect", "administrator", "sultan"})
# Verbs of giving oneself up or swearing before an authority, beside those of _GIVING.
_YIELDING = frozenset({"surrender", "swear", "pledge", "submit"}) | _GIVING.keys()
# What an authority is "of" that is no seat: "the Superintendent of Police", "the chief of staff".
_NO_SEATS = _AUTHORITIES | {"staff", "army", "defence", "interior", "state", "operations"}
# Name tags that are no place's, whatever slot the name stands in.
_NOT_SEATS = frozenset({"PERSON", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"})


def authority_seat(trigger: Token) -> Token | None:
    """The place a change of side happened when the mover gave himself up before or to an authority named for its
    seat, and the sentence names no other: "laid down arms before the emir of Anka" (Anka), "surrendered before the
    Manika-Barwadih police", "surrendered to the Zamfara state government", "handing in their weapons to the
    governor of Tillaberi". Not a side's name ("to the Taliban government": a gazetteer actor), a person's ("the
    Biden administration") or a title's ("the Superintendent of Police"); not a defection to an army."""
    verb = trigger if trigger.pos_ in VERB_POS else governor(trigger)
    if verb is None:
        return None
    verbs = [verb, *(c for c in verb.children if c.dep_ in ("conj", "advcl", "xcomp") and c.pos_ in VERB_POS)]
    for v in (v for v in verbs if v.lemma_.lower() in _YIELDING):
        # "handed in their rifles to the governor of X": the parser hangs the "to" phrase on what was handed in
        given = [c for c in v.children if c.dep_ == "dobj"]
        given += [o for c in v.children if c.dep_ in ("prt", "prep") for o in c.children if o.dep_ == "pobj"]
        for authority in pobjs(v, "before", "to") + [a for o in given for a in pobjs(o, "to", "before")]:
            if authority.lemma_.lower() not in _AUTHORITIES:
                continue
            held = authority.lemma_.lower() in _SEAT_HOLDERS  # "the emir of X": X is a seat, whatever the tagger says
            named = [c for c in authority.children if c.dep_ == "compound" and c.i < authority.i]
            for seat in [(s, held) for s in pobjs(authority, "of")] + [(c, _area_named(c)) for c in named]:
                if _seat(*seat):
                    return seat[0]
    return None


def _area_named(name: Token) -> bool:
    """True for a name written before an area noun: "Kebbi" of "the Kebbi state government"."""
    return any(n.lemma_.lower() in ADMIN_AREAS for n in name.doc[name.i + 1 : name.head.i])


def _seat(name: Token, slotted: bool) -> bool:
    """True for a name that can be an authority's seat: a proper name, no gazetteer actor, no acronym ("the SPLA
    government"), no title's word, and no person's or people's name unless its slot says it is a place
    (``slotted``: "the emir of Gidan Tsoho", "the Kebbi state government", the small model tags such names PERSON)."""
    if name.ent_id_ or name.lemma_.lower() in _NO_SEATS or (name.ent_type_ in _NOT_SEATS and not slotted):
        return False
    return name.pos_ == "PROPN" and not name.is_upper
