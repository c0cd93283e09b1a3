"""Titles written in capitals, cut from the sentence they are glued to and re-read as if written in sentence case.

Military and police releases, government pages and cables print their title in capitals, often with no full stop
between it and the first sentence: "OPERATION HADIN KAI: TROOPS NEUTRALISE TERRORISTS IN BORNO Troops of Operation
Hadin Kai on 7 July ...", "NORTH EAST ZONE: OPERATION HADIN KAI Within the period, troops ...", "FOUR NPA MEMBERS YIELD
IN DAVAO DEL SUR CAMP GEN MANUEL T YAN SR, Mawab, Davao de Oro - Four members of ...".  The small model reads every
word in capitals as a proper noun: the title becomes part of the first sentence's subject, and a title standing alone
("MNJTF TROOPS REPEL TERRORIST ATTACK ON MALAM FATORI") one long name whose "REPEL" is the doer.  Two components:

* ``kg_caps_titles`` (before the parser) starts a sentence where a run of at least three words in capitals, opening
  where a sentence may open, meets a capitalised word of ordinary case ("... IN BORNO | Troops of"), and after a
  dateline that follows it ("| Mawab, Davao de Oro - | Four members");
* ``kg_caps_case`` (after the parser) re-reads every sentence written in capitals on a copy in sentence case and, when
  the copy has a verb (a headline, not a sender's name: "MINISTRY OF DEFENCE OF THE RUSSIAN FEDERATION."), gives
  the original tokens the copy's tags, lemmas, dependencies and entities (kg/extract/shadowparse.py).  The copy writes
  a word as the story below writes it ("troops", "Operation Hadin Kai", "MNJTF"), else a common word of the
  lemmatizer's tables in lower case, a short unknown word as an acronym ("NPA") and a longer one as a name ("Fatori").
The text and every offset stay as they were.
"""

from __future__ import annotations

from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.extract.headcase import _SMALL_WORDS, _stems, common_words
from kg.extract.shadowparse import Shadow, steps

# Words in capitals, of two letters or more, that make a title ("PRESS RELEASE." and "CJTF-OIR" are no title).
MIN_WORDS = 3
MAX_WORDS = 40
# Tokens a title in capitals may hold besides its words: numbers, list marks and the punctuation of a title.
_TITLE_MARKS = frozenset({",", ":", "-", "&", "/", "'", "\u2019", "(", ")", "\u2013", "\u2014"})
# What a title may follow: the text's start, a stop, a separator of page furniture.
_OPENERS = frozenset({".", "!", "?", "|", ")", ":", "\u2014", "\u2013"})
# Words of one capital letter that open a sentence glued to a title ("... AT MARKET A suicide bomber ...").
_OPENING_LETTERS = frozenset({"A", "I"})
# An unknown word this short in capitals is an acronym ("NPA", "KDF"), a longer one a name ("FATORI").
_ACRONYM = 4
# The components that read the words; the splitters have nothing to split in one title.
_SKIPPED = frozenset(
    {"kg_line_sentences", "kg_bounded_sentences", "kg_caps_titles", "kg_caps_case", "kg_headline_case"}
)
_KEY = "kg_caps_titles"


def _capital_word(token: Token) -> bool:
    """A word of a title in capitals: "TROOPS", "N'DJAMENA", "041/2021", "T" (an initial)."""
    return token.is_upper and any(c.isalpha() for c in token.text)


def _title_token(token: Token) -> bool:
    """A token a title in capitals may hold; a full stop ends it ("IMMEDIATE RELEASE. DOD Identifies ...")."""
    return _capital_word(token) or _figure(token) or token.text in _TITLE_MARKS


def _numbered(doc: Doc, i: int) -> bool:
    """A paragraph's number at ``i``: one or two digits, a full stop, a capital ("1. In the early hours")."""
    token = doc[i]
    return token.is_digit and len(token) <= 2 and doc[i + 1].text == "." and i + 2 < len(doc) and doc[i + 2].is_title


def _figure(token: Token) -> bool:
    """A number written in digits ("12", "041/2021"); "Two" opens a sentence of ordinary case."""
    return any(c.isdigit() for c in token.text) and not any(c.islower() for c in token.text)


def _may_open(doc: Doc, i: int) -> bool:
    """A title opens the text, a line, or follows a stop or a separator ("Army | News | FOUR NPA ...")."""
    if i == 0 or doc[i].is_sent_start:
        return True
    before = doc[i - 1]
    if _reference(before):
        return True  # "PRESS RELEASE No. 041/2021 MNJTF TROOPS REPEL ..."
    return before.text in _OPENERS or "\n" in before.text or "\n" in before.whitespace_


def _reference(token: Token) -> bool:
    """A release's number: digits with a slash or a dash ("041/2021", "24-117")."""
    text = token.text
    return any(c.isdigit() for c in text) and any(c in "/-" for c in text) and not any(c.isalpha() for c in text)


