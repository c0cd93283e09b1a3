"""The noun phrase a role's head stands for: its left modifiers, the ``of``/``from`` phrase that says whose
it is ("warplanes of the coalition", "fighters from the Kurdish YPG"), and names never cut.

:class:`kg.extract.actors.Actors` reads the phrase (once per head) before deciding which actor it names.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc, Span, Token

from kg.extract import lexicon, roles, titlenames
from kg.extract.namekinds import loose_name

_LEFT_DEPS = frozenset(
    {
        "det",
        "amod",
        "compound",
        "nummod",
        "poss",
        "nmod",
        "quantmod",
        "predet",
        "npadvmod",
        "advmod",
        "case",
        "punct",
    }
)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


class EntityAt(Protocol):
    """The entity a token is part of, inside ``within`` when given (:meth:`kg.extract.actors.Actors.entity_at`)."""

    def __call__(self, token: Token, *, within: Span | None = None) -> Span | None: ...


def _past_cut(doc: Doc, head: Token, end: int) -> int:
    """The end of a phrase the NER cut at a function word, run on to the words it governs: "the Federal Government of"
    + "Somalia", "the house of a" + "BJP leader" (the model's organisation "the house of a")."""
    last = doc[end - 1]
    if end - 1 <= head.i or last.pos_ not in ("ADP", "DET"):
        return end
    if last.pos_ == "ADP" and last.dep_ == "prep" and any(c.dep_ == "pobj" for c in last.children):
        return max(end, last.right_edge.i + 1)
    if last.dep_ == "det" and last.head.i > last.i:
        return max(end, last.head.i + 1)
    return end


def noun_phrase(head: Token, entity_at: EntityAt) -> Span:
    """The noun phrase reported for ``head``: its left modifiers and, for quantities and members ("Hundreds
    of ISIS fighters", "members of ABM"), the ``of`` phrase."""
    doc = head.doc
    start, end = head.i, head.i + 1
    for child in head.lefts:
        if child.dep_ in _LEFT_DEPS:
            start = min(start, child.left_edge.i)
    loose = loose_name(head)
    if loose is not None:
        start = loose.i  # "attacked Ghulimkot town", the name tagged an adjective on the verb
    clipped = _clipped_verb(head)
    if clipped is not None:
        start = max(start, clipped.i + 1)  # "Taliban attack police post": the post only
    used = _crowd_control_modifier(head)
    if used is not None:
        start = max(start, used.i + 1)  # "Police baton-charged supporters of ...": the verb tagged an adjective
    if doc[start].lower_ == "dead" and start < head.i and start > 0 and doc[start - 1].pos_ == "VERB":
        start += 1  # "shot dead two policemen": "dead" tells what the shooting did, it is no part of the victims
    labels = [t.i for t in doc[start : head.i] if t.text.endswith(":")]
    if labels:
        start = labels[-1] + 1  # "Kisumu, May 3 (KNA): Youths of ...": a dateline or a label is no part of the phrase

    if (
        start > 0
        and doc[start - 1].ent_id_
        and (doc[start - 1].dep_ in ("aux", "auxpass") or doc[start - 1].pos_ == "AUX")
    ):
        start -= 1  # "IS militants": a gazetteer name the parser took for an auxiliary (or the root verb)
    for child in head.rights:
        if (
            child.dep_ == "prep"
            and child.lower_ == "of"
            and (
                head.lower_ in lexicon.QUANTITY_HEADS
                or head.lemma_.lower() in lexicon.MEMBER_NOUNS
                or head.pos_ in ("NUM", "PRON")
                # "terrorists of the KLF", the "of" right after them (not one the parser hung on them past a conjunct)
                or (head.lemma_.lower() in lexicon.ACTING_MEMBERS and child.i == head.i + 1 and _actor_of(child))
            )
        ):
            end = max(end, _before_relative(child))
        elif (
            child.dep_ == "prep"
            and child.lower_ == "from"
            and head.lemma_.lower() in lexicon.ACTING_MEMBERS
            and _actor_of(child)
        ):
            end = max(end, _edge(child) + 1)  # "fighters from the Kurdish YPG"
        elif (
            child.dep_ == "acl"
            and child.lemma_.lower() in lexicon.BELONGING_VERBS
            and head.lemma_.lower() in lexicon.ACTING_MEMBERS
        ):
            if any(_actor_of(p) for p in child.children if p.dep_ == "prep"):
                end = max(end, _edge(child) + 1)  # "militants belonging to Jaish-e-Mohammed"
        elif (
            child.dep_ == "prep"
            and child.lower_ == "of"
            and head.lemma_.lower() in lexicon.PART_NOUNS
            and _actor_of(child)
        ):
            end = max(end, _edge(child) + 1)  # "a local cell of the Islamic State", "the armed wing of Hamas"
        elif child.dep_ == "prep" and child.lower_ == "of" and _named_by(head, child):
            end = max(end, _edge(child) + 1)  # "the town of Hit", "warplanes of the coalition"
        elif child.dep_ == "acl" and head.pos_ == "NOUN" and (named := alias(child)) is not None:
            end = max(end, named.right_edge.i + 1)  # "a local warlord known as Commander Zabit Jalil"
        elif child.dep_ == "appos" and child.ent_type_ == "PERSON" and child.left_edge.i == end:
            end = max(end, child.right_edge.i + 1)  # "the Islamic State leader Abu Bakr al-Baghdadi"
        elif child.dep_ == "compound" or (child.dep_ == "prep" and child.lower_ == "-"):
            end = max(end, child.right_edge.i + 1)
    if head.dep_ == "pobj" and head.head.lower_ == "between" and roles.side_inside(head):
        # "between fighters of the Hezb-e Watan and Taliban units": the second side is no part of the first
        end = next((t.i for t in doc[head.i + 1 : end] if t.lower_ == "and" and t.dep_ == "cc"), end)
    first_side = next((a for a in head.ancestors if a.dep_ == "pobj" and a.head.lower_ == "between"), None)
    if first_side is not None and roles.side_inside(first_side) == [head]:
        ands = [t.i + 1 for t in doc[max(start, first_side.i) : head.i] if t.lower_ == "and" and t.dep_ == "cc"]
        start = max([start, *ands])  # "Taliban units", not "the Hezb-e Watan and Taliban units"
    sent = roles.sentence(head)
    member_of = _membership_read_as_verb(head)
    if member_of is not None and end == head.i + 1:
        end = member_of.right_edge.i + 1  # "Gunmen linked to al Qaeda attacked", the participle read as the verb
    if head.lemma_.lower() in lexicon.TITLE_HEADS and head.tag_ == "NN" and end == head.i + 1 and not head.ent_type_:
        # "the militant group Jund al-Khilafah announced ...": a name right after a descriptive head is the
        # name of what the head describes, even when the parser hung it on the verb as a second subject.
        ent = entity_at(doc[end], within=sent) if end < sent.end else None
        if ent is not None and ent.start == end and (ent.label_ in ("ORG", "PERSON", "NORP") or ent.ent_id_):
            end = ent.end
    if head.ent_iob_ in ("B", "I"):
        # A name is never cut: "al-Baghdadi" stays whole even when the parser splits it.
        ent = entity_at(head, within=sent)
        if ent is not None:
            start, end = min(start, ent.start), max(end, ent.end)
    titled = titlenames.named_by(head)
    if titled is not None:
        end = max(end, titled.end)  # "The Army of the Mujahideen", cut by the NER (kg/extract/titlenames.py)
    end = _past_cut(doc, head, end)
    if end > head.i + 1 and end < sent.end:
        # Nor at the phrase's end: "fighters of the Islamic State in the Greater Sahara", where the
        # parser hung "in the Greater Sahara" on "fighters".
        ent = entity_at(doc[end - 1], within=sent)
        if ent is not None and ent.start < end < ent.end and ent.label_ in ("ORG", "PERSON", "NORP"):
            end = ent.end
    while (
        end < sent.end
        and doc[end].pos_ == "PROPN"
        and doc[end - 1].pos_ == "PROPN"
        and not doc[end].ent_id_
        and start <= doc[end].head.i < end
        and doc[end].dep_ in ("appos", "compound", "npadvmod")
    ):
        # "Fighters of the Liwa Dzoyaani": the last word of a name the parser hung apart
        end = max(end + 1, doc[end].right_edge.i + 1)
    while (
        end < len(doc)
        and doc[end].text == "-"
        and end + 1 < len(doc)
        and doc[end + 1].pos_ == "PROPN"
        and doc[end - 1].pos_ == "PROPN"
    ):
        end += 2  # "al - Baghdadi" split by the tokenizer and misparsed
    # Keep the phrase inside the sentence and trim punctuation or quotes at its edges.
    start, end = max(start, sent.start), min(end, sent.end)
    while (
        start < end - 1
        and start < head.i
        and (doc[start].is_punct or doc[start].is_space or doc[start].ent_type_ in ("DATE", "TIME"))
        and not (doc[start].is_alpha and doc[start].like_num and doc[start].head.i == head.i)
    ):  # a count the NER took for a date stays: "Forty soldiers of the 5th Battalion"
        start += 1  # "On 12/03/2018 - unidentified gunmen attacked": the date the parser hung on the doers
    if start + 2 <= head.i and doc[start].lower_ == "ex" and doc[start + 1].text == "-" and head.pos_ == "PROPN":
        start += 2  # "Ex-Congress leader X": the party is Congress, which X has left
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if start > head.i or end <= head.i:
        start, end = head.i, head.i + 1
    opened = [t.i for t in doc[start:end] if t.text == "("]
    if opened and not any(t.text == ")" for t in doc[opened[-1] : end]):
        # "the Revolutionary Armed Forces of Colombia (FARC": close the parenthesis, or leave it out.
        if end < sent.end and doc[end].text == ")":
            end += 1
        elif opened[-1] > head.i:
            end = opened[-1]
    return doc[start:end]


def _membership_read_as_verb(head: Token) -> Token | None:
    """The prepositional phrase naming the group of members ``head`` when the parser read the participle that
    ties them to it as their verb: "Gunmen linked to al Qaeda attacked a hotel" and "Fighters affiliated with
    ISWAP stormed a post" parse "linked"/"affiliated" as the clause's verb with the members as its subject and
    the real verb hung below it.  The phrase, when the participle comes right after ``head`` and its object is
    an actor's name; None otherwise."""
    words = {head.lemma_.lower(), head.lower_}  # "Fighters" at a sentence's start is tagged a name, lemma and all
    if head.dep_ != "nsubj" or not (words | {w.removesuffix("s") for w in words}) & lexicon.ACTING_MEMBERS:
        return None
    verb = head.head
    if verb.i != head.i + 1 or verb.tag_ not in ("VBN", "VBD") or verb.lemma_.lower() not in lexicon.BELONGING_VERBS:
        return None
    if not any(c.dep_ in ("advcl", "conj", "ccomp") and c.pos_ == "VERB" for c in verb.children):
        return None  # "Gunmen linked to al Qaeda" with no verb of their own below: a real passive ("were linked")
    return next((p for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "with") and _actor_of(p)), None)


