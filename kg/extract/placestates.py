"""A state's own waters, coast, territory or airspace named by its people's adjective (issue 14, twenty-first pass):
"a drone struck a freighter in Omani waters", "gunboats fired on a dhow off the Yemeni coast", "shelled positions
inside Syrian territory". Wire copy about sea and border wars says where this way more often than by a town, and the
phrase holds no name of a place, so the place readers (kg.extract.toponyms) see only an adjective and a common noun.
The phrase is where the deed happened; it is read only from the deed's own locative phrase (the trigger's, its
verb's or a target's), after "in", "off", "inside" or "within": "fired into Israeli territory" and "flew over
Pakistani airspace" say where the fire went, not where the deed was.

The small model parses the phrase two ways: "waters" the object of "in" with the adjective on it, or the adjective
(tagged NORP) the object of "in" and "waters" hung elsewhere; both are read.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# The areas a state holds that its adjective names: a closed class.
_ZONES = frozenset({"waters", "coast", "coastline", "shores", "territory", "airspace", "soil"})
# Prepositions that put the deed inside the area (not "into", "over", "towards": where the fire went).
_IN = frozenset({"in", "off", "inside", "within"})


def state_zone(tok: Token) -> Span | None:
    """The words "Omani waters" / "the Yemeni coast" when ``tok``, the object of a locative "in"/"off"/"inside"/
    "within", is the zone noun with its people's adjective just before it, or that adjective followed by the zone
    noun; None otherwise ("in Omani ports", "in the coastal town", "into Israeli territory")."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in _IN:
        return None
    doc = tok.doc
    if tok.lower_ in _ZONES and tok.i > 0 and _gentilic(doc[tok.i - 1]) and doc[tok.i - 1].head.i == tok.i:
        adjective, zone = doc[tok.i - 1], tok
    elif _gentilic(tok) and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _ZONES:
        adjective, zone = tok, doc[tok.i + 1]  # "in Omani waters" with "waters" hung on the verb
    else:
        return None
    start = adjective.i - 1 if adjective.i > 0 and doc[adjective.i - 1].lower_ == "the" else adjective.i
    return doc[start : zone.i + 1]


def _gentilic(tok: Token) -> bool:
    """True for a people's adjective the model tags NORP, capitalised: "Omani", "Yemeni"."""
    return tok.ent_type_ == "NORP" and tok.is_title and tok.is_alpha
