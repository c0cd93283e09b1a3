"""DEFECTION: members leave their group or side and/or go over or surrender to another.

Not a defection: a state's capitulation ("Japan surrendered"), surrender to police or courts,
resigning, leaving parliament. Who counts as a member, a group or a side, and where a defector went, are
read by kg.extract.rules.defectors.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import lexicon, namelists, roles
from kg.extract.actors import Actors
from kg.extract.registry import Draft, lemmas, register
from kg.extract.rules.answersto import VERBS as COMMAND_VERBS
from kg.extract.rules.answersto import changed_command
from kg.extract.rules.careers import joined_before
from kg.extract.rules.crossings import crossed_to, held_side
from kg.extract.rules.defectnouns import SHELTER, headline_doer, nominal_defection
from kg.extract.rules.defectors import (
    HANDED_ARMS,
    POSTS,
    affiliation,
    is_combatant,
    is_ground,
    is_group,
    is_legal,
    is_member,
    is_party,
    is_politician,
    is_rank_or_member,
    is_side,
    named_person,
    parent_group,
    side_joined,
)
from kg.extract.rules.flights import fled_abroad, fled_to
from kg.extract.rules.joinable import joinable
from kg.extract.rules.membership import (
    PLEDGES,
    TAKING_BACK,
    companions,
    ranks_of,
    renounced,
    side_left,
    who_pronoun_is,
)
from kg.extract.rules.servedside import group_told_before, served_before
from kg.extract.rules.severed import SEVERING, TIES, severed_from, severed_ties
from kg.extract.rules.sidechange import FRAME_CUES, FRAME_PATTERNS, placed_in_service, side_changes
from kg.extract.rules.sides import acronym, completed, insurgent, mover, side_as_noun
from kg.extract.rules.surrenders import arms_given_up, bare_arms, base_gone_to, deal_told, doer_of_clause, own_arms
from kg.extract.rules.switches import (
    STATE_FORCES,
    SWITCH_CUES,
    SWITCH_NOUNS,
    SWITCH_VERBS,
    member_went_over,
    switch_noun,
    switched,
)
from kg.extract.rules.titles import switched_party
from kg.extract.syntax import predicate_title
from kg.models import EventType, Modality

_VERB_TRIGGERS = (
    "defect", "lay", "desert", "surrender", "abandon", "split", "break", "divide", "leave", "quit", "switch", "flee",
    "escape", "induct", "secede", "splinter", "breakaway", "go", "cross", "hand", "give", "renounce", "change", "turn",
    "resign", "jump", "join", "welcome", "rally", "yield", "cut", "sever", "disavow", *TAKING_BACK,
)  # fmt: skip
# Verbs read only by their own frames, never as a move or a joining (the frame's prepositions after them are read
# as before): a placing at a side's service (rules/sidechange.py) and a change of command (rules/answersto.py).
_OWN_FRAME_VERBS = ("place", "put", *COMMAND_VERBS)
# Those verbs are common words: a document without the words their frames need holds none of them (the trigger table
# and the prefilter skip it): a service, a disposal or orders for a placing, "no longer" or "now" for a command.
_PLACING_CUES = frozenset({"service", "disposal", "command", "order"})
_COMMAND_CUES = frozenset({"long", "longer", "now"})  # "no longer" ("longer" lemmatised "long" as an adverb)
_OWN_FRAME_CUES = dict.fromkeys(("place", "put"), _PLACING_CUES) | dict.fromkeys(COMMAND_VERBS, _COMMAND_CUES)
PATTERNS = [
    lemmas(*_VERB_TRIGGERS, *SWITCH_VERBS, *_OWN_FRAME_VERBS, pos=("VERB",)),
    lemmas("defected", pos=("ADJ", "VERB")),
    lemmas(
        "defection",
        "defector",
        "deserter",
        "desertion",
        "desert",
        "surrender",
        "split",
        "defect",
        "asylum",
        *SHELTER,
        *SWITCH_NOUNS,
        pos=("NOUN", "PROPN"),
    ),
]
# The state's law-keepers an insurgent may surrender to (and a suspect may not): "surrendered before the police".
_LAW_SIDES, _COURTS = frozenset({"police", "authority", "authorities"}), frozenset({"court", "judge", "prosecutor"})
_SURRENDER_PARTICLES = frozenset({"over", "up", "in"})
_SIDE_WORDS = frozenset({"allegiance", "side", "loyalty", "party", "camp", "affiliation"})
_LEAVE_VERBS = {"abandon", "leave", "quit", "desert"}
_CASUALTY_STATES = frozenset({"dead", "injured", "wounded", "hurt", "homeless", "stranded", "killed", "missing"})


def _left_as_casualties(verb: Token, obj: Token) -> bool:
    """True for "leaving N dead/injured": the object is left in a state, the verb is a casualty count."""
    states = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "acomp", "ccomp")]
    states += [c for c in obj.children if c.dep_ in ("amod", "acl")]
    return any(c.lower_ in _CASUALTY_STATES or c.lemma_.lower() in _CASUALTY_STATES for c in states)


def _posts_holder(places: list[Token]) -> list[Token]:
    """The side whose posts a defector left, named on them: "from Army positions", "from the militia's checkpoints"."""
    for post in (p for p in places if p.lemma_.lower() in POSTS):
        for c in post.children:
            if c.dep_ in ("compound", "poss") and (c.ent_type_ in ("ORG", "NORP") or c.lemma_.lower() in STATE_FORCES):
                return [c]
    return []


def _service_of_side(obj: Token) -> bool:
    """ "British service", "the service of the Sultan", "Ottoman service": a side's service, left by a deserter."""
    if obj.lemma_.lower() != "service":
        return False
    named = [
        c for c in obj.children if c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE", "ORG")
    ]
    return bool(named or roles.pobjs(obj, "of"))


