"""Support named beside a deed: "Iraqi troops, backed by coalition helicopters, stormed the village", "With the
support of A-29 aircraft, the army retook the district centre", "Under cover of Russian air strikes, the army
stormed the town".  The supporters are no doers of the deed, so their words never make it an air strike; support
from the air is a strike of its own on what the deed hit (:func:`kg.extract.rules.violence.aerial.air_support`).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import roles
from kg.extract.rules.violence import words


def supporters(trigger: Token) -> list[tuple[Token, Token]]:
    """(phrase, head) of each support phrase of the deed at ``trigger``: the phrase's opening word (the participle
    or the preposition, whose subtree is the whole phrase) and the head of what it names as the support.  Read on
    the trigger and on its doer: a participle "backed/supported by X" (also fronted: "Backed by X, troops ..."),
    "with the support of X", "with support from X", "under (the) cover of X", "with X air support", and a partner
    in the deed: "in coordinated action with X", "in cooperation with X"."""
    hosts = [trigger]
    verb = _deed_verb(trigger)
    if verb is not trigger:
        hosts.append(verb)  # "Supported by air strikes, the division launched an offensive"
    doer = supported_doer(trigger)
    if doer is not None:
        hosts.append(doer)
    found: list[tuple[Token, Token]] = []
    for host in hosts:
        for c in host.children:
            if c.dep_ in ("acl", "advcl") and c.tag_ == "VBN" and c.lemma_.lower() in words.SUPPORT_VERBS:
                found += [(c, b) for b in roles.pobjs(c, "by")]
            elif c.dep_ == "prep" and c.lower_ == "in":
                # "in coordinated action with the Air Force", "in cooperation with Russian aviation": a partner
                found += [
                    (c, n)
                    for j in roles.children(c, "pobj")
                    if j.lemma_.lower() in words.JOINT_NOUNS
                    for n in roles.pobjs(j, "with")
                ]
            elif c.dep_ == "prep" and c.lower_ in words.SUPPORT_PREPS:
                for noun in roles.children(c, "pobj"):
                    if noun.lemma_.lower() in words.SUPPORT_NOUNS:
                        named = roles.pobjs(noun, "of", "from")  # "with support from coalition helicopters"
                        found += [(c, n) for n in named] if named else [(c, noun)]  # "with coalition air support"
    return found


def _deed_verb(trigger: Token) -> Token:
    """The verb that tells the deed: the trigger, or the light verb an event noun is the object of."""
    if trigger.pos_ in roles.VERB_POS or trigger.dep_ != "dobj":
        return trigger
    return trigger.head if trigger.head.lemma_.lower() in roles.LIGHT_VERBS else trigger


def supported_doer(trigger: Token) -> Token | None:
    """Who did the deed at ``trigger`` that a support phrase backs: the subject of its verb (of the light verb
    of an event noun: "the division launched an offensive")."""
    verb = _deed_verb(trigger)
    return roles.subject(verb) if verb.pos_ in roles.VERB_POS else None


def support_words(trigger: Token) -> set[int]:
    """Indices of the tokens of the support phrases of the deed at ``trigger``: what backs the doer is not the
    doer ("Somali forces, supported by Kenyan jets, attacked a base" is a ground attack)."""
    return {t.i for phrase, _ in supporters(trigger) for t in phrase.subtree}
