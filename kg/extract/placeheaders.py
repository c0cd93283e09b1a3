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
