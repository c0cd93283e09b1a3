"""The place a page defines: "Sarnik is a town in the Kellan District", "Pell Harbour is a fishing town on the Gannet
coast", "Kismayo is a port city in Lower Juba".

Encyclopaedic town and district pages open by defining their subject, then tell its history with the place named no
more ("During the civil war, the town was captured by ...", "On 3 July 2015 gunmen stormed the harbour police
station"). The name is often one no gazetteer and no GeoNames entry knows, and the sentence names the larger area
the place lies in, which the story's earlier-place reading took as the scene. A name that is the subject of a
copula whose predicate is a settlement or area noun is a place by the page's own word, whatever the NER called it,
and it, not the area of its "in"/"on" phrase, is where the page's events happened.

Read by :mod:`kg.extract.places` (``_town`` for "the town" told before, ``_earlier_place`` for the scene of the
sentences after a definition).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract import lexicon

# Predicate nouns of a place's definition: "is a town", "is the capital of", "is a district of".
_NOT_SETTLEMENTS = frozenset({"area", "zone", "state", "division", "department", "forest", "jungle", "lake", "river"})
SETTLEMENT_NOUNS = lexicon.ADMIN_AREAS - _NOT_SETTLEMENTS | {
    "capital", "settlement", "hamlet", "port", "suburb", "neighbourhood", "neighborhood", "oasis", "enclave",
    "island", "kibbutz", "camp",
}  # fmt: skip


def defined_place(tok: Token) -> bool:
    """True when ``tok`` heads a name a copula defines as a settlement or area: "Sarnik is a town in ...", "Pell
    Harbour is a fishing town on ...", "Tovi was a village of ..."; not a group ("The Kassem Brigades is an armed
    group") nor a pronoun ("It is a town")."""
    if tok.dep_ != "nsubj" or tok.pos_ != "PROPN" or tok.head.lemma_ != "be":
        return False
    predicate = next((c for c in tok.head.children if c.dep_ == "attr"), None)
    if predicate is None or predicate.lemma_.lower() not in SETTLEMENT_NOUNS:
        return False
    return not any(c.dep_ == "neg" for c in tok.head.children) and tok.i < predicate.i


def defining(sent: Span) -> Token | None:
    """The place ``sent`` defines, or None: the head of the copula's subject name."""
    return next((t for t in sent if defined_place(t)), None)
