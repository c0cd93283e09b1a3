"""A projectile told with its launch: "in response to rockets launched from Gaza toward Sderot", "a Scud missile
fired at Jizan, which air defences intercepted", "Rocket fire continued toward Ashkelon overnight".

Agency and ministry statements tell the rockets and missiles of the other side this way, often beside the air
strike that answered them, and the guidelines count them as an attack whether or not they were intercepted: the
place aimed at is the target, the launcher (a "by" phrase) the doer, or nobody.  The weapon's model name on the
noun ("Scud", "Grad", "Qassam", which the small model tags PERSON, ORG or GPE) names no doer.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import roles

# Projectile nouns whose launch, not their impact, tells the attack.
PROJECTILES = frozenset({"rocket", "missile", "mortar", "projectile", "fire", "shell"})
# Verbs that send a projectile off; the place they aim it at is its target.
LAUNCH_VERBS = frozenset({"fire", "launch", "lob", "shoot"})
# Verbs a projectile is the subject of on its way: "rocket fire continued toward Ashkelon", "rockets rained on X".
HEADING_VERBS = frozenset({"continue", "rain", "slam", "fly", "head", "hit", "land"})
AIM_PREPS = ("at", "toward", "towards", "into", "on", "upon")
# Modifiers on a projectile noun that do name its doer: a nation or people ("Houthi missiles", "Iranian drones").
_DOER_LABELS = frozenset({"NORP"})


def launcher(noun: Token) -> Token | None:
    """The verb that sent ``noun`` off: "rockets launched from Gaza" (a participle on the noun), "a missile was fired
    at Jizan", "fired two rockets toward Sderot"."""
    if noun.lemma_.lower() not in PROJECTILES:
        return None
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in LAUNCH_VERBS:
            return child
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in LAUNCH_VERBS:
        return noun.head
    if (
        noun.dep_ == "nsubj"
        and noun.head.lemma_.lower() in LAUNCH_VERBS
        and roles.first(roles.children(noun.head, "dobj")) is None
    ):
        return (
            noun.head
        )  # "a Scud missile fired at Jizan was intercepted": the parser's subject, a missile fires nothing
    return None


def aimed(noun: Token) -> list[Token]:
    """The place or target ``noun`` was sent at: "launched from Gaza toward Sderot" -> Sderot, "Rocket fire continued
    toward Ashkelon" -> Ashkelon, and any event noun's own aim ("a cross-border attack into southern Israel"); []
    when no aim is told (a "from" phrase is where it came from)."""
    verb = launcher(noun)
    if verb is None and noun.dep_ == "nsubj" and noun.lemma_.lower() in PROJECTILES:
        verb = noun.head if noun.head.lemma_.lower() in HEADING_VERBS else None
    found = roles.pobjs(verb, *AIM_PREPS) if verb is not None else []
    found += roles.pobjs(noun, "toward", "towards", "into")
    return [t for t in found if roles.can_fill(t, doer=False)]


def launched_by(noun: Token) -> list[Token]:
    """Who launched ``noun``, told on its participle: "a missile fired by Houthi rebels"."""
    verb = launcher(noun)
    if verb is None or verb.dep_ not in ("acl", "ROOT", "ccomp") or noun.dep_ == "dobj":
        return []
    return [t for t in roles.pobjs(verb, "by") if roles.can_fill(t, doer=True)]


def model_name(noun: Token, agent: Token) -> bool:
    """True when ``agent`` is the model name on projectile ``noun`` ("a Scud missile", "Grad rockets"), no doer:
    a proper-noun modifier of the noun itself that the gazetteer does not know and that names no nation or people."""
    return (
        noun.lemma_.lower() in PROJECTILES
        and agent.head.i == noun.i
        and agent.dep_ in ("compound", "amod")
        and agent.pos_ == "PROPN"
        and not agent.ent_id_
        and agent.ent_type_ not in _DOER_LABELS
    )


# Where a missile hits no one: "fired a ballistic missile into the sea".  Not the air: shots fired into the air to
# break up a crowd are crowd-control violence to the guidelines (a stress4 attack was lost when the air counted).
_NOWHERE = frozenset({"sea", "ocean", "water", "waters"})
_TESTS = frozenset({"test"})


def fired_at_nothing(verb: Token) -> bool:
    """True for a launch or firing that attacks no one: a test ("test-fired a cruise missile", "a test launch"), or one
    whose only aim is the sea ("fired a ballistic missile into the sea"), with no one hurt."""
    if verb.lemma_.lower() not in LAUNCH_VERBS:
        return False
    if any(c.lower_ in _TESTS for c in verb.children if c.dep_ in ("npadvmod", "compound", "advmod", "amod", "dep")):
        return True  # "test-fired", split at its hyphen
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    if any(c.lower_ in _TESTS for o in objects for c in o.children if c.dep_ in ("amod", "compound")):
        return True  # "a test missile"
    aims = roles.pobjs(verb, "into", "at", "toward", "towards", "over", "in")
    return bool(aims) and all(a.lemma_.lower() in _NOWHERE for a in aims) and not roles.sentence_lemmas(verb) & _HURT


_HURT = frozenset({"kill", "wound", "injure", "hit", "damage", "destroy", "casualty", "dead"})
