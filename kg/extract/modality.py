"""Whether an event is asserted, planned, threatened, inspired or hypothetical, and whether it is negated.

Read from the trigger's own dependents and from the words that govern it (up to a few steps up the
tree): "planning even more attacks" -> planned, "the threat of attacks" -> threatened, "ISIS-inspired
attacks" -> inspired, "could strike" / "if they attack" -> hypothetical, "did not attack" -> negated.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import generic_use, realis
from kg.extract.futurepast import told_as_past
from kg.extract.role_words import LIGHT_VERBS
from kg.extract.syntax import ATTRIBUTING, on_the_way, says_none
from kg.models import Modality

# Verbs that make what they govern a plan, not a deed: "planning attacks", "urged them to surrender", "invited X to
# join".
_PLAN = frozenset({
    "plan", "prepare", "intend", "plot", "seek", "aim", "want", "hope", "expect", "consider", "propose", "mull",
    "contemplate", "envisage", "envision", "foresee", "schedule", "postpone", "delay", "wish", "decide", "agree",
    "call", "urge", "ask", "encourage", "push", "order", "tell", "demand", "recruit", "train", "foil", "thwart",
    "avert", "prevent", "disrupt", "preempt", "ban", "prohibit", "outlaw", "forbid", "apply", "vote", "bid", "invite",
    "persuade",
})  # fmt: skip
_THREAT = frozenset({"threaten", "vow", "warn", "promise", "pledge", "swear"})
_FEAR = frozenset({"fear", "dread", "anticipate", "predict", "forecast"})
# Verbs of leave given, in the present: what they allow is not done ("the law allows troops to fire on drones").
_PERMIT = frozenset({"allow", "permit", "authorise", "authorize", "empower", "entitle", "enable", "let"})
# Governing verbs that say the event did not take place: "failed to capture", "refused to attack".
_UNREALISED = frozenset(
    {"fail", "refuse", "decline", "refrain", "avoid", "hesitate", "cancel", "abandon", "scrap", "shelve"}
)
# Verbs whose purpose clause is carried out by their own act: "used helicopters to attack".
_MEANS = frozenset({"use", "employ", "subject"})  # "subjected to fire the positions of X"
_GOVERNING = _PLAN | _THREAT
_HYPO = frozenset({"could", "would", "might", "may", "should", "can", "must", "ca"})
_FUTURE = frozenset({"will", "shall", "'ll", "wo"})
_PLAN_NOUNS = {
    "idea": Modality.HYPOTHETICAL,
    "option": Modality.HYPOTHETICAL,
    "opportunity": Modality.HYPOTHETICAL,
    "proposal": Modality.PLANNED,
    "goal": Modality.PLANNED,
    "aim": Modality.PLANNED,
    "intention": Modality.PLANNED,
    "ability": Modality.HYPOTHETICAL,
    "capability": Modality.HYPOTHETICAL,
    "capacity": Modality.HYPOTHETICAL,  # "lacks the capacity to retake the city"
    "means": Modality.HYPOTHETICAL,  # "has the means to destroy the militants"
    "commitment": Modality.PLANNED,
    "readiness": Modality.HYPOTHETICAL,
    "plan": Modality.PLANNED,
    "plot": Modality.PLANNED,
    "threat": Modality.THREATENED,
    "risk": Modality.HYPOTHETICAL,
    "fear": Modality.HYPOTHETICAL,
    "possibility": Modality.HYPOTHETICAL,
    "prospect": Modality.HYPOTHETICAL,
    "danger": Modality.HYPOTHETICAL,
    "warning": Modality.THREATENED,
    "call": Modality.PLANNED,
    # Pressure and demands put on someone to do it: "resisted pressure to join the Nusra Front".
    "pressure": Modality.PLANNED,
    "demand": Modality.PLANNED,
    "appeal": Modality.PLANNED,
    "invitation": Modality.PLANNED,
    "offer": Modality.PLANNED,
    "request": Modality.PLANNED,
    "ultimatum": Modality.PLANNED,
    "order": Modality.PLANNED,  # "orders to fire on the crowd" (the order, not the firing)
    "instruction": Modality.PLANNED,
    "preparation": Modality.PLANNED,
    "verge": Modality.PLANNED,  # "on the verge of crossing over to the coalition"
    "brink": Modality.PLANNED,
    "way": Modality.HYPOTHETICAL,
    "chance": Modality.HYPOTHETICAL,
    "attempt": Modality.ASSERTED,
    "accusation": Modality.HYPOTHETICAL,  # "exchanged accusations of shelling": claimed, not reported
    "allegation": Modality.HYPOTHETICAL,
    "event": Modality.HYPOTHETICAL,  # "in the event of an attack"
    "case": Modality.HYPOTHETICAL,  # "in case of an attack"
}
# Nouns of trying whose "no" says the deed was not done: "made no attempt to engage the fighters".
_TRIES = frozenset({"attempt", "effort", "bid", "move"})
_UNREAL_ADJ = {
    "potential": Modality.HYPOTHETICAL,
    "possible": Modality.HYPOTHETICAL,
    "future": Modality.PLANNED,
    "planned": Modality.PLANNED,
    "imminent": Modality.PLANNED,
    "likely": Modality.HYPOTHETICAL,
    "further": None,
    "new": None,
    "feared": Modality.HYPOTHETICAL,
    "hypothetical": Modality.HYPOTHETICAL,
}
# "pledged allegiance": the pledge is the event itself, not a threat of one.
_LOYALTY = frozenset({"allegiance", "loyalty", "fealty", "oath", "bay'ah", "bayah", "baya", "affiliation"})
_SWEAR = frozenset({"pledge", "swear", "declare", "take", "vow", "promise", "switch", "renew", "reaffirm"})
# Words of being set on a deed to come, over its infinitive or "on" phrase: "determined to strike", "about to defect",
# "intent on carrying out attacks".
_RESOLVED = frozenset({"committed", "determined", "ready", "eager", "willing", "poised", "about", "intent", "keen"})
_CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
_EAGER = _RESOLVED | {"desperate", "anxious"}  # "are desperate to go to Syria to join IS"
# Verbs whose clausal complement is said not to have happened: "officials denied that any air strikes had
# been carried out", "the army denied that its soldiers attacked the village", "denied carrying out".
_DENY = frozenset({"deny", "refute"})
# Plans whose definite, past object is a deed done: "ordered the massacre of 170 villagers", "planned the 2008
# Mumbai attacks", "accused of ordering the bombing of the embassy" (not "ordered an offensive", "plans the attack").
_AUTHORED = frozenset({"order", "plan", "plot", "mastermind"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Subjects that say nobody did it: "no soldiers had deserted", "None of the fighters surrendered".
# What a weapon or a unit is made or fit for, not what it did: "capable of striking", "designed to intercept".
# ("able" is left out: "troops were able to repel the attack" tells the attack.)
_CAPABLE = frozenset({"capable", "design", "equip", "configure", "optimise", "optimize"})
_NOBODY = frozenset({"none", "nobody", "no-one"})


# Finite auxiliaries of a tense that a modal never takes after it: a conjunct carrying one is told in its own mood.
_TENSE_AUX = frozenset({"had", "has", "was", "were", "did"})


def _own_tense(verb: Token) -> bool:
    """True for a conjunct verb with its own finite past or perfect auxiliary: "the clans would no longer fight
    alongside the SDF and had placed their young men at the disposal of X" (the placing is told as done, whatever
    the first verb's "would"); not "urges them to go and fight", nor "would attack and have killed"."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _TENSE_AUX for c in verb.children)


