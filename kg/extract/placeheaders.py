"""The town a release's header names: the issuing office's own line ("District Police Office, Lakki Marwat.", "Office
of the Superintendent of Police, Narayanpur.") and the town after the issuer in a dateline ("Police Headquarters,
Kisumu — Statement on the events of 5 September"); never the header's own words ("PRESS RELEASE —", "MINISTRY OF
DEFENCE — OPERATIONAL UPDATE"), which the dateline reader, taking the first word of a line in capitals before a
dash, would give as the town of filing.

Police, district and military releases open with the office that issues them and the town it sits in; the deeds they
report are in that town's district, so the town is the release's scene as a wire dateline is a story's. Read by
kg.extract.places (the lead sentence's and the story's earlier places) and kg.extract.placescene (scenes).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.lexicon.places import ADMIN_AREAS, SETTLEMENT_NOUNS
from kg.extract.nlp import filing_place
from kg.extract.toponyms import PLACE_LABELS, known_place

# Words of a header that name the document or the office issuing it, never a town.
ISSUER_WORDS = frozenset({
    "press", "release", "note", "statement", "update", "bulletin", "communique", "communiqué", "notice", "briefing",
    "information", "ministry", "office", "headquarters", "police", "department", "command", "directorate", "station",
    "secretariat", "commissionerate", "superintendent",
})  # fmt: skip
# An issuer's line is short: an office and its town.
_MAX_WORDS = 14


def filing_town(dateline: Span) -> Token | None:
    """The town a dateline was filed from (nlp.filing_place), or, when its first word is a header's word, the town
    named after a comma in it ("Kisumu" of "Police Headquarters, Kisumu —"); None when it names none ("PRESS
    RELEASE —").
    """
    first = filing_place(dateline)
    if first is None or first.lower_ not in ISSUER_WORDS:
        return first
    return _town_after_comma(dateline)


def issuer_town(sent: Span) -> Token | None:
    """The town of a line that names the office issuing a release and nothing else ("District Police Office, Lakki
    Marwat.", "Office of the Superintendent of Police, Narayanpur."): no verb, a header's word before a comma, and a
    town after it that is a place entity or a name GeoNames knows. None for any other sentence."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if not words or len(words) > _MAX_WORDS or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    comma = next((t.i for t in sent if t.text == ","), None)
    if comma is None or not any(t.lower_ in ISSUER_WORDS for t in sent if t.i < comma):
        return None
    return _town_after_comma(sent)


def _town_after_comma(span: Span) -> Token | None:
    """The last word of the first title-case or capitals name right after a comma of ``span`` that is a place entity or
    a town GeoNames knows."""
    doc = span.doc
    for comma in (t for t in span if t.text == ","):
        i = comma.i + 1
        while i < span.end and (doc[i].is_title or doc[i].is_upper) and doc[i].is_alpha:
            i += 1
        name = doc[comma.i + 1 : i]
        if len(name) and not name[-1].ent_id_ and (name[-1].ent_type_ in PLACE_LABELS or known_place(name.text)):
            return name[-1]
    return None


# Words of an area a header line may name a place with: "Kidal region", "Tessit town".
AREA_WORDS = ADMIN_AREAS | SETTLEMENT_NOUNS
# How far into a document a header line of an incident summary stands: its first sentences.
_HEADER_SENTENCES = 3


def header_place(sent: Span) -> Token | None:
    """The place of an incident summary's header line, a line that names a date and a place and nothing else
    ("14/03/2022 — Kidal (Mali).", "Aguelhok, Kidal region.", "12 May 2024. Tessit (Gao)."): among the document's
    first sentences, no verb, every word a name, a number, a date's or an area's word.  The first name that is no
    date's is the place, known to GeoNames or not (the line's shape says what it is).  None for any other sentence."""
    doc = sent.doc
    if sum(1 for s in doc.sents if s.start < sent.start) >= _HEADER_SENTENCES:
        return None
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if not words or len(words) > 8:
        return None
    if not all(_header_word(t) for t in words):
        return None
    names = [t for t in words if t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME") and t.is_alpha]
    if not names or any(t.lower_ in ISSUER_WORDS for t in words):
        return None
    if not (any(_dated(t) or t.lower_ in AREA_WORDS or _known(t) for t in words) or _after_date_line(sent)):
        return None  # a name with no date, area or known place beside it may be a byline ("Maria Garcia, Reuters")
    first = names[0]
    while first.i + 1 < sent.end and doc[first.i + 1] in names:
        first = doc[first.i + 1]  # "Dogon Daji": the name's last word
    return None if first.ent_id_ and first.ent_type_ not in PLACE_LABELS else first


def _dated(token: Token) -> bool:
    return token.ent_type_ in ("DATE", "TIME") or token.like_num


def _after_date_line(sent: Span) -> bool:
    """True when the line before ``sent`` is a date and nothing else ("12 May 2024. Tessit (Gao).")."""
    if sent.start == 0:
        return False
    before = [t for t in sent.doc[sent.start - 1].sent if not (t.is_punct or t.is_space)]
    return bool(before) and all(_dated(t) for t in before)


def _known(token: Token) -> bool:
    """A word the tagger or the gazetteer reads as a place ("Mali" of "Kidal (Mali)")."""
    return token.ent_type_ in ("GPE", "LOC")


def _header_word(token: Token) -> bool:
    """A word a header line of date and place is made of: a name, a number, a date's word, an area's word."""
    return (
        token.pos_ in ("PROPN", "NUM")
        or token.ent_type_ in ("DATE", "TIME")
        or token.like_num
        or token.lower_ in AREA_WORDS
    )
