"""Place names -> GeoNames entries, disambiguated by the rest of the document.

One document at a time: every place the extraction found is read as a name with hints ("eastern
Aleppo province" is the name Aleppo at first-level division; "Gubio, Borno" is Gubio inside Borno;
"Daraya (Rural Damascus" is Daraya inside Rural Damascus), looked up by its GeoNames names and
alternate names (then, failing that, a spelling one or two letters off), and each candidate is scored:

* what it is: a country first, then a place by its population; a division when the text says
  "province", "governorate", "state", ...;
* the document's countries: the states it mentions ("Iraqi forces", "in Syria"), the countries of its
  other places (when they are not ambiguous themselves), and the qualifier written beside the name;
* the first-level divisions of the document's other places.

So "Tripoli" in a story that names Libya or Misrata is Libya's, in one that names Lebanon or Beirut
Lebanon's, and alone the larger one.  A name with no candidate (or only weak ones: a village of the
same name in a country the story never names) stays an unresolved named place.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from kg.geo.gazetteer import ADMIN1, COUNTRY, PLACE, Entry, GeoNames, geonames, name_key
from kg.models import Entity, EntityKind, Extraction, Geocode, Mention

# Words after a name that say which level of area it is.
FIRST_LEVEL = frozenset(
    {"province", "governorate", "state", "region", "oblast", "department", "prefecture", "krai", "emirate", "wilaya"}
)
SECOND_LEVEL = frozenset(
    {"district", "county", "municipality", "township", "lga", "subdistrict", "tehsil", "commune", "raion", "rayon"}
)
SETTLEMENT = frozenset({"city", "town", "village", "camp", "area", "neighbourhood", "neighborhood", "suburb"})
# A facility named after its town stands for the town ("Kandahar airport", "Bagram air base").
FACILITY = frozenset({"airport", "airbase", "base", "airfield", "prison", "university", "stadium", "port", "harbour"})
_PAREN = re.compile(r"\s*\([^)]*\)")  # GeoNames' "Halle (Saale)" is called Halle
_LGA = re.compile(r"\s+local government area$", re.IGNORECASE)
_LEADING = re.compile(
    r"^(?:the|downtown|central|greater|rural|northern|southern|eastern|western|(?:north|south)-?(?:east|west)ern|"
    r"(?:city|town|village|province|region|district) of)\s+",
    re.IGNORECASE,
)
# Score parts (see :func:`_score`); a candidate below MIN_SCORE is no answer.
COUNTRY_PRIOR = 4.0
ADMIN1_PRIOR = 2.5
SEAT_PREFERRED = 2.0
CAPITAL_WEIGHT = 0.5
LEVEL_BONUS = 4.0
PRIMARY_NAME = 1.0
IN_QUALIFIER = 8.0
IN_DOCUMENT = 3.0
SAME_ADMIN1 = 1.5
FUZZY_PENALTY = 2.0
MIN_SCORE = 2.0


@dataclass(frozen=True)
class PlaceName:
    """A place label read as a name, the level its area word gives, and the names written beside it."""

    name: str
    level: int | None  # 3 after "province", 2 after "district", 1 after "town", else None
    qualifiers: tuple[str, ...] = ()


def parse(label: str) -> PlaceName | None:
    """``label`` read as :class:`PlaceName`, or None when it is no proper name ("the army camp").

    >>> parse("eastern Aleppo province")
    PlaceName(name='Aleppo', level=3, qualifiers=())
    >>> parse("Gubio, Borno")
    PlaceName(name='Gubio', level=None, qualifiers=('Borno',))
    """
    text = " ".join(label.replace("(", ",").replace(")", ",").split())
    name, *rest = [part.strip() for part in text.split(",")]
    qualifiers = tuple(q for q in rest if q)
    words = name.split()
    if len(words) > 1 and words[-1].isupper() and not name.isupper():
        words = words[:-1]  # "downtown Aleppo REUTERS"
    name = _LGA.sub(" lga", " ".join(words))
    owner, sep, owned = name.partition("'s ")
    if sep and owned and owner[:1].isupper():
        name, qualifiers = owned, (owner, *qualifiers)  # "Niger's Tillaberi region"
    previous = None
    while previous != name:
        previous, name = name, _LEADING.sub("", name)
    words = name.split()
    level = None
    if len(words) > 1 and words[-1].lower() in FACILITY:
        words = words[:-2] if len(words) > 2 and words[-2].lower() == "air" else words[:-1]
        name = " ".join(words)
    if len(words) > 1 and words[-1].lower() in FIRST_LEVEL | SECOND_LEVEL | SETTLEMENT:
        last = words.pop().lower()
        level = 3 if last in FIRST_LEVEL else 2 if last in SECOND_LEVEL else 1
        name = " ".join(words)
    if not any(c.isupper() for c in name) or not any(c.isalpha() for c in name):
        return None
    return PlaceName(name, level, qualifiers)


@dataclass(frozen=True)
class _Candidate:
    entry: Entry
    primary: bool  # the query is the entry's own name, not an alternate one
    fuzzy: bool  # found by a spelling one or two letters off


def candidates(gaz: GeoNames, name: str) -> list[_Candidate]:
    """The entries ``name`` may stand for; misspellings are tried when nothing matches exactly."""
    key = name_key(name)
    exact = gaz.lookup(name)
    if exact:
        return [_Candidate(e, name_key(_PAREN.sub("", e.name)) == key, False) for e in exact]
    if " and " in key:
        return []  # "Qandil and Duhok": two places read as one name, not a misspelling of a third
    return [_Candidate(e, False, True) for e in gaz.near(name)]


def geocode(extraction: Extraction, *, gaz: GeoNames | None = None) -> Extraction:
    """``extraction`` with each place that resolves carrying its :class:`~kg.models.Geocode`.

    Keys stay as they were; the IRI of a resolved place is minted from its GeoNames id
    (:func:`kg.rdf.iri.iri_key`), so "Tripoli" in Libya and "Tripoli" in Lebanon are different places
    and "Raqqa" and "al-Raqqah" one.  A place that does not resolve is left as it was.
    """
    gaz = gaz or geonames()
    places = _place_entities(extraction)
    if not places:
        return extraction
    resolved = Resolver(gaz, extraction).resolve(places)
    if not resolved:
        return extraction
    return _rewrite(extraction, resolved)


class Resolver:
    """The document's context and the scoring of each place's candidates against it."""

    def __init__(self, gaz: GeoNames, extraction: Extraction) -> None:
        self.gaz = gaz
        self.states: dict[str, float] = {}
        self.qualifiers: dict[str, tuple[str, ...]] = {}
        for mention in extraction.every_mention():
            entity = mention.entity
            if entity.kind is EntityKind.STATE or (entity.kind is EntityKind.PLACE and entity.key.startswith("gaz:")):
                iso = self.country_code(entity.label)
                if iso:
                    # "Tripoli" says Libya to the actor gazetteer, but the story may be Lebanon's.
                    ambiguous = self._ambiguous_capital(mention.span.text, iso)
                    self.states[iso] = self.states.get(iso, 0.0) + (CAPITAL_WEIGHT if ambiguous else 1.0)
        self.qualifiers = _written_qualifiers(extraction)
        self.facilities = _facility_names(extraction)

    def _ambiguous_capital(self, text: str, iso: str) -> bool:
        """True for a capital standing for its state whose name is also a town elsewhere ("Tripoli";
        "Canadian" is no capital)."""
        entries = self.gaz.lookup(text)
        if any(e.feature == COUNTRY for e in entries):
            return False
        countries = {e.country_code for e in entries if e.feature == PLACE}
        return iso in countries and len(countries) > 1

    def country_code(self, name: str) -> str | None:
        """The ISO code of the country called ``name``, or None."""
        return next((e.country_code for e in self.gaz.lookup(name) if e.feature == COUNTRY), None)

    def resolve(self, places: dict[str, Entity]) -> dict[str, Geocode]:
        """Entity key -> geocode for the ``places`` (key -> entity) that resolve."""
        parsed = {key: _qualified(parse(entity.label), self.qualifiers.get(key)) for key, entity in places.items()}
        found = {key: candidates(self.gaz, p.name) for key, p in parsed.items() if p is not None}
        for key in self.facilities & found.keys():
            # "the Pearl Beach hotel" in a Mogadishu story is no Pearl Beach in Michigan: a building named by a name
            # is put at a settlement of that name only in a country the document names
            found[key] = [c for c in found[key] if c.entry.country_code in self.states]
        # First pass: each place against the document's states; a place whose country is settled
        # (one candidate country, or a clear winner) then lends its country and division to the others.
        first = {key: self._best(parsed[key], cands, self.states, Counter()) for key, cands in found.items()}
        out: dict[str, Geocode] = {}
        for key, cands in found.items():
            countries = dict(self.states)
            admin1: Counter[str] = Counter()
            for other, best in first.items():
                if other != key and best is not None:
                    countries[best.entry.country_code] = countries.get(best.entry.country_code, 0.0) + 1
                    if best.entry.admin1_code:
                        admin1[best.entry.admin1_code] += 1
            place = parsed[key]
            assert place is not None
            best = self._best(place, cands, countries, admin1)
            if best is not None:
                out[key] = self._geocode(best.entry, place, places[key])
        return out

    def _best(
        self, place: PlaceName | None, cands: list[_Candidate], countries: dict[str, float], admin1: Counter[str]
    ) -> _Candidate | None:
        if place is None or not cands:
            return None
        qualifier_areas = [e for q in place.qualifiers for e in self.gaz.lookup(q) if e.feature in (ADMIN1, COUNTRY)]
        # A bare name that is both a town and the division it is the seat of ("Kunduz") is the town.
        divisions = {c.entry.admin1_code for c in cands if c.entry.feature == ADMIN1}
        seats = {c.entry.admin1_code for c in cands if c.entry.feature == PLACE and c.entry.admin1_code in divisions}
        if qualifier_areas:
            # "Arima (Aleppo, Syria)": a candidate outside every area written beside the name is not it.
            cands = [c for c in cands if any(_contains(a, c.entry) or a == c.entry for a in qualifier_areas)]
            if not cands:
                return None
        scored = [(self._score(c, place, countries, admin1, qualifier_areas, seats), c) for c in cands]
        # Ties go to the wider area (a division over the town standing for it), then the lower id.
        score, best = max(scored, key=lambda sc: (sc[0], sc[1].entry.feature != PLACE, -sc[1].entry.geonames_id))
        return best if score >= MIN_SCORE else None

    def _score(
        self,
        cand: _Candidate,
        place: PlaceName,
        countries: dict[str, float],
        admin1: Counter[str],
        qualifier_areas: list[Entry],
        seats: set[str],
    ) -> float:
        entry = cand.entry
        if entry.feature == COUNTRY:
            score = COUNTRY_PRIOR
        elif entry.feature == ADMIN1:
            score = ADMIN1_PRIOR + (LEVEL_BONUS if place.level == 3 else 0.0)
            if place.level is None and entry.admin1_code in seats:
                score -= SEAT_PREFERRED
        elif place.level == 3:
            # "Raqqa province": a place counts as the division it is the seat of, when they share the name.
            seat = self._is_seat(entry)
            score = ADMIN1_PRIOR + LEVEL_BONUS if seat else math.log10(entry.population + 10) / 2 - LEVEL_BONUS / 2
        else:
            score = math.log10(entry.population + 10) / 2
        if cand.primary:
            score += PRIMARY_NAME
        if cand.fuzzy:
            # A spelling off by a letter is believed in a country the story is about, hardly elsewhere.
            score -= FUZZY_PENALTY / 2 if countries.get(entry.country_code) else FUZZY_PENALTY
        if any(_contains(area, entry) for area in qualifier_areas):
            score += IN_QUALIFIER
        if entry.feature != COUNTRY and countries.get(entry.country_code):
            score += IN_DOCUMENT * countries[entry.country_code] / max(countries.values())
        if entry.admin1_code and admin1[entry.admin1_code]:
            score += SAME_ADMIN1
        return score

    def _is_seat(self, entry: Entry) -> bool:
        """True for a town that shares its name with its first-level division (Aleppo, Ar Raqqah)."""
        division = self.gaz.admin1(entry.admin1_code)
        return division is not None and _similar(division.name, entry.name)

    def _geocode(self, entry: Entry, place: PlaceName, entity: Entity) -> Geocode:
        if entry.feature == PLACE:
            if place.level == 3:
                # "Raqqa province" where only the city Ar Raqqah matched: the division it is the seat of.
                division = self.gaz.admin1(entry.admin1_code)
                if division is not None and _similar(division.name, entry.name):
                    entry = division
            precision = 2 if place.level == 2 else 1
        else:
            precision = 3
        division = self.gaz.admin1(entry.admin1_code) if entry.feature == PLACE else entry
        return Geocode(
            geonames_id=entry.geonames_id,
            name=entry.name,
            latitude=entry.latitude,
            longitude=entry.longitude,
            country_code=entry.country_code,
            admin1=division.name if division is not None and entry.feature != COUNTRY else None,
            precision=3 if entry.feature != PLACE else precision,
            wikidata=entity.wikidata if entry.feature == COUNTRY else None,
        )


def _qualified(place: PlaceName | None, qualifiers: tuple[str, ...] | None) -> PlaceName | None:
    """``place`` with the places written after it; a place written as another's area (``()``) reads as
    a division ("Cordoba, Veracruz": the state, not the city)."""
    if place is None or qualifiers is None:
        return place
    if not qualifiers:
        return place if place.level is not None else replace(place, level=3)
    return replace(place, qualifiers=place.qualifiers + qualifiers)


_QUALIFYING = (", ", " (", ",  ")
_LIST = (", ", " and ", ", and ", " or ", ", or ")


def _written_qualifiers(extraction: Extraction) -> dict[str, tuple[str, ...]]:
    """Entity key -> the places written right after it as its area ("San Jose, California", "Gubio
    (Borno)"), and ``()`` for a place written as such an area."""
    text = extraction.document.text
    spans = sorted(
        {
            (m.span.start, m.span.end, m.entity.key, m.span.text, m.entity.kind is EntityKind.PLACE)
            for m in extraction.every_mention()
            # A place, or a state by its own name ("Syria"; not "Somali officials" after a town).
            if m.span.end and (m.entity.kind is EntityKind.PLACE or m.span.text == m.entity.label)
        }
    )
    out: dict[str, tuple[str, ...]] = {}
    for i in range(len(spans) - 1):
        (_, end, key, _label, _), (start, last, other, label, _) = spans[i], spans[i + 1]
        if other == key or text[end:start] not in _QUALIFYING:
            continue
        # Not a list of places: "Aleppo, Idlib and Homs", "Kaduna, Zaria, Kano".
        before = i > 0 and spans[i - 1][4] and text[spans[i - 1][1] : spans[i][0]] in _LIST
        after = i + 2 < len(spans) and spans[i + 2][4] and text[last : spans[i + 2][0]] in _LIST
        if not before and not after:
            out[key] = (*out.get(key, ()), label)
            out.setdefault(other, ())
    return out


def _contains(area: Entry, entry: Entry) -> bool:
    if area.feature == COUNTRY:
        return area.country_code == entry.country_code
    return area.admin1_code == entry.admin1_code and entry.feature != ADMIN1


def _similar(a: str, b: str) -> bool:
    """True when two names are one name spelt two ways ("Ar-Raqqah", "Ar Raqqah"; "Aleppo", "Aleppo")."""
    ka, kb = name_key(a), name_key(b)
    return ka == kb or ka in kb or kb in ka


def _facility_names(extraction: Extraction) -> set[str]:
    """Keys of places written as a building or site named by a name: a label followed in the text by a common noun
    that is no area word nor a facility standing for its town ("the Pearl Beach hotel", "the Kwallah-Mbar market";
    not "Kandahar airport", "Kibonge camp", "Mastung district")."""
    out = set()
    for m in extraction.every_mention():
        if m.entity.kind is not EntityKind.PLACE:
            continue
        words = m.span.text.split()
        last = words[-1] if words else ""
        if (
            last.islower()
            and last.isalpha()
            and last not in m.entity.label.lower().split()
            and last not in FIRST_LEVEL | SECOND_LEVEL | SETTLEMENT | FACILITY
        ):
            out.add(m.entity.key)
    return out


def _place_entities(extraction: Extraction) -> dict[str, Entity]:
    out: dict[str, Entity] = {}
    for mention in extraction.every_mention():
        entity = mention.entity
        if entity.kind is EntityKind.PLACE and entity.geo is None:
            out.setdefault(entity.key, entity)
    return out


def _rewrite(extraction: Extraction, resolved: dict[str, Geocode]) -> Extraction:
    def entity(old: Entity) -> Entity:
        geo = resolved.get(old.key) if old.kind is EntityKind.PLACE else None
        if geo is None:
            return old
        return replace(old, geo=geo, wikidata=old.wikidata or geo.wikidata)

    def mention(m: Mention) -> Mention:
        new = entity(m.entity)
        return m if new is m.entity else Mention(m.span, new)

    def mentions(ms: Iterable[Mention]) -> tuple[Mention, ...]:
        return tuple(mention(m) for m in ms)

    events = tuple(
        replace(
            e,
            agents=mentions(e.agents),
            targets=mentions(e.targets),
            to=mention(e.to) if e.to is not None else None,
            location=mention(e.location) if e.location is not None else None,
        )
        for e in extraction.events
    )
    return replace(extraction, events=events, mentions=mentions(extraction.mentions))
