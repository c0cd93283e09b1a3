"""Links from a later mention to an incident told before, read off the incident's own participants and scene, for the
merge of one incident's mentions (kg.extract.sameincident.linked).

Reports retell an incident without an incident noun or a word for the doers: "Bandits attacked Kadisau village ...
the bandits, who came on motorcycles, shot sporadically", "Militants attacked a police station ... A suicide bomber
blew himself up at the station's main entrance", "Rebels shelled the town of Yarmina. Shells hit the hospital in
Yarmina".  Seven readings tie such a mention to the incident:

* **the doers named again by their own noun** (:func:`names_doers_by_noun`): a definite agent whose head noun is
  the head of one of the incident's unnamed agents, whatever the noun (kg.extract.incidentcues.names_doers_again
  knows only the words for doers: "the gunmen") ("Pirates attacked the tanker ... The pirates fired");
* **a part of a target** (:func:`names_part_of_target`): a definite target whose possessor or "of" object is a
  target of the incident ("the station's main entrance", "the gate of the hotel");
* **its weapon named again** (:func:`names_weapon_again`): a definite weapon noun before the trigger in its clause
  that a sentence of the incident named ("A grenade attack on a bar ... The grenade was thrown by two men");
* **the scene continued** (:func:`continues_scene`): a mention with no doer of its own, whose targets are all
  definite ("the hospital", "The vehicle") or counted victims, in the incident's own named place: a definite noun
  for something not told before is a part of the scene already set, while an indefinite one ("a bomb exploded at a
  market in Mopti") brings a new incident into the text;
* **its victims named again** (:func:`names_victims`): a target that is a definite noun for victims ("most of the
  victims were shot in the chest"): whoever they are, they are the victims of an incident already told;
* **a target named again by a pronoun** (:func:`names_target_by_pronoun`): a target that coreference took from an
  earlier sentence, where it is one of the incident's targets ("attacked an African Union base ... before gunmen
  stormed it");
* **the doers' own account** (:func:`told_by_doers`): the incident's doers, in reported speech, saying they did it
  ("Israeli warplanes struck a house ... The Israeli military said it had targeted a Hamas commander").

And one reading keeps the incident's type (:func:`recalls_air_strikes`): an air strike named in a later sentence by
an indefinite or bare noun ("an air raid on the town", "since air strikes on militant hideouts began") with no doer
of its own is background or another incident, so it does not make a ground attack an air strike.
"""

from __future__ import annotations

import re

from kg.events import family as family_of
from kg.extract.anaphora import CLAUSE_BREAK, QUANTITY_WORDS, head_word, noun_head, text_before
from kg.extract.incidentcues import OWN_ACCOUNT
from kg.extract.lexicon import DETERMINERS, VICTIM_HEADS, WEAPON_LEMMAS
from kg.extract.lexicon.places import ADMIN_AREAS, FACILITY_NOUNS, RELATIONAL_PLACES, SETTLEMENT_NOUNS
from kg.models import EntityKind, Event, EventType, Mention

_WORD = re.compile(r"[\w'-]+")
_NAMED = frozenset({EntityKind.STATE, EntityKind.ARMED_GROUP, EntityKind.ORGANISATION, EntityKind.PERSON})


def _definite(mention: Mention) -> bool:
    """True for a noun phrase opened by a definite determiner or a possessive: "the bandits", "The vehicle",
    "the station's main entrance"."""
    words = _WORD.findall(mention.span.text.lower())
    return len(words) >= 2 and (words[0] in DETERMINERS or words[0].endswith("'s"))


def _counted(mention: Mention) -> bool:
    """True for people counted: "12 people", "four officers"."""
    words = _WORD.findall(mention.span.text.lower())
    return bool(words) and (words[0][0].isdigit() or words[0] in QUANTITY_WORDS)


