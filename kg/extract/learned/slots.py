"""The empty role slots of extracted events and the candidates that might fill them, with the sparse features the
learned role ranker reads (kg.extract.learned.ranker).

A slot is one role (agent or target) an event came out without. Its candidates are the noun heads of the sentences
the event was told in that may fill the role (``fillers.can_fill``) and resolve to a mention: an actor for a doer, an
actor, place or object for what an attack was against, an actor for the side a pledge or a change of side concerns.
Features describe how a candidate stands to the trigger (its relation, the dependency path between them, the side and
the distance), what it is (the kind of actor, the entity type, its lemma unless it is a name) and the trigger's own
shape (a verb or a noun, passive or not); no word of a name is kept, so a feature learned on "Boko Haram" carries to
"al-Shabaab".
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.events import family
from kg.extract import lexicon, roles
from kg.extract.actors import Actors
from kg.extract.fillers import can_fill
from kg.extract.leaddatelines import clock_time
from kg.extract.learned.features import ACTOR_TYPES
from kg.extract.nofillers import bare_count
from kg.extract.rules.violence.crowds import bare_gathering
from kg.models import EntityKind, Event, EventType, Mention

ROLES = ("agent", "target")
_HEAD_POS = frozenset({"NOUN", "PROPN", "PRON"})
_NOT_ACTORS = frozenset({EntityKind.PLACE, EntityKind.OBJECT})
_MAX_PATH = 4  # a longer dependency path between a candidate and the trigger reads as "far"
# What is fired or thrown (a closed class): the means of a deed, never its doer or target.
_PROJECTILES = frozenset(
    {"rocket", "missile", "mortar", "shell", "round", "bullet", "rifle", "gun", "machete", "knife"}
)
# What kind of word a candidate's head is, by the project's word lists (the first list that holds its lemma): the
# classes a doer or a target is drawn from, and the ones it never is (a time, a weapon: typed role fillers).
_CLASSES: tuple[tuple[str, frozenset[str]], ...] = (
    ("armed", lexicon.ARMED_ACTOR_NOUNS | lexicon.DOER_NOUNS | lexicon.STATE_APPARATUS | lexicon.GROUP_NOUNS),
    ("member", lexicon.MEMBER_NOUNS | lexicon.TITLE_HEADS),
    ("people", lexicon.PEOPLE_NOUNS | lexicon.VICTIM_HEADS),
    ("site", lexicon.FACILITY_NOUNS | lexicon.SETTLEMENT_NOUNS | lexicon.PLACE_NOUNS | lexicon.ADMIN_AREAS),
    ("thing", lexicon.OBJECT_NOUNS | lexicon.VEHICLE_NOUNS),
    ("weapon", lexicon.USED_WEAPONS | lexicon.THROWN_WEAPONS | lexicon.AIR_MUNITIONS | _PROJECTILES),
    ("time", lexicon.TIME_WORDS),
)
_NEVER = frozenset({"weapon", "time"})
_TIME_ENTS = frozenset({"DATE", "TIME"})


@dataclass(frozen=True)
class Candidate:
    """One token that might fill a slot, the mention it would fill it with, and its features."""

    token: Token
    mention: Mention
    features: tuple[str, ...]


@dataclass(frozen=True)
class Slot:
    """A ``role`` of the event at ``index`` of the list it was read from (empty, unless read for training), and its
    candidates in order."""

    index: int
    role: str
    candidates: tuple[Candidate, ...]


def slots(doc: Doc, actors: Actors, events: Sequence[Event], *, every: bool = False) -> Iterator[Slot]:
    """The empty agent and target slots of ``events`` with their candidates (``every``: the filled slots too, as
    training reads them: the same candidates, whatever the rules chose)."""
    for index, event in enumerate(events):
        triggers = told_at(doc, event)
        if not triggers:
            continue
        for role in ROLES:
            filled = event.agents if role == "agent" else event.targets
            if filled and not every:
                continue
            seen: set[tuple[int, int]] = set()
            found = tuple(
                c for k, trigger in enumerate(triggers) for c in candidates(actors, event, trigger, role, seen, k > 0)
            )
            if found:
                yield Slot(index, role, found)


def told_at(doc: Doc, event: Event) -> list[Token]:
    """The trigger tokens of ``event``'s mentions, the primary first, one per sentence (a trigger's last word)."""
    out: list[Token] = []
    for span in [event.trigger, *(m.trigger for m in event.mentions)]:
        found = doc.char_span(span.start, span.end, alignment_mode="expand")
        if found is None or not len(found):
            continue
        token = found[-1]
        if all(roles.sentence(t).start != roles.sentence(token).start for t in out):
            out.append(token)
    return out


def candidates(  # noqa: PLR0913
    actors: Actors, event: Event, trigger: Token, role: str, seen: set[tuple[int, int]], retold: bool
) -> Iterator[Candidate]:
    """The tokens of the trigger's sentence that may fill ``role`` of ``event``, one per mention not in ``seen``, in
    text order (``retold``: the sentence of a later mention of the event, not its primary one)."""
    doer = role == "agent"
    violent = family(event.type) is EventType.ATTACK
    sent = roles.sentence(trigger)
    other = [*(event.targets if doer else event.agents), *([event.to] if event.to is not None else [])]
    taken = {m.entity.key for m in other}
    described = _inside(trigger.doc, other)
    heads = [t for t in sent if _head(t, trigger)]
    before = [t for t in heads if t.i < trigger.i]
    after = [t for t in heads if t.i > trigger.i]
    rank = {t.i: f"b{k}" for k, t in enumerate(reversed(before[-3:]))}
    rank.update({t.i: f"a{k}" for k, t in enumerate(after[:3])})
    for tok in heads:
        wclass = word_class(tok)
        if not can_fill(tok, doer=doer) or wclass in _NEVER or (doer and wclass == "site") or clock_time(tok):
            continue  # a time or a weapon fills no role; a town or a building did nothing
        if bare_count(tok) or not doer and bare_gathering(tok):
            # "killing six": the noun it counts is a candidate of its own, if the sentence has one; "to disperse a
            # protest, injuring four": the gathering is not who was hurt (kg.extract.rules.violence.crowds)
            continue
        if tok.i in described:
            continue  # "the base held by AU troops", "X, who fought the Katiba Serma, defected": the other role's words
        typed = actors.target(tok)  # what it is: an actor, or a place or object an attack may be against
        if typed is None or typed.entity.key in taken:
            continue
        if (doer or not violent) and typed.entity.kind in _NOT_ACTORS:
            continue
        mention = typed if violent and not doer else actors.mention(tok)
        if mention is None:
            continue
        key = (mention.span.start, mention.span.end)
        if key in seen:
            continue
        seen.add(key)
        own = _features(tok, trigger, typed, rank.get(tok.i, "n"))
        if retold:  # the same reading discounted: a later sentence of the incident rarely names a role anew
            own += ["retold"] + [f"retold|{f}" for f in own if f.startswith(("path=", "class=", "dep="))]
        fam = family(event.type).value
        feats = tuple(f"{role}:{f}" for f in own) + tuple(f"{role}:{fam}:{f}" for f in own)
        yield Candidate(tok, mention, feats)


def _inside(doc: Doc, mentions: Sequence[Mention]) -> set[int]:
    """The tokens of the phrases of ``mentions``, their heads and the words below them: a role's filler and what
    describes it (a clause on it, a place it is from) fill no other role of the event."""
    out: set[int] = set()
    for mention in mentions:
        span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        if span is not None and len(span):
            out.update(t.i for t in span.root.subtree)
            out.update(range(span.start, span.end))
    return out


def _head(token: Token, trigger: Token) -> bool:
    """A noun, name or pronoun heading its phrase (one token per name), not the trigger itself."""
    if token.i == trigger.i or token.pos_ not in _HEAD_POS:
        return False
    if token.ent_type_ and token.ent_iob_ == "I" and token.head.ent_type_ == token.ent_type_:
        return token.head.i < token.i  # inside a name: only its root stands for it
    return not (token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN"))


def word_class(token: Token) -> str:
    """What kind of word heads a candidate: a name's entity type, a pronoun, the first word list of ``_CLASSES``
    that holds its lemma, an unknown name ("propn") or any other noun ("other")."""
    if token.ent_type_ in _TIME_ENTS:
        return "time"
    if token.ent_type_:
        return "@" + token.ent_type_
    if token.pos_ == "PRON":
        return "pron"
    lemma = token.lemma_.lower()
    found = next((name for name, words in _CLASSES if lemma in words or token.lower_ in words), None)
    return found or ("propn" if token.pos_ == "PROPN" else "other")


def _form(token: Token) -> str:
    """A token as the features name it: a name's entity type, else its lower-case lemma."""
    if token.ent_type_ in ACTOR_TYPES or token.ent_type_ in ("LOC", "FAC"):
        return "@" + token.ent_type_
    return token.lemma_.lower()


