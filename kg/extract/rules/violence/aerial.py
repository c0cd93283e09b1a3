"""The aerial decision: does an attack come from the air (an AIRSTRIKE) or not (an ATTACK)?

The trigger is an air strike by itself ("airstrike", "drone"), has an aerial modifier ("air raid"), or aircraft,
drones, "air force", "barrel bombs" or "from the air" deliver it, in its sentence or in the one before.  Aircraft
that back a ground attack ("troops, backed by coalition helicopters, stormed ...") make no air strike of it, but
strike the same target themselves (:func:`air_support`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract import lexicon, roles, senses
from kg.extract.registry import Draft
from kg.extract.rules.violence import words
from kg.extract.rules.violence.support import support_words, supported_doer, supporters
from kg.models import EventType


def is_aerial(trigger: Token) -> bool:
    """True when the attack at ``trigger`` is said to come from the air: the trigger is an air strike,
    or aircraft, drones, "air force", "barrel bombs" or "from the air" deliver it."""
    return roles.per_token(trigger, "aerial", _aerial)  # both the ATTACK and the AIRSTRIKE rule ask


def aerial_token(token: Token) -> bool:
    """True for a word that names aircraft, drones or air-delivered munitions (not "suicide bomber")."""
    lemma = token.lemma_.lower()
    if lemma == "bomber" and _person_bomber(token):
        return False  # "A suicide bomber attacked a mosque ... The bomber detonated his vest": the same person
    if _against_aircraft(token) or _not_flying(token):
        return False  # "anti-aircraft guns", "counter-drone systems", "a naval drone": nothing that flies
    if senses.air_arm(token):
        return True  # "Russian Aerospace Forces", "its air component", "air assets of the coalition"
    if lemma in lexicon.AERIAL_LEMMAS or token.lower_ in lexicon.AERIAL_LEMMAS or lemma in lexicon.AIR_MUNITIONS:
        return True
    if token.tag_ == "NNPS" and token.lower_.endswith("s") and token.lower_[:-1] in lexicon.AERIAL_LEMMAS:
        return True  # "its Alpha Jets": a type's plural the tagger took for a name keeps its own lemma
    if "-" in token.lower_ and any(part in lexicon.AERIAL_LEMMAS for part in token.lower_.split("-")):
        return True  # "a drone-borne IED", "a UAV-dropped grenade"
    parts = token.lower_.split("-")
    if len(parts) == 2 and parts[0] == "air" and parts[1].endswith("ed"):
        return True  # "air-dropped bombs", "an air-launched missile", "air-delivered munitions"
    if (
        token.lower_ == "air"
        and token.head.tag_ == "VBN"
        and token.i + 1 < len(token.doc)
        and token.nbor(1).text == "-"
    ):
        return True  # the same split at its hyphen: "Air - dropped"
    return senses.aircraft_name(token)


def flying_doer(doer: Token) -> bool:
    """True when the doer's own phrase names aircraft or an air arm it belongs to or acts for: "our brothers in the
    drone unit", "the Air Component, whose platforms struck ..." (the owner of "whose"), "crews of the army's
    gunships".  What the doer is said to act on, further down the sentence, is not its phrase."""
    phrase = [t for t in doer.subtree if t.i < doer.i or t.head.i <= doer.i or t.head in _owners(doer)]
    if any(aerial_token(t) for t in phrase if t is not doer):
        return True
    owner = next((c for c in doer.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
    return owner is not None and doer.head.dep_ == "relcl" and aerial_token(doer.head.head)


def _owners(doer: Token) -> list[Token]:
    """The nouns of the doer's own "in"/"of" phrases: "brothers in the drone unit" -> unit."""
    return [o for o in roles.pobjs(doer, "in", "of", "from")]


def _person_bomber(token: Token) -> bool:
    """True when the "bomber" of ``token`` is a person, not an aircraft: the document tells of suicide bombing, before
    or after it ("the first bomber, a young woman, blew herself up", "carried out suicide bombings ..., killing 13
    besides the bombers"), and nothing on the word makes it a plane ("a B-52 bomber", "strategic bombers", "Russian
    bombers")."""
    if any(c.lower_ == "suicide" for c in token.children):
        return True  # "a Palestinian suicide bomber"
    if any(
        c.dep_ in ("amod", "compound", "nmod")
        and (senses.aircraft_name(c) or c.lower_ in words.BOMBER_KINDS or c.ent_type_ in ("NORP", "GPE"))
        for c in token.children
    ):
        return False  # "Russian bombers" are a state's planes whatever else the document tells
    return roles.per_token(token.doc[0], "suicide_told", _suicide_told)


def _suicide_told(first: Token) -> bool:
    """True when the document of ``first`` (its first token) tells of suicide bombing ("suicide bombers",
    "a suicide attack", "blew himself up"): a bomber there is the person who did it."""
    doc = first.doc
    return any(
        t.lower_ == "suicide" or t.lower_ in words.SELF_PRONOUNS and t.head.lemma_.lower() == "blow" for t in doc
    )


def _against_aircraft(token: Token) -> bool:
    """True for the aircraft word of a weapon against aircraft: "anti-aircraft", "counter-drone"."""
    parts = token.lower_.split("-")
    if len(parts) > 1 and parts[0] in words.AGAINST_PREFIXES:
        return True
    doc = token.doc
    return token.i > 1 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in words.AGAINST_PREFIXES


def _not_flying(token: Token) -> bool:
    """True for a drone that sails or drives ("a naval drone", "sea drones", "a ground drone")."""
    return token.lemma_.lower() in ("drone", "uav") and any(
        c.dep_ in ("amod", "compound") and c.lower_ in words.NOT_FLYING for c in token.children
    )


def _air_force(token: Token) -> bool:
    return token.lower_ in words.AIR_FORCE and token.i > 0 and token.nbor(-1).lower_ == "air"


def acted_on(token: Token) -> bool:
    """True when the phrase of ``token`` is what some verb acts on or where it happens ("destroyed two
    helicopters", "a hangar housing drones", "at the air force academy"): aircraft there do no attacking."""
    root = token
    while root.dep_ in ("compound", "amod", "nmod", "conj", "appos", "nummod", "poss") and root.head is not root:
        root = root.head
    if root.dep_ == "dobj" and root.head.lemma_.lower() in lexicon.INSTRUMENT_VERBS:
        return False  # "conducted 23 strikes using attack and fighter aircraft"
    if root.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "dative"):
        return True
    return root.dep_ == "pobj" and root.head.lower_ in words.ACTED_ON_PREPS


def _patient_side(trigger: Token) -> set[int]:
    """Token indices of what is attacked: a plane shot down is not an air strike."""
    out: set[int] = set()
    heads = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    heads += roles.pobjs(trigger, "of", "on", "against", "at")
    for h in heads:
        out.update(t.i for t in h.subtree)
    return out


def _aerial(trigger: Token) -> bool:
    lemma = trigger.lemma_.lower()
    if {trigger.lower_, lemma} & words.AIR_TRIGGERS and not _not_flying(trigger):
        return True  # "a Russian drone struck a building": the drone is the air strike
    for c in trigger.children:
        if c.dep_ in ("amod", "compound", "nmod") and (c.lower_ in words.AIR_MODIFIER_WORDS or aerial_token(c)):
            return True
        if c.dep_ == "amod" and c.tag_ == "VBN" and any(aerial_token(g) for g in c.children if g.i < c.i):
            return True  # "a drone-launched missile", "helicopter-fired rockets": what launched it flies
    if lemma in words.DROPPED and trigger.head.lemma_.lower() in words.DROP_VERBS:
        return True  # "bombs were dropped on the market": dropped bombs come from the air
    if lemma in words.AIRCRAFT_ONLY:
        return True
    if lemma == "raid" and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in words.BOMBING for c in trigger.children
    ):
        return True  # "Allied bombing raids on its cities": a raid that bombs is flown
    if lemma in words.BOMBING and trigger.dep_ == "compound" and trigger.head.lemma_.lower() == "raid":
        return True
    if trigger.pos_ == "VERB" and called_aircraft(trigger) is not None:
        return True  # "gunships were called in against firing points"
    if lemma == "drop" and trigger.pos_ == "VERB":
        return True  # "a UAV dropped an explosive device on a checkpoint" (only weapons make "drop" a trigger)
    if trigger.pos_ == "VERB" and _flown_doer(trigger):
        return True  # "its Alpha Jets neutralised scores of terrorists", "F-16s shot down a drone": the doer flies
    if trigger.pos_ == "VERB" and (_in_air_operation(trigger) or _strike_it_names(trigger)):
        return True  # "neutralised 12 PKK terrorists in air operations", "the strike by a US drone ...; it killed two"
    if trigger.pos_ == "VERB" and (_sends_aircraft(trigger) or _it_flies(trigger)):
        return True  # "fired missiles and drones towards Eilat", "A drone circled over X. It fired a missile at ..."
    if lemma not in words.AERIAL_CAPABLE:
        return False
    sent_text = roles.sentence_text(trigger).lower()
    if any(phrase in sent_text for phrase in words.AIR_PHRASES):
        return True
    if any(_air_force(t) and not acted_on(t) and not _speaker(t, trigger) for t in roles.sentence(trigger)):
        return True  # "the Syrian air force bombed ...", not "a bombing at the air force academy"
    patient = _patient_side(trigger) | support_words(trigger)  # what is hit, and who only backed the doer
    verbal = trigger.pos_ == "VERB" and trigger.dep_ not in ("nsubj", "dobj", "pobj")
    doer = _verb_doer(trigger) if verbal else _noun_doer(trigger)
    if any(aerial_token(t) for t in doer if t.i not in patient):
        return True
    if lemma == "attack" and trigger.pos_ != "VERB" and not roles.noun_agent(trigger)[0]:
        return _aerial_before(trigger, strict=True)  # "Jets circled over Saada. ... the attacks killed eight"
    if lemma in words.AIR_PRONE:
        if any(
            aerial_token(t) and not acted_on(t) and not _speaker(t, trigger) and not _another_deeds(t, trigger, doer)
            for t in roles.sentence(trigger)
            if t.i not in patient and t.i != trigger.i
        ):
            return True
        return _aerial_before(trigger)
    return False


