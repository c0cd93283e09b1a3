"""The side a mover left, told in the description set beside the mover rather than in the clause of the move.

Regional press introduces a politician or a commander who changes side by what he was: "Senator Bassey Ekpo, who
was elected on the platform of the PDP, has defected to the APC", "The former deputy governor, a founding member of
the NPP, announced his defection to the NDC", "Commander Abu Usama al-Shami, formerly of Jabhat al-Nusra, has
switched sides".  The clause of the move names only where he went; the side he left is in an apposition, a relative
clause of being elected for a party, or a phrase marked "formerly"/"previously".  :func:`described_side` reads those
three frames; :func:`kg.extract.rules.sides.completed` asks it only where the mover's own phrase named no side.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.extract import roles

# Nouns of belonging to a side, whose "of"/"in" phrase or name modifier is that side: "a founding member of the
# NPP", "a PDP chieftain", "a senior figure in al-Shabaab".
_BELONGING = frozenset({
    "member", "founder", "stalwart", "chieftain", "leader", "chairman", "chair", "official", "loyalist", "figure",
    "commander", "spokesman", "spokesperson", "cadre", "veteran", "emir", "lawmaker", "legislator", "secretary",
    "treasurer", "organiser", "organizer", "candidate", "standard-bearer", "flagbearer", "bigwig",
})  # fmt: skip
# Adverbs that put a phrase of belonging in the past: "formerly of Jabhat al-Nusra", "previously with the FDC".
_ONCE = frozenset({"formerly", "previously", "once", "earlier", "until"})
# Verbs of winning a seat for a party: "who was elected on the platform of the PDP", "elected on the APC ticket".
_ELECTED = frozenset({"elect", "win", "contest", "run", "return"})
# Nouns of a party's banner in an election: "on the platform of the PDP", "on the ticket of the APC".
_BANNERS = frozenset({"platform", "ticket", "banner", "list", "umbrella"})


def described_side(mover: Token, is_side: Callable[[Token], bool]) -> list[Token]:
    """The side ``mover`` belonged to by its apposition, election clause or "formerly" phrase (the module docstring),
    when ``is_side`` takes it for a side; [] otherwise."""
    for c in mover.children:
        if c.i < mover.i:
            continue
        found: list[Token] = []
        if c.dep_ == "prep" and c.lower_ in ("of", "with", "in") and any(a.lower_ in _ONCE for a in c.children):
            found = roles.pobjs(mover, c.lower_)  # "X, formerly of Jabhat al-Nusra"
        elif c.dep_ == "appos" and c.lemma_.lower() in _BELONGING:
            modifiers = [m for m in c.children if m.dep_ in ("compound", "nmod", "amod") and m.i < c.i]
            found = roles.pobjs(c, "of", "in") + modifiers  # "a founding member of the NPP", "a PPP stalwart"
        elif c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _ELECTED:
            banners = roles.pobjs(c, "on", "under", "with", "as")
            found = [t for b in banners for t in ([*roles.pobjs(b, "of"), *b.children] if _banner(b) else [b])]
        sides = [t for t in found if t.pos_ in ("PROPN", "NOUN") and is_side(t)]
        if sides:
            return sides[:1]
    return []


def _banner(token: Token) -> bool:
    return token.lemma_.lower() in _BANNERS