def _path(token: Token, trigger: Token) -> str:
    """The dependency path from ``token`` up to the lowest head it shares with ``trigger`` and down to the trigger:
    "nsubj^" (the trigger's subject), "pobj^prep^" (a prepositional object on the trigger), "far" beyond four steps."""
    up = [token, *token.ancestors]
    down = [trigger, *trigger.ancestors]
    shared = next((t for t in up if t in down), None)
    if shared is None:
        return "none"
    rise = [t.dep_ + "^" for t in up[: up.index(shared)]]
    fall = ["v" + t.dep_ for t in reversed(down[: down.index(shared)])]
    steps = rise + fall
    return "far" if len(steps) > _MAX_PATH else "".join(steps) or "self"


def _passive(trigger: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in trigger.children)


def _distance(n: int) -> str:
    for limit in (1, 2, 4, 8, 15):
        if n <= limit:
            return str(limit)
    return "many"


def _features(tok: Token, trigger: Token, mention: Mention, rank: str) -> list[str]:
    side = "before" if tok.i < trigger.i else "after"
    path = _path(tok, trigger)
    prep = tok.head.lower_ if tok.dep_ == "pobj" else "-"
    tpos = trigger.pos_ if trigger.pos_ in ("VERB", "NOUN") else "other"
    voice = "passive" if _passive(trigger) else "active"
    kind = mention.entity.kind.value
    wclass = word_class(tok)
    out = [
        "bias",
        f"dep={tok.dep_}",
        f"dep={tok.dep_}|{side}",
        f"path={path}",
        f"path={path}|{voice}",
        f"path={path}|{tpos}",
        f"side={side}|{tpos}|{voice}",
        f"dist={_distance(abs(tok.i - trigger.i))}|{side}",
        f"rank={rank}",
        f"rank={rank}|{tpos}",
        f"kind={kind}",
        f"kind={kind}|{side}",
        f"kind={kind}|{path}",
        f"ent={tok.ent_type_ or '-'}",
        f"class={wclass}",
        f"class={wclass}|{side}",
        f"class={wclass}|{path}",
        f"class={wclass}|{kind}",
        f"form={_form(tok)}",
        f"prep={prep}",
        f"prep={prep}|{tpos}",
        f"prep={prep}|{side}",
        f"pos={tok.pos_}",
        f"tpos={tpos}|{voice}",
    ]
    if tok.dep_ == "pobj":
        out.append(f"prephead={tok.head.head.pos_}|{'trigger' if tok.head.head.i == trigger.i else 'other'}|{prep}")
    if _sentence_subject(tok):
        out.append(f"sentsubj|{side}")
    if tok.head.i == trigger.head.i and tok.i != trigger.head.i:
        out.append(f"sibling={tok.dep_}|{trigger.dep_}")
    if trigger.head.i == tok.i:
        out.append(f"triggerhead={trigger.dep_}")
    out.append(f"trig={trigger.lemma_.lower()}|{path}")
    return out


def _sentence_subject(tok: Token) -> bool:
    """The subject of its sentence's root ("Gunmen stormed ..., killing 12")."""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT"
