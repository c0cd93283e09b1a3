"""The sides of a change of side that the trigger's own clause leaves unsaid, for the DEFECTION rule
(kg.extract.rules.defection): read from the mover's own noun phrase, the verbs coordinated with the trigger and the
one who reports it.

Reports name the side left on the one who left it more often than after "from": "A FARC dissident commander known as
El Tuerto turned himself in", "Colonel X, a former spokesman for the Sudanese army, has gone over to the RSF", "Two
Ansaru commanders gave themselves up". The side gone to is often on a verb beside the trigger ("flew his Mi-8 to
Ukraine and defected", "defected and sought refuge in Ethiopia", "announced his defection to the government") or is
the force that reports the surrender ("35 rebels had surrendered at a camp near Dubre, the army said").
:func:`completed` fills what the rule left empty; it never replaces a side the clause names (a bare "the group"
stays: replacing it by the mover's name moved stress2 the wrong way).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon, roles
from kg.extract.actors import Actors
from kg.extract.registry import Draft
from kg.extract.rules.defectors import affiliation, is_legal, is_rank_or_member, named_person
from kg.extract.rules.described import described_side
from kg.extract.rules.foughtfor import fought_for, is_force, named_side
from kg.extract.rules.joinedover import joined_beside
from kg.extract.rules.membership import SPEAKING_TITLES, ranks_of
from kg.extract.rules.sidebeside import told_beside
from kg.extract.rules.titles import POLITICAL_TITLES
from kg.geo.gazetteer import geonames
from kg.models import EntityKind

# Titles and members whose "for"/"with" phrase is the side they serve: "a spokesman for the Sudanese army".
_SERVING = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "commander", "fighter", "officer", "official", "member", "leader",
    "adviser", "advisor", "negotiator", "envoy", "representative", "recruiter", "financier", "militant", "operative",
    "soldier", "pilot", "chief", "emir", "deputy",
})  # fmt: skip
# Verbs of going somewhere that, beside a defection, say where the defector went.
_MOVES = frozenset({"fly", "flee", "cross", "escape", "drive", "sail", "walk", "slip", "defect", "run", "head"})
# What one seeks abroad after defecting: "defected and sought refuge in Ethiopia".
_REFUGE = frozenset({"refuge", "asylum", "protection", "shelter", "sanctuary"})
_SEEKING = frozenset({"seek", "request", "ask", "apply", "claim", "find", "take"})
# Nouns of the change of side that a verb announces: "announced his defection to the government".
_CHANGE_NOUNS = frozenset({"defection", "desertion", "surrender", "switch", "move"})
_ANNOUNCING = frozenset({"announce", "declare", "confirm", "make", "complete", "film", "video"})
# Surrender triggers whose side gone to may be the force that reports them.
_SURRENDERS = frozenset({"surrender", "hand", "give", "turn", "lay", "yield"})
_REPORTING = frozenset({"say", "report", "announce", "confirm", "state", "tell", "add", "disclose", "reveal"})
# Who reports a surrender it received: a state's forces or their command, not the police or a court.
_FORCE_HEADS = frozenset({
    "army", "military", "troop", "force", "headquarters", "command", "division", "brigade", "battalion", "ministry",
    "operation", "task",
})  # fmt: skip
_STATE_KINDS = (EntityKind.STATE,)
# Fighters whose unknown name modifier is the group they left: "Two Ansaru commanders", "CODECO militiamen".
_FIGHTERS = frozenset({
    "rebel", "militant", "combatant", "insurgent", "guerrilla", "jihadist", "militiaman", "militiamen", "cadre",
})  # fmt: skip
# Entity types of a name glued to a fighter noun that say it is no group's: places, peoples, times, numbers.
_NO_GROUP_NAMES = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY"})
_GROUPS = frozenset({"militia", "group", "movement", "front", "army", "brigade", "battalion", "faction", "rebel"})
_TITLES = POLITICAL_TITLES | {"mp", "mna", "mpa", "mla", "mlc"}
# Verbs whose subject takes a surrender made to it: "the army received the surrender of 18 rebels".
_RECEIVING = frozenset({"receive", "accept", "take", "welcome"})


def completed(draft: Draft, actors: Actors) -> Draft:
    """``draft`` with its side left read off the mover when the clause names none, and its
    side gone to read off the coordinated verbs or the reporting force when the clause names none."""
    mover = draft.agents[0] if draft.agents else None
    if draft.targets and all(t.pos_ == "PRON" for t in draft.targets):
        # "Most of them surrendered": whose they were (the pronoun stays when nothing better is found)
        draft.targets = _pronoun_side(draft.targets[0], actors) or draft.targets
    if mover is not None and mover.lemma_.lower() in _UNIT_NOUNS:
        # "The Shammar tribal militia ... changed sides": a unit's own name is not the side it left
        draft.targets = [t for t in draft.targets if not (mover.left_edge.i <= t.i < mover.i)]
    if mover is not None and mover.pos_ != "PRON" and not draft.targets:
        draft.targets = mover_side(mover, draft.to, actors)
    draft.targets = [named_person(t) for t in draft.targets]  # "fighters loyal to commander Gatwech"
    # "switched to the side of the government", "joined its ranks" (the group "its" stands for)
    draft.to = [ranks_of(t, actors) if t.lemma_.lower() == "rank" else _whose_side(t) for t in draft.to]
    if not draft.to:
        draft.to = gone_to(draft.trigger, actors)
    if not draft.to:
        draft.to = joined_beside(draft.trigger, actors)  # "deserted ... and was believed to have joined the MDN"
    if not draft.to:
        draft.to = told_beside(draft.trigger)  # "broke with X and pledged allegiance to Y"
    if not draft.to and mover is not None:
        draft.to = joined_next(draft.trigger, mover, actors)
    return draft


def mover_side(mover: Token, to: list[Token], actors: Actors) -> list[Token]:
    """The side left named in the mover's own phrase: its relative clause ("which had fought alongside X"), its
    "of"/"from" phrase or possessor (`defectors.affiliation`), a name before its head or a title's "for" phrase
    (:func:`own_side`), a title in its apposition; nothing when that side is the side gone to."""
    own, named = fought_for(mover, actors) or affiliation(mover), own_side(mover, actors)
    own = own or described_side(mover, lambda t: named_side(t, actors))  # "X, a founding member of the NPP"
    if not own or named and named_side(named[0], actors) and not named_side(own[0], actors):
        own = named  # "Several PPP leaders from Larkana": the party named before the title, not the town
    if own and own[0].pos_ == "PRON":
        own = _pronoun_side(own[0], actors) or own
    return own[:1] if own and not _same(own[0], to, actors) else []


# Heads of a mover that is a unit or group itself, whose own modifiers name it, not a side it belongs to.
_UNIT_NOUNS = frozenset({"militia", "tribe", "clan", "lashkar"})


def _whose_side(token: Token) -> Token:
    """The side a "side"/"camp" noun is of: "the side of the government" -> the government."""
    if token.lemma_.lower() in ("side", "camp") and (of := roles.pobjs(token, "of")):
        return of[0]
    return token


def _pronoun_side(pronoun: Token, actors: Actors) -> list[Token]:
    """The side a pronoun read as the side left stands for: a group it resolves to by name, or the side of the
    members it resolves to ("at least 150 fighters of the Kazo Front have abandoned the struggle. Most of them
    surrendered" -> the Kazo Front); nothing when neither is found (a bare "them" names no side)."""
    entity = actors.salience.resolve_pronoun(pronoun)
    name = actors.salience.antecedent(pronoun, entity) if entity is not None else None
    if entity is None or name is None:
        return []
    if entity.kind in (EntityKind.ARMED_GROUP, EntityKind.ORGANISATION):
        return [name.root]
    return affiliation(name.root)[:1] if entity.kind is EntityKind.COLLECTIVE else []


def _same(side: Token, to: list[Token], actors: Actors) -> bool:
    if not to:
        return False
    a, b = actors.mention(side), actors.mention(to[0])
    if a is not None and b is not None:
        return a.entity.key == b.entity.key
    return side.lower_ == to[0].lower_


def own_side(mover: Token, actors: Actors) -> list[Token]:
    """The side named inside the mover's own phrase where :func:`affiliation` finds none: a "for"/"with" phrase on
    a title ("a former spokesman for the Sudanese army"), an organisation's name anywhere before the head ("A FARC
    dissident commander", where FARC hangs on "dissident"), or an unknown name glued to a member noun ("Two Ansaru
    commanders", a name no gazetteer or NER knows as a place or a person)."""
    heads = [mover, *(c for c in mover.children if c.dep_ == "appos")]
    if mover.dep_ == "appos":
        heads.append(mover.head)
    for head in heads:
        if head.lemma_.lower() in _SERVING:
            served = [t for t in roles.pobjs(head, "for", "with") if named_side(t, actors) or is_force(t)]
            if served:
                return served[:1]
        if head.lemma_.lower() in _ELEMENTS:  # "Some 30 elements of the CODECO militia"
            of = [t for t in roles.pobjs(head, "of", "from") if named_side(t, actors) or t.lemma_.lower() in _GROUPS]
            if of:
                return of[:1]
    for head in heads:
        before = [t for t in head.subtree if head.left_edge.i <= t.i < head.i and t.pos_ in ("PROPN", "NOUN")]
        named = [
            t
            for t in before
            if named_side(t, actors) and t.ent_type_ not in ("PERSON", "GPE", "NORP") and t.lower_ not in _TITLES
        ]  # not "MNA Shaukat Mehr", a title's acronym
        if named:
            return named[:1]
    head = mover
    if head.lemma_.lower() in _SERVING | _FIGHTERS or head.lower_ in _FIGHTERS:
        for c in head.children:
            name_like = c.is_title or (c.is_upper and c.is_alpha and 2 <= len(c) <= 8)  # "CODECO militiamen"
            # the small model tags an unknown group's name on its fighters as anything ("Twelve Fano fighters": a
            # person; "40 Nyatura fighters": a work of art); only a place or a people is no side here
            untyped = c.ent_type_ not in _NO_GROUP_NAMES
            if c.dep_ == "compound" and c.pos_ == "PROPN" and untyped and not c.ent_id_ and name_like:
                if not any(g.dep_ == "compound" for g in c.children) and not geonames().lookup(c.text):
                    return [c]
    return []


def gone_to(trigger: Token, actors: Actors) -> list[Token]:
    """Where a defector went when the trigger's clause does not say: the destination of a move coordinated with it,
    the country where refuge was sought, the "to" phrase of the verb announcing a defection noun, or the state force
    that reports a surrender."""
    lemma = trigger.lemma_.lower()
    if lemma == "surrender" and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in _RECEIVING:
        receiver = roles.subject(trigger.head)  # "Troops of the 33rd Battalion received the surrender of 18 rebels"
        if receiver is not None and receiver.pos_ != "PRON" and not is_legal(receiver):
            return [receiver]
    if trigger.pos_ in ("NOUN", "PROPN") and lemma in _CHANGE_NOUNS and trigger.dep_ == "dobj":
        verb = trigger.head  # "announced his defection to the government": the parser hangs "to" on the verb
        if verb.lemma_.lower() in _ANNOUNCING:
            to = [t for t in roles.pobjs(verb, "to") if t.i > trigger.i and not is_legal(t)]
            if to:
                return to[:1]
    if trigger.pos_ not in roles.VERB_POS:
        return []
    near = [c for c in trigger.children if c.dep_ in ("conj", "advcl")]
    if trigger.dep_ == "conj":
        near.append(trigger.head)
    for verb in near:
        verb_lemma = verb.lemma_.lower()
        if verb_lemma in _MOVES and verb.i < trigger.i:
            # "flew his Mi-8 to Ukraine and defected": a state reached before the defection was told
            states = [t for t in roles.pobjs(verb, "to", "into") if t.ent_type_ == "GPE"]
            if states and actors.gaz.capital(states[0].text) is None:
                return states[:1]
        if verb_lemma in _SEEKING:
            sought = [o for o in roles.children(verb, "dobj") if o.lemma_.lower() in _REFUGE]
            states = [t for o in sought for t in roles.pobjs(o, "in") + roles.pobjs(verb, "in") if t.ent_type_ == "GPE"]
            if states:
                return states[:1]  # "defected and sought refuge in Ethiopia"
    if lemma in _SURRENDERS:
        # "laid down their arms before the security forces": Indian and Pakistani papers' "before"
        # and "before the emir of Anka", "before the Chief Minister", "before our units": one who takes a surrender
        # ("laid down their arms and returned to the fold of the law before the 103rd Brigade": on the next verb)
        verbs = [trigger, *(c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB")]
        before = [t for v in verbs for t in roles.pobjs(v, "before") if _receives(t, actors)]
        return before[:1] or _reporting_force(trigger) or _captor(trigger, actors)
    return []


def _receives(token: Token, actors: Actors) -> bool:
    """True for who a surrender is made "before": a force, a named side, a unit, an officer or an office-holder; not
    a time ("before the deadline", "before dawn") or a court."""
    lemma = token.lemma_.lower()
    if token.ent_type_ in ("DATE", "TIME") or is_legal(token):
        return False
    return (
        lemma in _FORCE_HEADS | _RECEIVERS
        or named_side(token, actors)
        or is_rank_or_member(token)
        or lemma in _TITLES | SPEAKING_TITLES
    )


# Who a surrender is made before besides a force and an office-holder: "before our units", "before the authorities".
_RECEIVERS = frozenset({"unit", "authority", "administration", "government", "governor", "commissioner", "official"})
# Objects of "take" that are no post taken: "took place", "took part", "took note".
_NOT_TAKEN = frozenset({"place", "part", "note", "time", "step", "measure", "action", "oath", "refuge", "shelter"})
# Verbs of taking a post or a town by force, whose doer is who the garrison surrendered to.
_TAKING = lexicon.RETAKING_VERBS | {"capture", "seize", "storm", "take"}


def _captor(trigger: Token, actors: Actors) -> list[Token]:
    """Who took the post whose garrison surrendered, as the side it surrendered to: "170 junta soldiers had
    surrendered after it overran the battalion's base" (the clause of the surrender), "Goma fell to the M23 rebels ...,
    with soldiers of the army surrendering at the airport", "KIA Brigade 3 captured the military council's camp on
    24 February. Twenty-three soldiers ... surrendered" (the sentence before, whose main verb took the post)."""
    takers = [t for t in _takers(trigger) if t.pos_ != "PRON" or t.lower_ in ("it", "they")]
    mover = roles.subject(trigger)
    own = (affiliation(mover) or own_side(mover, actors)) if mover is not None else []
    # "Al-Shabaab overran the base. Twelve al-Shabaab fighters surrendered": no garrison surrenders to its own side
    return [t for t in takers[:1] if not (own and _same(own[0], [t], actors))]


def _takers(trigger: Token) -> list[Token]:
    """The doers of the clauses around a surrender, or of the sentence before it, that took a post or a town."""
    sent = roles.sentence(trigger)
    clauses = [c for c in trigger.children if c.dep_ in ("advcl", "conj")]
    clauses += _governing_verb(trigger)  # "fell to X, with ... soldiers surrendering at the airport"
    for verb in clauses:
        if (taker := _taker(verb)) is not None and taker.i not in range(trigger.left_edge.i, trigger.i):
            return [taker]
    told = trigger.dep_ == "ROOT" or trigger.dep_ == "ccomp" and trigger.head.lemma_.lower() in _REPORTING
    if sent.start == 0 or not told or roles.subject(trigger) is None:
        return []  # the surrender is the sentence's own news ("The KIA said 40 soldiers surrendered")
    before = roles.sentence(trigger.doc[sent.start - 1])
    if before.start > 0 and not any(t.pos_ == "VERB" for t in before):
        before = trigger.doc[roles.sentence(trigger.doc[before.start - 1]).start : before.end]  # a split sentence
    takers = [t for v in before if v.pos_ == "VERB" and v.dep_ in ("ROOT", "conj") and (t := _taker(v)) is not None]
    return [t for t in takers[:1] if t.pos_ != "PRON"]


def _governing_verb(trigger: Token) -> list[Token]:
    """The verb whose clause holds ``trigger`` through a preposition or a coordination ("fell to X, with soldiers
    surrendering"), not through a relative clause ("the cinema, where 82 fighters laid down their rifles")."""
    token = trigger
    while token.dep_ in ("pcomp", "pobj", "prep", "conj", "advcl") and token.head is not token:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return [token]
    return []


def _taker(verb: Token) -> Token | None:
    """The doer of a clause that took a post or a town ("X overran the base", "the town fell to X"); None else."""
    lemma = verb.lemma_.lower()
    if lemma == "fall":
        return roles.first(roles.pobjs(verb, "to"))
    taken = roles.first(roles.children(verb, "dobj"))
    if lemma not in _TAKING or roles.is_passive(verb) or taken is None or taken.lemma_.lower() in _NOT_TAKEN:
        return None  # "The ceremony took place in ...", "took part in"
    taker = roles.subject(verb)
    return taker if taker is not None and taker.ent_type_ not in ("DATE", "TIME", "GPE") else None


def _reporting_force(trigger: Token) -> list[Token]:
    """The state force that says a surrender happened, as the side it was made to: "35 members of the Sokoro rebel
    group had surrendered at a camp near Dubre, the army said", "..., the Defence Headquarters said"."""
    sent = roles.sentence(trigger)
    verb = trigger
    while verb.dep_ in ("conj", "ccomp", "advcl") and verb.head.i != verb.i and verb.head.i >= sent.start:
        verb = verb.head
        if verb.lemma_.lower() in _REPORTING:
            break
    speaker = None
    if verb.lemma_.lower() in _REPORTING and verb is not trigger:
        speaker = roles.first(roles.children(verb, "nsubj"))
    else:  # "..., according to the military": the source hangs on the clause's verb
        according = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "according"]
        speaker = roles.first(t for a in according for t in roles.pobjs(a, "to"))
    if speaker is None or is_legal(speaker) or speaker.lemma_.lower() not in _FORCE_HEADS:
        return []
    if any(t.lemma_.lower() in ("rebel", "insurgent", "militant", "militia") for t in speaker.subtree):
        return []  # "the rebels' spokesman said": a side reporting its own men's surrender
    return [speaker]


# Event nouns and verbs through which a fronted phrase's "his" points forward to the clause's subject.
_FRONTING = frozenset({"following", "after", "since", "before", "upon", "on", "with", "despite"})


def mover(trigger: Token, agents: list[Token], actors: Actors) -> list[Token]:
    """The mover where the parse or coreference hides it: a fronted "his" that points forward to the clause's subject
    ("Following his defection to Jabhat al-Nusra, Abu Omar rose to command ..."), a "they"/"he" that stands for the
    subject of the sentence before, the members behind a tally or a group ("A total of 1,200 fighters", "73
    ex-combatants of the Nyatura group who surrendered"), those an "among" or "include" lists, or the doer of a clause
    the small model broke (:func:`broken_clause_doer`); ``agents`` unchanged otherwise."""
    if len(agents) == 1 and agents[0].lower_ in ("his", "her", "their"):
        ahead = _fronted_owner(agents[0], trigger)
        return [ahead] if ahead is not None else agents
    if len(agents) == 1 and agents[0].lower_ in ("they", "he", "she"):
        told = _told_before(agents[0], actors)
        if told is not None:
            return [told]  # "The Albu Fahd sheikhs had long backed the government. In June they switched sides"
    if len(agents) == 1 and (members := _members_of(trigger, agents[0])) is not None:
        return [members]
    if agents and agents[0].lower_ not in ("those", "who"):
        return agents
    listed = _listed_defectors(trigger)
    if listed:
        return listed
    if agents:
        return agents
    doer = broken_clause_doer(trigger)
    return [doer] if doer is not None else []


# Heads that count the movers in their "of" phrase: "A total of 1,200 Boko Haram fighters", "a batch of 40 cadres".
_TALLIES = frozenset({"total", "batch", "number", "contingent", "tally"})
# Member nouns whose "of" phrase names their group, beside those kg.extract.rules.defectors knows.
_ELEMENTS = frozenset({"element", "ex-combatant", "combatant", "cadre", "recruit", "militiaman", "guerrilla"})


def _told_before(pronoun: Token, actors: Actors) -> Token | None:
    """The subject of the sentence before that a mover's pronoun stands for when coreference found no name for it:
    "they" for people counted or named in the plural ("The Albu Fahd sheikhs had long backed the government. In June
    they switched sides"), "he"/"she" for a person; only a subject, only of the sentence right before."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    mention = actors.mention(pronoun)
    if mention is not None and mention.span.text.lower() != pronoun.lower_:
        return None  # coreference named it
    sents = list(pronoun.doc.sents)
    here = next((k for k, sent in enumerate(sents) if sent.start <= pronoun.i < sent.end), 0)
    if here == 0:
        return None
    subject = next((t for t in sents[here - 1] if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    if pronoun.lower_ == "they":
        plural = subject.tag_ in ("NNS", "NNPS") and subject.ent_type_ not in ("GPE", "LOC", "FAC", "DATE")
        return subject if plural else None
    return subject if subject.ent_type_ == "PERSON" else None


def _members_of(trigger: Token, agent: Token) -> Token | None:
    """The members a parse hid behind their group or a tally: "The 73 ex-combatants of the Nyatura group who
    surrendered" (the relative clause hung on "group") -> ex-combatants; "A total of 1,200 Boko Haram terrorists ...
    have surrendered" -> terrorists."""
    if agent.lemma_.lower() in _TALLIES and (counted := roles.pobjs(agent, "of")):
        return counted[0]
    if trigger.dep_ == "relcl" and trigger.head.i == agent.i and agent.dep_ == "pobj" and agent.head.lower_ == "of":
        members = agent.head.head
        if members.pos_ == "NOUN" and members.lemma_.lower() in _ELEMENTS | _SERVING | {"fighter", "member"}:
            return members
    return None


def _listed_defectors(trigger: Token) -> list[Token]:
    """Who a sentence lists as the movers: "Among those who crossed over to the rebels was Major Tesfay Hailu" (the
    subject of the copula the "among" phrase hangs on), "The defections ... include two generals and a colonel" (what
    a defection noun "includes")."""
    holder = trigger.head
    if trigger.dep_ == "relcl" and holder.lower_ in ("those", "who") and holder.dep_ == "pobj":
        prep = holder.head
        if prep.lower_ == "among" and prep.head.lemma_ == "be":
            named = [c for c in prep.head.children if c.dep_ in ("nsubj", "attr") and c.i != holder.i]
            return [n for n in named if n.pos_ in ("NOUN", "PROPN")][:1]
    if trigger.pos_ == "NOUN" and trigger.dep_ == "nsubj" and holder.lemma_.lower() == "include":
        return [o for d in roles.children(holder, "dobj") for o in roles.conjuncts(d)]
    return []


def _fronted_owner(pronoun: Token, noun: Token) -> Token | None:
    """The subject after a fronted phrase whose event noun ``pronoun`` owns: "After his surrender to the army, the
    former commander Idris Bako lived in Maiduguri" -> Bako."""
    if pronoun.dep_ != "poss" or pronoun.head.i != noun.i or noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ not in _FRONTING or prep.head.pos_ not in roles.VERB_POS or prep.i > prep.head.i:
        return None
    subject = roles.first(roles.children(prep.head, "nsubj"))
    if subject is None or subject.i < noun.i or subject.pos_ == "PRON":
        return None
    return subject if subject.ent_type_ == "PERSON" or subject.pos_ in ("NOUN", "PROPN") else None


def broken_clause_doer(trigger: Token) -> Token | None:
    """Who did a change of side in a clause the parser broke: "X split from Ahrar al-Sham and joined HTS" with "split"
    read as a noun whose subject is X, and "the group's emir, X, split from al-Qaeda and swore allegiance to the
    Islamic State" with "split" read as a participle on "emir" (the conjoined "joined" and "allegiance" share it)."""
    first = trigger
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.pos_ in ("NOUN", "PROPN") and first.dep_ == "ROOT":
        return roles.first(roles.children(first, "nsubj"))
    if first.dep_ == "acl" and first.tag_ in ("VBN", "VBD") and first.head.pos_ in ("NOUN", "PROPN"):
        if roles.pobjs(first, "from", "with", "to") and not roles.pobjs(first, "by"):
            if first.lemma_.lower() in ("split", "break", "defect", "desert", "splinter", "switch", "join"):
                return first.head
    return None


# Verbs by which the next sentence tells where the same mover went: "He defected in May. He later joined the FSA".
_ARRIVALS = frozenset({"join", "rejoin", "enlist"})


def joined_next(trigger: Token, mover: Token, actors: Actors) -> list[Token]:
    """The side the same mover joined in the sentence after the defection, when the defection's own sentence names
    none: "Colonel X deserted in 2012. He later joined the Free Syrian Army" (the subject, a pronoun or a name, is the
    same actor as the mover); the side must be a group or a party, never a state or a place."""
    own = actors.mention(mover)
    if own is None:
        return []
    sents = list(trigger.doc.sents)
    here = next((k for k, sent in enumerate(sents) if sent.start <= trigger.i < sent.end), None)
    if here is None or here + 1 >= len(sents):
        return []
    for verb in sents[here + 1]:
        if verb.lemma_.lower() not in _ARRIVALS or verb.pos_ != "VERB" or roles.is_passive(verb):
            continue
        subject = roles.subject(verb)
        said = actors.mention(subject) if subject is not None else None
        if said is None or said.entity.key != own.entity.key:
            continue
        joined = [o for o in [*roles.children(verb, "dobj"), *roles.pobjs(verb, "in")] if named_side(o, actors)]
        if joined and joined[0].ent_type_ not in ("GPE", "LOC", "PERSON"):
            return joined[:1]
    return []


# Words that make a mover an insurgent, whose surrender even to the police is going over to the state: "Twelve
# Maoists surrendered before the police", "a wanted ADF commander surrendered to the authorities".
_INSURGENT_WORDS = frozenset({
    "maoist", "maoists", "naxal", "naxals", "naxalite", "naxalites", "insurgent", "rebel", "militant", "guerrilla",
    "jihadist", "jihadi", "mujahid", "separatist", "combatant", "terrorist", "militiaman", "militia", "extremist",
    "underground", "outlaw",
})  # fmt: skip
# Words that make a mover a suspect whom the police take in, not a side's fighter.
_SUSPECT_WORDS = frozenset({
    "suspect", "gunman", "shooter", "robber", "criminal", "accused", "killer", "attacker", "fugitive", "driver",
    "man", "woman", "teenager", "student", "bandit", "kidnapper", "smuggler",
})  # fmt: skip


def insurgent(agent: Token | None, actors: Actors) -> bool:
    """True when the mover is an insurgent's fighter or cadre (its own words say so, or its phrase names an armed
    group), so that a surrender to the police or the authorities is a defection to the state: "Seven hardcore Maoist
    cadres", "Twelve Maoists", "a wanted ADF commander"; not "the gunman" or "a suspect"."""
    if agent is None or agent.pos_ == "PRON":
        return False
    phrase = [t for t in agent.subtree if t.i <= agent.i or t.dep_ in ("prep", "pobj", "compound")]
    words = {t.lower_ for t in phrase} | {t.lemma_.lower() for t in phrase}
    if words & _SUSPECT_WORDS and agent.lemma_.lower() in _SUSPECT_WORDS:
        return False
    if words & _INSURGENT_WORDS:
        return True
    side = affiliation(agent) or own_side(agent, actors)
    return bool(side) and bool(side[0].ent_id_) and actors.gaz.entities[side[0].ent_id_].kind is EntityKind.ARMED_GROUP


def acronym(token: Token) -> bool:
    """A name written as an acronym that is no state, place or person ("NRM", "FDC"): a party or a group."""
    return token.is_upper and token.is_alpha and len(token) >= 2 and token.ent_type_ not in ("GPE", "PERSON", "LOC")


# Nouns of the side one changes, which the small model may read with "changed"/"switched" as a noun phrase.
_CHANGED_SIDES = frozenset({"side", "sides", "allegiance", "loyalty", "loyalties", "camp", "camps"})


def side_as_noun(trigger: Token) -> tuple[Token, Token] | None:
    """(mover, side noun) where the parser read "changed sides" as a noun phrase, "changed" a modifier of "sides":
    "The Shammar tribal militia, which had fought alongside the Islamic State, changed sides and now backs the army"
    ("sides" hung as an apposition on "militia", the mover); None for any other reading."""
    noun = trigger.head
    if trigger.dep_ != "amod" or trigger.tag_ not in ("VBN", "VBD") or noun.lemma_.lower() not in _CHANGED_SIDES:
        return None
    if noun.dep_ == "appos" and noun.head.pos_ in ("NOUN", "PROPN"):
        return noun.head, noun
    return None
