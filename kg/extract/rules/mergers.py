"""Armed groups merging, for the ALLEGIANCE rule (kg.extract.rules.allegiance): a merger is a joining of each group
that merges into the body they become or into the partner they merge with.

"Al-Shabaab formally merged with al-Qaeda in February 2012", "Ansar Dine, al-Mourabitoun and AQIM merged to form
JNIM", "the rebel factions announced their total merger into a new entity named Tahrir al-Sham", "HTS was formed in
2017 through the merger of Jabhat Fateh al-Sham with several smaller factions". The eval guidelines' own record of
one ("Two rebel groups in Somalia, al-Shabaab and the Islamic Party, announce plans to merge") lists both groups as
each other's: groups that merge with no third body named join each other. Banks, parties and companies merge too;
only a merger one of whose bodies is armed (a group the gazetteer lists as armed, a name of armed words, a body
joinable as an armed formation, a militant faction or group) is read, and the rule fires only in a document with an
armed word (the ``requires`` of the rule).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import lexicon, roles
from kg.extract.actors import Actors
from kg.extract.registry import Draft
from kg.extract.rules.leftside import armed_side
from kg.models import EntityKind, EventType

MERGING = ("merge", "merger")
# Verbs whose object is the body the merging groups become: "merged to form JNIM", "merged to create a new front".
_FORMING = frozenset({"form", "create", "establish", "found", "launch"})
# Nouns of bodies any trade has, armed only when their words say so: "two militant groups" merge, "two media groups" do
# not.
_PLAIN_BODIES = frozenset({"group", "organisation", "organization", "movement", "network", "entity", "body"})
_ARMED_WORDS = lexicon.GROUP_NOUNS | lexicon.NON_STATE_WORDS | {"armed", "islamist", "jihadi", "terrorist", "militant"}
# Nouns of bodies that are no armed side, whatever the document: "two banks merged", "the parties' merger".
_NOT_ARMED = frozenset({"party", "bank", "company", "firm", "airline", "union", "council", "ministry", "school"})


def merged(trigger: Token, actors: Actors) -> Iterator[Draft]:
    """The ALLEGIANCE draft of a merger (module docstring); none when no body of it is armed."""
    if trigger.pos_ in roles.VERB_POS:
        parties, partners, new = _verb_parties(trigger)
    elif trigger.lemma_.lower() == "merger" and trigger.pos_ == "NOUN":
        parties, partners, new = _noun_parties(trigger)
    else:
        return
    if new:
        agents, targets = parties + partners, new[:1]
    elif partners:
        agents, targets = parties, partners[:1]
    elif len(parties) >= 2:
        agents, targets = parties, parties  # "al-Shabaab and the Islamic Party announce plans to merge"
    else:
        return
    if not agents or not any(_armed(t, actors) for t in (*agents, *targets)):
        return
    if any(t.lemma_.lower() in _NOT_ARMED for t in (*agents, *targets)) or any(_states(a, actors) for a in agents):
        return  # "The army's 3rd and 5th brigades were merged into a single division": a state reorganising
    draft = Draft.by(EventType.ALLEGIANCE, trigger, agents, "syntax", targets=targets, places=roles.locations(trigger))
    draft.mutual = targets is parties
    yield draft


def _verb_parties(verb: Token) -> tuple[list[Token], list[Token], list[Token]]:
    """Who merges, with whom, into what new body, for the verb "merge"."""
    subject = roles.first(roles.children(verb, "nsubjpass")) if roles.is_passive(verb) else roles.subject(verb)
    parties = roles.conjuncts(subject) if subject is not None else []
    partners = [c for p in roles.pobjs(verb, "with") for c in roles.conjuncts(p)]
    new = [_named_as(n) for n in roles.pobjs(verb, "into")]
    for clause in (c for c in verb.children if c.dep_ in ("xcomp", "advcl", "conj") and c.lemma_.lower() in _FORMING):
        new += roles.children(clause, "dobj")  # "merged to form Jama'at Nusrat al-Islam wal-Muslimin"
    return parties, partners, new


def _noun_parties(noun: Token) -> tuple[list[Token], list[Token], list[Token]]:
    """Who merges, with whom, into what new body, for the noun "merger": "the merger of X and Y into Z", "their
    merger with the TTP", "Z was formed by the merger of X and Y"."""
    parties = [c for p in roles.pobjs(noun, "of") for c in roles.conjuncts(p)]
    parties += [c for c in noun.children if c.dep_ == "poss"]
    partners = [c for p in roles.pobjs(noun, "with") for c in roles.conjuncts(p)]
    into = roles.pobjs(noun, "into") or (roles.pobjs(noun.head, "into") if noun.dep_ == "dobj" else [])
    new = [_named_as(n) for n in into]  # "announced their merger into ...", the parser hanging "into" on the verb
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("by", "through", "from", "in") else None
    if not new and verb is not None and verb.lemma_.lower() in _FORMING and roles.is_passive(verb):
        new = list(roles.children(verb, "nsubjpass"))  # "HTS was formed through the merger of ..."
    return parties, partners, new


def _states(party: Token, actors: Actors) -> bool:
    """True for a state's own force: "the army's 3rd brigade", "Kenyan army units" (its owner a state's army or a
    state the gazetteer knows)."""
    for t in party.subtree:
        if t.i < party.i and (t.lemma_.lower() in ("army", "military", "navy", "police") or t.ent_id_):
            if not t.ent_id_ or actors.gaz.entities[t.ent_id_].kind is EntityKind.STATE:
                return True
    return False


def _named_as(body: Token) -> Token:
    """The name a body is given in the same phrase: "a new entity named Tahrir al-Sham" -> Tahrir al-Sham."""
    for clause in (c for c in body.children if c.dep_ == "acl" and c.lemma_.lower() in ("name", "call")):
        named = roles.first(roles.children(clause, "oprd", "dobj", "attr", "xcomp"))
        if named is not None:
            return named
    return body


def _armed(token: Token, actors: Actors) -> bool:
    """An armed body of a merger: what kg.extract.rules.leftside calls an armed side (a listed armed group, a joinable
    formation, a name of armed words, a pronoun standing for one), a collective the pronoun stands for whose words say
    armed ("their": the rebel factions), a plain body with an armed word ("two militant groups"), a militant noun."""
    lemma = token.lemma_.lower()
    if token.pos_ == "PRON" and (mention := actors.mention(token)) is not None:
        words = {w.lower().removesuffix("s") for w in mention.entity.label.split()}
        if mention.entity.kind is EntityKind.ARMED_GROUP or words & (_ARMED_WORDS - _PLAIN_BODIES):
            return True  # "its merger with X": the group "its" stands for; not "the media groups"
    elif lemma in _PLAIN_BODIES and not token.ent_id_:  # "two militant groups"; not "two media groups"
        return any(c.dep_ in ("amod", "compound") and c.lower_ in _ARMED_WORDS for c in token.children)
    return armed_side(token, actors) or lemma in lexicon.GROUP_NOUNS and not token.ent_id_
