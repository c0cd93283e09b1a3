"""Places taken by force: "captured Mosul", "took control of Kunduz", "militias took Raqqa"; not seized drugs, a
road taken, nor a town entered unopposed.  Verb senses of :mod:`kg.extract.rules.violence.verbs`' table."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon, roles, senses, toponyms
from kg.extract.rules.violence import accidents, outcomes, words
from kg.extract.rules.violence.checks import is_place


def place_taken(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "captured Mosul": a place taken, not by police or customs, not drugs seized, not walked into unopposed."""
    if target is not None and target.lower_ in lexicon.RELATIVE_PRONOUNS and target.head.dep_ == "relcl":
        target = target.head.head  # "the towns which the militia took by force": the towns
    # "government troops recaptured it": what is retaken or overrun is a place (a person is "him" or "her")
    retaken = (
        target is not None
        and verb.lemma_.lower() in lexicon.RETAKING_VERBS
        # "recaptured the Ramadi government complex", "overran the factory": what is retaken or overrun is no person
        and (
            target.lower_ == "it"
            or _taken_name(verb, target)
            or target.lemma_.lower() in lexicon.FACILITY_NOUNS
            or outcomes.armed_own(target)  # "The terrorists' hideout at Sambisa was overrun by troops"
        )
    )
    return (
        target is not None
        and (is_place(target) or retaken)
        and not (agent is not None and agent.lemma_.lower() in words.SEIZING_OFFICERS)
        and not (roles.sentence_lemmas(verb) & words.SEIZURE_CUES)
        and not unopposed(verb)
    )


def _taken_name(verb: Token, name: Token) -> bool:
    """A proper name no gazetteer knows, retaken or overrun (a person is neither: "Ceel Waaq had been retaken"), or
    taken back "from" an armed side ("liberated Hawr Rajab from the militants")."""
    if name.pos_ != "PROPN" or name.ent_id_ or name.is_upper:
        return False
    if verb.lemma_.lower() in ("retake", "overrun", "regain"):
        return True  # "liberated" may be a person ("Ingrid Betancourt was liberated by the army")
    return any(senses.armed_actor(side) for side in roles.pobjs(verb, "from"))


def unopposed(verb: Token) -> bool:
    """True when the text says a place was taken without force, which is no attack: "entered the town unopposed",
    "seized the base without a fight", or a next sentence "There were no reports of fighting" / "No clashes were
    reported". A garrison that fled first is not enough ("captured the district headquarters after government
    troops fled" was taken by an armed advance)."""
    for c in verb.children:
        if c.lower_ in words.UNOPPOSED:
            return True
    for c in verb.subtree:  # the parser may hang it lower: "took over positions abandoned by X ... without resistance"
        if c.lower_ == "without" and any(o.lemma_.lower() in words.FIGHTING_NOUNS for o in c.subtree if o.i != c.i):
            return True  # "without a fight", "without firing a shot", "without resistance"
    sent = roles.sentence(verb)
    doc = verb.doc
    after = doc[sent.end].sent if sent.end < len(doc) else None
    return after is not None and any(t.lemma_.lower() in words.FIGHTING_NOUNS and _denied(t) for t in after)


def _denied(noun: Token) -> bool:
    """ "No clashes were reported", "There were no reports of fighting": the noun, or the report of it, has "no"."""
    holders = [noun] + ([noun.head.head] if noun.dep_ == "pobj" and noun.head.lower_ == "of" else [])
    return any(c.dep_ == "det" and c.lower_ == "no" for h in holders for c in h.children)


def took_control(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "The Taliban took control of Kunduz city": an armed side taking a place (a company taking control of
    a market is no capture)."""
    return place_taken(verb, agent, target) and agent is not None and senses.armed_actor(agent)


def taken(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "took over the town" is a place taken; "took control of" needs an armed side; "took" alone takes a place
    only "by force" ("The LNA took Benghazi and Derna by force"; "took the road to Derna" goes there)."""
    obj = roles.patient(verb)
    if obj is not None and obj.lemma_.lower() == "control":
        return took_control(verb, agent, target)
    if verb.lemma_.lower() == "take" and not accidents.taken_over(verb) and not accidents.by_force(verb):
        return _armed_took_town(verb, agent, target)
    return place_taken(verb, agent, target)


def _armed_took_town(verb: Token, agent: Token | None, target: Token | None) -> bool:
    """ "an alliance of militias took Raqqa in November": an armed side taking a named town (not "took the road to
    Derna", "took hostages", nor a minister who "took Kabul by surprise" in words)."""
    if agent is None or target is None or target.pos_ != "PROPN" or agent.ent_type_ == "GPE":
        return False  # "Russia took Crimea" is left to "annexed", "seized" and "captured"
    if target.ent_type_ not in ("GPE", "LOC") and not toponyms.toponym(target):
        return False  # "ISIS fighters took Palmyra", Palmyra tagged PERSON: the gazetteer knows the town
    if roles.pobjs(verb, "to", "from", "by", "as"):
        return False  # "took Kabul as a base", "took Derna to the polls": no capture told
    return senses.armed_actor(agent) and place_taken(verb, agent, target)
