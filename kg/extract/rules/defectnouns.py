"""DEFECTION told by a noun or an adjective, for the DEFECTION rule (kg.extract.rules.defection): "his defection to
the rebels", "a deserter from the army", "the surrender of 60 fighters to the army", "asked for asylum", "a group of
defected officers". Verbs are read by kg.extract.rules.defection.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import generic_use, roles
from kg.extract.actors import Actors
from kg.extract.registry import Draft
from kg.extract.rules.defectors import (
    is_group,
    is_legal,
    is_member,
    is_politician,
    is_rank_or_member,
)
from kg.extract.rules.flights import fled_to, is_seeker
from kg.extract.rules.pledgers import pledger
from kg.extract.rules.sides import acronym, gone_to, insurgent
from kg.models import Modality

# What a soldier who fled abroad asks for besides asylum: "crossed into Poland and asked for protection".
SHELTER = ("protection", "refuge")
# Verbs of leaving a state for another: "flew his jet to Jordan and asked for asylum".
FLIGHTS = frozenset({"cross", "flee", "escape", "fly", "defect", "slip", "desert"})
_SPECIFIC_DETS = frozenset({"the", "a", "an", "these", "those", "two", "three", "several", "some"})


def _named_defector(noun: Token) -> bool:
    """True when "defector"/"deserter" names particular people, not a population: "a deserter from the
    army", "the defectors, including two colonels", "two North Korean defectors" (as a participant);
    not "a cash reward for defectors" or "defectors say"."""
    if noun.dep_ == "compound" and noun.head.ent_type_ == "PERSON":
        return True  # "North Korean defector Thae Yong-ho", "army deserter Ahmed Ali"
    if _among(noun) is not None:
        return True  # "Among the defectors was General Manaf Tlass"
    if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "to", "with", "among", "about"):
        if not (noun.head.lower_ == "to" and noun.head.head.lower_ == "according"):
            return False  # "a cash reward for defectors", "interviews with defectors"
    if roles.pobjs(noun, "from"):
        return True  # "A deserter from Assad's army, he joined ...", "deserters from the 17th Division"
    if noun.dep_ not in ("nsubj", "nsubjpass", "attr", "dobj", "appos", "ROOT", "pobj"):
        return False
    if roles.pobjs(noun, "from", "including") or any(
        c.dep_ == "prep" and c.lower_ == "including" for c in noun.children
    ):
        return True
    if noun.dep_ == "nsubj" and noun.head.tag_ == "VBD":
        return True  # "Deserters said they had been ordered to shoot": people who did it, in the past
    return any(
        c.dep_ in ("amod", "compound", "nummod") or (c.dep_ == "det" and c.lower_ in _SPECIFIC_DETS)
        for c in noun.children
    )


def _population(noun: Token) -> bool:
    """True for a bare plural subject that counts no one's deed: "Defections in both directions have been common",
    "desertions rose sharply" -- no object hit, no determiner, possessor or number, and no side or person named in
    the sentence part it heads (not "Defections from the 17th Division", "our defections", "two defections", "such
    defections", "A wave of defections has hit the ruling party")."""
    if noun.tag_ not in ("NNS", "NNPS") or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False  # "A wave of defections has hit the ruling party": the party's, told as a series
    if any(c.dep_ == "dobj" for c in noun.head.children):
        return False  # "Defections have weakened the brigade": a side named as what they hit
    if any(c.dep_ in ("det", "poss", "nummod") or c.lower_ == "such" for c in noun.children):
        return False  # "lost several senior officers to such defections": the ones told
    return not any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in noun.subtree)


def _apposed(noun: Token) -> Token | None:
    """Who a defector noun is in apposition to: "The former spokesman of Jabhat Fateh al-Sham, now a defector living
    in Idlib" (the parser may hang it on the group the person's "of" phrase names; a group defects as no person)."""
    if noun.dep_ != "appos" or noun.head.pos_ not in ("NOUN", "PROPN"):
        return None
    head = noun.head
    if head.ent_type_ == "ORG" and head.dep_ == "pobj" and head.head.head.pos_ == "NOUN":
        return head.head.head
    return None if head.ent_type_ in ("ORG", "GPE", "NORP") else head


