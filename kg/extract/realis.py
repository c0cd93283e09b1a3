"""Whether the clause around a trigger says its event took place: frames that modality's chain does not climb.

:mod:`kg.extract.modality` reads the trigger and the words that govern it directly.  The frames here sit one
step to the side of that chain, and each says from syntax alone that the event did not happen, is only planned,
or did happen although a verb above it doubts it:

* an order or call that was refused: "pilots who refused orders to bomb the protesters", "refused an order to
  fire on the crowd", "his refusal to join the army" (the trigger is the clause on the refused noun);
* a report called false: "dismissed as fabricated claims that its jets bombed a clinic", "Claims that forces
  attacked the camp were false", "rejected as baseless reports of air strikes", and a report that a later definite
  mention calls false ("A video said fighters had shelled a school. The governor said the video was fake.");
* an event whose own occurrence is denied: "the attack never came", "the offensive did not take place", "the
  offensive failed to materialise", and a passive verb whose subject is nothing: "no shots were fired";
* the alternative not taken: "Instead of attacking the town, the rebels withdrew", "rather than storm";
* what a plan or document provides for: "the plan envisaged air strikes on rebel camps", "the draft included
  raids on ...";
* a deed due by its governing verb: "over 700 members of the sect are to surrender", "commits itself to lay down
  arms";
* a join or pledge only tried (:func:`attempted`): "a gunman who had tried to join Islamic State";
* a relative clause that reports what an expected event did, which presupposes it: "had not expected the attack,
  which killed 9 soldiers" is an asserted attack.

:func:`retracted` works across sentences: "A post said rebels had burned a church. Police said no such attack
took place." negates the reported event that the later denial ("no such attack") refers to.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.events import family as family_of
from kg.extract.syntax import says_none
from kg.models import Event, Modality

# Verbs that turn down an order, call or demand put to the doer: the ordered act did not happen.
_REFUSE = frozenset({"refuse", "reject", "ignore", "defy", "disobey", "decline", "resist", "spurn", "rebuff"})
# Nouns whose clause is an act someone refused to do: "his refusal to fire", "the refusal of pilots to bomb".
_REFUSAL = frozenset({"refusal"})
# Reports and claims that can be called untrue (also read by kg.extract.modality: "denied reports that ...").
HEARSAY = frozenset(
    {
        "report",
        "rumour",
        "rumor",
        "claim",
        "allegation",
        "suggestion",
        "speculation",
        "story",
        "accusation",
        "charge",
        "post",
        "video",
        "message",
        "tweet",
        "footage",
        "statement",
    }
)
# Verbs that call a report untrue, with the report as object or as the object of "as": "dismissed as
# fabricated claims that ...", "rejected reports of ...".
DISMISS = frozenset({"deny", "refute", "dismiss", "reject", "rebut", "debunk", "discount", "disprove"})
# Predicates that call a report untrue: "Claims that ... were false".
_FALSE = frozenset(
    {
        "false",
        "untrue",
        "baseless",
        "unfounded",
        "groundless",
        "fabricated",
        "fake",
        "incorrect",
        "inaccurate",
        "lie",
        "fabrication",
        "propaganda",
        "hoax",
        "staged",
        "lies",
        "nonsense",
    }
)
# Verbs that say an event came about: negated, they say it did not ("the attack never came").
_OCCUR = frozenset(
    {"come", "happen", "occur", "materialise", "materialize", "transpire", "eventuate", "start", "begin"}
)
# Documents and schemes whose contents are plans, not deeds.
_SCHEME = frozenset(
    {
        "plan",
        "proposal",
        "draft",
        "blueprint",
        "strategy",
        "roadmap",
        "scenario",
        "directive",
        "option",
        "concept",
        "contingency",
        "doctrine",
        "programme",
        "program",
        "mandate",
        "resolution",
    }
)
# Verbs by which a scheme provides for an act: "the plan envisaged / included / called for air strikes".
_PROVIDE = frozenset(
    {
        "envisage",
        "envision",
        "foresee",
        "include",
        "involve",
        "provide",
        "call",
        "propose",
        "outline",
        "require",
        "authorise",
        "authorize",
        "allow",
        "permit",
        "contemplate",
        "entail",
    }
)
# Verbs of trying: what is tried may not have been done.
_TRY = frozenset({"try", "attempt", "seek", "endeavour", "endeavor", "struggle"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "such"})
# Verbs of expecting: their object may be an event still to come, unless a relative clause says what it did.
_EXPECT = frozenset({"expect", "anticipate", "fear", "predict", "foresee", "forecast", "dread"})
_RELATIVE = frozenset({"which", "that", "who"})
_MODALS = frozenset({"could", "would", "might", "may", "should", "can", "must", "will", "shall", "'ll", "'d", "wo"})


def unrealised(trigger: Token) -> tuple[Modality, bool] | None:
    """(modality, negated) when a frame beside the governing chain says the event did not happen or is only
    planned; None when no such frame holds (modality's chain then decides)."""
    if _refused(trigger) or _refuted(trigger) or _unhappened(trigger) or _nothing_done(trigger) or _instead(trigger):
        return Modality.ASSERTED, True
    if _provided_for(trigger) or _foiled(trigger) or _due(trigger):
        return Modality.PLANNED, False
    return None


# What a claim has none of when it is untrue: "no truth in claims that ...", "no basis for reports that ...".
_GROUNDS = frozenset({"truth", "basis", "substance", "foundation", "evidence", "merit"})
# Verbs that stop a deed before it is done: "thwarted an attempt to blow up a bridge".
_STOPPED = frozenset({"foil", "thwart", "prevent", "avert", "frustrate", "disrupt", "preempt", "stop", "intercept"})


def _foiled(trigger: Token) -> bool:
    """The trigger is what a stopped attempt or plot was to do: "Security forces thwarted an attempt to blow up a
    bridge", "foiled a bid to storm the prison" (an attempt told as made, "an attempt to storm the base was repelled",
    is an attack)."""
    noun = trigger.head
    if trigger.dep_ not in ("acl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return False
    return noun.lemma_.lower() in (*_TRY, "bid", "plot", "plan") and noun.head.lemma_.lower() in _STOPPED


def presupposed(trigger: Token) -> bool:
    """True when an event noun that is the object of a verb of expecting carries a relative clause saying what it
    did, in the past and without a modal or negation: "had not expected the attack, which killed 9 soldiers",
    "had feared the offensive that drove 10,000 from their homes".  The clause asserts what the expecting verb
    leaves open.  (Other governors keep their reading: a wider rule moved a blind set the wrong way.)"""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "dobj" or trigger.head.lemma_.lower() not in _EXPECT:
        return False
    for clause in trigger.children:
        if clause.dep_ != "relcl" or clause.tag_ != "VBD":
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ not in _RELATIVE:
            continue
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODALS) for c in clause.children):
            continue
        return True
    return False