def names_doers_by_noun(cluster: Event, mention: Event) -> bool:
    """True when an agent of ``mention`` is a definite noun whose head is the head of one of ``cluster``'s unnamed
    agents: "Bandits attacked Kadisau ... the bandits shot", "Pirates attacked ... The pirates fired"."""
    heads = {noun_head(m.span.text) for m in cluster.agents if m.entity.kind not in _NAMED} - {""}
    return any(_definite(m) and noun_head(m.span.text) in heads for m in mention.agents)


# Kinds of arms a report names its doers by, one noun for another: "Israeli jets bombed ... the planes attacked",
# "its forces captured ... the Iranian troops seized".
ARMS_KINDS = (
    frozenset({"warplane", "jet", "aircraft", "plane", "airplane", "bomber", "fighter-bomber"}),
    frozenset({"helicopter", "gunship"}),
    frozenset({"force", "troop", "soldier"}),
)


def names_arms_again(cluster: Event, mention: Event) -> bool:
    """True when an agent of ``mention`` is a definite noun for the kind of arms one of ``cluster``'s agents is, named
    or not: "Turkish jets bombed rebel positions ... the planes attacked positions in the district", "Ethiopian forces
    captured a stronghold ... the Ethiopian troops seized it". Whose arms they are is the compatibility check's
    (kg.extract.sameincident.compatible): "the Eritrean troops" stay away from Ethiopian forces."""
    if family_of(mention.type) is not EventType.ATTACK:
        return False  # arms do deeds; "the Allied Democratic Forces" pledging is a group's name
    kinds = [kind for m in cluster.agents for kind in ARMS_KINDS if noun_head(m.span.text) in kind]
    return any(
        _definite(m) and _common_head(m) and noun_head(m.span.text) in kind for m in mention.agents for kind in kinds
    )


def _common_head(mention: Mention) -> bool:
    """True when the phrase's last word is a common noun, in lower case: "the Iranian troops", not a name ending in
    one ("the Allied Democratic Forces")."""
    words = _WORD.findall(mention.span.text)
    return bool(words) and words[-1].islower()


def names_part_of_target(cluster: Event, mention: Event) -> bool:
    """True when a target of ``mention`` is a definite part of a target of ``cluster``, named as its possessor or
    its "of" object: "a police station ... the station's main entrance", "a hotel ... the gate of the hotel"."""
    heads = {head_word(m.span.text) for m in cluster.targets} - {""}
    for target in mention.targets:
        if not _definite(target):
            continue
        words = _WORD.findall(target.span.text.lower())
        owners = {w.removesuffix("'s") for w in words if w.endswith("'s")}
        if "of" in words[1:]:
            owners.update(words[words.index("of", 1) + 1 :])
        if owners & heads:
            return True
    return False


def names_victims(mention: Event) -> bool:
    """True when a target of ``mention`` is the incident's victims named by a definite noun for victims: "most of the
    victims were shot in the chest", "The dead included two children": victims already counted by an incident."""
    for target in mention.targets:
        words = _WORD.findall(target.span.text.lower())
        if words and words[-1] in VICTIM_HEADS and any(w in DETERMINERS for w in words[:-1]):
            return True
    return False


def continues_scene(cluster: Event, mention: Event) -> bool:
    """True when ``mention`` has no doer of its own, names what it hit by definite nouns or counts only, and happened
    in ``cluster``'s own named place: "Rebels shelled the town of Yarmina. Shells hit the hospital in Yarmina"."""
    if mention.agents or not mention.targets or cluster.location is None or mention.location is None:
        return False
    if cluster.location.entity.key != mention.location.entity.key:
        return False
    return all(_definite(t) or _counted(t) for t in mention.targets)


def recalls_air_strikes(incident: Event, mention: Event) -> bool:
    """True when ``mention``, a later sentence's air strike with no doer of its own named by an indefinite or bare
    noun ("an air raid on the town", "air strikes on militant hideouts"), cannot make ``incident``, a ground attack
    with doers told before, an air strike."""
    if mention.type is not EventType.AIRSTRIKE or incident.type is EventType.AIRSTRIKE:
        return False
    if mention.agents or not incident.agents:
        return False
    if all(m.sentence.start == mention.sentence.start for m in incident.evidence):
        return False  # "shelling and airstrikes by the regime": one sentence tells one incident's means
    return not _definite_noun(mention)