def _clipped_verb(head: Token) -> Token | None:
    """In a line with no verb (a headline, "Al-Shabaab fighters ambush AU convoy", "Taliban attack police post"),
    the left modifier of ``head`` that is the headline's verb: tagged a verb, or with its own subject or named
    doer before it.  What comes before it is no part of ``head``'s phrase."""
    if head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN"):
        return None
    for child in head.lefts:
        if child.dep_ not in ("compound", "nmod", "amod") or child.pos_ == "ADJ":
            continue
        if child.pos_ == "VERB" or any(
            g.dep_ in ("compound", "nsubj", "amod", "nmod")
            and g.pos_ in ("NOUN", "PROPN")
            and (g.ent_type_ in ("ORG", "NORP", "GPE", "PERSON") or g.ent_id_ or g.tag_ == "NNS")
            for g in child.lefts
        ):
            return child
    return None


def _crowd_control_modifier(head: Token) -> Token | None:
    """The crowd-control verb the tagger hung on ``head`` as an adjective ("Police baton-charged supporters",
    "tear-gassed protesters"): the deed, no part of whom it was done to."""
    return next(
        (
            c
            for c in head.lefts
            if c.dep_ == "amod" and c.pos_ == "ADJ" and c.lemma_.lower() in lexicon.CROWD_CONTROL_VERBS
        ),
        None,
    )