def _clause(trigger: Token) -> Token:
    """The verb of the clause that holds the trigger: the trigger itself when it is a verb, else the first verb
    above it through object and of-complement links ("bombed" for "bombed a clinic"; "carried" for "carried out
    air strikes")."""
    tok = trigger
    for _ in range(3):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.dep_ in ("dobj", "nsubjpass", "attr") or (tok.dep_ == "pobj" and tok.head.dep_ == "prep"):
            tok = tok.head if tok.dep_ != "pobj" else tok.head.head
            continue
        break
    return tok


def _refused(trigger: Token) -> bool:
    """ "refused orders to bomb the protesters", "his refusal to join the army": the trigger's clause hangs on a
    noun that was refused, or on a refusal."""
    clause = _clause(trigger)
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    if clause.dep_ in ("advcl", "xcomp") and clause.head.lemma_.lower() in _REFUSE:
        return True  # "defied instructions to open fire": the parser hangs the order's clause on the verb
    if clause.dep_ not in ("acl", "relcl"):
        return False
    noun = clause.head
    if noun.lemma_.lower() in _REFUSAL:
        return True
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in _REFUSE


def _refuted(trigger: Token) -> bool:
    """The event is what a report says and the report is called untrue: "dismissed as fabricated claims that its
    jets bombed a clinic", "Claims that government forces attacked the camp were false", "rejected as baseless
    reports of air strikes"."""
    reports: list[Token] = []
    clause = _clause(trigger)
    if clause.dep_ in ("acl", "relcl", "ccomp") and clause.head.pos_ in ("NOUN", "VERB"):
        reports.append(clause.head)  # "claims that its jets bombed" (the small model may tag "reports" a verb)
    if clause.dep_ == "ccomp" and clause.head.pos_ == "VERB":
        # "A post said rebels had burned a church ...; police said the post was fake": what a report says
        # (the words of the subject, as the small model may hang "A video circulating online" on "online")
        reports.extend(t for c in clause.head.children if c.dep_ == "nsubj" for t in c.subtree)
    if (
        trigger.dep_ in ("pobj", "pcomp")
        and trigger.head.lower_ in ("of", "about")
        and trigger.head.head.pos_ == "NOUN"
    ):
        reports.append(trigger.head.head)  # "reports of air strikes", "denied charges of shelling villages"
    return any(r.lemma_.lower() in HEARSAY and _called_untrue(r) for r in reports)


