"""A headline written in title case, re-read by the model as if it were written in sentence case.

Wire headlines capitalise every word ("Gunmen Storm Police Station in Kandahar", "Iraq Rebels Kill 12 in Mosul
Ambush"). The small model reads capitals as names: "Storm", "Kill" and "Pound" come out as proper nouns, the whole
headline as one noun phrase, and the NER makes "Jets Pound Rebel Positions" a PERSON. The model's features are the
word's norm, affixes and shape, and the shape and first letter keep the capitals whatever the norm says, so kg
reparses a copy of the headline with its common words in lower case ("Gunmen storm police station in Kandahar")
and gives the original tokens the copy's tags, lemmas, dependencies and entities (kg/extract/shadowparse.py). The
text and every offset stay as they were.

Which words are common is read from the document first, then from the model's own word lists:
* a word of the gazetteer (a state, a demonym, a group) keeps its capital;
* a word the story below writes in lower case is common, and one it writes with a capital inside a sentence is a
  name ("Tony Blair came under fire" keeps "Blair" in "Blair Under Fire Over Iraq Dossier");
* otherwise a word the lemmatizer's index knows (nouns, verbs, adjectives, adverbs, by their inflected forms) is
  common unless the model tagged it, alone, a place or a nationality ("Mosul", "Kandahar"); a word it does not know
  is a name ("Zorgho", "Kabara").
The first word is read the same way: a common word in capitals first in a line is still a common word to the copy.
A root the tagger read as a noun but the parser gave a subject and an object is tagged a verb in the copy.
"""

from __future__ import annotations

from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.extract.shadowparse import Shadow, steps

# Words a title-case headline may leave in lower case ("Rebels Kill 12 in Mosul Ambush").
_SMALL_WORDS = frozenset(
    "a an the of in on at to for with from by and or as vs but up off over into near after amid against via".split()
)
# Lower-case particles of names a title-case headline keeps ("Ansar Bayt al-Maqdis Joins Islamic State").
_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "wal", "de", "del", "da", "di", "du", "van", "von"})
# A headline this short is no sentence to reparse.
MIN_WORDS = 3
MAX_WORDS = 30
# Entity labels the model gives names of places and peoples, trusted when they cover a word alone.
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
# The components that read the words; the sentence splitters have nothing to split in one headline.
_SKIPPED = frozenset({"kg_line_sentences", "kg_bounded_sentences", "kg_headline_case"})


@Language.factory("kg_headline_case")
def make_headline_case(nlp: Language, name: str) -> HeadlineCase:
    return HeadlineCase(nlp)


class HeadlineCase:
    """Pipeline component: the document's first sentence, when it is a title-case headline, re-read in sentence
    case (module docstring)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.words = common_words(nlp)
        self.steps = steps(nlp, lambda name: name not in _SKIPPED, after={"parser": _verbs_by_their_arguments})

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or not self.words or not doc.has_annotation("DEP"):
            return doc
        sent = headline_span(doc)
        words = sentence_case(sent, self.words) if sent is not None else None
        if sent is None or words is None:
            return doc
        shadow = Shadow(doc, sent, words, one_sentence=True)
        copy = shadow.parse(self.steps)
        if len(copy) != len(sent) or sum(t.dep_ == "ROOT" for t in copy) != 1:
            return doc  # a compound merged, or the copy split in two: keep the model's first reading
        changed = [i for i, (w, t) in enumerate(zip(words, sent, strict=True)) if w != t.text]
        if len(changed) == 1 and not (
            copy[changed[0]].dep_ == "ROOT" and copy[changed[0]].pos_ == "VERB" and any(t.ent_id_ for t in sent)
        ):
            # one common word re-read only as the verb between names one of which the gazetteer knows ("Ansar Bayt
            # al-Maqdis Joins Islamic State"), not between teams ("Yankees Bomb Orioles 14-3")
            return doc
        shadow.write_back(sent, (TAG, POS, MORPH, LEMMA, HEAD, DEP))
        shadow.write_entities(sent)
        return doc


def _verbs_by_their_arguments(shadow: Doc) -> None:
    """Tag as a present-tense verb a headline's root the tagger took for a noun but the parser gave a subject and an
    object ("rebels ambush army convoy": "ambush" NNP with "rebels" its nsubj and "convoy" its dobj), before the
    attribute ruler and the lemmatizer read the tag; no noun has both."""
    for token in shadow:
        if token.dep_ != "ROOT" or not token.tag_.startswith("NN"):
            continue
        labels = {child.dep_ for child in token.children}
        if "nsubj" in labels and "dobj" in labels:
            token.tag_ = "VBZ" if token.lower_.endswith("s") and not token.lower_.endswith("ss") else "VBP"


def common_words(nlp: Language) -> frozenset[str]:
    """Every common word the lemmatizer's tables know (its index of lemmas and its irregular forms); empty when
    the pipeline has no lookup lemmatizer tables."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    words: set[str] = set()
    for lemmas in lookups.get_table("lemma_index").values():
        words.update(lemmas)
    if lookups.has_table("lemma_exc"):
        for forms in lookups.get_table("lemma_exc").values():
            words.update(forms)
    return frozenset(words)