def alias(participle: Token) -> Token | None:
    """The name after "known as", "called", "named" on a common noun ("a warlord known as Commander Zabit Jalil",
    "a faction called Jaysh al-Izza"): the head of that name, or None."""
    if participle.lemma_.lower() not in ("know", "call", "name", "dub") or participle.tag_ != "VBN":
        return None
    names = [c for c in participle.children if c.dep_ in ("oprd", "attr", "xcomp", "dobj")]
    names += roles.pobjs(participle, "as")
    return next((n for n in names if n.ent_type_ in ("PERSON", "ORG") or n.pos_ == "PROPN"), None)


def _before_relative(prep: Token) -> int:
    """The end of an "of" phrase, without a relative clause the parser hung inside it ("a former commander of the
    MILF's 118th Base Command, who fought the army" stops at "Command") nor the comma before that clause."""
    doc = prep.doc
    end = prep.right_edge.i + 1
    clause = next((t for t in prep.subtree if t.dep_ == "relcl"), None)
    if clause is not None:
        end = clause.left_edge.i
        while end > prep.i + 1 and doc[end - 1].is_punct:
            end -= 1
    return end


def _edge(token: Token) -> int:
    """The last token of ``token``'s phrase, leaving out what is coordinated inside it ("positions of the
    security forces and residential areas" stops at "forces") and a relative clause on it ("the headquarters
    of the commission, for which the Taliban claimed responsibility" stops at "commission")."""
    last = token.i
    for c in token.children:
        inside_name = c.ent_iob_ == "I" and token.ent_type_ and c.ent_type_ == token.ent_type_
        if (c.dep_ not in ("conj", "cc", "relcl") or inside_name) and c.i > token.i:
            last = max(last, _edge(c))
    return last


