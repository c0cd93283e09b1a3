"""A sentence whose first word, a common noun of kg's event and actor tables, the model read as a name, re-read
with that word in lower case.

Capitalised first in a sentence, a plural common noun looks like a name to the small model: "Rockets slammed into
the Green Zone" has "Rockets" a proper noun with the lemma "Rockets", "Missiles struck an oil facility" has
"Missiles" a PERSON and "Mortars hit a school" a PRODUCT, so no trigger matches or the trigger is dropped as part of
a name, and the sentence gives no event.  kg parses a copy of the sentence with its first word in lower case (as
:mod:`kg.extract.headcase` does for a title-case headline, through :mod:`kg.extract.shadowparse`) and gives the
original tokens the copy's tags, lemmas, dependencies and entities; the text and every offset stay as they were.

The word is re-read only when its lower-case form, or a base it may be inflected from, is a word of kg's own tables
of event nouns, weapons and aircraft; when the gazetteer does not know it; and when the document never
writes it with a capital inside a sentence (then it is a name there: "Rockets" the team).
"""

from __future__ import annotations

from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.extract import lexicon
from kg.extract.headcase import _stems  # the inflection bases a headline word may come from
from kg.extract.rules.violence import words
from kg.extract.shadowparse import Shadow, steps

# The components that read the words; the sentence splitters have nothing to split in one sentence.
_SKIPPED = frozenset({"kg_line_sentences", "kg_bounded_sentences", "kg_headline_case", "kg_initial_case"})
# Entity labels the model gives a capitalised common noun it takes for a name.
_NAME_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "GPE", "NORP", "FAC", "LOC", "EVENT"})


def kg_words() -> frozenset[str]:
    """The common nouns of kg's tables a sentence may start with: event nouns, weapons and aircraft.  Armed doers
    ("Gunmen", "Militants") are left as the model read them: the role readers already take a capitalised doer."""
    found = {*words.ATTACK_NOUNS, *lexicon.WEAPON_LEMMAS, *lexicon.AERIAL_LEMMAS}
    return frozenset(found - lexicon.ARMED_ACTOR_NOUNS - words.PERPETRATOR_NOUNS)  # "Attackers", "Gunmen": doers


@Language.factory("kg_initial_case")
def make_initial_case(nlp: Language, name: str) -> InitialCase:
    return InitialCase(nlp)


class InitialCase:
    """Pipeline component: each sentence whose first word is one of :func:`kg_words` read as a name, re-read with
    that word in lower case (module docstring)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.words = kg_words()
        self.steps = steps(nlp, lambda name: name not in _SKIPPED)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or not doc.has_annotation("DEP"):
            return doc
        for sent in list(doc.sents):
            first = next((t for t in sent if not (t.is_space or t.is_punct)), None)
            if first is None or not self._misread(first):
                continue
            self._reread(doc, sent, first)
        return doc

    def _misread(self, token: Token) -> bool:
        if not token.is_title or token.ent_id_ or len(token) < 4:
            return False
        after = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if after is not None and (after.is_title or after.is_upper) and after.is_alpha:
            return False  # the first word of a longer name: "Mujahideen Youth Movement", "Rocket Force Command"
        named = token.pos_ == "PROPN" or (token.ent_type_ in _NAME_LABELS and _alone(token))
        if not named or not any(form in self.words for form in _stems(token.lower_)):
            return False
        return not _capital_inside(token.doc, token.lower_)

    def _reread(self, doc: Doc, sent: Span, first: Token) -> None:
        words = [t.text.lower() if t.i == first.i else t.text for t in sent]
        shadow = Shadow(doc, sent, words, one_sentence=True)
        copy = shadow.parse(self.steps)
        if len(copy) != len(sent) or sum(t.dep_ == "ROOT" for t in copy) != 1:
            return  # a compound merged, or the copy split in two: keep the model's first reading
        shadow.write_back(sent, (TAG, POS, MORPH, LEMMA, HEAD, DEP))
        shadow.write_entities(sent)


def _alone(token: Token) -> bool:
    """True when ``token`` is an entity of its own, not the first word of a longer one ("Rocket Force Command")."""
    doc = token.doc
    return token.ent_iob_ == "B" and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")


def _capital_inside(doc: Doc, lower: str) -> bool:
    """True when the document writes ``lower`` with a capital after the first word of a sentence."""
    for token in doc:
        if token.lower_ == lower and not token.is_lower and not token.is_sent_start:
            before = doc[token.i - 1]
            if not (before.is_punct or before.is_space or "\n" in before.whitespace_):
                return True
    return False