def _chain(trigger: Token) -> list[Token]:
    """The trigger and the words that govern it directly, nearest first.

    A noun climbs to the verb or noun it is the object of ("planning attacks", "the threat of
    attacks"); a verb climbs through infinitive complements ("plans to attack") and auxiliaries.
    Deeper paths ("condolences to the families of the victims in the attack") are left out: a
    governing "want" three prepositions up says nothing about the attack.
    """
    out = [trigger]
    tok = trigger
    for _ in range(3):
        dep = tok.dep_
        head = tok.head
        if dep == "conj" and tok.pos_ in ("VERB", "AUX") and head.pos_ in ("VERB", "AUX") and not _own_tense(tok):
            tok = head  # "urges them to go and fight": the conjunct shares its first verb's mood
            out.append(head)
            continue
        if dep == "pcomp" and head.dep_ == "prep":
            out.append(head.head)  # "committed to carrying out attacks", "chances of being assaulted"
            tok = head.head
            continue
        if _infinitive_of_call(tok):
            out.append(head)  # "called on Muslims to pledge allegiance": the calling verb governs
            break
        if head is tok or dep in (
            "ROOT",
            "ccomp",
            "advcl",
            "relcl",
            "parataxis",
            "appos",
            "amod",
            "acl",
            "compound",
            "nsubj",
            "conj",
        ):
            break
        infinitive = (
            dep == "advcl" and tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        )
        if dep in ("dobj", "xcomp", "nsubjpass", "attr", "oprd") or infinitive:
            # an infinitive misparsed as advcl ("threatened on 10 January to target") is still a complement
            out.append(head)
            tok = head
            performs = head.lemma_.lower() in LIGHT_VERBS | _SWEAR  # "to carry out attacks", "to pledge allegiance"
            if head.pos_ in ("VERB", "AUX") and head.dep_ not in ("xcomp", "pcomp"):
                if not (performs and _infinitive_of_call(head)):
                    break  # "demanded a meeting to discuss Croatia's advance": the advance is not what is called for
            continue
        if dep == "pobj" and head.dep_ == "prep" and head.lower_ in ("of", "for"):
            out.append(head.head)  # "the threat of attacks", "plans for an attack"
            if head.head.dep_ == "attr" and head.head.head.pos_ == "AUX":
                out.append(head.head.head)  # "gatherings, which could be targets for attacks": the copula's mood
            break
        if dep == "pobj" and head.lower_ == "under" and head.head.pos_ in ("VERB", "AUX"):
            out.append(head.head)  # "if its posts came under attack": the coming is what is conditional
            tok = head.head
            continue
        break
    return out


