"""Surrenders told by what is given up and sides told by where a mover stands (issue 14, thirteenth pass).

Fresh text tells a surrender by the arms handed over as often as by the verb: "forty militants of the Black Lion
Front gave up their weapons at the army camp", "he and his men drove to an army base and handed over their weapons",
"the surrender of 320 fighters of the X marks a turning point" (a noun with no side named). These are read for
the DEFECTION rule (kg.extract.rules.defection and defectnouns) as "laid down their arms" already was: a combatant
mover giving up its own arms, not under a peace deal or a disarmament accord. And a mover's phrase may name where
it stands ("al-Shabaab fighters in Adan Yabaal", "fighters from the area"): a place, not the side it left, which
:func:`is_place_named` tells for `defectors.affiliation`.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.extract import lexicon, roles
from kg.extract.actors import Actors

ARMS = frozenset({"arm", "arms", "weapon", "gun", "rifle"})
# Words of a negotiated disarmament, under which giving up arms is demobilisation, not going over to another side.
DEAL_WORDS = frozenset(
    {"deal", "agreement", "ceasefire", "demobilisation", "demobilization", "disarmament", "accord", "buyback"}
)
# Sites a disarmament programme receives fighters at: "the Regional Disarmament, Demobilisation and Reintegration
# Centre", "the DDR site at Koui". Their name says where the arms were handed in, not that a deal was made.
_SITES = frozenset({"centre", "center", "site", "camp", "cantonment"})
# Who may receive a mover's arms besides a side's fighters: "to the government", "to the authorities".
_RECEIVERS = frozenset({"government", "authority", "authorities", "state", "administration", "governor", "troops"})
_OWN = frozenset({"their", "his", "its", "her"})
_HANDING = frozenset({"over", "up", "in"})
# Words of a name that say it names a side, not a place: "the Zindi Liberation Front", "the 7th Battalion".
_SIDE_NAME_WORDS = lexicon.GROUP_NOUNS | {
    "army", "force", "forces", "front", "party", "brigade", "battalion", "regiment", "division", "militia", "movement",
    "council", "guard", "corps", "congress", "alliance", "union", "league", "committee", "legion", "unit",
}  # fmt: skip


def arms_given_up(trigger: Token, agent: Token | None, combatant: Callable[[Token], bool]) -> bool:
    """True when a combatant (``combatant`` of the mover or one it is listed with: "he and his troops") gives up or
    hands over its own arms: "gave up their weapons", "handed over their arms", "handed in his rifle" (the
    possessive says they were the mover's). Not arms handed to someone to fight with ("the army handed over weapons
    to the militia"), and not under a deal or a disarmament programme."""
    obj = roles.patient(trigger)
    if agent is None or obj is None or obj.lemma_.lower() not in ARMS:
        return False
    if not any(combatant(a) for a in (agent, *agent.conjuncts)):
        return False
    if not (own_arms(obj) or _bare_arms_given_up(obj, trigger)):
        return False
    if not any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in _HANDING for c in trigger.children):
        return False
    receiver = roles.first(roles.to_objects(trigger))
    if receiver is not None and not (combatant(receiver) or receiver.lemma_.lower() in _RECEIVERS):
        return False  # "handed over their weapons to the armoury": kept, not given up to a side
    return not deal_told(trigger)


def deal_told(trigger: Token) -> bool:
    """True when the sentence tells a negotiated disarmament (a word of :data:`DEAL_WORDS`) outside the name of a
    site the arms were handed in at: "laid down their arms under the peace deal" (demobilisation); not "handed in
    their guns at the Bamenda disarmament, demobilisation and reintegration centre" nor "laid down their arms and
    been received at the Regional Disarmament ... Centre", where the words only name where they surrendered."""
    sentence = roles.sentence(trigger)
    site_words = {t.i for site in sentence if site.lemma_.lower() in _SITES for t in _named_with(site).subtree}
    return any(t.lemma_.lower() in DEAL_WORDS for t in sentence if t.i not in site_words)