def _another_deeds(aircraft: Token, trigger: Token, doer: list[Token]) -> bool:
    """True when the aircraft word of the sentence belongs to another deed than ``trigger``'s: the doer of another
    verb while the trigger has a doer of its own ("Turkish warplanes struck Ras al-Ain, and artillery pounded targets
    near Tal Abyad"), or the modifier of another attack noun ("a drone strike killed an operative wanted for the 2000
    bombing of the USS Cole")."""
    if aircraft.dep_ in ("compound", "amod", "nmod") and aircraft.head is not trigger:
        return aircraft.head.lemma_.lower() in words.EVENT_HEADS
    if aircraft.dep_ == "nsubj" and aircraft.head is not trigger and aircraft.head.pos_ == "VERB":
        return bool(doer) and trigger.pos_ == "VERB"
    return False


def _in_air_operation(verb: Token) -> bool:
    """True when the deed of ``verb`` is done in or during an operation from the air ("neutralised 12 terrorists in
    air operations", "were killed during a drone operation")."""
    return any(
        c.dep_ in ("amod", "compound") and c.lower_ in words.AIR_MODIFIER_WORDS
        for w in roles.pobjs(verb, "in", "during")
        for c in w.children
    )


def _strike_it_names(verb: Token) -> bool:
    """True when the subject of ``verb`` is "it" and the event noun it stands for, the last one before it in its
    sentence or the one before, is an air strike ("the strike by a US drone ...; officials said it killed two")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ != "it":
        return False
    nouns = [t for t in _told_before(subject) if t.pos_ == "NOUN" and t.lemma_.lower() in words.AERIAL_CAPABLE]
    return bool(nouns) and is_aerial(nouns[-1])


def _told_before(pronoun: Token) -> Span:
    """The words before ``pronoun`` in its sentence and the one before: where what "it" stands for is told."""
    sent = roles.sentence(pronoun)
    start = roles.sentence(sent.doc[sent.start - 1]).start if sent.start > 0 else sent.start
    return sent.doc[start : pronoun.i]


def _sends_aircraft(verb: Token) -> bool:
    """True when ``verb`` sends off drones or aircraft among what it fires or launches ("fired missiles and drones
    towards Eilat", "three drones were launched at the base"): what is sent flies to its target.  "Shoot" is not
    read: a drone shot is shot down."""
    if verb.lemma_.lower() not in words.SENDING_VERBS:
        return False
    sent = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(aerial_token(t) for head in sent for t in roles.conjuncts(head))


def _it_flies(verb: Token) -> bool:
    """True when the subject of ``verb`` is "it" and the last subject before it, in its sentence or the one before,
    is aircraft that flew or was seen there ("The drone came in low over the palms, residents said. It fired once at a
    pickup")."""
    subject = roles.subject(verb)
    if subject is None or subject.lower_ != "it":
        return False
    before = [
        t
        for t in _told_before(subject)
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and t.head.lemma_ not in words.SAYING_VERBS
    ]  # "..., residents said. It fired": who told it is not what "it" is
    return bool(before) and aerial_token(before[-1]) and (before[-1].dep_ == "nsubj" or _sighted(before[-1]))


def _flown_doer(verb: Token) -> bool:
    """True when the subject of the violence verb ``verb`` is itself aircraft ("its Alpha Jets", "two Su-25s and a
    helicopter"): whatever the verb, a deed whose doer flies comes from the air."""
    subject = roles.subject(verb)
    if roles.is_passive(verb):
        subject = next(iter(roles.pobjs(verb, "by")), None)  # "was intercepted by a fighter jet"
    if subject is None and verb.dep_ == "conj" and roles.is_passive(verb.head) and not roles.is_passive(verb):
        subject = roles.first(roles.children(verb.head, "nsubjpass"))  # "Two gunships were scrambled and fired on"
    if subject is None or verb.dep_ in ("nsubj", "dobj", "pobj"):
        return False
    if _air_support_noun(subject):
        return True  # "Air support was called in and neutralised 40 of the attackers"
    return any(aerial_token(s) and s.pos_ in ("NOUN", "PROPN") for s in roles.conjuncts(subject))


def _air_support_noun(token: Token) -> bool:
    """True for "air support", "close air support", "aerial support": help from the air, which strikes when it acts."""
    return token.lemma_.lower() == "support" and any(
        c.dep_ in ("amod", "compound") and c.lower_ in words.AIR_MODIFIER_WORDS for c in token.children
    )


def called_aircraft(verb: Token) -> Token | None:
    """The aircraft or air strikes ``verb`` calls in ("Apache gunships were called in against firing points", "the
    company called in air support on the compound"), or None: a force calls in what flies to strike for it."""
    if verb.lemma_.lower() != "call" or not any(
        c.lower_ == "in" and (c.dep_ == "prt" or c.dep_ == "prep" and not list(c.children)) for c in verb.children
    ):
        return None  # "called in", its particle sometimes tagged a preposition with no object
    for head in roles.children(verb, "dobj", "nsubjpass"):
        air = air_supporter(head)
        if air is not None:
            return air
    return None


def _verb_doer(trigger: Token) -> list[Token]:
    """The tokens of whoever does the violence of a verb trigger, and what they do it with or from."""
    doer: list[Token] = []
    subj = roles.subject(trigger)
    if subj is None and roles.is_passive(trigger):
        subj = next((a for c in trigger.children if c.dep_ == "conj" for a in roles.pobjs(c, "by")), None)
    if subj is not None:
        doer = list(subj.subtree)
        if any(c.dep_ == "poss" and c.lower_ == "whose" for c in subj.children) and subj.head.dep_ == "relcl":
            doer.append(subj.head.head)  # "the Air Component, whose platforms struck": the platforms are its
    doer += [t for w in roles.pobjs(trigger, "with", "from") for t in w.subtree]
    if trigger.dep_ == "acl" and (trigger.tag_ in ("VBD", "VBG") or any(c.dep_ == "dobj" for c in trigger.children)):
        # "coalition aircraft bombed Iraqi forces" parsed as a clause on "aircraft": an object means active
        doer += [t for t in trigger.head.subtree if t.i < trigger.i]
    if trigger.dep_ in ("xcomp", "advcl") and trigger.head.lemma_.lower() in lexicon.INSTRUMENT_VERBS:
        # "the army used helicopters to attack": the instrument of the governing verb is the doer.
        doer += [t for o in roles.children(trigger.head, "dobj", "nsubjpass") for t in o.subtree]
    return doer


def _noun_doer(trigger: Token) -> list[Token]:
    """The tokens of whoever does the violence of a noun trigger: its agent, "by"/"from" phrases, a clause."""
    agents, _ = roles.noun_agent(trigger)
    doer = [t for a in agents for t in a.subtree] + [t for w in roles.pobjs(trigger, "by", "from") for t in w.subtree]
    doer += [t for c in trigger.children if c.dep_ == "acl" for t in c.subtree]  # "missiles fired from a drone"
    gov = trigger.head if trigger.dep_ == "nsubj" else None
    if trigger.dep_ == "pobj" and trigger.head.head.pos_ in ("VERB", "AUX"):
        gov = trigger.head.head  # "came under fire from a drone"
    if gov is not None:
        doer += [t for w in roles.pobjs(gov, "with", "from") for t in w.subtree]
    carrier = _carried_out_by(trigger)
    if carrier is not None:
        # "carried out a series of attacks on police stations using explosive-laden drones"
        tools = roles.pobjs(carrier, "with") + [o for c in _usings(carrier) for o in roles.children(c, "dobj")]
        doer += [t for w in tools for t in w.subtree]
    return doer


def _usings(verb: Token) -> list[Token]:
    """The "using" participles of ``verb``'s own clause, wherever the parser hung them ("carried out attacks on police
    posts in Velka using drones", "using" on "posts"): no other verb between them and ``verb``."""
    found = []
    for t in verb.subtree:
        if t.lower_ != "using" or t.dep_ not in ("advcl", "xcomp", "acl"):
            continue
        path = [a for a in t.ancestors if a.i != verb.i and verb in a.ancestors]
        if not any(a.pos_ in ("VERB", "AUX") for a in path):
            found.append(t)
    return found


def _carried_out_by(noun: Token) -> Token | None:
    """The light verb whose object ``noun`` is, through a counting noun's "of" ("carried out a series of attacks",
    "launched a wave of strikes"), or None."""
    head = noun
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        head = head.head.head
    verb = head.head
    return verb if head.dep_ == "dobj" and verb.lemma_.lower() in roles.LIGHT_VERBS else None


def _aerial_before(trigger: Token, *, strict: bool = False) -> bool:
    """True when "the strikes" or "the raid" follows a sentence of the same paragraph in which aircraft
    strike or air strikes are named ("Russian jets pounded Idlib. The strikes killed 12."): the text has
    said where they come from.  Two sentences back (and for "the attacks", ``strict``) the aircraft must be flying
    or striking there: helicopters that evacuated the wounded or a drone strike told as a cause are not."""
    sent = roles.sentence(trigger)
    if sent.start == 0 or trigger.pos_ == "VERB":
        return False
    if not any(c.dep_ in ("det", "poss") and c.lower_ in words.ANAPHORIC for c in trigger.children):
        return False
    for back in range(2):  # the sentence before, and (a report's line between) the one before that
        prev = roles.sentence(sent.doc[sent.start - 1])
        if "\n\n" in roles.text_between(prev, sent) or "\n\n" in prev.text:
            return False  # another paragraph
        loose = back == 0 and not strict
        if any(aerial_token(t) and (_flying(t) or loose and not acted_on(t) and not _speaker(t)) for t in prev):
            return True
        if prev.start == 0 or any(
            t.dep_ == "nsubj"
            and senses.armed_actor(t)
            and not aerial_token(t)
            and t.head.lemma_ in words.VIOLENT_LEMMAS
            for t in prev
        ):
            return False  # another doer's deed told between them may be what "the attacks" are
        sent = prev
    return False


def _speaker(token: Token, trigger: Token | None = None) -> bool:
    """True when the phrase of ``token`` is who says or reports ("Russia fired 40 missiles, Ukraine's air force said"):
    a source, not what delivered the strike, when the deed at ``trigger`` has a doer of its own that is no pronoun
    ("The air force said it struck ...": "it" is the air force)."""
    root = token
    while root.dep_ in ("compound", "amod", "nmod", "poss", "conj") and root.head is not root:
        root = root.head
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in words.SAYING_VERBS:
        return False
    if trigger is None:
        return True
    doer = roles.subject(trigger) if trigger.pos_ == "VERB" else next(iter(roles.noun_agent(trigger)[0]), None)
    return doer is not None and doer.pos_ != "PRON" and doer.i != root.i


def _flying(token: Token) -> bool:
    """True when the aircraft of ``token`` fly or strike in their sentence: seen or heard (:func:`_sighted`), or the
    subject of a verb of flight or violence ("Jets circled over Saada", "Russian jets pounded Idlib")."""
    if _sighted(token):
        return True
    root = token
    while root.dep_ in ("compound", "amod", "nmod", "conj", "nummod") and root.head is not root:
        root = root.head
    verb = root.head
    return root.dep_ == "nsubj" and (verb.lemma_.lower() in words.FLIGHT_VERBS or verb.lemma_ in words.VIOLENT_LEMMAS)


def _sighted(token: Token) -> bool:
    """True when the aircraft of ``token`` are seen or heard, not acted on ("A Sukhoi jet was seen circling over the
    town", "Drones were heard over the camp", "Witnesses described a jet swooping low"): the aircraft were there."""
    root = token
    while root.dep_ in ("compound", "amod", "nmod", "conj", "nummod") and root.head is not root:
        root = root.head
    return root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in words.SIGHTING_VERBS


def air_supporter(head: Token) -> Token | None:
    """The word of a supporter that is aircraft or a strike from the air: "coalition helicopters", "artillery and
    Cessna aircraft" (the aircraft), "Russian air strikes", "coalition air support"."""
    for t in roles.conjuncts(head):
        if aerial_token(t) or t.lemma_.lower() in words.AIR_TRIGGERS:
            return t
        if any(c.dep_ in ("amod", "compound") and c.lower_ in words.AIR_MODIFIER_WORDS for c in t.children):
            return t
    return None


def air_support(draft: Draft) -> Iterator[Draft]:
    """The strikes of the aircraft that backed a ground attack: "troops, backed by coalition helicopters, stormed
    the village" is the troops' attack and the helicopters' air strike, on the same village, as real reports and
    their annotations count them.  Aircraft that only back a force ("the SDF, backed by coalition aircraft,
    controls the town") strike nothing: only an attack's draft is read."""
    if draft.type is not EventType.ATTACK:
        return
    backed = supported_doer(draft.trigger)
    if backed is not None and draft.agents and all(a.i != backed.i for a in draft.agents):
        return  # "troops backed by gunships clashed with rebels": the rebels' side of the clash had no gunships
    for _, head in supporters(draft.trigger):
        air = air_supporter(head)
        if air is None:
            continue
        if air.lemma_.lower() in words.AIR_HEADS or air.lemma_.lower() in words.AIR_TRIGGERS:
            doers, _ = roles.noun_agent(air)  # "Russian air strikes": Russia struck
        else:
            doers = [air]  # "coalition helicopters", "Kenyan Defence Forces jets"
        yield Draft.by(
            EventType.AIRSTRIKE, air, doers, "syntax", targets=draft.targets, places=draft.places, strength=0.55
        )