def modality(trigger: Token) -> tuple[Modality, bool]:
    """(modality, negated) for the event whose trigger is ``trigger``."""
    if (framed := realis.unrealised(trigger)) is not None:
        return framed  # "refused orders to bomb", "claims that its jets bombed ... were false", "no shots were fired"
    if generic_use.defined_deed(trigger):
        return Modality.HYPOTHETICAL, False  # "Floor-crossing means that a member of one party leaves it ..."
    mod, negated = _governed(trigger)
    if (negated or mod not in (Modality.ASSERTED, Modality.INSPIRED)) and realis.presupposed(trigger):
        return Modality.ASSERTED, False  # "had not expected the attack, which killed 9 soldiers"
    return mod, negated


def _governed(trigger: Token) -> tuple[Modality, bool]:
    """(modality, negated) read off the trigger and the words that govern it."""
    negated = False
    chain = _chain(trigger)
    if _purpose(trigger):
        return Modality.PLANNED, False  # "moved into the hills in order to attack the base"
    for child, tok in zip(chain, chain[1:], strict=False):
        if child.dep_ in ("xcomp", "dobj", "nsubjpass") and tok.pos_ == "VERB" and tok.lemma_.lower() in _UNREALISED:
            return Modality.ASSERTED, True  # "failed to capture the airport", "refused to attack"
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "from" and _refrained(trigger.head):
        return Modality.ASSERTED, True  # "committed to refrain from attacks on civilian infrastructure"
    if trigger.dep_ in ("pcomp", "pobj") and trigger.head.lower_ == "without":
        return Modality.ASSERTED, True  # "looted shops and left without injuring anyone", "without firing a shot"
    if trigger.dep_ == "nsubj" and trigger.pos_ in ("NOUN", "PROPN") and trigger.head.pos_ in ("VERB", "AUX"):
        # "Armed drones can strike targets", "An attack could come at any time": a doer or event noun that is
        # the subject of a modal or future verb is no more real than the verb.
        for c in trigger.head.children:
            if c.dep_ == "aux" and c.lower_ in _HYPO:
                return Modality.HYPOTHETICAL, False
            if c.dep_ == "aux" and c.lower_ in _FUTURE:
                return Modality.PLANNED, False
    clause = next((t for t in chain if t.pos_ in ("VERB", "AUX")), None)
    while clause is not None and clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head  # "denied reports that soldiers had attacked a village and killed civilians"
    if clause is not None and clause.dep_ in ("ccomp", "xcomp") and clause.head.lemma_.lower() in _DENY:
        negated = True  # a denial reports that the event did not take place ("denied involvement in" is no clause)
    if _denied_deed(trigger):
        negated = True  # "Israel denies helicopter attack on Gaza school"
    if clause is not None and (_headline_future(clause) or _yes_no_question(clause)):
        # "Pakistan to launch Swat offensive", "Did Israel bomb a Syrian reactor?": not told as done
        return (Modality.PLANNED if _headline_future(clause) else Modality.HYPOTHETICAL), negated
    if _denied_hearsay(trigger, chain, clause):
        negated = True
    # Only the trigger's own subject: "Nobody claimed the attack" says nothing against the attack.
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None) if clause is trigger else None
    if subject is not None and (subject.lower_ in _NOBODY or says_none(subject)):
        negated = True  # "no soldiers had deserted", "Neither side attacked": an active verb whose doer is nobody
    if _none_reported(trigger):
        negated = True  # "There were no reports of clashes in Kelemba", "no indication that civilians were killed"
    if trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "any" for c in trigger.children):
        # "any" stands where a deed is denied, doubted or hypothetical: "no aircraft of the Armed Forces carried out
        # any strike", "has not conducted any air strikes"; never one deed told as done
        negated = True
    for tok in chain:
        for c in tok.children:
            if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in ("no", "neither") and tok is trigger):
                negated = True
        if tok.pos_ in ("VERB", "AUX") and tok is not trigger:
            break  # negation further up belongs to another clause ("did not say ... attacked")
    governed = any(
        t.lemma_.lower() in _GOVERNING
        or (t.pos_ == "NOUN" and _PLAN_NOUNS.get(t.lemma_.lower(), Modality.ASSERTED) is not Modality.ASSERTED)
        for t in chain[1:]
    )
    for c in trigger.children:
        text = c.lower_
        if ("inspired" in text or (c.lemma_ == "inspire")) and not governed:
            # "plotting an ISIS-inspired attack" is a plot: the plan governs, inspiration does not
            return Modality.INSPIRED, negated
        if c.dep_ in ("amod", "compound") and (unreal := _UNREAL_ADJ.get(text)) is not None:
            return unreal, negated
    loyalty = trigger.lemma_.lower() in _LOYALTY
    permit = trigger.head if trigger.dep_ == "ccomp" and any(c.lower_ == "to" for c in trigger.children) else None
    if permit is not None and permit.lemma_.lower() in _PERMIT and permit.tag_ in ("VBZ", "VBP", "VB"):
        return Modality.HYPOTHETICAL, negated  # "The new law allows the army to shoot down drones"
    for tok in chain:
        lemma = tok.lemma_.lower()
        # "pledged allegiance to X and was integrated into Y": a verb whose object is a loyalty noun is a pledge made
        sworn = lemma in _SWEAR and any(c.dep_ == "dobj" and c.lemma_.lower() in _LOYALTY for c in tok.children)
        if tok is not trigger and not (loyalty and lemma in _SWEAR) and not sworn:
            if lemma == "inspire":
                return Modality.INSPIRED, negated
            if tok.pos_ in ("VERB",) and lemma in _THREAT and (tok.tag_ != "VBN" or _perfect(tok)):
                return Modality.THREATENED, negated
            if (
                tok.pos_ in ("VERB",)
                and lemma in _PLAN
                and not _authored(trigger, tok)
                and not _called_in(tok)
                and not _side_taken(trigger, tok)
            ):
                return Modality.PLANNED, negated
            if tok.pos_ in ("VERB",) and lemma in _FEAR:
                return Modality.HYPOTHETICAL, negated  # "residents feared an attack on the town"
            if tok.pos_ == "VERB" and lemma in _PERMIT and tok.tag_ in ("VBZ", "VBP", "VB"):
                return Modality.HYPOTHETICAL, negated  # "The new rules permit troops to fire on drones"
            if tok.pos_ in ("NOUN",) and lemma in _PLAN_NOUNS and _PLAN_NOUNS[lemma] is not Modality.ASSERTED:
                return _PLAN_NOUNS[lemma], negated
        for c in tok.children:
            if c.dep_ in ("aux", "auxpass") and c.lower_ in _HYPO and not (c.lower_ == "would" and told_as_past(tok)):
                return Modality.HYPOTHETICAL, negated  # not the narrative's "would join X on 12 May 2015"
            if c.dep_ in ("aux",) and c.lower_ in _FUTURE:
                return Modality.PLANNED, negated
            if c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS:
                return Modality.HYPOTHETICAL, negated
    top = chain[-1]
    if top.dep_ == "acl" and any(
        c.dep_ == "amod"
        and c.lower_ in ("forthcoming", "upcoming", "future", "planned", "proposed", "possible", "potential")
        for c in top.head.children
    ):
        return Modality.PLANNED, negated  # "forthcoming operations to free the city"
    if (
        top.dep_ in ("acl", "relcl")
        and top.head.lemma_.lower() in _PLAN_NOUNS
        and _PLAN_NOUNS[top.head.lemma_.lower()] is not Modality.ASSERTED
    ):
        return _PLAN_NOUNS[top.head.lemma_.lower()], negated  # "the opportunity to conduct attacks"
    if top.dep_ == "acl" and top.head.lemma_.lower() in _TRIES and any(c.lower_ == "no" for c in top.head.children):
        return Modality.ASSERTED, True  # "police nearby made no attempt to engage the fighters"
    for tok in chain:
        if tok.pos_ == "AUX" or tok.lemma_ == "be":
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if (
                subj is not None
                and subj.lemma_.lower() in _PLAN_NOUNS
                and _PLAN_NOUNS[subj.lemma_.lower()] is not Modality.ASSERTED
            ):
                return _PLAN_NOUNS[subj.lemma_.lower()], negated  # "one idea is to fire missiles"
        if tok.lemma_.lower() in _RESOLVED:
            # "about" is in the chain only over its infinitive: "reports that he was about to defect"
            return Modality.PLANNED, negated
        if tok.lemma_.lower() in _CAPABLE and tok is not trigger:
            return Modality.HYPOTHETICAL, negated  # "drones capable of striking targets at 150 km": a capability
        if tok.lower_ in _LIKELY and tok.pos_ == "ADJ" and tok is not trigger:
            return Modality.HYPOTHETICAL, negated  # "Terrorists are very likely to try to carry out attacks"
    if (told := _participle_of(trigger)) is not None:
        return told, negated  # "Terrorist groups may attack with little or no warning, targeting hotels"
    if top.dep_ == "advcl":
        for c in top.children:
            if c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS:
                return Modality.HYPOTHETICAL, negated
    if (
        top.dep_ == "acl"
        and top.head.pos_ == "NOUN"
        and top.head.lemma_.lower() in _AIMED_DEEDS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in top.children)
    ):
        # "is preparing a major offensive to retake rebel-held cities": what an offensive is for is no more done than
        # the offensive; "launched an offensive to retake the town" tells the retaking with the offensive
        mod, _ = _governed(top.head)
        if mod not in (Modality.ASSERTED, Modality.INSPIRED):
            return mod, negated
    return Modality.ASSERTED, negated


