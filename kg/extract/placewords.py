"""The words an event's own sentence uses for a place kg found elsewhere.

An event's place often comes from outside its sentence: the town named two sentences before, the
dateline's city, the one place the document names. The sentence itself may still say where, by a
definite place noun that stands for that place: "Boko Haram militants tried to seize the town",
"bombings in the country", "clashes in the capital", "Government troops retook the city". The mention
kg reports is then those words with the place found for them: its text is the sentence's own
("the town"), its entity the place they stand for (Maiduguri), so the source sentence shows where,
and the graph still links the named, geocoded place.

A noun stands for the place found when it is of the same kind: "the town", "the city", "the village",
"the capital" a town (not a country, not a province GeoNames knows); "the country", "the nation" a
country; "the region", "the province", "the district", "the area" a country or a first-level area.
Only nouns of the deed's own phrases count: the object of a locative preposition on the trigger (or on
the verb of an event noun) or the deed's object ("seize the town"); "fled the town" for a defection
does not say where it happened.

Where the place kg found is such a noun of the sentence itself ("claimed bombings in the country", no
named place in the deed's phrases), its entity is the nearest place of its kind named before it, in its
sentence or the five before ("Al-Shabab controls much of southern Somalia."): Somalia, not "country".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract import roles
from kg.extract.actors import Actors
from kg.extract.incidentplaces import is_country
from kg.extract.reading import reading_of
from kg.extract.registry import Draft
from kg.extract.toponyms import LOCATIVE, known_area, named_inside
from kg.models import EventType, Mention

# Deeds whose object may be the place they were done to: "seized the town", "shelled the city".
_VIOLENT = (EventType.ATTACK, EventType.AIRSTRIKE)
_TOWN = frozenset({"town", "city", "village", "capital", "township"})
_COUNTRY = frozenset({"country", "nation"})
_AREA = frozenset({"region", "province", "district", "area", "state", "territory", "zone", "valley"})

# Locative prepositions a place noun of the deed's is the object of; "to"/"from" say where someone went or came from.
_AT = LOCATIVE - {"to", "from", "of", "between"}

# Determiners that make a place noun stand for one place named before: "the town", "this city".
_DEFINITE = frozenset({"the", "this", "that"})

# Sentences looked back through for the place a definite place noun stands for.
_REACH = 5


def own_words(found: Mention | None, draft: Draft, actors: Actors) -> Mention | None:
    """``found``, the place of ``draft``'s event, reported by the words its own sentence uses for it when the place
    was read outside that sentence and the sentence calls it by a definite place noun of the same kind; else
    ``found`` unchanged."""
    if found is None:
        return None
    sent = roles.sentence(draft.trigger)
    if sent.start_char <= found.span.start < sent.end_char:
        # the sentence names it, or its own noun is the place: "bombings in the country" stands for Somalia
        noun = _unnamed(found, sent)
        named = _named_for(noun, actors) if noun is not None else None
        return Mention(found.span, named.entity) if named is not None else found
    for noun in _place_nouns(sent, draft):
        if _fits(noun, found):
            words = actors.place(noun).span
            return Mention(words, found.entity)
    return found


def _place_nouns(sent: Span, draft: Draft) -> list[Token]:
    """The definite, unnamed place nouns of the deed's phrases in ``sent``, nearest the trigger first."""
    trigger = draft.trigger
    anchors = {trigger.i}
    if trigger.pos_ == "NOUN" and trigger.head.pos_ in ("VERB", "AUX"):
        anchors.add(trigger.head.i)  # "claimed responsibility for bombings in the country": on the verb
    found = []
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _TOWN | _COUNTRY | _AREA or not _definite(tok):
            continue
        if named_inside(tok) is not tok:
            continue  # "the town of Hit" names its town
        if _locative_of(tok, anchors) or (
            tok.dep_ in ("dobj", "obj") and tok.head.i == trigger.i and draft.type in _VIOLENT
        ):
            found.append(tok)
    return sorted(found, key=lambda t: abs(t.i - trigger.i))


def _unnamed(found: Mention, sent: Span) -> Token | None:
    """The definite place noun ``found`` is when it is one ("the country", "the city"), else None."""
    if any(ch.isupper() for ch in found.entity.label):
        return None
    noun = next((t for t in sent if t.idx < found.span.end and t.idx + len(t) == found.span.end), None)
    if noun is None or noun.lemma_.lower() not in _TOWN | _COUNTRY | _AREA or not _definite(noun):
        return None
    return noun if named_inside(noun) is noun else None


def _named_for(noun: Token, actors: Actors) -> Mention | None:
    """The named place a definite place noun stands for: the nearest place of its kind named before it, in its
    sentence or the five before ("Al-Shabab controls much of southern Somalia. It claimed bombings in the country")."""
    reading = reading_of(noun.doc)
    number = reading.number(noun)
    for sent in reversed(reading.spans[max(0, number - _REACH) : number + 1]):
        for tok in reversed([t for t in sent if t.i < noun.i]):
            if tok.ent_type_ not in ("GPE", "LOC") or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I"):
                continue
            place = actors.place(tok)
            if any(ch.isupper() for ch in place.entity.label) and _fits(noun, place):
                return place
    return None


def _definite(noun: Token) -> bool:
    """True for "the town", "this city", "the country's"; not "a town", "towns", "Somalia's capital" (its own name)."""
    if noun.tag_ != "NN":
        return False
    dets = [c for c in noun.children if c.dep_ == "det"]
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners:
        return False
    return any(d.lower_ in _DEFINITE for d in dets)


def _locative_of(noun: Token, anchors: set[int]) -> bool:
    """True when ``noun`` is the object of a locative preposition hung on one of ``anchors``, directly or through a
    relational noun ("in the north of the country")."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "in the north of the country": the "in" of "north"
    return noun.dep_ == "pobj" and prep.lower_ in _AT and prep.head.i in anchors


def _fits(noun: Token, found: Mention) -> bool:
    """True when the place noun ``noun`` can stand for ``found``: a town noun for a town, a country noun for a country,
    an area noun for a country or a first-level area."""
    lemma = noun.lemma_.lower()
    country = is_country(found)
    if lemma in _COUNTRY:
        return country
    area = country or known_area(found.entity.label)
    if lemma in _AREA:
        return area
    return not area
