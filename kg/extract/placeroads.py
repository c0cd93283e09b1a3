"""A road named by the places it runs to: "ambushed a patrol on the road from Deh Mirza Zai", "a drone hit a car on
the road to Tell Sammen al-Gharbi", "killed on the road between Douentza and Hombori".

Reports place a deed on a road by the town it leads to or from far more often than by the road's own name, and the
town is what an analyst can put on a map. The small model reads such towns badly: it tags them PERSON ("the road to
Penjwen") or takes "to Tell" for an infinitive, so the name is read off the tree when the tree has it and off the
words right after "to", "from" or "between" when it does not. kg.extract.toponyms.named_inside asks it for any road
noun, so an event's own road and a road in a locative phrase of its sentence both name their town.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import roles
from kg.extract.placeshapes import name_word

# Nouns of a way from one place to another, whose "to"/"from"/"between" object is a place.
ROADS = frozenset({"road", "highway", "motorway", "route", "expressway", "track"})
# The prepositions that name a road's ends.
_ENDS = ("to", "from", "between")
# Tags the model gives a town on a road's end that still leave it a name (a date or a number is no town).
_NAME_TAGS = frozenset({"", "GPE", "LOC", "FAC", "ORG", "PERSON", "NORP", "WORK_OF_ART", "PRODUCT"})
# Lower-case particles inside an Arabic or Romance place name: "Tell Sammen al-Gharbi", "Mocímboa da Praia".
_PARTICLES = frozenset({"al", "el", "ad", "as", "ar", "ash", "an", "at", "az", "da", "de", "do", "del", "la"})


def road_end(road: Token) -> Token | None:
    """The last word of the first town a road noun runs to or from ("Penjwen" of "the road to Penjwen", "Gharbi" of
    "the road to Tell Sammen al-Gharbi"), or None for no road noun, or a road whose end is no name ("the road to the
    airport", "the road to peace")."""
    if road.lemma_.lower() not in ROADS or road.pos_ != "NOUN":
        return None
    for end in roles.pobjs(road, *_ENDS):
        if end.pos_ == "PROPN" and end.ent_type_ in _NAME_TAGS and not end.ent_id_ and not end.is_upper:
            return end
    return _end_in_words(road)


def _end_in_words(road: Token) -> Token | None:
    """The name right after "the road to" read off the words, where the parser hung it elsewhere: every word of it a
    title-case name word, a hyphen or a particle before one; the name's last title-case word."""
    doc = road.doc
    i = road.i + 1
    if i + 1 >= len(doc) or doc[i].lower_ not in _ENDS or doc[i].head.i == road.i:
        return None  # no end word, or one the tree already reads (its object no name)
    run: list[Token] = []
    i += 1
    while i < len(doc):
        tok = doc[i]
        joined = i + 1 < len(doc) and doc[i + 1].text == "-" and not tok.whitespace_
        if (name_word(tok) or (tok.is_title and tok.pos_ == "VERB")) and tok.ent_type_ in _NAME_TAGS:
            run.append(tok)  # "to Tell Sammen": the toponym's first word taken for a verb
        elif not (tok.text == "-" and run) and not (tok.lower_ in _PARTICLES and joined):
            break
        i += 1
    return run[-1] if any(t.pos_ == "PROPN" for t in run) else None