# Adjectives of a forecast, over the infinitive of a deed: "are likely to attack", "are unlikely to encircle".
_LIKELY = frozenset({"likely", "unlikely", "liable"})


def _participle_of(trigger: Token) -> Modality | None:
    """Hypothetical when the participle clause hangs on a verb with a modal of its own: "may attack with little or
    no warning, targeting hotels" (the targeting is as hypothetical as the attack); None otherwise, for a participle
    with a subject or a mark of its own ("after killing", "with gunmen firing"), and for one on a verb of purpose
    ("came out to call visa applicants, killing two employees": the killing was done)."""
    if trigger.tag_ != "VBG" or any(c.dep_ in ("nsubj", "mark", "aux") for c in trigger.children):
        return None
    if trigger.dep_ == "advcl":
        head = trigger.head
    elif trigger.dep_ == "conj" and trigger.i > 0 and trigger.doc[trigger.i - 1].text == ",":
        # "could strike without warning, targeting markets": the parser hung the participle on the noun before it
        head = next((t for t in trigger.ancestors if t.pos_ in ("VERB", "AUX")), trigger)
    else:
        return None
    if head is trigger or head.pos_ not in ("VERB", "AUX"):
        return None
    modal = any(c.dep_ == "aux" and c.lower_ in _HYPO for c in head.children)
    return Modality.HYPOTHETICAL if modal else None


