"""What a deed was done with or for rather than to: a weapon as the object of a verb of using it ("used roadside
bombs", "detonated explosives") and a vehicle made into a bomb ("detonated an explosives-laden vehicle near a market",
"rammed a car packed with explosives into the gate"), which is the weapon, never the target, when it is used; "jets
destroyed a boat laden with explosives" keeps the boat as what was hit.  The side one fought on ("fought on his
side", "on opposite sides") is whom one fought for."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.role_words import WEAPON_HEADS
from kg.extract.syntax import pobjs

_WIELD_VERBS = frozenset({
    "use", "employ", "detonate", "plant", "carry", "wield", "brandish", "set", "deploy", "ram", "drive", "park",
})  # fmt: skip


def instrument(token: Token) -> bool:
    """True for a weapon that is the object of a verb of wielding it ("used roadside bombs", "rammed an
    explosives-laden truck into the gate")."""
    return (
        token.dep_ == "dobj"
        and (token.lemma_.lower() in WEAPON_HEADS or rigged(token))
        and token.head.lemma_.lower() in _WIELD_VERBS
        and not any(c.ent_type_ or c.ent_id_ for c in token.children if c.dep_ in ("poss", "compound", "amod"))
    )


# Words that make a vehicle a bomb: "an explosives-laden vehicle", "a car packed with explosives", "a truck rigged
# with explosives", "a booby-trapped car", "a vehicle-borne device"; "booby-trapped" and "rigged" say it alone.
LOADED = frozenset({"laden", "pack", "load", "fill", "stuff", "rig", "trap", "wire"})
_BOMB_ALONE = frozenset({"rig", "trap"})
_CHARGES = lexicon.THROWN_WEAPONS | {"explosive", "tnt", "bomb", "device", "ied", "munition"}


def wielded_bomb(token: Token) -> bool:
    """True for a vehicle made into a bomb as the object of a verb of using it: "detonated an explosives-laden
    vehicle", "rammed a car packed with explosives into the gate"; not "jets destroyed a boat laden with explosives",
    where the boat is what was hit."""
    return rigged(token) and token.dep_ == "dobj" and token.head.lemma_.lower() in _WIELD_VERBS


def rigged(token: Token) -> bool:
    """True for a vehicle made into a bomb: "detonated an explosives-laden vehicle near a market", "a car packed
    with explosives"; not "a truck loaded with soldiers"."""
    if token.lemma_.lower() not in lexicon.VEHICLE_NOUNS:
        return False
    for mod in token.children:
        if mod.dep_ not in ("amod", "acl") or mod.lemma_.lower() not in LOADED:
            continue
        if mod.lemma_.lower() in _BOMB_ALONE:
            return True
        charges = [c for c in mod.children if c.dep_ in ("npadvmod", "amod", "compound")] + pobjs(mod, "with")
        if any(c.lemma_.lower() in _CHARGES for c in charges):
            return True
    return False


# Verbs and nouns of fighting whose "on ... side" names the side fought for: "fought on his side", "served on the
# government's side", "three battles, on different sides".
_FOUGHT_FOR = frozenset({"fight", "battle", "serve", "stay", "remain", "war", "clash"})


def side_fought_for(token: Token) -> bool:
    """True for the side one fought on: "stayed loyal and fought on his side", "two brothers fought on opposite
    sides", "fought in three battles, on different sides"; never a place's side ("on the western side of the town")."""
    if token.lemma_.lower() != "side" or token.dep_ != "pobj" or token.head.lower_ != "on" or pobjs(token, "of"):
        return False
    return token.head.head.lemma_.lower() in _FOUGHT_FOR