def _bare_arms_given_up(obj: Token, trigger: Token) -> bool:
    """ "gave up arms": the idiom of surrender, with bare "arms" (no article, owner or describing word), as "laid down
    arms" is; handing over bare "arms" stays unread ("the army handed over arms to the militia")."""
    return (
        obj.lower_ == "arms"
        and trigger.lemma_.lower() == "give"
        and not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in obj.children)
    )


def own_arms(token: Token) -> bool:
    """True for arms the possessive says are the mover's own: "their weapons", "his rifle"; not "rifles and
    ammunition" an army hands to a militia."""
    return token.lemma_.lower() in ARMS and any(c.dep_ == "poss" and c.lower_ in _OWN for c in token.children)


def bare_arms(token: Token) -> bool:
    """True for arms named with no owner or article: "handed over arms to the security forces"."""
    return token.lemma_.lower() in ARMS and not any(c.dep_ in ("poss", "det") for c in token.children)


def base_gone_to(trigger: Token, actors: Actors) -> list[Token]:
    """The other side's post a mover went to before giving up its arms: "drove to a Myanmar army base in Myitkyina
    and handed over their weapons", "handed over their weapons at an army camp" (a post whose phrase names a
    force). Empty for a post that names no force."""
    verbs = [trigger, trigger.head] if trigger.dep_ == "conj" else [trigger]
    for verb in verbs:
        for post in roles.pobjs(verb, "to", "at"):
            if post.lemma_.lower() not in {"base", "camp", "post", "barracks", "garrison", "outpost", "station"}:
                continue
            modifiers = [c for c in post.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
            if any(m.lemma_.lower() in _SIDE_NAME_WORDS or actors.mention(m) is not None for m in modifiers):
                return [post]
    return []


def is_place_named(token: Token) -> bool:
    """True when a mover's "in"/"from" phrase names where it stands, not a side: an area noun ("fighters from the
    area"), or a bare name no gazetteer knows, with no determiner, not an acronym and no word of a side in it
    ("al-Shabaab fighters in Adan Yabaal-Galbeed", "councillors in Nyalenda-Kasule"); not "a colonel in the Syrian
    army", "members of the FPRC", "fighters in Hamas"."""
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN":
        # "the militia's commander in the Um Ruwaba sector": a stretch of front he holds, no side he left
        return lemma in lexicon.ADMIN_AREAS | lexicon.SETTLEMENT_NOUNS | {"area", "region", "locality", "sector"}
    if token.pos_ != "PROPN" or token.ent_id_ or token.is_upper:
        return False
    name = [t for t in token.subtree if t.i <= token.i]
    if any(t.dep_ == "det" or t.lemma_.lower() in _SIDE_NAME_WORDS or t.ent_id_ for t in name):
        return False
    return all(t.pos_ in ("PROPN", "PUNCT") for t in name)


def _named_with(site: Token) -> Token:
    """The top of the name a site noun ends ("the Regional Disarmament, Demobilisation and Reintegration Centre",
    which the parser may read as a list of nouns the first of which is the object)."""
    while site.dep_ in ("conj", "compound", "nmod", "appos") and site.head.pos_ in ("NOUN", "PROPN"):
        site = site.head
    return site


# Prepositions of a participle clause whose doer is the subject of the clause it hangs on.
_TIME_PREPS = frozenset({"after", "before", "upon", "since"})


def doer_of_clause(trigger: Token) -> Token | None:
    """The doer of a participle after a time preposition, the subject (passive too) of the clause it hangs on: "Some 52
    combatants of the FDLR have been repatriated to Rwanda after surrendering to the Congolese army"."""
    if trigger.dep_ != "pcomp" or trigger.head.lower_ not in _TIME_PREPS or trigger.tag_ != "VBG":
        return None
    verb = trigger.head.head
    return roles.first(roles.children(verb, "nsubj", "nsubjpass")) if verb.pos_ in ("VERB", "AUX") else None