def _among(noun: Token) -> Token | None:
    """The one "among the defectors" names: "Among the defectors was General X", "X was among the deserters"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "among" or prep.head.lemma_.lower() != "be":
        return None
    return roles.first(roles.children(prep.head, "nsubj", "attr"))


def _suffered_by(noun: Token) -> Token | None:
    """The subject of "suffered (from) the defection of ...": the side the defectors left."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "from" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.lemma_.lower() != "suffer":
        return None
    return roles.subject(verb)


def _counted(noun: Token) -> Token:
    """The members a count stands for ("16 of the 52 MPs" -> "MPs"), else the noun itself."""
    if noun.like_num and (members := roles.pobjs(noun, "of")):
        return members[0]
    return noun


def _side_named_before(noun: Token, agents: list[Token], actors: Actors) -> bool:
    """True when the one "doer" read off a defection noun is a group named before it, the side its people left: "the
    largest LRA defection", "al Shabaab defections" (not "Khalimov's defection", "the MP's defection")."""
    return (
        len(agents) == 1
        and agents[0].dep_ == "compound"
        and agents[0].head == noun
        and agents[0].ent_type_ != "PERSON"
        and (is_group(agents[0], actors) or acronym(agents[0]))
    )


# What a defection is to the side it hurts: "His defection is another blow to the regime", "dealt a blow to ISIS".
_BLOWS = frozenset({"blow", "setback", "embarrassment", "loss", "humiliation"})


def _dealt_blow(noun: Token) -> list[Token]:
    """The side a defection is a blow to: "Colonel Khalimov's defection is a major blow to Tajikistan", "the
    defection dealt a serious blow to the LRA"."""
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in ("be", "deal", "represent", "mark"):
        return []
    blows = [c for c in noun.head.children if c.dep_ in ("attr", "dobj") and c.lemma_.lower() in _BLOWS]
    if not blows:
        return []
    # the parser hangs "to" on the blow or on the verb ("dealt a blow to")
    return ([t for b in blows for t in roles.pobjs(b, "to", "for")] or roles.pobjs(noun.head, "to"))[:1]


def headline_doer(trigger: Token) -> Token | None:
    """A headline's doer the tagger glued to its verb as a compound: "Taliban commander, 40 fighters surrender in
    Herat", "Hundreds of Boko Haram fighters surrender, army says" (a member noun right before the trigger)."""
    before = trigger.doc[trigger.i - 1] if trigger.i > roles.sentence(trigger).start else None
    if before is None or before.dep_ != "compound" or before.head.i != trigger.i:
        return None
    return before if is_rank_or_member(before) or is_member(before) else None


# Verbs that make a defection known, whose "from" phrase the parser may take from the noun: "announced their defection
# from the coalition".
_TELLING = frozenset({"announce", "declare", "confirm", "publicise", "publicize", "proclaim"})


