"""Wars and their fronts, which a deed is fought in or on and never against: "rebel units launched a new offensive on
the eastern front", "troops are fighting on two fronts", "raids on the desert war front". Reports of a long war name
its fronts as often as its targets, and the parser hangs them on the deed noun by "on" as it does "attacks on army
posts"; such a front is where the fighting was, not what was attacked."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.syntax import pobjs


def war_or_front(token: Token) -> bool:
    """True for a war as a whole or a front of it, which a deed is fought in or on, never against: "a new offensive
    on the eastern front", "fighting on two fronts", "a war of attrition"; not a front someone holds ("stormed the
    fronts of two brigades", "attacked the Kasana front") or a group named a front ("the Polisario Front")."""
    if token.pos_ != "NOUN" or not token.text.islower() or token.lemma_.lower() not in _WARS_AND_FRONTS:
        return False
    if token.lemma_.lower() in _WARS:
        return True
    held = any(c.dep_ in ("compound", "poss", "nmod") and (c.ent_type_ or c.pos_ == "PROPN") for c in token.children)
    return not held and not pobjs(token, "of")


_WARS = frozenset({"war", "warfare", "insurgency", "conflict"})
_WARS_AND_FRONTS = _WARS | {"front", "frontline", "front-line"}
