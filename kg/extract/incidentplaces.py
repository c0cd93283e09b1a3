"""Where one incident's mentions are, for the merge of one incident's mentions (kg.extract.incidents): whether two
mentions' places can be one incident's (:func:`same_place`), and which place the merged incident keeps
(:func:`merged_place`).

Places agree when one is missing or unnamed ("the city" may be the Mosul named elsewhere), when the gazetteer puts
one inside the other, when one is a country, when their names share a proper word ("central Baghdad" and
"Baghdad"), or when the text writes one inside the other ("Tumbo, in Ituri province", "in the Hiiraan region, where
... around the village of Ceel-Garas").  The merged incident keeps its first
place unless a later one says more: a town more than its country, a district more than its province, and where the
place is the attacked thing ("positions around Lake Chad"), another phrase of the sentence that names where.
"""

from __future__ import annotations

import re

from kg.extract.incidentcues import WORD, is_anaphoric, is_named
from kg.extract.incidentlinks import is_building
from kg.extract.placenames import MEASURE, NEAR_KM, distance_km
from kg.models import EntityKind, Event, Mention


def same_place(a: Mention | None, b: Mention | None) -> bool:
    """True when ``a`` and ``b`` can be where one incident happened: nothing in the two places tells them apart."""
    if a is None or b is None or a.entity.key == b.entity.key:
        return True
    if not (is_named(a) and is_named(b)):
        return True  # "the city" may be the Mosul named elsewhere
    if is_building(a) != is_building(b):
        return True  # "stormed a hotel in Mogadishu ... at the gate of the Hotel Sahafi": the building is in the town
    if a.entity.geo is not None and b.entity.geo is not None:
        return _within(a, b) or _within(b, a)  # the gazetteer knows which holds which
    if is_country(a) != is_country(b):
        return True  # a country holds the town named in the other mention
    # Two names sharing a proper word are one place: "central Baghdad" and "Baghdad".
    names_a = {w.lower() for w in WORD.findall(a.entity.label) if w[:1].isupper()}
    names_b = {w.lower() for w in WORD.findall(b.entity.label) if w[:1].isupper()}
    return bool(names_a & names_b)


def written_inside(a: Event, b: Event) -> bool:
    """True when a sentence of ``a`` or ``b`` writes one event's place inside the other's: "raided the village of
    Tumbo, in Ituri province" ... "killed 14 civilians in Tumbo" (the gazetteer knows neither)."""
    if a.location is None or b.location is None:
        return False
    texts = {m.sentence.text for m in a.evidence + b.evidence}
    return any(_inside(x, y, texts) for x, y in ((a.location, b.location), (b.location, a.location)))


def _inside(inner: Mention, outer: Mention, texts: set[str]) -> bool:
    """True when one of ``texts`` writes ``inner`` inside ``outer``, the area that holds it: right before it ("Tumbo,
    in Ituri province", "Pandé village (Ouham, CAR)", "Kamenge, Bujumbura"), or after it in a "where" clause that it
    opens, before any comma ("in the Hiiraan region, where government forces attacked positions around the village
    of Ceel-Garas-Dhexe"; not "in Bakari district, where troops clashed with rebels, and in the Tumba hills")."""
    inner_text, outer_text = re.escape(inner.span.text), re.escape(outer.span.text)
    holds = re.compile(
        inner_text + r"(?:\s+\w+)?\s*(?:,\s*(?:in\s+|near\s+)?|\()(?:the\s+)?" + outer_text
        + "|" + outer_text + r",?\s+where\b[^.;:,]*?\b" + inner_text
    )  # fmt: skip
    return any(holds.search(text) for text in texts) or _measured_from(inner, outer, texts)


def _measured_from(inner: Mention, outer: Mention, texts: set[str]) -> bool:
    """True when one of ``texts`` measures ``inner`` from ``outer`` by a short distance: "the Batufa district, a few km
    north of Zakho" lies where an attack on Zakho happened; "Dohuk, 60 km east of Zakho" is another town."""
    measured = re.compile(
        re.escape(inner.span.text) + r"(?:\s+\w+)?,?\s+" + MEASURE + re.escape(outer.span.text) + r"\b"
    )
    return any(
        distance_km(found["count"], found["unit"]) <= NEAR_KM for text in texts for found in measured.finditer(text)
    )