# Deeds whose infinitive says what they are for ("an offensive to retake X"), not "the first officers to defect".
_AIMED_DEEDS = frozenset(
    {"offensive", "operation", "campaign", "attack", "assault", "push", "drive", "raid", "mission"}
)


# Words that open a question on what they ask about: "Why did Israel bomb the reactor?" takes the bombing as done.
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _headline_future(verb: Token) -> bool:
    """True for a headline's future, a subject and a bare infinitive with no verb over them: "Pakistan to launch
    Swat offensive, PM says", "US to strike Syria"; not "for troops to attack" nor "wants them to attack" (the
    verb over it says what it is)."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if any(c.dep_ == "mark" for c in verb.children):
        return False  # "for the army to attack"
    if verb.dep_ in ("relcl", "acl"):
        # "Thai army to launch offensive in Yala, general says", the infinitive right after the noun; not "Harmoush,
        # one of the first officers to defect from the army, announced ..."
        to = next(c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to")
        return to.i == verb.head.i + 1 and _said_subject_first(verb.head, verb)
    if verb.dep_ not in ("ROOT", "ccomp", "parataxis"):
        return False
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() not in ATTRIBUTING:
        return False  # "expects them to attack" has a governing verb of its own
    return any(c.dep_ in ("nsubj", "dep") and c.i < verb.i and c.pos_ in ("PROPN", "NOUN") for c in verb.children)


def _said_subject_first(noun: Token, verb: Token) -> bool:
    """True when ``noun``, which the parser hung the headline's infinitive ``verb`` on, opens the line and is the
    line itself or the subject of the verb of saying after it: "Thai army to launch offensive in Yala, general
    says"; not "He was the first commander to attack the town"."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.left_edge.i != noun.sent.start:
        return False
    if noun.dep_ == "ROOT":
        return True
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in ATTRIBUTING and noun.head.i > verb.i


