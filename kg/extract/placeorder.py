"""Which of an event's own places comes first: the place itself before the places written to say where it is.

Wire copy and official pages name a place and then what locates it: a bearing ("near Mir Ali, 20 km east of
Miranshah"), or the area after a comma ("a school in Bali Nyonga, in the North-West region"). The parser hangs the
second phrase on the verb as often as on the place, so the verb's own phrases, read first, gave the reference town or
the region. Both are read off the words, not the tree, and only move a place behind the others: an event whose one
place is a bearing ("a village some 40 km north of Djibo") or a region keeps it.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.rules.violence.words import VIOLENT_LEMMAS
from kg.extract.toponyms import BORDERS, PLACE_LABELS, front_sector, named_inside
from kg.geo.gazetteer import ADMIN1, COUNTRY, PLACE, geonames

# Nouns of a wide area written after a place to say which one it is.
_WIDE_AREAS = frozenset({"region", "province", "state", "governorate", "county", "district", "department", "oblast"})
# Areas wider than a town whose own place is the town inside them; not a district or county, which reports give as
# the most specific place as often as a town in them (read first, stress7's windows lost a place).
_WIDER_AREAS = _WIDE_AREAS - {"district", "county"}
# Parts of a wide area, no place of their own: "the northern countryside of Al-Raqqah".
_WIDE_PARTS = frozenset({"countryside", "hinterland", "interior", "heartland"})


def by_precedence(places: list[Token]) -> list[Token]:
    """``places`` (an event's candidate places, in the order its rules found them) with the bearings' reference towns
    and the areas written after another of them moved behind the rest, the order otherwise kept."""
    own = {t.i for t in places}
    return sorted(places, key=lambda t: _reference(t) or _trailing_area(t, own) or _fronted_area(t) or _entered(t, own))


def wide_area(place: Token) -> bool:
    """True for a province, state, region, country or border: a wide-area noun ("Helmand province", "the Odesa
    region") or a name GeoNames knows as a first-level division or a country and not as a town ("Cabo Delgado",
    "Mali"). An event's own places name the wide area around a town or village as often as the town itself, and the
    guidelines want the town."""
    if place.lemma_.lower() in _WIDE_PARTS | BORDERS or front_sector(place):
        return True  # "in the northern countryside of Al-Raqqah", "attacked Nampala, near the Mauritanian border"
    inner = named_inside(place)
    if inner.lemma_.lower() in _WIDER_AREAS:
        return True
    if inner.pos_ != "PROPN" and inner.ent_type_ not in PLACE_LABELS:
        return False
    doc = inner.doc
    start = inner.i
    while start > 0 and (doc[start].ent_iob_ == "I" or doc[start - 1].dep_ == "compound"):
        start -= 1
    text = doc[start : inner.i + 1].text
    return any(e.feature in (ADMIN1, COUNTRY) for e in geonames().lookup(text)) and not any(
        e.feature == PLACE for e in geonames().lookup(text)
    )


def _reference(place: Token) -> bool:
    """True for the town a bearing is measured from: "Miranshah" of "20 km east of Miranshah"."""
    return (
        place.dep_ == "pobj" and place.head.lower_ == "of" and place.head.head.lemma_.lower() in lexicon.COMPASS_WORDS
    )


def _trailing_area(place: Token, own: set[int]) -> bool:
    """True for a wide area written after a comma right behind another of the event's places: "in the North-West
    region" of "a school in Bali Nyonga, in the North-West region"."""
    if place.lemma_.lower() not in _WIDE_AREAS and place.ent_type_ not in ("GPE", "LOC"):
        return False
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ not in ("in", "of") or prep.i < 2:
        return False
    comma, before = prep.doc[prep.i - 1], prep.doc[prep.i - 2]
    return comma.text == "," and before.i in own and before.i < place.i


def _entered(place: Token, own: set[int]) -> bool:
    """True for a country or wide area gone into, with another of the event's places beside it on the same verb: "into
    Thailand" of "crossed into Thailand near Mae Sot", where the place near which they crossed says where."""
    if place.dep_ != "pobj" or place.head.lower_ != "into" or not wide_area(place):
        return False
    verb = place.head.head
    return any(p.i in own and p.i != place.i for prep in verb.children if prep.dep_ == "prep" for p in prep.children)


def _fronted_area(place: Token) -> bool:
    """True for a wide area in the phrase a sentence opens with, over the deed told after it: "In the North West,
    troops ... neutralised 21 bandits at Dansadau", "In Borno State, troops killed five fighters at Gwoza"; a region
    named by compass words alone ("the North West", "the South-East") is one whatever GeoNames has by that name."""
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return False
    sent = place.sent
    opening = [t for t in sent if t.i < prep.i and not (t.is_punct or t.is_space)]
    if opening or prep.i + 1 >= sent.end or not any(t.text == "," for t in place.doc[place.i + 1 : place.i + 2]):
        return False
    words = [t for t in place.subtree if t.is_alpha and t.lower_ != "the"]
    compass = bool(words) and all(w.lower_ in lexicon.COMPASS_WORDS for w in words)
    return compass or wide_area(place)


# Prepositions that put a place inside a wider one it hangs on: "In Syria, near Abu Kamal, four strikes ...".
_INSIDE = ("near", "at", "outside", "around")


def narrower(place: Token) -> Token:
    """The place written inside ``place``, a wide area, to say where in it: "Abu Kamal" of "In Syria, near Abu Kamal,
    four strikes engaged ...", where the parser hangs the second phrase on the first; ``place`` itself when none is,
    and when ``place`` is a town: "He was killed in Choloma, near San Pedro Sula" measures Choloma from another."""
    if not wide_area(place):
        return place
    for prep in place.children:
        if prep.dep_ != "prep" or prep.lower_ not in _INSIDE or prep.i < place.i:
            continue
        inner = [p for p in prep.children if p.dep_ == "pobj" and (p.ent_type_ in PLACE_LABELS or p.pos_ == "PROPN")]
        if inner and not inner[0].ent_id_:
            return inner[0]
    return place


# Words of a deed: a clause on an actor that tells one tells the event's place, not where the actor lives.
DEEDS = VIOLENT_LEMMAS | {"defect", "defection", "surrender", "pledge", "swear"}


def describes_actor(place: Token, trigger: Token) -> bool:
    """True when ``place`` stands in a clause that describes an actor, not in the event's own clause: "the Sabilu
    Brigade, which is active in the hills around Dar Kuma, surrendered ... in Umm Keddada", "a faction based in Kunar
    province claimed the bombing"; such a place is where the actor lives or fights, behind the event's own. Not a clause
    on a place ("a village that lies in X") nor one the trigger is in ("the men who attacked X in Y")."""
    for clause in place.ancestors:
        if clause.dep_ not in ("relcl", "acl") or clause.pos_ not in ("VERB", "AUX"):
            continue
        owner = clause.head
        if owner.lemma_.lower() in lexicon.FACILITY_NOUNS | lexicon.ADMIN_AREAS or owner.ent_type_ in PLACE_LABELS:
            return False
        if any(t.lemma_.lower() in DEEDS for t in clause.subtree if t.pos_ in ("VERB", "NOUN")):
            return False  # "the militants, who stormed the village of X, killed 12": a deed told in the clause
        return not any(a.i == clause.i for a in (trigger, *trigger.ancestors))
    return False
