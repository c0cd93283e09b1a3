"""DEFECTION: members leave their group or side and/or go over or surrender to another.

Not a defection: a state's capitulation ("Japan surrendered"), surrender to police or courts,
resigning, leaving parliament.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import lexicon, namelists, roles
from kg.extract.actors import Actors
from kg.extract.registry import Draft, lemmas, register
from kg.models import EntityKind, EventType, Modality

PATTERNS = [
    lemmas(
        "defect",
        "lay",
        "desert",
        "surrender",
        "abandon",
        "split",
        "break",
        "divide",
        "leave",
        "quit",
        "switch",
        "flee",
        "secede",
        "splinter",
        "breakaway",
        "go",
        "cross",
        "hand",
        "give",
        "renounce",
        "change",
        "turn",
        "resign",
        "jump",
        pos=("VERB",),
    ),
    lemmas("defected", pos=("ADJ", "VERB")),
    lemmas(
        "defection",
        "defector",
        "deserter",
        "desertion",
        "surrender",
        "split",
        "defect",
        "asylum",
        pos=("NOUN", "PROPN"),
    ),
]
_ASYLUM_SEEKERS = {
    "pilot",
    "soldier",
    "officer",
    "diplomat",
    "general",
    "colonel",
    "commander",
    "official",
    "crew",
    "sailor",
    "guard",
    "troop",
    "ambassador",
    "minister",
    "agent",
}
_LEGAL_SIDE = {
    "police",
    "authority",
    "court",
    "justice",
    "prosecutor",
    "judge",
    "fbi",
    "sheriff",
    "policeman",
    "officer",
    "investigator",
    "law",
    "custody",
    "station",
}
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_SURRENDER_PARTICLES = frozenset({"over", "up", "in"})
_SIDE_WORDS = frozenset({"allegiance", "side", "loyalty", "party", "camp", "affiliation"})
_LEAVE_VERBS = {"abandon", "leave", "quit", "desert"}
_CASUALTY_STATES = frozenset({"dead", "injured", "wounded", "hurt", "homeless", "stranded", "killed", "missing"})


def _left_as_casualties(verb: Token, obj: Token) -> bool:
    """True for "leaving N dead/injured": the object is left in a state, the verb is a casualty count."""
    states = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "acomp", "ccomp")]
    states += [c for c in obj.children if c.dep_ in ("amod", "acl")]
    return any(c.lower_ in _CASUALTY_STATES or c.lemma_.lower() in _CASUALTY_STATES for c in states)


def _legal(token: Token | None) -> bool:
    return token is not None and token.lemma_.lower() in _LEGAL_SIDE


def _is_group(token: Token, actors: Actors) -> bool:
    """True when ``token`` heads a phrase naming an armed group, army or side one can defect from."""
    if token.ent_id_:
        return actors.gaz.entities[token.ent_id_].kind is not EntityKind.STATE
    if token.ent_type_ == "ORG":
        return True
    lemma = token.lemma_.lower()
    return lemma in lexicon.GROUP_NOUNS | {
        "army",
        "force",
        "military",
        "regime",
        "side",
        "rank",
        "navy",
        "guard",
        "unit",
        "emirate",
        "camp",
    }


def affiliation(defector: Token) -> list[Token]:
    """The side a defector belonged to, read off the defector's own phrase: "a colonel from North
    Korea's spy agency", "members of ABM", "its members", "Ukraine's Navy commander", "a North Korean
    soldier", "a Korean People's Army soldier"."""
    head = defector
    if head.ent_type_ == "PERSON":
        appos = [c for c in head.children if c.dep_ == "appos"]
        if not appos and head.dep_ == "appos":
            appos = [head.head]
        if appos:
            head = appos[0]
    # "a colonel in the Syrian army", "a politician in North Korea" name their side; "Taliban commanders in
    # Nangarhar" only where they are (a place that is no gazetteer state or group).
    frm = roles.pobjs(head, "from", "of") + [
        t for t in roles.pobjs(head, "in") if t.ent_type_ not in _PLACES or t.ent_id_
    ]
    if frm and head.lemma_.lower() in lexicon.MEMBER_NOUNS | lexicon.QUANTITY_HEADS | {
        "ambassador",
        "head",
        "politician",
        "minister",
        *_FORMATIONS,
    }:
        inner = frm[0]
        if inner.lemma_.lower() in lexicon.MEMBER_NOUNS:
            return affiliation(inner)  # "most of its members"; "dozens of soldiers" say nothing of a side
        return [inner]
    for c in head.children:
        if c.dep_ == "poss" and c.lower_ not in ("his", "her", "their", "my", "our", "your"):
            return [c]
    for c in head.children:
        if (
            c.dep_ in ("compound", "amod", "nmod")
            and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.ent_id_)
            and c.lower_ not in ("former",)
        ):
            return [c]
    for c in head.children:
        if c.dep_ == "compound" and c.lemma_.lower() in _FORCES and head.lemma_.lower() in _SERVICE_MEMBERS:
            return [c]  # "several army conscripts": the army, when no people or state names it
    if head.ent_type_ == "PERSON":
        # "Former Syrian Prime Minister Riyad Hijab": the side is on the title before the name.
        for title in (c for c in head.lefts if c.dep_ == "compound" and c.ent_type_ != "PERSON"):
            for c in title.lefts:
                if c.dep_ in ("compound", "amod", "nmod") and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.ent_id_):
                    return [c]
    return []