def _yes_no_question(verb: Token) -> bool:
    """True for a verb asked about in a yes-no question, its auxiliary before its subject and a question mark at
    the end: "Did Israel bomb a Syrian reactor?", "Will Obama strike Syria without Congress?"; not a question on
    a wh-word ("Why did Israel bomb the reactor?", "Who fired the rockets?"), which takes the deed as done."""
    sent = verb.sent
    if not any(t.text == "?" for t in sent[-2:]):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass")), None)
    if subject is None or aux is None or not aux.i < subject.i:
        return False
    return not any(t.tag_ in _WH_TAGS for t in sent if t.i < aux.i)


def _denied_deed(trigger: Token) -> bool:
    """True for a deed named as what is denied, with no article that takes it as known: "Israel denies helicopter
    attack on Gaza school", "Army denies raid on Aceh village"; not "The TPLF denied the attack" (the attack the
    story told, whose doer denies it)."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "dobj" or trigger.head.lemma_.lower() not in _DENY:
        return False
    return not any((c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in trigger.children)


def _infinitive_of_call(verb: Token) -> bool:
    """True for an infinitive the parser hung as an adverbial clause on a verb of calling, planning or threatening:
    "called on Muslims everywhere to pledge allegiance" (the pledge is what was called for, not done)."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and verb.head.lemma_.lower() in _GOVERNING
    )


