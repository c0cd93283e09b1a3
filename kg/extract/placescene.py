"""The scene places of a document: which places its sentences say something happened in, and, for an event whose
own sentence names none, the one told nearest to it.

A wire window or an official page names the place of an incident once, in any of its sentences: the lead ("Jihadists
attacked an army camp in central Mali"), a sentence after ("The raid on the camp at Diallassagou began before dawn"),
a background sentence before. kg.extract.places reads the event's own sentence, the two before it and the one place a
whole document names; when the document names several, the nearest by sentences is where the story is, an earlier
sentence before a later one at the same distance, within the paragraph. Only sentences that tell of violence, a
defection, a pledge or an incident count, and in them only sure places in locative phrases that are not where
something was said, a town's area ("near Aguelhok in northern Mali") or one of a list of places.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kg.extract import lexicon, roles
from kg.extract.actors import Actors
from kg.extract.furniture import is_furniture
from kg.extract.modality import modality
from kg.extract.nlp import is_dateline
from kg.extract.placeafter import opens_elsewhere, shifts_scene, told_apart
from kg.extract.placebodies import body_name
from kg.extract.placechain import first_place
from kg.extract.placecrossings import crossed_place
from kg.extract.placeheaders import filing_town
from kg.extract.placenames import in_message, named_places, qualifies, saying
from kg.extract.placesurrender import tells_surrender
from kg.extract.reading import reading_of, sentence_lemmas
from kg.extract.rules.violence.words import VIOLENT_LEMMAS
from kg.extract.toponyms import PLACE_LABELS, named_area, person_named, toponym
from kg.geo.gazetteer import COUNTRY, geonames
from kg.models import Event, EventType, Mention, Modality

# Words of a sentence whose place may be the document's scene: "The incident occurred in the Pulwama district".
SCENE_WORDS = VIOLENT_LEMMAS | {"incident", "occur", "happen", "defect", "defection", "surrender", "pledge"}
# ... and of the ceremony of a pledge or a surrender: "took an oath at a ceremony in Hawija".
SCENE_WORDS |= {"oath", "ceremony"}
# Sentences looked through, before and after the event's, for the nearest scene.
_REACH = 4


def scene_places(sent: Span, actors: Actors) -> list[Token]:
    """The places ``sent`` says something happened in: a dateline's town, or the sure places in locative phrases of a
    sentence telling of violence, a defection or an incident; none for a sentence of talks ("Talks were held in
    Geneva on Monday.")."""
    if is_dateline(sent):
        town = filing_town(sent)
        return [town] if town is not None else []
    if not tells_scene(sent):
        return []
    found = named_places(sent, actors)
    heads = {t.i for t in found}
    return [
        first_place(t)
        for t in found
        if not qualifies(t, heads) and not said_at(t) and surely_place(t) and not _origin(t)
    ]


def _origin(place: Token) -> bool:
    """True for a place inside a "from" phrase on people or a thing, where they come from: "The fighters, from villages
    south of Kirkuk, took an oath at a ceremony in Hawija" (not "fired rockets from Gaza", a deed's own "from")."""
    return any(a.lower_ == "from" and a.dep_ == "prep" and a.head.pos_ in ("NOUN", "PROPN") for a in place.ancestors)


def tells_scene(sent: Span) -> bool:
    """True for a sentence that tells of violence, a defection, a pledge or an incident as done, or of a surrender in
    other words: its places in locative phrases are scenes."""
    return bool(SCENE_WORDS & sentence_lemmas(sent[0]) and _tells_a_deed(sent)) or tells_surrender(sent)


def _tells_a_deed(sent: Span) -> bool:
    """True when one of ``sent``'s scene words is told as done, not planned, threatened or imagined: "the group is
    planning more attacks across the Middle East" names no scene."""
    return any(t.lemma_.lower() in SCENE_WORDS and modality(t)[0] is Modality.ASSERTED for t in sent)


# Subordinators of a clause that tells of another moment than its governing clause.
_OTHER_MOMENT = frozenset({"after", "before", "since", "until"})
# Events whose place may be the story's scene when their own sentences name none (kg.extract.places reads the same).
_SCENE_TYPES = (EventType.ATTACK, EventType.AIRSTRIKE, EventType.DEFECTION, EventType.ALLEGIANCE)


def fill_scenes(doc: Doc, actors: Actors, events: list[Event]) -> list[Event]:
    """``events`` (one per incident, merged) with those that have no place given the one town their first mention's
    sentence names outside a locative phrase, else the nearest scene of that sentence. Run after the merge: a place
    read so loosely must neither part two mentions of one incident that kg.extract.incidents would have joined nor
    displace the dateline's or an earlier sentence's place, which kg.extract.places reads first."""
    out = []
    for event in events:
        trigger = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        if event.location is None and event.type in _SCENE_TYPES and trigger:
            word = trigger[0]
            sides = (*event.agents, *((event.to,) if event.to else ()))
            if event.type in (EventType.DEFECTION, EventType.ALLEGIANCE):
                sides += event.targets  # the side left or pledged to; an attacked place is where ("raided X")
            used = {(m.span.start, m.span.end) for m in sides}
            moved = event.type is EventType.DEFECTION
            place = sentence_town(roles.sentence(word), actors, used, same_moment(word), moved=moved)
            place = place or nearest_scene(roles.sentence(word), actors, told_apart(roles.sentence(word)))
            if place is None and event.type is EventType.DEFECTION:
                place = crossed_place(word, actors)  # "swam across the Han River estuary and defected"
            if place is not None and place.span.start <= event.trigger.start < place.span.end:
                place = None  # "was accepted by the Islamic State as its West Africa Province": the deed's own word
            if place is not None:
                event = replace(event, location=place)
        out.append(event)
    return out


def same_moment(word: Token) -> Callable[[Token], bool]:
    """A test of whether a token is told at the moment of ``word``'s clause."""
    now = moment(word).i
    return lambda tok: moment(tok).i == now


def nearest_scene(sent: Span, actors: Actors, apart: Callable[[Span], bool] = lambda _: False) -> Mention | None:
    """The place of the nearest sentence around ``sent`` (up to four before or after, the earlier first at the same
    distance, never across a blank line or a sentence that opens elsewhere: "Separately, ...", nor one ``apart``
    says tells another moment) that names exactly one scene place; None when ``sent`` itself opens elsewhere."""
    if shifts_scene(sent):
        return None
    reading = reading_of(sent.doc)
    spans = reading.spans
    number = reading.number(sent[0])
    low, high = _paragraph(spans, number)
    for distance in range(1, _REACH + 1):
        for other in (number - distance, number + distance):
            if (
                not low <= other <= high
                or shifts_scene(spans[other])
                or (other > number and opens_elsewhere(spans[other]))
                or apart(spans[other])
                or is_furniture(spans[other])  # "Photos: Beirut explosion": a page's label, not the story's scene
            ):
                continue  # "Russian forces struck Kharkiv ... In Odesa, a drone hit ...": Odesa is the next incident's
            places = {actors.place(t).entity.key: t for t in scene_places(spans[other], actors)}
            if len(places) == 1:
                return actors.place(next(iter(places.values())))
    return None


def _paragraph(spans: list[Span], number: int) -> tuple[int, int]:
    """The first and last sentence numbers of the paragraph (between blank lines) of sentence ``number``."""
    low = high = number
    while low > 0 and not _broken(spans[low - 1], spans[low]):
        low -= 1
    while high + 1 < len(spans) and not _broken(spans[high], spans[high + 1]):
        high += 1
    return low, high


def _broken(before: Span, after: Span) -> bool:
    """True when a blank line ends ``before`` or stands between it and ``after``."""
    return "\n\n" in roles.text_between(before, after) or "\n\n" in before.text


def surely_place(tok: Token) -> bool:
    """True for a place entity, a place noun carrying a name or a monitoring note's place: not a proper name that
    is a place only by where it stands ("Those Who Sign in Blood", a title-case headline's "Even More Attacks")."""
    return tok.ent_type_ in PLACE_LABELS or named_area(tok) or toponym(tok)


def said_at(place: Token) -> bool:
    """True for a place where something was said: its nearest verb is one of saying or issues a statement ("told
    reporters in Geneva", "in a statement issued in Washington")."""
    verb = next((a for a in place.ancestors if a.pos_ in roles.VERB_POS), None)
    below = [a for a in place.ancestors if verb is None or a.i != verb.i and verb.is_ancestor(a)]
    if any(in_message(a) for a in below):
        return True  # "claimed the ambush in a statement on its radio station": the statement's station
    if verb is None:
        return False
    message = verb.dep_ == "acl" and (saying(verb.head) or in_message(verb.head))  # "in a video posted on ..."
    return saying(verb) or verb.lemma_.lower() in ("issue", "release") or message


def _no_scene(name: Token, *, moved: bool = False) -> bool:
    """True for a name that says no scene: a place come from ("who come from the Swat valley"), an abbreviation
    ("The NRA", "U.S"), a compass point ("the West"), a possessor not tagged a place, a country (an actor as often as a
    place)."""
    phrase = name
    while phrase.dep_ in ("compound", "amod") and phrase.head is not phrase:
        phrase = phrase.head  # "the Swat valley"
    if (phrase.dep_ == "pobj" and phrase.head.lower_ == "from") or name.lower_ in lexicon.COMPASS_WORDS:
        return True  # "a woman from Ndiongoro": come from
    if not moved and _gone_to(phrase):
        return True  # "who fled to Mopti", "were taken to Djibouti": gone to after the deed, not a defector's way out
    if _said_what(name):
        return True  # "his first name, Oleksiy", "Mariam, a 34-year-old woman": the text says what the name is
    if name.text.replace(".", "").isupper() and len(name.text) <= 5:
        return True
    if name.i + 1 < len(name.doc) and name.nbor(1).tag_ == "POS" and name.ent_type_ not in PLACE_LABELS:
        return True  # "In Belmokhtar's first public statement": a possessor the model did not call a place
    return any(e.feature == COUNTRY for e in geonames().lookup(name.text))


# Verbs of people going somewhere: their "to" place is where they went, not where the sentence's deed happened.
_GOING = frozenset({
    "flee", "escape", "evacuate", "airlift", "take", "move", "relocate", "return", "go", "travel", "bring", "transfer",
})  # fmt: skip


def _gone_to(phrase: Token) -> bool:
    """True for the "to" place of people going: "who fled to Mopti", "were airlifted to Nairobi"."""
    prep = phrase.head
    return (
        phrase.dep_ == "pobj"
        and prep.lower_ in ("to", "toward", "towards")
        and prep.head.pos_ == "VERB"
        and prep.head.lemma_.lower() in _GOING
    )


def _said_what(name: Token) -> bool:
    """True for a name the sentence says is something other than a place, by a common noun in apposition to it ("his
    first name, Oleksiy", "Mariam, a 34-year-old woman from X"); a place noun there makes it a place ("Ndiongoro, a
    Fulani hamlet")."""
    nouns = [c for c in name.children if c.dep_ == "appos"]
    if name.dep_ == "appos":
        nouns.append(name.head)
    nouns = [n for n in nouns if n.pos_ == "NOUN"]
    return bool(nouns) and not any(n.lemma_.lower() in _PLACE_WORDS for n in nouns)


_PLACE_WORDS = lexicon.PLACE_NOUNS | lexicon.ADMIN_AREAS | lexicon.SETTLEMENT_NOUNS | lexicon.RELATIONAL_PLACES


def _possessor(ent: Span) -> list[Token]:
    """The words of the possessor written before ``ent`` ("the Islamic State's" of "the Islamic State's West Africa
    Province")."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].tag_ != "POS":
        return []
    owner = doc[ent.start - 2]
    return list(doc[owner.left_edge.i : owner.i + 1])


def sentence_town(
    sent: Span, actors: Actors, used: set[tuple[int, int]], now: Callable[[Token], bool], *, moved: bool = False
) -> Mention | None:
    """The one town, region or site the event's sentence names outside a locative phrase, when no locative phrase
    names one: "Sinjar is free because Royal Air Force ... provided vital air support", "Mosul residents said militants
    attacked a checkpoint". A place entity kg's gazetteer does not know as an actor (not "Iran threatened"), no
    capital standing for its state ("Ankara accused ..."), no part of an actor's name ("the Islamic State's West Africa
    Province"), not inside a doer's or side's phrase, nor where something was said, nor of another moment than the
    event's (``now`` is False for it); two such places give nothing."""
    towns: dict[str, Token] = {}
    for ent in actors.ents(sent):
        root = ent.root
        if not (ent.label_ in PLACE_LABELS or toponym(root)) or root.ent_id_ or actors.gaz.capital(ent.text):
            continue
        if any(start <= root.idx < end for start, end in used) or said_at(root) or not now(root):
            continue
        if body_name(root):
            continue  # "The Movement for Unity and Jihad in the Sahara (MUJAS) attacked ...": the name's region
        if any(t.ent_id_ for t in ent) or any(t.ent_id_ for t in _possessor(ent)) or person_named(root):
            continue
        if _no_scene(root, moved=moved):
            continue
        towns.setdefault(actors.place(root).entity.key, root)
    if len(towns) != 1:
        return None
    return actors.place(first_place(next(iter(towns.values()))))


def moment(tok: Token) -> Token:
    """The clause that sets the time of ``tok``: the nearest clause opened by "after", "before", "since" or
    "until" above it, else the sentence's root ("shot down a jet over Idlib province after it dropped bombs
    south of Saraqib": two moments, two places)."""
    for head in (tok, *tok.ancestors):
        if head.pos_ in roles.VERB_POS and any(c.dep_ == "mark" and c.lower_ in _OTHER_MOMENT for c in head.children):
            return head
    return roles.sentence(tok).root