def _defected_members(verb: Token) -> Token | None:
    """The members a "defected" the parser read as a verb describes: its direct object, right after it ("defected
    Iraqi Army personnel"); "defect" has no object of its own."""
    obj = roles.first(roles.children(verb, "dobj"))
    if obj is None or obj.left_edge.i != verb.i + 1 or not is_member(obj):
        return None
    return obj


def _left_in_state(verb: Token, obj: Token) -> bool:
    """True for "left the garrison isolated", "left the rebels exposed": a predicate after the object says what
    state it is left in (the parser's object predicate, or a bare participle or adjective it hung on the object)."""
    if any(c.dep_ == "oprd" for c in verb.children):
        return True
    after = (obj.i + 1, obj.right_edge.i + 1)
    return any(
        c.i in after and c.pos_ in ("VERB", "ADJ") and c.tag_ in ("VBN", "JJ") and not list(c.children)
        for c in (*obj.children, *verb.children)
    )


def _area(token: Token) -> bool:
    """A place a side can stand in: a named place or an area ("in Bama and Gwoza local government areas"), not
    "the rebel side in the First Libyan Civil War"."""
    return token.ent_type_ in ("GPE", "LOC", "FAC") or token.lemma_.lower() in lexicon.ADMIN_AREAS


_ARMS, _SIDE_NOUNS = frozenset({"arm", "arms", "weapon", "gun", "rifle"}), ("party", "opposition")
# Verbs with no passive sense: as a participle on a noun ("brigades defected to X") the noun is the doer.
_INTRANSITIVE = frozenset({"defect", "splinter", "secede"})
_ACCUSING = frozenset({"accuse", "charge", "suspect", "allege", "investigate", "try"})


_COUNT_WORDS = frozenset({"dozen", "dozens", "hundred", "hundreds", "score", "scores", "thousand", "thousands"})


