"""A learned role ranker: the doer or the target an event came out without, chosen among its sentences' candidates.

The rules read roles by syntax and leave a role empty where no pattern they know holds ("Rebel factions opened an
offensive toward the border town of Bunagana": no object of "offensive" is its target). On real text nobody tuned
the rules for, most of what they give is right (precision 0.88-0.90) and a third of what they miss is such an empty
slot. A logistic model over the slot's candidates (kg.extract.learned.slots: relation and path to the trigger, side,
distance, kind of actor, word class) scores each one; the best fills the slot when its probability reaches the
threshold, the best of a grid over every set under leave-one-set-out evaluation (benchmarks/role_ranker.py). Only
empty slots are filled: the rules stay the precision path. Trained by ``python benchmarks/role_ranker.py DIR
--train`` on the project's own fixtures and shipped as kg/data/role_ranker.json.gz (docs/EXTRACTION.md, "A learned
role ranker for the slots the rules leave empty").
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cache
from importlib.resources import files

from spacy.tokens import Doc

from kg.extract.actors import Actors
from kg.extract.learned.slots import Candidate, Slot, slots
from kg.models import Event, Extraction

MODEL_FILE = "role_ranker.json.gz"
# How much a filled role lowers the event's confidence: the ranker's choice is a guess beside the rules' reading.
CONFIDENCE_COST = 0.05


@dataclass(frozen=True)
class Ranker:
    """A logistic model over candidates' features, and the probability per role at which the best one fills a slot
    (None: the role is never filled)."""

    bias: float
    weights: dict[str, float]
    thresholds: dict[str, float | None]

    def probability(self, candidate: Candidate) -> float:
        """P(``candidate`` fills its slot)."""
        return self.likelihood(candidate.features)

    def likelihood(self, features: Iterable[str]) -> float:
        """P(a candidate with these features fills its slot), each feature counted once."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in sorted(set(features)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def choose(self, slot: Slot, *, taken: frozenset[str] = frozenset()) -> Candidate | None:
        """The candidate that fills ``slot``: the likeliest whose actor is not in ``taken`` (the event's other role),
        when it reaches the role's threshold (the first on a tie)."""
        threshold = self.thresholds.get(slot.role)
        free = [c for c in slot.candidates if c.mention.entity.key not in taken]
        if threshold is None or not free:
            return None
        best = max(free, key=self.probability)
        return best if self.probability(best) >= threshold else None


@cache
def _shipped() -> Ranker | None:
    path = files("kg.data") / MODEL_FILE
    if not path.is_file():
        return None
    contents = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
    return ranker(contents)


def ranker(contents: dict) -> Ranker:
    """The :class:`Ranker` of a model file's contents."""
    return Ranker(contents["bias"], dict(contents["weights"]), dict(contents["thresholds"]))


_OVERRIDE: list[Ranker | Recorder | None] = []


def current() -> Ranker | Recorder | None:
    """The ranker extraction uses: the shipped model, or the one :func:`using` put in its place."""
    return _OVERRIDE[-1] if _OVERRIDE else _shipped()


@contextmanager
def using(model: Ranker | Recorder | None) -> Iterator[None]:
    """Extract with ``model`` in place of the shipped ranker (None: no ranker), as training and benchmarks do."""
    _OVERRIDE.append(model)
    try:
        yield
    finally:
        _OVERRIDE.pop()


def filled(doc: Doc, actors: Actors, extraction: Extraction) -> Extraction:
    """``extraction`` with the empty agent and target slots of its events filled where the ranker is sure enough."""
    model = current()
    if model is None:
        return extraction
    events = list(extraction.events)
    if isinstance(model, Recorder):
        model.seen.append(list(slots(doc, actors, events, every=True)))
        return extraction
    for slot in slots(doc, actors, events):
        event = events[slot.index]  # as filled so far: a doer chosen is no target of the same event, nor the reverse
        other = event.targets if slot.role == "agent" else event.agents
        chosen = model.choose(slot, taken=frozenset(m.entity.key for m in other))
        if chosen is not None:
            events[slot.index] = _with(events[slot.index], slot.role, chosen)
    return extraction if events == list(extraction.events) else replace(extraction, events=tuple(events))


def _with(event: Event, role: str, chosen: Candidate) -> Event:
    confidence = round(max(0.05, event.confidence - CONFIDENCE_COST), 2)
    if role == "agent":
        return replace(event, agents=(chosen.mention,), confidence=confidence)
    return replace(event, targets=(chosen.mention,), confidence=confidence)


@dataclass
class Recorder:
    """Put in the ranker's place with :func:`using`: fills nothing and keeps, per document, every slot of its events,
    filled or not (for training and the benchmark: the candidates the shipped model would have been shown)."""

    seen: list[list[Slot]] = field(default_factory=list)
