"""Sparse features of one parsed sentence for the side-change detector (kg.extract.learned.detector).

No word of the sentence is kept where it names an actor: a token inside a named actor (ORG, NORP, GPE, PERSON) reads
as its entity type, so "threw in their lot with the Wagner Group" and "threw in their lot with Ansar Dine" give the
same features. Each feature is anchored on the token it speaks of (or on none, for the sentence's shape), so that
the detector can say which word of a sentence it read the deed on (its trigger).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

ACTOR_TYPES = frozenset({"ORG", "NORP", "GPE", "PERSON"})
# Words of a clause that change what its verb asserts: negation, modals, wishes and denials.
_CONTENT_POS = frozenset({"VERB", "NOUN", "ADJ", "ADV", "ADP", "PART", "AUX", "PROPN"})
# Dependents whose relation to their head is kept as a triple (head, relation, dependent).
_TRIPLE_DEPS = frozenset({
    "nsubj", "nsubjpass", "dobj", "prt", "prep", "agent", "attr", "xcomp", "ccomp", "advcl", "neg", "aux",
    "auxpass", "acomp", "dative", "poss", "amod", "compound", "conj", "relcl", "acl", "pcomp", "oprd", "npadvmod",
})  # fmt: skip


def form(token: Token) -> str:
    """What a token reads as: its entity type inside a named actor, a number as #, else its lower-case lemma."""
    if token.ent_type_ in ACTOR_TYPES:
        return "@" + token.ent_type_
    if token.like_num:
        return "#"
    return token.lemma_.lower()


def _head_word(token: Token) -> str:
    """The last word of an organisation's name, which says what kind of side it is ("the Inkatha Freedom Party" ->
    party, "the 444 Combat Brigade" -> brigade); any other name, or an acronym, reads as its entity type."""
    named = token.ent_type_ == "ORG" and token.ent_iob_ == "I" and token.is_alpha and not token.is_upper
    return token.lower_ if named else "@" + token.ent_type_


def features(sent: Span) -> Iterator[tuple[str, int | None]]:
    """(feature, anchor token index or None) for every feature of ``sent``, in order, repeats included."""
    kinds: list[str] = []
    last_ent = -1
    content = [t for t in sent if not (t.is_punct or t.is_space)]
    for tok in content:
        if tok.ent_type_ in ACTOR_TYPES:
            if tok.ent_iob_ == "B" or tok.i != last_ent + 1:
                kinds.append(tok.ent_type_)
            last_ent = tok.i
            continue
        if tok.pos_ not in _CONTENT_POS:
            continue
        lemma = form(tok)
        yield "L:" + lemma, tok.i
        for child in tok.children:
            if child.dep_ not in _TRIPLE_DEPS:
                continue
            yield f"D:{lemma}>{child.dep_}>{form(child)}", tok.i
            if child.ent_type_ in ACTOR_TYPES:
                yield f"E:{lemma}>{child.dep_}>{_head_word(child)}", tok.i
            if child.dep_ == "prep":
                for obj in child.children:
                    if obj.dep_ in ("pobj", "pcomp"):
                        yield f"P:{lemma}>{child.lower_}>{form(obj)}", tok.i
                        if obj.ent_type_ in ACTOR_TYPES:
                            yield f"E:{lemma}>{child.lower_}>{_head_word(obj)}", tok.i
                        for mod in obj.children:
                            if mod.dep_ in ("prep",):
                                yield f"P2:{lemma}>{child.lower_}>{form(obj)}>{mod.lower_}", tok.i
            elif child.dep_ == "prt":
                yield f"V:{lemma}+{child.lower_}", tok.i
            elif child.dep_ == "neg":
                yield "NEG:" + lemma, tok.i
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr") and tok.head.pos_ in ("VERB", "AUX"):
            yield f"R:{lemma}<{tok.dep_}<{form(tok.head)}", tok.head.i
    for first, second in zip(content, content[1:], strict=False):
        yield f"B:{form(first)}_{form(second)}", first.i if first.ent_type_ not in ACTOR_TYPES else second.i
    yield "N:" + str(min(len(kinds), 3)), None
    yield "S:" + "-".join(kinds[:3]), None
