"""Whether an event is asserted, planned, threatened, inspired or hypothetical, and whether it is negated.

Read from the trigger's own dependents and from the words that govern it (up to a few steps up the
tree): "planning even more attacks" -> planned, "the threat of attacks" -> threatened, "ISIS-inspired
attacks" -> inspired, "could strike" / "if they attack" -> hypothetical, "did not attack" -> negated.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.models import Modality

_PLAN = frozenset({"plan", "prepare", "intend", "plot", "seek", "aim", "want", "hope", "expect", "consider",
                   "propose", "mull", "contemplate", "schedule", "discuss", "wish", "decide", "agree",
                   "try", "attempt", "seek", "call", "urge", "ask", "encourage", "push", "order", "tell",
                   "demand", "recruit", "train", "prepare"})
_THREAT = frozenset({"threaten", "vow", "warn", "promise", "pledge", "swear"})
_HYPO = frozenset({"could", "would", "might", "may", "should", "can", "must", "ca"})
_FUTURE = frozenset({"will", "shall", "'ll", "wo"})
_PLAN_NOUNS = {"plan": Modality.PLANNED, "plot": Modality.PLANNED, "threat": Modality.THREATENED,
               "risk": Modality.HYPOTHETICAL, "fear": Modality.HYPOTHETICAL, "possibility": Modality.HYPOTHETICAL,
               "prospect": Modality.HYPOTHETICAL, "danger": Modality.HYPOTHETICAL,
               "warning": Modality.THREATENED, "call": Modality.PLANNED, "preparation": Modality.PLANNED,
               "way": Modality.HYPOTHETICAL, "chance": Modality.HYPOTHETICAL, "attempt": Modality.ASSERTED}
_UNREAL_ADJ = {"potential": Modality.HYPOTHETICAL, "possible": Modality.HYPOTHETICAL,
               "future": Modality.PLANNED, "planned": Modality.PLANNED, "imminent": Modality.PLANNED,
               "likely": Modality.HYPOTHETICAL, "further": None, "new": None, "threatened": Modality.THREATENED,
               "feared": Modality.HYPOTHETICAL, "hypothetical": Modality.HYPOTHETICAL}
_CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})


def _chain(trigger: Token) -> list[Token]:
    """The trigger and the words governing it, nearest first, stopping at the clause root."""
    out = [trigger]
    tok = trigger
    for _ in range(4):
        if tok.dep_ in ("ROOT", "ccomp", "advcl", "relcl", "parataxis") or tok.head is tok:
            break
        if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX"):
            break
        if tok.dep_ in ("amod", "acl") and tok.pos_ in ("ADJ", "VERB"):
            break  # "fighters still loyal to X": the noun it modifies belongs to another event
        tok = tok.head
        out.append(tok)
    return out


def modality(trigger: Token) -> tuple[Modality, bool]:
    """(modality, negated) for the event whose trigger is ``trigger``."""
    negated = False
    chain = _chain(trigger)
    for tok in chain:
        for c in tok.children:
            if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no" and tok is trigger):
                negated = True
        if tok.pos_ in ("VERB", "AUX") and tok is not trigger:
            break  # negation further up belongs to another clause ("did not say ... attacked")
    for c in trigger.children:
        text = c.lower_
        if "inspired" in text or (c.lemma_ == "inspire"):
            return Modality.INSPIRED, negated
        if c.dep_ in ("amod", "compound") and text in _UNREAL_ADJ and _UNREAL_ADJ[text] is not None:
            return _UNREAL_ADJ[text], negated
    for tok in chain:
        lemma = tok.lemma_.lower()
        if tok is not trigger:
            if lemma == "inspire":
                return Modality.INSPIRED, negated
            if tok.pos_ in ("VERB",) and lemma in _THREAT and tok.tag_ != "VBN":
                return Modality.THREATENED, negated
            if tok.pos_ in ("VERB",) and lemma in _PLAN:
                return Modality.PLANNED, negated
            if tok.pos_ in ("NOUN",) and lemma in _PLAN_NOUNS and _PLAN_NOUNS[lemma] is not Modality.ASSERTED:
                return _PLAN_NOUNS[lemma], negated
        for c in tok.children:
            if c.dep_ in ("aux", "auxpass") and c.lower_ in _HYPO:
                return Modality.HYPOTHETICAL, negated
            if c.dep_ in ("aux",) and c.lower_ in _FUTURE:
                return Modality.PLANNED, negated
            if c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS:
                return Modality.HYPOTHETICAL, negated
    top = chain[-1]
    if top.dep_ == "advcl":
        for c in top.children:
            if c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS:
                return Modality.HYPOTHETICAL, negated
    return Modality.ASSERTED, negated