def _called_in(verb: Token) -> bool:
    """True for "called in" done ("Air support was called in and neutralised 40"): aircraft or troops brought to the
    fight, not a call for something to be done ("called for attacks", "called on fighters to attack")."""
    return (
        verb.lemma_.lower() == "call"
        and verb.tag_ in ("VBD", "VBN")
        and any(
            c.lower_ == "in" and (c.dep_ == "prt" or c.dep_ == "prep" and not list(c.children)) for c in verb.children
        )
    )


def _side_taken(trigger: Token, plan: Token) -> bool:
    """True when a change of side is told as decided or voted, in the past: "he decided to surrender", "had decided to
    join the rebels" (news tells a decision to change sides when it was acted on; a decision to attack is a plan)."""
    if plan.tag_ not in ("VBD", "VBN"):
        return False
    deed = trigger.lemma_.lower()
    # a group's vote to cut its ties is the cut; a parliament's vote to join NATO is a step towards joining
    return plan.lemma_.lower() == "decide" and deed in _SIDE_DEEDS or plan.lemma_.lower() == "vote" and deed in _CUTS


# Ties cut, which a group's past vote tells as done ("voted to cut ties with al-Qaeda"); with the other changes of side,
# what a past decision tells as done ("decided to surrender").
_CUTS = frozenset({"cut", "sever", "break", "split"})
_SIDE_DEEDS = _CUTS | {"defect", "surrender", "join", "switch", "desert", "quit", "leave", "abandon", "pledge"}


def _authored(trigger: Token, plan: Token) -> bool:
    """True when ``plan`` ordered or planned the definite deed ``trigger`` in the past, which presupposes it was done:
    "ordered the massacre of", "had planned the attacks on", "accused of ordering the bombing", "The Marawi assault was
    planned and executed by the Maute group"."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in ("dobj", "nsubjpass") or trigger.head.i != plan.i:
        return False
    if plan.lemma_.lower() not in _AUTHORED:
        return False
    past = plan.tag_ in ("VBD", "VBN") or (plan.tag_ == "VBG" and plan.dep_ == "pcomp")
    definite = any(
        (c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in trigger.children if c.i < trigger.i
    )
    return past and definite


def _denied_hearsay(trigger: Token, chain: list[Token], clause: Token | None) -> bool:
    """True when the event is what a denied or dismissed report says: "denied reports that 200 soldiers had
    defected" (the clause on the report noun), "dismissed reports of his defection" (the noun in its "of")."""
    reports = [t for t in chain[1:] if t.pos_ == "NOUN"]
    if clause is not None and clause.dep_ in ("ccomp", "acl") and clause.head.pos_ == "NOUN":
        reports.append(clause.head)
    return any(
        r.lemma_.lower() in realis.HEARSAY
        and r.dep_ in ("dobj", "nsubjpass")
        and r.head.lemma_.lower() in realis.DISMISS
        for r in reports
    )


def _refrained(from_: Token) -> bool:
    """True when a "from" phrase hangs on a verb of not doing, directly or through a phrase the parser put between
    them: "refrained from attacks", "has refrained to date from attacks on the centre"."""
    head = from_.head
    while head.dep_ in ("pobj", "prep") and head.pos_ != "VERB" and head.head.i != head.i:
        head = head.head
    return head.lemma_.lower() in _UNREALISED


