"""Pledges told without a loyalty word, for the ALLEGIANCE rule (kg.extract.rules.allegiance): a leader recognised as
one's caliph or commander, an affiliation announced, recruits taken by a named armed group.

"recognised al-Baghdadi as caliph" is a pledge to him; a state recognising a president is diplomacy. "announced its
affiliation with al-Qaeda" is one; "workers affiliated with a union" is a membership. "was recruited by al-Shabaab" is
a joining of the armed group; "recruited by the army" or by a bank names no side one pledges to.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import roles
from kg.extract.actors import Actors
from kg.extract.registry import Draft
from kg.extract.rules.joinable import joinable
from kg.models import EntityKind, EventType

# Verbs by which a group makes someone its leader: "recognised al-Baghdadi as caliph" (a pledge to him).
RECOGNISING = ("recognise", "recognize", "acknowledge", "proclaim")
# Whom one recognises as one's own leader; "leader" only as someone's ("as their leader", "as leader of").
_LEADER_TITLES = frozenset({"caliph", "emir", "amir", "imam", "commander", "commander-in-chief", "leader", "chief"})


def recognised_leader(verb: Token, actors: Actors) -> Iterator[Draft]:
    """ "the Majlis Shura Shabab al-Islam recognised al-Baghdadi as caliph", "recognizes Adama Barrow as the new
    commander-in-chief", "X was acknowledged as emir by the fighters": making someone one's own leader is a pledge
    to him. A state recognising a government or a president is diplomacy, no pledge."""
    # "acknowledged the Islamic State's leader as caliph": the parser may hang "as" on the one recognised
    named = [t for o in (verb, *roles.children(verb, "dobj", "nsubjpass")) for t in roles.pobjs(o, "as")]
    titles = [t for t in named if t.lemma_.lower() in _LEADER_TITLES or "-in-" in t.lower_]
    title = titles[0] if titles else None
    if title is None:
        return
    if title.lemma_.lower() in ("leader", "chief") and not (
        roles.pobjs(title, "of") or any(c.dep_ == "poss" for c in title.children)
    ):
        return  # "recognised him as a leader" of nothing in particular
    if roles.is_passive(verb):
        leader, agent = roles.first(roles.children(verb, "nsubjpass")), roles.first(roles.pobjs(verb, "by"))
    else:
        leader, agent = roles.first(roles.children(verb, "dobj")), roles.subject(verb)
    if leader is None or agent is None or leader.pos_ == "PRON" and leader.lower_ != "him":
        return
    if agent.ent_type_ == "GPE" or agent.ent_id_ and actors.gaz.entities[agent.ent_id_].kind is EntityKind.STATE:
        return  # "Russia recognised X as president": a state's recognition
    # "acknowledged the Islamic State's leader as caliph": a leader noun named by whose leader he is
    owned = leader.lemma_.lower() in _LEADER_TITLES and any(c.dep_ == "poss" for c in leader.children)
    if not (leader.ent_type_ == "PERSON" or leader.pos_ == "PROPN" or leader.lower_ == "him" or owned):
        return
    yield Draft.read(EventType.ALLEGIANCE, verb, agent, targets=[leader], places=roles.locations(verb), strength=0.6)


def recruited(verb: Token, actors: Actors) -> Iterator[Draft]:
    """ "Hassan Dahir was recruited by al-Shabaab in 2020", "was recruited into the Kamajor militia", "al-Shabaab
    recruited 40 youths from Mandera": the recruits joined the armed group, when it is named (not "the army", nor a
    company or a club)."""
    if roles.is_passive(verb) or verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        # "X was recruited by al-Shabaab"; a headline's "Taliban commander's son recruited by Islamic State Khorasan"
        recruits = roles.first(roles.children(verb, "nsubjpass")) or (verb.head if verb.dep_ == "acl" else None)
        group = roles.first(roles.pobjs(verb, "by", "into", "to"))
    else:
        recruits, group = roles.first(roles.children(verb, "dobj")), roles.subject(verb)
        group = roles.first(roles.pobjs(verb, "into", "to")) or group
    if recruits is None or group is None or not joinable(group, actors):
        return
    if not (group.ent_id_ or group.ent_type_ == "ORG" or any(t.ent_type_ == "ORG" for t in actors.phrase(group))):
        return  # "recruited by the army", "by the militia": no side named
    if recruits.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
        recruits = verb.head
    yield Draft.read(EventType.ALLEGIANCE, verb, recruits, targets=[group], places=roles.locations(verb), strength=0.55)


_MADE_PUBLIC = ("announce", "declare", "proclaim", "confirm", "pledge")
_CHANGED = ("change", "switch", "shift", "transfer")  # "was changing its affiliation from X to Y": also a DEFECTION


def affiliation_announced(noun: Token, actors: Actors) -> Iterator[Draft]:
    """ "The Katiba Yarmouk announced its affiliation with al-Qaeda", "declared its affiliation to the Islamic State",
    "was changing its affiliation from the Taliban to the Islamic State": an affiliation a group makes public with, or
    moves to, an armed group or a leader (not "workers' affiliation with a union")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in (*_MADE_PUBLIC, *_CHANGED):
        return
    told = roles.pobjs(noun, "with", "to") + (roles.pobjs(verb, "to") if verb.lemma_.lower() in _CHANGED else [])
    to = [t for t in told if joinable(t, actors) or t.ent_type_ == "PERSON"]
    agent = roles.subject(verb)
    if to and agent is not None:
        yield Draft.read(EventType.ALLEGIANCE, noun, agent, targets=to[:1], places=roles.locations(verb))
