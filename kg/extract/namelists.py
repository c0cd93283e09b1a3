"""Lists of names read off the entity spans and the words between them, where the small model's parse of
the list breaks: "Harakat Nour al-Din al-Zenki, Liwa al-Haq and Jaysh al-Sunna joined Hayat Tahrir
al-Sham" (the first name hung as a ``dep`` of "In January"), "Groups that have sworn allegiance to the
Islamic State include Boko Haram in Nigeria, Ansar Bayt al-Maqdis in Egypt and Jund al-Khilafah in
Algeria" (the names made appositions and conjuncts of places).

A list is two or more actor names (organisations, people, peoples, gazetteer groups; not states or
places) separated by commas, with "and" (or "as well as") before the last; each name may carry a place
("in Nigeria", "of Egypt") or a parenthesised acronym ("(ABM)"), which are skipped.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.actors import Actors
from kg.models import EntityKind

_ACTOR_LABELS = frozenset({"ORG", "PERSON", "NORP"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_QUALIFIER_PREPS = frozenset({"in", "of", "from"})
# Heads of a generic set whose members a list names: "Groups that have pledged allegiance to X include A, B and C".
_SET_HEADS = frozenset({"group", "faction", "organisation", "organization", "movement", "militia", "brigade",
                        "affiliate", "branch", "cell", "network", "outfit", "insurgent", "member"})  # fmt: skip
_INCLUDE = frozenset({"include", "comprise"})


def _actor(ent: Span, actors: Actors) -> bool:
    if ent.ent_id_:
        return actors.gaz.entities[ent.ent_id_].kind is not EntityKind.STATE
    return ent.label_ in _ACTOR_LABELS


def _starting(i: int, actors: Actors, sent: Span) -> Span | None:
    """The actor name that starts at token ``i`` (after an optional "the"), or None."""
    doc = sent.doc
    if i < sent.end and doc[i].lower_ == "the":
        i += 1
    if i >= sent.end:
        return None
    ent = actors.entity_at(doc[i], within=sent)
    if ent is None or ent.start != i or not _actor(ent, actors):
        return None
    if ent.end < sent.end and doc[ent.end].lower_ in ("'s", "’s", "'"):
        return None  # "Boko Haram's leader": a possessor, not a listed name
    return ent


def _after_qualifiers(i: int, actors: Actors, sent: Span) -> int:
    """Token index after the place or acronym that qualifies a name ending before ``i``."""
    doc = sent.doc
    while i < sent.end:
        if doc[i].lower_ in _QUALIFIER_PREPS and i + 1 < sent.end:
            place = actors.entity_at(doc[i + 1], within=sent)
            if place is not None and place.start == i + 1 and place.label_ in _PLACE_LABELS:
                i = place.end
                continue
        if doc[i].text == "(":
            close = next((k for k in range(i + 1, min(i + 6, sent.end)) if doc[k].text == ")"), None)
            if close is not None:
                i = close + 1
                continue
        break
    return i


def _separator(i: int, sent: Span) -> tuple[int, bool] | None:
    """(index after a list separator at ``i``, whether it closes the list with "and"), or None."""
    doc = sent.doc
    words = [t.lower_ for t in doc[i : min(i + 3, sent.end)]]
    if words[:2] == [",", "and"]:
        return i + 2, True
    if words[:3] == ["as", "well", "as"]:
        return i + 3, True
    if words[:1] == ["and"]:
        return i + 1, True
    if words[:1] == [","]:
        return i + 1, False
    return None


def _run(first: Span, actors: Actors, sent: Span) -> tuple[list[Span], bool]:
    """The names listed from ``first`` rightwards, and whether the list was closed by "and"."""
    names = [first]
    i = _after_qualifiers(first.end, actors, sent)
    while True:
        sep = _separator(i, sent)
        if sep is None:
            return names, False
        nxt = _starting(sep[0], actors, sent)
        if nxt is None:
            return names, False
        names.append(nxt)
        i = _after_qualifiers(nxt.end, actors, sent)
        if sep[1]:
            return names, True


def listed(token: Token, actors: Actors) -> list[Token]:
    """The heads of every name in the list that the name at ``token`` belongs to, in text order (``token``
    standing for its own name); ``[token]`` when it is in no list."""
    sent = token.sent
    ent = actors.entity_at(token, within=sent)
    if ent is None or not _actor(ent, actors):
        return [token]
    ents = [e for e in actors.ents(sent) if _actor(e, actors)]
    for start in ents:
        if start.start > ent.start:
            break
        names, closed = _run(start, actors, sent)
        if closed and len(names) > 1 and any(n.start == ent.start for n in names):
            return [token if n.start == ent.start else _head(n) for n in names]
    return [token]


def members(token: Token, actors: Actors) -> list[Token]:
    """The names a generic set is said to include: "Groups that have sworn allegiance to X include A, B and
    C", "factions, including A and B"; ``[]`` when ``token`` is no such set."""
    if token.lemma_.lower() not in _SET_HEADS or token.tag_ not in ("NNS", "NNPS"):
        return []
    sent = token.sent
    anchors: list[int] = []
    if token.dep_ == "nsubj" and token.head.lemma_.lower() in _INCLUDE:
        anchors.append(token.head.i + 1)
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ == "including":
            anchors.append(c.i + 1)
        elif c.dep_ == "amod" and c.lower_ == "such" and c.i + 1 < sent.end and c.nbor().lower_ == "as":
            anchors.append(c.i + 2)
    for i in anchors:
        first = _starting(i, actors, sent)
        if first is not None:
            return [_head(n) for n in _run(first, actors, sent)[0]]
    return []


def _head(ent: Span) -> Token:
    root = ent.root
    return root if ent.start <= root.i < ent.end else ent.doc[ent.end - 1]


def every_listed(agents: list[Token], actors: Actors) -> list[Token]:
    """``agents`` with every generic set replaced by the names it includes and every listed name joined by
    the other names of its list, each once, in order."""
    out: list[Token] = []
    for agent in agents:
        for name in members(agent, actors) or listed(agent, actors):
            if name not in out:
                out.append(name)
    return out