def _own_words(verb: Token, agent: Token | None) -> set[str]:
    """The lemmas of ``verb``'s own clause, without its doer's phrase: "surrendered to police after a standoff" has
    police in it; "Hundreds of police and soldiers abandoned their posts; several dozen surrendered to the Taliban" and
    "..., police said" do not."""
    skip = {t.i for t in agent.subtree} if agent is not None else set()
    for clause in (c for c in verb.children if c.dep_ in ("ccomp", "conj", "parataxis")):
        skip |= {t.i for t in clause.subtree}  # another clause: "..., police said"
    for along in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("along", "together")):
        skip |= {t.i for t in along.subtree}  # who surrendered with him: "along with ... senior police officials"
    return {t.lemma_.lower() for t in verb.subtree if t.i not in skip}


def _count_read_as_adverb(verb: Token) -> Token | None:
    """A bare count the parser hung on the verb as an adverbial noun: "several dozen later surrendered to the
    Taliban" (the count of those told of before, who surrendered)."""
    i = verb.i - 1
    while i > roles.sentence(verb).start and verb.doc[i].pos_ in ("ADV", "AUX"):
        i -= 1  # "several dozen later surrendered", "dozens have since surrendered"
    count = verb.doc[i]
    if count.dep_ == "npadvmod" and count.lemma_.lower() in _COUNT_WORDS and count.ent_type_ == "CARDINAL":
        return count
    return None


def _arms_clause_misread(trigger: Token) -> bool:
    """True for a verb giving up one's own arms that the parser hung on its doer as a relative clause (a passive
    participle has no object of its own, so "their guns" says the noun is the doer): "Eleven Ambazonian separatist
    fighters, among them a self-styled general, handed in their guns at the centre on Monday, the governor said"."""
    if trigger.dep_ != "acl" or trigger.tag_ not in ("VBD", "VBN") or trigger.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return trigger.lemma_.lower() in ("hand", "give", "lay") and any(own_arms(c) for c in trigger.children)


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


# "cut ties with al-Qaeda" (rules/severed.py), "retracted their oath"
_TIES_CUES = dict.fromkeys(("cut", "sever"), TIES) | dict.fromkeys(TAKING_BACK, PLEDGES)


@register(
    EventType.DEFECTION, [*PATTERNS, *FRAME_PATTERNS], requires=SWITCH_CUES | FRAME_CUES | _OWN_FRAME_CUES | _TIES_CUES
)
def defection(trigger: Token, actors: Actors) -> Iterator[Draft]:
    """DEFECTION drafts from verbs (defect, surrender to, abandon/split from a group), the adjective
    "defected" and the nouns defection/defector; a missing "from" side is read off the defector."""
    own_frame = trigger.pos_ == "VERB" and trigger.lemma_.lower() in _OWN_FRAME_VERBS
    verbs = (*_VERB_TRIGGERS, *SWITCH_VERBS)
    drafts = (
        _own_frame(trigger, actors)
        if own_frame
        else side_changes(trigger, actors, _defection, verbs=verbs, cues=SWITCH_CUES)
    )
    for draft in drafts:
        trigger = draft.trigger  # a move told by a preposition of the frame is its verb's (rules/sidechange.py)
        draft.agents = mover(trigger, draft.agents, actors)
        draft.agents = [who_pronoun_is(a, actors) or a if a.pos_ == "PRON" else a for a in draft.agents]
        # "X is a former politician in North Korea who defected", "X became the second Conservative MP to defect": the
        # title's side (the predicate the deed is told on)
        described = [t for t in (predicate_title(trigger),) if t is not None] or draft.agents[:1]
        draft.agents = [named_person(a) for a in namelists.every_listed(draft.agents, actors)]
        draft.modality = draft.modality or _unreal(trigger)
        # "defected from the ranks of al-Shabaab": the side is whose ranks they were
        draft.targets = [ranks_of(t, actors) if t.lemma_.lower() == "rank" else t for t in draft.targets]
        if not draft.targets and draft.agents:
            draft.targets = side_left(described[0], draft.agents[0], actors)
        # "surrendered to troops of Operation Hadin Kai in Bama": the place hung on the side gone to
        sides = [s for t in draft.to for s in (t, *roles.pobjs(t, "of"))]
        draft.places = [*draft.places, *(p for s in sides for p in roles.pobjs(s, "in", "at", "near") if _area(p))]
        # the side served or the group pointed back to, told in another sentence (rules/servedside.py)
        draft = group_told_before(served_before(joined_before(completed(draft, actors), actors), actors), actors)
        if not draft.to and draft.trigger.pos_ in roles.VERB_POS:  # "broke ranks with the regime and fled to Turkey"
            draft.to = fled_to(draft.trigger, draft.agents[0] if draft.agents else None, actors)
        yield draft