def _definite_noun(event: Event) -> bool:
    """True when the trigger has a definite determiner or a possessive among the three words before it in its clause:
    "the air strike", "Sunday's drone strike"."""
    words = [w.lower() for w in _WORD.findall(CLAUSE_BREAK.split(text_before(event))[-1])][-3:]
    return any(w in DETERMINERS or w.endswith("'s") for w in words)


# Heads of named places that are buildings or compounds, which lie inside a town: "the Hotel Sahafi", "Zarvani prison".
_AREAS = ADMIN_AREAS | SETTLEMENT_NOUNS | RELATIONAL_PLACES
BUILDING_NOUNS = FACILITY_NOUNS - _AREAS - frozenset({
    "border", "frontline", "battlefield", "desert", "mountain", "hill", "island", "road", "highway", "street",
    "square", "position", "stronghold", "field", "oilfield", "strip", "peninsula", "zone", "bank",
})  # fmt: skip


def is_building(place: Mention) -> bool:
    """True for a named building or compound ("the Hotel Sahafi", "Zarvani prison"): it lies inside whatever town
    another mention of the incident names."""
    if place.entity.geo is not None:
        return False
    return any(w.lower() in BUILDING_NOUNS for w in _WORD.findall(place.entity.label))


def names_weapon_again(cluster: Event, mention: Event) -> bool:
    """True when ``mention``'s clause names, by a definite noun, a weapon that a sentence of ``cluster`` named: "A
    grenade attack on a bar ... The grenade was thrown by two men", "a car bomb exploded ... the bomb had been
    hidden"."""
    start = mention.sentence.start
    clause = CLAUSE_BREAK.split(mention.sentence.text[: max(0, mention.trigger.start - start)])[-1]
    words = [w.lower() for w in _WORD.findall(clause)]
    named = {
        words[n + k]
        for n, w in enumerate(words)
        if w in DETERMINERS
        for k in (1, 2)
        if n + k < len(words) and words[n + k] in WEAPON_LEMMAS
    }
    if not named:
        return False
    told = {w.lower() for m in cluster.evidence for w in _WORD.findall(m.sentence.text)}
    return bool(named & told)


def names_target_by_pronoun(cluster: Event, mention: Event) -> bool:
    """True when a target of ``mention`` was taken from an earlier sentence (coreference resolves "it", "them" to
    their antecedent's words) and is a target of ``cluster``: "Al Shabaab attacked an African Union base ... the
    militants rammed a car bomb into the gate before gunmen stormed it"."""
    keys = {m.entity.key for m in cluster.targets}
    return any(t.span.end <= mention.sentence.start and t.entity.key in keys for t in mention.targets)


def told_by_doers(cluster: Event, mention: Event) -> bool:
    """True when ``mention`` is the doers of ``cluster`` saying, in reported speech, that they did it: "Israeli
    warplanes struck a house in Jabalia ... The Israeli military said it had targeted a Hamas commander"."""
    keys = {m.entity.key for m in cluster.agents if m.entity.kind in _NAMED}
    return (
        bool(keys)
        and any(m.entity.key in keys for m in mention.agents)
        and bool(OWN_ACCOUNT.search(text_before(mention)))
    )


def ties(cluster: Event, mention: Event) -> bool:
    """True when ``mention`` names ``cluster``'s doers, a part of its target, its weapon, its scene or its victims again
    (the readings above)."""
    return (
        names_doers_by_noun(cluster, mention)
        or names_arms_again(cluster, mention)
        or names_part_of_target(cluster, mention)
        or names_weapon_again(cluster, mention)
        or continues_scene(cluster, mention)
        or names_victims(mention)
        or names_target_by_pronoun(cluster, mention)
        or told_by_doers(cluster, mention)
    )
