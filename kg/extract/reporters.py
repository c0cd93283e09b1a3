"""Doers that military releases and statements give once, for strikes they then tell without one.  Run on a
document's events after the rules and the attribution links.

* :func:`counted_doers`: a release counts its strikes once with the doer ("Coalition military forces conducted 14
  strikes against ISIL targets in Syria and Iraq.") and then place by place with none ("Near Mosul, four strikes
  destroyed ...", "Near Dayr Hafer, an airstrike destroyed an ISIL vehicle").
* :func:`own_strikes`: a military reporting a strike names no doer because it is its own ("U.S. Central Command said
  an unmanned airstrike on a compound in Nangarhar province killed two ISIS-K planners"): a strike noun with no
  doer, told in what a state's command, armed service or defence ministry says, takes the speaker as its doer.
  Only strikes and raids, which commands report of themselves: a bombing or an attack a military reports is
  usually one against it ("The army said a car bomb killed five soldiers"), and a group's word about a strike is
  about one it suffered ("Hamas said a strike killed five")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract import lexicon, roles
from kg.extract.actors import Actors
from kg.extract.attribution import is_generic, with_agent
from kg.extract.fillers import FRONTED_PREPOSITIONS
from kg.models import EntityKind, Event, EventType

# The event nouns a command reports of its own forces: "an airstrike", "precision strikes", "a raid".
STRIKES = frozenset({"strike", "airstrike", "air-strike", "raid", "airraid", "sortie"})
SAYING = frozenset({"say", "announce", "report", "state", "confirm", "disclose", "add", "tell"})
# Heads of the speakers that are a state's forces: "U.S. Central Command", "the Pentagon", "the Israeli military",
# "the Defence Ministry", "the Nigerian Air Force", "AFRICOM".
COMMANDS = frozenset({"command", "military", "army", "pentagon", "navy", "force", "africom", "centcom", "ispr"})
MINISTRY_OF = frozenset({"defence", "defense"})
_VIOLENT = (EventType.ATTACK, EventType.AIRSTRIKE)


def own_strikes(doc: Doc, actors: Actors, events: list[Event]) -> list[Event]:
    """``events`` where a strike with no doer that a state's forces report takes them as its doer."""
    out = list(events)
    for k, event in enumerate(out):
        if event.agents or event.type not in _VIOLENT:
            continue
        noun = _trigger(doc, event)
        if noun is None or noun.lemma_.lower() not in STRIKES or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        speaker = _speaker(noun)
        mention = actors.mention(speaker) if speaker is not None else None
        if mention is not None and mention.entity.kind is not EntityKind.ARMED_GROUP:
            out[k] = with_agent(event, mention)
    return out


def _trigger(doc: Doc, event: Event) -> Token | None:
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span.root if span is not None else None


def _speaker(noun: Token) -> Token | None:
    """The subject of the verb of saying whose reported clause holds ``noun``, when it is a state's command, armed
    service or defence ministry."""
    verb = noun.head
    while verb.head.i != verb.i and not (verb.pos_ == "VERB" and verb.lemma_.lower() in SAYING):
        verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SAYING or verb.i == noun.i:
        return _cut_off_speaker(noun)
    subject = roles.first(roles.children(verb, "nsubj"))
    if subject is None:
        return _cut_off_speaker(noun)
    if subject.lower_ in lexicon.SUBJECT_PRONOUNS:
        return None
    head = subject.lemma_.lower()
    if head == "ministry":
        words = {t.lower_ for t in subject.subtree}
        return subject if words & MINISTRY_OF else None
    return subject if head in COMMANDS or subject.lower_ in COMMANDS else None


def _cut_off_speaker(noun: Token) -> Token | None:
    """The command named before a verb of saying the parser left with no subject (the clause of ``noun`` its
    object, or a root of its own): "An air strike ... has killed a senior leader of al-Shabaab, U.S. Africa Command
    (Africom) announced today" (the name read into the object)."""
    sent = roles.sentence(noun)
    verbs = [
        t
        for t in sent
        if t.i > noun.i
        and t.pos_ == "VERB"
        and t.lemma_.lower() in SAYING
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
    ]
    if not verbs:
        return None
    doc, last = noun.doc, verbs[0].i - 1
    if doc[last].text == ")":  # "U.S. Africa Command (Africom)": the name before its acronym
        opening = next((t.i for t in reversed(doc[sent.start : last]) if t.text == "("), None)
        last = opening - 1 if opening is not None else last
    name = doc[last]
    if name.pos_ != "PROPN" or not any(t.text == "," for t in doc[max(sent.start, last - 6) : last]):
        return None  # a name set off by a comma after the clause, as a speaker is
    return name if name.lower_ in COMMANDS else None


def counted_doers(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` where a counted event noun with no doer ("four strikes"), or a single one on a release's line
    that opens with its place ("Near Dayr Hafer, an airstrike destroyed ..."), takes the doer of the same noun in
    an earlier sentence: each is one of the strikes counted first."""
    out = list(events)
    for k, event in enumerate(out):
        if event.agents or event.type not in _VIOLENT:
            continue
        token = _trigger(doc, event)
        if token is None or token.pos_ not in ("NOUN", "PROPN") or not (_counted(token) or _listed_line(token)):
            continue
        earlier = [
            e
            for e in out
            if e.agent is not None
            and e.sentence.start < event.sentence.start
            and _noun_stem(e.trigger.text) == _noun_stem(token.text)
            and not is_generic(e.agent, doc)
        ]
        doer = max(earlier, key=lambda e: e.sentence.start).agent if earlier else None
        if doer is not None:
            out[k] = with_agent(event, doer)
    return out


def _counted(noun: Token) -> bool:
    return any(c.dep_ == "nummod" for c in noun.children)


def _listed_line(noun: Token) -> bool:
    """ "Near Dayr Hafer, an airstrike destroyed ...": a single strike on a line that opens with where it was."""
    sent = noun.sent
    opening = sent[0]
    comma = next((t.i for t in sent if t.text == ","), None)
    single = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    return (
        single and opening.is_title and opening.lower_ in FRONTED_PREPOSITIONS and comma is not None and comma < noun.i
    )


def _noun_stem(word: str) -> str:
    """ "airstrikes", "air-strike" and "strikes" alike: the word without its "air" and plural ending."""
    word = word.lower().removeprefix("air").lstrip("-")
    return word[:-1] if word.endswith("s") else word
