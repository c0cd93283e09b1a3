"""Place names read off the shape of their phrase where the parse of an unfamiliar name broke it: the name after a
settlement noun's "of" ("retake the city of Nkhyaganj marks ...", with the name hung on the next word).

Real reports name villages that neither the small model nor GeoNames knows; the model then tags them an adjective,
a verb's object or a compound of the word after, and the tree no longer says where the name stands. The words still
do: this reading looks at the tokens in text order, and take a name only when every one of its words is a title-case
word that is no gazetteer actor, people's word, group word, date or acronym. Token by token: kg.extract.toponyms
calls it where its tree readings find no name. Also the shape of a name that is no place's: a force's initials on a
site ("an FARDC position"), which say whose it is.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.phrases import PLACE_LABELS

# Nouns whose "of" names the place they are: "the city of X", "the district of X" (not "the capital of": a country).
_NAMED_BY_OF = lexicon.SETTLEMENT_NOUNS - {"capital", "country", "state", "area", "territory"}
# Tags of a word that is no part of a place's name whatever its case.
_NOT_NAME_TAGS = frozenset({"NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "EVENT"})
# Words whose case says nothing: a group's, a people's or a doer's word ("the Rebel camp", "Police station").
_NOT_NAME_WORDS = (
    lexicon.PEOPLE_NOUNS
    | lexicon.GROUP_NOUNS
    | lexicon.MEMBER_NOUNS
    | lexicon.ARMED_ACTOR_NOUNS
    | lexicon.ARMED_NAME_WORDS
    | lexicon.OFFICE_HOLDERS
    | lexicon.TIME_WORDS
    | lexicon.COMPASS_WORDS
) - lexicon.SETTLEMENT_NOUNS


def name_word(tok: Token) -> bool:
    """True for a word that may be part of an unfamiliar place's name: title case, alphabetic (a hyphen inside is
    allowed: "Haute-Kotto"), no stop word, acronym, gazetteer actor, date, people's or group's word."""
    text = tok.text
    if not text[:1].isupper() or tok.is_upper or tok.is_stop or tok.ent_id_:
        return False
    if not (tok.is_alpha or ("-" in text and all(p.isalpha() for p in text.split("-") if p))):
        return False
    if tok.ent_type_ in _NOT_NAME_TAGS or tok.pos_ in ("VERB", "AUX", "PRON", "DET", "ADP", "NUM"):
        return False
    word = tok.lower_
    return word not in _NOT_NAME_WORDS and word.removesuffix("s") not in _NOT_NAME_WORDS


def name_after_of(noun: Token) -> Token | None:
    """The last word of the name right after a settlement noun's "of" when the parser hung the name elsewhere: "retake
    the city of Nkhyaganj marks ..." (Nkhyaganj read as a compound of "marks") -> Nkhyaganj; None when the parse already
    reads it, or the words after "of" are no name ("the town of the same name")."""
    doc = noun.doc
    if noun.lemma_.lower() not in _NAMED_BY_OF or noun.pos_ != "NOUN" or noun.i + 2 >= len(doc):
        return None
    of = doc[noun.i + 1]
    if of.lower_ != "of" or of.head.i != noun.i:
        return None
    i = noun.i + 2
    while i < len(doc) and name_word(doc[i]) and i - noun.i <= 4:
        i += 1
    run = doc[noun.i + 2 : i]
    if not len(run) or any(t.head.i == of.i for t in run):
        return None  # the parse reads the name as the "of" object: the tree's readings have it
    if run[0].i == run[0].sent.start:
        return None
    return run[-1]


def owner_initials(name: Token) -> bool:
    """True for a force's or a mission's initials on a place noun, which say whose the site is, not where: "an FARDC
    position", "a CJTF checkpoint", "the old MINUSMA camp"; not a one-letter "Camp A", nor a place's initials the small
    model tags as one ("the DRC border"), nor initials after a name of the site's own ("the Lukodi IDP camp")."""
    if not (name.is_upper and name.is_alpha and len(name.text) >= 3) or name.ent_type_ in PLACE_LABELS:
        return False
    return not any(c.dep_ == "compound" and c.pos_ == "PROPN" and not c.is_upper for c in name.children) and not any(
        c.dep_ == "compound" and c.i < name.i and c.pos_ == "PROPN" and not c.is_upper for c in name.head.children
    )