def _own_frame(verb: Token, actors: Actors) -> list[Draft]:
    """The drafts of a verb read only by its own frame: "placed themselves at the service of X" (rules/sidechange.py),
    "no longer takes orders from X", "now works for Y" (rules/answersto.py)."""
    if verb.lemma_.lower() in ("place", "put"):
        return list(placed_in_service(verb, actors))
    return list(changed_command(verb, actors))


def _force_named(token: Token, actors: Actors) -> bool:
    """A force or group one surrenders "before": a group, members of one, or a name that is no date, person or
    state ("the Assam Rifles", which the NER tags as a facility)."""
    if is_group(token, actors) or is_member(token):
        return True
    return token.pos_ == "PROPN" and token.ent_type_ not in ("DATE", "TIME", "GPE", "PERSON", "EVENT")


def _official(person: Token) -> bool:
    """True for a named official of the state, by the office written before the name: "Chief Minister Ghulam Nabi
    Azad", "Deputy Commissioner X" (insurgents surrender before them in Indian and Nigerian reports)."""
    return person.ent_type_ == "PERSON" and any(w.lemma_.lower() in _OFFICES for w in person.subtree if w.i < person.i)


_OFFICES = frozenset({
    "minister", "governor", "commissioner", "superintendent", "commander", "inspector", "officer", "general",
    "collector", "magistrate",
})  # fmt: skip


