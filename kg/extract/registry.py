"""The registry of event rules, keyed by event type: what a rule is and the :class:`Draft` it yields.

A rule is token patterns (a subset of spaCy ``Matcher`` syntax: ``LEMMA``, ``LOWER`` and ``POS``)
plus a function that reads the roles around one matched trigger and yields :class:`Draft` events.
Adding an event type is one module in ``kg/extract/rules/`` with one ``@register`` call.  The rules
import this module; :mod:`kg.extract.triggers` imports the rules (registering them) and finds their triggers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Token

from kg.extract.actors import Actors
from kg.extract.syntax import VERB_POS
from kg.models import EventType, Modality


@dataclass
class Draft:
    """An event as a rule sees it: role heads as tokens, before mentions are resolved."""

    type: EventType
    trigger: Token
    agents: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    to: list[Token] = field(default_factory=list)
    places: list[Token] = field(default_factory=list)
    strength: float = 0.6  # how sure the trigger itself is, before roles are counted
    agent_source: str = "none"  # "syntax", "coref" or "none"
    modality: Modality | None = None  # set when the rule knows better than kg.extract.modality
    defector_collective: bool = False  # agents stay collectives: defectors ("ISIS fighters"), "Loyalists of X"
    mutual: bool = False  # the doers are each other's targets, even as one phrase ("TMC and BJP workers clashed")

    @classmethod
    def read(
        cls,
        type: EventType,
        trigger: Token,
        agent: Token | None,
        *,
        targets: Sequence[Token] = (),
        to: Sequence[Token] = (),
        places: Sequence[Token] = (),
        strength: float = 0.6,
        modality: Modality | None = None,
    ) -> Draft:
        """A draft with at most one doer, read from the syntax around the trigger (none when ``agent`` is None)."""
        agents = [agent] if agent is not None else []
        return cls.by(
            type, trigger, agents, "syntax", targets=targets, to=to, places=places, strength=strength, modality=modality
        )

    @classmethod
    def by(
        cls,
        type: EventType,
        trigger: Token,
        agents: Sequence[Token],
        source: str,
        *,
        targets: Sequence[Token] = (),
        to: Sequence[Token] = (),
        places: Sequence[Token] = (),
        strength: float = 0.6,
        modality: Modality | None = None,
        collective: bool = False,
    ) -> Draft:
        """A draft whose doers ``source`` found ("syntax", "coref"); with no doer its source is "none"."""
        return cls(
            type,
            trigger,
            agents=list(agents),
            targets=list(targets),
            to=list(to),
            places=list(places),
            strength=strength,
            agent_source=source if agents else "none",
            modality=modality,
            defector_collective=collective,
        )

    @classmethod
    def defection(
        cls,
        trigger: Token,
        agents: Sequence[Token],
        source: str,
        *,
        left: Sequence[Token] = (),
        to: Sequence[Token] = (),
        places: Sequence[Token] = (),
        strength: float = 0.6,
        modality: Modality | None = None,
    ) -> Draft:
        """A DEFECTION draft: who defected (kept as collectives, "ISIS fighters"), the side ``left`` and the
        side gone ``to``."""
        return cls.by(
            EventType.DEFECTION,
            trigger,
            agents,
            source,
            targets=left,
            to=to,
            places=places,
            strength=strength,
            modality=modality,
            collective=True,
        )


Build = Callable[[Token, Actors], Iterable[Draft]]


@dataclass(frozen=True)
class Rule:
    """A rule: its trigger patterns, what builds its drafts, and ``requires``: trigger lemmas that fire only in a
    document where some token's lemma is one of the words given ("use" needs a weapon: "used tear gas")."""

    type: EventType
    patterns: tuple[list[dict], ...]
    build: Build
    requires: Mapping[str, frozenset[str]] = field(default_factory=dict)


RULES: dict[EventType, Rule] = {}


def register(
    event_type: EventType, patterns: Iterable[list[dict]], *, requires: Mapping[str, Iterable[str]] | None = None
) -> Callable[[Build], Build]:
    """Register ``build`` as the rule for ``event_type``, triggered by Matcher ``patterns``; a trigger whose
    lemma is a key of ``requires`` is found only in documents with a token of one of its lemmas (the trigger
    table checks it, and kg/extract/prefilter.py reads it)."""
    needs = {lemma.lower(): frozenset(w.lower() for w in words) for lemma, words in (requires or {}).items()}

    def decorate(build: Build) -> Build:
        RULES[event_type] = Rule(event_type, tuple(patterns), build, needs)
        return build

    return decorate


def with_frame(
    trigger: Token,
    actors: Actors,
    reading: Build,
    frame: Build,
    *,
    rule_reads: Callable[[Token], bool],
    complements: Callable[[Token], list[Token]],
) -> list[Draft]:
    """The drafts of one trigger of a rule that also has a frame of prepositions (rules/sidechange.py,
    rules/subordination.py): a preposition is read by ``frame`` unless ``rule_reads`` it (its verb is a trigger of
    the rule, which reads the verb itself and the frame after it); a word trigger by the rule's ``reading``, and when
    that finds nothing on a verb, by ``frame`` on the verb's ``complements``, the first draft it gives."""
    if trigger.pos_ == "ADP":
        return [] if rule_reads(trigger) else list(frame(trigger, actors))
    drafts = list(reading(trigger, actors))
    if drafts or trigger.pos_ not in VERB_POS:
        return drafts
    return [draft for prep in complements(trigger) for draft in frame(prep, actors)][:1]


def lemmas(*words: str, pos: Iterable[str] | None = None) -> list[dict]:
    """A one-token Matcher pattern: lemma (lower-cased) in ``words``, optionally restricted by POS."""
    spec: dict = {"LEMMA": {"IN": list(words)}}
    if pos:
        spec["POS"] = {"IN": list(pos)}
    return [spec]