def _purpose(trigger: Token) -> bool:
    """True for a verb in a purpose clause: "in order to attack", "so as to strike", "were deployed to
    retake the city"; not the means of an act that took place ("used helicopters to attack")."""
    if trigger.pos_ != "VERB" or trigger.dep_ not in ("advcl", "xcomp", "acl"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return False
    if trigger.dep_ == "advcl" and (on_the_way(go := trigger.head) or go.dep_ == "xcomp" and go.head.lower_ in _EAGER):
        return True  # a going not done: "were on their way to join ISIS", "are desperate to go to Syria to join IS"
    if trigger.lemma_ == "join":
        return False  # "travelled to Syria to join ISIS" reports the joining
    marks = {c.lower_ for c in trigger.children if c.dep_ in ("mark", "advmod")}
    if marks & {"order", "so"} or any(c.lower_ == "order" for c in trigger.children):
        return True
    head = trigger.head
    if trigger.dep_ == "acl" and head.lemma_.lower() == "order" and head.head.lower_ == "in":
        return True  # "in order to attack" parsed as a clause on "order"
    if trigger.dep_ == "advcl" and head.pos_ in ("VERB", "AUX"):
        # "used Paveway IV guided bombs to destroy": the parser may hang the clause on a verb inside the
        # object of "used" ("guided"), so the means verb is looked for one step up too.
        means = [head] + ([head.head] if head.dep_ in ("xcomp", "ccomp", "conj", "dobj") else [])
        if any(v.lemma_.lower() in _MEANS for v in means) or _first_of(head):
            return False  # "became the first ever Liberal to cross to Labour", the infinitive hung on the verb
        return head.lemma_.lower() not in ("attempt", "try", "seek")
    return trigger.dep_ == "xcomp" and head.lemma_.lower() in ("deploy", "send", "dispatch", "mobilise", "mobilize")


def _first_of(verb: Token) -> bool:
    """True for "be"/"become" with an attribute that ranks: "the first", "the latest", "the most senior"."""
    ranks = (t for a in verb.children if a.dep_ == "attr" for t in a.subtree)
    return verb.lemma_ in ("be", "become") and any(t.ent_type_ == "ORDINAL" or t.tag_ in ("JJS", "RBS") for t in ranks)


# Heads that leave a "whether"/"if" clause open: "It was unclear whether the attackers belonged to X".
_OPEN_HEADS = frozenset(
    {"unclear", "clear", "know", "known", "uncertain", "sure", "ask", "wonder", "determine", "investigate", "establish"}
)


def open_question(verb: Token) -> bool:
    """True when ``verb`` heads a clause the text leaves open: "It was unclear whether the attackers belonged to
    X", "police were investigating whether the group was behind it", "it is not known if X carried it out"; an
    attribution made there is a guess, not an attribution."""
    for clause in [verb, *list(verb.ancestors)[:2]]:
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        if "whether" in marks:
            return True
        if "if" in marks and (
            clause.head.lemma_.lower() in _OPEN_HEADS
            or any(c.lemma_.lower() in _OPEN_HEADS for c in clause.head.children if c.dep_ == "acomp")
        ):
            return True
    return False


# Nouns whose "no" denies what their "of" phrase names: "no reports of clashes", "no sign of fighting".
_NO_SIGN = frozenset({"sign", "evidence", "indication", "trace"})


def _none_reported(trigger: Token) -> bool:
    """True for an event noun in the "of" phrase of a report or sign that is denied: "There were no reports of
    clashes", "no sign of fighting"; or a verb in the "that" clause of one: "There is no indication that any civilians
    were injured or killed"."""
    verb = trigger
    while verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head  # "injured or killed"
    if verb.dep_ in ("acl", "ccomp") and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        noun = verb.head
    elif trigger.dep_ == "pobj" and trigger.head.lower_ == "of":
        noun = trigger.head.head
    else:
        return False
    if noun.lemma_.lower() not in realis.HEARSAY | _NO_SIGN:
        return False
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _perfect(verb: Token) -> bool:
    """True for a participle in a perfect tense ("Israel has threatened to strike"), not a passive or an adjective
    ("the threatened villages", "was threatened with attacks")."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) and not any(
        c.dep_ == "auxpass" for c in verb.children
    )
