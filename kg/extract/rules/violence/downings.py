"""Aircraft brought down: "the Houthis said they had downed a U.S. MQ-9 Reaper", "rebels brought down an army
helicopter", "a Shahed drone was downed over Kyiv region", "the drone was intercepted by a fighter jet".

Shooting down aircraft is an attack by the annotation guidelines, whatever verb the report uses; "shot down" is
read by the harm verbs already.  These verbs are violence only when what they act on flies (the aircraft words of
:func:`aerial.aerial_token`): "downed tools", "brought down the government" and "intercepted a call" are not.  The
aircraft brought down is the target and never makes the deed an air strike (:func:`aerial._patient_side`); a
downer that flies itself ("intercepted by a fighter jet") does.  Only drones are downed by an interception: jets
that "intercepted Russian bombers over the Baltic" escorted them away.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon, roles
from kg.extract.registry import lemmas
from kg.extract.rules.violence.aerial import aerial_token

# Verbs of bringing down what flies; "bring" only with its particle "down".
DOWNING_VERBS = ("down", "intercept", "bring")
DOWNING_PATTERNS: list[list[dict]] = [lemmas(*DOWNING_VERBS, pos=("VERB",))]
# A document without any aircraft word holds no downing (the trigger table and the prefilter skip it).
DOWNING_REQUIRES = dict.fromkeys(DOWNING_VERBS, lexicon.AERIAL_LEMMAS | lexicon.AIRCRAFT_NAMES)


def downed(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """True when ``verb`` brings down aircraft: its object (or passive subject) is aircraft."""
    if verb.lemma_.lower() == "bring" and not any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
        return False
    patients = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]  # "a U.S. MQ-9 Reaper": two objects
    patients += [target] if target is not None else []
    flown = [t for p in patients for c in roles.conjuncts(p) for t in (c, *c.children) if t.dep_ != "det"]
    if verb.lemma_.lower() == "intercept":
        # "NATO jets intercepted Russian bombers over the Baltic" is an escort; a drone intercepted is downed
        return any(t.lemma_.lower() in UNMANNED for t in flown)
    return any(aerial_token(t) for t in flown)


# Aircraft that an interception destroys: nobody escorts a drone away.
UNMANNED = frozenset({"drone", "uav", "quadcopter", "shahed", "geran"})


SENSES = dict.fromkeys(DOWNING_VERBS, downed)