def _lettered(token: Token) -> bool:
    return _capital_word(token) and sum(c.isalpha() for c in token.text) >= 2


def glued_titles(doc: Doc) -> list[tuple[int, int]]:
    """Each title in capitals glued to the sentence after it, as (first token, first token of that sentence): a run
    of at least MIN_WORDS words in capitals opening where a sentence may open, ended by a capitalised word of
    ordinary case ("Troops", "Within", "Mawab"), or by the number of a paragraph ("1. In the early hours")."""
    from kg.extract.nlp import _dateline_end

    found: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if not (_capital_word(doc[i]) and _may_open(doc, i)):
            i += 1
            continue
        if (dateline := _dateline_end(doc, i)) is not None:
            i = dateline  # "DERA ISMAIL KHAN, Pakistan - Militants stormed ...": a place of filing, no title
            continue
        end = i
        while end < len(doc) and end - i < MAX_WORDS and _title_token(doc[end]) and "\n" not in doc[end].text:
            end += 1
        if end < len(doc) and doc[end].is_lower and doc[end - 1].text in _OPENING_LETTERS and end - 1 > i:
            end -= 1  # "SUICIDE BOMBER KILLS 12 AT MARKET | A suicide bomber blew himself up ..."
        words = sum(_lettered(t) for t in doc[i:end])
        if words >= MIN_WORDS and end + 1 < len(doc) and doc[end - 1].text != "(":
            if doc[end].is_title:
                found.append((i, end))
            elif _numbered(doc, end - 1):
                found.append((i, end - 1))  # "... ON MALAM FATORI | 1. In the early hours": a numbered paragraph
        i = max(end, i + 1)
    return found


@Language.component("kg_caps_titles")
def caps_titles(doc: Doc) -> Doc:
    """Start a sentence after each title in capitals glued to its first sentence, and after a dateline right after
    it ("FOUR NPA MEMBERS YIELD IN DAVAO DEL SUR CAMP ... SR, | Mawab, Davao de Oro - | Four members")."""
    from kg.extract.nlp import _dateline_end

    found = glued_titles(doc)
    doc.user_data[_KEY] = found
    for start, end in found:
        doc[end].is_sent_start = True
        for token in doc[start + 1 : end]:
            if token.is_sent_start is None:
                token.is_sent_start = False
        if doc[end].is_digit:
            for token in doc[end + 1 : end + 3]:
                if token.is_sent_start is None:
                    token.is_sent_start = False  # "1. In the early hours, ...": the number opens its paragraph
            continue
        dateline = _dateline_end(doc, end) or _place_before_dash(doc, end)
        if dateline is not None and dateline < len(doc):
            for token in doc[end + 1 : dateline]:
                token.is_sent_start = False
            doc[dateline].is_sent_start = True
    return doc


# The longest place of filing between a title and its story ("Mawab, Davao de Oro -").
_MAX_PLACE = 8
_DASHES = frozenset({"-", "\u2013", "\u2014"})


def _place_before_dash(doc: Doc, start: int) -> int | None:
    """The end of a place of filing written in title case between a title in capitals and its story, up to a spaced
    dash ("... SR, | Mawab, Davao de Oro - | Four members"), else None."""
    for i in range(start, min(len(doc) - 1, start + _MAX_PLACE)):
        token = doc[i]
        if token.text in _DASHES and token.whitespace_ and doc[i - 1].whitespace_:
            return i + 1 if i > start else None
        if not (token.is_title or token.text == "," or (token.is_lower and len(token) <= 3)):
            return None
    return None


@Language.factory("kg_caps_case")
def make_caps_case(nlp: Language, name: str) -> CapsCase:
    return CapsCase(nlp)


class CapsCase:
    """Pipeline component: every sentence written in capitals re-read in sentence case (module docstring)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.words = common_words(nlp)
        self.verbs = verb_words(nlp)
        self.steps = steps(nlp, lambda name: name not in _SKIPPED)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or not self.words or not doc.has_annotation("DEP"):
            return doc
        titles = [sent for sent in doc.sents if is_caps_title(sent)]
        if not titles:
            return doc
        forms = story_forms(doc, titles)
        for sent in titles:
            shadow = self._read(sent, sentence_case(sent, self.words, forms))
            if shadow is None:
                continue
            verb = headline_verb(shadow.copy, self.verbs)
            if verb is not None:  # "Four NPA members yield in ...": the headline's verb read as a noun
                words = [t.text for t in shadow.copy]
                words[verb] = past(words[verb])
                told = self._read(sent, words)
                if told is not None and told.copy[verb].tag_ == "VBD" and told.copy[verb].dep_ == "ROOT":
                    shadow = told
            if not any(t.tag_ in _FINITE for t in shadow.copy):
                continue  # "MINISTRY OF DEFENCE OF THE RUSSIAN FEDERATION.": a sender's name, no headline to re-read
            shadow.write_back(sent, (TAG, POS, MORPH, LEMMA, HEAD, DEP))
            shadow.write_entities(sent)
        return doc

    def _read(self, sent: Span, words: list[str]) -> Shadow | None:
        """The copy of ``sent`` written with ``words``, parsed; None when it is not one sentence of as many tokens."""
        shadow = Shadow(sent.doc, sent, words, one_sentence=True)
        copy = shadow.parse(self.steps)
        if len(copy) != len(sent) or sum(t.dep_ == "ROOT" for t in copy) != 1:
            return None  # a compound merged, or the copy split in two: keep the model's reading
        return shadow


def verb_words(nlp: Language) -> frozenset[str]:
    """The verbs the lemmatizer's index knows, in their base form; empty without lookup tables."""
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None) if "lemmatizer" in nlp.pipe_names else None
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(index.get("verb", ()))