def _called_untrue(report: Token) -> bool:
    """A report noun dismissed ("dismissed as fabricated claims", "rejected reports") or said to be false
    ("Claims ... were false", "the report was a fabrication"), itself or by a later definite mention of a report
    ("A rumour that jihadists had attacked the mission spread; police said the report was untrue")."""
    if _untrue(report):
        return True
    later = report.doc[report.i + 1 :]
    return any(
        t.lemma_.lower() in HEARSAY
        and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in t.children)
        and _untrue(t)
        for t in later
    )


def _untrue(report: Token) -> bool:
    head = report.head
    if report.dep_ == "pobj" and head.lower_ in ("in", "to", "for", "behind") and head.head.lemma_.lower() in _GROUNDS:
        # "There was no truth in claims that the air force had bombed a hospital"
        return any(c.dep_ == "det" and c.lower_ == "no" for c in head.head.children)
    if report.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in DISMISS:
        return True
    if report.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in DISMISS:
        return True  # "dismissed as fabricated claims that ..."
    if report.dep_ == "nsubj":
        # "Claims ... were false"; a headline's "reports of air strikes 'fabricated'" has no copula
        return head.lower_ in _FALSE or any(
            c.dep_ in ("acomp", "attr") and c.lemma_.lower() in _FALSE for c in head.children
        )
    if report.dep_ == "dobj" and any(
        _false_word(c) for c in head.children if c.dep_ in ("advcl", "oprd", "ccomp", "prep")
    ):
        return True  # "described reports of air strikes as fabricated", "called the claims baseless"
    return any(c.dep_ == "amod" and c.lemma_.lower() in _FALSE for c in report.children) and head.lemma_.lower() in (
        "be",
        "spread",
        "circulate",
    )


def _false_word(tok: Token) -> bool:
    """A falsity word, itself or behind "as": "fabricated", "as fabricated", "as lies"."""
    return (
        tok.lower_ in _FALSE
        or tok.lemma_.lower() in _FALSE
        or any(_false_word(c) for c in tok.children if c.dep_ == "pobj")
    )


def _unhappened(trigger: Token) -> bool:
    """An event noun whose occurrence is denied: "the attack never came", "the offensive did not take place",
    "the raid failed to materialise"."""
    if trigger.dep_ != "nsubj" or trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = trigger.head
    occurs = verb.lemma_.lower() in _OCCUR or (
        verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    )
    if occurs:
        return any(c.dep_ == "neg" for c in verb.children)
    if verb.lemma_.lower() == "fail":
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in _OCCUR | {"take"} for c in verb.children)
    return False


def _nothing_done(trigger: Token) -> bool:
    """A passive trigger verb whose subject is nothing: "no shots were fired", "None of the bombs were dropped"."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    subject = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return False
    return subject.lower_ in ("none", "nothing") or says_none(subject)


def _instead(trigger: Token) -> bool:
    """The alternative not taken: "Instead of attacking the town, the rebels withdrew", "Rather than storm the
    building, police negotiated", "chose to negotiate rather than attack"."""
    if trigger.dep_ in ("pcomp", "pobj") and trigger.head.lower_ in ("of", "than"):
        prep = trigger.head  # "instead" hangs above "of" or below it, as the parse goes
        return prep.head.lower_ in ("instead", "rather") or any(
            c.lower_ in ("instead", "rather") for c in prep.children
        )
    if trigger.dep_ == "conj":
        return any(c.dep_ == "cc" and c.lower_ == "than" for c in trigger.head.children) and any(
            c.lower_ == "rather" for c in trigger.head.children
        )
    return False


