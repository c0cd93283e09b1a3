"""Event nouns named as a threat one guards against, counters or suffers from as a kind, not as an incident.

Policy news, budgets and defence pages speak of attacks as a danger: "a new strategy to counter drone attacks on
critical infrastructure", "agreed to boost air defences against missile strikes", "reservists rehearsed the defence of
the capital against an air attack", "compensation for families of victims of terrorist attacks". No incident is told
there and the guidelines annotate none. The frame reads the noun's governor, not the noun: a bare or indefinite event
noun (no article that points to one, no possessive, number, date or named actor) that is

* the "against" object of a word of protection or readiness, up to two heads above the preposition ("defences
  against", "the defence of the capital against", "insurance against", "to protect the grid against");
* the object of a verb of countering or preventing ("to counter drone attacks", "measures to deter attacks");
* what victims, survivors or a fund are "of"/"for" ("victims of terrorist attacks").

"The army repelled an attack on the base" (no word of protection), "victims of the Kampala bombings" (definite) and
"defences against the Russian offensive in Kharkiv" (named) stay events. :func:`kinds.of_a_kind` asks
:func:`guarded_against`.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon

# Words of protection or readiness whose "against" object is a kind of threat.
_GUARDS = lexicon.PROTECT_VERBS | frozenset({
    "defence", "defense", "protection", "shield", "safeguard", "insurance", "precaution", "resilience", "vigilance",
    "preparedness", "rehearse", "drill", "harden", "fortify", "boost", "strengthen", "bolster", "measure", "system",
    "immunity", "deterrent", "countermeasure", "barrier", "wall", "fence",
})  # fmt: skip
# Verbs whose object is a danger to be kept off, not a deed done: "to counter drone attacks".
_COUNTERS = frozenset({"counter", "deter", "prevent", "avert", "forestall", "combat", "tackle", "curb", "discourage"})
# Nouns of those who suffer a kind of deed, or of what is paid for it: "victims of terrorist attacks".
_SUFFERERS = frozenset({"victim", "survivor", "fund", "compensation", "insurance"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your"})
_SPECIFIC = frozenset({"DATE", "TIME", "CARDINAL", "GPE", "LOC", "FAC", "ORG", "NORP", "PERSON", "EVENT", "ORDINAL"})


def guarded_against(noun: Token) -> bool:
    """True when the event noun ``noun`` (the head of its phrase) is a kind of threat by the module's frames."""
    if not _a_kind(noun):
        return False
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i < noun.i:
        noun = noun.head  # "against sabotage and armed attacks"
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "against":
        above = [head.head, head.head.head, head.head.head.head]
        return any(t.lemma_.lower() in _GUARDS for t in above)
    if noun.dep_ == "dobj" and head.lemma_.lower() in _COUNTERS:
        return head.tag_ in ("VB", "VBZ", "VBP", "VBG")  # "to counter", "counters"; not "prevented an attack"
    if noun.dep_ == "pobj" and head.lower_ in ("of", "for") and head.head.lemma_.lower() in _SUFFERERS:
        return noun.tag_ in ("NNS", "NNPS")
    return False


def _a_kind(noun: Token) -> bool:
    """A bare or indefinite noun phrase that picks out no one deed: no "the", possessive, number, date or name."""
    for c in noun.subtree:
        if c.i == noun.i:
            continue
        if c.head.i == noun.i and (c.dep_ in ("poss", "nummod") or c.dep_ == "det" and c.lower_ in _DEFINITE):
            return False
        if c.ent_type_ in _SPECIFIC or c.ent_id_:
            return False
    return True
