"""The place of a dateline set inside a line after a headline, as wire feeds run them in: a town in capitals of one
word or several, a hyphen inside a word going on ("DERA ISMAIL KHAN", "PORT-AU-PRINCE", "AL-KHALIS"), and its
country or state in title case after a comma ("TOULOUSE, France (AP) -", "FERGUSON, Mo. (AP) -").  The sentence
splitter (kg/extract/nlp.py) parts the headline before it from the story after it; a place cut short there leaves its
words in the headline and the dateline without its town.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token


def _capital_place(token) -> bool:  # noqa: ANN001
    """A token of a dateline's place in capitals ("KABUL", "SAN", ",") before the agency."""
    return (token.is_alpha and token.is_upper and len(token) >= 2) or (
        token.text == "," and token.i > 0 and token.nbor(-1).is_upper
    )


# Words of a country, state or region after a dateline's town and a comma: "TOULOUSE, France (AP)", "FERGUSON, Mo."
MAX_REGION_WORDS = 3


def place_start(doc: Doc, i: int) -> int:
    """Where the place of an inline dateline before the agency's parenthesis at ``i`` starts: the town in capitals
    with its country in title case after a comma ("... killed in police raid TOULOUSE, France (AP) -", "... in market
    DERA ISMAIL KHAN, Pakistan (Reuters) -", "AL-KHALIS, Iraq (AFP) -"), or capitals alone ("KABUL (AP) -",
    "BAGHDAD, IRAQ (AP) -"); ``i`` when there is no such place."""
    region = i
    while region > 0 and i - region < MAX_REGION_WORDS and doc[region - 1].is_title and doc[region - 1].is_alpha:
        region -= 1
    if region == i and i > 0 and doc[i - 1].is_title and doc[i - 1].text.endswith("."):
        region -= 1  # "FERGUSON, Mo. (AP)"
    if region < i and region > 1 and doc[region - 1].text == ",":
        town = capitals_start(doc, region - 1, words=4)
        if town < region - 1:
            return town
    start = i
    while start > 0 and (_capital_place(doc[start - 1]) or _inner_hyphen(doc, start - 1)):
        start -= 1
    return start


def capitals_start(doc: Doc, end: int, *, words: int) -> int:
    """The start of the place name in capitals that ends before ``end``, of at most ``words`` words, a hyphen inside
    a word going on ("DERA ISMAIL KHAN", "PORT-AU-PRINCE", "AL-KHALIS"); ``end`` when there is none."""
    start, count = end, 0
    while start > 0:
        token = doc[start - 1]
        if _inner_hyphen(doc, start - 1):
            start -= 1
            continue
        if not (token.is_alpha and token.is_upper) or count == words:
            break
        start -= 1
        count += 0 if start > 0 and _inner_hyphen(doc, start - 1) else 1
    while start < end and doc[start].text == "-":
        start += 1
    return start


def _inner_hyphen(doc: Doc, i: int) -> bool:
    """True for a hyphen joining two words in capitals with no space: the "-" of "PORT-AU-PRINCE"."""
    token = doc[i]
    if token.text != "-" or token.whitespace_ or i == 0 or i + 1 >= len(doc) or doc[i - 1].whitespace_:
        return False
    return doc[i - 1].is_upper and doc[i + 1].is_upper


def town_end(first: Token) -> Token:
    """The last word of the town in capitals a dateline opens with at ``first``: "KHAN" of "DERA ISMAIL KHAN,
    Pakistan -", "PRINCE" of "PORT-AU-PRINCE, Haiti -", "HARCOURT" of "PORT HARCOURT, Nigeria (Reuters) -"; ``first``
    itself for a town of one word or a run of capitals that is no place GeoNames knows ("MINISTRY OF DEFENCE")."""
    from kg.geo.gazetteer import geonames

    doc, end, words = first.doc, first.i + 1, 1
    while end < len(doc) and words < MAX_TOWN_WORDS:
        if _inner_hyphen(doc, end) and end + 1 < len(doc):
            end += 2
        elif doc[end].is_alpha and doc[end].is_upper and first.whitespace_:
            end, words = end + 1, words + 1
        else:
            break
    if end == first.i + 1 or not geonames().lookup(doc[first.i : end].text):
        return first
    return doc[end - 1]


# The most words a dateline's town in capitals has ("SAN VICENTE DEL CAGUAN").
MAX_TOWN_WORDS = 4