def merged_place(a: Event, b: Event, targets: tuple[Mention, ...]) -> Mention | None:
    """The place of the incident ``a`` joined by a later mention ``b``, whose merged targets are ``targets``."""
    location = a.location or b.location
    if location is not None and location is a.location and b.location is not None:
        # "airstrikes against ISWAP positions around Lake Chad": the attacked place stands in for where
        # it happened only when another phrase of its sentence names where; a town says more than its
        # country; a place read in the sentence itself says more than one taken from the sentence before
        # or the dateline.
        same_sentence = any(m.sentence == b.sentence for m in a.evidence)
        own_a = _in_sentences(location, a)
        if own_a and not _in_sentences(b.location, b):
            pass
        elif (
            same_sentence
            and _is_target(location, targets)
            and not _is_target(b.location, targets)
            and (is_named(b.location) or not is_named(location))
            and not _on_border(b.location)
        ):
            location = b.location
        elif is_building(location) and is_named(b.location) and not is_building(b.location):
            location = b.location  # "at the gate of the Hotel Sahafi" ... "a hotel in Mogadishu": the town says where
        elif is_country(location) and is_named(b.location) and not is_country(b.location):
            location = b.location
        elif _within(b.location, location) and not _within(location, b.location):
            location = b.location  # "Macomia district" says more than "Cabo Delgado province"
        elif _inside(b.location, location, {m.sentence.text for m in a.evidence + b.evidence}):
            location = b.location  # "the village of Tumbo, in Ituri province" ... "in Tumbo"
        elif _says_more(b.location, location) and _names_its_place(b):
            location = b.location  # "a crowded market ... The bombing in Konduga"
    return location


def _says_more(named: Mention, place: Mention) -> bool:
    """True when ``named``, a later mention's place, says more of where than ``place``, the incident's first: a
    name against a bare place noun ("a police post ... The raid on Kassaro"), or a town against a country the
    gazetteer knows only as a country ("north-east Democratic Republic of Congo ... in Tchabi, in Ituri")."""
    if not is_named(named) or is_country(named) or _country_geo(named):
        return False
    return not is_named(place) or (_country_geo(place) and named.entity.geo is None)


# How far after a mention's event noun its place may start to be that noun's own: "The bombing in Konduga", "the raid
# on Pakur camp", "The attack targeted Rimi Tsiwa".
_OWN_REACH = 40


def _names_its_place(mention: Event) -> bool:
    """True when ``mention``, an incident taken up again by a definite noun ("the bombing", "this attack"), names its
    place right after the noun: "The bombing in Konduga was the deadliest this year"; not a place further on in its
    sentence ("The attack was like one carried out in Herat last year")."""
    place = mention.location
    if place is None or not is_anaphoric(mention):
        return False
    return 0 <= place.span.start - mention.trigger.end <= _OWN_REACH


def _country_geo(place: Mention) -> bool:
    """True when the gazetteer resolved ``place`` to a country (province-level precision with no province)."""
    geo = place.entity.geo
    return geo is not None and geo.precision == 3 and geo.admin1 is None


def _within(inner: Mention, outer: Mention) -> bool:
    """True when both places are geocoded and ``outer`` is ``inner`` or holds it: its country, or its
    province (a geocode at precision 3 with a province is a province; without one, a country)."""
    g, h = inner.entity.geo, outer.entity.geo
    if g is None or h is None:
        return False
    if g.geonames_id == h.geonames_id:
        return True
    if h.precision != 3 or g.country_code != h.country_code:
        return False
    return h.admin1 is None or (g.admin1 == h.admin1 and g.precision != 3)


def _in_sentences(place: Mention, event: Event) -> bool:
    """True when ``place`` was read in a sentence of ``event`` (not the sentence before or the dateline)."""
    return any(m.sentence.start <= place.span.start < m.sentence.end for m in event.evidence)


def _is_target(place: Mention, targets: tuple[Mention, ...]) -> bool:
    return any(
        t.entity.key == place.entity.key or (t.span.start, t.span.end) == (place.span.start, place.span.end)
        for t in targets
    )


def is_country(place: Mention) -> bool:
    # Places linked to the gazetteer are countries (kg.extract.actors gives other places "name:" keys).
    return place.entity.kind is EntityKind.STATE or place.entity.key.startswith("gaz:")


def _on_border(place: Mention) -> bool:
    """True for a border ("near the Mauritanian border"): a line, which says less of where than the town attacked on
    it ("attacked Nampala, near the Mauritanian border, and killed 17 soldiers")."""
    return place.span.text.lower().split()[-1:] in (["border"], ["frontier"])
