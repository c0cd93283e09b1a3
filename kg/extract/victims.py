"""Victims named in a sentence of their own: "A suicide bomber struck a crowded market. Among the dead were four
policemen."  Wire copy tells an attack first and who died in it after ("X were among the dead", "The dead
included X", "Those killed included X", "The victims were mostly X"); those sentences hold no trigger of their
own, or only a casualty word with nothing attacked.  :func:`link` gives the people they list as targets of the
attack told last before them, within :data:`REACH` sentences; with no such attack they are nobody's victims.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kg.events import family
from kg.extract import roles
from kg.extract.actors import Actors
from kg.models import Event, EventType, Mention

# Words for the dead and hurt of an incident as a group: "among the dead", "the victims included".
DEAD_WORDS = frozenset(
    {"dead", "victim", "casualty", "fatality", "killed", "wounded", "injured", "deceased", "slain", "toll"}
)
# "Those killed included ...", "people wounded were ...": a pronoun or people noun with a casualty participle.
_PEOPLE = frozenset({"those", "people", "persons", "others"})
_HARMED = frozenset({"kill", "wound", "injure", "slay"})
# Shares of the dead: "most of the victims", "half of those killed", "two of the dead".
_SHARES = frozenset({"most", "many", "all", "some", "half", "several", "majority"})
# Sentences after the attack in which its victims may still be listed.
REACH = 3


def link(doc: Doc, actors: Actors, events: list[Event]) -> list[Event]:
    """``events`` with the victims of each victim-list sentence added to the attack told last before it."""
    attacks = [i for i, e in enumerate(events) if family(e.type) is EventType.ATTACK]
    if not attacks:
        return events
    sents = list(doc.sents)
    number = {s.start_char: n for n, s in enumerate(sents)}
    out = list(events)
    for n, sent in enumerate(sents):
        victims = [m for m in (actors.target(t) for t in listed_victims(sent)) if m is not None]
        if not victims:
            continue
        before = [
            i
            for i in attacks
            if n - REACH <= number.get(out[i].sentence.start, n + 1) < n
            or (number.get(out[i].sentence.start) == n and out[i].targets)
        ]
        if not before:
            continue
        i = max(before, key=lambda k: (out[k].sentence.start, out[k].trigger.start))
        out[i] = _with_targets(out[i], victims)
    return out


def listed_victims(sent: Span) -> list[Token]:
    """Heads of the people a sentence lists as the dead or hurt of an incident, or none: "Among the dead were
    four policemen", "Several soldiers and civilians were among the dead", "The dead included a local chief and
    his two sons", "The victims were mostly women and children"."""
    for verb in sent:
        if verb.lemma_.lower() not in ("be", "include"):
            continue
        args = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "attr", "dobj")]
        among = roles.pobjs(verb, "among")
        if not any(_dead(t) for t in args + among):
            continue
        listed = [t for t in args if not _dead(t) and t.pos_ in ("NOUN", "PROPN", "NUM")]
        if len(listed) != 1:
            continue
        return [t for t in roles.conjuncts(listed[0]) if roles.can_fill(t, doer=False)]
    return []


def _dead(token: Token) -> bool:
    if token.lemma_.lower() in DEAD_WORDS or token.lower_ in DEAD_WORDS:
        return True
    if token.lower_ in _SHARES or token.like_num:
        return any(_dead(t) for t in roles.pobjs(token, "of"))  # "Most of the victims were traders"
    return token.lower_ in _PEOPLE and any(
        c.dep_ in ("acl", "amod", "relcl") and c.lemma_.lower() in _HARMED for c in token.children
    )


def _with_targets(event: Event, victims: list[Mention]) -> Event:
    keys = {m.entity.key for m in event.targets} | {m.entity.key for m in event.agents}
    added = []
    for m in victims:
        if m.entity.key not in keys:
            keys.add(m.entity.key)
            added.append(m)
    return replace(event, targets=event.targets + tuple(added)) if added else event


# What names the people of a group noun beside it: "the victims, a trader and his apprentice", "the dead, identified
# as Musa Idris and Bala Garba", "the victims were identified as ...".
_IDENTIFYING = frozenset({"identify", "name", "list"})


def named(doc: Doc, actors: Actors, events: list[Event]) -> list[Event]:
    """``events`` whose attack targets are a group noun for the dead or hurt ("The victims, a trader and his
    apprentice, were killed", "killing two people, identified as Musa Idris and Bala Garba") with that noun replaced
    by the people its apposition or "identified as" phrase names: they are whom the attack was against, and the
    reports that list victims by name are the ones whose gold names them.  A counted "two people" stays beside the
    names."""
    out = list(events)
    for k, event in enumerate(out):
        if family(event.type) is not EventType.ATTACK or not event.targets:
            continue
        targets: list[Mention] = []
        for mention in event.targets:
            span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
            group = span.root if span is not None else None
            people = [m for t in (_identified(group) if group is not None else []) if (m := actors.target(t))]
            kept = [] if people and group is not None and _dead(group) else [mention]  # "two people" stays beside
            targets += kept + people
        if len(targets) != len(event.targets) or any(a is not b for a, b in zip(targets, event.targets, strict=True)):
            out[k] = replace(event, targets=tuple(_unique(targets)))
    return out


def _identified(group: Token) -> list[Token]:
    """Heads of the people an apposition or an "identified as" phrase gives ``group`` (a group noun for the dead or
    hurt, or a counted "two people"), or none."""
    if not (_dead(group) or group.lower_ in _PEOPLE or group.lemma_.lower() in ("person", "people")):
        return []
    named_by = [c for c in group.children if c.dep_ == "appos"]
    clauses = [c for c in group.children if c.dep_ in ("acl", "relcl")]
    if group.dep_ in ("dobj", "nsubjpass"):
        clauses += [c for c in group.head.children if c.dep_ == "advcl" and c.i > group.i]  # parsed on the verb
    named_by += [o for c in clauses if c.lemma_.lower() in _IDENTIFYING for o in roles.pobjs(c, "as")]
    heads = [t for n in named_by[:1] for t in roles.conjuncts(n)]
    return [t for t in heads if t.pos_ in ("PROPN", "NOUN") and not _dead(t) and roles.can_fill(t, doer=False)]


def _unique(targets: list[Mention]) -> list[Mention]:
    seen: set[str] = set()
    return [m for m in targets if not (m.entity.key in seen or seen.add(m.entity.key))]  # type: ignore[func-returns-value]
