"""Doers and targets of an attack that wire copy gives beside its trigger rather than on it.

Agency windows tell an attack with a phrase around the word the rules match: "Russian warplanes resumed their
attacks on Idlib" (the possessive is the subject of the verb that carries the noun), "the U.S.-led bombing campaign
against Islamic State" (the campaign holds the roles of the bombing that names it), "the coalition bombing Islamic
State positions" (a gerund the parser read as a noun, its doer as a compound), "a bakery destroyed by shelling from
government forces" and "artillery fire from Rapid Support Forces positions" (the attack came from its doer).  Each
function here reads one such frame; the attack rule (``attack.py``) asks them only where its own reading found
nobody.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon, roles, senses
from kg.extract.nlp import is_headline
from kg.extract.rules.violence import words

# Verbs that carry on an attack the possessive names the doer of: "kept up their assault", "resumed their attacks".
_CARRYING_ON = roles.LIGHT_VERBS | frozenset({"keep", "press", "pursue", "sustain", "step", "redouble", "widen"})
_OWNERS = frozenset({"its", "their"})
# Attacks from a distance, which come "from" their doer: "shelling from government forces", "air raids from the
# Saudi-led coalition".
_FIRE = frozenset(
    {
        "shelling",
        "shell",
        "bombardment",
        "bombard",
        "bombing",
        "bomb",
        "pound",
        "fire",
        "gunfire",
        "strike",
        "airstrike",
    }
    | {"rocket", "missile", "mortar", "barrage", "raid"}
)
# Heads a compound attack noun names the kind of: "the bombing campaign against X", "a shelling spree".
CAMPAIGN_HEADS = frozenset({"campaign", "mission", "spree", "wave", "series"})


def carrier_subject(noun: Token, agents: list[Token]) -> list[Token]:
    """The doers of ``noun`` when its doer was read as a possessive pronoun: "Russian warplanes resumed their
    attacks on Idlib" -> the warplanes, the subject of the verb that carries the attack on; ``agents`` unchanged
    otherwise ("Turkey condemned their attacks": condemning carries nothing on)."""
    if len(agents) != 1 or agents[0].lower_ not in _OWNERS or agents[0].dep_ != "poss":
        return agents
    head = roles.first_conjunct(noun)
    verb = head.head
    if head.dep_ != "dobj" or verb.pos_ not in roles.VERB_POS or verb.lemma_.lower() not in _CARRYING_ON:
        return agents
    subj = roles.first(roles.children(verb, "nsubj"))
    if subj is None or subj.lower_ in lexicon.RELATIVE_PRONOUNS or not roles.can_fill(subj, doer=True):
        return agents
    return [subj]


def campaign(noun: Token) -> Token | None:
    """The campaign an attack noun names the kind of ("the U.S.-led bombing campaign against Islamic State"), whose
    doer and side attacked are the attack's; None for any other noun."""
    if noun.dep_ != "compound" or noun.head.lemma_.lower() not in CAMPAIGN_HEADS:
        return None
    return noun.head


def leader(noun: Token) -> Token | None:
    """The "X-led" word on an attack or campaign noun ("the U.S.-led bombing campaign"), which names its doer: the
    actor resolver reads the leader off the hyphen; None when there is none."""
    return roles.first(
        c for c in noun.children if c.dep_ == "amod" and c.lower_.endswith("-led") and c.text[0].isupper()
    )