# Tags of a finite verb: a copy with one has read the headline as a sentence.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Tags of a subject a headline's base-form verb follows ("members yield", "Police repel", "two surrender").
_PLURALS = frozenset({"NNS", "NNPS", "CD"})


def headline_verb(copy: Doc, verbs: frozenset[str]) -> int | None:
    """The index of a headline's verb in its base form that the parser read as a noun, when the copy has no finite
    verb: a word the lemmatizer knows as a verb right after the noun or number that is its subject ("Four NPA members
    yield in Davao", "Police repel attack on ..."), never first."""
    if any(t.tag_ in _FINITE for t in copy):
        return None
    for token in copy[1:]:
        before = copy[token.i - 1]
        subject = before.tag_ in _PLURALS or (before.i == 0 and before.tag_.startswith("NN"))
        if subject and token.is_lower and token.text in verbs:
            return token.i
    return None


def past(verb: str) -> str:
    """A regular past form of ``verb`` for the copy ("yield" -> "yielded", "repel" -> "repelled", "raze" ->
    "razed"); the lemmatizer reads the base back from it."""
    if verb.endswith("e"):
        return verb + "d"
    if len(verb) > 2 and verb[-1] in "lptgmnbd" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
        return verb + verb[-1] + "ed" if verb[-1] == "l" or len(verb) <= 4 else verb + "ed"
    return verb + "ed"


def is_caps_title(sent: Span) -> bool:
    """True when ``sent`` is written in capitals: at least MIN_WORDS words in capitals and no word in lower case."""
    alpha = [t for t in sent if any(c.isalpha() for c in t.text)]
    ordinary = [t for t in alpha[1:] if t.is_lower or (t.is_title and not t.is_upper)]  # "T" is both
    return sum(_lettered(t) for t in alpha) >= MIN_WORDS and not ordinary


def sentence_case(sent: Span, known: frozenset[str], forms: dict[str, str]) -> list[str]:
    """The words of ``sent``, a sentence in capitals, as a sentence-case copy writes them."""
    out = []
    for n, token in enumerate(sent):
        word = _word(token, known, forms) if _capital_word(token) else token.text
        if n == 0 and word.islower():
            word = word[:1].upper() + word[1:]
        out.append(word)
    return out


def _word(token: Token, known: frozenset[str], forms: dict[str, str]) -> str:
    """How a word in capitals is written in sentence case: as the story writes it, else lower case for a small or
    common word, capitals for a short unknown one, a capital initial for a longer one."""
    lower = token.lower_
    if lower in _SMALL_WORDS:
        return lower
    if lower in forms:
        return forms[lower]
    if token.ent_id_:
        return token.text  # a gazetteer name
    if any(form in known for form in _stems(lower)):
        return lower
    letters = sum(c.isalpha() for c in token.text)
    return token.text if letters <= _ACRONYM else token.text[:1] + token.text[1:].lower()


def story_forms(doc: Doc, titles: list[Span]) -> dict[str, str]:
    """How the text outside its titles writes each word inside a sentence (not first in it): in lower case if it
    ever does ("troops"), else with a capital ("Hadin"), else in capitals ("MNJTF")."""
    inside = {i for sent in titles for i in range(sent.start, sent.end)}
    seen: dict[str, set[str]] = {}
    for token in doc:
        if token.i in inside or token.is_sent_start or not token.is_alpha:
            continue
        shape = "lower" if token.is_lower else "title" if token.is_title else "upper" if token.is_upper else ""
        seen.setdefault(token.lower_, set()).add(shape)
    forms = {}
    for lower, shapes in seen.items():
        if "lower" in shapes:
            forms[lower] = lower
        elif "title" in shapes:
            forms[lower] = lower[:1].upper() + lower[1:]
        elif "upper" in shapes:
            forms[lower] = lower.upper()
    return forms