def headline_span(doc: Doc) -> Span | None:
    """The document's first line up to an inline dateline ("... Ambush (Reuters) Reuters - Insurgents ...") when it
    ends in a line break or a dateline (the parser may have cut it in two: "Sudan Rebels Say | Army Bombed
    Villages"), else the document's first sentence."""
    from kg.extract.nlp import inline_datelines

    starts = [start for start, _ in inline_datelines(doc)]
    for token in doc:
        if "\n" in token.text or "\n" in token.whitespace_ or token.i in starts:
            end = token.i + 1 if "\n" in token.whitespace_ and not token.is_space else token.i
            return doc[:end] if end > 0 else None
    first, whole = next(iter(doc.sents)), doc[:]
    if first.end < len(doc) and len(doc) <= MAX_WORDS and _title_case(whole):
        return whole  # a headline alone, which the parser cut in two: "Somali Militant Group Pledges | Allegiance To X"
    return first


def _title_case(span: Span) -> bool:
    """True when no content word of ``span`` is written in lower case."""
    return not any(t.is_lower and t.lower_ not in _SMALL_WORDS | _NAME_PARTICLES for t in span if t.is_alpha)


def sentence_case(sent: Span, known: frozenset[str]) -> list[str] | None:
    """The words of ``sent`` with its common title-case words in lower case, or None when ``sent`` is not a
    title-case headline (fewer than MIN_WORDS capitalised content words, a content word in lower case) or has no
    word to lower."""
    words = [t for t in sent if t.is_alpha]
    content = [t for t in words if t.lower_ not in _SMALL_WORDS]
    if not MIN_WORDS <= len(content) <= MAX_WORDS or not _title_case(sent):
        return None
    lowered = [t.text.lower() if t.is_title and _common(t, sent, known) else t.text for t in sent]
    if not any(w != t.text for w, t in zip(lowered, sent, strict=True)):
        return None
    return lowered


def _common(token: Token, sent: Span, known: frozenset[str]) -> bool:
    if token.lower_ in _SMALL_WORDS:
        return True
    if token.ent_id_:
        return False  # a gazetteer name: "Iraq", "Kurdish", "Islamic State"
    told = _story_case(token.doc, sent.end, token.lower_)
    if told is not None:
        return told
    if token.ent_type_ in _PLACE_LABELS and _alone(token):
        return False
    return any(form in known for form in _stems(token.lower_))


def _alone(token: Token) -> bool:
    """True when ``token`` is an entity of its own, not a word inside a longer one ("Jets Pound Rebel Positions")."""
    doc = token.doc
    begins = token.ent_iob_ == "B"
    ends = token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I"
    return begins and ends


def _story_case(doc: Doc, start: int, lower: str) -> bool | None:
    """True when the text after the headline writes ``lower`` in lower case, False when it writes it only with a
    capital inside a sentence, None when it does not write it (or only first in a sentence)."""
    capital = False
    for token in doc[start:]:
        if token.lower_ != lower:
            continue
        if token.is_lower:
            return True
        before = doc[token.i - 1]
        if not (token.is_sent_start or before.is_punct or before.is_space or "\n" in before.whitespace_):
            capital = True
    return False if capital else None


def _stems(lower: str) -> set[str]:
    """``lower`` and the bases its inflection may come from ("kills" -> "kill", "bombed" -> "bomb", "raids" ->
    "raid", "militias" -> "militia", "ambushing" -> "ambush", "gunmen" -> "gunman")."""
    forms = {lower}
    suffixes = (("men", "man"), ("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))
    for suffix, base in suffixes:
        if lower.endswith(suffix) and len(lower) - len(suffix) >= 3:
            forms.add(lower[: -len(suffix)] + base)
    for form in list(forms):
        if len(form) > 3 and form[-1] == form[-2]:
            forms.add(form[:-1])  # "gunned" -> "gunn" -> "gun"
    return forms