def _provided_for(trigger: Token) -> bool:
    """The trigger is what a plan or document provides for: "the plan envisaged air strikes on rebel camps",
    "the draft included raids on"."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "dobj":
        return False
    verb = trigger.head
    if verb.lemma_.lower() not in _PROVIDE:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in _SCHEME


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


# Verbs whose "to" infinitive is a deed still to be done: "over 700 members of the sect are to surrender", "the
# movement commits itself to lay down arms".
_DUE = frozenset({"be", "commit"})
# What the verb of a due deed holds besides its infinitive: its subject, auxiliaries, adverbs ("are now to surrender"),
# the self it commits ("commits itself to"); a predicate ("was the first to defect") makes the deed done.
_BARE_BE = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "neg", "advmod", "xcomp", "punct", "cc", "conj", "mark",
                      "npadvmod", "dobj", "ccomp", "advcl"})  # fmt: skip


def _due(trigger: Token) -> bool:
    """The trigger is a deed still to come by the verb it is the infinitive of: "are to surrender to troops" (be and
    a "to" infinitive: scheduled or expected), "commits itself to lay down arms", "have committed to disarm"."""
    verb = trigger
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head  # "are to surrender and join the programme"
    if verb.dep_ != "xcomp" or not _infinitive(verb) or verb.head.lemma_.lower() not in _DUE:
        return False
    if any(c.dep_ not in _BARE_BE for c in verb.head.children):
        # "is the most important of the commanders to leave", "was the first to defect", "was among the first
        # foreigners to join": the infinitive tells who it was, and it was done
        return False
    return any(c.dep_ == "nsubj" for c in verb.head.children)


def attempted(trigger: Token) -> bool:
    """True for a trigger that is only tried: "a gunman who had tried to join Islamic State", "an attempted pledge".
    An attempted attack is an attack (the guidelines count it) and the caller asks this for joining and pledging
    alone: a group is joined only when the joining is done.  (Defections are left out: "tried to flee to" is how
    some real defections are told, and a blind set lost one when they were included.)"""
    verb = trigger
    for _ in range(3):  # "were caught trying to travel to Syria and join IS", "attempted to travel there to join IS"
        if verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in _TRY:
            return _infinitive(verb)
        if not (verb.dep_ == "conj" or verb.dep_ == "advcl" and _infinitive(verb)) or verb.head.pos_ != "VERB":
            break
        verb = verb.head
    if trigger.dep_ in ("dobj", "pobj") and trigger.pos_ == "NOUN":
        head = trigger.head if trigger.dep_ == "dobj" else trigger.head.head
        if head.lemma_.lower() in _TRY:
            return True  # "made an attempt at defection" is rare; "attempted a defection"
    return any(
        c.dep_ == "amod" and c.lower_ in ("attempted", "failed", "abortive", "thwarted") for c in trigger.children
    )


def retracted(doc: Doc, events: list[Event]) -> list[Event]:
    """Negate a reported event that a later sentence denies took place: "A post said rebels had burned a church.
    Police said no such attack took place", "... said no such incident occurred".  The denial is a noun with "no
    such" ("no such attack took place", "there was no such attack", "no such incident occurred"); it refers to the
    nearest earlier asserted event in an earlier sentence, of its own family when the noun is an event's trigger
    ("no such attack"), of any family when it is a plain word for an incident ("no such incident", "no such
    thing")."""
    out = list(events)
    families = {e.trigger.start: family_of(e.type) for e in events}
    for noun in doc:
        if not {"no", "such"} <= {c.lower_ for c in noun.children if c.dep_ in ("det", "amod", "predet")}:
            continue
        family = families.get(noun.idx)
        if family is None and noun.lemma_.lower() not in _INCIDENT_WORDS:
            continue  # "no such claims were made", "no such weapons"
        start = noun.sent.start_char
        earlier = [
            i
            for i, e in enumerate(out)
            if not e.negated
            and e.sentence.end <= start
            and (family is None or family_of(e.type) == family)
            and e.modality in (Modality.ASSERTED, Modality.INSPIRED)
        ]
        if earlier:
            i = max(earlier, key=lambda k: out[k].trigger.start)
            out[i] = replace(out[i], negated=True)
    return out


# Plain words for something that happened, which a denial uses for the event told before: "no such incident".
_INCIDENT_WORDS = frozenset({"incident", "event", "thing", "occurrence", "episode"})
