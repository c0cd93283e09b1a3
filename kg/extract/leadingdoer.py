"""The doer named before a trigger whose tree the small model broke: "Ansar Bayt al-Maqdis, the Egyptian militant
group, swore ...", "In a blow to X, Conservative MP Y has defected" (a pattern over the words, read when the parse
gives a trigger no doer)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from kg.extract.reading import sentence
from kg.extract.role_words import LIGHT_VERBS

_ACTOR_LABELS = ("ORG", "PERSON", "NORP", "GPE")
_PLEDGE_VERBS = frozenset({"swear", "swore", "sworn", "pledge", "pledged", "declare", "declared"})
# What may stand between a doer named first and its verb when the parse lost the link: an apposition
# ("Ansar Bayt al-Maqdis, the Egyptian militant group, swore allegiance"), modifiers and adverbs.
_BETWEEN_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PUNCT", "NUM", "ADV", "PART"})


def leading_doer(trigger: Token, *, taken: Iterable[Token] = ()) -> Token | None:
    """When the parse gives ``trigger`` no doer, the named actor right before it: the nearest name
    in the sentence (not in a prepositional phrase, not a role already taken) separated from the
    trigger only by an apposition, modifiers or adverbs, and for an event noun by the verb before it
    ("... swore allegiance").  A pattern over the words, for trees the small model broke."""
    sent = sentence(trigger)
    taken_i = {t.i for t in taken}
    doc = trigger.doc
    end = trigger.i
    if trigger.pos_ in ("NOUN", "PROPN"):
        # Only an event noun after its verb ("swore allegiance", "launched an attack", with "swore"
        # tagged ADJ); a name before a bare noun is mostly its place ("the Orlando massacre").
        verb = next(
            (t for t in reversed(doc[sent.start : end]) if t.pos_ not in ("DET", "ADJ") or t.lower_ in _PLEDGE_VERBS),
            None,
        )
        if verb is None or verb.lemma_.lower() not in LIGHT_VERBS | _PLEDGE_VERBS and verb.lower_ not in _PLEDGE_VERBS:
            return None
        end = verb.i
    elif trigger.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children):
        return None  # "Syrian civilians killed": a name before a bare participle is who it was done to
    for i in range(end - 1, sent.start - 1, -1):
        tok = doc[i]
        if (tok.ent_type_ in _ACTOR_LABELS and not (tok.ent_type_ == "GPE" and not tok.ent_id_)) or tok.ent_id_:
            ent_start = i
            while ent_start > sent.start and doc[ent_start - 1].ent_iob_ == "I" and tok.ent_iob_ != "B":
                ent_start -= 1
                if doc[ent_start].ent_iob_ == "B":
                    break
            root = tok
            while root.head.i != root.i and ent_start <= root.head.i <= i:
                root = root.head
            if root.dep_ in ("amod", "compound", "nmod") and i < root.head.i < trigger.i:
                root = root.head  # "ISIS militants", "the Egyptian militant group"
            if root.dep_ == "appos" and root.head.i < root.i and not fronted_appos(root):
                root = root.head  # "Ansar Bayt al-Maqdis, the Egyptian militant group, swore ..."
            if (
                root.dep_ in ("pobj", "dobj", "poss")
                or root.i in taken_i
                or any(k in taken_i for k in range(ent_start, i + 1))
            ):
                return None
            if ent_start > sent.start and doc[ent_start - 1].pos_ == "ADP":
                return None
            return root
        if tok.pos_ not in _BETWEEN_POS and not (tok.dep_ == "aux" and tok.head.i == trigger.i):
            return None  # "..., Conservative MP Christian Wakeford has defected": an active verb's own auxiliary
    return None


def fronted_appos(name: Token) -> bool:
    """True for a name the parser hung as an apposition on the object of a fronted phrase when it is the subject of
    the verb right after it: "In a blow to Boris Johnson, Conservative MP Christian Wakeford has defected"."""
    if name.dep_ != "appos" or name.head.dep_ != "pobj" or name.head.head.i > name.head.i:
        return False
    for tok in name.doc[name.right_edge.i + 1 : sentence(name).end]:
        if tok.pos_ == "VERB":
            return tok.i == name.head.head.head.i or tok.dep_ == "ROOT"
        if tok.pos_ not in ("AUX", "PART", "ADV"):
            return False
    return False