def _named_by(head: Token, prep: Token) -> bool:
    """True when the ``of`` phrase ``prep`` names what ``head`` is: the place of a place noun ("the
    town of Hit") or the actor whose arms or forces ``head`` are ("warplanes of the coalition")."""
    lemma = head.lemma_.lower()
    if (
        (lemma in lexicon.ARMS_NOUNS or lemma.rstrip("s") in lexicon.ARMS_NOUNS)
        and head.pos_ in ("NOUN", "PROPN")
        and head.ent_type_ not in ("PERSON", "GPE")
    ):
        return _actor_of(prep)  # "warplanes of the coalition", "Military Forces of Mali"
    if head.pos_ != "NOUN" or head.ent_type_:
        return False  # "the Islamic State of Iraq": a name, whole or not, is not a place noun
    if lemma in lexicon.HELD_NOUNS and _actor_of(prep):
        return True  # "positions of the SDF", "the offices of a radio station"
    return lemma in lexicon.SETTLEMENT_NOUNS and _place_name(prep)


def _actor_of(prep: Token) -> bool:
    """True when the object of ``prep`` names an actor: a name, or a state's apparatus ("the regime")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    return bool(
        obj.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")
        or obj.ent_id_
        or obj.lemma_.lower() in lexicon.STATE_APPARATUS
        or any(c.ent_id_ or c.ent_type_ in ("GPE", "NORP", "ORG") for c in obj.lefts)
    )


def _place_name(prep: Token) -> bool:
    """True when the object of ``prep`` is a place's name: a GPE/LOC/FAC, or a proper noun that is not
    a people or a gazetteer group."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    if obj.ent_type_ in PLACE_LABELS:
        return True
    # After "the village of" a proper name is a place even when the small model calls it ORG or PERSON.
    return obj.pos_ == "PROPN" and obj.ent_type_ != "NORP" and not obj.ent_id_