def gerund_doer(verb: Token) -> Token | None:
    """The doer of a gerund the parser read as a noun with its doer as a compound ("the U.S.-led coalition bombing
    Islamic State positions", "government forces shelling the town"); None when the verb has a subject of its own."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    doer = roles.first(
        c for c in verb.children if c.dep_ in ("compound", "nmod") and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")
    )
    return doer if doer is not None and roles.can_fill(doer, doer=True) and senses.armed_actor(doer) else None


def came_from(deed: Token) -> Token | None:
    """Where an attack came from when that is an armed actor: "shelling from government forces", "artillery fire
    from Rapid Support Forces positions", "air strikes from the US-led coalition"; not "fire from across the river"
    or "rockets from Gaza" (a place)."""
    if deed.lemma_.lower() not in _FIRE:
        return None
    sources = roles.pobjs(deed, "from")
    if deed.dep_ == "pobj" and deed.head.dep_ == "agent":
        sources += roles.pobjs(deed.head.head, "from")  # "was hit by artillery fire from X": "from" hung on "hit"
    for found in sources:
        if found.ent_type_ in ("GPE", "LOC", "FAC"):
            continue  # "rocket fire from Gaza", "shelling from Syria": where it came from
        if found.lemma_.lower() in lexicon.FACILITY_NOUNS - {"position"} and not _named_inside(found):
            continue
        if roles.can_fill(found, doer=True) and (senses.armed_actor(found) or _named_inside(found)):
            return found
    return None


# Deeds done to people or places in the course of an attack: "captured two soldiers in a cross-border raid",
# "seized three policemen during an assault on a checkpoint".
_DONE_IN = frozenset({
    "capture", "seize", "abduct", "kidnap", "snatch", "kill", "wound", "injure", "destroy", "burn", "loot",
})  # fmt: skip


def done_in(noun: Token) -> tuple[Token | None, Token | None]:
    """The doer and the victim of an attack noun told as the occasion of another deed: "Hezbollah guerrillas
    captured two soldiers in a cross-border raid" -> (guerrillas, soldiers); (None, None) when the noun is no
    object of "in" or "during" under an active verb of ``_DONE_IN`` with an armed subject."""
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "during") or verb.pos_ not in roles.VERB_POS:
        return None, None
    if verb.lemma_.lower() not in _DONE_IN or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None, None
    subject = roles.first(roles.children(verb, "nsubj"))
    if subject is None or not roles.can_fill(subject, doer=True) or not senses.armed_actor(subject):
        return None, None
    victim = roles.first(roles.children(verb, "dobj"))
    return subject, victim if victim is not None and roles.can_fill(victim, doer=False) else None


def deed_doer(agent: Token) -> Token | None:
    """For a passive whose ``by`` names an attack rather than its doer ("a bakery destroyed by shelling from
    government forces"), the attack's doer: where it came from, or its own ``by``; None when the text says no
    more."""
    if agent.lemma_.lower() not in words.VIOLENT_LEMMAS or agent.pos_ not in ("NOUN", "VERB"):
        return None
    return came_from(agent) or roles.first(t for t in roles.pobjs(agent, "by") if roles.can_fill(t, doer=True))


def is_deed(agent: Token) -> bool:
    """True when a verb's doer as read is an attack noun or gerund itself ("destroyed by shelling")."""
    return agent.lemma_.lower() in words.VIOLENT_LEMMAS and (agent.tag_ == "VBG" or agent.pos_ == "NOUN")


def by_after_victims(noun: Token) -> list[Token]:
    """The doer of "the massacre of hundreds of villagers by the militia", whose "by" the parser hung on the victims
    of the noun's "of" phrase."""
    victims = [q for o in roles.pobjs(noun, "of") for q in [o, *roles.pobjs(o, "of")]]
    return [b for v in victims for b in roles.pobjs(v, "by") if roles.can_fill(b, doer=True)][:1]


def misparsed_object(verb: Token) -> Token | None:
    """The object of a violence verb the parser made the subject of the participle after it: "A roadside bomb struck
    a police van escorting a polio team" (the van the subject of "escorting", a clause of "struck"), or the object of
    the "dead" after it ("shot dead a shopkeeper", the victim hung on "dead"); None when the
    verb has an object or the clause is a real one ("said the van was escorting")."""
    if verb.pos_ not in roles.VERB_POS or roles.is_passive(verb) or any(c.dep_ == "dobj" for c in verb.children):
        return None
    for clause in roles.children(verb, "ccomp"):
        if clause.tag_ != "VBG" or any(c.dep_ in ("mark", "aux") for c in clause.children):
            continue
        subj = roles.first(roles.children(clause, "nsubj"))
        if subj is not None and subj.left_edge.i == verb.i + 1 and subj.pos_ in ("NOUN", "PROPN"):
            return subj
    for result in verb.children:
        if result.lower_ == "dead" and result.i == verb.i + 1:
            # "Gunmen on Saturday evening shot dead a shopkeeper": the parser hung the victim on "dead"
            return roles.first(roles.children(result, "dobj"))
        if result.i == verb.i + 1 and result.pos_ == "PROPN" and result.dep_ in _MISREAD_OBJECTS:
            if result.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
                return result  # "Iraqi forces recaptured Mosul in July", Mosul hung as an adverb
    return None


# What the parser makes of a name right after a transitive verb when it misses the object: "recaptured Mosul".
_MISREAD_OBJECTS = frozenset({"advmod", "npadvmod", "dep", "oprd", "attr"})


def _named_inside(token: Token) -> bool:
    """True when a name or an actor word modifies ``token`` ("Rapid Support Forces positions", "army positions")."""
    return any(
        c.dep_ in ("compound", "amod", "nmod", "poss") and (c.ent_type_ in ("ORG", "NORP") or c.ent_id_)
        for c in token.children
    )


def headline_passive(trigger: Token, subject: Token) -> bool:
    """True when a headline's attack verb is a bare passive participle whose subject is what was attacked:
    "Convoy attacked near Gao; three dead", "Oil tanker attacked off Oman" (a headline tells a deed done in the
    present, "Gunmen attack convoy"): a past form with a subject, no object and no auxiliary, in a headline,
    unless the subject is armed ("Taliban attacked overnight") or a pronoun."""
    if trigger.tag_ not in ("VBD", "VBN") or subject.dep_ != "nsubj" or subject.head.i != trigger.i:
        return False
    if any(c.dep_ in ("dobj", "aux", "auxpass") for c in trigger.children):
        return False
    if subject.pos_ == "PRON" or senses.armed_actor(subject):
        return False
    return is_headline(roles.sentence(trigger))


def only_a_count(victims: Token) -> bool:
    """ "killing eight", "killing six of them": a number of the target already named, no one new."""
    if victims.pos_ == "NUM" or victims.like_num:
        return not any(c.dep_ == "prep" and c.lower_ == "of" and not _pronoun_of(c) for c in victims.children)
    return False


def _pronoun_of(prep: Token) -> bool:
    return any(o.pos_ == "PRON" for o in prep.children if o.dep_ == "pobj")


def particular(noun: Token) -> bool:
    """ "A drone", "an armed drone", "Iranian-made drones": one told apart by a word of its own, not a headline's
    bare "Drones hit militant camp", whose story names the doer."""
    return any(c.dep_ in ("det", "amod", "compound", "nmod", "poss", "nummod") for c in noun.children)