def nominal_defection(trigger: Token, actors: Actors) -> Iterator[Draft]:
    """DEFECTION drafts from a noun trigger (defection, defector, deserter, surrender, asylum, a "defects" the small
    model tagged as a noun) or the adjective "defected"; nothing for a noun that names no event."""
    lemma = trigger.lemma_.lower()
    if trigger.pos_ in ("NOUN", "PROPN") and lemma in ("defect", "desert"):
        # "X crosses the DMZ and defects to South Korea": the small model reads "defects" as a noun, and "desert" in
        # "Sudanese army officers desert to RSF" (a member noun glued to it; not "the desert to the north").
        to = roles.to_objects(trigger)
        # "as dozens of government soldiers desert and others abandon their positions": the verb read as a noun
        # glued to the members before it, with no determiner of its own
        glued = trigger.nbor(-1) if trigger.i > 0 else None
        if glued is not None and glued.head == trigger and glued.dep_ == "compound" and is_member(glued):
            if not any(c.dep_ == "det" for c in trigger.children):
                yield Draft.defection(trigger, [glued], "syntax", to=to)
                return
        if not to or lemma == "desert" and headline_doer(trigger) is None:
            return
        if trigger.dep_ == "conj" and trigger.head.pos_ in ("VERB", "AUX"):
            agent = roles.subject(trigger.head)
        elif trigger.dep_ == "appos":
            agent = trigger.head
        else:
            agent = next((c for c in trigger.children if c.dep_ in ("nsubj", "compound")), None)
        if agent is None and trigger.i > 0 and trigger.nbor(-1).head.i == trigger.i:
            before = trigger.nbor(-1)  # "Sudanese general defects to RSF": the headline's noun read as an adjective
            agent = before if before.dep_ == "amod" and is_rank_or_member(before) else None
        yield Draft.defection(trigger, [agent] if agent is not None else [], "syntax", to=to)
        return
    if lemma in ("asylum", *SHELTER):
        verb = trigger.head
        if trigger.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head  # "asked for asylum", "applied for asylum"
        if verb.lemma_.lower() not in (
            "request",
            "seek",
            "ask",
            "apply",
            "claim",
            "demand",
            "receive",
            "grant",
        ):
            return
        agent = roles.subject(verb)
        if roles.is_passive(verb):
            agent = roles.first(roles.children(verb, "nsubjpass"))  # "two generals were granted asylum"
        if agent is None or not is_seeker(agent):
            return  # refugees asking for asylum are not defectors
        # "flew his jet to Jordan and asked for asylum": where the defector went is on the first conjunct.
        went = verb.head if verb.dep_ == "conj" and verb.head.pos_ in roles.VERB_POS else verb
        to = [t for t in roles.to_objects(went) + roles.pobjs(went, "on", "in", "into") if t.ent_type_ == "GPE"]
        if lemma in SHELTER and (went is verb or not to or went.lemma_.lower() not in FLIGHTS):
            return  # protection asked for by one who fled abroad ("crossed into Poland and asked for protection")
        places = roles.locations(verb) + (roles.locations(went) if went is not verb else [])
        # "sought asylum" is the defection, not a plan of one
        yield Draft.defection(
            trigger, [agent], "syntax", to=to[:1], places=places, strength=0.5, modality=Modality.ASSERTED
        )
        return
    if trigger.pos_ in ("NOUN", "PROPN"):
        if lemma == "split" and not roles.pobjs(trigger, "from", "with"):
            return
        if lemma == "surrender":
            # "the surrender of 86 Boko Haram terrorists and their families to troops": an insurgent by its own words
            of = [
                o for o in roles.pobjs(trigger, "of") if is_member(o) or o.ent_type_ == "PERSON" or insurgent(o, actors)
            ]
            made = trigger.head if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() == "make" else None
            if not of and made is not None and insurgent(maker := roles.subject(made), actors) and maker is not None:
                of = [maker]  # "Five Naxalites made surrender before the district police" (Indian English)
            rebels = bool(of) and insurgent(of[0], actors)  # whose surrender to the police is going over to the state
            to = roles.pobjs(trigger, "to") or [t for o in of for t in roles.pobjs(o, "to")]
            if not to and rebels:
                owners = [trigger, *of, *([made] if made is not None else [])]
                to = [t for o in owners for t in roles.pobjs(o, "before", *(("to",) if o is made else ()))][:1]
            if not to and trigger.dep_ == "dobj" and of:
                to = roles.pobjs(trigger.head, "to")  # "negotiated the surrender of 60 fighters to the army"
            to = to or (gone_to(trigger, actors) if of else [])  # "the army received the surrender of 18 rebels"
            # "the surrender of 320 fighters of the X marks ...": fighters going over need no side named
            # and insurgents' ("a massive surrender of 443 Boko Haram terrorists"), whoever takes them in
            unnamed = not to and (rebels or any(is_member(o) for o in of))
            if not (to or unnamed) or to and is_legal(to[0]) and not rebels:
                return
            if trigger.head.lemma_.lower() in ("call", "demand", "offer", "urge"):
                return
            agents, source = (of[:1], "syntax") if of else roles.noun_agent(trigger)
            if any(a.ent_type_ == "GPE" for a in agents):
                return  # "Germany's surrender to the Allies": a state capitulating
            yield Draft.defection(trigger, agents, source, to=to, strength=0.5)
            return
        agents, source = roles.noun_agent(trigger)
        if agents and agents[0].pos_ == "PRON" and trigger.dep_ == "dobj" and trigger.head.pos_ in roles.VERB_POS:
            # "A colonel in the Syrian army announced his defection": the possessor is the one announcing.
            subj = roles.subject(trigger.head)
            if subj is not None and subj.pos_ != "PRON":
                agents = [pledger(subj)]  # "appeared in a video ... announcing his defection": who the video shows
        if lemma in ("defector", "deserter"):
            appos = [c for c in trigger.children if c.dep_ == "appos"]
            if not appos and not _named_defector(trigger):
                return  # a bare "defectors" is a population ("a cash reward for defectors"), not an event
            agents, source = (appos or [_among(trigger) or _apposed(trigger) or trigger]), "syntax"
            if trigger.dep_ == "compound" and trigger.head.ent_type_ == "PERSON":
                agents = [trigger.head]  # "North Korean defector Thae Yong-ho" is the person
        frm = roles.pobjs(trigger, "from", "of")
        to = roles.pobjs(trigger, "to")
        if lemma in ("defection", "desertion") and _side_named_before(trigger, agents, actors):
            frm, agents = frm or agents, []  # "the single largest LRA defection": a defection from the LRA
        if not frm and lemma in ("defection", "desertion"):
            frm = _dealt_blow(trigger)  # "His defection is another blow to the regime": the side he left
        if not (frm or to) and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in _TELLING:
            # "The tribes announced their defection from the coalition": the parser hung the side on the verb
            frm = [t for t in roles.pobjs(trigger.head, "from") if t.ent_type_ not in ("GPE", "LOC", "FAC")]
        if not to and lemma in ("defector", "deserter"):
            to = fled_to(trigger, agents[0] if agents else None, actors)  # "deserters ... have crossed into Russia"
        if not to and lemma in ("defector", "deserter") and trigger.dep_ == "nsubj" and trigger.head.lemma_ == "join":
            to = [
                o for o in roles.children(trigger.head, "dobj") if is_group(o, actors)
            ]  # "The defectors joined the FSA"
        defectors = [
            f
            for f in frm
            if f.head.lower_ == "of" and ((m := _counted(f)).ent_type_ == "PERSON" or is_member(m) or is_politician(m))
        ]
        if defectors:
            # "the defection of General Tlass": the "of" phrase is who defected, not the side left, nor whoever
            # announced it ("The defection of the commander ... was announced by the YPG").
            agents, source = defectors, "syntax"
            frm = [f for f in frm if f not in defectors]
            # "the defection of 16 of the 52 MPs from the government side": the side left hangs on the members
            frm += [f for d in defectors for f in roles.pobjs(_counted(d), "from") if f not in frm]
        if not frm and lemma in ("defection", "desertion") and (sufferer := _suffered_by(trigger)) is not None:
            frm = [sufferer]  # "ISIL suffered from the defection of two senior commanders": the side they left
        if lemma in ("defection", "desertion") and generic_use.how_common(trigger):
            return  # "Defections from both sides have been common in the war": how often, not one's defection
        if lemma in ("defection", "desertion") and not (frm or to or agents):
            for c in trigger.children:
                if c.dep_ in ("amod", "compound") and (c.ent_type_ in ("NORP", "GPE") or c.ent_id_ or acronym(c)):
                    frm = [c]
            if not frm and _population(trigger):
                return  # "Defections in both directions have been common in the war": no one's defection
        yield Draft.defection(trigger, agents, source, left=frm, to=to, strength=0.55)
        return
    if lemma == "defected" or (trigger.dep_ == "amod" and lemma == "defect"):
        head = trigger.head
        left = [c for c in head.children if c.dep_ in ("compound",) and c.ent_type_]
        yield Draft.defection(trigger, [head], "syntax", left=left, strength=0.55)
        return