def _defection(trigger: Token, actors: Actors) -> Iterator[Draft]:
    lemma = trigger.lemma_.lower()
    if lemma in ("join", "welcome", "induct"):
        switches = list(switched_party(trigger, actors))  # "Former Congress MLA X joined the BJP"
        yield from switches
        armed = roles.first(roles.children(trigger, "dobj"))
        if not switches and lemma == "join" and armed is not None and joinable(armed, actors):
            yield from member_went_over(trigger, armed, actors)  # "fighters from Ahrar al-Sham joined HTS"
        elif not switches and lemma == "join" and armed is not None and armed.lemma_.lower() in STATE_FORCES:
            yield from member_went_over(trigger, armed, actors, armed_side=False)  # "... joined the government forces"
        return
    if lemma in SWITCH_VERBS:
        yield from switched(trigger, actors)  # "decamped from the PDP to the APC", "dumped the PDP for the APC"
        return
    if lemma in SWITCH_NOUNS and trigger.pos_ in ("NOUN", "PROPN"):
        yield from switch_noun(trigger, actors)  # "his switch to the ruling party"
        return
    if lemma in SEVERING and trigger.pos_ == "VERB" and severed_from(trigger, actors):
        yield from severed_ties(trigger, actors)  # "al-Nusra voted to cut ties with al-Qaeda"
        return
    if lemma in ("cut", "sever"):
        return
    sent = roles.sentence_lemmas(trigger)
    if (
        trigger.pos_ in ("NOUN", "PROPN")
        or lemma in ("asylum", *SHELTER, "defected")
        or (trigger.dep_ == "amod" and lemma == "defect")
    ):
        yield from nominal_defection(trigger, actors)  # told by a noun or an adjective (rules/defectnouns.py)
        return
    if lemma == "defect" and (members := _defected_members(trigger)) is not None:
        # "among them engineers and defected Iraqi Army personnel": "defect" takes no object, so the parser's verb is
        # the participle on the members it names
        left = [c for c in members.children if c.dep_ == "compound" and c.ent_type_ in ("ORG", "NORP", "GPE")]
        yield Draft.defection(trigger, [members], "syntax", left=left[-1:], strength=0.55)
        return
    agent = (
        roles.subject(trigger) or _count_read_as_adverb(trigger) or headline_doer(trigger) or doer_of_clause(trigger)
    )
    if agent is None and trigger.dep_ == "acl" and lemma in _INTRANSITIVE and trigger.head.pos_ in ("NOUN", "PROPN"):
        agent = trigger.head  # "Two brigades of the FSA in Daraa defected to ...", read as a reduced relative
    if agent is None and _arms_clause_misread(trigger):
        agent = trigger.head  # "Eleven separatist fighters, among them ..., handed in their guns at ..., X said"
        while agent.dep_ == "appos" and agent.head.pos_ in ("NOUN", "PROPN"):
            agent = agent.head  # "..., among them a self-styled colonel, handed over": the aside's list
    # "defected from a checkpoint near Rastan": a post is where they were, not the side they left
    frm = [f for f in roles.pobjs(trigger, "from") if f.lemma_.lower() not in POSTS]
    if not frm:
        frm = _posts_holder(roles.pobjs(trigger, "from"))  # "defected from army positions": the army's
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
        to = to or side_joined(trigger)
        if not (frm or to):
            return  # "the rioters broke ranks and fled"
    elif lemma in ("split", "break", "divide", "splinter", "secede", "breakaway"):
        if lemma == "break" and not frm:
            frm = [w for w in roles.pobjs(trigger, "with") if is_group(w, actors) and not companions(w)]
        away = any(c.lower_ in ("away", "off") for c in trigger.children)
        if not frm and lemma != "divide" and agent is not None and away:
            frm = parent_group(trigger, agent, actors) or affiliation(agent)  # "The faction broke away in 2014"
        # "the Mujao faction ... broke away and joined al-Mourabitoun": the side joined says it went over
        joined = [j for j in side_joined(trigger) if is_group(j, actors) or j.pos_ == "PROPN"] if away else []
        # "split from the SLM-Minni Minawi": a faction's name with its parent's acronym in it is a group's
        named = bool(frm) and any(acronym(c) and c.dep_ == "compound" for c in frm[0].subtree)
        if (not frm or not (is_group(frm[0], actors) or named)) and not joined or lemma == "secede":
            return
        if lemma == "break" and not (
            any(c.lower_ in ("away", "off") for c in trigger.children) or roles.pobjs(trigger, "with")
        ):
            return
    elif lemma == "desert" and (roles.patient(trigger) is None or is_member(agent)):
        # "soldiers deserted (their posts)": a member leaving a unit needs no group as object.
        if agent is None or roles.is_passive(trigger) or trigger.dep_ in ("amod", "acomp"):
            return
        if patient is not None and is_group(patient, actors) and not frm:
            frm = [patient]  # "deserted their units"
        to = to or fled_to(trigger, agent, actors)
    elif lemma in ("hand", "give", "turn"):
        # "handed themselves over to Kurdish forces", "gave themselves up to the army", "turned themselves
        # in to the government": a surrender to a side (not to police or courts).
        # "gave up their weapons to UN peacekeepers": arms handed to a side are a surrender too.
        # "handed over arms to the security forces": insurgents' arms, whatever the possessive
        rebels = insurgent(agent, actors)
        reflexive = any(
            c.dep_ == "dobj"
            and (c.lower_.endswith(("selves", "self")) or (own_arms(c) or rebels and bare_arms(c)) and to)
            for c in trigger.children
        )
        particle = any(
            c.dep_ in ("prt", "advmod", "prep") and c.lower_ in ("over", "up", "in") for c in trigger.children
        )
        to = to or [p for c in trigger.children if c.lower_ == "in" for p in roles.pobjs(c, "to")]
        # "Five Maoists turned themselves in before senior officials from the police": an insurgent's "before"
        to = to or (roles.pobjs(trigger, "before") if insurgent(agent, actors) else [])
        # "abandoned their positions and handed their weapons to opposition fighters": own arms given to another
        # side's fighters need no particle (a militia armed by the army gets no one's own arms)
        given = patient is not None and own_arms(patient) and bool(to) and is_member(to[0])
        particle = particle or given and (is_member(agent) or agent is not None and is_rank_or_member(agent))
        legal = _own_words(trigger, agent) & {"police", "authorities", "court"}
        # "gave up their weapons at the army camp": a combatant's own arms given up (rules/surrenders.py)
        arms = not reflexive and arms_given_up(trigger, agent, lambda a: is_combatant(a, actors))
        to, reflexive = to or (base_gone_to(trigger, actors) if arms else []), reflexive or arms
        if not (reflexive and particle) or legal and not (insurgent(agent, actors) and legal <= _LAW_SIDES):
            return
        # "Five Boko Haram commanders turned themselves in at a military camp", "handed himself over at an army
        # post in Kidal": to the other side
        post = any(p.lemma_.lower() in POSTS | {"camp"} for p in roles.pobjs(trigger, "at", "to"))
        law = to and is_legal(to[0]) and not (insurgent(agent, actors) and to[0].lemma_.lower() in _LAW_SIDES)
        if law or not to and not arms and not ((lemma == "turn" or post) and is_combatant(agent, actors)):
            return
    elif lemma in ("renounce", "disavow") or lemma in TAKING_BACK:
        # "renounced its allegiance to al-Qaeda", "renounced ISIS", "retracted their oath of allegiance to X": leaving
        # the side renounced (rules/membership.py)
        frm = renounced(trigger, agent, actors)
        if not frm:
            return
        if frm[0] is not roles.patient(trigger):  # a bond's side, whose "to" is not the side joined
            to = side_joined(trigger)
    elif lemma in _LEAVE_VERBS | {"resign"}:
        obj = roles.patient(trigger)
        if obj is not None and _left_as_casualties(trigger, obj):
            return  # "..., leaving 12 militants dead": the toll of an attack, nobody left a group
        if lemma == "leave" and obj is not None and _left_in_state(trigger, obj):
            return  # "the fall of the base left the garrison isolated": a state the object is left in
        joined = [j for j in side_joined(trigger) if is_group(j, actors) or is_side(j)]
        # "abandoned their positions and surrendered to MONUSCO peacekeepers": the side surrendered to
        joined += [t for c in trigger.children if c.dep_ == "conj" and c.lemma_.lower() == "surrender"
                   for t in roles.pobjs(c, "to") if not is_legal(t)]  # fmt: skip
        if lemma == "resign":
            # "resigned from the army and joined the rebels", "MPs resigned from the party and joined the opposition"
            obj = roles.first(
                w
                for w in roles.pobjs(trigger, "from")
                if is_group(w, actors) or is_party(w) and agent is not None and is_politician(agent)
            )
            if obj is None or not joined:
                return  # resigning is not defecting; resigning from the army to join the rebels is
        fled = (
            fled_to(trigger, agent, actors)
            if is_member(agent) and obj is not None and obj.lemma_.lower() in POSTS
            else []
        )
        if fled:
            joined = fled  # "Scores of National Guard members abandoned their posts and crossed into Colombia"
        if joined and obj is not None and is_member(agent):
            pass  # "dozens of policemen abandoned their posts and joined the insurgents"
        elif obj is not None and _service_of_side(obj) and is_member(agent):
            pass  # "many sepoys deserted British service": members leaving a side's service (no actor to name)
        elif obj is None or not is_group(obj, actors) and not (joined and is_side(obj)):
            return  # "abandoned Gaddafi and sided with the rebels": a leader stands for the side
        if obj.lemma_.lower() in ("parliament", "government") or (is_party(obj) and not joined):
            return  # leaving a party is a defection only when the politician joins another
        frm = [obj] if is_group(obj, actors) or is_side(obj) else []
        to = to or joined
        if fled:
            frm = []  # a post is not the side left; the defector's own phrase names it
    elif lemma == "surrender":
        obj = roles.patient(trigger)
        if not to:
            # "Five ULFA militants surrendered before the Assam Rifles": Indian and Nigerian papers' "before"
            to = [
                o
                for o in roles.pobjs(trigger, "before")
                if _force_named(o, actors)
                and not is_legal(o)
                or (any(w.lemma_.lower() in _LAW_SIDES for w in o.subtree) or _official(o))
                and insurgent(agent, actors)
            ]
        # "Twelve Maoists surrendered before the police": insurgents going over to the state, not suspects
        legal = _own_words(trigger, agent) & ({"fbi", "charge", "court"} | _LAW_SIDES)
        if is_legal(to[0] if to else None) or legal:
            if not (insurgent(agent, actors) and legal <= _LAW_SIDES and not (to and to[0].lemma_.lower() in _COURTS)):
                return
        if agent is not None and agent.ent_type_ == "GPE":
            return  # a state capitulating, to whomever ("Japan surrendered to the Allies")
        if obj is not None and is_legal(obj):
            return
        if obj is not None and obj.lemma_.lower() in HANDED_ARMS:
            pass
        elif obj is not None and not is_ground(obj):
            return  # "surrendered their hostages to the Red Cross": people or things handed over, nobody went over
        elif obj is not None:
            place = [obj]  # "surrendered the Damascus suburb of Daraya to the government"
        if not to and not (is_combatant(agent, actors) or insurgent(agent, actors)):
            return  # "The gunman surrendered after a six-hour standoff": to police, though unsaid
    elif lemma in ("switch", "change"):
        obj = roles.patient(trigger)
        if obj is None and (misread := side_as_noun(trigger)) is not None:
            agent, obj = misread  # "The Shammar militia, which ..., changed sides and now backs the army"
        if obj is None and lemma == "switch" and to and (is_group(to[0], actors) or to[0].lemma_ in _SIDE_NOUNS):
            pass  # "switched to the ruling party", "he and his fighters had switched to the opposition"
        elif obj is None and lemma == "switch" and to and frm and agent is not None and is_politician(agent):
            pass  # "The mayor switched from the Social Democrats to the Greens"
        elif obj is None or obj.lemma_.lower() not in _SIDE_WORDS:
            return  # "switched sides/parties/camps", "changed allegiance"
        elif obj.lemma_.lower() == "party" and not (agent is not None and is_politician(agent)):
            return  # "investors switched parties" at a conference
        if obj is not None and obj.lemma_.lower() in ("allegiance", "loyalty"):
            frm = frm or roles.pobjs(obj, "from")
            to = to or roles.pobjs(obj, "to")
        for leaving in (c for c in trigger.children if c.dep_ in ("advcl", "conj") and c.lemma_.lower() == "leave"):
            frm = frm or list(roles.children(leaving, "dobj"))  # "switched parties, leaving the Republicans"
            to = to or side_joined(leaving)
    elif lemma == "lay":
        # "laid down their arms" is a surrender
        obj = roles.patient(trigger)
        if (
            not any(c.dep_ == "prt" and c.lower_ == "down" for c in trigger.children)
            or obj is None
            or obj.lemma_.lower() not in _ARMS
            or deal_told(trigger)
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
    elif lemma in ("rally", "yield"):
        # "a commander of the NDC-R and 40 of his men rallied to the FARDC" (the French "se rallier" of Central and
        # West African reports): armed members going over to a force; not "supporters rallied to his defence".
        forces = [
            t
            for t in to
            # "the FARDC", an acronym; "rallied to the government of President Touadera"
            if (is_group(t, actors) or t.is_upper and t.is_alpha and len(t) >= 3 or t.lemma_.lower() == "government")
            and t.ent_type_ not in ("GPE", "PERSON")
        ]
        if (
            not forces
            or agent is None
            or not (is_member(agent) or is_rank_or_member(agent) or is_combatant(agent, actors))
        ):
            return
        to = forces
    elif lemma in ("go", "cross"):
        over = any(c.lower_ == "over" for c in trigger.children)
        # "crossed into territory held by the opposition": the ground's holder, for a member of a force (crossings.py)
        agent = agent or (trigger.head if trigger.dep_ == "acl" and crossed_to(trigger) else None)  # misparsed
        held = crossed_to(trigger) if is_member(agent) or agent is not None and is_rank_or_member(agent) else []
        to, over = to or held, over or bool(held)
        # "went back to JNIM": back to a side (not "back to the hotel"), the parser hanging "to" on the particle
        back = [p for c in trigger.children if c.lower_ in ("over", "back") for p in roles.pobjs(c, "to")]
        to = to or [p for p in back if is_group(p, actors) and p.ent_type_ != "GPE" or over]
        side = bool(to) and (to[0].lemma_.lower() == "side" or is_group(to[0], actors)) and to[0].ent_type_ != "GPE"
        # "FDC's Ibrahim Kasule crosses to NRM": a party's acronym the NER left untagged
        side = side or lemma == "cross" and bool(to) and acronym(to[0]) and is_politician(agent or to[0])
        into = roles.pobjs(trigger, "into") if lemma == "cross" and agent is not None and agent.tag_ == "NN" else []
        if into and fled_abroad(agent, into, actors):
            to = into  # "A North Korean soldier crossed the border into South Korea": one man, not troops invading
        elif not to or not (over or side):
            return  # "went over to the rebels", "crossed to the government side"; not "crossed to Turkey"
        elif to[0].ent_type_ == "GPE" and not is_member(agent):
            return  # "the suspects tried to cross over to Kenya": only a member of a force goes over to a state
    elif lemma in ("flee", "escape"):
        # Pilots flying jets abroad and asking for asylum; a soldier or official of one state fleeing to
        # another ("a North Korean soldier fled to South Korea"); not refugees fleeing fighting.
        side = bool(to) and to[0].ent_type_ != "GPE" and (to[0].lemma_.lower() == "side" or is_group(to[0], actors))
        if "asylum" not in sent and not fled_abroad(agent, to, actors) and not (side and is_member(agent)):
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
    if to and lemma == "defect" and to[0].lemma_.lower() in ("club", "team", "franchise"):
        return  # "The striker defected to a rival club"
    if not to and lemma == "defect":
        to = fled_to(trigger, agent, actors)  # "defected and fled to Jordan": the state gone to
    if not to:
        # "deserted and joined the FSA", "crossed the floor to join Labour", "sided with the rebels": the
        # side joined is where the defector went; "... and now fights for the Islamic State" too.
        to = (
            side_joined(trigger)
            or crossed_to(trigger)
            or [
                o
                for c in trigger.children
                if c.dep_ == "conj" and c.lemma_.lower() == "fight"
                for o in roles.pobjs(c, "for")
                if is_group(o, actors)
            ]
        )
    if trigger.dep_ == "conj" and trigger.head.lemma_.lower() in _LEAVE_VERBS and lemma in ("surrender", "defect"):
        return  # already emitted from the first conjunct
    yield Draft.defection(
        trigger,
        [agent] if agent is not None else [],
        "syntax",
        left=frm,
        to=to,
        places=[p for p in roles.locations(trigger) if held_side(p) is None] + place,  # held ground is a side's
        strength=0.7 if lemma == "defect" else 0.6,
    )