# Units of a force, named as part of it: "two brigades of the Free Syrian Army".
_FORMATIONS = frozenset({"brigade", "battalion", "regiment", "division", "squad", "platoon", "company", "cell"})
_FORCES = frozenset({"army", "navy", "military", "police", "militia"})
# Members of an armed force or group (not "a man", "supporters"): who can desert or abandon a post.
_SERVICE_MEMBERS = lexicon.MEMBER_NOUNS - {"man", "supporter", "follower", "loyalist", "diplomat", "official"} | {
    "troop",
    "soldier",
    "policeman",
    "conscript",
    "recruit",
    "militiaman",
    "sailor",
    "airman",
}


def _member(token: Token | None) -> bool:
    """True for soldiers, fighters, officers ... or a quantity of them ("dozens of soldiers")."""
    if token is None:
        return False
    lemma = token.lemma_.lower()
    if lemma in _SERVICE_MEMBERS:
        return True
    return lemma in lexicon.QUANTITY_HEADS and any(_member(p) for p in roles.pobjs(token, "of"))


def _seeker(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return lemma in _ASYLUM_SEEKERS or (
        lemma in lexicon.QUANTITY_HEADS and any(_seeker(p) for p in roles.pobjs(token, "of"))
    )


def _fled_abroad(agent: Token | None, to: list[Token], actors: Actors) -> bool:
    """A soldier or official of one state fleeing to another: the destination is a state and the
    defector's own phrase names a different one ("a North Korean soldier fled to South Korea"; not
    "Afghan soldiers fled to Kabul", their own capital)."""
    if agent is None or not to or not _seeker(agent) or to[0].ent_type_ != "GPE":
        return False
    own = affiliation(agent)
    return bool(own) and _key(own[0], actors) != _key(to[0], actors)


_POLITICIANS = frozenset({
    "senator", "mp", "lawmaker", "politician", "governor", "mayor", "legislator", "deputy", "congressman",
    "congresswoman", "minister", "councillor", "councilor", "representative", "member", "leader", "president",
})  # fmt: skip


def _politician(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or token.lemma_.lower() in _POLITICIANS or token.lower_ in ("he", "she")


def _side(token: Token) -> bool:
    """A side one can leave for another: a party, a leader, "the opposition", "the government camp"."""
    return (
        _party(token)
        or token.ent_type_ in ("PERSON", "ORG", "NORP")
        or token.lemma_.lower()
        in (
            "opposition",
            "government",
            "camp",
            "regime",
            "coalition",
            "side",
        )
    )


def _party(token: Token) -> bool:
    return token.lemma_.lower() == "party" or any(w.lower_ == "party" for w in token.subtree)


def _joined(verb: Token) -> list[Token]:
    """The side joined right after ``verb``: "left the Labour Party to join the Conservatives",
    "abandoned Gaddafi and sided with the rebels", "... and went over to the opposition", "joined the
    ruling party after leaving the opposition"."""
    out: list[Token] = []
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("after", "before") and verb.head.head.lemma_.lower() == "join":
        out += roles.children(verb.head.head, "dobj")
    if verb.lemma_.lower() in ("leave", "quit", "abandon"):
        out += roles.pobjs(verb, "for")  # "left the Conservatives for the Liberal Democrats"
    if verb.dep_ == "relcl" and verb.head.dep_ == "nsubj" and verb.head.head.lemma_.lower() == "join":
        out += roles.children(verb.head.head, "dobj")  # "Seleka fighters who deserted the coalition joined X"
    for c in verb.children:
        if c.dep_ not in ("xcomp", "advcl", "conj"):
            continue
        lemma = c.lemma_.lower()
        if lemma == "join":
            out += roles.children(c, "dobj")
        elif lemma == "side":
            out += roles.pobjs(c, "with")
        elif lemma in ("go", "cross", "defect"):
            out += roles.to_objects(c)
    return out


_FLIGHT_VERBS = frozenset({"cross", "flee", "escape", "slip", "go", "defect", "fly"})
_POSTS = frozenset({"post", "position", "unit", "base", "barracks", "station", "checkpoint", "garrison", "outpost"})


def _fled_to(verb: Token, agent: Token | None, actors: Actors) -> list[Token]:
    """The foreign state a member of a force went to after ``verb``: "abandoned their posts and crossed
    into Colombia", "deserters ... have crossed into Russia", "soldiers who deserted their units crossed into
    Colombia"; not a state the defector's own phrase names."""
    moves = [c for c in verb.children if c.dep_ in ("conj", "xcomp", "advcl")]
    if verb.dep_ in ("relcl", "nsubj") and verb.head.pos_ in roles.VERB_POS:
        moves.append(verb.head)  # "deserters crossed into Russia"
    elif verb.dep_ == "relcl" and verb.head.dep_ == "nsubj":
        moves.append(verb.head.head)  # "soldiers who deserted their units crossed into Colombia"
    own = {_key(t, actors) for t in (affiliation(agent) if agent is not None else [])}
    for move in moves:
        if move.lemma_.lower() not in _FLIGHT_VERBS:
            continue
        for place in roles.pobjs(move, "into", "to"):
            key = _key(place, actors)
            if place.ent_type_ == "GPE" and key.startswith("gaz:") and key not in own:
                if actors.gaz.capital(place.text) is None:
                    return [place]  # a state, not a town: "fled to Kabul" may be a retreat
    return []


def _key(token: Token, actors: Actors) -> str:
    mention = actors.mention(token)
    return mention.entity.key if mention is not None else token.lower_


_SPECIFIC_DETS = frozenset({"the", "a", "an", "these", "those", "two", "three", "several", "some"})


def _named_defector(noun: Token) -> bool:
    """True when "defector"/"deserter" names particular people, not a population: "a deserter from the
    army", "the defectors, including two colonels", "two North Korean defectors" (as a participant);
    not "a cash reward for defectors" or "defectors say"."""
    if noun.dep_ == "compound" and noun.head.ent_type_ == "PERSON":
        return True  # "North Korean defector Thae Yong-ho", "army deserter Ahmed Ali"
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


# Fighters by what they are, beyond the members and group nouns: who can surrender to the other side.
_COMBATANTS = frozenset({"guerrilla", "marine", "paratrooper", "commando", "mercenary", "combatant", "separatist",
                         "jihadi", "gunboat", "crew", "garrison", "defender", "volunteer", "conscript"})  # fmt: skip
# Verbs with no passive sense: as a participle on a noun ("brigades defected to X") the noun is the doer.
_INTRANSITIVE = frozenset({"defect", "splinter", "secede"})
_ACCUSING = frozenset({"accuse", "charge", "suspect", "allege", "investigate", "try"})


def _ground(token: Token) -> bool:
    """True for ground one side can surrender to another: a named place, a town, a base, a position."""
    lemma = token.lemma_.lower()
    return (
        token.ent_type_ in _PLACES
        or lemma in lexicon.PLACE_NOUNS | lexicon.SETTLEMENT_NOUNS | lexicon.FACILITY_NOUNS | _POSTS
        or token.lower_.endswith(("self", "selves"))
    )


def _combatant(agent: Token | None, actors: Actors) -> bool:
    """True when ``agent`` is a side or one of its fighters ("Five hundred Ugandan rebels", "the garrison",
    "40 ELN guerrillas", a named person), not a gunman or suspect giving himself up to the police."""
    if agent is None:
        return False
    if _member(agent) or _is_group(agent, actors) or agent.lemma_.lower() in _COMBATANTS:
        return True
    return agent.ent_type_ in ("PERSON", "NORP") or bool(affiliation(agent))


def _unreal(trigger: Token) -> Modality | None:
    """HYPOTHETICAL for a defection no one is said to have made: a present-tense relative clause on a
    population ("fighters who surrender before the end of the month will be pardoned", "safe passage to those
    who lay down their arms") or a charge ("accused of desertion"); None to let kg.extract.modality decide."""
    if (
        trigger.dep_ == "relcl"
        and trigger.tag_ in ("VBP", "VBZ")
        and not any(c.dep_ == "aux" for c in trigger.children)
    ):
        return Modality.HYPOTHETICAL
    if trigger.dep_ == "pobj" and trigger.head.lower_ in ("of", "with", "for"):
        if trigger.head.head.lemma_.lower() in _ACCUSING:
            return Modality.HYPOTHETICAL
    return None


@register(EventType.DEFECTION, PATTERNS)
def defection(trigger: Token, actors: Actors) -> Iterator[Draft]:
    """DEFECTION drafts from verbs (defect, surrender to, abandon/split from a group), the adjective
    "defected" and the nouns defection/defector; a missing "from" side is read off the defector."""
    for draft in _defection(trigger, actors):
        draft.agents = namelists.every_listed(draft.agents, actors)
        draft.modality = draft.modality or _unreal(trigger)
        # "defected from the ranks of al-Shabaab": the side is whose ranks they were
        draft.targets = [(roles.pobjs(t, "of") or [t])[0] if t.lemma_.lower() == "rank" else t for t in draft.targets]
        if not draft.targets and draft.agents:
            draft.targets = affiliation(draft.agents[0])
        yield draft


def _defection(trigger: Token, actors: Actors) -> Iterator[Draft]:
    lemma = trigger.lemma_.lower()
    sent = roles.sentence_lemmas(trigger)
    if trigger.pos_ in ("NOUN", "PROPN") and lemma == "defect":
        # "X crosses the DMZ and defects to South Korea": the small model reads "defects" as a noun.
        to = roles.to_objects(trigger)
        if not to:
            return
        if trigger.dep_ == "conj" and trigger.head.pos_ in ("VERB", "AUX"):
            agent = roles.subject(trigger.head)
        elif trigger.dep_ == "appos":
            agent = trigger.head
        else:
            agent = next((c for c in trigger.children if c.dep_ in ("nsubj", "compound")), None)
        yield Draft.defection(trigger, [agent] if agent is not None else [], "syntax", to=to)
        return
    if lemma == "asylum":
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
        if agent is None or not _seeker(agent):
            return  # refugees asking for asylum are not defectors
        # "flew his jet to Jordan and asked for asylum": where the defector went is on the first conjunct.
        went = verb.head if verb.dep_ == "conj" and verb.head.pos_ in roles.VERB_POS else verb
        to = [t for t in roles.to_objects(went) + roles.pobjs(went, "on", "in") if t.ent_type_ == "GPE"]
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
            of = [o for o in roles.pobjs(trigger, "of") if _member(o) or o.ent_type_ == "PERSON"]
            to = roles.pobjs(trigger, "to") or [t for o in of for t in roles.pobjs(o, "to")]
            if not to or _legal(to[0]) or trigger.head.lemma_.lower() in ("call", "demand", "offer", "urge"):
                return
            agents, source = roles.noun_agent(trigger)
            if any(a.ent_type_ == "GPE" for a in agents):
                return  # "Germany's surrender to the Allies": a state capitulating
            if not agents and of:
                agents, source = of[:1], "syntax"  # "the surrender of 200 fighters to the army"
            yield Draft.defection(trigger, agents, source, to=to, strength=0.5)
            return
        agents, source = roles.noun_agent(trigger)
        if agents and agents[0].pos_ == "PRON" and trigger.dep_ == "dobj" and trigger.head.pos_ in roles.VERB_POS:
            # "A colonel in the Syrian army announced his defection": the possessor is the one announcing.
            subj = roles.subject(trigger.head)
            if subj is not None and subj.pos_ != "PRON":
                agents = [subj]
        if lemma in ("defector", "deserter"):
            appos = [c for c in trigger.children if c.dep_ == "appos"]
            if not appos and not _named_defector(trigger):
                return  # a bare "defectors" is a population ("a cash reward for defectors"), not an event
            agents, source = (appos or [trigger]), "syntax"
            if trigger.dep_ == "compound" and trigger.head.ent_type_ == "PERSON":
                agents = [trigger.head]  # "North Korean defector Thae Yong-ho" is the person
        frm = roles.pobjs(trigger, "from", "of")
        to = roles.pobjs(trigger, "to")
        if not to and lemma in ("defector", "deserter"):
            to = _fled_to(trigger, agents[0] if agents else None, actors)  # "deserters ... have crossed into Russia"
        defectors = [f for f in frm if f.head.lower_ == "of" and (f.ent_type_ == "PERSON" or _member(f))]
        if defectors and not agents:
            # "the defection of General Tlass": the "of" phrase is who defected, not the side left.
            agents, source = defectors, "syntax"
            frm = [f for f in frm if f not in defectors]
        if lemma in ("defection", "desertion") and not (frm or to or agents):
            for c in trigger.children:
                if c.dep_ in ("amod", "compound") and (c.ent_type_ in ("NORP", "GPE") or c.ent_id_):
                    frm = [c]
        yield Draft.defection(trigger, agents, source, left=frm, to=to, strength=0.55)
        return
    if lemma == "defected" or (trigger.dep_ == "amod" and lemma == "defect"):
        head = trigger.head
        left = [c for c in head.children if c.dep_ in ("compound",) and c.ent_type_]
        yield Draft.defection(trigger, [head], "syntax", left=left, strength=0.55)
        return
    agent = roles.subject(trigger)
    if agent is None and trigger.dep_ == "acl" and lemma in _INTRANSITIVE and trigger.head.pos_ in ("NOUN", "PROPN"):
        agent = trigger.head  # "Two brigades of the FSA in Daraa defected to ...", read as a reduced relative
    frm = roles.pobjs(trigger, "from")
    for c in trigger.children:
        if not frm and c.dep_ in ("advmod", "prt") and c.lower_ in ("away", "off"):
            frm = roles.pobjs(c, "from")  # "broke away from AQIM": the parser hangs "from" on "away"
    to = roles.to_objects(trigger)
    place: list[Token] = []
    if agent is not None and agent.lemma_.lower() in ("defection", "desertion"):
        # "defections from the army defecting to the FSA": the noun is the event, not the defector.
        frm = frm or roles.pobjs(agent, "from")
        agent = None
    patient = roles.patient(trigger)
    if lemma == "break" and patient is not None and patient.lemma_.lower() == "rank":
        rank = patient
        frm = roles.pobjs(trigger, "with") or roles.pobjs(rank, "with") or frm  # "broke ranks with the junta"
        to = to or _joined(trigger)
        if not (frm or to):
            return  # "the rioters broke ranks and fled"
    elif lemma in ("split", "break", "divide", "splinter", "secede", "breakaway"):
        if lemma == "break" and not frm:
            frm = [w for w in roles.pobjs(trigger, "with") if _is_group(w, actors)]  # "broke with al-Qaeda"
        if not frm or not _is_group(frm[0], actors) or lemma == "secede":
            return
        if lemma == "break" and not (
            any(c.lower_ in ("away", "off") for c in trigger.children) or roles.pobjs(trigger, "with")
        ):
            return
    elif lemma == "desert" and (roles.patient(trigger) is None or _member(agent)):
        # "soldiers deserted (their posts)": a member leaving a unit needs no group as object.
        if agent is None or roles.is_passive(trigger) or trigger.dep_ in ("amod", "acomp"):
            return
        if patient is not None and _is_group(patient, actors) and not frm:
            frm = [patient]  # "deserted their units"
        to = to or _fled_to(trigger, agent, actors)
    elif lemma in ("hand", "give", "turn"):
        # "handed themselves over to Kurdish forces", "gave themselves up to the army", "turned themselves
        # in to the government": a surrender to a side (not to police or courts).
        reflexive = any(c.dep_ == "dobj" and c.lower_.endswith(("selves", "self")) for c in trigger.children)
        particle = any(
            c.dep_ in ("prt", "advmod", "prep") and c.lower_ in ("over", "up", "in") for c in trigger.children
        )
        to = to or [p for c in trigger.children if c.lower_ == "in" for p in roles.pobjs(c, "to")]
        if not (reflexive and particle) or sent & {"police", "authorities", "court"}:
            return
        if to and _legal(to[0]) or not to and not (lemma == "turn" and _combatant(agent, actors)):
            return  # "Five Boko Haram commanders turned themselves in at a military camp": to the other side
    elif lemma == "renounce":
        # "renounced its allegiance to al-Qaeda", "renounced ISIS": leaving the side renounced.
        obj = roles.patient(trigger)
        if obj is None:
            return
        if obj.lemma_.lower() in ("allegiance", "loyalty", "pledge", "bay'ah", "membership"):
            frm = roles.pobjs(obj, "to", "of", "in") or roles.pobjs(trigger, "to")
            to = []
        elif _is_group(obj, actors) and obj.lemma_.lower() not in ("party", "government"):
            frm = [obj]
        else:
            return
    elif lemma in _LEAVE_VERBS | {"resign"}:
        obj = roles.patient(trigger)
        if obj is not None and _left_as_casualties(trigger, obj):
            return  # "..., leaving 12 militants dead": the toll of an attack, nobody left a group
        joined = [j for j in _joined(trigger) if _is_group(j, actors) or _side(j)]
        if lemma == "resign":
            obj = roles.first(w for w in roles.pobjs(trigger, "from") if _is_group(w, actors))
            if obj is None or not joined:
                return  # resigning is not defecting; resigning from the army to join the rebels is
        fled = (
            _fled_to(trigger, agent, actors)
            if _member(agent) and obj is not None and obj.lemma_.lower() in _POSTS
            else []
        )
        if fled:
            joined = fled  # "Scores of National Guard members abandoned their posts and crossed into Colombia"
        if joined and obj is not None and _member(agent):
            pass  # "dozens of policemen abandoned their posts and joined the insurgents"
        elif obj is None or not _is_group(obj, actors) and not (joined and _side(obj)):
            return  # "abandoned Gaddafi and sided with the rebels": a leader stands for the side
        if obj.lemma_.lower() in ("parliament", "government") or (_party(obj) and not joined):
            return  # leaving a party is a defection only when the politician joins another
        frm = [obj] if _is_group(obj, actors) or _side(obj) else []
        to = to or joined
        if fled:
            frm = []  # a post is not the side left; the defector's own phrase names it
    elif lemma == "surrender":
        obj = roles.patient(trigger)
        if _legal(to[0] if to else None) or sent & {"police", "authorities", "fbi", "charge", "court"}:
            return
        if agent is not None and agent.ent_type_ == "GPE":
            return  # a state capitulating, to whomever ("Japan surrendered to the Allies")
        if obj is not None and _legal(obj):
            return
        if obj is not None and obj.lemma_.lower() in ("weapon", "arm", "gun", "rifle"):
            pass
        elif obj is not None and not _ground(obj):
            return  # "surrendered their hostages to the Red Cross": people or things handed over, nobody went over
        elif obj is not None:
            place = [obj]  # "surrendered the Damascus suburb of Daraya to the government"
        if not to and not _combatant(agent, actors):
            return  # "The gunman surrendered after a six-hour standoff": to police, though unsaid
    elif lemma in ("switch", "change"):
        obj = roles.patient(trigger)
        if obj is None and lemma == "switch" and to and (_is_group(to[0], actors) or to[0].lemma_.lower() == "party"):
            pass  # "switched to the ruling party"
        elif obj is None and lemma == "switch" and to and frm and agent is not None and _politician(agent):
            pass  # "The mayor switched from the Social Democrats to the Greens"
        elif obj is None or obj.lemma_.lower() not in _SIDE_WORDS:
            return  # "switched sides/parties/camps", "changed allegiance"
        elif obj.lemma_.lower() == "party" and not (agent is not None and _politician(agent)):
            return  # "investors switched parties" at a conference
        if obj is not None and obj.lemma_.lower() in ("allegiance", "loyalty"):
            frm = frm or roles.pobjs(obj, "from")
            to = to or roles.pobjs(obj, "to")
    elif lemma == "lay":
        # "laid down their arms" is a surrender
        obj = roles.patient(trigger)
        if (
            not any(c.dep_ == "prt" and c.lower_ == "down" for c in trigger.children)
            or obj is None
            or obj.lemma_.lower() not in ("arm", "arms", "weapon", "gun")
            or sent & {"peace", "ceasefire", "demobilisation", "demobilization", "disarmament", "accord"}
        ):
            return  # disarming under a peace deal is demobilisation, not going over to another side
    elif (
        lemma in ("cross", "jump")
        and patient is not None
        and patient.lemma_.lower() in ("floor", "ship", "line", "lines")
    ):
        if patient.lemma_.lower() in ("line", "lines") and not to:
            return  # "crossed the lines to the rebel side", not "crossed the line in first place"
    elif lemma == "jump":
        return
    elif lemma in ("go", "cross"):
        over = any(c.lower_ == "over" for c in trigger.children)
        side = bool(to) and (to[0].lemma_.lower() == "side" or _is_group(to[0], actors)) and to[0].ent_type_ != "GPE"
        if not to or not (over or side):
            return  # "went over to the rebels", "crossed to the government side"; not "crossed to Turkey"
    elif lemma == "flee":
        # Pilots flying jets abroad and asking for asylum; a soldier or official of one state fleeing to
        # another ("a North Korean soldier fled to South Korea"); not refugees fleeing fighting.
        side = bool(to) and to[0].ent_type_ != "GPE" and (to[0].lemma_.lower() == "side" or _is_group(to[0], actors))
        if "asylum" not in sent and not _fled_abroad(agent, to, actors) and not (side and _member(agent)):
            return  # "soldiers fled to the rebel side"; not "residents fled to the camps"
    if (
        any(
            c.dep_ == "conj" and c.lemma_.lower() in ("defect", "surrender", "abandon", "desert")
            for c in trigger.children
        )
        and lemma in _LEAVE_VERBS
    ):
        # "abandoned the group and surrendered to X": one event, completed from the conjunct.
        conj = next(c for c in trigger.children if c.dep_ == "conj")
        to = to or roles.pobjs(conj, "to")
    if not to and lemma == "defect":
        to = _fled_to(trigger, agent, actors)  # "defected and fled to Jordan": the state gone to
    if not to:
        # "deserted and joined the FSA", "crossed the floor to join Labour", "sided with the rebels": the
        # side joined is where the defector went; "... and now fights for the Islamic State" too.
        to = _joined(trigger) or [
            o
            for c in trigger.children
            if c.dep_ == "conj" and c.lemma_.lower() == "fight"
            for o in roles.pobjs(c, "for")
            if _is_group(o, actors)
        ]
    if trigger.dep_ == "conj" and trigger.head.lemma_.lower() in _LEAVE_VERBS and lemma in ("surrender", "defect"):
        return  # already emitted from the first conjunct
    yield Draft.defection(
        trigger,
        [agent] if agent is not None else [],
        "syntax",
        left=frm,
        to=to,
        places=roles.locations(trigger) + place,
        strength=0.7 if lemma == "defect" else 0.6,
    )
