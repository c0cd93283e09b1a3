"""The doer an incident report names only by its role, a sentence after the deed: "At least 16 people were killed in
a suicide bombing on a police post in Farah province. Remains at the scene suggest the bomber may have been a
woman."; "A blast tore through a market. Police collected the bomber's body parts."

An attack told without its doer (nobody claimed it, no attribution names anyone) is often followed by a definite
doer noun ("the bomber", "the gunmen", "the attackers", "the assailants") that can only be the one who did it: the
report has told no other deed it could be the doer of. That noun is then the event's agent, as a reader of the
report takes it: a generic doer, read after claims and attributions (kg.extract.attribution) and only for the events
they left without one.

Only the event's own sentence after its trigger and the one after it count, in the same paragraph, and only when no
other attack of the document is told between the deed and the noun.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kg.extract import lexicon
from kg.extract.actors import Actors
from kg.extract.placeafter import later_in_paragraph
from kg.extract.reading import reading_of
from kg.models import Event, EventType

_VIOLENT = (EventType.ATTACK, EventType.AIRSTRIKE)
# Determiners that make a doer noun the doer of a deed told before: "the bomber", "the gunmen".
_DEFINITE = frozenset({"the", "this", "these", "those"})


def doers_after(doc: Doc, actors: Actors, events: list[Event]) -> list[Event]:
    """``events`` with each attack that has no agent given the definite doer noun that follows its deed."""
    triggers = sorted(e.trigger.start for e in events if e.type in _VIOLENT)
    out = []
    for event in events:
        if event.type not in _VIOLENT or event.agents:
            out.append(event)
            continue
        noun = _doer_after(doc, event, triggers)
        mention = actors.mention(noun) if noun is not None else None
        if mention is None or any(t.entity.key == mention.entity.key for t in event.targets):
            out.append(event)
            continue
        out.append(replace(event, agents=(mention,)))
    return out


def _doer_after(doc: Doc, event: Event, triggers: list[int]) -> Token | None:
    """The first definite doer noun after ``event``'s trigger in its sentence or the next of its paragraph, before
    any other attack's trigger."""
    reading = reading_of(doc)
    trigger = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if trigger is None or not len(trigger):
        return None
    own = reading.sentence(trigger[0])
    sents: list[Span] = [own, *later_in_paragraph(own, 1)]
    later = [t for t in triggers if t > event.trigger.start]
    stop = later[0] if later else None
    for sent in sents:
        for tok in sent:
            if tok.i <= trigger[-1].i:
                continue
            if stop is not None and tok.idx >= stop:
                return None
            if _definite_doer(tok):
                return tok
    return None


def _definite_doer(tok: Token) -> bool:
    """True for "the bomber", "the gunmen", "the attackers' car": a doer noun with a definite determiner."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lexicon.DOER_NOUNS:
        return False
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children)
